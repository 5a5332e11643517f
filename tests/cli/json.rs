//! The JSON contract: every `--json` document holds the keys docs/JSON.md documents.

use std::fs;

use crate::support::{copy_of, root, run_in};

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
    // A story still to write, so that the keys naming one are there to check.
    std::fs::write(
        tmp.path().join("lib/stories/idea.yaml"),
        "title: An idea\nprinciples: [ownership, dive-deep]\nnotes: To write.\n",
    )
    .unwrap();
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
            "find QUESTION --json",
            vec!["find", "--json", "Tell me about a problem nobody owned"],
        ),
        (
            "import FILE --json",
            vec!["import", notes.to_str().unwrap(), "--json"],
        ),
        (
            "prep --json",
            vec![
                "prep",
                "--until",
                "2030-01-08",
                "--today",
                "2030-01-01",
                "--json",
            ],
        ),
        (
            "today --json",
            vec!["today", "--today", "2030-01-01", "--json"],
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
        assert_eq!(json["version"], 2, "{heading}");
        for (key, optional) in keys {
            if !optional {
                assert!(holds(&json, key), "{heading}: no `{key}`");
            }
        }
    }
}
