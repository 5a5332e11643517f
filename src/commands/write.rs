//! `lp write [ID]`: turn a story into an answer, part by part, in a terminal; the
//! checks run before it is saved in place, and then the next story worth writing.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;
use dialoguer::theme::Theme;
use dialoguer::{Confirm, Input, Select};

use super::Global;
use crate::editor::{self, Editing};
use crate::library::Library;
use crate::model::{Part, Story, TARGET_SECONDS, format_duration};
use crate::render::layout::{indent, wrap};
use crate::render::text;
use crate::ui::{Outcome, Ui};
use crate::{atomic, coverage, lint, prompt, recovery, story, story_yaml, writing};

/// Turn a story into an answer, part by part, in a terminal
///
/// lp shows the story's title, principles and notes (your own words to work from) and
/// questions it should answer, then asks for the title, the principles, and each part
/// in turn: Situation, Task, Action, Result and What I learned, with a line on what
/// belongs there and the spoken length so far. Type a part on one line, or `e` to
/// write it in your editor (the notes are shown there too); Enter keeps what is there.
/// Before saving, lp shows the whole answer with the findings `lp check` would give,
/// and you can save, change one part, edit the whole file, or quit. The story is
/// saved in place (a new title can rename the file too, never over another story);
/// the notes stay as they are. Without ID, lp starts with the story most worth
/// writing (one that would give a principle its first answer) and offers the next
/// one after each. Ctrl-C keeps what you wrote in a recovery file.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  lp write\n  lp write working-with-sysadmins")]
pub struct WriteArgs {
    /// The story's id (`lp list` shows them); without it, the next story most worth writing
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: Option<String>,

    /// Start from the text kept in a recovery file by an interrupted `lp write` or
    /// `lp edit` of the story (`lp check` lists them); the file is removed once saved
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,
}

/// How writing one story ended.
enum Step {
    /// Saved, under this id.
    Saved(String),
    /// Left as it was; the person wants to stop.
    Quit,
    /// Ctrl-C.
    Interrupted,
}

pub fn run(args: &WriteArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    if !prompt::terminal() {
        bail!(
            "lp write needs a terminal: it asks for each part of the answer in turn\n  hint: `lp edit ID` opens a story in your editor; `lp add --title … --principle … --situation …` writes one from flags"
        );
    }
    let mut library = global.load_for_writing(ui)?;
    let mut done: Vec<String> = Vec::new();
    let mut resumed = None;
    if let Some(file) = &args.resume {
        resumed = Some(read_recovered(&library, file, args.id.as_deref(), ui)?);
    }
    let mut next = match (&args.id, &resumed) {
        (_, Some((id, _))) => Some(id.clone()),
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
    prompt::install_interrupt_handler();
    let theme = prompt::theme(ui);
    while let Some(id) = next.take() {
        let start = resumed.take().map(|(_, story)| story);
        let from_recovery = start.is_some();
        let saved = match write_one(&library, &id, start, theme.as_ref(), ui)? {
            Step::Interrupted => return Ok(Outcome::Interrupted),
            Step::Quit => return Ok(Outcome::Done),
            Step::Saved(saved) => saved,
        };
        if let (true, Some(file)) = (from_recovery, &args.resume) {
            fs::remove_file(file).with_context(|| {
                format!(
                    "the story was saved, but {} could not be removed",
                    file.display()
                )
            })?;
            writeln!(
                ui.err,
                "Removed {}: its text is in the story now.",
                file.display()
            )?;
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

/// The story a recovery file holds, and the id of the story it was for: `ID` when
/// given, else the one its name says (`write-<id>-<seconds>.yaml`, `edit-<id>-…`).
fn read_recovered(
    library: &Library,
    file: &std::path::Path,
    id: Option<&str>,
    ui: &mut Ui,
) -> anyhow::Result<(String, Story)> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = match id {
        Some(id) => library.find(id)?.id.clone(),
        None => recovery::story_of(&name)
            .filter(|id| library.stories.iter().any(|s| s.id == *id))
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "{} does not say which story it was for\n  hint: name the story: `lp write ID --resume {}`, or add it as a new one with `lp add --resume {}`",
                    file.display(),
                    file.display(),
                    file.display()
                )
            })?,
    };
    let text = recovery::read(file, file)?;
    let (story, problems) = story::parse(&id, file, &text, Some(&library.set));
    let Some(mut story) = story.filter(|_| !problems.iter().any(|d| d.is_error())) else {
        ui.diagnostics(&problems)?;
        bail!(
            "{} does not hold a story lp can read\n  hint: fix what is reported above in the file, then run this again",
            file.display()
        );
    };
    let target = library.find(&id)?;
    story.id = target.id.clone();
    story.path = target.path.clone();
    writeln!(
        ui.err,
        "Resuming {} from {}",
        target.path.display(),
        file.display()
    )?;
    Ok((id, story))
}

/// Writes one story, from the intro to saved or not; `start` is a draft to begin from.
fn write_one(
    library: &Library,
    id: &str,
    start: Option<Story>,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<Step> {
    let before = library.find(id)?.clone();
    let path = library.location.stories_dir().join(format!("{id}.yaml"));
    let original =
        fs::read(&path).with_context(|| format!("could not read {}", before.path.display()))?;
    let mut draft = start.unwrap_or_else(|| before.clone());
    match ask_all(library, &mut draft, &original, &path, theme, ui) {
        Ok(step) => Ok(step),
        Err(error) if prompt::is_interrupt(&error) => {
            prompt::show_cursor(ui)?;
            if draft_differs(&draft, &before) {
                let kept = recovery::save(
                    &library.location.root,
                    &format!("write-{id}"),
                    &prompt::recovery_text(&draft, "lp write was interrupted"),
                )?;
                writeln!(
                    ui.err,
                    "\nInterrupted: {} was not changed. What you wrote is in {}",
                    before.path.display(),
                    kept.display()
                )?;
            } else {
                writeln!(
                    ui.err,
                    "\nInterrupted: {} was not changed.",
                    before.path.display()
                )?;
            }
            Ok(Step::Interrupted)
        }
        Err(error) => {
            if draft_differs(&draft, &before) {
                let kept = recovery::save(
                    &library.location.root,
                    &format!("write-{id}"),
                    &prompt::recovery_text(&draft, "lp write could not save this"),
                )?;
                ui.note(&format!("error: {error:#}"))?;
                ui.note(&format!("What you wrote is kept in {}", kept.display()))?;
                return Err(crate::ui::Reported.into());
            }
            Err(error)
        }
    }
}

fn draft_differs(draft: &Story, before: &Story) -> bool {
    story_yaml::to_yaml(draft) != story_yaml::to_yaml(before)
}

/// The conversation for one story; `draft` holds what was written so far.
fn ask_all(
    library: &Library,
    draft: &mut Story,
    original: &[u8],
    path: &std::path::Path,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<Step> {
    intro(library, draft, ui)?;
    draft.title = prompt::ask_title(theme, &draft.title)?;
    ask_principles(library, draft, theme)?;
    for part in Part::ALL {
        ask_part(library, draft, part, theme, ui)?;
    }
    loop {
        let findings = lint::check(std::slice::from_ref(draft));
        let shown: Vec<&crate::diagnostic::Diagnostic> = findings.iter().collect();
        let style = ui.style_err();
        writeln!(
            ui.err,
            "\n{}",
            text::show(&library.set, draft, &shown, style)
        )?;
        writeln!(ui.err, "{}", length_line(draft))?;
        let choice = Select::with_theme(theme)
            .with_prompt("Choose what to do with this answer")
            .items([
                "Save it",
                "Change one part",
                "Edit the whole file in the editor",
                "Quit without saving",
            ])
            .default(0)
            .interact()?;
        match choice {
            0 => {
                if let Some(saved) = save(library, draft, original, path, theme, ui)? {
                    return Ok(Step::Saved(saved));
                }
            }
            1 => {
                let mut items = vec!["Title", "Principles"];
                items.extend(Part::ALL.iter().map(|p| p.label()));
                let which = Select::with_theme(theme)
                    .with_prompt("Choose the part to change")
                    .items(&items)
                    .default(2)
                    .interact()?;
                match which {
                    0 => draft.title = prompt::ask_title(theme, &draft.title)?,
                    1 => ask_principles(library, draft, theme)?,
                    n => ask_part(library, draft, Part::ALL[n - 2], theme, ui)?,
                }
            }
            2 => edit_whole(library, draft, ui)?,
            _ => {
                let before = library.find(&draft.id)?;
                if draft_differs(draft, before) {
                    let kept = recovery::save(
                        &library.location.root,
                        &format!("write-{}", draft.id),
                        &prompt::recovery_text(draft, "Not saved by lp write"),
                    )?;
                    writeln!(
                        ui.err,
                        "Not saved: {} is unchanged. What you wrote is in {}",
                        before.path.display(),
                        kept.display()
                    )?;
                } else {
                    writeln!(ui.err, "Not saved: {} is unchanged.", before.path.display())?;
                }
                return Ok(Step::Quit);
            }
        }
    }
}

/// The story as it stands: title, file, principles, the notes to work from, and
/// questions it should answer.
fn intro(library: &Library, story: &Story, ui: &mut Ui) -> anyhow::Result<()> {
    let style = ui.style_err();
    writeln!(
        ui.err,
        "\n{}",
        style.bold(&format!("Writing: {}", story.title.trim()))
    )?;
    writeln!(ui.err, "{}", story.path.display())?;
    let names: Vec<String> = story
        .principles
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = library.set.get(id).map_or(id.as_str(), |p| p.name.as_str());
            if i == 0 {
                format!("{name} (primary)")
            } else {
                name.to_string()
            }
        })
        .collect();
    write!(
        ui.err,
        "{}",
        wrap(&names.join(", "), style.width, "Principles: ", "    ")
    )?;
    if !story.notes.trim().is_empty() {
        writeln!(ui.err, "\nYour notes, to work from:")?;
        write!(
            ui.err,
            "{}",
            indent(&story.notes, style.width.saturating_sub(4))
        )?;
    }
    let questions = questions(library, story);
    if !questions.is_empty() {
        writeln!(ui.err, "\nQuestions this answer should fit:")?;
        for q in &questions {
            write!(ui.err, "{}", wrap(q, style.width, "  - ", "    "))?;
        }
    }
    writeln!(
        ui.err,
        "\nEach part in turn: type it on one line, or `e` for your editor; Enter keeps what is there."
    )?;
    Ok(())
}

/// Up to three questions: the story's own, then its principles', primary first.
fn questions(library: &Library, story: &Story) -> Vec<String> {
    let mut out: Vec<String> = story
        .questions
        .iter()
        .map(|q| q.trim().to_string())
        .collect();
    for id in &story.principles {
        if let Some(p) = library.set.get(id) {
            out.extend(p.questions.iter().take(2).cloned());
        }
    }
    out.dedup();
    out.truncate(3);
    out
}

fn ask_principles(library: &Library, draft: &mut Story, theme: &dyn Theme) -> anyhow::Result<()> {
    let set = &library.set;
    let typed = Input::<String>::with_theme(theme)
        .with_prompt(
            "Principles (ids or names, comma-separated, the primary first; Enter keeps them)",
        )
        .default(draft.principles.join(", "))
        .validate_with(|t: &String| {
            match prompt::resolve_principles(std::slice::from_ref(t), set) {
                Ok(ids) if ids.is_empty() => {
                    Err("a story needs at least one principle".to_string())
                }
                Ok(_) => Ok(()),
                Err(err) => Err(format!("{err:#}").replace('\n', " ")),
            }
        })
        .interact_text()
        .context("could not read the principles")?;
    draft.principles = prompt::resolve_principles(&[typed], set)?;
    Ok(())
}

/// One part: what belongs there, the text so far, the prompt, then the length so far.
fn ask_part(
    library: &Library,
    draft: &mut Story,
    part: Part,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let style = ui.style_err();
    writeln!(
        ui.err,
        "\n{} {}",
        style.bold(&format!("{}:", part.label())),
        writing::guidance(part)
    )?;
    let current = draft.part(part).to_string();
    if !current.trim().is_empty() {
        write!(
            ui.err,
            "{}",
            indent(&current, style.width.saturating_sub(4))
        )?;
    }
    let mut help = format!("{}: {}\n", part.label(), writing::guidance(part));
    if !draft.notes.trim().is_empty() {
        help.push_str("\nYour notes:\n");
        help.push_str(&draft.notes);
    }
    let text = prompt::ask_part(
        theme,
        ui,
        &library.location.root,
        &format!("{}-{}", draft.id, part.key()),
        part,
        &current,
        &help,
    )?;
    *draft.part_mut(part) = text;
    writeln!(ui.err, "{}", length_line(draft))?;
    Ok(())
}

/// "Spoken so far: about 1:10 of the 2:00 target (163 words)."
fn length_line(story: &Story) -> String {
    format!(
        "Spoken so far: about {} of the {} target ({}).",
        format_duration(story.spoken_seconds()),
        format_duration(TARGET_SECONDS),
        crate::diagnostic::plural(story.spoken_words(), "word", "words")
    )
}

/// The whole story in the editor, as YAML; what comes back must load.
fn edit_whole(library: &Library, draft: &mut Story, ui: &mut Ui) -> anyhow::Result<()> {
    let yaml = story_yaml::template(
        draft,
        "# The whole story. Save and close the editor to go back to lp write.\n",
    );
    let file = tempfile::Builder::new()
        .prefix(&format!("lp-{}-", draft.id))
        .suffix(".yaml")
        .tempfile()
        .context("could not create a file for the editor")?;
    fs::write(file.path(), &yaml).context("could not write the file for the editor")?;
    let editing = Editing {
        file: file.path(),
        original: &yaml,
        shown: &draft.path,
        recovery_name: &format!("write-{}", draft.id),
        unsaved: &format!("{} was not changed", draft.path.display()),
    };
    if let editor::Edited::Story(edited) = editor::edit_until_valid(library, &editing, ui)? {
        let (parsed, _) = story::parse(&draft.id, &draft.path, &edited, Some(&library.set));
        let mut parsed = parsed.context("the edited story did not load")?;
        parsed.id = draft.id.clone();
        parsed.path = draft.path.clone();
        *draft = parsed;
    }
    Ok(())
}

/// Saves the draft in place; when the title's file name differs from the id, offers to
/// rename the file too. `None` when it could not be saved and the person can go on.
fn save(
    library: &Library,
    draft: &Story,
    original: &[u8],
    path: &std::path::Path,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<Option<String>> {
    // The modeline the file had stays first; a library with schemas gets one.
    let yaml = story_yaml::to_yaml(draft);
    let text = match String::from_utf8_lossy(original).lines().next() {
        Some(first) if first.starts_with("# yaml-language-server:") => format!("{first}\n{yaml}"),
        _ => library.story_file(&yaml),
    };
    let (_, problems) = story::parse(&draft.id, &draft.path, &text, Some(&library.set));
    if problems.iter().any(|d| d.is_error()) {
        ui.diagnostics(&problems)?;
        writeln!(
            ui.err,
            "Not saved yet: fix the errors above (change one part)."
        )?;
        return Ok(None);
    }
    // Never replace a file that changed on disk since it was read.
    if fs::read(path).unwrap_or_default() != original {
        bail!(
            "{} changed while you were writing, so it was left as it is\n  hint: merge your version by hand",
            draft.path.display()
        );
    }
    // The file's comments are not part of the story; keep them where they can be found.
    let original_text = String::from_utf8_lossy(original);
    let comments = original_text
        .lines()
        .any(|l| l.trim_start().starts_with('#') && !text.contains(l));
    if comments {
        let kept = recovery::save(
            &library.location.root,
            &format!("{}-before-write", draft.id),
            &original_text,
        )?;
        writeln!(
            ui.err,
            "The file had comments, which lp does not keep; the file as it was is in {}",
            kept.display()
        )?;
    }
    atomic::replace(path, text.as_bytes())?;
    let mut id = draft.id.clone();
    let slug = story_yaml::slug(&draft.title);
    let retitled = library
        .find(&draft.id)
        .is_ok_and(|before| before.title.trim() != draft.title.trim());
    if retitled && !slug.is_empty() && slug != id {
        let new_path = library.location.stories_dir().join(format!("{slug}.yaml"));
        let shown = library.display(&format!("stories/{slug}.yaml"));
        if new_path.symlink_metadata().is_ok() {
            writeln!(
                ui.err,
                "The title changed; the file keeps its name, since {} is another story.",
                shown.display()
            )?;
        } else if Confirm::with_theme(theme)
            .with_prompt(format!(
                "The title changed. Rename the file to {} too?",
                shown.display()
            ))
            .default(true)
            .interact()?
        {
            atomic::rename_new(path, &new_path)?;
            id = slug;
        }
    }
    let shown: PathBuf = library.display(&format!("stories/{id}.yaml"));
    writeln!(
        ui.out,
        "Saved {}: about {} spoken",
        shown.display(),
        format_duration(draft.spoken_seconds())
    )?;
    ui.out.flush()?;
    let mut saved = draft.clone();
    saved.id = id.clone();
    saved.path = shown;
    let findings = lint::check(std::slice::from_ref(&saved));
    ui.diagnostics(&findings)?;
    Ok(Some(id))
}
