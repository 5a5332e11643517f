//! The named checks `lp check` runs over loaded stories: how each answer reads. Each
//! rule is a pure function from stories to diagnostics, run in a fixed order; a story
//! silences a rule for itself with `allow: [rule-name]`. The table and the driver are
//! here; the rules themselves in `rules`.

mod rules;
#[cfg(test)]
mod tests;

use rules::*;

use crate::diagnostic::Diagnostic;
use crate::model::{
    MAX_PRINCIPLES_PER_STORY, MAX_SECONDS, MIN_READY_SECONDS, Story, TARGET_SECONDS, spoken_limit,
};
use crate::suggest;

/// A named check.
pub struct Rule {
    pub name: &'static str,
    /// What the rule looks for, built from the thresholds it uses.
    describe: fn() -> String,
    check: Check,
}

/// How a rule looks at the stories.
#[derive(Clone, Copy)]
enum Check {
    /// At each story alone: its findings are about that story only, so the rule runs
    /// on one story at a time, as each is read (`digest`).
    Each(fn(&[Story]) -> Vec<Diagnostic>),
    /// At the stories together, given each one's `Gist` rather than its texts.
    Across(fn(&[Story], &[Gist]) -> Vec<Diagnostic>),
}

impl Rule {
    /// What the rule looks for, in one line.
    pub fn description(&self) -> String {
        (self.describe)()
    }
}

/// The rules as `lp check --help` lists them, one a line, then the check made while
/// loading.
pub fn help() -> String {
    let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let mut out =
        String::from("Checks (silence one for a story with `allow: [name]` in its file):\n");
    for rule in RULES {
        out.push_str(&format!(
            "  {:<width$}  {}\n",
            rule.name,
            rule.description()
        ));
    }
    out.push_str(&format!(
        "  {:<width$}  a story names the same principle twice (found while loading)\n",
        "duplicate-principle"
    ));
    out
}

/// Every rule, in the order they run.
pub const RULES: &[Rule] = &[
    Rule {
        name: "missing-part",
        describe: || "a STAR part is empty: an error when ready, a warning in a draft".to_string(),
        check: Check::Each(missing_part),
    },
    Rule {
        name: "too-long",
        describe: || {
            format!(
                "the answer takes over {} to tell (the target is about {})",
                spoken_limit(MAX_SECONDS),
                spoken_limit(TARGET_SECONDS)
            )
        },
        check: Check::Each(too_long),
    },
    Rule {
        name: "too-short",
        describe: || {
            format!(
                "a ready answer takes under {}: too thin to convince",
                spoken_limit(MIN_READY_SECONDS)
            )
        },
        check: Check::Each(too_short),
    },
    Rule {
        name: "unbalanced",
        describe: || "Situation and Task together are longer than the Action".to_string(),
        check: Check::Each(unbalanced),
    },
    Rule {
        name: "result-without-number",
        describe: || "the Result has no number, percentage, amount or time".to_string(),
        check: Check::Each(result_without_number),
    },
    Rule {
        name: "we-not-i",
        describe: || "the Action says \"we\" more often than \"I\"".to_string(),
        check: Check::Each(we_not_i),
    },
    Rule {
        name: "too-many-principles",
        describe: || {
            format!("the story is linked to more than {MAX_PRINCIPLES_PER_STORY} principles")
        },
        check: Check::Each(too_many_principles),
    },
    Rule {
        name: "placeholder",
        describe: || "a ready story still holds TODO, TBD, ??? or an ellipsis".to_string(),
        check: Check::Each(placeholder),
    },
    Rule {
        name: "control-character",
        describe: || {
            "text holds a terminal control character (ESC, BEL, C1, a bidi override)".to_string()
        },
        check: Check::Each(control_character),
    },
    Rule {
        name: "duplicate-story",
        describe: || "two stories likely tell one story".to_string(),
        check: Check::Across(duplicate_story),
    },
    Rule {
        name: "duplicate-title",
        describe: || "two stories have the same title".to_string(),
        check: Check::Across(duplicate_title),
    },
];

/// The findings of one story as `lp check` gives them over the whole library: its own
/// rules and those that compare it with the others (`duplicate-story`,
/// `duplicate-title`). `story` stands in for the library's story of the same id.
pub fn check_in(library: &[Story], story: &Story) -> Vec<Diagnostic> {
    let mut all: Vec<Story> = library
        .iter()
        .filter(|s| s.id != story.id)
        .cloned()
        .collect();
    all.push(story.clone());
    let mut found = check(&all);
    found.retain(|d| d.story.as_deref() == Some(story.id.as_str()));
    found
}

/// Whether a draft could be marked ready: as a ready story, no rule finds an error in
/// it (every STAR part written, above all).
pub fn can_be_ready(story: &Story) -> bool {
    story.status == crate::model::Status::Draft && {
        let mut ready = story.clone();
        ready.status = crate::model::Status::Ready;
        !check(std::slice::from_ref(&ready))
            .iter()
            .any(Diagnostic::is_error)
    }
}

/// Runs every rule over the stories, drops what each story allows, and warns of
/// `allow` entries that name no rule.
pub fn check(stories: &[Story]) -> Vec<Diagnostic> {
    across(stories, stories.iter().map(digest).collect())
}

/// What the rules need of a story once its own have run, so that the story itself can
/// be let go (`library::Keep::Outline`): the findings about it alone, and its gist for
/// the rules that compare stories.
pub struct Digest {
    findings: Vec<Diagnostic>,
    gist: Gist,
}

/// What the rules that compare stories take from each, made where the story is read
/// (on the loading threads): its content words (`overlap::word_numbers`) and its title
/// as titles are compared, trimmed and lowercase.
pub struct Gist {
    words: Vec<u32>,
    title: String,
}

/// Runs the rules that look at `story` alone, drops what it allows, and warns of its
/// `allow` entries that name no rule.
pub fn digest(story: &Story) -> Digest {
    let one = std::slice::from_ref(story);
    let mut findings: Vec<Diagnostic> = RULES
        .iter()
        .filter_map(|rule| match rule.check {
            Check::Each(check) => Some(check(one)),
            Check::Across(_) => None,
        })
        .flatten()
        .collect();
    findings.retain(|d| !allows(story, d));
    for name in &story.allow {
        if !RULES.iter().any(|r| r.name == name) {
            let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
            let near = suggest::nearest(name, names.iter().copied(), 1);
            let hint = match near.first() {
                Some(n) => format!("did you mean '{n}'?"),
                None => format!("the rules are {}", names.join(", ")),
            };
            findings.push(
                Diagnostic::warning(
                    &story.path,
                    Some(story.place("allow")),
                    format!("'{name}' is not a check rule"),
                )
                .with_story(&story.id)
                .with_hint(hint),
            );
        }
    }
    Digest {
        findings,
        gist: Gist {
            words: crate::overlap::word_numbers(story_texts(story)),
            title: story.title.trim().to_lowercase(),
        },
    }
}

/// Every finding: those of each story's `digest` (one for each of `stories`, in
/// order; the stories may be outlines), then those of the rules that compare stories.
pub fn across(stories: &[Story], digests: Vec<Digest>) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut gists = Vec::with_capacity(digests.len());
    for digest in digests {
        found.extend(digest.findings);
        gists.push(digest.gist);
    }
    let by_id: std::collections::HashMap<&str, &Story> =
        stories.iter().map(|s| (s.id.as_str(), s)).collect();
    for rule in RULES {
        if let Check::Across(check) = rule.check {
            found.extend(check(stories, &gists).into_iter().filter(|d| {
                !d.story
                    .as_deref()
                    .and_then(|id| by_id.get(id))
                    .is_some_and(|s| allows(s, d))
            }));
        }
    }
    found
}

/// Whether `story` silences the rule that found `d`.
fn allows(story: &Story, d: &Diagnostic) -> bool {
    d.rule.is_some_and(|r| story.allow.iter().any(|a| a == r))
}

pub(super) fn finding(
    story: &Story,
    key: &str,
    rule: &'static str,
    message: String,
    hint: &str,
) -> Diagnostic {
    Diagnostic::warning(&story.path, Some(story.place(key)), message)
        .with_rule(rule)
        .with_story(&story.id)
        .with_hint(hint)
}

/// The findings of a run over the whole library, grouped by story id.
pub fn by_story(findings: &[Diagnostic]) -> rustc_hash::FxHashMap<&str, Vec<&Diagnostic>> {
    let mut grouped: rustc_hash::FxHashMap<&str, Vec<&Diagnostic>> = Default::default();
    for d in findings {
        if let Some(id) = d.story.as_deref() {
            grouped.entry(id).or_default().push(d);
        }
    }
    grouped
}

/// The findings about one story, from a run over the whole library.
pub fn for_story<'a>(findings: &'a [Diagnostic], id: &str) -> Vec<&'a Diagnostic> {
    findings
        .iter()
        .filter(|d| d.story.as_deref() == Some(id))
        .collect()
}
