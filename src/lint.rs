//! The named checks `lp check` runs over loaded stories: how each answer reads. Each
//! rule is a pure function from stories to diagnostics, run in a fixed order; a story
//! silences a rule for itself with `allow: [rule-name]`.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Severity, plural};
use crate::model::{
    MAX_PRINCIPLES_PER_STORY, MAX_SECONDS, MIN_READY_SECONDS, Part, Status, Story, TARGET_SECONDS,
    spoken_limit,
};
use crate::{overlap, suggest};

/// A named check.
pub struct Rule {
    pub name: &'static str,
    /// What the rule looks for, built from the thresholds it uses.
    describe: fn() -> String,
    check: fn(&[Story]) -> Vec<Diagnostic>,
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
        check: missing_part,
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
        check: too_long,
    },
    Rule {
        name: "too-short",
        describe: || {
            format!(
                "a ready answer takes under {}: too thin to convince",
                spoken_limit(MIN_READY_SECONDS)
            )
        },
        check: too_short,
    },
    Rule {
        name: "unbalanced",
        describe: || "Situation and Task together are longer than the Action".to_string(),
        check: unbalanced,
    },
    Rule {
        name: "result-without-number",
        describe: || "the Result has no number, percentage, amount or time".to_string(),
        check: result_without_number,
    },
    Rule {
        name: "we-not-i",
        describe: || "the Action says \"we\" more often than \"I\"".to_string(),
        check: we_not_i,
    },
    Rule {
        name: "too-many-principles",
        describe: || {
            format!("the story is linked to more than {MAX_PRINCIPLES_PER_STORY} principles")
        },
        check: too_many_principles,
    },
    Rule {
        name: "placeholder",
        describe: || "a ready story still holds TODO, TBD, ??? or an ellipsis".to_string(),
        check: placeholder,
    },
    Rule {
        name: "duplicate-story",
        describe: || "two stories likely tell one story".to_string(),
        check: duplicate_story,
    },
    Rule {
        name: "duplicate-title",
        describe: || "two stories have the same title".to_string(),
        check: duplicate_title,
    },
];

/// Runs every rule over the stories, drops what each story allows, and warns of
/// `allow` entries that name no rule.
pub fn check(stories: &[Story]) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = RULES
        .iter()
        .flat_map(|rule| (rule.check)(stories))
        .collect();
    let by_id: std::collections::HashMap<&str, &Story> =
        stories.iter().map(|s| (s.id.as_str(), s)).collect();
    found.retain(|d| {
        let allowed = |s: &&Story| d.rule.is_some_and(|r| s.allow.iter().any(|a| a == r));
        !d.story
            .as_deref()
            .and_then(|id| by_id.get(id))
            .is_some_and(allowed)
    });
    let names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
    for story in stories {
        for name in &story.allow {
            if !names.contains(&name.as_str()) {
                let near = suggest::nearest(name, names.iter().copied(), 1);
                let hint = match near.first() {
                    Some(n) => format!("did you mean '{n}'?"),
                    None => format!("the rules are {}", names.join(", ")),
                };
                found.push(
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
    }
    found
}

fn finding(
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

/// `a`, `a and b`, `a, b and c`.
fn english_list(items: &[&str]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

fn missing_part(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter_map(|s| {
            let missing = s.missing_parts();
            if missing.is_empty() {
                return None;
            }
            let missing: Vec<&str> = missing.iter().map(|p| p.key()).collect();
            let (message, hint, severity) = match s.status {
                Status::Ready => (
                    format!("marked ready but has no {}", english_list(&missing)),
                    format!(
                        "write the {} or set 'status: draft'",
                        english_list(&missing)
                    ),
                    Severity::Error,
                ),
                Status::Draft => (
                    format!("no {} yet", english_list(&missing)),
                    format!(
                        "write the {}; `lp edit {}` opens the story",
                        english_list(&missing),
                        shell_word(&s.id)
                    ),
                    Severity::Warning,
                ),
            };
            // A ready story is pointed at its `status: ready`, the claim that is not true yet.
            let key = match s.status {
                Status::Ready if s.places.contains_key("status") => "status",
                _ if s.places.contains_key(missing[0]) => missing[0],
                _ => "title",
            };
            let mut d = finding(s, key, "missing-part", message, &hint);
            d.severity = severity;
            Some(d)
        })
        .collect()
}

fn too_long(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| s.spoken_seconds() > MAX_SECONDS)
        .map(|s| {
            finding(
                s,
                "situation",
                "too-long",
                format!(
                    "takes about {} to tell ({} words), over {}",
                    crate::model::format_duration(s.spoken_seconds()),
                    s.spoken_words(),
                    spoken_limit(MAX_SECONDS)
                ),
                &format!(
                    "cut the Situation and Task to a sentence or two each; aim for about {}",
                    spoken_limit(TARGET_SECONDS)
                ),
            )
        })
        .collect()
}

fn too_short(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| s.status == Status::Ready && s.spoken_seconds() < MIN_READY_SECONDS)
        .map(|s| {
            finding(
                s,
                "action",
                "too-short",
                format!(
                    "takes about {} to tell ({} words), under {}",
                    crate::model::format_duration(s.spoken_seconds()),
                    s.spoken_words(),
                    spoken_limit(MIN_READY_SECONDS)
                ),
                &format!(
                    "say more about what you did and what came of it; aim for about {}",
                    spoken_limit(TARGET_SECONDS)
                ),
            )
        })
        .collect()
}

fn words(text: &str) -> usize {
    crate::model::word_count(text)
}

fn unbalanced(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| words(&s.action) > 0 && words(&s.situation) + words(&s.task) > words(&s.action))
        .map(|s| {
            finding(
                s,
                "action",
                "unbalanced",
                format!(
                    "Situation and Task take {} words, the Action only {}",
                    words(&s.situation) + words(&s.task),
                    words(&s.action)
                ),
                "the Action should be about half the answer: shorten the set-up, say more about what you did",
            )
        })
        .collect()
}

/// Words that say how much without a digit.
const NUMBER_WORDS: &[&str] = &[
    "half",
    "twice",
    "double",
    "doubled",
    "triple",
    "tripled",
    "halved",
    "percent",
    "dozen",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "zero",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
];
/// The length of the longest of `NUMBER_WORDS`.
const LONGEST_NUMBER_WORD: usize = "thousands".len();

/// Whether text holds a number, percentage, amount or time.
fn has_number(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '%' | '$' | '€' | '£'))
        || text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() <= LONGEST_NUMBER_WORD)
            .any(|w| {
                NUMBER_WORDS
                    .iter()
                    .any(|known| known.eq_ignore_ascii_case(w))
            })
}

fn result_without_number(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| !s.result.trim().is_empty() && !has_number(&s.result))
        .map(|s| {
            finding(
                s,
                "result",
                "result-without-number",
                "the Result has no number, percentage, amount or time".to_string(),
                "say how much or how fast: \"failures fell from 25% to 2% in a month\"",
            )
        })
        .collect()
}

/// (we, I) counts in a text.
fn we_and_i(text: &str) -> (usize, usize) {
    const WE: &[&str] = &["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours"];
    const I: &[&str] = &[
        "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself",
    ];
    let mut we = 0;
    let mut i = 0;
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        // Longer than any word counted here, even with a curly apostrophe.
        if word.is_empty() || word.len() > "myself".len() + 2 {
            continue;
        }
        let word = if word.is_ascii() {
            word
        } else {
            lower.clear();
            lower.extend(word.chars().map(|c| if c == '’' { '\'' } else { c }));
            &lower
        };
        let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        if is(WE) {
            we += 1;
        } else if is(I) {
            i += 1;
        }
    }
    (we, i)
}

fn we_not_i(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter_map(|s| {
            let (we, i) = we_and_i(&s.action);
            (we > i).then(|| {
                finding(
                    s,
                    "action",
                    "we-not-i",
                    format!(
                        "the Action says \"we\" {} and \"I\" {}",
                        plural(we, "time", "times"),
                        plural(i, "time", "times")
                    ),
                    "interviewers want to hear what you did: say \"I\" for your part",
                )
            })
        })
        .collect()
}

fn too_many_principles(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| s.principles.len() > MAX_PRINCIPLES_PER_STORY)
        .map(|s| {
            finding(
                s,
                "principles",
                "too-many-principles",
                format!(
                    "linked to {} principles; one answer cannot carry more than {MAX_PRINCIPLES_PER_STORY}",
                    s.principles.len()
                ),
                "keep the principles this story shows best, primary first",
            )
        })
        .collect()
}

fn placeholder(stories: &[Story]) -> Vec<Diagnostic> {
    const MARKS: &[&str] = &["TODO", "TBD", "???", "…", "..."];
    let mut out = Vec::new();
    for s in stories.iter().filter(|s| s.status == Status::Ready) {
        let texts = std::iter::once(("title", s.title.as_str()))
            .chain(Part::ALL.into_iter().map(|p| (p.key(), s.part(p))));
        for (key, text) in texts {
            if let Some(mark) = MARKS.iter().find(|m| text.contains(**m)) {
                out.push(finding(
                    s,
                    key,
                    "placeholder",
                    format!("'{key}' still holds '{mark}'"),
                    "finish the text, or set 'status: draft'",
                ));
            }
        }
    }
    out
}

fn story_text(s: &Story) -> String {
    [
        &s.title,
        &s.situation,
        &s.task,
        &s.action,
        &s.result,
        &s.learned,
        &s.notes,
    ]
    .iter()
    .map(|t| t.as_str())
    .collect::<Vec<_>>()
    .join("\n")
}

fn duplicate_story(stories: &[Story]) -> Vec<Diagnostic> {
    let texts: Vec<String> = stories.iter().map(story_text).collect();
    let mut out = Vec::new();
    for (i, j, shared) in overlap::pairs(&texts) {
        for (a, b) in [(i, j), (j, i)] {
            let (s, other) = (&stories[a], &stories[b]);
            out.push(finding(
                s,
                "title",
                "duplicate-story",
                format!(
                    "likely tells the same story as {} ({shared} words in common)",
                    other.path.display()
                ),
                "merge the two into one story linked to both principles, or make each distinct",
            ));
        }
    }
    out
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
            out.push(finding(
                story,
                "title",
                "duplicate-title",
                format!(
                    "the title '{}' is also used by {}",
                    story.title.trim(),
                    others.join(", ")
                ),
                "give each story its own title, or merge the two if they tell one story",
            ));
        }
    }
    out
}

/// The findings of a run over the whole library, grouped by story id.
pub fn by_story(findings: &[Diagnostic]) -> std::collections::HashMap<&str, Vec<&Diagnostic>> {
    let mut grouped: std::collections::HashMap<&str, Vec<&Diagnostic>> =
        std::collections::HashMap::new();
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

/// A story id as it must be typed in a shell: quoted when it holds a space or
/// anything else a shell would read.
/// The id as a word for the shell, quoted where it must be, and after `--` when it
/// would read as an option (`lp edit -- -rf`).
fn shell_word(id: &str) -> String {
    let quoted = shlex::try_quote(id).map_or_else(|_| format!("'{id}'"), |q| q.into_owned());
    if id.starts_with('-') {
        format!("-- {quoted}")
    } else {
        quoted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A ready story that trips no rule: about a minute, balanced, "I", a number.
    fn good(id: &str) -> Story {
        Story {
            id: id.into(),
            path: PathBuf::from(format!("stories/{id}.yaml")),
            title: format!("Story {id}"),
            principles: vec!["ownership".into()],
            status: Status::Ready,
            situation: "Releases failed one night in four and nobody owned the pipeline.".into(),
            task: "I wanted my team to stop losing mornings.".into(),
            action: "I traced thirty failures to a cache key that expired during the build, \
                     moved the key to the commit hash, wrote a runbook for the next person, \
                     and set an alert that paged me instead of a shared inbox that nobody read. \
                     I also walked the platform group through the fix so they could own it, \
                     reviewed their first two changes to the pipeline with them, and handed the \
                     alert over once a month had passed with no failure that I had to chase."
                .into(),
            result: "Failures fell from 25% of nights to under 2% within a month.".into(),
            ..Story::default()
        }
    }

    fn rules(stories: &[Story]) -> Vec<(&'static str, String)> {
        check(stories)
            .into_iter()
            .map(|d| (d.rule.unwrap_or("-"), d.message))
            .collect()
    }

    #[test]
    fn a_good_story_trips_nothing() {
        assert_eq!(rules(&[good("a")]), []);
    }

    #[test]
    fn missing_part_is_an_error_when_ready_and_a_warning_in_a_draft() {
        let mut ready = good("a");
        ready.result.clear();
        ready.task = "  \n".into();
        let mut draft = good("b");
        draft.status = Status::Draft;
        draft.situation.clear();
        let found = check(&[ready, draft]);
        let missing: Vec<_> = found
            .iter()
            .filter(|d| d.rule == Some("missing-part"))
            .collect();
        assert_eq!(missing.len(), 2);
        assert_eq!(missing[0].severity, Severity::Error);
        assert_eq!(
            missing[0].message,
            "marked ready but has no task and result"
        );
        assert_eq!(missing[1].severity, Severity::Warning);
        assert_eq!(missing[1].message, "no situation yet");
    }

    #[test]
    fn length_rules() {
        let mut long = good("long");
        long.action = "word ".repeat(450);
        let found = rules(&[long]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "too-long");
        assert!(found[0].1.starts_with("takes about 3:"), "{}", found[0].1);
        let mut short = good("short");
        short.action = "I fixed the cache key myself in one afternoon.".into();
        let found = rules(&[short.clone()]);
        assert!(found.iter().any(|(r, _)| *r == "too-short"), "{found:?}");
        short.status = Status::Draft;
        assert!(
            !rules(&[short]).iter().any(|(r, _)| *r == "too-short"),
            "drafts may be short"
        );
    }

    #[test]
    fn unbalanced_when_set_up_outweighs_the_action() {
        let mut s = good("a");
        s.situation = "word ".repeat(120);
        let found = rules(&[s]);
        assert!(
            found
                .iter()
                .any(|(r, m)| *r == "unbalanced"
                    && m.starts_with("Situation and Task take 128 words")),
            "{found:?}"
        );
    }

    #[test]
    fn results_need_a_number() {
        let mut s = good("a");
        s.result = "Everyone was much happier afterwards.".into();
        assert_eq!(rules(&[s.clone()])[0].0, "result-without-number");
        let longest = NUMBER_WORDS.iter().map(|w| w.len()).max();
        assert_eq!(longest, Some(LONGEST_NUMBER_WORD));
        for result in [
            "Tickets halved.",
            "Saved $40k.",
            "Done in three weeks.",
            "Cut 30 minutes",
            "Thousands of users came back.",
        ] {
            s.result = result.into();
            assert!(rules(&[s.clone()]).is_empty(), "{result}");
        }
    }

    #[test]
    fn we_outnumbering_i_in_the_action() {
        let mut s = good("a");
        s.action = format!(
            "{} We decided, we built it, our team shipped it with us on call, and we wrote our notes.",
            s.action
        );
        let found = rules(&[s]);
        assert_eq!(
            found,
            [(
                "we-not-i",
                "the Action says \"we\" 6 times and \"I\" 4 times".to_string()
            )]
        );
        let mut s = good("b");
        s.action = format!(
            "{} We shipped it.",
            s.action.replace("I ", "Sam ").replace(" me ", " Sam ")
        );
        assert_eq!(
            rules(&[s]),
            [(
                "we-not-i",
                "the Action says \"we\" 1 time and \"I\" 0 times".to_string()
            )]
        );
    }

    #[test]
    fn we_and_i_are_counted_in_any_case_and_with_curly_apostrophes() {
        assert_eq!(
            we_and_i("We’re sure WE'LL go; I’ve said I'm, MYSELF."),
            (2, 3)
        );
        assert_eq!(we_and_i("Wes Ourselves Mine-field weird"), (0, 1));
        assert_eq!(we_and_i(""), (0, 0));
    }

    #[test]
    fn too_many_principles_and_placeholders() {
        let mut s = good("a");
        s.principles = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        s.result = "Cut failures by 90%. TODO: the exact date".into();
        let found = rules(&[s.clone()]);
        let names: Vec<_> = found.iter().map(|(r, _)| *r).collect();
        assert_eq!(names, ["too-many-principles", "placeholder"]);
        s.status = Status::Draft;
        assert!(
            !rules(&[s]).iter().any(|(r, _)| *r == "placeholder"),
            "a draft may hold TODOs"
        );
    }

    #[test]
    fn duplicate_stories_and_titles_name_each_other() {
        let a = good("a");
        let mut b = good("b");
        b.title = a.title.to_uppercase();
        let found = check(&[a, b]);
        let names: Vec<_> = found
            .iter()
            .map(|d| (d.rule.unwrap(), d.story.clone().unwrap()))
            .collect();
        assert_eq!(
            names,
            [
                ("duplicate-story", "a".to_string()),
                ("duplicate-story", "b".to_string()),
                ("duplicate-title", "a".to_string()),
                ("duplicate-title", "b".to_string()),
            ]
        );
    }

    #[test]
    fn a_story_silences_a_rule_for_itself_and_unknown_rules_are_named() {
        let mut s = good("a");
        s.result = "Everyone was happier.".into();
        s.allow = vec!["result-without-number".into(), "we-not-me".into()];
        let found = check(&[s]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "'we-not-me' is not a check rule");
        assert_eq!(found[0].hint.as_deref(), Some("did you mean 'we-not-i'?"));
    }

    #[test]
    fn ids_in_hints_are_quoted_for_the_shell_when_they_must_be() {
        assert_eq!(shell_word("release-pipeline"), "release-pipeline");
        assert_eq!(shell_word("ünï-cödé"), "'ünï-cödé'");
        assert_eq!(shell_word("my story"), "'my story'");
        assert_eq!(shell_word("it's"), "\"it's\"");
        assert_eq!(shell_word("-rf"), "-- -rf");
    }
}
