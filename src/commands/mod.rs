//! The command layer: each subcommand gathers its options, calls pure code, and
//! prints. This is the only layer that writes to the terminal.

pub mod add;
pub mod check;
pub mod completions;
pub mod coverage;
pub mod edit;
pub mod export;
pub mod import;
pub mod init;
pub mod list;
pub mod plan;
pub mod practice;
pub mod principles;
pub mod show;

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::cli::{ColorChoice, Command};
use crate::diagnostic::{self, Diagnostic};
use crate::library::{self, Library, Loaded, Origin};

/// The version of every `--json` document; raised when a field changes meaning or goes.
pub const JSON_VERSION: u32 = 1;

/// How a command that ran ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Done,
    /// Exit 1: done, and found what the user asked to be told about.
    Found,
    /// Exit 130: the person pressed Ctrl-C.
    Interrupted,
}

/// Diagnostics were printed already; exit 2 without another message.
#[derive(Debug)]
pub struct Reported;

impl std::fmt::Display for Reported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("problems were reported")
    }
}

impl std::error::Error for Reported {}

/// Where output goes, and whether each stream is coloured.
pub struct Ui<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub color_out: bool,
    pub color_err: bool,
}

impl Ui<'_> {
    /// Prints diagnostics to stderr, in order.
    pub fn diagnostics(&mut self, diagnostics: &[Diagnostic]) -> anyhow::Result<()> {
        for d in diagnostics {
            self.err.write_all(d.render(self.color_err).as_bytes())?;
        }
        Ok(())
    }

    pub fn note(&mut self, text: &str) -> anyhow::Result<()> {
        writeln!(self.err, "{text}")?;
        Ok(())
    }

    /// Writes a value as pretty JSON with a trailing newline.
    pub fn json(&mut self, value: &serde_json::Value) -> anyhow::Result<()> {
        serde_json::to_writer_pretty(&mut *self.out, value)?;
        writeln!(self.out)?;
        Ok(())
    }
}

/// Whether colour is wanted on a stream.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if var("NO_COLOR").is_some() || var("CLICOLOR").is_some_and(|v| v == "0") {
                false
            } else {
                var("CLICOLOR_FORCE").is_some_and(|v| v != "0") || is_terminal
            }
        }
    }
}

/// What every command may need from the global options.
pub struct Global {
    pub dir: Option<PathBuf>,
}

impl Global {
    pub fn locate(&self) -> anyhow::Result<library::Location> {
        library::locate(self.dir.as_deref(), &library::Env::process()?)
    }

    /// Loads the library with all its diagnostics, for commands that report on them.
    pub fn load(&self, ui: &mut Ui) -> anyhow::Result<Loaded> {
        let location = self.locate()?;
        let missing = location.origin == Origin::Default && !location.root.exists();
        let root = location.root.clone();
        let loaded = library::load(location)?;
        if missing {
            ui.note(&format!(
                "note: no library at {} yet, so there are no stories; `lp init` creates one",
                root.display()
            ))?;
        }
        Ok(loaded)
    }

    /// Loads the library and refuses to go on when any file has an error, after
    /// printing every problem. Warnings are printed and do not stop the command.
    pub fn load_clean(&self, ui: &mut Ui) -> anyhow::Result<Library> {
        let loaded = self.load(ui)?;
        ui.diagnostics(&loaded.diagnostics)?;
        if loaded.has_errors() {
            let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
            let files: std::collections::BTreeSet<_> = loaded
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| &d.path)
                .collect();
            ui.note(&format!(
                "error: the library did not load: {} in {}\n  hint: fix them and run again; `lp check` lists every problem",
                diagnostic::plural(errors, "error", "errors"),
                diagnostic::plural(files.len(), "file", "files"),
            ))?;
            return Err(Reported.into());
        }
        Ok(loaded.library)
    }
}

impl Global {
    /// Loads the library to add to or change it. Refuses when the principle set does
    /// not load (stories could not be checked against it); story files with errors
    /// are only mentioned, since they do not stop a new story from being written.
    pub fn load_for_writing(&self, ui: &mut Ui) -> anyhow::Result<Library> {
        let loaded = self.load(ui)?;
        if !loaded.principles_ok {
            let set_problems: Vec<Diagnostic> = loaded
                .diagnostics
                .iter()
                .filter(|d| {
                    d.is_error() && d.path.components().any(|c| c.as_os_str() == "principles")
                })
                .cloned()
                .collect();
            ui.diagnostics(&set_problems)?;
            ui.note("error: the library's principle set does not load, so no story can be checked against it\n  hint: fix principles/ first; `lp check` lists every problem")?;
            return Err(Reported.into());
        }
        let broken: std::collections::BTreeSet<_> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| &d.path)
            .collect();
        if !broken.is_empty() {
            ui.note(&format!(
                "note: {} in the library {} errors; `lp check` lists them",
                diagnostic::plural(broken.len(), "file", "files"),
                if broken.len() == 1 { "has" } else { "have" }
            ))?;
        }
        Ok(loaded.library)
    }
}

/// Runs a subcommand.
pub fn dispatch(command: &Command, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    match command {
        Command::Coverage(args) => coverage::run(args, global, ui),
        Command::Add(args) => add::run(args, global, ui),
        Command::Edit(args) => edit::run(args, global, ui),
        Command::Export(args) => export::run(args, global, ui),
        Command::Import(args) => import::run(args, global, ui),
        Command::List(args) => list::run(args, global, ui),
        Command::Show(args) => show::run(args, global, ui),
        Command::Principles(args) => principles::run(args, global, ui),
        Command::Check(args) => check::run(args, global, ui),
        Command::Plan(args) => plan::run(args, global, ui),
        Command::Practice(args) => practice::run(args, global, ui),
        Command::Completions(args) => completions::run(args, global, ui),
        Command::Man(args) => completions::man(args, global, ui),
        Command::Init(args) => init::run(args, global, ui),
    }
}

/// What `lp` with no subcommand prints: where to start.
pub fn welcome(global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let location = global.locate()?;
    let state = if location.root.join("stories").is_dir() {
        format!("Your library: {}", location.root.display())
    } else {
        format!("No library yet at {}.", location.root.display())
    };
    write!(
        ui.out,
        "lp: prepare for leadership-principle interviews with your own STAR stories.\n\n\
         {state}\n\n\
         Where to start:\n  \
         lp init [DIR]      create a library (a folder with stories/)\n  \
         lp principles      the principles your stories can illustrate\n  \
         lp coverage        which principles have stories, and which have none\n  \
         lp export          every answer as one Markdown document\n  \
         lp check           everything wrong or weak in the library\n\n\
         `lp help` lists every command; `lp help COMMAND` explains one.\n"
    )
    .context("could not write the output")?;
    Ok(Outcome::Done)
}

/// Refuses, before any work, an output file that exists unless `--force` was given. A
/// pipe or a device (`-o /dev/stdout`) holds nothing to lose and is never refused.
pub fn refuse_existing(path: Option<&std::path::Path>, force: bool) -> anyhow::Result<()> {
    match path {
        Some(path) if path.exists() && !force && !crate::atomic::is_stream(path) => anyhow::bail!(
            "{} already exists\n  hint: pass --force to replace it, or choose another file",
            path.display()
        ),
        _ => Ok(()),
    }
}

/// Writes an output file atomically: a new file, or with `--force` a replacement. A
/// file that appeared since `refuse_existing` is still never replaced without `--force`.
/// A pipe or a device is written as it is.
pub fn write_output(path: &std::path::Path, contents: &[u8], force: bool) -> anyhow::Result<()> {
    if crate::atomic::is_stream(path) {
        crate::atomic::write_stream(path, contents)
    } else if force {
        crate::atomic::replace(path, contents)
    } else {
        crate::atomic::create_new(path, contents).map_err(|err| {
            anyhow::anyhow!("{err:#}\n  hint: pass --force to replace it, or choose another file")
        })
    }
}

/// The story id a person meant: `deploy`, `deploy.yaml` and `stories/deploy.yaml` all
/// name the story `deploy`.
pub fn story_id(argument: &str) -> &str {
    let id = argument.trim_end_matches(".yaml");
    id.rsplit('/').next().unwrap_or(id)
}

/// The error for an id that names no story, with the nearest ids as suggestions.
pub fn no_such_story<'a>(id: &str, ids: impl IntoIterator<Item = &'a str>) -> anyhow::Error {
    let near = crate::suggest::nearest(id, ids, 3);
    let hint = if near.is_empty() {
        "`lp list` shows every story's id".to_string()
    } else {
        format!("did you mean {}?", crate::suggest::quoted_list(&near))
    };
    anyhow::anyhow!("no story with the id '{id}'\n  hint: {hint}")
}

/// Finds a story by id, or fails naming the nearest ids.
pub fn find_story<'a>(
    library: &'a Library,
    argument: &str,
) -> anyhow::Result<&'a crate::model::Story> {
    let id = story_id(argument);
    library
        .story(id)
        .ok_or_else(|| no_such_story(id, library.stories.iter().map(|s| s.id.as_str())))
}
