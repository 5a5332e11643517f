//! `lp import`: each notes file in ../shared/notes against EXPECTED.md, and writing drafts.

use std::fs;

use crate::support::{
    contents, library, root, run, run_in, snapshot, snapshot_of, stdout, transcript,
};

/// The import plan of a fixture notes file, as JSON.
fn import_plan(file: &str, extra: &[&str]) -> serde_json::Value {
    let path = format!("tests/fixtures/notes/{file}");
    let mut args = vec![
        "--dir",
        "tests/fixtures/good",
        "import",
        path.as_str(),
        "--json",
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (title, principles, parts) of each draft.
fn drafts(plan: &serde_json::Value) -> Vec<(String, Vec<String>, Vec<String>)> {
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    plan["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["title"].as_str().unwrap().to_string(),
                strings(&d["principles"]),
                strings(&d["parts"]),
            )
        })
        .collect()
}

/// Why each skipped block was skipped, in order.
fn reasons(plan: &serde_json::Value) -> Vec<&str> {
    plan["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect()
}

/// Checks that every word of the source is in a draft, the skipped list or the ignored
/// list, except the words of principle headings and of STAR labels (structure, not text).
fn assert_nothing_lost(file: &str, plan: &serde_json::Value) {
    let source = fs::read_to_string(root().join("tests/fixtures/notes").join(file)).unwrap();
    // A line break in a table's cell is markup, not a word.
    let source = source.replace("<br>", " ");
    let words = |text: &str| -> std::collections::BTreeSet<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let mut kept = String::new();
    for d in plan["drafts"].as_array().unwrap() {
        for key in [
            "title",
            "situation",
            "task",
            "action",
            "result",
            "learned",
            "notes",
        ] {
            kept.push_str(d[key].as_str().unwrap());
            kept.push('\n');
        }
        for q in d["questions"].as_array().unwrap() {
            kept.push_str(q.as_str().unwrap());
            kept.push('\n');
        }
        for f in d["followups"].as_array().unwrap() {
            kept.push_str(&format!(
                "{}\n{}\n",
                f["question"].as_str().unwrap(),
                f["answer"].as_str().unwrap()
            ));
        }
    }
    // Principle names in headings, `Also:` lines and `see …` references became links.
    let set = run(&["principles", "--json"]);
    let set: serde_json::Value = serde_json::from_slice(&set.stdout).unwrap();
    for d in plan["drafts"].as_array().unwrap() {
        for id in d["principles"].as_array().unwrap() {
            let principle = set["principles"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["id"] == *id)
                .unwrap();
            kept.push_str(principle["name"].as_str().unwrap());
            kept.push('\n');
        }
    }
    for list in ["skipped", "ignored"] {
        for s in plan[list].as_array().unwrap() {
            kept.push_str(s["text"].as_str().unwrap());
            kept.push('\n');
        }
    }
    for q in plan["questions"].as_array().unwrap() {
        kept.push_str(q["question"].as_str().unwrap());
        kept.push('\n');
    }
    let kept = words(&kept);
    // Labels, the labels of lines of principle names (in any language) and a story's
    // enumerator ("Story 1 —") are structure too.
    let structure = words(
        "situation task action result results outcome impact s t a r also secondary principles lps \
         what i learned lesson follow up see story related secundarios sample questions \
         situaton actioin resut activity maps definition keywords question text summary",
    );
    // The words of a heading that is just a principle's name are structure.
    let mut heading_words = std::collections::BTreeSet::new();
    for line in source.lines().filter(|l| l.starts_with('#')) {
        let heading = words(line);
        let is_name = set["principles"].as_array().unwrap().iter().any(|p| {
            let name = words(p["name"].as_str().unwrap());
            // (Its number, `## 1. Frugality`, is no word beyond the name.)
            heading
                .iter()
                .all(|w| name.contains(w) || w == "the" || w.chars().all(|c| c.is_ascii_digit()))
        });
        if is_name {
            heading_words.extend(heading);
        }
    }
    let lost: Vec<String> = words(&source)
        .into_iter()
        // A story's enumerator ("Story 3:") is structure too.
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !kept.contains(w) && !structure.contains(w) && !heading_words.contains(w))
        .collect();
    assert!(lost.is_empty(), "{file}: words lost: {lost:?}");
}

/// An empty library `lib/` beside `notes.md`, a copy of the user's own notes.
fn users_notes() -> tempfile::TempDir {
    let tmp = library(&[]);
    fs::copy(
        root().join("tests/fixtures/notes/leadership-principles.md"),
        tmp.path().join("notes.md"),
    )
    .unwrap();
    tmp
}

#[test]
fn import_of_the_users_own_notes_matches_expected() {
    let plan = import_plan("leadership-principles.md", &[]);
    let drafts = drafts(&plan);
    let by_principle: Vec<(&str, &str)> = drafts
        .iter()
        .map(|(t, p, _)| (p[0].as_str(), t.as_str()))
        .collect();
    assert_eq!(
        by_principle,
        [
            ("learn-and-be-curious", "Certified Scrum Product Owner"),
            (
                "hire-and-develop-the-best",
                "Identify candidates to train in Python"
            ),
            (
                "hire-and-develop-the-best",
                "Provided opportunity for customer support staff to expand"
            ),
            (
                "insist-on-the-highest-standards",
                "Proper implementation of secret propagation"
            ),
            ("think-big", "Compliance enforcement"),
            (
                "bias-for-action",
                "Cleaning up unused resources across all accounts"
            ),
            (
                "frugality",
                "Converting data entry systems from EOL Windows and MS Office"
            ),
            (
                "earn-trust",
                "Putting myself out there by doing demo/presentations"
            ),
            (
                "dive-deep",
                "Working with sysadmins to better understand their needs"
            ),
            (
                "have-backbone-disagree-and-commit",
                "Advocating for a colleague to be promoted and move"
            ),
            (
                "have-backbone-disagree-and-commit",
                "Disagreed with the design decision of secret propagation"
            ),
        ]
    );
    assert!(
        drafts
            .iter()
            .all(|(_, p, parts)| p.len() == 1 && parts == &["notes"])
    );
    // The text is kept as written, typos and the unfinished sentence included.
    let notes: Vec<&str> = plan["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["notes"].as_str().unwrap())
        .collect();
    assert!(
        notes[3].contains("desiged a solution that was more secure and"),
        "{}",
        notes[3]
    );
    assert!(notes[10].contains("I reached outed to a couple engineers"));
    // 14 descriptions skipped, with their lines; the metadata comment ignored.
    let skipped = plan["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 14);
    assert!(skipped.iter().all(|s| {
        s["reason"]
            .as_str()
            .unwrap()
            .starts_with("the description of")
    }));
    assert_eq!(skipped[0]["lines"], serde_json::json!([3, 3]));
    assert_eq!(plan["ignored"].as_array().unwrap().len(), 1);
    assert!(
        plan["ignored"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("<!--stackedit_data:")
    );
    // The two secret-propagation notes are named as one story told twice.
    assert_eq!(plan["duplicates"].as_array().unwrap().len(), 1);
    assert_eq!(plan["duplicates"][0]["drafts"], serde_json::json!([3, 10]));
    assert_nothing_lost("leadership-principles.md", &plan);
}

#[test]
fn import_merge_makes_one_story_linked_to_both_principles() {
    let plan = import_plan("leadership-principles.md", &["--merge"]);
    let drafts = drafts(&plan);
    assert_eq!(drafts.len(), 10);
    let merged = &drafts[3];
    assert_eq!(merged.0, "Proper implementation of secret propagation");
    assert_eq!(
        merged.1,
        [
            "insist-on-the-highest-standards",
            "have-backbone-disagree-and-commit"
        ]
    );
    let notes = plan["drafts"][3]["notes"].as_str().unwrap();
    assert!(
        notes.contains("Proper implementation")
            && notes.contains("Disagreed with the design decision")
    );
    assert!(plan["duplicates"].as_array().unwrap().is_empty());
}

#[test]
fn import_of_labelled_star_notes() {
    let plan = import_plan("shape-labeled-star.md", &[]);
    let star = ["situation", "task", "action", "result"]
        .map(String::from)
        .to_vec();
    let drafts = drafts(&plan);
    assert_eq!(drafts.len(), 3);
    assert_eq!(
        drafts[0].0,
        "Took over the flaky release pipeline nobody owned"
    );
    assert_eq!(drafts[0].1, ["ownership", "dive-deep", "deliver-results"]);
    assert_eq!(drafts[0].2, star);
    assert_eq!(drafts[1].0, "Kept a migration going after the lead left");
    assert_eq!(drafts[1].1, ["ownership"]);
    assert_eq!(drafts[1].2, [&star[..], &["learned".to_string()]].concat());
    assert_eq!(
        drafts[2].0,
        "Rebuilt the export feature around what support saw"
    );
    assert_eq!(drafts[2].1, ["customer-obsession"]);
    assert_eq!(
        drafts[2].2,
        [&star[..], &["followups".to_string()]].concat()
    );
    let followup = &plan["drafts"][2]["followups"][0];
    assert_eq!(
        followup["question"],
        "What would you have done without access to the tickets?"
    );
    assert!(
        followup["answer"]
            .as_str()
            .unwrap()
            .starts_with("I would have asked support")
    );
    let skipped: Vec<(serde_json::Value, &str)> = plan["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["lines"].clone(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(
        skipped,
        [
            (serde_json::json!([1, 1]), "heading names no principle"),
            (
                serde_json::json!([3, 3]),
                "under 'Interview prep — story bank', which names no principle"
            ),
            (serde_json::json!([58, 58]), "heading names no principle"),
            (
                serde_json::json!([60, 61]),
                "under 'Tips for the day', which names no principle"
            ),
        ]
    );
    assert_nothing_lost("shape-labeled-star.md", &plan);
}

#[test]
fn import_of_question_headings_in_quotes() {
    let plan = import_plan("shape-question-headings.md", &[]);
    let drafts = drafts(&plan);
    assert_eq!(drafts.len(), 2);
    assert_eq!(drafts[0].1, ["invent-and-simplify"]);
    assert_eq!(
        drafts[0].2,
        [
            "situation",
            "task",
            "action",
            "result",
            "questions",
            "followups"
        ]
    );
    let first = &plan["drafts"][0];
    assert_eq!(
        first["questions"],
        serde_json::json!(["Tell me about a time you found a simpler way to do something."])
    );
    assert!(
        first["result"]
            .as_str()
            .unwrap()
            .ends_with("The lesson for me was that deleting is a feature.\n")
    );
    assert_eq!(
        first["followups"][0]["question"],
        "How did you convince people to delete pages?"
    );
    assert!(
        first["situation"]
            .as_str()
            .unwrap()
            .starts_with("The on-call handbook was 60 pages")
    );
    assert_eq!(drafts[1].1, ["are-right-a-lot", "dive-deep", "frugality"]);
    assert_eq!(
        drafts[1].2,
        ["situation", "task", "action", "result", "questions"]
    );
    assert_eq!(
        plan["skipped"][1]["text"],
        "## INVENT AND SIMPLIFY (my strongest one)"
    );
    assert_nothing_lost("shape-question-headings.md", &plan);
}

#[test]
fn import_of_prose_sections() {
    let plan = import_plan("shape-prose.md", &[]);
    let drafts = drafts(&plan);
    assert_eq!(drafts.len(), 2);
    assert_eq!(
        (drafts[0].1.as_slice(), drafts[1].1.as_slice()),
        (
            &["deliver-results".to_string()][..],
            &["learn-and-be-curious".to_string()][..]
        )
    );
    let notes = plan["drafts"][0]["notes"].as_str().unwrap();
    assert!(
        notes.contains("* automated the reconciliation check")
            && notes.contains("* two reconciliation bugs found")
    );
    assert_eq!(
        plan["drafts"][1]["notes"]
            .as_str()
            .unwrap()
            .matches("\n\n")
            .count(),
        2,
        "all three paragraphs"
    );
    assert!(
        plan["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["reason"] == "heading names no principle")
    );
    assert_nothing_lost("shape-prose.md", &plan);
}

#[test]
fn import_reads_a_table_of_stories_a_story_to_a_row() {
    let plan = import_plan("shape-table.md", &[]);
    let drafts = drafts(&plan);
    // A row whose cell runs to several lines (`<br>`) is a section: its first cell the
    // heading, its lines the text. The career row and the one-line row tell no story.
    let titles: Vec<&str> = drafts.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Took over the abandoned billing exporter",
            "Hardest bug",
            "The daily sales report disagreed with the ledger"
        ]
    );
    // A row named after a principle is its section; so is a table whose first row
    // names one. `- Situation:` with its text in the items under it is that part.
    assert_eq!(drafts[0].1, ["ownership"]);
    assert_eq!(drafts[2].1, ["dive-deep"]);
    for draft in &drafts {
        assert_eq!(
            draft.2[..3],
            ["situation", "action", "result"],
            "{}",
            draft.0
        );
    }
    assert!(
        plan["drafts"][0]["situation"]
            .as_str()
            .unwrap()
            .contains("nobody owned it")
    );
    assert_eq!(
        plan["drafts"][2]["questions"][0],
        "Tell me about a time the numbers were wrong"
    );
    // Lines are the rows' own.
    let lines: Vec<&serde_json::Value> = plan["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["lines"])
        .collect();
    assert_eq!(
        lines,
        [
            &serde_json::json!([11, 11]),
            &serde_json::json!([12, 12]),
            &serde_json::json!([17, 17])
        ]
    );
    // The front matter and a table's row of column names are structure.
    let ignored: Vec<&str> = plan["ignored"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert!(ignored[0].starts_with("front matter"), "{ignored:?}");
    assert_eq!(ignored[1], "a table's row of column names: ignored");
    assert_eq!(plan["ignored"][0]["lines"], serde_json::json!([1, 4]));
    assert!(
        plan["warnings"][0]
            .as_str()
            .unwrap()
            .starts_with("line 12: 'Hardest bug' names no principle")
    );
    assert_nothing_lost("shape-table.md", &plan);
}

#[test]
fn import_follows_the_same_rules_on_a_shape_none_of_the_examples_has() {
    let plan = import_plan("shape-setext.md", &[]);
    let drafts = drafts(&plan);
    assert_eq!(drafts.len(), 2);
    // A setext heading with "/", "&" and an emoji; labels with "-"; "Outcome", "Lesson";
    // "Secondary LPs" with ";"; and Ownership's "(see Have Backbone)" links, not copies.
    assert_eq!(
        drafts[0].1,
        [
            "have-backbone-disagree-and-commit",
            "dive-deep",
            "customer-obsession",
            "ownership"
        ]
    );
    assert_eq!(
        drafts[0].2,
        ["situation", "task", "action", "result", "learned"]
    );
    assert_eq!(drafts[1].1, ["bias-for-action"], "a numbered heading");
    let reasons = reasons(&plan);
    assert_eq!(
        reasons,
        [
            "heading names no principle",
            // "Have Backbone / Disagree & Commit 💪" has no words beyond the name, nor
            // "1. Bias for Action" beyond its number.
            "heading names no principle",
            "under 'Hiring', which names no principle",
        ]
    );
    assert_nothing_lost("shape-setext.md", &plan);
}

#[test]
fn import_dry_run_report() {
    let tmp = users_notes();
    let before = contents(tmp.path());
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "notes.md"]);
    assert_eq!(contents(tmp.path()), before, "a dry run writes nothing");
    snapshot("import_dry_run", transcript(&out));
}

#[test]
fn import_write_creates_drafts_and_never_overwrites() {
    let tmp = users_notes();
    let notes = "notes.md";
    let out = run_in(tmp.path(), &["--dir", "lib", "import", notes, "--write"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    snapshot("import_write", transcript(&out));
    let files = contents(&tmp.path().join("lib/stories"));
    assert_eq!(files.len(), 11);
    let coverage = run_in(tmp.path(), &["--dir", "lib", "coverage", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&coverage.stdout).unwrap();
    let covered = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["story_count"] != 0)
        .count();
    assert_eq!(covered, 0, "drafts of notes cover no principle");
    let waiting = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["to_write"] != 0)
        .count();
    assert_eq!(waiting, 9);
    assert_eq!(
        (
            json["written_count"].as_u64(),
            json["to_write_count"].as_u64()
        ),
        (Some(0), Some(11))
    );
    // Importing again writes nothing new: the drafts' text is in the library already.
    let out = run_in(tmp.path(), &["--dir", "lib", "import", notes, "--write"]);
    assert_eq!(out.status.code(), Some(0));
    // (The sentence is wrapped to the terminal's columns.)
    let said = stdout(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        said.contains("11 already imported, 0 written: their text is in the library already (pass --force to write them anyway). Coverage now:"),
        "{}",
        transcript(&out)
    );
    assert_eq!(contents(&tmp.path().join("lib/stories")), files);
    // The dry run says so too, rather than promising drafts --write would skip.
    let out = run_in(tmp.path(), &["--dir", "lib", "import", notes]);
    assert!(
        stdout(&out).ends_with("\nDry run: nothing was written. All 11 drafts are in the library already, so --write would write nothing (pass --force to write them anyway).\n"),
        "{}",
        transcript(&out)
    );
    let mut more = fs::read_to_string(tmp.path().join(notes)).unwrap();
    more.push_str(
        "\n## Frugality\n\nI moved the nightly batch to spot machines and the bill fell by 40%.\n",
    );
    fs::write(tmp.path().join("more.md"), more).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "more.md"]);
    assert!(
        stdout(&out).ends_with("; 11 more are in the library already and would be skipped (pass --force to write them anyway).\n")
            && stdout(&out).contains("Run again with --write to create 1 draft in "),
        "{}",
        transcript(&out)
    );
    let json = run_in(
        tmp.path(),
        &["--dir", "lib", "import", notes, "--write", "--json"],
    );
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        json["drafts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d.get("file").is_none())
    );
    // With --force they are written again, never over the first drafts.
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", notes, "--write", "--force"],
    );
    assert_eq!(out.status.code(), Some(0));
    let again = contents(&tmp.path().join("lib/stories"));
    assert_eq!(again.len(), 22);
    for (path, bytes) in &files {
        assert_eq!(
            &fs::read(path).unwrap(),
            bytes,
            "{} was changed",
            path.display()
        );
    }
    assert!(
        tmp.path()
            .join("lib/stories/compliance-enforcement-2.yaml")
            .exists()
    );
    let check = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert_eq!(check.status.code(), Some(0), "{}", transcript(&check));
}

#[test]
fn import_errors_name_the_file() {
    snapshot_of(
        "import_missing",
        &["--dir", "tests/fixtures/good", "import", "no-such-notes.md"],
    );
    snapshot_of(
        "import_folder",
        &["--dir", "tests/fixtures/good", "import", "tests"],
    );
    let tmp = library(&[
        ("notes.md", b"## Ownership\n\nI fixed it \xff.\n"),
        ("plain.md", b"# Shopping\n\n- milk\n"),
    ]);
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "lib/notes.md"]);
    snapshot("import_not_utf8", transcript(&out));
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "lib/plain.md"]);
    snapshot("import_nothing", transcript(&out));
}

#[test]
fn import_with_another_principle_set() {
    let tmp = library(&[
        (
            "team.yaml",
            b"set: Team\nprinciples:\n  - id: craft\n    name: Craft\n",
        ),
        (
            "bad.yaml",
            b"set: Team\nprinciples:\n  - id: craft\n    nam: Craft\n",
        ),
        (
            "notes.md",
            b"## Craft\n\nI rewrote the parser.\n\n## Ownership\n\nI owned it.\n",
        ),
    ]);
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "import",
            "lib/notes.md",
            "--principle-set",
            "lib/team.yaml",
            "--json",
        ],
    );
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["set"], "Team");
    assert_eq!(drafts(&plan).len(), 1);
    assert_eq!(plan["skipped"][0]["reason"], "heading names no principle");
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "import",
            "lib/notes.md",
            "--principle-set",
            "lib/bad.yaml",
        ],
    );
    snapshot("import_bad_set", transcript(&out));
}

#[test]
fn import_warns_of_an_also_line_that_names_no_principle() {
    let tmp = library(&[(
        "notes.md",
        b"## Ownership\n\nI owned it.\n\nAlso: Teamwork, Dive Deep\n",
    )]);
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "lib/notes.md"]);
    snapshot("import_unknown_also", transcript(&out));
}

#[test]
fn import_of_mixed_shapes_matches_expected() {
    // ../shared/notes/shape-mixed.md, as EXPECTED.md describes it.
    let plan = import_plan("shape-mixed.md", &[]);
    let drafts = drafts(&plan);
    let by: Vec<(&str, &[String], &[String])> = drafts
        .iter()
        .map(|(t, p, parts)| (t.as_str(), p.as_slice(), parts.as_slice()))
        .collect();
    assert_eq!(by.len(), 5, "{by:#?}");
    // Invent & Simplify: one story of all four paragraphs, none skipped or split off.
    assert_eq!(by[0].1, ["invent-and-simplify"]);
    assert_eq!(by[0].0, "Our on-call runbooks lived in four wikis");
    assert_eq!(plan["drafts"][0]["lines"], serde_json::json!([7, 16]));
    // Labels on consecutive lines, the enumerator off the title, `Lesson:`, and a
    // Spanish line of principles.
    assert_eq!(by[1].0, "Shipped the billing migration a week early");
    assert_eq!(by[1].1, ["deliver-results", "ownership", "dive-deep"]);
    assert_eq!(
        by[1].2,
        ["situation", "task", "action", "result", "learned"]
    );
    // Both lines of the Action, one line as its writer typed it: the notes are
    // wrapped where the next word would not fit.
    assert_eq!(
        plan["drafts"][1]["action"],
        "I split the accounts into three waves by risk and wrote a reconciliation check that compared every invoice before and after the move.\n"
    );
    // Labelled list items, and `Related:` with `+`.
    assert_eq!(by[2].0, "Rebuilt the invoice service under a hiring freeze");
    assert_eq!(
        by[2].1,
        ["deliver-results", "frugality", "invent-and-simplify"]
    );
    assert_eq!(by[2].2, ["situation", "task", "action", "result"]);
    // Earn Trust: the description skipped, the two notes two drafts.
    assert_eq!(by[3].1, ["earn-trust"]);
    assert_eq!(by[4].1, ["earn-trust"]);
    assert_eq!(by[3].2, ["notes"]);
    assert_eq!(
        plan["duplicates"],
        serde_json::json!([]),
        "same company, different stories"
    );
    let skipped: Vec<(serde_json::Value, &str)> = plan["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["lines"].clone(), s["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(skipped.len(), 3, "{skipped:?}");
    assert_eq!(skipped[2].1, "the description of 'Earn Trust', not a story");
    assert!(
        plan["warnings"][0]
            .as_str()
            .unwrap()
            .starts_with("lines 7–8: read as the opening of a story"),
        "the report says the text was kept together"
    );
    assert_nothing_lost("shape-mixed.md", &plan);
}

#[test]
fn merge_takes_the_pairs_to_merge_and_keeps_both_headings() {
    let notes = "## Ownership\n\n### Took over the release scripts\nSituation: the release scripts broke weekly and nobody owned them.\n\n### Kept the pager quiet\nSituation: the pager woke the team nightly.\n\n## Dive Deep\n\n### Traced the flaky release scripts\nSituation: the release scripts broke weekly; I traced the cache key.\n";
    let tmp = library(&[]);
    fs::write(tmp.path().join("notes.md"), notes).unwrap();
    let plan = |extra: &[&str]| {
        let mut args = vec!["--dir", "lib", "import", "notes.md", "--json"];
        args.extend_from_slice(extra);
        let out = run_in(tmp.path(), &args);
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    assert_eq!(plan(&[])["drafts"].as_array().unwrap().len(), 3);
    let merged = plan(&["--merge", "1+3"]);
    let drafts = merged["drafts"].as_array().unwrap();
    assert_eq!(drafts.len(), 2);
    assert_eq!(
        drafts[0]["principles"],
        serde_json::json!(["ownership", "dive-deep"])
    );
    assert_eq!(drafts[0]["title"], "Took over the release scripts");
    assert!(
        drafts[0]["notes"]
            .as_str()
            .unwrap()
            .contains("Traced the flaky release scripts"),
        "the second heading is kept: {}",
        drafts[0]
    );
    assert_eq!(drafts[1]["title"], "Kept the pager quiet", "not merged");
    // A pair that is not two drafts of the plan is refused before anything is done.
    let out = run_in(
        tmp.path(),
        &[
            "--dir", "lib", "import", "notes.md", "--merge", "1+9", "--write",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        crate::support::stderr(&out).starts_with("error: '1+9' is not a pair of drafts to merge")
    );
    assert!(contents(&tmp.path().join("lib/stories")).is_empty());
}

#[test]
fn bold_labels_in_list_items_and_references_in_other_languages() {
    let notes = "## Ownership\n\n### Took over the release scripts\n* **Situation** — the scripts broke weekly.\n* **Action** — I rewrote them.\n* **Result** — no failure in a quarter.\n\n## Dive Deep\n\nvoir Ownership A\n";
    let tmp = library(&[]);
    fs::write(tmp.path().join("notes.md"), notes).unwrap();
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let draft = &plan["drafts"][0];
    assert_eq!(draft["situation"], "the scripts broke weekly.\n");
    assert_eq!(draft["action"], "I rewrote them.\n");
    assert_eq!(draft["result"], "no failure in a quarter.\n");
    assert_eq!(
        draft["principles"],
        serde_json::json!(["ownership", "dive-deep"]),
        "linked, not copied"
    );
    assert_eq!(plan["drafts"].as_array().unwrap().len(), 1);
}

#[test]
fn a_list_of_notes_under_a_description_is_one_draft_an_item() {
    let notes = "## Customer Obsession\nLeaders start with the customer and work backwards from what they need.\n\n- Support tickets for exports doubled; I read 120 of them and rebuilt the export.\n- Sat with the sales team for a week to learn what customers asked for.\n";
    let tmp = library(&[]);
    fs::write(tmp.path().join("notes.md"), notes).unwrap();
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--json"],
    );
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let drafts = plan["drafts"].as_array().unwrap();
    assert_eq!(drafts.len(), 2, "{plan}");
    assert_eq!(
        drafts[0]["notes"],
        "Support tickets for exports doubled; I read 120 of them and rebuilt the export.\n"
    );
    assert_eq!(
        drafts[1]["notes"],
        "Sat with the sales team for a week to learn what customers asked for.\n"
    );
    assert_eq!(
        plan["skipped"][0]["reason"],
        "the description of 'Customer Obsession', not a story"
    );
}

#[test]
fn import_reads_stories_under_headings_that_name_no_principle_by_their_principles_line() {
    // `## Story: NAME` headings under a title, a bold "Leadership Principles:" label with
    // the names on the next line, `**S (Situation):**` labels with the text below,
    // sample questions; then a heading whose remark names the principles, and labels
    // written a letter wrong. Headings with no such line are skipped as before.
    let plan = import_plan("shape-story-headings.md", &[]);
    let drafts = plan["drafts"].as_array().unwrap();
    assert_eq!(drafts.len(), 3, "{plan}");
    // A "Maps to:" line among other skills: the principles are linked.
    assert_eq!(drafts[2]["title"], "The flaky login test");
    assert_eq!(
        drafts[2]["principles"],
        serde_json::json!(["insist-on-the-highest-standards"])
    );
    let first = &drafts[0];
    assert_eq!(first["title"], "Rebuilding the nightly report");
    assert_eq!(
        first["principles"],
        serde_json::json!(["dive-deep", "deliver-results"])
    );
    assert!(
        first["situation"]
            .as_str()
            .unwrap()
            .starts_with("The nightly sales report")
    );
    assert!(first["task"].as_str().unwrap().starts_with("I was asked"));
    assert!(
        first["action"]
            .as_str()
            .unwrap()
            .starts_with("- I traced each wrong number"),
        "a list stays a list: {first}"
    );
    assert!(
        first["result"]
            .as_str()
            .unwrap()
            .starts_with("No wrong report")
    );
    assert_eq!(first["questions"].as_array().unwrap().len(), 2);
    assert_eq!(first["notes"], "");
    let second = &drafts[1];
    assert_eq!(second["title"], "The vendor contract");
    assert_eq!(
        second["principles"],
        serde_json::json!(["frugality", "have-backbone-disagree-and-commit"])
    );
    assert!(
        second["situation"]
            .as_str()
            .unwrap()
            .starts_with("Our team was about")
    );
    assert!(
        second["action"]
            .as_str()
            .unwrap()
            .starts_with("I pulled the usage")
    );
    assert!(
        second["result"]
            .as_str()
            .unwrap()
            .starts_with("We cancelled it")
    );
    let skipped: Vec<&str> = plan["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(skipped.contains(&"## Logistics"), "{skipped:?}");
    assert!(skipped.contains(&"# My interview stories"), "{skipped:?}");
    assert_nothing_lost("shape-story-headings.md", &plan);
}

/// `lp import notes.md --review` in a pseudo-terminal, in `dir`.
fn review_session(dir: &std::path::Path) -> rexpect::session::PtySession {
    crate::support::pty(
        dir,
        &["--dir", "lib", "import", "notes.md", "--review"],
        "true",
    )
}

/// The text of the first story file in `dir`'s library.
fn first_story(dir: &std::path::Path) -> String {
    fs::read_dir(dir.join("lib/stories"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .next()
        .unwrap()
}

/// Sends keys to a session as typed.
fn press(p: &mut rexpect::session::PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

#[test]
fn review_keeps_drops_merges_and_relinks_drafts_then_writes_only_those() {
    let tmp = users_notes();
    let mut p = review_session(tmp.path());
    p.exp_string("11 drafts to review. Nothing is written until the last one.")
        .unwrap();
    p.exp_string("1. Certified Scrum Product Owner").unwrap();
    p.exp_string("Draft 1 of 11").unwrap();
    press(&mut p, "\r"); // keep
    p.exp_string("Draft 2 of 11").unwrap();
    press(&mut p, "\x1b[B\r"); // drop
    p.exp_string("Dropped: it will not be written.").unwrap();
    // Numbered as in the report: the draft after the dropped one is still the third.
    p.exp_string("Draft 3 of 11").unwrap();
    press(&mut p, "\x1b[B\x1b[B\r"); // merge into the first
    p.exp_string("Merged into draft 1").unwrap();
    p.exp_string("Draft 1 of 11").unwrap();
    press(&mut p, "\x1b[B\x1b[B\r"); // principles
    p.exp_string("Principles").unwrap();
    p.send_line("dive deep").unwrap();
    p.exp_string("Draft 1 of 11").unwrap();
    press(&mut p, "\x1b[B\x1b[B\x1b[B\x1b[B\r"); // keep this and the rest
    p.exp_string("Wrote 9 drafts:").unwrap();
    p.exp_string("EXIT=0").unwrap();
    let stories: Vec<String> = fs::read_dir(tmp.path().join("lib/stories"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(stories.len(), 9);
    let first = stories
        .iter()
        .find(|s| s.contains("title: Certified Scrum Product Owner"))
        .unwrap();
    assert!(first.contains("principles:\n  - dive-deep\n"), "{first}");
    assert!(
        first.contains("Provided opportunity for customer support staff"),
        "the merged draft's words are kept: {first}"
    );
    assert!(
        !stories
            .iter()
            .any(|s| s.contains("Identify candidates to train in Python")),
        "the dropped draft is not written"
    );
}

#[test]
fn review_numbers_drafts_as_the_report_does_after_a_drop() {
    let tmp = users_notes();
    let mut p = review_session(tmp.path());
    p.exp_string("Draft 1 of 11").unwrap();
    press(&mut p, "\x1b[B\r"); // drop the first
    p.exp_string("Draft 2 of 11").unwrap();
    press(&mut p, "\r"); // keep the second
    p.exp_string("Draft 3 of 11").unwrap();
    press(&mut p, "\x1b[B\x1b[B\r"); // merge the third into the second
    p.exp_string("Merged into draft 2:").unwrap();
    p.exp_string("Draft 2 of 11").unwrap();
    press(&mut p, "\x1b[A\r"); // quit, the last item
    p.exp_string("EXIT=").unwrap();
}

#[test]
fn review_quit_writes_nothing_and_review_needs_a_terminal() {
    let tmp = users_notes();
    let mut p = crate::support::pty(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--review"],
        "true",
    );
    // A draft from one line of the notes says which line, not "lines 21–21".
    p.exp_string("line 21").unwrap();
    p.exp_string("Draft 1 of 11").unwrap();
    p.send("\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\r").unwrap();
    p.flush().unwrap();
    p.exp_string("Quit: nothing was written.").unwrap();
    p.exp_string("EXIT=0").unwrap();
    assert_eq!(
        fs::read_dir(tmp.path().join("lib/stories")).map_or(0, |d| d.count()),
        0
    );
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--review"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        crate::support::stderr(&out),
        "error: lp import --review needs a terminal: it asks about each draft in turn\n  hint: without a terminal, lp import notes.md shows the plan and --write writes it\n"
    );
}

#[test]
fn review_ended_by_sigterm_says_nothing_was_written() {
    let tmp = users_notes();
    let mut p = crate::support::pty(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--review"],
        "true",
    );
    p.exp_string("Draft 1 of 11").unwrap();
    crate::support::signal_lp(tmp.path(), "TERM");
    p.exp_string("Ended: lp was asked to stop (SIGTERM); nothing was written.")
        .unwrap();
    p.exp_string("EXIT=143").unwrap();
    assert_eq!(
        fs::read_dir(tmp.path().join("lib/stories")).map_or(0, |d| d.count()),
        0
    );
}

#[test]
fn questions_with_no_story_are_the_persons_own_not_drafts_and_are_kept_for_practice() {
    let tmp = library(&[(
        "notes.md",
        b"# Frugality\n\n### Tell me about a time you did more with less.\n\n### How did you handle the zebra fleet budget?\n\n### Cut the cloud bill\n\nS: The bill doubled in a year.\nA: I moved the batch jobs to spot machines.\nR: It fell by 40%.\n\n# Dive Deep\n\n- Tell me about a time the numbers lied.\n- Why did the quokka dashboard drift?\n",
    )]);
    fs::create_dir_all(tmp.path().join("lib/stories")).unwrap();
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "lib/notes.md", "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let drafts = plan["drafts"].as_array().unwrap();
    assert_eq!(drafts.len(), 1, "only the story is a draft: {plan}");
    assert_eq!(drafts[0]["title"], "Cut the cloud bill");
    let questions: Vec<(String, String)> = plan["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["principle"].as_str().unwrap().to_string(),
                q["question"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(questions.len(), 4, "{plan}");
    assert!(questions.contains(&(
        "frugality".into(),
        "How did you handle the zebra fleet budget?".into()
    )));
    assert!(questions.contains(&(
        "dive-deep".into(),
        "Why did the quokka dashboard drift?".into()
    )));
    assert_eq!(plan["questions"][0]["lines"], serde_json::json!([3, 3]));
    // The text report lists them with their lines.
    let text = stdout(&run_in(
        tmp.path(),
        &["--dir", "lib", "import", "lib/notes.md"],
    ));
    assert!(text.contains("Your own questions"), "{text}");
    assert!(
        text.contains("line 5        Frugality: How did you handle the zebra fleet budget?"),
        "{text}"
    );
    // Written: kept once, however often the notes are imported.
    for _ in 0..2 {
        let out = run_in(
            tmp.path(),
            &["--dir", "lib", "import", "lib/notes.md", "--write"],
        );
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    }
    let kept = fs::read_to_string(tmp.path().join("lib/.lp/questions.jsonl")).unwrap();
    assert_eq!(kept.lines().count(), 4, "{kept}");
    // lp coverage names them for a gap; lp find learns from them.
    let json: serde_json::Value =
        serde_json::from_slice(&run_in(tmp.path(), &["--dir", "lib", "coverage", "--json"]).stdout)
            .unwrap();
    let dive = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "dive-deep")
        .unwrap();
    assert_eq!(
        dive["questions"][0], "Tell me about a time the numbers lied.",
        "{dive}"
    );
    let found: serde_json::Value = serde_json::from_slice(
        &run_in(
            tmp.path(),
            &["--dir", "lib", "find", "--json", "the quokka dashboard"],
        )
        .stdout,
    )
    .unwrap();
    assert_eq!(found["principles"][0]["id"], "dive-deep", "{found}");
}

#[test]
fn import_reads_notes_that_lead_with_the_questions() {
    // Questions as list items with their answers under them, a question answered by
    // the paragraph after it, reminders a line each, a story kept in a fenced block
    // with `activity:` for the action, and questions no story answers.
    let plan = import_plan("shape-question-list.md", &[]);
    let drafts = plan["drafts"].as_array().unwrap();
    let summary: Vec<(String, String, usize)> = drafts
        .iter()
        .map(|d| {
            (
                d["principles"][0].as_str().unwrap().to_string(),
                d["questions"][0].as_str().unwrap_or("").to_string(),
                d["questions"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(drafts.len(), 7, "{plan}");
    // A story heading, then a question with its answer: one story, titled by its
    // heading (without "Story:"), the question its own.
    assert_eq!(drafts[6]["title"], "The pager rota");
    assert_eq!(
        drafts[6]["questions"][0],
        "Tell me about a time you took on work nobody wanted."
    );
    assert!(
        drafts[6]["action"]
            .as_str()
            .unwrap()
            .starts_with("I wrote the rota")
    );
    // A highlighted question (`==…==`) with its answer under it; the definition before
    // it, which says "my" once in forty-odd words, is skipped as a definition.
    assert_eq!(
        drafts[5]["questions"][0],
        "Tell me about a time you owned up to a mistake"
    );
    assert!(
        plan["skipped"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["reason"] == "the description of 'Earn Trust', not a story")
    );
    assert!(
        drafts[0]["situation"]
            .as_str()
            .unwrap()
            .starts_with("conversion fell")
    );
    assert!(
        drafts[0]["action"]
            .as_str()
            .unwrap()
            .starts_with("I read every support ticket")
    );
    assert_eq!(
        summary[0].1,
        "Tell me about a time a customer was unhappy with something you shipped."
    );
    assert_eq!(
        summary[0].2, 1,
        "the line after the questions is not one: {plan}"
    );
    assert_eq!(drafts[0]["notes"], "  the new checkout page.\n");
    assert_eq!(drafts[1]["notes"], "label printer script\n");
    assert_eq!(drafts[2]["notes"], "one-click staging reset\n");
    assert_eq!(
        summary[1].1,
        "Tell me about a time when you invented something"
    );
    assert_eq!(
        summary[3].1,
        "Describe a time you fixed something before anyone asked."
    );
    assert!(
        drafts[3]["notes"]
            .as_str()
            .unwrap()
            .starts_with("rewrote the flaky nightly job")
    );
    assert!(
        summary[4]
            .1
            .starts_with("What would you do if your manager")
    );
    let own: Vec<&str> = plan["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        own,
        [
            "Tell me about a time you removed a step.",
            "Tell me about an unpopular decision of yours."
        ]
    );
    assert_nothing_lost("shape-question-list.md", &plan);
}

#[test]
fn a_study_guide_makes_no_draft_its_questions_are_kept_and_its_definitions_skipped() {
    // Each principle with a `Definition:`, `Keywords:` and a quoted `*Question*:` line:
    // text about the principles, not stories.
    let plan = import_plan("shape-guide.md", &[]);
    assert_eq!(plan["drafts"], serde_json::json!([]), "{plan}");
    let own: Vec<&str> = plan["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        own,
        [
            "Tell me about a time you delivered with half the budget.",
            "Tell me about a time a metric misled your team."
        ]
    );
    let reasons = reasons(&plan);
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == "the principle's definition, not a story")
            .count(),
        2
    );
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == "keywords for the principle, not a story")
            .count(),
        2
    );
    assert_nothing_lost("shape-guide.md", &plan);
}

#[test]
fn notes_kept_in_a_fence_with_numbered_principles_are_read_as_notes() {
    // The whole file in one code fence; principles as numbered lines (with a remark in
    // ASCII or full-width parentheses); a list of prompts, two in three of them
    // questions; a story with its parts, then a question answered under it.
    let plan = import_plan("shape-numbered-in-fence.md", &[]);
    let drafts = plan["drafts"].as_array().unwrap();
    assert_eq!(drafts.len(), 2, "{plan}");
    assert_eq!(drafts[0]["title"], "The disk alert");
    assert_eq!(drafts[0]["principles"], serde_json::json!(["dive-deep"]));
    assert!(
        drafts[0]["situation"]
            .as_str()
            .unwrap()
            .starts_with("The disk filled up")
    );
    assert!(
        drafts[0]["result"]
            .as_str()
            .unwrap()
            .starts_with("It stopped")
    );
    assert_eq!(
        drafts[1]["questions"][0],
        "Tell me about a time you found a root cause?"
    );
    assert!(
        drafts[1]["notes"]
            .as_str()
            .unwrap()
            .contains("the cron job")
    );
    let own: Vec<&str> = plan["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        own,
        [
            "Tell me about a time you saved money?",
            "Cut a cost without losing quality",
            "Describe a time you said no to a purchase."
        ]
    );
    let reasons: Vec<&str> = plan["ignored"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        [
            "a code fence around the whole file: its text was read as notes",
            "a code fence around the whole file: its text was read as notes",
            "a principle's name alone on its line: the heading of what follows",
            "a principle's name alone on its line: the heading of what follows",
        ],
        "the fence lines, and the two numbered principles read as headings"
    );
    assert_nothing_lost("shape-numbered-in-fence.md", &plan);
}

#[test]
fn a_story_naming_no_principle_gets_a_guessed_one_the_report_and_review_say_so() {
    let tmp = library(&[]);
    fs::write(
        tmp.path().join("notes.md"),
        "# Answers\n\n## Story 1: Night pages\n\n\
         - **Situation**: Alerts woke the on-call every week.\n\
         - **Action**: I traced them to a retry storm and I capped the retries.\n\
         - **Result**: Pages fell from nine a week to one.\n",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "notes.md"]);
    assert_eq!(out.status.code(), Some(0));
    let text = crate::support::stdout(&out);
    assert!(
        text.contains("Check\n  line 3: 'Story 1: Night pages' names no principle; linked to"),
        "{text}"
    );
    let json = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--json"],
    );
    let plan: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(plan["drafts"][0]["guessed"], serde_json::Value::Bool(true));
    assert_eq!(plan["drafts"][0]["title"], "Night pages");
    // In the review it is marked, until the person chooses its principles.
    let mut p = crate::support::pty(
        tmp.path(),
        &["--dir", "lib", "import", "notes.md", "--review"],
        "true",
    );
    p.exp_string("its principle was guessed from its words")
        .unwrap();
    p.exp_string("Draft 1 of 1").unwrap();
    p.send("\x1b[B\x1b[B\r").unwrap(); // principles
    p.flush().unwrap();
    p.exp_string("Principles").unwrap();
    p.send_line("frugality").unwrap();
    let before = p.exp_string("Draft 1 of 1").unwrap();
    assert!(!before.contains("was guessed"), "{before}");
    p.send("\r").unwrap(); // keep
    p.flush().unwrap();
    // Its principle chosen, the report no longer asks to check it or to review again.
    let report = p.exp_string("EXIT=0").unwrap();
    assert!(report.contains("Wrote 1 draft"), "{report}");
    assert!(
        !report.contains("names no principle; linked to"),
        "{report}"
    );
    assert!(!report.contains("can change it"), "{report}");
    let story = first_story(tmp.path());
    assert!(story.contains("principles:\n  - frugality\n"), "{story}");
    // In a file named for a principle, the review says where the principle came from.
    fs::copy(tmp.path().join("notes.md"), tmp.path().join("earnTrust.md")).unwrap();
    let mut p = crate::support::pty(
        tmp.path(),
        &["--dir", "lib", "import", "earnTrust.md", "--review"],
        "true",
    );
    p.exp_string("Earn Trust").unwrap();
    p.exp_string("its principle is the one the file's name names")
        .unwrap();
    p.exp_string("Draft 1 of 1").unwrap();
    p.send("\x1b[B\x1b[B\x1b[B\x1b[B\r").unwrap(); // keep it and the rest
    p.flush().unwrap();
    // Kept as linked: the check stays, without sending the person back to review.
    let report = p.exp_string("EXIT=0").unwrap();
    assert!(
        report.contains("names no principle; linked to Earn Trust"),
        "{report}"
    );
    assert!(!report.contains("can change it"), "{report}");
    // Renamed in the review, the draft is checked by its new title.
    fs::remove_dir_all(tmp.path().join("lib/stories")).unwrap();
    let mut p = crate::support::pty(
        tmp.path(),
        &["--dir", "lib", "import", "earnTrust.md", "--review"],
        "true",
    );
    p.exp_string("Draft 1 of 1").unwrap();
    p.send("\x1b[B\x1b[B\x1b[B\r").unwrap(); // change its title
    p.flush().unwrap();
    p.exp_string("Title").unwrap();
    p.send("\x15").unwrap(); // clear the line
    p.send_line("Quiet nights").unwrap();
    p.exp_string("Draft 1 of 1").unwrap();
    p.send("\x1b[B\x1b[B\x1b[B\x1b[B\r").unwrap(); // keep it and the rest
    p.flush().unwrap();
    let report = p.exp_string("EXIT=0").unwrap();
    assert!(
        report.contains("line 3: 'Quiet nights' names no principle; linked to Earn Trust"),
        "{report}"
    );
}

#[test]
fn a_title_naming_a_principle_links_a_story_naming_none_and_the_review_says_so() {
    let tmp = library(&[]);
    fs::write(
        tmp.path().join("titled.md"),
        "# Round 2 — Frugality Review\n\n## Story 1: Night pages\n\n\
         - **Situation**: Alerts woke the on-call every week.\n\
         - **Action**: I traced them to a retry storm and I capped the retries.\n\
         - **Result**: Pages fell from nine a week to one.\n",
    )
    .unwrap();
    let mut p = crate::support::pty(
        tmp.path(),
        &["--dir", "lib", "import", "titled.md", "--review"],
        "true",
    );
    p.exp_string("Frugality").unwrap();
    p.exp_string("its principle is the one the notes' title names")
        .unwrap();
    p.exp_string("Draft 1 of 1").unwrap();
    p.send("\x1b[B\x1b[B\x1b[B\x1b[B\r").unwrap(); // keep it and the rest
    p.flush().unwrap();
    let report = p.exp_string("EXIT=0").unwrap();
    let report = report.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        report.contains("linked to Frugality, the one the notes' title names"),
        "{report}"
    );
    assert!(
        report.contains("the notes' title: it names the principle of the stories that name none"),
        "{report}"
    );
}

#[test]
fn the_review_shows_a_draft_s_follow_ups_by_their_questions() {
    let tmp = library(&[]);
    fs::write(
        tmp.path().join("notes.md"),
        "## Ownership\n\n### Tell me about a time you fixed an outage.\n\n\
         **Situation**: The payments page went down on a Friday.\n\n\
         **Action**: I rolled back the release and paged the owner.\n\n\
         #### What would you do differently? (follow up)\n\n\
         I would alarm on the error rate first.\n",
    )
    .unwrap();
    let mut p = review_session(tmp.path());
    p.exp_string("follow-up: What would you do differently?")
        .unwrap();
    p.exp_string("Draft 1 of 1").unwrap();
    press(&mut p, "\r"); // keep
    p.exp_string("EXIT=0").unwrap();
    let story = first_story(tmp.path());
    assert!(
        story.contains("followups:\n  - question: What would you do differently?"),
        "{story}"
    );
}

#[test]
fn a_story_whose_heading_says_it_retells_another_is_reported_with_it() {
    let tmp = library(&[]);
    fs::write(
        tmp.path().join("notes.md"),
        "## Bias for Action\n\n### A. The launch we held back a day\n\nI pulled the cord six hours before the station opened, because the network dropped at night.\n\n## Have Backbone; Disagree and Commit\n\n### A. Saying no to the launch date (see Bias for Action A)\n\nSame story, told for disagreeing with a room that wanted to go.\n",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["import", "notes.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = stdout(&out);
    assert!(
        text.contains("1 and 2, one says it retells the other"),
        "{text}"
    );
    let out = run_in(tmp.path(), &["import", "notes.md", "--json"]);
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["duplicates"][0]["retold"], true);
    assert_eq!(plan["duplicates"][0]["drafts"], serde_json::json!([0, 1]));
}

#[test]
fn the_merge_hint_says_a_guessed_principle_gives_way() {
    // Two tellings of one story under headings that name no principle: both guesses.
    let notes = HARBOR;
    let tmp = library(&[]);
    fs::write(tmp.path().join("notes.md"), notes).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "notes.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let said = stdout(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        said.contains("1 and 2 share") && said.contains(
            "hint: add --merge to make each pair one story linked to the principles the notes name for either (to a guess where they name none), or --merge 1+2 to choose the pairs"
        ),
        "{said}"
    );
    // Where the notes name both, the hint says the story is linked to both.
    let named = notes
        .replace("# Full answer", "# Ownership\n\n## Full answer")
        .replace("# Cue card", "## Cue card");
    fs::write(tmp.path().join("named.md"), named).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "named.md"]);
    let said = stdout(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(said.contains("linked to both principles"), "{said}");
}

#[test]
fn review_merge_says_when_a_guessed_principle_gives_way() {
    // Two tellings of one story under headings that name no principle: both guesses.
    let notes = HARBOR;
    let tmp = library(&[]);
    fs::write(tmp.path().join("notes.md"), notes).unwrap();
    let mut p = review_session(tmp.path());
    p.exp_string("Draft 1 of 2").unwrap();
    press(&mut p, "\x1b[B\x1b[B\r"); // principles
    p.exp_string("Principles").unwrap();
    p.send_line("frugality").unwrap();
    p.exp_string("Draft 1 of 2").unwrap();
    press(&mut p, "\r"); // keep
    p.exp_string("Draft 2 of 2").unwrap();
    press(&mut p, "\x1b[B\x1b[B\r"); // merge into the first
    p.exp_string("Merged into draft 1: its text is kept there; its guessed principle gave way.")
        .unwrap();
    p.exp_string("Draft 1 of 2").unwrap();
    press(&mut p, "\x1b[B\x1b[B\x1b[B\x1b[B\r"); // keep this and the rest
    p.exp_string("EXIT=0").unwrap();
    let story = first_story(tmp.path());
    assert!(story.contains("principles:\n  - frugality\n"), "{story}");
    assert!(story.contains("ledger of holds that expire"), "{story}");
}

#[test]
fn review_merge_says_when_named_principles_take_a_guess_s_place() {
    let notes = HARBOR.replace("# Cue card", "# Frugality\n\n## Cue card");
    let tmp = library(&[]);
    fs::write(tmp.path().join("notes.md"), notes).unwrap();
    let mut p = review_session(tmp.path());
    p.exp_string("Draft 1 of 2").unwrap();
    press(&mut p, "\r"); // keep
    p.exp_string("Draft 2 of 2").unwrap();
    press(&mut p, "\x1b[B\x1b[B\r"); // merge into the first
    p.exp_string(
        "Merged into draft 1: its text and principles are kept there, in place of the guessed one.",
    )
    .unwrap();
    press(&mut p, "\x1b[B\x1b[B\x1b[B\x1b[B\r"); // keep this and the rest
    p.exp_string("EXIT=0").unwrap();
    let story = first_story(tmp.path());
    assert!(story.contains("principles:\n  - frugality\n"), "{story}");
}

/// A story in the first person under a heading that names no principle, then the same
/// story again as fragments: two drafts, both guesses, a likely pair.
const HARBOR: &str = "\
# Full answer

- My last project was Harbor, a booking system for ferry operators on three islands.
- I led four engineers and wrote the seat allocation service myself.
- The old allocator double-booked cabins whenever two ports synced at once, so I replaced it with a ledger of holds that expire.
- Double bookings stopped within a week and the operators renewed their contract.

# Cue card

- Harbor: ferry booking, three islands
- double-booked cabins when two ports synced => ledger of holds that expire
- double bookings stopped in a week => operators renewed contract
";

#[test]
fn a_story_naming_no_principle_in_a_file_named_for_one_is_linked_to_it() {
    // A file a principle, its name the principle's and no heading in it: the story is
    // not about ownership by its words alone, but the writer filed it under Earn Trust.
    let story = b"Story: Took the work nobody wanted\n\
        S: The billing code was fragile and nobody would touch it.\n\
        T: I took it on.\n\
        A: I split it into small parts with tests around each.\n\
        R: It has not broken since, and I own it now.\n";
    let tmp = library(&[("earnTrust.md", story), ("notes.md", story)]);
    let plan = |file: &str| {
        let out = run_in(tmp.path(), &["--dir", "lib", "import", file, "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let named = plan("lib/earnTrust.md");
    assert_eq!(named["drafts"][0]["principles"][0], "earn-trust");
    let warnings = named["warnings"].to_string();
    assert!(
        warnings.contains(
            "line 1: 'Took the work nobody wanted' names no principle; linked to Earn Trust, the one the file's name names"
        ),
        "{warnings}"
    );
    // The same story in a file whose name names none: its words decide.
    let unnamed = plan("lib/notes.md");
    assert_eq!(unnamed["drafts"][0]["principles"][0], "ownership");
    assert!(
        unnamed["warnings"]
            .to_string()
            .contains("'Took the work nobody wanted' names no principle; linked to Ownership, the one its words are nearest"),
        "{}",
        unnamed["warnings"]
    );
}

#[test]
fn study_notes_around_one_story_give_that_story_only() {
    let plan = import_plan("shape-study-notes.md", &[]);
    let drafts = drafts(&plan);
    assert_eq!(
        drafts,
        [(
            "The release I split".to_string(),
            vec!["bias-for-action".to_string()],
            vec![
                "situation".to_string(),
                "action".to_string(),
                "result".to_string()
            ]
        )],
        "{plan}"
    );
    let reasons = reasons(&plan);
    for reason in [
        "advice to the reader, not a story",
        "a case put to the reader, not a story",
        "a guide's sample answer, graded in its label, not your own story",
    ] {
        assert!(reasons.contains(&reason), "{reason}: {reasons:?}");
    }
    assert_nothing_lost("shape-study-notes.md", &plan);
}

#[test]
fn a_storys_dossier_is_one_draft_and_says_its_principle_was_guessed() {
    let plan = import_plan("shape-dossier.md", &[]);
    let drafts = drafts(&plan);
    assert_eq!(drafts.len(), 1, "{plan}");
    let (title, _, parts) = &drafts[0];
    assert_eq!(title, "S-7 - The invoice export that timed out");
    for part in ["situation", "action", "result"] {
        assert!(parts.contains(&part.to_string()), "{part}: {parts:?}");
    }
    assert!(
        plan["warnings"]
            .to_string()
            .contains("'S-7 - The invoice export that timed out' names no principle; linked to"),
        "{}",
        plan["warnings"]
    );
    assert!(
        plan["ignored"]
            .to_string()
            .contains("front matter: the fields of the story card this file is"),
        "{}",
        plan["ignored"]
    );
    assert_nothing_lost("shape-dossier.md", &plan);
}

#[test]
fn a_question_card_links_the_names_in_its_remark_and_keeps_its_backup_apart() {
    let plan = import_plan("shape-question-card.md", &[]);
    let drafts = drafts(&plan);
    let both = vec!["frugality".to_string(), "earn-trust".to_string()];
    assert_eq!(drafts.len(), 2, "{plan}");
    assert_eq!(drafts[0].0, "The build cache");
    assert_eq!(drafts[0].1, both);
    assert_eq!(drafts[1].0, "The shared test devices");
    assert_eq!(drafts[1].1, both);
    let asked = "Share an experience when you saved money without cutting quality.";
    assert_eq!(plan["drafts"][0]["questions"][0], asked, "{plan}");
    assert_eq!(
        plan["duplicates"].as_array().map(Vec::len),
        Some(0),
        "{plan}"
    );
    assert_nothing_lost("shape-question-card.md", &plan);
}

#[test]
fn import_dry_run_counts_one_draft_already_in_the_library_in_the_singular() {
    let tmp = library(&[]);
    let one = "## Ownership\n\nI took over the nightly export nobody owned and paged it.\n";
    fs::write(tmp.path().join("one.md"), one).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "one.md", "--write"]);
    assert!(out.status.success(), "{}", transcript(&out));
    let two = format!("{one}\n## Frugality\n\nI moved the nightly batch to spot machines.\n");
    fs::write(tmp.path().join("two.md"), two).unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "two.md"]);
    assert!(
        stdout(&out).ends_with(
            "; 1 more is in the library already and would be skipped (pass --force to write it anyway).\n"
        ),
        "{}",
        transcript(&out)
    );
}
