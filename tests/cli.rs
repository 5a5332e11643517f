//! End-to-end tests: the real `lp` binary on fixture libraries in `tests/fixtures/`,
//! comparing whole outputs (stdout, stderr and exit code) with the snapshots in
//! `tests/snapshots/`. Run `INSTA_UPDATE=always cargo test` to rewrite a snapshot
//! after a deliberate change, then read the diff before committing it.

// A test may tell the person running it what it could not check here.
#![allow(clippy::print_stderr)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, parse_document};

const LP: &str = env!("CARGO_BIN_EXE_lp");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command for `lp` with a clean environment: no LP_DIR, no colour, and a data
/// folder that holds no library, run from `cwd`.
fn lp_in(cwd: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(LP);
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("LP_DIR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env("NO_COLOR", "1")
        .env("XDG_DATA_HOME", root().join("target/no-such-data-home"))
        .stdin(Stdio::null());
    cmd
}

fn run_in(cwd: &Path, args: &[&str]) -> Output {
    lp_in(cwd, args).output().expect("lp runs")
}

/// Runs `lp` from the repository root.
fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// The whole result of a run, as one text to compare.
fn transcript(out: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status
            .code()
            .map_or("signal".to_string(), |c| c.to_string()),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
    // The repository's own path, so that snapshots hold wherever it is cloned.
    .replace(
        root().to_str().expect("the repository's path is UTF-8"),
        "<repo>",
    )
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

macro_rules! snapshot {
    ($name:expr, $args:expr) => {
        insta::assert_snapshot!($name, transcript(&run($args)))
    };
}

// ---------------------------------------------------------------- coverage

#[test]
fn coverage_of_a_good_library() {
    snapshot!(
        "coverage_good",
        &["--dir", "tests/fixtures/good", "coverage"]
    );
}

#[test]
fn coverage_narrowed_to_an_interviews_focus() {
    snapshot!(
        "coverage_focus",
        &[
            "coverage",
            "--dir",
            "tests/fixtures/good",
            "--principles",
            "Dive Deep,ownership",
            "--principles",
            "frugality",
            "--min",
            "1"
        ]
    );
}

#[test]
fn coverage_in_an_empty_folder_shows_every_principle_as_a_gap() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["coverage"]);
    insta::assert_snapshot!("coverage_empty", transcript(&out));
    assert_eq!(stdout(&out).matches(": gap, no story").count(), 16);
}

#[test]
fn coverage_fail_under_exits_1_naming_the_principles() {
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "coverage",
        "--fail-under",
        "1",
        "--principles",
        "ownership,dive-deep,bias-for-action",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "1 principle is under 1 story: Bias for Action\n"
    );
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "coverage",
        "--fail-under",
        "1",
        "--principles",
        "ownership,dive-deep",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
}

#[test]
fn coverage_json_holds_the_same_facts() {
    let out = run(&["--dir", "tests/fixtures/good", "coverage", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["set"], "Amazon Leadership Principles");
    assert_eq!(json["target"], 2);
    assert_eq!(json["story_count"], 4);
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 16);
    let dive = rows.iter().find(|r| r["id"] == "dive-deep").unwrap();
    assert_eq!(dive["story_count"], 1);
    assert_eq!(dive["secondary"], 1);
    assert_eq!(dive["standing"], "thin");
    assert_eq!(dive["linked"][0]["id"], "release-pipeline");
    let gaps: Vec<_> = rows.iter().filter(|r| r["standing"] == "gap").collect();
    assert_eq!(gaps.len(), 5);
    assert!(
        gaps.iter()
            .all(|g| g["questions"].as_array().unwrap().len() == 3)
    );
    assert_eq!(json["stretched"][0]["id"], "everything");
}

#[test]
fn coverage_refuses_an_unknown_focus_principle() {
    snapshot!(
        "coverage_unknown_focus",
        &[
            "--dir",
            "tests/fixtures/good",
            "coverage",
            "--principles",
            "Ownershp"
        ]
    );
}

#[test]
fn a_broken_library_reports_every_problem_and_exits_2() {
    let out = run(&["--dir", "tests/fixtures/broken", "coverage"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing is reported as coverage");
    insta::assert_snapshot!("coverage_broken", transcript(&out));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = run(&["--dir", "tests/fixtures/good", "coverage"]);
    assert!(!stdout(&plain).contains('\x1b'));
    let forced = run(&[
        "--dir",
        "tests/fixtures/good",
        "coverage",
        "--color",
        "always",
    ]);
    assert!(stdout(&forced).contains("\x1b[31mgap\x1b[0m"));
    // NO_COLOR wins over a forced CLICOLOR_FORCE in auto mode.
    let out = lp_in(&root(), &["--dir", "tests/fixtures/good", "coverage"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!stdout(&out).contains('\x1b'));
}

#[test]
fn coverage_lines_fit_80_columns() {
    for args in [
        &["coverage"][..],
        &["list"],
        &["show", "release-pipeline"],
        &["principles"],
    ] {
        let mut all = vec!["--dir", "tests/fixtures/good"];
        all.extend_from_slice(args);
        let out = run(&all);
        for line in stdout(&out).lines() {
            let width = line.chars().count();
            // `show` prints the story's own lines as written; the fixture keeps them short.
            assert!(width <= 80, "{args:?}: {width} columns: {line}");
        }
    }
}

// ---------------------------------------------------------------- check

#[test]
fn check_of_a_broken_library_exits_1_with_every_error() {
    snapshot!("check_broken", &["--dir", "tests/fixtures/broken", "check"]);
}

#[test]
fn check_reports_findings_by_rule() {
    snapshot!(
        "check_warnings",
        &["--dir", "tests/fixtures/warnings", "check"]
    );
}

#[test]
fn check_of_a_good_library_is_quiet() {
    snapshot!("check_good", &["--dir", "tests/fixtures/good", "check"]);
}

#[test]
fn check_json_gives_every_finding_with_its_place() {
    let out = run(&["--dir", "tests/fixtures/warnings", "check", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a ready story with a missing part is an error"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["errors"], 1);
    let first = &json["diagnostics"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["rule"], "missing-part");
    assert_eq!(first["story"], "half-ready");
    assert_eq!(
        first["path"],
        "tests/fixtures/warnings/stories/half-ready.yaml"
    );
    assert_eq!(first["line"], 3);
    assert_eq!(first["column"], 1);
}

#[test]
fn a_custom_principle_set_replaces_the_builtin_one() {
    snapshot!(
        "check_custom_set",
        &["--dir", "tests/fixtures/custom-set", "check"]
    );
    snapshot!(
        "principles_custom_set",
        &["--dir", "tests/fixtures/custom-set", "principles"]
    );
}

#[test]
fn a_broken_principle_set_is_reported() {
    snapshot!(
        "check_bad_set",
        &["--dir", "tests/fixtures/bad-set", "check"]
    );
}

/// Builds a library in a temporary folder from (relative path, bytes) pairs.
fn library(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (path, bytes) in files {
        let path = tmp.path().join("lib").join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    fs::create_dir_all(tmp.path().join("lib/stories")).unwrap();
    tmp
}

/// Every file under a folder with its bytes (a link with its target), to show that a
/// command wrote nothing.
fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            let (path, kind) = (entry.path(), entry.file_type().unwrap());
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_symlink() {
                // A link is its target: reading through it may never end (/dev/zero).
                let target = fs::read_link(&path).unwrap();
                out.push((path, target.into_os_string().into_encoded_bytes()));
            } else if kind.is_file() {
                let bytes = fs::read(&path).unwrap_or_default();
                out.push((path, bytes));
            } else {
                out.push((path, b"a pipe, socket or device".to_vec())); // never opened
            }
        }
    }
    out.sort();
    out
}

#[test]
fn odd_files_get_a_place_and_a_hint() {
    let tmp = library(&[
        (
            "stories/latin1.yaml",
            b"title: Caf\xe9\nprinciples: [ownership]\n",
        ),
        (
            "stories/bom.yaml",
            "\u{feff}title: With a BOM\nprinciples: [ownership]\n".as_bytes(),
        ),
        (
            "stories/crlf.yaml",
            b"title: Windows lines\r\nprinciples: [ownership]\r\n",
        ),
        (
            "stories/dup-key.yaml",
            b"title: One\nprinciples: [ownership]\ntitle: Two\n",
        ),
        (
            "stories/colon.yaml",
            b"title: Time: a story\nprinciples: [ownership]\nresult: a: b\n",
        ),
        ("stories/list.yaml", b"- title: a list, not a story\n"),
        ("stories/comments.yaml", b"# nothing here yet\n"),
        ("stories/big.yaml", &vec![b'#'; 1024 * 1024 + 10]),
        (
            "stories/anchor.yaml",
            b"title: *missing\nprinciples: [ownership]\n",
        ),
        (
            "stories/numbers.yaml",
            b"title: 42\nprinciples: [ownership]\nwhen: 2022\nfollowups: [just text]\n",
        ),
    ]);
    fs::create_dir_all(tmp.path().join("lib/stories/folder.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", tmp.path().join("lib/stories/dangling.yaml"))
        .unwrap();
    let before = contents(tmp.path());
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert_eq!(contents(tmp.path()), before, "check writes nothing");
    insta::assert_snapshot!("check_odd_files", transcript(&out));
}

#[test]
fn a_stories_path_that_is_a_file_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("lib")).unwrap();
    fs::write(tmp.path().join("lib/stories"), "not a folder").unwrap();
    let out = run_in(tmp.path(), &["--dir", "lib", "coverage"]);
    insta::assert_snapshot!("stories_is_a_file", transcript(&out));
}

// ---------------------------------------------------------------- finding the library

#[test]
fn a_missing_library_folder_is_an_error() {
    snapshot!("missing_dir", &["--dir", "tests/fixtures/nope", "list"]);
    let out = lp_in(&root(), &["list"])
        .env("LP_DIR", "tests/fixtures/nope")
        .output()
        .unwrap();
    insta::assert_snapshot!("missing_lp_dir", transcript(&out));
    snapshot!("dir_is_a_file", &["--dir", "Cargo.toml", "list"]);
}

#[test]
fn the_library_is_found_upwards_and_through_lp_dir() {
    let deep = root().join("tests/fixtures/good/stories");
    let out = run_in(&deep, &["list", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["stories"].as_array().unwrap().len(), 4);
    assert_eq!(
        json["stories"][0]["path"], "../stories/everything.yaml",
        "paths are relative to where lp runs"
    );

    let tmp = tempfile::tempdir().unwrap();
    let out = lp_in(tmp.path(), &["list", "--json"])
        .env("LP_DIR", root().join("tests/fixtures/good"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["stories"].as_array().unwrap().len(), 4);
}

#[test]
fn the_xdg_data_folder_is_the_last_resort() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    fs::create_dir_all(data.join("lp/stories")).unwrap();
    fs::copy(
        root().join("tests/fixtures/good/stories/export-rebuild.yaml"),
        data.join("lp/stories/export-rebuild.yaml"),
    )
    .unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    let out = lp_in(&elsewhere, &["list"])
        .env("XDG_DATA_HOME", &data)
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("export-rebuild"),
        "{}",
        transcript(&out)
    );
}

// ---------------------------------------------------------------- list, show, principles

#[test]
fn list_shows_one_line_a_story() {
    snapshot!("list_good", &["--dir", "tests/fixtures/good", "list"]);
    snapshot!(
        "list_ready_dive_deep",
        &[
            "--dir",
            "tests/fixtures/good",
            "list",
            "--status",
            "ready",
            "--principle",
            "dive deep"
        ]
    );
}

#[test]
fn list_of_an_empty_library_says_how_to_start() {
    let tmp = library(&[]);
    let out = run_in(tmp.path(), &["--dir", "lib", "list"]);
    insta::assert_snapshot!("list_empty", transcript(&out));
}

#[test]
fn show_formats_one_story() {
    snapshot!(
        "show_release_pipeline",
        &["--dir", "tests/fixtures/good", "show", "release-pipeline"]
    );
    snapshot!(
        "show_draft",
        &[
            "--dir",
            "tests/fixtures/good",
            "show",
            "stories/secret-propagation.yaml"
        ]
    );
}

#[test]
fn show_suggests_the_nearest_ids() {
    snapshot!(
        "show_unknown",
        &["--dir", "tests/fixtures/good", "show", "release-pipelin"]
    );
    snapshot!(
        "show_unknown_far",
        &["--dir", "tests/fixtures/good", "show", "zzz"]
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
    assert_eq!(json["version"], 1);
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
    snapshot!("principles_builtin", &["principles"]);
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

// ---------------------------------------------------------------- export

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
    assert_eq!(
        under("Dive Deep"),
        ["Took over the flaky release pipeline nobody owned"]
    );
    assert_eq!(under("Think Big"), ["Ran the company hackathon"]);
    assert!(under("Bias for Action").is_empty());
    // Every story appears once per principle it serves: 3 + 2 + 1 + 5.
    assert_eq!(sections.iter().map(|(_, s)| s.len()).sum::<usize>(), 11);
    // Gaps are marked, with questions.
    assert_eq!(
        md.matches("*No story yet.* Questions to prepare for:")
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
    insta::assert_snapshot!("export_good", md);
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
            "Principles with no story",
        ]
    );
    assert!(md.contains("serves Ownership, Dive Deep, Deliver Results"));
    insta::assert_snapshot!("export_by_story", md);
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

    snapshot!(
        "export_unknown_story",
        &[
            "--dir",
            "tests/fixtures/good",
            "export",
            "--story",
            "secret-propagaton"
        ]
    );
}

#[test]
fn export_json_leaves_notes_out_unless_asked() {
    let out = run(&["--dir", "tests/fixtures/good", "export", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
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
    assert_eq!(stderr(&out), format!("Wrote {file_arg} (4 stories)\n"));
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

    snapshot!(
        "export_force_without_output",
        &["--dir", lib, "export", "--force"]
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
    assert_eq!(stderr(&out), "Wrote /dev/stdout (4 stories)\n");

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

// ---------------------------------------------------------------- init and the command line

#[test]
fn init_creates_a_library_and_leaves_an_existing_one() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["init", "prep"]);
    insta::assert_snapshot!("init_new", transcript(&out));
    assert!(tmp.path().join("prep/stories").is_dir());
    let out = run_in(tmp.path(), &["init", "prep", "--with-principles"]);
    insta::assert_snapshot!("init_again_with_principles", transcript(&out));
    let written = fs::read_to_string(tmp.path().join("prep/principles/amazon.yaml")).unwrap();
    assert_eq!(
        written,
        fs::read_to_string(root().join("principles/amazon.yaml")).unwrap()
    );
    // The copy is never overwritten.
    fs::write(
        tmp.path().join("prep/principles/amazon.yaml"),
        "set: mine\nprinciples: []\n",
    )
    .unwrap();
    let out = run_in(tmp.path(), &["init", "prep", "--with-principles"]);
    insta::assert_snapshot!("init_principles_exist", transcript(&out));
    assert_eq!(
        fs::read_to_string(tmp.path().join("prep/principles/amazon.yaml")).unwrap(),
        "set: mine\nprinciples: []\n"
    );
    // An empty set is reported when the library is used.
    let out = run_in(tmp.path(), &["--dir", "prep", "coverage"]);
    insta::assert_snapshot!("empty_principle_set", transcript(&out));
}

#[test]
fn init_refuses_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("file"), "x").unwrap();
    let out = run_in(tmp.path(), &["init", "file"]);
    insta::assert_snapshot!("init_file", transcript(&out));
    fs::create_dir_all(tmp.path().join("lib")).unwrap();
    fs::write(tmp.path().join("lib/stories"), "x").unwrap();
    let out = run_in(tmp.path(), &["init", "lib"]);
    insta::assert_snapshot!("init_stories_file", transcript(&out));
}

#[test]
fn no_arguments_tells_a_new_user_where_to_start() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &[]);
    insta::assert_snapshot!("welcome", transcript(&out));
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion() {
    snapshot!("typo_subcommand", &["coverge"]);
    snapshot!("typo_flag", &["coverage", "--principle", "x"]);
}

#[test]
fn help_and_version_exit_0() {
    let out = run(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), format!("lp {}\n", env!("CARGO_PKG_VERSION")));
    let out = run(&["help", "coverage"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Examples:"));
}

// ---------------------------------------------------------------- import

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

/// Checks that every word of the source is in a draft, the skipped list or the ignored
/// list, except the words of principle headings and of STAR labels (structure, not text).
fn assert_nothing_lost(file: &str, plan: &serde_json::Value) {
    let source = fs::read_to_string(root().join("tests/fixtures/notes").join(file)).unwrap();
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
    let kept = words(&kept);
    let structure = words(
        "situation task action result results outcome impact s t a r also secondary principles lps \
         what i learned lesson follow up see",
    );
    // The words of a heading that is just a principle's name are structure.
    let mut heading_words = std::collections::BTreeSet::new();
    for line in source.lines().filter(|l| l.starts_with('#')) {
        let heading = words(line);
        let is_name = set["principles"].as_array().unwrap().iter().any(|p| {
            let name = words(p["name"].as_str().unwrap());
            heading.iter().all(|w| name.contains(w) || w == "the")
        });
        if is_name {
            heading_words.extend(heading);
        }
    }
    let lost: Vec<String> = words(&source)
        .into_iter()
        .filter(|w| !kept.contains(w) && !structure.contains(w) && !heading_words.contains(w))
        .collect();
    assert!(lost.is_empty(), "{file}: words lost: {lost:?}");
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
                "Putting myself out there by doing demo/presentations for the"
            ),
            (
                "dive-deep",
                "Working with sysadmins to better understand their needs"
            ),
            (
                "have-backbone-disagree-and-commit",
                "Advocating for a colleague to be promoted and move to"
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
fn import_follows_the_same_rules_on_a_shape_none_of_the_examples_has() {
    let plan = import_plan("shape-mixed.md", &[]);
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
    let reasons: Vec<&str> = plan["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        [
            "heading names no principle",
            // "Have Backbone / Disagree & Commit 💪" has no words beyond the name.
            "heading of 'Bias for Action', with more than its name",
            "heading names no principle",
            "under 'Hiring', which names no principle",
        ]
    );
    assert_nothing_lost("shape-mixed.md", &plan);
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
fn import_dry_run_report() {
    let tmp = users_notes();
    let before = contents(tmp.path());
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "notes.md"]);
    assert_eq!(contents(tmp.path()), before, "a dry run writes nothing");
    insta::assert_snapshot!("import_dry_run", transcript(&out));
}

#[test]
fn import_write_creates_drafts_and_never_overwrites() {
    let tmp = users_notes();
    let notes = "notes.md";
    let out = run_in(tmp.path(), &["--dir", "lib", "import", notes, "--write"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    insta::assert_snapshot!("import_write", transcript(&out));
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
    assert_eq!(covered, 9);
    // Importing again never replaces the first drafts.
    let out = run_in(tmp.path(), &["--dir", "lib", "import", notes, "--write"]);
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
    snapshot!(
        "import_missing",
        &["--dir", "tests/fixtures/good", "import", "no-such-notes.md"]
    );
    snapshot!(
        "import_folder",
        &["--dir", "tests/fixtures/good", "import", "tests"]
    );
    let tmp = library(&[
        ("notes.md", b"## Ownership\n\nI fixed it \xff.\n"),
        ("plain.md", b"# Shopping\n\n- milk\n"),
    ]);
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "lib/notes.md"]);
    insta::assert_snapshot!("import_not_utf8", transcript(&out));
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "lib/plain.md"]);
    insta::assert_snapshot!("import_nothing", transcript(&out));
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
    insta::assert_snapshot!("import_bad_set", transcript(&out));
}

#[test]
fn import_warns_of_an_also_line_that_names_no_principle() {
    let tmp = library(&[(
        "notes.md",
        b"## Ownership\n\nI owned it.\n\nAlso: Teamwork, Dive Deep\n",
    )]);
    let out = run_in(tmp.path(), &["--dir", "lib", "import", "lib/notes.md"]);
    insta::assert_snapshot!("import_unknown_also", transcript(&out));
}

// ---------------------------------------------------------------- add and edit

/// `lp ARGS` in a pseudo-terminal, in `cwd`, followed by `EXIT=<code>`.
fn pty(cwd: &Path, args: &[&str], editor: &str) -> rexpect::session::PtySession {
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("'{LP}' {}; echo EXIT=$?", quoted.join(" ")))
        .current_dir(cwd)
        .env_remove("LP_DIR")
        .env_remove("VISUAL")
        .env("EDITOR", editor)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("XDG_DATA_HOME", root().join("target/no-such-data-home"));
    rexpect::session::spawn_command(cmd, Some(15_000)).expect("a pseudo-terminal")
}

/// An editor script that replaces the file it is given with `text`.
fn editor_writing(dir: &Path, name: &str, text: &str) -> String {
    let script = dir.join(name);
    let content = dir.join(format!("{name}.content"));
    fs::write(&content, text).unwrap();
    executable(
        &script,
        &format!("#!/bin/sh\ncat '{}' > \"$1\"\n", content.display()),
    );
    script.to_str().unwrap().to_string()
}

/// Writes a shell script and makes it executable.
fn executable(path: &Path, script: &str) {
    fs::write(path, script).unwrap();
    let mut perms = fs::metadata(path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(path, perms).unwrap();
}

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
    p.exp_string("Spoken length: about 0:").unwrap();
    p.exp_string("Save this story?").unwrap();
    p.send_line("y").unwrap();
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
    insta::assert_snapshot!("add_flags", transcript(&out));
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
    insta::assert_snapshot!("add_no_terminal", transcript(&out));
    let out = run_in(tmp.path(), &["--dir", "lib", "add", "--title", "T"]);
    insta::assert_snapshot!("add_no_terminal_principle", transcript(&out));
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
    insta::assert_snapshot!("add_unknown_principle", transcript(&out));
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
    insta::assert_snapshot!("add_two_stdin_fields", transcript(&out));
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
    insta::assert_snapshot!("add_ready_but_empty", transcript(&out));
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
    insta::assert_snapshot!("add_editor", transcript(&out));
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
        String::from_utf8_lossy(&recovered[0].1),
        "title: Broken\nprinciples: [frugality]\nsituaton: typo kept\n"
    );
    let name = recovered[0]
        .0
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    insta::assert_snapshot!("add_editor_invalid", text.replace(&name, "RECOVERY.yaml"));
    assert_eq!(contents(&tmp.path().join("lib/stories")).len(), 1);

    let out = lp_in(tmp.path(), &["--dir", "lib", "add", "--editor"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    insta::assert_snapshot!("add_editor_unchanged", transcript(&out));
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
        String::from_utf8_lossy(&recovered[0].1),
        "title: Deploy\nprinciples: [ownership]\nsituation: \"unclosed\n"
    );
    let name = recovered[0]
        .0
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    insta::assert_snapshot!(
        "edit_invalid",
        transcript(&out).replace(&name, "RECOVERY.yaml")
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
    insta::assert_snapshot!("edit_saved", transcript(&out));
    assert_eq!(story_json(tmp.path(), "deploy")["title"], "Deploy, revised");

    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    insta::assert_snapshot!("edit_unchanged", transcript(&out));
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deplyo"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    insta::assert_snapshot!("edit_unknown", transcript(&out));
    let out = lp_in(tmp.path(), &["--dir", "lib", "edit", "deploy"])
        .env("EDITOR", "false")
        .output()
        .unwrap();
    insta::assert_snapshot!("edit_editor_fails", transcript(&out));
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
    p.exp_string("What now?").unwrap();
    p.send("\r").unwrap(); // Edit it again
    p.flush().unwrap();
    p.exp_string("Saved lib/stories/deploy.yaml").unwrap();
    p.exp_string("EXIT=0").unwrap();
    assert_eq!(story_json(tmp.path(), "deploy")["title"], "Fixed");
}

// ---------------------------------------------------------------- plan

#[test]
fn plan_finds_distinct_stories_where_greedy_fails() {
    // Ownership's best story is A (ready, primary), but A is Dive Deep's only story:
    // the plan tells B for Ownership and A for Dive Deep.
    let tmp = library(&[
        (
            "stories/a.yaml",
            b"title: A\nprinciples: [ownership, dive-deep]\nstatus: ready\n",
        ),
        ("stories/b.yaml", b"title: B\nprinciples: [ownership]\n"),
    ]);
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "plan",
            "--principles",
            "ownership,dive-deep",
            "--json",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let told: Vec<(&str, &str)> = json["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap(),
                a["story"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(told, [("ownership", "b"), ("dive-deep", "a")]);
    assert_eq!(json["uncovered"], serde_json::json!([]));
}

#[test]
fn plan_names_the_principles_without_a_distinct_story() {
    snapshot!(
        "plan_good",
        &[
            "--dir",
            "tests/fixtures/good",
            "plan",
            "--principles",
            "ownership,dive-deep,deliver-results,frugality"
        ]
    );
}

#[test]
fn plan_writes_a_cheat_sheet_and_never_overwrites_it() {
    let tmp = tempfile::tempdir().unwrap();
    let sheet = tmp.path().join("sheet.md");
    let sheet_arg = sheet.to_str().unwrap();
    let lib = root().join("tests/fixtures/good");
    let lib = lib.to_str().unwrap();
    let args = [
        "--dir",
        lib,
        "plan",
        "--principles",
        "ownership,customer obsession",
        "-o",
        sheet_arg,
    ];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = fs::read_to_string(&sheet).unwrap();
    assert_eq!(
        text,
        "# Interview plan: Amazon Leadership Principles\n\n\
         | Principle | Story | Result | Length |\n| --- | --- | --- | --- |\n\
         | Customer Obsession | Rebuilt the export feature around what support saw | Export tickets fell by 70%. | 0:21 |\n\
         | Ownership | Took over the flaky release pipeline nobody owned | Failures dropped from 25% of nights to under 2% within a month, and the platform group adopted the runbook. | 0:50 |\n"
    );
    let out = run(&args);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "error: {sheet_arg} already exists\n  hint: pass --force to replace it, or choose another file\n"
        )
    );
}

// ---------------------------------------------------------------- practice

/// A copy of a fixture library in a temporary folder, as `lib`.
fn copy_of(fixture: &str) -> tempfile::TempDir {
    let tmp = library(&[]);
    for (path, bytes) in contents(&root().join("tests/fixtures").join(fixture)) {
        let relative = path
            .strip_prefix(root().join("tests/fixtures").join(fixture))
            .unwrap();
        let target = tmp.path().join("lib").join(relative);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, bytes).unwrap();
    }
    tmp
}

#[test]
fn practice_runs_a_timed_round_and_logs_it() {
    let tmp = copy_of("good");
    let stories_before = contents(&tmp.path().join("lib/stories"));
    let mut p = pty(
        tmp.path(),
        &["--dir", "lib", "practice", "--principle", "ownership"],
        "true",
    );
    p.exp_string("Round 1 of 1").unwrap(); // rexpect reads bytes as Latin-1: stay ASCII
    p.exp_string("Ownership").unwrap();
    p.exp_string("Answer aloud, then press Enter.").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    p.exp_string("You took 0:0").unwrap();
    p.exp_string("(target about 2:00): short").unwrap();
    p.exp_string("The story to tell: Took over the flaky release pipeline nobody owned")
        .unwrap();
    p.exp_string("result:").unwrap();
    p.exp_string("EXIT=0").unwrap();

    assert_eq!(
        contents(&tmp.path().join("lib/stories")),
        stories_before,
        "story files are never touched"
    );
    let log = fs::read_to_string(tmp.path().join("lib/.lp/practice.jsonl")).unwrap();
    let round: serde_json::Value = serde_json::from_str(log.trim()).unwrap();
    assert_eq!(round["principle"], "ownership");
    assert_eq!(round["story"], "release-pipeline");
    assert!(round["question"].as_str().unwrap().ends_with(['.', '?']));

    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "coverage",
            "--json",
            "--principles",
            "ownership,frugality",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let today = lp::practice::date(round["at"].as_u64().unwrap());
    assert_eq!(json["rows"][0]["last_practised"], today.as_str());
    assert!(json["rows"][1].get("last_practised").is_none());
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "coverage", "--principles", "ownership"],
    );
    assert!(stdout(&out).contains(&format!("    last practised {today}\n")));
}

#[test]
fn practice_needs_a_terminal() {
    snapshot!(
        "practice_no_terminal",
        &["--dir", "tests/fixtures/good", "practice"]
    );
    snapshot!(
        "practice_zero_rounds",
        &["--dir", "tests/fixtures/good", "practice", "--rounds", "0"]
    );
}

// ---------------------------------------------------------------- completions and man

#[test]
fn bash_completes_commands_story_ids_and_principle_ids() {
    let script = format!(
        r#"source <('{LP}' completions bash) || exit 9
complete_words() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=();
  _clap_complete_lp lp "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; printf '%s|' "${{COMPREPLY[@]}}"; echo; }}
complete_words lp cov
complete_words lp show rel
complete_words lp edit secret
complete_words lp coverage --principles dive
complete_words lp export --story ever
"#
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(root().join("tests/fixtures/good"))
        .env_remove("LP_DIR")
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "coverage|\nrelease-pipeline|\nsecret-propagation|\ndive-deep|\neverything|\n",
        "{}",
        transcript(&out)
    );
}

#[test]
fn completion_scripts_load_in_each_installed_shell() {
    let shells: [(&str, String); 2] = [
        (
            "zsh",
            format!(
                "autoload -U compinit && compinit -u && source <('{LP}' completions zsh) && echo loaded"
            ),
        ),
        (
            "fish",
            format!("'{LP}' completions fish | source; and echo loaded"),
        ),
    ];
    for (shell, script) in shells {
        let Ok(out) = Command::new(shell)
            .arg("-c")
            .arg(&script)
            .env("HOME", root().join("target"))
            .output()
        else {
            // .ci/run installs zsh and fish; on a machine without them this part is not run.
            eprintln!("{shell} is not installed: its completion script was not loaded");
            continue;
        };
        assert_eq!(
            stdout(&out).trim(),
            "loaded",
            "{shell}: {}",
            transcript(&out)
        );
    }
    for shell in ["elvish", "powershell"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0));
        assert!(
            stdout(&out).contains(LP),
            "{shell} calls back into this binary by its full path"
        );
    }
}

#[test]
fn man_page_documents_every_command() {
    let out = run(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "roff");
    for command in [
        "coverage", "export", "import", "add", "edit", "check", "plan", "practice",
    ] {
        assert!(page.contains(command), "the page names {command}");
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&["man", "--out-dir", tmp.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(tmp.path().join("lp.1").exists() && tmp.path().join("lp-coverage.1").exists());
}

// ---------------------------------------------------------------- HTML and CSV export

/// Runs headless Chromium on a file; `None` when Chromium is not installed (CI installs it).
fn chromium(args: &[&str], file: &Path) -> Option<Output> {
    let profile = tempfile::tempdir().unwrap();
    let mut cmd = Command::new("chromium");
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .args(args)
    .arg(format!("file://{}", file.display()));
    match cmd.output() {
        Ok(out) => Some(out),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "chromium is not installed in CI"
            );
            eprintln!("chromium is not installed: the HTML export was not opened in a browser");
            None
        }
    }
}

#[test]
fn html_export_renders_in_a_browser_and_runs_no_script_from_a_story() {
    let tmp = copy_of("good");
    fs::write(
        tmp.path().join("lib/stories/attack.yaml"),
        "title: \"<script>document.title='PWNED'</script> Attack\"\nprinciples: [frugality]\nsituation: |\n  \
         <script>document.title='PWNED'</script>\n\n  <img src=x onerror=\"document.title='PWNED'\">\n\n  \
         Plain *words* survive.\naction: \"<b onmouseover=alert(1)>hover</b> [link](javascript:alert(1))\"\n",
    )
    .unwrap();
    let page = tmp.path().join("answers.html");
    let out = run_in(
        tmp.path(),
        &[
            "--dir",
            "lib",
            "export",
            "--format",
            "html",
            "-o",
            "answers.html",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let html = fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("<script") && !html.contains("<img") && !html.contains("onmouseover=alert")
    );
    assert!(
        !html.contains("href=\"javascript:"),
        "comrak drops unsafe links"
    );

    let Some(out) = chromium(&["--dump-dom"], &page) else {
        return;
    };
    let dom = stdout(&out);
    assert!(
        dom.contains("<title>Interview answers: Amazon Leadership Principles</title>"),
        "a script ran:\n{dom}"
    );
    assert!(!dom.contains("PWNED</title>"));
    for name in [
        "Customer Obsession",
        "Are Right, A Lot",
        "Success and Scale Bring Broad Responsibility",
    ] {
        assert!(dom.contains(&format!(">{name}</h2>")), "{name} is rendered");
    }
    for title in [
        "Took over the flaky release pipeline nobody owned",
        "Ran the company hackathon",
    ] {
        assert!(
            dom.contains(&format!("<h3>{title}</h3>")),
            "{title} is rendered"
        );
    }
    assert!(dom.contains("Plain <em>words</em> survive."));
    assert_eq!(
        dom.matches("<td class=\"count\">GAP</td>").count(),
        5,
        "gaps show without colour"
    );

    // A screenshot, kept as an artifact of the test run (not committed).
    let artifacts = root().join("target/test-artifacts");
    fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("export.png");
    let _ = fs::remove_file(&shot);
    let shot_arg = format!("--screenshot={}", shot.display());
    chromium(&[&shot_arg, "--window-size=1000,1400"], &page).unwrap();
    assert!(
        fs::metadata(&shot)
            .map(|m| m.len() > 10_000)
            .unwrap_or(false),
        "a screenshot was taken"
    );
}

#[test]
fn csv_export_makes_a_card_per_question_and_story() {
    let out = run(&[
        "--dir",
        "tests/fixtures/good",
        "export",
        "--format",
        "csv",
        "--story",
        "export-rebuild",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[..3],
        ["#separator:Comma", "#html:true", "#columns:Front,Back,Tags"]
    );
    // Customer Obsession has four questions; the story has none of its own.
    assert_eq!(lines.len(), 3 + 4);
    // The back holds commas, so it is quoted.
    assert_eq!(
        lines[3],
        concat!(
            "Tell me about a time you changed a plan because of what you learned from a customer.,",
            "\"<b>Rebuilt the export feature around what support saw</b>",
            "<br>Situation: Support tickets about CSV exports had doubled in a quarter.",
            "<br>Task: Find out what customers were actually trying to do.",
            "<br>Action: I read 120 tickets, sat with two support agents for a day, and built a direct export ",
            "to the two accounting tools most customers named.",
            "<br>Result: Export tickets fell by 70%.\",",
            "customer-obsession"
        )
    );
}

#[test]
fn tables_fit_the_terminal_and_80_columns_when_piped() {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!(
            "COLUMNS=120 '{LP}' --dir tests/fixtures/good list; echo EXIT=$?"
        ))
        .current_dir(root())
        .env("NO_COLOR", "1");
    let mut p = rexpect::session::spawn_command(cmd, Some(15_000)).unwrap();
    p.exp_string("Redesigned secret propagation so private keys never move\r\n")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    let piped = stdout(&run(&["--dir", "tests/fixtures/good", "list"]));
    assert!(
        piped.contains("Redesigned secret propagation so private…"),
        "{piped}"
    );
}

// ---------------------------------------------------------------- the JSON contract

/// The documented keys of each command, read from docs/JSON.md: heading → key paths.
fn documented_json() -> Vec<(String, Vec<(String, bool)>)> {
    let doc = fs::read_to_string(root().join("docs/JSON.md")).unwrap();
    let mut sections: Vec<(String, Vec<(String, bool)>)> = Vec::new();
    for line in doc.lines() {
        if let Some(heading) = line.strip_prefix("### `lp ") {
            sections.push((heading.trim_end_matches('`').to_string(), Vec::new()));
        } else if let Some(rest) = line.strip_prefix("| `")
            && let Some((key, meaning)) = rest.split_once('`')
            && let Some(section) = sections.last_mut()
        {
            section
                .1
                .push((key.to_string(), meaning.contains("optional")));
        }
    }
    sections
}

/// Whether `value` holds the key path `a[].b.c` (checked on every element of a list).
fn holds(value: &serde_json::Value, path: &str) -> bool {
    let Some((head, rest)) = path.split_once('.') else {
        return match path.strip_suffix("[]") {
            Some(list) => value[list].is_array(),
            None => value.get(path).is_some(),
        };
    };
    match head.strip_suffix("[]") {
        Some(list) => value[list]
            .as_array()
            .is_some_and(|items| items.iter().all(|i| holds(i, rest))),
        None => match value.get(head) {
            Some(serde_json::Value::Null) => true, // a documented `null`, such as a plan with no story
            Some(inner) => holds(inner, rest),
            None => false,
        },
    }
}

#[test]
fn every_json_output_holds_its_documented_keys() {
    let tmp = copy_of("good");
    let notes = root().join("tests/fixtures/notes/shape-labeled-star.md");
    let commands: Vec<(&str, Vec<&str>)> = vec![
        ("coverage --json", vec!["coverage", "--json"]),
        ("list --json", vec!["list", "--json"]),
        ("show ID --json", vec!["show", "release-pipeline", "--json"]),
        ("principles --json", vec!["principles", "--json"]),
        ("check --json", vec!["check", "--json"]),
        ("export --json", vec!["export", "--json"]),
        ("plan --json", vec!["plan", "--json"]),
        (
            "import FILE --json",
            vec!["import", notes.to_str().unwrap(), "--json"],
        ),
    ];
    let documented = documented_json();
    assert_eq!(
        documented.len(),
        commands.len(),
        "every documented command is tested"
    );
    for (heading, args) in commands {
        let keys = &documented
            .iter()
            .find(|(h, _)| h == heading)
            .unwrap_or_else(|| panic!("{heading} is documented"))
            .1;
        let mut all = vec!["--dir", "lib"];
        all.extend(args);
        let out = run_in(tmp.path(), &all);
        let json: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{heading}: {e}"));
        assert_eq!(json["version"], 1, "{heading}");
        for (key, optional) in keys {
            if !optional {
                assert!(holds(&json, key), "{heading}: no `{key}`");
            }
        }
    }
}

// ---------------------------------------------------------------- the bad-input corpus

/// Runs a command with a time limit; `None` when it had to be killed.
fn run_with_limit(mut cmd: Command, seconds: u64) -> Option<Output> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed().as_secs() >= seconds {
            let _ = child.kill();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    Some(child.wait_with_output().unwrap())
}

/// Runs one corpus case in `dir` (a library `lib/`, maybe `notes.md`): `lp coverage`, or
/// `lp import notes.md`. Checks the exit code, the expected lines, a hint with every
/// error, no panic, no hang and no change to any file.
fn corpus_case(name: &str, dir: &Path, code: i32, expected: &[&str]) {
    fs::create_dir_all(dir.join("lib/stories")).ok();
    let before = contents(dir);
    let args: &[&str] = if dir.join("notes.md").exists() {
        &["--dir", "lib", "import", "notes.md"]
    } else {
        &["--dir", "lib", "coverage"]
    };
    let out = run_with_limit(lp_in(dir, args), 30)
        .unwrap_or_else(|| panic!("{name}: lp did not finish in 30 s"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && out.status.code().is_some(),
        "{name}: crashed\n{err}"
    );
    assert_eq!(out.status.code(), Some(code), "{name}:\n{err}");
    for line in expected {
        assert!(err.contains(line), "{name}: stderr lacks {line:?}:\n{err}");
    }
    for line in err
        .lines()
        .filter(|l| l.starts_with("error: ") && !l.starts_with("error: the library did not load"))
    {
        let index = err.find(line).unwrap();
        let next = err[index + line.len()..].lines().nth(1).unwrap_or("");
        assert!(
            next.trim_start().starts_with("hint: "),
            "{name}: no hint after {line:?}:\n{err}"
        );
    }
    assert_eq!(contents(dir), before, "{name}: a file changed");
}

#[test]
fn every_case_of_the_bad_input_corpus_is_reported_and_changes_nothing() {
    let corpus = root().join("tests/corpus");
    let mut names: Vec<String> = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 40, "the corpus has {} cases", names.len());
    let mut failed = Vec::new();
    for name in names {
        let expect = fs::read_to_string(corpus.join(&name).join("expect")).unwrap();
        let mut lines = expect.lines();
        let code: i32 = lines
            .next()
            .unwrap()
            .strip_prefix("exit: ")
            .unwrap()
            .parse()
            .unwrap();
        let expected: Vec<&str> = lines.collect();
        let tmp = tempfile::tempdir().unwrap();
        for (path, bytes) in contents(&corpus.join(&name)) {
            let target = tmp
                .path()
                .join(path.strip_prefix(corpus.join(&name)).unwrap());
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(target, bytes).unwrap();
        }
        let result = std::panic::catch_unwind(|| corpus_case(&name, tmp.path(), code, &expected));
        if let Err(panic) = result {
            let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
            failed.push(format!("{name}: {message}"));
        }
    }
    assert!(
        failed.is_empty(),
        "{} cases failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn generated_bad_inputs_are_refused_quickly_and_change_nothing() {
    let big_notes = format!(
        "title: big\nprinciples: [ownership]\nnotes: |\n{}",
        format!("  {}\n", "x".repeat(98)).repeat(520_000)
    );
    let mut bomb = String::from("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
        .iter()
        .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
    {
        bomb.push_str(&format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    let files: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "over-1mib",
            format!(
                "title: T\nprinciples: [ownership]\nnotes: |\n{}",
                "  word\n".repeat(160_000)
            ),
            vec!["s.yaml: file is 1094 KiB, over the limit of 1024 KiB"],
        ),
        (
            "50mb",
            big_notes,
            vec!["KiB, over the limit of 1024 KiB", "split this file"],
        ),
        (
            "nesting-10000-flow",
            format!("title: {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
            vec!["invalid YAML: recursion limit exceeded", "nests too deeply"],
        ),
        (
            "nesting-10000-block",
            format!(
                "title:\n{}",
                (1..10_000)
                    .map(|i| format!("{}- \n", " ".repeat(i % 60)))
                    .collect::<String>()
            ),
            vec!["s.yaml:"],
        ),
        (
            "alias-bomb",
            bomb,
            vec![
                "invalid YAML: repetition limit exceeded",
                "grow without bound",
            ],
        ),
    ];
    for (name, text, expected) in files {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("lib/stories")).unwrap();
        fs::write(tmp.path().join("lib/stories/s.yaml"), text).unwrap();
        corpus_case(name, tmp.path(), 2, &expected);
    }
    let tmp = tempfile::tempdir().unwrap();
    let stories = tmp.path().join("lib/stories");
    fs::create_dir_all(stories.join("folder.yaml")).unwrap();
    corpus_case(
        "folder-named-yaml",
        tmp.path(),
        2,
        &["lib/stories/folder.yaml: is a folder, not a file"],
    );
    fs::remove_dir(stories.join("folder.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", stories.join("dangling.yaml")).unwrap();
    corpus_case(
        "dangling-symlink",
        tmp.path(),
        2,
        &[
            "lib/stories/dangling.yaml: could not read the file",
            "remove or fix the link",
        ],
    );
    fs::remove_file(stories.join("dangling.yaml")).unwrap();
    std::os::unix::fs::symlink("loop.yaml", stories.join("loop.yaml")).unwrap();
    corpus_case(
        "symlink-loop",
        tmp.path(),
        2,
        &[
            "lib/stories/loop.yaml: could not read the file",
            "leads back to itself",
        ],
    );
    fs::remove_file(stories.join("loop.yaml")).unwrap();
    // Opening a named pipe would wait for a writer, and /dev/zero never ends.
    let status = Command::new("mkfifo")
        .arg(stories.join("pipe.yaml"))
        .status()
        .unwrap();
    assert!(status.success());
    corpus_case(
        "named-pipe",
        tmp.path(),
        2,
        &[
            "lib/stories/pipe.yaml: is a named pipe, not a file",
            "move it out of the folder",
        ],
    );
    fs::remove_file(stories.join("pipe.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", stories.join("zero.yaml")).unwrap();
    corpus_case(
        "link-to-a-device",
        tmp.path(),
        2,
        &["lib/stories/zero.yaml: is a device, not a file"],
    );
    fs::remove_file(stories.join("zero.yaml")).unwrap();
    let socket = std::os::unix::net::UnixListener::bind(stories.join("socket.yaml")).unwrap();
    corpus_case(
        "socket",
        tmp.path(),
        2,
        &["lib/stories/socket.yaml: is a socket, not a file"],
    );
    drop(socket);
    fs::remove_file(stories.join("socket.yaml")).unwrap();
    // A name that is not UTF-8 still loads, with a warning: its id cannot be typed.
    let name: &std::ffi::OsStr = std::os::unix::ffi::OsStrExt::from_bytes(b"caf\xe9.yaml");
    fs::write(stories.join(name), "title: T\nprinciples: [ownership]\n").unwrap();
    corpus_case(
        "name-not-utf8",
        tmp.path(),
        0,
        &[
            "lib/stories/caf\u{fffd}.yaml: the file name is not UTF-8 text",
            "rename the file; a story's id is its file name",
        ],
    );
    fs::remove_file(stories.join(name)).unwrap();
    fs::remove_dir(&stories).unwrap();
    fs::write(&stories, "a file, not a folder").unwrap();
    corpus_case(
        "stories-is-a-file",
        tmp.path(),
        2,
        &["lib/stories: is a file, not a folder"],
    );
}

#[test]
fn files_named_on_the_command_line_are_read_only_up_to_their_limit() {
    let tmp = library(&[("notes.md", b"## Ownership\n\n- Fixed the build\n")]);
    let out = run_with_limit(
        lp_in(tmp.path(), &["--dir", "lib", "import", "/dev/zero"]),
        30,
    )
    .expect("lp stops reading /dev/zero at the limit");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: /dev/zero is over the limit of 16 MiB for a notes file\n  hint: split it into smaller files and import each\n"
    );
    let args = [
        "--dir",
        "lib",
        "import",
        "lib/notes.md",
        "--principle-set",
        "/dev/zero",
    ];
    let out = run_with_limit(lp_in(tmp.path(), &args), 30)
        .expect("lp stops reading /dev/zero at the limit");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: /dev/zero: file is over the limit of 1024 KiB\n  hint: a story or principle file is a few KiB of text; split this file, or check that it is the one you meant\n"
    );
}

/// Whether this process runs as root, who may read and write any file.
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"0\n"))
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// `lp` run in `cwd` by someone whom file permissions stop: root reads and writes
/// anything, so as root it runs as the user `nobody`, who is then let into `cwd`.
fn lp_unprivileged(cwd: &Path, args: &[&str]) -> Command {
    let mut cmd = if is_root() {
        // A temporary folder is private; the folders above it can be passed through.
        set_mode(cwd, 0o755);
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", LP]);
        cmd
    } else {
        Command::new(LP)
    };
    cmd.args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("LP_DIR")
        .env("XDG_DATA_HOME", "/nonexistent")
        .stdin(Stdio::null());
    cmd
}

#[test]
fn an_unreadable_story_is_reported_and_the_rest_still_checked() {
    let tmp = library(&[
        (
            "stories/locked.yaml",
            b"title: T\nprinciples: [ownership]\n",
        ),
        (
            "stories/typo.yaml",
            b"title: T\nprinciples: [ownership]\nsituaton: x\n",
        ),
    ]);
    let locked = tmp.path().join("lib/stories/locked.yaml");
    set_mode(&locked, 0o000);
    let mut cmd = lp_unprivileged(tmp.path(), &["--dir", "lib", "coverage"]);
    let before = contents(tmp.path());
    let out = cmd.output().expect("lp runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "error: lib/stories/locked.yaml: could not read the file: Permission denied (os error 13)\n  \
         hint: make it readable (chmod u+r) or move it out of the library\n\
         error: lib/stories/typo.yaml:3:1: unknown field 'situaton'\n  \
         hint: did you mean 'situation'?\n\
         error: the library did not load: 2 errors in 2 files\n  \
         hint: fix them and run again; `lp check` lists every problem\n"
    );
    assert_eq!(contents(tmp.path()), before);
    set_mode(&locked, 0o644);
}

#[test]
fn a_story_that_cannot_be_written_is_kept_and_failing_that_shown() {
    let tmp = library(&[]);
    let stories = tmp.path().join("lib/stories");
    let temp = tmp.path().join("temp");
    fs::create_dir(&temp).unwrap();
    let add = [
        "--dir",
        "lib",
        "add",
        "--title",
        "Locked out",
        "--principle",
        "ownership",
        "--situation",
        "Words I typed",
        "--yes",
    ];
    let text = "title: Locked out\nprinciples:\n  - ownership\nstatus: draft\nsituation: |\n  Words I typed\n";
    // Neither stories/ nor the temporary folder can be written: the text is shown.
    let lp = |cwd: &Path| {
        let mut cmd = lp_unprivileged(cwd, &add);
        cmd.env("TMPDIR", &temp);
        cmd
    };
    let mut cmd = lp(tmp.path());
    set_mode(&stories, 0o555);
    set_mode(&temp, 0o555);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("\n  hint: nothing could be written, so here is your text; copy it now:\n")
            && err.ends_with(&format!("{text}\n")),
        "{err}"
    );
    // The temporary folder can be written: the story is kept there.
    set_mode(&temp, 0o777);
    let out = lp(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: could not write in lib/stories: Permission denied"),
        "{err}"
    );
    let kept = contents(&temp.join("lp-recovered"));
    assert_eq!(kept.len(), 1);
    assert!(
        err.ends_with(&format!(
            "  hint: the story was not added; it is kept in {}: make the folder writable, then move the file into it\n",
            kept[0].0.display()
        )),
        "{err}"
    );
    assert_eq!(String::from_utf8_lossy(&kept[0].1), text);
    set_mode(&stories, 0o755);
    assert_eq!(fs::read_dir(&stories).unwrap().count(), 0);
}

// ---------------------------------------------------------------- fuzzing

#[path = "../fuzz/fuzz_targets/checks.rs"]
mod fuzz_checks;

/// Every input a fuzz target once failed on passes that target's checks now.
#[test]
fn inputs_the_fuzzers_found_stay_fixed() {
    type Check = fn(&[u8]);
    let targets: [(&str, Check); 4] = [
        ("story", fuzz_checks::story),
        ("principles", fuzz_checks::principles),
        ("import", fuzz_checks::import),
        ("fast_yaml", fuzz_checks::fast_yaml),
    ];
    let mut replayed = 0;
    for (target, check) in targets {
        let Ok(entries) = fs::read_dir(root().join("tests/fuzz-regressions").join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = fs::read(&path).unwrap();
            if std::panic::catch_unwind(|| check(&data)).is_err() {
                panic!("{target}: {} fails again", path.display());
            }
            replayed += 1;
        }
    }
    assert!(replayed >= 2, "only {replayed} inputs replayed");
}

#[test]
fn import_of_an_empty_follow_up_heading_writes_a_draft_that_loads() {
    let tmp = library(&[(
        "notes.md",
        b"# Invent and Simplify\n\nI cut the handbook.\n\n## Follow-up\n",
    )]);
    let out = run_in(
        tmp.path(),
        &["--dir", "lib", "import", "lib/notes.md", "--write"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert!(!stderr(&out).contains("error:"), "{}", stderr(&out));
}

// ---------------------------------------------------------------- crash safety

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
        stderr(&out).matches("left by an interrupted write").count(),
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
    insta::assert_snapshot!("add_broken_set", transcript(&out));
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
    insta::assert_snapshot!("add_beside_a_broken_story", transcript(&out));
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
    insta::assert_snapshot!("import_empty_set", transcript(&out));
}
