//! The command layer: the subcommands and their one dispatch. Each subcommand, in its
//! own file, gathers its options, calls pure code, and prints through `Ui`; this is the
//! only layer that writes to the terminal. A command never imports another command:
//! what two share lives below (`args` for argument types, `editor`, `library`, …).

pub mod add;
pub mod args;
pub mod check;
pub mod completions;
pub mod coverage;
pub mod edit;
pub mod export;
pub mod find;
pub mod import;
pub mod init;
pub mod list;
pub mod merge;
pub mod plan;
pub mod practice;
pub mod prep;
pub mod principles;
pub mod rename;
pub mod rm;
pub mod schema;
pub mod show;
pub mod today;
pub mod told;
pub mod write;

use anyhow::Context as _;
use clap::Subcommand;

use crate::context::Global;
use crate::ui::{Outcome, Ui};

#[derive(Debug, Subcommand)]
pub enum Command {
    Coverage(coverage::CoverageArgs),
    Add(add::AddArgs),
    Write(write::WriteArgs),
    Edit(edit::EditArgs),
    Rename(rename::RenameArgs),
    Merge(merge::MergeArgs),
    Rm(rm::RmArgs),
    Export(export::ExportArgs),
    List(list::ListArgs),
    Show(show::ShowArgs),
    Principles(principles::PrinciplesArgs),
    Check(check::CheckArgs),
    Plan(plan::PlanArgs),
    Find(find::FindArgs),
    Practice(practice::PracticeArgs),
    Prep(prep::PrepArgs),
    Today(today::TodayArgs),
    Told(told::ToldArgs),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
    Import(import::ImportArgs),
    Schema(schema::SchemaArgs),
    Init(init::InitArgs),
}

/// Runs a subcommand.
pub fn dispatch(command: &Command, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    match command {
        Command::Coverage(args) => coverage::run(args, global, ui),
        Command::Add(args) => add::run(args, global, ui),
        Command::Write(args) => write::run(args, global, ui),
        Command::Edit(args) => edit::run(args, global, ui),
        Command::Rename(args) => rename::run(args, global, ui),
        Command::Merge(args) => merge::run(args, global, ui),
        Command::Rm(args) => rm::run(args, global, ui),
        Command::Export(args) => export::run(args, global, ui),
        Command::Import(args) => import::run(args, global, ui),
        Command::List(args) => list::run(args, global, ui),
        Command::Show(args) => show::run(args, global, ui),
        Command::Principles(args) => principles::run(args, global, ui),
        Command::Check(args) => check::run(args, global, ui),
        Command::Plan(args) => plan::run(args, global, ui),
        Command::Find(args) => find::run(args, global, ui),
        Command::Practice(args) => practice::run(args, global, ui),
        Command::Prep(args) => prep::run(args, global, ui),
        Command::Today(args) => today::run(args, global, ui),
        Command::Told(args) => told::run(args, global, ui),
        Command::Completions(args) => completions::run(args, global, ui),
        Command::Man(args) => completions::man(args, global, ui),
        Command::Schema(args) => schema::run(args, global, ui),
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
