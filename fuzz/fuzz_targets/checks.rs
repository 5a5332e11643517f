//! What each fuzz target checks of one input. `cargo test` includes this file too and
//! replays the inputs that once failed a check (`tests/fuzz-regressions/TARGET/`), so a
//! crash found by fuzzing stays fixed.

use std::path::Path;
use std::sync::LazyLock;

use lp::model::PrincipleSet;

static SET: LazyLock<PrincipleSet> = LazyLock::new(lp::principles::builtin);

/// Loading a story file: any bytes give a story or diagnostics, never a panic; a
/// story that loads is written and read back unchanged; and neither its `lp list`,
/// `lp show` and `lp coverage` reports nor its diagnostics hold a raw control character.
pub fn story(data: &[u8]) {
    let path = Path::new("stories/fuzz.yaml");
    let Ok(text) = lp::yaml::decode(path, data.to_vec()) else {
        return;
    };
    let (story, problems) = lp::story::parse("fuzz", path, &text, Some(&SET));
    for d in &problems {
        no_controls("a diagnostic", &d.render(false));
    }
    if let Some(story) = &story {
        let style = lp::render::Style {
            color: false,
            width: 80,
        };
        let stories = std::slice::from_ref(story);
        let findings = lp::lint::check(stories);
        no_controls(
            "list",
            &lp::render::text::list(&SET, &[story], &findings, true, style),
        );
        let mine: Vec<_> = findings.iter().collect();
        no_controls("show", &lp::render::text::show(&SET, story, &mine, style));
        let report = lp::coverage::compute(&SET, stories, &[], 2);
        no_controls("coverage", &lp::render::text::coverage(&report, style));
        for d in &findings {
            no_controls("a finding", &d.render(false));
        }
    }
    if let Some(mut story) = story {
        let written = lp::story_yaml::to_yaml(&story);
        let (again, problems) = lp::story::parse("fuzz", path, &written, Some(&SET));
        let mut again =
            again.unwrap_or_else(|| panic!("a written story loads: {problems:?}\n{written}"));
        story.places = Default::default();
        again.places = Default::default();
        assert_eq!(story, again, "written:\n{written}");
    }
}

/// Fails on a character that would act on a terminal (see `lp::visible`).
fn no_controls(what: &str, output: &str) {
    if let Some(c) = output.chars().find(|&c| lp::visible::is_control(c)) {
        panic!("{what} holds the raw control {c:?}:\n{output}");
    }
}

/// Loading a principle file: any bytes give a set or diagnostics, never a panic.
pub fn principles(data: &[u8]) {
    let path = Path::new("principles/fuzz.yaml");
    let Ok(text) = lp::yaml::decode(path, data.to_vec()) else {
        return;
    };
    let (set, _) = lp::principles::parse_set(path, &text);
    if let Some(set) = set {
        for p in &set.principles {
            let _ = set.resolve(&p.name);
        }
        // `lp find` reads any set it loads.
        let found = lp::find::find(&set, &[], "Tell me about a time you disagreed", 3);
        assert!(found.principles.len() <= 3);
    }
}

/// `lp find`: any question gives at most `limit` principles, best first, each with a
/// finite score and at most four matched words, never a panic.
pub fn find(data: &[u8]) {
    let Ok(question) = std::str::from_utf8(data) else {
        return;
    };
    let found = lp::find::find(&SET, &[], question, 3);
    assert!(found.principles.len() <= 3);
    for pair in found.principles.windows(2) {
        assert!(pair[0].score >= pair[1].score, "{:?}", found.principles);
    }
    for p in &found.principles {
        assert!(p.score.is_finite() && p.score > 0.0, "{p:?}");
        assert!(p.matched.len() <= 4 && !p.matched.is_empty(), "{p:?}");
    }
}

/// Importing Markdown notes: any text gives a plan, never a panic, and every draft it
/// plans loads as a story.
pub fn import(data: &[u8]) {
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
}

/// The fast reader for the usual shape of a story file: whenever it gives a tree, the
/// full reader gives the same one, places and all.
pub fn fast_yaml(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(fast) = lp::yaml::fast::parse(text) {
        let full = lp::yaml::tree::parse(Path::new("s.yaml"), text)
            .unwrap_or_else(|err| panic!("fast: {fast:?}\nfull fails: {err:?}"));
        assert_eq!(Some(fast), full);
    }
}

/// `lp import --merge PAIRS`: the first byte says how many drafts the notes give (up
/// to 31), the rest is the PAIRS text. Parsing never panics; pairs it accepts name
/// drafts that exist, and merging them keeps every draft's words.
pub fn merge(data: &[u8]) {
    let Some((&count, rest)) = data.split_first() else {
        return;
    };
    let drafts = usize::from(count % 32);
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(pairs) = lp::import::merge_pairs(text, drafts) else {
        return;
    };
    let mut notes = String::from("# Ownership\n\n");
    for i in 0..drafts {
        notes.push_str(&format!("## Story {i}\n\nWord{i} happened.\n\n"));
    }
    let mut plan = lp::import::plan(&notes, &SET);
    assert_eq!(plan.drafts.len(), drafts);
    for &(a, b) in &pairs {
        assert!(a < drafts && b < drafts && a != b, "{text}: {a}+{b}");
    }
    lp::import::merge(&mut plan, &pairs);
    // Every pair is honoured: as many drafts are left as the pairs leave groups.
    let mut group: Vec<usize> = (0..drafts).collect();
    let find = |group: &[usize], mut i: usize| {
        while group[i] != i {
            i = group[i];
        }
        i
    };
    for &(a, b) in &pairs {
        let (a, b) = (find(&group, a), find(&group, b));
        group[a.max(b)] = a.min(b);
    }
    let groups = (0..drafts).filter(|&i| find(&group, i) == i).count();
    assert_eq!(plan.drafts.len(), groups, "{text}");
    let all: String = plan
        .drafts
        .iter()
        .map(|d| {
            format!(
                "{} {} {}",
                d.story.title,
                d.story.notes,
                d.story.part(lp::model::Part::Situation)
            )
        })
        .collect();
    for i in 0..drafts {
        assert!(all.contains(&format!("Word{i} ")), "{text}: draft {i} lost");
    }
}

/// Reading a recovery file: any text gives a kind or none and never panics, and as a
/// story it loads or is reported; a kind written with any id reads back the same.
pub fn recovery(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = lp::recovery::kind_of(text);
    let _ = lp::story::parse("resumed", Path::new("r.yaml"), text, Some(&SET));
    let (id, body) = text.split_once('\0').unwrap_or((text, ""));
    for kind in [
        lp::recovery::Kind::Add,
        lp::recovery::Kind::Write(id.to_string()),
        lp::recovery::Kind::Edit(id.to_string()),
    ] {
        let written = lp::recovery::with_header(&kind, body, body, "f");
        assert_eq!(lp::recovery::kind_of(&written), Some(kind), "{written}");
    }
}
