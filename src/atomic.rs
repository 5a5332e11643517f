//! Writing files so that a crash at any moment leaves the old file or the new one,
//! whole: write a temporary file in the same folder, flush it to disk, then move it
//! into place. New files never replace an existing one.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

fn temporary_in(path: &Path, contents: &[u8]) -> anyhow::Result<tempfile::NamedTempFile> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".lp-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .with_context(|| format!("could not write in {}", folder.display()))?;
    file.write_all(contents)
        .and_then(|()| file.as_file().sync_all())
        .with_context(|| format!("could not write {}", path.display()))?;
    Ok(file)
}

/// The test hook for crash safety: with `LP_TEST_CRASH_BEFORE_RENAME` set, the process
/// dies at the worst moment, after the temporary file is written and before it is moved
/// into place. Tests use it to show that a crash leaves the old file or none, whole.
fn crash_point() {
    if std::env::var_os("LP_TEST_CRASH_BEFORE_RENAME").is_some() {
        std::process::abort();
    }
}

/// Writes a file that must not exist yet. Fails, leaving everything as it was, when it does.
pub fn create_new(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let file = temporary_in(path, contents)?;
    crash_point();
    file.persist_noclobber(path).map_err(|err| {
        if err.error.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::anyhow!("{} already exists", path.display())
        } else {
            anyhow::Error::new(err.error).context(format!("could not write {}", path.display()))
        }
    })?;
    Ok(())
}

/// Writes a file, replacing any file already there in one step.
pub fn replace(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let file = temporary_in(path, contents)?;
    crash_point();
    file.persist(path).map_err(|err| {
        anyhow::Error::new(err.error).context(format!("could not write {}", path.display()))
    })?;
    Ok(())
}

/// Writes `<folder>/<stem>.<ext>` or, when that is taken, the first free of
/// `<stem>-2.<ext>`, `<stem>-3.<ext>`, …, never replacing a file. Returns the path written.
pub fn create_free(
    folder: &Path,
    stem: &str,
    ext: &str,
    contents: &[u8],
) -> anyhow::Result<PathBuf> {
    fs::create_dir_all(folder).with_context(|| format!("could not create {}", folder.display()))?;
    for n in 1.. {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = folder.join(name);
        if path.symlink_metadata().is_ok() {
            continue;
        }
        match create_new(&path, contents) {
            Ok(()) => return Ok(path),
            // Another process took the name between the look and the write.
            Err(_) if path.symlink_metadata().is_ok() => continue,
            Err(err) => return Err(err),
        }
    }
    unreachable!("the loop above only ends by returning")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_new_refuses_an_existing_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.txt");
        create_new(&path, b"first").unwrap();
        let err = create_new(&path, b"second").unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"first");
    }

    #[test]
    fn create_free_takes_the_next_free_name() {
        let tmp = tempfile::tempdir().unwrap();
        let a = create_free(tmp.path(), "story", "yaml", b"1").unwrap();
        let b = create_free(tmp.path(), "story", "yaml", b"2").unwrap();
        let c = create_free(tmp.path(), "story", "yaml", b"3").unwrap();
        let names: Vec<_> = [a, b, c]
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["story.yaml", "story-2.yaml", "story-3.yaml"]);
        assert_eq!(fs::read(tmp.path().join("story.yaml")).unwrap(), b"1");
        let leftovers = fs::read_dir(tmp.path()).unwrap().count();
        assert_eq!(leftovers, 3, "no temporary file is left behind");
    }

    #[test]
    fn replace_swaps_the_whole_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.txt");
        fs::write(&path, "old").unwrap();
        replace(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
    }
}
