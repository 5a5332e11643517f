//! Files the person names on the command line, read with the limits of every file lp
//! reads: the notes of `lp import` and the principle set of `lp import --set`.

use std::path::Path;

use super::read_at_most;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Reported;
use crate::model::PrincipleSet;
use crate::{principles, yaml};

/// The largest notes file `lp import` reads.
pub const MAX_NOTES_BYTES: usize = 16 * 1024 * 1024;

/// A notes file the person named for `lp import`: at most `MAX_NOTES_BYTES`, UTF-8 (a
/// byte-order mark dropped). Its problems, to show before the error: the place of the
/// first byte that is not UTF-8.
pub fn read_notes(path: &Path) -> (anyhow::Result<String>, Vec<Diagnostic>) {
    match notes(path) {
        Ok(text) => (Ok(text), Vec::new()),
        Err(Unread::Error(error)) => (Err(error), Vec::new()),
        Err(Unread::Problems(problems)) => (Err(Reported.into()), problems),
    }
}

enum Unread {
    Error(anyhow::Error),
    Problems(Vec<Diagnostic>),
}

fn notes(path: &Path) -> Result<String, Unread> {
    if path.is_dir() {
        return Err(Unread::Error(anyhow::anyhow!(crate::diagnostic::hinted(
            format!("{} is a folder", path.display()),
            "name a Markdown file of notes"
        ))));
    }
    let could_not_read = |err: std::io::Error| {
        anyhow::anyhow!(crate::diagnostic::hinted(
            format!("could not read {}: {err}", path.display()),
            "check the path; it is relative to the folder you run lp in"
        ))
    };
    let read = read_at_most(path, MAX_NOTES_BYTES).map_err(|e| Unread::Error(could_not_read(e)))?;
    let Some(bytes) = read else {
        return Err(Unread::Error(anyhow::anyhow!(crate::diagnostic::hinted(
            format!(
                "{} is over the limit of {} MiB for a notes file",
                path.display(),
                MAX_NOTES_BYTES / (1024 * 1024)
            ),
            "split it into smaller files and import each"
        ))));
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text)),
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let pos = yaml::pos_at(&String::from_utf8_lossy(&bytes[..valid]), valid);
            let d = Diagnostic::error(path, Some(pos), "file is not valid UTF-8 text")
                .with_hint("save the notes as UTF-8 in your editor");
            Err(Unread::Problems(vec![d]))
        }
    }
}

/// A principle set the person named (`lp import --set FILE`), with every problem of
/// its file to show; an error when it cannot be used.
pub fn read_set(path: &Path) -> (anyhow::Result<PrincipleSet>, Vec<Diagnostic>) {
    let bytes = match read_at_most(path, yaml::MAX_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(err) => {
            let error =
                anyhow::Error::new(err).context(format!("could not read {}", path.display()));
            return (Err(error), Vec::new());
        }
    };
    let text = match bytes
        .ok_or_else(|| yaml::too_large(path, None))
        .and_then(|bytes| yaml::decode(path, bytes))
    {
        Ok(text) => text,
        Err(d) => return (Err(Reported.into()), vec![d]),
    };
    let (set, problems) = principles::parse_set(path, &text);
    let set = match set {
        Some(set) if problems.iter().all(|d| !d.is_error()) && !set.principles.is_empty() => {
            Ok(set)
        }
        Some(_) if problems.is_empty() => Err(anyhow::anyhow!(crate::diagnostic::hinted(
            format!("{} holds no principles", path.display()),
            "list at least one principle under 'principles:', each with an 'id:' and a 'name:'"
        ))),
        _ => Err(Reported.into()),
    };
    (set, problems)
}
