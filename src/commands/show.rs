//! `lp show ID`: one story as a formatted answer.

use clap::Args;
use serde_json::json;

use super::{Global, JSON_VERSION, Outcome, Ui, find_story};
use crate::render::text::{self, Style};

/// Show one story as a formatted answer, with its spoken length, notes and check findings
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp show secret-propagation\n  lp show secret-propagation --json"
)]
pub struct ShowArgs {
    /// The story's id: its file name without .yaml (`lp list` shows them)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: String,

    /// Print the story as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ShowArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_clean(ui)?;
    let story = find_story(&library, &args.id)?;
    let all = crate::lint::check(&library.stories);
    let findings = crate::lint::for_story(&all, &story.id);
    if args.json {
        let mut value = serde_json::to_value(story)?;
        value["words"] = json!(story.spoken_words());
        value["seconds"] = json!(story.spoken_seconds());
        value["findings"] = json!(findings);
        ui.json(&json!({ "version": JSON_VERSION, "story": value }))?;
    } else {
        let style = Style {
            color: ui.color_out,
        };
        let rendered = text::show(&library, story, &findings, style);
        ui.out.write_all(rendered.as_bytes())?;
    }
    Ok(Outcome::Done)
}
