//! `lp prep --until DATE` and `lp today`: a day-by-day plan until the interview, made
//! afresh from the library and the practice log each time.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;

use crate::context::Global;
use crate::date::Day;
use crate::library::Library;
use crate::prep::{self, Prep, Refusal, Settings, Task};
use crate::render::Style;
use crate::render::layout::wrap;
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

/// The settings kept by `lp prep --until`, if any.
fn load_settings(library: &Library) -> anyhow::Result<Option<Settings>> {
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

fn save_settings(library: &Library, settings: &Settings) -> anyhow::Result<()> {
    atomic::own_folder(&library.location.root, ".lp")?;
    let text = serde_json::to_string_pretty(settings).expect("settings serialize") + "\n";
    atomic::replace_private(&library.location.root.join(prep::SETTINGS), text.as_bytes())
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
    let kept = load_settings(&library)?;
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
    let fresh = args.until.is_some() || kept.is_none();
    let settings = Settings {
        until,
        minutes: args
            .minutes
            .or(kept.as_ref().map(|k| k.minutes))
            .unwrap_or(MINUTES),
        company,
        made: if fresh {
            day
        } else {
            kept.as_ref().map_or(day, |k| k.made)
        },
        written: if fresh {
            library
                .stories
                .iter()
                .filter(|s| s.is_written())
                .map(|s| s.id.clone())
                .collect()
        } else {
            kept.as_ref().map(|k| k.written.clone()).unwrap_or_default()
        },
    };
    let plan = make(&library, &settings, day, ui)?;
    if kept.as_ref() != Some(&settings) {
        save_settings(&library, &settings)?;
    }
    if args.json {
        ui.json(&plan)?;
    } else {
        let style = ui.style_out();
        ui.out.write_all(render(&plan, style).as_bytes())?;
    }
    if let Some(path) = &args.ics {
        atomic::write_output(path, ics(&plan).as_bytes(), args.force)?;
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
    let Some(settings) = load_settings(&library)? else {
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
    let style = ui.style_out();
    let mut out = format!(
        "{} · {} to the interview on {}\n",
        style.bold(&format!("Today, {} {}", day.weekday(), day)),
        crate::english::plural(plan.days.len(), "day", "days"),
        plan.until
    );
    if !written_since.is_empty() || !practised_today.is_empty() {
        out.push_str("\nDone:\n");
        for id in &written_since {
            let title = library.story(id).map_or("", |s| s.title.trim());
            out.push_str(&wrap(
                &format!("wrote {title} ({id}) since the plan was made"),
                style.width,
                "  ✓ ",
                "    ",
            ));
        }
        if !practised_today.is_empty() {
            out.push_str(&wrap(
                &format!(
                    "practised {} today: {}",
                    crate::english::plural(practised_today.len(), "round", "rounds"),
                    practised_today.join(", ")
                ),
                style.width,
                "  ✓ ",
                "    ",
            ));
        }
    }
    out.push('\n');
    out.push_str(&day_text(first, style));
    match next {
        Some(command) => out.push_str(&format!("\nNext: {command}\n")),
        None => out.push_str("\nNothing left for today.\n"),
    }
    ui.out.write_all(out.as_bytes())?;
    Ok(Outcome::Done)
}

/// The plan as text.
pub fn render(plan: &Prep, style: Style) -> String {
    let header = format!(
        "{} from {} to {}, the day before the interview: {} minutes a day{}",
        crate::english::plural(plan.days.len(), "day", "days"),
        plan.today,
        plan.days.last().map_or(plan.today, |d| d.date),
        plan.minutes_a_day,
        plan.company
            .as_ref()
            .map(|c| format!(", for {c}"))
            .unwrap_or_default()
    );
    let mut out = wrap(&format!("A plan for {header}"), style.width, "", "");
    if plan.days.len() == 1 {
        out.push_str(&wrap(
            "One day: here is what matters most. Practise what you have and write the story that fills the biggest gap.",
            style.width,
            "",
            "",
        ));
    }
    for day in &plan.days {
        out.push('\n');
        out.push_str(&day_text(day, style));
    }
    if !plan.not_planned.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            style.bold("Not planned (no day had room for it):")
        ));
        for task in &plan.not_planned {
            out.push_str(&wrap(&task_text(task), style.width, "  - ", "    "));
        }
    }
    out
}

/// One day as text: its tasks with their minutes, then what did not fit.
fn day_text(day: &prep::DayPlan, style: Style) -> String {
    let mut out = format!(
        "{} · {} min\n",
        style.bold(&format!("{} {}", day.date.weekday(), day.date)),
        day.minutes
    );
    if day.tasks.is_empty() {
        out.push_str("  (nothing planned)\n");
    }
    for task in &day.tasks {
        out.push_str(&wrap(&task_text(task), style.width, "  - ", "    "));
    }
    if !day.left_out.is_empty() {
        let names: Vec<String> = day.left_out.iter().map(short).collect();
        out.push_str(&wrap(
            &format!("did not fit: {}", names.join("; ")),
            style.width,
            "  ",
            "    ",
        ));
    }
    out
}

fn task_text(task: &Task) -> String {
    match task {
        Task::Write {
            title,
            principle,
            minutes,
            ..
        } => format!(
            "write {title} ({principle}), about {minutes} min: `{}`",
            task.command()
        ),
        Task::Find {
            name, questions, ..
        } => {
            let mut text = format!("find a story for {name}: `{}`", task.command());
            if !questions.is_empty() {
                text.push_str(&format!(" (think of: {})", questions.join(" / ")));
            }
            text
        }
        Task::Practise {
            title,
            principle,
            why,
            ..
        } => format!(
            "practise {title} ({principle}; {why}): `{}`",
            task.command()
        ),
        Task::Mock { rounds, minutes } => {
            let lines: Vec<String> = rounds
                .iter()
                .map(|r| format!("{}: {}", r.principle, r.title))
                .collect();
            format!(
                "mock loop, {minutes} min, each story once, no story twice: {}",
                lines.join("; ")
            )
        }
        Task::Read { .. } => format!("read every answer through: `{}`", task.command()),
    }
}

fn short(task: &Task) -> String {
    match task {
        Task::Write { title, .. } => format!("write {title}"),
        Task::Find { name, .. } => format!("find a story for {name}"),
        Task::Practise { title, .. } => format!("practise {title}"),
        Task::Mock { rounds, .. } => format!(
            "{} more of the mock loop",
            crate::english::plural(rounds.len(), "round", "rounds")
        ),
        Task::Read { .. } => "read the answers".to_string(),
    }
}

/// The plan as an iCalendar file (RFC 5545): one all-day event a day, its tasks in the
/// description.
pub fn ics(plan: &Prep) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//lp//prep//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
    ];
    let stamp = format!("{}T000000Z", plan.today.compact());
    for day in &plan.days {
        let tasks: Vec<String> = day.tasks.iter().map(task_text).collect();
        lines.push("BEGIN:VEVENT".to_string());
        lines.push(format!(
            "UID:lp-prep-{}-{}@lp",
            plan.until.compact(),
            day.date.compact()
        ));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", day.date.compact()));
        lines.push(format!("DTEND;VALUE=DATE:{}", day.date.plus(1).compact()));
        lines.push(format!(
            "SUMMARY:{}",
            escape(&format!("Interview prep: {} min", day.minutes))
        ));
        lines.push(format!("DESCRIPTION:{}", escape(&tasks.join("\n"))));
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

/// A TEXT value with its backslashes, semicolons, commas and line ends escaped, and no
/// other control character.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), ended by CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
