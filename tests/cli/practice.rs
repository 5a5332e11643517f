//! `lp practice`: a timed round in a pseudo-terminal, and the log.

use std::fs;

use crate::support::{contents, copy_of, pty, run_in, snapshot_of, stdout};

#[test]
fn practice_runs_a_timed_round_and_logs_it() {
    let tmp = copy_of("good");
    let stories_before = contents(&tmp.path().join("lib/stories"));
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "practice", "--principle", "ownership"],
        "true",
    );
    p.exp_string("Round 1 of 1").unwrap(); // rexpect reads bytes as Latin-1: stay ASCII
    p.exp_string("Ownership").unwrap();
    p.exp_string("Answer aloud, then press Enter.").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("You took 0:0").unwrap();
    p.exp_string("(target about 2:00): short").unwrap();
    p.exp_string("The story to tell: Took over the flaky release pipeline nobody owned")
        .unwrap();
    p.exp_string("result:").unwrap();
    p.exp_string("EXIT=0").unwrap();

    assert_eq!(
        contents(&tmp.path().join("lib/stories")),
        stories_before,
        "story files are never touched"
    );
    let log = fs::read_to_string(tmp.path().join("lib/.lp/practice.jsonl")).unwrap();
    let round: serde_json::Value = serde_json::from_str(log.trim()).unwrap();
    assert_eq!(round["principle"], "ownership");
    assert_eq!(round["story"], "release-pipeline");
    assert!(round["question"].as_str().unwrap().ends_with(['.', '?']));

    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "coverage",
            "--json",
            "--principles",
            "ownership,frugality",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let today = lp::practice::date(round["at"].as_u64().unwrap());
    assert_eq!(json["rows"][0]["last_practised"], today.as_str());
    assert!(json["rows"][1].get("last_practised").is_none());
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "coverage", "--principles", "ownership"],
    );
    assert!(stdout(&out).contains(&format!("    last practised {today}\n")));
}

#[test]
fn practice_needs_a_terminal() {
    snapshot_of(
        "practice_no_terminal",
        &["--dir", "tests/fixtures/good", "practice"],
    );
    snapshot_of(
        "practice_zero_rounds",
        &["--dir", "tests/fixtures/good", "practice", "--rounds", "0"],
    );
}
