//! A written-out interview: paragraphs that each open on who speaks, the interviewer
//! asking (`INTERVIEWER: Tell me about a time…`) and the writer answering (`CANDIDATE:
//! Yeah, so this was last semester…`), with no headings. [`as_sections`] reads it line
//! for line as the notes lp knows: a question that asks for a story opens a section
//! (`## Tell me about a time…`), a question on what was just told is that story's
//! follow-up (`### What did you learn from that? (follow up)`), and the answers lose
//! their speaker's name.

use super::exchanges::is_writer;
use super::rules::{asks_for_story, fence_mark, is_prompt, is_question};

/// A transcript read as sections: its text, line for line with the notes, the lines
/// rewritten (each turn's first line), and what the rewriting left out (the speakers'
/// names, the interviewer's asides before a question), to be listed as ignored.
pub(super) struct Sections {
    pub text: String,
    pub lines: Vec<(usize, usize)>,
    pub left_out: Vec<String>,
    /// The first and last line of the transcript's turns.
    pub span: (usize, usize),
}

/// Who opens a turn, when a line opens on a speaker's name and a colon: the
/// interviewer (`INTERVIEWER`, `Interviewer`, `Hiring manager`) or the writer
/// (`CANDIDATE`, `Me`); the words after the colon. Words in quotation marks are a
/// rehearsed exchange's, read as such elsewhere.
fn turn(line: &str) -> Option<(bool, &str)> {
    let (who, said) = line.split_once(':')?;
    let who = who.trim().trim_matches('*').trim();
    let said = said.trim_start_matches('*').trim();
    if said.is_empty() || said.starts_with(['"', '“']) || who.split_whitespace().count() > 2 {
        return None;
    }
    let name = who.to_lowercase();
    if matches!(
        name.as_str(),
        "interviewer" | "the interviewer" | "hiring manager" | "recruiter" | "panelist"
    ) {
        Some((true, said))
    } else if is_writer(&name) {
        Some((false, said))
    } else {
        None
    }
}

/// The question an interviewer's turn puts: its last sentence that asks or prompts
/// ("That's good. What did you learn from that?" puts "What did you learn from
/// that?"), and the words before it, an aside; `None` when no sentence of it asks.
fn put(said: &str) -> Option<(&str, &str)> {
    let mut starts = vec![0];
    for (at, c) in said.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            let next = at + c.len_utf8();
            if said[next..].starts_with(' ') {
                starts.push(next + 1);
            }
        }
    }
    starts.into_iter().rev().find_map(|start| {
        let sentence = said[start..].trim();
        (is_question(sentence) || is_prompt(sentence) || asks_for_story(sentence))
            .then(|| (sentence, said[..start].trim()))
    })
}

/// Whether a question asks about what was just told rather than for something new:
/// it points back ("What did you learn from that?", "How does it work?") or asks what
/// the writer did or would do again ("Why did you…", "What would you do
/// differently…").
fn asks_back(question: &str) -> bool {
    let lower = format!(
        " {} ",
        question.to_lowercase().replace(['?', ',', '.'], " ")
    );
    [
        " that ",
        " it ",
        " them ",
        " did you ",
        " differently ",
        " were you ",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The notes read as sections, when they are a transcript: two questions of the
/// interviewer's or more, each answered by the writer in the paragraph after it.
/// `None` otherwise.
pub(super) fn as_sections(markdown: &str) -> Option<Sections> {
    let lines: Vec<&str> = markdown.lines().collect();
    // The first line of each paragraph outside code, and who speaks on it.
    let mut turns: Vec<(usize, bool, &str)> = Vec::new();
    let mut fenced = false;
    for (i, line) in lines.iter().enumerate() {
        if fence_mark(line).is_some() {
            fenced = !fenced;
            continue;
        }
        let opens = i == 0 || lines[i - 1].trim().is_empty();
        if !fenced
            && opens
            && let Some((asks, said)) = turn(line)
        {
            turns.push((i, asks, said));
        }
    }
    let asked = turns.iter().filter(|t| t.1).count();
    let answered = turns
        .windows(2)
        .filter(|pair| pair[0].1 && !pair[1].1)
        .count();
    if asked < 2 || answered < asked {
        return None;
    }
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_string()).collect();
    let mut rewritten = Vec::new();
    let mut left_out = Vec::new();
    let mut story_open = false;
    for &(i, asks, said) in &turns {
        let (who, _) = lines[i].split_once(':').expect("a turn has its colon");
        let who = who.trim();
        if asks {
            let Some((question, aside)) = put(said) else {
                continue;
            };
            // (A question that points back asks about the story just told, though
            // it asks what happened: "What did you learn from that?". A prompt for
            // another, "Tell me about a time…", opens the next.)
            out[i] = if story_open && asks_back(question) && !is_prompt(question) {
                format!("### {question} (follow up)")
            } else {
                story_open = asks_for_story(question) || is_prompt(question);
                format!("## {question}")
            };
            left_out.push(if aside.is_empty() {
                format!("{who}:")
            } else {
                format!("{who}: {aside}")
            });
        } else {
            out[i] = said.to_string();
            left_out.push(format!("{who}:"));
        }
        rewritten.push((i + 1, i + 1));
    }
    let mut text = out.join("\n");
    if markdown.ends_with('\n') {
        text.push('\n');
    }
    let span = (turns[0].0 + 1, turns[turns.len() - 1].0 + 1);
    Some(Sections {
        text,
        lines: rewritten,
        left_out,
        span,
    })
}
