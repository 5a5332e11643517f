//! `lp prep`'s plan and `lp today`'s day as text: each day's tasks with their minutes,
//! what did not fit, and the command to run for each.

use crate::prep::{self, Prep, Task};
use crate::render::Style;
use crate::render::layout::wrap;

/// The plan as text.
pub fn plan(plan: &Prep, style: Style) -> String {
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
pub fn day_text(day: &prep::DayPlan, style: Style) -> String {
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

pub fn task_text(task: &Task) -> String {
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

/// `lp today`: the day, the days left, what is done (stories written since the plan was
/// made, as (title, id), and rounds practised today), today's tasks, and the command to
/// run next.
pub fn today(
    day: crate::date::Day,
    plan: &Prep,
    written: &[(&str, &str)],
    practised: &[String],
    next: Option<&str>,
    style: Style,
) -> String {
    let mut out = format!(
        "{} · {} to the interview on {}\n",
        style.bold(&format!("Today, {} {}", day.weekday(), day)),
        crate::english::plural(plan.days.len(), "day", "days"),
        plan.until
    );
    if !written.is_empty() || !practised.is_empty() {
        out.push_str("\nDone:\n");
        for (title, id) in written {
            out.push_str(&wrap(
                &format!("wrote {title} ({id}) since the plan was made"),
                style.width,
                "  ✓ ",
                "    ",
            ));
        }
        if !practised.is_empty() {
            out.push_str(&wrap(
                &format!(
                    "practised {} today: {}",
                    crate::english::plural(practised.len(), "round", "rounds"),
                    practised.join(", ")
                ),
                style.width,
                "  ✓ ",
                "    ",
            ));
        }
    }
    out.push('\n');
    out.push_str(&day_text(&plan.days[0], style));
    match next {
        Some(command) => out.push_str(&format!("\nNext: {command}\n")),
        None => out.push_str("\nNothing left for today.\n"),
    }
    out
}
