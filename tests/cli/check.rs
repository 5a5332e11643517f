//! `lp check`, and principle sets of a library's own, broken or not.

use std::fs;

use crate::support::{contents, library, run, run_in, snapshot, snapshot_of, transcript};

#[test]
fn check_of_a_broken_library_exits_1_with_every_error() {
    snapshot_of("check_broken", &["--dir", "tests/fixtures/broken", "check"]);
}

#[test]
fn check_reports_findings_by_rule() {
    snapshot_of(
        "check_warnings",
        &["--dir", "tests/fixtures/warnings", "check"],
    );
}

#[test]
fn check_of_a_good_library_is_quiet() {
    snapshot_of("check_good", &["--dir", "tests/fixtures/good", "check"]);
}

#[test]
fn check_json_gives_every_finding_with_its_place() {
    let out = run(&["--dir", "tests/fixtures/warnings", "check", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a ready story with a missing part is an error"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 2);
    assert_eq!(json["errors"], 1);
    let first = &json["diagnostics"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["rule"], "missing-part");
    assert_eq!(first["story"], "half-ready");
    assert_eq!(
        first["path"],
        "tests/fixtures/warnings/stories/half-ready.yaml"
    );
    assert_eq!(first["line"], 3);
    assert_eq!(first["column"], 1);
}

#[test]
fn a_custom_principle_set_replaces_the_builtin_one() {
    snapshot_of(
        "check_custom_set",
        &["--dir", "tests/fixtures/custom-set", "check"],
    );
    snapshot_of(
        "principles_custom_set",
        &["--dir", "tests/fixtures/custom-set", "principles"],
    );
}

#[test]
fn a_broken_principle_set_is_reported() {
    snapshot_of(
        "check_bad_set",
        &["--dir", "tests/fixtures/bad-set", "check"],
    );
}

#[test]
fn odd_files_get_a_place_and_a_hint() {
    let tmp = library(&[
        (
            "stories/latin1.yaml",
            b"title: Caf\xe9\nprinciples: [ownership]\n",
        ),
        (
            "stories/bom.yaml",
            "\u{feff}title: With a BOM\nprinciples: [ownership]\n".as_bytes(),
        ),
        (
            "stories/crlf.yaml",
            b"title: Windows lines\r\nprinciples: [ownership]\r\n",
        ),
        (
            "stories/dup-key.yaml",
            b"title: One\nprinciples: [ownership]\ntitle: Two\n",
        ),
        (
            "stories/colon.yaml",
            b"title: Time: a story\nprinciples: [ownership]\nresult: a: b\n",
        ),
        ("stories/list.yaml", b"- title: a list, not a story\n"),
        ("stories/comments.yaml", b"# nothing here yet\n"),
        ("stories/big.yaml", &vec![b'#'; 1024 * 1024 + 10]),
        (
            "stories/anchor.yaml",
            b"title: *missing\nprinciples: [ownership]\n",
        ),
        (
            "stories/numbers.yaml",
            b"title: 42\nprinciples: [ownership]\nwhen: 2022\nfollowups: [just text]\n",
        ),
    ]);
    fs::create_dir_all(tmp.path().join("lib/stories/folder.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", tmp.path().join("lib/stories/dangling.yaml"))
        .unwrap();
    let before = contents(tmp.path());
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert_eq!(contents(tmp.path()), before, "check writes nothing");
    snapshot("check_odd_files", transcript(&out));
}

#[test]
fn a_stories_path_that_is_a_file_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("lib")).unwrap();
    fs::write(tmp.path().join("lib/stories"), "not a folder").unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "coverage"]);
    snapshot("stories_is_a_file", transcript(&out));
}
