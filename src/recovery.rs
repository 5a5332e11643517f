//! Keeping text a person typed that could not be saved as a story: in the library's
//! `.lp/recovered/` folder, or the system's temporary folder when that cannot be
//! written. The path is always printed; when neither can be written, the text itself.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::atomic;

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
