//! How `lp find` ranks the principles of a set for a question: by the labelled example
//! questions nearest to it, by what all of them teach, and by the principle's own text,
//! together.
//!
//! - **Examples**: lp's question bank for the built-in principles, each principle's
//!   own `questions`, and the questions the person's stories list (for the story's
//!   primary principle). A question is compared with each example as two sets of terms,
//!   weighted by how rare a term is among the examples (cosine); a principle scores by
//!   its nearest three examples.
//! - **Text**: BM25 over one weighted document per principle: a term counts more in the
//!   keywords and the names than in the questions, and more there than in the summary.
//! - **What the bank teaches**: a linear model of the bank's questions (trained at build
//!   time, [`super::learn`]) gives each built-in principle a probability; where the
//!   nearest examples look at a few questions, it weighs every word of the question
//!   by what all the bank's questions say of it.
//!
//! A word of the question that is in no example and no principle's text is read as the
//! known word it is a slip of ("custmer", "feeback"), when there is one.

use std::borrow::Cow;
use std::cell::OnceCell;

use rustc_hash::{FxHashMap, FxHashSet};

use super::bank::{BANK, MODEL, learned};
use super::words::{terms, words};
use crate::model::{Principle, PrincipleSet, Story};

/// How much a word counts in each part of a principle.
const KEYWORD: f64 = 3.0;
const NAME: f64 = 2.5;
const QUESTION: f64 = 1.0;
const SUMMARY: f64 = 0.6;
/// BM25's saturation and length normalisation.
const K1: f64 = 1.2;
const B: f64 = 0.3;

/// How the two readings add up: the examples' score (a cosine, 0 to about 1.75 over
/// three examples) and the text's (BM25, relative to the first principle's, and
/// scaled down when even the first is weak).
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    /// How much a word of the bank's examples counts in a principle's text.
    pub bank: f64,
    pub examples: f64,
    pub text: f64,
    pub text_strong: f64,
    /// The weights of a principle's nearest examples, nearest first.
    pub nearest: [f64; 3],
    /// How much a word counts that only the follow-up questions after the ask use
    /// ("What was the outcome? What did you learn?").
    pub probe: f64,
    /// Added to a principle the question names ("a time you showed ownership").
    pub named: f64,
    /// How much the bank's linear model counts: the probability it gives a principle.
    pub learned: f64,
}

pub const WEIGHTS: Weights = Weights {
    bank: 0.3,
    examples: 1.0,
    text: 1.0,
    text_strong: 4.0,
    nearest: [1.0, 0.5, 0.25],
    probe: 0.3,
    named: 0.5,
    learned: 1.0,
};

/// Under this, the nearest example shares little with the question: a guess.
pub const FAR: f64 = 0.3;

/// A term: the bank's were read at build time and are borrowed; the rest are read now.
type Term<'a> = Cow<'a, str>;

/// A principle as the text ranking sees it.
struct Document<'a> {
    principle: &'a Principle,
    weights: FxHashMap<Term<'a>, f64>,
    length: f64,
}

/// A labelled question.
struct Example<'a> {
    principle: usize,
    text: &'a str,
    terms: Vec<Term<'a>>,
    norm: f64,
}

/// The principle set, ready to rank questions against.
pub struct Index<'a> {
    documents: Vec<Document<'a>>,
    idf: FxHashMap<Term<'a>, f64>,
    average: f64,
    examples: Vec<Example<'a>>,
    /// For each term, the examples that have it.
    postings: FxHashMap<Term<'a>, Vec<usize>>,
    example_idf: FxHashMap<Term<'a>, f64>,
    /// Every word the examples and the principles' text are written with, as the term
    /// it reads as: made when a question first has a word nothing knows.
    spellings: OnceCell<FxHashMap<String, String>>,
    /// Each principle's names as a question would write them (see [`names_of`]).
    names: Vec<Vec<String>>,
    /// Each principle's place among the bank model's classes (`None`: not a built-in
    /// principle the bank has questions for).
    classes: Vec<Option<usize>>,
    pub weights: Weights,
}

/// A principle a question probes, as the ranking reads it.
pub struct Ranked<'a> {
    pub principle: &'a Principle,
    pub score: f64,
    /// The question's words that matched, the strongest first.
    pub matched: Vec<String>,
    /// The nearest example, and how near (a cosine).
    pub nearest: Option<(String, f64)>,
}

impl<'a> Index<'a> {
    /// The set's principles with their examples: the bank's for every principle of
    /// the set with a built-in id, their own questions, and the questions of
    /// `stories` for the principles they are linked to.
    pub fn new(set: &'a PrincipleSet, stories: &'a [Story]) -> Index<'a> {
        Index::with(set, stories, &[], WEIGHTS)
    }

    /// As `new`, with the person's own questions (`lp import` keeps them) as examples.
    pub fn with_own(
        set: &'a PrincipleSet,
        stories: &'a [Story],
        own: &'a [crate::questions::Question],
    ) -> Index<'a> {
        Index::with(set, stories, own, WEIGHTS)
    }

    pub fn with(
        set: &'a PrincipleSet,
        stories: &'a [Story],
        own: &'a [crate::questions::Question],
        weights: Weights,
    ) -> Index<'a> {
        let documents = documents(set, weights.bank);
        let n = documents.len() as f64;
        let mut df: FxHashMap<Term<'a>, f64> = FxHashMap::default();
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

        let position: FxHashMap<&str, usize> = set
            .principles
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut examples: Vec<Example<'a>> = Vec::new();
        for (id, q, terms, _) in BANK {
            if let Some(&i) = position.get(id) {
                let mut terms: Vec<Term<'a>> = terms.iter().map(|&t| Cow::Borrowed(t)).collect();
                terms.sort_unstable();
                terms.dedup();
                examples.push(Example {
                    principle: i,
                    text: q,
                    terms,
                    norm: 0.0,
                });
            }
        }
        let mut labelled: Vec<(usize, &str)> = Vec::new();
        for (i, p) in set.principles.iter().enumerate() {
            labelled.extend(p.questions.iter().map(|q| (i, q.as_str())));
        }
        for q in own {
            if let Some(&i) = position.get(q.principle.as_str()) {
                labelled.push((i, q.question.as_str()));
            }
        }
        // A story's questions are examples of the principle it answers first.
        for s in stories {
            if let Some(&i) = s
                .principles
                .first()
                .and_then(|id| position.get(id.as_str()))
            {
                labelled.extend(s.questions.iter().map(|q| (i, q.as_str())));
            }
        }
        examples.extend(
            labelled
                .into_iter()
                .map(|(principle, text)| {
                    let mut terms: Vec<Term<'a>> = words(text)
                        .into_iter()
                        .map(|(t, _)| Cow::Owned(t))
                        .collect();
                    terms.sort_unstable();
                    terms.dedup();
                    Example {
                        principle,
                        text,
                        terms,
                        norm: 0.0,
                    }
                })
                .filter(|e| !e.terms.is_empty()),
        );
        let mut postings: FxHashMap<Term<'a>, Vec<usize>> = FxHashMap::default();
        for (i, e) in examples.iter().enumerate() {
            for t in &e.terms {
                postings.entry(t.clone()).or_default().push(i);
            }
        }
        let count = examples.len() as f64;
        let example_idf: FxHashMap<Term<'a>, f64> = postings
            .iter()
            .map(|(t, list)| (t.clone(), (1.0 + count / list.len() as f64).ln()))
            .collect();
        for e in &mut examples {
            e.norm = e
                .terms
                .iter()
                .map(|t| example_idf[t.as_ref()].powi(2))
                .sum::<f64>()
                .sqrt();
        }
        Index {
            documents,
            idf,
            average,
            examples,
            postings,
            example_idf,
            spellings: OnceCell::new(),
            names: set.principles.iter().map(names_of).collect(),
            classes: set
                .principles
                .iter()
                .map(|p| MODEL.0.iter().position(|c| *c == p.id))
                .collect(),
            weights,
        }
    }

    /// Whether the ranking knows a term, from an example or a principle's text.
    fn knows(&self, term: &str) -> bool {
        self.example_idf.contains_key(term) || self.idf.contains_key(term)
    }

    /// The question's terms, each once, with the words it was written as and how much
    /// it counts (see [`asked`]); a word nothing knows is read as the known word spelt
    /// most like it, if one is close.
    fn query(&self, question: &str) -> Vec<Query> {
        let mut out: Vec<Query> = Vec::new();
        // Where each term stands in `out`: a long question must not cost a scan a word.
        let mut at: FxHashMap<String, usize> = FxHashMap::default();
        let mut respelt = 0;
        for (part, weight) in asked(question, self.weights.probe) {
            let read = words(part);
            let mut add = |term: String, shown: Vec<String>| match at.get(&term) {
                Some(&i) => out[i].weight = out[i].weight.max(weight),
                None => {
                    at.insert(term.clone(), out.len());
                    out.push(Query {
                        term,
                        shown,
                        weight,
                    });
                }
            };
            for (term, word) in &read {
                let term = if self.knows(term) || term.contains(' ') {
                    term.clone()
                } else if respelt < 32 {
                    // A long question full of unknown words costs at most this many scans.
                    respelt += 1;
                    match self.spelt_like(word) {
                        Some(known) => known,
                        None => continue,
                    }
                } else {
                    continue;
                };
                add(term, vec![word.clone()]);
            }
            for pair in read.windows(2).filter(|w| w[0].0 != w[1].0) {
                let term = format!("{} {}", pair[0].0, pair[1].0);
                if self.idf.contains_key(term.as_str()) {
                    add(term, vec![pair[0].1.clone(), pair[1].1.clone()]);
                }
            }
        }
        out
    }

    fn spellings(&self) -> &FxHashMap<String, String> {
        self.spellings.get_or_init(|| {
            let mut spellings = FxHashMap::default();
            let texts = self.documents.iter().flat_map(|d| {
                let p = d.principle;
                p.keywords
                    .iter()
                    .chain(&p.aliases)
                    .chain([&p.name, &p.summary])
            });
            for text in texts
                .map(String::as_str)
                .chain(self.examples.iter().map(|e| e.text))
            {
                for (term, word) in words(text) {
                    if !word.contains(' ') {
                        spellings.entry(word).or_insert(term);
                    }
                }
            }
            spellings
        })
    }

    /// The term of the known word `word` is a slip of: one letter wrong, missing, extra
    /// or two swapped (two in a word of eight letters or more), the first letter right.
    fn spelt_like(&self, word: &str) -> Option<String> {
        let mine: Vec<char> = word.chars().collect();
        if mine.len() < 5 {
            return None;
        }
        let most = if mine.len() >= 8 { 2 } else { 1 };
        self.spellings()
            .iter()
            .filter(|(known, _)| known.starts_with(mine[0]) && !known.contains(' '))
            .filter_map(|(known, term)| {
                if known.chars().count().abs_diff(mine.len()) > most {
                    return None;
                }
                // Letters inserted, removed, changed or two neighbours swapped.
                let d = strsim::osa_distance(word, known);
                (d <= most).then_some((d, known, term))
            })
            .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
            .map(|(_, _, term)| term.clone())
    }

    /// Every principle with a score above zero, best first, with what matched; and
    /// whether the evidence is weak (see [`Index::is_far`]).
    pub fn rank(&self, question: &str) -> (Vec<Ranked<'a>>, bool) {
        let query = self.query(question);
        let text = self.text_scores(&query);
        let near = self.nearest(&query);
        let learned = self.learned(&query);
        let far = self.is_far(question, &near);
        let top_text = text.iter().map(|(s, _)| *s).fold(0.0, f64::max);
        let w = self.weights;
        let scale = w.text / top_text.max(w.text_strong);
        let folded = format!(" {} ", crate::principles::fold(question));
        let mut ranked: Vec<Ranked<'a>> = Vec::new();
        for ((((d, (text_score, mut matched)), mine), names), learned) in self
            .documents
            .iter()
            .zip(text)
            .zip(near)
            .zip(&self.names)
            .zip(learned)
        {
            let example: f64 = mine.iter().zip(w.nearest).map(|((_, s), w)| s * w).sum();
            let named = names.iter().any(|n| folded.contains(n.as_str()));
            let score = w.examples * example
                + scale * text_score
                + if named { w.named } else { 0.0 }
                + w.learned * learned;
            if score <= 0.0 {
                continue;
            }
            let nearest = mine
                .first()
                .map(|&(e, s)| (self.examples[e].text.to_string(), s));
            if let Some(&(e, _)) = mine.first() {
                for Query { term, shown, .. } in &query {
                    if self.examples[e]
                        .terms
                        .binary_search_by(|t| t.as_ref().cmp(term.as_str()))
                        .is_ok()
                    {
                        for w in shown {
                            if !matched.contains(w) {
                                matched.push(w.clone());
                            }
                        }
                    }
                }
            }
            matched.truncate(4);
            ranked.push(Ranked {
                principle: d.principle,
                score,
                matched,
                nearest,
            });
        }
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
        (ranked, far)
    }

    /// Each principle's BM25 score over its text, with the question's words that
    /// matched, the strongest first.
    fn text_scores(&self, query: &[Query]) -> Vec<(f64, Vec<String>)> {
        self.documents
            .iter()
            .map(|d| {
                let mut score = 0.0;
                let mut matched: Vec<(&str, f64)> = Vec::new();
                for Query {
                    term,
                    shown,
                    weight,
                } in query
                {
                    let Some(&w) = d.weights.get(term.as_str()) else {
                        continue;
                    };
                    let idf = self.idf.get(term.as_str()).copied().unwrap_or(0.0);
                    let norm = 1.0 - B + B * d.length / self.average.max(1.0);
                    let part = weight * idf * w * (K1 + 1.0) / (w + K1 * norm);
                    score += part;
                    for word in shown {
                        match matched.iter_mut().find(|(w, _)| w == word) {
                            Some((_, brought)) => *brought += part,
                            None => matched.push((word, part)),
                        }
                    }
                }
                matched.sort_by(|a, b| b.1.total_cmp(&a.1));
                (
                    score,
                    matched.into_iter().map(|(w, _)| w.to_string()).collect(),
                )
            })
            .collect()
    }

    /// Whether the evidence for the question is weak: its nearest example of any
    /// principle shares little with it, and no principle's text has half its words.
    fn is_far(&self, question: &str, nearest: &[Vec<(usize, f64)>]) -> bool {
        let near = nearest
            .iter()
            .filter_map(|mine| mine.first().map(|&(_, s)| s))
            .fold(0.0, f64::max);
        let asked: FxHashSet<String> = words(question).into_iter().map(|(t, _)| t).collect();
        let covered = self
            .documents
            .iter()
            .map(|d| {
                asked
                    .iter()
                    .filter(|t| d.weights.contains_key(t.as_str()))
                    .count()
            })
            .max()
            .unwrap_or(0);
        near < FAR && covered * 2 < asked.len()
    }

    /// For each principle, the probability the bank's linear model gives it (see
    /// [`super::learn`]); 0 for a principle the bank has no questions for. The
    /// question's terms are weighted as the model's examples were, by rarity, and by
    /// how much each counts in the question (the follow-ups less).
    fn learned(&self, query: &[Query]) -> Vec<f64> {
        let p = learned(query.iter().map(|q| (q.term.as_str(), q.weight)));
        self.classes
            .iter()
            .map(|class| class.zip(p.as_ref()).map_or(0.0, |(k, p)| p[k]))
            .collect()
    }

    /// For each principle, its examples nearest the question (at most three, nearest
    /// first), as (example, cosine).
    fn nearest(&self, query: &[Query]) -> Vec<Vec<(usize, f64)>> {
        let mut dot: FxHashMap<usize, f64> = FxHashMap::default();
        let mut norm = 0.0;
        for q in query {
            let Some(&idf) = self.example_idf.get(q.term.as_str()) else {
                continue;
            };
            norm += (q.weight * idf).powi(2);
            for &e in &self.postings[q.term.as_str()] {
                *dot.entry(e).or_default() += q.weight * idf * idf;
            }
        }
        let mut near: Vec<Vec<(usize, f64)>> = vec![Vec::new(); self.documents.len()];
        if norm <= 0.0 {
            return near;
        }
        let norm = norm.sqrt();
        let mut all: Vec<(usize, f64)> = dot
            .into_iter()
            .map(|(e, d)| (e, d / (norm * self.examples[e].norm)))
            .collect();
        all.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        for (e, s) in all {
            let mine = &mut near[self.examples[e].principle];
            if mine.len() < 3 {
                mine.push((e, s));
            }
        }
        near
    }
}

/// A term of the question, the words it was written as, and how much it counts.
struct Query {
    term: String,
    shown: Vec<String>,
    weight: f64,
}

/// The question's sentences, each with how much its words count: the ask (and any
/// preamble before it) in full, the follow-up questions after it at `probe`. An
/// interviewer's follow-ups ("What was the outcome? What did you learn from it?")
/// are asked after every principle's question, so they say little about which one
/// this is. The ask is the first sentence that asks: a question, or a request
/// ("Tell me about…", "Describe…", "Give an example…").
pub fn asked(question: &str, probe: f64) -> Vec<(&str, f64)> {
    const ASKS: [&str; 12] = [
        "tell", "describe", "give", "walk", "share", "talk", "explain", "provide", "example",
        "recall", "think", "name",
    ];
    let mut out = Vec::new();
    let mut weight = 1.0;
    let mut start = 0;
    let bytes = question.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end = matches!(b, b'.' | b'?' | b'!')
            && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
        if !end && i + 1 < bytes.len() {
            continue;
        }
        let sentence = &question[start..=i];
        start = i + 1;
        if sentence.trim().is_empty() {
            continue;
        }
        out.push((sentence, weight));
        let first = sentence
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_ascii_lowercase();
        if b == b'?' || ASKS.contains(&first.as_str()) {
            weight = probe;
        }
    }
    out
}

/// A principle's names as a question would write them, folded and with a space on
/// each side (so that they match whole words): its name, and its aliases of two words
/// or more. An alias of one word ("Trust", "Results") is too common a word to say the
/// question names the principle; a name of one word ("Ownership") is not.
fn names_of(p: &Principle) -> Vec<String> {
    std::iter::once(&p.name)
        .chain(
            p.aliases
                .iter()
                .filter(|a| a.split_whitespace().count() >= 2),
        )
        .map(|n| format!(" {} ", crate::principles::fold(n)))
        .filter(|n| n.trim().len() > 2)
        .collect()
}

/// One weighted document per principle: its keywords, names, questions and summary.
fn documents(set: &PrincipleSet, bank: f64) -> Vec<Document<'_>> {
    set.principles
        .iter()
        .map(|p| {
            let mut weights: FxHashMap<Term, f64> = FxHashMap::default();
            let mut add = |text: &str, weight: f64| {
                for t in terms(text) {
                    *weights.entry(Cow::Owned(t)).or_default() += weight;
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
            if bank > 0.0 {
                // The bank's terms were read at build time: its words and their pairs.
                for (_, _, terms, pairs) in BANK.iter().filter(|b| b.0 == p.id) {
                    for &t in terms.iter().chain(pairs.iter()) {
                        *weights.entry(Cow::Borrowed(t)).or_default() += bank;
                    }
                }
            }
            let length = weights.values().sum();
            Document {
                principle: p,
                weights,
                length,
            }
        })
        .collect()
}
