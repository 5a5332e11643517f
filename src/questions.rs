//! The person's own interview questions: `.lp/questions.jsonl`, one JSON object a line
//! (`{"principle": ID, "question": TEXT}`), kept by `lp import --write` from the
//! questions in their notes that no story answers. `lp practice` asks them, `lp
//! coverage` names them for a gap, and `lp find` learns from them.

use std::io::Write as _;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

/// The file, relative to the library.
pub const LOG: &str = ".lp/questions.jsonl";

/// The largest file read.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

/// One question of the person's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub principle: String,
    pub question: String,
}

/// The questions of a library: a missing file holds none; one that is not a regular
/// file, too large or unreadable, or a line that is not a question, is passed over with
/// a warning.
pub fn load(root: &Path, shown: &Path) -> (Vec<Question>, Option<String>) {
    let path = root.join(LOG);
    match std::fs::symlink_metadata(&path) {
        Err(_) => return (Vec::new(), None),
        Ok(m) if !m.is_file() => {
            return (
                Vec::new(),
                Some(format!(
                    "warning: {} is not a file, so your own questions were not read\n  hint: remove it; lp import --write writes a new one",
                    shown.display()
                )),
            );
        }
        Ok(_) => {}
    }
    let bytes = match crate::library::read_at_most(&path, MAX_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            return (
                Vec::new(),
                Some(format!(
                    "warning: {} is over {} MiB, so your own questions were not read\n  hint: move it away",
                    shown.display(),
                    MAX_BYTES / (1024 * 1024)
                )),
            );
        }
        Err(err) => {
            return (
                Vec::new(),
                Some(format!(
                    "warning: could not read {}: {err}\n  hint: check that it is readable",
                    shown.display()
                )),
            );
        }
    };
    let mut out = Vec::new();
    let mut skipped = 0;
    for line in String::from_utf8_lossy(&bytes).lines() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Question>(line) {
            Ok(q) if !q.question.trim().is_empty() => out.push(q),
            _ => skipped += 1,
        }
    }
    let warning = (skipped > 0).then(|| {
        format!(
            "warning: {} of {} could not be read and were passed over\n  hint: each line is one question, as JSON: {{\"principle\": \"ownership\", \"question\": \"…\"}}",
            crate::diagnostic::plural(skipped, "line", "lines"),
            shown.display()
        )
    });
    (out, warning)
}

/// Adds the questions not already kept; returns how many were added. Never through a
/// link, and only to a regular file.
pub fn add(root: &Path, shown: &Path, new: &[Question]) -> anyhow::Result<usize> {
    let path = root.join(LOG);
    if path
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        anyhow::bail!(
            "{} is a link, so your questions were not added: lp writes nothing through a link under .lp/\n  hint: remove the link; lp import --write writes a new file",
            shown.display()
        );
    }
    let (kept, _) = load(root, shown);
    let mut lines = String::new();
    let mut added: Vec<&Question> = Vec::new();
    for q in new {
        if kept.contains(q) || added.contains(&q) {
            continue;
        }
        added.push(q);
        lines.push_str(&serde_json::to_string(q).expect("a question serializes"));
        lines.push('\n');
    }
    if added.is_empty() {
        return Ok(0);
    }
    crate::atomic::own_folder(root, ".lp")?;
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(&path)
        .and_then(|mut f| f.write_all(lines.as_bytes()))
        .with_context(|| format!("could not add your questions to {}", shown.display()))?;
    Ok(added.len())
}
