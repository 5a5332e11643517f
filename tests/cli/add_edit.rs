//! `lp add` and `lp edit`, in a pseudo-terminal and from flags, never losing a word.

use std::fs;
use std::path::Path;
use std::process::Stdio;

use crate::support::{
    contents, editor_writing, executable, library, lp_in, pty, run_in, snapshot, stderr, stdout,
    transcript, without_header,
};

fn story_json(cwd: &Path, id: &str) -> serde_json::Value {
    let out = run_in(cwd, &["--dir", "lib", "show", id, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["story"].clone()
}

#[test]
fn add_in_a_terminal_asks_for_a_whole_story() {
    let tmp = library(&[]);
    let editor = editor_writing(
        tmp.path(),
        "ed",
        "I traced 30 failures to one cache key.\n\nThen I moved the key.\n",
    );
    let mut p = pty(tmp.path(), &["--dir", "lib", "add"], &editor);
    p.exp_string("Title").unwrap();
    p.send_line("Fixed the flaky deploy").unwrap();
    p.exp_string("gap: no story yet").unwrap();
    // Choose the first two principles, Customer Obsession and Ownership.
    p.send(" ").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(" ").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("mainly about").unwrap();
    p.send("\x1b[B").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Situation").unwrap();
    p.send_line("The nightly deploy failed: one night in four.")
        .unwrap();
    p.exp_string("Task").unwrap();
    p.send_line("I owned the release process.").unwrap();
    p.exp_string("Action").unwrap();
    p.send_line("e").unwrap(); // the editor writes the action
    p.exp_string("Result").unwrap();
    p.send_line("Failures fell from 25% to 2%.").unwrap();
    p.exp_string("What I learned").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Tags").unwrap();
    p.send_line("ci, deploy").unwrap();
    p.exp_string("When").unwrap();
    p.send_line("2024").unwrap();
    p.exp_string("Status").unwrap();
    p.send("\x1b[B").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Spoken so far: about 0:").unwrap();
    p.exp_string("Choose what to do with this story").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Added lib/stories/fixed-the-flaky-deploy.yaml")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();

    let story = story_json(tmp.path(), "fixed-the-flaky-deploy");
    assert_eq!(story["title"], "Fixed the flaky deploy");
    assert_eq!(
        story["principles"],
        serde_json::json!(["ownership", "customer-obsession"])
    );
    assert_eq!(
        story["situation"],
        "The nightly deploy failed: one night in four.\n"
    );
    assert_eq!(
        story["action"],
        "I traced 30 failures to one cache key.\n\nThen I moved the key.\n"
    );
    assert_eq!(story["result"], "Failures fell from 25% to 2%.\n");
    assert_eq!(story["learned"], "");
    assert_eq!(story["tags"], serde_json::json!(["ci", "deploy"]));
    assert_eq!(story["when"], "2024");
    assert_eq!(story["status"], "ready");
}

#[test]
fn ctrl_c_in_add_writes_no_story_and_keeps_the_text() {
    let tmp = library(&[]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "add"], "true");
    p.exp_string("Title").unwrap();
    p.send_line("Interrupted story").unwrap();
    p.exp_string("gap: no story yet").unwrap();
    p.send(" ").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Situation").unwrap();
    p.send_line("A long situation I do not want to lose.")
        .unwrap();
    p.exp_string("Task").unwrap();
    p.send("half a line").unwrap();
    p.send_control('c').unwrap();
    let (_, path) = p.exp_regex(r"What you typed is in (\S+)").unwrap();
    p.exp_string("EXIT=130").unwrap();
    let path = path.trim_start_matches("What you typed is in ").to_string();
    let kept = fs::read_to_string(tmp.path().join(&path)).unwrap();
    assert!(
        kept.contains("A long situation I do not want to lose."),
        "{kept}"
    );
    assert!(
        contents(&tmp.path().join("lib/stories")).is_empty(),
        "no story file"
    );
}

#[test]
fn ctrl_c_before_any_text_just_stops() {
    let tmp = library(&[]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "add"], "true");
    p.exp_string("Title").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Interrupted: no story was written.").unwrap();
    p.exp_string("EXIT=130").unwrap();
    assert!(
        !tmp.path().join("lib/.lp").exists(),
        "nothing to recover, nothing written"
    );
}

#[test]
fn the_findings_after_adding_name_the_lines_lp_check_names() {
    let tmp = library(&[]);
    let args = [
        "--dir",
        "lib",
        "add",
        "--title",
        "Shipped it",
        "--principle",
        "ownership",
        "--action",
        "We did it and we shipped.",
    ];
    let added = stderr(&run_in(tmp.path(), &args));
    let finding = |text: &str| {
        text.lines()
            .find(|l| l.contains("[we-not-i]"))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("no we-not-i finding in:\n{text}"))
    };
    let checked = run_in(tmp.path(), &["--dir", "lib", "check"]);
    let checked = String::from_utf8_lossy(&checked.stdout).into_owned();
    assert_eq!(finding(&added), finding(&checked));
    assert!(!finding(&added).contains(":1:1:"), "{added}");
}

#[test]
fn add_from_flags_and_stdin() {
    let tmp = library(&[]);
    let out = lp_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "Cut costs: 30%",
            "--principle",
            "frugality",
            "--principle",
            "Dive Deep",
            "--action",
            "-",
            "--tag",
            "cost,cloud",
            "--when",
            "2023",
            "--status",
            "draft",
        ],
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .and_then(|mut child| {
        use std::io::Write as _;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"I found idle machines.\n\n  # not a comment: kept\n")?;
        child.wait_with_output()
    })
    .unwrap();
    snapshot("add_flags", transcript(&out));
    let story = story_json(tmp.path(), "cut-costs-30");
    assert_eq!(
        story["principles"],
        serde_json::json!(["frugality", "dive-deep"])
    );
    assert_eq!(
        story["action"],
        "I found idle machines.\n\n  # not a comment: kept\n"
    );
    assert_eq!(story["tags"], serde_json::json!(["cost", "cloud"]));
}

#[test]
fn add_never_overwrites_a_story_with_the_same_title() {
    let tmp = library(&[]);
    for _ in 0..3 {
        let out = run_in(
            tmp.path(),
            &[
                "--dir",
                "lib",
                "add",
                "--title",
                "Same title",
                "--principle",
                "ownership",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    }
    let names: Vec<String> = contents(&tmp.path().join("lib/stories"))
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["same-title-2.yaml", "same-title-3.yaml", "same-title.yaml"]
    );
}

#[test]
fn add_without_a_terminal_names_the_missing_flags() {
    let tmp = library(&[]);
    let out = run_in(tmp.path(), &["--dir", "lib", "add"]);
    snapshot("add_no_terminal", transcript(&out));
    let out = run_in(tmp.path(), &["--dir", "lib", "add", "--title", "T"]);
    snapshot("add_no_terminal_principle", transcript(&out));
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "T",
            "--principle",
            "Ownershp",
        ],
    );
    snapshot("add_unknown_principle", transcript(&out));
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "T",
            "--principle",
            "ownership",
            "--task",
            "-",
            "--result",
            "-",
        ],
    );
    snapshot("add_two_stdin_fields", transcript(&out));
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "T",
            "--principle",
            "ownership",
            "--status",
            "ready",
        ],
    );
    snapshot("add_ready_but_empty", transcript(&out));
    assert!(
        contents(&tmp.path().join("lib/stories")).len() == 1,
        "only the last one was written"
    );
}

#[test]
fn add_with_the_editor() {
    let tmp = library(&[]);
    let good = editor_writing(
        tmp.path(),
        "good",
        "title: Written in the editor\nprinciples: [frugality]\nsituation: |\n  No budget.\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "add", "--editor"])
        .env("EDITOR", &good)
        .output()
        .unwrap();
    snapshot("add_editor", transcript(&out));
    assert_eq!(
        story_json(tmp.path(), "written-in-the-editor")["situation"],
        "No budget.\n"
    );

    let bad = editor_writing(
        tmp.path(),
        "bad",
        "title: Broken\nprinciples: [frugality]\nsituaton: typo kept\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "add", "--editor"])
        .env("EDITOR", &bad)
        .output()
        .unwrap();
    let text = transcript(&out);
    let recovered = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(recovered.len(), 1);
    assert_eq!(
        without_header(&String::from_utf8_lossy(&recovered[0].1)),
        "title: Broken\nprinciples: [frugality]\nsituaton: typo kept\n"
    );
    let name = recovered[0]
        .0
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    snapshot("add_editor_invalid", text.replace(&name, "RECOVERY.yaml"));
    assert_eq!(contents(&tmp.path().join("lib/stories")).len(), 1);

    // An editor that is closed without a change, after a moment: cancelled.
    let out = lp_in(tmp.path(), &["--dir", "lib", "add", "--editor"])
        .env("EDITOR", "sleep 1.2; true")
        .output()
        .unwrap();
    snapshot("add_editor_unchanged", transcript(&out));
    // One that returns at once, changing nothing, did not wait: said so, with the fix.
    let out = lp_in(tmp.path(), &["--dir", "lib", "add", "--editor"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("returned at once and changed nothing")
            && stderr(&out).contains("EDITOR=\"code --wait\""),
        "{}",
        transcript(&out)
    );
}

#[test]
fn edit_replaces_a_story_only_with_one_that_loads() {
    let tmp = library(&[(
        "stories/deploy.yaml",
        b"title: Deploy\nprinciples: [ownership]\n",
    )]);
    let original = fs::read(tmp.path().join("lib/stories/deploy.yaml")).unwrap();

    let bad = editor_writing(
        tmp.path(),
        "bad",
        "title: Deploy\nprinciples: [ownership]\nsituation: \"unclosed\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        fs::read(tmp.path().join("lib/stories/deploy.yaml")).unwrap(),
        original,
        "the story is unchanged"
    );
    let recovered = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(
        without_header(&String::from_utf8_lossy(&recovered[0].1)),
        "title: Deploy\nprinciples: [ownership]\nsituation: \"unclosed\n"
    );
    let name = recovered[0]
        .0
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    snapshot(
        "edit_invalid",
        transcript(&out).replace(&name, "RECOVERY.yaml"),
    );

    let good = editor_writing(
        tmp.path(),
        "good",
        "title: Deploy, revised\nprinciples: [ownership, dive-deep]\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "stories/deploy.yaml"])
        .env("EDITOR", &good)
        .output()
        .unwrap();
    snapshot("edit_saved", transcript(&out));
    assert_eq!(story_json(tmp.path(), "deploy")["title"], "Deploy, revised");

    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", "sleep 1.2; true")
        .output()
        .unwrap();
    snapshot("edit_unchanged", transcript(&out));
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deplyo"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    snapshot("edit_unknown", transcript(&out));
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", "false")
        .output()
        .unwrap();
    snapshot("edit_editor_fails", transcript(&out));
}

#[test]
fn edit_through_a_link_changes_the_linked_file_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let tmp = library(&[(
        "synced/deploy.yaml",
        b"title: Deploy\nprinciples: [ownership]\n",
    )]);
    let real = tmp.path().join("lib/synced/deploy.yaml");
    fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
    let link = tmp.path().join("lib/stories/deploy.yaml");
    std::os::unix::fs::symlink("../synced/deploy.yaml", &link).unwrap();
    let editor = editor_writing(
        tmp.path(),
        "ed",
        "title: Deploy, edited\nprinciples: [ownership]\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(
        fs::read_to_string(&real).unwrap(),
        "title: Deploy, edited\nprinciples: [ownership]\n"
    );
    assert_eq!(
        fs::metadata(&real).unwrap().permissions().mode() & 0o777,
        0o640
    );

    // Something in stories/ that is not a file is named as such, not "no such story".
    fs::create_dir(tmp.path().join("lib/stories/folder.yaml")).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "edit", "folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with(
            "error: lib/stories/folder.yaml is not a story file: a folder, a pipe, a device or a broken link\n  hint: `lp check` says what it is; move it out of stories/\n"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn edit_in_a_terminal_offers_to_edit_again() {
    let tmp = library(&[(
        "stories/deploy.yaml",
        b"title: Deploy\nprinciples: [ownership]\n",
    )]);
    // The first run writes a typo, the second fixes it.
    let script = tmp.path().join("twice");
    executable(
        &script,
        "#!/bin/sh\nif [ -f \"$0.done\" ]; then printf 'title: Fixed\\nprinciples: [ownership]\\n' > \"$1\"; \
         else touch \"$0.done\"; printf 'title: Typo\\nprinciples: [ownership]\\nsituaton: x\\n' > \"$1\"; fi\n",
    );
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "edit", "deploy"],
        script.to_str().unwrap(),
    );
    p.exp_string("unknown field 'situaton'").unwrap();
    p.exp_string("Choose what to do").unwrap();
    p.send("\r").unwrap(); // Edit it again
    p.flush().unwrap();
    p.exp_string("Saved lib/stories/deploy.yaml").unwrap();
    p.exp_string("EXIT=0").unwrap();
    assert_eq!(story_json(tmp.path(), "deploy")["title"], "Fixed");
}

#[test]
fn the_editor_template_keeps_what_the_flags_gave_exactly() {
    // Before the template came from the one YAML writer, `--tag 'a: b'` wrote
    // `tags: [a: b]`, which does not load, and leading spaces of a part were lost.
    let tmp = library(&[]);
    let retitle = tmp.path().join("retitle");
    executable(
        &retitle,
        "#!/bin/sh\nsed 's/^title: .*/title: From the template/' \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n",
    );
    let out = lp_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--editor",
            "--principle",
            "ownership",
            "--tag",
            "a: b",
            "--tag",
            "[x]",
            "--situation",
            "  indented\nsecond",
        ],
    )
    .env("EDITOR", &retitle)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let story = story_json(tmp.path(), "from-the-template");
    assert_eq!(story["tags"], serde_json::json!(["a: b", "[x]"]));
    assert_eq!(story["situation"], "  indented\nsecond\n");
    assert_eq!(story["principles"], serde_json::json!(["ownership"]));
}

#[test]
fn edit_opens_every_part_and_takes_back_the_ones_left_empty() {
    let text =
        b"title: Deploy\nprinciples: [ownership]\n# my reminder\nnotes: |\n  The pager story.\n";
    let tmp = library(&[("stories/deploy.yaml", text)]);
    // An editor that keeps a copy of what it was given and writes the Action.
    let editor = tmp.path().join("ed");
    let seen = tmp.path().join("seen.yaml");
    executable(
        &editor,
        &format!(
            "#!/bin/sh\ncp \"$1\" '{}'\nsed -i 's/^action: |$/action: |\\n  I rolled it back myself./' \"$1\"\n",
            seen.display()
        ),
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let seen = fs::read_to_string(seen).unwrap();
    for key in [
        "situation: |\n",
        "task: |\n",
        "action: |\n",
        "result: |\n",
        "learned: |\n",
    ] {
        assert!(seen.contains(key), "{key} in {seen}");
    }
    assert!(
        seen.find("learned: |").unwrap() < seen.find("notes:").unwrap(),
        "{seen}"
    );
    let saved = fs::read_to_string(tmp.path().join("lib/stories/deploy.yaml")).unwrap();
    assert_eq!(
        saved,
        "title: Deploy\nprinciples: [ownership]\n# my reminder\naction: |\n  I rolled it back myself.\nnotes: |\n  The pager story.\n"
    );
    // After saving: the spoken length and the findings that still apply.
    assert_eq!(
        stdout(&out),
        "Saved lib/stories/deploy.yaml: about 0:03 spoken\n"
    );
    assert!(stderr(&out).contains("[missing-part]"), "{}", stderr(&out));
}

#[test]
fn an_editor_that_exits_non_zero_does_not_decide_whether_the_text_is_kept() {
    let tmp = library(&[(
        "stories/deploy.yaml",
        b"title: Deploy\nprinciples: [ownership]\n",
    )]);
    // A valid story, then exit 3: it is saved, with a warning.
    let editor = tmp.path().join("valid-then-fail");
    executable(
        &editor,
        "#!/bin/sh\nprintf 'title: Deploy\\nprinciples: [ownership]\\nresult: It worked.\\n' > \"$1\"\nexit 3\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stderr(&out).contains("warning: the editor '")
            && stderr(&out)
                .contains("exit status: 3; what it left in the file is checked as usual"),
        "{}",
        stderr(&out)
    );
    assert_eq!(story_json(tmp.path(), "deploy")["result"], "It worked.");

    // Invalid text, then killed: kept in a recovery file, the story unchanged.
    let before = fs::read(tmp.path().join("lib/stories/deploy.yaml")).unwrap();
    let editor = tmp.path().join("invalid-then-killed");
    executable(
        &editor,
        "#!/bin/sh\nprintf 'title: Deploy\\nprinciples: [ownership]\\nsituation: \"unclosed\\n' > \"$1\"\nkill -9 $$\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert_eq!(
        fs::read(tmp.path().join("lib/stories/deploy.yaml")).unwrap(),
        before
    );
    let recovered = contents(&tmp.path().join("lib/.lp/recovered"));
    assert!(String::from_utf8_lossy(&recovered[0].1).contains("situation: \"unclosed"));

    // `lp add --editor`: a valid story and exit 3 is added.
    let editor = tmp.path().join("add-then-fail");
    executable(
        &editor,
        "#!/bin/sh\nprintf 'title: Fixed the cache\\nprinciples: [dive-deep]\\naction: I found the key.\\n' > \"$1\"\nexit 3\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "add", "--editor"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        story_json(tmp.path(), "fixed-the-cache")["action"],
        "I found the key."
    );
}

#[test]
fn edit_leaves_a_read_only_story_and_an_emptied_file_alone() {
    let tmp = library(&[(
        "stories/deploy.yaml",
        b"title: Deploy\nprinciples: [ownership]\n",
    )]);
    let path = tmp.path().join("lib/stories/deploy.yaml");
    let before = fs::read(&path).unwrap();
    let empty = editor_writing(tmp.path(), "empty", "");
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr(&out),
        "The file was left empty, so lib/stories/deploy.yaml is unchanged.\n  hint: to delete the story, remove its file\n"
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    crate::support::set_mode(&path, 0o444);
    let good = editor_writing(
        tmp.path(),
        "good",
        "title: Deploy 2\nprinciples: [ownership]\n",
    );
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", &good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    snapshot("edit_read_only", transcript(&out));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn add_resume_in_a_terminal_asks_the_parts_still_empty_first() {
    let tmp = library(&[(
        ".lp/recovered/add-1.yaml",
        b"# lp-recovered: add\ntitle: Fixed the cache\nprinciples: [dive-deep]\nsituation: |\n  Builds failed at night.\n",
    )]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "add", "--resume"], "false");
    p.exp_string("Resuming the story kept in lib/.lp/recovered/add-1.yaml")
        .unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    p.send_line("Find why.").unwrap();
    p.exp_string("Action (Enter to skip").unwrap();
    p.send_line("I traced the expired key.").unwrap();
    p.exp_string("Result (Enter to skip").unwrap();
    p.send_line("No failure in 30 nights.").unwrap();
    p.exp_string("Choose what to do with this story").unwrap();
    // Every part written: it can be saved as ready.
    p.exp_string("Save it and mark it ready (nothing blocks it)")
        .unwrap();
    p.send("\x1b[B\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Added lib/stories/fixed-the-cache.yaml")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    let story = story_json(tmp.path(), "fixed-the-cache");
    assert_eq!(story["status"], "ready");
    assert_eq!(story["situation"], "Builds failed at night.\n");
    assert_eq!(story["result"], "No failure in 30 nights.\n");
    assert!(contents(&tmp.path().join("lib/.lp/recovered")).is_empty());
}

#[test]
fn add_outside_a_library_says_where_it_starts_one() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = lp_in(
        tmp.path(),
        &[
            "add",
            "--title",
            "Fixed it",
            "--principle",
            "ownership",
            "--yes",
        ],
    )
    .env("XDG_DATA_HOME", &data)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stderr(&out).contains(&format!(
            "note: the story will start a library in {}",
            data.join("lp").display()
        )),
        "{}",
        transcript(&out)
    );
    assert!(data.join("lp/stories/fixed-it.yaml").is_file());
    // The summary counts the story just added, as one to write.
    assert!(
        stdout(&out).contains("Ownership: 0 written, 1 to write (gap)"),
        "{}",
        transcript(&out)
    );
}

#[test]
fn a_paste_at_an_add_prompt_stays_one_part() {
    let tmp = library(&[]);
    let mut p = pty(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--title",
            "Pasted",
            "--principle",
            "ownership",
        ],
        "false",
    );
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send("Nightly builds failed.\r\rOne night in four.\r")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("Pasted into the situation, whole:").unwrap();
    // A bracketed paste, marked by the terminal, at the next part.
    p.exp_string("Task (Enter to skip").unwrap();
    p.send("\x1b[200~Stop the failures.\r\rBefore the launch.\x1b[201~")
        .unwrap();
    p.flush().unwrap();
    p.exp_string("Pasted into the task, whole:").unwrap();
    for part in ["Action", "Result"] {
        p.exp_string(&format!("{part} (Enter to skip")).unwrap();
        p.send_line("").unwrap();
    }
    p.exp_string("What I learned").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Tags").unwrap();
    p.send_line("").unwrap();
    p.exp_string("When").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Status").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Choose what to do with this story").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("EXIT=0").unwrap();
    let story = story_json(tmp.path(), "pasted");
    assert_eq!(
        story["situation"],
        "Nightly builds failed.\n\nOne night in four.\n"
    );
    assert_eq!(story["task"], "Stop the failures.\n\nBefore the launch.\n");
    assert!(
        story["action"].is_null() || story["action"] == "",
        "{story}"
    );
}

#[test]
fn an_empty_title_is_refused_with_a_word() {
    let tmp = library(&[]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "add"], "false");
    p.exp_string("Title").unwrap();
    p.send_line("").unwrap();
    p.exp_string("A story needs a title").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("EXIT=130").unwrap();
}

#[test]
fn resuming_a_named_recovery_file_and_stopping_again_keeps_one_file() {
    let tmp = library(&[(
        ".lp/recovered/add-1.yaml",
        b"# lp-recovered: add\ntitle: T\nprinciples: [ownership]\nsituation: |\n  S.\n",
    )]);
    let mut p = pty(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "add",
            "--resume",
            "lib/.lp/recovered/add-1.yaml",
        ],
        "false",
    );
    p.exp_string("Task (Enter to skip").unwrap();
    p.send_line("Typed task.").unwrap();
    p.exp_string("Action (Enter to skip").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("EXIT=130").unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 1, "the file taken up is replaced: {kept:?}");
    assert!(String::from_utf8_lossy(&kept[0].1).contains("Typed task."));
}
