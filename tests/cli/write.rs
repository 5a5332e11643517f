//! `lp write`: a draft turned into an answer in a pseudo-terminal, part by part.

use std::fs;
use std::path::Path;

use crate::support::{
    contents, editor_writing, executable, library, pty, pty_wide, root, run_in, snapshot, stdout,
    transcript,
};

/// A library holding a copy of this repository's own stories: the user's eleven
/// drafts, imported from their notes, none written yet.
fn users_library() -> tempfile::TempDir {
    let tmp = library(&[]);
    for entry in fs::read_dir(root().join("stories")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(
            &path,
            tmp.path()
                .join("lib/stories")
                .join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    tmp
}

fn story_json(dir: &Path, id: &str) -> serde_json::Value {
    let out = run_in(dir, &["--dir", "lib", "show", id, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["story"].clone()
}

fn send(p: &mut rexpect::session::PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// `lp write` of one of the user's stories, the title kept and the Situation typed one
/// prompt too early, at the Principles prompt.
fn sentence_at_the_principles_prompt(dir: &std::path::Path) -> rexpect::session::PtySession {
    let id = "working-with-sysadmins-to-better-understand-their-needs";
    let mut p = pty(dir, &["--dir", "lib", "write", id], "false");
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("At Acme the sysadmins kept rejecting our deploy tooling.")
        .unwrap();
    p
}

/// Enter at the title's and the principles' prompts: both kept as they are.
fn keep_title_and_principles(p: &mut rexpect::session::PtySession) {
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
}

/// Enter at each of these parts' prompts, each of which must say `how` ("Enter to
/// skip", "Enter keeps it") or just name the part when `how` is empty.
fn enter_at(p: &mut rexpect::session::PtySession, parts: &[&str], how: &str) {
    for part in parts {
        p.exp_string(&format!("{part} ({how}")).unwrap();
        p.send_line("").unwrap();
    }
}

#[test]
fn write_takes_the_first_draft_to_a_saved_checked_answer() {
    let tmp = users_library();
    let id = "certified-scrum-product-owner";
    let notes_before = story_json(tmp.path(), id)["notes"].clone();
    let editor = editor_writing(
        tmp.path(),
        "ed",
        "- I ran a weekly triage and closed 180 stale items.\n- I wrote acceptance criteria with the two leads.\n",
    );
    let mut p = pty(tmp.path(), &["--dir", "lib", "write"], &editor);
    // The story most worth writing: the only one for a principle with no answer.
    p.exp_string("Writing: Certified Scrum Product Owner")
        .unwrap();
    p.exp_string("Principles: Learn and Be Curious (primary)")
        .unwrap();
    p.exp_string("Your notes, to work from:").unwrap();
    p.exp_string("Questions this answer should fit:").unwrap();
    keep_title_and_principles(&mut p);
    p.exp_string("Situation: Where and when").unwrap();
    p.exp_string("Situation (Enter to skip, e for the editor)")
        .unwrap();
    p.send_line("In 2021 our team had no product owner and 300 stale backlog items.")
        .unwrap();
    p.exp_string("Spoken so far: about 0:06 of the 2:00 target (13 words).")
        .unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    p.send_line("I took the course to learn to own a backlog.")
        .unwrap();
    p.exp_string("Action: What you yourself did").unwrap();
    p.exp_string("Action (Enter to skip").unwrap();
    p.send_line("e").unwrap(); // the editor writes the action
    p.exp_string("Result (Enter to skip").unwrap();
    p.send_line("The backlog fell from 300 to 90 items in a quarter.")
        .unwrap();
    p.exp_string("What I learned (Enter to skip").unwrap();
    p.send_line("").unwrap();
    // The whole answer, with the checks already run, before it is saved.
    p.exp_string("Checks").unwrap();
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("Saved lib/stories/certified-scrum-product-owner.yaml")
        .unwrap();
    p.exp_string("Next worth writing: \"Proper implementation of secret propagation\"")
        .unwrap();
    send(&mut p, "n");
    p.exp_string("EXIT=0").unwrap();

    let story = story_json(tmp.path(), id);
    assert_eq!(
        story["situation"],
        "In 2021 our team had no product owner and 300 stale backlog items.\n"
    );
    assert_eq!(
        story["action"],
        "- I ran a weekly triage and closed 180 stale items.\n- I wrote acceptance criteria with the two leads.\n"
    );
    assert_eq!(
        story["notes"], notes_before,
        "the notes stay, word for word"
    );
    assert_eq!(story["title"], "Certified Scrum Product Owner");
    let out = run_in(tmp.path(), &["--dir", "lib", "coverage", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["written_count"], 1);
    assert_eq!(json["to_write_count"], 10);
}

#[test]
fn write_renames_with_the_title_and_changes_one_part_at_the_confirmation() {
    let tmp = library(&[
        (
            "stories/sysadmins.yaml",
            b"title: Working with sysadmins\nprinciples: [dive-deep]\nnotes: |\n  Sat with the sysadmins.\n",
        ),
        (
            "stories/taken.yaml",
            b"title: Taken\nprinciples: [ownership]\naction: I did.\n",
        ),
    ]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "sysadmins"], "false");
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("Learned what the sysadmins needed").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("Dive Deep, earn trust").unwrap();
    for part in ["Situation", "Task", "Action", "Result", "What I learned"] {
        p.exp_string(&format!("{part} (Enter to skip")).unwrap();
        p.send_line(&format!("I wrote the {part} part.")).unwrap();
    }
    p.exp_string("Choose what to do with this answer").unwrap();
    // Every part written and nothing blocks it: it can be saved as ready.
    p.exp_string("Save it and mark it ready (nothing blocks it)")
        .unwrap();
    send(&mut p, "\x1b[B\x1b[B\r"); // change one part
    p.exp_string("Choose the part to change").unwrap();
    // The first finding is about the Action (too short), so the choice starts there.
    p.exp_string("> Action").unwrap();
    send(&mut p, "\x1b[A\x1b[A\r"); // up twice: Situation
    p.exp_string("Situation (Enter keeps it, e for the editor, - clears it)")
        .unwrap();
    p.send_line("In 2022 the sysadmins rejected our tooling.")
        .unwrap();
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\x1b[B\r"); // save it, marked ready
    p.exp_string("Rename the file to lib/stories/learned-what-the-sysadmins-needed.yaml too?")
        .unwrap();
    send(&mut p, "y");
    p.exp_string("Saved lib/stories/learned-what-the-sysadmins-needed.yaml")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    assert!(!tmp.path().join("lib/stories/sysadmins.yaml").exists());
    let story = story_json(tmp.path(), "learned-what-the-sysadmins-needed");
    assert_eq!(
        story["principles"],
        serde_json::json!(["dive-deep", "earn-trust"])
    );
    assert_eq!(
        story["situation"],
        "In 2022 the sysadmins rejected our tooling.\n"
    );
    assert_eq!(story["task"], "I wrote the Task part.\n");
    assert_eq!(story["status"], "ready");
    assert_eq!(story["notes"], "Sat with the sysadmins.\n");

    // A title whose file is another story's keeps the id: never over another story.
    let taken_before = fs::read(tmp.path().join("lib/stories/taken.yaml")).unwrap();
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "learned-what-the-sysadmins-needed"],
        "false",
    );
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("Taken").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
    enter_at(
        &mut p,
        &["Situation", "Task", "Action", "Result", "What I learned"],
        "Enter keeps it",
    );
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("the file keeps its name, since lib/stories/taken.yaml is another story")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    assert_eq!(
        fs::read(tmp.path().join("lib/stories/taken.yaml")).unwrap(),
        taken_before
    );
    assert_eq!(
        story_json(tmp.path(), "learned-what-the-sysadmins-needed")["title"],
        "Taken"
    );
}

/// The text of the one recovery file in the library at `dir`/lib.
fn only_recovery_file(dir: &Path) -> String {
    let recovered: Vec<_> = fs::read_dir(dir.join("lib/.lp/recovered"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(recovered.len(), 1);
    fs::read_to_string(&recovered[0]).unwrap()
}

#[test]
fn ctrl_c_mid_way_keeps_the_text_and_leaves_the_story_unchanged() {
    let tmp = users_library();
    let before = contents(&tmp.path().join("lib/stories"));
    let id = "working-with-sysadmins-to-better-understand-their-needs";
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", id], "false");
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("At Acme the sysadmins kept rejecting our deploy tooling.")
        .unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    send(&mut p, "\x03");
    p.exp_string("was not changed. What you wrote is in")
        .unwrap();
    p.exp_string("EXIT=130").unwrap();
    assert_eq!(contents(&tmp.path().join("lib/stories")), before);
    let text = only_recovery_file(tmp.path());
    assert!(
        text.contains("At Acme the sysadmins kept rejecting our deploy tooling."),
        "{text}"
    );
}

#[test]
fn a_line_typed_but_not_entered_survives_ctrl_c_and_comes_back_on_resume() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let before = contents(&tmp.path().join("lib/stories"));
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "false");
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("The pager went off every night.").unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    // Typed, never entered: the cursor moved back into it, as a person revising does.
    send(&mut p, "Make the nights quiet, with one owner\x1b[D\x1b[D");
    p.exp_string("one owner").unwrap();
    send(&mut p, "\x03");
    p.exp_string("was not changed. What you wrote is in")
        .unwrap();
    p.exp_string("EXIT=130").unwrap();
    assert_eq!(contents(&tmp.path().join("lib/stories")), before);
    let text = only_recovery_file(tmp.path());
    assert!(
        text.contains("task: |\n  Make the nights quiet, with one owner\n")
            && text.contains("# lp-next: task"),
        "{text}"
    );
    // Taken up again, the Task holds it: Enter keeps it.
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "idea", "--resume"],
        "false",
    );
    p.exp_string("Going on from Task").unwrap();
    p.exp_string("Make the nights quiet, with one owner")
        .unwrap();
    enter_at(&mut p, &["Task"], "Enter keeps it");
    enter_at(
        &mut p,
        &["Action", "Result", "What I learned"],
        "Enter to skip",
    );
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("EXIT=0").unwrap();
    let story = story_json(tmp.path(), "idea");
    assert_eq!(story["task"], "Make the nights quiet, with one owner\n");
}

/// `lp write` of a one-line draft in a terminal 40 columns wide, its title and
/// principles kept, at the Situation's prompt.
fn idea_at_its_situation() -> (tempfile::TempDir, rexpect::session::PtySession) {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let mut p = pty_wide(tmp.path(), &["--dir", "lib", "write", "idea"], "false", 40);
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    (tmp, p)
}

/// Enter at the parts after the Task, then the answer saved.
fn save_after_the_task(p: &mut rexpect::session::PtySession) {
    enter_at(p, &["Action", "Result", "What I learned"], "Enter to skip");
    p.exp_string("Choose what to do with this answer").unwrap();
    send(p, "\r");
    p.exp_string("EXIT=0").unwrap();
}

#[test]
fn the_line_being_typed_is_edited_in_place_before_it_is_entered() {
    let (tmp, mut p) = idea_at_its_situation();
    // Longer than the terminal is wide, edited across its rows: Home and a word put
    // in front, a letter taken out behind the cursor, Ctrl-W and Ctrl-U, Ctrl-K
    // cutting what is after the cursor, then Delete.
    send(
        &mut p,
        "the pager went off every single night for a month of nights xx",
    );
    send(&mut p, "\x17\x7f\x01Sadly, \x05 at last");
    // (Keys that reach a busy terminal together are drawn where the cursor is, and the
    // line may wrap inside the words: "at la", then "st" on the next row.)
    p.exp_regex("a[\r\n]*t[\r\n]* [\r\n]*l[\r\n]*a[\r\n]*s[\r\n]*t")
        .unwrap();
    send(&mut p, "\r");
    p.exp_string("Task (Enter to skip").unwrap();
    let left = |n: usize| "\x1b[D".repeat(n);
    send(
        &mut p,
        &format!(
            "junk words\x15Quiet nights, thenn noise{}\x0b{}\x1b[3~\r",
            left(5),
            left(2)
        ),
    );
    save_after_the_task(&mut p);
    let story = story_json(tmp.path(), "idea");
    assert_eq!(
        story["situation"],
        "Sadly, the pager went off every single night for a month of nights at last\n"
    );
    assert_eq!(story["task"], "Quiet nights, then\n");
}

#[test]
fn keys_typed_while_the_line_is_drawn_all_reach_it() {
    let (tmp, mut p) = idea_at_its_situation();
    // A word typed and taken back, again and again, each key on its own as a quick
    // typist's come: none may be lost to the terminal between two keys read.
    for _ in 0..150 {
        send(&mut p, "ab");
        send(&mut p, "\x7f");
        send(&mut p, "\x7f");
        send(&mut p, "cd \x17");
        send(&mut p, "\x15");
    }
    send(&mut p, "kept\r");
    p.exp_string("Task (Enter to skip").unwrap();
    send(&mut p, "\r");
    save_after_the_task(&mut p);
    assert_eq!(story_json(tmp.path(), "idea")["situation"], "kept\n");
}

#[test]
fn words_typed_at_the_principles_prompt_by_mistake_survive_ctrl_c() {
    let tmp = users_library();
    let before = contents(&tmp.path().join("lib/stories"));
    let mut p = sentence_at_the_principles_prompt(tmp.path());
    p.exp_string("error: 'At Acme the sysadmins kept rejecting")
        .unwrap();
    p.exp_string("' reads as a sentence, not a principle's name")
        .unwrap();
    p.exp_string("the answer itself goes in its parts, next")
        .unwrap();
    send(&mut p, "\x03");
    p.exp_string("was not changed. What you wrote is in")
        .unwrap();
    p.exp_string("EXIT=130").unwrap();
    assert_eq!(contents(&tmp.path().join("lib/stories")), before);
    let text = only_recovery_file(tmp.path());
    assert!(
        text.contains("At Acme the sysadmins kept rejecting our deploy tooling."),
        "{text}"
    );
}

#[test]
fn a_refused_line_cleared_keeps_the_principles_as_the_prompt_says_and_its_words() {
    let tmp = users_library();
    let mut p = sentence_at_the_principles_prompt(tmp.path());
    p.exp_string("' reads as a sentence, not a principle's name")
        .unwrap();
    // The line given back, cleared (Ctrl-U), then Enter: "Enter keeps them".
    send(&mut p, "\x15");
    send(&mut p, "\r");
    p.exp_string("Kept the principles (").unwrap();
    p.exp_string("the words typed there are in the story's notes")
        .unwrap();
    p.exp_string("Situation (Enter").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    let text = only_recovery_file(tmp.path());
    assert!(
        text.contains("At Acme the sysadmins kept rejecting our deploy tooling."),
        "{text}"
    );
}

#[test]
fn an_editor_that_fails_falls_back_to_the_prompt_and_keeps_its_text() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let editor = tmp.path().join("broken-editor");
    executable(
        &editor,
        "#!/bin/sh\nprintf 'I fixed the pager rota myself.\\n' > \"$1\"\nexit 3\n",
    );
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "idea"],
        editor.to_str().unwrap(),
    );
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("e").unwrap();
    p.exp_string("exited with exit status: 3").unwrap();
    p.exp_string("What the editor left is kept in").unwrap();
    p.exp_string("It is the situation now: Enter keeps it.")
        .unwrap();
    p.exp_string("Type the situation on one line instead.")
        .unwrap();
    p.exp_string("Situation (Enter keeps it").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    let recovered: Vec<String> = fs::read_dir(tmp.path().join("lib/.lp/recovered"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(
        recovered
            .iter()
            .any(|t| t.contains("I fixed the pager rota myself.")),
        "{recovered:?}"
    );
}

#[test]
fn write_walks_on_to_the_next_story() {
    let tmp = library(&[
        (
            "stories/first.yaml",
            b"title: First\nprinciples: [ownership]\nnotes: One.\n",
        ),
        (
            "stories/second.yaml",
            b"title: Second\nprinciples: [dive-deep]\nnotes: Two.\n",
        ),
    ]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write"], "false");
    for title in ["First", "Second"] {
        p.exp_string(&format!("Writing: {title}")).unwrap();
        keep_title_and_principles(&mut p);
        p.exp_string("Situation (Enter to skip").unwrap();
        p.send_line("I was on call.").unwrap();
        enter_at(
            &mut p,
            &["Task", "Action", "Result", "What I learned"],
            "Enter to skip",
        );
        p.exp_string("Choose what to do with this answer").unwrap();
        send(&mut p, "\r");
        p.exp_string(&format!("Saved lib/stories/{}.yaml", title.to_lowercase()))
            .unwrap();
        if title == "First" {
            p.exp_string("Next worth writing: \"Second\" (the first answer for Dive Deep)")
                .unwrap();
            send(&mut p, "y");
        }
    }
    p.exp_string("No story left to write.").unwrap();
    p.exp_string("EXIT=0").unwrap();
}

#[test]
fn write_without_a_terminal_says_what_to_use_instead() {
    let tmp = users_library();
    let out = run_in(tmp.path(), &["--dir", "lib", "write"]);
    assert_eq!(out.status.code(), Some(2));
    snapshot("write_no_terminal", transcript(&out));
}

#[test]
fn the_editor_file_names_the_part_and_its_notes_are_comments_taken_off() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: |\n  Pager rota, 2023.\n",
    )]);
    // An editor that keeps what it was given and adds a line naming its file on top.
    let editor = tmp.path().join("prepend");
    executable(
        &editor,
        "#!/bin/sh\ngrep -q 'Pager rota, 2023.' \"$1\" || exit 1\n{ printf 'Written in %s\\n' \"$(basename \"$1\")\"; cat \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n",
    );
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "idea"],
        editor.to_str().unwrap(),
    );
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("e").unwrap();
    enter_at(
        &mut p,
        &["Task", "Action", "Result", "What I learned"],
        "Enter to skip",
    );
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("EXIT=0").unwrap();
    let situation = story_json(tmp.path(), "idea")["situation"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        situation.starts_with("Written in lp-situation-"),
        "{situation}"
    );
    assert!(
        !situation.contains("Pager rota"),
        "the notes are help, taken off: {situation}"
    );
    assert_eq!(situation.lines().count(), 1, "{situation}");
}

#[test]
fn a_story_changed_on_disk_meanwhile_is_not_overwritten() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let story = tmp.path().join("lib/stories/idea.yaml");
    // While the Situation is written, someone else changes the story file.
    let editor = tmp.path().join("meanwhile");
    executable(
        &editor,
        &format!(
            "#!/bin/sh\nprintf 'Mine.\\n' > \"$1\"\nprintf 'title: Changed elsewhere\\nprinciples: [ownership]\\n' > '{}'\n",
            story.display()
        ),
    );
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "idea"],
        editor.to_str().unwrap(),
    );
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("e").unwrap();
    enter_at(
        &mut p,
        &["Task", "Action", "Result", "What I learned"],
        "Enter to skip",
    );
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string(
        "error: lib/stories/idea.yaml changed while you were writing, so it was left as it is",
    )
    .unwrap();
    p.exp_string("What you wrote is kept in").unwrap();
    p.exp_string("EXIT=2").unwrap();
    assert_eq!(
        fs::read_to_string(&story).unwrap(),
        "title: Changed elsewhere\nprinciples: [ownership]\n"
    );
    let kept: Vec<String> = fs::read_dir(tmp.path().join("lib/.lp/recovered"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(
        kept.iter().any(|t| t.contains("situation: |\n  Mine.\n")),
        "{kept:?}"
    );
}

#[test]
fn prompts_mark_the_chosen_item_with_a_sign_and_end_in_one_colon() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nresult: Done in 2 days.\n",
    )]);
    // Without colour: "Choose what to do with this answer:", never "?:".
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "false");
    keep_title_and_principles(&mut p);
    enter_at(
        &mut p,
        &["Situation", "Task", "Action", "Result", "What I learned"],
        "",
    );
    let (before, _) = p.exp_regex("Choose what to do with this answer:").unwrap();
    assert!(!before.contains("?:"), "{before}");
    p.exp_string("> Save it").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    // With colour: the chosen item still has its `>`.
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "--color", "always", "write", "idea"],
        "false",
    );
    keep_title_and_principles(&mut p);
    enter_at(
        &mut p,
        &["Situation", "Task", "Action", "Result", "What I learned"],
        "",
    );
    p.exp_string("Choose what to do with this answer").unwrap();
    p.exp_regex(">\u{1b}\\[0m Save it|> Save it").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
}

/// Title, principles and every part kept, then the menu.
fn to_the_menu(p: &mut rexpect::session::PtySession, title: &str) {
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line(title).unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
    for part in ["Situation", "Task", "Action", "Result", "What I learned"] {
        p.exp_string(&format!("{part} (")).unwrap();
        p.send_line("").unwrap();
    }
    p.exp_string("Choose what to do with this answer").unwrap();
}

#[test]
fn ctrl_c_at_the_rename_question_says_the_story_was_saved() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\n# a comment of mine\naction: I did it.\n",
    )]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "false");
    to_the_menu(&mut p, "A better title");
    send(&mut p, "\r");
    // The comments are kept in a backup, which is not a recovery file.
    p.exp_string("the file as it was is in lib/.lp/backups/idea-")
        .unwrap();
    p.exp_string("Rename the file to lib/stories/a-better-title.yaml too?")
        .unwrap();
    send(&mut p, "\x03");
    p.exp_string("Interrupted: the file keeps its name.")
        .unwrap();
    p.exp_string("Saved lib/stories/idea.yaml").unwrap();
    p.exp_string("EXIT=130").unwrap();
    assert_eq!(story_json(tmp.path(), "idea")["title"], "A better title");
    assert!(
        !tmp.path().join("lib/.lp/recovered").exists(),
        "no stale recovery file"
    );
    let backups = contents(&tmp.path().join("lib/.lp/backups"));
    assert_eq!(backups.len(), 1);
    assert!(String::from_utf8_lossy(&backups[0].1).contains("# a comment of mine"));
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert!(
        !stdout(&out).contains("recovery file"),
        "{}",
        transcript(&out)
    );
    let out = run_in(tmp.path(), &["--dir", "lib", "add", "--resume"]);
    assert_eq!(out.status.code(), Some(2), "a backup is never resumed");
}

#[test]
fn editor_failures_go_back_to_the_menu() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\naction: I did it.\n",
    )]);
    // "Edit the whole file" with an editor that does not exist: back to the menu.
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "idea"],
        "/nonexistent/editor",
    );
    to_the_menu(&mut p, "");
    send(&mut p, "\x1b[B\x1b[B\r");
    p.exp_string("The answer is as it was; choose again.")
        .unwrap();
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("Saved lib/stories/idea.yaml").unwrap();
    p.exp_string("EXIT=0").unwrap();

    // `e` with no temporary folder: the part is asked on one line instead.
    let mut p = {
        let quoted = format!(
            "TMPDIR=/nonexistent '{}' --dir lib write idea; echo EXIT=$?",
            crate::support::LP
        );
        let mut cmd = std::process::Command::new("sh");
        cmd.arg("-c")
            .arg(quoted)
            .current_dir(tmp.path())
            .env("EDITOR", "true")
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env("XDG_STATE_HOME", tmp.path().join("state"));
        rexpect::session::spawn_command(cmd, Some(15_000)).unwrap()
    };
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("e").unwrap();
    p.exp_string("could not create a file for the editor")
        .unwrap();
    p.exp_string("Type the situation on one line instead.")
        .unwrap();
    p.send_line("Typed instead.").unwrap();
    p.exp_string("Task (").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 1);
    assert!(String::from_utf8_lossy(&kept[0].1).contains("Typed instead."));

    // A whole-file edit that does not load, kept: one recovery file, no error.
    let bad = crate::support::editor_writing(tmp.path(), "bad", "title: [unclosed\n");
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], &bad);
    to_the_menu(&mut p, "");
    send(&mut p, "\x1b[B\x1b[B\r");
    p.exp_string("The story does not load. Choose what to do")
        .unwrap();
    send(&mut p, "\x1b[B\r");
    p.exp_string("what you wrote is kept in lib/.lp/recovered/write-idea.yaml")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    // The earlier session's words are not replaced: they move beside the new file.
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 2, "{kept:?}");
    let text_of = |name: &str| {
        kept.iter()
            .find(|(path, _)| path.ends_with(name))
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert!(text_of("write-idea.yaml").contains("title: [unclosed"));
    assert!(text_of("write-idea-2.yaml").contains("Typed instead."));
}

#[test]
fn an_editor_that_returns_at_once_records_nothing_and_says_how_to_make_it_wait() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\naction: I did it.\n",
    )]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "true");
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("e").unwrap();
    p.exp_string("returned at once and changed nothing")
        .unwrap();
    p.exp_string("EDITOR=\"code --wait\"").unwrap();
    p.exp_string("Situation (Enter to skip").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    assert!(
        !tmp.path().join("lib/.lp/recovered").exists(),
        "nothing recorded"
    );
}

#[test]
fn a_part_holding_the_cut_line_and_a_long_id_survive_the_editor() {
    let cut = "# ------------------------ >8 ------------------------";
    let long = "a".repeat(245);
    let story = format!(
        "title: Long\nprinciples: [ownership]\naction: |\n  Before the line.\n  {cut}\n  After the line.\n"
    );
    let tmp = library(&[(&format!("stories/{long}.yaml"), story.as_bytes())]);
    // An editor that changes nothing: the text comes back whole.
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", &long],
        "sleep 1.2; true",
    );
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
    enter_at(&mut p, &["Situation", "Task"], "Enter to skip");
    p.exp_string("Action (Enter keeps it").unwrap();
    p.send_line("e").unwrap();
    enter_at(&mut p, &["Result", "What I learned"], "Enter to skip");
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("EXIT=0").unwrap();
    let action = story_json(tmp.path(), &long)["action"].clone();
    assert_eq!(
        action,
        format!("Before the line.\n{cut}\nAfter the line.\n"),
        "the whole part came back from the editor"
    );
    // Nothing was changed, so nothing is kept; a changed draft of that id is kept
    // under a name the file system takes.
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", &long], "true");
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("A new title").unwrap();
    p.exp_string("Principles").unwrap();
    send(&mut p, "\x03");
    p.exp_string("To take it up again: lp --dir lib write")
        .unwrap();
    p.exp_string("EXIT=130").unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    assert_eq!(kept.len(), 1);
    assert!(String::from_utf8_lossy(&kept[0].1).contains("A new title"));
}

#[test]
fn resuming_goes_on_from_the_first_question_not_answered() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "false");
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("The pager went off every night.").unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    send(&mut p, "\x03");
    let (_, command) = p.exp_regex(r"To take it up again: [^\r\n]+").unwrap();
    p.exp_string("EXIT=130").unwrap();
    assert!(
        command.ends_with("lp --dir lib write idea --resume"),
        "{command}"
    );
    // Following the printed command: it starts at the Task, the Situation kept.
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "idea", "--resume"],
        "false",
    );
    p.exp_string("Going on from Task").unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    p.send_line("Make the nights quiet.").unwrap();
    enter_at(
        &mut p,
        &["Action", "Result", "What I learned"],
        "Enter to skip",
    );
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("Removed lib/.lp/recovered/write-idea.yaml")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    let story = story_json(tmp.path(), "idea");
    assert_eq!(story["situation"], "The pager went off every night.\n");
    assert_eq!(story["task"], "Make the nights quiet.\n");
    assert!(contents(&tmp.path().join("lib/.lp/recovered")).is_empty());
}

#[test]
fn a_bracketed_paste_stays_one_part_however_it_arrives() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "false");
    keep_title_and_principles(&mut p);
    enter_at(&mut p, &["Situation"], "Enter to skip");
    p.exp_string("Task (Enter to skip").unwrap();
    // A terminal in bracketed-paste mode marks the paste; this one sends it in two
    // pieces, a while apart, as a slow connection would.
    send(
        &mut p,
        "\x1b[200~Keep the pager quiet.\r\rFor the whole team.",
    );
    std::thread::sleep(std::time::Duration::from_millis(400));
    send(&mut p, "\r\rWithin a month.\x1b[201~");
    p.exp_string("Pasted into the task, whole:").unwrap();
    p.exp_string("Action (Enter to skip").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    let kept = String::from_utf8_lossy(&kept[0].1).into_owned();
    assert!(
        kept.contains(
            "task: |\n  Keep the pager quiet.\n\n  For the whole team.\n\n  Within a month.\n"
        ),
        "{kept}"
    );
    // A one-line paste, marked, is the line itself, marks taken off.
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "write", "idea", "--resume"],
        "false",
    );
    p.exp_string("Action (Enter to skip").unwrap();
    send(&mut p, "\x1b[200~I fixed the rota.\x1b[201~\r");
    p.exp_string("Result (Enter to skip").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    let kept = contents(&tmp.path().join("lib/.lp/recovered"));
    let kept = String::from_utf8_lossy(&kept[0].1).into_owned();
    assert!(kept.contains("action: |\n  I fixed the rota.\n"), "{kept}");
    assert!(!kept.contains("0~") && !kept.contains("1~"), "{kept}");
}

#[test]
fn a_long_answer_leaves_no_row_of_its_prompt_above_its_echo() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: Moving the nightly build to its own queue\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "false");
    // Enter on the title keeps it: the title is shown in the prompt, nothing is typed
    // after it, and the prompt's one row is all there is to clear.
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    let shown = p.exp_string("Principles").unwrap();
    assert!(!shown.contains("\x1b[1A"), "{shown:?}");
    p.send_line("").unwrap();
    p.exp_string("Situation (Enter to skip").unwrap();
    // Longer than any terminal here is wide: the prompt's line wraps. Before the echo,
    // the cursor goes up to the prompt's first row, and every row from there is
    // cleared.
    let long = "The nightly build failed one night in three and nobody owned it. ".repeat(5);
    send(&mut p, &format!("{}\r", long.trim_end()));
    let shown = p.exp_string("Task (Enter to skip").unwrap();
    let echoed = shown.rfind("nobody owned it").expect("the answer echoed");
    let cleared = shown[..echoed]
        .rfind("\r\x1b[J")
        .expect("the prompt's rows cleared");
    let up = shown[..cleared]
        .rfind("\x1b[")
        .expect("the cursor moved up");
    let rows: usize = shown[up + 2..cleared]
        .strip_suffix('A')
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{shown:?}"));
    assert!(rows >= 4, "{shown:?}");
    // A short answer takes one row: nothing above it is touched.
    send(&mut p, "I took it over.\r");
    let shown = p.exp_string("Action (Enter to skip").unwrap();
    assert!(!shown.contains("\x1b[1A"), "{shown:?}");
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    // The principles are the prompt's default, shown in it: Enter keeps them, and only
    // the rows the prompt itself took (two, 80 columns wide) are cleared, not as many
    // again for the default echoed after it.
    fs::write(
        tmp.path().join("lib/stories/idea.yaml"),
        "title: An idea\nprinciples: [ownership, dive-deep, think-big, frugality]\n",
    )
    .unwrap();
    let mut p = pty_wide(tmp.path(), &["--dir", "lib", "write", "idea"], "false", 80);
    p.exp_string("Title (Enter keeps it)").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("").unwrap();
    let shown = p.exp_string("Situation (Enter to skip").unwrap();
    assert_eq!(shown.matches("\x1b[1A").count(), 1, "{shown:?}");
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
}

#[test]
fn a_pasted_answer_of_three_paragraphs_stays_one_part() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "idea"], "false");
    keep_title_and_principles(&mut p);
    enter_at(&mut p, &["Situation", "Task"], "Enter to skip");
    p.exp_string("Action (Enter to skip").unwrap();
    // All at once, as a terminal delivers a paste: blank lines and all.
    send(
        &mut p,
        "I wrote the design.\r\rI asked two engineers to review it.\r\rThen I presented it.\r",
    );
    p.exp_string("Pasted into the action, whole:").unwrap();
    p.exp_string("Result (Enter to skip").unwrap();
    p.send_line("").unwrap();
    p.exp_string("What I learned (Enter to skip").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\r");
    p.exp_string("EXIT=0").unwrap();
    let story = story_json(tmp.path(), "idea");
    assert_eq!(
        story["action"],
        "I wrote the design.\n\nI asked two engineers to review it.\n\nThen I presented it.\n"
    );
    assert!(
        story["result"].is_null() || story["result"] == "",
        "{story}"
    );
    assert!(
        story["learned"].is_null() || story["learned"] == "",
        "{story}"
    );
}

#[test]
fn text_typed_ahead_never_reaches_the_shell_after_lp() {
    let tmp = library(&[(
        "stories/idea.yaml",
        b"title: An idea\nprinciples: [ownership]\nnotes: A reminder.\n",
    )]);
    let mut cmd = std::process::Command::new("bash");
    cmd.arg("-c")
        .arg(format!(
            "'{}' --dir lib write idea; read -r -t 2 line; echo \"SHELL READ=[$line]\"",
            crate::support::LP
        ))
        .current_dir(tmp.path())
        .env("EDITOR", "false")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("XDG_STATE_HOME", "/dev/null/no-state-home");
    let mut p = rexpect::session::spawn_command(cmd, Some(15_000)).unwrap();
    p.exp_string("Title (Enter keeps it)").unwrap();
    // Ctrl-C, and in the same breath a line meant for nobody.
    send(&mut p, "\x03touch typed-ahead\r");
    p.exp_string("SHELL READ=[]").unwrap();
    assert!(!tmp.path().join("typed-ahead").exists());
}

#[test]
fn the_preview_finds_a_duplicate_as_lp_check_does() {
    let text = b"title: Cache\nprinciples: [dive-deep]\naction: |\n  I traced the stale cache keys to the nightly build and fixed the expiry of every key.\n";
    let tmp = library(&[("stories/one.yaml", text), ("stories/two.yaml", text)]);
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", "one"], "false");
    keep_title_and_principles(&mut p);
    enter_at(&mut p, &["Situation", "Task"], "Enter to skip");
    enter_at(&mut p, &["Action"], "Enter keeps it");
    enter_at(&mut p, &["Result", "What I learned"], "Enter to skip");
    p.exp_string("likely tells the same story as lib/stories/two.yaml")
        .unwrap();
    p.exp_string("`lp merge one two` makes one story of the two")
        .unwrap();
    p.exp_string("Choose what to do with this answer").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
}

#[test]
fn a_fresh_start_never_replaces_what_an_earlier_interrupted_session_kept() {
    let tmp = users_library();
    let id = "working-with-sysadmins-to-better-understand-their-needs";
    let folder = tmp.path().join("lib/.lp/recovered");
    fs::create_dir_all(&folder).unwrap();
    let earlier = format!(
        "# lp-recovered: write \"{id}\"\ntitle: Earlier words\nprinciples: [dive-deep]\nsituation: Typed in an earlier session.\n"
    );
    fs::write(folder.join(format!("write-{id}.yaml")), &earlier).unwrap();
    let mut p = pty(tmp.path(), &["--dir", "lib", "write", id], "false");
    p.exp_string(&format!(
        "note: .lp/recovered/write-{id}.yaml keeps what you typed when an earlier lp write"
    ))
    .unwrap();
    keep_title_and_principles(&mut p);
    p.exp_string("Situation (Enter to skip").unwrap();
    p.send_line("Typed in this session.").unwrap();
    p.exp_string("Task (Enter to skip").unwrap();
    send(&mut p, "\x03");
    p.exp_string("EXIT=130").unwrap();
    let mut texts: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    texts.sort();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(
        texts.iter().any(|t| t == &earlier),
        "the earlier session's file is kept as it was: {texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("Typed in this session.")));
}
