//! `lp principles`: the principle set in use, with summaries and questions.

use crate::context::Global;
use crate::render::{json, text};
use crate::ui::{Outcome, Ui};
use clap::Args;

/// List the principles your stories can illustrate, with summaries and typical questions
///
/// The set is the library's own principles/*.yaml when it has one, otherwise the
/// built-in Amazon Leadership Principles.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp principles\n  lp principles --json | jq -r '.principles[].id'"
)]
pub struct PrinciplesArgs {
    /// Print the set as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &PrinciplesArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_clean(ui)?;
    let set = &library.set;
    let own = library.location.root.join("principles").is_dir();
    if args.json {
        ui.json(json::Principles {
            set: &set.name,
            builtin: !own,
            principles: &set.principles,
        })?;
    } else {
        let source = if own {
            "from the library's principles/"
        } else {
            "built in"
        };
        let listing = text::principles(set, source, ui.style_out());
        ui.out.write_all(listing.as_bytes())?;
    }
    Ok(Outcome::Done)
}
