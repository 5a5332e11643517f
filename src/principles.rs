//! The principle set: the built-in Amazon set compiled into the binary, or a library's
//! own `principles/*.yaml`, and matching the many ways people write a principle's name.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Pos};
use crate::model::{Principle, PrincipleSet};
use crate::suggest;
use crate::yaml::{self, tree::Node, tree::Value};

/// The built-in set's source, `principles/amazon.yaml` in the repository.
pub const BUILTIN_YAML: &str = include_str!("../principles/amazon.yaml");

/// The keys of a principle set file.
const SET_FIELDS: [&str; 2] = ["set", "principles"];
/// The keys of one principle.
const PRINCIPLE_FIELDS: [&str; 6] = ["id", "name", "aliases", "summary", "questions", "keywords"];

/// The built-in set.
pub fn builtin() -> PrincipleSet {
    let (set, diagnostics) = parse_set(Path::new("principles/amazon.yaml"), BUILTIN_YAML);
    assert!(
        diagnostics.is_empty(),
        "the built-in principle set is checked by a unit test: {diagnostics:?}"
    );
    set.expect("the built-in principle set parses (checked by a unit test)")
}

/// Parses one principle file. Returns the set when it could be read, and every problem
/// of the file, each with its place and a hint, as story files are reported.
pub fn parse_set(path: &Path, text: &str) -> (Option<PrincipleSet>, Vec<Diagnostic>) {
    let root = match yaml::read(path, text) {
        Ok(root) => root,
        Err(d) => return (None, vec![d]),
    };
    let mut reader = SetReader {
        path,
        diagnostics: Vec::new(),
    };
    let set = reader.set(root);
    (set, reader.diagnostics)
}

/// Reads a principle set out of its file's tree, noting every problem on the way.
struct SetReader<'a> {
    path: &'a Path,
    diagnostics: Vec<Diagnostic>,
}

impl SetReader<'_> {
    fn error(&mut self, pos: Pos, message: String, hint: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(self.path, Some(pos), message).with_hint(hint));
    }

    fn unknown_key(&mut self, pos: Pos, key: &str, fields: &[&str]) {
        let hint = match suggest::nearest(key, fields.iter().copied(), 1).first() {
            Some(near) => format!("did you mean '{near}'?"),
            None => format!("the keys here are {}", fields.join(", ")),
        };
        self.error(pos, format!("unknown field '{key}'"), hint);
    }

    /// The text of a key, or an error at its place.
    fn key<'k>(&mut self, key: &'k Node, hint: &str) -> Option<&'k str> {
        let text = key.text().filter(|_| key.is_text_key());
        if text.is_none() {
            self.error(
                key.pos,
                format!("a key must be text, found {}", key.kind()),
                hint,
            );
        }
        text
    }

    fn set(&mut self, root: Option<Node>) -> Option<PrincipleSet> {
        let entries = match root {
            Some(Node {
                value: Value::Map(entries),
                ..
            }) => entries,
            other => {
                let kind = other.as_ref().map_or("nothing", Node::kind);
                self.error(
                    Pos::START,
                    format!("a principle file is a mapping, found {kind}"),
                    "start it with 'set: <name>' and 'principles:', a list of principles",
                );
                return None;
            }
        };
        let mut name = None;
        let mut principles = None;
        for (key, mut value) in entries {
            let Some(key_text) =
                self.key(&key, "a principle file's keys are 'set' and 'principles'")
            else {
                continue;
            };
            match key_text {
                "set" => name = Some(self.text("set", &mut value, key.pos)),
                "principles" => principles = Some(self.principles(value, key.pos)),
                unknown => self.unknown_key(key.pos, unknown, &SET_FIELDS),
            }
        }
        let hint =
            "a principle file has 'set:' and 'principles:', each principle an 'id:' and a 'name:'";
        if name.is_none() {
            self.error(Pos::START, "missing field 'set'".to_string(), hint);
        }
        if principles.is_none() {
            self.error(Pos::START, "missing field 'principles'".to_string(), hint);
        }
        if let Some(list) = &principles {
            self.duplicate_ids(list);
        }
        Some(PrincipleSet {
            spellings: Default::default(),
            name: name?,
            principles: principles?.into_iter().map(|(p, _)| p).collect(),
        })
    }

    /// The principles with the place of each one's `id`.
    fn principles(&mut self, value: Node, pos: Pos) -> Vec<(Principle, Pos)> {
        let items = match value.into_items() {
            Ok(items) => items,
            Err(value) => {
                self.error(
                    pos,
                    format!("'principles' should be a list, found {}", value.kind()),
                    "list each principle under 'principles:' as '- id: …' with 'name: …' below it",
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
                    format!("a principle should be a mapping, found {kind}"),
                    "write each principle as '- id: …' with 'name: …' below it",
                );
                continue;
            };
            let mut principle = Principle {
                id: String::new(),
                name: String::new(),
                aliases: Vec::new(),
                summary: String::new(),
                questions: Vec::new(),
                keywords: Vec::new(),
            };
            let mut seen = Vec::new();
            let mut id_place = place;
            for (key, mut value) in entries {
                let Some(key_text) = self.key(
                    &key,
                    "a principle's keys are id, name, aliases, summary, questions and keywords",
                ) else {
                    continue;
                };
                let at = key.pos;
                match key_text {
                    "id" => {
                        principle.id = self.text("id", &mut value, at);
                        id_place = at;
                    }
                    "name" => principle.name = self.text("name", &mut value, at),
                    "summary" => principle.summary = self.text("summary", &mut value, at),
                    "aliases" => principle.aliases = self.texts("aliases", value, at),
                    "questions" => principle.questions = self.texts("questions", value, at),
                    "keywords" => principle.keywords = self.texts("keywords", value, at),
                    unknown => self.unknown_key(at, unknown, &PRINCIPLE_FIELDS),
                }
                seen.push(key_text.to_string());
            }
            for required in ["id", "name"] {
                if !seen.iter().any(|k| k == required) {
                    self.error(
                        place,
                        format!("missing field '{required}'"),
                        "each principle has an 'id:' (such as customer-obsession) and a 'name:'",
                    );
                }
            }
            let slug = principle
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if seen.iter().any(|k| k == "id") && (principle.id.is_empty() || !slug) {
                self.error(
                    id_place,
                    format!("principle id '{}' is not a slug", principle.id),
                    "an id is lowercase ASCII letters, digits and hyphens, such as 'customer-obsession'",
                );
            }
            out.push((principle, id_place));
        }
        out
    }

    /// Two principles of the file with one id.
    fn duplicate_ids(&mut self, principles: &[(Principle, Pos)]) {
        let mut first: HashMap<&str, &str> = HashMap::new();
        for (p, place) in principles {
            if let Some(previous) = first.get(p.id.as_str()) {
                let message = format!(
                    "two principles have the id '{}' ('{previous}' and '{}')",
                    p.id, p.name
                );
                self.error(*place, message, "give each principle its own id");
            } else {
                first.insert(&p.id, &p.name);
            }
        }
    }

    /// Text as written, or nothing (an empty key).
    fn text(&mut self, key: &str, value: &mut Node, pos: Pos) -> String {
        if value.is_null() {
            return String::new();
        }
        if let Some(text) = value.take_text() {
            return text;
        }
        self.error(
            pos,
            format!("'{key}' should be text, found {}", value.kind()),
            format!(
                "write '{key}' as text on one line, or as '{key}: |' with the lines indented below"
            ),
        );
        String::new()
    }

    fn texts(&mut self, key: &str, value: Node, pos: Pos) -> Vec<String> {
        let items = match value.into_items() {
            Ok(items) => items,
            Err(value) => {
                self.error(
                    pos,
                    format!("'{key}' should be a list, found {}", value.kind()),
                    format!("write it as a list: {key}: [first, second]"),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for mut item in items {
            match item.take_text() {
                Some(text) => out.push(text),
                None => self.error(
                    item.pos,
                    format!("'{key}' should hold text, found {}", item.kind()),
                    format!("write each entry of '{key}' as text"),
                ),
            }
        }
        out
    }
}

/// Folds a principle's name to a comparable key: case, punctuation, `&` for "and",
/// apostrophes and the word "the" do not matter. `Have Backbone; Disagree and Commit`,
/// `have-backbone-disagree-and-commit` and `Have backbone / disagree & commit` agree.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return fold_ascii(text);
    }
    fold_any(text)
}

fn fold_any(text: &str) -> String {
    // Words of Chinese, Japanese or Korean run into Latin ones with no space between
    // (`对应的是earn trust`): a word ends where the script changes.
    // (Korean spaces its words, but its syllables run into Latin ones as well.)
    let wide = |c: char| crate::english::unspaced(c) || ('\u{AC00}'..='\u{D7AF}').contains(&c);
    let mut spaced = String::with_capacity(text.len() + 8);
    let mut before: Option<char> = None;
    for c in text.chars().filter(|c| !matches!(c, '\'' | '’' | '‘')) {
        if let Some(b) = before
            && (wide(b) && c.is_ascii_alphanumeric() || b.is_ascii_alphanumeric() && wide(c))
        {
            spaced.push(' ');
        }
        spaced.push(c);
        before = Some(c);
    }
    spaced
        .replace('&', " and ")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| w != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

/// `fold` of ASCII text in one pass, for the principle names of every story loaded.
fn fold_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the word being written starts in `out`.
    let mut word: Option<usize> = None;
    let end_word = |out: &mut String, word: &mut Option<usize>| {
        if let Some(start) = word.take()
            && &out[start..] == "the"
        {
            // The word and the space before it.
            out.truncate(start.saturating_sub(1));
        }
    };
    for b in text.bytes() {
        match b {
            b'\'' => {}
            b'&' => {
                end_word(&mut out, &mut word);
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str("and");
            }
            b if b.is_ascii_alphanumeric() => {
                if word.is_none() {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    word = Some(out.len());
                }
                out.push(char::from(b.to_ascii_lowercase()));
            }
            _ => end_word(&mut out, &mut word),
        }
    }
    end_word(&mut out, &mut word);
    out
}

impl PrincipleSet {
    /// The principle with this id.
    pub fn get(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// The principle a person meant by `text`: its id, name or an alias, in any case
    /// and punctuation.
    pub fn resolve(&self, text: &str) -> Option<&Principle> {
        self.spellings()
            .get(&fold(text))
            .map(|&i| &self.principles[i])
    }

    /// The most words any spelling of a principle has, folded: a text of more words
    /// names none.
    pub fn longest_spelling(&self) -> usize {
        self.spellings()
            .keys()
            .map(|s| s.split(' ').count())
            .max()
            .unwrap_or(0)
    }

    /// Whether `word`, folded, is a word of a spelling (id, name or alias) of a
    /// principle: of the one with `id` when given, of any otherwise.
    pub fn spells_with(&self, word: &str, id: Option<&str>) -> bool {
        self.spellings().iter().any(|(spelling, &i)| {
            id.is_none_or(|id| self.principles[i].id == id)
                && spelling.split(' ').any(|w| w == word)
        })
    }

    /// Every folded spelling (id, name, aliases) to its principle's index.
    fn spellings(&self) -> &HashMap<String, usize> {
        self.spellings.get_or_init(|| {
            let mut map = HashMap::new();
            // In set order, ids and names before aliases, so the first claim stands.
            for (i, p) in self.principles.iter().enumerate() {
                map.entry(fold(&p.id)).or_insert(i);
                map.entry(fold(&p.name)).or_insert(i);
            }
            for (i, p) in self.principles.iter().enumerate() {
                for alias in &p.aliases {
                    map.entry(fold(alias)).or_insert(i);
                }
            }
            map
        })
    }

    /// The names of the principles closest to a name that matched none, best first.
    pub fn suggest(&self, text: &str) -> Vec<&str> {
        let wanted = fold(text);
        let mut spellings: Vec<(String, &str)> = Vec::new();
        for p in &self.principles {
            spellings.push((fold(&p.name), &p.name));
            spellings.push((fold(&p.id), &p.name));
            for alias in &p.aliases {
                spellings.push((fold(alias), &p.name));
            }
        }
        let folded: Vec<&str> = spellings.iter().map(|(f, _)| f.as_str()).collect();
        let mut names: Vec<&str> = Vec::new();
        for hit in suggest::nearest(&wanted, folded.iter().copied(), 6) {
            if let Some((_, name)) = spellings.iter().find(|(f, _)| f == hit)
                && !names.contains(name)
            {
                names.push(name);
            }
        }
        names.truncate(3);
        names
    }

    /// Resolves a comma-separated focus list (`--principles a,b`) to ids, in set order.
    pub fn resolve_list(&self, list: &[String]) -> anyhow::Result<Vec<String>> {
        let mut ids = Vec::new();
        for text in list.iter().flat_map(|s| s.split(',')).map(str::trim) {
            if text.is_empty() {
                continue;
            }
            match self.resolve(text) {
                Some(p) => ids.push(p.id.clone()),
                None => {
                    let near = self.suggest(text);
                    let hint = if near.is_empty() {
                        "`lp principles` lists the set".to_string()
                    } else {
                        format!("did you mean {}?", crate::english::quoted_or_list(&near))
                    };
                    anyhow::bail!(crate::diagnostic::hinted(
                        format!("unknown principle '{text}'"),
                        hint
                    ));
                }
            }
        }
        let mut ordered: Vec<String> = self
            .principles
            .iter()
            .filter(|p| ids.contains(&p.id))
            .map(|p| p.id.clone())
            .collect();
        ordered.dedup();
        Ok(ordered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_kept_as_written_at_every_depth() {
        let (set, problems) = parse_set(
            Path::new("p.yaml"),
            "set: 2022.10\nprinciples:\n  - id: p1\n    name: 2022.10\n    aliases: [1.10, 0x10]\n    summary: 0x10\n    questions:\n      - 1.10\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let set = set.unwrap();
        assert_eq!(set.name, "2022.10");
        let p = &set.principles[0];
        assert_eq!(p.name, "2022.10");
        assert_eq!(p.aliases, ["1.10", "0x10"]);
        assert_eq!(p.summary, "0x10");
        assert_eq!(p.questions, ["1.10"]);
    }

    #[test]
    fn folding_ascii_in_one_pass_agrees_with_the_general_fold() {
        let pieces = [
            "The", "the", "&", "'", "-", " ", "Dive", "DEEP", "r", "9", "them", "_",
        ];
        let mut rng = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..rng.usize(1..8) {
                text.push_str(pieces[rng.usize(..pieces.len())]);
            }
            assert_eq!(fold_ascii(&text), fold_any(&text), "{text:?}");
        }
        assert_eq!(
            fold("Earn Trust & the Customer's"),
            "earn trust and customers"
        );
    }

    #[test]
    fn builtin_set_is_whole() {
        let (set, diagnostics) = parse_set(Path::new("amazon.yaml"), BUILTIN_YAML);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let set = set.unwrap();
        assert_eq!(set.principles.len(), 16);
        for p in &set.principles {
            assert!(p.questions.len() >= 3, "{} has too few questions", p.id);
            assert!(!p.summary.is_empty(), "{} has no summary", p.id);
            assert!(!p.keywords.is_empty(), "{} has no keywords", p.id);
            assert_eq!(
                fold(&p.id),
                fold(&p.name),
                "id and name of {} disagree",
                p.id
            );
        }
    }

    #[test]
    fn resolves_the_spellings_people_use() {
        let set = builtin();
        let cases = [
            ("Have Backbone", "have-backbone-disagree-and-commit"),
            ("disagree and commit", "have-backbone-disagree-and-commit"),
            (
                "Have Backbone / Disagree & Commit",
                "have-backbone-disagree-and-commit",
            ),
            (
                "Insist on Highest Standards",
                "insist-on-the-highest-standards",
            ),
            ("Earth's Best Employer", "strive-to-be-earths-best-employer"),
            (
                "Strive to be Earth’s Best Employer",
                "strive-to-be-earths-best-employer",
            ),
            ("ARE RIGHT, A LOT", "are-right-a-lot"),
            ("Invent & Simplify", "invent-and-simplify"),
            ("dive-deep", "dive-deep"),
        ];
        for (text, id) in cases {
            assert_eq!(set.resolve(text).map(|p| p.id.as_str()), Some(id), "{text}");
        }
        assert!(set.resolve("Customer Obsesion").is_none());
        assert!(set.resolve("").is_none());
    }

    #[test]
    fn suggests_the_nearest_names() {
        let set = builtin();
        assert_eq!(set.suggest("Customer Obsesion"), ["Customer Obsession"]);
        assert_eq!(set.suggest("deliver result"), ["Deliver Results"]);
    }

    #[test]
    fn reports_duplicate_ids() {
        let text = "set: S\nprinciples:\n  - id: a\n    name: A\n  - id: a\n    name: B\n";
        let (_, diagnostics) = parse_set(Path::new("p.yaml"), text);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].pos, Some(Pos::new(5, 5)));
        assert!(
            diagnostics[0]
                .message
                .contains("two principles have the id 'a'")
        );
    }

    #[test]
    fn reports_every_problem_of_a_file_with_its_place() {
        let text = "set: S\nprinciples:\n  - id: craft\n    nam: Craft\n    sumary: x\n  - id: ok\n    name: OK\n    keywords: k\nextra: 1\n";
        let (_, diagnostics) = parse_set(Path::new("p.yaml"), text);
        let shown: Vec<String> = diagnostics.iter().map(|d| d.render(false)).collect();
        assert_eq!(
            shown,
            [
                "error: p.yaml:4:5: unknown field 'nam'\n  hint: did you mean 'name'?\n",
                "error: p.yaml:5:5: unknown field 'sumary'\n  hint: did you mean 'summary'?\n",
                "error: p.yaml:3:5: missing field 'name'\n  hint: each principle has an 'id:' (such as customer-obsession) and a 'name:'\n",
                "error: p.yaml:8:5: 'keywords' should be a list, found text\n  hint: write it as a list: keywords: [first, second]\n",
                "error: p.yaml:9:1: unknown field 'extra'\n  hint: the keys here are set, principles\n",
            ]
        );
    }

    #[test]
    fn focus_lists_resolve_in_set_order() {
        let set = builtin();
        let ids = set
            .resolve_list(&["dive deep,Ownership".to_string()])
            .unwrap();
        assert_eq!(ids, ["ownership", "dive-deep"]);
        let err = set.resolve_list(&["Ownershp".to_string()]).unwrap_err();
        let rendered = crate::diagnostic::render_error(&err, false);
        assert!(
            rendered.ends_with("\n  hint: did you mean 'Ownership'?"),
            "{rendered}"
        );
    }
}
