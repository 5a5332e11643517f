//! Turning Markdown interview notes into story drafts: which headings open a
//! principle's section, where one story ends and the next begins, which STAR part each
//! paragraph belongs to, and what is left over. Pure: text in, a plan out.
//!
//! The rules are general, not tuned to one file:
//! - a heading that names a principle (by name or alias, ignoring case, punctuation,
//!   a remark in parentheses or a trailing emoji) opens that principle's section, down
//!   to the next heading of the same or a higher level; a heading that names none opens
//!   a region whose blocks are skipped and reported;
//! - in a section, a sub-heading starts a story (a question heading goes to the story's
//!   `questions`), a "Follow-up" sub-heading starts a follow-up, and a thematic break
//!   ends a story; without sub-structure, a first paragraph that reads as the principle's
//!   own description is skipped and each later paragraph is a note-sized story;
//!   otherwise the whole section is one story;
//! - labels (`**Situation:**`, `S —`, `Result -`, …) start a STAR part, and text runs to
//!   the next label; `Also:` lines add principles; unlabelled text goes to `notes`.
//!
//! The code follows that split: `walk` goes over the document, `rules` reads one
//! heading or line, `merge` finds and joins drafts that tell one story.

mod details;
mod exchanges;
mod merge;
mod origin;
mod rows;
mod rules;
mod tables;
mod transcript;
mod wrapped;

/// The most blocks (headings and paragraphs) a notes file may have.
pub const MAX_BLOCKS: usize = 200_000;

/// About how many blocks Markdown text has: headings, and lines of text after a blank
/// line or a heading. One pass, no parsing.
pub fn blocks_in(text: &str) -> usize {
    let mut blocks = 0;
    let mut after_break = true;
    for line in text.lines() {
        let line = line.trim_start();
        if line.is_empty() {
            after_break = true;
        } else if line.starts_with('#') {
            blocks += 1;
            after_break = true;
        } else {
            blocks += usize::from(after_break);
            after_break = false;
        }
    }
    blocks
}

/// The most drafts one import makes.
pub const MAX_DRAFTS: usize = 10_000;

/// What ends each check the report lists: where the person can settle it.
pub const REVIEW_HINT: &str = "(`lp import --review` can change it)";

#[cfg(test)]
mod tests;
mod walk;

use anyhow::bail;
use serde::Serialize;

pub use merge::{find_duplicates, merge, merge_duplicates};
pub use rules::{file_principle, heading_principle};
pub use walk::{plan, plan_named};

use crate::model::{Part, Status, Story};

/// How deep quotes are followed before a nested quote is taken as one block.
const MAX_QUOTE_DEPTH: usize = 32;

/// A story draft found in the notes: the story as it would be written, and where in
/// the notes it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The story, with status draft; its id is given when it is written.
    pub story: Story,
    /// The first and last line of the source the draft was made from.
    pub lines: (usize, usize),
    /// Its principle was guessed from its words or the file's name (the notes name
    /// none): to confirm.
    pub guessed: bool,
    /// The notes tell it as another story for the question of the draft before it (a
    /// backup story): the writer says the two differ, whatever words they share.
    pub another: bool,
}

impl Draft {
    /// The parts and extras found, in order, for the report.
    pub fn parts(&self) -> Vec<&'static str> {
        let story = &self.story;
        let mut parts: Vec<&'static str> = story.written_parts().map(|(p, _)| p.key()).collect();
        if !story.questions.is_empty() {
            parts.push("questions");
        }
        if !story.followups.is_empty() {
            parts.push("followups");
        }
        if !story.notes.trim().is_empty() {
            parts.push("notes");
        }
        parts
    }

    /// The draft as a story to write, with status draft.
    pub fn to_story(&self, id: &str) -> Story {
        Story {
            id: id.to_string(),
            status: Status::Draft,
            ..self.story.clone()
        }
    }

    /// Every word of the draft but its title and questions.
    pub(super) fn all_text(&self) -> String {
        story_text(&self.story)
    }

    /// Its parts alone, a line between them.
    pub(super) fn parts_text(&self) -> String {
        Part::ALL
            .into_iter()
            .map(|p| self.story.part(p))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// What the draft tells: its parts and notes, a line between them (not its
    /// title, questions or follow-ups).
    pub(super) fn told(&self) -> String {
        format!("{}\n{}", self.parts_text(), self.story.notes)
    }

    /// What the draft tells but what its writer learned: its parts but the lesson, and
    /// its notes. A lesson is said in the present by nature ("I now set the threshold
    /// first"); whether a story is a habit is read from what it tells, not from that.
    pub(super) fn told_but_lesson(&self) -> String {
        let parts: Vec<&str> = Part::ALL
            .into_iter()
            .filter(|p| *p != Part::Learned)
            .map(|p| self.story.part(p))
            .collect();
        format!("{}\n{}", parts.join("\n"), self.story.notes)
    }

    /// Adds another telling's parts after the draft's own, each to its part, and its
    /// follow-ups after the draft's: what a second draft of the same story brings to the
    /// first (its notes, title and principles are the caller's to place).
    pub(super) fn append_told(&mut self, other: &Story) {
        for part in Part::ALL {
            rules::append(self.story.part_mut(part), other.part(part));
        }
        self.story.followups.extend(other.followups.iter().cloned());
    }

    /// Gives the draft the questions and principles it does not have yet, each once,
    /// after its own: what another telling of the same story, or a question pointing
    /// to it, brings.
    pub(super) fn join(&mut self, questions: &[String], principles: &[String]) {
        let story = &mut self.story;
        for q in questions {
            if !story.questions.contains(q) {
                story.questions.push(q.clone());
            }
        }
        for p in principles {
            if !story.principles.contains(p) {
                story.principles.push(p.clone());
            }
        }
    }
}

/// Every word of a story but its title and questions.
fn story_text(story: &Story) -> String {
    Part::ALL
        .into_iter()
        .map(|p| story.part(p))
        .chain([story.notes.as_str()])
        .chain(
            story
                .followups
                .iter()
                .flat_map(|f| [f.question.as_str(), f.answer.as_str()]),
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// The words of a text, lowercased, one space between them.
pub(super) fn words_of(text: &str) -> String {
    rules::plain_words(text).join(" ")
}

/// The library's stories as words, with an index from each word to the stories that
/// have it, so that asking whether a draft is already imported looks only at the
/// stories that share its rarest word: linear in the drafts, not drafts × stories.
pub struct Imported {
    texts: Vec<String>,
    having: rustc_hash::FxHashMap<String, Vec<usize>>,
}

impl Imported {
    pub fn new(stories: &[Story]) -> Imported {
        let texts: Vec<String> = stories.iter().map(|s| words_of(&story_text(s))).collect();
        let mut having: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (i, text) in texts.iter().enumerate() {
            for word in text.split(' ').filter(|w| !w.is_empty()) {
                let list = having.entry(word.to_string()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Imported { texts, having }
    }

    /// Whether every word of the draft's text, in order, is in one story's text.
    pub fn holds(&self, draft: &Draft) -> bool {
        let mine = words_of(&draft.all_text());
        if mine.is_empty() {
            return false;
        }
        let rarest = mine
            .split(' ')
            .map(|w| self.having.get(w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|list| list.len())
            .unwrap_or(&[]);
        rarest.iter().any(|&i| self.texts[i].contains(&mine))
    }
}

/// A block of the source that did not become part of a draft, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub lines: (usize, usize),
    pub reason: String,
    /// The block as written.
    pub text: String,
}

/// Two drafts that likely tell one story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    /// Indices into `ImportPlan::drafts`.
    pub drafts: (usize, usize),
    /// How many distinct content words they share.
    pub shared_words: usize,
    /// One says it retells the other: its heading (`(see Bias for Action A)`), or a
    /// line of its text (`same as tight deadline`), whatever words they share.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub retold: bool,
}

/// What an import would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    pub drafts: Vec<Draft>,
    /// Blocks not imported: text outside any principle's section, principle descriptions,
    /// references that led nowhere.
    pub skipped: Vec<Skipped>,
    /// Blocks deliberately ignored: HTML comments such as an editor's metadata.
    pub ignored: Vec<Skipped>,
    pub duplicates: Vec<Duplicate>,
    /// Things the reader should check: names in an `Also:` line that match no principle.
    pub warnings: Vec<String>,
    /// Questions under a principle with no story to them: the person's own questions
    /// for that principle, never drafts.
    pub questions: Vec<OwnQuestion>,
    /// The principle the notes file's name names (`earnTrust.md`), if any: the one a
    /// story naming none is linked to.
    pub named: Option<String>,
    /// Whether that principle is the one the notes' title names (`# Phase 3 — Bias for
    /// Action Mapping Proposal`), not the file's name.
    pub named_by_title: bool,
}

/// An interview question from the notes that no story answers there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnQuestion {
    pub principle: String,
    pub question: String,
    pub lines: (usize, usize),
}

/// Where a paragraph's text goes: a part of the answer, or the notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Part(Part),
    Notes,
    /// After a `Questions:` label: each line a question.
    Questions,
    /// After a label of text about the principle (`Key behaviors:` on a line of its
    /// own): what follows is skipped, for this reason, up to the next label.
    Aside(&'static str),
}

/// What a label at the start of a paragraph says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    Part(Part),
    /// `Also:`, `Secondary principles:`: more principles for the story.
    Also,
    /// `Example question:`, `Question:`, `Q:`: a question the story answers.
    Question,
    /// `Definition:`, `Keywords:`: text about the principle, not a story; the reason it
    /// is skipped.
    Aside(&'static str),
}

/// `4+12,6+16`: pairs of draft numbers as the report shows them (from 1), as indices.
pub fn merge_pairs(text: &str, drafts: usize) -> anyhow::Result<Vec<(usize, usize)>> {
    if drafts < 2 {
        bail!(crate::diagnostic::hinted(
            format!(
                "there is nothing to merge: the notes give {}",
                crate::english::plural(drafts, "draft", "drafts")
            ),
            "run without --merge"
        ));
    }
    let mut pairs = Vec::new();
    for pair in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let numbers: Vec<Option<usize>> = pair.split('+').map(|n| n.trim().parse().ok()).collect();
        match numbers.as_slice() {
            [Some(a), Some(b)]
                if (1..=drafts).contains(a) && (1..=drafts).contains(b) && a != b =>
            {
                pairs.push((a - 1, b - 1))
            }
            _ => bail!(crate::diagnostic::hinted(
                format!(
                    "'{pair}' is not a pair of drafts to merge: give two different numbers from 1 to {drafts}, joined by '+'"
                ),
                "--merge 4+12,6+16, or --merge all for every likely duplicate; the dry run numbers the drafts"
            )),
        }
    }
    if pairs.is_empty() {
        bail!(crate::diagnostic::hinted(
            "--merge names no pair",
            "--merge 4+12,6+16, or --merge all"
        ));
    }
    Ok(pairs)
}
