//! `lp find "QUESTION"`: the principles a question probes and the stories that answer it.

use std::io::Read as _;

use anyhow::{Context, bail};
use clap::Args;

use crate::context::Global;
use crate::find;
use crate::model::format_duration;
use crate::render::layout::wrap;
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

/// The longest question lp reads, from the command line or standard input.
pub const MAX_QUESTION_BYTES: usize = 64 * 1024;

/// A question cut to `MAX_QUESTION_BYTES`, never inside a character; a note says when
/// it was cut.
pub fn capped(mut text: String, ui: &mut Ui) -> anyhow::Result<String> {
    if text.len() > MAX_QUESTION_BYTES {
        let mut end = MAX_QUESTION_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        ui.note(&format!(
            "note: the question is longer than {} KiB; lp read its first {} KiB",
            MAX_QUESTION_BYTES / 1024,
            MAX_QUESTION_BYTES / 1024
        ))?;
    }
    Ok(text)
}

/// The question on standard input: at most `MAX_QUESTION_BYTES`, UTF-8.
fn from_stdin(ui: &mut Ui) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_QUESTION_BYTES as u64 + 4)
        .read_to_end(&mut bytes)
        .context("could not read the question from standard input")?;
    let longer = bytes.len() > MAX_QUESTION_BYTES;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let error = err.utf8_error();
            // Cut inside a character at the limit: the whole characters before it.
            if longer && error.valid_up_to() + 4 > MAX_QUESTION_BYTES {
                let mut bytes = err.into_bytes();
                bytes.truncate(error.valid_up_to());
                String::from_utf8(bytes).expect("valid up to here")
            } else {
                bail!(crate::diagnostic::hinted(
                    format!(
                        "the question on standard input is not UTF-8 text (byte {} is not)",
                        error.valid_up_to() + 1
                    ),
                    "convert it first, such as `iconv -f latin1 -t utf-8 FILE | lp find`"
                ));
            }
        }
    };
    capped(text, ui)
}

pub fn run(args: &FindArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let question = if args.question.is_empty() || args.question == ["-"] {
        from_stdin(ui)?
    } else {
        capped(args.question.join(" "), ui)?
    };
    if question.trim().is_empty() {
        bail!(crate::diagnostic::hinted(
            "no question to find",
            "lp find \"Tell me about a time you disagreed with your manager\""
        ));
    }
    let library = global.load_clean(ui)?;
    let (own, warning) = library.questions();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    let found = find::find_with(
        &library.set,
        &library.stories,
        &own,
        &question,
        args.limit as usize,
    );
    if args.json {
        ui.json(&found)?;
        return Ok(Outcome::Done);
    }
    let style = ui.style_out();
    let mut out = String::new();
    if found.reading == find::Reading::Nothing {
        out.push_str(&wrap(
            "No principle matches: no word of this question says what it is about. The principles of the set, to choose from:",
            style.width,
            "",
            "",
        ));
        for p in &library.set.principles {
            out.push_str(&format!("  {}\n", style.bold(&p.name)));
        }
        ui.out.write_all(out.as_bytes())?;
        return Ok(Outcome::Done);
    }
    out.push_str(&wrap(
        match found.reading {
            find::Reading::Several => "The question probes more than one principle:",
            find::Reading::Guess => {
                "A guess: these words are far from every example question. The likeliest principles:"
            }
            _ => "The question most likely probes:",
        },
        style.width,
        "",
        "",
    ));
    for (i, p) in found.principles.iter().enumerate() {
        let mut reason = if p.matched.is_empty() {
            "no word matched".to_string()
        } else {
            format!("matched {}", quoted(&p.matched))
        };
        if let Some(like) = &p.like {
            reason.push_str(&format!("; like \"{like}\""));
        }
        out.push_str(&format!("  {}. {}\n", i + 1, style.bold(&p.name)));
        out.push_str(&wrap(&reason, style.width, "     ", "     "));
    }
    out.push('\n');
    if found.stories.is_empty() {
        out.push_str("No written story answers it yet.\n");
    } else {
        out.push_str("Stories to tell:\n");
        for (i, s) in found.stories.iter().enumerate() {
            out.push_str(&wrap(
                &format!(
                    "{} ({}, {}) · {}",
                    s.title.trim(),
                    s.status.as_str(),
                    format_duration(s.seconds),
                    s.reason
                ),
                style.width,
                &format!("  {}. ", i + 1),
                "     ",
            ));
        }
    }
    if !found.to_write.is_empty() {
        out.push_str("\nStill to write:\n");
        for w in &found.to_write {
            out.push_str(&wrap(
                &format!("{} ({}): `lp write {}`", w.title.trim(), w.principle, w.id),
                style.width,
                "  - ",
                "    ",
            ));
        }
    }
    ui.out.write_all(out.as_bytes())?;
    Ok(Outcome::Done)
}

fn quoted(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    quoted.join(", ")
}
