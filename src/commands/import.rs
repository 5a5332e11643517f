//! `lp import NOTES.md`: turn Markdown interview notes into story drafts.

use std::path::{Path, PathBuf};

use anyhow::bail;
use clap::Args;

use crate::context::Global;
use crate::diagnostic::Diagnostic;
use crate::english::plural;
use crate::import;
use crate::render::layout::wrap;
use crate::render::{json, text};
use crate::ui::{Outcome, Ui};
use crate::{coverage, library, story, story_yaml};

/// Turn Markdown interview notes into story drafts (a dry run unless --write)
///
/// Headings that name a principle open its section; sub-headings, thematic breaks and
/// paragraphs divide it into stories; labels such as **Situation:** or `S —` fill the
/// STAR parts; `Also:` lines add principles; unlabelled text goes to the draft's notes.
/// A table whose rows hold stories (lines joined by `<br>` in a cell), or a table of
/// your stories by name (a column headed "Story"), is read a row to a story. A
/// written-out interview (`INTERVIEWER:` and `CANDIDATE:` turns) is read a story to each
/// question that asks for one, the questions after it its follow-ups. A story that
/// names no principle (under another heading, or in a file with none) is linked to the
/// one the file's name names (`earnTrust.md`), or the notes' title (`# Round 2 —
/// Ownership Review`), else to the one its words are nearest, listed under "Check" to
/// confirm.
/// Everything else is listed as skipped, with its line numbers, so nothing is lost.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp import notes.md                 # show the plan; writes nothing\n  \
    lp import notes.md --write         # create the drafts in the library's stories/\n  \
    lp import notes.md --merge --write # make likely duplicates one story first\n  \
    lp import notes.md --merge 4+12 --write # only drafts 4 and 12\n  \
    lp import notes.md --json")]
pub struct ImportArgs {
    /// The Markdown file of notes
    pub file: PathBuf,

    /// Create the drafts as story files (status: draft); never replaces a file
    #[arg(long)]
    pub write: bool,

    /// Make drafts one draft linked to all their principles (a guessed one gives way to
    /// those the notes name): `all` the likely duplicates the report names (the
    /// default), or the pairs given by their numbers in the report, such as 4+12,6+16
    #[arg(long, value_name = "PAIRS", num_args = 0..=1, default_missing_value = "all")]
    pub merge: Option<String>,

    /// With --write, write drafts whose text is already in the library too (from an
    /// earlier import of the same notes); without it they are skipped
    #[arg(long, requires = "write")]
    pub force: bool,

    /// Match headings against this principle file instead of the library's set
    #[arg(long, value_name = "FILE")]
    pub principle_set: Option<PathBuf>,

    /// Walk through the drafts in the terminal first (keep, drop, merge with the
    /// previous, change principles or title), then write the ones kept
    #[arg(long, conflicts_with = "json")]
    pub review: bool,

    /// Print the plan as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ImportArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    if args.review && !crate::prompt::terminal() {
        bail!(crate::diagnostic::hinted(
            "lp import --review needs a terminal: it asks about each draft in turn",
            format!(
                "without a terminal, lp import {} shows the plan and --write writes it",
                crate::shell::quote(&args.file.to_string_lossy())
            )
        ));
    }
    let notes = shown(library::read_notes(&args.file), ui)?;
    let library = global.load_clean(ui)?;
    let set = match &args.principle_set {
        Some(path) => shown(library::read_set(path), ui)?,
        None => library.set.clone(),
    };
    // The Markdown parser holds every block in memory, some hundred bytes each: notes
    // of more blocks than anyone writes are refused before it reads them.
    let blocks = import::blocks_in(&notes);
    if blocks > import::MAX_BLOCKS {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} has about {blocks} blocks (headings and paragraphs); lp reads notes of at most {}",
                args.file.display(),
                import::MAX_BLOCKS
            ),
            "split the file into smaller ones and import each"
        ));
    }
    // A file named for a principle (`earnTrust.md`) says which one a story in it that
    // names none is for.
    let named = (args.file.file_stem())
        .and_then(|stem| import::file_principle(&stem.to_string_lossy(), &set))
        .map(|p| p.id.clone());
    let mut plan = import::plan_named(&notes, &set, named.as_deref());
    // Notes that cut into more drafts than anyone has stories are not interview notes
    // to review draft by draft: refused before the work that grows with each draft.
    if plan.drafts.len() > import::MAX_DRAFTS {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} would make {} drafts; lp imports at most {} at a time",
                args.file.display(),
                plan.drafts.len(),
                import::MAX_DRAFTS
            ),
            "split the file, or check that its headings are the stories' (a heading a line makes a draft a line)"
        ));
    }
    match args.merge.as_deref() {
        None => {}
        Some("all") => import::merge_duplicates(&mut plan),
        Some(pairs) => {
            let pairs = import::merge_pairs(pairs, plan.drafts.len())?;
            import::merge(&mut plan, &pairs);
            plan.duplicates = import::find_duplicates(&plan.drafts);
        }
    }
    let mut write = args.write;
    if args.review && !plan.drafts.is_empty() {
        crate::prompt::install_interrupt_handler();
        crate::prompt::note_if_ended("nothing was written");
        let theme = crate::prompt::theme(ui);
        writeln!(
            ui.err,
            "{}: {} to review. Nothing is written until the last one.",
            args.file.display(),
            plural(plan.drafts.len(), "draft", "drafts")
        )?;
        let titled: Vec<(usize, String)> = (plan.drafts.iter())
            .map(|d| (d.lines.0, d.story.title.clone()))
            .collect();
        match crate::drafting::import_review::review(&mut plan, &set, theme.as_ref(), ui) {
            Ok(crate::drafting::import_review::Reviewed::Write) => write = true,
            Ok(crate::drafting::import_review::Reviewed::Quit) => {
                writeln!(ui.err, "Quit: nothing was written.")?;
                return Ok(Outcome::Done);
            }
            Err(err) if crate::prompt::is_interrupt(&err) => {
                writeln!(ui.err, "\nInterrupted: nothing was written.")?;
                return Ok(Outcome::Interrupted);
            }
            Err(err) => return Err(err),
        }
        plan.duplicates = import::find_duplicates(&plan.drafts);
        reviewed_warnings(&mut plan, &titled);
    }
    // Every draft must load as a story before anything is written.
    let stories: Vec<_> = plan.drafts.iter().map(|d| d.to_story("draft")).collect();
    let texts: Vec<String> = stories.iter().map(story_yaml::to_yaml).collect();
    for ((story, text), draft) in stories.iter().zip(&texts).zip(&plan.drafts) {
        let (_, problems) = story::parse("draft", Path::new("draft.yaml"), text, Some(&set));
        if let Some(problem) = problems.iter().find(|d| d.is_error()) {
            bail!(crate::diagnostic::hinted(
                format!(
                    "the draft '{}' (lines {}–{}) would not load ({}); nothing was written",
                    story.title, draft.lines.0, draft.lines.1, problem.message
                ),
                "split that part of the notes into shorter stories, then import again"
            ));
        }
    }
    // One entry a draft: the file written, or None for a draft not written.
    let mut written: Vec<Option<PathBuf>> = Vec::new();
    let mut already = 0;
    let mut questions_added = 0;
    if write {
        let own: Vec<crate::questions::Question> = plan
            .questions
            .iter()
            .map(|q| crate::questions::Question {
                principle: q.principle.clone(),
                question: q.question.clone(),
            })
            .collect();
        questions_added = library.add_questions(&own)?;
        (written, already) = library.write_drafts(&plan.drafts, &stories, &texts, args.force)?;
    }
    let source = args.file.display().to_string();
    if args.json {
        let written = write.then_some(written.as_slice());
        ui.json(json::Import::new(&source, &set.name, &plan, written))?;
        return Ok(Outcome::Done);
    }
    let report = text::import_plan(&source, &plan, &set, args.merge.is_some(), ui.style_out());
    ui.out.write_all(report.as_bytes())?;
    if write {
        // The library as it now is: what was loaded, and what was just written.
        let new = stories
            .iter()
            .zip(&written)
            .filter(|(_, w)| w.is_some())
            .map(|(s, _)| s);
        let all: Vec<_> = library.stories.iter().chain(new).cloned().collect();
        let coverage = coverage::compute(&library.set, &all, &[], coverage::DEFAULT_TARGET);
        let report = text::import_written(&text::Written {
            files: &written,
            already,
            questions: questions_added,
            questions_file: &library.display(crate::library::QUESTIONS_LOG),
            coverage: &coverage,
            width: ui.style_out().width,
        });
        ui.out.write_all(report.as_bytes())?;
    } else if plan.drafts.is_empty() && !plan.questions.is_empty() {
        writeln!(
            ui.out,
            "\nNo story to import, and {} of your own. Run again with --write to keep them for lp practice and lp coverage.",
            plural(plan.questions.len(), "question", "questions")
        )?;
    } else if plan.drafts.is_empty() {
        // A heading names a principle, yet nothing under it reads as a story (a guide,
        // definitions, a notice): the skipped list says what each block was read as.
        let named = notes.lines().any(|line| {
            line.trim_start().strip_prefix('#').is_some_and(|h| {
                import::heading_principle(h.trim_start_matches('#'), &set).is_some()
            })
        });
        // Stories were found, and each set aside as someone else's (a guide's template,
        // a model's sample): the notes' headings are not the reason.
        let not_yours = plan.skipped.iter().any(|s| s.reason.contains("your own"));
        let message = if not_yours {
            format!(
                "Nothing to import: the stories in {source} read as someone else's, not yours (the skipped list above says why each was set aside)."
            )
        } else if named {
            format!(
                "Nothing to import: {source} names principles, but no block under them reads as a story (the skipped list above says what each was read as)."
            )
        } else {
            format!(
                "Nothing to import: no heading in {source} names a principle of '{}'.",
                set.name
            )
        };
        write!(ui.out, "\n{}", wrap(&message, ui.width, "", ""))?;
    } else {
        // Drafts whose text the library holds already are skipped by --write: the plan
        // says so, rather than promising them.
        let imported = import::Imported::new(&library.stories);
        let already = plan.drafts.iter().filter(|d| imported.holds(d)).count();
        let new = plan.drafts.len() - already;
        let message = if already == 0 {
            format!(
                "Dry run: nothing was written. Run again with --write to create {} in {}.",
                plural(new, "draft", "drafts"),
                library.display("stories").display()
            )
        } else if new == 0 {
            format!(
                "Dry run: nothing was written. {} in the library already, so --write would write nothing (pass --force to write {} anyway).",
                if already == 1 {
                    "The draft is".to_string()
                } else {
                    format!("All {already} drafts are")
                },
                if already == 1 { "it" } else { "them" }
            )
        } else {
            format!(
                "Dry run: nothing was written. Run again with --write to create {} in {}; {already} more {} in the library already and would be skipped (pass --force to write {} anyway).",
                plural(new, "draft", "drafts"),
                library.display("stories").display(),
                if already == 1 { "is" } else { "are" },
                if already == 1 { "it" } else { "them" }
            )
        };
        writeln!(ui.out, "\n{message}")?;
    }
    Ok(Outcome::Done)
}

/// What the library's reader gives, its problems shown first.
fn shown<T>(
    (read, problems): (anyhow::Result<T>, Vec<Diagnostic>),
    ui: &mut Ui,
) -> anyhow::Result<T> {
    ui.diagnostics(&problems)?;
    read
}

/// The report's checks once the person has reviewed the drafts: a guessed principle they
/// chose anew (or a draft they dropped) is no longer one to check, no check sends them
/// back to `--review`, and a draft they renamed is called by its new title. `titled`
/// holds each draft's first line and title before the review.
fn reviewed_warnings(plan: &mut import::ImportPlan, titled: &[(usize, String)]) {
    let guessed_at: Vec<String> = (plan.drafts.iter())
        .filter(|d| d.guessed)
        .map(|d| format!("line {}: ", d.lines.0))
        .collect();
    plan.warnings.retain(|w| {
        !w.contains(" names no principle; linked to ")
            || guessed_at.iter().any(|at| w.starts_with(at))
    });
    // `line 34: 'I was initially happy…' names no principle`, the draft at line 34
    // since renamed `Leaving Orkes`: the check names it as the person now does.
    let renamed: Vec<(String, &str)> = (plan.drafts.iter())
        .filter(|d| {
            (titled.iter()).any(|(line, title)| *line == d.lines.0 && *title != d.story.title)
        })
        .map(|d| (format!("line {}: '", d.lines.0), d.story.title.as_str()))
        .collect();
    for w in &mut plan.warnings {
        if let Some(kept) = w.strip_suffix(import::REVIEW_HINT) {
            *w = kept.trim_end().to_string();
        }
        let named = renamed
            .iter()
            .find(|(head, _)| w.starts_with(head.as_str()));
        if let Some((head, title)) = named
            && let Some(end) = w.find("' names no principle")
        {
            *w = format!("{head}{title}{}", &w[end..]);
        }
    }
}
