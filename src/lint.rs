//! The named checks `lp check` runs over loaded stories, beyond what loading already
//! refuses. Each rule is a pure function from stories to diagnostics, run in a fixed
//! order, so more rules can be added without touching the others.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::model::{Status, Story};

/// A named check.
pub struct Rule {
    pub name: &'static str,
    /// What the rule looks for, for `--help` and the README.
    pub description: &'static str,
    check: fn(&[Story]) -> Vec<Diagnostic>,
}

/// Every rule, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        name: "ready-incomplete",
        description: "a story marked ready has an empty Situation, Task, Action or Result",
        check: ready_incomplete,
    },
    Rule {
        name: "duplicate-title",
        description: "two stories have the same title",
        check: duplicate_title,
    },
];

/// Runs every rule over the stories.
pub fn check(stories: &[Story]) -> Vec<Diagnostic> {
    RULES
        .iter()
        .flat_map(|rule| (rule.check)(stories))
        .collect()
}

fn ready_incomplete(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| s.status == Status::Ready)
        .filter_map(|s| {
            let missing = s.missing_parts();
            (!missing.is_empty()).then(|| {
                Diagnostic::warning(
                    &s.path,
                    Some(s.place("status")),
                    format!("marked ready but {} empty", describe_missing(&missing)),
                )
                .with_rule("ready-incomplete")
                .with_hint(format!(
                    "write the {} or set 'status: draft'",
                    english_list(&missing)
                ))
            })
        })
        .collect()
}

/// `a`, `a and b`, `a, b and c`.
fn english_list(items: &[&str]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

fn describe_missing(missing: &[&str]) -> String {
    match missing {
        [one] => format!("'{one}' is"),
        many => format!(
            "{} are",
            many.iter()
                .map(|m| format!("'{m}'"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn duplicate_title(stories: &[Story]) -> Vec<Diagnostic> {
    let mut by_title: BTreeMap<String, Vec<&Story>> = BTreeMap::new();
    for story in stories {
        let key = story.title.trim().to_lowercase();
        by_title.entry(key).or_default().push(story);
    }
    let mut out = Vec::new();
    for group in by_title.values().filter(|g| g.len() > 1) {
        for story in group {
            let others: Vec<String> = group
                .iter()
                .filter(|o| o.id != story.id)
                .map(|o| o.path.display().to_string())
                .collect();
            out.push(
                Diagnostic::warning(
                    &story.path,
                    Some(story.place("title")),
                    format!(
                        "the title '{}' is also used by {}",
                        story.title.trim(),
                        others.join(", ")
                    ),
                )
                .with_rule("duplicate-title")
                .with_hint(
                    "give each story its own title, or merge the two if they tell one story",
                ),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn story(id: &str, title: &str, status: Status) -> Story {
        Story {
            id: id.into(),
            path: PathBuf::from(format!("stories/{id}.yaml")),
            title: title.into(),
            principles: vec!["ownership".into()],
            status,
            situation: "s".into(),
            task: "t".into(),
            action: "a".into(),
            result: "r".into(),
            ..Story::default()
        }
    }

    #[test]
    fn ready_story_with_a_hole_is_flagged_and_a_draft_is_not() {
        let mut ready = story("a", "A", Status::Ready);
        ready.result.clear();
        ready.task = "  \n".into();
        let mut draft = story("b", "B", Status::Draft);
        draft.result.clear();
        let found = check(&[ready, draft, story("c", "C", Status::Ready)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, Some("ready-incomplete"));
        assert_eq!(
            found[0].message,
            "marked ready but 'task', 'result' are empty"
        );
    }

    #[test]
    fn duplicate_titles_name_each_other() {
        let found = check(&[
            story("a", "Saved the launch", Status::Draft),
            story("b", "saved the launch ", Status::Draft),
            story("c", "Other", Status::Draft),
        ]);
        let messages: Vec<_> = found.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            messages,
            [
                "stories/a.yaml:1:1: the title 'Saved the launch' is also used by stories/b.yaml [duplicate-title]",
                "stories/b.yaml:1:1: the title 'saved the launch' is also used by stories/a.yaml [duplicate-title]",
            ]
        );
    }
}
