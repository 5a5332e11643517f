//! Reading YAML the way a person wrote it: bytes to text with the limits of every
//! file lp reads, and text to a located tree (`tree`), by the fast reader for the usual
//! shape of a story file (`fast`) or the full one. Story and principle files are read
//! from that tree, so every value keeps its place and its text as written.

pub mod fast;
pub mod tree;

use std::path::Path;

use crate::diagnostic::{Diagnostic, Pos};

/// The largest file `lp` reads as a story or a principle set. Stories are a few KiB;
/// anything this large is a mistake, and refusing it keeps memory bounded.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// Turns a file's bytes into text: refuses oversized files, strips a byte-order mark,
/// and points at the first byte that is not UTF-8.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(path, Some(bytes.len() as u64)));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let pos = pos_at(&String::from_utf8_lossy(&bytes[..valid]), valid);
            return Err(
                Diagnostic::error(path, Some(pos), "file is not valid UTF-8 text")
                    .with_hint("save the file as UTF-8 in your editor"),
            );
        }
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// The diagnostic for a file over `MAX_FILE_BYTES`: `len` is its size when known (a
/// file that grew while it was read, or a device, has none).
pub fn too_large(path: &Path, len: Option<u64>) -> Diagnostic {
    let kib = |n: u64| n.div_ceil(1024);
    let limit = kib(MAX_FILE_BYTES as u64);
    let message = match len {
        Some(len) => format!("file is {} KiB, over the limit of {limit} KiB", kib(len)),
        None => format!("file is over the limit of {limit} KiB"),
    };
    Diagnostic::error(path, None, message).with_hint(
        "a story or principle file is a few KiB of text; split this file, or check that it is the one you meant",
    )
}

/// How deep lists and mappings may nest in a file `lp` reads.
pub const MAX_NESTING: usize = 32;

/// Where a file first nests lists or mappings deeper than `MAX_NESTING`: flow
/// collections (`[`, `{`, outside quotes, comments and block scalars) or block
/// sequences opened on one line (`- - - x`). Linear in the text, and a glance for the
/// files that have few brackets at all.
pub fn too_deep(text: &str) -> Option<Pos> {
    let bytes = text.as_bytes();
    let brackets = bytes.iter().filter(|&&b| b == b'[' || b == b'{').count();
    let dashes = bytes.windows(2).filter(|w| w == b"- ").count();
    if brackets <= MAX_NESTING && dashes <= MAX_NESTING {
        return None;
    }
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    // The indentation of the line that opened a block scalar (`key: |`), while in it.
    let mut block: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(opened) = block {
            if line.trim().is_empty() || indent > opened {
                continue;
            }
            block = None;
        }
        let b = line.as_bytes();
        let at = |i: usize| Pos::new(n + 1, line[..i].chars().count() + 1);
        // At depth 0 a bracket opens a collection only where a value starts.
        let mut value_start = true;
        let mut dashes = 0;
        let mut comment_at = b.len();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            match quote {
                Some(q) => {
                    if q == b'"' && c == b'\\' {
                        i += 1;
                    } else if c == q {
                        if q == b'\'' && b.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            quote = None;
                        }
                    }
                }
                None => match c {
                    b'#' if i == 0 || b[i - 1] == b' ' || b[i - 1] == b'\t' => {
                        comment_at = i;
                        break;
                    }
                    b'\'' | b'"' if depth > 0 || value_start => {
                        quote = Some(c);
                        value_start = false;
                    }
                    b'[' | b'{' if depth > 0 || value_start => {
                        depth += 1;
                        if depth > MAX_NESTING {
                            return Some(at(i));
                        }
                        value_start = true;
                    }
                    b']' | b'}' if depth > 0 => {
                        depth -= 1;
                        value_start = false;
                    }
                    b',' if depth > 0 => value_start = true,
                    b'-' if depth == 0
                        && value_start
                        && matches!(b.get(i + 1), Some(b' ') | None) =>
                    {
                        dashes += 1;
                        if dashes > MAX_NESTING {
                            return Some(at(i));
                        }
                    }
                    b':' if matches!(b.get(i + 1), Some(b' ' | b'\t') | None) => value_start = true,
                    b' ' | b'\t' => {}
                    _ => value_start = false,
                },
            }
            i += 1;
        }
        // `key: |`, `- >-`: the lines under it, indented deeper, are text.
        if depth == 0 && quote.is_none() {
            let content = line[..comment_at].trim_end();
            let token = content.rsplit([' ', '\t']).next().unwrap_or("");
            let before = content[..content.len() - token.len()].trim_end();
            let is_block = token.starts_with(['|', '>'])
                && token[1..]
                    .bytes()
                    .all(|c| c.is_ascii_digit() || c == b'+' || c == b'-')
                && (before.is_empty() || before.ends_with(':') || before.ends_with('-'));
            if is_block {
                block = Some(indent);
            }
        }
    }
    None
}

/// Reads one story or principle file into its located tree (`tree`); `None` for a
/// file with no document, only comments.
pub fn read(path: &Path, text: &str) -> Result<Option<tree::Node>, Diagnostic> {
    if let Some(node) = fast::parse(text) {
        return Ok(Some(node));
    }
    tree::parse(path, text)
}

pub(crate) fn syntax_hint(message: &str, text: &str, pos: Pos) -> String {
    let line = text.lines().nth(pos.line.saturating_sub(1)).unwrap_or("");
    let previous = text.lines().nth(pos.line.saturating_sub(2)).unwrap_or("");
    if line.starts_with('\t') || previous.starts_with('\t') || message.contains("tabs") {
        "YAML does not allow tabs for indentation; indent with spaces".to_string()
    } else if message.contains("unprintable") {
        "delete it: a NUL byte or another control character has no place in a text file".to_string()
    } else if let Some((open, n)) = unclosed_bracket(text, pos.line) {
        let close = if open == '[' { ']' } else { '}' };
        format!("the '{open}' on line {n} is never closed: end it with '{close}'")
    } else if message.contains("mapping values are not allowed") {
        "a value with ': ' in it must be quoted, or written as a block after 'key: |'".to_string()
    } else if message.contains("recursion limit") {
        "the document nests too deeply to be a story; check the indentation".to_string()
    } else if message.contains("repetition limit") {
        "the file repeats its '&name' anchors through '*name' aliases so often that it would grow without bound; write the text out instead"
            .to_string()
    } else if message.contains("unknown anchor") {
        "'*name' refers to an '&name' anchor that is not defined; quote the text if '*' is meant literally"
            .to_string()
    } else {
        "check the indentation and quoting on this line and the one before it".to_string()
    }
}

/// A `[` or `{` opened on a line before `before` (1-based) and closed on none after it
/// up to there, outside quotes and comments: the bracket and its line.
fn unclosed_bracket(text: &str, before: usize) -> Option<(char, usize)> {
    let mut open: Vec<(char, usize)> = Vec::new();
    for (i, line) in text.lines().enumerate().take(before.saturating_sub(1)) {
        let mut quote: Option<char> = None;
        for (j, c) in line.char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if j == 0 || line[..j].ends_with([' ', '[', '{', ',']) => {
                    quote = Some(c)
                }
                (None, '#') if j == 0 || line[..j].ends_with(' ') => break,
                (None, '[' | '{') => open.push((c, i + 1)),
                (None, ']' | '}') => {
                    open.pop();
                }
                _ => {}
            }
        }
    }
    open.last().copied()
}

/// The 1-based line and column of byte `offset` in `text`.
pub fn pos_at(text: &str, offset: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos::new(line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod nesting_tests {
    use super::*;

    #[test]
    fn deep_flow_nesting_is_found_fast_and_ordinary_text_is_not() {
        let deep = format!("title: T\ntags: {}", "[".repeat(160_000));
        let started = std::time::Instant::now();
        assert_eq!(too_deep(&deep), Some(Pos::new(2, 7 + MAX_NESTING)));
        assert_eq!(
            too_deep(&format!("x: {}", "{a: ".repeat(40_000))).map(|p| p.line),
            Some(1)
        );
        assert_eq!(
            too_deep(&format!("x:\n  {}y\n", "- ".repeat(100))).map(|p| p.line),
            Some(2)
        );
        assert!(started.elapsed().as_millis() < 1_000);
        // Brackets in text, quotes, comments and block scalars are not nesting.
        let prose = format!(
            "title: \"{0}\"\nnotes: |\n  {0}\n  {0}\nwhen: '{0}'\n# {0}\naction: >-\n  {0}\nresult: a{0}\n",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
        );
        assert_eq!(too_deep(&prose), None);
        let ok = format!(
            "tags: {}{}\n",
            "[".repeat(MAX_NESTING),
            "]".repeat(MAX_NESTING)
        );
        assert_eq!(too_deep(&ok), None);
        let err = read(Path::new("s.yaml"), &deep).unwrap_err();
        assert!(
            err.message.contains("nested more than 32 levels"),
            "{err:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_the_first_byte_that_is_not_utf8() {
        let err = decode(Path::new("x.yaml"), b"title: ok\nsit: \xff\n".to_vec()).unwrap_err();
        assert_eq!(err.pos, Some(Pos::new(2, 6)));
    }

    #[test]
    fn strips_a_byte_order_mark() {
        let text = decode(Path::new("x.yaml"), "\u{feff}title: x".as_bytes().to_vec()).unwrap();
        assert_eq!(text, "title: x");
    }

    #[test]
    fn an_unclosed_quote_is_shown_where_it_opened() {
        let err = read(
            Path::new("x.yaml"),
            "title: B\nsituation: \"open\ntask: t\n",
        )
        .unwrap_err();
        assert_eq!(err.pos, Some(Pos::new(2, 12)));
        assert_eq!(err.message, "invalid YAML: a quoted text is never closed");
    }

    #[test]
    fn a_duplicate_key_is_shown_at_its_second_place() {
        let err = read(Path::new("x.yaml"), "title: a\ntask: t\ntitle: b\n").unwrap_err();
        assert_eq!(err.pos, Some(Pos::new(3, 1)));
        assert_eq!(err.message, "invalid YAML: 'title' appears twice");
    }

    #[test]
    fn syntax_errors_carry_the_parser_place() {
        let err = read(Path::new("x.yaml"), "title: a\n  bad: [\n").unwrap_err();
        assert!(err.pos.is_some());
        assert!(err.message.starts_with("invalid YAML: "), "{}", err.message);
        assert!(!err.message.contains(" at line "), "{}", err.message);
    }
}
