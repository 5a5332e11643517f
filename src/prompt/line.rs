//! The one-line prompt's editor: `lp`'s own, so that the line being typed is never
//! out of reach. dialoguer's keeps it to itself until Enter, and a line typed but not
//! entered was lost when Ctrl-C or a signal ended the session. Here every key leaves
//! the line as it stands in `UNENTERED`, where the interrupted prompt's caller, or the
//! thread that keeps the text when a signal ends `lp`, finds it.

use std::io;

use console::{Key, Term};
use dialoguer::theme::Theme;

/// The line typed at the prompt now open, or at the prompt Ctrl-C interrupted, not
/// yet entered.
static UNENTERED: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

fn set_unentered(chars: &[char]) {
    if let Ok(mut line) = UNENTERED.lock() {
        line.clear();
        line.extend(chars);
    }
}

/// The line typed but not entered at the prompt Ctrl-C (or a signal) interrupted,
/// taken: `None` when nothing was typed.
pub fn take_unentered() -> Option<String> {
    let line = UNENTERED.lock().ok().map(|mut l| std::mem::take(&mut *l))?;
    (!line.trim().is_empty()).then_some(line)
}

/// The line typed so far, left where it is: for the thread a signal wakes.
pub fn unentered() -> String {
    UNENTERED.lock().map(|l| l.clone()).unwrap_or_default()
}

/// Reads one line after `prompt` (drawn by `theme`, with `default` shown), starting
/// from `initial`. Enter on an empty line answers `default` when there is one. The
/// answer is echoed after the prompt as the theme draws a selection. Ctrl-C fails with
/// an `Interrupted` error and leaves the line in `UNENTERED`.
pub fn read(
    theme: &dyn Theme,
    prompt: &str,
    default: Option<&str>,
    initial: &str,
) -> io::Result<String> {
    let term = Term::stderr();
    if !term.is_term() {
        return Err(io::Error::new(
            io::ErrorKind::NotConnected,
            "not a terminal",
        ));
    }
    let mut shown = String::new();
    theme
        .format_input_prompt(&mut shown, prompt, default)
        .map_err(io::Error::other)?;
    let mut line = Editing {
        term: &term,
        shown,
        chars: initial.chars().collect(),
        position: 0,
        cursor: 0,
    };
    line.position = line.chars.len();
    line.redraw()?;
    let typed = loop {
        set_unentered(&line.chars);
        let key = match term.read_key() {
            Ok(key) => key,
            Err(error) => {
                // The line stays in UNENTERED; the cursor goes after it, for what
                // is said next.
                let _ = line.move_to_end();
                return Err(error);
            }
        };
        match key {
            Key::Enter => break line.chars.iter().collect::<String>(),
            Key::Char(c) if !c.is_control() => line.insert(c)?,
            Key::Backspace if line.position > 0 => {
                line.position -= 1;
                line.chars.remove(line.position);
                line.redraw()?;
            }
            Key::Del if line.position < line.chars.len() => {
                line.chars.remove(line.position);
                line.redraw()?;
            }
            Key::ArrowLeft if line.position > 0 => line.move_to(line.position - 1)?,
            Key::ArrowRight if line.position < line.chars.len() => {
                line.move_to(line.position + 1)?;
            }
            Key::Home => line.move_to(0)?,
            Key::End => line.move_to(line.chars.len())?,
            // Ctrl-U: the line before the cursor goes; Ctrl-K: the line after it.
            Key::Char('\u{15}') => {
                line.chars.drain(..line.position);
                line.position = 0;
                line.redraw()?;
            }
            Key::Char('\u{b}') => {
                line.chars.truncate(line.position);
                line.redraw()?;
            }
            // Ctrl-W: the word before the cursor goes.
            Key::Char('\u{17}') => {
                let end = line.position;
                let mut start = end;
                while start > 0 && line.chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                while start > 0 && !line.chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                line.chars.drain(start..end);
                line.position = start;
                line.redraw()?;
            }
            _ => {}
        }
    };
    if let Ok(mut unentered) = UNENTERED.lock() {
        unentered.clear();
    }
    line.clear()?;
    let answer = match default {
        Some(default) if typed.is_empty() => default.to_string(),
        _ => typed,
    };
    let mut echo = String::new();
    theme
        .format_input_prompt_selection(&mut echo, prompt, &answer)
        .map_err(io::Error::other)?;
    term.write_line(&echo)?;
    term.flush()?;
    Ok(answer)
}

/// A line being edited, and where the terminal's cursor is: `cursor` cells from the
/// start of the prompt, which `shown` fills first.
struct Editing<'t> {
    term: &'t Term,
    shown: String,
    chars: Vec<char>,
    /// The cursor's place in `chars`.
    position: usize,
    cursor: usize,
}

impl Editing<'_> {
    fn columns(&self) -> usize {
        usize::from(self.term.size().1).max(1)
    }

    /// Cells from the prompt's start to `position` in the line.
    fn cells_to(&self, position: usize) -> usize {
        console::measure_text_width(&self.shown)
            + self.chars[..position]
                .iter()
                .map(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0))
                .sum::<usize>()
    }

    /// After writing up to `cells`, on a row just filled, the terminal waits to wrap:
    /// a new line puts its cursor at the start of the next row, where the reckoning
    /// here puts it.
    fn settle(&self, cells: usize) -> String {
        if cells > 0 && cells.is_multiple_of(self.columns()) {
            "\r\n".to_string()
        } else {
            String::new()
        }
    }

    /// Moves the cursor from where it is to `cells`.
    fn travel(&mut self, cells: usize) -> io::Result<()> {
        let columns = self.columns();
        let (from_row, to_row) = (self.cursor / columns, cells / columns);
        let mut out = String::new();
        if from_row > to_row {
            out.push_str(&format!("\x1b[{}A", from_row - to_row));
        } else if to_row > from_row {
            out.push_str(&format!("\x1b[{}B", to_row - from_row));
        }
        out.push('\r');
        if !cells.is_multiple_of(columns) {
            out.push_str(&format!("\x1b[{}C", cells % columns));
        }
        self.term.write_str(&out)?;
        self.cursor = cells;
        Ok(())
    }

    /// Draws the prompt and the line again, from the prompt's first row, and puts the
    /// cursor at its place.
    fn redraw(&mut self) -> io::Result<()> {
        self.travel(0)?;
        let text: String = self.chars.iter().collect();
        let end = self.cells_to(self.chars.len());
        self.term
            .write_str(&format!("\x1b[J{}{}{}", self.shown, text, self.settle(end)))?;
        self.cursor = end;
        let at = self.cells_to(self.position);
        self.travel(at)?;
        self.term.flush()
    }

    /// A character typed: at the end of the line (typing, a paste) it is only written.
    fn insert(&mut self, c: char) -> io::Result<()> {
        self.chars.insert(self.position, c);
        self.position += 1;
        if self.position < self.chars.len() {
            return self.redraw();
        }
        let end = self.cells_to(self.position);
        let mut out = c.to_string();
        out.push_str(&self.settle(end));
        self.term.write_str(&out)?;
        self.cursor = end;
        self.term.flush()
    }

    fn move_to(&mut self, position: usize) -> io::Result<()> {
        self.position = position;
        let at = self.cells_to(position);
        self.travel(at)?;
        self.term.flush()
    }

    fn move_to_end(&mut self) -> io::Result<()> {
        self.move_to(self.chars.len())
    }

    /// Takes the prompt and the line off the screen, leaving the cursor where the
    /// prompt began.
    fn clear(&mut self) -> io::Result<()> {
        self.travel(0)?;
        self.term.write_str("\x1b[J")?;
        self.term.flush()
    }
}
