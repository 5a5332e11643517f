//! Where the library is: `--dir`, `$LP_DIR`, the nearest folder upwards with a
//! `stories/` folder, or the XDG data folder; and how its paths are shown.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
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
        (None, None) => bail!(crate::diagnostic::hinted(
            format!(
                "no library found: no --dir, no $LP_DIR, no stories/ folder above {}, and no $HOME",
                env.cwd.display()
            ),
            "run `lp init DIR` and pass --dir DIR"
        )),
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

/// A path inside the library at `root` as the user should see it.
pub fn display_path(root: &Path, relative: &str) -> PathBuf {
    if root == Path::new(".") {
        PathBuf::from(relative)
    } else {
        root.join(relative)
    }
}

/// A folder with lp's state in it, or stories in its `stories/`: a library in use.
pub fn in_use(folder: &std::path::Path) -> bool {
    folder.join(".lp").is_dir()
        || std::fs::read_dir(folder.join("stories")).is_ok_and(|entries| {
            entries
                .filter_map(Result::ok)
                .any(|e| e.file_name().to_string_lossy().ends_with(".yaml"))
        })
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
}
