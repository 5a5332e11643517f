//! Opening a file in the person's editor, as `git commit` does: `$VISUAL`, then
//! `$EDITOR`, then `vi`, run through the shell so that `EDITOR="code --wait"` works.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

/// The editor command to use.
pub fn command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Opens `path` in the editor and waits for it to close.
pub fn edit(path: &Path) -> anyhow::Result<()> {
    let editor = command();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .with_context(|| format!("could not start the editor '{editor}'"))?;
    if !status.success() {
        bail!(
            "the editor '{editor}' exited with {status}\n  hint: set $VISUAL or $EDITOR to the editor you use, such as EDITOR=nano"
        );
    }
    Ok(())
}
