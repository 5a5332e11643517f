//! Shell completion and the manual page.

use std::process::Command;

use crate::support::{LP, root, run, stdout, transcript};

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
    // Every command `lp --help` lists has its entry in the page's list of commands,
    // and its own page with --out-dir.
    let help = stdout(&run(&["--help"]));
    let commands: Vec<&str> = help
        .split("Commands:\n")
        .nth(1)
        .expect("lp --help lists the commands")
        .lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 14, "{commands:?}");
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&["man", "--out-dir", tmp.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert!(tmp.path().join("lp.1").exists());
    for command in commands {
        assert!(
            page.contains(&format!("lp\\-{command}(1)")),
            "the page lists {command}"
        );
        assert!(
            tmp.path().join(format!("lp-{command}.1")).exists(),
            "a page for {command}"
        );
    }
}

#[test]
fn completion_follows_dir_wherever_it_stands_and_completes_each_item_of_a_list() {
    let lib = root().join("tests/fixtures/good");
    let elsewhere = tempfile::tempdir().unwrap();
    let script = format!(
        r#"source <('{LP}' completions bash) || exit 9
complete_words() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=();
  _clap_complete_lp lp "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; printf '%s|' "${{COMPREPLY[@]}}"; echo; }}
complete_words lp show --dir '{dir}' rel
complete_words lp --dir '{dir}' show rel
complete_words lp --dir='{dir}' edit sec
complete_words lp coverage --principles ownership,di
complete_words lp coverage --principles ownership,dive-deep,deliver-res
complete_words lp show rel
"#,
        dir = lib.display()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(elsewhere.path())
        .env_remove("LP_DIR")
        .env("XDG_DATA_HOME", elsewhere.path().join("none"))
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "release-pipeline|\nrelease-pipeline|\nsecret-propagation|\nownership,dive-deep|\nownership,dive-deep,deliver-results|\n|\n",
        "{}",
        transcript(&out)
    );
    // $LP_DIR names the library too.
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            r#"source <('{LP}' completions bash) || exit 9
COMP_WORDS=(lp show rel); COMP_CWORD=2; COMPREPLY=(); _clap_complete_lp lp rel show; printf '%s|' "${{COMPREPLY[@]}}"; echo"#
        ))
        .current_dir(elsewhere.path())
        .env("LP_DIR", &lib)
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "release-pipeline|\n", "{}", transcript(&out));
}

#[test]
fn bash_completion_never_inserts_a_hostile_id_raw() {
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("lib");
    std::fs::create_dir_all(lib.join("stories")).unwrap();
    for id in [
        "semi;touch PWNED",
        "*",
        "a b",
        "safe-one",
        "$(touch PWNED2)",
    ] {
        std::fs::write(
            lib.join(format!("stories/{id}.yaml")),
            "title: T\nprinciples: [ownership]\n",
        )
        .unwrap();
    }
    // lp's own path with a space in it: every Tab must still work.
    let spaced = tmp.path().join("a folder/bin");
    std::fs::create_dir_all(&spaced).unwrap();
    std::fs::copy(LP, spaced.join("lp")).unwrap();
    let lp = spaced.join("lp");
    let script = format!(
        r#"source <('{}' completions bash) || exit 9
complete_words() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=();
  _clap_complete_lp lp "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; printf '%s|' "${{COMPREPLY[@]}}"; echo; }}
complete_words lp cov
complete_words lp show sem
complete_words lp show ''
complete_words lp show a
# What bash would run once the candidate is inserted and Enter pressed.
line="echo show $(complete_words lp show sem | tr -d '|')"
eval "$line" >/dev/null
"#,
        lp.display()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(&lib)
        .env_remove("LP_DIR")
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "coverage|\n|\nsafe-one|--json|--dir|--color|--help|--version|\n|\n",
        "only the plain id is offered: {}",
        transcript(&out)
    );
    assert!(!lib.join("PWNED").exists() && !lib.join("PWNED2").exists());
}

#[test]
fn a_complete_variable_not_meant_for_lp_is_ignored() {
    let tmp = tempfile::tempdir().unwrap();
    for value in ["1", "bash"] {
        let out = Command::new(LP)
            .args(["--dir", "lib", "init"])
            .current_dir(tmp.path())
            .env("COMPLETE", value)
            .env_remove("LP_DIR")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
        assert!(tmp.path().join("lib/stories").is_dir(), "COMPLETE={value}");
        std::fs::remove_dir_all(tmp.path().join("lib")).unwrap();
    }
}
