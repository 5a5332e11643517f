//! `lp init` and the command line itself: help, version, a mistyped command.

use std::fs;

use crate::support::{lp_in, root, run, run_in, snapshot, snapshot_of, stdout, transcript};

#[test]
fn init_creates_a_library_and_leaves_an_existing_one() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["init", "prep"]);
    snapshot("init_new", transcript(&out));
    assert!(tmp.path().join("prep/stories").is_dir());
    let out = run_in(tmp.path(), &["init", "prep", "--with-principles"]);
    snapshot("init_again_with_principles", transcript(&out));
    let written = fs::read_to_string(tmp.path().join("prep/principles/amazon.yaml")).unwrap();
    assert_eq!(
        written,
        fs::read_to_string(root().join("principles/amazon.yaml")).unwrap()
    );
    // The copy is never overwritten.
    fs::write(
        tmp.path().join("prep/principles/amazon.yaml"),
        "set: mine\nprinciples: []\n",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["init", "prep", "--with-principles"]);
    snapshot("init_principles_exist", transcript(&out));
    assert_eq!(
        fs::read_to_string(tmp.path().join("prep/principles/amazon.yaml")).unwrap(),
        "set: mine\nprinciples: []\n"
    );
    // An empty set is reported when the library is used.
    let out = run_in(tmp.path(), &["--dir", "prep", "coverage"]);
    snapshot("empty_principle_set", transcript(&out));
}

#[test]
fn init_refuses_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("file"), "x").unwrap();
    let out = run_in(tmp.path(), &["init", "file"]);
    snapshot("init_file", transcript(&out));
    fs::create_dir_all(tmp.path().join("lib")).unwrap();
    fs::write(tmp.path().join("lib/stories"), "x").unwrap();
    let out = run_in(tmp.path(), &["init", "lib"]);
    snapshot("init_stories_file", transcript(&out));
}

#[test]
fn no_arguments_tells_a_new_user_where_to_start() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &[]);
    snapshot("welcome", transcript(&out));
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion() {
    snapshot_of("typo_subcommand", &["coverge"]);
    snapshot_of("typo_flag", &["coverage", "--principle", "x"]);
}

#[test]
fn help_and_version_exit_0() {
    let out = run(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), format!("lp {}\n", env!("CARGO_PKG_VERSION")));
    let out = run(&["help", "coverage"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Examples:"));
}

#[test]
fn init_takes_the_folder_as_dir_too() {
    let tmp = tempfile::tempdir().unwrap();
    let out = crate::support::run_in(tmp.path(), &["init", "--dir", "lib"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        crate::support::transcript(&out)
    );
    assert!(tmp.path().join("lib/stories").is_dir());
    let out = crate::support::run_in(tmp.path(), &["--dir", "two", "init", "one"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        crate::support::stderr(&out),
        "error: two folders given: one and --dir two\n  hint: give the folder once\n"
    );
    assert!(!tmp.path().join("one").exists() && !tmp.path().join("two").exists());
}

#[test]
fn init_says_how_to_reach_a_library_lp_would_not_find_from_here() {
    let tmp = tempfile::tempdir().unwrap();
    // Made in the folder worked in: found from here, nothing more to say.
    let out = run_in(tmp.path(), &["init", "."]);
    assert!(!stdout(&out).contains("LP_DIR"), "{}", stdout(&out));
    // $LP_DIR naming another library: cd would not help; name this one instead.
    let other = tmp.path().join("other");
    let out = lp_in(tmp.path(), &["init", "second"])
        .env("LP_DIR", &other)
        .output()
        .unwrap();
    let said = stdout(&out);
    assert!(said.contains("$LP_DIR names another library"), "{said}");
    assert!(said.contains("export LP_DIR=\"$PWD/second\""), "{said}");
    assert!(!said.contains("cd second"), "{said}");
    // Made here, while $LP_DIR names another: the folder itself, `$PWD`, not
    // `$PWD/.`, whose paths would read `…/./stories`.
    let here = tmp.path().join("here");
    fs::create_dir(&here).unwrap();
    let out = lp_in(&here, &["init"])
        .env("LP_DIR", &other)
        .output()
        .unwrap();
    let said = stdout(&out);
    assert!(said.contains("export LP_DIR=\"$PWD\"\n"), "{said}");
    // A folder with a space in its name is quoted, so the hint works as printed.
    let out = run_in(tmp.path(), &["init", "my notes"]);
    assert!(
        stdout(&out).contains("(`cd \"my notes\"`)"),
        "{}",
        stdout(&out)
    );
}
