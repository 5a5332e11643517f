//! Hostile content: text from files never reaches the terminal as control characters.

use std::fs;

use crate::support::{library, run_in, transcript};

/// Fails on any byte or character that would act on a terminal: C0 controls other than
/// newline and tab, DEL, C1 controls and the bidi formatting characters.
pub fn assert_no_controls(what: &str, output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    let bad: Vec<(usize, char)> = text
        .char_indices()
        .filter(|(_, c)| lp::visible::is_control(*c))
        .collect();
    assert!(bad.is_empty(), "{what}: raw controls {bad:?} in:\n{text}");
}

const HOSTILE: &str = "title: \"Red \\e[31m text \\e]0;pwned\\a <b>\"\nprinciples: [ownership, dive-deep]\ntags: [\"\\e]52;c;aGk=\\a\"]\nquestions:\n  - \"Why \\e[2J?\"\nsituation: \"Clear \\x9b2J and \\u202eesrever <div> wrappers.\"\naction: |\n  I returned Promise<void>; callers used Vec<String>.\nnotes: \"\\e[1mbold\\e[0m\"\n";

fn hostile_library() -> tempfile::TempDir {
    library(&[
        ("stories/red.yaml", HOSTILE.as_bytes()),
        (
            "stories/odd\u{1b}]0;T\u{7}.yaml",
            b"title: A file name with escapes\nprinciples: [frugality]\nresult: Saved 10%.\n",
        ),
    ])
}

#[test]
fn reports_show_controls_as_visible_escapes() {
    let tmp = hostile_library();
    for args in [
        vec!["list"],
        vec!["list", "--ids"],
        vec!["show", "red"],
        vec!["show", "red", "--color", "always"],
        vec!["coverage"],
        vec!["plan"],
        vec!["check"],
        vec!["export"],
        vec!["export", "--by", "story"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "html"],
        vec!["show", "odd\u{1b}]0;T\u{7}"],
    ] {
        let mut all = vec!["--dir", "lib"];
        all.extend(&args);
        let out = run_in(tmp.path(), &all);
        let what = args.join(" ");
        if args.contains(&"always") {
            // Colour on: lp's own SGR codes only, and the story's ESC as text.
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                text.contains("Red \\e[31m text \\e]0;pwned\\u{7} <b>"),
                "{text}"
            );
            continue;
        }
        assert_no_controls(&format!("{what}: stdout"), &out.stdout);
        assert_no_controls(&format!("{what}: stderr"), &out.stderr);
    }
    let list = run_in(tmp.path(), &["--dir", "lib", "list", "--ids"]);
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(text.contains("odd\\e]0;T\\u{7}"), "{text}");
    let show = run_in(tmp.path(), &["--dir", "lib", "show", "red"]);
    let text = String::from_utf8_lossy(&show.stdout);
    assert!(
        text.contains("Red \\e[31m text \\e]0;pwned\\u{7} <b>"),
        "{text}"
    );
    assert!(
        text.contains("Clear \\u{9b}2J and \\u{202e}esrever <div> wrappers."),
        "{text}"
    );
}

#[test]
fn error_messages_show_controls_as_visible_escapes() {
    let tmp = library(&[
        (
            "stories/bad.yaml",
            b"title: T\nprinciples: [\"\\e[31mnope\"]\n\"\\e[31mbad\": 1\nallow: [\"\\e[1m\"]\n",
        ),
        ("stories/\u{1b}[2Jx.yaml", b"title: [unclosed\n"),
    ]);
    for args in [vec!["check"], vec!["list"], vec!["show", "\u{1b}[2Jx"]] {
        let mut all = vec!["--dir", "lib"];
        all.extend(&args);
        let out = run_in(tmp.path(), &all);
        assert_no_controls(&args.join(" "), &out.stderr);
        assert_no_controls(&args.join(" "), &out.stdout);
    }
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    let err = String::from_utf8_lossy(&out.stdout);
    assert!(err.contains("\\e[31m"), "{}", transcript(&out));
    assert!(
        err.contains("lib/stories/\\e[2Jx.yaml"),
        "{}",
        transcript(&out)
    );
}

#[test]
fn the_import_report_shows_controls_as_visible_escapes() {
    let tmp = library(&[]);
    fs::write(
        tmp.path().join("notes.md"),
        "# Ownership \u{1b}]0;T\u{7}\n\n- Fixed \u{1b}[31mthe\u{1b}[0m build \u{202e}myself.\n",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "notes.md"]);
    assert_no_controls("import: stdout", &out.stdout);
    assert_no_controls("import: stderr", &out.stderr);
}

#[test]
fn no_write_makes_a_file_lp_would_refuse_to_read() {
    let tmp = library(&[("stories/t.yaml", b"title: T\nprinciples: [ownership]\n")]);
    let huge = "I did a thing. ".repeat(90_000);
    // lp add, the text on standard input.
    let mut cmd = crate::support::lp_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "Huge",
            "--principle",
            "ownership",
            "--situation",
            "-",
        ],
    );
    cmd.stdin(std::process::Stdio::piped());
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), huge.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("over the limit of 1024 KiB"), "{err}");
    assert!(err.contains("what you typed is in"), "{err}");
    assert!(!tmp.path().join("lib/stories/huge.yaml").exists());
    let out = run_in(tmp.path(), &["--dir", "lib", "list"]);
    assert_eq!(out.status.code(), Some(0), "the library still loads");

    // lp import --write: nothing written.
    fs::write(
        tmp.path().join("notes.md"),
        format!(
            "# Ownership\n\n- I fixed {}\n",
            "the build and ".repeat(100_000)
        ),
    )
    .unwrap();
    let before = crate::support::contents(&tmp.path().join("lib/stories"));
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--write"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("would not load (file is"));
    assert_eq!(
        crate::support::contents(&tmp.path().join("lib/stories")),
        before
    );

    // lp edit: the story unchanged, the text in a recovery file.
    let big = tmp.path().join("big.txt");
    fs::write(&big, format!("action: {huge}\n")).unwrap();
    let editor = tmp.path().join("ed");
    crate::support::executable(
        &editor,
        &format!("#!/bin/sh\ncat '{}' >> \"$1\"\n", big.display()),
    );
    let out = crate::support::lp_in(tmp.path(), &["--dir", "lib", "edit", "t"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert_eq!(
        crate::support::contents(&tmp.path().join("lib/stories")),
        before
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("was not changed; what you wrote is kept in"),
        "{err}"
    );
}

#[test]
fn scalars_keep_the_text_as_written() {
    let tmp = library(&[
        (
            "stories/s.yaml",
            b"title: 1e3\nprinciples: [ownership]\nwhen: 2022.10\ncontext: +2022\ntags: [1.10, 0x10]\nquestions:\n  - 0x7E6\naction: I did.\n",
        ),
        (
            "stories/big.yaml",
            b"title: Big\nprinciples: [ownership]\nwhen: 12345678901234567890123\naction: I did.\n",
        ),
    ]);
    let show = |id: &str| {
        let out = run_in(tmp.path(), &["--dir", "lib", "show", id, "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["story"].clone()
    };
    let s = show("s");
    assert_eq!(s["title"], "1e3");
    assert_eq!(s["when"], "2022.10");
    assert_eq!(s["context"], "+2022");
    assert_eq!(s["tags"], serde_json::json!(["1.10", "0x10"]));
    assert_eq!(s["questions"], serde_json::json!(["0x7E6"]));
    assert_eq!(show("big")["when"], "12345678901234567890123");
    let text = String::from_utf8_lossy(&run_in(tmp.path(), &["--dir", "lib", "show", "s"]).stdout)
        .into_owned();
    assert!(text.contains("2022.10"), "{text}");
}

#[test]
fn lps_own_colours_are_never_escaped_as_text() {
    // A library with no control character anywhere: with colour on, every report has
    // lp's colour codes and not one `\e` written out as text.
    let tmp = crate::support::copy_of("good");
    fs::write(
        tmp.path().join("lib/stories/idea.yaml"),
        "title: An idea\nprinciples: [ownership]\nnotes: To write.\n",
    )
    .unwrap();
    for args in [
        vec!["coverage"],
        vec!["plan"],
        vec!["list"],
        vec!["list", "--ids"],
        vec!["show", "release-pipeline"],
        vec!["check"],
        vec!["principles"],
        vec!["find", "a problem nobody owned"],
    ] {
        let mut all = vec!["--dir", "lib", "--color", "always"];
        all.extend(&args);
        let out = run_in(tmp.path(), &all);
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            text.contains('\u{1b}'),
            "{args:?}: colour expected:\n{text}"
        );
        assert!(
            !text.contains("\\e"),
            "{args:?}: an escaped colour code:\n{text}"
        );
    }
}
