//! The Markdown (CommonMark) export: every answer in one document to read before an
//! interview, grouped by principle in set order or listed story by story.

use comrak::Anchorizer;

use crate::model::{Part, PrincipleSet, Story, TARGET_SECONDS, WORDS_PER_MINUTE, format_duration};

/// How the document is arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// A section for each principle, in set order, with every story that serves it.
    Principle,
    /// A section for each story, once, naming the principles it serves.
    Story,
}

/// What to put in the document.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub grouping: Grouping,
    /// Principle ids to include, in set order.
    pub principles: Vec<String>,
    pub include_notes: bool,
}

/// Renders the document. `stories` are the ones chosen by the filters; principles
/// with no written story among them appear as gaps. Each written story is told in
/// full once, under its home principle (its first principle among those exported),
/// and named with a link under the others; unwritten stories make no answer and are
/// listed once, at the end, as still to write.
pub fn export(set: &PrincipleSet, stories: &[&Story], options: &ExportOptions) -> String {
    let mut out = Vec::new();
    export_to(set, stories, options, &mut out).expect("writing to memory does not fail");
    String::from_utf8(out).expect("the document is built from text")
}

/// As `export`, written to `out` section by section, so a large library's document is
/// never held whole in memory.
pub fn export_to(
    set: &PrincipleSet,
    stories: &[&Story],
    options: &ExportOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut doc = Document::default();
    let included: rustc_hash::FxHashSet<&str> =
        options.principles.iter().map(String::as_str).collect();
    let principles: Vec<_> = set
        .principles
        .iter()
        .filter(|p| included.contains(p.id.as_str()))
        .collect();
    let (written, unwritten): (Vec<&Story>, Vec<&Story>) =
        stories.iter().copied().partition(|s| s.is_written());
    let index = crate::coverage::Serving::new(written.iter().copied());
    let serving = |id: &str| index.of(id);
    let home = |story: &Story| super::told_under(story, &included);
    let name = |id: &str| set.get(id).map_or(id.to_string(), |p| p.name.clone());
    let gaps = principles
        .iter()
        .filter(|p| serving(&p.id).is_empty())
        .count();

    let title = format!("Interview answers: {}", set.name);
    doc.heading(1, &title);
    let mut summary = format!(
        "{} for {}; {}.",
        count(written.len(), "answer", "answers"),
        count(principles.len(), "principle", "principles"),
        match gaps {
            0 => "every principle has a written answer".to_string(),
            1 => "1 principle has no written answer yet".to_string(),
            n => format!("{n} principles have no written answer yet"),
        },
    );
    if !unwritten.is_empty() {
        summary.push_str(&format!(
            " {} still to write, listed at the end.",
            count(unwritten.len(), "story is", "stories are")
        ));
    }
    summary.push_str(&format!(
        " Spoken lengths are estimated at {WORDS_PER_MINUTE} words a minute; \
         aim for about {} minutes an answer.",
        TARGET_SECONDS / 60
    ));
    doc.paragraph(&summary);
    const STILL_TO_WRITE: &str = "Still to write";

    // Anchors are worked out in the order headings appear, as GitHub does.
    let mut anchors = Anchorizer::new();
    anchors.anchorize(&title);
    anchors.anchorize("Contents");
    let parts_numbered = parts_take_anchors(
        [title.as_str(), STILL_TO_WRITE, NO_ANSWER]
            .into_iter()
            .chain(principles.iter().map(|p| p.name.as_str()))
            .chain(written.iter().map(|s| s.title.as_str())),
    );
    let mut anchor_of: rustc_hash::FxHashMap<&str, String> = Default::default();
    let mut contents = Vec::new();
    match options.grouping {
        Grouping::Principle => {
            for p in &principles {
                let anchor = anchors.anchorize(&p.name);
                let note = match serving(&p.id).len() {
                    0 => "no written answer yet".to_string(),
                    n => count(n, "answer", "answers"),
                };
                contents.push(format!("[{}](#{anchor}): {note}", escape(&p.name)));
                for story in serving(&p.id) {
                    if home(story).as_deref() != Some(p.id.as_str()) {
                        continue;
                    }
                    anchor_of.insert(&story.id, anchors.anchorize(&story.title));
                    if parts_numbered {
                        for part in parts(story, options.include_notes) {
                            anchors.anchorize(part.0);
                        }
                    }
                }
            }
        }
        Grouping::Story => {
            for story in &written {
                let anchor = anchors.anchorize(&story.title);
                contents.push(format!("[{}](#{anchor})", escape(story.title.trim())));
                anchor_of.insert(&story.id, anchor);
                if parts_numbered {
                    for part in parts(story, options.include_notes) {
                        anchors.anchorize(part.0);
                    }
                }
            }
            if gaps > 0 {
                let heading = NO_ANSWER;
                let anchor = anchors.anchorize(heading);
                contents.push(format!("[{heading}](#{anchor})"));
            }
        }
    }
    if !unwritten.is_empty() {
        let anchor = anchors.anchorize(STILL_TO_WRITE);
        contents.push(format!(
            "[{STILL_TO_WRITE}](#{anchor}): {}",
            unwritten.len()
        ));
    }
    doc.heading(2, "Contents");
    doc.list(&contents);
    drop(contents);
    doc.write_to(out)?;

    match options.grouping {
        Grouping::Principle => {
            for p in &principles {
                doc.heading(2, &p.name);
                let found = serving(&p.id);
                if found.is_empty() {
                    let waiting: Vec<String> = unwritten
                        .iter()
                        .filter(|s| s.principles.contains(&p.id))
                        .map(|s| escape(s.title.trim()))
                        .collect();
                    if !waiting.is_empty() {
                        doc.paragraph("*No written answer yet.* To write:");
                        doc.list(&waiting);
                        doc.paragraph("Questions to prepare for:");
                    } else {
                        doc.paragraph("*No written answer yet.* Questions to prepare for:");
                    }
                    doc.list(
                        &p.questions
                            .iter()
                            .take(3)
                            .map(|q| escape(q))
                            .collect::<Vec<_>>(),
                    );
                }
                let mut elsewhere = Vec::new();
                for story in found {
                    match home(story) {
                        Some(h) if h == p.id => {
                            answer(&mut doc, set, story, Some(&p.id), options.include_notes)
                        }
                        Some(h) => elsewhere.push(format!(
                            "[{}](#{}), told under {}",
                            escape(story.title.trim()),
                            anchor_of.get(story.id.as_str()).map_or("", String::as_str),
                            escape(&name(&h))
                        )),
                        None => {}
                    }
                }
                if !elsewhere.is_empty() {
                    doc.paragraph("Also answers this:");
                    doc.list(&elsewhere);
                }
                doc.write_to(out)?;
            }
        }
        Grouping::Story => {
            for story in &written {
                answer(&mut doc, set, story, None, options.include_notes);
                doc.write_to(out)?;
            }
            if gaps > 0 {
                doc.heading(2, NO_ANSWER);
                let names: Vec<String> = principles
                    .iter()
                    .filter(|p| serving(&p.id).is_empty())
                    .map(|p| escape(&p.name))
                    .collect();
                doc.list(&names);
            }
        }
    }
    if !unwritten.is_empty() {
        doc.heading(2, STILL_TO_WRITE);
        doc.paragraph(
            "These stories have notes but no answer yet; `lp write` turns each into one.",
        );
        let items: Vec<String> = unwritten
            .iter()
            .map(|s| {
                let names: Vec<String> = s.principles.iter().map(|p| name(p)).collect();
                format!("{} ({})", escape(s.title.trim()), escape(&names.join(", ")))
            })
            .collect();
        doc.list(&items);
    }
    doc.write_to(out)
}

/// The heading of the section that names the principles with no written answer.
const NO_ANSWER: &str = "Principles with no written answer";

/// Whether the headings of answers' parts must be given anchors for the document's
/// links to be right. GitHub numbers an anchor past those of the same name before it
/// ("situation-1"), so the parts' headings matter only when a heading that is linked to
/// is named like one ("Situation", "Result 2"); otherwise they are passed over: five
/// anchors a story, worked out for nothing.
fn parts_take_anchors<'a>(linked: impl IntoIterator<Item = &'a str>) -> bool {
    let id = |heading: &str| Anchorizer::new().anchorize(heading);
    let parts: Vec<String> = Part::ALL
        .iter()
        .map(|p| p.label())
        .chain(["Follow-up questions", "Notes"])
        .map(id)
        .collect();
    linked.into_iter().any(|heading| {
        let id = id(heading);
        parts.iter().any(|part| {
            id == *part
                || id
                    .strip_prefix(part.as_str())
                    .is_some_and(|rest| rest.starts_with('-'))
        })
    })
}

/// The headed parts of an answer, in order: (heading, text), the empty ones left out.
fn parts(story: &Story, include_notes: bool) -> Vec<(&'static str, &str)> {
    let mut out: Vec<(&'static str, &str)> = story
        .written_parts()
        .map(|(part, text)| (part.label(), text))
        .collect();
    if !story.followups.is_empty() {
        out.push(("Follow-up questions", ""));
    }
    if include_notes {
        out.push(("Notes", story.notes.as_str()));
    }
    out.retain(|(heading, text)| !text.trim().is_empty() || *heading == "Follow-up questions");
    out
}

/// One story as an answer. `under` is the principle whose section it sits in, so the
/// line beneath the title names the others it also serves.
fn answer(
    doc: &mut Document,
    set: &PrincipleSet,
    story: &Story,
    under: Option<&str>,
    include_notes: bool,
) {
    let level = if under.is_some() { 3 } else { 2 };
    doc.heading(level, story.title.trim());
    let facts = super::answer_facts(set, story, under);
    doc.paragraph(&format!("*{}*", escape(&facts.join(" · "))));
    if !story.questions.is_empty() {
        doc.paragraph("Questions it answers:");
        doc.list(
            &story
                .questions
                .iter()
                .map(|q| escape(q.trim()))
                .collect::<Vec<_>>(),
        );
    }
    for (heading, text) in parts(story, include_notes) {
        doc.heading(level + 1, heading);
        if heading == "Follow-up questions" {
            for f in &story.followups {
                doc.paragraph(&format!("**{}**", escape(f.question.trim())));
                if !f.answer.trim().is_empty() {
                    doc.block(&f.answer);
                }
            }
        } else {
            doc.block(text);
        }
    }
}

/// Escapes the characters that would change meaning inside a line of Markdown
/// (emphasis, code, links, HTML), and a leading one that would start a block
/// (`#`, `>`, `-`, `+`, `1.`), leaving ordinary punctuation readable.
pub fn escape(text: &str) -> String {
    let text = crate::visible::visible(text);
    let leading = |c: char| matches!(c, '#' | '>' | '-' | '+' | '=' | '|');
    let inside = |c: char| {
        matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '~'
        )
    };
    // Most text has none of these (all ASCII, so its bytes can be looked at alone).
    let mut out = if !text.starts_with(leading) && !text.bytes().any(|b| inside(char::from(b))) {
        text.into_owned()
    } else {
        let mut out = String::with_capacity(text.len() + 8);
        for (i, c) in text.chars().enumerate() {
            if (i == 0 && leading(c)) || inside(c) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    };
    // `1. text` at the start of a line would become a numbered list.
    if let Some(dot) = out.find(['.', ')'])
        && dot > 0
        && out[..dot].chars().all(|c| c.is_ascii_digit())
    {
        out.insert(dot, '\\');
    }
    out
}

fn count(n: usize, one: &str, many: &str) -> String {
    crate::english::plural(n, one, many)
}

/// A Markdown document built block by block, each separated by one blank line. What
/// is built so far can be written out and let go (`write_to`), section by section.
#[derive(Default)]
struct Document {
    text: String,
    /// Whether blocks were already written out, before those in `text`.
    written: bool,
}

impl Document {
    fn separate(&mut self) {
        if self.written || !self.text.is_empty() {
            self.text.push('\n');
        }
    }

    /// Writes the blocks built since the last call, and keeps their buffer for the next.
    fn write_to(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.text.as_bytes())?;
        self.written |= !self.text.is_empty();
        self.text.clear();
        Ok(())
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.separate();
        self.text.extend(std::iter::repeat_n('#', level));
        self.text.push(' ');
        self.text.push_str(&escape(text.trim()));
        self.text.push('\n');
    }

    fn paragraph(&mut self, text: &str) {
        self.separate();
        self.text.push_str(text);
        self.text.push('\n');
    }

    /// The user's own Markdown, as written (control characters made visible), with its
    /// trailing blank lines trimmed.
    fn block(&mut self, text: &str) {
        self.separate();
        self.text
            .push_str(crate::visible::visible(text.trim_end()).as_ref());
        self.text.push('\n');
    }

    fn list(&mut self, items: &[String]) {
        self.separate();
        for item in items {
            self.text.push_str(&format!("- {item}\n"));
        }
    }
}

/// The one-page cheat sheet of `lp plan -o`: principle, story, its result, its length.
pub fn cheat_sheet(set_name: &str, plan: &crate::plan::Plan) -> String {
    let cell = |text: &str| escape(text.trim()).replace('|', "\\|");
    let mut doc = Document::default();
    doc.heading(1, &format!("Interview plan: {set_name}"));
    let mut table =
        String::from("| Principle | Story | Result | Length |\n| --- | --- | --- | --- |\n");
    for a in &plan.assignments {
        match &a.story {
            Some(c) => table.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                cell(&a.name),
                cell(&c.title),
                if c.result_line.is_empty() {
                    "(no result yet)".to_string()
                } else {
                    cell(&c.result_line)
                },
                format_duration(c.seconds)
            )),
            None => table.push_str(&format!(
                "| {} | (no distinct story) | | |\n",
                cell(&a.name)
            )),
        }
    }
    doc.block(&table);
    let backups: Vec<String> = plan
        .assignments
        .iter()
        .filter_map(|a| {
            a.backup
                .as_ref()
                .map(|b| format!("{}: {}", cell(&a.name), cell(&b.title)))
        })
        .collect();
    if !backups.is_empty() {
        doc.heading(2, "Backups");
        doc.list(&backups);
    }
    doc.text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_is_the_character_by_character_escape() {
        // What `escape` does, a character at a time, as it did before it passed over
        // text with nothing to escape.
        let reference = |text: &str| {
            let text = crate::visible::visible(text);
            let mut out = String::new();
            for (i, c) in text.chars().enumerate() {
                if (i == 0 && matches!(c, '#' | '>' | '-' | '+' | '=' | '|'))
                    || matches!(
                        c,
                        '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '~'
                    )
                {
                    out.push('\\');
                }
                out.push(c);
            }
            if let Some(dot) = out.find(['.', ')'])
                && dot > 0
                && out[..dot].chars().all(|c| c.is_ascii_digit())
            {
                out.insert(dot, '\\');
            }
            out
        };
        let pieces = [
            "plain",
            " ",
            "#",
            "-",
            "1",
            "2.",
            ")",
            "*",
            "_",
            "<b>",
            "&",
            "~",
            "\\",
            "é",
            "日本",
            "\u{1b}[2J",
            "|",
            "=",
            ".",
            "`",
        ];
        let mut rng = fastrand::Rng::with_seed(5);
        for _ in 0..3000 {
            let text: String = (0..rng.usize(0..6))
                .map(|_| pieces[rng.usize(..pieces.len())])
                .collect();
            assert_eq!(escape(&text), reference(&text), "{text:?}");
        }
    }

    #[test]
    fn escape_guards_markup_and_keeps_punctuation() {
        assert_eq!(
            escape("Cut costs (by 20%). Done-ish."),
            "Cut costs (by 20%). Done-ish."
        );
        assert_eq!(
            escape("*bold* <script> [x](y)"),
            "\\*bold\\* \\<script\\> \\[x\\](y)"
        );
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("2024. A year"), "2024\\. A year");
    }

    #[test]
    fn the_document_is_written_section_by_section_and_whole() {
        let set = crate::principles::builtin();
        let stories: Vec<Story> = ["ownership", "dive-deep", "frugality"]
            .iter()
            .enumerate()
            .map(|(i, p)| Story {
                id: format!("s{i}"),
                title: format!("Story {i}"),
                principles: vec![p.to_string()],
                parts: crate::model::parts([(crate::model::Part::Action, "I did it.".into())]),
                ..Story::default()
            })
            .collect();
        let chosen: Vec<&Story> = stories.iter().collect();
        /// Counts the writes it is given.
        struct Pieces(Vec<u8>, usize);
        impl std::io::Write for Pieces {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.1 += 1;
                self.0.extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        for grouping in [Grouping::Principle, Grouping::Story] {
            let options = ExportOptions {
                grouping,
                principles: set.principles.iter().map(|p| p.id.clone()).collect(),
                include_notes: false,
            };
            let mut out = Pieces(Vec::new(), 0);
            export_to(&set, &chosen, &options, &mut out).unwrap();
            assert!(out.1 > 3, "{grouping:?}: written in {} pieces", out.1);
            let whole = export(&set, &chosen, &options);
            assert_eq!(String::from_utf8(out.0).unwrap(), whole);
            assert!(whole.contains("\n## Contents\n\n- [") && !whole.contains("\n\n\n"));
            // Every block is set apart by one blank line, across the pieces too.
            let lines: Vec<&str> = whole.lines().collect();
            for (i, line) in lines.iter().enumerate().skip(1) {
                if line.starts_with('#') {
                    assert_eq!(lines[i - 1], "", "{grouping:?}: {line}");
                }
            }
        }
    }

    #[test]
    fn a_title_named_like_a_part_is_linked_past_the_parts_anchors() {
        let set = crate::principles::builtin();
        let story = |id: &str, title: &str| Story {
            id: id.into(),
            title: title.into(),
            principles: vec!["ownership".into()],
            parts: crate::model::parts([(Part::Situation, "It broke.".into())]),
            ..Story::default()
        };
        let (a, b) = (story("a", "Cut costs"), story("b", "Situation"));
        let options = ExportOptions {
            grouping: Grouping::Story,
            principles: vec!["ownership".into()],
            include_notes: false,
        };
        // "Cut costs" has a "Situation" heading before the story named so: GitHub
        // gives that heading #situation, and the story #situation-1.
        let doc = export(&set, &[&a, &b], &options);
        assert!(doc.contains("- [Situation](#situation-1)"), "{doc}");
        // With no title named like a part, the parts' anchors are not worked out, and
        // the links are what they would be.
        let c = story("c", "Saved a launch");
        let doc = export(&set, &[&a, &c], &options);
        assert!(doc.contains("- [Cut costs](#cut-costs)"), "{doc}");
        assert!(doc.contains("- [Saved a launch](#saved-a-launch)"), "{doc}");
        assert!(!parts_take_anchors([
            "Cut costs",
            "Saved a launch",
            "Ownership"
        ]));
        assert!(parts_take_anchors(["Result 2"]) && parts_take_anchors(["**Task**"]));
    }
}
