//! JSON Schemas of the files a person edits (stories and principle sets), for editors
//! that understand YAML schemas (the YAML language server behind VS Code, Neovim, Helix
//! and Zed): key completion with descriptions, principle ids, names and aliases offered
//! as values, and a typo flagged as you type. Draft-07, the draft the YAML language
//! server supports best. Kept in step with the loaders: a test validates every story
//! fixture with a JSON Schema validator and checks that what the loader rejects for an
//! unknown key or a wrong type, the schema rejects too.

use serde_json::{Value, json};

use crate::model::{FIELDS, Field, FieldKind, PrincipleSet};

/// Where `lp init` writes the schemas, inside the library.
pub const FOLDER: &str = ".lp/schema";

/// The first line of a story file that points the YAML language server at the schema,
/// from `stories/` to `.lp/schema/`.
pub const STORY_MODELINE: &str = "# yaml-language-server: $schema=../.lp/schema/story.json";

/// The first line of a principle file, likewise.
pub const PRINCIPLES_MODELINE: &str =
    "# yaml-language-server: $schema=../.lp/schema/principles.json";

/// Text as lp reads it: a string, or a plain number or true/false taken as written, or
/// nothing (an empty key).
fn text(description: &str) -> Value {
    json!({
        "description": description,
        "type": ["string", "number", "boolean", "null"],
    })
}

fn texts(description: &str) -> Value {
    json!({
        "description": description,
        "type": ["array", "null"],
        "items": { "type": ["string", "number", "boolean"] },
    })
}

/// The schema of a story file of a library whose principle set is `set`.
pub fn story(set: &PrincipleSet) -> Value {
    story_with(&FIELDS, set)
}

/// As `story`, with the keys of `fields` (a copy of `FIELDS` in a test).
pub fn story_with(fields: &[Field], set: &PrincipleSet) -> Value {
    // Every spelling lp takes for a principle: ids first, then names and aliases.
    let mut spellings: Vec<&str> = set.principles.iter().map(|p| p.id.as_str()).collect();
    for p in &set.principles {
        spellings.push(&p.name);
        spellings.extend(p.aliases.iter().map(String::as_str));
    }
    let mut seen = std::collections::HashSet::new();
    spellings.retain(|s| seen.insert(*s));
    let mut rules: Vec<&str> = crate::lint::RULES.iter().map(|r| r.name).collect();
    rules.push("duplicate-principle");
    let mut properties = serde_json::Map::new();
    for field in fields {
        let schema = match field.kind {
            FieldKind::Text { .. } if field.required => json!({
                "description": field.about,
                "type": ["string", "number", "boolean"],
                "pattern": "\\S",
            }),
            FieldKind::Text { .. } => text(field.about),
            FieldKind::List { .. } => texts(field.about),
            FieldKind::Part(part) => text(&format!(
                "{}: {} Markdown.",
                part.label(),
                crate::writing::guidance(part)
            )),
            FieldKind::Principles => json!({
                "description": field.about.replace("{set}", &format!("'{}'", set.name)),
                "type": "array",
                "minItems": 1,
                "items": { "$ref": "#/definitions/principle" },
            }),
            FieldKind::Status => json!({
                "description": field.about,
                "enum": ["draft", "ready", "Draft", "Ready", "DRAFT", "READY", null],
            }),
            FieldKind::Followups => json!({
                "description": field.about,
                "type": ["array", "null"],
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["question"],
                    "properties": {
                        "question": text("The follow-up question."),
                        "answer": text("Your answer to it."),
                    },
                },
            }),
            FieldKind::Rules => json!({
                "description": field.about,
                "type": ["array", "null"],
                "items": { "enum": rules },
            }),
        };
        properties.insert(field.key.into(), schema);
    }
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.key)
        .collect();
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "lp story",
        "description": "A behavioral-interview story (STAR), one file in a library's stories/ folder.",
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": properties,
        "definitions": {
            "principle": {
                "description": format!("A principle of '{}'.", set.name),
                // The spellings to offer; then any spelling lp takes for one of them
                // (case, punctuation, `&` for "and", "the" and apostrophes aside).
                "anyOf": [
                    { "enum": spellings },
                    { "type": "string", "pattern": spelling_pattern(&spellings) },
                ],
            },
        },
    })
}

/// A pattern (ECMA-262, as JSON Schema has them) that matches what `principles::fold`
/// makes equal to one of `spellings`: the same words in any case, any punctuation
/// between them, `&` for "and", "the" anywhere, apostrophes inside words.
fn spelling_pattern(spellings: &[&str]) -> String {
    let any_case = |c: char| -> String {
        let (lower, upper): (String, String) =
            (c.to_lowercase().collect(), c.to_uppercase().collect());
        if lower == upper {
            regex_escape(c)
        } else {
            format!("[{lower}{upper}]")
        }
    };
    let gap = "[^A-Za-z0-9]*";
    let the = format!(
        "(?:{}{gap})?",
        "the".chars().map(any_case).collect::<String>()
    );
    let mut alternatives: Vec<String> = spellings
        .iter()
        .map(|s| {
            let words: Vec<String> = crate::principles::fold(s)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| {
                    if w == "and" {
                        format!("(?:{}|&)", "and".chars().map(any_case).collect::<String>())
                    } else {
                        w.chars().map(any_case).collect::<Vec<_>>().join("['’‘]?")
                    }
                })
                .collect();
            format!("{the}{}", words.join(&format!("{gap}{the}")))
        })
        .collect();
    alternatives.sort();
    alternatives.dedup();
    format!("^{gap}(?:{}){gap}$", alternatives.join("|"))
}

/// A character as a regular expression matches it.
fn regex_escape(c: char) -> String {
    if "\\^$.|?*+()[]{}/-".contains(c) {
        format!("\\{c}")
    } else {
        c.to_string()
    }
}

/// The schema of a principle file (`principles/*.yaml`).
pub fn principles() -> Value {
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "lp principle set",
        "description": "A set of leadership principles, one file in a library's principles/ folder.",
        "type": "object",
        "additionalProperties": false,
        "required": ["principles"],
        "properties": {
            "set": text("The set's name, such as Amazon Leadership Principles."),
            "principles": {
                "description": "The principles, in the order reports list them.",
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id", "name"],
                    "properties": {
                        "id": {
                            "description": "The id stories use: lowercase words joined by '-'.",
                            "type": "string",
                            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
                        },
                        "name": text("The principle's name."),
                        "aliases": texts("Other spellings stories may use."),
                        "summary": text("What the principle asks of you, in a sentence or two."),
                        "questions": texts("Typical interview questions."),
                        "keywords": texts("Words that suggest a story fits."),
                    },
                },
            },
        },
    })
}

/// A story file's text with the modeline on its first line, unless it has one.
pub fn with_modeline(text: &str) -> String {
    if text.starts_with("# yaml-language-server:") {
        text.to_string()
    } else {
        format!("{STORY_MODELINE}\n{text}")
    }
}
