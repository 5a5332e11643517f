//! Flashcards for Anki and the like, as CSV: one card per question, the question on
//! the front and the whole answer of the story that answers it best on the back.

use crate::model::{PrincipleSet, Status, Story};

/// Flashcards for Anki and the like. The questions are each written story's own, then
/// those of each principle it serves; every question is on one card only, with the
/// story that answers it best on the back (a story that lists the question itself,
/// then one whose primary principle asks it, ready before draft), every part in full
/// (Markdown rendered, so lists stay lists), and the other stories that could answer
/// it named beneath. Unwritten stories make no card.
pub fn flashcards(set: &PrincipleSet, stories: &[&Story]) -> String {
    let written: Vec<&Story> = stories.iter().copied().filter(|s| s.is_written()).collect();
    // (question, [(rank, story index)]) in the order questions are first met.
    type Cards<'a> = Vec<(&'a str, Vec<((u8, u8), usize)>)>;
    let mut cards: Cards = Vec::new();
    fn add<'a>(cards: &mut Cards<'a>, question: &'a str, rank: (u8, u8), story: usize) {
        let question = question.trim();
        if question.is_empty() {
            return;
        }
        match cards
            .iter_mut()
            .find(|(q, _)| q.eq_ignore_ascii_case(question))
        {
            Some((_, answers)) if answers.iter().any(|(_, s)| *s == story) => {}
            Some((_, answers)) => answers.push((rank, story)),
            None => cards.push((question, vec![(rank, story)])),
        }
    }
    for (i, story) in written.iter().enumerate() {
        let ready = u8::from(story.status != Status::Ready);
        for q in &story.questions {
            add(&mut cards, q, (0, ready), i);
        }
        for (n, id) in story.principles.iter().enumerate() {
            if let Some(p) = set.get(id) {
                for q in &p.questions {
                    add(&mut cards, q, (if n == 0 { 1 } else { 2 }, ready), i);
                }
            }
        }
    }
    let mut out = String::from("#separator:Comma\n#html:true\n#columns:Front,Back,Tags\n");
    for (question, mut answers) in cards {
        answers.sort();
        let best = written[answers[0].1];
        let mut back = back(best);
        let others: Vec<String> = answers[1..]
            .iter()
            .map(|(_, i)| super::html::escape(written[*i].title.trim()))
            .collect();
        if !others.is_empty() {
            back.push_str(&format!("<p><i>Also: {}</i></p>", others.join(" · ")));
        }
        let tags = best.principles.join(" ");
        out.push_str(&format!(
            "{},{},{}\n",
            csv(question),
            csv(&back),
            csv(&tags)
        ));
    }
    out
}

/// The back of a card: the story's title and every written part in full.
fn back(story: &Story) -> String {
    let mut back = format!("<p><b>{}</b></p>", super::html::escape(story.title.trim()));
    for (part, text) in story.written_parts() {
        back.push_str(&format!(
            "<p><b>{}</b></p>{}",
            part.label(),
            super::html::markdown(text).trim_end()
        ));
    }
    back
}

/// A CSV field, quoted when it must be (RFC 4180), control characters made visible.
fn csv(field: &str) -> String {
    let field = crate::visible::visible(field);
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_as_needed() {
        assert_eq!(csv("plain"), "plain");
        assert_eq!(csv("a, b"), "\"a, b\"");
        assert_eq!(csv("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    fn story(id: &str, principles: &[&str], action: &str) -> Story {
        Story {
            parts: crate::model::parts([(crate::model::Part::Action, (action).into())]),
            id: id.into(),
            title: format!("Title {id}"),
            principles: principles.iter().map(|p| p.to_string()).collect(),
            ..Story::default()
        }
    }

    #[test]
    fn one_card_a_question_with_the_whole_answer_and_no_unwritten_story() {
        let set = crate::principles::builtin();
        let stories = [
            story("a", &["ownership"], "- I wrote it.\n- I shipped it.\n"),
            story("b", &["dive-deep", "ownership"], "I dug in."),
            story("todo", &["ownership"], ""),
        ];
        let cards = flashcards(&set, &stories.iter().collect::<Vec<_>>());
        let questions: Vec<&String> = ["ownership", "dive-deep"]
            .iter()
            .flat_map(|p| &set.get(p).unwrap().questions)
            .collect();
        for q in &questions {
            let fronts = cards.lines().filter(|l| l.starts_with(q.as_str())).count();
            assert_eq!(fronts, 1, "{q} is on one card:\n{cards}");
        }
        let records =
            cards.matches(",ownership\n").count() + cards.matches(",dive-deep ownership\n").count();
        assert_eq!(records, questions.len(), "{cards}");
        assert!(
            cards.contains("<li>I wrote it.</li>"),
            "lists stay lists:\n{cards}"
        );
        assert!(cards.contains("Also: Title b"), "{cards}");
        assert!(!cards.contains("Title todo"), "{cards}");
    }
}
