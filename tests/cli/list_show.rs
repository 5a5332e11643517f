//! `lp list`, `lp show` and `lp principles`.

use std::fs;

use crate::support::{library, run, run_in, snapshot, snapshot_of, stdout, transcript};

#[test]
fn list_shows_one_line_a_story() {
    snapshot_of("list_good", &["--dir", "tests/fixtures/good", "list"]);
    snapshot_of(
        "list_good_ids",
        &["--dir", "tests/fixtures/good", "list", "--ids"],
    );
    snapshot_of(
        "list_ready_dive_deep",
        &[
            "--dir",
            "tests/fixtures/good",
            "list",
            "--status",
            "ready",
            "--principle",
            "dive deep",
        ],
    );
}

#[test]
fn list_of_an_empty_library_says_how_to_start() {
    let tmp = library(&[]);
    let out = run_in(tmp.path(), &["--dir", "lib", "list"]);
    snapshot("list_empty", transcript(&out));
}

#[test]
fn show_formats_one_story() {
    snapshot_of(
        "show_release_pipeline",
        &["--dir", "tests/fixtures/good", "show", "release-pipeline"],
    );
    snapshot_of(
        "show_draft",
        &[
            "--dir",
            "tests/fixtures/good",
            "show",
            "stories/secret-propagation.yaml",
        ],
    );
}

#[test]
fn show_suggests_the_nearest_ids() {
    snapshot_of(
        "show_unknown",
        &["--dir", "tests/fixtures/good", "show", "release-pipelime"],
    );
    snapshot_of(
        "show_unknown_far",
        &["--dir", "tests/fixtures/good", "show", "zzz"],
    );
}

#[test]
fn show_json_holds_the_story() {
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "show",
        "release-pipeline",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 2);
    let story = &json["story"];
    assert_eq!(
        story["principles"],
        serde_json::json!(["ownership", "dive-deep", "deliver-results"])
    );
    assert_eq!(story["status"], "ready");
    assert_eq!(story["words"], 116);
    assert_eq!(
        story["followups"][0]["question"],
        "Why did you not hand it to the platform team?"
    );
}

#[test]
fn principles_lists_the_builtin_set() {
    snapshot_of("principles_builtin", &["principles"]);
    let out = run(&["principles", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<_> = json["principles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 16);
    assert_eq!(ids[0], "customer-obsession");
    assert_eq!(ids[15], "success-and-scale-bring-broad-responsibility");
    assert_eq!(
        json["builtin"], false,
        "the repository's own principles/ is the set here"
    );
}

#[test]
fn a_story_is_named_by_the_start_of_its_id_when_only_one_starts_so() {
    let tmp = crate::support::copy_of("good");
    let run = |args: &[&str]| {
        let mut all = vec!["--dir", "lib"];
        all.extend(args);
        crate::support::run_in(tmp.path(), &all)
    };
    let out = run(&["show", "release"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(stdout(&out).starts_with("Took over the flaky release pipeline nobody owned\n"));
    let out = run(&["export", "--story", "export-r", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    // An ambiguous start lists the candidates.
    fs::write(
        tmp.path().join("lib/stories/release-notes.yaml"),
        "title: Release notes\nprinciples: [ownership]\naction: I wrote them.\n",
    )
    .unwrap();
    let out = run(&["show", "release"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        crate::support::stderr(&out),
        "error: 'release' is the start of 2 story ids:\n  release-notes\n  release-pipeline\n  hint: type more of the id\n"
    );
    let editor = crate::support::editor_writing(
        tmp.path(),
        "ed",
        "title: Release notes, revised\nprinciples: [ownership]\naction: I wrote them.\n",
    );
    let out = crate::support::lp_in(tmp.path(), &["--dir", "lib", "edit", "release-n"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(stdout(&out).starts_with("Saved lib/stories/release-notes.yaml"));
    let out = run(&["rename", "release-n", "notes"]);
    assert_eq!(
        stdout(&out),
        "Renamed lib/stories/release-notes.yaml to lib/stories/notes.yaml\n"
    );
}

#[test]
fn list_is_by_title_and_fits_80_columns_without_cutting_an_id() {
    let long_id = "advocating-for-a-colleague-to-be-promoted-and-move-to-a-new-team";
    let tmp = crate::support::library(&[
        (
            &format!("stories/{long_id}.yaml"),
            b"title: Advocating for a colleague to be promoted and to move to a new team\nprinciples: [hire-and-develop-the-best, frugality, earn-trust]\naction: I did.\n",
        ),
        ("stories/b.yaml", b"title: Another\nprinciples: [frugality]\naction: I did.\n"),
    ]);
    let text = stdout(&crate::support::run_in(
        tmp.path(),
        &["--dir", "lib", "list", "--ids"],
    ));
    assert!(text.contains(long_id), "the whole id\n{text}");
    for line in text.lines() {
        assert!(
            lp::render::layout::display_width(line) <= 80,
            "over 80 columns: {line:?}\n{text}"
        );
    }
    // By title: "Advocating…" before "Another", though "b" comes before "advocating…"
    // by id only when ids sort that way; the title decides.
    assert!(
        text.lines().nth(1).unwrap().contains("Advocating"),
        "{text}"
    );
}
