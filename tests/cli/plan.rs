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
