//! The command line's global options. The subcommands, each with its own options, are
//! in `commands`; together they are the `--help` reference.

use std::path::PathBuf;

use clap::Parser;

use crate::commands::Command;
use crate::ui::ColorChoice;

/// Prepare for leadership-principle interviews with your own STAR stories.
///
/// lp keeps each story (Situation, Task, Action, Result) as a plain YAML file in a
/// library folder you own, links it to the principles it illustrates, and tells you
/// which principles still have no story, how each answer reads, and gives you all of
/// them as one document to read before the interview.
#[derive(Debug, Parser)]
#[command(name = "lp", version, propagate_version = true)]
#[command(
    after_help = "Start with `lp init` to create a library, or `lp coverage` to see where you stand.\n\
The library is --dir, else $LP_DIR, else the nearest folder upwards with a stories/ folder,\n\
else $XDG_DATA_HOME/lp (~/.local/share/lp).\n\n\
Exit codes: 0 done; 1 done, and found what you asked about (check errors, --fail-under);\n\
2 could not do it (bad arguments, a library that does not load); 130 interrupted."
)]
pub struct Cli {
    /// The library folder to use (the one that holds stories/)
    #[arg(long, global = true, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// When to colour the output: auto colours on a terminal unless NO_COLOR is set
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
