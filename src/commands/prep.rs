//! `lp prep --until DATE` and `lp today`: a day-by-day plan until the interview, made
//! afresh from the library and the practice log each time.

use std::path::PathBuf;

use anyhow::bail;
use clap::Args;

use crate::context::Global;
use crate::date::Day;
use crate::library::Library;
use crate::prep::{Prep, Settings};
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

/// The default minutes a day.
const MINUTES: u32 = 45;

pub fn run(args: &PrepArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    atomic::refuse_existing(args.ics.as_deref(), args.force)?;
    let day = Day::given_or_today(args.today.as_deref())?;
    let library = global.load_clean(ui)?;
    if let Some(path) = &args.ics {
        library.refuse_inside(path)?;
    }
    let kept = library.prep_settings()?;
    let until = match (&args.until, &kept) {
        (Some(text), _) => Day::from_flag(text, "--until")?,
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
    let plan = plan(&library, &settings, day, ui)?;
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
            atomic::Contents::Bytes(crate::render::ics::calendar(&plan).as_bytes()),
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

/// The plan for `settings` from `day`, the warnings about lp's own files shown.
fn plan(library: &Library, settings: &Settings, day: Day, ui: &mut Ui) -> anyhow::Result<Prep> {
    let (plan, warnings) = library.prep_plan(settings, day);
    for warning in &warnings {
        ui.warn(warning)?;
    }
    plan
}
