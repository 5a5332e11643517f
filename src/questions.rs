//! The person's own interview questions: `.lp/questions.jsonl`, one JSON object a line
//! (`{"principle": ID, "question": TEXT}`), kept by `lp import --write` from the
//! questions in their notes that no story answers. `lp practice` asks them, `lp
//! coverage` names them for a gap, and `lp find` learns from them.

use std::path::Path;

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
    let (text, warning) = crate::library::read_state(
        &root.join(LOG),
        shown,
        MAX_BYTES,
        "your own questions",
        "lp import --write",
    );
    if warning.is_some() {
        return (Vec::new(), warning);
    }
    let mut out = Vec::new();
    let mut skipped = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
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
    crate::atomic::append_state(
        root,
        LOG,
        shown,
        &lines,
        "your questions",
        "lp import --write writes a new one",
    )?;
    Ok(added.len())
}
