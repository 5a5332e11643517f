//! Keeping text a person typed that could not be saved as a story: in the library's
//! `.lp/recovered/` folder, or the system's temporary folder when that cannot be
//! written. The path is always printed; when neither can be written, the text itself.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::atomic;

/// The recovery files waiting in the library's `.lp/recovered/`, oldest name first,
/// as paths inside the library (`.lp/recovered/add-1795685986.yaml`).
pub fn waiting(root: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root.join(".lp/recovered")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
        .take(10_000)
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| Path::new(".lp/recovered").join(n))
        .collect()
}

/// The story id a recovery file's name says it was for.
pub fn story_of(name: &str) -> Option<String> {
    let stem = name.strip_suffix(".yaml")?;
    let rest = stem
        .strip_prefix("write-")
        .or_else(|| stem.strip_prefix("edit-"))?;
    let is_number = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    // `<id>-<seconds>`, or `<id>-<seconds>-<n>` when that name was taken.
    let (head, last) = rest.rsplit_once('-')?;
    if !is_number(last) {
        return None;
    }
    let id = match head.rsplit_once('-') {
        Some((id, seconds)) if is_number(seconds) && seconds.len() >= 9 => id,
        _ => head,
    };
    (!id.is_empty()).then(|| id.to_string())
}

/// The text of a recovery file to take up again (`path` as the person sees it is
/// `shown`): only a regular file, within the size of a story, UTF-8.
pub fn read(path: &Path, shown: &Path) -> anyhow::Result<String> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => {}
        Ok(_) => anyhow::bail!(
            "{} is not a file\n  hint: pass a recovery file; `lp check` lists those waiting",
            shown.display()
        ),
        Err(err) => anyhow::bail!(
            "could not read {}: {err}\n  hint: `lp check` lists the recovery files waiting",
            shown.display()
        ),
    }
    let bytes = crate::library::read_at_most(path, crate::yaml::MAX_FILE_BYTES)
        .map_err(|err| anyhow::anyhow!("could not read {}: {err}", shown.display()))?
        .ok_or_else(|| {
            anyhow::anyhow!(
                "{} is too large to be a story\n  hint: open it and copy what you need",
                shown.display()
            )
        })?;
    String::from_utf8(bytes).map_err(|_| {
        anyhow::anyhow!(
            "{} is not UTF-8 text\n  hint: open it and copy what you need",
            shown.display()
        )
    })
}

/// Saves `text` as `<library>/.lp/recovered/<what>-<seconds>.yaml` (or the next free
/// name) and returns the path written.
pub fn save(root: &Path, what: &str, text: &str) -> anyhow::Result<PathBuf> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let stem = format!("{what}-{seconds}");
    let folder = root.join(".lp/recovered");
    let path = atomic::create_free(&folder, &stem, "yaml", text.as_bytes())
        .or_else(|_| {
            let folder = std::env::temp_dir().join("lp-recovered");
            atomic::create_free(&folder, &stem, "yaml", text.as_bytes())
        })
        .map_err(|err| {
            // Nowhere to write: the text goes to the terminal, the last place left.
            anyhow::anyhow!(
                "{err:#}\n  hint: nothing could be written, so here is your text; copy it now:\n{text}"
            )
        })?;
    Ok(path
        .strip_prefix(".")
        .map(Path::to_path_buf)
        .unwrap_or(path))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_recovery_file_names_its_story() {
        let for_ = super::story_of;
        assert_eq!(
            for_("write-dive-deep-2-1795685986.yaml").as_deref(),
            Some("dive-deep-2")
        );
        assert_eq!(for_("edit-x-1795685986-2.yaml").as_deref(), Some("x"));
        assert_eq!(for_("add-1795685986.yaml"), None);
        assert_eq!(for_("write--1795685986.yaml"), None);
        assert_eq!(for_("write-x.yaml"), None);
    }
}
