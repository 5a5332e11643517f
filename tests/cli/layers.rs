//! The house reads top-down: `cli` → `commands` → the interactive layer (`ui`,
//! `editor`) → `render` → the domain → `model`. Render sits above the domain whose
//! results it draws (a `Coverage`, a `Plan`), and the domain never renders. This test
//! reads every `crate::` path in `src/` outside tests and fails on an arrow that runs
//! back up, or on a command that imports another command. `grep -rn 'crate::' src/`
//! shows the same by hand.

use std::fs;
use std::path::Path;

use crate::support::root;

/// The layer of a module path under `src/` (`commands/add.rs` → commands), lowest 0.
fn layer(module: &str) -> usize {
    match module {
        "lib" | "main" | "cli" => 5,
        "commands" => 4,
        "ui" | "editor" | "prompt" | "complete" => 3,
        "render" => 2,
        "model" | "diagnostic" | "visible" => 0,
        _ => 1, // the domain: library, story, lint, coverage, import, plan, …
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

/// The top-level modules a file names through `crate::…`, outside its tests.
fn imports(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
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
    for (path, text) in &files {
        let module = path.split(['/', '.']).next().unwrap();
        for target in imports(text) {
            if layer(&target) > layer(module) {
                wrong.push(format!("{path} imports crate::{target}, a layer above it"));
            }
        }
        if let Some(command) = path.strip_prefix("commands/")
            && command != "mod.rs"
            && command != "args.rs"
        {
            for line in text.lines().filter(|l| l.starts_with("use super::")) {
                let named = line.trim_start_matches("use super::");
                if !named.starts_with("Global") && !named.starts_with("args::") {
                    wrong.push(format!("{path}: `{line}` reaches another command"));
                }
            }
            if text.contains("crate::commands::") {
                wrong.push(format!("{path} imports crate::commands::…"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_catches_an_arrow_that_runs_back_up() {
    assert_eq!(
        imports("use crate::{commands::Global, model};\nfn f() { crate::ui::x(); }"),
        ["commands", "commands", "model", "ui"]
    );
    assert!(layer("commands") > layer("render") && layer("render") > layer("library"));
    assert!(layer("library") > layer("model"));
}
