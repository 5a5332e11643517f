//! Flashcards for Anki and the like, as CSV: one card per (question, story), the
//! question on the front and the story's outline on the back.

use crate::model::{Part, PrincipleSet, Story};

/// Flashcards for Anki and the like: one card per (question, story), the question on
/// the front, the story's outline on the back. The questions are the story's own and
/// those of each principle it serves.
pub fn flashcards(set: &PrincipleSet, stories: &[Story]) -> String {
    let mut out = String::from("#separator:Comma\n#html:true\n#columns:Front,Back,Tags\n");
    for story in stories {
        let mut questions: Vec<&str> = story.questions.iter().map(String::as_str).collect();
        for id in &story.principles {
            if let Some(p) = set.get(id) {
                questions.extend(p.questions.iter().map(String::as_str));
            }
        }
        questions.dedup();
        let mut back = format!("<b>{}</b>", super::html::escape(story.title.trim()));
        for part in Part::STAR {
            let sentence = crate::model::first_sentence(story.part(part));
            back.push_str(&format!(
                "<br>{}: {}",
                part.label(),
                super::html::escape(&sentence)
            ));
        }
        let tags = story.principles.join(" ");
        for q in questions {
            out.push_str(&format!("{},{},{}\n", csv(q), csv(&back), csv(&tags)));
        }
    }
    out
}

/// A CSV field, quoted when it must be (RFC 4180).
fn csv(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
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
}
