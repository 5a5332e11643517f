//! `lp check`: every error and warning in the library, file by file.

use crate::context::Global;
use crate::diagnostic::{self, Diagnostic};
use crate::english::plural;
use crate::library::Keep;
use crate::lint;
use crate::recovery;
use crate::render::json;
use crate::ui::{Outcome, Ui};
use clap::Args;

/// Report everything wrong or weak in the library, file by file
///
/// Loads every principle and story file and reports every problem, errors first
/// within each place, then runs the named checks over the stories that loaded, and
/// lists the recovery files waiting in .lp/recovered/ (text lp could not save).
/// The findings are the report and go to standard output; problems that stop the
/// check (no library found) go to standard error. Exits 1 when there is an error, 0
/// when there are only warnings or none.
#[derive(Debug, Args)]
#[command(after_help = format!(
    "{}\nExamples:\n  lp check\n  lp check --json",
    lint::help()
))]
pub struct CheckArgs {
    /// Print the findings as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &CheckArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    // Each story's own rules run as it is read; then only its outline is kept.
    let (loaded, digests) = global.load_with(ui, Keep::Outline, &lint::digest)?;
    let mut found = loaded.diagnostics.clone();
    found.extend(lint::across(&loaded.library.stories, digests));
    // Text lp could not save waits in recovery files until the person takes it.
    for file in recovery::waiting(&loaded.library.location.root) {
        let shown = loaded.library.display(&file.shown.to_string_lossy());
        let (message, hint) = match &file.kind {
            Some(kind) => (
                match kind.story() {
                    Some(id) => format!(
                        "a recovery file is waiting: a new version of stories/{id}.yaml that lp could not save"
                    ),
                    None => "a recovery file is waiting: a new story lp could not save".to_string(),
                },
                format!("`{}` takes it up again", kind.resume_command(&shown)),
            ),
            None => (
                "a recovery file is waiting: text lp could not save".to_string(),
                format!(
                    "`lp add --resume {}` makes it a new story, or `lp write ID --resume {}` puts it back into story ID; or copy what you need and delete the file",
                    crate::shell::quote(&shown.to_string_lossy()),
                    crate::shell::quote(&shown.to_string_lossy())
                ),
            ),
        };
        found.push(
            Diagnostic::warning(&shown, None, &message)
                .with_hint(hint)
                .with_rule("recovered"),
        );
    }
    diagnostic::sort(&mut found);
    let errors = found.iter().filter(|d| d.is_error()).count();
    if args.json {
        ui.json(json::Check {
            errors,
            warnings: found.len() - errors,
            diagnostics: &found,
        })?;
    } else {
        // The findings are the report the person asked for: standard output, so that
        // `lp check | less` shows them. Problems that stop the check stay on stderr.
        for d in &found {
            ui.out.write_all(d.render(ui.color_out).as_bytes())?;
        }
        let stories = loaded.library.stories.len();
        let summary = if found.is_empty() {
            format!("{}: no problems found", plural(stories, "story", "stories"))
        } else {
            format!(
                "{}: {}",
                plural(stories, "story loaded", "stories loaded"),
                diagnostic::summary(&found)
            )
        };
        writeln!(ui.out, "{summary}")?;
    }
    Ok(if errors > 0 {
        Outcome::Found
    } else {
        Outcome::Done
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn help_lists_every_rule() {
        let mut cli = crate::cli::Cli::command();
        let help = cli
            .find_subcommand_mut("check")
            .expect("check is a subcommand")
            .render_long_help()
            .to_string();
        for rule in crate::lint::RULES {
            assert!(
                help.contains(rule.name),
                "`lp check --help` does not list {}",
                rule.name
            );
        }
    }
}
