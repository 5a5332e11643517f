//! `lp told ID --company NAME`: record that a story was told in an interview.

use anyhow::bail;
use clap::Args;

use crate::context::Global;
use crate::told::{self, Told};
use crate::ui::{Outcome, Ui};

/// Record that a story was told at a company, so that a later round never hears it again
///
/// Adds a line to the library's .lp/told.jsonl (never to the story's file). `lp plan
/// --company NAME` then sets the story aside for that company, `lp list` and `lp show`
/// say where it was told, and `lp prep --company NAME` stops drilling it.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp told release-pipeline --company Acme\n  \
    lp told release-pipeline --company Acme --round 'onsite 2' --date 2026-12-07\n  \
    lp plan --company Acme")]
pub struct ToldArgs {
    /// The story (id, or its file name)
    #[arg(value_name = "ID", add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: String,

    /// The company the story was told at
    #[arg(long, value_name = "NAME")]
    pub company: String,

    /// Which round or interviewer, in your words
    #[arg(long, value_name = "TEXT")]
    pub round: Option<String>,

    /// When (YYYY-MM-DD; default today)
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

pub fn run(args: &ToldArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let company = args
        .company
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if company.is_empty() {
        bail!(crate::diagnostic::hinted(
            "--company is empty",
            "lp told ID --company Acme"
        ));
    }
    let round = args
        .round
        .as_ref()
        .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|r| !r.is_empty());
    for (flag, text) in [("--company", Some(&company)), ("--round", round.as_ref())] {
        if let Some(text) = text {
            if text.chars().count() > told::MAX_NAME {
                bail!(crate::diagnostic::hinted(
                    format!("{flag} is longer than {} characters", told::MAX_NAME),
                    "a few words are enough"
                ));
            }
            if text.chars().any(crate::visible::is_control) {
                bail!(crate::diagnostic::hinted(
                    format!("{flag} has a control character"),
                    "write it as plain text"
                ));
            }
        }
    }
    let date = match &args.date {
        Some(text) => crate::date::Day::from_flag(text, "--date")?,
        None => crate::date::Day::today(),
    };
    let library = global.load_for_writing(ui)?;
    let story = library.find(&args.id)?;
    let record = Told {
        story: story.id.clone(),
        company: company.clone(),
        round,
        date,
    };
    library.add_told(&record)?;
    ui.note(&format!(
        "Recorded: {} told at {company} on {date}. `lp plan --company {}` sets it aside.",
        story.title.trim(),
        crate::shell::quote(&company)
    ))?;
    Ok(Outcome::Done)
}
