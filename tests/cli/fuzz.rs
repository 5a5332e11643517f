//! Inputs the fuzzers found, replayed.

use std::fs;

use crate::support::{library, root, run_in, stderr};

#[path = "../../fuzz/fuzz_targets/checks.rs"]
mod fuzz_checks;

/// Every input a fuzz target once failed on passes that target's checks now.
#[test]
fn inputs_the_fuzzers_found_stay_fixed() {
    type Check = fn(&[u8]);
    let targets: [(&str, Check); 7] = [
        ("story", fuzz_checks::story),
        ("principles", fuzz_checks::principles),
        ("import", fuzz_checks::import),
        ("fast_yaml", fuzz_checks::fast_yaml),
        ("find", fuzz_checks::find),
        ("merge", fuzz_checks::merge),
        ("recovery", fuzz_checks::recovery),
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
