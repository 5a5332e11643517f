//! Whether two texts likely tell the same story: they share many content words.
//! Used by `lp import` to name duplicate drafts and by `lp check` for stories.

use std::collections::BTreeSet;

/// Words too common to say two drafts tell the same story.
const STOP_WORDS: &[&str] = &[
    "the", "and", "a", "an", "of", "to", "in", "was", "that", "with", "for", "on", "it", "is", "i",
    "my", "me", "we", "our", "this", "be", "by", "as", "at", "from", "but", "not", "were", "they",
    "their", "had", "have", "has", "which", "so", "or", "did", "do", "its", "it's", "he", "she",
    "him", "her", "them", "then", "than", "there", "into", "out", "up", "all", "more", "less",
    "over", "what", "who", "when", "how", "while", "also", "would", "could", "should", "can",
    "will", "been", "being", "are", "one", "two", "about", "after", "before",
];

pub fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
        .collect()
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
    let words: Vec<BTreeSet<String>> = texts.iter().map(|t| content_words(t)).collect();
    let mut postings: std::collections::HashMap<&str, Vec<u32>> = std::collections::HashMap::new();
    for (i, set) in words.iter().enumerate() {
        for word in set {
            postings.entry(word.as_str()).or_default().push(i as u32);
        }
    }
    postings.retain(|_, texts| texts.len() <= MAX_POSTINGS);
    let mut distinctive = vec![0usize; texts.len()];
    let mut shared: std::collections::HashMap<(u32, u32), usize> = std::collections::HashMap::new();
    for holders in postings.values() {
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
        assert!(!content_words("The and of I we").iter().any(|w| w == "the"));
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
