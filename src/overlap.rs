//! Whether two texts likely tell the same story: they share many content words.
//! Used by `lp import` to name duplicate drafts and by `lp check` for stories.

use rustc_hash::FxHashMap;

use crate::english::COMMON_WORDS;

/// Calls `found` with each content word of a text, lowercase: words of three letters
/// or more that are not stop words, as often as they occur.
pub fn content_words(text: &str, mut found: impl FnMut(&str)) {
    if !text.is_ascii() {
        return content_words_any(text, found);
    }
    // ASCII: a word is a run of letters, digits and apostrophes, trimmed of apostrophes.
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'') {
        let word = word.trim_matches('\'');
        if word.len() < 3 {
            continue;
        }
        lower.clear();
        lower.push_str(word);
        lower.make_ascii_lowercase();
        if !COMMON_WORDS.contains(&lower) {
            found(&lower);
        }
    }
}

fn content_words_any(text: &str, mut found: impl FnMut(&str)) {
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        let word = word.trim_matches('\'').to_lowercase();
        if word.chars().count() >= 3 && !COMMON_WORDS.contains(&word) {
            found(&word);
        }
    }
}

/// A word in more texts than this says nothing about two of them telling one story:
/// in a large library it is one of the library's own stop words.
pub const MAX_POSTINGS: usize = 64;

/// The pairs `(i, j, shared)` of texts that likely tell one story: they share at least
/// 5 distinctive content words, and at least 40% of the smaller text's. A distinctive
/// word is one found in at most `MAX_POSTINGS` texts, so in a library of up to 64
/// stories every content word counts.
///
/// Pairs come from an index of which texts hold each distinctive word, so the cost
/// follows the words two texts share, not the number of pairs of texts.
pub fn pairs(texts: &[String]) -> Vec<(usize, usize, usize)> {
    // Each distinct word gets a number; each text becomes its sorted word numbers.
    let mut numbers: FxHashMap<String, u32> = FxHashMap::default();
    let mut words: Vec<Vec<u32>> = Vec::with_capacity(texts.len());
    for text in texts {
        let mut these = Vec::new();
        content_words(text, |word| {
            let next = numbers.len() as u32;
            let n = match numbers.get(word) {
                Some(&n) => n,
                None => *numbers.entry(word.to_string()).or_insert(next),
            };
            these.push(n);
        });
        these.sort_unstable();
        these.dedup();
        words.push(these);
    }
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); numbers.len()];
    for (i, these) in words.iter().enumerate() {
        for &word in these {
            postings[word as usize].push(i as u32);
        }
    }
    postings.retain(|texts| texts.len() <= MAX_POSTINGS);
    let mut distinctive = vec![0usize; texts.len()];
    let mut shared: FxHashMap<(u32, u32), usize> = FxHashMap::default();
    for holders in &postings {
        for (a, &i) in holders.iter().enumerate() {
            distinctive[i as usize] += 1;
            for &j in &holders[a + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    let mut out: Vec<(usize, usize, usize)> = shared
        .into_iter()
        .filter_map(|((i, j), count)| {
            let smaller = distinctive[i as usize].min(distinctive[j as usize]);
            (count >= 5 && count * 10 >= smaller * 4).then_some((i as usize, j as usize, count))
        })
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_content_words_make_a_pair() {
        let texts = [
            "Redesigned secret propagation after researching for a few days".to_string(),
            "Disagreed with secret propagation design; researched for a few days and redesigned"
                .to_string(),
            "Ran the hackathon".to_string(),
        ];
        let found = pairs(&texts);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].0, found[0].1), (0, 1));
        let mut words = Vec::new();
        content_words("Über-THE it's 'Quoted' ab abc ÀB abc", |w| {
            words.push(w.to_string())
        });
        assert_eq!(words, ["über", "quoted", "abc", "abc"]);
        words.clear();
        content_words("The 'Quoted', it's ABC ab abc them WOULD've", |w| {
            words.push(w.to_string())
        });
        assert_eq!(words, ["quoted", "abc", "abc", "would've"]);
    }

    #[test]
    fn words_shared_by_most_of_a_large_library_do_not_make_pairs() {
        // 200 texts all built from the same ten words: alike, but nothing distinctive.
        let common = "alpha bravo charlie delta echo foxtrot golf hotel india juliet";
        let mut texts: Vec<String> = (0..200).map(|i| format!("{common} unique{i}")).collect();
        assert!(pairs(&texts).is_empty());
        // Two of them that also share five words of their own are found.
        texts[7].push_str(" zulu yankee xray whiskey victor");
        texts[150].push_str(" zulu yankee xray whiskey victor");
        assert_eq!(pairs(&texts), [(7, 150, 5)]);
    }
}
