//! `lp export`: every answer as one document to read before the interview.

use std::path::PathBuf;

use super::args::StatusArg;
use crate::atomic;
use crate::context::Global;
use crate::render::markdown::{self, ExportOptions, Grouping};
use crate::render::{self, json};
use crate::ui::{Outcome, Ui};
use clap::{Args, ValueEnum};

/// Write every answer as one document (Markdown, HTML, JSON or flashcard CSV)
///
/// A title and a table of contents, then, for each principle in set order, each
/// story that serves it as an answer: Situation, Task, Action, Result (and What I
/// learned and follow-ups, when written), its spoken length and the other principles
/// it serves. Principles with no story are marked as gaps, with questions to prepare.
/// Private notes are left out unless --include-notes is given.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp export -o answers.md\n  \
    lp export --principle 'Dive Deep,Ownership' --status ready\n  \
    lp export --format html -o answers.html   # a printable page\n  \
    lp export --format csv -o cards.csv       # flashcards for Anki\n  \
    lp export --by story --format json")]
pub struct ExportArgs {
    /// The document's format
    #[arg(long, value_enum, default_value_t = Format::Markdown, value_name = "FORMAT")]
    pub format: Format,

    /// The same as --format json
    #[arg(long, conflicts_with = "format")]
    pub json: bool,

    /// Group the answers by principle (the default), or list each story once (Markdown)
    #[arg(long, value_enum, value_name = "BY")]
    pub by: Option<By>,

    /// Only these principles (ids or names, comma-separated or repeated)
    #[arg(long, value_name = "LIST", add = clap_complete::ArgValueCandidates::new(crate::complete::principle_ids))]
    pub principle: Vec<String>,

    /// Only these stories (ids, comma-separated or repeated)
    #[arg(long, value_name = "ID", add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub story: Vec<String>,

    /// Only stories with this status
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<StatusArg>,

    /// Include each story's private notes
    #[arg(long)]
    pub include_notes: bool,

    /// Write the document to FILE instead of the standard output (never replacing a
    /// file without --force; a pipe or device such as /dev/stdout is written as it is)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE when it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    /// One self-contained, printable page
    Html,
    Json,
    /// Flashcards for Anki: one card per (question, story)
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    Principle,
    Story,
}

pub fn run(args: &ExportArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    if args.by.is_some() && (args.json || args.format != Format::Markdown) {
        anyhow::bail!(crate::diagnostic::hinted(
            format!(
                "--by applies to the Markdown document only: the {} is always {}",
                match (args.json, args.format) {
                    (true, _) | (_, Format::Json) => "JSON export",
                    (_, Format::Html) => "HTML page",
                    _ => "flashcard deck",
                },
                match (args.json, args.format) {
                    (true, _) | (_, Format::Json) => "a list of stories",
                    (_, Format::Html) => "grouped by principle",
                    _ => "one card a question",
                }
            ),
            "drop --by, or export Markdown with `lp export --by story`"
        ));
    }
    atomic::refuse_existing(args.output.as_deref(), args.force)?;
    let library = global.load_clean(ui)?;
    if let Some(path) = &args.output {
        library.refuse_inside(path)?;
    }
    let set = &library.set;
    let mut focus = set.resolve_list(&args.principle)?;
    if focus.is_empty() {
        focus = set.principles.iter().map(|p| p.id.clone()).collect();
    }
    let mut chosen_ids = Vec::new();
    for id in args
        .story
        .iter()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        chosen_ids.push(library.find(id)?.id.clone());
    }
    let filter = crate::model::StoryFilter {
        status: args.status.map(Into::into),
        principles: focus.clone(),
        ids: chosen_ids.clone(),
    };
    let stories = filter.apply(&library.stories);
    // With a story or status filter, a principle whose stories were all filtered out is
    // left out; one with no story in the whole library still shows as a gap.
    if !chosen_ids.is_empty() || args.status.is_some() {
        focus.retain(|id| {
            let serves = |s: &crate::model::Story| s.principles.contains(id);
            stories.iter().copied().any(serves) || !library.stories.iter().any(serves)
        });
    }
    let document = if args.json || args.format == Format::Json {
        let principles: Vec<_> = set
            .principles
            .iter()
            .filter(|p| focus.contains(&p.id))
            .collect();
        json::document(json::Export {
            set: &set.name,
            principles,
            stories: stories
                .iter()
                .filter(|s| s.is_written())
                .map(|s| json::StoryDoc::new(s, args.include_notes))
                .collect(),
            to_write: stories
                .iter()
                .copied()
                .filter(|s| !s.is_written())
                .map(json::ToWrite::from)
                .collect(),
        })?
    } else if args.format == Format::Html {
        render::html::export(set, &stories, &focus, args.include_notes)
    } else if args.format == Format::Csv {
        let unwritten = stories.iter().filter(|s| !s.is_written()).count();
        if unwritten > 0 {
            ui.note(&format!(
                "note: {} still to write made no card; `lp write` turns them into answers",
                crate::english::plural(unwritten, "story", "stories")
            ))?;
        }
        render::flashcards::flashcards(set, &stories)
    } else {
        String::new()
    };
    // The Markdown document is written as it is made, section by section: for a large
    // library it is never held whole in memory.
    let options = ExportOptions {
        grouping: match args.by.unwrap_or(By::Principle) {
            By::Principle => Grouping::Principle,
            By::Story => Grouping::Story,
        },
        principles: focus,
        include_notes: args.include_notes,
    };
    let markdown = !(args.json || matches!(args.format, Format::Json | Format::Html | Format::Csv));
    let mut write = |out: &mut dyn std::io::Write| {
        if markdown {
            markdown::export_to(set, &stories, &options, out)
        } else {
            out.write_all(document.as_bytes())
        }
    };
    match &args.output {
        None => write(&mut ui.out)?,
        Some(path) => {
            atomic::write_output(path, atomic::Contents::Written(&mut write), args.force)?;
            let written = stories.iter().filter(|s| s.is_written()).count();
            let waiting = stories.len() - written;
            ui.note(&format!(
                "Wrote {} ({}{})",
                path.display(),
                crate::english::plural(written, "answer", "answers"),
                if waiting > 0 {
                    format!("; {waiting} still to write")
                } else {
                    String::new()
                }
            ))?;
        }
    }
    Ok(Outcome::Done)
}
