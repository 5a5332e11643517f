//! `lp completions SHELL` and `lp man`: lp in the shell and in `man`.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use super::Global;
use crate::ui::{Outcome, Ui};

/// Print the shell code that completes lp's commands, options, story ids and principle ids
///
/// The code calls back into this lp binary when you press Tab, so the story ids it
/// offers are always the current ones. Load it from your shell's start-up file.
#[derive(Debug, Args)]
#[command(after_help = "Install:\n  \
    bash:        echo 'source <(lp completions bash)' >> ~/.bashrc\n  \
    zsh:         echo 'source <(lp completions zsh)' >> ~/.zshrc\n  \
    fish:        echo 'lp completions fish | source' >> ~/.config/fish/config.fish\n  \
    elvish:      echo 'eval (lp completions elvish | slurp)' >> ~/.config/elvish/rc.elv\n  \
    PowerShell:  Add-Content $PROFILE 'lp completions powershell | Out-String | Invoke-Expression'")]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

pub fn run(args: &CompletionsArgs, _global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    // The completer is this binary by its full path: on many systems `lp` on the PATH
    // is the CUPS print command.
    let completer = std::env::current_exe()
        .context("could not find the lp binary's own path")?
        .to_string_lossy()
        .into_owned();
    let shell: &dyn EnvCompleter = match args.shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Elvish => &Elvish,
        Shell::Powershell => &Powershell,
    };
    shell.write_registration("COMPLETE", "lp", "lp", &completer, ui.out)?;
    Ok(Outcome::Done)
}

/// Print lp's manual page (roff), or write one page per command into a folder
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp man | man -l -\n  \
    lp man --out-dir ~/.local/share/man/man1   # lp.1, lp-coverage.1, …")]
pub struct ManArgs {
    /// Write lp.1 and a page for each command into this folder instead
    #[arg(long, value_name = "FOLDER")]
    pub out_dir: Option<PathBuf>,
}

pub fn man(args: &ManArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let command = (global.command_line)();
    match &args.out_dir {
        None => clap_mangen::Man::new(command).render(ui.out)?,
        Some(folder) => {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("could not create {}", folder.display()))?;
            clap_mangen::generate_to(command, folder)
                .with_context(|| format!("could not write the pages into {}", folder.display()))?;
            ui.note(&format!("Wrote the manual pages into {}", folder.display()))?;
        }
    }
    Ok(Outcome::Done)
}
