//! `lp import NOTES.md --review`: the drafts walked through in a terminal before any is
//! written: keep, drop, merge with the previous one, change principles or title.

use anyhow::Context;
use dialoguer::Select;
use dialoguer::theme::Theme;

use crate::import::{self, ImportPlan};
use crate::model::{Part, PrincipleSet};
use crate::render::layout::wrap;
use crate::ui::Ui;

/// What the review ended with.
pub enum Reviewed {
    /// Write the drafts left in the plan.
    Write,
    /// Quit: write nothing.
    Quit,
}

const KEEP: &str = "Keep it";
const DROP: &str = "Drop it";
const MERGE: &str = "Merge it into the previous draft";
const PRINCIPLES: &str = "Change its principles";
const TITLE: &str = "Change its title";
const KEEP_REST: &str = "Keep it and all the rest as they are";
const QUIT: &str = "Quit without writing anything";

/// Walks through `plan`'s drafts; the plan is changed as the person chooses.
pub fn review(
    plan: &mut ImportPlan,
    set: &PrincipleSet,
    theme: &dyn Theme,
    ui: &mut Ui,
) -> anyhow::Result<Reviewed> {
    let duplicates: Vec<(usize, usize)> = plan.duplicates.iter().map(|d| d.drafts).collect();
    // Each draft's number in the report the person saw, for the duplicates' notes.
    let mut numbers: Vec<usize> = (1..=plan.drafts.len()).collect();
    // The prompt counts as the report and the heading over each draft do: after a drop
    // or a merge, draft 3 is still "3 of 11", not "2 of 10".
    let total = plan.drafts.len();
    let mut i = 0;
    while i < plan.drafts.len() {
        show(plan, i, numbers[i], &duplicates, &numbers, set, ui)?;
        loop {
            let mut items = vec![KEEP, DROP];
            if i > 0 {
                items.push(MERGE);
            }
            items.extend([PRINCIPLES, TITLE, KEEP_REST, QUIT]);
            let choice = Select::with_theme(theme)
                .with_prompt(format!("Draft {} of {total}", numbers[i]))
                .items(&items)
                .default(0)
                .interact()
                .context("could not read the choice")?;
            match items[choice] {
                KEEP => {
                    i += 1;
                    break;
                }
                DROP => {
                    plan.drafts.remove(i);
                    numbers.remove(i);
                    writeln!(ui.err, "Dropped: it will not be written.")?;
                    break;
                }
                MERGE => {
                    // A guessed principle gives way to those the notes or the person gave
                    // (see `import::merge`): said from what the merge kept.
                    let theirs = plan.drafts[i - 1].story.principles.clone();
                    let ours = plan.drafts[i].story.principles.clone();
                    import::merge(plan, &[(i - 1, i)]);
                    let kept_now = &plan.drafts[i - 1].story.principles;
                    let kept = if ours.iter().any(|p| !kept_now.contains(p)) {
                        "its text is kept there; its guessed principle gave way"
                    } else if theirs.iter().any(|p| !kept_now.contains(p)) {
                        "its text and principles are kept there, in place of the guessed one"
                    } else {
                        "its text and principles are kept there"
                    };
                    numbers.remove(i);
                    writeln!(ui.err, "Merged into draft {}: {kept}.", numbers[i - 1])?;
                    i -= 1;
                    show(plan, i, numbers[i], &duplicates, &numbers, set, ui)?;
                }
                PRINCIPLES => {
                    let before = plan.drafts[i].story.principles.clone();
                    crate::drafting::write::ask_principles(
                        set,
                        &mut plan.drafts[i].story,
                        theme,
                        ui,
                    )?;
                    // Chosen by the person now, not guessed.
                    if plan.drafts[i].story.principles != before {
                        plan.drafts[i].guessed = false;
                    }
                    show(plan, i, numbers[i], &duplicates, &numbers, set, ui)?;
                }
                TITLE => {
                    let title = crate::prompt::ask_title(theme, ui, &plan.drafts[i].story.title)?;
                    plan.drafts[i].story.title = title;
                    show(plan, i, numbers[i], &duplicates, &numbers, set, ui)?;
                }
                KEEP_REST => return Ok(Reviewed::Write),
                _ => return Ok(Reviewed::Quit),
            }
        }
    }
    Ok(Reviewed::Write)
}

/// One draft: its number, title, principles, the parts found with the start of each,
/// its source lines, and what makes it uncertain.
fn show(
    plan: &ImportPlan,
    i: usize,
    number: usize,
    duplicates: &[(usize, usize)],
    numbers: &[usize],
    set: &PrincipleSet,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let draft = &plan.drafts[i];
    let story = &draft.story;
    let style = ui.style_err();
    let names: Vec<String> = story
        .principles
        .iter()
        .map(|id| set.get(id).map_or(id.clone(), |p| p.name.clone()))
        .collect();
    // A draft from one line (a table's row, a one-line note) says "line N".
    let lines = if draft.lines.0 == draft.lines.1 {
        format!("line {}", draft.lines.0)
    } else {
        format!("lines {}–{}", draft.lines.0, draft.lines.1)
    };
    let mut out = format!(
        "\n{} · {lines}\n",
        style.bold(&format!("{number}. {}", story.title.trim())),
    );
    out.push_str(&wrap(&names.join(" · "), style.width, "   ", "   "));
    for part in Part::ALL {
        let text = story.part(part).trim();
        if !text.is_empty() {
            out.push_str(&wrap(
                &preview(text),
                style.width,
                &format!("   {}: ", part.key()),
                "      ",
            ));
        }
    }
    if !story.notes.trim().is_empty() {
        out.push_str(&wrap(
            &preview(&story.notes),
            style.width,
            "   notes: ",
            "      ",
        ));
    }
    for q in &story.questions {
        out.push_str(&wrap(q, style.width, "   question: ", "      "));
    }
    // The follow-ups the notes answer after the story, each by its question.
    for f in &story.followups {
        out.push_str(&wrap(&f.question, style.width, "   follow-up: ", "      "));
    }
    // Uncertain: no labelled part, or likely the same story as another draft.
    let mut doubts = Vec::new();
    if story.written_parts().next().is_none() {
        doubts.push("no part of the answer was found: only notes".to_string());
    }
    if draft.guessed {
        doubts.push(if plan.named_by_title {
            "its principle is the one the notes' title names: no heading names one".to_string()
        } else if plan.named.is_some() {
            "its principle is the one the file's name names: the notes name none".to_string()
        } else {
            "its principle was guessed from its words: the notes name none".to_string()
        });
    }
    for &(a, b) in duplicates {
        let other = if a + 1 == number {
            b + 1
        } else if b + 1 == number {
            a + 1
        } else {
            continue;
        };
        if numbers.contains(&other) {
            doubts.push(format!("likely the same story as draft {other}"));
        }
    }
    for doubt in doubts {
        out.push_str(&wrap(&doubt, style.width, "   ? ", "     "));
    }
    write!(ui.err, "{out}")?;
    Ok(())
}

/// A part's first sentence, as the review shows it, with "…" when the part says more:
/// the rest is in the draft, not lost.
fn preview(text: &str) -> String {
    let first = crate::model::first_sentence(text);
    // (Words, not characters: a list's markers are not more to say.)
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    if words(text) > words(&first) {
        format!("{first} …")
    } else {
        first
    }
}

#[cfg(test)]
mod tests {
    use super::preview;

    #[test]
    fn a_preview_says_when_the_part_goes_on() {
        assert_eq!(
            preview("upgrade the billing db. nobody knew the old schema."),
            "upgrade the billing db. …"
        );
        assert_eq!(preview("I rolled it back."), "I rolled it back.");
        // A list's marker is not more to say.
        assert_eq!(preview("- I rolled it back."), "I rolled it back.");
    }
}
