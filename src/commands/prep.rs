//! `lp prep --until DATE` and `lp today`: a day-by-day plan until the interview, made
//! afresh from the library and the practice log each time.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;

use crate::context::Global;
use crate::date::Day;
use crate::library::Library;
use crate::prep::{self, Prep, Refusal, Settings, Task};
use crate::ui::{Outcome, Ui};
use crate::{atomic, told};

/// A plan for every day until the interview: what to write, what to practise
///
/// Sets the interview date (kept in the library's .lp/prep.json, never in stories/)
/// and prints a plan from today to the day before: the stories to write first (in `lp
/// write`'s order, each with an estimate of its minutes), a story to find for each
/// principle that has none, and every day rounds of practice chosen by spacing: an
/// answer never said aloud, or whose last round was short or over time, comes back
/// soonest; each good round doubles the wait; the only answer of a principle comes back
/// twice as often. The last day rehearses the loop (`lp plan`'s distinct story for each
/// principle) and reads the answers through. Each day fits the minutes given; what does
/// not fit is said. The plan is made again from the library and the practice log each
/// time: run `lp prep` (without --until) or `lp today` after writing or practising.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp prep --until 2026-12-07\n  \
    lp prep --until 2026-12-07 --minutes 30 --company Acme\n  \
    lp prep --ics prep.ics        # each day's session as a calendar event\n  \
    lp today")]
pub struct PrepArgs {
    /// The day of the interview (YYYY-MM-DD); kept for `lp today` and later `lp prep`
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Minutes a day (default 45, or the last one given)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(10..=600))]
    pub minutes: Option<u32>,

    /// The company of the loop: stories already told there (`lp told`) are not drilled
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,

    /// Also write each day's session as a calendar event to FILE (iCalendar)
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,

    /// Replace the --ics FILE when it exists
    #[arg(long, requires = "ics")]
    pub force: bool,

    /// Print the plan as JSON
    #[arg(long)]
    pub json: bool,

    /// Plan as if today were DATE (for tests and trying a plan out)
    #[arg(long, value_name = "DATE", hide = true)]
    pub today: Option<String>,
}

/// Today's part of the plan, with what is already done, and the next command to run
///
/// Reads the date `lp prep --until` set, makes the plan again from the library and the
/// practice log (so falling behind or getting ahead re-plans the days left), and shows
/// today's tasks: the stories written since the plan was made and the rounds practised
/// today, then what is left, and the command to run next.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  lp today\n  lp today --json")]
pub struct TodayArgs {
    /// Print today's plan as JSON
    #[arg(long)]
    pub json: bool,

    /// As if today were DATE (for tests and trying a plan out)
    #[arg(long, value_name = "DATE", hide = true)]
    pub today: Option<String>,
}

/// The default minutes a day.
const MINUTES: u32 = 45;

/// A date given on the command line.
pub fn parse_day(text: &str, flag: &str) -> anyhow::Result<Day> {
    Day::parse(text).with_context(|| {
        crate::diagnostic::hinted(
            format!("{flag} {text:?} is not a date"),
            format!(
                "write it as YYYY-MM-DD, such as {flag} {}",
                Day::today().plus(7)
            ),
        )
    })
}

fn today(given: Option<&str>) -> anyhow::Result<Day> {
    match given {
        Some(text) => parse_day(text, "--today"),
        None => Ok(Day::today()),
    }
}

/// The plan for `settings` from `day`, or the error that says why there is none.
fn make(library: &Library, settings: &Settings, day: Day, ui: &mut Ui) -> anyhow::Result<Prep> {
    let (rounds, warning) = library.practice_log();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    let (told, warning) = library.told();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
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
    prep::plan(&input).map_err(|refusal| match refusal {
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
    })
}

pub fn run(args: &PrepArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    atomic::refuse_existing(args.ics.as_deref(), args.force)?;
    let day = today(args.today.as_deref())?;
    let library = global.load_clean(ui)?;
    if let Some(path) = &args.ics {
        library.refuse_inside(path)?;
    }
    let kept = library.prep_settings()?;
    let until = match (&args.until, &kept) {
        (Some(text), _) => parse_day(text, "--until")?,
        (None, Some(kept)) => kept.until,
        (None, None) => bail!(crate::diagnostic::hinted(
            "no interview date yet",
            format!("lp prep --until {} (the day of the interview)", day.plus(7))
        )),
    };
    let company = args
        .company
        .as_ref()
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .or_else(|| kept.as_ref().and_then(|k| k.company.clone()));
    if let Some(c) = &company
        && c.chars().count() > told::MAX_NAME
    {
        bail!(crate::diagnostic::hinted(
            format!("--company is longer than {} characters", told::MAX_NAME),
            "the company's name is enough"
        ));
    }
    let written: Vec<String> = library
        .stories
        .iter()
        .filter(|s| s.is_written())
        .map(|s| s.id.clone())
        .collect();
    let settings = Settings::renewed(
        kept.as_ref(),
        until,
        args.until.is_some(),
        args.minutes.unwrap_or(MINUTES),
        args.minutes.is_some(),
        company,
        day,
        written,
    );
    let plan = make(&library, &settings, day, ui)?;
    if kept.as_ref() != Some(&settings) {
        library.save_prep_settings(&settings)?;
    }
    if args.json {
        ui.json(&plan)?;
    } else {
        let style = ui.style_out();
        ui.out
            .write_all(crate::render::prep::plan(&plan, style).as_bytes())?;
    }
    if let Some(path) = &args.ics {
        atomic::write_output(
            path,
            crate::render::ics::calendar(&plan).as_bytes(),
            args.force,
        )?;
        ui.note(&format!(
            "Wrote {} to {}",
            crate::english::plural(plan.days.len(), "day's session", "days' sessions"),
            path.display()
        ))?;
    }
    Ok(Outcome::Done)
}

/// What `lp today --json` prints.
#[derive(serde::Serialize)]
struct Today<'a> {
    date: Day,
    until: Day,
    /// Stories written since the plan was made.
    written_since: Vec<&'a str>,
    /// Rounds practised today, by story (or principle, for a round with no story).
    practised_today: Vec<String>,
    tasks: &'a [Task],
    left_out: &'a [Task],
    next: Option<String>,
}

pub fn today_run(args: &TodayArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let day = today(args.today.as_deref())?;
    let library = global.load_clean(ui)?;
    let Some(settings) = library.prep_settings()? else {
        bail!(crate::diagnostic::hinted(
            "no plan yet: lp today shows a day of the plan lp prep makes",
            format!("lp prep --until {} (the day of the interview)", day.plus(7))
        ));
    };
    let plan = make(&library, &settings, day, ui)?;
    let (rounds, _) = library.practice_log();
    let practised_today: Vec<String> = rounds
        .iter()
        .filter(|r| Day::of_seconds(r.at) == day)
        .map(|r| r.story.clone().unwrap_or_else(|| r.principle.clone()))
        .collect();
    let written_since: Vec<&str> = library
        .stories
        .iter()
        .filter(|s| s.is_written() && !settings.written.contains(&s.id))
        .map(|s| s.id.as_str())
        .collect();
    let first = &plan.days[0];
    let next = first.tasks.first().map(Task::command);
    if args.json {
        ui.json(Today {
            date: day,
            until: plan.until,
            written_since,
            practised_today,
            tasks: &first.tasks,
            left_out: &first.left_out,
            next,
        })?;
        return Ok(Outcome::Done);
    }
    let written: Vec<(&str, &str)> = written_since
        .iter()
        .map(|id| (library.story(id).map_or("", |s| s.title.trim()), *id))
        .collect();
    let out = crate::render::prep::today(
        day,
        &plan,
        &written,
        &practised_today,
        next.as_deref(),
        ui.style_out(),
    );
    ui.out.write_all(out.as_bytes())?;
    Ok(Outcome::Done)
}
