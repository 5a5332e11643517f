//! `lp find "QUESTION"`: the principles a question probes and the stories that answer it.

use anyhow::bail;
use clap::Args;

use crate::context::Global;
use crate::find;
use crate::library::Keep;
use crate::model::Story;
use crate::ui::{Outcome, Ui};

/// The principles a question probes and the written stories that answer it best
///
/// Interviewers rarely name the principle. lp ranks the principles of the library's set
/// by the example questions nearest this one (lp's own bank of over 500 for the
/// built-in principles, each principle's typical questions, and the questions your
/// stories list) together with each principle's keywords, names, aliases and summary,
/// and says what matched. When two principles are about as likely, it says the question
/// probes both; when the words are far from every example, it says the ranking is a
/// guess. Then the written stories that answer it: one that lists a like question
/// first, then those linked to the likely principles (primary links count more), ready
/// before draft, sharing the question's words. Unwritten stories of those principles
/// are named as still to write. Words are compared stemmed, and words that mean the
/// same in an interview question ("boss" and "manager", "push back" and "disagree") as
/// one. Without QUESTION, the question is read from standard input.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp find \"Tell me about a time you had to decide without enough data\"\n  pbpaste | lp find --json"
)]
pub struct FindArgs {
    /// The question, in quotes or as words
    #[arg(value_name = "QUESTION")]
    pub question: Vec<String>,

    /// How many principles and stories to show
    #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=50))]
    pub limit: u32,

    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &FindArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let question = if args.question.is_empty() || args.question == ["-"] {
        super::args::question_from_stdin(ui)?
    } else {
        super::args::capped_question(args.question.join(" "), ui)?
    };
    if question.trim().is_empty() {
        bail!(crate::diagnostic::hinted(
            "no question to find",
            "lp find \"Tell me about a time you disagreed with your manager\""
        ));
    }
    // What find weighs of an answer's text is taken as each story is read; then only
    // its outline is kept.
    let asked = find::Asked::new(&question);
    let (library, shared) =
        global.load_clean_with(ui, Keep::Outline, &|s: &Story| asked.shared(s))?;
    let (own, warning) = library.questions();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    let found = find::find_sharing(
        &library.set,
        &library.stories,
        &shared,
        &own,
        &question,
        args.limit as usize,
    );
    if args.json {
        ui.json(&found)?;
        return Ok(Outcome::Done);
    }
    let report = crate::render::screens::found(&library.set, &found, ui.style_out());
    ui.out.write_all(report.as_bytes())?;
    Ok(Outcome::Done)
}
