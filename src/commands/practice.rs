//! `lp practice`: a timed drill in the terminal.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use clap::Args;

use crate::clock;
use crate::context::Global;
use crate::coverage;
use crate::model::format_duration;
use crate::practice::{self, Round};
use crate::render::screens;
use crate::ui::{Outcome, Ui};

/// A timed drill: a question, your answer aloud, your time against the target
///
/// lp picks a principle (gaps, thin principles and the ones practised least come up
/// most) and shows one of its questions. Press Enter to start the clock, answer
/// aloud, then press Enter again: lp shows your time against the two-minute target
/// and the outline of the written story you would tell (or says there is none, and
/// which stories are still to write). A round under 5 seconds is asked about before
/// it counts. Each round is added to the library's .lp/practice.jsonl; `lp coverage`
/// shows when each principle was last practised. Press Ctrl-C to stop.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp practice\n  lp practice --rounds 5\n  lp practice --principle 'Dive Deep'\n  lp practice --story release-pipeline"
)]
pub struct PracticeArgs {
    /// Only these principles (ids or names, comma-separated or repeated)
    #[arg(long, value_name = "LIST", add = clap_complete::ArgValueCandidates::new(crate::complete::principle_ids))]
    pub principle: Vec<String>,

    /// How many questions to answer
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub rounds: u32,

    /// Drill this question: the principle it most likely probes, and the story `lp find`
    /// suggests as the one to tell
    #[arg(long, value_name = "QUESTION", conflicts_with = "principle")]
    pub question: Option<String>,

    /// Drill this written story: a question of its own (or of its primary principle),
    /// and its outline after the answer
    #[arg(long, value_name = "ID", conflicts_with_all = ["principle", "question"], add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub story: Option<String>,
}

pub fn run(args: &PracticeArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        bail!(crate::diagnostic::hinted(
            "lp practice needs a terminal: it waits for you to press Enter when you finish answering",
            "run it in a terminal, not in a pipe or a script"
        ));
    }
    let library = global.load_clean(ui)?;
    let focus = library.set.resolve_list(&args.principle)?;
    let (own, warning) = library.questions();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    // A question of the person's own: what `lp find` makes of it.
    let asked = match &args.question {
        Some(q) if q.trim().is_empty() => bail!(crate::diagnostic::hinted(
            "--question is empty",
            "lp practice --question \"Tell me about a time you disagreed with your manager\""
        )),
        Some(q) => {
            let q = &super::args::capped_question(q.clone(), ui)?;
            let found = crate::find::find_with(&library.set, &library.stories, &own, q, 1);
            let Some(top) = found.principles.first() else {
                bail!(crate::diagnostic::hinted(
                    "no word of this question says what it is about, so no principle matches it",
                    "ask it in words, such as lp practice --question \"Tell me about a time you failed\"; or pick a principle with --principle"
                ));
            };
            Some((
                q.trim().to_string(),
                top.id.clone(),
                found.stories.first().map(|s| s.id.clone()),
            ))
        }
        None => match &args.story {
            Some(id) => {
                let story = library.find(id)?;
                if !story.is_written() {
                    bail!(crate::diagnostic::hinted(
                        format!(
                            "{} has no answer written yet, so there is nothing to say aloud",
                            story.id
                        ),
                        format!("lp write {}", crate::shell::quote(&story.id))
                    ));
                }
                let principle = story
                    .principles
                    .first()
                    .and_then(|p| library.set.get(p))
                    .expect("a story loads only when it names principles of the set");
                let question = story
                    .questions
                    .first()
                    .or(principle.questions.first())
                    .cloned()
                    .unwrap_or_else(|| {
                        format!("Tell me about a time you showed {}.", principle.name)
                    });
                Some((question, principle.id.clone(), Some(story.id.clone())))
            }
            None => None,
        },
    };
    let (mut rounds, warning) = library.practice_log();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    // Ctrl-C while an answer is timed arrives as a key and ends the read; at any other
    // moment it is a signal, which only raises this flag. Either way the drill stops
    // through the normal exit path, with 130; finished rounds are already in the log.
    static INTERRUPTED: AtomicBool = AtomicBool::new(false);
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
    let terminal = console::Term::stderr();
    let mut rng = fastrand::Rng::new();
    let style = ui.style_err();
    for number in 1..=args.rounds {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return stopped(ui);
        }
        let report = coverage::compute(
            &library.set,
            &library.stories,
            &focus,
            coverage::DEFAULT_TARGET,
        );
        let weights = practice::weights(&report, &rounds);
        let drawn = &report.rows
            [practice::weighted(&mut rng, &weights).expect("every principle weighs at least 10")]
        .id;
        let id = asked.as_ref().map_or(drawn, |(_, id, _)| id);
        let principle = library
            .set
            .get(id)
            .expect("coverage rows and lp find come from the set");
        let question = match &asked {
            Some((q, _, _)) => q.clone(),
            None => {
                // The principle's questions and the person's own, drawn alike.
                let mut questions: Vec<&String> = principle.questions.iter().collect();
                questions.extend(
                    own.iter()
                        .filter(|q| q.principle == principle.id)
                        .map(|q| &q.question),
                );
                match questions.len() {
                    0 => format!("Tell me about a time you showed {}.", principle.name),
                    n => questions[rng.usize(..n)].clone(),
                }
            }
        };
        write!(
            ui.err,
            "{}",
            screens::round(number, args.rounds, &principle.name, &question, style)
        )?;
        match clock::wait_for_enter(&terminal) {
            Ok(true) => {}
            Ok(false) => {
                writeln!(ui.err, "Stopped: the input was closed.")?;
                break;
            }
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => return stopped(ui),
            Err(err) => return Err(err).context("could not read from the terminal"),
        }
        let started = Instant::now();
        let ticking = clock::Ticking::start(started);
        let answered = clock::wait_for_enter(&terminal);
        drop(ticking);
        match answered {
            Ok(true) => {}
            Ok(false) => {
                writeln!(ui.err, "\nStopped: the input was closed.")?;
                break;
            }
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => return stopped(ui),
            Err(err) => return Err(err).context("could not read from the terminal"),
        }
        let seconds = started.elapsed().as_secs();
        writeln!(ui.err)?;
        if seconds < practice::SHORT_ROUND_SECONDS {
            write!(
                ui.err,
                "That took {}. Did you answer (a), or skip this question (s)? [a/s] ",
                format_duration(seconds as usize)
            )?;
            ui.err.flush()?;
            match clock::confirm_short(&terminal) {
                Ok(true) => writeln!(ui.err, "answered")?,
                Ok(false) => {
                    writeln!(ui.err, "skipped: this round is not logged.")?;
                    continue;
                }
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => return stopped(ui),
                Err(err) => return Err(err).context("could not read from the terminal"),
            }
        }
        writeln!(
            ui.err,
            "You took {} (target about {}): {}.",
            format_duration(seconds as usize),
            format_duration(crate::model::TARGET_SECONDS),
            practice::verdict(seconds)
        )?;
        let story = match &asked {
            Some((_, _, Some(suggested))) => library.story(suggested),
            _ => practice::story_for(&library.stories, &principle.id),
        };
        let waiting: Vec<&crate::model::Story> = library
            .stories
            .iter()
            .filter(|s| !s.is_written() && s.principles.contains(&principle.id))
            .collect();
        write!(
            ui.err,
            "{}",
            screens::outline(story, &waiting, &principle.name, style)
        )?;
        let round = Round {
            at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            principle: principle.id.clone(),
            question,
            seconds,
            story: story.map(|s| s.id.clone()),
        };
        library.add_round(&round)?;
        rounds.push(round);
    }
    Ok(Outcome::Done)
}

/// Ctrl-C: the drill ends; the rounds already answered stay in the log.
fn stopped(ui: &mut Ui) -> anyhow::Result<Outcome> {
    writeln!(ui.err, "\nStopped.")?;
    Ok(Outcome::Interrupted)
}
