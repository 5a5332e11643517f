//! lp's own files under the library's `.lp/`, each one JSON object a line, added to and
//! never rewritten: the practice log, the record of stories told and the person's own
//! questions. Reading and adding sit here together, with one set of limits; what the
//! lines mean is the domain's (`practice`, `told`, `questions`).

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Library;
use crate::atomic;
use crate::date::Day;
use crate::diagnostic::{UserError, hinted};
use crate::practice::Round;
use crate::prep::{self, Prep, Refusal, Settings};
use crate::questions::Question;
use crate::told::Told;
use anyhow::{Context as _, bail};

/// One of the files: where it is, how large it may grow, and how to speak of it.
struct StateFile {
    /// Relative to the library.
    path: &'static str,
    /// The largest file read.
    limit: usize,
    /// What it holds, for a warning: "the practice history".
    what: &'static str,
    /// What one line is, for an addition's error: "the round".
    line: &'static str,
    /// The command that writes it.
    writer: &'static str,
    /// What a line holds, for the hint when lines are passed over.
    line_hint: &'static str,
}

/// `.lp/practice.jsonl`: a round is about 200 bytes, so 16 MiB is years of practice.
const PRACTICE: StateFile = StateFile {
    path: ".lp/practice.jsonl",
    limit: 16 * 1024 * 1024,
    what: "the practice history",
    line: "the round",
    writer: "lp practice",
    line_hint: "each line is one round as JSON; lp practice only adds lines",
};

/// `.lp/told.jsonl`: a line is about 100 bytes.
const TOLD: StateFile = StateFile {
    path: ".lp/told.jsonl",
    limit: 4 * 1024 * 1024,
    what: "the record of stories told",
    line: "the record",
    writer: "lp told",
    line_hint: "each line is one story told, as JSON; lp told only adds lines",
};

/// `.lp/questions.jsonl`.
const QUESTIONS: StateFile = StateFile {
    path: ".lp/questions.jsonl",
    limit: 4 * 1024 * 1024,
    what: "your own questions",
    line: "your questions",
    writer: "lp import --write",
    line_hint: "each line is one question, as JSON: {\"principle\": \"ownership\", \"question\": \"…\"}",
};

/// The practice log's path relative to the library, for messages.
pub const PRACTICE_LOG: &str = PRACTICE.path;
/// The record of stories told, relative to the library.
pub const TOLD_LOG: &str = TOLD.path;
/// The person's own questions, relative to the library.
pub const QUESTIONS_LOG: &str = QUESTIONS.path;

impl Library {
    /// The rounds practised, each no earlier than 2000 and no later than a day from
    /// now; a warning when something was passed over. A missing log is an empty one.
    pub fn practice_log(&self) -> (Vec<Round>, Option<UserError>) {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        self.read_lines(&PRACTICE, |round: &Round| {
            crate::practice::possible(round, now)
        })
    }

    /// Adds a round to the log: one line, appended, never touching a story file.
    pub fn add_round(&self, round: &Round) -> anyhow::Result<()> {
        self.append(&PRACTICE, std::slice::from_ref(round))
    }

    /// The record of stories told.
    pub fn told(&self) -> (Vec<Told>, Option<UserError>) {
        self.read_lines(&TOLD, crate::told::is_record)
    }

    /// Adds a story told to the record.
    pub fn add_told(&self, told: &Told) -> anyhow::Result<()> {
        self.append(&TOLD, std::slice::from_ref(told))
    }

    /// The person's own questions.
    pub fn questions(&self) -> (Vec<Question>, Option<UserError>) {
        self.read_lines(&QUESTIONS, |q: &Question| !q.question.trim().is_empty())
    }

    /// Adds the questions not already kept; returns how many were added.
    pub fn add_questions(&self, new: &[Question]) -> anyhow::Result<usize> {
        let (kept, _) = self.questions();
        let mut added: Vec<Question> = Vec::new();
        for q in new {
            if !kept.contains(q) && !added.contains(q) {
                added.push(q.clone());
            }
        }
        if !added.is_empty() {
            self.append(&QUESTIONS, &added)?;
        }
        Ok(added.len())
    }

    /// The settings kept by `lp prep --until`, if any.
    pub fn prep_settings(&self) -> anyhow::Result<Option<Settings>> {
        let library = self;
        let path = library.location.root.join(prep::SETTINGS);
        let shown = library.display(prep::SETTINGS);
        match std::fs::symlink_metadata(&path) {
            Err(_) => return Ok(None),
            Ok(m) if !m.is_file() => bail!(crate::diagnostic::hinted(
                format!("{} is not a file", shown.display()),
                "remove it, then set the date again with lp prep --until DATE"
            )),
            Ok(_) => {}
        }
        let bytes = crate::library::read_at_most(&path, 64 * 1024)
            .with_context(|| format!("could not read {}", shown.display()))?
            .with_context(|| {
                crate::diagnostic::hinted(
                    format!("{} is over 64 KiB", shown.display()),
                    "remove it, then set the date again with lp prep --until DATE",
                )
            })?;
        serde_json::from_slice(&bytes).map(Some).map_err(|err| {
            anyhow::anyhow!(crate::diagnostic::hinted(
                format!("{}:{}:{}: {err}", shown.display(), err.line(), err.column()),
                "lp writes this file; set the date again with lp prep --until DATE to replace it"
            ))
        })
    }

    pub fn save_prep_settings(&self, settings: &Settings) -> anyhow::Result<()> {
        let library = self;
        atomic::own_folder(&library.location.root, ".lp")?;
        let text = serde_json::to_string_pretty(settings).expect("settings serialize") + "\n";
        atomic::replace_private(&library.location.root.join(prep::SETTINGS), text.as_bytes())
    }

    /// The plan of `lp prep` for `settings` from `day`, or the error that says why there
    /// is none; and the warnings about lp's own files it was made from.
    pub fn prep_plan(
        &self,
        settings: &Settings,
        day: Day,
    ) -> (anyhow::Result<Prep>, Vec<UserError>) {
        let library = self;
        let mut warnings = Vec::new();
        let (rounds, warning) = library.practice_log();
        warnings.extend(warning);
        let (told, warning) = library.told();
        warnings.extend(warning);
        let input = prep::Input {
            set: &library.set,
            stories: &library.stories,
            rounds: &rounds,
            told: &told,
            today: day,
            until: settings.until,
            minutes: settings.minutes,
            company: settings.company.as_deref(),
        };
        let plan = prep::plan(&input).map_err(|refusal| match refusal {
            Refusal::NoDaysLeft if settings.until == day => anyhow::anyhow!(crate::diagnostic::hinted(
                format!(
                    "the interview is today ({}): there is no day left to plan",
                    settings.until
                ),
                "lp plan names the story for each principle; lp export -o answers.md gives them to read"
            )),
            Refusal::NoDaysLeft => anyhow::anyhow!(crate::diagnostic::hinted(
                format!(
                    "{} is in the past: the plan needs a day still to come",
                    settings.until
                ),
                "lp prep --until YYYY-MM-DD with the date of the next interview"
            )),
            Refusal::Empty => anyhow::anyhow!(crate::diagnostic::hinted(
                "nothing to plan from: no story is written and none has notes",
                "lp import NOTES.md brings in the notes you have; lp add drafts a story"
            )),
        });
        (plan, warnings)
    }

    fn shown(&self, file: &StateFile) -> PathBuf {
        self.display(file.path)
    }

    /// The lines of a file that read as `T` and pass `keep`; a warning when the file
    /// could not be read, or when lines were passed over (a torn last line, an edit).
    fn read_lines<T: DeserializeOwned>(
        &self,
        file: &StateFile,
        keep: impl Fn(&T) -> bool,
    ) -> (Vec<T>, Option<UserError>) {
        let shown = self.shown(file);
        let (text, warning) = read_state(
            &self.location.root.join(file.path),
            &shown,
            file.limit,
            file.what,
            file.writer,
        );
        if warning.is_some() {
            return (Vec::new(), warning);
        }
        let mut out = Vec::new();
        let mut skipped = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            match serde_json::from_str::<T>(line) {
                Ok(item) if keep(&item) => out.push(item),
                _ => skipped += 1,
            }
        }
        let warning = (skipped > 0).then(|| {
            hinted(
                format!(
                    "{} of {} could not be read and were passed over",
                    crate::english::plural(skipped, "line", "lines"),
                    shown.display(),
                ),
                file.line_hint,
            )
        });
        (out, warning)
    }

    /// Appends one line for each item, never through a link, only to a regular file.
    fn append<T: Serialize>(&self, file: &StateFile, items: &[T]) -> anyhow::Result<()> {
        let mut lines = String::new();
        for item in items {
            lines.push_str(&serde_json::to_string(item).expect("lp's own records serialize"));
            lines.push('\n');
        }
        crate::atomic::append_state(
            &self.location.root,
            file.path,
            &self.shown(file),
            &lines,
            file.line,
            &format!("{} writes a new one", file.writer),
        )
    }
}

/// One of the files read with the limits of every other file: only a regular file (a
/// named pipe would block, a device never end), at most `limit` bytes. Returns its
/// text, or a warning saying why it was not read (`what` names it; `writer` is the
/// command that writes a new one). A missing file is an empty one.
fn read_state(
    path: &Path,
    shown: &Path,
    limit: usize,
    what: &str,
    writer: &str,
) -> (String, Option<UserError>) {
    match std::fs::symlink_metadata(path) {
        Err(_) => return (String::new(), None),
        Ok(m) if !m.is_file() => {
            return (
                String::new(),
                Some(hinted(
                    format!("{} is not a file, so {what} was not read", shown.display()),
                    format!("remove it; {writer} writes a new one"),
                )),
            );
        }
        Ok(_) => {}
    }
    match super::read_at_most(path, limit) {
        Ok(Some(bytes)) => (String::from_utf8_lossy(&bytes).into_owned(), None),
        Ok(None) => (
            String::new(),
            Some(hinted(
                format!(
                    "{} is over {} MiB, so {what} was not read",
                    shown.display(),
                    limit / (1024 * 1024)
                ),
                format!("move it away; {writer} starts a new one"),
            )),
        ),
        Err(err) => (
            String::new(),
            Some(hinted(
                format!("could not read {}: {err}", shown.display()),
                "check that it is readable",
            )),
        ),
    }
}
