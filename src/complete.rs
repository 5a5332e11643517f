//! Candidates for shell completion: the ids of the stories and principles of the
//! library `lp` would use for the line being completed (its `--dir`, wherever it stands
//! on the line, else `$LP_DIR`, the nearest `stories/` folder, the XDG data folder).
//! Computed when the shell asks, so they are current.

use std::path::PathBuf;

use clap_complete::engine::CompletionCandidate;

use crate::library::{self, Env};

/// Whether the shell is asking for completions: `COMPLETE` names a shell lp writes
/// completions for, and the arguments are clap's `-- lp WORDS…`.
pub fn is_asked() -> bool {
    let shell = std::env::var("COMPLETE").unwrap_or_default();
    matches!(
        shell.as_str(),
        "bash" | "zsh" | "fish" | "elvish" | "powershell"
    ) && std::env::args().nth(1).as_deref() == Some("--")
}

/// The words of the command line being completed and the index of the one under the
/// cursor. The shell runs `lp -- lp WORDS…` to ask, with the index in
/// `_CLAP_COMPLETE_INDEX` (the last word when it is not set).
fn line() -> (Vec<String>, usize) {
    let args: Vec<String> = std::env::args().collect();
    let words: Vec<String> = match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    };
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse().ok())
        .unwrap_or(words.len().saturating_sub(1));
    (words, index)
}

/// The `--dir` given on the line (the last, before or after the command), `~/`
/// expanded as the shell would when it runs the line.
fn dir_on_line(words: &[String], index: usize) -> Option<PathBuf> {
    let mut dir = None;
    for (i, word) in words.iter().enumerate() {
        if let Some(value) = word.strip_prefix("--dir=") {
            dir = Some(value.to_string());
        } else if word == "--dir" && i + 1 != index {
            dir = words.get(i + 1).cloned();
        }
    }
    let dir = dir.filter(|d| !d.is_empty())?;
    Some(match (dir.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(dir),
    })
}

/// The library the line being completed would use.
fn location() -> Option<library::Location> {
    let (words, index) = line();
    let dir = dir_on_line(&words, index);
    Env::process()
        .and_then(|env| library::locate(dir.as_deref(), &env))
        .ok()
}

/// The ids of the library's stories (file names without `.yaml`).
pub fn story_ids() -> Vec<CompletionCandidate> {
    let Some(location) = location() else {
        return Vec::new();
    };
    // An id that is not a slug could be a shell command in disguise (`a;touch x`) or
    // a glob: the scripts quote every candidate, and such ids are not offered at all.
    let ids = library::ids_on_disk(&location.stories_dir());
    ids.into_iter()
        .filter(|id| is_plain_word(id))
        .map(CompletionCandidate::new)
        .collect()
}

/// A word the shell reads as itself, unquoted: ASCII letters, digits, `-`, `_`, `.`,
/// not starting with `-`.
fn is_plain_word(word: &str) -> bool {
    !word.is_empty()
        && !word.starts_with('-')
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The ids of the principle set in use, each with its name as help. In a
/// comma-separated list (`ownership,di`), each candidate is the list so far with one
/// more id, not already in it.
pub fn principle_ids() -> Vec<CompletionCandidate> {
    // The principle set alone: a Tab never reads every story.
    let set = location()
        .and_then(|location| library::load_set(&location).ok())
        .map(|(set, _, _)| set)
        .unwrap_or_else(crate::principles::builtin);
    let (words, index) = line();
    let current = words.get(index).map(String::as_str).unwrap_or("");
    let head = match current.rfind(',') {
        Some(at) => &current[..=at],
        None => "",
    };
    let taken: Vec<&str> = head.split(',').map(str::trim).collect();
    set.principles
        .into_iter()
        .filter(|p| !taken.contains(&p.id.as_str()))
        .map(|p| CompletionCandidate::new(format!("{head}{}", p.id)).help(Some(p.name.into())))
        .collect()
}
