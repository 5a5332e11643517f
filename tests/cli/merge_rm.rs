//! `lp merge A B` and `lp rm ID`: nothing is ever deleted; both texts are in the merged
//! story or in `.lp/removed/`.

use std::fs;

use crate::support::{contents, editor_writing, library, pty, run_in, stderr, stdout, transcript};

const A: &[u8] = b"title: Secret propagation\nprinciples: [insist-on-the-highest-standards]\naction: |\n  I designed an alternative.\nnotes: |\n  Mine.\n";
const B: &[u8] = b"title: Disagreed with the design\nprinciples: [have-backbone-disagree-and-commit, ownership]\naction: |\n  I wrote a review.\nresult: |\n  Adopted in 2 weeks.\nnotes: |\n  From the notes.\nquestions:\n  - Tell me about a time you disagreed.\n";

fn story_json(dir: &std::path::Path, id: &str) -> serde_json::Value {
    let out = run_in(dir, &["--dir", "lib", "show", id, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["story"].clone()
}

#[test]
fn rm_moves_the_story_to_removed_and_keeps_every_byte() {
    let tmp = library(&[("stories/a.yaml", A), ("stories/b.yaml", B)]);
    let out = run_in(tmp.path(), &["--dir", "lib", "rm", "b"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stdout(&out).starts_with("Retired lib/stories/b.yaml: it is kept in lib/.lp/removed/b-")
    );
    assert!(!tmp.path().join("lib/stories/b.yaml").exists());
    let removed = contents(&tmp.path().join("lib/.lp/removed"));
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].1, B);
    let out = run_in(tmp.path(), &["--dir", "lib", "rm", "b"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no story with the id 'b'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn merge_keeps_both_texts_and_retires_b() {
    let tmp = library(&[("stories/a.yaml", A), ("stories/b.yaml", B)]);
    let out = run_in(tmp.path(), &["--dir", "lib", "merge", "a", "b"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stdout(&out)
            .contains("Action holds both texts, each marked: `lp edit a` makes one of them."),
        "{}",
        transcript(&out)
    );
    let a = story_json(tmp.path(), "a");
    assert_eq!(
        a["principles"],
        serde_json::json!([
            "insist-on-the-highest-standards",
            "have-backbone-disagree-and-commit",
            "ownership"
        ])
    );
    assert_eq!(
        a["action"],
        "[from a:]\nI designed an alternative.\n\n[from b:]\nI wrote a review.\n"
    );
    assert_eq!(a["result"], "Adopted in 2 weeks.\n");
    assert!(a["notes"].as_str().unwrap().contains("From the notes."));
    assert!(
        a["notes"]
            .as_str()
            .unwrap()
            .contains("Title of b: Disagreed with the design")
    );
    assert_eq!(
        a["questions"],
        serde_json::json!(["Tell me about a time you disagreed."])
    );
    let removed = contents(&tmp.path().join("lib/.lp/removed"));
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].1, B, "B as it was");
    assert!(!tmp.path().join("lib/stories/b.yaml").exists());

    let out = run_in(tmp.path(), &["--dir", "lib", "merge", "a", "a"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("are the same story"));
}

#[test]
fn the_duplicate_hint_names_merge() {
    let text = b"title: Cache\nprinciples: [dive-deep]\naction: |\n  I traced the stale cache keys to the nightly build and fixed the expiry of every key.\n";
    let tmp = library(&[("stories/one.yaml", text), ("stories/two.yaml", text)]);
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert!(
        stdout(&out).contains("`lp merge one two` makes one story of the two"),
        "{}",
        transcript(&out)
    );
}

#[test]
fn merge_in_a_terminal_opens_the_parts_both_have_in_the_editor() {
    let tmp = library(&[("stories/a.yaml", A), ("stories/b.yaml", B)]);
    let editor = editor_writing(
        tmp.path(),
        "one-text",
        "title: Secret propagation\nprinciples: [insist-on-the-highest-standards, have-backbone-disagree-and-commit, ownership]\naction: |\n  I designed an alternative and wrote a review of the old one.\nresult: |\n  Adopted in 2 weeks.\n",
    );
    let mut p = pty(tmp.path(), &["--dir", "lib", "merge", "a", "b"], &editor);
    p.exp_string("Merged lib/stories/b.yaml into lib/stories/a.yaml")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    assert_eq!(
        story_json(tmp.path(), "a")["action"],
        "I designed an alternative and wrote a review of the old one.\n"
    );
    assert_eq!(
        fs::read_dir(tmp.path().join("lib/.lp/removed"))
            .unwrap()
            .count(),
        1
    );
}
