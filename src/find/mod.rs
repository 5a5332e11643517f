//! Which principles a question probes and which stories answer it: `lp find`, offline,
//! from the principle set's own words (keywords, names, aliases, questions, summary)
//! and the person's stories. Pure functions over the model.
//!
//! The ranking is BM25 over one weighted document per principle: a term counts more in
//! the keywords and the names than in the questions, and more there than in the
//! summary. Terms are the words of [`words`] (stemmed, words that mean the same read as
//! one, without the words every interview question has) and the pairs of neighbouring
//! words (`root cause`).

use serde::Serialize;

use crate::model::{PrincipleSet, Status, Story};

mod bank;
#[allow(dead_code)] // `train` runs in the build script, and in the tests.
mod learn;
mod rank;
/// The words of a question as `lp find` compares them: lower case, without the words
/// every interview question has, stemmed (Snowball's English stemmer: `innovative`
/// and `innovation` are one word), and with words that mean the same in an interview
/// question made one (`accomplishment` is `achievement`, `boss` is `manager`, `push
/// back` is `disagree`). Nothing there knows a principle set: it works for any.
mod words;

pub use rank::Index;
use words::stems;

/// A principle scoring under this share of the first's does not make a story an answer.
const WEAK: f64 = 0.3;
/// A principle scoring at least this share of the first's is probed as much.
const CLOSE: f64 = 0.85;

/// A principle a question probes.
#[derive(Debug, Clone, Serialize)]
pub struct Probe {
    pub id: String,
    pub name: String,
    pub score: f64,
    /// The question's words that matched, the strongest first.
    pub matched: Vec<String>,
    /// The example question nearest this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub like: Option<String>,
}

/// How sure the reading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reading {
    /// One principle stands out.
    Clear,
    /// Two or more principles are about as likely: the question probes them all.
    Several,
    /// The question's words are far from every example: the ranking is a guess.
    Guess,
    /// The question has no word that says what it is about.
    Nothing,
}

/// A story that answers the question.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub id: String,
    pub title: String,
    pub status: Status,
    pub seconds: usize,
    pub score: f64,
    /// Why, in a few words.
    pub reason: String,
}

/// An unwritten story for a principle the question probes.
#[derive(Debug, Clone, Serialize)]
pub struct ToWrite {
    pub id: String,
    pub title: String,
    pub principle: String,
}

/// What `lp find` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    pub question: String,
    pub reading: Reading,
    pub principles: Vec<Probe>,
    pub stories: Vec<Answer>,
    pub to_write: Vec<ToWrite>,
}

/// The principles `question` most likely probes (at most `limit`) and the written
/// stories that answer it best (at most `limit`): a story that lists a like question
/// first, then by its principles' scores (primary links count more), how ready it is
/// and the words it shares with the question. Unwritten stories of the likely
/// principles are named as to write.
pub fn find(set: &PrincipleSet, stories: &[Story], question: &str, limit: usize) -> Found {
    find_with(set, stories, &[], question, limit)
}

/// As `find`, with the person's own questions as examples too.
pub fn find_with(
    set: &PrincipleSet,
    stories: &[Story],
    own: &[crate::questions::Question],
    question: &str,
    limit: usize,
) -> Found {
    let asked = Asked::new(question);
    let shared: Vec<usize> = stories.iter().map(|s| asked.shared(s)).collect();
    find_sharing(set, stories, &shared, own, question, limit)
}

/// The words of a question, to count those a story's answer shares with it.
pub struct Asked(rustc_hash::FxHashSet<String>);

impl Asked {
    pub fn new(question: &str) -> Asked {
        Asked(stems(question))
    }

    /// How many of the question's words a story holds: a written story's title and
    /// STAR parts, an unwritten one's title and notes. This is what `find` takes of each
    /// story's text (`lp find` takes it as each story is read).
    pub fn shared(&self, s: &Story) -> usize {
        let text = if s.is_written() {
            format!(
                "{} {} {} {} {}",
                s.title,
                s.part(crate::model::Part::Situation),
                s.part(crate::model::Part::Task),
                s.part(crate::model::Part::Action),
                s.part(crate::model::Part::Result)
            )
        } else {
            format!("{} {}", s.title, s.notes)
        };
        // The question's terms the text holds, each once: a question has a few.
        let mut held: Vec<&str> = Vec::new();
        words::each_word(&text, |term, _, _| {
            if let Some(asked) = self.0.get(term)
                && !held.contains(&asked.as_str())
            {
                held.push(asked);
            }
        });
        held.len()
    }
}

/// As `find_with`, given for each of `stories` the words of the question it shares
/// (`Asked::shared`): the stories may be outlines.
pub fn find_sharing(
    set: &PrincipleSet,
    stories: &[Story],
    shared: &[usize],
    own: &[crate::questions::Question],
    question: &str,
    limit: usize,
) -> Found {
    let index = Index::with_own(set, stories, own);
    let (ranked, far) = index.rank(question);
    let ranked: Vec<Probe> = ranked
        .into_iter()
        .map(|r| Probe {
            id: r.principle.id.clone(),
            name: r.principle.name.clone(),
            score: r.score,
            matched: r.matched,
            like: r
                .nearest
                .filter(|(_, near)| *near >= rank::FAR)
                .map(|(q, _)| q),
        })
        .collect();
    let top = ranked.first().map_or(1.0, |p| p.score).max(f64::EPSILON);
    let strength = |id: &str| -> f64 {
        ranked
            .iter()
            .position(|p| p.id == id)
            .filter(|&i| i < limit.max(3) && ranked[i].score >= top * WEAK)
            .map_or(0.0, |i| ranked[i].score / top)
    };
    let asked = stems(question);
    let name = |id: &str| set.get(id).map_or(id.to_string(), |p| p.name.clone());
    let mut answers: Vec<Answer> = stories
        .iter()
        .zip(shared)
        .filter(|(s, _)| s.is_written())
        .filter_map(|(s, &shared)| {
            let like = s
                .questions
                .iter()
                .map(|q| {
                    let theirs = stems(q);
                    let shared = asked.intersection(&theirs).count();
                    shared as f64 / asked.len().max(theirs.len()).max(1) as f64
                })
                .fold(0.0, f64::max);
            let (best, link) = s
                .principles
                .iter()
                .enumerate()
                .map(|(i, p)| (strength(p) * if i == 0 { 1.0 } else { 0.6 }, p))
                .max_by(|a, b| a.0.total_cmp(&b.0))?;
            if like < 0.5 && best <= 0.0 {
                return None;
            }
            let content = shared as f64 / asked.len().max(1) as f64;
            let ready = if s.status == Status::Ready { 0.1 } else { 0.0 };
            let score = 2.0 * like + best + 0.3 * content + ready;
            let reason = if like >= 0.5 {
                "it lists a question like this one".to_string()
            } else {
                format!(
                    "{}{}",
                    name(link),
                    if s.principles.first() == Some(link) {
                        " (primary)"
                    } else {
                        ""
                    }
                )
            };
            Some(Answer {
                id: s.id.clone(),
                title: s.title.clone(),
                status: s.status,
                seconds: s.spoken_seconds(),
                score,
                reason,
            })
        })
        .collect();
    answers.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    answers.truncate(limit);
    let content = !words::words(question).is_empty();
    let reading = match ranked.first() {
        None if content => Reading::Guess,
        None => Reading::Nothing,
        Some(_) if far => Reading::Guess,
        Some(_) if ranked.get(1).is_some_and(|p| p.score >= top * CLOSE) => Reading::Several,
        Some(_) => Reading::Clear,
    };
    let mut principles: Vec<Probe> = ranked.into_iter().take(limit.max(1)).collect();
    if principles.is_empty() && content {
        // Words, but none any example or principle has: still an answer, marked a guess.
        principles = set
            .principles
            .iter()
            .take(limit.max(1))
            .map(|p| Probe {
                id: p.id.clone(),
                name: p.name.clone(),
                score: 0.0,
                matched: Vec::new(),
                like: None,
            })
            .collect();
    }
    // By the principle they would answer, then by the words their title and notes
    // share with the question.
    let mut to_write: Vec<(usize, usize, ToWrite)> = stories
        .iter()
        .zip(shared)
        .filter(|(s, _)| !s.is_written())
        .filter_map(|(s, &shared)| {
            let rank = principles
                .iter()
                .position(|p| s.principles.contains(&p.id))?;
            Some((
                rank,
                shared,
                ToWrite {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    principle: principles[rank].name.clone(),
                },
            ))
        })
        .collect();
    to_write.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let to_write = to_write.into_iter().map(|(_, _, w)| w).collect();
    Found {
        question: question.trim().to_string(),
        reading,
        principles,
        stories: answers,
        to_write,
    }
}

#[cfg(test)]
// The evaluation prints its figures and misses: `cargo test --lib find -- --nocapture`.
#[allow(clippy::print_stdout)]
mod tests {
    use super::*;

    /// An evaluation set: (principle ids, question).
    pub fn evaluation(text: &str) -> Vec<(Vec<String>, String)> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let (ids, q) = l.split_once('\t').expect("ids TAB question");
                (ids.split(',').map(str::to_string).collect(), q.to_string())
            })
            .collect()
    }

    /// How often the right principle is first, and in the top three, over the
    /// evaluation set; with the misses, for `cargo test -- --nocapture`.
    pub fn measure(text: &str) -> (usize, usize, usize) {
        measure_with(text, rank::WEIGHTS, true)
    }

    pub fn measure_with(text: &str, weights: rank::Weights, show: bool) -> (usize, usize, usize) {
        let set = crate::principles::builtin();
        let index = Index::with(&set, &[], &[], weights);
        let cases = evaluation(text);
        let (mut first, mut three) = (0, 0);
        for (ids, q) in &cases {
            let (ranked, _) = index.rank(q);
            let top: Vec<&str> = ranked
                .iter()
                .take(3)
                .map(|p| p.principle.id.as_str())
                .collect();
            if top.first().is_some_and(|t| ids.iter().any(|i| i == t)) {
                first += 1;
            } else if show {
                println!("miss@1 {ids:?} {q}\n    got {top:?}");
            }
            if top.iter().any(|t| ids.iter().any(|i| i == t)) {
                three += 1;
            }
        }
        (first, three, cases.len())
    }

    #[test]
    fn the_evaluation_set_stays_above_its_floor() {
        let (first, three, n) = measure(include_str!("../../bench/find-questions.tsv"));
        println!("first: {first}/{n}, top three: {three}/{n}");
        assert!(n >= 60, "{n} questions");
        // Floors below the figures in BENCHMARKS.md (71 and 67 of 71), so that a
        // change that makes the ranking worse fails here; not today's exact result.
        assert!(three * 100 >= n * 95, "top three: {three}/{n}");
        assert!(first * 100 >= n * 88, "first: {first}/{n}");
    }

    #[test]
    fn the_held_out_set_stays_above_its_floor() {
        let (first, three, n) = measure(include_str!("../../bench/find-holdout.tsv"));
        println!("held out: first: {first}/{n}, top three: {three}/{n}");
        assert!(n >= 30, "{n} questions");
        // 31 and 27 of 32 since the stemmer and the words that mean the same (see
        // BENCHMARKS.md). The floors are below that.
        assert!(three * 100 >= n * 90, "top three: {three}/{n}");
        assert!(first * 100 >= n * 75, "first: {first}/{n}");
    }

    #[test]
    fn a_word_misspelt_is_read_as_the_known_word_it_is_most_like() {
        let set = crate::principles::builtin();
        let index = Index::new(&set, &[]);
        let (ranked, far) = index.rank("Tell me about your most difficult custmer");
        assert_eq!(ranked[0].principle.id, "customer-obsession");
        assert!(!far);
        // Too short to guess from, and nothing like it: not read at all.
        let (ranked, far) = index.rank("qqq zzzzzz");
        assert!(ranked.is_empty() && far);
    }

    #[test]
    fn high_in_a_compound_says_how_much_not_which_standard() {
        // "High-pressure" is pressure, not the high bar of a principle's standards.
        let set = crate::principles::builtin();
        let index = Index::new(&set, &[]);
        let (ranked, _) =
            index.rank("Tell me about a time when you had to deal with a high-pressure situation");
        assert_ne!(ranked[0].principle.id, "insist-on-the-highest-standards");
        let (ranked, _) = index.rank("Tell me about a time you held a very high bar");
        assert_eq!(ranked[0].principle.id, "insist-on-the-highest-standards");
    }

    #[test]
    fn a_question_far_from_every_example_is_a_guess_and_one_near_is_not() {
        let set = crate::principles::builtin();
        let found = find(&set, &[], "Who is your favourite philosopher?", 3);
        assert_eq!(found.reading, Reading::Guess, "{found:?}");
        assert_eq!(found.principles.len(), 3);
        let found = find(
            &set,
            &[],
            "Tell me about a time you improved team morale",
            3,
        );
        assert_eq!(found.principles[0].id, "strive-to-be-earths-best-employer");
        assert_ne!(found.reading, Reading::Guess);
        let found = find(&set, &[], "What about it?", 3);
        assert_eq!(found.reading, Reading::Nothing);
        assert!(found.principles.is_empty());
    }

    /// A search over the weights on the in-repository sets and development sets
    /// outside it (paths joined by `:`):
    /// `LP_FIND_DEV=A.tsv:B.tsv cargo test --release --lib weights -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn search_the_weights() {
        let mut sets = vec![
            (
                "in-repo".to_string(),
                include_str!("../../bench/find-questions.tsv").to_string(),
            ),
            (
                "held-out".to_string(),
                include_str!("../../bench/find-holdout.tsv").to_string(),
            ),
        ];
        let dev = std::env::var("LP_FIND_DEV").unwrap_or_default();
        for path in dev.split(':').filter(|p| !p.is_empty()) {
            sets.push((path.to_string(), std::fs::read_to_string(path).unwrap()));
        }
        for bank in [0.0, 0.3, 0.6] {
            for text in [0.5, 1.0, 2.0] {
                for text_strong in [4.0, 8.0] {
                    for nearest in [[1.0, 0.0, 0.0], [1.0, 0.5, 0.25]] {
                        let w = rank::Weights {
                            bank,
                            examples: 1.0,
                            text,
                            text_strong,
                            nearest,
                            probe: rank::WEIGHTS.probe,
                            named: rank::WEIGHTS.named,
                            learned: rank::WEIGHTS.learned,
                        };
                        let r: Vec<String> = sets
                            .iter()
                            .map(|(_, s)| {
                                let (f, t, n) = measure_with(s, w, false);
                                format!("{f}/{t}/{n}")
                            })
                            .collect();
                        println!(
                            "bank {bank} text {text} strong {text_strong} nearest {nearest:?}: {}",
                            r.join("  ")
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_follow_ups_after_the_ask_count_less_than_the_ask() {
        let parts = rank::asked(
            "Trust takes time to build. Tell me how you built it with a new team. \
             What did you learn? What was the outcome?",
            0.3,
        );
        let weights: Vec<f64> = parts.iter().map(|(_, w)| *w).collect();
        // The preamble and the ask in full, each follow-up less.
        assert_eq!(weights, [1.0, 1.0, 0.3, 0.3], "{parts:?}");
        // One sentence is all ask; a question with no stop is one part.
        assert_eq!(rank::asked("Tell me about a time you failed", 0.3).len(), 1);
        // A first sentence that is a question is the ask.
        let parts = rank::asked("Why did you leave? Tell me more.", 0.3);
        assert_eq!(parts[1].1, 0.3, "{parts:?}");
    }

    #[test]
    fn a_follow_up_does_not_outweigh_the_ask() {
        let set = crate::principles::builtin();
        // "learn" is only in the interviewer's usual follow-up.
        let q = "Tell me about a time you cut the cost of running a service. \
                 What did you learn from it?";
        let share = |probe: f64| {
            let index = Index::with(
                &set,
                &[],
                &[],
                rank::Weights {
                    probe,
                    ..rank::WEIGHTS
                },
            );
            let (ranked, _) = index.rank(q);
            let of = |id: &str| {
                ranked
                    .iter()
                    .find(|r| r.principle.id == id)
                    .map_or(0.0, |r| r.score)
            };
            assert_eq!(ranked[0].principle.id, "frugality");
            of("learn-and-be-curious") / of("frugality")
        };
        assert!(share(rank::WEIGHTS.probe) < 0.8 * share(1.0));
    }

    #[test]
    fn a_question_that_names_a_principle_leans_to_it() {
        let set = crate::principles::builtin();
        let score = |q: &str, id: &str, named: f64| {
            let index = Index::with(
                &set,
                &[],
                &[],
                rank::Weights {
                    named,
                    ..rank::WEIGHTS
                },
            );
            let (ranked, _) = index.rank(q);
            ranked
                .iter()
                .find(|r| r.principle.id == id)
                .map_or(0.0, |r| r.score)
        };
        let q = "Give an example of when you showed ownership of a problem.";
        let with = score(q, "ownership", rank::WEIGHTS.named);
        let without = score(q, "ownership", 0.0);
        assert!(
            (with - without - rank::WEIGHTS.named).abs() < 1e-9,
            "{with} {without}"
        );
        // A word that is only an alias of one word ("trust") does not name Earn Trust,
        // and a name must be whole words ("thinking bigger" is not "Think Big").
        for (q, id) in [
            (
                "Tell me about a time you built trust with a client.",
                "earn-trust",
            ),
            (
                "Tell me about a time you were thinking bigger than your team.",
                "think-big",
            ),
        ] {
            assert_eq!(score(q, id, rank::WEIGHTS.named), score(q, id, 0.0), "{q}");
        }
        let index = Index::new(&set, &[]);
        assert_eq!(
            index
                .rank("Provide an example of when you personally demonstrated ownership.")
                .0[0]
                .principle
                .id,
            "ownership"
        );
    }
}
