//! `lp plan`: a distinct story for each principle of an interview loop.

use std::collections::HashMap;
use std::path::PathBuf;

use super::Global;
use crate::render::text;
use crate::ui::{Outcome, Ui};
use crate::{atomic, lint, plan, render};
use clap::Args;

/// Choose a distinct story for each principle of an interview loop, with backups
///
/// Telling the same story twice in one loop is a mistake. lp gives each principle in
/// focus its own story, covering as many principles as possible (an optimal matching,
/// not a greedy pick), preferring ready stories, primary links and answers with fewer
/// check findings, and names a backup for each where one is left. It says which
/// principles cannot get a distinct story.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp plan --principles 'ownership, dive deep, earn trust, deliver results'\n  \
    lp plan -o cheat-sheet.md      # one page: principle, story, its result, its length\n  \
    lp plan --json")]
pub struct PlanArgs {
    /// The principles of the loop (ids or names, comma-separated or repeated; default all)
    #[arg(long, value_name = "LIST", add = clap_complete::ArgValueCandidates::new(crate::complete::principle_ids))]
    pub principles: Vec<String>,

    /// Write a one-page Markdown cheat sheet to FILE
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE when it exists
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Print the plan as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &PlanArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    atomic::refuse_existing(args.output.as_deref(), args.force)?;
    let library = global.load_clean(ui)?;
    if let Some(path) = &args.output {
        library.refuse_inside(path)?;
    }
    let focus = library.set.resolve_list(&args.principles)?;
    let mut findings: HashMap<String, usize> = HashMap::new();
    for d in lint::check(&library.stories) {
        if let Some(id) = d.story {
            *findings.entry(id).or_default() += 1;
        }
    }
    let plan = plan::plan(&library.set, &library.stories, &focus, &findings);
    if args.json {
        ui.json(&plan)?;
    } else {
        ui.out
            .write_all(text::plan(&plan, ui.style_out()).as_bytes())?;
    }
    if let Some(path) = &args.output {
        let sheet = render::markdown::cheat_sheet(&library.set.name, &plan);
        atomic::write_output(path, sheet.as_bytes(), args.force)?;
        ui.note(&format!("Wrote the cheat sheet to {}", path.display()))?;
    }
    Ok(Outcome::Done)
}
