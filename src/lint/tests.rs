//! Each rule, tripped and not.

use super::rules::*;
use super::*;
use crate::diagnostic::Severity;
use crate::model::{Part, Status};
use std::path::PathBuf;

/// A ready story that trips no rule: about a minute, balanced, "I", a number.
fn good(id: &str) -> Story {
    Story {
        id: id.into(),
        path: PathBuf::from(format!("stories/{id}.yaml")),
        title: format!("Story {id}"),
        parts: crate::model::parts([
            (
                crate::model::Part::Situation,
                "Releases failed one night in four and nobody owned the pipeline.".into(),
            ),
            (
                crate::model::Part::Task,
                "I wanted my team to stop losing mornings.".into(),
            ),
            (
                crate::model::Part::Action,
                ("I traced thirty failures to a cache key that expired during the build, \
                 moved the key to the commit hash, wrote a runbook for the next person, \
                 and set an alert that paged me instead of a shared inbox that nobody read. \
                 I also walked the platform group through the fix so they could own it, \
                 reviewed their first two changes to the pipeline with them, and handed the \
                 alert over once a month had passed with no failure that I had to chase.")
                    .into(),
            ),
            (
                crate::model::Part::Result,
                "Failures fell from 25% of nights to under 2% within a month.".into(),
            ),
        ]),
        principles: vec!["ownership".into()],
        status: Status::Ready,
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
    ready.part_mut(Part::Result).clear();
    *ready.part_mut(Part::Task) = "  \n".into();
    let mut draft = good("b");
    draft.status = Status::Draft;
    draft.part_mut(Part::Situation).clear();
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
    *long.part_mut(Part::Action) = "word ".repeat(450);
    let found = rules(&[long]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "too-long");
    assert!(found[0].1.starts_with("takes about 3:"), "{}", found[0].1);
    let mut short = good("short");
    *short.part_mut(Part::Action) = "I fixed the cache key myself in one afternoon.".into();
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
    *s.part_mut(Part::Situation) = "word ".repeat(120);
    let found = rules(&[s]);
    assert!(
        found
            .iter()
            .any(|(r, m)| *r == "unbalanced" && m.starts_with("Situation and Task take 128 words")),
        "{found:?}"
    );
}

#[test]
fn results_need_a_number() {
    let mut s = good("a");
    *s.part_mut(Part::Result) = "Everyone was much happier afterwards.".into();
    assert_eq!(rules(&[s.clone()])[0].0, "result-without-number");
    for result in [
        "Tickets halved.",
        "Saved $40k.",
        "Done in three weeks.",
        "Cut 30 minutes",
        "Thousands of users came back.",
        // A fraction or a fold says how much too.
        "The energy bill fell by a fifth.",
        "Support calls fell by two thirds.",
        "Throughput grew tenfold.",
    ] {
        *s.part_mut(Part::Result) = result.into();
        assert!(rules(&[s.clone()]).is_empty(), "{result}");
    }
}

#[test]
fn we_outnumbering_i_in_the_action() {
    let mut s = good("a");
    *s.part_mut(Part::Action) = format!(
        "{} We decided, we built it, our team shipped it with us on call, and we wrote our notes.",
        s.part(Part::Action)
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
    *s.part_mut(Part::Action) = format!(
        "{} We shipped it.",
        s.part(Part::Action)
            .replace("I ", "Sam ")
            .replace(" me ", " Sam ")
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
    *s.part_mut(Part::Result) = "Cut failures by 90%. TODO: the exact date".into();
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
    *s.part_mut(Part::Result) = "Everyone was happier.".into();
    s.allow = vec!["result-without-number".into(), "we-not-me".into()];
    let found = check(&[s]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "'we-not-me' is not a check rule");
    assert_eq!(found[0].hint.as_deref(), Some("did you mean 'we-not-i'?"));
}

#[test]
fn ids_in_hints_are_quoted_for_the_shell_when_they_must_be() {
    assert_eq!(
        crate::shell::operand("release-pipeline"),
        "release-pipeline"
    );
    assert_eq!(crate::shell::operand("ünï-cödé"), "'ünï-cödé'");
    assert_eq!(crate::shell::operand("my story"), "'my story'");
    assert_eq!(crate::shell::operand("it's"), "\"it's\"");
    assert_eq!(crate::shell::operand("-rf"), "-- -rf");
}

#[test]
fn control_characters_are_pointed_out_once_a_field_and_can_be_allowed() {
    let mut s = good("a");
    s.title = "Red \u{1b}[31m title \u{1b}]0;x\u{7}".into();
    s.notes = "fine".into();
    s.tags = vec!["ok".into(), "\u{202e}rtl".into()];
    assert_eq!(
        rules(std::slice::from_ref(&s)),
        [
            (
                "control-character",
                "'title' holds a control character, \\e, which lp shows as text".to_string()
            ),
            (
                "control-character",
                "'tags' holds a control character, \\u{202e}, which lp shows as text".to_string()
            ),
        ]
    );
    s.allow = vec!["control-character".into()];
    assert_eq!(rules(&[s]), []);
}

#[test]
fn the_missing_part_hint_works_for_an_id_that_starts_with_a_dash() {
    let mut s = good("-rf");
    s.status = Status::Draft;
    *s.part_mut(Part::Result) = String::new();
    let found = check(&[s]);
    let hint = found
        .iter()
        .find(|d| d.rule == Some("missing-part"))
        .and_then(|d| d.hint.clone())
        .unwrap();
    assert_eq!(
        hint,
        "write the result; `lp write -- -rf` takes you through them"
    );
}

#[test]
fn one_alone_is_not_an_amount_but_a_unit_of_time_is() {
    use super::rules::has_number;
    assert!(!has_number(
        "The team read it in one sitting and no one objected."
    ));
    assert!(has_number("The build took one hour instead of a week."));
    assert!(has_number("Failures fell by half."));
    assert!(has_number("We shipped 2 releases."));
}

#[test]
fn the_rules_find_the_same_over_outlines_with_digests_as_over_whole_stories() {
    // Two stories telling one story (one allowing nothing, one allowing a rule), a
    // title twice, a draft with a part missing, an unknown rule allowed.
    let a = good("a");
    let mut b = good("b");
    b.title = a.title.to_uppercase();
    *b.part_mut(Part::Result) = "Everyone was happier.".into();
    let mut c = good("c");
    c.title = "Another one".into();
    c.status = Status::Draft;
    *c.part_mut(Part::Task) = String::new();
    c.allow = vec!["duplicate-story".into(), "no-such-rule".into()];
    let mut d = good("d");
    d.title = "A third".into();
    d.allow = vec!["duplicate-title".into()];
    let stories = [a, b, c, d];
    let whole = check(&stories);
    assert!(whole.iter().any(|f| f.rule == Some("duplicate-story")));
    assert!(whole.iter().any(|f| f.rule == Some("missing-part")));
    let digests: Vec<Digest> = stories.iter().map(digest).collect();
    let outlines: Vec<Story> = stories.iter().cloned().map(Story::outline).collect();
    let mut from_outlines = across(&outlines, digests);
    let mut whole = whole;
    crate::diagnostic::sort(&mut whole);
    crate::diagnostic::sort(&mut from_outlines);
    assert_eq!(from_outlines, whole);
}

#[test]
fn ascii_text_is_read_for_numbers_and_pronouns_as_any_text_is() {
    // A word of non-ASCII letters that is neither sends a text down the general path.
    let pieces = [
        "I",
        "i'm",
        "WE'LL",
        "we",
        "Us",
        "our",
        "ours",
        "MINE",
        "myself",
        "Wes",
        "weird",
        "half",
        "HALF",
        "Dozen",
        "one",
        "hour",
        "2",
        "%",
        "$",
        "it's",
        "'",
        "-",
        "ok",
        "Ourselves",
        "mine-field",
    ];
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..2000 {
        let text: String = (0..rng.usize(0..12))
            .map(|_| pieces[rng.usize(..pieces.len())])
            .collect::<Vec<_>>()
            .join(if rng.bool() { " " } else { ", " });
        let general = format!("{text} é");
        assert!(!general.is_ascii());
        assert_eq!(has_number(&text), has_number(&general), "{text:?}");
        assert_eq!(we_and_i(&text), we_and_i(&general), "{text:?}");
    }
}

#[test]
fn a_placeholder_is_the_first_mark_a_text_holds_in_the_order_of_the_marks() {
    let pieces = [
        "TODO", "TBD", "TB", "T", "???", "??", "?", "…", "...", "..", ".", "To do", "done", " ",
        "日本", "é",
    ];
    let mut rng = fastrand::Rng::with_seed(11);
    for _ in 0..3000 {
        let text: String = (0..rng.usize(0..8))
            .map(|_| pieces[rng.usize(..pieces.len())])
            .collect();
        let expected = MARKS.into_iter().find(|m| text.contains(m));
        assert_eq!(placeholder_in(&text), expected, "{text:?}");
    }
}
