//! The plain data `lp` works on: principles and the stories that illustrate them.

use std::path::PathBuf;

use serde::Serialize;

use crate::diagnostic::Pos;

/// Words spoken per minute, used to estimate how long an answer takes to tell.
pub const WORDS_PER_MINUTE: usize = 140;
/// The length an answer should aim for, in seconds.
pub const TARGET_SECONDS: usize = 120;
/// An answer longer than this is too long to hold attention.
pub const MAX_SECONDS: usize = 180;
/// A ready answer shorter than this is too thin to convince.
pub const MIN_READY_SECONDS: usize = 45;
/// One answer cannot carry more principles than this.
pub const MAX_PRINCIPLES_PER_STORY: usize = 4;

/// A length in words a person says: `45 seconds`, `2 minutes`, `2:30`.
pub fn spoken_limit(seconds: usize) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} seconds"),
        (1, 0) => "1 minute".to_string(),
        (m, 0) => format!("{m} minutes"),
        _ => format_duration(seconds),
    }
}

/// One leadership principle of a set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Principle {
    /// Stable identifier, written into story files (`customer-obsession`).
    pub id: String,
    /// The principle's name as its set writes it (`Customer Obsession`).
    pub name: String,
    /// Other spellings people use in notes (`Customer First`).
    pub aliases: Vec<String>,
    /// One or two sentences on what the principle asks for, in lp's own words.
    pub summary: String,
    /// Typical interview questions for this principle.
    pub questions: Vec<String>,
    /// Words that suggest a story fits this principle.
    pub keywords: Vec<String>,
}

/// An ordered set of principles, such as Amazon's sixteen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleSet {
    /// The set's name (`Amazon Leadership Principles`).
    pub name: String,
    pub principles: Vec<Principle>,
    /// Every folded spelling (id, name, aliases) to the principle's index; built on first
    /// use, since every principle named in every story is looked up here.
    #[serde(skip)]
    pub spellings: std::sync::OnceLock<std::collections::HashMap<String, usize>>,
}

/// How far along a story is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Draft,
    Ready,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Ready => "ready",
        }
    }
}

/// A question an interviewer may ask after the story, with the prepared answer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Followup {
    pub question: String,
    pub answer: String,
}

/// One STAR story, as loaded from `stories/<id>.yaml`. Optional text is empty when absent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Story {
    /// The file stem: `stories/secret-propagation.yaml` has id `secret-propagation`.
    pub id: String,
    /// The file, as shown to the user.
    pub path: PathBuf,
    pub title: String,
    /// Principle ids, resolved from whatever spelling the file used; the first is primary.
    pub principles: Vec<String>,
    pub status: Status,
    pub when: String,
    pub context: String,
    pub tags: Vec<String>,
    pub questions: Vec<String>,
    /// The answer, a text for each part (`Part::index`): `story.part(Part::Result)`.
    pub parts: [String; Part::ALL.len()],
    pub followups: Vec<Followup>,
    /// Private working notes, never exported unless asked.
    pub notes: String,
    /// Check rules this story silences for itself (`allow: [we-not-i]`).
    pub allow: Vec<String>,
    /// Where each top-level key stands in the file, for diagnostics about it.
    pub places: Places,
    /// Set when the story is an outline (`Story::outline`): what its answer held.
    pub set_aside: Option<SetAside>,
}

/// What an outline keeps of the answer whose texts it let go: enough to say whether the
/// story is written, which parts are missing and how long it takes to tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetAside {
    /// Bit `part.index()` is set when the part has words.
    filled: u8,
    spoken_words: u32,
}

/// The parts of an answer as `Story::parts` keeps them, from the ones given; the
/// others empty.
pub fn parts<const N: usize>(given: [(Part, String); N]) -> [String; Part::ALL.len()] {
    let mut parts: [String; Part::ALL.len()] = Default::default();
    for (part, text) in given {
        parts[part.index()] = text;
    }
    parts
}

/// What a field of a story file holds, and where a `Story` keeps it.
#[derive(Clone, Copy)]
pub enum FieldKind {
    /// One text.
    Text {
        get: fn(&Story) -> &String,
        get_mut: fn(&mut Story) -> &mut String,
    },
    /// A list of texts.
    List {
        get: fn(&Story) -> &Vec<String>,
        get_mut: fn(&mut Story) -> &mut Vec<String>,
    },
    /// The principles, each resolved against the library's set (`Story::principles`).
    Principles,
    /// `draft` or `ready` (`Story::status`).
    Status,
    /// A part of the answer (`Story::part`).
    Part(Part),
    /// Follow-up questions with their answers (`Story::followups`).
    Followups,
    /// Names of `lp check` rules (`Story::allow`).
    Rules,
}

/// One key of a story file.
#[derive(Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub kind: FieldKind,
    /// What it is for, as an editor shows it (a part takes its own from its guidance,
    /// `writing::guidance`).
    pub about: &'static str,
    /// Whether a story file must have it.
    pub required: bool,
    /// Whether the text a person edits to write a new story (`lp add --editor`) has
    /// the key even while it is empty.
    pub in_template: bool,
    /// Private working text: in no export or JSON unless asked for.
    pub private: bool,
}

const fn text(
    key: &'static str,
    about: &'static str,
    get: fn(&Story) -> &String,
    get_mut: fn(&mut Story) -> &mut String,
) -> Field {
    Field {
        key,
        kind: FieldKind::Text { get, get_mut },
        about,
        required: false,
        in_template: false,
        private: false,
    }
}

const fn list(
    key: &'static str,
    about: &'static str,
    get: fn(&Story) -> &Vec<String>,
    get_mut: fn(&mut Story) -> &mut Vec<String>,
) -> Field {
    Field {
        key,
        kind: FieldKind::List { get, get_mut },
        about,
        required: false,
        in_template: false,
        private: false,
    }
}

const fn part(part: Part) -> Field {
    Field {
        key: part.key(),
        kind: FieldKind::Part(part),
        about: "",
        required: false,
        in_template: true,
        private: false,
    }
}

/// Every key a story file may have, in the order `lp` writes them: the one table the
/// reader (`story`), the writer and the template (`story_yaml`), the schema
/// (`schema`), the JSON form (`render::json`) and the checks (`lint`) are built from.
pub const FIELDS: [Field; 15] = [
    Field {
        required: true,
        in_template: true,
        ..text(
            "title",
            "What the story is about, in a line: the first thing lp shows of it.",
            |s| &s.title,
            |s| &mut s.title,
        )
    },
    Field {
        key: "principles",
        kind: FieldKind::Principles,
        // `{set}` stands for the set's name.
        about: "The principles of {set} the story illustrates, by id, name or alias; the first is the primary one.",
        required: true,
        in_template: true,
        private: false,
    },
    Field {
        key: "status",
        kind: FieldKind::Status,
        about: "draft while you work on it (the default), ready when you can tell it.",
        required: false,
        in_template: true,
        private: false,
    },
    text(
        "when",
        "When it happened, as free text (2022, spring 2023).",
        |s| &s.when,
        |s| &mut s.when,
    ),
    text(
        "context",
        "Where, in what role.",
        |s| &s.context,
        |s| &mut s.context,
    ),
    list(
        "tags",
        "Words to find the story by.",
        |s| &s.tags,
        |s| &mut s.tags,
    ),
    list(
        "questions",
        "Interview questions this story answers.",
        |s| &s.questions,
        |s| &mut s.questions,
    ),
    part(Part::Situation),
    part(Part::Task),
    part(Part::Action),
    part(Part::Result),
    part(Part::Learned),
    Field {
        key: "followups",
        kind: FieldKind::Followups,
        about: "Follow-up questions an interviewer may ask, with your answers.",
        required: false,
        in_template: false,
        private: false,
    },
    Field {
        private: true,
        ..text(
            "notes",
            "Private working notes: never exported unless asked (lp export --include-notes).",
            |s| &s.notes,
            |s| &mut s.notes,
        )
    },
    Field {
        key: "allow",
        kind: FieldKind::Rules,
        about: "lp check rules this story silences for itself.",
        required: false,
        in_template: false,
        private: false,
    },
];

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Field")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

impl Field {
    /// The field a key names.
    pub fn named(key: &str) -> Option<&'static Field> {
        FIELDS.iter().find(|f| f.key == key)
    }

    /// Every key, in order.
    pub fn keys() -> impl Iterator<Item = &'static str> {
        FIELDS.iter().map(|f| f.key)
    }

    /// The texts a story holds in this field: one for a text or a part, each entry of
    /// a list, a question and an answer for each follow-up; none for the principles and
    /// the status, which lp resolves or checks as it reads them.
    pub fn texts<'s>(&self, story: &'s Story) -> Vec<&'s str> {
        let mut out = Vec::new();
        self.each_text(story, |t| out.push(t));
        out
    }

    /// As `texts`, one at a time and without gathering them: every check of every
    /// story walks them.
    pub fn each_text<'s>(&self, story: &'s Story, mut found: impl FnMut(&'s str)) {
        match self.kind {
            FieldKind::Text { get, .. } => found(get(story)),
            FieldKind::List { get, .. } => get(story).iter().for_each(|t| found(t)),
            FieldKind::Rules => story.allow.iter().for_each(|t| found(t)),
            FieldKind::Part(part) => found(story.part(part)),
            FieldKind::Followups => {
                for f in &story.followups {
                    found(&f.question);
                    found(&f.answer);
                }
            }
            FieldKind::Principles | FieldKind::Status => {}
        }
    }
}

/// The line each key of a story file stands on. A key of a story file starts at
/// column 1 (or is placed at the file's start when it cannot be found), so a line
/// number says it all; kept inline, since a large library holds one for every story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Places([u32; FIELDS.len()]);

impl Places {
    fn slot(key: &str) -> Option<usize> {
        FIELDS.iter().position(|f| f.key == key)
    }

    /// Notes where `key` stands; keys that are not fields of a story are passed over.
    pub fn insert(&mut self, key: &str, pos: Pos) {
        if let Some(i) = Places::slot(key) {
            self.0[i] = u32::try_from(pos.line).unwrap_or(u32::MAX);
        }
    }

    pub fn get(&self, key: &str) -> Option<Pos> {
        let line = self.0[Places::slot(key)?];
        (line > 0).then(|| Pos::new(line as usize, 1))
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// The parts of an answer, in the order they are told: the four of STAR, then what
/// was learned. Everything that lists, prints, prompts for or checks the parts of a
/// story iterates this table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Situation,
    Task,
    Action,
    Result,
    Learned,
}

impl Part {
    /// Every part, in the order it is told.
    pub const ALL: [Part; 5] = [
        Part::Situation,
        Part::Task,
        Part::Action,
        Part::Result,
        Part::Learned,
    ];
    /// The four parts of a STAR answer; an answer is written when any of them has text.
    pub const STAR: [Part; 4] = [Part::Situation, Part::Task, Part::Action, Part::Result];

    /// The key of the part in a story file (`situation`).
    pub const fn key(self) -> &'static str {
        match self {
            Part::Situation => "situation",
            Part::Task => "task",
            Part::Action => "action",
            Part::Result => "result",
            Part::Learned => "learned",
        }
    }

    /// Where `Story::parts` keeps the part's text.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The part's heading for people (`Situation`, `What I learned`).
    pub fn label(self) -> &'static str {
        match self {
            Part::Situation => "Situation",
            Part::Task => "Task",
            Part::Action => "Action",
            Part::Result => "Result",
            Part::Learned => "What I learned",
        }
    }

    /// The part a story file's key names.
    pub fn from_key(key: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// The words of a text, as `split_whitespace` counts them; ASCII text is counted a
/// byte at a time, since every check and export counts every story's words.
pub fn word_count(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    // The ASCII characters Unicode calls white space: tab to carriage return, and space.
    let space = |b: u8| (b == b' ') | (b.wrapping_sub(b'\t') < 5);
    let bytes = text.as_bytes();
    // A word starts at the first byte or after a space. Counted without branches, in
    // blocks whose counts fit a byte, so that the compiler tests many bytes at a time.
    let first = usize::from(bytes.first().is_some_and(|&b| !space(b)));
    let after = bytes.get(1..).unwrap_or_default();
    let starts: usize = bytes
        .chunks(128)
        .zip(after.chunks(128))
        .map(|(before, at)| {
            let block = before.iter().zip(at);
            usize::from(block.fold(0u8, |n, (&a, &b)| n + u8::from(space(a) & !space(b))))
        })
        .sum();
    first + starts
}

impl Principle {
    /// A name short enough for a column: the name when it fits 18 columns, else its
    /// part before `;` or `,` ("Have Backbone"), else its longest alias of two words or
    /// more that fits ("Highest Standards"), else the name.
    pub fn short_name(&self) -> &str {
        const FITS: usize = 18;
        let fits = |t: &str| t.chars().count() <= FITS;
        if fits(&self.name) {
            return &self.name;
        }
        if let Some(head) = self.name.split([';', ',']).next().map(str::trim)
            && head.len() < self.name.len()
            && fits(head)
        {
            return head;
        }
        self.aliases
            .iter()
            .enumerate()
            .filter(|(_, a)| fits(a) && a.split_whitespace().count() >= 2)
            // The longest, and the first of those as long.
            .max_by_key(|(i, a)| (a.chars().count(), std::cmp::Reverse(*i)))
            .map_or(&self.name, |(_, a)| a.as_str())
    }
}

impl Story {
    /// The text of a part. An outline has none: it is read only through what
    /// `set_aside` keeps (`is_written`, `missing_parts`, `spoken_words`).
    pub fn part(&self, part: Part) -> &str {
        debug_assert!(
            self.set_aside.is_none(),
            "the text of {} was set aside",
            self.id
        );
        &self.parts[part.index()]
    }

    /// The story for a report that needs no text of its answer: its id, path, title,
    /// principles, status, questions, allowed rules and places are kept; the texts of
    /// its parts, its notes, context, follow-ups, when and tags are let go, and
    /// `set_aside` keeps what the reports ask of the parts. A large library read this
    /// way takes a fraction of the memory.
    pub fn outline(mut self) -> Story {
        if self.set_aside.is_some() {
            return self;
        }
        let filled = Part::ALL
            .iter()
            .filter(|&&p| !self.part(p).trim().is_empty())
            .fold(0u8, |bits, p| bits | 1 << p.index());
        let spoken_words = u32::try_from(self.spoken_words()).unwrap_or(u32::MAX);
        self.parts = Default::default();
        self.notes = String::new();
        self.context = String::new();
        self.followups = Vec::new();
        self.when = String::new();
        self.tags = Vec::new();
        self.set_aside = Some(SetAside {
            filled,
            spoken_words,
        });
        self
    }

    /// Whether `part` has words, in a whole story or an outline.
    fn has(&self, part: Part) -> bool {
        match self.set_aside {
            Some(kept) => kept.filled & (1 << part.index()) != 0,
            None => !self.part(part).trim().is_empty(),
        }
    }

    /// The text of a part, to change it.
    pub fn part_mut(&mut self, part: Part) -> &mut String {
        &mut self.parts[part.index()]
    }

    /// The story with `text` in `part`.
    pub fn with_part(mut self, part: Part, text: impl Into<String>) -> Story {
        self.parts[part.index()] = text.into();
        self
    }

    /// The parts that hold text, in order, with their text.
    pub fn written_parts(&self) -> impl Iterator<Item = (Part, &str)> {
        Part::ALL
            .into_iter()
            .map(|p| (p, self.part(p)))
            .filter(|(_, text)| !text.trim().is_empty())
    }

    /// Whether the story has an answer: text in any STAR part. An unwritten story (a
    /// title and notes, as `lp import` makes) keeps its principles but covers none of
    /// them, and is never offered as the story to tell.
    pub fn is_written(&self) -> bool {
        Part::STAR.iter().any(|&p| self.has(p))
    }

    /// Words that are spoken when the story is told: every part, learned included.
    pub fn spoken_words(&self) -> usize {
        match self.set_aside {
            Some(kept) => kept.spoken_words as usize,
            None => Part::ALL.iter().map(|&p| word_count(self.part(p))).sum(),
        }
    }

    /// Estimated seconds to tell the story aloud, at `WORDS_PER_MINUTE`.
    pub fn spoken_seconds(&self) -> usize {
        (self.spoken_words() * 60).div_ceil(WORDS_PER_MINUTE)
    }

    /// The STAR parts that are empty.
    pub fn missing_parts(&self) -> Vec<Part> {
        Part::STAR.into_iter().filter(|&p| !self.has(p)).collect()
    }

    /// Where a key stands in the file, or its start.
    pub fn place(&self, key: &str) -> Pos {
        self.places.get(key).unwrap_or(Pos::START)
    }
}

/// Which stories a command is about (`--status`, `--principle`, `--story`): each part
/// left empty keeps every story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryFilter {
    pub status: Option<Status>,
    /// Principle ids: a story linked to any of them is kept.
    pub principles: Vec<String>,
    /// Story ids.
    pub ids: Vec<String>,
}

impl StoryFilter {
    pub fn keeps(&self, story: &Story) -> bool {
        self.status.is_none_or(|status| story.status == status)
            && (self.principles.is_empty()
                || story.principles.iter().any(|p| self.principles.contains(p)))
            && (self.ids.is_empty() || self.ids.contains(&story.id))
    }

    /// The stories of `stories` kept, in their order.
    pub fn apply<'a>(&self, stories: &'a [Story]) -> Vec<&'a Story> {
        stories.iter().filter(|s| self.keeps(s)).collect()
    }
}

/// The first sentence of a text, on one line and without its Markdown markup: the
/// paragraph its first words begin (past any list marker, quote or heading mark), up
/// to and with the first `.`, `!` or `?` that ends a word, or the whole paragraph.
pub fn first_sentence(text: &str) -> String {
    let strip = |line: &str| {
        let line = line
            .trim()
            .trim_start_matches(['>', '-', '*', '+', '#', ' '])
            .trim();
        // A numbered item's number (`1. **Mapped the failures.** …`) is a marker too.
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let line = match line[digits..].strip_prefix(['.', ')']) {
            Some(rest) if digits > 0 && rest.starts_with(' ') => rest,
            _ => line,
        };
        line.trim().to_string()
    };
    let paragraph: Vec<String> = text
        .lines()
        .map(strip)
        .skip_while(String::is_empty)
        .take_while(|l| !l.is_empty())
        .collect();
    let joined = paragraph.join(" ");
    // Emphasis and code marks go; an underscore inside a word (snake_case) stays.
    let mut plain = String::with_capacity(joined.len());
    let chars: Vec<char> = joined.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inside_word = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|c| c.is_alphanumeric())
        };
        let marks = matches!(c, '*' | '`')
            || (c == '_' && !(inside_word(i.checked_sub(1)) && inside_word(Some(i + 1))));
        if !marks {
            plain.push(c);
        }
    }
    let flat = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    // The stop of an abbreviation ("Python vs. Rust", "e.g. the billing job") ends no
    // sentence; nor does an initial's ("At J.P. Morgan Chase", "the U.S. team").
    let abbreviation = |at: usize| {
        let written = flat[..at]
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_start_matches(['(', '"', '“']);
        let initials = written
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
        let word = written.to_lowercase();
        initials || matches!(word.as_str(), "vs" | "e.g" | "i.e" | "cf" | "approx")
    };
    let end = flat
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && flat[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
                && !(c == '.' && abbreviation(i))
        })
        .map_or(flat.len(), |(i, c)| i + c.len_utf8());
    flat[..end].to_string()
}

/// `1:05` for 65 seconds.
pub fn format_duration(seconds: usize) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod short_name_tests {
    #[test]
    fn short_names_fit_a_column_and_stay_recognisable() {
        let set = crate::principles::builtin();
        let short: Vec<&str> = set.principles.iter().map(|p| p.short_name()).collect();
        assert!(short.iter().all(|s| s.chars().count() <= 18), "{short:?}");
        for expected in [
            "Customer Obsession",
            "Learn & Be Curious",
            "Hire and Develop",
            "Highest Standards",
            "Have Backbone",
            "Are Right, A Lot",
            "Best Employer",
            "Success and Scale",
        ] {
            assert!(short.contains(&expected), "{expected} in {short:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_outline_answers_for_the_texts_it_let_go() {
        let whole = Story {
            id: "a".into(),
            title: "A title".into(),
            principles: vec!["ownership".into()],
            parts: parts([
                (Part::Situation, "Two words".into()),
                (Part::Action, "  ".into()),
                (Part::Learned, "three more words".into()),
            ]),
            notes: "private".into(),
            when: "2024".into(),
            tags: vec!["t".into()],
            questions: vec!["Tell me about a time".into()],
            ..Story::default()
        };
        let outline = whole.clone().outline();
        assert_eq!(outline.is_written(), whole.is_written());
        assert_eq!(outline.missing_parts(), whole.missing_parts());
        assert_eq!(outline.spoken_words(), 5);
        assert_eq!(outline.spoken_seconds(), whole.spoken_seconds());
        assert!(outline.parts.iter().all(String::is_empty));
        assert!(outline.notes.is_empty() && outline.when.is_empty() && outline.tags.is_empty());
        assert_eq!(
            (
                &outline.id,
                &outline.title,
                &outline.principles,
                &outline.questions
            ),
            (&whole.id, &whole.title, &whole.principles, &whole.questions)
        );
        // An unwritten story stays unwritten.
        let unwritten = Story::default().outline();
        assert!(!unwritten.is_written());
        assert_eq!(unwritten.missing_parts(), Part::STAR);
    }

    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "tab\tnew\nline\r\nform\x0cvertical\x0bend",
            "non-ASCII: café\u{a0}au lait\u{2003}x",
        ] {
            assert_eq!(
                word_count(text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
        // Across the blocks the count works in: words and spaces of every length.
        let mut text = String::new();
        for i in 0..400 {
            text.push_str(&"ab".repeat(i % 7));
            text.push_str(&" ".repeat(i % 3));
            assert_eq!(word_count(&text), text.split_whitespace().count(), "{i}");
        }
    }

    #[test]
    fn spoken_length_counts_star_and_learned_only() {
        let story = Story {
            parts: crate::model::parts([
                (crate::model::Part::Situation, "one two three".into()),
                (crate::model::Part::Action, "four five".into()),
                (crate::model::Part::Learned, "six".into()),
            ]),
            notes: "not spoken at all".into(),
            ..Story::default()
        };
        assert_eq!(story.spoken_words(), 6);
        assert_eq!(story.spoken_seconds(), 3); // 6 words at 140 a minute is 2.57 s
        assert_eq!(story.missing_parts(), [Part::Task, Part::Result]);
    }

    #[test]
    fn the_first_sentence_is_plain_text_from_the_first_paragraph() {
        assert_eq!(
            first_sentence("Builds were slow. Then"),
            "Builds were slow."
        );
        assert_eq!(
            first_sentence("\n- **Situation** — v1.2 shipped\n  late. More"),
            "Situation — v1.2 shipped late."
        );
        assert_eq!(first_sentence("A `snake_case` name"), "A snake_case name");
        assert_eq!(first_sentence("No end\n\nSecond paragraph."), "No end");
        assert_eq!(first_sentence("v1.2 is out"), "v1.2 is out");
        assert_eq!(
            first_sentence("1. **Mapped the failures.** Every incident went in."),
            "Mapped the failures."
        );
        assert_eq!(first_sentence("2) Then the fix."), "Then the fix.");
        assert_eq!(first_sentence("3.5 days of work."), "3.5 days of work.");
        // An abbreviation's stop ends no sentence.
        assert_eq!(
            first_sentence("Python vs. Matlab, picked on the data. Then"),
            "Python vs. Matlab, picked on the data."
        );
        assert_eq!(
            first_sentence("Lead e.g. the rota. More"),
            "Lead e.g. the rota."
        );
    }

    #[test]
    fn durations_read_as_minutes_and_seconds() {
        assert_eq!(format_duration(65), "1:05");
        assert_eq!(format_duration(0), "0:00");
        assert_eq!(spoken_limit(45), "45 seconds");
        assert_eq!(spoken_limit(180), "3 minutes");
        assert_eq!(spoken_limit(150), "2:30");
    }

    #[test]
    fn places_hold_the_line_of_each_field() {
        let mut places = Places::default();
        places.insert("situation", Pos::new(7, 1));
        places.insert("situaton", Pos::new(9, 1)); // not a field: passed over
        assert_eq!(places.get("situation"), Some(Pos::new(7, 1)));
        assert!(places.contains_key("situation"));
        assert!(!places.contains_key("task"));
        assert_eq!(places.get("situaton"), None);
        let story = Story {
            places,
            ..Story::default()
        };
        assert_eq!(story.place("situation"), Pos::new(7, 1));
        assert_eq!(story.place("task"), Pos::START);
    }

    #[test]
    fn a_filter_keeps_what_each_of_its_parts_allows() {
        let story = |id: &str, status: Status, principles: &[&str]| Story {
            id: id.into(),
            status,
            principles: principles.iter().map(|p| p.to_string()).collect(),
            ..Story::default()
        };
        let stories = [
            story("a", Status::Ready, &["ownership"]),
            story("b", Status::Draft, &["dive-deep", "ownership"]),
            story("c", Status::Draft, &["frugality"]),
        ];
        let ids = |f: &StoryFilter| -> Vec<String> {
            f.apply(&stories)
                .into_iter()
                .map(|s| s.id.clone())
                .collect()
        };
        assert_eq!(ids(&StoryFilter::default()), ["a", "b", "c"]);
        let drafts_of_ownership = StoryFilter {
            status: Some(Status::Draft),
            principles: vec!["ownership".into()],
            ids: Vec::new(),
        };
        assert_eq!(ids(&drafts_of_ownership), ["b"]);
        let chosen = StoryFilter {
            ids: vec!["c".into(), "a".into()],
            ..StoryFilter::default()
        };
        assert_eq!(ids(&chosen), ["a", "c"]);
    }
}
