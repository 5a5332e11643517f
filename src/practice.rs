//! The practice drill's pure parts: the log of rounds kept in the library's `.lp/`
//! folder, which principle to practise next, the outline of the story to tell, and how
//! an answer's time compares with the target.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::coverage::{Coverage, Standing};
use crate::model::{
    MAX_SECONDS, MIN_READY_SECONDS, Part, Status, Story, TARGET_SECONDS, first_sentence,
};

/// One practised round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// When, in seconds since 1970 (UTC).
    pub at: u64,
    pub principle: String,
    pub question: String,
    /// How long the answer took.
    pub seconds: u64,
    /// The story the outline showed, if there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
}

/// A round shorter than this is asked about: a skipped question, or a slip of Enter.
pub const SHORT_ROUND_SECONDS: u64 = 5;

/// The earliest time a round can have been practised: 2000-01-01 (UTC).
const EARLIEST: u64 = 946_684_800;

/// Whether lp could have written a round at `round.at`, `now` seconds since 1970: not
/// before 2000, and not more than a day after now. A log line that fails this was
/// edited or torn, and is passed over.
pub fn possible(round: &Round, now: u64) -> bool {
    (EARLIEST..=now.saturating_add(86_400)).contains(&round.at)
}

/// When each principle was last practised.
pub fn last_practised(rounds: &[Round]) -> HashMap<String, u64> {
    let mut last: HashMap<String, u64> = HashMap::new();
    for r in rounds {
        let entry = last.entry(r.principle.clone()).or_default();
        *entry = (*entry).max(r.at);
    }
    last
}

/// An index drawn with probability proportional to its weight; `None` when every
/// weight is zero.
pub fn weighted(rng: &mut fastrand::Rng, weights: &[u64]) -> Option<usize> {
    let total: u64 = weights.iter().sum();
    if total == 0 {
        return None;
    }
    let mut pick = rng.u64(..total);
    for (i, w) in weights.iter().enumerate() {
        if pick < *w {
            return Some(i);
        }
        pick -= w;
    }
    None
}

/// How much each principle should be drawn: gaps most, then thin ones, and the less a
/// principle has been practised, the more.
pub fn weights(coverage: &Coverage, rounds: &[Round]) -> Vec<u64> {
    coverage
        .rows
        .iter()
        .map(|row| {
            let base = match row.standing {
                Standing::Gap => 40,
                Standing::Thin => 20,
                Standing::Covered => 10,
            };
            let times = rounds.iter().filter(|r| r.principle == row.id).count() as u64;
            base * 12 / (1 + times).min(12)
        })
        .collect()
}

/// The story to outline for a principle: a written one, ready before draft, primary
/// before secondary. An unwritten story is never the one to tell.
pub fn story_for<'a>(stories: &'a [Story], principle: &str) -> Option<&'a Story> {
    stories
        .iter()
        .filter(|s| s.is_written() && s.principles.iter().any(|p| p == principle))
        .max_by_key(|s| {
            (
                s.status == Status::Ready,
                s.principles.first().map(String::as_str) == Some(principle),
                std::cmp::Reverse(s.id.clone()),
            )
        })
}

/// The outline of a story: each STAR part's first sentence.
pub fn outline(story: &Story) -> Vec<(Part, String)> {
    Part::STAR
        .into_iter()
        .map(|part| {
            let sentence = first_sentence(story.part(part));
            let sentence = if sentence.is_empty() {
                "(not written yet)".to_string()
            } else {
                sentence
            };
            (part, sentence)
        })
        .collect()
}

/// How an answer's length compares with the two-minute target.
pub fn verdict(seconds: u64) -> &'static str {
    let target = TARGET_SECONDS as u64;
    match seconds {
        s if s < MIN_READY_SECONDS as u64 => {
            "short: say more about what you did and what came of it"
        }
        s if s <= target + 30 => "on target",
        s if s <= MAX_SECONDS as u64 => "a little long: tighten the situation",
        _ => "too long: cut the set-up to a sentence or two",
    }
}

/// `YYYY-MM-DD` of a time in seconds since 1970 (UTC).
pub fn date(seconds: u64) -> String {
    crate::date::Day::of_seconds(seconds).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{coverage, principles};

    #[test]
    fn dates_are_civil() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_795_478_400), "2026-11-24");
    }

    #[test]
    fn rounds_lp_could_not_have_written_are_not_possible() {
        let round = |at: u64| Round {
            at,
            principle: "ownership".into(),
            question: "Q".into(),
            seconds: 90,
            story: None,
        };
        let now = 1_795_478_400;
        assert!(possible(&round(1_700_000_000), now));
        assert!(possible(&round(now + 3_600), now));
        assert!(!possible(&round(5), now));
        assert!(!possible(&round(u64::MAX), now));
        assert!(!possible(&round(now + 86_401), now));
        assert_eq!(
            last_practised(&[round(1_700_000_000), round(now + 3_600)])["ownership"],
            now + 3_600
        );
    }

    #[test]
    fn gaps_and_unpractised_principles_weigh_more() {
        let set = principles::builtin();
        let stories = [Story {
            parts: crate::model::parts([(crate::model::Part::Result, "It worked.".into())]),
            id: "a".into(),
            principles: vec!["ownership".into(), "dive-deep".into()],
            ..Story::default()
        }];
        let c = coverage::compute(&set, &stories, &["ownership".into(), "frugality".into()], 2);
        let round = |p: &str| Round {
            at: 1,
            principle: p.into(),
            question: String::new(),
            seconds: 60,
            story: None,
        };
        assert_eq!(
            weights(&c, &[]),
            [240, 480],
            "thin ownership, gap frugality"
        );
        assert_eq!(
            weights(&c, &[round("frugality"), round("frugality")]),
            [240, 160]
        );
        let mut rng = fastrand::Rng::with_seed(42);
        let mut counts = [0; 2];
        for _ in 0..3000 {
            counts[weighted(&mut rng, &[1, 3]).unwrap()] += 1;
        }
        assert!(counts[1] > counts[0] * 2, "{counts:?}");
        assert_eq!(weighted(&mut rng, &[0, 0]), None);
    }

    #[test]
    fn outlines_and_verdicts() {
        let story = Story {
            parts: crate::model::parts([
                (
                    crate::model::Part::Situation,
                    "Builds were slow. Everyone waited.".into(),
                ),
                (
                    crate::model::Part::Action,
                    "I cached the generated file".into(),
                ),
            ]),
            ..Story::default()
        };
        let lines = outline(&story);
        assert_eq!(lines[0], (Part::Situation, "Builds were slow.".to_string()));
        assert_eq!(lines[1], (Part::Task, "(not written yet)".to_string()));
        assert_eq!(
            verdict(30),
            "short: say more about what you did and what came of it"
        );
        assert_eq!(verdict(130), "on target");
        assert_eq!(
            verdict(200),
            "too long: cut the set-up to a sentence or two"
        );
    }

    #[test]
    fn the_story_to_outline_prefers_ready_and_primary() {
        let s = |id: &str, principles: &[&str], status| Story {
            parts: crate::model::parts([(crate::model::Part::Situation, "Once.".into())]),
            id: id.into(),
            principles: principles.iter().map(|p| p.to_string()).collect(),
            status,
            ..Story::default()
        };
        let stories = [
            s("draft-primary", &["ownership"], Status::Draft),
            s(
                "ready-secondary",
                &["dive-deep", "ownership"],
                Status::Ready,
            ),
            s("ready-primary", &["ownership"], Status::Ready),
        ];
        assert_eq!(
            story_for(&stories, "ownership").unwrap().id,
            "ready-primary"
        );
        assert!(story_for(&stories, "frugality").is_none());
        let unwritten = Story {
            parts: crate::model::parts([(crate::model::Part::Situation, String::new())]),
            ..s("idea", &["frugality"], Status::Ready)
        };
        assert!(story_for(&[unwritten], "frugality").is_none());
    }
}
