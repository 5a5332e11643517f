//! `lp coverage`: the report, focus, --fail-under, JSON, colour and width.

use crate::support::{lp_in, root, run, run_in, snapshot, snapshot_of, stderr, stdout, transcript};

#[test]
fn coverage_of_a_good_library() {
    snapshot_of(
        "coverage_good",
        &["--dir", "tests/fixtures/good", "coverage"],
    );
}

#[test]
fn coverage_narrowed_to_an_interviews_focus() {
    snapshot_of(
        "coverage_focus",
        &[
            "coverage",
            "--dir",
            "tests/fixtures/good",
            "--principles",
            "Dive Deep,ownership",
            "--principles",
            "frugality",
            "--min",
            "1",
        ],
    );
}

#[test]
fn coverage_in_an_empty_folder_shows_every_principle_as_a_gap() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["coverage"]);
    snapshot("coverage_empty", transcript(&out));
    assert_eq!(stdout(&out).matches(": gap, no story").count(), 16);
}

#[test]
fn coverage_fail_under_exits_1_naming_the_principles() {
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "coverage",
        "--fail-under",
        "1",
        "--principles",
        "ownership,dive-deep,bias-for-action",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "1 principle is under 1 story: Bias for Action\n"
    );
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "coverage",
        "--fail-under",
        "1",
        "--principles",
        "ownership,dive-deep",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
}

#[test]
fn coverage_json_holds_the_same_facts() {
    let out = run(&["--dir", "tests/fixtures/good", "coverage", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 2);
    assert_eq!(json["set"], "Amazon Leadership Principles");
    assert_eq!(json["target"], 2);
    assert_eq!(json["story_count"], 4);
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 16);
    let dive = rows.iter().find(|r| r["id"] == "dive-deep").unwrap();
    assert_eq!(dive["story_count"], 1);
    assert_eq!(dive["secondary"], 1);
    assert_eq!(dive["standing"], "thin");
    assert_eq!(dive["linked"][0]["id"], "release-pipeline");
    let gaps: Vec<_> = rows.iter().filter(|r| r["standing"] == "gap").collect();
    assert_eq!(gaps.len(), 5);
    assert!(
        gaps.iter()
            .all(|g| g["questions"].as_array().unwrap().len() == 3)
    );
    assert_eq!(json["stretched"][0]["id"], "everything");
}

#[test]
fn coverage_refuses_an_unknown_focus_principle() {
    snapshot_of(
        "coverage_unknown_focus",
        &[
            "--dir",
            "tests/fixtures/good",
            "coverage",
            "--principles",
            "Ownershp",
        ],
    );
}

#[test]
fn a_broken_library_reports_every_problem_and_exits_2() {
    let out = run(&["--dir", "tests/fixtures/broken", "coverage"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing is reported as coverage");
    snapshot("coverage_broken", transcript(&out));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = run(&["--dir", "tests/fixtures/good", "coverage"]);
    assert!(!stdout(&plain).contains('\x1b'));
    let forced = run(&[
        "--dir",
        "tests/fixtures/good",
        "coverage",
        "--color",
        "always",
    ]);
    assert!(stdout(&forced).contains("\x1b[31mgap\x1b[0m"));
    // NO_COLOR wins over a forced CLICOLOR_FORCE in auto mode.
    let out = lp_in(&root(), &["--dir", "tests/fixtures/good", "coverage"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!stdout(&out).contains('\x1b'));
}

#[test]
fn coverage_lines_fit_80_columns() {
    for args in [
        &["coverage"][..],
        &["list"],
        &["show", "release-pipeline"],
        &["principles"],
    ] {
        let mut all = vec!["--dir", "tests/fixtures/good"];
        all.extend_from_slice(args);
        let out = run(&all);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", transcript(&out));
        let text = stdout(&out);
        assert!(
            text.lines().count() >= 5,
            "{args:?}: too little output to judge:\n{text}"
        );
        for line in text.lines() {
            let width = line.chars().count();
            // `show` prints the story's own lines as written; the fixture keeps them short.
            assert!(width <= 80, "{args:?}: {width} columns: {line}");
        }
    }
}
