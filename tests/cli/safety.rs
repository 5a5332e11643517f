//! The person's files are safe from lp's own mistakes and from hostile surroundings:
//! only recovery files are ever removed, nothing under `.lp/` is written through a
//! link, read-only stories stay as they are, a signal keeps what was typed.

use std::fs;
use std::os::unix::fs::{PermissionsExt as _, symlink};

use crate::support::{contents, library, lp_in, pty, run_in, stderr, stdout, transcript};

const STORY: &[u8] = b"title: Compliance\nprinciples: [ownership]\n# my comment\nnotes: A note.\n";

#[test]
fn resume_never_takes_a_story_file() {
    let tmp = library(&[
        ("stories/a.yaml", STORY),
        ("stories/b.yaml", b"title: B\nprinciples: [ownership]\n"),
    ]);
    let before = contents(&tmp.path().join("lib"));
    for args in [
        &["write", "a", "--resume", "lib/stories/a.yaml"][..],
        &["write", "a", "--resume", "lib/stories/b.yaml"],
        &["add", "--resume", "lib/stories/a.yaml", "--yes"],
    ] {
        let mut all = vec!["--dir", "lib"];
        all.extend_from_slice(args);
        let out = lp_in(tmp.path(), &all).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
        let err = stderr(&out);
        // lp write needs a terminal first; lp add refuses the file itself.
        assert!(
            err.contains("is not a recovery file: lp takes up only files in .lp/recovered/")
                || err.contains("lp write needs a terminal"),
            "{err}"
        );
    }
    assert_eq!(contents(&tmp.path().join("lib")), before, "nothing changed");

    // In a terminal, lp write refuses the story file too, before asking anything.
    let mut p = pty(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "write",
            "a",
            "--resume",
            "lib/stories/b.yaml",
        ],
        "false",
    );
    p.exp_string("is not a recovery file").unwrap();
    p.exp_string("EXIT=2").unwrap();
    // A link in .lp/recovered/ to a story is not a recovery file either.
    fs::create_dir_all(tmp.path().join("lib/.lp/recovered")).unwrap();
    symlink(
        "../../stories/b.yaml",
        tmp.path().join("lib/.lp/recovered/write-b.yaml"),
    )
    .unwrap();
    let out = lp_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--resume",
            "lib/.lp/recovered/write-b.yaml",
        ],
    )
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a link, not a recovery file"),
        "{}",
        stderr(&out)
    );
    assert!(tmp.path().join("lib/stories/b.yaml").is_file());
}

#[test]
fn a_recovery_file_goes_to_the_story_it_records() {
    // `x` and `x-123456789`: the file's name cannot say which, its header does.
    let tmp = library(&[
        ("stories/x.yaml", b"title: X\nprinciples: [ownership]\n"),
        ("stories/x-123456789.yaml", b"title: X2\nprinciples: [ownership]\n"),
        (
            ".lp/recovered/write-x-123456789.yaml",
            b"# lp-recovered: write \"x-123456789\"\ntitle: X2\nprinciples: [ownership]\naction: Mine.\n",
        ),
    ]);
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert!(
        stdout(&out).contains("a new version of stories/x-123456789.yaml")
            && stdout(&out).contains("`lp --dir lib write x-123456789 --resume` takes it up again"),
        "{}",
        transcript(&out)
    );
    // The hint, followed in a terminal, puts the text back into that story.
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "x-123456789", "--resume"],
        "false",
    );
    p.exp_string("Resuming lib/stories/x-123456789.yaml")
        .unwrap();
    p.send_control('c').unwrap();
    p.exp_string("EXIT=130").unwrap();
    // Interrupted again: still one recovery file for the story, not two.
    let waiting = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(waiting.len(), 1, "{waiting:?}");
}

#[test]
fn nothing_under_lp_is_written_through_a_link() {
    let tmp = library(&[(
        "stories/a.yaml",
        b"title: A\nprinciples: [ownership]\naction: I did.\n",
    )]);
    let outside = tmp.path().join("outside.txt");
    fs::write(&outside, "precious\n").unwrap();
    let lib = tmp.path().join("lib");
    fs::create_dir_all(lib.join(".lp/schema")).unwrap();
    symlink(&outside, lib.join(".lp/schema/story.json")).unwrap();
    symlink(&outside, lib.join(".lp/practice.jsonl")).unwrap();

    let out = run_in(tmp.path(), &["--dir", "lib", "init", "--schema"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(fs::read_to_string(&outside).unwrap(), "precious\n");
    assert!(
        !lib.join(".lp/schema/story.json")
            .symlink_metadata()
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link itself was replaced by the schema"
    );

    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "practice", "--principle", "ownership"],
        "true",
    );
    p.exp_string("Press Enter to start the clock").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5200));
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("is a link, so the round was not added")
        .unwrap();
    p.exp_string("EXIT=2").unwrap();
    assert_eq!(fs::read_to_string(&outside).unwrap(), "precious\n");

    // A recovered/ folder that is a link: the text goes to the private fallback folder.
    let state = tempfile::tempdir().unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    symlink(&elsewhere, lib.join(".lp/recovered")).unwrap();
    let out = lp_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "T",
            "--principle",
            "nope",
            "--yes",
        ],
    )
    .env("XDG_STATE_HOME", state.path())
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let out = lp_in(tmp.path(), &["--dir", "lib", "add", "--editor"])
        .env(
            "EDITOR",
            crate::support::editor_writing(tmp.path(), "bad", "title: [x\n"),
        )
        .env("XDG_STATE_HOME", state.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(
        fs::read_dir(&elsewhere).unwrap().next().is_none(),
        "nothing through the link"
    );
    let kept = contents(&state.path().join("lp/recovered"));
    assert_eq!(kept.len(), 1, "{}", transcript(&out));
    let path = state.path().join("lp/recovered").join(&kept[0].0);
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o700
    );
}

#[test]
fn init_leaves_what_is_there() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("lib");
    // Schemas from elsewhere in a folder that is not a library yet are not replaced.
    fs::create_dir_all(lib.join(".lp/schema")).unwrap();
    fs::write(lib.join(".lp/schema/story.json"), "mine\n").unwrap();
    let out = run_in(tmp.path(), &["init", "lib"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        fs::read_to_string(lib.join(".lp/schema/story.json")).unwrap(),
        "mine\n"
    );
    assert!(
        stderr(&out).contains("is already there; left as it is"),
        "{}",
        stderr(&out)
    );

    // A library with its own set gets no second set beside it.
    fs::create_dir_all(lib.join("principles")).unwrap();
    fs::write(
        lib.join("principles/team.yaml"),
        "set: Team\nprinciples:\n  - id: craft\n    name: Craft\n",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["init", "lib", "--with-principles"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(stderr(&out).contains("already holds a principle set (team.yaml)"));
    assert!(!lib.join("principles/amazon.yaml").exists());

    // Inside a library's stories/ folder: refused, nothing made.
    fs::write(
        lib.join("stories/a.yaml"),
        "title: A\nprinciples: [craft]\n",
    )
    .unwrap();
    let out = run_in(&lib.join("stories"), &["init"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(stderr(&out).contains("is inside the stories/ folder of the library in"));
    assert!(!lib.join("stories/stories").exists());
}

#[test]
fn man_pages_replace_nothing_unasked() {
    let tmp = tempfile::tempdir().unwrap();
    let outside = tmp.path().join("cups.1");
    fs::write(&outside, "CUPS lp\n").unwrap();
    let dir = tmp.path().join("man1");
    fs::create_dir(&dir).unwrap();
    symlink(&outside, dir.join("lp.1")).unwrap();
    let out = run_in(tmp.path(), &["man", "--out-dir", "man1"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(stderr(&out).contains("'lp.1' already is in man1, so nothing was written"));
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
    let out = run_in(tmp.path(), &["man", "--out-dir", "man1", "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        fs::read_to_string(&outside).unwrap(),
        "CUPS lp\n",
        "never the link's target"
    );
    assert!(
        fs::read_to_string(dir.join("lp.1"))
            .unwrap()
            .contains(".TH lp")
    );
}

#[test]
fn an_export_through_a_link_into_stories_is_refused() {
    let tmp = library(&[(
        "stories/a.yaml",
        b"title: A\nprinciples: [ownership]\naction: I did.\n",
    )]);
    symlink("lib/stories/a.yaml", tmp.path().join("out.md")).unwrap();
    let before = contents(&tmp.path().join("lib"));
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "export", "-o", "out.md", "--force"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(
        stderr(&out).contains("is in the library's stories/ folder"),
        "{}",
        stderr(&out)
    );
    assert_eq!(contents(&tmp.path().join("lib")), before);
}

#[test]
fn read_only_stories_and_odd_ids_are_refused_with_the_reason() {
    let tmp = library(&[
        ("stories/a.yaml", STORY),
        ("stories/broken.yaml", b"title: [unclosed\n"),
    ]);
    let a = tmp.path().join("lib/stories/a.yaml");
    fs::set_permissions(&a, fs::Permissions::from_mode(0o444)).unwrap();
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "a"], "false");
    p.exp_string("lib/stories/a.yaml is read-only, so lp leaves it as it is")
        .unwrap();
    p.exp_string("EXIT=2").unwrap();
    assert_eq!(fs::read(&a).unwrap(), STORY);
    fs::set_permissions(&a, fs::Permissions::from_mode(0o644)).unwrap();

    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "rename", "a", "../../etc/passwd"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("a story stays in stories/"),
        "{}",
        stderr(&out)
    );
    let long = "a".repeat(61);
    let out = run_in(tmp.path(), &["--dir", "lib", "rename", "a", &long]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is too long for a story id (61 characters; at most 60)"));
    let out = run_in(tmp.path(), &["--dir", "lib", "rename", "broken", "fixed"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("lib/stories/broken.yaml does not load, so lp cannot work on it"),
        "{}",
        stderr(&out)
    );
    assert!(a.is_file());
}

/// `lp write a` in a pseudo-terminal, the title and principles kept and `situation`
/// typed; the session waits at the Task.
fn write_a_situation(dir: &std::path::Path, situation: &str) -> rexpect::session::PtySession {
    let mut p = pty(dir, &["--dir", "lib", "write", "a"], "false");
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line(situation).unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    p
}

#[test]
fn sigterm_and_sighup_keep_what_was_typed() {
    for (signal, name) in [("TERM", "SIGTERM"), ("HUP", "SIGHUP")] {
        let tmp = library(&[("stories/a.yaml", STORY)]);
        let mut p = write_a_situation(tmp.path(), "The words I must not lose.");
        crate::support::signal_lp(tmp.path(), signal);
        p.exp_string(&format!("({name}); lib/stories/a.yaml was not changed"))
            .unwrap();
        p.exp_string("To take it up again: lp --dir lib write a --resume")
            .unwrap();
        let kept = contents(&tmp.path().join("lib/.lp/recovered"));
        assert_eq!(kept.len(), 1);
        assert!(String::from_utf8_lossy(&kept[0].1).contains("The words I must not lose."));
        assert_eq!(
            fs::read(tmp.path().join("lib/stories/a.yaml")).unwrap(),
            STORY
        );
    }
}

#[test]
fn sigterm_keeps_a_line_typed_but_not_entered() {
    // `lp write`: the line typed at the Task joins what was entered before it.
    let tmp = library(&[("stories/a.yaml", STORY)]);
    let mut p = write_a_situation(tmp.path(), "The words I entered.");
    p.send("And the words I was still typing").unwrap();
    p.flush().unwrap();
    p.exp_string("still typing").unwrap();
    crate::support::signal_lp(tmp.path(), "TERM");
    p.exp_string("(SIGTERM); lib/stories/a.yaml was not changed")
        .unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 1);
    let text = String::from_utf8_lossy(&kept[0].1);
    assert!(
        text.contains("situation: |\n  The words I entered.\n")
            && text.contains("task: |\n  And the words I was still typing\n")
            && text.contains("# lp-next: task"),
        "{text}"
    );

    // `lp add`: a story with nothing entered yet but its title and principles.
    let tmp = library(&[]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "add"], "false");
    p.exp_string("Title").unwrap();
    p.send_line("A new story").unwrap();
    p.exp_string("gap: no story yet").unwrap();
    p.send(" \r").unwrap();
    p.flush().unwrap();
    p.exp_string("Situation").unwrap();
    p.send("The words I was still typing").unwrap();
    p.flush().unwrap();
    p.exp_string("still typing").unwrap();
    crate::support::signal_lp(tmp.path(), "TERM");
    p.exp_string("(SIGTERM); no story was written. What you wrote is in")
        .unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 1);
    let text = String::from_utf8_lossy(&kept[0].1);
    assert!(
        text.contains("title: A new story\n")
            && text.contains("situation: |\n  The words I was still typing\n"),
        "{text}"
    );
}

#[test]
fn ctrl_c_in_lp_add_keeps_a_line_typed_but_not_entered() {
    let tmp = library(&[]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "add"], "false");
    p.exp_string("Title").unwrap();
    p.send_line("A new story").unwrap();
    p.exp_string("gap: no story yet").unwrap();
    p.send(" \r").unwrap();
    p.flush().unwrap();
    p.exp_string("Situation").unwrap();
    p.send_line("The words I entered.").unwrap();
    p.exp_string("Task").unwrap();
    p.send("The words I was still typing").unwrap();
    p.flush().unwrap();
    p.exp_string("still typing").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Interrupted: no story was written. What you typed is in")
        .unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 1);
    let text = String::from_utf8_lossy(&kept[0].1);
    assert!(
        text.contains("situation: |\n  The words I entered.\n")
            && text.contains("task: |\n  The words I was still typing\n"),
        "{text}"
    );
}

#[test]
fn sigterm_in_a_resumed_session_replaces_the_file_it_took_up() {
    // Ctrl-C keeps a recovery file; `--resume` takes it up; SIGTERM then keeps the
    // session in that same file, not in a second one beside it (found on a walk: a
    // stale `-2` file was still listed as waiting after the answer was saved).
    let tmp = library(&[("stories/a.yaml", STORY)]);
    let mut p = write_a_situation(tmp.path(), "The first words.");
    p.send_control('c').unwrap();
    p.exp_string("To take it up again: lp --dir lib write a --resume")
        .unwrap();
    p.exp_eof().unwrap();
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "a", "--resume"],
        "false",
    );
    p.exp_string("Task (Enter to skip").unwrap();
    p.send_line("The second words.").unwrap();
    p.exp_string("Action (Enter to skip").unwrap();
    crate::support::signal_lp(tmp.path(), "TERM");
    p.exp_string("(SIGTERM); lib/stories/a.yaml was not changed")
        .unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(
        kept.len(),
        1,
        "{:?}",
        kept.iter().map(|k| &k.0).collect::<Vec<_>>()
    );
    let text = String::from_utf8_lossy(&kept[0].1);
    assert!(text.contains("The first words.") && text.contains("The second words."));
}

#[test]
fn errors_from_the_system_say_what_to_do() {
    let tmp = library(&[(
        "stories/a.yaml",
        b"title: A\nprinciples: [ownership]\naction: I did.\n",
    )]);
    let stories = tmp.path().join("lib/stories");
    crate::support::set_mode(&stories, 0o000);
    let out = crate::corpus::lp_unprivileged(tmp.path(), &["--dir", "lib", "coverage"])
        .output()
        .unwrap();
    crate::support::set_mode(&stories, 0o755);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: could not list lib/stories: Permission denied")
            && err.contains(
                "\n  hint: lp may not read or write there: check the folder's permissions"
            ),
        "{err}"
    );
}

#[test]
fn a_schema_needs_only_the_principles() {
    let tmp = library(&[("stories/broken.yaml", b"title: [unclosed\n")]);
    let out = run_in(tmp.path(), &["--dir", "lib", "schema", "story"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(stdout(&out).contains("\"customer-obsession\""));
}

#[test]
fn merge_with_nothing_to_merge_says_so() {
    let tmp = library(&[]);
    fs::write(
        tmp.path().join("notes.md"),
        "# Ownership\n\n## One\n\nText.\n",
    )
    .unwrap();
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--merge", "1+2"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: there is nothing to merge: the notes give 1 draft"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_long_question_is_cut_at_a_character_and_bad_bytes_get_a_hint() {
    use std::io::Write as _;
    let tmp = library(&[]);
    let run_with = |input: &[u8]| {
        let mut child = lp_in(tmp.path(), &["--dir", "lib", "find", "--json"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        child.wait_with_output().unwrap()
    };
    // "é" is two bytes: 64 KiB of them, then more, is cut between two characters.
    let mut long = b"Tell me about a time you failed ".to_vec();
    while long.len() < 70 * 1024 {
        long.extend_from_slice("é".as_bytes());
    }
    let out = run_with(&long);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(stderr(&out).contains("lp read its first 64 KiB"));
    let out = run_with(b"Tell me about a time \xff you failed");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not UTF-8 text (byte 22 is not)\n  hint: convert it first"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn notes_of_more_drafts_or_blocks_than_anyone_writes_are_refused_early() {
    let tmp = library(&[]);
    let mut many = String::from("# Ownership\n\n");
    for i in 0..10_001 {
        many.push_str(&format!("## Story {i}\n\nI did {i}.\n\n"));
    }
    fs::write(tmp.path().join("many.md"), &many).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "many.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(
            "error: many.md would make 10001 drafts; lp imports at most 10000 at a time"
        ),
        "{}",
        stderr(&out)
    );
    let tiny = "## a\n\nb\n\n".repeat(100_001);
    fs::write(tmp.path().join("tiny.md"), format!("# Ownership\n\n{tiny}")).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "tiny.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: tiny.md has about 200003 blocks (headings and paragraphs); lp reads notes of at most 200000"),
        "{}",
        stderr(&out)
    );
    assert!(contents(&tmp.path().join("lib/stories")).is_empty());
}

#[test]
fn a_file_size_limit_fails_the_write_and_leaves_nothing_behind() {
    let long = "I measured every step of the release. ".repeat(200);
    let story = format!("title: A\nprinciples: [ownership]\naction: {long}\n");
    let tmp = library(&[("stories/a.yaml", story.as_bytes())]);
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -f 4 && exec '{}' --dir lib export -o answers.md",
            crate::support::LP
        ))
        .current_dir(tmp.path())
        .env("NO_COLOR", "1")
        .env_remove("LP_DIR")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "not killed by SIGXFSZ: {}",
        transcript(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("hint: a limit on file size (ulimit -f) stopped the write"),
        "{err}"
    );
    let left: Vec<String> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !left
            .iter()
            .any(|n| n == "answers.md" || n.ends_with(".tmp")),
        "{left:?}"
    );
}

#[test]
fn sigterm_while_lp_edit_has_the_editor_open_keeps_the_copy() {
    let tmp = library(&[("stories/a.yaml", STORY)]);
    let editor = tmp.path().join("slow-editor");
    crate::support::executable(
        &editor,
        "#!/bin/sh\nprintf 'title: Compliance\\nprinciples: [ownership]\\naction: Typed in the editor.\\n' > \"$1\"\necho EDITED\nsleep 5\n",
    );
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "edit", "a"],
        editor.to_str().unwrap(),
    );
    p.exp_string("EDITED").unwrap();
    crate::support::signal_lp(tmp.path(), "TERM");
    p.exp_string("(SIGTERM); lib/stories/a.yaml was not changed")
        .unwrap();
    p.exp_string("To take it up again: lp --dir lib write a --resume")
        .unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 1);
    assert!(String::from_utf8_lossy(&kept[0].1).contains("Typed in the editor."));
    assert_eq!(
        fs::read(tmp.path().join("lib/stories/a.yaml")).unwrap(),
        STORY
    );
    let _ = std::process::Command::new("pkill")
        .args(["-f", "slow-editor"])
        .status();
}
