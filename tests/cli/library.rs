//! Finding the library: --dir, $LP_DIR, upwards, the XDG data folder.

use std::fs;

use crate::support::{lp_in, root, run_in, snapshot, snapshot_of, stdout, transcript};

#[test]
fn a_missing_library_folder_is_an_error() {
    snapshot_of("missing_dir", &["--dir", "tests/fixtures/nope", "list"]);
    let out = lp_in(&root(), &["list"])
        .env("LP_DIR", "tests/fixtures/nope")
        .output()
        .unwrap();
    snapshot("missing_lp_dir", transcript(&out));
    snapshot_of("dir_is_a_file", &["--dir", "Cargo.toml", "list"]);
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
    let out = lp_in(&elsewhere, &["list", "--ids"])
        .env("XDG_DATA_HOME", &data)
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("export-rebuild"),
        "{}",
        transcript(&out)
    );
}
