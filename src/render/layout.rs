//! The primitives every terminal report is built from: a `Style` that says whether to
//! colour and how wide to lay out, word wrapping and cutting by display width (so CJK
//! and emoji take the columns they take), and the indenting of a story's Markdown.
//! Pure functions: the width and colour are the caller's, never a global.

use crate::style::{Tone, paint};
use crate::visible::visible;

/// The width reports are laid out for when the output is not a terminal.
pub const DEFAULT_WIDTH: usize = 80;

/// Reports stay readable between these widths, whatever the terminal says.
pub const MIN_WIDTH: usize = 40;
pub const MAX_WIDTH: usize = 200;

/// How to lay out a report: with ANSI colour or none, and for how many columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

/// The columns to lay reports out for, given the terminal's: kept between 40 and 200
/// so that reports stay readable.
pub fn fit_width(columns: usize) -> usize {
    columns.clamp(MIN_WIDTH, MAX_WIDTH)
}

impl Style {
    /// `text`, made visible (`crate::visible`), in bold when colour is on
    /// (`crate::style`).
    pub fn bold(self, text: &str) -> String {
        paint(self.color, Tone::Bold, text)
    }
    pub fn red(self, text: &str) -> String {
        paint(self.color, Tone::Red, text)
    }
    pub fn yellow(self, text: &str) -> String {
        paint(self.color, Tone::Yellow, text)
    }
    pub fn green(self, text: &str) -> String {
        paint(self.color, Tone::Green, text)
    }
    pub fn dim(self, text: &str) -> String {
        paint(self.color, Tone::Dim, text)
    }
}

/// The columns text takes on a terminal: escape codes take none, wide characters two.
pub fn display_width(text: &str) -> usize {
    // Printable ASCII, most text: a column a byte.
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return text.len();
    }
    // Without an escape sequence to pass over, the width is the characters' own.
    if !text.as_bytes().contains(&0x1b) {
        return unicode_width::UnicodeWidthStr::width(text);
    }
    console::measure_text_width(text)
}

/// Cuts text to `width` columns, ending in `…` when cut. Control characters are made
/// visible first, so no escape sequence is cut in half.
pub fn truncate(text: &str, width: usize) -> String {
    let text = visible(text.trim());
    let text = text.as_ref();
    if display_width(text) <= width {
        text.to_string()
    } else if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        // Printable ASCII: a column a byte.
        format!("{}…", text[..width.saturating_sub(1)].trim_end())
    } else {
        let kept = console::truncate_str(text, width.saturating_sub(1), "");
        format!("{}…", kept.trim_end())
    }
}

/// Wraps words to `width` columns, the first line after `first`, the rest after `rest`.
/// `text` is made visible (`crate::visible`); the prefixes are lp's own.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let text = visible(text);
    let mut out = String::new();
    let mut line = first.to_string();
    let mut line_len = display_width(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        // (A word of Chinese or Japanese, written without spaces, breaks between its
        // characters: its pieces join with no space.)
        for (i, piece) in pieces(word).into_iter().enumerate() {
            let len = display_width(piece);
            let space = usize::from(i == 0);
            if !empty && line_len + space + len > width {
                out.push_str(line.trim_end());
                out.push('\n');
                line = rest.to_string();
                line_len = display_width(rest);
                empty = true;
            }
            if !empty && space == 1 {
                line.push(' ');
                line_len += 1;
            }
            line.push_str(piece);
            line_len += len;
            empty = false;
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// Where a word may be broken across lines: nowhere in a word of narrow letters; in a
/// word with wide characters (Chinese, Japanese, written without spaces), before each
/// wide character but one that closes a phrase (`，`, `。`, `）`), which stays with the
/// character before it, as a line may not start with one.
fn pieces(word: &str) -> Vec<&str> {
    if word.is_ascii() {
        return vec![word];
    }
    let wide = |c: char| unicode_width::UnicodeWidthChar::width(c) == Some(2);
    let closes = |c: char| "，。、；：！？）」』】》〉”’…".contains(c);
    let mut out = Vec::new();
    let mut start = 0;
    let mut before: Option<char> = None;
    for (at, c) in word.char_indices() {
        let breaks = before.is_some_and(|b| wide(c) && !closes(c) || wide(b) && !wide(c));
        if breaks && at > start {
            out.push(&word[start..at]);
            start = at;
        }
        before = Some(c);
    }
    out.push(&word[start..]);
    out
}

/// The user's Markdown text indented by two spaces and fitted to `width`: plain
/// paragraphs are reflowed (in Markdown their line breaks do not count), list items
/// and quotes wrap under themselves, and code is left exactly as written.
pub fn indent(text: &str, width: usize) -> String {
    let text = visible(text);
    let text = text.as_ref();
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut in_code = false;
    let flush = |paragraph: &mut Vec<&str>, out: &mut String| {
        if !paragraph.is_empty() {
            out.push_str(&wrap(&paragraph.join(" "), width, "  ", "  "));
            paragraph.clear();
        }
    };
    for line in text.trim_end().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut paragraph, &mut out);
            in_code = !in_code;
            out.push_str(&format!("  {line}\n"));
        } else if in_code || line.starts_with("    ") || line.starts_with('\t') {
            flush(&mut paragraph, &mut out);
            out.push_str(&format!("  {line}\n"));
        } else if trimmed.is_empty() {
            flush(&mut paragraph, &mut out);
            out.push('\n');
        } else if let Some(marker) = block_marker(trimmed) {
            flush(&mut paragraph, &mut out);
            let lead = line.len() - trimmed.len();
            let first = format!("  {}{marker}", " ".repeat(lead));
            let rest = " ".repeat(display_width(&first));
            out.push_str(&wrap(&trimmed[marker.len()..], width, &first, &rest));
        } else {
            paragraph.push(trimmed);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// The marker that starts a list item or quote line (`- `, `* `, `1. `, `> `), if any.
fn block_marker(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ ", "> "] {
        if line.starts_with(marker) {
            return Some(&line[..marker.len()]);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && (rest.starts_with(". ") || rest.starts_with(") "))).then(|| &line[..digits + 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_width() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let wrapped = wrap(text, 20, "  - ", "    ");
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 20),
            "{wrapped}"
        );
        assert!(wrapped.starts_with("  - one two three"));
        assert_eq!(wrapped.split_whitespace().filter(|w| *w != "-").count(), 12);
    }

    #[test]
    fn story_text_is_reflowed_but_lists_and_code_keep_their_shape() {
        let text = "A paragraph written\nover two lines.\n\n- an item\n12. numbered\n\n    let code = 1;\n";
        assert_eq!(
            indent(text, DEFAULT_WIDTH),
            "  A paragraph written over two lines.\n\n  - an item\n  12. numbered\n\n      let code = 1;\n"
        );
        let long = format!("- {}", "word ".repeat(30));
        let wrapped = indent(&long, 50);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 50),
            "{wrapped}"
        );
        assert!(
            wrapped.lines().nth(1).unwrap().starts_with("    word"),
            "{wrapped}"
        );
    }

    #[test]
    fn text_in_chinese_wraps_between_its_characters() {
        // Our own words: a paragraph in Chinese with no space in it, some English in
        // the middle; it ran past the screen's edge as one word.
        let text = "我先对比了所有实验的启动输出，再查了规范，最后补上了 PMP 配置，系统顺利启动，功能测试全部通过。";
        let wrapped = wrap(text, 24, "  ", "  ");
        assert!(wrapped.lines().count() > 1, "{wrapped}");
        assert!(wrapped.lines().all(|l| display_width(l) <= 24), "{wrapped}");
        // No character is lost, no space added inside the Chinese, and no line starts
        // with a comma or a full stop.
        let joined: String = wrapped.lines().map(str::trim).collect();
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        assert!(
            wrapped
                .lines()
                .all(|l| !l.trim_start().starts_with(['，', '。'])),
            "{wrapped}"
        );
        assert_eq!(pieces("plain"), ["plain"]);
        assert_eq!(
            pieces("补上了PMP配置，"),
            ["补", "上", "了", "PMP", "配", "置，"]
        );
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("a longer title here", 10), "a longer…");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(display_width("日本語"), 6);
        assert_eq!(display_width("Cut 20% of costs ~ a tab\t"), 25);
        let cut = truncate("日本語のタイトルです", 9);
        assert!(display_width(&cut) <= 9, "{cut}");
        assert!(cut.ends_with('…'));
        // Plain text is cut as the general way cuts it.
        for width in 0..14usize {
            let text = "Learn and Be Curious ";
            let general = format!(
                "{}…",
                console::truncate_str(text.trim(), width.saturating_sub(1), "").trim_end()
            );
            let expected = if text.trim().len() <= width {
                text.trim().to_string()
            } else {
                general
            };
            assert_eq!(truncate(text, width), expected, "{width}");
        }
    }

    #[test]
    fn widths_are_the_general_measures_without_its_escape_scan() {
        for text in [
            "Story 0: Release asked within agreed outage ni…",
            "日本語のタイトル",
            "Ünïcödé and a tab\t",
            "e\u{301} combining",
            "emoji 🚀 rocket",
            "\u{200b}zero width",
            "control \u{7} bell",
            "\x1b[1mbold\x1b[0m and 日本",
        ] {
            assert_eq!(
                display_width(text),
                console::measure_text_width(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn escape_codes_do_not_count_as_width() {
        let style = Style {
            color: true,
            width: 80,
        };
        assert_eq!(style.red("gap"), "\x1b[31mgap\x1b[0m");
        assert_eq!(display_width(&style.red("gap")), 3);
        assert_eq!(fit_width(10), MIN_WIDTH);
        assert_eq!(fit_width(1000), MAX_WIDTH);
    }
}
