//! Recovery files taken up again (`lp add --resume`, `lp write --resume`, listed by
//! `lp check`), and `lp rename`.

use std::fs;

use crate::support::{contents, library, pty, run_in, snapshot, stderr, stdout, transcript};

#[test]
fn check_lists_recovery_files_and_add_resume_makes_one_a_story() {
    let tmp = library(&[
        (
            "stories/a.yaml",
            b"title: A\nprinciples: [ownership]\naction: I did.\n",
        ),
        (
            ".lp/recovered/add-1795685986.yaml",
            b"# lp-recovered: add\n# lp add was interrupted; this is what was typed.\ntitle: Fixed the cache\nprinciples:\n  - dive-deep\nstatus: draft\naction: |\n  I found the key that expired mid-build.\n",
        ),
    ]);
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stdout(&out).contains(
            "warning: lib/.lp/recovered/add-1795685986.yaml: a recovery file is waiting: a new story lp could not save [recovered]\n  hint: `lp --dir lib add --resume lib/.lp/recovered/add-1795685986.yaml` takes it up again"
        ),
        "{}",
        transcript(&out)
    );
    // Without a terminal, the newest recovery file is added as it is, then removed.
    let out = run_in(tmp.path(), &["--dir", "lib", "add", "--resume"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stdout(&out).starts_with("Added lib/stories/fixed-the-cache.yaml\n"),
        "{}",
        transcript(&out)
    );
    assert!(stderr(&out).contains("Removed lib/.lp/recovered/add-1795685986.yaml"));
    assert!(contents(&tmp.path().join("lib/.lp/recovered")).is_empty());
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "show", "fixed-the-cache", "--json"],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["story"]["action"],
        "I found the key that expired mid-build.\n"
    );
    // Nothing left to resume.
    let out = run_in(tmp.path(), &["--dir", "lib", "add", "--resume"]);
    assert_eq!(out.status.code(), Some(2));
    snapshot("add_resume_nothing", transcript(&out));
}

#[test]
fn resume_of_a_file_that_is_not_a_story_or_is_for_an_existing_one_is_refused() {
    let tmp = library(&[
        (
            "stories/a.yaml",
            b"title: A\nprinciples: [ownership]\naction: I did.\n",
        ),
        (".lp/recovered/add-1.yaml", b"title: [unclosed\n"),
        (
            ".lp/recovered/write-a.yaml",
            b"# lp-recovered: write \"a\"\ntitle: A\nprinciples: [ownership]\naction: I did it better.\n",
        ),
    ]);
    let before = contents(&tmp.path().join("lib"));
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--resume",
            "lib/.lp/recovered/add-1.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("does not hold a story lp can add"),
        "{}",
        stderr(&out)
    );
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--resume",
            "lib/.lp/recovered/write-a.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    snapshot("add_resume_for_a_story", transcript(&out));
    assert_eq!(contents(&tmp.path().join("lib")), before, "nothing written");
}

#[test]
fn write_resume_goes_on_from_the_recovered_text() {
    let tmp = library(&[
        (
            "stories/a.yaml",
            b"title: A\nprinciples: [ownership]\nnotes: A reminder.\n",
        ),
        (
            ".lp/recovered/write-a.yaml",
            b"# lp-recovered: write \"a\"\n# lp write was interrupted; this is what was typed.\ntitle: A\nprinciples:\n  - ownership\nsituation: |\n  Typed before Ctrl-C.\nnotes: |\n  A reminder.\n",
        ),
    ]);
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "a", "--resume"],
        "false",
    );
    p.exp_string("Resuming lib/stories/a.yaml from").unwrap();
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Typed before Ctrl-C.").unwrap();
    p.exp_string("Situation (Enter keeps it").unwrap();
    p.send_line("").unwrap();
    for part in ["Task", "Action", "Result", "What I learned"] {
        p.exp_string(&format!("{part} (Enter to skip")).unwrap();
        p.send_line("").unwrap();
    }
    p.exp_string("Choose what to do with this answer").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Saved lib/stories/a.yaml").unwrap();
    p.exp_string("Removed lib/.lp/recovered/write-a.yaml")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    let text = fs::read_to_string(tmp.path().join("lib/stories/a.yaml")).unwrap();
    assert!(
        text.contains("situation: |\n  Typed before Ctrl-C.\n"),
        "{text}"
    );
    assert!(!tmp.path().join("lib/.lp/recovered/write-a.yaml").exists());
}

#[test]
fn rename_changes_the_id_and_never_writes_over_another_story() {
    let tmp = library(&[
        (
            "stories/proper-implementation.yaml",
            b"title: Secret propagation\nprinciples: [ownership]\n# kept as written\naction: I did.\n",
        ),
        (
            "stories/taken.yaml",
            b"title: Taken\nprinciples: [ownership]\n",
        ),
    ]);
    let text = fs::read(tmp.path().join("lib/stories/proper-implementation.yaml")).unwrap();
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "rename",
            "proper-implementation",
            "secret-propagation",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        stdout(&out),
        "Renamed lib/stories/proper-implementation.yaml to lib/stories/secret-propagation.yaml\n"
    );
    assert!(
        !tmp.path()
            .join("lib/stories/proper-implementation.yaml")
            .exists()
    );
    assert_eq!(
        fs::read(tmp.path().join("lib/stories/secret-propagation.yaml")).unwrap(),
        text,
        "the text is not touched"
    );
    let before = contents(&tmp.path().join("lib"));
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "rename", "secret-propagation", "taken"],
    );
    assert_eq!(out.status.code(), Some(2));
    snapshot("rename_over_a_story", transcript(&out));
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "rename",
            "secret-propagation",
            "Secret Keys",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    snapshot("rename_bad_id", transcript(&out));
    let out = run_in(tmp.path(), &["--dir", "lib", "rename", "nope", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(contents(&tmp.path().join("lib")), before, "nothing changed");
}
