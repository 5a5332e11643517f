//! The words of a question as `lp find` compares them: lower case, without the words
//! every interview question has, stemmed (Snowball's English stemmer: `innovative`
//! and `innovation` are one word), and with words that mean the same in an interview
//! question made one (`accomplishment` is `achievement`, `boss` is `manager`, `push
//! back` is `disagree`). Nothing here knows a principle set: it works for any.

use std::cell::RefCell;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};

/// Words that carry nothing about which principle a question probes.
const STOP: &[&str] = &[
    "a",
    "about",
    "action",
    "actions",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anyone",
    "anything",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "best",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "describe",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "each",
    "even",
    "ever",
    "example",
    "examples",
    "experience",
    "for",
    "from",
    "get",
    "give",
    "go",
    "got",
    "had",
    "happened",
    "has",
    "have",
    "having",
    "he",
    "her",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "me",
    "most",
    "my",
    "no",
    "of",
    "on",
    "once",
    "one",
    "or",
    "other",
    "our",
    "out",
    "over",
    "particular",
    "please",
    "recent",
    "recently",
    "say",
    "share",
    "she",
    "should",
    "situation",
    "so",
    "some",
    "something",
    "someone",
    "specific",
    "such",
    "talk",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "time",
    "times",
    "to",
    "up",
    "us",
    "very",
    "walk",
    "was",
    "way",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yourself",
];

/// Words and two-word phrases that mean the same thing in an interview question, in
/// groups; each is read as its group's first word. A hyphen joins two words
/// (`long-term` is the phrase `long term`). General English, not a principle's
/// vocabulary: the principle sets say which principle a word points to.
#[rustfmt::skip]
const SAME: &[&[&str]] = &[
    &["achievement", "accomplishment", "accomplished", "proudest", "proud"],
    &["mistake", "error", "blunder", "slip", "screwed up", "messed up"],
    &["failure", "fail", "failed", "flop", "went wrong"],
    &["disagree", "disagreement", "disagreed", "objected", "pushback", "push back",
        "pushed back", "opposed", "dissent"],
    &["conflict", "clash", "friction", "tension", "argument"],
    &["mentor", "mentee", "coach", "tutor", "teach", "taught"],
    &["hire", "recruit", "recruiting", "candidate", "hiring"],
    &["onboard", "onboarding", "ramp up", "ramped up", "new joiner", "new hire"],
    &["customer", "client", "consumer", "buyer", "shopper"],
    &["user", "end user"],
    &["deadline", "due date", "timeline", "cutoff"],
    &["cost", "expense", "expensive", "spend", "spending", "budget", "money", "dollars",
        "cheap", "cheaper", "savings", "saved money"],
    &["resource", "headcount", "staffing"],
    &["constraint", "limited", "scarce", "shortage", "less", "fewer", "lean"],
    &["quickly", "quick", "fast", "faster", "speed", "rapid", "rapidly", "swiftly",
        "hurry", "immediately", "urgent", "urgency", "asap"],
    &["risk", "gamble", "risky", "calculated risk"],
    &["data", "metrics", "numbers", "analytics", "statistics", "figures"],
    &["investigate", "dig", "dug", "probe", "troubleshoot", "diagnose", "drill down",
        "root cause", "bottom of"],
    &["detail", "details", "granular", "thorough", "meticulous", "in depth", "in-depth"],
    &["simplify", "simpler", "simplest", "simple", "simplification", "streamline",
        "streamlined"],
    &["invent", "invention", "inventive", "innovate", "innovation", "innovative", "novel",
        "creative", "creativity"],
    &["learn", "learned", "learnt", "learning", "study", "studied", "self-taught",
        "picked up", "upskill"],
    &["curious", "curiosity", "inquisitive", "wonder", "explore", "exploration",
        "explored"],
    &["honest", "honesty", "candid", "candor", "candour", "transparent", "transparency",
        "truth", "frank", "forthright", "harsh truth"],
    &["trust", "credibility", "credible", "trusted", "rapport"],
    &["apologize", "apologise", "apology", "apologized", "owned up", "admit", "admitted"],
    &["quality", "excellence", "craftsmanship", "polish", "polished"],
    &["standard", "standards", "bar"],
    &["bold", "ambitious", "ambition", "audacious", "moonshot", "big bet"],
    &["vision", "visionary", "big picture", "long-range"],
    &["goal", "target", "objective", "okr", "okrs"],
    &["obstacle", "setback", "roadblock", "hurdle", "blocker", "adversity", "headwind"],
    &["prioritize", "prioritise", "priority", "priorities", "triage", "juggle", "juggling",
        "competing", "plate"],
    &["morale", "wellbeing", "well-being", "burnout", "burned out", "workload", "stress",
        "overworked"],
    &["inclusive", "inclusion", "diversity", "diverse team", "belonging",
        "underrepresented"],
    &["safety", "safe", "unsafe", "injury", "hazard"],
    &["community", "society", "societal", "public", "world", "planet", "environmental",
        "sustainability", "sustainable", "climate", "carbon"],
    &["ethical", "ethics", "ethically", "integrity", "right thing"],
    &["manager", "boss", "leadership", "executive", "director", "vp", "superior",
        "senior leader", "senior leadership", "higher-up", "higher-ups"],
    &["colleague", "peer", "coworker", "co-worker", "teammate", "team member"],
    &["feedback", "criticism", "critique", "critical feedback"],
    &["decision", "decide", "decided", "decisive", "decisiveness"],
    &["judgment", "judgement", "instinct", "instincts", "intuition", "gut"],
    &["ambiguity", "ambiguous", "unclear", "uncertainty", "uncertain", "incomplete",
        "not clear"],
    &["responsibility", "responsible", "accountable", "accountability"],
    &["initiative", "proactive", "proactively", "unprompted"],
    &["status quo", "convention", "conventional"],
    &["unpopular", "controversial"],
    &["long term", "long-term", "long run", "years ahead"],
    &["short term", "short-term", "quick win"],
    &["deliver", "delivered", "delivering", "ship", "shipped", "shipping", "launch",
        "launched"],
    &["commitment", "commit", "committed", "promise", "promised"],
    &["help", "helped", "assist", "assisted"],
    &["persevere", "perseverance", "persistence", "persistent", "tenacity", "gave up",
        "give up", "kept going"],
];

/// Words whose stem is a word of [`SAME`] but whose meaning is not: each group reads as
/// its first word, unstemmed, so that it meets neither (`managed` a project is not a
/// `manager`, `execution` is not an `executive`, to `figure out` is not `figures`).
const NOT_SAME: &[&[&str]] = &[
    &["manage", "manages", "managed", "managing", "management"],
    &["execution", "execute", "executes", "executed", "executing"],
    &["figure", "figured", "figuring"],
    &["wonderful"],
    &["moral", "morals"],
];

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Every stemmed word or stemmed two-word phrase of [`SAME`], with the term it reads
/// as.
static READS_AS: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for group in SAME {
        let canonical = stem_phrase(group[0]);
        for word in *group {
            map.entry(stem_phrase(word))
                .or_insert_with(|| canonical.clone());
        }
    }
    map
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
    thread_local! {
        static STEMMED: RefCell<FxHashMap<String, String>> = RefCell::default();
    }
    let word = word.to_lowercase();
    STEMMED.with_borrow_mut(|seen| {
        if let Some(stemmed) = seen.get(&word) {
            return stemmed.clone();
        }
        let stemmed = STEMMER.stem(&word).into_owned();
        // A long run over many texts (a fuzzer) must not grow without end.
        if seen.len() >= 100_000 {
            seen.clear();
        }
        seen.insert(word, stemmed.clone());
        stemmed
    })
}

/// The words of a text that are not stop words, each as (term, word as written), in
/// order: a word is stemmed and read as its group in [`SAME`], and two neighbouring
/// words that make a phrase of it are one term.
pub fn words(text: &str) -> Vec<(String, String)> {
    let raw: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| {
            w.trim_matches(['\'', '’'])
                .replace(['\'', '’'], "")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let stemmed: Vec<String> = raw
        .iter()
        .map(
            |w| match NOT_SAME.iter().find(|group| group.contains(&w.as_str())) {
                Some(group) => group[0].to_string(),
                None => stem(w),
            },
        )
        .collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if let Some(next) = stemmed.get(i + 1) {
            let pair = format!("{} {}", stemmed[i], next);
            if let Some(term) = READS_AS.get(&pair) {
                out.push((term.clone(), format!("{} {}", raw[i], raw[i + 1])));
                i += 2;
                continue;
            }
        }
        i += 1;
        if STOP.contains(&raw[i - 1].as_str()) {
            continue;
        }
        let term = READS_AS.get(&stemmed[i - 1]).unwrap_or(&stemmed[i - 1]);
        out.push((term.clone(), raw[i - 1].clone()));
    }
    out
}

/// The terms of a text, without the stop words, each once.
pub fn stems(text: &str) -> FxHashSet<String> {
    words(text).into_iter().map(|(term, _)| term).collect()
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
    fn every_group_reads_as_its_first_word() {
        for group in SAME {
            for word in *group {
                // Phrases are matched two words at a time.
                assert!(word.split([' ', '-']).count() <= 2, "{word}");
            }
            let first = stem_phrase(group[0]);
            for word in *group {
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
}
