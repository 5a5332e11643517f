//! `lp principles`: the principle set in use, with summaries and questions.

use clap::Args;
use serde_json::json;

use super::{Global, JSON_VERSION, Outcome, Ui};
use crate::render::text::{self, Style};

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
        ui.json(&json!({
            "version": JSON_VERSION,
            "set": set.name,
            "builtin": !own,
            "principles": set.principles,
        }))?;
    } else {
        let source = if own {
            "from the library's principles/"
        } else {
            "built in"
        };
        ui.out.write_all(
            text::principles(
                set,
                source,
                Style {
                    color: ui.color_out,
                },
            )
            .as_bytes(),
        )?;
    }
    Ok(Outcome::Done)
}
