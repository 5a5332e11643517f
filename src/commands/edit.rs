//! `lp edit ID`: revise a story in the editor; only a story that loads replaces the file.

use std::fs;
use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, bail};
use clap::Args;
use dialoguer::Select;
use dialoguer::theme::SimpleTheme;

use super::{Global, Outcome, Reported, Ui};
use crate::library::Library;
use crate::{atomic, editor, recovery, story};

/// Edit a story in $VISUAL or $EDITOR; it replaces the file only if it loads
///
/// The story is opened as a temporary copy. When the editor closes, the copy is
/// checked: a valid story replaces the file in one step; an invalid one is reported
/// with its line, and you can edit again, keep your text in a recovery file, or drop
/// the change. Without a terminal to ask in, the text is kept in a recovery file.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp edit secret-propagation\n  EDITOR=nano lp edit stories/secret-propagation.yaml"
)]
pub struct EditArgs {
    /// The story's id: its file name without .yaml (`lp list` shows them)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: String,
}

pub fn run(args: &EditArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_for_writing(ui)?;
    let id = super::story_id(&args.id);
    let path = library.location.stories_dir().join(format!("{id}.yaml"));
    let shown = library.display(&format!("stories/{id}.yaml"));
    if !path.is_file() {
        if path.symlink_metadata().is_ok() {
            bail!(
                "{} is not a story file: a folder, a pipe, a device or a broken link\n  hint: `lp check` says what it is; move it out of stories/",
                shown.display()
            );
        }
        let ids = crate::library::ids_on_disk(&library.location.stories_dir());
        return Err(super::no_such_story(id, ids.iter().map(String::as_str)));
    }
    let original =
        fs::read(&path).with_context(|| format!("could not read {}", shown.display()))?;
    let original = String::from_utf8(original).map_err(|_| {
        anyhow::anyhow!(
            "{} is not valid UTF-8 text\n  hint: `lp check` shows where; fix it in an editor that can change the encoding",
            shown.display()
        )
    })?;
    let copy = tempfile::Builder::new()
        .prefix(&format!("lp-{id}-"))
        .suffix(".yaml")
        .tempfile()
        .context("could not create a copy to edit")?;
    fs::write(copy.path(), &original).context("could not write the copy to edit")?;
    match edit_until_valid(&library, copy.path(), &original, &shown, "edit", ui)? {
        None => writeln!(ui.err, "No changes to {}.", shown.display())?,
        Some(edited) => {
            // Never replace a file that changed on disk since it was read.
            let now = fs::read(&path).unwrap_or_default();
            if now != original.as_bytes() {
                let kept = recovery::save(&library.location.root, &format!("edit-{id}"), &edited)?;
                bail!(
                    "{} changed while you were editing, so it was left as it is\n  hint: your version is in {}; merge the two by hand",
                    shown.display(),
                    kept.display()
                );
            }
            atomic::replace(&path, edited.as_bytes()).or_else(|err| {
                let kept = recovery::save(&library.location.root, &format!("edit-{id}"), &edited)?;
                Err(err).with_context(|| format!("your version is kept in {}", kept.display()))
            })?;
            writeln!(ui.out, "Saved {}", shown.display())?;
        }
    }
    Ok(Outcome::Done)
}

/// Opens `file` in the editor until it holds a story that loads. Returns the text, or
/// `None` when it was left unchanged (or emptied of all but comments), or the person
/// chose to drop the change. When the text cannot be used and there is no terminal
/// to ask in, or the person asks to keep it, it goes to a recovery file and the
/// command fails.
pub fn edit_until_valid(
    library: &Library,
    file: &Path,
    original: &str,
    shown: &Path,
    what: &str,
    ui: &mut Ui,
) -> anyhow::Result<Option<String>> {
    loop {
        editor::edit(file)?;
        let bytes = fs::read(file).context("could not read back what the editor saved")?;
        let edited = String::from_utf8_lossy(&bytes).into_owned();
        let only_comments = edited
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if edited == original || only_comments {
            return Ok(None);
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
            return Ok(Some(edited));
        }
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        let choice = if terminal {
            Select::with_theme(&SimpleTheme)
                .with_prompt("The story does not load. What now?")
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
                let kept = recovery::save(&library.location.root, what, &edited)?;
                let outcome = if what == "add" {
                    "the story was not added".to_string()
                } else {
                    format!("{} was not changed", shown.display())
                };
                ui.note(&format!(
                    "error: {outcome}; what you wrote is kept in {}",
                    kept.display()
                ))?;
                return Err(Reported.into());
            }
            _ => return Ok(None),
        }
    }
}
