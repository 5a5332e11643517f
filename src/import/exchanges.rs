//! A rehearsed exchange: an answer put again as a scene, a line to each speaker's words
//! (`**Manager**: "How do you handle feedback?"`, then `**You**: "I see feedback like a
//! coach's advice…"`), often after a line that names the scene (`**Scenario with a
//! Manager:**`, `Dialog with an Analogy:`). It rehearses the answer above it: its
//! question asks for that answer, and the answer ends with it.
//!
//! Answers pasted one after another may leave no blank line between an exchange's last
//! line and the next answer's first (`**You**: "…"` then `One time I went above…`):
//! Markdown reads the two as one paragraph. [`apart`] sets them apart, line for line.

use super::rules::{exact_label, fence_mark};

/// The notes with a blank line after each line of an exchange that the next answer's
/// first line follows, and where each line comes from.
pub(super) struct Apart {
    pub text: String,
    /// `from[i]`: the line of the notes (from 1) that line `i + 1` of `text` comes from.
    pub from: Vec<usize>,
}

/// A line of an exchange: who speaks (one to three words, each capitalised, in bold or
/// not), a colon, then their words in quotation marks. The speaker and the words,
/// their marks off.
///
/// A label is no speaker (`**Answer:** "I…"`, `Result: "…"` quote the writer's
/// own answer), nor is a letter (`Q:`, `A:`).
pub(super) fn spoken(line: &str) -> Option<(String, &str)> {
    let line = line.trim();
    let (who, said) = line.split_once(':')?;
    let who = who.trim().trim_matches('*').trim();
    let said = said.trim_start_matches(['*', ' ']);
    let words: Vec<&str> = who.split_whitespace().collect();
    let speaker = (1..=3).contains(&words.len())
        && who.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        });
    if !speaker || !said.starts_with(['"', '“']) {
        return None;
    }
    // (`Question: "…"`, `Example: "…"`, `Answer: "…"`: labels, read as such.)
    let labelled = exact_label(&format!("{who}: x")).is_some();
    let plain = who.to_lowercase();
    if labelled
        || matches!(
            plain.as_str(),
            "question" | "answer" | "example" | "sample" | "story" | "prompt" | "note" | "tip"
        )
    {
        return None;
    }
    let said = said
        .trim_end_matches(['*', ' '])
        .trim_matches(['"', '“', '”'])
        .trim();
    Some((who.to_string(), said))
}

/// Whether a speaker is the writer, answering (`You`, `Me`, `I`, `Candidate`).
pub(super) fn is_writer(who: &str) -> bool {
    matches!(
        who.to_lowercase().as_str(),
        "you" | "me" | "i" | "myself" | "candidate" | "the candidate"
    )
}

/// Whether a line names the exchange after it: a few words ending on a colon, in bold
/// or not (`**Scenario with a Product Owner:**`, `Dialog with an Analogy:`), no
/// sentence in them.
pub(super) fn names_exchange(line: &str) -> bool {
    let line = line.trim().trim_matches('*').trim();
    let Some(name) = line.strip_suffix(':') else {
        return false;
    };
    let name = name.trim_end_matches('*').trim();
    let words = name.split_whitespace().count();
    (1..=8).contains(&words)
        && !name.contains(['.', '?', '!', ':', '"', '“'])
        && name.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a line's quotation closes on it: the words end on a closing mark.
fn closed(line: &str) -> bool {
    let end = line.trim_end().trim_end_matches('*');
    end.ends_with(['"', '”']) || end.ends_with("\".") || end.ends_with("”.")
}

/// The notes with each exchange's last line set apart from the answer that follows it
/// on the next line, or `None` when no line needs it.
///
/// A line spoken ([`spoken`]) whose quotation closes on it, followed on the next line
/// by one that opens a sentence and is no one's line (nor an item, a heading, a
/// quotation or an indented line): a blank line between them.
pub(super) fn apart(markdown: &str) -> Option<Apart> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut fenced = false;
    let mut breaks = Vec::new();
    for (i, pair) in lines.windows(2).enumerate() {
        if fence_mark(pair[0]).is_some() {
            fenced = !fenced;
        }
        let (line, next) = (pair[0], pair[1]);
        let opens_sentence = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“'));
        if !fenced
            && spoken(line).is_some()
            && closed(line)
            && opens_sentence
            && spoken(next).is_none()
            && !names_exchange(next)
        {
            breaks.push(i + 1);
        }
    }
    if breaks.is_empty() {
        return None;
    }
    let ending = if markdown.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut out: Vec<&str> = Vec::with_capacity(lines.len() + breaks.len());
    let mut from = Vec::with_capacity(lines.len() + breaks.len());
    let mut at = breaks.iter().peekable();
    for (i, line) in lines.iter().enumerate() {
        out.push(line);
        from.push(i + 1);
        if at.next_if(|&&b| b == i + 1).is_some() {
            out.push("");
            from.push(i + 1);
        }
    }
    let mut text = out.join(ending);
    if markdown.ends_with('\n') {
        text.push_str(ending);
    }
    Some(Apart { text, from })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_an_exchange_is_a_speaker_and_their_quoted_words() {
        assert_eq!(
            spoken(r#"**Team Lead**: "Why did the build break?""#),
            Some(("Team Lead".to_string(), "Why did the build break?"))
        );
        assert_eq!(
            spoken("Interviewer: “How did you tell the client?”"),
            Some(("Interviewer".to_string(), "How did you tell the client?"))
        );
        // A part's label or a letter quoting the writer's answer is no speaker.
        assert_eq!(spoken(r#"**Result:** "We shipped on the Friday.""#), None);
        assert_eq!(spoken(r#"A: "I rewrote the importer.""#), None);
        assert_eq!(spoken(r#"Answer: "I rewrote the importer.""#), None);
        // Words not in quotation marks are a label's text, not speech.
        assert_eq!(spoken("Manager: asked me to take it on"), None);
        // A sentence is no speaker.
        assert_eq!(spoken(r#"My lead said: "ship it""#), None);
    }

    #[test]
    fn a_scene_is_named_by_a_few_words_before_a_colon() {
        assert!(names_exchange("**Scenario with a Team Lead:**"));
        assert!(names_exchange("Dialog with an Analogy:"));
        assert!(!names_exchange("I told her: we wait."));
        assert!(!names_exchange("Situation: the build broke"));
    }

    #[test]
    fn the_next_answer_pasted_under_an_exchange_is_set_apart_line_for_line() {
        let notes = "I fixed the build.\n\n**Lead**: \"Why did it break?\"\n\n**You**: \"Like a fuse, it blew to save the rest.\"\nAt the depot, I redrew the routes.\n";
        let set_apart = apart(notes).expect("a break to make");
        assert_eq!(
            set_apart.text,
            "I fixed the build.\n\n**Lead**: \"Why did it break?\"\n\n**You**: \"Like a fuse, it blew to save the rest.\"\n\nAt the depot, I redrew the routes.\n"
        );
        assert_eq!(set_apart.from, vec![1, 2, 3, 4, 5, 5, 6]);
        // A reply that goes on on its next line, a quotation not closed, is one line.
        assert!(apart("**You**: \"Like a fuse, it\nblew to save the rest.\"\n").is_none());
        // Two speakers' lines in a row are one exchange.
        assert!(apart("Lead: \"Why?\"\nYou: \"A fuse.\"\n").is_none());
    }
}
