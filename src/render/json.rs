//! The documents `--json` prints, as typed structs: each command's shape is written
//! down once here, and docs/JSON.md documents it (a test holds the two together).

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::import::{Draft, Duplicate, ImportPlan, Skipped};
use crate::model::{FIELDS, Field, FieldKind, Followup, Part, Principle, Status, Story};

/// The version of every `--json` document; raised when a field changes meaning or goes.
pub const JSON_VERSION: u32 = 2;

/// A document with its version beside its own keys.
#[derive(Debug, Serialize)]
pub struct Versioned<T: Serialize> {
    pub version: u32,
    #[serde(flatten)]
    pub body: T,
}

/// `body`, with the version every document carries.
pub fn versioned<T: Serialize>(body: T) -> Versioned<T> {
    Versioned {
        version: JSON_VERSION,
        body,
    }
}

/// The text of a `--json` document: `body` with its version, pretty, keys in
/// alphabetical order whatever order a struct declares them, and a trailing newline.
pub fn document<T: Serialize>(body: T) -> serde_json::Result<String> {
    let value = serde_json::to_value(versioned(body))?;
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

/// A story's fields, every one of `FIELDS` under its key (text as text, empty ones as
/// "", lists as lists), written from the one table of fields; the notes only where they
/// are asked for.
#[derive(Debug)]
pub struct Fields<'a> {
    fields: &'a [Field],
    story: &'a Story,
    include_notes: bool,
}

impl Serialize for Fields<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let story = self.story;
        let mut map = serializer.serialize_map(None)?;
        for field in self.fields {
            match field.kind {
                _ if field.private && !self.include_notes => {}
                FieldKind::Text { get, .. } => map.serialize_entry(field.key, get(story))?,
                FieldKind::Part(part) => map.serialize_entry(field.key, story.part(part))?,
                FieldKind::List { get, .. } => map.serialize_entry(field.key, get(story))?,
                FieldKind::Principles => map.serialize_entry(field.key, &story.principles)?,
                FieldKind::Rules => map.serialize_entry(field.key, &story.allow)?,
                FieldKind::Status => map.serialize_entry(field.key, &story.status)?,
                FieldKind::Followups => map.serialize_entry(field.key, &story.followups)?,
            }
        }
        map.end()
    }
}

/// A draft's parts as `situation`, `task`, … `learned`, every one (empty ones as ""),
/// written from the one table of parts.
#[derive(Debug)]
pub struct Parts<'a>(pub &'a Story);

impl Serialize for Parts<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(Some(Part::ALL.len()))?;
        for part in Part::ALL {
            map.serialize_entry(part.key(), self.0.part(part))?;
        }
        map.end()
    }
}

/// A story as `show` and `export` give it: every field, its spoken length, and its
/// notes only where they are asked for.
#[derive(Debug, Serialize)]
pub struct StoryDoc<'a> {
    pub id: &'a str,
    pub path: &'a Path,
    #[serde(flatten)]
    pub fields: Fields<'a>,
    /// Whether the story has an answer (text in a STAR part).
    pub written: bool,
    pub words: usize,
    pub seconds: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<&'a Diagnostic>>,
}

impl<'a> StoryDoc<'a> {
    pub fn new(story: &'a Story, include_notes: bool) -> StoryDoc<'a> {
        StoryDoc::with_fields(&FIELDS, story, include_notes)
    }

    /// As `new`, with the keys of `fields` (a copy of `FIELDS` in a test).
    pub fn with_fields(fields: &'a [Field], story: &'a Story, include_notes: bool) -> StoryDoc<'a> {
        StoryDoc {
            id: &story.id,
            path: &story.path,
            fields: Fields {
                fields,
                story,
                include_notes,
            },
            written: story.is_written(),
            words: story.spoken_words(),
            seconds: story.spoken_seconds(),
            findings: None,
        }
    }
}

/// `lp show --json`.
#[derive(Debug, Serialize)]
pub struct Show<'a> {
    pub story: StoryDoc<'a>,
    /// Where it was told (`lp told`); absent when never.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub told: Vec<String>,
}

/// One line of `lp list --json`.
#[derive(Debug, Serialize)]
pub struct ListedStory<'a> {
    pub id: &'a str,
    pub path: &'a Path,
    pub title: &'a str,
    pub principles: &'a [String],
    pub status: Status,
    pub written: bool,
    pub words: usize,
    pub seconds: usize,
    /// Where it was told (`lp told`): "Acme (onsite 2, 2026-12-07)"; absent when never.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub told: Vec<String>,
}

impl<'a> From<&'a Story> for ListedStory<'a> {
    fn from(s: &'a Story) -> ListedStory<'a> {
        ListedStory {
            id: &s.id,
            path: &s.path,
            title: &s.title,
            principles: &s.principles,
            status: s.status,
            written: s.is_written(),
            words: s.spoken_words(),
            seconds: s.spoken_seconds(),
            told: Vec::new(),
        }
    }
}

/// `lp list --json`.
#[derive(Debug, Serialize)]
pub struct List<'a> {
    pub stories: Vec<ListedStory<'a>>,
}

/// `lp export --format json`.
#[derive(Debug, Serialize)]
pub struct Export<'a> {
    pub set: &'a str,
    pub principles: Vec<&'a Principle>,
    /// The written stories, in full.
    pub stories: Vec<StoryDoc<'a>>,
    /// The unwritten ones, named.
    pub to_write: Vec<ToWrite<'a>>,
}

/// An unwritten story in `lp export --json`.
#[derive(Debug, Serialize)]
pub struct ToWrite<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub principles: &'a [String],
}

impl<'a> From<&'a Story> for ToWrite<'a> {
    fn from(s: &'a Story) -> ToWrite<'a> {
        ToWrite {
            id: &s.id,
            title: &s.title,
            principles: &s.principles,
        }
    }
}

/// `lp principles --json`.
#[derive(Debug, Serialize)]
pub struct Principles<'a> {
    pub set: &'a str,
    pub builtin: bool,
    pub principles: &'a [Principle],
}

/// `lp check --json`.
#[derive(Debug, Serialize)]
pub struct Check<'a> {
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: &'a [Diagnostic],
}

/// One draft of `lp import --json`.
#[derive(Debug, Serialize)]
pub struct ImportedDraft<'a> {
    pub title: &'a str,
    pub principles: &'a [String],
    pub questions: &'a [String],
    #[serde(flatten)]
    pub answer: Parts<'a>,
    pub followups: &'a [Followup],
    pub notes: &'a str,
    pub lines: (usize, usize),
    pub parts: Vec<&'static str>,
    /// Its principle was guessed (from its words, or the file's name): the notes name
    /// none.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub guessed: bool,
    /// The file it was written to, with `--write`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<&'a PathBuf>,
}

impl<'a> ImportedDraft<'a> {
    pub fn new(draft: &'a Draft, file: Option<&'a PathBuf>) -> ImportedDraft<'a> {
        let s = &draft.story;
        ImportedDraft {
            title: &s.title,
            principles: &s.principles,
            questions: &s.questions,
            answer: Parts(s),
            followups: &s.followups,
            notes: &s.notes,
            lines: draft.lines,
            parts: draft.parts(),
            guessed: draft.guessed,
            file,
        }
    }
}

/// `lp import --json`.
#[derive(Debug, Serialize)]
pub struct Import<'a> {
    pub source: &'a str,
    pub set: &'a str,
    pub written: bool,
    pub drafts: Vec<ImportedDraft<'a>>,
    pub skipped: &'a [Skipped],
    pub ignored: &'a [Skipped],
    pub duplicates: &'a [Duplicate],
    pub warnings: &'a [String],
    pub questions: &'a [crate::import::OwnQuestion],
}

impl<'a> Import<'a> {
    pub fn new(
        source: &'a str,
        set: &'a str,
        plan: &'a ImportPlan,
        written: Option<&'a [Option<PathBuf>]>,
    ) -> Import<'a> {
        Import {
            source,
            set,
            written: written.is_some(),
            drafts: plan
                .drafts
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    ImportedDraft::new(d, written.and_then(|w| w.get(i)).and_then(Option::as_ref))
                })
                .collect(),
            skipped: &plan.skipped,
            ignored: &plan.ignored,
            duplicates: &plan.duplicates,
            warnings: &plan.warnings,
            questions: &plan.questions,
        }
    }
}
