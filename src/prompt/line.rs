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
    // Raw for the whole line, not only while each key is read: between two keys the
    // terminal would be back in its own line mode, where a Ctrl-W or Backspace typed
    // quickly is taken by the terminal itself and never reaches the editor.
    let _raw = raw_mode();
    let mut line = Editing {
        term: &term,
        shown,
        chars: initial.chars().collect(),
        position: 0,
        cursor: (0, 0),
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

/// The terminal keys are read from (standard input when it is one, else `/dev/tty`, as
/// console chooses) in raw mode, as console puts it to read a key, output written as
/// before (new lines still start their rows), until the settings are dropped, when
/// they are put back.
fn raw_mode() -> Option<super::Settings> {
    use std::io::IsTerminal as _;
    use std::os::fd::AsRawFd as _;
    let (opened, fd) = if std::io::stdin().is_terminal() {
        (None, libc::STDIN_FILENO)
    } else {
        let tty = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .ok()?;
        let fd = tty.as_raw_fd();
        (Some(tty), fd)
    };
    super::Settings::change(fd, opened, libc::TCSADRAIN, |raw| {
        let output = raw.c_oflag;
        // SAFETY: changes a termios in place.
        unsafe { libc::cfmakeraw(raw) };
        raw.c_oflag = output;
    })
}

/// A line being edited, and where the terminal's cursor is (`cursor`: its row, counted
/// from the prompt's first, and its column).
struct Editing<'t> {
    term: &'t Term,
    shown: String,
    chars: Vec<char>,
    /// The cursor's place in `chars`.
    position: usize,
    cursor: (usize, usize),
}

/// Where the character at `position` in `chars` is drawn after a prompt `prompt`
/// columns wide, in a terminal `columns` wide (the end of the line when `position` is
/// its length): as a terminal wraps, a character wider than what is left of a row
/// starts the next one, and a full row's next character starts the next row.
fn place(prompt: usize, chars: &[char], position: usize, columns: usize) -> (usize, usize) {
    let columns = columns.max(1);
    let (mut row, mut col) = (prompt / columns, prompt % columns);
    for (i, c) in chars.iter().enumerate() {
        let width = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
        if col + width > columns {
            row += 1;
            col = 0;
        }
        if i == position {
            return (row, col);
        }
        col += width;
        if col == columns {
            row += 1;
            col = 0;
        }
    }
    (row, col)
}

impl Editing<'_> {
    fn place(&self, position: usize) -> (usize, usize) {
        let columns = usize::from(self.term.size().1);
        let prompt = console::measure_text_width(&self.shown);
        place(prompt, &self.chars, position, columns)
    }

    /// After writing the line to its end at `end`, on a row just filled, the terminal
    /// waits to wrap: a new line puts its cursor at the start of the next row, where
    /// `place` puts it.
    fn settle(&self, end: (usize, usize)) -> &'static str {
        if end.1 == 0 && end != (0, 0) {
            "\r\n"
        } else {
            ""
        }
    }

    /// Moves the cursor from where it is to `to`.
    fn travel(&mut self, to: (usize, usize)) -> io::Result<()> {
        let from = self.cursor.0;
        let mut out = String::new();
        if from > to.0 {
            out.push_str(&format!("\x1b[{}A", from - to.0));
        } else if to.0 > from {
            out.push_str(&format!("\x1b[{}B", to.0 - from));
        }
        out.push('\r');
        if to.1 > 0 {
            out.push_str(&format!("\x1b[{}C", to.1));
        }
        self.term.write_str(&out)?;
        self.cursor = to;
        Ok(())
    }

    /// Draws the prompt and the line again, from the prompt's first row, and puts the
    /// cursor at its place.
    fn redraw(&mut self) -> io::Result<()> {
        self.travel((0, 0))?;
        let text: String = self.chars.iter().collect();
        let end = self.place(self.chars.len());
        self.term
            .write_str(&format!("\x1b[J{}{}{}", self.shown, text, self.settle(end)))?;
        self.cursor = end;
        let at = self.place(self.position);
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
        let end = self.place(self.position);
        self.term.write_str(&format!("{c}{}", self.settle(end)))?;
        self.cursor = end;
        self.term.flush()
    }

    fn move_to(&mut self, position: usize) -> io::Result<()> {
        self.position = position;
        let at = self.place(position);
        self.travel(at)?;
        self.term.flush()
    }

    fn move_to_end(&mut self) -> io::Result<()> {
        self.move_to(self.chars.len())
    }

    /// Takes the prompt and the line off the screen, leaving the cursor where the
    /// prompt began.
    fn clear(&mut self) -> io::Result<()> {
        self.travel((0, 0))?;
        self.term.write_str("\x1b[J")?;
        self.term.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::place;

    #[test]
    fn a_line_is_placed_as_a_terminal_wraps_it() {
        let chars: Vec<char> = "abcdef".chars().collect();
        // A prompt of 3 in a terminal 4 wide: `a` ends the first row.
        assert_eq!(place(3, &chars, 0, 4), (0, 3));
        assert_eq!(place(3, &chars, 1, 4), (1, 0));
        assert_eq!(place(3, &chars, 5, 4), (2, 0));
        // The end of a line that fills its row exactly is the next row's start.
        assert_eq!(place(3, &chars, 6, 4), (2, 1));
        assert_eq!(place(2, &chars, 6, 4), (2, 0));
        // A wide character that does not fit in what is left of a row starts the
        // next, and what follows it is placed after it there.
        let wide: Vec<char> = "aチb".chars().collect();
        assert_eq!(place(2, &wide, 1, 4), (1, 0));
        assert_eq!(place(2, &wide, 2, 4), (1, 2));
        assert_eq!(place(2, &wide, 3, 4), (1, 3));
        assert_eq!(place(0, &wide, 3, 0), (4, 0));
    }
}
