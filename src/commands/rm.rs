//! `lp rm ID`: retire a story to `.lp/removed/`; nothing is deleted.

use clap::Args;

use crate::context::Global;
use crate::ui::{Outcome, Ui};

/// Retire a story: its file moves to .lp/removed/, nothing is deleted
///
/// The story leaves every report, plan and export. Its file is kept, as it was, in
/// the library's .lp/removed/ folder under its id and the time; move it back into
/// stories/ to restore it.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  lp rm compliance-enforcement")]
pub struct RmArgs {
    /// The story's id (`lp list --ids` shows them)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: String,
}

pub fn run(args: &RmArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_for_writing(ui)?;
    let story = library.find(&args.id)?;
    let kept = library.retire(&story.id)?;
    writeln!(
        ui.out,
        "Retired {}: it is kept in {} (move it back into stories/ to restore it).",
        story.path.display(),
        kept.display()
    )?;
    Ok(Outcome::Done)
}
