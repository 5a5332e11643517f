//! `lp write [ID]`: turn a story into an answer, part by part, in a terminal; the
//! checks run before it is saved in place, and then the next story worth writing.

use anyhow::{Context, bail};
use clap::Args;
use dialoguer::Confirm;

use crate::context::Global;
use crate::drafting::write::{Step, read_recovered, write_one};
use crate::library::Library;
use crate::model::Story;
use crate::ui::{Outcome, Ui};
use crate::{coverage, prompt, recovery, writing};

/// Turn a story into an answer, part by part, in a terminal
///
/// lp shows the story's title, principles and notes (your own words to work from) and
/// questions it should answer, then asks for the title, the principles, and each part
/// in turn: Situation, Task, Action, Result and What I learned, with a line on what
/// belongs there and the spoken length so far. Type a part on one line, or `e` to
/// write it in your editor (the notes are shown there too); Enter keeps what is there.
/// Before saving, lp shows the whole answer with the findings `lp check` would give,
/// and you can save (marked ready, when nothing blocks it), change one part, edit
/// the whole file, or quit. The story is
/// saved in place (a new title can rename the file too, never over another story);
/// the notes stay as they are. Without ID, lp starts with the story most worth
/// writing (one that would give a principle its first answer) and offers the next
/// one after each. Ctrl-C, SIGTERM or SIGHUP keeps what you wrote in the story's
/// recovery file, and `lp write ID --resume` goes on from it.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  lp write\n  lp write working-with-sysadmins")]
pub struct WriteArgs {
    /// The story's id (`lp list --ids` shows them); without it, the next story most worth writing
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: Option<String>,

    /// Start from the text kept in a recovery file by an interrupted `lp write` or
    /// `lp edit` of the story: the story's newest without FILE (`lp check` lists them).
    /// Only a file in .lp/recovered/ is taken, and it is removed once the story is saved
    #[arg(
        long,
        value_name = "FILE",
        num_args = 0..=1,
        default_missing_value = ""
    )]
    pub resume: Option<String>,
}

pub fn run(args: &WriteArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    if !prompt::terminal() {
        bail!(crate::diagnostic::hinted(
            "lp write needs a terminal: it asks for each part of the answer in turn",
            "`lp edit ID` opens a story in your editor; `lp add --title … --principle … --situation …` writes one from flags"
        ));
    }
    let mut library = global.load_for_writing(ui)?;
    let mut done: Vec<String> = Vec::new();
    let mut resumed = None;
    if let Some(file) = &args.resume {
        resumed = Some(read_recovered(
            &library,
            std::path::Path::new(file),
            args.id.as_deref(),
            ui,
        )?);
    }
    let mut next = match (&args.id, &resumed) {
        (_, Some(r)) => Some(r.id.clone()),
        (Some(id), None) => Some(library.find(id)?.id.clone()),
        (None, None) => {
            let first = worth_writing(&library, &done);
            if first.is_none() {
                writeln!(
                    ui.err,
                    "Every story has an answer. `lp add` drafts a new one; `lp check` says how they read."
                )?;
            }
            first
        }
    };
    // A fresh start on a story whose earlier session was interrupted: say where those
    // words are, and that they stay.
    if resumed.is_none()
        && let Some(id) = &next
    {
        for w in recovery::waiting(&library.location.root) {
            if w.kind.as_ref().and_then(recovery::Kind::story) == Some(id.as_str()) {
                writeln!(
                    ui.err,
                    "note: {} keeps what you typed when an earlier lp write or lp edit of this story stopped; it stays there (`lp write {} --resume` takes it up instead).",
                    w.shown.display(),
                    crate::shell::quote(id)
                )?;
            }
        }
    }
    prompt::install_interrupt_handler();
    let theme = prompt::theme(ui);
    while let Some(id) = next.take() {
        let start = resumed.take();
        let from = start.as_ref().map(|r| (r.path.clone(), r.shown.clone()));
        let step = write_one(&library, &id, start, theme.as_ref(), ui)?;
        let (saved, stop) = match step {
            Step::Interrupted => return Ok(Outcome::Interrupted),
            Step::Quit => return Ok(Outcome::Done),
            Step::Saved(saved) => (saved, false),
            Step::SavedThenInterrupted(saved) => (saved, true),
        };
        if let Some((path, shown)) = from {
            // Only the recovery file `read_recovered` checked is ever removed.
            recovery::remove(&path).with_context(|| {
                format!(
                    "the story was saved, but {} could not be removed",
                    shown.display()
                )
            })?;
            writeln!(
                ui.err,
                "Removed {}: its text is in the story now.",
                shown.display()
            )?;
        }
        if stop {
            return Ok(Outcome::Interrupted);
        }
        done.push(id);
        done.push(saved.clone());
        // What was saved counts from now on: read the library again, quietly.
        library = match crate::library::load(library.location.clone()) {
            Ok(loaded) => loaded.library,
            Err(_) => return Ok(Outcome::Done),
        };
        let Some(candidate) = worth_writing(&library, &done) else {
            writeln!(
                ui.err,
                "\nNo story left to write. `lp coverage` shows where you stand."
            )?;
            break;
        };
        let story = library.find(&candidate)?;
        let asked = Confirm::with_theme(theme.as_ref())
            .with_prompt(format!(
                "Next worth writing: \"{}\" ({}). Write it now?",
                crate::visible::visible(story.title.trim()),
                crate::visible::visible(&why_next(&library, story))
            ))
            .default(true)
            .interact();
        match asked {
            Ok(true) => next = Some(candidate),
            Ok(false) => break,
            Err(error) => {
                let error = anyhow::Error::new(error);
                if prompt::is_interrupt(&error) {
                    prompt::show_cursor(ui)?;
                    writeln!(ui.err)?;
                    return Ok(Outcome::Interrupted);
                }
                return Err(error);
            }
        }
    }
    Ok(Outcome::Done)
}

/// The id of the unwritten story most worth writing, not one of `done`.
fn worth_writing(library: &Library, done: &[String]) -> Option<String> {
    writing::worth_writing(
        &library.set,
        &library.stories,
        coverage::DEFAULT_TARGET,
        done,
    )
    .first()
    .map(|s| s.id.clone())
}

/// Why a story comes next, in a few words: the principle it would give a first answer.
fn why_next(library: &Library, story: &Story) -> String {
    let report = coverage::compute(
        &library.set,
        &library.stories,
        &story.principles,
        coverage::DEFAULT_TARGET,
    );
    match report.gaps().next() {
        Some(row) => format!("the first answer for {}", row.name),
        None => match report.thin().next() {
            Some(row) => format!("a second answer for {}", row.name),
            None => "still to write".to_string(),
        },
    }
}
