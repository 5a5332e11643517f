//! Reading one story file strictly: every unknown key, wrong type, missing field and
//! unknown principle of the file is reported, each with its place and a hint, so a
//! typo never drops text silently.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Pos};
use crate::model::{FIELDS, Field, FieldKind, Followup, Places, PrincipleSet, Status, Story};
use crate::suggest;
use crate::yaml::{
    self,
    tree::{Node, Value},
};

/// Parses a story's text. `set` is `None` when the principle set itself failed to load;
/// principle names are then not checked. Returns the story when it has no errors, and
/// every problem found (warnings may come with a story). A text over the size limit is
/// refused as the file would be, so that "it parses" always means "lp can read it back".
pub fn parse(
    id: &str,
    path: &Path,
    text: &str,
    set: Option<&PrincipleSet>,
) -> (Option<Story>, Vec<Diagnostic>) {
    parse_with(&FIELDS, id, path, text, set)
}

/// As `parse`, with the keys of `fields` (a copy of `FIELDS` in a test).
pub fn parse_with(
    fields: &[Field],
    id: &str,
    path: &Path,
    text: &str,
    set: Option<&PrincipleSet>,
) -> (Option<Story>, Vec<Diagnostic>) {
    if text.len() > yaml::MAX_FILE_BYTES {
        return (None, vec![yaml::too_large(path, Some(text.len() as u64))]);
    }
    let mut reader = Reader {
        path,
        fields,
        diagnostics: Vec::new(),
    };
    if text.trim().is_empty() {
        let d = Diagnostic::error(path, Some(Pos::START), "story file is empty").with_hint(
            "write a story with at least 'title:' and 'principles:', or delete the file",
        );
        return (None, vec![d]);
    }
    let root = match yaml::read(path, text) {
        Ok(root) => root,
        Err(d) => return (None, vec![d]),
    };
    let entries = match root {
        Some(Node {
            value: Value::Map(entries),
            ..
        }) => entries,
        Some(node) if !node.is_null() => {
            let d = Diagnostic::error(
                path,
                Some(Pos::START),
                format!(
                    "a story file must be a mapping of keys, found {}",
                    node.kind()
                ),
            )
            .with_hint("start each line with a key such as 'title:' or 'situation:'");
            return (None, vec![d]);
        }
        _ => {
            let d = Diagnostic::error(path, Some(Pos::START), "story file has only comments")
                .with_hint(
                    "write a story with at least 'title:' and 'principles:', or delete the file",
                );
            return (None, vec![d]);
        }
    };
    let story = reader.story(id, entries, set);
    let has_error = reader.diagnostics.iter().any(Diagnostic::is_error);
    (story.filter(|_| !has_error), reader.diagnostics)
}

struct Reader<'a> {
    path: &'a Path,
    fields: &'a [Field],
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn error(&mut self, pos: Pos, message: String, hint: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(self.path, Some(pos), message).with_hint(hint));
    }

    /// Reads the story out of its file's entries, taking their texts rather than
    /// copying them.
    fn story(
        &mut self,
        id: &str,
        entries: Vec<(Node, Node)>,
        set: Option<&PrincipleSet>,
    ) -> Option<Story> {
        let mut story = Story {
            id: id.to_string(),
            path: self.path.to_path_buf(),
            ..Story::default()
        };
        let mut places = Places::default();
        let mut title_written = false;
        for (key_node, mut value) in entries {
            let pos = key_node.pos;
            let Some(key) = key_node.text().filter(|_| key_node.is_text_key()) else {
                self.error(
                    pos,
                    format!("a key must be text, found {}", key_node.kind()),
                    "keys are words such as 'title' or 'situation'",
                );
                continue;
            };
            places.insert(key, pos);
            let Some(field) = self.fields.iter().find(|f| f.key == key) else {
                let keys = || self.fields.iter().map(|f| f.key);
                let near = suggest::nearest(key, keys(), 1);
                let hint = match near.first() {
                    Some(near) => format!("did you mean '{near}'?"),
                    None => format!(
                        "a story's keys are {}",
                        keys().collect::<Vec<_>>().join(", ")
                    ),
                };
                self.error(pos, format!("unknown field '{key}'"), hint);
                continue;
            };
            if key == "title" {
                title_written = value.text().is_some() || value.is_null();
            }
            match field.kind {
                FieldKind::Text { get_mut, .. } => {
                    *get_mut(&mut story) = self.text(key, &mut value, pos);
                }
                FieldKind::List { get_mut, .. } => {
                    *get_mut(&mut story) = self.texts(key, value, pos);
                }
                FieldKind::Rules => story.allow = self.texts(key, value, pos),
                FieldKind::Part(part) => *story.part_mut(part) = self.text(key, &mut value, pos),
                FieldKind::Principles => story.principles = self.principles(value, pos, set),
                FieldKind::Status => story.status = self.status(&value, pos),
                FieldKind::Followups => story.followups = self.followups(value, pos),
            }
        }
        if story.title.trim().is_empty() && !places.contains_key("title") {
            self.error(
                Pos::START,
                "missing field 'title'".into(),
                "add a line such as 'title: Cut release failures from 25% to 2%'",
            );
        } else if story.title.trim().is_empty() && title_written {
            let pos = places.get("title").unwrap_or(Pos::START);
            self.error(
                pos,
                "'title' is empty".into(),
                "give the story a short title",
            );
        }
        if !places.contains_key("principles") {
            self.error(
                Pos::START,
                "missing field 'principles'".into(),
                "add 'principles: [ownership]' naming at least one principle; `lp principles` lists them",
            );
        }
        story.places = places;
        Some(story)
    }

    /// Text, or nothing (an empty key), as written.
    fn text(&mut self, key: &str, value: &mut Node, pos: Pos) -> String {
        if value.is_null() {
            return String::new();
        }
        if let Some(text) = value.take_text() {
            return text;
        }
        let hint = match &value.value {
            Value::List(_) | Value::Map(_) => {
                format!("write '{key}' as text; for several lines use '{key}: |' and indent them")
            }
            Value::Scalar { text, .. } => format!("put the value in quotes: {key}: \"{text}\""),
        };
        self.error(
            pos,
            format!("'{key}' should be text, found {}", value.kind()),
            hint,
        );
        String::new()
    }

    fn texts(&mut self, key: &str, value: Node, pos: Pos) -> Vec<String> {
        self.texts_at(key, value, pos)
            .into_iter()
            .map(|(text, _)| text)
            .collect()
    }

    /// The entries of a list of texts, each with its place.
    fn texts_at(&mut self, key: &str, value: Node, pos: Pos) -> Vec<(String, Pos)> {
        let items = match value.into_items() {
            Ok(items) => items,
            Err(value) => {
                let hint = match value.text() {
                    Some(text) => format!("write it as a list: {key}: [{text}]"),
                    None => format!("write it as a list: {key}: [first, second]"),
                };
                self.error(
                    pos,
                    format!("'{key}' should be a list, found {}", value.kind()),
                    hint,
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for mut item in items {
            match item.take_text() {
                Some(text) => out.push((text, item.pos)),
                None => self.error(
                    item.pos,
                    format!(
                        "each entry of '{key}' should be text, found {}",
                        item.kind()
                    ),
                    "write one entry per line as '- text'",
                ),
            }
        }
        out
    }

    fn principles(&mut self, value: Node, pos: Pos, set: Option<&PrincipleSet>) -> Vec<String> {
        let listed = value.is_null() || matches!(value.value, Value::List(_));
        let names = self.texts_at("principles", value, pos);
        if names.is_empty() && listed {
            self.error(
                pos,
                "'principles' is empty".into(),
                "name at least one principle, the primary first; `lp principles` lists them",
            );
            return Vec::new();
        }
        let mut ids: Vec<String> = Vec::new();
        for (name, place) in names {
            let Some(set) = set else {
                ids.push(name);
                continue;
            };
            match set.resolve(&name) {
                Some(p) if ids.contains(&p.id) => self.diagnostics.push(
                    Diagnostic::warning(
                        self.path,
                        Some(place),
                        format!("'{name}' names {} a second time", p.name),
                    )
                    .with_rule("duplicate-principle")
                    .with_hint("remove the repeated entry"),
                ),
                Some(p) => ids.push(p.id.clone()),
                None => {
                    let near = set.suggest(&name);
                    let hint = if near.is_empty() {
                        format!(
                            "`lp principles` lists the {} principles of '{}'",
                            set.principles.len(),
                            set.name
                        )
                    } else {
                        format!("did you mean {}?", crate::english::quoted_or_list(&near))
                    };
                    self.error(place, format!("unknown principle '{name}'"), hint);
                }
            }
        }
        ids
    }

    fn status(&mut self, value: &Node, pos: Pos) -> Status {
        if value.is_null() {
            return Status::Draft;
        }
        match value.text() {
            Some(s) if s.eq_ignore_ascii_case("draft") => Status::Draft,
            Some(s) if s.eq_ignore_ascii_case("ready") => Status::Ready,
            text => {
                self.error(
                    pos,
                    format!(
                        "'status' should be draft or ready, found '{}'",
                        text.unwrap_or(value.kind())
                    ),
                    "write 'status: draft' while you work on a story and 'status: ready' when you can tell it",
                );
                Status::Draft
            }
        }
    }

    fn followups(&mut self, value: Node, pos: Pos) -> Vec<Followup> {
        let items = match value.into_items() {
            Ok(items) => items,
            Err(value) => {
                self.error(
                    pos,
                    format!("'followups' should be a list, found {}", value.kind()),
                    "write each follow-up as '- question: …' with 'answer: …' beneath it",
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            let place = item.pos;
            let kind = item.kind();
            let Value::Map(entries) = item.value else {
                self.error(
                    place,
                    format!("each follow-up should be a mapping, found {kind}"),
                    "write '- question: …' with 'answer: …' beneath it",
                );
                continue;
            };
            let mut followup = Followup::default();
            for (key, mut value) in entries {
                match key.text().filter(|_| key.is_text_key()) {
                    Some("question") => {
                        followup.question = self.text("question", &mut value, key.pos);
                    }
                    Some("answer") => followup.answer = self.text("answer", &mut value, key.pos),
                    other => {
                        let other = other.unwrap_or(key.kind());
                        let near = suggest::nearest(other, ["question", "answer"], 1);
                        let hint = match near.first() {
                            Some(n) => format!("did you mean '{n}'?"),
                            None => "a follow-up has 'question' and 'answer'".to_string(),
                        };
                        self.error(
                            key.pos,
                            format!("unknown field '{other}' in a follow-up"),
                            hint,
                        );
                    }
                }
            }
            if followup.question.trim().is_empty() {
                self.error(
                    place,
                    "a follow-up has no question".into(),
                    "add 'question: …' to it",
                );
            }
            out.push(followup);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Part;
    use crate::principles;

    fn load(text: &str) -> (Option<Story>, Vec<String>) {
        let set = principles::builtin();
        let (story, ds) = parse("x", Path::new("x.yaml"), text, Some(&set));
        (story, ds.iter().map(|d| d.render(false)).collect())
    }

    #[test]
    fn a_follow_up_keeps_its_words_as_written() {
        let (story, ds) = load(
            "title: T\nprinciples: [ownership]\nfollowups:\n  - question: 1.10\n    answer: true\n",
        );
        assert!(ds.is_empty(), "{ds:?}");
        let followup = &story.unwrap().followups[0];
        assert_eq!(
            (followup.question.as_str(), followup.answer.as_str()),
            ("1.10", "true")
        );
    }

    #[test]
    fn reads_a_whole_story() {
        let (story, ds) = load(
            "title: T\nprinciples: [Have Backbone, ownership]\nstatus: ready\nwhen: 2022\n\
             tags: [a]\nsituation: |\n  S\ntask: T\naction: A\nresult: R\n\
             followups:\n  - question: Q?\n    answer: A.\n",
        );
        assert!(ds.is_empty(), "{ds:?}");
        let story = story.unwrap();
        assert_eq!(
            story.principles,
            ["have-backbone-disagree-and-commit", "ownership"]
        );
        assert_eq!(story.status, Status::Ready);
        assert_eq!(story.when, "2022");
        assert_eq!(story.part(Part::Situation), "S\n");
        assert_eq!(story.followups[0].answer, "A.");
        assert_eq!(story.place("situation"), Pos::new(6, 1));
    }

    #[test]
    fn reports_every_problem_of_a_file() {
        let (story, ds) = load(
            "principles:\n  - Customer Obsesion\n  - ownership\nsituaton: x\ntags: security\nstatus: done\n",
        );
        assert!(story.is_none());
        assert_eq!(
            ds,
            [
                "error: x.yaml:2:5: unknown principle 'Customer Obsesion'\n  hint: did you mean 'Customer Obsession'?\n",
                "error: x.yaml:4:1: unknown field 'situaton'\n  hint: did you mean 'situation'?\n",
                "error: x.yaml:5:1: 'tags' should be a list, found text\n  hint: write it as a list: tags: [security]\n",
                "error: x.yaml:6:1: 'status' should be draft or ready, found 'done'\n  hint: write 'status: draft' while you work on a story and 'status: ready' when you can tell it\n",
                "error: x.yaml:1:1: missing field 'title'\n  hint: add a line such as 'title: Cut release failures from 25% to 2%'\n",
            ]
        );
    }

    #[test]
    fn a_repeated_principle_is_a_warning_not_an_error() {
        let (story, ds) = load("title: T\nprinciples: [ownership, Ownership]\n");
        assert_eq!(story.unwrap().principles, ["ownership"]);
        assert_eq!(ds.len(), 1);
        assert!(ds[0].starts_with("warning: x.yaml:2:25:"), "{}", ds[0]);
    }

    #[test]
    fn empty_and_odd_files_are_errors() {
        assert!(load("  \n").1[0].contains("story file is empty"));
        assert!(load("# only a comment\n").1[0].contains("only comments"));
        assert!(load("- a\n- b\n").1[0].contains("must be a mapping"));
        assert!(load("title: T\nprinciples: []\n").1[0].contains("'principles' is empty"));
    }
}
