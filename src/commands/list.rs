//! `lp list`: the stories, one line each.

use super::args::StatusArg;
use crate::context::Global;
use crate::library::Keep;
use crate::model::Story;
use crate::render::json;
use crate::render::text;
use crate::ui::{Outcome, Ui};
use clap::Args;

/// List the stories, one line each, in the order of their titles
///
/// Each line: status, spoken length, check mark, title and principles; with --ids,
/// each story's id too.
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

    /// Show each story's id too (the name `lp show`, `lp edit` and `lp write` take;
    /// the start of it is enough when only one id starts so)
    #[arg(long)]
    pub ids: bool,

    /// Print the stories as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ListArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    // The listing shows each story's findings: its own rules run as it is read, and
    // only its outline is kept (JSON has no findings, so none are made for it).
    let json = args.json;
    let digest = |s: &Story| (!json).then(|| crate::lint::digest(s));
    let (library, digests) = global.load_clean_with(ui, Keep::Outline, &digest)?;
    let filter = crate::model::StoryFilter {
        status: args.status.map(Into::into),
        principles: library.set.resolve_list(&args.principle)?,
        ids: Vec::new(),
    };
    let mut stories = filter.apply(&library.stories);
    // In the order a person sees: by title, then by id for titles alike (the stories
    // come in the order of their ids, and this sort keeps the order of equals).
    let by_title = |stories: &mut Vec<&Story>| {
        stories.sort_by_cached_key(|s| s.title.trim().to_lowercase());
    };
    let (told, warning) = library.told();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    if args.json {
        by_title(&mut stories);
        ui.json(json::List {
            stories: stories
                .iter()
                .map(|s| {
                    let mut listed = json::ListedStory::from(*s);
                    listed.told = crate::told::places(&told, &s.id);
                    listed
                })
                .collect(),
        })?;
    } else {
        // One digest for each story: every one was made, not being JSON. (Comparing the
        // stories on a thread of its own while the table was sorted and measured saved
        // under 10 ms of 250 on 10,000 stories, and cost 1.5 to 2 MiB of peak memory, a
        // new thread allocating from a new arena: not done.)
        let digests = digests.into_iter().flatten().collect();
        let findings = crate::lint::across(&library.stories, digests);
        by_title(&mut stories);
        let style = ui.style_out();
        let mut listing = text::list(&library.set, &stories, &findings, args.ids, style);
        let mut told_lines = String::new();
        for s in &stories {
            let places = crate::told::places(&told, &s.id);
            if !places.is_empty() {
                told_lines.push_str(&crate::render::layout::wrap(
                    &format!(
                        "{}: {}",
                        crate::visible::visible(s.title.trim()),
                        crate::visible::visible(&places.join("; "))
                    ),
                    style.width,
                    "  ",
                    "    ",
                ));
            }
        }
        if !told_lines.is_empty() {
            listing.push_str("\nTold in interviews:\n");
            listing.push_str(&told_lines);
        }
        ui.out.write_all(listing.as_bytes())?;
    }
    Ok(Outcome::Done)
}
