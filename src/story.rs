//! Reading one story file strictly: every unknown key, wrong type, missing field and
//! unknown principle of the file is reported, each with its place and a hint, so a
//! typo never drops text silently.

use std::path::Path;

use serde_yaml::{Mapping, Value};

use crate::diagnostic::{Diagnostic, Pos};
use crate::model::{FIELDS, Followup, Part, Places, PrincipleSet, Status, Story};
use crate::suggest;
use crate::yaml::{self, SourceMap};

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
    if text.len() > yaml::MAX_FILE_BYTES {
        return (None, vec![yaml::too_large(path, Some(text.len() as u64))]);
    }
    let mut reader = Reader {
        path,
        map: SourceMap::new(text),
        diagnostics: Vec::new(),
    };
    if text.trim().is_empty() {
        let d = Diagnostic::error(path, Some(Pos::START), "story file is empty").with_hint(
            "write a story with at least 'title:' and 'principles:', or delete the file",
        );
        return (None, vec![d]);
    }
    let value = match yaml::parse_mapped(path, text, &reader.map) {
        Ok(value) => value,
        Err(d) => return (None, vec![d]),
    };
    let mut mapping = match value {
        Value::Mapping(m) => m,
        Value::Null => {
            let d = Diagnostic::error(path, Some(Pos::START), "story file has only comments")
                .with_hint(
                    "write a story with at least 'title:' and 'principles:', or delete the file",
                );
            return (None, vec![d]);
        }
        other => {
            let d = Diagnostic::error(
                path,
                Some(Pos::START),
                format!(
                    "a story file must be a mapping of keys, found {}",
                    yaml::kind(&other)
                ),
            )
            .with_hint("start each line with a key such as 'title:' or 'situation:'");
            return (None, vec![d]);
        }
    };
    let story = reader.story(id, &mut mapping, set);
    let has_error = reader.diagnostics.iter().any(Diagnostic::is_error);
    (story.filter(|_| !has_error), reader.diagnostics)
}

struct Reader<'a> {
    path: &'a Path,
    map: SourceMap<'a>,
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn error(&mut self, pos: Pos, message: String, hint: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(self.path, Some(pos), message).with_hint(hint));
    }

    /// Reads the story out of `mapping`, taking its texts rather than copying them.
    fn story(
        &mut self,
        id: &str,
        mapping: &mut Mapping,
        set: Option<&PrincipleSet>,
    ) -> Option<Story> {
        let mut story = Story {
            id: id.to_string(),
            path: self.path.to_path_buf(),
            ..Story::default()
        };
        let mut places = Places::default();
        for (key, value) in mapping.iter_mut() {
            let Some(key) = key.as_str() else {
                let pos = Pos::START;
                self.error(
                    pos,
                    format!("a key must be text, found {}", yaml::kind(key)),
                    "keys are words such as 'title' or 'situation'",
                );
                continue;
            };
            let pos = self.map.key_or_start(key);
            places.insert(key, pos);
            if let Some(part) = Part::from_key(key) {
                *story.part_mut(part) = self.text(key, value, pos);
                continue;
            }
            match key {
                "title" => story.title = self.text(key, value, pos),
                "principles" => story.principles = self.principles(value, pos, set),
                "status" => story.status = self.status(&*value, pos),
                "when" => story.when = self.text("when", value, pos),
                "context" => story.context = self.text(key, value, pos),
                "tags" => story.tags = self.texts(key, value, pos),
                "questions" => story.questions = self.texts(key, value, pos),
                "followups" => story.followups = self.followups(value, pos),
                "notes" => story.notes = self.text(key, value, pos),
                "allow" => story.allow = self.texts(key, value, pos),
                unknown => {
                    let near = suggest::nearest(unknown, FIELDS, 1);
                    let hint = match near.first() {
                        Some(near) => format!("did you mean '{near}'?"),
                        None => format!("a story's keys are {}", FIELDS.join(", ")),
                    };
                    self.error(pos, format!("unknown field '{unknown}'"), hint);
                }
            }
        }
        if story.title.trim().is_empty() && !places.contains_key("title") {
            self.error(
                Pos::START,
                "missing field 'title'".into(),
                "add a line such as 'title: Cut release failures from 25% to 2%'",
            );
        } else if story.title.trim().is_empty()
            && matches!(mapping.get("title"), Some(Value::String(_) | Value::Null))
        {
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

    /// Text, or nothing (an empty key). Numbers and true/false are not text here.
    fn text(&mut self, key: &str, value: &mut Value, pos: Pos) -> String {
        match value {
            Value::String(s) => std::mem::take(s),
            Value::Null => String::new(),
            other => {
                let hint = match other {
                    Value::Sequence(_) | Value::Mapping(_) => {
                        format!(
                            "write '{key}' as text; for several lines use '{key}: |' and indent them"
                        )
                    }
                    _ => format!("put the value in quotes: {key}: \"{}\"", scalar_text(other)),
                };
                self.error(
                    pos,
                    format!("'{key}' should be text, found {}", yaml::kind(other)),
                    hint,
                );
                String::new()
            }
        }
    }

    fn texts(&mut self, key: &str, value: &mut Value, pos: Pos) -> Vec<String> {
        let items = match value {
            Value::Null => return Vec::new(),
            Value::Sequence(items) => items,
            other => {
                let hint = match other {
                    Value::String(s) => format!("write it as a list: {key}: [{s}]"),
                    _ => format!("write it as a list: {key}: [first, second]"),
                };
                self.error(
                    pos,
                    format!("'{key}' should be a list, found {}", yaml::kind(other)),
                    hint,
                );
                return Vec::new();
            }
        };
        let places = self.map.list_items(key, items.len());
        let mut out = Vec::new();
        for (item, place) in items.iter_mut().zip(places) {
            match item {
                Value::String(s) => out.push(std::mem::take(s)),
                Value::Number(_) | Value::Bool(_) => out.push(scalar_text(item)),
                other => self.error(
                    place,
                    format!(
                        "each entry of '{key}' should be text, found {}",
                        yaml::kind(other)
                    ),
                    "write one entry per line as '- text'",
                ),
            }
        }
        out
    }

    fn principles(
        &mut self,
        value: &mut Value,
        pos: Pos,
        set: Option<&PrincipleSet>,
    ) -> Vec<String> {
        let names = self.texts("principles", value, pos);
        let items = match value {
            Value::Sequence(items) => items.len(),
            _ => names.len(),
        };
        if names.is_empty() && matches!(value, Value::Null | Value::Sequence(_)) {
            self.error(
                pos,
                "'principles' is empty".into(),
                "name at least one principle, the primary first; `lp principles` lists them",
            );
            return Vec::new();
        }
        let places = self.map.list_items("principles", items);
        let mut ids: Vec<String> = Vec::new();
        for (name, place) in names.iter().zip(places) {
            let Some(set) = set else {
                ids.push(name.clone());
                continue;
            };
            match set.resolve(name) {
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
                    let near = set.suggest(name);
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

    fn status(&mut self, value: &Value, pos: Pos) -> Status {
        match value {
            Value::Null => Status::Draft,
            Value::String(s) if s.eq_ignore_ascii_case("draft") => Status::Draft,
            Value::String(s) if s.eq_ignore_ascii_case("ready") => Status::Ready,
            other => {
                self.error(
                    pos,
                    format!("'status' should be draft or ready, found '{}'", scalar_text(other)),
                    "write 'status: draft' while you work on a story and 'status: ready' when you can tell it",
                );
                Status::Draft
            }
        }
    }

    fn followups(&mut self, value: &mut Value, pos: Pos) -> Vec<Followup> {
        let items = match value {
            Value::Null => return Vec::new(),
            Value::Sequence(items) => items,
            other => {
                self.error(
                    pos,
                    format!("'followups' should be a list, found {}", yaml::kind(other)),
                    "write each follow-up as '- question: …' with 'answer: …' beneath it",
                );
                return Vec::new();
            }
        };
        let places = self.map.list_items("followups", items.len());
        let mut out = Vec::new();
        for (item, place) in items.iter_mut().zip(places) {
            let Value::Mapping(m) = item else {
                self.error(
                    place,
                    format!(
                        "each follow-up should be a mapping, found {}",
                        yaml::kind(item)
                    ),
                    "write '- question: …' with 'answer: …' beneath it",
                );
                continue;
            };
            let mut followup = Followup::default();
            for (key, value) in m.iter_mut() {
                match key.as_str() {
                    Some("question") => followup.question = self.text("question", value, place),
                    Some("answer") => followup.answer = self.text("answer", value, place),
                    other => {
                        let other = other.map_or_else(|| scalar_text(key), str::to_string);
                        let near = suggest::nearest(&other, ["question", "answer"], 1);
                        let hint = match near.first() {
                            Some(n) => format!("did you mean '{n}'?"),
                            None => "a follow-up has 'question' and 'answer'".to_string(),
                        };
                        self.error(
                            place,
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

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        other => yaml::kind(other).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::principles;

    fn load(text: &str) -> (Option<Story>, Vec<String>) {
        let set = principles::builtin();
        let (story, ds) = parse("x", Path::new("x.yaml"), text, Some(&set));
        (story, ds.iter().map(|d| d.render(false)).collect())
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
        assert_eq!(story.situation, "S\n");
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
