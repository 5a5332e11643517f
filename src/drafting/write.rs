//! The conversation of `lp write` for one story: the intro, each part in turn, the
//! story shown with its checks, the choice of what to do with it, and saving it in
//! place or keeping it in the story's recovery file.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, bail};
use dialoguer::theme::Theme;
use dialoguer::{Confirm, Select};

use super::{Asking, Choice, Session, choose, length_line};
use crate::editor::{self, Editing};
use crate::library::Library;
use crate::model::{Part, Story, format_duration};
use crate::render::layout::indent;
use crate::ui::Ui;
use crate::{atomic, lint, prompt, recovery, story, story_yaml, writing};

/// How writing one story ended.
pub enum Step {
    /// Saved, under this id.
    Saved(String),
    /// Left as it was; the person wants to stop.
    Quit,
    /// Ctrl-C.
    Interrupted,
    /// Saved, under this id, then Ctrl-C at a question after the save.
    SavedThenInterrupted(String),
}

/// A recovery file being taken up: the story it holds, for which story, from where.
pub struct Resumed {
    pub id: String,
    pub story: Story,
    /// The question to go on from: the first not yet answered.
    pub next: usize,
    /// The file itself, checked to be a recovery file.
    pub path: PathBuf,
    /// The file as the person named it.
    pub shown: PathBuf,
}

/// Writes one story, from the intro to saved or not; `start` is a draft to begin from.
pub fn write_one(
    library: &Library,
    id: &str,
    start: Option<Resumed>,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<Step> {
    let before = library.find(id)?.clone();
    let path = library.location.stories_dir().join(format!("{id}.yaml"));
    let original =
        fs::read(&path).with_context(|| format!("could not read {}", before.path.display()))?;
    atomic::refuse_read_only(
        &path,
        &before.path,
        &format!("lp write {}", crate::shell::quote(id)),
    )?;
    // A recovery file being taken up is replaced by the next, never added to.
    let session = Session::new(
        library,
        recovery::Kind::Write(id.to_string()),
        start.as_ref().map(|r| r.path.as_path()),
    );
    // The question being asked: kept with the text, so that resuming goes on from it.
    let next = std::cell::Cell::new(start.as_ref().map_or(0, |r| r.next));
    let keep = |draft: &Story, why: &str| -> anyhow::Result<recovery::Kept> {
        let body = recovery::with_next(STEPS[next.get()], &story_yaml::to_yaml(draft));
        session.keep_text(&body, why)
    };
    let mut draft = start.map_or_else(|| before.clone(), |r| r.story);
    let result = ask_all(
        &session, &mut draft, &before, &original, &path, &keep, &next, theme, ui,
    );
    prompt::clear_pending();
    match result {
        Ok(step) => Ok(step),
        Err(error) if prompt::is_interrupt(&error) => {
            prompt::show_cursor(ui)?;
            if draft_differs(&draft, &before) {
                let kept = keep(&draft, "lp write was interrupted")?;
                writeln!(
                    ui.err,
                    "\nInterrupted: {} was not changed. What you wrote is in {kept}",
                    before.path.display(),
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
                let kept = keep(&draft, "lp write could not save this")?;
                ui.error(&error)?;
                ui.note(&format!("What you wrote is kept in {kept}"))?;
                return Err(crate::diagnostic::Reported.into());
            }
            Err(error)
        }
    }
}

fn draft_differs(draft: &Story, before: &Story) -> bool {
    story_yaml::to_yaml(draft) != story_yaml::to_yaml(before)
}

/// The questions of `lp write` in turn, as a recovery file names the next one.
const STEPS: [&str; 8] = [
    "title",
    "principles",
    "situation",
    "task",
    "action",
    "result",
    "learned",
    "choice",
];

/// The step a recovery file names; an unknown name starts again at the title.
pub fn step_of(name: &str) -> usize {
    STEPS.iter().position(|s| *s == name).unwrap_or(0)
}

/// A step as the person reads it.
pub fn step_label(step: usize) -> &'static str {
    match step {
        0 => "the title",
        1 => "the principles",
        n if n < 7 => Part::ALL[n - 2].label(),
        _ => "the choice of what to do with the answer",
    }
}

/// Keeps a draft in the story's recovery file: `why` in its header.
type Keep<'a> = dyn Fn(&Story, &str) -> anyhow::Result<recovery::Kept> + 'a;

/// The conversation for one story; `draft` holds what was written so far.
#[allow(clippy::too_many_arguments)]
fn ask_all(
    session: &Session,
    draft: &mut Story,
    before: &Story,
    original: &[u8],
    path: &std::path::Path,
    keep: &Keep,
    next: &std::cell::Cell<usize>,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<Step> {
    let library = session.library;
    let unsaved = format!("{} was not changed", before.path.display());
    // What a signal would lose: the draft as it stands after each answer, and the
    // question that comes next.
    let kept_now = |draft: &Story| {
        draft_differs(draft, before)
            .then(|| recovery::with_next(STEPS[next.get()], &story_yaml::to_yaml(draft)))
    };
    let pending = |draft: &Story| {
        if let Some(body) = kept_now(draft) {
            prompt::set_pending(
                &library.location.root,
                recovery::Kind::Write(draft.id.clone()),
                body,
                unsaved.clone(),
            );
        }
    };
    // Before a prompt, the same with the line being typed there.
    let typing = |draft: &Story, at: Asking| {
        let step = STEPS[next.get()];
        super::keep_if_ended(
            session,
            draft,
            at,
            kept_now(draft),
            move |story| recovery::with_next(step, &story_yaml::to_yaml(story)),
            unsaved.clone(),
        );
    };
    // Resuming goes on from the first question not answered before.
    let from = next.get();
    pending(draft);
    intro(library, draft, ui)?;
    if from > 0 {
        writeln!(
            ui.err,
            "Going on from {}: what was answered before is kept (change it at the end).",
            step_label(from)
        )?;
    }
    if from == 0 {
        typing(draft, Asking::Title);
        let asked = prompt::ask_title(theme, ui, &draft.title).map(|title| draft.title = title);
        answered(draft, Asking::Title, asked)?;
        next.set(1);
        pending(draft);
    }
    if from <= 1 {
        typing(draft, Asking::Principles);
        let asked = ask_principles(&library.set, draft, theme, ui);
        answered(draft, Asking::Principles, asked)?;
        next.set(2);
        pending(draft);
    }
    for (i, part) in Part::ALL.into_iter().enumerate() {
        if from <= 2 + i {
            typing(draft, Asking::Part(part));
            let asked = ask_part(draft, part, keep, theme, ui);
            answered(draft, Asking::Part(part), asked)?;
            next.set(3 + i);
            pending(draft);
        }
    }
    loop {
        // As `lp check` would say it: against the whole library, duplicates included.
        let findings = session.show(draft, ui)?;
        let offered = [
            Choice::Save,
            Choice::Change,
            Choice::EditWhole,
            Choice::Quit,
        ];
        match choose(theme, "answer", draft, &offered)? {
            Choice::Save | Choice::SaveReady => {
                if let Some(step) = save(library, draft, original, path, theme, ui)? {
                    return Ok(step);
                }
            }
            Choice::Change => {
                let mut items = vec!["Title", "Principles"];
                items.extend(Part::ALL.iter().map(|p| p.label()));
                let which = Select::with_theme(theme)
                    .with_prompt("Choose the part to change")
                    .items(&items)
                    .default(part_to_change(draft, &findings))
                    .interact()?;
                let at = match which {
                    0 => Asking::Title,
                    1 => Asking::Principles,
                    n => Asking::Part(Part::ALL[n - 2]),
                };
                typing(draft, at);
                let asked = match at {
                    Asking::Title => {
                        prompt::ask_title(theme, ui, &draft.title).map(|title| draft.title = title)
                    }
                    Asking::Part(part) => ask_part(draft, part, keep, theme, ui),
                    _ => ask_principles(&library.set, draft, theme, ui),
                };
                answered(draft, at, asked)?;
                pending(draft);
            }
            Choice::EditWhole => {
                if !edit_whole(library, draft, keep, ui)? {
                    return Ok(Step::Quit);
                }
                pending(draft);
            }
            Choice::Quit => {
                if draft_differs(draft, before) {
                    let kept = keep(draft, "Not saved by lp write")?;
                    writeln!(
                        ui.err,
                        "Not saved: {} is unchanged. What you wrote is in {kept}",
                        before.path.display(),
                    )?;
                } else {
                    writeln!(ui.err, "Not saved: {} is unchanged.", before.path.display())?;
                }
                return Ok(Step::Quit);
            }
        }
    }
}

/// A prompt's outcome: when Ctrl-C interrupted it, the line typed there but not
/// entered joins the draft, which is kept.
fn answered(draft: &mut Story, at: Asking, asked: anyhow::Result<()>) -> anyhow::Result<()> {
    asked.inspect_err(|error| super::take_unentered(draft, at, error))
}

/// Where "Change one part" starts: the part the first finding is about (an empty
/// part first), else Situation. An index into Title, Principles, then the parts.
fn part_to_change(draft: &Story, findings: &[crate::diagnostic::Diagnostic]) -> usize {
    let index = |part: Part| 2 + Part::ALL.iter().position(|p| *p == part).unwrap_or(0);
    if let Some(empty) = Part::ALL[..4]
        .iter()
        .find(|p| draft.part(**p).trim().is_empty())
    {
        return index(*empty);
    }
    for finding in findings {
        match finding.rule {
            Some("too-long") => return index(Part::Situation),
            Some("too-short" | "unbalanced" | "we-not-i") => return index(Part::Action),
            Some("result-without-number") => return index(Part::Result),
            Some("too-many-principles") => return 1,
            Some("duplicate-title") => return 0,
            _ => {}
        }
    }
    index(Part::Situation)
}

/// The story as it stands, before the first question.
fn intro(library: &Library, story: &Story, ui: &mut Ui) -> anyhow::Result<()> {
    let screen = crate::render::screens::writing(&library.set, story, ui.style_err());
    write!(ui.err, "{screen}")?;
    Ok(())
}

/// The principles: Enter keeps them, a line typed replaces them. A line that names an
/// unknown principle is given back as typed, with the error, to correct: never cleared,
/// and kept in the notes when the prompt ends without an answer (Ctrl-C).
pub fn ask_principles(
    set: &crate::model::PrincipleSet,
    draft: &mut Story,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let current = draft.principles.join(", ");
    let mut retry: Option<String> = None;
    loop {
        let (default, initial) = match &retry {
            Some(typed) => (None, typed.as_str()),
            None => (Some(current.as_str()), ""),
        };
        let answer = match prompt::interact(
            theme,
            "Principles (ids or names, comma-separated, the primary first; Enter keeps them)",
            default,
            initial,
        )
        .context("could not read the principles")
        {
            Ok(answer) => answer,
            Err(error) => {
                // Words given back because they named no principle (a part typed at the
                // wrong prompt, say) join the notes: an interrupted session keeps them
                // in its recovery file.
                // (The line still being typed is kept by the caller: once is enough.)
                if let Some(refused) = retry
                    .filter(|r| !r.trim().is_empty() && !prompt::unentered().contains(r.trim()))
                {
                    if !draft.notes.trim().is_empty() {
                        draft.notes.push_str("\n\n");
                    }
                    draft.notes.push_str(refused.trim());
                }
                return Err(error);
            }
        };
        let typed = prompt::with_rest_of_paste(answer, true);
        // A line given back and then cleared: Enter keeps the principles, as the prompt
        // says. The words given back are the writer's, kept in the notes.
        if typed.trim().is_empty() && !current.is_empty() {
            if let Some(refused) = retry.filter(|r| !r.trim().is_empty()) {
                if !draft.notes.trim().is_empty() {
                    draft.notes.push_str("\n\n");
                }
                draft.notes.push_str(refused.trim());
                let names: Vec<&str> = (draft.principles.iter())
                    .map(|id| set.get(id).map_or(id.as_str(), |p| p.name.as_str()))
                    .collect();
                writeln!(
                    ui.err,
                    "Kept the principles ({}); the words typed there are in the story's notes.",
                    names.join(", ")
                )?;
            }
            return Ok(());
        }
        match prompt::resolve_principles(std::slice::from_ref(&typed), set) {
            Ok(ids) if !ids.is_empty() => {
                draft.principles = ids;
                return Ok(());
            }
            Ok(_) => writeln!(ui.err, "A story needs at least one principle.")?,
            Err(err) => ui.error(&err)?,
        }
        retry = Some(typed);
    }
}

/// One part: what belongs there, the text so far, the prompt, then the length so far.
fn ask_part(
    draft: &mut Story,
    part: Part,
    keep: &Keep,
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
    let with_part = |text: &str| {
        let mut kept = draft.clone();
        *kept.part_mut(part) = text.to_string();
        keep(&kept, "The editor failed while you wrote a part")
    };
    let text = prompt::ask_part(theme, ui, part, &current, &help, &with_part)?;
    *draft.part_mut(part) = text;
    writeln!(ui.err, "{}", length_line(draft))?;
    Ok(())
}

/// The whole story in the editor, as YAML; what comes back must load. An editor that
/// cannot start or fails goes back to the menu with the draft as it was; `false` when
/// the person chose to keep their text in the recovery file and stop.
fn edit_whole(
    library: &Library,
    draft: &mut Story,
    keep: &Keep,
    ui: &mut Ui,
) -> anyhow::Result<bool> {
    let yaml = story_yaml::template(
        draft,
        "# The whole story. Save and close the editor to go back to lp write.\n",
    );
    let file = match tempfile::Builder::new()
        .prefix("lp-story-")
        .suffix(".yaml")
        .tempfile()
        .context("could not create a file for the editor (is $TMPDIR a folder you can write?)")
        .and_then(|file| {
            fs::write(file.path(), &yaml).context("could not write the file for the editor")?;
            Ok(file)
        }) {
        Ok(file) => file,
        Err(error) => {
            ui.error(&error)?;
            writeln!(ui.err, "The answer is as it was; choose again.")?;
            return Ok(true);
        }
    };
    let keep_edited = |text: &str| -> anyhow::Result<recovery::Kept> {
        let (parsed, _) = story::parse(&draft.id, &draft.path, text, Some(&library.set));
        match parsed {
            Some(parsed) => keep(&parsed, "The story did not load after lp write's editor"),
            // Text that does not read as a story is kept as it was written.
            None => recovery::save(
                &library.location.root,
                &recovery::Kind::Write(draft.id.clone()),
                "The story did not load after lp write's editor",
                text,
            ),
        }
    };
    let editing = Editing {
        file: file.path(),
        original: &yaml,
        shown: &draft.path,
        keep: &keep_edited,
        unsaved: &format!("{} was not changed", draft.path.display()),
    };
    match editor::edit_until_valid(library, &editing, ui) {
        Ok(editor::Edited::Story(edited)) => {
            let (parsed, _) = story::parse(&draft.id, &draft.path, &edited, Some(&library.set));
            let mut parsed = parsed.context("the edited story did not load")?;
            parsed.id = draft.id.clone();
            parsed.path = draft.path.clone();
            *draft = parsed;
            Ok(true)
        }
        Ok(_) => Ok(true),
        Err(error) if error.is::<crate::diagnostic::Reported>() => Ok(false),
        Err(error) if prompt::is_interrupt(&error) => Err(error),
        Err(error) => {
            ui.error(&error)?;
            writeln!(ui.err, "The answer is as it was; choose again.")?;
            Ok(true)
        }
    }
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
) -> anyhow::Result<Option<Step>> {
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
    match fs::read(path) {
        Ok(now) if now == original => {}
        Ok(_) => bail!(crate::diagnostic::hinted(
            format!(
                "{} changed while you were writing, so it was left as it is",
                draft.path.display()
            ),
            "compare it with your version (kept below) and copy what you need into it"
        )),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => bail!(crate::diagnostic::hinted(
            format!(
                "{} was removed or renamed while you were writing, so nothing was written",
                draft.path.display()
            ),
            "your version is kept below; `lp add --resume` can add it as a new story"
        )),
        Err(err) => {
            return Err(anyhow::Error::new(err)
                .context(format!("could not read {} again", draft.path.display())));
        }
    }
    atomic::refuse_read_only(
        path,
        &draft.path,
        &format!("lp write {}", crate::shell::quote(&draft.id)),
    )?;
    // The file's comments are not part of the story; keep them where they can be found.
    let original_text = String::from_utf8_lossy(original);
    let comments = original_text
        .lines()
        .any(|l| l.trim_start().starts_with('#') && !text.contains(l));
    if comments {
        let kept = recovery::backup(&library.location.root, &draft.id, &original_text)?;
        writeln!(
            ui.err,
            "The file had comments, which lp does not keep; the file as it was is in {}",
            kept.display()
        )?;
    }
    atomic::replace(path, text.as_bytes())?;
    // From here the story is saved: whatever happens next, lp says so.
    prompt::clear_pending();
    let mut id = draft.id.clone();
    let mut interrupted = false;
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
        } else {
            let asked = Confirm::with_theme(theme)
                .with_prompt(format!(
                    "The title changed. Rename the file to {} too?",
                    shown.display()
                ))
                .default(true)
                .interact();
            match asked {
                Ok(true) => match atomic::rename_new(path, &new_path) {
                    Ok(()) => id = slug,
                    Err(err) => writeln!(
                        ui.err,
                        "The file keeps its name: {}",
                        format!("{err:#}").lines().next().unwrap_or_default()
                    )?,
                },
                Ok(false) => {}
                Err(error) => {
                    let error = anyhow::Error::new(error);
                    if !prompt::is_interrupt(&error) {
                        return Err(error);
                    }
                    prompt::show_cursor(ui)?;
                    writeln!(ui.err, "\nInterrupted: the file keeps its name.")?;
                    interrupted = true;
                }
            }
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
    super::placed_as_written(&mut saved, &text, library);
    // The library as it is now: the story under its new id, not beside its old one.
    let others: Vec<Story> = library
        .stories
        .iter()
        .filter(|s| s.id != draft.id)
        .cloned()
        .collect();
    let findings = lint::check_in(&others, &saved);
    ui.diagnostics(&findings)?;
    Ok(Some(if interrupted {
        Step::SavedThenInterrupted(id)
    } else {
        Step::Saved(id)
    }))
}

/// The story a recovery file holds, and the id of the story it was for: `ID` when
/// given, else the one the file records. Without FILE (`file` empty), the newest
/// recovery file of `lp write` or `lp edit` for the story. Only a file in the library's
/// `.lp/recovered/` (or the fallback folder) is taken: never a story file.
pub fn read_recovered(
    library: &Library,
    file: &std::path::Path,
    id: Option<&str>,
    ui: &mut Ui,
) -> anyhow::Result<Resumed> {
    let root = &library.location.root;
    let mut id = id
        .map(|id| library.find(id).map(|s| s.id.clone()))
        .transpose()?;
    let mut file = file.to_path_buf();
    // `lp write --resume ID`: the id where the file would be.
    if id.is_none()
        && !file.as_os_str().is_empty()
        && file.symlink_metadata().is_err()
        && let Some(story) = library.story(&file.to_string_lossy())
    {
        id = Some(story.id.clone());
        file = PathBuf::new();
    }
    let (path, shown) = if file.as_os_str().is_empty() {
        let newest = recovery::waiting(root)
            .into_iter()
            .filter(|w| {
                w.kind
                    .as_ref()
                    .and_then(recovery::Kind::story)
                    .is_some_and(|s| {
                        id.as_deref().is_none_or(|id| id == s) && library.story(s).is_some()
                    })
            })
            .max_by_key(|w| w.modified);
        let Some(newest) = newest else {
            let whose = id.as_deref().map_or_else(
                || "no story".to_string(),
                |id| {
                    library
                        .display(&format!("stories/{id}.yaml"))
                        .display()
                        .to_string()
                },
            );
            bail!(crate::diagnostic::hinted(
                format!("no recovery file of lp write or lp edit is waiting for {whose}"),
                "`lp check` lists the recovery files waiting; `lp add --resume` takes up a new story's"
            ));
        };
        (
            newest.path,
            library.display(&newest.shown.to_string_lossy()),
        )
    } else {
        (recovery::check_resumable(root, &file)?, file.clone())
    };
    let text = recovery::read(&path, &shown)?;
    let recorded = recovery::kind_of(&text);
    let id = match (id, recorded.as_ref().and_then(recovery::Kind::story)) {
        (Some(id), _) => id,
        (None, Some(story)) => library.find(story)?.id.clone(),
        (None, None) => bail!(crate::diagnostic::hinted(
            format!("{} does not say which story it was for", shown.display()),
            format!(
                "name the story: `lp write ID --resume {}`, or add it as a new one with `lp add --resume {}`",
                crate::shell::quote(&shown.to_string_lossy()),
                crate::shell::quote(&shown.to_string_lossy())
            )
        )),
    };
    let (story, problems) = story::parse(&id, &shown, &text, Some(&library.set));
    let Some(mut story) = story.filter(|_| !problems.iter().any(|d| d.is_error())) else {
        ui.diagnostics(&problems)?;
        bail!(crate::diagnostic::hinted(
            format!("{} does not hold a story lp can read", shown.display()),
            "fix what is reported above in the file, then run this again"
        ));
    };
    let target = library.find(&id)?;
    story.id = target.id.clone();
    story.path = target.path.clone();
    writeln!(
        ui.err,
        "Resuming {} from {}",
        target.path.display(),
        shown.display()
    )?;
    let next = recovery::next_of(&text).map_or(0, step_of);
    Ok(Resumed {
        id,
        story,
        next,
        path,
        shown,
    })
}
