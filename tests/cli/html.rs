//! The HTML page in a browser, and the flashcard CSV.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::support::{LP, copy_of, root, run, run_in, stdout, transcript};

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
        !html.contains("<script") && !html.contains("<img") && !html.contains("<b onmouseover"),
        "{html}"
    );
    // Raw HTML is shown as text: every word stays on the page, none of it acts.
    assert!(
        html.contains("&lt;b onmouseover=alert(1)&gt;hover&lt;/b&gt;"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;")
            || html.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"),
        "{html}"
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
    let records = csv_records(&lines[3..].join("\n"));
    // Customer Obsession has four questions; the story has none of its own.
    assert_eq!(records.len(), 4, "{csv}");
    let [front, back, tags] = &records[0][..] else {
        panic!("three fields: {:?}", records[0])
    };
    assert_eq!(
        front,
        "Tell me about a time you changed a plan because of what you learned from a customer."
    );
    // The back holds the whole answer, each part in full.
    assert_eq!(
        back.replace('\n', " "),
        concat!(
            "<p><b>Rebuilt the export feature around what support saw</b></p>",
            "<p><b>Situation</b></p><p>Support tickets about CSV exports had doubled in a quarter.</p>",
            "<p><b>Task</b></p><p>Find out what customers were actually trying to do.</p>",
            "<p><b>Action</b></p><p>I read 120 tickets, sat with two support agents for a day, and built a direct ",
            "export to the two accounting tools most customers named.</p>",
            "<p><b>Result</b></p><p>Export tickets fell by 70%.</p>"
        )
    );
    assert_eq!(tags, "customer-obsession");
}

/// The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and
/// newlines).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![vec![String::new()]];
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let record = records.last_mut().unwrap();
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                record.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => record.push(String::new()),
            ('\n', false) => records.push(vec![String::new()]),
            (c, _) => record.last_mut().unwrap().push(c),
        }
    }
    records.retain(|r| r != &[String::new()]);
    records
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
    // At 120 columns every title is whole, and the principles beside it.
    p.exp_string("Redesigned secret propagation so private keys never move  Highest Standards")
        .unwrap();
    p.exp_string("EXIT=0").unwrap();
    let piped = stdout(&run(&["--dir", "tests/fixtures/good", "list"]));
    assert!(
        piped.contains("Redesigned secret propagation so private keys…   Highest S…"),
        "{piped}"
    );
    assert!(
        piped
            .lines()
            .all(|l| lp::render::layout::display_width(l) <= 80),
        "{piped}"
    );
}
