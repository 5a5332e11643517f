//! `lp prep`, `lp today`, `lp told` and `lp plan --company`.

use std::fs;
use std::path::Path;

use crate::support::{
    contents, copy_of, library, root, run_in, snapshot, stderr, stdout, transcript,
};

/// A copy of this repository's own library (its stories, none written yet).
fn own_library() -> tempfile::TempDir {
    let tmp = library(&[]);
    fs::create_dir_all(tmp.path().join("lib/stories")).unwrap();
    for entry in fs::read_dir(root().join("stories")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(
            entry.path(),
            tmp.path().join("lib/stories").join(entry.file_name()),
        )
        .unwrap();
    }
    tmp
}

fn lp(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--dir", "lib"];
    all.extend(args);
    run_in(dir, &all)
}

#[test]
fn prep_plans_this_repositorys_library_over_a_week_and_over_two_days() {
    let tmp = own_library();
    let stories = contents(&tmp.path().join("lib/stories"));
    let out = lp(
        tmp.path(),
        &["prep", "--until", "2026-12-07", "--today", "2026-11-30"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    snapshot("prep_week", transcript(&out));
    // The date is kept in .lp/, never among the stories.
    assert_eq!(contents(&tmp.path().join("lib/stories")), stories);
    let kept = fs::read_to_string(tmp.path().join("lib/.lp/prep.json")).unwrap();
    assert!(kept.contains("\"until\": \"2026-12-07\""), "{kept}");
    let out = lp(
        tmp.path(),
        &["prep", "--until", "2026-12-02", "--today", "2026-11-30"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    snapshot("prep_two_days", transcript(&out));
    let out = lp(
        tmp.path(),
        &["prep", "--until", "2026-12-01", "--today", "2026-11-30"],
    );
    assert!(
        stdout(&out).contains("One day: here is what matters most."),
        "{}",
        transcript(&out)
    );
}

#[test]
fn the_minutes_a_day_are_never_exceeded_and_what_does_not_fit_is_said() {
    let tmp = own_library();
    for minutes in ["10", "30", "45", "120"] {
        let out = lp(
            tmp.path(),
            &[
                "prep",
                "--until",
                "2026-12-09",
                "--today",
                "2026-11-30",
                "--minutes",
                minutes,
                "--json",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let budget: u64 = minutes.parse().unwrap();
        for day in json["days"].as_array().unwrap() {
            let sum: u64 = day["tasks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["minutes"].as_u64().unwrap())
                .sum();
            assert_eq!(sum, day["minutes"].as_u64().unwrap());
            assert!(sum <= budget, "{minutes}: {day}");
        }
        let planned = json["days"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| d["tasks"].as_array().unwrap())
            .filter(|t| t["kind"] == "write")
            .count()
            + json["not_planned"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|t| t["kind"] == "write")
                .count();
        assert_eq!(
            planned, 11,
            "every story to write is planned or said not to be"
        );
    }
}

#[test]
fn today_follows_the_plan_and_replans_after_writing_and_practising() {
    let tmp = own_library();
    let out = lp(
        tmp.path(),
        &["prep", "--until", "2026-01-12", "--today", "2026-01-05"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let out = lp(tmp.path(), &["today", "--today", "2026-01-05"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Today, Mon 2026-01-05 · 7 days to the interview on 2026-01-12"),
        "{text}"
    );
    assert!(
        text.contains("Next: lp add --principle customer-obsession"),
        "{text}"
    );
    let first_write = "certified-scrum-product-owner";
    assert!(
        text.contains(&format!("`lp write {first_write}`")),
        "{text}"
    );

    // Day 2: the first story was written, and practised once.
    let path = tmp.path().join(format!("lib/stories/{first_write}.yaml"));
    let mut yaml = fs::read_to_string(&path).unwrap();
    yaml.push_str("situation: Our team had no product owner.\ntask: I had to learn the role.\naction: I took the course and ran the backlog.\nresult: We shipped on time.\n");
    fs::write(&path, yaml).unwrap();
    fs::create_dir_all(tmp.path().join("lib/.lp")).unwrap();
    let noon = 1_767_700_800u64; // 2026-01-06 12:00 UTC, in the past: the log takes no round from the future
    fs::write(
        tmp.path().join("lib/.lp/practice.jsonl"),
        format!(
            "{{\"at\":{noon},\"principle\":\"learn-and-be-curious\",\"question\":\"Q?\",\"seconds\":100,\"story\":\"{first_write}\"}}\n"
        ),
    )
    .unwrap();
    let out = lp(tmp.path(), &["today", "--today", "2026-01-06", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["written_since"], serde_json::json!([first_write]));
    assert_eq!(json["practised_today"], serde_json::json!([first_write]));
    // Practised today: not due again today; and no longer to write.
    for task in json["tasks"].as_array().unwrap() {
        assert_ne!(task["story"], first_write, "{json}");
    }
    let text = stdout(&lp(tmp.path(), &["today", "--today", "2026-01-06"]));
    assert!(
        text.contains("Done:\n  ✓ wrote Certified Scrum Product Owner"),
        "{text}"
    );
    assert!(text.contains("practised 1 round today"), "{text}");

    // Day 3 with nothing more done: the plan still starts today, and nothing is lost.
    let out = lp(tmp.path(), &["prep", "--today", "2026-01-08", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["days"].as_array().unwrap().len(), 4);
    assert_eq!(json["days"][0]["date"], "2026-01-08");
    // Practised two days ago, once: due again by now.
    let practised: Vec<&serde_json::Value> = json["days"][0]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["kind"] == "practise")
        .collect();
    assert_eq!(practised[0]["story"], first_write, "{json}");
}

#[test]
fn told_is_recorded_and_plan_for_that_company_never_assigns_it() {
    let tmp = copy_of("good");
    let out = lp(
        tmp.path(),
        &[
            "told",
            "release-pipeline",
            "--company",
            "Acme",
            "--round",
            "onsite 2",
            "--date",
            "2026-11-30",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stderr(&out).contains("Recorded: Took over the flaky release pipeline"),
        "{}",
        transcript(&out)
    );
    let record = fs::read_to_string(tmp.path().join("lib/.lp/told.jsonl")).unwrap();
    assert_eq!(
        record,
        "{\"story\":\"release-pipeline\",\"company\":\"Acme\",\"round\":\"onsite 2\",\"date\":\"2026-11-30\"}\n"
    );
    // Before: the story is told for Ownership. For Acme: never, and said so.
    let before: serde_json::Value =
        serde_json::from_slice(&lp(tmp.path(), &["plan", "--json"]).stdout).unwrap();
    assert!(before.to_string().contains("\"id\":\"release-pipeline\""));
    let out = lp(tmp.path(), &["plan", "--company", "acme", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for a in json["assignments"].as_array().unwrap() {
        assert_ne!(a["story"]["id"], "release-pipeline", "{a}");
        assert_ne!(a["backup"]["id"], "release-pipeline", "{a}");
    }
    assert_eq!(json["set_aside"][0]["id"], "release-pipeline");
    let text = stdout(&lp(tmp.path(), &["plan", "--company", "Acme"]));
    assert!(
        text.contains("Set aside, told at Acme before:\n  - Took over the flaky release pipeline"),
        "{text}"
    );
    // list and show say where it was told.
    let text = stdout(&lp(tmp.path(), &["list"]));
    assert!(text.contains("Told in interviews:\n  Took over the flaky release pipeline nobody owned: Acme (onsite 2, 2026-11-30)"), "{text}");
    let text = stdout(&lp(tmp.path(), &["show", "release-pipeline"]));
    assert!(
        text.contains("Told at: Acme (onsite 2, 2026-11-30)"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&lp(tmp.path(), &["show", "release-pipeline", "--json"]).stdout)
            .unwrap();
    assert_eq!(json["told"][0], "Acme (onsite 2, 2026-11-30)");
    // prep for Acme does not drill it.
    let out = lp(
        tmp.path(),
        &[
            "prep",
            "--until",
            "2026-12-07",
            "--today",
            "2026-11-30",
            "--company",
            "Acme",
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        !stdout(&out).contains("\"story\": \"release-pipeline\""),
        "{}",
        stdout(&out)
    );
    // A company nobody told a story at: refused, with the known ones.
    let out = lp(tmp.path(), &["plan", "--company", "Globex"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no story has been recorded as told at \"Globex\"\n  hint: the companies lp knows: Acme; without --company, lp plan uses every story\n"
    );
}

#[test]
fn prep_today_and_told_refuse_what_they_cannot_do() {
    let tmp = own_library();
    let long = "x".repeat(201);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["prep", "--until", "2026-11-01", "--today", "2026-11-30"],
            "error: 2026-11-01 is in the past: the plan needs a day still to come\n  hint: lp prep --until YYYY-MM-DD with the date of the next interview\n",
        ),
        (
            vec!["prep", "--until", "2026-11-30", "--today", "2026-11-30"],
            "error: the interview is today (2026-11-30): there is no day left to plan\n  hint: lp plan names the story for each principle; lp export -o answers.md gives them to read\n",
        ),
        (
            vec!["prep", "--until", "next week"],
            "error: --until \"next week\" is not a date\n  hint: write it as YYYY-MM-DD, such as --until ",
        ),
        (
            vec!["today", "--today", "2026-11-30"],
            "error: no plan yet: lp today shows a day of the plan lp prep makes\n  hint: lp prep --until 2026-12-07 (the day of the interview)\n",
        ),
        (
            vec!["prep", "--today", "2026-11-30"],
            "error: no interview date yet\n  hint: lp prep --until 2026-12-07 (the day of the interview)\n",
        ),
        (
            vec!["told", "no-such-story", "--company", "Acme"],
            "error: no story ",
        ),
        (
            vec!["told", "compliance-enforcement", "--company", "  "],
            "error: --company is empty\n  hint: lp told ID --company Acme\n",
        ),
        (
            vec![
                "told",
                "compliance-enforcement",
                "--company",
                "Acme",
                "--date",
                "2026-02-30",
            ],
            "error: --date \"2026-02-30\" is not a date\n  hint: write it as YYYY-MM-DD",
        ),
        (
            vec![
                "told",
                "compliance-enforcement",
                "--company",
                "Acme\u{1b}[2J",
            ],
            "error: --company has a control character\n  hint: write it as plain text\n",
        ),
        (
            vec![
                "told",
                "compliance-enforcement",
                "--company",
                "Acme",
                "--round",
                &long,
            ],
            "error: --round is longer than 200 characters\n  hint: a few words are enough\n",
        ),
        (
            vec!["prep", "--until", "2026-12-07", "--company", &long],
            "error: --company is longer than 200 characters\n  hint: the company's name is enough\n",
        ),
        (
            vec!["plan", "--company", "Acme"],
            "error: no story has been recorded as told at \"Acme\", or anywhere yet\n  hint: after an interview, lp told ID --company Acme records what you told; without --company, lp plan uses every story\n",
        ),
    ];
    for (args, expected) in cases {
        let out = lp(tmp.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", transcript(&out));
        assert!(
            stderr(&out).starts_with(expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // A library with nothing written and no notes.
    let empty = library(&[(
        "stories/blank.yaml",
        b"title: Blank\nprinciples: [ownership]\n",
    )]);
    let out = lp(
        empty.path(),
        &["prep", "--until", "2026-12-07", "--today", "2026-11-30"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert_eq!(
        stderr(&out),
        "error: nothing to plan from: no story is written and none has notes\n  hint: lp import NOTES.md brings in the notes you have; lp add drafts a story\n"
    );
    // A kept date that is not lp's: said where, with line and column.
    fs::create_dir_all(tmp.path().join("lib/.lp")).unwrap();
    fs::write(tmp.path().join("lib/.lp/prep.json"), "{\"until\": 7}\n").unwrap();
    let out = lp(tmp.path(), &["today", "--today", "2026-11-30"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(
        stderr(&out).starts_with("error: lib/.lp/prep.json:1:"),
        "{}",
        stderr(&out)
    );
}

/// A strict reader of an iCalendar file (RFC 5545): CRLF line ends, lines of at most
/// 75 octets, folded lines unfolded, components balanced. Returns each event's
/// properties, their values unescaped.
fn read_ics(bytes: &[u8]) -> Vec<Vec<(String, String)>> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "CRLF at the end");
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(
            !raw.contains('\n') && !raw.contains('\r'),
            "a bare line end: {raw:?}"
        );
        assert!(raw.len() <= 75, "over 75 octets: {raw:?}");
        match raw.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("a folded line follows one")
                .push_str(rest),
            None => lines.push(raw.to_string()),
        }
    }
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.iter().any(|l| l == "VERSION:2.0"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    for line in &lines[1..lines.len() - 1] {
        match line.as_str() {
            "BEGIN:VEVENT" => {
                assert!(current.is_none(), "nested VEVENT");
                current = Some(Vec::new());
            }
            "END:VEVENT" => events.push(current.take().expect("END without BEGIN")),
            _ => {
                let (name, value) = line.split_once(':').expect("NAME:VALUE");
                let mut unescaped = String::new();
                let mut chars = value.chars();
                while let Some(c) = chars.next() {
                    if c == '\\' {
                        match chars.next() {
                            Some('n' | 'N') => unescaped.push('\n'),
                            Some(c @ ('\\' | ';' | ',')) => unescaped.push(c),
                            other => panic!("a bad escape \\{other:?} in {line}"),
                        }
                    } else {
                        assert!(!matches!(c, ';' | ','), "unescaped {c} in {line}");
                        unescaped.push(c);
                    }
                }
                if let Some(event) = current.as_mut() {
                    event.push((name.to_string(), unescaped));
                }
            }
        }
    }
    assert!(current.is_none(), "a VEVENT left open");
    events
}

#[test]
fn the_calendar_file_has_an_event_a_day_that_a_strict_reader_takes() {
    let tmp = own_library();
    let out = lp(
        tmp.path(),
        &[
            "prep",
            "--until",
            "2026-12-07",
            "--today",
            "2026-11-30",
            "--ics",
            "prep.ics",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stderr(&out).contains("Wrote 7 days' sessions to prep.ics"),
        "{}",
        stderr(&out)
    );
    let events = read_ics(&fs::read(tmp.path().join("prep.ics")).unwrap());
    assert_eq!(events.len(), 7);
    let get = |event: &Vec<(String, String)>, name: &str| {
        event
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {name} in {event:?}"))
    };
    let mut uids = std::collections::HashSet::new();
    for (i, event) in events.iter().enumerate() {
        assert!(uids.insert(get(event, "UID")), "UIDs are unique");
        get(event, "DTSTAMP");
        assert_eq!(
            get(event, "DTSTART;VALUE=DATE"),
            format!("202612{:02}", i).replace("20261200", "20261130")
        );
        assert!(get(event, "SUMMARY").starts_with("Interview prep: "));
    }
    let first = get(&events[0], "DESCRIPTION");
    assert!(
        first.contains("find a story for Customer Obsession"),
        "{first}"
    );
    assert!(first.contains('\n'), "a task a line: {first}");
    // Never replaced without --force.
    let out = lp(
        tmp.path(),
        &["prep", "--today", "2026-11-30", "--ics", "prep.ics"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: prep.ics already exists\n  hint: pass --force"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_kept_date_and_the_record_are_read_with_limits() {
    let tmp = copy_of("good");
    let lp_dir = tmp.path().join("lib/.lp");
    fs::create_dir_all(lp_dir.join("prep.json")).unwrap();
    let out = lp(tmp.path(), &["today"]);
    assert_eq!(
        stderr(&out),
        "error: lib/.lp/prep.json is not a file\n  hint: remove it, then set the date again with lp prep --until DATE\n"
    );
    fs::remove_dir(lp_dir.join("prep.json")).unwrap();
    fs::write(lp_dir.join("prep.json"), " ".repeat(70 * 1024)).unwrap();
    let out = lp(tmp.path(), &["today"]);
    assert_eq!(
        stderr(&out),
        "error: lib/.lp/prep.json is over 64 KiB\n  hint: remove it, then set the date again with lp prep --until DATE\n"
    );
    // A line that is not a record is passed over, and said.
    fs::write(
        lp_dir.join("told.jsonl"),
        "{\"story\":\"release-pipeline\",\"company\":\"Acme\",\"date\":\"2026-11-30\"}\nnot a record\n",
    )
    .unwrap();
    let out = lp(tmp.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        "warning: 1 line of lib/.lp/told.jsonl could not be read and were passed over\n  hint: each line is one story told, as JSON; lp told only adds lines\n"
    );
    assert!(stdout(&out).contains("Acme (2026-11-30)"));
    // A record that is not a file: not read, and said; lp told adds nothing through it.
    fs::remove_file(lp_dir.join("told.jsonl")).unwrap();
    fs::create_dir(lp_dir.join("told.jsonl")).unwrap();
    let out = lp(tmp.path(), &["show", "release-pipeline"]);
    assert!(
        stderr(&out).starts_with("warning: lib/.lp/told.jsonl is not a file, so the record of stories told was not read\n"),
        "{}",
        stderr(&out)
    );
    let out = lp(
        tmp.path(),
        &["told", "release-pipeline", "--company", "Acme"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: lib/.lp/told.jsonl is not a file, so the record was not added\n  hint: remove it; lp told writes a new one\n"
    );
    fs::remove_dir(lp_dir.join("told.jsonl")).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("elsewhere"), lp_dir.join("told.jsonl")).unwrap();
    let out = lp(
        tmp.path(),
        &["told", "release-pipeline", "--company", "Acme"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .starts_with("error: lib/.lp/told.jsonl is a link, so the record was not added"),
        "{}",
        stderr(&out)
    );
    assert!(!tmp.path().join("elsewhere").exists());
    fs::remove_file(lp_dir.join("told.jsonl")).unwrap();
    fs::write(lp_dir.join("told.jsonl"), vec![b'\n'; 5 * 1024 * 1024]).unwrap();
    let out = lp(tmp.path(), &["list"]);
    assert!(
        stderr(&out).starts_with("warning: lib/.lp/told.jsonl is over 4 MiB, so the record of stories told was not read\n"),
        "{}",
        stderr(&out)
    );
}
