//! The rules for reading one heading or one line of notes: which principle a heading
//! names, what a label starts, whether a paragraph is a principle's description, a
//! question, a list of principles or a reference, and what makes a title.

use super::Label;
use crate::english::{
    COMMON_WORDS, FIRST_PERSON, FIRST_PERSON_PLURAL, HANGING_WORDS, PAST_TENSE, SENTENCE_OPENERS,
};
use crate::model::{Part, Principle, PrincipleSet};
use std::borrow::Cow;

/// The principle a heading names, if any: tolerant of case, punctuation, a missing
/// "the", "/" for ";", a remark in parentheses, emoji and stars, a leading number,
/// and a trailing remark after a dash or colon.
pub fn heading_principle<'s>(text: &str, set: &'s PrincipleSet) -> Option<&'s Principle> {
    let mut cleaned = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' | '（' => depth += 1,
            ')' | ']' | '）' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_alphanumeric() || c.is_whitespace() || "',;&/-—–:’.".contains(c) => {
                cleaned.push(c)
            }
            _ => cleaned.push(' '),
        }
    }
    let cleaned = cleaned.trim();
    let cleaned = cleaned
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .trim();
    let cleaned = ["LP -", "LP—"]
        .iter()
        .find_map(|p| strip_prefix_ignore_case(cleaned, p))
        .or_else(|| principle_label(cleaned))
        .unwrap_or(cleaned)
        .trim();
    if let Some(p) = set.resolve(cleaned) {
        return Some(p);
    }
    for separator in [" — ", " – ", " - ", ": "] {
        if let Some((head, _)) = cleaned.split_once(separator)
            && let Some(p) = set.resolve(head)
        {
            return Some(p);
        }
    }
    // `Customer Obsession Question: “Tell me…”`, `FrugalityQuestion: “…”`: the name
    // with the word that says a question follows, glued to it or not.
    if let Some((head, _)) = cleaned.split_once(':')
        && let Some(name) = question_labelled(head)
        && let Some(p) = set.resolve(name)
    {
        return Some(p);
    }
    // `### Customer obessision: **gloss**`: the name before the gloss written a letter
    // or two wrong, when it can be only one principle's. (No name has a digit: `Example
    // 1024: Cost review` is not compared.)
    if let Some((head, _)) = cleaned.split_once(": ")
        && !head.contains(|c: char| c.is_ascii_digit())
        && let [id] = slips_of_names(head, set, 12).as_slice()
    {
        return set.get(id);
    }
    // `## OWNERSHIP CASES`, `## My Dive Deep stories`: the principle's name with words
    // saying the section holds its stories.
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    let said = words.len();
    while words.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "stories" | "story" | "cases" | "examples" | "answers" | "star"
        )
    }) {
        words.pop();
    }
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("my")) {
        words.remove(0);
    }
    if words.len() < said
        && !words.is_empty()
        && let Some(p) = set.resolve(&words.join(" "))
    {
        return Some(p);
    }
    // `### Questions on "Customer Obsession":`, `## Dive Deep questions`: the
    // principle's name with words saying the section holds its interview questions.
    if let Some(named) = questions_on(&words) {
        return set.resolve(&named);
    }
    // A name with its translation beside it, in a script of its own ("Dive Deep 深入",
    // "Ownership Ответственность"): the words in Latin letters are the name.
    let latin: Vec<&str> = cleaned
        .split_whitespace()
        .filter(|word| !word.chars().any(|c| c.is_alphabetic() && !is_latin(c)))
        .collect();
    if latin.len() < cleaned.split_whitespace().count()
        && let Some(p) = set.resolve(&latin.join(" "))
    {
        return Some(p);
    }
    // A name of four words or more with one of them left out ("Success and Scale Bring
    // Responsibility"), when it can be only one principle's.
    let folded = crate::principles::fold(&latin.join(" "));
    let said: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if said.len() >= 3 {
        let one_left_out = |p: &&Principle| {
            let name = crate::principles::fold(&p.name);
            let name: Vec<&str> = name.split(' ').collect();
            name.len() == said.len() + 1
                && (0..name.len()).any(|left| {
                    let kept = name.iter().enumerate().filter(|&(i, _)| i != left);
                    kept.map(|(_, w)| *w).eq(said.iter().copied())
                })
        };
        if let [p] = set
            .principles
            .iter()
            .filter(one_left_out)
            .collect::<Vec<_>>()
            .as_slice()
        {
            return Some(p);
        }
    }
    // A name of two words or more written a letter or two wrong ("Hire and Develope
    // the Best"), when it can be only one principle's; a short heading is more likely
    // a word of its own ("Result" is not "Results").
    match slips_of_names(&latin.join(" "), set, 12).as_slice() {
        [id] => set.get(id),
        // A one-word name of eight letters or more with two letters typed the wrong
        // way round ("Furgality", "Onwership"): a slip of the hand, not another word.
        _ => {
            let word = crate::principles::fold(&latin.join(" "));
            let swapped = |name: &str| {
                let (a, b): (Vec<char>, Vec<char>) =
                    (word.chars().collect(), name.chars().collect());
                let differ: Vec<usize> = (0..a.len().min(b.len()))
                    .filter(|&i| a[i] != b[i])
                    .collect();
                a.len() == b.len()
                    && a.len() >= 8
                    && matches!(differ.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
            };
            let found: Vec<&Principle> = set
                .principles
                .iter()
                .filter(|p| !word.contains(' ') && swapped(&crate::principles::fold(&p.name)))
                .collect();
            match found.as_slice() {
                [p] => Some(p),
                _ => None,
            }
        }
    }
}

/// The rest of a heading's words when they say it holds the questions asked on a
/// subject (`Questions on …`, `Sample questions for …`, `… questions`): the subject.
fn questions_on(words: &[&str]) -> Option<String> {
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let asked = |w: &str| matches!(w, "questions" | "question" | "prompts");
    let from = lower.iter().position(|w| asked(w))?;
    let before = &lower[..from];
    let (start, end) = if from + 1 == lower.len() {
        // `Dive Deep questions`, `Dive Deep interview questions`.
        let mut end = from;
        if end > 0 && matches!(lower[end - 1].as_str(), "interview" | "sample" | "common") {
            end -= 1;
        }
        (0, end)
    } else {
        // `Questions on …`, `Sample interview questions for …`.
        if !before.iter().all(|w| {
            matches!(
                w.as_str(),
                "sample" | "common" | "possible" | "likely" | "interview"
            )
        }) || !matches!(lower[from + 1].as_str(), "on" | "for" | "about" | "of")
        {
            return None;
        }
        (from + 2, words.len())
    };
    (start < end).then(|| words[start..end].join(" "))
}

/// The words before "Question" at the end of a label (`Customer Obsession Question`,
/// `FrugalityQuestion`, `Dive Deep Q`): what the question is labelled with.
pub(super) fn question_labelled(label: &str) -> Option<&str> {
    let label = label.trim();
    ["question", "q"].iter().find_map(|word| {
        let at = label.len().checked_sub(word.len())?;
        let (head, tail) = (label.get(..at)?, label.get(at..)?);
        // (A `Q` only as a word of its own: "Think Big Q", never "…BigQ".)
        let apart = head.ends_with(' ');
        (tail.eq_ignore_ascii_case(word) && (apart || word.len() > 1))
            .then(|| head.trim_end())
            .filter(|head| !head.is_empty())
    })
}

/// What follows a label that only says a principle comes next (`LP:`, `Principle:`,
/// `Amazon Leadership Principle: "Dive Deep"`, `Leadership principle - Ownership`):
/// the words before the colon or dash are all of "Amazon", "leadership", "principle",
/// "LP" and the like.
fn principle_label(text: &str) -> Option<&str> {
    let (label, rest) = text
        .split_once(':')
        .or_else(|| text.split_once(" - "))
        .or_else(|| text.split_once(" — "))?;
    let words: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
    only_principle_words(&words).then_some(rest)
}

/// Whether words say only "a principle" (`Amazon Leadership Principle`, `LPs`, `core
/// principles`): each one of those words, and "principle" or "LP" among them.
fn only_principle_words(words: &[String]) -> bool {
    const WORDS: &[&str] = &[
        "amazon",
        "amazon's",
        "leadership",
        "principle",
        "principles",
        "lp",
        "lps",
        "core",
    ];
    !words.is_empty()
        && words
            .iter()
            .any(|w| w.starts_with("principle") || w.starts_with("lp"))
        && words.iter().all(|w| WORDS.contains(&w.as_str()))
}

/// Whether a heading says only that a principle is its subject, naming none (`# LP`,
/// `## Leadership Principle`, `### Principle 3`).
pub(super) fn says_only_principle(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .collect();
    only_principle_words(&words)
}

/// The principle a notes file's name names, the whole name and nothing else:
/// `earnTrust.md`, `03-ownership.md`, `customer_obsession.md`, `LP-DiveDeep.md`,
/// `HighStandards.md` (an informal name that stands for one principle only). Words
/// are split at hyphens, underscores, dots and a capital after a small letter; a
/// leading number and a leading "LP" are not part of the name. `star-stories.md` or
/// `notes.md` names none.
pub fn file_principle<'s>(stem: &str, set: &'s PrincipleSet) -> Option<&'s Principle> {
    let mut spaced = String::new();
    let mut previous: Option<char> = None;
    for c in stem.chars() {
        if matches!(c, '-' | '_' | '.' | '+' | ' ') {
            spaced.push(' ');
        } else {
            if c.is_uppercase() && previous.is_some_and(char::is_lowercase) {
                spaced.push(' ');
            }
            spaced.push(c);
        }
        previous = Some(c);
    }
    let words: Vec<&str> = spaced
        .split_whitespace()
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()) || w.eq_ignore_ascii_case("lp"))
        .collect();
    if words.is_empty() {
        return None;
    }
    let name = words.join(" ");
    if let Some(p) = set.resolve(&name) {
        return Some(p);
    }
    match informal(&name, set) {
        Informal::One(id) => set.principles.iter().find(|p| p.id == id),
        _ => None,
    }
}

/// The principles a heading names: the one [`heading_principle`] finds, or two or more
/// written one after another (`Customer Obsession / Ownership / Bias for Action`,
/// `Dive Deep - Think Big - Frugality`), each piece a name, the first the section's.
pub fn heading_principles<'s>(text: &str, set: &'s PrincipleSet) -> Vec<&'s Principle> {
    let trimmed = text.trim().trim_end_matches([':', ' ']);
    for separator in [" / ", " - ", " – ", " — ", " | ", " · ", ", ", " + ", " & "] {
        let pieces: Vec<&str> = trimmed
            .split(separator)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if pieces.len() < 2 {
            continue;
        }
        let found: Option<Vec<&Principle>> = pieces.iter().map(|p| set.resolve(p)).collect();
        if let Some(found) = found {
            let mut distinct: Vec<&Principle> = Vec::new();
            for p in found {
                if !distinct.iter().any(|d| d.id == p.id) {
                    distinct.push(p);
                }
            }
            if distinct.len() >= 2 {
                return distinct;
            }
        }
    }
    if let Some(one) = heading_principle(text, set) {
        return vec![one];
    }
    // `1️⃣ LEADERSHIP & OWNERSHIP`: the writer's own category beside a principle's
    // full name, two pieces, the other a word or two that names none: the principle.
    for separator in [" & ", " / "] {
        let pieces: Vec<&str> = trimmed.split(separator).map(str::trim).collect();
        let [a, b] = pieces.as_slice() else {
            continue;
        };
        let full = |piece: &str| {
            let words = plain_words(piece);
            set.principles
                .iter()
                .find(|p| !words.is_empty() && plain_words(&p.name) == words)
        };
        let category = |piece: &str| {
            let words: Vec<String> = plain_words(piece)
                .into_iter()
                .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
                .collect();
            (1..=2).contains(&words.len()) && set.resolve(piece).is_none()
        };
        match (full(a), full(b)) {
            (Some(p), None) if category(b) => return vec![p],
            (None, Some(p)) if category(a) => return vec![p],
            _ => {}
        }
    }
    Vec::new()
}

/// Whether a letter is one of the Latin alphabet's, accented or not.
pub(super) fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// Whether a character is a Chinese one (a CJK ideograph of the main block).
pub(super) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether a text speaks of how good an answer is: "a good answer", "the best
/// answer", "a strong response", or in Chinese 好的回答, 比较好的回答, 好的答案.
pub(super) fn judges_answers(text: &str) -> bool {
    const GRADES: &[&str] = &[
        "good", "better", "best", "strong", "stronger", "great", "ideal", "weak", "bad",
    ];
    let words = words_of(text);
    words.windows(2).any(|pair| {
        GRADES.contains(&pair[0].as_str()) && matches!(pair[1].as_str(), "answer" | "response")
    }) || ["好的回答", "好回答", "好的答案", "的回答是"]
        .iter()
        .any(|said| text.contains(said))
}

/// Whether a line gives a chat assistant its role: a label that says so (`Role:`,
/// `Papel:`, `Rol:`, `Rôle:`, `Rolle:`, `角色：`, `역할:`) over "You are…" in the language
/// of the label (`**Papel:** Você é um treinador…`, `**Role:** You are an interview
/// coach`).
pub(super) fn assigns_role(line: &str) -> bool {
    let line = line.trim().trim_start_matches('>').trim();
    let line = item_body(line).unwrap_or(line).trim();
    let Some((label, rest)) = line.split_once([':', '：']) else {
        return false;
    };
    let label = label.trim().trim_matches(['*', '_']).trim().to_lowercase();
    let rest = rest
        .trim()
        .trim_start_matches(['*', '_'])
        .trim()
        .to_lowercase();
    matches!(
        label.as_str(),
        "role" | "papel" | "rol" | "rôle" | "rolle" | "persona" | "角色" | "역할" | "役割"
    ) && [
        "you are ",
        "you're ",
        "você é ",
        "voce e ",
        "tu és ",
        "eres ",
        "usted es ",
        "tu es ",
        "vous êtes ",
        "du bist ",
        "sie sind ",
        "你是",
        "您是",
        "당신은",
        "あなたは",
    ]
    .iter()
    .any(|opening| rest.starts_with(opening))
}

/// Whether a heading's text marks a telling done well: a check mark before it (`✅`,
/// `✔`, `✓`), or a word that says so (after, better, good, strong, improved, in the
/// languages lp reads).
pub(super) fn marks_better(heading: &str) -> bool {
    let text = heading.trim();
    text.starts_with(CHECKS)
        || words_of(text).iter().any(|w| {
            matches!(
                w.as_str(),
                "after"
                    | "better"
                    | "good"
                    | "strong"
                    | "stronger"
                    | "improved"
                    | "depois"
                    | "después"
                    | "despues"
                    | "après"
                    | "nachher"
                    | "之后"
                    | "之後"
                    | "改善后"
            )
        })
}

/// Whether a heading's text marks a telling done badly: a cross before it (`❌`, `✗`,
/// `✘`, `🚫`), or a word that says so (before, weak, bad, poor, wrong, in the
/// languages lp reads).
pub(super) fn marks_worse(heading: &str) -> bool {
    let text = heading.trim();
    text.starts_with(['❌', '✗', '✘', '🚫', '⛔'])
        || words_of(text).iter().any(|w| {
            matches!(
                w.as_str(),
                "before"
                    | "weak"
                    | "weaker"
                    | "bad"
                    | "poor"
                    | "wrong"
                    | "antes"
                    | "avant"
                    | "vorher"
                    | "之前"
                    | "改善前"
            )
        })
}

/// The checks that mark what the line they open says as done well.
const CHECKS: [char; 4] = ['✅', '✔', '✓', '☑'];
/// The crosses that mark what the line they open says as done badly.
const CROSSES: [char; 3] = ['❌', '✗', '✘'];

/// A line's text after its list marker, if it has one (`- ✅ Clear` gives `✅ Clear`).
fn after_marker(line: &str) -> &str {
    item_body(line).unwrap_or(line).trim_start()
}

/// Whether a text is a checklist of qualities: every line, but a label over them
/// (`**Why This Works:**`), a check or a cross and what it marks (`✅ Specific metrics
/// throughout`, `❌ Blaming others`), two or more, none opening on a verb in the past
/// and no one in them doing anything (a quoted "I" is a word cited). What a good
/// answer has or lacks, not what happened: the writer's own wins, `✅ Shipped the
/// migration on time`, tell a deed.
pub(super) fn marked_checklist(text: &str) -> bool {
    let mut lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let label = |l: &str| {
        !l.starts_with(CHECKS)
            && !l.starts_with(CROSSES)
            && l.trim_end_matches(['*', '_']).ends_with(':')
    };
    if lines.first().is_some_and(|l| label(l)) {
        lines.remove(0);
    }
    lines.len() >= 2
        && first_person_events(&unquoted(text)) == 0
        && lines.iter().all(|line| {
            let body = after_marker(line);
            (body.starts_with(CHECKS) || body.starts_with(CROSSES))
                && words_of(opening(body)).first().is_some_and(|w| !past(w))
        })
}

/// Whether a line is a mark and a label alone (`❌ **We-focused:**`, `- ✅ Better:`):
/// the grade a guide sets over a sample, with the marks it may open on.
fn marked_label(line: &str, marks: &[char]) -> bool {
    let body = after_marker(line);
    body.starts_with(marks) && opening(body).trim_end_matches(['*', '_']).ends_with(':')
}

/// Whether a text grades one sample bad and another good with marks: a label under a
/// cross (`❌ **We-focused:**`) and one under a check (`✅ **I-focused:**`), each
/// alone on its line over what it grades.
pub(super) fn crossed_and_checked(text: &str) -> bool {
    let marked = |marks: &[char]| text.lines().any(|l| marked_label(l, marks));
    marked(&CROSSES) && marked(&CHECKS)
}

/// A text without its marked labels (see [`crossed_and_checked`]), whose words
/// ("We-focused") are no one speaking.
pub(super) fn without_marked_labels(text: &str) -> String {
    text.lines()
        .filter(|line| !marked_label(line, &CHECKS) && !marked_label(line, &CROSSES))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a character is a Korean syllable.
pub(super) fn is_hangul(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

/// `text` after `prefix`, whose ASCII letters match in either case.
pub(super) fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The apostrophes a word processor or a phone types, which are `'` as a label reads.
const CURLY_APOSTROPHES: [char; 3] = ['\u{2019}', '\u{2018}', '\u{2bc}'];

/// [`strip_prefix_ignore_case`] where an apostrophe in `prefix` matches one however it
/// is typed: `they’re` is `they're`.
pub(super) fn strip_prefix_any_apostrophe<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let mut chars = text.char_indices();
    for want in prefix.chars() {
        let (_, got) = chars.next()?;
        let same =
            got.eq_ignore_ascii_case(&want) || want == '\'' && CURLY_APOSTROPHES.contains(&got);
        if !same {
            return None;
        }
    }
    Some(chars.next().map_or("", |(at, _)| &text[at..]))
}

/// How a line opens that says what to do if the interviewer asks more: "if they push
/// back", "if asked", "if challenged".
pub(super) const IF_ASKED: &[&str] = &[
    "if they ",
    "if asked",
    "if the interviewer ",
    "if pushed",
    "if challenged",
    // `**Pushback prep:** "How did you validate…?"`: the push back to expect.
    "pushback",
    "push back",
    "push-back",
];

/// Whether a heading is over what to say when the interviewer asks more (`## If They
/// Probe — Have These Ready`, `### If asked`), as a line announcing one such question
/// opens (`If they push back: "…"`): the follow-ups of the story above.
pub(super) fn if_asked_heading(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    IF_ASKED.iter().any(|lead| lower.starts_with(lead))
        && !lower.contains([':', '?'])
        && lower.split_whitespace().count() <= 8
}

/// The question of a "Follow-up" heading (possibly empty), or `None` for other headings.
pub(super) fn followup_heading(text: &str) -> Option<&str> {
    // `6. Follow-up questions to expect`: the section's number is no part of it.
    let trimmed = text.trim_start();
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let text = match trimmed[digits..].strip_prefix(['.', ')']) {
        Some(rest) if digits > 0 => rest.trim_start(),
        _ => text,
    };
    let lower = text.to_lowercase();
    // `### What could you have done better? (follow up)`: a question the remark after
    // it says is a follow-up.
    if let Some(open) = text
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|i| (t, i)))
    {
        let (before, at) = open;
        let remark = before[at + 1..].trim().to_lowercase();
        let question = before[..at].trim();
        if matches!(
            remark.as_str(),
            "follow up" | "follow-up" | "followup" | "follow up question" | "follow-up question"
        ) && is_question(question)
        {
            return Some(question);
        }
    }
    // `## 面试高频追问准备`: the follow-up questions (追问) to prepare, in Chinese.
    if text.contains("追问") || text.contains("追問") {
        return Some("");
    }
    // `### Q&A:`, `### 5 Whys:` after a story's parts: the questions it will meet,
    // answered (or to answer).
    if matches!(
        lower.trim().trim_end_matches([':', '：']).trim(),
        "q&a" | "q & a" | "5 whys" | "five whys"
    ) {
        return Some("");
    }
    // `## Deep follow-ups (likely bar-raiser probes)`, `### Expected follow-up
    // questions`: a word or two before the follow-ups, a remark after them.
    let named = lower.split('(').next().unwrap_or("").trim();
    // (`Deep follow-ups and answers`: the follow-ups, said to come with their answers.)
    let named = ["and answers", "& answers", "with answers"]
        .iter()
        .find_map(|end| named.strip_suffix(end))
        .map_or(named, str::trim_end);
    if !named.starts_with("follow")
        && named.split_whitespace().count() <= 4
        && [
            "follow-ups",
            "follow ups",
            "followups",
            "follow-up questions",
            "follow up questions",
        ]
        .iter()
        .any(|end| named.ends_with(end))
    {
        return Some("");
    }
    for prefix in [
        "follow-ups",
        "follow-up",
        "follow ups",
        "follow up",
        "followups",
        "followup",
    ] {
        if lower.starts_with(prefix) {
            let rest = &text[prefix.len()..];
            let rest = rest.trim_start_matches([':', '—', '–', '-', ' ']).trim();
            return Some(rest.trim_matches(['"', '“', '”', '\'']));
        }
    }
    None
}

pub(super) fn unquote(text: &str) -> String {
    text.trim()
        .trim_matches(['"', '“', '”', '\'', '‘', '’'])
        .trim()
        .to_string()
}

/// A question without the quotation marks around it: `"Tell me about a time…"`, and
/// `"Tell me…` whose closing mark was taken off with a label in front of it (`2.
/// "Tell me…."`). Marks inside it, or a quotation that ends before it does, stay.
pub(super) fn outer_quotes_off(text: &str) -> &str {
    let trimmed = text.trim();
    let Some(inner) = trimmed.strip_prefix(['"', '“']) else {
        return text;
    };
    let inner = inner.strip_suffix(['"', '”']).unwrap_or(inner);
    if inner.contains(['"', '“', '”']) || inner.trim().is_empty() {
        return text;
    }
    inner.trim()
}

/// Whether a paragraph is words quoted to be said aloud: a quotation, a short label
/// before one (`Recovery — "I restructured the migration…"`, `Impact: "…"`), or a list
/// whose every item is a label and a quotation, the parts of one answer. (A list of
/// bare quotations, `- "I chose…"`, `- "The cost was…"`, is openings to borrow.)
pub(super) fn quoted_aloud(paragraph: &str) -> bool {
    let labelled = |text: &str| {
        let text = text.trim();
        [" — ", " – ", " - ", ": "].iter().any(|mark| {
            text.split_once(mark).is_some_and(|(label, said)| {
                (1..=4).contains(&label.split_whitespace().count())
                    && !label.contains(['"', '“', '”'])
                    && is_quoted(said)
            })
        })
    };
    let lines: Vec<&str> = paragraph.lines().filter(|l| !l.trim().is_empty()).collect();
    match lines
        .iter()
        .map(|l| item_body(l))
        .collect::<Option<Vec<&str>>>()
    {
        Some(items) if !items.is_empty() => items.iter().all(|i| labelled(i)),
        _ => !lines.is_empty() && (is_quoted(paragraph) || labelled(paragraph)),
    }
}

/// Whether a paragraph states the point of an answer given above it ("The point is
/// that failure didn't paralyze me…", "The key is…"): a guide's moral drawn from its
/// sample, in the sample's voice.
pub(super) fn states_the_point(paragraph: &str) -> bool {
    let words = words_of(paragraph);
    matches!(
        words.iter().take(3).map(String::as_str).collect::<Vec<_>>()[..],
        [
            "the",
            "point" | "key" | "lesson" | "takeaway",
            "is" | "here" | "was"
        ]
    )
}

/// Whether a text is wholly inside one pair of quotation marks: someone's words
/// quoted, such as a sample answer.
pub(super) fn is_quoted(text: &str) -> bool {
    let mut chars = text.trim().chars();
    let (Some('"' | '“'), Some('"' | '”')) = (chars.next(), chars.next_back()) else {
        return false;
    };
    let inner = chars.as_str();
    !inner.is_empty() && !inner.contains(['"', '“', '”'])
}

/// A question without what is written around it: quotation marks, and a remark in
/// parentheses after it (a translation, "(Customer Obsession)").
fn question_core(text: &str) -> &str {
    let mut text = text.trim();
    // `a) Tell me a time when…`, `b) Tell me a goal…`: a letter that counts the prompts.
    let mut chars = text.chars();
    if let (Some(letter), Some(')'), Some(' ')) = (chars.next(), chars.next(), chars.next())
        && letter.is_ascii_lowercase()
    {
        text = text[3..].trim_start();
    }
    loop {
        let before = text;
        text = text.trim_matches(['"', '“', '”', '\'', '‘', '’']).trim();
        // (`… how to handle that? [Ownership]`: a remark in brackets, the principles.)
        for (open, close) in [
            ('(', ')'),
            ('（', '）'),
            ('(', '）'),
            ('（', ')'),
            ('[', ']'),
        ] {
            if text.ends_with(close)
                && let Some(at) = text.rfind(open)
                && at > 0
            {
                text = text[..at].trim_end();
                break;
            }
        }
        if text == before {
            return text;
        }
    }
}

/// A question without the number the notes count it by: `Q1. Tell me…`, `Q 2: …`,
/// `Question 3) …`, `Q. …` give `Tell me…`. Other text is given as it is.
pub(super) fn unnumbered_question(text: &str) -> &str {
    // (A prompt that asks for a story without a question mark, `Q2. "Biggest incident
    // you owned"`, is a question here too.)
    let asks = |rest: &str| is_question(rest) || asks_for_story(rest);
    let trimmed = text.trim_start();
    let rest = without_number(trimmed);
    if rest.len() < trimmed.len() {
        return if asks(rest) { rest } else { text };
    }
    let lower = trimmed.to_ascii_lowercase();
    let Some(after) = ["question", "q"]
        .iter()
        .find_map(|w| lower.starts_with(w).then(|| &trimmed[w.len()..]))
    else {
        return text;
    };
    let after = after.trim_start();
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // `Question: Can you…`, `Q. Can you…` (a heading's label before its question).
    if digits == 0 {
        return match after.strip_prefix([':', '：', '.']).map(str::trim_start) {
            Some(rest) if asks(rest) => rest,
            _ => text,
        };
    }
    // (`Q7 — tell me about…`: a dash after the number, as after a story's.)
    let after_number = after[digits..].trim_start();
    let rest = after_number
        .strip_prefix(['.', ':', '：', ')'])
        .or_else(|| {
            ["— ", "– ", "- "]
                .iter()
                .find_map(|d| after_number.strip_prefix(d))
        });
    match rest {
        Some(rest) if asks(rest) => rest.trim_start(),
        _ => text,
    }
}

/// A text without the number that counts it: `10.Tell me…`, `3) Describe…`, a
/// section's `1.2. Tell me…` (one group of digits or several, each closed by a full
/// stop or a parenthesis).
pub(super) fn without_number(text: &str) -> &str {
    let mut rest = text;
    loop {
        let unnumbered = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        match unnumbered.strip_prefix(['.', ')']) {
            Some(after) if unnumbered.len() < rest.len() => rest = after.trim_start(),
            _ => return rest,
        }
    }
}

/// One short clause in Chinese around a word that asks (什么 what, 为什么 why, 如何 or
/// 怎么 how, 哪些 which): "覆盖率报告有什么用", "为什么 raw 和 admissions 分开". A
/// sentence of the writer's own holds a stop or a comma ("我不知道为什么，就…"), or
/// says "I" (我).
fn asks_in_one_clause(text: &str) -> bool {
    const ASKING: [&str; 8] = [
        "什么",
        "为什么",
        "为何",
        "如何",
        "怎么",
        "怎样",
        "哪些",
        "哪个",
    ];
    let han = text.chars().filter(|&c| is_han(c)).count();
    (4..=24).contains(&han)
        && !text.contains(['，', ',', '。', '；', ';', '：', ':', '、'])
        && !text.contains('我')
        // (`可用于回答哪些面试问题`, "which questions it answers": a heading that names
        // the questions under it.)
        && !text.ends_with("问题")
        && !text.ends_with("問題")
        && ASKING.iter().any(|w| text.contains(w))
}

/// A question asked in Chinese without a question mark: it opens by asking whether
/// ("有没有…", "你有没有…") or for an account ("请描述…", "讲一个…", "介绍一下…"), or
/// closes on a word that asks ("…吗", "…呢", "…是什么", "…如何"), or is one short
/// clause around a word that asks ("项目有哪些不足", "如果继续优化会怎么做").
fn chinese_question(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['。', '.', '：', ':']);
    [
        "有没有",
        "你有没有",
        "请描述",
        "描述一",
        "讲一个",
        "说一个",
        "举一个",
        "举个例子",
        "介绍一下",
    ]
    .iter()
    .any(|lead| text.starts_with(lead))
        || ["吗", "呢", "是什么", "如何"]
            .iter()
            .any(|end| text.ends_with(end))
        || asks_in_one_clause(text)
        // Korean and Japanese prompts without their question mark: 말씀해 주십시오,
        // 이야기해 주세요 (please tell), 있습니까 (is there…), 教えてください.
        || [
            "주십시오",
            "주세요",
            "까",
            "나요",
            "가요",
            "ください",
            "ますか",
            "ですか",
        ]
        .iter()
        .any(|end| text.ends_with(end))
}

/// Whether a heading is an interview question rather than a story's title.
pub(super) fn is_question(text: &str) -> bool {
    // `LADI?`: a name in capitals its writer is unsure of, no question.
    if let Some(word) = question_core(text).strip_suffix('?')
        && !word.contains(char::is_whitespace)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
    {
        return false;
    }
    let lower = question_core(text)
        .to_lowercase()
        .replace('’', "'")
        .replace("what's ", "what is ");
    // `*How did you test it?* In a staging copy first.`: a question set in emphasis,
    // and its answer after it: the person's prepared reply to a follow-up, not a
    // question waiting for a story.
    for close in ["?**", "?*", "?__", "?_"] {
        if let Some(at) = lower.find(close) {
            let after = lower[at + close.len()..]
                .trim_start_matches(['*', '_', ' ', '—', '–', '-'])
                .trim();
            if after.split_whitespace().count() >= 3 && !after.ends_with(['?', '？']) {
                return false;
            }
            break;
        }
    }
    if lower.ends_with(['?', '？']) || chinese_question(&lower) {
        return true;
    }
    // Prompts given as alternatives, one of them a question: `Most challenging/proudest
    // project/Tell me a time you solved a complex problem`.
    if lower.contains('/')
        && lower
            .split('/')
            .skip(1)
            .any(|part| !part.contains('/') && is_question(part.trim()))
    {
        return true;
    }
    // How interviewers open a question, at the start ("Describe a time…", "What would
    // you do if…") or after a lead-in ("By providing an example, tell me when…").
    let starts = [
        "tell me",
        "tell the story",
        "describe a",
        "describe the",
        "describe an",
        "describe how",
        "describe your",
        "give me",
        "give an example",
        "walk me through",
        "walk us through",
        // "Talk me through a decision you now think was wrong": walked through, spoken.
        "talk me through",
        "talk us through",
        "tell us",
        "give us",
        "share an example",
        "share a time",
        "explain a",
        "talk about a time",
        "what would you",
        "how would you",
        "what do you",
        "how do you",
        "what did you",
        "how did you",
        "what is your",
        "what was your",
        "have you ever",
        "can you describe",
        "can you tell",
        "could you describe",
        "reflect on",
        // A prompt written as what to tell, to "you" ("A time you took on something
        // outside your area.").
        "a time you",
        "a time when you",
        "a time where you",
        "a situation where you",
        "a situation when you",
        "the last time you",
        // The same openings in Spanish, French, German and Portuguese ("Cuéntame sobre
        // un momento en que…", "Racontez-moi une fois où…", "Erzählen Sie von…").
        "cuéntame",
        "cuentame",
        "cuéntanos",
        "háblame de",
        "describe una",
        "describe un ",
        "describe cómo",
        "descríbeme",
        "dame un ejemplo",
        "racontez-moi",
        "raconte-moi",
        "parlez-moi d",
        "décrivez une",
        "donnez-moi un exemple",
        "erzählen sie",
        "erzähl mir",
        "beschreiben sie eine",
        "nennen sie ein beispiel",
        "conte-me",
        "me conte",
        "descreva uma",
        "fale sobre uma",
    ];
    let first_sentence = lower.split(['.', '!']).next().unwrap_or("");
    // A question after a lead-in of the interviewer's ("We all make mistakes we wish
    // we could take back. Tell me about a time…"): a short sentence or two that say
    // nothing of the writer, then the question.
    let sentences: Vec<&str> = lower
        .trim_matches(['*', '_', ' '])
        .split_inclusive(['.', '!'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let led_in = (2..=3).contains(&sentences.len())
        && sentences.last().is_some_and(|last| {
            starts.iter().any(|lead| last.starts_with(lead))
                && last.split_whitespace().count() <= 40
        })
        && sentences[..sentences.len() - 1].iter().all(|s| {
            let words = plain_words(s);
            words.len() <= 15 && !words.iter().any(|w| FIRST_PERSON.contains(w))
        });
    led_in
        || starts.iter().any(|lead| lower.starts_with(lead))
        || asks_for_an_occasion(first_sentence)
        || names_an_occasion(first_sentence)
        || [
            " tell me about",
            " tell me when",
            " give me an example",
            " describe a time",
        ]
        .iter()
        .any(|lead| first_sentence.contains(lead))
            && first_sentence.split_whitespace().count() <= 40
}

/// An occasion named in a few words in the interviewer's terms, then "when you" or
/// "where you" and what happened then, in the past: "Challenge with manager when you
/// had to disagree…", "Situation when you had to agree with your junior". (Not "Tell
/// them when you are done": nothing happened.)
fn names_an_occasion(sentence: &str) -> bool {
    let words = plain_words(sentence);
    words
        .iter()
        .position(|w| w == "when" || w == "where")
        .is_some_and(|at| {
            (1..=4).contains(&at)
                && words.get(at + 1).is_some_and(|w| w == "you")
                && words.get(at + 2).is_some_and(|w| {
                    past(w) || matches!(w.as_str(), "had" | "were" | "was" | "did")
                })
                && !words[..at].iter().any(|w| FIRST_PERSON.contains(w))
        })
}

/// Whether a question asks for an account of one occasion (see
/// [`asks_for_an_occasion`]), asked politely or not: "Can you share an example of how
/// you saved money?", "Tell me about a time…".
pub(super) fn asks_for_one_occasion(question: &str) -> bool {
    let lower = question
        .trim()
        .trim_matches(['*', '_', '"', '“', '”'])
        .to_lowercase();
    let asked = ["can you ", "could you ", "would you ", "please "]
        .iter()
        .find_map(|polite| lower.strip_prefix(polite))
        .unwrap_or(&lower);
    asks_for_an_occasion(asked.split(['.', '!', '?']).next().unwrap_or(""))
}

/// A request for an account of one occasion: a verb of telling first, an occasion
/// soon after it ("Share an experience when…", "Recall a situation where…", "Provide
/// an example of…", "Narrate an instance in which…").
fn asks_for_an_occasion(sentence: &str) -> bool {
    const TELL: &[&str] = &[
        "tell", "describe", "share", "give", "recall", "recount", "narrate", "provide", "discuss",
        "explain", "talk", "walk", "cite", "name",
    ];
    const OCCASION: &[&str] = &[
        "time",
        "times",
        "example",
        "examples",
        "experience",
        "situation",
        "instance",
        "occasion",
        "moment",
        "story",
        "incident",
        "decision",
    ];
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    // The occasion is one of several ("an experience", "a time", "your examples"),
    // and what follows says which ("when…", "where…", "of…", "in which…"): "Explain
    // the time complexity" asks for no account.
    // ("Describe what happened the last time you…": the last or the first one.)
    const ONE_OF: &[&str] = &[
        "a", "an", "one", "your", "some", "any", "two", "three", "last", "first",
    ];
    const WHICH: &[&str] = &[
        "when", "where", "that", "which", "in", "of", "you", "you've", "during", "from", "at",
        "with",
    ];
    // (A word may say what kind it is, "a specific example of", "a difficult decision
    // you've made".)
    let one_of = |i: usize| {
        ONE_OF.contains(&words[i - 1])
            || i >= 3 && ONE_OF.contains(&words[i - 2]) && !WHICH.contains(&words[i - 1])
    };
    words.len() >= 4
        && words.len() <= 40
        && TELL.contains(&words[0])
        && (2..words.len().min(7)).any(|i| {
            OCCASION.contains(&words[i])
                && one_of(i)
                && words.get(i + 1).is_some_and(|w| WHICH.contains(w))
        })
}

/// Whether a text is a date and nothing else: numbers joined by `/`, `-` or `.`
/// (`6/16`, `2021-06-16`, `16.06.2021`), or a month's name with a day or a year (`June
/// 2021`, `Jun 16`, `16 June 2021`).
pub(super) fn date_alone(text: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ];
    let text = text
        .trim()
        .trim_matches(['*', '_', '(', ')', '[', ']'])
        .trim();
    if text.is_empty() || text.contains('\n') {
        return false;
    }
    let numeric: Vec<&str> = text.split(['/', '-', '.']).collect();
    if (2..=3).contains(&numeric.len())
        && numeric
            .iter()
            .all(|n| (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    {
        return true;
    }
    let words: Vec<String> = text
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .filter(|w| MONTHS.contains(&w.as_str()))
            .count()
            == 1
        && words.iter().all(|w| {
            MONTHS.contains(&w.as_str()) || {
                let day = ["st", "nd", "rd", "th"]
                    .iter()
                    .find_map(|end| w.strip_suffix(end))
                    .unwrap_or(w);
                (1..=4).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit())
            }
        })
}

/// A line without the list marker it may open with (`- `, `+ `, `* `, a space after
/// it), trimmed.
pub(super) fn without_bullet(line: &str) -> &str {
    let line = line.trim();
    ["- ", "+ ", "* "]
        .iter()
        .find_map(|m| line.strip_prefix(m))
        .unwrap_or(line)
        .trim()
}

/// The characters of `text` outside every `open`…`close` pair (`(…)`, `<…>`), nested
/// pairs counted, a `close` with no `open` before it kept; and whether every pair
/// opened was closed.
pub(super) fn outside(text: &str, open: char, close: char) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        if c == open {
            depth += 1;
        } else if c == close && depth > 0 {
            depth -= 1;
        } else if depth == 0 {
            out.push(c);
        }
    }
    (out, depth == 0)
}

/// Whether a line is a prompt written as what to tell, wholly in bold (`__a time when
/// you noticed a process…__`, `- **a failure and what you learnt from it**`): it starts
/// "a time", "a project", "a failure", "how you"… and speaks to "you". Not a question by
/// its words, a prompt by its place: alone on its line, set apart in bold.
pub(super) fn bold_prompt(line: &str) -> bool {
    let line = without_bullet(line);
    let bold = ["**", "__"]
        .iter()
        .any(|m| line.starts_with(m) && line.ends_with(m) && line.len() > 4);
    bold && is_prompt(line.trim_matches(['*', '_']))
}

/// Whether a text asks for a story as what to tell, said to "you": "a time when you…",
/// "a project that you're proud of…", "a failure and what you learnt from it", "how you
/// work with…".
pub(super) fn is_prompt(text: &str) -> bool {
    let prompt = text.trim().to_lowercase().replace('’', "'");
    [
        "a time ",
        "the time ",
        "the last time ",
        "a situation ",
        "a project ",
        "a failure",
        "a mistake",
        "a conflict",
        "a decision",
        "how you ",
    ]
    .iter()
    .any(|lead| prompt.starts_with(lead))
        && format!(" {prompt} ").contains(" you")
        && prompt.split_whitespace().count() <= 30
}

/// Whether a line opens on what was done, as a step of one telling does: a verb in the
/// past ("Promised the export…"), or "I" or "we" and one ("I told the client…").
pub(super) fn opens_on_deed(text: &str) -> bool {
    let words = words_of(text);
    match words.first().map(String::as_str) {
        Some("i" | "we") => words
            .get(1)
            .is_some_and(|w| past(w) || matches!(w.as_str(), "was" | "were" | "had" | "did")),
        Some(w) => past(w),
        None => false,
    }
}

/// Whether a text is a list of a story's fragments, "I" left out: three items or more,
/// a line each, none asking or speaking to the reader, most with a verb in the past
/// ("- Organized an event over 8 months", "- ran finance, had to deliver a speech").
pub(super) fn fragments_told(text: &str) -> bool {
    // (Items of one level only: a name over labelled lines, `- Action` over `*
    // Ownership: …`, is no list of fragments.)
    flat_items(text).is_some_and(|items| pieces_tell(&items, 2))
}

/// The items of a text that is a list of one level and nothing else, a line each
/// (`- …`, `* …`, `+ …` at the line's start), their markers off; `None` when a line of
/// it is no such item.
fn flat_items(text: &str) -> Option<Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            ["- ", "* ", "+ "]
                .iter()
                .find_map(|m| l.strip_prefix(m))
                .map(str::trim)
        })
        .collect()
}

/// Whether a text is one story's steps, a list item each, in the writer's shorthand
/// (`- Application performance degraded after the new data table.`, `- Used profiling
/// tools, found the wrong usage, applied best practices.`, `- Improved at least 40%.`):
/// three to six items, a line each, each a sentence (ended by a full stop), none asking
/// or advising; the last says what came of it (it opens on what improved, was cut,
/// saved, solved or fixed, or "no more"), the first does not. Reminders of several
/// stories are names, not sentences, and none of them is the others' outcome.
pub(super) fn steps_to_an_outcome(text: &str) -> bool {
    flat_items(text).is_some_and(|items| outcome_steps(&items))
}

/// [`steps_to_an_outcome`] of a list's items, a line each, their markers off.
pub(super) fn outcome_steps(items: &[&str]) -> bool {
    let outcome = |item: &str| {
        let words = words_of(item);
        let first = words.first().map_or("", String::as_str);
        matches!(
            first,
            "improved"
                | "improve"
                | "improves"
                | "reduced"
                | "reduce"
                | "reduces"
                | "increased"
                | "increase"
                | "cut"
                | "saved"
                | "save"
                | "solved"
                | "resolved"
                | "fixed"
                | "eliminated"
                | "doubled"
                | "halved"
        ) || words.len() >= 2 && first == "no" && words[1] == "more"
            || words
                .iter()
                .any(|w| matches!(w.as_str(), "solved" | "resolved"))
    };
    (3..=6).contains(&items.len())
        && items.iter().all(|i| {
            i.ends_with(['.', '!']) && !is_question(i) && !advises_reader(i) && persons(i).1 == 0
        })
        && items.last().is_some_and(|last| outcome(last))
        && items.first().is_some_and(|first| !outcome(first))
}

/// Whether a text is one story told under the writer's own prompts: a list whose items
/// are short prompts (`- What was the conflict?`, `- Why?`, `- Your role?`, `-
/// Impact`), each answered by the lines nested under it (`  - different opinions on
/// the API's design`). Two prompts or more ask of a part of the one story, never for
/// a story of their own ("Tell me about a time you…"), and two lines at least of the
/// answers tell something done. A list of interview questions with answers under them
/// asks for "a time", or is answered in the present ("- Why us?", "  - the scale of the
/// problems").
pub(super) fn prompted_outline(text: &str) -> bool {
    let mut prompts: Vec<&str> = Vec::new();
    let mut answers: Vec<&str> = Vec::new();
    // Items with a nested line right after them, blank lines apart: answered.
    let mut answered = 0;
    let mut after_item = false;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if line.starts_with([' ', '\t']) {
            answered += usize::from(std::mem::take(&mut after_item));
            answers.push(without_bullet(line));
            continue;
        }
        let marked = ["- ", "* ", "+ "].iter().find_map(|m| line.strip_prefix(m));
        let Some(prompt) = marked else {
            return false;
        };
        prompts.push(prompt.trim());
        after_item = true;
    }
    // (A prompt of a part speaks of the one story, "the conflict", "it", or of
    // nothing; one that asks for "a time", "an example", asks for a story of its own.)
    let asking = |p: &str| {
        let words = words_of(p);
        p.trim_end().ends_with(['?', '？'])
            && (1..=8).contains(&words.len())
            && !words.iter().any(|w| w == "a" || w == "an")
    };
    if prompts.len() < 2 || answered < 2 {
        return false;
    }
    let told = answers
        .iter()
        .filter(|a| words_of(a).iter().any(|w| past(w)) || first_person_events(a) > 0)
        .count();
    prompts.iter().filter(|p| asking(p)).count() >= 2
        && prompts.iter().all(|p| {
            p.split_whitespace().count() <= 10 && !is_prompt(p) && (asking(p) || !asks_for_story(p))
        })
        && told >= 2
}

/// Whether a story's fragments tell it: three or more, none empty, asking or advising,
/// and two or more, one in `share` at least, telling something done in the past.
fn pieces_tell(pieces: &[&str], share: usize) -> bool {
    let pasts = pieces.iter().filter(|t| piece_tells_deed(t)).count();
    pieces.len() >= 3
        && pieces
            .iter()
            .all(|t| !t.is_empty() && !is_question(t) && !advises_reader(t))
        && pasts * share >= pieces.len()
        && pasts >= 2
}

/// Whether a fragment tells something done: a verb in the past among its first words
/// ("Raised enough for a van", "Two reports disagreed on revenue", "Finance signed
/// off"), or after "I" or "we". A word in the past further on describes a thing
/// rather than tells a deed ("`semantic.py` → `rapidfuzz` + curated map", "Secrets:
/// never hardcoded, always in `.env` (gitignored)").
fn piece_tells_deed(piece: &str) -> bool {
    words_of(piece).iter().take(3).any(|w| past(w)) || first_person_events(piece) > 0
}

/// Whether a text is a story told in fragments on one line, set apart by dashes, "I"
/// left out (`Had a deadline to post a blog - Colleague didn't provide info - Followed
/// up with them in person - …`): three pieces or more, a third of them at least (two
/// or more) telling something done in the past, none asking or advising.
pub(super) fn dashed_fragments_told(text: &str) -> bool {
    let text = text.trim();
    if text.contains('\n') {
        return false;
    }
    let pieces: Vec<&str> = text.split(" - ").map(str::trim).collect();
    pieces_tell(&pieces, 3)
}

/// Whether a text speaks to its reader to advise them: more of "you" than of the
/// writer, a command ("Describe…", "Highlight…"), or what "you should" do.
fn advises_reader(text: &str) -> bool {
    to_reader(text) || instructs(text) || counsels(text)
}

/// Whether a line leads in to the list under it (`I can talk about`, `Stories to
/// use`): a few words on one line, no sentence ended and nothing asked.
pub(super) fn leads_to_list(line: &str) -> bool {
    let line = line.trim();
    !line.contains('\n')
        && (1..=8).contains(&words_of(line).len())
        && !line.ends_with(['.', '!', '?'])
        && !is_question(line)
}

/// Whether a list item under a question is a reminder of the story that answers it, in
/// the writer's shorthand (`PhD project -- set goals for next 6 months`, `Python vs.
/// Matlab --> based on applicability data`): a line of thirty words at most that asks
/// nothing and gives the reader no advice ("try to understand", "you should…").
pub(super) fn shorthand_reminder(text: &str) -> bool {
    let words = words_of(text);
    // (A number with nothing after it, `2)`, reminds of nothing.)
    text.chars().any(char::is_alphabetic)
        && words.len() <= 30
        && !text.contains('\n')
        && !is_question(text)
        && !advises_reader(text)
        && !general_answer(text)
        && !plans_steps(text)
        // (A part's label with nothing after it, `* Situation:`, is a slot of a story
        // still to write.)
        && !split_label(text).is_some_and(|(label, value)| {
            matches!(label, Label::Part(_)) && !value.chars().any(char::is_alphanumeric)
        })
}

/// Whether a reminder names a practice kept up rather than one occasion ("Daily
/// meetings to prioritize tasks", "Weekly demos for the team"), or says what the writer
/// holds ("It's work, never mix business with personal matters"): a word of recurrence
/// opening it, or words of what always is ("it's", "never", "always") and nothing done
/// in the past.
pub(super) fn names_no_occasion(text: &str) -> bool {
    const RECURRING: &[&str] = &[
        "daily",
        "weekly",
        "monthly",
        "regular",
        "regularly",
        "always",
        "every",
        "usually",
        "often",
    ];
    let words = words_of(&text.replace('’', "'"));
    let kept_up = words
        .first()
        .is_some_and(|w| RECURRING.contains(&w.as_str()));
    let held = words
        .iter()
        .any(|w| matches!(w.as_str(), "it's" | "never" | "always"))
        && !words.iter().any(|w| past(w));
    kept_up || held
}

/// A text with its wiki links (`[[Note]]`, `[[Note#Section]]`, `[[Note|shown words]]`,
/// as Obsidian and other notebooks write them) read as the words they stand for: the
/// words shown, else the section linked to, else the note's name. A heading
/// `## [[Amazon Leadership Principles#Bias for Action]]` names Bias for Action, and
/// `### [[Pivoting the app to the web]]` a story.
pub(super) fn wiki_links_shown(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open + 2..].find("]]") else {
            break;
        };
        let inner = &rest[open + 2..open + 2 + close];
        if inner.trim().is_empty() || inner.contains(['[', ']', '\n']) {
            out.push_str(&rest[..open + 2]);
            rest = &rest[open + 2..];
            continue;
        }
        let (target, shown) = match inner.split_once('|') {
            Some((target, shown)) => (target, Some(shown)),
            None => (inner, None),
        };
        let section = target
            .split_once('#')
            .map(|(_, s)| s.trim_start_matches('^'));
        let words = shown
            .or(section)
            .filter(|w| !w.trim().is_empty())
            .unwrap_or(target);
        out.push_str(&rest[..open]);
        out.push_str(words.trim());
        rest = &rest[open + 2 + close + 2..];
    }
    out.push_str(rest);
    out
}

/// First-person singular words: a paragraph without any reads as a description of the
/// principle, not a story.
pub(super) fn is_description(text: &str) -> bool {
    // A paragraph in another script cannot be read for a writer who may leave out "I"
    // (Russian, Chinese and Japanese often do): it is the person's note, unless it
    // translates a description just above it (see the walk).
    if mostly_other_script(text) {
        return false;
    }
    // Words inside quotation marks are someone else's ("they never say “that's not my
    // job”"), not the writer's. A text that is mostly one quotation (`Principle:
    // "Leaders start with the customer…"`) is read as what it quotes.
    let mut unquoted = unquoted(text);
    if unquoted.split_whitespace().count() < 12 {
        unquoted = text.to_string();
    }
    let words: Vec<String> = unquoted
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
                .replace('’', "'")
        })
        .collect();
    // A long definition may say "my" once in a question it asks of its reader ("Are my
    // fellow employees growing?"); a story of that length says I again and again.
    let mine = words
        .iter()
        .filter(|w| FIRST_PERSON.contains(w) || OTHER_FIRST_PERSON.contains(&w.as_str()))
        .count()
        + writer_in_cjk(&unquoted);
    // A definition speaks of leaders ("Leaders are owners… never say that's not my
    // job"), which a story of that length seldom does.
    let of_leaders = words.iter().any(|w| w == "leaders" || w == "leader");
    // A gloss wholly in quotation marks (`*"Listen attentively, speak candidly…"*`)
    // quotes the principle however short it is; other text needs a sentence or two.
    let bare = text.trim().trim_matches(['*', '_']).trim();
    let quoted = bare.starts_with(['"', '“']) && bare.ends_with(['"', '”']);
    // So does a sentence whose subject is leaders, as a gist of the principle opens
    // (`Principle: Leaders have strong judgment.`), after a word that labels it.
    let says_what_leaders_do = words
        .iter()
        .find(|w| {
            !matches!(
                w.as_str(),
                "principle" | "definition" | "description" | "meaning" | "gist" | "lp"
            )
        })
        .is_some_and(|w| w == "leaders");
    let enough = if says_what_leaders_do {
        4
    } else if quoted {
        6
    } else {
        12
    };
    words.len() >= enough
        && (mine == 0 || mine == 1 && (words.len() >= 40 || of_leaders))
        // (A description tells nothing the writer did: "so i pointed out that we…" is
        // a story, however seldom it says "I". "We value calculated risk" is no deed.)
        && !did_i(&unquoted)
        // (Nor does one open with a verb in the past, "I" left out as notes leave it:
        // "Automated the manual checks and…" is what the writer did.)
        && !words.first().is_some_and(|w| past(w))
}

/// Whether a text says "we" with a verb in the past right after it ("we migrated"):
/// a thing its writer's team did. ("We value calculated risk taking" is no deed.)
pub(super) fn did_we(text: &str) -> bool {
    deeds(&words_of(text), &["we"], 1).next().is_some()
}

/// Whether a text says "I" with a verb in the past just after it ("i pointed out", "I
/// quickly fixed"): a thing its writer did.
pub(super) fn did_i(text: &str) -> bool {
    deeds(&words_of(text), &["i"], 2).next().is_some()
}

/// Where in `words` one of `who` stands with a verb in the past within `reach` words
/// after it, and not after "have" or "am" ("I have learned" speaks of the writer, "if I
/// am made to change" of what may be; neither of a thing that happened).
fn deeds<'w>(
    words: &'w [String],
    who: &'w [&str],
    reach: usize,
) -> impl Iterator<Item = usize> + 'w {
    (0..words.len()).filter(move |&i| {
        who.contains(&words[i].as_str())
            // ("I have learned", "if I am made to change": not a thing that happened.)
            && words.get(i + 1).is_none_or(|w| w != "have" && w != "am")
            && words[i + 1..words.len().min(i + 1 + reach)]
                .iter()
                .any(|w| past(w))
    })
}

/// Whether a text is its writer's own account of what they did, not advice to a reader
/// on how to answer: it speaks of its writer ("I", "we", "my", 我) at least twice, and
/// more often than of its reader ("you", 你). Words in quotation marks are someone
/// else's ("Use \"I\" not \"we\"").
pub(super) fn own_account(text: &str) -> bool {
    let (writer, reader) = persons(text);
    writer >= 2 && writer > reader
}

/// The questions a label's value lists in quotation marks, set apart by commas,
/// slashes, "or" or a dot between them (`"Tell me about yourself", "Why did you
/// switch?"`, `"Work at scale" · "A time you improved security"`); `None` when the
/// value is not such a list (one question, or words outside the marks).
pub(super) fn quoted_list(value: &str) -> Option<Vec<String>> {
    let mut items = Vec::new();
    let mut outside = String::new();
    let mut current: Option<String> = None;
    for c in value.trim().chars() {
        match (&mut current, c) {
            (None, '"' | '“') => current = Some(String::new()),
            (Some(item), '"' | '”') => {
                items.push(item.trim().to_string());
                current = None;
            }
            (Some(item), c) => item.push(c),
            (None, c) => outside.push(c),
        }
    }
    // (A remark in brackets, `"…." **(Directly relevant to this role.)**`, is the
    // writer's aside on the list, not one of its items.)
    let outside = match outside.split_once('(') {
        Some((before, after)) if after.trim_end_matches(['*', '_', ' ']).ends_with(')') => {
            before.trim_end_matches(['*', '_', ' ']).to_string()
        }
        _ => outside,
    };
    let separators = outside
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | ';' | '·' | '•' | '|'))
        .all(|w| w.is_empty() || w.eq_ignore_ascii_case("or"));
    (current.is_none() && items.len() >= 2 && separators && items.iter().all(|i| !i.is_empty()))
        .then_some(items)
}

/// Whether a text lists things after a label and tells nothing (`Skill recently
/// learned: rock climbing, how to take care of plants, graph databases, meditating`):
/// one line (a list's marker aside), a label of a few words, four items or more set
/// apart by commas, each of six words at most, and no "I" or "we" with a verb in the
/// past.
pub(super) fn lists_things(text: &str) -> bool {
    let text = text.trim();
    let line = item_body(text).unwrap_or(text).trim_start();
    let Some((label, items)) = line.split_once(':') else {
        return false;
    };
    // `QCELLS: ICAP peak: operations team, standards, fallbacks, tests`: a second label
    // in the line makes it notes on a thing named, not a list after a label.
    let second_label = items.contains(':');
    let items: Vec<&str> = items.split(',').map(str::trim).collect();
    !second_label
        && !line.contains('\n')
        && (1..=4).contains(&label.split_whitespace().count())
        && items.len() >= 4
        && items
            .iter()
            .all(|i| (1..=6).contains(&i.trim_end_matches('.').split_whitespace().count()))
        && first_person_events(line) == 0
}

/// Whether a text comments on an answer rather than telling one: it speaks of "this"
/// or "your" story, answer or case study ("this is a very strong case study", "your
/// answer shows ownership") and tells nothing that happened (no "I" or "we" with a
/// verb in the past, and at most one such verb: "structured feedback" is no event).
pub(super) fn comments_on_answer(text: &str) -> bool {
    let text = unquoted(text);
    if !no_events(&text) {
        return false;
    }
    let words = words_of(&text);
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "this" | "your")
            && words[i + 1..words.len().min(i + 10)].iter().any(|n| {
                // ("Your own example:" asks for the reader's story; it comments on
                // none.)
                matches!(n.as_str(), "story" | "answer" | "response" | "study")
            })
    })
}

/// Whether a text tells what happened to its writer: twice or more, "I" or "we" and a
/// verb in the past tense just after ("I led", "we quickly shipped", "I was"). A text
/// mostly in another script is not read for its tense.
pub(super) fn tells_events(text: &str) -> bool {
    // (Vietnamese, in Latin letters, has no tenses either: read so.)
    if mostly_other_script(text) || vietnamese(text) {
        // Tense is not read there: the writer speaking of themselves alone, twice, is
        // (a description says 我们, "we").
        // Outside quotation marks: «Мотогонки научили меня…» is a sample answer.
        let text = unquoted(text);
        let words = words_of(&text);
        let alone = (0..words.len())
            .filter(|&i| OTHER_FIRST_PERSON.contains(&words[i].as_str()) || writer_minh(&words, i))
            .count();
        return (alone + writer_in_cjk(&text)).saturating_sub(stances_in_cjk(&text)) >= 2
            && (!in_chinese(&text) || writer_did_in_chinese(&text));
    }
    first_person_events(text) >= 2
}

/// Whether a list in Chinese states things rather than naming stories: each item a
/// sentence closed by its full stop (`- 這是分析素材，不是正式履歷成果。`), none saying
/// that anything was done (了) or when (当时, 后来). A reminder of a story names it in
/// a phrase, `- 支付系统重构`, or says what was done, `- 主导了迁移。`.
pub(super) fn states_in_chinese(list: &str) -> bool {
    if list.is_ascii() {
        return false;
    }
    let items: Vec<&str> = list
        .lines()
        .filter_map(|line| item_body(line.trim_start()))
        .collect();
    !items.is_empty()
        && items.iter().all(|item| {
            let item = item.trim();
            in_chinese(item) && item.ends_with('。') && !says_done_in_chinese(item)
        })
}

/// Whether a sentence in Chinese says something was done (了 after its verb) or sets it
/// in the past (当时, "then"; 后来, "later").
fn says_done_in_chinese(sentence: &str) -> bool {
    let chars: Vec<char> = sentence.chars().collect();
    (0..chars.len()).any(|i| done_mark(&chars, i))
        || PAST_IN_CHINESE.iter().any(|p| sentence.contains(p))
}

/// Whether the character at `i` is 了 marking the verb before it done (设计了, "designed"):
/// not in a word of its own, 了解 ("understand"), 为了 ("in order to"), 除了 ("apart
/// from"). (过 marks it too, but is more often a word's: 过程, 通过, 过拟合.)
fn done_mark(chars: &[char], i: usize) -> bool {
    chars[i] == '了'
        && i > 0
        && is_han(chars[i - 1])
        && !matches!(chars[i - 1], '为' | '為' | '除' | '罢' | '罷' | '算')
        && chars.get(i + 1) != Some(&'解')
}

/// Whether a text is in Chinese: Chinese characters, and none of the kana that Japanese
/// writes among them.
pub(super) fn in_chinese(text: &str) -> bool {
    text.chars().any(is_han) && !text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c))
}

/// Words that set what a sentence in Chinese tells in the past: "then", "later", "in the
/// end", "before", "once", "last year", "last time".
const PAST_IN_CHINESE: &[&str] = &[
    "当时", "當時", "那时", "那時", "后来", "後來", "最后", "最後", "最终", "最終", "之前", "以前",
    "曾经", "曾經", "去年", "上次",
];

/// The sentences of a text in Chinese, cut at its full stops, marks of question and
/// exclamation, semicolons and line ends.
fn chinese_sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['。', '！', '？', '；', '!', '?', ';', '\n'])
}

/// Whether a text in Chinese says the writer did something: a sentence with the writer
/// in it (我), or with no one else, whose verb is marked done (了) or set in the past
/// (当时, "then"; 后来, "later"; 最后, "in the end"). A Chinese verb does not say when:
/// "我不会把它夸成…" (I would not call it…), "我用这类工具时…" (when I use such
/// tools…) are the writer's views and ways, told with no event.
pub(super) fn writer_did_in_chinese(text: &str) -> bool {
    // (Chinese leaves out a subject said before: a sentence with none of its own,
    // "后来写中间层就很快了" (later, writing the middleware went fast), is the writer's
    // too; one of "we" or "they", 我们补做了审计, is not theirs alone. 其他, "other", is
    // no "he".)
    const OTHERS: &[&str] = &["我们", "我們", "咱们", "他", "她", "它", "大家"];
    chinese_sentences(text)
        .filter(|sentence| {
            let sentence = sentence.replace("其他", "");
            writer_in_cjk(&sentence) > 0 || !OTHERS.iter().any(|o| sentence.contains(o))
        })
        .any(says_done_in_chinese)
}

/// How often a text in Chinese has its writer take a stance rather than do something:
/// "I think", "I believe", "I hope" (我认为, 我相信, 我希望) give an opinion; "I
/// (don't) recommend" (我建议, 我不建议) advice; "I will" (我会) an intent. None is an
/// event.
pub(super) fn stances_in_cjk(text: &str) -> usize {
    [
        "我认为",
        "我覺得",
        "我觉得",
        "我相信",
        "我希望",
        "我想",
        "我認為",
        "我建议",
        "我不建议",
        "我建議",
        "我不建議",
        "我推荐",
        "我会",
        "我會",
    ]
    .iter()
    .map(|o| text.matches(o).count())
    .sum()
}

/// How many sentences of a text say something happened: a verb in the past tense in
/// them ("Profiled it with cProfile", "It turned out to be a missing index"), with or
/// without "I". Notes' shorthand leaves "I" out; it keeps the tense.
pub(super) fn past_sentences(text: &str) -> usize {
    text.split(['.', '!', '?', ';', '\n'])
        .filter(|sentence| words_of(sentence).iter().any(|w| past(w)))
        .count()
}

/// Whether a short text tells in the past: two sentences or more with a verb in the
/// past, and no more sentences without one ("The pdf-parse import issue. The library
/// changed its export style…. …it took systematic debugging…").
pub(super) fn mostly_past(text: &str) -> bool {
    let sentences = text
        .split(['.', '!', '?', ';', '\n'])
        .filter(|s| !words_of(s).is_empty())
        .count();
    let past = past_sentences(text);
    past >= 2 && past * 2 >= sentences
}

/// Whether a question asks how a thing works ("How does the AI scoring work?", "How do
/// the three layers work together?", "How did you implement the resizable images?"): an
/// explanation answers it, not a story.
pub(super) fn asks_how_it_works(question: &str) -> bool {
    let words = plain_words(without_question_label(question));
    let how_do = words.first().is_some_and(|w| w == "how")
        && words
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "does" | "do" | "did"));
    // (Or how the person built a thing, "How did you implement resizable images?", "How
    // did you design multi-environment deployments?": how the code goes.)
    let implemented = words.get(2).is_some_and(|w| w == "you")
        && words
            .get(3)
            .is_some_and(|w| matches!(w.as_str(), "implement" | "architect" | "design"));
    // (Or to explain how a thing is built, "Can you explain the architecture of your
    // project?": its parts, not an occasion.)
    let joined = format!(" {} ", words.join(" "));
    let explain_built = joined.contains(" explain ")
        && ["architecture", "design", "structure"]
            .iter()
            .any(|w| joined.contains(&format!(" the {w} of ")));
    explain_built
        || how_do
            && (implemented
                || words
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "work" | "works" | "together")))
}

/// Whether an answer explains a thing rather than tells an occasion: the question
/// opens by asking what a thing is, how two differ, or to explain how one is built
/// ("What is Docker? Why did you use it in your project?", "What are the main
/// principles of OOP? Can you give an example from your project?", "Can you explain
/// the architecture of your project?"), or the answer's first line defines one ("JPA is
/// a specification for…"); and the answer tells no more than one thing the writer did.
/// A question of the person's best or proudest, or one asking for a story, is answered
/// by a story whatever it opens on.
pub(super) fn explains_a_thing(question: &str, opening: &str, answer: &str) -> bool {
    let first_asked = question
        .split_inclusive(['?', '？'])
        .next()
        .unwrap_or(question);
    let words = plain_words(without_question_label(first_asked));
    let joined = format!(" {} ", words.join(" "));
    let superlative = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "most" | "least" | "best" | "worst" | "favorite" | "favourite"
        ) || w.len() > 5 && w.ends_with("est")
    });
    let of_person = words
        .iter()
        .any(|w| matches!(w.as_str(), "you" | "your" | "yourself"));
    // ("What are the status codes you used?" over a list of them: only an answer that
    // names things, no one doing anything, is knowledge when the question asks of the
    // person.)
    let what_is = words.first().is_some_and(|w| w == "what")
        && words
            .get(1)
            .is_some_and(|w| matches!(w.as_str(), "is" | "are"))
        && (!of_person || no_events(answer) && persons(answer).0 == 0);
    let differ = joined.contains(" difference between ") || joined.contains(" different from ");
    // (An example from the writer's own work, "I used encapsulation by…", illustrates
    // what the question asked; an answer that only opens by defining tells of one
    // occasion at most.)
    let asked_thing = what_is && !of_person || differ || asks_how_it_works(question);
    let defined = (what_is || defines_a_thing(&crate::model::first_sentence(opening)))
        && first_person_events(answer) <= 1;
    // (A question that asks for an occasion, "Tell me about a time…", "Describe a
    // situation where…", is answered by one.)
    let occasion = [
        " a time ",
        " a situation ",
        " an occasion ",
        " an instance ",
    ]
    .iter()
    .any(|a| joined.contains(a))
        || joined.starts_with(" tell me about ")
        || joined.starts_with(" describe a ");
    !superlative && !occasion && (asked_thing || defined)
}

/// Whether a question asks what a thing is, means or does, or how two things differ
/// ("What is TDD?", "what does api stand for and what does it do?", "What problem does
/// Redux solve?", "how is JSX different from HTML?", "state vs props?"): knowledge
/// answers it, not a story. A question that asks of the person ("What motivates
/// you?"), of the past ("What was the hardest bug?") or for the most of something
/// ("What is the biggest risk you took?") is none of these.
pub(super) fn asks_what_a_thing_is(question: &str) -> bool {
    let words = plain_words(without_question_label(question));
    let Some(first) = words.first() else {
        return false;
    };
    let of_person_or_past = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "you" | "your" | "yours" | "yourself" | "i" | "me" | "my" | "we" | "our"
        ) || past(w)
            || matches!(w.as_str(), "most" | "least" | "best" | "worst" | "biggest")
    });
    if of_person_or_past {
        return false;
    }
    let joined = format!(" {} ", words.join(" "));
    let differ = joined.contains(" difference between ")
        || joined.contains(" different from ")
        || joined.contains(" different than ")
        || joined.contains(" differ from ")
        || joined.contains(" vs ")
        || joined.contains(" versus ");
    first == "what" || differ
}

/// Whether a text is notes about answering rather than a story told in notes: six
/// lines or more, fewer than a third of which say anything happened (a verb in the
/// past, or "I" or "we" with one): a rubric, feedback, a list of competencies.
pub(super) fn few_events(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let eventful = lines
        .iter()
        .filter(|l| words_of(l).iter().any(|w| past(w)) || first_person_events(l) > 0)
        .count();
    !mostly_other_script(text) && lines.len() >= 6 && eventful * 3 < lines.len()
}

/// Whether a question asks why the person wants the job, or who they are, not what
/// they did: "Why Amazon?", "Why do you want to work here?", "Tell me about yourself".
/// ("Why did you choose Kafka?" asks of a thing done.)
pub(super) fn asks_motive(question: &str) -> bool {
    const PLACES: &[&str] = &[
        "amazon", "aws", "us", "here", "this", "join", "google", "meta",
    ];
    let words = words_of(question);
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let why_here = w.first() == Some(&"why") && w.get(1).is_some_and(|x| PLACES.contains(x));
    why_here
        || w.starts_with(&["why", "do", "you", "want"])
        || w.starts_with(&["why", "are", "you", "interested"])
        || w.starts_with(&["tell", "me", "about", "yourself"])
        || w.starts_with(&["introduce", "yourself"])
}

/// Whether a question asks for a summary of the person's experience or background in
/// a field, not for one time: "What's your experience with Machine Learning?", "What
/// experience do you have in sales?", "What is your background in finance?".
pub(super) fn asks_experience(question: &str) -> bool {
    let words = words_of(
        &question
            .to_lowercase()
            .replace('’', "'")
            .replace("what's", "what is"),
    );
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let field = |rest: &[&str]| matches!(rest.first(), Some(&("with" | "in" | "of")));
    // "What kind of robotics work have you been most involved in?", "Have you worked
    // more on simulation or hardware?", "How much experience do you have with…": the
    // share of each kind of work, asked over all of it, and no occasion.
    let occasion = w
        .iter()
        .any(|x| matches!(*x, "time" | "times" | "example" | "situation" | "when"));
    let kinds = w.starts_with(&["what", "kind", "of"]) && w.contains(&"you")
        || w.starts_with(&["how", "much", "experience"])
        || w.windows(2).any(|p| p == ["have", "you"])
            && w.iter().any(|x| matches!(*x, "most" | "more"));
    w.starts_with(&["what", "is", "your", "experience"]) && field(&w[4..])
        || w.starts_with(&["what", "is", "your", "background"]) && field(&w[4..])
        || w.starts_with(&["what", "experience", "do", "you", "have"])
        || kinds && !occasion
}

/// Whether an answer goes over several places or projects a sentence each (`At
/// Rivian, …`, `On the mapping project, …`, `On the welding project, …`): three or
/// more, each named once, a survey of the writer's work, not one story of it.
pub(super) fn surveys_places(text: &str) -> bool {
    let mut named: Vec<String> = Vec::new();
    for sentence in text.split(['.', '!', '?', '\n']) {
        let words: Vec<&str> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        // ("Earlier, at Lincoln Electric…": a word of when before it.)
        let lead = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
        let words = match words.as_slice() {
            [when, rest @ ..]
                if matches!(
                    when.to_lowercase().as_str(),
                    "earlier" | "later" | "then" | "now"
                ) && lead.get(when.len()..).is_some_and(|r| r.starts_with(',')) =>
            {
                rest
            }
            all => all,
        };
        let place = match words {
            [at, name, ..]
                if at.eq_ignore_ascii_case("at") && name.starts_with(char::is_uppercase) =>
            {
                Some(name.to_string())
            }
            [on, the, rest @ ..]
                if matches!(on.to_lowercase().as_str(), "on" | "in")
                    && the.eq_ignore_ascii_case("the") =>
            {
                rest.iter()
                    .take(4)
                    .position(|w| w.eq_ignore_ascii_case("project"))
                    .map(|k| rest[..k].join(" ").to_lowercase())
            }
            _ => None,
        };
        if let Some(place) = place
            && !named.contains(&place)
        {
            named.push(place);
        }
    }
    named.len() >= 3
}

/// Whether an English word is a verb in the past tense: "was", "led", "fixed". Or a
/// Korean one (see [`korean_past`]).
pub(super) fn past(w: &str) -> bool {
    PAST_TENSE.contains(w)
        || w.chars().count() >= 4 && w.ends_with("ed") && !w.ends_with("eed")
        || korean_past(w)
        || chinese_past(w)
}

/// Whether a Chinese word holds a verb with 了, the mark of a thing done (加了, 改为了,
/// 定位到了), not in the words where 了 is no such mark: 为了 ("in order to"), 了解
/// ("understand"), 除了 ("except"), 不了 ("cannot"), 了不起, 罢了, 算了.
pub(super) fn chinese_past(w: &str) -> bool {
    let chars: Vec<char> = w.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        c == '了'
            && before.is_some_and(is_han)
            && !matches!(before, Some('为' | '除' | '不' | '罢' | '算' | '爲'))
            && !matches!(after, Some('解' | '不'))
    })
}

/// Whether a story's Action, in Chinese, has the writer doing the thing ("我在
/// server.py 中设计了…", "我用 watchdog 监听…", "我的做法分两步走"), not proposing or
/// planning it ("我建议采用…" I suggest, 我会 I will, 可以 could, 计划 plan) nor doing it
/// as a habit ("我经常会处理类似问题" I often handle, 通常 usually): in Chinese the verb
/// itself does not say it is past, the Action's label and its doer do.
pub(super) fn writer_acts_in_chinese(action: &str) -> bool {
    const INTENT: &[&str] = &[
        "建议", "建議", "我会", "我會", "我将", "我將", "打算", "计划", "計劃", "可以", "应该",
        "應該", "经常", "經常", "通常", "总是", "總是", "一般", "往往", "常常", "习惯", "習慣",
    ];
    let first = action.split(['。', '\n']).next().unwrap_or("");
    first.contains('我') && !INTENT.iter().any(|w| first.contains(w))
}

/// Whether a Korean word holds a verb in the past: a syllable closed by ㅆ, the past's
/// mark, with an ending after it (해결했습니다, 바꿨다, 발견했고, 였는데). Not 있 ("there
/// is", "have") nor 겠 (what will or may be), which close on the same letter.
pub(super) fn korean_past(w: &str) -> bool {
    let syllables: Vec<char> = w.chars().collect();
    syllables.windows(2).any(|pair| {
        is_hangul(pair[0])
            && is_hangul(pair[1])
            && (pair[0] as u32 - 0xAC00) % 28 == 20
            && !matches!(pair[0], '있' | '겠')
    })
}

/// Words after which a verb in the past is no deed: "is dispatched", "gets merged";
/// nor after an article or an owner, "an animated bubble", "its required fields": a
/// word in "-ed" there names what a thing is like.
const NOT_DEED_AFTER: &[&str] = &[
    "is", "are", "be", "been", "being", "get", "gets", "a", "an", "the", "its", "their",
];

/// Whether a text says, in English, how a thing is or works, with no one in it and
/// nothing that happened ("Environment variables protect the keys. The application
/// uses JWT middleware to protect routes…"): fifteen words or more in two sentences or
/// more, no "I" or "we", and no verb in the past but one after "is" and the like
/// ("`sendTyping(false)` is dispatched") or an article; and in English (see
/// [`in_english`]): a text in another language has no past this reading could see.
pub(super) fn describes_a_thing(text: &str) -> bool {
    let words = words_of(text);
    if words.len() < 15 || mostly_other_script(text) {
        return false;
    }
    // (Someone is in a scene the writer tells themselves in "you": see
    // [`narrated_to_you`].)
    let someone = words
        .iter()
        .any(|w| FIRST_PERSON.contains(w) || FIRST_PERSON_PLURAL.contains(w))
        || narrated_to_you(text);
    let happened = words.first().is_some_and(|w| past(w))
        || words
            .windows(2)
            .any(|pair| past(&pair[1]) && !NOT_DEED_AFTER.contains(&pair[0].as_str()));
    // (One phrase, however long, is a story's reminder in shorthand, "Calling back the
    // stranded buyers by giving them…".)
    let sentences = (text.split(['.', '!', '?', ';', '\n']))
        .filter(|s| words_of(s).len() >= 3)
        .count();
    // (And it says how a thing is, with "is", "can", "would" and the like: a pointer,
    // `Lead with: Story A (the build). Backup: Story B.`, says nothing of the kind.)
    let says_how = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "is" | "are" | "can" | "will" | "would" | "has" | "have" | "does" | "do" | "must"
        )
    });
    sentences >= 2 && says_how && in_english(&words) && !someone && !happened
}

/// Whether words (as [`words_of`] gives them) read as English: one in ten at least is
/// one of its common words ("the", "and", "with"). Text in another language has none
/// of them, and the rules that read English tense cannot judge it.
fn in_english(words: &[String]) -> bool {
    let common = words.iter().filter(|w| COMMON_WORDS.contains(w)).count();
    !words.is_empty() && common * 10 >= words.len()
}

/// Whether a text gives the writer's view and tells nothing that happened: no verb in
/// the past (but after "is", "are" and the like: "what is expected"), and a view said
/// in the present ("I think the best developers…", "I really enjoy mentoring
/// people.", "Amazon is huge.", "that's why it's important…"). A reminder in notes'
/// shorthand says neither ("prototyping at hackathons").
pub(super) fn gives_view(text: &str) -> bool {
    const BE: &[&str] = &[
        "is", "are", "am", "be", "been", "being", "i'm", "we're", "it's", "that's", "there's",
        "isn't", "aren't", "get", "gets",
    ];
    const MIND: &[&str] = &[
        "think", "believe", "feel", "enjoy", "love", "like", "mean", "hope", "guess",
    ];
    let words = words_of(text);
    if words.len() < 4 || first_person_events(text) > 0 {
        return false;
    }
    // Something happened: a verb in the past ("he said", "they had me take", "the team
    // shipped", "Moved the jobs…", "I" left out), but not one after "is" and the like
    // ("what is expected"), nor "as opposed to", "especially talented".
    const NOT_DEED_AFTER: &[&str] = &["as", "especially", "very", "more", "most", "well"];
    let happened = words.first().is_some_and(|w| past(w))
        || words.windows(2).any(|pair| {
            past(&pair[1])
                && !BE.contains(&pair[0].as_str())
                && !NOT_DEED_AFTER.contains(&pair[0].as_str())
        });
    if happened {
        return false;
    }
    // "I think…", "I really enjoy…".
    let mind_at = |i: usize| words.get(i).is_some_and(|w| MIND.contains(&w.as_str()));
    let minds = (0..words.len()).any(|i| {
        words[i] == "i"
            && (mind_at(i + 1)
                || words
                    .get(i + 1)
                    .is_some_and(|w| matches!(w.as_str(), "really" | "do" | "truly" | "always"))
                    && mind_at(i + 2))
    });
    // ("Are Right, A Lot" is a principle's name, not a view.)
    let states = words.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "is" | "are"
                | "it's"
                | "that's"
                | "there's"
                | "isn't"
                | "aren't"
                // "This goes along with being curious.", "it all comes down to…"
                | "goes"
                | "comes"
                | "means"
                | "matters"
        ) && !(w == "are" && words.get(i + 1).is_some_and(|n| n == "right"))
    });
    minds || states
}

/// How often a text says "I" or "we" with a verb in the past tense just after ("I led",
/// "we quickly shipped"). Not "I have learned", "I've shipped": the perfect speaks of
/// what the writer has come to know or do, not of a thing that happened.
pub(super) fn first_person_events(text: &str) -> usize {
    deeds(&words_of(text), &["i", "we", "i'd", "we'd"], 3).count()
}

/// Words after "I" or "we" that are no verb in the present: a helping verb ("I was",
/// "we will", "I have"), or no verb at all ("I and my team", "we both").
const NOT_PRESENT: &[&str] = &[
    "am", "was", "were", "have", "had", "will", "would", "could", "can", "should", "might", "must",
    "may", "did", "do", "don't", "didn't", "won't", "wasn't", "shall", "and", "to", "both", "all",
];

/// The helping verbs that put "I" or "we" in a question ("Did I stay…?", "Can we…?").
const ASKING: &[&str] = &[
    "did", "do", "does", "can", "could", "would", "should", "will", "was", "were", "have", "had",
    "am", "are", "is", "may", "might", "shall",
];

/// How often a text says "I" with a verb in the present just after ("I ensure", "I
/// check"; an adverb there counts as one, "I also…"): not a verb in the past, and not
/// a helping verb ("I was", "I will", "I have") or no verb at all ("I and my team").
pub(super) fn first_person_present(text: &str) -> usize {
    let words = words_of(text);
    words
        .windows(2)
        .filter(|pair| {
            let next = pair[1].as_str();
            pair[0] == "i"
                && next.chars().all(char::is_alphabetic)
                && !past(next)
                && !NOT_PRESENT.contains(&next)
        })
        .count()
}

/// Whether a text describes how the writer's work goes rather than what happened once:
/// "I" or "we" with a verb in the present ("we use RabbitMQ", "i work on a platform",
/// "we also centralize the logs") five times or more, and three times as often as with
/// one in the past ("I was onboarded", "we recently migrated"). A project's brief, not
/// a story. A question's "I" ("Did I use…?") is not counted.
pub(super) fn describes_work(text: &str) -> bool {
    let words = words_of(text);
    let present = (0..words.len())
        .filter(|&i| {
            if !matches!(words[i].as_str(), "i" | "we") {
                return false;
            }
            // A question's "I" ("Did I stay under three minutes?") states nothing.
            if i > 0 && ASKING.contains(&words[i - 1].as_str()) {
                return false;
            }
            // Past an adverb ("we also use", "we recently migrated") to the verb.
            let verb = words[i + 1..].iter().find(|w| {
                !(w.ends_with("ly")
                    || matches!(w.as_str(), "also" | "still" | "now" | "then" | "just"))
            });
            verb.is_some_and(|v| {
                v.chars().all(char::is_alphabetic) && !past(v) && !NOT_PRESENT.contains(&v.as_str())
            })
        })
        .count();
    present >= 5 && present >= 3 * first_person_events(text)
}

/// Whether a text says what its writer is and can do rather than what happened: "I"
/// three times or more with a verb in the present, "am" or "can" just after ("I am an
/// experienced developer", "I can explain…", "I work not only for money"), and never
/// with one in the past just after ("I led", "I was"; "I am interested" is no event).
pub(super) fn says_what_i_am(text: &str) -> bool {
    let words = words_of(text);
    let after_i = |pred: &dyn Fn(&str) -> bool| {
        words
            .windows(2)
            .filter(|pair| pair[0] == "i" && pred(pair[1].as_str()))
            .count()
    };
    let present = after_i(&|w| matches!(w, "am" | "can" | "'m")) + first_person_present(text);
    let past_just_after = after_i(&|w| past(w) || matches!(w, "was" | "were" | "had" | "did"));
    present >= 3 && past_just_after == 0
}

/// Whether a question asks how the person works in general, not for something that
/// happened: "How do you stay up to date?", "How would you handle it?", "What would
/// you do if…", "Describe how you would…".
pub(super) fn asks_for_habit(question: &str) -> bool {
    // (In quotation marks, `Q10: "How do you handle…?"`, the same question.)
    let lower =
        format!(" {} ", question.to_lowercase().replace('’', "'")).replace(['"', '“', '”'], " ");
    HABIT_FRAMES.iter().any(|m| lower.contains(m)) && !asks_for_story(question)
}

/// The words that ask how the person works, would act or does as a rule: "How do
/// you…", "What would you do…".
const HABIT_FRAMES: &[&str] = &[
    " how do you ",
    " how would you ",
    " how will you ",
    " how should you ",
    " how can you ",
    " what would you do",
    " what do you do ",
    " describe how you would ",
    // "What would you add?", "What would you improve?": plans, not what happened.
    " what would you add",
    " what would you improve",
];

/// Whether a paragraph is its writer's view of themselves: a dozen words or more that
/// tell no event, speak of the writer, and say what they are or do as a rule ("am",
/// "is", or a habit): "My experience: I am glad to say candid is the word most often
/// used about me". A story's name, `The shared test rig`, is shorter; "I split the
/// build into stages" tells a deed (its verb's past is its present); and a case told
/// in the present, "we watch every step… the load takes 2 minutes", is of the work,
/// not of the writer.
pub(super) fn view_of_self(text: &str) -> bool {
    text.split_whitespace().count() >= 12
        && events_told(text) == 0
        && speaks_of_self(text)
        && (habitual(text)
            || words_of(text)
                .iter()
                .any(|w| matches!(w.as_str(), "am" | "is" | "are" | "i'm" | "i've")))
}

/// Whether an answer describes a kind of person or thing rather than one of them:
/// it opens on "a", "an", "any", "someone", "people" or "those", with at most two
/// words more before "who", "that" or "whose" ("A customer who does not read the
/// release notes…", "People that ask for…"), and tells nothing that happened. It says
/// what such a one is like, as a definition does; "A customer I worked with" is one
/// customer, and one who called last spring told something that happened.
pub(super) fn describes_a_kind(text: &str) -> bool {
    let words = words_of(text);
    let Some(first) = words.first() else {
        return false;
    };
    let opens = matches!(
        first.as_str(),
        "a" | "an" | "any" | "someone" | "somebody" | "anyone" | "people" | "those"
    );
    let relative = words
        .iter()
        .skip(1)
        .take(3)
        .position(|w| matches!(w.as_str(), "who" | "that" | "whose"));
    opens && relative.is_some() && events_told(text) == 0 && first_person_events(text) == 0
}

/// Whether an answer in English says how its writer works in general, not what
/// happened: no verb in the past tense, at least fifteen words, and two or more words
/// of habit, intent or instruction ("try to", "I will", "normally", "maybe",
/// "should", "never", "do not").
pub(super) fn general_answer(text: &str) -> bool {
    let words = words_of(text);
    if mostly_other_script(text) || words.len() < 15 || words.iter().any(|w| past(w)) {
        return false;
    }
    let lower = format!(" {} ", words.join(" "));
    let marks = [
        " never ",
        " normally ",
        " usually ",
        " always ",
        " it depends ",
        " depends on ",
        " i will ",
        " i'll ",
        " i would ",
        " should ",
        " try to ",
        " maybe ",
        " every day ",
        " everyday ",
        " every week ",
        " in general ",
        " generally ",
        " i don't think ",
        " impossible ",
        " do not ",
        " don't ",
    ];
    marks
        .iter()
        .map(|m| lower.matches(m).count())
        .sum::<usize>()
        >= 2
}

/// Whether an answer says how the writer works, or would handle what a question puts to
/// them, rather than what happened: two paragraphs or more say more of what "I" do or
/// would do ("The first thing I ask is…", "If it's…, I'll protect the date", "What I
/// never do is…") than of what "I" did, twice as many as say more of what happened (a
/// case pointed to: "Real grounding: … I made it configurable"), and the whole tells two
/// events of the writer's or fewer.
pub(super) fn way_of_working(text: &str) -> bool {
    if mostly_other_script(text) || first_person_events(text) > 2 {
        return false;
    }
    let (mut habits, mut events) = (0, 0);
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let (does, did) = does_and_did(paragraph);
        if does > did {
            habits += 1;
        } else if did > does {
            events += 1;
        }
    }
    habits >= 2 && events * 2 <= habits
}

/// How often a text says what "I" do or would do ("I ask", "I'll protect", "I never
/// do"), and how often what "I" did.
fn does_and_did(text: &str) -> (usize, usize) {
    let words = words_of(text);
    let intents = words
        .windows(2)
        .filter(|w| {
            w[0] == "i"
                && matches!(
                    w[1].as_str(),
                    "don't" | "won't" | "never" | "always" | "will" | "would" | "can"
                )
        })
        .count()
        + words
            .iter()
            .filter(|w| matches!(w.as_str(), "i'll" | "i'd"))
            .count();
    (
        first_person_present(text) + intents,
        first_person_events(text),
    )
}

/// Whether a situation is put to the reader rather than a story asked of them: a
/// heading or question that says "you" and never "I" (`S8 — You're blocked: the other
/// team is late`, "What would you do if a teammate kept missing dates?"), and asks for
/// no time it happened.
pub(super) fn put_to_reader(text: &str) -> bool {
    let words = words_of(text);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "you" | "you're" | "your" | "you've"))
        && !words.iter().any(|w| FIRST_PERSON.contains(w.as_str()))
        && !asks_for_story(text)
}

/// Whether a text, its quotations aside, says what "I" will or would do, twice or
/// more, and nothing "I" or "we" did (`First, I will ask the manager… Then I'll list
/// the risks.`); or, in Chinese, says 我会 ("I will") twice or more and more often than
/// it tells a thing done (了): a process the writer follows, not what happened once.
pub(super) fn would_do(text: &str) -> bool {
    let text = unquoted(text);
    let intents = intents(&words_of(&text), true);
    let will_in_chinese: usize = ["我会", "我會"]
        .iter()
        .map(|w| text.matches(w).count())
        .sum();
    let done_in_chinese = text
        .split([',', '，', '。', '.', ';', '；', '\n'])
        .filter(|clause| chinese_past(clause))
        .count();
    first_person_events(&text) == 0
        && (intents >= 2 || will_in_chinese >= 2 && done_in_chinese < will_in_chinese)
}

/// Whether a text, its quotations aside, says what "I" would do (`If persists I would
/// bring it up`, `I'd reach out to colleagues`) and tells nothing in the past: no
/// sentence in the past, no "I" with a verb in the past. ("I will always try to ask
/// early" is a habit, read as one elsewhere.)
pub(super) fn would_do_once(text: &str) -> bool {
    let text = unquoted(text);
    intents(&words_of(&text), false) >= 1
        && first_person_events(&text) == 0
        && past_sentences(&text) == 0
}

/// How often "I" would do a thing in `words` ("I would", "I'd"), and with `will`,
/// will do it too ("I will", "I'll").
fn intents(words: &[String], will: bool) -> usize {
    let intent = |w: &str| w == "would" || will && w == "will";
    let contracted = |w: &str| w == "i'd" || will && w == "i'll";
    (words.windows(2))
        .filter(|w| w[0] == "i" && intent(&w[1]))
        .count()
        + words.iter().filter(|w| contracted(w)).count()
}

/// Whether a text, its quotations aside, says what "I" do at least as often as what
/// "I" did, once or more (`I own it and explain what I fixed systemically.`): how the
/// writer goes about a thing, a past deed only inside it.
pub(super) fn does_as_often(text: &str) -> bool {
    let (does, did) = does_and_did(&unquoted(text));
    !mostly_other_script(text) && does >= 1 && did <= does
}

/// Whether an answer, its quotations aside, says more of what "I" do or would do than
/// of what "I" did: twice as often at least, and twice or more.
pub(super) fn does_more(text: &str) -> bool {
    let (does, did) = does_and_did(&unquoted(text));
    !mostly_other_script(text) && does >= 2 && did * 2 <= does
}

/// Whether a text's first sentence is a question (`What was your task? ("I had to…")`,
/// `Görevin neydi?`, `你的任务是什么？`): its first stop is a question mark.
pub(super) fn asks_first(text: &str) -> bool {
    text.trim()
        .chars()
        .find(|c| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n'))
        .is_some_and(|c| matches!(c, '?' | '？'))
}

/// Whether a part's text tells the reader what to put there rather than what happened:
/// it opens with a verb of instruction or a question word ("include business context",
/// "Explain the task you were given", "What was at stake?").
pub(super) fn instructs(text: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "describe",
        "explain",
        "set",
        "give",
        "share",
        "include",
        "clarify",
        "emphasize",
        "emphasise",
        "show",
        "highlight",
        "detail",
        "state",
        "mention",
        "provide",
        "quantify",
        "outline",
        "focus",
        "talk",
        "tell",
        "summarize",
        "summarise",
        "discuss",
        "identify",
        "demonstrate",
        "present",
        "define",
        "specify",
        "establish",
        "frame",
        "briefly",
        "what",
        "how",
        "why",
        "who",
        "where",
        "which",
    ];
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let words = words_of(text);
    // ("Set the scene" instructs; "Set up daily standups" tells what was built, "set"
    // being its own past.)
    words
        .first()
        .is_some_and(|w| OPENINGS.contains(&w.as_str()))
        && !(words[0] == "set" && words.get(1).is_some_and(|w| w == "up"))
}

/// Whether a sentence tells its reader what to do: it opens on a command
/// ([`opens_on_command`]), or on a verb of how to answer or act that is seldom a
/// story's first word (`Refuse the binary`, `Have an answer ready`, `Ask what the work
/// is`, `Raise it early`), with something after it.
pub(super) fn advises_an_act(sentence: &str) -> bool {
    // (Not "explain" or "describe": a writer's plan of their own telling opens so,
    // `-> explain what markets are`.)
    const ACTS: &[&str] = &[
        "refuse",
        "have",
        "ask",
        "raise",
        "assume",
        "state",
        "mitigate",
        "redirect",
        "deflect",
        "escalate",
        "acknowledge",
        "volunteer",
        "consent",
        "respond",
        "reply",
        "admit",
    ];
    let words = words_of(sentence.trim_start_matches(|c: char| !c.is_alphanumeric()));
    opens_on_command(sentence)
        || words.len() >= 2
            && ACTS.contains(&words[0].as_str())
            && !past(&words[1])
            && !writers_word(&words[1])
}

/// Whether a paragraph of prose is a run of commands to its reader, outside its
/// quotations: two sentences or more, the first a command and half of them at least
/// ("Pick a real failure, not a trivial one. Own it fully.", "Don't minimize it.
/// Don't blame others. Show what changed."). A guide may speak so, as the candidate
/// and not to "you"; a writer's notes give themselves a command in a line, not in
/// paragraph after paragraph.
pub(super) fn commanding_paragraph(paragraph: &str) -> bool {
    let text = unquoted(paragraph);
    let sentences: Vec<&str> = text
        .split_terminator(['.', '!', '?'])
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphabetic))
        .collect();
    let commands = sentences.iter().filter(|s| opens_on_command(s)).count();
    sentences.len() >= 2
        && sentences.first().is_some_and(|s| opens_on_command(s))
        && commands * 2 >= sentences.len()
}

/// Whether a short text opens on a command to its reader, a verb of advice with what it
/// points at ("Use the 3 steps", "Keep it under a minute", "Be honest", "Never say
/// no"): a tip for answering, not what happened.
pub(super) fn opens_on_command(text: &str) -> bool {
    let words = words_of(text.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let (Some(verb), next) = (words.first(), words.get(1)) else {
        return false;
    };
    match verb.as_str() {
        "never" | "always" | "don't" | "be" | "avoid" => true,
        "use" | "pick" | "keep" | "say" | "try" | "give" | "name" | "remember" | "practise"
        | "practice" | "prepare" | "focus" | "show" | "mention" | "make" | "tell" => next
            .is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "it"
                        | "them"
                        | "your"
                        | "one"
                        | "on"
                        | "to"
                        | "that"
                        | "this"
                        | "what"
                        | "how"
                        | "why"
                ) || w.chars().all(|c| c.is_ascii_digit() || c == '-')
                // (`Prepare 2 stories per category`: how many to have ready.)
            }),
        _ => false,
    }
}

/// Whether a story's Action is a plan of what to say or do, not what was done: outside
/// quotation marks, its clauses open with a command ("Name the gap first", "Pivot to
/// the closest evidence", "(2) map the job's own words onto…", "Never claim it"): two
/// or more, a third of its clauses at least (the others say what to name), and more of
/// them than open with a verb in the past or tell what "I" did ("Built in the week
/// before the screen"). Notes' shorthand for what happened keeps its verbs in the past
/// ("Built the sync; cut over one service at a time"), and a list of things done is
/// nouns ("Python for the pipelines, Go for the tooling").
pub(super) fn plans_steps(action: &str) -> bool {
    // Words that open a clause and are no verb: articles, pronouns, prepositions,
    // conjunctions, numbers.
    const NOT_VERBS: &[&str] = &[
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "he", "she", "we",
        "i", "my", "our", "their", "his", "her", "your", "in", "on", "at", "for", "to", "from",
        "with", "by", "of", "as", "after", "before", "during", "when", "while", "if", "once",
        "since", "because", "so", "but", "and", "or", "all", "both", "each", "every", "no", "not",
        "one", "two", "three", "some", "many", "most", "more", "over", "under", "across",
        "through", "into", "within", "without", "via", "per", "about", "then", "also", "first",
        "there", "here", "what", "which", "who", "how", "why", "where",
    ];
    // What follows a command's verb: its object or where it points ("name the gap",
    // "lead with the metric", "pivot to what transfers").
    const OBJECTS: &[&str] = &[
        "the", "a", "an", "it", "them", "that", "this", "these", "those", "each", "every", "one",
        "your", "what", "how", "why", "whether", "with", "to", "on",
    ];
    let text = unquoted(action);
    let mut commands = 0;
    let mut recalled = 0;
    let mut clauses = 0;
    // (A stop inside a name, `github.com`, ends no clause.)
    // Each clause with the mark that ends it.
    let mut chars = text.chars().peekable();
    let mut pieces = vec![(String::new(), '\n')];
    while let Some(c) = chars.next() {
        let ends = matches!(c, ';' | ':' | '!' | '?' | '\n' | '—' | '–')
            || c == '.' && chars.peek().is_none_or(|n| n.is_whitespace());
        match pieces.last_mut() {
            Some((piece, _)) if !ends => piece.push(c),
            Some((_, end)) => {
                *end = c;
                pieces.push((String::new(), '\n'));
            }
            None => {}
        }
    }
    // `Created context files with: (1) code examples, (2) a pointer to the plan…`:
    // what a deed in the past lists after its colon, up to the sentence's stop, is what
    // it made, not commands.
    let mut listed = false;
    for (clause, end) in &pieces {
        let in_list = listed;
        if matches!(end, '.' | '!' | '?') {
            listed = false;
        }
        if in_list {
            continue;
        }
        let words = words_of(clause);
        // A clause's numbering and the words that only order it ("(2) then map…").
        let words: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .skip_while(|w| {
                w.chars().all(|c| c.is_ascii_digit())
                    || matches!(*w, "then" | "also" | "first" | "and")
            })
            .collect();
        if words.len() < 2 {
            continue;
        }
        clauses += 1;
        let (verb, next) = (words[0], words[1]);
        if past(verb) || first_person_events(clause) > 0 {
            recalled += 1;
            listed = *end == ':';
            continue;
        }
        let command = matches!(verb, "never" | "don't" | "avoid")
            || verb == "do" && next == "not"
            || verb.chars().count() >= 3
                && verb.chars().all(|c| c.is_ascii_alphabetic())
                && !NOT_VERBS.contains(&verb)
                && !verb.ends_with("ing")
                && !verb.ends_with("ly")
                && (!verb.ends_with('s') || verb.ends_with("ss"))
                && OBJECTS.contains(&next);
        if command || instructs(clause) && !NOT_VERBS.contains(&verb) {
            commands += 1;
        }
    }
    commands >= 2 && commands * 3 >= clauses && commands > recalled
}

/// Whether a short answer speaks of the present or of habits, not of something that
/// happened: no verb in the past, and the writer with one in the present ("I prefer
/// object-oriented code", "I learn more in my free time"), or "is", "are", "I'm" ("My
/// most passionate project is…", "I'm excited to…"); or a habit ("would always…"). A
/// name with no verb at all ("Manipal assessment project") is a story's reminder, and
/// no such answer.
pub(super) fn speaks_of_now(text: &str) -> bool {
    if happened(text) {
        return false;
    }
    if habitual(text) {
        return true;
    }
    first_person_present(text) >= 1
        || words_of(text).iter().any(|w| {
            matches!(
                w.as_str(),
                "is" | "are" | "am" | "i'm" | "we're" | "it's" | "i've" | "we've" | "been"
            )
        })
}

/// How many sentences of a text tell something that happened (see [`happened`]): an
/// answer in notes' shorthand ("This was supposed to be a multi-sprint project but the
/// managers decided…", "I remember it was Friday") is told in them.
pub(super) fn events_told(text: &str) -> usize {
    text.split(['.', '!', '?', ';', '\n'])
        .filter(|sentence| happened(sentence))
        .count()
}

/// Whether a text tells something that happened, read strictly: the writer with a verb
/// in the past, right after or past one adverb ("I opened", "I quickly fixed"); a verb
/// in the past of those that do not end in "-ed" ("I was", "had to", "told"), anywhere
/// but after "have" ("I have had to…", "we've done": the writer's experience, no
/// event); or one opening a sentence ("Delivered it in two days."). A word in "-ed"
/// elsewhere is as often a state or a kind ("more experienced", "object-oriented") as
/// an event, and counts for nothing here.
pub(super) fn happened(text: &str) -> bool {
    let tokens: Vec<String> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '—' | '–'))
        .filter(|t| !t.is_empty())
        .map(|t| t.to_lowercase().replace('’', "'"))
        .collect();
    let bare = |t: &str| -> String {
        t.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_string()
    };
    let regular = |w: &str| {
        !w.contains('-') && w.chars().count() >= 4 && w.ends_with("ed") && !w.ends_with("eed")
    };
    tokens.iter().enumerate().any(|(i, token)| {
        let w = bare(token);
        // ("I have done", "I have always thought": one adverb may stand between.)
        let have = |at: usize| {
            matches!(
                bare(&tokens[at]).as_str(),
                "have" | "has" | "i've" | "we've"
            )
        };
        let perfect = i > 0
            && (have(i - 1)
                || i > 1
                    && matches!(
                        bare(&tokens[i - 1]).as_str(),
                        "always" | "never" | "ever" | "often" | "already" | "just"
                    )
                    && have(i - 2));
        if PAST_TENSE.contains(w.as_str()) && w != "been" && !perfect || korean_past(&w) {
            return true;
        }
        if !regular(&w) {
            return false;
        }
        let before = |k: usize| i.checked_sub(k).map(|at| bare(&tokens[at]));
        let opens = i == 0 || tokens[i - 1].ends_with(['.', '!', '?', ':', ';']);
        let subject = |w: Option<String>| w.is_some_and(|w| matches!(w.as_str(), "i" | "we"));
        opens || subject(before(1)) || subject(before(2)) && !before(1).is_some_and(|w| regular(&w))
    })
}

/// Whether an answer to a question about how its writer works ([`asks_for_habit`])
/// tells nothing that happened: no "I" or "we" with a verb in the past, and at most one
/// such verb at all.
pub(super) fn no_events(text: &str) -> bool {
    first_person_events(text) == 0 && words_of(text).iter().filter(|w| past(w)).count() <= 1
}

/// Whether a heading asks about the person rather than for a story: an introduction
/// ("Tell me about yourself", "Introduce myself", "Self introduction"), a reason
/// ("Why Amazon?", "Why this team") or their qualities ("What is your biggest
/// weakness?").
pub(super) fn about_the_person(heading: &str) -> bool {
    // `Q2: Why did you choose Zustand?`: the question after its label.
    let unlabelled = without_question_label(heading);
    if unlabelled.len() < heading.len() && about_the_person(unlabelled) {
        return true;
    }
    // `You ran your own academy for 10 years. Why are you looking for a corporate role
    // now?`: what is asked is the last sentence; the one before sets it up.
    // (Not after a sentence that asks for a story, `Tell me about a time when you took
    // ownership of a project. Why did you do this?`: the questions after it ask about
    // that story.)
    if let Some((before, asked)) = heading
        .trim()
        .trim_end_matches(['?', '？', ' '])
        .rsplit_once(". ")
        && !before
            .rsplit(['.', '?', '!'])
            .next()
            .is_some_and(|first| is_question(first) && asks_for_story(first))
        && is_question(&format!("{}?", asked.trim()))
        && about_the_person(&format!("{}?", asked.trim()))
    {
        return true;
    }
    let words = plain_words(heading);
    // ("yourself" about the person, "Tell me about yourself", "Describe yourself"; not
    // in "a problem you couldn't solve yourself".)
    let about_self = |i: usize| {
        i == 0
            || words.len() <= 4
            || matches!(
                words[i - 1].as_str(),
                "about" | "introduce" | "introducing" | "describe" | "present" | "sell" | "walk"
            )
    };
    // "Why Amazon?", "Why do you want to join us", "Why leave?": a motive asked of the
    // person, short, asked, or put to them. (`Why NOT RAG in Phase 1` names a story.)
    let why = words.first().is_some_and(|w| w == "why")
        && (heading.trim_end().ends_with(['?', '？'])
            || words.len() <= 4
            || words.get(1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "do" | "did"
                        | "are"
                        | "would"
                        | "should"
                        | "you"
                        | "leave"
                        | "leaving"
                        | "join"
                        | "this"
                        | "here"
                        | "us"
                        | "i"
                        | "amazon"
                        | "aws"
                        | "google"
                        | "meta"
                )
            }));
    // "What attracted you to our startup?", "What excites you about this role?": the
    // same motive, asked as what draws the person.
    let drawn = words.windows(3).any(|w| {
        w[0] == "what"
            && matches!(
                w[1].as_str(),
                "attracted"
                    | "attracts"
                    | "interests"
                    | "interested"
                    | "excites"
                    | "excited"
                    | "draws"
                    | "drew"
            )
            && w[2] == "you"
    });
    why || drawn
        || words.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "introduction" | "introduce")
                || matches!(w.as_str(), "yourself" | "myself") && about_self(i)
        })
        // The person's career and background: where they have worked, where they are
        // going ("Career Goal", "Past Job", "Background", "Resume").
        || words.first().is_some_and(|w| {
            matches!(w.as_str(), "background" | "resume" | "résumé" | "cv")
        })
        // "Walk me through your resume", "Tell me about your background": the same,
        // put to the person.
        // (Not "projects on your resume": what is asked about is the projects.)
        || words.iter().enumerate().any(|(i, w)| {
            matches!(w.as_str(), "your" | "my")
                && words.get(i + 1).is_some_and(|next| {
                    matches!(next.as_str(), "background" | "resume" | "résumé" | "cv")
                })
                && (i == 0 || !matches!(words[i - 1].as_str(), "on" | "in" | "from" | "of"))
        })
        // "Career", "Career Goal", "Career Path": where they are going. ("Career
        // important accomplishment?" asks for a story.)
        || words.first().is_some_and(|w| w == "career")
            && words.get(1).is_none_or(|next| {
                matches!(
                    next.as_str(),
                    "goal" | "goals" | "path" | "paths" | "plan" | "plans" | "objective"
                        | "objectives" | "aspiration" | "aspirations" | "switch" | "change"
                        | "development" | "interest" | "interests" | "growth" | "history"
                        | "behavioural" | "behavioral"
                )
            })
        || words
            .windows(2)
            .any(|pair| matches!(pair[0].as_str(), "past" | "previous" | "prior") && pair[1].starts_with("job"))
        // "What is your biggest weakness?", "What are my strengths?": the person's
        // qualities, not a time ("Tell me about a time a weakness cost you" asks one).
        || words.first().is_some_and(|w| w == "what")
            && words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "strength" | "strengths" | "weakness" | "weaknesses"
                )
            })
            && !words
                .iter()
                .any(|w| matches!(w.as_str(), "time" | "example" | "situation" | "when"))
        // The questions the candidate would ask ("Do you have any questions you'd like
        // to ask?", "Questions for us"): about the interview, no story.
        || words.iter().any(|w| matches!(w.as_str(), "question" | "questions"))
            && words
                .windows(2)
                .any(|pair| pair[0] == "to" && pair[1] == "ask" || pair[0] == "for" && matches!(pair[1].as_str(), "us" | "me" | "them"))
        || objection(heading)
        || seen_by_others(&words)
        // The same in Chinese: "why…", "self-introduction".
        || ["为什么", "為什麼", "为何"].iter().any(|w| heading.trim().starts_with(w))
        || ["自我介绍", "自我介紹"].iter().any(|w| heading.contains(w))
        // (Not a question asked twice, in English and in Chinese, the English asking
        // for a time: `TELL ME ABOUT A TIME YOU RECEIVED CONSTRUCTIVE FEEDBACK/ 有没有…
        // 之后如何处理`. The Chinese says it again.)
        || asks_your_ways_in_chinese(heading) && !asks_for_a_time(heading)
        || about_the_person_elsewhere(&words)
}

/// Whether a heading asks about the person in French, Spanish, Portuguese or German, as
/// [`about_the_person`] reads it in English: an introduction ("Présentez-vous",
/// "Cuéntame sobre ti", "Stellen Sie sich vor"), a motive ("Pourquoi nous ?", "¿Por
/// qué quieres dejar…?", "Warum wir?") or the person's qualities ("Quelle est votre plus
/// grande faiblesse ?", "¿Cuáles son tus fortalezas?"), not a time ("Racontez une fois
/// où une faiblesse vous a coûté" asks one).
fn about_the_person_elsewhere(words: &[String]) -> bool {
    let said = |phrase: &[&str]| words.windows(phrase.len()).any(|w| w == phrase);
    // "Parlez-moi de vous", "Cuéntame sobre ti", "Fale sobre você": the person told of.
    let introduced = [
        &["présentez", "vous"][..],
        &["presentez", "vous"],
        &["présente", "toi"],
        &["parlez", "moi", "de", "vous"],
        &["parle", "moi", "de", "toi"],
        &["preséntate"],
        &["presentate"],
        &["preséntese"],
        &["sobre", "ti"],
        &["de", "ti"],
        &["sobre", "usted"],
        &["apresente", "se"],
        &["sobre", "você"],
        &["sobre", "voce"],
        &["sich", "vor"],
        &["dich", "vor"],
        &["über", "sich"],
        &["über", "dich"],
    ]
    .iter()
    .any(|phrase| said(phrase));
    let motive = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "pourquoi" | "warum" | "wieso" | "weshalb" | "porque" | "porquê"
        )
    }) || words.len() >= 2
        && matches!(words[0].as_str(), "por")
        && matches!(words[1].as_str(), "qué" | "que" | "quê");
    let quality = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "faiblesse"
                | "faiblesses"
                | "qualités"
                | "défauts"
                | "debilidad"
                | "debilidades"
                | "fortaleza"
                | "fortalezas"
                | "fraqueza"
                | "fraquezas"
                | "schwäche"
                | "schwächen"
                | "stärke"
                | "stärken"
        )
    }) || said(&["point", "faible"])
        || said(&["points", "faibles"])
        || said(&["points", "forts"])
        || said(&["punto", "débil"])
        || said(&["puntos", "débiles"])
        || said(&["puntos", "fuertes"])
        || said(&["pontos", "fortes"])
        || said(&["ponto", "fraco"]);
    let occasion = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "fois"
                | "exemple"
                | "situation"
                | "vez"
                | "ejemplo"
                | "situación"
                | "momento"
                | "exemplo"
                | "situação"
                | "mal"
                | "beispiel"
                | "situationen"
        )
    });
    (introduced || motive || quality) && !occasion
}

/// Whether a question asks in English for a time, an occasion: "Tell me about a time
/// you…", "Describe a time when…", "an example of…".
fn asks_for_a_time(question: &str) -> bool {
    let lower = format!(" {} ", question.to_lowercase());
    [
        " a time ",
        " time when ",
        " an example of ",
        " example of a ",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// Whether a question in Chinese asks the person how they work, in general: "你怎麼
/// 使用 AI 工具？" (how do you use…), "你如何處理…？" (how do you handle…), "你對測試
/// 熟不熟？" (are you familiar with…), "你有沒有 Code Review 經驗？" (have you any…),
/// "你怎麼看待重構？" (what do you think of…). Not one that asks for an occasion (一次,
/// 時候, 例子, 案例, 經歷: a time, an example, a case), nor one that asks what the person
/// met or stepped into and how they solved it (遇到过, 踩过, 怎么解决的: asked in the past).
fn asks_your_ways_in_chinese(heading: &str) -> bool {
    let asks_you = heading.contains('你') || heading.contains('您');
    let how = ["怎麼", "怎么", "如何", "熟不熟", "有沒有", "有没有", "看待"]
        .iter()
        .any(|w| heading.contains(w));
    let occasion = [
        "一次",
        "時候",
        "时候",
        "例子",
        "案例",
        "經歷",
        "经历",
        "曾經",
        "曾经",
        "解决的",
        "解決的",
    ]
    .iter()
    .chain(MET_IN_CHINESE)
    .any(|w| heading.contains(w));
    asks_you && how && !occasion
}

/// Whether a question asks how someone else sees the person: what they would say or
/// think of "you", or how they would describe "you" ("If I ask X to say something
/// negative about you, what would X say?", "How would your manager describe you?"),
/// and no occasion ("a time when…" asks one). ("How would you describe your
/// approach?" asks the person.)
fn seen_by_others(words: &[String]) -> bool {
    // "would", someone other than "you", and a verb of judging within three words.
    let others = words.iter().enumerate().any(|(i, w)| {
        w == "would"
            && words.get(i + 1).is_some_and(|who| who != "you")
            && (words[i + 1..].iter().take(3))
                .any(|w| matches!(w.as_str(), "say" | "think" | "describe"))
    });
    let of_you = words.iter().any(|w| w == "you");
    let occasion = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "time" | "times" | "example" | "situation" | "when"
        )
    });
    others && of_you && !occasion
}

/// Whether a question is one the candidate puts to the interviewer, about the company,
/// the team or the role ("Can you share more about the company culture…?", "Could you
/// tell me more about the team?", "What do you enjoy most about working here?"): asked
/// of no one's story.
pub(super) fn for_the_interviewer(question: &str) -> bool {
    let lower = question
        .trim()
        .trim_start_matches(['"', '“', '*', '_'])
        .to_lowercase()
        .replace('’', "'");
    let of_theirs = [
        "company",
        "culture",
        "team",
        "role",
        "position",
        "organization",
        "organisation",
        "here",
        "initiatives",
        "roadmap",
        "next steps",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let asks_them = [
        "can you share more about",
        "could you share more about",
        "can you tell me more about the",
        "could you tell me more about the",
        "what do you enjoy most about",
        "what do you like most about",
        "what do you enjoy about",
        "what do you like about",
    ]
    .iter()
    .any(|lead| lower.starts_with(lead));
    lower.trim_end().ends_with('?') && asks_them && of_theirs && !asks_for_story(question)
}

/// Whether a question is an objection put to the person: its asking sentence speaks of
/// what they will do or what they are ("How do we know you'll adapt?", "Why should we
/// believe you're worth that?"), and of no occasion ("a time you were…" asks one).
fn objection(question: &str) -> bool {
    let Some(asked) = question
        .split(['.', '!', '"', '“', '”'])
        .map(str::trim)
        .rfind(|s| s.ends_with(['?', '？']))
    else {
        return false;
    };
    let words = words_of(asked);
    // ("What's a project you're proud of?", "the launch you are proudest of": a thing
    // of theirs, asked for, named just before; no one's view of them.)
    let of_a_thing = |i: usize| {
        (2..=3)
            .any(|k| i >= k && matches!(words[i - k].as_str(), "a" | "an" | "the" | "one" | "some"))
    };
    let of_the_person = words
        .iter()
        .enumerate()
        .any(|(i, w)| matches!(w.as_str(), "you'll" | "you're") && !of_a_thing(i))
        || words.windows(2).enumerate().any(|(i, pair)| {
            pair[0] == "you" && matches!(pair[1].as_str(), "will" | "are") && !of_a_thing(i)
        });
    let occasion = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "time" | "times" | "example" | "situation" | "when" | "did" | "have" | "had"
        )
    });
    of_the_person && !occasion
}

/// A list item's text after its marker (`- `, `* `, `+ `, `1. `, `2) `), or `None` for
/// a line that is no list item.
pub(super) fn item_body(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        t[digits..].strip_prefix(['.', ')'])
    } else {
        t.strip_prefix(['-', '*', '+'])
    }
}

/// A list item that names a story in bold and says what it was after a dash or a
/// colon (`1. **CatUserBot at scale** — 15k users, a bug across setups`, `- **The
/// outage**: I led the rollback`): the name and the rest. The name a few words, the
/// rest three words or more.
pub(super) fn named_item(line: &str) -> Option<(&str, &str)> {
    let inner = item_body(line)?.trim_start().strip_prefix("**")?;
    let (raw, after) = inner.split_once("**")?;
    let colon_inside = raw.trim_end().ends_with([':', '：']);
    let name = raw.trim().trim_end_matches([':', '：']).trim();
    let after = after.trim_start();
    // A remark in brackets between the name and the dash (`**The RAG system**
    // (\`rag-kit\`) — …`) says where it lives; the dash still follows the name.
    // The remark is kept with the rest, so that no word of it is lost.
    let (remarked, after) = match after.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((remark, rest)) if !remark.contains('(') => (Some(after), rest.trim_start()),
        _ => (None, after),
    };
    let after = match after.strip_prefix(['—', '–', '-', ':']) {
        Some(rest) => rest,
        None if colon_inside => after,
        None => return None,
    }
    .trim();
    let words_after = after.split_whitespace().count();
    let after = remarked.unwrap_or(after).trim();
    let words = name.split_whitespace().count();
    // ("Built a production search system with an eval harness": ten words name one.)
    ((1..=10).contains(&words) && words_after >= 3).then_some((name, after))
}

/// Whether a title names notes that prepare for interviews (`Interview Preparation
/// Guide`, `Interview Prep`, `Behavioral interview notes`, `Interview Question Bank`):
/// over many questions and answers, not one story's name.
pub(super) fn interview_prep_title(title: &str) -> bool {
    let words = plain_words(title);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "interview" | "interviews"))
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "prep"
                    | "preparation"
                    | "guide"
                    | "questions"
                    | "bank"
                    | "notes"
                    | "cheatsheet"
                    | "cheat"
            )
        })
}

/// Whether a heading is over the writer's stories: it names a group of them (`My
/// stories`) or says STAR or story ("Raw material → turn into STAR later"), and is
/// neither a question nor about how to answer.
pub(super) fn over_stories(heading: &str) -> bool {
    let words = plain_words(heading);
    (group_heading(heading)
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "star" | "story" | "stories")))
        && !is_question(heading)
        && (!about_answering(heading) || story_bank(heading))
}

/// The name in a heading that numbers one of the stories the heading over it names by
/// their kind: `Anchor 1: Spring Boot 3 Migration` under `The 3 Anchor Stories`, the
/// kind's word said again with the story's number, gives `Spring Boot 3 Migration`, as
/// `Story 1: …` would.
pub(super) fn kind_numbered_name(heading: &str, over: &str) -> Option<String> {
    let over_words = plain_words(over);
    let at = over_words.iter().position(|w| w == "stories")?;
    let kind = over_words.get(at.checked_sub(1)?)?;
    // (`The 5 stories`, `My STAR stories`: no kind of the writer's own.)
    if kind.chars().any(|c| c.is_ascii_digit())
        || matches!(
            kind.as_str(),
            "the" | "my" | "star" | "interview" | "behavioral" | "behavioural" | "your" | "our"
        )
    {
        return None;
    }
    let t = heading.trim().trim_matches(['*', '_']).trim();
    let rest = strip_prefix_ignore_case(t, kind)?.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let rest = rest[digits..]
        .trim_start()
        .strip_prefix([':', '.', '—', '–', '-', '·'])?
        .trim();
    (!rest.is_empty()).then(|| rest.to_string())
}

/// Whether a heading names stories for interviews and nothing else (`Interview
/// stories`, `Behavioral Interview Stories`, `My STAR stories`): the stories a person
/// keeps to tell, theirs.
pub(super) fn interview_stories(heading: &str) -> bool {
    let words = plain_words(heading);
    words.iter().any(|w| w == "stories")
        && words.iter().all(|w| {
            matches!(
                w.as_str(),
                "interview"
                    | "interviews"
                    | "stories"
                    | "behavioral"
                    | "behavioural"
                    | "star"
                    | "my"
                    | "the"
            )
        })
}

/// Whether a heading names the writer's bank of stories, whatever form it says they
/// take: "Story Bank", "Leo's Story Bank Template", "My story library". The stories under
/// it are the writer's own (a template's empty slots are read as such where they are).
pub(super) fn story_bank(heading: &str) -> bool {
    let words = plain_words(heading);
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "story" | "stories")
            && matches!(
                pair[1].as_str(),
                "bank" | "library" | "collection" | "inventory" | "catalog" | "catalogue"
            )
    })
}

/// Whether a heading names an aspect or a telling of one story rather than a story:
/// one of its parts or what surrounds them (`The failure`, `Situation and stakes`,
/// `Counterfactual outcome`, `Why it happened`), a way of telling it (`Fifteen-second
/// version`, `Spoken short`, `Resume bullets`), or what is kept beside it (`Follow-up
/// defense bank`, `Provenance`, `Trade-offs`).
pub(super) fn story_aspect(heading: &str) -> bool {
    const ASPECTS: &[&str] = &[
        // Its parts and what surrounds them.
        "situation",
        "context",
        "background",
        "stakes",
        "problem",
        "challenge",
        "task",
        "goal",
        "action",
        "actions",
        "approach",
        "outcome",
        "outcomes",
        "result",
        "results",
        "impact",
        "reflection",
        "reflections",
        "lesson",
        "lessons",
        "learned",
        "learnings",
        "takeaway",
        "takeaways",
        "why",
        "insight",
        "failure",
        "feedback",
        "timeline",
        "role",
        "metrics",
        "numbers",
        "facts",
        "snapshot",
        "summary",
        "overview",
        "details",
        "depth",
        "decision",
        "decisions",
        "alternatives",
        "tradeoffs",
        "trade",
        "offs",
        "mistake",
        // A project's facets, told as the writer's account of it: its architecture
        // and design, how the writer found the problem, the migration.
        "architecture",
        "design",
        "migration",
        "rollout",
        "found",
        // Ways of telling it.
        "version",
        "versions",
        "spoken",
        "script",
        "short",
        "long",
        "pitch",
        "hook",
        "renderings",
        "rendering",
        "bullets",
        "resume",
        "outreach",
        "star",
        "tldr",
        "opener",
        // What is kept beside it.
        "follow",
        "followup",
        "followups",
        "probes",
        "probe",
        "defense",
        "defence",
        "questions",
        "provenance",
        "sources",
        "dimensions",
        "principles",
        "lps",
        "notes",
    ];
    let words = plain_words(heading);
    // (`Challenge 1 — Holds that never expired`, `Problem 2`: one of several counted,
    // each a story of its own, not an aspect of one.)
    let counted = words.windows(2).any(|pair| {
        ASPECTS.contains(&pair[0].as_str()) && pair[1].chars().all(|c| c.is_ascii_digit())
    });
    words.len() <= 8 && !counted && words.iter().any(|w| ASPECTS.contains(&w.as_str()))
}

/// Whether a heading names a group of stories and nothing else: `Cases`, `My STAR
/// stories`, `Examples`, `Prepared answers`, `Case studies`.
pub(super) fn group_heading(heading: &str) -> bool {
    const PLURALS: &[&str] = &[
        "cases",
        "stories",
        "examples",
        "answers",
        "studies",
        "anecdotes",
    ];
    const OTHERS: &[&str] = &[
        "my",
        "star",
        "case",
        "behavioral",
        "behavioural",
        "prepared",
        "sample",
        "more",
        "other",
        "some",
        "the",
        "interview",
    ];
    let words = plain_words(heading);
    // `### Me`, `### Mine`, `### My own`: the writer's part under a principle, where
    // their stories go, as against the principle's text above it.
    let writers = matches!(
        words
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["me"] | ["mine"] | ["myself"] | ["my", "own"] | ["my", "experience" | "experiences"]
    );
    writers
        || words.iter().any(|w| PLURALS.contains(&w.as_str()))
            && words
                .iter()
                .all(|w| PLURALS.contains(&w.as_str()) || OTHERS.contains(&w.as_str()))
}

/// Whether a text opens by introducing its writer: "Hi, I'm Corrine, …", "Hi, my name
/// is …", "My name is …", "大家好，我叫…": a self-introduction, an answer about the
/// person.
pub(super) fn introduces_self(text: &str) -> bool {
    let lower = text
        .trim_start()
        .trim_start_matches(['>', '-', '*', '_', ' '])
        .to_lowercase()
        .replace('’', "'");
    // After a greeting ("Hi,", "Hello!", "Hey there,"), "I'm" or "I am" introduces
    // the writer; without one, only "My name is" does ("I am sure…" tells).
    let after_greeting = ["hi", "hello", "hey"].iter().find_map(|greeting| {
        let rest = lower.strip_prefix(greeting)?;
        let rest = rest.trim_start_matches([',', '!', '.', ' ']);
        Some(
            rest.strip_prefix("there")
                .unwrap_or(rest)
                .trim_start_matches([',', '!', '.', ' ']),
        )
    });
    if let Some(rest) = after_greeting
        && ["i'm ", "i am ", "my name is ", "this is "]
            .iter()
            .any(|lead| rest.starts_with(lead))
    {
        return true;
    }
    [
        "my name is ",
        "你好，我叫",
        "大家好，我叫",
        "我叫",
        "你好，我是",
        "大家好，我是",
    ]
    .iter()
    .any(|lead| lower.starts_with(lead))
}

/// Whether a text opens by introducing its writer ([`introduces_self`]) in its first
/// paragraph or the next (after a line its heading left, `Hydro one:`).
pub(super) fn opens_introducing_self(text: &str) -> bool {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .take(2)
        .any(introduces_self)
}

/// Whether a line ends a self-introduction said aloud: "That's me.", "Thanks for your
/// time!", "以上就是我。", "感谢您的时间！".
pub(super) fn signs_off(line: &str) -> bool {
    let lower = line
        .trim()
        .trim_matches(['*', '_', ' '])
        .to_lowercase()
        .replace('’', "'");
    let bare = lower.trim_end_matches(['.', '!', '。', '！', ' ']);
    matches!(
        bare,
        "that's me" | "that is me" | "that's all about me" | "以上就是我" | "这就是我"
    ) || [
        "thanks for your time",
        "thank you for your time",
        "thank you for listening",
        "感谢您的时间",
        "谢谢您的时间",
    ]
    .iter()
    .any(|said| bare.starts_with(said))
}

/// Whether a heading asks for a story: something that happened ("Tell me about a time
/// you…", "Situation where you had to…", "How did you…", "Example of a complex
/// problem you solved", "The project you have completed"), not a habit ("How do you
/// keep up?") or the person.
pub(super) fn asks_for_story(heading: &str) -> bool {
    // (Quotation marks around it are none of its words: `Q3. "Tell me about a…"`.)
    let lower = format!(" {} ", heading.trim().to_lowercase()).replace(['"', '“', '”'], " ");
    // "A situation where…" asked of a habit, "How do you handle a situation where the
    // requirements are unclear?": a kind of situation, and how the person meets such
    // ones, not one that happened (that is asked "Describe a situation where you…").
    let situation = [" situation where ", " situation in which "]
        .iter()
        .any(|p| lower.contains(p));
    let habit = HABIT_FRAMES.iter().any(|f| lower.contains(f));
    (situation && !habit
        || [
            " a time ",
            " did you ",
            " have you ever ",
            " example of ",
            " example on ",
            " example when ",
            " time when ",
            " instance when ",
            " you have solved ",
            " you solved ",
            " you faced ",
            " you handled ",
            " reflect on ",
            // "Can you give a story of what you should've done differently?"
            " a story of ",
            " a story about ",
            " a story where ",
            // "Walk me through a project you're most proud of": one thing, told.
            " walk me through a ",
            " walk me through an ",
            // "Can you walk me through one or two projects on your resume?": each told.
            " walk me through one ",
            " talk me through a ",
            " talk me through an ",
            " talk me through one ",
            // "Tell me about a project you are proud of": one thing, told as the others
            // are (whether the answer tells it is read from the answer).
            " tell me about a ",
            " tell me about an ",
            // "Tell me about your experience with GitOps / ArgoCD", "Walk me through your
            // experience in hybrid cloud": the person's experience of one thing, which a
            // story may answer (whether it does is read from the answer).
            " tell me about your experience ",
            " describe your experience ",
            " walk me through your experience ",
        ]
        .iter()
        .any(|p| lower.contains(p))
        // "Tell me about ownership of a project", "Tell me about conflict in a team":
        // a quality asked of one thing, which a story shows (not the person's own,
        // "your strengths as a leader").
        || lower.find(" tell me about ").is_some_and(|at| {
            let after = plain_words(&lower[at + " tell me about".len()..]);
            let of_one = after.windows(2).any(|pair| {
                matches!(pair[0].as_str(), "of" | "in" | "on" | "with" | "during" | "at" | "for")
                    && matches!(pair[1].as_str(), "a" | "an" | "one")
            });
            of_one && !after.first().is_some_and(|w| w.starts_with("you"))
        })
        || you_did(heading)
        || names_an_occasion(heading)
        || asks_for_the_most(heading)
        || asks_past_in_korean(heading)
        || asks_past_in_chinese(heading)
        || asks_story_in_chinese(heading))
        && !about_the_person(heading)
}

/// Whether a heading ends on a prompt in quotation marks (`Story 1 ── "讲一个你设计抽象
/// 的经历"`, `Story 2: "Tell me about a time you failed"`): the text after the last
/// opening mark (the closing one may be gone) asks for a story.
pub(super) fn quoted_prompt(heading: &str) -> bool {
    heading
        .trim()
        .trim_end_matches(['"', '”', '」'])
        .rsplit_once(['"', '“', '「'])
        .is_some_and(|(_, inner)| {
            let inner = inner.trim();
            !inner.is_empty() && (asks_for_story(inner) || is_prompt(inner))
        })
}

/// Whether a prompt in Chinese asks the person to tell one thing that happened: a verb
/// of telling with "one" (讲一个, 说一个, 描述一次, 举一个, 分享一个) and what is told
/// (经历 "experience", 例子 "example", 一次 "one time", 时候 "a time", 案例 "a case"),
/// or one of "you" (你): "讲一个你设计抽象的经历" (tell an experience of yours designing
/// an abstraction).
fn asks_story_in_chinese(prompt: &str) -> bool {
    const TELL: &[&str] = &[
        "讲一个",
        "講一個",
        "说一个",
        "說一個",
        "描述一次",
        "描述一个",
        "描述一個",
        "举一个",
        "舉一個",
        "分享一个",
        "分享一個",
        "讲一次",
        "講一次",
    ];
    const WHAT: &[&str] = &["经历", "經歷", "例子", "一次", "时候", "時候", "案例"];
    // (Or one of the person's own, 你: "讲一个你修过的最难 bug", the hardest bug you
    // fixed.)
    TELL.iter().any(|w| prompt.contains(w))
        && (WHAT.iter().any(|w| prompt.contains(w)) || prompt.contains('你'))
}

/// Whether a text in Chinese says how its writer works or what they are like, and
/// tells nothing as past: the writer (我) speaks, a word of habit or ability is in it
/// (工作方式 "way of working", 通常 "usually", 一般 "generally", 习惯 "habit", 总是
/// "always", 擅长 "good at"), and no mark of a time gone by (了, 过, 曾, 当时 "at the
/// time", 后来 "later", 最终 "in the end").
pub(super) fn cjk_ways(text: &str) -> bool {
    const WAYS: &[&str] = &[
        "工作方式",
        "通常",
        "一般",
        "习惯",
        "習慣",
        "总是",
        "總是",
        "擅长",
        "擅長",
    ];
    const PAST: &[&str] = &[
        "了", "过", "過", "曾", "当时", "當時", "后来", "後來", "那时", "那時", "最终", "最終",
    ];
    mostly_other_script(text)
        && writer_in_cjk(text) > 0
        && WAYS.iter().any(|w| text.contains(w))
        && !PAST.iter().any(|p| text.contains(p))
}

/// Whether a question asks why an answer is as it is, a few words naming the answer
/// and asking why (`Why this answer?`, `왜 이 답변?`, `为什么这样回答?`): the writer's
/// comment on the answer above, not a question an interviewer asks.
pub(super) fn asks_why_the_answer(question: &str) -> bool {
    let words = plain_words(question);
    let lower = question.to_lowercase();
    let why = words.iter().any(|w| w == "why" || w == "왜")
        || lower.contains("为什么")
        || lower.contains("為什麼");
    let answer = words
        .iter()
        .any(|w| matches!(w.as_str(), "answer" | "답변" | "대답") || w.contains("回答"));
    why && answer && question.chars().count() <= 40 && words.len() <= 6
}

/// What a question in Chinese says the person met or stepped into, asking about an
/// occasion gone by: 遇到过 (met), 踩过 (stepped into), 碰到过 (ran into).
const MET_IN_CHINESE: &[&str] = &["遇到过", "遇到過", "踩过", "踩過", "碰到过", "碰到過"];

/// Whether a question in Chinese asks what happened to the person: what they met,
/// went through or stepped into (遇到过, 经历过, 踩过, 碰到过), or how they solved it
/// (怎么解决的, 如何解决的); not why (为什么).
fn asks_past_in_chinese(question: &str) -> bool {
    let question = question.trim();
    (question.contains('？') || question.contains('?'))
        && [
            "经历过",
            "經歷過",
            "怎么解决的",
            "如何解决的",
            "怎麼解決的",
            "如何解決的",
        ]
        .iter()
        .chain(MET_IN_CHINESE)
        .any(|m| question.contains(m))
        && !question.contains("为什么")
        && !question.contains("為什麼")
}

/// Whether a question in Korean asks what happened: it asks in the past (`어떻게
/// 해결했나요?`, "how did you solve it?"), or for a case or an experience (사례, 경험),
/// or whether there was one (`버그가 있나요?`); not why (왜), for reasons (이유) or for
/// an explanation (설명), which reasons and explanations answer.
fn asks_past_in_korean(question: &str) -> bool {
    let question = question.trim();
    question.chars().any(is_hangul)
        && question.contains('?')
        && (question.split_whitespace().any(korean_past)
            || question.contains("사례")
            || question.contains("경험")
            || question.trim_end_matches('?').ends_with("있나요"))
        && !["왜", "이유", "설명"].iter().any(|w| question.contains(w))
}

/// Whether a question asks for the one thing that was the most of its kind: "What was
/// the hardest bug to fix?", "What was your biggest challenge?", "What has been the
/// most difficult call?", "What are you most proud of?", "What's the Number One
/// Accomplishment You're Most Proud Of?". One occasion, told.
pub(super) fn asks_for_the_most(question: &str) -> bool {
    let words = plain_words(question);
    let asks_past = matches!(
        (
            words.first().map(String::as_str),
            words.get(1).map(String::as_str)
        ),
        (Some("what" | "which"), Some("was" | "were"))
    ) || words
        .windows(3)
        .take(1)
        .any(|w| w == ["what", "has", "been"])
        // "What is your biggest achievement so far?": asked in the present, of a thing
        // done (not a quality: "What is your biggest weakness?").
        // (Or of what the person is proudest of: "What are you most proud of?".)
        || matches!(
            (
                words.first().map(String::as_str),
                words.get(1).map(String::as_str)
            ),
            (Some("what" | "which"), Some("is" | "s" | "are"))
        ) && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "achievement"
                    | "accomplishment"
                    | "success"
                    | "mistake"
                    | "failure"
                    | "regret"
                    | "contribution"
                    | "proud"
                    | "proudest"
            )
        });
    asks_past
        && (words.iter().skip(2).take(4).any(|w| {
            w == "most" || w == "best" || w == "worst" || w.len() > 5 && w.ends_with("est")
        })
            // ("the Number One Accomplishment", "the one you're most proud of": the
            // first of them, said so further on.)
            || words
                .windows(2)
                .any(|w| w == ["number", "one"] || w == ["most", "proud"]))
}

/// Whether a text speaks of something its reader did: "you" and a verb in the past,
/// after "have" or "had" if any, and a word that says when or how ("the project you
/// have completed", "that you've worked on", "a project you recently worked on", "a
/// failure you had"). Not "you were", "you've been": what the reader was, not
/// what they did; not "you had to", nor "you've got": what they have.
fn you_did(text: &str) -> bool {
    let words = words_of(text);
    words.iter().enumerate().any(|(i, word)| {
        let after: Vec<&str> = match word.as_str() {
            "you" => words[i + 1..].iter().map(String::as_str).collect(),
            "you've" | "you'd" => std::iter::once("have")
                .chain(words[i + 1..].iter().map(String::as_str))
                .collect(),
            _ => return false,
        };
        // "What is something you had to persevere at?": asked, what they had to do is
        // a thing they did.
        if after.starts_with(&["had", "to"]) && text.trim_end().ends_with(['?', '？']) {
            return true;
        }
        // "you recently worked on": a word that says when or how is passed over.
        let Some((k, verb)) = after.iter().enumerate().find(|(k, w)| {
            !(*k == 0 && matches!(**w, "have" | "had") && after.len() > 1
                || **w == "ever"
                || w.len() > 4 && w.ends_with("ly"))
        }) else {
            return false;
        };
        // "A failure you had", not "you had to…": what they had to do is no event.
        let had_to = *verb == "had" && after.get(k + 1) == Some(&"to");
        // "You've got this!", "What have you got…": what the reader has, no deed.
        let has_got =
            *verb == "got" && (k > 0 && after[k - 1] == "have" || i > 0 && words[i - 1] == "have");
        past(verb) && !matches!(*verb, "was" | "were" | "been") && !had_to && !has_got
    })
}

/// Whether a heading names the kind of story an interviewer asks for, alone or in a
/// remark after a topic (`## failure`, `## fpga board (tight deadline)`, `## Conflict
/// with my lead`, `### Conflict?`): a theme people file their stories under. Not a
/// question about the writer's ways, and not about the person.
pub(super) fn names_a_theme(heading: &str) -> bool {
    const THEMES: &[&str] = &[
        "failure",
        "failed",
        "conflict",
        "deadline",
        "deadlines",
        "teamwork",
        "disagreement",
        "disagreed",
        "argument",
        "mistake",
        "mistakes",
        "challenge",
        "challenges",
        "difficulty",
        "difficulties",
        "initiative",
        "setback",
        "accomplishment",
        "accomplishments",
        "achievement",
        "achievements",
        "challenging",
        "obstacle",
        "obstacles",
        "blocker",
        "blockers",
        "blocking",
        // (`Above & beyond`: a time the writer went above and beyond.)
        "beyond",
    ];
    // (An English word written against Chinese, `工作中遇到blocking`, is a word of its
    // own.)
    heading
        .split(|c: char| !c.is_alphanumeric() || is_han(c))
        .filter(|w| !w.is_empty())
        .any(|w| THEMES.contains(&w.to_lowercase().as_str()))
        // "Conflict?", "Mistake and how to handle?" ask for a story of the kind; "How
        // do you handle conflict?" asks for the writer's ways.
        && !asks_for_habit(heading)
        // A list of themes ("Behavior questions: teamwork, conflict, failure, …") heads
        // questions or topics, not one story.
        && heading.matches([',', '，', '、']).count() < 2
        && !heading
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("questions"))
        && !about_the_person(heading)
}

/// Whether a label names a kind of story an interviewer asks for: a theme
/// ([`names_a_theme`]), or a word for an influence, a decision or motivating people
/// (`Team Influence`, `Tough Decision`, `Team Motivation`). Not `Description`, nor
/// `Team Appraisal` (what others would say of the writer).
pub(super) fn story_kind(label: &str) -> bool {
    const KINDS: &[&str] = &[
        "influence",
        "influenced",
        "persuasion",
        "decision",
        "decisions",
        "motivation",
        "motivated",
        "adversity",
        "pressure",
    ];
    let words = plain_words(label);
    words.len() <= 4 && (names_a_theme(label) || words.iter().any(|w| KINDS.contains(&w.as_str())))
}

/// Whether a Result says a practice was kept up rather than what changed: it opens on
/// a span of years (`Two years of consistent franchise voice`, `25 years of…`), or is
/// a habit (`A conversion-first habit that carried into content work`), or says
/// something was sustained across years, decades or roles (`Sustained daily
/// production across two decades`, `Daily ops sustained across two consecutive
/// roles`).
pub(super) fn kept_up(result: &str) -> bool {
    let first = result
        .split(['.', ';', '\n'])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    let words = plain_words(first);
    let count = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || matches!(
                w,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "thirteen"
                    | "fifteen"
                    | "twenty"
                    | "thirty"
                    | "several"
                    | "many"
            )
    };
    // (`Twenty-five years of…`: the count may be two words.)
    let span_first = words.iter().take_while(|w| count(w)).count();
    let span = |w: &str| matches!(w, "years" | "decades" | "year" | "decade");
    let opens_on_span = span_first >= 1
        && words.get(span_first).is_some_and(|w| span(w))
        && words.get(span_first + 1).is_some_and(|w| w == "of");
    let habit = matches!(words.first().map(String::as_str), Some("a" | "an"))
        && words.iter().take(6).any(|w| w == "habit");
    let sustained = words.iter().any(|w| w == "sustained")
        && (words.iter())
            .skip_while(|w| !matches!(w.as_str(), "across" | "over" | "for"))
            .any(|w| span(w) || matches!(w.as_str(), "roles" | "jobs" | "employers"));
    opens_on_span || habit || sustained
}

/// The principles named whole by the pieces of a list on a line (`**Best for:**
/// Customer obsession, ownership, going above and beyond`), when one piece is all of a
/// principle's name of two words or more: the list then names principles among its
/// themes, and a piece that is all of a one-word name ("ownership") names it too,
/// whatever its case. (A one-word name alone in a list, "teamwork, ownership", may be a
/// theme in its own words: nothing.) A line of one piece lists nothing.
pub(super) fn names_listed(text: &str, set: &PrincipleSet) -> Vec<String> {
    let mut ids = Vec::new();
    for line in text.lines() {
        let mut named = Vec::new();
        // (After the line's label, `**Best for:**`, the list.)
        let line = line.trim().trim_start_matches(['-', '*', '+']).trim();
        let line = match line.split_once(':') {
            Some((label, rest)) if label.split_whitespace().count() <= 4 => rest,
            _ => line,
        };
        let pieces: Vec<&str> = line.split([',', ';', '/', '+']).collect();
        if pieces.len() < 2 {
            continue;
        }
        for piece in pieces {
            let piece = piece.trim_matches(|c: char| !c.is_alphanumeric());
            if let Some(p) = set.resolve(piece)
                && crate::principles::fold(piece) == crate::principles::fold(&p.name)
            {
                named.push(p);
            }
        }
        if named.iter().any(|p| p.name.split_whitespace().count() >= 2) {
            for p in named {
                if !ids.contains(&p.id) {
                    ids.push(p.id.clone());
                }
            }
        }
    }
    ids
}

/// The principles whose full names are among a heading's words, in the heading's
/// order ("Leadership and Ownership Story" → Ownership). Short names and aliases are
/// not looked for: "bias" or "backbone" in a title is more often a word of it.
pub(super) fn names_within(heading: &str, set: &PrincipleSet) -> Vec<String> {
    let words = format!(" {} ", crate::principles::fold(heading));
    let mut found: Vec<(usize, String)> = set
        .principles
        .iter()
        .filter_map(|p| {
            let name = crate::principles::fold(&p.name);
            (!name.is_empty())
                .then(|| words.find(&format!(" {name} ")))
                .flatten()
                .map(|at| (at, p.id.clone()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, id)| id).collect()
}

/// The principles a sentence names by their full names set as names, each word that is
/// no small word capitalized, in the sentence's order: "you showed Ownership beyond
/// your scope", "a time you Invented and Simplified", "Hiring and Developing the Best"
/// (a verb's ending, `-ed`, `-ied`, `-ing`, `-s`, set aside). "You took ownership of
/// it" names none: the word, not the name.
pub(super) fn capitalized_names(sentence: &str, set: &PrincipleSet) -> Vec<String> {
    const SMALL: &[&str] = &[
        "and", "the", "a", "an", "of", "to", "on", "for", "be", "are",
    ];
    let split = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let words = split(sentence);
    // (No word but the first capitalized: no name set as one. Most questions.)
    if !words
        .iter()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase))
    {
        return Vec::new();
    }
    // (`Hiring` and `Hire` alike: a final "e" goes with the ending.)
    let stem = |w: &str| -> String {
        let w = w.to_lowercase();
        if let Some(b) = w.strip_suffix("ied") {
            return format!("{b}y");
        }
        let base = ["ing", "ed", "s"]
            .iter()
            .find_map(|end| w.strip_suffix(end).filter(|b| b.len() >= 3))
            .unwrap_or(&w);
        base.strip_suffix('e').unwrap_or(base).to_string()
    };
    let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
    let mut found: Vec<(usize, String)> = Vec::new();
    for p in &set.principles {
        let name = split(&p.name);
        if name.is_empty() || name.len() > words.len() {
            continue;
        }
        let wanted: Vec<(bool, String)> = name
            .iter()
            .map(|w| (SMALL.contains(&w.to_lowercase().as_str()), stem(w)))
            .collect();
        let at = (0..=words.len() - name.len()).find(|&i| {
            wanted.iter().enumerate().all(|(k, (small, want))| {
                let got = &words[i + k];
                stems[i + k] == *want && (*small || got.starts_with(char::is_uppercase))
            })
        });
        // (A name of one word opening the sentence is capitalized as any first word is.)
        if let Some(i) = at.filter(|&i| i > 0 || name.len() > 1) {
            found.push((i, p.id.clone()));
        }
    }
    found.sort();
    found.into_iter().map(|(_, id)| id).collect()
}

/// The principle whose name closes a heading, set off from the words before it by a
/// dash, a bar, a colon, a slash or a parenthesis (`IRR-10-MPT-Delivery-star-ownership`,
/// `Story 3 — Dive Deep`, `AID-5-Hire-star-best-employer`): the story's tag. A short
/// name that could be two principles' is no tag. A name the heading's words run into
/// ("Leadership and Ownership") is read as [`names_within`] reads it.
pub(super) fn closing_name(heading: &str, set: &PrincipleSet) -> Option<String> {
    // (`### Phase 3: Deep Dive` names one step of a procedure, not Dive Deep.)
    if numbered_step(heading) {
        return None;
    }
    let raw = heading.trim().trim_end_matches([')', '*', '_', ' ', '.']);
    // The heading's words, apostrophes dropped, each with where it starts and ends.
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut start = None;
    for (at, c) in raw.char_indices().chain(std::iter::once((raw.len(), ' '))) {
        let part = c.is_alphanumeric() || matches!(c, '\'' | '’');
        match (part, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let word: String = raw[from..at]
                    .chars()
                    .filter(|c| !matches!(c, '\'' | '’'))
                    .flat_map(char::to_lowercase)
                    .collect();
                words.push((from, at, word));
                start = None;
            }
            _ => {}
        }
    }
    // A run of closing words that names one principle and nothing else, by its name or
    // a short name people write ("best employer", "trust"), set off from the words
    // before it.
    let most = set.longest_spelling().min(words.len().saturating_sub(1));
    (1..=most)
        // A closing word of no principle's id, name or aliases names none.
        // ("the", which no folded spelling keeps, is one of its words too.)
        .take_while(|&n| {
            let word = &words[words.len() - n].2;
            word == "the" || set.spells_with(word, None)
        })
        .find_map(|n| {
            let tail = &words[words.len() - n..];
            let said = tail
                .iter()
                .map(|w| w.2.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let before = &words[words.len() - n - 1];
            let between = &raw[before.1..tail[0].0];
            // (`"OEE forms" → Customer Obsession`: an arrow points to it.)
            if !between.contains(['-', '—', '–', '|', ':', '/', '(', '→', '>']) {
                return None;
            }
            // A hyphen inside a word of a heading written in words (`System design and
            // deep-dive`) joins a compound; only a heading written as one slug
            // (`…-star-ownership`) is cut at its hyphens.
            if between == "-" && raw.contains(char::is_whitespace) {
                return None;
            }
            let names = named_principles(&said, set);
            let [id] = names.ids.as_slice() else {
                return None;
            };
            // Each word one of the principle's own, whole: "highlight" begins like
            // "high standards" but is no name of it.
            let whole = tail
                .iter()
                .all(|w| w.2 == "the" || set.spells_with(&w.2, Some(id)));
            (names.unknown.is_empty() && names.ambiguous.is_empty() && whole).then(|| id.clone())
        })
}

/// A heading that asks a question by its number and quotes it (`**Q0: "Tell me about a
/// time…"** → Score: **98**`, `Q3: “Conte sobre…”`): the question, in any language,
/// without its marks and without what follows it. The label may be the word
/// "question" in the notes' own language (`## Вопрос 1: "Describe pushing back on
/// leadership"`): a word, a number, and in quotation marks what an interviewer asks,
/// a question or a request to tell.
pub(super) fn numbered_quoted_question(text: &str) -> Option<String> {
    let (rest, any_label) = after_question_number(text)?;
    // (`**Q0 (98)** - "…"`: the fit's score in brackets, the marks closed after it.)
    let rest = match rest.strip_prefix('(') {
        Some(remark) => &remark[remark.find(')')? + 1..],
        None => rest,
    };
    let rest = rest.trim_start_matches(['*', '_', ' ']);
    let rest = rest
        .strip_prefix([':', '.', ')', '-', '–', '—'])?
        .trim_start()
        .trim_start_matches(['*', '_'])
        .trim_start();
    let (open, close) = opening_quote(rest)?;
    let inner = &rest[open.len_utf8()..];
    // (The closing mark may be gone with what a title leaves off.)
    let question = inner.find(close).map_or(inner, |at| &inner[..at]).trim();
    // (Under a label of any word, what is quoted must ask: `Story 2: "The Billing
    // Cutover"` names a story.)
    let asks = || {
        let lower = question.to_lowercase();
        is_question(question)
            || asks_for_story(question)
            || is_prompt(question)
            || ["tell ", "describe ", "share ", "give ", "walk ", "talk "]
                .iter()
                .any(|verb| lower.starts_with(verb))
    };
    // (Three words, or in Chinese, written without spaces, six characters.)
    let long_enough = question.split_whitespace().count() >= 3
        || question.chars().filter(|&c| is_han(c)).count() >= 6;
    (long_enough && (!any_label || asks())).then(|| question.to_string())
}

/// The remark in brackets after a question's label and number, before the quoted
/// question (`Question 2 (Mentorship & Culture): "How do you…"`): the writer's words on
/// what the question is about, which [`numbered_quoted_question`] passes over.
pub(super) fn numbered_question_remark(text: &str) -> Option<&str> {
    let (rest, _) = after_question_number(text)?;
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    Some(&rest[..close + 2]).filter(|remark| remark.chars().any(char::is_alphabetic))
}

/// What follows a question's label and number (`Question 2`, `Q3`, or a word in the
/// notes' own language and a number, `Вопрос 1`): the rest of the heading, and whether
/// the label was some other word than "question" or "q".
fn after_question_number(text: &str) -> Option<(&str, bool)> {
    let t = text.trim().trim_start_matches(['*', '_']).trim_start();
    let (rest, any_label) = match ["question", "q"]
        .iter()
        .find_map(|label| strip_prefix_ignore_case(t, label))
    {
        Some(rest) => (rest, false),
        None => {
            let word = t.find(|c: char| !c.is_alphabetic())?;
            let rest = &t[word..];
            let numbered = rest
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit());
            (word > 0 && numbered).then_some((rest, true))?
        }
    };
    Some((
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' '),
        any_label,
    ))
}

/// A lead in emphasis, ended by a colon, that opens another story of the same kind in
/// the paragraph it leads (`*Alternative Dive Deep, if they ask about speed:* the
/// second time…`, `**Backup story:** …`, `_Another example:_ …`): the lead, and the
/// story after it. The lead's first word says the story is another; what follows the
/// colon must tell it.
pub(super) fn another_lead(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start();
    let mark = ["**", "__", "*", "_"]
        .into_iter()
        .find(|m| t.starts_with(m))?;
    let inner_end = t[mark.len()..].find(mark)? + mark.len();
    let inner = &t[mark.len()..inner_end];
    let after = &t[inner_end + mark.len()..];
    // The colon inside the emphasis (`*Backup:*`) or just after it (`*Backup*:`).
    let (lead_inner, rest) = match inner.trim_end().strip_suffix(':') {
        Some(lead) => (lead, after),
        None => (inner, after.strip_prefix(':')?),
    };
    let words = plain_words(lead_inner);
    let another = matches!(
        words.first().map(String::as_str),
        Some("backup" | "alternative" | "alternate" | "another" | "second")
    );
    let rest = rest.trim_start();
    (another && (2..=14).contains(&words.len()) && !rest.is_empty())
        .then(|| (t[..t.len() - rest.len()].trim_end(), rest))
}

/// Whether a heading names an example, counted or not, and what it shows after a
/// colon or a dash: `Example 2: Failure & Learning`, `Example: STAR in Action`,
/// `Sample 1 — The outage`.
pub(super) fn counted_example(heading: &str) -> bool {
    // (A sign before the label, `🎯 Example 1: NAME`, is decoration.)
    let t = heading
        .trim()
        .trim_matches(['*', '_'])
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim();
    let Some(rest) = ["example", "sample"]
        .iter()
        .find_map(|word| strip_prefix_ignore_case(t, word))
    else {
        return false;
    };
    let rest = rest
        .trim_start()
        .trim_start_matches('#')
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    rest.strip_prefix([':', '–', '—', '-', '.'])
        .is_some_and(|name| !name.trim().is_empty())
}

/// Whether a question is one the writer puts to their own answer, a checklist's item:
/// a box to tick (`[ ] Did I use "I"?`), or asked in the first person ("Was my Action
/// the longest part?", "Could I go deeper if probed?"). An interviewer asks "you".
pub(super) fn self_check(question: &str) -> bool {
    let t = question.trim();
    let boxed = ["[ ]", "[x]", "[X]"].iter().any(|b| t.starts_with(b));
    let words = plain_words(t);
    let first_person = matches!(
        words.as_slice(),
        [verb, subject, ..]
            if matches!(
                verb.as_str(),
                "did" | "do" | "was" | "were" | "is" | "am" | "could" | "can" | "would"
                    | "will" | "have" | "has" | "had" | "should"
            ) && matches!(subject.as_str(), "i" | "my")
    );
    (boxed || first_person) && !words.iter().any(|w| w == "you" || w == "your")
}

/// The principles a story names in a sentence that says it names principles: "I
/// noticed that ownership and customer obsession and earn trust are the critical
/// leadership principals of Amazon" (the word "principle" or "principal", or "LP",
/// beside the names). Every full name in it counts, one word or more, in its order.
pub(super) fn principles_said(text: &str, set: &PrincipleSet) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for sentence in sentences(&lower) {
        // (Or in Chinese, that the story "corresponds to" them: `→ 对应的是 Bias for
        // action, Ownership.`)
        let says = plain_words(sentence).iter().any(|w| {
            matches!(
                w.as_str(),
                "principle" | "principles" | "principal" | "principals" | "lp" | "lps"
            )
        }) || ["对应", "對應"].iter().any(|cue| sentence.contains(cue));
        // What follows the Chinese cue is a list of names, short ones too ("highest
        // standards, think big").
        let listed = ["对应的是", "對應的是", "对应", "對應"]
            .iter()
            .find_map(|cue| sentence.split_once(cue).map(|(_, rest)| rest))
            .map(|rest| principle_list(rest.trim_matches(|c: char| !c.is_alphanumeric()), set))
            .filter(|(ids, unknown)| !ids.is_empty() && unknown.is_empty());
        if let Some((ids, _)) = listed {
            for id in ids {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            continue;
        }
        if says {
            for id in names_within(sentence, set) {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
    }
    out
}

/// The principles a text names in quotation marks, each name wholly inside its pair
/// (`This relates to "Deliver Results" and "Ownership."`), in the text's order: a name
/// set in quotes is named as a principle, even one word of everyday speech written as
/// a name, and a short name people use counts ("Simplify").
pub(super) fn principles_quoted(text: &str, set: &PrincipleSet) -> Vec<String> {
    let longest = set.longest_spelling();
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['"', '“']) {
        let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(close) = after.find(['"', '”']) else {
            break;
        };
        let inner = after[..close]
            .trim()
            .trim_end_matches(['.', ',', ';', ':'])
            .trim();
        let words = crate::principles::fold(inner).split_whitespace().count();
        // (One word in lower case, `it wasn't about who was “right”`, is a word set
        // apart, not a name: a name is written as one, "Simplify".)
        let named = words > 1 || inner.starts_with(|c: char| !c.is_lowercase());
        if (1..=longest).contains(&words) && named && !inner.contains('\n') {
            let id = set
                .resolve(inner)
                .map(|p| p.id.clone())
                .or_else(|| words_of_one_name(inner, set));
            if let Some(id) = id
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
        rest = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
    }
    out
}

/// The one principle whose name holds every word of `text`, each whole ("Simplify"
/// is Invent and Simplify's; "cust" and "a disagreement" are no one's): its id.
fn words_of_one_name(text: &str, set: &PrincipleSet) -> Option<String> {
    let folded = crate::principles::fold(text);
    let words: Vec<&str> = folded.split_whitespace().filter(|w| !glue(w)).collect();
    if words.is_empty() {
        return None;
    }
    let mut holders = set.principles.iter().filter(|p| {
        let name = crate::principles::fold(&p.name);
        let own: Vec<&str> = name.split_whitespace().collect();
        words.iter().all(|w| own.contains(w))
    });
    let one = holders.next()?;
    holders.next().is_none().then(|| one.id.clone())
}

/// The principles a line names after an arrow, as notes map a prompt to them: `→ 对应的是
/// Bias for action, Ownership.`, `-> think big, highest standards`. Every piece between
/// commas (or "and", "+", "/") names one principle by its words; the first may have a
/// few words or characters before the name that lead to it ("对应的是", "maps to").
pub(super) fn arrow_names(line: &str, set: &PrincipleSet) -> Vec<String> {
    let t = without_bullet(line).trim_matches(['*', '_']).trim();
    let Some(rest) = ["→", "->", "=>", "⇒", "➡"]
        .iter()
        .find_map(|arrow| t.strip_prefix(arrow))
    else {
        return Vec::new();
    };
    let rest = rest.trim().trim_end_matches(['.', '。', '*', '_']).trim();
    let pieces: Vec<&str> = rest
        .split([',', '，', '、', '/', '+', ';'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut ids = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        let named = words_of_one_name(piece, set).or_else(|| {
            // The lead-in before the first name: a word or three, or a few characters
            // of another script, cut at each boundary in turn.
            (i == 0)
                .then(|| {
                    piece
                        .char_indices()
                        .filter(|&(at, c)| {
                            at > 0
                                && at <= 24
                                && (c.is_ascii_alphabetic() && {
                                    let before = piece[..at].chars().last().unwrap_or(' ');
                                    !before.is_ascii_alphanumeric()
                                })
                        })
                        .find_map(|(at, _)| words_of_one_name(&piece[at..], set))
                })
                .flatten()
        });
        match named {
            Some(id) if !ids.contains(&id) => ids.push(id),
            Some(_) => {}
            None => return Vec::new(),
        }
    }
    ids
}

/// Whether a text opens with the letter A alone as its label (`* **A** : …`, `A: …`),
/// not the word Action.
pub(super) fn answer_letter(text: &str) -> bool {
    let t = text
        .trim_start()
        .trim_start_matches(['-', '*', '+', '_', ' '])
        .trim_start_matches(pictograph)
        .trim_start();
    let mut chars = t.chars();
    matches!(chars.next(), Some('A' | 'a')) && chars.next().is_none_or(|c| !c.is_alphanumeric())
}

/// A story's name on a bold line of its own after a word or two saying which of the
/// stories it is, "story", and a dash or a colon: `**PRIMARY STORY — SME onboarding**`,
/// `**Backup story: the ledger**`. The name, as [`enumerated_name`] reads one.
pub(super) fn kind_named<'t>(text: &'t str, set: &PrincipleSet) -> Option<&'t str> {
    let t = text.trim();
    if t.contains('\n') {
        return None;
    }
    let inner = t.strip_prefix("**")?.strip_suffix("**")?.trim();
    let (kind, name) = [" — ", " – ", " - ", ": "]
        .iter()
        .find_map(|dash| inner.split_once(dash))?;
    let words = plain_words(kind);
    ((1..=3).contains(&words.len()) && words.last().is_some_and(|w| w == "story"))
        .then(|| story_name_words(name.trim().trim_end_matches(':').trim_end(), set))
        .flatten()
}

/// What a line wholly in bold says, without its marks (`**…**` or `__…__`); `None`
/// for more than one line or a line not so set.
pub(super) fn bold_line(text: &str) -> Option<&str> {
    let t = text.trim();
    if t.contains('\n') {
        return None;
    }
    let inner = t
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|r| r.strip_suffix("__")))?;
    Some(inner.trim())
}

/// A story's name written as an enumerated bold line of its own, `**a) Migration to
/// Next.js**`, `**2. The pager rota**`: the name, without the marks and enumerator. Not
/// a label, a question or a principle's name.
pub(super) fn enumerated_name<'t>(text: &'t str, set: &PrincipleSet) -> Option<&'t str> {
    let inner = bold_line(text)?;
    // `**Example 1 – Creating role mobility**`, `**Story 2: The vendor**`: a word that
    // says what is counted, a number, a dash or a colon, the name.
    // `**Option A — Partial payment bug:**`: one of the stories to choose from, by
    // letter, the colon after its name.
    let counted = ["example ", "story ", "case ", "option "]
        .iter()
        .find_map(|word| {
            let rest = strip_prefix_ignore_case(inner, word)?;
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let letter = digits == 0
                && rest.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && rest[1..].starts_with(char::is_whitespace);
            let mark = if letter { 1 } else { digits };
            let after = rest[mark..].trim_start();
            let name = after.strip_prefix(['–', '—', '-', ':', '.', ')'])?;
            ((1..=2).contains(&mark)).then_some(name.trim().trim_end_matches(':').trim_end())
        });
    if let Some(rest) = counted {
        return story_name_words(rest, set);
    }
    // `**① The overflow exploit (Critical)**`: a circled number, then the name.
    if let Some(first) = inner.chars().next()
        && circled_number(first)
    {
        return story_name_words(untold(inner[first.len_utf8()..].trim()), set);
    }
    let mark = inner.find([')', '.'])?;
    let (enumerator, rest) = (&inner[..mark], inner[mark + 1..].trim());
    let enumerated = !enumerator.is_empty()
        && enumerator.len() <= 2
        && (enumerator.chars().all(|c| c.is_ascii_digit())
            || enumerator.len() == 1 && enumerator.chars().all(|c| c.is_ascii_alphabetic()));
    if !enumerated {
        return None;
    }
    story_name_words(untold(rest), set)
}

/// Whether a character is a number in a circle (`①` to `⑳`, `❶` to `❿`, `➀` to `➓`),
/// as notes count their stories.
pub(super) fn circled_number(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2473}' | '\u{2776}'..='\u{2793}')
}

/// A story's name after its number or its counting word, when it reads as one: one to
/// twelve words, no bold inside, no part's label, no question, no principle.
fn story_name_words<'t>(name: &'t str, set: &PrincipleSet) -> Option<&'t str> {
    let words = name.split_whitespace().count();
    ((1..=12).contains(&words)
        && !name.contains("**")
        && split_label(name).is_none()
        && !is_question(name)
        && heading_principle(name, set).is_none())
    .then_some(name)
}

/// The name a numbered item gives the story whose labelled parts follow it: `1. STAR
/// — Billing cutover`, `2) The vendor` (the words after the number, a word saying the
/// item is a telling set aside): a few words, no question, no label, no principle.
pub(super) fn item_name<'t>(text: &'t str, set: &PrincipleSet) -> Option<&'t str> {
    let t = text.trim();
    if t.contains('\n') {
        return None;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    story_name_words(untold(t[digits..].strip_prefix(['.', ')'])?.trim()), set)
}

/// What follows a label that says a story is told after it, whole (`STAR: During the
/// migration I…`, `**Story:** …`, `Example: …`, or with the story's name, `**Story
/// (Billing cutover):** …`): the telling.
pub(super) fn told_label(text: &str) -> Option<&str> {
    told_label_named(text).map(|(_, told)| told)
}

/// The name a label that says a story is told after it gives the story, in brackets
/// before its colon (`**Story (Billing cutover):** I owned…` names "Billing cutover"),
/// and the telling.
pub(super) fn told_label_named(text: &str) -> Option<(Option<&str>, &str)> {
    let t = text.trim_start().trim_start_matches(['*', '_']);
    ["star", "story", "example", "answer"]
        .iter()
        .find_map(|word| {
            let rest = strip_prefix_ignore_case(t, word)?;
            // (A name in brackets, a line's worth, no colon inside.)
            let (name, rest) = match rest.strip_prefix(" (") {
                Some(inside) => {
                    let (name, after) = inside.split_once(')')?;
                    let name = name.trim();
                    if name.is_empty() || name.contains(':') || name.split_whitespace().count() > 12
                    {
                        return None;
                    }
                    (Some(name), after)
                }
                None => (None, rest),
            };
            let rest = rest.trim_start_matches(['*', '_']).strip_prefix(':')?;
            let rest = rest.trim_start_matches(['*', '_']).trim_start();
            (!rest.is_empty()).then_some((name, rest))
        })
}

/// A story's name without a word before it that only says it is told in parts:
/// `STAR — Billing cutover` is "Billing cutover".
pub(super) fn untold(name: &str) -> &str {
    ["star", "s.t.a.r."]
        .iter()
        .find_map(|word| {
            let rest = strip_prefix_ignore_case(name, word)?.trim_start();
            let rest = rest.strip_prefix(['—', '–', '-', ':'])?.trim_start();
            (!rest.is_empty()).then_some(rest)
        })
        .unwrap_or(name)
}

/// "Answer" in the other languages lp reads, the label over an answer under its question
/// (`### Ответ:`): Russian, Spanish, Portuguese, French, Italian, German, Korean.
pub(super) const ANSWER_ABROAD: &[&str] = &[
    "ответ",
    "respuesta",
    "resposta",
    "réponse",
    "risposta",
    "antwort",
    "답변",
];

/// Whether a heading names one telling of the story under the heading above it, not a
/// story: "STAR Answer", "Quick Talking Points (STAR)", "Story (Long Form)", "Strong
/// Spoken Version", "Short version". Notes often give a story twice, as labelled
/// points and as the words to say; both are the one story.
pub(super) fn answer_form(heading: &str) -> bool {
    const WORDS: &[&str] = &[
        "star",
        "answer",
        "answers",
        "version",
        "versions",
        "spoken",
        "long",
        "short",
        "form",
        "full",
        "quick",
        "talking",
        "points",
        "point",
        "story",
        "detailed",
        "summary",
        "script",
        "pitch",
        "elevator",
        "key",
        "strong",
        "brief",
        "extended",
        "expanded",
        "complete",
        "narrative",
        "prose",
        "bullet",
        "bullets",
        "outline",
        "method",
        "format",
        "second",
        "seconds",
        "minute",
        "minutes",
        "final",
        "polished",
        // `Two-minute account`: the story as said in two minutes.
        "account",
        "one",
        "two",
        "three",
        "five",
        // `Screen version (plain, ≤90 s)`, `Technical STAR (≤2 min)`: whom the telling is
        // for, and how it is said.
        // `Use STAR format:` over the answer: the telling it is put in.
        "use",
        "screen",
        "phone",
        "technical",
        "plain",
        "simple",
        "min",
        "mins",
        "sec",
        "secs",
        "s",
        // `The STAR Framework for This LP`: the telling for the principle of the file.
        "for",
        "this",
        "lp",
        "principle",
        "my",
        "the",
        "a",
        "and",
        "1",
        "2",
        "3",
        "30",
        "60",
        "90",
    ];
    const TELLING: &[&str] = &[
        "account",
        "answer",
        "answers",
        "version",
        "versions",
        "form",
        "talking",
        "script",
        "pitch",
        "outline",
        "narrative",
        "method",
        "format",
    ];
    let words = plain_words(heading);
    // `Spoken version (~75s)`, `(2min)`: how long it takes to say, a number and a unit.
    let length = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && ["s", "sec", "secs", "m", "min", "mins"].contains(&&w[digits..])
    };
    // "The story", "My story": the story told, under the heading that names it.
    // ("Story" and "Story 2" alone are labels of a story, not tellings of one.)
    let the_story = matches!(words.as_slice(), [a, b] if (a == "the" || a == "my") && b == "story")
        // `Expanded Story`, `Full story`: the story told at a length, beside its other
        // tellings under the same name.
        || matches!(words.as_slice(), [a, b] if b == "story" && matches!(
            a.as_str(),
            "expanded" | "full" | "detailed" | "extended" | "long" | "short" | "brief" | "complete"
        ))
        // `### STAR` under the story's name: the story, told in STAR.
        || words == ["star"];
    // `Deliver it like this`, `Say it this way`: how the story is to be said.
    let delivered = matches!(
        words.first().map(String::as_str),
        Some("deliver" | "say" | "tell")
    ) && words.get(1).is_some_and(|w| w == "it")
        && (words[2..] == ["like", "this"] || words[2..] == ["this", "way"]);
    // `The STAR Framework for This LP`: the story, told in STAR's frame. (An `Answer
    // Framework` is a guide's label over its sample.)
    let framed = words.iter().any(|w| w == "star")
        && words.iter().any(|w| w == "framework")
        && words
            .iter()
            .all(|w| w == "framework" || WORDS.contains(&w.as_str()));
    // "Answers" alone heads a group of stories, not a telling of one.
    // `STAR-L`, `STAR-R`: STAR with a letter added (Learning, Reflection).
    let added =
        |i: usize| i > 0 && words[i - 1] == "star" && matches!(words[i].as_str(), "l" | "r");
    // `Technical STAR (≤2 min)`: STAR told for an audience, or in a time.
    let for_audience = words.iter().any(|w| w == "star")
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "screen" | "phone" | "technical" | "plain" | "simple"
            ) || length(w)
                || ["min", "mins", "sec", "secs", "minute", "minutes", "seconds"]
                    .contains(&w.as_str())
        });
    // A time to say it in, its number written any way: `(2.5 min)`, `(90 seconds)`.
    let timed = words.iter().any(|w| {
        length(w)
            || ["min", "mins", "sec", "secs", "minute", "minutes", "seconds"].contains(&w.as_str())
    });
    // `### STAR Summary:`: the story summed up in its parts.
    let summed = words.iter().any(|w| w == "summary")
        && words.iter().any(|w| w == "star" || w == "story")
        && words.iter().all(|w| WORDS.contains(&w.as_str()));
    delivered
        || framed
        || summed
        || !words.is_empty()
            && words != ["answers"]
            // ("Account" alone may name what the story is about.)
            && words != ["account"]
            && words.iter().enumerate().all(|(i, w)| {
                WORDS.contains(&w.as_str())
                    || ANSWER_ABROAD.contains(&w.as_str())
                    || length(w)
                    || added(i)
                    // (`Full Version (2.5 min)`: any number, in a time to say it.)
                    || timed && w.chars().all(|c| c.is_ascii_digit())
            })
            && (the_story
                || for_audience
                || words.iter().any(|w| {
                    TELLING.contains(&w.as_str()) || ANSWER_ABROAD.contains(&w.as_str())
                }))
}

/// Whether a heading names a plan, what is still to be done (`Next Steps`, `To do`,
/// `Action items`, `Roadmap`): the lines under it are steps to take, no story told.
/// Whether a heading names a list of things a project or a person has, not anything
/// that happened: `Technical Skills`, `Tech Stack`, `Requirements`, `Features`,
/// `Dependencies`.
pub(super) fn inventory_heading(heading: &str) -> bool {
    plain_words(heading).last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "skills"
                | "stack"
                | "tools"
                | "technologies"
                | "requirements"
                | "prerequisites"
                | "features"
                | "dependencies"
        )
    })
}

pub(super) fn plan_heading(heading: &str) -> bool {
    // (`10. FUTURE IMPROVEMENTS`: the number that orders the sections is no word of it.)
    let words: Vec<String> = plain_words(heading)
        .into_iter()
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    matches!(
        words.join(" ").as_str(),
        "next steps"
            | "next step"
            | "to do"
            | "todo"
            | "to-do"
            | "action items"
            | "roadmap"
            | "future improvements"
            | "future enhancements"
            | "future work"
            | "planned improvements"
            | "possible improvements"
    )
}

/// Whether a heading names a checklist (`## 5. Practice Checklist`, `## 추가
/// 체크리스트`, `## 面试前检查清单`): what to check or do before the interview.
pub(super) fn checklist_heading(heading: &str) -> bool {
    plain_words(heading)
        .last()
        .is_some_and(|w| w == "checklist")
        || ["체크리스트", "检查清单", "檢查清單"]
            .iter()
            .any(|c| heading.contains(c))
}

/// Whether a heading numbers one step of a procedure (`Phase 3: Deep Dive`, `Step 2 -
/// Write it down`, `Stage 1.`): what follows the number names that step, though it says
/// a principle's words. (Not an interview's round, `Round 2: Ownership`: a loop's
/// rounds are given principles to ask about.)
pub(super) fn numbered_step(heading: &str) -> bool {
    let bare = heading
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    ["phase ", "step ", "stage "].iter().any(|word| {
        bare.strip_prefix(word).is_some_and(|rest| {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            let after = rest[digits..].trim_start();
            digits > 0 && (after.is_empty() || after.starts_with([':', '-', '.', '—', '–', ')']))
        })
    })
}

/// A heading up to its remark in brackets (`Project pitches (rehearse these
/// verbatim)`: `Project pitches `).
fn before_remark(heading: &str) -> &str {
    heading.split('(').next().unwrap_or(heading)
}

/// Whether a heading names pitches, said of what a project or a person is (`Project
/// pitches (rehearse these verbatim)`, `Elevator Pitches`): more than one, so not one
/// story's short telling. One pitch is, when the heading names what it pitches
/// (`Project Elevator Pitch (30 seconds)`, `Portfolio pitch`); so is the statement
/// that closes an interview (`60-Second Closing Statement`), what the project or the
/// person is, said last, and a set time's explanation (`90-Second Explanation`).
pub(super) fn pitches_heading(heading: &str) -> bool {
    let words = plain_words(before_remark(heading));
    if words
        .windows(2)
        .any(|pair| pair[0] == "closing" && matches!(pair[1].as_str(), "statement" | "pitch"))
    {
        return true;
    }
    // (`## 90-Second Explanation`, `2-Minute Project Overview`: a project or a person
    // told in a set time, a pitch by another name; a story's own shorter telling is
    // its "version".)
    let timed = words.windows(2).any(|pair| {
        pair[0].chars().all(|c| c.is_ascii_digit())
            && matches!(
                pair[1].as_str(),
                "second" | "seconds" | "minute" | "minutes"
            )
    });
    if timed
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "explanation" | "overview" | "summary" | "introduction"
            )
        })
        && !words.iter().any(|w| w == "story" || w == "version")
    {
        return true;
    }
    if timed_in_other_words(heading) {
        return true;
    }
    // `## 2. 必背的项目介绍` ("the project introduction to learn by heart"), `## 프로젝트
    // 소개`, `## Project Introduction`: the project introduced, a pitch by its name.
    let lower = heading.to_lowercase();
    if [
        "项目介绍",
        "項目介紹",
        "项目简介",
        "項目簡介",
        "프로젝트 소개",
    ]
    .iter()
    .any(|w| lower.contains(w))
        || words.windows(2).any(|pair| {
            pair[0] == "project" && matches!(pair[1].as_str(), "introduction" | "intro")
        })
    {
        return true;
    }
    let of_what = words
        .iter()
        .any(|w| matches!(w.as_str(), "project" | "portfolio" | "personal" | "product"));
    words
        .last()
        .is_some_and(|w| w == "pitches" || w == "pitch" && of_what)
}

/// Whether a heading names a project or an introduction told in a set time in
/// another language: `3 分钟项目介绍` (a 3-minute project introduction), `1분 프로젝트
/// 소개`, `Весь проєкт за 30 секунд` (the whole project in 30 seconds). A pitch, as
/// `2-Minute Project Overview` is; not a story's shorter telling (故事, 版本, 스토리,
/// 버전: story, version).
fn timed_in_other_words(heading: &str) -> bool {
    const UNITS: &[&str] = &[
        "秒",
        "分钟",
        "分鐘",
        "分",
        "초",
        "분",
        "секунд",
        "секунди",
        "хвилин",
        "хвилини",
        "минут",
        "минуты",
        "segundos",
        "minutos",
    ];
    const WHAT: &[&str] = &[
        "介绍",
        "介紹",
        "简介",
        "簡介",
        "概述",
        "项目",
        "項目",
        "专案",
        "專案",
        "소개",
        "설명",
        "개요",
        "프로젝트",
        "проєкт",
        "проект",
        "огляд",
        "обзор",
        "proyecto",
        "projeto",
    ];
    const STORY: &[&str] = &["故事", "版本", "스토리", "버전", "історія", "история"];
    let lower = heading.to_lowercase();
    // A number, a space or none, then the unit of time.
    let timed = lower.char_indices().any(|(at, c)| {
        c.is_ascii_digit()
            && !lower[at + 1..].starts_with(|n: char| n.is_ascii_digit())
            && UNITS
                .iter()
                .any(|unit| lower[at + 1..].trim_start().starts_with(unit))
    });
    timed && WHAT.iter().any(|w| lower.contains(w)) && !STORY.iter().any(|w| lower.contains(w))
}

/// Whether a heading names only a telling of a set length: `Thirty-second version`,
/// `Two-to-three-minute version`, `90 秒版本`, `2 分钟版本`, `1분 버전`. (Under a story's
/// name it is that story told again; right under the notes' title, the notes' own
/// subject told as a pitch.)
pub(super) fn timed_version(heading: &str) -> bool {
    const UNITS: &[&str] = &[
        "second",
        "minute",
        "秒",
        "分钟",
        "分鐘",
        "초",
        "분",
        "секунд",
        "хвилин",
        "минут",
    ];
    let lower = heading.to_lowercase();
    let version = ["version", "版本", "버전"]
        .iter()
        .any(|w| lower.contains(w))
        || lower.trim_end().ends_with('版');
    version && UNITS.iter().any(|unit| lower.contains(unit)) && plain_words(heading).len() <= 6
}

/// Whether a heading names a bank of words to use in answers (`Power Words for
/// Behavioral Answers`, `Action Verbs`, `Result Quantifiers`, `Keywords`): lists of
/// words, each telling nothing.
pub(super) fn word_bank_heading(heading: &str) -> bool {
    let words = plain_words(before_remark(heading));
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "verbs" | "vocabulary" | "quantifiers" | "keywords" | "buzzwords"
        )
    }) || words.windows(2).any(|pair| {
        matches!(
            pair[0].as_str(),
            "power" | "action" | "key" | "buzz" | "magic"
        ) && pair[1] == "words"
    })
}

/// Whether a heading names a glossary (`## 📖 Terminology (gloss these the first time
/// you say them)`, `Glossary`, `Key terms`): terms and what each means, no story,
/// whatever a gloss says the writer did with the thing.
pub(super) fn glossary_heading(heading: &str) -> bool {
    let words = plain_words(before_remark(heading));
    words
        .iter()
        .any(|w| matches!(w.as_str(), "glossary" | "terminology" | "jargon"))
        || words
            .windows(2)
            .any(|pair| matches!(pair[0].as_str(), "key" | "technical") && pair[1] == "terms")
}

/// The words a person's trade is named by (`Junior DevOps Engineer`, `Product
/// Designer`).
pub(super) const TRADES: &[&str] = &[
    "designer",
    "engineer",
    "developer",
    "manager",
    "director",
    "scientist",
    "analyst",
    "architect",
    "consultant",
    "intern",
    "student",
    "researcher",
    "lead",
];

/// Whether a heading names a job of the person's work history: an employer and a
/// role, set apart by a dash, the role ending on a trade (`13.1 TCS — Junior DevOps
/// Engineer (GCP)`, `Senior Analyst - Acme`).
pub(super) fn job_heading(heading: &str) -> bool {
    let Some((left, right)) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| before_remark(heading).split_once(dash))
    else {
        return false;
    };
    let role = |side: &str| {
        let words = plain_words(side);
        (1..=5).contains(&words.len()) && words.last().is_some_and(|w| TRADES.contains(&w.as_str()))
    };
    let employer = |side: &str| {
        let words = plain_words(side);
        (1..=4).contains(&words.len())
            && !words
                .iter()
                .any(|w| matches!(w.as_str(), "story" | "stories" | "example" | "case"))
    };
    role(right) && employer(left) || role(left) && employer(right)
}

/// Whether a section's first line gives a job's length or dates (`**Duration**: ~2
/// years`, `Dates: 2019–2021`, `Jan 2020 – Mar 2022`): a work history's entry.
pub(super) fn gives_tenure(line: &str) -> bool {
    let bare = line.trim().trim_start_matches(['*', '_', '-', ' ']);
    let lower = bare.to_lowercase();
    let labelled = ["duration", "dates", "period", "tenure"]
        .iter()
        .any(|label| {
            lower.starts_with(label)
                && lower[label.len()..]
                    .trim_start_matches(['*', '_'])
                    .starts_with(':')
        });
    // (Or a range of years: `2019 – 2021`, `2019-2021`.)
    let years: Vec<&str> = bare
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
        .collect();
    let ranged =
        years.len() >= 2 && bare.contains(['–', '—', '-']) && bare.split_whitespace().count() <= 12;
    labelled || ranged
}

/// Whether a heading names phrases to borrow when answering (`## 7. Strong phrases to
/// use naturally`, `Power phrases`, `Useful phrasing`): wordings to say, each a
/// sentence's opening, not a story.
pub(super) fn phrases_heading(heading: &str) -> bool {
    plain_words(before_remark(heading)).iter().any(|w| {
        matches!(
            w.as_str(),
            "phrases" | "phrasing" | "phrasings" | "wordings"
        )
    })
}

/// Whether a heading says what interviewers will judge in an answer (`### What
/// Senior Interviewers Will Evaluate`, `What the hiring manager looks for`, `How
/// interviewers will assess this`): the assessors and what they do, a question's
/// word first. What is under it coaches the answer: no story.
pub(super) fn assessed_heading(heading: &str) -> bool {
    let words = plain_words(before_remark(heading));
    let lower = format!(" {} ", words.join(" "));
    words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "what" | "how"))
        && [
            " interviewer ",
            " interviewers ",
            " hiring manager ",
            " hiring managers ",
            " recruiter ",
            " recruiters ",
            " panel ",
        ]
        .iter()
        .any(|who| lower.contains(who))
        && [
            " evaluate ",
            " evaluates ",
            " assess ",
            " assesses ",
            " look for ",
            " looks for ",
            " looking for ",
            " judge ",
            " judges ",
            " probe ",
            " probes ",
            " test ",
            " tests ",
            " want to hear ",
            " wants to hear ",
            " score ",
        ]
        .iter()
        .any(|verb| lower.contains(verb))
}

/// Whether a heading names a way of answering rather than a story: a template, a
/// structure, a format, a framework, a method, tips ("STAR Answer Structure",
/// "Story template", "The STAR method", "Things to notice"), with no story named after
/// a colon. The word is of answering when the heading speaks of answers, stories or
/// interviews, or says little else ("Tips", "A simple template"); a thing the writer
/// built is named with more ("Function Testing Framework", "AID-27 Mathematical
/// Framework").
pub(super) fn about_answering(heading: &str) -> bool {
    // `STAR Format: The stale cache` names a story after the word: not this. After
    // `Framework: How to Answer Behavioral Questions` is more of the same.
    if heading.split_once(':').is_some_and(|(_, name)| {
        let words = plain_words(name);
        !name.trim().is_empty()
            && !name.trim().to_lowercase().starts_with("how to")
            && !words
                .iter()
                .any(|w| matches!(w.as_str(), "answer" | "answers" | "answering"))
    }) {
        return false;
    }
    // `## Things to notice`: what the writer reminds themselves of about interviews.
    let lower = heading.to_lowercase();
    if [
        "things to notice",
        "things to note",
        "things to remember",
        "keep in mind",
    ]
    .iter()
    .any(|p| lower.contains(p))
    {
        return true;
    }
    // `### 回答边界`, `回答方向`, `答题思路` (what to claim, which way to answer, how to
    // think an answer through): the same, in Chinese.
    let bare = heading
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .trim();
    if ["回答", "答题", "答題"].iter().any(|lead| {
        bare.strip_prefix(lead).is_some_and(|rest| {
            [
                "边界", "邊界", "方向", "思路", "技巧", "要点", "要點", "策略", "模板",
            ]
            .contains(&rest.trim())
        })
    }) {
        return true;
    }
    // `## How to tell one`, `How to answer`: how a story is told, not one.
    let words = plain_words(heading);
    if let [how, to, verb, ..] = words.as_slice()
        && how == "how"
        && to == "to"
        && matches!(
            verb.as_str(),
            "tell"
                | "answer"
                | "say"
                | "deliver"
                | "present"
                | "practise"
                | "practice"
                | "structure"
                | "use"
                | "write"
                | "prepare"
                | "rehearse"
        )
    {
        return true;
    }
    const WAYS: &[&str] = &[
        "template",
        "templates",
        "structure",
        "format",
        "framework",
        "frameworks",
        "method",
        "tips",
        "guide",
        // What a good story is made of, and what spoils one: `## The Anatomy of a Good
        // Failure Story`, `## Red Flags in Failure Stories`, `## Common pitfalls`.
        "anatomy",
        "pitfalls",
        "flags",
        // The same in Korean (구조 structure, 방법 method, 템플릿 template), Chinese
        // and Japanese (结构, 結構, 構造 structure, 方法 method, 模板 template).
        "구조",
        "방법",
        "템플릿",
        "结构",
        "結構",
        "構造",
        "方法",
        "模板",
    ];
    const ANSWERING: &[&str] = &[
        "star",
        "answer",
        "answers",
        "answering",
        "response",
        "responses",
        "interview",
        "interviews",
        "story",
        "stories",
        "behavioral",
        "behavioural",
        "question",
        "questions",
        "this",
    ];
    const SMALL: &[&str] = &[
        "the", "a", "an", "and", "to", "for", "of", "my", "on", "in", "with", "how", "use",
        "simple", "quick", "general",
    ];
    // A word in Chinese or Japanese ending in 法, "method" (解题法, 答题法): a way too.
    let way = |w: &str| {
        WAYS.contains(&w)
            || w.chars().count() >= 2 && w.ends_with('法') && w.chars().all(|c| !c.is_ascii())
    };
    let words = plain_words(heading);
    if !words.iter().any(|w| way(w)) {
        return false;
    }
    let others = words
        .iter()
        .filter(|w| !way(w) && !SMALL.contains(&w.as_str()))
        .count();
    others <= 1 || words.iter().any(|w| ANSWERING.contains(&w.as_str()))
}

/// Whether a text opens by setting a scene in time or place: "When I came to…",
/// "While we…", "After the merger…", "In 2019…", "At Acme, …", "Last spring…".
pub(super) fn opens_scene(text: &str) -> bool {
    let words = words_of(text);
    words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "when"
                | "while"
                | "after"
                | "before"
                | "once"
                | "during"
                | "in"
                | "at"
                | "last"
                | "back"
        )
    })
}

/// A text without the pictographs and emphasis marks it opens with (`✅ **Yes**, …`
/// gives `Yes**, …`).
pub(super) fn opening(text: &str) -> &str {
    text.trim_start()
        .trim_start_matches(|c: char| pictograph(c) || c.is_whitespace() || c == '*' || c == '_')
}

/// Whether a text opens with the writer's own example, not quoted (`✅ **Example:**
/// Chose NoSQL over SQL…`): a reminder of a story of theirs.
pub(super) fn own_example(text: &str) -> bool {
    let Some(rest) = strip_prefix_ignore_case(opening(text), "example") else {
        return false;
    };
    let rest = rest.trim_start_matches(['*', '_']);
    let Some(value) = rest.strip_prefix([':', '：']) else {
        return false;
    };
    let value = value.trim_start_matches(['*', '_']).trim();
    !value.is_empty() && !value.starts_with(['"', '“', '\'', '‘', '「', '«'])
}

/// The numbers a text cites stories by: "Stories 2, 4 and 5 connect", "story 3 or
/// 7" (the numbers after "story" or "stories", joined by commas, "and", "or", "&").
pub(super) fn cited_story_numbers(text: &str) -> Vec<u32> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out: Vec<u32> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if word != "story" && word != "stories" {
            continue;
        }
        for next in &words[i + 1..] {
            if let Ok(n) = next.parse::<u32>() {
                if !out.contains(&n) {
                    out.push(n);
                }
            } else if !matches!(next.as_str(), "and" | "or" | "&") {
                break;
            }
        }
    }
    out
}

/// Whether a short answer recalls something that happened to its writer: "I" or "we"
/// with a verb in the past just after, once at least ("Failed at the charity's launch,
/// next time I succeeded"). "It can be done" is no event.
pub(super) fn recalls_event(text: &str) -> bool {
    first_person_events(text) >= 1
}

/// Whether an answer says the writer has no such story yet: "This hasn't happened to
/// me yet", "I haven't had that happen", "it has never happened to me".
pub(super) fn not_happened(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    [
        "hasn't happened",
        "has not happened",
        "haven't had that",
        "have not had that",
        "never happened to me",
        "never had that happen",
        "not happened to me",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

/// Whether an answer says only that the writer does not know yet what to answer: "Not
/// sure", "Not sure what to say about this", "No idea yet", "TBD", "?". A few words, no
/// story in them.
pub(super) fn no_answer_yet(text: &str) -> bool {
    let body = text
        .lines()
        .map(|l| item_body(l).unwrap_or(l).trim())
        .collect::<Vec<_>>()
        .join(" ");
    let lower = body.to_lowercase().replace('’', "'");
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '?');
    // ("Not sure it held, so I shipped a fallback": something happened; a story.)
    if lower.split_whitespace().count() > 12 || first_person_events(&body) > 0 {
        return false;
    }
    // "No sure" is "not sure" with a letter missing.
    [
        "not sure",
        "no sure",
        "unsure",
        "no idea",
        "don't know",
        "do not know",
        "tbd",
        "todo",
        "need to think",
        "nothing yet",
        "no story yet",
        "no example yet",
    ]
    .iter()
    .any(|m| lower.starts_with(m))
        || !lower.is_empty() && lower.chars().all(|c| c == '?')
}

/// Whether a heading says what follows is the writer's own work: "I" with a verb in
/// the past, alone or after "have" ("Automation tools I have worked on", "Projects I
/// built", "Things I've shipped"). Not a question ("What have I built?").
pub(super) fn own_works(heading: &str) -> bool {
    let words = words_of(heading);
    !is_question(heading)
        && words.iter().enumerate().any(|(i, w)| {
            let after = match w.as_str() {
                "i" => &words[i + 1..],
                "i've" => &words[i..],
                _ => return false,
            };
            let after = match after.first().map(String::as_str) {
                Some("have" | "i've") => &after[1..],
                _ => after,
            };
            after
                .first()
                .is_some_and(|verb| past(verb) && verb != "was" && verb != "had")
        })
}

/// A text without its questions: each sentence that ends in a question mark is left
/// out, line by line (`Discovery calls: what's your stack? What's your timeline?` is
/// `Discovery calls:`), the rest kept as written.
pub(super) fn unasked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut sentence = String::new();
        let mut kept = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            sentence.push(c);
            let ends = matches!(c, '.' | '!' | '?' | ':' | ';' | '？')
                && chars.peek().is_none_or(|n| n.is_whitespace());
            if ends {
                if !matches!(c, '?' | '？') {
                    kept.push_str(&sentence);
                }
                sentence.clear();
            }
        }
        kept.push_str(&sentence);
        out.push_str(kept.trim_end());
        out.push('\n');
    }
    out
}

/// A text without its pointers to stories told elsewhere: each aside in brackets that
/// opens with "see" (`(see the Expense Control Platform: I took over its backend)`)
/// is left out.
pub(super) fn without_pointers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('(') {
        let after = &rest[at + 1..];
        let points = after
            .trim_start()
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("see "));
        match after.find(')').filter(|_| points) {
            Some(close) => {
                out.push_str(&rest[..at]);
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[..=at]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether a lead-in to a list says the list is the writer's stories ("Strong stories
/// include:", "My stories:"), not what the reader's should be ("Your stories should
/// cover:", "Example stories could include:").
pub(super) fn lists_own_stories(lead: &str) -> bool {
    let words = plain_words(lead);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "story" | "stories"))
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "you"
                    | "your"
                    | "should"
                    | "could"
                    | "might"
                    | "must"
                    | "need"
                    | "example"
                    | "examples"
                    | "idea"
                    | "ideas"
                    | "kind"
                    | "kinds"
                    | "type"
                    | "types"
            )
        })
        && !to_reader(lead)
}

/// The mark that opens or closes a fenced block on this line (`` ``` `` or `~~~`), if
/// the line starts with one.
pub(super) fn fence_mark(line: &str) -> Option<&'static str> {
    let trimmed = line.trim_start();
    ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m))
}

/// Whether a title only says it is an example ("Example", "Sample answer", "Example
/// response"): no story's name.
pub(super) fn sample_title(title: &str) -> bool {
    let words = plain_words(title);
    words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "example" | "sample"))
        && words.len() <= 2
        && words.iter().skip(1).all(|w| {
            matches!(
                w.as_str(),
                "answer" | "answers" | "response" | "responses" | "story"
            )
        })
}

/// Whether a text judges people as an interviewer does: it speaks of the candidate or
/// the interviewee, or of looking for "those who", "people who", "someone who".
pub(super) fn judges_people(text: &str) -> bool {
    let words = plain_words(text);
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "candidate" | "candidates" | "interviewee" | "interviewees"
        )
    }) || words.windows(4).any(|w| {
        w[0] == "look"
            && w[1] == "for"
            && matches!(w[2].as_str(), "those" | "people" | "someone" | "anyone")
            && w[3] == "who"
    })
}

/// The letter or number a story is called by (`Story A`, `**STORY 3** · NAME`, `Story
/// G for mistakes`), in capitals: a heading's, or a pointer's to it.
pub(super) fn story_marker(text: &str) -> Option<String> {
    let t = text.trim().trim_start_matches(['#', '*', '_', ' ']);
    let rest = strip_prefix_ignore_case(t, "story ")?.trim_start();
    let rest = rest.strip_prefix('#').unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let len = if digits > 0 {
        digits
    } else if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        1
    } else {
        return None;
    };
    let after = rest[len..].chars().next();
    after
        .is_none_or(|c| !c.is_alphanumeric())
        .then(|| rest[..len].to_ascii_uppercase())
}

/// Every story a text calls by its number or letter, in order: `Story 3 (Reporting)
/// or Story 8` gives 3 and 8.
pub(super) fn story_markers(text: &str) -> Vec<String> {
    let mut markers = Vec::new();
    let mut before: Option<char> = None;
    for (at, c) in text.char_indices() {
        // (A word that ends in "story", `history 2`, calls none.)
        let word_start = before.is_none_or(|b| !b.is_alphanumeric());
        before = Some(c);
        if !word_start || strip_prefix_ignore_case(&text[at..], "story ").is_none() {
            continue;
        }
        if let Some(marker) = story_marker(&text[at..])
            && !markers.contains(&marker)
        {
            markers.push(marker);
        }
    }
    markers
}

/// The number a heading gives its story: `1 · The tool that was not ready`, `3. The
/// outage`, `Story 2: Billing`.
pub(super) fn heading_number(heading: &str) -> Option<u32> {
    let t = heading.trim();
    let t = strip_prefix_ignore_case(t, "story").map_or(t, str::trim_start);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let after = t[digits..].chars().next();
    (digits > 0 && after.is_none_or(|c| !c.is_alphanumeric()))
        .then(|| t[..digits].parse().ok())
        .flatten()
}

/// Whether a text is an index of stories told in full elsewhere in the notes: a list
/// whose every item opens with a story's number (`- **Story 8** (FARO) — Testing
/// Framework: …`), and nothing around it that tells what happened.
pub(super) fn indexes_stories(text: &str) -> bool {
    let item = |line: &str| {
        let line = line.trim();
        line.starts_with(['-', '*', '+']) && !line.starts_with("**")
    };
    let items: Vec<&str> = text
        .lines()
        .filter(|l| item(l))
        .map(|l| l.trim()[1..].trim_start().trim_start_matches(['*', '_']))
        .collect();
    let numbered = |item: &str| {
        strip_prefix_ignore_case(item, "story").is_some_and(|rest| {
            let rest = rest.trim_start().trim_start_matches('#');
            rest.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let around: Vec<&str> = text.lines().filter(|l| !item(l)).collect();
    !items.is_empty() && items.iter().all(|i| numbered(i)) && !tells_events(&around.join("\n"))
}

/// Whether a text says a language model wrote it: "Machine-generated, not reviewed",
/// "AI-generated", "generated by ChatGPT", opening a sentence, or in a short one (a
/// dozen words at most) that speaks of writing ("This page is AI-generated"). A
/// sentence that only speaks of such work ("…whether you can direct work including
/// machine-generated work", "Questions arose about the quality of AI-generated
/// circuits") says nothing of the text.
pub(super) fn says_generated(text: &str) -> bool {
    const MARKS: &[&str] = &[
        "machine-generated",
        "machine generated",
        "ai-generated",
        "ai generated",
        "generated by ai",
        "generated by chatgpt",
        "generated by gpt",
        "llm-generated",
    ];
    // What a sentence about the text itself names.
    const WRITING: &[&str] = &[
        "page",
        "pages",
        "answer",
        "answers",
        "content",
        "text",
        "notes",
        "note",
        "file",
        "document",
        "draft",
        "drafts",
        "response",
        "responses",
        "story",
        "stories",
        "guide",
        "post",
        "article",
        "written",
        "this",
        "these",
    ];
    let lower = text.to_lowercase();
    sentences(&lower).any(|sentence| {
        let bare = sentence
            .trim()
            .trim_start_matches(['*', '_', '>', '#', '(', '[', ' ']);
        let of_writing = || {
            let words = plain_words(bare);
            words.len() <= 12 && words.iter().any(|w| WRITING.contains(&w.as_str()))
        };
        // The mark says what is generated: the writing itself, or the thing the word
        // after it names ("AI-generated test suggestions" are suggestions, not notes).
        let of_what = |mark: &str| {
            bare.match_indices(mark).any(|(at, _)| {
                let after = &bare[at + mark.len()..];
                match after.strip_prefix(' ') {
                    Some(rest) => {
                        let next: String =
                            rest.chars().take_while(|c| c.is_alphanumeric()).collect();
                        next.is_empty() || WRITING.contains(&next.as_str())
                    }
                    None => true,
                }
            })
        };
        MARKS.iter().any(|mark| {
            bare.contains(mark) && of_what(mark) && (bare.starts_with(mark) || of_writing())
        })
    })
}

/// Whether the notes' first heading credits a language model as their author, in a
/// remark that names it and nothing more than a date (`## Interview Answers (ChatGPT,
/// 2024)`): the answers under it are the model's.
pub(super) fn credits_model(text: &str) -> bool {
    const MODELS: &[&str] = &[
        "chatgpt", "gpt", "gpt-3.5", "gpt-4", "gpt-4o", "claude", "gemini", "copilot", "bard",
    ];
    let Some(heading) = text.lines().find_map(|l| l.trim_start().strip_prefix('#')) else {
        return false;
    };
    let Some(remark) = heading
        .trim()
        .strip_suffix(')')
        .and_then(|h| h.rsplit_once('('))
        .map(|(_, r)| r.to_lowercase())
    else {
        return false;
    };
    let mut parts = remark.split([',', ' ']).filter(|w| !w.is_empty());
    parts.next().is_some_and(|first| MODELS.contains(&first))
        && parts.all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == '/')
        })
}

/// Whether a text opens by crediting a language model with what follows (`Chat GPT -
/// I suppose one time I…`, `ChatGPT: …`, `Claude — …`): the model's answer.
pub(super) fn model_answer(text: &str) -> bool {
    const MODELS: &[&str] = &[
        "chatgpt", "gpt", "gpt-3.5", "gpt-4", "gpt-4o", "claude", "gemini", "copilot", "bard",
    ];
    let first = text.trim_start().lines().next().unwrap_or("");
    let first = first.trim_start_matches(['*', '_', '>', ' ']);
    let lead = [":", " - ", " — ", " – "]
        .iter()
        .filter_map(|mark| first.find(mark))
        .min()
        .map(|at| &first[..at]);
    lead.is_some_and(|lead| {
        let name: String = lead
            .trim_matches(['*', '_', ' '])
            .to_lowercase()
            .split_whitespace()
            .collect();
        MODELS.contains(&name.as_str())
    })
}

/// A text's sentences, line by line, each with the stop that ends it.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .flat_map(|line| line.split_inclusive(['.', '!', '?', ';']))
}

/// Whether a text asks more than it tells: six sentences or more that end in a
/// question mark, and no more sentences of three words or more that do not. A story
/// told is statements, with a question or two in it at most ("What could I do?"); a
/// frame of one lists what to say as questions ("What was the situation? When? Where?
/// What made it difficult?").
pub(super) fn asks_more_than_tells(text: &str) -> bool {
    let (mut asked, mut told) = (0, 0);
    for sentence in text
        .lines()
        .flat_map(|line| line.split_inclusive(['.', '!', '?', ';', '？', '。', '！']))
    {
        let sentence = sentence
            .trim()
            .trim_end_matches(['*', '_', '"', '”', ')', ' ']);
        if sentence.ends_with(['?', '？']) {
            asked += 1;
        } else if sentence.split_whitespace().count() >= 3 {
            told += 1;
        }
    }
    asked >= 6 && asked >= told
}

/// What a line wholly in bold names after the word for an example and a dash or a
/// colon, the line ending on a colon: `**Example — disagreeing with a designer:**`,
/// `**Example 2: the late export:**`, `**Ví dụ — Frontend (UI hỏng trên prod):**`. A
/// label over a telling of its own; `None` for any other line.
pub(super) fn example_name(text: &str) -> Option<String> {
    const EXAMPLE: &[&str] = &[
        "example",
        "ví dụ",
        "exemple",
        "ejemplo",
        "beispiel",
        "esempio",
        "exemplo",
        "пример",
        "例子",
        "示例",
        "예시",
    ];
    let inner = bold_line(text)?.strip_suffix([':', '：'])?.trim_end();
    let lower = inner.to_lowercase();
    let word = EXAMPLE.iter().find(|w| lower.starts_with(*w))?;
    // (Lowercasing keeps these words' byte lengths.)
    let rest = inner.get(word.len()..)?;
    let rest = rest
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    let name = rest.strip_prefix(['—', '–', '-', ':'])?.trim();
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 3).then(|| name.to_string())
}

/// Whether a `<details>` block's summary names only the answer it hides, in a few
/// words: `Show answer`, `👉 Suggested answer (STAR)`, `答案`, `Xem câu trả lời` ("see
/// the answer"). It names no story: the story's words and its question do. (One that
/// calls the answer a sample is a guide's label, read as such.)
pub(super) fn names_only_an_answer(summary: &str) -> bool {
    const ANSWER: &[&str] = &[
        "answer",
        "answers",
        "response",
        "réponse",
        "respuesta",
        "resposta",
        "antwort",
        "risposta",
        "ответ",
        "回答",
        "答案",
        "解答",
        "답변",
        "trả lời",
    ];
    // (`Sample answer`, `답변 예시`: a guide's sample, named so: see `sample_heading`.)
    if sample_heading(summary) {
        return false;
    }
    let lower = summary.to_lowercase();
    let words = plain_words(&lower);
    (1..=5).contains(&words.len())
        && ANSWER.iter().any(|answer| {
            if answer.contains(' ') {
                lower.contains(answer)
            } else if !answer.is_ascii() && answer.chars().count() <= 2 {
                // (Written without spaces, the word ends what the summary says: 查看答案,
                // "see the answer"; 回答策略, "a strategy for answering", names more.)
                let letters: String = lower.chars().filter(|c| c.is_alphabetic()).collect();
                letters.ends_with(answer)
            } else {
                words.iter().any(|w| w == answer)
            }
        })
}

/// Whether notes say the stories in them are a guide's, to be replaced by the reader's
/// own: a sentence that calls them templates, samples or examples ("These are 10
/// template stories from a payments engineer's perspective"), and one that tells the
/// reader to put their own in ("Customize with your actual experiences"); or notes
/// whose title calls them a template, with a heading that calls stories examples
/// (`## Story Examples`); or a sentence telling the reader to replace the companies in
/// them with their own ("Replace company names, metrics, and tech with your real
/// details"). A story template the writer filled in says the first of the form, not of
/// the stories.
pub(super) fn says_templates(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    let sentences: Vec<&str> = sentences(&lower).collect();
    let called = sentences.iter().any(|sentence| {
        let words = plain_words(sentence);
        words.windows(2).any(|pair| {
            matches!(
                pair[0].as_str(),
                "template" | "sample" | "example" | "fictional" | "hypothetical" | "illustrative"
            ) && matches!(pair[1].as_str(), "stories" | "answers")
        })
    });
    // A sentence that tells the reader to put their own in.
    let puts_yours = |sentence: &&str| {
        [
            "customize",
            "customise",
            "replace",
            "adapt",
            "swap",
            "substitute",
        ]
        .iter()
        .any(|verb| sentence.contains(verb))
            && ["your actual", "your own", "your real"]
                .iter()
                .any(|own| sentence.contains(own))
    };
    let yours = || sentences.iter().any(puts_yours);
    // `# Interview Story Bank — STAR+Reflection Template` over `## Story Examples`: notes
    // whose title calls them a template, their stories under a heading that calls them
    // examples.
    let titled = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| {
            l.trim_start().starts_with("# ") && plain_words(l).iter().any(|w| w == "template")
        });
    let examples = || {
        text.lines().any(|line| {
            let words = plain_words(line);
            line.trim_start().starts_with('#')
                && words
                    .iter()
                    .any(|w| matches!(w.as_str(), "example" | "examples" | "sample" | "samples"))
                && words.iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "story"
                            | "stories"
                            | "example"
                            | "examples"
                            | "sample"
                            | "samples"
                            | "star"
                    )
                })
        })
    };
    // ("Replace company names, metrics, and tech with your real details": the stories
    // are set in companies not the reader's, whatever they are called.)
    let elsewhere = || {
        sentences.iter().any(|sentence| {
            puts_yours(sentence)
                && ["company name", "companies", "employer"]
                    .iter()
                    .any(|setting| sentence.contains(setting))
        })
    };
    called && yours() || titled && examples() || elsewhere()
}

/// Whether a story is told of someone else: never "I", "we" or the like (the writer
/// is not in it), and "she" or "he" (or "her", "his", "him") twice or more, or its
/// action done by "she" or "he" ("She designed the adapters…").
pub(super) fn told_of_another(text: &str, action: &str) -> bool {
    let words = words_of(&unquoted(text));
    // ("He's", "she'd": the pronoun with its verb run on.)
    let third = words
        .iter()
        .filter(|w| {
            let pronoun = w.split_once('\'').map_or(w.as_str(), |(p, _)| p);
            matches!(pronoun, "she" | "he" | "her" | "his" | "him")
        })
        .count();
    let acted = matches!(
        words_of(action).first().map(String::as_str),
        Some("she" | "he")
    );
    // (`**Quote**: "Eu decidi assumir…"`: the story's own words, quoted, in the first
    // person: the writer's story, summed up by someone else in the third.)
    // (A quotation in capitals, `"What I Actually Built" sections`, names something;
    // no one says it.)
    let said = || {
        let quoted = quoted(text);
        let said: Vec<&str> = quoted.lines().filter(|q| !names_in_capitals(q)).collect();
        persons(&said.join("\n")).0
    };
    (third >= 2 || acted) && persons(text).0 == 0 && writer_in_cjk(text) == 0 && said() == 0
}

/// Whether a few words are a name set in capitals (`What I Actually Built`, `Lessons
/// From The Field`): two words or more, each of four letters or more capitalised.
fn names_in_capitals(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 2
        && words.iter().all(|w| {
            let letters = w.trim_matches(|c: char| !c.is_alphabetic());
            letters.chars().count() < 4 || letters.starts_with(char::is_uppercase)
        })
        && words
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
}

/// The words of a text inside quotation marks, a quotation a line: the complement of
/// [`unquoted`].
pub(super) fn quoted(text: &str) -> String {
    let mut quoted = String::new();
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(close) if c == close => {
                closing = None;
                quoted.push('\n');
            }
            Some(_) => quoted.push(c),
            None => closing = closing_quote(c),
        }
    }
    quoted
}

/// Whether a part's first line says again what a part of an answer is, in words about
/// answers, not about anything that happened: "Describe the context", "Specific steps
/// taken", "The outcome of actions", "Situation (two sentences)". Half its words or more are such words, eight
/// words at most, none of them the writer's "I".
pub(super) fn glosses_part(text: &str) -> bool {
    const GLUE: &[&str] = &[
        "the", "a", "an", "of", "on", "to", "for", "and", "in", "your", "you", "what", "was",
    ];
    const ABOUT_ANSWERS: &[&str] = &[
        "context",
        "background",
        "setting",
        "scene",
        "responsibility",
        "responsibilities",
        "role",
        "goal",
        "goals",
        "objective",
        "steps",
        "step",
        "actions",
        "action",
        "outcome",
        "outcomes",
        "result",
        "results",
        "impact",
        "describe",
        "explain",
        "elaborate",
        "specific",
        "situation",
        "task",
        "challenge",
        "taken",
        "achieved",
        "did",
        "done",
        // `Situation (two sentences)`: how long to tell the part.
        "sentence",
        "sentences",
        "seconds",
        "minutes",
    ];
    let glosses = |phrase: &str| {
        let words: Vec<String> = plain_words(phrase)
            .into_iter()
            .filter(|w| !GLUE.contains(&w.as_str()))
            .collect();
        !words.is_empty()
            && words.len() <= 8
            && persons(phrase).0 == 0
            && words
                .iter()
                .filter(|w| ABOUT_ANSWERS.contains(&w.as_str()))
                .count()
                * 2
                >= words.len()
    };
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    // (`context (role, team, market). Minimum needed.`: the gloss is the line's first
    // phrase, what it holds in parentheses after it, advice in the sentences after,
    // in which nothing happened.)
    let phrase = first
        .split_once(". ")
        .filter(|(_, advice)| first_person_events(advice) == 0);
    glosses(first) || phrase.is_some_and(|(phrase, _)| glosses(&without_remarks(phrase)))
}

/// Whether a text reports what someone else said: outside its quotations no one
/// speaks in the first person, and it says twice or more that someone "said" ("…,”
/// Samson Adams said."): an article quoting a person, not the writer's story.
pub(super) fn reports_another(text: &str) -> bool {
    let outside = unquoted(text);
    let said = words_of(&outside)
        .iter()
        .filter(|w| matches!(w.as_str(), "said" | "says"))
        .count();
    said >= 2 && persons(&outside).0 == 0 && writer_in_cjk(text) == 0
}

/// Whether a text tells its story only inside quotation marks and says, outside them,
/// that it gives a sample or example answer ("Before we take a look at a sample
/// response to this question…" over "“One evening, at the change of shift, I…”"): a
/// guide's sample, not the reader's story.
pub(super) fn quotes_a_sample(text: &str) -> bool {
    let outside = unquoted(text);
    let words = plain_words(&outside);
    let names_sample = words.windows(2).any(|w| {
        matches!(w[0].as_str(), "sample" | "example" | "model")
            && matches!(
                w[1].as_str(),
                "response" | "responses" | "answer" | "answers"
            )
    });
    names_sample && first_person_events(&outside) == 0 && first_person_events(text) > 0
}

/// Whether a text says the answers around it are made from the reader's own
/// experience: "tailored to your profile", "based on your resume", "using your own
/// projects", "built from your context" (a chat assistant's reply, kept as the
/// reader's notes).
pub(super) fn made_for_reader(text: &str) -> bool {
    let lower = text.to_lowercase().replace('*', "");
    // "It is written in first person so you can speak it directly": the answers are
    // the reader's own words, to be said as they stand.
    if ["written in first person", "written in the first person"]
        .iter()
        .any(|said| lower.contains(said))
    {
        return true;
    }
    // "33 questions with personalized answers": answers made for the one reader, from
    // their own work.
    if ["personalized answer", "personalised answer"]
        .iter()
        .any(|said| lower.contains(said))
    {
        return true;
    }
    // "This document helps you articulate your project", "…to help you articulate the
    // technical depth … of your homelab project": notes on the reader's own project,
    // to say in their words.
    let own_project = sentences(&lower).any(|sentence| {
        let words = plain_words(sentence);
        let says = words
            .iter()
            .any(|w| matches!(w.as_str(), "articulate" | "explain" | "present"));
        let yours = words.iter().enumerate().any(|(i, w)| {
            w == "your"
                && words
                    .iter()
                    .skip(i + 1)
                    .take(3)
                    .any(|next| matches!(next.as_str(), "project" | "projects" | "portfolio"))
        });
        says && yours
    });
    if own_project {
        return true;
    }
    [
        "tailored to your",
        "based on your",
        "using your own",
        "drawn from your",
        "built from your",
    ]
    .iter()
    .any(|lead| {
        lower.match_indices(lead).any(|(i, _)| {
            let rest = &lower[i + lead.len()..];
            [
                " profile",
                " resume",
                " résumé",
                " cv",
                " experience",
                " projects",
                " background",
                " work",
                " context",
            ]
            .iter()
            .any(|what| rest.starts_with(what))
        })
    }) || names_own_work(text)
}

/// Whether a text calls the reader's own work by its name: "your", a word or two, then
/// a name in capitals and what it is ("drawn from your real MCSE work", "built from
/// your real PNS/AI work", "Your MCSE career"): notes made from that work, for its
/// reader. ("Your own projects" names none: a guide's words to any reader.)
fn names_own_work(text: &str) -> bool {
    // (A quotation's `>` that starts a line is no word.)
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let name = |w: &str| {
        w.chars().filter(|c| c.is_uppercase()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let work = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "work" | "career" | "project" | "projects" | "platform" | "system"
        )
    };
    words.iter().enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case("your")
            && (i + 1..(i + 4).min(words.len()))
                .any(|j| name(words[j]) && words.get(j + 1).is_some_and(|next| work(next)))
    })
}

/// Whether what the writer did and what came of it (a story's Action and Result) tells
/// three things or more that they did, each begun with its verb in the past, as notes
/// leave out "I" ("Asked senior engineers…; walked the team through it"), with a "you"
/// or two at most: the writer's own story, though its scene may speak to "you" (the
/// feedback they were given: "you need to think beyond your own tasks"). A guide's
/// template tells the reader what to do, its verbs in the past are participles ("the
/// hours invested", "defects prevented").
pub(super) fn tells_deeds(deeds: &str) -> bool {
    // (Each clause of a sentence counts, as notes run deeds together: "Took a course,
    // studied its source, and taught two sessions". An abbreviation's stops end nothing.)
    let text = unquoted(deeds).replace("e.g.", "eg").replace("i.e.", "ie");
    let done = text
        .split(['.', '!', '?', ';', ',', '\n'])
        .filter(|clause| {
            let words = words_of(clause);
            let first = match words.first().map(String::as_str) {
                Some("and" | "then") => words.get(1),
                _ => words.first(),
            };
            first.is_some_and(|w| past(w))
        })
        .count();
    done >= 3 && persons(deeds).1 <= 2
}

/// Whether a text leaves a slot in braces for words to come, a name of one to three
/// words (`{principle}`, `{your role}`, `{specific_project}`), as a prompt or a form
/// does: not code, whose braces hold more.
pub(super) fn braced_slot(text: &str) -> bool {
    text.split('{').skip(1).any(|after| {
        after.split_once('}').is_some_and(|(inside, _)| {
            let words = inside.split_whitespace().count();
            (1..=3).contains(&words)
                && inside
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '_' || c == ' ' || c == '-')
        })
    })
}

/// Whether a list item names a story: its first line a name of a few words (not a
/// sentence, a question, a label or a principle's name), and what is under it, if
/// anything, the writer's reminder of the story, no part labelled.
pub(super) fn named_entry(item: &str, set: &PrincipleSet) -> bool {
    let item = item.trim();
    let (name, rest) = item.split_once('\n').unwrap_or((item, ""));
    let name = name.trim();
    let words = words_of(name).len();
    (1..=10).contains(&words)
        && !name.ends_with(['.', ':', '?', '!'])
        && !is_question(name)
        && split_label(name).is_none()
        && heading_principles(name, set).is_empty()
        && rest.lines().all(|line| split_label(line.trim()).is_none())
        && {
            // (What is under the name tells what the writer did, "I took a step back…",
            // "Helped a new colleague…"; advice under a name, "Ask what they need
            // before you build.", makes the list a guide's steps.)
            let reminder = rest.trim().trim_matches('`').trim();
            reminder.is_empty()
                || (first_person_events(reminder) > 0 || opens_on_deed(reminder))
                    && !is_question(reminder)
                    && !to_reader(reminder)
        }
}

/// Whether a heading leaves a slot in brackets for a name to come, whole or after its
/// label (`[Project Name]`, `Mentoring Relationship: [Mentee Name/Role]`), as a
/// template's headings do: not a link (`[the intern program](…)`), nor a year or a
/// note beside a name (`Mentoring Ana [2023]`). A slot in braces is one too, after a
/// number and before a remark (`1. {Story name} (TODO)`).
pub(super) fn slot_heading(heading: &str) -> bool {
    let heading = heading.trim().trim_matches(['*', '_']).trim();
    let value = heading
        .rsplit_once([':', '：'])
        .map_or(heading, |(_, value)| value)
        .trim();
    let named =
        value.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | ' '));
    let named = match named.rfind('(') {
        Some(at) if named.ends_with(')') => named[..at].trim_end(),
        _ => named,
    };
    if named.starts_with('{') && named.ends_with('}') && braced_slot(named) {
        return true;
    }
    value.starts_with('[')
        && value.ends_with(']')
        && value[1..value.len() - 1]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            >= 3
        && !value[1..value.len() - 1].contains(['[', ']'])
}

/// Whether a line tells its reader what to write and leads to an example of it: it
/// speaks to the reader, not of the writer, and ends on a few words that call what
/// follows an example or a template (`…add a STAR here. Example template:`, `Use this
/// shape. For example:`).
pub(super) fn introduces_example(line: &str) -> bool {
    let line = line.trim();
    if line.contains('\n') || !line.ends_with([':', '：']) {
        return false;
    }
    let last = line
        .trim_end_matches([':', '：'])
        .rsplit(['.', '!', ';'])
        .next()
        .unwrap_or("");
    let words = plain_words(last);
    let (writer, reader) = persons(line);
    (1..=3).contains(&words.len())
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "example" | "template" | "sample" | "e.g"))
        && reader > 0
        && writer == 0
}

/// Whether a text hands its reader words to say: a sentence addressed to the reader,
/// asking nothing, that ends on a colon after saying how they could answer ("For
/// instance, you could answer like this:", "you can say:", 比如说你可以这样：,
/// 那么就可以这样介绍：, "then you can present it like this:"). What follows the colon
/// is a guide's sample, not the writer's story.
pub(super) fn offers_words_to_reader(text: &str) -> bool {
    text.lines().any(|line| {
        let mut before = line;
        while let Some(at) = before.rfind([':', '：']) {
            // (Not a link's, `http://…`.)
            let link = before[at..].starts_with("://");
            before = &before[..at];
            if link {
                continue;
            }
            // The sentence the colon ends: back to the stop before it, within a long
            // sentence's length (a line of colons and no stop is read in linear time).
            let mut start = before.len().saturating_sub(600);
            while !before.is_char_boundary(start) {
                start += 1;
            }
            let window = &before[start..];
            let Some(sentence) = window
                .rsplit_once(['.', '!', '?', '。', '！', '？'])
                .map(|(_, s)| s)
                .or((start == 0).then_some(window))
            else {
                continue;
            };
            let sentence = sentence.trim().trim_matches(['*', '_', '>', ' ']);
            if hands_words(sentence) {
                return true;
            }
        }
        false
    })
}

/// See [`offers_words_to_reader`]: one sentence, before its colon.
fn hands_words(sentence: &str) -> bool {
    let (writer, reader) = persons(sentence);
    if writer > 0 || reader == 0 || is_question(sentence) {
        return false;
    }
    if sentence.chars().any(is_han) {
        // Chinese: "like this" (这样, 这么) ending it, or a verb of saying with it.
        let tail = sentence.trim_end();
        return ["这样", "这么", "如下"].iter().any(|t| tail.ends_with(t))
            || [
                "这样说",
                "这样回答",
                "这样介绍",
                "这样讲",
                "可以说",
                "这么说",
            ]
            .iter()
            .any(|t| sentence.contains(t));
    }
    let words = plain_words(sentence);
    let has = |w: &str| words.iter().any(|x| x == w);
    let like_this = words.windows(2).any(|p| p[0] == "like" && p[1] == "this");
    // "you could say", "you might answer", "you can reply": a verb of saying after
    // a modal, or "like this" ending the sentence.
    let modal = ["could", "can", "might", "would", "should"]
        .iter()
        .any(|m| has(m));
    let saying = ["say", "answer", "respond", "reply", "phrase"]
        .iter()
        .any(|v| has(v));
    modal && saying || like_this && words.last().is_some_and(|w| w == "this")
}

/// Whether a line alone labels the answer after it as an example or a sample, not the
/// writer's own: `**Example Answer (STAR):**`, `Sample answer:`, `Model response:`,
/// `**Template story:**`.
pub(super) fn sample_label(line: &str) -> bool {
    // (A backslash at the end of the line is Markdown's hard line break, not the
    // label's: `**Sample answer (STAR):**\`.)
    let line = line.trim().trim_end_matches('\\').trim_end();
    let line = line.trim_matches(['*', '_']).trim();
    if !line
        .trim_end_matches(['*', '_'])
        .trim_end()
        .ends_with([':', '：'])
    {
        return false;
    }
    let words = plain_words(&without_remarks(line));
    words.len() <= 4
        && words.windows(2).any(|pair| {
            matches!(pair[0].as_str(), "example" | "sample" | "model" | "template")
                && matches!(
                    pair[1].as_str(),
                    "answer" | "answers" | "response" | "responses"
                )
                // (`**Template story:**`: a story no one lived, a shape to fill; one's
                // own "example story" may be theirs.)
                || pair[0] == "template" && matches!(pair[1].as_str(), "story" | "stories")
        })
        // (Or a label that names a sample answer in another language: `**Câu Trả Lời
        // Mẫu (STAR):**`, `**Пример ответа:**`.)
        || words.len() <= 5
            && words.iter().any(|w| !w.is_ascii())
            && sample_heading(line.trim_end_matches([':', '：']))
}

/// Whether a line opens with a label, on the same line as what follows it, that names
/// the answer a model or a sample (`STAR Model Answer: There was a disagreement I had…`,
/// `**Sample response:** I called the client…`): a guide's answer, set out to copy,
/// not the writer's own.
pub(super) fn opens_on_sample_label(line: &str) -> bool {
    let line = strip_marker(line.trim());
    let Some((head, rest)) = line.split_once([':', '：']) else {
        return false;
    };
    let rest = rest.trim_start_matches(['*', '_', ' ']);
    !rest.trim().is_empty()
        && sample_label(&format!("{head}:"))
        && plain_words(head)
            .iter()
            .any(|w| matches!(w.as_str(), "model" | "sample"))
}

/// Whether a heading or label names a sample answer and nothing else: "Example
/// Response", "Sample answer", "A model answer (STAR)", "Answer Framework", "Sample
/// Answer Structure" (a remark after a dash aside: "Sample Answer — for calibration").
pub(super) fn sample_heading(heading: &str) -> bool {
    // `Sample Answer — for calibration`: what the heading names, then a remark on it;
    // `Example Answer 1: Disagreeing with Your Manager`, then what it is about.
    if let Some((named, _)) = heading.split_once(['—', '–', ':'])
        && !named.trim().is_empty()
    {
        return sample_heading(named);
    }
    let words = plain_words(heading);
    // `**Framework:**` over a story's labelled parts: the guide's shape of an answer.
    if words == ["framework"] {
        return true;
    }
    // (And the same in other languages: "Пример ответа", "Ejemplo de respuesta",
    // "Exemple de réponse", "답변 예시"; one word in German and Chinese.)
    if words.iter().any(|w| {
        matches!(
            w.as_str(),
            "beispielantwort" | "示例回答" | "回答示例" | "参考回答" | "回答例" | "模範解答"
        )
    }) && words.len() <= 2
    {
        return true;
    }
    let kind = [
        "example",
        "sample",
        "model",
        "framework",
        "пример",
        "образец",
        "ejemplo",
        "exemplo",
        "exemple",
        "예시",
        // (`Câu Trả Lời Mẫu`: "answer, sample" in Vietnamese.)
        "mẫu",
    ];
    let answer = [
        "response",
        "responses",
        "answer",
        "answers",
        "ответа",
        "ответ",
        "respuesta",
        "resposta",
        "réponse",
        "답변",
        "lời",
    ];
    let other = [
        "a",
        "an",
        "the",
        "de",
        "câu",
        "trả",
        // (`STAR 구조 예시`, "an example of the STAR structure": the shape of an
        // answer, shown; a sample as much as one named an answer.)
        "구조",
        "star",
        "good",
        "strong",
        "great",
        "ideal",
        "method",
        "structure",
        "outline",
    ];
    words.iter().any(|w| kind.contains(&w.as_str()))
        && words.iter().any(|w| {
            answer.contains(&w.as_str()) || matches!(w.as_str(), "star" | "structure" | "구조")
        })
        && words.iter().all(|w| {
            kind.contains(&w.as_str())
                || answer.contains(&w.as_str())
                || other.contains(&w.as_str())
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Whether a lead-in line names the outline of an answer, nobody's in it: a word for
/// an answer and one for its shape, six words at most, ending where the list begins
/// (`Strong answer structure:`, `Answer outline:`, `Story template:`). Not "my": the
/// writer's outline of their own answer is their story in short.
pub(super) fn names_answer_outline(text: &str) -> bool {
    let text = text.trim().trim_matches(['*', '_']).trim();
    let Some(lead) = text.strip_suffix(':') else {
        return false;
    };
    let words = plain_words(lead);
    words.len() <= 6
        && !text.contains('\n')
        && persons(lead).0 == 0
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "answer" | "answers" | "response" | "story"))
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "structure" | "outline" | "skeleton" | "template" | "shape"
            )
        })
}

/// Whether a sentence announces what its speaker is about to say rather than tells
/// anything (`First of all I'd like to give a quick overview…`, `Let me start with some
/// background.`, `To begin, a word on the project.`).
pub(super) fn announces(sentence: &str) -> bool {
    let lower = sentence
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace('’', "'");
    let lower = lower
        .strip_prefix("first of all")
        .or_else(|| lower.strip_prefix("to begin"))
        .or_else(|| lower.strip_prefix("to start"))
        .or_else(|| lower.strip_prefix("so"))
        .map_or(lower.as_str(), |rest| rest.trim_start_matches([',', ' ']));
    [
        "i'd like to give",
        "i would like to give",
        "i'd like to start",
        "i would like to start",
        "i'd like to begin",
        "let me give",
        "let me start",
        "let me begin",
        "i'll start with",
        "i will start with",
        "i'll begin with",
    ]
    .iter()
    .any(|opening| lower.starts_with(opening))
}

/// Whether a label says how to tell or answer (`How to tell it`, `How to answer`,
/// `Cách kể câu chuyện chuẩn Senior`, "how to tell the story, the Senior way"): over a
/// telling, in notes that advise their reader, it shows the shape of one.
pub(super) fn how_to_tell(label: &str) -> bool {
    let lower = label.trim().to_lowercase();
    [
        "how to tell",
        "how to answer",
        "how to say",
        "cách kể",
        "cách trả lời",
    ]
    .iter()
    .any(|how| lower.starts_with(how))
}

/// Whether a sentence defines a thing rather than tells what happened: a name of a few
/// words, then "is a…", "is the…", "are…" or ", also known as…", no word of the
/// writer's or the reader's ("DevOps is a cultural shift that merges…",
/// "An API, also known as an application programming interface, is…"). "The client is
/// a bank" sets a scene (a name does not open on "the"); "Kafka is a broker we chose"
/// speaks of the writer.
pub(super) fn defines_a_thing(sentence: &str) -> bool {
    let words = plain_words(sentence);
    let (writer, reader) = persons(sentence);
    // (Words in the past may qualify it, "a linked toolchain", "required
    // functionality"; its verb is "is" or "are".)
    if writer > 0 || reader > 0 {
        return false;
    }
    let lower = sentence.to_lowercase();
    if lower.contains(", also known as") || lower.contains(", also called") {
        return true;
    }
    let Some(verb) = words.iter().position(|w| w == "is" || w == "are") else {
        return false;
    };
    let opens_on_a_name = !matches!(
        words.first().map(String::as_str),
        Some(
            "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "it"
                | "there"
                | "here"
                | "he"
                | "she"
                | "they"
                | "what"
                | "which"
                | "who"
                | "one"
        )
    );
    (1..=8).contains(&verb)
        && opens_on_a_name
        && (words[verb] == "are"
            || words
                .get(verb + 1)
                .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the")))
}

/// Whether a text speaks to its reader ("you", 你) more often than of its writer: advice.
pub(super) fn to_reader(text: &str) -> bool {
    let (writer, reader) = persons(text);
    reader > writer
}

/// Whether a story's title only says its story is still to find: `— NEEDED`, `TODO`,
/// `Story needed`, `(missing)`.
pub(super) fn still_needed(title: &str) -> bool {
    let words = words_of(title);
    let marks = |w: &str| matches!(w, "needed" | "todo" | "tbd" | "missing");
    words.iter().any(|w| marks(w))
        && words.iter().all(|w| {
            marks(w)
                || matches!(
                    w.as_str(),
                    "story" | "stories" | "still" | "to" | "do" | "find" | "write"
                )
        })
}

/// Whether a text is a note to find or write stories, a to-do of the preparation
/// (`Come up with a bunch of examples that reflect these leadership values.`, `Think of
/// stories for each principle`, `Need to write more answers`): a sentence or two, thirty
/// words at most, that bids the writer make examples, stories or answers (the plural,
/// or "a story for"), and tells nothing that happened.
pub(super) fn story_todo(text: &str) -> bool {
    let words = words_of(text);
    let bids = match words.as_slice() {
        [first, second, ..] => {
            matches!(
                (first.as_str(), second.as_str()),
                ("come", "up")
                    | ("think", "of")
                    | ("think", "about")
                    | ("need", "to")
                    | ("needs", "to")
                    | ("have", "to")
                    | ("find", _)
                    | ("write", _)
                    | ("add", _)
                    | ("collect", _)
                    | ("gather", _)
                    | ("brainstorm", _)
                    | ("todo", _)
            )
        }
        _ => false,
    };
    let made = words.windows(2).any(|pair| {
        matches!(
            pair[0].as_str(),
            "examples" | "stories" | "answers" | "anecdotes"
        ) || pair[0] == "story" && pair[1] == "for"
    }) || words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "examples" | "stories" | "answers"));
    bids && made && words.len() <= 30 && !words.iter().any(|w| past(w)) && !text.contains('\n')
}

/// Whether notes open as a lesson does: among their first three headings, one of what
/// its reader will learn (`## Learning Objectives`, `## Learning Goals`, `## What
/// you'll learn`), and under it the reader spoken to (`By the end of this day, you
/// should:`) and no word of a writer's own ("I", "my"). A lesson's answers are its
/// samples, no one's story.
///
/// (A heading in HTML, `<h2 style="…">🎯 Learning Objectives</h2>` inside a coloured
/// box, is a heading too.)
///
/// Or notes that say anywhere when their reader will have learned them: "You have
/// mastered this topic when you can:", "By the end of this module you…" (see
/// [`states_mastery`]).
pub(super) fn lesson_page(markdown: &str) -> bool {
    objectives_first(markdown) || states_mastery(markdown)
}

/// Whether a line outside code fences tells the reader when they will have learned
/// what the notes teach: "You have mastered this topic when you can:", "You are
/// interview-ready when you can:", "By the end of this lesson, you…", no "I" in it. A
/// course's words to its learner.
fn states_mastery(markdown: &str) -> bool {
    let mut fenced = false;
    markdown.lines().any(|line| {
        if fence_mark(line).is_some() {
            fenced = !fenced;
            return false;
        }
        let words = plain_words(line);
        let at = |i: usize| words.get(i).map(String::as_str);
        let mastered = at(0) == Some("you") && at(1) == Some("have") && at(2) == Some("mastered");
        // ("You are interview-ready when you can:" over the list of what the reader
        // will be able to do: the same, said of being ready.)
        let ready = at(0) == Some("you")
            && words.len() <= 10
            && line.trim_end().ends_with(':')
            && words.windows(3).any(|w| w == ["when", "you", "can"]);
        let by_the_end = words.len() > 6
            && words[..5] == ["by", "the", "end", "of", "this"]
            && matches!(
                at(5),
                Some("lesson" | "module" | "chapter" | "topic" | "course" | "unit" | "section")
            )
            && words.iter().any(|w| w == "you");
        !fenced
            && (mastered || ready || by_the_end)
            && !words.iter().any(|w| FIRST_PERSON.contains(w.as_str()))
    })
}

/// Whether notes open as a lesson does (see [`lesson_page`]): one of their first three
/// headings names what the reader will learn, and speaks to them under it.
fn objectives_first(markdown: &str) -> bool {
    let mut headings = 0;
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let marks = trimmed.bytes().take_while(|&b| b == b'#').count();
        let title = if (1..=6).contains(&marks) && trimmed[marks..].starts_with([' ', '\t']) {
            &trimmed[marks..]
        } else if let Some(title) = html_heading(trimmed) {
            title
        } else {
            continue;
        };
        headings += 1;
        if headings > 3 {
            return false;
        }
        let words = plain_words(title);
        let learns = matches!(
            words
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice(),
            ["learning", "objectives" | "goals" | "outcomes"]
                | ["what", "you", "will" | "ll", "learn"]
                | ["what", "you'll", "learn"]
        );
        if !learns {
            continue;
        }
        let under: Vec<String> = lines
            .clone()
            .take_while(|l| !l.trim_start().starts_with('#'))
            .flat_map(plain_words)
            .collect();
        return under.iter().any(|w| matches!(w.as_str(), "you" | "your"))
            && !under.iter().any(|w| FIRST_PERSON.contains(w.as_str()));
    }
    false
}

/// The text of a line that is a heading in HTML (`<h2 style="margin: 0">Learning
/// Objectives</h2>`), its tags taken off.
fn html_heading(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("<h")?;
    let level = rest.chars().next().filter(|c| ('1'..='6').contains(c))?;
    let rest = &rest[1..];
    if !rest.starts_with(['>', ' ']) {
        return None;
    }
    let open = rest.find('>')?;
    let inner = &rest[open + 1..];
    let close = inner.find(&format!("</h{level}"))?;
    Some(inner[..close].trim())
}

/// Whether a text opens by counting what it gives, reasons or things (`Three reasons:
/// First, …`, `"Two things —`, `3 reasons:`), a number and the word, then a colon or a
/// dash: a list of reasons or wants, however it is laid out.
pub(super) fn counts_reasons(text: &str) -> bool {
    let opening = text
        .trim_start()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let mut words = opening.split_whitespace();
    let (Some(count), Some(what)) = (words.next(), words.next()) else {
        return false;
    };
    let counted = matches!(count, "two" | "three" | "four" | "five")
        || count.len() == 1 && count.chars().all(|c| ('2'..='5').contains(&c));
    let said = what.trim_end_matches([':', '—', '-', ',']);
    counted
        && matches!(said, "reasons" | "things")
        && (what.ends_with(':') || words.next().is_some_and(|w| w == "—" || w == "-"))
}

/// Whether a text opens on a note in square brackets that leaves the answer to write
/// (`[Use a real example.]`, `[Real example.]`, `[Add 2–3 details]`): two words or
/// more, or one that says what is missing ("example", "TODO"), not a link's text
/// (`[the post](…)`) nor a checkbox.
pub(super) fn opens_on_bracketed_note(text: &str) -> bool {
    let text = text.trim_start();
    let Some(inner) = text.strip_prefix('[') else {
        return false;
    };
    let Some((note, rest)) = inner.split_once(']') else {
        return false;
    };
    let words = plain_words(note);
    let says_missing = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "example" | "todo" | "tbd" | "fill" | "add" | "adjust" | "insert" | "placeholder"
        )
    });
    !rest.starts_with(['(', '[', ':'])
        && !note.trim().is_empty()
        && !matches!(note.trim(), "x" | "X")
        && (words.len() >= 2 || says_missing)
        && note.chars().any(char::is_alphabetic)
}

/// Whether a text is the writer's answer drafted for them and still to complete: it
/// leaves places for their own facts in square brackets (`[FILL: the real pain]`,
/// `[TODO]`, `[TBD: team size]`), and without them still tells two things or more
/// that the writer did ("I ran EXPLAIN on the slow queries. I added indexes…").
pub(super) fn own_draft_to_fill(text: &str) -> bool {
    let mut rest = String::with_capacity(text.len());
    let mut places = 0;
    let mut from = 0;
    while let Some(open) = text[from..].find('[') {
        let open = from + open;
        let Some(close) = text[open..].find(']') else {
            break;
        };
        let close = open + close;
        let inner = text[open + 1..close].trim_start().to_lowercase();
        rest.push_str(&text[from..open]);
        if ["fill", "todo", "tbd"].iter().any(|m| inner.starts_with(m)) {
            places += 1;
        } else {
            rest.push_str(&text[open..=close]);
        }
        from = close + 1;
    }
    rest.push_str(&text[from..]);
    places > 0 && first_person_events(&rest) >= 2
}

/// A list item's text without its marker (`- `, `* `, `+ `, `1. `, `2) `).
pub(super) fn strip_marker(text: &str) -> String {
    let trimmed = text.trim_start();
    let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &trimmed[digits..];
    let stripped = if digits == 0 {
        rest.strip_prefix("- ")
            .or_else(|| rest.strip_prefix("* "))
            .or_else(|| rest.strip_prefix("+ "))
    } else {
        rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "))
    };
    stripped.unwrap_or(trimmed).to_string()
}

/// Whether a story's Action is steps to follow or what a system does, not what anyone
/// did: commands (see [`plans_steps`]: `1. Deactivate the team 2. Go to Calendar`), or
/// in Spanish steps that open on a verb's infinitive, as a manual bids (`1. Desactivar
/// el equipo 2. Ir a Calendario`), or steps whose first names the system that acts (`1.
/// The system detects an odd number 2. Shows a notice`); with no "I" or "we" and no
/// verb in the past (see [`says_no_past`]).
pub(super) fn steps_not_deeds(action: &str) -> bool {
    let steps: Vec<Vec<String>> = action
        .lines()
        .map(|l| words_of(&strip_marker(l)))
        .filter(|w| !w.is_empty())
        .collect();
    if steps.len() < 2 || persons(action).0 > 0 || !says_no_past(action) {
        return false;
    }
    // (Spanish by its little words, "el", "de", "que": there a word in -ar, -er or -ir
    // that opens a step is the verb's infinitive.)
    let spanish = steps
        .iter()
        .flatten()
        .filter(|w| SPANISH_LITTLE.contains(&w.as_str()))
        .count()
        >= 3;
    let infinitives = || {
        steps
            .iter()
            .filter(|w| {
                w.len() >= 2
                    && (w[0].ends_with("ar") || w[0].ends_with("er") || w[0].ends_with("ir"))
            })
            .count()
    };
    let system = matches!(
        steps[0].as_slice(),
        [the, thing, ..]
            if matches!(the.as_str(), "the" | "el" | "la")
                && matches!(
                    thing.as_str(),
                    "system" | "app" | "application" | "tool" | "platform" | "sistema"
                        | "aplicación" | "plataforma"
                )
    );
    system || spanish && infinitives() * 2 >= steps.len() || plans_steps(action)
}

/// Whether a text tells nothing in the past: no English verb in the past but a
/// participle after "is" and the like ("is generated") or one that says what a thing
/// is like ("only approved teams", "mark it as closed"), and no Spanish one in the
/// preterite ("abandonó", "implementé", "migraron").
pub(super) fn says_no_past(text: &str) -> bool {
    let words = words_of(text);
    !words.iter().enumerate().any(|(i, w)| {
        let after_be = i > 0 && {
            let before = words[i - 1].as_str();
            NOT_DEED_AFTER.contains(&before) || matches!(before, "not" | "no" | "only" | "as")
        };
        let english = past(w) && !(after_be && w.ends_with("ed"));
        let n = w.chars().count();
        let spanish = n >= 4 && (w.ends_with('ó') || w.ends_with('é'))
            || n >= 6 && (w.ends_with("aron") || w.ends_with("ieron"));
        english || spanish
    })
}

/// Spanish little words, by which a step is read as Spanish.
const SPANISH_LITTLE: &[&str] = &[
    "el", "la", "los", "las", "de", "del", "que", "en", "con", "para", "por", "se", "un", "una",
    "al", "sin",
];

/// Whether a story's part only says what kind of thing it would hold (`System
/// performance issue or scalability challenge`): a line of a dozen words at most, no
/// number, nobody in it ("I", "we", "my", "our", "the"), no name in capitals after its
/// first word, no sentence.
pub(super) fn says_what_kind(part: &str) -> bool {
    let text = strip_marker(part.trim());
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    !text.contains('\n')
        && (1..=12).contains(&words.len())
        && !text.chars().any(|c| c.is_ascii_digit())
        && !text.ends_with(['.', '!', '?'])
        && !plain_words(text).iter().any(|w| {
            matches!(
                w.as_str(),
                "i" | "me" | "my" | "we" | "our" | "us" | "the" | "this" | "that" | "they"
            )
        })
        && text.split([',', ';']).all(|piece| {
            piece
                .split_whitespace()
                .skip(1)
                .all(|w| !w.starts_with(char::is_uppercase))
        })
}

/// Whether a short text (a dozen words at most) opens by pointing to a story by its
/// number, the number ending its phrase: `Story 1, with the full narrative.`, `Story
/// 3 or 8.`, `Stories 2 and 4`. A story's label and name, `Story 2: The rollback`,
/// names one instead.
pub(super) fn points_to_numbered_story(text: &str) -> bool {
    let words = words_of(text);
    if words.len() > 12 || !matches!(words.first().map(String::as_str), Some("story" | "stories")) {
        return false;
    }
    let Some(number) = words
        .get(1)
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
    else {
        return false;
    };
    // What follows the number in the text as written: a comma, a stop, "or"/"and"
    // another number, or nothing.
    let lower = text.trim_start().to_lowercase();
    let Some(at) = lower.find(number.as_str()) else {
        return false;
    };
    let after = lower[at + number.len()..].trim_start();
    after.is_empty()
        || after.starts_with([',', '.', ';', ')'])
        || after.starts_with("or ")
        || after.starts_with("and ")
}

/// How many places a text leaves blank in brackets for its writer to fill, each said
/// in words of what goes there: in lower case (`[project/company]`, `[how]`), as
/// alternatives with a slash (`[Developer/manager]`), or as a question (`[What
/// mentoring taught you]`). A name set in brackets to hide it (`[Company]`, `[Client
/// X]`), a link's text (`[docs](…)`), a box to tick or an index (`a[0]`) is none.
pub(super) fn blanks_in_brackets(text: &str) -> usize {
    bracketed(text)
        .filter(|inner| {
            let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
            let first = inner.trim_start().chars().next();
            let words = plain_words(inner);
            let asks = words.first().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "what" | "how" | "who" | "when" | "which" | "why" | "where"
                )
            });
            letters >= 3 && (first.is_some_and(char::is_lowercase) || inner.contains('/') || asks)
        })
        .count()
}

/// The texts a text sets in brackets on one line, `[…]`, a link's text (`[docs](…)`)
/// left out: what [`blanks_in_brackets`] and the rules reading slots look into.
pub(super) fn bracketed(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        loop {
            let open = rest.find('[')?;
            let after = &rest[open + 1..];
            let close = after.find([']', '[', '\n'])?;
            rest = &after[close..];
            if rest.starts_with(']') && !rest.starts_with("](") {
                return Some(&after[..close]);
            }
        }
    })
}

/// Whether a text only holds a place for a story still to find: every line, after
/// any label, is empty or a mark such as "TBD", "TODO", "…" or "Skip" (`- Example:
/// TBD`).
pub(super) fn placeholder(text: &str) -> bool {
    const MARKS: &[&str] = &[
        "tbd",
        "tba",
        "tbc",
        "todo",
        "to do",
        "n/a",
        "xxx",
        "...",
        "…",
        "?",
        "-",
        "—",
        "coming soon",
        // The writer passing over the principle: `### Frugality` then `Skip`.
        "skip",
        "skipped",
        "skip for now",
        "pass",
        "none",
        "none yet",
        "nothing",
        "na",
        "wip",
        "later",
        // `Unused`: set aside by the writer.
        "unused",
    ];
    let mut any = false;
    for line in text.lines() {
        let line = line.trim().trim_start_matches(['-', '*', '+', '>']).trim();
        let value = line.rsplit_once([':', '：']).map_or(line, |(_, v)| v);
        let value = value.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        if value.is_empty() {
            continue;
        }
        // ("Skip." with its full stop; "..." is a mark of its own.)
        let value = value.to_lowercase();
        let value = if value.chars().all(|c| c == '.') {
            value.as_str()
        } else {
            value.trim_end_matches(['.', '!'])
        };
        if !MARKS.contains(&value) {
            return false;
        }
        any = true;
    }
    any
}

/// Whether every line of a text points to the story that answers a question, by its
/// name, rather than telling one: `Primary: \`Census Pipeline\``, `Backup: …`,
/// `See: …`, `Story: …`, a label and a short name.
pub(super) fn pointers(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "primary",
        "backup",
        "primary story",
        "backup story",
        "main story",
        "alternative",
        "alt",
        "fallback",
        "see",
        "story",
        "use",
        "answer with",
        "stories",
        "lead with",
        "alternate",
    ];
    let mut any = false;
    for line in text.lines() {
        let line = pointer_line(line);
        if line.is_empty() {
            continue;
        }
        let Some((label, value)) = line.split_once(':') else {
            return false;
        };
        let label = label.trim().trim_matches(['*', '_']).trim().to_lowercase();
        let value = value.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        // `Your own example (optional): ______`: a blank left to fill, beside them,
        // its marks escaped or not (`\_\_\_`, `\*\*\*`).
        if blank(value) && (line.contains("___") || !value.is_empty()) {
            continue;
        }
        // `Lead with — the pair:`: a pointer's label with a remark after a dash.
        // `Lead with, the pair:` too, the remark after a comma.
        let label = label.split(['—', '–', ',']).next().unwrap_or("").trim();
        // What each story is remembered for, in parentheses, is not counted:
        // `Story A (talked to analysts first). **Backup:** Story D (…)`; a value that
        // opens with a story's marker may say more of when to use each.
        let words = without_remarks(value).split_whitespace().count();
        let marked = value.to_lowercase().starts_with("story ");
        if !LABELS.contains(&label) || value.is_empty() || words > if marked { 30 } else { 20 } {
            return false;
        }
        any = true;
    }
    any
}

/// A pointer's line without the list marker or the arrow before it (`- Backup: …`, `→
/// **Use:** Story 2`: an arrow from the question to its story).
fn pointer_line(line: &str) -> &str {
    line.trim()
        .trim_start_matches(['-', '*', '+', '→', '⇒', '>', ' '])
        .trim()
}

/// Whether a value is only a line to write on: marks of emphasis and the backslashes
/// that escape them (`\***\*\*`, `\_\_\_`), or nothing.
fn blank(value: &str) -> bool {
    value
        .chars()
        .all(|c| matches!(c, '*' | '_' | '\\' | '-') || c.is_whitespace())
}

/// The names of the stories a question's pointer lines give (`**Primary:** \`Census
/// Pipeline\` (built the POC)`, `Backup: [Old tester](#old-tester)`), in order: the text
/// in backticks or a link's, else the value without its remark in parentheses.
pub(super) fn pointed_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in text.lines() {
        let line = pointer_line(line);
        let Some((_, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_start_matches(['*', '_']).trim();
        let name = if let Some(inner) = value.strip_prefix('`') {
            inner.split('`').next().unwrap_or("")
        } else if let Some(inner) = value.strip_prefix('[') {
            inner.split(']').next().unwrap_or("")
        } else {
            value.split('(').next().unwrap_or("")
        };
        let name = name.trim();
        if !name.is_empty() {
            names.push(name.to_string());
        }
    }
    names
}

/// The words of a story's name that tell it from another: not "the", "a", "story" and
/// the like.
pub(super) fn title_words(text: &str) -> Vec<String> {
    const SMALL: &[&str] = &["the", "a", "an", "and", "of", "story", "failure"];
    plain_words(text)
        .into_iter()
        .filter(|w| !SMALL.contains(&w.as_str()))
        .collect()
}

/// Whether a story's name as another line gives it (`SalesMart Dashboard`) names the
/// story titled `title` (`SalesMart Quoting Dashboard`): every word of the name, but for
/// "the", "a", "story" and the like, is a word of the title.
pub(super) fn names_title(name: &str, title: &str) -> bool {
    let wanted = title_words(name);
    let have = title_words(title);
    !wanted.is_empty() && wanted.iter().all(|w| have.contains(w))
}

/// The story a text says it is the same as, by the words of that story's heading:
/// a line that opens `same as tight deadline, but…` gives `tight deadline`; `None`
/// when no line opens so, or what follows is more than a few words.
pub(super) fn same_as(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let line = line.trim().trim_start_matches(['-', '*', '+', '(']).trim();
        // After a short label: `**Source bullet:** (same bullet as S02, another angle)`.
        let after_label = line
            .split_once(':')
            .filter(|(label, _)| label.split_whitespace().count() <= 3)
            .map(|(_, rest)| rest.trim().trim_start_matches(['*', '_', '(', ' ']));
        [Some(line), after_label]
            .into_iter()
            .flatten()
            .find_map(|line| {
                // `same as …`, or "same" and one word of what is shared: `same bullet as`,
                // `same project as`.
                let rest = strip_prefix_ignore_case(line, "same ")?;
                let rest = strip_prefix_ignore_case(rest, "as ").or_else(|| {
                    let (word, rest) = rest.split_once(' ')?;
                    // `same shape as`, `same kind as`: alike, not the one story told again.
                    let alike = [
                        "time",
                        "shape",
                        "kind",
                        "sort",
                        "type",
                        "pattern",
                        "style",
                        "format",
                        "structure",
                        "approach",
                    ]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w));
                    (word.chars().all(char::is_alphabetic) && !alike)
                        .then(|| strip_prefix_ignore_case(rest, "as "))
                        .flatten()
                })?;
                Some(rest)
            })
            .and_then(|rest| {
                let cut = [",", ".", ";", "(", " but ", " and ", " - ", " —", "->"]
                    .iter()
                    .filter_map(|stop| rest.find(stop))
                    .min()
                    .unwrap_or(rest.len());
                let name = rest[..cut].trim();
                (1..=5)
                    .contains(&name.split_whitespace().count())
                    .then(|| name.to_string())
            })
    })
}

/// Whether a story's title holds every word of `name`, a word in any of its forms
/// ("missed deadline" and `/miss deadline`).
pub(super) fn title_holds(name: &str, title: &str) -> bool {
    fn base(word: &str) -> &str {
        ["ing", "ed", "es", "s"]
            .iter()
            .find_map(|end| word.strip_suffix(end).filter(|b| b.len() >= 3))
            .unwrap_or(word)
    }
    const SMALL: &[&str] = &["the", "a", "an", "of", "my", "story", "one"];
    let have: Vec<String> = plain_words(title);
    let wanted: Vec<String> = plain_words(name)
        .into_iter()
        .filter(|w| !SMALL.contains(&w.as_str()))
        .collect();
    !wanted.is_empty()
        && wanted.iter().all(|w| {
            have.iter()
                .any(|h| h == w || base(h) == w || h == base(w) || base(h) == base(w))
        })
}

/// How often a text speaks of its writer ("I", "we", "my", 我) and of its reader ("you",
/// 你), outside quotation marks.
pub(super) fn persons(text: &str) -> (usize, usize) {
    // (The "i" of "i.e." is no one: "(i.e., the launch was on the roadmap)".)
    let unquoted = unquoted(text).replace("i.e.", "ie").replace("I.e.", "ie");
    let words = words_of(&unquoted);
    // A word in capitals is an abbreviation, not another language's "I" ("EU" is no
    // Portuguese "eu", "IO" no Italian "io"): read from the text as written, only when
    // such a word is there at all.
    let other = words
        .iter()
        .any(|w| OTHER_FIRST_PERSON.contains(&w.as_str()));
    let capitals: Vec<bool> = if other {
        unquoted
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(|w| {
                // (Letters of a script with no case, Hangul's `나는`, are no capitals.)
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
            })
            .collect()
    } else {
        Vec::new()
    };
    let writer = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            FIRST_PERSON.contains(w.as_str())
                || FIRST_PERSON_PLURAL.contains(w.as_str())
                || other
                    && !capitals.get(*i).copied().unwrap_or(false)
                    && OTHER_FIRST_PERSON.contains(&w.as_str())
                || writer_minh(&words, *i)
                // French "I" elided before a vowel: "j'ai", "j'aurais".
                || w.starts_with("j'")
        })
        .count()
        + unquoted.matches('我').count()
        // (Japanese "I", 私, of 私たち "we" too.)
        + unquoted.matches('私').count();
    // German "du" is French "of the": in French it speaks to no one.
    let french = words.iter().any(|w| FRENCH.contains(&w.as_str()));
    let reader = words
        .iter()
        .filter(|w| {
            SECOND_PERSON.contains(&w.as_str())
                || OTHER_SECOND_PERSON.contains(&w.as_str()) && !(french && w.as_str() == "du")
        })
        .count()
        + unquoted.matches(['你', '您']).count()
        // (Japanese "you", あなた, and "please …", 〜ください, said to the reader.)
        + unquoted.matches("あなた").count()
        + unquoted.matches("ください").count()
        // (Korean "please …", a verb ending 세요, as a guide bids its reader: 집중하세요,
        // "focus on it".)
        + unquoted
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.ends_with("세요") && w.chars().count() > 2)
            .count();
    (writer, reader)
}

/// Words that say a text is French: articles and little words no German or English
/// sentence uses.
const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "une", "et", "est", "pour", "avec", "dans", "sur", "pas",
];

/// "You" and "your", the reader of a text of advice.
const SECOND_PERSON: &[&str] = &[
    "you", "your", "yours", "yourself", "you're", "you've", "you'll",
];

/// The text outside quotation marks: “…”, "…", «…» (French, Russian), „…“ (German)
/// and 「…」 (Chinese, Japanese). A quotation opened curly and closed straight (`“that’s
/// not my job"`, as an editor that curls only some marks leaves it) ends at that mark.
pub(super) fn unquoted(text: &str) -> String {
    let mut unquoted = String::new();
    // The mark that closes the quotation we are in.
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(close) if c == close || close == '”' && c == '"' => closing = None,
            Some(_) => {}
            None => {
                closing = closing_quote(c);
                if closing.is_none() {
                    unquoted.push(c);
                }
            }
        }
    }
    unquoted
}

/// The mark that closes a quotation `c` opens, if `c` opens one.
pub(super) fn closing_quote(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '"' => Some('"'),
        '«' => Some('»'),
        '„' => Some('“'),
        '「' => Some('」'),
        _ => None,
    }
}

/// The quotation mark a text opens with, if it opens with one, and the mark that
/// closes it (see [`closing_quote`]).
pub(super) fn opening_quote(text: &str) -> Option<(char, char)> {
    let open = text.chars().next()?;
    closing_quote(open).map(|close| (open, close))
}

/// "You" and "your" in the same languages as [`OTHER_FIRST_PERSON`]: advice to the
/// reader ("это твоя сильнейшая тема", "prépare ta réponse").
const OTHER_SECOND_PERSON: &[&str] = &[
    "ты",
    "тебя",
    "тебе",
    "тобой",
    "твой",
    "твоя",
    "твоё",
    "твое",
    "твои",
    "твоих",
    "вы",
    "вас",
    "вам",
    "ваш",
    "ваша",
    "ваши",
    "tú",
    "usted",
    "tus",
    "você",
    "vocês",
    "teu",
    "tua",
    "toi",
    "ton",
    "ta",
    "tes",
    "vous",
    "votre",
    "vos",
    "du",
    "dich",
    "dir",
    "dein",
    "deine",
    "너",
    "당신",
    // Vietnamese "you".
    "bạn",
];

/// "I", "me" and "my" in the other languages notes are written in, for telling a
/// person's story from a principle's description: Russian, Spanish, Portuguese,
/// French, Italian, German, Korean and Vietnamese. (Chinese and Japanese write no spaces: see
/// [`writer_in_cjk`].)
const OTHER_FIRST_PERSON: &[&str] = &[
    "я", "мне", "меня", "мной", "мой", "моя", "моё", "мое", "мои", "моих", "моим", "yo", "mi",
    "mis", "conmigo", "eu", "meu", "minha", "meus", "minhas", "je", "j'", "moi", "mon", "ma",
    "mes", "io", "mio", "mia", "miei", "ich", "mich", "mir", "mein", "meine", "meinen", "meinem",
    "meiner", "나는", "내가", "나의", "제가", "저는", "저의", "tôi",
];

/// Whether the word at `i` is Vietnamese "mình" said of the writer ("Mình đo…", "I
/// measured…"), as notes written among friends say "I"; not of whoever the sentence
/// is about, after "của" ("dự án của mình", "one's own project") or "bản thân"
/// ("oneself").
pub(super) fn writer_minh(words: &[String], i: usize) -> bool {
    words[i] == "mình" && (i == 0 || !matches!(words[i - 1].as_str(), "của" | "thân"))
}

/// Whether a text is written in Vietnamese: a quarter of its words or more hold a
/// letter only Vietnamese writes among the Latin scripts (ơ, ư, đ, ă, and the vowels
/// with a dot below or a hook above: ạ, ả, ế, ộ, ữ…).
pub(super) fn vietnamese(text: &str) -> bool {
    let own = |c: char| {
        matches!(c, 'ơ' | 'ư' | 'đ' | 'ă' | 'Ơ' | 'Ư' | 'Đ' | 'Ă')
            || ('\u{1ea0}'..='\u{1ef9}').contains(&c)
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let marked = words.iter().filter(|w| w.chars().any(own)).count();
    words.len() >= 4 && marked * 4 >= words.len()
}

/// How often a text in Chinese or Japanese speaks of its writer: 我 (but not 我们, "we",
/// or 自我, "self-", which a principle's description uses), 私 and 僕.
pub(super) fn writer_in_cjk(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| match chars[i] {
            '我' => chars.get(i + 1) != Some(&'们') && (i == 0 || chars[i - 1] != '自'),
            '私' | '僕' => true,
            _ => false,
        })
        .count()
}

/// Whether a text says what the writer does in general rather than what happened once:
/// "If someone on my team is lagging behind, I first try to…", "Whenever…", "I usually…";
/// or "I" with a verb in the present twice or more and never with one in the past ("I
/// ensure each goal is…, I also evaluate my progress…").
pub(super) fn habitual(text: &str) -> bool {
    if first_person_present(text) >= 2 && first_person_events(text) == 0 {
        return true;
    }
    // (Words at a line's start, or after two spaces, are matched as any others.)
    let spaced: Vec<&str> = text.split_whitespace().collect();
    let lower = format!(" {} ", spaced.join(" ").to_lowercase().replace('’', "'"));
    [
        " if someone ",
        " if a ",
        " if it's ",
        " if we ",
        " whenever ",
        " usually ",
        " i always ",
        " i have always ",
        " i've always ",
        " i try to ",
        " i first try ",
        " i tend to ",
        " i would ",
        " generally ",
        " in general ",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

/// Whether a text tells its reader what to do: "you" with a word that counsels after
/// it ("you should ask early", "you will save a week", "you need to…"). ("When you use
/// ElasticSearch, you provide a query" explains a tool; it counsels no one.)
pub(super) fn counsels(text: &str) -> bool {
    let words = words_of(&unquoted(text));
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "you" | "you'll" | "you’ll")
            && (pair[0] != "you"
                || matches!(
                    pair[1].as_str(),
                    "should" | "will" | "must" | "need" | "want" | "might" | "could" | "may"
                ))
    })
}

/// Whether a text tells its reader's own past back to them: "you" doing something in
/// the past tense ("you believed…", "You owned the gap", "You and your colleague went
/// back…") twice, or once in a text of fewer than seventy words, no question in it and
/// nothing counselled ("you should…").
/// Notes someone wrote up for the person (an assistant, a coach) tell the person's
/// story so; a guide asks "a time you failed" or counsels.
pub(super) fn told_to_you(text: &str) -> bool {
    if text.contains(['?', '？']) || counsels(text) {
        return false;
    }
    let text = unquoted(text);
    // "You" opening a sentence or a clause (`…understanding, you believed`): "a
    // decision you made", "moments where you went" are a guide's relative clauses.
    let lower = text.to_lowercase();
    let events = (lower.match_indices("you"))
        .filter(|&(at, _)| {
            let before = lower[..at].trim_end_matches([' ', '\t']);
            let opens = before.is_empty()
                || before.ends_with(['.', ';', ':', ',', '—', '–', '(', '*', '_', '-', '\n']);
            let after = &lower[at + 3..];
            let whole = !after.starts_with(char::is_alphanumeric) && !after.starts_with('\'');
            opens && whole && {
                // (The five words after it are read, from a dozen or so of the text:
                // not the whole rest of it for every "you", which grows with the square
                // of a long text's length.)
                let near: String = after
                    .split_whitespace()
                    .take(12)
                    .collect::<Vec<_>>()
                    .join(" ");
                let words = words_of(&near);
                (words.iter().take(5))
                    .take_while(|w| !matches!(w.as_str(), "i" | "we" | "they" | "he" | "she"))
                    .position(|w| past(w) && !matches!(w.as_str(), "used" | "need"))
                    // (`You and your colleague went…`: the subject may be two.)
                    .is_some_and(|k| k == 0 || words[0] == "and")
            }
        })
        .count();
    let words = words_of(&text).len();
    events >= 2 || events >= 1 && words < 70
}

/// Whether a text tells a scene to its writer in the present tense, as a story they
/// prepared for themselves in "you": "you" opening a clause and doing something twice
/// or more ("You bring in data", "you both agree on a hybrid approach", "Instead of
/// arguing, you propose a meeting"), someone else in it doing something too ("Your
/// teammate refuses…", "your manager later acknowledges…"), nothing counselled and no
/// question. A guide that speaks to its reader counsels ("you should…"), explains
/// ("When you use it, you provide a query") or asks ("What do you do?"), and nobody
/// else in it acts.
pub(super) fn narrated_to_you(text: &str) -> bool {
    if text.contains(['?', '？']) || counsels(text) {
        return false;
    }
    // Words that may stand between a subject and its verb.
    const BETWEEN: &[&str] = &[
        "both",
        "then",
        "also",
        "immediately",
        "later",
        "quickly",
        "still",
        "first",
        "finally",
        "collectively",
        "eventually",
        "soon",
    ];
    // After "you", what is no deed: a state ("you're in a meeting"), or what may be.
    const NO_DEED: &[&str] = &[
        "are", "were", "was", "is", "be", "have", "had", "has", "can", "can't", "cannot", "would",
        "shall", "do", "don't", "did", "get", "feel", "see", "know", "think", "you're", "you've",
        "you'd", "you'll",
    ];
    const OTHERS: &[&str] = &[
        "teammate",
        "colleague",
        "coworker",
        "co-worker",
        "manager",
        "lead",
        "boss",
        "client",
        "customer",
        "team",
        "peer",
        "stakeholder",
        "director",
        "partner",
        "engineer",
    ];
    let text = unquoted(text);
    let mut yours = 0;
    let mut others = 0;
    for clause in text.split(['.', '!', ';', ':', ',', '\n', '—', '–']) {
        let words = words_of(clause);
        let mut at = 0;
        while words
            .get(at)
            .is_some_and(|w| matches!(w.as_str(), "and" | "then" | "so"))
        {
            at += 1;
        }
        let Some(subject) = words.get(at) else {
            continue;
        };
        let verb = |from: usize| {
            words[from..]
                .iter()
                .find(|w| !BETWEEN.contains(&w.as_str()) && !w.ends_with("ly"))
        };
        if subject == "you" {
            yours += verb(at + 1).is_some_and(|v| !NO_DEED.contains(&v.as_str())) as usize;
        } else if matches!(subject.as_str(), "your" | "the" | "another" | "a")
            && words
                .get(at + 1)
                .is_some_and(|w| OTHERS.contains(&w.as_str()))
        {
            // One of them, doing something: `Your teammate insists…`.
            others += verb(at + 2).is_some_and(|v| {
                v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("'s")
            }) as usize;
        }
    }
    yours >= 2 && others >= 1
}

/// Whether a phrase names someone or something past its first word (a phrase's first
/// word is capitalised as any sentence's is): a word there in capitals and small
/// letters (`Driving to Seattle`, `Keep Lighthouse audits green`), or, with
/// `acronyms`, in capitals alone (`Keep UI audits green`). In a list of what an answer
/// should show, an acronym is a skill's term (`clear SLA updates`), not a name.
pub(super) fn names_past_first(phrase: &str, acronyms: bool) -> bool {
    phrase.split_whitespace().skip(1).any(|w| {
        let mut letters = w.trim_matches(|c: char| !c.is_alphanumeric()).chars();
        letters.next().is_some_and(char::is_uppercase)
            && (acronyms || letters.next().is_some_and(char::is_lowercase))
    })
}

/// Whether a text is a principle's gist in the writer's commands, how to act, and no
/// story: one to four lines (a list's items or a paragraph's lines), each of two to
/// fifteen words that opens on a verb of such maxims ("Prioritize customers", "Think
/// long term and don't sacrifice…", "Seek diverse perspectives"), with nothing that
/// happened, no "I" or "we", and no name past its first word. A story's reminder in
/// the same mood names what it was about (`Keep Lighthouse audits green`).
pub(super) fn gist_in_commands(text: &str) -> bool {
    // (Verbs seldom read as nouns: "Build cache", "Use case", "Hire plan" and "Trust
    // dashboard" name stories.)
    #[rustfmt::skip]
    const COMMANDS: &[&str] = &[
        "accept", "act", "admit", "always", "anticipate", "ask", "avoid", "be", "challenge",
        "choose", "commit", "consider", "deliver", "develop", "disagree", "don't", "earn",
        "embrace", "expect", "give", "insist", "invent", "keep", "learn", "listen", "make",
        "never", "obsess", "prioritise", "prioritize", "seek", "simplify", "speak", "stay",
        "strive", "take", "think", "understand",
    ];
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim().trim_start_matches(['-', '*', '+']).trim())
        .filter(|l| !l.is_empty())
        .collect();
    let command = |line: &str| {
        let words = words_of(line);
        (2..=15).contains(&words.len())
            && COMMANDS.contains(&words[0].as_str())
            && !names_past_first(line, true)
            && !words.iter().any(|w| past(w) || writers_word(w))
    };
    (1..=4).contains(&lines.len()) && lines.iter().all(|l| command(l))
}

/// Whether a text is a motto, how to be, and no story: five words or fewer that open
/// on "be" (or "always be", "never be", "don't be"): `Be honest`, `Always be
/// learning`. A story's name opens on what it is about.
pub(super) fn motto(text: &str) -> bool {
    let words = words_of(text);
    let rest = match words.first().map(String::as_str) {
        Some("always" | "never" | "don't" | "dont") => &words[1..],
        _ => &words[..],
    };
    words.len() <= 5 && rest.len() >= 2 && rest[0] == "be" && !text.contains('\n')
}

/// Whether a text says "you" three times or more, and more often than the writer says
/// "I" (outside quotation marks): a guide speaking to its reader. "We" does not count
/// for the writer here: a guide speaks as the company it describes.
pub(super) fn speaks_to_reader(text: &str) -> bool {
    let unquoted = unquoted(text);
    let words = words_of(&unquoted);
    let me = words
        .iter()
        .filter(|w| FIRST_PERSON.contains(w.as_str()))
        .count()
        + unquoted.matches('我').count();
    let you = persons(text).1;
    you >= 3 && you > me
}

/// Whether a text puts a case to its reader rather than telling one of the writer's:
/// forty words or more, "you" in them, the writer nowhere (no "I", "we", "my"
/// outside quotation marks), and nothing that happened, in quotation marks or out of
/// them (`Scenario: You find a major
/// bug in production. A quick fix exists… Rank the following actions…`). A reminder
/// the writer wrote to themselves ("say what you learned") is shorter.
pub(super) fn puts_case_to_reader(text: &str) -> bool {
    let (writer, reader) = persons(text);
    let words = words_of(text);
    if writer > 0 || reader == 0 || words.len() < 40 {
        return false;
    }
    // What happened, as [`happened`] reads it, but a verb after "be" or "have" is a
    // state ("time that could be spent", "it has grown").
    const STATE: &[&str] = &[
        "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "have", "has",
        "had",
    ];
    // Quotation marks included: an answer quoted whole ("At Brightwater I moved…")
    // tells what happened, whoever's it is.
    let states: std::collections::HashSet<&str> = (words.windows(2))
        .filter(|pair| STATE.contains(&pair[0].as_str()))
        .map(|pair| pair[1].as_str())
        .collect();
    let told: String = (text.split_whitespace())
        .filter(|t| {
            let bare = t
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            !states.contains(&bare.as_str())
        })
        .collect::<Vec<_>>()
        .join(" ");
    !happened(&told)
}

/// Whether the writer says "I" (or "me", "my") twice or more: themselves, not a team
/// or a company speaking as "we".
pub(super) fn alone_twice(text: &str) -> bool {
    words_of(&unquoted(text))
        .iter()
        .filter(|w| FIRST_PERSON.contains(w.as_str()))
        .count()
        >= 2
}

/// Whether a word is the writer's own, alone or with others: "I", "my", "we",
/// "our" and the rest.
pub(super) fn writers_word(word: &str) -> bool {
    FIRST_PERSON.contains(word) || FIRST_PERSON_PLURAL.contains(word)
}

/// Whether a text speaks of its writer ("I", "my", "me", …).
pub(super) fn speaks_of_self(text: &str) -> bool {
    words_of(text)
        .iter()
        .any(|w| FIRST_PERSON.contains(w.as_str()))
}

/// The words of a heading or a name, lower case, cut at anything not a letter or a
/// digit ("Mistake & how to handle?" gives "mistake", "how", "to", "handle").
pub(super) fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A text's words, lower case, apostrophes kept in them and written straight ("I’ve"
/// is "i've").
pub(super) fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// Whether a text holds a phrase in a script other than Latin: four letters of it or
/// more in a row ("上文字和线条明显模糊"), more than a name or a word quoted ("日本").
pub(super) fn phrase_in_other_script(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_alphabetic() && !is_latin(c) {
            run + 1
        } else {
            0
        };
        if run >= 4 {
            return true;
        }
    }
    false
}

/// Whether most of a text's letters are in a script other than Latin (a translation).
pub(super) fn mostly_other_script(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if is_latin(c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    other > latin
}

/// Whether an answer in Chinese explains or gives a view rather than telling what
/// happened: a Chinese verb does not say when, so the sentences that say something was
/// done (了) or set it in the past (当时, 后来) are counted (see `writer_did_in_chinese`):
/// none, or fewer than one sentence in four, and the answer ("这确实不是我原创
/// 的系统…", "it is not a system I invented…") tells no story. Text in another script:
/// `false`.
pub(super) fn chinese_view(text: &str) -> bool {
    if !in_chinese(text) {
        return false;
    }
    let sentences: Vec<&str> = chinese_sentences(text)
        .filter(|sentence| sentence.chars().filter(|&c| is_han(c)).count() >= 4)
        .collect();
    let done = sentences
        .iter()
        .filter(|sentence| writer_did_in_chinese(sentence))
        .count();
    done == 0 || done * 4 < sentences.len()
}

/// Whether a text in Korean gives the writer's view, wish or plan rather than telling
/// what happened. Korean marks the past in the verb, a syllable closed by ㅆ (했, 었,
/// 았, 였), though not 있 ("there is") nor 겠, the mark of what one will or would do:
/// a text with fewer than three sentences in the past, or fewer than half, or that
/// speaks of intent a quarter as often as of the past or more ("…하겠습니다", "I
/// will…"), tells no story. Text in another script
/// is no Korean text: `false`.
pub(super) fn korean_view(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if text.chars().filter(|&c| is_hangul(c)).count() * 2 <= letters {
        return false;
    }
    // (Sentences cut as `past_sentences` cuts them, whose `past` reads Korean's.)
    let sentences = text
        .split(['.', '!', '?', ';', '\n'])
        .filter(|s| s.chars().any(is_hangul))
        .count();
    let told = past_sentences(text);
    let intent = text.matches('겠').count();
    told < 3 || told * 2 < sentences || intent * 4 >= told
}

/// Whether a paragraph is a link: an address (`https://…`, `www.…`), with at most two
/// words beside it ("source:", "see").
pub(super) fn is_link(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_address = |w: &&&str| {
        let w = w.trim_start_matches(['(', '<', '[']);
        w.starts_with("https://") || w.starts_with("http://") || w.starts_with("www.")
    };
    let addresses = words.iter().filter(is_address).count();
    addresses > 0 && words.len() - addresses <= 2
}

/// Whether a text speaks of leaders in the third person, as a principle's definition
/// does ("Leaders think long-term…", "they never settle"), not of the writer.
pub(super) fn speaks_of_leaders(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "leaders" | "leader" | "they" | "their"
        )
    })
}

/// Whether a line says what is, as a principle's meaning does: it speaks of leaders
/// ("Leaders expect and require…", "They are externally aware"), or says in the
/// present what is, is needed or allows ("Simpler solutions are cheapest to build",
/// "Every perspective needs to be respected", "Simplicity allows for faster
/// innovation"). Not a question.
pub(super) fn says_what_is(line: &str) -> bool {
    let words = words_of(line);
    !is_question(line)
        && (speaks_of_leaders(line)
            || words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "is" | "are"
                        | "need"
                        | "needs"
                        | "allows"
                        | "requires"
                        | "means"
                        | "should"
                        | "must"
                        | "matters"
                )
            }))
}

/// Whether a character is a pictograph or a mark drawn with it: an arrow, a dingbat
/// (`✅`, `✔`), an emoji (`🎯`, `💡`), or what joins and styles them.
pub(super) fn pictograph(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D | 0x20E3)
}

/// What follows words that lead into the questions a story answers, quoted after
/// them (`If the question is: *"Tell me about…"*`, `Use this when the question is
/// about *"…"* or *"…"*`, `Use when: *"…"*`): the text from the first question on.
pub(super) fn question_lead(text: &str) -> Option<&str> {
    const LEADS: &[&str] = &[
        "use this when the question is",
        "use it when the question is",
        "use when the question is",
        "if the question is",
        // `If the interviewer says something like *"…"*`, `If they ask *"…"*`.
        "if the interviewer says something like",
        "if the interviewer asks",
        "if they ask",
        // `*Use this when they ask: "What problem were you solving?"*` under a part's
        // heading: the questions the part answers.
        "use this when they ask",
        "use this when they say",
        "use it when they ask",
        "use when they ask",
        "use this when",
        "use it when",
        "use when",
    ];
    // (In italics, `*Use this when they ask: "…"*`, the marks are the layout.)
    let text = text.trim_start().trim_start_matches(['*', '_']);
    // `**Opening:** *"Tell me about the biggest project you've led."*`: the question
    // that opens the answer under it, quoted after a label that says so.
    for lead in ["opening question", "opening", "opener"] {
        let Some(rest) = strip_prefix_ignore_case(text, lead) else {
            continue;
        };
        let Some(rest) = rest.trim_start_matches(['*', '_']).strip_prefix(':') else {
            continue;
        };
        let after = rest.trim_start_matches(['*', '_', ' ']);
        if after.starts_with(['"', '“'])
            && is_question(&unquote(after.trim_end_matches(['*', '_'])))
        {
            return Some(after);
        }
    }
    LEADS.iter().find_map(|lead| {
        let rest = strip_prefix_ignore_case(text, lead)?;
        let after = rest.trim_start_matches([':', ' ']);
        let after = strip_prefix_ignore_case(after, "about ").unwrap_or(after);
        let at = text.len() - after.len();
        after
            .trim_start_matches(['*', '_'])
            .starts_with(['"', '“'])
            .then(|| &text[at..])
    })
}

/// A part's letter in capitals alone on its line, no colon after it (`A`, `R`): the
/// letter; `None` for anything else.
pub(super) fn bare_part_letter(text: &str) -> Option<char> {
    let mut chars = text.trim().chars();
    let letter = chars.next()?;
    (chars.next().is_none() && matches!(letter, 'S' | 'T' | 'A' | 'R' | 'L')).then_some(letter)
}

/// Whether a line is a question an interviewer asks for a story ("Tell me about a
/// time you missed a deadline.", "Describe a time when…"), not one the writer will ask
/// ("What are the next steps?").
pub(super) fn interviewer_question(line: &str) -> bool {
    is_question(line) && (asks_for_story(line) || is_prompt(line))
}

/// A label set in a code span at the paragraph's start, inside its bold marks or not
/// (`**`Tarea`:** Mi tarea…`, `` `Result:` It shipped``): the label the span holds,
/// and the text after the span, its colon and the closing marks. A span that holds
/// anything but a label's words is code, and `None`.
fn code_span_label<'t>(body: &'t str, bold: Option<&str>) -> Option<(Label, &'t str)> {
    let inner = body.strip_prefix('`')?;
    let (word, after) = inner.split_once('`')?;
    let word = word.trim().trim_end_matches([':', '：']).trim_end();
    if word.is_empty() || word.contains('`') || word.split_whitespace().count() > 4 {
        return None;
    }
    let labelled = format!("{word}:");
    let (label, rest) = exact_label(&labelled)?;
    if !rest.trim().is_empty() {
        return None;
    }
    let after = after.trim_start_matches([':', '：']);
    let after = match bold {
        Some(marker) => after.strip_prefix(marker)?.trim_start_matches([':', '：']),
        None => after,
    };
    (after.is_empty() || after.starts_with(char::is_whitespace))
        .then(|| (label, after.trim_start()))
}

/// `Maps to These Interview Questions:`, `**Related questions:**`: a label of a few
/// words ending on "questions", with a word that ties the story to them (maps,
/// answers, fits, related…). What follows its colon (and its closing marks).
fn relates_questions(text: &str) -> Option<&str> {
    const TIES: &[&str] = &[
        "maps",
        "map",
        "mapped",
        "answers",
        "answered",
        "fits",
        "covers",
        "related",
        "relevant",
        "applicable",
        "suitable",
        "matching",
        "addresses",
    ];
    let bare = text.trim_start().trim_start_matches(['*', '_']);
    // `✅ Question It Answers`, `Questions this story answers:`: the word for the
    // questions, then what they are to the story; with its colon or alone on its line.
    let asked_first = |words: &[String]| {
        (2..=5).contains(&words.len())
            && matches!(words[0].as_str(), "question" | "questions")
            && words.last().is_some_and(|w| TIES.contains(&w.as_str()))
    };
    // (Read only on a short line that starts with the word: this runs for every
    // paragraph a label is looked for in.)
    let Some(colon) = bare.find(':') else {
        let head = bare.trim_start_matches(pictograph).trim_start();
        let short = bare.len() <= 60
            && !bare.contains('\n')
            && head
                .get(..8)
                .is_some_and(|head| head.eq_ignore_ascii_case("question"));
        return (short && asked_first(&plain_words(bare))).then_some(&bare[bare.len()..]);
    };
    let words = plain_words(&bare[..colon]);
    if asked_first(&words) {
        return Some(bare[colon + 1..].trim_start_matches(['*', '_']));
    }
    let value = bare[colon + 1..].trim_start_matches(['*', '_']);
    // (Or the tie alone, `**Answers:** "Work at scale" · "A time you improved
    // security"`, over two prompts or more in quotation marks: what the story answers.)
    let tie_alone = matches!(words.as_slice(), [w] if TIES.contains(&w.as_str()))
        && !value.contains('\n')
        && quoted_list(value).is_some();
    ((2..=6).contains(&words.len())
        && words.last().is_some_and(|w| w == "questions")
        && words.iter().any(|w| TIES.contains(&w.as_str()))
        || tie_alone)
        .then_some(value)
}

/// The pieces of a text in quotation marks (`*"Tell me…"* or *"how you…"*`), each
/// on one line; `None` when none is closed.
pub(super) fn quoted_pieces(text: &str) -> Option<Vec<String>> {
    let text = text.replace(['“', '”'], "\"");
    let pieces: Vec<&str> = text.split('"').collect();
    if pieces.len() < 3 || pieces.len().is_multiple_of(2) {
        return None;
    }
    let quoted: Vec<String> = (pieces.iter().skip(1).step_by(2))
        .map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|q| !q.is_empty())
        .collect();
    (!quoted.is_empty()).then_some(quoted)
}

/// A paragraph that opens on a part's label with a word of the writer's before it,
/// alone on its line (`Real situation:`, `Final result:`), the text on the lines after
/// it: that first line, and the paragraph from the part's label on. (The word is no
/// label itself, and the two are no principle's name: `Deliver Results:` is one.)
pub(super) fn qualified_label<'t>(text: &'t str, set: &PrincipleSet) -> Option<(&'t str, &'t str)> {
    let text = text.trim_start();
    let line = text.lines().next()?.trim_end();
    // (`⭐ Immediate Action`: a sign before the word is decoration; a label alone in its
    // paragraph needs no colon.)
    let signed = line.trim_start_matches(pictograph).trim_start();
    let (word, rest) = signed.split_once(' ')?;
    let alone = || text.trim_end() == line && plain_words(line).len() <= 3;
    let part = |t: &str| matches!(exact_label(t), Some((Label::Part(_), after)) if after.trim().is_empty());
    (!word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && exact_label(word).is_none()
        && set.resolve(signed.trim_end_matches(':')).is_none()
        && (line.ends_with(':') || alone())
        && part(rest))
    .then(|| (line, &text[line.len() - signed.len() + word.len() + 1..]))
}

/// Why a block that says what the interviewer looks for is skipped.
pub(super) const LOOKED_FOR_REASON: &str = "what interviewers look for, not a story";

/// Splits a leading label off a paragraph: `**Situation:** text`, `S — text`,
/// `Result - text`, `**Also:** Dive Deep`.
pub(super) fn split_label(text: &str) -> Option<(Label, &str)> {
    read_label(text, true)
}

/// [`split_label`] without the labels written a letter or two wrong: `Situations:` is
/// no `Situation:` here.
pub(super) fn exact_label(text: &str) -> Option<(Label, &str)> {
    read_label(text, false)
}

/// The text after a label set in bold that says what the interviewer looks for, in
/// whatever words: "what", then what [`interviewer_looks_for`] reads in a lead-in,
/// before its colon (`**What the interviewer evaluates:** Can you push back with
/// data…`). (A heading that says so, `### What Interviewers Will Evaluate`, heads a
/// section of its own: see `assessed_heading`.)
fn judged_label<'t>(body: &'t str, bold: Option<&str>) -> Option<&'t str> {
    let marker = bold?;
    let colon = body.find(':').filter(|&at| at <= 80)?;
    let head = body[..colon].trim_end_matches(['*', '_']).trim();
    let rest = body[colon + 1..].trim_start();
    let rest = rest.strip_prefix(marker).unwrap_or(rest).trim_start();
    (plain_words(head).first().is_some_and(|w| w == "what")
        && interviewer_looks_for(&format!("{head}:")))
    .then_some(rest)
}

/// Whether a lead-in line says what the interviewer wants, checks or looks for (`The
/// interviewer wants to check these 3 topics -`, `What interviewers look for:`), the
/// writer doing nothing in it.
pub(super) fn interviewer_looks_for(text: &str) -> bool {
    let text = text.trim();
    if text.contains('\n') || first_person_events(text) > 0 {
        return false;
    }
    // (A lead-in: it ends where the list begins, `:` or a dash.)
    if !text.ends_with([':', '-', '–', '—']) {
        return false;
    }
    let words = plain_words(text);
    let who = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "interviewer" | "interviewers" | "recruiter" | "recruiters" | "panel"
        )
    });
    let wants = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "want"
                | "wants"
                | "check"
                | "checks"
                | "look"
                | "looks"
                | "looking"
                | "assess"
                | "assesses"
                | "evaluate"
                | "evaluates"
                | "test"
                | "tests"
        )
    });
    who && wants && words.len() <= 15
}

fn read_label(text: &str, slips: bool) -> Option<(Label, &str)> {
    if let Some(rest) = question_lead(text).or_else(|| relates_questions(text)) {
        return Some((Label::Question, rest));
    }
    const DEFINITION: Label = Label::Aside("the principle's definition, not a story");
    const KEYWORDS: Label = Label::Aside("keywords for the principle, not a story");
    const LOOKED_FOR: Label = Label::Aside(LOOKED_FOR_REASON);
    const TIPS: Label = Label::Aside("tips for the interview, not a story");
    const NOTICE: Label = Label::Aside("a notice about the notes themselves, not a story");
    const SAMPLE: Label = Label::Aside("a sample answer in quotation marks, not your own story");
    const LABELS: &[(&str, Label)] = &[
        // The scene and the task told as one (`S/T: …`, `Situation and Task`): the
        // story's Situation.
        ("situation and task", Label::Part(Part::Situation)),
        ("situation & task", Label::Part(Part::Situation)),
        ("situation/task", Label::Part(Part::Situation)),
        ("situation / task", Label::Part(Part::Situation)),
        ("s/t", Label::Part(Part::Situation)),
        ("s / t", Label::Part(Part::Situation)),
        ("s&t", Label::Part(Part::Situation)),
        ("s & t", Label::Part(Part::Situation)),
        ("secondary principles", Label::Also),
        ("secondary lps", Label::Also),
        ("secondary lp", Label::Also),
        ("other principles", Label::Also),
        ("also fits", Label::Also),
        ("also", Label::Also),
        ("what i did", Label::Part(Part::Action)),
        ("what i learned", Label::Part(Part::Learned)),
        ("what i learnt", Label::Part(Part::Learned)),
        ("what i took away", Label::Part(Part::Learned)),
        // `**What I'd do differently:** …`: the lesson, said as what would change.
        ("what i'd do differently", Label::Part(Part::Learned)),
        ("what i’d do differently", Label::Part(Part::Learned)),
        ("what i would do differently", Label::Part(Part::Learned)),
        ("key takeaways", Label::Part(Part::Learned)),
        ("key takeaway", Label::Part(Part::Learned)),
        ("takeaways", Label::Part(Part::Learned)),
        ("takeaway", Label::Part(Part::Learned)),
        ("lessons learnt", Label::Part(Part::Learned)),
        ("lessons learned", Label::Part(Part::Learned)),
        ("lesson learned", Label::Part(Part::Learned)),
        ("lessons", Label::Part(Part::Learned)),
        ("lesson", Label::Part(Part::Learned)),
        ("learned", Label::Part(Part::Learned)),
        ("learnings", Label::Part(Part::Learned)),
        ("learning", Label::Part(Part::Learned)),
        ("reflections", Label::Part(Part::Learned)),
        ("reflection", Label::Part(Part::Learned)),
        // `**Setup.** v1 was…`: a story told as a storyteller tells one, its scene set
        // up first. (Not `Insight`: the lesson in one set of notes, the clever move of
        // the fix in another.)
        ("setup", Label::Part(Part::Situation)),
        ("situation", Label::Part(Part::Situation)),
        // Problem, Action, Result: the same answer with the scene called the problem;
        // Context, Goal, Approach, Outcome: the same again in other words.
        ("problem", Label::Part(Part::Situation)),
        ("context", Label::Part(Part::Situation)),
        // `Issue`, `Objectives`: the problem and the task as a narrative document
        // names them.
        ("issue", Label::Part(Part::Situation)),
        // 现象, 原因, 解决 (symptom, cause, fix): a bug's telling in Chinese notes (a
        // `踩坑记录`, the pitfalls the writer hit), what was seen and why as the scene,
        // the fix as what was done.
        ("现象", Label::Part(Part::Situation)),
        ("現象", Label::Part(Part::Situation)),
        ("实际原因", Label::Part(Part::Situation)),
        ("實際原因", Label::Part(Part::Situation)),
        ("原因", Label::Part(Part::Situation)),
        ("根因", Label::Part(Part::Situation)),
        ("解决方案", Label::Part(Part::Action)),
        ("解決方案", Label::Part(Part::Action)),
        ("解决", Label::Part(Part::Action)),
        ("解決", Label::Part(Part::Action)),
        // 解法, 我的做法, 學到什麼 (solution, my approach, what I learned): a story told
        // as a problem and its solution, as the English `Solution:` is read. (Not 问题,
        // "problem" and "question" both, nor a label of a part once told: under
        // `## Action`, `**问题**：` opens the next step of what was done.)
        ("解法", Label::Part(Part::Action)),
        ("我的做法", Label::Part(Part::Action)),
        ("做法", Label::Part(Part::Action)),
        ("学到什么", Label::Part(Part::Learned)),
        ("學到什麼", Label::Part(Part::Learned)),
        ("学到了什么", Label::Part(Part::Learned)),
        ("學到了什麼", Label::Part(Part::Learned)),
        ("收获", Label::Part(Part::Learned)),
        ("收穫", Label::Part(Part::Learned)),
        ("教训", Label::Part(Part::Learned)),
        ("教訓", Label::Part(Part::Learned)),
        ("反思", Label::Part(Part::Learned)),
        ("task", Label::Part(Part::Task)),
        // `Challenge:` between the scene and what was done: the task, as a story told
        // Situation, Challenge, Action, Result names it (only with its colon right
        // after it: `Challenge 1: …` numbers the problems an action met).
        ("challenge", Label::Part(Part::Task)),
        // `## Your Role` between the context and the actions taken: what the writer was
        // there to do, a template's word for the task.
        ("your role", Label::Part(Part::Task)),
        ("my role", Label::Part(Part::Task)),
        ("goal", Label::Part(Part::Task)),
        ("objectives", Label::Part(Part::Task)),
        ("objective", Label::Part(Part::Task)),
        ("approach", Label::Part(Part::Action)),
        ("activities", Label::Part(Part::Action)),
        ("activity", Label::Part(Part::Action)),
        ("actions", Label::Part(Part::Action)),
        ("action", Label::Part(Part::Action)),
        // `## Actions Taken`, `Steps taken:`: what the writer did, said as done.
        ("actions taken", Label::Part(Part::Action)),
        ("action taken", Label::Part(Part::Action)),
        ("steps taken", Label::Part(Part::Action)),
        // `ACT:` between `TASK:` and `RESULT:`: the action, its word cut short.
        ("act", Label::Part(Part::Action)),
        ("key results", Label::Part(Part::Result)),
        ("key result", Label::Part(Part::Result)),
        ("results", Label::Part(Part::Result)),
        ("result", Label::Part(Part::Result)),
        ("outcome", Label::Part(Part::Result)),
        ("impact", Label::Part(Part::Result)),
        // Issue, Solution, Resolution: a support case's parts, the problem, what was
        // done and how it ended.
        ("solution", Label::Part(Part::Action)),
        ("resolution", Label::Part(Part::Result)),
        // `**CORRECTIVE MEASURES:**` after a failure, then `**IMPACT:**`: what the
        // writer did to put it right, the action of a story of a failure.
        ("corrective measures", Label::Part(Part::Action)),
        ("corrective actions", Label::Part(Part::Action)),
        ("corrective action", Label::Part(Part::Action)),
        // The four parts in Spanish (`**Situación:**`, `**Tarea:**`, `**Acción:**`,
        // `**Resultado:**`), Portuguese (Situação, Tarefa, Ação, Resultado), French
        // (Situation, Tâche, Action, Résultat) and German (Situation, Aufgabe, Handlung
        // or Maßnahmen, Ergebnis), with and without their accents.
        ("situación", Label::Part(Part::Situation)),
        ("situacion", Label::Part(Part::Situation)),
        ("situação", Label::Part(Part::Situation)),
        ("situacao", Label::Part(Part::Situation)),
        ("contexto", Label::Part(Part::Situation)),
        ("contexte", Label::Part(Part::Situation)),
        ("tarea", Label::Part(Part::Task)),
        ("tarefa", Label::Part(Part::Task)),
        ("tâche", Label::Part(Part::Task)),
        ("tache", Label::Part(Part::Task)),
        ("aufgabe", Label::Part(Part::Task)),
        ("acciones", Label::Part(Part::Action)),
        ("acción", Label::Part(Part::Action)),
        ("accion", Label::Part(Part::Action)),
        ("ações", Label::Part(Part::Action)),
        ("ação", Label::Part(Part::Action)),
        ("acao", Label::Part(Part::Action)),
        ("handlung", Label::Part(Part::Action)),
        ("maßnahmen", Label::Part(Part::Action)),
        // The approach, as `Approach:` is read between the scene and the result:
        // French `APPROCHE :`, Spanish `Enfoque:`, Portuguese `Abordagem:`, German
        // `Vorgehen:` or `Ansatz:`.
        ("approche", Label::Part(Part::Action)),
        ("enfoque", Label::Part(Part::Action)),
        ("abordagem", Label::Part(Part::Action)),
        ("vorgehen", Label::Part(Part::Action)),
        ("ansatz", Label::Part(Part::Action)),
        ("resultados", Label::Part(Part::Result)),
        ("resultado", Label::Part(Part::Result)),
        ("résultats", Label::Part(Part::Result)),
        ("résultat", Label::Part(Part::Result)),
        ("ergebnis", Label::Part(Part::Result)),
        // The four parts in Chinese (情境 or 背景 situation, 任务 task, 行动 action,
        // 结果 result, and their traditional forms), Japanese (状況, 課題) and Korean
        // (상황, 과제 or 임무, 행동, 결과). A word after them ("结果是…") makes them prose.
        ("情境", Label::Part(Part::Situation)),
        ("情景", Label::Part(Part::Situation)),
        ("背景", Label::Part(Part::Situation)),
        ("状況", Label::Part(Part::Situation)),
        ("상황", Label::Part(Part::Situation)),
        ("任务", Label::Part(Part::Task)),
        ("任務", Label::Part(Part::Task)),
        ("課題", Label::Part(Part::Task)),
        ("과제", Label::Part(Part::Task)),
        ("임무", Label::Part(Part::Task)),
        ("行动", Label::Part(Part::Action)),
        ("行動", Label::Part(Part::Action)),
        ("행동", Label::Part(Part::Action)),
        ("结果", Label::Part(Part::Result)),
        ("結果", Label::Part(Part::Result)),
        ("결과", Label::Part(Part::Result)),
        // Problem, Solution, Lesson in Korean (문제, 해결, 배운 점 or 교훈), as the
        // English are read: the scene, the action, what was learned.
        ("문제", Label::Part(Part::Situation)),
        ("해결책", Label::Part(Part::Action)),
        ("해결", Label::Part(Part::Action)),
        ("배운 점", Label::Part(Part::Learned)),
        ("교훈", Label::Part(Part::Learned)),
        // 원인, 대응, 검증 (cause, response, verification): a bug's telling in Korean,
        // as 原因 and 解决 are read in Chinese; what the check showed is the result.
        ("원인", Label::Part(Part::Situation)),
        ("대응", Label::Part(Part::Action)),
        ("검증", Label::Part(Part::Result)),
        ("principle definition", DEFINITION),
        // `**Amazon's description:** Leaders start with…`: the principle's own words.
        ("amazon's description", DEFINITION),
        ("amazon’s description", DEFINITION),
        ("official description", DEFINITION),
        ("principle description", DEFINITION),
        ("definition", DEFINITION),
        ("what it means", DEFINITION),
        ("keywords", KEYWORDS),
        ("key words", KEYWORDS),
        ("key phrases", KEYWORDS),
        // The same labels in Chinese: 定义 (definition), 关键词 (keywords), 公司映射
        // (how companies name it).
        ("定义", DEFINITION),
        ("定義", DEFINITION),
        ("关键词", KEYWORDS),
        ("關鍵詞", KEYWORDS),
        ("公司映射", KEYWORDS),
        ("常见问题", Label::Question),
        ("常見問題", Label::Question),
        // 面试官问题 (the interviewer's question), 面试问题 (interview question), 适用问题
        // (the questions a story answers, as `Use for:` says it).
        ("面试官问题", Label::Question),
        ("面試官問題", Label::Question),
        ("面试问题", Label::Question),
        ("面試問題", Label::Question),
        ("适用问题", Label::Question),
        ("適用問題", Label::Question),
        ("what they look for", LOOKED_FOR),
        // `**They want:** backbone + alignment` under each question: the same, said
        // shorter.
        ("they want", LOOKED_FOR),
        ("what they want", LOOKED_FOR),
        ("what they're looking for", LOOKED_FOR),
        ("what they are looking for", LOOKED_FOR),
        ("what they're testing", LOOKED_FOR),
        ("what they are testing", LOOKED_FOR),
        ("what they're assessing", LOOKED_FOR),
        ("what they are assessing", LOOKED_FOR),
        // The same in Vietnamese: "Nhà PV muốn nghe" (what the interviewer wants to
        // hear).
        ("nhà pv muốn nghe", LOOKED_FOR),
        ("nhà tuyển dụng muốn nghe", LOOKED_FOR),
        ("what it tests", LOOKED_FOR),
        ("what interviewers look for", LOOKED_FOR),
        ("what interviewers want to hear", LOOKED_FOR),
        // A guide's rubric under a question: the signals it expects of an answer.
        ("expected signals", LOOKED_FOR),
        ("signals", LOOKED_FOR),
        ("scoring rubric", LOOKED_FOR),
        ("rubric", LOOKED_FOR),
        ("what the interviewer wants to hear", LOOKED_FOR),
        // The same in Chinese: 面试官想听 (what the interviewer wants to hear), 考察点
        // (what is assessed).
        ("面试官想听", LOOKED_FOR),
        ("面試官想聽", LOOKED_FOR),
        ("面试官想看", LOOKED_FOR),
        ("考察点", LOOKED_FOR),
        ("考察點", LOOKED_FOR),
        ("what to demonstrate", LOOKED_FOR),
        ("demonstrate", LOOKED_FOR),
        ("key behaviors", LOOKED_FOR),
        ("key behaviours", LOOKED_FOR),
        ("interview tips", TIPS),
        ("tips", TIPS),
        // 回答方向, 回答思路, 答题思路 (the way to answer, how to think an answer
        // through): a guide's direction for the answer under a question.
        ("回答方向", TIPS),
        ("回答思路", TIPS),
        ("答题思路", TIPS),
        ("答題思路", TIPS),
        // `## Things to notice`: what the writer reminds themselves of, about interviews.
        ("things to notice", TIPS),
        ("things to note", TIPS),
        ("things to remember", TIPS),
        ("things to keep in mind", TIPS),
        ("keep in mind", TIPS),
        ("red flags to avoid", TIPS),
        ("red flags", TIPS),
        ("common mistakes", TIPS),
        ("mistakes to avoid", TIPS),
        // `**Red flag answer:** "I completed my tasks" — this shows…`: what not to say.
        ("red flag answers", TIPS),
        ("red flag answer", TIPS),
        ("what a strong answer includes", LOOKED_FOR),
        ("what a good answer includes", LOOKED_FOR),
        ("what makes this answer strong", TIPS),
        // `Disclaimer:`, `IMPORTANT`: what the writer says of the notes as a whole.
        ("disclaimer", NOTICE),
        ("important", NOTICE),
        ("warning", NOTICE),
        // `Best for question: "Tell me about…"`, `Use for: "…", "…"`: the questions the
        // story answers.
        // `**Question type:** "Tell me about a time…" / "…"`: the kind of question the
        // story answers, in the questions' own words.
        ("question types", Label::Question),
        ("question type", Label::Question),
        ("best for questions about", Label::Question),
        ("best for questions", Label::Question),
        // `**Use for questions like:**` over a list of them.
        ("use for questions like", Label::Question),
        ("use for questions", Label::Question),
        ("good for questions like", Label::Question),
        ("use for", Label::Question),
        // `**Use when asked:** "Most significant technical initiative," "…"`: the prompts
        // the story is told for, whatever their form.
        ("use when asked", Label::Question),
        // `**Also answers:** "what race conditions have you debugged"`: more questions
        // the story answers.
        ("also answers", Label::Question),
        ("answers questions", Label::Question),
        ("use it for", Label::Question),
        ("good for", Label::Question),
        ("best for question", Label::Question),
        // `**Best for**: "Tell me about…" / "…"`: the questions the story answers.
        ("best for", Label::Question),
        // The same in German: `**Verwendbar für Fragen wie:**` ("usable for questions
        // like") over a list of them, `Passende Fragen:`.
        ("verwendbar für fragen wie", Label::Question),
        ("verwendbar für fragen", Label::Question),
        ("verwendbar für", Label::Question),
        ("passende fragen", Label::Question),
        // `**Question Variants:**` over the wordings of one question the story answers.
        ("question variants", Label::Question),
        ("question variations", Label::Question),
        ("example questions", Label::Question),
        ("example question", Label::Question),
        ("sample questions", Label::Question),
        ("sample question", Label::Question),
        // `### Interview Questions This Answers:` over the questions: the questions
        // the story answers, said whole.
        ("interview questions this answers", Label::Question),
        ("interview questions it answers", Label::Question),
        ("questions this answers", Label::Question),
        ("questions it answers", Label::Question),
        // `**Likely Interview Question:** *"…"*`: the question the story is likely
        // to be asked for.
        ("likely interview questions", Label::Question),
        ("likely interview question", Label::Question),
        ("likely questions", Label::Question),
        ("likely question", Label::Question),
        ("interview questions", Label::Question),
        ("interview question", Label::Question),
        ("common questions", Label::Question),
        ("questions", Label::Question),
        ("question", Label::Question),
        // `Prompt: Tell me about a time…`: the interviewer's prompt.
        ("prompt", Label::Question),
        // The question in Spanish, Portuguese, German and Italian (`## **Pregunta:**`
        // over the question it heads).
        ("preguntas", Label::Question),
        ("pregunta", Label::Question),
        ("perguntas", Label::Question),
        ("pergunta", Label::Question),
        ("fragen", Label::Question),
        ("frage", Label::Question),
        ("domande", Label::Question),
        ("domanda", Label::Question),
        ("q", Label::Question),
        // A sample answer, when what follows is wholly in quotation marks.
        ("example response", SAMPLE),
        ("example answer", SAMPLE),
        ("sample response", SAMPLE),
        ("sample answer", SAMPLE),
        ("model answer", SAMPLE),
        ("example", SAMPLE),
        ("s", Label::Part(Part::Situation)),
        ("t", Label::Part(Part::Task)),
        ("a", Label::Part(Part::Action)),
        ("r", Label::Part(Part::Result)),
        ("l", Label::Part(Part::Learned)),
    ];
    // `✅ **Situation:**`, `🎯 Example:`: a pictograph before the label decorates it.
    let trimmed = text
        .trim_start()
        .trim_start_matches(pictograph)
        .trim_start();
    // `"**Situation**: At Keyera…`: the quotation mark that opens an answer said whole,
    // its labels inside, is the answer's, before its first label in bold.
    let trimmed = match trimmed.strip_prefix(['"', '“']) {
        Some(inner) if inner.starts_with("**") => inner,
        _ => trimmed,
    };
    let (bold, body) = match trimmed.get(..2) {
        Some("**") | Some("__") => (Some(&trimmed[..2]), &trimmed[2..]),
        // `*Question*:`: one asterisk or underscore around the label.
        Some(two)
            if (two.starts_with('*') || two.starts_with('_'))
                && two[1..].starts_with(char::is_alphabetic) =>
        {
            (Some(&trimmed[..1]), &trimmed[1..])
        }
        _ => (None, trimmed),
    };
    // `**📋 S** :`: the pictograph inside the marks decorates the label as well.
    let body = if bold.is_some() {
        body.trim_start_matches(pictograph).trim_start()
    } else {
        body
    };
    // `**`Situación`:** En mi trabajo…`: the label set as code inside the marks is
    // the same label; the backticks are the writer's emphasis.
    if let Some(found) = code_span_label(body, bold) {
        return Some(found);
    }
    // `(S) Situation: …`, `**(S) Situation:** …`: the letter in parentheses before its
    // word is the label's initial, said twice.
    let mut body = body;
    if let Some(inner) = body.strip_prefix('(')
        && let Some((letter, after)) = inner.split_once(')')
        && letter.chars().count() == 1
        && let Some(first) = letter.chars().next().filter(char::is_ascii_alphabetic)
        && after.starts_with(' ')
        && after
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.eq_ignore_ascii_case(&first))
    {
        body = after.trim_start();
    }
    // `S - Situation`, `T: Task`: the letter, a dash or colon, then its word; the
    // letter is the word's initial, said twice, as in `(S) Situation`. Or the part's
    // word in another language (`S - 情境（Situation）`).
    if let Some(first) = body.chars().next().filter(char::is_ascii_alphabetic)
        && let Some(after) = body[1..]
            .trim_start()
            .strip_prefix(['-', '–', '—', ':', '.'])
        && !body[1..].starts_with(char::is_alphanumeric)
        && let Some(word) = after.strip_prefix(' ').map(str::trim_start)
        && let Some(&(_, letter)) = LABELS
            .iter()
            .find(|(name, _)| name.len() == 1 && name.starts_with(first.to_ascii_lowercase()))
        && LABELS.iter().any(|(name, label)| {
            name.len() > 1
                && matches!(label, Label::Part(_))
                && (word
                    .chars()
                    .next()
                    .is_some_and(|c| c.eq_ignore_ascii_case(&first))
                    || *label == letter && !name.is_ascii())
                && strip_prefix_ignore_case(word, name)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    {
        body = word;
    }
    // `[S] In June…`, `*[T] I had to…*`, `**[Action]** I…`: the part's letter or word
    // in square brackets, the text after it. Emphasis around the whole paragraph is
    // the writer's layout, and comes off both ends.
    let (emphasis, bracketed) = match body.strip_prefix(['*', '_']) {
        Some(inner) if bold.is_none() && inner.starts_with('[') => (Some(&body[..1]), inner),
        _ => (None, body),
    };
    if let Some(inner) = bracketed.strip_prefix('[')
        && let Some((word, after)) = inner.split_once(']')
        && let Some(&(_, label)) = LABELS.iter().find(|(name, label)| {
            matches!(label, Label::Part(_)) && word.trim().eq_ignore_ascii_case(name)
        })
        && let Some(after) = match bold {
            Some(marker) => after.strip_prefix(marker),
            None => Some(after),
        }
        && (after.is_empty() || after.starts_with(char::is_whitespace))
    {
        let rest = after.trim();
        let rest = emphasis
            .and_then(|mark| rest.strip_suffix(mark))
            .unwrap_or(rest);
        return Some((label, rest.trim_end()));
    }
    // `**(Situation)** In June…`: the label in parentheses, the text after it. (Or
    // the part's letter alone, set in bold, `**(S)** While leading…`; a letter in
    // brackets in plain text, `(a) first`, counts a list.)
    if let Some(inner) = body.strip_prefix('(')
        && let Some((word, after)) = inner.split_once(')')
        && let Some(&(_, label)) = LABELS.iter().find(|(name, label)| {
            (name.len() > 1 || bold.is_some())
                && matches!(label, Label::Part(_))
                && word.trim().eq_ignore_ascii_case(name)
        })
    {
        // (`**(Situation):** "At my last…"`: the colon inside the marks.)
        let after = match bold {
            Some(marker) => after
                .strip_prefix(marker)
                .or_else(|| after.strip_prefix(':').and_then(|a| a.strip_prefix(marker))),
            None => Some(after),
        };
        if let Some(rest) = after
            && (rest.is_empty() || rest.starts_with(char::is_whitespace))
        {
            return Some((label, rest.trim_start()));
        }
    }
    // `**The Lesson:**`, `**My Action:**`: a part's label set in bold with "the", "my"
    // or "our" before it. (In running text, "The results:" leads into what follows.)
    let body = ["the ", "my ", "our "]
        .iter()
        .filter(|_| bold.is_some())
        .find_map(|article| strip_prefix_ignore_case(body, article))
        .filter(|rest| {
            LABELS.iter().any(|(name, label)| {
                name.len() > 1
                    // (`**The scoring rubric:**`: so is what the interviewer looks for.)
                    && (matches!(label, Label::Part(_)) || *label == LOOKED_FOR)
                    && strip_prefix_ignore_case(rest, name)
                        .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
            })
        })
        .unwrap_or(body);
    // `**Concern signals (what marks you down):**`, `**Strength signals:**`: a word
    // before "signals" says which of them; the label is still the rubric's signals.
    let body = bold
        .and_then(|_| {
            let (first, rest) = body.split_once(' ')?;
            let rest = strip_prefix_ignore_case(rest, "signals")
                .filter(|after| after.trim_start().starts_with([':', '(', '*']))
                .map(|_| &body[first.len() + 1..]);
            rest.filter(|_| first.chars().all(char::is_alphabetic))
        })
        .unwrap_or(body);
    // `**What the interviewer evaluates:**`, `**What the panel checks:**`: a label that
    // says what the one asking judges, in whatever words, is what they look for.
    if let Some(rest) = judged_label(body, bold) {
        return Some((LOOKED_FOR, rest));
    }
    // (A label typed with a curly apostrophe, `What they’re looking for:`, is the same
    // label: looked for so only in a text that has one.)
    let curly = body.contains(CURLY_APOSTROPHES);
    for (name, label) in LABELS {
        let after = strip_prefix_ignore_case(body, name).or_else(|| {
            curly
                .then(|| strip_prefix_any_apostrophe(body, name))
                .flatten()
        });
        let Some(after) = after else {
            continue;
        };
        if after.chars().next().is_some_and(char::is_alphanumeric) {
            continue; // "Actionable", "Also worth noting"
        }
        if *name == "challenge" && !after.trim_start_matches(['*', '_']).starts_with(':') {
            continue; // "Challenge 1: Scaling during peak traffic"
        }
        // `S (Situation):`: a letter with its word in parentheses, or the word in
        // another language in brackets as Chinese writes them (`S（情境）：`); and a
        // part's word with the same in another language (`情境（Situation）`). Square
        // brackets hold the word as well (`## S [situation]`).
        let (after, glossed) = match after.trim_start().strip_prefix(['(', '（', '[']) {
            Some(inner) if name.len() == 1 || matches!(label, Label::Part(_)) => {
                match inner.split_once([')', '）', ']']) {
                    Some((word, rest))
                        if name.len() == 1 && word.trim().to_lowercase().starts_with(name)
                            // `Situation (S):`: the word with its own letter.
                            || name.len() > 1
                                && word.trim().chars().count() == 1
                                && word.trim().to_lowercase().chars().next()
                                    == name.chars().next()
                            || LABELS.iter().any(|(other, same)| {
                                same == label
                                    && other.len() > 1
                                    && word.trim().eq_ignore_ascii_case(other)
                            }) =>
                    {
                        (rest, true)
                    }
                    _ => (after, false),
                }
            }
            // `**Concern signals (what marks you down):**`: a remark on what the label
            // names, before its colon.
            Some(inner) if matches!(label, Label::Aside(_)) => match inner.split_once(')') {
                Some((remark, rest))
                    if remark.split_whitespace().count() <= 6
                        && rest.trim_start_matches(['*', '_']).starts_with(':') =>
                {
                    (rest, false)
                }
                _ => (after, false),
            },
            _ => (after, false),
        };
        // `Action & Result:`, `Result and Learning:`: two parts named as one; the text
        // after it starts the first.
        let after = match label {
            Label::Part(_) => after
                .trim_start()
                .strip_prefix(['&', '/', '+'])
                .or_else(|| strip_prefix_ignore_case(after.trim_start(), "and "))
                .map(str::trim_start)
                .and_then(|second| {
                    LABELS.iter().find_map(|(other, joined)| {
                        let rest = strip_prefix_ignore_case(second, other)?;
                        if other.len() == 1 {
                            // `T [task] + A [action]`: the second part's letter, its
                            // word in brackets after it.
                            let inner = rest.trim_start().strip_prefix(['(', '['])?;
                            let (word, rest) = inner.split_once([')', ']'])?;
                            let named = LABELS.iter().any(|(long, same)| {
                                same == joined
                                    && long.len() > 1
                                    && word.trim().eq_ignore_ascii_case(long)
                            });
                            return (named && matches!(joined, Label::Part(_))).then_some(rest);
                        }
                        (matches!(joined, Label::Part(_))
                            && !rest.starts_with(char::is_alphanumeric))
                        .then_some(rest)
                    })
                })
                .unwrap_or(after),
            _ => after,
        };
        let mut rest = after;
        let mut separated = false;
        // `Situation` alone on its line, the text on the lines after it (a word, not
        // a letter: "A" alone may be the article; a letter with its word in
        // parentheses, `S（Situation，背景）`, is a label too).
        // `IMPORTANT` alone on its line, in capitals: a notice over what follows.
        let shouted = *label == NOTICE
            && body
                .get(..name.len())
                .is_some_and(|w| w.chars().all(|c| c.is_uppercase()));
        if bold.is_none()
            && (name.len() > 1 || glossed)
            && (matches!(label, Label::Part(_)) || shouted)
            && (after.trim().is_empty() || after.starts_with(['\n', '\r']))
        {
            separated = true;
        }
        if let Some(marker) = bold {
            rest = rest.trim_start();
            // The colon as Chinese and Japanese write it (`**S：**`) too.
            if let Some(r) = rest.strip_prefix([':', '：']) {
                rest = r;
                separated = true;
            } else if let Some(r) = rest.strip_prefix('.').filter(|r| {
                // `**Situation.** When I joined…`, `**S.** We were…`: a part's label
                // closed by a full stop inside its marks.
                matches!(label, Label::Part(_)) && r.starts_with(marker)
            }) {
                rest = r;
                separated = true;
            } else if let Some(r) = rest.strip_prefix(['—', '–', '-']).filter(|r| {
                // `**S —** On-call engineers burned…`: a part's label closed by a dash
                // inside its marks, as `S — ` closes one outside them.
                matches!(label, Label::Part(_)) && r.trim_start().starts_with(marker)
            }) {
                rest = r.trim_start();
                separated = true;
            }
            // `**Question: Tell me about…**`: the whole line in bold, the label and its
            // text inside; the text is the line without its closing marks. (Or the
            // whole paragraph, wrapped over a few lines, `**Situation: We needed to
            // migrate… during the` over `migration.**`: the marks close at its end.)
            let whole_line = || {
                let line = rest.lines().next().unwrap_or("").trim_end();
                let (inner, end) = match line.strip_suffix(marker) {
                    Some(inner) => (inner, line.len()),
                    None => {
                        let all = rest.trim_end();
                        let inner = all.strip_suffix(marker)?;
                        ((2..=4).contains(&inner.lines().count())).then_some((inner, all.len()))?
                    }
                };
                (separated && !inner.trim().is_empty() && !inner.contains(marker))
                    .then(|| (inner.trim_start(), &rest[end..]))
            };
            let Some(r) = rest.trim_start().strip_prefix(marker) else {
                if let Some((inner, after)) = whole_line()
                    && after.trim().is_empty()
                {
                    return Some((*label, inner));
                }
                // `**Action supported by CV:** built…`: a part's word, a remark of a
                // few words after it, the colon closing the label; the remark comes
                // with the part's text, for [`label_remark`] to set apart.
                if !separated
                    && name.len() > 1
                    && matches!(label, Label::Part(_))
                    && let Some(close) = rest.find(marker)
                    && let Some(remark) = rest[..close].trim().strip_suffix(':')
                    && (1..=4).contains(&remark.split_whitespace().count())
                    && remark.starts_with(|c: char| c.is_alphabetic() || c == '(')
                {
                    return Some((*label, rest.trim_start()));
                }
                // `**R (after two weeks)**: …`, `**Result (in numbers)**: …`: a part's
                // letter or word, a remark in parentheses, the marks, then the colon;
                // the remark comes with the part's text, for [`label_remark`].
                // (A question's label too: `**Also answers (elsewhere):** "…"`.)
                if !separated
                    && matches!(label, Label::Part(_) | Label::Question)
                    && let Some(inner) = rest.trim_start().strip_prefix('(')
                    && let Some((remark, after)) = inner.split_once(')')
                    && !remark.trim().is_empty()
                    && !remark.contains(['\n', '('])
                    && (after
                        .strip_prefix(marker)
                        .is_some_and(|a| a.starts_with([':', '：']))
                        // (`**Also answers (elsewhere):**`, `**Action (60-70% of the
                        // time):**`: the colon inside the marks.)
                        || after
                            .strip_prefix([':', '：'])
                            .is_some_and(|a| a.starts_with(marker)))
                {
                    return Some((*label, rest.trim_start()));
                }
                continue;
            };
            rest = r;
            // `**Context**` alone on its line: the label of the text after it, and
            // `**Action** (the short version)`, with a remark of the writer's after it.
            // (So is a letter with its word in parentheses, `**S (Situation)**`.)
            if !separated
                && (name.len() > 1 || glossed)
                && matches!(label, Label::Part(_))
                && (rest.trim().is_empty()
                    || rest
                        .trim_start_matches([' ', '\t'])
                        .starts_with(['\n', '\r'])
                    || remark_alone(rest))
            {
                separated = true;
            }
            // `**A** So, I called a meeting…`: the bold holds the label and nothing
            // else, its text after a space, or on the lines under it (`**S**` alone on
            // its line over `During a release…`).
            if !separated
                && matches!(label, Label::Part(_))
                && (rest.starts_with(' ') && rest.trim_start().starts_with(char::is_alphanumeric)
                    || rest
                        .trim_start_matches([' ', '\t'])
                        .strip_prefix(['\n', '\r'])
                        .is_some_and(|r| r.trim_start().starts_with(char::is_alphanumeric)))
            {
                separated = true;
            }
        }
        if !separated {
            let r = rest.trim_start();
            let gap = rest.len() - r.len();
            match r.chars().next() {
                Some(c @ (':' | '：' | '—' | '–')) if gap <= 1 => {
                    rest = &r[c.len_utf8()..];
                    separated = true;
                }
                // `Q> Tell me about…`: the question marked as a quote by the writer.
                Some('>') if gap == 0 && *name == "q" => {
                    rest = &r[1..];
                    separated = true;
                }
                // `Q. Tell me about…`: the letter and a full stop.
                Some('.') if gap == 0 && *name == "q" && r[1..].starts_with(' ') => {
                    rest = &r[1..];
                    separated = true;
                }
                Some('-') if gap == 1 && r[1..].starts_with(' ') => {
                    rest = &r[1..];
                    separated = true;
                }

                _ => {}
            }
        }
        if separated {
            let rest = rest.trim_start();
            if *label == SAMPLE && !is_quoted(rest) {
                // "Example: at Acme I…" is the person's own example.
                continue;
            }
            return Some((*label, rest));
        }
    }
    if slips { misspelt_label(body) } else { None }
}

/// A part's text that begins with the remark its label carried inside the bold
/// (`supported by CV:** built…`, from `**Action supported by CV:** built…`): the
/// remark with its colon and marks, and the part's text after them. A remark in
/// parentheses (`(after two weeks)`) is given without its marks and colon.
pub(super) fn label_remark(rest: &str) -> Option<(&str, &str)> {
    let line = rest.lines().next()?;
    // `(after two weeks)**: …`, from `**R (after two weeks)**: …`: the remark in
    // parentheses, the marks and the colon after it.
    if line.starts_with('(')
        && let Some(close) = line.find(')')
        && let Some(after) = line[close + 1..]
            .strip_prefix("**")
            .or_else(|| line[close + 1..].strip_prefix("__"))
        && let Some(text) = after.strip_prefix(':').or_else(|| after.strip_prefix('：'))
    {
        let text_at = line.len() - text.len();
        return Some((&line[..=close], rest[text_at..].trim_start()));
    }
    let close = line.find([':', '：'])?;
    let colon = line[close..].chars().next()?.len_utf8();
    let after = &line[close + colon..];
    let marks = after
        .strip_prefix("**")
        .or_else(|| after.strip_prefix("__"))?;
    let remark = line[..close].trim();
    ((1..=4).contains(&remark.split_whitespace().count())
        && remark.chars().count() <= 40
        && !remark.contains(['*', '_', ',', '.', ';', '，', '。', '；', '、']))
    .then(|| rest.split_at(line.len() - marks.len()))
    .map(|(head, tail)| (head, tail.trim_start()))
}

/// Whether the rest of a label's line is a remark in parentheses and nothing else:
/// ` (multi-layer, low-detail)`.
fn remark_alone(rest: &str) -> bool {
    let line = rest.lines().next().unwrap_or("").trim();
    line.starts_with('(') && line.ends_with(')')
}

/// A STAR label written a letter or two wrong (`Actioin:`, `Resut:`, `Situaton -`): one
/// slip in a word of up to six letters, two in a longer one, the first letter right.
fn misspelt_label(body: &str) -> Option<(Label, &str)> {
    const PARTS: &[(&str, Part)] = &[
        ("situation", Part::Situation),
        ("task", Part::Task),
        ("action", Part::Action),
        ("actions", Part::Action),
        ("result", Part::Result),
        ("results", Part::Result),
        ("outcome", Part::Result),
    ];
    let body = body.trim_start_matches(['*', '_']);
    let word: String = body.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.chars().count() < 4 {
        return None;
    }
    let after = body[word.len()..].trim_start_matches(['*', '_']);
    let rest = after
        .strip_prefix(':')
        .or_else(|| after.strip_prefix(" -"))
        .or_else(|| after.strip_prefix(" —"))?;
    let lower = word.to_lowercase();
    // `Promtp:`, `Qeustion:`: a question's label a letter off, one slip at most (a
    // word two letters from "prompt" may be a word of its own).
    if ["prompt", "question"].iter().any(|name| {
        lower != *name && strsim::osa_distance(&lower, name) == 1 && lower.starts_with(&name[..1])
    }) {
        return Some((
            Label::Question,
            rest.trim_start()
                .trim_start_matches(['*', '_'])
                .trim_start(),
        ));
    }
    // A word of its own a slip or two from a label is that word, not the label
    // misspelt: `**Saturation:** CPU and memory use`, `Station:`, `Auction:`, `Talk:`.
    const WORDS: &[&str] = &[
        "saturation",
        "station",
        "stations",
        "sanitation",
        "auction",
        "auctions",
        "talk",
        "tack",
        "tusk",
        "tax",
        "resume",
        "rescue",
    ];
    if WORDS.contains(&lower.as_str()) {
        return None;
    }
    let slips = if lower.chars().count() > 6 { 2 } else { 1 };
    let first = lower.chars().next()?;
    PARTS
        .iter()
        .filter(|(name, _)| name.starts_with(first))
        .map(|(name, part)| (strsim::osa_distance(&lower, name), part))
        .filter(|(d, _)| (1..=slips).contains(d))
        .min_by_key(|(d, _)| *d)
        .map(|(_, part)| {
            (
                Label::Part(*part),
                rest.trim_start()
                    .trim_start_matches(['*', '_'])
                    .trim_start(),
            )
        })
}

/// A line that is only a principle's name, numbered, with perhaps a remark in
/// parentheses (`1.customer obsession (work backwards)`, `12. Dive Deep（细节）`,
/// `6. //Hire and Develop the Best`): notes that number their principles instead of
/// making them headings. The principle, when the line is one.
pub(super) fn numbered_principle<'s>(line: &str, set: &'s PrincipleSet) -> Option<&'s Principle> {
    let t = line.trim();
    // `**1. Customer Obsession**`: the number inside the bold, the whole line set so.
    let t = t
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .filter(|inner| inner.starts_with(|c: char| c.is_ascii_digit()) && !inner.contains("**"))
        .unwrap_or(t);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = t[digits..].strip_prefix(['.', ')', ':'])?;
    let rest = rest.trim_start().trim_start_matches('/').trim();
    // `1. **Customer Obsession**: make decisions that put customers first`: the name in
    // bold, then a gloss of it begun in lower case (a story's name would be titled).
    if let Some(bold) = rest.strip_prefix("**")
        && let Some((name, after)) = bold.split_once("**")
    {
        let after = after.trim_start().trim_start_matches(':').trim();
        let gloss = after.is_empty() || after.starts_with(|c: char| c.is_lowercase());
        return gloss
            .then(|| set.resolve(name.trim().trim_end_matches(':')))
            .flatten();
    }
    // `1. [Customer Obsession](#1-customer-obsession)`: a table of contents' link to
    // the heading, not the heading.
    if rest.starts_with('[') && rest.contains("](") {
        return None;
    }
    // The name, without a remark in parentheses at the end.
    let name = match rest.find(['(', '（']) {
        Some(open) if rest.ends_with([')', '）']) => rest[..open].trim(),
        Some(_) => return None,
        None => rest,
    };
    set.resolve(name).or_else(|| {
        // A long name written a letter or two wrong ("6. Hire and Develope The Best").
        match slips_of_names(name, set, 12).as_slice() {
            [id] => set.get(id),
            _ => None,
        }
    })
}

/// A heading's title without a `Story:`, `STAR story —`, `Story 2:` or `Story A ·` label
/// in front.
pub(super) fn story_heading(text: &str) -> String {
    let trimmed = text.trim();
    // A sign before the label (`🎤 Story 1 — …`, `⭐ Story: …`) is decoration.
    let marked = trimmed
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !"\"'([“‘`".contains(c))
        .trim_start();
    // `The STAR — NAME`, `My story: NAME`: an article or "my" before the label.
    let bare = ["the ", "my "]
        .iter()
        .find_map(|word| strip_prefix_ignore_case(marked, word))
        .map(str::trim_start);
    if let Some(named) = bare.and_then(labelled_name) {
        return named;
    }
    // `Primary Story: NAME`, `Backup Story 2: NAME`: the label with the story's rank
    // among the writer's stories for one question.
    if let Some(named) = ranked_story(marked).and_then(labelled_name) {
        return named;
    }
    if let Some(named) = labelled_name(marked) {
        return named;
    }
    // `Failure story: The lost backups`, `YOUR CAD STORY — The fixture design`: a word
    // or two of what kind of story it is (or "your"), then the label and the name.
    let words: Vec<&str> = marked.split_whitespace().collect();
    (1..=3)
        .filter(|&k| k < words.len())
        .find(|&k| {
            words[..k]
                .iter()
                // (`Deep-Dive Story #1 — …`: a word of the kind may be hyphenated.)
                .all(|w| {
                    w.split('-')
                        .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
                        && !w.eq_ignore_ascii_case("story")
                })
                && words[k].to_lowercase().starts_with("story")
        })
        .and_then(|k| {
            let at = marked.find(words[k]).filter(|&at| at > 0)?;
            labelled_name(&marked[at..]).filter(|name| {
                // (A name, not a sentence going on: `Story — …` must be set apart.)
                marked[at..].len() > name.len()
            })
        })
        .unwrap_or_else(|| trimmed.to_string())
}

/// What follows a story's rank at the start of a heading (`Primary Story: …`, `Backup
/// Story 2: …`, `Additional Backup Story: …`): the writer's first choice of story for
/// a question, and the ones held in reserve. The rank is no part of the story's name.
pub(super) fn ranked_story(heading: &str) -> Option<&str> {
    const RANKS: &[&str] = &[
        "primary",
        "main",
        "backup",
        "back-up",
        "alternate",
        "alternative",
        "secondary",
        "fallback",
        "reserve",
        "bonus",
        "extra",
        "additional",
    ];
    let mut rest = heading.trim_start();
    let mut ranked = false;
    while let Some(after) = RANKS
        .iter()
        .find_map(|rank| strip_prefix_ignore_case(rest, rank).filter(|r| r.starts_with(' ')))
    {
        rest = after.trim_start();
        ranked = true;
    }
    let story = strip_prefix_ignore_case(rest, "story")?;
    (ranked && !story.starts_with(char::is_alphabetic)).then_some(rest)
}

/// The name after a story's label at the start of `marked` (`Story 2 — NAME`, `STAR
/// Method - NAME`), if a label is there.
fn labelled_name(marked: &str) -> Option<String> {
    for label in [
        "star story",
        "star example",
        // `STAR — Text-to-SQL Agent`, `STAR Method - SLA-Guard`: the file's one story,
        // in STAR.
        "star method",
        "star framework",
        "star format",
        "star",
        "story",
        "anecdote",
        "example",
        "experience",
        // `История #1: …`, `Історія 2 — …`: "story" in Russian and Ukrainian.
        "история",
        "історія",
    ] {
        // (A label in Cyrillic, `История`, is matched in either case too.)
        let rest = if label.is_ascii() {
            strip_prefix_ignore_case(marked, label)
        } else {
            marked
                .get(..label.len())
                .filter(|head| head.chars().flat_map(char::to_lowercase).eq(label.chars()))
                .map(|_| &marked[label.len()..])
        };
        if let Some(rest) = rest {
            // `Story-to-question mapping`, `Story-driven`: one word, no label; nor is
            // `Stars: …` the label "star".
            if rest.starts_with(char::is_alphabetic)
                || rest.starts_with('-') && rest[1..].starts_with(char::is_alphabetic)
            {
                continue;
            }
            let mut rest = rest.trim_start();
            // (Counted with a sign, `STAR Story #1 — NAME`: the name after a dash or a
            // colon.)
            let hashed = rest
                .strip_prefix('#')
                .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if let Some(r) = hashed {
                rest = r;
            }
            // The story's number or letter ("Story 2", "Story A").
            let mark = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            let number = mark > 0 && rest[..mark].chars().all(|c| c.is_ascii_digit());
            if mark > 0 && (mark == 1 || number) && rest[..mark].len() <= 3 {
                rest = rest[mark..].trim_start();
                // `Story1 HEXAGONAL`: after a number the name needs no separator (a
                // remark, `Story 2 (draft) — NAME`, is no name).
                if number
                    && hashed.is_none()
                    && rest.starts_with(|c: char| c.is_alphanumeric() || "\"'“‘`".contains(c))
                {
                    return Some(rest.to_string());
                }
            }
            if let Some(r) = rest.strip_prefix([':', '—', '–', '-', '·', '.']) {
                let r = without_story_number(r.trim());
                if !r.is_empty() && !a_record_or_a_span(r) {
                    return Some(r.to_string());
                }
            }
        }
    }
    None
}

/// Whether what follows a label is a record of facts, not a story's name: fields set
/// apart by bars (`Experience: 8–12 Years | Category: Engineering`, a posting's
/// facts), or a length of time (`Experience: 5+ years`, how long one has worked).
fn a_record_or_a_span(name: &str) -> bool {
    let field = |part: &str| {
        part.trim().split_once(':').is_some_and(|(label, _)| {
            !label.is_empty()
                && label.split_whitespace().count() <= 3
                && label
                    .chars()
                    .all(|c| c.is_alphabetic() || " /&-".contains(c))
        })
    };
    if name.split('|').skip(1).any(field) {
        return true;
    }
    // The amount first (`8–12`, `5+`, `10`), then its unit.
    let amount = name.trim_start_matches(|c: char| c.is_ascii_digit() || "–-+. ".contains(c));
    amount.len() < name.len()
        && name.starts_with(|c: char| c.is_ascii_digit())
        && amount
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|unit| {
                ["year", "years", "yrs", "yr", "months", "month"]
                    .contains(&unit.to_lowercase().as_str())
            })
}

/// A story's name without the number the notes count it by (`#1 — OneLink project`).
pub(super) fn without_story_number(name: &str) -> &str {
    let Some(number) = name.strip_prefix('#') else {
        return name;
    };
    let digits = number.trim_start_matches(|c: char| c.is_ascii_digit());
    let named = digits
        .trim_start_matches([' ', ':', '—', '–', '-', '·', '.'])
        .trim();
    if digits.len() < number.len() && !named.is_empty() {
        named
    } else {
        name
    }
}

/// Whether a label says the text after it names principles: `Leadership Principles`,
/// `LPs`, `Tags`, `Maps to`, `Primary LP`, or a label of up to three words that starts
/// by saying so (`LPs covered`, `Principles shown`, `LP fit`). Emphasis marks aside.
pub(super) fn principles_label(label: &str) -> bool {
    const LABELS: &[&str] = &[
        "leadership principles",
        "leadership principle",
        "principles",
        "principle",
        "lps",
        "lp",
        "tags",
        "tag",
        "amazon lps",
        "maps to",
        "note",
        "fits",
        "relevant lps",
        "principles demonstrated",
        "primary lp",
        "primary lps",
        "primary principle",
        "primary leadership principle",
    ];
    // `Mapped LP(s)`, `Principle(s)`: the plural in brackets is the plural.
    let label = label
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .to_lowercase()
        .replace("(s)", "s");
    let words: Vec<&str> = label.split_whitespace().collect();
    // `LP focus`, `Principles shown`; `Candidate LPs`, `Key principles`.
    let naming = |w: &&str| ["lp", "lps", "principle", "principles"].contains(w);
    // (`LPs at 100%`: a figure about principles, not a label over their names.)
    let worded = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
    });
    LABELS.contains(&label.as_str())
        || words.len() <= 3
            && worded
            && (words.first().is_some_and(naming) || words.last().is_some_and(naming))
}

/// A block that names a story's principles: a label such as `Leadership Principles`,
/// `LPs`, `Principles`, `Tags` (bold or not), a colon, and principle names on the same
/// line or the next. The ids, when every name resolves.
pub(super) fn tag_line(text: &str, set: &PrincipleSet) -> Option<Names> {
    let text = text
        .trim()
        .trim_start_matches(['-', '*', '+', '_'])
        .trim_start();
    // `**Tags:** ownership, scope | **Amazon LP:** Think Big, Ownership | **Google:**
    // Leadership`: labelled pieces set apart by bars; the one whose label says
    // principles (more than "tags") names them, and the other companies' rubrics none.
    if let Some(first) = text.lines().next()
        && first.contains(" | ")
    {
        let labelled = |piece: &&str| {
            piece.split_once(':').is_some_and(|(label, _)| {
                let bare = label.trim().trim_matches(['*', '_']).trim().to_lowercase();
                !bare.is_empty() && bare.split_whitespace().count() <= 4 && !bare.contains('|')
            })
        };
        let pieces: Vec<&str> = first
            .split(" | ")
            .map(|p| p.trim().trim_start_matches(['*', '_']).trim_start())
            .collect();
        let says_principles = |piece: &&&str| {
            piece.split_once(':').is_some_and(|(label, _)| {
                let bare = label.trim().trim_matches(['*', '_']).trim().to_lowercase();
                principles_label(label) && !matches!(bare.as_str(), "tags" | "tag")
            })
        };
        if pieces.len() >= 2
            && pieces.iter().all(labelled)
            && let Some(piece) = pieces.iter().find(says_principles)
        {
            return tag_line(piece, set);
        }
    }
    let (label, value) = text.split_once(':')?;
    if !principles_label(label) {
        return None;
    }
    // The value on the label's line, or, after a label alone, on the lines under it.
    // After a value on the label's own line, more lines are the story's other fields
    // (`**When:** 2026-06`, `**Story used:** …`), read with it; a line that is not such
    // a field (`**Situation**`, the story itself) means the block is not a line of
    // names.
    let value = value.trim_start_matches(['*', '_']);
    if let Some((first, more)) = value.split_once('\n')
        && !first.trim().is_empty()
    {
        // A field is `**Label:** value`; one naming more principles (`**Secondary
        // LPs:** …`) links them too, its value running on past a line that ends with a
        // comma.
        let also = |line: &str| matches!(split_label(line), Some((Label::Also, _)));
        // Another field of the story's (`**When:** …`), more principles, or the
        // question it is best for; not one of its parts.
        let field = |line: &str| {
            let line = line.trim();
            line.is_empty()
                || line.starts_with("**")
                    && line[2..].split_once(":**").is_some_and(|(label, _)| {
                        label.split_whitespace().count() <= 3
                            && !label.contains('*')
                            && matches!(
                                split_label(line),
                                None | Some((Label::Also | Label::Question, _))
                            )
                    })
        };
        let mut fields: Vec<String> = Vec::new();
        for line in more.lines() {
            match fields.last_mut() {
                Some(open) if open.trim_end().ends_with(',') => {
                    open.push(' ');
                    open.push_str(line.trim());
                }
                _ if field(line) => fields.push(line.to_string()),
                _ => return None,
            }
        }
        let value = first
            .trim()
            .trim_start_matches(['-', '*', '+'])
            .trim()
            .to_string();
        let mut names = named_principles(&value, set);
        for line in fields.iter().filter(|l| also(l)) {
            if let Some((_, rest)) = split_label(line) {
                let more = named_principles(rest, set);
                for id in more.ids {
                    if !names.ids.contains(&id) {
                        names.ids.push(id);
                    }
                }
                names.ambiguous.extend(more.ambiguous);
            }
        }
        return (!names.ids.is_empty() || !names.ambiguous.is_empty()).then_some(names);
    }
    let value = value
        .lines()
        .map(|l| l.trim().trim_start_matches(['-', '*', '+']).trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    // A label that says what follows names principles: those that resolve are linked,
    // even beside words that are not principles ("Technical challenge, Dive deep"),
    // and informal names count ("bias", "high standards").
    let names = named_principles(&value, set);
    (!names.ids.is_empty() || !names.ambiguous.is_empty()).then_some(names)
}

/// A line that is only principles' names, two or more, without a label: `**Bias for
/// Action 和 Dive Deep**`, `Ownership, Earn Trust`. Every part must be a name as a
/// set writes it (not a short name), so that a sentence is never read as one.
pub(super) fn names_line(text: &str, set: &PrincipleSet) -> Option<Names> {
    let text = text.trim();
    if text.contains('\n') {
        return None;
    }
    let bare = text.trim_matches(['*', '_', ' ']);
    let names = names_in(bare, set, false);
    (names.ids.len() >= 2 && names.unknown.is_empty()).then_some(names)
}

/// A closing sentence that says what was learned, without a label's separator:
/// "What I learned is that…", "What I took away was…", "The lesson: …". The whole
/// sentence is the part's text.
pub(super) fn learned_sentence(text: &str) -> bool {
    let lower = text
        .trim_start()
        .trim_start_matches(['*', '_'])
        .to_lowercase();
    [
        "what i learned",
        "what i learnt",
        "what i took away",
        "the lesson i",
        "the lesson was",
        "the lesson is",
        "my takeaway",
        "the takeaway",
        "i learned that",
        "i learnt that",
    ]
    .iter()
    .any(|lead| lower.starts_with(lead))
}

/// A line naming more principles, whatever its label says and in whatever language
/// (`Secundarios: Ownership, Dive Deep`, `Related: Frugality + Invent and Simplify`,
/// `LP secondaires : Ownership, Earn Trust`): a short label, a colon, and a value whose
/// every item resolves to a principle. The ids, or `None` (the line stays text).
pub(super) fn principle_line(text: &str, set: &PrincipleSet) -> Option<Vec<String>> {
    let text = text.trim().trim_start_matches(['-', '*', '+']).trim();
    let (label, value) = text.split_once(':')?;
    let label = label.trim().trim_matches(['*', '_']).trim();
    let value = value.trim().trim_start_matches(['*', '_']).trim();
    // A label is a word or three ("Related", "LP secondaires"), not the start of a
    // sentence ("The result was: …").
    let first = label.split_whitespace().next().unwrap_or("").to_lowercase();
    let short_label = !label.is_empty()
        && label.chars().count() <= 30
        && label.split_whitespace().count() <= 3
        && !SENTENCE_OPENERS.contains(&first)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'');
    if !short_label || value.is_empty() || value.contains('\n') {
        return None;
    }
    let (ids, unknown) = principle_list(value, set);
    (unknown.is_empty() && !ids.is_empty()).then_some(ids)
}

/// The label in bold that opens a text, a colon right after it or inside its bold
/// (`**Theme**: …`, `**Competency:** …`; with `spaced`, a space before the colon too,
/// or a full-width one, `**갈등** : …`), and what follows the colon.
pub(super) fn bold_split(text: &str, spaced: bool) -> Option<(&str, &str)> {
    let rest = text.trim().strip_prefix("**")?;
    let (label, after) = rest.split_once("**")?;
    let (colon, marks): (&str, &[char]) = if spaced {
        (after.trim_start(), &[':', '：'])
    } else {
        (after, &[':'])
    };
    match colon.strip_prefix(marks) {
        Some(after) => Some((label, after)),
        None => Some((label.strip_suffix(marks)?, after)),
    }
}

/// The principle a paragraph's bold label names, and what the paragraph says after the
/// label, when that tells what the writer did: `**Customer Obsession:** A team asked
/// for… I proposed…`, or with a word before the name (`**Alt Ownership:** Found drift…
/// I audited…`, an alternate story of it). A label that names no principle, or words
/// after it that tell nothing of the writer's (a definition), show none.
pub(super) fn labelled_principle<'t>(
    paragraph: &'t str,
    set: &PrincipleSet,
) -> Option<(String, &'t str)> {
    let (label, after) = bold_split(paragraph, true)?;
    let told = after.trim();
    let name = label.trim();
    let resolve = |name: &str| set.resolve(name).map(|p| p.id.clone());
    let id = resolve(name).or_else(|| {
        let (_, named) = name.split_once(' ')?;
        resolve(named.trim())
    })?;
    // (What the writer did: "I" in it, or a verb in the past first, "I" left out.)
    let words = words_of(told);
    let of_the_writer = words.iter().any(|w| FIRST_PERSON.contains(w.as_str()))
        || words.first().is_some_and(|w| past(w));
    (of_the_writer && !is_description(told)).then_some((id, told))
}

/// The principle a sentence says its paragraph shows, named last after "is": "One of
/// Amazon's leadership principles I've demonstrated in school is ownership.", "The
/// principle I lean on most is Dive Deep." The sentence speaks of a principle; a
/// sentence that only holds a name ("Ownership is what I liked") shows none.
pub(super) fn shows_principle(sentence: &str, set: &PrincipleSet) -> Option<String> {
    let sentence = sentence
        .trim()
        .trim_end_matches(['.', '!', ':', ';'])
        .trim();
    // (Lowered as ASCII only, so that its byte offsets are the sentence's own.)
    let lower = sentence.to_ascii_lowercase();
    let (before, _) = lower.rsplit_once(" is ")?;
    if !plain_words(before)
        .iter()
        .any(|w| w == "principle" || w == "principles")
    {
        return None;
    }
    let name = sentence[before.len() + 4..]
        .trim()
        .trim_matches(['*', '_', '"', '“', '”']);
    if name.is_empty()
        || crate::principles::fold(name).split_whitespace().count() > set.longest_spelling()
    {
        return None;
    }
    if let Some(p) = set.resolve(name) {
        return Some(p.id.clone());
    }
    match informal(name, set) {
        Informal::One(id) => Some(id),
        _ => None,
    }
}

/// A line that opens with a principle's name and says after a colon what it means
/// (`* Invent and Simplify: Leaders seek out ways to simplify`), or gives the name
/// alone: the principle's id, and whether the name is written whole (not an alias).
/// A name of two words or more may have a letter or two wrong ("Deep Drive").
pub(super) fn principle_led(line: &str, set: &PrincipleSet) -> Option<(String, bool)> {
    let text = without_bullet(line);
    let head = text
        .split_once([':', '：'])
        .map_or(text, |(head, _)| head)
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches('.');
    let words = crate::principles::fold(head).split_whitespace().count();
    if words == 0 || words > set.longest_spelling() {
        return None;
    }
    if let Some(p) = set.resolve(head) {
        let whole = crate::principles::fold(head) == crate::principles::fold(&p.name);
        return Some((p.id.clone(), whole));
    }
    match informal(head, set) {
        Informal::One(id) if words >= 2 => Some((id, false)),
        _ => None,
    }
}

/// The principles named in a list such as `Dive Deep, Deliver Results` or
/// `Are Right, A Lot; Frugality` (names may hold commas themselves), and the parts
/// that name none.
pub(super) fn principle_list(text: &str, set: &PrincipleSet) -> (Vec<String>, Vec<String>) {
    let names = names_in(text, set, false);
    (names.ids, names.unknown)
}

/// What a list of principle names holds, read as a line that says it names
/// principles reads it (`LPs:`, `Tags:`, `Also:`, a heading's remark): the ids found,
/// the parts that name none, and the short names that could be more than one
/// principle ("best"), with the principles each could be.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Names {
    pub ids: Vec<String>,
    pub unknown: Vec<String>,
    pub ambiguous: Vec<(String, Vec<String>)>,
}

/// The principles a remark beside a name names, its brackets off (`(Dive Deep +
/// Frugality)`, `[Ownership]`): see [`named_principles`].
pub(super) fn remark_principles(remark: &str, set: &PrincipleSet) -> Names {
    named_principles(
        remark
            .trim_start_matches(['(', '['])
            .trim_end_matches([')', ']']),
        set,
    )
}

/// The principles a labelled list names, also by the informal names people write:
/// words of one principle's name ("bias", "obsess over customer"), or a name with a
/// slip of a letter or two ("disagreee and commit"). See [`informal`].
pub(super) fn named_principles(text: &str, set: &PrincipleSet) -> Names {
    names_in(text, set, true)
}

fn names_in(text: &str, set: &PrincipleSet, loose: bool) -> Names {
    // "Customer Obsession (primary), Dive Deep (traced the pipeline)": a remark in
    // parentheses says something of the name before it, and is not a name.
    let mut outer = names_outside_remarks(&without_remarks(text), set, loose);
    if !text.contains('(') {
        return outer;
    }
    let inner = remarks(text);
    // "Unclassified (Bias for Action + Are Right A Lot)", "Mixed (Ownership, Dive
    // Deep)": when what stands outside the remarks names nothing, the remarks are
    // where the names are.
    if outer.ids.is_empty() && outer.ambiguous.is_empty() && !inner.is_empty() {
        let within = names_outside_remarks(&inner.join(", "), set, loose);
        if !within.ids.is_empty() || !within.ambiguous.is_empty() {
            return within;
        }
    }
    // "Ownership (secondary: Earn Trust)", "Ownership (also Dive Deep)": a remark that
    // says it names more links them after the names outside it, when each of its parts
    // is a name.
    const MORE: &[&str] = &["also", "secondary", "plus", "and", "backup", "alt", "with"];
    for remark in inner {
        let trimmed = remark.trim();
        let Some(first) = trimmed.split([' ', ':']).next() else {
            continue;
        };
        if !MORE.contains(&first.to_lowercase().as_str()) {
            continue;
        }
        let rest = trimmed[first.len()..].trim_start_matches([':', ' ']);
        let more = names_outside_remarks(rest, set, false);
        if more.unknown.is_empty() && !more.ids.is_empty() {
            for id in more.ids {
                if !outer.ids.contains(&id) {
                    outer.ids.push(id);
                }
            }
        }
    }
    outer
}

/// The text of each remark in parentheses in `text`, outermost only.
fn remarks(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' => {
                if depth > 0 {
                    current.push(c);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    found.push(std::mem::take(&mut current));
                } else {
                    current.push(c);
                }
            }
            _ if depth > 0 => current.push(c),
            _ => {}
        }
    }
    found
}

fn names_outside_remarks(text: &str, set: &PrincipleSet, loose: bool) -> Names {
    let text = text
        .trim()
        .trim_end_matches('.')
        .trim_end_matches(['*', '_']);
    // Commas, semicolons, slashes, the dots and bars people set between names
    // (`Ownership · Dive Deep`, `Bias for Action | Frugality`), and the Chinese list
    // comma and "and" (`Bias for Action 和 Dive Deep`).
    const SEPARATORS: [char; 10] = [',', ';', '+', '/', '·', '•', '|', '、', '和', '與'];
    let parts: Vec<&str> = text
        .split(SEPARATORS)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut names = Names::default();
    // A run of parts names a principle only when its words are no more than the set's
    // longest spelling has (the separators fold away): longer runs are not tried, so a
    // line of a thousand names costs no more than a thousand lookups. Parts of no word
    // (`the`) are let through a few at a time.
    let longest = set.longest_spelling();
    let words: Vec<usize> = parts
        .iter()
        .map(|p| crate::principles::fold(p).split_whitespace().count())
        .collect();
    let mut i = 0;
    while i < parts.len() {
        let mut end = i + 1;
        let mut told = words[i];
        while end < parts.len() && told + words[end] <= longest && end - i < longest + 8 {
            told += words[end];
            end += 1;
        }
        // The longest run of parts, from here, that names a principle.
        let found = (i + 1..=end).rev().find_map(|j| {
            let joined = parts[i..j].join(", ");
            set.resolve(&joined)
                .or_else(|| set.resolve(&parts[i..j].join("; ")))
                .map(|p| (j, p.id.clone()))
        });
        match found {
            Some((j, id)) => {
                names.ids.push(id);
                i = j;
            }
            None => {
                // "Hybrid — Ownership", "Mixed: Dive Deep": a word that names none, then
                // a name after a dash or a colon.
                if let Some((_, after)) = parts[i].rsplit_once([':', '—', '–'])
                    && let Some(p) = set.resolve(after.trim())
                {
                    names.ids.push(p.id.clone());
                    i += 1;
                    continue;
                }
                // "touches Earn Trust", "also Dive Deep": a word of the writer's in
                // lower case before the names, which it says nothing of.
                // (With the parts after it, for a name with a comma in it: "touches
                // Earn Trust and Are Right, A Lot".)
                if let Some((lead, rest)) = parts[i].split_once(' ')
                    && lead.chars().all(char::is_lowercase)
                    && rest.starts_with(char::is_uppercase)
                    && let Some((more, found)) =
                        (0..=2.min(parts.len() - i - 1)).rev().find_map(|more| {
                            let joined = std::iter::once(rest)
                                .chain(parts[i + 1..=i + more].iter().copied())
                                .collect::<Vec<_>>()
                                .join(", ");
                            set.resolve(&joined)
                                .map(|p| vec![p.id.clone()])
                                .or_else(|| split_on_and(&joined, set))
                                .map(|found| (more, found))
                        })
                {
                    names.ids.extend(found);
                    i += 1 + more;
                    continue;
                }
                // "Leadership / Ownership": "leadership" alone, the word every
                // principle shares, names none and is no unknown name either.
                if crate::principles::fold(parts[i])
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .all(glue)
                {
                    i += 1;
                    continue;
                }
                // "Frugality and Earn Trust": names joined by "and", which a name may
                // hold itself ("Invent and Simplify").
                match split_on_and(parts[i], set) {
                    Some(found) => names.ids.extend(found),
                    None if loose => match informal(parts[i], set) {
                        Informal::One(id) => names.ids.push(id),
                        Informal::Several(ids) => {
                            names.ambiguous.push((parts[i].to_string(), ids));
                        }
                        Informal::None => names.unknown.push(parts[i].to_string()),
                    },
                    None => names.unknown.push(parts[i].to_string()),
                }
                i += 1;
            }
        }
    }
    for id in std::mem::take(&mut names.ids) {
        if !names.ids.contains(&id) {
            names.ids.push(id);
        }
    }
    names
}

/// `text` without its remarks in parentheses (each with the space before it), when
/// something stands outside them: "Dive Deep (traced the pipeline)" is "Dive Deep".
fn without_remarks(text: &str) -> Cow<'_, str> {
    if !text.contains('(') {
        return Cow::Borrowed(text);
    }
    let (out, closed) = outside(text, '(', ')');
    if !closed || out.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        out.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" ,", ","),
    )
}

/// The principles whose id, name or an alias `text` is written a letter or two wrong
/// ("disagreee and commit", "Hire and Develope the Best"): one slip in a name of five
/// letters or more, two in ten; none in a text shorter than `shortest`.
pub(super) fn slips_of_names(text: &str, set: &PrincipleSet, shortest: usize) -> Vec<String> {
    let folded = crate::principles::fold(text);
    let length = folded.chars().count();
    if length < shortest.max(5) {
        return Vec::new();
    }
    let allowed = if length < 10 { 1 } else { 2 };
    let mut found: Vec<String> = Vec::new();
    for p in &set.principles {
        // Lengths further apart than the slips allowed cannot be that near: the
        // distance is not computed (it costs the product of the two lengths).
        let near = [p.id.replace('-', " "), p.name.clone()]
            .iter()
            .chain(&p.aliases)
            .any(|s| {
                let name = crate::principles::fold(s);
                name.chars().count().abs_diff(length) <= allowed
                    && strsim::osa_distance(&folded, &name) <= allowed
            });
        if near && !found.contains(&p.id) {
            found.push(p.id.clone());
        }
    }
    found
}

/// What an informal name stands for.
#[derive(Debug, PartialEq)]
pub(super) enum Informal {
    One(String),
    /// Words that several principles' names share ("best"): reported, never guessed.
    Several(Vec<String>),
    None,
}

/// Words a principle's name is built with that say nothing of which one it is.
/// ("Leaders Are Right a Lot" says "leaders".)
const NAME_GLUE: &[&str] = &[
    "a", "an", "and", "are", "be", "for", "have", "of", "on", "the", "to", "over", "in", "leader",
    "leaders",
];

/// Whether a word says nothing of which principle a name is: a word of [`NAME_GLUE`], or
/// "leadership", which every principle of the set shares (a theme of "Leadership" names
/// no one principle).
fn glue(word: &str) -> bool {
    NAME_GLUE.contains(&word) || word == "leadership"
}

/// The principle an informal name stands for, in a line that says it names
/// principles:
/// - its words are all words of one principle's name, id or aliases: "bias",
///   "obsess over customer", "high standards" (a word matches the name's word it
///   begins, or that begins it, of four letters or more: "obsess", "obsession");
/// - or it is one of those names with a letter or two wrong ("disagreee and commit",
///   "invnet and simplify"): one in a name of five letters or more, two in ten.
///
/// A phrase that opens on a word of place or time (`in development`, `at scale`, `on
/// hold`) says where or when something is, and names no principle: no name opens so.
pub(super) fn informal(text: &str, set: &PrincipleSet) -> Informal {
    let folded = crate::principles::fold(text);
    if folded.split(' ').find(|w| !w.is_empty()).is_some_and(|w| {
        matches!(
            w,
            "in" | "at"
                | "on"
                | "under"
                | "during"
                | "since"
                | "until"
                | "before"
                | "after"
                | "within"
                | "into"
        )
    }) {
        return Informal::None;
    }
    let words = |t: &str| -> Vec<String> {
        crate::principles::fold(t)
            .split(' ')
            .filter(|w| !w.is_empty() && !glue(w))
            .map(str::to_string)
            .collect()
    };
    let mine = words(text);
    if mine.is_empty() || mine.len() > 4 {
        return Informal::None;
    }
    let same = |a: &str, b: &str| {
        a == b || a.len().min(b.len()) >= 4 && (a.starts_with(b) || b.starts_with(a))
    };
    let spellings = |p: &Principle| -> Vec<String> {
        let mut all = vec![p.id.replace('-', " "), p.name.clone()];
        all.extend(p.aliases.iter().cloned());
        all
    };
    let mut found: Vec<String> = set
        .principles
        .iter()
        .filter(|p| {
            let theirs: Vec<String> = spellings(p).iter().flat_map(|s| words(s)).collect();
            mine.iter().all(|w| theirs.iter().any(|t| same(w, t)))
        })
        .map(|p| p.id.clone())
        .collect();
    if found.is_empty() {
        found = slips_of_names(text, set, 5);
    }
    match found.len() {
        0 => Informal::None,
        1 => Informal::One(found.remove(0)),
        _ => Informal::Several(found),
    }
}

/// The principles named in `text` joined by " and ", each the longest run of words
/// that names one; `None` unless every word is used.
fn split_on_and(text: &str, set: &PrincipleSet) -> Option<Vec<String>> {
    let parts: Vec<&str> = text.split(" and ").map(str::trim).collect();
    if parts.len() < 2 {
        return None;
    }
    // Only runs of no more words than the set's longest spelling are tried (each "and"
    // a word of the name it joins; two more for the "the"s folding drops): a paragraph
    // of a thousand "and"s costs a thousand short lookups, not a thousand of the whole
    // paragraph.
    let longest = set.longest_spelling() + 2;
    let words: Vec<usize> = parts.iter().map(|p| p.split_whitespace().count()).collect();
    let mut ids = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        if words[i] > longest {
            return None;
        }
        let mut end = i + 1;
        let mut told = words[i];
        while end < parts.len() && told + 1 + words[end] <= longest {
            told += 1 + words[end];
            end += 1;
        }
        let (j, id) = (i + 1..=end).rev().find_map(|j| {
            set.resolve(&parts[i..j].join(" and "))
                .map(|p| (j, p.id.clone()))
        })?;
        ids.push(id);
        i = j;
    }
    Some(ids)
}

/// Whether a short note points back to the story told just above it ("Same as
/// above.", "See above", "Use the story above", "Ditto", "同上"): the question it sits
/// under is answered by that story.
pub(super) fn refers_above(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "same", "as", "above", "see", "story", "example", "answer", "the", "one", "use",
        "previous", "prior", "ditto", "idem", "refer", "to",
    ];
    let text = text.trim();
    let text = item_body(text).unwrap_or(text).trim();
    if text.contains('\n') {
        return false;
    }
    if text.trim_end_matches(['.', '。', '!', ' ']) == "同上" {
        return true;
    }
    let words = plain_words(text);
    (1..=6).contains(&words.len())
        && words.iter().all(|w| WORDS.contains(&w.as_str()))
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "above" | "previous" | "prior" | "ditto" | "idem"
            )
        })
}

/// Whether a paragraph sends the reader to another document for the details ("See
/// [docs/setup.md](docs/setup.md) for the error and its fix", "Ver `docs/x.md` para…"):
/// a pointer, one paragraph opening on "see" in one of the notes' languages, with a
/// link or a file's name. However many of a story's words it repeats, it tells
/// nothing again.
pub(super) fn points_elsewhere(text: &str) -> bool {
    let t = text.trim();
    let leads = [
        "see ", "voir ", "siehe ", "véase ", "ver ", "vedi ", "veja ",
    ];
    !t.contains("\n\n")
        && leads
            .iter()
            .any(|lead| strip_prefix_ignore_case(t, lead).is_some())
        && (t.contains("](") || t.contains(".md") || t.contains("http"))
}

/// `see Bias for Action A`, `(see Ownership, story 2)`: the principle referred to and
/// the marker of the story under it.
pub(super) fn reference(text: &str, set: &PrincipleSet) -> Option<(String, String)> {
    let t = text
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')'])
        .trim();
    let rest = [
        "see also ",
        "see ",
        "same as ",
        "same story as ",
        "voir aussi ",
        "voir ",
        "siehe ",
        "véase ",
        "ver ",
        "vedi ",
    ]
    .iter()
    .find_map(|lead| strip_prefix_ignore_case(t, lead))?;
    if rest.split_whitespace().count() > 10 {
        return None;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=words.len()).rev().find_map(|n| {
        let name = words[..n].join(" ");
        let principle = set.resolve(name.trim_end_matches([',', ':']))?;
        let marker = words[n..].join(" ");
        let marker = marker
            .trim_start_matches([',', ':', '-', '—'])
            .trim()
            .trim_start_matches("story")
            .trim();
        Some((principle.id.clone(), marker.to_string()))
    })
}

/// Whether a paragraph tells before it asks: its first sentence ends with a stop, says
/// "I" (or "my", "we") and asks nothing ("I push back, but not with a no. … What can we
/// cut from scope instead?"): the writer's answer, whatever its last sentence asks.
pub(super) fn tells_before_asking(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['*', '_', '>', ' ']);
    // (A stop inside a quotation that closes the sentence, `…for one user.'`, ends it
    // as well.)
    let Some((at, stop)) = t.char_indices().find(|&(i, c)| {
        matches!(c, '.' | '!' | '?' | '。' | '？')
            && t[i + c.len_utf8()..]
                .trim_start_matches(['\'', '"', '”', '’'])
                .starts_with(' ')
    }) else {
        return false;
    };
    let first = &t[..at + stop.len_utf8()];
    let words = words_of(first);
    // ("We all make mistakes…", "We don't always make the right decision…": the
    // interviewer's lead-in, of everyone, nothing that happened; no "I" in it.)
    let of_everyone = !words
        .iter()
        .any(|w| matches!(w.as_str(), "i" | "my" | "i'm" | "i've" | "i'd" | "i'll"))
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "all" | "always" | "everyone" | "sometimes"))
        && !did_we(first);
    let says_i = !of_everyone
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "i" | "my" | "we" | "i'm" | "i've" | "i'd" | "i'll"
            )
        });
    // ("It taught me…": the writer, told of.)
    let told_of_me = words
        .windows(2)
        .any(|pair| past(&pair[0]) && pair[1] == "me");
    !matches!(stop, '?' | '？') && !is_question(first) && (says_i || told_of_me)
}

/// The first sentence of some Markdown text, without its markup or its final stop.
pub(super) fn first_sentence(text: &str) -> String {
    // An answer quoted as said aloud opens with its mark, and often with a word that
    // only starts speaking ("Certainly.", "Sure!"): the sentence after it says what
    // happened.
    let mut text = text.trim_start_matches(['"', '“', '«', '„', ' ']);
    // `✅ Example: Settled…`: the pictograph and the label are not the story's words.
    text = text.trim_start_matches(|c: char| pictograph(c) || c == ' ');
    if own_example(text)
        && let Some((_, rest)) = text.split_once([':', '：'])
    {
        text = rest.trim_start_matches(['*', '_', ' ']);
    }
    // (A list's items are its sentences: `explain what markets are` over `- explain
    // how the conflict arose` ends at its line, stop or none.)
    if let Some((first, rest)) = text.split_once('\n')
        && rest.lines().next().is_some_and(|next| {
            let next = next.trim_start();
            next.starts_with(['-', '*', '+']) && next[1..].starts_with(' ')
        })
        && !first.trim().is_empty()
    {
        text = first;
    }
    let mut sentence = crate::model::first_sentence(text);
    // (A word alone on its line, `H2HProcessStepService` over its reminder, is a name,
    // not a word that starts speaking.)
    if sentence.split_whitespace().count() == 1
        && let Some(end) = text.find(['.', '!', '?'])
        && !text[..end].contains('\n')
        && text[end + 1..].starts_with(' ')
        && !text[end + 1..].trim().is_empty()
    {
        text = text[end + 1..].trim_start();
        sentence = crate::model::first_sentence(text);
    }
    // (The full stop as Chinese and Japanese write it, `。`, ends a title no more than
    // `.` does.)
    sentence
        .trim_end_matches(['"', '”', '»'])
        .trim_end_matches(['.', '!', '?', '。', '！'])
        .trim_end()
        .to_string()
}

/// The rest of a sentence that opens on a setting naming nothing in particular, a
/// phrase of when or where before its first comma ("In a previous project, we had…",
/// "While working on a new feature, I noticed…"): two to six words, opening on a word
/// of time or place, one of many or one gone by ("a", "previous", "last"), no name in
/// capitals past its first word and no number, a clause after it. Such a
/// setting is no story's name (two stories told "in a previous project" would share
/// it); the clause after it names what happened. `None` when the sentence opens
/// otherwise (`At Momenta, we…` names the place), or too little follows.
pub(super) fn after_setting(sentence: &str) -> Option<&str> {
    let (setting, rest) = sentence.split_once(", ")?;
    let words = words_of(setting);
    let opens = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "in" | "at"
                | "during"
                | "while"
                | "when"
                | "on"
                | "early"
                | "last"
                | "once"
                | "recently"
                | "previously"
        )
    });
    // (One of many, as "a" or "one" says, or one gone by: "a previous project", "my
    // last job", "one point". `In my license plate project` names its project.)
    let unnamed = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "a" | "an"
                | "one"
                | "previous"
                | "prior"
                | "recent"
                | "past"
                | "last"
                | "former"
                | "earlier"
        )
    });
    let rest = rest.trim_start();
    // (What follows is a clause with its subject, `we had…`, not more of the setting:
    // `…, including Morgan Stanley`, `…, just before my marriage`.)
    let clause = words_of(rest).first().is_some_and(|w| {
        !w.ends_with("ing")
            && !matches!(
                w.as_str(),
                "just" | "only" | "especially" | "mostly" | "also" | "even"
            )
    });
    (opens
        && unnamed
        && clause
        && (2..=6).contains(&words.len())
        && !names_past_first(setting, true)
        && !setting.chars().any(|c| c.is_ascii_digit())
        && words_of(rest).len() >= 4
        && rest.starts_with(char::is_alphabetic))
    .then_some(rest)
}

/// A text with its first letter in capitals, as a title's is ("we had…" → "We had…").
pub(super) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A title of at most about 60 characters: a long sentence is cut at its last clause
/// break (a comma, semicolon, colon or dash) that leaves a phrase, else at a word, and
/// never ends on a word that leaves it hanging ("we", "the", "for", "and").
pub(super) fn short_title(text: &str) -> String {
    // (A colon or comma left at the start, `: Early in the rollout` after a remark in
    // brackets was taken off, opens no title.)
    // (Nor does markup written in HTML, `<br><br> Tech - …`, `<blockquote
    // class="tip"><p><strong>Tip</strong>`: tags, no words.)
    let text = without_html_tags(text);
    let title = cut_title(
        text.trim_start()
            .trim_start_matches([':', ';', ','])
            .trim_start(),
    );
    // A quotation's opening mark with its close cut off (`"In my research at IIT
    // Madras`, of a quoted answer) is no mark of the title.
    match title.strip_prefix(['"', '“']) {
        Some(rest) if !rest.contains(['"', '”']) => rest.trim_start().to_string(),
        _ => title,
    }
}

/// `text` without the HTML tags of the elements notes write inline (`<br />`, `<b>`,
/// `</strong>`, `<blockquote class="tip">`), a space left where a break or a block
/// stood between two words. A word in angle brackets that names no such element
/// (`<Company>`) is the writer's and stays.
pub(super) fn without_html_tags(text: &str) -> String {
    const ELEMENTS: &[&str] = &[
        "a",
        "b",
        "i",
        "u",
        "s",
        "em",
        "strong",
        "p",
        "br",
        "span",
        "div",
        "blockquote",
        "code",
        "summary",
        "details",
        "small",
        "sub",
        "sup",
        "mark",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "hr",
        "font",
        "del",
        "ins",
        "kbd",
        "center",
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let name: String = after
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let close = after.find('>');
        match close {
            Some(close) if ELEMENTS.contains(&name.as_str()) && !after[..close].contains('<') => {
                out.push_str(&rest[..open]);
                rest = &after[close + 1..];
                // (A space where a break or a block stood between two words, none
                // before a comma; none where bold or the like did, `<b>열정</b>이라고`.)
                let breaks = !matches!(
                    name.as_str(),
                    "a" | "b"
                        | "i"
                        | "u"
                        | "s"
                        | "em"
                        | "strong"
                        | "span"
                        | "code"
                        | "small"
                        | "sub"
                        | "sup"
                        | "mark"
                        | "font"
                        | "del"
                        | "ins"
                        | "kbd"
                );
                if breaks
                    && out.chars().last().is_some_and(char::is_alphanumeric)
                    && rest.chars().next().is_some_and(char::is_alphanumeric)
                {
                    out.push(' ');
                }
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` without its comments in HTML (`<!-- … -->`); one left open runs to the end.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("<!--") {
        out.push_str(&rest[..open]);
        rest = rest[open + 4..]
            .find("-->")
            .map_or("", |close| &rest[open + 4 + close + 3..]);
    }
    out.push_str(rest);
    out
}

/// [`short_title`] before a quotation's lone opening mark is taken off.
fn cut_title(text: &str) -> String {
    const MAX: usize = 60;
    // An arrow to the answer (`=> Run-books`) points, and is no word of the title.
    let text = after_answer_arrow(text)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(text);
    // Highlight marks (`==words==`) are emphasis, not words of the title; nor is a
    // backslash that escapes a mark (`\*\*WHAT\*\*`), nor a space a site wrote as
    // an entity (`&#x20;`), nor the bold's close after a story's name with a remark
    // after it (`**Story: NAME** (PR #3)`).
    // (Nor is a comment in HTML, `<!-- ask Dana -->`, which no reader of the notes
    // sees.)
    let uncommented = without_comments(text);
    let text = if uncommented.trim().is_empty() {
        text
    } else {
        uncommented.as_str()
    };
    let text = unescaped(text)
        .replace("&#x20;", " ")
        .replace("&nbsp;", " ")
        .replace("==", " ")
        .replace("**", "");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Chinese and Japanese are written without spaces, a character a word's worth: a
    // long sentence in them ends its title at its first clause break (，。；：) after
    // a phrase.
    if mostly_other_script(&text)
        && text.chars().count() > MAX / 2
        && let Some((_, (at, _))) = text
            .char_indices()
            .enumerate()
            .find(|&(count, (_, c))| "，。；：！？".contains(c) && count >= 6)
    {
        return text[..at].to_string();
    }
    if text.chars().count() <= MAX {
        return without_full_stop(text.trim_end_matches([',', ';', ':'])).to_string();
    }
    let head: String = text.chars().take(MAX).collect();
    // A comma inside brackets (`Framework (Rippling, Unified Churn)`) breaks no clause
    // of the title.
    let open = |at: usize| {
        let before = &head[..at];
        before.matches(['(', '[']).count() > before.matches([')', ']']).count()
    };
    let clause = [", ", "; ", ": ", " — ", " – ", " - "]
        .iter()
        .filter_map(|sep| head.rfind(sep))
        .filter(|&at| head[..at].chars().count() >= 20 && !open(at))
        .max();
    let mut words: Vec<&str> = match clause {
        Some(at) => head[..at].split(' ').collect(),
        None => {
            let mut out: Vec<&str> = Vec::new();
            let mut len = 0;
            for word in text.split(' ') {
                let gap = usize::from(!out.is_empty());
                if len + gap + word.chars().count() > MAX && !out.is_empty() {
                    break;
                }
                len += gap + word.chars().count();
                out.push(word);
            }
            out
        }
    };
    // Cut inside brackets, the title ends before them: never on half a remark.
    let depth = |words: &[&str]| {
        let joined = words.join(" ");
        joined.matches(['(', '[']).count() as isize - joined.matches([')', ']']).count() as isize
    };
    if depth(&words) > 0
        && let Some(at) = words.iter().rposition(|w| w.starts_with(['(', '[']))
        && words[..at].join(" ").chars().count() >= 20
    {
        words.truncate(at);
    }
    while words.len() > 1
        && words.last().is_some_and(|w| {
            HANGING_WORDS.contains(&w.trim_end_matches([',', ';', ':']).to_lowercase())
        })
    {
        words.pop();
    }
    words
        .join(" ")
        .trim_end_matches([',', ';', ':', '-', '—'])
        .to_string()
}

/// A title without the full stop a sentence would end with (`Brexit Compliance at
/// Holland & Barrett.`); one that ends a short word or an abbreviation (`Inc.`, `U.S.`,
/// `etc.`) or an ellipsis stays.
fn without_full_stop(title: &str) -> &str {
    let Some(bare) = title.strip_suffix('.') else {
        return title;
    };
    let last = bare.rsplit(' ').next().unwrap_or("");
    let words = bare.split_whitespace().count();
    if words < 3 || bare.ends_with('.') || last.contains('.') || last.chars().count() <= 3 {
        return title;
    }
    bare
}

/// A heading's title without an enumerator in front (`Story 1 —`, `Anecdote B —`,
/// `Example 2:`, `故事 1：`, `#3.`, `2)`) and without a remark in parentheses at its end,
/// which is returned to be kept in the notes. A tag in brackets in front of a name
/// (`[Impact / Ownership] CareConnect`) is a remark too; a remark and nothing else
/// leaves the title empty, for the story's own words to give it.
pub(super) fn heading_title(text: &str) -> (String, Option<String>) {
    let text = text.trim();
    let tagged = text.strip_prefix('[').and_then(|inner| {
        let (tag, rest) = inner.split_once(']')?;
        (!tag.contains('[') && !rest.trim().is_empty()).then(|| (&text[..tag.len() + 2], rest))
    });
    let Some((tag, rest)) = tagged else {
        return untagged_title(text);
    };
    let (title, remark) = untagged_title(rest);
    let alone = |t: &str| t.starts_with('(') && t.ends_with(')');
    let (title, remark) = match remark {
        _ if alone(&title) => (String::new(), format!("{tag} {title}")),
        Some(remark) => (title, format!("{tag} {remark}")),
        None => (title, tag.to_string()),
    };
    (title, Some(remark))
}

/// [`heading_title`] of a heading with no tag in front.
fn untagged_title(text: &str) -> (String, Option<String>) {
    // `★ S001 — NAME ⚠️ SEED`: a pictograph in front marks the story (one to lead
    // with); a pictograph and a word in capitals at the end flag it (a remark, kept).
    // (Its id, `S001`, stays: the notes may refer to the story by it.)
    let mut title = text.trim().trim_start_matches(pictograph).trim_start();
    let mut flag = None;
    if let Some((before, last)) = title.rsplit_once(' ')
        && (2..=10).contains(&last.chars().count())
        && last.chars().all(|c| c.is_ascii_uppercase())
        && let Some((name, mark)) = before.trim_end().rsplit_once(' ')
        && !mark.is_empty()
        && mark.chars().all(pictograph)
    {
        flag = Some(title[name.len() + 1..].to_string());
        title = name.trim_end();
    }
    let (title, remark) = untagged_name(title);
    let remark = match (remark, flag) {
        (Some(remark), Some(flag)) => Some(format!("{remark} {flag}")),
        (remark, flag) => remark.or(flag),
    };
    (title, remark)
}

/// [`untagged_title`] once its marks in front and its flag at the end are off.
fn untagged_name(text: &str) -> (String, Option<String>) {
    let mut title = text.trim();
    let lower = title.to_lowercase();
    // (故事 and 案例: story and case, in Chinese.)
    for word in [
        "story",
        "anecdote",
        "example",
        "case",
        "star",
        "故事",
        "案例",
        "история",
        "історія",
    ] {
        if lower.starts_with(word) {
            let rest = title[word.len()..].trim_start();
            let rest = rest.strip_prefix('#').unwrap_or(rest);
            let marker = rest
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>();
            if !marker.is_empty() && marker.chars().count() <= 3 {
                let after = rest[marker.len()..].trim_start();
                if let Some(r) = after.strip_prefix(['—', '–', '-', ':', '：', '.', ')']) {
                    title = r.trim_start();
                    break;
                }
            }
        }
    }
    // `#3.`, `3.`, `2)`, `B —` in front.
    let bare = title.strip_prefix('#').unwrap_or(title);
    let marker: String = bare
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let numeric =
        !marker.is_empty() && marker.chars().all(|c| c.is_ascii_digit()) && marker.len() <= 3;
    let letter = marker.len() == 1 && marker.chars().all(|c| c.is_ascii_uppercase());
    if numeric || letter {
        let after = bare[marker.len()..].trim_start();
        // `2.19 Why Amazon?`: a section's number and its own, a dot between them.
        let dotted = bare[marker.len()..]
            .strip_prefix('.')
            .filter(|_| numeric)
            .and_then(|sub| {
                let digits = sub.bytes().take_while(u8::is_ascii_digit).count();
                let rest = &sub[digits..];
                ((1..=3).contains(&digits) && rest.starts_with([' ', '.', ')']))
                    .then(|| rest.strip_prefix(['.', ')']).unwrap_or(rest))
            });
        let separator = match dotted {
            Some(rest) => Some(rest),
            None if numeric => after.strip_prefix(['.', ')', '—', '–', ':']),
            None => after.strip_prefix(['—', '–', ':', ')']),
        };
        // (Not the decimal point of a number, `5.4x Unit Economics`.)
        if let Some(r) = separator
            .filter(|r| !r.trim().is_empty() && !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
        {
            title = r.trim_start();
        }
    }
    // A remark in parentheses at the end: "(my favourite)", `（推薦）` as Chinese writes
    // them; or in square brackets ("Most challenging project [highest standards, think
    // big]"), not a wiki link's.
    let mut remark = None;
    for (open_mark, close_mark) in [('(', ')'), ('（', '）'), ('[', ']')] {
        if title.ends_with(close_mark)
            && !title.ends_with("]]")
            && let Some(open) = title.rfind(open_mark)
            && open > 0
        {
            remark = Some(title[open..].to_string());
            title = title[..open].trim_end();
            break;
        }
    }
    // `URL Shortener — STAR Method Summary`, `Query Optimization - STAR`: an ending set
    // apart by a dash that names only the method the story is told in; a remark too.
    if remark.is_none()
        && let Some((name, ending)) = [" — ", " – ", " - "]
            .iter()
            .find_map(|dash| title.rsplit_once(dash))
        && !name.trim().is_empty()
        && names_only_the_method(ending)
    {
        remark = Some(title[name.len()..].trim_start().to_string());
        title = name.trim_end();
    }
    (title.to_string(), remark)
}

/// Whether words only name the STAR method, or a text told in it: `STAR`, `STAR Method
/// Summary`, `STAR story`.
pub(super) fn names_only_the_method(text: &str) -> bool {
    let words = plain_words(text);
    words.iter().any(|w| w == "star")
        && words.iter().all(|w| {
            matches!(
                w.as_str(),
                "star" | "method" | "summary" | "story" | "stories" | "format" | "version"
            )
        })
}

/// Appends a block of text, separated from what is there by a blank line, ending in
/// a newline so it is written as a block.
pub(super) fn append(target: &mut String, text: &str) {
    let text = text.trim_end();
    if text.trim().is_empty() {
        return;
    }
    if !target.is_empty() {
        target.push('\n');
    }
    target.push_str(text);
    target.push('\n');
}

/// Whether a text is only the labels of an empty STAR template: `S T A R`, `Situation:
/// Task: Action: Result:`, a label a line, with nothing after any of them.
pub(super) fn empty_template(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "s",
        "t",
        "a",
        "r",
        "situation",
        "problem",
        "task",
        "action",
        "actions",
        "result",
        "results",
        "story",
        "case",
        "question",
    ];
    let is_label = |word: &str| LABELS.contains(&word.to_lowercase().as_str());
    let mut words = 0;
    let mut others = false;
    for word in text
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '*' | '+' | '•' | '_' | '#'))
    {
        if word.is_empty() {
            continue;
        }
        others |= !is_label(word);
        words += 1;
    }
    if !others {
        return words > 0;
    }
    // Labels of the writer's own among them (`- What you'd do differently:`), each on
    // its line with nothing after its colon: slots to fill, as the parts' labels are.
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim().trim_start_matches(['-', '*', '+', ' ']).trim())
        .filter(|l| !l.is_empty())
        .collect();
    // (Not a line in quotation marks, nor one the writer speaks in: `"I analyzed the
    // use case:` leads into what they did.)
    let slot = |line: &str| {
        let bare = line.trim_matches(['*', '_', ' ']);
        bare.ends_with([':', '：'])
            && (1..=6).contains(&bare.split_whitespace().count())
            && !bare.starts_with(['"', '“', '\''])
            && !matches!(
                bare.split_whitespace().next(),
                Some("I" | "We" | "My" | "Our")
            )
    };
    // (Three or more such labels are slots in any language: `- 상황:`, `- 임무:`, …)
    lines.len() >= 2
        && lines.iter().all(|l| slot(l))
        && (lines.len() >= 3
            || lines.iter().any(|l| {
                let bare = l.trim_matches(['*', '_', ' ', ':', '：']);
                is_label(bare)
            }))
}

/// Lines without the indentation they all share, joined and trimmed.
pub(super) fn dedent(lines: &[&str]) -> String {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or(l.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// A text with its HTML tags off (`Tell me about a <b>deadline</b>`).
pub(super) fn untagged(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a paragraph speaks of the notes themselves: "This is the hub for my case
/// studies", "These files tell my projects", "This page collects…".
pub(super) fn about_these_notes(paragraph: &str) -> bool {
    const NOTES: &[&str] = &[
        "file",
        "files",
        "page",
        "pages",
        "document",
        "doc",
        "docs",
        "folder",
        "repo",
        "repository",
        "hub",
        "index",
        "notes",
        "section",
        "sections",
        "guide",
        "cheatsheet",
        "collection",
        // ("This worksheet was designed to share how I align my experience…".)
        "worksheet",
        "workbook",
        "sheet",
    ];
    let words = plain_words(&crate::model::first_sentence(paragraph));
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["this", "is", "the" | "my" | "a" | "our", noun, ..] | ["this" | "these", noun, ..]
            if NOTES.contains(noun) =>
        {
            true
        }
        // "Below are recruiter-screen answers tailored to your resume…", "Here are the
        // stories I…": what the notes hold, said before it.
        ["below" | "here", "are" | "is", ..] => true,
        // "These STAR stories are based on real projects", "These answers are…": the
        // notes' stories or answers, a word before the noun at most.
        ["these", noun, ..] | ["these", _, noun, ..]
            if matches!(*noun, "stories" | "answers" | "examples") =>
        {
            true
        }
        _ => false,
    }
}

/// The arrows a writer puts before an answer to the line above (`==> Run-books`,
/// `=> `, `-> `, `→`), also as a site writes them escaped (`=&gt;`, `\==>`). (Not
/// `-->`, which closes an HTML comment.)
const ANSWER_ARROWS: [&str; 8] = ["==&gt;", "=&gt;", "-&gt;", "==>", "=>", "->", "→", "⇒"];

/// What follows an arrow that opens a line to point at its answer (see
/// [`ANSWER_ARROWS`]): the line without its arrow, its list marker, a site's
/// backslash and the bold around the arrow alone. `None` for a line not opened so.
/// The rest may be empty: an answer the writer left to write.
pub(super) fn after_answer_arrow(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    if let Some(item) = rest.strip_prefix(['-', '*', '+'])
        && item.starts_with([' ', '\t'])
    {
        rest = item.trim_start();
    }
    let rest = rest.trim_start_matches('\\');
    let bold = rest.strip_prefix("**").or_else(|| rest.strip_prefix("__"));
    let rest = bold.unwrap_or(rest);
    let arrow = ANSWER_ARROWS.iter().find(|a| rest.starts_with(**a))?;
    let mut after = &rest[arrow.len()..];
    // `**=&gt;**`: bold around the arrow alone.
    if bold.is_some() {
        after = after
            .strip_prefix("**")
            .or_else(|| after.strip_prefix("__"))
            .unwrap_or(after);
    }
    Some(after.trim())
}

/// Text without the backslashes that escape Markdown's punctuation (`\*\*WHAT:\*\*`
/// is `**WHAT:**` as written).
pub(super) fn unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Whether a heading asks a question that its line cut short: it asks, and it ends on
/// a word that leaves the sentence open ("…how it impacted the", "…What did you"),
/// with no mark closing it (`### Tell me about a time… a lot of </mark>`).
pub(super) fn cut_question(heading: &str) -> bool {
    let hashes = heading.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) || !heading[hashes..].starts_with([' ', '\t']) {
        return false;
    }
    let text = untagged(&heading[hashes..]);
    // (Less what stands before the words: `🤨 -> Have you ever…`.)
    let text = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(['\\', '*', '_', ' ']);
    let last = words_of(text).pop().unwrap_or_default();
    is_question(text)
        && !text.ends_with(['.', '?', '!', ':', ')'])
        && (HANGING_WORDS.contains(&last) || last == "you")
}

/// Whether a line goes on with a sentence begun above it: a few words (twelve at
/// most) opening in lower case, after an arrow if the writer put one (`==> do? How
/// did they react?`, `\==>outcome.`).
pub(super) fn goes_on(line: &str) -> bool {
    let text = after_answer_arrow(line).unwrap_or(line).trim();
    text.chars().next().is_some_and(char::is_lowercase) && (1..=12).contains(&words_of(text).len())
}

/// A question without the label that counts it (`Question2: why should we hire you?`,
/// `Q3. What…`): the question itself.
pub(super) fn without_question_label(text: &str) -> &str {
    let trimmed = text.trim_start();
    // (The label in any case, `question2:`, `Q3.`; compared byte for byte, as ASCII.)
    let Some(label) = ["question", "q"].iter().find(|label| {
        trimmed
            .get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
    }) else {
        return text;
    };
    let rest = trimmed[label.len()..].trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest[digits..].strip_prefix([':', '.', ')']) {
        Some(question) if digits > 0 => question.trim_start(),
        _ => text,
    }
}
