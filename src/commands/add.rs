//! `lp add`: draft a new story in the terminal, in the editor, or from flags, and never
//! lose what was typed.

use std::io::{IsTerminal, Read};

use anyhow::{Context, bail};
use clap::Args;

use super::args::StatusArg;
use crate::context::Global;
use crate::drafting::add;
use crate::model::{Part, PrincipleSet, Status, Story};
use crate::prompt;
use crate::ui::{Outcome, Ui};

/// Draft a new story: prompts in a terminal, flags for scripts, or the editor
///
/// In a terminal, lp asks for what the flags did not give: the title, the principles
/// (the ones with no story yet first), Situation, Task, Action and Result (each typed on
/// one line, or `e` to write it in the editor), what you learned, tags, when, and the
/// status; it shows the story and its spoken length and asks before saving. Without a
/// terminal, --title and --principle are required and nothing is asked. A field given
/// as `-` is read from the standard input. The story is written to
/// stories/<title-as-a-slug>.yaml, never over an existing file. Ctrl-C saves what you
/// typed in a recovery file.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp add\n  \
    lp add --editor\n  \
    lp add --title 'Cut release failures to 2%' --principle ownership --principle 'Dive Deep' \\\n         \
    --situation 'Nightly releases failed one night in four.' --yes\n  \
    git log -1 --format=%B | lp add --title 'Fixed the cache' --principle dive-deep --action - --yes")]
pub struct AddArgs {
    /// The story's title
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// A principle the story illustrates (id or name); repeat it, the primary first
    #[arg(long = "principle", value_name = "PRINCIPLE", add = clap_complete::ArgValueCandidates::new(crate::complete::principle_ids))]
    pub principles: Vec<String>,

    /// The situation (`-` reads it from the standard input)
    #[arg(long, value_name = "TEXT")]
    pub situation: Option<String>,

    /// The task
    #[arg(long, value_name = "TEXT")]
    pub task: Option<String>,

    /// The action: what you did
    #[arg(long, value_name = "TEXT")]
    pub action: Option<String>,

    /// The result
    #[arg(long, value_name = "TEXT")]
    pub result: Option<String>,

    /// What you learned, or would do differently
    #[arg(long, value_name = "TEXT")]
    pub learned: Option<String>,

    /// A tag; repeat for more
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// When it happened (free text, such as 2023)
    #[arg(long, value_name = "TEXT")]
    pub when: Option<String>,

    /// The story's status (draft by default)
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<StatusArg>,

    /// Save without asking for confirmation
    #[arg(short, long)]
    pub yes: bool,

    /// Write the story in $VISUAL or $EDITOR, from a commented template
    #[arg(long, conflicts_with = "yes")]
    pub editor: bool,

    /// Add the story kept in a recovery file (the newest in .lp/recovered/ without FILE):
    /// shown with its findings before it is saved; the file is removed once it is
    #[arg(
        long,
        value_name = "FILE",
        num_args = 0..=1,
        default_missing_value = "",
        conflicts_with_all = ["editor", "title", "principles", "situation", "task", "action", "result", "learned", "tags", "when", "status"]
    )]
    pub resume: Option<String>,
}

pub fn run(args: &AddArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_for_writing(ui)?;
    // Outside any library the story starts one, in the data folder: said before.
    if library.location.origin == crate::library::Origin::Default
        && !library.location.stories_dir().is_dir()
    {
        ui.note(&format!(
            "note: the story will start a library in {} (no --dir, $LP_DIR or stories/ folder here); `lp init DIR` makes one elsewhere",
            library.location.root.display()
        ))?;
    }
    if let Some(file) = &args.resume {
        return add::resume(args.yes, &library, std::path::Path::new(file), ui);
    }
    let mut story = from_flags(args, &library.set)?;
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if args.editor {
        return add::with_editor(&library, story, ui);
    }
    let complete = !story.title.trim().is_empty() && !story.principles.is_empty();
    if !terminal {
        if !complete {
            let mut missing = Vec::new();
            if story.title.trim().is_empty() {
                missing.push("--title");
            }
            if story.principles.is_empty() {
                missing.push("--principle");
            }
            bail!(crate::diagnostic::hinted(
                format!(
                    "no terminal to ask in, and {} {} missing",
                    missing.join(" and "),
                    if missing.len() == 1 { "is" } else { "are" }
                ),
                format!(
                    "pass {}, or run `lp add` in a terminal, or `lp add --editor`",
                    missing.join(" and ")
                )
            ));
        }
        return add::save(&library, None, &story, ui);
    }
    if complete && args.yes {
        return add::save(&library, None, &story, ui);
    }
    prompt::install_interrupt_handler();
    let theme = prompt::theme(ui);
    let given = |field: add::Field| match field {
        add::Field::Part(part) => given_part(args, part).is_some(),
        add::Field::Tags => !args.tags.is_empty(),
        add::Field::When => args.when.is_some(),
        add::Field::Status => args.status.is_some(),
        add::Field::Title | add::Field::Principles => false,
    };
    if let Err(error) = add::ask(&given, &library, &mut story, theme.as_ref(), ui) {
        return if prompt::is_interrupt(&error) {
            add::interrupted(&library, None, &story, ui)
        } else {
            Err(error)
        };
    }
    add::review(args.yes, &library, None, story, theme.as_ref(), ui).map(|(outcome, _)| outcome)
}

/// The story as far as the flags give it.
fn from_flags(args: &AddArgs, set: &PrincipleSet) -> anyhow::Result<Story> {
    let parts = Part::ALL.map(|p| (p.key(), given_part(args, p)));
    let fields = [("title", &args.title), ("when", &args.when)];
    let from_stdin: Vec<String> = fields
        .into_iter()
        .chain(parts)
        .filter(|(_, v)| v.as_deref() == Some("-"))
        .map(|(key, _)| format!("--{key}"))
        .collect();
    if from_stdin.len() > 1 {
        bail!(crate::diagnostic::hinted(
            format!(
                "only one field can be read from the standard input, but {} are '-'",
                from_stdin.join(" and ")
            ),
            "give the others as text"
        ));
    }
    let mut stdin_text = None;
    if !from_stdin.is_empty() {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("could not read the standard input")?;
        stdin_text = Some(text);
    }
    let value = |v: &Option<String>| -> String {
        match v.as_deref() {
            Some("-") => stdin_text.clone().unwrap_or_default(),
            Some(text) => text.to_string(),
            None => String::new(),
        }
    };
    let mut story = Story {
        title: value(&args.title).trim().to_string(),
        principles: prompt::resolve_principles(&args.principles, set)?,
        status: args.status.map_or(Status::Draft, Into::into),
        when: value(&args.when).trim().to_string(),
        tags: args
            .tags
            .iter()
            .flat_map(|t| t.split(','))
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
        ..Story::default()
    };
    for part in Part::ALL {
        *story.part_mut(part) = prompt::block(&value(given_part(args, part)));
    }
    Ok(story)
}

/// The text a flag gave for a part, if any.
fn given_part(args: &AddArgs, part: Part) -> &Option<String> {
    match part {
        Part::Situation => &args.situation,
        Part::Task => &args.task,
        Part::Action => &args.action,
        Part::Result => &args.result,
        Part::Learned => &args.learned,
    }
}
