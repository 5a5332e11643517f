//! `lp find`: the principles a question probes and the stories that answer it.

use crate::support::{copy_of, library, pty, run, run_in, snapshot_of, stderr, stdout, transcript};

#[test]
fn find_ranks_principles_with_reasons_and_the_stories_that_answer() {
    snapshot_of(
        "find_good",
        &[
            "--dir",
            "tests/fixtures/good",
            "find",
            "Tell me about a problem nobody owned that you fixed",
        ],
    );
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "find",
        "--json",
        "--limit",
        "2",
        "Tell me about a problem nobody owned that you fixed",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["principles"][0]["id"], "ownership");
    assert!(json["principles"].as_array().unwrap().len() <= 2);
    // The story that lists a like question comes first.
    assert_eq!(json["stories"][0]["id"], "release-pipeline");
    assert_eq!(
        json["stories"][0]["reason"],
        "it lists a question like this one"
    );
}

#[test]
fn find_reads_the_question_from_stdin_names_stories_to_write_and_says_when_nothing_matches() {
    let tmp = library(&[
        (
            "stories/idea.yaml",
            b"title: Cut the cloud bill\nprinciples: [frugality]\nnotes: The AWS story.\n",
        ),
        (
            "stories/done.yaml",
            b"title: Fixed the pager\nprinciples: [ownership]\naction: I fixed it.\n",
        ),
    ]);
    let mut cmd = crate::support::lp_in(tmp.path(), &["--dir", "lib", "find"]);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    std::io::Write::write_all(
        &mut child.stdin.take().unwrap(),
        b"How did you cut costs when there was no budget?\n",
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("The question most likely probes:\n  1. Frugality\n"),
        "{text}"
    );
    assert!(text.contains("No written story answers it yet."), "{text}");
    assert!(
        text.contains("Still to write:\n  - Cut the cloud bill (Frugality): `lp write idea`"),
        "{text}"
    );
    // Never the unwritten story as the answer, in JSON either.
    let json = find_json(tmp.path(), "no budget, cut costs");
    assert_eq!(json["stories"], serde_json::json!([]));
    assert_eq!(json["to_write"][0]["id"], "idea");

    // Words nothing knows: still three principles, said to be a guess.
    let out = run_in(tmp.path(), &["--dir", "lib", "find", "xyzzy plugh"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).starts_with("A guess: these words are far from every example question."),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        stdout(&out).matches("no word matched").count(),
        3,
        "{}",
        stdout(&out)
    );
    // No word that says anything: the set to choose from.
    let out = run_in(tmp.path(), &["--dir", "lib", "find", "and what of it?"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out)
            .starts_with("No principle matches: no word of this question says what it is about."),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("  Customer Obsession\n"));
    let out = run_in(tmp.path(), &["--dir", "lib", "find", "  "]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("error: no question to find\n  hint: "));
}

#[test]
fn find_works_with_the_librarys_own_principle_set() {
    let tmp = library(&[
        (
            "principles/mine.yaml",
            b"set: Engineering values\nprinciples:\n  - id: craftsmanship\n    name: Craftsmanship\n    keywords: [craft, careful, tests]\n    questions: [Tell me about work you are proud of the quality of.]\n  - id: teamwork\n    name: Teamwork\n    aliases: [Collaboration]\n    keywords: [team, together, helped]\n",
        ),
        (
            "stories/a.yaml",
            b"title: Paired on the migration\nprinciples: [teamwork]\naction: I paired with two teams.\n",
        ),
    ]);
    let json = find_json(tmp.path(), "How do you collaborate with another team?");
    assert_eq!(json["principles"][0]["id"], "teamwork");
    assert_eq!(json["stories"][0]["id"], "a");
}

#[test]
fn find_reads_words_that_mean_the_same_as_one_in_any_principle_set() {
    // The set says "disagree" and "manager"; the question says "pushed back" and "boss".
    let tmp = library(&[(
        "principles/mine.yaml",
        b"set: Team values\nprinciples:\n  - id: candour\n    name: Candour\n    keywords: [disagree, manager]\n  - id: care\n    name: Care\n    keywords: [customer, support]\n",
    )]);
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "find",
            "Tell me about a time you pushed back on your boss",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = stdout(&out);
    // Shown as the question wrote them; Care, which matches nothing, is not named.
    assert!(
        text.starts_with("The question most likely probes:\n  1. Candour\n     matched "),
        "{text}"
    );
    let reason = text.lines().nth(2).unwrap();
    assert!(
        reason.contains("\"pushed back\"") && reason.contains("\"boss\""),
        "{text}"
    );
    assert!(!text.contains("Care"), "{text}");

    // And in the built-in set: forms of a word meet (innovative, innovation).
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "find",
        "--json",
        "How innovative are you?",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["principles"][0]["id"], "invent-and-simplify", "{json}");
}

#[test]
fn practice_drills_a_question_of_ones_own_with_the_story_find_suggests() {
    let tmp = copy_of("good");
    let mut p = pty(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "practice",
            "--question",
            "Tell me about a problem nobody owned that you fixed",
        ],
        "true",
    );
    p.exp_string("Round 1 of 1").unwrap();
    p.exp_string("Ownership").unwrap();
    p.exp_string("Tell me about a problem nobody owned that you fixed")
        .unwrap();
    p.exp_string("Press Enter to start the clock").unwrap();
    p.send("\r").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("[a/s]").unwrap();
    p.send("a").unwrap();
    p.flush().unwrap();
    p.exp_string("The story to tell: Took over the flaky release pipeline nobody owned")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
}

#[test]
fn find_names_first_the_story_to_write_that_shares_the_questions_words() {
    // Both would answer Frugality; the second in file order is about the question.
    let tmp = library(&[
        (
            "stories/a-first.yaml",
            b"title: Moved the team to one office\nprinciples: [frugality]\n",
        ),
        (
            "stories/b-second.yaml",
            b"title: Halved the cloud bill\nprinciples: [frugality]\nnotes: The cloud bill story.\n",
        ),
    ]);
    let json = find_json(tmp.path(), "How did you cut the cloud bill?");
    assert_eq!(json["principles"][0]["id"], "frugality", "{json}");
    assert_eq!(json["to_write"][0]["id"], "b-second", "{json}");
    assert_eq!(json["to_write"][1]["id"], "a-first", "{json}");
}

#[test]
fn find_weighs_the_notes_of_a_story_to_write() {
    // The titles share no word with the question; only the second one's notes do.
    let tmp = library(&[
        (
            "stories/a-first.yaml",
            b"title: Moved the team to one office\nprinciples: [frugality]\n",
        ),
        (
            "stories/b-second.yaml",
            b"title: A story from 2021\nprinciples: [frugality]\nnotes: Halved the cloud bill.\n",
        ),
    ]);
    let json = find_json(tmp.path(), "How did you cut the cloud bill?");
    assert_eq!(json["to_write"][0]["id"], "b-second", "{json}");
    assert_eq!(json["to_write"][1]["id"], "a-first", "{json}");
}

#[test]
fn the_questions_people_are_asked_most_each_get_a_ranking_with_a_reason() {
    let tmp = library(&[("stories/x.yaml", b"title: X\nprinciples: [ownership]\n")]);
    for (question, expected) in [
        ("Tell me about a time you failed", "earn-trust"),
        ("What is your biggest failure?", "earn-trust"),
        (
            "Tell me about your most challenging project",
            "deliver-results",
        ),
    ] {
        let json = find_json(tmp.path(), question);
        let principles = json["principles"].as_array().unwrap();
        assert_eq!(principles.len(), 3, "{json}");
        assert!(
            principles.iter().any(|p| p["id"] == expected),
            "{question}: {json}"
        );
        for p in principles {
            assert!(!p["matched"].as_array().unwrap().is_empty(), "{json}");
        }
        assert_ne!(json["reading"], "guess", "{json}");
    }
    // A question two principles claim says so.
    let json = find_json(tmp.path(), "Tell me about a time you failed");
    assert_eq!(json["reading"], "several", "{json}");
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "find", "Tell me about a time you failed"],
    );
    assert!(
        stdout(&out).starts_with("The question probes more than one principle:\n"),
        "{}",
        stdout(&out)
    );
    // The example it was nearest is shown as the reason.
    assert!(
        stdout(&out).contains("; like \"Tell me about a time you"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_questions_a_persons_stories_list_teach_find() {
    // Nothing in the built-in set says "Lisbon" or "offsite"; this story's question does.
    let question = "Tell me about the Lisbon offsite";
    let other = library(&[("stories/x.yaml", b"title: X\nprinciples: [ownership]\n")]);
    let before = find_json(other.path(), question);
    assert_eq!(before["reading"], "guess", "{before}");
    let tmp = library(&[(
        "stories/offsite.yaml",
        b"title: Ran the offsite on a shoestring\nprinciples: [frugality]\nquestions: [How did you run the offsite in Lisbon?]\n",
    )]);
    let json = find_json(tmp.path(), question);
    assert_eq!(json["principles"][0]["id"], "frugality", "{json}");
    assert_eq!(
        json["principles"][0]["like"], "How did you run the offsite in Lisbon?",
        "{json}"
    );
}

#[test]
fn practice_takes_any_question_find_ranks_and_refuses_one_without_a_word() {
    let tmp = copy_of("good");
    let mut p = pty(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "practice",
            "--question",
            "Tell me about a time you failed",
        ],
        "true",
    );
    p.exp_string("Round 1 of 1").unwrap();
    p.exp_string("Tell me about a time you failed").unwrap();
    p.exp_string("Press Enter to start the clock").unwrap();
    drop(p);
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "practice", "--question", "and what of it?"],
        "true",
    );
    p.exp_string(
        "error: no word of this question says what it is about, so no principle matches it",
    )
    .unwrap();
    p.exp_string("hint: ask it in words").unwrap();
    p.exp_string("EXIT=2").unwrap();
}

/// `lp find --json QUESTION` in the library `lib` under `dir`, which must succeed.
fn find_json(dir: &std::path::Path, question: &str) -> serde_json::Value {
    let out = run_in(dir, &["--dir", "lib", "find", "--json", question]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}
