//! Importing Markdown notes: any text gives a plan, never a panic, and every draft it
//! plans loads as a story.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use lp::model::PrincipleSet;

static SET: LazyLock<PrincipleSet> = LazyLock::new(lp::principles::builtin);

fuzz_target!(|data: &[u8]| {
    let Ok(notes) = std::str::from_utf8(data) else {
        return;
    };
    let mut plan = lp::import::plan(notes, &SET);
    lp::import::merge_duplicates(&mut plan);
    for draft in &plan.drafts {
        let text = lp::story_yaml::to_yaml(&draft.to_story("draft"));
        let (story, problems) =
            lp::story::parse("draft", Path::new("draft.yaml"), &text, Some(&SET));
        assert!(story.is_some(), "a draft loads: {problems:?}\n{text}");
    }
});
