//! JSON Schemas for editors: printed by `lp schema`, written by `lp init`, and kept in
//! step with the loader, checked by a JSON Schema validator.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{library, root, run_in, stdout, transcript};

/// The story files of a folder, as (path, text).
fn story_files(folder: &Path) -> Vec<(PathBuf, String)> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<(PathBuf, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter_map(|p| Some((p.clone(), fs::read_to_string(&p).ok()?)))
        .collect();
    files.sort();
    files
}

/// What a story file is as JSON, as the YAML language server sees it; `None` when the
/// YAML does not parse.
fn as_json(text: &str) -> Option<serde_json::Value> {
    serde_yaml::from_str::<serde_json::Value>(text.trim_start_matches('\u{feff}')).ok()
}

#[test]
fn every_story_that_loads_is_valid_and_every_unknown_key_or_wrong_type_is_not() {
    let mut libraries: Vec<PathBuf> = ["good", "warnings", "custom-set"]
        .iter()
        .map(|f| root().join("tests/fixtures").join(f))
        .collect();
    libraries.push(root()); // this repository's own library
    let mut checked = 0;
    for lib in &libraries {
        let set = lp::library::load(
            lp::library::locate(Some(lib), &lp::library::Env::process().unwrap()).unwrap(),
        )
        .unwrap()
        .library
        .set;
        let schema = lp::schema::story(&set);
        let validator =
            jsonschema::draft7::new(&schema).expect("the schema is a valid draft-07 schema");
        for (path, text) in story_files(&lib.join("stories")) {
            let (story, problems) = lp::story::parse("s", &path, &text, Some(&set));
            let instance = as_json(&text).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&instance)
                .map(|e| e.to_string())
                .collect();
            if story.is_some() {
                assert!(
                    errors.is_empty(),
                    "{}: loads, but the schema says {errors:?}",
                    path.display()
                );
                checked += 1;
            } else if problems.iter().any(|d| d.message.contains("unknown field")) {
                assert!(!errors.is_empty(), "{}: {problems:?}", path.display());
            }
        }
    }
    assert!(checked >= 15, "only {checked} stories checked");

    // Principles: every spelling lp takes, and no typo.
    let set = lp::principles::builtin();
    let validator = jsonschema::draft7::new(&lp::schema::story(&set)).unwrap();
    let story =
        |principles: &str| as_json(&format!("title: T\nprinciples: {principles}\n")).unwrap();
    for ok in [
        "[dive deep]",
        "[Dive-Deep]",
        "['Have backbone / disagree & commit']",
        "[the ownership]",
        "[Earths best employer]",
    ] {
        assert!(validator.is_valid(&story(ok)), "{ok}");
        let (loaded, _) = lp::story::parse(
            "s",
            Path::new("s.yaml"),
            &format!("title: T\nprinciples: {ok}\n"),
            Some(&set),
        );
        assert!(loaded.is_some(), "the loader takes {ok} too");
    }
    for typo in ["[dive deap]", "[ownershipp]", "[]", "[null]"] {
        assert!(!validator.is_valid(&story(typo)), "{typo}");
    }

    // The bad-input corpus and the broken fixture: a file the loader rejects for an
    // unknown key or a wrong type, the schema rejects too.
    let set = lp::principles::builtin();
    let validator = jsonschema::draft7::new(&lp::schema::story(&set)).unwrap();
    let mut folders: Vec<PathBuf> = fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path().join("lib/stories"))
        .collect();
    folders.push(root().join("tests/fixtures/broken/stories"));
    let mut rejected = 0;
    for (path, text) in folders.iter().flat_map(|f| story_files(f)) {
        let (_, problems) = lp::story::parse("s", &path, &text, Some(&set));
        let key_or_type = problems.iter().any(|d| {
            d.is_error()
                && (d.message.contains("unknown field")
                    || d.message.contains("should be")
                    || d.message.contains("is empty")
                    || d.message.contains("missing field"))
        });
        let Some(instance) = as_json(&text) else {
            continue;
        };
        if key_or_type {
            assert!(
                !validator.is_valid(&instance),
                "{}: the loader says {:?}, the schema accepts it",
                path.display(),
                problems.iter().map(|d| &d.message).collect::<Vec<_>>()
            );
            rejected += 1;
        }
    }
    assert!(rejected >= 15, "only {rejected} rejected files checked");
}

#[test]
fn the_principles_schema_accepts_the_builtin_set_and_rejects_an_unknown_key() {
    let validator = jsonschema::draft7::new(&lp::schema::principles()).unwrap();
    let builtin =
        as_json(&fs::read_to_string(root().join("principles/amazon.yaml")).unwrap()).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&builtin)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let typo = as_json("set: S\nprinciples:\n  - id: a\n    nam: A\n").unwrap();
    assert!(!validator.is_valid(&typo));
}

#[test]
fn lp_schema_prints_the_librarys_principles_and_init_sets_the_schemas_up() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_in(tmp.path(), &["schema", "story"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let spellings = schema["definitions"]["principle"]["anyOf"][0]["enum"]
        .as_array()
        .unwrap();
    assert!(spellings.contains(&"dive-deep".into()) && spellings.contains(&"Dive Deep".into()));
    assert!(spellings.contains(&"Deep Dive".into()), "aliases too");
    assert_eq!(schema["additionalProperties"], false);
    let out = run_in(tmp.path(), &["schema", "principles"]);
    assert_eq!(out.status.code(), Some(0));

    // A new library gets the schemas; the stories lp writes name them.
    let out = run_in(tmp.path(), &["init", "lib"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stdout(&out)
            .contains("Wrote the JSON Schemas of story and principle files to lib/.lp/schema.")
    );
    for name in ["story.json", "principles.json"] {
        let text = fs::read_to_string(tmp.path().join("lib/.lp/schema").join(name)).unwrap();
        serde_json::from_str::<serde_json::Value>(&text).unwrap();
    }
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
            "--action",
            "I did.",
            "--yes",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let text = fs::read_to_string(tmp.path().join("lib/stories/t.yaml")).unwrap();
    assert!(
        text.starts_with("# yaml-language-server: $schema=../.lp/schema/story.json\ntitle: T\n"),
        "{text}"
    );

    // An existing library: --schema writes them and points every file at them.
    let tmp = library(&[
        ("stories/a.yaml", b"title: A\nprinciples: [ownership]\n"),
        (
            "stories/b.yaml",
            b"\xef\xbb\xbftitle: B\r\nprinciples: [ownership]\r\n",
        ),
        (
            "principles/mine.yaml",
            b"set: Mine\nprinciples:\n  - id: ownership\n    name: Ownership\n",
        ),
    ]);
    let out = run_in(tmp.path(), &["init", "lib", "--schema"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(
        stdout(&out).contains("3 files now name the schema on the first line"),
        "{}",
        transcript(&out)
    );
    assert_eq!(
        fs::read_to_string(tmp.path().join("lib/stories/a.yaml")).unwrap(),
        "# yaml-language-server: $schema=../.lp/schema/story.json\ntitle: A\nprinciples: [ownership]\n"
    );
    assert_eq!(
        fs::read_to_string(tmp.path().join("lib/stories/b.yaml")).unwrap(),
        "# yaml-language-server: $schema=../.lp/schema/story.json\r\ntitle: B\r\nprinciples: [ownership]\r\n"
    );
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(tmp.path().join("lib/.lp/schema/story.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        schema["definitions"]["principle"]["anyOf"][0]["enum"],
        serde_json::json!(["ownership", "Ownership"])
    );
    let out = run_in(tmp.path(), &["--dir", "lib", "check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "the library still loads: {}",
        transcript(&out)
    );
    // Twice changes nothing more.
    let before = crate::support::contents(&tmp.path().join("lib/stories"));
    run_in(tmp.path(), &["init", "lib", "--schema"]);
    assert_eq!(
        crate::support::contents(&tmp.path().join("lib/stories")),
        before
    );
}

#[test]
fn a_control_character_in_a_principle_name_leaves_the_schema_valid_json() {
    let tmp = library(&[(
        "principles/mine.yaml",
        "set: Mine\nprinciples:\n  - id: odd\n    name: \"Odd \\u202e name \\e[31m\"\n".as_bytes(),
    )]);
    let out = run_in(tmp.path(), &["--dir", "lib", "schema", "story"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let spellings = &schema["definitions"]["principle"]["anyOf"][0]["enum"];
    assert_eq!(
        spellings[1], "Odd \u{202e} name \u{1b}[31m",
        "the same data"
    );
    crate::hostile::assert_no_controls("lp schema", &out.stdout);
}
