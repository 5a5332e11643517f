//! One type for every problem `lp` finds in a user's files.
//!
//! Problems in user files are data, not early returns: loaders and checks collect
//! `Diagnostic`s, and only the command layer prints them, sorted by file and line, so a
//! person sees every problem of a library in one run.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a problem is. An error stops a library from loading; a warning does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub const START: Pos = Pos { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Pos {
        Pos { line, column }
    }
}

/// A problem with a place, a message, and (nearly always) a hint saying what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, as the user should see it (relative to the working folder when under it).
    pub path: PathBuf,
    /// Where in the file; `None` for a problem with the file as a whole (it cannot be read).
    #[serde(flatten)]
    pub pos: Option<Pos>,
    /// The named rule that found it, for checks that can be told apart (`duplicate-title`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// The story it is about, when it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(path: &Path, pos: Option<Pos>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            path: path.to_path_buf(),
            pos,
            rule: None,
            story: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(path: &Path, pos: Option<Pos>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, pos, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_rule(mut self, rule: &'static str) -> Diagnostic {
        self.rule = Some(rule);
        self
    }

    pub fn with_story(mut self, id: &str) -> Diagnostic {
        self.story = Some(id.to_string());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic as `error: path:line:col: message` plus an indented hint,
    /// with the severity in colour when asked.
    pub fn render(&self, color: bool) -> String {
        let mut out = report(
            color,
            self.severity,
            &self.to_string(),
            self.hint.as_deref(),
        );
        out.push('\n');
        out
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line:col: message` (or `path: message` without a place), with the rule
    /// name in brackets where there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(pos) = self.pos {
            write!(f, ":{}:{}", pos.line, pos.column)?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(rule) = self.rule {
            write!(f, " [{rule}]")?;
        }
        Ok(())
    }
}

/// Sorts diagnostics by file, then place, then errors before warnings.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.path, a.pos, a.severity, &a.message).cmp(&(&b.path, b.pos, b.severity, &b.message))
    });
}

/// A one-line count such as `2 errors, 1 warning`.
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    format!(
        "{}, {}",
        crate::english::plural(errors, "error", "errors"),
        crate::english::plural(warnings, "warning", "warnings")
    )
}

/// The problems were shown already (diagnostics, or an error with its hint): exit 2
/// without another message.
#[derive(Debug)]
pub struct Reported;

impl std::fmt::Display for Reported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("problems were reported")
    }
}

impl std::error::Error for Reported {}

/// An error for the person to act on: what went wrong and the next step, as data.
/// Its `Display` is the message alone; `render_error` prints the hint beneath it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserError {
    pub message: String,
    pub hint: String,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// An error with its next step: `bail!(hinted("x is a folder", "move it away"))`.
pub fn hinted(message: impl Into<String>, hint: impl Into<String>) -> UserError {
    UserError {
        message: message.into(),
        hint: hint.into(),
    }
}

/// `error: message` (or `warning: …`) and, beneath it, `  hint: …`, the label in
/// colour when asked and everything made visible: the one form of every problem lp
/// reports, without a final newline.
pub fn report(color: bool, severity: Severity, message: &str, hint: Option<&str>) -> String {
    let (label, tone) = match severity {
        Severity::Error => ("error", crate::style::Tone::Error),
        Severity::Warning => ("warning", crate::style::Tone::Warning),
    };
    let mut out = format!(
        "{}: {}",
        crate::style::paint(color, tone, label),
        crate::visible::visible(message)
    );
    if let Some(hint) = hint {
        out.push_str("\n  hint: ");
        out.push_str(&crate::visible::visible(hint));
    }
    out
}

/// An error that ended a command, as `report` shows it: the message with the causes
/// it was given (`could not write x: disk full`), and the hint of the `UserError`
/// among them, or for an error the system gave, the next step for that error.
pub fn render_error(error: &anyhow::Error, color: bool) -> String {
    let message = format!("{error:#}");
    let hint = error
        .chain()
        .find_map(|cause| cause.downcast_ref::<UserError>())
        .or_else(|| error.downcast_ref::<UserError>())
        .map(|e| e.hint.as_str())
        .or_else(|| io_hint(error));
    report(color, Severity::Error, &message, hint)
}

/// The next step for an error the system gave, when lp's own message has none.
fn io_hint(error: &anyhow::Error) -> Option<&'static str> {
    use std::io::ErrorKind;
    let io = error
        .chain()
        .find_map(|c| c.downcast_ref::<std::io::Error>())?;
    Some(match io.kind() {
        ErrorKind::PermissionDenied => {
            "lp may not read or write there: check the folder's permissions (ls -ld FOLDER) or run lp as the folder's owner"
        }
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "the disk is full: free some space, then run the command again"
        }
        ErrorKind::ReadOnlyFilesystem => {
            "that disk is mounted read-only: use a library on a writable disk"
        }
        ErrorKind::FileTooLarge => {
            "a limit on file size (ulimit -f) stopped the write: raise it, then run the command again"
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_place_message_and_hint() {
        let d = Diagnostic::error(
            Path::new("stories/deploy.yaml"),
            Some(Pos::new(4, 1)),
            "unknown field 'situaton'",
        )
        .with_hint("did you mean 'situation'?");
        assert_eq!(
            d.render(false),
            "error: stories/deploy.yaml:4:1: unknown field 'situaton'\n  hint: did you mean 'situation'?\n"
        );
    }

    #[test]
    fn sorts_by_path_then_line() {
        let mut ds = vec![
            Diagnostic::warning(Path::new("b.yaml"), Some(Pos::new(1, 1)), "w"),
            Diagnostic::error(Path::new("a.yaml"), Some(Pos::new(9, 1)), "late"),
            Diagnostic::error(Path::new("a.yaml"), Some(Pos::new(2, 1)), "early"),
        ];
        sort(&mut ds);
        let order: Vec<_> = ds.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["early", "late", "w"]);
    }

    #[test]
    fn summary_counts_each_severity() {
        let ds = vec![
            Diagnostic::error(Path::new("a"), None, "x"),
            Diagnostic::warning(Path::new("a"), None, "y"),
            Diagnostic::warning(Path::new("a"), None, "z"),
        ];
        assert_eq!(summary(&ds), "1 error, 2 warnings");
    }

    #[test]
    fn an_error_shows_its_causes_and_the_hint_of_the_one_that_has_it() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let error = anyhow::Error::new(io).context(hinted("could not read x", "put it back"));
        assert_eq!(
            render_error(&error, false),
            "error: could not read x: gone\n  hint: put it back"
        );
        let wrapped =
            anyhow::Error::new(hinted("x is a folder", "move it away")).context("could not save");
        assert_eq!(
            render_error(&wrapped, false),
            "error: could not save: x is a folder\n  hint: move it away"
        );
        let denied = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        assert!(render_error(&denied, false).contains("hint: lp may not read or write there"));
        assert_eq!(
            render_error(&anyhow::anyhow!("plain\x1b[2J"), false),
            "error: plain\\e[2J"
        );
    }
}
