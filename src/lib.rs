//! `lp` keeps behavioral-interview stories as plain YAML files and answers the
//! questions that matter before an interview: which leadership principles have no
//! story yet, how each answer reads, and all of them as one document.

// lp keeps people's words safe with what Unix gives: permissions, links it will not
// follow (O_NOFOLLOW), the terminal's own settings (termios) and signals. It is built
// for Unix-like systems only, and says so here rather than in three places.
#[cfg(not(unix))]
compile_error!(
    "lp runs on Unix-like systems (Linux, macOS, the BSDs): it relies on Unix file permissions, O_NOFOLLOW, termios and signals"
);

pub mod atomic;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod complete;
pub mod context;
pub mod coverage;
pub mod date;
pub mod diagnostic;
pub mod drafting;
pub mod editor;
pub mod english;
pub mod find;
pub mod import;
pub mod library;
pub mod lint;
pub mod model;
pub mod overlap;
pub mod plan;
pub mod practice;
pub mod prep;
pub mod principles;
pub mod prompt;
pub mod questions;
pub mod recovery;
pub mod render;
pub mod schema;
pub mod shell;
pub mod story;
pub mod story_yaml;
pub mod style;
pub mod suggest;
pub mod told;
pub mod ui;
pub mod visible;
pub mod writing;
pub mod yaml;

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use clap::Parser;

use crate::context::Global;
use crate::diagnostic::Reported;
use crate::render::layout::DEFAULT_WIDTH;
use crate::ui::{Outcome, Ui};

/// Parses the command line, runs the command, and turns the result into an exit code.
pub fn run() -> ExitCode {
    // A file over the size limit (ulimit -f) fails the write that would pass it, which
    // lp reports and recovers from, instead of killing lp half-way through it.
    // SAFETY: setting a signal's disposition to "ignore" at start-up, before any thread.
    unsafe { libc::signal(libc::SIGXFSZ, libc::SIG_IGN) };
    // `COMPLETE=bash lp -- lp …`: the shell asking for completions, answered and exited
    // here. Only a shell lp writes completions for, asking in clap's own form: any
    // other COMPLETE in the environment is not for lp.
    if complete::is_asked() {
        clap_complete::CompleteEnv::with_factory(<cli::Cli as clap::CommandFactory>::command)
            .complete();
    }
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout with exit 0, usage errors with 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    // Reports are laid out for the terminal's width, or 80 columns when piped.
    let width = if io::stdout().is_terminal() {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .or_else(|| {
                console::Term::stdout()
                    .size_checked()
                    .map(|(_, cols)| usize::from(cols))
            })
            .unwrap_or(DEFAULT_WIDTH)
    } else {
        DEFAULT_WIDTH
    };
    let stdout = io::stdout();
    let stderr = io::stderr();
    let color_out = ui::use_color(cli.color, io::stdout().is_terminal());
    let color_err = ui::use_color(cli.color, io::stderr().is_terminal());
    let mut out = ui::Shown::new(io::BufWriter::new(stdout.lock()), color_out);
    let mut err = ui::Shown::new(stderr.lock(), color_err);
    let mut ui = Ui {
        color_out,
        color_err,
        out: &mut out,
        err: &mut err,
        width: render::layout::fit_width(width),
    };
    let global = Global {
        dir: cli.dir,
        command_line: <cli::Cli as clap::CommandFactory>::command,
    };
    let result = match &cli.command {
        Some(command) => commands::dispatch(command, &global, &mut ui),
        None => commands::welcome(&global, &mut ui),
    };
    let result = result.and_then(|outcome| ui.out.flush().map(|()| outcome).map_err(Into::into));
    prompt::discard_typed_ahead();
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Found) => ExitCode::from(1),
        Ok(Outcome::Interrupted) => ExitCode::from(130),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) if error.is::<Reported>() => ExitCode::from(2),
        Err(error) => {
            let _ = writeln!(ui.err, "{}", diagnostic::render_error(&error, ui.color_err));
            ExitCode::from(2)
        }
    }
}

/// `lp export | head` closes the pipe early: that is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
