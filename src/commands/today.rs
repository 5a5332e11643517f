//! `lp today`: today's part of `lp prep`'s plan, made afresh from the library and the
//! practice log, with what is done and the command to run next.

use anyhow::bail;
use clap::Args;

use crate::context::Global;
use crate::date::Day;
use crate::prep::Task;
use crate::ui::{Outcome, Ui};

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

pub fn run(args: &TodayArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let day = Day::given_or_today(args.today.as_deref())?;
    let library = global.load_clean(ui)?;
    let Some(settings) = library.prep_settings()? else {
        bail!(crate::diagnostic::hinted(
            "no plan yet: lp today shows a day of the plan lp prep makes",
            format!("lp prep --until {} (the day of the interview)", day.plus(7))
        ));
    };
    let plan = {
        let (plan, warnings) = library.prep_plan(&settings, day);
        for warning in &warnings {
            ui.warn(warning)?;
        }
        plan?
    };
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
