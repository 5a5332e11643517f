//! `lp init [DIR]`: create a library.

use std::fs;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use super::Global;
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
/// `principles.json`, replacing what an earlier `lp init` wrote there.
fn write_schemas(root: &std::path::Path, ui: &mut Ui) -> anyhow::Result<()> {
    let set = crate::library::Env::process()
        .and_then(|env| crate::library::locate(Some(root), &env))
        .and_then(crate::library::load)
        .map(|loaded| loaded.library.set)
        .unwrap_or_else(|_| principles::builtin());
    let folder = root.join(schema::FOLDER);
    fs::create_dir_all(&folder)
        .with_context(|| format!("could not create {}", folder.display()))?;
    for (name, value) in [
        ("story.json", schema::story(&set)),
        ("principles.json", schema::principles()),
    ] {
        let text = serde_json::to_string_pretty(&value)? + "\n";
        let text = crate::ui::json_escaped(&text);
        atomic::replace(&folder.join(name), text.as_bytes())?;
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
        anyhow::bail!(
            "two folders given: {} and --dir {}\n  hint: give the folder once",
            folder.display(),
            dir.display()
        );
    }
    let root = args
        .folder
        .clone()
        .or_else(|| global.dir.clone())
        .unwrap_or_else(|| PathBuf::from("."));
    if root.exists() && !root.is_dir() {
        anyhow::bail!(
            "{} exists and is not a folder\n  hint: name a new or existing folder",
            root.display()
        );
    }
    let stories = root.join("stories");
    if stories.exists() && !stories.is_dir() {
        anyhow::bail!(
            "{} exists and is not a folder\n  hint: rename that file, then run `lp init` again",
            stories.display()
        );
    }
    let existed = stories.is_dir();
    fs::create_dir_all(&stories)
        .with_context(|| format!("could not create {}", stories.display()))?;
    if args.with_principles {
        let folder = root.join("principles");
        fs::create_dir_all(&folder)
            .with_context(|| format!("could not create {}", folder.display()))?;
        let path = folder.join("amazon.yaml");
        atomic::create_new(&path, principles::BUILTIN_YAML.as_bytes()).map_err(|err| {
            anyhow::anyhow!("{err:#}; left it as it is\n  hint: move it aside first to get a fresh copy of the built-in set")
        })?;
        writeln!(
            ui.out,
            "Wrote {}: edit it to adapt the principles.",
            path.display()
        )?;
    }
    if !existed || args.schema {
        write_schemas(&root, ui)?;
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
            crate::diagnostic::plural(pointed, "file", "files"),
            if pointed == 1 { "names" } else { "name" }
        )?;
    } else if existed {
        writeln!(
            ui.out,
            "{} is already a library; nothing else to do.",
            root.display()
        )?;
    } else {
        writeln!(
            ui.out,
            "Created a library in {}.\nNext: add a story with `lp add`, or see where you stand with `lp coverage`.",
            root.display()
        )?;
    }
    Ok(Outcome::Done)
}
