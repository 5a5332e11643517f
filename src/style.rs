//! The one way lp colours what it prints: reports on stdout, and labels of errors and
//! warnings on stderr. Whether colour is on is decided once (`ui::use_color`: `--color`,
//! `NO_COLOR`, `CLICOLOR`, a terminal); everything painted is made visible first
//! (`crate::visible`), so a story's own escape codes never reach the terminal.

use crate::visible::visible;

/// How a piece of text is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Bold,
    Red,
    Yellow,
    Green,
    Dim,
    /// The `error` label.
    Error,
    /// The `warning` label.
    Warning,
}

/// `text`, made visible, in `tone` when `color` is on.
pub fn paint(color: bool, tone: Tone, text: &str) -> String {
    let text = visible(text);
    if !color {
        return text.into_owned();
    }
    let style = console::Style::new().force_styling(true);
    let style = match tone {
        Tone::Bold => style.bold(),
        Tone::Red => style.red(),
        Tone::Yellow => style.yellow(),
        Tone::Green => style.green(),
        Tone::Dim => style.dim(),
        Tone::Error => style.red().bold(),
        Tone::Warning => style.yellow().bold(),
    };
    style.apply_to(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_only_with_colour_and_always_makes_visible() {
        assert_eq!(paint(false, Tone::Red, "gap"), "gap");
        assert_eq!(paint(true, Tone::Red, "gap"), "\x1b[31mgap\x1b[0m");
        assert_eq!(paint(false, Tone::Bold, "a\x1b[2Jb"), "a\\e[2Jb");
        assert!(paint(true, Tone::Error, "error").contains("error\x1b[0m"));
    }
}
