//! The one table of story fields (`model::FIELDS`): a field added to a copy of the
//! table is read, written, offered in the template, described in the schema, shown in
//! the JSON form and walked by the checks, with nothing else edited. What a real new
//! field needs besides its row is a place to keep it in `Story` (here the test borrows
//! `context`'s storage, since a test cannot add a struct field), and, if it is not text
//! or a list of texts, a new `FieldKind` with its arm in each of those places: the
//! compiler lists them, since every `match` on the kind is exhaustive.

use std::path::Path;

use lp::model::{FIELDS, Field, FieldKind, Story};

fn with_company() -> Vec<Field> {
    let mut fields = FIELDS.to_vec();
    let notes = fields.iter().position(|f| f.key == "notes").unwrap();
    fields.insert(
        notes,
        Field {
            key: "company",
            kind: FieldKind::Text {
                get: |s: &Story| &s.context,
                get_mut: |s: &mut Story| &mut s.context,
            },
            about: "The company it happened at.",
            required: false,
            in_template: true,
            private: false,
        },
    );
    fields.retain(|f| f.key != "context");
    fields
}

#[test]
fn a_field_added_to_the_table_is_read_written_described_and_shown() {
    let fields = with_company();
    let set = lp::principles::builtin();
    let text = "title: T\nprinciples: [ownership]\ncompany: Acme\naction: I did it.\n";

    // Read: the new key is known, and without the row it is an unknown field.
    let (story, problems) =
        lp::story::parse_with(&fields, "t", Path::new("t.yaml"), text, Some(&set));
    assert!(problems.is_empty(), "{problems:?}");
    let story = story.unwrap();
    assert_eq!(story.context, "Acme");
    let (_, problems) = lp::story::parse("t", Path::new("t.yaml"), text, Some(&set));
    assert!(
        problems[0].message.contains("unknown field 'company'"),
        "{problems:?}"
    );

    // Written, in the table's order, and read back the same.
    let written = lp::story_yaml::to_yaml_with(&fields, &story);
    assert!(written.contains("company: Acme\n"), "{written}");
    assert!(written.find("action:") < written.find("company:"));
    let (again, problems) =
        lp::story::parse_with(&fields, "t", Path::new("t.yaml"), &written, Some(&set));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(again.unwrap().context, "Acme");

    // The template has it even when empty.
    let template = lp::story_yaml::template_with(&fields, &Story::default(), "");
    assert!(template.contains("company: \n"), "{template}");

    // The schema describes it and takes it.
    let schema = lp::schema::story_with(&fields, &set);
    assert_eq!(
        schema["properties"]["company"]["description"],
        "The company it happened at."
    );
    assert!(schema["properties"].get("context").is_none());

    // The JSON form shows it.
    let doc = serde_json::to_value(lp::render::json::StoryDoc::with_fields(
        &fields, &story, false,
    ))
    .unwrap();
    assert_eq!(doc["company"], "Acme");

    // The checks walk it: a control character in it is found under its key.
    let field = fields.iter().find(|f| f.key == "company").unwrap();
    assert_eq!(field.texts(&story), ["Acme"]);
}

#[test]
fn every_key_of_the_table_is_in_the_schema_and_the_json_form() {
    let set = lp::principles::builtin();
    let schema = lp::schema::story(&set);
    let story = Story {
        notes: "n".into(),
        ..Story::default()
    };
    let doc = serde_json::to_value(lp::render::json::StoryDoc::new(&story, true)).unwrap();
    for field in &FIELDS {
        assert!(
            schema["properties"].get(field.key).is_some(),
            "{} is not in the schema",
            field.key
        );
        assert!(
            doc.get(field.key).is_some(),
            "{} is not in the JSON",
            field.key
        );
    }
    let private = serde_json::to_value(lp::render::json::StoryDoc::new(&story, false)).unwrap();
    for field in FIELDS.iter().filter(|f| f.private) {
        assert!(private.get(field.key).is_none(), "{} is shown", field.key);
    }
}
