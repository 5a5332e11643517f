//! Opening a file in the person's editor, as `git commit` does: `$VISUAL`, then
//! `$EDITOR`, then `vi`, run through the shell so that `EDITOR="code --wait"` works;
//! and the loop that reopens it until it holds a story that loads. Part of the
//! interactive layer beside `ui`: it prompts and prints through the `Ui` it is given.

use std::fs;
use std::io::IsTerminal;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};
use dialoguer::Select;
use dialoguer::theme::SimpleTheme;

use crate::diagnostic::Reported;
use crate::library::Library;
use crate::ui::Ui;
use crate::{recovery, story};

/// The editor command to use.
pub fn command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Opens `path` in the editor and waits for it to close.
pub fn edit(path: &Path) -> anyhow::Result<()> {
    let editor = command();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .with_context(|| format!("could not start the editor '{editor}'"))?;
    if !status.success() {
        bail!(crate::diagnostic::hinted(
            format!("the editor '{editor}' exited with {status}"),
            "set $VISUAL or $EDITOR to the editor you use, such as EDITOR=nano"
        ));
    }
    Ok(())
}

/// An editor that returns sooner than this, leaving the file as it was, did not wait
/// for the person to close the file (`code` without `--wait`).
const AT_ONCE: std::time::Duration = std::time::Duration::from_secs(1);

/// Opens `path`, which holds `original`, in the editor and waits for it to close; an
/// editor that returned at once and changed nothing is an error that says how to make
/// it wait, so that nothing is taken as written.
pub fn edit_waiting(path: &Path, original: &str) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    edit(path)?;
    let unchanged = fs::read(path).is_ok_and(|now| now == original.as_bytes());
    if unchanged && started.elapsed() < AT_ONCE {
        return Err(crate::diagnostic::hinted(
            format!(
                "the editor '{}' returned at once and changed nothing: it did not wait for you to close the file",
                command()
            ),
            AT_ONCE_HINT,
        )
        .into());
    }
    Ok(())
}

/// The next step when the editor returned at once and changed nothing: it is what
/// tells that error from the others (`returned_at_once`).
const AT_ONCE_HINT: &str = "make it wait, such as EDITOR=\"code --wait\" or EDITOR=\"subl -w\"";

/// Whether `edit_waiting` failed because the editor returned at once.
fn returned_at_once(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<crate::diagnostic::UserError>()
        .is_some_and(|e| e.hint == AT_ONCE_HINT)
}

/// A story being written in the editor.
pub struct Editing<'a> {
    /// The temporary file the editor opens.
    pub file: &'a Path,
    /// What the file held before: left as it was, nothing changed.
    pub original: &'a str,
    /// The story's path as the person sees it, for messages.
    pub shown: &'a Path,
    /// Keeps text that cannot be used in the story's recovery file.
    pub keep: &'a dyn Fn(&str) -> anyhow::Result<recovery::Kept>,
    /// What did not happen when the text is kept instead ("the story was not added").
    pub unsaved: &'a str,
}

/// What came of editing a story.
#[derive(Debug, PartialEq, Eq)]
pub enum Edited {
    /// A story that loads.
    Story(String),
    /// The file was left as it was.
    Unchanged,
    /// The file was emptied, or left with comments only.
    Emptied,
    /// The person chose to drop the change.
    Dropped,
}

/// Opens the file in the editor until it holds a story that loads. When the text
/// cannot be used and there is no terminal to ask in, or the person asks to keep it,
/// it goes to a recovery file and the command fails. The editor's exit status never
/// decides: an editor that fails or is killed is reported, and whatever it left in
/// the file is checked like any other text.
pub fn edit_until_valid(
    library: &Library,
    editing: &Editing,
    ui: &mut Ui,
) -> anyhow::Result<Edited> {
    let Editing {
        file,
        original,
        shown,
        ..
    } = *editing;
    loop {
        let status = edit_waiting(file, original);
        // Nothing was written: not "unchanged", which would read as the person's choice.
        if status.as_ref().is_err_and(returned_at_once) {
            return status.map(|()| Edited::Unchanged);
        }
        let bytes = fs::read(file).context("could not read back what the editor saved")?;
        let edited = String::from_utf8_lossy(&bytes).into_owned();
        let only_comments = edited
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if let Err(error) = status {
            if edited == original {
                return Err(error.context("nothing was changed"));
            }
            ui.note(&format!(
                "warning: {}; what it left in the file is checked as usual",
                format!("{error:#}").lines().next().unwrap_or_default()
            ))?;
        }
        if edited == original {
            return Ok(Edited::Unchanged);
        }
        if only_comments {
            return Ok(Edited::Emptied);
        }
        let problems = match String::from_utf8(bytes) {
            Ok(text) => story::parse("edited", shown, &text, Some(&library.set)).1,
            Err(_) => vec![
                crate::diagnostic::Diagnostic::error(
                    shown,
                    None,
                    "the editor saved text that is not UTF-8",
                )
                .with_hint("set your editor to save as UTF-8"),
            ],
        };
        ui.diagnostics(&problems)?;
        if !problems.iter().any(|d| d.is_error()) {
            return Ok(Edited::Story(edited));
        }
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        let choice = if terminal {
            Select::with_theme(&SimpleTheme)
                .with_prompt("The story does not load. Choose what to do")
                .items([
                    "Edit it again",
                    "Keep my text in a recovery file",
                    "Drop my changes",
                ])
                .default(0)
                .interact()
                .context("could not read the answer")?
        } else {
            1
        };
        match choice {
            0 => continue,
            1 => {
                let kept = (editing.keep)(&edited)?;
                ui.note(&format!(
                    "error: {}; what you wrote is kept in {kept}",
                    editing.unsaved,
                ))?;
                return Err(Reported.into());
            }
            _ => return Ok(Edited::Dropped),
        }
    }
}
