//! Crash safety and concurrent writes.

use std::fs;
use std::process::Stdio;

use crate::support::{
    contents, editor_writing, library, lp_in, run_in, snapshot, stdout, transcript,
};

#[test]
fn a_crash_while_writing_leaves_the_old_file_or_none_never_a_partial_one() {
    let tmp = library(&[(
        "stories/deploy.yaml",
        b"title: Deploy\nprinciples: [ownership]\n",
    )]);
    let original = fs::read(tmp.path().join("lib/stories/deploy.yaml")).unwrap();

    // lp add dies between writing its temporary file and moving it into place.
    let out = lp_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "New one",
            "--principle",
            "ownership",
        ],
    )
    .env("LP_TEST_CRASH_BEFORE_RENAME", "1")
    .output()
    .unwrap();
    assert_eq!(out.status.code(), None, "lp was killed by the hook");
    assert!(
        !tmp.path().join("lib/stories/new-one.yaml").exists(),
        "no partial story"
    );

    // lp edit dies the same way: the story is the old one, whole.
    let editor = editor_writing(
        tmp.path(),
        "ed",
        "title: Deploy, edited\nprinciples: [ownership]\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &editor)
        .env("LP_TEST_CRASH_BEFORE_RENAME", "1")
        // The copy lp edit hands the editor outlives the crash: keep it out of /tmp.
        .env("TMPDIR", tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), None);
    assert_eq!(
        fs::read(tmp.path().join("lib/stories/deploy.yaml")).unwrap(),
        original
    );

    // The library still loads; the two temporary files are pointed out, not lost.
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        stdout(&out).matches("left by an interrupted write").count(),
        2,
        "{}",
        transcript(&out)
    );
    let kept: Vec<String> = contents(&tmp.path().join("lib/stories"))
        .iter()
        .filter(|(p, _)| p.file_name().unwrap().to_string_lossy().starts_with(".lp-"))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .collect();
    assert!(
        kept.iter().any(|t| t.contains("title: New one")),
        "the new story's text is in a temporary file"
    );
    assert!(
        kept.iter().any(|t| t.contains("Deploy, edited")),
        "the edited text too"
    );
}

#[test]
fn two_adds_of_the_same_title_at_once_give_two_whole_files() {
    let tmp = library(&[]);
    let children: Vec<_> = (0..8)
        .map(|_| {
            lp_in(
                tmp.path(),
                &[
                    "--dir",
                    "lib",
                    "add",
                    "--title",
                    "Same title",
                    "--principle",
                    "ownership",
                    "--situation",
                    "Racing.",
                ],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    }
    let files = contents(&tmp.path().join("lib/stories"));
    assert_eq!(
        files.len(),
        8,
        "{:?}",
        files.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    let out = run_in(tmp.path(), &["--dir", "lib", "list", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["stories"].as_array().unwrap().len(),
        8,
        "every file is a whole story"
    );
}

#[test]
fn writing_commands_refuse_a_library_whose_principle_set_does_not_load() {
    let tmp = library(&[
        (
            "principles/p.yaml",
            b"set: S\nprinciples:\n  - id: craft\n    nam: Craft\n",
        ),
        ("stories/s.yaml", b"title: T\nprinciples: [craft]\n"),
    ]);
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "New",
            "--principle",
            "craft",
        ],
    );
    snapshot("add_broken_set", transcript(&out));
    assert!(!tmp.path().join("lib/stories/new.yaml").exists());
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "s"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
}

#[test]
fn writing_commands_mention_broken_story_files_and_go_on() {
    let tmp = library(&[("stories/broken.yaml", b"title: [\n")]);
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "New",
            "--principle",
            "ownership",
        ],
    );
    snapshot("add_beside_a_broken_story", transcript(&out));
}

#[test]
fn import_refuses_an_empty_principle_set() {
    let tmp = library(&[
        ("empty.yaml", b"set: Empty\nprinciples: []\n"),
        ("notes.md", b"## Craft\n\nI did it.\n"),
    ]);
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "import",
            "lib/notes.md",
            "--principle-set",
            "lib/empty.yaml",
        ],
    );
    snapshot("import_empty_set", transcript(&out));
}
