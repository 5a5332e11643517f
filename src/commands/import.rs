//! `lp import NOTES.md`: turn Markdown interview notes into story drafts.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;

use crate::context::Global;
use crate::diagnostic::Diagnostic;
use crate::english::plural;
use crate::import;
use crate::model::PrincipleSet;
use crate::render::layout::wrap;
use crate::render::{json, text};
use crate::ui::{Outcome, Reported, Ui};
use crate::{atomic, coverage, library, principles, story, story_yaml, yaml};

/// The most blocks (headings and paragraphs) a notes file may have.
const MAX_BLOCKS: usize = 200_000;

/// About how many blocks Markdown text has: headings, and lines of text after a blank
/// line or a heading. One pass, no parsing.
fn blocks_in(text: &str) -> usize {
    let mut blocks = 0;
    let mut after_break = true;
    for line in text.lines() {
        let line = line.trim_start();
        if line.is_empty() {
            after_break = true;
        } else if line.starts_with('#') {
            blocks += 1;
            after_break = true;
        } else {
            blocks += usize::from(after_break);
            after_break = false;
        }
    }
    blocks
}

/// The most drafts one import makes.
const MAX_DRAFTS: usize = 10_000;

/// The largest notes file `lp import` reads.
const MAX_NOTES_BYTES: usize = 16 * 1024 * 1024;

/// Turn Markdown interview notes into story drafts (a dry run unless --write)
///
/// Headings that name a principle open its section; sub-headings, thematic breaks and
/// paragraphs divide it into stories; labels such as **Situation:** or `S —` fill the
/// STAR parts; `Also:` lines add principles; unlabelled text goes to the draft's notes.
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

    /// Make drafts one draft linked to all their principles: `all` the likely duplicates
    /// the report names (the default), or the pairs given by their numbers in the
    /// report, such as 4+12,6+16
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
    let notes = read_notes(&args.file, ui)?;
    let library = global.load_clean(ui)?;
    let set = match &args.principle_set {
        Some(path) => read_set(path, ui)?,
        None => library.set.clone(),
    };
    // The Markdown parser holds every block in memory, some hundred bytes each: notes
    // of more blocks than anyone writes are refused before it reads them.
    let blocks = blocks_in(&notes);
    if blocks > MAX_BLOCKS {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} has about {blocks} blocks (headings and paragraphs); lp reads notes of at most {MAX_BLOCKS}",
                args.file.display()
            ),
            "split the file into smaller ones and import each"
        ));
    }
    let mut plan = import::plan(&notes, &set);
    // Notes that cut into more drafts than anyone has stories are not interview notes
    // to review draft by draft: refused before the work that grows with each draft.
    if plan.drafts.len() > MAX_DRAFTS {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} would make {} drafts; lp imports at most {MAX_DRAFTS} at a time",
                args.file.display(),
                plan.drafts.len()
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
        let theme = crate::prompt::theme(ui);
        writeln!(
            ui.err,
            "{}: {} to review. Nothing is written until the last one.",
            args.file.display(),
            plural(plan.drafts.len(), "draft", "drafts")
        )?;
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
        let folder = library.location.stories_dir();
        let imported = import::Imported::new(&library.stories);
        let mut to_write: Vec<(String, Vec<u8>)> = Vec::new();
        let mut chosen: Vec<bool> = Vec::new();
        for ((story, text), draft) in stories.iter().zip(&texts).zip(&plan.drafts) {
            // Importing the same notes twice writes nothing new.
            let write = args.force || !imported.holds(draft);
            if write {
                to_write.push((
                    story_yaml::slug(&story.title),
                    library.story_file(text).into_bytes(),
                ));
            } else {
                already += 1;
            }
            chosen.push(write);
        }
        // The person's own questions, kept for practice and coverage.
        let own: Vec<crate::questions::Question> = plan
            .questions
            .iter()
            .map(|q| crate::questions::Question {
                principle: q.principle.clone(),
                question: q.question.clone(),
            })
            .collect();
        questions_added = library.add_questions(&own)?;
        // One flush to disk for all the drafts, not one each.
        let (paths, error) = atomic::create_free_batch(&folder, &to_write, "yaml");
        if let Some(error) = error {
            return Err(error.context(format!(
                "stopped after writing {}",
                plural(paths.len(), "draft", "drafts")
            )));
        }
        let mut paths = paths.into_iter();
        for write in chosen {
            written.push(if write {
                paths.next().map(|path| {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    library.display(&format!("stories/{name}"))
                })
            } else {
                None
            });
        }
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
        let count = written.iter().flatten().count();
        if already > 0 {
            writeln!(
                ui.out,
                "\n{already} already imported, {count} written: {} in the library already (pass --force to write {} anyway).",
                if already == 1 {
                    "its text is"
                } else {
                    "their text is"
                },
                if already == 1 { "it" } else { "them" }
            )?;
        }
        if count > 0 || already == 0 {
            writeln!(ui.out, "\nWrote {}:", plural(count, "draft", "drafts"))?;
        }
        for path in written.iter().flatten() {
            writeln!(ui.out, "  {}", path.display())?;
        }
        if questions_added > 0 {
            writeln!(
                ui.out,
                "Kept {} of your own in {}: lp practice asks them, lp coverage names them for a gap.",
                plural(questions_added, "question", "questions"),
                library.display(crate::library::QUESTIONS_LOG).display()
            )?;
        }
        // The library as it now is: what was loaded, and what was just written.
        let new = stories
            .iter()
            .zip(&written)
            .filter(|(_, w)| w.is_some())
            .map(|(s, _)| s);
        let all: Vec<_> = library.stories.iter().chain(new).cloned().collect();
        let report = coverage::compute(&library.set, &all, &[], coverage::DEFAULT_TARGET);
        let covered = report.rows.iter().filter(|r| r.stories > 0).count();
        writeln!(
            ui.out,
            "Coverage now: {covered} of {} {} a written answer; {} to write. `lp write` turns a draft into an answer, the most useful first.",
            plural(report.rows.len(), "principle", "principles"),
            if covered == 1 { "has" } else { "have" },
            plural(report.to_write_count, "story", "stories")
        )?;
    } else if plan.drafts.is_empty() && !plan.questions.is_empty() {
        writeln!(
            ui.out,
            "\nNo story to import, and {} of your own. Run again with --write to keep them for lp practice and lp coverage.",
            plural(plan.questions.len(), "question", "questions")
        )?;
    } else if plan.drafts.is_empty() {
        let message = format!(
            "Nothing to import: no heading in {source} names a principle of '{}'.",
            set.name
        );
        write!(ui.out, "\n{}", wrap(&message, ui.width, "", ""))?;
    } else {
        writeln!(
            ui.out,
            "\nDry run: nothing was written. Run again with --write to create {} in {}.",
            plural(plan.drafts.len(), "draft", "drafts"),
            library.display("stories").display()
        )?;
    }
    Ok(Outcome::Done)
}

fn read_notes(path: &Path, ui: &mut Ui) -> anyhow::Result<String> {
    if path.is_dir() {
        bail!(crate::diagnostic::hinted(
            format!("{} is a folder", path.display()),
            "name a Markdown file of notes"
        ));
    }
    let could_not_read = |err: std::io::Error| {
        anyhow::anyhow!(crate::diagnostic::hinted(
            format!("could not read {}: {err}", path.display()),
            "check the path; it is relative to the folder you run lp in"
        ))
    };
    let Some(bytes) = library::read_at_most(path, MAX_NOTES_BYTES).map_err(could_not_read)? else {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} is over the limit of {} MiB for a notes file",
                path.display(),
                MAX_NOTES_BYTES / (1024 * 1024)
            ),
            "split it into smaller files and import each"
        ));
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text)),
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let pos = yaml::pos_at(&String::from_utf8_lossy(&bytes[..valid]), valid);
            let d = Diagnostic::error(path, Some(pos), "file is not valid UTF-8 text")
                .with_hint("save the notes as UTF-8 in your editor");
            ui.diagnostics(&[d])?;
            Err(Reported.into())
        }
    }
}

fn read_set(path: &Path, ui: &mut Ui) -> anyhow::Result<PrincipleSet> {
    let bytes = library::read_at_most(path, yaml::MAX_FILE_BYTES)
        .with_context(|| format!("could not read {}", path.display()))?;
    let text = bytes
        .ok_or_else(|| yaml::too_large(path, None))
        .and_then(|bytes| yaml::decode(path, bytes))
        .map_err(|d| {
            let _ = ui.diagnostics(&[d]);
            anyhow::Error::new(Reported)
        })?;
    let (set, problems) = principles::parse_set(path, &text);
    ui.diagnostics(&problems)?;
    match set {
        Some(set) if problems.iter().all(|d| !d.is_error()) && !set.principles.is_empty() => {
            Ok(set)
        }
        Some(_) if problems.is_empty() => bail!(crate::diagnostic::hinted(
            format!("{} holds no principles", path.display()),
            "list at least one principle under 'principles:', each with an 'id:' and a 'name:'"
        )),
        _ => Err(Reported.into()),
    }
}
