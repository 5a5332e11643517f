//! What every end-to-end test needs: running the real `lp` binary with a clean
//! environment, the whole result of a run as one text, snapshots, and fixture
//! libraries built in temporary folders.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const LP: &str = env!("CARGO_BIN_EXE_lp");

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command for `lp` with a clean environment: no LP_DIR, no colour, and a data
/// folder that holds no library, run from `cwd`.
pub fn lp_in(cwd: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(LP);
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("LP_DIR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env("NO_COLOR", "1")
        .env("XDG_DATA_HOME", root().join("target/no-such-data-home"))
        // No fallback folder for recovery files: one test's must never reach another's.
        .env("XDG_STATE_HOME", "/dev/null/no-state-home")
        .stdin(Stdio::null());
    cmd
}

/// A recovery file's text without the three lines of its header.
pub fn without_header(text: &str) -> String {
    assert!(text.starts_with("# lp-recovered: "), "a header: {text}");
    text.splitn(4, '\n').nth(3).unwrap_or_default().to_string()
}

pub fn run_in(cwd: &Path, args: &[&str]) -> Output {
    lp_in(cwd, args).output().expect("lp runs")
}

/// Runs `lp` from the repository root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// The whole result of a run, as one text to compare.
pub fn transcript(out: &Output) -> String {
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

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Builds a library in a temporary folder from (relative path, bytes) pairs.
pub fn library(files: &[(&str, &[u8])]) -> tempfile::TempDir {
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
pub fn contents(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
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

/// `lp ARGS` in a pseudo-terminal, in `cwd`, followed by `EXIT=<code>`.
pub fn pty(cwd: &Path, args: &[&str], editor: &str) -> rexpect::session::PtySession {
    pty_after(cwd, args, editor, "")
}

/// `lp ARGS` as [`pty`] runs it, in a terminal set to `columns` wide first.
pub fn pty_wide(
    cwd: &Path,
    args: &[&str],
    editor: &str,
    columns: u16,
) -> rexpect::session::PtySession {
    pty_after(cwd, args, editor, &format!("stty cols {columns} rows 24; "))
}

/// `lp ARGS` in a pseudo-terminal, after the shell commands `setup`.
fn pty_after(cwd: &Path, args: &[&str], editor: &str, setup: &str) -> rexpect::session::PtySession {
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{setup}'{LP}' {}; echo EXIT=$?", quoted.join(" ")))
        .current_dir(cwd)
        .env_remove("LP_DIR")
        .env_remove("VISUAL")
        .env("EDITOR", editor)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("XDG_DATA_HOME", root().join("target/no-such-data-home"))
        // No fallback folder for recovery files: one test's must never reach another's.
        .env("XDG_STATE_HOME", "/dev/null/no-state-home");
    rexpect::session::spawn_command(cmd, Some(15_000)).expect("a pseudo-terminal")
}

/// Sends `signal` (`TERM`, `HUP`) to the lp running in `cwd` (a test's own folder),
/// and to nothing else. Matching the command line could reach another test's lp run
/// with the same arguments at the same time.
pub fn signal_lp(cwd: &Path, signal: &str) {
    let cwd = fs::canonicalize(cwd).unwrap();
    let pids: Vec<String> = fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|pid| pid.bytes().all(|b| b.is_ascii_digit()))
        .filter(|pid| {
            fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| c.trim() == "lp")
                && fs::read_link(format!("/proc/{pid}/cwd")).is_ok_and(|d| d == cwd)
        })
        .collect();
    assert!(!pids.is_empty(), "no lp running in {}", cwd.display());
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .args(&pids)
        .status()
        .unwrap();
    assert!(status.success());
}

/// An editor script that replaces the file it is given with `text`.
pub fn editor_writing(dir: &Path, name: &str, text: &str) -> String {
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
pub fn executable(path: &Path, script: &str) {
    fs::write(path, script).unwrap();
    let mut perms = fs::metadata(path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(path, perms).unwrap();
}

/// A copy of a fixture library in a temporary folder, as `lib`.
pub fn copy_of(fixture: &str) -> tempfile::TempDir {
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

/// Whether this process runs as root, who may read and write any file.
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"0\n"))
}

pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// Compares a whole output with the snapshot `tests/snapshots/<name>.snap`. Run
/// `INSTA_UPDATE=always cargo test` to rewrite one after a deliberate change, then read
/// the diff before committing it.
pub fn snapshot(name: &str, text: String) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// The snapshot of `lp ARGS` run from the repository root.
pub fn snapshot_of(name: &str, args: &[&str]) {
    snapshot(name, transcript(&run(args)));
}
