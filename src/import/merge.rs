//! Drafts that likely tell one story, and making each such pair one draft.

use std::collections::BTreeSet;

use super::origin::Origin;
use super::rules::append;
use super::{Draft, Duplicate, ImportPlan, words_of};
use crate::model::Part;
use crate::overlap;

/// Drafts that likely tell the same story (see `overlap::pairs_of`). A word that a
/// third or more of a file's drafts hold (three at least, in a file of six drafts or
/// more) is the file's, not a story's: the company, the product, the team all the stories share ("HPE",
/// "microservices"), so it does not make two drafts one story. Nor do the file's
/// template (a short line two drafts or more hold, `**AI Feedback:**`) and where its
/// links and pictures point (`images/conflict_question.png`).
pub fn find_duplicates(drafts: &[Draft]) -> Vec<Duplicate> {
    // A story told in three parts or more is what those parts say; its notes then
    // hold what is said about it (the evidence for a question's fit, a coach's
    // remark), not the story.
    let texts: Vec<String> = drafts
        .iter()
        .map(|d| {
            let said = if d.story.written_parts().count() >= 3 {
                d.parts_text()
            } else {
                d.all_text()
            };
            without_link_targets(&without_hashtags(&said))
        })
        .collect();
    let template = template_lines(&texts);
    let mut words: Vec<Vec<u32>> = drafts
        .iter()
        .zip(&texts)
        .map(|(d, text)| {
            let own: Vec<&str> = text
                .lines()
                .filter(|l| !template.contains(&words_of(l)))
                .collect();
            overlap::word_numbers([d.story.title.as_str(), own.join("\n").as_str()])
        })
        .collect();
    if drafts.len() >= 6 {
        let mut holders: rustc_hash::FxHashMap<u32, usize> = rustc_hash::FxHashMap::default();
        for these in &words {
            for &word in these {
                *holders.entry(word).or_default() += 1;
            }
        }
        let common = |word: &u32| holders[word] >= 3 && holders[word] * 3 >= drafts.len();
        for these in &mut words {
            these.retain(|w| !common(w));
        }
    }
    let pairs = overlap::pairs_of(&words);
    // A draft that shares words with three others or more, which share too few with
    // one another to tell one story, sums several up (a career's arc, an overview): it
    // retells none of them.
    let mut partners: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    let mut paired: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    for &(i, j, _) in &pairs {
        partners.entry(i).or_default().push(j);
        partners.entry(j).or_default().push(i);
        paired.insert((i, j));
    }
    let overviews: rustc_hash::FxHashSet<usize> = partners
        .iter()
        .filter(|(_, theirs)| {
            theirs.len() >= 3
                && theirs.iter().enumerate().all(|(k, &a)| {
                    theirs[k + 1..]
                        .iter()
                        .all(|&b| !paired.contains(&(a.min(b), a.max(b))))
                })
        })
        .map(|(&d, _)| d)
        .collect();
    // A backup story and the story it backs up: two, by the writer's word.
    let backs_up = |i: usize, j: usize| j == i + 1 && drafts[j].another;
    let mut found: Vec<Duplicate> = pairs
        .into_iter()
        .filter(|(i, j, _)| !overviews.contains(i) && !overviews.contains(j))
        .filter(|&(i, j, _)| !backs_up(i, j))
        .map(|(i, j, shared_words)| Duplicate {
            drafts: (i, j),
            shared_words,
            retold: false,
        })
        .collect();
    // A name said again, and a note that says so itself ("again"): pairs too few
    // words make for the count above.
    let words: Vec<Vec<String>> = texts.iter().map(|t| super::rules::plain_words(t)).collect();
    let named = named_again(&texts, &words)
        .into_iter()
        .map(|(i, j, n)| (i, j, n, false));
    let again = told_again(&texts, &words)
        .into_iter()
        .chain(said_retold(drafts, &words))
        .map(|(i, j, n)| (i, j, n, true));
    let translated = told_in_two_languages(drafts, &texts);
    let outcome = same_result(drafts).into_iter().chain(same_figure(drafts));
    for (i, j, shared_words, retold) in named
        .chain(again)
        .chain(titled_alike(drafts))
        .chain(translated)
        .chain(outcome)
    {
        match found.iter_mut().find(|d| d.drafts == (i, j)) {
            Some(pair) => pair.retold |= retold,
            None => found.push(Duplicate {
                drafts: (i, j),
                shared_words,
                retold,
            }),
        }
    }
    found.sort_by_key(|d| d.drafts);
    found
}

/// Two drafts, and only two, whose Results say the same sentence of eight words or
/// more, word for word (`R: design a non-historical record based model with an average
/// precision improvement of 17%` under Think Big and again under Learn and Be Curious),
/// or but for one word that holds no figure (`Zero payment failures over 6 months of
/// production operation` and `… of live operation`): one outcome, so one story told
/// twice, however its scene is told. Pairs of places, lower first, with the words the
/// two sentences share.
fn same_result(drafts: &[Draft]) -> Vec<(usize, usize, usize, bool)> {
    // (Each sentence's words, lower case, a space between them; and, for a sentence of
    // thirty words at most, each with one of its words that holds no digit left out, a
    // mark in its place: an outcome is said in fewer, and a longer one would cost its
    // length squared.)
    let mut holders: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    for (i, draft) in drafts.iter().enumerate() {
        let result = draft.story.part(Part::Result);
        let mut seen: rustc_hash::FxHashSet<String> = Default::default();
        for sentence in result.split_terminator(['.', '!', '?', '\n']) {
            let words = words_of(sentence);
            let these: Vec<&str> = words.split(' ').collect();
            if these.len() < 8 {
                continue;
            }
            let may_leave_out = if these.len() <= 30 { these.len() } else { 0 };
            let one_left_out = (0..may_leave_out)
                .filter(|&k| !these[k].chars().any(|c| c.is_ascii_digit()))
                .map(|k| {
                    let mut marked = these.clone();
                    marked[k] = LEFT_OUT;
                    marked.join(" ")
                });
            for key in std::iter::once(words.clone()).chain(one_left_out) {
                if seen.insert(key.clone()) {
                    holders.entry(key).or_default().push(i);
                }
            }
        }
    }
    // (With the words the two share: all of a sentence said alike, all but one of one
    // said but for a word.)
    let mut out = held_by_two(holders);
    out.sort_by_key(|&(i, j, shared, _)| (i, j, std::cmp::Reverse(shared)));
    out.dedup_by_key(|p| (p.0, p.1));
    out
}

/// Two drafts whose Results move the same measure by the same figure,
/// told in other words (`Release cycle time cut 15%` and `15% reduction in release
/// cycle time`): one outcome, so one story told twice. A figure is a number with a
/// sign of what it counts (`15%`, `4,000+`, `$1M`, `3x`) or of two digits or more; the
/// measure is two words or more, besides the figure and words of change ("cut",
/// "reduction"), that the two sentences holding it share. Pairs of places, lower
/// first, with the words shared.
fn same_figure(drafts: &[Draft]) -> Vec<(usize, usize, usize, bool)> {
    // Each draft's figures, each with the measure words of the sentence it is in.
    let mut holders: rustc_hash::FxHashMap<String, Vec<(usize, Vec<String>)>> = Default::default();
    for (i, draft) in drafts.iter().enumerate() {
        let result = draft.story.part(Part::Result).replace(". ", "\n");
        for sentence in result.split_terminator(['!', '?', ';', '\n']) {
            let measure: Vec<String> = super::rules::plain_words(sentence)
                .into_iter()
                .filter(|w| {
                    w.chars().count() >= 3
                        && !w.chars().any(|c| c.is_ascii_digit())
                        && !crate::english::COMMON_WORDS.contains(w.as_str())
                        && !CHANGE.contains(&w.as_str())
                })
                .collect();
            for token in sentence.split_whitespace() {
                let figure = token
                    .trim_matches(|c: char| {
                        matches!(
                            c,
                            '.' | ',' | ':' | '(' | ')' | '*' | '~' | '>' | '<' | '≥' | '≤' | '≈'
                        )
                    })
                    .to_lowercase();
                if !is_figure(&figure) {
                    continue;
                }
                // (Drafts are read in order: this one, if it holds the figure already,
                // is the last to.)
                let these = holders.entry(figure).or_default();
                match these.last_mut().filter(|(d, _)| *d == i) {
                    Some((_, words)) => words.extend(measure.iter().cloned()),
                    None => these.push((i, measure.clone())),
                }
            }
        }
    }
    // (A figure many drafts give, `100%` in a file of forty, is the file's way of
    // speaking: it pairs none.)
    let mut out: Vec<(usize, usize, usize, bool)> = Vec::new();
    // (Nor one that three drafts give for the same measure, `Holdout score 0.79+`: the
    // outcome of a project several stories of it share, not one story's.)
    for these in holders.into_values().filter(|these| these.len() <= 8) {
        let mut found = Vec::new();
        for (k, (i, a)) in these.iter().enumerate() {
            let a: BTreeSet<&String> = a.iter().collect();
            for (j, b) in &these[k + 1..] {
                let shared = b.iter().collect::<BTreeSet<_>>().intersection(&a).count();
                if shared >= 2 {
                    found.push((*i, *j, shared, false));
                }
            }
        }
        if let [pair] = found.as_slice() {
            out.push(*pair);
        }
    }
    out.sort_unstable();
    out.dedup_by_key(|p| (p.0, p.1));
    out
}

/// Whether a word is a figure: a number, its thousands set apart by commas or its
/// fraction by a point, with a sign of what it counts before or after it (`15%`,
/// `4,000+`, `$1M`, `3x`, `€50k`), or of two digits or more and no year (`30`, not
/// `2023`). Not a label's number (`S1/A1`), a range or a format (`30-90-30`).
fn is_figure(word: &str) -> bool {
    let number = word.trim_start_matches(['$', '€', '£']);
    let signed = number.len() < word.len();
    let digits_end = number
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(number.len());
    let (digits, unit) = number.split_at(digits_end);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let unit = unit.trim_end_matches('+');
    let known = matches!(unit, "" | "%" | "x" | "k" | "m" | "mm" | "b" | "bn");
    let sign = !unit.is_empty() || number.ends_with('+') || signed;
    let count = digits.chars().filter(char::is_ascii_digit).count();
    let year = count == 4 && (digits.starts_with("19") || digits.starts_with("20"));
    known && (sign || count >= 2 && !year)
}

/// Words that say a measure moved, and how far or where ("cut", "reduction", "more
/// than", "across"), not what it measures.
const CHANGE: &[&str] = &[
    "cut",
    "cuts",
    "reduced",
    "reduce",
    "reduces",
    "reduction",
    "reducing",
    "increased",
    "increase",
    "increases",
    "improved",
    "improve",
    "improvement",
    "improvements",
    "down",
    "faster",
    "slower",
    "lower",
    "higher",
    "raised",
    "dropped",
    "drop",
    "grew",
    "growth",
    "saved",
    "saving",
    "savings",
    "less",
    "more",
    "over",
    "within",
    "across",
    "than",
];

/// What stands in a sentence's key for the word left out of it (see `same_result`):
/// no word of a text is this.
const LEFT_OUT: &str = "\u{1}";

/// The pairs of drafts that a key (a name, a sentence: its words, a space between
/// them) is held by, when exactly two hold it; lower first, in order, with the key's
/// length in words (the mark left in a word's place not counted).
fn held_by_two(
    holders: rustc_hash::FxHashMap<String, Vec<usize>>,
) -> Vec<(usize, usize, usize, bool)> {
    let mut out: Vec<(usize, usize, usize, bool)> = holders
        .into_iter()
        .filter_map(|(key, these)| match these.as_slice() {
            [i, j] => Some((
                *i,
                *j,
                key.split(' ').filter(|w| *w != LEFT_OUT).count(),
                false,
            )),
            _ => None,
        })
        .collect();
    out.sort_unstable();
    out
}

/// A story told in one language and then again in another, just after it, for the
/// same question (a telling in Chinese with English terms, then one in English): two
/// drafts side by side, one mostly in another script, answering the same questions,
/// half or more of the Latin words of the one in another script (the names of things,
/// `Kafka`, `consumer`, `thread pool`) found in the other, and two at least. Pairs of
/// places, lower first, with the words shared.
fn told_in_two_languages(drafts: &[Draft], texts: &[String]) -> Vec<(usize, usize, usize, bool)> {
    let latin = |text: &str| -> rustc_hash::FxHashSet<String> {
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 3 && w.bytes().any(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_lowercase)
            .filter(|w| !crate::english::COMMON_WORDS.contains(w.as_str()))
            .collect()
    };
    let mut out = Vec::new();
    for i in 1..drafts.len() {
        let (a, b) = (&drafts[i - 1], &drafts[i]);
        let other = super::rules::mostly_other_script;
        let (foreign, english) = match (other(&texts[i - 1]), other(&texts[i])) {
            (true, false) => (&texts[i - 1], &texts[i]),
            (false, true) => (&texts[i], &texts[i - 1]),
            _ => continue,
        };
        if a.story.questions.is_empty() || a.story.questions != b.story.questions {
            continue;
        }
        let terms = latin(foreign);
        let found = latin(english);
        let shared = terms.iter().filter(|w| found.contains(*w)).count();
        if shared >= 2 && shared * 2 >= terms.len() {
            out.push((i - 1, i, shared, false));
        }
    }
    out
}

/// Two drafts, and only two, that the notes name the same (`Project Catalog` under
/// one principle, and again under another): one story, however differently told. A
/// name of one word (`Weak`, `Strong`) may be a label, and is left out. Pairs of
/// places, lower first, with the name's length in words. (A heading that names the
/// kind of story, `xfunc conflict` over two answers, names no story: the writer's
/// category, used twice.)
fn titled_alike(drafts: &[Draft]) -> Vec<(usize, usize, usize, bool)> {
    let mut by_title: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    for (i, draft) in drafts.iter().enumerate() {
        let words = super::rules::plain_words(&draft.story.title);
        if words.len() >= 2 && !super::rules::names_a_theme(&draft.story.title) {
            by_title.entry(words.join(" ")).or_default().push(i);
        }
    }
    held_by_two(by_title)
}

/// A short note that names a story and says "again" ("TenneT example, again",
/// "IRPWIND again, final judges said…"): the story told first under that name, above
/// it, told again for another principle. Pairs of places, lower first, with the name's
/// length in words. (`words`: each text's words, as for [`named_again`].)
fn told_again(texts: &[String], words: &[Vec<String>]) -> Vec<(usize, usize, usize)> {
    // Words around a name that are not it, and words that open a line without naming.
    const NOT_NAME: &[&str] = &[
        "example", "story", "case", "project", "the", "a", "an", "same", "as", "one", "once",
        "then", "and", "but", "so", "this", "that", "it", "we", "i", "they", "do", "did", "try",
        "tried", "happened", "here", "use", "used", "see", "my", "our",
    ];
    let mut out = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        if lines != 1 || words[i].len() > 14 {
            continue;
        }
        let Some(at) = words[i].iter().position(|w| w == "again") else {
            continue;
        };
        if !(1..=4).contains(&at) {
            continue;
        }
        let name: Vec<&String> = words[i][..at]
            .iter()
            .filter(|w| !NOT_NAME.contains(&w.as_str()))
            .collect();
        if name.is_empty()
            || name.len() > 3
            || name
                .iter()
                .any(|w| w.chars().count() < 3 || super::rules::past(w))
        {
            continue;
        }
        // The first draft above that holds the name, word for word.
        let holds = |these: &[String]| {
            these
                .windows(name.len())
                .any(|run| run.iter().zip(&name).all(|(a, b)| a == *b))
        };
        if let Some(j) = (0..i).find(|&j| holds(&words[j])) {
            out.push((j, i, name.len()));
        }
    }
    out
}

/// A draft that says it is another story told again, naming it (`This is the OCI APM
/// story reframed for the "disagree with leadership" angle`), and the first draft
/// above it that holds the name, word for word: one story, told twice on purpose.
/// Pairs of places, lower first, with the name's length in words.
/// (The saying is read in all a draft holds, its notes too: `words`, each draft's
/// words as the pairs are counted, may leave them out.)
fn said_retold(drafts: &[Draft], words: &[Vec<String>]) -> Vec<(usize, usize, usize)> {
    const RETOLD: &[&str] = &["reframed", "retold", "again", "rewritten", "reworded"];
    let mut out = Vec::new();
    for (i, draft) in drafts.iter().enumerate() {
        let these = &super::rules::plain_words(&draft.all_text());
        // `the NAME story reframed`: "the", a name of one to three words, "story", and
        // a word that says it is told again within the next three.
        let found = these.iter().enumerate().find_map(|(at, w)| {
            let after = these.get(at + 1..(at + 4).min(these.len()))?;
            if w != "story" || !after.iter().any(|w| RETOLD.contains(&w.as_str())) {
                return None;
            }
            let the = (1..=3).find(|&n| at > n && these[at - n - 1] == "the")?;
            let name = &these[at - the..at];
            name.iter()
                .all(|w| w.chars().count() >= 2 && w != "same" && w != "this")
                .then_some(name)
        });
        let Some(name) = found else {
            continue;
        };
        let holds = |others: &[String]| {
            others
                .windows(name.len())
                .any(|run| run.iter().zip(name).all(|(a, b)| a == b))
        };
        if let Some(j) = (0..i).find(|&j| holds(&words[j])) {
            out.push((j, i, name.len()));
        }
    }
    out
}

/// A story's name alone as a draft ("Mongo Schema migrator", under one principle) and
/// each other draft that holds the same name, word for word (the story named again
/// under another principle, or told there): one story, too few words to share for
/// [`overlap::pairs_of`]. A name that five drafts or more hold is the file's, not a
/// story's. Pairs of places, lower first, with the name's length in words. (`words`:
/// each text's words, lower case, cut at anything not a letter or a digit.)
fn named_again(texts: &[String], words: &[Vec<String>]) -> Vec<(usize, usize, usize)> {
    // The drafts that are a name alone, by the name.
    let mut names: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    for (i, text) in texts.iter().enumerate() {
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        if lines == 1 && (2..=6).contains(&words[i].len()) {
            names.entry(words[i].join(" ")).or_default().push(i);
        }
    }
    if names.is_empty() {
        return Vec::new();
    }
    // For each name, the drafts that hold it: each run of two to six words of each
    // draft looked up (a name five drafts or more hold is left, as it is below).
    let mut holders: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    for (j, these) in words.iter().enumerate() {
        for at in 0..these.len() {
            let mut run = String::new();
            for (k, word) in these[at..these.len().min(at + 6)].iter().enumerate() {
                if k > 0 {
                    run.push(' ');
                }
                run.push_str(word);
                if k == 0 {
                    continue;
                }
                // (A name five drafts are alone is the file's too.)
                let alone = names.get(&run).filter(|these| these.len() < 5);
                for &i in alone.into_iter().flatten() {
                    let held = holders.entry(i).or_default();
                    if i != j && held.len() < 5 && held.last() != Some(&j) {
                        held.push(j);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    // Two names alone that are one name written a letter or two apart (`Theme Release
    // Management`, `Theme release maangement`): each word the same, or a long one
    // (five letters or more) one or two slips off, its first letter right. Compared
    // only among names of as many words with the same first letters.
    let mut alike: rustc_hash::FxHashMap<(usize, String), Vec<usize>> = Default::default();
    for these in names.values().filter(|these| these.len() < 5) {
        let i = these[0];
        let key: String = words[i].iter().filter_map(|w| w.chars().next()).collect();
        alike.entry((words[i].len(), key)).or_default().push(i);
    }
    let slipped = |a: &str, b: &str| {
        a == b
            || a.chars().count() >= 5
                && a.chars().next() == b.chars().next()
                && strsim::osa_distance(a, b) <= 2
    };
    for group in alike.values().filter(|g| (2..=8).contains(&g.len())) {
        for (k, &i) in group.iter().enumerate() {
            for &j in &group[k + 1..] {
                if words[i] != words[j]
                    && words[i].iter().zip(&words[j]).all(|(a, b)| slipped(a, b))
                {
                    out.push((i.min(j), i.max(j), words[i].len()));
                }
            }
        }
    }
    for (i, held) in holders {
        if held.len() >= 5 {
            continue;
        }
        for j in held {
            let pair = (i.min(j), i.max(j), words[i].len());
            if !out.iter().any(|&(a, b, _)| (a, b) == (pair.0, pair.1)) {
                out.push(pair);
            }
        }
    }
    out.sort_unstable();
    out
}

/// The short lines (six words or fewer) that two drafts or more hold, and any line
/// three or more hold: labels and phrases of the file's template, not what a story
/// says.
fn template_lines(texts: &[String]) -> BTreeSet<String> {
    let mut holders: rustc_hash::FxHashMap<String, usize> = Default::default();
    for text in texts {
        let keys: BTreeSet<String> = text
            .lines()
            .map(words_of)
            .filter(|k| !k.is_empty())
            .collect();
        for key in keys {
            *holders.entry(key).or_default() += 1;
        }
    }
    // A longer line is the file's when three drafts or more hold it, word for word
    // (`**Source:** Report #003 — OpenAI — Full-Stack Software Engineer` over each):
    // two may be one story told twice.
    holders
        .into_iter()
        .filter(|(key, n)| *n >= 3 || *n >= 2 && key.split(' ').count() <= 6)
        .map(|(key, _)| key)
        .collect()
}

/// A text without where its links and pictures point (`[text](target)`: the text is
/// kept).
fn without_link_targets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let Some(close) = rest[at + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..at + 1]);
        rest = &rest[at + 2 + close + 1..];
    }
    out.push_str(rest);
    out
}

/// A text without its hashtags (`#amazon #emea #judgment-call`): labels the person
/// files stories under, not what a story says, so two stories filed alike are not
/// one story for that.
fn without_hashtags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut at_word_start = true;
    while let Some((_, c)) = chars.next() {
        let tag = at_word_start
            && c == '#'
            && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if tag {
            while chars.peek().is_some_and(|(_, n)| !n.is_whitespace()) {
                chars.next();
            }
            continue;
        }
        at_word_start = c.is_whitespace();
        out.push(c);
    }
    out
}

/// Folds each draft that says, by a link to a heading of the same notes, which story
/// it tells (`**Story used:** → [Story C — NAME](#story-c--name)`) into the draft that
/// heading starts: an answer written out for a question, pointing at the story it
/// tells, is that story told again. Its questions become the story's, its principles
/// join the story's, and its text goes to the story's notes, with where it came
/// from. `lines` are the notes' lines. Gives, for each draft as it was, where it is
/// now (`None`: folded into another).
pub fn fold_linked_tellings(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
) -> Vec<Option<usize>> {
    let heading_key = |d: &Draft| -> Option<String> {
        let first = lines.get(d.lines.0.checked_sub(1)?)?.trim_start();
        first
            .starts_with('#')
            .then(|| anchor_key(first.trim_start_matches('#')))
    };
    let keys: Vec<Option<String>> = plan.drafts.iter().map(heading_key).collect();
    let mut folds: Vec<(usize, usize)> = Vec::new();
    for (i, draft) in plan.drafts.iter().enumerate() {
        let (from, to) = draft.lines;
        let text = lines
            .get(from.saturating_sub(1)..to.min(lines.len()))
            .unwrap_or_default();
        let mut targets: Vec<usize> = text
            .iter()
            .flat_map(|line| story_links(line))
            .filter_map(|key| keys.iter().position(|k| k.as_deref() == Some(key.as_str())))
            .filter(|&j| j != i)
            .collect();
        targets.dedup();
        // One story named, and it is not itself told by pointing at another.
        if let [j] = targets[..] {
            folds.push((i, j));
        }
    }
    let folded: BTreeSet<usize> = folds.iter().map(|&(i, _)| i).collect();
    for &(i, j) in &folds {
        if folded.contains(&j) {
            continue;
        }
        // Its title, unless it is its question (or was taken from its own words).
        fold_into(plan, i, j, origin, "Told again", |telling, title| {
            !telling.story.questions.iter().any(|q| q.trim() == title)
        });
    }
    // Kept when the story it pointed at was itself folded away.
    let gone = |i: usize| {
        folded.contains(&i) && !folds.iter().any(|&(a, b)| a == i && folded.contains(&b))
    };
    remove_drafts(plan, gone)
}

/// Folds each draft named in `folds` (`(summary, story)`, by place) into the story
/// it sums up: a short account of a story told in full elsewhere in the notes, as a
/// chatbot's report of what it wrote (`### Story 26 — NAME`, its principles, `Built
/// from …`) above `## Story 26 — NAME` told in parts. Its words go to that story's
/// notes, its principles and questions join it. Gives where each draft is now.
pub fn fold_summaries(
    plan: &mut ImportPlan,
    folds: &[(usize, usize)],
    origin: &Origin,
) -> Vec<Option<usize>> {
    for &(i, j) in folds {
        fold_into(plan, i, j, origin, "Summed up", |_, _| true);
    }
    remove_drafts(plan, |i| folds.iter().any(|&(a, _)| a == i))
}

/// Joins draft `i` into draft `j`: its questions, principles and follow-ups become
/// `j`'s, and its text goes to `j`'s notes under a line saying what it was and where
/// it stood (`Told again at lines 4–9:`): its title (when `keep_title` allows it and
/// its own words do not already hold it), its parts under their labels, its notes.
/// Draft `i` stays where it is, for the caller to remove.
fn fold_into(
    plan: &mut ImportPlan,
    i: usize,
    j: usize,
    origin: &Origin,
    what: &str,
    keep_title: impl Fn(&Draft, &str) -> bool,
) {
    let folded = plan.drafts[i].clone();
    plan.drafts[j].join(&folded.story.questions, &folded.story.principles);
    let mut told = format!("{what} at {}:", origin.cite(folded.lines));
    let title = folded.story.title.trim();
    if !folded.all_text().contains(title) && keep_title(&folded, title) {
        append(&mut told, title);
    }
    for (part, text) in folded.story.written_parts() {
        append(&mut told, &format!("{}: {}", part.label(), text.trim()));
    }
    append(&mut told, &folded.story.notes);
    let story = &mut plan.drafts[j].story;
    append(&mut story.notes, &told);
    story.followups.extend(folded.story.followups);
}

/// Removes the drafts `gone` names by their place; gives, for each draft as it was,
/// where it is now (`None`: removed).
fn remove_drafts(plan: &mut ImportPlan, gone: impl Fn(usize) -> bool) -> Vec<Option<usize>> {
    let mut now = Vec::with_capacity(plan.drafts.len());
    let mut kept = 0;
    for i in 0..plan.drafts.len() {
        if gone(i) {
            now.push(None);
        } else {
            now.push(Some(kept));
            kept += 1;
        }
    }
    let mut index = 0;
    plan.drafts.retain(|_| {
        index += 1;
        !gone(index - 1)
    });
    now
}

/// Folds each draft begun by a label naming an example (its first line in `examples`)
/// that retells the answer it follows into that answer: `**Example — the API
/// contract:**` over S/A/R bullets that tell again, in short, the story the quoted
/// answer above told. The nearest draft before it that no such label began is the
/// answer; the example retells it when most of its words, five or more, are that
/// answer's. Its parts, questions and principles join the answer's, its label's name
/// its notes, and its lines are listed as joined; examples of other occasions stay
/// stories of their own. (A draft whose first line is such a label is one too:
/// `examples` holds those the label split off a draft under way.) Gives, for each
/// draft as it was, where it is now (`None`: folded into another).
pub fn fold_examples_retold(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
    examples: &rustc_hash::FxHashSet<usize>,
) -> Vec<Option<usize>> {
    // (Or whose first line is such a label, the draft above ended before it.)
    let example = |d: &Draft| {
        examples.contains(&d.lines.0)
            || (lines.get(d.lines.0.wrapping_sub(1)))
                .is_some_and(|l| super::rules::example_name(l).is_some())
    };
    let mut into: Vec<Option<usize>> = vec![None; plan.drafts.len()];
    // The answer the examples follow; its words, read once for all of them, and only
    // when an example follows it.
    let mut answer: Option<usize> = None;
    let mut words: Option<(usize, rustc_hash::FxHashSet<u32>)> = None;
    for (i, draft) in plan.drafts.iter().enumerate() {
        if !example(draft) {
            answer = Some(i);
            continue;
        }
        let Some(j) = answer else { continue };
        if words.as_ref().is_none_or(|(k, _)| *k != j) {
            let read = overlap::word_numbers([plan.drafts[j].all_text().as_str()]);
            words = Some((j, read.into_iter().collect()));
        }
        if let Some((_, read)) = &words
            && overlap::retells(&overlap::word_numbers([draft.all_text().as_str()]), read)
        {
            into[i] = Some(j);
        }
    }
    for (i, target) in into.iter().enumerate() {
        let Some(j) = *target else { continue };
        let again = plan.drafts[i].clone();
        let draft = &mut plan.drafts[j];
        draft.append_told(&again.story);
        append(&mut draft.story.notes, &again.story.title);
        append(&mut draft.story.notes, &again.story.notes);
    }
    // (Its lines listed with those read as structure, where the answer's are kept.)
    fold_copies(plan, lines, origin, &into, |at| {
        format!("an example retelling the answer at line {at} in its parts: joined to it")
    })
}

/// Folds each draft whose text is word for word an earlier draft's (the same answer
/// pasted under a second question), or the start of one (pasted again, its last words
/// left off), into that draft: its questions and principles join the earlier one's,
/// and its lines are listed with those read as structure. Only a text of twenty words
/// or more: two short reminders alike may be two stories. Gives, for each draft as it
/// was, where it is now (`None`: folded into another).
pub fn fold_pasted_again(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
) -> Vec<Option<usize>> {
    const OPENING: usize = 20;
    let body = |d: &Draft| -> String { d.told().split_whitespace().collect::<Vec<_>>().join(" ") };
    let bodies: Vec<String> = plan.drafts.iter().map(body).collect();
    // A text's first twenty words: the drafts that open alike, compared whole.
    let opening =
        |text: &str| -> String { text.split(' ').take(OPENING).collect::<Vec<_>>().join(" ") };
    let mut first: rustc_hash::FxHashMap<String, Vec<usize>> = rustc_hash::FxHashMap::default();
    let mut into: Vec<Option<usize>> = vec![None; plan.drafts.len()];
    for (i, text) in bodies.iter().enumerate() {
        if text.split(' ').count() < OPENING {
            continue;
        }
        let alike = first.entry(opening(text)).or_default();
        // (The first few that open alike: notes far larger than a person writes may
        // open thousands of drafts with the same twenty words.)
        let earlier = alike.iter().copied().take(8).find(|&j| {
            let before = &bodies[j];
            before == text
                || before.starts_with(text.as_str()) && before[text.len()..].starts_with(' ')
        });
        match earlier {
            Some(j) => into[i] = Some(j),
            None => alike.push(i),
        }
    }
    fold_copies(plan, lines, origin, &into, |at| {
        format!(
            "the same answer again, under another question: one story with the one at line {at}"
        )
    })
}

/// Joins each draft `into` names into that earlier draft (its questions and
/// principles become the earlier one's) and lists its lines with those read as
/// structure, with the reason `why` gives for the earlier one's first line. Gives, for
/// each draft as it was, where it is now (`None`: folded into another).
fn fold_copies(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
    into: &[Option<usize>],
    why: impl Fn(usize) -> String,
) -> Vec<Option<usize>> {
    for (i, target) in into.iter().enumerate() {
        let Some(j) = *target else { continue };
        let again = plan.drafts[i].clone();
        plan.drafts[j].join(&again.story.questions, &again.story.principles);
        let (from, to) = again.lines;
        let (at, _) = origin.of(plan.drafts[j].lines.0);
        plan.ignored.push(super::Skipped {
            lines: (from, to),
            reason: why(at),
            text: lines
                .get(from.saturating_sub(1)..to.min(lines.len()))
                .unwrap_or_default()
                .join("\n"),
        });
    }
    remove_drafts(plan, |i| into[i].is_some())
}

/// Folds each draft that is only a numbered story's name, its number and name those of
/// an earlier draft's first line (`6. Getting validators on client side` under a second
/// principle, after `6. Getting Validators on client side`), into that draft: the
/// writer's numbers count their stories, so the same number and name is the same story
/// listed again, and its principle joins the earlier one's. Gives, for each draft as it
/// was, where it is now (`None`: folded into another).
pub fn fold_numbered_again(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
) -> Vec<Option<usize>> {
    // The number and the name's words of a draft's first line, `12. NAME` or `12) NAME`,
    // and whether the draft is only that.
    let numbered = |d: &Draft| {
        let first = lines.get(d.lines.0.checked_sub(1)?)?.trim();
        let digits = first.bytes().take_while(u8::is_ascii_digit).count();
        let rest = first.get(digits..)?.strip_prefix(['.', ')'])?;
        let name = super::rules::plain_words(rest);
        (digits > 0 && rest.starts_with(' ') && !name.is_empty()).then(|| {
            let name_only = super::rules::plain_words(&d.told()) == name;
            ((first[..digits].to_string(), name), name_only)
        })
    };
    fold_named_so(plan, lines, origin, numbered, |at| {
        format!(
            "the story numbered so at line {at}, listed again under another principle: one story, linked to both"
        )
    })
}

/// Folds each draft that is only a story's name (`Casper`, `LADI`: six words at most,
/// on a line of its own, nothing told), the name of an earlier such draft, into that
/// draft: the writer naming the same story again under another principle, which joins
/// the earlier one's. Gives, for each draft as it was, where it is now (`None`: folded
/// into another).
pub fn fold_named_again(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
) -> Vec<Option<usize>> {
    let named = |d: &Draft| {
        let first = lines.get(d.lines.0.checked_sub(1)?)?.trim();
        let name = super::rules::plain_words(first);
        (!name.is_empty()
            && name.len() <= 6
            && d.lines.0 == d.lines.1
            && super::rules::plain_words(&d.told()) == name)
            .then_some((name, true))
    };
    fold_named_so(plan, lines, origin, named, |at| {
        format!(
            "the story named so at line {at}, named again under another principle: one story, linked to both"
        )
    })
}

/// Folds each draft made from the writer's reminder under a question (its first line
/// in `reminded`) whose name, the words of that line, six at most, is an earlier such
/// draft's, into that draft: the same story named under another question (`-
/// preemption` under three of them), notes nested under it or not. Its questions and
/// principles join the earlier one's, and its parts and the notes under its name join
/// that draft's, so no word of it is left only in the report. Gives, for each draft as
/// it was, where it is now (`None`: folded into another).
pub fn fold_reminded_again(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
    reminded: &rustc_hash::FxHashSet<usize>,
) -> Vec<Option<usize>> {
    let name = |d: &Draft| {
        if !reminded.contains(&d.lines.0) {
            return None;
        }
        let words = super::rules::plain_words(lines.get(d.lines.0.checked_sub(1)?)?);
        (!words.is_empty() && words.len() <= 6).then_some(words)
    };
    let mut first: rustc_hash::FxHashMap<Vec<String>, usize> = Default::default();
    let mut into: Vec<Option<usize>> = vec![None; plan.drafts.len()];
    for (i, draft) in plan.drafts.iter().enumerate() {
        if let Some(key) = name(draft) {
            match first.get(&key) {
                Some(&j) => into[i] = Some(j),
                None => {
                    first.insert(key, i);
                }
            }
        }
    }
    for (i, target) in into.iter().enumerate() {
        let Some(j) = *target else { continue };
        let again = plan.drafts[i].clone();
        let draft = &mut plan.drafts[j];
        draft.append_told(&again.story);
        // (Its notes but the name, which the draft has.)
        let notes = again.story.notes.trim_start();
        let below = match notes.split_once('\n') {
            Some((name, rest)) if name.trim() == again.story.title.trim() => rest,
            _ if notes.trim() == again.story.title.trim() => "",
            _ => notes,
        };
        append(&mut draft.story.notes, below.trim());
    }
    fold_copies(plan, lines, origin, &into, |at| {
        format!(
            "the story named so at line {at}, named again under another question: one story, its notes joined to it"
        )
    })
}

/// Folds each draft whose `key` an earlier draft has, and that may be folded (the
/// `bool` beside its key: it is only that name), into the first draft with that key
/// (see [`fold_copies`]).
fn fold_named_so<K: std::hash::Hash + Eq>(
    plan: &mut ImportPlan,
    lines: &[&str],
    origin: &Origin,
    key: impl Fn(&Draft) -> Option<(K, bool)>,
    why: impl Fn(usize) -> String,
) -> Vec<Option<usize>> {
    let mut first: rustc_hash::FxHashMap<K, usize> = Default::default();
    let mut into: Vec<Option<usize>> = vec![None; plan.drafts.len()];
    for (i, draft) in plan.drafts.iter().enumerate() {
        let Some((key, foldable)) = key(draft) else {
            continue;
        };
        match first.get(&key) {
            Some(&j) if foldable => into[i] = Some(j),
            Some(_) => {}
            None => {
                first.insert(key, i);
            }
        }
    }
    fold_copies(plan, lines, origin, &into, why)
}

/// The in-file link targets a line points at as the story it tells: `[…](#slug)` whose
/// text, or the words before it on the line, say "story" (a table of contents links
/// headings too, and says nothing of a story told), each as its [`anchor_key`].
fn story_links(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    let mut before = String::new();
    while let Some(open) = rest.find('[') {
        before.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find("](#") else {
            break;
        };
        let text = &after[..close];
        let target = &after[close + 3..];
        let Some(end) = target.find(')') else {
            break;
        };
        let says_story = |t: &str| t.to_lowercase().contains("story");
        if says_story(text) || says_story(&before) {
            out.push(anchor_key(&target[..end]));
        }
        before.push_str(text);
        rest = &target[end + 1..];
    }
    out
}

/// A heading or a link's anchor as one key: its letters and digits, lower case. A
/// heading's anchor (`story-c--moving-video-upload`) and its text (`Story C — Moving
/// video upload`) give the same key.
fn anchor_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Makes each pair of likely duplicates one draft (see `merge`).
pub fn merge_duplicates(plan: &mut ImportPlan) {
    let pairs: Vec<(usize, usize)> = plan.duplicates.iter().map(|d| d.drafts).collect();
    merge(plan, &pairs);
}

/// Makes each pair of drafts (indices) one draft: the earlier keeps its title and
/// gains the later's principles and text, its title kept in the notes; no word is
/// dropped. A principle guessed for one of them gives way to the other's. Pairs
/// chain: after `1+2`, a pair naming 2 names the draft 2 went into, so `1+2,2+3` makes
/// one draft of three, in any order.
pub fn merge(plan: &mut ImportPlan, pairs: &[(usize, usize)]) {
    let mut removed = BTreeSet::new();
    // Where each draft merged away went.
    let mut into: Vec<usize> = (0..plan.drafts.len()).collect();
    let root = |into: &[usize], mut i: usize| {
        while into[i] != i {
            i = into[i];
        }
        i
    };
    for &(a, b) in pairs {
        if a >= plan.drafts.len() || b >= plan.drafts.len() {
            continue;
        }
        let (a, b) = (root(&into, a), root(&into, b));
        let (keep, gone) = (a.min(b), a.max(b));
        if keep == gone {
            continue;
        }
        into[gone] = keep;
        let other = plan.drafts[gone].clone();
        let draft = &mut plan.drafts[keep];
        // The second draft's heading is the person's words too (a title taken from its
        // own text is there already).
        if !other.story.title.trim().is_empty()
            && other.story.title != draft.story.title
            && !other.told().contains(other.story.title.trim())
        {
            append(&mut draft.story.notes, &other.story.title);
        }
        draft.append_told(&other.story);
        append(&mut draft.story.notes, &other.story.notes);
        // A principle lp guessed (the notes name none) does not join those the notes or
        // the person gave, and those they gave take a guess's place.
        match (draft.guessed, other.guessed) {
            (false, true) if !draft.story.principles.is_empty() => {}
            (true, false) if !other.story.principles.is_empty() => {
                draft.story.principles = other.story.principles;
                draft.guessed = false;
            }
            (true, true) => {}
            _ => {
                for p in other.story.principles {
                    if !draft.story.principles.contains(&p) {
                        draft.story.principles.push(p);
                    }
                }
            }
        }
        for q in other.story.questions {
            if !draft.story.questions.contains(&q) {
                draft.story.questions.push(q);
            }
        }
        draft.lines = (
            draft.lines.0.min(other.lines.0),
            draft.lines.1.max(other.lines.1),
        );
        removed.insert(gone);
    }
    let mut index = 0;
    plan.drafts.retain(|_| {
        index += 1;
        !removed.contains(&(index - 1))
    });
    plan.duplicates.clear();
}

#[cfg(test)]
mod tests {
    use super::without_hashtags;

    #[test]
    fn hashtags_are_set_aside_and_other_text_kept() {
        assert_eq!(
            without_hashtags("**Tags** : #amazon #emea · #judgment-call\nWe shipped in #2 weeks"),
            "**Tags** :   · \nWe shipped in  weeks"
        );
        assert_eq!(
            without_hashtags("## A heading # with a mark"),
            "## A heading # with a mark"
        );
        assert_eq!(without_hashtags("C# and F#"), "C# and F#");
    }
}
