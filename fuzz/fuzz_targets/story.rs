//! Loading a story file: any bytes give a story or diagnostics, never a panic; and a
//! story that loads is written and read back unchanged.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use lp::model::PrincipleSet;

static SET: LazyLock<PrincipleSet> = LazyLock::new(lp::principles::builtin);

fuzz_target!(|data: &[u8]| {
    let path = Path::new("stories/fuzz.yaml");
    let Ok(text) = lp::yaml::decode(path, data.to_vec()) else {
        return;
    };
    let (story, _) = lp::story::parse("fuzz", path, &text, Some(&SET));
    if let Some(mut story) = story {
        let written = lp::story_yaml::to_yaml(&story);
        let (again, problems) = lp::story::parse("fuzz", path, &written, Some(&SET));
        let mut again =
            again.unwrap_or_else(|| panic!("a written story loads: {problems:?}\n{written}"));
        story.places = Default::default();
        again.places = Default::default();
        assert_eq!(story, again, "written:\n{written}");
    }
});
