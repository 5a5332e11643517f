//! `lp coverage`: every principle, how many stories serve it, and what is missing.

use crate::context::Global;
use crate::coverage::{self, DEFAULT_TARGET};
use crate::library::Keep;
use crate::practice;
use crate::render::text;
use crate::ui::{Outcome, Ui};
use clap::Args;

/// Show which principles have stories, which are thin, and which have none
///
/// For every principle of the set, in order: how many stories link it as primary
/// (their first principle) and as secondary, how many are ready and how many drafts,
/// and their titles. Then the gaps, the thin principles, the stories stretched over
/// more than 4 principles, and questions to prepare for each gap.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp coverage\n  \
    lp coverage --principles 'ownership, Dive Deep, Earn Trust'   # one interview's focus\n  \
    lp coverage --fail-under 1 && echo 'every principle has a story'")]
pub struct CoverageArgs {
    /// Only these principles (ids or names, comma-separated or repeated)
    #[arg(long, value_name = "LIST", add = clap_complete::ArgValueCandidates::new(crate::complete::principle_ids))]
    pub principles: Vec<String>,

    /// The number of stories each principle should have
    #[arg(long, value_name = "N", default_value_t = DEFAULT_TARGET)]
    pub min: usize,

    /// Exit with code 1 when any principle has fewer than N stories
    #[arg(long, value_name = "N")]
    pub fail_under: Option<usize>,

    /// Print the report as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &CoverageArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    // Coverage needs no text of an answer: the stories are kept as outlines.
    let (library, _) = global.load_clean_with(ui, Keep::Outline, &|_| ())?;
    let focus = library.set.resolve_list(&args.principles)?;
    let mut report = coverage::compute(&library.set, &library.stories, &focus, args.min);
    let (rounds, warning) = library.practice_log();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    let last = practice::last_practised(&rounds);
    for row in &mut report.rows {
        row.last_practised = last.get(&row.id).map(|&at| practice::date(at));
    }
    // For a gap, the person's own questions come first.
    let (own, warning) = library.questions();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    for row in report.rows.iter_mut().filter(|r| !r.questions.is_empty()) {
        let mut mine: Vec<String> = own
            .iter()
            .filter(|q| q.principle == row.id)
            .map(|q| q.question.clone())
            .collect();
        let n = row
            .questions
            .len()
            .max(mine.len().min(coverage::GAP_QUESTIONS));
        mine.append(&mut row.questions);
        mine.dedup();
        mine.truncate(n);
        row.questions = mine;
    }
    if args.json {
        ui.json(&report)?;
    } else {
        ui.out
            .write_all(text::coverage(&report, ui.style_out()).as_bytes())?;
    }
    if let Some(n) = args.fail_under {
        let under: Vec<&str> = report.under(n).map(|r| r.name.as_str()).collect();
        if !under.is_empty() {
            ui.note(&format!(
                "{} under {n} {}: {}",
                crate::english::plural(under.len(), "principle is", "principles are"),
                if n == 1 { "story" } else { "stories" },
                under.join(", ")
            ))?;
            return Ok(Outcome::Found);
        }
    }
    Ok(Outcome::Done)
}
