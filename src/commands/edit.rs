//! `lp edit ID`: revise a story in the editor; only a story that loads replaces the file.

use std::fs;

use anyhow::{Context, bail};
use clap::Args;

use crate::context::Global;
use crate::editor::{self, Edited, Editing};
use crate::library::{ids_on_disk, no_such_story, resolve_prefix, story_id};
use crate::model::format_duration;
use crate::ui::{Outcome, Ui};
use crate::{atomic, recovery, story, story_yaml};

/// Edit a story in $VISUAL or $EDITOR; it replaces the file only if it loads
///
/// The story is opened as a temporary copy, with a `key: |` for each part it does not
/// have yet. When the editor closes, the copy is checked: a valid story replaces the
/// file in one step, and lp prints its spoken length and the findings `lp check`
/// gives; an invalid one is reported with its line, and you can edit again, keep your
/// text in a recovery file, or drop the change. Without a terminal to ask in, the
/// text is kept in a recovery file. A read-only story is left alone.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp edit secret-propagation\n  EDITOR=nano lp edit stories/secret-propagation.yaml"
)]
pub struct EditArgs {
    /// The story's id: its file name without .yaml (`lp list --ids` shows them)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: String,
}

pub fn run(args: &EditArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_for_writing(ui)?;
    let mut id = story_id(&args.id).to_string();
    if library
        .location
        .stories_dir()
        .join(format!("{id}.yaml"))
        .symlink_metadata()
        .is_err()
    {
        // The start of one story's id names that story.
        let ids = ids_on_disk(&library.location.stories_dir());
        id = resolve_prefix(&id, ids.iter().map(String::as_str))?;
    }
    let id = id.as_str();
    let path = library.location.stories_dir().join(format!("{id}.yaml"));
    let shown = library.display(&format!("stories/{id}.yaml"));
    if !path.is_file() {
        if path.symlink_metadata().is_ok() {
            bail!(crate::diagnostic::hinted(
                format!(
                    "{} is not a story file: a folder, a pipe, a device or a broken link",
                    shown.display()
                ),
                "`lp check` says what it is; move it out of stories/"
            ));
        }
        let ids = ids_on_disk(&library.location.stories_dir());
        return Err(no_such_story(id, ids.iter().map(String::as_str)));
    }
    let original =
        fs::read(&path).with_context(|| format!("could not read {}", shown.display()))?;
    let original = String::from_utf8(original).map_err(|_| {
        anyhow::anyhow!(crate::diagnostic::hinted(
            format!("{} is not valid UTF-8 text", shown.display()),
            "`lp check` shows where; fix it in an editor that can change the encoding"
        ))
    })?;
    if fs::metadata(&path).is_ok_and(|m| m.permissions().readonly()) {
        bail!(crate::diagnostic::hinted(
            format!("{} is read-only, so lp leaves it as it is", shown.display()),
            format!(
                "make it writable first (chmod u+w {}), then run `lp edit {id}` again",
                shown.display()
            )
        ));
    }
    // A story that does not load (the reason to edit it) is opened as it is.
    let (opened, added) = match library.stories.iter().find(|s| s.id == id) {
        Some(story) => story_yaml::with_every_part(&original, story),
        None => (original.clone(), Vec::new()),
    };
    let copy = tempfile::Builder::new()
        .prefix(&format!("lp-{id}-"))
        .suffix(".yaml")
        .tempfile()
        .context("could not create a copy to edit")?;
    fs::write(copy.path(), &opened).context("could not write the copy to edit")?;
    let kind = recovery::Kind::Edit(id.to_string());
    let root = &library.location.root;
    let session = crate::drafting::Session::new(&library, kind.clone(), None);
    let keep = |text: &str| session.keep_text(text, "lp edit could not save this");
    let editing = Editing {
        file: copy.path(),
        original: &opened,
        shown: &shown,
        keep: &keep,
        unsaved: &format!("{} was not changed", shown.display()),
    };
    // Ctrl-C in the editor is the editor's; SIGTERM or SIGHUP while it is open keeps
    // what the copy holds by then, if it changed.
    crate::prompt::install_interrupt_handler();
    crate::prompt::set_pending_file(
        root,
        kind.clone(),
        copy.path(),
        &opened,
        format!("{} was not changed", shown.display()),
    );
    let edited = editor::edit_until_valid(&library, &editing, ui);
    crate::prompt::clear_pending();
    match edited? {
        Edited::Unchanged => writeln!(ui.err, "No changes to {}.", shown.display())?,
        Edited::Dropped => writeln!(ui.err, "Dropped: {} is unchanged.", shown.display())?,
        Edited::Emptied => writeln!(
            ui.err,
            "The file was left empty, so {} is unchanged.\n  hint: to delete the story, remove its file",
            shown.display()
        )?,
        Edited::Story(edited) => {
            let edited = story_yaml::without_unwritten_parts(&edited, &added);
            if edited == original {
                writeln!(ui.err, "No changes to {}.", shown.display())?;
                return Ok(Outcome::Done);
            }
            // Never replace a file that changed on disk since it was read.
            let now = fs::read(&path).unwrap_or_default();
            if now != original.as_bytes() {
                let kept = keep(&edited)?;
                bail!(crate::diagnostic::hinted(
                    format!(
                        "{} changed while you were editing, so it was left as it is",
                        shown.display()
                    ),
                    format!(
                        "your version is in {}; compare the two and copy what you need ({})",
                        kept.path.display(),
                        kept.resume
                    )
                ));
            }
            atomic::replace(&path, edited.as_bytes()).or_else(|err| {
                let kept = keep(&edited)?;
                Err(err).with_context(|| format!("your version is kept in {kept}"))
            })?;
            let (saved, _) = story::parse(id, &shown, &edited, Some(&library.set));
            match saved {
                Some(saved) => {
                    writeln!(
                        ui.out,
                        "Saved {}: about {} spoken",
                        shown.display(),
                        format_duration(saved.spoken_seconds())
                    )?;
                    ui.diagnostics(&crate::lint::check(std::slice::from_ref(&saved)))?;
                }
                None => writeln!(ui.out, "Saved {}", shown.display())?,
            }
        }
    }
    Ok(Outcome::Done)
}
