//! Turning a draft into an answer: which story is most worth writing next, and what
//! belongs in each part. Pure functions over the model; `lp write` is the terminal
//! around them.

use crate::model::{Part, PrincipleSet, Story};

/// What belongs in a part, in a line, shown when the person writes it.
pub fn guidance(part: Part) -> &'static str {
    match part {
        Part::Situation => "Where and when, in two or three sentences: the team, the stakes.",
        Part::Task => "What was yours to do, and why it was hard: one or two sentences.",
        Part::Action => "What you yourself did, step by step, with \"I\": the longest part.",
        Part::Result => "What changed because of it, with a number if you have one.",
        Part::Learned => "What you learned, or would do differently next time (optional).",
    }
}

/// The unwritten stories in the order they are most worth writing: first those that
/// would give a principle with no written answer its first one (the fewer other
/// stories waiting for that principle, the sooner), then those for a principle below
/// `target` written stories, then the rest; ties in the principle set's order, then by
/// id. Stories whose id is in `skip` are left out. One pass counts each principle's
/// written and waiting stories, so this costs a look at each story's principles.
pub fn worth_writing<'a>(
    set: &PrincipleSet,
    stories: impl IntoIterator<Item = &'a Story>,
    target: usize,
    skip: &[String],
) -> Vec<&'a Story> {
    let stories: Vec<&Story> = stories.into_iter().collect();
    // For each principle: (written stories, unwritten stories).
    let mut counts: rustc_hash::FxHashMap<&str, (usize, usize)> = Default::default();
    for s in &stories {
        let written = s.is_written();
        for p in &s.principles {
            let entry = counts.entry(p.as_str()).or_default();
            if written {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
        }
    }
    let order = |principle: &str| {
        set.principles
            .iter()
            .position(|p| p.id == principle)
            .unwrap_or(usize::MAX)
    };
    let mut ranked: Vec<((usize, usize, usize), &Story)> = stories
        .into_iter()
        .filter(|s| !s.is_written() && !skip.contains(&s.id))
        .map(|s| {
            let best = s
                .principles
                .iter()
                .map(|p| {
                    let (written, waiting) = counts.get(p.as_str()).copied().unwrap_or_default();
                    let rank = match written {
                        0 => 0,
                        n if n < target => 1,
                        _ => 2,
                    };
                    (rank, waiting, order(p))
                })
                .min()
                .unwrap_or((3, 0, usize::MAX));
            (best, s)
        })
        .collect();
    ranked.sort_by(|(a, s), (b, t)| a.cmp(b).then_with(|| s.id.cmp(&t.id)));
    ranked.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::principles;

    fn story(id: &str, principles: &[&str], written: bool) -> Story {
        Story {
            parts: crate::model::parts([(
                crate::model::Part::Action,
                if written {
                    "I did.".into()
                } else {
                    String::new()
                },
            )]),
            id: id.into(),
            title: id.into(),
            principles: principles.iter().map(|p| p.to_string()).collect(),
            ..Story::default()
        }
    }

    #[test]
    fn a_gaps_only_story_comes_first_then_thin_then_the_rest() {
        let set = principles::builtin();
        let stories = [
            story("rest", &["ownership"], false),
            story("done-1", &["ownership"], true),
            story("done-2", &["ownership"], true),
            story("thin", &["dive-deep"], false),
            story("done-3", &["dive-deep"], true),
            story("shared-gap", &["frugality"], false),
            story("shared-gap-2", &["frugality"], false),
            story("only-gap", &["think-big"], false),
        ];
        let ids: Vec<&str> = worth_writing(&set, &stories, 2, &[])
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(
            ids,
            ["only-gap", "shared-gap", "shared-gap-2", "thin", "rest"]
        );
        let skipped = worth_writing(&set, &stories, 2, &["only-gap".to_string()]);
        assert_eq!(skipped[0].id, "shared-gap");
    }

    #[test]
    fn every_part_has_guidance() {
        for part in Part::ALL {
            assert!(guidance(part).ends_with('.'), "{part:?}");
        }
    }
}
