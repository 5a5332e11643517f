//! What the commands that ask questions in a terminal (`add`, `write`) share: the
//! prompt theme, Ctrl-C at a prompt, principles typed as names, and one part of a
//! story written in the editor. Part of the interactive layer beside `ui` and `editor`.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, bail};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::editor;
use crate::model::{Part, PrincipleSet, Story};
use crate::ui::Ui;
use crate::{recovery, suggest};

/// Whether both ends of a conversation are a terminal.
pub fn terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The prompts' theme: colour when stderr has it. The chosen item of a list is marked
/// by `>` (and ticked items by `[x]`), never by colour alone.
pub fn theme(ui: &Ui) -> Box<dyn Theme> {
    if ui.color_err {
        Box::new(ColorfulTheme {
            active_item_prefix: console::style(">".to_string()).for_stderr().green(),
            checked_item_prefix: console::style("[x]".to_string()).for_stderr().green(),
            unchecked_item_prefix: console::style("[ ]".to_string()).for_stderr(),
            ..ColorfulTheme::default()
        })
    } else {
        Box::new(SimpleTheme)
    }
}

/// Ctrl-C at a prompt reaches `lp` twice: console reads it as a key and fails the
/// prompt with an "interrupted" error, then raises SIGINT. The prompt's error is
/// handled where the typed text is; the signal handler only keeps the default action
/// from killing `lp` before that, and shows the cursor again.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        use std::io::Write as _;
        let mut err = std::io::stderr();
        if err.is_terminal() {
            let _ = write!(err, "\x1b[?25h");
        }
    });
}

/// Shows the cursor again after a prompt was interrupted.
pub fn show_cursor(ui: &mut Ui) -> std::io::Result<()> {
    if std::io::stderr().is_terminal() {
        write!(ui.err, "\x1b[?25h")?;
    }
    Ok(())
}

/// Whether an error is a prompt interrupted by Ctrl-C.
pub fn is_interrupt(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        matches!(cause.downcast_ref::<dialoguer::Error>(), Some(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted)
            || cause
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::Interrupted)
    })
}

/// Text for a part: trailing blank lines trimmed, ending in one newline.
pub fn block(text: &str) -> String {
    let text = text.trim_end();
    if text.trim().is_empty() {
        String::new()
    } else {
        format!("{text}\n")
    }
}

/// Principles as given (the primary first), each resolved from an id, name or alias;
/// items may be comma-separated.
pub fn resolve_principles(given: &[String], set: &PrincipleSet) -> anyhow::Result<Vec<String>> {
    let mut ids: Vec<String> = Vec::new();
    for name in given
        .iter()
        .flat_map(|g| g.split(','))
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let Some(p) = set.resolve(name) else {
            let near = set.suggest(name);
            let hint = if near.is_empty() {
                "`lp principles` lists them".to_string()
            } else {
                format!("did you mean {}?", suggest::quoted_list(&near))
            };
            bail!("unknown principle '{name}'\n  hint: {hint}");
        };
        if !ids.contains(&p.id) {
            ids.push(p.id.clone());
        }
    }
    Ok(ids)
}

/// Asks for a story's title; Enter keeps `current` when there is one. The current
/// title is shown made visible (prompts write to the terminal themselves), and kept
/// as it is.
pub fn ask_title(theme: &dyn Theme, current: &str) -> anyhow::Result<String> {
    let current = current.trim();
    let prompt = if current.is_empty() {
        "Title".to_string()
    } else {
        format!(
            "Title (Enter keeps it) [{}]",
            crate::visible::visible(current)
        )
    };
    let typed = dialoguer::Input::<String>::with_theme(theme)
        .with_prompt(prompt)
        .allow_empty(!current.is_empty())
        .validate_with(|t: &String| {
            if t.trim().is_empty() && current.is_empty() {
                Err("a story needs a title")
            } else {
                Ok(())
            }
        })
        .interact_text()
        .context("could not read the title")?;
    Ok(match typed.trim() {
        "" => current.to_string(),
        typed => typed.to_string(),
    })
}

/// The line below which the file a part is written in holds only help, ignored.
pub const CUT_LINE: &str = "# ------------------------ >8 ------------------------";

/// What became of a part written in the editor.
pub enum Edited {
    /// The text, with the help below the cut line taken off.
    Text(String),
    /// The editor could not start or failed. What it left, if anything, is in the
    /// recovery file named; the caller asks on one line instead.
    Failed {
        error: anyhow::Error,
        kept: Option<PathBuf>,
    },
}

/// Writes one part in the editor: a temporary file named after the story and the
/// part, holding `current` above the cut line and `help` (the notes, guidance) as
/// comments below it. An editor that fails never loses the text: whatever it left
/// in the file is kept in a recovery file under `root`.
pub fn part_in_editor(
    root: &std::path::Path,
    name: &str,
    current: &str,
    help: &str,
) -> anyhow::Result<Edited> {
    let file = tempfile::Builder::new()
        .prefix(&format!("lp-{name}-"))
        .suffix(".md")
        .tempfile()
        .context("could not create a file for the editor")?;
    let mut initial = current.trim_end().to_string();
    initial.push_str("\n\n");
    initial.push_str(CUT_LINE);
    initial.push_str("\n# Write above this line; everything below it is ignored.\n");
    for line in help.lines() {
        initial.push_str(format!("# {line}").trim_end());
        initial.push('\n');
    }
    std::fs::write(file.path(), &initial).context("could not write the file for the editor")?;
    let outcome = editor::edit(file.path());
    let written = std::fs::read(file.path())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let text = match written.find(CUT_LINE) {
        Some(cut) => written[..cut].to_string(),
        None => written.clone(),
    };
    match outcome {
        Ok(()) => Ok(Edited::Text(block(&text))),
        Err(error) => {
            let kept = if written != initial && !text.trim().is_empty() {
                Some(recovery::save(root, name, &text)?)
            } else {
                None
            };
            Ok(Edited::Failed { error, kept })
        }
    }
}

/// Asks for one part on one line, or in the editor with `e`; Enter keeps `current`
/// (nothing, for a new story) and, when there is text, `-` clears it. When the editor
/// fails, says so, names the recovery file that keeps what it left, and asks again.
pub fn ask_part(
    theme: &dyn Theme,
    ui: &mut Ui,
    root: &std::path::Path,
    file_name: &str,
    part: Part,
    current: &str,
    help: &str,
) -> anyhow::Result<String> {
    let name = part.label();
    loop {
        let question = if current.trim().is_empty() {
            format!("{name} (Enter to skip, e for the editor)")
        } else {
            format!("{name} (Enter keeps it, e for the editor, - clears it)")
        };
        let typed = dialoguer::Input::<String>::with_theme(theme)
            .with_prompt(question)
            .allow_empty(true)
            .interact_text()
            .with_context(|| format!("could not read the {}", name.to_lowercase()))?;
        match typed.trim() {
            "" => return Ok(current.to_string()),
            "-" if !current.trim().is_empty() => return Ok(String::new()),
            "e" => match part_in_editor(root, file_name, current, help)? {
                Edited::Text(text) => return Ok(text),
                Edited::Failed { error, kept } => {
                    writeln!(ui.err, "error: {error:#}")?;
                    if let Some(kept) = kept {
                        writeln!(
                            ui.err,
                            "What the editor left is kept in {}; copy it from there.",
                            kept.display()
                        )?;
                    }
                    writeln!(
                        ui.err,
                        "Type the {} on one line instead.",
                        name.to_lowercase()
                    )?;
                }
            },
            _ => return Ok(block(&typed)),
        }
    }
}

/// The text to keep in a recovery file for a story that could not be saved.
pub fn recovery_text(story: &Story, why: &str) -> String {
    format!(
        "# {why}; this is what was typed. Fix it and move it to stories/,\n# or copy what you need from it.\n{}",
        crate::story_yaml::to_yaml(story)
    )
}
