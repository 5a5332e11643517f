//! Where a command's output goes: stdout for its report, stderr for what stops it or
//! what it notes on the way, each coloured only when the person wants it. The command
//! layer writes through a `Ui`; nothing below it prints.

use std::io::Write;

use clap::ValueEnum;

use crate::diagnostic::Diagnostic;

/// How a command that ran ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Done,
    /// Exit 1: done, and found what the user asked to be told about.
    Found,
    /// Exit 130: the person pressed Ctrl-C.
    Interrupted,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Whether colour is wanted on a stream.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if var("NO_COLOR").is_some() || var("CLICOLOR").is_some_and(|v| v == "0") {
                false
            } else {
                var("CLICOLOR_FORCE").is_some_and(|v| v != "0") || is_terminal
            }
        }
    }
}

/// A stream for people: whatever is written to it reaches the terminal with every
/// control character shown as a visible escape (`crate::visible`), so text from a
/// file that some report forgot to escape still cannot act on the terminal. Only
/// lp's own codes pass: colour (`ESC [ … m`) when the stream is coloured, and
/// showing or hiding the cursor.
pub struct Shown<W: Write> {
    inner: W,
    color: bool,
    /// The start of a character split between two writes.
    pending: Vec<u8>,
}

impl<W: Write> Shown<W> {
    pub fn new(inner: W, color: bool) -> Shown<W> {
        Shown {
            inner,
            color,
            pending: Vec::new(),
        }
    }

    /// Copies `text`, escaping every control but lp's own codes; text with no control
    /// at all is copied in one piece.
    fn escape(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let mut rest = text;
        while let Some(at) = rest.find(crate::visible::is_control) {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            if let Some(code) = self.own_code(rest) {
                out.push_str(code);
                rest = &rest[code.len()..];
                continue;
            }
            let c = rest.chars().next().expect("a control was found here");
            out.push_str(&crate::visible::visible(&rest[..c.len_utf8()]));
            rest = &rest[c.len_utf8()..];
        }
        out.push_str(rest);
        out
    }

    /// The escape sequence at the start of `text` when it is one lp writes itself.
    fn own_code<'t>(&self, text: &'t str) -> Option<&'t str> {
        for cursor in ["\u{1b}[?25h", "\u{1b}[?25l"] {
            if text.starts_with(cursor) {
                return Some(&text[..cursor.len()]);
            }
        }
        if !self.color {
            return None;
        }
        let body = text.strip_prefix("\u{1b}[")?;
        let params = body
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b';')
            .count();
        (body.as_bytes().get(params) == Some(&b'm')).then(|| &text[..2 + params + 1])
    }
}

impl<W: Write> Write for Shown<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            // Most output holds no control character: written as it is, never copied.
            let clean = !crate::visible::may_hold_control(buf)
                || std::str::from_utf8(buf).is_ok_and(|text| !crate::visible::has_control(text));
            if clean {
                self.inner.write_all(buf)?;
                return Ok(buf.len());
            }
        }
        self.pending.extend_from_slice(buf);
        let whole = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            // A character cut by the end of this write waits for the next one.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => self.pending.len(),
        };
        let chunk: Vec<u8> = self.pending.drain(..whole).collect();
        let text = String::from_utf8_lossy(&chunk);
        if crate::visible::has_control(&text) {
            self.inner.write_all(self.escape(&text).as_bytes())?;
        } else {
            // Only the first byte of `·`, `—` or `…` looked like a control's.
            self.inner.write_all(text.as_bytes())?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            let escaped = self.escape(&String::from_utf8_lossy(&rest));
            self.inner.write_all(escaped.as_bytes())?;
        }
        self.inner.flush()
    }
}

/// Where output goes, whether each stream is coloured, and how wide reports are laid out.
pub struct Ui<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub color_out: bool,
    pub color_err: bool,
    /// The columns reports on stdout are laid out for: the terminal's, or 80.
    pub width: usize,
}

/// A JSON document with every control character that serde_json leaves raw (DEL, C1,
/// bidi) written as a JSON `\uXXXX` escape instead: the same data, safe to print.
pub fn json_escaped(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(crate::visible::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if crate::visible::is_control(c) {
            // Inside a JSON document a raw control can only stand in a string.
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

impl Ui<'_> {
    /// Prints diagnostics to stderr, in order.
    pub fn diagnostics(&mut self, diagnostics: &[Diagnostic]) -> anyhow::Result<()> {
        for d in diagnostics {
            self.err.write_all(d.render(self.color_err).as_bytes())?;
        }
        Ok(())
    }

    /// An error to stderr, with its hint beneath it, for one that does not end the
    /// command (the command goes on, or asks again).
    pub fn error(&mut self, error: &anyhow::Error) -> anyhow::Result<()> {
        let text = crate::diagnostic::render_error(error, self.color_err);
        writeln!(self.err, "{text}")?;
        Ok(())
    }

    /// A warning to stderr, with its hint beneath it, in the form of every other.
    pub fn warn(&mut self, warning: &crate::diagnostic::UserError) -> anyhow::Result<()> {
        let text = crate::diagnostic::report(
            self.color_err,
            crate::diagnostic::Severity::Warning,
            &warning.message,
            Some(&warning.hint),
        );
        writeln!(self.err, "{text}")?;
        Ok(())
    }

    /// A line to stderr: a note, or an error already worded with its hint.
    pub fn note(&mut self, text: &str) -> anyhow::Result<()> {
        writeln!(self.err, "{}", crate::visible::visible(text))?;
        Ok(())
    }

    /// Writes a `--json` document, with its version, as pretty JSON with a trailing
    /// newline. Keys come in alphabetical order, whatever order a struct declares them.
    pub fn json(&mut self, document: impl serde::Serialize) -> anyhow::Result<()> {
        let text = crate::render::json::document(document)?;
        self.out.write_all(json_escaped(&text).as_bytes())?;
        Ok(())
    }

    /// The style of reports on stdout.
    pub fn style_out(&self) -> crate::render::Style {
        crate::render::Style {
            color: self.color_out,
            width: self.width,
        }
    }

    /// The style of what is shown on stderr (previews beside prompts).
    pub fn style_err(&self) -> crate::render::Style {
        crate::render::Style {
            color: self.color_err,
            width: self.width,
        }
    }
}

#[cfg(test)]
mod shown_tests {
    use super::*;

    fn through(color: bool, pieces: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut shown = Shown::new(&mut out, color);
            for piece in pieces {
                shown.write_all(piece).unwrap();
            }
            shown.flush().unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn controls_are_escaped_and_only_lps_own_codes_pass() {
        let text = "\u{1b}[1mbold\u{1b}[0m \u{1b}]0;title\u{7} \u{202e}x \u{1b}[?25h".as_bytes();
        assert_eq!(
            through(true, &[text]),
            "\u{1b}[1mbold\u{1b}[0m \\e]0;title\\u{7} \\u{202e}x \u{1b}[?25h"
        );
        assert_eq!(
            through(false, &[text]),
            "\\e[1mbold\\e[0m \\e]0;title\\u{7} \\u{202e}x \u{1b}[?25h"
        );
    }

    #[test]
    fn a_character_cut_between_two_writes_is_whole_again() {
        // "·" is C2 B7 and U+202E is E2 80 AE: cut after their first byte.
        let dot = "a·b".as_bytes();
        let bidi = "c\u{202e}d".as_bytes();
        assert_eq!(through(false, &[&dot[..2], &dot[2..]]), "a·b");
        assert_eq!(through(false, &[&bidi[..2], &bidi[2..]]), "c\\u{202e}d");
        assert_eq!(through(false, &[b"plain ", b"text\n"]), "plain text\n");
    }
}
