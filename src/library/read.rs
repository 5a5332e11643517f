//! Reading a library's files without trusting them: only regular files (never a pipe,
//! a socket or a device, which could block or never end), never more than a limit,
//! and every failure turned into a diagnostic that names the file.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::display_path;
use crate::diagnostic::Diagnostic;
use crate::yaml;

/// The `*.yaml` files of a library folder, sorted, each with the path to show. Other
/// entries are passed over, but a `.yml` file and a folder named `*.yaml` get a
/// diagnostic, since the person surely meant them to be read.
pub(super) fn yaml_files(
    folder: &Path,
    name: &str,
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> anyhow::Result<Vec<(PathBuf, PathBuf)>> {
    if !folder.exists() && folder.symlink_metadata().is_err() {
        return Ok(Vec::new());
    }
    if !folder.is_dir() {
        diagnostics.push(
            Diagnostic::error(&display_path(root, name), None, "is a file, not a folder")
                .with_hint(format!(
                    "{name}/ must be a folder of .yaml files; rename or remove this file"
                )),
        );
        return Ok(Vec::new());
    }
    let entries = fs::read_dir(folder)
        .with_context(|| format!("could not list {}", display_path(root, name).display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry
            .with_context(|| format!("could not list {}", display_path(root, name).display()))?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let shown = display_path(root, &format!("{name}/{file_name}"));
        if file_name.starts_with(".lp-") && file_name.ends_with(".tmp") {
            // A write by lp that was interrupted: it may hold text the person typed.
            diagnostics.push(
                Diagnostic::warning(&shown, None, "left by an interrupted write")
                    .with_hint("it may hold text you typed: look inside, then delete it"),
            );
            continue;
        }
        if file_name.starts_with('.') {
            continue; // editor swap files and other hidden files
        }
        let path = entry.path();
        if file_name.ends_with(".yml") {
            diagnostics.push(
                Diagnostic::warning(&shown, None, "not read: lp reads files ending in .yaml")
                    .with_hint(format!(
                        "rename it to {}",
                        file_name.trim_end_matches(".yml").to_string() + ".yaml"
                    )),
            );
        } else if file_name.ends_with(".yaml") {
            if entry.file_name().to_str().is_none() {
                // Its id cannot be typed: `lp show` and `lp edit` would not find it.
                diagnostics.push(
                    Diagnostic::warning(&shown, None, "the file name is not UTF-8 text")
                        .with_hint("rename the file; a story's id is its file name"),
                );
            }
            // A folder named `x.yaml` is found when it is opened, on the loading threads.
            if let Some(kind) = not_a_file(&entry) {
                // Opening a named pipe waits for a writer, and a device such as
                // /dev/zero never ends: neither is opened.
                diagnostics.push(
                    Diagnostic::error(&shown, None, format!("is {kind}, not a file")).with_hint(
                        format!(
                            "{name}/ holds one .yaml file per entry; move it out of the folder"
                        ),
                    ),
                );
                continue;
            }
            files.push((file_name, path, shown));
        }
    }
    // By name: comparing whole paths component by component costs more.
    files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(files
        .into_iter()
        .map(|(_, path, shown)| (path, shown))
        .collect())
}

/// What a folder entry is when it is neither a file nor a folder, itself or through a
/// link: "a named pipe", "a socket", "a device". The kind comes with the listing, so
/// only links cost a `stat`; a dangling link is left to `read_text` to report.
fn not_a_file(entry: &fs::DirEntry) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt as _;
    let mut kind = entry.file_type().ok()?;
    if kind.is_symlink() {
        kind = fs::metadata(entry.path()).ok()?.file_type();
    }
    if kind.is_fifo() {
        Some("a named pipe")
    } else if kind.is_socket() {
        Some("a socket")
    } else if kind.is_char_device() || kind.is_block_device() {
        Some("a device")
    } else {
        None
    }
}

/// The bytes of a file, up to `limit`; `None` when it holds more. A pipe
/// (`lp import <(…)`) is read as it comes.
pub fn read_at_most(path: &Path, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let file = fs::File::open(path)?;
    let size = file.metadata()?.len();
    read_limited(file, limit, size)
}

/// Reads at most `limit` bytes, `size` the length expected; `Ok(None)` when there are
/// more. It reads no further than that, so a file that grows while it is read, a pipe
/// or a device costs nothing and cannot fill memory.
fn read_limited(
    file: impl std::io::Read,
    limit: usize,
    size: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read as _;
    let mut bytes = Vec::with_capacity(size.min(limit as u64) as usize + 1);
    file.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

pub(super) fn read_text(path: &Path, shown: &Path) -> Result<String, Diagnostic> {
    let file = fs::File::open(path).map_err(|err| read_error(shown, &err))?;
    let metadata = file.metadata().map_err(|err| read_error(shown, &err))?;
    if metadata.is_dir() {
        let folder = shown
            .parent()
            .and_then(Path::file_name)
            .map_or("stories".into(), |f| f.to_string_lossy());
        return Err(
            Diagnostic::error(shown, None, "is a folder, not a file").with_hint(format!(
                "{folder}/ holds one .yaml file per entry; rename or move this folder"
            )),
        );
    }
    let len = metadata.len();
    if len > yaml::MAX_FILE_BYTES as u64 {
        // Refuse before reading, so a huge file costs nothing.
        return Err(yaml::too_large(shown, Some(len)));
    }
    match read_limited(file, yaml::MAX_FILE_BYTES, len) {
        Ok(Some(bytes)) => yaml::decode(shown, bytes),
        // It grew while it was read.
        Ok(None) => Err(yaml::too_large(shown, None)),
        Err(err) => Err(read_error(shown, &err)),
    }
}

/// "Too many levels of symbolic links" (its `ErrorKind` is not stable yet).
#[cfg(target_os = "linux")]
const ELOOP: i32 = 40;
#[cfg(not(target_os = "linux"))]
const ELOOP: i32 = 62;

fn read_error(shown: &Path, err: &std::io::Error) -> Diagnostic {
    let hint = match err.kind() {
        std::io::ErrorKind::NotFound => {
            "it may be a link to a file that no longer exists; remove or fix the link"
        }
        std::io::ErrorKind::PermissionDenied => {
            "make it readable (chmod u+r) or move it out of the library"
        }
        _ if err.raw_os_error() == Some(ELOOP) => {
            "it is a link that leads back to itself; remove the link"
        }
        _ => "check that the file is readable",
    };
    Diagnostic::error(shown, None, format!("could not read the file: {err}")).with_hint(hint)
}
