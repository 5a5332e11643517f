//! One parse of a YAML file into a small tree that knows where every value is: each
//! node's kind, its text exactly as written, and its place. Story and principle files
//! are read from this tree, so a value is never turned into a number and back
//! (`when: 2022.10` stays "2022.10" at every depth), and every problem is pointed at
//! where the parser saw it. Duplicate keys, nesting depth and aliases are checked while
//! the tree is built.
//!
//! The events come from saphyr-parser, which reports each one's place and each
//! scalar's style. serde_yaml is kept for writing (`story_yaml` quotes a scalar with
//! it), and whatever lp writes is read back through this tree before it is kept.

use std::path::Path;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use super::MAX_NESTING;
use crate::diagnostic::{Diagnostic, Pos};

/// How a scalar was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `key: text`, without quotes: the only style that can be read as nothing,
    /// true/false or a number.
    Plain,
    /// In single or double quotes.
    Quoted,
    /// A block: `key: |` or `key: >`.
    Block,
}

/// A YAML tag lp understands: the core schema's, which say what a scalar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Str,
    Null,
    Bool,
    Number,
    /// Any other tag (`!custom`).
    Other,
}

/// A value of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Scalar {
        /// The text as written, quotes off and escapes read; for a plain scalar, the
        /// characters of the file.
        text: String,
        style: Style,
        tag: Option<Tag>,
    },
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// A value and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

impl Node {
    /// The entries of a list: none for nothing (an empty value), and the node itself
    /// back when it is something else, for the reader to say what it should be.
    pub fn into_items(self) -> Result<Vec<Node>, Node> {
        if self.is_null() {
            return Ok(Vec::new());
        }
        match self.value {
            Value::List(items) => Ok(items),
            value => Err(Node { value, ..self }),
        }
    }

    /// Whether the node is nothing: an empty value, `~` or `null`, unquoted.
    pub fn is_null(&self) -> bool {
        match &self.value {
            Value::Scalar {
                tag: Some(Tag::Null),
                ..
            } => true,
            Value::Scalar {
                text,
                style: Style::Plain,
                tag: None,
            } => matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"),
            _ => false,
        }
    }

    /// A short name of the node's kind, for "expected text, found a list". A plain
    /// scalar is named by what YAML's core schema would read it as, though lp keeps it
    /// as written.
    pub fn kind(&self) -> &'static str {
        match &self.value {
            Value::List(_) => "a list",
            Value::Map(_) => "a mapping",
            Value::Scalar { tag: Some(tag), .. } => match tag {
                Tag::Str => "text",
                Tag::Null => "nothing",
                Tag::Bool => "true/false",
                Tag::Number => "a number",
                Tag::Other => "a tagged value",
            },
            Value::Scalar { .. } if self.is_null() => "nothing",
            Value::Scalar {
                text,
                style: Style::Plain,
                ..
            } if is_bool(text) => "true/false",
            Value::Scalar {
                text,
                style: Style::Plain,
                ..
            } if is_number(text) => "a number",
            Value::Scalar { .. } => "text",
        }
    }

    /// The text of a scalar that is not nothing, as written; `None` for a list, a
    /// mapping, a tagged value lp does not read, or nothing.
    pub fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar {
                tag: Some(Tag::Other),
                ..
            } => None,
            Value::Scalar { text, .. } if !self.is_null() => Some(text),
            _ => None,
        }
    }

    /// As `text`, taking the text out of the tree rather than copying it.
    pub fn take_text(&mut self) -> Option<String> {
        self.text()?;
        match &mut self.value {
            Value::Scalar { text, .. } => Some(std::mem::take(text)),
            _ => None,
        }
    }

    /// Whether the node is a key lp can read: text, not a number, true/false or
    /// nothing, which YAML would read as other than text.
    pub fn is_text_key(&self) -> bool {
        self.text().is_some() && self.kind() == "text"
    }
}

/// `true`, `False`, … as YAML's core schema reads them.
fn is_bool(text: &str) -> bool {
    matches!(text, "true" | "True" | "TRUE" | "false" | "False" | "FALSE")
}

/// An integer or a float as YAML's core schema reads them: `12`, `-3`, `0x1F`, `0o17`,
/// `1.5`, `1e3`, `.inf`, `.nan`.
fn is_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit());
    }
    if let Some(octal) = text.strip_prefix("0o") {
        return !octal.is_empty() && octal.chars().all(|c| ('0'..='7').contains(&c));
    }
    // [0-9]* ( . [0-9]* )? ( [eE] [-+]? [0-9]+ )?, with a digit somewhere before the
    // exponent.
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((w, f)) => (w, f),
        None => (mantissa, ""),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok =
        digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

/// The most nodes aliases may copy into a file: far more than any story, and a bound
/// on a file that repeats an anchor inside an anchor to grow without end.
const MAX_ALIASED: usize = 100_000;

/// Parses one YAML document into its tree; `None` for a file with no document (only
/// comments). Every syntax error, duplicate key, nesting too deep and alias bomb is a
/// diagnostic at its place.
pub fn parse(path: &Path, text: &str) -> Result<Option<Node>, Diagnostic> {
    if let Some(pos) = super::too_deep(text) {
        return Err(too_deep(path, pos));
    }
    if let Some(line) = text.lines().next()
        && let Some(version) = line.strip_prefix("%YAML ")
        && !version.trim().starts_with("1.")
    {
        return Err(syntax(
            path,
            Pos::START,
            "found incompatible YAML document",
            text,
        ));
    }
    let mut builder = Builder {
        path,
        text,
        stack: Vec::new(),
        anchors: Vec::new(),
        aliased: 0,
        root: None,
        documents: 0,
    };
    let mut parser = Parser::new_from_str(text);
    loop {
        match parser.next_event() {
            None => break,
            Some(Err(err)) => {
                let marker = err.marker();
                let mut pos = Pos::new(marker.line(), marker.col() + 1);
                // A tab is shown where it stands, not after it.
                let line = text
                    .lines()
                    .nth(marker.line().saturating_sub(1))
                    .unwrap_or("");
                if err.info().contains("tabs") && line.starts_with('\t') {
                    pos.column = 1;
                }
                return Err(syntax(path, pos, err.info(), text));
            }
            Some(Ok((Event::StreamEnd, _))) => break,
            Some(Ok((event, span))) => builder.event(event, span)?,
        }
    }
    Ok(builder.root)
}

fn pos_of(span: &Span) -> Pos {
    Pos::new(span.start.line(), span.start.col() + 1)
}

/// A list or mapping being built.
enum Open {
    List(Node, usize),
    /// A mapping, its anchor, and a key waiting for its value.
    Map(Node, usize, Option<Node>),
}

struct Builder<'a> {
    path: &'a Path,
    text: &'a str,
    stack: Vec<Open>,
    /// The nodes of anchors, by the parser's anchor id (ids start at 1).
    anchors: Vec<Option<Node>>,
    aliased: usize,
    root: Option<Node>,
    documents: usize,
}

impl Builder<'_> {
    fn event(&mut self, event: Event, span: Span) -> Result<(), Diagnostic> {
        let pos = pos_of(&span);
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(Diagnostic::error(
                        self.path,
                        Some(pos),
                        "invalid YAML: the file holds more than one document",
                    )
                    .with_hint(
                        "a story or principle file is one document: remove the second '---' and what follows, or move it to a file of its own",
                    ));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => Style::Quoted,
                    ScalarStyle::Literal | ScalarStyle::Folded => Style::Block,
                };
                let tag = tag.map(|t| {
                    if t.handle == "tag:yaml.org,2002:" || t.handle == "!!" {
                        match t.suffix.as_str() {
                            "str" => Tag::Str,
                            "null" => Tag::Null,
                            "bool" => Tag::Bool,
                            "int" | "float" => Tag::Number,
                            _ => Tag::Other,
                        }
                    } else {
                        Tag::Other
                    }
                });
                let node = Node {
                    pos,
                    value: Value::Scalar {
                        text: text.into_owned(),
                        style,
                        tag,
                    },
                };
                self.anchor(anchor, &node);
                self.add(node)?;
            }
            Event::SequenceStart(anchor, _) => {
                self.open(
                    Open::List(
                        Node {
                            pos,
                            value: Value::List(Vec::new()),
                        },
                        anchor,
                    ),
                    pos,
                )?;
            }
            Event::MappingStart(anchor, _) => {
                self.open(
                    Open::Map(
                        Node {
                            pos,
                            value: Value::Map(Vec::new()),
                        },
                        anchor,
                        None,
                    ),
                    pos,
                )?;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match self.stack.pop() {
                    Some(Open::List(node, anchor) | Open::Map(node, anchor, _)) => (node, anchor),
                    None => return Ok(()),
                };
                self.anchor(anchor, &node);
                self.add(node)?;
            }
            Event::Alias(id) => {
                let Some(Some(node)) = self.anchors.get(id) else {
                    return Err(syntax(self.path, pos, "unknown anchor", self.text));
                };
                self.aliased += count(node);
                if self.aliased > MAX_ALIASED {
                    return Err(syntax(
                        self.path,
                        pos,
                        "repetition limit exceeded",
                        self.text,
                    ));
                }
                let mut node = node.clone();
                node.pos = pos;
                self.add(node)?;
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
        Ok(())
    }

    fn open(&mut self, open: Open, pos: Pos) -> Result<(), Diagnostic> {
        if self.stack.len() >= MAX_NESTING {
            return Err(too_deep(self.path, pos));
        }
        self.stack.push(open);
        Ok(())
    }

    fn anchor(&mut self, anchor: usize, node: &Node) {
        if anchor == 0 {
            return;
        }
        if self.anchors.len() <= anchor {
            self.anchors.resize(anchor + 1, None);
        }
        self.anchors[anchor] = Some(node.clone());
    }

    /// Puts a finished node where it belongs: an item of the open list, a key or a
    /// value of the open mapping, or the document.
    fn add(&mut self, node: Node) -> Result<(), Diagnostic> {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Open::List(list, _)) => {
                if let Value::List(items) = &mut list.value {
                    items.push(node);
                }
            }
            Some(Open::Map(map, _, waiting)) => match waiting.take() {
                None => {
                    if let (Value::Map(entries), Some(key)) = (&map.value, node.text()) {
                        let twice = entries.iter().any(|(k, _)| k.text() == Some(key));
                        if twice {
                            return Err(Diagnostic::error(
                                self.path,
                                Some(node.pos),
                                format!("invalid YAML: '{key}' appears twice"),
                            )
                            .with_hint(
                                "each key may appear once in a file; merge the two entries",
                            ));
                        }
                    }
                    *waiting = Some(node);
                }
                Some(key) => {
                    if let Value::Map(entries) = &mut map.value {
                        entries.push((key, node));
                    }
                }
            },
        }
        Ok(())
    }
}

/// The nodes of a tree, for the bound on aliases.
fn count(node: &Node) -> usize {
    1 + match &node.value {
        Value::Scalar { .. } => 0,
        Value::List(items) => items.iter().map(count).sum(),
        Value::Map(entries) => entries.iter().map(|(k, v)| count(k) + count(v)).sum(),
    }
}

fn too_deep(path: &Path, pos: Pos) -> Diagnostic {
    Diagnostic::error(
        path,
        Some(pos),
        format!("lists or mappings nested more than {MAX_NESTING} levels deep"),
    )
    .with_hint(
        "a story needs two levels at most (its follow-ups); look for brackets opened and never closed",
    )
}

/// A syntax error as a person needs it: where, what, and what to do.
fn syntax(path: &Path, pos: Pos, problem: &str, text: &str) -> Diagnostic {
    let (message, hint) = if problem.contains("quoted scalar") {
        (
            "a quoted text is never closed".to_string(),
            "close the quote, or write a long text as a block after 'key: |'".to_string(),
        )
    } else if problem.contains("unprintable character") {
        let problem = "a control character YAML does not allow";
        (
            problem.to_string(),
            super::syntax_hint("unprintable", text, pos),
        )
    } else if problem.contains("unknown anchor") {
        let problem = "unknown anchor";
        (problem.to_string(), super::syntax_hint(problem, text, pos))
    } else {
        // "while scanning a block scalar, did not find …": the problem first.
        let problem = match problem
            .strip_prefix("while ")
            .and_then(|p| p.split_once(", "))
        {
            Some((context, problem)) => format!("{problem}, while {context}"),
            None => problem.to_string(),
        };
        let hint = super::syntax_hint(&problem, text, pos);
        (problem, hint)
    };
    Diagnostic::error(path, Some(pos), format!("invalid YAML: {message}")).with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> Node {
        parse(Path::new("s.yaml"), text).unwrap().unwrap()
    }

    fn error(text: &str) -> String {
        parse(Path::new("s.yaml"), text).unwrap_err().render(false)
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
    fn scalars_are_kept_as_written_at_every_depth() {
        let root = tree(
            "when: 2022.10\ntags: [1.10, 0x10, 'a, b']\nfollowups:\n  - question: 1.10\n    answer: true\n",
        );
        assert_eq!(get(&root, "when").text(), Some("2022.10"));
        assert_eq!(get(&root, "when").kind(), "a number");
        let Value::List(tags) = &get(&root, "tags").value else {
            panic!()
        };
        let tags: Vec<_> = tags.iter().map(|t| t.text().unwrap()).collect();
        assert_eq!(tags, ["1.10", "0x10", "a, b"]);
        let Value::List(followups) = &get(&root, "followups").value else {
            panic!()
        };
        assert_eq!(get(&followups[0], "question").text(), Some("1.10"));
        assert_eq!(get(&followups[0], "answer").kind(), "true/false");
        assert_eq!(get(&followups[0], "answer").pos, Pos::new(5, 13));
    }

    #[test]
    fn nothing_is_an_empty_value_a_tilde_or_null_unquoted() {
        let root = tree("a:\nb: ~\nc: null\nd: 'null'\ne: \"\"\n");
        for key in ["a", "b", "c"] {
            assert!(get(&root, key).is_null(), "{key}");
            assert_eq!(get(&root, key).text(), None);
        }
        assert_eq!(get(&root, "d").text(), Some("null"));
        assert_eq!(get(&root, "e").text(), Some(""));
    }

    #[test]
    fn numbers_as_yaml_reads_them() {
        for yes in [
            "12", "-3", "+2022", "0x7E6", "0o17", "1.5", "1e3", ".5", "1.", ".inf",
        ] {
            assert!(is_number(yes), "{yes}");
        }
        for no in ["1.2.3", "e3", "0x", "12a", ".", "-", "2022-10", "1_000"] {
            assert!(!is_number(no), "{no}");
        }
    }

    #[test]
    fn places_come_from_the_parser() {
        let root = tree("title: T\nprinciples:\n  - ownership\n  - dive-deep\n");
        let Value::List(items) = &get(&root, "principles").value else {
            panic!()
        };
        assert_eq!(items[1].pos, Pos::new(4, 5));
        assert_eq!(get(&root, "title").pos, Pos::new(1, 8));
    }

    #[test]
    fn problems_are_found_while_the_tree_is_built() {
        assert!(
            error("title: a\nx: 1\ntitle: b\n")
                .starts_with("error: s.yaml:3:1: invalid YAML: 'title' appears twice")
        );
        assert!(error("a: *nope\n").contains("invalid YAML: unknown anchor"));
        assert!(
            error("a: b\n---\nc: d\n")
                .contains("s.yaml:2:1: invalid YAML: the file holds more than one document")
        );
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        assert!(error(bomb).contains("repetition limit"));
        assert!(
            error("title: \"open\nx: y\n")
                .contains("s.yaml:1:8: invalid YAML: a quoted text is never closed")
        );
        assert!(
            parse(Path::new("s.yaml"), "# only a comment\n")
                .unwrap()
                .is_none()
        );
        let aliased = tree("a: &x [1, 2]\nb: *x\n");
        assert_eq!(get(&aliased, "b").pos, Pos::new(2, 4));
    }
}
