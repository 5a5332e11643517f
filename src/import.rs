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

use std::collections::BTreeSet;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, parse_document};
use serde::Serialize;

use crate::model::{Followup, Principle, PrincipleSet, Status, Story};
use crate::overlap;

/// How deep quotes are followed before a nested quote is taken as one block.
const MAX_QUOTE_DEPTH: usize = 32;

/// A story draft found in the notes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub title: String,
    /// Principle ids, the section's own first.
    pub principles: Vec<String>,
    pub questions: Vec<String>,
    pub situation: String,
    pub task: String,
    pub action: String,
    pub result: String,
    pub learned: String,
    pub followups: Vec<Followup>,
    pub notes: String,
    /// The first and last line of the source the draft was made from.
    pub lines: (usize, usize),
}

impl Draft {
    /// The STAR parts and extras found, in order, for the report.
    pub fn parts(&self) -> Vec<&'static str> {
        let mut parts = Vec::new();
        for (name, text) in [
            ("situation", &self.situation),
            ("task", &self.task),
            ("action", &self.action),
            ("result", &self.result),
            ("learned", &self.learned),
        ] {
            if !text.trim().is_empty() {
                parts.push(name);
            }
        }
        if !self.questions.is_empty() {
            parts.push("questions");
        }
        if !self.followups.is_empty() {
            parts.push("followups");
        }
        if !self.notes.trim().is_empty() {
            parts.push("notes");
        }
        parts
    }

    /// The draft as a story to write, with status draft.
    pub fn to_story(&self, id: &str) -> Story {
        Story {
            id: id.to_string(),
            title: self.title.clone(),
            principles: self.principles.clone(),
            status: Status::Draft,
            questions: self.questions.clone(),
            situation: self.situation.clone(),
            task: self.task.clone(),
            action: self.action.clone(),
            result: self.result.clone(),
            learned: self.learned.clone(),
            followups: self.followups.clone(),
            notes: self.notes.clone(),
            ..Story::default()
        }
    }

    fn all_text(&self) -> String {
        [
            &self.situation,
            &self.task,
            &self.action,
            &self.result,
            &self.learned,
            &self.notes,
        ]
        .iter()
        .map(|s| s.as_str())
        .chain(
            self.followups
                .iter()
                .flat_map(|f| [f.question.as_str(), f.answer.as_str()]),
        )
        .collect::<Vec<_>>()
        .join("\n")
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
    /// Indices into `Plan::drafts`.
    pub drafts: (usize, usize),
    /// How many distinct content words they share.
    pub shared_words: usize,
}

/// What an import would do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub drafts: Vec<Draft>,
    /// Blocks not imported: text outside any principle's section, principle descriptions,
    /// references that led nowhere.
    pub skipped: Vec<Skipped>,
    /// Blocks deliberately ignored: HTML comments such as an editor's metadata.
    pub ignored: Vec<Skipped>,
    pub duplicates: Vec<Duplicate>,
    /// Things the reader should check: names in an `Also:` line that match no principle.
    pub warnings: Vec<String>,
}

/// Reads notes and plans the drafts.
pub fn plan(markdown: &str, set: &PrincipleSet) -> Plan {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &Options::default());
    let lines: Vec<&str> = markdown.lines().collect();
    let mut importer = Importer {
        set,
        lines: &lines,
        plan: Plan::default(),
        section: None,
        outside: None,
        current: None,
        references: Vec::new(),
    };
    for block in root.children() {
        importer.block(block);
    }
    importer.finish_draft();
    importer.resolve_references();
    let mut plan = importer.plan;
    plan.duplicates = find_duplicates(&plan.drafts);
    plan
}

/// Which STAR part (or other field) a label starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Situation,
    Task,
    Action,
    Result,
    Learned,
    Notes,
}

/// What a label at the start of a paragraph says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Part(Field),
    /// `Also:`, `Secondary principles:`: more principles for the story.
    Also,
}

/// The open principle section.
struct Section {
    principle: String,
    level: u8,
    /// Whether a sub-heading or thematic break has structured the section.
    structured: bool,
    /// Whether the section's first block has been seen (for the description rule).
    started: bool,
    /// The section is a list of one-paragraph notes (its description was skipped).
    notes_mode: bool,
}

/// A draft being built.
struct Building {
    draft: Draft,
    field: Field,
    /// Whether any STAR label was seen.
    labelled: bool,
    /// Inside a follow-up: its index, and the heading level that opened it.
    followup: Option<(usize, u8)>,
}

/// A `see Bias for Action A` reference, resolved once every section is read.
struct Reference {
    from: String,
    to: String,
    marker: String,
    skipped: Skipped,
}

struct Importer<'s, 'l> {
    set: &'s PrincipleSet,
    lines: &'l [&'l str],
    plan: Plan,
    section: Option<Section>,
    /// The heading (text, level) of a region that names no principle.
    outside: Option<(String, u8)>,
    current: Option<Building>,
    references: Vec<Reference>,
}

impl Importer<'_, '_> {
    fn block<'a>(&mut self, node: &'a AstNode<'a>) {
        let (start, end) = span(node);
        let value = node.data().value.clone();
        match value {
            NodeValue::Heading(h) => self.heading(&inline_text(node), h.level, (start, end)),
            NodeValue::ThematicBreak => {
                self.finish_draft();
                if let Some(section) = self.section.as_mut() {
                    section.structured = true;
                }
            }
            NodeValue::HtmlBlock(ref html) if html.literal.trim_start().starts_with("<!--") => {
                self.plan.ignored.push(Skipped {
                    lines: (start, end),
                    reason: "HTML comment (such as an editor's metadata): ignored".into(),
                    text: self.source(start, end, 0),
                });
            }
            NodeValue::BlockQuote => {
                for child in node.children() {
                    self.content(child, 1);
                }
            }
            _ => self.content(node, 0),
        }
    }

    fn heading(&mut self, text: &str, level: u8, (line, last): (usize, usize)) {
        // A heading at or above the open section's level closes it.
        let inside = self.section.as_ref().is_some_and(|s| level > s.level);
        if let Some(principle) = heading_principle(text, self.set) {
            self.finish_draft();
            self.outside = None;
            if crate::principles::fold(text) != crate::principles::fold(&principle.name) {
                // A remark beside the name ("(my strongest one)") is the person's words too.
                self.plan.skipped.push(Skipped {
                    lines: (line, last),
                    reason: format!("heading of '{}', with more than its name", principle.name),
                    text: self.source(line, last, 0),
                });
            }
            self.section = Some(Section {
                principle: principle.id.clone(),
                level,
                structured: false,
                started: false,
                notes_mode: false,
            });
            return;
        }
        if !inside {
            // A heading outside any section, or one that closes a section, names no principle.
            self.finish_draft();
            self.section = None;
            self.outside = Some((text.to_string(), level));
            self.plan.skipped.push(Skipped {
                lines: (line, last),
                reason: "heading names no principle".into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        let section = self.section.as_mut().expect("inside implies a section");
        section.structured = true;
        section.started = true;
        if let Some(question) = followup_heading(text) {
            if self.current.is_none() {
                self.start_draft(line);
            }
            let building = self.current.as_mut().expect("a draft was just started");
            building.draft.followups.push(Followup {
                question: question.to_string(),
                answer: String::new(),
            });
            building.followup = Some((building.draft.followups.len() - 1, level));
            building.draft.lines.1 = line;
            return;
        }
        // A heading below a follow-up's level belongs to the follow-up.
        if let Some(building) = self.current.as_mut()
            && let Some((_, followup_level)) = building.followup
            && level > followup_level
        {
            append(&mut building.draft.notes, text);
            return;
        }
        self.finish_draft();
        self.start_draft(line);
        let draft = &mut self
            .current
            .as_mut()
            .expect("a draft was just started")
            .draft;
        let cleaned = unquote(text);
        if is_question(&cleaned) {
            draft.questions.push(cleaned);
        } else {
            draft.title = short_title(&cleaned);
        }
    }

    /// A paragraph, list, code block or quote child inside a section, or outside one.
    fn content<'a>(&mut self, node: &'a AstNode<'a>, quote_depth: usize) {
        let (start, end) = span(node);
        let text = self.source(start, end, quote_depth);
        // Quotes nest in notes a level or two; past MAX_QUOTE_DEPTH the rest is one block,
        // so that no input can make the importer recurse without bound.
        if matches!(node.data().value, NodeValue::BlockQuote) && quote_depth < MAX_QUOTE_DEPTH {
            for child in node.children() {
                self.content(child, quote_depth + 1);
            }
            return;
        }
        let is_paragraph = matches!(node.data().value, NodeValue::Paragraph);
        let Some(section) = self.section.as_mut() else {
            let reason = match &self.outside {
                Some((heading, _)) => format!("under '{heading}', which names no principle"),
                None => "before the first principle heading".to_string(),
            };
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason,
                text,
            });
            return;
        };
        let first = !section.started;
        section.started = true;
        if is_paragraph && let Some((to, marker)) = reference(&text, self.set) {
            let from = section.principle.clone();
            self.references.push(Reference {
                from,
                to,
                marker,
                skipped: Skipped {
                    lines: (start, end),
                    reason: "a reference to a story under another principle".into(),
                    text,
                },
            });
            return;
        }
        let label = if is_paragraph {
            split_label(&text)
        } else {
            None
        };
        if first && !section.structured && is_paragraph && label.is_none() && is_description(&text)
        {
            section.notes_mode = true;
            let name = self
                .set
                .get(&section.principle)
                .map_or(section.principle.clone(), |p| p.name.clone());
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason: format!("the description of '{name}', not a story"),
                text,
            });
            return;
        }
        // In a section of notes, each plain paragraph is a story of its own, unless the
        // story being built is labelled, in which case text runs to the next label.
        let new_note = section.notes_mode
            && is_paragraph
            && label.is_none()
            && self
                .current
                .as_ref()
                .is_some_and(|b| !b.labelled && b.followup.is_none());
        if new_note || self.current.is_none() {
            self.finish_draft();
            self.start_draft(start);
        }
        let building = self.current.as_mut().expect("a draft was just started");
        building.draft.lines.1 = end;
        if let Some((index, _)) = building.followup {
            let followup = &mut building.draft.followups[index];
            if followup.question.is_empty() {
                followup.question = text.trim().to_string();
            } else {
                append(&mut followup.answer, &text);
            }
            return;
        }
        match label {
            Some((Label::Also, rest)) => {
                let (ids, unknown) = principle_list(rest, self.set);
                if unknown.is_empty() && !ids.is_empty() {
                    for id in ids {
                        if !building.draft.principles.contains(&id) {
                            building.draft.principles.push(id);
                        }
                    }
                } else {
                    self.plan.warnings.push(format!(
                        "line {start}: {} in '{}' {} no principle; the line was kept in the draft's notes",
                        unknown.iter().map(|u| format!("'{u}'")).collect::<Vec<_>>().join(", "),
                        text.trim(),
                        if unknown.len() == 1 { "names" } else { "name" },
                    ));
                    append(&mut building.draft.notes, &text);
                }
            }
            Some((Label::Part(field), rest)) => {
                building.field = field;
                building.labelled = true;
                append(field_mut(&mut building.draft, field), rest);
            }
            None => {
                let field = building.field;
                append(field_mut(&mut building.draft, field), &text);
            }
        }
    }

    fn start_draft(&mut self, line: usize) {
        let principle = self
            .section
            .as_ref()
            .map(|s| s.principle.clone())
            .expect("drafts start inside a section");
        self.current = Some(Building {
            draft: Draft {
                principles: vec![principle],
                lines: (line, line),
                ..Draft::default()
            },
            field: Field::Notes,
            labelled: false,
            followup: None,
        });
    }

    fn finish_draft(&mut self) {
        let Some(building) = self.current.take() else {
            return;
        };
        let mut draft = building.draft;
        // A "Follow-up" heading with nothing under it holds no words to keep.
        draft.followups.retain(|f| !f.question.trim().is_empty());
        if draft.all_text().trim().is_empty()
            && draft.questions.is_empty()
            && draft.title.is_empty()
        {
            return;
        }
        if draft.title.is_empty() {
            let source = [
                &draft.situation,
                &draft.task,
                &draft.action,
                &draft.result,
                &draft.notes,
                &draft.learned,
            ]
            .into_iter()
            .find(|t| !t.trim().is_empty())
            .cloned()
            .or_else(|| draft.questions.first().cloned())
            .unwrap_or_default();
            draft.title = short_title(&first_sentence(&source));
        }
        if draft.title.is_empty() {
            draft.title = "Untitled story".to_string();
        }
        self.plan.drafts.push(draft);
    }

    /// Links each referenced story to the principle that referred to it.
    fn resolve_references(&mut self) {
        for reference in std::mem::take(&mut self.references) {
            let candidates: Vec<usize> = (0..self.plan.drafts.len())
                .filter(|&i| self.plan.drafts[i].principles.first() == Some(&reference.to))
                .collect();
            let marker = reference.marker.trim();
            let chosen = if marker.is_empty() {
                candidates.first().copied()
            } else if marker.len() == 1 && marker.chars().all(|c| c.is_ascii_alphabetic()) {
                let index = (marker.to_ascii_uppercase().as_bytes()[0] - b'A') as usize;
                candidates.get(index).copied()
            } else if let Ok(n) = marker.parse::<usize>() {
                n.checked_sub(1).and_then(|i| candidates.get(i).copied())
            } else {
                let wanted = marker.to_lowercase();
                candidates
                    .iter()
                    .copied()
                    .find(|&i| self.plan.drafts[i].title.to_lowercase().contains(&wanted))
            };
            match chosen {
                Some(i) => {
                    let draft = &mut self.plan.drafts[i];
                    if !draft.principles.contains(&reference.from) {
                        draft.principles.push(reference.from);
                    }
                }
                None => {
                    let mut skipped = reference.skipped;
                    skipped.reason = "a reference to a story that could not be found".into();
                    self.plan.skipped.push(skipped);
                }
            }
        }
    }

    /// The source of lines `start..=end` as written, without `depth` quote markers.
    fn source(&self, start: usize, end: usize, depth: usize) -> String {
        let mut out = Vec::new();
        for line in self.lines.iter().take(end).skip(start.saturating_sub(1)) {
            let mut line = *line;
            for _ in 0..depth {
                let trimmed = line.trim_start();
                if let Some(rest) = trimmed.strip_prefix('>') {
                    line = rest.strip_prefix(' ').unwrap_or(rest);
                }
            }
            out.push(line);
        }
        out.join("\n").trim_end().to_string()
    }
}

fn field_mut(draft: &mut Draft, field: Field) -> &mut String {
    match field {
        Field::Situation => &mut draft.situation,
        Field::Task => &mut draft.task,
        Field::Action => &mut draft.action,
        Field::Result => &mut draft.result,
        Field::Learned => &mut draft.learned,
        Field::Notes => &mut draft.notes,
    }
}

/// Appends a block of text, separated from what is there by a blank line, ending in
/// a newline so it is written as a block.
fn append(target: &mut String, text: &str) {
    let text = text.trim_end();
    if text.trim().is_empty() {
        return;
    }
    if !target.is_empty() {
        target.push('\n');
    }
    target.push_str(text);
    target.push('\n');
}

/// The first and last source line of a node.
fn span(node: &AstNode<'_>) -> (usize, usize) {
    let pos = node.data().sourcepos;
    (pos.start.line, pos.end.line.max(pos.start.line))
}

/// The visible text of a heading.
fn inline_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut out = String::new();
    for child in node.descendants() {
        match &child.data().value {
            NodeValue::Text(t) => out.push_str(t),
            NodeValue::Code(c) => out.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The principle a heading names, if any: tolerant of case, punctuation, a missing
/// "the", "/" for ";", a remark in parentheses, emoji and stars, a leading number,
/// and a trailing remark after a dash or colon.
pub fn heading_principle<'s>(text: &str, set: &'s PrincipleSet) -> Option<&'s Principle> {
    let mut cleaned = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_alphanumeric() || c.is_whitespace() || "',;&/-—–:’.".contains(c) => {
                cleaned.push(c)
            }
            _ => cleaned.push(' '),
        }
    }
    let cleaned = cleaned.trim();
    let cleaned = cleaned
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .trim();
    let cleaned = ["LP:", "Principle:", "LP -", "LP—"]
        .iter()
        .find_map(|p| strip_prefix_ignore_case(cleaned, p))
        .unwrap_or(cleaned)
        .trim();
    if let Some(p) = set.resolve(cleaned) {
        return Some(p);
    }
    for separator in [" — ", " – ", " - ", ": "] {
        if let Some((head, _)) = cleaned.split_once(separator)
            && let Some(p) = set.resolve(head)
        {
            return Some(p);
        }
    }
    None
}

fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The question of a "Follow-up" heading (possibly empty), or `None` for other headings.
fn followup_heading(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    for prefix in [
        "follow-ups",
        "follow-up",
        "follow ups",
        "follow up",
        "followups",
        "followup",
    ] {
        if lower.starts_with(prefix) {
            let rest = &text[prefix.len()..];
            let rest = rest.trim_start_matches([':', '—', '–', '-', ' ']).trim();
            return Some(rest.trim_matches(['"', '“', '”', '\'']));
        }
    }
    None
}

fn unquote(text: &str) -> String {
    text.trim()
        .trim_matches(['"', '“', '”', '\'', '‘', '’'])
        .trim()
        .to_string()
}

/// Whether a heading is an interview question rather than a story's title.
fn is_question(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.ends_with('?')
        || [
            "tell me about",
            "describe a",
            "describe the",
            "give me an example",
            "give an example",
            "walk me through",
            "share an example",
        ]
        .iter()
        .any(|lead| lower.starts_with(lead))
}

/// First-person singular words: a paragraph without any reads as a description of the
/// principle, not a story.
fn is_description(text: &str) -> bool {
    // Words inside quotation marks are someone else's ("they never say “that's not my
    // job”"), not the writer's.
    let mut unquoted = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ if !quoted => unquoted.push(c),
            _ => {}
        }
    }
    let words: Vec<String> = unquoted
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
                .replace('’', "'")
        })
        .collect();
    let first_person = [
        "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll",
    ];
    words.len() >= 12 && !words.iter().any(|w| first_person.contains(&w.as_str()))
}

/// Splits a leading label off a paragraph: `**Situation:** text`, `S — text`,
/// `Result - text`, `**Also:** Dive Deep`.
fn split_label(text: &str) -> Option<(Label, &str)> {
    const LABELS: &[(&str, Label)] = &[
        ("secondary principles", Label::Also),
        ("secondary lps", Label::Also),
        ("secondary lp", Label::Also),
        ("other principles", Label::Also),
        ("also fits", Label::Also),
        ("also", Label::Also),
        ("what i learned", Label::Part(Field::Learned)),
        ("lessons learned", Label::Part(Field::Learned)),
        ("lesson learned", Label::Part(Field::Learned)),
        ("lessons", Label::Part(Field::Learned)),
        ("lesson", Label::Part(Field::Learned)),
        ("learned", Label::Part(Field::Learned)),
        ("learnings", Label::Part(Field::Learned)),
        ("situation", Label::Part(Field::Situation)),
        ("task", Label::Part(Field::Task)),
        ("actions", Label::Part(Field::Action)),
        ("action", Label::Part(Field::Action)),
        ("results", Label::Part(Field::Result)),
        ("result", Label::Part(Field::Result)),
        ("outcome", Label::Part(Field::Result)),
        ("impact", Label::Part(Field::Result)),
        ("s", Label::Part(Field::Situation)),
        ("t", Label::Part(Field::Task)),
        ("a", Label::Part(Field::Action)),
        ("r", Label::Part(Field::Result)),
    ];
    let trimmed = text.trim_start();
    let (bold, body) = match trimmed.get(..2) {
        Some("**") | Some("__") => (Some(&trimmed[..2]), &trimmed[2..]),
        _ => (None, trimmed),
    };
    for (name, label) in LABELS {
        let Some(after) = strip_prefix_ignore_case(body, name) else {
            continue;
        };
        if after.chars().next().is_some_and(char::is_alphanumeric) {
            continue; // "Actionable", "Also worth noting"
        }
        let mut rest = after;
        let mut separated = false;
        if let Some(marker) = bold {
            rest = rest.trim_start();
            if let Some(r) = rest.strip_prefix(':') {
                rest = r;
                separated = true;
            }
            let Some(r) = rest.trim_start().strip_prefix(marker) else {
                continue;
            };
            rest = r;
        }
        if !separated {
            let r = rest.trim_start();
            let gap = rest.len() - r.len();
            match r.chars().next() {
                Some(c @ (':' | '—' | '–')) if gap <= 1 => {
                    rest = &r[c.len_utf8()..];
                    separated = true;
                }
                Some('-') if gap == 1 && r[1..].starts_with(' ') => {
                    rest = &r[1..];
                    separated = true;
                }
                _ => {}
            }
        }
        if separated {
            return Some((*label, rest.trim_start()));
        }
    }
    None
}

/// The principles named in a list such as `Dive Deep, Deliver Results` or
/// `Are Right, A Lot; Frugality` (names may hold commas themselves), and the parts
/// that name none.
fn principle_list(text: &str, set: &PrincipleSet) -> (Vec<String>, Vec<String>) {
    let text = text.trim().trim_end_matches('.');
    let parts: Vec<&str> = text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let (mut ids, mut unknown) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < parts.len() {
        // The longest run of parts, from here, that names a principle.
        let found = (i + 1..=parts.len()).rev().find_map(|j| {
            let joined = parts[i..j].join(", ");
            set.resolve(&joined)
                .or_else(|| set.resolve(&parts[i..j].join("; ")))
                .map(|p| (j, p.id.clone()))
        });
        match found {
            Some((j, id)) => {
                ids.push(id);
                i = j;
            }
            None => {
                unknown.push(parts[i].to_string());
                i += 1;
            }
        }
    }
    (ids, unknown)
}

/// `see Bias for Action A`, `(see Ownership, story 2)`: the principle referred to and
/// the marker of the story under it.
fn reference(text: &str, set: &PrincipleSet) -> Option<(String, String)> {
    let t = text
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')'])
        .trim();
    let rest = strip_prefix_ignore_case(t, "see ")
        .or_else(|| strip_prefix_ignore_case(t, "same as "))
        .or_else(|| strip_prefix_ignore_case(t, "same story as "))?;
    if rest.split_whitespace().count() > 10 {
        return None;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=words.len()).rev().find_map(|n| {
        let name = words[..n].join(" ");
        let principle = set.resolve(name.trim_end_matches([',', ':']))?;
        let marker = words[n..].join(" ");
        let marker = marker
            .trim_start_matches([',', ':', '-', '—'])
            .trim()
            .trim_start_matches("story")
            .trim();
        Some((principle.id.clone(), marker.to_string()))
    })
}

/// The first sentence of some Markdown text, without its markup.
fn first_sentence(text: &str) -> String {
    let line = text
        .lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['>', '-', '*', '+', '#', ' '])
                .trim()
        })
        .find(|l| !l.is_empty())
        .unwrap_or("");
    // The paragraph the first line begins, joined, up to the end of its first sentence.
    let paragraph: String = text
        .split("\n\n")
        .find(|p| p.contains(line))
        .unwrap_or(line)
        .lines()
        .map(|l| l.trim().trim_start_matches(['>', ' ']))
        .collect::<Vec<_>>()
        .join(" ");
    let plain: String = paragraph
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '`'))
        .collect();
    let plain = plain.trim().trim_start_matches(['-', '+', '#', ' ']).trim();
    let mut end = plain.len();
    for (i, c) in plain.char_indices() {
        if matches!(c, '.' | '?' | '!')
            && plain[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace)
        {
            end = i;
            break;
        }
    }
    plain[..end].trim().to_string()
}

/// A title of at most about 60 characters, cut at a word boundary.
fn short_title(text: &str) -> String {
    const MAX: usize = 60;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX {
        return text.trim_end_matches([',', ';', ':']).to_string();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > MAX && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches([',', ';', ':', '-', '—']).to_string()
}

/// Drafts that likely tell the same story (see `overlap::likely_same`).
pub fn find_duplicates(drafts: &[Draft]) -> Vec<Duplicate> {
    let texts: Vec<String> = drafts
        .iter()
        .map(|d| format!("{}\n{}", d.title, d.all_text()))
        .collect();
    overlap::pairs(&texts)
        .into_iter()
        .map(|(i, j, shared_words)| Duplicate {
            drafts: (i, j),
            shared_words,
        })
        .collect()
}

/// Makes each pair of likely duplicates one draft: the first keeps its title and
/// gains the second's principles and text; nothing is dropped.
pub fn merge_duplicates(plan: &mut Plan) {
    let mut removed = BTreeSet::new();
    for dup in &plan.duplicates {
        let (keep, gone) = dup.drafts;
        if removed.contains(&keep) || removed.contains(&gone) {
            continue;
        }
        let other = plan.drafts[gone].clone();
        let draft = &mut plan.drafts[keep];
        for p in other.principles {
            if !draft.principles.contains(&p) {
                draft.principles.push(p);
            }
        }
        for q in other.questions {
            if !draft.questions.contains(&q) {
                draft.questions.push(q);
            }
        }
        for (field, text) in [
            (&mut draft.situation, other.situation),
            (&mut draft.task, other.task),
            (&mut draft.action, other.action),
            (&mut draft.result, other.result),
            (&mut draft.learned, other.learned),
            (&mut draft.notes, other.notes),
        ] {
            append(field, &text);
        }
        draft.followups.extend(other.followups);
        draft.lines = (
            draft.lines.0.min(other.lines.0),
            draft.lines.1.max(other.lines.1),
        );
        removed.insert(gone);
    }
    let mut index = 0;
    plan.drafts.retain(|_| {
        index += 1;
        !removed.contains(&(index - 1))
    });
    plan.duplicates.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::principles;

    #[test]
    fn headings_name_principles_in_many_spellings() {
        let set = principles::builtin();
        let id = |t: &str| heading_principle(t, &set).map(|p| p.id.clone());
        assert_eq!(
            id("INVENT AND SIMPLIFY (my strongest one)").as_deref(),
            Some("invent-and-simplify")
        );
        assert_eq!(
            id("Customer Obsession ⭐").as_deref(),
            Some("customer-obsession")
        );
        assert_eq!(
            id("Have Backbone / Disagree and Commit").as_deref(),
            Some("have-backbone-disagree-and-commit")
        );
        assert_eq!(
            id("3. Insist on Highest Standards").as_deref(),
            Some("insist-on-the-highest-standards")
        );
        assert_eq!(id("Ownership — my stories").as_deref(), Some("ownership"));
        assert_eq!(id("🚀 Bias for Action").as_deref(), Some("bias-for-action"));
        assert_eq!(id("Tips for the day"), None);
        assert_eq!(id("Interview prep — story bank"), None);
    }

    #[test]
    fn labels_in_their_many_forms() {
        let cases = [
            (
                "**Situation:** Our pipeline",
                Some((Label::Part(Field::Situation), "Our pipeline")),
            ),
            (
                "**S:** Support tickets",
                Some((Label::Part(Field::Situation), "Support tickets")),
            ),
            (
                "**Situation** — The handbook",
                Some((Label::Part(Field::Situation), "The handbook")),
            ),
            (
                "**R** — The cheaper vendor",
                Some((Label::Part(Field::Result), "The cheaper vendor")),
            ),
            (
                "Result - it worked",
                Some((Label::Part(Field::Result), "it worked")),
            ),
            (
                "Impact: 70% fewer",
                Some((Label::Part(Field::Result), "70% fewer")),
            ),
            ("Task : fix it", Some((Label::Part(Field::Task), "fix it"))),
            (
                "**What I learned:** Write",
                Some((Label::Part(Field::Learned), "Write")),
            ),
            ("**Also:** Dive Deep", Some((Label::Also, "Dive Deep"))),
            (
                "Secondary principles: Dive Deep, Frugality",
                Some((Label::Also, "Dive Deep, Frugality")),
            ),
            ("A lot happened.", None),
            ("Actionable advice: none", None),
            ("The lesson for me was that deleting is a feature.", None),
            ("S-curve growth", None),
        ];
        for (text, expected) in cases {
            assert_eq!(split_label(text), expected, "{text}");
        }
    }

    #[test]
    fn principle_lists_allow_commas_inside_names() {
        let set = principles::builtin();
        let (ids, unknown) = principle_list(
            "Are Right, A Lot, Frugality; Have Backbone; Disagree and Commit",
            &set,
        );
        assert_eq!(
            ids,
            [
                "are-right-a-lot",
                "frugality",
                "have-backbone-disagree-and-commit"
            ]
        );
        assert!(unknown.is_empty());
        let (ids, unknown) = principle_list("Dive Deep, Teamwork", &set);
        assert_eq!(
            (ids, unknown),
            (vec!["dive-deep".to_string()], vec!["Teamwork".to_string()])
        );
    }

    #[test]
    fn titles_are_a_first_sentence_cut_at_a_word() {
        assert_eq!(
            short_title(&first_sentence(
                "Proper implementation of secret propagation. I was not satisfied."
            )),
            "Proper implementation of secret propagation"
        );
        assert_eq!(
            short_title(&first_sentence(
                "Provided opportunity for customer support staff to expand their role and skill set by teaching them."
            )),
            "Provided opportunity for customer support staff to expand"
        );
        assert_eq!(
            first_sentence("**Situation** — v1.2 shipped late."),
            "Situation — v1.2 shipped late"
        );
    }

    #[test]
    fn descriptions_are_third_person_and_not_short() {
        assert!(is_description(
            "Leaders are owners. They think long term, act for the whole company and never say “that’s not my job.\""
        ));
        assert!(!is_description(
            "I was not satisfied with the proposed solution, so I designed my own over a week."
        ));
        assert!(!is_description("Certified Scrum Product Owner"));
    }

    #[test]
    fn a_section_without_description_is_one_story() {
        let set = principles::builtin();
        let plan = plan(
            "## Dive Deep\n\nI dug in.\n\n- one\n- two\n\nIt worked.\n",
            &set,
        );
        assert_eq!(plan.drafts.len(), 1);
        assert_eq!(
            plan.drafts[0].notes,
            "I dug in.\n\n- one\n- two\n\nIt worked.\n"
        );
        assert_eq!(plan.drafts[0].lines, (3, 8));
    }

    #[test]
    fn deeply_nested_quotes_do_not_exhaust_the_stack() {
        let set = principles::builtin();
        let notes = format!("## Ownership\n\n{} deep\n", ">".repeat(50_000));
        let plan = plan(&notes, &set);
        assert_eq!(plan.drafts.len(), 1);
        assert!(plan.drafts[0].notes.contains("deep"));
    }

    #[test]
    fn a_thematic_break_separates_stories() {
        let set = principles::builtin();
        let plan = plan(
            "## Ownership\n\nI fixed the build.\n\n---\n\nI ran the migration.\n",
            &set,
        );
        let titles: Vec<_> = plan.drafts.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(titles, ["I fixed the build", "I ran the migration"]);
    }

    #[test]
    fn references_link_rather_than_copy() {
        let set = principles::builtin();
        let notes = "## Bias for Action\n\n### Shipped the hotfix\n\nI shipped it.\n\n### Paused the launch\n\nI paused it.\n\n## Ownership\n\nSee Bias for Action B\n";
        let plan = plan(notes, &set);
        assert_eq!(plan.drafts.len(), 2);
        assert_eq!(plan.drafts[1].principles, ["bias-for-action", "ownership"]);
        assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
        let dangling = super::plan("## Ownership\n\nSee Frugality C\n", &set);
        assert_eq!(
            dangling.skipped[0].reason,
            "a reference to a story that could not be found"
        );
    }

    #[test]
    fn text_before_any_principle_is_skipped_with_its_lines() {
        let set = principles::builtin();
        let plan = plan(
            "Intro line.\n\n# Notes\n\nMore.\n\n## Frugality\n\nI saved money.\n",
            &set,
        );
        let reasons: Vec<_> = plan
            .skipped
            .iter()
            .map(|s| (s.lines, s.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            [
                ((1, 1), "before the first principle heading"),
                ((3, 3), "heading names no principle"),
                ((5, 5), "under 'Notes', which names no principle"),
            ]
        );
        assert_eq!(plan.drafts.len(), 1);
    }
}
