//! Bad input: every case of tests/corpus/ compared as whole output, generated bad inputs, unreadable and unwritable files.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use std::os::unix::fs::PermissionsExt as _;

use crate::support::{
    LP, contents, is_root, library, lp_in, root, set_mode, stderr, transcript, without_header,
};

/// Runs a command with a time limit; `None` when it had to be killed.
pub fn run_with_limit(mut cmd: Command, seconds: u64) -> Option<Output> {
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

/// What a case must print: the whole output in a corpus case's `expect` file, or, for
/// the generated cases, the exit code and lines of stderr.
#[derive(Clone, Copy)]
enum Expected<'a> {
    Whole(&'a Path),
    Lines(i32, &'a [&'a str]),
}

/// Runs one corpus case in `dir` (a library `lib/`, maybe `notes.md`): `lp coverage`, or
/// `lp import notes.md`. Compares the whole output (exit code, stdout, stderr) with the
/// case's `expect` file, and checks a hint with every error, no panic, no hang and no
/// change to any file. With `LP_UPDATE_CORPUS=1` the `expect` file is written instead:
/// read its diff before committing it.
fn corpus_case(name: &str, dir: &Path, expect: Expected) {
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
    let whole = transcript(&out).replace(dir.to_str().expect("temporary paths are UTF-8"), "<tmp>");
    match expect {
        Expected::Whole(path) if std::env::var_os("LP_UPDATE_CORPUS").is_some() => {
            fs::write(path, &whole).expect("the corpus can be written");
        }
        Expected::Whole(path) => {
            let expected = fs::read_to_string(path).expect("every case has an expect file");
            assert!(
                whole == expected,
                "{name}: the output differs from {}\n--- expected\n{expected}\n--- actual\n{whole}",
                path.display()
            );
        }
        Expected::Lines(code, lines) => {
            assert_eq!(out.status.code(), Some(code), "{name}:\n{err}");
            for line in lines {
                assert!(err.contains(line), "{name}: stderr lacks {line:?}:\n{err}");
            }
        }
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

/// `lp` run in `cwd` by someone whom file permissions stop: root reads and writes
/// anything, so as root it runs as the user `nobody`, who is then let into `cwd`.
pub fn lp_unprivileged(cwd: &Path, args: &[&str]) -> Command {
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
        let tmp = tempfile::tempdir().unwrap();
        for (path, bytes) in contents(&corpus.join(&name)) {
            let target = tmp
                .path()
                .join(path.strip_prefix(corpus.join(&name)).unwrap());
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(target, bytes).unwrap();
        }
        let expect = corpus.join(&name).join("expect");
        let result =
            std::panic::catch_unwind(|| corpus_case(&name, tmp.path(), Expected::Whole(&expect)));
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
            vec![
                "s.yaml:1:40: lists or mappings nested more than 32 levels deep",
                "brackets opened and never closed",
            ],
        ),
        (
            // Unclosed: the YAML parser would take minutes, growing with the square.
            "nesting-320000-unclosed",
            format!(
                "title: T\nprinciples: [ownership]\ntags: {}\n",
                "[".repeat(320_000)
            ),
            vec!["s.yaml:3:39: lists or mappings nested more than 32 levels deep"],
        ),
        (
            "nesting-40000-flow-mappings",
            format!(
                "title: T\nprinciples: [ownership]\nwhen: {}\n",
                "{a: ".repeat(40_000)
            ),
            vec!["s.yaml:3:", "nested more than 32 levels deep"],
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
        corpus_case(name, tmp.path(), Expected::Lines(2, &expected));
    }
    let tmp = tempfile::tempdir().unwrap();
    let stories = tmp.path().join("lib/stories");
    fs::create_dir_all(stories.join("folder.yaml")).unwrap();
    corpus_case(
        "folder-named-yaml",
        tmp.path(),
        Expected::Lines(2, &["lib/stories/folder.yaml: is a folder, not a file"]),
    );
    fs::remove_dir(stories.join("folder.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", stories.join("dangling.yaml")).unwrap();
    corpus_case(
        "dangling-symlink",
        tmp.path(),
        Expected::Lines(
            2,
            &[
                "lib/stories/dangling.yaml: could not read the file",
                "remove or fix the link",
            ],
        ),
    );
    fs::remove_file(stories.join("dangling.yaml")).unwrap();
    std::os::unix::fs::symlink("loop.yaml", stories.join("loop.yaml")).unwrap();
    corpus_case(
        "symlink-loop",
        tmp.path(),
        Expected::Lines(
            2,
            &[
                "lib/stories/loop.yaml: could not read the file",
                "leads back to itself",
            ],
        ),
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
        Expected::Lines(
            2,
            &[
                "lib/stories/pipe.yaml: is a named pipe, not a file",
                "move it out of the folder",
            ],
        ),
    );
    fs::remove_file(stories.join("pipe.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", stories.join("zero.yaml")).unwrap();
    corpus_case(
        "link-to-a-device",
        tmp.path(),
        Expected::Lines(2, &["lib/stories/zero.yaml: is a device, not a file"]),
    );
    fs::remove_file(stories.join("zero.yaml")).unwrap();
    let socket = std::os::unix::net::UnixListener::bind(stories.join("socket.yaml")).unwrap();
    corpus_case(
        "socket",
        tmp.path(),
        Expected::Lines(2, &["lib/stories/socket.yaml: is a socket, not a file"]),
    );
    drop(socket);
    fs::remove_file(stories.join("socket.yaml")).unwrap();
    // A name that is not UTF-8 still loads, with a warning: its id cannot be typed.
    let name: &std::ffi::OsStr = std::os::unix::ffi::OsStrExt::from_bytes(b"caf\xe9.yaml");
    fs::write(stories.join(name), "title: T\nprinciples: [ownership]\n").unwrap();
    corpus_case(
        "name-not-utf8",
        tmp.path(),
        Expected::Lines(
            0,
            &[
                "lib/stories/caf\u{fffd}.yaml: the file name is not UTF-8 text",
                "rename the file; a story's id is its file name",
            ],
        ),
    );
    fs::remove_file(stories.join(name)).unwrap();
    fs::remove_dir(&stories).unwrap();
    fs::write(&stories, "a file, not a folder").unwrap();
    corpus_case(
        "stories-is-a-file",
        tmp.path(),
        Expected::Lines(2, &["lib/stories: is a file, not a folder"]),
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
        cmd.env("XDG_STATE_HOME", &temp);
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
    let kept = contents(&temp.join("lp/recovered"));
    assert_eq!(kept.len(), 1);
    let path = temp.join("lp/recovered").join(&kept[0].0);
    assert!(
        err.ends_with(&format!(
            "  hint: the story was not added; it is kept in {}: make the folder writable, then run `lp --dir lib add --resume {}`\n",
            path.display(),
            path.display()
        )),
        "{err}"
    );
    assert_eq!(without_header(&String::from_utf8_lossy(&kept[0].1)), text);
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "a recovery file is private");
    set_mode(&stories, 0o755);
    assert_eq!(fs::read_dir(&stories).unwrap().count(), 0);
}
