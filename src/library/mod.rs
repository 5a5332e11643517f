//! Finding a library and loading it: the principle set and every story, with every
//! problem found on the way, and the policy of what stops a command. Returns data and
//! diagnostics; never prints. `locate` finds it, `read` reads its files within limits.

mod drafts;
mod locate;
mod named;
mod read;
mod state;

use std::path::{Path, PathBuf};

use anyhow::bail;

pub use locate::{Env, Location, Origin, display_path, ids_on_disk, in_use, locate};
pub use named::{MAX_NOTES_BYTES, read_notes, read_set};
pub use read::read_at_most;
use read::{read_text, yaml_files};
pub use state::{PRACTICE_LOG, QUESTIONS_LOG, TOLD_LOG};

use crate::diagnostic::{self, Diagnostic};
use crate::model::{PrincipleSet, Story};
use crate::principles;
use crate::story;

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

    /// The story a person named (`deploy`, `deploy.yaml`, `stories/deploy.yaml`, or the
    /// start of an id that only one story's has, as git takes a commit), or an error
    /// naming the candidates of an ambiguous start, or the nearest ids.
    pub fn find(&self, argument: &str) -> anyhow::Result<&Story> {
        let id = story_id(argument);
        if let Some(story) = self.story(id) {
            return Ok(story);
        }
        // A file that is there but did not load is named as such, not as missing.
        if is_slug_or_plain(id)
            && self
                .location
                .stories_dir()
                .join(format!("{id}.yaml"))
                .is_file()
        {
            let shown = self.display(&format!("stories/{id}.yaml"));
            anyhow::bail!(crate::diagnostic::hinted(
                format!(
                    "{} does not load, so lp cannot work on it as a story",
                    shown.display()
                ),
                format!(
                    "`lp check` shows what is wrong; `lp edit {}` opens it as it is",
                    crate::shell::quote(id)
                )
            ));
        }
        let ids = self.stories.iter().map(|s| s.id.as_str());
        let id = resolve_prefix(id, ids.clone())?;
        self.story(&id).ok_or_else(|| no_such_story(&id, ids))
    }

    /// Retires a story: its file moves to `.lp/removed/<id>-<seconds>.yaml`, never
    /// over another file and never through a link; nothing is deleted. Returns the new
    /// path as the person sees it.
    pub fn retire(&self, id: &str) -> anyhow::Result<PathBuf> {
        const REMOVED: &str = ".lp/removed";
        let folder = crate::atomic::own_folder(&self.location.root, REMOVED)?;
        let from = self.location.stories_dir().join(format!("{id}.yaml"));
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        for n in 1.. {
            let name = if n == 1 {
                format!("{id}-{seconds}.yaml")
            } else {
                format!("{id}-{seconds}-{n}.yaml")
            };
            let to = folder.join(&name);
            if to.symlink_metadata().is_ok() {
                continue;
            }
            crate::atomic::rename_new(&from, &to)?;
            return Ok(self.display(&format!("{REMOVED}/{name}")));
        }
        unreachable!("the loop above only ends by returning")
    }

    /// A story file's text as lp writes it into this library: with the schema's
    /// modeline first when the library has its schemas (`lp init`), so that editors
    /// with the YAML language server check it as it is written.
    pub fn story_file(&self, text: &str) -> String {
        if self
            .location
            .root
            .join(crate::schema::FOLDER)
            .join("story.json")
            .is_file()
        {
            crate::schema::with_modeline(text)
        } else {
            text.to_string()
        }
    }

    /// Refuses an output path in the library's `stories/` or `principles/` folder, where
    /// every file must be a story or a principle file: an export there would stop the
    /// library from loading, or replace a story.
    pub fn refuse_inside(&self, path: &std::path::Path) -> anyhow::Result<()> {
        let resolve = |p: &std::path::Path| std::fs::canonicalize(p).ok();
        let folder = match path.parent() {
            Some(f) if !f.as_os_str().is_empty() => f,
            _ => std::path::Path::new("."),
        };
        let Some(root) = resolve(&self.location.root) else {
            return Ok(());
        };
        // Where the file would really be written: through a link, its target's folder.
        let folders = [
            resolve(folder),
            resolve(path).and_then(|t| t.parent().map(std::path::Path::to_path_buf)),
        ];
        for name in ["stories", "principles"] {
            if folders
                .iter()
                .flatten()
                .any(|f| f.starts_with(root.join(name)))
            {
                anyhow::bail!(crate::diagnostic::hinted(
                    format!(
                        "{} is in the library's {name}/ folder, where every file must be {}",
                        path.display(),
                        if name == "stories" {
                            "a story"
                        } else {
                            "a principle file"
                        }
                    ),
                    "write it outside the library's folders, such as answers.md"
                ));
            }
        }
        Ok(())
    }

    /// A path inside the library as the user should see it (`stories/x.yaml` when the
    /// library is the working folder).
    pub fn display(&self, relative: &str) -> PathBuf {
        display_path(&self.location.root, relative)
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
    /// A note for the person: the library at the default place does not exist yet.
    pub notice: Option<String>,
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
    Ok(load_with(location, Keep::Whole, &|_| ())?.0)
}

/// What a command keeps of each story once it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The whole story.
    Whole,
    /// Its outline (`Story::outline`): for reports that need no text of an answer, or
    /// that take what they need of it as each story is read.
    Outline,
}

/// As `load`, keeping `keep` of each story, and with what `each` makes of each story
/// that loads, whole, as it is read (on the loading threads): one for each story of
/// `library.stories`, in the same order.
pub fn load_with<T: Send>(
    location: Location,
    keep: Keep,
    each: &(dyn Fn(&Story) -> T + Sync),
) -> anyhow::Result<(Loaded, Vec<T>)> {
    let root = &location.root;
    let notice = (location.origin == Origin::Default && !root.exists()).then(|| {
        format!(
            "note: no library at {} yet, so there are no stories; `lp init` creates one",
            root.display()
        )
    });
    if !root.exists() {
        match location.origin {
            Origin::Flag => bail!(crate::diagnostic::hinted(
                format!("library folder {} does not exist", root.display()),
                format!("create it with `lp init {}`", root.display())
            )),
            Origin::Env => bail!(crate::diagnostic::hinted(
                format!(
                    "library folder {} (from $LP_DIR) does not exist",
                    root.display()
                ),
                format!(
                    "create it with `lp init {}`, or unset LP_DIR",
                    root.display()
                )
            )),
            Origin::Found | Origin::Default => {}
        }
    } else if !root.is_dir() {
        bail!(crate::diagnostic::hinted(
            format!("{} is not a folder", root.display()),
            "--dir and $LP_DIR name the library's folder, the one that holds stories/"
        ));
    }
    let mut diagnostics = Vec::new();
    let (set, set_ok) = load_principles(root, &mut diagnostics)?;
    let (stories, made) = load_stories(root, set_ok.then_some(&set), keep, each, &mut diagnostics)?;
    diagnostic::sort(&mut diagnostics);
    let loaded = Loaded {
        library: Library {
            location,
            set,
            stories,
        },
        diagnostics,
        principles_ok: set_ok,
        notice,
    };
    Ok((loaded, made))
}

/// The library's principle set alone, without reading a story: for what depends on
/// the set only (`lp schema story`, completing principle ids). The problems found in
/// the set's files come with it; the flag is false when they hold an error.
pub fn load_set(location: &Location) -> anyhow::Result<(PrincipleSet, Vec<Diagnostic>, bool)> {
    let mut diagnostics = Vec::new();
    if !location.root.is_dir() {
        return Ok((principles::builtin(), diagnostics, true));
    }
    let (set, ok) = load_principles(&location.root, &mut diagnostics)?;
    Ok((set, diagnostics, ok))
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
        // A file with errors adds its problems, not its principles.
        let broken = problems.iter().any(Diagnostic::is_error);
        diagnostics.append(&mut problems);
        let Some(set) = set.filter(|_| !broken) else {
            continue;
        };
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

fn load_stories<T: Send>(
    root: &Path,
    set: Option<&PrincipleSet>,
    keep: Keep,
    each: &(dyn Fn(&Story) -> T + Sync),
    diagnostics: &mut Vec<Diagnostic>,
) -> anyhow::Result<(Vec<Story>, Vec<T>)> {
    let folder = root.join("stories");
    let mut files = yaml_files(&folder, "stories", root, diagnostics)?;
    // In the order of ids (a story's id is its file name less `.yaml`), which is the
    // library's order: the stories need no sorting once read.
    files.sort_by_cached_key(|(path, _)| story_id_of(path));
    // Stories are independent: every core takes batches of files until none are left,
    // so a core slowed by another program does not hold the rest back. Each story goes
    // straight into its slot of one vector, so a large library is never held twice,
    // and each file's two paths are let go once it is read.
    const BATCH: usize = 64;
    let mut slots: Vec<Option<Story>> = std::iter::repeat_with(|| None).take(files.len()).collect();
    let mut made: Vec<Option<T>> = std::iter::repeat_with(|| None).take(files.len()).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8)
        .min(files.len().div_ceil(BATCH));
    let batches = std::sync::Mutex::new(
        slots
            .chunks_mut(BATCH)
            .zip(made.chunks_mut(BATCH))
            .zip(files.chunks_mut(BATCH))
            .enumerate(),
    );
    let work = || {
        let mut found = Vec::new();
        loop {
            let next = batches
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .next();
            let Some((i, ((slots, made), files))) = next else {
                return found;
            };
            for ((slot, made), (path, shown)) in slots.iter_mut().zip(made).zip(files) {
                let (story, problems) =
                    load_one(&std::mem::take(path), &std::mem::take(shown), set);
                if let Some(story) = story {
                    *made = Some(each(&story));
                    *slot = Some(match keep {
                        Keep::Whole => story,
                        Keep::Outline => story.outline(),
                    });
                }
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
    // Collected in place: the slots' memory becomes the stories' (`filter_map` keeps
    // the vector's buffer, where `flatten` would grow a second one beside it: 7 MiB
    // more at the peak for 10,000 stories). A story that did not load left both of its
    // slots empty, so what was made for each stays beside its story.
    #[allow(clippy::filter_map_identity)]
    let stories: Vec<Story> = slots.into_iter().filter_map(|s| s).collect();
    #[allow(clippy::filter_map_identity)]
    let made: Vec<T> = made.into_iter().filter_map(|t| t).collect();
    Ok((stories, made))
}

/// A story's id from its file's path: the file name less `.yaml`.
fn story_id_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads and checks one story file: the story when it loads, and its problems.
fn load_one(
    path: &Path,
    shown: &Path,
    set: Option<&PrincipleSet>,
) -> (Option<Story>, Vec<Diagnostic>) {
    let id = story_id_of(path);
    match read_text(path, shown) {
        Ok(text) => story::parse(&id, shown, &text, set),
        Err(d) => (None, vec![d]),
    }
}

/// What a command means to do with a library, which decides what stops it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Report on it: every error in every file stops the command.
    Report,
    /// Add to it or change it: only a principle set that does not load stops it,
    /// since stories could not be checked against it; broken stories are mentioned.
    Write,
}

/// What a command shows of a loaded library before it goes on, or instead.
#[derive(Debug)]
pub struct Verdict {
    /// The problems to show.
    pub shown: Vec<Diagnostic>,
    /// A note after them: what the command goes on despite.
    pub note: Option<String>,
    /// Why the command stops, when it stops: its error.
    pub refusal: Option<crate::diagnostic::UserError>,
}

impl Loaded {
    /// The loading policy: what a command that means `purpose` shows, and whether it
    /// goes on.
    pub fn verdict(&self, purpose: Use) -> Verdict {
        let errors: Vec<&Diagnostic> = self.diagnostics.iter().filter(|d| d.is_error()).collect();
        let files: std::collections::BTreeSet<_> = errors.iter().map(|d| &d.path).collect();
        match purpose {
            Use::Report => Verdict {
                shown: self.diagnostics.clone(),
                note: None,
                refusal: (!errors.is_empty()).then(|| {
                    crate::diagnostic::hinted(
                        format!(
                            "the library did not load: {} in {}",
                            crate::english::plural(errors.len(), "error", "errors"),
                            crate::english::plural(files.len(), "file", "files"),
                        ),
                        "fix them and run again; `lp check` lists every problem",
                    )
                }),
            },
            Use::Write if !self.principles_ok => Verdict {
                shown: errors
                    .into_iter()
                    .filter(|d| d.path.components().any(|c| c.as_os_str() == "principles"))
                    .cloned()
                    .collect(),
                note: None,
                refusal: Some(crate::diagnostic::hinted(
                    "the library's principle set does not load, so no story can be checked against it",
                    "fix principles/ first; `lp check` lists every problem",
                )),
            },
            Use::Write => Verdict {
                shown: Vec::new(),
                note: (!files.is_empty()).then(|| {
                    format!(
                        "note: {} in the library {} errors; `lp check` lists them",
                        crate::english::plural(files.len(), "file", "files"),
                        if files.len() == 1 { "has" } else { "have" }
                    )
                }),
                refusal: None,
            },
        }
    }
}

/// Whether an id is a slug: lowercase ASCII letters, digits and `-`, `_` or `.`
/// inside, the shape lp gives ids; safe as a file name and as a shell word.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with(['-', '.'])
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
}

/// A name that can only be a file in `stories/` itself: no folder, no `..`.
fn is_slug_or_plain(id: &str) -> bool {
    !id.is_empty() && !id.contains('/') && id != "." && id != ".."
}

/// The story id a person meant: `deploy`, `deploy.yaml` and `stories/deploy.yaml` all
/// name the story `deploy`.
pub fn story_id(argument: &str) -> &str {
    let id = argument.trim_end_matches(".yaml");
    id.rsplit('/').next().unwrap_or(id)
}

/// The id that `given` is the unique start of, or `given` itself when no id starts so;
/// an error listing the candidates when several do.
pub fn resolve_prefix<'a>(
    given: &str,
    ids: impl IntoIterator<Item = &'a str>,
) -> anyhow::Result<String> {
    let mut matching: Vec<&str> = ids
        .into_iter()
        .filter(|id| !given.is_empty() && id.starts_with(given))
        .collect();
    match matching.len() {
        1 => Ok(matching[0].to_string()),
        0 => Ok(given.to_string()),
        n => {
            matching.sort_unstable();
            let shown: Vec<String> = matching
                .iter()
                .take(8)
                .map(|id| format!("  {id}"))
                .collect();
            anyhow::bail!(crate::diagnostic::hinted(
                format!(
                    "'{given}' is the start of {n} story ids:\n{}{}",
                    shown.join("\n"),
                    if n > 8 {
                        format!("\n  … and {} more", n - 8)
                    } else {
                        String::new()
                    }
                ),
                "type more of the id"
            ))
        }
    }
}

/// The error for an id that names no story, with the nearest ids as suggestions.
pub fn no_such_story<'a>(id: &str, ids: impl IntoIterator<Item = &'a str>) -> anyhow::Error {
    let near = crate::suggest::nearest(id, ids, 3);
    let hint = if near.is_empty() {
        "`lp list --ids` shows every story's id".to_string()
    } else {
        format!("did you mean {}?", crate::english::quoted_or_list(&near))
    };
    anyhow::anyhow!(crate::diagnostic::hinted(
        format!("no story with the id '{id}'"),
        hint
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_made_of_each_story_stays_beside_it_in_the_order_of_ids() {
        let tmp = tempfile::tempdir().unwrap();
        let stories = tmp.path().join("stories");
        std::fs::create_dir(&stories).unwrap();
        // File names sort otherwise than ids ("a-b.yaml" < "a.yaml" but "a" < "a-b"),
        // and a broken story between them makes nothing.
        for (name, text) in [
            (
                "a-b.yaml",
                "title: AB\nprinciples: [ownership]\naction: I did.\n",
            ),
            ("a.yaml", "title: A\nprinciples: [ownership]\n"),
            ("a-a.yaml", "title: [broken\n"),
            (
                "z.yaml",
                "title: Z\nprinciples: [dive-deep]\nresult: Up 5%.\n",
            ),
        ] {
            std::fs::write(stories.join(name), text).unwrap();
        }
        let location = Location {
            root: tmp.path().to_path_buf(),
            origin: Origin::Flag,
        };
        let (loaded, made) = load_with(location, Keep::Outline, &|s: &Story| {
            (s.id.clone(), s.spoken_words())
        })
        .unwrap();
        let ids: Vec<&str> = loaded
            .library
            .stories
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "a-b", "z"]);
        assert_eq!(made, [("a".into(), 0), ("a-b".into(), 2), ("z".into(), 2)]);
        assert!(loaded.library.stories.iter().all(|s| s.set_aside.is_some()));
        assert_eq!(
            loaded.diagnostics.iter().filter(|d| d.is_error()).count(),
            1
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
