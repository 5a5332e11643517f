//! A fast reader for the shape nearly every story file has, so that a large library
//! loads at the speed of reading its files.
//!
//! The YAML parser reads a character at a time and, without this reader, spends most
//! of `lp coverage`'s time. Story files are almost always a block mapping of keys at
//! column 1 whose values are one-line scalars, lists of one-line scalars, or `|`
//! blocks. This module reads exactly that shape and builds the same tree, places
//! included, that the full reader (`tree`) would; for anything else, however small (a
//! tab, a comment after a value, an anchor, a folded `>` block, a key twice), it
//! declines and the full reader reads the file, so it is also the full reader that
//! reports every syntax error.
//!
//! Agreement with the full reader is tested on generated documents in `cargo test` and
//! by the `fast_yaml` fuzz target: whenever this reader gives a tree, it is the full
//! reader's tree.

use super::tree::{Node, Style, Value};
use crate::diagnostic::Pos;

/// The file's tree, or `None` when it is not in the shape this reader knows.
pub fn parse(text: &str) -> Option<Node> {
    // Without a carriage return, and ending in a line break, the text's lines are
    // exactly the pieces between its line breaks.
    if !text.ends_with('\n') || !plain_characters(text) {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut entries: Vec<(Node, Node)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if blank(line) || line.starts_with('#') {
            i += 1;
            continue;
        }
        let (key, rest) = key_line(line)?;
        if entries.iter().any(|(k, _)| k.text() == Some(key)) {
            return None; // the full reader reports the duplicate
        }
        let key_len = key.len();
        let key = scalar(key.to_string(), Style::Plain, Pos::new(i + 1, 1));
        let value_column = line.len() - rest.trim_start_matches(' ').len();
        let rest = rest.trim_start_matches(' ');
        let value;
        (value, i) = if rest.is_empty() {
            // The full reader places an empty value at the colon.
            let colon = Pos::new(i + 1, key_len + 1);
            nested(&lines, i + 1, colon)?
        } else if rest.starts_with('|') {
            literal(&lines, i + 1, rest)?
        } else if rest.starts_with('[') {
            (flow_list(rest, Pos::new(i + 1, value_column + 1))?, i + 1)
        } else {
            (inline(rest, Pos::new(i + 1, value_column + 1))?, i + 1)
        };
        entries.push((key, value));
    }
    if entries.is_empty() {
        return None; // an empty or comment-only file: the full reader says what it is
    }
    // The full reader places the mapping at its first key.
    Some(Node {
        pos: entries[0].0.pos,
        value: Value::Map(entries),
    })
}

fn scalar(text: String, style: Style, pos: Pos) -> Node {
    Node {
        pos,
        value: Value::Scalar {
            text,
            style,
            tag: None,
        },
    }
}

/// No tab, carriage return, control character, byte-order mark or Unicode line break:
/// characters whose treatment in YAML is subtle are left to the full reader.
fn plain_characters(text: &str) -> bool {
    // Without an early exit, so that the compiler can test many bytes at a time.
    let odd = text.bytes().fold(false, |odd, b| {
        odd | ((b < b' ') & (b != b'\n')) | (b > b'~')
    });
    if !odd {
        return true;
    }
    text.chars().all(|c| {
        c == '\n'
            || (' '..='~').contains(&c)
            || (c >= '\u{a0}'
                && !matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
                ))
    })
}

fn blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ')
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// `key:` at column 1, the key a word that is surely text; returns the key and what
/// follows the colon.
fn key_line(line: &str) -> Option<(&str, &str)> {
    let end = line.find(':')?;
    let (key, rest) = (&line[..end], &line[end + 1..]);
    let word = key.len() <= 64
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (word && surely_text(key) && (rest.is_empty() || rest.starts_with(' '))).then_some((key, rest))
}

/// Whether a plain scalar is surely one plain scalar and text, not nothing, true/false
/// or a number (which the full reader keeps as written too, but names otherwise in a
/// message). Conservative: some texts are declined.
fn surely_text(scalar: &str) -> bool {
    let Some(first) = scalar.chars().next() else {
        return false;
    };
    if first.is_ascii_alphabetic() {
        !matches!(
            scalar,
            "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        )
    } else if first.is_ascii_digit() {
        // No number has a space in it.
        scalar.contains(' ')
    } else {
        !first.is_ascii()
    }
}

/// A one-line scalar after `key: ` or `- `, which starts at `pos`.
fn inline(rest: &str, pos: Pos) -> Option<Node> {
    let written = rest.trim_end_matches(' ');
    let (text, style) = match written.as_bytes()[0] {
        b'"' => {
            let inner = written.strip_prefix('"')?.strip_suffix('"')?;
            if inner.contains(['"', '\\']) {
                return None;
            }
            (inner.to_string(), Style::Quoted)
        }
        b'\'' => {
            let inner = written.strip_prefix('\'')?.strip_suffix('\'')?;
            (single_quoted(inner)?, Style::Quoted)
        }
        _ => {
            let plain = surely_text(written)
                && !written.contains(": ")
                && !written.contains(" #")
                && !written.ends_with(':');
            if !plain {
                return None;
            }
            (written.to_string(), Style::Plain)
        }
    };
    Some(scalar(text, style, pos))
}

/// The text of a single-quoted scalar's inside, where `''` stands for `'`.
fn single_quoted(inner: &str) -> Option<String> {
    let mut text = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\'' && chars.next() != Some('\'') {
            return None;
        }
        text.push(c);
    }
    Some(text)
}

/// `[a, b, c]` on one line, of plain words; the `[` at `pos`.
fn flow_list(rest: &str, pos: Pos) -> Option<Node> {
    let inner = rest
        .trim_end_matches(' ')
        .strip_prefix('[')?
        .strip_suffix(']')?;
    if inner.contains(['[', ']', '{', '}', '"', '\'', '#', ':']) {
        return None;
    }
    let mut items = Vec::new();
    if !blank(inner) {
        // The column of each item: the characters before it, from the `[`.
        let mut column = pos.column + 1;
        for piece in inner.split(',') {
            let item = piece.trim_matches(' ');
            // `[a -]`: a `-` after a space at the end of an item starts a token for the
            // full reader, which refuses it; left to it.
            if !surely_text(item) || item.ends_with(" -") {
                return None;
            }
            let before = piece.len() - piece.trim_start_matches(' ').len();
            items.push(scalar(
                item.to_string(),
                Style::Plain,
                Pos::new(pos.line, column + before),
            ));
            column += piece.chars().count() + 1;
        }
    }
    Some(Node {
        pos,
        value: Value::List(items),
    })
}

/// The value of a key with nothing after its colon: a list on the lines below, or
/// nothing (placed at `empty`). Returns it and the index of the first line after it.
fn nested(lines: &[&str], start: usize, empty: Pos) -> Option<(Node, usize)> {
    let nothing = || scalar(String::new(), Style::Plain, empty);
    let Some(first) = next_content(lines, start) else {
        return Some((nothing(), start));
    };
    let dash = indent(lines[first]);
    if !lines[first][dash..].starts_with("- ") {
        // Another key (the value is nothing), or something nested this reader leaves
        // alone.
        return (dash == 0).then(|| (nothing(), start));
    }
    let mut items = Vec::new();
    let mut i = first;
    loop {
        let after = lines[i][dash..].strip_prefix("- ")?;
        let item = after.trim_start_matches(' ');
        if item.is_empty() || item.starts_with(['[', '|', '>']) {
            return None;
        }
        let column = lines[i].len() - item.len() + 1;
        items.push(inline(item, Pos::new(i + 1, column))?);
        let Some(next) = next_content(lines, i + 1) else {
            return Some((list(first, dash, items), lines.len()));
        };
        let at = indent(lines[next]);
        if at == dash && lines[next][at..].starts_with("- ") {
            i = next;
        } else if at == 0 {
            return Some((list(first, dash, items), next));
        } else {
            return None;
        }
    }
}

/// A block list whose first `-` stands on line index `first` at `dash` spaces. The
/// full reader places an indented list at its first `-`, and one at column 1 at its
/// first item.
fn list(first: usize, dash: usize, items: Vec<Node>) -> Node {
    let pos = match items.first() {
        Some(item) if dash == 0 => item.pos,
        _ => Pos::new(first + 1, dash + 1),
    };
    Node {
        pos,
        value: Value::List(items),
    }
}

/// The index of the next line that is neither blank nor a comment at column 1.
fn next_content(lines: &[&str], start: usize) -> Option<usize> {
    (start..lines.len()).find(|&i| !blank(lines[i]) && !lines[i].starts_with('#'))
}

/// A `|` or `|-` block starting below line `start - 1`.
fn literal(lines: &[&str], start: usize, header: &str) -> Option<(Node, usize)> {
    let strip = match header.trim_end_matches(' ') {
        "|" => false,
        "|-" => true,
        _ => return None,
    };
    let first = (start..lines.len()).find(|&i| !blank(lines[i]))?;
    let width = indent(lines[first]);
    if width == 0 {
        return None;
    }
    // First where the block ends and how long its text is, so that the text is
    // allocated once at its size: a large library holds every story's text at once.
    let mut end = start;
    let mut last = first; // the last line with content
    let mut len = 0;
    while end < lines.len() {
        let line = lines[end];
        if blank(line) {
            if line.len() > width {
                return None; // spaces that may be content: left to the full reader
            }
        } else if indent(line) >= width {
            last = end;
            len += line.len() - width;
        } else if indent(line) == 0 {
            break;
        } else {
            return None;
        }
        end += 1;
    }
    // Blank lines inside the text are kept; trailing ones are clipped or stripped.
    len += last + 1 - start;
    let mut text = String::with_capacity(len);
    for line in &lines[start..=last] {
        text.push_str(line.get(width..).unwrap_or(""));
        text.push('\n');
    }
    if strip {
        text.pop();
    }
    Some((
        scalar(text, Style::Block, Pos::new(first + 1, width + 1)),
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the fast reader, when it gives a tree, gives the full reader's, places
    /// and all.
    fn agrees(text: &str) -> Result<bool, String> {
        let Some(fast) = parse(text) else {
            return Ok(false);
        };
        match super::super::tree::parse(std::path::Path::new("s.yaml"), text) {
            Ok(Some(full)) if full == fast => Ok(true),
            Ok(full) => Err(format!("{text:?}\nfast: {fast:?}\nfull: {full:?}")),
            Err(err) => Err(format!("{text:?}\nfast: {fast:?}\nfull fails: {err:?}")),
        }
    }

    fn get<'a>(node: &'a Node, key: &str) -> &'a Node {
        let Value::Map(entries) = &node.value else {
            panic!("not a mapping")
        };
        &entries
            .iter()
            .find(|(k, _)| k.text() == Some(key))
            .unwrap()
            .1
    }

    #[test]
    fn reads_the_usual_shape_as_the_full_parser_does() {
        let text = "title: \"Story 4: Cost\"\nprinciples:\n  - ownership\n  - 'it''s'\nstatus: ready\nwhen: '2019'\ntags: [traced, the]\n\n# notes below\nsituation: |\n  One.\n\n    Two, indented.\n  # not a comment\n\ntask: |-\n  Kept.\nempty:\nlist:\n- a\n- b c\n";
        assert_eq!(agrees(text), Ok(true));
        let value = parse(text).unwrap();
        assert_eq!(
            get(&value, "situation").text(),
            Some("One.\n\n  Two, indented.\n# not a comment\n")
        );
        assert_eq!(get(&value, "task").text(), Some("Kept."));
        assert!(get(&value, "empty").is_null());
    }

    /// The speed of a large library rests on the fast reader taking what people and
    /// `lp` write.
    #[test]
    fn takes_the_stories_lp_writes_and_the_repositorys_own() {
        let story = crate::model::Story {
            parts: crate::model::parts([
                (
                    crate::model::Part::Situation,
                    "Releases failed a quarter of the time.\n\nNobody owned them.".into(),
                ),
                (
                    crate::model::Part::Action,
                    "I wrote the runbook.\n  - step one\n".into(),
                ),
                (crate::model::Part::Result, "Failures fell to 2%.".into()),
            ]),
            title: "Cut release failures from 25% to 2%: the rollback".into(),
            principles: vec!["ownership".into(), "Dive Deep".into()],
            tags: vec!["release".into(), "2023".into()],
            ..Default::default()
        };
        let written = crate::story_yaml::to_yaml(&story);
        assert_eq!(agrees(&written), Ok(true), "{written}");

        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stories");
        let mut read = 0;
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert_eq!(agrees(&text), Ok(true), "{}", path.display());
                read += 1;
            }
        }
        assert!(read >= 10, "only {read} stories in stories/");
    }

    #[test]
    fn declines_what_it_does_not_know() {
        for text in [
            "title: a\n\ttabbed: b\n",
            "title: a # comment\n",
            "title: &x a\n",
            "title: >\n  folded\n",
            "title: a\ntitle: b\n",
            "title: a\n  continued\n",
            "title: 2019\n",
            "title: null\n",
            "true: a\n",
            "title: \"a\\nb\"\n",
            "title: a\r\n",
            "title: a",
            "# only a comment\n",
            "followups:\n  - question: q\n",
            "situation: |2\n   x\n",
            "situation: |\n  x\n      \n",
            "---\ntitle: a\n",
            "tags: [a,]\n",
            "tags: [Bi  -]\n",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    struct Rng(fastrand::Rng);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0.usize(..n)
        }

        /// A piece from `all`, mostly from its first `usual`.
        fn pick(&mut self, (usual, all): (usize, &[&'static str])) -> &'static str {
            let n = if usual > 0 && self.below(8) > 0 {
                usual
            } else {
                all.len()
            };
            all[self.below(n)]
        }
    }

    /// Documents built at random from pieces that sit near the edges of the shape: any
    /// value the fast reader gives must be the full parser's.
    #[test]
    fn agrees_with_the_full_parser_on_generated_documents() {
        // Each list starts with pieces of the usual shape, then pieces near its edges;
        // `pick` takes mostly from the first part so that most documents get read.
        const KEYS: (usize, &[&str]) = (
            16,
            &[
                "title",
                "status",
                "tags",
                "when",
                "context",
                "situation",
                "task",
                "action",
                "result",
                "learned",
                "notes",
                "questions",
                "principles",
                "allow",
                "k_1",
                "K",
                "title",
                "x-y",
                "null",
                "True",
                "a b",
                "-k",
                "k1",
            ],
        );
        const SEPARATORS: (usize, &[&str]) = (1, &[": ", ":", ":  ", ":\t", " :", "::"]);
        const VALUES: (usize, &[&str]) = (
            16,
            &[
                "word",
                "two words ",
                "a:b",
                "C#",
                "R&D",
                "'q'",
                "'it''s'",
                "\"dq\"",
                "[a, b]",
                "[]",
                "[a b, c]",
                "|",
                "|-",
                "| ",
                "ünïcode text",
                "a\u{a0}b",
                "a: b",
                "a #b",
                "end:",
                "'open",
                "\"a\\nb\"",
                "\"a\" b",
                "[a,]",
                "[ ]",
                "[1, 2]",
                "|+",
                ">",
                "~",
                "null",
                "1",
                "01",
                "1.5",
                "2019",
                "1 000",
                "yes",
                "-",
                "- a",
                "&a x",
                "*a",
                "!t x",
                "é",
                "\u{85}x",
                "inf",
                ".nan",
                "",
                "x\u{2028}y",
                "{a: b}",
                "%x",
                "@x",
                "`x",
                "?x",
            ],
        );
        const LIST: (usize, &[&str]) = (
            5,
            &[
                "  - item",
                "  -  spaced",
                "  - 'q'",
                "",
                "# c",
                "- item",
                "  - a: b",
                "  -",
                "  - [a]",
                "  - |",
                "    - deep",
                "  # c",
                " x",
                "\tx",
            ],
        );
        const BLOCK: (usize, &[&str]) = (
            6,
            &[
                "  text",
                "    text",
                "",
                "  ",
                "  # not a comment",
                "  key: text",
                "   ",
                "      ",
                " x",
                "# c",
                "---",
                "...",
                "\tx",
                "  \ttab",
            ],
        );
        let mut rng = Rng(fastrand::Rng::with_seed(0x2545_f491_4f6c_dd1d));
        let mut accepted = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + rng.below(5) {
                text.push_str(rng.pick(KEYS));
                text.push_str(rng.pick(SEPARATORS));
                let value = rng.pick(VALUES);
                text.push_str(value);
                text.push('\n');
                let below = match value {
                    "" => LIST,
                    v if v.starts_with('|') => BLOCK,
                    _ => (0, LIST.1),
                };
                let lines = match below.0 {
                    0 => rng.below(4) / 3,
                    _ => rng.below(5),
                };
                for _ in 0..lines {
                    text.push_str(rng.pick(below));
                    text.push('\n');
                }
            }
            if agrees(&text).unwrap_or_else(|e| panic!("{e}")) {
                accepted += 1;
            }
        }
        // The test means something only if the fast reader takes a good share.
        assert!(accepted > 2_000, "the fast reader took only {accepted}");
    }
}
