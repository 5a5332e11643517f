//! The conversation of `lp add`: asking for what the flags did not give, the story
//! shown with its checks, the choice of what to do with it, and adding it or keeping
//! what was typed in a recovery file; and taking up such a file again.

use std::path::Path;

use anyhow::{Context, bail};
use dialoguer::theme::Theme;
use dialoguer::{MultiSelect, Select};

use super::{Asking, Choice, Session, choose};
use crate::coverage::{self, Standing};
use crate::editor::{self, Editing};
use crate::library::Library;
use crate::model::{Part, Status, Story, format_duration};
use crate::render::layout::wrap;
use crate::ui::{Outcome, Ui};
use crate::{atomic, prompt, recovery, story, story_yaml};

/// Keeps a new story's text in a recovery file: the one being taken up (`resumed`)
/// is replaced, never added to.
fn keep(
    library: &Library,
    resumed: Option<&Path>,
    story: &Story,
    why: &str,
) -> anyhow::Result<recovery::Kept> {
    Session::new(library, recovery::Kind::Add, resumed).keep(story, why)
}

fn keep_text(
    library: &Library,
    resumed: Option<&Path>,
    body: &str,
    why: &str,
) -> anyhow::Result<recovery::Kept> {
    Session::new(library, recovery::Kind::Add, resumed).keep_text(body, why)
}

/// After Ctrl-C: no story file; any STAR text typed is kept in a recovery file.
pub fn interrupted(
    library: &Library,
    resumed: Option<&Path>,
    story: &Story,
    ui: &mut Ui,
) -> anyhow::Result<Outcome> {
    prompt::clear_pending();
    prompt::show_cursor(ui)?;
    if has_words(story) {
        let kept = keep(library, resumed, story, "lp add was interrupted")?;
        writeln!(
            ui.err,
            "\nInterrupted: no story was written. What you typed is in {kept}"
        )?;
    } else {
        writeln!(ui.err, "\nInterrupted: no story was written.")?;
    }
    Ok(Outcome::Interrupted)
}

fn has_words(story: &Story) -> bool {
    story.written_parts().next().is_some()
}

/// The story as it will be saved, with its findings and spoken length, then: save it,
/// change one field first, or keep it in a recovery file. Returns whether it was saved.
pub fn review(
    yes: bool,
    library: &Library,
    resumed: Option<&Path>,
    mut story: Story,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<(Outcome, bool)> {
    let story = &mut story;
    let session = Session::new(library, recovery::Kind::Add, resumed);
    let confirmed = loop {
        let mut preview = story.clone();
        preview.id = story_yaml::slug(&story.title);
        preview.path = library.display(&format!("stories/{}.yaml", story_yaml::slug(&story.title)));
        session.show(&preview, ui)?;
        if yes {
            break true;
        }
        let offered = [Choice::Save, Choice::Change, Choice::Quit];
        let answer = choose(theme, "story", story, &offered).and_then(|choice| match choice {
            Choice::Change => {
                let labels: Vec<&str> = Field::ALL.iter().map(|f| f.label()).collect();
                let which = Select::with_theme(theme)
                    .with_prompt("Choose the part to change")
                    .items(&labels)
                    .default(0)
                    .interact()?;
                ask_field(Field::ALL[which], library, resumed, story, theme, ui)?;
                Ok(None)
            }
            Choice::Save | Choice::SaveReady => Ok(Some(true)),
            Choice::EditWhole | Choice::Quit => Ok(Some(false)),
        });
        match answer {
            Ok(Some(answer)) => break answer,
            Ok(None) => continue,
            Err(error) => {
                return if prompt::is_interrupt(&error) {
                    interrupted(library, resumed, story, ui).map(|o| (o, false))
                } else {
                    Err(error)
                };
            }
        }
    };
    prompt::clear_pending();
    if !confirmed {
        let kept = keep(library, resumed, story, "Not saved by lp add")?;
        writeln!(ui.err, "Not saved. What you typed is in {kept}")?;
        return Ok((Outcome::Done, false));
    }
    save(library, resumed, story, ui).map(|o| (o, true))
}

/// `lp add --resume [FILE]`: a story kept in a recovery file, reviewed and added.
/// Only a file in `.lp/recovered/` is taken (never a story file), and only one kept
/// for a new story: text for a story that exists goes back with `lp write ID --resume`.
pub fn resume(yes: bool, library: &Library, file: &Path, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let root = &library.location.root;
    let (path, shown) = if file.as_os_str().is_empty() {
        let newest = recovery::waiting(root)
            .into_iter()
            .filter(|w| w.kind == Some(recovery::Kind::Add))
            .max_by_key(|w| w.modified);
        let Some(newest) = newest else {
            bail!(crate::diagnostic::hinted(
                format!(
                    "no recovery file of lp add is waiting in {}",
                    library.display(recovery::FOLDER).display()
                ),
                "`lp check` lists the recovery files waiting, each with the command that takes it up"
            ));
        };
        (
            newest.path,
            library.display(&newest.shown.to_string_lossy()),
        )
    } else {
        (recovery::check_resumable(root, file)?, file.to_path_buf())
    };
    let text = recovery::read(&path, &shown)?;
    if let Some(kind @ (recovery::Kind::Write(_) | recovery::Kind::Edit(_))) =
        recovery::kind_of(&text)
    {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} holds a new version of a story, not a new story",
                shown.display()
            ),
            format!("`{}` goes on from it", kind.resume_command(&shown))
        ));
    }
    let (story, problems) = story::parse("resumed", &shown, &text, Some(&library.set));
    let Some(story) = story.filter(|_| !problems.iter().any(|d| d.is_error())) else {
        ui.diagnostics(&problems)?;
        bail!(crate::diagnostic::hinted(
            format!("{} does not hold a story lp can add", shown.display()),
            format!(
                "fix what is reported above in the file, then run `lp add --resume {}` again",
                crate::shell::quote(&shown.to_string_lossy())
            )
        ));
    };
    writeln!(ui.err, "Resuming the story kept in {}", shown.display())?;
    let saved = if prompt::terminal() && !yes {
        prompt::install_interrupt_handler();
        let theme = prompt::theme(ui);
        // The parts still empty are asked first, in turn; then the review.
        let mut story = story;
        for part in [Part::Situation, Part::Task, Part::Action, Part::Result] {
            if !story.part(part).trim().is_empty() {
                continue;
            }
            let asked = ask_field(
                Field::Part(part),
                library,
                Some(&path),
                &mut story,
                theme.as_ref(),
                ui,
            );
            if let Err(error) = asked {
                return if prompt::is_interrupt(&error) {
                    interrupted(library, Some(&path), &story, ui)
                } else {
                    Err(error)
                };
            }
        }
        review(false, library, Some(&path), story, theme.as_ref(), ui)?
    } else {
        (save(library, Some(&path), &story, ui)?, true)
    };
    if saved.1 {
        ui.out.flush()?;
        recovery::remove(&path).with_context(|| {
            format!(
                "the story was added, but {} could not be removed",
                shown.display()
            )
        })?;
        writeln!(
            ui.err,
            "Removed {}: the story is in stories/ now.",
            shown.display()
        )?;
    }
    Ok(saved.0)
}

/// Prompts for everything the flags did not give.
pub fn ask(
    given: &dyn Fn(Field) -> bool,
    library: &Library,
    story: &mut Story,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    for field in Field::ALL {
        let given = match field {
            Field::Title => !story.title.trim().is_empty(),
            Field::Principles => !story.principles.is_empty(),
            other => given(other),
        };
        if !given {
            ask_field(field, library, None, story, theme, ui)?;
            if has_words(story) {
                prompt::set_pending(
                    &library.location.root,
                    recovery::Kind::Add,
                    story_yaml::to_yaml(story),
                    "no story was written".to_string(),
                );
            }
        }
    }
    Ok(())
}

/// What the prompts ask for, in order; each can be asked again from the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Principles,
    Part(Part),
    Tags,
    When,
    Status,
}

impl Field {
    const ALL: [Field; 10] = [
        Field::Title,
        Field::Principles,
        Field::Part(Part::Situation),
        Field::Part(Part::Task),
        Field::Part(Part::Action),
        Field::Part(Part::Result),
        Field::Part(Part::Learned),
        Field::Tags,
        Field::When,
        Field::Status,
    ];

    fn label(self) -> &'static str {
        match self {
            Field::Title => "Title",
            Field::Principles => "Principles",
            Field::Part(part) => part.label(),
            Field::Tags => "Tags",
            Field::When => "When",
            Field::Status => "Status",
        }
    }
}

/// Asks for one field; a part already written is the default. A line typed but not
/// entered when Ctrl-C or a signal ends the session is kept with the story.
fn ask_field(
    field: Field,
    library: &Library,
    resumed: Option<&Path>,
    story: &mut Story,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let at = match field {
        Field::Title => Some(Asking::Title),
        Field::Part(part) => Some(Asking::Part(part)),
        Field::Tags => Some(Asking::Tags),
        Field::When => Some(Asking::When),
        // Chosen from lists: nothing is typed there.
        Field::Principles | Field::Status => None,
    };
    if let Some(at) = at {
        let session = Session::new(library, recovery::Kind::Add, resumed);
        super::keep_if_ended(
            &session,
            story,
            at,
            has_words(story).then(|| story_yaml::to_yaml(story)),
            // As Ctrl-C keeps it: only a story with some of its STAR written.
            |story| {
                if has_words(story) {
                    story_yaml::to_yaml(story)
                } else {
                    String::new()
                }
            },
            "no story was written".to_string(),
        );
    }
    let asked = ask_one(field, library, resumed, story, theme, ui);
    if let (Some(at), Err(error)) = (at, &asked) {
        super::take_unentered(story, at, error);
    }
    asked
}

/// Asks for one field, as [`ask_field`] does, without keeping a line not entered.
fn ask_one(
    field: Field,
    library: &Library,
    resumed: Option<&Path>,
    story: &mut Story,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    match field {
        Field::Title => story.title = prompt::ask_title(theme, ui, &story.title)?,
        Field::Principles => story.principles = ask_principles(library, theme, ui)?,
        Field::Part(part) => {
            // What belongs in the part, as lp write says it; the length after.
            let style = ui.style_err();
            writeln!(
                ui.err,
                "\n{} {}",
                style.bold(&format!("{}:", part.label())),
                crate::writing::guidance(part)
            )?;
            let current = story.part(part).to_string();
            let with_part = |text: &str| {
                let mut kept = story.clone();
                *kept.part_mut(part) = text.to_string();
                keep(
                    library,
                    resumed,
                    &kept,
                    "The editor failed while you wrote a part",
                )
            };
            let text = prompt::ask_part(
                theme,
                ui,
                part,
                &current,
                crate::writing::guidance(part),
                &with_part,
            )?;
            *story.part_mut(part) = text;
            writeln!(
                ui.err,
                "Spoken so far: about {} of the {} target ({}).",
                format_duration(story.spoken_seconds()),
                format_duration(crate::model::TARGET_SECONDS),
                crate::english::plural(story.spoken_words(), "word", "words")
            )?;
        }
        Field::Tags => {
            let tags = prompt::with_rest_of_paste(
                prompt::interact(
                    theme,
                    "Tags (comma-separated, Enter to skip)",
                    None,
                    &story.tags.join(", "),
                )
                .context("could not read the tags")?,
                true,
            );
            story.tags = tags
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
        }
        Field::When => {
            story.when = prompt::with_rest_of_paste(
                prompt::interact(
                    theme,
                    "When (such as 2023; Enter to skip)",
                    None,
                    &story.when,
                )
                .context("could not read when")?,
                true,
            )
            .trim()
            .to_string();
        }
        Field::Status => {
            let choice = Select::with_theme(theme)
                .with_prompt("Status")
                .items(["draft: still working on it", "ready: I can tell it"])
                .default(usize::from(story.status == Status::Ready))
                .interact()
                .context("could not read the status")?;
            story.status = if choice == 1 {
                Status::Ready
            } else {
                Status::Draft
            };
        }
    }
    Ok(())
}

/// A multi-select of the principles, gaps first and marked, with each one's story
/// count, so that the next story fills a hole; then the primary among those chosen.
fn ask_principles(
    library: &Library,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<Vec<String>> {
    let report = coverage::compute(
        &library.set,
        &library.stories,
        &[],
        coverage::DEFAULT_TARGET,
    );
    let mut rows: Vec<&coverage::Row> = report.rows.iter().collect();
    rows.sort_by_key(|r| match r.standing {
        Standing::Gap => 0,
        Standing::Thin => 1,
        Standing::Covered => 2,
    });
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            // Prompts write to the terminal themselves: names are made visible here.
            let name = crate::visible::visible(&r.name);
            match r.standing {
                Standing::Gap if r.to_write > 0 => {
                    format!("{name}  (gap: {} to write)", r.to_write)
                }
                Standing::Gap => format!("{name}  (gap: no story yet)"),
                _ => format!("{name}  ({} written)", r.stories),
            }
        })
        .collect();
    loop {
        let chosen = MultiSelect::with_theme(theme)
            .with_prompt("Principles (Space to choose, Enter when done)")
            .items(&items)
            .interact()
            .context("could not read the principles")?;
        if chosen.is_empty() {
            writeln!(
                ui.err,
                "A story needs at least one principle: Space marks the one under the cursor, Enter when done."
            )?;
            continue;
        }
        let ids: Vec<String> = chosen.iter().map(|&i| rows[i].id.clone()).collect();
        if ids.len() == 1 {
            return Ok(ids);
        }
        let names: Vec<String> = chosen
            .iter()
            .map(|&i| crate::visible::visible(&rows[i].name).into_owned())
            .collect();
        let primary = Select::with_theme(theme)
            .with_prompt("Choose the one the story is mainly about")
            .items(&names)
            .default(0)
            .interact()
            .context("could not read the primary principle")?;
        let mut ordered = vec![ids[primary].clone()];
        ordered.extend(ids.iter().filter(|id| **id != ids[primary]).cloned());
        return Ok(ordered);
    }
}

/// `lp add --editor`: a commented template, checked when the editor closes.
pub fn with_editor(library: &Library, story: Story, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let template = template(library, &story);
    let file = tempfile::Builder::new()
        .prefix("lp-new-story-")
        .suffix(".yaml")
        .tempfile()
        .context("could not create a file for the editor")?;
    std::fs::write(file.path(), &template).context("could not write the template")?;
    let shown = library.display("stories/(new story).yaml");
    let editing = Editing {
        file: file.path(),
        original: &template,
        shown: &shown,
        keep: &|text: &str| keep_text(library, None, text, "lp add could not save this"),
        unsaved: "the story was not added",
    };
    match editor::edit_until_valid(library, &editing, ui)? {
        editor::Edited::Unchanged | editor::Edited::Emptied | editor::Edited::Dropped => {
            writeln!(
                ui.err,
                "Cancelled: the template was left unchanged or empty, so nothing was written."
            )?;
            Ok(Outcome::Done)
        }
        editor::Edited::Story(edited) => {
            let (parsed, _) = story::parse("new", &shown, &edited, Some(&library.set));
            let parsed = parsed.expect("edit_until_valid returns a story that loads");
            write_new(library, None, &parsed, edited.as_bytes(), ui)
        }
    }
}

/// The file `lp add --editor` opens: what to do, the principles with no story yet,
/// then the story as far as the flags give it.
fn template(library: &Library, story: &Story) -> String {
    let report = coverage::compute(
        &library.set,
        &library.stories,
        &[],
        coverage::DEFAULT_TARGET,
    );
    let gaps: Vec<&str> = report.gaps().map(|r| r.id.as_str()).collect();
    let mut comments = String::from(
        "# Write your story, then save and close the editor. Lines starting with # are\n\
         # ignored. Leave the file unchanged, or empty, to cancel.\n\
         #\n\
         # principles: ids or names, the primary first, such as [ownership, dive-deep].\n",
    );
    if !gaps.is_empty() {
        comments.push_str(&wrap(&gaps.join(", "), 78, "# No story yet: ", "#   "));
    }
    story_yaml::template(story, &comments)
}

/// Checks and writes a story built from prompts or flags.
pub fn save(
    library: &Library,
    resumed: Option<&Path>,
    story: &Story,
    ui: &mut Ui,
) -> anyhow::Result<Outcome> {
    let text = story_yaml::to_yaml(story);
    let shown = library.display("stories/(new story).yaml");
    let (_, problems) = story::parse("new", &shown, &text, Some(&library.set));
    if problems.iter().any(|d| d.is_error()) {
        ui.diagnostics(&problems)?;
        let kept = keep(library, resumed, story, "This story did not check out")?;
        bail!("the story was not saved; what you typed is in {kept}");
    }
    write_new(library, resumed, story, text.as_bytes(), ui)
}

fn write_new(
    library: &Library,
    resumed: Option<&Path>,
    story: &Story,
    bytes: &[u8],
    ui: &mut Ui,
) -> anyhow::Result<Outcome> {
    let folder = library.location.stories_dir();
    let text = library.story_file(&String::from_utf8_lossy(bytes));
    let bytes = text.as_bytes();
    let path = atomic::create_free(&folder, &story_yaml::slug(&story.title), "yaml", bytes)
        .or_else(|err| {
            let kept = keep_text(
                library,
                resumed,
                &String::from_utf8_lossy(bytes),
                "lp add could not write the story",
            )?;
            Err(anyhow::anyhow!(crate::diagnostic::hinted(format!("{err:#}"), format!("the story was not added; it is kept in {}: make the folder writable, then run `{}`", kept.path.display(), kept.resume))))
        })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    writeln!(
        ui.out,
        "Added {}",
        library.display(&format!("stories/{name}")).display()
    )?;
    let mut added = story.clone();
    added.id = name.trim_end_matches(".yaml").to_string();
    added.path = library.display(&format!("stories/{name}"));
    super::placed_as_written(&mut added, &text, library);
    let findings = crate::lint::check_in(&library.stories, &added);
    let mut stories = library.stories.clone();
    stories.push(added);
    let report = coverage::compute(
        &library.set,
        &stories,
        &story.principles,
        coverage::DEFAULT_TARGET,
    );
    for id in &story.principles {
        if let Some(row) = report.rows.iter().find(|r| r.id == *id) {
            let standing = match row.standing {
                Standing::Gap => "gap",
                Standing::Thin => "thin",
                Standing::Covered => "covered",
            };
            // The story just added counts: written, or still to write.
            let to_write = if row.to_write > 0 {
                format!(", {} to write", row.to_write)
            } else {
                String::new()
            };
            writeln!(
                ui.out,
                "  {}: {} written{to_write} ({standing})",
                row.name, row.stories
            )?;
        }
    }
    ui.diagnostics(&findings)?;
    Ok(Outcome::Done)
}
