//! Writing files so that a crash at any moment leaves the old file or the new one,
//! whole: write a temporary file in the same folder, flush it to disk, then move it
//! into place. New files never replace an existing one; a replaced file keeps its
//! permissions, and a link keeps pointing at the new text.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

/// What goes into a file: its bytes, or a writer of them, for a document written as it
/// is made rather than held whole in memory.
pub enum Contents<'a> {
    Bytes(&'a [u8]),
    Written(&'a mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>),
}

impl Contents<'_> {
    fn write(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        match self {
            Contents::Bytes(bytes) => out.write_all(bytes),
            Contents::Written(write) => {
                let mut out = std::io::BufWriter::new(out);
                write(&mut out)?;
                out.flush()
            }
        }
    }
}

/// A temporary file beside `path` holding `contents`, with the permissions a new file
/// gets (0666 less the umask), or `permissions` when it is to replace a file.
fn temporary_in(
    path: &Path,
    contents: &[u8],
    permissions: Option<fs::Permissions>,
) -> anyhow::Result<tempfile::NamedTempFile> {
    temporary_with(path, Contents::Bytes(contents), permissions)
}

fn temporary_with(
    path: &Path,
    mut contents: Contents,
    permissions: Option<fs::Permissions>,
) -> anyhow::Result<tempfile::NamedTempFile> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".lp-")
        .suffix(".tmp")
        .permissions(fs::Permissions::from_mode(0o666))
        .tempfile_in(folder)
        .with_context(|| format!("could not write in {}", folder.display()))?;
    if let Some(permissions) = permissions {
        file.as_file()
            .set_permissions(permissions)
            .with_context(|| format!("could not write {}", path.display()))?;
    }
    contents
        .write(&mut file)
        .and_then(|()| file.as_file().sync_all())
        .with_context(|| format!("could not write {}", path.display()))?;
    Ok(file)
}

/// Whether `path` names, itself or through links, something that is written as it
/// is rather than replaced: a pipe or a device, such as `/dev/stdout`.
pub fn is_stream(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Writes into a pipe or a device, which cannot be replaced and holds nothing to lose.
pub fn write_stream(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    write_stream_with(path, Contents::Bytes(contents))
}

fn write_stream_with(path: &Path, mut contents: Contents) -> anyhow::Result<()> {
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|mut stream| contents.write(&mut stream))
        .with_context(|| format!("could not write {}", path.display()))
}

/// The test hook for crash safety: with `LP_TEST_CRASH_BEFORE_RENAME` set, the process
/// dies at the worst moment, after the temporary file is written and before it is moved
/// into place. Tests use it to show that a crash leaves the old file or none, whole.
/// Only in debug builds, which `cargo test` runs: a release build has no such hook.
fn crash_point() {
    #[cfg(debug_assertions)]
    if std::env::var_os("LP_TEST_CRASH_BEFORE_RENAME").is_some() {
        std::process::abort();
    }
}

/// Writes a file that must not exist yet. Fails, leaving everything as it was, when it does.
pub fn create_new(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    create_new_with(path, Contents::Bytes(contents))
}

fn create_new_with(path: &Path, contents: Contents) -> anyhow::Result<()> {
    persist_new(temporary_with(path, contents, None)?, path)
}

/// Moves a written temporary file to `path`, which must not exist yet.
fn persist_new(file: tempfile::NamedTempFile, path: &Path) -> anyhow::Result<()> {
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

/// Moves a written temporary file over `path` in one step; a link there is replaced
/// itself, since a rename never follows one.
fn persist_over(file: tempfile::NamedTempFile, path: &Path) -> anyhow::Result<()> {
    crash_point();
    file.persist(path).map_err(|err| {
        anyhow::Error::new(err.error).context(format!("could not write {}", path.display()))
    })?;
    Ok(())
}

/// Writes a file, replacing any file already there in one step. Through a link, it is
/// the file the link points to that is replaced (a story kept in a synced folder stays
/// linked), and the replaced file keeps its permissions.
pub fn replace(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    replace_with(path, Contents::Bytes(contents))
}

fn replace_with(path: &Path, contents: Contents) -> anyhow::Result<()> {
    let is_link = path
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink());
    let target = if is_link {
        fs::canonicalize(path).map_err(|_| {
            anyhow::anyhow!(crate::diagnostic::hinted(
                format!(
                    "could not write {}: it is a link to a file that does not exist",
                    path.display()
                ),
                "fix or remove the link, or choose another file"
            ))
        })?
    } else {
        path.to_path_buf()
    };
    let permissions = match fs::metadata(&target) {
        Ok(m) if m.is_file() && m.permissions().readonly() => bail!(crate::diagnostic::hinted(
            format!("{} is read-only, so lp leaves it as it is", path.display()),
            format!(
                "make it writable first (chmod u+w {}), then run this again",
                crate::shell::quote(&path.to_string_lossy())
            )
        )),
        Ok(m) if m.is_file() => Some(m.permissions()),
        Ok(_) => bail!(crate::diagnostic::hinted(
            format!("{} is not a file", path.display()),
            "choose a file to write, not a folder or a device"
        )),
        Err(_) => None,
    };
    persist_over(temporary_with(&target, contents, permissions)?, &target)
}

/// Refuses a read-only file before anything is asked or written: `command` is what
/// to run again once it is writable.
pub fn refuse_read_only(path: &Path, shown: &Path, command: &str) -> anyhow::Result<()> {
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        bail!(crate::diagnostic::hinted(
            format!("{} is read-only, so lp leaves it as it is", shown.display()),
            format!(
                "make it writable first (chmod u+w {}), then run `{command}` again",
                crate::shell::quote(&shown.to_string_lossy())
            )
        ));
    }
    Ok(())
}

/// Moves `from` to `to`, never over an existing file: `to` is made as a second name of
/// the same file (which fails if it exists), then `from` is removed. A crash between
/// the two leaves both names, never neither. Where hard links are not available, the
/// contents are copied into a new file instead.
pub fn rename_new(from: &Path, to: &Path) -> anyhow::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(crate::diagnostic::hinted(
                format!("{} already exists", to.display()),
                "choose another name; lp never writes over a story"
            ))
        }
        Err(_) => {
            let contents =
                fs::read(from).with_context(|| format!("could not read {}", from.display()))?;
            create_new(to, &contents)?;
        }
    }
    fs::remove_file(from).with_context(|| {
        format!(
            "{} was copied to {} but could not be removed",
            from.display(),
            to.display()
        )
    })
}

/// Writes `<folder>/<stem>.<ext>` or, when that is taken, the first free of
/// `<stem>-2.<ext>`, `<stem>-3.<ext>`, …, never replacing a file. Returns the path written.
pub fn create_free(
    folder: &Path,
    stem: &str,
    ext: &str,
    contents: &[u8],
) -> anyhow::Result<PathBuf> {
    create_free_from(folder, stem, ext, contents, 1).map(|(path, _)| path)
}

/// As `create_free`, trying `<stem>-<from>` first (`from` 1 is `<stem>` itself); also
/// returns the number taken, so that a caller writing many files of one name does not
/// try every taken name again.
pub fn create_free_from(
    folder: &Path,
    stem: &str,
    ext: &str,
    contents: &[u8],
    from: usize,
) -> anyhow::Result<(PathBuf, usize)> {
    fs::create_dir_all(folder).with_context(|| format!("could not create {}", folder.display()))?;
    for n in from.max(1).. {
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
            Ok(()) => return Ok((path, n)),
            // Another process took the name between the look and the write.
            Err(_) if path.symlink_metadata().is_ok() => continue,
            Err(err) => return Err(err),
        }
    }
    unreachable!("the loop above only ends by returning")
}

/// The folder `root/relative` (such as `.lp/recovered`), made when missing, with no
/// link anywhere on the way from `root`: lp writes nothing under `.lp/` through a link
/// it did not make. The last folder is made private (0700).
pub fn private_folder(root: &Path, relative: &str) -> anyhow::Result<PathBuf> {
    folder_without_links(root, relative, true)
}

/// As `private_folder`, with the last folder made with the usual permissions: for
/// lp's files that editors read (`.lp/schema`).
pub fn own_folder(root: &Path, relative: &str) -> anyhow::Result<PathBuf> {
    folder_without_links(root, relative, false)
}

fn folder_without_links(root: &Path, relative: &str, private: bool) -> anyhow::Result<PathBuf> {
    let mut folder = root.to_path_buf();
    let parts: Vec<&str> = relative.split('/').filter(|p| !p.is_empty()).collect();
    for (i, part) in parts.iter().enumerate() {
        folder.push(part);
        match folder.symlink_metadata() {
            Ok(m) if m.file_type().is_symlink() => bail!(crate::diagnostic::hinted(
                format!(
                    "{} is a link: lp writes nothing through a link under .lp/",
                    folder.display()
                ),
                format!(
                    "remove the link (rm {}); lp makes the folder itself",
                    folder.display()
                )
            )),
            Ok(m) if m.is_dir() => {}
            Ok(_) => bail!(crate::diagnostic::hinted(
                format!("{} is not a folder", folder.display()),
                "move it away; lp keeps its own files there"
            )),
            Err(_) if private && i + 1 == parts.len() => make_private_folder(&folder)?,
            Err(_) => fs::create_dir(&folder)
                .or_else(|e| if folder.is_dir() { Ok(()) } else { Err(e) })
                .with_context(|| format!("could not create {}", folder.display()))?,
        }
    }
    Ok(folder)
}

/// Makes `folder` (and its parents) with the last one private (0700); refuses a link.
pub fn make_private_folder(folder: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    if folder
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} is a link: lp writes nothing through it",
                folder.display()
            ),
            "remove the link; lp makes the folder itself"
        ));
    }
    if let Some(parent) = folder.parent() {
        fs::create_dir_all(parent)
            .with_context(|| format!("could not create {}", parent.display()))?;
    }
    match fs::DirBuilder::new().mode(0o700).create(folder) {
        Ok(()) => Ok(()),
        Err(_) if folder.is_dir() => Ok(()),
        Err(err) => Err(err).with_context(|| format!("could not create {}", folder.display())),
    }
}

/// A new private file (0600) that must not exist yet; a link in its place is never
/// followed.
pub fn create_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let file = temporary_in(path, contents, Some(fs::Permissions::from_mode(0o600)))?;
    persist_new(file, path)
}

/// Replaces `path` with a private file (0600) in one step. A link there is replaced
/// itself, never the file it points to; the old text stays until the new is whole.
pub fn replace_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    if path.symlink_metadata().is_ok_and(|m| m.is_dir()) {
        bail!(crate::diagnostic::hinted(
            format!("{} is a folder", path.display()),
            "move it away"
        ));
    }
    let file = temporary_in(path, contents, Some(fs::Permissions::from_mode(0o600)))?;
    persist_over(file, path)
}

/// Replaces `path` in one step without following a link there: the link itself is
/// replaced by the new file, never its target. For lp's own files, where a link is
/// nothing the person asked for.
pub fn replace_no_follow(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let permissions = match path.symlink_metadata() {
        Ok(m) if m.is_file() => Some(m.permissions()),
        Ok(m) if m.is_dir() => bail!(crate::diagnostic::hinted(
            format!("{} is a folder", path.display()),
            "move it away"
        )),
        _ => None,
    };
    persist_over(temporary_in(path, contents, permissions)?, path)
}

/// Writes many new files into `folder`, each under the first free name of its stem
/// as `create_free` does, with one flush to disk for all of them instead of one each:
/// every file's text is written to a temporary file, the file system is flushed once,
/// then each is moved into place under a free name. A crash leaves each file whole or
/// absent. Returns the paths written, in order; on an error, the paths written so far
/// and the error.
pub fn create_free_batch(
    folder: &Path,
    files: &[(String, Vec<u8>)],
    ext: &str,
) -> (Vec<PathBuf>, Option<anyhow::Error>) {
    let mut written = Vec::new();
    if let Err(err) = fs::create_dir_all(folder) {
        return (
            written,
            Some(anyhow::Error::new(err).context(format!("could not create {}", folder.display()))),
        );
    }
    let mut temporaries = Vec::with_capacity(files.len());
    for (_, contents) in files {
        let made = tempfile::Builder::new()
            .prefix(".lp-")
            .suffix(".tmp")
            .permissions(fs::Permissions::from_mode(0o666))
            .tempfile_in(folder)
            .and_then(|mut file| file.write_all(contents).map(|()| file))
            .with_context(|| format!("could not write in {}", folder.display()));
        match made {
            Ok(file) => temporaries.push(file),
            Err(err) => return (written, Some(err)),
        }
    }
    if let Err(err) = sync_file_system(folder) {
        return (written, Some(err));
    }
    crash_point();
    let mut next: rustc_hash::FxHashMap<&str, usize> = Default::default();
    for ((stem, _), mut file) in files.iter().zip(temporaries) {
        let mut n = next.get(stem.as_str()).copied().unwrap_or(1);
        loop {
            let name = if n == 1 {
                format!("{stem}.{ext}")
            } else {
                format!("{stem}-{n}.{ext}")
            };
            let path = folder.join(name);
            n += 1;
            if path.symlink_metadata().is_ok() {
                continue;
            }
            match file.persist_noclobber(&path) {
                Ok(_) => {
                    written.push(path);
                    break;
                }
                Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => {
                    file = err.file;
                }
                Err(err) => {
                    return (
                        written,
                        Some(
                            anyhow::Error::new(err.error)
                                .context(format!("could not write {}", path.display())),
                        ),
                    );
                }
            }
        }
        next.insert(stem, n);
    }
    // The new names themselves, on disk.
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    (written, None)
}

/// Flushes the file system that holds `folder` to disk: every file written there so far.
fn sync_file_system(folder: &Path) -> anyhow::Result<()> {
    use std::os::fd::AsRawFd as _;
    let dir =
        fs::File::open(folder).with_context(|| format!("could not open {}", folder.display()))?;
    // SAFETY: syncfs on a descriptor this function holds open.
    if unsafe { libc::syncfs(dir.as_raw_fd()) } != 0 {
        return Err(std::io::Error::last_os_error())
            .with_context(|| format!("could not write in {}", folder.display()));
    }
    Ok(())
}

/// Refuses an output path whose folder does not exist, saying so.
fn folder_exists(path: &Path) -> anyhow::Result<()> {
    let folder = match path.parent() {
        Some(f) if !f.as_os_str().is_empty() => f,
        _ => return Ok(()),
    };
    if !folder.is_dir() {
        bail!(crate::diagnostic::hinted(
            format!(
                "could not write {}: the folder {} does not exist",
                path.display(),
                folder.display()
            ),
            format!(
                "create it first (mkdir -p {}), or choose another path",
                folder.display()
            )
        ));
    }
    Ok(())
}

/// Adds `line` to one of lp's own files under `.lp/` (`relative` to the library at
/// `root`), made private if new: never through a link, and only to a regular file.
/// `what` names what is added ("the round"); `writer` says what writes a new file.
pub fn append_state(
    root: &std::path::Path,
    relative: &str,
    shown: &std::path::Path,
    line: &str,
    what: &str,
    writer: &str,
) -> anyhow::Result<()> {
    use std::os::unix::fs::OpenOptionsExt as _;
    let path = root.join(relative);
    if path
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        anyhow::bail!(crate::diagnostic::hinted(
            format!(
                "{} is a link, so {what} was not added: lp writes nothing through a link under .lp/",
                shown.display()
            ),
            format!(
                "remove the link (rm {}); {writer}",
                crate::shell::quote(&shown.to_string_lossy())
            )
        ));
    }
    // Appending to a named pipe would wait for a reader; to a device, lose the line.
    if path.symlink_metadata().is_ok() && !fs::metadata(&path).is_ok_and(|m| m.is_file()) {
        anyhow::bail!(crate::diagnostic::hinted(
            format!("{} is not a file, so {what} was not added", shown.display()),
            format!("remove it; {writer}")
        ));
    }
    own_folder(root, ".lp")?;
    fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        // A link put there between the look above and this open is not followed.
        .custom_flags(libc::O_NOFOLLOW)
        .open(&path)
        .and_then(|mut f| f.write_all(line.as_bytes()))
        .with_context(|| format!("could not add {what} to {}", shown.display()))
}

/// Refuses, before any work, an output file that exists unless `--force` was given. A
/// pipe or a device (`-o /dev/stdout`) holds nothing to lose and is never refused.
pub fn refuse_existing(path: Option<&std::path::Path>, force: bool) -> anyhow::Result<()> {
    if let Some(path) = path {
        folder_exists(path)?;
    }
    match path {
        Some(path) if path.exists() && !force && !is_stream(path) => {
            anyhow::bail!(crate::diagnostic::hinted(
                format!("{} already exists", path.display()),
                "pass --force to replace it, or choose another file"
            ))
        }
        _ => Ok(()),
    }
}

/// Writes an output file atomically: a new file, or with `--force` a replacement. A
/// file that appeared since `refuse_existing` is still never replaced without `--force`.
/// A pipe or a device is written as it is.
pub fn write_output(path: &std::path::Path, contents: Contents, force: bool) -> anyhow::Result<()> {
    folder_exists(path)?;
    if is_stream(path) {
        write_stream_with(path, contents)
    } else if force {
        replace_with(path, contents)
    } else {
        create_new_with(path, contents).map_err(|err| {
            if path.symlink_metadata().is_ok() {
                anyhow::anyhow!(crate::diagnostic::hinted(
                    format!("{err:#}"),
                    "pass --force to replace it, or choose another file"
                ))
            } else {
                err
            }
        })
    }
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

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn replace_keeps_the_permissions_and_writes_through_a_link() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("synced/a.yaml");
        fs::create_dir(real.parent().unwrap()).unwrap();
        fs::write(&real, "old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = tmp.path().join("a.yaml");
        std::os::unix::fs::symlink("synced/a.yaml", &link).unwrap();

        replace(&link, b"new").unwrap();
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&real).unwrap(), b"new");
        assert_eq!(mode(&real), 0o640);
        assert_eq!(fs::read_dir(real.parent().unwrap()).unwrap().count(), 1);

        let dangling = tmp.path().join("gone.yaml");
        std::os::unix::fs::symlink("nowhere.yaml", &dangling).unwrap();
        let err = replace(&dangling, b"new").unwrap_err();
        assert!(
            err.to_string()
                .contains("link to a file that does not exist"),
            "{err}"
        );
        let err = replace(tmp.path(), b"new").unwrap_err();
        assert!(err.to_string().contains("is not a file"), "{err}");
    }

    #[test]
    fn new_files_get_the_usual_permissions() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.yaml");
        create_new(&path, b"x").unwrap();
        // What the umask leaves of 0666, as for any file a program creates.
        let umask = {
            let probe = tmp.path().join("probe");
            fs::File::create(&probe).unwrap();
            mode(&probe)
        };
        assert_eq!(mode(&path), umask, "not a temporary file's private 0600");
    }

    #[test]
    fn streams_are_written_as_they_are() {
        assert!(is_stream(Path::new("/dev/null")));
        assert!(!is_stream(Path::new("/")));
        write_stream(Path::new("/dev/null"), b"x").unwrap();
    }
}
