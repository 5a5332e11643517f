//! Candidates for shell completion: the ids of the stories and principles of the
//! library `lp` would use from where the shell is (`$LP_DIR`, the nearest `stories/`
//! folder, the XDG data folder). Computed when the shell asks, so they are current.

use clap_complete::engine::CompletionCandidate;

use crate::library::{self, Env};

/// The ids of the library's stories (file names without `.yaml`).
pub fn story_ids() -> Vec<CompletionCandidate> {
    let Ok(location) = Env::process().and_then(|env| library::locate(None, &env)) else {
        return Vec::new();
    };
    let ids = library::ids_on_disk(&location.stories_dir());
    ids.into_iter().map(CompletionCandidate::new).collect()
}

/// The ids of the principle set in use, each with its name as help.
pub fn principle_ids() -> Vec<CompletionCandidate> {
    let set = Env::process()
        .and_then(|env| library::locate(None, &env))
        .and_then(library::load)
        .map(|loaded| loaded.library.set)
        .unwrap_or_else(|_| crate::principles::builtin());
    set.principles
        .into_iter()
        .map(|p| CompletionCandidate::new(p.id).help(Some(p.name.into())))
        .collect()
}
