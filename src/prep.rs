//! `lp prep`: a plan for every day from today to the day before the interview, made
//! from the library and the practice log each time it is asked for, never from a stale
//! copy. Pure functions over the model.
//!
//! - **Write** (the early days): the stories `lp write` would take first, each with an
//!   estimate of its minutes; a principle with no story at all is "find a story for X".
//! - **Practise** (every day): each written answer comes back when it is due. One never
//!   said aloud is due at once; one whose last round was short or over time comes back
//!   the next day; each good round doubles the wait (1, 2, 4, then 8 days). The only
//!   written answer of a principle waits half as long.
//! - **The last day**: a mock loop (`lp plan`'s distinct story for each principle with
//!   a written answer, each practised once) and the answers read through.
//!
//! Each day fits the minutes given: what does not fit is said, never squeezed in.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::date::Day;
use crate::model::{MAX_SECONDS, Part, PrincipleSet, Story};
use crate::practice::Round;
use crate::told::{Told, same_company};

/// The settings `lp prep --until` keeps, relative to the library.
pub const SETTINGS: &str = ".lp/prep.json";

/// Minutes a round of practice takes: the answer, the outline, a look at the time.
pub const PRACTISE_MINUTES: u32 = 5;
/// Minutes to find a story for a principle that has none.
pub const FIND_MINUTES: u32 = 10;
/// Minutes to read the answers through on the last day.
pub const READ_MINUTES: u32 = 10;
/// A round of the mock loop.
pub const MOCK_MINUTES: u32 = 4;
/// The longest wait between two rounds of one answer, in days.
const LONGEST_WAIT: i64 = 8;
/// A round under this many seconds was short: the answer comes back the next day.
const SHORT_ROUND: u64 = 45;

/// What `lp prep --until` keeps in `.lp/prep.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The day of the interview: the plan ends the day before.
    pub until: Day,
    /// Minutes a day.
    pub minutes: u32,
    /// The company of the loop: stories already told there are not drilled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The day the plan was made.
    pub made: Day,
    /// The stories written when the plan was made, so that `lp today` can say what was
    /// written since.
    #[serde(default)]
    pub written: Vec<String>,
}

impl Settings {
    /// The settings after `lp prep`: what was given (`until`, and `minutes` when
    /// `minutes_given`), else what was kept, else the defaults. A new date, or no kept
    /// plan, starts the plan afresh today, with the stories `written` now; otherwise
    /// the plan keeps the day it was made and what was written then.
    #[allow(clippy::too_many_arguments)]
    pub fn renewed(
        kept: Option<&Settings>,
        until: Day,
        until_given: bool,
        minutes: u32,
        minutes_given: bool,
        company: Option<String>,
        today: Day,
        written: Vec<String>,
    ) -> Settings {
        let fresh = until_given || kept.is_none();
        Settings {
            until,
            minutes: match kept {
                Some(k) if !minutes_given => k.minutes,
                _ => minutes,
            },
            company,
            made: match kept {
                Some(k) if !fresh => k.made,
                _ => today,
            },
            written: match kept {
                Some(k) if !fresh => k.written.clone(),
                _ => written,
            },
        }
    }
}

/// One thing to do on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Task {
    /// Write this story's answer.
    Write {
        story: String,
        title: String,
        /// The principle it answers first (its name).
        principle: String,
        minutes: u32,
    },
    /// A principle with no story at all: think of one.
    Find {
        principle: String,
        name: String,
        /// Questions to think about.
        questions: Vec<String>,
        minutes: u32,
    },
    /// Say this answer aloud against the clock.
    Practise {
        story: String,
        title: String,
        principle: String,
        minutes: u32,
        /// Why it is due: "never said aloud", "last round was short"...
        why: String,
    },
    /// The loop rehearsed: a distinct story for each principle, each once.
    Mock {
        rounds: Vec<MockRound>,
        minutes: u32,
    },
    /// Read every answer through (`lp export`).
    Read { minutes: u32 },
}

/// One interviewer of the mock loop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MockRound {
    pub principle: String,
    pub story: String,
    pub title: String,
}

impl Task {
    pub fn minutes(&self) -> u32 {
        match self {
            Task::Write { minutes, .. }
            | Task::Find { minutes, .. }
            | Task::Practise { minutes, .. }
            | Task::Mock { minutes, .. }
            | Task::Read { minutes } => *minutes,
        }
    }

    /// The command that does it.
    pub fn command(&self) -> String {
        let quote = crate::shell::quote;
        match self {
            Task::Write { story, .. } => format!("lp write {}", quote(story)),
            Task::Find { principle, .. } => format!("lp add --principle {}", quote(principle)),
            Task::Practise { story, .. } => format!("lp practice --story {}", quote(story)),
            Task::Mock { rounds, .. } => match rounds.first() {
                Some(first) => format!("lp practice --story {}", quote(&first.story)),
                None => "lp plan".to_string(),
            },
            Task::Read { .. } => "lp export -o answers.md".to_string(),
        }
    }
}

/// One day of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayPlan {
    pub date: Day,
    pub tasks: Vec<Task>,
    /// The minutes the tasks take, never over the day's minutes.
    pub minutes: u32,
    /// What was due that day but did not fit.
    pub left_out: Vec<Task>,
}

/// The whole plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prep {
    pub today: Day,
    pub until: Day,
    pub minutes_a_day: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    pub days: Vec<DayPlan>,
    /// Stories still to write that found no day (or take longer than a whole day).
    pub not_planned: Vec<Task>,
}

/// Why a plan cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The interview day is today or already past.
    NoDaysLeft,
    /// Nothing written and no notes: nothing to plan from.
    Empty,
}

/// What the plan is made from.
pub struct Input<'a> {
    pub set: &'a PrincipleSet,
    pub stories: &'a [Story],
    pub rounds: &'a [Round],
    pub told: &'a [Told],
    pub today: Day,
    pub until: Day,
    pub minutes: u32,
    pub company: Option<&'a str>,
}

/// The minutes of practice already logged on `day`: taken from that day's budget.
pub fn spent(rounds: &[Round], day: Day) -> u32 {
    rounds
        .iter()
        .filter(|r| Day::of_seconds(r.at) == day)
        .count() as u32
        * PRACTISE_MINUTES
}

/// How long writing a story's answer takes, in minutes: eight for each part still
/// missing, less when its notes already say a good deal (three minutes a part saved
/// for every 40 words of notes), and never under ten.
pub fn write_minutes(story: &Story) -> u32 {
    let missing = story.missing_parts().len().max(1) as u32;
    let notes = crate::model::word_count(&story.notes) as u32;
    let saved = (notes / 40).min(missing) * 3;
    (missing * 8).saturating_sub(saved).max(10)
}

/// An answer's practice so far.
#[derive(Debug, Clone, Copy)]
struct Drill {
    last: Option<Day>,
    /// Good rounds in a row, most recent last.
    good: u32,
    /// The last round was short or over time.
    poor: bool,
}

impl Drill {
    fn from_rounds(rounds: &[&Round]) -> Drill {
        let mut sorted: Vec<&&Round> = rounds.iter().collect();
        sorted.sort_by_key(|r| r.at);
        let mut drill = Drill {
            last: None,
            good: 0,
            poor: false,
        };
        for r in sorted {
            let poor = r.seconds < SHORT_ROUND || r.seconds > MAX_SECONDS as u64;
            drill.last = Some(Day::of_seconds(r.at));
            drill.poor = poor;
            drill.good = if poor { 0 } else { drill.good + 1 };
        }
        drill
    }

    /// The day it is due, and why.
    fn due(&self, only_answer: bool) -> (Day, &'static str) {
        let Some(last) = self.last else {
            return (Day(i64::MIN), "never said aloud");
        };
        if self.poor {
            return (last.plus(1), "its last round was short or over time");
        }
        let mut wait = (1i64 << self.good.min(3)).min(LONGEST_WAIT);
        if only_answer {
            wait = (wait / 2).max(1);
        }
        let why = if only_answer {
            "the only written answer of its principle"
        } else {
            "due again"
        };
        (last.plus(wait), why)
    }
}

/// The plan from `input.today` to the day before `input.until`.
pub fn plan(input: &Input) -> Result<Prep, Refusal> {
    let days = input.until.0 - input.today.0;
    if days < 1 {
        return Err(Refusal::NoDaysLeft);
    }
    let written_now = input.stories.iter().any(|s| s.is_written());
    let notes = input.stories.iter().any(|s| !s.notes.trim().is_empty());
    if !written_now && !notes {
        return Err(Refusal::Empty);
    }
    let told_here: HashSet<&str> = match input.company {
        Some(company) => input
            .told
            .iter()
            .filter(|t| same_company(&t.company, company))
            .map(|t| t.story.as_str())
            .collect(),
        None => HashSet::new(),
    };
    let name = |id: &str| {
        input
            .set
            .get(id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    };

    // What to write, in `lp write`'s order, and the principles with no story at all.
    let mut to_write: Vec<Task> = crate::writing::worth_writing(
        input.set,
        input.stories,
        crate::coverage::DEFAULT_TARGET,
        &[],
    )
    .into_iter()
    .map(|s| Task::Write {
        story: s.id.clone(),
        title: s.title.trim().to_string(),
        principle: s.principles.first().map_or_else(String::new, |p| name(p)),
        minutes: write_minutes(s),
    })
    .collect();
    let linked: HashSet<&str> = input
        .stories
        .iter()
        .flat_map(|s| s.principles.iter().map(String::as_str))
        .collect();
    let mut to_find: Vec<Task> = input
        .set
        .principles
        .iter()
        .filter(|p| !linked.contains(p.id.as_str()))
        .map(|p| Task::Find {
            principle: p.id.clone(),
            name: p.name.clone(),
            questions: p.questions.iter().take(2).cloned().collect(),
            minutes: FIND_MINUTES,
        })
        .collect();
    to_write.reverse();
    to_find.reverse();

    // Each written answer's practice, and each principle's written answers, as the
    // days go by (a story written on a day is an answer from the next).
    let by_story: HashMap<&str, Vec<&Round>> =
        input.rounds.iter().fold(HashMap::new(), |mut map, r| {
            if let Some(s) = &r.story {
                map.entry(s.as_str()).or_insert_with(Vec::new).push(r);
            }
            map
        });
    let mut drills: Vec<(String, Drill)> = input
        .stories
        .iter()
        .filter(|s| s.is_written() && !told_here.contains(s.id.as_str()))
        .map(|s| {
            let rounds = by_story.get(s.id.as_str()).cloned().unwrap_or_default();
            (s.id.clone(), Drill::from_rounds(&rounds))
        })
        .collect();
    let mut written: HashSet<String> = input
        .stories
        .iter()
        .filter(|s| s.is_written())
        .map(|s| s.id.clone())
        .collect();

    let mut out = Vec::new();
    let mut not_planned = Vec::new();
    for d in 0..days {
        let date = input.today.plus(d);
        let last = d == days - 1 && days > 1;
        let mut day = DayPlan {
            date,
            tasks: Vec::new(),
            minutes: 0,
            left_out: Vec::new(),
        };
        // Today, the rounds already practised have taken their part of the day.
        let mut left = if d == 0 {
            input.minutes.saturating_sub(spent(input.rounds, date))
        } else {
            input.minutes
        };
        let mut add = |day: &mut DayPlan, task: Task, left: &mut u32| -> bool {
            if task.minutes() <= *left {
                *left -= task.minutes();
                day.minutes += task.minutes();
                day.tasks.push(task);
                true
            } else {
                day.left_out.push(task);
                false
            }
        };
        if last {
            mock_day(input, &written, &told_here, &mut day, &mut left, &mut add);
            out.push(day);
            continue;
        }
        // Practice first, but while stories wait to be written it takes at most a
        // third of the day (and always one round, when one is due and fits); the
        // rounds put off come back when the writing leaves room.
        let writing_left = !to_write.is_empty() || !to_find.is_empty();
        let share = if writing_left {
            (input.minutes / 3).max(PRACTISE_MINUTES)
        } else {
            input.minutes
        };
        let mut rounds: Vec<Task> = Vec::new();
        for (story, why) in due(input, &drills, date) {
            if let Some(s) = input.stories.iter().find(|s| s.id == story) {
                rounds.push(Task::Practise {
                    story: s.id.clone(),
                    title: s.title.trim().to_string(),
                    principle: s.principles.first().map_or_else(String::new, |p| name(p)),
                    minutes: PRACTISE_MINUTES,
                    why: why.to_string(),
                });
            }
        }
        let mut put_off = Vec::new();
        for task in rounds {
            if day.minutes + PRACTISE_MINUTES <= share && task.minutes() <= left {
                add(&mut day, task, &mut left);
            } else {
                put_off.push(task);
            }
        }
        // Then a story to find for a principle that has none (first when the next
        // story to write still fits after it), the stories to write, more stories
        // to find once nothing is left to write, and the rounds put off, as they fit.
        let mut found = false;
        let next_write = to_write.last().map_or(0, Task::minutes);
        if to_find
            .last()
            .is_some_and(|t| t.minutes() + next_write <= left)
        {
            let task = to_find.pop().expect("looked at above");
            add(&mut day, task, &mut left);
            found = true;
        }
        let mut written_today = Vec::new();
        while let Some(task) = to_write.last() {
            if task.minutes() > input.minutes {
                // Longer than a whole day: said, never squeezed in.
                not_planned.push(to_write.pop().expect("looked at above"));
                continue;
            }
            if task.minutes() > left {
                break;
            }
            let task = to_write.pop().expect("looked at above");
            if let Task::Write { story, .. } = &task {
                written_today.push(story.clone());
            }
            add(&mut day, task, &mut left);
        }
        while to_find.last().is_some_and(|t| t.minutes() <= left) && (!found || to_write.is_empty())
        {
            let task = to_find.pop().expect("looked at above");
            add(&mut day, task, &mut left);
            found = true;
        }
        for task in put_off {
            add(&mut day, task, &mut left);
        }
        // The rounds practised, for the spacing of the days after.
        for task in &day.tasks {
            if let Task::Practise { story, .. } = task
                && let Some((_, drill)) = drills.iter_mut().find(|(id, _)| id == story)
            {
                *drill = Drill {
                    last: Some(date),
                    good: drill.good + 1,
                    poor: false,
                };
            }
        }
        for id in written_today {
            if !told_here.contains(id.as_str()) {
                drills.push((
                    id.clone(),
                    Drill {
                        last: None,
                        good: 0,
                        poor: false,
                    },
                ));
            }
            written.insert(id);
        }
        out.push(day);
    }
    to_write.reverse();
    to_find.reverse();
    not_planned.extend(to_find);
    not_planned.extend(to_write);
    Ok(Prep {
        today: input.today,
        until: input.until,
        minutes_a_day: input.minutes,
        company: input.company.map(str::to_string),
        days: out,
        not_planned,
    })
}

/// The answers due on `date`, most overdue first (never said aloud before all), then
/// by id.
fn due(input: &Input, drills: &[(String, Drill)], date: Day) -> Vec<(String, &'static str)> {
    // Each principle's written answers, for "the only written answer".
    let mut answers: HashMap<&str, usize> = HashMap::new();
    for (id, _) in drills {
        if let Some(p) = input
            .stories
            .iter()
            .find(|s| s.id == *id)
            .and_then(|s| s.principles.first())
        {
            *answers.entry(p.as_str()).or_default() += 1;
        }
    }
    let mut due: Vec<(Day, &str, &'static str)> = drills
        .iter()
        .filter_map(|(id, drill)| {
            let only = input
                .stories
                .iter()
                .find(|s| s.id == *id)
                .and_then(|s| s.principles.first())
                .is_some_and(|p| answers.get(p.as_str()) == Some(&1));
            let (when, why) = drill.due(only);
            (when <= date).then_some((when, id.as_str(), why))
        })
        .collect();
    due.sort();
    due.into_iter()
        .map(|(_, id, why)| (id.to_string(), why))
        .collect()
}

/// The last day: the loop rehearsed with a distinct story for each principle that has
/// a written answer (as many as fit), then the answers read through.
fn mock_day(
    input: &Input,
    written: &HashSet<String>,
    told_here: &HashSet<&str>,
    day: &mut DayPlan,
    left: &mut u32,
    add: &mut impl FnMut(&mut DayPlan, Task, &mut u32) -> bool,
) {
    // The stories as they will be by then: those planned to be written count as
    // written (their parts are not known yet, so any text stands for them).
    let projected: Vec<Story> = input
        .stories
        .iter()
        .filter(|s| written.contains(&s.id) && !told_here.contains(s.id.as_str()))
        .map(|s| {
            let mut s = s.clone();
            if !s.is_written() {
                *s.part_mut(Part::Action) = "(to be written)".to_string();
            }
            s
        })
        .collect();
    let plan = crate::plan::plan(input.set, &projected, &[], &HashMap::new());
    let room = left.saturating_sub(READ_MINUTES) / MOCK_MINUTES;
    let mut rounds: Vec<MockRound> = plan
        .assignments
        .iter()
        .filter_map(|a| {
            a.story.as_ref().map(|c| MockRound {
                principle: a.name.clone(),
                story: c.id.clone(),
                title: c.title.trim().to_string(),
            })
        })
        .collect();
    let dropped = rounds.split_off((room as usize).min(rounds.len()));
    if !rounds.is_empty() {
        let minutes = rounds.len() as u32 * MOCK_MINUTES;
        add(day, Task::Mock { rounds, minutes }, left);
    }
    if !dropped.is_empty() {
        day.left_out.push(Task::Mock {
            minutes: dropped.len() as u32 * MOCK_MINUTES,
            rounds: dropped,
        });
    }
    add(
        day,
        Task::Read {
            minutes: READ_MINUTES,
        },
        left,
    );
}

#[cfg(test)]
mod tests;
