//! The rules, each a pure function from stories to findings.

use super::{Gist, finding};
use crate::shell::operand;

use crate::diagnostic::{Diagnostic, Severity};
use crate::english::{FIRST_PERSON, FIRST_PERSON_PLURAL, NUMBER_WORDS, and_list, plural};
use crate::model::{
    FIELDS, MAX_PRINCIPLES_PER_STORY, MAX_SECONDS, MIN_READY_SECONDS, Part, Status, Story,
    TARGET_SECONDS, spoken_limit,
};
use crate::overlap;

pub(super) fn missing_part(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter_map(|s| {
            let missing = s.missing_parts();
            if missing.is_empty() {
                return None;
            }
            let missing: Vec<&str> = missing.iter().map(|p| p.key()).collect();
            let (message, hint, severity) = match s.status {
                Status::Ready => (
                    format!("marked ready but has no {}", and_list(&missing)),
                    format!("write the {} or set 'status: draft'", and_list(&missing)),
                    Severity::Error,
                ),
                Status::Draft => (
                    format!("no {} yet", and_list(&missing)),
                    format!(
                        "write the {}; `lp write {}` takes you through them",
                        and_list(&missing),
                        operand(&s.id)
                    ),
                    Severity::Warning,
                ),
            };
            // A ready story is pointed at its `status: ready`, the claim that is not true yet.
            let key = match s.status {
                Status::Ready if s.places.contains_key("status") => "status",
                _ if s.places.contains_key(missing[0]) => missing[0],
                _ => "title",
            };
            let mut d = finding(s, key, "missing-part", message, &hint);
            d.severity = severity;
            Some(d)
        })
        .collect()
}

pub(super) fn too_long(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| s.spoken_seconds() > MAX_SECONDS)
        .map(|s| {
            finding(
                s,
                "situation",
                "too-long",
                format!(
                    "takes about {} to tell ({} words), over {}",
                    crate::model::format_duration(s.spoken_seconds()),
                    s.spoken_words(),
                    spoken_limit(MAX_SECONDS)
                ),
                &format!(
                    "cut the Situation and Task to a sentence or two each; aim for about {}",
                    spoken_limit(TARGET_SECONDS)
                ),
            )
        })
        .collect()
}

pub(super) fn too_short(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| s.status == Status::Ready && s.spoken_seconds() < MIN_READY_SECONDS)
        .map(|s| {
            finding(
                s,
                "action",
                "too-short",
                format!(
                    "takes about {} to tell ({} words), under {}",
                    crate::model::format_duration(s.spoken_seconds()),
                    s.spoken_words(),
                    spoken_limit(MIN_READY_SECONDS)
                ),
                &format!(
                    "say more about what you did and what came of it; aim for about {}",
                    spoken_limit(TARGET_SECONDS)
                ),
            )
        })
        .collect()
}

pub(super) fn words(text: &str) -> usize {
    crate::model::word_count(text)
}

pub(super) fn unbalanced(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter_map(|s| {
            let action = words(s.part(Part::Action));
            let set_up = words(s.part(Part::Situation)) + words(s.part(Part::Task));
            (action > 0 && set_up > action).then(|| finding(
                s,
                "action",
                "unbalanced",
                format!("Situation and Task take {set_up} words, the Action only {action}"),
                "the Action should be about half the answer: shorten the set-up, say more about what you did",
            ))
        })
        .collect()
}

/// Whether text holds a number, percentage, amount or time.
pub(super) fn has_number(text: &str) -> bool {
    if text.is_ascii() {
        // Bytes are characters: the same test, without decoding them.
        let bytes = text.as_bytes();
        return bytes
            .iter()
            .any(|&b| b.is_ascii_digit() || matches!(b, b'%' | b'$'))
            || overlap::ascii_runs(bytes, &overlap::ALPHANUMERIC)
                .map(|run| &text[run])
                .filter(|w| NUMBER_WORDS.may_begin(w.as_bytes()[0]))
                .any(|w| NUMBER_WORDS.contains_any_case(w));
    }
    text.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '%' | '$' | '€' | '£'))
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NUMBER_WORDS.contains_any_case(w))
}

pub(super) fn result_without_number(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| !s.part(Part::Result).trim().is_empty() && !has_number(s.part(Part::Result)))
        .map(|s| {
            finding(
                s,
                "result",
                "result-without-number",
                "the Result has no number, percentage, amount or time".to_string(),
                "say how much or how fast: \"failures fell from 25% to 2% in a month\"",
            )
        })
        .collect()
}

/// (we, I) counts in a text.
pub(super) fn we_and_i(text: &str) -> (usize, usize) {
    let mut we = 0;
    let mut i = 0;
    // Longer than any word counted here, even with a curly apostrophe.
    let longest = FIRST_PERSON.longest().max(FIRST_PERSON_PLURAL.longest()) + 2;
    let mut count = |word: &str| {
        if FIRST_PERSON_PLURAL.contains_any_case(word) {
            we += 1;
        } else if FIRST_PERSON.contains_any_case(word) {
            i += 1;
        }
    };
    if text.is_ascii() {
        // Split as bytes: the same words, without decoding characters.
        for word in overlap::ascii_runs(text.as_bytes(), &overlap::IN_WORD)
            .map(|run| &text[run])
            .filter(|w| {
                let first = w.as_bytes()[0];
                w.len() <= longest
                    && (FIRST_PERSON_PLURAL.may_begin(first) || FIRST_PERSON.may_begin(first))
            })
        {
            count(word);
        }
        return (we, i);
    }
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        if word.is_empty() || word.len() > longest {
            continue;
        }
        let word = if word.is_ascii() {
            word
        } else {
            lower.clear();
            lower.extend(word.chars().map(|c| if c == '’' { '\'' } else { c }));
            &lower
        };
        count(word);
    }
    (we, i)
}

pub(super) fn we_not_i(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter_map(|s| {
            let (we, i) = we_and_i(s.part(Part::Action));
            (we > i).then(|| {
                finding(
                    s,
                    "action",
                    "we-not-i",
                    format!(
                        "the Action says \"we\" {} and \"I\" {}",
                        plural(we, "time", "times"),
                        plural(i, "time", "times")
                    ),
                    "interviewers want to hear what you did: say \"I\" for your part",
                )
            })
        })
        .collect()
}

pub(super) fn too_many_principles(stories: &[Story]) -> Vec<Diagnostic> {
    stories
        .iter()
        .filter(|s| s.principles.len() > MAX_PRINCIPLES_PER_STORY)
        .map(|s| {
            finding(
                s,
                "principles",
                "too-many-principles",
                format!(
                    "linked to {} principles; one answer cannot carry more than {MAX_PRINCIPLES_PER_STORY}",
                    s.principles.len()
                ),
                "keep the principles this story shows best, primary first",
            )
        })
        .collect()
}

/// What a text not yet finished holds, in the order a finding names them.
pub(super) const MARKS: [&str; 5] = ["TODO", "TBD", "???", "…", "..."];

/// The first of `MARKS` that `text` holds, found in one pass: only where a byte could
/// begin a mark are the marks compared.
pub(super) fn placeholder_in(text: &str) -> Option<&'static str> {
    const BEGINS: [bool; 256] = {
        let mut begins = [false; 256];
        let mut m = 0;
        while m < MARKS.len() {
            begins[MARKS[m].as_bytes()[0] as usize] = true;
            m += 1;
        }
        begins
    };
    let bytes = text.as_bytes();
    let mut held = [false; MARKS.len()];
    for (at, &b) in bytes.iter().enumerate() {
        if BEGINS[b as usize] {
            for (held, mark) in held.iter_mut().zip(MARKS) {
                *held |= bytes[at..].starts_with(mark.as_bytes());
            }
        }
    }
    MARKS
        .into_iter()
        .zip(held)
        .find_map(|(mark, held)| held.then_some(mark))
}

pub(super) fn placeholder(stories: &[Story]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in stories.iter().filter(|s| s.status == Status::Ready) {
        let texts = std::iter::once(("title", s.title.as_str()))
            .chain(Part::ALL.into_iter().map(|p| (p.key(), s.part(p))));
        for (key, text) in texts {
            if let Some(mark) = placeholder_in(text) {
                out.push(finding(
                    s,
                    key,
                    "placeholder",
                    format!("'{key}' still holds '{mark}'"),
                    "finish the text, or set 'status: draft'",
                ));
            }
        }
    }
    out
}

pub(super) fn control_character(stories: &[Story]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in stories {
        let mut texts: Vec<(&str, &str)> = Vec::new();
        for field in &FIELDS {
            field.each_text(s, |text| {
                if crate::visible::has_control(text) {
                    texts.push((field.key, text));
                }
            });
        }
        let mut seen: Vec<&str> = Vec::new();
        for (key, text) in texts {
            let Some(c) = text.chars().find(|&c| crate::visible::is_control(c)) else {
                continue;
            };
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let shown = crate::visible::visible(&c.to_string()).into_owned();
            out.push(finding(
                s,
                key,
                "control-character",
                format!("'{key}' holds a control character, {shown}, which lp shows as text"),
                "remove it: it may be left from a copy and paste, and could act on a terminal",
            ));
        }
    }
    out
}

/// The texts of a story whose words say what it is about.
pub(super) fn story_texts(s: &Story) -> [&str; 7] {
    [
        s.title.as_str(),
        s.part(Part::Situation),
        s.part(Part::Task),
        s.part(Part::Action),
        s.part(Part::Result),
        s.part(Part::Learned),
        s.notes.as_str(),
    ]
}

pub(super) fn duplicate_story(stories: &[Story], gists: &[Gist]) -> Vec<Diagnostic> {
    let words: Vec<&[u32]> = gists.iter().map(|g| g.words.as_slice()).collect();
    let pairs = overlap::pairs_of(&words);
    let mut out = Vec::new();
    for (i, j, shared) in pairs {
        for (a, b) in [(i, j), (j, i)] {
            let (s, other) = (&stories[a], &stories[b]);
            // The written one stays: the other's words join it.
            let (keep, gone) = if !s.is_written() && other.is_written() {
                (other, s)
            } else {
                (s, other)
            };
            out.push(finding(
                s,
                "title",
                "duplicate-story",
                format!(
                    "likely tells the same story as {} ({shared} words in common)",
                    other.path.display()
                ),
                &format!(
                    "`lp merge {} {}` makes one story of the two, linked to both principles; or make each distinct",
                    crate::shell::quote(&keep.id),
                    crate::shell::quote(&gone.id)
                ),
            ));
        }
    }
    out
}

pub(super) fn duplicate_title(stories: &[Story], gists: &[Gist]) -> Vec<Diagnostic> {
    let mut by_title: rustc_hash::FxHashMap<&str, Vec<&Story>> = Default::default();
    for (story, gist) in stories.iter().zip(gists) {
        by_title.entry(&gist.title).or_default().push(story);
    }
    // The titles shared, in their order: the findings come out the same each run.
    let mut shared: Vec<(&str, Vec<&Story>)> =
        by_title.into_iter().filter(|(_, g)| g.len() > 1).collect();
    shared.sort_unstable_by_key(|&(title, _)| title);
    let mut out = Vec::new();
    for (_, group) in &shared {
        for story in group {
            let others: Vec<String> = group
                .iter()
                .filter(|o| o.id != story.id)
                .map(|o| o.path.display().to_string())
                .collect();
            out.push(finding(
                story,
                "title",
                "duplicate-title",
                format!(
                    "the title '{}' is also used by {}",
                    story.title.trim(),
                    others.join(", ")
                ),
                "give each story its own title, or merge the two if they tell one story",
            ));
        }
    }
    out
}
