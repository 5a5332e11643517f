//! Whether two texts likely tell the same story: they share many content words.
//! Used by `lp import` to name duplicate drafts and by `lp check` for stories.

use rustc_hash::FxHashMap;

use crate::english::{COMMON_WORDS, unspaced};

/// Calls `found` with each content word of a text, lowercase: words of three letters
/// or more that are not stop words, as often as they occur.
pub fn content_words(text: &str, mut found: impl FnMut(&str)) {
    if !text.is_ascii() {
        return content_words_any(text, found);
    }
    each_ascii_word(text, |word| {
        if !COMMON_WORDS.contains(word) {
            found(word);
        }
    });
}

/// The bytes of a word of ASCII text: letters, digits and the apostrophe.
pub(crate) const IN_WORD: [bool; 256] = word_bytes(true);

/// The bytes of a word of ASCII text when the apostrophe ends one: letters and digits.
pub(crate) const ALPHANUMERIC: [bool; 256] = word_bytes(false);

const fn word_bytes(apostrophe: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || apostrophe && b == b'\'' as usize;
        b += 1;
    }
    table
}

/// Where the runs of the bytes `in_word` marks stand, none empty: the words of ASCII
/// text.
pub(crate) fn ascii_runs<'a>(
    bytes: &'a [u8],
    in_word: &'static [bool; 256],
) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !in_word[bytes[i] as usize] {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && in_word[bytes[i] as usize] {
            i += 1;
        }
        (i > start).then_some(start..i)
    })
}

/// Calls `found` with each word of three letters or more of an ASCII text, lowercase:
/// a word is a run of letters, digits and apostrophes, trimmed of apostrophes. It is
/// copied only when it has a capital to lower.
fn each_ascii_word(text: &str, mut found: impl FnMut(&str)) {
    let mut lower = String::new();
    for range in ascii_words(text.as_bytes()) {
        let word = &text[range];
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
            found(&lower);
        } else {
            found(word);
        }
    }
}

/// Where the words of three letters or more of ASCII bytes stand: runs of letters,
/// digits and apostrophes, trimmed of apostrophes.
fn ascii_words(bytes: &[u8]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    ascii_runs(bytes, &IN_WORD).filter_map(|run| {
        let (mut start, mut end) = (run.start, run.end);
        while start < end && bytes[start] == b'\'' {
            start += 1;
        }
        while end > start && bytes[end - 1] == b'\'' {
            end -= 1;
        }
        (end - start >= 3).then_some(start..end)
    })
}

fn content_words_any(text: &str, mut found: impl FnMut(&str)) {
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        let word = word.trim_matches('\'').to_lowercase();
        if word.chars().any(unspaced) {
            unspaced_words(&word, &mut found);
        } else if word.chars().count() >= 3 && !COMMON_WORDS.contains(&word) {
            found(&word);
        }
    }
}

/// The words of a run of letters with no space in it where some are of a script
/// written without spaces (`只代表adapter曾留下`): no space says where one of its words
/// ends, so each pair of its letters side by side is one, as most of its words are two
/// letters long; the letters of another script in the run (`adapter`) are a word of
/// their own.
fn unspaced_words(run: &str, found: &mut impl FnMut(&str)) {
    let letters: Vec<(usize, char)> = run.char_indices().collect();
    let mut i = 0;
    while i < letters.len() {
        let wide = unspaced(letters[i].1);
        let start = i;
        while i < letters.len() && unspaced(letters[i].1) == wide {
            i += 1;
        }
        let end = letters.get(i).map_or(run.len(), |&(at, _)| at);
        if !wide {
            let word = &run[letters[start].0..end];
            if word.chars().count() >= 3 && !COMMON_WORDS.contains(word) {
                found(word);
            }
            continue;
        }
        for pair in letters[start..i].windows(2) {
            let at = pair[0].0;
            found(&run[at..at + pair[0].1.len_utf8() + pair[1].1.len_utf8()]);
        }
    }
}

/// A word in more texts than this says nothing about two of them telling one story:
/// in a large library it is one of the library's own stop words.
pub const MAX_POSTINGS: usize = 64;

/// The content words of `texts` as numbers, each once, in the order they are first
/// read: what `pairs_of` compares. A number is a 32-bit hash of the word, so that texts read apart (on
/// different threads) number their words alike. Two words that share one count as
/// one, which can add one word in common to a pair once in a few billion; a word whose
/// number is a common word's is passed over as common, once in millions of words.
pub fn word_numbers<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<u32> {
    let mut numbers = Vec::new();
    for text in texts {
        if text.is_ascii() {
            ascii_word_numbers(text, &mut numbers);
        } else {
            content_words(text, |word| numbers.push(number(word)));
        }
    }
    keep_first(&mut numbers);
    numbers.shrink_to_fit();
    numbers
}

/// Whether a text whose words are `own` ([`word_numbers`]) tells again the one whose
/// words are `other`: five of its words or more are that text's, and they are more
/// than half of its own.
pub fn retells(own: &[u32], other: &rustc_hash::FxHashSet<u32>) -> bool {
    let shared = own.iter().filter(|w| other.contains(w)).count();
    shared >= 5 && shared * 2 > own.len()
}

/// Drops each number seen before, in one pass: the numbers are hashes already, so
/// their low bits place them in an open table twice their count.
fn keep_first(numbers: &mut Vec<u32>) {
    let size = (numbers.len() * 2).next_power_of_two().max(16);
    let mask = size - 1;
    // 0 marks an empty slot; the number 0 itself is kept by a flag.
    let mut table = vec![0u32; size];
    let mut zero_seen = false;
    numbers.retain(|&n| {
        if n == 0 {
            return !std::mem::replace(&mut zero_seen, true);
        }
        let mut slot = n as usize & mask;
        loop {
            match table[slot] {
                0 => {
                    table[slot] = n;
                    return true;
                }
                seen if seen == n => return false,
                _ => slot = (slot + 1) & mask,
            }
        }
    });
}

/// A word's number (see `word_numbers`), from its lowercase bytes.
fn number(word: &str) -> u32 {
    number_of(word.as_bytes(), 0..word.len(), 0)
}

/// The number of the word at `at` in `text`, each byte ORed with `or` first: eight
/// bytes at a time are read as one integer and mixed once (the way `FxHasher` mixes),
/// so a word of up to eight letters costs one multiplication. Where eight bytes stand
/// from a chunk's start they are read at once and the bytes past the word masked off.
fn number_of(text: &[u8], at: std::ops::Range<usize>, or: u8) -> u32 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let or = u64::from_le_bytes([or; 8]);
    let mut hash = 0u64;
    let mut start = at.start;
    while start < at.end {
        let len = (at.end - start).min(8);
        let eight = match text.get(start..start + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
            None => {
                let mut eight = [0u8; 8];
                eight[..len].copy_from_slice(&text[start..start + len]);
                u64::from_le_bytes(eight)
            }
        };
        let mask = u64::MAX >> (64 - 8 * len);
        hash = (hash.rotate_left(26) ^ ((eight | or) & mask)).wrapping_mul(K);
        start += len;
    }
    let hash = (hash ^ at.len() as u64).wrapping_mul(K);
    (hash >> 32) as u32 ^ hash as u32
}

/// The numbers of the common words, so that a word is numbered and looked up once.
static COMMON_NUMBERS: std::sync::LazyLock<rustc_hash::FxHashSet<u32>> =
    std::sync::LazyLock::new(|| COMMON_WORDS.words().map(number).collect());

/// `content_words` of an ASCII text, as numbers: each word is numbered where it stands,
/// never copied, and looked up once. A word of ASCII text is letters, digits and
/// apostrophes, and setting the 0x20 bit of each of those bytes lowers a capital and
/// leaves the rest as they are, so a word is lowered as it is numbered.
fn ascii_word_numbers(text: &str, numbers: &mut Vec<u32>) {
    let common = &*COMMON_NUMBERS;
    let bytes = text.as_bytes();
    for range in ascii_words(bytes) {
        let n = number_of(bytes, range, 0x20);
        if !common.contains(&n) {
            numbers.push(n);
        }
    }
}

/// The pairs `(i, j, shared)` of texts that likely tell one story: they share at least
/// 5 distinctive content words, and at least 40% of the smaller text's. A distinctive
/// word is one found in at most `MAX_POSTINGS` texts, so in a library of up to 64
/// stories every content word counts.
pub fn pairs(texts: &[String]) -> Vec<(usize, usize, usize)> {
    let words: Vec<Vec<u32>> = texts.iter().map(|t| word_numbers([t.as_str()])).collect();
    pairs_of(&words)
}

/// As `pairs`, for items given by their `word_numbers`: an item made of several texts
/// (a story's parts) is never joined into one.
///
/// Pairs come from an index of which items hold each distinctive word, so the cost
/// follows the words two items share, not the number of pairs of items; a word is
/// dropped from the index once more than `MAX_POSTINGS` items hold it, so the index
/// stays small however large the library.
pub fn pairs_of(words: &[impl AsRef<[u32]>]) -> Vec<(usize, usize, usize)> {
    // The items that hold each word, or `None` once it is too common to say anything.
    let mut postings: FxHashMap<u32, Option<Vec<u32>>> = FxHashMap::default();
    for (i, these) in words.iter().enumerate() {
        for &word in these.as_ref() {
            let posting = postings.entry(word).or_insert_with(|| Some(Vec::new()));
            if let Some(holders) = posting {
                if holders.len() == MAX_POSTINGS {
                    *posting = None;
                } else {
                    holders.push(i as u32);
                }
            }
        }
    }
    let mut distinctive = vec![0usize; words.len()];
    let mut shared: FxHashMap<(u32, u32), usize> = FxHashMap::default();
    for holders in postings.values().flatten() {
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
    out.sort_unstable();
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
    fn an_item_of_several_texts_pairs_as_their_join_would() {
        let items = [
            [
                "Redesigned secret propagation",
                "after researching for a few days",
            ],
            [
                "Disagreed with secret propagation design",
                "researching for days, then redesigned",
            ],
            ["Ran the hackathon", ""],
        ];
        let joined: Vec<String> = items.iter().map(|i| i.join("\n")).collect();
        let words: Vec<Vec<u32>> = items.iter().map(|i| word_numbers(*i)).collect();
        let by_parts = pairs_of(&words);
        assert_eq!(by_parts, pairs(&joined));
        assert_eq!(by_parts.len(), 1);
    }

    #[test]
    fn ascii_text_is_numbered_as_its_content_words_are() {
        let mut rng = fastrand::Rng::with_seed(3);
        let pieces = [
            "Redesigned",
            "secret",
            "PROPAGATION",
            "it's",
            "'quoted'",
            "the",
            "and",
            "ab",
            "abc",
            "x",
            "Über",
            " ",
            ", ",
            ".\n",
            "''",
            "don't",
            "42",
            "2024's",
            "o''clock'",
            "'''",
            "Eightch8",
            "ninechars",
            "averyveryveryveryveryveryveryveryveryveryveryveryveryverylongword",
        ];
        for _ in 0..2000 {
            let text: String = (0..rng.usize(0..30))
                .map(|_| pieces[rng.usize(..pieces.len())])
                .collect::<Vec<_>>()
                .join(if rng.bool() { " " } else { "" });
            let mut expected = Vec::new();
            content_words(&text, |w| expected.push(number(w)));
            let mut first = std::collections::HashSet::new();
            expected.retain(|&n| first.insert(n));
            assert_eq!(word_numbers([text.as_str()]), expected, "{text:?}");
        }
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
