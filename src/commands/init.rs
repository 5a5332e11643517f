//! `lp init [DIR]`: create a library.

use std::fs;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use crate::context::Global;
use crate::ui::{Outcome, Ui};
use crate::{atomic, principles, schema};

/// Create a library: a folder with a stories/ folder in it
///
/// Without DIR, the library is made in --dir when given, otherwise in the current
/// folder. An existing library is left as it is.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp init ~/interview-prep\n  lp init --with-principles   # copy the built-in set to edit"
)]
pub struct InitArgs {
    /// The folder to make the library in (or give it with --dir, as to every command)
    #[arg(value_name = "DIR")]
    pub folder: Option<PathBuf>,

    /// Also write principles/amazon.yaml, a copy of the built-in set to adapt
    #[arg(long)]
    pub with_principles: bool,

    /// Write the JSON Schemas for editors into .lp/schema/ again (after a change to the
    /// principles), and point every story and principle file at them on its first line
    #[arg(long)]
    pub schema: bool,
}

/// Writes `.lp/schema/story.json` (with the library's principles) and
/// `principles.json`. With `replace` (`lp init --schema`), what is there is replaced,
/// a link itself rather than its target; otherwise a file already there is left as it
/// is, and said so. Nothing is written through a link on the way to `.lp/schema`.
fn write_schemas(root: &std::path::Path, replace: bool, ui: &mut Ui) -> anyhow::Result<()> {
    let set = crate::library::Env::process()
        .and_then(|env| crate::library::locate(Some(root), &env))
        .and_then(|location| crate::library::load_set(&location))
        .map(|(set, _, _)| set)
        .unwrap_or_else(|_| principles::builtin());
    let folder = atomic::own_folder(root, schema::FOLDER)?;
    for (name, value) in [
        ("story.json", schema::story(&set)),
        ("principles.json", schema::principles()),
    ] {
        let text = serde_json::to_string_pretty(&value)? + "\n";
        let text = crate::ui::json_escaped(&text);
        let path = folder.join(name);
        if replace {
            atomic::replace_no_follow(&path, text.as_bytes())?;
        } else if path.symlink_metadata().is_ok() {
            ui.note(&format!(
                "note: {} is already there; left as it is (`lp init --schema` writes it again)",
                crate::library::display_path(root, &format!("{}/{name}", schema::FOLDER)).display()
            ))?;
        } else {
            atomic::create_new(&path, text.as_bytes())?;
        }
    }
    writeln!(
        ui.out,
        "Wrote the JSON Schemas of story and principle files to {}.",
        crate::library::display_path(root, schema::FOLDER).display()
    )?;
    Ok(())
}

/// Puts `modeline` first in every `.yaml` file of `folder` that has none, its text
/// otherwise unchanged; returns how many files name the schema now. A read-only file,
/// or anything but a file, is left as it is.
fn add_modelines(folder: &std::path::Path, modeline: &str, ui: &mut Ui) -> anyhow::Result<usize> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Ok(0);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| p.symlink_metadata().is_ok_and(|m| m.is_file()))
        .collect();
    paths.sort();
    let mut pointed = 0;
    for path in paths {
        let Ok(Some(bytes)) = crate::library::read_at_most(&path, crate::yaml::MAX_FILE_BYTES)
        else {
            continue;
        };
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        if text.starts_with("# yaml-language-server:") {
            pointed += 1;
            continue;
        }
        if fs::metadata(&path).is_ok_and(|m| m.permissions().readonly()) {
            ui.note(&format!(
                "note: {} is read-only; left as it is",
                path.display()
            ))?;
            continue;
        }
        let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
        atomic::replace(&path, format!("{modeline}{newline}{text}").as_bytes())?;
        pointed += 1;
    }
    Ok(pointed)
}

pub fn run(args: &InitArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    if let (Some(folder), Some(dir)) = (&args.folder, &global.dir)
        && folder != dir
    {
        anyhow::bail!(crate::diagnostic::hinted(
            format!(
                "two folders given: {} and --dir {}",
                folder.display(),
                dir.display()
            ),
            "give the folder once"
        ));
    }
    let root = args
        .folder
        .clone()
        .or_else(|| global.dir.clone())
        .unwrap_or_else(|| PathBuf::from("."));
    if root.exists() && !root.is_dir() {
        anyhow::bail!(crate::diagnostic::hinted(
            format!("{} exists and is not a folder", root.display()),
            "name a new or existing folder"
        ));
    }
    let stories = root.join("stories");
    if stories.exists() && !stories.is_dir() {
        anyhow::bail!(crate::diagnostic::hinted(
            format!("{} exists and is not a folder", stories.display()),
            "rename that file, then run `lp init` again"
        ));
    }
    // A library inside another's stories/ folder would be a folder of stories there.
    if let Ok(real) = fs::canonicalize(&root)
        && let Some(outer) = real
            .ancestors()
            .find(|a| a.file_name().is_some_and(|n| n == "stories"))
            .and_then(|stories| stories.parent())
            .filter(|outer| crate::library::in_use(outer))
    {
        anyhow::bail!(crate::diagnostic::hinted(
            format!(
                "{} is inside the stories/ folder of the library in {}, where every file must be a story",
                root.display(),
                outer.display()
            ),
            "run `lp init` in a folder outside it; that library is ready to use as it is"
        ));
    }
    let existed = stories.is_dir();
    fs::create_dir_all(&stories)
        .with_context(|| format!("could not create {}", stories.display()))?;
    if args.with_principles {
        let folder = root.join("principles");
        let own: Vec<String> = fs::read_dir(&folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".yaml") && n != "amazon.yaml")
                    .collect()
            })
            .unwrap_or_default();
        if !own.is_empty() {
            anyhow::bail!(crate::diagnostic::hinted(
                format!(
                    "{} already holds a principle set ({}); the built-in set beside it would make one set of both",
                    folder.display(),
                    crate::visible::visible(&own.join(", "))
                ),
                "`lp schema principles` and `lp principles` show the set in use; to start from the built-in set, move principles/ aside first"
            ));
        }
        fs::create_dir_all(&folder)
            .with_context(|| format!("could not create {}", folder.display()))?;
        let path = folder.join("amazon.yaml");
        atomic::create_new(&path, principles::BUILTIN_YAML.as_bytes()).map_err(|err| {
            anyhow::anyhow!(crate::diagnostic::hinted(
                format!("{err:#}; left it as it is"),
                "move it aside first to get a fresh copy of the built-in set"
            ))
        })?;
        writeln!(
            ui.out,
            "Wrote {}: edit it to adapt the principles.",
            path.display()
        )?;
    }
    if !existed || args.schema {
        write_schemas(&root, args.schema, ui)?;
    }
    if args.schema {
        let mut pointed = 0;
        for (folder, modeline) in [
            ("stories", schema::STORY_MODELINE),
            ("principles", schema::PRINCIPLES_MODELINE),
        ] {
            pointed += add_modelines(&root.join(folder), modeline, ui)?;
        }
        writeln!(
            ui.out,
            "{} now {} the schema on the first line, for the YAML language server.",
            crate::english::plural(pointed, "file", "files"),
            if pointed == 1 { "names" } else { "name" }
        )?;
    } else if existed {
        writeln!(
            ui.out,
            "{} is already a library; nothing else to do.",
            root.display()
        )?;
    } else {
        // `.` or `..` say little: the folder's own path says where it is.
        let shown = if root
            .components()
            .all(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            fs::canonicalize(&root).unwrap_or_else(|_| root.clone())
        } else {
            root.clone()
        };
        writeln!(ui.out, "Created a library in {}.", shown.display())?;
        // `lp add` run from here must find it: say how when it would not (the folder is
        // not here or above, or $LP_DIR names another).
        let found = crate::library::Env::process()
            .and_then(|env| crate::library::locate(None, &env))
            .ok()
            .and_then(|found| fs::canonicalize(found.root).ok());
        if found != fs::canonicalize(&root).ok() {
            // (`.` is the folder the shell is in: `$PWD` itself, not `$PWD/.`, whose
            // paths would read `/tmp/walk/./stories`.)
            let named = if root.is_absolute() {
                root.display().to_string()
            } else if root == std::path::Path::new(".") {
                "$PWD".to_string()
            } else {
                format!("$PWD/{}", root.display())
            };
            if std::env::var_os("LP_DIR").is_some_and(|v| !v.is_empty()) {
                writeln!(
                    ui.out,
                    "$LP_DIR names another library, so lp would not use this one.\nName this one instead: export LP_DIR=\"{named}\""
                )?;
            } else {
                writeln!(
                    ui.out,
                    "From here lp would not find it: it looks in $LP_DIR, else here and above.\nWork in it (`cd {}`), or name it for every command: export LP_DIR=\"{named}\"",
                    shell_word(&root.display().to_string())
                )?;
            }
        }
        writeln!(
            ui.out,
            "Next: add a story with `lp add`, or see where you stand with `lp coverage`."
        )?;
    }
    Ok(Outcome::Done)
}

/// A path as it can be typed to a shell: as it is when it holds only letters, digits
/// and `._/-~`, else in double quotes (`cd "my notes"`).
fn shell_word(path: &str) -> String {
    let plain = path
        .chars()
        .all(|c| c.is_alphanumeric() || "._/-~".contains(c));
    if plain {
        path.to_string()
    } else {
        format!("\"{path}\"")
    }
}
