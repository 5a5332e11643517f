//! Reading YAML the way a person wrote it: bytes to text, text to a value, and the
//! places of keys and list items, so that a problem found in the value can be pointed
//! at in the file.
//!
//! The YAML parser reports a place only for the first syntax error. `lp` reports every
//! problem of a file in one run, so it reads the value whole and then finds where each
//! key and list entry stands in the source text. Story and principle files are block
//! mappings whose keys start at column 1 (that is what `lp` writes and what people
//! write); for anything else a place falls back to the key's line, then to 1:1.

pub mod fast;

use std::path::Path;

use serde_yaml::Value;

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

/// Parses one YAML document, turning a syntax error into a located diagnostic.
pub fn parse(path: &Path, text: &str) -> Result<Value, Diagnostic> {
    if let Some(value) = fast::parse(text) {
        return Ok(value);
    }
    parse_fully(path, text)
}

/// As `parse`, for a text whose `SourceMap` is at hand, so its lines are split once.
pub fn parse_mapped(path: &Path, text: &str, map: &SourceMap) -> Result<Value, Diagnostic> {
    if let Some(value) = fast::parse_lines(text, &map.lines) {
        return Ok(value);
    }
    parse_fully(path, text)
}

/// Parses one YAML document with the full parser alone, for files the fast story reader
/// is not made for (principle sets). Nesting deeper than `MAX_NESTING` is refused
/// before the parser sees it: the parser takes time that grows with the square of the
/// depth, and no story or principle file needs more than a few levels.
pub fn parse_fully(path: &Path, text: &str) -> Result<Value, Diagnostic> {
    if let Some(pos) = too_deep(text) {
        return Err(Diagnostic::error(
            path,
            Some(pos),
            format!("lists or mappings nested more than {MAX_NESTING} levels deep"),
        )
        .with_hint(
            "a story needs two levels at most (its follow-ups); look for brackets opened and never closed",
        ));
    }
    // An integer too large for the parser's numbers is text in lp's files: quote it
    // where it stands and read again.
    let mut quoted = std::borrow::Cow::Borrowed(text);
    for _ in 0..64 {
        match serde_yaml::from_str::<Value>(&quoted) {
            Ok(mut value) => {
                as_written(&mut value, &quoted);
                return Ok(value);
            }
            Err(err) => match quote_big_integer(&quoted, &err) {
                Some(again) => quoted = std::borrow::Cow::Owned(again),
                None => return Err(syntax_error(path, text, &err)),
            },
        }
    }
    serde_yaml::from_str::<Value>(&quoted).map_err(|err| syntax_error(path, text, &err))
}

/// `text` with the integer the parser could not hold (`invalid type: integer
/// \`123…\` as u128`) in double quotes, at the place the error names.
fn quote_big_integer(text: &str, err: &serde_yaml::Error) -> Option<String> {
    let message = err.to_string();
    let digits = message
        .split_once("invalid type: integer `")?
        .1
        .split_once('`')?
        .0;
    let place = err.location()?;
    let line_start: usize = text
        .split_inclusive('\n')
        .take(place.line().checked_sub(1)?)
        .map(str::len)
        .sum();
    let line = text[line_start..].lines().next()?;
    let column = line.char_indices().nth(place.column().checked_sub(1)?)?.0;
    let at = line_start + column + line[column..].find(digits)?;
    let mut out = String::with_capacity(text.len() + 2);
    out.push_str(&text[..at]);
    out.push('"');
    out.push_str(digits);
    out.push('"');
    out.push_str(&text[at + digits.len()..]);
    Some(out)
}

/// Story and principle files hold text, never numbers or true/false: a plain scalar
/// such as `when: 2022.10`, `tags: [1.10, 0x10]` or `title: true` is the text as
/// written ("2022.10", not 2022.1). The parser has already read it as a number, so the
/// text is taken from the source: the value of a top-level key on its line, and the
/// items of a list under it, in brackets or one a line. A scalar elsewhere keeps the
/// parser's reading.
pub fn as_written(value: &mut Value, text: &str) {
    let Value::Mapping(mapping) = value else {
        return;
    };
    let not_text = |v: &Value| matches!(v, Value::Number(_) | Value::Bool(_));
    let lines: Vec<&str> = text.lines().collect();
    for (key, value) in mapping.iter_mut() {
        let Some(key) = key.as_str() else { continue };
        let needed = match &*value {
            Value::Sequence(items) => items.iter().any(not_text),
            other => not_text(other),
        };
        if !needed {
            continue;
        }
        let Some(at) = lines.iter().position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start_matches(' ').starts_with(':'))
        }) else {
            continue;
        };
        let after = lines[at][key.len()..].trim_start_matches(' ')[1..].trim_start();
        match value {
            Value::Sequence(items) => {
                let raws = if after.starts_with('[') {
                    flow_items(after)
                } else {
                    block_items(&lines[at + 1..])
                };
                if let Some(raws) = raws.filter(|r| r.len() == items.len()) {
                    for (item, raw) in items.iter_mut().zip(raws) {
                        if not_text(item) {
                            *item = Value::String(raw);
                        }
                    }
                }
            }
            other => {
                if let Some(raw) = plain_scalar(after) {
                    *other = Value::String(raw);
                }
            }
        }
    }
}

/// A plain scalar as written on one line: its comment and spaces off. `None` for
/// anything with an anchor, alias, tag or quote.
fn plain_scalar(text: &str) -> Option<String> {
    let text = match text.find(" #") {
        Some(i) => &text[..i],
        None => text,
    }
    .trim();
    let plain =
        !text.is_empty() && !text.starts_with(['&', '*', '!', '"', '\'', '[', '{', '|', '>']);
    plain.then(|| text.to_string())
}

/// The items of a one-line flow list (`[1.10, "a, b", 0x10]`), each as written.
fn flow_items(text: &str) -> Option<Vec<String>> {
    let inner = text.strip_prefix('[')?;
    let mut items = Vec::new();
    let mut item = String::new();
    let mut quote: Option<char> = None;
    let mut closed = false;
    for c in inner.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                item.push(c);
            }
            (Some(_), c) => item.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                item.push(c);
            }
            (None, '[' | '{') => return None,
            (None, ',') => items.push(std::mem::take(&mut item).trim().to_string()),
            (None, ']') => {
                closed = true;
                break;
            }
            (None, c) => item.push(c),
        }
    }
    if !closed {
        return None;
    }
    if !item.trim().is_empty() || !items.is_empty() {
        items.push(item.trim().to_string());
    }
    Some(items)
}

/// The items of a block list (`  - 1.10`) on the lines under a key, each as written;
/// `None` when an item is anything but a one-line scalar.
fn block_items(lines: &[&str]) -> Option<Vec<String>> {
    let mut items = Vec::new();
    for line in lines {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '-']) {
            break; // the next key
        }
        let item = trimmed
            .strip_prefix("- ")
            .or_else(|| (trimmed == "-").then_some(""))?;
        items.push(plain_scalar(item).unwrap_or_default());
    }
    Some(items)
}

/// A parser error as a person needs it: where the trouble started, what it is, and
/// what to do. serde_yaml writes `PROBLEM at line L column C, while CONTEXT at line L2
/// column C2`; an unclosed quote is best shown where it opened.
fn syntax_error(path: &Path, text: &str, err: &serde_yaml::Error) -> Diagnostic {
    let full = err.to_string();
    let mut pos = err
        .location()
        .map(|l| Pos::new(l.line(), l.column()))
        .unwrap_or(Pos::START);
    let (problem, context) = match full.split_once(", while ") {
        Some((problem, context)) => (problem, Some(context)),
        None => (full.as_str(), None),
    };
    let problem = strip_location(problem);
    let (message, hint) = if context.is_some_and(|c| c.contains("quoted scalar")) {
        if let Some(opened) = context.and_then(location_in) {
            pos = opened;
        }
        (
            "a quoted text is never closed".to_string(),
            "close the quote, or write a long text as a block after 'key: |'".to_string(),
        )
    } else if let Some(key) = problem
        .strip_prefix("duplicate entry with key ")
        .map(|k| k.trim_matches('"'))
    {
        let places: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, line)| {
                line.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
            .map(|(i, _)| i + 1)
            .collect();
        if let Some(second) = places.get(1) {
            pos = Pos::new(*second, 1);
        }
        (
            format!("'{key}' appears twice"),
            "each key may appear once in a file; merge the two entries".to_string(),
        )
    } else {
        let message = match context {
            Some(context) => format!("{problem}, while {}", strip_location(context)),
            None => problem.clone(),
        };
        let hint = syntax_hint(&message, text, pos);
        (message, hint)
    };
    Diagnostic::error(path, Some(pos), format!("invalid YAML: {message}")).with_hint(hint)
}

/// The place in `... at line L column C`.
fn location_in(message: &str) -> Option<Pos> {
    let rest = &message[message.find(" at line ")? + " at line ".len()..];
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some(Pos::new(line.trim().parse().ok()?, column.parse().ok()?))
}

/// serde_yaml ends its messages with " at line L column C"; the place is shown in front.
fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn syntax_hint(message: &str, text: &str, pos: Pos) -> String {
    let line = text.lines().nth(pos.line.saturating_sub(1)).unwrap_or("");
    let previous = text.lines().nth(pos.line.saturating_sub(2)).unwrap_or("");
    if line.starts_with('\t') || previous.starts_with('\t') || message.contains("tab") {
        "YAML does not allow tabs for indentation; indent with spaces".to_string()
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

/// The 1-based line and column of byte `offset` in `text`.
pub fn pos_at(text: &str, offset: usize) -> Pos {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Pos::new(line, before[line_start..].chars().count() + 1)
}

/// Where the top-level keys of a block mapping, and the entries of their lists, stand.
pub struct SourceMap<'a> {
    pub lines: Vec<&'a str>,
    /// Each top-level key and the index of the first line it stands on; a file has a
    /// handful, so a list is quicker than a map.
    keys: Vec<(&'a str, usize)>,
}

/// The key of a line such as `title: …` or `"title": …` at column 1.
fn top_level_key(line: &str) -> Option<&str> {
    if line.is_empty() || line.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let (key, rest) = match line.as_bytes()[0] {
        quote @ (b'"' | b'\'') => {
            let inner = &line[1..];
            let end = inner.find(quote as char)?;
            (&inner[..end], &inner[end + 1..])
        }
        _ => {
            let colon = line.find(':')?;
            (line[..colon].trim_end(), &line[colon..])
        }
    };
    rest.trim_start().starts_with(':').then_some(key)
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str) -> SourceMap<'a> {
        let mut lines = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count() + 1);
        lines.extend(text.lines());
        let mut keys: Vec<(&str, usize)> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if let Some(key) = top_level_key(line)
                && !keys.iter().any(|(k, _)| *k == key)
            {
                keys.push((key, i));
            }
        }
        SourceMap { lines, keys }
    }

    fn line_of(&self, key: &str) -> Option<usize> {
        self.keys.iter().find(|(k, _)| *k == key).map(|&(_, i)| i)
    }

    /// The line of a top-level key (`key:` at column 1), if it is written that way.
    pub fn key(&self, key: &str) -> Option<Pos> {
        self.line_of(key).map(|i| Pos::new(i + 1, 1))
    }

    /// The place of a key, or the start of the file when it cannot be found.
    pub fn key_or_start(&self, key: &str) -> Pos {
        self.key(key).unwrap_or(Pos::START)
    }

    /// The places of the entries of the list under a top-level key: `- item` lines in
    /// block style, or each item in a one-line `[a, b]`. Entries that cannot be told
    /// apart take the key's place.
    pub fn list_items(&self, key: &str, count: usize) -> Vec<Pos> {
        let Some(key_line) = self.line_of(key) else {
            return vec![Pos::START; count];
        };
        let key_pos = Pos::new(key_line + 1, 1);
        let head = self.lines[key_line];
        let after_colon = head.find(':').map_or(head.len(), |i| i + 1);
        let mut found = Vec::new();
        if let Some(open) = head[after_colon..].find('[') {
            // Flow style: split the bracketed text on commas.
            let start = after_colon + open + 1;
            let mut column = start;
            for part in head[start..].split(',') {
                let lead = part.len() - part.trim_start().len();
                found.push(Pos::new(
                    key_line + 1,
                    head[..column + lead].chars().count() + 1,
                ));
                column += part.len() + 1;
            }
        } else {
            for (i, line) in self.lines.iter().enumerate().skip(key_line + 1) {
                let trimmed = line.trim_start();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    continue;
                }
                let indent = line.len() - trimmed.len();
                if indent == 0 && !trimmed.starts_with('-') {
                    break; // the next top-level key
                }
                if trimmed == "-" {
                    // An empty entry: point at its dash.
                    found.push(Pos::new(i + 1, line[..indent].chars().count() + 1));
                } else if trimmed.starts_with("- ") {
                    let item_indent = indent + 2;
                    found.push(Pos::new(
                        i + 1,
                        line[..item_indent.min(line.len())].chars().count() + 1,
                    ));
                }
            }
        }
        (0..count)
            .map(|i| found.get(i).copied().unwrap_or(key_pos))
            .collect()
    }
}

/// A short name for the kind of a YAML value, for "expected text, found a list".
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

#[cfg(test)]
mod as_written_tests {
    use super::*;

    fn read(text: &str) -> Value {
        parse_fully(Path::new("s.yaml"), text).unwrap()
    }

    #[test]
    fn numbers_and_booleans_are_the_text_as_written() {
        let value = read(
            "when: 2022.10\ntitle: 1e3 # a comment\ncontext: +2022\nnotes: 0x7E6\nstatus: true\n\
             tags: [1.10, 0x10, \"a, b\", x]\nquestions:\n  - 1.10\n  - text\n  - 007\n",
        );
        let get = |k: &str| value.get(k).unwrap().clone();
        assert_eq!(get("when"), Value::String("2022.10".into()));
        assert_eq!(get("title"), Value::String("1e3".into()));
        assert_eq!(get("context"), Value::String("+2022".into()));
        assert_eq!(get("notes"), Value::String("0x7E6".into()));
        assert_eq!(get("status"), Value::String("true".into()));
        let strings = |k: &str| -> Vec<String> {
            get(k)
                .as_sequence()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(strings("tags"), ["1.10", "0x10", "a, b", "x"]);
        assert_eq!(strings("questions"), ["1.10", "text", "007"]);
    }

    #[test]
    fn an_integer_too_large_for_a_number_is_text() {
        let value = read("when: 12345678901234567890123\ntags: [1, 99999999999999999999999999]\n");
        assert_eq!(
            value.get("when").unwrap(),
            &Value::String("12345678901234567890123".into())
        );
        assert_eq!(
            value.get("tags").unwrap().as_sequence().unwrap()[1],
            Value::String("99999999999999999999999999".into())
        );
    }
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
        let err = parse_fully(Path::new("s.yaml"), &deep).unwrap_err();
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
    fn finds_top_level_keys_and_block_list_items() {
        let text = "title: T\nprinciples:\n  - ownership\n  # a comment\n  - Dive Deep\nsituation: |\n  - not an item\n";
        let map = SourceMap::new(text);
        assert_eq!(map.key("situation"), Some(Pos::new(6, 1)));
        assert_eq!(map.key("task"), None);
        assert_eq!(
            map.list_items("principles", 2),
            [Pos::new(3, 5), Pos::new(5, 5)]
        );
    }

    #[test]
    fn finds_flow_list_items() {
        let map = SourceMap::new("tags: [a, bee, c]\n");
        assert_eq!(
            map.list_items("tags", 3),
            [Pos::new(1, 8), Pos::new(1, 11), Pos::new(1, 16)]
        );
    }

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
        let err = parse(
            Path::new("x.yaml"),
            "title: B\nsituation: \"open\ntask: t\n",
        )
        .unwrap_err();
        assert_eq!(err.pos, Some(Pos::new(2, 12)));
        assert_eq!(err.message, "invalid YAML: a quoted text is never closed");
    }

    #[test]
    fn a_duplicate_key_is_shown_at_its_second_place() {
        let err = parse(Path::new("x.yaml"), "title: a\ntask: t\ntitle: b\n").unwrap_err();
        assert_eq!(err.pos, Some(Pos::new(3, 1)));
        assert_eq!(err.message, "invalid YAML: 'title' appears twice");
    }

    #[test]
    fn syntax_errors_carry_the_parser_place() {
        let err = parse(Path::new("x.yaml"), "title: a\n  bad: [\n").unwrap_err();
        assert!(err.pos.is_some());
        assert!(err.message.starts_with("invalid YAML: "), "{}", err.message);
        assert!(!err.message.contains(" at line "), "{}", err.message);
    }
}
