//! `lp plan`: distinct stories for a loop, and the cheat sheet.

use std::fs;

use crate::support::{library, root, run, run_in, snapshot_of, stderr, transcript};

#[test]
fn plan_finds_distinct_stories_where_greedy_fails() {
    // Ownership's best story is A (ready, primary), but A is Dive Deep's only story:
    // the plan tells B for Ownership and A for Dive Deep.
    let tmp = library(&[
        (
            "stories/a.yaml",
            b"title: A\nprinciples: [ownership, dive-deep]\nstatus: ready\naction: I did.\n",
        ),
        (
            "stories/b.yaml",
            b"title: B\nprinciples: [ownership]\nresult: Done.\n",
        ),
        // A story with notes only is never told.
        (
            "stories/c.yaml",
            b"title: C\nprinciples: [dive-deep]\nstatus: ready\nnotes: A reminder.\n",
        ),
    ]);
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "plan",
            "--principles",
            "ownership,dive-deep",
            "--json",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 2);
    let told: Vec<(&str, &str)> = json["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap(),
                a["story"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(told, [("ownership", "b"), ("dive-deep", "a")]);
    assert_eq!(json["uncovered"], serde_json::json!([]));
    assert_eq!(json["assignments"][1]["backup"], serde_json::Value::Null);
    assert_eq!(json["assignments"][1]["to_write"][0]["id"], "c");
}

#[test]
fn plan_names_the_principles_without_a_distinct_story() {
    snapshot_of(
        "plan_good",
        &[
            "--dir",
            "tests/fixtures/good",
            "plan",
            "--principles",
            "ownership,dive-deep,deliver-results,frugality",
        ],
    );
}

#[test]
fn plan_writes_a_cheat_sheet_and_never_overwrites_it() {
    let tmp = tempfile::tempdir().unwrap();
    let sheet = tmp.path().join("sheet.md");
    let sheet_arg = sheet.to_str().unwrap();
    let lib = root().join("tests/fixtures/good");
    let lib = lib.to_str().unwrap();
    let args = [
        "--dir",
        lib,
        "plan",
        "--principles",
        "ownership,customer obsession",
        "-o",
        sheet_arg,
    ];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = fs::read_to_string(&sheet).unwrap();
    assert_eq!(
        text,
        "# Interview plan: Amazon Leadership Principles\n\n\
         | Principle | Story | Result | Length |\n| --- | --- | --- | --- |\n\
         | Customer Obsession | Rebuilt the export feature around what support saw | Export tickets fell by 70%. | 0:21 |\n\
         | Ownership | Took over the flaky release pipeline nobody owned | Failures dropped from 25% of nights to under 2% within a month, and the platform group adopted the runbook. | 0:50 |\n"
    );
    let out = run(&args);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {sheet_arg} already exists\n  hint: pass --force to replace it, or choose another file\n"
        )
    );
}

#[test]
fn plan_agrees_with_coverage_on_principles_told_elsewhere() {
    // Hire and Develop the Best has two written stories (coverage: covered), but each
    // is the only story of another principle of the loop: plan says so by name.
    let tmp = library(&[
        (
            "stories/s1.yaml",
            b"title: Mentored a new hire\nprinciples: [ownership, hire-and-develop-the-best]\naction: I did.\n",
        ),
        (
            "stories/s2.yaml",
            b"title: Traced the leak\nprinciples: [dive-deep, hire-and-develop-the-best]\naction: I did.\n",
        ),
        (
            "stories/s3.yaml",
            b"title: Hired for the team\nprinciples: [hire-and-develop-the-best]\nnotes: To write.\n",
        ),
    ]);
    let focus = "ownership,dive-deep,hire-and-develop-the-best";
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "coverage", "--principles", focus, "--json"],
    );
    let coverage: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = coverage["rows"].as_array().unwrap();
    let hire = rows
        .iter()
        .find(|r| r["id"] == "hire-and-develop-the-best")
        .unwrap();
    assert_eq!(
        hire["story_count"], 2,
        "coverage counts two written stories"
    );

    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "plan", "--principles", focus, "--json"],
    );
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hire = plan["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "hire-and-develop-the-best")
        .unwrap();
    assert!(hire["story"].is_null());
    let told: Vec<(&str, &str)> = hire["told_elsewhere"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["id"].as_str().unwrap(), t["under"].as_str().unwrap()))
        .collect();
    assert_eq!(told, [("s1", "Ownership"), ("s2", "Dive Deep")]);
    // Every principle coverage counts as covered is told, or said to be told elsewhere.
    for row in rows.iter().filter(|r| r["story_count"].as_u64() > Some(0)) {
        let a = plan["assignments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == row["id"])
            .unwrap();
        assert!(
            !a["story"].is_null() || !a["told_elsewhere"].as_array().unwrap().is_empty(),
            "{}",
            row["id"]
        );
    }

    let out = run_in(tmp.path(), &["--dir", "lib", "plan", "--principles", focus]);
    // The report is wrapped to 80 columns: compared with its lines joined.
    let text = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("its written ones are told elsewhere: Mentored a new hire (told under Ownership); Traced the leak (told under Dive Deep)"),
        "{text}"
    );
    assert!(!text.contains("only stories still to write"), "{text}");
    assert!(
        text.contains("1 of these has written stories, all told under other principles"),
        "{text}"
    );
}
