//! Which principles a question probes and which stories answer it: `lp find`, offline,
//! from the principle set's own words (keywords, names, aliases, questions, summary)
//! and the person's stories. Pure functions over the model.
//!
//! The ranking is BM25 over one weighted document per principle: a term counts more in
//! the keywords and the names than in the questions, and more there than in the
//! summary. Terms are the words of [`words`] (stemmed, words that mean the same read as
//! one, without the words every interview question has) and the pairs of neighbouring
//! words (`root cause`).

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use crate::model::{Principle, PrincipleSet, Status, Story};

mod words;

use words::{stems, terms, words};

/// How much a word counts in each part of a principle.
const KEYWORD: f64 = 3.0;
const NAME: f64 = 2.5;
const QUESTION: f64 = 1.0;
const SUMMARY: f64 = 0.6;
/// BM25's saturation and length normalisation.
const K1: f64 = 1.2;
const B: f64 = 0.3;

/// A principle scoring under this share of the first's is not shown.
const WEAK: f64 = 0.3;

/// A principle as the ranking sees it.
struct Document<'a> {
    principle: &'a Principle,
    weights: FxHashMap<String, f64>,
    length: f64,
}

/// The principle set, ready to rank questions against.
pub struct Index<'a> {
    documents: Vec<Document<'a>>,
    idf: FxHashMap<String, f64>,
    average: f64,
}

impl<'a> Index<'a> {
    pub fn new(set: &'a PrincipleSet) -> Index<'a> {
        let documents: Vec<Document> = set
            .principles
            .iter()
            .map(|p| {
                let mut weights: FxHashMap<String, f64> = FxHashMap::default();
                let mut add = |text: &str, weight: f64| {
                    for t in terms(text) {
                        *weights.entry(t).or_default() += weight;
                    }
                };
                for k in &p.keywords {
                    add(k, KEYWORD);
                }
                add(&p.name, NAME);
                for a in &p.aliases {
                    add(a, NAME);
                }
                for q in &p.questions {
                    add(q, QUESTION);
                }
                add(&p.summary, SUMMARY);
                let length = weights.values().sum();
                Document {
                    principle: p,
                    weights,
                    length,
                }
            })
            .collect();
        let n = documents.len() as f64;
        let mut df: FxHashMap<String, f64> = FxHashMap::default();
        for d in &documents {
            for t in d.weights.keys() {
                *df.entry(t.clone()).or_default() += 1.0;
            }
        }
        let idf = df
            .into_iter()
            .map(|(t, df)| (t, (1.0 + (n - df + 0.5) / (df + 0.5)).ln()))
            .collect();
        let average = documents.iter().map(|d| d.length).sum::<f64>() / n.max(1.0);
        Index {
            documents,
            idf,
            average,
        }
    }

    /// Every principle with a score above zero, best first, with what matched.
    pub fn rank(&self, question: &str) -> Vec<Probe> {
        let query = words(question);
        let asked: FxHashSet<String> = query.iter().map(|(term, _)| term.clone()).collect();
        // Each term once, with the question's words it stands for: one word (or phrase),
        // or the two of a pair.
        // Only terms some principle has can score: the rest are passed over here, so
        // that a long question costs one look-up a word, not a comparison a pair.
        let mut seen: FxHashSet<String> = FxHashSet::default();
        let mut unique: Vec<(String, Vec<&str>)> = Vec::new();
        for (term, word) in &query {
            if self.idf.contains_key(term) && seen.insert(term.clone()) {
                unique.push((term.clone(), vec![word.as_str()]));
            }
        }
        for pair in query.windows(2).filter(|w| w[0].0 != w[1].0) {
            let term = format!("{} {}", pair[0].0, pair[1].0);
            if self.idf.contains_key(&term) && seen.insert(term.clone()) {
                unique.push((term, vec![pair[0].1.as_str(), pair[1].1.as_str()]));
            }
        }
        let mut probes: Vec<Probe> = self
            .documents
            .iter()
            .filter_map(|d| {
                let mut score = 0.0;
                // The question's words that matched, each with what it brought.
                let mut matched: Vec<(&str, f64)> = Vec::new();
                for (term, shown) in &unique {
                    let Some(&w) = d.weights.get(term) else {
                        continue;
                    };
                    let idf = self.idf.get(term).copied().unwrap_or(0.0);
                    let norm = 1.0 - B + B * d.length / self.average.max(1.0);
                    let part = idf * w * (K1 + 1.0) / (w + K1 * norm);
                    score += part;
                    for word in shown {
                        match matched.iter_mut().find(|(w, _)| w == word) {
                            Some((_, brought)) => *brought += part,
                            None => matched.push((word, part)),
                        }
                    }
                }
                if score <= 0.0 {
                    return None;
                }
                matched.sort_by(|a, b| b.1.total_cmp(&a.1));
                let matched: Vec<String> = matched
                    .into_iter()
                    .take(4)
                    .map(|(w, _)| w.to_string())
                    .collect();
                let like = most_like(&asked, &d.principle.questions);
                Some(Probe {
                    id: d.principle.id.clone(),
                    name: d.principle.name.clone(),
                    score,
                    matched,
                    like,
                })
            })
            .collect();
        probes.sort_by(|a, b| b.score.total_cmp(&a.score));
        probes
    }
}

/// The question of `questions` that shares the most terms with the question asked,
/// when it shares at least two.
fn most_like(asked: &FxHashSet<String>, questions: &[String]) -> Option<String> {
    questions
        .iter()
        .map(|q| (stems(q).iter().filter(|s| asked.contains(*s)).count(), q))
        .filter(|(shared, _)| *shared >= 2)
        .max_by_key(|(shared, _)| *shared)
        .map(|(_, q)| q.clone())
}

/// A principle a question probes.
#[derive(Debug, Clone, Serialize)]
pub struct Probe {
    pub id: String,
    pub name: String,
    pub score: f64,
    /// The question's words that matched, the strongest first.
    pub matched: Vec<String>,
    /// The principle's own question most like this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub like: Option<String>,
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
    let index = Index::new(set);
    let ranked = index.rank(question);
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
        .filter(|s| s.is_written())
        .filter_map(|s| {
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
            let text = format!(
                "{} {} {} {} {}",
                s.title, s.situation, s.task, s.action, s.result
            );
            let shared = asked.intersection(&stems(&text)).count();
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
    // A principle far behind the first is noise, not a reading of the question.
    let principles: Vec<Probe> = ranked
        .into_iter()
        .take(limit)
        .filter(|p| p.score >= top * WEAK)
        .collect();
    // By the principle they would answer, then by the words their title and notes
    // share with the question.
    let mut to_write: Vec<(usize, usize, ToWrite)> = stories
        .iter()
        .filter(|s| !s.is_written())
        .filter_map(|s| {
            let rank = principles
                .iter()
                .position(|p| s.principles.contains(&p.id))?;
            let theirs = stems(&format!("{} {}", s.title, s.notes));
            let shared = asked.intersection(&theirs).count();
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
        let set = crate::principles::builtin();
        let index = Index::new(&set);
        let cases = evaluation(text);
        let (mut first, mut three) = (0, 0);
        for (ids, q) in &cases {
            let ranked = index.rank(q);
            let top: Vec<&str> = ranked.iter().take(3).map(|p| p.id.as_str()).collect();
            if top.first().is_some_and(|t| ids.iter().any(|i| i == t)) {
                first += 1;
            } else {
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
}
