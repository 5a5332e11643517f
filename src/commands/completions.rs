//! `lp completions SHELL` and `lp man`: lp in the shell and in `man`.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use crate::context::Global;
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
    if args.shell == Shell::Bash {
        ui.out.write_all(bash_registration(&completer).as_bytes())?;
        return Ok(Outcome::Done);
    }
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

/// The bash code that asks this binary for candidates, as clap's does, with two
/// differences that keep a hostile file name from running as a command: the answer
/// is split without glob expansion, and each candidate is quoted for bash (`%q`)
/// before it is inserted. The binary's path is quoted too, so a path with a space
/// works.
fn bash_registration(completer: &str) -> String {
    let completer = crate::shell::quote(completer);
    format!(
        r#"
_clap_complete_lp() {{
    local IFS=$'\013'
    local _CLAP_COMPLETE_INDEX=${{COMP_CWORD}}
    local _CLAP_COMPLETE_COMP_TYPE=${{COMP_TYPE}}
    if compopt +o nospace 2> /dev/null; then
        local _CLAP_COMPLETE_SPACE=false
    else
        local _CLAP_COMPLETE_SPACE=true
    fi
    local words=("${{COMP_WORDS[@]}}")
    if [[ "${{BASH_VERSINFO[0]}}" -ge 4 ]]; then
        words[COMP_CWORD]="$2"
    fi
    local answer
    answer=$( \
        _CLAP_IFS="$IFS" \
        _CLAP_COMPLETE_INDEX="$_CLAP_COMPLETE_INDEX" \
        _CLAP_COMPLETE_COMP_TYPE="$_CLAP_COMPLETE_COMP_TYPE" \
        _CLAP_COMPLETE_SPACE="$_CLAP_COMPLETE_SPACE" \
        COMPLETE="bash" \
        {completer} -- "${{words[@]}}" \
    ) || {{ unset COMPREPLY; return; }}
    COMPREPLY=()
    local candidate
    local -a candidates=()
    [[ -n "$answer" ]] && IFS=$'\013' read -r -d '' -a candidates < <(printf '%s\013' "$answer")
    for candidate in "${{candidates[@]}}"; do
        [[ -z "$candidate" ]] && continue
        if [[ "$candidate" == *[!A-Za-z0-9_./:=,@+%-]* ]]; then
            printf -v candidate '%q' "$candidate"
        fi
        COMPREPLY+=("$candidate")
    done
    if [[ $_CLAP_COMPLETE_SPACE == false ]] && [[ "${{COMPREPLY-}}" =~ [=/:]$ ]]; then
        compopt -o nospace
    fi
}}
if [[ "${{BASH_VERSINFO[0]}}" -eq 4 && "${{BASH_VERSINFO[1]}}" -ge 4 || "${{BASH_VERSINFO[0]}}" -gt 4 ]]; then
    complete -o nospace -o bashdefault -o nosort -F _clap_complete_lp lp
else
    complete -o nospace -o bashdefault -F _clap_complete_lp lp
fi
"#
    )
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

    /// Replace pages already in the folder (a link there is replaced, never its target)
    #[arg(long, requires = "out_dir")]
    pub force: bool,
}

/// Every page `lp man --out-dir` writes: lp.1 and one per command, as
/// `clap_mangen::generate_to` names them, rendered in memory.
fn pages(command: clap::Command) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    fn walk(command: clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> anyhow::Result<()> {
        for sub in command
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
            .cloned()
        {
            walk(sub, out)?;
        }
        let man = clap_mangen::Man::new(command);
        let mut page = Vec::new();
        man.render(&mut page)?;
        out.push((man.get_filename(), page));
        Ok(())
    }
    let mut command = command.disable_help_subcommand(true);
    command.build();
    let mut out = Vec::new();
    walk(command, &mut out)?;
    Ok(out)
}

pub fn man(args: &ManArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let command = (global.command_line)();
    match &args.out_dir {
        None => clap_mangen::Man::new(command).render(ui.out)?,
        Some(folder) => {
            let pages = pages(command)?;
            // Pages already there (CUPS's lp.1 among them) are not replaced unasked.
            let taken: Vec<&str> = pages
                .iter()
                .map(|(name, _)| name.as_str())
                .filter(|name| folder.join(name).symlink_metadata().is_ok())
                .collect();
            if !taken.is_empty() && !args.force {
                anyhow::bail!(crate::diagnostic::hinted(
                    format!(
                        "{} already {} in {}, so nothing was written",
                        crate::english::quoted_or_list(&taken),
                        if taken.len() == 1 { "is" } else { "are" },
                        folder.display()
                    ),
                    format!(
                        "pass --force to replace {}, or choose another folder",
                        if taken.len() == 1 { "it" } else { "them" }
                    )
                ));
            }
            std::fs::create_dir_all(folder)
                .with_context(|| format!("could not create {}", folder.display()))?;
            for (name, page) in &pages {
                let path = folder.join(name);
                if args.force {
                    crate::atomic::replace_no_follow(&path, page)?;
                } else {
                    crate::atomic::create_new(&path, page)?;
                }
            }
            ui.note(&format!("Wrote the manual pages into {}", folder.display()))?;
        }
    }
    Ok(Outcome::Done)
}
