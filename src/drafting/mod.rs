//! One drafting workflow for `lp add`, `lp write` and `lp edit`: asking for each part,
//! the story shown with what `lp check` would say of it, the choice of what to do with
//! it, and saving it, or keeping what was typed in a recovery file of its kind.
//!
//! A `Session` is one story being drafted: its library, the kind of recovery file that
//! keeps its words (`recovery::Kind`: a new story, or a story being written or edited,
//! never a name built at the call site), and the recovery file being taken up, which
//! the next one replaces. `show` and `choose` are the screen and the menu every
//! command shows before it saves.

pub mod add;
pub mod import_review;
pub mod write;

use std::path::{Path, PathBuf};

use dialoguer::Select;
use dialoguer::theme::Theme;

use crate::diagnostic::Diagnostic;
use crate::library::Library;
use crate::model::{Status, Story, TARGET_SECONDS, format_duration};
use crate::recovery::{self, Kept, Kind};
use crate::render::text;
use crate::ui::Ui;
use crate::{lint, story_yaml};

/// One story being drafted.
pub struct Session<'a> {
    pub library: &'a Library,
    pub kind: Kind,
    /// The recovery file being taken up: replaced by the next one, never added to.
    pub resumed: Option<PathBuf>,
}

impl<'a> Session<'a> {
    pub fn new(library: &'a Library, kind: Kind, resumed: Option<&Path>) -> Session<'a> {
        // A signal keeps the text where Ctrl-C would: in the file taken up.
        crate::prompt::taking_up(resumed);
        Session {
            library,
            kind,
            resumed: resumed.map(Path::to_path_buf),
        }
    }

    /// Keeps `body` in the session's recovery file, `why` in its header.
    pub fn keep_text(&self, body: &str, why: &str) -> anyhow::Result<Kept> {
        let root = &self.library.location.root;
        recovery::save_over(root, self.resumed.as_deref(), &self.kind, why, body)
    }

    /// Keeps a draft in the session's recovery file.
    pub fn keep(&self, story: &Story, why: &str) -> anyhow::Result<Kept> {
        self.keep_text(&story_yaml::to_yaml(story), why)
    }

    /// The story as it would be saved, with the findings `lp check` would give it
    /// against the whole library, and its spoken length. Returns the findings.
    pub fn show(&self, story: &Story, ui: &mut Ui) -> anyhow::Result<Vec<Diagnostic>> {
        let findings = lint::check_in(&self.library.stories, story);
        let shown: Vec<&Diagnostic> = findings.iter().collect();
        let style = ui.style_err();
        writeln!(
            ui.err,
            "\n{}",
            text::show(&self.library.set, story, &shown, style)
        )?;
        writeln!(ui.err, "{}", length_line(story))?;
        Ok(findings)
    }
}

/// "Spoken so far: about 1:10 of the 2:00 target (163 words)."
pub fn length_line(story: &Story) -> String {
    format!(
        "Spoken so far: about {} of the {} target ({}).",
        format_duration(story.spoken_seconds()),
        format_duration(TARGET_SECONDS),
        crate::english::plural(story.spoken_words(), "word", "words")
    )
}

/// What a person can do with a draft, once it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Save,
    /// Save it marked ready: offered only when nothing blocks it.
    SaveReady,
    /// Change one part, then come back.
    Change,
    /// Edit the whole file in the editor.
    EditWhole,
    /// Leave it unsaved, what was typed kept in the recovery file.
    Quit,
}

impl Choice {
    fn label(self) -> &'static str {
        match self {
            Choice::Save => "Save it",
            Choice::SaveReady => "Save it and mark it ready (nothing blocks it)",
            Choice::Change => "Change one part",
            Choice::EditWhole => "Edit the whole file in the editor",
            Choice::Quit => "Do not save (what you typed is kept in a recovery file)",
        }
    }
}

/// Asks what to do with `story` (`what` names it: "story", "answer"): `offered`, with
/// `SaveReady` after `Save` when nothing blocks it as a ready answer. Choosing
/// `SaveReady` marks the story ready.
pub fn choose(
    theme: &dyn Theme,
    what: &str,
    story: &mut Story,
    offered: &[Choice],
) -> anyhow::Result<Choice> {
    let mut items: Vec<Choice> = Vec::new();
    for &choice in offered {
        items.push(choice);
        if choice == Choice::Save && lint::can_be_ready(story) {
            items.push(Choice::SaveReady);
        }
    }
    let labels: Vec<&str> = items.iter().map(|c| c.label()).collect();
    let picked = Select::with_theme(theme)
        .with_prompt(format!("Choose what to do with this {what}"))
        .items(&labels)
        .default(0)
        .interact()?;
    if items[picked] == Choice::SaveReady {
        story.status = Status::Ready;
    }
    Ok(items[picked])
}

/// Gives a story just saved the places of its keys in `text`, the file as written, so
/// that its findings name the lines `lp check` names.
fn placed_as_written(story: &mut Story, text: &str, library: &Library) {
    if let (Some(read), _) = crate::story::parse(&story.id, &story.path, text, Some(&library.set)) {
        story.places = read.places;
    }
}

/// The prompt a line was being typed at when the session ended: where that line goes
/// in the story kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    Title,
    Principles,
    Part(crate::model::Part),
    Tags,
    When,
}

/// `story` with `line`, typed at `at` but not entered, where it belongs: a part takes
/// it after what it holds; an empty title, the tags and the date take it as their
/// value; anything else (principles not yet checked, a title typed over another)
/// joins the notes, so that none of it is lost.
pub fn with_unentered(story: &Story, at: Asking, line: &str) -> Story {
    let mut story = story.clone();
    let line = line.trim();
    if line.is_empty() {
        return story;
    }
    let to_notes = |story: &mut Story| {
        if !story.notes.trim().is_empty() {
            story.notes = format!("{}\n\n", story.notes.trim_end());
        }
        story.notes.push_str(line);
    };
    match at {
        Asking::Part(part) => {
            let current = story.part(part).trim_end().to_string();
            *story.part_mut(part) = if current.trim().is_empty() {
                format!("{line}\n")
            } else {
                format!("{current}\n\n{line}\n")
            };
        }
        Asking::Title if story.title.trim().is_empty() => story.title = line.to_string(),
        Asking::Tags => {
            story.tags = line
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
        }
        Asking::When => story.when = line.to_string(),
        Asking::Title | Asking::Principles => to_notes(&mut story),
    }
    story
}

/// Before a prompt: a signal that ends the session while a line is typed there keeps
/// `story` with that line (`body` makes the recovery file's text of a story); with
/// no line, it keeps `kept_now`, if anything (the story so far when it has words).
pub fn keep_if_ended(
    session: &Session,
    story: &Story,
    at: Asking,
    kept_now: Option<String>,
    body: impl Fn(&Story) -> String + Send + 'static,
    unsaved: String,
) {
    let story = story.clone();
    crate::prompt::set_pending_typing(
        &session.library.location.root,
        session.kind.clone(),
        kept_now.unwrap_or_default(),
        Box::new(move |line| body(&with_unentered(&story, at, line))),
        unsaved,
    );
}

/// After a prompt failed: when Ctrl-C interrupted it, the line typed but not entered
/// joins `story`, to be kept with the rest.
pub fn take_unentered(story: &mut Story, at: Asking, error: &anyhow::Error) {
    if crate::prompt::is_interrupt(error)
        && let Some(line) = crate::prompt::take_unentered()
    {
        *story = with_unentered(story, at, &line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Part;

    #[test]
    fn a_line_not_entered_goes_where_it_was_typed_and_replaces_nothing() {
        let mut story = Story {
            title: "Kept title".to_string(),
            notes: "A note.".to_string(),
            ..Story::default()
        };
        *story.part_mut(Part::Task) = "Entered before.\n".to_string();
        let line = "  typed, not entered  ";
        let at = |at| with_unentered(&story, at, line);
        assert_eq!(
            at(Asking::Part(Part::Situation)).part(Part::Situation),
            "typed, not entered\n"
        );
        assert_eq!(
            at(Asking::Part(Part::Task)).part(Part::Task),
            "Entered before.\n\ntyped, not entered\n"
        );
        // A title typed over the one there, and principles not yet checked, join
        // the notes: the title stays.
        let retitled = at(Asking::Title);
        assert_eq!(retitled.title, "Kept title");
        assert_eq!(retitled.notes, "A note.\n\ntyped, not entered");
        assert_eq!(
            at(Asking::Principles).notes,
            "A note.\n\ntyped, not entered"
        );
        let untitled = Story::default();
        assert_eq!(
            with_unentered(&untitled, Asking::Title, line).title,
            "typed, not entered"
        );
        assert_eq!(
            with_unentered(&untitled, Asking::Principles, line).notes,
            "typed, not entered"
        );
        assert_eq!(
            with_unentered(&story, Asking::Tags, "ci, , deploy").tags,
            ["ci", "deploy"]
        );
        assert_eq!(with_unentered(&story, Asking::When, " 2023 ").when, "2023");
        // Nothing typed changes nothing.
        assert_eq!(
            story_yaml::to_yaml(&with_unentered(&story, Asking::Title, "  ")),
            story_yaml::to_yaml(&story)
        );
    }
}
