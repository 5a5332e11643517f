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
    p.exp_string("Press Enter to start the clock").unwrap();
    // The clock starts only now, and ticks while the person answers.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("0:00").unwrap();
    p.exp_string("0:01").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    // Under five seconds: asked, and counted only when confirmed.
    p.exp_string("That took 0:01. Did you answer (a), or skip this question (s)?")
        .unwrap();
    p.send("a").unwrap();
    p.flush().unwrap();
    p.exp_string("You took 0:01").unwrap();
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
fn a_short_round_skipped_is_not_logged_and_an_unwritten_story_is_never_the_one_to_tell() {
    let tmp = crate::support::library(&[(
        "stories/idea.yaml",
        b"title: Fixed the flaky tests\nprinciples: [ownership]\nstatus: ready\nnotes: The CI story.\n",
    )]);
    let mut p = pty(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "practice",
            "--principle",
            "ownership",
            "--rounds",
            "2",
        ],
        "true",
    );
    p.exp_string("Press Enter to start the clock").unwrap();
    p.send("\r").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("[a/s]").unwrap();
    p.send("s").unwrap();
    p.flush().unwrap();
    p.exp_string("skipped: this round is not logged.").unwrap();
    p.exp_string("Round 2 of 2").unwrap();
    p.exp_string("Press Enter to start the clock").unwrap();
    p.send("\r").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("[a/s]").unwrap();
    p.send("a").unwrap();
    p.flush().unwrap();
    p.exp_string("You have no written answer for Ownership yet; one story is still to write:")
        .unwrap();
    p.exp_string("Fixed the flaky tests (`lp write idea`)")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    let log = fs::read_to_string(tmp.path().join("lib/.lp/practice.jsonl")).unwrap();
    assert_eq!(log.lines().count(), 1, "only the confirmed round: {log}");
    let round: serde_json::Value = serde_json::from_str(log.trim()).unwrap();
    assert!(round.get("story").is_none(), "{round}");
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

#[test]
fn the_practice_log_is_read_with_limits() {
    let tmp = copy_of("good");
    let log = tmp.path().join("lib/.lp/practice.jsonl");
    fs::create_dir_all(log.parent().unwrap()).unwrap();
    // A named pipe would block a plain read forever; a link to /dev/zero never ends.
    for (what, make) in [
        ("a named pipe", "mkfifo"),
        ("a link to /dev/zero", "ln -s /dev/zero"),
    ] {
        let _ = fs::remove_file(&log);
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{make} '{}'", log.display()))
            .status()
            .unwrap();
        assert!(status.success());
        let mut cmd = crate::support::lp_in(tmp.path(), &["--dir", "lib", "coverage"]);
        cmd.stdin(std::process::Stdio::null());
        let out = crate::corpus::run_with_limit(cmd, 10)
            .unwrap_or_else(|| panic!("{what}: lp coverage did not finish"));
        assert_eq!(out.status.code(), Some(0), "{what}");
        assert_eq!(
            crate::support::stderr(&out),
            "warning: lib/.lp/practice.jsonl is not a file, so the practice history was not read\n  hint: remove it; lp practice writes a new one\n",
            "{what}"
        );
    }
    // Bad lines and times lp could not have written are passed over, with a warning.
    fs::remove_file(&log).unwrap();
    fs::write(
        &log,
        "{\"at\":1700000000,\"principle\":\"ownership\",\"question\":\"Q\",\"seconds\":90}\n\
         not json\n\
         {\"at\":18446744073709551615,\"principle\":\"frugality\",\"question\":\"Q\",\"seconds\":90}\n",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "coverage"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("last practised 2023-11-14"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("584554051223"));
    assert_eq!(
        crate::support::stderr(&out),
        "warning: 2 lines of lib/.lp/practice.jsonl could not be read and were passed over\n  hint: each line is one round as JSON; lp practice only adds lines\n"
    );
}

#[test]
fn practice_drills_one_story_with_a_question_of_its_own_and_refuses_one_unwritten() {
    let tmp = copy_of("good");
    std::fs::write(
        tmp.path().join("lib/stories/idea.yaml"),
        "title: An idea\nprinciples: [ownership]\nnotes: To write.\n",
    )
    .unwrap();
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "practice", "--story", "release-pipeline"],
        "true",
    );
    p.exp_string("Round 1 of 1").unwrap();
    p.exp_string("Ownership").unwrap();
    p.exp_string("Press Enter to start the clock").unwrap();
    p.send("\r").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("[a/s]").unwrap();
    p.send("a").unwrap();
    p.flush().unwrap();
    p.exp_string("The story to tell: Took over the flaky release pipeline nobody owned")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    let log = fs::read_to_string(tmp.path().join("lib/.lp/practice.jsonl")).unwrap();
    let round: serde_json::Value = serde_json::from_str(log.trim()).unwrap();
    assert_eq!(round["story"], "release-pipeline");

    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "practice", "--story", "idea"],
        "true",
    );
    p.exp_string("error: idea has no answer written yet, so there is nothing to say aloud")
        .unwrap();
    p.exp_string("hint: lp write idea").unwrap();
    p.exp_string("EXIT=2").unwrap();
}
