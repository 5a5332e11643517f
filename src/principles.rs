//! The principle set: the built-in Amazon set compiled into the binary, or a library's
//! own `principles/*.yaml`, and matching the many ways people write a principle's name.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Pos};
use crate::model::{Principle, PrincipleSet};
use crate::suggest;
use crate::yaml;

/// The built-in set's source, `principles/amazon.yaml` in the repository.
pub const BUILTIN_YAML: &str = include_str!("../principles/amazon.yaml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetFile {
    set: String,
    principles: Vec<PrincipleEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PrincipleEntry {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    questions: Vec<String>,
    #[serde(default)]
    keywords: Vec<String>,
}

/// The built-in set.
pub fn builtin() -> PrincipleSet {
    let (set, diagnostics) = parse_set(Path::new("principles/amazon.yaml"), BUILTIN_YAML);
    assert!(
        diagnostics.is_empty(),
        "the built-in principle set is checked by a unit test: {diagnostics:?}"
    );
    set.expect("the built-in principle set parses (checked by a unit test)")
}

/// Parses one principle file. Returns the set when it could be read, and every problem.
pub fn parse_set(path: &Path, text: &str) -> (Option<PrincipleSet>, Vec<Diagnostic>) {
    // Syntax first, with the same messages and places as story files.
    if let Err(d) = yaml::parse(path, text) {
        return (None, vec![d]);
    }
    let file: SetFile = match serde_yaml::from_str(text) {
        Ok(file) => file,
        Err(err) => {
            let pos = err
                .location()
                .map(|l| Pos::new(l.line(), l.column()))
                .unwrap_or(Pos::START);
            let message = err.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message);
            let fields = [
                "set",
                "principles",
                "id",
                "name",
                "aliases",
                "summary",
                "questions",
                "keywords",
            ];
            let unknown = message
                .split_once("unknown field `")
                .and_then(|(_, rest)| rest.split_once('`'))
                .map(|(field, _)| field);
            let (message, hint) = if let Some(field) = unknown {
                let hint = match suggest::nearest(field, fields, 1).first() {
                    Some(near) => format!("did you mean '{near}'?"),
                    None => "a principle takes id, name, aliases, summary, questions and keywords"
                        .to_string(),
                };
                (format!("unknown field '{field}'"), hint)
            } else if message.contains("missing field") {
                let hint = "a principle file has 'set:' and 'principles:', each principle an 'id:' and a 'name:'";
                (message.to_string(), hint.to_string())
            } else {
                let hint = "check the indentation and quoting on this line and the one before it";
                (message.to_string(), hint.to_string())
            };
            let diagnostic = Diagnostic::error(path, Some(pos), message).with_hint(hint);
            return (None, vec![diagnostic]);
        }
    };
    let map = yaml::SourceMap::new(text);
    let mut diagnostics = Vec::new();
    // The place of the `nth` (0-based) `id: <id>` line.
    let place_of = |id: &str, nth: usize| {
        text.lines()
            .enumerate()
            .filter(|(_, line)| {
                let line = line.trim_start().trim_start_matches("- ").trim_start();
                line.strip_prefix("id:")
                    .is_some_and(|rest| rest.trim().trim_matches(['"', '\'']) == id)
            })
            .nth(nth)
            .map_or_else(
                || map.key_or_start("principles"),
                |(i, _)| Pos::new(i + 1, 1),
            )
    };
    let mut seen: HashMap<&str, (&str, usize)> = HashMap::new();
    for entry in &file.principles {
        let id_ok = !entry.id.is_empty()
            && entry
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            diagnostics.push(
                Diagnostic::error(path, Some(place_of(&entry.id, 0)), format!("principle id '{}' is not a slug", entry.id))
                    .with_hint("an id is lowercase ASCII letters, digits and hyphens, such as 'customer-obsession'"),
            );
        }
        let (first_name, count) = seen.entry(&entry.id).or_insert((&entry.name, 0));
        *count += 1;
        if *count > 1 {
            let previous = *first_name;
            diagnostics.push(
                Diagnostic::error(
                    path,
                    Some(place_of(&entry.id, *count - 1)),
                    format!(
                        "two principles have the id '{}' ('{previous}' and '{}')",
                        entry.id, entry.name
                    ),
                )
                .with_hint("give each principle its own id"),
            );
        }
    }
    let set = PrincipleSet {
        spellings: Default::default(),
        name: file.set,
        principles: file
            .principles
            .into_iter()
            .map(|p| Principle {
                id: p.id,
                name: p.name,
                aliases: p.aliases,
                summary: p.summary,
                questions: p.questions,
                keywords: p.keywords,
            })
            .collect(),
    };
    (Some(set), diagnostics)
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
    text.chars()
        .filter(|c| !matches!(c, '\'' | '’' | '‘'))
        .collect::<String>()
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
        let spellings = self.spellings.get_or_init(|| {
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
        });
        spellings.get(&fold(text)).map(|&i| &self.principles[i])
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
                        format!("did you mean {}?", suggest::quoted_list(&near))
                    };
                    anyhow::bail!("unknown principle '{text}'\n  hint: {hint}");
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
    fn folding_ascii_in_one_pass_agrees_with_the_general_fold() {
        let pieces = [
            "The", "the", "&", "'", "-", " ", "Dive", "DEEP", "r", "9", "them", "_",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + state % 7 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
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
        assert_eq!(diagnostics[0].pos, Some(Pos::new(5, 1)));
        assert!(
            diagnostics[0]
                .message
                .contains("two principles have the id 'a'")
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
        assert!(
            err.to_string().contains("did you mean 'Ownership'?"),
            "{err}"
        );
    }
}
