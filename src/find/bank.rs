//! lp's own question bank (`principles/amazon-questions.txt`): interview questions in
//! our own words, labelled with the built-in principle each probes. `lp find` ranks a
//! question by the examples nearest to it; this file is where most of them come from.

/// (principle id, question, its terms in order, the pairs of neighbouring terms), in
/// the file's order: read by the build script (`build.rs`) with
/// [`super::words::words`], so that no run stems them again.
pub static BANK: &[(&str, &str, &[&str], &[&str])] = include!(concat!(env!("OUT_DIR"), "/bank.rs"));

/// What the bank teaches as a linear model, trained by the build script with
/// [`super::learn::train`]: the principles in the model's order, each one's bias, and
/// every term of the bank (sorted) with its rarity weight and a weight a principle.
pub type Model = (
    &'static [&'static str],
    &'static [f64],
    &'static [(&'static str, f64, &'static [f32])],
);

pub static MODEL: Model = include!(concat!(env!("OUT_DIR"), "/model.rs"));

/// The probability [`MODEL`] gives each of its principles (in its order) for terms
/// with how much each counts; `None` when it knows none of them.
pub fn learned<'t>(terms: impl IntoIterator<Item = (&'t str, f64)>) -> Option<Vec<f64>> {
    let (_, bias, known) = &MODEL;
    let found: Vec<(&[f32], f64)> = terms
        .into_iter()
        .filter_map(|(term, weight)| {
            let i = known.binary_search_by(|(t, _, _)| (*t).cmp(term)).ok()?;
            let (_, idf, weights) = known[i];
            Some((weights, weight * idf))
        })
        .collect();
    super::learn::predict(bias, &found)
}

/// The bank as written.
#[cfg(test)]
const TEXT: &str = include_str!("../../principles/amazon-questions.txt");

/// A line `[id]` starts a principle's questions; each other line is one question.
/// Comments (`#`) and blank lines are passed over.
#[cfg(test)]
fn parse(text: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut id = "";
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(next) => id = next,
            None => out.push((id, line)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::{FxHashMap, FxHashSet};

    /// The bank is data: every question under a built-in principle, none before the
    /// first heading, none twice, each a sentence; at least 25 for every principle.
    #[test]
    fn the_bank_is_well_formed() {
        let set = crate::principles::builtin();
        let mut count: FxHashMap<&str, usize> = FxHashMap::default();
        let mut seen = FxHashSet::default();
        for (id, question, _, _) in BANK {
            assert!(set.get(id).is_some(), "[{id}] is not a built-in principle");
            assert!(
                seen.insert((*id, *question)),
                "{question:?} twice under {id}"
            );
            assert!(
                question.ends_with(['?', '.']) && question.starts_with(char::is_uppercase),
                "{question:?} is not a sentence"
            );
            *count.entry(id).or_default() += 1;
        }
        for p in &set.principles {
            let n = count.get(p.id.as_str()).copied().unwrap_or(0);
            assert!(n >= 25, "{}: {n} questions", p.id);
        }
    }

    /// The build script read every question of the file, with the terms `lp find`
    /// reads it with now.
    #[test]
    fn the_build_read_the_bank_as_find_reads_it() {
        let parsed = parse(TEXT);
        assert_eq!(parsed.len(), BANK.len());
        for ((id, question), (built_id, built, terms, pairs)) in parsed.iter().zip(BANK) {
            assert_eq!((id, question), (built_id, built));
            let now: Vec<String> = crate::find::words::words(question)
                .into_iter()
                .map(|(t, _)| t)
                .collect();
            assert_eq!(&now, terms, "{question}");
            let text = crate::find::words::terms(question);
            assert_eq!(&text[terms.len()..], *pairs, "{question}");
        }
    }

    /// The model the build trained knows the built-in principles, and reads most of
    /// the bank's own questions as the principle they are under (it is fitted to them,
    /// held back so that one word does not decide: not all of them).
    #[test]
    fn the_model_learned_the_bank() {
        let (classes, bias, terms) = &MODEL;
        let set = crate::principles::builtin();
        let mut ids: Vec<&str> = set.principles.iter().map(|p| p.id.as_str()).collect();
        let mut trained = classes.to_vec();
        ids.sort_unstable();
        trained.sort_unstable();
        assert_eq!(trained, ids);
        assert_eq!(bias.len(), classes.len());
        assert!(
            terms.windows(2).all(|w| w[0].0 < w[1].0),
            "terms are sorted"
        );
        let mut right = 0;
        for (id, _, words, pairs) in BANK {
            let p = learned(words.iter().chain(pairs.iter()).map(|t| (*t, 1.0)))
                .expect("a bank question's terms are the model's");
            let best = (0..classes.len())
                .max_by(|&a, &b| p[a].total_cmp(&p[b]))
                .unwrap();
            right += usize::from(classes[best] == *id);
        }
        assert!(right * 10 >= BANK.len() * 9, "{right} of {}", BANK.len());
    }

    #[test]
    fn a_question_before_any_heading_has_no_principle() {
        let parsed = parse("Orphan?\n[ownership]\n# a comment\n\nOwned?\n");
        assert_eq!(parsed, [("", "Orphan?"), ("ownership", "Owned?")]);
    }
}
