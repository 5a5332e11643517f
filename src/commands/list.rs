//! `lp list`: the stories, one line each.

use clap::Args;
use serde_json::json;

use super::{Global, JSON_VERSION, Outcome, Ui};
use crate::model::Status;
use crate::render::text::{self, Style};

/// List the stories, one line each: status, spoken length, check mark, id and title
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp list\n  lp list --status ready\n  lp list --principle 'Dive Deep'"
)]
pub struct ListArgs {
    /// Only stories with this status
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<StatusArg>,

    /// Only stories linked to these principles (ids or names, comma-separated or repeated)
    #[arg(long, value_name = "LIST", add = clap_complete::ArgValueCandidates::new(crate::complete::principle_ids))]
    pub principle: Vec<String>,

    /// Print the stories as JSON
    #[arg(long)]
    pub json: bool,
}

/// `--status` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusArg {
    Draft,
    Ready,
}

impl From<StatusArg> for Status {
    fn from(s: StatusArg) -> Status {
        match s {
            StatusArg::Draft => Status::Draft,
            StatusArg::Ready => Status::Ready,
        }
    }
}

pub fn run(args: &ListArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_clean(ui)?;
    let focus = library.set.resolve_list(&args.principle)?;
    let stories: Vec<_> = library
        .stories
        .iter()
        .filter(|s| args.status.is_none_or(|st| s.status == st.into()))
        .filter(|s| focus.is_empty() || s.principles.iter().any(|p| focus.contains(p)))
        .cloned()
        .collect();
    if args.json {
        let items: Vec<_> = stories
            .iter()
            .map(|s| {
                json!({
                    "id": s.id,
                    "path": s.path,
                    "title": s.title,
                    "principles": s.principles,
                    "status": s.status,
                    "words": s.spoken_words(),
                    "seconds": s.spoken_seconds(),
                })
            })
            .collect();
        ui.json(&json!({ "version": JSON_VERSION, "stories": items }))?;
    } else {
        let findings = crate::lint::check(&library.stories);
        let style = Style {
            color: ui.color_out,
        };
        ui.out
            .write_all(text::list(&stories, &findings, style).as_bytes())?;
    }
    Ok(Outcome::Done)
}
