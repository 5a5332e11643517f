//! lp's own question bank (`principles/amazon-questions.txt`): interview questions in
//! our own words, labelled with the built-in principle each probes. `lp find` ranks a
//! question by the examples nearest to it; this file is where most of them come from.

/// (principle id, question, its terms in order, the pairs of neighbouring terms), in
/// the file's order: read by the build script (`build.rs`) with
/// [`super::words::words`], so that no run stems them again.
pub static BANK: &[(&str, &str, &[&str], &[&str])] = include!(concat!(env!("OUT_DIR"), "/bank.rs"));

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

    #[test]
    fn a_question_before_any_heading_has_no_principle() {
        let parsed = parse("Orphan?\n[ownership]\n# a comment\n\nOwned?\n");
        assert_eq!(parsed, [("", "Orphan?"), ("ownership", "Owned?")]);
    }
}
