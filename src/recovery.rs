//! Keeping text a person typed that could not be saved as a story: in the library's
//! `.lp/recovered/` folder, or the user's own state folder when that cannot be written
//! (never a shared temporary folder). The path is always printed, with the one command
//! that takes the text up again; when nothing can be written, the text itself.
//!
//! A recovery file records what it is for in its first line (`# lp-recovered: write
//! "dive-deep"`), so it maps to its story by what it says, never by digits parsed out
//! of its name. A story has at most one waiting per command: a new one replaces the
//! older file, whose text stays until the new one is whole on disk. Files are private
//! (0600), and nothing is written through a link under `.lp/`.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};

use crate::atomic;

/// The folder, under a library, where recovery files wait.
pub const FOLDER: &str = ".lp/recovered";

/// What a recovery file holds text for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A new story, from `lp add`.
    Add,
    /// A new version of a story, from `lp write ID`.
    Write(String),
    /// A new version of a story, from `lp edit ID`.
    Edit(String),
}

impl Kind {
    fn command(&self) -> &'static str {
        match self {
            Kind::Add => "add",
            Kind::Write(_) => "write",
            Kind::Edit(_) => "edit",
        }
    }

    /// The story the text belongs to, when it is a new version of one.
    pub fn story(&self) -> Option<&str> {
        match self {
            Kind::Add => None,
            Kind::Write(id) | Kind::Edit(id) => Some(id),
        }
    }

    /// The header line that records the kind.
    fn header(&self) -> String {
        match self.story() {
            None => format!("# {MARK} {}", self.command()),
            Some(id) => format!(
                "# {MARK} {} {}",
                self.command(),
                serde_json::Value::from(id)
            ),
        }
    }

    /// The file's stem: one name per story and command (`write-<id>`), so that a new
    /// interruption replaces the older file; a new story's file is named by the time.
    fn stem(&self) -> String {
        match self.story() {
            None => format!(
                "add-{}",
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs())
            ),
            Some(id) if id.len() <= 100 && crate::library::is_slug(id) => {
                format!("{}-{id}", self.command())
            }
            // An id too long for a file name, or with characters a name should not
            // carry: its start and a hash, since the file says which story it is for.
            Some(id) => {
                let head: String = crate::story_yaml::slug(id).chars().take(60).collect();
                format!("{}-{head}-{:016x}", self.command(), fnv(id))
            }
        }
    }

    /// The one command that takes the text up again, for a file shown as `shown`: with
    /// the `--dir` the library was named by, when it was, so that it works as printed.
    pub fn resume_command(&self, shown: &Path) -> String {
        let lp = match DIR_FLAG.get() {
            Some(dir) => format!("lp --dir {}", crate::shell::quote(&dir.to_string_lossy())),
            None => "lp".to_string(),
        };
        match self.story() {
            // lp edit's text goes back through lp write, which checks it part by part.
            Some(id) => format!("{lp} write {} --resume", crate::shell::quote(id)),
            None => format!(
                "{lp} add --resume {}",
                crate::shell::quote(&shown.to_string_lossy())
            ),
        }
    }
}

const MARK: &str = "lp-recovered:";

/// The library's folder when `--dir` named it: resume commands name it too.
static DIR_FLAG: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Notes how this run found its library, for the commands that resume its files.
pub fn named_by_flag(location: &crate::library::Location) {
    if location.origin == crate::library::Origin::Flag {
        let _ = DIR_FLAG.set(location.root.clone());
    }
}

/// FNV-1a: a stable hash for names, not for security.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The kind a recovery file's text records in its first lines; `None` for a file
/// that records none (from an older lp, or written by hand).
pub fn kind_of(text: &str) -> Option<Kind> {
    let line = text
        .lines()
        .take(3)
        .find_map(|l| l.strip_prefix("# ")?.strip_prefix(MARK))?
        .trim();
    let (command, rest) = line.split_once(' ').unwrap_or((line, ""));
    let story = || serde_json::from_str::<String>(rest.trim()).ok();
    match command {
        "add" => Some(Kind::Add),
        "write" => story().map(Kind::Write),
        "edit" => story().map(Kind::Edit),
        _ => None,
    }
}

/// The line of a recovery file's body that says where the conversation was: the next
/// question to ask when it is taken up again (`# lp-next: action`).
const NEXT: &str = "# lp-next: ";

/// `body` with the question to go on from recorded at its top.
pub fn with_next(next: &str, body: &str) -> String {
    format!("{NEXT}{next}\n{body}")
}

/// The question a recovery file says to go on from, if it says.
pub fn next_of(text: &str) -> Option<&str> {
    text.lines()
        .take(6)
        .find_map(|l| l.strip_prefix(NEXT))
        .map(str::trim)
}

/// The folder for recovery files when the library's cannot be written: the user's
/// state folder (`$XDG_STATE_HOME/lp/recovered`, `~/.local/state/lp/recovered`).
pub fn fallback_folder() -> Option<PathBuf> {
    let state = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(state.join("lp/recovered"))
}

/// A recovery file waiting, as the person sees its path.
#[derive(Debug, Clone)]
pub struct Waiting {
    /// Where it is.
    pub path: PathBuf,
    /// Its path inside the library (`.lp/recovered/…`), or its full path elsewhere.
    pub shown: PathBuf,
    /// What it records, when it records it.
    pub kind: Option<Kind>,
    /// When it was last written.
    pub modified: SystemTime,
}

/// The recovery files waiting, in the library's `.lp/recovered/` and in the fallback
/// folder, oldest name first. A link is not a recovery file and is left out.
pub fn waiting(root: &Path) -> Vec<Waiting> {
    let mut out = Vec::new();
    let mut folders = vec![(root.join(FOLDER), Some(PathBuf::from(FOLDER)))];
    if let Some(fallback) = fallback_folder() {
        folders.push((fallback, None));
    }
    for (folder, inside) in folders {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
            .take(10_000)
            .collect();
        names.sort();
        for name in names {
            let path = folder.join(&name);
            let shown = inside
                .as_ref()
                .map_or_else(|| path.clone(), |inside| inside.join(&name));
            let head = read_head(&path);
            out.push(Waiting {
                kind: kind_of(&head),
                modified: fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .unwrap_or(UNIX_EPOCH),
                path,
                shown,
            });
        }
    }
    out
}

/// The first few hundred bytes of a file, where its header is.
fn read_head(path: &Path) -> String {
    use std::io::Read as _;
    let mut head = Vec::new();
    if let Ok(file) = fs::File::open(path) {
        let _ = file.take(1024).read_to_end(&mut head);
    }
    String::from_utf8_lossy(&head).into_owned()
}

/// Where `given` really is, when it is a recovery file lp may take up and then remove:
/// a regular file (not a link) directly in the library's `.lp/recovered/` or in the
/// fallback folder. Anything else (a story file above all) is refused, with the reason.
pub fn check_resumable(root: &Path, given: &Path) -> anyhow::Result<PathBuf> {
    let shown = given.display();
    let meta = fs::symlink_metadata(given).map_err(|err| {
        anyhow::anyhow!(crate::diagnostic::hinted(
            format!("could not read {shown}: {err}"),
            "`lp check` lists the recovery files waiting"
        ))
    })?;
    if meta.file_type().is_symlink() {
        bail!(crate::diagnostic::hinted(
            format!("{shown} is a link, not a recovery file"),
            format!("lp takes up only the files it kept in {FOLDER}/; `lp check` lists them")
        ));
    }
    if !meta.is_file() {
        bail!(crate::diagnostic::hinted(
            format!("{shown} is not a file"),
            "pass a recovery file; `lp check` lists those waiting"
        ));
    }
    let real = fs::canonicalize(given).with_context(|| format!("could not read {shown}"))?;
    let folders = [Some(root.join(FOLDER)), fallback_folder()];
    let inside = folders
        .iter()
        .flatten()
        .filter_map(|f| fs::canonicalize(f).ok())
        .any(|f| real.parent() == Some(f.as_path()));
    if !inside {
        bail!(crate::diagnostic::hinted(
            format!(
                "{shown} is not a recovery file: lp takes up only files in {FOLDER}/, and never removes a story"
            ),
            "`lp check` lists the recovery files waiting; to change a story, `lp write ID` or `lp edit ID`"
        ));
    }
    Ok(real)
}

/// The text of a recovery file to take up again (`path` as the person sees it is
/// `shown`): only a regular file, within the size of a story, UTF-8.
pub fn read(path: &Path, shown: &Path) -> anyhow::Result<String> {
    let bytes = crate::library::read_at_most(path, crate::yaml::MAX_FILE_BYTES)
        .map_err(|err| anyhow::anyhow!("could not read {}: {err}", shown.display()))?
        .ok_or_else(|| {
            anyhow::anyhow!(crate::diagnostic::hinted(
                format!("{} is too large to be a story", shown.display()),
                "open it and copy what you need"
            ))
        })?;
    String::from_utf8(bytes).map_err(|_| {
        anyhow::anyhow!(crate::diagnostic::hinted(
            format!("{} is not UTF-8 text", shown.display()),
            "open it and copy what you need"
        ))
    })
}

/// A recovery file written: where, and the command that takes it up again.
#[derive(Debug, Clone)]
pub struct Kept {
    /// The path as the person sees it.
    pub path: PathBuf,
    /// The one command that takes it up again.
    pub resume: String,
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}\n  To take it up again: {}",
            self.path.display(),
            self.resume
        )
    }
}

/// The text of a recovery file: the header that records its kind and says how to take
/// it up again, `why` it was kept, then `body`.
pub fn with_header(kind: &Kind, why: &str, body: &str, shown: &str) -> String {
    let resume = kind.resume_command(Path::new(shown));
    let why = why.replace('\n', " ");
    format!(
        "{}\n# {why}. To take it up again: {resume}\n# (or copy what you need from it, then delete this file)\n{body}",
        kind.header()
    )
}

/// Keeps `body` (what was typed) for `kind`, with a header that records the kind.
/// A story's older recovery file of the same command is replaced, its text kept until
/// the new file is whole. Returns where, as the person sees it, and how to resume.
pub fn save(root: &Path, kind: &Kind, why: &str, body: &str) -> anyhow::Result<Kept> {
    save_in(root, kind, why, body, None)
}

/// As `save`, but replacing `taken_up` (a recovery file being taken up), when there is
/// one, rather than adding one more file for the same text.
pub fn save_over(
    root: &Path,
    taken_up: Option<&Path>,
    kind: &Kind,
    why: &str,
    body: &str,
) -> anyhow::Result<Kept> {
    save_in(root, kind, why, body, taken_up)
}

fn save_in(
    root: &Path,
    kind: &Kind,
    why: &str,
    body: &str,
    existing: Option<&Path>,
) -> anyhow::Result<Kept> {
    let stem = kind.stem();
    let in_library = atomic::private_folder(root, FOLDER).and_then(|folder| {
        write_in(
            root,
            &folder,
            &stem,
            kind,
            why,
            body,
            existing,
            Some(FOLDER),
        )
    });
    let written = in_library.or_else(|first| {
        let folder = fallback_folder().context("no HOME to keep the text in")?;
        atomic::make_private_folder(&folder)
            .and_then(|()| write_in(root, &folder, &stem, kind, why, body, existing, None))
            .map_err(|_| first)
    });
    written.map_err(|err| {
        // Nowhere to write: the text goes to the terminal, the last place left.
        anyhow::anyhow!(crate::diagnostic::hinted(
            format!("{err:#}"),
            format!("nothing could be written, so here is your text; copy it now:\n{body}")
        ))
    })
}

#[allow(clippy::too_many_arguments)]
fn write_in(
    root: &Path,
    folder: &Path,
    stem: &str,
    kind: &Kind,
    why: &str,
    body: &str,
    existing: Option<&Path>,
    inside: Option<&str>,
) -> anyhow::Result<Kept> {
    let shown_of = |path: &Path| match inside {
        Some(inside) => crate::library::display_path(
            root,
            &Path::new(inside)
                .join(path.file_name().unwrap_or_default())
                .to_string_lossy(),
        ),
        None => path.to_path_buf(),
    };
    // The file being taken up, when it is in this folder (however its path was given).
    let same = |a: &Path, b: &Path| fs::canonicalize(a).ok() == fs::canonicalize(b).ok();
    let replacing = existing
        .filter(|e| e.parent().is_some_and(|p| same(p, folder)))
        .map(Path::to_path_buf)
        .or_else(|| kind.story().map(|_| folder.join(format!("{stem}.yaml"))));
    // A session never replaces what another one kept (only the file it took up): that
    // file moves to a free name beside it, and both are listed as waiting.
    if let Some(path) = &replacing
        && path.symlink_metadata().is_ok_and(|m| m.is_file())
        && !existing.is_some_and(|e| same(e, path))
    {
        set_aside(folder, stem, path)?;
    }
    let path = match replacing {
        Some(path) => {
            let shown = shown_of(&path);
            let text = with_header(kind, why, body, &shown.to_string_lossy());
            atomic::replace_private(&path, text.as_bytes())?;
            path
        }
        None => {
            // A new story's file is named before it is written: the header names it.
            let mut n = 1;
            loop {
                let name = if n == 1 {
                    format!("{stem}.yaml")
                } else {
                    format!("{stem}-{n}.yaml")
                };
                let path = folder.join(&name);
                n += 1;
                if path.symlink_metadata().is_ok() {
                    continue;
                }
                let shown = shown_of(&path);
                let text = with_header(kind, why, body, &shown.to_string_lossy());
                match atomic::create_private(&path, text.as_bytes()) {
                    Ok(()) => break path,
                    Err(_) if path.symlink_metadata().is_ok() => continue,
                    Err(err) => return Err(err),
                }
            }
        }
    };
    let shown = shown_of(&path);
    Ok(Kept {
        resume: kind.resume_command(&shown),
        path: shown,
    })
}

/// Moves an earlier session's recovery file `path` to `STEM-N.yaml` in `folder`, the
/// first N free, without replacing anything there.
fn set_aside(folder: &Path, stem: &str, path: &Path) -> anyhow::Result<()> {
    for n in 2..10_000 {
        let free = folder.join(format!("{stem}-{n}.yaml"));
        if free.symlink_metadata().is_ok() {
            continue;
        }
        // A link cannot replace a file that appeared meanwhile; then the old name goes.
        match fs::hard_link(path, &free) {
            Ok(()) => {
                return fs::remove_file(path).with_context(|| {
                    format!("could not move {} aside to keep it", path.display())
                });
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(err) => {
                return Err(err)
                    .with_context(|| format!("could not keep {} aside", path.display()));
            }
        }
    }
    bail!(crate::diagnostic::hinted(
        format!(
            "{} has too many recovery files for one story",
            folder.display()
        ),
        "take them up with --resume, or move them away"
    ))
}

/// The folder where a story file's text is kept before lp replaces it, when the file
/// holds comments lp does not write back. Not a recovery file: never offered to resume.
pub const BACKUPS: &str = ".lp/backups";

/// Keeps a story file as it was before a write; returns the path as the person sees it.
pub fn backup(root: &Path, id: &str, text: &str) -> anyhow::Result<PathBuf> {
    let folder = atomic::private_folder(root, BACKUPS)?;
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let stem = if id.len() <= 100 && crate::library::is_slug(id) {
        format!("{id}-{seconds}")
    } else {
        format!("story-{:016x}-{seconds}", fnv(id))
    };
    let path = atomic::create_free(&folder, &stem, "yaml", text.as_bytes())?;
    Ok(crate::library::display_path(
        root,
        &Path::new(BACKUPS)
            .join(path.file_name().unwrap_or_default())
            .to_string_lossy(),
    ))
}

/// Removes a recovery file once its text is saved: only one that `check_resumable`
/// accepted.
pub fn remove(path: &Path) -> std::io::Result<()> {
    fs::remove_file(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_file_records_its_story_and_command() {
        for kind in [
            Kind::Add,
            Kind::Write("dive-deep-2".into()),
            Kind::Edit("x-123456789".into()),
            Kind::Write("a \"quoted\"\nid".into()),
        ] {
            let text = with_header(&kind, "lp write was interrupted", "title: x\n", "f");
            assert_eq!(kind_of(&text), Some(kind.clone()), "{text}");
            assert!(text.ends_with("title: x\n"));
        }
        assert_eq!(kind_of("title: x\n"), None);
        assert_eq!(kind_of("# lp-recovered: write\n"), None);
        assert_eq!(kind_of("# lp-recovered: rm \"x\"\n"), None);
    }

    #[test]
    fn names_are_one_per_story_and_command_and_never_too_long() {
        assert_eq!(Kind::Write("x".into()).stem(), "write-x");
        assert_eq!(Kind::Edit("x".into()).stem(), "edit-x");
        let long = "a".repeat(245);
        let stem = Kind::Write(long.clone()).stem();
        assert!(stem.len() < 100, "{stem}");
        assert_ne!(stem, Kind::Write(format!("{long}b")).stem());
        assert_ne!(
            Kind::Write("x".into()).stem(),
            Kind::Write("x-123456789".into()).stem()
        );
    }

    #[test]
    fn the_resume_command_quotes_what_the_shell_would_split() {
        let kind = Kind::Write("semi;touch x".into());
        assert_eq!(
            kind.resume_command(Path::new("f")),
            "lp write 'semi;touch x' --resume"
        );
        assert_eq!(
            Kind::Add.resume_command(Path::new(".lp/recovered/add-1.yaml")),
            "lp add --resume .lp/recovered/add-1.yaml"
        );
    }
}
