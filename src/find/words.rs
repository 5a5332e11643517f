// Also compiled into the build script (build.rs), which reads the question bank with
// it once, at build time: no inner attributes here.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};

/// Words that carry nothing about which principle a question probes
/// (`words/stop-words.txt`).
static STOP: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../words/stop-words.txt")).collect());

/// Words and two-word phrases that mean the same thing in an interview question, in
/// groups (`words/same.txt`); each is read as its group's first word.
static SAME: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| groups(include_str!("../../words/same.txt")));

/// Words whose stem is a word of [`SAME`] but whose meaning is not
/// (`words/not-same.txt`): each reads as its group's first word, unstemmed.
static NOT_SAME: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    groups(include_str!("../../words/not-same.txt"))
        .into_iter()
        .flat_map(|group| {
            let first = group[0];
            group.into_iter().map(move |word| (word, first))
        })
        .collect()
});

/// Words that name people (`words/people.txt`).
static PEOPLE: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("../../words/people.txt")).collect());

/// The stems of the words that say something only when said of people
/// (`words/said-of-people.txt`): elsewhere they are passed over (see [`each_word`]).
static OF_PEOPLE: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    lines(include_str!("../../words/said-of-people.txt"))
        .map(stem)
        .collect()
});

/// The lines of a word list that say something: comments (`#`) and blank lines off.
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// A list of groups, one a line, its words comma-separated.
fn groups(text: &'static str) -> Vec<Vec<&'static str>> {
    lines(text)
        .map(|l| {
            l.split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .collect()
        })
        .collect()
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Every stemmed word or stemmed two-word phrase of [`SAME`], with the term it reads
/// as.
static READS_AS: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for group in SAME.iter() {
        let canonical = stem_phrase(group[0]);
        for word in group {
            map.entry(stem_phrase(word))
                .or_insert_with(|| canonical.clone());
        }
    }
    map
});

/// The first words of the two-word phrases of [`READS_AS`]: only a word of these can
/// start a phrase, so that the rest cost no look-up of a pair.
static PHRASE_STARTS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    READS_AS
        .keys()
        .filter_map(|k| k.split_once(' ').map(|(first, _)| first.to_string()))
        .collect()
});

/// The words of [`SAME`]'s phrases, as written.
static IN_PHRASES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    SAME.iter()
        .flatten()
        .filter(|w| w.contains([' ', '-']))
        .flat_map(|w| w.split([' ', '-']))
        .collect()
});

/// A phrase's words, stemmed, joined by a space.
fn stem_phrase(phrase: &str) -> String {
    phrase
        .split([' ', '-'])
        .map(stem)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word as the ranking compares it: lower case, Snowball-stemmed. Stories and the
/// principle set say the same words again and again: each is stemmed once.
pub fn stem(word: &str) -> String {
    stem_lower(&word.to_lowercase()).to_string()
}

/// [`stem`] of a word already in lower case, shared with the cache.
fn stem_lower(word: &str) -> Rc<str> {
    thread_local! {
        static STEMMED: RefCell<FxHashMap<String, Rc<str>>> = RefCell::default();
    }
    STEMMED.with_borrow_mut(|seen| {
        if let Some(stemmed) = seen.get(word) {
            return Rc::clone(stemmed);
        }
        let stemmed: Rc<str> = STEMMER.stem(&american(word)).into();
        // A long run over many texts (a fuzzer) must not grow without end.
        if seen.len() >= 100_000 {
            seen.clear();
        }
        seen.insert(word.to_string(), Rc::clone(&stemmed));
        stemmed
    })
}

/// A word in lower case with its British spelling made American, so that the two
/// stem alike: the bank is written "criticised", "prioritise", "behaviour", and most
/// questions "criticized", "prioritize", "behavior" (the stemmer takes `-ize` off but
/// not `-ise`). Both sides of every comparison pass through here, so a word that only
/// looks British ("promise", "contour") is changed alike on both and still meets itself.
fn american(word: &str) -> Cow<'_, str> {
    const ISE: [&str; 10] = [
        "isations", "isation", "ising", "ised", "ises", "isers", "iser", "ise", "yse", "ysed",
    ];
    const OUR: [&str; 6] = ["ourites", "ourite", "ouring", "oured", "ours", "our"];
    // Short words are left: "rise", "wise", "your", "hour", "four".
    if word.len() < 6 || !word.is_ascii() {
        return Cow::Borrowed(word);
    }
    for ending in ISE {
        if let Some(stem) = word.strip_suffix(ending) {
            let z = ending.replacen('s', "z", 1);
            return Cow::Owned(format!("{stem}{z}"));
        }
    }
    for ending in OUR {
        if let Some(stem) = word.strip_suffix(ending) {
            return Cow::Owned(format!("{stem}o{}", &ending[2..]));
        }
    }
    Cow::Borrowed(word)
}

/// A word as written, in lower case, without apostrophes (`don't` is `dont`).
fn lower(word: &str) -> Cow<'_, str> {
    let word = word.trim_matches(['\'', '’']);
    if word
        .chars()
        .any(|c| c.is_uppercase() || c == '\'' || c == '’')
    {
        Cow::Owned(word.replace(['\'', '’'], "").to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The words of a text that are not stop words, each as (term, word as written), in
/// order: a word is stemmed and read as its group in [`SAME`], and two neighbouring
/// words that make a phrase of it are one term.
pub fn words(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    each_word(text, |term, first, second| {
        let written = match second {
            Some(second) => format!("{first} {second}"),
            None => first.to_string(),
        };
        out.push((term.to_string(), written));
    });
    out
}

/// The terms of a text, without the stop words, each once.
pub fn stems(text: &str) -> FxHashSet<String> {
    let mut out = FxHashSet::default();
    each_word(text, |term, _, _| {
        if !out.contains(term) {
            out.insert(term.to_string());
        }
    });
    out
}

/// Calls `found(term, word, next word)` for each word of `text` that is not a stop
/// word, in order, as `words` lists them: the next word is given when the two are one
/// term. Nothing is copied that a word does not need.
pub fn each_word(text: &str, mut found: impl FnMut(&str, &str, Option<&str>)) {
    /// A word's stem: the word as written (a stop word needs none), the first word of
    /// its group in [`NOT_SAME`], or stemmed.
    enum Stem {
        AsWritten,
        First(&'static str),
        Stemmed(Rc<str>),
    }
    let raw: Vec<Cow<str>> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(lower)
        .filter(|w| !w.is_empty())
        .collect();
    let stemmed: Vec<Stem> = raw
        .iter()
        .map(|w| match NOT_SAME.get(w.as_ref()) {
            Some(first) => Stem::First(first),
            // A stop word is passed over unless it is a word of a phrase: it needs no
            // stem (most words of a question are stop words).
            None if STOP.contains(w.as_ref()) && !IN_PHRASES.contains(w.as_ref()) => {
                Stem::AsWritten
            }
            None => Stem::Stemmed(stem_lower(w)),
        })
        .collect();
    let stem = |i: usize| -> &str {
        match &stemmed[i] {
            Stem::AsWritten => raw[i].as_ref(),
            Stem::First(first) => first,
            Stem::Stemmed(stem) => stem,
        }
    };
    let mut i = 0;
    while i < raw.len() {
        if i + 1 < raw.len() && PHRASE_STARTS.contains(stem(i)) {
            let pair = format!("{} {}", stem(i), stem(i + 1));
            if let Some(term) = READS_AS.get(&pair) {
                found(term, &raw[i], Some(&raw[i + 1]));
                i += 2;
                continue;
            }
        }
        i += 1;
        if STOP.contains(raw[i - 1].as_ref()) {
            continue;
        }
        // "Developed a skill", "potential problems": not the sense a principle means,
        // developing people and their potential.
        if OF_PEOPLE.contains(stem(i - 1)) && !about_people(&raw, i - 1) {
            continue;
        }
        let term = READS_AS
            .get(stem(i - 1))
            .map_or_else(|| stem(i - 1), String::as_str);
        found(term, &raw[i - 1], None);
    }
}

/// Whether a word of `words/people.txt` stands within two words before `at` or four
/// after it.
fn about_people(raw: &[Cow<str>], at: usize) -> bool {
    raw[at.saturating_sub(2)..raw.len().min(at + 5)]
        .iter()
        .any(|w| PEOPLE.contains(w.as_ref()))
}

/// The terms of a text: its words and the pairs of neighbouring words (but for two
/// words that read as one, "budget or spend").
pub fn terms(text: &str) -> Vec<String> {
    let words = words(text);
    let mut out: Vec<String> = words.iter().map(|(s, _)| s.clone()).collect();
    out.extend(
        words
            .windows(2)
            .filter(|w| w[0].0 != w[1].0)
            .map(|w| format!("{} {}", w[0].0, w[1].0)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_meet() {
        for (a, b) in [
            ("shipped", "shipping"),
            ("decisions", "decision"),
            ("studies", "studied"),
            ("mentored", "mentoring"),
            ("innovative", "innovation"),
            ("responsibility", "responsible"),
            ("criticised", "criticized"),
            ("prioritising", "prioritizing"),
            ("organisation", "organization"),
            ("analysed", "analyzed"),
            ("behaviour", "behavior"),
            ("favourite", "favorite"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
    }

    #[test]
    fn words_that_mean_the_same_are_one_term() {
        assert_eq!(stems("accomplishment"), stems("achievement"));
        assert_eq!(stems("my boss"), stems("manager"));
        assert_eq!(stems("I pushed back"), stems("disagreed"));
        assert_eq!(stems("curiosity"), stems("curious"));
        assert_eq!(stems("decide"), stems("decision"));
        // Different things stay different.
        assert_ne!(stems("customer"), stems("user"));
        assert_ne!(stems("mistake"), stems("failure"));
    }

    #[test]
    fn a_word_whose_stem_meets_a_group_but_not_its_meaning_stays_apart() {
        assert_ne!(stems("managed"), stems("manager"));
        assert_eq!(stems("managed"), stems("management"));
        assert_ne!(stems("execution"), stems("executive"));
        assert_ne!(stems("figure"), stems("figures"));
        assert_eq!(stems("bosses"), stems("manager"), "inflections still meet");
    }

    #[test]
    fn a_phrase_is_one_term_and_stop_words_go() {
        let w = words("Tell me about a time you had to push back on your boss");
        let terms: Vec<&str> = w.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(terms, [stem("disagree").as_str(), stem("manager").as_str()]);
        assert_eq!(w[0].1, "push back", "the phrase is shown as written");
    }

    #[test]
    fn a_word_said_of_people_is_read_only_near_people() {
        let develop = stem("develop");
        for (text, read) in [
            ("How do you develop the people who report to you?", true),
            (
                "Tell me about someone you developed who now leads others.",
                true,
            ),
            ("Tell me about your role in career development.", true),
            ("Tell me about a skill you developed recently.", false),
            ("How have you leveraged data to develop a strategy?", false),
            ("What do you consider when developing test cases?", false),
        ] {
            assert_eq!(stems(text).contains(&develop), read, "{text}");
        }
        assert!(!stems("We anticipated potential problems").contains(&stem("potential")));
        assert!(stems("You saw a junior engineer's potential").contains(&stem("potential")));
        assert!(!stems("What training courses have you taken?").contains(&stem("train")));
        assert!(stems("How do you train new hires?").contains(&stem("train")));
    }

    #[test]
    fn the_people_lists_are_single_lower_case_words() {
        for (file, text) in [
            ("people.txt", include_str!("../../words/people.txt")),
            (
                "said-of-people.txt",
                include_str!("../../words/said-of-people.txt"),
            ),
        ] {
            let words: Vec<&str> = lines(text).collect();
            assert!(!words.is_empty(), "{file}");
            for word in words {
                assert!(
                    word.chars().all(|c| c.is_ascii_lowercase()),
                    "{file}: {word:?} is not one lower-case word"
                );
            }
        }
        // A word said of people is not itself a word naming people.
        for word in lines(include_str!("../../words/said-of-people.txt")) {
            assert!(!PEOPLE.contains(word), "{word}");
        }
    }

    #[test]
    fn every_group_reads_as_its_first_word() {
        for group in SAME.iter() {
            for word in group {
                // Phrases are matched two words at a time.
                assert!(word.split([' ', '-']).count() <= 2, "{word}");
            }
            let first = stem_phrase(group[0]);
            for word in group {
                let read = READS_AS.get(&stem_phrase(word)).unwrap();
                // A word in two groups reads as the first group it is in.
                let earlier = SAME
                    .iter()
                    .take_while(|g| !std::ptr::eq(*g, group))
                    .any(|g| g.iter().any(|w| stem_phrase(w) == stem_phrase(word)));
                assert!(
                    earlier || *read == first,
                    "{word} reads as {read}, not {first}"
                );
            }
        }
    }

    /// The word lists are data: each entry lower case letters (a space, hyphen or
    /// apostrophe inside a phrase), none twice in one list, and the lists as long as
    /// the ranking was measured with.
    #[test]
    fn the_word_lists_are_well_formed() {
        let well_formed = |w: &str| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_digit() || " -'".contains(c))
                && !w.starts_with([' ', '-'])
                && !w.ends_with([' ', '-'])
        };
        let stop: Vec<&str> = lines(include_str!("../../words/stop-words.txt")).collect();
        assert_eq!(stop.len(), STOP.len(), "a stop word twice");
        assert!(stop.len() >= 100, "{}", stop.len());
        for w in &stop {
            assert!(well_formed(w) && !w.contains(' '), "stop word {w:?}");
        }
        let mut seen = FxHashSet::default();
        for group in SAME.iter() {
            assert!(!group.is_empty(), "an empty group");
            for w in group {
                assert!(well_formed(w), "same.txt: {w:?}");
                assert!(seen.insert(*w), "same.txt: {w:?} twice");
            }
        }
        assert!(SAME.len() >= 50, "{}", SAME.len());
        for (word, first) in NOT_SAME.iter() {
            assert!(
                well_formed(word) && well_formed(first),
                "not-same.txt: {word:?}"
            );
            // A word kept apart must not be a word of a group as written.
            assert!(
                !seen.contains(word),
                "{word} is in same.txt and not-same.txt"
            );
        }
    }
}
