//! The screens of lp's conversations, drawn before a question is asked: what `lp
//! write` shows of a story before its first part. Pure functions from what is shown to
//! text; the conversation in `drafting` prints them.

use crate::find::{Found, Reading};
use crate::model::{PrincipleSet, Story, format_duration};
use crate::render::Style;
use crate::render::layout::{indent, wrap};

/// The story as it stands when `lp write` starts on it: title, file, principles (the
/// primary marked), the notes to work from, and up to three questions it should answer.
pub fn writing(set: &PrincipleSet, story: &Story, style: Style) -> String {
    let mut out = format!(
        "\n{}\n{}\n",
        style.bold(&format!("Writing: {}", story.title.trim())),
        crate::visible::visible(&story.path.display().to_string())
    );
    let names = super::principle_names(set, story);
    out.push_str(&wrap(
        &names.join(", "),
        style.width,
        "Principles: ",
        "    ",
    ));
    if !story.notes.trim().is_empty() {
        out.push_str("\nYour notes, to work from:\n");
        out.push_str(&indent(&story.notes, style.width.saturating_sub(4)));
    }
    let questions = questions(set, story);
    if !questions.is_empty() {
        out.push_str("\nQuestions this answer should fit:\n");
        for q in &questions {
            out.push_str(&wrap(q, style.width, "  - ", "    "));
        }
    }
    out.push_str(
        "\nEach part in turn: type it on one line, or `e` for your editor; Enter keeps what is there.\n",
    );
    out
}

/// Up to three questions: the story's own, then its principles', primary first.
fn questions(set: &PrincipleSet, story: &Story) -> Vec<String> {
    let mut out: Vec<String> = story
        .questions
        .iter()
        .map(|q| q.trim().to_string())
        .collect();
    for id in &story.principles {
        if let Some(p) = set.get(id) {
            out.extend(p.questions.iter().take(2).cloned());
        }
    }
    out.dedup();
    out.truncate(3);
    out
}

/// What `lp find` says of a question: the principles it most likely probes, each with
/// what it matched and the example it is like, how sure that reading is, the stories to
/// tell and those still to write.
pub fn found(set: &PrincipleSet, found: &Found, style: Style) -> String {
    let mut out = String::new();
    if found.reading == Reading::Nothing {
        out.push_str(&wrap(
            "No principle matches: no word of this question says what it is about. The principles of the set, to choose from:",
            style.width,
            "",
            "",
        ));
        for p in &set.principles {
            out.push_str(&format!("  {}\n", style.bold(&p.name)));
        }
        return out;
    }
    out.push_str(&wrap(
        match found.reading {
            Reading::Several => "The question probes more than one principle:",
            Reading::Guess => {
                "A guess: these words are far from every example question. The likeliest principles:"
            }
            _ => "The question most likely probes:",
        },
        style.width,
        "",
        "",
    ));
    for (i, p) in found.principles.iter().enumerate() {
        let mut reason = if p.matched.is_empty() {
            "no word matched".to_string()
        } else {
            format!("matched {}", quoted(&p.matched))
        };
        if let Some(like) = &p.like {
            reason.push_str(&format!("; like \"{like}\""));
        }
        out.push_str(&format!("  {}. {}\n", i + 1, style.bold(&p.name)));
        out.push_str(&wrap(&reason, style.width, "     ", "     "));
    }
    out.push('\n');
    if found.stories.is_empty() {
        out.push_str("No written story answers it yet.\n");
    } else {
        out.push_str("Stories to tell:\n");
        for (i, s) in found.stories.iter().enumerate() {
            out.push_str(&wrap(
                &format!(
                    "{} ({}, {}) · {}",
                    s.title.trim(),
                    s.status.as_str(),
                    format_duration(s.seconds),
                    s.reason
                ),
                style.width,
                &format!("  {}. ", i + 1),
                "     ",
            ));
        }
    }
    if !found.to_write.is_empty() {
        out.push_str("\nStill to write:\n");
        for w in &found.to_write {
            out.push_str(&wrap(
                &format!("{} ({}): `lp write {}`", w.title.trim(), w.principle, w.id),
                style.width,
                "  - ",
                "    ",
            ));
        }
    }
    out
}

fn quoted(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    quoted.join(", ")
}

/// The head of a practice round: its number, the principle, the question, and how to
/// answer it against the clock.
pub fn round(number: u32, rounds: u32, principle: &str, question: &str, style: Style) -> String {
    format!(
        "\n{} {number} of {rounds} · {}\n\n{}\nPress Enter to start the clock, answer aloud, then press Enter again.\n",
        style.bold("Round"),
        crate::visible::visible(principle),
        wrap(question, style.width, "  ", "  ")
    )
}

/// After a practice round: the outline of the story to tell for the principle, or the
/// stories still to write for it (`waiting`), or that it is a gap.
pub fn outline(story: Option<&Story>, waiting: &[&Story], name: &str, style: Style) -> String {
    let name = crate::visible::visible(name);
    let mut out = String::new();
    match story {
        None if waiting.is_empty() => out.push_str(&format!(
            "You have no story for {name} yet: this is a gap. `lp add` writes one.\n"
        )),
        None => {
            out.push_str(&format!(
                "You have no written answer for {name} yet; {} still to write:\n",
                if waiting.len() == 1 {
                    "one story is"
                } else {
                    "these are"
                }
            ));
            for s in waiting {
                out.push_str(&format!(
                    "  {} (`lp write {}`)\n",
                    crate::visible::visible(s.title.trim()),
                    s.id
                ));
            }
        }
        Some(story) => {
            out.push_str(&format!(
                "\nThe story to tell: {}\n",
                style.bold(story.title.trim())
            ));
            for (part, sentence) in crate::practice::outline(story) {
                let label = format!("  {:<10} ", format!("{}:", part.key()));
                out.push_str(&wrap(&sentence, style.width, &label, &" ".repeat(13)));
            }
        }
    }
    out
}
