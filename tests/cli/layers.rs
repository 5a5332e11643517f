//! The house reads top-down, each layer using only those below it:
//!
//! 1. `lib`, `main`, `cli`: the command line;
//! 2. `commands`: one file a subcommand;
//! 3. the interactive layer: `context`, `ui`, `editor`, `prompt`, `complete`,
//!    `drafting`, `clock`;
//! 4. `render`: text, JSON, Markdown and HTML of what the domain computed;
//! 5. IO: `library` (finding, loading, and lp's own files under `.lp/`), `atomic`,
//!    `recovery`;
//! 6. the domain, pure functions over stories: `coverage`, `lint`, `plan`, `prep`,
//!    `practice`, `find`, `import`, `overlap`, `writing`, `schema`, `told`, `questions`;
//! 7. reading: `yaml`, `story`, `story_yaml`, `principles`: text to the model and back;
//! 8. the model and its words: `model`, `diagnostic`, `visible`, `style`, `english`, `shell`,
//!    `suggest`, `date`.
//!
//! Render sits above the domain whose results it draws, and the domain never renders
//! or touches a file. This test reads every `crate::` path in `src/` outside tests and
//! comments and fails on an arrow that runs back up, on a circle between two modules,
//! or on a command that imports another command. `grep -rn 'crate::' src/` shows the
//! same by hand.

use std::fs;
use std::path::Path;

use crate::support::root;

/// The layer of a module path under `src/` (`commands/add.rs` → commands), lowest 0.
fn layer(module: &str) -> usize {
    match module {
        "lib" | "main" | "cli" => 7,
        "commands" => 6,
        "context" | "ui" | "editor" | "prompt" | "complete" | "drafting" | "clock" => 5,
        "render" => 4,
        "library" | "atomic" | "recovery" => 3,
        "yaml" | "story" | "story_yaml" | "principles" => 1,
        "model" | "diagnostic" | "visible" | "english" | "shell" | "style" | "suggest" | "date" => {
            0
        }
        _ => 2, // the domain: coverage, lint, plan, prep, practice, find, import, …
    }
}

/// Every `.rs` file under `dir`, as (path relative to src/, text).
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root().join("src")).unwrap();
            out.push((
                relative.to_string_lossy().into_owned(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

/// The top-level modules a file names through `crate::…`, outside its tests and its
/// comments.
fn imports(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let code: String = code
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let code = code.as_str();
    let mut found = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        let rest = rest.trim_start_matches('{');
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.push(name);
        }
        // `use crate::{a, b}`: every name in the braces.
        if code[i + "crate::".len()..].starts_with('{') {
            let inside = rest.split('}').next().unwrap_or("");
            for item in inside.split(',') {
                let item: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !item.is_empty() {
                    found.push(item);
                }
            }
        }
    }
    found
}

#[test]
fn no_module_imports_upwards_and_no_command_imports_another() {
    let mut files = Vec::new();
    sources(&root().join("src"), &mut files);
    assert!(files.len() > 30, "{} source files", files.len());
    let mut wrong = Vec::new();
    let mut arrows = std::collections::BTreeSet::new();
    for (path, text) in &files {
        let module = path.split(['/', '.']).next().unwrap();
        for target in imports(text) {
            if layer(&target) > layer(module) {
                wrong.push(format!("{path} imports crate::{target}, a layer above it"));
            }
            if target != module {
                arrows.insert((module.to_string(), target));
            }
        }
        if let Some(command) = path.strip_prefix("commands/")
            && command != "mod.rs"
            && command != "args.rs"
        {
            for line in text.lines().filter(|l| l.starts_with("use super::")) {
                let named = line.trim_start_matches("use super::");
                if !named.starts_with("args::") {
                    wrong.push(format!("{path}: `{line}` reaches another command"));
                }
            }
            if text.contains("crate::commands::") {
                wrong.push(format!("{path} imports crate::commands::…"));
            }
            // `super::prep::parse_day(…)` in the middle of a line reaches another
            // command as surely as a `use` does.
            for (i, _) in text.match_indices("super::") {
                let name: String = text[i + "super::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let other = format!("commands/{name}.rs");
                if name != "args" && files.iter().any(|(p, _)| *p == other) && other != *path {
                    wrong.push(format!("{path} reaches commands/{name}.rs"));
                }
            }
        }
    }
    wrong.extend(circles(&arrows));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Within a folder module, no two files import each other (`super::a` in b, `super::b`
/// in a).
#[test]
fn no_two_files_of_a_module_import_each_other() {
    let mut files = Vec::new();
    sources(&root().join("src"), &mut files);
    let mut arrows = std::collections::BTreeSet::new();
    for (path, text) in &files {
        let Some((folder, file)) = path.rsplit_once('/') else {
            continue;
        };
        let file = file.trim_end_matches(".rs");
        let code = text.split("#[cfg(test)]").next().unwrap_or(text);
        for line in code.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
            for (i, _) in line.match_indices("super::") {
                let name: String = line[i + "super::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if files
                    .iter()
                    .any(|(p, _)| *p == format!("{folder}/{name}.rs"))
                    && name != file
                {
                    arrows.insert((format!("{folder}/{file}"), format!("{folder}/{name}")));
                }
            }
        }
    }
    let circles = circles(&arrows);
    assert!(circles.is_empty(), "{}", circles.join("\n"));
}

/// The pairs of modules that import each other.
fn circles(arrows: &std::collections::BTreeSet<(String, String)>) -> Vec<String> {
    arrows
        .iter()
        .filter(|(a, b)| a < b && arrows.contains(&(b.clone(), a.clone())))
        .map(|(a, b)| format!("{a} and {b} import each other"))
        .collect()
}

#[test]
fn the_check_catches_an_arrow_that_runs_back_up() {
    assert_eq!(
        imports("use crate::{commands::Global, model};\nfn f() { crate::ui::x(); }"),
        ["commands", "commands", "model", "ui"]
    );
    assert_eq!(
        imports("// crate::commands in a comment\nuse crate::model;"),
        ["model"]
    );
    assert!(layer("commands") > layer("render") && layer("render") > layer("library"));
    assert!(layer("library") > layer("practice") && layer("practice") > layer("story"));
    assert!(layer("story") > layer("model"));
    let arrows = [
        ("import/merge", "import/walk"),
        ("import/walk", "import/merge"),
    ]
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .into_iter()
    .collect();
    assert_eq!(
        circles(&arrows),
        ["import/merge and import/walk import each other"]
    );
}
