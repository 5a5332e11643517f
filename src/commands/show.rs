//! `lp show ID`: one story as a formatted answer.

use crate::context::Global;
use crate::render::{json, text};
use crate::ui::{Outcome, Ui};
use clap::Args;

/// Show one story as a formatted answer, with its spoken length, notes and check findings
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp show secret-propagation\n  lp show secret-propagation --json"
)]
pub struct ShowArgs {
    /// The story's id: its file name without .yaml (`lp list --ids` shows them)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: String,

    /// Print the story as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ShowArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_clean(ui)?;
    let story = library.find(&args.id)?;
    let all = crate::lint::check(&library.stories);
    let findings = crate::lint::for_story(&all, &story.id);
    let (told, warning) = library.told();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    let told = crate::told::places(&told, &story.id);
    if args.json {
        let mut doc = json::StoryDoc::new(story, true);
        doc.findings = Some(findings);
        ui.json(json::Show { story: doc, told })?;
    } else {
        let mut rendered = text::show(&library.set, story, &findings, ui.style_out());
        if !told.is_empty() {
            rendered.push('\n');
            rendered.push_str(&crate::render::layout::wrap(
                &crate::visible::visible(&told.join("; ")),
                ui.style_out().width,
                "Told at: ",
                "         ",
            ));
        }
        ui.out.write_all(rendered.as_bytes())?;
    }
    Ok(Outcome::Done)
}
