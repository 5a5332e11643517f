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

/// Diagnostics were printed already; exit 2 without another message.
#[derive(Debug)]
pub struct Reported;

impl std::fmt::Display for Reported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("problems were reported")
    }
}

impl std::error::Error for Reported {}

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

/// Where output goes, whether each stream is coloured, and how wide reports are laid out.
pub struct Ui<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub color_out: bool,
    pub color_err: bool,
    /// The columns reports on stdout are laid out for: the terminal's, or 80.
    pub width: usize,
}

impl Ui<'_> {
    /// Prints diagnostics to stderr, in order.
    pub fn diagnostics(&mut self, diagnostics: &[Diagnostic]) -> anyhow::Result<()> {
        for d in diagnostics {
            self.err.write_all(d.render(self.color_err).as_bytes())?;
        }
        Ok(())
    }

    /// A line to stderr: a note, or an error already worded with its hint.
    pub fn note(&mut self, text: &str) -> anyhow::Result<()> {
        writeln!(self.err, "{text}")?;
        Ok(())
    }

    /// Writes a `--json` document, with its version, as pretty JSON with a trailing
    /// newline. Keys come in alphabetical order, whatever order a struct declares them.
    pub fn json(&mut self, document: impl serde::Serialize) -> anyhow::Result<()> {
        self.out
            .write_all(crate::render::json::document(document)?.as_bytes())?;
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
