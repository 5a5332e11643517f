//! Turning the model into text for people: pure functions, no printing.

pub mod flashcards;
pub mod html;
pub mod ics;
pub mod json;
pub mod layout;
pub mod markdown;
pub mod prep;
pub mod screens;
pub mod text;

pub use layout::Style;

use crate::model::{PrincipleSet, Story, format_duration};

/// The principle an answer is told under in an export of the `included` principles:
/// the first of its own that is included, its primary one when that is; the others
/// point to it. `None` when none of its principles is included.
pub fn told_under(story: &Story, included: &rustc_hash::FxHashSet<&str>) -> Option<String> {
    story
        .principles
        .iter()
        .find(|p| included.contains(p.as_str()))
        .cloned()
}

/// The names of a story's principles, in its order, the first marked "(primary)".
pub fn principle_names(set: &PrincipleSet, story: &Story) -> Vec<String> {
    story
        .principles
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = set.get(id).map_or(id.as_str(), |p| p.name.as_str());
            if i == 0 {
                format!("{name} (primary)")
            } else {
                name.to_string()
            }
        })
        .collect()
}

/// The facts shown under an answer's title: status, spoken length, the principles it
/// serves (the others, when shown `under` one of them), when and where.
pub fn answer_facts(set: &PrincipleSet, story: &Story, under: Option<&str>) -> Vec<String> {
    let name = |id: &String| set.get(id).map_or(id.clone(), |p| p.name.clone());
    let mut facts = vec![
        story.status.as_str().to_string(),
        format!(
            "about {} spoken ({})",
            format_duration(story.spoken_seconds()),
            crate::english::plural(story.spoken_words(), "word", "words")
        ),
    ];
    match under {
        Some(id) => {
            let others: Vec<String> = story
                .principles
                .iter()
                .filter(|p| *p != id)
                .map(name)
                .collect();
            if !others.is_empty() {
                facts.push(format!("also serves {}", others.join(", ")));
            }
        }
        None => {
            let all: Vec<String> = story.principles.iter().map(name).collect();
            facts.push(format!("serves {}", all.join(", ")));
        }
    }
    for extra in [&story.when, &story.context] {
        if !extra.trim().is_empty() {
            facts.push(extra.trim().to_string());
        }
    }
    facts
}
