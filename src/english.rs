//! English, as lp speaks and reads it: plurals and lists in what it prints, and the
//! small word lists it reads text with. The lists are data files in `words/`,
//! compiled in; each has a test that checks its form.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Whether a letter is of a script written without spaces between words: Chinese
/// characters, and the Japanese kana written with them. Text in them is read as runs
/// of letters, not words (`overlap`), and a word ends where they meet Latin letters
/// (`principles::fold`).
pub fn unspaced(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// A word list of `words/`, read once.
pub struct WordList {
    read: LazyLock<Read>,
}

/// A word list as read: its words, the length of the longest, and the ASCII bytes a
/// word of it begins with in either case, so that most words are turned away at once.
struct Read {
    words: FxHashSet<&'static str>,
    longest: usize,
    firsts: [bool; 128],
}

impl Read {
    fn of(text: &'static str) -> Read {
        let words: FxHashSet<&'static str> = lines(text).collect();
        let mut firsts = [false; 128];
        for word in &words {
            if let Some(&b) = word.as_bytes().first().filter(|b| b.is_ascii()) {
                firsts[b.to_ascii_lowercase() as usize] = true;
                firsts[b.to_ascii_uppercase() as usize] = true;
            }
        }
        Read {
            longest: words.iter().map(|w| w.len()).max().unwrap_or(0),
            words,
            firsts,
        }
    }

    /// Whether no word of the list could be `word` in any case: too long, or begun
    /// with an ASCII byte none begins with. (A word begun otherwise is looked up.)
    fn surely_not(&self, word: &str) -> bool {
        word.len() > self.longest
            || word
                .as_bytes()
                .first()
                .is_none_or(|&b| b.is_ascii() && !self.firsts[b as usize])
    }
}

impl WordList {
    const fn new(read: fn() -> Read) -> WordList {
        WordList {
            read: LazyLock::new(read),
        }
    }

    /// Whether `word`, already lower case, is on the list.
    pub fn contains(&self, word: &str) -> bool {
        let read = &*self.read;
        !read.surely_not(word) && read.words.contains(word)
    }

    /// Whether `word` is on the list, whatever its case.
    pub fn contains_any_case(&self, word: &str) -> bool {
        let read = &*self.read;
        if read.surely_not(word) {
            return false;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
            return read.words.contains(word);
        }
        // An ASCII word is lowered on the stack (it is no longer than the longest word).
        let mut lower = [0u8; 64];
        match lower.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                read.words
                    .contains(std::str::from_utf8(lower).expect("ASCII is UTF-8"))
            }
            _ => read.words.contains(word.to_lowercase().as_str()),
        }
    }

    /// Whether a word of the list, in any case, could begin with the ASCII byte `b`:
    /// `false` turns a word away before it is read as text.
    pub fn may_begin(&self, b: u8) -> bool {
        self.read
            .firsts
            .get(usize::from(b))
            .copied()
            .unwrap_or(true)
    }

    /// The words of the list, in no order.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.read.words.iter().copied()
    }

    /// The length in bytes of the list's longest word.
    pub fn longest(&self) -> usize {
        self.read.longest
    }
}

/// The lines of a word list that say something: comments (`#`) and blank lines off.
pub fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: WordList =
            WordList::new(|| Read::of(include_str!(concat!("../words/", $file))));
    };
}

word_list!(
    /// "I", "me", "my" and the rest (`words/first-person.txt`).
    FIRST_PERSON,
    "first-person.txt"
);
word_list!(
    /// "We", "us", "our" and the rest (`words/first-person-plural.txt`).
    FIRST_PERSON_PLURAL,
    "first-person-plural.txt"
);
word_list!(
    /// Verbs in the past tense that do not end in "-ed" (`words/past-tense.txt`).
    PAST_TENSE,
    "past-tense.txt"
);
word_list!(
    /// Words that say how much without a digit (`words/number-words.txt`).
    NUMBER_WORDS,
    "number-words.txt"
);
word_list!(
    /// Words too common to tell two stories apart (`words/common-words.txt`).
    COMMON_WORDS,
    "common-words.txt"
);
word_list!(
    /// Words a shortened title never ends on (`words/hanging-words.txt`).
    HANGING_WORDS,
    "hanging-words.txt"
);
word_list!(
    /// Words that start a sentence, never a label (`words/sentence-openers.txt`).
    SENTENCE_OPENERS,
    "sentence-openers.txt"
);

/// `1 story`, `2 stories`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `a`, `a and b`, `a, b and c`.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    list(items, "and")
}

/// `a`, `a or b`, `a, b or c`.
pub fn or_list<S: AsRef<str>>(items: &[S]) -> String {
    list(items, "or")
}

/// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
pub fn quoted_or_list<S: AsRef<str>>(items: &[S]) -> String {
    let quoted: Vec<String> = items.iter().map(|n| format!("'{}'", n.as_ref())).collect();
    or_list(&quoted)
}

fn list<S: AsRef<str>>(items: &[S], last_joiner: &str) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_string(),
        Some((last, rest)) => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {last_joiner} {}", rest.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list of `words/`, with the form its readers rely on.
    const FILES: &[(&str, &str)] = &[
        (
            "first-person.txt",
            include_str!("../words/first-person.txt"),
        ),
        (
            "first-person-plural.txt",
            include_str!("../words/first-person-plural.txt"),
        ),
        (
            "number-words.txt",
            include_str!("../words/number-words.txt"),
        ),
        ("past-tense.txt", include_str!("../words/past-tense.txt")),
        (
            "common-words.txt",
            include_str!("../words/common-words.txt"),
        ),
        (
            "hanging-words.txt",
            include_str!("../words/hanging-words.txt"),
        ),
        (
            "sentence-openers.txt",
            include_str!("../words/sentence-openers.txt"),
        ),
    ];

    #[test]
    fn every_list_is_one_lower_case_word_a_line_without_repeats() {
        for (file, text) in FILES {
            let words: Vec<&str> = lines(text).collect();
            assert!(!words.is_empty(), "{file} is empty");
            let mut seen = FxHashSet::default();
            for word in &words {
                assert!(
                    word.chars()
                        .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '\''),
                    "{file}: '{word}' is not one lower-case word (a straight apostrophe at most)"
                );
                assert!(seen.insert(*word), "{file}: '{word}' is listed twice");
            }
        }
    }

    #[test]
    fn common_words_are_three_letters_or_more() {
        // Shorter words never count as content words, so listing one would say
        // something the reader never reads.
        for word in lines(include_str!("../words/common-words.txt")) {
            assert!(
                word.len() >= 3,
                "common-words.txt: '{word}' is under three letters"
            );
        }
    }

    #[test]
    fn number_words_leave_out_one() {
        // "no one", "one of them" say no amount.
        assert!(!NUMBER_WORDS.contains("one"));
        assert!(NUMBER_WORDS.contains("twice") && NUMBER_WORDS.contains("thousands"));
    }

    #[test]
    fn the_pronoun_lists_do_not_overlap() {
        for word in lines(include_str!("../words/first-person.txt")) {
            assert!(
                !FIRST_PERSON_PLURAL.contains(word),
                "'{word}' is on both lists"
            );
        }
    }

    #[test]
    fn lookups_respect_case_and_length() {
        assert!(FIRST_PERSON.contains("myself"));
        assert!(!FIRST_PERSON.contains("My"));
        assert!(FIRST_PERSON.contains_any_case("My"));
        assert!(!FIRST_PERSON.contains_any_case("myselves"));
        assert_eq!(NUMBER_WORDS.longest(), "quadrupled".len());
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(or_list(&["a", "b", "c"]), "a, b or c");
        assert_eq!(quoted_or_list(&["a", "b"]), "'a' or 'b'");
        assert_eq!(plural(1, "story", "stories"), "1 story");
        assert_eq!(plural(0, "story", "stories"), "0 stories");
    }
}
