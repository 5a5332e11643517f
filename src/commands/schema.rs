//! `lp schema story|principles`: the JSON Schema of a file kind, for editors.

use clap::{Args, ValueEnum};

use crate::context::Global;
use crate::schema;
use crate::ui::{Outcome, Ui};

/// Print the JSON Schema of a story or principle file, for editors
///
/// Editors that understand YAML schemas (the YAML language server behind VS Code,
/// Neovim, Helix and Zed) then complete keys and principle ids and flag mistakes as you
/// type. The story schema lists the principles of the library in use (its own set, or
/// the built-in one). `lp init --schema` writes both into the library's .lp/schema/ and
/// points its stories at them.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  lp schema story > story.schema.json\n  lp schema principles")]
pub struct SchemaArgs {
    /// Which file kind
    #[arg(value_enum)]
    pub kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    Story,
    Principles,
}

pub fn run(args: &SchemaArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let value = match args.kind {
        Kind::Story => {
            // The library's set when there is a library, else the built-in one.
            // Only the principle set: a story with an error, the thing the schema helps
            // to fix, does not stand in the way.
            let set = match global.locate().ok() {
                Some(location) if location.stories_dir().is_dir() => {
                    let (set, problems, ok) = crate::library::load_set(&location)?;
                    ui.diagnostics(&problems)?;
                    if !ok {
                        return Err(crate::diagnostic::Reported.into());
                    }
                    set
                }
                _ => crate::principles::builtin(),
            };
            schema::story(&set)
        }
        Kind::Principles => schema::principles(),
    };
    let text = serde_json::to_string_pretty(&value)? + "\n";
    ui.out
        .write_all(crate::ui::json_escaped(&text).as_bytes())?;
    Ok(Outcome::Done)
}
