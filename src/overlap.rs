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

/// The pairs `(i, j, shared)` of texts that likely tell one story: they share at
/// least 5 content words, and at least 40% of the smaller text's.
pub fn pairs(texts: &[String]) -> Vec<(usize, usize, usize)> {
    let words: Vec<BTreeSet<String>> = texts.iter().map(|t| content_words(t)).collect();
    let mut out = Vec::new();
    for i in 0..texts.len() {
        for j in i + 1..texts.len() {
            let shared = words[i].intersection(&words[j]).count();
            let smaller = words[i].len().min(words[j].len());
            if smaller > 0 && shared >= 5 && shared * 10 >= smaller * 4 {
                out.push((i, j, shared));
            }
        }
    }
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
}
