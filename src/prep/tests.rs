use super::*;
use crate::principles;

fn story(id: &str, principles: &[&str], written: bool) -> Story {
    Story {
        id: id.into(),
        title: format!("Story {id}"),
        parts: crate::model::parts([(
            crate::model::Part::Action,
            if written {
                "I did.".into()
            } else {
                String::new()
            },
        )]),
        principles: principles.iter().map(|p| p.to_string()).collect(),
        notes: if written {
            String::new()
        } else {
            "What happened, in a line.".into()
        },
        ..Story::default()
    }
}

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// A round of `story` on `date`, `seconds` long.
fn round(story: &str, principle: &str, date: &str, seconds: u64) -> Round {
    Round {
        at: day(date).0 as u64 * 86_400 + 12 * 3600,
        principle: principle.into(),
        question: "Q?".into(),
        seconds,
        story: Some(story.into()),
    }
}

fn make(stories: &[Story], rounds: &[Round], today: &str, until: &str, minutes: u32) -> Prep {
    let set = principles::builtin();
    plan(&Input {
        set: &set,
        stories,
        rounds,
        told: &[],
        today: day(today),
        until: day(until),
        minutes,
        company: None,
    })
    .unwrap()
}

/// The stories practised on the plan's first day, in order.
fn practised(day: &DayPlan) -> Vec<&str> {
    day.tasks
        .iter()
        .filter_map(|t| match t {
            Task::Practise { story, .. } => Some(story.as_str()),
            _ => None,
        })
        .collect()
}

fn written(prep: &Prep) -> Vec<&str> {
    prep.days
        .iter()
        .flat_map(|d| &d.tasks)
        .filter_map(|t| match t {
            Task::Write { story, .. } => Some(story.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_day_fits_its_minutes_and_says_what_did_not() {
    let stories: Vec<Story> = (0..12)
        .map(|i| {
            let p = principles::builtin().principles[i % 16].id.clone();
            story(&format!("s{i:02}"), &[p.as_str()], i % 3 == 0)
        })
        .collect();
    for minutes in [10, 20, 30, 45, 90, 240] {
        for days in ["2026-12-01", "2026-12-03", "2026-12-07", "2026-12-30"] {
            let prep = make(&stories, &[], "2026-11-30", days, minutes);
            assert_eq!(prep.days.len() as i64, day(days).0 - day("2026-11-30").0);
            for d in &prep.days {
                let sum: u32 = d.tasks.iter().map(Task::minutes).sum();
                assert_eq!(sum, d.minutes, "{d:?}");
                assert!(d.minutes <= minutes, "{minutes} a day: {d:?}");
            }
            // Every story to write is either on a day or said not to be planned.
            let planned = written(&prep).len()
                + prep
                    .not_planned
                    .iter()
                    .filter(|t| matches!(t, Task::Write { .. }))
                    .count();
            assert_eq!(planned, 8, "{minutes} min to {days}");
        }
    }
}

#[test]
fn answers_never_said_aloud_come_first_then_the_poorly_practised_then_the_oldest() {
    let stories = [
        story("fresh", &["ownership"], true),
        story("short-last", &["ownership"], true),
        story("old-good", &["dive-deep"], true),
        story("recent-good", &["dive-deep"], true),
        story("lone", &["frugality"], true),
    ];
    let rounds = [
        round("short-last", "ownership", "2026-11-27", 100),
        round("short-last", "ownership", "2026-11-28", 20),
        round("old-good", "dive-deep", "2026-11-20", 110),
        round("recent-good", "dive-deep", "2026-11-29", 110),
        round("recent-good", "dive-deep", "2026-11-28", 100),
        round("lone", "frugality", "2026-11-29", 100),
    ];
    let prep = make(&stories, &rounds, "2026-11-30", "2026-12-10", 240);
    // Never said aloud, then the answer whose last round was short (due the day after
    // it), then the one practised longest ago; the only answer of Frugality, practised
    // yesterday, waits one day instead of two. "recent-good" (two good rounds, the
    // last yesterday) is not due for four days.
    assert_eq!(
        practised(&prep.days[0]),
        ["fresh", "old-good", "short-last", "lone"],
        "{:?}",
        prep.days[0]
    );
    let why: Vec<&str> = prep.days[0]
        .tasks
        .iter()
        .filter_map(|t| match t {
            Task::Practise { why, .. } => Some(why.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(why[0], "never said aloud");
    assert_eq!(why[2], "its last round was short or over time");
    assert_eq!(why[3], "the only written answer of its principle");
    // Well practised answers come back later: each good round doubles the wait.
    let day_of = |story: &str| {
        prep.days
            .iter()
            .position(|d| practised(d).contains(&story))
            .unwrap()
    };
    // Two good rounds, the last on 11-29: it waits four days, to 12-03.
    assert_eq!(day_of("recent-good"), 3);
}

#[test]
fn everything_written_nothing_practised_puts_every_answer_in_the_first_days() {
    // Six written stories that between them name every principle: nothing to write
    // and nothing to find.
    let ids: Vec<String> = principles::builtin()
        .principles
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let stories: Vec<Story> = ["a", "b", "c", "d", "e", "f"]
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let linked: Vec<&str> = ids.iter().skip(i * 3).take(3).map(String::as_str).collect();
            story(id, &linked, true)
        })
        .collect();
    let prep = make(&stories, &[], "2026-11-30", "2026-12-07", 20);
    // Nothing to write: practice takes the whole day, four rounds of five minutes.
    assert_eq!(practised(&prep.days[0]), ["a", "b", "c", "d"]);
    assert_eq!(practised(&prep.days[1])[..2], ["e", "f"]);
    assert_eq!(prep.days[0].left_out.len(), 2, "said, not squeezed in");
    assert!(written(&prep).is_empty());
    // The last day is the loop: a distinct story a principle, then the reading.
    let last = prep.days.last().unwrap();
    let Task::Mock { rounds, .. } = &last.tasks[0] else {
        panic!("{last:?}")
    };
    let mut told: Vec<&str> = rounds.iter().map(|r| r.story.as_str()).collect();
    told.sort_unstable();
    told.dedup();
    assert_eq!(told.len(), rounds.len(), "no story twice");
    assert!(matches!(last.tasks.last(), Some(Task::Read { .. })));
}

#[test]
fn falling_behind_or_getting_ahead_replans_the_days_left() {
    let mut stories = vec![
        story("w1", &["ownership"], false),
        story("w2", &["dive-deep"], false),
        story("w3", &["frugality"], false),
        story("done", &["earn-trust"], true),
    ];
    let first = make(&stories, &[], "2026-11-30", "2026-12-07", 45);
    let order = written(&first);
    assert_eq!(order.len(), 3);
    // Day 3 with nothing done: the same stories in the same order from day 3; what no
    // longer fits is said, not dropped.
    let behind = make(&stories, &[], "2026-12-03", "2026-12-07", 45);
    let mut again = written(&behind);
    again.extend(behind.not_planned.iter().filter_map(|t| match t {
        Task::Write { story, .. } => Some(story.as_str()),
        _ => None,
    }));
    assert_eq!(again, order);
    assert_eq!(behind.days.len(), 4);
    assert!(
        behind.days[0]
            .tasks
            .iter()
            .any(|t| matches!(t, Task::Write { story, .. } if story == order[0])),
        "{:?}",
        behind.days[0]
    );
    // Ahead: two written and practised on day 1; only the third is left to write, and
    // the new answers are practised.
    for s in stories
        .iter_mut()
        .filter(|s| s.id == order[0] || s.id == order[1])
    {
        *s.part_mut(Part::Action) = "I wrote it.".into();
    }
    let rounds = [round(order[0], "ownership", "2026-11-30", 100)];
    let ahead = make(&stories, &rounds, "2026-12-01", "2026-12-07", 45);
    assert_eq!(written(&ahead), [order[2]]);
    assert!(
        practised(&ahead.days[0]).contains(&order[1]),
        "never said aloud: {:?}",
        ahead.days[0]
    );
}

#[test]
fn a_story_told_at_the_company_is_not_drilled_nor_in_the_mock_loop() {
    let set = principles::builtin();
    let stories = [
        story("told", &["ownership"], true),
        story("other", &["ownership"], true),
    ];
    let told = [Told {
        story: "told".into(),
        company: "Acme".into(),
        round: None,
        date: day("2026-11-28"),
    }];
    let prep = plan(&Input {
        set: &set,
        stories: &stories,
        rounds: &[],
        told: &told,
        today: day("2026-11-30"),
        until: day("2026-12-03"),
        minutes: 45,
        company: Some("acme"),
    })
    .unwrap();
    for d in &prep.days {
        assert!(!practised(d).contains(&"told"), "{d:?}");
        for t in &d.tasks {
            if let Task::Mock { rounds, .. } = t {
                assert!(rounds.iter().all(|r| r.story != "told"));
            }
        }
    }
    assert_eq!(practised(&prep.days[0]), ["other"]);
}

#[test]
fn a_plan_needs_a_day_to_come_and_something_to_plan_from() {
    let set = principles::builtin();
    let input = |stories: &'static [Story], until: &str| -> Result<Prep, Refusal> {
        plan(&Input {
            set: &set,
            stories,
            rounds: &[],
            told: &[],
            today: day("2026-11-30"),
            until: day(until),
            minutes: 45,
            company: None,
        })
    };
    assert_eq!(input(&[], "2026-11-30").unwrap_err(), Refusal::NoDaysLeft);
    assert_eq!(input(&[], "2026-11-01").unwrap_err(), Refusal::NoDaysLeft);
    assert_eq!(input(&[], "2026-12-07").unwrap_err(), Refusal::Empty);
}

#[test]
fn writing_takes_longer_the_more_parts_are_missing_and_less_with_notes() {
    let bare = story("bare", &["ownership"], false);
    let mut noted = bare.clone();
    noted.notes = "word ".repeat(200);
    let mut half = bare.clone();
    *half.part_mut(Part::Situation) = "There was a fire.".into();
    *half.part_mut(Part::Task) = "I had to put it out.".into();
    assert!(write_minutes(&bare) > write_minutes(&half));
    assert!(write_minutes(&bare) > write_minutes(&noted));
    assert!(write_minutes(&half) >= 10);
}

#[test]
fn settings_are_renewed_from_what_was_given_then_what_was_kept() {
    let kept = Settings {
        until: day("2026-12-07"),
        minutes: 30,
        company: Some("Acme".into()),
        made: day("2026-11-30"),
        written: vec!["a".into()],
    };
    let now = day("2026-12-02");
    let written = vec!["a".into(), "b".into()];
    // Nothing new given: the plan keeps its day, its minutes and what was written then.
    let same = Settings::renewed(
        Some(&kept),
        kept.until,
        false,
        45,
        false,
        kept.company.clone(),
        now,
        written.clone(),
    );
    assert_eq!(same, kept);
    // A new date starts afresh today, with what is written now; minutes given win.
    let renewed = Settings::renewed(
        Some(&kept),
        day("2026-12-10"),
        true,
        20,
        true,
        None,
        now,
        written.clone(),
    );
    assert_eq!(
        (renewed.made, renewed.minutes, renewed.written.len()),
        (now, 20, 2)
    );
    // No plan kept: the defaults given.
    let first = Settings::renewed(None, kept.until, false, 45, false, None, now, written);
    assert_eq!((first.made, first.minutes), (now, 45));
}
