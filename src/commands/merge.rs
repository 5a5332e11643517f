//! `lp merge A B`: make one story of two; B is retired to `.lp/removed/`.

use anyhow::{Context, bail};
use clap::Args;

use crate::context::Global;
use crate::editor::{self, Editing};
use crate::model::{Part, Story};
use crate::ui::{Outcome, Ui};
use crate::{atomic, prompt, recovery, story, story_yaml};

/// Make one story of two: A keeps its file and gains B's text; B is retired
///
/// A part only one of them has is taken as it is. A part both have holds both texts,
/// each under a line that says whose it is; in a terminal the merged story then opens
/// in your editor to make one text of them (without a terminal, or when you leave it
/// as it is, both stay, marked, for `lp edit A`). The principles are both stories',
/// A's primary first; notes, questions, tags and follow-ups are joined. B's file moves
/// to .lp/removed/: nothing is deleted.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  lp merge secret-propagation disagreed-with-the-design")]
pub struct MergeArgs {
    /// The story that stays (`lp list --ids` shows the ids)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub a: String,

    /// The story merged into A and retired
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub b: String,
}

/// The line that opens B's text in a part both stories have.
fn from_b(b: &Story) -> String {
    format!("[from {}:]", b.id)
}

/// A and B as one story, and the parts that hold both texts.
pub fn joined(a: &Story, b: &Story) -> (Story, Vec<Part>) {
    let mut out = a.clone();
    let mut both = Vec::new();
    for part in Part::ALL {
        let (mine, theirs) = (a.part(part).trim_end(), b.part(part).trim_end());
        *out.part_mut(part) = match (mine.is_empty(), theirs.is_empty()) {
            (_, true) => a.part(part).to_string(),
            (true, false) => b.part(part).to_string(),
            (false, false) => {
                both.push(part);
                format!("[from {}:]\n{mine}\n\n{}\n{theirs}\n", a.id, from_b(b))
            }
        };
    }
    for p in &b.principles {
        if !out.principles.contains(p) {
            out.principles.push(p.clone());
        }
    }
    let notes_b = b.notes.trim_end();
    if !notes_b.is_empty() {
        out.notes = if out.notes.trim().is_empty() {
            format!("{notes_b}\n")
        } else {
            format!("{}\n\n{}\n{notes_b}\n", out.notes.trim_end(), from_b(b))
        };
    }
    // B's title is the person's words too.
    if b.title.trim() != a.title.trim() {
        out.notes = format!(
            "{}Title of {}: {}\n",
            with_gap(&out.notes),
            b.id,
            b.title.trim()
        );
    }
    for (mine, theirs) in [(&mut out.questions, &b.questions), (&mut out.tags, &b.tags)] {
        for item in theirs {
            if !mine.contains(item) {
                mine.push(item.clone());
            }
        }
    }
    out.followups.extend(b.followups.iter().cloned());
    if out.when.trim().is_empty() {
        out.when = b.when.clone();
    }
    if out.context.trim().is_empty() {
        out.context = b.context.clone();
    }
    out.status = out.status.min(b.status);
    (out, both)
}

fn with_gap(text: &str) -> String {
    if text.trim().is_empty() {
        String::new()
    } else {
        format!("{}\n\n", text.trim_end())
    }
}

pub fn run(args: &MergeArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_for_writing(ui)?;
    let a = library.find(&args.a)?.clone();
    let b = library.find(&args.b)?.clone();
    if a.id == b.id {
        bail!(crate::diagnostic::hinted(
            format!("'{}' and '{}' are the same story", args.a, args.b),
            "name two stories: `lp merge A B`"
        ));
    }
    let path = library
        .location
        .stories_dir()
        .join(format!("{}.yaml", a.id));
    let original =
        std::fs::read(&path).with_context(|| format!("could not read {}", a.path.display()))?;
    let command = format!(
        "lp merge {} {}",
        crate::shell::quote(&a.id),
        crate::shell::quote(&b.id)
    );
    atomic::refuse_read_only(&path, &a.path, &command)?;
    let (mut merged, both) = joined(&a, &b);
    let mut text = library.story_file(&story_yaml::to_yaml(&merged));
    if !both.is_empty() && prompt::terminal() {
        // Both texts, marked, to make one of in the editor; what comes back must load.
        let file = tempfile::Builder::new()
            .prefix("lp-merge-")
            .suffix(".yaml")
            .tempfile()
            .context(
                "could not create a file for the editor (is $TMPDIR a folder you can write?)",
            )?;
        std::fs::write(file.path(), &text).context("could not write the file for the editor")?;
        let root = &library.location.root;
        let kind = recovery::Kind::Edit(a.id.clone());
        let keep = |t: &str| recovery::save(root, &kind, "lp merge could not save this", t);
        let editing = Editing {
            file: file.path(),
            original: &text,
            shown: &a.path,
            keep: &keep,
            unsaved: &format!(
                "{} and {} were not changed",
                a.path.display(),
                b.path.display()
            ),
        };
        if let editor::Edited::Story(edited) = editor::edit_until_valid(&library, &editing, ui)? {
            if let (Some(parsed), _) = story::parse(&a.id, &a.path, &edited, Some(&library.set)) {
                merged = parsed;
            }
            text = edited;
        }
    }
    let (_, problems) = story::parse(&a.id, &a.path, &text, Some(&library.set));
    if problems.iter().any(|d| d.is_error()) {
        ui.diagnostics(&problems)?;
        bail!(crate::diagnostic::hinted(
            "the merged story would not load, so nothing was changed",
            format!(
                "`lp edit {}` and `lp edit {}`, then `{command}` again",
                crate::shell::quote(&a.id),
                crate::shell::quote(&b.id)
            )
        ));
    }
    // Never over a file that changed meanwhile.
    if std::fs::read(&path).ok().as_deref() != Some(original.as_slice()) {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} changed meanwhile, so nothing was changed",
                a.path.display()
            ),
            format!("run `{command}` again")
        ));
    }
    atomic::replace(&path, text.as_bytes())?;
    let kept = library.retire(&b.id)?;
    writeln!(
        ui.out,
        "Merged {} into {}; {} is kept in {}.",
        b.path.display(),
        a.path.display(),
        b.path.display(),
        kept.display()
    )?;
    let still_both: Vec<&str> = both
        .iter()
        .filter(|p| merged.part(**p).contains(&from_b(&b)))
        .map(|p| p.label())
        .collect();
    if !still_both.is_empty() {
        writeln!(
            ui.out,
            "{} {} both texts, each marked: `lp edit {}` makes one of them.",
            still_both.join(", "),
            if still_both.len() == 1 {
                "holds"
            } else {
                "hold"
            },
            crate::shell::quote(&a.id)
        )?;
    }
    Ok(Outcome::Done)
}
