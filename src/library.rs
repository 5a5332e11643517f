//! Finding a library and loading it: the principle set and every story, with every
//! problem found on the way. Returns data and diagnostics; never prints.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::diagnostic::{self, Diagnostic};
use crate::model::{PrincipleSet, Story};
use crate::principles;
use crate::story;
use crate::yaml;

/// How the library was found, so messages can say why `lp` looked there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// `--dir DIR`.
    Flag,
    /// `$LP_DIR`.
    Env,
    /// The nearest folder upwards from the working folder that has `stories/`.
    Found,
    /// `$XDG_DATA_HOME/lp` or `~/.local/share/lp`.
    Default,
}

/// Where a library is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub root: PathBuf,
    pub origin: Origin,
}

impl Location {
    pub fn stories_dir(&self) -> PathBuf {
        self.root.join("stories")
    }
}

/// What the process environment tells `locate`; a seam for tests.
pub struct Env {
    pub cwd: PathBuf,
    pub var: fn(&str) -> Option<OsString>,
}

impl Env {
    pub fn process() -> anyhow::Result<Env> {
        Ok(Env {
            cwd: std::env::current_dir().context("could not read the working folder")?,
            var: |name| std::env::var_os(name).filter(|v| !v.is_empty()),
        })
    }
}

/// Finds the library: `--dir`, then `$LP_DIR`, then the nearest folder upwards with a
/// `stories/` folder, then the XDG data folder.
pub fn locate(dir: Option<&Path>, env: &Env) -> anyhow::Result<Location> {
    if let Some(dir) = dir {
        return Ok(Location {
            root: dir.to_path_buf(),
            origin: Origin::Flag,
        });
    }
    if let Some(dir) = (env.var)("LP_DIR") {
        return Ok(Location {
            root: PathBuf::from(dir),
            origin: Origin::Env,
        });
    }
    for folder in env.cwd.ancestors() {
        if folder.join("stories").is_dir() {
            return Ok(Location {
                root: shorten(folder, &env.cwd),
                origin: Origin::Found,
            });
        }
    }
    let data = match ((env.var)("XDG_DATA_HOME"), (env.var)("HOME")) {
        (Some(xdg), _) => PathBuf::from(xdg),
        (None, Some(home)) => PathBuf::from(home).join(".local/share"),
        (None, None) => bail!(
            "no library found: no --dir, no $LP_DIR, no stories/ folder above {}, and no $HOME\n  hint: run `lp init DIR` and pass --dir DIR",
            env.cwd.display()
        ),
    };
    Ok(Location {
        root: data.join("lp"),
        origin: Origin::Default,
    })
}

/// A path as a person in `cwd` would type it: relative when it lies below.
fn shorten(path: &Path, cwd: &Path) -> PathBuf {
    if let Ok(rest) = path.strip_prefix(cwd) {
        return if rest.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            rest.to_path_buf()
        };
    }
    match cwd.strip_prefix(path) {
        // The library is a parent of the working folder: `..`, `../..`.
        Ok(below) => below.components().map(|_| "..").collect(),
        Err(_) => path.to_path_buf(),
    }
}

/// The ids of the story files in a folder (file names without `.yaml`), sorted; for
/// suggestions and completion, whether or not the files load.
pub fn ids_on_disk(folder: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".yaml")
                .map(str::to_string)
        })
        .filter(|id| !id.starts_with('.'))
        .collect();
    ids.sort();
    ids
}

/// A loaded library: its principle set and the stories that loaded without error.
#[derive(Debug, Clone)]
pub struct Library {
    pub location: Location,
    pub set: PrincipleSet,
    /// Stories sorted by id.
    pub stories: Vec<Story>,
}

impl Library {
    pub fn story(&self, id: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.id == id)
    }

    /// A path inside the library as the user should see it (`stories/x.yaml` when the
    /// library is the working folder).
    pub fn display(&self, relative: &str) -> PathBuf {
        display_path(&self.location.root, relative)
    }
}

fn display_path(root: &Path, relative: &str) -> PathBuf {
    if root == Path::new(".") {
        PathBuf::from(relative)
    } else {
        root.join(relative)
    }
}

/// A library as loaded, with every problem of every file. `library.stories` holds the
/// stories without errors; a command that needs a whole library refuses to go on when
/// any diagnostic is an error.
#[derive(Debug)]
pub struct Loaded {
    pub library: Library,
    pub diagnostics: Vec<Diagnostic>,
    /// False when the library's own principle set has errors (the built-in set stands in).
    pub principles_ok: bool,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Loads the library at `location`. Fails outright only when the library cannot be
/// read at all (an explicit `--dir` or `$LP_DIR` that does not exist, a folder that
/// cannot be listed); a library that does not exist yet at the default place is empty.
pub fn load(location: Location) -> anyhow::Result<Loaded> {
    let root = &location.root;
    if !root.exists() {
        match location.origin {
            Origin::Flag => bail!(
                "library folder {} does not exist\n  hint: create it with `lp init {}`",
                root.display(),
                root.display()
            ),
            Origin::Env => bail!(
                "library folder {} (from $LP_DIR) does not exist\n  hint: create it with `lp init {}`, or unset LP_DIR",
                root.display(),
                root.display()
            ),
            Origin::Found | Origin::Default => {}
        }
    } else if !root.is_dir() {
        bail!(
            "{} is not a folder\n  hint: --dir and $LP_DIR name the library's folder, the one that holds stories/",
            root.display()
        );
    }
    let mut diagnostics = Vec::new();
    let (set, set_ok) = load_principles(root, &mut diagnostics)?;
    let stories = load_stories(root, set_ok.then_some(&set), &mut diagnostics)?;
    diagnostic::sort(&mut diagnostics);
    Ok(Loaded {
        library: Library {
            location,
            set,
            stories,
        },
        diagnostics,
        principles_ok: set_ok,
    })
}

/// The library's own set from `principles/*.yaml`, or the built-in one. The flag is
/// false when the library's set has errors (stories are then not checked against it).
fn load_principles(
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> anyhow::Result<(PrincipleSet, bool)> {
    let folder = root.join("principles");
    let files = yaml_files(&folder, "principles", root, diagnostics)?;
    if files.is_empty() {
        return Ok((principles::builtin(), true));
    }
    let before = diagnostics.len();
    let mut merged: Option<PrincipleSet> = None;
    for (path, shown) in files {
        let text = match read_text(&path, &shown) {
            Ok(text) => text,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let (set, mut problems) = principles::parse_set(&shown, &text);
        diagnostics.append(&mut problems);
        let Some(set) = set else { continue };
        match merged.as_mut() {
            None => merged = Some(set),
            Some(merged) => {
                for p in set.principles {
                    if merged.get(&p.id).is_some() {
                        diagnostics.push(
                            Diagnostic::error(
                                &shown,
                                None,
                                format!("principle '{}' is defined in two files", p.id),
                            )
                            .with_hint("keep one definition of each principle in principles/"),
                        );
                    } else {
                        merged.principles.push(p);
                    }
                }
            }
        }
    }
    let ok = diagnostics.len() == before;
    match merged {
        Some(set) if !set.principles.is_empty() => Ok((set, ok)),
        Some(_) => {
            diagnostics.push(
                Diagnostic::error(
                    &display_path(root, "principles"),
                    None,
                    "the principle set is empty",
                )
                .with_hint(
                    "list at least one principle, or remove principles/ to use the built-in set",
                ),
            );
            Ok((principles::builtin(), false))
        }
        None => Ok((principles::builtin(), false)),
    }
}

fn load_stories(
    root: &Path,
    set: Option<&PrincipleSet>,
    diagnostics: &mut Vec<Diagnostic>,
) -> anyhow::Result<Vec<Story>> {
    let folder = root.join("stories");
    let files = yaml_files(&folder, "stories", root, diagnostics)?;
    // Stories are independent: every core takes batches of files until none are left,
    // so a core slowed by another program does not hold the rest back. Each story goes
    // straight into its slot of one vector, so a large library is never held twice.
    const BATCH: usize = 64;
    let mut slots: Vec<Option<Story>> = std::iter::repeat_with(|| None).take(files.len()).collect();
    let batches =
        std::sync::Mutex::new(slots.chunks_mut(BATCH).zip(files.chunks(BATCH)).enumerate());
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8)
        .min(files.len().div_ceil(BATCH));
    let work = || {
        let mut found = Vec::new();
        loop {
            let next = batches
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .next();
            let Some((i, (slots, files))) = next else {
                return found;
            };
            for (slot, (path, shown)) in slots.iter_mut().zip(files) {
                let (story, problems) = load_one(path, shown, set);
                *slot = story;
                if !problems.is_empty() {
                    found.push((i, problems));
                }
            }
        }
    };
    let mut problems: Vec<(usize, Vec<Diagnostic>)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut problems = work();
        for helper in helpers {
            problems.append(
                &mut helper
                    .join()
                    .expect("loading a story does not panic (the corpus and fuzz tests check)"),
            );
        }
        problems
    });
    problems.sort_by_key(|(i, _)| *i);
    for (_, mut found) in problems {
        diagnostics.append(&mut found);
    }
    // Collected in place: the slots' memory becomes the stories'.
    let mut stories: Vec<Story> = slots.into_iter().flatten().collect();
    stories.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(stories)
}

/// Reads and checks one story file: the story when it loads, and its problems.
fn load_one(
    path: &Path,
    shown: &Path,
    set: Option<&PrincipleSet>,
) -> (Option<Story>, Vec<Diagnostic>) {
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match read_text(path, shown) {
        Ok(text) => story::parse(&id, shown, &text, set),
        Err(d) => (None, vec![d]),
    }
}

/// The `*.yaml` files of a library folder, sorted, each with the path to show. Other
/// entries are passed over, but a `.yml` file and a folder named `*.yaml` get a
/// diagnostic, since the person surely meant them to be read.
fn yaml_files(
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

fn read_text(path: &Path, shown: &Path) -> Result<String, Diagnostic> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn env(cwd: &Path, vars: fn(&str) -> Option<OsString>) -> Env {
        Env {
            cwd: cwd.to_path_buf(),
            var: vars,
        }
    }

    #[test]
    fn flag_wins_then_env_then_upward_search_then_xdg() {
        let tmp = tempfile::tempdir().unwrap();
        let lib = tmp.path().join("lib");
        let deep = lib.join("a/b");
        fs::create_dir_all(lib.join("stories")).unwrap();
        fs::create_dir_all(&deep).unwrap();

        let with_env = env(&deep, |v| (v == "LP_DIR").then(|| "/from/env".into()));
        let found = locate(Some(Path::new("flagged")), &with_env).unwrap();
        assert_eq!(
            (found.root, found.origin),
            (PathBuf::from("flagged"), Origin::Flag)
        );
        let found = locate(None, &with_env).unwrap();
        assert_eq!(
            (found.root, found.origin),
            (PathBuf::from("/from/env"), Origin::Env)
        );

        let found = locate(None, &env(&deep, |_| None)).unwrap();
        assert_eq!(
            (found.root, found.origin),
            (PathBuf::from("../.."), Origin::Found)
        );
        let found = locate(None, &env(&lib, |_| None)).unwrap();
        assert_eq!(found.root, PathBuf::from("."));

        let outside = env(tmp.path(), |v| {
            (v == "XDG_DATA_HOME").then(|| "/xdg".into())
        });
        let found = locate(None, &outside).unwrap();
        assert_eq!(
            (found.root, found.origin),
            (PathBuf::from("/xdg/lp"), Origin::Default)
        );
        let home = env(tmp.path(), |v| (v == "HOME").then(|| "/home/me".into()));
        assert_eq!(
            locate(None, &home).unwrap().root,
            PathBuf::from("/home/me/.local/share/lp")
        );
    }

    #[test]
    fn a_missing_default_library_is_empty_but_a_missing_flag_is_fatal() {
        let tmp = tempfile::tempdir().unwrap();
        let missing = tmp.path().join("nope");
        let loaded = load(Location {
            root: missing.clone(),
            origin: Origin::Default,
        })
        .unwrap();
        assert!(loaded.library.stories.is_empty());
        assert_eq!(loaded.library.set.principles.len(), 16);
        let err = load(Location {
            root: missing,
            origin: Origin::Flag,
        })
        .unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
    }
}
