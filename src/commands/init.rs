//! `lp init [DIR]`: create a library.

use std::fs;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use super::Global;
use crate::ui::{Outcome, Ui};
use crate::{atomic, principles};

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
    if existed {
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
