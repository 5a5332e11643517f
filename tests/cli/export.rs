//! `lp export`: the Markdown document, its filters, and output files.

use std::fs;
use std::process::Command;

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, parse_document};

use crate::support::{LP, root, run, snapshot, snapshot_of, stderr, stdout, transcript};

/// The headings of a Markdown document, as (level, text).
fn headings(markdown: &str) -> Vec<(u8, String)> {
    let arena = Arena::new();
    let doc = parse_document(&arena, markdown, &Options::default());
    let mut out = Vec::new();
    for node in doc.descendants() {
        if let NodeValue::Heading(h) = node.data().value {
            let text: String = node
                .descendants()
                .filter_map(|n| match &n.data().value {
                    NodeValue::Text(t) => Some(t.to_string()),
                    _ => None,
                })
                .collect();
            out.push((h.level, text));
        }
    }
    out
}

/// The level-3 headings under each level-2 heading.
fn sections(markdown: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (level, text) in headings(markdown) {
        match level {
            2 => out.push((text, Vec::new())),
            3 => out
                .last_mut()
                .expect("a story heading sits under a principle")
                .1
                .push(text),
            _ => {}
        }
    }
    out
}

#[test]
fn export_groups_answers_by_principle_in_set_order() {
    let out = run(&["--dir", "tests/fixtures/good", "export"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let md = stdout(&out);
    let all = headings(&md);
    assert_eq!(
        all[0],
        (
            1,
            "Interview answers: Amazon Leadership Principles".to_string()
        )
    );
    assert_eq!(all.iter().filter(|(l, _)| *l == 1).count(), 1);
    let sections = sections(&md);
    assert_eq!(sections[0].0, "Contents");
    let names: Vec<&str> = sections[1..].iter().map(|(n, _)| n.as_str()).collect();
    let set_order: Vec<String> = {
        let out = run(&["principles", "--json"]);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["principles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names, set_order);
    let under = |name: &str| sections.iter().find(|(n, _)| n == name).unwrap().1.clone();
    assert_eq!(
        under("Ownership"),
        ["Took over the flaky release pipeline nobody owned"]
    );
    // Told in full under its primary principle, named with a link under the others.
    assert!(under("Dive Deep").is_empty());
    assert!(md.contains(
        "Also answers this:\n\n- [Took over the flaky release pipeline nobody owned](#took-over-the-flaky-release-pipeline-nobody-owned), told under Ownership\n"
    ), "{md}");
    assert_eq!(under("Think Big"), ["Ran the company hackathon"]);
    assert!(under("Bias for Action").is_empty());
    // Every story appears in full once.
    assert_eq!(sections.iter().map(|(_, s)| s.len()).sum::<usize>(), 4);
    // Gaps are marked, with questions.
    assert_eq!(
        md.matches("*No written answer yet.* Questions to prepare for:")
            .count(),
        5
    );
    // The STAR parts of a whole story, in order, and nothing private.
    // The first answer (Customer Obsession's) has all four parts, in order.
    let parts: Vec<&str> = all
        .iter()
        .filter(|(l, _)| *l == 4)
        .map(|(_, t)| t.as_str())
        .take(4)
        .collect();
    assert_eq!(parts, ["Situation", "Task", "Action", "Result"]);
    assert!(!md.contains("Private: mention the pager story"));
    assert!(md.contains("also serves Dive Deep, Deliver Results"));
    snapshot("export_good", md);
}

#[test]
fn export_answer_parts_come_in_star_order() {
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "export",
        "--story",
        "release-pipeline",
        "--principle",
        "ownership",
        "--include-notes",
    ]);
    let md = stdout(&out);
    let parts: Vec<String> = headings(&md)
        .into_iter()
        .filter(|(l, _)| *l == 4)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        parts,
        [
            "Situation",
            "Task",
            "Action",
            "Result",
            "What I learned",
            "Follow-up questions",
            "Notes"
        ]
    );
    assert!(md.contains("Private: mention the pager story"));
}

#[test]
fn export_by_story_lists_each_story_once() {
    let out = run(&["--dir", "tests/fixtures/good", "export", "--by", "story"]);
    let md = stdout(&out);
    let sections = sections(&md);
    let names: Vec<&str> = sections.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Contents",
            "Ran the company hackathon",
            "Rebuilt the export feature around what support saw",
            "Took over the flaky release pipeline nobody owned",
            "Redesigned secret propagation so private keys never move",
            "Principles with no written answer",
        ]
    );
    assert!(md.contains("serves Ownership, Dive Deep, Deliver Results"));
    snapshot("export_by_story", md);
}

#[test]
fn export_filters_by_status_story_and_principle() {
    let sections_of = sections;
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "export",
        "--status",
        "ready",
    ]);
    let sections = sections(&stdout(&out));
    let stories: std::collections::BTreeSet<&String> =
        sections.iter().flat_map(|(_, s)| s).collect();
    assert_eq!(stories.len(), 2, "only the ready stories: {stories:?}");
    // Think Big has only a draft: it is filtered out, not shown as a gap.
    assert!(!sections.iter().any(|(n, _)| n == "Think Big"));
    assert!(
        sections.iter().any(|(n, _)| n == "Bias for Action"),
        "a real gap stays"
    );

    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "export",
        "--principle",
        "earn trust",
    ]);
    let earn_trust = sections_of(&stdout(&out));
    assert_eq!(earn_trust.len(), 2);
    assert_eq!(
        earn_trust[1],
        (
            "Earn Trust".to_string(),
            vec!["Ran the company hackathon".to_string()]
        )
    );

    snapshot_of(
        "export_unknown_story",
        &[
            "--dir",
            "tests/fixtures/good",
            "export",
            "--story",
            "secret-propagaton",
        ],
    );
}

#[test]
fn export_json_leaves_notes_out_unless_asked() {
    let out = run(&["--dir", "tests/fixtures/good", "export", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 2);
    assert_eq!(json["stories"].as_array().unwrap().len(), 4);
    assert!(
        json["stories"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s.get("notes").is_none())
    );
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "export",
        "--format",
        "json",
        "--include-notes",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pipeline = json["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "release-pipeline")
        .unwrap();
    assert!(pipeline["notes"].as_str().unwrap().contains("pager"));
}

#[test]
fn export_to_a_file_never_overwrites_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("answers.md");
    let lib = root().join("tests/fixtures/good");
    let lib = lib.to_str().unwrap();
    let file_arg = file.to_str().unwrap();

    let out = run(&["--dir", lib, "export", "-o", file_arg]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(stderr(&out), format!("Wrote {file_arg} (4 answers)\n"));
    let first = fs::read_to_string(&file).unwrap();
    assert_eq!(first, stdout(&run(&["--dir", lib, "export"])));

    fs::write(&file, "my own edits").unwrap();
    let out = run(&["--dir", lib, "export", "-o", file_arg]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {file_arg} already exists\n  hint: pass --force to replace it, or choose another file\n"
        )
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "my own edits");

    let out = run(&["--dir", lib, "export", "-o", file_arg, "--force"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(fs::read_to_string(&file).unwrap(), first);
    let names: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");

    snapshot_of(
        "export_force_without_output",
        &["--dir", lib, "export", "--force"],
    );
}

#[test]
fn export_writes_into_a_device_and_through_a_link_never_onto_a_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = root().join("tests/fixtures/good");
    let lib = lib.to_str().unwrap();

    // A device holds nothing to lose: written as it is, without --force.
    let out = run(&["--dir", lib, "export", "-o", "/dev/stdout"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(stdout(&out), stdout(&run(&["--dir", lib, "export"])));
    assert_eq!(stderr(&out), "Wrote /dev/stdout (4 answers)\n");

    // With --force, a link's file is replaced and the link stays.
    let real = tmp.path().join("real.md");
    fs::write(&real, "old").unwrap();
    let link = tmp.path().join("link.md");
    std::os::unix::fs::symlink("real.md", &link).unwrap();
    let out = run(&[
        "--dir",
        lib,
        "export",
        "-o",
        link.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(
        fs::read_to_string(&real)
            .unwrap()
            .starts_with("# Interview answers")
    );

    let dangling = tmp.path().join("gone.md");
    std::os::unix::fs::symlink("nowhere.md", &dangling).unwrap();
    let dangling = dangling.to_str().unwrap();
    let out = run(&["--dir", lib, "export", "-o", dangling, "--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: could not write {dangling}: it is a link to a file that does not exist\n  hint: fix or remove the link, or choose another file\n"
        )
    );

    let folder = tmp.path().to_str().unwrap();
    let out = run(&["--dir", lib, "export", "-o", folder, "--force"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {folder} is not a file\n  hint: choose a file to write, not a folder or a device\n"
        )
    );
    assert_eq!(
        fs::read_dir(tmp.path()).unwrap().count(),
        3,
        "nothing left behind"
    );
}

#[test]
fn export_into_a_pipe_that_closes_early_is_quiet() {
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("set -o pipefail; '{LP}' --dir tests/fixtures/good export --include-notes | head -c 20 >/dev/null"))
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(stderr(&out), "");
}

#[test]
fn unwritten_stories_make_no_answer_and_are_listed_once_as_still_to_write() {
    let tmp = crate::support::copy_of("good");
    fs::write(
        tmp.path().join("lib/stories/idea.yaml"),
        "title: Sat with the sysadmins\nprinciples: [bias-for-action, ownership]\nnotes: Only a reminder.\n",
    )
    .unwrap();
    let md = stdout(&crate::support::run_in(
        tmp.path(),
        &["--dir", "lib", "export"],
    ));
    assert_eq!(md.matches("Sat with the sysadmins").count(), 2, "{md}");
    assert!(
        !md.contains("### Sat with the sysadmins"),
        "no empty answer: {md}"
    );
    assert!(
        md.contains(
            "## Bias for Action\n\n*No written answer yet.* To write:\n\n- Sat with the sysadmins\n"
        ),
        "{md}"
    );
    assert!(md.ends_with("## Still to write\n\nThese stories have notes but no answer yet; `lp write` turns each into one.\n\n- Sat with the sysadmins (Bias for Action, Ownership)\n"), "{md}");
    assert!(md.contains("4 answers for 16 principles; 5 principles have no written answer yet. 1 story is still to write"), "{md}");

    let html = stdout(&crate::support::run_in(
        tmp.path(),
        &["--dir", "lib", "export", "--format", "html"],
    ));
    assert_eq!(html.matches("Sat with the sysadmins").count(), 1, "{html}");
    assert!(html.contains("<h2>Still to write</h2>"));

    let out = crate::support::run_in(tmp.path(), &["--dir", "lib", "export", "--format", "csv"]);
    assert!(!stdout(&out).contains("Sat with the sysadmins"));
    assert_eq!(
        crate::support::stderr(&out),
        "note: 1 story still to write made no card; `lp write` turns them into answers\n"
    );

    let json: serde_json::Value = serde_json::from_slice(
        &crate::support::run_in(tmp.path(), &["--dir", "lib", "export", "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(json["stories"].as_array().unwrap().len(), 4);
    assert_eq!(json["to_write"][0]["id"], "idea");

    let list = stdout(&crate::support::run_in(
        tmp.path(),
        &["--dir", "lib", "list"],
    ));
    let line = list
        .lines()
        .find(|l| l.contains("Sat with the sysadmins"))
        .unwrap();
    assert!(line.starts_with("to write  0:00"), "{list}");
}

#[test]
fn export_never_writes_into_the_librarys_folders_nor_into_a_missing_one() {
    let tmp = crate::support::copy_of("good");
    fs::create_dir_all(tmp.path().join("lib/principles")).unwrap();
    let before = crate::support::contents(&tmp.path().join("lib"));
    for (args, message) in [
        (
            vec!["export", "-o", "lib/stories/new.yaml"],
            "error: lib/stories/new.yaml is in the library's stories/ folder, where every file must be a story\n  hint: write it outside the library's folders, such as answers.md\n",
        ),
        (
            vec![
                "export",
                "-o",
                "lib/stories/release-pipeline.yaml",
                "--force",
            ],
            "error: lib/stories/release-pipeline.yaml is in the library's stories/ folder, where every file must be a story\n  hint: write it outside the library's folders, such as answers.md\n",
        ),
        (
            vec!["plan", "-o", "lib/principles/plan.md"],
            "error: lib/principles/plan.md is in the library's principles/ folder, where every file must be a principle file\n  hint: write it outside the library's folders, such as answers.md\n",
        ),
        (
            vec!["export", "-o", "/nonexistent/dir/x.md"],
            "error: could not write /nonexistent/dir/x.md: the folder /nonexistent/dir does not exist\n  hint: create it first (mkdir -p /nonexistent/dir), or choose another path\n",
        ),
    ] {
        let mut all = vec!["--dir", "lib"];
        all.extend(&args);
        let out = crate::support::run_in(tmp.path(), &all);
        assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
        assert_eq!(crate::support::stderr(&out), message);
    }
    assert_eq!(crate::support::contents(&tmp.path().join("lib")), before);
}

#[test]
fn by_story_is_refused_where_it_cannot_apply() {
    for (format, what) in [
        ("html", "the HTML page is always grouped by principle"),
        ("csv", "the flashcard deck is always one card a question"),
        ("json", "the JSON export is always a list of stories"),
    ] {
        let out = run(&[
            "--dir",
            "tests/fixtures/good",
            "export",
            "--format",
            format,
            "--by",
            "story",
        ]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert_eq!(
            crate::support::stderr(&out),
            format!(
                "error: --by applies to the Markdown document only: {what}\n  hint: drop --by, or export Markdown with `lp export --by story`\n"
            )
        );
    }
}
