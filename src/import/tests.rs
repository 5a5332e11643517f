//! The importer's rules, one at a time.

use super::rules::*;
use super::walk::{
    answers_question_above, bilingual_label, cases_apart, commands_listed, glued_cases,
    glued_stops, leads_in_as_i, markup_only, names_in_line, names_language, only_slots,
    reminder_lines, story_label_line,
};
use super::*;
use crate::principles;

#[test]
fn headings_name_principles_in_many_spellings() {
    let set = principles::builtin();
    let id = |t: &str| heading_principle(t, &set).map(|p| p.id.clone());
    assert_eq!(
        id("INVENT AND SIMPLIFY (my strongest one)").as_deref(),
        Some("invent-and-simplify")
    );
    assert_eq!(
        id("Customer Obsession ⭐").as_deref(),
        Some("customer-obsession")
    );
    assert_eq!(
        id("Have Backbone / Disagree and Commit").as_deref(),
        Some("have-backbone-disagree-and-commit")
    );
    assert_eq!(
        id("3. Insist on Highest Standards").as_deref(),
        Some("insist-on-the-highest-standards")
    );
    assert_eq!(id("Ownership — my stories").as_deref(), Some("ownership"));
    assert_eq!(id("🚀 Bias for Action").as_deref(), Some("bias-for-action"));
    assert_eq!(id("Tips for the day"), None);
    assert_eq!(id("Interview prep — story bank"), None);
    // A label that only says a principle follows.
    assert_eq!(
        id("**Amazon Leadership Principle: \"Dive Deep\"**").as_deref(),
        Some("dive-deep")
    );
    assert_eq!(
        id("Leadership principle - Frugality").as_deref(),
        Some("frugality")
    );
    assert_eq!(id("Principles I like: Frugality"), None);
}

#[test]
fn a_heading_over_several_stories_names_none_of_them() {
    for heading in [
        "Cases",
        "My STAR stories",
        "Prepared answers",
        "Case studies",
    ] {
        assert!(group_heading(heading), "{heading}");
    }
    for heading in ["The cases we lost", "Stories", "Cache stampede", "My case"] {
        assert_eq!(group_heading(heading), heading == "Stories", "{heading}");
    }
}

#[test]
fn a_heading_names_a_principle_beside_its_translation() {
    let set = principles::builtin();
    let id = |t: &str| heading_principle(t, &set).map(|p| p.id.clone());
    // The name in Latin letters, its translation in another script before or after.
    assert_eq!(id("Dive Deep 深入细节").as_deref(), Some("dive-deep"));
    assert_eq!(id("节俭 Frugality").as_deref(), Some("frugality"));
    assert_eq!(id("Earn Trust Доверие").as_deref(), Some("earn-trust"));
    assert_eq!(
        id("Are Right, A Lot 判断").as_deref(),
        Some("are-right-a-lot")
    );
    // What is left in Latin letters must still be a name, whole.
    assert_eq!(id("Dive 深入"), None);
    assert_eq!(id("STAR 故事"), None);
    assert_eq!(id("Frugality notes 节俭"), None);
}

#[test]
fn labels_in_their_many_forms() {
    let cases = [
        (
            "**Situation:** Our pipeline",
            Some((Label::Part(Part::Situation), "Our pipeline")),
        ),
        (
            "**S:** Support tickets",
            Some((Label::Part(Part::Situation), "Support tickets")),
        ),
        (
            "**Situation** — The handbook",
            Some((Label::Part(Part::Situation), "The handbook")),
        ),
        (
            "**R** — The cheaper vendor",
            Some((Label::Part(Part::Result), "The cheaper vendor")),
        ),
        (
            "Result - it worked",
            Some((Label::Part(Part::Result), "it worked")),
        ),
        (
            "Impact: 70% fewer",
            Some((Label::Part(Part::Result), "70% fewer")),
        ),
        ("Task : fix it", Some((Label::Part(Part::Task), "fix it"))),
        (
            "**What I learned:** Write",
            Some((Label::Part(Part::Learned), "Write")),
        ),
        ("**Also:** Dive Deep", Some((Label::Also, "Dive Deep"))),
        (
            "Secondary principles: Dive Deep, Frugality",
            Some((Label::Also, "Dive Deep, Frugality")),
        ),
        (
            "**S (Situation):** Our pipeline",
            Some((Label::Part(Part::Situation), "Our pipeline")),
        ),
        (
            "R (Result): it held",
            Some((Label::Part(Part::Result), "it held")),
        ),
        // The letter with its word in square brackets, and two parts named as one
        // that way: the text starts the first.
        ("S [situation]", Some((Label::Part(Part::Situation), ""))),
        (
            "**(Result):** \"It held\"",
            Some((Label::Part(Part::Result), "\"It held\"")),
        ),
        (
            "T [task] + A[action]\nI read the logs",
            Some((Label::Part(Part::Task), "I read the logs")),
        ),
        // The letter with the part's word in another language, in the brackets and
        // colon Chinese writes; and the word alone.
        (
            "**S（背景）**：新系统上线后",
            Some((Label::Part(Part::Situation), "新系统上线后")),
        ),
        (
            "A (행동): 로그를 읽었다",
            Some((Label::Part(Part::Action), "로그를 읽었다")),
        ),
        (
            "**结果**：延迟减半",
            Some((Label::Part(Part::Result), "延迟减半")),
        ),
        (
            "課題：移行を終える",
            Some((Label::Part(Part::Task), "移行を終える")),
        ),
        // A letter or two wrong, the first right.
        ("Actioin: I did", Some((Label::Part(Part::Action), "I did"))),
        (
            "Resut - it worked",
            Some((Label::Part(Part::Result), "it worked")),
        ),
        (
            "**Situaton:** Late",
            Some((Label::Part(Part::Situation), "Late")),
        ),
        // A word of its own as near to a label is that word.
        ("**Saturation:** CPU and memory use", None),
        ("Station: the north depot", None),
        ("Auction: the spare servers", None),
        (
            "Example question: Tell me",
            Some((Label::Question, "Tell me")),
        ),
        ("Q: Why?", Some((Label::Question, "Why?"))),
        // The whole line in bold, the label inside.
        (
            "**Question: Tell me about a time you slipped.**",
            Some((Label::Question, "Tell me about a time you slipped.")),
        ),
        // The interviewer's prompt, written right or a letter off.
        (
            "Prompt: Tell me about a win.",
            Some((Label::Question, "Tell me about a win.")),
        ),
        (
            "Promtp: Tell me about a win.",
            Some((Label::Question, "Tell me about a win.")),
        ),
        // The initial in parentheses before the label's word.
        (
            "(S) Situation: The app was slow.",
            Some((Label::Part(Part::Situation), "The app was slow.")),
        ),
        (
            "**(R) Result:** Pages loaded in half the time.",
            Some((Label::Part(Part::Result), "Pages loaded in half the time.")),
        ),
        ("(S) Sometimes: a note", None),
        (
            "Things to notice: keep it short",
            Some((
                Label::Aside("tips for the interview, not a story"),
                "keep it short",
            )),
        ),
        // A pictograph before the label decorates it.
        (
            "✅ **Situation:** The app was slow.",
            Some((Label::Part(Part::Situation), "The app was slow.")),
        ),
        (
            "💡 What I learned: ask first",
            Some((Label::Part(Part::Learned), "ask first")),
        ),
        // The initial, a dash or a colon, then the label's word.
        (
            "S - Situation: The app was slow.",
            Some((Label::Part(Part::Situation), "The app was slow.")),
        ),
        ("T: Task", Some((Label::Part(Part::Task), ""))),
        // The label alone in bold, its text after a space.
        (
            "**A** So, I called a meeting.",
            Some((Label::Part(Part::Action), "So, I called a meeting.")),
        ),
        // Words that only look like labels.
        ("Promote: the staging build", None),
        ("**Question** of scale, mostly.", None),
        ("Fraction: half", None),
        ("Test: the build", None),
        ("Resume: two pages", None),
        ("Reason: none", None),
        ("A lot happened.", None),
        ("Actionable advice: none", None),
        ("The lesson for me was that deleting is a feature.", None),
        ("S-curve growth", None),
        // A word after the part's word in another language makes it prose, and a
        // remark in brackets that is no part's word is no label's.
        ("结果是：延迟减半", None),
        // The letter, a dash, and the part's word in another language with the same
        // in English beside it in brackets.
        (
            "S - 情境（Situation）: 新系统上线后",
            Some((Label::Part(Part::Situation), "新系统上线后")),
        ),
        (
            "行动 (Action): 我逐层排查",
            Some((Label::Part(Part::Action), "我逐层排查")),
        ),
        ("Action (the short version): I paired", None),
        ("A (the mistake): I skipped a review", None),
    ];
    for (text, expected) in cases {
        assert_eq!(split_label(text), expected, "{text}");
    }
}

#[test]
fn principle_lists_allow_commas_inside_names() {
    let set = principles::builtin();
    let (ids, unknown) = principle_list(
        "Are Right, A Lot, Frugality; Have Backbone; Disagree and Commit",
        &set,
    );
    assert_eq!(
        ids,
        [
            "are-right-a-lot",
            "frugality",
            "have-backbone-disagree-and-commit"
        ]
    );
    assert!(unknown.is_empty());
    let (ids, unknown) = principle_list("Dive Deep, Teamwork", &set);
    assert_eq!(
        (ids, unknown),
        (vec!["dive-deep".to_string()], vec!["Teamwork".to_string()])
    );
}

#[test]
fn titles_are_a_first_sentence_cut_at_a_word() {
    assert_eq!(
        short_title(&first_sentence(
            "Proper implementation of secret propagation. I was not satisfied."
        )),
        "Proper implementation of secret propagation"
    );
    assert_eq!(
        short_title(&first_sentence(
            "Provided opportunity for customer support staff to expand their role and skill set by teaching them."
        )),
        "Provided opportunity for customer support staff to expand"
    );
    assert_eq!(
        first_sentence("**Situation** — v1.2 shipped late."),
        "Situation — v1.2 shipped late"
    );
    // Highlight marks are emphasis, not words.
    assert_eq!(
        short_title("==Moved the rota to a shared calendar=="),
        "Moved the rota to a shared calendar"
    );
}

#[test]
fn descriptions_are_third_person_and_not_short() {
    assert!(is_description(
        "Leaders are owners. They think long term, act for the whole company and never say “that’s not my job.\""
    ));
    assert!(!is_description(
        "I was not satisfied with the proposed solution, so I designed my own over a week."
    ));
    assert!(!is_description("Certified Scrum Product Owner"));
}

#[test]
fn a_section_without_description_is_one_story() {
    let set = principles::builtin();
    let plan = plan(
        "## Dive Deep\n\nI dug in.\n\n- one\n- two\n\nIt worked.\n",
        &set,
    );
    assert_eq!(plan.drafts.len(), 1);
    assert_eq!(
        plan.drafts[0].story.notes,
        "I dug in.\n\n- one\n- two\n\nIt worked.\n"
    );
    assert_eq!(plan.drafts[0].lines, (3, 8));
}

#[test]
fn deeply_nested_quotes_do_not_exhaust_the_stack() {
    let set = principles::builtin();
    let notes = format!("## Ownership\n\n{} deep\n", ">".repeat(50_000));
    let plan = plan(&notes, &set);
    assert_eq!(plan.drafts.len(), 1);
    assert!(plan.drafts[0].story.notes.contains("deep"));
}

#[test]
fn a_thematic_break_separates_stories() {
    let set = principles::builtin();
    let plan = plan(
        "## Ownership\n\nI fixed the build.\n\n---\n\nI ran the migration.\n",
        &set,
    );
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["I fixed the build", "I ran the migration"]);
}

#[test]
fn references_link_rather_than_copy() {
    let set = principles::builtin();
    let notes = "## Bias for Action\n\n### Shipped the hotfix\n\nI shipped it.\n\n### Paused the launch\n\nI paused it.\n\n## Ownership\n\nSee Bias for Action B\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 2);
    assert_eq!(
        plan.drafts[1].story.principles,
        ["bias-for-action", "ownership"]
    );
    assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    let dangling = super::plan("## Ownership\n\nSee Frugality C\n", &set);
    assert_eq!(
        dangling.skipped[0].reason,
        "a reference to a story that could not be found"
    );
}

#[test]
fn text_before_any_principle_is_skipped_with_its_lines() {
    let set = principles::builtin();
    let plan = plan(
        "Intro line.\n\n# Notes\n\nMore.\n\n## Frugality\n\nI saved money.\n",
        &set,
    );
    let reasons: Vec<_> = plan
        .skipped
        .iter()
        .map(|s| (s.lines, s.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ((1, 1), "before the first principle heading"),
            ((3, 3), "heading names no principle"),
            ((5, 5), "under 'Notes', which names no principle"),
        ]
    );
    assert_eq!(plan.drafts.len(), 1);
}

#[test]
fn a_saying_quoted_above_a_description_is_not_a_story() {
    let set = principles::builtin();
    // Our own words: a motto in a quote, the principle described, then a reminder.
    let notes = "## Frugality 节俭\n\n\
        > I'd rather be clever than spend.\n\n\
        Teams that have less find ways to do more, and nobody earns credit for growing a \
        budget or a headcount.\n\n\
        - Moved the nightly reports to spot instances\n";
    let plan = plan(notes, &set);
    let reasons: Vec<_> = plan
        .skipped
        .iter()
        .map(|s| (s.lines, s.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ((1, 1), "heading of 'Frugality', with more than its name"),
            (
                (3, 3),
                "a saying quoted above the description of 'Frugality', not a story"
            ),
            ((5, 5), "the description of 'Frugality', not a story"),
        ]
    );
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Moved the nightly reports to spot instances"]);
    // A quote that a story follows, not a description, is read as before.
    let told = super::plan(
        "## Frugality\n\n> I moved the reports to spot instances.\n\nIt cut the bill by half.\n",
        &set,
    );
    assert!(told.skipped.is_empty(), "{:?}", told.skipped);
    assert_eq!(told.drafts.len(), 1);
}

#[test]
fn a_definition_written_as_one_bullet_is_a_description() {
    let set = principles::builtin();
    // Our own words: each principle's definition as a bullet of its own.
    let notes = "# Frugality\n- Leaders stretch what they have, and find that a small budget \
        sharpens the ideas they come up with.\n# Ownership\n- Moved every team's alerts \
        to one pager rota and retired the old paging tool within a quarter\n";
    let plan = plan(notes, &set);
    let reasons: Vec<_> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(reasons, ["the description of 'Frugality', not a story"]);
    // A reminder that speaks of no leaders is a story, however long.
    let titles: Vec<_> = plan
        .drafts
        .iter()
        .map(|d| d.story.principles[0].as_str())
        .collect();
    assert_eq!(titles, ["ownership"]);
}

#[test]
fn a_paragraph_that_is_a_link_is_not_a_story() {
    let set = principles::builtin();
    let notes = "## Frugality\n\nI moved the reports to spot instances and halved the bill.\n\n\
        source: https://example.com/notes/frugality\n\nhttps://example.org/a-thread\n";
    let plan = plan(notes, &set);
    let reasons: Vec<_> = plan
        .skipped
        .iter()
        .map(|s| (s.lines, s.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ((5, 5), "a link, not a story"),
            ((7, 7), "a link, not a story")
        ]
    );
    assert_eq!(plan.drafts.len(), 1);
    // A story that gives its link keeps it.
    assert!(!is_link(
        "I wrote up the migration at https://example.com/post and the team used it."
    ));
}

#[test]
fn titles_lose_enumerators_and_remarks_and_never_end_hanging() {
    for (heading, title, remark) in [
        (
            "Story 1 — Shipped the billing migration",
            "Shipped the billing migration",
            None,
        ),
        ("Anecdote B — Reporting portal", "Reporting portal", None),
        ("Example 2: Cut the cloud bill", "Cut the cloud bill", None),
        ("#3. Paired with support", "Paired with support", None),
        // The same in Chinese: story (故事) and case (案例), a full-width colon.
        ("故事 2：缓存击穿", "缓存击穿", None),
        ("案例 3：迁移", "迁移", None),
        ("2) Fixed the pager", "Fixed the pager", None),
        (
            "Rebuilt the rota (my favourite)",
            "Rebuilt the rota",
            Some("(my favourite)"),
        ),
        ("Storytelling workshop", "Storytelling workshop", None),
        (
            "A new approach to deploys",
            "A new approach to deploys",
            None,
        ),
    ] {
        let (t, r) = heading_title(heading);
        assert_eq!((t.as_str(), r.as_deref()), (title, remark), "{heading}");
    }
    assert_eq!(
        short_title(
            "When I had just joined the platform team, we found that nobody owned the release scripts"
        ),
        "When I had just joined the platform team"
    );
    assert_eq!(
        short_title(
            "Putting myself out there by doing demo/presentations for the team when I was new"
        ),
        "Putting myself out there by doing demo/presentations"
    );
}

#[test]
fn closing_lessons_fill_learned() {
    for text in [
        "What I learned is that a check written first pays for itself.",
        "What I took away was to ask earlier.",
        "I learned that small batches win.",
    ] {
        assert!(learned_sentence(text), "{text}");
    }
    assert!(!learned_sentence("I learned Rust for the project."));
    for text in [
        "Takeaway: ask earlier.",
        "Key takeaway - ask earlier.",
        "Lesson: ask.",
    ] {
        assert_eq!(
            split_label(text).map(|(l, _)| l),
            Some(Label::Part(Part::Learned)),
            "{text}"
        );
    }
}

#[test]
fn a_line_of_principle_names_links_them_in_any_wording() {
    let set = principles::builtin();
    for (line, ids) in [
        (
            "Secundarios: Ownership, Dive Deep",
            vec!["ownership", "dive-deep"],
        ),
        (
            "LP secondaires : Ownership, Earn Trust",
            vec!["ownership", "earn-trust"],
        ),
        (
            "Related: Frugality + Invent and Simplify",
            vec!["frugality", "invent-and-simplify"],
        ),
        (
            "Auch: Frugality and Earn Trust",
            vec!["frugality", "earn-trust"],
        ),
        (
            "See also: Have Backbone / Disagree & Commit",
            vec!["have-backbone-disagree-and-commit"],
        ),
    ] {
        let found = principle_line(line, &set).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(found, ids, "{line}");
    }
    // A line that does not fully resolve stays text, word for word.
    assert_eq!(
        principle_line("Related: Frugality + my manager", &set),
        None
    );
    assert_eq!(principle_line("Note: we cut costs by half", &set), None);
    assert_eq!(
        principle_line("The result was: Ownership", &set),
        None,
        "a sentence is no label"
    );
}

#[test]
fn merges_chain_in_any_order() {
    let set = principles::builtin();
    let notes = "# Ownership\n\n## One\n\nFirst text.\n\n## Two\n\nSecond text.\n\n## Three\n\nThird text.\n\n## Four\n\nFourth text.\n";
    for pairs in [[(0, 1), (1, 2)], [(1, 2), (0, 1)]] {
        let mut plan = plan(notes, &set);
        assert_eq!(plan.drafts.len(), 4);
        merge(&mut plan, &pairs);
        let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
        assert_eq!(titles, ["One", "Four"], "{pairs:?}");
        let notes = &plan.drafts[0].story.notes;
        for word in ["First", "Second", "Third"] {
            assert!(notes.contains(word), "{pairs:?}: {notes}");
        }
    }
}

#[test]
fn a_line_names_a_storys_principles_on_the_same_line_or_the_next() {
    let set = crate::principles::builtin();
    let tag_line = |text: &str, set: &crate::model::PrincipleSet| {
        super::rules::tag_line(text, set).map(|n| n.ids)
    };
    assert_eq!(
        tag_line(
            "**Leadership Principles:**\nDive Deep, Deliver Results",
            &set
        ),
        Some(vec!["dive-deep".to_string(), "deliver-results".to_string()])
    );
    assert_eq!(
        tag_line("LPs: backbone, deep dive", &set),
        Some(vec![
            "have-backbone-disagree-and-commit".to_string(),
            "dive-deep".to_string()
        ])
    );
    assert_eq!(
        tag_line("Maps to: Technical challenge, Dive deep", &set),
        Some(vec!["dive-deep".to_string()]),
        "the names beside other words are linked"
    );
    assert_eq!(
        tag_line("Tags: cooking, travel", &set),
        None,
        "no principle named"
    );
    assert_eq!(
        tag_line("Ownership, Dive Deep", &set),
        None,
        "a label first"
    );
    assert_eq!(
        story_heading("Story: The vendor contract"),
        "The vendor contract"
    );
    assert_eq!(story_heading("STAR story — Night shift"), "Night shift");
    assert_eq!(story_heading("Storytelling tips"), "Storytelling tips");
    // A write-up of one story in STAR, named after the dash.
    assert_eq!(
        story_heading("STAR — The billing queue"),
        "The billing queue"
    );
    assert_eq!(story_heading("STAR Method - Pager rota"), "Pager rota");
    assert_eq!(story_heading("Stars: what we saw"), "Stars: what we saw");
    // An article or "my" before the label.
    assert_eq!(
        story_heading("The STAR — Night shift handover"),
        "Night shift handover"
    );
    assert_eq!(story_heading("My story: the pager"), "the pager");
    assert_eq!(
        story_heading("The Story of the pager"),
        "The Story of the pager"
    );
    // A remark after the number is no name: the heading is left whole.
    assert_eq!(
        story_heading("Story 2 (draft) — The pager"),
        "Story 2 (draft) — The pager"
    );
}

#[test]
fn a_file_whose_headings_are_a_storys_parts_is_that_story() {
    let set = principles::builtin();
    // The parts are the file's own sections under its title, a line of the writer's
    // between; under Action, numbered sections of it; under Result, follow-ups asked
    // and answered (`A:` is the answer, not the Action).
    let notes = "# STAR — The billing queue\n\n## Opening\nMoved billing onto a queue.\n\n\
        ## Situation\nNightly billing ran late at every month end.\n\n\
        ## Task\nMake it finish before the morning.\n\n\
        ## Action\n\n### 1. Split the jobs\nI cut the one job into a job per customer.\n\n\
        Two things made it safe:\n\n- retries with backoff\n- a dead-letter table\n\n\
        ### 2. Watched it\nI added an alert on the queue's depth.\n\n\
        ## Result\nMonth end closed a day earlier.\n\n\
        ### Follow-up questions\n\n**Q: Why not a bigger machine?**\nA: The job was bound by one lock.\n\n\
        **Q: What would you change?**\nA: I would add the alert first.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The billing queue");
    let action = story.part(Part::Action);
    for words in [
        "Split the jobs",
        "a job per customer",
        "Two things made it safe",
        "dead-letter table",
        "the queue's depth",
    ] {
        assert!(action.contains(words), "{words}: {action:?}");
    }
    assert!(story.part(Part::Result).contains("a day earlier"));
    assert!(!action.contains("one lock"), "{action:?}");
    for words in [
        "Why not a bigger machine?",
        "bound by one lock",
        "the alert first",
    ] {
        assert!(story.notes.contains(words), "{words}: {:?}", story.notes);
    }
    // With no title over them, the parts alone are still one story.
    let bare = "## Situation\nNightly billing ran late.\n\n## Action\nI moved it onto a queue.\n\n\
        ## Result\nMonth end closed a day earlier.\n";
    let read = plan(bare, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("onto a queue")
    );
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
    // The heading above that names the story is reported where it stands; the part's
    // heading is not reported again as the story's name.
    let read = plan(notes, &set);
    let reported: Vec<&Skipped> = read.ignored.iter().chain(&read.skipped).collect();
    assert!(
        !reported.iter().any(|s| s.text.contains("## Situation")),
        "{reported:?}"
    );
    // A heading over several stories names none of them.
    let grouped = format!("# My stories\n\n## Note\nWritten in May.\n\n{bare}");
    let read = plan(&grouped, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_ne!(read.drafts[0].story.title, "My stories");
    assert!(
        !read.ignored.iter().any(|s| s.text.contains("## Situation")),
        "{:?}",
        read.ignored
    );
    // A guide's parts, each saying what to write, are no story, and each heading is
    // reported once.
    let guide = "# Answering well\n\n## Before you start\nRead the question twice.\n\n\
        ## Situation\nDescribe the context you were in.\n\n## Action\nSay what you did, not the team.\n";
    let read = plan(guide, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    let headings = read
        .skipped
        .iter()
        .filter(|s| s.text.trim() == "## Situation")
        .count();
    assert_eq!(headings, 1, "{:?}", read.skipped);
    // A part's heading in one story's region says nothing of the next region: a
    // deeper heading there is its own.
    let next = "# Stories\n\n## The queue\n\n### Situation\nBilling ran late.\n\n\
        ### Action\nI moved it onto a queue.\n\n## Reading list\n\n#### Books\n\nA book on queues.\n";
    let read = plan(next, &set);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "under 'Books', which names no principle"),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_story_in_chinese_with_its_parts_as_sections_and_its_follow_ups_asked_in_headings() {
    let set = principles::builtin();
    // The parts are the file's sections, each the letter, a dash and the part's word
    // with the English in brackets; after the story, a section of follow-ups (追问),
    // each question a heading of its own with its answer (答) under it; the last one
    // asked and not answered yet.
    let notes = "# 缓存项目\n\n## 简介\n一个缓存服务。\n\n\
        ## S - 情境（Situation）\n接口在高峰期很慢。\n\n## T - 任务（Task）\n把延迟降到一百毫秒以内。\n\n\
        ## A - 行动（Action）\n\n### 1. 加缓存\n我加了一层缓存。\n\n\
        ## R - 结果（Result）\n延迟减半。\n\n## 面试追问准备\n\n\
        ### Q1：为什么不用更大的机器？\n\n**答**：瓶颈在锁上。\n\n### Q2：下次会怎么做？\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Situation).contains("高峰期"));
    assert!(story.part(Part::Action).contains("加了一层缓存"));
    assert!(story.part(Part::Result).contains("延迟减半"));
    let asked: Vec<(&str, &str)> = story
        .followups
        .iter()
        .map(|f| (f.question.as_str(), f.answer.trim()))
        .collect();
    assert_eq!(
        asked,
        [
            ("为什么不用更大的机器？", "**答**：瓶颈在锁上。"),
            ("下次会怎么做？", "")
        ]
    );
    // The same in English: the questions of a follow-ups section in headings.
    let english = "## Ownership\n\n### The queue\n\n**Situation:** Billing ran late.\n\
        **Action:** I moved the jobs onto a queue.\n**Result:** It closed a day earlier.\n\n\
        # Follow-up questions\n\n## Why not a bigger machine?\n\nThe job was bound by one lock.\n";
    let read = plan(english, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let followups = &read.drafts[0].story.followups;
    assert_eq!(followups.len(), 1, "{followups:?}");
    assert_eq!(followups[0].question, "Why not a bigger machine?");
    assert!(followups[0].answer.contains("one lock"));
}

#[test]
fn a_question_under_a_headings_remark_is_the_storys_own() {
    let set = principles::builtin();
    // The heading's remark is kept in the notes; it tells nothing yet, so the question
    // between the heading and the first part is the story's, not the person's own.
    let notes = "# Stories\n\n## 1. The cookie call *(senior track)*\n\n\
        **Cue:** \"Tell me about a tradeoff you made.\"\n\n\
        **Situation:** Building the login flow, I had to pick where the token lives.\n\n\
        **Action:** I went with the cookie and added an anti-forgery token.\n\n\
        **Result:** The flow resists the first attack.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a tradeoff you made."]
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn answers_under_a_title_that_credits_a_language_model_are_its_samples() {
    assert!(credits_model(
        "## Interview Answers (ChatGPT, 2024)\n\ntext"
    ));
    assert!(credits_model("# Answers (GPT-4)\n"));
    assert!(!credits_model("## Built a support bot (ChatGPT API)\n"));
    assert!(!credits_model(
        "# My stories\n\n## Answers (ChatGPT, 2024)\n"
    ));
    let set = principles::builtin();
    let notes = "## Sample answers (ChatGPT, 2024)\n\n### 1. Question: Tell me about a deadline.\n\n\
        - **Situation**: In my last role a client moved the date up by two weeks.\n\
        - **Action**: I called a meeting and split the work again.\n\
        - **Result**: We met the new date.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    let own = notes.replace(" (ChatGPT, 2024)", "");
    assert_eq!(plan(&own, &set).drafts.len(), 1);
}

#[test]
fn a_remark_inside_a_parts_label_is_kept_with_the_label() {
    let set = principles::builtin();
    // `**Action supported by CV:**`: the part's word, a remark, the colon inside the
    // marks. A part's own text with a wide colon in it is left whole.
    let notes = "## The queue\n\n**Situation:** Billing ran late at month end.\n\n\
        **Task:** Make it finish by morning.\n\n\
        **Action supported by CV:** built queue workers with retries.\n\n\
        **Result:** 修复：换成队列。\n\n\
        Prepare the exact numbers from memory before the interview.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(Part::Action).trim(),
        "built queue workers with retries."
    );
    assert!(story.part(Part::Result).starts_with("修复：换成队列。"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.contains("supported by CV")),
        "{:?}",
        read.ignored
    );
    // A colon later in a part's sentence, before a bold phrase, is no label's.
    let chinese = "## 缓存\n\n- **S**：接口很慢。\n- **A**：我加了缓存。\n\
        - **R**：默认关，触发式启用。话术：**先测再加。**\n";
    let read = plan(chinese, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(
        read.drafts[0].story.part(Part::Result).contains("默认关"),
        "{:?}",
        read.drafts[0].story
    );
}

#[test]
fn a_note_to_self_after_a_storys_parts_leaves_it_a_story() {
    let set = principles::builtin();
    // The parts tell what the writer did; the line after them tells the writer what
    // to prepare, and the follow-ups ask "you".
    let notes = "# Prep\n\n## 4. Stream recovery\n\n\
        **Situation:** A stream consumer could drop and miss changes.\n\n\
        **Task:** Make the pipeline recover instead of losing changes.\n\n\
        **Action:** implemented gap recovery.\n\n\
        Prepare the exact mechanism from memory: tokens, checkpoints, whatever it used.\n\n\
        Follow-ups:\n- How do you detect a gap?\n- How do you avoid duplicates?\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("gap recovery")
    );
}

#[test]
fn an_action_led_in_by_a_quoted_line_is_no_empty_template() {
    let set = principles::builtin();
    // The Action's label alone on its line, then the writer's own words in quotation
    // marks leading into a list: no pair of labels with nothing after them.
    let notes = "## Q1: Tell me about a trade-off\n\n### STAR Answer\n\n\
        **Situation:**\n\"We had a small budget for the search feature.\"\n\n\
        **Action:**\n\"I compared the two models:\n- the cheap one was right 85% of the time\n\
        - the other cost thirty times more\"\n\n\
        **Result:**\n\"We saved most of the budget.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("compared the two models"),
        "{:?}",
        read.drafts[0].story
    );
    // Nor is a line the writer speaks in, without the quotation marks.
    let plain = notes.replace('"', "");
    let read = plan(&plain, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(read.drafts[0].story.part(Part::Action).contains("compared"));
}

#[test]
fn a_template_whose_parts_are_lists_of_slots_is_no_story() {
    let set = principles::builtin();
    // Every part a slot in brackets, or a list of them with a word or three beside
    // each; a label of the template's own over the last slot.
    let notes = "# Story bank (fill these out)\n\n### 7. Working remotely\n\n\
        **Situation:**\n[Moving to remote work]\n\n**Task:**\n[Keep performance up]\n\n\
        **Action:**\n- [Routines established]\n- [Tools adopted]\n\n\
        **Result:**\n- [Metrics before/after]\n- Closed $[amount] deal\n\n\
        **Why it fits:**\n[The role is fully remote]\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    // A bracket in a story's own words is no slot: an index, a terminal's escape.
    let story = "## Ownership\n\n### Fixed the a[0] bug\n\n**Situation:** a[0] was null.\n\n\
        **Action:** Fixed a[i].\n\n**Result:** Now a[0] \u{1b}[31mworks\u{1b}[0m.\n";
    let read = plan(story, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
}

#[test]
fn notes_that_open_with_a_principles_description_are_its_stories() {
    let set = principles::builtin();
    // No heading names the principle: the notes open with its description, in the
    // third person, then a story under a heading of its own name, whose follow-ups
    // come under `### 5 Whys:` and then `### Q&A:`.
    let notes = "Leaders begin with the customer and work back from what customers need. They earn \
        the trust of customers and keep it, and they watch customers more than rivals.\n\n\
        ## The status page\n### Situation:\n- Customers could not tell whether an outage was ours.\n\n\
        ### Action:\n- I built a status page and wired it to our alerts.\n\n\
        ### Result:\n- Support tickets during outages fell by half.\n\n\
        ### 5 Whys:\n- Why a page? - customers asked for one.\n\n### Q&A:\n- todo\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["customer-obsession"]);
    assert!(
        read.warnings
            .iter()
            .any(|w| w
                .starts_with("line 1: the notes open with a description of Customer Obsession")),
        "{:?}",
        read.warnings
    );
    // Both headings over the follow-ups are the story's, and the story runs to them.
    let over: Vec<&str> = read
        .ignored
        .iter()
        .filter(|s| s.reason == "a heading over the follow-ups of the story above")
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(over, ["### 5 Whys:", "### Q&A:"]);
    assert_eq!(read.drafts[0].lines.1, 17);
    // Said once, however many stories it links.
    let two = notes.replace("### 5 Whys:", "## The runbook\n### Situation:\n- Nobody knew the steps.\n\n### Action:\n- I wrote them down.\n\n### 5 Whys:");
    let read = plan(&two, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    let said = read
        .warnings
        .iter()
        .filter(|w| w.contains("the notes open with a description of"))
        .count();
    assert_eq!(said, 1, "{:?}", read.warnings);
    // Without the description, the principle is the one the story's words are nearest,
    // and said to be a guess.
    let bare = &notes[notes.find("## The").expect("the heading")..];
    let read = plan(bare, &set);
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("names no principle")),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_template_under_titles_in_brackets_is_no_story() {
    let set = principles::builtin();
    let notes = "# Fifteen stories\n\n## Story 1: [Topic]\n**Situation:** (two sentences of context)\n\n\
        **Action:** (what you did)\n\n**Result:** (the outcome, with a number)\n\n\
        ## Story 2: [Topic]\n...\n\n---\n\n*(Add all fifteen here. Topics: delivery, conflict, failure.)*\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn a_star_heading_under_a_storys_name_is_its_telling() {
    let set = principles::builtin();
    // `### STAR` under the story's name and a line of its themes: the story told in
    // STAR, titled by the name above it.
    let notes = "# Stories\n\n## 1) Built the data team from zero\n\n\
        **Use for:** team building, hiring\n\n### STAR\n\n\
        **Situation:**\nNo team owned the data platform.\n\n\
        **Action:**\nI hired in three waves and wrote every job description.\n\n\
        **Result:**\nTwenty-one people in three years.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "Built the data team from zero");
}

#[test]
fn a_checklist_for_a_story_not_written_yet_is_no_story() {
    let set = principles::builtin();
    let notes = "# Stories to prepare\n\n### Story 2: Production incident (on call)\n\
        - [ ] Drafted\n- [ ] Practiced out loud\n\n### Story 3: The vendor call\n\
        - [x] Drafted\n\nI called the vendor, got the part swapped, and we shipped.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The vendor call"], "{:?}", read.skipped);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a checklist of what is still to do, not a story"),
        "{:?}",
        read.skipped
    );
    // A question's heading over empty slots, with a remark, stays your own question.
    let asked = "## Ownership\n\n### A time you pushed back on a request (scope or design)\n\n\
        - Situation:\n- Task:\n- Action:\n- Result:\n";
    let read = plan(asked, &set);
    assert_eq!(read.questions.len(), 1, "{:?}", read.skipped);
}

#[test]
fn a_guides_list_of_the_parts_is_no_list_of_stories() {
    let set = principles::builtin();
    let notes = "# Preparing\n\nUse real work or lab examples. Never invent experience you do not have.\n\n\
        ## STAR with evidence\n\n\
        - **Situation:** scope and user impact.\n- **Task:** your responsibility and its limits.\n\
        - **Action:** evidence, reasoning, change control.\n\
        - **Result:** restoration, validation, prevention.\n\n\
        ## Questions\n\n1. Tell me about a hard problem you isolated.\n2. How do you handle an angry user?\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn a_story_under_the_methods_name_alone_is_the_writers_own() {
    let set = principles::builtin();
    // Under a heading that names the method, nothing but a story told in its parts'
    // labels, and a picture: the writer's own, its title from its words.
    let notes = "# STAR METHOD\n\n**Situation**\nMy van was loaded with a week of deliveries.\n\n\
        **Task**\nGet them all done by Friday.\n\n**Actions**\nSpent an hour ordering the stops by area.\n\n\
        **Results**\nAll delivered, home on Friday afternoon.\n\n![Van](van.jpg)\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(read.drafts[0].story.title.starts_with("My van"));
    assert!(
        read.ignored.iter().any(|s| s.text == "# STAR METHOD"),
        "{:?}",
        read.ignored
    );
    // A guide's parts that instruct, or a sample answer after a guide's advice, is not.
    for guide in [
        "# The STAR method\n\n**Situation**\nDescribe the context you were in.\n\n\
            **Action**\nSay what you did, not the team.\n",
        "# The STAR method\n\nUse it for every answer and say what you did.\n\n\
            **Situation**\nOur billing ran late.\n\n**Action**\nI moved the jobs onto a queue.\n",
    ] {
        let read = plan(guide, &set);
        assert!(read.drafts.is_empty(), "{guide}: {:?}", read.drafts);
    }
}

#[test]
fn a_heading_over_follow_up_questions_is_no_follow_up_of_its_own() {
    let set = principles::builtin();
    let notes = "## Ownership\n\n### The queue\n\n**Situation:** Billing ran late.\n\
        **Action:** I moved the jobs onto a queue.\n**Result:** Month end closed a day earlier.\n\n\
        #### Follow-up questions\n\n**Q: Why a queue?**\nA: Retries came for free.\n\n\
        **Q: What would you change?**\nA: I would add alerts sooner.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(story.followups.is_empty(), "{:?}", story.followups);
    assert_eq!(
        story.part(Part::Action).trim(),
        "I moved the jobs onto a queue."
    );
    for words in ["Why a queue?", "Retries came for free", "alerts sooner"] {
        assert!(story.notes.contains(words), "{words}: {:?}", story.notes);
    }
}

#[test]
fn informal_names_are_read_and_an_ambiguous_one_is_not_guessed() {
    let set = principles::builtin();
    for (written, id) in [
        ("bias", "bias-for-action"),
        ("obsess over customer", "customer-obsession"),
        ("high standards", "insist-on-the-highest-standards"),
        ("disagreee and commit", "have-backbone-disagree-and-commit"),
        ("invnet and simplify", "invent-and-simplify"),
        ("curious", "learn-and-be-curious"),
    ] {
        assert_eq!(
            informal(written, &set),
            Informal::One(id.into()),
            "{written}"
        );
    }
    assert_eq!(
        informal("best", &set),
        Informal::Several(vec![
            "hire-and-develop-the-best".into(),
            "strive-to-be-earths-best-employer".into()
        ])
    );
    for other in ["communication", "new insight", "teamwork", "ship it fast"] {
        assert_eq!(informal(other, &set), Informal::None, "{other}");
    }
    // Only where a line says it names principles: a strict list stays strict.
    let names = named_principles("dive deep, bias, teamwork, best", &set);
    assert_eq!(names.ids, ["dive-deep", "bias-for-action"]);
    assert_eq!(names.unknown, ["teamwork"]);
    assert_eq!(names.ambiguous.len(), 1);
    assert_eq!(principle_list("bias", &set).0, Vec::<String>::new());
}

#[test]
fn a_line_naming_principles_after_a_story_links_them_to_it() {
    let set = principles::builtin();
    // After a paragraph being read, and after a story its question's list item closed.
    let notes = "## Ownership\n\n\
        The nightly export kept failing and nobody owned it, so I took it on and rebuilt it.\n\n\
        note: bias, high standards\n\n\
        1. Tell me about a time you fixed something nobody asked you to.\n\
        I noticed our on-call runbook was wrong and I rewrote it over a weekend.\n\n\
        tags: dive deep, best\n";
    let plan = plan(notes, &set);
    let principles: Vec<&[String]> = plan
        .drafts
        .iter()
        .map(|d| d.story.principles.as_slice())
        .collect();
    assert_eq!(
        principles,
        [
            &[
                "ownership",
                "bias-for-action",
                "insist-on-the-highest-standards"
            ][..],
            &["ownership", "dive-deep"][..]
        ]
    );
    let linked: Vec<_> = plan.ignored.iter().map(|s| s.lines).collect();
    assert_eq!(linked, [(5, 5), (10, 10)]);
    assert_eq!(plan.warnings.len(), 1, "{:?}", plan.warnings);
    assert!(
        plan.warnings[0].starts_with("line 10: 'best' could be 'Hire and Develop the Best' or"),
        "{}",
        plan.warnings[0]
    );
}

#[test]
fn a_paragraph_of_questions_makes_no_draft() {
    let set = principles::builtin();
    // A lead-in, then a question a line, numbered or not, none answering another.
    let notes = "## Dive Deep\n\n\
        Questions to expect:\n\
        Tell me about a time the numbers looked wrong.\n\
        2.Describe a problem you traced to its root\n\
        How do you check a metric you did not build?\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    let own: Vec<_> = plan
        .questions
        .iter()
        .map(|q| (q.lines.0, q.question.as_str()))
        .collect();
    assert_eq!(
        own,
        [
            (4, "Tell me about a time the numbers looked wrong."),
            (5, "Describe a problem you traced to its root"),
            (6, "How do you check a metric you did not build?")
        ]
    );
    assert_eq!(plan.skipped.len(), 1);
    assert_eq!(
        plan.skipped[0].reason,
        "a lead-in to the questions under it"
    );
    // A question with its answer on the next lines is still a story.
    let notes = "## Dive Deep\n\n\
        Tell me about a time the numbers looked wrong.\n\
        I found the dashboard double-counted refunds and fixed the query.\n";
    assert_eq!(super::walk::plan(notes, &set).drafts.len(), 1);
}

#[test]
fn questions_in_the_forms_interviewers_write_them() {
    for question in [
        "Walk us through a time you calmed an angry client",
        "Tell us about your hardest week",
        "How do you choose which request comes first？",
    ] {
        assert!(is_question(question), "{question}");
    }
    assert!(!is_question("Walked the team through the new rota"));
}

#[test]
fn a_label_in_another_script_is_read_without_panicking() {
    // Four letters or more of a script other than Latin, then a colon: no STAR label,
    // and no slicing inside a character.
    for text in [
        "高频必考:",
        "Ситуация: мы",
        "状況説明：テキスト",
        "Ésituation: x",
    ] {
        assert_eq!(split_label(text).map(|(l, _)| l), None, "{text}");
    }
    let set = principles::builtin();
    let notes = "# Notes\n\n### 高频必考\n- introduce yourself\n\n### Dive Deep 刨根问底\n\n> Leaders stay close to the details and check the numbers themselves, every week.\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
}

#[test]
fn questions_in_quotes_or_with_a_gloss_are_questions() {
    for question in [
        "\"Tell me about a time you missed a deadline.\"",
        "Who was your toughest stakeholder? （最难的）",
        "Tell me about a time you said no (Customer Obsession)",
        "Tell the story of the last time you changed your mind.",
        "What's your proudest launch",
    ] {
        assert!(is_question(question), "{question}");
    }
    assert!(!is_question("Rebuilt the rota (my favourite)"));
}

#[test]
fn a_quoted_sample_answer_and_what_to_show_are_not_stories() {
    let set = principles::builtin();
    let notes = "## Frugality\n\n\
        **Interview Questions:**\n- \"Tell me about a time you did more with less.\"\n\n\
        **Example Response:**\n\"I swapped the paid tracer for an open one and saved a lot.\"\n\n\
        **Key Behaviors:**\n\n- Spending carefully\n- Reusing what exists\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    assert_eq!(plan.questions.len(), 1);
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(reasons.contains(&"a sample answer in quotation marks, not your own story"));
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == "what interviewers look for, not a story")
            .count(),
        2,
        "the label and the list under it: {reasons:?}"
    );
    // The person's own example is a story.
    let notes = "## Frugality\n\nExample: I moved the nightly jobs to spare machines and cut the bill by a third.\n";
    assert_eq!(super::walk::plan(notes, &set).drafts.len(), 1);
}

#[test]
fn an_answer_written_as_a_list_of_quoted_parts_fills_them() {
    let set = principles::builtin();
    let notes = "## Dive Deep\n\n\
        1. \"Tell me about a time the numbers looked wrong.\"\n   \
        1. > **Situation**: The weekly report showed twice the refunds we paid.\n   \
        2. > **Action**: I traced it to a join that counted each refund twice.\n   \
        3. > **Result**: The report was right the next week.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    assert_eq!(
        story.questions,
        ["Tell me about a time the numbers looked wrong."]
    );
    assert!(story.part(Part::Situation).contains("twice the refunds"));
    assert!(story.part(Part::Action).contains("traced it"));
    assert!(story.part(Part::Result).contains("right the next week"));
    assert_eq!(
        story.title,
        "The weekly report showed twice the refunds we paid"
    );
}

#[test]
fn names_written_a_letter_wrong_and_links_in_a_contents_list() {
    let set = principles::builtin();
    let id = |t: &str| heading_principle(t, &set).map(|p| p.id.clone());
    assert_eq!(
        id("Hire and Develope The Best").as_deref(),
        Some("hire-and-develop-the-best")
    );
    // A short word a letter away from an alias is a word of its own.
    assert_eq!(id("Result"), None);
    assert_eq!(
        numbered_principle("6. Insist on the Higest Standards (高标准)", &set)
            .map(|p| p.id.as_str()),
        Some("insist-on-the-highest-standards")
    );
    assert!(numbered_principle("1. [Frugality](#1-frugality)", &set).is_none());
    // A definition that speaks of leaders may quote "my" once.
    assert!(is_description(
        "Leaders are owners. They think long term and never say that is not my job, whatever the team."
    ));
}

#[test]
fn stories_in_details_blocks_are_one_each_named_by_their_summary() {
    let set = principles::builtin();
    let notes = "## Ownership\n\n**Example Question**: \"Tell me about something nobody owned.\"\n\n\
        <details>\n<summary>📖 Story: The orphaned cron job (Click to expand)</summary>\n\n\
        - **Situation**: A nightly job failed for weeks.\n- **Result**: I fixed it and wrote a runbook.\n\n\
        </details>\n\n<details>\n<summary>Story: Vendor renewal</summary>\n\n\
        - **Situation**: Nobody tracked the contract.\n- **Action**: I set reminders and renegotiated.\n\n\
        </details>\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The orphaned cron job", "Vendor renewal"]);
    // A line naming principles just after `</details>` is that story's.
    let tagged = format!("{notes}\nLPs: dive deep\n");
    let plan2 = super::walk::plan(&tagged, &set);
    assert_eq!(plan2.drafts[1].story.principles, ["ownership", "dive-deep"]);
    assert_eq!(
        plan.drafts[0].story.questions,
        ["Tell me about something nobody owned."]
    );
    assert!(plan.drafts[1].story.questions.is_empty());
}

#[test]
fn labels_start_again_and_a_story_label_starts_the_next_story() {
    let set = principles::builtin();
    let notes = "## Deliver Results\n\n### Shipping under pressure\n\
        S: The launch date moved up a month.\nA: I cut scope with the PM.\nR: We shipped on the new date.\n\n\
        S: The second launch\n\n## Earn Trust\n\n### Owning the outage\n\
        Situation: I broke the build.\nResult: I said so in the channel first.\n\
        Backup vendor Story: When the vendor failed I called them myself.\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Shipping under pressure",
            "The second launch",
            "Owning the outage",
            "Backup vendor"
        ]
    );
    assert_eq!(
        plan.drafts[3].story.notes.trim(),
        "When the vendor failed I called them myself."
    );
}

#[test]
fn a_question_heading_and_empty_templates_make_no_draft() {
    let set = principles::builtin();
    let notes = "# Bias for Action\n\n## Question\n- Tell me about a time you moved before you were sure.\n\
        ## Story: Hotfix on a Friday\nS: The checkout broke at five.\nA: I rolled back alone.\n\n\
        ## Story:\n\n### Tell me about a risk that failed?\nS\nT\nA\nR\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Hotfix on a Friday"], "{:?}", plan.drafts);
    assert_eq!(
        plan.drafts[0].story.questions,
        ["Tell me about a time you moved before you were sure."]
    );
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"a heading over questions, not a story"),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.starts_with("an empty template")),
        "{reasons:?}"
    );
}

#[test]
fn headings_that_group_or_describe_are_not_stories() {
    let set = principles::builtin();
    let notes = "# Frugality\n\n## Definition\n**Do more with less.**\n\n## My STAR examples\n## Example\n\
        Story: Spot instances for the nightly jobs\nS: The batch bill doubled.\nA: I moved the jobs to spot instances.\n\n\
        # \n### Second story\nS: Licences sat unused.\nR: I cancelled forty seats.\n\n\
        ## Interview Tips\n- Say the number\n- Keep it short\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        // (`### Second story` only counts: the title is taken from the story.)
        ["Spot instances for the nightly jobs", "Licences sat unused"],
        "{:?}",
        plan.drafts
    );
    // The empty `# ` did not close Frugality's section.
    assert_eq!(plan.drafts[1].story.principles, ["frugality"]);
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    for reason in [
        "the principle's definition, not a story",
        "tips for the interview, not a story",
    ] {
        assert!(reasons.contains(&reason), "{reason}: {reasons:?}");
    }
    // `## My STAR examples` under the principle: a heading over the writer's stories.
    assert!(
        plan.ignored
            .iter()
            .any(|s| s.text.contains("My STAR examples")
                && s.reason.starts_with("a heading over stories")),
        "{:?}",
        plan.ignored
    );
    assert!(
        plan.ignored
            .iter()
            .any(|s| s.reason.starts_with("an empty heading"))
    );
}

#[test]
fn curly_quotes_and_letters_that_lower_longer_are_read_whole() {
    // A sample answer in curly quotation marks (three bytes each), and a summary
    // with letters whose lower case is longer than they are ("İ").
    assert!(is_quoted("“I cut the bill.”"));
    assert!(!is_quoted("“"));
    assert!(!is_quoted("“one” and “two”"));
    let set = principles::builtin();
    let notes = "## Frugality\n\nExample: “I cut the bill.”\n\n<details>\n\
        <summary>Story: İstanbul İİİ migration</summary>\n\n- Situation: I moved it.\n\n</details>\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["İstanbul İİİ migration"]);
}

#[test]
fn a_principle_named_alone_on_a_line_heads_the_numbered_questions_and_answers_under_it() {
    let set = principles::builtin();
    // Pasted from a word processor: no heading marks, no blank lines inside, questions
    // numbered "1<TAB>", answers in S:/T:/A:/R: lines, "Learning:" at the end.
    let notes = "Frugality\n\
        A leader gets more done with what the team already has, and treats a limit as a spur.\n\
        \n\
        Interview Questions\n\
        1\tTell me about a time you did more with less. What was the outcome?\n\
        S: The test lab lost half its devices.\n\
        T: Keep the nightly run green.\n\
        A: I moved the slow suites to emulators.\n\
        R: The run finished two hours sooner.\n\
        Learning: Check what the devices are for before buying more.\n\
        2\tTell me about a time you turned down extra budget?\n\
        3\tDescribe a time you reused an old tool.\n\
        S: We needed a load tester.\n\
        A: I revived the one from the last project.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 2, "{:?}", plan.drafts);
    let first = &plan.drafts[0].story;
    assert_eq!(first.principles, ["frugality"]);
    assert_eq!(
        first.questions,
        ["Tell me about a time you did more with less. What was the outcome?"]
    );
    assert_eq!(
        first.part(Part::Result).trim(),
        "The run finished two hours sooner."
    );
    assert_eq!(
        first.part(Part::Learned).trim(),
        "Check what the devices are for before buying more."
    );
    assert!(first.notes.trim().is_empty(), "{:?}", first.notes);
    let second = &plan.drafts[1].story;
    assert_eq!(
        second.questions,
        ["Describe a time you reused an old tool."]
    );
    assert_eq!(
        second.part(Part::Situation).trim(),
        "We needed a load tester."
    );
    // The question with no answer is the person's own; the title line and the
    // "Interview Questions" line are in no draft.
    assert_eq!(plan.questions.len(), 1);
    assert_eq!(
        plan.questions[0].question,
        "Tell me about a time you turned down extra budget?"
    );
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"a heading over questions, not a story"),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.starts_with("the description of")),
        "{reasons:?}"
    );
}

#[test]
fn only_a_principles_full_name_alone_on_a_line_is_a_title() {
    let set = principles::builtin();
    // "The results:" is the start of a list, not Deliver Results; "Bias" is a word.
    let notes = "## Deliver Results\n\nI moved every merchant before the deadline.\n\n\
        The results:\n* all moved in time\n\nBias\nwas the word my manager used.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    assert!(plan.drafts[0].story.notes.contains("The results:"));
    assert!(plan.drafts[0].story.notes.contains("Bias"));
}

#[test]
fn cases_with_translated_names_and_a_translated_description() {
    let set = principles::builtin();
    // Bilingual notes: each heading gives the name and its translation; the description
    // is quoted, then quoted again in translation; stories are "Case" labels whose
    // remark names more principles by their translations.
    let notes = "### 1. Frugality 节俭\n\
        > Leaders get more done with less, and they treat a tight budget as a reason to invent.\n\n\
        > 领导者用更少的资源做更多的事。\n\n\
        * Tell me about a time you saved money?\n\n\
        **Problem:** \n\n**Action:** \n\n**Result:** \n\n\
        Case:(节俭 + 行动)\n\n\
        **Problem:** The build farm cost too much.\n\n\
        **Action:** I moved nightly jobs to spare machines:\n\n\
        * the old test rigs\n* two idle laptops\n\n\
        **Result:** The bill halved.\n\n\
        Case 2: I reused last year's dashboard.\n\n\
        It saved a week of work.\n\n\
        ### Case (行动, earn trust)\n\n\
        I told the team the budget was cut before the rumour did.\n\n\
        ### 2. Bias for Action 行动\n\n\
        Speed matters in this work, and many choices can be undone later without harm.\n";
    let plan = plan(notes, &set);
    let summary: Vec<(Vec<String>, String)> = plan
        .drafts
        .iter()
        .map(|d| (d.story.principles.clone(), d.story.title.clone()))
        .collect();
    assert_eq!(plan.drafts.len(), 3, "{summary:?}");
    let first = &plan.drafts[0].story;
    assert_eq!(first.principles, ["frugality", "bias-for-action"]);
    assert_eq!(
        first.part(Part::Situation).trim(),
        "The build farm cost too much."
    );
    // The list belongs to the Action it follows.
    assert!(
        first.part(Part::Action).contains("two idle laptops"),
        "{first:?}"
    );
    assert_eq!(first.part(Part::Result).trim(), "The bill halved.");
    // "Case 2:" starts the next story, which runs to the next label.
    let second = &plan.drafts[1].story;
    assert!(second.notes.contains("reused last year's dashboard"));
    assert!(second.notes.contains("saved a week"), "{second:?}");
    // A "Case" heading at the section's level is one of its stories.
    let third = &plan.drafts[2].story;
    assert_eq!(
        third.principles,
        ["frugality", "bias-for-action", "earn-trust"]
    );
    // The translated description and the empty template are in no draft.
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("again (quoted after it)")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.starts_with("an empty template")),
        "{reasons:?}"
    );
    // The question waiting above is the one the first case answers.
    assert_eq!(
        first.questions,
        ["Tell me about a time you saved money?"],
        "{:?} {:?}",
        plan.questions,
        plan.drafts
    );
}

#[test]
fn stories_told_once_take_the_principles_whose_lists_link_to_them() {
    let set = principles::builtin();
    // A story bank: each principle lists links to stories told once further down,
    // found by an `<a id>` above the heading or by the heading's own anchor.
    let notes = "# My bank\n\n## By principle\n\n\
        <a id=\"frugality\"></a>\n### Frugality\n\
        1. [Spare build machines](#spare)\n2. [The old dashboard](#the-old-dashboard)\n\n\
        <a id=\"ownership\"></a>\n### Ownership\n\
        - [The old dashboard](#the-old-dashboard)\n\n\
        ## Stories\n\n\
        <a id=\"spare\"></a>\n### Moving nightly builds to spare machines\n\
        **Situation**: The build farm bill doubled in a year.  \n\
        **Action**:  \n- I moved the nightly jobs to idle test rigs\n\n\
        **Result**:  \n- The bill halved\n- Builds ran no slower\n\n\
        ### The old dashboard\n\
        **Situation**: A team wanted a new status page.  \n\
        **Action**: I revived last year's dashboard instead.\n\n\
        ### Something else\nA note no list links to.\n";
    let plan = plan(notes, &set);
    let summary: Vec<(String, Vec<String>)> = plan
        .drafts
        .iter()
        .map(|d| (d.story.title.clone(), d.story.principles.clone()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "Moving nightly builds to spare machines".to_string(),
                vec!["frugality".to_string()]
            ),
            (
                "The old dashboard".to_string(),
                vec!["frugality".to_string(), "ownership".to_string()]
            ),
        ]
    );
    // `**Result**:` alone introduces the list after it.
    let first = &plan.drafts[0].story;
    assert!(
        first.part(Part::Result).contains("The bill halved"),
        "{first:?}"
    );
    assert!(!first.part(Part::Action).contains("bill halved"));
    // The link lists and the anchors are structure, in no draft and not lost.
    let ignored: Vec<&str> = plan.ignored.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        ignored
            .iter()
            .any(|r| r.starts_with("links to stories told elsewhere")),
        "{ignored:?}"
    );
    assert!(
        ignored.iter().any(|r| r.starts_with("an anchor for links")),
        "{ignored:?}"
    );
}

#[test]
fn a_case_remark_naming_nothing_is_reported_and_split_stories_keep_their_own_lines() {
    let set = principles::builtin();
    let notes = "## Frugality\n\nCase:(thrift, frugality)\nI reused the old rig.\n\
        Case 2: I cut the cloud bill.\nIt halved.\n";
    let plan = plan(notes, &set);
    assert_eq!(
        plan.warnings,
        [
            "line 3: 'thrift' in 'Case:(thrift, frugality)' names no principle; the story keeps the principles it has"
        ]
    );
    let lines: Vec<(usize, usize)> = plan.drafts.iter().map(|d| d.lines).collect();
    assert_eq!(lines, [(3, 4), (5, 6)]);
}

#[test]
fn a_bold_story_label_with_a_number_names_its_story() {
    let set = principles::builtin();
    let notes = "## 2. **Frugality**\n\n**Story 1: Spare machines for the nightly build**\n\n\
        * **Situation:** The build bill doubled.\n* **Result:** It halved again.\n\n\
        **Story 2: The dashboard we kept**\n\n\
        * **Situation:** A team asked for a new status page.\n* **Action:** I reused the old one.\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Spare machines for the nightly build",
            "The dashboard we kept"
        ]
    );
    assert_eq!(
        plan.drafts[1].story.part(Part::Situation).trim(),
        "A team asked for a new status page."
    );
}

#[test]
fn lower_case_case_lines_cut_a_section_written_without_blank_lines() {
    let set = principles::builtin();
    // Notes typed without blank lines: the heading asks a question, the principle's
    // text and a question of the person's own come first, then `case 1`, `case 2`.
    let notes = "### FRUGALITY: Tell me about a time you saved money.\n\
        Leaders get more done with less, and they treat a tight budget as a reason to invent.\n\
        tell me about a time you turned down a budget\n\
        case 1\n\
        I moved the nightly builds to spare machines and the bill halved.\n\
        case 2 (ownership)\n\
        I reused last year's dashboard instead of buying one.\n";
    let plan = plan(notes, &set);
    let summary: Vec<(String, Vec<String>)> = plan
        .drafts
        .iter()
        .map(|d| (d.story.notes.trim().to_string(), d.story.principles.clone()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "I moved the nightly builds to spare machines and the bill halved.".to_string(),
                vec!["frugality".to_string()]
            ),
            (
                "I reused last year's dashboard instead of buying one.".to_string(),
                vec!["frugality".to_string(), "ownership".to_string()]
            ),
        ]
    );
    // Two questions wait above the first case: neither is guessed to be its question;
    // both are the person's own, at their lines.
    let own: Vec<(&str, usize)> = plan
        .questions
        .iter()
        .map(|q| (q.question.as_str(), q.lines.0))
        .collect();
    assert_eq!(
        own,
        [
            ("Tell me about a time you saved money.", 1),
            ("tell me about a time you turned down a budget", 3)
        ]
    );
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"the description of 'Frugality', not a story"),
        "{reasons:?}"
    );
}

#[test]
fn reminders_a_line_each_and_notes_in_other_languages_are_stories() {
    let set = principles::builtin();
    // One-line reminders, a paragraph each; a lone note in Russian (which leaves out
    // "I"); a Spanish note with "mi"; and an English description, still skipped.
    let notes = "## Frugality\n\
        Reused the old load tester instead of buying one\n\n\
        Moved nightly builds to spare machines\n\n\
        ## Dive Deep\n\
        нашёл ошибку в коде библиотеки камеры и исправил размер пакета в настройках\n\n\
        ## Ownership\n\
        en mi primer trabajo arreglé el despliegue que nadie quería tocar durante meses\n\n\
        ## Earn Trust\n\
        Leaders listen closely, speak plainly and treat others with respect in every meeting.\n";
    let plan = plan(notes, &set);
    let summary: Vec<(&str, &str)> = plan
        .drafts
        .iter()
        .map(|d| (d.story.principles[0].as_str(), d.story.notes.trim()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "frugality",
                "Reused the old load tester instead of buying one"
            ),
            ("frugality", "Moved nightly builds to spare machines"),
            (
                "dive-deep",
                "нашёл ошибку в коде библиотеки камеры и исправил размер пакета в настройках"
            ),
            (
                "ownership",
                "en mi primer trabajo arreglé el despliegue que nadie quería tocar durante meses"
            ),
        ]
    );
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.reason == "the description of 'Earn Trust', not a story")
    );
}

#[test]
fn a_story_told_under_a_heading_naming_no_principle_is_a_draft_with_a_guessed_principle() {
    let set = principles::builtin();
    // Stories grouped by theme: nothing names a principle. The one told in the first
    // person, in the past, is a story; its principle is guessed from its words and the
    // report says so. Advice to the reader and an answer about the person are not.
    let notes = "# My interview answers\n\n\
        ## Working with others\n\
        ### Tell me about a time you cut the cost of a service\n\
        - Our build farm cost more each month than the team's salaries.\n\
        - I measured which jobs ran longest and moved them to spare machines at night.\n\
        - We cut the bill by half and I shared the dashboard with finance.\n\n\
        ## How to answer\n\
        **Situation:** set the scene for your listener in two sentences.\n\
        **Action:** say what you did, and keep your team's part short.\n\n\
        ## Why this company\n\
        I grew up using its shop and I wanted to work on what I used.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    assert_eq!(
        story.questions,
        ["Tell me about a time you cut the cost of a service"]
    );
    assert_eq!(story.principles, ["frugality"]);
    assert!(
        plan.warnings
            .iter()
            .any(|w| w.starts_with("line 4: ") && w.contains("linked to Frugality")),
        "{:?}",
        plan.warnings
    );
    // The rules one at a time.
    assert!(tells_events(
        "I measured the jobs and we moved them; I was glad"
    ));
    assert!(!tells_events("I measure the jobs and we move them"));
    assert!(own_account("I measured it and my team agreed"));
    assert!(!own_account(
        "Say what you did, and keep your part short; I matter"
    ));
    assert!(to_reader("Tell your listener what you did"));
    assert!(about_the_person("Introduce yourself"));
    assert!(about_the_person("Why Amazon?"));
    assert!(!about_the_person("A time I failed"));
    assert!(about_the_person("What is my biggest strength?"));
    assert!(about_the_person("What are your weaknesses?"));
    assert!(!about_the_person(
        "What was a time a weakness of yours cost the team?"
    ));
}

#[test]
fn a_list_item_naming_principles_links_the_story_above_it() {
    let set = principles::builtin();
    let notes = "## Project bank\n\n\
        ### Story 2: The flaky test hunt\n\
        - **Situation**: Builds failed at random twice a day.\n\
        - **Action**: I traced the failures to a shared temp folder.\n\
        - **Leadership Principles**: Dive Deep, Ownership.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    assert_eq!(story.principles, ["dive-deep", "ownership"]);
    // Linked from the line, not guessed from the story's words.
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    // "Story 2:" is a label in front of the story's name.
    assert_eq!(story.title, "The flaky test hunt");
    assert_eq!(
        story_heading("Story A · The vendor call"),
        "The vendor call"
    );
    assert_eq!(story_heading("Story time"), "Story time");
}

#[test]
fn labels_with_a_wide_colon_and_a_story_name_over_its_parts() {
    let set = principles::builtin();
    // `**S：**` as Chinese is written; the story's name on the heading above the one
    // over its parts; a second copy of the labels with nothing after them is empty.
    let notes = "## Story A · 报表迁移\n\n\
        ### 草稿\n\n\
        **S：** 旧报表每天要手工合并十个文件。\n\n\
        **A：** 写了脚本自动合并，和财务核对口径。\n\n\
        **R：** 每天节省两小时。\n\n\
        ### 空白\n\n\
        **S：**\n**A：**\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    assert_eq!(story.title, "报表迁移");
    assert_eq!(
        story.part(crate::model::Part::Situation).trim(),
        "旧报表每天要手工合并十个文件。"
    );
    assert_eq!(
        story.part(crate::model::Part::Result).trim(),
        "每天节省两小时。"
    );
    assert_eq!(
        split_label("**T：** 目标"),
        Some((Label::Part(crate::model::Part::Task), "目标"))
    );
}

#[test]
fn placeholders_templates_and_pointers_are_not_stories() {
    let set = principles::builtin();
    let notes = "## Ownership\n\
        - Example: TBD\n\n\
        ## Frugality\n\
        *   **Question:** \"Tell me about a time you did more with less.\"\n\
            *   **Primary:** `Build farm savings` (night jobs)\n\
            *   **Backup:** `Old load tester`\n\n\
        ## Story #1: [Title - e.g., \"A launch I led\"]\n\
        **Maps to:** Deliver Results\n\n\
        ### Situation\n\
        [Example: At Company X, users left the checkout page.]\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    assert_eq!(plan.questions.len(), 1, "{:?}", plan.questions);
    assert_eq!(plan.questions[0].principle, "frugality");
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    for reason in [
        "a place for a story still to find (TBD), not a story",
        "names the stories that answer the question: they are told elsewhere",
        "a template: its parts are examples in brackets, not a story",
    ] {
        assert!(reasons.contains(&reason), "{reason}: {reasons:?}");
    }
    assert!(placeholder("- Example: TBD\n- Story: …"));
    assert!(!placeholder("- Example: the outage"));
    assert!(pointers("Primary: `Census Pipeline`\nBackup: Old tester"));
    assert!(!pointers(
        "Primary: I rebuilt the pipeline over three weekends, alone, because the team that owned it had been moved to another project entirely"
    ));
}

#[test]
fn a_file_that_is_one_story_and_parts_under_marked_headings_are_read() {
    let set = principles::builtin();
    // No heading at all: the text is one answer, its parts labelled.
    let notes = "Here is the answer, tidied up:\n\n\
        **Situation:** The nightly import failed every Monday.\n\n\
        **Action:** Traced it to a time zone bug and wrote a test for it.\n\n\
        **Result:** No failure in the six months since.\n";
    let one = plan(notes, &set);
    assert_eq!(one.drafts.len(), 1, "{:?}", one.skipped);
    assert!(
        one.drafts[0]
            .story
            .part(crate::model::Part::Action)
            .contains("time zone")
    );
    // Parts under headings marked with a sign, a letter before the word; told
    // without "I": still a story, named by its heading.
    let notes = "# 1. The stale price cache\n\n\
        ### ✅ **S - Situation**\n\nSome shoppers saw old prices after a sale ended.\n\n\
        ### ⭐ **Action:**\n\n1. Compared the cache on every server.\n2. Moved it to one shared store.\n\n\
        ### 🏁 R – Result\n\nPrices agree everywhere since.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The stale price cache");
    assert_eq!(
        story.part(crate::model::Part::Situation).trim(),
        "Some shoppers saw old prices after a sale ended."
    );
    assert_eq!(
        story.part(crate::model::Part::Result).trim(),
        "Prices agree everywhere since."
    );
    // Letters named, not stories told.
    let letters = plan("* S: Solution\n* T: Task\n* A: Action\n* R: Result", &set);
    assert!(letters.drafts.is_empty(), "{:?}", letters.drafts);
}

#[test]
fn answers_about_the_person_samples_in_quotes_and_questions_under_no_principle() {
    let set = principles::builtin();
    let notes = "# Common questions\n\n\
        1. What is your greatest strength?\n   - i think my strength is that i learn fast\n\
        2. Tell me about a time you had too much to do.\n   - it was in my last job, i was the only tester and i worked weekends until we shipped\n\
        3. Tell me about yourself\n   - I studied physics and I moved to software after I joined a start-up\n\n\
        # Worked example\n\n\
        **Question:** *“Tell me about a time you missed a deadline.”*\n\n\
        **Situation:** “I promised a report for Friday.”\n\n\
        **Action:** “I told my manager on Tuesday and cut the scope.”\n";
    let plan = plan(notes, &set);
    let told: Vec<&str> = plan
        .drafts
        .iter()
        .map(|d| d.story.questions[0].as_str())
        .collect();
    assert_eq!(told, ["Tell me about a time you had too much to do."]);
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"tells no story of the writer's (an answer about themselves, or advice)")
    );
    assert!(reasons.contains(&"a sample answer in quotation marks, not your own story"));
    // The sample's question is kept, not dropped with it.
    assert!(
        plan.skipped
            .iter()
            .chain(&plan.ignored)
            .any(|s| s.text.contains("missed a deadline"))
            || plan
                .questions
                .iter()
                .any(|q| q.question.contains("missed a deadline")),
        "{:?}",
        plan.skipped
    );
}

#[test]
fn a_labelled_answer_that_recalls_events_is_a_story_whatever_its_question() {
    let set = principles::builtin();
    // The first question asks about the person, but its answer is told in parts and
    // says what happened: a story, as the second one is.
    let notes = "# Practice answers\n\n\
        1. Why did you move into nursing?\n\n\
        - Nugget: A closed clinic sent me back to school.\n\
        - Situation: The clinic I worked at closed in the spring.\n\
        - Action: I enrolled in the evening course and volunteered at the ward.\n\
        - Result: I passed the board exam in June.\n\n\
        2. How have you helped a colleague?\n\n\
        - Nugget: I taught a new hire the night routine.\n\
        - Situation: A new nurse was lost on her first night shifts.\n\
        - Action: I walked her through the handover sheet each evening for a week.\n\
        - Result: She ran the ward alone by the end of the month.\n";
    let read = plan(notes, &set);
    let asked: Vec<&str> = read
        .drafts
        .iter()
        .flat_map(|d| d.story.questions.iter().map(String::as_str))
        .collect();
    assert_eq!(
        asked,
        [
            "Why did you move into nursing?",
            "How have you helped a colleague?"
        ],
        "{:?}",
        read.drafts
    );
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("evening course")
    );
    // Labelled parts that recall nothing ("Situation: I like people…") say who the
    // person is: no story.
    let ways = notes.replace(
        "- Situation: The clinic I worked at closed in the spring.\n\
        - Action: I enrolled in the evening course and volunteered at the ward.\n\
        - Result: I passed the board exam in June.",
        "- Situation: I like people and I like science.\n- Result: I enjoy every shift.",
    );
    let asked: Vec<String> = plan(&ways, &set)
        .drafts
        .iter()
        .flat_map(|d| d.story.questions.clone())
        .collect();
    assert_eq!(asked, ["How have you helped a colleague?"]);
}

#[test]
fn a_comment_on_an_answer_is_no_story() {
    assert!(comments_on_answer(
        "Great work — this is a clear and honest story for **Ownership**. It shows your judgement.\n\nHere are my detailed notes:"
    ));
    assert!(comments_on_answer(
        "Your answer shows care for the customer."
    ));
    // Something happened: a reminder of a story, though it says "this".
    assert!(!comments_on_answer(
        "This story: I rewrote the importer and we shipped it in May."
    ));
    // Nothing happens and no answer is spoken of: no comment on one.
    assert!(!comments_on_answer("Billing export rebuild"));
    // A blank for the reader's own story asks for one; it comments on none.
    assert!(!comments_on_answer("Your own example (optional): ________"));
    let set = principles::builtin();
    let notes = "## Ownership\n\n---\n\n\
        Great work — this is a clear and honest story for Ownership. It shows your judgement.\n\n\
        ## Dive Deep\n\n\
        - Traced the slow checkout to one query and fixed it\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a comment on an answer, not a story")
    );
}

#[test]
fn core_stories_told_in_quotes_under_their_headings_are_the_writers_own() {
    let set = principles::builtin();
    // Story headings with a remark, the questions each answers quoted after `Use for:`,
    // the story in quotation marks after `**The story:**`; a heading that groups two
    // options; short answers in quotes; a checklist to the writer in "your".
    let notes = "# Interview prep\n\n\
        ### Story 1 — The bakery app (Before tech)\n\
        > Use for: \"Tell me about yourself\", \"Tell me about a side project\"\n\n\
        **The story:**\n\
        > \"I ran my aunt's bakery for two years and took orders on paper. I built an ordering app for it, and the queue at the counter went away.\"\n\n\
        ### Story 2 — Two bugs (Practical)\n\
        > Use for: \"Tell me about a bug you fixed\"\n\n\
        **Two options — pick the one that fits:**\n\n\
        **Option A — Double charge (the app):**\n\
        > \"I found that a retry charged some customers twice. I made the charge idempotent and refunded nine orders.\"\n\n\
        **Option B — Slow menu (the app):**\n\
        > \"The menu took four seconds to load. I cached the prices and it loaded at once.\"\n\n\
        ## Short answers\n\n\
        **Q: Why are you looking to move?**\n\
        > \"I want to work where software is the product.\"\n\n\
        **Q: Tell me about a time you learned something fast.**\n\
        > “When I joined the clinic team I had never written Go. I read the tour in a weekend and shipped my first fix on Wednesday.”\n\n\
        ## Questions to ask\n\
        Ask two. Avoid questions you could look up.\n\n\
        ## Day of\n\
        - [ ] Know your numbers\n\
        - [ ] Speak your thinking out loud\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "The bakery app",
            "Double charge (the app)",
            "Slow menu (the app)",
            "When I joined the clinic team I had never written Go"
        ],
        "{:#?}",
        read.skipped
    );
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about yourself", "Tell me about a side project"]
    );
    assert!(read.drafts[0].story.notes.contains("ordering app"));
    // The label that names the telling is structure, not the story's words.
    assert!(!read.drafts[0].story.notes.contains("The story"));
    // Both options answer the questions of the heading that groups them.
    for d in &read.drafts[1..3] {
        assert_eq!(d.story.questions, ["Tell me about a bug you fixed"]);
    }
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text == "**Two options — pick the one that fits:**")
    );
    // A longer list of questions than a story answers is not copied to each option.
    let many: Vec<String> = (1..=13).map(|i| format!("\"Question {i}?\"")).collect();
    let grouped = format!(
        "### Story 1 — Many\n> Use for: {}\n\n**Option A — One:**\n> \"I fixed one and we shipped it.\"\n\n**Option B — Two:**\n> \"I fixed two and we shipped it.\"\n",
        many.join(", ")
    );
    let read = plan(&grouped, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.questions.len(), 13);
    assert!(read.drafts[1].story.questions.is_empty());
    // Nor is a text longer than a question.
    let long = grouped.replace(&many.join(", "), &"word ".repeat(80));
    let read = plan(&long, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(read.drafts[1].story.questions.is_empty());
}

#[test]
fn a_list_of_quoted_questions_is_a_question_each() {
    assert_eq!(
        quoted_list("\"Tell me about yourself\", \"Why this team?\" or “A time you failed”"),
        Some(vec![
            "Tell me about yourself".to_string(),
            "Why this team?".to_string(),
            "A time you failed".to_string()
        ])
    );
    // One question, or words outside the marks: no list.
    assert_eq!(quoted_list("\"Tell me about yourself\""), None);
    assert_eq!(quoted_list("\"Tell me\", he said, \"about it\""), None);
    assert!(answer_form("The story"));
    assert!(answer_form("My story"));
    assert!(!answer_form("Story"));
    assert!(!answer_form("Story 2"));
    assert!(matches!(
        split_label("**Use for:** \"A time you failed\""),
        Some((Label::Question, _))
    ));
    assert!(matches!(
        split_label("**Common questions:**"),
        Some((Label::Question, _))
    ));
    assert!(matches!(
        split_label("**Red flag answer:** \"I did my tasks.\""),
        Some((Label::Aside(_), _))
    ));
}

#[test]
fn a_heading_over_principles_and_its_labels_of_advice_make_no_draft() {
    let set = principles::builtin();
    // The heading over them names Dive Deep by its informal name ("deep dive").
    let notes = "# A guide\n\n\
        ## Leadership Principles — Deep Dive\n\n\
        ### The most-asked LPs (with questions)\n\n\
        #### 1. Ownership\n\
        **Common questions:**\n\
        - \"Tell me about a time you took on something outside your role.\"\n\n\
        **Red flag answer:** \"I finished my tickets.\" — This says you follow tasks.\n\n\
        **What a strong answer includes:** the gap you saw and what you changed.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert_eq!(read.questions.len(), 1, "{:#?}", read.questions);
}

#[test]
fn a_numbered_list_of_principles_in_bold_with_answers_nested_is_a_section_each() {
    let set = principles::builtin();
    // Each principle in bold with a gloss of it in lower case (numbered past 9, its
    // items indented four spaces); under it, nested items:
    // stories that set their own scene, a question answered on its own line, a habit,
    // a list of things.
    let notes = "# Notes\n\n\
        1. **Customer Obsession**: put the people who buy first.\n   \
        1. During my time at the bakery, I asked regulars what they missed and added a rye loaf.\n   \
        2. At the repair shop, I called every customer whose part was late and I gave each a date.\n\
        10. **Frugality**: do more with less.\n    \
        1. How did you save money? I moved our builds to spare laptops and cancelled the cloud plan.\n    \
        2. **How do you decide what to cut?** I look at what nobody opened last month and ask the team.\n\
        11. **Learn and Be Curious**: keep learning.\n    \
        1. Picked up lately: sourdough, chess openings, Rust lifetimes, bird calls.\n";
    let read = plan(notes, &set);
    let drafts: Vec<(&str, &str)> = read
        .drafts
        .iter()
        .map(|d| (d.story.principles[0].as_str(), d.story.notes.trim()))
        .collect();
    assert_eq!(drafts.len(), 3, "{:#?}", read.drafts);
    assert_eq!(drafts[0].0, "customer-obsession");
    assert!(drafts[0].1.contains("rye loaf") && !drafts[0].1.contains("repair shop"));
    assert!(drafts[1].1.contains("repair shop"));
    assert_eq!(drafts[2].0, "frugality");
    assert_eq!(read.drafts[2].story.questions, ["How did you save money?"]);
    assert!(drafts[2].1.contains("spare laptops"));
    // The gloss is no story's name.
    assert!(
        read.drafts
            .iter()
            .all(|d| !d.story.title.contains("put the people"))
    );
    let reasons: Vec<&str> = read.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"a list of things after a label, not a story"),
        "{reasons:?}"
    );
    assert_eq!(
        super::walk::answered_inline("**How do you prioritize?** From what blocks others first."),
        Some((
            "**How do you prioritize?**",
            "From what blocks others first."
        ))
    );
    // A remark after the question, and a list of quoted questions, answer nothing.
    assert_eq!(
        super::walk::answered_inline("Tell me about yourself? (two minutes, no more)"),
        None
    );
    assert_eq!(
        super::walk::answered_inline(
            "Use for: \"How did you build it?\", \"Tell me about search\""
        ),
        None
    );
    assert!(lists_things(
        "Read lately: a novel, two papers, the Rust book, a cookbook"
    ));
    assert!(!lists_things(
        "Moved: the build, the tests, the docs, and I shipped it"
    ));
    assert!(!lists_things("Tools: git, make"));
}

#[test]
fn a_question_waiting_in_a_story_under_no_principle_is_kept() {
    let set = principles::builtin();
    // The question in emphasis and quotation marks waits for an answer it never
    // gets: it is kept with the story's principle, not dropped when the region ends.
    let notes = "# Example 1\n\n\
        **Question:** *“Tell me about a time you missed a deadline.”*\n\n\
        **Situation:** I promised a report for Friday and lost two days to an outage.\n\n\
        **Action:** I told my manager on Tuesday and we cut the scope.\n";
    let read = plan(notes, &set);
    let kept = read
        .questions
        .iter()
        .map(|q| q.question.as_str())
        .chain(
            read.drafts
                .iter()
                .flat_map(|d| d.story.questions.iter().map(String::as_str)),
        )
        .chain(read.skipped.iter().map(|s| s.text.as_str()))
        .any(|t| t.contains("missed a deadline"));
    assert!(kept, "{read:?}");
}

#[test]
fn answer_labels_start_answers_and_advice_before_them_is_skipped() {
    let set = principles::builtin();
    // Advice on answering, then two answers, each after its own label.
    let notes = "## Have you disagreed with a peer?\n\
        A good answer shows you can disagree and still work together.\n\n\
        **Answer:**\n\n\
        I argued against a second message queue; we measured both and kept one.\n\
        I wrote up the numbers and the team agreed.\n\n\
        **Answer:**\n\n\
        I pushed back on a retry loop another team proposed; we added a callback instead and I tested it.\n";
    let read = plan(notes, &set);
    let told: Vec<&str> = read.drafts.iter().map(|d| d.story.notes.trim()).collect();
    assert_eq!(read.drafts.len(), 2, "{told:?}");
    assert!(told[0].starts_with("I argued") && told[1].starts_with("I pushed"));
    assert_eq!(
        read.drafts[0].story.questions,
        ["Have you disagreed with a peer?"]
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "advice on answering, before the answer"
                && s.text.starts_with("A good answer"))
    );
    // A sample answer quoted with mixed marks, in notes that advise their reader; a
    // reason given in Chinese.
    let notes = "## A difficult customer\n\
        * Situation: \"At my last job a customer shouted at the counter.”\n\
        * Action: “I listened and offered store credit.\"\n\n\
        Keep your answer short and say what you did.\n\n\
        ## 为什么离开\n\n我觉得成长变慢了，我相信新的机会更好。\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    // Notes that only ask and answer: the quotation marks hold the writer's own
    // words, as they would say them.
    let spoken = "## A difficult customer\n\
        * Situation: \"At my last job a customer shouted at the counter.”\n\
        * Action: “I listened and offered store credit.\"\n";
    let read = plan(spoken, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(about_the_person("为什么离开"));
    assert!(about_the_person("自我介绍"));
}

#[test]
fn stories_the_writer_calls_stories_and_letters_with_hyphens() {
    let set = principles::builtin();
    let notes = "# Themes\n\n\
        Conflict\n\
        ## Story1 SCHEMA\n\
        S-Two leads wanted different schemas for the new service.\n\
        A-I drew both on a whiteboard in one call.\n\
        R-we kept one schema, now checked by a linter.\n\n\
        ## Story2\n\
        Situation: A flaky deploy step nobody owned\n\n\
        ## Story C · Night builds\n\n\
        > write it next week\n\n\
        ### Draft\n\n\
        **S:** Builds ran on idle laptops overnight.\n\n\
        **R:** They finished before the morning stand-up.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["SCHEMA", "A flaky deploy step nobody owned", "Night builds"],
        "{:?}",
        read.skipped
    );
    let schema = &read.drafts[0].story;
    assert!(
        schema
            .part(crate::model::Part::Action)
            .starts_with("I drew")
    );
    assert!(
        schema
            .part(crate::model::Part::Result)
            .starts_with("we kept")
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a note on the story below")
    );
    // A hyphenated word alone is a word.
    assert_eq!(
        super::walk::segments("S-curve growth slowed", 1, false, &set).len(),
        1
    );
    // An opinion in Chinese is not an event: 我认为 is "I think".
    assert!(!tells_events("我认为视频号不同。我认为抖音更强。"));
    assert!(tells_events("我写了报告，我修好了问题。"));
}

#[test]
fn a_reminder_under_a_heading_that_asks_for_a_story_is_one() {
    let set = principles::builtin();
    let notes = "## Situation where you had to persuade someone\n    Queue vs stream debate\n\n\
        ## How do you keep yourself updated\n    Podcasts on the train\n\n\
        ## Did you ever disagree with a lead?\n\
        Answering this well shows your judgement; keep your tone calm.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.questions,
        ["Situation where you had to persuade someone"]
    );
    assert!(story.notes.contains("Queue vs stream debate"));
    assert!(asks_for_story("Tell me about a time you failed"));
    assert!(asks_for_story(
        "Example of a complex problem that you have solved"
    ));
    assert!(!asks_for_story("How do you keep yourself updated"));
    assert!(!asks_for_story("Why did you choose us?"));
}

#[test]
fn labels_alone_on_their_line_question_marks_and_answer_templates() {
    let set = principles::builtin();
    let notes = "Q> Tell me about a time you fixed a slow page.\n\
        Q> Describe a time you improved performance.\n\
        Situation\n\
        The search page took nine seconds to load.\n\
        Action\n\
        I cached the facet counts and removed an N+1 query.\n\
        Result\n\
        It loads in under a second.\n\n\
        # STAR Answer Structure\n\n\
        ```text\nSituation: a vague ask\nAction: a demo every week\nResult: a happy client\n```\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.questions,
        [
            "Tell me about a time you fixed a slow page.",
            "Describe a time you improved performance."
        ]
    );
    assert_eq!(
        story.part(crate::model::Part::Action).trim(),
        "I cached the facet counts and removed an N+1 query."
    );
    assert!(about_answering("STAR Answer Structure"));
    assert!(!about_answering("STAR Format: The stale cache"));
    assert!(about_answering(
        "Framework: How to Answer Behavioral Questions"
    ));
    assert!(about_answering("Structure: answering in two minutes"));
    assert!(about_answering("Method: how to structure a STAR story"));
    assert!(about_answering("Things to notice"));
    assert!(!about_answering("Things I noticed in the logs"));
    assert!(about_answering("Tips"));
    assert!(about_answering("A simple template"));
    assert!(about_answering("How to use this guide"));
    assert!(!about_answering("AID-27-Mathematical-Framework-Hands-On"));
    assert!(!about_answering(
        "Function Testing Framework for the safety stack"
    ));
    // "A" alone on a line is not the Action label.
    assert_eq!(split_label("A\nlist of things"), None);
}

#[test]
fn context_goal_approach_outcome_and_bold_labels_alone_on_their_line() {
    let set = principles::builtin();
    let notes = "### Moving the catalog on time\n\n\
        **Context**\n\n\
        A hundred courses needed labels before a launch, and the owner was slow to reply.\n\n\
        **Goal**\n\n\
        Have the labels ready without waiting on every answer.\n\n\
        **Approach**\n\
        - Wrote a script that filled most fields from the course data.\n\n\
        **Outcome**\n\
        - The catalog launched on the planned day.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    use crate::model::Part;
    assert!(story.part(Part::Situation).starts_with("A hundred courses"));
    assert!(story.part(Part::Task).starts_with("Have the labels"));
    assert!(story.part(Part::Action).contains("Wrote a script"));
    assert!(
        story
            .part(Part::Result)
            .contains("launched on the planned day")
    );
    assert_eq!(
        split_label("**Goal**\nShip it"),
        Some((Label::Part(Part::Task), "Ship it"))
    );
}

#[test]
fn link_definitions_are_kept_and_notes_about_someone_elses_answer_are_not_stories() {
    let set = principles::builtin();
    let notes = "# Principles\n\n1. [[Ownership]]\n\n\
        [Ownership]: ownership \"Ownership, the page\"\n\
        [//end]: # \"Autogenerated link references\"\n\n\
        ### 2. Tell me about a time you had to tell someone senior a plan would not work.\n\n\
        **Why we ask it.** Deadlines slip without anyone saying so. We need people who say \
        it early, with a proposal. They raised it as soon as they believed it, and they came \
        with evidence and an alternative such as cutting scope or moving the date; the weaker \
        answers raise it the day before, as a complaint.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    let ignored: Vec<&str> = read.ignored.iter().map(|s| s.text.as_str()).collect();
    assert!(
        ignored
            .iter()
            .any(|t| t.contains("Autogenerated link references") && t.contains("the page")),
        "{ignored:?}"
    );
}

#[test]
fn words_every_story_of_a_file_shares_do_not_make_two_stories_one() {
    let draft = notes_draft;
    // Six stories from one job: "Acme", "platform", "microservices" and "team" are in
    // all of them, and say nothing of which two are the same.
    let company = "At Acme our platform team ran microservices for billing";
    let mut drafts: Vec<Draft> = [
        "a queue that dropped invoices at night",
        "a cache that served stale prices",
        "a flaky deploy step",
        "an onboarding guide for interns",
        "a slow report export",
        "the alerting rules nobody read",
    ]
    .iter()
    .map(|s| draft(&format!("{company}; I fixed {s}.")))
    .collect();
    assert!(
        find_duplicates(&drafts).is_empty(),
        "{:?}",
        find_duplicates(&drafts)
    );
    // The same story told twice still pairs.
    drafts.pop();
    drafts.push(draft(&format!(
        "{company}. Invoices vanished from the nightly queue; I traced the dropped \
         invoices to a visibility timeout and replayed them."
    )));
    drafts[0] = draft(&format!(
        "{company}; nightly queue dropped invoices, visibility timeout, replayed them, traced."
    ));
    let pairs: Vec<(usize, usize)> = find_duplicates(&drafts).iter().map(|d| d.drafts).collect();
    assert_eq!(pairs, [(0, 5)]);
}

#[test]
fn a_question_between_two_labelled_stories_heads_the_second_and_one_over_an_empty_template_is_the_persons()
 {
    let set = principles::builtin();
    let notes = "## Frugality\n\n\
        1. How did you stretch a small budget?\n\n\
        S: The lab had one build machine for nine people.\n\n\
        A: I moved the nightly builds to spare office laptops.\n\n\
        R: Builds ran every hour at no cost.\n\n\
        1. Tell me about a time you said no to spending.\n\n\
        S: A vendor offered a premium support plan.\n\n\
        R: We kept the free tier and wrote our own runbook.\n\n\
        1. Describe a time you reused something old.\n\n\
        S:\n\nA:\n\nR:\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    // Each question is the one the story after it answers, not a follow-up of the
    // story before it.
    assert_eq!(
        read.drafts[0].story.questions,
        ["How did you stretch a small budget?"]
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a time you said no to spending."]
    );
    assert_eq!(
        read.drafts[1].lines.0, 11,
        "the story starts at its question"
    );
    assert_eq!(read.drafts[0].lines, (3, 10));
    // The last question has only empty labels under it: the person's own.
    let own: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(own, ["Describe a time you reused something old."]);
    assert_eq!(read.questions[0].lines, (17, 17));
}

#[test]
fn quoted_sample_answers_and_advice_in_other_languages_are_not_stories() {
    let set = principles::builtin();
    // Advice to the reader in Russian ("your best topic: tell how you started"), its
    // sample answer in «guillemets»; then the writer's own account.
    let notes = "## Хобби\n\n\
        Это твоя лучшая тема: расскажи, как ты начал.\n\n\
        > «Я пробежал марафон, я готовился год, и меня это научило терпению».\n\n\
        ## Совет\n\n\
        Я советую, я повторю: ты расскажи, как ты начал, и твой результат, и твоя \
        команда.\n\n\
        ## Проект\n\n\
        Я перенёс базу на новый сервер за одну ночь. Я написал скрипт проверки, и мне \
        удалось обойтись без простоя.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 1, "{titles:?}");
    assert!(
        read.drafts[0].story.notes.contains("перенёс базу"),
        "{:?}",
        read.drafts[0]
    );
    // Quotation marks as other languages write them.
    assert_eq!(
        unquoted("er sagte „ich kam“ und ging"),
        "er sagte  und ging"
    );
    assert_eq!(unquoted("il a dit « je viens » puis"), "il a dit  puis");
    assert_eq!(unquoted("他说「我来了」然后"), "他说然后");
    assert_eq!(
        unquoted("she said “I came” and \"left\" then"),
        "she said  and  then"
    );
}

#[test]
fn a_heading_listing_principles_tags_the_story_named_above_it_and_its_questions_head_it() {
    let set = principles::builtin();
    let notes = "## Story 1 - The night the invoices stopped\n\
        ## Ownership / Dive Deep / Earn Trust :\n\n\
        # Questions :\n\n\
        - Tell me about a time you fixed something nobody asked you to.\n\
        - Describe a time you found the real cause of a failure.\n\n\
        Situation:\n\nThe invoice job failed every night and nobody owned it.\n\n\
        Action:\n\nI traced it to a timezone bug and fixed it.\n\n\
        Result:\n\nNo failure since.\n\n\
        ## Archive migration\n\
        ## Frugality - Think Big\n\n\
        Situation:\n\nOur backups cost more than the servers.\n\n\
        Action:\n\nI moved cold data to cheap storage.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    let first = &read.drafts[0].story;
    assert_eq!(first.title, "The night the invoices stopped");
    assert_eq!(first.principles, ["ownership", "dive-deep", "earn-trust"]);
    assert_eq!(
        first.questions,
        [
            "Tell me about a time you fixed something nobody asked you to.",
            "Describe a time you found the real cause of a failure."
        ]
    );
    assert!(
        read.ignored.iter().any(|i| i.lines == (2, 2)
            && i.reason
                .ends_with("(linked): Ownership, Dive Deep, Earn Trust")),
        "{:?}",
        read.ignored
    );
    let second = &read.drafts[1].story;
    assert_eq!(second.title, "Archive migration");
    assert_eq!(second.principles, ["frugality", "think-big"]);
    assert!(read.questions.is_empty(), "{:?}", read.questions);
    // A heading naming one principle is a section's: the heading above it is no story's
    // name.
    let notes = "# My notes\n# Ownership\n\nI took over the flaky build and fixed it.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_ne!(read.drafts[0].story.title, "My notes");
    assert_eq!(
        heading_principles("Dive Deep - Think Big - Frugality", &set)
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["dive-deep", "think-big", "frugality"]
    );
    // "Have Backbone / Disagree and Commit" is one principle, not two.
    assert_eq!(
        heading_principles("Have Backbone / Disagree and Commit", &set).len(),
        1
    );
}

#[test]
fn questions_between_a_story_heading_and_its_first_part_are_its_own() {
    let set = principles::builtin();
    let notes = "## Splitting the billing service\n\
        - Tell me about a time you had a dispute with a colleague.\n\
        - Tell me about a time you changed course late in a project.\n\n\
        Situation:\n\nA colleague and I disagreed on how to split the billing service.\n\n\
        Action:\n\nI built both versions in a day and we measured them together.\n\n\
        Result:\n\nWe shipped the faster one and kept working well together.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "Splitting the billing service");
    assert_eq!(
        read.drafts[0].story.questions.len(),
        2,
        "{:?}",
        read.questions
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn a_sites_front_matter_is_metadata_and_a_rule_over_text_is_not() {
    let set = principles::builtin();
    let read = plan(
        "---\ntitle: My answers\ntags:\n  - interview\n---\n\n## Ownership\n\nI fixed the build nobody owned.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(read.ignored.len(), 1);
    assert_eq!(read.ignored[0].lines, (1, 5));
    assert!(read.ignored[0].reason.starts_with("front matter"));
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
    // A file that opens with a rule over a story: the story is read, not hidden.
    let read = plan(
        "---\nI rebuilt the release job in a weekend.\n---\n\n## Ownership\n\nI fixed the build nobody owned.\n",
        &set,
    );
    assert!(
        read.ignored
            .iter()
            .all(|i| !i.reason.starts_with("front matter"))
    );
}

#[test]
fn a_label_whose_text_is_in_the_items_under_it_is_that_part() {
    let set = principles::builtin();
    // Under a heading that names no principle, two labelled parts make a story; here
    // each label's text is in the items nested under it.
    let read = plan(
        "## The flaky nightly job\n\n- Situation:\n  - The nightly export failed twice a week\n- Action:\n  - Added retries and an alert\n- Result:\n  - No failure in a quarter\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Situation).contains("failed twice a week"));
    assert!(story.part(Part::Result).contains("No failure"));
}

#[test]
fn a_project_or_summary_line_names_the_story_under_a_principle() {
    let set = principles::builtin();
    let read = plan(
        "## Frugality\n\n- **Project:** Moved the reports to a cheaper database\n  - **Situation:** The bill doubled in a year\n  - **Result:** It halved\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.title,
        "Moved the reports to a cheaper database"
    );
    // After a part, `Summary:` is the story's text, not its name.
    let read = plan(
        "## Frugality\n\n**Situation:** The bill doubled in a year.\n\n**Summary:** I halved it.\n",
        &set,
    );
    assert_ne!(read.drafts[0].story.title, "I halved it.");
}

#[test]
fn headings_about_the_persons_career_ask_for_no_story() {
    assert!(about_the_person("Career Path"));
    assert!(about_the_person("Career goal"));
    assert!(about_the_person("Past Job"));
    assert!(about_the_person("Previous jobs"));
    assert!(about_the_person("Background"));
    assert!(!about_the_person("A job I nearly lost"));
    assert!(!about_the_person("Hardest bug"));
    // A story about one's career is still a story.
    assert!(about_the_person("Career"));
    assert!(!about_the_person("Career important accomplishment?"));
}

#[test]
fn a_theme_asked_as_a_question_heads_a_story() {
    assert!(names_a_theme("Mistake and how to handle?"));
    assert!(names_a_theme("Proudest achievement"));
    assert!(!names_a_theme("How do you handle conflict?"));
    let set = principles::builtin();
    let read = plan(
        "### Mistake and how to handle?\n\n> At the spring fair, the booth demo I had built froze in front of a buyer\n\n1. Admit my fault at first\n2. Find the cause with my lead the same evening\n3. Replace the live demo by a recorded one for the second day\n4. Tell my manager what I changed and why\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Mistake and how to handle?"]
    );
}

#[test]
fn the_same_answer_pasted_under_two_questions_is_one_story() {
    let set = principles::builtin();
    let answer = "> In my last year I led a team of four on a price tracker. Nobody wanted it at first because it looked too big, so I wrote a one-page plan and showed them the job posts asking for those skills. We shipped it on time.";
    let read = plan(
        &format!(
            "### Decision?\n\n{answer}\n\n### Motivate someone?\n\n{answer}\n\n### Tell me about a time you fixed a bug\n\n> I fixed it the same day.\n\n### Tell me about a time you were quick\n\n> I fixed it the same day.\n"
        ),
        &set,
    );
    let questions: Vec<&[String]> = read
        .drafts
        .iter()
        .map(|d| d.story.questions.as_slice())
        .collect();
    assert_eq!(
        questions,
        [
            &["Decision?".to_string(), "Motivate someone?".to_string()][..],
            // Two short reminders alike may be two stories.
            &["Tell me about a time you fixed a bug".to_string()][..],
            &["Tell me about a time you were quick".to_string()][..],
        ]
    );
    assert!(read.ignored.iter().any(|s| {
        s.lines == (5, 7)
            && s.reason
                .starts_with("the same answer again, under another question")
    }));
    assert!(read.duplicates.is_empty() || read.duplicates.iter().all(|d| d.drafts != (0, 1)));
}

#[test]
fn a_heading_that_names_a_telling_of_the_story_is_not_a_story() {
    for heading in [
        "STAR Answer",
        "Quick Talking Points (STAR)",
        "Story (Long Form)",
        "Strong Spoken Version",
        "Short version",
        "30 second version",
        "Spoken version (~75s)",
        "Short answer (2min)",
    ] {
        assert!(answer_form(heading), "{heading}");
    }
    for heading in [
        "Answers",
        "Story",
        "Favorite Project",
        "A time I missed a date",
        "Version control migration",
    ] {
        assert!(!answer_form(heading), "{heading}");
    }
}

#[test]
fn a_story_told_twice_under_its_heading_is_one_story() {
    let set = principles::builtin();
    // Under a heading that names no principle: the labelled points, then the words to
    // say, are one story; the question above the points is its question.
    let read = plan(
        "## 3. The noisy alerts\n\n**Question:** Tell me about a time you reduced toil.\n\n### STAR Answer\n\n- **Situation:** The pager went off forty times a week.\n- **Action:** I deleted the alerts nobody acted on.\n- **Result:** Six pages a week.\n\n### Spoken version\n\nI cut our pages from forty a week to six by deleting alerts nobody acted on.\n\n## 4. The slow build\n\n### STAR Answer\n\n- **Situation:** The build took an hour.\n- **Result:** It took ten minutes.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    let first = &read.drafts[0].story;
    assert_eq!(first.title, "The noisy alerts");
    assert_eq!(first.questions, ["Tell me about a time you reduced toil."]);
    assert!(first.part(Part::Result).contains("Six pages"));
    assert!(!first.part(Part::Result).contains("forty a week to six"));
    assert!(first.notes.contains("I cut our pages"));
    assert!(read.questions.is_empty());
    // Under a principle's heading, the same: talking points, then the long form.
    let read = plan(
        "## Ownership\n\n### Quick Talking Points\n\n- **Situation:** Nobody owned the exporter.\n- **Result:** It ran every night.\n\n### Story (Long Form)\n\nNobody owned the exporter, so I took it on and it ran every night after.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("so I took it on"));
    // The same telling again is the next story.
    let read = plan(
        "## Ownership\n\n### STAR Answer\n\n- **Situation:** Nobody owned the exporter.\n- **Result:** It ran every night.\n\n### STAR Answer\n\n- **Action:** I rewrote the stale wiki.\n- **Result:** People used it again.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
}

#[test]
fn stories_named_one_after_another_under_a_question_are_a_story_each() {
    let set = principles::builtin();
    assert_eq!(
        enumerated_name("**a) Moving the docs site**", &set),
        Some("Moving the docs site")
    );
    assert_eq!(
        enumerated_name("**2. The pager rota**", &set),
        Some("The pager rota")
    );
    assert_eq!(enumerated_name("**Moving the docs site**", &set), None);
    assert_eq!(enumerated_name("**1. Situation:**", &set), None);
    assert_eq!(enumerated_name("**2. Dive Deep**", &set), None);
    let read = plan(
        "## Tell me about a hard problem you solved\n\n**a) Moving the docs site**\n\nGoal: halve the build time.\n\n**b) The flaky login**\n\n**c) Retrying payouts**\n\nPaid out in batches so the job fit in memory, after the nightly run had failed three times in a row on the largest accounts and finance had redone every payout by hand that week.\n",
        &set,
    );
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Moving the docs site",
            "The flaky login",
            "Retrying payouts"
        ]
    );
    for draft in &read.drafts {
        assert_eq!(
            draft.story.questions,
            ["Tell me about a hard problem you solved"]
        );
    }
    assert!(
        read.drafts[0]
            .story
            .part(Part::Task)
            .contains("halve the build")
    );
    assert!(read.drafts[2].story.notes.contains("in batches"));
    // The enumerated lines are kept, as structure.
    assert_eq!(
        read.ignored
            .iter()
            .filter(|i| i.reason.starts_with("a story's name, enumerated"))
            .count(),
        3
    );
}

#[test]
fn a_principles_full_name_in_a_storys_heading_is_linked_not_guessed() {
    let set = principles::builtin();
    assert_eq!(
        names_within("Leadership and Ownership Story: the pager rota", &set),
        ["ownership"]
    );
    assert_eq!(
        names_within("A Dive Deep and Bias for Action story", &set),
        ["dive-deep", "bias-for-action"]
    );
    // Short names are words of the title, not links.
    assert!(names_within("Biased sampling and the backbone network", &set).is_empty());
    let read = plan(
        "## Leadership and Ownership Story: the pager rota\n\nI took over the pager rota nobody owned. I rewrote the alerts and I cut the pages by half.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
    assert!(!read.drafts[0].guessed);
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
}

#[test]
fn stories_filed_under_the_same_tags_are_not_one_story_for_that() {
    let set = principles::builtin();
    let read = plan(
        "## Ownership\n\n### A - The billing exporter\n**Tags** : #amazon #emea #logistics #supply-chain #planning #pm #multi-country\n\n**S** : The exporter broke every month-end.\n\n**R** : It has run every night since.\n\n### B - The warehouse rota\n**Tags** : #amazon #emea #logistics #supply-chain #planning #pm #multi-country\n\n**S** : Night shifts were short of forklift drivers.\n\n**R** : The rota covered every shift in March.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 2);
    assert!(read.duplicates.is_empty(), "{:?}", read.duplicates);
}

#[test]
fn a_question_with_an_answer_label_under_it_heads_the_story_after() {
    let set = principles::builtin();
    let read = plan(
        "# Ownership\nQ: Tell me about a time you took ownership of a problem others ignored.\nAnswer:\n\nSituation: Our log tool parsed every level of log.\n\nResult: Reports took half the time.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you took ownership of a problem others ignored."]
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
    assert!(
        read.ignored
            .iter()
            .any(|i| i.text == "Answer:" && i.lines == (3, 3))
    );
}

#[test]
fn q_and_a_full_stop_label_a_question() {
    assert_eq!(
        split_label("Q. Tell me about a time you took a risk."),
        Some((Label::Question, "Tell me about a time you took a risk."))
    );
    assert_eq!(split_label("Q.E.D. the proof holds"), None);
    let set = principles::builtin();
    let read = plan(
        "## Learn and Be Curious\nQ. Tell me about a time when you took on a new skill (proactively).\nS: I had never used gRPC before the can-reading project.\nA: I ran a study group on it for a semester.\nR: Messages went out in a tenth of the time.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time when you took on a new skill (proactively)."]
    );
    assert!(!read.drafts[0].story.notes.contains("Q."));
}

#[test]
fn a_label_in_parentheses_or_with_a_remark_after_it_starts_its_part() {
    assert_eq!(
        split_label("**(Situation)** In March our nightly build broke."),
        Some((
            Label::Part(Part::Situation),
            "In March our nightly build broke."
        ))
    );
    assert_eq!(
        split_label("(Result) Builds went green."),
        Some((Label::Part(Part::Result), "Builds went green."))
    );
    // A remark in parentheses is not a label ("(see above)").
    assert_eq!(split_label("(see above) for the numbers"), None);
    let (label, rest) = split_label("**Action** (the short version)\n- Bisected the commits.")
        .expect("a label with a remark");
    assert_eq!(label, Label::Part(Part::Action));
    assert!(rest.contains("Bisected") && rest.contains("the short version"));
}

#[test]
fn names_with_remarks_in_parentheses_are_linked_under_any_principles_label() {
    let set = principles::builtin();
    let read = plan(
        "### Story K — The flaky deploy\n**LPs covered:** Dive Deep (primary), Ownership, Earn Trust (with the SRE team)\n\n**Situation**\nDeploys failed one time in five.\n\n**Result**\nThey stopped failing.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.principles,
        ["dive-deep", "ownership", "earn-trust"]
    );
    assert!(
        read.ignored
            .iter()
            .any(|i| i.lines == (2, 2) && i.text.starts_with("**LPs covered:**"))
    );
    // A remark alone names nothing.
    assert_eq!(principle_line("Also: (none yet)", &set), None);
}

#[test]
fn an_answer_that_links_to_its_story_is_that_story_told_again() {
    let set = principles::builtin();
    let notes = "\
## Part 1 — Questions

### Q1. Tell me about a time you fixed something nobody owned.
**LP:** Ownership (the unowned angle)
**Story used:** → [Story K — The flaky deploy](#story-k--the-flaky-deploy)

> **(Situation)** Deploys failed one time in five and nobody looked.
>
> **(Result)** I found the race and they stopped failing.

## Part 2 — Stories

### Story K — The flaky deploy
**LPs covered:** Dive Deep (primary), Ownership

**Situation**
Deploys failed one time in five.

**Action**
I bisected the pipeline and found a race in the cache warm-up.

**Result**
They stopped failing.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The flaky deploy");
    assert_eq!(
        story.questions,
        ["Tell me about a time you fixed something nobody owned."]
    );
    assert_eq!(story.principles, ["dive-deep", "ownership"]);
    assert!(
        story
            .notes
            .starts_with("Told again at lines 3–9:\nSituation: Deploys"),
        "{}",
        story.notes
    );
    assert!(story.notes.contains("nobody looked"));
    assert!(read.duplicates.is_empty(), "{:?}", read.duplicates);
    // A table of contents links headings too, and tells no story.
    let contents = "\
## Ownership

### The flaky deploy

Contents: [Ownership](#ownership), [Dive Deep](#dive-deep)

I found the race.

## Dive Deep

### The slow query

I read the plan.
";
    assert_eq!(plan(contents, &set).drafts.len(), 2);
}

#[test]
fn a_numbered_question_loses_its_number() {
    assert_eq!(
        unnumbered_question("Q1. Tell me about a time you failed."),
        "Tell me about a time you failed."
    );
    assert_eq!(
        unnumbered_question("Question 12) Describe a hard call."),
        "Describe a hard call."
    );
    assert_eq!(
        unnumbered_question("Q3 results were late"),
        "Q3 results were late"
    );
    assert_eq!(unnumbered_question("Q4. Planning"), "Q4. Planning");
    // The full-width colon Chinese writes.
    assert_eq!(
        unnumbered_question("Q2：为什么不用缓存？"),
        "为什么不用缓存？"
    );
    assert_eq!(
        unnumbered_question("1.2. Tell me about a time you failed."),
        "Tell me about a time you failed."
    );
    assert_eq!(unnumbered_question("2. Planning"), "2. Planning");
    assert_eq!(
        unnumbered_question("Question: How do you plan a week?"),
        "How do you plan a week?"
    );
    assert_eq!(unnumbered_question("Quick: a note"), "Quick: a note");
    assert_eq!(
        unnumbered_question("Q. Can you work to a hard date?"),
        "Can you work to a hard date?"
    );
    assert_eq!(unnumbered_question("Q. E. D."), "Q. E. D.");
}

#[test]
fn follow_ups_with_their_answers_are_notes_not_questions() {
    assert!(!is_question(
        "*How did you test it?* In a staging copy, for a week."
    ));
    assert!(is_question("How did you test it?"));
    assert!(is_question(
        "How do you drive adoption? How do you know it worked? Give one example."
    ));
    let set = principles::builtin();
    let read = plan(
        "## Ownership\n\n### The flaky deploy\n\n**Situation**\nDeploys failed one time in five.\n\n**Result**\nThey stopped failing.\n\n**Follow-up ammo**\n\n*How did you test it?* In a staging copy, for a week.\n\n*Rollback?* The old path stayed behind a flag.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1);
    let story = &read.drafts[0].story;
    assert!(story.questions.is_empty(), "{:?}", story.questions);
    assert_eq!(story.part(Part::Result), "They stopped failing.\n");
    assert!(story.notes.contains("In a staging copy") && story.notes.contains("behind a flag"));
    assert!(read.ignored.iter().any(|i| i.text == "**Follow-up ammo**"));
}

#[test]
fn a_line_of_names_does_not_take_the_lines_under_it() {
    let set = principles::builtin();
    let read = plan(
        "### Story L — The idle licences\n**LPs covered:** Frugality\n**Situation**\nWe paid for three licences nobody used.\n**Result**\nSaved the cost.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1);
    let story = &read.drafts[0].story;
    // "Result" is a label here, not Deliver Results.
    assert_eq!(story.principles, ["frugality"]);
    assert!(story.part(Part::Situation).contains("three licences"));
    assert!(story.part(Part::Result).contains("Saved the cost"));
    // Names under a label alone are still its value.
    assert!(tag_line("**Leadership Principles:**\n- Ownership\n- Dive Deep", &set).is_some());
}

#[test]
fn a_theme_heading_over_a_shorthand_account_is_a_story_and_a_general_answer_is_not() {
    let set = principles::builtin();
    let notes = "\
# Prep

## parser rewrite (tight deadline)

course project, a parser for a toy language. no idea how to begin at first. I read the textbook chapter twice and split the work into lexer, parser and evaluator. finish one part each day. the demo day the lecturer asked for one new rule; I change only the parser and show it in ten minutes. he said I did well.

## helping a slow teammate (teamwork)

If someone on my team is lagging behind, I first try to understand why. I pair with them for a day and give them a small module of their own, so they can catch up and feel part of the team again.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("toy language"));
    assert!(read.drafts[0].guessed);
    // Without a theme in its heading, the same shorthand is not read as a story.
    let plain = plan(&notes.replace(" (tight deadline)", ""), &set);
    assert!(plain.drafts.is_empty(), "{:?}", plain.drafts);
}

#[test]
fn a_numbered_list_of_topics_is_not_a_principle_heading() {
    let set = principles::builtin();
    let read = plan(
        "1. dive deep\n2. critical feedback\n3. a deadline I could not meet\n",
        &set,
    );
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    // A numbered principle's name with text under it still heads its section.
    let section = plan(
        "3. Dive Deep (my strongest)\n\nI traced the leak to one cache.\n",
        &set,
    );
    assert_eq!(section.drafts.len(), 1);
    assert_eq!(section.drafts[0].story.principles, ["dive-deep"]);
}

#[test]
fn questions_asked_in_chinese_or_as_reflect_on_are_questions() {
    assert!(is_question(
        "有没有在time limit的情况下，完成任务，trade off是什么"
    ));
    assert!(is_question("你有没有帮队友完成过他们来不及做的部分"));
    assert!(is_question(
        "Reflect on your last internship, which part could you do better"
    ));
    assert!(!is_question("我的实习项目"));
    assert!(asks_for_story(
        "Reflect on your last internship, which part could you do better"
    ));
}

#[test]
fn a_story_that_names_a_principle_in_its_own_words_is_linked_to_it() {
    let set = principles::builtin();
    let read = plan(
        "## 有没有在deadline之前完成任务，trade off是什么\nI was wrapping up a paper while interning. A co-author wanted more experiments, but I argued we had the key ones. I agree with bias for action here, so I wrote at night and we submitted on time; I care to deliver results in a timely fashion.\n",
        &set,
    );
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let draft = &read.drafts[0];
    assert_eq!(
        draft.story.principles,
        ["bias-for-action", "deliver-results"]
    );
    assert!(!draft.guessed, "named in the story, not guessed");
    assert_eq!(
        draft.story.questions,
        ["有没有在deadline之前完成任务，trade off是什么"]
    );
    // A text that names three principles or more is a list of them, not a story's word.
    let list = plan(
        "## Notes\nI ran the migration and it worked: customer obsession, bias for action, dive deep and think big all in one week, we shipped.\n",
        &set,
    );
    assert_eq!(list.drafts.len(), 1, "{:?}", list.drafts);
    assert!(list.drafts[0].guessed, "{:?}", list.drafts);
}

#[test]
fn principles_pasted_without_blank_lines_with_indented_reminders_are_sections() {
    let set = principles::builtin();
    let notes = "\
-----

\tCustomer Obsession
Leaders in this note start from the people who use the product and work back from them.
\t1. Checkout retry screen
\t2. Support inbox triage
Ownership
Leaders in this note act for the whole company and not only for their own team.
\t1. Orphaned cron job
Frugality
Leaders in this note do more with less and treat constraints as a reason to invent.
\t1. Spot instances for the nightly build
";
    let read = plan(notes, &set);
    let drafts: Vec<(&str, &str)> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.principles[0].as_str()))
        .collect();
    assert_eq!(
        drafts,
        [
            ("Checkout retry screen", "customer-obsession"),
            ("Support inbox triage", "customer-obsession"),
            ("Orphaned cron job", "ownership"),
            ("Spot instances for the nightly build", "frugality"),
        ]
    );
    // One name alone mid-paragraph is a word of the notes, not a section.
    let one = plan(
        "## Ownership\n\nI fixed the build.\nFrugality\nwas not the point.\n",
        &set,
    );
    assert_eq!(one.drafts.len(), 1);
    assert_eq!(one.drafts[0].story.principles, ["ownership"]);
}

#[test]
fn a_quoted_answer_and_advice_to_the_reader_are_not_stories() {
    assert!(speaks_to_reader(
        "If you're an owner, would you be proud of what you deliver? We care that you always ask."
    ));
    assert!(!speaks_to_reader(
        "I told my lead you cannot ship this, and I fixed the check myself."
    ));
    let set = principles::builtin();
    let read = plan(
        "## Invent and Simplify\n\n\"I cancelled the weekly status meeting: the board already said it all.\"\n\n## Think Big\n\nWhen I interview and you are asked for an idea, you should not give the first small one; you should err on the side of being asked to stop.\n\n## Dive Deep\n\nI traced the slow page to one query and added the missing index.\n",
        &set,
    );
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["I traced the slow page to one query and added the missing"],
        "{titles:?}"
    );
    let reasons: Vec<&str> = read.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(reasons.contains(&"a sample answer in quotation marks, not your own story"));
    assert!(reasons.contains(&"advice to the reader, not a story"));
}

#[test]
fn principles_under_a_labelled_heading_and_questions_in_bold_lines() {
    let set = principles::builtin();
    let read = plan(
        "# Cases\n\n### **Question: Describe a time a bug reached customers.**\n\n**Situation:**\nA pricing bug reached the shop.\n\n**Result:**\nI rolled it back in ten minutes.\n\n### **Amazon Leadership Principle: \"Frugality\"**\n\n**Question: Tell me about a time you saved money.**\n\n**Situation:**\nOur test farm ran all night.\n\n**Action:**\nI turned it off between runs.\n\n### **Amazon Leadership Principle: \"Earn Trust\"**\n\n**Question: Tell me about a time you admitted a mistake.**\n\n**Situation:**\nI had merged a broken migration.\n\n**Action:**\nI told the team first and fixed it.\n",
        &set,
    );
    let read: Vec<(&str, &[String], &[String])> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.principles.as_slice(),
                d.story.questions.as_slice(),
            )
        })
        .collect();
    assert_eq!(read.len(), 3, "{read:#?}");
    // `# Cases` heads the stories: not the first one's title.
    assert_eq!(read[0].0, "A pricing bug reached the shop");
    assert_eq!(read[0].2, ["Describe a time a bug reached customers."]);
    assert_eq!(read[1].1, ["frugality"]);
    assert_eq!(read[1].2, ["Tell me about a time you saved money."]);
    assert_eq!(read[2].1, ["earn-trust"]);
    assert_eq!(read[2].2, ["Tell me about a time you admitted a mistake."]);
}

#[test]
fn an_answer_on_how_one_works_in_general_is_not_a_story() {
    assert!(asks_for_habit("How do you keep up with new tools?"));
    assert!(!asks_for_habit(
        "How do you handle conflict? Give me an example of a time you did."
    ));
    assert!(general_answer(
        "I will ask first, normally the owner knows, and I try to write it down so we do not ask again next week."
    ));
    assert!(!general_answer(
        "I will never forget it: the release failed, so I rolled it back and wrote the checklist."
    ));
    let set = principles::builtin();
    let read = plan(
        "## Bias for Action\n\n- How would you handle three requests at once?\n  list them, ask which one blocks someone, do that first\n- Tell me about a time you acted without all the data.\n  I shipped the feature flag on Friday and we rolled back in a minute\n- Tell me about a time you waited too long.\n  Maybe it depends on the team, I will always try to ask early and I should not wait for a perfect plan before acting\n",
        &set,
    );
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(
        titles[0].starts_with("I shipped the feature flag"),
        "{titles:?}"
    );
    // Their questions are kept as the person's own.
    let own: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(
        own,
        [
            "How would you handle three requests at once?",
            "Tell me about a time you waited too long."
        ]
    );
    let reasons = read
        .skipped
        .iter()
        .filter(|s| s.reason == "how the writer works in general, not a story")
        .count();
    assert_eq!(reasons, 2);
}

#[test]
fn a_prompt_answered_by_see_another_story_joins_that_story() {
    let set = principles::builtin();
    let read = plan(
        "## Invent and Simplify\n\n```Response\nPrompt: Tell me about a time you invented something.\n\nSituation: Releases needed a person awake at night.\n\nAction: I wrote the release bot.\n```\n\n```Response\nPrompt: Tell me about a time you made something simpler.\n\nSituation: The nightly export kept failing.\n\nAction: I replaced it with a small rsync job for the archive.\n\nResult: It has not failed since.\n```\n\n## Frugality\n\n```Response\nPrompt: Tell me about a time you saved money.\n\nSee Invent and Simplify - rsync archive\n```\n\n## Deliver Results\n\n```Response\nPrompt: Tell me about an obstacle you overcame.\n\nSee Think Big: the moon plan\n```\n",
        &set,
    );
    // The reference names the second story by words of its text.
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["invent-and-simplify"]);
    let story = &read.drafts[1].story;
    assert_eq!(story.principles, ["invent-and-simplify", "frugality"]);
    assert_eq!(
        story.questions,
        [
            "Tell me about a time you made something simpler.",
            "Tell me about a time you saved money."
        ]
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason == "a reference to a story under another principle (linked)")
    );
    // A reference to no story: its question is the person's own, its line skipped.
    let own: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(own, ["Tell me about an obstacle you overcame."]);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a reference to a story that could not be found")
    );
}

#[test]
fn a_name_in_bold_after_background_is_the_title() {
    let set = principles::builtin();
    let read = plan(
        "### 1. **Frugality**\n\n**Background:** **Build cache cleanup** (the payments team)\n\n**Situation:**\nOur build cache cost more than the servers.\n\n**Action:**\nYou wrote a job that dropped entries older than a week.\n\n### 2. **Dive Deep**\n\n**Background:** **Slow page** that nobody could explain for weeks.\n\n**Situation:**\nI traced it to one query.\n",
        &set,
    );
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    // A name and a remark: the name is the title, the remark stays.
    assert_eq!(titles, ["Build cache cleanup", "I traced it to one query"]);
    assert!(read.drafts[0].story.notes.contains("(the payments team)"));
    assert!(read.ignored.iter().any(|s| s.lines == (3, 3)));
    // A name followed by more words is a background told, kept in the notes.
    assert!(
        read.drafts[1]
            .story
            .notes
            .contains("that nobody could explain")
    );
}

#[test]
fn prompts_in_bold_head_the_answers_under_them() {
    assert!(bold_prompt("__a time when you noticed something slow__"));
    assert!(bold_prompt("- **how you work with people unlike you**"));
    assert!(!bold_prompt("a time when you noticed something slow"));
    assert!(!bold_prompt("**A time I broke the build**"));
    assert!(introduces_self("Hi, I'm Sam, a second-year student."));
    assert!(!introduces_self("I'm sure the cache was the cause."));
    assert!(!names_a_theme(
        "Behavior questions: teamwork, conflict, failure"
    ));
    assert!(!names_a_theme("Failure, conflict, deadlines"));
    let set = principles::builtin();
    let notes = "\
### Acme screen:
Hi, I'm Sam, a second-year student. I lead the robotics club and I like data.

__a time when you noticed a process that could be better__
At the shop I worked in, I saw that the stock sheet was copied by hand every night. I wrote a script that filled it from the till.

The owner checked it for a week, then stopped copying by hand. It saved her an hour a day.

- __how you work with people unlike you__
In my first year, my teammates did not code, so I did the data work and taught them the basics.

__a project you're proud of and how you made it work__

__a failure and what you learnt from it__
promised a demo before I had tested it

### Other screen:
__1. Tell me about yourself__
Sure. I study maths and I build small tools for my family's shop.
";
    let read = plan(notes, &set);
    let drafts: Vec<(&[String], &str)> = read
        .drafts
        .iter()
        .map(|d| (d.story.questions.as_slice(), d.story.notes.as_str()))
        .collect();
    assert_eq!(drafts.len(), 3, "{drafts:#?}");
    // The answer goes on over the paragraph after it.
    assert_eq!(
        drafts[0].0,
        ["a time when you noticed a process that could be better"]
    );
    assert!(drafts[0].1.contains("It saved her an hour a day."));
    assert_eq!(drafts[1].0, ["how you work with people unlike you"]);
    // A one-line reminder under a prompt asking for a story is that story.
    assert_eq!(drafts[2].0, ["a failure and what you learnt from it"]);
    assert!(drafts[2].1.contains("promised a demo"));
    // The prompt with no answer is the person's own; the introductions are no story.
    let own: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert!(
        own.contains(&"a project you're proud of and how you made it work"),
        "{own:?}"
    );
    // A numbered question in bold, on a line of its own inside a paragraph.
    let numbered = plan(
        "## Frugality\n\nMy notes for the money round.\n__2. Tell me about a time you cut costs.__\nI moved the nightly build to spot machines.\n",
        &set,
    );
    assert_eq!(
        numbered.drafts[0].story.questions,
        ["Tell me about a time you cut costs."]
    );
    // Under a principle, an introduction that tells what the writer did is still one.
    let intro = plan(
        "## Ownership\n\nHi, I'm Sam, a second-year student. Last year I built a stock tool and I shipped it to my family's shop.\n",
        &set,
    );
    assert!(intro.drafts.is_empty(), "{:?}", intro.drafts);
    assert!(
        intro
            .skipped
            .iter()
            .any(|s| s.reason == "a self-introduction, not a story")
    );
}

#[test]
fn an_answer_opened_by_its_question_ends_at_a_list_or_a_rule() {
    let set = principles::builtin();
    let read = plan(
        "## Ownership\n\nTell me about a time you fixed something nobody owned.\nI found the nightly job failing and I fixed its retry.\n\nIt has not failed since.\n\n1. Biggest mistake\n2. Tell me about a time you helped a peer.\n   I paired with a new hire on the deploy.\n",
        &set,
    );
    let notes: Vec<&str> = read.drafts.iter().map(|d| d.story.notes.as_str()).collect();
    assert!(notes[0].contains("It has not failed since."), "{notes:#?}");
    assert!(!notes[0].contains("Biggest mistake"), "{notes:#?}");
    assert!(!notes[0].contains("paired"), "{notes:#?}");
}

#[test]
fn a_story_heading_with_a_question_and_a_telling_label_is_one_story() {
    let set = principles::builtin();
    // Each story's heading names it and its principles; a question, then the answer
    // after a label naming a telling of it, in quotes. The last one is followed by a
    // deeper heading of advice, not by a story of its own.
    let notes = "# ⭐ Story 1 — Flaky deploys (Ownership + Frugality)\n\n\
        **Question:** Tell me about a time you fixed something nobody owned.\n\n\
        **Spoken answer (90 sec):**\n\
        _\"Our deploys failed one day in five. I traced them to a shared cache, rewrote the step that filled it, and the failures stopped.\"_\n\n\
        ---\n\n\
        # ⭐ Story 2 — Cheaper test runs (Frugality + Dive Deep)\n\n\
        **Question:** Tell me about a time you saved money.\n\n\
        **Answer script:**\n\
        _\"Our test machines idled overnight. I measured their use for a month and moved the slow suite to spot machines, which halved the bill.\"_\n\n\
        ## How to practise these\n\n\
        - Say each one aloud twice.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Flaky deploys", "Cheaper test runs"],
        "{:#?}",
        read.skipped
    );
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you fixed something nobody owned."]
    );
    assert_eq!(read.drafts[1].story.principles, ["frugality", "dive-deep"]);
    assert!(read.drafts[1].story.notes.contains("spot machines"));
    assert!(!read.drafts[1].story.notes.contains("Answer script"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.starts_with("**Spoken answer (90 sec):**"))
    );
    assert!(
        !read
            .skipped
            .iter()
            .any(|s| s.reason == "a note on the story below"),
        "{:#?}",
        read.skipped
    );
    assert_eq!(story_heading("🎤 Story 4 — Pager rota"), "Pager rota");
    assert_eq!(story_heading("🎤 Pager rota"), "🎤 Pager rota");
    assert_eq!(story_heading("Story: #2 — Pager rota"), "Pager rota");
    assert_eq!(story_heading("Story: #hashtags"), "#hashtags");
}

#[test]
fn a_question_answered_by_naming_a_story_is_that_storys() {
    let set = principles::builtin();
    let notes = "## My stories\n\n\
        ### Story 1: Nightly Import Rewrite\n\
        - **Situation:** The nightly import took six hours.\n\
        - **Action:** I split it by region and ran the parts side by side.\n\
        - **Result:** It took forty minutes.\n\
        - **Leadership Principles:** Deliver Results, Dive Deep\n\n\
        ### Story 2: Release Notes Mix-up\n\
        - **Situation:** I sent customers notes for the wrong release.\n\
        - **Action:** I told them the same day and added a check to the script.\n\
        - **Result:** No mix-up since.\n\
        - **Leadership Principles:** Earn Trust\n\n\
        ## Practice\n\n\
        #### Frugality\n\
        *   **Question:** \"Tell me about a time you did more with less.\"\n    \
            *   **Primary:** `Nightly Import` (no new machines)\n    \
            *   **Backup:** `Release Notes` (a script, not a tool)\n\n\
        #### Ownership\n\
        *   **Question:** \"Tell me about a time you owned a mistake.\"\n    \
            *   **Primary:** `Customer Portal` (not written yet)\n    \
            *   **Backup:** `Release Notes Mix-up`\n\n\
        #### Think Big\n\
        *   **Question:** \"Tell me about a bold plan.\"\n    \
            *   **Primary:** `Story` (to find)\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    // The first name that one title holds: the primary when it is found, else the
    // backup; the principle asked under joins the story's.
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you did more with less."]
    );
    assert!(
        read.drafts[0]
            .story
            .principles
            .contains(&"frugality".to_string())
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a time you owned a mistake."]
    );
    // A name that is no story's, or every story's, leaves the question the person's own.
    let own: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(own, ["Tell me about a bold plan."]);
    assert!(names_title(
        "SalesMart Dashboard",
        "SalesMart Quoting Dashboard"
    ));
    assert!(!names_title(
        "SalesMart Dashboard",
        "SalesMart Pricing Tool"
    ));
    assert!(!names_title("Story", "Story 1: anything"));
    assert_eq!(
        pointed_names(
            "* **Primary:** `Nightly Import` (x)\n* Backup: [Old Tool](#old)\nSee: Pager rota (2021)"
        ),
        ["Nightly Import", "Old Tool", "Pager rota"]
    );
}

#[test]
fn fields_a_guide_writes_under_every_principle_are_not_stories() {
    let set = principles::builtin();
    let section = |name: &str, story: &str| {
        format!(
            "### {name}\n> *Leaders who own a problem see it through, and they think about the years ahead as well as this quarter.*\n\n\
             * **Shop Floor View:** On the floor this means you keep the line moving.\n\
             * **Signals To Show:**\n  * Spotting a fault before the shift ends.\n  * Writing it down for the next crew.\n\
             * **Probes:**\n  * *\"What did you check first?\"*\n  * *\"Who did you tell?\"*\n{story}\n"
        )
    };
    let notes = [
        section("Ownership", ""),
        section("Dive Deep", ""),
        section(
            "Earn Trust",
            "* **Shop Floor View:** I found a cracked belt on my shift and I stopped the line myself.\n",
        ),
    ]
    .concat();
    let read = plan(&notes, &set);
    // The one item that tells the writer's own events is a story; the rest is the guide.
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("cracked belt"));
    assert_eq!(read.drafts[0].story.principles, ["earn-trust"]);
    let own: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(own.len(), 6, "{own:?}");
    assert!(own.contains(&"What did you check first?"));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("a guide's note") && s.text.contains("Spotting a fault"))
    );
    // Under two principles only, or labelled as the writer's own, a label is no guide's.
    assert!(
        super::walk::guide_fields(
            &[section("Ownership", ""), section("Dive Deep", "")].concat(),
            &set
        )
        .is_empty()
    );
    let mine = "## Ownership\n- **My example:** x\n## Dive Deep\n- **My example:** y\n## Frugality\n- **My example:** z\n";
    assert!(super::walk::guide_fields(mine, &set).is_empty());
    assert_eq!(
        super::walk::guide_fields(&notes, &set),
        ["probes", "shop floor view", "signals to show"]
    );
}

#[test]
fn a_heading_that_only_says_principle_takes_the_one_its_description_names() {
    let set = principles::builtin();
    let notes = "# LP\nLeaders start from what the customer needs and work back from it; they keep the customer's trust and care more for customers than for rivals.\n\n\
        IMPORTANT\n\nDisclaimer:\nThe names below are changed and the details are softened.\n\n\
        ## Strong:\nBilling Portal\n### Situation:\nCustomers could not find their invoices.\n### Action:\n- I interviewed five of them and rebuilt the page.\n\
        ### Result:\n- Support tickets about invoices halved.\n### Reflection:\n- Ask customers sooner.\n\n\
        ## Weak:\n### Situation:\nA form lost what people typed.\n### Action:\n- I saved drafts every minute.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    // The story's name on the line under `## Strong:`; `## Weak:` with none keeps its own.
    assert_eq!(titles, ["Billing Portal", "Weak"], "{:#?}", read.drafts);
    for draft in &read.drafts {
        assert_eq!(draft.story.principles, ["customer-obsession"]);
    }
    let first = &read.drafts[0].story;
    assert!(first.part(Part::Situation).contains("invoices"));
    assert!(first.part(Part::Result).contains("halved"));
    assert!(first.notes.contains("Strong:"));
    // `### Reflection:` labels what was learned.
    assert!(first.part(Part::Learned).contains("Ask customers sooner"));
    assert!(!first.part(Part::Result).contains("Ask customers"));
    let reasons: Vec<&str> = read.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == "a notice about the notes themselves, not a story")
            .count(),
        2,
        "{reasons:?}"
    );
    let notice = plan(
        "## Ownership\n\nDisclaimer: every name in these notes is changed and some details are softened.\n",
        &set,
    );
    assert!(notice.drafts.is_empty(), "{:#?}", notice.drafts);
    assert!(says_only_principle("Leadership Principle 3"));
    assert!(!says_only_principle("Principles of design"));
    // With no description under it, `# LP` names nothing.
    let bare = plan("# LP\n\nI fixed the build.\n", &set);
    assert!(
        bare.drafts
            .iter()
            .all(|d| d.guessed || d.story.principles != ["customer-obsession"])
    );
    // A later heading that is the next story, not a label, is a story of its own.
    let next = plan(
        "## Ownership\n### Strong:\nPager Rota\n#### Situation:\nNobody owned the pager.\n#### Second story\nI wrote the runbook.\n",
        &set,
    );
    assert_eq!(next.drafts.len(), 2, "{:#?}", next.drafts);
}

#[test]
fn a_labelled_quotation_of_a_principle_is_its_description() {
    let set = principles::builtin();
    // Our own words: the principle quoted after a label, then a story named after a label.
    let notes = "### 3. Frugality\n\
        **Principle**: \"Leaders stretch a small budget and find that it sharpens their ideas.\"\n\n\
        #### STAR Example: Spot instances for the nightly reports\n\n\
        **Situation**: Our nightly reports ran on machines that sat idle all day.\n\n\
        **Action**: I moved the reports to spot instances and retried the ones cut short.\n\n\
        **Result**: The bill for the reports fell by half within a month.\n";
    let plan = plan(notes, &set);
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Spot instances for the nightly reports"]);
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.lines == (2, 2) && s.reason == "the description of 'Frugality', not a story"),
        "{:?}",
        plan.skipped
    );
    // A quoted answer in the first person is no description.
    assert!(!is_description(
        "**Answer**: \"I moved the reports to spot instances and the bill fell by half.\""
    ));
}

#[test]
fn a_numbered_question_over_a_list_of_parts_asks_for_that_story() {
    let set = principles::builtin();
    // Our own words: numbered questions, each answered by a list of labelled parts.
    let notes = "# Practice answers\n\n\
        1. Tell me about a time you cut a cost nobody had questioned.\n\n\
        - Hook: In my second year I looked after the team's reports.\n\
        - Situation: Our nightly reports ran on machines that sat idle all day.\n\
        - Action: I moved the reports to spot instances.\n\
        - Result: The bill for the reports fell by half.\n\n\
        2. Tell me about a time you went deep into a problem.\n\n\
        - Hook: On call one winter I chased a message that went missing.\n\
        - Situation: A queue lost one message in a thousand.\n\
        - Action: I traced the loss to a retry that dropped the last batch.\n\
        - Result: No message has been lost since.\n";
    let plan = plan(notes, &set);
    let told = situations_and_questions(&plan);
    assert_eq!(
        told,
        [
            (
                "Our nightly reports ran on machines that sat idle all day.",
                vec!["Tell me about a time you cut a cost nobody had questioned.".to_string()]
            ),
            (
                "A queue lost one message in a thousand.",
                vec!["Tell me about a time you went deep into a problem.".to_string()]
            ),
        ]
    );
    assert!(plan.questions.is_empty(), "{:?}", plan.questions);
    // Under a heading that names no principle, each is linked by its own question.
    let principles: Vec<_> = plan
        .drafts
        .iter()
        .map(|d| d.story.principles[0].as_str())
        .collect();
    assert_eq!(principles, ["frugality", "dive-deep"]);
    assert!(
        plan.warnings
            .iter()
            .all(|w| !w.contains("Practice answers")),
        "{:?}",
        plan.warnings
    );
}

#[test]
fn parts_that_say_what_to_put_in_them_are_no_story() {
    let set = principles::builtin();
    // Our own words: a guide's list of what each part should hold, under a heading.
    let notes = "## Answering at a senior level\n\
        - Situation: include the size of the team and the deadline.\n\
        - Task: clarify the scope of the role.\n\
        - Action: emphasize the tradeoffs weighed.\n\
        - Result: show the numbers that moved.\n";
    let plan = plan(notes, &set);
    assert_no_draft_but(
        &plan,
        "what each part of an answer should hold, not a story",
    );
    // A terse story whose task is a bare verb is still a story.
    let told = super::plan(
        "## Ownership\n- Situation: the release had slipped twice.\n\
         - Task: Take over the release.\n\
         - Action: Split it in three and shipped the first within a week.\n\
         - Result: Shipped on the new date.\n",
        &set,
    );
    assert_eq!(told.drafts.len(), 1);
    assert!(instructs("What was at stake?"));
    assert!(!instructs("Our nightly reports ran on idle machines."));
}

#[test]
fn a_list_of_terms_with_a_gloss_each_is_no_story() {
    let set = principles::builtin();
    // Our own words: a story, then the topics a principle touches, a bold term each.
    let notes = "# Frugality\n\n## Spot instances\n\nI moved the nightly reports to spot \
        instances and the bill fell by half.\n\n## Where cost hides\n\
        - **Idle machines**: capacity nobody uses at night\n\
        - **Licences**: seats for tools nobody opens\n\
        - **Storage**: copies kept past their use\n";
    let plan = plan(notes, &set);
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Spot instances"]);
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.reason == "a list of terms with a gloss each, not a story"),
        "{:?}",
        plan.skipped
    );
    // Reminders of what happened, each after a bold name, are a story's notes.
    let told = super::plan(
        "# Frugality\n\n## Spot instances\n\
         - **Reports**: I moved them to spot instances\n\
         - **Bill**: it fell by half in a month\n\
         - **Retries**: added for the runs cut short\n",
        &set,
    );
    assert_eq!(told.drafts.len(), 1, "{:?}", told.skipped);
}

#[test]
fn a_story_named_under_a_heading_over_stories_takes_its_name() {
    let set = principles::builtin();
    // Our own words: a heading over a group of stories, then one named by its label.
    let notes = "# Frugality\n\n## Examples of mine\n\
        Story: Spot instances for the reports\n\
        S: Our nightly reports ran on machines idle all day.\n\
        A: I moved them to spot instances.\n\
        R: The bill fell by half.\n";
    let plan = plan(notes, &set);
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Spot instances for the reports"]);
    assert!(plan.drafts[0].story.notes.contains("Examples of mine"));
    // The number the notes count a story by is not part of its name.
    let numbered = super::plan(
        "# Frugality\n\nStory: #3 — Spot instances\nS: Idle machines cost us.\n\
         A: I moved the reports to spot instances.\n",
        &set,
    );
    assert_eq!(numbered.drafts[0].story.title, "Spot instances");
}

#[test]
fn an_answer_on_how_to_do_a_thing_and_a_guides_sample_are_no_story() {
    let set = principles::builtin();
    // Our own words: a heading that asks how, answered with the writer's ways.
    let notes = "# Learn and Be Curious\n\n## How to keep up with the field\n\
        - I read two newsletters a week and I have learned to skim them.\n\
        - I also built a small tool once to try a new queue.\n";
    let plan = plan(notes, &set);
    assert_no_draft_but(&plan, "how the writer works in general, not a story");
    // A guide's example answer under a heading that says so.
    let guide = super::plan(
        "# Describe a project that failed\n\n## Example Response\n\n\
         **Situation:** I led a move of our billing to a new queue.\n\n\
         **Action:** I ran the review and we changed how we plan.\n\n\
         **Result:** The next move shipped on time.\n",
        &set,
    );
    assert_no_draft_but(&guide, "a guide's sample answer, not your own story");
    // Told in the past, twice, it is a story.
    assert!(tells_events("I moved the reports and we shipped the fix."));
    assert!(!tells_events(
        "I have learned to skim and I have tried a queue."
    ));
}

#[test]
fn a_files_template_and_its_pictures_do_not_make_two_stories_one() {
    let draft = notes_draft;
    // Our own words: two short answers, each under the same label and a screenshot
    // named alike, that tell different things.
    let drafts = vec![
        draft(
            "**Coach notes, mock interview round:**\n\n\
             ![Coach feedback screenshot](shots/coach_feedback_queue_story.png)\n\
             I traced the lost invoices to a queue timeout.",
        ),
        draft(
            "**Coach notes, mock interview round:**\n\n\
             ![Coach feedback screenshot](shots/coach_feedback_budget_story.png)\n\
             I moved the nightly reports to spot instances.",
        ),
    ];
    assert!(
        find_duplicates(&drafts).is_empty(),
        "{:?}",
        find_duplicates(&drafts)
    );
    // The same story told twice, under the same label, still pairs.
    let twice = vec![
        draft(
            "**Coach notes:**\nI traced the lost invoices to a queue visibility timeout and replayed them.",
        ),
        draft(
            "**Coach notes:**\nLost invoices: traced to the queue visibility timeout, then replayed them.",
        ),
    ];
    assert_eq!(find_duplicates(&twice).len(), 1);
}

#[test]
fn an_answer_quoted_as_said_aloud_is_titled_by_what_happened() {
    assert_eq!(
        first_sentence("\"Certainly. On a project for the shop, I moved the reports.\""),
        "On a project for the shop, I moved the reports"
    );
    assert_eq!(first_sentence("Sure! Then we rested."), "Then we rested");
    assert_eq!(
        first_sentence("“I moved the reports.”"),
        "I moved the reports"
    );
}

#[test]
fn a_guides_sections_with_what_is_tested_and_a_framed_answer_are_no_stories() {
    let set = principles::builtin();
    // Our own words: a guide, each section saying what is tested, an example question
    // and an answer under `Answer Framework:`, and advice to the reader.
    let notes = "# Guide\n\n## Frugality\n\n\
        **What they're testing:** Can you spend less? Do you reuse what exists?\n\n\
        ### Example Question: *\"Tell me about a time you cut a cost.\"*\n\n\
        **Answer Framework:**\n```\nS: Our nightly reports ran on idle machines.\n\
        A: I moved them to spot instances.\nR: The bill fell by half.\n```\n\n\
        **Red flags to avoid:**\n- Saying you never spend anything\n- Blaming your finance team\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"what interviewers look for, not a story"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"a guide's sample answer, not your own story"),
        "{reasons:?}"
    );
    // A question asked by a deeper heading is kept when what it headed is dropped:
    // the person's own, for practice, and none of its words lost.
    let outage = super::plan(
        "# Guide\n\n## 3. Outage\n\n**What is probed:** Do you stay calm? Do you talk to people?\n\n\
         ### Example Question: *\"Tell me about an outage you handled.\"*\n\n\
         **Answer Framework:**\n```\nS: At 2 AM our order service failed.\nT: I was on call.\n\
         A: I checked the dashboards and found the pool exhausted.\nR: We recovered in 22 minutes.\n```\n",
        &set,
    );
    let questions: Vec<&str> = outage
        .questions
        .iter()
        .map(|q| q.question.as_str())
        .collect();
    assert_eq!(questions, ["Tell me about an outage you handled."]);
    assert_eq!(outage.questions[0].lines, (7, 7), "the line that asks it");
    // A label before the questions is not part of them.
    assert_eq!(
        outage.drafts[0].story.questions,
        ["Do you stay calm? Do you talk to people?"]
    );
    // The same answer in notes that give no advice is the writer's own.
    let own = super::plan(
        "# Answers\n\n## Frugality\n\n### Example Question: *\"Tell me about a time you cut a cost.\"*\n\n\
         **Answer Framework:**\n```\nS: Our nightly reports ran on idle machines.\n\
         A: I moved them to spot instances.\nR: The bill fell by half.\n```\n",
        &set,
    );
    assert_eq!(own.drafts.len(), 1, "{:?}", own.skipped);
}

#[test]
fn notes_on_answering_with_few_events_are_no_story() {
    let set = principles::builtin();
    // Our own words: a rubric and feedback, one line of it saying what happened.
    let notes = "what the panel scores\n\n- four areas\n  - conflict\n  - results\n  - ambiguity\n  - growth\n\n\
        feedback from the mock\n\n- keep answers under three minutes\n- say why the project mattered\n\
        - in one answer I rambled about the schema and I stopped too late\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    assert!(few_events("- a\n- b\n- c\n- d\n- e\n- I shipped it\n"));
    assert!(!few_events(
        "- I moved it\n- I fixed it\n- b\n- c\n- d\n- e\n"
    ));
}

/// A draft that holds only notes.
fn notes_draft(notes: &str) -> Draft {
    Draft {
        story: crate::model::Story {
            notes: notes.to_string(),
            ..Default::default()
        },
        ..Default::default()
    }
}

/// Asserts that a plan made no draft and skipped a block for `reason`.
fn assert_no_draft_but(plan: &ImportPlan, reason: &str) {
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    assert!(
        plan.skipped.iter().any(|s| s.reason == reason),
        "{reason}: {:?}",
        plan.skipped
    );
}

#[test]
fn a_heading_behind_a_list_marker_asks_for_the_answer_begun_under_it() {
    let set = principles::builtin();
    // Our own words: advice, then a question typed as `- ## …`, and the first part of
    // its answer, the label spelt a letter wrong.
    let notes = "# How to answer\n\nKeep your answer short and say what you did.\n\n\
        - ## Describe a time you talked a lead out of a plan\n\
        situaton: Our lead wanted one branch for every stage, so that the same image would go from the test servers to the shop, and the images were built twice for each change that anyone pushed.\n";
    let plan = plan(notes, &set);
    let told = situations_and_questions(&plan);
    assert_eq!(
        told,
        [(
            "Our lead wanted one branch for every stage, so that the same image would go from the test servers to the shop, and the images were built twice for each change that anyone pushed.",
            vec!["Describe a time you talked a lead out of a plan".to_string()]
        )]
    );
    assert_eq!(
        super::walk::heading_in_item("1. ### Why this team?"),
        Some("### Why this team?")
    );
    assert_eq!(super::walk::heading_in_item("- #hashtag"), None);
}

#[test]
fn labels_that_name_a_sample_answer() {
    use super::rules::sample_heading;
    for label in [
        "Example Response",
        "Sample Answer Structure",
        "STAR Response Example",
        "Answer Framework",
        "A model answer (STAR)",
    ] {
        assert!(sample_heading(label), "{label}");
    }
    for label in [
        "My answer",
        "Example",
        "Answer",
        "Sample questions",
        "Payments example answer rewrite",
    ] {
        assert!(!sample_heading(label), "{label}");
    }
}

/// Each draft's situation and questions.
fn situations_and_questions(plan: &ImportPlan) -> Vec<(&str, Vec<String>)> {
    plan.drafts
        .iter()
        .map(|d| {
            (
                d.story.part(Part::Situation).trim(),
                d.story.questions.clone(),
            )
        })
        .collect()
}

#[test]
fn part_headings_with_their_initial_fill_the_story_a_question_heading_asks_for() {
    let set = principles::builtin();
    // Our own words: `## S - Situation` and the like under `# Q. …`, then a question
    // answered with advice and the writer's habits in the present: no story.
    let notes = "# Q. How do you cope when a plan breaks? Tell me about a time a plan broke.\n\
        ## STAR method\n\
        ## S - Situation\n\
        In my last term, our team built a timetable planner for the library, and halfway through the solver stopped giving usable timetables.\n\
        ## T - Task\n\
        As the one who wrote the solver, I had to find the fault and still hand in on time.\n\
        ## A - Action\n\
        I traced the solver step by step and replaced the scoring rule that was wrong.\n\
        ## R - Result\n\
        The planner gave usable timetables again and we handed in two days early.\n\n\
        # Q. When was the last time you made a mistake?\n\n\
        Own the mistake and say what changed after. Pick one that does not touch the heart of the job.\n\n\
        I plan each week by first writing down where I want to be and cutting that into steps. I check that every step has a date, and I also regularly move what slipped to the next week.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    for part in [Part::Situation, Part::Task, Part::Action, Part::Result] {
        assert!(!story.part(part).trim().is_empty(), "{part:?}");
    }
    assert_eq!(
        story.questions,
        ["How do you cope when a plan breaks? Tell me about a time a plan broke."]
    );
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.text.contains("I plan each week")),
        "{:?}",
        plan.skipped
    );
    // "I" with verbs in the present and none in the past: a habit.
    assert!(habitual(
        "I check the build each morning and I write the notes."
    ));
    assert!(!habitual(
        "I check the build each morning and I fixed it last week."
    ));
}

#[test]
fn a_question_heading_over_a_deeper_heading_asks_for_the_story_under_it() {
    let set = principles::builtin();
    // Our own words: a question with nothing under it but a story's heading, and a
    // question about a project the reader did, answered by a one-line reminder.
    let notes = "# PAST WORK\n\n\
        ## Tell me about a time you had to win back a partner's trust\n\n\
        ### The silent vendor\n\n\
        **situation**: The vendor we relied on stopped answering after we paid two bills late.\n\
        **action**: I called them, said sorry, and agreed a payment plan with our finance lead.\n\
        **results**: They answered within a day again and kept us on.\n\n\
        ## Favourite project you have worked on?\n\n\
        Garden planner rewrite - the first release I owned from start to finish\n";
    let plan = plan(notes, &set);
    let drafts: Vec<(&str, &[String])> = plan
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.questions.as_slice()))
        .collect();
    assert_eq!(drafts.len(), 2, "{drafts:?}");
    assert_eq!(drafts[0].0, "The silent vendor");
    assert_eq!(
        drafts[0].1,
        ["Tell me about a time you had to win back a partner's trust"]
    );
    assert_eq!(drafts[1].1, ["Favourite project you have worked on?"]);
    assert!(
        plan.drafts[1]
            .story
            .notes
            .contains("Garden planner rewrite")
    );
    for asks in [
        "Describe the most creative project you have completed.",
        "Favourite project that you’ve worked on?",
        "The hardest bug you fixed",
        "Tell me about a failure you had",
    ] {
        assert!(asks_for_story(asks), "{asks}");
    }
    for asks in [
        "Where were you born?",
        "What have you been reading lately?",
        "What you had to say",
        "What you had to do when the build broke",
    ] {
        assert!(!asks_for_story(asks), "{asks}");
    }
}

#[test]
fn answers_made_from_the_readers_own_experience_are_theirs_though_quoted() {
    let set = principles::builtin();
    // Our own words: a reply that says it is made from the reader's projects, one
    // answer quoted under `Example Answer:` with what was learned.
    let reply = "Here are answers to each question, tailored to your experience and projects.\n\n\
        ### Tell me about a failure you had\n\n\
        🎯 **Example Answer:**\n\n\
        *\"At Brightwater I moved our invoices to a new queue without a load test. It fell over on the first Monday and I rolled it back within the hour.\"*\n\n\
        💡 **What I learned:**\n\
        *\"I learned to test at full load before a move.\"*\n\n\
        ### Some feedback you received\n\n\
        🎯 **Example Answer:**\n\n\
        *\"Last spring my lead said my design notes were far too long for the sales team to read. I rewrote them as one page with a picture, and I asked two of them to try it; the next review took ten minutes.\"*\n";
    let plan = plan(reply, &set);
    assert_eq!(plan.drafts.len(), 2, "{:?}", plan.skipped);
    assert_eq!(
        plan.drafts[0].story.questions,
        ["Tell me about a failure you had"]
    );
    assert!(made_for_reader(
        "tailored to your **profile, experience, and projects**."
    ));
    assert!(!made_for_reader("Make your answer tailored to the role."));
    // The same reply written as a guide's advice: someone else's sample.
    let guide = reply.replace(
        "tailored to your experience and projects.",
        "for you to read. Keep your answers short and say what you did.",
    );
    assert!(super::plan(&guide, &set).drafts.is_empty());
}

#[test]
fn practices_a_yes_and_an_own_example_under_question_headings() {
    let set = principles::builtin();
    // Our own words: a way of working given as Action and Result with no scene; a
    // yes with a word on it; and the writer's own example, one line, unquoted.
    let notes = "## Questions\n\n\
        ### How do you keep a service up when its database fails?\n\
        **Action:**\n- Read replicas behind a health check.\n- Retries with backoff.\n\
        **Result:** Few outages, and short ones.\n\n\
        ### Have you worked with message queues?\n\
        ✅ **Yes**, with a queue between the shop and the warehouse.\n\n\
        ### Handling a clash with a colleague?\n\
        ✅ **Example:** Settled a storage argument with a one-day test of both options.\n";
    let plan = plan(notes, &set);
    let drafts: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        drafts,
        ["Settled a storage argument with a one-day test of both"],
        "{:?}",
        plan.skipped
    );
    assert_eq!(
        plan.drafts[0].story.questions,
        ["Handling a clash with a colleague?"]
    );
    let reasons: Vec<&str> = plan.skipped.iter().map(|s| s.reason.as_str()).collect();
    for reason in [
        "how the writer works in general, not a story",
        "a yes or a no to a question, not a story",
    ] {
        assert!(reasons.contains(&reason), "{reason}: {reasons:?}");
    }
    assert!(own_example("**Example:** Moved the cron jobs"));
    assert!(!own_example("Example: \"I moved the cron jobs\""));
    assert!(!own_example("Examples of what to say"));
}

#[test]
fn a_list_of_stories_each_from_its_scene_is_a_story_an_item() {
    let set = principles::builtin();
    // Our own words: two stories, each an item opening on its scene; then a list of
    // one story's steps, which stays one story.
    let notes = "## Ownership\n\n\
        - When I came to the shop, I saw the stock was a mess. I counted it all and I set up a sheet.\n\
        - When I was at the depot, I saw the vans stand idle. I planned new routes and I cut the idle time.\n\n\
        ## Deliver Results\n\n\
        When the move slipped, I took the list of blocked stores myself.\n\n\
        - I called each owner and I agreed a date.\n\
        - I moved the last four stores in a week.\n";
    let plan = plan(notes, &set);
    let drafts: Vec<(&str, &str)> = plan
        .drafts
        .iter()
        .map(|d| (d.story.principles[0].as_str(), d.story.title.as_str()))
        .collect();
    assert_eq!(
        drafts,
        [
            (
                "ownership",
                "When I came to the shop, I saw the stock was a mess"
            ),
            (
                "ownership",
                "When I was at the depot, I saw the vans stand idle"
            ),
            ("deliver-results", "When the move slipped"),
        ]
    );
    assert!(opens_scene("At Acme, we shipped weekly."));
    assert!(!opens_scene("I counted it all."));
    // Under a heading that names no principle, the heading names none of them.
    let apart = super::plan(
        "## Proudest moments\n\n\
         - When I came to the shop, I saw the stock was a mess. I counted it all and I set up a sheet.\n\
         - When I was at the depot, I saw the vans stand idle. I planned new routes and I cut the idle time.\n",
        &set,
    );
    let titles: Vec<&str> = apart
        .drafts
        .iter()
        .map(|d| d.story.title.as_str())
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(!titles.contains(&"Proudest moments"));
    assert!(
        apart
            .ignored
            .iter()
            .any(|s| s.reason == "a heading over stories, not a story's name"
                && s.text == "## Proudest moments"),
        "{:?}",
        apart.ignored
    );
}

#[test]
fn primary_and_secondary_lines_link_in_order_and_follow_ups_stay_in_the_story() {
    let set = principles::builtin();
    // Our own words: principles as links over two lines and more, the question the
    // story is best for, and follow-ups with their answers run onto a second line.
    let notes = "## Story 1: Moving the loaders\n\n\
        **Primary LP:** [Customer Obsession](lp.md#1-customer-obsession)\n\
        **Secondary LPs:** [Ownership](lp.md#2-ownership),\n\
        [Frugality](lp.md#10-frugality)\n\
        **Best for question:** \"Tell me about a time you kept a customer's habit\" / \"Scope\"\n\n\
        **Situation:** Our customers kept their file formats when I moved the loaders.\n\n\
        **Result:** No customer changed a file.\n\n\
        **What I'd do differently:** I would add a report that teams\n\
        could read before a batch.\n\n\
        **Likely follow-ups to be ready for:**\n\
        - \"How did you decide which columns had to match?\" Be\n  ready to name the columns you checked.\n\
        - \"What made a re-run safe?\" Explain how\n  each table was marked done.\n\
        - \"How did you handle a half-done batch?\" Say how the log\n  showed which tables to retry.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    assert_eq!(
        story.principles,
        ["customer-obsession", "ownership", "frugality"]
    );
    assert_eq!(
        story.questions,
        ["Tell me about a time you kept a customer's habit"]
    );
    assert!(
        plan.drafts[0]
            .all_text()
            .contains("ready to name the columns")
    );
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    // A line of more principles read inside a story is kept with the lines read as
    // structure, so none of its words is lost.
    let also = super::plan(
        "## Ownership\n\n**Situation:** I took the night build nobody owned.\n\
         **Result:** It stayed green for a year.\n**Related LPs:** Frugality, Dive Deep\n",
        &set,
    );
    assert!(
        also.ignored
            .iter()
            .any(|s| s.text.contains("Related LPs") && s.reason.contains("linked")),
        "{:?}",
        also.ignored
    );
}

#[test]
fn a_short_quoted_gloss_a_named_storys_list_another_persons_story_and_a_models_answer() {
    let set = principles::builtin();
    // Our own words: a principle glossed in a short quotation, then a story named by
    // its label whose body is a list of notes.
    let notes = "### 10. Earn Trust\n*\"Say what is true, and say it kindly.\"*\n\n\
        **Story: The late invoice run**\n\
        - I told finance the run would slip before they asked.\n\
        - I sent a note each morning until it was fixed.\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The late invoice run"]);
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.reason == "the description of 'Earn Trust', not a story"),
        "{:?}",
        plan.skipped
    );
    // A panel's notes on a candidate: her story, not the writer's.
    let panel = super::plan(
        "### Behavioral\n\n- **Situation:** At the depot, the vans stood idle for hours.\n\
         - **Task:** Omar was asked to cut the idle time.\n\
         - **Action:** He planned new routes with the drivers.\n\
         - **Result:** Idle time fell by half.\n",
        &set,
    );
    assert!(panel.drafts.is_empty(), "{:?}", panel.drafts);
    assert!(
        panel
            .skipped
            .iter()
            .any(|s| s.reason == "a story told of someone else, not yours")
    );
    // The same story told by the writer is theirs.
    let own = super::plan(
        "### Behavioral\n\n- **Situation:** At the depot, the vans stood idle for hours.\n\
         - **Task:** I was asked to cut the idle time.\n\
         - **Action:** I planned new routes with the drivers.\n\
         - **Result:** Idle time fell by half.\n",
        &set,
    );
    assert_eq!(own.drafts.len(), 1);
    // An answer a model wrote, in notes that say so.
    let generated = format!(
        "{}\n_Written by a local model. Machine-generated, not reviewed._\n",
        "### Behavioral\n\n- **Situation:** At my last company the reports ran late.\n\
         - **Action:** I moved them to a queue.\n- **Result:** They ran on time.\n"
    );
    let generated = super::plan(&generated, &set);
    assert!(generated.drafts.is_empty(), "{:?}", generated.drafts);
    assert!(
        generated
            .skipped
            .iter()
            .any(|s| s.reason == "a language model's sample answer, not your own story")
    );
}

#[test]
fn an_index_of_numbered_stories_and_labels_in_chinese_are_no_stories() {
    let set = principles::builtin();
    // Our own words: an index under a principle pointing to stories by number, then
    // the story it points to, told in full.
    let notes = "### 1. Ownership\n\n**Stories:**\n\
        - **Story 2** (Depot) — Van routes: planned new routes when nobody owned them.\n\
        - **Story 5** (Shop) — Stock sheet: counted the stock and kept the sheet.\n\n\
        **Quick pick:** Story 2 (Van routes)\n\n\
        ### 2. Ownership — Van routes\n\n\
        **Situation:** At the depot the vans stood idle for hours.\n\
        **Action:** I planned new routes with the drivers.\n\
        **Result:** Idle time fell by half.\n";
    let plan = plan(notes, &set);
    let titles: Vec<&str> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Van routes"], "{:?}", plan.skipped);
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.reason == "an index of stories told elsewhere in the notes, not a story")
    );
    assert!(!indexes_stories(
        "- I planned new routes.\n- I cut the idle time."
    ));
    // A dash after the principle that names the section's stories in the plural names
    // none of them.
    let mine = super::plan(
        "## Ownership — my stories\n\nI took the night build nobody owned and kept it green for a year.\n",
        &set,
    );
    assert_ne!(mine.drafts[0].story.title, "my stories");
    let cases = super::plan(
        "## Ownership — Case studies\n\nI took the night build nobody owned and kept it green for a year.\n",
        &set,
    );
    assert_ne!(cases.drafts[0].story.title, "Case studies");
    // A competency glossed in Chinese: its definition, keywords and questions.
    let glossed = super::plan(
        "### ownership\n- **定义**: 主动承担责任\n- **关键词**: owned, end-to-end\n\
         - **常见问题**: \"Tell me about a time you took ownership...\"\n",
        &set,
    );
    assert!(glossed.drafts.is_empty(), "{:?}", glossed.drafts);
}

#[test]
fn a_heading_that_is_a_parts_label_names_no_principle() {
    let set = principles::builtin();
    // Our own words: `## Results` under a story is its part, not Deliver Results.
    let notes = "# Ownership: the night build\n\n## Actions\n\nI took the night build nobody owned.\n\n\
        ## Results\n\nIt stayed green for a year.\n";
    let plan = plan(notes, &set);
    assert!(
        plan.drafts
            .iter()
            .all(|d| d.story.principles == ["ownership"]),
        "{:?}",
        plan.drafts
    );
}

#[test]
fn a_file_of_one_story_keeps_its_sections_in_it() {
    let set = principles::builtin();
    // Our own words: the first heading names a principle and the story; its sections
    // are sub-headings, a rule between them, and a spoken version at the end.
    let notes = "# Frugality: The spot-machine move\n\n**Leadership Principle:** Frugality\n\n\
        ## Background\n\nOur nightly batch ran on machines that sat idle all day.\n\n\
        ## Actions\n\nI moved the batch to spot machines and I added a retry for lost ones.\n\n\
        ## Results\n\nThe bill fell by 40% and no night was missed.\n\n---\n\n\
        ## Interview notes\n\n### Spoken version\n\nAt the shop our batch ran on idle machines, so I moved it to spot machines.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    assert_eq!(story.title, "The spot-machine move");
    assert_eq!(story.principles, ["frugality"]);
    assert!(story.part(Part::Action).contains("spot machines"));
    assert!(story.part(Part::Result).contains("40%"));
    assert!(plan.drafts[0].all_text().contains("Spoken version"));
    // A second principle's heading still starts its own section and story.
    let two = super::plan(
        &format!(
            "{notes}\n# Ownership\n\nI took the night build nobody owned and kept it green for a year.\n"
        ),
        &set,
    );
    assert_eq!(two.drafts.len(), 2);
}

#[test]
fn a_story_card_is_one_story_with_the_principles_its_line_names() {
    let set = principles::builtin();
    // Our own words: a card for one story. Its title names the story, its sections
    // are headings (one names a principle, with more than its name), it notes to
    // itself in "you", and its principles are on one line in a details block.
    let notes = "# Night build rescue — Acme\n\
        best-for: a time things broke, ownership\n\n\
        ## Hook\n\nI kept a build nobody owned green for a year.\n\n\
        ## Spoken\n\nThe night build failed most mornings and each team blamed another. \
        I took it on, I split it into stages, and I posted who broke which one.\n\n\
        ## Ownership (one line)\n\nI owned the stages; you should confirm who fixed the cache.\n\n\
        ## If they drill\n\n- Why you? → nobody else would; check your dates.\n\
        - What did you learn? → you get what you measure.\n\n---\n\
        <details reference>\nLP: Ownership · Dive Deep | Deliver Results.\n</details>\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    let story = &plan.drafts[0].story;
    assert_eq!(story.title, "Night build rescue — Acme");
    assert_eq!(
        story.principles,
        ["ownership", "dive-deep", "deliver-results"]
    );
    assert!(plan.drafts[0].all_text().contains("I split it into stages"));
    assert!(plan.drafts[0].all_text().contains("LP: Ownership"));
    // A title over headings that say they are stories is not one story's card.
    let stories = plan_of_two_stories(&set);
    assert_eq!(stories.drafts.len(), 2, "{:?}", stories.drafts);
}

fn plan_of_two_stories(set: &crate::model::PrincipleSet) -> ImportPlan {
    plan(
        "# My stories\n\n## Story: The night build\n\nI took the night build nobody owned.\n\n\
         ## Story: The vendor\n\nI argued against renewing a tool nobody used.\n\n\
         LP: Ownership\n",
        set,
    )
}

#[test]
fn principles_are_read_between_dots_and_bars() {
    let set = principles::builtin();
    let names = named_principles(
        "Customer Obsession · Invent & Simplify • Dive Deep | Frugality",
        &set,
    );
    assert_eq!(
        names.ids,
        [
            "customer-obsession",
            "invent-and-simplify",
            "dive-deep",
            "frugality"
        ]
    );
    assert!(names.unknown.is_empty());
}

#[test]
fn a_greeting_then_a_name_introduces_the_writer() {
    assert!(introduces_self("Hi, my name is Ana, and I study maths."));
    assert!(introduces_self("Hello there! I'm Ana, a data engineer."));
    assert!(introduces_self("Hey, I am Ana."));
    assert!(introduces_self("My name is Ana."));
    // Not a greeting, or no introduction after it.
    assert!(!introduces_self(
        "History: I am sure the old job ran twice."
    ));
    assert!(!introduces_self("I am sure we shipped it on time."));
    assert!(!introduces_self("Hi team, we shipped the fix on Friday."));
    // A file's introduction under a heading of its own is no story.
    let set = principles::builtin();
    let read = plan(
        "## Notes\n\n### Intro\n\nHi, my name is Ana. I am a student of maths and I built a tool for my shop.\n",
        &set,
    );
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn a_story_that_says_it_is_the_same_as_another_is_reported_with_it() {
    let set = principles::builtin();
    let notes = "## Deliver Results\n\n### Missing the deadline\n\nI rebuilt the maze model two days before the due date and it passed.\n\n\
        ## Earn Trust\n\n### Help a peer\n\nsame as missed deadline, but I also took a task from a stuck teammate and it went well.\n\n\
        ## Ownership\n\n### Something else\n\nsame as before: I kept the night build green for a year and nobody asked me to.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:?}", read.drafts);
    let retold: Vec<(usize, usize)> = read
        .duplicates
        .iter()
        .filter(|d| d.retold)
        .map(|d| d.drafts)
        .collect();
    // "missed deadline" names the story under `Missing the deadline`; "before" none.
    assert_eq!(retold, [(0, 1)], "{:?}", read.duplicates);
    assert_eq!(
        same_as("- Same as tight deadline, but a twist").as_deref(),
        Some("tight deadline")
    );
    assert!(title_holds("missed deadline", "/miss deadline/7"));
    assert!(!title_holds("missed deadline", "/tight deadline/7"));
}

#[test]
fn a_line_of_principles_names_alone_links_them() {
    let set = principles::builtin();
    let notes = "## Deliver Results\n\n### Tight deadline\n\n**Bias for Action 和 Dive Deep**\n\n\
        I shipped the price chart in two weeks when the deadline moved.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.principles,
        ["deliver-results", "bias-for-action", "dive-deep"]
    );
    // One name alone, or names in a sentence, are not such a line.
    assert!(names_line("**Ownership**", &set).is_none());
    assert!(names_line("Ownership and trust matter to me", &set).is_none());
    assert!(names_line("Ownership、Earn Trust", &set).is_some());
}

#[test]
fn a_worksheet_that_points_to_stories_makes_no_draft_of_its_own() {
    let set = principles::builtin();
    // Our own words: a story told once, then a worksheet for a principle that asks its
    // questions and says which story to lead with, and leaves a blank for another.
    let notes = "# Stories\n\n## STORY A · The night build\n**LPs:** Ownership\n\n\
        - **S:** The night build failed most mornings.\n- **A:** I split it into stages and posted who broke which.\n\
        - **R:** Green for a year.\n- **Reflection:** I learned that a build nobody owns stays red.\n\n\
        # Worksheet\n\n## Ownership\n**Sample questions:**\n\
        1. A time you took on something outside your area. Why?\n\
        2. Tell me about a time you kept a promise nobody asked for.\n\n\
        **Lead with:** **Story A** (took the build nobody owned — and kept it green). **Backup:** Story B (the vendor).\n\
        **Your own example (optional):** ________________\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Learned).contains("nobody owns"),
        "{story:?}"
    );
    assert!(is_question(
        "A time you took on something outside your area."
    ));
    assert!(!is_question("A time when I shipped the fix on a Friday."));
    assert!(pointers(
        "**Lead with — the pair:** **Story C** (held the line). **Backup:** Story D (conceded).\n**Your own example:** ____"
    ));
    // Opening with a story's marker, it may say more of when to use which.
    assert!(pointers(
        "**Lead with:** **Story G** for *self-critical / mistake / feedback* questions (owned it). **Story D** for *influence / concede / changed-my-mind* questions (conceded). Use D when you lost."
    ));
    assert!(!pointers(
        "Lead with: I told the team on Monday that the nightly build would be mine from then on, and I split it into stages, posted who broke which, and kept it green for a whole year without help."
    ));
}

#[test]
fn a_file_that_answers_one_question_holds_its_story_and_a_backup() {
    let set = principles::builtin();
    // Our own words: one question's file. The question heads it; a quotation block
    // names the principle and the stories; the story in parts; a backup told short.
    let notes = "# Q: Tell me about a time you cut a cost without cutting quality.\n\n\
        > **LP**: Frugality\n> **Primary story**: `B2 — Spot machines`\n> **Backup story**: `B7 — Shared runners`\n\n---\n\n\
        ## How to tell it\n\n### Situation\n\nOur nightly batch ran on machines that sat idle all day.\n\n\
        ### Action\n\nI moved the batch to spot machines and I added a retry for lost ones.\n\n\
        ### Result\n\nThe bill fell by 40% and no night was missed.\n\n\
        ## Likely follow-ups\n\n**Q: Why spot machines?**\n> They cost a third and the batch can retry.\n\n\
        ## What not to say\n\n- Do not say it was free.\n\n\
        ## Backup story (if asked for another)\n\nAt the old shop I moved four teams onto shared build runners and we stopped paying for idle ones.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let (first, backup) = (&read.drafts[0].story, &read.drafts[1].story);
    assert_eq!(first.title, "B2 — Spot machines");
    assert_eq!(first.principles, ["frugality"]);
    assert!(first.part(Part::Result).contains("40%"));
    let asked = "Tell me about a time you cut a cost without cutting quality.";
    assert_eq!(first.questions, [asked]);
    // The follow-ups, asked and answered, are its notes, not questions it answers.
    assert!(first.notes.contains("Why spot machines?") && first.notes.contains("cost a third"));
    assert!(
        read.drafts[1].all_text().contains("shared build runners"),
        "{backup:?}"
    );
    assert_eq!(backup.principles, ["frugality"]);
    assert_eq!(backup.questions, [asked]);
    assert!(!backup.title.contains("Backup"), "{}", backup.title);
}

#[test]
fn reminders_listed_under_a_question_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: questions with the stories that answer them, one line each; two
    // lists of one; and projects named, each told in a list under its name.
    let notes = "# Prep\n\n### Tell me about a time where you disagreed with someone.\n\n\
        - the release train\n- the hiring bar\n\n\
        ### Tell me an example of teamwork.\n\n- paired with Ana on the new billing fix\n\n* the onboarding guide\n\n\
        ### What projects have you worked on?\n\n- Map tiles\n  - To draw a map you need shape files; you pick a client and you see its spend. \
        We had five clients, then we had fifty, so I wrote a job that copies them each week and I never copied one by hand again.\n\
        - Settings screen\n  - I built a page where the support team turns features on and off, and we stopped filing tickets for it.\n";
    let read = plan(notes, &set);
    let notes_of: Vec<&str> = read
        .drafts
        .iter()
        .map(|d| d.story.notes.trim().trim_start_matches(['-', '*', ' ']))
        .collect();
    assert_eq!(read.drafts.len(), 6, "{notes_of:#?}");
    assert!(notes_of[0].starts_with("the release train"), "{notes_of:?}");
    assert!(notes_of[1].starts_with("the hiring bar"));
    assert!(notes_of[3].starts_with("the onboarding guide"));
    assert!(notes_of[4].starts_with("Map tiles") && notes_of[4].contains("I wrote a job"));
    for draft in &read.drafts[..2] {
        assert_eq!(
            draft.story.questions,
            ["Tell me about a time where you disagreed with someone."]
        );
    }
    assert!(asks_for_story(
        "Explain a difficult project you recently worked on."
    ));
    assert!(asks_for_story(
        "Can you give a story of what you should've done differently on a past project?"
    ));
}

#[test]
fn examples_counted_under_a_question_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: a question answered with an approach, then examples counted in
    // bold, each with its result.
    let notes = "### Give an example of how you grew the people on your team.\n\n\
        * **Approach:**\n  + I look for what each person wants next and I make room for it.\n\
        * **Example 1 – A tester who wanted to code**\n  + I gave her a day a week on the build tools and paired her with a developer.\n  + **Result:**\n    - She moved to the developer team within the year.\n\
        * **Example 2 – Demo Fridays**\n  + I set aside Friday afternoons for demos of side projects.\n  + **Result:**\n    - Two of the demos became features.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    let n = titles.len();
    assert!(n >= 2, "{titles:?}");
    assert_eq!(
        titles[n - 2..],
        ["A tester who wanted to code", "Demo Fridays"]
    );
    assert!(
        read.drafts[n - 1]
            .story
            .part(Part::Result)
            .contains("features")
    );
    assert!(
        !read.drafts[n - 2]
            .story
            .part(Part::Result)
            .contains("features")
    );
    assert_eq!(
        enumerated_name("**Story 2: The vendor contract**", &set),
        Some("The vendor contract")
    );
    assert_eq!(enumerated_name("**Example: the vendor**", &set), None);
}

#[test]
fn a_list_inside_a_story_told_in_parts_stays_in_that_part() {
    let set = principles::builtin();
    // Our own words: under a question, a story in parts whose action is short lists.
    let notes = "### Describe a time you mentored someone\n\n\
        **Situation:**\nA new developer joined us and felt lost in the code.\n\n\
        **Action:**\nI made a plan for her first weeks:\n\n- paired sessions\n- code review walkthroughs\n\n\
        Then:\n- a small feature with daily check-ins\n- a larger feature alone\n\n\
        **Result:**\nBy week six she shipped on her own.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let action = read.drafts[0].story.part(Part::Action);
    assert!(action.contains("paired sessions") && action.contains("a larger feature alone"));
}

#[test]
fn a_table_that_lists_stories_with_their_principles_is_a_story_a_row() {
    let set = principles::builtin();
    // Our own words: a story bank as a table, a row a story, a column of principles
    // and one of what happened; and a table of stories to prepare, names and
    // principles only, which lists no story.
    let notes = "### My story bank\n\n| Story ID | What happened | LPs it covers |\n|---|---|---|\n\
        | **night-build** | I split the nightly build into stages and it stayed green | Ownership, Dive Deep |\n\
        | **vendor** | I argued against renewing a tool nobody used, and we saved the budget | Frugality, Have Backbone |\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["night-build", "vendor"], "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["ownership", "dive-deep"]);
    assert!(
        read.drafts[1]
            .story
            .principles
            .contains(&"frugality".to_string())
    );
    let to_prepare = plan(
        "### Stories to prepare\n\n| Story | Primary LP | Secondary LPs |\n|---|---|---|\n\
         | **Your best technical project** | Deliver Results | Ownership, Dive Deep |\n\
         | **A decision under ambiguity** | Bias for Action | Are Right A Lot |\n\
         | **Why this company** | Customer Obsession | Think Big |\n",
        &set,
    );
    assert!(to_prepare.drafts.is_empty(), "{:#?}", to_prepare.drafts);
}

#[test]
fn a_story_files_front_matter_names_its_story_and_principles() {
    let set = principles::builtin();
    // TOML front matter over a story told in `#### S` … `#### R`: one story, its title
    // and principles from the front matter, in the writer's order.
    let notes = "+++\ntitle = \"Moved the image cache to the edge\"\ndate = 2021-04-02\n\n[extra]\nteam = \"media\"\nlp = [\"frugality\", \"dive deep\"]\n+++\n\nfrugality: no new servers, the CDN we already paid for\n\nearn trust\n  every step was announced in the team channel first\n\n#### S\nThumbnails were served from one region and took two seconds abroad.\n\n#### T\nBring them under half a second without a budget.\n\n#### A\nI measured where the time went and moved the cache rules to the CDN.\n\n#### R\nLoads abroad fell to 300 ms and the old cache hosts were retired.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Moved the image cache to the edge");
    // A principle's name alone over why it fits links it too.
    assert_eq!(story.principles, ["frugality", "dive-deep", "earn-trust"]);
    assert!(
        story
            .part(crate::model::Part::Situation)
            .contains("two seconds abroad")
    );
    assert!(story.part(crate::model::Part::Result).contains("300 ms"));
    assert!(story.notes.contains("CDN we already paid for"));
    assert_eq!(read.ignored[0].lines, (1, 8));
    assert!(read.ignored[0].reason.contains("the story this file tells"));
    // A line of why a principle fits, before the first part, is the story's too: it
    // opens no story of its own, whatever principle it names.
    let why_first = "+++\ntitle = \"Moved the image cache to the edge\"\nlp = [\"dive deep\", \"frugality\"]\n+++\n\nfrugality: no new servers, the CDN we already paid for\n\n#### S\nThumbnails took two seconds abroad.\n\n#### A\nI moved the cache rules to the CDN.\n";
    let read = plan(why_first, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.title,
        "Moved the image cache to the edge"
    );
    assert_eq!(read.drafts[0].story.principles, ["dive-deep", "frugality"]);
    // Its list of principles left empty (`lp = []`): still one story, under its title,
    // linked to the principle its words are nearest, and the report says so.
    let unnamed = "+++\ntitle = \"Batching acknowledgements\"\nlp = []\n+++\n\n#### summary\n- the tracking issue and the flame graphs\n\n#### S\nSending acknowledgements took a quarter of the server's CPU.\n\n#### A\nI batched them ten packets at a time and measured again.\n";
    let read = plan(unnamed, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(read.drafts[0].story.title, "Batching acknowledgements");
    assert!(read.drafts[0].guessed);
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("names no principle")),
        "{:?}",
        read.warnings
    );
    // The same in YAML front matter, its principles listed under `tags:`.
    let yaml = "---\ntitle: Moved the image cache to the edge\ntags:\n  - Frugality\n  - Dive Deep\n---\n\n### S\nThumbnails were served from one region and took two seconds abroad.\n\n### A\nI moved the cache rules to the CDN.\n";
    let read = plan(yaml, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.title,
        "Moved the image cache to the edge"
    );
    assert_eq!(read.drafts[0].story.principles, ["frugality", "dive-deep"]);
    // A page's front matter whose tags name no principle stays a site's metadata, and
    // a page whose headings name principles is many stories, not one.
    let page = "---\ntitle: My answers\ntags: [interview, frugality]\n---\n\n## Frugality\n\nI reused the CDN we already paid for.\n\n## Dive Deep\n\nI traced the slow thumbnails to one region.\n";
    let read = plan(page, &set);
    assert_eq!(read.drafts.len(), 2);
    assert!(read.ignored[0].reason.contains("site generator"));
}

#[test]
fn a_label_that_ends_in_principles_names_them() {
    let set = principles::builtin();
    // `Candidate LPs:` says what follows names principles, as `LPs:` does; the first is
    // the story's own.
    let notes = "## Story: The stale embeddings\n\n**Context:** A feature ran on embeddings a month old, refreshed by hand from a notebook.\n\n**What I did:** I built a scheduled pipeline and an alert on their age.\n\n**Candidate LPs:** Bias for Action, Ownership\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.principles,
        ["bias-for-action", "ownership"]
    );
    // A name of no principle in the set on that line is reported, not dropped.
    let other = "## Story: The stale embeddings\n\n**Context:** A feature ran on embeddings a month old, refreshed by hand from a notebook.\n\n**What I did:** I built a scheduled pipeline and an alert on their age.\n\n**Candidate LPs:** Bias for Action, Model Fluency\n";
    let read = plan(other, &set);
    assert_eq!(read.drafts[0].story.principles, ["bias-for-action"]);
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("'Model Fluency' in 'Candidate LPs' names no principle")),
        "{:?}",
        read.warnings
    );
    assert!(principles_label("Candidate LPs"));
    assert!(principles_label("Key principles"));
    assert!(!principles_label("What the team learned"));
}

#[test]
fn notes_written_about_one_person_tell_that_persons_stories() {
    let set = principles::builtin();
    // A coach's notes of Priya's stories, in the third person: hers, not someone
    // else's, since every story is of her.
    let notes = "# Priya's stories\n\n## Story: Billing outage\n\n**Context:** The billing job failed on a Friday night and her on-call partner was on a plane.\n\n**What she did:** Priya restarted the failed workers and wrote down each step for the review.\n\n**LPs:** Ownership\n\n## Story: The new intern\n\n**Context:** An intern joined with no plan; Priya wrote his first month and paired with him weekly. She checked his pull requests herself.\n\n**LPs:** Hire and Develop the Best\n\n## Story: Cost review\n\n**Context:** Cloud spend rose a third in a quarter; Priya read the bill line by line and her report cut it back.\n\n**LPs:** Frugality\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:?}", read.skipped);
    // One story of someone named once is still someone else's.
    let guide = "## Launch week\n\n**Context:** The team of Aisha missed a launch; she had promised it to the client.\n\n**Action:** She split the release and he tested the first half.\n\n## Ownership\n\nI fixed the build nobody owned.\n";
    let read = plan(guide, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("build nobody owned"));
}

#[test]
fn two_principles_joined_by_an_ampersand_head_a_story() {
    let set = principles::builtin();
    let id = |t: &str| {
        heading_principles(t, &set)
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        id("Ownership & Invent and Simplify"),
        ["ownership", "invent-and-simplify"]
    );
    // One principle written with an ampersand is one principle.
    assert_eq!(id("Invent & Simplify"), ["invent-and-simplify"]);
}

#[test]
fn what_the_interviewer_wants_to_hear_and_weak_or_strong_wordings_are_advice() {
    let set = principles::builtin();
    // Under a principle: what the interviewer wants to hear (in Chinese), a story, and
    // a table of weak and strong wordings. One story.
    let notes = "### Dive Deep\n\n**面试官想听：** 复杂问题的排查过程；从现象到根因的推理链。\n\n**故事模板：**\n\n**S:** 夜间任务每周失败两次。\n**A:** 我逐层排查日志，找到重试逻辑的缺陷并修复。\n**R:** 一个季度内没有再失败。\n\n### Deliver Results\n\n**Numbers, always:**\n\n| Weak | Strong |\n|----|----|\n| made it faster | p99 from 900 ms to 200 ms |\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(crate::model::Part::Action)
            .contains("重试逻辑")
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("weak and strong wordings")),
        "{:?}",
        read.skipped
    );
}

#[test]
fn numbered_names_start_stories_and_questions_under_an_empty_label_are_asked() {
    let set = principles::builtin();
    // Under a principle, stories named by numbered items (`1) NAME` over `S: …`), a
    // number left empty, a numbered question under an empty `S:` (the question the next
    // story answers, not its situation), and a line naming two stories told above.
    let notes = "## Ownership\n\n1) 결제 장애 대응\nS: 금요일 밤 결제 배치가 멈췄고 담당자는 비행기 안이었다.\nA: 내가 실패한 작업을 다시 돌리고 절차를 기록했다.\n\n1) 로그 정리\nS: 로그가 세 곳에 흩어져 있어 장애 추적이 느렸다.\nA: 한 곳으로 모으는 수집기를 만들었다.\n\n2) 책임감이 강한 편\nS: \n3) 동료를 도운 경험을 말씀해 주십시오\nS: 후배가 같은 설정 문제로 막혀 있었다.\nA: 내가 겪은 문제와 해결을 정리해 공유했다.\n\n4) 새 프로젝트\n어려운 결정을 내린 경험이 있나?\n비전이 성과로 이어진 적이 있나?\n\n## Bias for Action\n\n직접 나서 해결한 경험이 있나?\n\n1) 빌드 캐시 정리\n\n2) \n\n주도적으로 일한 경험을 말씀해 주십시오.\n\n1) 결제 장애 대응, 로그 정리\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "결제 장애 대응",
            "로그 정리",
            "후배가 같은 설정 문제로 막혀 있었다",
            "새 프로젝트",
            "빌드 캐시 정리"
        ],
        "{:?}",
        read.skipped
    );
    let helped = &read.drafts[2].story;
    assert_eq!(helped.questions, ["동료를 도운 경험을 말씀해 주십시오"]);
    assert!(
        !helped
            .part(crate::model::Part::Situation)
            .contains("말씀해")
    );
    assert_eq!(
        read.drafts[3].story.questions,
        [
            "어려운 결정을 내린 경험이 있나?",
            "비전이 성과로 이어진 적이 있나?"
        ]
    );
    // The line naming two stories told above is a pointer to them.
    assert!(
        read.ignored
            .iter()
            .any(|i| i.reason.contains("names stories told above")),
        "{:?}",
        read.ignored
    );
}

#[test]
fn a_number_with_nothing_after_it_is_no_story() {
    let set = principles::builtin();
    let notes = "9.  Bias for Action\n   Speed matters in this job: most choices can be undone, so waiting costs more than acting.\n\n   직접 나서 해결한 경험이 있나?\n   1) 빌드 캐시 정리\n   2) \n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "빌드 캐시 정리");
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("a number with nothing after it"))
    );
}

#[test]
fn prompts_in_korean_and_japanese_ask_without_a_question_mark() {
    assert!(is_question("실패했던 경험에 대해 말씀해 주십시오."));
    assert!(is_question("팀을 설득한 경험이 있습니까"));
    assert!(is_question("困難を乗り越えた経験を教えてください"));
    assert!(!is_question("로그를 한 곳으로 모았다."));
}

#[test]
fn a_definition_followed_by_questions_is_the_definition() {
    let set = principles::builtin();
    // The definition in the writer's copy, then questions a line each: the definition
    // is skipped and the questions are the person's own, not a story.
    let notes = "## Think Big\n   Small plans limit a team; leaders set a bold direction and look for new ways to serve people.\n\n   Tell me about a bold bet you made?\n   Tell me about a time you widened a project's aim?\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert_eq!(read.questions.len(), 2);
}

#[test]
fn a_numbered_follow_up_heading_holds_the_follow_ups_of_the_story_above() {
    let set = principles::builtin();
    let notes = "## 5. The stale tables story\n\n### S\nTables stopped refreshing and nobody noticed for days.\n\n### A\nI built a per-table baseline and alerted on misses.\n\n### R\nStale tables were caught within an hour.\n\n## 6. Follow-up questions to expect\n\n**\"Why not a fixed threshold?\"**\nEvery table refreshes on its own rhythm, so one number fits none of them.\n\n**\"How did you measure it?\"**\nWe counted the hours from a missed refresh to the alert, before and after.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let followups = &read.drafts[0].story.followups;
    assert_eq!(followups.len(), 2);
    assert!(followups[0].question.contains("fixed threshold"));
    assert!(followups[1].answer.contains("before and after"));
    // After another section at the same level, they are no story's follow-ups.
    let apart = notes.replace(
        "## 6. Follow-up",
        "## Interview day\n\nBring water and a notebook.\n\n## 6. Follow-up",
    );
    let read = plan(&apart, &set);
    assert!(read.drafts.iter().all(|d| d.story.followups.is_empty()));
}

#[test]
fn a_guides_story_archetypes_and_rubrics_are_not_the_readers_stories() {
    let set = principles::builtin();
    // A guide's pattern for a story, labelled as one would be, and a rubric under an
    // interview question: neither is the reader's own.
    let notes = "# Stories for platform roles\n\n### Story 1 archetype: Doubling the nightly batch\n\n**Situation:** Retailer; nightly supplier files; the batch host at its limit.\n\n**Task:** Platform lead; accountable for the holiday peak.\n\n**Action:** Split the batch by supplier; added back-pressure.\n\n**Result:** Peak met with no late files.\n\n### Q3: How did you handle an audit finding?\n\n**Expected signals:** Timeline; a durable fix; verification.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("template for a story")),
        "{:?}",
        read.skipped
    );
}

#[test]
fn stories_named_in_plain_text_take_their_own_lines_of_principles() {
    let set = principles::builtin();
    // Plain notes: a title line over the first story's name, each story named by
    // `STORY N — NAME` (no colon), its own `LPs:` line, its parts' labels alone on
    // their lines; the last story names no principle.
    let notes = "MY INTERVIEW STORIES\nSTORY 1 — The nightly build that kept failing\n\nLPs: Dive Deep, Ownership\n\nSituation\nOur nightly build failed one night in three.\n\nAction\nI traced it to a shared cache and gave each job its own.\n\nSTORY 2 — Cutting the cloud bill\n\nLPs: Frugality, Are Right, A Lot\n\nSituation\nThe test machines ran all weekend.\n\nResult\nI stopped them on Fridays and the bill fell by a third.\n\nStory 3 - Welcoming the new hire\n\nSituation\nA new engineer joined during a release.\n\nAction\nI paired with her for a week and wrote down what she asked.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "The nightly build that kept failing",
            "Cutting the cloud bill",
            "Welcoming the new hire"
        ],
        "{:?}",
        read.drafts
    );
    assert_eq!(read.drafts[0].story.principles, ["dive-deep", "ownership"]);
    assert_eq!(
        read.drafts[1].story.principles,
        ["frugality", "are-right-a-lot"]
    );
    // Not the principles of the stories above: the one its words are nearest, said.
    assert_eq!(read.drafts[2].story.principles.len(), 1);
    assert!(
        !read.drafts[2]
            .story
            .principles
            .contains(&"dive-deep".to_string()),
        "{:?}",
        read.drafts[2].story.principles
    );
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("Welcoming the new hire")),
        "{:?}",
        read.warnings
    );
    // The line over the first name is the notes' title, kept with the structure.
    assert!(
        read.ignored
            .iter()
            .any(|i| i.reason == "a title over the stories named below it"
                && i.text == "MY INTERVIEW STORIES"),
        "{:?}",
        read.ignored
    );
}

#[test]
fn a_dash_after_story_and_its_number_names_it_but_not_after_other_words() {
    assert_eq!(
        walk::story_name("STORY 2 — Cutting the cloud bill"),
        Some("Cutting the cloud bill")
    );
    assert_eq!(
        walk::story_name("Story B - The vendor call"),
        Some("The vendor call")
    );
    assert_eq!(
        walk::story_name("Story: The vendor call"),
        Some("The vendor call")
    );
    // A sentence that starts with "story" is not a name.
    assert_eq!(walk::story_name("Story time - we read to the kids"), None);
    assert_eq!(walk::story_name("My story - it began at a startup"), None);
}

#[test]
fn a_table_of_stories_and_their_principles_links_each_row_to_its_story() {
    let set = principles::builtin();
    // Stories under their principles, then a table naming them by shorter names,
    // with a second principle each; and tips naming the story to tell for a question.
    let notes = "## Dive Deep\n\n### The slow checkout page\n**S:** Checkout took nine seconds for some users.\n**A:** I profiled it and found a query run once per item in the cart.\n**R:** Down to one second.\n\n### The flaky payment test\n**S:** One payment test failed one run in ten.\n**A:** I found it shared a clock with another test and gave each its own.\n**R:** No failure in a month.\n\n## Frugality\n\n### Reusing old laptops\n**S:** The lab needed twelve machines and had no budget.\n**A:** I rebuilt retired laptops as test runners.\n**R:** Saved the purchase.\n\n## Quick map\n\n| Story | Main LP | Also good for |\n|---|---|---|\n| Checkout query profiling | Dive Deep | Customer Obsession |\n| Flaky payment test | Dive Deep | Insist on the Highest Standards |\n| Laptop test runners | Frugality | Invent & Simplify |\n\n## Tips\n\n1. For \"Tell me about a time you saved money\" — use the laptop story\n2. For \"Tell me about a time you dug into data\" — use the checkout or payment stories\n";
    let read = plan(notes, &set);
    let linked: Vec<(&str, Vec<&str>)> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.principles.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        linked,
        [
            (
                "The slow checkout page",
                vec!["dive-deep", "customer-obsession"]
            ),
            (
                "The flaky payment test",
                vec!["dive-deep", "insist-on-the-highest-standards"]
            ),
            (
                "Reusing old laptops",
                vec!["frugality", "invent-and-simplify"]
            ),
        ]
    );
    assert_eq!(
        read.drafts[2].story.questions,
        ["Tell me about a time you saved money"]
    );
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you dug into data"]
    );
    assert!(
        read.ignored
            .iter()
            .any(|i| i.reason.contains("a table of the stories' principles"))
    );
    assert!(
        !read
            .skipped
            .iter()
            .any(|s| s.text.contains("Laptop test runners"))
    );
}

#[test]
fn a_table_row_whose_name_fits_two_stories_links_the_one_of_its_principle_or_neither() {
    let set = principles::builtin();
    let notes = "## Dive Deep\n\n### The slow report\n**S:** The monthly report took an hour.\n**A:** I found a missing index.\n\n### The slow search\n**S:** Search took ten seconds.\n**A:** I found a missing index there too.\n\n## Frugality\n\n### The slow laptop\n**S:** My laptop was too old for the build.\n**A:** I moved the build to a spare server.\n\n## Map\n\n| Story | LP | Also |\n|---|---|---|\n| Missing index | Think Big | |\n| Slow machine | Frugality | Bias for Action |\n";
    let read = plan(notes, &set);
    let linked: Vec<Vec<&str>> = read
        .drafts
        .iter()
        .map(|d| d.story.principles.iter().map(String::as_str).collect())
        .collect();
    // "Missing index" fits both Dive Deep stories; "Slow machine" fits all three by
    // its words, and the one of its principle.
    assert_eq!(
        linked,
        [
            vec!["dive-deep"],
            vec!["dive-deep"],
            vec!["frugality", "bias-for-action"]
        ]
    );
}

#[test]
fn a_story_named_for_a_question_is_found_by_its_title_before_its_text() {
    let set = principles::builtin();
    let notes = "## Ownership\n\n### Owning the night outage\n**S:** The queue stopped at two in the morning.\n**A:** I restarted it and wrote the post-mortem the next day.\n\n## Earn Trust\n\n### An honest post-mortem\n**S:** A bug of mine charged forty customers twice.\n**A:** I wrote up my own mistake and what would stop it.\n\n## Tips\n\n- Prepare for: \"Tell me about a time you failed\" — use the post-mortem story\n";
    let read = plan(notes, &set);
    assert!(
        read.drafts[0].story.questions.is_empty(),
        "{:?}",
        read.drafts[0].story
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a time you failed"]
    );
}

#[test]
fn a_table_gives_a_story_whose_principle_was_guessed_its_own() {
    let set = principles::builtin();
    // Stories under headings that name no principle, told in the first person: their
    // principles are guessed, until a table names them.
    let notes = "# My stories\n\n## The slow checkout\n\nI profiled the checkout, measured every query and dug into the data until I found the root cause: one query per cart item. I rewrote it and checkout took one second.\n\n## Map\n\n| Story | LP |\n|---|---|\n| Slow checkout | Frugality |\n| Something else | Think Big |\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["frugality"]);
    assert!(!read.drafts[0].guessed);
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
}

#[test]
fn answers_on_how_the_writer_would_handle_a_situation_are_no_stories() {
    let set = principles::builtin();
    // Situations put to the reader, each with a line of principles, answered with what
    // the writer does or would do; a follow-up announced by what the interviewer does;
    // a line pointing to a time it happened. And one real story among them.
    let notes = "## Situations\n\n### P1 — You find a data bug the night before launch\n\n*LPs: Ownership, Earn Trust*\n\nThe first thing I do is stop the launch. I tell the team lead what I found and what it would do to customers.\n\nIf it can be switched off behind a flag, I ship the code dark and fix the bug before turning it on. I never hide it.\n\n*If they push back: \"What if the date cannot move?\"*\n\n> I separate the deploy date from the day the feature is on, and I say so plainly.\n\n*Grounding:* Last spring I held back a release for a day over a rounding bug.\n\n### P2 — Two teams want opposite things from your API\n\n*LPs: Earn Trust*\n\nI put both teams in one room before I write any code. I lay out what each choice costs the other. I let them decide, and then I build it.\n\n### P3 — Asked to cut testing to hit a date\n\n*LPs: Have Backbone*\n\nI push back with what skipping tests would cost. Then I offer a smaller scope instead: which feature can wait a week?\n\nI will not ship with less confidence in what does ship. I put my concern in writing and then I commit.\n\nWhat I never do is agree quietly and let the risk land on someone else.\n\n*Grounding:* In May I argued for two more days of tests, and the release went out clean.\n\n### P4 — The cache that lied\n\n*LPs: Dive Deep*\n\nIn March our prices page showed old prices for an hour. I traced it to a cache that never expired, I added a time limit and I wrote the alert that would have caught it.\n\n### What your team never saw\n\n*LPs: Ownership*\n\nI noticed the orders table lost rows at midnight. I found the job that emptied it and I moved it. Now I check every nightly job and I review its logs.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["P4 — The cache that lied", "What your team never saw"],
        "{:?}",
        read.drafts
    );
    // The answer's closing question ("which feature can wait a week?") is its own,
    // not an interview question waiting for a story.
    assert!(
        !read
            .questions
            .iter()
            .any(|q| q.question.contains("wait a week")),
        "{:?}",
        read.questions
    );
    assert_eq!(
        read.skipped
            .iter()
            .filter(|s| s.reason == "how the writer works in general, not a story")
            .count(),
        3,
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_question_put_to_the_reader_is_told_from_one_that_asks_for_a_story() {
    assert!(put_to_reader("S8 — You're blocked: the other team is late"));
    assert!(put_to_reader(
        "What would you do if a teammate kept missing dates?"
    ));
    assert!(!put_to_reader(
        "Tell me about a time you were blocked by another team."
    ));
    assert!(!put_to_reader("The cache that lied"));
    assert!(!put_to_reader("How I answered your question"));
    assert!(does_more(
        "I ask first. I tell them. \"I fixed it\" is not what I say."
    ));
    assert!(!does_more(
        "I traced it and I fixed it. I tell people about it."
    ));
}

#[test]
fn a_paragraph_that_tells_before_it_asks_is_an_answer() {
    assert!(tells_before_asking(
        "I push back with what it costs. Then I offer another way: what can wait?"
    ));
    assert!(!tells_before_asking(
        "Tell me about a time you pushed back. What happened?"
    ));
    assert!(!tells_before_asking("What did you do? I rewrote it."));
    assert!(!tells_before_asking(
        "Think about a project. What went wrong?"
    ));
}

#[test]
fn a_sentence_about_generated_work_does_not_say_the_notes_were_generated() {
    assert!(says_generated(
        "_Written by a local model. Machine-generated, not reviewed._"
    ));
    assert!(says_generated("This page is AI-generated."));
    assert!(says_generated(
        "AI-generated answers follow; check every number before using them."
    ));
    assert!(!says_generated(
        "The interviewer now asks whether you can direct work, including machine-generated work, and review it well."
    ));
    assert!(!says_generated(
        "The founders made a mandate. Questions arose about quality of AI-generated ZK circuits."
    ));
}

#[test]
fn a_line_of_labelled_pieces_names_the_principles_of_the_piece_that_says_so() {
    let set = principles::builtin();
    let names = tag_line(
        "**Tags:** architecture ownership, scope | **Amazon LP:** Think Big, Frugality | **Google:** Leadership | **Meta:** judgment",
        &set,
    )
    .expect("a line of names");
    assert_eq!(names.ids, ["think-big", "frugality"]);
    // Without a piece that says principles, the tags are read as before.
    let tags = tag_line("**Tags:** ownership, dive deep", &set).expect("a line of names");
    assert_eq!(tags.ids, ["ownership", "dive-deep"]);
    let notes = "## Stories\n\n### The flaky export\n**S:** The nightly export failed once a week.\n**A:** I traced it to a timezone bug and fixed it.\n**R:** No failure since.\n**Tags:** debugging, ownership of a shared job | **Amazon LP:** Dive Deep, Ownership | **Google:** RRK\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["dive-deep", "ownership"]);
}

#[test]
fn same_and_what_is_shared_as_another_story_refers_to_it() {
    assert_eq!(
        same_as("same as tight deadline, but later").as_deref(),
        Some("tight deadline")
    );
    assert_eq!(
        same_as("Same story as the outage.").as_deref(),
        Some("the outage")
    );
    assert_eq!(
        same_as("**Source bullet:** (same bullet as S02, different angle) ClickHouse indices")
            .as_deref(),
        Some("S02")
    );
    assert_eq!(same_as("same time as the launch, I moved teams"), None);
    assert_eq!(same_as("We shipped the same day as the audit."), None);
    let set = principles::builtin();
    let notes = "## Dive Deep\n\n#### S02 — The search ranking engine\n**S:** Search results mixed three vocabularies.\n**A:** I built one ranking cascade.\n\n#### S03 — Keeping vectors in the database we had\n**Source bullet:** (same bullet as S02, different angle)\n**S:** The data already lived in one database.\n**A:** I indexed it in place instead of adding a store.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2);
    assert!(
        read.duplicates
            .iter()
            .any(|d| d.drafts == (0, 1) && d.retold),
        "{:?}",
        read.duplicates
    );
}

#[test]
fn a_card_heading_that_names_a_part_among_other_words_starts_that_part() {
    assert_eq!(
        walk::part_heading("Situation & stakes").as_deref(),
        Some("Situation:")
    );
    assert_eq!(
        walk::part_heading("What I did (decision, ownership, trade-offs)").as_deref(),
        Some("What I did:")
    );
    assert_eq!(
        walk::part_heading("The outcome").as_deref(),
        Some("outcome:")
    );
    assert_eq!(
        walk::part_heading("Why I cared / what I learned").as_deref(),
        Some("what I learned:")
    );
    assert_eq!(
        walk::part_heading("The insight (the non-obvious move)"),
        None
    );
    assert_eq!(
        walk::part_heading("How this one story flexes across roles"),
        None
    );
    let set = principles::builtin();
    let notes = "# Moving the billing job off the old server\n\n## Situation & stakes\nThe billing job ran on a server due to be switched off in a month.\n\n## What I did (decisions and trade-offs)\n- I moved the job to the scheduler and ran both for a week.\n\n## The outcome\nThe old server went dark with no missed invoice.\n\n## Why I cared / what I learned\nI learned to run the old and new side by side first.\n\n## Interview dimensions\n- **Amazon LPs:** Ownership, Deliver Results.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story
            .part(crate::model::Part::Situation)
            .contains("due to be switched off")
    );
    assert!(
        story
            .part(crate::model::Part::Action)
            .contains("ran both for a week")
    );
    assert!(
        story
            .part(crate::model::Part::Result)
            .contains("no missed invoice")
    );
    assert!(
        story
            .part(crate::model::Part::Learned)
            .contains("side by side")
    );
    assert_eq!(story.principles, ["ownership", "deliver-results"]);
    assert!(read.ignored.iter().any(|i| i.text == "Situation & stakes"));
}

#[test]
fn a_site_page_with_empty_tags_is_not_one_story() {
    let set = principles::builtin();
    // A blog post: front matter with a title and an empty `tags:`, a template, then
    // two projects, their parts as letters alone on list items with bullets nested.
    let notes = "---\ntitle: My projects in STAR\ntags:\n---\n\n# Projects\n\n## template\n\n- S\n    - say where and when\n- T\n    - say what was yours to do\n- A\n    - say what you did\n- R\n    - say what came of it\n\n## the holiday sale page\n\n- S\n    - we had one week to ship a sale page for the holiday\n- T\n    - I owned the front end and the schedule\n- A\n    - I built the page logic first and asked a colleague to write the login module\n- R\n    - the page shipped a day early\n\n## the payments migration\n\n- S\n    - payments ran on a library nobody maintained\n- A\n    - I moved every call to the new client over two sprints\n- R\n    - no payment failed during the move\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["the holiday sale page", "the payments migration"],
        "{:?}",
        read.drafts
    );
    let sale = &read.drafts[0].story;
    assert!(
        sale.part(crate::model::Part::Situation)
            .contains("one week to ship")
    );
    assert!(
        sale.part(crate::model::Part::Task)
            .contains("owned the front end")
    );
    assert!(
        sale.part(crate::model::Part::Action)
            .contains("login module")
    );
    assert!(
        sale.part(crate::model::Part::Result)
            .contains("a day early")
    );
    // `lp = []`, a key that names the principles, still makes the file one story.
    let card = "+++\ntitle = \"The slow page\"\nlp = []\n+++\n\n#### S\nThe page took ten seconds.\n\n#### A\nI cached the query.\n";
    let one = plan(card, &set);
    assert_eq!(one.drafts.len(), 1, "{:?}", one.drafts);
    assert_eq!(one.drafts[0].story.title, "The slow page");
}

#[test]
fn a_question_under_a_story_heading_before_its_part_headings_is_its_own() {
    let set = principles::builtin();
    let notes = "## Story 1: Merging the duplicate records\n\n**Question**: \"Tell me about a time you solved a messy data problem.\"\n\n### Situation\nSeven sources named the same company seven ways.\n\n### Action\nI matched them on normalised names and codes.\n\n### Result\nDuplicates fell from a third to almost none.\n\n## Story 2: The slow dashboard\n\n**Question**: \"Describe a time you made an application faster.\"\n\n### Situation\nThe dashboard took six seconds to load.\n\n### Action\nI added indexes and joined the queries.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you solved a messy data problem."]
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Describe a time you made an application faster."]
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn notes_that_call_their_stories_templates_for_your_own_hold_none_of_yours() {
    assert!(says_templates(
        "These are 10 template stories from a fintech engineer. Customize with your actual experiences."
    ));
    assert!(says_templates(
        "Sample answers below, from a support role.\n\nReplace them with your own before the loop."
    ));
    // A template of the form, which the writer filled in, calls no story a template.
    assert!(!says_templates(
        "# Story template\n\nCopy this template and replace each bracket with your own story."
    ));
    // Stories called examples, with nothing asking for the reader's own instead.
    assert!(!says_templates(
        "These are example stories from my last two jobs."
    ));
}

#[test]
fn a_table_inside_a_story_does_not_name_that_story_by_its_own_words() {
    let set = principles::builtin();
    // Plain notes with no heading after the last story: the table is read into its
    // notes, and holds every row's words. Only the row that names a story elsewhere
    // links it.
    let notes = "STORY 1 — The slow checkout\n\nLPs: Dive Deep\n\nSituation\nCheckout took nine seconds.\n\nSTORY 2 — The old laptops\n\nLPs: Frugality\n\nSituation\nThe lab had no budget for machines.\n\n| Story | LP |\n|---|---|\n| Slow checkout | Customer Obsession |\n| Spare printers | Think Big |\n";
    let read = plan(notes, &set);
    let linked: Vec<Vec<&str>> = read
        .drafts
        .iter()
        .map(|d| d.story.principles.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        linked,
        [vec!["dive-deep", "customer-obsession"], vec!["frugality"]],
        "{:?}",
        read.drafts
    );
}

#[test]
fn a_principles_name_closing_a_heading_after_a_dash_is_its_tag() {
    let set = principles::builtin();
    let tag = |h: &str| closing_name(h, &set);
    assert_eq!(
        tag("IRR-10-MPT-Project-Delivery-star-ownership").as_deref(),
        Some("ownership")
    );
    assert_eq!(
        tag("AID-28-Reading-Bridge-Role-star-customer-obsession").as_deref(),
        Some("customer-obsession")
    );
    // A short name people write, the longest run of closing words that names one.
    assert_eq!(
        tag("AID-5-Reversed-Rejection-star-best-employer").as_deref(),
        Some("strive-to-be-earths-best-employer")
    );
    assert_eq!(tag("Story 3 — Dive Deep").as_deref(), Some("dive-deep"));
    assert_eq!(
        tag("IRR-12-Breaking-the-Rebuild-Cycle-star-highlight"),
        None
    );
    assert_eq!(tag("IRR-9-FPGA-Management-Tool-Hands-On"), None);
    // Words the heading runs into, and a heading that is only the name.
    assert_eq!(tag("Leadership and Ownership"), None);
    assert_eq!(tag("Ownership"), None);
}

#[test]
fn a_tables_rows_link_stories_by_anchor_to_the_principles_they_name() {
    let set = principles::builtin();
    // An HTML table of principles and the stories that show each, then a Markdown
    // table of the best stories; the stories under headings whose anchors they link.
    let notes = "# Portfolio\n\n<table>\n<tr><th>Principle</th><th>Stories</th></tr>\n<tr><td><b>Frugality</b></td><td>\n<a href=\"#lab-2-old-laptops\">old laptops</a><br>\n</td></tr>\n<tr><td><b>Dive Deep</b></td><td>\n<a href=\"#lab-1-slow-checkout-star-customer-obsession\">slow checkout</a><br>\n<a href=\"#lab-2-old-laptops\">old laptops</a>\n</td></tr>\n</table>\n\n## Best stories\n\n| Rank | Story | Principles |\n| --- | --- | --- |\n| 1 | [slow checkout](#lab-1-slow-checkout-star-customer-obsession) | Deliver Results, Invent/Simplify |\n| 2 | [the cache](#lab-9-the-cache) | a story told elsewhere |\n| 3 | [old laptops](#lab-2-old-laptops) | Think Big, with some luck |\n\n## Ownership\n\n- [old laptops](#lab-2-old-laptops)\n\n## Stories\n\n#### LAB-1-Slow-Checkout-star-customer-obsession\n**Situation:** Checkout took nine seconds for some users.\n**Action:** I profiled it and found a query run once per item in the cart.\n**Result:** Down to one second.\n\n#### LAB-2-Old-Laptops\n**Situation:** The lab needed twelve machines and had no budget.\n**Action:** I rebuilt retired laptops as test runners.\n**Result:** Saved the purchase.\n";
    let lines: Vec<&str> = notes.lines().collect();
    let tables = tables::linked_rows(&lines, &set);
    assert_eq!(tables.len(), 2);
    assert_eq!(tables[0].lines, (3, 12));
    assert_eq!(
        tables[1].rows.len(),
        1,
        "the row that names no principle links none"
    );
    let read = plan(notes, &set);
    let linked: Vec<Vec<&str>> = read
        .drafts
        .iter()
        .map(|d| d.story.principles.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        linked,
        [
            vec![
                "customer-obsession",
                "dive-deep",
                "deliver-results",
                "invent-and-simplify"
            ],
            vec!["frugality", "dive-deep", "ownership"],
        ]
    );
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let ignored: Vec<(usize, usize)> = read
        .ignored
        .iter()
        .filter(|i| i.reason == "a table of the stories' principles (linked)")
        .map(|i| i.lines)
        .collect();
    assert_eq!(ignored, [(3, 12), (16, 20)], "{:?}", read.skipped);
}

#[test]
fn a_story_that_sums_up_three_others_retells_none_of_them() {
    let set = principles::builtin();
    let stories = "## Stories\n\n### Story: The flaky payment test\n**LPs:** Dive Deep\n\nI found the payment test shared a clock with the ledger test and gave each its own clock. No failure in a month.\n\n### Story: Old laptops\n**LPs:** Frugality\n\nI rebuilt twelve retired laptops as test runners for the lab, with no budget. Saved the purchase of new machines.\n\n### Story: The slow checkout\n**LPs:** Customer Obsession\n\nI profiled checkout and removed a query run once per cart item. Nine seconds became one second for shoppers.\n\n";
    let arc = "### Story: My years in testing\n**LPs:** Think Big\n\nLooking back: the payment test shared a clock with the ledger test, so each got its own clock; twelve retired laptops became test runners for the lab with no budget; a query run once per cart item made checkout take nine seconds for shoppers.\n";
    let read = plan(&format!("{stories}{arc}"), &set);
    assert_eq!(read.drafts.len(), 4);
    assert!(read.duplicates.is_empty(), "{:?}", read.duplicates);
    // Retelling one of them, it is that one told again.
    let retold = "### Story: The clock again\n**LPs:** Earn Trust\n\nThe payment test shared a clock with the ledger test; I gave each its own clock and told the team. No failure in a month.\n";
    let read = plan(&format!("{stories}{retold}"), &set);
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert_eq!(pairs, [(0, 3)]);
    // Told four times, each telling shares words with the three others: one story.
    let first = &stories[..stories.find("### Story: Old laptops").unwrap()];
    let notes = format!(
        "{first}{retold}{}{}",
        retold
            .replace("again", "once more")
            .replace("the team", "my lead"),
        retold
            .replace("again", "a third time")
            .replace("the team", "the whole floor")
    );
    let read = plan(&notes, &set);
    assert_eq!(read.duplicates.len(), 6, "{:?}", read.duplicates);
}

#[test]
fn a_guides_counted_example_is_its_own_and_a_writers_is_theirs() {
    assert!(counted_example("Example 2: Failure & Learning"));
    assert!(counted_example("Example: STAR in Action"));
    assert!(counted_example("**Sample 1 — The outage**"));
    assert!(!counted_example("Examples of strong answers"));
    assert!(!counted_example("Example"));
    let set = principles::builtin();
    let story = "### Example 1: The midnight outage\n\n**Situation:** Our payments queue stopped at midnight during a sale.\n**Action:** I rolled back the release and replayed the stuck messages by hand.\n**Result:** Every order went through by morning.\n";
    let guide = format!(
        "# Behavioural rounds\n\nYou should prepare six stories before the loop. Practise each one aloud until you can tell it in two minutes, and keep your numbers ready.\n\n{story}"
    );
    let read = plan(
        &format!(
            "{guide}\n### The stuck deploy\n\nLast spring I found our deploy stuck on a lock nobody owned. I released it, wrote down who owns it, and we shipped that night.\n"
        ),
        &set,
    );
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The stuck deploy"]);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a guide's worked example, not your own story"),
        "{:?}",
        read.skipped
    );
    // The same story in notes that advise no one is the writer's own.
    let own = format!("# My stories\n\n{story}");
    assert_eq!(plan(&own, &set).drafts.len(), 1);
}

#[test]
fn a_question_the_writer_puts_to_their_own_answer_is_no_interview_question() {
    assert!(self_check("[ ] Did I stay under 3 minutes?"));
    assert!(self_check("Was my Action section the longest part?"));
    assert!(self_check("Could I go deeper if probed?"));
    assert!(!self_check("Did you ever miss a deadline?"));
    assert!(!self_check("Tell me about a time you failed?"));
    assert!(!self_check("[ ] How did you handle a late vendor?"));
    assert!(self_check("[ ] Stayed under three minutes?"));
    assert!(!self_check("Did the launch slip?"));
    let set = principles::builtin();
    let notes = "### Self-evaluation checklist\n\nAfter each practice attempt, score yourself:\n\n- [ ] Did I stay under three minutes?\n- [ ] Did I say \"I\" throughout (not \"we\")?\n- [ ] Was my Action the longest part?\n- [ ] Did I explain **why** I picked my approach?\n- [ ] Could I go two levels deeper if probed?\n- [ ] Tell me about a time you missed a deadline?\n\n### After the loop\n\nWrite down what they asked while you still remember it.\n";
    let read = plan(notes, &set);
    let asked: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(asked, ["[ ] Tell me about a time you missed a deadline?"]);
    let checks: Vec<usize> = read
        .skipped
        .iter()
        .filter(|s| s.reason.starts_with("a check of your own answer"))
        .map(|s| s.lines.0)
        .collect();
    assert_eq!(checks, [5, 6, 7, 8, 9], "{:?}", read.skipped);
    // In the notes' order with what else was set aside.
    assert!(
        read.skipped.is_sorted_by_key(|s| s.lines.0),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_list_of_stories_named_in_bold_under_a_heading_over_stories_is_a_draft_each() {
    assert_eq!(
        named_item("1. **Billing migration** — moved forty services in a quarter"),
        Some(("Billing migration", "moved forty services in a quarter"))
    );
    assert_eq!(
        named_item("- **The outage:** I led the rollback that night"),
        Some(("The outage", "I led the rollback that night"))
    );
    assert_eq!(named_item("- **Tips** — be brief"), None);
    assert_eq!(
        named_item("- Billing migration — moved forty services"),
        None
    );
    assert!(over_stories("My stories"));
    assert!(over_stories("Raw material → turn into STAR later"));
    assert!(!over_stories("Questions to have ready"));
    assert!(!over_stories("STAR method"));
    let set = principles::builtin();
    let list = "1. **Billing migration** — moved forty services to the new billing API in a quarter, no downtime.\n2. **The launch outage** — I led the rollback and wrote the postmortem the same night.\n3. **Pairing with Ana** — weekly pairing for a quarter.\n   - she now owns the release train\n";
    let read = plan(&format!("# Prep\n\n## My stories\n\n{list}"), &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Billing migration", "The launch outage", "Pairing with Ana"]
    );
    let lines: Vec<(usize, usize)> = read.drafts.iter().map(|d| d.lines).collect();
    assert_eq!(lines, [(5, 5), (6, 6), (7, 8)]);
    assert!(
        read.drafts[2]
            .story
            .notes
            .contains("owns the release train")
    );
    // An item that names no story: the list is not read as stories, and no word of it
    // is lost.
    let mixed = plan(
        "## My stories\n\n- **Billing migration** — moved forty services in a quarter.\n- and one plain line that names nothing\n",
        &set,
    );
    assert!(
        mixed
            .drafts
            .iter()
            .any(|d| d.all_text().contains("one plain line"))
            || mixed
                .skipped
                .iter()
                .any(|s| s.text.contains("one plain line")),
        "{mixed:?}"
    );
    assert!(
        read.drafts
            .iter()
            .all(|d| d.story.principles.len() == 1 && d.guessed)
    );
    assert_eq!(
        read.warnings.len(),
        3,
        "each guess is said: {:?}",
        read.warnings
    );
    // Slots the reader is told how to fill are no stories yet.
    let slots = "## Story slots to fill\n\n1. **Hardest bug** — must include your debugging method, not just your fix.\n2. **Learned fast** — emphasize the loop you used and your deadline.\n3. **Proud of** — lead with your number, then how you got it.\n";
    assert!(plan(slots, &set).drafts.is_empty());
    // A label under the heading (`### Result`, a list under it) is read with the
    // region as before: the label's line is in a draft or the report.
    let labelled = plan(
        &format!(
            "## My stories\n\n{list}\n### Result\n\n- **Launch** — every one of them shipped on time\n"
        ),
        &set,
    );
    let at = 2 + list.lines().count() + 2;
    let covers = |lines: (usize, usize)| lines.0 <= at && at <= lines.1;
    assert!(
        labelled.drafts.iter().any(|d| covers(d.lines))
            || labelled.skipped.iter().any(|s| covers(s.lines))
            || labelled.ignored.iter().any(|s| covers(s.lines)),
        "line {at}: {labelled:?}"
    );
    // Under a heading that is not over stories, such a list is not read so.
    assert!(plan(&format!("## Projects\n\n{list}"), &set).drafts.len() <= 1);
}

#[test]
fn a_remark_on_numbered_stories_and_a_table_routing_questions_to_them() {
    assert_eq!(cited_story_numbers("Stories 2, 4 and 5 connect"), [2, 4, 5]);
    assert_eq!(cited_story_numbers("story 3 or 7, then"), [3, 7]);
    assert!(cited_story_numbers("user stories were late").is_empty());
    assert_eq!(heading_number("1 · The tool that was not ready"), Some(1));
    assert_eq!(heading_number("Story 2: Billing"), Some(2));
    assert_eq!(heading_number("2FA rollout"), None);
    let set = principles::builtin();
    let notes = "## 1 · The slow checkout\n\n**SITUATION**\nCheckout took nine seconds for some users.\n\n**ACTION**\nI profiled it and found a query run once per cart item.\n\n**RESULT**\nDown to one second.\n\n## 2 · The old laptops\n\n**SITUATION**\nThe lab needed twelve machines and had no budget.\n\n**ACTION**\nI rebuilt retired laptops as test runners.\n\n**RESULT**\nSaved the purchase.\n\n## 3 · The pager rota\n\nLike story 1, I measured first: I counted the pages each of us took for a month, then I moved the noisy alerts to business hours.\n\n## 4 · The vendor call\n\nStories 4 and 1 share a lesson. I called the vendor myself, read their logs with them, and we found the retry storm together.\n\n## How they connect\n\nStories 1 and 2 connect: I learned to measure first, then I applied it to the lab.\n\n## Coverage\n\n| Skill | Stories |\n| --- | --- |\n| Measuring first | 1, 2 |\n\n## Questions, routed\n\n| They ask | You use |\n| --- | --- |\n| Saved money with what you had | **2** — the laptops |\n| Dug into data nobody checked | **1** — the checkout |\n| Earned the trust of an angry customer | **1** — the checkout |\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    assert!(
        read.skipped.iter().any(
            |s| s.reason == "a remark on stories told elsewhere in the notes, by their numbers"
        ),
        "{:?}",
        read.skipped
    );
    assert_eq!(
        read.drafts[0].story.questions,
        [
            "Dug into data nobody checked",
            "Earned the trust of an angry customer"
        ]
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Saved money with what you had"]
    );
    // Their principles guessed from their words give way to their questions'.
    let first_principles: Vec<&str> = read
        .drafts
        .iter()
        .map(|d| d.story.principles[0].as_str())
        .collect();
    assert_eq!(first_principles[..2], ["dive-deep", "frugality"]);
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("'Saved money with what you had' names no principle")),
        "{:?}",
        read.warnings
    );
    assert!(
        read.ignored
            .iter()
            .any(|i| i.reason == "a table of questions and the stories that answer them (linked)")
    );
    // Two stories given one number: the question goes to neither.
    let twice = "## 2 · The old laptops\n\n**SITUATION**\nThe lab needed twelve machines.\n\n**ACTION**\nI rebuilt retired laptops as test runners.\n\n## 2 · The spare racks\n\n**SITUATION**\nBuilds were slow.\n\n**ACTION**\nI moved them onto racks another team had left idle.\n\n## Routed\n\n| Question | Story |\n| --- | --- |\n| Saved money with what you had | 2 |\n";
    let read = plan(twice, &set);
    assert_eq!(read.drafts.len(), 2);
    assert!(read.drafts.iter().all(|d| d.story.questions.is_empty()));
}

#[test]
fn a_sentence_that_says_it_names_principles_links_every_name_in_it() {
    let set = principles::builtin();
    assert_eq!(
        principles_said(
            "We shipped on time. I noticed that ownership and customer obsession and earn trust are the critical leadership principals of Amazon.",
            &set
        ),
        ["ownership", "customer-obsession", "earn-trust"]
    );
    // Names in a sentence that does not say it names principles are words of the story.
    assert!(principles_said("I took ownership of the frugality budget.", &set).is_empty());
    let notes = "## Team project arrangement\n\n**Situation**: In my first semester our team of three had to build a booking system in Java.\n\n**Action**: I set up a meeting, walked them through my code and wrote a shared document of the classes.\n\n**Result**: We finished on time. I learned that ownership and earn trust are the principles I want to keep.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(read.drafts[0].story.principles, ["ownership", "earn-trust"]);
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
}

#[test]
fn emoji_inside_a_labels_marks_and_a_questions_answer_labelled_a() {
    assert!(matches!(
        split_label("**📋 S** : We ran the lab on old laptops."),
        Some((
            Label::Part(Part::Situation),
            "We ran the lab on old laptops."
        ))
    ));
    assert!(matches!(
        split_label("**👔  A** : I rebuilt them as test runners."),
        Some((Label::Part(Part::Action), "I rebuilt them as test runners."))
    ));
    assert!(answer_letter("* **A** : DevOps is a culture."));
    assert!(answer_letter("A: it is a culture"));
    assert!(!answer_letter("**Action**: I rebuilt them."));
    let set = principles::builtin();
    // `Q` then `A`: the question and its answer in general; then the story in STAR.
    let notes = "# Question 1\n\n* **Q** : What is continuous integration?\n\n* **A** : Merging small changes often, each built and tested.\n\n**📋 S** : Our lab merged once a week and every merge broke something.\n\n**📌 T** : I was asked to make merges safe.\n\n**👔 A** : I set up a pipeline that built and tested every push.\n\n**💡 R** : Merges stopped breaking the build.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.questions, ["What is continuous integration?"]);
    assert_eq!(
        story.part(Part::Action).trim(),
        "I set up a pipeline that built and tested every push."
    );
    assert!(story.notes.contains("Merging small changes often"));
    assert_eq!(
        story.title,
        "Our lab merged once a week and every merge broke something"
    );
}

#[test]
fn a_heading_that_numbers_a_question_is_no_title() {
    assert!(walk::question_place("Question 3"));
    assert!(walk::question_place("Q3"));
    assert!(walk::question_place("Question #2"));
    assert!(!walk::question_place("Questions"));
    assert!(!walk::question_place("Quarterly review 2"));
}

#[test]
fn what_the_writer_is_and_can_do_is_no_story() {
    assert!(says_what_i_am(
        "- I am a calm person under pressure\n- I am an experienced developer\n- I can explain hard things simply\n- I work for the problem, not the hours"
    ));
    // A story says what happened: "I led", "I was".
    assert!(!says_what_i_am(
        "I am on call this week. I led the rollback last night and I can tell you it was close. I am tired."
    ));
    assert!(!says_what_i_am("I am an experienced developer."));
    let set = principles::builtin();
    let notes = "## Ownership\n\n- I am a calm person under pressure\n- I am an experienced developer\n- I can explain hard things simply\n- I work for the problem, not the hours\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "how the writer works in general, not a story")
    );
}

#[test]
fn questions_answered_in_html_details_blocks_are_read_as_markdown() {
    let set = principles::builtin();
    // Our own words: a question in each `<summary>`, its answer in a `<pre>` block with
    // labels in `<strong>`, one question answered twice, one about the person.
    let notes = "# Practice\n\n<details>\n  <summary>Why this company?</summary>\n  <pre>\n  \
        I like the product and I use it every day.\n  </pre>\n</details>\n<br>\n\n\
        <details>\n  <summary>Tell me about a time you went past what was asked.</summary>\n  <pre>\n  \
        <strong>SITUATION</strong>:  Our release notes were written by hand each week.\n  \
        <strong>TASK</strong>:       I was asked to fix one typo in them.\n  \
        <strong>ACT</strong>:        I wrote a script that builds them from the merged changes.\n  \
        <strong>RESULT</strong>:     Nobody has written them by hand since.\n  </pre>\n  <pre>\n  \
        <strong>SITUATION</strong>:  A user reported a slow page on the help site.\n  \
        <strong>TASK</strong>:       I fixed the one page.\n  \
        <strong>ACT</strong>:        I also cached the other forty pages built the same way.\n  \
        <strong>RESULT</strong>:     The whole site loaded in half the time.\n  </pre>\n</details>\n<br>\n";
    let read = plan(notes, &set);
    let summary: Vec<(&str, &str, Vec<&str>)> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.part(Part::Situation).trim(),
                d.story.part(Part::Action).trim(),
                d.story.questions.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let asked = vec!["Tell me about a time you went past what was asked."];
    assert_eq!(
        summary,
        [
            (
                "Our release notes were written by hand each week.",
                "I wrote a script that builds them from the merged changes.",
                asked.clone()
            ),
            (
                "A user reported a slow page on the help site.",
                "I also cached the other forty pages built the same way.",
                asked
            ),
        ],
    );
    // The lines that only held tags are in the ignored list, as written.
    assert!(
        read.ignored.iter().any(|s| s.reason
            == "the HTML tags around a question and its answer, read as Markdown"
            && s.text.contains("<pre>")),
        "{:?}",
        read.ignored
    );
    // The report quotes what it skipped as written, tags and all.
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text == "<summary>Why this company?</summary>"),
        "{:?}",
        read.skipped
    );
}

#[test]
fn steps_lettered_a_b_c_are_not_a_story_s_parts() {
    let set = principles::builtin();
    // Our own words: a way to decide, lettered, then the story told in parts.
    let notes = "## Are Right, A Lot\n\n### Tell me about a decision made without all the data.\n\n\
        **A**: Say what the decision is for\n**B**: Gather what can be had in a day\n\
        **C**: Name what would change my mind\n\n\
        **Situation**: The vendor's figures were a month late.\n\
        **Action**: I decided on last year's figures and said which number would undo it.\n\
        **Result**: The figures came; nothing had to be undone.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(Part::Action).trim(),
        "I decided on last year's figures and said which number would undo it."
    );
    assert!(story.notes.contains("Gather what can be had"), "{story:?}");
    // One line alone with an A is still the Action.
    assert!(matches!(
        split_label("**A**: I decided on last year's figures."),
        Some((Label::Part(Part::Action), _))
    ));
    assert!(matches!(
        split_label("ACT: I wrote the script."),
        Some((Label::Part(Part::Action), _))
    ));
}

#[test]
fn a_worksheet_routes_its_questions_to_the_story_it_leads_with() {
    let set = principles::builtin();
    // Our own words: stories called by letters, then a worksheet whose blank is written
    // with escaped marks, and a pointer whose label has a remark after a comma.
    let notes = "# Stories\n\n## STORY A · The night build\n**LPs:** Ownership\n\n\
        - **S:** The night build failed most mornings.\n- **A:** I split it into stages.\n- **R:** Green for a year.\n\n\
        ## STORY B · The vendor\n**LPs:** Earn Trust\n\n\
        - **S:** A vendor missed three dates.\n- **A:** I met them weekly and wrote down each promise.\n- **R:** They met the fourth.\n\n\
        # Worksheet\n\n## Ownership\n**Sample questions:**\n\n\
        1. Tell me about a time you took on something nobody owned.\n\n\
        **Lead with:** **Story A** (the build). **Backup:** Story B (the vendor).\n\
        **Your own example (optional):** \\*\\*\\*\\_\\_\\_\\*\\*\\*\n\n\
        ## Earn Trust\n**Sample questions:**\n\n\
        1. Tell me about a time you won back someone's trust.\n\n\
        **Lead with, the pair:** **Story B** (the vendor).\n";
    let read = plan(notes, &set);
    let summary: Vec<(&str, Vec<&str>)> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.questions.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "The night build",
                vec!["Tell me about a time you took on something nobody owned."]
            ),
            (
                "The vendor",
                vec!["Tell me about a time you won back someone's trust."]
            ),
        ],
    );
    assert_eq!(
        story_marker("STORY A · The night build").as_deref(),
        Some("A")
    );
    assert_eq!(story_marker("Story 12: Billing").as_deref(), Some("12"));
    assert_eq!(story_marker("Story about the vendor"), None);
}

#[test]
fn an_interviewer_s_view_of_candidates_and_a_line_counting_a_list_are_no_stories() {
    let set = principles::builtin();
    // Our own words: under a principle, a line counting the list after it, and what an
    // interviewer looks for, in the present.
    let notes = "## Frugality\n\n\
        Cut the build farm's bill by a third with spot machines.\n\n\
        Two that matter most\n\n\
        * Dive Deep: I look for those who check the numbers themselves.\n\
        * Ownership: I ask what the candidate did when nobody asked them to.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 1, "{:?}", read.skipped);
    assert!(titles[0].starts_with("Cut the build farm"), "{titles:?}");
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a line that counts the items of the list after it, not a story")
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "what interviewers look for in a candidate, not a story")
    );
    // A reminder of a hiring story speaks of candidates too, and is kept.
    let hiring = plan(
        "## Hire and Develop the Best\n\nInterviewed forty candidates and wrote the rubric we still use.\n",
        &set,
    );
    assert_eq!(hiring.drafts.len(), 1, "{:?}", hiring.skipped);
    // So is one that says what the writer looks for beside what they did.
    let told = plan(
        "## Hire and Develop the Best\n\nI look for those who ask questions; I interviewed forty candidates and hired two who did.\n",
        &set,
    );
    assert_eq!(told.drafts.len(), 1, "{:?}", told.skipped);
}

#[test]
fn a_list_of_questions_with_a_line_under_each_holds_the_stories_its_answers_recall() {
    let set = principles::builtin();
    // Our own words: no heading at all; sample questions, each with a line under it.
    let notes = "Notes for the loop.\n\n**Sample questions:**\n\
        1. Why do you want to work here?\n\t* I liked the way the teams wrote things down when I visited\n\
        2. Tell me about a time you missed a deadline.\n\ta. Missed the launch at the food bank, Frugality, next time I shipped the rota app early\n\
        3. Tell me about a time you took a big risk.\n\ta. Bias For Action\n\
        4. How do you check that your numbers are right?\n";
    let read = plan(notes, &set);
    let drafts: Vec<(&str, Vec<String>, Vec<String>)> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.notes.trim(),
                d.story.principles.clone(),
                d.story.questions.clone(),
            )
        })
        .collect();
    assert_eq!(
        drafts,
        [(
            "Missed the launch at the food bank, Frugality, next time I shipped the rota app early",
            vec!["frugality".to_string()],
            vec!["Tell me about a time you missed a deadline.".to_string()],
        )],
    );
    // Named in the answer, the principle is the writer's, not a guess.
    assert!(!read.drafts[0].guessed);
    // The question whose line names only a principle is the person's own, for it.
    let own: Vec<(&str, &str)> = read
        .questions
        .iter()
        .map(|q| (q.principle.as_str(), q.question.as_str()))
        .collect();
    assert_eq!(
        own,
        [(
            "bias-for-action",
            "Tell me about a time you took a big risk."
        )]
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.trim() == "a. Bias For Action")
    );
    // The answer about the person and the unanswered question are skipped, not lost.
    assert!(read.skipped.iter().any(|s| {
        s.text
            .contains("I liked the way the teams wrote things down")
    }));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("numbers are right"))
    );
    // Without an answer that recalls what happened, the list is skipped whole.
    let hints = plan(
        "**Sample questions:**\n1. Tell me about a time you took a big risk.\n\ta. Bias For Action\n2. Tell me about a time you cut costs.\n\ta. Frugality\n",
        &set,
    );
    assert!(
        hints.drafts.is_empty() && hints.questions.is_empty(),
        "{hints:?}"
    );
}

#[test]
fn a_brief_of_the_writer_s_project_in_the_present_is_no_story() {
    let set = principles::builtin();
    // Our own words: what the project is and how the team works, in the present, with
    // one thing that happened.
    let notes = "## My project\n\nOur platform moves parcels between depots. I was moved onto it last spring and we rebuilt the depot service. \
        We use queues between the services and we also use a workflow engine for the long steps. \
        We deploy each service on its own. We keep the logs in one place and we alert on the queue depth. \
        I own the depot service and I review the others' changes.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(describes_work(notes));
    // A story with its context in the present is still a story.
    let story = "We use queues between the services. I found the depot queue had stalled, \
        I traced it to a lock, I removed it and we shipped the fix the same night.";
    assert!(!describes_work(story));
    // A checklist of questions to the writer's own answer states nothing.
    assert!(!describes_work(
        "Did I stay under three minutes? Could I go deeper? Do I end on the result? Can I say it in two minutes? Would I tell it again?"
    ));
    assert!(recalls_event(
        "Failed the first time, next time I succeeded"
    ));
    assert!(!recalls_event("Jeff founded it in 1994"));
    assert!(!recalls_event("I like the culture"));
}

#[test]
fn questions_answered_one_after_another_in_notes_that_tell_no_story_around_them() {
    let set = principles::builtin();
    // Our own words: questions in italics, each answered in the blocks after it, with
    // advice to the reader at the end; a list of several questions answers none.
    let notes = "### Practice questions\n\
        1. *Tell me about a time you had several ways to fix a problem.*\n\n\
        >Problem: The nightly export timed out on the old warehouse.  \n\
        >Options considered:\n- Split the export\n- Move it to the replica\n\
        >Outcome:\n- The export finishes in ten minutes now\n\n\
        2. *When did you disagree with a decision?*\n\n\
        - Our lead moved the release to a Friday. I disagreed and we moved it back to Tuesday.\n\n\
        5. *What would you tell a new hire?*\n\n\
        You should ask early; you will save a week if you do, as I learned when I waited and we missed the cut.\n\n\
        6. *Why do you want to work here?*\n\n\
        I visited the office last year and I liked the people.\n\n\
        3. *Describe a time you took the lead.*\n4. *Have you ever used data to decide?*\n\n\
        Then answer it out loud and you will see the gaps.\n\n\
        **PS:** When you answer, keep your focus on the question.\n";
    let read = plan(notes, &set);
    let drafts: Vec<(Vec<String>, bool, bool)> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.questions.clone(),
                !d.story.part(Part::Situation).trim().is_empty(),
                !d.story.part(Part::Result).trim().is_empty(),
            )
        })
        .collect();
    assert_eq!(
        drafts,
        [
            (
                vec!["Tell me about a time you had several ways to fix a problem.".to_string()],
                true,
                true
            ),
            (
                vec!["When did you disagree with a decision?".to_string()],
                false,
                false
            ),
        ],
        "{:?}",
        read.drafts
    );
    assert!(read.drafts.iter().all(|d| d.guessed));
    // The questions that nobody answers, and the advice, are skipped, not lost.
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Have you ever used data"))
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("keep your focus"))
    );
    // Advice to the reader under a question is no story, and no guess is said of it.
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("save a week")
                && s.reason == "advice to the reader, not a story")
    );
    assert!(
        !read.warnings.iter().any(|w| w.contains("new hire")),
        "{:?}",
        read.warnings
    );
    // In notes that advise their reader, an answer in quotation marks is a sample.
    let sample = plan(
        "## A guide\n\nYou should always answer with a story of your own.\n\n### An example\n\n\
         **Question:** *\"Tell me about a project that went wrong.\"*\n\n\
         > **Situation:** \"Our release slipped three weeks.\"\n>\n> **Result:** \"We shipped late.\"\n\n\
         You will be asked this in every loop, so prepare yours.\n\n\
         :::warning Common mistake\nDo not invent a happy ending.\n:::\n\n---\n\n## Next\n",
        &set,
    );
    assert!(sample.drafts.is_empty(), "{:?}", sample.drafts);
}

#[test]
fn an_answer_that_says_it_has_not_happened_is_no_story_and_disagreed_is_an_event() {
    let set = principles::builtin();
    let notes = "## Ownership\n\n### Tell me about a time you went above and beyond.\n\n\
        This hasn't happened to me yet, and honestly I hope it won't.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(not_happened("I honestly haven’t had that happen yet."));
    assert!(!not_happened("It happened twice last year."));
    // "-eed" in the past: "disagreed", "agreed" are events; "need" is not.
    assert!(tells_events(
        "I disagreed with the plan, and we agreed on a smaller one."
    ));
    assert!(!tells_events("I need a plan, and we exceed the budget."));
}

#[test]
fn an_answer_that_says_the_writer_is_not_sure_yet_is_no_story_and_its_question_is_kept() {
    let set = principles::builtin();
    let notes = "# My answers\n\n## Tell me about a time you missed a deadline.\n\n\
        - The conference demo slipped a week; I told the organisers early.\n\n\
        ## Tell me about a time you changed your mind.\n\n- Not sure yet what to say here\n\n\
        ## Describe a time you coached someone.\n\n- TBD\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("conference demo"));
    let own: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert!(
        own.iter().any(|q| q.contains("changed your mind")),
        "{own:?}"
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "says the writer has no story for it yet"
                && s.text.contains("Not sure"))
    );
    // "TBD" alone is no story either (read, like a question with nothing under it,
    // as no draft).
    assert!(!read.drafts.iter().any(|d| d.all_text().contains("TBD")));
    assert!(no_answer_yet("- No idea yet"));
    assert!(no_answer_yet("??"));
    assert!(!no_answer_yet("Not sure it held, so I shipped a fallback."));
    assert!(!no_answer_yet("To do the migration I wrote a script."));
    assert!(!no_answer_yet(
        "Not sure the plan would hold, so I built a fallback and it saved the launch."
    ));
    assert!(!no_answer_yet(
        "Unsure at first, I ran the numbers twice, found the leak and fixed it in a week, then wrote it up for the team."
    ));
}

#[test]
fn a_question_heading_marked_follow_up_is_the_story_above_s_follow_up() {
    let set = principles::builtin();
    let notes = "# Answers\n\n## Tell me about a time you fixed an outage.\n\n\
        **Situation**: The payments page went down on a Friday.\n\n\
        **Action**: I rolled back the release and paged the owner.\n\n\
        **Result**: We were back in twenty minutes.\n\n\
        ### What would you do differently? (follow up)\n\n\
        I would add an alarm on the error rate, so that no customer has to tell us.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.followups.len(), 1, "{story:?}");
    assert_eq!(
        story.followups[0].question,
        "What would you do differently?"
    );
    assert!(
        story.followups[0]
            .answer
            .contains("alarm on the error rate")
    );
    assert_eq!(
        followup_heading("Why did it take so long? (follow-up)"),
        Some("Why did it take so long?")
    );
    // A remark that is no follow-up, or a heading that asks nothing, is not one.
    assert_eq!(followup_heading("What went wrong? (the outage)"), None);
    assert_eq!(followup_heading("Lessons (follow up)"), None);
}

#[test]
fn a_bold_question_with_an_answer_under_it_after_a_labelled_story_starts_the_next() {
    let set = principles::builtin();
    let notes = "# Interview answers\n\n\
        **Q: Describe a hard bug you fixed.**\n\n\
        Orders were sometimes charged twice. I traced it to a retry without a key.\n\n\
        Result: no double charge since.\n\n---\n\n\
        **Q: Tell me about a time you disagreed with your lead.**\n\n\
        I argued for a smaller first release. We shipped half the scope and learned from it.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("charged twice"));
    assert_eq!(
        read.drafts[0].story.questions,
        ["Describe a hard bug you fixed."]
    );
    assert!(read.drafts[1].story.notes.contains("smaller first release"));
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a time you disagreed with your lead."]
    );
    // The title is what happened, told before the result's label, not the result.
    assert!(
        read.drafts[0].story.title.starts_with("Orders were"),
        "{:?}",
        read.drafts[0].story.title
    );
    // Under a label over the story's questions, a question is the story's.
    let listed = plan(
        "## Ownership\n\n### The stale cache\n\n**Situation**: The cache served old prices.\n\n\
         **Result**: Fixed in a day.\n\n**Questions:**\n\n**Tell me about a time you owned a fix.**\n\n\
         I keep this one short.\n",
        &set,
    );
    assert_eq!(listed.drafts.len(), 1, "{:?}", listed.drafts);
    assert_eq!(
        listed.drafts[0].story.questions,
        ["Tell me about a time you owned a fix."]
    );
}

#[test]
fn an_answer_in_shorthand_to_a_question_that_asks_for_a_story_is_that_story() {
    let set = principles::builtin();
    let notes = "# Answers\n\n**Q: Tell me about a time you disagreed with your lead.**\n\n\
        I argued for a smaller release, and we shipped half the scope first. I was right \
        about the risk: the other half needed a redesign.\n\n\
        **Q: Tell me about a time you made something faster.**\n\n\
        The nightly export took two hours. Profiled it and found the row-by-row writes. \
        Rewrote them as one batch. Also cached the lookups. It finished in nine minutes.\n\n\
        **Q: Walk me through a project you led.**\n\n\
        The mobile checkout. Planned the milestones with design. Shipped it in one quarter. \
        Conversion went up four points.\n\n\
        **Q: What do you enjoy about your work?**\n\n\
        Solving puzzles. Learned that early. Moved teams twice for it. Stayed for the people.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 3, "{titles:?}");
    assert!(read.drafts[1].story.notes.contains("nightly export"));
    assert!(read.drafts[2].story.notes.contains("mobile checkout"));
    assert!(asks_for_story("Walk me through a project you led."));
    assert_eq!(
        past_sentences("Profiled it. Rewrote the job. It runs now."),
        2
    );
}

#[test]
fn an_example_under_a_heading_on_how_to_answer_is_the_guide_s_not_yours() {
    let set = principles::builtin();
    let guide = "# Interview guide\n\n## The STAR method\n\n### Example\n\n\
        Situation: Our builds were slow.\nTask: I was asked to speed them up.\n\
        Action: I cached the dependencies.\nResult: Builds took half the time.\n";
    let read = plan(guide, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "an example under a heading on how to answer, not your own story")
    );
    // Under a principle's heading, the writer's example is their story.
    let own = "## Frugality\n\n### Example\n\n\
        Situation: Our builds were slow.\nAction: I cached the dependencies.\nResult: Builds took half the time.\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
    assert!(sample_title("Sample answer"));
    assert!(!sample_title("Example: the slow builds"));
}

#[test]
fn stories_named_in_bold_after_a_sentence_that_leads_to_them_are_a_story_each() {
    let set = principles::builtin();
    let notes = "# Prep\n\n## Projects\n\nHave a short story ready for each:\n\n\
        - **Rebuilt the search index for the whole catalogue overnight** (`search-kit`) — moved it\n  \
        to a nightly job and cut the cost by half.\n\
        - **Made the call to drop the old client** (`client-v1`) — measured who still used it first.\n\n\
        ## Tips\n\n- Be brief.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 2, "{titles:?}");
    assert!(
        titles[0].starts_with("Rebuilt the search index"),
        "{titles:?}"
    );
    // The remark and the wrapped line are kept.
    assert!(
        read.drafts[0].story.notes.contains("search-kit"),
        "{:?}",
        read.drafts[0].story.notes
    );
    assert!(read.drafts[0].story.notes.contains("cut the cost by half"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason == "a lead-in to the stories under it")
    );
    // A sentence that leads to a list of things, saying no "story", is no such lead.
    let tools = "# Prep\n\n## Projects\n\nTools I used:\n\n\
        - **Search kit** (`search-kit`) — an index builder for the catalogue.\n\
        - **Client** (`client-v1`) — the old mobile client we kept.\n";
    let read = plan(tools, &set);
    assert!(
        !read
            .drafts
            .iter()
            .any(|d| d.story.title.starts_with("Search kit")),
        "{:?}",
        read.drafts
    );
}

#[test]
fn shorthand_answers_after_an_answer_about_the_writer_are_stories_of_their_own() {
    let set = principles::builtin();
    let notes = "# Interview prep\n\n## About my work\n\n**Q: Tell me about yourself.**\n\n\
        I build payment systems and I have led two teams. I moved to backend work in my \
        second year.\n\n**Q: Tell me about a time you made something faster.**\n\n\
        The nightly export of the ledger took two hours and held up the morning reports. \
        Profiled it and found the row-by-row writes to the spreadsheet. Rewrote them as one \
        batch. Also cached the currency lookups.\n\nResult: it finished in nine minutes.\n\n\
        **Q: Tell me about a decision you made that you regret.**\n\n\
        We picked a message queue nobody on the team knew, because it looked fast in a \
        benchmark. Ran it for a year. Replaced it after two outages that paged the whole \
        team at night. Learned to choose boring tools.\n\n**Q: Tell me about a time you disagreed with \
        your lead.**\n\nI argued for a smaller release, and we shipped half the scope first. \
        I was right about the risk: the other half needed a redesign.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "The nightly export of the ledger took two hours and held up",
            "We picked a message queue nobody on the team knew",
            "I argued for a smaller release"
        ]
    );
    // The answer about the writer is none.
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("payment systems"))
    );
}

#[test]
fn a_list_under_a_heading_that_says_the_writer_made_these_is_a_reminder_each() {
    let set = principles::builtin();
    let notes = "# Prep\n\n## Side projects I have built:\n\n\
        * price tracker-noticed the gap and filled it\n\
        * build cache-cut the wait in half\n\n\
        > Keep each one under two minutes.\n\n## Tips\n\n* smile\n* breathe\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles[0].starts_with("price tracker"), "{titles:?}");
    assert!(read.drafts.iter().all(|d| d.guessed));
    // The note beside the list is kept, skipped with its reason.
    assert!(read.skipped.iter().any(|s| s.text.contains("two minutes")
        && s.reason.contains("beside the list of the writer's work")));
    assert!(own_works("Things I've shipped"));
    assert!(own_works("Projects I built"));
    assert!(!own_works("What have I built?"));
    assert!(!own_works("Tools I use"));
    // A list of long sentences, or of one item, is no list of reminders.
    let long = "# Prep\n\n## Projects I built\n\n\
        * a price tracker that I wrote over a long weekend for my family and friends to use\n\
        * a build cache\n";
    assert!(
        plan(long, &set).drafts.is_empty(),
        "{:?}",
        plan(long, &set).drafts
    );
    let one = "# Prep\n\n## Projects I built\n\n* a build cache\n";
    assert!(
        plan(one, &set).drafts.is_empty(),
        "{:?}",
        plan(one, &set).drafts
    );
}

#[test]
fn a_heading_s_parent_is_the_nearest_higher_heading_above_outside_code_fences() {
    let lines = [
        "# Guide",
        "## STAR method",
        "```",
        "# not a heading",
        "```",
        "### Example",
        "## Tips",
        "### Example",
    ];
    let parents = super::walk::heading_parents(&lines);
    assert_eq!(parents[1], Some(0));
    assert_eq!(parents[3], None);
    assert_eq!(parents[5], Some(1));
    assert_eq!(parents[7], Some(6));
}

#[test]
fn the_first_line_of_a_fenced_block_is_kept_whatever_happens_to_the_text_before_it() {
    let set = principles::builtin();
    // The answer before the fence is no story; the fence's first line was read as
    // that answer's last, on the fence's own line, and lost with it.
    let notes = "Result: Not sure\n~~~\n1. **Zq** — moved the cache\n\
        Situation: I argued for less and we shipped half\n";
    let read = plan(notes, &set);
    let kept: String = read
        .drafts
        .iter()
        .map(|d| format!("{} {}", d.story.title, d.all_text()))
        .chain(
            read.skipped
                .iter()
                .chain(&read.ignored)
                .map(|s| s.text.clone()),
        )
        .collect();
    assert!(kept.contains("moved the cache"), "{read:?}");
    assert!(
        read.drafts.iter().any(|d| d.lines == (3, 4)),
        "{:?}",
        read.drafts
    );
    // Notes with no heading name no story's title in the warning: they say "the story
    // here", not ''.
    assert!(
        read.warnings.iter().all(|w| !w.contains("''")),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_table_of_questions_names_the_best_story_by_its_name_when_its_column_says_story() {
    let set = principles::builtin();
    let notes = "# Prep\n\n## Work\n\n### Moved the billing jobs to a queue\n\
        - **Situation:** Nightly billing ran late every month end.\n\
        - **Action:** I moved the jobs onto a queue with retries.\n\
        - **Result:** Month end closed a day earlier.\n\n\
        ### Mentored two new hires\n\
        - **Situation:** Two juniors joined in one week.\n\
        - **Action:** I paired with each daily for a month.\n\
        - **Result:** Both shipped on their own by week six.\n\n\
        ## Questions\n\n| Question | Best Story |\n|---|---|\n\
        | Tell me about a time you coached someone | New hires |\n\
        | Describe a process you fixed | Billing queue or new hires |\n\
        | Tell me about a failure | (none yet) |\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    let billing = &read.drafts[0].story;
    let hires = &read.drafts[1].story;
    // Of two names, each that names a story takes the question: either answers it.
    assert_eq!(
        hires.questions,
        [
            "Tell me about a time you coached someone",
            "Describe a process you fixed"
        ]
    );
    assert_eq!(billing.questions, ["Describe a process you fixed"]);
    // A column that does not say it names stories routes nothing by name.
    let other = notes.replace("Best Story", "What they look for");
    let read = plan(&other, &set);
    assert!(
        read.drafts.iter().all(|d| d.story.questions.is_empty()),
        "{:?}",
        read.drafts
    );
}

#[test]
fn a_story_named_too_long_for_its_title_keeps_the_questions_and_parts_under_its_name() {
    let set = principles::builtin();
    // Each heading's name is longer than a title may be: cut for the title, kept whole
    // in the notes. The name in the notes tells nothing yet: the questions under it
    // and the parts after them are that story's, not the start of another.
    let notes = "# Stories I tell\n\n## Story 1: Pushback / Disagreement — Arguing for a queue instead of direct calls\n\n**Best for:** \"Tell me about a time you disagreed with a colleague\" / \"How do you settle a technical argument?\"\n\n### Situation\nA colleague wanted every webhook sent by a direct call.\n\n### Task\nShow the team what that would cost when a partner was down.\n\n### Action\nI built a small queue with retries and showed the two side by side in a meeting.\n\n### Result\nWe kept direct calls for the minor hooks and the queue for payments.\n\n## Story 2: Unclear asks — Building the vendor service before anyone knew its rules\n\n**Question:** Tell me about a time the requirements were unclear?\n\n### Situation\nTwo insurers, and nobody could say which calls they offered.\n\n### Action\nI called each one's engineers and put them behind one interface.\n\n### Result\nBoth went live in the quarter.\n";
    let read = plan(notes, &set);
    let drafts: Vec<(&str, usize, bool, bool)> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.questions.len(),
                d.story.part(Part::Situation).contains("webhook")
                    || d.story.part(Part::Situation).contains("insurers"),
                d.story.notes.contains("direct calls") || d.story.notes.contains("its rules"),
            )
        })
        .collect();
    assert_eq!(
        drafts,
        [
            ("Pushback / Disagreement", 2, true, true),
            (
                "Unclear asks — Building the vendor service before anyone",
                1,
                true,
                true
            ),
        ]
    );
    assert!(read.questions.is_empty());
}

#[test]
fn a_question_under_a_long_story_name_is_that_storys_when_labelled_parts_follow() {
    let set = principles::builtin();
    let notes = "# Stories\n\n## Story 3: Cheap test rigs — Rebuilding retired laptops into runners for the lab\n\nTell me about a time you did more with less?\n\n**Situation:** The lab needed twelve machines and had no budget.\n**Action:** I rebuilt retired laptops as test runners.\n**Result:** The purchase was never needed.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.questions,
        ["Tell me about a time you did more with less?"]
    );
    assert!(story.part(Part::Situation).contains("twelve machines"));
    assert!(story.notes.contains("into runners for the lab"));
}

/// The labels a plan keeps among its ignored lines, with their lines.
fn ignored_labels(read: &ImportPlan) -> Vec<(usize, &str)> {
    read.ignored
        .iter()
        .filter(|s| s.reason == "a label before the question after it")
        .map(|s| (s.lines.0, s.text.as_str()))
        .collect()
}

#[test]
fn a_label_of_the_writers_own_before_a_question_is_kept_among_the_ignored_lines() {
    let set = principles::builtin();
    // A story's heading, then the questions it suits behind a label of the writer's
    // own, then its parts under headings: the questions are the story's, and the
    // label's words are kept, not dropped.
    let notes = "# Stories\n\n## The night the backups stopped\n\n**Good for:** \"Tell me about a time you caught a problem early\" / \"Describe an outage you handled\"\n\n### Situation\nThe nightly backup job had failed for a week without an alert.\n\n### Action\nI traced it to an expired key and added a check that pages on a missed run.\n\n### Result\nNo silent failure since.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(read.drafts[0].story.questions.len(), 2);
    assert_eq!(ignored_labels(&read), [(5, "**Good for:**")]);
}

#[test]
fn a_labelled_question_over_an_answer_keeps_its_label_too() {
    let set = principles::builtin();
    // Notes with no principle: a question behind a label, its answer under it, told
    // in the first person; then another.
    let notes = "# Interview prep\n\n## Answers\n\n**Likely opener:** Tell me about a time you disagreed with a decision?\n\nI argued against moving the release a week early because the migration had no rollback. I wrote the rollback first, showed the lead the risk, and we shipped four days later with no incident.\n\n**Likely opener:** Describe a time you learned something quickly?\n\nI had two weeks to learn the billing system before its owner left. I paired with him on three fixes and I took over the on-call rota the week he went.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2);
    assert_eq!(
        ignored_labels(&read),
        [(5, "**Likely opener:**"), (9, "**Likely opener:**")]
    );
}

#[test]
fn questions_listed_behind_labels_after_a_story_keep_their_labels() {
    let set = principles::builtin();
    // After a story told in labelled parts: its questions, a line each, each behind a
    // label; then a single one.
    let notes = "## Ownership\n\n**Situation:** Our test suite took an hour.\n**Action:** I split it across four runners and fixed the two tests that shared state.\n**Result:** Fifteen minutes.\n\n**Asked as:** Tell me about a time you fixed something nobody owned?\n**Or as:** Describe a slow process you sped up?\n\n**Also asked:** What would you do differently?\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.questions.len(),
        3,
        "{:?}",
        read.drafts[0].story.questions
    );
    assert_eq!(
        ignored_labels(&read),
        [
            (7, "**Asked as:**"),
            (8, "**Or as:**"),
            (10, "**Also asked:**")
        ]
    );
}

#[test]
fn a_labelled_question_skipped_with_its_advice_is_listed_once() {
    let set = principles::builtin();
    // The first answer is a story; the second is advice to the reader, skipped whole
    // with its label: the label is not listed again among the ignored lines.
    let notes = "# Interview prep\n\n## Answers\n\n**Likely opener:** Tell me about a time you disagreed with a decision?\n\nI argued against moving the release a week early because the migration had no rollback. I wrote the rollback first, showed the lead the risk, and we shipped four days later with no incident.\n\n**Likely opener:** How should you answer a question about failure?\n\nAlways pick a real failure. Say what you changed afterwards. Keep it under two minutes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(ignored_labels(&read), [(5, "**Likely opener:**")]);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.lines.0 == 9 && s.text.starts_with("**Likely opener:**")),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_labelled_question_answered_in_a_region_of_no_principle_keeps_its_label() {
    let set = principles::builtin();
    let notes = "# Prep\n\n## Backend round\n\n**Best for:** Tell me about a time you fixed a flaky test?\n\nI found two tests sharing one clock and I gave each its own. I ran the suite a hundred times and it passed every time.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you fixed a flaky test?"]
    );
    assert_eq!(ignored_labels(&read), [(5, "**Best for:**")]);
}

#[test]
fn a_labelled_question_where_a_part_begins_keeps_its_label() {
    let set = principles::builtin();
    // Under a principle, the Situation label alone, then the question the story
    // answers behind a label of its own.
    let notes = "## Dive Deep\n\n**Situation:**\n\n**Asked as:** Tell me about a time you found a root cause others missed?\n\nThe nightly report was wrong one day in thirty.\n\n**Action:** I compared the failing days and found they all crossed a daylight-saving change.\n\n**Result:** Fixed the date maths; no wrong report since.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you found a root cause others missed?"]
    );
    assert_eq!(ignored_labels(&read), [(5, "**Asked as:**")]);
}

#[test]
fn a_labelled_pair_of_questions_under_a_coded_story_name_keeps_its_label() {
    let set = principles::builtin();
    // A story known by a code and a name, the questions it suits behind a label, and
    // one line told in the first person.
    let notes = "# Notes\n\n### S001 Cache Queue — The nightly cache rebuild\n\n**Best for:** \"How do you handle a slow rebuild?\" / \"How do you handle a stale cache?\"\n\n**Watch out for**: I fixed the rebuild order and measured the cache hit rate every night.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(read.drafts[0].story.questions.len(), 2);
    assert_eq!(ignored_labels(&read), [(5, "**Best for:**")]);
}

#[test]
fn a_label_over_questions_each_answered_on_its_line_is_over_the_storys_follow_ups() {
    let set = principles::builtin();
    // After the result, a label of the writer's own over what the interviewer may ask
    // next, each question answered after a dash or an arrow (one asks twice), and a
    // note on them all: the story's notes, not its result.
    let notes = "## Ownership\n\n**Situation:** Our test suite took an hour.\n**Action:** I split it across four runners and fixed two tests that shared state.\n**Result:** Fifteen minutes.\n\n**Drill-downs to expect:**\n- *\"Why not buy faster machines?\"* — Cost: the runners were idle laptops.\n- \"Did the flaky tests come back? Ever?\" → No, not in three months.\n- *\"Who owned the suite before?\"* - Nobody; that was the problem.\n- **Keep it short:** one sentence each.\n\n**Learned:** Split a slow suite before buying hardware.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Result).starts_with("Fifteen minutes."));
    assert!(!story.part(Part::Result).contains("faster machines"));
    assert!(story.notes.contains("idle laptops") && story.notes.contains("three months"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text == "**Drill-downs to expect:**")
    );
    // A part's label after them starts that part, as after any label.
    assert!(story.part(Part::Learned).contains("slow suite"));
}

#[test]
fn an_aside_behind_a_label_under_a_story_name_tells_nothing_yet() {
    let set = principles::builtin();
    // The story's theme on a labelled line, then the questions it suits, then its
    // parts: one story, with its questions.
    let notes = "# My stories\n\n## Story 1: Untangling the release train\n\n**Theme**: Making a slow process fast without new people\n\n**When to use**: \"Tell me about a process you improved\" / \"Describe a time you removed a bottleneck\"\n\n**Situation**: Releases waited a week for a manual sign-off.\n\n**Action**: I automated the checks the sign-off repeated and kept a human only for the risky ones.\n\n**Result**: Releases went out the day they were ready.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Untangling the release train");
    assert_eq!(story.questions.len(), 2);
    assert!(story.notes.contains("without new people"));
}

#[test]
fn slots_of_the_writers_own_among_empty_labels_and_a_prompt_with_a_remark_make_no_draft() {
    let set = principles::builtin();
    // A template: a theme over empty labels, one of them the writer's own; a prompt
    // with a remark in brackets over empty labels.
    let notes = "# Story slots\n\n## A failure you caused\n\n- Situation:\n- Task:\n- Action:\n- Result:\n- What I'd change:\n\n## A time you said no to a request (scope or deadline)\n\n- Situation:\n- Action:\n- Result:\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    let asked: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert!(
        asked.contains(&"A time you said no to a request (scope or deadline)"),
        "{asked:?}"
    );
}

#[test]
fn two_parts_named_in_one_label_start_the_first() {
    let set = principles::builtin();
    let notes = "## Frugality\n\n**Situation:** The staging cluster cost as much as production.\n\n**Action & Result:**\nI scheduled it to sleep at night and at weekends; the bill fell by half.\n\n**Result and Learning:** Half the cost; idle is the first thing to cut.\n";
    let read = plan(notes, &set);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Action).contains("sleep at night"));
    assert!(story.part(Part::Result).contains("Half the cost"));
    assert!(!story.part(Part::Situation).contains("sleep"));
}

#[test]
fn an_arrow_from_a_storys_name_points_to_its_principle() {
    let set = principles::builtin();
    let tag = |h: &str| closing_name(h, &set);
    // "and", "&" and "the" are words of a name like any other.
    assert_eq!(
        tag("Coaching the new hires — Hire and Develop the Best").as_deref(),
        Some("hire-and-develop-the-best")
    );
    assert_eq!(
        tag("\"Coaching the new hires\" → Hire & Develop the Best").as_deref(),
        Some("hire-and-develop-the-best")
    );
    assert_eq!(
        tag("\"The flaky deploy\" → Earn Trust").as_deref(),
        Some("earn-trust")
    );
    // A story's heading: the name the arrow points from is its title; the principle
    // after the arrow is its first, those of its remark after it.
    let notes = "## My stories\n\n### Story 1 — \"The flaky deploy\" → Earn Trust (+ Dive Deep, Ownership)\n- **S:** Deploys failed one time in five and nobody trusted the pipeline.\n- **A:** I traced the failures to a shared cache and told the team what I had got wrong first.\n- **R:** No failed deploy in a month.\n";
    let read = plan(notes, &set);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The flaky deploy");
    assert_eq!(story.principles, ["earn-trust", "dive-deep", "ownership"]);
    // A remark that names one principle closes the heading too: the arrow's comes first.
    let one = notes.replace("(+ Dive Deep, Ownership)", "(+ Dive Deep)");
    let read = plan(&one, &set);
    assert_eq!(read.drafts[0].story.principles, ["earn-trust", "dive-deep"]);
}

#[test]
fn a_guides_instructions_are_no_story_though_labelled_as_parts() {
    let set = principles::builtin();
    // A guide to the principles: the principle's description behind a label, what it
    // means said to the reader, and how to prepare a story in labelled items that
    // instruct. None of it is the writer's story.
    let notes = "# The principles, explained\n\nFor each principle: what it means, and how you should prepare your answer. Read it before you practise.\n\n## Frugality\n\n**Amazon's description:** Accomplish more with less. We value resourcefulness.\n\n**In practice:**\nOne half is cost; the other is invention under a constraint. Bonus for showing what your team stopped paying for.\n\n**Questions that probe it:**\n- Tell me about a time you cut a cost.\n- Describe a time you did more with less.\n\n**How to prepare:**\n- Pick a real constraint.\n- Action: name the thing you cut and why you could. Show you kept the outcome.\n- Result: the money or time you saved.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    let reasons: Vec<&str> = read.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"the principle's definition, not a story"),
        "{reasons:?}"
    );
    assert!(read.skipped.iter().any(|s| {
        s.reason == "advice to the reader, not a story" && s.text.contains("under a constraint")
    }));
}

#[test]
fn empty_labels_in_another_language_and_a_heading_on_stars_structure_make_no_draft() {
    let set = principles::builtin();
    // Korean: "STAR structure" over the method's labels glossed, then a theme over
    // empty labels (situation, task, action, result).
    let notes = "# 행동 면접\n\n## STAR 구조\n\n- **Situation:** 배경과 맥락 (한두 문장)\n- **Action:** 내가 한 행동 (서너 문장)\n\n## 1. Ownership\n- 상황:\n- 임무:\n- 행동:\n- 결과:\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn a_parts_label_closed_by_a_full_stop_in_bold_starts_its_part() {
    assert_eq!(
        split_label("**Situation.** The release train ran weekly."),
        Some((
            Label::Part(Part::Situation),
            "The release train ran weekly."
        ))
    );
    assert_eq!(
        split_label("**R.** Releases went out daily."),
        Some((Label::Part(Part::Result), "Releases went out daily."))
    );
    // Not outside bold marks: `A. Tell me…` counts questions.
    assert_eq!(split_label("A. Tell me about a time you failed."), None);
    let set = principles::builtin();
    // A story in such labels, then what the interviewer may ask next, each answered on
    // its line: follow-ups, not questions with their answers glued on.
    let notes = "## 1. The weekly release train\n\n**Situation.** Releases waited a week for a manual sign-off.\n\n**Action.** I automated the checks the sign-off repeated.\n\n**Result.** Releases went out the day they were ready.\n\n**If they probe.**\n- *Why not drop the sign-off?* Two checks still needed a person.\n- *Who objected?* The release manager, until the first clean month.\n";
    let read = plan(notes, &set);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Action).contains("automated the checks"));
    let asked: Vec<(&str, &str)> = story
        .followups
        .iter()
        .map(|f| (f.question.as_str(), f.answer.as_str()))
        .collect();
    assert_eq!(
        asked,
        [
            (
                "Why not drop the sign-off?",
                "Two checks still needed a person."
            ),
            (
                "Who objected?",
                "The release manager, until the first clean month."
            )
        ]
    );
    assert!(story.questions.is_empty(), "{:?}", story.questions);
}

#[test]
fn a_word_joined_to_story_by_a_hyphen_and_a_story_of_the_same_shape_are_not_labels() {
    assert_eq!(
        story_heading("Story-to-question mapping (cheat sheet)"),
        "Story-to-question mapping (cheat sheet)"
    );
    assert_eq!(story_heading("Story - The vendor call"), "The vendor call");
    assert_eq!(
        same_as("Same shape as the billing migration; same shop."),
        None
    );
    assert_eq!(
        same_as("Same project as the billing migration, another angle.").as_deref(),
        Some("the billing migration")
    );
    let set = principles::builtin();
    // A table mapping questions in quotation marks to stories by number.
    let notes = "## 1. The weekly release train\n\n**Situation:** Releases waited a week.\n**Action:** I automated the checks.\n**Result:** Daily releases.\n\n## Map\n\n| Question style | Use story |\n|---|---|\n| \"Tell me about a process you sped up\" | 1 (release train) |\n";
    let read = plan(notes, &set);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a process you sped up"]
    );
}

#[test]
fn a_table_naming_stories_by_hash_and_number_routes_each_question() {
    let set = principles::builtin();
    let notes = "### Story 1 — The release train\n\n**Situation:** Releases waited a week.\n**Action:** I automated the checks.\n**Result:** Daily releases.\n\n### Story 2 — The vendor mix-up\n\n**Situation:** A vendor had the wrong part on an order.\n**Action:** I walked the rep through the spec and had it changed.\n**Result:** The right part arrived.\n\n## Questions\n\n| Question | Best Story |\n|---|---|\n| Tell me about a process you sped up | #1 — RT |\n| Tell me about a time you pushed back | #2 — VM |\n";
    let read = plan(notes, &set);
    let asked: Vec<&[String]> = read
        .drafts
        .iter()
        .map(|d| d.story.questions.as_slice())
        .collect();
    assert_eq!(
        asked,
        [
            ["Tell me about a process you sped up".to_string()].as_slice(),
            ["Tell me about a time you pushed back".to_string()].as_slice()
        ]
    );
}

#[test]
fn generated_is_said_of_the_writing_not_of_what_a_story_made() {
    assert!(says_generated("Machine-generated, not reviewed."));
    assert!(says_generated("These answers are AI-generated."));
    assert!(says_generated("AI-generated content: check every number."));
    assert!(!says_generated(
        "## Story 4 — Rejecting AI-Generated Test Suggestions"
    ));
    assert!(!says_generated(
        "Story: how we reviewed AI-generated pull requests"
    ));
}

#[test]
fn a_table_of_a_storys_parts_and_a_question_type_label_are_read() {
    let set = principles::builtin();
    let notes = "# Stories\n\n## 1. Rebuilding the nightly export\n\n**Commit:** `4f2a9c1`  \n**Question type:** \"Tell me about a time you fixed a slow process\" / \"Describe a rewrite you led\"\n\n| Element | Details |\n|---|---|\n| **Situation** | The nightly export took six hours and often missed the morning. |\n| **Task** | Get it under an hour without new hardware. |\n| **Action** | I profiled it, found one query per row, and batched the reads. |\n| **Result** | Forty minutes, every night since. |\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Situation).contains("six hours"));
    assert!(story.part(Part::Action).contains("batched the reads"));
    assert!(story.part(Part::Result).contains("Forty minutes"));
    assert_eq!(
        story.questions,
        [
            "Tell me about a time you fixed a slow process",
            "Describe a rewrite you led"
        ]
    );
}

#[test]
fn a_shorthand_story_with_a_you_or_two_and_the_questions_it_is_good_for_is_a_story() {
    let set = principles::builtin();
    // Notes written to oneself: parts in the past tense without "I", "your own team"
    // once, and a line of the questions the story suits (which speak to the one
    // answering).
    let notes = "# Story bank\n\n## #unblock — Unblocking the region build\n\n**Situation:** A deployment was blocked by failures in another team's pipeline.\n\n**Task:** Unblock it though the cause sat outside your own team.\n\n**Action:**\n- Traced the failure to a stale certificate.\n- Filed a ticket with the steps to reproduce it.\n- Paired with their engineer on the fix.\n\n**Result:** The build finished two days early.\n\n**Good for:** when you were blocked by another team, when you took on what was not yours, ownership beyond your team, \"how do you work with other teams?\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("stale certificate")
    );
}

#[test]
fn items_that_name_a_story_and_the_principles_under_it_are_stories() {
    let set = principles::builtin();
    // Stories listed under headings that name no principle, each a name with the
    // principles it shows on the lines under it (indented past a nested list, so that
    // Markdown reads them as more of the name's line); the second told at length,
    // indented six spaces (code, to Markdown), its parts as list items.
    let notes = "\
## Side projects

- Podcast notes: a weekly digest
      * Learn and Be Curious: Leaders keep learning.

## Work

- The billing cutover
      * Deliver Results: Leaders ship on time.
      * Deep Drive: Leaders stay close to the details.

      #### What I tell

      - Situation
            Invoices were computed twice a month by a script nobody owned.
      - Action
            I rewrote it as a service and ran both side by side for a cycle.
      - Result
            The two agreed to the cent and the script was retired.

- The flaky deploy
      * Bias for Action: Leaders act quickly.
";
    let read = plan(notes, &set);
    let drafts: Vec<(&str, &[String])> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.principles.as_slice()))
        .collect();
    assert_eq!(
        drafts,
        [
            (
                "Podcast notes: a weekly digest",
                &["learn-and-be-curious".to_string()][..]
            ),
            (
                "The billing cutover",
                &["deliver-results".to_string(), "dive-deep".to_string()][..]
            ),
            ("The flaky deploy", &["bias-for-action".to_string()][..]),
        ],
        "{:?}",
        read.skipped
    );
    let cutover = &read.drafts[1].story;
    assert!(cutover.part(Part::Situation).contains("twice a month"));
    assert!(cutover.part(Part::Action).contains("side by side"));
    assert!(cutover.part(Part::Result).contains("to the cent"));
    // The lines naming the principles are kept, with the lines read as structure.
    assert!(
        read.ignored
            .iter()
            .any(|s| s.lines == (9, 10) && s.text.contains("Deep Drive"))
    );
}

#[test]
fn one_line_under_a_name_names_its_principle_only_when_written_whole() {
    let set = principles::builtin();
    // "Results:" is an alias, and a word notes use for a story's outcome: under a
    // name alone it says what came of the project, not which principle it shows.
    let notes = "\
## Projects

- Search rewrite
  * Results: queries twice as fast
- Cache warmup
  * Results: no cold starts
";
    let read = plan(notes, &set);
    // A part's label is no story's name, whatever is listed under it.
    let parts = plan(
        "## Notes\n\n- Action\n  * Ownership: owned the rollout\n  * Deliver Results: shipped it\n",
        &set,
    );
    assert!(
        parts.drafts.is_empty()
            && parts
                .ignored
                .iter()
                .all(|s| !s.reason.contains("over stories")),
        "{:?}",
        parts.ignored
    );
    assert!(
        read.drafts.iter().all(|d| d.story.title != "Search rewrite"
            || d.story.principles.first().map(String::as_str) != Some("deliver-results")),
        "{:?}",
        read.drafts
    );
    assert_eq!(
        principle_led("* Deep Drive: Leaders stay close", &set),
        Some(("dive-deep".to_string(), false))
    );
    assert_eq!(
        principle_led("- Learn and Be Curious: always", &set),
        Some(("learn-and-be-curious".to_string(), true))
    );
    // One word a letter wrong is another word, not a name.
    assert_eq!(principle_led("* Frugal1ty: spent less", &set), None);
    assert_eq!(principle_led("* The rollout: went fine", &set), None);
}

#[test]
fn names_alone_in_a_paragraph_indented_whole_are_remarks_not_sections() {
    let set = principles::builtin();
    // Inside a story's Task, indented under it: two principles' names alone on their
    // lines, each with what the part shows under it. The story goes on to its Action.
    let notes = "\
## Notes

- Moving the reports to a queue
      * Ownership: Leaders own outcomes.
      * Frugality: Leaders do more with less.

      Task:
            Keep every report under five minutes on the same machines.

            Ownership:
                  No one else was going to fix the crashes.
                  Frugality:
                  No new hardware was bought.

      Action:
            I split the work into a queue and small workers.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Task).contains("five minutes"));
    assert!(story.part(Part::Action).contains("small workers"));
    assert!(
        read.skipped
            .iter()
            .all(|s| !s.reason.contains("description"))
    );
}

#[test]
fn a_principles_whole_name_alone_on_a_line_in_a_part_links_it() {
    let set = principles::builtin();
    let notes = "\
# Dive Deep

## The stale cache

**Situation:** Customers saw yesterday's prices after a schema change.

**Action:**
- I traced it to a cache that outlived the migration and flushed it.
- Earn Trust:
  I told the business team what had happened before they asked.

**Result:**
- Prices were right within the hour.
- Results:
  no refunds were needed.
- Curiosity:
  I read the cache library's source to see why.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    // The heading's principle first; the one the writer named in the part after it.
    // "Results:" is a label of the part, and "Curiosity:" an alias, a word notes use:
    // neither is a principle named.
    assert_eq!(read.drafts[0].story.principles, ["dive-deep", "earn-trust"]);
}

#[test]
fn an_answer_quoted_under_an_item_is_read_by_its_labels() {
    let set = principles::builtin();
    // A question's heading, a line saying which principles the answer shows (names in
    // quotation marks among prose), and the answer quoted under that line.
    let notes = "\
### Practice

#### 1.4 **Tell me about a time you missed a deadline**
- This relates to \"Deliver Results\" and \"Ownership.\" It was my first missed date.

  > **Situation:**
  > Our export for the auditors slipped a week because a vendor feed changed format.
  >
  > **Action:**
  > I told the auditors the new date the same day and wrote a parser for both formats.
  >
  > **Result:**
  > The export shipped six days late and no audit step was missed.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Situation).contains("vendor feed"));
    assert!(story.part(Part::Action).contains("both formats"));
    assert!(story.part(Part::Result).contains("six days late"));
    assert!(
        story.title.starts_with("Our export for the auditors"),
        "{}",
        story.title
    );
    assert_eq!(story.principles, ["deliver-results", "ownership"]);
    assert_eq!(
        story.questions,
        ["Tell me about a time you missed a deadline"]
    );
}

#[test]
fn names_in_quotation_marks_are_principles_named_in_order() {
    let set = principles::builtin();
    assert_eq!(
        principles_quoted(
            "This aligns with \u{201c}Ownership\u{201d} and \"Bias for Action.\" More.",
            &set
        ),
        ["ownership", "bias-for-action"]
    );
    // A short name people use, whole ("Simplify"); not a fragment ("cust") or a
    // phrase whose word only begins like a name's ("a disagreement").
    assert_eq!(
        principles_quoted("It shows \"Simplify\" (fewer steps).", &set),
        ["invent-and-simplify"]
    );
    assert!(principles_quoted("The column was \"cust\", not \"customer_id\".", &set).is_empty());
    assert!(principles_quoted("Use it for \"a disagreement\" questions.", &set).is_empty());
    // A word of two principles' names names neither.
    assert!(principles_quoted("We aimed for \"Best\" in class.", &set).is_empty());
}

#[test]
fn a_section_number_with_a_dot_in_it_is_no_word_of_the_heading() {
    assert_eq!(heading_title("2.19 Why Amazon?").0, "Why Amazon?");
    assert_eq!(
        heading_title("4.2. The cache that lied").0,
        "The cache that lied"
    );
    assert!(about_the_person(
        &heading_title("2.21 Why are you leaving?").0
    ));
    // A number after the dot and a space is the heading's own.
    assert_eq!(
        heading_title("3. 200 servers in a weekend").0,
        "200 servers in a weekend"
    );
    // "解题法", a way of solving: a heading over how to answer, as "方法" is.
    assert!(about_answering("STAR 解题法"));
    assert!(!about_answering("项目经历"));
}

#[test]
fn a_tag_in_brackets_before_a_storys_name_is_a_remark() {
    assert_eq!(
        heading_title("[Impact / Ownership] Rota tool — one click to swap shifts"),
        (
            "Rota tool — one click to swap shifts".to_string(),
            Some("[Impact / Ownership]".to_string())
        )
    );
    // A tag and a remark, no name: the title comes from the story's own words.
    assert_eq!(
        heading_title("[Failure] (draft, check the dates)"),
        (
            String::new(),
            Some("[Failure] (draft, check the dates)".to_string())
        )
    );
    // A slot alone is still a slot.
    assert_eq!(heading_title("[Topic]").0, "[Topic]");
    let set = principles::builtin();
    let notes = "\
# Stories

### [Conflict] *(draft: swap in a real one)*
**S:** *(Pick one you can defend.)* The release train and the data team both wanted the Friday slot.
**A:** I split the slot and moved our migration to Monday.
**R:** Both shipped; nobody waited a week.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0].story.title.starts_with("The release train"),
        "{}",
        read.drafts[0].story.title
    );
}

#[test]
fn a_part_named_with_its_own_letter_is_its_label() {
    let set = principles::builtin();
    let notes = "\
# Dive Deep

## The stuck invoices

**Situation (S):** Invoices stopped at \"pending\" for one region only.

**Action (A):** I compared the two regions' queues and found a consumer pinned to an old schema.

**Result (R):** Redeployed it; the backlog cleared in an hour.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Situation).starts_with("Invoices stopped"));
    assert!(story.part(Part::Action).contains("old schema"));
    assert!(story.part(Part::Result).contains("backlog cleared"));
}

#[test]
fn an_answer_inside_html_wrappers_keeps_the_prompt_above_it() {
    let set = principles::builtin();
    // A prompt, then the answer folded inside `<details>` and a `<div>`: the markup
    // around it is no note, and the prompt is the story's question.
    let notes = "\
# Practice

## Disagreeing on the cache

> **Prompt:** *\"Tell me about a time you disagreed with a teammate.\"*

<details><summary>Full STAR-L answer (2 min)</summary>
<div class=\"body\">

**S:** A teammate wanted to cache every lookup for a day.

**A:** I showed him the three fields that changed hourly and we cached the rest.

**R:** Hit rate stayed at 90% and no stale prices reached the shop.

</div></details>
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you disagreed with a teammate."]
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
    assert!(answer_form("Full STAR-L answer"));
    assert!(!answer_form("STAR L"));
}

#[test]
fn first_person_words_in_a_tables_cells_are_no_account() {
    let set = principles::builtin();
    // Advice and a matrix naming which story fits which competency: the cells say
    // "I" in fragments, but nothing is told.
    let notes = "\
## The matrix

Prepare six stories and rehearse each until it takes ninety seconds.

| Competency | Primary story | Backup |
| --- | --- | --- |
| Ambiguity | The launch with no metric: I defined the eval | Scope cut I proposed |
| Conflict | Refused a model that could not ship | What I conceded, what I held |
";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn a_principles_name_read_as_a_heading_is_kept_with_the_structure() {
    let set = principles::builtin();
    // Names pasted as plain lines, one with nothing under it but the next name.
    let notes = "\
Ownership
- Took over the orphaned billing cron
Deliver Results
Frugality
- Cut the staging bill by sharing one cluster
";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Took over the orphaned billing cron",
            "Cut the staging bill by sharing one cluster"
        ]
    );
    // Each name is kept, the one over nothing too (its words were in no list).
    let kept: Vec<&str> = read
        .ignored
        .iter()
        .filter(|s| s.reason.contains("principle's name alone"))
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(kept, ["Ownership", "Deliver Results", "Frugality"]);
}

#[test]
fn a_details_summary_naming_a_telling_gives_no_title_and_its_markup_is_kept() {
    let set = principles::builtin();
    let notes = "\
# Ownership

<details><summary>Full STAR answer (90 s)</summary>
<div class=\"answer\">

**Situation:** The nightly export had no owner after a reorg.

**Action:** I took it over and wrote its runbook.

</div></details>
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0].story.title.starts_with("The nightly export"),
        "{}",
        read.drafts[0].story.title
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.lines == (3, 4) && s.text.contains("<div class=\"answer\">")),
        "{:?}",
        read.ignored
    );
}

#[test]
fn a_sample_answers_heading_says_so_in_other_languages_too() {
    for heading in [
        "Пример ответа",
        "Ejemplo de respuesta",
        "Exemple de réponse",
        "Beispielantwort",
        "回答例",
        "답변 예시",
    ] {
        assert!(super::rules::sample_heading(heading), "{heading}");
    }
    // A story named in those words' company is a story's name.
    assert!(!super::rules::sample_heading("Пример: миграция базы"));
    assert!(!super::rules::sample_heading(
        "Respuesta al incidente de marzo"
    ));
    let set = principles::builtin();
    let notes = "\
## «Расскажите о конфликте»

### Пример ответа

```
\"SITUATION: Two teams wanted the same release window.
ACTION: I proposed splitting it and wrote the schedule.
RESULT: Both shipped that week.\"
```
";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn parts_telling_what_was_done_are_the_writers_though_the_scene_says_you() {
    let set = principles::builtin();
    // The feedback the writer was given speaks to "you"; what they did is told in the
    // past, "I" left out.
    let notes = "\
## Learning to review other people's designs

**Situation:** The lead's feedback: you can't grow past senior if you only read your own code.

**Task:** Find a way to take part in your team's design reviews.

**Action:**
- Asked two staff engineers how they prepare for a review.
- Read the last ten design documents and their comments.
- Started leaving one question on every new design.

**Result:** Spotted a missing rollback plan in March; rewrote that section with the author.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("Asked two staff")
    );
    // A guide's template: what each part should hold, its verbs in the past only as
    // participles ("the hours invested", "defects prevented").
    let guide = "\
## Preparing this answer

**Situation:** the project you picked and why your team needed it.

**Task:** what you owned.

**Action:** what you did yourself. The hours invested. The tools adopted.

**Result:** Defects prevented. Time saved.
";
    let read = plan(guide, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn a_story_in_shorthand_parts_stays_one_whatever_its_good_for_line_says() {
    let set = principles::builtin();
    // The line of questions it is good for speaks of "yourself"; its parts tell what
    // happened, "I" left out.
    let notes = "\
## #alert-triage — a classifier for noisy alerts

**Situation:** On-call for the storage team, most pages were duplicates of one fault.

**Task:** Cut the pages that needed a developer.

**Action:**
- Went through three months of pages and grouped them by cause.
- Wrote a rule for each group and ran them against the old pages.
- Handed the rules to the other on-call engineers.

**Result:** Pages to developers dropped by two thirds within a month.

**Good for:** removing toil; growing your impact through others rather than just yourself.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.questions,
        ["removing toil; growing your impact through others rather than just yourself."]
    );
}

#[test]
fn a_bold_remark_after_the_questions_a_story_serves_is_its_notes() {
    let set = principles::builtin();
    let notes = "\
## Story: the slow search page

**S:** Search took eight seconds for large accounts.
**A:** I profiled it, added an index and cached the facets.
**R:** It answers in under a second now.
**Best for questions about:** performance · a trade-off you made
**Heads-up:** check the exact figure in the dashboard before the interview.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.questions, ["performance · a trade-off you made"]);
    assert!(
        story.notes.starts_with("**Heads-up:** check"),
        "{:?}",
        story.notes
    );
    assert!(!story.part(Part::Result).contains("performance"));
}

#[test]
fn parts_that_ask_the_reader_with_an_example_each_are_a_guides() {
    let set = principles::builtin();
    // Each part's label, a question to the reader, and an example after it; the
    // first sets the scene in words of its own.
    let notes = "\
## 1. Answering with STAR
When they ask for a hard time, answer in four parts.

*   **S (Situation):** Sum up the scene. (\"Two days before launch the payment sandbox went down.\")
*   **T (Task):** ¿Cuál era tu tarea? (\"I had to find another way to test.\")
*   **A (Action):** What did you do? (\"I recorded the sandbox's replies and replayed them.\")
*   **R (Result):** What came of it? (\"We launched on the day.\")
";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    // No part's prompt is taken for the person's own interview question.
    assert!(read.questions.is_empty(), "{:?}", read.questions);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "what each part of an answer should hold, not a story"),
        "{:?}",
        read.skipped
    );
    assert!(asks_first("¿Qué hiciste? (\"Llamé a todos.\")"));
    assert!(asks_first("你做了什么？（“我打了电话。”）"));
    assert!(!asks_first("I asked the team. Why? Nobody knew."));
}

#[test]
fn the_same_story_retold_in_fragments_below_is_a_telling_of_its_own() {
    let set = principles::builtin();
    let notes = format!(
        "{HARBOR}\n{}\n# Travel plans

- the ferry to the three islands in May: book cabins early, the operators are slow to reply
- ask about the contract rates for a week, pack passport, charger, raincoat, sunscreen, boots, camera, snacks and cash
",
        HARBOR_CUE.replace("- Harbor: ferry booking, three islands\n", "- Harbor: ferry booking, three islands\n- led four engineers + wrote seat allocation service\n")
    );
    let read = plan(&notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    let (first, second) = (&read.drafts[0], &read.drafts[1]);
    assert!(second.story.notes.contains("ledger of holds"));
    // The retelling is linked to what the first telling is linked to.
    assert_eq!(first.story.principles, second.story.principles);
    assert!(
        read.duplicates.iter().any(|d| d.drafts == (0, 1)),
        "{:?}",
        read.duplicates
    );
    // Fragments that share a few of its words, and say much else, retell nothing.
    assert!(read.skipped.iter().any(|s| s.text.contains("passport")));
}

#[test]
fn a_story_retold_under_a_deeper_heading_in_its_section_is_its_notes() {
    let set = principles::builtin();
    let notes = "\
## Harbor booking

**Situation:** The ferry allocator double-booked cabins whenever two ports synced at once.

**Action:** I replaced it with a ledger of holds that expire after ten minutes.

**Result:** Double bookings stopped within a week; the operators renewed their contract.

### What I'll say on the day

> The allocator double-booked cabins when two ports synced, so I built a ledger of holds
> that expire; double bookings stopped in a week and the operators renewed. Open with the
> storm season, the angry passengers, the queue at the harbour office.

## Packing list

- passport, charger, the blue notebook
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0];
    assert!(
        story.story.notes.contains("ledger of holds\n> that expire"),
        "{:?}",
        story.story.notes
    );
    assert_eq!(story.lines, (1, 13));
    assert!(read.ignored.iter().any(|s| s.lines == (9, 9)
        && s.reason == "a heading over the story told again in its own section: what follows is in its notes"));
    assert!(read.duplicates.is_empty());
}

#[test]
fn a_heading_that_asks_then_names_the_story_gives_both() {
    let set = principles::builtin();
    let notes = "\
## Story: A Time You Failed – The Missing Index

**S (Situation):**  
Last spring our nightly report started timing out.

**A (Action):**  
I had dropped an index in a migration; I restored it and added a check to CI.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The Missing Index");
    assert_eq!(story.questions, ["A Time You Failed"]);
    // A name that asks for a story itself is no name.
    assert_eq!(
        super::walk::prompt_then_name("Tell me about a time - when you failed"),
        None
    );
    assert_eq!(
        super::walk::prompt_then_name("Payments: the retry storm"),
        None
    );
}

#[test]
fn a_guessed_principle_gives_way_when_two_drafts_are_merged() {
    let set = principles::builtin();
    // One story under a principle's heading, one that names none (its principle is a
    // guess).
    let notes = "\
# Ownership

## The billing export

I took over the billing export nobody owned and rewrote its retries.

# Other notes

## Nightly reports

The vendor changed its file format twice in one quarter and the nightly reports broke
each time. I wrote a parser that reads both formats, I added a check that fails loudly
on a third, and I moved the reports to run after the files land. They have not broken
since.
";
    let mut read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert!(!read.drafts[0].guessed && read.drafts[1].guessed);
    // (Whatever was guessed, say it was Frugality.)
    read.drafts[1].story.principles = vec!["frugality".to_string()];
    // The named one keeps its principles; the guess does not join them.
    let mut kept = read.clone();
    merge(&mut kept, &[(0, 1)]);
    assert_eq!(kept.drafts[0].story.principles, ["ownership"]);
    // Merged the other way round, the named principles take the guess's place.
    let mut swapped = read.clone();
    swapped.drafts.swap(0, 1);
    merge(&mut swapped, &[(0, 1)]);
    assert_eq!(swapped.drafts[0].story.principles, ["ownership"]);
    assert!(!swapped.drafts[0].guessed);
    // Two guesses: the first stays, alone.
    let mut both = read.clone();
    both.drafts[0].guessed = true;
    merge(&mut both, &[(0, 1)]);
    assert_eq!(both.drafts[0].story.principles, ["ownership"]);
}

#[test]
fn a_story_retold_below_a_guessed_one_says_its_principle_is_a_guess_too() {
    let set = principles::builtin();
    let notes = format!("{HARBOR}\n{HARBOR_CUE}");
    let read = plan(&notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert!(read.drafts.iter().all(|d| d.guessed));
    assert!(
        read.warnings.iter().any(|w| w.starts_with(
            "line 8: 'Cue card' tells the story above again; linked to its principle"
        ) && w.contains("itself a guess")),
        "{:?}",
        read.warnings
    );
}

#[test]
fn principles_listed_one_per_line_are_a_list_not_headings() {
    let set = principles::builtin();
    let notes = "\
# Loop notes

The bar raiser round is all behavioural. The principles:

1. Customer Obsession
2. Ownership
3. Dive Deep

They pick a project and ask which principle it shows.
";
    let read = plan(notes, &set);
    // The sentence after the list is no story of the last principle's.
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.lines == (5, 7) && s.text.contains("2. Ownership")),
        "{:?}",
        read.skipped
    );
    // Under each, a story: the names head them.
    let headed = notes.replace(
        "2. Ownership",
        "2. Ownership\n   - I took over the flaky export and fixed its retries last year.",
    );
    let read = plan(&headed, &set);
    assert!(!read.drafts.is_empty(), "{:?}", read.skipped);
}

#[test]
fn a_heading_on_what_to_say_if_they_ask_more_is_over_the_follow_ups_until_a_rule() {
    let set = principles::builtin();
    let notes = "\
## The orphaned billing export

**Situation:** The billing export had no owner after a reorg and failed every month end.

**Action:** I took it over, wrote its runbook and added retries.

**Result:** Month end closed on time for the next six months.

## If They Dig Deeper

**\"Why did you take it on?\"**
*\"Nobody else would, and finance was blocked every month.\"*

**\"What would you change?\"**
*\"I would have asked for a second owner sooner.\"*

---

Next we can work on your conflict story, or on questions about your manager.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let asked: Vec<&str> = (read.drafts[0].story.followups.iter())
        .map(|f| f.question.as_str())
        .collect();
    assert_eq!(asked, ["Why did you take it on?", "What would you change?"]);
    assert!(
        read.drafts[0].story.followups[1]
            .answer
            .contains("second owner")
            && !read.drafts[0].story.followups[1]
                .answer
                .contains("conflict story")
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("conflict story")
                && s.reason
                    == "under 'If They Dig Deeper', after the follow-ups of the story above")
    );
    assert!(if_asked_heading("If asked"));
    assert!(!if_asked_heading("If they ask: why not a queue?"));
    // Under a principle's heading the same: the answers are the story's, the remark
    // after the rule is not.
    let read = plan(
        &format!("# Ownership\n\n{}", notes.replace("## ", "### ")),
        &set,
    );
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    let kept = format!("{}{:?}", story.notes, story.followups);
    assert!(
        kept.contains("second owner") && !kept.contains("conflict story"),
        "{kept}"
    );
}

#[test]
fn an_answer_in_italic_quotation_marks_is_the_readers_own_in_notes_made_from_their_context() {
    let set = principles::builtin();
    // A coach's notes to the reader, built from what the reader told it.
    let answer = "\
## The Queue Migration

*\"Last spring our job queue dropped messages under load. I moved it to a broker with acknowledgements, I ran both for two weeks and compared every message.*

*We cut the drops to zero and retired the old queue in May.\"*
";
    let coached = format!(
        "Here is your answer, built from your context. You should say it slowly, and you can pause.\n\n{answer}"
    );
    let read = plan(&coached, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(read.drafts[0].story.notes.contains("acknowledgements"));
    // A guide's sample, the same words, in notes that only advise: not the reader's.
    let guide = format!(
        "When you answer, you should speak slowly; you can pause between the parts.\n\n{answer}"
    );
    let read = plan(&guide, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(made_for_reader("A version built from your context."));
}

#[test]
fn questions_a_line_says_the_story_above_answers_are_its_questions() {
    let set = principles::builtin();
    let notes = "\
## The queue migration

Last spring our job queue dropped messages whenever a worker restarted. I moved it to a
broker with acknowledgements, I ran both queues side by side for two weeks and I
compared every message. We retired the old queue in May and the drops went to zero.

## Where it fits

This story answers all of these:
- *\"Tell me about a time you reduced risk in a migration\"*
- *\"How do you test a change you cannot roll back?\"* — the platform question

## Packing list

- passport, charger
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        [
            "Tell me about a time you reduced risk in a migration",
            "How do you test a change you cannot roll back? — the platform question"
        ]
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason == "a line saying the story above answers the questions under it")
    );
    // A list after any other line stays with its section.
    let plain = notes.replace("This story answers all of these:", "Some questions:");
    let read = plan(&plain, &set);
    assert!(
        read.drafts[0].story.questions.is_empty(),
        "{:?}",
        read.drafts[0].story.questions
    );
    assert!(super::walk::answers_these("**This answer also fits:**"));
    assert!(!super::walk::answers_these("This story is about a queue."));
}

/// A story told in the first person under a heading that names no principle.
const HARBOR: &str = "\
# Full answer

- My last project was **Harbor**, a booking system for ferry operators on three islands.
- I led four engineers and wrote the seat allocation service myself.
- The old allocator double-booked cabins whenever two ports synced at once, so I replaced it with a ledger of holds that expire.
- Double bookings stopped within a week and the operators renewed their contract.
";

/// The same story again below it, as fragments.
const HARBOR_CUE: &str = "\
# Cue card

- Harbor: ferry booking, three islands
- double-booked cabins when two ports synced => ledger of holds that expire
- double bookings stopped in a week => operators renewed contract
";

#[test]
fn french_du_speaks_to_no_one_and_j_apostrophe_is_the_writer() {
    // "du" is German "you" and French "of the"; "j'ai" is French "I have".
    assert_eq!(persons("Le choix du format, j'ai tranché."), (1, 0));
    assert_eq!(persons("Ich habe es dir gesagt, du weißt es."), (1, 2));
    let set = principles::builtin();
    let notes = "\
### Le formulaire de brief

**S (Situation):** Chaque campagne arrivait avec un brief différent.
**T (Task):** Créer un pipeline standardisé pour l'équipe.
**A (Action):** Formulaire → tableur → PDF du brief, déployé en trois jours.
**R (Result):** Zéro brief perdu depuis.
**Reflection:** J'aurais impliqué les commerciaux plus tôt pour adapter les champs du formulaire.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
}

#[test]
fn a_long_line_three_drafts_share_word_for_word_makes_no_pair() {
    let set = principles::builtin();
    let story = |name: &str, told: &str| {
        format!(
            "### {name}\n**Source:** Report 3 — Northwind — Senior Platform Engineer, Payments Reliability Group\n{told}\n\n"
        )
    };
    let notes = [
        story("Ledger", "**S (Situation):** Month-end balances drifted by cents.\n**A (Action):** I traced rounding in the currency converter and fixed it."),
        story("Pager", "**S (Situation):** Night alerts woke three teams at once.\n**A (Action):** I wrote routing rules so each alert reached one owner."),
        story("Exports", "**S (Situation):** Partners received their files hours late.\n**A (Action):** I split the export job by partner and ran them in parallel."),
    ]
    .concat();
    let read = plan(&format!("# Ownership\n\n{notes}"), &set);
    assert_eq!(read.drafts.len(), 3, "{:?}", read.skipped);
    assert!(read.duplicates.is_empty(), "{:?}", read.duplicates);
}

#[test]
fn plain_lines_of_questions_each_answered_on_the_lines_under_it() {
    let set = principles::builtin();
    // Notes typed with no Markdown: a topic in capitals, questions a line each, the
    // answer on the lines under the question it answers; one paragraph holds two
    // answered questions and two left open.
    let notes = "# Interview prep\n\nWhat is a closure?\n\nA function that keeps the variables of the scope it was made in.\n\nTEAMWORK\nDescribe a time you worked with someone very unlike you.\nTell me about a disagreement on a team. How did you handle it?\nLast spring I paired with a colleague who wanted to rewrite the parser from scratch. I asked him to sketch his plan first, and we found that half of it could reuse the old tokenizer.\n\nWe shipped the change a week early, and he still sends me his designs to read.\n\nVALUES\nTell me about your proudest accomplishment.\nI trained the new support hire in her first month. I wrote her a guide to our tools, and a year later she ran the team's onboarding with it.\nTell me about a time you were bored at work.\nGive me an example of a time you were creative.\nI redrew our release checklist as a single page. I cut the steps from forty to twelve, and the next release took a morning.\nWhat are you excited about?\nI'm excited to learn from people who know more than me.\n";
    let read = plan(notes, &set);
    // A line on what the writer is or likes answers about them: no story.
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("an answer about the writer") && s.text.contains("excited")),
        "{:?}",
        read.skipped
    );
    let anchors = [
        "rewrite the parser",
        "new support hire",
        "release checklist",
    ];
    assert_eq!(read.drafts.len(), 3, "{:?}", read.drafts);
    for (draft, anchor) in read.drafts.iter().zip(anchors) {
        assert!(draft.told().contains(anchor), "{anchor}: {:?}", draft);
        assert_eq!(
            draft.story.questions.len(),
            1,
            "{:?}",
            draft.story.questions
        );
    }
    assert!(read.drafts[0].story.questions[0].starts_with("Tell me about a disagreement"));
    // The paragraph under the answer goes on with it.
    assert!(read.drafts[0].told().contains("a week early"));
    assert!(
        read.drafts[2].story.questions[0]
            .starts_with("Give me an example of a time you were creative")
    );
    // The topics are skipped as topics; the open questions are the person's own,
    // each linked to the principle its words are nearest (none is written here).
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text == "TEAMWORK" && s.reason.contains("topic")),
        "{:?}",
        read.skipped
    );
    for open in ["someone very unlike you", "bored at work"] {
        assert!(
            read.questions.iter().any(|q| q.question.contains(open)),
            "{open}: {:?}",
            read.questions
        );
    }
    // Never the set's first principle for want of one.
    assert!(
        read.questions
            .iter()
            .all(|q| q.principle != "customer-obsession"),
        "{:?}",
        read.questions
    );
}

#[test]
fn plain_lines_under_a_principle_leave_its_open_questions_to_it() {
    let set = principles::builtin();
    let notes = "# Ownership\n\nTell me about a task nobody owned.\nDescribe a time you fixed something outside your job.\nThe staging database filled up every Monday, and nobody owned it. I wrote the cleanup job and put my name on the alert.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Describe a time you fixed something outside your job."]
    );
    assert_eq!(read.questions.len(), 1, "{:?}", read.questions);
    assert_eq!(read.questions[0].principle, "ownership");
    assert!(read.questions[0].question.contains("nobody owned"));
}

#[test]
fn a_story_named_for_the_templates_it_built_is_the_writers() {
    let set = principles::builtin();
    // The word for what was built is in the name; the story tells the writer's deeds.
    let notes = "# Deliver Results\n\n## Story 4 — Invoice and Email Templates\n\n**Situation:** Customers in two currencies got invoices in one.\n\n**Action:** I added the currency to every invoice template and I tested each of the twelve by hand.\n\n**Result:** The complaints stopped within the month.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    // A template with slots for the reader's words is still a template.
    let guide = "# Deliver Results\n\n## Story Template\n\n**Situation:** In [year], the team faced [constraint].\n\n**Action:** First, I [did one thing]. Then I [did another].\n\n**Result:** We achieved [metric].\n";
    let read = plan(guide, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn a_summary_of_a_story_told_in_full_below_is_folded_into_it() {
    let set = principles::builtin();
    // A report of what was written (a chatbot's, say) sums up story 2 above the
    // document that tells it in parts: one story, the summary's words in its notes.
    let notes = "## Stories added\n\n### Story 2 — Faster nightly exports\n**LP: Dive Deep**\nBased on the export tickets — the job split by partner, run in parallel.\n\n---\n\n# The stories\n\n## Story 1 — The pager that woke everyone\n**LP: Earn Trust**\n\n**Situation:** Every alert paged three teams.\n\n**Action:** I wrote routing rules so each alert reached one owner.\n\n## Story 2 — Faster nightly exports for partners\n**LP: Dive Deep**\n\n**Situation:** Partners got their files hours late.\n\n**Action:** I split the export job by partner and ran the parts in parallel.\n\n**Result:** Files arrived before six every morning.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    let exports = &read.drafts[1];
    assert!(exports.story.part(Part::Situation).contains("hours late"));
    assert!(
        exports.story.notes.contains("Summed up at lines 3–5"),
        "{:?}",
        exports.story.notes
    );
    assert!(exports.story.notes.contains("Based on the export tickets"));
    assert!(read.duplicates.is_empty(), "{:?}", read.duplicates);
    // Told in parts twice under one number, the two are no summary: both stay.
    let twice = notes.replace(
        "Based on the export tickets — the job split by partner, run in parallel.",
        "**Situation:** Exports were late.\n\n**Action:** I split the job.",
    );
    assert_eq!(plan(&twice, &set).drafts.len(), 3);
}

#[test]
fn an_abbreviation_in_capitals_is_no_writer() {
    // "EU" is no Portuguese "eu", "IO" no Italian "io".
    assert!(!super::rules::own_account(
        "Validates EU VAT numbers for the 26 EU countries; IO errors retried."
    ));
    assert!(super::rules::own_account(
        "Eu fiz a migração e eu testei tudo."
    ));
}

#[test]
fn a_table_that_counts_its_rows_names_its_stories_in_the_next_column() {
    let set = principles::builtin();
    let notes = "## Story 1 — Routing the pager\n**LP: Earn Trust**\n\n**Action:** I wrote routing rules so each alert reached one owner.\n\n## Story 2 — Partner exports\n**LP: Dive Deep**\n\n**Action:** I split the export job by partner.\n\n## Summary\n\n| # | Story | Primary LP | Secondary LP |\n|---|-------|-----------|--------------|\n| 1 | Routing the pager | Earn Trust | Ownership |\n| 2 | Partner exports | Dive Deep | Deliver Results |\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["earn-trust", "ownership"]);
    assert_eq!(
        read.drafts[1].story.principles,
        ["dive-deep", "deliver-results"]
    );
}

#[test]
fn a_short_answer_that_speaks_of_now_is_no_story_but_a_name_or_an_event_is() {
    assert!(speaks_of_now(
        "I prefer object-oriented code, it is easier to reason about."
    ));
    assert!(speaks_of_now(
        "I'm excited to learn from people more experienced than me."
    ));
    assert!(speaks_of_now(
        "My favourite project is the planner since it pays my rent."
    ));
    assert!(speaks_of_now(
        "This one teammate would always over explain things, but I would let it go."
    ));
    assert!(!speaks_of_now("The billing rewrite"));
    assert!(!speaks_of_now(
        "Told my lead I needed a week. Delivered it in two days."
    ));
    assert!(!speaks_of_now(
        "Last year I opened a shop with a friend and it failed."
    ));
    let set = principles::builtin();
    let notes = "## 1. What are you excited about?\n\nI'm excited to learn from people more experienced than me.\n\n## 2. Tell me about a time you met a tight deadline\n\nTold my lead I needed a week. Delivered it in two days.\n\n## 3. What is something you had to persevere at for months?\n\nThe date parser for the rota app. I had to make it read thousands of shifts in four time zones.\n\n## 4. Describe your preferred way of working\n\nI prefer pairing in the morning and quiet afternoons.\n";
    let read = plan(notes, &set);
    let asked: Vec<&str> = read
        .drafts
        .iter()
        .flat_map(|d| d.story.questions.iter().map(String::as_str))
        .collect();
    assert_eq!(
        asked,
        [
            "Tell me about a time you met a tight deadline",
            "What is something you had to persevere at for months?"
        ],
        "{:?}",
        read.drafts
    );
}

#[test]
fn what_you_had_to_do_asked_is_a_story_asked_for() {
    assert!(asks_for_story("What is something you had to persevere at?"));
    assert!(!asks_for_story("What you had to do when the build broke"));
}

#[test]
fn a_list_of_questions_typed_without_marks_each_answered_under_it() {
    let set = principles::builtin();
    // Questions with no question mark, a line each; the one story among the answers
    // is kept, the answers about the writer are not stories.
    let notes = "# Notes\n\nQ:\n1. What scares you\n\tNot working in the right direction.\n2. Describe your work process\n\tLearn things, achieve, repeat.\n3. Tell me a time when you took a risk and it failed\n\tLast year I opened a bakery with my brother and it closed in six months.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me a time when you took a risk and it failed"]
    );
    assert!(read.drafts[0].told().contains("bakery"));
}

#[test]
fn an_item_that_tells_on_and_the_paragraphs_after_a_list_go_on_with_the_answer() {
    let set = principles::builtin();
    // `6.` asks and names its story; `7.` asks nothing and tells it; the list's last
    // answer goes on in the paragraph after the list. A code mark left open before a
    // question is no part of it.
    let notes = "# Prep\n\n6. `What was the hardest bug you fixed?\n`Stale prices.\n7. Prices were compared by model code, but the source began sending one row per lender and the nightly job could no longer keep up with the calls.\nI traced the slowdown to those calls, and I moved us to events from the pricing source, so only the changed cars were updated.\n8. `Tell me about a problem with a colleague.\n\tI took on every task of a release myself and the team felt shut out of the work.\n\nAfter a week I asked each of them to own one service, and we shipped on time.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["What was the hardest bug you fixed?"]
    );
    assert!(
        read.drafts[0]
            .told()
            .contains("events from the pricing source")
    );
    assert!(
        read.drafts[1].told().contains("own one service"),
        "{:?}",
        read.drafts[1]
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a problem with a colleague."]
    );
}

#[test]
fn a_quoted_tip_over_a_story_in_parts_is_someone_elses_and_its_cue_names_the_principles() {
    let set = principles::builtin();
    // Chinese notes: the principles the question tests after "对应的是" (run into
    // the Latin name, a short one among them), a coach's tip quoted under it that
    // speaks to "你", then the writer's story in labelled parts.
    let notes = "### Most challenging project\n\n> → 对应的是highest standards, think big\n> 要讲你怎么走出舒适区，你学到了什么。\n\n- Situation：第一次独立负责后端开发的项目，排期很短\n- Action：每天复盘线上问题，重写了缓存层\n- Result：上线后获得了3000+用户\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.principles,
        ["insist-on-the-highest-standards", "think-big"]
    );
    assert_eq!(
        crate::principles::fold("对应的是earn trust"),
        "对应的是 earn trust"
    );
}

#[test]
fn an_answer_in_shorthand_under_a_question_is_a_story_but_a_list_of_projects_is_not() {
    let set = principles::builtin();
    let notes = "### Tell me about a time you met a tight deadline\n- Deduplicating the partner feed\n- This was planned as a three-sprint project but the managers decided it was needed sooner.\n- I remember it was a Friday\n\t- Batch traffic only\n\t- This was a cost issue\n";
    assert_eq!(plan(notes, &set).drafts.len(), 1);
    assert!(
        events_told(
            "My favourite project was a bot. I have had to build an API. Other projects I have done include a game."
        ) < 3
    );
    assert!(speaks_of_now(
        "Throughout my career I have been working on data platforms"
    ));
}

#[test]
fn a_story_named_under_a_question_over_a_quoted_tip_is_the_one_the_question_asks_for() {
    let set = principles::builtin();
    // The heading asks, names its principle in brackets; the question asked another
    // way, a coach's tip quoted; then `Stroy:` (typed two letters the wrong way) and
    // the parts, the scene and the task told as one (`S/T :`).
    let notes = "### Disagree with teammate or manager [earn trust]\nor when you did something without asking approval?\n> Say what the disagreement was, then how you worked it out.\n\n- Stroy: Solid or beam elements for the lattice\n- S/T : My teammate and I disagreed on how to simulate the lattice.\n- A: I ran both simulations and an experiment to check them.\n- R: We used solid elements at the joints, and the paper compared both.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Solid or beam elements for the lattice");
    assert_eq!(story.principles, ["earn-trust"]);
    assert!(story.part(Part::Situation).contains("disagreed"));
    assert!(
        !story.notes.contains("Say what the disagreement was"),
        "{:?}",
        story.notes
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("a tip quoted")
                && s.text.contains("Say what the disagreement was")),
        "{:?}",
        read.skipped
    );
    assert!(about_the_person(
        "Do you have any questions you'd like to ask?"
    ));
    assert!(about_the_person("Questions for us"));
    assert!(!about_the_person(
        "Tell me about a time you asked hard questions"
    ));
}

#[test]
fn numbered_questions_answered_in_nested_parts_or_by_the_names_of_stories() {
    let set = principles::builtin();
    // Under a heading that names no principle: each question numbered, its answer
    // nested under it, in a story's labelled parts or as the names of the stories to
    // tell, a line each.
    let notes = "###### Answers\n1. Tell me about a time you won over a stakeholder who disagreed with you.\n\t1. **S** — No product manager, and the staff PM was not convinced.\n\t2. **T** — Lead the initiative in the open.\n\t3. **A** — Built proofs of concept and shared the survey.\n\t4. **R** — We got a dedicated PM.\n\n2. Describe a situation where you had to make a decision with incomplete information.\n\t1. Choice between OCR and a language model\n\t2. Partner evaluation, X against Y\n\n3. Share an experience where you mentored a colleague.\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(read.drafts.len(), 3, "{told:?}");
    assert!(
        read.drafts[0]
            .story
            .part(Part::Situation)
            .contains("No product manager")
    );
    assert!(
        read.drafts[0]
            .story
            .part(Part::Result)
            .contains("dedicated PM")
    );
    assert!(told[1].contains("OCR") && !told[1].contains("Partner"));
    assert!(told[2].contains("Partner evaluation"));
    assert_eq!(
        read.drafts[2].story.questions,
        ["Describe a situation where you had to make a decision with incomplete information."]
    );
    // Each name on its own line; its principle guessed from the question, and said.
    assert_eq!(
        (read.drafts[1].lines, read.drafts[2].lines),
        ((9, 9), (10, 10))
    );
    assert!(
        read.warnings
            .iter()
            .any(|w| w.starts_with("line 10: 'Describe a situation where you had to make")),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_self_introduction_and_template_answers_are_no_stories_but_a_short_account_is() {
    let set = principles::builtin();
    // Under a self-introduction, its deeper sections are the writer's career, not a
    // story; under a section that says its answers are samples, none is the writer's.
    // A short answer in which the writer did something is a story.
    let notes = "## Self-Introduction\n\n\
        ### Earlier roles\n\n\
        At my last job I owned the billing service. I moved it to the cloud, trained the \
        team on it and cut its cost by a third.\n\n\
        ## Common questions\n\n\
        *(Sample answers copied from a book of interview questions)*\n\n\
        ### Tell me about a time you failed\n\n\
        I once shipped a bug that cost a customer a day of orders, and I owned it.\n\n\
        ## My answers\n\n\
        ### Have you ever sped up a slow job?\n\n\
        A nightly export of customer invoices was taking most of the night to finish. I \
        profiled it, cached the lookups and split the work across workers. Run time \
        dropped to forty minutes, giving the finance team their reports by breakfast.\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(read.drafts.len(), 1, "{told:?}");
    assert!(told[0].contains("cached the lookups"), "{told:?}");
    for words in ["billing service", "shipped a bug"] {
        assert!(
            read.skipped.iter().any(|s| s.text.contains(words)),
            "{words}: {:?}",
            read.skipped
        );
    }
    // Wordings each rewritten after an arrow are drills in how to say it.
    let drills = "### Saying it better\n\n\
        * *I did a lot of testing* ➞ I tested each release against last year's traffic.\n\
        * *We kind of fixed it* ➞ I fixed the retry loop and we shipped it that day.\n\
        * *It went fine* -> The launch met its date and cut support tickets by half.\n";
    let read = plan(drills, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("rewritten after an arrow")),
        "{:?}",
        read.skipped
    );
    // "Yourself" is about the person only where the heading asks about them.
    assert!(about_the_person("Tell me about yourself"));
    assert!(about_the_person("Describe yourself in three words"));
    assert!(!about_the_person(
        "A time you fixed a problem you could not solve yourself at first"
    ));
}

#[test]
fn parts_labelled_in_square_brackets_and_a_guides_graded_samples() {
    let set = principles::builtin();
    // `[S]` … `[R]`, in italics or not: a story's parts.
    let notes = "## Ownership\n\n### The outage\n\n\
        *[S] The site went down on a Friday night.*\n\n\
        [T] I was the one on call.\n\n\
        **[A]** I rolled the release back and paged the owner.\n\n\
        *[R] We were up in ten minutes.*\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(Part::Situation).trim(),
        "The site went down on a Friday night."
    );
    assert_eq!(story.part(Part::Task).trim(), "I was the one on call.");
    assert!(story.part(Part::Action).starts_with("I rolled"));
    assert_eq!(
        story.part(Part::Result).trim(),
        "We were up in ten minutes."
    );
    // In a guide, a heading that grades its answer, or a section that says its
    // stories are samples, holds the guide's samples.
    let guide = "# Answering conflict questions\n\n\
        When you answer, say what you did and keep your part in front of your listener; \
        you should end on what changed.\n\n\
        ## Sample stories\n\n\
        ### The schema fight\n\n\
        *[S] A peer wanted one database for both services.*\n\n\
        *[A] I asked for a one-to-one and we drew three designs.*\n\n\
        *[R] We chose an event bus.*\n\n\
        ## More practice\n\n\
        ### Missed launch — Strong Answer\n\n\
        *[S] Our demo was three weeks out and we were late.*\n\n\
        *[A] I told my manager a week ahead and cut the scope.*\n\n\
        *[R] The customer thanked us for saying so early.*\n\n\
        ## Ownership\n\n\
        ### My own outage\n\n\
        I broke the billing job in March, and I rolled it back and wrote the fix.\n";
    let read = plan(guide, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].contains("billing job"));
    for (words, reason) in [
        ("event bus", "which says its stories are a guide's samples"),
        ("told my manager", "graded in its heading"),
    ] {
        assert!(
            read.skipped
                .iter()
                .any(|s| s.text.contains(words) && s.reason.contains(reason)),
            "{words}: {:?}",
            read.skipped
        );
    }
    assert!(super::walk::graded_answer("Peer Conflict — Strong Answer"));
    assert!(!super::walk::graded_answer("A strong team under pressure"));
}

#[test]
fn the_writer_on_the_notes_themselves_is_no_story() {
    let set = principles::builtin();
    let notes = "# Projects — hub\n\n[Home](README.md) · [Next](a.md)\n\n\
        This is the **hub** for my case studies. The other files teach a topic; these \
        tell my real projects, how each one started, why we chose each tool and who was \
        involved. Each lives in its own file so I can go deep, and each ends with the \
        questions I was asked so I can defend every decision I made.\n\n\
        > *\"Know why you built it.\"*\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "the writer on the notes themselves, not a story"),
        "{:?}",
        read.skipped
    );
    // A principle's heading as high as a self-introduction's ends it.
    let notes = "## About me\n\n### Background\n\n\
        I moved from support to engineering in 2019 and I led the first on-call rota.\n\n\
        ## Ownership\n\n### The billing fix\n\n\
        I broke the billing job in March; I rolled it back and wrote the fix.\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].contains("billing job"), "{told:?}");
    assert!(about_these_notes("These files tell my real projects."));
    assert!(!about_these_notes("This project was my first as a lead."));
}

#[test]
fn a_narrative_document_of_one_story_under_its_principle_and_name() {
    let set = principles::builtin();
    // The title names the principle and, after a colon, the story (a remark after a
    // dash); its sections are the story's: Issue and Objectives are its scene and task.
    let notes = "# Ownership: Nightbridge — the billing rewrite\n\n\
        ## Issue\n\nBilling ran late at every month end and finance waited a day.\n\n\
        ## Objectives\n\nClose the month before nine in the morning.\n\n\
        ## Actions\n\nI split the one job into a job per customer and added retries.\n\n\
        ## Results\n\nMonth end closed a day earlier.\n\n\
        ## Spoken script\n\nAt Nightbridge I owned billing, and I rewrote its month end.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Nightbridge — the billing rewrite");
    assert!(story.part(Part::Situation).contains("finance waited"));
    assert!(story.part(Part::Task).contains("nine in the morning"));
    assert!(story.part(Part::Action).contains("job per customer"));
    assert!(story.notes.contains("I rewrote its month end"));
}

#[test]
fn plain_notes_with_principles_in_capitals_and_text_indented_for_the_eye() {
    let set = principles::builtin();
    // No Markdown: a principle's name alone on a line in capitals (one a letter off),
    // or first after a rule of dashes; parts labelled on lines of their own, their
    // text indented four spaces; a part's label over a heading of its own.
    let notes = "CUSTOMER OBESSION \n\n\
        Situation: A shop went down at every sale.\n\n\
        Action: I moved it behind a cache and scaled it out.\n\n\
        Result: The next sale had no downtime.\n\n\
        -----------------------\n\
        OWNERSHIP \n\n\
        Situation\n\n\
        \x20   Pods crashed every night after a release.\n\
        Action\n\n\
        \x20   Read the pod logs and found the memory limits too low.\n\
        \x20   Raised the limits and added an alert.\n\n\
        Result\n\n\
        \x20   No crash since the change.\n\n\
        -----------------------\n\n\
        Invent and simplify \n\n\
        Situation: Requests to the new stack failed with connection refused.\n\n\
        Action:\nNetwork Setup:\n\n\
        Peered the two VPCs and updated the route tables.\n\n\
        Result: The endpoints answered.\n";
    let read = plan(notes, &set);
    let stories: Vec<(&str, &[String])> = read
        .drafts
        .iter()
        .map(|d| (d.story.part(Part::Action), &d.story.principles[..]))
        .collect();
    assert_eq!(read.drafts.len(), 3, "{stories:?}");
    assert_eq!(read.drafts[0].story.principles, ["customer-obsession"]);
    assert_eq!(read.drafts[1].story.principles, ["ownership"]);
    assert_eq!(read.drafts[2].story.principles, ["invent-and-simplify"]);
    assert!(
        read.drafts[1]
            .story
            .part(Part::Action)
            .contains("memory limits too low"),
        "{stories:?}"
    );
    assert!(read.drafts[1].story.part(Part::Result).contains("No crash"));
    // (Read without the indentation, which Markdown would show as code.)
    assert!(
        read.drafts[1]
            .story
            .part(Part::Action)
            .lines()
            .all(|l| !l.starts_with(' ')),
        "{stories:?}"
    );
    assert!(
        read.drafts[2]
            .story
            .part(Part::Action)
            .contains("Peered the two VPCs"),
        "{stories:?}"
    );
    // Indented lines in notes that fence their code may be code: left as they are.
    let fenced = "## Ownership\n\n### The build\n\nAction\n\n    Raised the limits and added an alert.\n\n```\ncode\n```\n";
    let read = plan(fenced, &set);
    assert!(
        !read
            .drafts
            .iter()
            .any(|d| d.story.part(Part::Action).contains("Raised the limits")),
        "{:?}",
        read.drafts
    );
}

#[test]
fn talking_points_on_a_project_its_overview_in_parts_and_answers_said_aloud() {
    let set = principles::builtin();
    // A project's overview under headings with "the" and "my" before the part's word;
    // technical questions under a heading that says so; a behavioral answer in
    // quotation marks, notes that advise no one: the writer's own words, and the
    // list after its lead-in is more of it.
    let notes = "# Talking points\n\n## Project overview\n\n\
        ### The Problem\n\"Claims took a week to check by hand.\"\n\n\
        ### My Approach\n\"I built a rules engine with a review queue.\"\n\n\
        ### Key Results\n\"Checks fell to a day.\"\n\n\
        ## Technical Deep Dives\n\n\
        **Q: Why a rules engine?**\n\n\
        \"I compared three options and picked the one the analysts could edit.\"\n\n\
        ## Behavioral Questions\n\n\
        ### \"Tell me about a time you simplified something.\"\n\n\
        \"The first design had three services. After a week of load tests, I merged them \
        into one. This reduced:\n\
        - Deploys (one instead of three)\n\
        - On-call pages\n\n\
        The simpler one was faster.\"\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 2, "{told:?}");
    let overview = &read.drafts[0].story;
    assert!(
        overview.part(Part::Situation).contains("by hand"),
        "{told:?}"
    );
    assert!(overview.part(Part::Action).contains("rules engine"));
    assert!(overview.part(Part::Result).contains("a day"));
    assert!(told[1].contains("merged them") && told[1].contains("On-call pages"));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("analysts could edit")
                && s.reason.contains("which holds technical questions")),
        "{:?}",
        read.skipped
    );
}

#[test]
fn quick_notes_under_each_principle_a_line_a_story_and_names_said_again() {
    let set = principles::builtin();
    // Our own words, typed as quick notes: no description under any principle, "i" in
    // lower case, a paragraph of names a line each, a principle's name with two
    // letters swapped, and one story named under several principles.
    let notes = "## Ownership\n\
        Billing export rewrite\n\
        Queue drain tool\n\
        ## Invent and simplify\n\
        the export ran for hours every night and blocked the reports for the whole team, \
        so i pointed out that we could stream it in pages and keep the reports free\n\
        ## Furgality\n\
        Queue drain tool\n\
        ## Bias for action\n\
        queue drain tool, i wrote it over a weekend before anyone asked and showed it on monday\n";
    let read = plan(notes, &set);
    let told: Vec<(String, Vec<String>)> = read
        .drafts
        .iter()
        .map(|d| (d.told(), d.story.principles.clone()))
        .collect();
    // The name alone under a second principle is the same story named again: one
    // draft, linked to both, the line kept with the ignored ones.
    assert_eq!(told.len(), 4, "{told:?} {:?}", read.skipped);
    assert_eq!(told[0].0.trim(), "Billing export rewrite");
    assert_eq!(told[1].0.trim(), "Queue drain tool");
    assert_eq!(told[1].1, ["ownership", "frugality"]);
    assert!(told[2].0.contains("i pointed out"), "{told:?}");
    assert!(
        read.ignored
            .iter()
            .any(|s| s.lines == (7, 7) && s.reason.contains("named again under another principle")),
        "{:?}",
        read.ignored
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "heading of 'Frugality', written a letter or two wrong"),
        "{:?}",
        read.skipped
    );
    // The name alone and the draft that says it again with more: likely one story.
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert!(pairs.contains(&(1, 3)), "{pairs:?}");
    assert!(!pairs.iter().any(|&(a, b)| a == 0 || b == 0), "{pairs:?}");
    // A paragraph that tells what the writer did is no description, even where it
    // says "I" once; one that speaks of leaders and tells nothing is.
    assert!(!is_description(
        "the export ran for hours every night and blocked the reports for the whole team, \
         so i pointed out that we could stream it in pages and keep the reports free"
    ));
    assert!(is_description(
        "Moving fast counts for a team. Most choices can be undone and need no long \
         study. We welcome measured risk."
    ));
}

#[test]
fn one_account_in_paragraphs_of_a_line_each_is_one_story() {
    let set = principles::builtin();
    // Our own words: a story told in paragraphs of one long line each, its steps in
    // turn ("First,", "Once the…", "This…"); notes of a line each stay apart.
    let notes = "### Customer Obsession\n\
        I noticed that shop owners kept failing to set up their tax rules and called support every week.\n\n\
        First, I went through a month of their tickets and sat with three of them while they tried.\n\n\
        Once the guided setup shipped, the calls about tax rules fell by half in a month.\n\n\
        This taught me to watch people use a thing before changing it.\n\n\
        ### Frugality\n\
        Moved the nightly reports onto spare capacity instead of new servers.\n\n\
        Replaced a paid uptime checker with a cron job and a webhook.\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 3, "{told:?}");
    assert!(told[0].contains("First, I went") && told[0].contains("This taught me"));
    assert!(told[2].contains("paid uptime checker"));
}

#[test]
fn a_story_told_in_the_first_item_then_others_named_an_item_each() {
    let set = principles::builtin();
    // Our own words: under a question, the first item tells a story with its steps
    // nested; the items after it name two more stories, one with steps of its own.
    let notes = "### Tell me about a disagreement with your team\n\
        - Our deploy scripts had grown into one huge file and every team was blocked by it. \
        I argued for splitting it by service and built a small prototype to show it.\n\
        \t- The team chose a split by environment instead, and I went with it.\n\n\
        - Naming of the billing events\n\n\
        - Retry policy for the mailer\n\
        \t- Wrote a short spec\n\
        \t- The first pull request ignored it\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 3, "{told:?}");
    assert!(told[0].contains("prototype") && told[0].contains("split by environment"));
    assert!(told[1].contains("billing events"));
    assert!(told[2].contains("Retry policy") && told[2].contains("short spec"));
    for draft in &read.drafts {
        assert_eq!(
            draft.story.questions,
            ["Tell me about a disagreement with your team"]
        );
    }
}

#[test]
fn a_parts_label_with_a_remark_in_parentheses_is_still_the_part() {
    let set = principles::builtin();
    let notes = "## Ownership\n\n### The outage\n\n\
        **Situation (short):** The site went down on a Friday.\n\n\
        **Action:** I rolled the release back.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(Part::Situation).trim(),
        "The site went down on a Friday."
    );
    // The remark is the writer's words: kept, among the ignored lines.
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.contains("(short)") && s.reason.contains("remark")),
        "{:?}",
        read.ignored
    );
}

#[test]
fn a_heading_that_marks_the_writers_part_under_a_principle_names_no_story() {
    let set = principles::builtin();
    // Our own words: each principle's description, then `### Me` over the writer's
    // reminders, a bullet each; the last section has no description.
    let notes = "## Frugality\n\
        Leaders do more with what they already have. They treat a tight budget as a \
        reason to invent, and they gain nothing from a bigger team or a bigger spend.\n\
        ### Me\n\
        - spare laptops: rebuilt them for the interns\n\
        - Cloud bill: nightly jobs moved to spot machines\n\
        ## Ownership\n\
        Leaders act for the whole company and for the long term. They do not trade \
        lasting value for a quick win, and they never say a problem belongs to another team.\n\
        ### Me\n\
        - Pager: night alerts: on-call rota, runbooks, dashboards, escalation\n\
        ## Dive Deep\n\
        ### Me\n\
        - the disk that filled every Sunday\n\
        - tracing the slow checkout page back to one query\n";
    let read = plan(notes, &set);
    let told: Vec<(String, String)> = read
        .drafts
        .iter()
        .map(|d| (d.story.principles[0].clone(), d.told()))
        .collect();
    assert_eq!(told.len(), 5, "{told:#?}");
    assert!(read.drafts.iter().all(|d| d.story.title != "Me"));
    assert!(told[0].1.contains("spare laptops") && !told[0].1.contains("Cloud bill"));
    // "Pager:" names the thing; a second label follows: notes on it, not a list of
    // things after a label.
    assert_eq!(told[2].0, "ownership");
    assert!(told[2].1.contains("on-call rota"));
    // No description under Dive Deep, but its list is of the same kind: a reminder an
    // item.
    assert_eq!(told[3].0, "dive-deep");
    assert!(told[3].1.contains("every Sunday") && !told[3].1.contains("checkout"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.trim() == "### Me" && s.reason.contains("over stories")),
        "{:?}",
        read.ignored
    );
}

#[test]
fn a_heading_for_the_writers_own_part_is_a_group_heading() {
    for heading in ["Me", "Mine", "My own", "My experiences"] {
        assert!(group_heading(heading), "{heading}");
    }
    for heading in ["Meet the team", "My own goal", "Me and the pager"] {
        assert!(!group_heading(heading), "{heading}");
    }
}

#[test]
fn a_note_that_points_to_the_story_above_gives_it_the_question() {
    let set = principles::builtin();
    // Our own words: a story under a question, then two more questions each answered
    // by "Same as above."; a principle the writer passes over with "Skip".
    let notes = "### Invent and Simplify\n\n\
        + Tell me about a simple fix to a hard problem.\n  \
        + **S**: The import took an hour.\n  \
        + **A**: I split it by customer and ran the parts at once.\n  \
        + **R**: Ten minutes.\n\n\
        + What is the best idea you have had?\n\n\
        Same as above.\n\n\
        + Tell me about a process you redesigned.\n\n\
        See above\n\n\
        ### Frugality\n\n\
        Skip\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.questions.len(), 3, "{:?}", story.questions);
    assert!(story.questions[2].contains("redesigned"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.contains("Same as above") && s.reason.contains("story above")),
        "{:?}",
        read.ignored
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.trim() == "Skip" && s.reason.contains("still to find")),
        "{:?}",
        read.skipped
    );
    assert!(refers_above("- Same as above."));
    assert!(refers_above("同上"));
    assert!(!refers_above(
        "Same team as above, but a harder deadline and a new manager."
    ));
    assert!(!refers_above("The outage above the fold"));
}

#[test]
fn a_view_in_the_present_is_not_a_story() {
    assert!(gives_view(
        "I think the best engineers keep the whole product in mind."
    ));
    assert!(gives_view("I really enjoy teaching people."));
    assert!(gives_view(
        "Everything we ship comes down to trust. That's why it is important to say what is expected."
    ));
    // Something happened: a story, however short.
    assert!(!gives_view("I think I fixed the build on the second day."));
    assert!(!gives_view("The team was stuck, so I wrote the tool."));
    // A reminder in shorthand says no view.
    assert!(!gives_view("prototyping at hackathons"));
    // A principle's name is no view.
    assert!(!gives_view(
        "Dive Deep + Are Right A Lot. The numbers story."
    ));
    let set = principles::builtin();
    let notes = "## Think Big\n\nI think the best engineers keep the whole product in mind.\n\n\
        ## Frugality\n\nMoved the reports onto spare machines instead of buying new ones.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].told().contains("spare machines"));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("whole product") && s.reason.contains("view")),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_description_set_apart_in_a_fence_is_not_carried_on_by_the_next_paragraph() {
    let set = principles::builtin();
    // Our own words: each principle's description in a code fence, then the writer's
    // line, which opens with "This".
    let notes = "## Dive Deep\n```\nLeaders stay close to the details, check often, and doubt \
        a number when it disagrees with what people see. Nothing is beneath them.\n```\n\n\
        This is where I found the leak in the billing job last spring.\n\n\
        ## Earn Trust\n```\nLeaders listen closely, speak plainly and treat people with \
        respect. They say where they fell short, even when it is awkward.\n```\n\n\
        Told the client we had lost a day of their data before they found it.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    for draft in &read.drafts {
        assert!(!draft.told().contains("Leaders"), "{:?}", draft.told());
    }
    assert!(read.drafts[0].told().contains("leak in the billing job"));
}

#[test]
fn a_quote_opening_a_section_like_the_others_is_a_line_on_the_principle() {
    let set = principles::builtin();
    // Our own words: each principle opens with a quoted line on it, the others long
    // enough to read as descriptions, the last one short.
    let notes = "### Customer Obsession\n\n\
        > Leaders start from what the customer needs and work back from it, and they keep \
        earning the customer's trust long after the sale.\n\n\
        - Rebuilt the returns page after reading a month of complaints\n\n\
        ### Ownership\n\n\
        > Leaders think about the long run and act for the whole company, and they never \
        say that a problem belongs to someone else.\n\n\
        - Took over the flaky deploy pipeline nobody owned\n\n\
        ### Learn and Be Curious\n\n\
        > The company wants people who are never satisfied.\n\n\
        - Learned Rust to fix the parser\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 3, "{told:#?}");
    assert!(
        told.iter().all(|t| !t.contains("never satisfied")),
        "{told:#?}"
    );
}

#[test]
fn a_list_counted_by_the_line_before_it_is_those_things() {
    let set = principles::builtin();
    let notes = "## Earn Trust\n\n\
        Shipped the audit log the security team had asked for twice.\n\n\
        A book my first manager gave me lists 4 habits of trusted people.\n\n\
        1. Say it straight\n\
        2. Keep promises\n\
        3. Admit mistakes\n\
        4. Listen first\n";
    let read = plan(notes, &set);
    assert!(
        read.drafts
            .iter()
            .all(|d| !d.told().contains("Keep promises")),
        "{:#?}",
        read.drafts
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Keep promises") && s.reason.contains("counts")),
        "{:?}",
        read.skipped
    );
    // The line that counts them, telling nothing the writer did, is no story either.
    assert!(
        read.drafts
            .iter()
            .all(|d| !d.told().contains("lists 4 habits")),
        "{:#?}",
        read.drafts
    );
    // Stories counted are stories.
    let notes = "## Ownership\n\nI have 2 stories for this one.\n\n\
        - Took over the flaky deploy pipeline\n\
        - Wrote the runbook for the pager\n";
    let read = plan(notes, &set);
    assert!(
        read.drafts
            .iter()
            .any(|d| d.told().contains("deploy pipeline")),
        "{:#?}",
        read.drafts
    );
}

#[test]
fn a_story_named_in_bold_then_its_principles_joined_by_plus_links_them_all() {
    let set = principles::builtin();
    let notes = "## Playbook\n\n### Top stories to know cold\n\
        1. **Warehouse scanner rewrite** — Think Big + Deliver Results + Ownership.\n\
        2. **Pricing bug hunt** — Dive Deep + Are Right A Lot. The best data story.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.principles,
        ["think-big", "deliver-results", "ownership"]
    );
    assert_eq!(
        read.drafts[1].story.principles,
        ["dive-deep", "are-right-a-lot"]
    );
    assert!(super::rules::sample_heading(
        "Sample Answer — for calibration"
    ));
    assert!(!super::rules::sample_heading(
        "Pricing bug hunt — the sample data"
    ));
}

#[test]
fn a_question_heading_with_its_principles_in_brackets() {
    let set = principles::builtin();
    assert!(is_question(
        "Your teammate keeps missing deadlines, how do you handle that? [Ownership]"
    ));
    assert_eq!(
        heading_title("Hardest project [highest standards, think big]"),
        (
            "Hardest project".to_string(),
            Some("[highest standards, think big]".to_string())
        )
    );
    // A wiki link is no remark.
    assert_eq!(heading_title("See [[Billing]]").1, None);
    // Our own words: questions as headings, their principles in brackets, one answered
    // only by the question in Chinese (no one speaks of themselves in it).
    let notes = "## Earn Trust\n\nShipped the audit log the security team asked for.\n\n\
        ## Practice\n\n\
        ### Hardest project you worked on [highest standards, think big]\n\n\
        - Story: the flood model\n\
        - A: I rebuilt the solver and cut the run from a day to an hour.\n\n\
        ### Tell me about a time you changed your priorities quickly [ownership]\n\
        > 快速调整工作的优先级\n";
    let read = plan(notes, &set);
    let flood = read
        .drafts
        .iter()
        .find(|d| d.told().contains("solver"))
        .expect("the story is read");
    assert_eq!(
        flood.story.principles,
        ["insist-on-the-highest-standards", "think-big"]
    );
    assert!(
        read.drafts.iter().all(|d| !d.told().contains("快速")),
        "{:#?}",
        read.drafts
    );
    assert!(
        read.questions
            .iter()
            .any(|q| q.question.contains("changed your priorities")),
        "{:?}",
        read.questions
    );
}

#[test]
fn an_empty_heading_under_a_heading_over_questions_is_a_question() {
    let set = principles::builtin();
    let notes = "## Earn Trust\n\nShipped the audit log the security team asked for.\n\n\
        ## Practice questions\n\n\
        ### Deadlines [deliver results]\n\n\
        - Story: the launch we moved\n\
        - A: I cut two features and told the client a week ahead.\n\n\
        ### Risk — deciding with half the data [bias for action]\n";
    let read = plan(notes, &set);
    assert!(
        read.drafts.iter().all(|d| !d.story.title.contains("Risk")),
        "{:#?}",
        read.drafts
    );
    assert!(
        read.questions
            .iter()
            .any(|q| q.question.contains("half the data") && q.principle == "bias-for-action"),
        "{:?}",
        read.questions
    );
}

#[test]
fn in_notes_a_paragraph_that_gives_an_example_goes_on_from_the_one_before() {
    let set = principles::builtin();
    // Our own words: descriptions, then the writer's paragraphs; the second opens "For
    // example"; two story names a line each, with full stops.
    let notes = "## Customer Obsession\n```\nLeaders start from what the customer needs and \
        work back from it, and they keep earning that trust long after the sale.\n```\n\n\
        We read every support ticket that mentions the export.\n\n\
        For example I rebuilt the export screen after a week of tickets about it.\n\n\
        ## Are Right, A Lot\n```\nLeaders judge well and often. They look for views unlike \
        their own and test what they believe.\n```\n\n\
        Queue migration with Dana.\n\
        Cache keys with Omar.\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 3, "{told:#?}");
    assert!(told[0].contains("support ticket") && told[0].contains("rebuilt the export"));
    assert!(told[1].contains("Queue migration") && !told[1].contains("Cache keys"));
}

#[test]
fn a_line_that_opens_with_a_deed_is_no_description() {
    assert!(!is_description(
        "Automated the nightly reconciliation and turned it into a repeatable job that \
         the whole finance team now runs."
    ));
    assert!(is_description(
        "Leaders keep the customer at the centre of every decision and work back from \
         what the customer needs, not from what is easy to build."
    ));
    let set = principles::builtin();
    // Our own words: a project's write-up, then a principle a heading over a line of
    // what the writer did.
    let notes = "# Parcel tracker\n\nA tool that flags late parcels for review.\n\n\
        ## Principles shown\n\n### Dive Deep\n\n\
        Went past the daily totals and read the scan events of every late parcel.\n\n\
        ### Ownership\n\n\
        Noticed nobody owned the late-parcel report and built the tool to replace it.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read);
    assert_eq!(read.drafts[0].story.principles, ["dive-deep"]);
}

#[test]
fn in_a_guide_tips_and_a_framework_under_a_question_are_not_stories() {
    let set = principles::builtin();
    // Our own words: a guide's question under each principle, then tips in the
    // imperative or a sample answer in labelled parts.
    let notes = "# Guide to the loop\n\nYou will meet five interviewers; prepare your answers \
        and practise them aloud until you can tell each in two minutes.\n\n\
        ### Customer Obsession\n**Q:** Tell me about a time you went out of your way for a customer.\n\
        **Framework:**\n\
        - **S:** Checkout took four seconds\n\
        - **T:** Bring it under one second\n\
        - **A:** Cached the basket, trimmed the scripts\n\
        - **R:** 0.8 seconds, fewer abandoned baskets\n\n\
        ### Think Big\n**Q:** Tell me about a bold idea you proposed.\n**Tips:**\n\
        - Show vision beyond the task\n\
        - Quantify the impact\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Checkout took") && s.reason.contains("sample")),
        "{:?}",
        read.skipped
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Quantify the impact") && s.reason.contains("tips")),
        "{:?}",
        read.skipped
    );
    assert_eq!(read.questions.len(), 2, "{:?}", read.questions);
}

#[test]
fn a_story_with_no_principle_takes_the_one_its_question_asks_for() {
    let set = principles::builtin();
    // Our own words: questions under a heading that names no principle, after a
    // section that does; the answer talks of customers, the question asks about
    // disagreeing and committing.
    let notes = "## Ownership\n\nTook over the flaky deploy pipeline nobody owned.\n\n\
        # Behavioral questions\n\n\
        Here are some examples of behavioral questions:\n\n\
        1. Tell me about a time you disagreed with your manager and then committed.\n\
        - Customers wrote in every week about the price\n   \
        - I read every customer ticket and called ten customers\n   \
        - showed the cheaper plan first so customers would trust us\n";
    let read = plan(notes, &set);
    let story = read
        .drafts
        .iter()
        .find(|d| d.told().contains("Customers wrote in"))
        .expect("the story is read");
    assert_eq!(
        story.story.principles,
        ["have-backbone-disagree-and-commit"],
        "{:#?}",
        read
    );
}

#[test]
fn a_note_that_names_a_story_again_is_paired_with_it() {
    let set = principles::builtin();
    // Our own words: a story named under one principle, then "NAME example, again"
    // and "NAME again, …" under others; and a note that only says it tried again.
    let notes = "## Invent and Simplify\n\n- Lumen: replaced the hand-written report with a query\n\n\
        ## Frugality\n\n- Lumen example, again\n\n\
        ## Deliver Results\n\n- Lumen again, the report was ready a week early\n\n\
        ## Earn Trust\n\n- Tried again after the first review failed\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 4, "{:#?}", read.drafts);
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert!(pairs.contains(&(0, 1)), "{pairs:?}");
    assert!(pairs.contains(&(0, 2)), "{pairs:?}");
    assert!(pairs.iter().all(|&(a, b)| a != 3 && b != 3), "{pairs:?}");
    // It says so itself: the report says one retells the other.
    assert!(read.duplicates.iter().all(|d| d.retold));
}

#[test]
fn in_notes_a_list_right_under_the_writers_prose_is_more_of_it() {
    let set = principles::builtin();
    // Our own words: descriptions in fences; under one, the writer's view with its
    // points listed under it; under the next, a story with its points; under the last,
    // story names a bullet each.
    let notes = "## Customer Obsession\n```\nLeaders start from what the customer needs and \
        work back from it, and they keep earning that trust long after the sale.\n```\n\n\
        Everything we build comes back to how fast and how reliable the booking flow is for \
        the traveller, and so we always try to cut the calls we make and keep our pages \
        quick.\n\n\
        - Caching the fare lookups\n\
        - Canary releases\n\n\
        For example I fought to keep the hold reminder email when another team wanted to drop \
        it, and the product owner changed his mind after I showed him the support calls.\n\n\
        - Support calls\n\
        - Talks with the owner\n\n\
        ## Frugality\n```\nLeaders do more with what they already have; a tight budget is a \
        reason to invent, and a bigger team earns nothing.\n```\n\n\
        - Test suite moved off the paid runner\n\
        - Fewer calls to the fare service\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 3, "{told:#?}");
    assert!(told[0].contains("hold reminder") && told[0].contains("Talks with the owner"));
    assert!(
        told.iter().all(|t| !t.contains("Canary releases")),
        "{told:#?}"
    );
    assert!(told[1].contains("paid runner") && !told[1].contains("fare service"));
    // A view that someone did something in is no view.
    assert!(!gives_view(
        "My manager was pleased; he said it is the best team he has led."
    ));
    assert!(gives_view("This goes along with being curious."));
    assert!(gives_view(
        "I mean if I am made to change my design, then I will carry it out to the end."
    ));
}

#[test]
fn a_merged_draft_whose_title_came_from_its_text_is_not_written_twice() {
    let set = principles::builtin();
    let notes = "## Invent and Simplify\n\n- Lumen: replaced the hand-written report with a query\n\n\
        ## Frugality\n\n- Lumen example, again\n\n\
        ## Deliver Results\n\n### The report rewrite\n\nLumen again: the report was ready early.\n";
    let mut read = plan(notes, &set);
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert_eq!(pairs, [(0, 1), (0, 2)], "{:#?}", read);
    super::merge::merge(&mut read, &pairs);
    assert_eq!(read.drafts.len(), 1);
    let notes = &read.drafts[0].story.notes;
    assert_eq!(notes.matches("Lumen example, again").count(), 1, "{notes}");
    // A heading of the person's own is kept.
    assert!(notes.contains("The report rewrite"), "{notes}");
}

#[test]
fn stories_counted_under_one_question_each_answer_it() {
    let set = principles::builtin();
    // Our own words: plain notes, a principle in capitals, one question, then two
    // stories counted `1)` and `2)`, each in labelled parts.
    let notes = "CUSTOMER OBSESSION\n\n\
        Describe a time you had a very difficult customer\n\n\
        1) Situation: The shop went down at its busiest hour.\n\nTask: Keep it up.\n\n\
        Action: I added a cache in front of the catalogue.\n\nResult: No downtime that season.\n\n\
        2) Situation: The customer paid for machines nobody used.\n\nTask: Cut the bill.\n\n\
        Action: I moved their test jobs to spot machines.\n\nResult: Half the cost.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    for draft in &read.drafts {
        assert_eq!(
            draft.story.questions,
            ["Describe a time you had a very difficult customer"],
            "{:#?}",
            draft
        );
    }
}

#[test]
fn a_principle_s_name_alone_under_a_question_is_no_story() {
    let set = principles::builtin();
    // Our own words: a question, then the principles it calls on, a bullet each.
    let notes = "#### Tell me about a time you missed a deadline:\n\
        * Ownership\n* Deliver Results\n\n\
        ## Frugality\n\nI ran the test farm on two old laptops for a quarter.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["I ran the test farm on two old laptops for a quarter"]
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("a principle's name alone")
                && s.text.contains("Deliver Results")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn why_the_writer_wants_the_job_is_no_story() {
    let set = principles::builtin();
    // Our own words: the question "Why this company?" and the writer's reasons.
    let notes = "## Customer Obsession\n\n##### Why Amazon?\n\n\
        I'm drawn to the way the teams own their services, shaped by years of on-call. \
        The scale excites me and I look forward to learning from it.\n\n\
        ##### Tell me about a customer you helped\n\n\
        I stayed on a call with the hospital until their import ran clean.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("hospital"));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("why you want the job") && s.text.contains("drawn")),
        "{:#?}",
        read.skipped
    );
    assert!(asks_motive("Why Amazon?"));
    assert!(asks_motive("Why do you want to work here?"));
    assert!(asks_motive("Tell me about yourself."));
    assert!(!asks_motive("Why did you choose Kafka?"));
}

#[test]
fn reminders_under_a_question_item_may_be_long_phrases() {
    let set = principles::builtin();
    // Our own words: a question as a bullet, three reminders nested under it, the last
    // a long phrase that names what was done without telling it.
    let notes = "## Customer Obsession\n\
        - Tell me about a time you found a win-win\n    \
        - Letting both teams keep their dashboards\n    \
        - Refusing to drop the guest checkout\n    \
        - Calling back the stranded buyers by giving them the seller's number or pairing them with an agent\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    for d in &read.drafts {
        assert_eq!(
            d.story.questions,
            ["Tell me about a time you found a win-win"]
        );
    }
    // A step told done, or a sentence, is no reminder.
    assert!(!super::walk::reminder_item(
        "Built the dashboard for both teams over a long weekend"
    ));
    assert!(!super::walk::reminder_item(
        "I called back every stranded buyer that week myself"
    ));
}

#[test]
fn a_second_question_run_on_in_lower_case_is_no_answer() {
    // Our own words.
    assert_eq!(
        super::walk::answered_inline(
            "Tell me about a conflict? how you settled it and what you learned"
        ),
        None
    );
    assert_eq!(
        super::walk::answered_inline(
            "How do you prioritise? From experience, by the customer's loss."
        ),
        Some((
            "How do you prioritise?",
            "From experience, by the customer's loss."
        ))
    );
}

#[test]
fn an_answer_that_explains_a_tool_in_you_is_the_writer_s() {
    let set = principles::builtin();
    // Our own words: the interviewer's question as a bullet, the answer nested under
    // it, the writer's choice told and the tool explained in "you".
    let notes = "## Learn and Be Curious\n\
        - Tell me about a time you learned a tool for a problem\n    \
        - Orders were entered twice and nobody could find the twins.\n    \
        - Why I chose a search index? I wanted fuzzy matching on the addresses.\n    \
        - A search index lets you store the text; when you search, you give it words and \
        your words are matched against an inverted index.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(read.drafts[0].story.notes.contains("fuzzy matching"));
    assert!(!counsels("when you search, you give it words"));
    assert!(counsels("You should ask early; you will save a week."));
}

#[test]
fn a_paragraph_that_points_back_goes_on_with_the_story_before() {
    let set = principles::builtin();
    // Our own words: two paragraphs of one story, the second opening with what was
    // done in place of the first's plan, or with "their"; then two stories apart.
    let notes = "### Bias for Action\n\
        We had to ship the export page. In testing, the totals came out wrong.\n\n\
        Instead of holding the release, I found the rounding bug and fixed it that day.\n\n\
        ### Have Backbone; Disagree and Commit\n\
        I asked for a feature flag on the new checkout. The team thought it slowed us down.\n\n\
        To answer their worry, I timed both paths and showed the flag cost a minute.\n\n\
        ### Dive Deep\n\
        I traced the slow page to a render loop and fixed it in a day.\n\n\
        In 2021, I moved the nightly export to the replica and it finished in ten minutes.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 4, "{titles:?}");
    assert!(read.drafts[0].story.notes.contains("rounding bug"));
    assert!(read.drafts[1].story.notes.contains("timed both paths"));
}

#[test]
fn a_support_case_s_issue_solution_and_resolution_are_its_parts_and_its_name_goes_with_it() {
    let set = principles::builtin();
    // Our own words: two cases under one line, each named, then Issue, Action and
    // Resolution.
    let notes = "### Customer Obsession\n\
        - Helped customers through two bad weeks\n  \
        - Harbour case:\n    \
        - Issue: Their reports stopped after the move to the new region.\n    \
        - Action: Sat on calls with support until we found the missing role.\n    \
        - Resolution: Granted the role and replayed the week's reports.\n  \
        - Orchard case:\n    \
        - Issue: The dashboard froze after an upgrade.\n    \
        - Solution: Restarted the rules engine with a smaller backlog.\n    \
        - Resolution: The dashboard came back within the hour.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let first = &read.drafts[0].story;
    assert!(first.part(Part::Result).contains("replayed"), "{first:#?}");
    assert!(!first.part(Part::Result).contains("Orchard"), "{first:#?}");
    let second = &read.drafts[1].story;
    assert_eq!(second.title, "Orchard case");
    assert!(second.part(Part::Action).contains("smaller backlog"));
    assert!(second.part(Part::Result).contains("within the hour"));
}

#[test]
fn stories_named_in_bold_one_after_another_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: two stories under one principle, each opened by its name in bold
    // and told in a list under it.
    let notes = "### Invent and Simplify\n\
        **- Drag and drop**\n  \
        - Took on the editor feature a senior had set aside.\n  \
        - Built it over a month and it shipped.\n\n\
        **- Old views to React:**\n  \
        - Rewrote the preview page.\n  \
        - Added caching on the way.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Drag and drop", "Old views to React"]);
    assert!(read.drafts[1].story.notes.contains("caching"));
}

#[test]
fn a_heading_that_counts_names_no_story_and_a_quoted_question_of_several_stays_whole() {
    let set = principles::builtin();
    // Our own words: `### First Question` over the interviewer's question in quotation
    // marks, three sentences asking, then the story in labelled parts.
    let notes = "## Are Right, A Lot\n\n### First Question\n\n\
        > \u{201c}Tell me about a time you lacked the data to decide. What did you do? What path did you take? Was it the right call?\u{201d}\n\n\
        **S \u{2013} Situation:**\nThe new board needed an API before the vendor's tools were ready.\n\n\
        **A \u{2013} Action:**\nI chose the RPC path over the command strings.\n\n\
        **R \u{2013} Result:**\nIt held up, though we kept both paths for a year.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.questions.len(), 1, "{:?}", story.questions);
    assert!(story.questions[0].ends_with("Was it the right call?"));
    assert!(story.notes.trim().is_empty(), "{:?}", story.notes);
    assert_eq!(
        story.title,
        "The new board needed an API before the vendor's tools"
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text == "First Question" && s.reason.starts_with("a heading that counts"))
    );
}

#[test]
fn a_bulleted_question_after_a_story_told_in_parts_heads_the_answer_under_it() {
    let set = principles::builtin();
    // Our own words: a story in labelled parts, then a question in a bullet of its own
    // and its answer in a plain paragraph.
    let notes = "### Customer Obsession\n\n\
        - Tell me about a time you let a customer down.\n\n\
        **Situation**: A client's order was entered twice.\n\n\
        **Action**: I wrote the fix too fast and used the wrong IDs.\n\n\
        **Result**: I owned it, rolled back and checked every query twice after that.\n\n\
        * How do you rank many customers' requests?\n\n\
        I sort them by how badly each one hurts the customer's business, with a severity table. \
        For instance, last spring a client asked me to rush their fix and I agreed a date with my manager instead.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(!read.drafts[0].story.part(Part::Result).contains("severity"));
    assert_eq!(
        read.drafts[1].story.questions,
        ["How do you rank many customers' requests?"]
    );
    assert!(read.drafts[1].story.notes.contains("severity table"));
}

#[test]
fn reminders_under_a_prompt_or_a_question_line_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: a prompt in "you" over bullets indented as code would be, the
    // next prompt right under them; a question line over a list of reminders, one with
    // its details nested; a question over an empty item, the next question's answer
    // under it.
    let notes = "## Ownership\n\
        Hard moment where you had to step in\n    \
        - Release freeze regression\n    \
        - Map colours not syncing\n    \
        - Pager storm in March\n\
        Hard call you made on a project\n    \
        - Dropped the schema migration for the map work\n\n\
        ## Invent and Simplify\n\
        Tell me about a time you made something hard simple\n\
        - hashing the invite codes so nobody had to store them\n\
        - skin tone picker\n    \
        - one base glyph and a modifier instead of five images\n\n\
        ## Deliver Results\n\
        Tell me about a time you got negative feedback\n\
        - \n\
        Tell me about a time you lifted the team after a blow\n\
        Moved from the old app to the new one and wrote the hand-over notes.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert!(titles.contains(&"Release freeze regression"), "{titles:?}");
    assert!(titles.contains(&"Pager storm in March"), "{titles:?}");
    let pager = read
        .drafts
        .iter()
        .find(|d| d.story.title == "Pager storm in March")
        .unwrap();
    assert_eq!(
        pager.story.questions,
        ["Hard moment where you had to step in"]
    );
    assert!(
        !pager.story.notes.contains("Hard call"),
        "{:?}",
        pager.story.notes
    );
    assert!(
        read.drafts
            .iter()
            .any(|d| d.story.notes.contains("Dropped the schema migration")),
        "{titles:?}"
    );
    let hashing: Vec<_> = read
        .drafts
        .iter()
        .filter(|d| d.story.questions == ["Tell me about a time you made something hard simple"])
        .collect();
    assert_eq!(hashing.len(), 2, "{titles:?}");
    assert!(hashing[1].story.notes.contains("modifier"));
    // The empty item is no heading's underline: the question after it and its answer
    // are read under Deliver Results.
    let lifted = read
        .drafts
        .iter()
        .find(|d| d.story.notes.contains("hand-over notes"))
        .expect("the answer is read");
    assert_eq!(lifted.story.principles, ["deliver-results"]);
}

#[test]
fn questions_and_their_answers_taking_turns_in_one_list() {
    let set = principles::builtin();
    // Our own words: a list whose questions and answers take turns (an answer typed
    // one space in, so a sibling item, not a nested one); then a list whose items each
    // carry their answers nested, one a prompt in shorthand; then a question and an
    // answer whose list is typed right under its last line.
    let notes = "## Frugality\n\
        - Tell me about a time you turned down more people for a project\n \
        - Skin tone picker, one engineer. Did not ask for more because I scoped it tight\n\
        - Tell me about a time you got big results on a small budget\n \
        - Theme release tool\n \
        - Theme code generator\n\n\
        ## Have Backbone; Disagree and Commit\n\
        - disagreement with my manager\n    \
        - reusing the opt-out check\n    \
        - Refused to reuse the old method, which ran every city query.\n\
        - how do you handle a hard conversation\n    \
        - the designer who went quiet, I said it plainly with reasons\n\n\
        ## Deliver Results\n\n\
        Tell me about a time you lifted the team after a blow\n\
        Moved from the old app to the new one; we dropped two features.\n\
        - Wrote the hand-over notes so the new team could keep them\n";
    let read = plan(notes, &set);
    let asked = |q: &str| -> Vec<String> {
        read.drafts
            .iter()
            .filter(|d| d.story.questions.iter().any(|x| x.contains(q)))
            .map(|d| d.story.title.clone())
            .collect()
    };
    assert_eq!(
        asked("turned down more people").len(),
        1,
        "{:#?}",
        read.drafts
    );
    assert_eq!(
        asked("small budget"),
        ["Theme release tool", "Theme code generator"]
    );
    assert_eq!(
        asked("disagreement with my manager").len(),
        1,
        "{:#?}",
        read.drafts
    );
    let lifted = read
        .drafts
        .iter()
        .find(|d| d.story.notes.contains("dropped two features"))
        .expect("the answer is read");
    assert!(
        lifted.story.notes.contains("hand-over notes"),
        "{lifted:#?}"
    );
}

#[test]
fn prompts_in_bold_mapped_by_an_arrow_and_principles_in_capitals_with_their_question() {
    let set = principles::builtin();
    // Our own words: prompts wholly in bold, alternatives set apart by slashes, the
    // principles each maps to after an arrow; one prompt asks nothing but stands where
    // the others do. Then principles in capitals, the question after a colon.
    let notes = "**Hardest project/Tell me a time you solved a complex problem**\n\
        → maps to highest standards, think big\n\n\
        I rebuilt the ranking service without the model we had planned, and it shipped before the sale.\n\n\
        **Missed deadline**\n\n\
        I told the client a week early that we would slip, and shipped the core on time.\n\n\
        **Tell me a time when you received negative feedback**\n\n\
        My team said I was hard to reach when we went remote, so I set up a call with each of them.\n\n\
        THINK BIG: Tell me about a time when you proposed a new business.\n\
        case 1\n\
        I pitched a store finder in augmented reality to the product lead.\n\n\
        FRUGALITY: Tell me about a time you saved money.\n\
        case 1\n\
        I moved our fax line to an email service and we sold the machine.\n";
    let read = plan(notes, &set);
    let find = |w: &str| {
        read.drafts
            .iter()
            .find(|d| d.all_text().contains(w))
            .unwrap_or_else(|| panic!("{w}: {:#?}", read.drafts))
    };
    let ranking = find("ranking service");
    assert_eq!(
        ranking.story.principles[..2],
        ["insist-on-the-highest-standards", "think-big"]
    );
    assert!(
        !ranking.story.title.starts_with('→'),
        "{}",
        ranking.story.title
    );
    assert!(!ranking.all_text().contains("shipped the core"));
    assert_eq!(
        find("shipped the core").story.questions,
        ["Missed deadline"]
    );
    assert_eq!(find("augmented reality").story.principles, ["think-big"]);
    assert_eq!(find("fax line").story.principles, ["frugality"]);
    assert!(is_question(
        "Most challenging/proudest project/Tell me a time you solved it"
    ));
    assert!(!is_question("Situation/Task/Action"));
    assert_eq!(
        arrow_names("→ 对应的是 Bias for action, Ownership.", &set),
        ["bias-for-action", "ownership"]
    );
    assert!(arrow_names("→ then we shipped it", &set).is_empty());
}

#[test]
fn a_note_in_another_language_on_how_to_answer_is_no_story_where_stories_are_told_in_english() {
    let set = principles::builtin();
    // Our own words: stories told in English under their principles, and under one
    // question a note in Chinese on how to answer it (introduce the background, then
    // say what you did and learned), nothing the writer did.
    let notes = "## Ownership\n\n\
        I took over the release when our lead left and I shipped it on time.\n\n\
        ## Dive Deep\n\n\
        I traced the slow report to one query and we rewrote it together.\n\n\
        ## Earn Trust\n\n\
        **Tell me a time when you received negative feedback**\n\
        先介绍背景，简单说一下就行，重点放在怎么解决这个问题，以及学到了什么。结果一定是好结果。\n\n\
        ## Bias for Action\n\n\
        When we went remote I answered messages late; I set up a call with each teammate and we agreed on hours.\n\n\
        ## Deliver Results\n\n\
        a) Tell me a time when you met a hard goal\n\n\
        b) Tell me a goal you missed\n";
    let read = plan(notes, &set);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("先介绍背景")
                && s.reason.starts_with("a note in another language")),
        "{:#?}",
        read.drafts
    );
    assert!(
        read.drafts
            .iter()
            .any(|d| d.all_text().contains("set up a call"))
    );
    // `a) Tell me…` asks: a question kept as the reader's own, no story.
    assert!(is_question("a) Tell me a time when you met a hard goal"));
    assert!(
        !read
            .drafts
            .iter()
            .any(|d| d.story.title.contains("hard goal"))
    );
}

#[test]
fn a_list_of_items_each_opening_with_principles_in_bold_is_a_story_each() {
    let set = principles::builtin();
    // Our own words: a heading over stories that names no principle, a line leading
    // to them, and an item per principle; one names two, one is said in the present.
    let notes = "## 6. My principle stories\n\n\
        Keep each to two minutes.\n\n\
        - **Dive Deep**: *The lock was not enough.* I found a paused worker could still write, and I added a fencing token.\n\
        - **Frugality**: The whole service runs on one small machine with free tools.\n\
        - **Ownership / Are Right, A Lot**: I set the numbers as targets first and built the benchmark to test them.\n";
    let read = plan(notes, &set);
    let got: Vec<(&str, Vec<&str>)> = read
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.principles.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], ("The lock was not enough", vec!["dive-deep"]));
    assert_eq!(got[1].1, ["frugality"]);
    assert_eq!(got[2].1, ["ownership", "are-right-a-lot"]);
}

#[test]
fn a_case_told_in_the_present_under_its_label_is_the_writer_s() {
    let set = principles::builtin();
    // Our own words: two cases under a principle, the second told in the present by
    // a writer for whom English is a second language.
    let notes = "## Frugality\n\n\
        case 1\n\
        I moved the fax line to an email service and we sold the machine.\n\n\
        case 2\n\
        Billing project is a little hurry, we don't have enough people. One load takes 4 minutes, we watch every step, automate what we can, and the load takes 2 minutes finally.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.skipped);
    assert!(read.drafts[1].story.notes.contains("2 minutes finally"));
}

#[test]
fn numbered_principles_in_bold_under_a_deeper_heading_and_stories_after_it_guessed_each() {
    let set = principles::builtin();
    // Our own words: `**1. Customer Obsession**` over a story in italic labels, under
    // a `###` heading; then `### More stories` over two stories that name no principle,
    // each linked by its own words.
    let notes = "## Section 2\n\n### Principle stories\n\n\
        **1. Customer Obsession**\n*Situation:* Support drowned in tickets about a slow dashboard.\n*Action:* I cut the payload the first view needed.\n*Result:* Tickets fell by four fifths.\n\n\
        **2. Frugality**\n*Situation:* The staging servers ran all night.\n*Action:* I switched them off after hours with a small job.\n*Result:* The bill fell by sixty percent.\n\n\
        ---\n\n### More stories\n\n\
        **3. A time I mentored someone**\n*Situation:* A new developer struggled with our code review.\n*Action:* I paired with him every morning and coached him until he shipped alone.\n*Result:* He now mentors others.\n\n\
        **4. A decision on the data**\n*Situation:* We argued over two databases.\n*Action:* I benchmarked both on our real data and chose by the numbers, a judgment the team later agreed was right.\n*Result:* The choice held for three years.\n";
    let read = plan(notes, &set);
    let got: Vec<&str> = read
        .drafts
        .iter()
        .map(|d| d.story.principles[0].as_str())
        .collect();
    assert_eq!(got.len(), 4, "{:#?}", read.drafts);
    assert_eq!(got[..2], ["customer-obsession", "frugality"]);
    // The stories after `### More stories` are not Frugality's, and not all one guess.
    assert!(!got[2..].contains(&"frugality"), "{got:?}");
    assert_ne!(got[2], got[3], "{got:?}");
    // The heading over them is kept with the lines read as structure.
    assert!(
        read.ignored.iter().any(|s| s.text.contains("More stories")),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn a_reference_to_a_story_told_above_joins_it_with_its_question_and_principle() {
    let set = principles::builtin();
    // Our own words: a story under a question, then other principles' questions
    // answered only by a reference to it.
    let notes = "## Deliver Results\n\n### What if you miss a deadline\n\
        I took a week's job to move our logging library, found it was three weeks of work, told my manager early and met the new date.\n\n\
        ## Ownership\n\n### Tell me about a time you left a task unfinished.\n***ref to missed deadline***\n\n\
        ## Insist on the Highest Standards\n\n### Tell me about a time you fell short of your own bar.\n**Ref to deadline**\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.principles,
        [
            "deliver-results",
            "ownership",
            "insist-on-the-highest-standards"
        ]
    );
    assert_eq!(story.questions.len(), 2, "{:?}", story.questions);
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason.starts_with("refers to a story told above"))
    );
    assert_eq!(
        super::walk::referred_words("***ref to tight deadline***"),
        Some(vec!["tight".to_string(), "deadline".to_string()])
    );
}

#[test]
fn a_description_followed_by_a_question_and_its_answer_is_the_description() {
    let set = principles::builtin();
    // Our own words: a principle in capitals, a line describing it, then a paragraph
    // that opens with the interviewer's question and goes on with the answer.
    let notes = "### OWNERSHIP\n\n\
        Leaders act for the whole company, think past this quarter and never say a task is not theirs.\n\n\
        Give me an example of when you took a risk.\n\n\
        case 1\nI led the rewrite of our billing page and shipped it in a month.\n\n\
        ### EARN TRUST\n\n\
        Leaders listen closely, say hard things plainly and hold themselves to the same bar as everyone else.\n\n\
        Tell me about a time you earned trust.\n\n\
        case 1\nI owned up to a bad release and walked the client through the fix.\n\n\
        ### INVENT AND SIMPLIFY:\n\n\
        Leaders look for simpler ways to do things and borrow good ideas from anywhere they can find them.\n\n\
        Tell me a time when you created an innovative product.\n\
        case 1\n\
        I replaced our fax machine with a service that mailed the faxes to a shared inbox.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    assert!(!read.drafts[2].all_text().contains("borrow good ideas"));
    assert!(
        read.skipped.iter().any(
            |s| s.text.contains("borrow good ideas") && s.reason.starts_with("the description")
        ),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_name_written_a_letter_or_two_apart_under_two_principles_is_a_likely_pair() {
    let set = principles::builtin();
    // Our own words: one project named under two principles, the second time with a
    // slip of the keyboard; and two different names that only share first letters.
    let notes = "## Frugality\n\n- Tell me about a time you did a lot with a little\n    - Release Train Automation\n    - Pager Rota Cleanup\n\n\
        ## Dive Deep\n\n- Tell me about a complex project\n    - Release train autmation\n    - Pricing Rules Clinic\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert!(pairs.contains(&(0, 2)), "{pairs:?} {titles:?}");
    assert!(!pairs.contains(&(1, 3)), "{pairs:?} {titles:?}");
}

#[test]
fn headings_typed_inside_an_answer_item_name_a_story_each() {
    let set = principles::builtin();
    // Our own words: a question as a bullet, two stories under it each named by a
    // heading typed inside the item, the first with its details nested.
    let notes = "## Are Right, A Lot\n\
        - Tell me about a time you had to convince the team\n    \
        # Failed-signup alerts\n        \
        - An email goes to support when a signup fails\n        \
        - We checked the partner data before creating accounts\n    \
        # Calling the landlord directly\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles[0].starts_with("Failed-signup alerts"), "{titles:?}");
    assert!(titles[1].starts_with("Calling the landlord"), "{titles:?}");
    for d in &read.drafts {
        assert_eq!(
            d.story.questions,
            ["Tell me about a time you had to convince the team"]
        );
    }
}

#[test]
fn a_question_after_its_label_with_a_full_stop_inside_quotes_is_asked() {
    let set = principles::builtin();
    // Our own words: `Q: "…."` over a story's parts, and a numbered question in quotes.
    let notes = "## Deliver Results\n\n\
        ### Q: \"Give me an example of a time you met a date that looked impossible.\"\n\n\
        **S:** The bakery's oven broke two days before a wedding order.\n\n\
        **A:** I rented a second oven and baked through the night.\n\n\
        **R:** The cake arrived on time.\n\n\
        ## 2. \"Tell me about a time you learned something fast.\"\n\n\
        **S:** I joined a team that wrote everything in a language I had never used.\n\n\
        **A:** I rewrote one small tool in it each evening for a week.\n\n\
        **R:** My first change shipped in my second week.\n";
    let plan = plan(notes, &set);
    let questions: Vec<_> = plan
        .drafts
        .iter()
        .map(|d| d.story.questions.clone())
        .collect();
    assert_eq!(
        questions,
        [
            vec!["Give me an example of a time you met a date that looked impossible."],
            vec!["Tell me about a time you learned something fast."],
        ]
    );
    // The title is the story's, not the question cut short.
    assert!(
        plan.drafts
            .iter()
            .all(|d| !d.story.title.contains("Give me")),
        "{:?}",
        plan.drafts
            .iter()
            .map(|d| &d.story.title)
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_summary_of_experience_asked_for_is_no_story() {
    let set = principles::builtin();
    // Our own words: a question asking for a summary of the writer's experience, the
    // summary under it, then a story.
    let notes = "# Dive Deep\n\n## 1. \"What's your experience with databases?\"\n\n\
        I have run Postgres for six years, tuned queries for a shop's checkout and \
        taught two interns to read query plans.\n\n\
        ## 2. \"Tell me about a time you fixed a slow query.\"\n\n\
        **S:** The checkout page took nine seconds on Mondays.\n\n\
        **A:** I found the missing index and added it.\n\n\
        **R:** The page loads in under a second.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    assert!(
        plan.skipped.iter().any(|s| s.reason
            == "a summary of your experience, asked for as one, not a story"
            && s.text.contains("six years")),
        "{:?}",
        plan.skipped
    );
    assert!(asks_experience("What is your background in finance?"));
    assert!(asks_experience("What experience do you have with hiring?"));
    assert!(!asks_experience(
        "What did you learn from your experience with the outage?"
    ));
}

#[test]
fn a_templates_worked_examples_beside_your_own_story_are_not_yours() {
    let set = principles::builtin();
    // Our own words: a page per principle, the writer's story named with "Story:",
    // then the template's counted examples, told in no one's first person.
    let notes = "# Frugality\n\n## Examples\n\
        Story: Spot instances for the reports\n\
        S: Our nightly reports ran on machines idle all day.\n\
        A: I moved them to spot instances.\n\
        R: The bill fell by half.\n\n\
        ### Example 1: Cost review\n\
        **Situation**: Cloud costs doubled in a quarter\n\
        **Action**:\n\
        - Reviewed every instance and removed the idle ones\n\
        **Result**: Costs fell by a third\n";
    let plan = plan(notes, &set);
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Spot instances for the reports"]);
    assert!(
        plan.skipped.iter().any(|s| s.reason
            == "a template's worked example beside your own story, not your own story"
            && s.text.contains("Reviewed every instance")),
        "{:?}",
        plan.skipped
    );
    // Without a story named so, a counted example is the writer's own.
    let own = super::plan(
        "# Frugality\n\n### Example 1: Cost review\n\
         **Situation**: Cloud costs doubled in a quarter\n\
         **Action**: Reviewed every instance and removed the idle ones\n\
         **Result**: Costs fell by a third\n",
        &set,
    );
    assert_eq!(own.drafts.len(), 1, "{:?}", own.skipped);
}

#[test]
fn a_gloss_in_a_list_of_terms_may_hold_words_in_ed() {
    let set = principles::builtin();
    // Our own words: glosses with participles ("informed", "changed"), no event.
    let notes = "# Bias for Action\n\n## Quick fix\n\nI rolled the release back within \
        ten minutes.\n\n## Focus areas\n\
        - **Fast calls**: Making informed decisions with little time\n\
        - **Reversible steps**: Choosing paths that can be easily changed\n\
        - **Watching**: Dashboards for each change\n";
    let plan = plan(notes, &set);
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Quick fix"]);
}

#[test]
fn paragraphs_that_each_name_the_principle_they_show_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: a post with no heading, each paragraph opening by saying which
    // principle it shows, a line of the site's before them.
    let notes = "Posted in Essays\n\n\
        One leadership principle I have lived by at the shop is frugality. When the \
        oven broke I fixed it with a part from a scrapped one. It cost us nothing.\n\n\
        Another principle I have shown is dive deep. I read every receipt of a month \
        to find why the flour ran out early.\n\n\
        The till showed a supplier billing twice.\n";
    let plan = plan(notes, &set);
    let drafts: Vec<_> = plan
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.principles.clone()))
        .collect();
    assert_eq!(
        drafts,
        [
            (
                "When the oven broke I fixed it with a part from a scrapped",
                vec!["frugality".to_string()]
            ),
            (
                "I read every receipt of a month to find why the flour ran",
                vec!["dive-deep".to_string()]
            ),
        ]
    );
    // The paragraph after the second is its story's.
    assert!(plan.drafts[1].story.notes.contains("billing twice"));
    assert!(
        plan.skipped.iter().any(|s| s.text == "Posted in Essays"),
        "{:?}",
        plan.skipped
    );
    assert_eq!(
        shows_principle("Ownership is what I liked most.", &set),
        None
    );
    assert_eq!(
        shows_principle("The principle I lean on most is Bias for Action.", &set).as_deref(),
        Some("bias-for-action")
    );
    // (A letter whose lower case is longer, `İ`, before the name: no offset shifts.)
    assert_eq!(
        shows_principle("In İzmir the principle I showed is “Frugality”.", &set).as_deref(),
        Some("frugality")
    );
}

#[test]
fn the_notes_title_block_over_what_they_say_they_are_is_no_story() {
    let set = principles::builtin();
    // Our own words: a principle's name, the writer's name and the page's title, the
    // paragraph that says what the page is, then a story.
    let notes = "Frugality\n\nAda Baker\n\nStory Worksheet\n\n\
        This worksheet was written to line up my work with each principle.\n\n\
        Situation: The shop's oven broke before a wedding order.\n\n\
        Action: I fixed it with a part from a scrapped one.\n\n\
        Result: The cake was baked on time.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    assert!(
        plan.drafts[0]
            .story
            .part(crate::model::Part::Situation)
            .contains("oven broke")
    );
    assert!(
        plan.skipped.iter().any(|s| s.reason
            == "the notes' title or their writer's name, over what they say they are"
            && s.text.contains("Ada Baker")),
        "{:?}",
        plan.skipped
    );
}

#[test]
fn what_someone_else_said_reported_is_not_your_story() {
    let set = principles::builtin();
    // Our own words: a profile quoting a baker, in the third person outside the quotes.
    let notes = "“Everything starts with Frugality,” the shop's baker, Ines Moreau, \
        said. “I heard that before I joined and it turned out true.”\n\n\
        Moreau joined the shop two months before it opened. It was a busy time. \
        Moreau, who began at the till, moved to the ovens a year later because of \
        another principle, Learn and Be Curious.\n\n\
        “I love learning something new,” Moreau said.\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.reason == "what someone else said, reported, not your story"),
        "{:?}",
        plan.skipped
    );
    // The writer quoting someone in their own story is still telling it.
    let own = super::plan(
        "# Frugality\n\nMy manager said “we cannot buy a new oven.” I said I could fix \
         the old one, and I did, with a part from a scrapped one. She said it was \
         the cheapest repair of the year.\n",
        &set,
    );
    assert_eq!(own.drafts.len(), 1, "{:?}", own.skipped);
}

#[test]
fn a_quoted_answer_the_text_around_it_calls_a_sample_is_not_yours() {
    let set = principles::builtin();
    // Our own words: a guide's page on a question, a quoted answer under it.
    let notes = "# Frugality\n\nFirst, what frugality means, before we read a sample \
        answer to the question.\n\n\
        “One morning the oven broke before a wedding order. I fixed it with a part \
        from a scrapped one and we baked on time.”\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    // The writer's own story, with a line of what someone said quoted in it, is theirs.
    let own = super::plan(
        "# Frugality\n\nA sample answer from my notes:\n\nOne morning the oven broke. I \
         fixed it with a part from a scrapped one. “Cheapest repair of the year,” my \
         manager said.\n",
        &set,
    );
    assert!(
        own.drafts
            .iter()
            .any(|d| d.story.notes.contains("scrapped one")),
        "{:?}",
        own.skipped
    );
}

#[test]
fn a_line_that_leads_in_to_a_story_is_not_a_story_of_its_own() {
    let set = principles::builtin();
    // Our own words: a line saying an answer follows, the answer under it.
    let notes = "# Frugality\n\nMy example answer:\n\nOne morning the oven broke. I fixed it \
        with a part from a scrapped one.\n\nThe van: I sold the second van and rented one \
        on the two busy days.\n";
    let plan = plan(notes, &set);
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "One morning the oven broke",
            "The van: I sold the second van and rented one on the two"
        ]
    );
    assert!(plan.drafts[0].story.notes.starts_with("My example answer:"));
}

#[test]
fn questions_wrapped_by_hand_are_not_answered_by_their_last_words() {
    let set = principles::builtin();
    // Our own words: a handout pasted from a document, its lines wrapped where the
    // page ended them, the next principle's text run into the last question.
    let notes = "Frugality - Leaders make do with what they have and waste\n\
        nothing they could use again.\n\
        1. Tell me about a time when you had to finish a job with\n\
        half the budget.\n\
        2. Tell me about a time you said no to spending that\n\
        failed.\n\
        Dive Deep - Leaders read the details and check them\n\
        again when the numbers and the stories differ.\n\
        1. Tell me about a time you found a cause others missed.\n";
    let plan = plan(notes, &set);
    assert!(plan.drafts.is_empty(), "{:?}", plan.drafts);
    let (first, rest) =
        super::walk::wrapped_first_line("Tell me about a job with\nhalf the budget.\nI did it.");
    assert_eq!(first, "Tell me about a job with half the budget.");
    assert_eq!(rest, "I did it.");
}

#[test]
fn the_star_method_explained_part_by_part_is_no_story() {
    let set = principles::builtin();
    // Our own words: notes on a talk, the method's letters each glossed, then a terse
    // story of the writer's in the same labels.
    let notes = "# Frugality\n\nThe method\n\
        - S - Situation: Set out the context\n\
        - T - Task: Your responsibilities in it\n\
        - A - Action: The specific steps taken\n\
        - R - Result: The outcome of those actions\n\n\
        ## Spare parts\n\
        - S: The shop's oven broke before a wedding order\n\
        - T: Bake the cake anyway\n\
        - A: Fixed it with a part from a scrapped oven\n\
        - R: Delivered on time, no new oven bought\n";
    let plan = plan(notes, &set);
    let titles: Vec<_> = plan.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Spare parts"]);
    assert!(glosses_part("The outcome of actions"));
    assert!(!glosses_part("Bake the cake anyway"));
}

#[test]
fn a_table_naming_the_story_to_tell_for_each_principle_makes_a_draft_a_story() {
    let set = principles::builtin();
    // Our own words: a prep table, a principle a row, the story to tell by its number
    // with a reminder, one story named in two rows; the stories are told elsewhere.
    let notes = "# Prep for the loop\n\n\
        | LP | Sample question | Story to use |\n\
        |----|-----------------|--------------|\n\
        | **Frugality** | \"Tell me about a time you did more with less\" | Story 2 (spare oven part) |\n\
        | **Dive Deep** | \"Tell me about a time you found a root cause\" | Story 4 (flour ran out early) |\n\
        | **Deliver Results** | \"Tell me about a tight deadline\" | Story 2 (wedding cake on time) |\n\n\
        Keep every answer under two minutes.\n";
    let plan = plan(notes, &set);
    let drafts: Vec<_> = plan
        .drafts
        .iter()
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.principles.clone(),
                d.story.questions.len(),
            )
        })
        .collect();
    assert_eq!(
        drafts,
        [
            (
                "spare oven part",
                vec!["frugality".to_string(), "deliver-results".to_string()],
                2
            ),
            ("flour ran out early", vec!["dive-deep".to_string()], 1),
        ]
    );
    assert!(plan.drafts[0].story.notes.contains("wedding cake on time"));
    // The advice after the table stays skipped; the table is kept as structure.
    assert!(
        plan.skipped.iter().any(|s| s.text.contains("two minutes")),
        "{:?}",
        plan.skipped
    );
    assert!(
        plan.ignored
            .iter()
            .any(|s| s.reason.starts_with("a table naming the story to tell")),
        "{:?}",
        plan.ignored
    );
}

#[test]
fn an_emoji_shortcode_in_a_heading_is_decoration() {
    let set = principles::builtin();
    // Our own words: a principle's heading with GitHub's `:star:`, numbered and glossed.
    let notes = "## 1. Frugality (节俭) :star:\n\nI fixed the oven with a part from a \
        scrapped one.\n\n## Time 10:30: a note\n\nBake early.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.skipped);
    assert_eq!(plan.drafts[0].story.principles, ["frugality"]);
    assert!(super::walk::emoji_shortcode(":white_check_mark:"));
    assert!(!super::walk::emoji_shortcode("10:30:"));
}

#[test]
fn text_in_a_details_block_after_its_markup_is_kept() {
    let set = principles::builtin();
    // Our own words: a `<details>` block with no blank line between its tags and the
    // writer's text, under a principle.
    let notes = "## Frugality\n<details>\n<details>\nSpare parts first\n</details>\n\n\
        I fixed the oven with a part from a scrapped one.\n";
    let plan = plan(notes, &set);
    let kept: String = plan
        .drafts
        .iter()
        .map(|d| d.story.notes.clone())
        .chain(plan.skipped.iter().map(|s| s.text.clone()))
        .chain(plan.ignored.iter().map(|s| s.text.clone()))
        .collect();
    assert!(kept.contains("Spare parts first"), "{plan:?}");
}

#[test]
fn a_label_of_the_writers_own_after_a_story_in_a_list_item_goes_on_with_it() {
    let set = principles::builtin();
    // Our own words: a question's item holding a story's first part, then a paragraph
    // under its own label after the list.
    let notes = "## Frugality\n\n- Tell me about a time you saved money?\n\
        **Situation** : The oven broke before a wedding order.\n\
        I fixed it with a spare part.\n\n\
        **Conflict** : The owner wanted to buy a new oven.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    assert!(plan.drafts[0].story.notes.contains("buy a new oven"));
    assert!(super::walk::own_label(
        "**갈등** :  그들은 이미 회사에서 써왔다."
    ));
    assert!(!super::walk::own_label("**Question** : Why?"));
}
#[test]
fn a_principles_name_a_colon_and_what_it_means_is_its_description() {
    let set = principles::builtin();
    // Our own words: a page on one principle, its name and what it means on one line
    // after the page's introduction, then the writer's example.
    let notes = "Frugality\n\nThis page was written to line up my work with the principle.\n\n\
        Frugality: Doing more with what is at hand. Spending is seldom the answer. We \
        value a repaired tool over a new one.\n\n\
        At the bakery: I fixed the oven with a part from a scrapped one the night before \
        a wedding order.\n";
    let plan = plan(notes, &set);
    assert_eq!(plan.drafts.len(), 1, "{:?}", plan.drafts);
    assert!(
        plan.skipped
            .iter()
            .any(|s| s.reason == "the principle's definition, not a story"
                && s.text.contains("Doing more with what is at hand")),
        "{:?}",
        plan.skipped
    );
    // A story after the name and a colon is one.
    let told = super::plan(
        "Frugality\n\nThis page was written to line up my work with the principle.\n\n\
         Frugality: We migrated the reports to spot instances and the bill fell by half \
         in a month.\n",
        &set,
    );
    assert_eq!(told.drafts.len(), 1, "{:?}", told.skipped);
}

#[test]
fn a_files_name_names_a_principle_only_when_it_is_the_whole_name() {
    let set = principles::builtin();
    let id = |t: &str| file_principle(t, &set).map(|p| p.id.clone());
    assert_eq!(id("earnTrust").as_deref(), Some("earn-trust"));
    assert_eq!(id("03-ownership").as_deref(), Some("ownership"));
    assert_eq!(
        id("customer_obsession").as_deref(),
        Some("customer-obsession")
    );
    assert_eq!(id("LP-DiveDeep").as_deref(), Some("dive-deep"));
    assert_eq!(
        id("HighStandards").as_deref(),
        Some("insist-on-the-highest-standards")
    );
    assert_eq!(
        id("HireAndDevelop").as_deref(),
        Some("hire-and-develop-the-best")
    );
    for stem in [
        "notes",
        "star-stories",
        "stories",
        "leadership-principles",
        "behavioral",
        "README",
        "interview-prep",
        "ownership-stories",
        "my-answers",
        "best",
        "lp",
        "2024",
        "index",
        "amazon",
    ] {
        assert_eq!(id(stem), None, "{stem}");
    }
}

#[test]
fn an_item_of_a_list_of_advice_is_advice_and_so_is_the_label_over_the_list() {
    let set = principles::builtin();
    let notes = "### Ownership – the short of it\n\n\
        **In brief:**  \nTreat the work as yours, past the edge of your task.\n\n\
        **Plain words:**  \n\
        - Say it when you see a problem, even if it is not your team's.  \n\
        - Write down what it costs.  \n\
        - If you are told to leave it, you still raise it once more.\n\n\
        **A small case:**  \nA build breaks at night.  \nYou say: \"I will look.\"  \n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    let advice: Vec<(usize, usize)> = (read.skipped.iter())
        .filter(|s| s.reason == "advice to the reader, not a story")
        .map(|s| s.lines)
        .collect();
    for line in [6, 7, 8, 9] {
        assert!(advice.contains(&(line, line)), "line {line}: {advice:?}");
    }
    // A list of the writer's reminders is no advice, whatever one item says.
    let reminders = "## Ownership\n\n\
        - Took over the billing jobs when their owner left; cut failures to none.\n\
        - Write down what it costs.\n\
        - Ran the on-call rota for a year and wrote its runbook.\n";
    let read = plan(reminders, &set);
    assert!(
        (read.drafts.iter()).any(|d| d.story.notes.contains("Write down what it costs")),
        "{:#?}",
        read.drafts
    );
}

#[test]
fn a_case_put_to_the_reader_is_no_story() {
    let set = principles::builtin();
    // A work-style survey's case: what "you" face, choices to rank, the principles each
    // choice shows. Nothing in it happened to the writer.
    let notes = "### **Example: The Slow Review**\n\n\
        **Setting:** You need a change shipped today, and its review will take two days. \
        Shipping without it would save those days, but the change touches billing, and a \
        mistake there is costly for every customer on the plan.\n\n\
        **Question:** Put these choices in order, best first:\n\n\
        * **A.** Ship now and ask for the review after.\n\
        * **B.** Wait for the review, whatever it costs.\n\
        * **C.** Split the change so the billing part waits and the rest can be shipped.\n\n\
        | Choice | Principles | Why |\n| :--- | :--- | :--- |\n\
        | **C** | **Bias for Action**; **Insist on the Highest Standards** | Speed where it is safe, care where it is not. |\n\
        | **B** | **Insist on the Highest Standards** | Safe, but slow for the parts that carry no risk. |\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        (read.skipped.iter()).any(|s| s.reason == "a case put to the reader, not a story"),
        "{:#?}",
        read.skipped
    );
    // The writer's own story of such a choice, in their words, is one.
    let told = "## Bias for Action\n\n### The slow review\n\n\
        A change I needed waited on a review that would take two days. It touched \
        billing, so I split it: the billing part waited and I shipped the rest the same \
        day. You could say I bought two days for the customers on the new plan.\n";
    let read = plan(told, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
}

#[test]
fn a_story_graded_by_its_label_and_set_in_a_fence_is_a_guides_sample() {
    let set = principles::builtin();
    let guide = "### 1. **Frugality**\n\
        **Definition:** Do more with what there is.\n\n\
        **Good Story:**\n\
        ```\n\
        S: The test cluster cost more than the product it tested\n\
        T: Cut the bill without slowing the team\n\
        A:\n\
        - Moved the nightly jobs to spare capacity\n\
        - Turned idle machines off at night\n\
        R: The bill fell by half\n\
        ```\n";
    let read = plan(guide, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        (read.skipped.iter()).any(|s| s.reason.starts_with("a guide's sample answer, graded")),
        "{:#?}",
        read.skipped
    );
    // The writer's own pick among their stories, told as text: theirs.
    let own = "## Frugality\n\n\
        **Strong story:**\n\
        S: Our test cluster cost more than the product it tested.\n\
        A: I moved the nightly jobs to spare capacity and turned idle machines off.\n\
        R: The bill fell by half.\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
}

#[test]
fn list_items_naming_a_story_and_after_a_dash_its_principles_are_a_story_each() {
    let set = principles::builtin();
    let notes = "Interview notes\n\n\
        - Where things stand\n\
        - Night pages - dive deep, ownership (I owned the rota), bias for action\n\
        - The spare cluster - frugality\n\
        - Mentoring Ana - hire and develop the best, earn trust\n\
        Principles below\n";
    let read = plan(notes, &set);
    let got: Vec<(&str, Vec<&str>)> = (read.drafts.iter())
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.principles.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Night pages",
                vec!["dive-deep", "ownership", "bias-for-action"]
            ),
            ("The spare cluster", vec!["frugality"]),
            (
                "Mentoring Ana",
                vec!["hire-and-develop-the-best", "earn-trust"]
            ),
        ]
    );
    // The remark stays with the story; the rest of the notes is skipped, not lost.
    assert!(read.drafts[0].story.notes.contains("(I owned the rota)"));
    assert!(
        (read.skipped.iter()).any(|s| s.text.contains("Where things stand")),
        "{:#?}",
        read.skipped
    );
    // Terms glossed after a dash name no principle: no stories.
    let glossary = "Terms\n\n\
        - Rota - who is on call each week\n\
        - Runbook - what to do when a page comes\n";
    assert!(plan(glossary, &set).drafts.is_empty());
}

#[test]
fn a_training_pages_graded_example_and_its_comment_on_the_candidate_is_no_story() {
    let set = principles::builtin();
    let page = "Ownership walkthrough\n\n\
        Scenario\n\
        The nightly export had failed twice and it was not my team's job. I noticed it in the logs and decided to fix it.\n\n\
        Here the candidate shows ownership by acting outside their scope and saying so plainly.\n\n\
        Strong Example\n\
        I noticed the export failing while I was on another project; nobody had filed a ticket.\n";
    let read = plan(page, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    // The writer's own notes, one example marked as their strongest: theirs.
    let own = "Ownership\n\n\
        Strong Example\n\
        I noticed the export failing while I was on another project; nobody had filed a ticket, so I fixed it that night.\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
}

#[test]
fn names_in_a_remark_count_when_the_value_outside_it_names_none() {
    let set = principles::builtin();
    // Our own words: the writer files the answer under no single principle and says
    // which two it shows in a remark.
    let names = tag_line("**LP**: Mixed (Frugality + Deliver Results)", &set).expect("a tag line");
    assert_eq!(names.ids, ["frugality", "deliver-results"]);
    let names = tag_line("Maps to: Amazon (Earn Trust, Think Big)", &set).expect("a tag line");
    assert_eq!(names.ids, ["earn-trust", "think-big"]);
    // Outside the remark a name stands: the remark says something of it, and is not
    // read for more.
    let names = tag_line("LP: Ownership (a deep dive into the logs)", &set).expect("a tag line");
    assert_eq!(names.ids, ["ownership"]);
    // A remark that names none leaves the line naming none.
    assert!(tag_line("LP: Unclassified (intro, warm-up)", &set).is_none());
}

#[test]
fn a_request_for_an_account_of_one_occasion_is_a_question() {
    // Our own words: prompts that ask for one occasion, opened by a verb of telling.
    for asked in [
        "Share an experience when you had to ship with half the facts.",
        "Recall a situation where a teammate disagreed with your plan.",
        "Provide an example of a time you simplified a process",
        "Narrate an instance in which you changed your mind.",
    ] {
        assert!(is_question(asked), "{asked}");
    }
    // A verb of telling and a word like "time" that ask for no occasion.
    for not_asked in [
        "Explain the time complexity of a binary heap.",
        "Give it some time before the next release.",
        "Share the story board with design.",
    ] {
        assert!(!is_question(not_asked), "{not_asked}");
    }
}

#[test]
fn a_dossier_of_one_story_is_one_draft_its_principle_guessed_and_said() {
    let set = principles::builtin();
    // Our own words: one story's dossier. Fields of the file above, the story's name
    // over sections that are each an aspect or a telling of it; no principle named.
    let notes = "---\nstory_id: K-4\nstatus: draft\n---\n\n\
        # K-4 - The cache that lied\n\n\
        > Shop team · outage / root cause\n\n\
        ## The failure\n\nOur product pages showed stale prices for two days. I had shipped the cache change that caused it, and I missed the warning in the review.\n\n\
        ## Short version\n\nI broke prices with a cache change, I found the cause in a night and I added a check so it cannot happen again.\n\n\
        ## Situation and stakes\n\nThe shop sold ten thousand items a day and every wrong price was a refund.\n\n\
        ## What I did\n\n- I traced the stale keys to my change.\n- I rolled it back and wrote the fix.\n\n\
        ## Outcome\n\n- Prices were right the next morning.\n- No refund was missed.\n\n\
        ## Follow-up questions\n\n- **Why did the review miss it?** The test data had no prices that changed.\n\n\
        ## Provenance\n\n- From my incident notes of March.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let draft = &read.drafts[0];
    assert_eq!(draft.story.title, "K-4 - The cache that lied");
    assert!(
        draft
            .story
            .part(Part::Situation)
            .contains("ten thousand items")
    );
    assert!(
        draft.all_text().contains("stale prices") && draft.all_text().contains("incident notes")
    );
    assert!(draft.guessed);
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("'K-4 - The cache that lied' names no principle")),
        "{:?}",
        read.warnings
    );
    // A file of stories, each under its name, is not one story's dossier.
    let stories = "# Work stories\n\n\
        ## The cache that lied\n\nI shipped a cache change that showed stale prices and I rolled it back in a night.\n\n\
        ## The hiring loop\n\nI rewrote our interview questions and we hired two engineers in a month.\n\n\
        ## The long migration\n\nI moved our billing to the new database over a quarter and we lost no invoice.\n\n\
        ## Short version of the outage\n\nI found the failing disk and I swapped it before noon.\n";
    assert!(plan(stories, &set).drafts.len() >= 3);
}

#[test]
fn a_backup_story_is_not_reported_as_a_duplicate_of_the_story_it_backs_up() {
    let set = principles::builtin();
    // Our own words: one question's file. The primary story's follow-ups speak of the
    // backup, which retells the same lesson in the same words.
    let notes = "# Q: Tell me about a time you acted without all the data.\n\n\
        > **LP**: Bias for Action\n> **Primary story**: Night of the full disk\n> **Backup story**: The slow signup page\n\n\
        ## How to tell it\n\n### Situation\n\nOur main database disk filled at night and writes failed.\n\n\
        ### Action\n\nI moved old logs to cold storage first, a step I could undo, then I added an alarm on disk use.\n\n\
        ### Result\n\nWrites came back in ten minutes and the alarm has fired twice since.\n\n\
        ## Likely follow-ups\n\n**Q: Have you done this since?**\n> Yes, on the slow signup page: I cached the country list first, a step I could undo, then measured each call and fixed the slow one.\n\n\
        ## Backup story (the slow signup page)\n\nOur signup page took nine seconds. I cached the country list first, a step I could undo, then I measured each call and fixed the slow one, and signup took two seconds.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(read.drafts[1].another);
    assert!(
        find_duplicates(&read.drafts).is_empty(),
        "{:?}",
        find_duplicates(&read.drafts)
    );
}

#[test]
fn a_writers_own_numbered_principles_are_not_headings_though_one_is_amazons() {
    let set = principles::builtin();
    // Our own words: the writer's own list of principles, each glossed on an indented
    // line under it; one of them has an Amazon principle's name.
    let notes = "What guides me:\n\n  1. Write it down\n\n    decisions go in a doc, not a chat.\n\n\
        \x20 2. Think big\n\n    ask what it would take to be ten times better.\n\n\
        \x20 3. Small steps\n\n    ship something every week.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        !read.ignored.iter().any(|s| s.text.contains("Think big")),
        "{:?}",
        read.ignored
    );
}

#[test]
fn a_principles_name_after_a_label_alone_heads_what_follows_as_a_flattened_page_does() {
    let set = principles::builtin();
    // Our own words: a page flattened to text, its headings lines of their own.
    // A date alone over the story says when it happened: no story of its own.
    let notes = "My notes\n\nExamples\n\nOwnership\n\n6/16\n\nThe nightly export broke and nobody owned it, so I took it over, fixed the paging and kept it green for a year.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
    // After a sentence, the name alone is not read as the heading of what follows.
    let notes = "I fixed the export and it has run every night since.\n\nOwnership\n\nThe nightly export broke again.\n";
    assert!(
        !plan(notes, &set)
            .ignored
            .iter()
            .any(|s| s.reason.contains("the heading of what follows")),
    );
}

#[test]
fn a_date_alone_is_no_story() {
    for date in [
        "6/16",
        "2021-06-16",
        "16.06.2021",
        "June 2021",
        "Jun 16",
        "16th June 2021",
    ] {
        assert!(date_alone(date), "{date}");
    }
    for not_date in [
        "6 teams",
        "June was busy",
        "2021 was the year I moved",
        "1/2 of the team left",
        "v1.2",
    ] {
        assert!(!date_alone(not_date), "{not_date}");
    }
}

#[test]
fn a_remark_that_says_it_names_more_links_them_and_a_word_before_a_dash_names_none() {
    let set = principles::builtin();
    // Our own words: a line naming the main principle and more in a remark that says
    // so; a remark that tells something else names none.
    let names = tag_line("LP: Frugality (secondary: Earn Trust)", &set).expect("a tag line");
    assert_eq!(names.ids, ["frugality", "earn-trust"]);
    let names = tag_line("LP: Frugality (also Think Big, Dive Deep)", &set).expect("a tag line");
    assert_eq!(names.ids, ["frugality", "think-big", "dive-deep"]);
    let names = tag_line("LP: Frugality (and the whole team)", &set).expect("a tag line");
    assert_eq!(names.ids, ["frugality"]);
    // "Hybrid — Ownership": a word that names none, then the name after a dash.
    let names = tag_line("LP: Hybrid — Frugality + Think Big", &set).expect("a tag line");
    assert_eq!(names.ids, ["frugality", "think-big"]);
}

#[test]
fn a_backup_story_is_titled_by_the_name_its_heading_gives() {
    let set = principles::builtin();
    // Our own words: the backup's name after a colon, in parentheses, or (when the
    // parentheses say when to tell it) in the card's field.
    let card = |heading: &str| {
        format!(
            "# Q: Tell me about a time you cut a cost.\n\n> **LP**: Frugality\n> **Primary story**: Spot machines\n> **Backup story**: `Shared runners`\n\n\
             ## How to tell it\n\n### Situation\n\nOur batch ran on idle machines.\n\n### Action\n\nI moved it to spot machines.\n\n\
             ## {heading}\n\nI moved four teams onto shared build runners and we stopped paying for idle ones.\n"
        )
    };
    for (heading, title) in [
        ("Backup story: Pooled runners", "Pooled runners"),
        ("Backup story (Pooled runners)", "Pooled runners"),
        ("Backup story (if asked for another)", "Shared runners"),
    ] {
        let read = plan(&card(heading), &set);
        assert_eq!(read.drafts.len(), 2, "{heading}: {:#?}", read.drafts);
        assert_eq!(read.drafts[1].story.title, title, "{heading}");
    }
}

#[test]
fn a_dossier_under_deeper_headings_with_a_results_section_is_one_story_and_two_situations_are_two()
{
    let set = principles::builtin();
    // Our own words: a short dossier, its sections `###`, one of them "Results" (a
    // short name of Deliver Results, here a part's label).
    let notes = "# Invoice export — my notes\n\n### Situation & stakes\nFinance sends invoices on the first day of the month.\n\n\
        ### Actions\n- I reran the export one page at a time.\n- I changed the export to page through the rows.\n\n\
        ### Results\nThe invoices went out before noon.\n\n### Spoken version\n\"I fixed the export that night and I rebuilt it.\"\n\n\
        ### Provenance\nFrom my incident notes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Situation)
            .contains("first day")
    );
    assert!(read.drafts[0].all_text().contains("incident notes"));
    // Two situations under one title are two stories, not one story's dossier.
    let notes = "# Work notes\n\n### Situation\n\nThe nightly export broke and nobody owned it.\n\n### Action\n\nI took it over and I rewrote the paging.\n\n\
        ### Result\n\nIt has not failed since.\n\n### Situation\n\nOur signup page took nine seconds.\n\n### Action\n\nI cached the country list and I measured each call.\n\n\
        ### Result\n\nSignup took two seconds.\n\n### Spoken version\n\nI fixed two slow things.\n";
    assert_eq!(plan(notes, &set).drafts.len(), 2);
}

#[test]
fn a_dossiers_principles_in_its_front_matter_are_linked_not_guessed() {
    let set = principles::builtin();
    // Our own words: a dossier whose fields above name its principles.
    let notes = "---\nlp: [Frugality, Earn Trust]\nstatus: draft\n---\n\n# The shared runners\n\n\
        ## Why it mattered\n\nEach team paid for build machines that sat idle most of the day.\n\n\
        ## Short version\n\nI moved four teams onto shared runners and I showed them the bill every week.\n\n\
        ## Situation and stakes\n\nThe build bill had doubled in a quarter.\n\n\
        ## The outcome\n\nThe bill fell by half and I kept the runners patched.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["frugality", "earn-trust"]);
    assert!(!read.drafts[0].guessed);
}

#[test]
fn a_dossier_whose_sections_are_titled_in_bold_is_one_story() {
    let set = principles::builtin();
    // Our own words: the dossier's sections set in bold on their own lines, no heading
    // under the title.
    let notes = "# The cache that lied\n\n**The failure**\n\nOur product pages showed stale prices for two days. I had shipped the cache change.\n\n\
        **Short version**\n\nI broke prices with a cache change, I found the cause in a night and I added a check.\n\n\
        **Outcome**\n\nPrices were right the next morning and no refund was missed.\n\n\
        **Follow-up questions**\n\n- Why did the review miss it? The test data had no prices that changed.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "The cache that lied");
    assert!(read.drafts[0].all_text().contains("stale prices"));
}

#[test]
fn a_dossier_with_a_context_and_a_situation_section_is_still_one_story() {
    let set = principles::builtin();
    // Our own words: "Context" and "Situation and stakes" both open a situation, two
    // aspects of one story, not two stories' situations.
    let notes = "# The shared runners\n\n## Context\n\nEach team paid for build machines that sat idle most of the day.\n\n\
        ## Fifteen-second version\n\nI moved four teams onto shared runners and I showed them the bill every week.\n\n\
        ## The feedback\n\nMy lead told me I had waited too long to ask the other teams, and I agreed.\n\n\
        ## Situation and stakes\n\nThe build bill had doubled in a quarter.\n\n\
        ## Provenance\n\nFrom my own notes of that year.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "The shared runners");
}

#[test]
fn a_question_over_a_short_reminder_is_that_story_in_notes_with_no_heading() {
    let set = principles::builtin();
    // Our own words: plain notes, no heading at all; each question on a line and the
    // writer's shorthand for the story under it. Questions about the person are no
    // story, however answered.
    let notes = "Why this company\nThe scale of the payments work.\n\n\
        Tell me about a project you are most proud of\nledger rewrite. drove it alone. cut the month-end close to a day.\n\n\
        Tell me about a time you disagreed with your lead\nthe retry budget. I wanted per-client limits.\n\n\
        What is your proudest innovation\nthe replay tool for failed webhooks.\n\n\
        Tell me about a time you missed a deadline\n\n\
        Tell me about a time you took a risk\nshipped the cache without a flag. rolled back within the hour.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 4, "{titles:?}");
    assert!(
        read.drafts.iter().all(|d| d.story.questions.len() == 1),
        "{:#?}",
        read.drafts
    );
    assert!(read.drafts[0].all_text().contains("ledger rewrite"));
    assert!(read.drafts[3].all_text().contains("rolled back"));
    // The question left unanswered is the person's own, for practice.
    assert!(
        read.questions
            .iter()
            .any(|q| q.question.contains("missed a deadline")),
        "{:#?}",
        read.questions
    );
    // The reason for the company is skipped, not a story.
    assert!(
        !read
            .drafts
            .iter()
            .any(|d| d.all_text().contains("payments work"))
    );
    // After a story, a question about the person with no question mark ends it and
    // is no story: said so in the skipped list.
    let notes = "Tell me about the hardest project you worked on\nthe billing move. nobody knew the old schema.\n\n\
        Why this company\nThe scale of the payments work.\n\n\
        Tell me about a time you took a risk\nshipped the cache without a flag. rolled back within the hour.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 2, "{titles:?}");
    assert!(
        !read.drafts[0].all_text().contains("payments work"),
        "{:#?}",
        read.drafts
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("about you") && s.text.contains("payments work")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn an_answer_left_unfinished_and_an_empty_item_are_no_story() {
    let set = principles::builtin();
    // Our own words: a list of questions, one answer begun and left, the others an
    // empty item under the question.
    let notes = "# Ownership\n\n* What was the last project you led?\n\tThe last one was\n\
        * Tell me about a time you went beyond your role.\n    * \n\
        * Tell me about a time you fixed what nobody owned.\n    * \n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("left unfinished")),
        "{:#?}",
        read.skipped
    );
    assert_eq!(read.questions.len(), 3, "{:#?}", read.questions);
}

#[test]
fn plain_notes_title_their_stories_with_a_line_of_their_own() {
    let set = principles::builtin();
    // Our own words: no heading anywhere; each story under a short line of its own
    // name, one over bullets after a blank line, one over lines right under it, and one
    // the writer calls a story though it is told in shorthand.
    let notes = "Pager fatigue\n\n- Our on-call got forty alerts a night.\n- I sorted them by cause and I deleted the noisy ones.\n\
        - I moved the rest to business hours.\n\n\
        The late vendor\nThe vendor missed the date for the card reader.\nI flew to their office and I sat with their engineer for two days.\n\
        We shipped a week late, not a quarter.\n\n\
        Onboarding story #3 maybe:\nwrote the setup script. new hires ran it on day one.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Pager fatigue",
            "The late vendor",
            "Onboarding story #3 maybe"
        ],
        "{:#?}",
        read.drafts
    );
    assert!(read.drafts[1].all_text().contains("flew to their office"));
    // With headings elsewhere in the notes, a short line is read as it was.
    let headed = format!("# My notes\n\n{notes}");
    let read = plan(&headed, &set);
    assert!(read.drafts.len() < 3, "{:#?}", read.drafts);
}

#[test]
fn a_heading_that_calls_itself_a_story_names_one_not_a_template() {
    for heading in [
        "Interpersonal Conflict Story",
        "Tech failure story #3 maybe:",
        "The outage story",
    ] {
        assert!(super::walk::calls_itself_a_story(heading), "{heading}");
    }
    for heading in [
        "[Story Title]",
        "Story Index",
        "How to tell your story",
        "STAR story template",
        "Story",
    ] {
        assert!(!super::walk::calls_itself_a_story(heading), "{heading}");
    }
}

#[test]
fn a_numbered_list_of_whole_stories_under_one_question_is_a_story_each() {
    let set = principles::builtin();
    // Our own words: one question, then three stories told whole in numbered items,
    // each with the question.
    let notes = "# Failures\n\nTell me about a time you failed.\n\n\
        1. I was asked to move our billing jobs to the new scheduler before the audit. I planned the move in a week and I skipped the dry run on the old data. \
        The first night half the invoices went out twice, and I spent the next two days sending corrections and apologising to the accounts we had charged.\n\
        2. Search rewrite: we tried to replace the whole search page in one release without the skills on the team. \
        We ran late by two months, I cut the scope twice, and in the end we shipped the old page with a new index behind it instead of the redesign we promised.\n\
        3. Image cleanup: we deleted old image sizes to save storage and I did not check for shared files first. \
        We removed pictures that live listings still used, and I restored them from the backups over a weekend while support answered the sellers.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    assert!(
        read.drafts
            .iter()
            .all(|d| d.story.questions == ["Tell me about a time you failed."]),
        "{:#?}",
        read.drafts
    );
    assert!(read.drafts[2].all_text().contains("restored them"));
    assert!(!read.drafts[0].all_text().contains("Search rewrite"));
}

#[test]
fn a_parts_letter_with_its_word_in_brackets_alone_on_its_line_is_its_label() {
    let set = principles::builtin();
    // Our own words: each part's letter with its word in brackets, alone on its line,
    // the text on the next; in English and as Chinese writes it.
    for notes in [
        "S (Situation, context)\nThe nightly job broke.\n\nT (Task)\nMake it run again.\n\nA (Action)\nRewrote the paging.\n\nR (Result)\nIt has not failed since.\n",
        "S（Situation，背景）\n夜间任务经常失败。\n\nT（Task，任务）\n让它稳定运行。\n\nA（Action，行动）\n重写了分页逻辑。\n\nR（Result，结果）\n之后再也没有失败过。\n",
    ] {
        let read = plan(notes, &set);
        assert_eq!(read.drafts.len(), 1, "{notes}: {:#?}", read.drafts);
        let story = &read.drafts[0].story;
        assert!(
            !story.part(Part::Situation).contains('('),
            "{notes}: {story:#?}"
        );
        assert!(!story.part(Part::Result).is_empty(), "{notes}: {story:#?}");
        assert!(!story.part(Part::Action).is_empty(), "{notes}: {story:#?}");
    }
}

#[test]
fn a_storys_opening_over_a_rule_then_its_parts_is_one_story() {
    let set = principles::builtin();
    // Our own words: the story's name, the question it answers and a field of its
    // card, a rule, then its parts in bold labels over their text.
    let notes = "# Ownership\n\n## Story 1: The orphaned export\n\n**Question This Answers:** \"Tell me about a time you owned something nobody owned.\"\n**Competency:** Ownership, Follow-through\n\n---\n\n\
        **Situation:**\nThe nightly export broke every week and no team owned it.\n\n**Task:**\nI wanted it fixed for good.\n\n**Action:**\nI took it over and I rewrote the paging.\n\n**Result:**\nIt has not failed since.\n\n---\n\n\
        ## Story 2: The slow signup\n\n**Question This Answers:** \"Tell me about a time you fixed something slow.\"\n\n---\n\n\
        **Situation:**\nSignup took nine seconds.\n\n**Action:**\nI cached the country list.\n\n**Result:**\nSignup took two seconds.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The orphaned export", "The slow signup"],
        "{:#?}",
        read.drafts
    );
    assert_eq!(read.drafts[0].story.questions.len(), 1);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Result)
            .contains("not failed")
    );
    assert!(
        read.drafts[1]
            .story
            .part(Part::Situation)
            .contains("nine seconds")
    );
}

#[test]
fn a_numbered_heading_over_questions_and_a_field_left_blank_are_no_story() {
    let set = principles::builtin();
    // Our own words: `## 2. Sample questions` over answers in their own sections.
    let notes = "# Ownership\n\n## 1. Definition\n\nOwners think long term.\n\n## 2. Sample questions\n\n\
        ### Tell me about a time you owned a failure.\n\n**Situation:** The export broke.\n\n**Action:** I rewrote the paging.\n\n**Result:** It has not failed since.\n";
    let read = plan(notes, &set);
    assert!(
        !read
            .drafts
            .iter()
            .any(|d| d.story.title.contains("Sample questions")),
        "{:#?}",
        read.drafts
    );
    // A template whose last field is a blank to fill (`/5`) is still a template.
    let notes = "# Ownership\n\n## Story 1 — [Title]\n\n**SITUATION:**\n[Write here]\n\n**ACTION:**\n[Write here — what did you do?]\n\n\
        **RESULT:**\n[Write here]\n\n**Confidence score:** /5\n**Last practiced:** \n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_paragraph_of_lettered_parts_in_its_running_text_is_a_story_in_parts() {
    let set = principles::builtin();
    // Our own words: a question heading over two answers, each one paragraph whose
    // parts open with their letter in parentheses, the second with `(ST)` and a part
    // on a line of its own.
    let notes = "### 1. Tell me about a time you disagreed with a teammate?\n\
        (S) Our release notes were written by hand. (T)I wanted them generated. (A) I showed both versions to the team lead. (R) We generate them now.\n\n\
        (ST) The deploy script needed root and I had to remove that.\n\
        (A) I moved the steps that needed it into one service. (R) Nobody deploys as root any more.\n\n\
        ### 2. Tell me about a time you chose between options?\n\
        We chose plan (A) over plan (B) and (S) sizes, and it worked out.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    let first = &read.drafts[0].story;
    assert_eq!(
        first.part(Part::Situation),
        "Our release notes were written by hand.\n"
    );
    assert_eq!(first.part(Part::Task), "I wanted them generated.\n");
    assert!(first.part(Part::Action).contains("team lead"));
    assert!(first.part(Part::Result).contains("generate them now"));
    let second = &read.drafts[1].story;
    assert!(second.part(Part::Situation).contains("needed root"));
    assert!(second.part(Part::Action).contains("one service"));
    assert!(second.part(Part::Result).contains("as root any more"));
    assert_eq!(second.questions, first.questions);
    // Letters in brackets in prose, not opening it nor in STAR's order, are words.
    let third = &read.drafts[2].story;
    assert!(third.part(Part::Situation).is_empty(), "{third:#?}");
    assert!(
        third.part(Part::Action).is_empty() && third.part(Part::Result).is_empty(),
        "{third:#?}"
    );
}

#[test]
fn a_part_label_with_a_remark_in_parentheses_keeps_the_remark_in_its_part() {
    let set = principles::builtin();
    // Our own words: the Result's letter carries when it was measured.
    let notes = "# Ownership\n\n## The flaky queue\n\n- **S**: The queue dropped one job in a hundred.\n\
        - **A**: I added acknowledgements.\n- **R (after two weeks)**: No job was dropped.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.part(Part::Result),
        "(after two weeks) No job was dropped.\n"
    );
}

#[test]
fn front_matter_in_another_language_is_the_pages_metadata() {
    let set = principles::builtin();
    // Our own words: a record's front matter with its title as `titulo` and a key
    // whose plural is written `autor(es)`; a STAR list closes the record.
    let notes = "---\nid: REC-7\ntitulo: \"Dividir o cluster\"\nautor(es): Equipe\ntags: [busca, performance]\n---\n\n\
        # Dividir o cluster\n\n## STAR\n- **S**: One cluster served every customer.\n- **A**: I split it in ten.\n- **R**: Incidents fell to two a week.\n";
    let read = plan(notes, &set);
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason.starts_with("front matter") && s.text.contains("autor(es)")),
        "{:#?}",
        read.ignored
    );
    assert!(
        !read.skipped.iter().any(|s| s.text.contains("titulo")),
        "{:#?}",
        read.skipped
    );
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
}

#[test]
fn a_question_heading_after_a_told_story_heads_the_next_one_under_a_theme() {
    let set = principles::builtin();
    // Our own words: a theme over two questions, each a heading over its story in
    // lettered labels; a rule between them; then a theme over one question.
    let notes = "# Prep\n\n## 1. Teamwork & Conflict\n\n### Q: Tell me about a time you disagreed with a teammate.\n\n\
        **S:** Our team split over which queue to use.\n\n**T:** I had to settle it before the sprint.\n\n\
        **A:** I set up a test of both queues.\n\n**R:** We chose the faster one in a day.\n\n---\n\n\
        ### Q: Describe a time you helped a new colleague.\n\n**S:** A new engineer could not run the build.\n\n\
        **A:** I paired with her for two mornings.\n\n**R:** She shipped her first change that week.\n\n---\n\n\
        ## 2. Failure\n\n### Q: Tell me about a time you failed.\n\n**S:** I missed a release date.\n\n\
        **A:** I told the team early and cut scope.\n\n**R:** We shipped a week later.\n";
    let read = plan(notes, &set);
    let asked: Vec<&[String]> = read
        .drafts
        .iter()
        .map(|d| d.story.questions.as_slice())
        .collect();
    assert_eq!(
        asked,
        [
            ["Tell me about a time you disagreed with a teammate."],
            ["Describe a time you helped a new colleague."],
            ["Tell me about a time you failed."],
        ],
        "{:#?}",
        read.drafts
    );
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Our team split over which queue to use",
            "A new engineer could not run the build",
            "I missed a release date",
        ]
    );
    // The themes are kept, among the lines read as structure.
    for theme in ["Teamwork & Conflict", "Failure"] {
        assert!(
            read.ignored
                .iter()
                .any(|s| s.text.contains(theme) && s.reason.contains("theme")),
            "{theme}: {:#?}",
            read.ignored
        );
    }
}

#[test]
fn a_heading_over_a_table_mapping_questions_to_stories_is_no_story() {
    let set = principles::builtin();
    // Our own words: a story, then a reference table naming which story answers what.
    let notes = "# Ownership\n\n## The export nobody owned\n\n**Situation:** The nightly export failed.\n\n\
        **Action:** I took it over and paged it.\n\n**Result:** It has run every night since.\n\n\
        ## Quick Reference: Question to Story Mapping\n\n| Question Theme | Go-To Story |\n|---|---|\n\
        | Ownership | The export nobody owned |\n| Failure | The missed release |\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The export nobody owned"], "{:#?}", read.drafts);
}

#[test]
fn quoted_prompts_under_a_use_for_label_are_the_storys_questions() {
    let set = principles::builtin();
    // Our own words: each story's prompts in quotation marks under `**Use for:**`,
    // some asked, some only named, then its parts on consecutive lines.
    let notes = "# Story bank\n\n## Story 1: Moving the billing jobs (Ownership)\n\n**Use for:**\n\
        - “Tell me about a time you owned something”\n- “Ownership example”\n- “Cleaning up after others”\n\n\
        **S:** The billing jobs ran on a server nobody owned.  \n**T:** I had to move them before the server was retired.  \n\
        **A:** I wrote down every job, moved them one by one and set up alerts.  \n**R:** The server was retired on time with no missed bill.\n\n---\n\n\
        ## Story 2: Faster reviews (Bias for Action)\n\n**Use for:**\n- “A time you acted fast”\n- “Improving processes”\n\n\
        **S:** Code reviews took three days.  \n**A:** I set a rotation and a one-day target.  \n**R:** Reviews now take under a day.\n";
    let read = plan(notes, &set);
    let asked: Vec<&[String]> = read
        .drafts
        .iter()
        .map(|d| d.story.questions.as_slice())
        .collect();
    assert_eq!(
        asked,
        [
            &[
                "Tell me about a time you owned something".to_string(),
                "Ownership example".to_string(),
                "Cleaning up after others".to_string()
            ][..],
            &[
                "A time you acted fast".to_string(),
                "Improving processes".to_string()
            ][..],
        ],
        "{:#?}",
        read.drafts
    );
    assert!(
        read.drafts[0]
            .story
            .part(Part::Result)
            .contains("retired on time")
    );
}

#[test]
fn a_worksheet_with_blanks_and_a_heading_judging_stories_are_no_story() {
    let set = principles::builtin();
    // Our own words: a worksheet's prompt with lines of underscores to write on, and a
    // section on what makes a story good.
    let notes = "# My stories\n\n### Story 3: Learning something fast\n\n**Context:** Times you had to learn a tool in a week.\n\n\
        ```\nRelevant experiences:\n- Picking up Terraform at the bank\n\nYour notes:\n__________________\n__________________\n```\n\n\
        ### What Makes a Good Story\n\n```\nSTRONG STORY:\n- A clear problem\n- What you did\n\nWEAK STORY:\n- Vague\n```\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("blanks to fill in")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn qualities_an_answer_should_show_under_a_question_are_no_story() {
    let set = principles::builtin();
    // Our own words: questions for a round, each with a line of what to show; and a
    // reminder of a real story under one, which stays a story.
    let notes = "# Ownership\n\n1) **Tell me about a time you handled an outage.**\n   - Calm under pressure, clear updates, follow-up.\n\n\
        2) **Tell me about a time you fixed something nobody owned.**\n   - Took over the nightly export, paged it, no failure since.\n";
    let read = plan(notes, &set);
    let told: Vec<&str> = read
        .drafts
        .iter()
        .map(|d| d.story.questions[0].as_str())
        .collect();
    assert_eq!(
        told,
        ["Tell me about a time you fixed something nobody owned."],
        "{:#?}",
        read.drafts
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("a list of qualities")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_list_that_names_a_place_under_a_question_is_a_reminder_not_qualities() {
    let set = principles::builtin();
    // Our own words: under a question that asks for a time, a comma list whose first
    // piece names where it happened, then what it took.
    let notes = "# Ownership\n\n1) Tell me about a time you planned for what could go wrong.\n   \
        - Camping trip to Yosemite, spare fuel, rain tarp, first-aid kit.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(read.drafts[0].story.notes.contains("Yosemite"));
}

#[test]
fn numbered_entries_of_a_story_bank_are_stories_however_short() {
    let set = principles::builtin();
    // Our own words: a bank of the writer's stories, each a numbered heading over a
    // line of themes, a line of shorthand and a question to themselves; then a bank's
    // empty template and a guide's prompts to the reader, which tell nothing.
    let notes = "# My Story Bank\n\n## Candidates\n\n### 1. Billing export rewrite\n**Themes:** ownership, ambiguity.\n\
        Took over the nightly export, paged it, moved it off the old server.\n*Sharpen: what did you decide alone?*\n\n\
        ### 2. Search latency\n**Themes:** performance, data.\nProfiled the slow queries, added two indexes.\n\n\
        ### 3. Conflict with a teammate\n- **S:** \n- **A:** \n- **R:** \n\n\
        ### 4. A failure\nThink of a time you failed and write down what you would do differently.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Billing export rewrite", "Search latency"],
        "{:#?}",
        read.drafts
    );
    assert_eq!(read.drafts[0].story.principles[0], "ownership");
}

#[test]
fn what_the_interviewer_checks_over_an_answer_is_no_question_of_it() {
    let set = principles::builtin();
    // Our own words: a question's heading, a lead-in saying what the interviewer
    // checks over a numbered list that asks, then the answer.
    let notes = "# Ownership\n\n### 4. Tell me about a time you missed a deadline?\n\
        The interviewer wants to check these 3 things -\n1. Did you own it?\n2. What did you learn?\n3. What changed after?\n\n\
        I promised the billing report for Friday and lost two days to an outage. I told my lead on Wednesday, cut the charts and shipped the tables on Monday.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you missed a deadline?"]
    );
    assert!(read.questions.is_empty(), "{:#?}", read.questions);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "what interviewers look for, not a story"),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn questions_to_ask_the_interviewer_after_a_story_are_not_its_questions() {
    let set = principles::builtin();
    // Our own words: a story, then the questions the writer will ask about the job.
    let notes = "# Ownership\n\n### The flaky deploys\nI found that one deploy in ten failed, traced it to a race in the lock and fixed it.\n\n\
        questions:\n- what does a typical day look like for this role?\n- how is onboarding run in the first month?\n- when can I hear back about the next steps?\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0].story.questions.is_empty(),
        "{:#?}",
        read.drafts[0].story.questions
    );
    assert!(read.questions.is_empty(), "{:#?}", read.questions);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "questions to ask the interviewer, not a story's"),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn prompts_under_a_label_after_the_next_question_wait_with_it() {
    let set = principles::builtin();
    // Our own words: a story told in full, then the next story's question heading, a
    // `**Use for:**` label over quoted prompts, and that story's parts.
    let notes = "# Prep\n\n## Teamwork\n\n### Q: Tell me about a time you disagreed with a teammate.\n\n\
        **S:** Our team split over which queue to use.\n\n**A:** I set up a test of both queues.\n\n**R:** We chose the faster one in a day.\n\n---\n\n\
        ### Q: Describe a time you helped a new colleague.\n\n**Use for:**\n- “Helping a new hire”\n- “Mentoring example”\n\n\
        **S:** A new engineer could not run the build.  \n**A:** I paired with her for two mornings.  \n**R:** She shipped her first change that week.\n";
    let read = plan(notes, &set);
    let asked: Vec<Vec<String>> = read
        .drafts
        .iter()
        .map(|d| d.story.questions.clone())
        .collect();
    assert_eq!(
        asked,
        [
            vec!["Tell me about a time you disagreed with a teammate.".to_string()],
            vec![
                "Describe a time you helped a new colleague.".to_string(),
                "Helping a new hire".to_string(),
                "Mentoring example".to_string()
            ],
        ],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn me_over_the_first_lines_introduces_the_writer() {
    let set = principles::builtin();
    // Our own words: plain notes, `me:` over who the writer is, two labels over what
    // they like, then a story under its own label.
    let notes = "me:\n    - 2nd year at the college, major CS\n    - I first chose CS because I liked puzzles\n    - through my co-op I learned that I really enjoy building tools\n    - and I want a career that combines the two\n\n\n\
        why this team:\n    - The team builds tools for hospitals\n    - hands on experience with data pipelines\n\n\n\
        stay curious (strength):\n    - I enjoy asking how things work\n    - I learn best from other people\n\n\n\
        fixed the build:\n    - current co-op, my job is mainly testing\n    - the nightly build failed one night in five\n    - I was told to rerun it, but I bisected the failures and found a test that shared a temp folder\n    - I gave each test its own folder and the build has been green since\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["fixed the build"], "{:#?}", read.drafts);
}

#[test]
fn a_project_told_without_i_as_its_doer_is_a_story_and_a_habit_is_not() {
    let set = principles::builtin();
    // Our own words: question headings naming no principle, each over a plain answer.
    // The first tells one project in the past with no "I" as its doer; the second says
    // how the writer works; the third asks about a weakness and answers in the present.
    let notes = "# 4. Tell me about a project you are proud of\n\n\
        One project I am proud of replaced the nightly batch export with a stream.\n\n\
        The migration needed a week of dual writes and a careful cut-over.\n\n\
        The reports arrived within minutes instead of the next morning.\n\n---\n\n\
        # 5. How do you plan your week?\n\n\
        I usually list what blocks others first. Then I keep one afternoon free for reviews.\n\n---\n\n\
        # 6. Tell me about a weakness\n\n\
        I tend to say yes too quickly. I now write down what I would drop before I agree.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0].told().contains("nightly batch export"),
        "{:#?}",
        read.drafts[0]
    );
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a project you are proud of"]
    );
}

#[test]
fn questions_quoted_among_the_writers_words_under_a_label_are_the_storys() {
    let set = principles::builtin();
    // Our own words: a label with a remark in its marks over two quoted questions set
    // among the writer's own words (where else they were asked), then the parts; and
    // a second story whose label quotes a word that asks nothing.
    let notes = "## Story 1: The retry storm\n\n**Primary LP:** Dive Deep\n\n\
        **Also answers (other companies):** the bank's \"what outage have you debugged\" (my list, item 4),\n\
        and any \"tell me about a time you found a root cause\" question.\n\n\
        **Situation:** Our queue doubled its load every night.\n**Action:** I traced it to retries without backoff.\n\
        **Result:** The load went flat.\n\n\
        ## Story 2: Saying no\n\n**Primary LP:** Earn Trust\n\n\
        **Question:** Tell me about a time you said \"no\" to a customer.\n\n\
        **Situation:** A customer wanted a feature that would leak data.\n**Action:** I explained the risk and offered an export.\n\
        **Result:** They took the export.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        [
            "what outage have you debugged",
            "tell me about a time you found a root cause"
        ],
        "{:#?}",
        read.drafts[0]
    );
    assert!(read.drafts[0].story.notes.contains("my list, item 4"));
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a time you said \"no\" to a customer."]
    );
}

#[test]
fn a_story_told_in_parts_keeps_its_rehearsal_blank_and_its_remarks_leave_the_result() {
    let set = principles::builtin();
    // Our own words: stories told in bold labels in notes' shorthand, a line mapping
    // them to principles, a remark under a label of the writer's own, what they would
    // do differently, and an empty checklist with a blank for the date rehearsed.
    let notes = "# My stories\n\n## Story 1: Search cache\n\n**Situation:**\nSearch pages took four seconds under load.\n\n\
        **Action:**\n- Profiled the slow queries\n- Added a cache in front of the index\n\n\
        **Result:**\nPages loaded in 300 ms. Support tickets about search stopped.\n\n\
        **What I'd do differently:** Measure before guessing at the cause.\n\n\
        **Maps to:** Dive deep, Deliver results\n\n\
        **Handle with care:** Only for teams that run their own infra.\n\n\
        **Rehearsed:**\n- [ ] Date: __________\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Search cache");
    assert_eq!(story.principles, ["dive-deep", "deliver-results"]);
    assert_eq!(
        story.part(Part::Result).trim(),
        "Pages loaded in 300 ms. Support tickets about search stopped."
    );
    // The label is a sentence of the writer's: it opens the lesson, no word lost.
    assert_eq!(
        story.part(Part::Learned).trim(),
        "What I'd do differently: Measure before guessing at the cause."
    );
    assert!(story.notes.contains("Only for teams"), "{:#?}", story);
}

#[test]
fn deeds_in_the_action_keep_a_story_whose_lesson_speaks_to_you() {
    let set = principles::builtin();
    // Our own words: a bank entry in plain labels, "I" left out, its Action three
    // deeds, its Result closed by a lesson in "you"; beside it, a guide's template
    // whose parts tell the reader what to do stays advice.
    let notes = "### Story 2 — Checkout rewrite\n\nSituation: The checkout dropped one order in fifty.\n\n\
        Action: Traced the drops to a race in the payment callback. Added an idempotency key. \
        Moved the retries into a queue.\n\n\
        Result: Dropped orders went to zero. Lesson: when you remove a race you stop guessing, \
        and you find the next bug faster, because you trust the logs again.\n\n\
        ### Template\n\nSituation: describe where you were and what you faced.\n\n\
        Action: say what you did, step by step, and why you chose it.\n\n\
        Result: give your numbers and what you would keep doing.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Checkout rewrite"], "{:#?}", read.drafts);
}

#[test]
fn questions_pointing_at_stories_by_number_are_their_questions() {
    let set = principles::builtin();
    // Our own words: two numbered stories, then a quick reference of questions, each
    // pointing at one story or two by number, and a line pointing at a story that
    // is not there, which stays skipped.
    let notes = "# Answer bank\n\n### Story 1 — Billing jobs\n\nSituation: The billing jobs ran on a server nobody owned.\n\n\
        Action: Moved them one by one and added alerts.\n\nResult: The server was retired with no missed bill.\n\n\
        ### Story 2 — Faster reviews\n\nSituation: Reviews took three days.\n\n\
        Action: Set a rotation and a one-day target.\n\nResult: Reviews now take under a day.\n\n\
        ## Quick reference\n\n\"Tell me about a time you owned a mess\" → Story 1\n\
        \"Tell me about improving a process\" → Story 1 or 2\n\n\
        \"Tell me about a conflict\" → Story 7\n";
    let read = plan(notes, &set);
    let asked: Vec<&[String]> = read
        .drafts
        .iter()
        .map(|d| d.story.questions.as_slice())
        .collect();
    assert_eq!(
        asked,
        [
            &[
                "Tell me about a time you owned a mess".to_string(),
                "Tell me about improving a process".to_string()
            ][..],
            &["Tell me about improving a process".to_string()][..],
        ],
        "{:#?}",
        read.drafts
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Story 7") && !s.reason.contains("by number")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn quoted_openers_under_numbered_prompts_are_stories_named_by_the_story_to_use() {
    let set = principles::builtin();
    // Our own words: numbered prompts in quotation marks (one with no question mark,
    // one that asks about a thing), each over the story to use by name, the answer's
    // first lines in quotation marks with one "I" in them, and a punchline in
    // shorthand.
    let notes = "# Openers\n\n### Q1. \"Biggest outage you owned\"\n\
        **Story to use:** The midnight certificate expiry\n\
        **Opener:** \"Every login failed at midnight. The certificate on the gateway had expired. I owned it from the first page.\"\n\
        **Punchline:** Rotated the certificate, added an expiry alert, wrote the runbook.\n\n---\n\n\
        ### Q2. \"Tell me about a conflict with a customer\"\n\
        **Story to use:** The refund that was not ours\n\
        **Opener:** \"A customer demanded a refund our partner owed. The partner had gone quiet for a week. I called them with the customer on the line.\"\n\
        **Punchline:** Refund paid in two days, partner contract now names who refunds.\n";
    let read = plan(notes, &set);
    let found: Vec<(&str, &[String])> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.questions.as_slice()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "The midnight certificate expiry",
                &["Biggest outage you owned".to_string()][..]
            ),
            (
                "The refund that was not ours",
                &["Tell me about a conflict with a customer".to_string()][..]
            ),
        ],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn questions_under_a_heading_of_questions_in_a_storys_card_are_its_follow_ups() {
    let set = principles::builtin();
    // Our own words: one story's card, told aloud and then in bold parts, then sections
    // of questions about it, each quoted with the writer's answer under `**Ans:**`.
    let notes = "# Moving the billing jobs\n**Strength: 4**\n**Use for:** ownership, migrations\n\n---\n\n\
        ## Spoken Delivery\n\nThe billing jobs ran on a server nobody owned, so I moved them one by one and retired it.\n\n---\n\n\
        ## The Story (STAR)\n\n**Situation:**\nThe billing jobs ran on a server nobody owned.\n\n\
        **Action:**\nI listed every job, moved them one by one and set up alerts.\n\n\
        **Result:**\nThe server was retired with no missed bill.\n\n---\n\n\
        ## Technical Questions (Interviewer Voice)\n\n\
        - \"Why not move them all at once?\"\n  **Ans:** One at a time let me roll back a single job.\n\n\
        - \"How did you find every job?\"\n  **Ans:** I read the crontab and the scheduler's logs for a month.\n\n\
        ## Behavioral Follow-Up Questions\n\n\
        - \"What would you do differently?\"\n  **Ans:** Ask finance for the list of reports first.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(story.notes.contains("read the crontab"), "{:#?}", story);
    assert!(story.notes.contains("Ask finance"), "{:#?}", story);
}

#[test]
fn a_cards_parts_after_its_answer_said_aloud_are_the_same_story_and_its_label_is_kept() {
    let set = principles::builtin();
    // Our own words: one story's card, its fields (a `Use for:` label of themes), the
    // answer said aloud, the same story in bold parts, an insight, follow-up questions
    // in bold quotation marks each answered under it, and what to watch out for.
    let notes = "# S004 — The Certificate That Was Due on a Sunday\n**Strength: 3 — short story, cap relief only**\n**Use for:** preventing a problem before it happened, being proactive, not following the documented process, asking another team for help, on-call experience\n\n> **What this story is for.** Not a lead story. It covers proactivity when the lead stories are used up: short, true, nothing to defend.\n\n---\n\n## Spoken Delivery (say this version out loud)\n\nAt my last job, the certificate on our public gateway was due to expire on a Sunday, and renewing it needed a signing request approved by the security team. I was on call that week, so renewing it was mine, and it was the first renewal I had ever done. The runbook said to start on the Friday before the expiry, which left one working day for the approval and no room for anything to go wrong in between. Nobody on the team remembered how long the security queue usually took, and the last renewal had been done by someone who had since left.\n\n---\n\n## The Story (STAR)\n\n**Situation:**\nAt my last job, the certificate on our public gateway was due to expire on a Sunday, and renewal needed an approval from the security team.\n\n**Task:**\nRenew it before it expired, with no failed logins.\n\n**Action:**\nI filed the signing request on the Monday instead of the Friday. The security team's queue was four days long, and my request cleared on Thursday.\n\n**Result:**\nThe certificate rotated on Friday with no failed login.\n\n---\n\n## Earned Insight\n> \"A runbook's buffer must be longer than the slowest step inside it.\"\n\n---\n\n## Follow-Up Questions (Interviewer Voice)\n\n**\"Why start on the Monday?\"**\nIt was my first renewal, so I gave myself margin on every step.\n\n**\"Who approved the request?\"**\nThe security team did; I only filed it with the old certificate attached.\n\n---\n\n## Watch Out For\n\n- Do not claim you predicted the queue.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(!read.drafts[0].story.part(Part::Situation).is_empty());
    // The label's own words are kept, none lost: with its themes in the notes, and
    // not told twice, among the structure as well.
    assert!(
        read.drafts[0]
            .story
            .notes
            .contains("**Use for:** preventing a problem"),
        "{:#?}",
        read.drafts[0].story
    );
    assert!(
        !read.ignored.iter().any(|s| s.text.contains("Use for")),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn a_situation_put_to_you_answered_with_habits_and_an_example_set_apart_is_no_story() {
    let set = principles::builtin();
    // Our own words: a scenario put to the reader, answered with what the writer does,
    // then an example under a label in emphasis that tells what they once did.
    let notes = "## Scenarios\n\n### S3 — You find a bug in another team's service — raise it or not?\n\n\
        Always raise it. I tell the owner what I see and what the risk is. I don't file the fix for them. \
        I'm putting the information where it belongs.\n\n\
        *Real grounding:* Last spring I found a retry loop in the billing client. I sent its owners the log \
        lines and they fixed it the same week. It cost me ten minutes.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_question_quoted_inside_what_happened_asks_nothing() {
    let set = principles::builtin();
    // Our own words: a story in bold parts whose Action tells how a question was
    // reframed, quoting the questions, then goes on over a list.
    let notes = "#### S2 — The vendor self-serve page\n\n**Situation**\nOur app had lower engagement than the web site.\n\n\
        **Action**\nI split the app users by what they did and found half were shop owners.\n\n\
        This reframed the problem: not \"why is the app quieter?\" but \"why do two kinds of user share one screen?\"\n\n\
        Built pages for the owners:\n- a self-serve ad slot\n- a badge they could buy\n\n\
        **Result**\nAd revenue from the app grew by a fifth.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Action).contains("reframed"),
        "{:#?}",
        story
    );
    assert!(story.questions.is_empty(), "{:#?}", story.questions);
}

#[test]
fn best_for_quotes_the_storys_questions_and_its_themes_are_notes() {
    let set = principles::builtin();
    // Our own words: a story marked with a star to lead with, its principles, the
    // questions it is best for in quotation marks between slashes, its parts; then a
    // seed flagged in capitals whose `Best for` names only themes.
    let notes = "## Full stories\n\n### ★ S1 — The midnight export\n**LPs**: Ownership, Dive Deep\n\
        **Best for**: \"Tell me about a time you owned a mess\" / \"Tell me about a job nobody owned\"\n\n\
        **Situation**: The export ran on a server nobody owned.\n\n**Action**: I moved it to the scheduler.\n\n\
        **Result**: No missed export since.\n\n---\n\n\
        ### S2 — Faster reviews ⚠️ SEED\n**LPs**: Bias for Action\n**Best for**: speed / team habits\n\n\
        - **Situation**: Reviews took three days\n- **Action**: Set a one-day target\n- **Result**: Reviews take a day\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "S1 — The midnight export");
    assert_eq!(
        read.drafts[0].story.questions,
        [
            "Tell me about a time you owned a mess",
            "Tell me about a job nobody owned"
        ]
    );
    assert_eq!(read.drafts[1].story.title, "S2 — Faster reviews");
    assert!(
        read.drafts[1].story.questions.is_empty(),
        "{:#?}",
        read.drafts[1]
    );
    assert!(read.drafts[1].story.notes.contains("team habits"));
    // A number's decimal point in front of a title is no enumerator.
    assert_eq!(heading_title("5.4x faster builds").0, "5.4x faster builds");
}

#[test]
fn a_question_pointed_at_a_story_told_elsewhere_is_asked_without_the_pointer() {
    let set = principles::builtin();
    // Our own words: a routing page. Each question under a principle names, after an
    // arrow, the story (kept in another file) to answer it with; one has no story.
    let notes = "## Frugality\n\
        - Tell me about a time you cut a bill → **S4** *(the idle build rigs)*\n\
        - ⚠️ **Tell me about a time you said no to a purchase** → **no story yet.** Say so.\n\
        - How do you decide what to cut? -> S4 again\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    let asked: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(
        asked,
        [
            "Tell me about a time you cut a bill",
            "Tell me about a time you said no to a purchase",
            "How do you decide what to cut?"
        ]
    );
    assert!(read.questions.iter().all(|q| q.principle == "frugality"));
    // Where each points is kept, with its line.
    let pointers: Vec<(usize, &str)> = read
        .ignored
        .iter()
        .filter(|b| b.reason.starts_with("where the notes point"))
        .map(|b| (b.lines.0, b.text.as_str()))
        .collect();
    assert_eq!(
        pointers,
        [
            (2, "**S4** *(the idle build rigs)*"),
            (3, "**no story yet.** Say so."),
            (4, "S4 again")
        ]
    );
}

#[test]
fn a_long_title_is_never_cut_inside_its_brackets() {
    // Our own words: a story's card whose name ends in a remark in brackets with a
    // comma in it, the whole too long for a title.
    let set = principles::builtin();
    let notes = "# S3 — Moving the nightly builds onto spare machines (Acme, Build Team)\n\
        **Use for:** saving money\n\n\
        **Situation:** The build farm bill doubled in a year.\n\n\
        **Action:** I moved the nightly jobs to idle test rigs.\n\n\
        **Result:** The bill halved.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.title,
        "S3 — Moving the nightly builds onto spare machines"
    );
    // A story's card takes its whole name as its title, cut to length: never inside
    // the brackets.
    assert_eq!(
        short_title("S3 — Moving the nightly builds to spare machines (Acme, Build Team)"),
        "S3 — Moving the nightly builds to spare machines"
    );
    // A clause break outside the brackets is still where a long title is cut.
    assert_eq!(
        short_title("Moved the nightly builds onto spare machines, which halved the bill (Acme)"),
        "Moved the nightly builds onto spare machines"
    );
}

#[test]
fn a_label_heading_inside_an_answer_to_a_question_heading_is_more_of_that_answer() {
    // Our own words: a question heading, its answer, then a deeper heading that is only
    // a label of the writer's own, over the rest of the answer.
    let set = principles::builtin();
    let notes = "### Tell me about a time you missed a deadline\n\n\
        I promised the export by Friday and missed it by a week, because I had not asked \
        what the data team needed.\n\n\
        #### Aftermath:\n\n\
        I now ask every team for its inputs before I give a date.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.skipped.is_empty(), "{:#?}", read.skipped);
    let draft = &read.drafts[0];
    assert!(
        draft.all_text().contains("before I give a date"),
        "{draft:#?}"
    );
    assert_eq!(read.drafts[0].lines, (1, 7));
}

#[test]
fn kinds_of_story_to_prepare_and_a_cut_off_question_make_no_draft() {
    let set = principles::builtin();
    // Our own words: a plan's kinds of story to prepare, each part saying what such a
    // story would hold; then a story of the writer's own under the same heading.
    let notes = "## Stories to prepare\n\n\
        ### Outage / Recovery\n\
        - **Situation**: Service failure or data loss\n\
        - **Task**: Restore service, limit harm\n\
        - **Action**: Triage steps, rollback plan, updates to users\n\
        - **Result**: Time to recover, lessons, follow-up fixes\n\n\
        ### The billing outage\n\
        - **Situation**: Our invoices stopped for 6 hours in March\n\
        - **Action**: I rolled back the release and replayed the queue\n\
        - **Result**: Every invoice went out the same day\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "The billing outage");
    assert!(
        read.skipped
            .iter()
            .any(|s| s.lines == (3, 7) && s.reason.starts_with("a kind of story to prepare")),
        "{:#?}",
        read.skipped
    );
    // A question cut off with an ellipsis, each line under it the end of one: the
    // person's own questions, asked whole, under the principle they sit under.
    let notes = "## Frugality\n\n\
        - \"Tell me about a time you...\"\n  - Cut a cloud bill in half\n  - shipped without a budget\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    let asked: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert_eq!(
        asked,
        [
            "Tell me about a time you cut a cloud bill in half",
            "Tell me about a time you shipped without a budget"
        ]
    );
    // Under a heading that names no principle, they are no stories either.
    let notes = "## Themes\n\n- Tell me about a time you...\n  - Designed a system from scratch\n  - Handled an outage\n";
    assert!(plan(notes, &set).drafts.is_empty());
}

#[test]
fn a_bold_part_label_after_the_or_my_starts_the_part_and_a_title_loses_its_full_stop() {
    let set = principles::builtin();
    // Our own words: a question answered by a named story whose labels are the
    // writer's own phrasing of the parts, "The" or "My" before the part's word.
    let notes = "## 1. Tell me about a time you failed.\n\
        *   **Story:** The late nightly export at the warehouse.\n\
        *   **The Situation:** Our export ran late every week.\n\
        *   **My Action:** I moved it to the scheduler and added an alert.\n\
        *   **The Lesson:** I own the boring jobs too.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The late nightly export at the warehouse");
    assert!(
        story.part(Part::Situation).contains("ran late"),
        "{story:#?}"
    );
    assert!(story.part(Part::Action).contains("scheduler"), "{story:#?}");
    assert!(
        story.part(Part::Learned).contains("boring jobs"),
        "{story:#?}"
    );
    // In running text, "The results:" leads into what follows; it labels no part.
    assert!(split_label("The results: all moved").is_none());
    // An abbreviation keeps its stop.
    assert_eq!(
        short_title("Moved the warehouse to Acme Inc."),
        "Moved the warehouse to Acme Inc."
    );
}

#[test]
fn a_story_told_in_sections_of_its_own_as_well_as_its_parts_is_one_story() {
    let set = principles::builtin();
    // Our own words: two stories under a bank's title; the first told in sections
    // that are the writer's own fields (anchors, a tension, a turn) between its parts.
    let notes = "# My stories\n\n## S1 — The late export\n\n**Confidence:** verified\n\n\
        ### Anchors\n1. Export late every week.\n2. Moved it to the scheduler.\n\n\
        ### Situation\nOur export ran late every week and nobody owned it.\n\n\
        ### Tension\nFinance closed the books on it, and I had no say over the server.\n\n\
        ### Action\nI moved it to the scheduler and added an alert.\n\n\
        ### Turn\nThe first alert fired at 2am and I fixed it before anyone woke.\n\n\
        ### Result\nIt has not been late since.\n\n\
        ## S2 — The flaky test\n\n### Situation\nA test failed one run in ten.\n\n\
        ### Action\nI traced it to a shared clock.\n\n### Result\nIt has passed every run since.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["S1 — The late export", "S2 — The flaky test"]);
    let first = &read.drafts[0];
    assert_eq!(first.lines, (3, 24));
    assert!(first.story.part(Part::Result).contains("not been late"));
    assert!(first.all_text().contains("Finance closed the books"));
    assert!(first.all_text().contains("fired at 2am"));
}

#[test]
fn a_story_the_notes_say_is_made_up_is_no_draft() {
    let set = principles::builtin();
    // Our own words: a guide's example entry, said above it to be invented.
    let notes = "# Example entry\n\nAn illustrative story; the details are invented, so \
        write your own.\n\n## S1 — The late export\n\n### Situation\nOur export ran late.\n\n\
        ### Action\nI moved it to the scheduler.\n\n### Result\nIt has not been late since.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("an example the notes say is made up")),
        "{:#?}",
        read.skipped
    );
    // Without that line, the same story is the writer's.
    let own = notes.replace(
        "An illustrative story; the details are invented, so write your own.",
        "From my time on the data team.",
    );
    assert_eq!(plan(&own, &set).drafts.len(), 1);
}

#[test]
fn an_answer_card_with_mapped_principles_and_the_story_used_is_one_story() {
    let set = principles::builtin();
    // Our own words: one answer's card. Its title is the prompt; a bold line maps its
    // principles, one with a remark, one after a word of the writer's; a field names
    // the story used and what part of it is told; the answer; signals; follow-ups.
    let notes = "# Q2 — a time when you changed a teammate's mind\n\n\
        **Mapped LP(s):** Earn Trust (primary); touches Dive Deep and Are Right, A Lot.\n\n\
        **Story used:** The nightly export — the week the alerts were wrong (from my bank, story 4).\n\n\
        ## Answer (core, ~200 words)\n\n\
        I owned the nightly export and a teammate wanted to turn its alerts off. I pulled a \
        month of alerts and showed him that nine in ten were real. He agreed to keep them, and \
        we cut the false ones by half the next week.\n\n\
        ## Signals covered\n\n- **Earn Trust — shows the data** → para 1\n\n\
        ## Deep follow-ups (likely probes)\n\n\
        **Q: Why not just turn them off?**\n**A:** Real failures would have gone unseen.\n\n\
        ## Sources\n\n- From my bank, story 4.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The nightly export");
    assert_eq!(
        story.principles,
        ["earn-trust", "dive-deep", "are-right-a-lot"]
    );
    assert_eq!(
        story.questions,
        ["a time when you changed a teammate's mind"]
    );
    // What the field says of the story beside its name stays in the notes.
    assert!(
        story.notes.contains("the week the alerts were wrong"),
        "{story:#?}"
    );
    // A heading that names follow-ups with a word before them is one over follow-ups.
    assert!(followup_heading("Deep follow-ups (likely probes)").is_some());
    assert!(followup_heading("Deep dive").is_none());
}

#[test]
fn a_story_whose_text_is_only_slots_in_brackets_is_a_template() {
    let set = principles::builtin();
    // Our own words: a heading over lines that are each a slot to fill, no part
    // labelled; then the same heading over a story of the writer's own.
    let notes = "## My story\n\n**When:** [year],\n**Where:** [team],\n**What:** [outcome].\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped.iter().any(|s| s
            .reason
            .starts_with("a template: its parts are examples in brackets")),
        "{:#?}",
        read.skipped
    );
    let own = "## My story\n\nI moved the [nightly] export to the scheduler and it never ran late again.\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
}

#[test]
fn a_cards_section_of_sources_fills_no_part() {
    let set = principles::builtin();
    // Our own words: an answer's card whose last section says where each fact comes
    // from, a line of it led by a part's label.
    let notes = "# Q1 — tell me about a time you failed\n\n\
        **Mapped LP(s):** Earn Trust (primary)\n\n\
        ## Answer\n\nI shipped a build that broke on old laptops. I added a check at start-up \
        and wrote down the minimum version.\n\n\
        ## Signals covered\n\n- Earn Trust → owned the miss\n\n\
        ## Fact provenance\n\n- Result: the check shipped in a week → my notes, story 2.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Result).trim().is_empty(), "{story:#?}");
    assert!(
        story.notes.contains("the check shipped in a week"),
        "{story:#?}"
    );
}

#[test]
fn parts_labelled_inline_in_one_paragraph_are_each_read() {
    let set = principles::builtin();
    // Our own words: questions by topic, each answered on the line under it after `A.`;
    // the behavioral answers label their parts in their running text, each label after
    // the end of a sentence.
    let notes = "## Topic 1: Networking\n\n**Q1. What is DNS?**\nA. DNS turns names into addresses.\n\n\
        **Q2. What is ARP?**\nA. ARP maps an address to a MAC.\n\n## Topic 2: Behavioral\n\n\
        **Q3. Tell me about a time you fixed a late job.**\n\
        A. **Situation:** The nightly export ran late. **Task:** Get it on time. \
        **Action:** I moved it to the scheduler and added an alert. **Result:** On time since.\n\n\
        **Q4. Tell me about a time you helped a peer.**\n\
        A. **Situation:** A peer was stuck on a migration. **Task:** Unblock him. \
        **Action:** I paired with him for a day. **Result:** He shipped it that week.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(Part::Situation).trim(),
        "The nightly export ran late."
    );
    assert_eq!(story.part(Part::Task).trim(), "Get it on time.");
    assert!(story.part(Part::Action).contains("scheduler"), "{story:#?}");
    assert_eq!(story.part(Part::Result).trim(), "On time since.");
    assert_eq!(
        story.questions,
        ["Tell me about a time you fixed a late job."]
    );
    assert_eq!(read.drafts[1].story.part(Part::Task).trim(), "Unblock him.");
    // A label in the middle of a sentence is the sentence's word, not a part.
    let said = "## Ownership\n\n### The export\n\n**Situation:** The **Task:** board was full. \
        I moved the export.\n";
    let read = plan(said, &set);
    assert!(read.drafts[0].story.part(Part::Task).trim().is_empty());
}

#[test]
fn a_principle_file_of_ranked_stories_rubrics_and_pointed_questions() {
    let set = principles::builtin();
    // Our own words: one principle's file, the shape of a writer's prep for one round.
    // A subtitle; a rubric under labels with a word in front of "signals" and a remark
    // after; a question that ends the rubric's section; a primary story with why it
    // fits, a rule, then its STAR with how long to take on each part; a backup story
    // led by the question it answers, its script in quotation marks; likely questions
    // that say which story to use; a self-check.
    let notes = "# LP: Earn Trust\n## Round 3 — Hiring manager\n\n---\n\n\
        ## What the round looks for\n\n\
        **Strength signals:**\n- Listens first\n\n\
        **Concern signals (what marks you down):**\n- Speaks over others\n- Hides bad news\n\n\
        Can you own a mistake out loud?\n\n\
        ## Primary Story: The billing rollback — owning the miss\n\n\
        ### Why This Story Fits Earn Trust\n\n- You told the clinics first\n\n---\n\n\
        ### The STAR Framework for This LP\n\n\
        **SITUATION** (30 seconds)\n> \"At the clinic software shop, a billing change I shipped double-charged forty patients.\"\n\n\
        **TASK** (15 seconds)\n> \"I had to tell the clinics before they found it.\"\n\n\
        **ACTION — (60-70% of time)**\n> \"I called each clinic manager, refunded the charges the same day and wrote the post-mortem.\"\n\n\
        **RESULT** (20 seconds)\n> \"All forty refunds landed within a day and no clinic left.\"\n\n\
        ## Backup Story: Vendor outage — the status page\n\n\
        If the question is: *\"Tell me about a time you shared bad news early.\"*\n\n\
        **Script:**\n> \"When our SMS vendor went down I posted the outage on our status page before the tickets arrived. I wrote an update every hour until it recovered.\"\n\n\
        ## Likely Questions\n\n\
        ### Q1: \"Tell me about a time you made a mistake that affected customers.\"\n\n\
        **Use:** The billing rollback — primary story above.\n\n\
        **Key points:**\n- Say what you changed.\n\n\
        ## Rubric Self-Check\n\n- [ ] I named the mistake\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "The billing rollback — owning the miss",
            "Vendor outage — the status page"
        ],
        "{:?}",
        read.skipped
    );
    let rollback = &read.drafts[0].story;
    assert_eq!(rollback.principles, ["earn-trust"]);
    for part in Part::ALL.into_iter().take(4) {
        let text = rollback.part(part).trim();
        assert!(text.starts_with('"'), "{part:?}: {text:?}");
    }
    assert_eq!(
        rollback.questions,
        ["Tell me about a time you made a mistake that affected customers."]
    );
    let vendor = &read.drafts[1].story;
    assert_eq!(
        vendor.questions,
        ["Tell me about a time you shared bad news early."]
    );
    assert!(
        vendor.notes.contains("I posted the outage"),
        "{:?}",
        vendor.notes
    );
    let reasons: Vec<&str> = read.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"what interviewers look for, not a story"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(
            &"how to tell a story told above for this question (its question is that story's), not a story"
        ),
        "{reasons:?}"
    );
    let ignored: Vec<&str> = read.ignored.iter().map(|s| s.text.as_str()).collect();
    for kept in [
        "Primary Story",
        "Backup Story",
        "(30 seconds)",
        "(60-70% of time)",
    ] {
        assert!(
            ignored.iter().any(|t| t.contains(kept)),
            "{kept}: {ignored:?}"
        );
    }
}

#[test]
fn ranks_leads_timings_and_signals_are_read_as_what_they_are() {
    // A story's rank before its name is a label; the name is the title.
    assert_eq!(
        story_heading("Backup Story 2: The night pager"),
        "The night pager"
    );
    assert_eq!(
        story_heading("Additional Backup Story: Cold start"),
        "Cold start"
    );
    assert_eq!(ranked_story("Backup plans for the launch"), None);
    // The story told in STAR's frame, not a guide's frame over its sample.
    assert!(answer_form("The STAR Framework for This LP"));
    assert!(!answer_form("Answer Framework"));
    // Words that lead into the questions a story answers.
    assert_eq!(
        question_lead("Use this when the question is about *\"a risk\"* or *\"a deadline\"*."),
        Some("*\"a risk\"* or *\"a deadline\"*.")
    );
    assert_eq!(question_lead("Use this tool when the build breaks."), None);
    assert_eq!(
        quoted_pieces("*\"a risk\"* or *\"a deadline\"*."),
        Some(vec!["a risk".to_string(), "a deadline".to_string()])
    );
    // A word before "signals", and a remark after it, leave the rubric's label.
    for label in [
        "**Concern signals (what marks you down):**",
        "**The scoring rubric (what they grade):**",
    ] {
        assert!(
            matches!(split_label(label), Some((Label::Aside(_), rest)) if rest.trim().is_empty()),
            "{label}"
        );
    }
    assert!(split_label("**Smoke signals from the old boiler:** we ignored them").is_none());
}

#[test]
fn a_project_dossier_in_numbered_sections_is_one_story() {
    let set = principles::builtin();
    // Our own words: one project told as a document in numbered sections, most of
    // them the project's facets (its summary, architecture, how it was found, the
    // decision, the migration, the results), one opening with a principle's name and
    // saying more, sub-sections of their own, a probe to expect, and a table of the
    // story's chunks with the principle each shows.
    let notes = "# Rebuilding the label printer queue\n\n\
        ## 1. Summary\n\nThe print queue at the depot lost jobs at shift change. I traced it to a lock held across restarts, rebuilt the queue on our own service and retired the old one.\n\n\
        ## 2. The Old Architecture\n\nEvery printer polled one shared table.\n\n\
        ### Why it was built that way\n\nThere was one printer when it was written.\n\n\
        ## 3. How I Found It\n\nI read the restart logs for a week and matched each lost job to a restart.\n\n\
        ## 4. Ownership Handover and the Rewrite Decision\n\nThe queue came to our team; rewriting was the smaller risk.\n\n\
        ### Why not patch it\n\n**Expect the probe:** *\"Why not just patch the lock, you had it found?\"*\n\n\
        Patching kept the shared table, and the table was the fault.\n\n\
        ## 5. The Migration\n\nI moved the depots one a week behind a switch.\n\n\
        ## 6. Results\n\n### Outcomes\n\n- No lost jobs since the last depot moved.\n\n\
        ## 7. Delivery Guide\n\n\
        | Chunk | LP | Hook |\n|---|---|---|\n\
        | Finding it | **Dive Deep** | A week of restart logs |\n\
        | Rewriting it | **Ownership** | The smaller risk |\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Rebuilding the label printer queue");
    assert_eq!(story.principles, ["dive-deep", "ownership"]);
    assert!(
        story.part(Part::Result).contains("No lost jobs"),
        "{story:?}"
    );
    assert!(
        story.notes.contains("Why not just patch the lock"),
        "{:?}",
        story.notes
    );
    assert!(
        read.warnings
            .iter()
            .all(|w| !w.contains("names no principle")),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_story_card_told_as_a_quotation_under_how_to_deliver_it() {
    let set = principles::builtin();
    // Our own words: a card of stories by number, no principle named; each story a
    // line of its lesson, then how to deliver it as one quotation told in "we", then
    // the questions it answers under a label of the writer's.
    let notes = "# Story card\n\n\
        ## S01 — Night bus timetable\n\n\
        **Worth remembering:** A timetable nobody reads is no timetable.\n\n\
        **Deliver it like this:**\n\
        > \"Our night buses ran half empty, and the ticket data pointed at the timetable: it ignored the last trains.\n\
        >\n\
        > So we rewrote it around those trains. We printed it at every stop and ran it for a month. Riders on the late routes went up by a third.\"\n\n\
        **Use for questions like:**\n\
        - \"Tell me about a time you changed behaviour with data\"\n\
        - \"How do you decide what to fix first?\"\n\n\
        ---\n\n\
        ## S02 — The depot handover\n\n\
        **Deliver it like this:**\n\
        > \"We took the depot over from a contractor with two weeks' notice. We shadowed each shift first, kept their rota for a month and changed one thing a week.\"\n\n\
        **Use for questions like:**\n\
        - \"Tell me about a transition you managed\"\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?} {:?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.questions,
        [
            "Tell me about a time you changed behaviour with data",
            "How do you decide what to fix first?"
        ]
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a transition you managed"]
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn a_telling_right_under_a_ranked_story_and_a_pointer_to_a_story_told_under_it() {
    let set = principles::builtin();
    // Our own words: the primary story's STAR right under its name; a backup led by
    // what the interviewer may say; a likely question whose `Use:` names a story told
    // nowhere above, told under it.
    let notes = "# LP: Frugality\n\n\
        ## Primary Story: The shared test rig\n\n\
        ### The STAR Framework for This LP\n\n\
        **SITUATION** (30 seconds)\n> \"Each team had bought its own test rig, and half of them sat idle.\"\n\n\
        **ACTION** (60 seconds)\n> \"I pooled the rigs behind one booking page and sold the spares.\"\n\n\
        **RESULT** (20 seconds)\n> \"We ran the same tests on a third of the hardware.\"\n\n\
        ## Backup Story: The cloud bill\n\n\
        If the interviewer says something like *\"tell me about a time you cut a cost nobody asked you to\"*, use this:\n\n\
        - I found a forgotten cluster that cost more than our team.\n- I switched it off after asking every owner.\n\n\
        ## Likely Questions\n\n\
        ### Q1: \"Tell me about a time you did more with less.\"\n\n\
        **Use:** The paper forms.\n\n\
        **Script:**\n> \"Our clinic printed every form twice. I moved the forms to one tablet per desk and we stopped ordering paper within a month.\"\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The shared test rig", "The cloud bill", "The paper forms"],
        "{:?}",
        read.skipped
    );
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("pooled the rigs")
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["tell me about a time you cut a cost nobody asked you to"]
    );
    assert_eq!(
        read.drafts[2].story.questions,
        ["Tell me about a time you did more with less."]
    );
    assert!(read.drafts[2].story.notes.contains("one tablet per desk"));
}

#[test]
fn a_heading_over_questions_is_no_story_and_a_one_line_script_is_a_story() {
    let set = principles::builtin();
    // Our own words: one ranked story, a heading over likely questions with nothing
    // of its own, and a question whose `Use:` names a story told under it in one
    // sentence.
    let notes = "# LP: Ownership\n\n\
        ## Primary Story: The billing rollback\n\n\
        **SITUATION**\n> \"I shipped a change that broke billing on a Friday.\"\n\n\
        **RESULT**\n> \"I rolled it back in ten minutes and wrote the post-mortem.\"\n\n\
        ## Likely Questions\n\n\
        ### Q1: \"Tell me about a mistake you made.\"\n\n\
        **Use:** The staging wipe.\n\n\
        **Script:**\n> \"I deleted the staging database by accident and restored it from the nightly backup.\"\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The billing rollback", "The staging wipe"],
        "{:?}",
        read.skipped
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a mistake you made."]
    );
    let reasons: Vec<&str> = read.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"a heading over questions, not a story"),
        "{reasons:?}"
    );
}

#[test]
fn a_title_naming_a_principle_and_questions_fit_to_a_told_case() {
    let set = principles::builtin();
    // Our own words: a title naming one principle among other words, over cases whose
    // headings name none; each case's parts, then numbered questions in quotation
    // marks (one in Portuguese) with the evidence for the fit under them.
    let notes = "# Round 2 — Ownership Question Map\n\n\
        ## Cases\n\n\
        ### **Case 1: nightly-build-rescue** (0Q → 2Q)\n\n\
        **STAR Summary**:\n\
        - **Situation**: The nightly build had failed for a week and nobody looked at it.\n\
        - **Task**: Get it green before the release.\n\
        - **Action**: Bisected the failures, fixed two flaky tests, added an alert.\n\
        - **Result**: Green for three months; the release shipped on time.\n\n\
        #### **Q0: \"Tell me about a time you took on work nobody owned\"** → Score: **95**\n\
        - **Evidence**: Nobody owned the build.\n\
        - **Action**: Took it on without being asked.\n\n\
        #### **Q1: \"Fale de uma vez em que você foi além do seu papel\"** → Score: **88**\n\
        - **Evidence**: Went past the role.\n\n\
        ---\n\n\
        ### **Case 2: handover-notes** (1Q → 2Q)\n\n\
        **STAR Summary**:\n\
        - **Situation**: The club website lost its maintainer.\n\
        - **Action**: Moved it to a static host and wrote handover notes.\n\
        - **Result**: Two later maintainers used the notes.\n\n\
        #### **Q0: \"Tell me about a time you took on work nobody owned\"** → Score: **90**\n\
        - **Evidence**: Took it over.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["nightly-build-rescue", "handover-notes"],
        "{:?}",
        read.skipped
    );
    for draft in &read.drafts {
        assert_eq!(draft.story.principles, ["ownership"]);
    }
    let first = &read.drafts[0].story;
    assert_eq!(
        first.questions,
        [
            "Tell me about a time you took on work nobody owned",
            "Fale de uma vez em que você foi além do seu papel"
        ]
    );
    // The evidence's labels start no part: the Action is the case's own.
    assert!(!first.part(Part::Action).contains("without being asked"));
    assert!(first.notes.contains("Took it on without being asked"));
    assert_eq!(read.drafts[1].story.questions.len(), 1);
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("the one the notes' title names")),
        "{:?}",
        read.warnings
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.lines == (1, 1) && s.reason.starts_with("the notes' title")),
        "{:?}",
        read.ignored
    );
}

#[test]
fn an_alternative_lead_opens_another_story_and_a_compound_names_no_principle() {
    let set = principles::builtin();
    // Our own words: a numbered technical section whose heading ends in a hyphenated
    // compound ("deep-dive"), then a story, then another for the same principle led
    // in by an emphasized "Alternative …:".
    let notes = "# Trip planner prep\n\n\
        ## 1. Storage layout and deep-dive\n\n\
        ### How the cache works\n\n\
        - **Reads.** Every read goes to the cache first.\n\n\
        ## 2. Principles\n\n\
        ### Ownership: fixing the broken nightly build\n\n\
        - **Situation.** The nightly build had failed for a week and nobody looked at it.\n\
        - **Action.** I bisected the failures and fixed two flaky tests myself.\n\
        - **Result.** The build stayed green for the next three months.\n\n\
        *Alternative Ownership, if they want something from school:* in my final year I took over the club's website after its maintainer left and wrote the handover notes I had never been given.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    assert!(
        !read.drafts[0]
            .story
            .part(Part::Result)
            .contains("final year")
    );
    let second = &read.drafts[1].story;
    assert_eq!(second.principles, ["ownership"]);
    assert!(
        second.title.starts_with("In my final year"),
        "{}",
        second.title
    );
    assert!(second.notes.contains("took over the club's website"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.starts_with("*Alternative Ownership")),
        "{:?}",
        read.ignored
    );
}

#[test]
fn a_case_told_of_him_with_his_own_words_quoted_is_the_writers_and_the_plan_after_it_no_retelling()
{
    let set = principles::builtin();
    // Our own words: an assistant's summary of the writer's case, told of "him", with
    // the writer's own words quoted in the first person under a question fit to it;
    // then a higher section of the plan whose list repeats the case's words, and a
    // line of figures about principles.
    let notes = "# Review — Ownership Question Map\n\n\
        ## Cases\n\n\
        ### **Case 1: payroll-outage** (0Q → 1Q)\n\n\
        **STAR Summary**:\n\
        - **Situation**: Payroll exports failed on the last day of the month; it was NOT HIS JOB, his remit was the website.\n\
        - **Task**: Declared himself owner of the export until it ran again.\n\
        - **Action**: Traced the failure to an expired certificate, renewed it, added an expiry alert, walked finance through the rerun.\n\
        - **Result**: Salaries paid the same evening; no expiry missed since.\n\n\
        #### **Q0: \"Tell me about a time you owned something outside your remit\"** → Score: **95**\n\
        - **Evidence**: Outside his remit, owned the payroll export anyway.\n\
        - **Quote**: \"I decided the export was mine until salaries were paid\"\n\n\
        ## Plan\n\n\
        ### Coverage\n\
        - Q0 (outside remit): payroll export owned, certificate renewed, expiry alert added, finance rerun, salaries paid\n\
        - **LPs at 100%**: 2/16: Ownership, Frugality\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["payroll-outage"], "{:?}", read.skipped);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
    assert!(
        !read.drafts[0].story.notes.contains("payroll export owned"),
        "{}",
        read.drafts[0].story.notes
    );
}

#[test]
fn cases_under_a_principle_s_cases_with_questions_fit_in_bold_lines() {
    let set = principles::builtin();
    // Our own words: a principle's heading saying it holds cases, a list of typical
    // questions by number (one in Portuguese, no question mark), then cases at the
    // same level, each summed up in a paragraph about the writer by name, and a
    // heading over the questions fit to it in bold lines, with nested evidence.
    let notes = "# Round 3 — Mapping Review\n\n\
        ## OWNERSHIP CASES\n\n\
        ### Typical Questions for Ownership:\n\
        - Q0: \"Conte uma situação onde você assumiu algo fora do seu papel\"\n\
        - Q1: \"Tell me about a time you fixed something nobody owned.\"\n\n\
        ## CASE 1: payroll-outage (case1.js)\n\
        **Current**: 0Q → **Target**: 2Q\n\n\
        ### STAR Summary:\n\
        Marta took over the payroll export when it failed on the last day of the month, renewed the expired certificate and added an alert; salaries were paid that evening.\n\n\
        ### Proposed Mappings:\n\n\
        **Q0 (95)** - \"Conte uma situação onde você assumiu algo fora do seu papel\"\n\
        - ✅ Outside the remit:\n\
        \x20 - the export belonged to finance\n\
        \x20 - owned it until it ran\n\n\
        **Q1 (90)** - \"Tell me about a time you fixed something nobody owned.\"\n\
        - **Evidence**: nobody had looked at it for a week\n\n\
        ## CASE 2: club-website (case2.js)\n\n\
        ### STAR Summary:\n\
        Marta kept the club website running after its maintainer left and wrote the handover notes.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["payroll-outage (case1.js)", "club-website (case2.js)"],
        "{:?}",
        read.skipped
    );
    let first = &read.drafts[0].story;
    assert_eq!(first.principles, ["ownership"]);
    assert_eq!(
        first.questions,
        [
            "Conte uma situação onde você assumiu algo fora do seu papel",
            "Tell me about a time you fixed something nobody owned."
        ]
    );
    assert!(first.notes.contains("renewed the expired certificate"));
    // The evidence's nested list stays a list, in the notes.
    assert!(
        first
            .notes
            .contains("- ✅ Outside the remit:\n  - the export belonged to finance"),
        "{}",
        first.notes
    );
    assert_eq!(read.drafts[1].story.principles, ["ownership"]);
    // The typical questions are the person's own, for Ownership.
    assert_eq!(read.questions.len(), 2, "{:?}", read.questions);
    assert!(read.questions.iter().all(|q| q.principle == "ownership"));
}

#[test]
fn a_title_s_principle_comes_first_and_a_card_that_reviews_a_story_is_none() {
    let set = principles::builtin();
    // Our own words: a title naming one principle over a case whose Learning names
    // another principle in passing.
    let notes = "# Round 4 — Frugality Mapping Notes\n\n\
        ### **Case 1: cloud-bill** (0Q → 1Q)\n\n\
        **STAR Summary**:\n\
        - **Situation**: The staging cloud bill had tripled in a quarter.\n\
        - **Action**: Found idle clusters, scheduled them off at night, shared the numbers weekly.\n\
        - **Result**: The bill fell by 60% in two months.\n\
        - **Learning**: Showing the numbers every week was what Earn Trust meant for this team.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(read.drafts[0].story.principles, ["frugality", "earn-trust"]);
    // Our own words: a review of a case by its fields, scores, advice and a checklist.
    let card = "# Review: `cloud-bill`\n\n\
        **LP**: Frugality\n\
        **Score**: 71/100\n\
        **Priority**: high\n\n\
        ## Diagnosis\n\n\
        - **Specific metrics**: 3 ⚠️\n\
        - **Word count**: 180 words\n\n\
        ## What to change\n\n\
        - Replace \"we cut costs\" with \"I cut costs by 60%\".\n\
        - Add the baseline to every metric.\n\n\
        ## Checklist\n\n\
        - [ ] Metrics with a baseline\n\
        - [ ] A memorable closing line\n";
    let read = plan(card, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a card that reviews a story told elsewhere, telling none"),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_guide_s_comment_on_answers_and_its_graded_quoted_samples_are_no_story() {
    let set = principles::builtin();
    // Our own words: a guide's section on how one principle is scored, speaking of
    // "the candidate" and of answers, and a pair of sample stories quoted after their
    // grades.
    let notes = "## Frugality: How It Is Scored\n\n\
        Frugality is about doing more with less. Did the candidate cut a cost nobody asked them to cut?\n\n\
        A weak answer names a saving at the end. A strong answer opens with the budget, and the best answers show the candidate chose what not to buy.\n\n\
        ## Earn Trust: Tone Matters\n\n\
        A weak Earn Trust story: \"I told the team I was sorry.\" A strong one: \"I showed the team the outage timeline, said which step was mine, and published the fix plan the same day.\"\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .filter(|s| s.reason
                == "a guide's comment on answers and its graded samples, not your own story")
            .count()
            >= 2,
        "{:?}",
        read.skipped
    );
}

#[test]
fn stories_told_in_parts_are_not_duplicates_for_what_their_notes_say_of_them() {
    let set = principles::builtin();
    // Our own words: two different events, each told in its parts, whose notes (the
    // evidence for the questions fit to them) are written in the same words.
    let notes = "## Ownership\n\n\
        ### Case 1: payroll-export\n\n\
        - **Situation**: Payroll exports failed on the last day of the month.\n\
        - **Task**: Salaries had to be paid that evening.\n\
        - **Action**: I renewed the expired certificate and added an expiry alert.\n\
        - **Result**: Salaries were paid by eight; no certificate has expired since.\n\n\
        #### **Q0: \"Tell me about a time you owned something outside your remit\"** → Score: **95**\n\
        - **Evidence**: beyond the formal remit of platform engineering, took the escalation to the finance director, wrote the runbook and trained the on-call rotation\n\
        - **Context**: operations, compliance, security and procurement each said the problem belonged to another department\n\
        - **Quote**: \"I declared myself the single owner, flew to headquarters, briefed the regulator and published a weekly dashboard with twelve metrics\"\n\n\
        ### Case 2: club-website\n\n\
        - **Situation**: The club website lost its only maintainer before the season opened.\n\
        - **Task**: Members needed the fixtures online within a week.\n\
        - **Action**: I moved the site to a static host and scripted the fixture import.\n\
        - **Result**: Fixtures went live in four days and two volunteers now run it.\n\n\
        #### **Q0: \"Tell me about a time you owned something outside your remit\"** → Score: **90**\n\
        - **Evidence**: outside the formal remit of platform engineering again; took the escalation to the finance director, runbook written, on-call rotation trained\n\
        - **Context**: compliance, operations, procurement and security all said another department owned the problem\n\
        - **Quote**: \"I flew to headquarters, declared myself single owner, briefed the regulator, and published twelve metrics on a weekly dashboard\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert!(read.drafts[0].story.notes.contains("finance director"));
    assert!(read.duplicates.is_empty(), "{:?}", read.duplicates);
}

#[test]
fn a_title_label_names_the_case_a_table_of_its_questions_and_code_under_a_heading_make_no_draft() {
    let set = principles::builtin();
    // Our own words: a case under a principle's heading, named by a quoted title on a
    // line of its own, told in one-letter labels, then a table of the questions it
    // answers (numbered, quoted, scored) and a block of code under a heading.
    let notes = "## 1. **BIAS FOR ACTION - storage-cutover** TOP CASE\n\n\
        **Title:** \"Cutting over the archive before the lease ran out\"\n\n\
        **STAR summary:**\n\
        - **S:** The archive's lease ended in nine days and the copy would take twelve\n\
        - **T:** I had to move it without losing a file\n\
        - **A:** I copied the newest third first and kept the old racks read-only\n\
        - **R:** We moved out a day early with every checksum matching\n\n\
        ### ✅ Questions it answers (Bias for Action):\n\n\
        | # | Question | Score | Why |\n\
        |---|----------|-------|-----|\n\
        | **Q1** | \"Tell me about a time you **acted without all the data**\" | **92** | Started before the estimate was final |\n\
        | **Q4** | \"Describe a calculated risk you took under time pressure\" | **88** | Read-only racks as the fallback |\n\n\
        ### 📊 Recommendation:\n\
        ```json\n\
        { \"bias\": { \"1\": \"storage-cutover\" } }\n\
        ```\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.title,
        "Cutting over the archive before the lease ran out"
    );
    assert_eq!(
        story.questions,
        vec![
            "Tell me about a time you acted without all the data",
            "Describe a calculated risk you took under time pressure",
        ]
    );
    assert!(story.notes.contains("Read-only racks as the fallback"));
    assert!(story.part(Part::Result).contains("every checksum"));
    assert!(
        read.skipped.iter().any(
            |s| s.reason == "a heading over nothing but code, not a story"
                && s.text.contains("storage-cutover")
        ),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_study_plan_s_behavioral_section_gives_its_named_story_with_time_shares_set_apart() {
    let set = principles::builtin();
    // Our own words: a day of a study plan. A coding pattern explained in STAR form
    // under a heading naming no principle, then a behavioural section: the principle
    // on a line of its own, the story's name after a label, parts whose labels carry a
    // share of the time (one with advice after a dash) and whose text is in quotation
    // marks, as the writer will say it.
    let notes = "# Day 04 — Binary Search\n\n\
        ## Coding (2 hours)\n\n\
        ### STAR Interview Framework\n\n\
        > **How to use STAR when explaining Binary Search in an interview.**\n\n\
        **Situation:** \"I was given a sorted array and asked to find a target.\"\n\n\
        **Task:** \"My goal was O(log n).\"\n\n\
        **Action:** Halve the range each step.\n\n\
        **Result:** \"Logarithmic time.\"\n\n\
        ## Behavioral (30 min)\n\n\
        **Leadership Principle:** Frugality\n\n\
        **STAR Story: Serving the launch from one spare server**\n\n\
        **Situation (20%):** \"Our launch needed a second cluster we had no budget for.\"\n\n\
        **Task (part of S/T):** \"I had to carry the launch traffic with what we owned.\"\n\n\
        **Action (60-70% — say what YOU did):**\n\
        \"First, I moved the static pages to a cache.\n\
        Then, I turned off two idle batch jobs for the week.\"\n\n\
        **Result (10-20%):** \"The launch peaked at 40% load and we spent nothing.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Serving the launch from one spare server");
    assert_eq!(story.principles, vec!["frugality"]);
    assert!(
        story.part(Part::Situation).starts_with("\"Our launch"),
        "{:?}",
        story
    );
    assert!(
        story.part(Part::Action).contains("idle batch jobs"),
        "{:?}",
        story
    );
    assert!(!story.part(Part::Action).contains("60-70"), "{:?}", story);
    assert!(
        story.part(Part::Result).starts_with("\"The launch peaked"),
        "{:?}",
        story
    );
}

#[test]
fn stories_written_up_for_the_person_in_you_and_options_told_in_parts_are_drafts() {
    let set = principles::builtin();
    // Our own words: one project's write-up, addressed to the person as "you" (as a
    // coach or an assistant writes one up), with a note on answering, stories headed
    // `### Option N — NAME` told in labelled parts, and `### Story X — NAME` told as a
    // narrative of what "you" did, with a line of principles.
    let notes = "# Warehouse Scanner Project (2023)\n\n\
        A reference for you before interviews. Good \"what I'd do differently\" answer: no load tests.\n\n\
        ## 5. Bug Stories (pick per interview)\n\n\
        ### Option 1 — Lost scans (found in the pilot)\n\
        **Situation:** Scans taken offline vanished when the handset reconnected.\n\
        **Task:** Stop losing scans before the second warehouse went live.\n\
        **Action:** Queued scans on the handset and replayed them in order on reconnect.\n\
        **Result:** No scan was lost in the next three months.\n\n\
        ## 7. Behavioral Stories\n\n\
        ### Story A — The label printer argument\n\
        You wanted thermal printers, the floor lead wanted laser. You ran both for a week on one line and counted the jams. You shared the numbers and the lead chose thermal himself.\n\
        **LP fit:** Earn Trust, Dive Deep.\n\n\
        ### Story B — The night shift rota\n\
        You and the night lead disagreed on the rota. You asked the pickers, and you changed it together.\n\
        **LP fit:** Earn Trust.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 3, "{titles:?} {:?}", read.skipped);
    assert!(read.drafts[0].story.part(Part::Action).contains("replayed"));
    assert!(read.drafts[1].story.notes.contains("counted the jams"));
    assert_eq!(
        read.drafts[1].story.principles,
        vec!["earn-trust", "dive-deep"]
    );
}

#[test]
fn a_section_under_the_writer_s_own_stories_heading_is_a_story_though_we_and_she_did_it() {
    let set = principles::builtin();
    // Our own words: notes naming no principle, a heading in the first person over
    // the writer's stories, one of them told of "we" and "she" with no "I".
    let notes = "# Interview prep\n\n\
        ## Stories I can tell\n\n\
        ### The flaky release train\n\n\
        Our releases failed one week in three. I traced the failures to a shared test database, gave each pipeline its own, and the failures stopped within a month.\n\n\
        ### Marta\n\n\
        Marta, a new tester on the team, wanted to learn test automation. Over eight weeks we paired for an hour every Friday on real bugs. She now owns the regression suite and trained two more testers last spring.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?} {:?}", read.skipped);
    assert!(read.drafts[1].story.notes.contains("regression suite"));
}

#[test]
fn a_sentence_saying_which_questions_a_story_serves_gives_them_to_it() {
    let set = principles::builtin();
    // Our own words: a story whose last paragraph says, in a sentence, which questions
    // it serves, each quoted.
    let notes = "## Dive Deep\n\n\
        **Situation:** Invoices from one supplier were rejected every Monday.\n\n\
        **Action:** I read a month of rejection logs and found their clock ran an hour ahead.\n\n\
        **Result:** We widened the timestamp window and rejections stopped.\n\n\
        *Say it short.* Use this for \"Tell me about a time you found a root cause others missed,\" \"Describe a problem you solved by reading the data yourself,\" or a question on persistence.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        vec![
            "Tell me about a time you found a root cause others missed",
            "Describe a problem you solved by reading the data yourself",
        ]
    );
}

#[test]
fn notes_labelling_their_cases_by_number_draft_the_cases_and_not_their_other_sections() {
    let set = principles::builtin();
    // Our own words: a plan under a title naming one principle, its cases headed
    // `Case N - slug` over a list of fields each, and sections of the plan around
    // them (a diagnosis, a decision with pros and cons) that tell no story.
    let notes = "# DIVE DEEP - REMAPPING PLAN\n\n\
        **Date:** 2026-01-XX  \n\
        **Status:** 🟡 MEDIUM - score 70, gap -15  \n\
        **Target:** 85\n\n\
        ## 1. DIAGNOSIS\n\n\
        ### Main problem\n\
        - **2 WEAK SCORES:** Q1 (60), Q4 (55)\n\n\
        ### Cases available\n\n\
        #### ✅ **Case 1 - billing-log-forensics** (Q1=60) - 40% used\n\
        - **Theme:** Read six months of billing logs by hand to find double charges\n\
        - **Metrics:** 1,900 refunds issued, double charges down to zero\n\n\
        #### ✅ **Case 2 - cache-stampede-trace** (Q4=55) - 20% used\n\
        - **Theme:** Traced a cache stampede to one cron job\n\
        - **Metrics:** p99 from 4s to 300ms\n\n\
        ## 2. DECISION\n\n\
        ### Option A: keep the mapping\n\n\
        **Cons:**\n\
        - Case 1 carries too many questions\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(
        read.drafts[0]
            .story
            .notes
            .contains("six months of billing logs")
    );
    assert!(read.drafts[1].story.notes.contains("cron job"));
    assert!(
        read.drafts
            .iter()
            .all(|d| d.story.principles == vec!["dive-deep"])
    );
}

#[test]
fn a_name_after_the_writer_s_story_label_is_its_title_though_it_says_how_you() {
    let set = principles::builtin();
    // Our own words: two stories headed by the writer's label, one name saying "how
    // you handled", which reads like a prompt but asks nothing.
    let notes = "## Stories\n\n\
        ### Story A — The pricing bug, and how you handled being wrong\n\
        I shipped a discount rule that double-applied on bundles. I found it from a refund spike, rolled it back within the hour and wrote the test that would have caught it.\n\n\
        ### Story B — The night rota\n\
        I rebuilt the on-call rota with the team after two people burned out, and pages per person halved.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.title,
        "The pricing bug, and how you handled being wrong"
    );
    assert!(read.drafts[0].story.questions.is_empty());
}

#[test]
fn a_numbered_prompt_asking_for_an_occasion_in_the_third_person_heads_its_answer() {
    let set = principles::builtin();
    // Our own words: numbered prompts in plain text, each with its answer under it;
    // the third asks of "a colleague", not "you", and the fourth is an item with its
    // one-line answer inside it.
    let notes = "1. A time when you changed a plan halfway\n\n\
        I moved our launch from web to mobile after the first pilot showed nobody used the desktop site.\n\n\n\
        2. What did you do when a release failed?\n\n\
        I rolled it back, wrote the incident note that night and added the missing smoke test the next morning.\n\n\n\
        3. A time when a colleague missed a deadline on a shared project\n\n\
        I split the remaining tickets with him, took the two riskiest and we shipped three days late instead of three weeks.\n\n\
        4. Tell me about a time you fixed something nobody owned\n\
        rewrote the flaky release script\n\n\
        5. An example of when you saw a peer struggling\n\
        paired with Dana on the billing migration\n";
    let read = plan(notes, &set);
    let told: Vec<&str> = read.drafts.iter().map(|d| d.story.notes.as_str()).collect();
    assert_eq!(read.drafts.len(), 5, "{told:?}");
    assert!(told[2].contains("riskiest") && !told[1].contains("riskiest"));
    assert_eq!(
        read.drafts[2].story.questions,
        vec!["A time when a colleague missed a deadline on a shared project"]
    );
    assert!(told[4].contains("Dana") && !told[3].contains("Dana"));
}

#[test]
fn a_principle_named_inside_a_question_left_unanswered_links_no_story_of_the_notes() {
    let set = principles::builtin();
    // Our own words: numbered questions naming no principle, answered in the first
    // person, then two unanswered, one of which says "customer obsession" in its
    // wording, then one answered inside its item.
    let notes = "1. Tell me about a time you simplified a process\n\n\
        I replaced the three approval forms with one shared checklist. Requests closed in two days instead of nine, and I wrote the guide for it.\n\n\n\
        2. Describe a time you disagreed with your manager\n\n\
        I argued against the rewrite with a cost estimate. I lost the vote, and then I led the migration myself.\n\n\n\
        3. What did you do when a release failed?\n\n\
        I rolled it back within the hour. I wrote the incident note that night and I added the missing smoke test.\n\n\n\
        4. How do you show customer obsession?\n\n\
        5. Describe a time you worked with a small budget\n\n\
        6. Tell me about a time you mentored someone\n\
        I paired with a new hire on her first on-call week\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 4, "{:?}", read.skipped);
    // None is linked to the principle the question asks of; each is a guess, said so.
    assert!(
        read.drafts
            .iter()
            .all(|d| d.guessed && d.story.principles != vec!["customer-obsession"]),
        "{:?}",
        read.drafts
            .iter()
            .map(|d| &d.story.principles)
            .collect::<Vec<_>>()
    );
    // Each question left over is linked by its own words, not by one guess for all.
    let linked: Vec<&str> = read
        .questions
        .iter()
        .map(|q| q.principle.as_str())
        .collect();
    assert_eq!(linked.len(), 2, "{:?}", read.questions);
    assert_eq!(linked[0], "customer-obsession");
    assert_ne!(linked[0], linked[1]);
}

#[test]
fn a_run_of_questions_whose_last_is_answered_below_gives_that_story_and_keeps_the_others() {
    let set = principles::builtin();
    // Our own words: an answered question, then three numbered questions in a row
    // with no answer between them, the paragraph after the last answering it.
    let notes = "1. Tell me about a time you cut costs\n\n\
        I moved the nightly reports to spot instances and the bill fell by a third in one month.\n\n\
        2. Describe a time you earned a team's trust\n\n\
        3. What did you learn from your biggest mistake?\n\n\
        4. Tell me about a time you pushed back on a deadline\n\n\
        I showed the director the test backlog, proposed a two-week slip with a smaller first release, and we shipped that without a rollback.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert!(read.drafts[1].story.notes.contains("test backlog"));
    assert_eq!(
        read.drafts[1].story.questions,
        vec!["Tell me about a time you pushed back on a deadline"]
    );
    let own: Vec<(usize, &str)> = read
        .questions
        .iter()
        .map(|q| (q.lines.0, q.question.as_str()))
        .collect();
    assert_eq!(
        own,
        vec![
            (5, "Describe a time you earned a team's trust"),
            (7, "What did you learn from your biggest mistake?")
        ]
    );
}

#[test]
fn quoted_questions_among_topics_are_each_a_question_though_one_asks_without_its_mark() {
    let set = principles::builtin();
    // Our own words: a story's line of the questions it serves, topics first, then two
    // quoted questions, the second typed without its question mark.
    let notes = "### [Ownership] Night shift tooling\n\
        **S (Situation):** The warehouse ran its night shift on paper.\n\
        **A (Action):** I built the scanner app and carried the pager for it.\n\
        **R (Result):** Paper was gone in a month.\n\
        **Best for questions about:** ownership mindset, \"tell me about a time you built something nobody asked for\", \"why do you want to leave a small company\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(
        read.drafts[0].story.questions,
        vec![
            "tell me about a time you built something nobody asked for",
            "why do you want to leave a small company"
        ]
    );
}

#[test]
fn an_objection_put_to_the_person_and_its_answer_make_no_story() {
    let set = principles::builtin();
    // Our own words: a story, then an objection about the person's future fit, its
    // answer in the first person listing what they did, in a fence labelled as theirs.
    let notes = "## My stories\n\n\
        ### Story 1: The billing cutover\n\n\
        **Situation:** Our billing provider was shutting down in six weeks.\n\
        **Action:** I moved every invoice job to the new provider over three weekends.\n\
        **Result:** No customer was billed twice.\n\n\
        ## Objections\n\n\
        **Q: \"You've only worked at agencies. How do we know you'll last in a product team?\"**\n\n\
        ```Your Answer:\n\
        \"I owned a product inside the agency. I set its roadmap, I ran its releases and I\n\
        answered its support queue for two years.\"\n\
        ```\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The billing cutover"], "{:?}", read.skipped);
}

#[test]
fn leadership_alone_names_no_principle_in_a_tag_of_themes() {
    let set = principles::builtin();
    // "Leadership" is the word every principle shares: no Are Right, A Lot (whose
    // alias says "Leaders"), and no unknown name beside a principle's either.
    assert!(named_principles("Leadership", &set).ids.is_empty());
    assert!(named_principles("Leadership", &set).unknown.is_empty());
    let both = named_principles("Leadership / Ownership", &set);
    assert_eq!(both.ids, ["ownership"]);
    assert!(both.unknown.is_empty());
    // Our own words: a story tagged with a theme and a principle.
    let notes = "### [Leadership / Ownership] The on-call rota\n\
        **S (Situation):** Two people carried every page for a year.\n\
        **A (Action):** I wrote a rota for six and ran the first month myself.\n\
        **R (Result):** Pages per person fell by two thirds.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
}

#[test]
fn a_table_of_question_types_that_are_questions_routes_them_to_the_stories_it_names() {
    let set = principles::builtin();
    // Our own words: two stories, then a table whose first column says "type" but
    // holds questions, each routed to a story by a short name; one row a theme, one a
    // remark that names no story.
    let notes = "### [Team] Pairing rota — Harbor Labs\n\
        **S (Situation):** New hires at Harbor Labs waited weeks for a first review.\n\
        **A (Action):** I set up a pairing rota with two seniors a day.\n\
        **R (Result):** First reviews came within two days.\n\n\
        ---\n\n\
        ### [Cost] Spot instances — Harbor Labs\n\
        **S (Situation):** Nightly reports ran on on-demand machines.\n\
        **A (Action):** I moved them to spot instances with a retry queue.\n\
        **R (Result):** The bill fell by a third.\n\n\
        ---\n\n\
        ## Question → Story Map\n\n\
        | Question type | Best story |\n\
        |---|---|\n\
        | Tell me about a time you helped new people | Pairing rota |\n\
        | Tell me about saving money | Spot instances |\n\
        | Most proud of | Spot instances |\n\
        | Tell me about a failure | Any story's rota notes |\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you helped new people"]
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about saving money"]
    );
}

#[test]
fn a_story_in_shorthand_parts_is_kept_though_its_lesson_speaks_to_you() {
    let set = principles::builtin();
    // Our own words: a story told in labelled parts without "I", one deed in its
    // Action, its lesson put to "you" as lessons are.
    let notes = "### [Speed] Feature flags at Bramble\n\
        **S (Situation):** Every copy change waited a week for the app store.\n\
        **T (Task):** Ship text changes the same day.\n\
        **A (Action):** Moved the screens' copy behind remote flags.\n\
        **R (Result):** Copy fixes went out within hours.\n\
        **Reflection:** You trade review safety for speed. Know what you gave up, not just what you gained.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Learned)
            .contains("Know what you gave up")
    );
}

#[test]
fn each_answered_prompt_is_its_own_story_and_is_linked_by_its_own_question() {
    let set = principles::builtin();
    // Our own words: two numbered prompts with a one-sentence answer each, the second
    // asked of "a colleague"; no principle named anywhere.
    let notes = "1. Tell me about a time you simplified a process\n\n\
        I replaced three approval forms with one checklist and requests closed in two days.\n\n\n\
        2. A time when a colleague missed a deadline\n\n\
        I split the remaining tickets with him and took the two riskiest ones myself.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert_eq!(
        read.drafts[1].story.questions,
        ["A time when a colleague missed a deadline"]
    );
    // Each guess is said of its own draft, at its own line, by its own question.
    let said: Vec<&str> = read
        .warnings
        .iter()
        .filter_map(|w| w.split_once(": '").map(|(at, _)| at))
        .collect();
    assert_eq!(said, ["line 1", "line 6"], "{:?}", read.warnings);
    assert!(read.warnings[1].contains("'A time when a colleague missed a deadline'"));
}

#[test]
fn labelled_steps_in_commands_are_a_plan_for_an_answer_and_a_story_beside_them_is_kept() {
    let set = principles::builtin();
    // Our own words: a story bank's entry that wears a story's labels over a plan for
    // answering a question about a gap in the CV (its Action all commands, the line to
    // say in quotation marks), then a story of the same bank told in shorthand.
    let notes = "### [Gap] The Kotlin question\n\
        **S (Situation):** Most mobile roles list Kotlin first; the CV shows Swift only.\n\
        **T (Task):** Answer the question without bluffing.\n\
        **A (Action):** Name the gap first: \"I have not shipped Kotlin.\" Then pivot to the \
        shared patterns: offline sync, background jobs. Close with a small public repo, \
        built the week before the screen.\n\
        **R (Result):** The gap becomes proof of how fast the candidate ramps.\n\n\
        ### [Speed] Offline drafts at Quillpad\n\
        **S (Situation):** Field nurses lost notes whenever the signal dropped.\n\
        **T (Task):** Keep every note on the phone until it synced.\n\
        **A (Action):** Wrote a local queue; replayed it on reconnect; tested it in a lift.\n\
        **R (Result):** Lost notes fell from a dozen a week to none.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Offline drafts at Quillpad"], "{:?}", read.skipped);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("a plan for an answer")),
        "{:?}",
        read.skipped
    );
    // A list of what was used, no verb at its head, is no plan.
    assert!(!plans_steps(
        "Python for the pipelines. Go for the tooling. Rust for the engine."
    ));
    assert!(plans_steps(
        "(1) name the gap; (2) name the evidence; (3) name the plan."
    ));
    assert!(!plans_steps(
        "Built the sync. Cut over one service at a time. Name it in the retro."
    ));
}

#[test]
fn a_career_change_told_in_parts_is_a_story_though_it_answers_tell_me_about_yourself() {
    let set = principles::builtin();
    // Our own words: the writer's change of career in labelled parts, "I" left out, the
    // Action one sentence of two deeds, kept for "tell me about yourself".
    let notes = "### [Background] From pharmacist to tester\n\
        **S (Situation):** Hospital pharmacist who taught herself Python at night.\n\
        **T (Task):** Move into software without starting from nothing.\n\
        **A (Action):** Wrote a dosage checker for the ward in her spare time, then joined a health start-up as its first tester.\n\
        **R (Result):** A new career in which the ward years shape every test plan.\n\
        **Best for questions about:** career story, \"tell me about yourself,\" odd backgrounds\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(read.drafts[0].story.title, "From pharmacist to tester");
}

#[test]
fn a_story_told_of_the_writer_by_the_initials_their_title_gives_is_theirs() {
    let set = principles::builtin();
    // Our own words: notes whose title names their writer with initials after the
    // name, and a story that speaks of "MB" in the third person throughout.
    let notes = "# Stories — Mira Bello (MB)\n\n\
        ### Late invoices (Harbour Freight)\n\
        **S:** A client's invoices were two weeks late, not MB's error but her account\n\
        **T:** Clear the backlog before the quarter closed\n\
        **A:** She sat with the billing team for a day, fixed the export, checked every line\n\
        **R:** Invoices went out on time; the client renewed and praised MB to her manager\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(read.drafts[0].story.title, "Late invoices");
    // Without the initials in the title, it is a story told of someone else.
    let anonymous = notes.replace("Mira Bello (MB)", "Mira Bello");
    assert!(plan(&anonymous, &set).drafts.is_empty());
}

#[test]
fn what_the_writer_learned_after_four_parts_in_one_paragraph_is_its_own_part() {
    let set = principles::builtin();
    // Our own words: the four parts and the lesson, each in bold on its own line, no
    // blank line between them.
    let notes = "### Night builds at Tallow\n\
        **Situation:** The nightly build failed one night in three.\n\
        **Task:** Find the flaky step.\n\
        **Action:** I bisected the pipeline and pinned the cache key.\n\
        **Result:** Two months without a red night.\n\
        **Reflection:** Measure the flake rate before fixing anything.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(Part::Result).trim(),
        "Two months without a red night."
    );
    assert_eq!(
        story.part(Part::Learned).trim(),
        "Measure the flake rate before fixing anything."
    );
}

#[test]
fn a_list_of_topics_gives_only_its_quoted_questions_and_stays_in_the_notes() {
    let set = principles::builtin();
    // Our own words: a story's topics with one quoted topic that asks nothing, and
    // another's with a quoted question put to "you" without its question mark.
    let notes = "### [Speed] Same-day copy fixes\n\
        **S (Situation):** Copy changes waited a week for review.\n\
        **T (Task):** Ship text the same day.\n\
        **A (Action):** I moved the screens' copy behind remote flags.\n\
        **R (Result):** Copy fixes went out within hours.\n\
        **Best for questions about:** release speed, trade-offs, \"biggest process win.\"\n\n\
        ### [Voice] Writing for night-shift nurses\n\
        **S (Situation):** Our help pages read like legal notices.\n\
        **T (Task):** Make them readable at 3 a.m.\n\
        **A (Action):** I rewrote the twenty most-read pages with two nurses.\n\
        **R (Result):** Support calls about those pages halved.\n\
        **Best for questions about:** tone, \"can you write for tired readers\", plain language\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert!(read.drafts[0].story.questions.is_empty());
    assert!(
        read.drafts[0]
            .story
            .notes
            .contains("\"biggest process win.\"")
    );
    assert_eq!(
        read.drafts[1].story.questions,
        ["can you write for tired readers"]
    );
    assert!(read.drafts[1].story.notes.contains("plain language"));
}

#[test]
fn a_story_label_over_a_question_gives_the_question_not_the_title() {
    let set = principles::builtin();
    // Our own words: numbered stories whose headings are the questions they answer,
    // and one whose heading names it (kept as its title).
    let notes = "## Story 1: Tell me about a time you calmed an angry customer\n\n\
        **Situation:**  \nA florist's order system lost a wedding order.\n\n\
        **Action:**  \nI called the bride, rebuilt the order by hand and drove it over.\n\n\
        **Result:**  \nThe flowers arrived an hour early.\n\n\
        ## Story 2: The night the printer queue jammed\n\n\
        **Situation:**  \nLabels for two hundred parcels stuck in the queue.\n\n\
        **Action:**  \nI drained the queue and reprinted in batches of twenty.\n\n\
        **Result:**  \nEvery parcel left that night.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    let first = &read.drafts[0].story;
    assert_eq!(
        first.questions,
        ["Tell me about a time you calmed an angry customer"]
    );
    assert!(!first.title.starts_with("Tell me"), "{}", first.title);
    assert_eq!(
        read.drafts[1].story.title,
        "The night the printer queue jammed"
    );
    assert!(read.drafts[1].story.questions.is_empty());
}

#[test]
fn parts_under_headings_with_their_letter_in_brackets_are_parts() {
    let set = principles::builtin();
    // Our own words: each part under a heading of its own, `### [S] Situation`, and a
    // pitch under `### [+R] Relevance` (kept after the Result, as a heading that names
    // no part is).
    let notes = "## Story 1: The warehouse Wi-Fi rebuild\n\n\
        ### [S] Situation\nScanners in the cold store dropped off the network every shift.\n\n\
        ### [T] Task\nI had to give the pickers a link that held.\n\n\
        ### [A] Action\n- Surveyed every aisle for dead spots.\n- Moved four access points and added two.\n\n\
        ### [R] Result\nDrop-outs fell from forty a shift to two.\n\n\
        ### [+R] Relevance\n\"The same survey-first habit suits your stores.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The warehouse Wi-Fi rebuild");
    assert!(story.part(Part::Situation).contains("cold store"));
    assert!(
        story
            .part(Part::Action)
            .contains("Moved four access points")
    );
    assert!(
        story
            .part(Part::Result)
            .starts_with("Drop-outs fell from forty a shift to two.")
    );
}

#[test]
fn a_principle_marked_as_still_needing_a_story_keeps_its_prompt_and_makes_no_draft() {
    let set = principles::builtin();
    // Our own words: a told story, then a stub for a principle with no story yet, its
    // prompt the person's own question and a hint that asks the writer something.
    let notes = "### [Frugality] Reusing the old test rig\n\n\
        **S (Situation):**\nThe new rig was a year away.\n\n\
        **A (Action):**\nI rewired the old rig for the new boards.\n\n\
        **R (Result):**\nTesting started eleven months early.\n\n\
        ### [Think Big] — NEEDED\n\
        **Prompt:** \"Tell me about a time you set a bold direction for your team.\"\n\
        **Hint:** The shared sensor library, maybe?\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Reusing the old test rig"], "{:?}", read.skipped);
    let own: Vec<(&str, &str)> = read
        .questions
        .iter()
        .map(|q| (q.principle.as_str(), q.question.as_str()))
        .collect();
    assert_eq!(
        own,
        [(
            "think-big",
            "Tell me about a time you set a bold direction for your team."
        )]
    );
}

#[test]
fn a_templates_examples_are_not_the_persons_stories_and_a_why_name_is_a_story() {
    let set = principles::builtin();
    // Our own words: notes titled a template, with its example under `## Story
    // Examples`; then, elsewhere, a story whose name opens with "Why".
    let template = "# Story Bank — STAR Template\n\n\
        ## Story Examples\n\n\
        ### Story: Cache Rollout\n\
        **Situation:** Our product pages took four seconds to load.\n\
        **Action:** I added an edge cache and warmed it before launches.\n\
        **Result:** Pages loaded in under a second.\n";
    assert!(plan(template, &set).drafts.is_empty());
    let own = template
        .replace("# Story Bank — STAR Template", "# My stories")
        .replace("## Story Examples", "## Stories");
    assert_eq!(plan(&own, &set).drafts.len(), 1);
    let why = "### Why we kept the queue out of version one\n\
        **S:** Everyone wanted a message queue for the new upload service.\n\
        **T:** Choose the simplest design that met the load.\n\
        **A:** Measured the peak at forty uploads a minute; wrote straight to the database.\n\
        **R:** Shipped two weeks sooner; the queue came a year later, when load called for it.\n";
    let read = plan(why, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
}

#[test]
fn a_list_of_what_a_story_is_good_for_gives_questions_principles_and_notes() {
    let set = principles::builtin();
    // Our own words: the list under the label mixes a principle's name, topics and a
    // quoted question; the Action opens with a verb that has a prefix.
    let notes = "### [Ownership] The night the label printer died\n\n\
        **S (Situation):**\nThe depot's only label printer failed before the morning run.\n\n\
        **T (Task):**\nGet two hundred parcels out on time.\n\n\
        **A (Action):**\nRe-routed the print jobs to the office printer, cut labels by hand, drove the spare part in at dawn.\n\n\
        **R (Result):**\nEvery parcel left on time.\n\n\
        **Best for questions about:**\n\
        - Bias for Action\n\
        - Working under pressure\n\
        - \"Tell me about a time you fixed something outside your job\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.principles, ["ownership", "bias-for-action"]);
    assert_eq!(
        story.questions,
        ["Tell me about a time you fixed something outside your job"]
    );
    assert!(story.notes.contains("Working under pressure"));
}

#[test]
fn an_action_opening_on_a_verb_with_its_prefix_tells_a_deed() {
    let set = principles::builtin();
    // Our own words: a story kept for "tell me about yourself" whose Action opens on
    // "Co-founded".
    let notes = "### [GTM] The seed round\n\
        **S (Situation):** A new game studio with no backers.\n\
        **T (Task):** Fund the first title.\n\
        **A (Action):** Co-founded the studio, pitched forty angels, closed eleven.\n\
        **R (Result):** Raised the seed.\n\
        **Best for questions about:** funding, \"tell me about yourself\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
}

#[test]
fn notes_that_forbid_invented_figures_do_not_call_their_stories_made_up() {
    let set = principles::builtin();
    // Our own words: a head that says the stories hold only confirmed facts and that
    // figures must not be invented, then a story in a list of bold labels with its
    // lesson left as a place kept.
    let notes = "# Story bank\n\n\
        These stories hold only confirmed facts. Results must not be turned into invented numbers.\n\n\
        ## Harbour Dairy: Moving the night orders off paper\n\n\
        - **Themes:** Automation, operations\n\
        - **Situation:** Night orders from the farm shops arrived on paper and were keyed in by hand each morning.\n\
        - **Task:** Get them into the system before the first shift.\n\
        - **Action:** Built a web form for the shops and a job that loaded the orders at five.\n\
        - **Result:** The first shift started with every order already in.\n\
        - **Reflection:** Not yet provided.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    // Nor does a rule that warns against invented stories, a clause at a time.
    let warned = notes.replace(
        "These stories hold only confirmed facts.",
        "A story goes in here only after it happened. An empty story bank gives thin answers; an invented one gives lies.",
    );
    assert_eq!(plan(&warned, &set).drafts.len(), 1);
    // A note that does call its story made up still sets it aside.
    let made_up = notes.replace(
        "These stories hold only confirmed facts.",
        "The stories below are invented examples.",
    );
    assert!(plan(&made_up, &set).drafts.is_empty());
}

#[test]
fn a_template_whose_parts_are_dots_and_slots_is_no_story() {
    let set = principles::builtin();
    // Our own words: a schema for a story block in a fence, two parts left as "..."
    // and the others descriptions in brackets.
    let notes = "## Output: `polished-stories.md` layout\n\n\
        Add one block for each polished story:\n\n\
        ```markdown\n\
        ## [Short story title — polished]\n\
        - **source-line:** [the resume line, word for word]\n\
        - **kind:** amazon | consulting\n\
        - **tags:** [words from the tag list]\n\n\
        **Situation:** ...\n\
        **Task:** ...\n\
        **Action:** [the version the person can defend under questioning]\n\
        **Result:** [numbers where real, with a caveat where credit is shared]\n\n\
        **WHY IT HOLDS NOW:** [one paragraph on what changed in the framing]\n\
        ```\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn an_arrow_with_nothing_after_it_is_an_answer_left_empty() {
    let set = principles::builtin();
    // Our own words: questions as headings, each over an arrow to its answer; two
    // arrows lead nowhere (one escaped as a site writes it), one to a story's reminder.
    let notes = "# Interview notes\n\n\
        ### Tell me about a time you missed a deadline.\n\
        ==> \n\n\
        ### Tell me about a time you changed your mind.\n\
        \\==>\n\n\
        ### Tell me about a time you had to ship under pressure.\n\n\
        \\==> Harbour night release\n\n\
        * two days left and the payment provider changed its API\n\
        * I cut the refunds screen and shipped the rest on time\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Harbour night release"], "{:?}", read.skipped);
    let empty: Vec<usize> = (read.ignored.iter())
        .filter(|s| s.reason == "an arrow to an answer with nothing after it: an answer left empty")
        .map(|s| s.lines.0)
        .collect();
    assert_eq!(empty, [4, 7]);
    // Escaped as HTML, behind a list's marker, in bold: the same empty answer.
    let listed = "# Interview notes\n\n\
        * Tell me about a time you disagreed with a lead.\n  \
          * **=&gt;**\n\
        * Give an example of a goal you set.\n  \
          * **=&gt; Learn Rust in a quarter**\n";
    let read = plan(listed, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Learn Rust in a quarter"], "{:?}", read.skipped);
}

#[test]
fn an_arrow_inside_a_paragraph_and_a_comment_closed_are_the_writers_text() {
    let set = principles::builtin();
    // Our own words: a funnel written with arrows across a line break, and a template
    // in an HTML comment closed by `-->` on a line of its own, stories after it.
    let notes = "## Dive Deep\n\n\
        ### The signup funnel\n\n\
        I traced every step of the funnel: landing → form\n\
        → email check → first login. The drop was at the email check, and I fixed it.\n\n\
        <!-- Format:\n\
        ### [Theme] Title\n\
        -->\n\n\
        ### [Delivery] Moving the builds to spare machines\n\
        **S:** Builds took an hour on the shared runner.\n\
        **A:** I set up four retired laptops as runners.\n\
        **R:** Builds took ten minutes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.skipped);
    assert!(
        read.drafts[0].all_text().contains("\n→ email check"),
        "{:?}",
        read.drafts[0]
    );
}

#[test]
fn a_question_heading_cut_short_goes_on_on_the_next_line() {
    let set = principles::builtin();
    // Our own words: question headings whose line broke mid-sentence, the rest on the
    // line under each after an arrow, and no answer.
    let notes = "# Questions\n\n\
        ### <mark>Tell me about a time you chose between two designs without much time to compare the</mark>\n\
        ==> options.\n\n\
        ### <mark>Tell me about a time you had to ask for help. What did you</mark>\n\
        \\==>do? Who helped?\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    let cut: Vec<usize> = (read.ignored.iter())
        .filter(|s| {
            s.reason == "the end of the question in the heading above, cut where its line ended"
        })
        .map(|s| s.lines.0)
        .collect();
    assert_eq!(cut, [4, 7]);
    // A heading that closes its question is answered by the line under it.
    let closed = notes
        .replace("compare the</mark>", "compare them?</mark>")
        .replace(
            "==> options.",
            "==> picked the plain queue; it shipped a week early",
        );
    assert_eq!(plan(&closed, &set).drafts.len(), 1);
}

#[test]
fn escaped_marks_and_entity_spaces_are_no_part_of_a_title() {
    let set = principles::builtin();
    // Our own words: a site's export, bold escaped with backslashes and a trailing
    // space written as `&#x20;`.
    let notes = "## Ownership\n\n\
        \\*\\*Night\\*\\* rota for the support desk&#x20;\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.title,
        "Night rota for the support desk"
    );
    assert!(!read.drafts[0].story.notes.contains("&#x20;"));
}

#[test]
fn an_occasion_named_then_when_you_asks_for_a_story() {
    let set = principles::builtin();
    // Our own words: prompts in shorthand, an occasion named and "when you" and what
    // happened, each with its reminders under it.
    let notes = "# Manager round\n\n\
        * Clash with a lead when you had to back down.\n  \
          * **Schema freeze**\n  \
          * **Release train**\n\
        * Moment where you changed a team's habit.\n  \
          * **Blameless reviews**\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Schema freeze", "Release train", "Blameless reviews"],
        "{:?}",
        read.skipped
    );
    assert_eq!(
        read.drafts[0].story.questions,
        ["Clash with a lead when you had to back down."]
    );
    // "When you" with nothing that happened asks for no story.
    assert!(!is_question("Tell them when you are done"));
    assert!(is_question("Situation when you had to agree with a junior"));
}

#[test]
fn what_others_would_say_about_you_is_about_the_person() {
    // Our own words.
    assert!(about_the_person(
        "If I asked your mentor about you, what would she say?"
    ));
    assert!(about_the_person("How would your team describe you?"));
    // Asked of the person, or of an occasion: not so.
    assert!(!about_the_person(
        "How would you describe your approach to testing?"
    ));
    assert!(!about_the_person(
        "Tell me about a time when your manager would say you were wrong"
    ));
}

#[test]
fn corrective_measures_are_the_action_of_a_failure() {
    let set = principles::builtin();
    // Our own words: a failure told under bold labels of its own.
    let notes = "## Ownership\n\n### The wrong column type\n\n\
        **WHAT:** a nightly job failed on the first day of the sale\n\n\
        **CORRECTIVE MEASURES:**\n\
        - I fixed the cast that night with the data team\n\
        - I added tests for every column type\n\n\
        **IMPACT:**\n\
        - the sale's second night ran clean\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(
        story
            .part(crate::model::Part::Action)
            .contains("I fixed the cast"),
        "{story:?}"
    );
    assert!(
        story
            .part(crate::model::Part::Result)
            .contains("second night"),
        "{story:?}"
    );
}

#[test]
fn a_principle_listed_over_its_question_heads_it() {
    let set = principles::builtin();
    // Our own words: each principle a list item, its question on the line right under
    // it, no story anywhere.
    let notes = "# Question list\n\n\
        - Frugality\n\
        Tell me about a time you did more with less.\n\n\
        - Earn Trust\n\
        How did you win back a colleague's trust?\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    let asked: Vec<(&str, &str)> = (read.questions.iter())
        .map(|q| (q.principle.as_str(), q.question.as_str()))
        .collect();
    assert_eq!(
        asked,
        [
            ("frugality", "Tell me about a time you did more with less."),
            ("earn-trust", "How did you win back a colleague's trust?"),
        ]
    );
    // An item that names a principle over a story's line is no heading of this kind.
    let told = notes.replace(
        "Tell me about a time you did more with less.",
        "Rebuilt the test rig from spare parts.",
    );
    assert!(
        plan(&told, &set)
            .questions
            .iter()
            .all(|q| q.principle != "frugality")
    );
}

#[test]
fn a_counted_question_about_the_person_answered_in_labels_is_no_story() {
    let set = principles::builtin();
    // Our own words: the label that counts the question before it, then parts that say
    // what the writer is like, nothing that happened.
    let notes = "# Practice answers\n\n\
        ## Question4: what is your greatest strength\n\n\
        * situation:\n  * I am calm when plans change and people around me are not.\n\
        * action\n  * I listen first, write down what changed, and check it with everyone.\n\
        * result\n  * Teams tend to trust the plan I leave them with.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert_eq!(
        without_question_label("Question4: what is it"),
        "what is it"
    );
    assert_eq!(without_question_label("Q3. Why us?"), "Why us?");
    assert_eq!(
        without_question_label("Quarterly review"),
        "Quarterly review"
    );
}

#[test]
fn shorthand_reminders_under_a_numbered_question_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: themed headings naming no principle, numbered questions (`1)`),
    // each answered by reminders in shorthand, a list item each; one answer is advice.
    let notes = "# Behavioral questions\n\n\
        ### i. Planning\n\
        1) Tell me about a time when you missed a commitment.\n\
        * Old job - two launches in one week.\n\
        2) Give me an example of a time when you set a goal and met it.\n\
        * Marathon before 30 -- trained through winter -- finished in May.\n\
        * Night classes -- never missed a week until the certificate.\n\n\
        ### ii. People\n\
        3) How do you deal with a colleague who ignores you?\n\
        * Listening is a good strategy; try to understand their view.\n\
        4) Tell me about a time you had to deal with ambiguity.\n\
        * Robotics club vs. exams\n";
    let read = plan(notes, &set);
    let told: Vec<(&str, &[String])> = (read.drafts.iter())
        .map(|d| (d.story.notes.as_str(), d.story.questions.as_slice()))
        .collect();
    assert_eq!(told.len(), 4, "{:?}", read.drafts);
    assert_eq!(told[0].0.trim(), "Old job - two launches in one week.");
    assert_eq!(
        told[0].1,
        ["Tell me about a time when you missed a commitment."]
    );
    assert!(told[1].0.starts_with("Marathon before 30"));
    assert!(told[2].0.starts_with("Night classes"));
    assert_eq!(told[1].1, told[2].1);
    assert_eq!(told[3].0.trim(), "Robotics club vs. exams");
    // The advice under a question about habits is no story.
    assert!(
        read.drafts
            .iter()
            .all(|d| !d.story.notes.contains("Listening"))
    );
    // A telling's steps, most opening on a verb in the past, are one story's.
    let steps = "# Behavioral questions\n\n### i. Planning\n\
        1) Tell me about a time when you missed a commitment.\n\
        * Promised the export for Friday.\n* Found the data was twice the size.\n\
        * Told the client on Wednesday and shipped half.\n";
    assert!(plan(steps, &set).drafts.len() <= 1);
    assert!(shorthand_reminder(
        "Python vs. Rust --> picked on the team's skills"
    ));
    assert!(!shorthand_reminder(
        "Try to understand them, and you should listen more"
    ));
    assert!(!shorthand_reminder("What would you do differently?"));
}

#[test]
fn a_question_after_the_interviewers_lead_in_is_a_question() {
    // Our own words: a sentence of everyone, then the question.
    assert!(is_question(
        "We all miss a deadline now and then. Tell me about a time you missed one."
    ));
    assert!(is_question(
        "**We don't always agree with our managers. Tell me about a time you disagreed with yours.**"
    ));
    assert!(is_question("The last time you changed your mind."));
    assert!(!tells_before_asking(
        "We all make mistakes at work. Tell me about one of yours."
    ));
    // The writer's own sentence before a question still tells.
    assert!(!is_question(
        "I moved the team to weekly demos. Tell me about a time you changed a process."
    ));
    assert!(tells_before_asking(
        "I push back first. What would you cut instead?"
    ));
}

#[test]
fn wiki_links_read_as_the_words_they_show() {
    assert_eq!(
        wiki_links_shown("[[Leadership Principles#Dive Deep]]"),
        "Dive Deep"
    );
    assert_eq!(
        wiki_links_shown("[[Moving billing off cron]] "),
        "Moving billing off cron "
    );
    assert_eq!(
        wiki_links_shown("See [[notes|the launch]] too"),
        "See the launch too"
    );
    assert_eq!(wiki_links_shown("a [[ ]] b [[x"), "a [[ ]] b [[x");
    let set = principles::builtin();
    // Our own words: a notebook's note, principles and stories as wiki links, each
    // story's questions in bold under its name, a paragraph each.
    let notes = "# Loop prep\n\n\
        ## [[Leadership Principles#Frugality]]\n\n\
        #### [[Reusing the old test rig]]\n\
        **Tell me about a time you did more with less.**\n\n\
        **We all have budgets cut. Tell me about a time yours was.**\n\n\
        #### [[Cancelling unused licences]]\n\
        **Give me an example of a cost you cut.**\n";
    let read = plan(notes, &set);
    let drafts: Vec<(&str, usize, &[String])> = (read.drafts.iter())
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.questions.len(),
                d.story.principles.as_slice(),
            )
        })
        .collect();
    assert_eq!(
        drafts,
        [
            (
                "Reusing the old test rig",
                2,
                &["frugality".to_string()][..]
            ),
            (
                "Cancelling unused licences",
                1,
                &["frugality".to_string()][..]
            ),
        ],
        "{:?}",
        read.questions
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn a_gloss_heading_under_each_principle_is_its_description() {
    let set = principles::builtin();
    // Our own words: every principle heading with a line of what it means as a deeper
    // heading, then prompts only.
    let notes = "### Frugality\n#### Do more with what you already have\n\n\
        - A time you cut a cost\n- How do you decide what to spend on?\n\n\
        ### Earn Trust\n#### Say what you will do, then do it\n\n\
        - A time you won back a colleague's trust\n\n\
        ### Dive Deep\n#### Know the numbers under the numbers\n\n\
        - A time you saw the metrics and the anecdotes differ\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert_eq!(read.questions.len(), 4, "{:?}", read.questions);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Say what you will do")
                && s.reason.starts_with("the description of 'Earn Trust'"))
    );
    // Under one principle only, such a heading is a story's name.
    let once = "### Frugality\n#### Reusing the old rig\n\n- A time you cut a cost\n";
    assert_eq!(plan(once, &set).drafts.len(), 1);
}

#[test]
fn an_answer_a_language_model_wrote_is_not_a_story() {
    let set = principles::builtin();
    // Our own words: the writer's story, then a model's sample beside it.
    let notes = "## 1. Tell me about a time you set your sights too high\n\n\
        Chat GPT - I suppose one time I aimed too high was when I took on three courses at \
        once and finished none of them on time.\n\n\
        ## 2. Tell me about a time you came up with a new approach\n\n\
        I rewrote the nightly report as one query and it ran in a minute instead of an hour.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(read.drafts[0].told().contains("one query"));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("an answer a language model wrote"))
    );
    assert!(model_answer("ChatGPT: Sure, here is one."));
    assert!(!model_answer("Claude, my manager, asked me to lead it."));
}

#[test]
fn a_guides_sample_answer_quoted_part_by_part_is_not_a_story() {
    let set = principles::builtin();
    // Our own words: a guide to its reader, each question's sample answer quoted after
    // the parts' letters, with what it should show first.
    let notes = "# Behavioral questions\n\n\
        Practice these until you can tell them without notes; you will thank yourself.\n\n\
        ### 1. Tell me about a time you missed a deadline.\n\
        **Goal**: Show honesty and recovery.\n\
        - **S**: \"We promised the export for Friday.\"\n\
        - **A**: \"I told the client on Wednesday and shipped half.\"\n\
        - **R**: \"They kept the contract.\"\n\n\
        ## Tips\n\n1. **Be brief**: you should keep each part to a sentence or two.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("a guide's sample answer"))
    );
    // The writer's own answer, quoted as they mean to say it, in notes that give no
    // advice, is still theirs.
    let own = "### 1. Tell me about a time you missed a deadline.\n\
        - **S**: \"We promised the export for Friday.\"\n\
        - **A**: \"I told the client on Wednesday and shipped half.\"\n\
        - **R**: \"They kept the contract.\"\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
}

#[test]
fn reminders_under_a_question_in_a_section_read_as_telling_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: a themed heading under "questions", a numbered question over two
    // reminders that end in a full stop, then a question about habits answered with
    // advice and a model's answer that tells in "I", so the section reads as a story's.
    let notes = "# Behavioral questions\n\n### i. Planning\n\
        1) Tell me about a time when you missed a commitment.\n\
        * Old job - two launches in one week.\n\
        * Night classes vs. exams -- passed in May.\n\
        2) How do you deal with a colleague who ignores you?\n\
        * Listening is a good strategy; try to understand them.\n\n\
        Chat GPT - I suppose one time I aimed too high was when I took three courses.\n";
    let read = plan(notes, &set);
    let notes_of: Vec<&str> = read.drafts.iter().map(|d| d.story.notes.trim()).collect();
    assert!(
        notes_of.contains(&"Old job - two launches in one week."),
        "{notes_of:?}"
    );
    assert!(notes_of.contains(&"Night classes vs. exams -- passed in May."));
    // The themed heading over them is no question of the person's.
    assert!(
        read.questions
            .iter()
            .all(|q| !q.question.contains("Planning")),
        "{:?}",
        read.questions
    );
    // Steps of one telling, "I" and a verb in the past, stay one story.
    assert!(opens_on_deed("I told the client on Wednesday."));
    assert!(opens_on_deed("Shipped half of it."));
    assert!(!opens_on_deed("Night classes vs. exams"));
}

#[test]
fn one_item_that_tells_answers_the_question_above_it() {
    let set = principles::builtin();
    // Our own words: a themed heading, a numbered question, and its answer told in
    // one list item.
    let notes = "### vii. Team/conflict\n\
        15) Give me an example of a time you faced conflict while working on a team.\n\
        * Course project, we split the work; I was not happy with his part, talked to him, \
        and took over the data preparation so he could tune the models. Our model came first.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Give me an example of a time you faced conflict while working on a team."]
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn quoted_questions_over_a_lead_in_and_reminders_are_answered_by_them() {
    let set = principles::builtin();
    // Our own words: the interviewer's questions quoted, each with "I can talk about"
    // over the writer's reminders; one reminder with a detail under it, one told.
    let notes = "# Behavioral Questions\n\n\
        > Tell me about a time you had to choose between several solutions.\n\n\
        I can talk about\n\n\
        - the caching layer at the bookshop\n\n\
        > Tell me about a time you made a mistake.\n\n\
        I can talk about\n\n\
        - Chess club budget, spent it all in March\n  - results were no spring tournament\n\
        - Missed the first scholarship deadline. I wrote to them anyway and I got a late place.\n\n\
        > How have you used data to decide?\n";
    let read = plan(notes, &set);
    let drafts: Vec<(&str, usize)> = (read.drafts.iter())
        .map(|d| {
            (
                d.story.notes.lines().next().unwrap_or(""),
                d.story.questions.len(),
            )
        })
        .collect();
    assert_eq!(drafts.len(), 3, "{:?}", read.drafts);
    assert!(
        drafts.iter().all(|(_, questions)| *questions == 1),
        "{drafts:?}"
    );
    assert!(drafts[0].0.contains("caching layer"));
    assert!(drafts[1].0.contains("Chess club budget"));
    assert!(read.drafts[1].story.notes.contains("no spring tournament"));
    assert_eq!(
        read.drafts[1].story.title,
        "Chess club budget, spent it all in March"
    );
    assert!(drafts[2].0.contains("scholarship"));
    // The lead-in is kept in the ignored list, never a title.
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason.starts_with("a lead-in to the reminders"))
    );
    assert!(
        read.drafts
            .iter()
            .all(|d| d.story.title != "I can talk about")
    );
    // The question with nothing under it is the person's own.
    assert_eq!(read.questions.len(), 1, "{:?}", read.questions);
    assert!(leads_to_list("I can talk about"));
    assert!(!leads_to_list("I can talk about it."));
}

#[test]
fn a_storys_name_over_fragments_in_the_past_is_that_story() {
    let set = principles::builtin();
    // Our own words: stories named by headings over fragments, "I" left out.
    let notes = "# Situations\n\n## Food bank drive - organiser\n\n\
        - Ran the drive over two months\n- 300 families, 40 volunteers\n\
        - Raised enough for a second van\n- hard to say no to friends\n\n\
        ## Interview tips\n\n- Say the number\n- Keep it short\n- Use I, not we\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Food bank drive - organiser"], "{:?}", read.drafts);
    assert!(fragments_told(
        "- Ran the drive\n- 300 families\n- Raised enough for a van\n"
    ));
    assert!(!fragments_told("- Ran the drive\n- How did you decide?\n"));
    // Items of one level only: a name over labelled lines is no list of fragments.
    assert!(!fragments_told(
        "- Action\n  * Ownership: owned the rollout\n  * Results: shipped it\n"
    ));
}

#[test]
fn a_numbered_name_over_a_list_of_labelled_parts_names_that_story() {
    let set = principles::builtin();
    // Our own words: numbered names, each alone, over the story's labelled parts in a
    // list of their own, under a question.
    let notes = "# Prep\n\n### How do you keep a launch on track?\n\n\
        1. STAR — The billing cutover\n\n\
        - Situation: Two billing systems ran side by side for a quarter.\n\
        - Task: Move every account without a missed invoice.\n\
        - Actions: I wrote a checklist per account and ran a dry run each Friday.\n\
        - Results: All 4,000 accounts moved; no invoice missed.\n\n\
        2. STAR — The pager rota\n\n\
        - Situation: Three people carried every page.\n\
        - Task: Share the load.\n\
        - Actions: I drew up a rota and a runbook.\n\
        - Results: Pages per person fell by half.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The billing cutover", "The pager rota"],
        "{:?}",
        read.drafts
    );
    for draft in &read.drafts {
        assert_eq!(
            draft.story.questions,
            ["How do you keep a launch on track?"]
        );
        assert!(
            draft.story.part(Part::Result).contains("fell")
                || draft.story.part(Part::Result).contains("missed")
        );
    }
    assert_eq!(
        item_name("1. STAR — The billing cutover", &set),
        Some("The billing cutover")
    );
    assert_eq!(item_name("2) The pager rota", &set), Some("The pager rota"));
    assert_eq!(
        item_name("3. How do you keep a launch on track?", &set),
        None
    );
    assert_eq!(untold("STAR: The pager rota"), "The pager rota");
    assert_eq!(untold("Starlight rollout"), "Starlight rollout");
}

#[test]
fn a_story_bank_called_a_template_holds_the_writers_stories() {
    let set = principles::builtin();
    // Our own words: a bank of stories under a heading that calls it a template, each
    // story named in bold and told in labelled parts.
    let notes = "# Behavioral prep\n\n### Mara's Story Bank Template\n\n\
        **Story 1: The flaky deploys (Ownership + Grit)**\n\n\
        **Situation:** Deploys failed one time in five.\n\n\
        **Action:**\n- I traced the failures to a shared cache\n- I split the cache per service\n\n\
        **Result:**\n- Failures fell to one in a hundred\n\n\
        **Story 2: The late vendor**\n\n\
        **Situation:** A vendor missed two dates.\n\n\
        **Action:**\n- I set weekly calls\n\n\
        **Result:**\n- The third date held\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{:?}", read.skipped);
    assert!(titles[0].starts_with("The flaky deploys"), "{titles:?}");
    assert_eq!(titles[1], "The late vendor");
    assert!(story_bank("Mara's Story Bank Template"));
    assert!(story_bank("My story library"));
    assert!(!story_bank("STAR answer template"));
}

#[test]
fn questions_that_point_to_stories_by_number_are_those_stories_questions() {
    let set = principles::builtin();
    // Our own words: stories named in bold by number, then questions in bold, each with
    // an arrow to the stories that answer it; no principle named anywhere.
    let notes = "# Prep\n\n\
        **Story 1: The flaky deploys**\n\n\
        **Situation:** Deploys failed one time in five.\n\n\
        **Action:** I traced the failures to a shared cache and split it.\n\n\
        **Result:** Failures fell to one in a hundred.\n\n\
        **Story 2: The late vendor**\n\n\
        **Situation:** A vendor missed two dates.\n\n\
        **Action:** I set weekly calls and wrote down each promise.\n\n\
        **Result:** The third date held.\n\n\
        ## Questions and the stories for them\n\n\
        **Q: \"Tell me about a time you fixed something nobody owned.\"**\n\
        → **Use:** Story 1 (The flaky deploys)\n\n\
        **Q: \"Tell me about a time you had to push a partner.\"**\n\
        → **Use:** Story 2 (The late vendor) or Story 1\n";
    let read = plan(notes, &set);
    let summary: Vec<(&str, usize)> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.questions.len()))
        .collect();
    assert_eq!(
        summary,
        [("The flaky deploys", 2), ("The late vendor", 1)],
        "{:?}",
        read.drafts
    );
    assert_eq!(
        story_markers("Story 2 (The late vendor) or Story 1"),
        ["2", "1"]
    );
    assert!(story_markers("a history 2 lesson").is_empty());
    assert!(pointers("→ **Use:** Story 2 (The late vendor)"));
}

#[test]
fn a_prompt_with_slots_for_the_story_is_no_story_card() {
    let set = principles::builtin();
    // Our own words: a prompt for a language model, its slots in braces, and an example
    // of filling them that names a principle.
    let notes = "# Interview coach prompt\n\n## Prompt\n\n\
        Act as my interview coach. Help me shape a STAR answer for the principle {principle}.\n\n\
        My background: {background}\n\n\
        ## Example\n\n**Principle:** \"Ownership\"\n**Background:** \"Support engineer, three years\"\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(braced_slot("for the principle {principle}."));
    assert!(!braced_slot("fn main() { let x = 1; }"));
}

#[test]
fn answers_each_labelled_as_a_story_told_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: numbered questions, each over answers that say they are STAR
    // stories told in a sentence or two.
    let notes = "## Quick answers\n\n\
        1. Did you ever put the team ahead of your own goals?\n\n\
        - STAR: During the database move, I took the dull tickets so the juniors could pair on the schema work.\n\n\
        - STAR: On the search project, I gave up the demo slot so that the intern could show what she built.\n\n\
        2. Did you ever take the lead on fixing a process?\n\n\
        - STAR: I led the switch to trunk-based merges and wrote the guide the team still uses.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "{:?} {:?}", read.drafts, read.skipped);
    assert!(titles.iter().all(|t| !t.starts_with("STAR")), "{titles:?}");
    assert_eq!(
        read.drafts[0].story.questions,
        ["Did you ever put the team ahead of your own goals?"]
    );
    assert_eq!(
        told_label("STAR: I led the switch."),
        Some("I led the switch.")
    );
    assert_eq!(told_label("Starting point: the old build"), None);
}

#[test]
fn an_example_for_the_reader_to_write_is_no_story() {
    let set = principles::builtin();
    // Our own words: a note telling the reader to add a story, and an example template
    // filled in under it.
    let notes = "## Hiring\n\n1. Note — hiring panels\n\n\
        - If you have sat on hiring panels, add a STAR here. Example template:\n\
        \x20 - Situation: Team growing; need a bar for the role.\n\
        \x20 - Task: Design the loop.\n\
        \x20 - Actions: Wrote a rubric; trained interviewers.\n\
        \x20 - Results: Better signal.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(introduces_example(
        "If you have sat on hiring panels, add a STAR here. Example template:"
    ));
    assert!(!introduces_example(
        "I sat on hiring panels. Example template:"
    ));
    assert!(!introduces_example("Add a STAR here:"));
}

/// Our own words: a guide's question, what the interviewer looks for, and an answer
/// labelled as an example, its parts in a block quote; then advice.
const CONFLICT_GUIDE: &str = "# Handling conflict\n\n\
    Conflict questions check how you handle a disagreement and whether you find your \
    way to a result.\n\n## Common questions\n\n\
    ### Q1: Tell me about a time you disagreed with a peer.\n\n\
    **What they're looking for:**\n- Respect for the other view\n- A way forward\n\n\
    **Example Answer (STAR):**\n\n\
    > **Situation:** I wanted a queue; my peer wanted a cron job.\n>\n\
    > **Task:** I had to settle it before the sprint.\n>\n\
    > **Action:** I wrote both designs on one page and we timed each.\n>\n\
    > **Result:** We chose the cron job and shipped a week early.\n\n\
    ## Mistakes to avoid\n\n- Blaming the other person\n- Having no result\n";

#[test]
fn blanks_at_the_ends_of_lines_change_nothing_read() {
    let set = principles::builtin();
    // Our own words: a guide's page with an answer labelled as an example; and a page
    // with its metadata over a story of the writer's own in labels, each label alone
    // on its line. Two spaces at a line's end (a line break in Markdown, left by many
    // editors) or a tab must read as the same notes.
    let guide = CONFLICT_GUIDE;
    let story = "---\nteam: build\n---\n\n## Ownership\n\n**Situation:**\nThe nightly build failed one night in three.\n\n\
        **Action:**\nI split it into stages and owned the flaky one.\n\n\
        **Result:**\nIt failed once that quarter.\n";
    let as_read = |read: &crate::import::ImportPlan| {
        let drafts: Vec<String> = read
            .drafts
            .iter()
            .map(|d| {
                format!(
                    "{} {:?} {:?} {:?}",
                    d.story.title,
                    d.story.principles,
                    d.story.part(Part::Situation),
                    d.story.part(Part::Result)
                )
            })
            .collect();
        let skipped: Vec<(usize, usize, String)> = read
            .skipped
            .iter()
            .map(|s| (s.lines.0, s.lines.1, s.reason.to_string()))
            .collect();
        (drafts, skipped)
    };
    for (notes, drafts) in [(guide, 0), (story, 1)] {
        let plain = plan(notes, &set);
        assert_eq!(plain.drafts.len(), drafts, "{:#?}", plain.drafts);
        for blanks in ["  ", "\t", " \t "] {
            let padded: String = notes
                .lines()
                .map(|line| format!("{line}{blanks}\n"))
                .collect();
            assert_eq!(as_read(&plan(&padded, &set)), as_read(&plain), "{blanks:?}");
            let crlf = padded.replace('\n', "\r\n");
            assert_eq!(
                as_read(&plan(&crlf, &set)),
                as_read(&plain),
                "{blanks:?} crlf"
            );
        }
    }
}

#[test]
fn a_story_card_is_one_whatever_the_level_of_its_title() {
    let set = principles::builtin();
    // Our own words: one story's card, its fields above, its name as the title and its
    // parts as the sections under it, told in quotation marks as it would be said;
    // then the same with every heading one level deeper, as a page whose title the
    // site writes keeps them.
    let card = "---\nquestion_categories:\n  - cross-team-work\n  - delivery\n\
        situation_tag: billing-export\n---\n\n\
        # Driving Ownership of the Billing Export Across Teams\n\n\
        ## Situation\n\u{201c}When I joined, the billing export timed out every month end \
        and no team owned it.\n\n\
        ## Task\n\u{201c}I was asked to make the export reliable before the quarter closed.\n\n\
        ## Action\n\u{201c}I moved each report to a queue and retried the ones that failed.\n\n\
        I also set up an alert so that the first failure paged me.\n\n\
        ## Result\n\u{201c}The month end closed on time for the first time that year.\u{201d}\n";
    let deeper: String = card
        .lines()
        .map(|line| {
            if line.starts_with('#') {
                format!("#{line}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    let read = |notes: &str| {
        let read = plan(notes, &set);
        let drafts: Vec<String> = read
            .drafts
            .iter()
            .map(|d| {
                format!(
                    "{} {:?} {:?}",
                    d.story.title,
                    d.story.part(Part::Task),
                    d.story.part(Part::Result)
                )
            })
            .collect();
        let ignored: Vec<String> = read.ignored.iter().map(|s| s.reason.to_string()).collect();
        (drafts, ignored)
    };
    let (drafts, ignored) = read(card);
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(
        ignored
            .iter()
            .any(|r| r.contains("the story card this file is")),
        "{ignored:?}"
    );
    assert_eq!(read(&deeper), (drafts, ignored));
}

#[test]
fn strong_emphasis_in_underscores_is_read_as_in_asterisks() {
    let set = principles::builtin();
    // Our own words: a story named in a bold lead-in, its parts in bold labels and a
    // bold line of themes after it; in asterisks, then in underscores.
    let stars = "# Prep\n\nSome notes of mine.\n\n## Ownership\n\n\
        **Story 2: Moved the export**\n\n**Situation:** The export failed each night.\n\n\
        **Action:** I split it into stages.\n\n**Result:** It failed once that month.\n\n\
        **Themes:** leadership, delivery\n";
    let unders = stars.replace("**", "__");
    let parts = |notes: &str| -> Vec<String> {
        plan(notes, &set)
            .drafts
            .iter()
            .map(|d| {
                format!(
                    "{} {:?} {} {}",
                    d.story.title,
                    d.story.part(Part::Result),
                    d.story.notes.contains("Themes"),
                    d.story.notes.contains("leadership")
                )
            })
            .collect()
    };
    let as_stars = parts(stars);
    assert_eq!(as_stars.len(), 1, "{as_stars:?}");
    assert_eq!(parts(&unders), as_stars);
    // What the report quotes, it quotes as written.
    let read = plan("# __Prep__\n\nSome notes of mine.\n", &set);
    assert!(
        read.skipped.iter().any(|s| s.text.contains("__Prep__")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_space_that_does_not_break_is_a_space() {
    let set = principles::builtin();
    // Our own words: a principle's heading over a story in labels; then the same with
    // the spaces after the marks and the colons typed as spaces that do not break, as
    // text pasted from a web page or a word processor has them.
    let notes = "## Ownership\n\nS: Situation, T: Task, A: Action, R: Result\n\n\
        **Situation:** The importer failed every night.\n\n\
        **Action:** I rewrote its retries and added an alert.\n\n\
        **Result:** It failed twice that quarter.\n";
    let pasted = notes.replace(": ", ":\u{a0}").replace("## ", "##\u{a0}");
    let read = |notes: &str| -> Vec<String> {
        plan(notes, &set)
            .drafts
            .iter()
            .map(|d| {
                format!(
                    "{} {:?} {:?} {:?}",
                    d.story.title,
                    d.story.principles,
                    d.story.part(Part::Situation),
                    d.story.part(Part::Result)
                )
            })
            .collect()
    };
    let plain = read(notes);
    assert_eq!(plain.len(), 1, "{plain:?}");
    assert!(plain[0].starts_with("The importer failed"), "{plain:?}");
    assert_eq!(read(&pasted), plain);
}

#[test]
fn a_heading_in_capitals_is_the_same_heading() {
    let set = principles::builtin();
    // Our own words: a principle's heading, numbered and in bold, over a question and
    // its answer; then the same heading in capitals, as some notes write headings.
    let notes = "# Notes\n\n## 1. **Customer Obsession**\n\n\
        - **Question:** Tell me about a time you went beyond for a customer.\n\
        - **Answer:** I stayed late to move their data and they renewed.\n";
    let capitals = notes.replace("Customer Obsession", "CUSTOMER OBSESSION");
    let report = |notes: &str| {
        let read = plan(notes, &set);
        let drafts: Vec<(String, Vec<String>)> = read
            .drafts
            .iter()
            .map(|d| (d.story.title.clone(), d.story.principles.clone()))
            .collect();
        let reasons: Vec<String> = read
            .skipped
            .iter()
            .chain(&read.ignored)
            .map(|s| s.reason.to_string())
            .collect();
        (drafts, reasons)
    };
    let plain = report(notes);
    assert_eq!(plain.0.len(), 1, "{plain:?}");
    assert_eq!(report(&capitals), plain);
}

#[test]
fn an_empty_template_is_one_whatever_marks_its_items() {
    let set = principles::builtin();
    // Our own words: a question under a principle over the labels of a STAR left
    // empty, in items marked `-`, `*` or `+` (all three are lists in Markdown).
    for mark in ['-', '*', '+'] {
        let notes = format!(
            "# Ownership\n\n## 1. Tell me about a time you missed a date\n  \
             {mark} Situation -\n  {mark} Task -\n  {mark} Action -\n  {mark} Result -\n"
        );
        let read = plan(&notes, &set);
        assert!(read.drafts.is_empty(), "{mark}: {:#?}", read.drafts);
        assert!(
            read.skipped
                .iter()
                .any(|s| s.reason.starts_with("an empty template")),
            "{mark}: {:#?}",
            read.skipped
        );
    }
    assert!(empty_template("+ Situation -\n+ Task -"));
    assert!(empty_template("• Situation:\n• Result:"));
}

#[test]
fn a_heading_underlined_reads_as_the_same_heading_with_hashes() {
    let set = principles::builtin();
    // Our own words: a page title, two principles each over a story under its name,
    // one with a labelled part, and a section of tips; first with `#` headings, then
    // with the same headings underlined, as some editors and converters write them,
    // then closed by `##`.
    let hashes = "# Stories\n\n## Ownership\n\n### Took over the flaky importer\n\n\
        The importer failed every night and its owner had left.\n\n\
        I rewrote the retry logic and added alerts.\n\n## Dive Deep\n\n\
        ### Found the leak in the cache\n\nLatency doubled each afternoon.\n\n\
        #### Situation\n\nMemory grew each day.\n\n## Tips\n\nSpeak slowly.\n";
    let underlined = "Stories\n=======\n\nOwnership\n---------\n\n### Took over the flaky importer\n\n\
        The importer failed every night and its owner had left.\n\n\
        I rewrote the retry logic and added alerts.\n\nDive Deep\n---------\n\n\
        ### Found the leak in the cache\n\nLatency doubled each afternoon.\n\n\
        #### Situation\n\nMemory grew each day.\n\nTips\n----\n\nSpeak slowly.\n";
    let read = |notes: &str| {
        let read = plan(notes, &set);
        let drafts: Vec<String> = read
            .drafts
            .iter()
            .map(|d| {
                format!(
                    "{} {:?} {:?} {:?}",
                    d.story.title,
                    d.story.principles,
                    d.story.notes,
                    d.story.part(Part::Situation)
                )
            })
            .collect();
        let skipped: Vec<String> = read.skipped.iter().map(|s| s.reason.to_string()).collect();
        (drafts, skipped, read)
    };
    let (drafts, skipped, _) = read(hashes);
    assert_eq!(drafts.len(), 2, "{drafts:?}");
    let (as_underlined, skipped_underlined, plan_underlined) = read(underlined);
    assert_eq!(as_underlined, drafts);
    assert_eq!(skipped_underlined, skipped);
    // Closed by marks, as Markdown allows: the marks are no part of the heading.
    let closed: String = hashes
        .lines()
        .map(|line| {
            if line.starts_with('#') {
                format!("{line} ##\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    let (as_closed, skipped_closed, _) = read(&closed);
    assert_eq!(as_closed, drafts);
    assert_eq!(skipped_closed, skipped);
    // The report quotes the heading as written, its underline with it.
    let tips = plan_underlined
        .skipped
        .iter()
        .find(|s| s.text.starts_with("Tips"))
        .expect("the tips heading skipped");
    assert_eq!(tips.lines, (24, 25));
    assert!(tips.text.contains("----"), "{:?}", tips.text);

    // A single `-` under a question is an item left empty, and a sentence closed by a
    // rule is no heading, though Markdown reads both as underlines.
    let empty = "## Ownership\n\nTell me about a time you took over a failing project\n-\n\n\
        Led the rewrite of the flaky importer after its owner left.\n---\n";
    let read = plan(empty, &set);
    assert!(
        read.drafts
            .iter()
            .all(|d| d.story.principles.first().map(String::as_str) == Some("ownership")),
        "{:#?}",
        read.drafts
    );
    assert!(
        read.drafts
            .iter()
            .any(|d| d.story.title.starts_with("Led the rewrite")),
        "{:#?}",
        read.drafts
    );
}

#[test]
fn an_answer_labelled_as_an_example_in_a_guide_is_no_story() {
    let set = principles::builtin();
    let guide = CONFLICT_GUIDE;
    let read = plan(guide, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "a guide's sample answer (so labelled), not your story"),
        "{:?}",
        read.skipped
    );
    // The same guide typed with the apostrophes a word processor or a phone puts in
    // (`they’re`) reads the same.
    let curly = guide.replace("they're", "they\u{2019}re");
    let reasons = |read: &crate::import::ImportPlan| -> Vec<String> {
        read.skipped.iter().map(|s| s.reason.to_string()).collect()
    };
    let read_curly = plan(&curly, &set);
    assert!(read_curly.drafts.is_empty(), "{:?}", read_curly.drafts);
    assert_eq!(reasons(&read_curly), reasons(&read));
    assert_eq!(
        strip_prefix_any_apostrophe("What They\u{2019}re looking for: x", "what they're"),
        Some(" looking for: x")
    );
    assert_eq!(strip_prefix_ignore_case("Tasks", "task"), Some("s"));
    assert_eq!(strip_prefix_ignore_case("Task", "task"), Some(""));
    assert_eq!(strip_prefix_ignore_case("Ta", "task"), None);
    assert!(sample_label("**Example Answer (STAR):**"));
    assert!(sample_label("Sample answer:"));
    assert!(!sample_label(
        "Example: I moved the build to spot machines."
    ));
    assert!(!sample_label("**Situation:**"));
}

#[test]
fn a_list_of_what_makes_a_good_story_is_no_list_of_stories() {
    let set = principles::builtin();
    // Our own words: what a good story holds, and what spoils one, as named items.
    let notes = "## The Anatomy of a Good Conflict Story\n\n\
        1. **Real stakes** - Something mattered to both sides\n\
        2. **Your part** - You moved it forward\n\
        3. **A result** - What changed afterwards\n\n\
        ## Red Flags in Conflict Stories\n\n\
        - **Blame** - \"They never listened\"\n\
        - **No ending** - Just the argument, nothing after it\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(about_answering("The Anatomy of a Good Failure Story"));
    assert!(about_answering("Red Flags in Failure Stories"));
    assert!(!about_answering("Stories from the billing team"));
}

#[test]
fn a_short_line_that_says_what_leaders_do_describes_the_principle() {
    let set = principles::builtin();
    // Our own words: each principle over a one-line gist after `Principle:`, then a
    // numbered example in a code block of labelled lines.
    let notes = "# 1. Frugality\n\nPrinciple: Leaders do more with less.\n\n## Example 1\n\n\
        \x20   Situation: Our test fleet ran all night for nothing.\n\
        \x20   Task: Cut the bill without slowing the team.\n\
        \x20   Action: Scheduled the fleet to sleep and moved builds to spot machines.\n\
        \x20   Result: The bill fell by a third.\n\n\
        # 2. Dive Deep\n\nPrinciple: Leaders know the details.\n\nExample 2\n\n\
        \x20   Situation: A dashboard and the invoices disagreed.\n\
        \x20   Task: Find which one was wrong.\n\
        \x20   Action: Traced ten orders by hand through each system.\n\
        \x20   Result: Found a double-counted refund and fixed the query.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 2, "{titles:?}");
    assert!(
        titles.iter().all(|t| !t.starts_with("Principle")),
        "{titles:?}"
    );
    assert!(is_description("Principle: Leaders do more with less."));
    assert!(is_description("Leaders know the details of their work."));
    // (Short, and no sentence about leaders: a story's reminder.)
    assert!(!is_description("Moved the builds to spot machines."));
    assert!(!is_description(
        "Leaders of the billing team and I moved builds."
    ));
}

#[test]
fn an_example_told_of_you_in_labelled_parts_is_still_a_story() {
    let set = principles::builtin();
    // Our own words: an example written as if to the reader, every part labelled, its
    // Action three deeds in one sentence, "e.g." inside it.
    let notes = "# Learn and Be Curious\n\nExample 1\n\n\
        \x20   Situation: You noticed your team leaned on a query engine you did not know well.\n\
        \x20   Task: Learn it yourself so you could help the team.\n\
        \x20   Action: Took a course on the engine (e.g., its planner and indexes), studied its \
        source, and taught what you learned in two sessions.\n\
        \x20   Result: Rewrote the slowest report, which now runs in a minute.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(tells_deeds(
        "Took a course (e.g., its planner), studied its source, and taught two sessions."
    ));
    assert!(!tells_deeds(
        "Describe the steps you took, the tools used, and the results achieved."
    ));
}

#[test]
fn a_section_under_a_heading_with_a_slot_is_the_template_s() {
    let set = principles::builtin();
    // Our own words: a template whose heading leaves a slot in brackets, and under it
    // a heading over what the reader would write.
    let notes = "# Mentoring examples\n\n### Mentoring: [Mentee name]\n\n\
        **Duration**: [Time period]  \n**Level**: [Junior/Senior]\n\n\
        #### Approach\n- **Method**: Your way of coaching this person\n\
        - **Rhythm**: How often you met\n\n#### Outcomes & Impact\n\
        - **Skills**: Specific skills the mentee gained\n\
        - **Progress**: Promotions, role changes, or new duties\n\
        - **Contributions**: How their improved skills benefited projects\n\
        - **Feedback**: What the mentee said about the experience\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(slot_heading("Mentoring: [Mentee name]"));
    assert!(slot_heading("[Project Name]"));
    assert!(!slot_heading(
        "Mentoring: [the intern program](notes/intern.md)"
    ));
    assert!(!slot_heading("Mentoring Ana [2023]"));
}

#[test]
fn a_heading_that_names_a_principle_is_no_story_s_title() {
    let set = principles::builtin();
    // Our own words: a principle's name cut short in a numbered bold heading, a story
    // under it in labelled lines.
    let notes = "### 3. **Success and Scale Bring Responsibility**\n\
        **Situation**: Our app grew from one city to five.\n\
        **Task**: Keep the support queue short as it grew.\n\
        **Action**: I wrote the help pages and trained two new agents.\n\
        **Result**: Waiting times stayed under an hour.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1);
    let draft = &read.drafts[0];
    assert_eq!(
        draft.story.principles,
        ["success-and-scale-bring-broad-responsibility"]
    );
    assert!(
        !draft.story.title.contains("Success and Scale"),
        "{}",
        draft.story.title
    );
}

#[test]
fn a_set_of_labels_left_empty_under_a_question_is_no_story() {
    let set = principles::builtin();
    // Our own words: a theme, its question, and the four labels with nothing after them,
    // then a theme answered in full.
    let notes = "## Pressure\nTell me about a time you worked to a tight deadline.\n\
        * Situation:\n   \n* Task:\n   \n* Action:\n   \n* Result:\n   \n\
        ## Mistake\nTell me about a mistake you made.\n\
        * Situation:\n   The build server ran out of disk.\n\
        * Task:\n   I had to free space before the release.\n\
        * Action:\n   I deleted the wrong cache by hand.\n\
        * Result:\n   The release slipped a day; I scripted the cleanup.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("wrong cache")
    );
    assert!(!shorthand_reminder("Situation:"));
    assert!(!shorthand_reminder("**Result**: "));
    assert!(shorthand_reminder("Old job - two launches in one week"));
}

#[test]
fn a_reminder_beside_a_story_told_in_parts_is_a_story_of_its_own() {
    let set = principles::builtin();
    // Our own words: under a principle, a reminder of one story, another story told as
    // a list of labelled parts, and a reminder of a third after it.
    let notes = "## Earn Trust\n\n\
        I gave demos to the team when I was new. This made the juniors try it too.\n\n\
        * **Situation**: A rack of hosts needed networking.\n\
        * **Task**: I was asked to set them up.\n\
        * **Action**: I copied one config to all and caused a loop, then told the network team at once.\n\
        * **Result**: We closed the ports before customers noticed.\n\n\
        Moved the build farm to spot machines.\n\n\
        ## Dive Deep\n\n\
        Tracing refunds through the ledger.\n\n\
        * **Situation**: The ledger and the dashboard disagreed on refunds.\n\
        * **Task**: Find which one was wrong.\n\
        * **Action**: I traced ten refunds through the ledger by hand.\n\
        * **Result**: The dashboard counted each refund twice; I fixed its query.\n";
    let read = plan(notes, &set);
    let told: Vec<(&str, &str)> = read
        .drafts
        .iter()
        .map(|d| (d.story.part(Part::Situation).trim(), d.story.notes.trim()))
        .collect();
    assert_eq!(read.drafts.len(), 4, "{told:?}");
    assert!(read.drafts[0].story.notes.contains("gave demos"));
    assert!(
        read.drafts[1]
            .story
            .part(Part::Situation)
            .contains("rack of hosts")
    );
    assert!(read.drafts[1].story.notes.trim().is_empty(), "{told:?}");
    assert!(
        !read.drafts[1]
            .story
            .part(Part::Result)
            .contains("build farm")
    );
    assert!(read.drafts[2].story.notes.contains("build farm"));
    // (A line that shares the story's words names it: it stays with it.)
    assert!(read.drafts[3].story.notes.contains("Tracing refunds"));
    // (Nor is a remark on the story a story: one led in by its own label, or one about
    // how it ended.)
    for remark in [
        "Why it fits: it shows I went past my own team.",
        "Key lesson - talk to the users before building.",
        "Stakeholders were happy and the CFO sent a note.",
    ] {
        let notes = format!(
            "## Dive Deep\n\n\
            * **Situation**: The ledger and the dashboard disagreed on refunds.\n\
            * **Task**: Find which one was wrong.\n\
            * **Action**: I traced ten refunds through the ledger by hand.\n\
            * **Result**: The dashboard counted each refund twice; I fixed its query.\n\n\
            {remark}\n"
        );
        assert_eq!(plan(&notes, &set).drafts.len(), 1, "{remark}");
    }
}

#[test]
fn stories_told_one_after_another_under_one_question_each_answer_it() {
    let set = principles::builtin();
    // Our own words: a theme, one question, and two stories in one list of labels.
    let notes = "## Initiative\nHave you ever gone beyond your role?\n\
        * Situation:\n   A security incident on a Friday night.\n\
        * Task:\n   Lock the CDN down.\n\
        * Action:\n   I stayed up and called the team in.\n\
        * Result:\n   \n\
        * Situation:\n   Unused machines in every account.\n\
        * Task:\n   Clean them up.\n\
        * Action:\n   I wrote the rules as code and asked owners first.\n\
        * Result:\n   The bill fell by a fifth.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    for draft in &read.drafts {
        assert_eq!(
            draft.story.questions,
            ["Have you ever gone beyond your role?"]
        );
    }
}

#[test]
fn a_principle_s_name_written_wrong_before_a_gloss_still_names_it() {
    let set = principles::builtin();
    let id = |t: &str| heading_principle(t, &set).map(|p| p.id.clone());
    assert_eq!(
        id("Custmer obsesion: **know what the customer needs, not only what they ask**").as_deref(),
        Some("customer-obsession")
    );
    assert_eq!(
        id("Insist on the highest standard: **raise the bar**").as_deref(),
        Some("insist-on-the-highest-standards")
    );
    // (A heading that is a story's name before its colon names none.)
    assert_eq!(id("Billing cutover: how we moved the ledger"), None);
}

#[test]
fn numbered_story_names_with_reminders_under_them_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: stories named by numbered items, a reminder in a code span under
    // some; a story listed again by its number and name under a second principle.
    let notes = "## Ownership\n\n\
        3. Billing exporter\n\n    `\n    I found why the nightly export dropped rows. \n    `\n\
        1. Shift handover notes for the night team\n\n\
        4. Ledger sync (the old one)\n\n    `Helped a new colleague trace the sync end to end.`\n\n\
        ## Bias for Action\n\n\
        7. Status dashboard for the support queue\n\n    `Built it in two days while the vendor's was late.`\n\n\
        1. Shift handover notes for the night team\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Billing exporter",
            "Shift handover notes for the night team",
            "Ledger sync (the old one)",
            "Status dashboard for the support queue"
        ]
    );
    assert_eq!(
        read.drafts[1].story.principles,
        ["ownership", "bias-for-action"]
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason.contains("listed again under another principle")),
        "{:?}",
        read.ignored
    );
    assert!(named_entry(
        "Billing exporter\n\n`I found why the export dropped rows.`",
        &set
    ));
    assert!(!named_entry("Tell me about a time you failed", &set));
    assert!(!named_entry("Customer Obsession", &set));
    // (Advice under a name makes the list a guide's steps.)
    assert!(!named_entry(
        "Understand the customer\n\nAsk what they need before you build.",
        &set
    ));
}

#[test]
fn a_list_of_the_writer_s_deeds_with_no_heading_is_a_story_each() {
    let set = principles::builtin();
    // Our own words: a file that is only a numbered list of what the writer did, a
    // note quoted under one, no heading and no principle named.
    let notes = "1. Ran a workshop on search for the sales team\n\
        2. Query planner, use of hash joins\n\
        > Orders by region\n\
        3. Cache analysis\n\
        4. Wrote 40 new tests in a week to lift coverage.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 4, "{:?}", read.skipped);
    assert!(read.drafts[1].story.notes.contains("Orders by region"));
    assert!(read.drafts.iter().all(|d| d.guessed));
    // (A remark naming principles after an item links them.)
    let remarked = "1. Led the billing migration over a weekend (Ownership)\n\
        2. Cut the cloud bill by a third\n\
        3. Wrote the onboarding guide for new hires\n";
    let read = plan(remarked, &set);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
    assert!(!read.drafts[0].guessed);
    // (Items that ask, or that do nothing, are no such list.)
    let questions = "1. Tell me about a conflict?\n2. Why this company?\n3. Ran a workshop\n";
    assert!(plan(questions, &set).drafts.is_empty());
}

#[test]
fn a_heading_over_a_principles_questions_names_it_and_its_story_answers_them() {
    let set = principles::builtin();
    let id = |t: &str| heading_principle(t, &set).map(|p| p.id.clone());
    assert_eq!(
        id("Questions on \"Dive Deep\":").as_deref(),
        Some("dive-deep")
    );
    assert_eq!(
        id("Sample questions for Frugality").as_deref(),
        Some("frugality")
    );
    assert_eq!(
        id("Think Big interview questions").as_deref(),
        Some("think-big")
    );
    assert_eq!(id("Questions on my last project"), None);
    assert_eq!(id("Questions"), None);
    // Our own words, shaped as one note per principle: the questions, a key to the
    // part letters, a rule drawn in HTML, then one story told in lettered items.
    let notes = "### Questions on \"Dive Deep\":\n\
        -   Tell me about a time you found the cause others missed.\n\
        -   When did the numbers and the anecdotes disagree for you?\n\
        -   Describe a problem you traced to its root.\n\n\
        <hr/>\n\n\
        S : Situation, T : Task, A: Action, R: Results\n\n\
        -   S : Checkout got slow every Tuesday and no dashboard showed why\n    \n\
        -   T : I was asked to find the cause before the holiday freeze\n    \n\
        -   A : Traced the slow calls to a weekly batch job sharing the database pool\n    \n\
        -   R : Moved the job to a replica and the Tuesday slowdowns stopped\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.principles, ["dive-deep"]);
    assert!(story.part(Part::Action).contains("weekly batch job"));
    // The three questions above the story are each its own; none is left waiting.
    assert_eq!(story.questions.len(), 3, "{:?}", story.questions);
    assert!(read.questions.is_empty(), "{:?}", read.questions);
    // Its title is its own, not the heading over the questions.
    assert!(!story.title.starts_with("Questions"), "{}", story.title);
    assert!(
        read.ignored
            .iter()
            .any(|s| s.lines == (6, 6) && s.reason == "a rule drawn in HTML: ignored"),
        "{:?}",
        read.ignored
    );
    // Under a heading that names no principle, the questions say nothing of whom the
    // story speaks to: it is still a story.
    let other = notes.replace("Questions on \"Dive Deep\":", "Prep for Friday");
    let read = plan(&other, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(read.drafts[0].story.part(Part::Result).contains("replica"));
    // Questions each over its own answer are not all the last story's.
    let turns = "### Answers\n\
        - Tell me about a time you missed a deadline.\n\
        - S : The export slipped a week\n\
        - A : I told the client early and split the release\n\
        - Describe a time you changed your mind.\n";
    let read = plan(turns, &set);
    let asked: usize = read.drafts.iter().map(|d| d.story.questions.len()).sum();
    assert!(asked <= 1, "{:?}", read.drafts);
}

#[test]
fn a_description_with_a_remark_or_names_under_it_opens_no_story() {
    let set = principles::builtin();
    // Our own words. A description set as indented code, the principle's name before
    // it, then a remark that tells nothing: no story.
    let notes = "## Frugality\n\n    \
        Frugality Leaders do more with less. Tight budgets make teams inventive, and a \
        bigger headcount earns no praise.\n\n\
        This matters a lot for small teams\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("the description of 'Frugality'")),
        "{:?}",
        read.skipped
    );
    // Names typed a line each under it, one a short reminder of what was done and one
    // a name in capitals its writer is unsure of: a story each.
    let notes = "## Invent and Simplify\n\n    \
        Leaders expect new ideas from their teams and keep looking for simpler ways to \
        work.\n\n\
        Build cache\n\
        Generated the release notes from commit messages\n\
        KOI?\n\
        One-click rollback\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read
        .drafts
        .iter()
        .map(|d| d.told().trim().to_string())
        .collect();
    assert_eq!(
        told,
        [
            "Build cache",
            "Generated the release notes from commit messages",
            "KOI?",
            "One-click rollback"
        ],
        "{:?}",
        read.skipped
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
    assert!(!is_question("KOI?"));
    assert!(is_question("Why?"));
    assert!(is_question("Really?"));
}

#[test]
fn sections_under_a_heading_of_technical_topics_tell_no_story() {
    let set = principles::builtin();
    // Our own words: study notes on the technical round, one of them saying what the
    // company's systems had to do, then the principles.
    let notes = "# Technical Topics to Review\n\n\
        ## Distributed Computing\n\n\
        - Know the basics of caching and load balancing.\n\
        - Systems at that size run under strict tolerances; internal tools helped the teams with scaling.\n\n\
        # Ownership\n\n\
        I took over the flaky deploy scripts nobody owned and rewrote them in a week.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
    assert!(super::walk::technical_heading("Technical Topics to Review"));
    assert!(super::walk::technical_heading("Technical skills"));
    assert!(!super::walk::technical_heading(
        "Technical debt I paid down"
    ));
}

#[test]
fn a_list_giving_each_principle_a_story_by_name_links_them() {
    let set = principles::builtin();
    // Our own words: stories under names that name no principle, then a list that
    // gives each principle one of them by its name.
    let notes = "# Prep\n\n## Stories\n\n\
        ### Billing Cutover\n\
        **Situation**\n- The old billing system double-charged some customers every month.\n\
        **Action**\n- I wrote a reconciliation job and moved accounts over in batches.\n\
        **Result**\n- Double charges stopped within a week.\n\n\
        ### Pager Rotation\n\
        **Situation**\n- Two people carried every night page for the whole team.\n\
        **Action**\n- I set up a rotation and wrote runbooks for the noisy alerts.\n\
        **Result**\n- Pages per person fell by two thirds.\n\n\
        ## Principles and Stories\n\n\
        - Customer Obsession: **Billing Cutover**\n\n\
        - Insist on High Standards: **Pager Rotation**\n\n\
        - Ownership: **Billing Cutover**\n";
    let read = plan(notes, &set);
    let linked: Vec<(String, Vec<String>, bool)> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.clone(), d.story.principles.clone(), d.guessed))
        .collect();
    assert_eq!(
        linked,
        [
            (
                "Billing Cutover".to_string(),
                vec!["customer-obsession".to_string(), "ownership".to_string()],
                false
            ),
            (
                "Pager Rotation".to_string(),
                vec!["insist-on-the-highest-standards".to_string()],
                false
            ),
        ]
    );
    assert!(
        !read
            .warnings
            .iter()
            .any(|w| w.contains("names no principle")),
        "{:?}",
        read.warnings
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason == "gives the story it names its principle: linked"),
        "{:?}",
        read.ignored
    );
}

#[test]
fn an_answer_in_fragments_set_apart_by_dashes_is_a_story_and_a_shorter_copy_is_the_same() {
    let set = principles::builtin();
    // Our own words: questions under themes, each answer one line of fragments, "I"
    // left out; the same answer pasted under a second question, its last piece left
    // off.
    let answer = "Quarter close was a week away - Two reports disagreed on revenue - \
        Traced both queries back to the warehouse - Found a currency join that ran twice - \
        Fixed the join and added a check on totals - Finance signed off on time";
    let shorter = answer.rsplit_once(" - ").unwrap().0;
    let notes = format!(
        "# Adapting\n\n\
         - Tell me about a time you failed.\n\n   I shipped a migration on a Friday and it locked the orders table for an hour, so I rolled it back and wrote the checklist we still use.\n\n\
         - Tell me about a time you were under a lot of pressure. What did you do?\n\n   {answer}\n\n\
         - Tell me about a time your work got overwhelming. How did you handle it?\n\n   {shorter}\n"
    );
    let read = plan(&notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?} {:?}", read.drafts, read.skipped);
    let story = &read.drafts[1].story;
    assert!(story.notes.contains("currency join"));
    assert_eq!(story.questions.len(), 2, "{:?}", story.questions);
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason.starts_with("the same answer again")),
        "{:?}",
        read.ignored
    );
    assert!(dashed_fragments_told(answer));
    // Pieces that tell nothing done, or ask, are no story.
    assert!(!dashed_fragments_told(
        "Weekly checkins - daily standups - milestone demos - retros"
    ));
    assert!(!dashed_fragments_told("Moved fast - broke things"));
    // "Set up" among them tells what was built, "set" being its own past; "Set the
    // scene" still instructs.
    assert!(dashed_fragments_told(
        "Two launches in one week - Set up a shared release calendar - moved the \
         smaller launch back a day - both shipped"
    ));
    assert!(instructs("Set the scene for the interviewer"));
    assert!(!instructs("Set up a shared release calendar"));
}

#[test]
fn short_lines_of_a_principles_gist_open_no_story() {
    let set = principles::builtin();
    // Our own words: a cheat sheet, a bullet or two of each principle's gist.
    let notes = "#### Are Right, A Lot\n\
        * Leaders are right a lot and trust their good judgement\n\
        * Look for views that differ from yours\n\n\
        #### Hire and Develop the Best\n\
        * Leaders raise the bar with every hire and every promotion\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    // A list of reminders stays the writer's stories.
    let notes = "#### Ownership\n\
        * Took over the flaky deploy scripts nobody owned\n\
        * Rewrote the on-call guide after the March outage\n";
    assert!(!plan(notes, &set).drafts.is_empty());
    // A short line of the gist, where the other sections opened with a description:
    // the writer's line on the principle.
    let notes = "## Think Big\n\n\
        Leaders set a bold direction that others can rally around and look far ahead for ways \
        to serve their customers better.\n\n\
        ## Frugality\n\n\
        Leaders do more with less, and find that tight budgets push their teams to invent.\n\n\
        ## Deliver Results\n\n\
        Ship what matters on time despite setbacks.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
}

#[test]
fn details_blocks_telling_parts_in_html_are_a_story_each_under_any_heading() {
    let set = principles::builtin();
    // Our own words: answers in `<details>` blocks under a heading that names no
    // principle, the summary a question, the parts as HTML headings and paragraphs,
    // the last part in the same block as the closing tag.
    let notes = "## Behavioral answers\n\
        <details>\n  <summary><b>1. Tell me about a time you learned something fast?</b></summary>\n  \
        <h3>Situation</h3>\n<p>I joined a lab whose field I did not know.</p>\n\n\
        <h3>Task</h3>\n<p>I had to build a search tool for its papers.</p>\n\n\
        <h3>Result</h3>\n<p>The tool cut their review time from days to minutes.</p>\n</details>\n\n\
        <details>\n  <summary><b>2. Describe a disagreement with a teammate.</b></summary>\n\n  \
        <h3>Situation</h3>\n  <p>My teammate wanted to drop the export feature.</p>\n\n  \
        <h3>Action</h3>\n  <p>I listened first, then we shipped a smaller version.</p>\n\n  \
        <h3>Result</h3>\n  <p>We shipped on time and kept the feature.</p>\n</details>\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    let first = &read.drafts[0].story;
    assert!(first.part(Part::Situation).contains("joined a lab"));
    assert!(first.part(Part::Task).contains("search tool"));
    assert!(
        first.part(Part::Result).contains("days to minutes"),
        "{first:?}"
    );
    assert_eq!(
        first.questions,
        ["Tell me about a time you learned something fast?"]
    );
    assert!(!first.title.starts_with("Tell me"), "{}", first.title);
    let second = &read.drafts[1].story;
    assert!(second.part(Part::Action).contains("smaller version"));
    assert!(second.part(Part::Result).contains("kept the feature"));
    assert!(
        read.ignored
            .iter()
            .any(|s| s.reason == "the closing of a `<details>` block"),
        "{:?}",
        read.ignored
    );
}

#[test]
fn questions_answered_in_dashed_fragments_in_a_region_that_tells_no_story_are_stories() {
    let set = principles::builtin();
    // Our own words: a theme's heading over questions, each answered under it in
    // fragments set apart by dashes, "I" left out; one question unanswered.
    let notes = "# Writing\n\n\
        - Give me an example of a time when you persuaded someone at work.\n\n   \
        All of us agreed to spend the quarter on one launch. The launch slipped to August and \
        customers went without new features - Worked with support to pick small features to ship \
        each month - Customers praised the updates\n\n\
        - Tell me about a time when you had to rely on written communication.\n\n   \
        Pricing page rewrite - Replaced the old pricing table - Wrote a one-page brief on what \
        changed - Shared it for comments - Turned it into tickets for the team\n\n\
        - Tell me about a time you explained something complex to a client.\n\n\n\n";
    let read = plan(notes, &set);
    let told: Vec<String> = read.drafts.iter().map(|d| d.told()).collect();
    assert_eq!(told.len(), 2, "{told:?} {:?}", read.skipped);
    assert!(told[1].contains("one-page brief"));
    assert_eq!(
        read.drafts[1].story.questions,
        ["Tell me about a time when you had to rely on written communication."]
    );
}

#[test]
fn a_list_of_the_writers_own_prompts_each_answered_under_it_is_one_story() {
    let set = principles::builtin();
    // Our own words: a story's name over short prompts the writer puts to themselves,
    // each answered in items nested under it.
    let notes = "### Outage on launch day\n\
        - What broke?\n\
        \t- the payment queue stalled under the launch traffic\n\
        - How did you fix it?\n\
        \t- I paused the retries and drained the queue by hand\n\
        \t- wrote a runbook afterwards so the next on-call could do it\n\
        - Impact?\n\
        \t- orders recovered within the hour\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Outage on launch day");
    assert!(
        story.notes.contains("paused the retries"),
        "{}",
        story.notes
    );
    assert!(story.notes.contains("within the hour"), "{}", story.notes);
    assert!(story.questions.is_empty(), "{:?}", story.questions);
    // The prompts alone, read as a rule.
    assert!(prompted_outline(
        "- What broke?\n  - the queue stalled\n- How did you fix it?\n  - I drained it by hand\n"
    ));
    // Questions that each ask for a story are no one story's prompts.
    assert!(!prompted_outline(
        "- Tell me about a time you failed?\n  - I shipped late\n\
         - Describe a time you led?\n  - I ran the migration\n"
    ));
    // Nor are questions about the person, answered in the present.
    assert!(!prompted_outline(
        "- Why this company?\n  - the scale of its problems\n\
         - Why leave now?\n  - looking for a larger team\n"
    ));
}

#[test]
fn a_question_heading_over_stories_under_deeper_headings_is_asked_of_each() {
    let set = principles::builtin();
    // Our own words: a question over two projects, each under its own heading and told
    // under the writer's prompts.
    let notes = "### Tell me about your current project\n\n\
        #### Search service\n\
        - What?\n\
        \t- a service that ranks listings for buyers\n\
        \t- I designed its indexing pipeline\n\
        - Why?\n\
        \t- sellers complained their listings were never found\n\
        \t- search traffic doubled after we launched\n\n\
        #### Billing migration\n\
        - What?\n\
        \t- moved invoices from the old monolith\n\
        - Your role?\n\
        \t- I led the cutover and wrote the rollback plan\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Search service", "Billing migration"],
        "{:?}",
        read.skipped
    );
    for draft in &read.drafts {
        assert_eq!(
            draft.story.questions,
            ["Tell me about your current project"]
        );
    }
    // Answered by the stories, it is not the person's own as well.
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn numbered_principles_over_questions_numbered_again_head_their_sections() {
    let set = principles::builtin();
    // Our own words: plain notes, each principle a numbered line of its own, its
    // questions numbered from 1 again under it, each answered below.
    let notes = "1. customer obsession\n\n\
        1. Tell me about a time you went out of your way for a customer.\n\n\
        I stayed late to move a clinic's records before their audit, and they passed it.\n\n\
        2. Frugality\n\n\
        1. Tell me about a time you did more with less.\n\n\
        I ran the load tests on two spare laptops instead of renting servers for a week.\n";
    let read = plan(notes, &set);
    let got: Vec<&str> = read
        .drafts
        .iter()
        .map(|d| d.story.principles[0].as_str())
        .collect();
    assert_eq!(
        got,
        ["customer-obsession", "frugality"],
        "{:#?}",
        read.drafts
    );
    // Every draft is linked by its section, none by a guess from its words.
    assert!(read.drafts.iter().all(|d| !d.guessed), "{:#?}", read.drafts);
}

#[test]
fn an_answer_that_speaks_only_of_now_under_a_named_principle_is_no_story() {
    let set = principles::builtin();
    // Our own words: a principle's section, two questions; one answered with what
    // happened, one with the writer's habit in the present.
    let notes = "## Earn Trust\n\n\
        1. Tell me about a time you had to tell someone a hard truth.\n\n\
        I told our lead the launch date was not safe, and showed him the failing tests.\n\n\
        2. Tell me about a time you had to rebuild trust with a colleague.\n\n\
        i always tell people the truth, so they are able to trust me.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("failing tests"));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("always tell people the truth")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_paragraph_of_views_under_a_named_principle_is_no_story_though_no_question_asks() {
    let set = principles::builtin();
    // Our own words: two principles' sections with no question; under one the writer
    // tells what happened, under the other what they are like.
    let notes = "## Dive Deep\n\n\
        Last spring I traced the slow reports to one missing index and added it.\n\n\
        ## Earn Trust\n\n\
        My experience: I am glad to say that candid is the word most often used \
        about me by my leads. Reviewing other teams' designs is one of the ways I \
        like to help beyond my own area.\n\n\
        ## Frugality\n\n\
        The shared test rig\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(read.drafts.len(), 2, "{titles:#?}");
    assert!(
        read.drafts
            .iter()
            .any(|d| d.story.notes.contains("missing index"))
    );
    // (A short reminder, a story's name, stays a story.)
    assert!(titles.contains(&"The shared test rig"), "{titles:#?}");
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("most often used about me")),
        "{:#?}",
        read.skipped
    );
    // A deed in a verb whose past is its present, and the present of the work, are no
    // view of the writer.
    assert!(!view_of_self(
        "I split the nightly build into stages and it stayed green after that week."
    ));
    assert!(!view_of_self(
        "Billing is slow and we watch every step, so the load takes two minutes now."
    ));
}

#[test]
fn stories_typed_a_line_each_under_a_question_are_a_story_each() {
    let set = principles::builtin();
    // Our own words: reminders with no list marker, a line each, under questions that
    // ask for a story: after a blank line, and right under the question in its item.
    let notes = "## Deliver Results\n\n\
        1. Tell me about a time you pushed a project over the line.\n\n\
        billing cutover\n\
        search reindex\n\
        payroll export\n\n\
        2. Tell me about a time you were wrong.\n\
        cache invalidation mistake\n\
        shipping a fix in a hurry, when i skipped the review which broke the import\n\
        promising a date before the estimate, payroll export\n\n\
        3. Tell me about a time you invented something.\n\n\
        I invented a replay tool for failed webhooks.\n\
        I invented a dry run for the data migrations.\n";
    let read = plan(notes, &set);
    let notes_of: Vec<&str> = read.drafts.iter().map(|d| d.story.notes.trim()).collect();
    assert_eq!(notes_of.len(), 8, "{notes_of:#?}");
    assert_eq!(
        notes_of[..3],
        ["billing cutover", "search reindex", "payroll export"]
    );
    assert!(notes_of[4].starts_with("shipping a fix"), "{notes_of:#?}");
    // Each on its own line, in the report as in the notes.
    let lines: Vec<(usize, usize)> = read.drafts.iter().map(|d| d.lines).collect();
    assert_eq!(
        lines[..6],
        [(5, 5), (6, 6), (7, 7), (10, 10), (11, 11), (12, 12)]
    );
    assert!(notes_of[7].contains("dry run"), "{notes_of:#?}");
    assert!(
        read.drafts[3..6]
            .iter()
            .all(|d| d.story.questions == ["Tell me about a time you were wrong."]),
        "{:#?}",
        read.drafts
    );
    // One telling a sentence a line, one view and one labelled story stay whole.
    let whole = "## Ownership\n\n\
        1. Tell me about a time you failed.\n\n\
        I missed the deadline for the partner API.\n\
        I told my manager early and we cut the scope.\n\
        We shipped it two weeks later.\n\n\
        2. Tell me about a time you learned from a mistake.\n\n\
        checks are cheap\n\
        assumptions are dangerous, data is a must\n\n\
        3. Tell me about a time you took on work nobody wanted.\n\
        S: Nobody owned the weekend pager.\n\
        A: I wrote the rota and took the first month myself.\n\n\
        4. Tell me about a time you fixed your own mistake.\n\n\
        Our release broke checkout for an hour.\n\
        I rolled it back and added a canary stage.\n";
    let read = plan(whole, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    assert!(
        read.drafts[2].story.notes.contains("canary"),
        "{:#?}",
        read.drafts[2]
    );
    assert!(read.drafts[0].story.notes.contains("two weeks later"));
    assert!(
        read.drafts[1].story.part(Part::Action).contains("rota"),
        "{:#?}",
        read.drafts[1]
    );
    assert_eq!(
        reminder_lines(&["Missed the deadline", "Told my manager"]),
        None
    );
    // A scene, then what the writer did, a sentence a line: one answer.
    assert_eq!(
        reminder_lines(&[
            "Our release broke checkout for an hour.",
            "I rolled it back and added a canary stage."
        ]),
        None
    );
    assert_eq!(
        reminder_lines(&[
            "response time kept rising",
            ", a research issue",
            "spec parallelized"
        ]),
        Some(vec![
            (
                0,
                "response time kept rising , a research issue".to_string()
            ),
            (2, "spec parallelized".to_string())
        ])
    );
}

#[test]
fn an_answer_that_says_what_a_kind_of_person_is_like_is_no_story() {
    let set = principles::builtin();
    // Our own words: the same question answered with a kind of person, then with one.
    let notes = "## Customer Obsession\n\n\
        1. Who was your hardest customer?\n\n\
        A customer who signs up for the trial and expects the full plan's support.\n\n\
        2. Tell me about a customer you won back.\n\n\
        A customer who had cancelled twice: I called her and fixed her import by hand.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("fixed her import"));
    assert!(
        read.skipped.iter().any(|s| s.text.contains("trial")
            && s.reason == "says what a kind of person or thing is like, not a story"),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_habit_on_its_own_line_under_a_question_is_no_story() {
    // "always" after "have", and the habit's words at a line's start, are read as
    // anywhere else.
    assert!(habitual("\n\ni have always kept a runbook.\n"));
    assert!(speaks_of_now("I have always kept a runbook."));
    assert!(!speaks_of_now("I kept a runbook."));
    let set = principles::builtin();
    let notes = "## Think Big\n\n\
        1. Tell me about a time you thought too small.\n\
        i have always aimed high at work.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_motto_under_a_principle_is_no_story_but_a_name_is() {
    let set = principles::builtin();
    // Our own words: two principles' sections, a motto under one, a story's name
    // under the other.
    let notes = "## Earn Trust\n\nBe upfront\n\n## Dive Deep\n\nBeta rollout metrics\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Beta rollout metrics"], "{:#?}", read.skipped);
    assert!(
        read.skipped.iter().any(
            |s| s.text.contains("Be upfront") && s.reason == "a motto (how to be), not a story"
        ),
        "{:#?}",
        read.skipped
    );
    assert!(motto("Always be learning"));
    assert!(!motto(
        "Be the first to fix the build when it broke on a Friday"
    ));
}

#[test]
fn a_principles_gist_in_commands_is_no_story_but_a_named_practice_is() {
    let set = principles::builtin();
    // Our own words: a cheat sheet, each principle glossed in a command or two; one
    // line names the tool its story was about.
    let notes = "#### Frugality\n\
        * Keep spending under what the budget allows\n\
        * Think twice before buying anything new\n\n\
        #### Insist on the Highest Standards\n\
        * Keep Lighthouse audits green\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Keep Lighthouse audits green"],
        "{:#?}",
        read.skipped
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Think twice before buying")
                && s.reason == "the principle's gist, in commands (how to act), not a story"),
        "{:#?}",
        read.skipped
    );
    // (Nothing that happened, no "I": "Kept the old rig" tells a deed; and a verb
    // read as often as a noun opens a story's name: "Build cache".)
    assert!(!gist_in_commands("Kept the old rig instead of buying one"));
    assert!(!gist_in_commands("Build cache"));
    assert!(!gist_in_commands("Think about how I cut the bill in half"));
}

#[test]
fn a_principles_name_alone_over_its_questions_heads_them_after_other_answers() {
    let set = principles::builtin();
    // Our own words: principles on numbered lines over their questions, numbered from
    // 1 again, and one principle written with no number, right after the answers of
    // the one before it.
    let notes = "1. Ownership\n\n\
        1. Tell me about a time you took on something outside your job.\n\
        I took over the nightly export nobody owned and paged it.\n\n\n\
        Invent and Simplify\n\n\
        1. Tell me about a time you invented something.\n\
        I built a script that turned our release notes into a changelog page.\n";
    let read = plan(notes, &set);
    let linked: Vec<(&str, &str)> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.principles[0].as_str()))
        .collect();
    assert_eq!(linked.len(), 2, "{linked:?}");
    assert_eq!(linked[1].1, "invent-and-simplify", "{linked:?}");
    assert!(
        !read.drafts[0].story.notes.contains("Invent and Simplify"),
        "{:?}",
        read.drafts[0].story.notes
    );
}

/// How notes are read, in short: each draft's title, principles and the words in each
/// of its parts, and why each skipped block was skipped.
fn reading(read: &ImportPlan) -> (Vec<String>, Vec<String>) {
    let drafts = read
        .drafts
        .iter()
        .map(|d| {
            let words: Vec<usize> = Part::ALL
                .iter()
                .map(|p| d.story.part(*p).split_whitespace().count())
                .collect();
            format!("{} {:?} {words:?}", d.story.title, d.story.principles)
        })
        .collect();
    let skipped = read.skipped.iter().map(|s| s.reason.to_string()).collect();
    (drafts, skipped)
}

/// Notes typed another way.
type Retype = fn(&str) -> String;

#[test]
fn every_fixture_reads_the_same_however_its_markdown_is_typed() {
    let set = principles::builtin();
    // The same notes typed another way, none of it changing what they say: line
    // endings, blanks at the ends of lines, the marks of items and the closing marks
    // of headings, the apostrophes a word processor types, spaces that do not break,
    // more blank lines, no newline at the end, strong emphasis in underscores, a blank
    // line between items, lines wrapped by an editor, items marked as a word processor
    // marks them.
    let variants: Vec<(&str, Retype)> = vec![
        ("CRLF line endings", |t| t.replace('\n', "\r\n")),
        ("two spaces at each line's end", |t| {
            t.lines().map(|l| format!("{l}  \n")).collect()
        }),
        ("a tab at each line's end", |t| {
            t.lines().map(|l| format!("{l}\t\n")).collect()
        }),
        ("items marked +", |t| marked_items(t, '+')),
        ("items marked *", |t| marked_items(t, '*')),
        // As a word processor marks them, pasted.
        ("items marked •", |t| marked_items(t, '•')),
        ("items marked ◦", |t| marked_items(t, '◦')),
        ("a tab after each item's mark", |t| {
            marked_items(t, '-').replace("\n- ", "\n-\t")
        }),
        ("headings closed by ##", |t| {
            let mut fence = false;
            t.lines()
                .map(|l| {
                    fence ^= l.trim_start().starts_with("```");
                    if !fence && l.starts_with('#') && l.contains("# ") {
                        format!("{} ##\n", l.trim_end())
                    } else {
                        format!("{l}\n")
                    }
                })
                .collect()
        }),
        ("curly apostrophes", |t| {
            let chars: Vec<char> = t.chars().collect();
            (0..chars.len())
                .map(|i| {
                    let between = i > 0
                        && i + 1 < chars.len()
                        && chars[i - 1].is_alphabetic()
                        && chars[i + 1].is_alphabetic();
                    if chars[i] == '\'' && between {
                        '\u{2019}'
                    } else {
                        chars[i]
                    }
                })
                .collect()
        }),
        ("no-break spaces after colons", |t| {
            // (Not in front matter, whose YAML wants a plain space.)
            let body = match t.strip_prefix("---\n").and_then(|r| r.find("\n---\n")) {
                Some(end) => end + 9,
                None => 0,
            };
            format!("{}{}", &t[..body], t[body..].replace(": ", ":\u{a0}"))
        }),
        ("strong emphasis in underscores", |t| {
            // `**Situation:**` as `__Situation:__`, outside code.
            let mut fence = false;
            t.lines()
                .map(|l| {
                    fence ^= l.trim_start().starts_with("```");
                    if fence || l.starts_with("    ") {
                        return format!("{l}\n");
                    }
                    let pieces: Vec<&str> = l.split("**").collect();
                    if pieces.len().is_multiple_of(2) {
                        return format!("{l}\n");
                    }
                    format!("{}\n", pieces.join("__"))
                })
                .collect()
        }),
        ("blank lines doubled", |t| t.replace("\n\n", "\n\n\n")),
        ("no newline at the end", |t| {
            t.trim_end_matches('\n').to_string()
        }),
        ("wrapped at 72 columns", |t| wrapped_at(t, 72)),
        ("a blank line between items", |t| {
            // A loose list: the same list in Markdown. (Outside code.)
            let item = |l: &str| {
                let body = l.trim_start();
                let digits = body.bytes().take_while(u8::is_ascii_digit).count();
                body.starts_with(['-', '*', '+']) && body[1..].starts_with(' ')
                    || digits > 0 && body[digits..].starts_with(". ")
            };
            let lines: Vec<&str> = t.lines().collect();
            let mut fence = false;
            let mut out = String::new();
            for (i, l) in lines.iter().enumerate() {
                fence ^= l.trim_start().starts_with("```");
                out.push_str(l);
                out.push('\n');
                if !fence && item(l) && lines.get(i + 1).is_some_and(|next| item(next)) {
                    out.push('\n');
                }
            }
            out
        }),
    ];
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in [
        root.join("tests/fixtures/notes"),
        root.join("../shared/notes"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".md") && name != "EXPECTED.md" {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    let mut differ = Vec::new();
    for path in &files {
        let Ok(notes) = std::fs::read_to_string(path) else {
            continue;
        };
        let notes = notes.replace("\r\n", "\n");
        let as_typed = reading(&plan(&notes, &set));
        for (name, variant) in &variants {
            let varied = variant(&notes);
            if varied != notes && reading(&plan(&varied, &set)) != as_typed {
                differ.push(format!("{}: {name}", path.display()));
            }
        }
    }
    assert!(differ.is_empty(), "read differently: {differ:#?}");
}

/// `notes` with each list item marked `-` marked `mark` instead (outside code).
fn marked_items(notes: &str, mark: char) -> String {
    let mut fence = false;
    notes
        .lines()
        .map(|line| {
            fence ^= line.trim_start().starts_with("```");
            let body = line.trim_start();
            match body.strip_prefix("- ") {
                Some(rest) if !fence => {
                    format!("{}{mark} {rest}\n", &line[..line.len() - body.len()])
                }
                _ => format!("{line}\n"),
            }
        })
        .collect()
}

#[test]
fn notes_wrapped_by_an_editor_read_as_typed_on_the_notes_lines() {
    let set = principles::builtin();
    // Our own words, wrapped at 72 columns: a story in labelled parts, then questions
    // of the writer's own, each over two lines.
    let notes = "\
# Interview notes

## Deliver Results

### Shipped the billing migration a week early
Situation: Billing ran on a vendor system that would lose its support on
the first of July, and 1,200 customer accounts had to move before then.
Task: I led the migration, with two engineers lent from other teams.
Action: I split the accounts into three waves by risk and wrote a check
that compared every invoice before and after the move.
Result: All accounts moved by 24 June, with zero billing errors, and the
check now runs on every release of the billing service.

## Are Right, A Lot

1. Tell me about a time when you had to work with incomplete data or
   information, and what you decided.
2. Tell me about a time when you were wrong, and how you found out that
   you were.
";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(crate::model::Part::Action),
        "I split the accounts into three waves by risk and wrote a check that compared every invoice before and after the move.\n"
    );
    assert_eq!(read.drafts[0].lines, (5, 12));
    let asked: Vec<(&str, (usize, usize))> = read
        .questions
        .iter()
        .map(|q| (q.question.as_str(), q.lines))
        .collect();
    assert_eq!(
        asked,
        [
            (
                "Tell me about a time when you had to work with incomplete data or information, and what you decided.",
                (16, 17)
            ),
            (
                "Tell me about a time when you were wrong, and how you found out that you were.",
                (18, 19)
            ),
        ]
    );
    assert_eq!(read.skipped.len(), 1, "{:#?}", read.skipped);
    assert_eq!(read.skipped[0].lines, (1, 1));
}

#[test]
fn what_the_plan_says_of_wrapped_notes_cites_the_notes_lines() {
    let set = principles::builtin();
    // Our own words, wrapped at 72 columns: one answer pasted under two questions.
    let answer = "When our on-call lead left, nobody owned the paging rota, and alerts went\nunanswered at night. I took the rota over, wrote a handbook for it and\ntrained four engineers to share it with me.\n";
    let notes = format!(
        "## Ownership\n\nLeaders act for the whole company, and they think long term, beyond the\nreach of their own team and past the end of the quarter they are in.\n\n### Tell me about a time you took on something outside your job.\n\n{answer}\n### Tell me about a time you went beyond what was asked of you.\n\n{answer}"
    );
    let read = plan(&notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].lines, (6, 10));
    assert_eq!(read.ignored.len(), 1, "{:#?}", read.ignored);
    assert_eq!(read.ignored[0].lines, (12, 16));
    assert!(
        read.ignored[0]
            .reason
            .ends_with("one story with the one at line 6"),
        "{}",
        read.ignored[0].reason
    );
}

#[test]
fn principles_listed_with_a_blank_line_between_are_a_list_not_headings() {
    let set = principles::builtin();
    // Our own words: the principles in a loose list, one blank line between items,
    // each numbered after the one before.
    let notes = "# The principles\n\n1. Customer Obsession\n\n2. Ownership\n\n3. Dive Deep\n\n## Ownership\n\nWhen the nightly export failed and nobody owned it, I took it over and fixed the query it timed out on.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.ignored.is_empty(), "{:#?}", read.ignored);
    assert!(
        read.skipped.iter().any(|s| s.lines == (3, 7)),
        "{:#?}",
        read.skipped
    );
    // Numbered from 1 again after the list, a principle's name is its heading.
    let again = "1. Customer Obsession\n2. Ownership\n3. Dive Deep\n\n1. Ownership\n\nWhen the nightly export failed and nobody owned it, I took it over and fixed the query it timed out on.\n";
    let read = plan(again, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
    assert!(
        read.ignored
            .iter()
            .any(|s| s.lines == (5, 5) && s.reason.contains("alone on its line")),
        "{:#?}",
        read.ignored
    );
}

/// `notes` as an editor that wraps at `width` columns types them: each line of a
/// paragraph or an item longer than that broken where the next word does not fit, an
/// item's lines indented under its text. A word that would open a block or a label at
/// a line's start (`-`, `1.`, `Task:`) goes down with the word before it, as a careful
/// writer wraps. Headings, tables, HTML, code and front matter are left as they are.
fn wrapped_at(notes: &str, width: usize) -> String {
    let risky = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        w.starts_with(['-', '*', '+', '>', '#', '|', '<', '=', '`', '~'])
            || digits > 0 && w[digits..].starts_with(['.', ')'])
            || w.ends_with(':')
    };
    let mut out = String::new();
    let mut fence = false;
    let mut front = notes.starts_with("---\n");
    for (i, line) in notes.lines().enumerate() {
        if front && i > 0 && line == "---" {
            front = false;
            out.push_str(line);
            out.push('\n');
            continue;
        }
        fence ^= line.trim_start().starts_with("```");
        let body = line.trim_start();
        if front
            || fence
            || line.chars().count() <= width
            || body.starts_with(['#', '|', '<', '`'])
            || line.starts_with("    ")
        {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let lead = line.len() - body.len();
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let marker = if body.starts_with(['-', '*', '+']) && body[1..].starts_with(' ') {
            2
        } else if digits > 0 && body[digits..].starts_with(". ") {
            digits + 2
        } else {
            0
        };
        let indent = " ".repeat(lead + marker);
        let words: Vec<&str> = body.split(' ').collect();
        let mut rows: Vec<String> = Vec::new();
        let mut row = format!("{}{}", &line[..lead], words[0]);
        for w in &words[1..] {
            if row.chars().count() + 1 + w.chars().count() <= width || w.is_empty() {
                row.push(' ');
                row.push_str(w);
            } else if !risky(w) {
                rows.push(std::mem::replace(&mut row, format!("{indent}{w}")));
            } else {
                match row.rfind(' ') {
                    Some(cut) if cut > indent.len() && !risky(&row[cut + 1..]) => {
                        let last = row[cut + 1..].to_string();
                        row.truncate(cut);
                        rows.push(std::mem::replace(&mut row, format!("{indent}{last} {w}")));
                    }
                    _ => {
                        row.push(' ');
                        row.push_str(w);
                    }
                }
            }
        }
        rows.push(row);
        for row in rows {
            out.push_str(&row);
            out.push('\n');
        }
    }
    out
}

#[test]
fn the_wrapping_the_retyping_test_uses_wraps() {
    let notes = "## Ownership\n\n- I took over the paging rota when our lead left, wrote a handbook for it, and trained four engineers - all of them new.\n";
    assert_eq!(
        wrapped_at(notes, 40),
        "## Ownership\n\n- I took over the paging rota when our\n  lead left, wrote a handbook for it,\n  and trained four engineers - all of\n  them new.\n"
    );
}

#[test]
fn items_pasted_from_a_word_processor_are_items() {
    let set = principles::builtin();
    // Our own words, as a word processor's list pastes: Word's bullet (a private-use
    // character of its Symbol font) or `•`, a tab after it, and the same list nested.
    for mark in ['\u{f0b7}', '•', '◦'] {
        let notes = format!(
            "## Deliver Results\n\n### Shipped the billing migration a week early\n\n{mark}\tSituation: Billing ran on a vendor system losing support in July.\n{mark}\tAction: I moved 1,200 accounts in three waves.\n\t{mark}\tThe riskiest accounts went last.\n{mark}\tResult: Every account moved by 24 June, with no billing errors.\n"
        );
        let read = plan(&notes, &set);
        assert_eq!(read.drafts.len(), 1, "{mark:?}: {:#?}", read.drafts);
        assert_eq!(
            read.drafts[0].parts(),
            ["situation", "action", "result"],
            "{mark:?}: {:#?}",
            read.drafts[0]
        );
        let story = &read.drafts[0].story;
        assert!(
            story
                .part(crate::model::Part::Action)
                .contains("The riskiest accounts went last."),
            "{mark:?}: {story:#?}"
        );
    }
    // In code, a mark is the code's.
    let code = "## Deliver Results\n\nI moved the accounts in waves.\n\n```\n•\tnot an item\n```\n";
    let read = plan(code, &set);
    assert!(
        read.drafts[0].all_text().contains("•\tnot an item"),
        "{:#?}",
        read.drafts
    );
}

#[test]
fn items_nested_under_a_labelled_item_stay_a_list_in_its_part() {
    let set = principles::builtin();
    // Our own words: labelled items, the Action's steps nested under it, one step
    // nested deeper, and the Result's own nested under it with a tab.
    let notes = "## Deliver Results\n\n### Shipped the billing migration a week early\n\n- **Situation**: Billing ran on a vendor system losing support in July.\n- **Action**: I planned the move in waves.\n    - I moved 1,200 accounts in three waves.\n        - The riskiest accounts went last.\n    - I checked every invoice before and after.\n- **Result**: Every account moved by 24 June.\n\t* No billing errors.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.part(crate::model::Part::Action),
        "I planned the move in waves.\n- I moved 1,200 accounts in three waves.\n    - The riskiest accounts went last.\n- I checked every invoice before and after.\n"
    );
    assert_eq!(
        story.part(crate::model::Part::Result),
        "Every account moved by 24 June.\n* No billing errors.\n"
    );
}

#[test]
fn a_name_alone_over_a_storys_first_label_is_its_title() {
    let set = principles::builtin();
    // Our own words: each story named by a plain line, right over its labels or over a
    // blank line over them, its parts in items or on lines of their own.
    for (gap, mark) in [("", "- "), ("\n", "- "), ("", ""), ("\n", "")] {
        let notes = format!(
            "## Deliver Results\n\nShipped the billing migration a week early\n{gap}{mark}Situation: Billing ran on a vendor system losing support in July.\n{mark}Action: I moved 1,200 accounts in three waves.\n{mark}Result: Every account moved by 24 June, with no billing errors.\n\nRebuilt the invoice service under a hiring freeze\n{gap}{mark}Situation: The invoice service timed out at every month-end.\n{mark}Action: I replaced a per-row query with one bulk query.\n{mark}Result: Month-end runs went from 6 hours to 20 minutes.\n"
        );
        let read = plan(&notes, &set);
        let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Shipped the billing migration a week early",
                "Rebuilt the invoice service under a hiring freeze"
            ],
            "{gap:?} {mark:?}"
        );
        let second = if gap.is_empty() { 8 } else { 9 };
        assert_eq!(read.drafts[1].lines.0, second, "{gap:?} {mark:?}");
        assert!(read.drafts[0].lines.1 < second, "{gap:?} {mark:?}");
        // The names are titles, in no part and no note.
        for draft in &read.drafts {
            assert!(draft.story.notes.trim().is_empty(), "{draft:#?}");
            assert!(
                !draft.story.part(Part::Result).contains("Rebuilt"),
                "{draft:#?}"
            );
        }
    }
    // A row of labels over the parts is no name.
    let legend = "## Deliver Results\n\nS: Situation, A: Action, R: Result\nSituation: Billing ran on a vendor system losing support in July.\nAction: I moved 1,200 accounts in three waves.\n";
    let read = plan(legend, &set);
    assert_ne!(
        read.drafts[0].story.title,
        "S: Situation, A: Action, R: Result"
    );
}

#[test]
fn the_principles_a_region_names_go_to_every_story_under_it() {
    let set = principles::builtin();
    // Our own words: a theme heading that names no principle, a line that names two
    // (joined by "+", the second with a comma of its own), then two stories under
    // deeper headings.
    let notes = "### 2. Working without a map\n**Maps to LPs:** Bias for Action + Are Right, A Lot\n\n\
        #### Story A: Picking the label printer\n\
        - **S:** Two printers, no trial units, and the order closed on Friday.\n\
        - **A:** I chose on the three things our line needed.\n\
        - **R:** The printer has run since March.\n\n\
        #### Story B: The spec nobody wrote\n\
        - **S:** The packing station had no written requirements.\n\
        - **A:** I watched the packers for a week and wrote them down.\n\
        - **R:** The first version shipped in six weeks.\n";
    let read = plan(notes, &set);
    let linked: Vec<Vec<&str>> = (read.drafts.iter())
        .map(|d| d.story.principles.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        linked,
        [
            ["bias-for-action", "are-right-a-lot"],
            ["bias-for-action", "are-right-a-lot"]
        ],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn an_answer_that_says_use_a_story_above_gives_that_story_the_question() {
    let set = principles::builtin();
    // Our own words: a story under a principle, then a question whose whole answer is a
    // note, in brackets, to tell that story.
    let notes = "## Dive Deep\n\n#### The scale that drifted\n\
        - **S:** Parcels weighed light every afternoon.\n\
        - **A:** I logged a week of readings against the room's temperature.\n\
        - **R:** A heat shield fixed it; the false rejects stopped.\n\n\
        ## Questions they may ask\n\n\
        ### \"Tell me about a time you doubted a measurement\"\n\
        > [Use the scale that drifted story above]\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you doubted a measurement"]
    );
    // Linked to no principle guessed for the pointer.
    assert_eq!(read.drafts[0].story.principles, ["dive-deep"]);
    // "Use" with no word of a story is no pointer: `Use a timer` stays what it was.
    assert_eq!(super::walk::referred_words("[Use a timer]"), None);
    assert_eq!(
        super::walk::referred_words("Use the scale story below"),
        Some(vec!["scale".to_string()])
    );
}

#[test]
fn a_label_over_the_interviewers_questions_is_no_story() {
    let set = principles::builtin();
    // Our own words: under a principle, a bold label over the questions an interviewer
    // asks, then a story; and, under another, a plain label over one quoted question.
    let notes = "### 1. DIVE DEEP\n\n**What the panel probes:**\n\
        - Can you find the cause under the symptom?\n\
        - Do you check the numbers yourself?\n\n\
        #### Story: The scale that drifted\n\
        - **S:** Parcels weighed light every afternoon.\n\
        - **A:** I logged a week of readings against the room's temperature.\n\
        - **R:** A heat shield fixed it.\n\n\
        ## Learn and Be Curious\n\nLearning fast:\n\n\
        “Tell me about a tool you learned in a week.”\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The scale that drifted"], "{:#?}", read.drafts);
    // The interviewer's questions are the person's own, and nothing is lost.
    let asked: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert!(
        asked.contains(&"Can you find the cause under the symptom?"),
        "{asked:?}"
    );
    for label in ["What the panel probes", "Learning fast"] {
        assert!(
            read.skipped.iter().any(|s| s.text.contains(label)
                && s.reason == "a label over questions or nothing, no story told under it"),
            "{label}: {:?}",
            read.skipped
        );
    }
}

#[test]
fn every_answer_under_a_model_answers_heading_is_the_guides() {
    let set = principles::builtin();
    // Our own words: a guide that advises its reader, three answers under a heading
    // that says they are models, each under a bold name of its own; and prompts under
    // a heading that tells the reader to prepare a story for each.
    let notes = "# The behavioural round\n\nKeep your answers short and say what you did; \
        you will be asked for numbers, so have yours ready.\n\n\
        ## Prompts (prepare a story for each)\n\n\
        - A time you **missed a deadline**.\n- A **conflict** with a peer.\n\n\
        ## Model answers (STAR)\n\n\
        **Ownership.**\n\
        > **S:** The nightly report failed and nobody owned it. **T:** I took it on.\n\
        > **A:** I added a check and a runbook. **R:** It has not failed since.\n\n\
        **Disagree and commit.**\n\
        > **S:** The team chose a queue I doubted. **T:** I had to say so. **A:**\n\
        > I wrote up the risk, then built their design. **R:** It held at peak.\n\n\
        **Influence.**\n\
        > **S:** Another team kept breaking our feed. **T:** I had no say over them. **A:**\n\
        > I proposed a contract test. **R:** The breaks stopped.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    for answer in ["nightly report", "queue I doubted", "breaking our feed"] {
        assert!(
            read.skipped
                .iter()
                .any(|s| s.text.contains(answer) && s.reason.contains("sample")),
            "{answer}: {:?}",
            read.skipped
        );
    }
}

#[test]
fn a_story_quoted_whole_under_its_name_is_a_story_where_no_principle_is_named() {
    let set = principles::builtin();
    // Our own words: a section that names no principle, with a story quoted whole in
    // its labelled parts under a bold name, after a section that names one.
    let notes = "### 1. DIVE DEEP\n\n#### Story A: The scale that drifted\n\
        > **S:** Parcels weighed light every afternoon.\n>\n\
        > **A:** I logged a week of readings against the room's temperature.\n>\n\
        > **R:** A heat shield fixed it.\n\n\
        ### 3. DRAWING EXPERIENCE\n\n\
        **MY DRAWING STORY — One jig for every panel**\n\
        > **S:** Each panel had its own switch layout.\n>\n\
        > **T:** Hold every panel on one fixture.\n>\n\
        > **A:** I designed a base plate with small swappable adapters.\n>\n\
        > **R:** One base replaced a shelf of jigs.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let jig = &read.drafts[1].story;
    assert!(jig.part(Part::Action).contains("base plate"), "{jig:#?}");
    assert!(jig.part(Part::Result).contains("shelf of jigs"), "{jig:#?}");
}

#[test]
fn a_kind_of_story_before_the_label_leaves_the_name_as_the_title() {
    let set = principles::builtin();
    // Our own words: `Failure story: NAME` and `YOUR DRAWING STORY — NAME` headings.
    for (heading, name) in [
        ("Failure story: The lost backups", "The lost backups"),
        (
            "YOUR DRAWING STORY — One jig for every panel",
            "One jig for every panel",
        ),
    ] {
        let notes = format!(
            "## Ownership\n\n### {heading}\n\n\
             - **Situation:** Backups had failed for a month.\n\
             - **Action:** I restored from the replicas and added a check.\n\
             - **Result:** Nothing was lost.\n"
        );
        let read = plan(&notes, &set);
        assert_eq!(read.drafts[0].story.title, name, "{heading}");
    }
    // "Story" with no name after it, or a sentence going on, stays as it was.
    assert_eq!(
        super::rules::story_heading("Telling a story well"),
        "Telling a story well"
    );
}

#[test]
fn an_interviewers_prompts_tell_no_story() {
    let set = principles::builtin();
    // Our own words: a plain-text script for the interviewer, segments with prompts in
    // quotation marks and what the candidate should cover, a line naming principles.
    let notes = "Round plan for Ana\n\n10–30 min: Design\nPrompt:\n\n\
        “Design a service that keeps a week of order history\n\n\
        Purges older orders without load spikes\n\n\
        Serves many shops, each on its own schedule”\n\n\
        Candidate Should Cover:\n\n\
        Scheduling: Staggered jobs vs. event triggers\n\n\
        Load: Rate-limited deletes, batches\n\n\
        Monitoring: Lag, error rates\n\nFollow-Ups:\n\n\
        “How would you scale the cleanup under bursts?”\n\n\
        “What would you alert on?”\n\n\
        30–45 min: Behavioural\nKey Principles: Deliver Results, Dive Deep.\n\n\
        Ownership Story:\n\n\
        “Describe a time you owned an incident. How did you drive it to the end?”\n\n\
        Learning:\n\n“Tell me about a tool you learned in a week.”\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    // Nothing lost: the prompts are in the skipped list.
    assert!(
        read.skipped.iter().any(|s| s.text.contains("alert on")),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_vietnamese_guides_sample_answers_are_no_stories() {
    let set = principles::builtin();
    // Our own words, in Vietnamese: a guide speaking to its reader ("bạn"), a question,
    // and a quoted answer under a label that says it is a sample answer.
    let notes = "# Xử lý thất bại\n\nBạn nên kể ngắn gọn. Bạn hãy nói rõ bạn đã làm gì.\n\n\
        ### Q1: Hãy kể về một lần bạn thất bại.\n\n\
        **Câu Trả Lời Mẫu (STAR):**\n\n\
        > **Situation:** Tôi làm chậm một bản phát hành.\n>\n\
        > **Action:** Tôi báo cho nhóm và sửa kế hoạch.\n>\n\
        > **Result:** Bản sau ra đúng hạn.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(super::rules::sample_heading("Câu Trả Lời Mẫu (STAR)"));
    assert!(!super::rules::sample_heading("Câu hỏi phổ biến"));
}

#[test]
fn advice_in_a_list_is_advice_whether_or_not_blank_lines_part_its_items() {
    let set = principles::builtin();
    // Our own words: a guide whose only words to its reader are a list of pitfalls,
    // one "you" to an item, then model answers under a heading that says so.
    for gap in ["", "\n"] {
        let notes = format!(
            "# The round\n\n## Pitfalls\n\n- Saying \"we\" for what you did alone.\n{gap}\
             - Leaving out the number, which you will be asked for.\n\n\
             ## Model answers\n\n**Ownership.**\n\
             > **S:** The nightly report failed and nobody owned it.\n\
             > **A:** I added a check and a runbook. **R:** It has not failed since.\n\n\
             **Influence.**\n\
             > **S:** Another team kept breaking our feed.\n\
             > **A:** I proposed a contract test. **R:** The breaks stopped.\n"
        );
        let read = plan(&notes, &set);
        assert!(read.drafts.is_empty(), "{gap:?}: {:#?}", read.drafts);
    }
}

#[test]
fn question_variants_over_a_story_are_all_its_questions() {
    let set = principles::builtin();
    // Our own words: a story's name, a heading of its kinds, the wordings of its
    // question under `**Question Variants:**`, then its parts.
    let notes = "## STORY 1: THE SLOW EXPORT (6 HOURS TO 20 MINUTES)\n\n\
        ### Tags: Performance, Data\n\n\
        **Question Variants:**\n\
        - \"Tell me about your hardest performance problem\"\n\
        - \"Describe a time you made something much faster\"\n\
        - \"Tell me about a time you fixed a slow job\"\n\n\
        **Situation:**\nThe month-end export ran for six hours.\n\n\
        **Action:**\nI replaced a query per row with one bulk query.\n\n\
        **Result:**\nIt runs in twenty minutes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions.len(),
        3,
        "{:#?}",
        read.drafts
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
    assert!(
        read.drafts[0].story.title.starts_with("THE SLOW EXPORT"),
        "{}",
        read.drafts[0].story.title
    );
}

#[test]
fn numbered_steps_under_a_storys_action_are_its_steps() {
    let set = principles::builtin();
    // Our own words: a story's parts as headings, its Action in bold numbered steps,
    // each over its items.
    let notes = "## Story 3: Fraud checks\n\n### Situation\n\nLoan files were checked by hand.\n\n\
        ### Task\n\nI was responsible for automating the checks.\n\n### Action\n\n\
        **1. Document intake**\n\n- Stored uploads in a bucket and queued them.\n\n\
        **2. Model training**\n\n- Trained a model on past applications.\n\n\
        ### Result\n\n- Review work fell by 60%.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let action = read.drafts[0].story.part(Part::Action);
    assert!(
        action.contains("Document intake") && action.contains("Trained a model"),
        "{action}"
    );
}

#[test]
fn a_storys_labelled_name_under_a_theme_heading_is_its_title() {
    let set = principles::builtin();
    // Our own words: a theme heading that names principles on the line under it, over
    // one story named by a deeper heading; and a theme heading over a story named by a
    // bold line, quoted whole.
    let notes = "### 2. WORKING WITHOUT A MAP\n**Maps to LPs:** Bias for Action + Are Right, A Lot\n\n\
        #### Story A: Picking the label printer\n\
        - **S:** Two printers, no trial units, and the order closed on Friday.\n\
        - **A:** I chose on the three things our line needed.\n\
        - **R:** The printer has run since March.\n\n\
        ### 3. DRAWING EXPERIENCE\n\n\
        **MY DRAWING STORY — One jig for every panel**\n\
        > **S:** Each panel had its own switch layout.\n>\n\
        > **A:** I designed a base plate with small swappable adapters.\n>\n\
        > **R:** One base replaced a shelf of jigs.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Picking the label printer", "One jig for every panel"],
        "{:#?}",
        read.drafts
    );
    // The theme's words are kept, in the notes.
    assert!(read.drafts[0].story.notes.contains("WORKING WITHOUT A MAP"));
    assert!(read.drafts[1].story.notes.contains("DRAWING EXPERIENCE"));
}

#[test]
fn a_todo_heading_over_beats_that_say_what_to_write_is_a_place_kept() {
    let set = principles::builtin();
    // Our own words: a story bank with one story told and one slot kept for a story
    // still to find, its beats saying what each should hold.
    let notes = "# Stories\n\n## Moving the night orders off paper\n\n\
        Tags: automation, ownership\n\n\
        - **Situation.** Night orders arrived on paper and were keyed in each morning.\n\
        - **Action.** I built a form for the shops and a job that loaded the orders at five.\n\
        - **Result.** The first shift started with every order already in.\n\n\
        ## TODO — a contest story\n\n\
        Tags: algorithms, pressure\n\n\
        - **Situation.** A contest or a hackathon — which one, when.\n\
        - **Task.** The problem, and what made it hard.\n\
        - **Action.** The approach, and what got ruled out first.\n\
        - **Result.** Solved or not; what I learned, if it is real.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Moving the night orders off paper"],
        "{:#?}",
        read.drafts
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("a contest story")),
        "{:?}",
        read.skipped
    );
}

#[test]
fn part_letters_with_their_words_in_square_brackets_head_the_parts() {
    let set = principles::builtin();
    // Our own words: two stories, each a heading over its parts, each part a heading
    // of its letter with the word in square brackets; the second part names two.
    let notes = "# Pushing back on bigger machines\n## S [situation]\n\
        The health checks failed in two regions every night.\n\
        ## T [task] + A[action]\n\
        I read a month of logs and found the pool restarted whenever a log file rolled over.\n \
        ## R [result]\nWe kept the small machines and the misses stopped.\n\n\n\
        # Late on the signing deadline\n## S [situation]\n\
        Unsigned libraries were to be blocked in three weeks.\n\
        ## T [task] + A[action]\n\
        I signed the build, then found the package zipped the unsigned copies.\n\
        ## R [result]\nI moved the signing before the packaging and the flags cleared.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Pushing back on bigger machines",
            "Late on the signing deadline"
        ],
        "{:#?}",
        read.drafts
    );
    for draft in &read.drafts {
        assert!(!draft.story.part(Part::Situation).is_empty(), "{draft:#?}");
        assert!(!draft.story.part(Part::Task).is_empty(), "{draft:#?}");
        assert!(!draft.story.part(Part::Result).is_empty(), "{draft:#?}");
    }
}

#[test]
fn a_coachs_notes_on_the_person_in_the_third_person_are_no_story() {
    let set = principles::builtin();
    // Our own words: a coach's file on one candidate, one story told in parts, then
    // the coach's strategy and notes about "him", a quoted section name among them.
    let notes = "# Coaching file — Dana\n\n\
        #### S004 — The warehouse scanner rollout\n\
        - Deploy for: \"Deliver Results\" LP\n\n\
        **Situation**\nScanners failed at two sites a week before peak.\n\n\
        **Action**\nI flew to the first site, swapped the firmware and wrote the steps for the second.\n\n\
        **Result**\nBoth sites scanned through peak without a stop.\n\n\
        ## Active Strategy\n\
        - Bottleneck: depth — confirmed by the last loop's feedback.\n\
        - Rationale: He finished a full loop and nearly passed. Every story now has a \"What I Actually Built\" part.\n\
        - Next: practice out loud; he's quick once the stories are set.\n\n\
        ## Notes\n\
        - 2026-03-02: Finished the loop. Rejected on the technical bar only.\n\
        - 2026-03-02: He's been in the right rooms; he's not filtered at the screen.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["S004 — The warehouse scanner rollout"],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn a_plain_answer_bank_keeps_its_projects_and_sets_aside_surveys_of_experience() {
    let set = principles::builtin();
    // Our own words: a plain-text answer bank a helper wrote for the reader, opened by
    // a line on what it holds; answers about the person; two projects counted under
    // one question; and answers that go over the person's work a place at a time.
    let notes = "Below are screen answers tailored to your resume. Their themes read as: \
        care for users, moving fast but safely, and engineering across teams.\n\n\
        1) Tell me about yourself\n\n\
        “I study robotics at Delft. Right now I'm at Fokker testing flight software, \
        at the student team I work on mapping, and at Philips I automated a test bench.”\n\n\
        2) Can you walk me through one or two projects on your resume?\n\
        Project 1: Faster map updates\n\n\
        “One project I'd pick is the map updater. It took four seconds a frame. \
        I moved the merge onto the GPU. That cut it to forty milliseconds.”\n\n\
        Project 2: The test bench\n\n\
        “Another is at Philips, where I built a bench that flashed and tested twenty boards \
        at once. I wrote the runner and the report. Testing a batch went from a day to an hour.”\n\n\
        3) What was your specific contribution on those projects?\n\n\
        “I keep scope clear. On the mapping project, I wrote the merge step. \
        On the bench project, I wrote the runner. On the flight project, I wrote the checks.”\n\n\
        4) Have you worked more on simulation or on hardware?\n\n\
        “I've worked most in simulation. At the student team, most of it is simulated. \
        At Philips, the work was on real boards. So I'd say simulation is the larger share.”\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Faster map updates", "The test bench"],
        "{:#?}",
        read.drafts
    );
    // The question over both projects is asked of each.
    for draft in &read.drafts {
        assert!(
            draft
                .story
                .questions
                .iter()
                .any(|q| q.contains("one or two projects")),
            "{draft:#?}"
        );
    }
    // The opening line is no principle's description: nothing is linked by it.
    assert_no_opening_description(&read);
}

#[test]
fn a_guides_counted_examples_beside_a_bad_answer_are_its_samples() {
    let set = principles::builtin();
    // Our own words: a guide that explains the four parts, then two counted examples,
    // one set beside a bad answer, each part quoted in bold parentheses.
    let notes = "# Answering with STAR\n\n\
        Many new engineers lose the behavioural round, not the coding one.\n\n\
        ## What is STAR?\n\
        - **S - Situation:** Set the scene.\n\
        - **A - Action:** Say what **you** did. (Say \"I\", not \"we\".)\n\
        - **R - Result:** Say what came of it, in numbers if you can.\n\n\
        ## 🎤 Example 1: A missed launch\n\
        **Question:**\nTell me about a time a project slipped.\n\n\
        **Bad Answer:** \"We ran late and it was nobody's fault.\"\n\n\
        **STAR Answer:**\n\
        - **(Situation):** \"At my last job I owned the pricing page.\"\n\
        - **(Action):** \"I cut two features and told the sales team the new date.\"\n\
        - **(Result):** \"We shipped a week late and conversion rose by 8%.\"\n\n\
        ## 🎤 Example 2: Explaining a model\n\
        **STAR Answer:**\n\
        - **(Situation):** \"Marketing could not read our churn model.\"\n\
        - **(Action):** \"I turned its weights into three plain rules on one page.\"\n\
        - **(Result):** \"They moved their budget the same week.\"\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_word_set_apart_in_lower_case_names_no_principle() {
    let set = principles::builtin();
    // Our own words: a story with no principle named, one everyday word in quotation
    // marks ("right"), as a writer sets a word apart.
    let notes = "**Tell me about a disagreement with a teammate.**\n\n\
        **Situation:** A teammate and I wanted different layouts for the same report.\n\n\
        **Task:** We had to ship one of them by Friday.\n\n\
        **Action:** I mocked up both and we showed them to the two people who read the report daily. \
        It was not about who was “right” but about what they needed.\n\n\
        **Result:** They chose the shorter one and my teammate built its charts.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let draft = &read.drafts[0];
    assert!(
        !draft
            .story
            .principles
            .iter()
            .any(|p| p == "are-right-a-lot"),
        "{draft:#?}"
    );
    // Its principle is a guess, and the report says so.
    assert!(
        read.warnings
            .iter()
            .any(|w| w.contains("names no principle")),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_weakness_told_in_a_storys_labels_is_no_story() {
    let set = principles::builtin();
    // Our own words: a story under a question about a mistake, then the writer's habit
    // told in STAR's labels under a question about their weakness.
    // Its opening note on what the stories are is no principle's description.
    let notes = "> These stories are drawn from real work and class projects.\n\
        > They are revised before every interview.\n\n# Interview prep\n\n\
        ## The four parts\n\n\
        - **Situation:** What was going on?\n\
        - **Task:** What was yours to do?\n\
        - **Action:** What did YOU do? (Not \"we\")\n\
        - **Result:** How did it end?\n\n\
        ## Questions I expect\n\n\
        ### The \"Mistake\" Question\n**Tell me about a time you made a mistake.**\n\n\
        - **Situation:** In March I took on six reviews in the week of our launch.\n\
        - **Task:** I still owned the launch checklist.\n\
        - **Action:** I missed a step on the checklist, caught it the next day and rolled back.\n\
        - **Result:** The launch slipped a day; I started a review rota after that.\n\n\
        ### The \"Weakness\" Question\n**What is your biggest weakness?**\n\n\
        - **Situation:** I sometimes say yes to too many reviews, which can slow my own work.\n\
        - **Task:** I needed to keep my own work moving.\n\
        - **Action:** I set two mornings a week aside and arranged a review rota with my team.\n\
        - **Result:** This kept my own work moving while the reviews still got done.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Situation)
            .contains("In March")
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("a quality of yours")
                && s.text.contains("too many reviews")),
        "{:#?}",
        read.skipped
    );
    assert_no_opening_description(&read);
}

#[test]
fn a_heading_over_questions_as_items_is_their_theme_not_the_first_storys_name() {
    let set = principles::builtin();
    // Our own words: a heading over questions written as items, each over its answer
    // in `- S:` items; the heading names what they are about, no story.
    let notes = "## Work\n\n\
        * What problem did you solve recently?\n\n\
        - S: Our nightly report failed whenever the export ran long.\n\
        - A: I split the export into three jobs and added a retry.\n\
        - R: The report has not failed since.\n\n\
        * Describe a project that went badly\n\n\
        - S: We merged two booking systems with nobody owning the whole.\n\
        - A: I mapped who called whom and took it to each team lead.\n\
        - R: The merge stopped; I learned to ask for the full picture first.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{:#?}", read.drafts);
    assert!(!titles.contains(&"Work"), "{titles:?}");
    assert!(
        read.ignored.iter().any(|s| s.text.contains("## Work")),
        "{:#?}",
        read.ignored
    );
}

/// That no paragraph of the notes was read as a principle's description that every
/// story under a heading naming no principle is linked to.
fn assert_no_opening_description(read: &ImportPlan) {
    assert!(
        !(read.warnings.iter()).any(|w| w.contains("open with a description")),
        "{:?}",
        read.warnings
    );
}

#[test]
fn a_survey_of_places_is_read_whatever_marks_open_its_sentences() {
    // Three places a sentence each, the first after a word of when.
    assert!(surveys_places(
        "Earlier, at Acme I ran the tests. At Beta I wrote the runner. On the bench project, I built the rig."
    ));
    // A pictograph before the word of when is no reason to stop reading (it once cut
    // the sentence inside the pictograph's bytes).
    assert!(surveys_places(
        "🎯now, at Acme I did the tests. At Beta I did the runner. At Core I did the rig."
    ));
    assert!(!surveys_places(
        "At Acme I ran the tests and wrote the runner."
    ));
}

/// Two answers pasted one after the other, each followed by the exchange that rehearses
/// it, the second answer's first line right under the first exchange's last.
const REHEARSED: &str = "At the depot, I noticed that our night shift lost a third of its scans because the handhelds dropped off the network. I mapped the dead spots with a laptop over two nights, moved three access points and wrote a check that flags a handheld that stays offline. Lost scans fell from one in three to one in fifty within the month.\n\n\
    **Scenario with a Team Lead:**\n\n\
    **Team Lead**: \"How did you find the dead spots?\"\n\n\
    **You**: \"Like a plumber with a dye test, I followed where the signal leaked.\"\n\
    When our supplier changed its invoice format without notice, I was the one who owned the import. I wrote a parser for the new layout that same evening, ran both formats side by side for a week and told finance which invoices to check by hand. No payment went out late that quarter.\n\n\
    **Scenario with Finance:**\n\n\
    **Finance**: \"Will this happen again?\"\n\n\
    **You**: \"It may, so the check now runs on every file, like a smoke alarm.\"\n";

#[test]
fn an_exchange_after_an_answer_is_its_rehearsal_and_ends_it() {
    let set = principles::builtin();
    let read = plan(REHEARSED, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let (first, second) = (&read.drafts[0], &read.drafts[1]);
    // The exchange is the answer's: its question asks for it, its lines are in its notes.
    assert_eq!(first.story.questions, ["How did you find the dead spots?"]);
    assert!(
        first.story.notes.contains("plumber with a dye test"),
        "{first:#?}"
    );
    assert_eq!(first.lines, (1, 7));
    // The next answer starts on the line under the exchange: titled by its own words.
    assert!(
        second.story.title.starts_with("When our supplier changed"),
        "{second:#?}"
    );
    assert_eq!(second.lines.0, 8);
    assert!(!second.story.notes.contains("plumber"), "{second:#?}");
    assert_eq!(second.story.questions, ["Will this happen again?"]);
    assert!(second.story.notes.contains("smoke alarm"), "{second:#?}");
}

#[test]
fn a_lone_speaker_over_a_story_is_still_its_question() {
    let set = principles::builtin();
    // No reply of the writer's: a cue, not an exchange; the story under it answers it.
    let notes = "## The rota\n\n**Cue:** \"Tell me about a time you fixed a broken process.\"\n\n\
        **Situation:** Our on-call rota changed daily and incidents were handed over half solved.\n\n\
        **Action:** I proposed a weekly rota with one owner and ran it for a quarter.\n\n\
        **Result:** Incidents closed a day sooner on average.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about a time you fixed a broken process."]
    );
}

#[test]
fn a_guess_for_a_story_cites_the_storys_own_line() {
    let set = principles::builtin();
    // Two answers with no heading and no principle named, the second nearest the
    // principle the whole notes are: each draft's guess is said at the line its story
    // starts, not at the notes' first line.
    let notes = "At the start-up, I was asked to cut our cloud bill before the next funding round. I cancelled four unused software licences, moved our builds to a cheaper runner, sold the spare laptops switched the test databases off at night, and asked each team to review the services it no longer used. Our monthly bill fell by a third, and we kept the budget for hiring two engineers that spring. This experience taught me to look at what we pay for before asking for more.\n\n\
        At the warehouse, nobody owned the broken label printer, and every shift lost an hour to it. I took it on though it was not my job, found that the driver was years out of date, installed the new one on every station, and wrote a page on how to fix it. I owned the printers from then on, and no shift lost time to them again that year.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    for draft in &read.drafts {
        let title = draft.story.title.trim();
        for warning in read
            .warnings
            .iter()
            .filter(|w| w.contains(&format!("'{title}'")))
        {
            assert!(
                warning.starts_with(&format!("line {}:", draft.lines.0)),
                "{warning} for the draft at {:?}",
                draft.lines
            );
        }
    }
}

#[test]
fn a_thing_youre_proud_of_is_asked_for_not_an_objection() {
    assert!(!about_the_person("What's a project you're proud of?"));
    assert!(!about_the_person("What is the launch you are proudest of?"));
    // What the person will do or is, put to them, still is.
    assert!(about_the_person("How do we know you'll adapt?"));
    assert!(about_the_person("Why should we believe you're worth that?"));
}

#[test]
fn another_instance_told_after_a_story_is_the_next_story() {
    let set = principles::builtin();
    let notes = "## Working with product\n\n\
        During the billing rewrite, I worked closely with our product owner to rank the services by how much revenue each carried. I shared the risks of each migration every week, and we moved the three busiest first without missing the date.\n\n\
        In another instance, the product owner asked for a report in a layout that would have taken me a month to build. I showed her two layouts our library already drew, we agreed on one of them, and I shipped it in four days.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(
        read.drafts[1]
            .story
            .notes
            .starts_with("In another instance")
    );
    // Told for the same question as the story before it: the two are apart.
    assert!(read.drafts[1].another);
}

#[test]
fn a_case_file_labels_its_role_and_the_actions_taken() {
    let set = principles::builtin();
    let notes = "# Payroll export rewrite\n\n## Context\nThe payroll export ran for six hours every month end.\n\n\
        ## Your Role\nBackend developer on the payments team, owning the export.\n\n\
        ## Actions Taken\n- Split the export by region\n- Streamed rows instead of loading them\n\n\
        ## Results\n- The export runs in forty minutes\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Task).contains("owning the export"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Action).contains("Streamed rows"),
        "{story:#?}"
    );
    assert!(
        !story.part(Part::Situation).contains("Your Role"),
        "{story:#?}"
    );
}

#[test]
fn a_question_for_the_interviewer_asks_for_no_story() {
    assert!(for_the_interviewer(
        "Can you share more about the team's roadmap for next year?"
    ));
    assert!(for_the_interviewer(
        "What do you enjoy most about working here?"
    ));
    assert!(!for_the_interviewer(
        "Can you share more about a time you failed?"
    ));
    assert!(!for_the_interviewer(
        "Tell me about your role in the project."
    ));
    let set = principles::builtin();
    // Pasted over the next story, it is none of that story's questions.
    let notes = "## Answers\n\nCan you share more about the team's roadmap for next year?\n\
        At the clinic, I took over the booking system when its only developer left. I read every support ticket from the year before, fixed the double bookings first and wrote down how the nightly sync worked. The double bookings stopped within a week.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(story.questions.is_empty(), "{story:#?}");
    assert!(story.notes.contains("roadmap for next year?"), "{story:#?}");
}

#[test]
fn a_new_scene_after_a_lesson_is_the_next_answer() {
    let set = principles::builtin();
    let first = "At the bakery chain, I was leading the move of our ordering system to a queue of our own. It had worked for small batches before, but as the shops grew the nightly run took all night and orders reached the ovens late. I measured each step, found the database writes were the slow part, and moved them to batches of a thousand.\n\n\
        The run now ends before midnight and no order has been late since. This experience taught me to measure before I choose a tool.\n\n";
    let second = "At the bakery chain, I saw that our drivers got their routes on paper each morning, and half of them waited for the printer before they could leave. The routes changed during the day, and nobody told the drivers until they rang the office.\n\n\
        I proposed sending each route to the drivers' phones, wrote the small service that did it over a weekend, and trained the morning shift to use it. Drivers left twenty minutes earlier, and the office stopped taking calls about routes.\n";
    let read = plan(&format!("## Answers\n\n{first}{second}"), &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(
        read.drafts[1]
            .story
            .notes
            .starts_with("At the bakery chain, I saw")
    );
    // A lesson in the middle of one story, the next paragraph going on with it: one.
    let one = "## Answers\n\nAt the bakery chain, I was leading the move of our ordering system to a queue of our own. It had worked for small batches before, but as the shops grew the nightly run took all night and orders reached the ovens late. I measured each step and found the database writes were the slow part. This taught me to measure before I choose a tool.\n\n\
        So I moved the writes to batches of a thousand, and the run now ends before midnight; no order has been late since, and the bakers start on time.\n";
    assert_eq!(plan(one, &set).drafts.len(), 1);
}

#[test]
fn a_follow_up_in_an_exchange_says_nothing_of_whether_the_answer_is_a_story() {
    let set = principles::builtin();
    // "Why did the bill matter so much?" asks after the answer about something in it;
    // the answer before it is still a story.
    let notes = "To save money at the start-up, I cancelled four unused software licences, moved our builds to a cheaper runner and sold the spare laptops. Our monthly bill fell by a third and we kept the budget for hiring two engineers that spring.\n\n\
        **Manager**: \"Why did the bill matter so much?\"\n\n\
        **You**: \"Like a household budget, every licence we did not use was money not spent on people.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Why did the bill matter so much?"]
    );
}

#[test]
fn an_answer_that_opens_on_the_writers_strengths_is_no_story() {
    let set = principles::builtin();
    let notes = "My team would likely point to my strengths in testing and in keeping releases calm. When we moved the billing service, I added checks to the nightly build, and production bugs fell by a third; later I moved the release steps into one script that anyone on the team could run.\n\n\
        **Manager**: \"What strengths do you bring to the team?\"\n\n\
        **You**: \"Like a toolbox, I bring the right tool for the job.\"\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("point to my strengths")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_quoted_question_wrapped_by_hand_is_one_question() {
    let set = principles::builtin();
    // The question's quotation closes on the line under it: one question, and the
    // story under the heading is the one it asks for.
    let notes = "## Story 1 — Under pressure\nQ: \"Tell me about a time you fixed a \n    problem nobody else would touch\"\n\n\
        S: Our nightly export failed every Friday,\n   and the team had learned to rerun it by hand.\n\n\
        T: I wanted the Friday run to finish on its own.\n\n\
        A: I found the lock the two jobs fought over\n   and moved one job an hour later.\n\n\
        R: The export has not failed on a Friday since.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.questions,
        ["Tell me about a time you fixed a problem nobody else would touch"]
    );
    assert!(
        story.part(Part::Situation).contains("nightly export"),
        "{story:#?}"
    );
    assert!(!story.notes.contains("nobody else"), "{story:#?}");
}

#[test]
fn a_name_with_a_long_remark_over_labelled_parts_names_its_story() {
    let set = principles::builtin();
    // The remark in parentheses is no part of the name's length.
    let notes = "## Internship\n\nOverall (the pull as a whole)\n\n\
        - Situation: Our team pulled the vendor's prices every night into a table of our own.\n\
        - Task: I was the intern asked to build the pull.\n\
        - Action: I wrote the pull, its schedule and a check on the row counts.\n\
        - Result: The prices arrived by six every morning.\n\n\
        Retries (the vendor's API failed at random, so every nightly pull needed a way to try again)\n\n\
        - Situation: The vendor's API dropped one call in twenty during our nightly pull.\n\
        - Task: I owned the pull and had to make it finish every night.\n\
        - Action: I wrapped each call in a retry with a growing wait and logged every retry.\n\
        - Result: The pull finished every night for the rest of my internship.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(
        read.drafts[1].story.title.starts_with("Retries"),
        "{:?}",
        read.drafts[1].story.title
    );
}

/// That the rota story of the label tests below was read into its four parts.
fn assert_rota_parts(story: &crate::model::Story) {
    for (part, words) in [
        (Part::Situation, "changed daily"),
        (Part::Task, "own an incident"),
        (Part::Action, "weekly rota"),
        (Part::Result, "a day sooner"),
    ] {
        assert!(story.part(part).contains(words), "{part:?}: {story:#?}");
    }
}

#[test]
fn a_letter_with_its_word_in_bold_alone_on_its_line_labels_the_text_under_it() {
    let set = principles::builtin();
    let notes = "## Ownership\n\n### The rota\n\n**S (Situation)**\n\n> Our rota changed daily and incidents were handed over half solved.\n\n\
        **T (Task)**\n\n> I had to make one person own an incident to the end.\n\n\
        **A (Action)**\n\n> I proposed a weekly rota with one owner.\n\n\
        **R (Result)**\n\n> Incidents closed a day sooner.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_rota_parts(story);
}

#[test]
fn a_question_heading_over_a_counted_story_at_its_level_asks_for_it() {
    let set = principles::builtin();
    let notes = "## Answers\n\n### 4) “Tell me about a time you fixed a broken process.”\n\n\
        ### STAR Story #1 — The weekly rota\n\n\
        **S (Situation)**\n\nOur rota changed daily and incidents were handed over half solved.\n\n\
        **A (Action)**\n\nI proposed a weekly rota with one owner and ran it for a quarter.\n\n\
        **R (Result)**\n\nIncidents closed a day sooner.\n\n\
        ### 5) “Why do you want this role?”\n\nI like the team.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The weekly rota");
    assert_eq!(
        story.questions,
        ["Tell me about a time you fixed a broken process."]
    );
    // The story's count with a sign, `#3`, names nothing when no dash or colon follows.
    assert_eq!(
        story_heading("Onboarding story #3 maybe:"),
        "Onboarding story #3 maybe:"
    );
}

#[test]
fn a_bold_letter_alone_on_its_line_labels_the_lines_under_it() {
    let set = principles::builtin();
    let notes = "## Ownership\n\n### The rota\n\n**S**\nOur rota changed daily and incidents were handed over half solved.\n\n\
        **T**\nI had to make one person own an incident to the end.\n\n\
        **A**\nI proposed a weekly rota with one owner.\n\n\
        **R**\nIncidents closed a day sooner.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_rota_parts(story);
    assert!(!story.notes.contains("**S**"), "{story:#?}");
}

#[test]
fn an_anchor_after_a_question_heading_is_kept_with_the_structure() {
    let set = principles::builtin();
    let notes = "# Answers\n\n### What was your hardest bug? <a name=\"bug\"></a>\n\n\
        #### Situation\nOur export crashed when more than a thousand users were online.\n\
        #### Action\nI load-tested it, found the leak and rewrote the cache.\n\
        #### Result\nIt has not crashed since.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        ["What was your hardest bug?"]
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text == "<a name=\"bug\"></a>" && s.lines == (3, 3)),
        "{:#?}",
        read.ignored
    );
}

/// Stories under headings of one level, one of them told in a reminder's few words,
/// then more named a line each under a heading over other cases.
const SIBLINGS: &str = "# Behavioural\n\n### Night export\n\n#### Situation\nThe nightly export failed every Friday.\n\n\
    #### Action\nI found the lock the two jobs fought over and moved one job an hour later.\n\n\
    #### Result\nThe export has not failed on a Friday since.\n\n\
    ### Leading the data-leak incident\n\n- scale\n- fixes across teams afterwards\n    - a response runbook\n    - a leak monitor\n\n\
    ### Vendor handover\n\n#### Situation\nOur vendor had no incident process at all.\n\n\
    #### Action\nI led their first incidents myself and wrote the runbook with them.\n\n\
    #### Result\nThey met the response times every month after.\n\n\
    ### Other cases\n1. a shared build cache before the vendor offered one\n2. Rota - helped the team settle on a weekly owner\n";

#[test]
fn a_reminder_under_a_heading_beside_stories_is_a_story() {
    let set = principles::builtin();
    let read = plan(SIBLINGS, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert!(
        titles.contains(&"Leading the data-leak incident"),
        "{titles:?} {:#?}",
        read.skipped
    );
    // Tips under a heading beside them are no story.
    let tips = SIBLINGS.replace("### Leading the data-leak incident", "### Tips");
    let read = plan(&tips, &set);
    assert!(
        !read.drafts.iter().any(|d| d.story.title == "Tips"),
        "{:#?}",
        read.drafts
    );
    // A list under another heading higher up is no sibling of the stories.
    let apart = SIBLINGS.replace(
        "### Leading the data-leak",
        "## Plan\n\n### Leading the data-leak",
    );
    let read = plan(&apart, &set);
    assert!(
        !read
            .drafts
            .iter()
            .any(|d| d.story.title.starts_with("Leading the data-leak")),
        "{:#?}",
        read.drafts
    );
}

#[test]
fn other_cases_after_stories_are_a_story_a_line() {
    let set = principles::builtin();
    let read = plan(SIBLINGS, &set);
    let texts: Vec<String> = read.drafts.iter().map(|d| d.all_text()).collect();
    assert!(
        texts.iter().any(|t| t.contains("shared build cache")),
        "{:#?}",
        read.drafts
    );
    assert!(
        texts.iter().any(|t| t.contains("weekly owner")),
        "{:#?}",
        read.drafts
    );
}

#[test]
fn questions_a_story_serves_are_read_under_a_german_label() {
    let set = principles::builtin();
    let notes = "## Geschichten\n\n### Story 1: Der nächtliche Export\n\n**Situation:**\n> Der Export brach jeden Freitag ab.\n\n\
        **Action:**\n> Ich habe die Sperre gefunden und einen Job verschoben.\n\n\
        **Result:**\n> Seitdem läuft der Export.\n\n\
        **Verwendbar für Fragen wie:**\n- \"Erzählen Sie von einer technischen Herausforderung\"\n- \"Wie gehen Sie mit Zeitdruck um?\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        [
            "Erzählen Sie von einer technischen Herausforderung",
            "Wie gehen Sie mit Zeitdruck um?"
        ]
    );
}

/// A project's README in our own words, in Spanish: how to run it, its conventions, a
/// story for interviews told in labelled parts, and a pointer to the fix's write-up.
const PROJECT_README_ES: &str = "# Migración de un almacén\n\n\
    ## Cómo correrlo\n\n```bash\ndocker compose up -d\n```\n\n\
    ## Convenciones\n\n\
    - Nombres de recursos: `<tipo>-<proyecto>`, ej. `rg-almacen-dev`\n\
    - Claves: nunca en el código, siempre en `.env` (gitignored)\n\
    - Tablas en `snake_case`, nombres en inglés\n\
    - Pipelines: `pl_<origen>_to_<destino>`, Linked Services `ls_<sistema>`\n\n\
    ## Caso para entrevista\n\n\
    **Situación:** El equipo cargaba los pedidos a mano cada lunes y perdía filas.\n\n\
    **Tarea:** Me tocó automatizar la carga sin parar la operación.\n\n\
    **Acción:** Construí un pipeline con reintentos y resolví un error del runtime con Java.\n\n\
    **Resultado:** La carga corre sola desde hace seis meses sin filas perdidas.\n\n\
    ## Problemas conocidos\n\n\
    Ver [docs/errores.md](docs/errores.md) para el detalle del error del runtime con Java y el pipeline con reintentos.\n";

#[test]
fn a_storys_parts_are_labelled_in_spanish_portuguese_french_and_german() {
    let set = principles::builtin();
    let read = plan(PROJECT_README_ES, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Situation).starts_with("El equipo cargaba"),
        "{story:#?}"
    );
    assert!(story.part(Part::Task).starts_with("Me tocó"), "{story:#?}");
    assert!(
        story.part(Part::Action).starts_with("Construí"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Result).starts_with("La carga corre"),
        "{story:#?}"
    );
    for (label, part) in [
        ("Situação", Part::Situation),
        ("Tarefa", Part::Task),
        ("Ação", Part::Action),
        ("Resultados", Part::Result),
        ("Tâche", Part::Task),
        ("Résultat", Part::Result),
        ("Aufgabe", Part::Task),
        ("Ergebnis", Part::Result),
    ] {
        assert!(
            matches!(split_label(&format!("**{label}:** texto")), Some((Label::Part(p), _)) if p == part),
            "{label}"
        );
    }
}

#[test]
fn a_list_of_conventions_whose_words_in_the_past_come_late_is_no_story() {
    let set = principles::builtin();
    // The conventions in PROJECT_README_ES drafted nothing: "gitignored" and "Linked"
    // are words in the past, but none opens what an item tells.
    let read = plan(PROJECT_README_ES, &set);
    assert!(
        read.drafts
            .iter()
            .all(|d| !d.story.title.contains("Convenciones")),
        "{:#?}",
        read.drafts
    );
    assert!(!fragments_told(
        "- `search.py` → `fuzzy` (ratio) + curated synonym map\n- Catches synonyms: NodeJS, Node.js\n\
         - Results shown in the page and fed to the checker\n- Zero cost (pure code) — no model library needed\n"
    ));
    // Fragments of a story keep their verbs near the front.
    assert!(fragments_told(
        "- Two reports disagreed on revenue\n- Traced both queries\n- Finance signed off\n"
    ));
}

#[test]
fn a_pointer_to_another_document_retells_no_story() {
    let set = principles::builtin();
    // The last section of PROJECT_README_ES repeats the story's words in a sentence
    // that sends the reader to a write-up: skipped, not a second telling.
    let read = plan(PROJECT_README_ES, &set);
    assert!(
        read.drafts
            .iter()
            .all(|d| !d.story.title.contains("Problemas")),
        "{:#?}",
        read.drafts
    );
    assert!(points_elsewhere(
        "See [docs/errors.md](docs/errors.md) for the runtime error and its fix."
    ));
    assert!(!points_elsewhere("See above."));
}

#[test]
fn a_star_story_kept_for_interviews_is_the_writers_story() {
    let set = principles::builtin();
    // Our own words: a project's roadmap that speaks to its reader, a résumé line, and
    // the story for interviews told in one quoted paragraph; then the steps still to
    // take, after it.
    let notes = "# Shelf Scanner — what next\n\n\
        Everything you can add to make this project stronger.\n\n\
        ## Phase 1\n\n- Batch mode for many shelves\n- A report you can download\n\n\
        ### STAR story for interviews\n\n\
        > \"Shops counted stock by hand every night. I built an app that reads a shelf from one \
        photo, trained the model on our own pictures, and shipped it to three shops, where counting \
        now takes ten minutes.\"\n\n\
        ### Next steps\n\n1. Apply to the retail teams\n2. Write the cover letter\n3. Prepare the demo\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("one photo"));
    assert!(super::walk::calls_itself_a_story(
        "The STAR Story for Interviews & Portfolio"
    ));
    // `STAR story` alone still names the method.
    assert!(!super::walk::calls_itself_a_story("STAR story"));
    // After a story told in parts, the steps still to take are no story of their own.
    let notes = "# Applying to the shelf team\n\n## Story for interviews\n\n\
        **Situation:** Shops counted stock by hand every night.\n\
        **Action:** I built an app that reads a shelf from one photo.\n\
        **Result:** Counting now takes ten minutes in three shops.\n\n\
        ## Next Steps\n\n1. Apply through the careers page\n2. Write the cover letter\n\
        3. Prepare the demo\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(plan_heading("Next Steps"));
    assert!(!plan_heading("Next.js migration"));
}

#[test]
fn a_heading_that_only_says_a_story_follows_leaves_the_title_to_the_story() {
    let set = principles::builtin();
    // Our own words: a lab's notes, then the story as it will be told, under a heading
    // that names the kind of text and its state.
    let notes = "# Lab notes\n\n## Setup\n\n```text\nmake run\n```\n\n\
        ## Interview story — working version\n\n\
        I rebuilt the nightly import so that a failed file no longer stopped the rest. \
        I split the batch per supplier, retried each twice, and sent the failures to a \
        queue the team reads each morning.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .title
            .starts_with("I rebuilt the nightly import"),
        "{:#?}",
        read.drafts[0].story
    );
    // Where the heading was the title, it is kept with the lines read as structure:
    // no word of it is lost.
    let notes = "# Notes\n\n## Interview Talking Points\n\n\
        ### Problem\n\"One failed file stopped the whole nightly import.\"\n\n\
        ### Solution\n\"Rebuilt the import to set a failed file aside and go on.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0].story.title.starts_with("One failed file"),
        "{:#?}",
        read.drafts[0].story
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.contains("Interview Talking Points")),
        "{:#?}",
        read.ignored
    );
    assert!(super::walk::kind_only_title("Interview story"));
    assert!(super::walk::kind_only_title("working version"));
    assert!(!super::walk::kind_only_title("The nightly import story"));
}

#[test]
fn a_storys_parts_run_on_in_one_paragraph_under_plain_labels_are_read_apart() {
    let set = principles::builtin();
    // Our own words: Problem, Solution, Built, Learned and Next written plain, one
    // after another in one paragraph.
    let notes = "# Shelf counter\n\n### Interview story\n\
        Problem: Shops counted stock by hand every night and got it wrong. Solution: an \
        app that reads a shelf from one photo. Built: a small model and a phone client. \
        Learned: the hard part was the lighting, not the model. Next: more shops.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Situation).starts_with("Shops counted"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Action).starts_with("an app that reads"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Learned).starts_with("the hard part"),
        "{story:#?}"
    );
    // The labels in Korean, in a list.
    for (label, part) in [
        ("문제", Part::Situation),
        ("해결", Part::Action),
        ("배운 점", Part::Learned),
    ] {
        assert!(
            matches!(split_label(&format!("**{label}**: 내용")), Some((Label::Part(p), _)) if p == part),
            "{label}"
        );
    }
}

/// Prepared answers in our own words, written to oneself as "you": questions as
/// headings over `**Your Answer:**` and the answer in quotation marks, advice between,
/// and a project's talking points with its story under a label of its own.
const YOUR_ANSWERS: &str = "# Talking points\n\n\
    Keep your answers short and make sure you say what you did, not what your team did.\n\n\
    ### \"Tell me about a time you failed\"\n\n\
    **Your Answer:**\n\n\
    \"When I first opened the booking page, I didn't think about forty parents booking at once. \
    The calendar double-booked two slots in the first hour.\n\n\
    I moved the bookings into a queue and wrote to the two families the same evening.\n\n\
    It taught me to test with a crowd, not 'does it work for one person.' Now I always ask: \
    what if everyone clicks at nine?\"\n\n\
    **Why this works:**\n- ✅ Owns the mistake\n\n\
    ### **Seat planner**\n\n\
    **Quick pitch:**\n\"A planner that seats a class so that friends are not side by side.\"\n\n\
    **Problem-solving story:**\n\
    \"The hard part was fairness. I added a rule that no one sits at the back twice in a row, \
    and the complaints stopped.\"\n";

#[test]
fn an_answer_quoted_under_your_answer_is_the_writers_story_in_notes_that_advise() {
    let set = principles::builtin();
    let read = plan(YOUR_ANSWERS, &set);
    let failed = read
        .drafts
        .iter()
        .find(|d| d.all_text().contains("double-booked"))
        .unwrap_or_else(|| panic!("{:#?} {:#?}", read.drafts, read.skipped));
    assert_eq!(failed.story.questions, ["Tell me about a time you failed"]);
    // The lesson that closes the answer on a question is the answer's, not a question
    // of the person's own.
    assert!(
        failed.all_text().contains("what if everyone clicks"),
        "{failed:#?}"
    );
    assert!(read.questions.is_empty(), "{:#?}", read.questions);
    assert!(super::walk::answer_label("**Your Answer (if asked):**"));
    assert!(tells_before_asking(
        "It taught me to test with a crowd, not 'does it work for one person.' Now I always ask: what if?"
    ));
}

#[test]
fn a_projects_story_under_its_own_label_is_that_projects_draft() {
    let set = principles::builtin();
    let read = plan(YOUR_ANSWERS, &set);
    let seats: Vec<&Draft> = read
        .drafts
        .iter()
        .filter(|d| d.all_text().contains("seats a class") || d.all_text().contains("fairness"))
        .collect();
    assert_eq!(seats.len(), 1, "{:#?}", read.drafts);
    assert_eq!(seats[0].story.title, "Seat planner");
    assert!(seats[0].all_text().contains("complaints stopped"));
}

#[test]
fn parts_run_on_under_plain_labels_may_open_on_any_letter() {
    let set = principles::builtin();
    // Our own words, in German: a word after a plain label opens on a letter two bytes
    // wide. Reading on from it once cut that letter in two.
    let notes = "## Ownership\n\n### Der Umzug\n\n\
        Problem: Ärger über Änderungen am Montag. Solution: Ölwechsel im Ablauf, ich \
        änderte die Reihenfolge. Learned: Übung hilft.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Situation).starts_with("Ärger"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Action).starts_with("Ölwechsel"),
        "{story:#?}"
    );
    assert!(story.part(Part::Learned).starts_with("Übung"), "{story:#?}");
}

#[test]
fn a_bold_label_naming_your_answer_is_no_prompt_among_bold_questions() {
    let set = principles::builtin();
    // Our own words: a question heading over `**Your Answer: NAME**` and the answer
    // quoted; further down, technical questions in bold, which make the notes' bold
    // lines read as prompts.
    let notes = "# Answers\n\nKeep your answers short and say what you did.\n\n\
        ### \"Walk me through your hardest project\"\n\n\
        **Your Answer: THE SEAT PLANNER (lead with this)**\n\n\
        \"I built a planner that seats a class so friends are not side by side. \
        I wrote the seating rule, tested it with two classes and shipped it in a week.\"\n\n\
        ## Technical\n\n\
        **Q: \"What is a closure?\"**\n\n\"A function that keeps the variables it was made with.\"\n\n\
        **Q: \"Why use a set?\"**\n\n\"Lookups in constant time.\"\n";
    let read = plan(notes, &set);
    let planner = read
        .drafts
        .iter()
        .find(|d| d.all_text().contains("seating rule"))
        .unwrap_or_else(|| panic!("{:#?}", read.drafts));
    assert_eq!(
        planner.story.questions,
        ["Walk me through your hardest project"],
        "{planner:#?}"
    );
}

#[test]
fn numbered_part_headings_with_a_remark_after_a_dash_start_their_parts() {
    let set = principles::builtin();
    // Our own words: a project's story told in sections numbered in order, each a
    // part's name in capitals and a remark after a dash, opened by the questions it
    // answers in italics and told in quotation marks, as said.
    let notes = "# The billing cutover\n\n\
        ## 1. SITUATION — What was breaking\n\n\
        *Use this when they ask: \"What problem were you solving?\"*\n\n\
        \"The payment processor we used announced it would close in six weeks. I was the \
        only engineer on billing, and I had shipped two features on it that spring.\"\n\n\
        ## 2. ACTION — What I did\n\n\
        *Use this when they ask: \"What did you do?\"*\n\n\
        \"I mapped every call to the old processor and wrote an adapter. I moved the \
        traffic over in three steps and watched the failed payments after each.\"\n\n\
        ## 3. RESULT — What changed\n\n\
        \"We cut over with no failed payment and two weeks to spare.\"\n";
    let read = plan(notes, &set);
    assert_eq!(
        read.drafts.len(),
        1,
        "{:#?}\n{:#?}",
        read.drafts,
        read.skipped
    );
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The billing cutover", "{story:#?}");
    assert!(
        story
            .part(Part::Situation)
            .contains("announced it would close"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Action).contains("wrote an adapter"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Result).contains("two weeks to spare"),
        "{story:#?}"
    );
    // The remark is the heading's, not the part's first words; the heading is kept
    // with the lines read as structure.
    assert!(
        !story.part(Part::Action).contains("What I did"),
        "{story:#?}"
    );
    assert!(
        read.ignored
            .iter()
            .any(|s| s.text.contains("2. ACTION — What I did")),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn under_a_section_that_names_a_question_asking_for_a_story_each_section_told_is_one() {
    let set = principles::builtin();
    assert!(super::rules::made_for_reader(
        "It is written in first person so you can say it as it stands."
    ));
    // Our own words: notes written to be said as they stand, a section of the
    // problems met, opened by the questions it answers, then reasons for choices, a
    // walk-through of the product and plans: only the problems are stories.
    let notes = "# Ferry booking: my interview notes\n\n\
        > Read this before every interview. It is written in first person so you can \
        say it as it stands, and you can jump to the part they ask about.\n\n\
        ## Challenges and how I solved them\n\n\
        *Use this when they ask: \"What problems did you run into?\"*\n\n\
        ### Challenge 1 — Holds that never expired\n\n\
        \"Seat holds piled up overnight and blocked real bookings. My first fix was a \
        nightly job, which missed the holds made while it ran. The fix was to give each \
        hold its own expiry and let the ledger drop it.\"\n\n\
        ### Challenge 2 — Two ports writing at once\n\n\
        \"Two ports synced the same cabin in the same second. Initially I used a lock \
        per cabin, but it timed out under load. I moved the writes into one queue per \
        sailing.\"\n\n\
        ## Why I chose these tools\n\n\
        *Use this when they ask: \"Why did you use a queue?\" or \"Why not a lock?\"*\n\n\
        ### A queue over locks\n\n\
        \"I needed each sailing's writes in order. I chose a queue because it gave me \
        that without a lock, and I had used one before.\"\n\n\
        ## Demo story\n\n\
        \"The user opens the booking page. They pick a sailing and a cabin, and the app \
        holds the seat for ten minutes while they pay.\"\n\n\
        ## Future improvements\n\n\
        *Use this when they ask: \"What would you add?\"*\n\n\
        \"If I had more time, I would add a waiting list. I started a design for it \
        and dropped it when the season began.\"\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}\n{:#?}", read.skipped);
    assert!(titles[0].contains("Holds that never expired"), "{titles:?}");
    assert!(
        titles[1].contains("Two ports writing at once"),
        "{titles:?}"
    );
}

#[test]
fn an_answer_to_how_a_thing_works_is_no_story_and_one_to_the_hardest_bug_is() {
    let set = principles::builtin();
    assert!(super::rules::asks_how_it_works(
        "How does the seat hold work?"
    ));
    assert!(!super::rules::asks_how_it_works(
        "How did you handle the outage?"
    ));
    assert!(super::rules::asks_for_story(
        "What was the hardest bug to fix?"
    ));
    assert!(super::rules::asks_for_story(
        "What was your biggest challenge?"
    ));
    assert!(!super::rules::asks_for_story(
        "What is the best way to learn Rust?"
    ));
    // Our own words: a project's talking points, each a bold question over a quoted
    // answer. The first explains how a thing works, though the writer built it; the
    // second tells one bug, "I" left out, most of it in the past.
    let notes = "# Ferry app\n\n## Setup\n\nRun `make`.\n\n## Interview Talking Points\n\n\
        **Q: How does the seat hold work?**\n\
        > Each hold gets an expiry time and the ledger drops it when the time passes. I \
        also added a sweep that runs each minute.\n\n\
        **Q: What was the hardest bug to fix?**\n\
        > The double-booked cabins. Two ports synced the same cabin in the same second, \
        and the second write won. It took a week of logs to see it.\n";
    let read = plan(notes, &set);
    assert_eq!(
        read.drafts.len(),
        1,
        "{:#?}\n{:#?}",
        read.drafts,
        read.skipped
    );
    let story = &read.drafts[0].story;
    assert!(
        read.drafts[0].all_text().contains("double-booked cabins"),
        "{story:#?}"
    );
    assert_eq!(
        story.questions,
        ["What was the hardest bug to fix?"],
        "{story:#?}"
    );
}

#[test]
fn a_quotation_under_a_heading_naming_the_interview_narrative_is_the_writers_own() {
    let set = principles::builtin();
    assert!(super::walk::kind_only_title("Interview Narrative"));
    // Our own words: a project's notes for a coding assistant, which speak to it as
    // "you", a usage example that is only a command, and the writer's narrative for
    // interviews in quotation marks.
    let notes = "# Ferry booking — project context\n\n\
        Read this before you change anything, and ask before you add a dependency: you \
        will find the rules below.\n\n\
        ## Usage\n\n\
        ### Example: holding a seat\n\n\
        ```bash\ncurl -X POST localhost:8080/holds -d '{\"cabin\": 12}'\n```\n\n\
        ## Interview Narrative\n\n\
        \"During my first season at the ferry company I was fixing double bookings by \
        hand every morning. I built this service to hold seats with an expiry, and I \
        then moved every port onto it before the summer timetable.\"\n";
    let read = plan(notes, &set);
    assert_eq!(
        read.drafts.len(),
        1,
        "{:#?}\n{:#?}",
        read.drafts,
        read.skipped
    );
    let story = &read.drafts[0].story;
    assert!(
        story.title.starts_with("During my first season"),
        "{story:#?}"
    );
    // A README's example named as one, `### Example: …`, over nothing but a command
    // and its output: code, no story.
    let notes = "# Ferry booking API\n\nA service that holds seats.\n\n\
        ## API walkthrough\n\n```\nPOST /holds  { cabin }  -> Hold\n```\n\n\
        ### Example: holding a seat for ten minutes\n\n\
        ```bash\ncurl -X POST localhost:8080/holds -d '{\"cabin\": 12}'\n```\n\n\
        ```json\n{ \"hold\": 7, \"expires\": \"10:42\" }\n```\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_title_cut_from_a_quotation_loses_its_lone_opening_mark() {
    assert_eq!(
        short_title(
            "\"In my research on ferries, I built a seat ledger that every port now uses for its bookings.\""
        ),
        "In my research on ferries"
    );
    // A quotation whole in the title keeps its marks.
    assert_eq!(short_title("\"Ship it\" week"), "\"Ship it\" week");
}

#[test]
fn a_japanese_guides_sample_answers_are_no_stories() {
    let set = principles::builtin();
    // "Please practise" and "we wish you success": said to the reader.
    assert_eq!(
        persons("計画的に練習してください。あなたの成功を祈っています。").1,
        2
    );
    // Our own words, in Japanese: a guide's common question, a sample answer (回答例)
    // in its parts' labels, and the guide's closing words to its reader.
    let notes = "## 行動面接\n\n### よくある質問と回答例\n\n\
        #### Q1: 「失敗した経験を教えてください」\n\n**回答例:**\n\n\
        **S（状況）:**\n「前の職場で、請求システムの移行を担当しました。」\n\n\
        **A（行動）:**\n「古い処理を一つずつ新しいサービスに移しました。」\n\n\
        **R（結果）:**\n「予定より三週間早く移行を終えました。」\n\n\
        準備がすべてです。計画的に練習してください。あなたの成功を祈っています！\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn what_the_writer_would_say_titles_nothing_and_a_list_of_skills_retells_nothing() {
    let set = principles::builtin();
    assert!(super::walk::kind_only_title("What I'd Say in an Interview"));
    assert!(inventory_heading("Technical Skills"));
    assert!(inventory_heading("Tech Stack"));
    assert!(!inventory_heading("Skills I lacked and learned"));
    // Our own words: a lab's notes, what the writer will say, then the tools used.
    let notes = "# Seat holds lab\n\n## What I'd say in an interview\n\n\
        \"Our nightly cleanup job missed the seat holds made while it ran, and ferries \
        sailed half empty. I replaced the job with an expiry on each seat hold. I moved \
        every port onto it in a week, and the double bookings stopped.\"\n\n\
        ## Tech Stack\n\n- Seat holds with an expiry\n- Nightly cleanup jobs\n\
        - Double bookings and ports\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .title
            .starts_with("Our nightly cleanup job"),
        "{:#?}",
        read.drafts[0].story
    );
}

#[test]
fn challenges_counted_one_by_one_are_several_stories_not_one_storys_aspects() {
    let set = principles::builtin();
    assert!(story_aspect("The challenge"));
    assert!(!story_aspect("Challenge 2 — the cache"));
    // Our own words: notes of a project's problems, each counted under the section
    // that says which questions they answer.
    let notes = "# Queue notes\n\n\
        > Read this before every interview. It is written in first person so you can \
        say it as it stands.\n\n\
        ## Challenges and how I solved them\n\n\
        *Use this when they ask: \"What problems did you run into?\"*\n\n\
        ### Challenge 1 — the queue\n\n\
        \"The queue stalled every night. My first fix was a retry, which missed the jobs \
        made while it ran. I moved the job to the morning, and the stalls stopped.\"\n\n\
        ### Challenge 2 — the cache\n\n\
        \"The cache grew without bound. Initially I used a timer, but it fired late under \
        load. I moved the eviction into the write path.\"\n\n\
        ## Why I chose these tools\n\nBecause they were there.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles[1].contains("the cache"), "{titles:?}");
}

#[test]
fn parts_under_their_own_headings_are_told_though_lessons_after_them_speak_to_you() {
    let set = principles::builtin();
    // Our own words: a bug's write-up, its parts under `###` headings and told without
    // "I", then lessons that speak to the reader.
    let notes = "# Bug: logins lost on restart\n\n**Date:** 2026-03-02\n\n## STAR Summary\n\n\
        ### Situation\n\nEvery restart logged the users out. The app signed its tokens \
        with a secret it made at start.\n\n\
        ### Task\n\nKeep a login alive across restarts.\n\n\
        ### Action\n\nTried a cookie first, which failed silently. Printed the secret's \
        first letters on start and saw them change. Loaded the secret from the file of \
        settings instead.\n\n\
        ### Result\n\nLogins now survive restarts.\n\n\
        ## Lessons\n\n**1. Check your secrets.** You should print what your app reads, \
        not what your shell has. Your shell and your app are not the same.\n\n\
        **2. Log your errors.** If you swallow an error, you will look in the wrong place.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Action).contains("Tried a cookie"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Result).contains("survive restarts"),
        "{story:#?}"
    );
}

#[test]
fn principles_in_a_headings_brackets_keep_the_order_they_are_written_in() {
    let set = principles::builtin();
    // Our own words: a question heading with the principles it shows in brackets, the
    // first the writer's first.
    let notes = "# Ferry app: interview guide\n\n## Behavioural questions\n\n\
        #### Q1: Tell me about a trade-off between speed and quality. (Bias for Action / \
        Are Right, A Lot)\n\
        > **STAR Story:**\n\
        > - **Situation:** The booking page had to answer in 50 ms, but the best seat plan \
        took seconds.\n\
        > - **Task:** Choose between an exact planner and a fast rule.\n\
        > - **Action:** I used the fast rule at checkout and the exact planner at night.\n\
        > - **Result:** Checkout stayed under 2 ms and the night plan saved 5% of fuel.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.principles,
        ["bias-for-action", "are-right-a-lot"],
        "{:#?}",
        read.drafts[0].story
    );
}

#[test]
fn a_remark_of_place_or_time_names_no_principle_and_stays_in_the_notes() {
    let set = principles::builtin();
    // "development" begins no principle's name here: `(in development)` says where the
    // project stands.
    assert_eq!(informal("in development", &set), Informal::None);
    assert_eq!(informal("at scale", &set), Informal::None);
    assert_eq!(
        informal("develop the best", &set),
        Informal::One("hire-and-develop-the-best".into())
    );
    // Our own words: a project under a principle, its heading with a remark of where
    // it stands.
    let notes = "## Ownership\n\n### The rota bot (in development)\n\n\
        I took over the rota bot nobody owned and I fixed the night pages it missed.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The rota bot");
    assert_eq!(story.principles, ["ownership"]);
    assert!(story.notes.contains("(in development)"), "{story:#?}");
}

#[test]
fn the_word_before_story_in_a_label_over_its_text_is_kept() {
    let set = principles::builtin();
    // Our own words: a label that says which kind of story follows on its line.
    let notes = "## Ownership\n\n### Why I moved on\n\n\
        **Exit story:** I ran a bakery for four years, then I taught myself to code and \
        I shipped the shop's ordering site.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(
        read.ignored.iter().any(|s| s.text == "Exit story"),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn a_heading_asking_for_the_persons_resume_asks_for_no_story() {
    assert!(about_the_person("Walk Me Through Your Resume"));
    assert!(about_the_person("Tell me about your background"));
    assert!(!about_the_person("The resume parser I rewrote"));
    assert!(!about_the_person(
        "Can you walk me through one or two projects on your resume?"
    ));
}

#[test]
fn tellings_for_two_audiences_under_a_storys_heading_are_one_story() {
    let set = principles::builtin();
    // Our own words: each story told for a phone screen, then again in STAR for a
    // technical round, both in labelled parts.
    let notes = "## Story 1: The rota bot\n\n### Screen version (plain, 60 s)\n\n\
        1. **Situation:** Night pages went to people who were off shift.\n\
        2. **Result:** Missed pages halved in a month.\n\n\
        ### Technical STAR (2 min)\n\n\
        **S** — The rota lived in a spreadsheet nobody kept current.\n\n\
        **A:** I wrote a bot that read the rota from the team calendar.\n\n\
        **R** — Missed pages fell from ten a month to five.\n\n\
        ## Story 2: The export job\n\n### Screen version (plain, 60 s)\n\n\
        1. **Situation:** Finance rebuilt an export by hand each month.\n\
        2. **Result:** It runs by itself now.\n\n\
        ### Technical STAR (2 min)\n\n\
        **S** — The export took finance two days.\n\n\
        **R** — Two days of work a month went to none.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The rota bot", "The export job"],
        "{:#?}",
        read.drafts
    );
    let first = &read.drafts[0].story;
    assert!(
        first.part(Part::Situation).contains("off shift"),
        "{first:#?}"
    );
    assert!(first.notes.contains("**S** — The rota lived"), "{first:#?}");
    assert!(read.duplicates.is_empty(), "{:?}", read.duplicates);
    // The same telling twice under one heading is still two stories.
    let notes = "## Ownership\n\n### Technical STAR\n\n- **Situation:** Our docs were stale.\n\
        - **Result:** People used them again.\n\n\
        ### Technical STAR\n\n- **Situation:** The build took an hour.\n\
        - **Result:** It took ten minutes.\n";
    assert_eq!(plan(notes, &set).drafts.len(), 2);
}

#[test]
fn a_story_said_to_be_the_same_as_one_by_its_number_is_reported_with_it() {
    let set = principles::builtin();
    // Our own words: the fourth story retells the first from another side, and says so
    // in its heading's remark.
    let notes = "## My stories\n\n### Story 1: The rota bot\n\n\
        **Situation:** Night pages went to people who were off shift.\n\n\
        **Action:** I wrote a bot that read the rota from the team calendar.\n\n\
        **Result:** Missed pages halved in a month.\n\n\
        ### Story 2: Persuading my lead (Same story as #1, persuasion angle)\n\n\
        - My lead doubted a bot would be trusted with pages.\n\
        - I showed her a week of pages it would have routed right.\n\
        - Result: she asked me to run it for every team.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(
        read.duplicates.iter().any(|d| d.drafts == (0, 1)),
        "{:?}",
        read.duplicates
    );
}

#[test]
fn two_drafts_named_alike_are_reported_as_one_story_told_twice() {
    let set = principles::builtin();
    // Our own words: one project, named the same under two principles, told in other
    // words each time.
    let notes = "## Customer Obsession\n\n### Project Tide\n\n\
        **Situation:** Support staff searched four tools to answer one ticket.\n\n\
        **Result:** Answers came in a minute instead of ten.\n\n\
        ## Think Big\n\n### Project Tide\n\n\
        **Situation:** I pitched one search over every tool the company had.\n\n\
        **Result:** Three departments adopted it within a year.\n\n\
        ### Weekly digest\n\n**Situation:** Nobody read the release notes.\n\n\
        **Result:** A digest mail was opened by most of the staff.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert_eq!(pairs, [(0, 1)]);
}

#[test]
fn answers_scripted_in_a_plan_made_for_one_named_person_are_theirs() {
    let set = principles::builtin();
    // Our own words: a plan written for one person, advising them, with answers in
    // quotation marks for them to say.
    let body = "## Your strengths\n\n- Six years of backend work\n\n\
        ## Daily routine\n\nPractice your stories out loud every morning, and time \
        yourself so you keep each one short. Record yourself and listen back.\n\n\
        ## Behavioural answers\n\n### Conflict\n\n\
        **Q: \"Tell me about a time you disagreed with your manager.\"**\n\n**STAR:**\n\
        - **S:** \"My manager wanted to buy a paging tool for the whole team\"\n\
        - **T:** \"I thought our own alerts could do the same for free\"\n\
        - **A:** \"I built a dashboard in a weekend and showed it to him\"\n\
        - **R:** \"He agreed to try it for a quarter and we kept it\"\n\n\
        ## Final notes\n\nGood luck, Ana!\n\n\
        You have six years of experience and a week to sharpen your answers. Follow this \
        plan every day, and you'll be ready for any interview.\n";
    let named = format!("# Interview plan\n## For Ana Lima\n\n{body}");
    let read = plan(&named, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Action)
            .contains("dashboard")
    );
    // Without the name of the one it was made for, the same page is a guide's sample.
    let read = plan(&format!("# Interview plan\n\n{body}"), &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_plans_day_for_practising_stories_and_a_section_of_pitches_make_no_draft() {
    assert!(!super::walk::calls_itself_a_story(
        "Week 3 Review & Story Practice"
    ));
    assert!(super::walk::calls_itself_a_story(
        "Interpersonal Conflict Story"
    ));
    assert!(pitches_heading("Project pitches (rehearse these verbatim)"));
    assert!(!pitches_heading("The pitch that lost the deal"));
    let set = principles::builtin();
    // Our own words: pitches of one project, the longer one telling what was done.
    let notes = "# Ferry app\n\n## Project pitches\n\n### Short version\n\n\
        > I'm building a booking app for a small ferry line.\n\n### Longer version\n\n\
        > Before the first release I ran the design past two captains and caught three \
        mistakes in the timetable model, and I rewrote it before any code existed.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn what_a_deed_lists_after_its_colon_is_no_command() {
    assert!(!plans_steps(
        // (Wrapped as a list item is, each line a clause.)
        "Wrote a guide for each tool with: (1) examples to copy, (2)\n  list with the \
         things to avoid, (3)\n  pointer to the plan as the one source."
    ));
    assert!(plans_steps(
        "Name the gap first. Pivot to the closest evidence. Close with the result."
    ));
}

#[test]
fn a_storys_name_in_bold_with_a_remark_after_it_keeps_no_bold_marks() {
    assert_eq!(
        short_title("VAD as a sidecar, not a transform** (PR #3 / the plan's rationale)."),
        "VAD as a sidecar, not a transform"
    );
    let set = principles::builtin();
    let notes = "## Behavioural stories\n\n### \"Tell me about a decision you made\"\n\n\
        **Story: Sync before async** (the plan's first rule).\n\n\
        - **Situation.** The context files said every call must be async.\n\
        - **Action.** I chose sync until a real need appeared.\n\
        - **Result.** The code stayed simple.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.title,
        "Sync before async (the plan's first rule)"
    );
}

#[test]
fn answers_under_questions_about_a_projects_data_or_method_are_no_story() {
    assert!(super::walk::technical_heading(
        "2. Questions about the dataset"
    ));
    assert!(super::walk::technical_heading("Questions on the method"));
    assert!(!super::walk::technical_heading("Questions about teamwork"));
    let set = principles::builtin();
    // Our own words: a study guide to one project, its answers in the first person.
    let notes = "# Ferry app: interview prep\n\n## 1. The pitch\n\n\
        \"I built a booking app for a ferry line and it sells most of their tickets now.\"\n\n\
        ## 2. Questions about the dataset\n\n**Q: Is this real data?**\n\
        No, I generated the bookings myself from a year of published timetables.\n\n\
        **Q: How did you make sure the generated data was realistic?**\n\
        Three things, concretely:\n\
        1. I drew each booking from a noisy function of the season, the weekday and the \
        weather, so the model recovered it at 85% and not 100%.\n\
        2. I derived each traveller's favourite route from the trips they took.\n\
        3. I gave travellers a hidden type, commuter or tourist, which drove how often \
        they sailed.\n\n\
        ## 3. Questions about the method\n\n**Q: Why a linear model?**\n\
        I needed to explain each forecast to the harbour master, so I chose the simplest \
        model that reached the accuracy we wanted.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn quoted_answers_in_notes_of_personalised_answers_are_the_readers() {
    assert!(made_for_reader("33 questions with personalized answers"));
    assert!(asks_for_story("What is your biggest achievement so far?"));
    assert!(!asks_for_story("What is your biggest weakness?"));
    assert!(answer_form("Use STAR format"));
    let set = principles::builtin();
    // Our own words: a prep file whose menu says its answers are personalised, with
    // tips to its reader and answers in quotation marks.
    let notes = "# Frontend prep\n\n## Menu\n\n1. [HR questions](#hr) — 20 questions with \
        personalized answers\n\n## HR questions\n\n#### 1. Why do you want to work here?\n\
        - Research their product before the call, and never say you applied everywhere.\n\
        - Connect it to your skills: you should name one thing they build.\n\n\
        #### 2. What is your biggest achievement so far?\n**Use STAR format:**\n\
        > \"At the agency, we needed to improve the booking page. I analyzed the bundle \
        and implemented code-splitting on every route plus caching. Load time went from \
        six seconds to two. The client was thrilled and it became the standard.\"\n\n\
        #### 3. Tell me about a time you disagreed with your manager\n\
        > \"My manager wanted one store for every kind of state. I built a small \
        prototype that kept server data apart, and he agreed to use it.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.title,
        "At the agency, we needed to improve the booking page"
    );
}

#[test]
fn a_short_tip_in_commands_under_a_question_is_no_story() {
    assert!(opens_on_command("Use the 3 steps. Small and real is fine."));
    assert!(opens_on_command("Keep it under a minute."));
    assert!(!opens_on_command(
        "Used the spare machines for the nightly build."
    ));
    let set = principles::builtin();
    // Our own words: a guide's common questions, each with a tip.
    let notes = "# Interview preparation\n\n## Common questions\n\n\
        **\"Tell me about a problem you faced.\"**\nUse the 3 steps. Small and real is fine.\n\n\
        **\"Tell me about a mistake you made.\"**\nBe honest, then say what you learned.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_storys_label_and_number_the_title_drops_are_kept() {
    let set = principles::builtin();
    // Our own words, in Chinese: stories numbered 故事一, 故事二 (story one, two), each
    // with a quoted telling in the first person.
    let notes = "# 面試準備\n\n## 面試故事準備\n\n每個故事都用這個順序講：背景、任務、行動、結果。\n\n\
        ### 故事一：值班機器人\n\n可用專案：內部工具。\n\n可練習說法：\n\n\
        > 我曾經接手一個沒有人負責的值班機器人。我先整理它的設定，再修好了漏掉的夜間通知。\
        團隊從此不再漏接夜間告警。\n\n\
        ### 故事二：帳單匯出\n\n可用專案：財務系統。\n\n可練習說法：\n\n\
        > 我曾經把每個月要手動做兩天的帳單匯出改成自動執行。我先和財務確認欄位，再寫了排程工作。\
        財務部門從此不用為了匯出加班。\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["值班機器人", "帳單匯出"], "{:#?}", read.skipped);
    let kept: Vec<&str> = read.ignored.iter().map(|s| s.text.as_str()).collect();
    assert!(
        kept.contains(&"故事一") && kept.contains(&"故事二"),
        "{kept:?}"
    );
    // Under a principle's heading, in English.
    let notes = "## Ownership\n\n### Story 1 — The rota bot\n\n\
        I took over the rota bot nobody owned and I fixed the night pages it missed.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert_eq!(read.drafts[0].story.title, "The rota bot");
    assert!(
        read.ignored.iter().any(|s| s.text == "Story 1"),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn rows_of_a_story_bank_table_told_to_you_are_the_writers_stories() {
    let set = principles::builtin();
    // Our own words: a plan written to its reader, with a table of the reader's own
    // stories, each told in a line to "you", its principles in a column.
    let notes = "# Interview plan\n\nYou should practise every day, and you should time \
        your answers so that you keep each one short.\n\n\
        ### Build a story bank\n\n\
        | Story ID | What happened | LPs it covers |\n|---|---|---|\n\
        | **Rota-bot** | When the night pages kept missing people and you rewrote the rota bot | Ownership, Dive Deep |\n\
        | **Export-job** | When you cut the monthly export from two days to none | Frugality, Deliver Results |\n";
    let read = plan(notes, &set);
    let linked: Vec<(&str, Vec<String>)> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.principles.clone()))
        .collect();
    assert_eq!(
        linked,
        [
            (
                "Rota-bot",
                vec!["ownership".to_string(), "dive-deep".to_string()]
            ),
            (
                "Export-job",
                vec!["frugality".to_string(), "deliver-results".to_string()]
            ),
        ],
        "{:#?}",
        read.skipped
    );
}

#[test]
fn chinese_questions_on_how_you_work_and_a_self_introduction_ask_for_no_story() {
    assert!(about_the_person("Q2. 你怎麼使用 AI 工具？"));
    assert!(about_the_person("你對測試熟不熟？"));
    assert!(!about_the_person("請分享一次你如何處理衝突的經驗"));
    let set = principles::builtin();
    // Our own words, in Chinese: an introduction and a question on how the writer
    // works, each answered in the first person.
    let notes = "# 面試準備\n\n## 自我介紹\n\n### 60 秒版本\n\n\
        您好，我是一名前端工程師，過去我做過企業系統和官網，負責前端開發和效能優化。\n\n\
        ## 必問題\n\n### Q1. 你怎麼使用 AI 工具？\n\n\
        我通常會用 AI 協助理解既有程式碼和整理實作方向，但架構和命名還是由我自己判斷。\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn prompts_in_spanish_french_german_and_portuguese_are_questions_not_titles() {
    for prompt in [
        "Cuéntame sobre un momento en que tuviste que aprender algo rápido.",
        "Describe una situación en que no estabas de acuerdo con tu jefe",
        "Racontez-moi une fois où vous avez échoué",
        "Erzählen Sie von einem Konflikt im Team",
        "Conte-me sobre um projeto difícil",
    ] {
        assert!(is_question(prompt), "{prompt}");
    }
    assert!(!is_question("Cuenta de pagos del banco"));
    let set = principles::builtin();
    // Our own words, in Spanish: a question as a heading over a story in four parts.
    let notes = "## Preguntas de comportamiento\n\n\
        ### Cuéntame sobre un momento en que resolviste un problema bajo presión.\n\n\
        **S:** La cola de pagos se detuvo un viernes por la noche.\n\n\
        **T:** Tenía que volver a ponerla en marcha antes del lunes.\n\n\
        **A:** Revisé los registros y reinicié el trabajo que la bloqueaba.\n\n\
        **R:** Los pagos salieron a tiempo el lunes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.questions,
        ["Cuéntame sobre un momento en que resolviste un problema bajo presión."]
    );
    assert_eq!(
        story.title,
        "La cola de pagos se detuvo un viernes por la noche"
    );
}

#[test]
fn notes_that_open_by_saying_they_are_a_prompt_hold_no_story() {
    let set = principles::builtin();
    // Our own words: a prompt for a chat assistant, with an example of a told story.
    let body = "## Rules\n\nAsk one question at a time and wait for the answer.\n\n\
        ## Frugality\n\nI moved the nightly builds to spare machines and the bill halved in a \
        month, so the team kept the budget for a new test rig.\n";
    let prompt = format!(
        "# Interview coach\n\n> This is a prompt template: paste it into a chat assistant.\n\n{body}"
    );
    let read = plan(&prompt, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    // In Chinese: "this is an AI prompt template".
    let prompt = format!("# 面试准备\n\n> 这是一个 AI 提示词模板。\n\n{body}");
    assert!(plan(&prompt, &set).drafts.is_empty());
    // Without that opening, the same example is a story.
    let read = plan(&format!("# Interview coach\n\n{body}"), &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
}

#[test]
fn an_opening_statement_is_an_introduction_and_makes_no_draft() {
    let set = principles::builtin();
    // Our own words, in Chinese: an opening statement (开场陈述) whose two-minute version
    // tells what the writer built, then a story in the writer's story bank.
    let notes = "# 面试问答\n\n## 五、开场陈述\n\n### 2 分钟版\n\n\
        > 我从零设计实现了一个排班平台。我把排班表搬进了日历，又加了缺人提醒。\n\n\
        ## 六、STAR 故事库\n\n### 故事 1：值班机器人\n\n\
        **S**：夜间通知常常发给已经下班的人。\n\n**T**：我要让通知发给正确的人。\n\n\
        **A**：我写了一个从日历读取排班的机器人。\n\n**R**：漏接的通知少了一半。\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["值班机器人"], "{:#?}", read.drafts);
}

#[test]
fn a_numbered_phase_names_a_step_not_a_principle() {
    let set = principles::builtin();
    // Our own words: a template for a design interview in timed phases under a
    // technical heading, one phase called a deep dive, over phrases with blanks.
    let notes = "# Interview tracker\n\n## System Design Template\n\n\
        ### Phase 1: Requirements (5 min)\n\n**Ask:**\n\n- \"What is the scale? [users]\"\n\n\
        ### Phase 2: Deep Dive (15 min)\n\n**Pick 2-3 components:**\n\n\
        - \"Let's look closer at [part]...\"\n- \"I'm picking [tool] because...\"\n\
        - \"I'd trade [A] for [B]...\"\n\n### Phase 3: Follow-ups (5 min)\n\n\
        **When asked \"What if [limit]?\"**\n\n- \"Good point. Then [change]...\"\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_step_is_known_by_its_word_and_number() {
    assert!(numbered_step("Phase 3: Deep Dive (15 min)"));
    assert!(numbered_step("**Step 2 - Bias for action**"));
    assert!(numbered_step("Stage 10"));
    assert!(!numbered_step("Round 2: Ownership"));
    assert!(!numbered_step("Stepping up: Ownership"));
    assert!(!numbered_step("Phase two of the migration"));
}

#[test]
fn a_field_filled_under_every_question_makes_its_list_a_guides_notes() {
    let set = principles::builtin();
    // Our own words: a guide's questions, each with what to look for, and a few more
    // notes on answering beside it; one question answered by the writer's reminder.
    let notes = r#"# Questions to expect

## Teamwork

**Q: Tell me about a time you worked with a hard colleague.**
- Look for: Empathy, calm, respect
- Good answer has: Names, dates, outcome

**Q: Tell me about a time you changed a team's mind.**
- Look for: Persuasion, data, patience

**Q: Tell me about a time you made a mistake.**
- Look for: Owning it, growth
- Key point: Own it, never blame others

**Q: Tell me about a time you shipped under pressure.**
- Billing cutover: moved the launch by a day, no lost orders
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Billing cutover: moved the launch by a day, no lost orders"],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn a_coding_problem_and_its_code_is_no_story() {
    let set = principles::builtin();
    // Our own words: a coding problem set as a task, its approach to say aloud and its
    // code; then a story whose Action shows the code the writer added.
    let notes = r#"# Coding round

## Problem 1 — Merge intervals

**Task:** Merge the overlapping intervals of a list, keeping them sorted.

**Approach to say out loud:**
> "I'll sort by start, then sweep once and extend the last interval when the next one overlaps it."

```python
def merge(intervals: list) -> list:
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
```

## Story: the Monday reports

**Situation:** The finance reports timed out every Monday morning.

**Action:** I traced the slow query and added an index:

```sql
CREATE INDEX orders_by_day ON orders (created_on);
```

**Result:** The reports ran in two seconds and finance stopped paging us.
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["the Monday reports"], "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.starts_with("a coding problem")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_fence_that_names_a_language_holds_code() {
    assert!(names_language("typescript"));
    assert!(names_language("python title=merge.py"));
    assert!(!names_language(""));
    assert!(!names_language("text"));
    assert!(!names_language("markdown"));
}

#[test]
fn code_shown_in_a_part_stays_in_that_part() {
    let set = principles::builtin();
    // Our own words: a story whose Action shows a fence of YAML, its lines shaped like
    // labels (`result: pinned`, `task: deploy`).
    let notes = r#"# Stories

## Story: the flaky deploy

**Situation:** Our deploys failed one time in five.

**Action:** I pinned the runner's image in the pipeline:

```yaml
result: pinned
task: deploy
```

**Result:** Deploys stopped failing for the rest of the year.
"#;
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story
            .part(Part::Action)
            .contains("result: pinned\ntask: deploy"),
        "{story:#?}"
    );
    assert_eq!(story.part(Part::Task), "");
    assert_eq!(
        story.part(Part::Result).trim(),
        "Deploys stopped failing for the rest of the year."
    );
}

#[test]
fn an_answer_left_to_write_in_a_bracketed_note_is_no_story() {
    let set = principles::builtin();
    // Our own words: one answer still to write, a note in brackets saying so and how
    // to shape it; one answer written.
    let notes = r#"# Internship interview prep

## Behavioural

**1. Tell me about a time you worked in a team.**
[Use a real example.] Structure: scene → my role → what I did → outcome. Stress the result.

**2. Describe a time you failed and what you learned.**
Early on I shipped a search page nobody had asked for, and usage never moved. I learned to show users a sketch before building, and I have done so since.
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Early on I shipped a search page nobody had asked"],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn a_bracketed_note_leaves_an_answer_to_write() {
    assert!(opens_on_bracketed_note(
        "[Use a real example.] Structure: …"
    ));
    assert!(opens_on_bracketed_note("[Example] Show you listened."));
    assert!(!opens_on_bracketed_note(
        "[The post](https://example.com) says it all."
    ));
    assert!(!opens_on_bracketed_note("[x] Practised twice"));
    assert!(!opens_on_bracketed_note("I led the [payments] migration."));
}

#[test]
fn a_section_that_opens_by_calling_its_questions_technical_holds_no_story() {
    let set = principles::builtin();
    // Our own words: a project's interview guide, a section of its hard questions said
    // to be technical in its first line, one answered with a bug the writer fixed.
    let notes = r#"# Recipe App - Interview Guide

## Phase 2: The "Hard Questions" (50-80%)
*Be ready for these specific technical challenges.*

### Q: Why did you use a service worker?
**A:** The app must open offline. I used a service worker to cache the shell and the last recipes viewed, so the kitchen tablet works without Wi-Fi.

### Q: How did you handle the stale cache?
**A:** (Context: this happens after edits).
"I found that the list showed old recipes after an edit. I fixed it by clearing the cached page whenever a recipe was saved, so the next visit fetched it fresh."

### Q: How do you keep secrets safe?
**A:** "I never put keys in the client. They live in the server's environment and only the API routes read them."
"#;
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("which holds technical questions")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn what_you_are_most_proud_of_asks_for_one_occasion() {
    assert!(asks_for_story("What are you most proud of?"));
    assert!(asks_for_story("What are you proudest of?"));
    assert!(!asks_for_story("What are your strengths?"));
}

#[test]
fn notes_that_open_by_calling_their_questions_technical_hold_no_story() {
    let set = principles::builtin();
    // Our own words: a project's question bank, its first line saying the questions are
    // technical, each answered in "we".
    let notes = r#"# Recipe App: Interview Prep Guide

This document holds 12 technical questions, design trade-offs and answers to explain this project in interviews.

---

### Q1: Why did you choose SQLite over a hosted database?
**Answer**:
The data fits on one machine and the app must work offline. We chose SQLite and we added a nightly backup to the cloud, so a lost tablet loses nothing.

---

### Q2: How do you handle a failed sync?
**Answer**:
We implemented a retry queue. Each failed write waits in the queue and we replayed it when the network came back, in order.
"#;
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_preparation_guide_under_its_readers_name_quotes_their_own_answers() {
    let set = principles::builtin();
    // Our own words: an interview preparation guide under a line giving its reader's
    // name and trade, written to them, their answers quoted in numbered sections; one
    // answer gives a reason for a move, two tell what happened.
    let notes = r#"# Interview Preparation Guide
**Ana Lima — Product Designer**

This document gives a structure for your design interviews, drawn together from the case studies.

---

## 1. "Tell Me About Yourself" (2-Minute Script)

"Hi, I'm Ana. I design products for clinics, and I built my first app for a dental practice."

---

## 2. Phone Interview: Expected Questions

**Q: What are you looking for in your next role?**
"A full-time role in Lisbon where I can own a product's design from the first sketch."

**Q: How do you handle pressure?**
"When I joined Acme, releases were slow. I rebuilt the templates, which cut our turnaround by half."

---

## 3. In-Person Interview: Harder Questions

**Q: You ran your own studio for five years. Why are you looking for a team now?**
"I miss the scale of a team, and I want to bring what I learned running the studio."

**Q: Tell me about a time you learned something new.**
"The clinic app is a good example. I noticed the paper forms were failing. I spent a month at the front desk, then I built the forms into the app. Check-in time fell by half."

---

## 4. Portfolio Walkthrough Talking Points

### CS01: Clinic app
* **The Hook:** "Research happens at the front desk."
* **Key Points:** Discuss how you ran the desk research and how you used what you saw.

### CS02: Acme templates
* **The Hook:** "Fast because it is organised."
* **Key Points:** Mention the turnaround.

---

## 5. Questions to Ask the Interviewer

1. "What do your best designers have in common?"
2. "How does design hand work to production?"
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "When I joined Acme, releases were slow",
            "The clinic app is a good example"
        ],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn a_question_set_up_by_a_sentence_is_read_by_what_it_asks() {
    assert!(about_the_person(
        "You ran your own studio for five years. Why are you looking for a team now?"
    ));
    assert!(!about_the_person(
        "You ran a studio for five years. Tell me about a time it nearly closed."
    ));
    assert!(interview_prep_title("Interview Preparation Guide"));
    assert!(!interview_prep_title("The vendor outage"));
}

#[test]
fn an_opener_is_an_introduction_and_makes_no_draft() {
    let set = principles::builtin();
    // Our own words: a project's interview prep whose opener pitches the project in the
    // first person, then a technical question.
    let notes = r#"# Interview Prep — Recipe Box

Read this the night before.

---

## The opener: "Walk me through your project"

Keep it short.

> It's a small web app that stores family recipes and scales them for any number of
> guests. I wrote it in Go over a summer, and I built it to learn how a server keeps
> sessions.

---

## Questions about the code

**Why Go?**
It compiles to one file, so deploying it is a copy.
"#;
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_section_of_phrases_to_borrow_holds_no_story() {
    let set = principles::builtin();
    // Our own words: questions to expect, then phrases to say, in the first person.
    let notes = r#"# Behavioural interview notes

## Questions to expect

- Tell me about a time you led a project.
- Tell me about a mistake you made.

## Strong phrases to use naturally

- "The trade-off we were making was…"
- "I first measured the problem rather than guessing."
- "I owned the change, but I brought the team into the decision."
- "In hindsight, I would have asked ___ earlier."
"#;
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(phrases_heading("Power phrases"));
    assert!(!phrases_heading("The payments outage"));
}

#[test]
fn a_bank_of_words_to_use_holds_no_story() {
    let set = principles::builtin();
    // Our own words: a guide's quick reference of verbs in the past tense and of
    // results with letters for numbers.
    let notes = r#"# Behavioural prep

## Questions to expect

- Tell me about a time you led a project.

## Quick reference: power words for answers

### Action verbs
- Built, Cut, Drafted, Fixed, Launched
- Led, Mentored, Migrated, Reduced, Shipped

### Result quantifiers
- Increased by X%
- Saved $Y
- Reduced time by Z hours
"#;
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(word_bank_heading("Action Verbs"));
    assert!(word_bank_heading("Power Words for Behavioral Answers"));
    assert!(!word_bank_heading("The words I regret"));
}

#[test]
fn a_question_of_how_a_thing_was_built_asks_for_no_story() {
    let set = principles::builtin();
    // Our own words: a project's scripts; reasons for a choice, how a thing was built
    // (told in the first person), then the hardest bug, told.
    let notes = r#"# RecipeBox — Interview Scripts

## 2. Quick Questions

### Q1: Why did you pick SQLite over Postgres?
- **No server**: one file to back up.
- **Small**: the data fits on a phone.
- **Fast**: reads stay local.

---

### Q2: How did you implement the offline queue?

#### Spoken Script:
> *"The app must work offline. I needed a queue, so I built a small store in IndexedDB. I added a retry loop and I flushed it on reconnect."*

---

## 3. Behavioral Technical Scenarios

### Q3: What was the hardest bug you hit in this project, and how did you fix it?

#### Spoken Script:
> *"The hardest was duplicate recipes after a sync. Two phones pushed the same edit twice. I traced it to a retry that ignored the server's answer, and I made each edit carry an id, so the server dropped the second copy."*
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The hardest was duplicate recipes after a sync"],
        "{:#?}",
        read.drafts
    );
    assert!(asks_how_it_works(
        "Q2: How did you implement the offline queue?"
    ));
    assert!(!asks_how_it_works("How did you win the team over?"));
}

#[test]
fn a_question_under_its_label_is_read_for_what_it_asks() {
    assert!(about_the_person(
        "Q2: Why did you choose Zustand instead of Redux?"
    ));
    assert!(about_the_person(
        "Why did you choose Zustand instead of Redux?"
    ));
}

#[test]
fn a_job_of_the_work_history_is_no_story() {
    let set = principles::builtin();
    // Our own words: a job's entry (its employer and role, its length, what was done
    // there and a summary to say), then a story told under another job's heading.
    let notes = r#"# Previous jobs refresher

### 1. Bluebird — Junior Support Engineer (Linux)

**Duration**: ~2 years | **Platform**: on-prem Linux | **Client**: a regional bank

**What I Did:**

| Area | Contribution |
|------|-------------|
| **Tooling** | Scripts to reset test machines |
| **Queue** | Kept the ticket queue under a day |

**Interview Story:**

> "At Bluebird, I started as a junior support engineer on a Linux estate. My biggest learning was scripting — I wrote the tools that reset our test machines. I also worked with the bank's auditors on access reviews. This is where I built my foundation in Linux and automation."

---

### 2. Acme — Data Engineer

I noticed the nightly load at Acme failed every Monday. I traced it to a stale lock, added a check before the load, and the Monday failures stopped.
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Acme — Data Engineer"], "{:#?}", read.drafts);
    assert!(job_heading("13.1 TCS — Junior DevOps Engineer (GCP)"));
    assert!(!job_heading("Story 3 — The engineer who quit"));
    assert!(gives_tenure("**Duration**: ~2 years | **Platform**: GCP"));
    assert!(gives_tenure("Jan 2019 – Mar 2021"));
    assert!(!gives_tenure("In 2019 I rewrote the exporter."));
}

#[test]
fn a_heading_over_questions_alone_is_no_story() {
    let set = principles::builtin();
    // Our own words: a story bank still empty, each heading a topic over the questions
    // to answer on it, then a heading over a question and its answer.
    let notes = r#"# Story bank

## Topics, questions ready

### 1. Hometown
- What street did you grow up on? Who lived next door?
- Which shop was yours as a child?

### 2. First job
- What did your first manager teach you?

### 3. The flooded warehouse
- What went wrong first?

The pumps failed on a Sunday. I moved the stock to the upper racks before the water rose, and we lost nothing.

---

## How to fill this in

Answer one topic at a time.
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The flooded warehouse"], "{:#?}", read.drafts);
    let asked: Vec<&str> = read.questions.iter().map(|q| q.question.as_str()).collect();
    assert!(
        asked.iter().any(|q| q.contains("grow up on"))
            && asked.iter().any(|q| q.contains("first manager")),
        "{asked:?}"
    );
    let skipped = |heading: &str| {
        read.skipped
            .iter()
            .any(|s| s.text.contains(heading) && s.reason.contains("over questions"))
    };
    assert!(
        skipped("1. Hometown") && skipped("2. First job"),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn how_a_thing_works_told_by_no_one_is_no_story() {
    let set = principles::builtin();
    // Our own words: a project's follow-up answered with how it works, a feature's
    // problem and solution in the present, then a problem the writer solved.
    let notes = r#"# Project notes: a shared shopping list

## Follow-up questions

**Q: How did you handle sync between devices?**
*A: Each change carries a version number, and the server keeps the highest one. The client merges lists by item and shows a badge when an older copy is replaced.*

## Features

### Offline edits
- **Problem**: Phones lose the connection in shops, and the server would drop an edit from that moment.
- **Solution**:
  - The client queues every edit with its time.
  - When the connection returns, the queue is replayed in order.
  - A conflicting edit is shown with an animated marker beside both values.

### The lost edits bug
**Problem:** Testers reported that edits made in a lift vanished.
**Solution:** I logged the queue on a test phone, found that it was cleared on sign-out, and kept it until the replay finished.
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The lost edits bug"], "{:#?}", read.drafts);
    assert!(describes_a_thing(
        "The client queues every edit with its time. When the connection returns, the queue is replayed in order."
    ));
    assert!(!describes_a_thing(
        "I logged the queue on a test phone, found that it was cleared on sign-out, and kept it."
    ));
    // One long phrase is a reminder; a pointer says how nothing is.
    assert!(!describes_a_thing(
        "Calling back the stranded buyers whose parcel is late by giving them the seller's number or pairing them with an agent"
    ));
    assert!(!describes_a_thing(
        "Lead with: Story A, the build with the nightly failures. Backup: Story B, the vendor and the missed dates."
    ));
    assert!(!describes_a_thing(
        "A fila guarda cada edição com a sua hora, e quando a ligação volta a fila é reenviada pela ordem certa."
    ));
}

#[test]
fn a_bugs_symptom_cause_and_fix_in_chinese_are_its_parts() {
    let set = principles::builtin();
    // Our own words: two pitfalls of a bookkeeping app, each its symptom (现象), cause
    // (原因) and fix (解决), the first fix shown in code.
    let notes = "# 记账应用 —— 踩坑记录\n\n## 踩坑与解决\n\n\
        ### 坑 1：导出按钮没反应\n\
        **现象：** 点击导出后页面没有任何提示，文件也没有下载。\n\
        **原因：** 点击事件绑定在旧的按钮上，重新渲染后按钮被替换了。\n\
        **解决：** 改为在父元素上委托点击事件：\n\
        ```js\nlist.addEventListener('click', onExport)\n```\n\n\
        ### 坑 2：金额显示多了小数\n\
        **现象：** 合计金额显示为 0.30000000000000004。\n\
        **原因：** 浮点数相加有误差。\n\
        **解决：** 金额统一用分存储，显示时再除以一百。\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let first = &read.drafts[0].story;
    assert!(
        first.part(Part::Situation).contains("文件也没有下载")
            && first.part(Part::Situation).contains("按钮被替换了"),
        "{first:#?}"
    );
    assert!(
        first.part(Part::Action).contains("委托点击事件")
            && first.part(Part::Action).contains("addEventListener"),
        "{first:#?}"
    );
    assert!(read.drafts[1].story.part(Part::Action).contains("用分存储"));
    assert!(phrase_in_other_script("页面没有任何提示"));
    assert!(!phrase_in_other_script(
        "Run the 日本 batch at most twice at once."
    ));
}

#[test]
fn a_question_of_what_a_thing_is_answered_so_is_no_story() {
    let set = principles::builtin();
    // Our own words: study notes of technical questions, each with its short answer
    // nested under it, and one question that asks for a story, with its reminder.
    let notes = "## Dive Deep\n\n\
        - what does DNS stand for and what does it do?\n  - domain name system, turns names into addresses\n\
        - how is a process different from a thread?\n  - a process owns its memory; threads share it\n\
        - What is CI?\n  - Continuous integration, merging small changes often and testing each\n\
        - tabs vs spaces?\n  - whatever the linter says, scoped per repository\n\
        - Tell me about a time you fixed a hard bug\n  - The checkout timeout\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The checkout timeout"], "{:#?}", read.drafts);
    assert!(asks_what_a_thing_is("What is CI?"));
    assert!(asks_what_a_thing_is(
        "how is a process different from a thread?"
    ));
    assert!(!asks_what_a_thing_is("What was the hardest bug you fixed?"));
    assert!(!asks_what_a_thing_is("What is the biggest risk you took?"));
    assert!(!asks_what_a_thing_is("What motivates you?"));
}

#[test]
fn notes_that_help_you_explain_your_project_hold_your_answers() {
    let set = principles::builtin();
    // Our own words: a line saying the notes help "you" explain "your project", then a
    // question as a heading in quotation marks over its quoted answer, two things the
    // writer did.
    let notes = "This page helps you explain your project in technical interviews.\n\n\
        ### \"Tell me about a challenging problem you solved.\"\n\n\
        **Answer:** \"When moving the plotter to a new board, I had to keep the old job format \
        working exactly. I created a converter that kept every job file readable, without any \
        downtime.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(read.drafts[0].all_text().contains("converter"));
    assert!(made_for_reader(
        "This document helps you articulate your project during technical interviews."
    ));
    assert!(!made_for_reader("Explain the trade-offs you would make."));
}

#[test]
fn a_guide_to_your_own_project_holds_your_quoted_story() {
    let set = principles::builtin();
    // Our own words: a study guide on the reader's own project, said to "you", with a
    // story in labelled parts and another told in quotation marks under the question
    // it answers, then a tip to the reader.
    let notes = r#"# Greenhouse Sensors: Interview Study Guide

This guide helps you articulate the design choices and the debugging journey of your greenhouse project during interviews.

---

## Stories

### Story 1: The drifting sensor
* **Situation**: The humidity readings drifted every afternoon.
* **Task**: Find why before the tomatoes suffered.
* **Action**: I logged the sensor beside a reference meter and found the case heated in the sun. I moved it into a shaded housing.
* **Result**: The readings stayed within two percent.

## The Move to Batteries

**Interviewer asks: "Why did you move to batteries, and how did you do it?"**

> "I realized the mains cable was the weak point of every install.
>
> **The steps I took:**
> 1. **Power budget**: I measured what each sensor drew.
> 2. **Sleep mode**: I made the boards sleep between readings.
>
> **The result**: I went from one install a week to four."

---

> **Tip**: When you talk about the project, say "we" for the team's habits but "I" for your own work, so the interviewer hears what you did.
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The drifting sensor", "The Move to Batteries"],
        "{:#?}",
        read.skipped
    );
    assert!(read.drafts[1].all_text().contains("sleep between readings"));
    assert!(made_for_reader(
        "This guide is designed to help you articulate the technical depth and journey of your homelab project."
    ));
    assert!(!made_for_reader("Explain the project you are proudest of."));
}

#[test]
fn a_pitch_of_a_project_is_no_story() {
    let set = principles::builtin();
    // Our own words: a project's pitch under a heading that names it, then a story.
    let notes = "# Preparation\n\n## Project Elevator Pitch (30 seconds)\n\n\
        I built a rota planner for a clinic to balance night shifts across forty nurses. \
        I found that weekend swaps were the strongest cause of gaps, with two wards holding \
        half of them. The dashboard shows the cost of each gap and includes a simulator for \
        planning cover.\n\n\
        ## Stories\n\n### The double-booked surgeon\n\n\
        **Situation:** Two theatres booked one surgeon.\n\
        **Action:** I added a check across theatres.\n\
        **Result:** No double bookings since.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The double-booked surgeon"], "{:#?}", read.drafts);
    assert!(pitches_heading("Project Elevator Pitch (30 seconds)"));
    assert!(!pitches_heading("The Pitch"));
    assert!(!pitches_heading("Elevator pitch"));
}

#[test]
fn a_closing_statement_is_no_story() {
    let set = principles::builtin();
    // Our own words: what to say to close an interview about a project, then a story.
    let notes = "# Rota planner prep\n\n\
        ## 60-Second Closing Statement\n\n\
        This project shows how I take a feature from a rough idea to a release, not just \
        screens. I focused on clear rules, careful tests and shipping often. If I went on, \
        I would add a shared engine and faster planning.\n\n\
        ## The double-booked surgeon\n\n\
        **Situation:** Two theatres booked one surgeon.\n\
        **Action:** I added a check across theatres.\n\
        **Result:** No double bookings since.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The double-booked surgeon"], "{:#?}", read.drafts);
    assert!(pitches_heading("60-Second Closing Statement"));
    assert!(!pitches_heading("Closing the deal"));
}

#[test]
fn a_heading_naming_questions_leaves_the_title_to_the_story() {
    let set = principles::builtin();
    // Our own words: a heading that names the questions under it, over one question
    // and its answer in quotation marks.
    let notes = "# Prep\n\n## Behavioral Questions (STAR)\n\n\
        **Q9: Tell me about a time you had to make a call under pressure.**\n\n\
        \"When I was working on the checkout project, I had five fixes to ship. I shipped \
        the two cheapest first to prove the idea, then the rest.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.title.starts_with("When I was working"), "{story:#?}");
    assert_eq!(
        story.questions,
        ["Tell me about a time you had to make a call under pressure."]
    );
    assert!(interview_prep_title(
        "Interview Question Bank — Checkout Funnel"
    ));
    assert!(!interview_prep_title(
        "The interview question I could not answer"
    ));
}

#[test]
fn a_story_counted_by_a_number_in_a_circle_is_named_so() {
    let set = principles::builtin();
    // Our own words: stories named in bold after a number in a circle, in notes whose
    // other bold lines are questions.
    let notes = r#"# Prep — parcel lockers

## Problem-solving stories (STAR)

**① The double-opened locker (Critical)**
- Situation: During my own review I found that two couriers could open one locker at once when their scans crossed.
- Action: I took a row lock on the locker before the door command and retried the loser.
- Result: No double opening since, pinned by a test that races two scans.

**② The slow nightly report**
- Situation: The nightly report ran past six in the morning.
- Action: I moved its joins onto an index I added on the delivery date.
- Result: It finished by two.

## Design questions

**Q. Why a row lock and not a queue?**
A row lock keeps the rule next to the data it guards, and the lockers see few collisions.

**Q. Why Postgres?**
Every table the report reads lives there already.
"#;
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "The double-opened locker (Critical)",
            "The slow nightly report"
        ],
        "{:#?}",
        read.drafts
    );
    assert!(circled_number('②') && circled_number('❸') && !circled_number('2'));
}

#[test]
fn a_timed_explanation_of_a_project_is_no_story() {
    let set = principles::builtin();
    // Our own words: a project explained in a set time, then a story.
    let notes = "# Prep\n\n## 90-Second Explanation\n\n\
        This project was based on a clinic that planned its rota in a spreadsheet. I \
        approached it as an analyst: first I documented how the rota was built, then I \
        wrote the requirements and a plan for three sprints.\n\n\
        ## Stories\n\n### The double-booked surgeon\n\n\
        **Situation:** Two theatres booked one surgeon.\n\
        **Action:** I added a check across theatres.\n\
        **Result:** No double bookings since.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The double-booked surgeon"], "{:#?}", read.drafts);
    assert!(pitches_heading("90-Second Explanation"));
    assert!(!pitches_heading("2-minute version"));
    assert!(!pitches_heading("The 10-Minute Deep Technical Walkthrough"));
}

#[test]
fn a_parts_label_beside_its_translation_heads_that_part() {
    let set = principles::builtin();
    // Our own words: two stories in Chinese, each part under a heading that writes its
    // label in English and in Chinese, each story followed by the questions it answers
    // (可以回答的面试问题), asked without a question mark.
    let notes = "# 项目故事\n\n## 1. 把夜间任务从失败中救回来\n\n\
        ### Situation 背景\n\n夜间导出任务每周失败两次，运营同事只能手动补数据。\n\n\
        ### Task 任务\n\n我负责让它稳定运行。\n\n\
        ### Action 行动\n\n我逐层排查日志，找到了分页逻辑的缺陷，并重写了重试机制。\n\n\
        ### Result 结果\n\n之后一个季度没有再失败，手动补数据的工作也取消了。\n\n\
        ### 能回答哪些面试问题\n\n- 为什么要重写重试机制\n- 你是怎么定位问题的\n- 这个项目有哪些不足\n\n\
        ## 2. 给报表加缓存\n\n\
        ### Situation (背景)\n\n月度报表打开要等一分钟。\n\n\
        ### Task / 任务\n\n我需要把等待时间降下来。\n\n\
        ### Action 行动\n\n我加了一层按月份分区的缓存。\n\n\
        ### Result 结果\n\n报表两秒内打开。\n\n\
        ### 可以回答的面试问题\n\n- 缓存失效怎么处理\n- 如何证明效果\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let first = &read.drafts[0].story;
    assert!(
        first.part(Part::Situation).contains("每周失败两次"),
        "{first:#?}"
    );
    assert!(first.part(Part::Task).starts_with("我负责"), "{first:#?}");
    assert!(
        first.part(Part::Action).contains("重写了重试机制"),
        "{first:#?}"
    );
    assert!(!first.part(Part::Situation).contains("Task"), "{first:#?}");
    assert_eq!(
        first.questions,
        [
            "为什么要重写重试机制",
            "你是怎么定位问题的",
            "这个项目有哪些不足"
        ],
        "{first:#?}"
    );
    let second = &read.drafts[1].story;
    assert!(second.part(Part::Task).contains("等待时间"), "{second:#?}");
    assert_eq!(
        second.questions,
        ["缓存失效怎么处理", "如何证明效果"],
        "{second:#?}"
    );
    assert_eq!(bilingual_label("行动 (Action)"), Some("行动"));
    assert_eq!(bilingual_label("Situation Task"), None);
    assert_eq!(bilingual_label("Action 计划"), None);
}

#[test]
fn a_short_clause_around_a_word_that_asks_is_a_question_in_chinese() {
    for asked in [
        "项目有哪些不足",
        "如果继续优化会怎么做",
        "覆盖率报告有什么用",
        "为什么 raw 和 admissions 分开",
        "介绍一下你的项目",
    ] {
        assert!(is_question(asked), "{asked}");
    }
    // A sentence of the writer's, and a heading that names the questions under it.
    for told in [
        "我不知道为什么，就先重启了服务",
        "我问了同事为什么要这样设计",
        "这个故事能回答哪些问题",
        "说明为什么要分两层表的理由，写在设计文档里，供评审参考。",
    ] {
        assert!(!is_question(told), "{told}");
    }
}

#[test]
fn a_name_set_apart_from_the_star_method_names_the_story() {
    let set = principles::builtin();
    // Our own words: one project told in STAR under a title that names the project,
    // then the method, set apart by a dash.
    let notes = "# Invoice Archive — STAR Method Summary\n\n\
        ## Situation\n\nI wanted a project that went past a demo: the archive had to run for a year.\n\n\
        ## Task\n\nI set out to build and run it on a budget of ten euros a month.\n\n\
        ## Action\n\n- **Moved storage to object buckets** — lifecycle rules sent old scans to cold storage.\n\n\
        ## Result\n\nIt ran for fourteen months at seven euros a month.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert_eq!(read.drafts[0].story.title, "Invoice Archive");
    assert!(read.drafts[0].story.notes.contains("STAR Method Summary"));
    // A title that names only the kind of text and the method gives way to the story's
    // own words.
    let notes = notes.replace(
        "Invoice Archive — STAR Method Summary",
        "Project story — STAR",
    );
    let read = plan(&notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(
        read.drafts[0].story.title.starts_with("I wanted a project"),
        "{}",
        read.drafts[0].story.title
    );
    // A name after the method stays what it was.
    assert!(!names_only_the_method("Invoice Archive"));
    assert!(!names_only_the_method("Stars"));
}

#[test]
fn a_long_sentence_in_chinese_is_cut_at_its_first_clause_for_a_title() {
    assert_eq!(
        short_title(
            "夜间导出任务每周失败两次，运营同事只能手动补数据。大家都很头疼，但没有人负责修复这个问题，直到我接手。"
        ),
        "夜间导出任务每周失败两次"
    );
    // A short one stays whole.
    assert_eq!(short_title("夜间任务失败"), "夜间任务失败");
    // Nor does an English title end on a helping verb.
    assert_eq!(
        short_title(
            "Weekly numbers copied by hand into a shared spreadsheet can be wrong in ways nobody notices"
        ),
        "Weekly numbers copied by hand into a shared spreadsheet"
    );
}

#[test]
fn a_telling_of_the_story_at_a_length_stays_with_it() {
    let set = principles::builtin();
    // Our own words: one story told twice under its name, at length and then in STAR,
    // with the questions it maps to, then a second story.
    let notes = "## Story 1: The release script\n\n\
        ### **Expanded Story**\n\n\
        Every Friday the release took forty minutes by hand. After six weeks of it I wrote one script that did every step.\n\n\
        ### **STAR Format**\n\n\
        **Situation:** The weekly release was forty minutes of manual steps.\n\n\
        **Action:** I wrote a script that ran every step and stopped on the first error.\n\n\
        **Result:** Forty minutes became one command.\n\n\
        ### **Maps to These Interview Questions:**\n\n\
        - ✅ \"Tell me about a time you automated a manual process\"\n\
        - ✅ \"How do you remove toil?\"\n\n\
        ---\n\n\
        ## Story 2: The sort bug\n\n\
        ### Full story\n\n\
        A streak counter reset after ten days. I found the keys were sorted as text and sorted them as numbers.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let first = &read.drafts[0].story;
    assert_eq!(first.title, "The release script");
    assert!(first.notes.contains("Every Friday"), "{first:#?}");
    assert!(
        first.part(Part::Action).contains("wrote a script"),
        "{first:#?}"
    );
    assert_eq!(
        first.questions,
        [
            "Tell me about a time you automated a manual process",
            "How do you remove toil?"
        ]
    );
    assert!(read.drafts[1].all_text().contains("sorted them as numbers"));
}

#[test]
fn a_solution_and_a_lesson_labelled_in_chinese_are_parts() {
    let set = principles::builtin();
    // Our own words: a question asked once over two stories, each labelled 情境, 問題,
    // 解法, 學到什麼 (situation, problem, solution, what I learned), a remark in
    // full-width parentheses after each name; then a question on the stack.
    let notes = "# 面試準備\n\n\
        ## 「這個專案最難的部分是什麼？」\n\n可以選以下任一個回答：\n\n\
        ### 故事 A：訂單日期重疊（推薦）\n\n\
        **情境：**\n同一個房間可能被重複預訂。\n\n\
        **問題：**\n一開始我只比較入住日，很快發現不夠。\n\n\
        **解法：**\n我把重疊條件改成一個區間判斷。\n\n\
        **學到什麼：**\n先找本質的條件，程式反而更簡單。\n\n\
        ### 故事 B：升級後路由失效（展示除錯）\n\n\
        **情境：**\n升級框架後所有路由都回傳錯誤。\n\n\
        **解法：**\n我讀了升級說明，改用新的寫法。\n\n\
        **學到什麼：**\n升級前先看 release notes。\n\n\
        ## 「你為什麼選這個技術棧？」\n\n### React\n\n> React 是前端主流選擇，生態系最豐富。\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let first = &read.drafts[0].story;
    assert_eq!(first.title, "訂單日期重疊");
    assert!(
        first.part(Part::Situation).contains("重複預訂"),
        "{first:#?}"
    );
    assert!(first.part(Part::Action).contains("區間判斷"), "{first:#?}");
    assert!(
        first.part(Part::Learned).contains("本質的條件"),
        "{first:#?}"
    );
    let second = &read.drafts[1].story;
    assert!(
        second.part(Part::Action).contains("升級說明"),
        "{second:#?}"
    );
    for story in [first, second] {
        assert_eq!(
            story.questions,
            ["這個專案最難的部分是什麼？"],
            "{story:#?}"
        );
    }
}

#[test]
fn answers_to_follow_ups_with_no_story_above_are_no_story() {
    let set = principles::builtin();
    // Our own words: the end of a quoted answer, then common follow-ups (追問) and the
    // answers to give, in Chinese, no story told above them.
    let notes = "> 「下一步想加後端的整合測試。」\n\n---\n\n## 常見追問與回答\n\n\
        ### Q：你做這個專案花了多久？\n\n\
        > 大約六週，每天下班後兩小時。\n\
        > 不是照教學做，是自己設計資料庫 Schema 和 API 規格，再一步一步實作。\n\n\
        ### Q：這是你一個人做的嗎？\n\n\
        > 是的，前後端都是我一個人。\n\
        > 好處是可以完整理解前後端怎麼配合，知道 API 設計會影響前端的寫法。\n\n\
        ### Q：你遇到最大的挑戰是什麼？（關於後端）\n\n\
        > 對我來說後端是新的領域。\n\
        > 最花時間的是理解「中介層 (middleware)」的概念：\n\
        > 請求進來 → 驗證 token → 處理邏輯 → 回傳結果。\n\
        > 理解這個流程後，後來寫權限和上傳的中介層就很快了。\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "answers to follow-up questions, with no story above to follow up"),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_story_in_a_run_of_stories_told_alike_is_one() {
    let set = principles::builtin();
    // Our own words: stories told as one paragraph each under numbered headings, under
    // a title that names them stories; the second says "I" once, its scene first.
    let notes = "# Interview Stories — Two Fixes\n\n\
        ## 1. Lost uploads\n\n\
        During a demo week I noticed uploads vanished after every restart. I traced it to the temporary disk and I moved the files into the database. Nothing was lost after that.\n\n\
        ## 2. Slow export\n\n\
        The monthly export timed out for the largest customer. Support escalated it twice in one week. I added paging to the query. The export finished in forty seconds and the escalations stopped.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.skipped);
    assert_eq!(read.drafts[1].story.title, "Slow export");
    // Under a title that names no stories, the second is read as before: one "I" is
    // not enough there.
    let notes = notes.replace("# Interview Stories — Two Fixes", "# Project log");
    let read = plan(&notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
}

#[test]
fn a_heading_over_what_is_skipped_is_skipped_with_it() {
    let set = principles::builtin();
    // Generated notes in our own words (pieces of this session's shapes, shuffled): a
    // story's label and name, `### 故事 A：export`, ends them with nothing under it, in
    // notes read as stories each under its label. Its words were in nothing.
    let notes = "# 队列 — STAR Method Summary\n- 如何控制 export 幻觉\n\n\n## Action\n\n**情境：**\n### **Expanded Story**\n### **Maps to These Interview Questions:**\n\n\n\n**Result:** No failures for a quarter.\n### **Maps to These Interview Questions:**\n可以選以下任一個回答：\n我改了條件。\n\n\n\n## 1. pager loops\n\n## Story 5: The ETL fix\n## Result\n**Situation:** The ETL job failed.\n### **STAR Format**\n## Story 6: The 队列 fix\n\n### 故事 A：export\n\n\n";
    let read = plan(notes, &set);
    let kept = |needle: &str| {
        (read.skipped.iter())
            .chain(read.ignored.iter())
            .any(|s| s.text.contains(needle))
            || read.drafts.iter().any(|d| d.all_text().contains(needle))
    };
    assert!(kept("故事 A"), "{:#?}", read.ignored);
    assert!(kept("pager loops"), "{:#?}", read.skipped);
    // The same heading over a story read as none (its list and its Action, told of
    // nothing): skipped with what it heads.
    let notes = "\n- **Moved 队列** — it ran for a year.\n\n\n- ✅ \"How do you debug?\"\n- ✅ \"Tell me about a time you fixed ETL\"\n**Situation:** The 队列 job failed.\n\n\n- ✅ \"Tell me about a time you fixed 队列\"\nIt ran.\n\n\n\nThe ETL job failed every week. I rewrote the ETL loader and it stopped.\nI wanted a 队列 project that went past a demo.\n\n\n**Action:** I rewrote the loader.\n\n# 队列 — STAR Method Summary\n- 如何控制 export 幻觉\n\n\n## Action\n\n**情境：**\n### **Expanded Story**\n### **Maps to These Interview Questions:**\n\n\n\n**Result:** No failures for a quarter.\n### **Maps to These Interview Questions:**\n可以選以下任一個回答：\n我改了條件。\n\n\n\n## 1. pager loops\n\n## Story 5: The ETL fix\n## Result\n**Situation:** The ETL job failed.\n### **STAR Format**\n## Story 6: The 队列 fix\n\n### 故事 A：export\n\n\n\n\n- ✅ \"How do you debug?\"\n**Action:** I rewrote the loader.\n\n\n**解法：**\n同一個房間可能被重複預訂。\n\n## 「這個export最難的部分是什麼？」\nDuring testing I saw the pager coordinator retry forever. The run burned tokens until a cap stopped it. I added a round counter. It now stops at round five.\nThe 队列 job failed every week. I rewrote the 队列 loader and it stopped.\n\n### **STAR Format**\n### **Expanded Story**\n\n\n## Situation\n- export vs export?\n**Result:** No failures for a quarter.\n\n## Questions\n\n\n- Why export?";
    let read = plan(notes, &set);
    assert!(
        (read.skipped.iter())
            .any(|s| s.text.contains("故事 A") && s.text.contains("How do you debug")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_storys_label_before_the_question_it_answers_is_kept() {
    let set = principles::builtin();
    // Our own words: a story's label and number before a name that reads as a question
    // in Chinese ("how to build a test set"), over the story's own sections.
    let notes = "## 故事 1: 如何构建测试数据集\n\n\
        ### STAR 版本\n\n\
        **Situation 背景:**\n\n我需要评估一个问答系统。\n\n\
        **Action 行动:**\n\n我从知识库里挑出核心概念，为每个概念写了问题和标准答案。\n\n\
        **Result 结果:**\n\n测试集成了每次发布前的检查。\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(
        (read.ignored.iter()).any(|s| s.text == "故事 1"),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn a_story_told_again_in_so_many_minutes_is_one_story() {
    let set = principles::builtin();
    // Our own words: a lab's record of what happened, with a table, then the same
    // account as it is said aloud under `### Two-minute account`.
    let notes = "# Three accounts from the lab\n\n\
        ## 1. The lost badge\n\n\
        The badge reader at the depot stopped accepting new cards on a Monday. I read its log and found the card list full. I cleared the expired cards, and new cards worked that afternoon.\n\n\
        | Step | What happened |\n| --- | --- |\n| Monday | New cards refused |\n| Tuesday | Reader rebooted |\n\n\
        ### Two-minute account\n\n\
        I noticed the depot's reader refused every new card. I read its log, found the card list full and cleared the expired cards. New cards worked that afternoon.\n\n\
        ## 2. The slow report\n\n\
        The weekly report took an hour to build. I timed each query and found one that read the whole table. I added an index, and the report built in two minutes.\n\n\
        ### Two-minute account\n\n\
        I timed each query, found one that read the whole table, and added an index. The report built in two minutes.\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The lost badge", "The slow report"],
        "{:#?}",
        read.skipped
    );
    assert!(answer_form("Two-minute account"));
    assert!(answer_form("Five minute version"));
    // "Account" alone may be what a story is about.
    assert!(!answer_form("Account"));
}

#[test]
fn plain_notes_draw_their_headings_with_rules() {
    let set = principles::builtin();
    // Our own words: notes kept as plain text, each story's name between two rules of
    // `═`, its parts under labels set between dashes, a line to remember after them.
    let notes = "Stories for the panel\n\n\
        ═══════════════════════════\n\
        Story 1: the frozen oven\n\
        ═══════════════════════════\n\n\
        ── SITUATION ──\n\
        The bakery's oven froze two hours before a wedding order.\n\n\
        ── ACTION ──\n\
        I borrowed a part from the scrapped oven and fitted it myself.\n\n\
        ── RESULT ──\n\
        The cake left on time.\n\n\
        ═══════════════════════════\n\
        Story 2: the empty flour bin\n\
        ═══════════════════════════\n\n\
        ── SITUATION ──\n\
        We ran out of flour on a Saturday morning.\n\n\
        ── ACTION ──\n\
        I called the mill and drove there before opening.\n\n\
        ── RESULT ──\n\
        We opened fifteen minutes late, with every loaf.\n";
    let read = plan(notes, &set);
    let drafts: Vec<_> = (read.drafts.iter())
        .map(|d| {
            (
                d.story.title.as_str(),
                d.story.part(Part::Situation).is_empty(),
                d.story.part(Part::Result).is_empty(),
            )
        })
        .collect();
    assert_eq!(
        drafts,
        [
            ("the frozen oven", false, false),
            ("the empty flour bin", false, false)
        ],
        "{:#?}",
        read.skipped
    );
    assert_eq!(
        (read.ignored.iter())
            .filter(|s| s.reason == "a rule drawn over or under a title: layout")
            .count(),
        4,
        "{:#?}",
        read.ignored
    );
}

#[test]
fn under_a_title_of_interview_stories_a_section_that_tells_what_happened_is_one() {
    let set = principles::builtin();
    // Our own words: one paragraph a section under the notes' title, two telling what
    // the writer did, one describing the product as it is.
    let notes = "# Interview stories\n\n\
        ## Keeping the robot out of the vault\n\n\
        The problem was letting a script suggest changes without trusting what it wrote. I separated planning from running, checked both against a schema, and placed a rule engine in front of the tools.\n\n\
        ## Approvals that can be traced\n\n\
        A plain approve button proves little. The tool hashes the plan and binds each decision to its author and time.\n\n\
        ## Choosing a fair test\n\n\
        I built four small sample projects and ten fixed tasks. I wrote three of the tasks to ask for unsafe changes.\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Keeping the robot out of the vault", "Choosing a fair test"],
        "{:#?}",
        read.skipped
    );
    assert!(interview_stories("Behavioral Interview Stories"));
    assert!(!interview_stories("Interview Stories — Seller Prep"));
}

#[test]
fn a_note_of_what_a_story_will_hold_is_no_story_yet() {
    let set = principles::builtin();
    // Our own words: a team's stories, one per member; the last is a note of what is
    // still to write.
    let notes = "# Interview Stories\n\n\
        ## Person 1 — Retry storm\n\n\
        **Role:** Queue owner\n\n\
        I found the workers retried failed jobs without a pause. I added a backoff and a cap. The queue drained in minutes instead of hours.\n\n\
        ## Person 2 — Token budget\n\n\
        **Role:** Context manager\n\
        **System:** Contract review agents\n\n\
        TODO: the blowup reproduced, the pruning guardrail, and the measured before/after cost. Not yet started; the retry story above is complete and measured.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.title.ends_with("Retry storm"));
    assert!(
        (read.skipped.iter())
            .any(|s| s.text.contains("TODO")
                && s.reason == "says the writer has no story for it yet"),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn how_to_tell_a_story_is_advice_not_a_story() {
    let set = principles::builtin();
    // Our own words: a guide's section on telling a story, the method's parts glossed
    // in the first person, then tips.
    let notes = "# Interview stories\n\n\
        ## How to tell one\n\n\
        - **In about two minutes:** the scene (what was wrong, for whom), the task (what I set out to do), the action (what I decided and how I tested it), the result (what happened), then what I learned.\n\
        - **Open on the problem.** It lands better than the product.\n\
        - **Keep the numbers ready.** Build time, test results.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(about_answering("How to answer"));
    assert!(!about_answering("How to scale a queue"));
}

#[test]
fn stories_the_notes_say_to_replace_with_your_own_are_samples() {
    let set = principles::builtin();
    // Our own words: a seller's prep notes whose stories, the notes say, are patterns
    // to replace, each with a placeholder for its result.
    let notes = "# Stories for discovery calls\n\n\
        Stories for first calls with buyers. **These are illustrative patterns — replace with your real wins.**\n\n\
        ## Story 1: Slow onboarding\n\n\
        **Situation:** New hires took months to find their way in a large codebase.\n\n\
        **Action:** Ran a pilot of an indexed search tool with two senior engineers.\n\n\
        **Result:** *[Your measured result]*\n\n\
        ## Story 2: Stalled review\n\n\
        **Situation:** A bank required a vendor review before any pilot.\n\n\
        **Action:** Sent the data flow diagrams; an engineer joined the security call.\n\n\
        **Result:** *[Your timeline]*\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_parts_heading_joined_to_what_else_it_holds_starts_that_part() {
    let set = principles::builtin();
    // Our own words: numbered part headings, two of them joined to a word of what the
    // part holds besides (`Situation & Constraints`, `Results and Metrics`).
    let notes = "## Story 1: The night queue\n\n\
        ### 1. Situation & Constraints\n\
        The night queue backed up every Friday, and we had no budget for more servers.\n\n\
        ### 2. Action\n\
        I moved the reports to Sunday and split the largest job in three.\n\n\
        ### 3. Results and Metrics\n\
        - Queue empty by 6 a.m. every Friday since.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Situation).contains("backed up"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Result).contains("Queue empty"),
        "{story:#?}"
    );
    // The heading's other words are kept with the structure.
    assert!(
        (read.ignored.iter()).any(|s| s.text.contains("Constraints")),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn a_bugs_cause_response_and_check_in_korean_are_its_parts() {
    let set = principles::builtin();
    // Our own words, in Korean: a bug's problem (문제), cause (원인), response (대응),
    // check (검증) and lesson (배운 점).
    let notes = "## A. 야간 작업이 멈춘 문제\n\n\
        **문제:** 야간 작업이 매주 금요일에 멈췄다.\n\n\
        **원인:** 가장 큰 작업이 메모리를 모두 사용했다.\n\n\
        **대응:** 작업을 세 개로 나누고 순서를 바꿨다.\n\n\
        **검증:** 이후 여덟 주 동안 한 번도 멈추지 않았다.\n\n\
        **배운 점:** 큰 작업은 먼저 나눠야 한다.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Action).contains("세 개로"), "{story:#?}");
    assert!(story.part(Part::Result).contains("여덟 주"), "{story:#?}");
    assert!(story.part(Part::Situation).contains("메모리"), "{story:#?}");
}

#[test]
fn an_answer_told_in_the_korean_past_under_a_question_of_what_happened_is_a_story() {
    let set = principles::builtin();
    // Our own words, in Korean: a project's questions, each answered in a quotation and
    // followed by why the answer works; the first asks what happened ("what was the
    // hardest problem, and how did you solve it?"), the second why a tool was chosen.
    let notes = "# 면접 예상 질문\n\n\
        ### Q1. 가장 어려웠던 문제는 무엇이었고, 어떻게 해결했나요?\n\n\
        > \"배포 직후 로그인 오류가 났습니다.\n>\n\
        > 로그를 확인했고, 만료된 인증서를 찾았습니다. 인증서를 교체했고 자동 갱신을 설정했습니다.\n>\n\
        > 이후 같은 오류는 다시 나지 않았습니다.\"\n\n\
        **왜 이 답변?**\n\
        - 문제 → 원인 → 해결 구조\n\
        - 구체적인 결과\n\n\
        ### Q2. 왜 이 프레임워크를 골랐나요?\n\n\
        > \"팀이 이미 익숙했기 때문입니다. 문서가 많았고 예제도 충분했습니다. 빨리 시작할 수 있었습니다.\"\n\n\
        **왜 이 답변?**\n\
        - 이유가 분명함\n\
        - 짧음\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("인증서를 교체했고"));
    assert_eq!(
        read.drafts[0].story.questions,
        ["가장 어려웠던 문제는 무엇이었고, 어떻게 해결했나요?"]
    );
    assert!(korean_past("교체했습니다"));
    assert!(!korean_past("있습니다"));
    assert!(asks_why_the_answer("Why this answer?"));
    assert!(!asks_why_the_answer("Why did you leave your last job?"));
}

#[test]
fn how_the_writer_works_in_chinese_with_nothing_past_is_no_story() {
    let set = principles::builtin();
    // Our own words, in Chinese: talking points, one on what the writer is good at, one
    // on how they work, then a story told in the past (了).
    let notes = "# 面试要点\n\n\
        ## 1. 从老师到工程师\n\n\
        我不是计算机专业出身，但教书让我擅长把复杂的事讲清楚。我把这种能力用在写文档和带新人上。\n\n\
        ## 2. 我怎么用 AI 写代码\n\n\
        我的工作方式是先定义验收标准，再让 AI 辅助写模块和补测试。我不把 AI 当自动写代码的机器。\n\n\
        ## 3. 上线前的超时\n\n\
        上线前一周，我发现支付接口经常超时。我加了重试和限流，压测通过了，当晚订单一笔没丢。\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["上线前的超时"], "{:#?}", read.skipped);
    assert!(cjk_ways("我通常先写测试。"));
    assert!(!cjk_ways("我通常先写测试，那次我忘了。"));
}

#[test]
fn points_and_limits_after_a_project_told_in_star_are_no_stories() {
    let set = principles::builtin();
    // Our own words: one project told in STAR, then its talking points and numbers as
    // labelled items, and a limitation in the past.
    let notes = "# Bakery ordering system - STAR Story\n\n\
        ## Short Interview Answer\n\n\
        ### Situation\n\nThe bakery took wedding orders by phone and lost one in ten.\n\n\
        ### Task\n\nI needed to move the orders online before the spring season.\n\n\
        ### Action\n\nI built an order form, wired it to the oven schedule and trained the two clerks.\n\n\
        ### Result\n\nNo order was lost that spring, and the phone line was free for questions.\n\n\
        ## Technical Talking Points\n\n\
        - **Architecture:** One server and a database for the oven schedule.\n\
        - **Trade-off:** A plain form was selected over an app to keep costs down.\n\
        - **Security:** Card numbers never touch the bakery's server.\n\n\
        ## Metrics to Quote\n\n\
        - **Lost orders:** one in ten before, none after.\n\
        - **Clerks trained:** two, in one afternoon each.\n\
        - **Cost:** the price of one oven part.\n\n\
        ## Honest Limitation\n\n\
        The order form was tested with the two clerks in one spring season and confirmed that no wedding order was lost by phone. The oven schedule and the order form should be tested in a busier season before the form is sold to other bakeries.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        (read.skipped.iter()).any(|s| s.text.contains("Lost orders")
            && s.reason.starts_with("points, each a label")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn what_to_claim_and_the_way_to_answer_in_chinese_are_advice() {
    let set = principles::builtin();
    // Our own words, in Chinese: a project's "answer boundaries" (回答边界), what one may
    // and may not claim, quoted in the first person; and a question's "direction of the
    // answer" (回答方向) over a quoted answer.
    let notes = "# 实习面试提纲\n\n\
        ## 项目一：温控板\n\n\
        ### 回答边界\n\n\
        可以说：\n\n\
        > 我主要负责 MCU 侧固件和串口协议，参与了板端服务联调。\n\n\
        不要说：\n\n\
        > 整个系统都是我独立完成的。\n\n\
        ## 常见问题\n\n\
        ### 你最有含金量的能力是什么？\n\n\
        回答方向：\n\n\
        > 我能把问题按链路拆开定位。比如温控板项目里，我没有只看最终读数，而是从传感器、总线到服务逐段排查。\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(about_answering("回答边界"));
    assert!(!about_answering("回答"));
}

#[test]
fn bold_questions_with_answer_points_and_a_checklist_after_a_story_are_no_stories() {
    let set = principles::builtin();
    // Our own words: a story told in numbered items under its heading, then questions
    // in bold, each with its answer's points (in Korean: "expected questions and
    // answer points"), and a checklist, each under a heading at the story's level.
    let notes = "# Interview prep\n\n\
        ## Caching story\n\
        1. **Problem:** The cache returned pages it could not read back.\n\
        2. **Action:** I stored a plain page object instead.\n\
        3. **Result:** Cache hits worked again after the next deploy.\n\n\
        ## 예상 질문 & 답변 포인트\n\
        - **왜 이 데이터베이스?** 타입 안전한 쿼리, N+1 해결 경험.\n\
        - **캐시 전략?** 키 설계, TTL, 직렬화 개선 과정 설명.\n\n\
        ## Checklist\n\
        - Clear the old keys.\n\
        - Check the deployed config.\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["Caching story"], "{:#?}", read.drafts);
    assert!(checklist_heading("Practice Checklist"));
    assert!(checklist_heading("추가 체크리스트"));
    assert!(!checklist_heading("Checking the lists"));
}

#[test]
fn a_question_in_chinese_of_problems_met_and_solved_asks_for_stories() {
    let set = principles::builtin();
    // Our own words, in Chinese: "what problems did you meet in the project, and how did
    // you solve them?", answered with numbered problems, each told and solved.
    let notes = "# 项目问答\n\n\
        **Q9: 你在项目里遇到过哪些问题？怎么解决的？**\n\n\
        A:\n\
        1. **构建死循环**：开发命令调用了自己，一直重启。改了启动配置，循环停了。\n\
        2. **导入报错**：一开始不知道哪一步出错，加了分步日志，定位到是令牌校验失败。\n\
        3. **回答质量差**：只抓了五十条记录，改成两百条并加了分页。\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.skipped);
    assert!(
        read.drafts[0].story.questions[0].contains("遇到过哪些问题"),
        "{:#?}",
        read.drafts[0].story.questions
    );
    let asked = "你在项目里遇到过哪些问题？怎么解决的？";
    assert!(asks_for_story(asked));
    assert!(!about_the_person(asked));
    assert!(about_the_person("你怎么看待代码评审？"));
    assert!(chinese_past("加了分步日志"));
    assert!(!chinese_past("为了稳定"));
}

#[test]
fn labels_set_as_code_and_a_question_heading_in_spanish_are_labels() {
    let set = principles::builtin();
    // Our own words, in Spanish: each story under `## **`Pregunta`:**` ("question"),
    // the question on the next line, its parts under labels set in code spans inside
    // the bold marks.
    let notes = "## **`Pregunta`:**\n\
        ¿Puede contar una vez que tuvo que cambiar un plan?\n\n\
        **`Situación`:** En mi equipo anterior, el proveedor canceló la entrega una semana antes.\n\n\
        **`Tarea`:** Tenía que mantener la fecha del lanzamiento.\n\n\
        **`Acción`:** Busqué otro proveedor y dividí el envío en dos partes.\n\n\
        **`Resultado`:** Lanzamos a tiempo con la mitad del stock.\n\n\
        ---\n\n\
        ## **`Pregunta`:**\n\
        ¿Cuándo tuvo que aprender algo rápido?\n\n\
        **`Situación`:** Entré a un proyecto escrito en un lenguaje que no conocía.\n\n\
        **`Acción`:** Leí el código de las pruebas y reescribí un módulo pequeño.\n\n\
        **`Resultado`:** En dos semanas revisaba los cambios de los demás.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.skipped);
    let first = &read.drafts[0].story;
    assert!(
        first.title.starts_with("En mi equipo anterior"),
        "{first:#?}"
    );
    assert!(
        first.part(Part::Task).starts_with("Tenía que"),
        "{first:#?}"
    );
    assert!(
        first.part(Part::Result).starts_with("Lanzamos"),
        "{first:#?}"
    );
    assert!(
        first.questions[0].starts_with("¿Puede contar"),
        "{first:#?}"
    );
    assert!(matches!(
        split_label("**`Acción`:** Busqué otro proveedor."),
        Some((Label::Part(Part::Action), "Busqué otro proveedor."))
    ));
    assert!(matches!(
        split_label("`Result:` It shipped."),
        Some((Label::Part(Part::Result), "It shipped."))
    ));
    // (A code span that holds code is no label.)
    assert!(split_label("`cargo test` ran green.").is_none());
    assert!(matches!(
        split_label("Pregunta: ¿Por qué?"),
        Some((Label::Question, _))
    ));
}

#[test]
fn a_question_asked_for_a_time_in_english_with_a_chinese_gloss_asks_for_a_story() {
    let set = principles::builtin();
    // Our own words: the question in English capitals, then in Chinese ("has a
    // colleague given you criticism; how did you handle it afterwards"), answered
    // under `S/T:`, `A:`, `R:`.
    let notes = "### TELL ME ABOUT A TIME YOU GOT HARD FEEDBACK / 有没有同事给你批评，之后如何处理\n\n\
        S/T:\n\n\
        My lead told me my reviews came back too late for the team.\n\n\
        A:\n\n\
        I set two review slots a day and said so in the team channel.\n\n\
        R:\n\n\
        Reviews waited half a day at most after that.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Result)
            .starts_with("Reviews waited")
    );
    let asked = "TELL ME ABOUT A TIME YOU GOT HARD FEEDBACK / 有没有同事给你批评，之后如何处理";
    assert!(!about_the_person(asked));
    assert!(about_the_person("你有没有代码评审的经验？"));
}

#[test]
fn a_part_s_letter_alone_on_its_line_starts_that_part() {
    let set = principles::builtin();
    // Our own words: the first part labelled `S/T:`, the next ones by their letter
    // alone, no colon, each over its paragraph.
    let notes = "### A project I am proud of\n\n\
        S/T:\n\n\
        Last spring the search results ranked accessories above the products.\n\n\
        A\n\n\
        I wrote a scoring rule from clicks and price and showed it to my manager.\n\n\
        R\n\n\
        Revenue from search rose by a tenth in the next test.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(
        story
            .part(Part::Action)
            .starts_with("I wrote a scoring rule"),
        "{story:#?}"
    );
    assert!(
        story.part(Part::Result).starts_with("Revenue from search"),
        "{story:#?}"
    );
    assert_eq!(bare_part_letter(" A "), Some('A'));
    assert_eq!(bare_part_letter("a"), None);
    assert_eq!(bare_part_letter("A:"), None);
}

#[test]
fn a_one_line_reminder_of_a_deed_under_a_heading_that_names_the_kind_of_story_is_a_story() {
    let set = principles::builtin();
    // Our own words: a story told in parts, then two headings that name the kind of
    // story, each over one line of what the writer did (in Chinese: "the A/B test went
    // badly; I studied the schema and found the cause"), then a heading of failure
    // modes over how a kind of failure shows, which tells no deed.
    let notes = "### Tell me about a time you disagreed with your lead\n\n\
        S/T:\n\n\
        Our lead wanted a queue between two services that talk once a day.\n\n\
        A:\n\n\
        I wrote both designs down and we chose the plain call.\n\n\
        ### 工作中遇到blocking\n\n\
        搜索实验结果不好，我对数据结构进行了研究，找到了原因\n\n\
        ### failure\n\n\
        I shipped a migration without a dry run and restored from backup.\n\n\
        ### Retrieval Failure\n\n\
        表现:\n\n\
        - 检索到的段落和问题无关。\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "{titles:?} {:#?}", read.skipped);
    assert!(titles[1].contains("工作中遇到blocking"), "{titles:?}");
    assert!(names_a_theme("工作中遇到blocking / chanllenging"));
    assert!(!names_a_theme("工作中遇到的人"));
}

#[test]
fn an_answer_followed_by_unanswered_questions_is_a_story_and_the_questions_are_your_own() {
    let set = principles::builtin();
    // Our own words: answers under setext headings that name the kind of story (the
    // same heading twice), the last one followed by the interviewer's questions, a
    // paragraph each, none answered.
    let notes = "cross-team conflict\n---\n\
        The billing team wanted to keep their nightly export. I showed them the late \
        invoices it caused, and we agreed to move one report a week to the live feed. \
        They switched the last report in March.\n\n\
        cross-team conflict\n---\n\
        Support did not trust the routing model we built. I set up a trial where they \
        could see its suggestion and still route by hand, and I met them weekly to go \
        over the misses. After a month they asked to turn it on for every queue.\n\n\
        Tell me about a time you had to change a plan halfway through.\n\n\
        Tell me about a time you disagreed with your manager.\n\n\
        Describe a time when you had to learn something quickly.\n\n\
        Tell me about a time you missed a deadline.\n\n\
        Tell me about a time you helped a teammate who was stuck.\n\n\
        Tell me about a time you took on work outside your role.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.skipped);
    assert!(read.drafts[1].all_text().contains("routing model"));
    // (A question the writer will ask the interviewer still speaks to them: a close
    // and its email, with "you" in its questions, tell no story.)
    let close = "## Closing strong

        **Say this:**

        \"I'm excited about this role. Based on what we discussed, I think my work on         [the project] would let me help quickly.\n\n        Is there anything else you'd like to know about my background?\"\n\n        **Then:**\n\n        \"What are the next steps in the process?\"\n\n        **After the interview:**\n\n        ```\nThank you for the time today. I enjoyed learning about [the team] and I'm         confident I could help with [their goal].\n```\n";
    assert!(plan(close, &set).drafts.is_empty());
    assert!(interviewer_question(
        "Tell me about a time you missed a deadline."
    ));
    assert!(interviewer_question(
        "Describe a time when you had to learn something quickly."
    ));
    assert!(!interviewer_question(
        "What are the next steps in the process?"
    ));
    assert!(!interviewer_question(
        "Is there anything else you'd like to know about me?"
    ));
    assert_eq!(read.questions.len(), 6, "{:#?}", read.questions);
    // (Two answers under one category's heading are no story told twice.)
    assert!(read.duplicates.is_empty(), "{:#?}", read.duplicates);
}

#[test]
fn a_project_told_in_a_set_time_in_another_language_is_a_pitch() {
    let set = principles::builtin();
    // Our own words: a project's three-minute introduction in Chinese and its
    // 30-second telling in Ukrainian, each the project described, then a story.
    let notes = "# 项目讲述\n\n\
        ## 3 分钟项目介绍\n\n\
        我做的是一个订单系统，我负责了支付和对账两个模块，用了消息队列保证最终一致。\n\n\
        ## Весь проєкт за 30 секунд\n\n\
        Я зібрала дані з домашніх датчиків і порахувала, скільки годин квартира тримає тепло.\n\n\
        ## 故事 1：对账差一分钱\n\n\
        - **S**：月底对账总差一分钱。\n\
        - **A**：我查了舍入规则，改成统一在结算时舍入。\n\
        - **R**：之后三个月对账全部一致。\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(titles[0].contains("对账差一分钱"), "{titles:?}");
    assert!(pitches_heading("3 分钟项目介绍"));
    assert!(pitches_heading("1분 프로젝트 소개"));
    assert!(pitches_heading("Весь проєкт за 30 секунд"));
    assert!(!pitches_heading("故事 2：项目的 3 分钟版本"));
    assert!(!pitches_heading("项目里遇到的 3 个问题"));
}

#[test]
fn a_numbered_step_over_the_result_s_label_is_the_action_s_last_step() {
    let set = principles::builtin();
    // Our own words: the Action told in numbered items, the Result's label on the line
    // right after the last item (no blank line: it continues the item in Markdown).
    let notes = "## Story 1: Slow reports\n\
        **S**: The monthly report took two hours to build.\n\
        **T**: Get it under ten minutes before the audit.\n\
        **A**:\n\
        1. I profiled the queries and found a missing index\n\
        2. I added the index and batched the exports\n\
        3. I cached the currency table\n\
        **R**: The report built in six minutes for the audit.\n\n\
        ---\n\n\
        ## Story 2: Noisy alerts\n\
        **S**: On-call got forty pages a night.\n\
        **A**:\n\
        1. I grouped the alerts by cause\n\
        2. I removed the ones nobody acted on\n\
        **R**: Pages fell to five a night.\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Slow reports", "Noisy alerts"],
        "{:#?}",
        read.drafts
    );
    let first = &read.drafts[0].story;
    assert!(
        first.part(Part::Action).contains("currency table"),
        "{first:#?}"
    );
    assert!(
        first.part(Part::Result).starts_with("The report built"),
        "{first:#?}"
    );
}

#[test]
fn a_why_answered_with_what_was_done_is_a_story_a_how_answered_with_habits_is_not() {
    let set = principles::builtin();
    // Our own words: a question of why the writer chose a path, answered in labelled
    // parts that tell what they did then; and a question of how they work, answered
    // in labelled parts in which they only say what they do.
    let notes = "# Prepared answers\n\n\
        ## Q1: \"Why support engineering rather than sales?\"\n\n\
        **Situation:** After university I tried a sales internship and a support rota.\n\n\
        **Task:** I had to choose which offer to take.\n\n\
        **Action:** I shadowed two engineers for a week and I asked a sales lead about her targets.\n\n\
        **Result:** I took the support offer and I passed my first certificate in March.\n\n\
        ## Q2: \"How do you handle a full ticket queue?\"\n\n\
        **Situation:** In my team the queue fills up every Monday.\n\n\
        **Task:** If it overflowed, I would need to pick what to answer first.\n\n\
        **Action:** I sort by customer impact and I tag the blocked accounts first.\n\n\
        **Result:** I keep the sorting rules in a shared page so anyone can follow them.\n\n\
        ## Q3: \"How do you handle a disagreement with your lead?\"\n\n\
        **Situation:** Last spring my lead and I disagreed about rewriting the importer.\n\n\
        **Action:** I wrote both plans down, I asked two seniors to review them and I \
        accepted the smaller plan. I write things down first now, and I ask for review early.\n\n\
        **Result:** We shipped the smaller plan in three weeks.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Result)
            .starts_with("I took the support offer")
    );
    // (A question of how the writer works, answered with what they did once, is
    // answered with a story.)
    assert!(
        read.drafts[1]
            .story
            .part(Part::Situation)
            .starts_with("Last spring")
    );
}

#[test]
fn a_prompt_quoted_after_a_story_s_label_is_its_question() {
    let set = principles::builtin();
    // Our own words, in Chinese: each story headed by its label and the prompt it
    // answers in quotation marks ("tell one of your hardest bugs", "tell a time you
    // disagreed with your lead"), told in labelled parts.
    let notes = "### Story 1 ── \"讲一个你修过的最难 bug\"\n\n\
        **Situation**: 单测里刷新之后拿到的还是旧令牌。\n\n\
        **Action**: 我加了日志，发现双重检查命中了旧缓存，先清缓存再刷新。\n\n\
        **Result**: 之后刷新都拿到新令牌。\n\n\
        ### Story 2 ── \"讲一个你和 leader 有分歧的经历\"\n\n\
        **Situation**: Leader 想让令牌过期后请求自己重试。\n\n\
        **Action**: 我画了时序图，算出高峰时会一起刷新。\n\n\
        **Result**: 方案改成提前续期。\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.skipped);
    let first = &read.drafts[0].story;
    assert_eq!(first.title, "单测里刷新之后拿到的还是旧令牌", "{first:#?}");
    assert!(
        first.questions[0].contains("讲一个你修过的最难 bug"),
        "{first:#?}"
    );
    assert!(read.drafts[1].story.questions[0].contains("有分歧的经历"));
    assert!(quoted_prompt("Story 1 ── \"讲一个你修过的最难 bug"));
    assert!(quoted_prompt(
        "Story 2: \"Tell me about a time you failed\""
    ));
    assert!(!quoted_prompt("Story 3: \"这是什么课\""));
    assert!(!quoted_prompt("The \"quiet\" migration"));
}

#[test]
fn a_telling_of_a_set_length_right_under_the_notes_title_is_a_pitch() {
    let set = principles::builtin();
    // Our own words: notes on one project, told in two lengths right under their
    // title (in Chinese: "2-minute version", "30-second version"); and a story bank
    // where each story is told again in a set length under its own heading, which
    // stays that story's.
    let pitch = "# 项目讲稿\n\n\
        ## 2 分钟版本\n\n\
        这个项目来自门店排班的问题。我把它拆成两层：先把排班记录存下来，再用规则算出缺人的时段。\n\n\
        我希望通过这个项目说明，我能把真实的业务问题变成能落地的方案。\n\n\
        ## 30 秒版本\n\n\
        我做了一个排班检查工具，先存记录，再算缺人的时段。\n";
    assert!(plan(pitch, &set).drafts.is_empty());
    let bank = "# Story bank\n\n\
        ## Story 1: The stale cache\n\n\
        **Situation:** Users saw yesterday's prices.\n\n\
        **Action:** I traced it to a cache key without the date and I added it.\n\n\
        **Result:** Prices were fresh the next morning.\n\n\
        ### 60-second version\n\n\
        Prices were stale; I found the cache key missed the date, added it, and they were fresh the next day.\n\n\
        ## Story 2: The noisy pager\n\n\
        **Situation:** On-call got forty pages a night.\n\n\
        **Action:** I removed the alerts nobody acted on.\n\n\
        **Result:** Pages fell to five.\n";
    assert_eq!(plan(bank, &set).drafts.len(), 2);
    assert!(timed_version("Thirty-second version"));
    assert!(timed_version("90 秒版本"));
    assert!(timed_version("Two-to-three-minute version"));
    assert!(!timed_version("Version two of the migration"));
    assert!(!timed_version("3 分钟项目介绍"));
}

#[test]
fn a_section_named_the_project_introduction_is_a_pitch() {
    let set = principles::builtin();
    // Our own words, in Chinese: "the project introduction to learn by heart" over its
    // 30-second and 60-second tellings, then a story under its labels.
    let notes = "# 项目手册\n\n\
        ## 2. 必背的项目介绍\n\n\
        ### 2.1 30 秒版\n\n\
        “这是一个本地的排班工具，我用规则算出缺人的时段，并做了导出。”\n\n\
        ### 2.2 60 秒版\n\n\
        “我做这个项目是因为排班总在最后一刻出错。我先把记录存下来，再写了规则和测试，现在全部通过。”\n\n\
        ## 3. STAR 故事\n\n\
        ### 故事一：导出文件是空的\n\n\
        - **Situation：** 导出按钮成功，但文件是空的。\n\
        - **Action：** 我查到写文件前没有刷新缓冲，在关闭前加了刷新，并补了测试。\n\
        - **Result：** 之后导出的文件都完整。\n";
    let read = plan(notes, &set);
    let titles: Vec<_> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(titles[0].contains("导出文件是空的"), "{titles:?}");
    assert!(pitches_heading("2. 必背的项目介绍"));
    assert!(pitches_heading("Project Introduction"));
    assert!(!pitches_heading("Introduction to the migration story"));
}

#[test]
fn a_principles_name_before_its_question_on_a_plain_line_heads_that_principle() {
    let set = principles::builtin();
    // Our own words: plain notes with no heading, each principle written before the
    // question it is asked by (the word "Question" glued to one name), one answered.
    let notes = "Customer Obsession Question: “Tell me about a time you put a customer first.”\n\n\
        Situation: A clinic's booking form lost half of what people typed.\n\n\
        Action: I saved a draft of the form on every change.\n\n\
        Result: No booking was lost after that.\n\n\
        FrugalityQuestion: “Tell me about a time you did more with less.”\n\n\
        Earn Trust: How did you win back a team's trust?\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.principles, ["customer-obsession"]);
    assert_eq!(
        story.questions,
        ["Tell me about a time you put a customer first."]
    );
    let own: Vec<(&str, &str)> = (read.questions.iter())
        .map(|q| (q.principle.as_str(), q.question.as_str()))
        .collect();
    assert_eq!(
        own,
        [
            ("frugality", "Tell me about a time you did more with less."),
            ("earn-trust", "How did you win back a team's trust?"),
        ]
    );
    assert_eq!(question_labelled("Dive Deep Question"), Some("Dive Deep"));
    assert_eq!(question_labelled("FrugalityQuestion"), Some("Frugality"));
    assert_eq!(question_labelled("Think Big Q"), Some("Think Big"));
    assert_eq!(question_labelled("BigQ"), None);
    assert_eq!(question_labelled("Question"), None);
}

#[test]
fn a_short_line_right_under_a_question_answers_it_and_titles_nothing() {
    let set = principles::builtin();
    // Our own words: plain notes of questions, each answered by a reminder of a line
    // or told in full, one answer led in by a sentence of the writer's. Read as titles,
    // the short lines would each take the next question and its answer.
    let notes = "Tell me about a time you simplified something.\n\n\
        Feature flag cleanup\n\n\
        Describe a time you led a migration.\n\n\
        I moved the billing jobs to the new queue. I wrote the runbook and I trained the on-call team.\n\n\
        Describe a time you missed a deadline.\n\n\
        So I told my manager early:\n\n\
        I promised a report for Friday and lost two days to an outage. I told my manager on Wednesday and I shipped a smaller report on time.\n\n\
        What is the project you are proudest of?\n\n\
        The ledger rewrite\n\n\
        Tell me about a conflict with your lead.\n\n\
        I disagreed with my lead about retries. I wrote a one-page comparison and I won her over.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    assert_eq!(titles[0], "Feature flag cleanup");
    assert!(
        read.drafts.iter().all(|d| d.story.questions.len() == 1),
        "{:#?}",
        read.drafts
    );
    let lines: Vec<&str> = notes.lines().collect();
    assert!(answers_question_above(&lines, 2));
    assert!(!answers_question_above(&lines, 0));
    assert!(leads_in_as_i("So I carefully checked the logs:"));
    assert!(!leads_in_as_i("Tech failure story maybe:"));
}

#[test]
fn challenge_between_the_scene_and_the_actions_is_the_task() {
    let set = principles::builtin();
    // Our own words: a story told Situation, Challenge, Action, Result; and a numbered
    // challenge inside an action, which is no label.
    let notes = "## Ownership\n\n\
        Situation: My father was in hospital the week we shipped a release.\n\n\
        Challenge: I had to be at the hospital and still finish the testing.\n\n\
        Action: I moved my hours to early mornings and handed two small tasks to a teammate.\n\n\
        Result: The release shipped on time.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Task)
            .contains("still finish the testing")
    );
    assert!(matches!(
        split_label("Challenge: I had two weeks."),
        Some((Label::Part(Part::Task), "I had two weeks."))
    ));
    assert!(!matches!(
        split_label("Challenge 1: Scaling during peak traffic"),
        Some((Label::Part(_), _))
    ));
}

#[test]
fn a_parts_label_with_a_word_before_it_on_its_own_line_is_that_label() {
    let set = principles::builtin();
    // Our own words: an answer that opens on a sentence, then `Real situation:` and
    // `What I did:` over their text.
    let notes = "What would you do if your manager asked you to skip a code review?\n\n\
        I would say no, politely.\n\n\
        Real situation:\n\
        Once my manager asked me to merge without a review to make a release.\n\n\
        What I did:\n\
        I asked a teammate to review it within the hour and we still made the release.\n\n\
        Result:\n\
        Reviews planned earlier became our habit.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story
            .part(Part::Situation)
            .contains("merge without a review"),
        "{story:?}"
    );
    assert!(!story.part(Part::Situation).contains("Real"), "{story:?}");
    assert!(read.ignored.iter().any(|s| s.text == "Real situation:"));
    assert!(qualified_label("Final result:\nIt worked.", &set).is_some());
    // (A principle's name is no label with a word before it.)
    assert!(qualified_label("Deliver Results:\nI shipped.", &set).is_none());
    assert!(qualified_label("Real situation: it was late.", &set).is_none());
}

#[test]
fn a_deed_told_in_a_sentence_under_a_request_for_an_example_is_a_story() {
    let set = principles::builtin();
    // Our own words: a one-sentence answer to a polite request for an example, and a
    // prompt that asks for the last time something happened.
    let notes = "Can you share an example of how you saved money for your team?\n\n\
        Most of all, I moved our build cache to cheaper storage. It cut the bill by a third.\n\n\
        Describe what happened the last time you went out of your way for a customer.\n\n\
        I drove a replacement laptop to a client on a Sunday so their payroll ran on time.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:?}", read.drafts);
    assert!(asks_for_one_occasion(
        "Can you share an example of how you saved money?"
    ));
    assert!(is_question(
        "Describe what happened the last time you went out of your way for a customer."
    ));
    assert!(!asks_for_one_occasion(
        "Can you explain the first time complexity?"
    ));
}

#[test]
fn labels_inside_a_story_told_under_its_parts_headings_start_no_next_story() {
    let set = principles::builtin();
    // Our own words: a story told under part headings, a section of hard parts between
    // its actions and its result, told with labels of its own.
    let notes = "### Q2. Tell me about something you built from scratch.\n\n\
        #### Situation\n\nTeams copied order data by hand every night.\n\n\
        #### Action\n\nI built one shared pipeline for the orders.\n\n\
        #### Hard parts\n\n\
        **The Problem:** Retries flooded the queue at peak.\n\n\
        **The Solution:** I added backoff with a cap.\n\n\
        #### Result\n\nNobody copied data by hand after the first month.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(Part::Result)
            .contains("Nobody copied")
    );
    assert!(read.drafts[0].all_text().contains("Retries flooded"));
}

#[test]
fn a_line_leading_in_to_the_notes_sources_answers_no_question() {
    let set = principles::builtin();
    // Our own words: the last principle's question, unanswered, then the links the
    // writer read.
    let notes = "## Dive Deep\n\n\
        Tell me about a time you found a root cause others missed.\n\n\
        Reference for the principles:\n\n\
        [https://example.com/guide](https://example.com/guide)\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:?}", read.drafts);
    assert!(read.questions.iter().any(|q| q.principle == "dive-deep"));
}

#[test]
fn a_line_that_calls_a_story_by_a_name_only_it_holds_points_to_it() {
    let set = principles::builtin();
    // Our own words: a story about a Caddy change, then another principle's question
    // answered by "the Caddy answer" in a note to self. ("Again" would make it a
    // retelling, paired as a duplicate: see `a_note_that_names_a_story_again_…`.)
    let notes = "## Bias for Action\n\n\
        Tell me about a risk you took.\n\n\
        Situation: We had to change the Caddy config before a release freeze.\n\n\
        Action: I tested it on staging and kept a rollback ready.\n\n\
        Result: It shipped before the freeze.\n\n\
        ## Learn and Be Curious\n\n\
        Describe a time you learned something quickly.\n\n\
        The Caddy answer works here too\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story
            .questions
            .iter()
            .any(|q| q.contains("learned something quickly"))
    );
    assert!(story.principles.iter().any(|p| p == "learn-and-be-curious"));
    assert_eq!(names_in_line("NGINX wala answer dena hai"), ["NGINX"]);
    assert_eq!(
        names_in_line("Dono me Lite Approval ka bolna hai"),
        ["Lite Approval"]
    );
    assert!(names_in_line("Caching in service").is_empty());
}

#[test]
fn a_template_of_labels_over_empty_slots_is_no_story() {
    let set = principles::builtin();
    // Our own words: a story told, then the page's template for the person's own
    // version, every label over a slot in brackets.
    let notes = "## Dive Deep\n\n\
        Tell me about a bug you chased down.\n\n\
        Situation: Reports came out a day late every Monday.\n\n\
        Action: I traced it to a timezone in the scheduler and fixed it.\n\n\
        Result: Reports have been on time since.\n\n\
        ### Your own version\n\n\
        - **The story I will tell first:** [FILL IN: bug / outage / other]\n\
        - **Situation (one or two lines):** [FILL IN]\n\
        - **The hard part:** [FILL IN]\n\
        - **Steps I took:** [FILL IN]\n\
        - **Result (real or clearly marked estimate):** [FILL IN]\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        (read.skipped.iter()).any(|s| s.reason.starts_with("a template: its parts are examples")),
        "{:#?}",
        read.skipped
    );
    assert!(only_slots(
        "**Situation (1–2 lines):** [FILL IN]\n**Steps I took:** [TODO: the steps]\n"
    ));
    assert!(!only_slots(
        "**Situation:** [FILL IN]\n**Action:** I rolled it back.\n"
    ));
    assert!(!only_slots("**Situation:** [FILL IN]\n"));
}

#[test]
fn case_labels_glued_to_the_text_around_them_start_their_stories() {
    let set = principles::builtin();
    // Our own words: notes pasted with their line breaks lost, each principle's
    // question, its description and its cases run together on one line.
    let notes = "OWNERSHIP: Tell me about a time you took on something nobody owned.Leaders act for the whole company.case 1Last spring I took over the flaky deploy pipeline. I rewrote its retries and it has not failed since.\n\
        case 2the billing export had no owner. I adopted it and added alerts, and the late exports stopped.\n\n\
        FRUGALITY: Tell me about a time you did more with less.We value doing more with less. case 1I moved our test runs to spare machines and cut the bill by half.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 3, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .principles
            .contains(&"ownership".to_string())
    );
    assert!(read.drafts[1].all_text().contains("billing export"));
    assert!(!read.drafts[0].all_text().contains("billing export"));
    assert_eq!(read.drafts[2].story.principles, ["frugality"]);
    // Every word is kept: the label is quoted as it stands, glued to its word.
    assert!(
        read.ignored.iter().any(|s| s.text == "case 1Last"),
        "{:#?}",
        read.ignored
    );
    assert_eq!(glued_cases("customers.case 1Last year"), [(10, 16)]);
    assert_eq!(glued_cases("Career Choice. case 1for the team"), [(15, 21)]);
    assert_eq!(glued_cases("other people case 1we have a team"), [(13, 19)]);
    assert!(glued_cases("in case 1 fails, retry").is_empty());
    assert!(glued_cases("a showcase 2 weeks").is_empty());
}

#[test]
fn sentences_glued_by_a_lost_line_break_are_read_apart_and_names_are_not() {
    // Our own words: a paste that lost its breaks, and names with a dot in them.
    assert_eq!(
        glued_stops("the client tried it and didn’t like it.We asked why.Then I fixed it."),
        [41, 54]
    );
    assert_eq!(glued_stops("I changed the plan.I told the team."), [19]);
    assert!(glued_stops("We moved to Next.js and ASP.NET, see notes.md and Startup.cs").is_empty());
    assert!(glued_stops("e.g.The value, www.example.com/Path.Here, 4.5min").is_empty());
    // Fewer than three in the notes: no break was lost, nothing is cut.
    assert!(cases_apart("One.Two and three.Four\n").is_none());
    let (apart, _) = cases_apart("it.We one.Then two.So three\n").expect("breaks were lost");
    assert_eq!(apart, "it.\nWe one.\nThen two.\nSo three\n");
}

#[test]
fn a_remark_after_a_storys_counted_label_names_its_themes_not_the_story() {
    let set = principles::builtin();
    // Our own words: stories counted by a label whose remark in parentheses lists their
    // themes, principles among them in the informal words people use, told tersely.
    let notes = "## stories from work\n\n\
        story 1: (teamwork, patience)\n\
        situation: two testers kept overwriting each other's test data.\n\
        action: I gave each a prefix and wrote it into the runbook.\n\
        result: no clash since.\n\n\
        story 2: (initiative, insist highest standard, ownership)\n\
        situation: the nightly build broke once a week.\n\
        action: I rewrote the flaky step and I added a check before it.\n\
        result: a month without a broken build.\n\n\
        story 3: (biased for actions)\n\
        situation: a customer's upload failed on a Sunday.\n\
        action: I pushed a one-line fix and I told them within the hour.\n\
        result: they uploaded that evening.\n\n\
        story 4: (self criticize, and make improvements)\n\
        situation: my own release notes are hard to read.\n\
        action: rewrite them in one format and ask two readers each time.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 4, "{:#?}", read.drafts);
    // (The first, opening the section, still takes its remark as its title.)
    assert!(
        titles[1..].iter().all(|t| !t.starts_with('(')),
        "{titles:?}"
    );
    assert_eq!(
        read.drafts[1].story.principles,
        ["insist-on-the-highest-standards", "ownership"]
    );
    assert_eq!(read.drafts[2].story.principles, ["bias-for-action"]);
    // The fourth, in the present tense, is still the story the writer counted.
    assert!(read.drafts[3].all_text().contains("release notes"));
    assert!(story_label_line("story 17: (self criticize)"));
    assert!(!story_label_line("storytelling: keep it short"));
}

#[test]
fn an_empty_details_block_under_a_question_is_no_story_and_the_question_is_kept_once() {
    let set = principles::builtin();
    // Our own words: a numbered question with an answer in a `<details>` block, and one
    // whose block was left empty.
    let notes = "## Experience\n\
        1. How do you set goals?\n    <details><summary>Answer</summary>\n    I picture where I want to be and work back from it.\n    </details>\n\
        2. What was the biggest challenge in your last project?\n    <details><summary>Answer</summary>\n    </details>\n";
    let read = plan(notes, &set);
    assert!(
        read.drafts.iter().all(|d| !d.story.title.contains('<')),
        "{:#?}",
        read.drafts
    );
    let asked: Vec<&str> = (read.questions.iter())
        .map(|q| q.question.as_str())
        .filter(|q| q.contains("biggest challenge"))
        .collect();
    assert_eq!(asked.len(), 1, "{:#?}", read.questions);
    assert!(markup_only(
        "<details><summary>Answer</summary>\n</details>\n"
    ));
    assert!(!markup_only(
        "<details><summary>Answer</summary>\nI fixed it.\n</details>"
    ));
    assert!(!markup_only("No tags here."));
}

#[test]
fn a_principles_meaning_listed_in_commands_and_a_guides_example_structure_are_no_stories() {
    let set = principles::builtin();
    // Our own words: a principle over what it asks, in commands.
    let notes = "## Customer Obsession\n\
        - Study the buyer and the problems buyers have.\n\
        - Expect what buyers will ask for.\n\
        - Give support beyond what buyers expect.\n\
        - Build a culture around the buyer.\n\
        - Be buyer-minded in every decision.\n\
        - Be buyer-minded in every message.\n";
    assert!(plan(notes, &set).drafts.is_empty());
    assert!(commands_listed(
        "- Ship on time.\n- Keep the bar high.\n- Say it early.\n"
    ));
    assert!(!commands_listed(
        "- Shipped on time.\n- Kept the bar high.\n- Said it early.\n"
    ));
    assert!(!commands_listed(
        "- I ship on time.\n- I keep the bar high.\n- I say it early.\n"
    ));
    // Our own words, in Korean: a guide's question, then "an example of the STAR
    // structure" in its letters, then its key point, bidding the reader (…하세요).
    let guide = "## 행동 면접 질문\n\n\
        ### Q1. 마감이 촉박했던 경험은?\n\n\
        **의도:** 우선순위 판단 평가\n\n\
        **STAR 구조 예시:**\n\n\
        - **S**: 출시가 일주일 앞당겨졌습니다.\n\
        - **T**: 핵심 기능을 제때 내야 했습니다.\n\
        - **A**: 기능을 세 묶음으로 나누고 하나를 미뤘습니다.\n\
        - **R**: 핵심 기능을 제날짜에 출시했습니다.\n\n\
        **핵심 포인트:** 어떻게 우선순위를 정했는지 구체적으로 서술하세요. 수치를 사용하세요.\n";
    assert!(
        plan(guide, &set).drafts.is_empty(),
        "{:#?}",
        plan(guide, &set).drafts
    );
    assert!(sample_heading("STAR 구조 예시"));
    assert!(sample_heading("Example STAR structure"));
    assert!(!sample_heading("STAR 구조"));
}

#[test]
fn a_narrative_filed_under_the_writers_stories_is_one_whatever_its_heading_asks() {
    let set = principles::builtin();
    // Our own words: the writer's stories, one under a heading that asks why they
    // left a job, told as what happened; a question left to answer; the same telling
    // under notes that do not call it a story stays an answer about the person.
    let told = "I joined Larkspur as the second engineer on its billing team. The work \
        was mostly patching reports for auditors, and I asked twice to move to the \
        payments rewrite.\n\n\
        When the rewrite was given to a contractor, I took an offer from a clinic \
        software company. I left on good terms and still review Larkspur's audits \
        when they ask.\n";
    let filed = format!(
        "## Stories\n\n### Why did I leave Larkspur?\n\n{told}\n### Tell me about a time you failed.\n\nTODO\n"
    );
    let read = plan(&filed, &set);
    assert_eq!(read.drafts.len(), 1, "{:?}", read.skipped);
    assert!(
        read.drafts[0]
            .all_text()
            .contains("second engineer on its billing team")
    );
    assert_eq!(
        read.drafts[0].story.questions,
        ["Why did I leave Larkspur?"]
    );
    let answered = format!("## Interview answers\n\n### Why did I leave Larkspur?\n\n{told}");
    assert!(
        plan(&answered, &set).drafts.is_empty(),
        "{:?}",
        plan(&answered, &set).drafts
    );
}

#[test]
fn a_technical_answer_to_how_a_thing_was_designed_is_no_story_unless_told_in_parts() {
    let set = principles::builtin();
    // Our own words: how the writer designs things, answered in prose and under
    // sub-headings of the question, as a technical answer is; then the same kind of
    // question answered with a story in its labelled parts.
    let notes = "# 1. How did you design the staging environments?\n\n\
        ### Answer\n\n\
        In my projects, I kept one configuration per environment and reused the same \
        modules for each.\n\n\
        * Separate accounts for test and live.\n\
        * One pipeline promotes a build from test to live.\n\n\
        # 2. How do you design a service to stay up?\n\n\
        ### Answer\n\nI remove every single point of failure.\n\n\
        ### Layout\n\n```text\nBalancer\n    ↓\nThree copies\n```\n\n\
        ### Measures\n\n#### Compute\n\nNodes in three zones.\n\n\
        #### Scaling\n\n* More copies under load\n* Fewer at night\n\n\
        ### Recovery\n\n\
        * Automated snapshots\n\
        * Copies replicated across regions\n\
        * Servers rebuilt from templates\n\n\
        ### Result\n\nNo single point of failure.\n\n\
        # 3. How did you design the parking sensor filter?\n\n\
        S (Situation):\nOur parking sensors reported phantom obstacles in the rain.\n\n\
        T (Task):\nI had to stop the false alarms before the winter release.\n\n\
        A (Action):\nI wrote a filter that ignored echoes shorter than two readings.\n\n\
        R (Result):\nFalse alarms fell by four fifths in the rain tests.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .part(crate::model::Part::Action)
            .contains("ignored echoes")
    );
    assert!(super::rules::asks_how_it_works(
        "How did you design the staging environments?"
    ));
    assert!(!super::rules::asks_how_it_works(
        "How did you handle a missed deadline?"
    ));
}

#[test]
fn an_answer_label_with_nothing_after_it_leaves_the_question_to_the_story_below() {
    let set = principles::builtin();
    // Our own words: technical questions numbered by headings, each asked after `Q`;
    // the first answered after `A`, then told as a story in its parts; the second's
    // `A` left empty, its story told below it.
    let notes = "# Question 1\n\n\
        * **Q** : What is a load balancer?\n\n\
        * **A** : A load balancer spreads requests over several servers.\n\n\
        **S** : Our shop's single server fell over during every sale.\n\n\
        **T** : I was asked to keep the shop up through the spring sale.\n\n\
        **A** : I put two servers behind a load balancer.\n\n\
        **R** : The shop stayed up through the sale.\n\n\
        # Question 2\n\n\
        * **Q** : What is a message queue?\n\n\
        * **A** : \n\n\
        **S** : Our email sender blocked checkout whenever the mail provider was slow.\n\n\
        **T** : I was asked to make checkout fast again.\n\n\
        **A** : I put the emails on a queue and wrote a worker to send them.\n\n\
        **R** : Checkout time fell from four seconds to half a second.\n";
    let read = plan(notes, &set);
    let questions: Vec<&[String]> = read.drafts.iter().map(|d| &d.story.questions[..]).collect();
    assert_eq!(
        questions,
        [["What is a load balancer?"], ["What is a message queue?"]],
        "{:?}",
        read.skipped
    );
    assert!(
        read.drafts[1]
            .story
            .part(crate::model::Part::Action)
            .contains("wrote a worker")
    );
    // The empty label and the heading that numbers the question are kept, with their
    // lines.
    let kept: Vec<(usize, &str)> = (read.ignored.iter())
        .filter(|s| s.lines.0 >= 15 && s.lines.0 <= 19)
        .map(|s| (s.lines.0, s.text.as_str()))
        .collect();
    assert!(kept.contains(&(15, "# Question 2")), "{kept:?}");
    assert!(
        read.ignored.iter().any(|s| s.lines == (15, 15)
            && s.reason == "a heading that numbers a question, its story below")
    );
    assert!(kept.contains(&(19, "- **A** :")), "{kept:?}");
    assert!(super::walk::empty_answer_label("* **A** :"));
    assert!(super::walk::empty_answer_label("Answer:"));
    assert!(!super::walk::empty_answer_label(
        "**A** : I put two servers behind it."
    ));
    assert!(!super::walk::empty_answer_label("**Action:**"));
}

#[test]
fn a_situation_that_opens_by_defining_a_thing_gives_the_title_to_the_task() {
    let set = principles::builtin();
    // Our own words: a technical question answered by a definition in the Situation,
    // then what the writer was set to do; a Situation that sets a scene keeps the title.
    let notes = "## Dive Deep\n\n\
        ### What is a cache?\n\n\
        **S** : A cache is a small fast store in front of a slow one.\n\
        **T** : I was asked to make the price page load in under a second.\n\
        **A** : I cached the prices for a minute and measured the misses.\n\
        **R** : The page loaded in 300 ms.\n\n\
        ### Tell me about a slow report.\n\n\
        **S** : The client is a bank in Lisbon with a nightly report.\n\
        **T** : I had to make the report finish before the branches opened.\n\
        **A** : I split the report by branch and ran the parts in parallel.\n\
        **R** : It finished by five.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "I was asked to make the price page load in under a second",
            "The client is a bank in Lisbon with a nightly report"
        ]
    );
    assert!(defines_a_thing(
        "DevOps is a cultural shift that merges operations with development."
    ));
    assert!(defines_a_thing(
        "An API, also known as an application programming interface, is software."
    ));
    assert!(defines_a_thing(
        "Unit tests are checks of one function each."
    ));
    assert!(!defines_a_thing("The client is a bank in Lisbon."));
    assert!(!defines_a_thing(
        "Kafka is a broker we chose for the events."
    ));
    assert!(!defines_a_thing("Our team is a group of six."));
    // A Situation that announces what the speaker will say names no story either.
    let announced = "## Dive Deep\n\n### How have you worked with queues?\n\n\
        **S** : First of all I'd like to give a quick overview of what I know of queues.\n\
        **T** : I had to stop the nightly export from timing out.\n\
        **A** : I moved the export onto a queue with three workers.\n\
        **R** : It finished in forty minutes instead of four hours.\n";
    let read = plan(announced, &set);
    assert_eq!(
        read.drafts[0].story.title,
        "I had to stop the nightly export from timing out"
    );
    assert!(announces("Let me start with some background."));
    assert!(!announces("I started the export again by hand."));
}

#[test]
fn a_telling_under_a_label_that_says_how_to_tell_it_is_a_guides_sample() {
    let set = principles::builtin();
    // Our own words: a guide that speaks to its reader, then a scenario and a model
    // telling under a label that says how to tell it, in English and in Vietnamese.
    let guide = |label: &str| {
        format!(
            "# Behavioral guide\n\n\
             You will be asked about conflict; your answer should show what you did.\n\n\
             ## Script 1: a disagreement\n\n\
             *   **Common situation:** a lead wants a different database from you.\n\
             *   **{label}:**\n    \
                 *   **S:** In project XYZ our lead wanted a document store for billing.\n    \
                 *   **T:** I had to propose a relational schema without a quarrel.\n    \
                 *   **A:** I built both in a weekend and ran the same month of invoices.\n    \
                 *   **R:** The team chose the relational schema and kept it for two years.\n"
        )
    };
    for label in ["How to tell it", "Cách kể câu chuyện chuẩn Senior"] {
        let read = plan(&guide(label), &set);
        assert!(read.drafts.is_empty(), "{label}: {:#?}", read.drafts);
    }
    // The writer's own notes, advising no one: the same telling is their story.
    let own = "# My stories\n\n## Script 1: a disagreement\n\n\
        *   **How to tell it:**\n    \
            *   **S:** In project XYZ our lead wanted a document store for billing.\n    \
            *   **T:** I had to propose a relational schema without a quarrel.\n    \
            *   **A:** I built both in a weekend and ran the same month of invoices.\n    \
            *   **R:** The team chose the relational schema and kept it for two years.\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
    assert!(how_to_tell("Cách kể câu chuyện chuẩn Senior"));
    assert!(!how_to_tell("How I told it"));
}

#[test]
fn a_title_naming_the_round_and_the_trade_names_no_reader() {
    let set = principles::builtin();
    // Our own words: a guide titled by the round and the trade it is for (no person's
    // name, though it reads as "Name — trade"), speaking to its reader, then sample
    // answers in STAR letters under a heading that says so.
    let guide = |title: &str| {
        format!(
            "# {title}\n\n\
             Behavioral questions show how you handle real situations; you need to show judgment.\n\n\
             ## Sample answers\n\n\
             ### 1. Tell me about a time you found a bug others missed.\n\n\
             - **S**: Working on a booking site. The team had tested for weeks.\n\
             - **T**: Find the cases that lose money.\n\
             - **A**: Wrote a matrix of vouchers by currency. Found totals below zero.\n\
             - **R**: Fixed before release.\n"
        )
    };
    for title in [
        "Test Engineer Interview Guide",
        "Behavioral Round — Test Engineer Interview Guide",
    ] {
        let read = plan(&guide(title), &set);
        assert!(read.drafts.is_empty(), "{title}: {:#?}", read.drafts);
    }
}

#[test]
fn points_an_answer_should_cover_and_a_worksheet_are_no_stories() {
    let set = principles::builtin();
    // Our own words: questions each over the points an answer should cover, one of
    // them speaking to the reader; then a reminder of the writer's own under another.
    let notes = "# Questions\n\n\
        Tell me about a time you missed a deadline. What did you learn?\n\
        - The root cause.\n\
        - How you applied the lesson later.\n\n\
        Tell me about a time you took a risk.\n\
        - Moved the billing jobs to spot machines\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Moved the billing jobs to spot machines"],
        "{:?}",
        read.skipped
    );
    // A worksheet of a story's labels, each with what to write there.
    let sheet = "# Preparing\n\n## Story worksheet\n\n```text\nHeadline (one sentence):\n\
        Situation: scale, constraints, why it mattered\n\
        Task: outcome you personally owned\n\
        Actions: three to five decisions, in order\n\
        Result: baseline to outcome, and how it was measured\n```\n";
    let read = plan(sheet, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_playbooks_wants_commands_graded_points_and_openings_are_no_stories() {
    let set = principles::builtin();
    // Our own words: a playbook that speaks to its reader, a count of stories to
    // prepare, what interviewers want under each question, points a good or bad
    // answer holds, and openings of sentences to borrow.
    let notes = "# Behavioral playbook\n\n\
        These rounds decide more offers than you think; your answers must show judgment.\n\n\
        ## Story set\n\n\
        Prepare **3 stories per theme**.\n\n\
        ### \"Tell me about a failure\"\n\
        **They want:** honesty and how fast you learn\n\n\
        Weak answer:\n\n\
        - Someone else's fault\n\
        - A failure that was a success\n\n\
        Strong answer:\n\n\
        - A real cost\n\
        - What changed afterwards\n\n\
        ### \"Tell me about an unclear project\"\n\
        **They want:** clarity from nothing\n\n\
        Cover these:\n\n\
        - Unknowns\n\
        - Assumptions made\n\n\
        ## Words\n\n\
        ### Say\n\
        - \"I chose…\"\n\
        - \"The cost was…\"\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(opens_on_command("Prepare 3 stories per theme."));
    // Each shape alone, under the same opening: graded points; openings to borrow.
    let head = "# Behavioral playbook\n\n\
        These rounds decide more offers than you think; your answers must show judgment.\n\n";
    let reasons: Vec<&str> = read.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert!(
        reasons.contains(&"advice to the reader, not a story"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&"what interviewers look for, not a story"),
        "{reasons:?}"
    );
    let graded = format!(
        "{head}### \"Tell me about a failure\"\n\nWeak answer:\n\n\
         - Someone else's fault\n- A failure that was a success\n\n\
         Strong answer:\n\n- A real cost\n- What changed afterwards\n"
    );
    let read = plan(&graded, &set);
    assert!(read.drafts.is_empty());
    assert!(
        read.skipped.iter().any(
            |s| s.reason == "points an answer should hold, under a guide's labels, not a story"
        ),
        "{:?}",
        read.skipped
    );
    let openings = format!(
        "{head}## Words that score\n\n### Use\n- \"I chose…\"\n- \"The cost was…\"\n- \"The risk was…\"\n"
    );
    let read = plan(&openings, &set);
    assert!(read.drafts.is_empty());
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason == "openings of sentences to borrow when answering, not a story"),
        "{:?}",
        read.skipped
    );
}

#[test]
fn a_story_section_after_project_pitches_is_read_as_stories() {
    let set = principles::builtin();
    // Our own words: pitches of what each project is, then a section under a heading
    // that names the STAR method over the answers, each under its quoted question.
    let notes = "# Interview notes\n\n## Projects — 30-second pitches\n\n### Project 1: Route planner\n\n\
        **Pitch:** \"I built a planner that cut delivery routes by a fifth.\"\n\n---\n\n\
        ## STAR Method — Behavioral Answers\n\n**S**ituation → **T**ask → **A**ction → **R**esult\n\n\
        ### \"Tell me about a time you took initiative\"\n\n\
        **S:** At Northwind, our drivers rebuilt their routes by hand every morning.\n\
        **T:** Nobody asked me to fix it; I chose to.\n\
        **A:** I wrote a planner over the depot's orders and tried it with two drivers.\n\
        **R:** Morning planning went from an hour to five minutes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story.part(Part::Result).contains("five minutes"),
        "{story:#?}"
    );
    assert_ne!(story.title, "Behavioral Answers", "{story:#?}");
    assert_eq!(
        story.questions,
        ["Tell me about a time you took initiative"]
    );
}

#[test]
fn a_lead_in_saying_stories_over_short_names_gives_a_draft_each() {
    let set = principles::builtin();
    // Our own words: a guide's advice, then the writer's own stories named a line each
    // after "Strong stories include:".
    let notes = "# Senior interviews\n\n## Questions\n\n- Tell me about a mistake.\n- How do you onboard engineers?\n\n\
        ## Evidence\n\nPick the story that fits the question.\n\nStrong stories include:\n\n\
        - Billing platform ownership handover\n- Warehouse scanner rollout\n- Search ranking clean-up\n\n\
        ## Rules\n\nLead with the answer.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Billing platform ownership handover",
            "Warehouse scanner rollout",
            "Search ranking clean-up"
        ],
        "{:#?}",
        read.drafts
    );
    // The word of advice before the lead-in is skipped beside them.
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("Pick the story")
                && s.reason == "under 'Evidence', beside the list of the writer's stories"),
        "{:#?}",
        read.skipped
    );
    // The kinds of story a reader is told to find are no drafts.
    let advice = "# Guide\n\n## Evidence\n\nYour stories should include:\n\n\
        - A time you failed\n- A time you led without authority\n- A conflict with your manager\n";
    assert!(plan(advice, &set).drafts.is_empty());
}

#[test]
fn a_use_for_question_under_a_storys_name_and_note_stays_with_that_story() {
    let set = principles::builtin();
    // Our own words: a story's name, a note on how to word it, the question it is used
    // for under `**Use for:**`, then its parts in bullets.
    let notes = "# Stories\n\n## 3. The migration that wasn't (owning a mistake)\n\n\
        > **Wording:** The owning-the-mistake part is unchanged (it happened on the payments \
        codebase). On this track, call the guard a **JUnit** gate — \"the test that would have caught it\".\n\n\
        **Use for:** \"Tell me about a mistake / a bug you caused / quality standards.\"\n\n\
        - **S:** My refactor of the fee tables, meant to change no behaviour, failed a test downstream.\n\
        - **T:** Find why the fees for one region had changed.\n\
        - **A:** I read my own diff again and found a helper I had added that rounded early; I took it out.\n\
        - **R:** The refactor shipped as one; the team's checklist now asks for no test changes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "The migration that wasn't");
    assert_eq!(
        story.questions,
        ["Tell me about a mistake / a bug you caused / quality standards."]
    );
    assert!(
        story.part(Part::Action).contains("rounded early"),
        "{story:#?}"
    );
}

#[test]
fn a_table_numbering_the_stories_told_below_links_their_principles_by_number() {
    let set = principles::builtin();
    // Our own words: a table of the stories by number, their principles and another
    // company's signals, then each story under a heading with the same number and a
    // name of other words.
    let notes = "# Story bank\n\n| Story | Amazon LPs | Signals |\n|---|---|---|\n\
        | 1. Fee table fix | Insist on the Highest Standards · Earn Trust | humility |\n\
        | 2. Night queue stall | Dive Deep | rigor |\n\n\
        ## 1. The refactor that changed the fees\n\n\
        - **S:** My refactor of the fee tables failed a test downstream.\n\
        - **A:** I found the helper I had added and took it out.\n\
        - **R:** It shipped as a pure refactor.\n\n\
        ## 2. Locks taken backwards\n\n\
        - **S:** Our job queue stalled every night.\n\
        - **A:** I traced two workers taking locks in opposite order and fixed the order.\n\
        - **R:** No stall since.\n";
    let read = plan(notes, &set);
    let linked: Vec<(&str, &[String])> = read
        .drafts
        .iter()
        .map(|d| (d.story.title.as_str(), d.story.principles.as_slice()))
        .collect();
    assert_eq!(
        linked,
        [
            (
                "The refactor that changed the fees",
                &[
                    "insist-on-the-highest-standards".to_string(),
                    "earn-trust".to_string()
                ][..]
            ),
            ("Locks taken backwards", &["dive-deep".to_string()][..]),
        ],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn prompts_in_quotation_marks_set_apart_by_dots_are_the_storys_questions() {
    let set = principles::builtin();
    // Our own words: `**Answers:**` over prompts in quotation marks with a middle dot
    // between them, none of them asked as a question.
    let notes = "# Stories\n\n## 2. Rolling out upgrades (Acme)\n\
        **Answers:** \"Work at scale\" · \"High-stakes production change\" · \"Attention to detail\"\n\n\
        - **S:** Each release went out to thousands of customer accounts.\n\
        - **T:** I ran the rollout across all of them.\n\
        - **A:** I scheduled the jobs, watched which failed and retried them.\n\
        - **R:** Every release rolled out with its failures caught.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(
        read.drafts[0].story.questions,
        [
            "Work at scale",
            "High-stakes production change",
            "Attention to detail"
        ]
    );
    assert!(!read.drafts[0].story.notes.contains("Answers"));
}

#[test]
fn questions_asked_inside_a_part_do_not_make_a_story_advice() {
    let set = principles::builtin();
    // Our own words: a story in labelled lines, notes' shorthand with no "I", whose
    // Action lists the questions asked of each client; its theme in brackets before
    // its name.
    let notes = "# Story bank\n\n### [Discovery] Intake before scope\n\
        **Source:** Report #002 — Acme — Engineer\n\
        **S:** Every new client needed an intake call to understand their stack.\n\
        **T:** Qualify the work before committing to a scope.\n\
        **A:** Structured discovery calls: what's your current stack? What are you trying to achieve? What's your timeline?\n\
        **R:** No scoping mismatches; expectations were set before work started.\n\
        **Reflection:** Good qualification sets both sides up to succeed.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert_eq!(story.title, "Intake before scope");
    assert!(story.part(Part::Action).contains("What's your timeline?"));
    // The theme is the writer's remark, in the notes, and not also structure.
    assert!(story.notes.contains("[Discovery]"), "{story:#?}");
    assert!(
        !read.ignored.iter().any(|s| s.text.contains("[Discovery]")),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn stories_named_in_bold_as_lettered_items_under_numbered_themes_take_those_names() {
    let set = principles::builtin();
    // Our own words: themes numbered as a list's items, stories lettered under them in
    // bold with their parts indented below, one begun and left unfinished.
    let notes = "1. Hard customers:\n    a. **Date fields:** \n        **S:** Our client wanted a form with no date pickers.\n\
        \x20       **T:** I had to build the form anyway.\n\
        \x20       **A:** I used a typed date field with a picker icon beside it.\n\
        \x20       **R:** The client accepted both; power users kept the keyboard.\n\
        \x20   b. **Charting library fork:**\n\
        \x20       **S:** The client wanted a heat map and the library I found needed\n\
        \x20       **T:**\n        **A:**\n        **R:**\n\
        2. Deadlines\n    a. **Two launches on one day:**\n\
        \x20       **S:** The client wanted two new apps released on the same day.\n\
        \x20       **T:** Mine had the new backend and two months less.\n\
        \x20       **A:** I told the product manager why one day for both was a risk.\n\
        \x20       **R:** We shipped a week later, and the client was pleased with the extras.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Date fields",
            "Charting library fork",
            "Two launches on one day"
        ],
        "{:#?}",
        read.drafts
    );
    // The theme opens the notes of the story under it, not the Result above it.
    assert!(
        read.drafts[2].story.notes.contains("Deadlines"),
        "{:#?}",
        read.drafts[2]
    );
    assert!(
        !read.drafts[1]
            .story
            .part(Part::Result)
            .contains("Deadlines")
    );
    assert!(read.drafts[0].story.notes.contains("Hard customers"));
}

#[test]
fn a_guides_prompts_after_the_last_part_end_the_story() {
    let set = principles::builtin();
    // Our own words: a story in labelled lines, then questions copied from a guide,
    // each with advice to the reader under it, in the same list.
    let notes = "3. Deadline\n    a. **Two launches:**\n\
        \x20       **S:** The client wanted two new apps released on the same day.\n\
        \x20       **T:** Mine had the new backend and two months less.\n\
        \x20       **A:** I told the product manager why one day for both was a risk.\n\
        \x20       **R:** We shipped a week later, and the client was pleased.\n\
        4. Teammates\n    a. **The quiet sprint:**\n\
        \x20       **S:** A teammate of mine missed every sprint goal.\n\
        \x20       **T:** As scrum master I had to raise it with him.\n\
        \x20       **A:** I tracked the workload for two sprints and swapped his tasks with a junior who wanted harder ones.\n\
        \x20       **R:** He stayed a weak performer.\n\n\n\
        1. Describe a time you went above and beyond for work.\n\
        Have you ever gone past a target at work? This is your chance to show a new employer that you strive for more. Choose a project where you can say why you went further.\n\n\
        2. Describe a time you resolved a conflict at work.\n\
        Questions about disagreements can show how you work with others.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    let result = read.drafts[1].story.part(Part::Result);
    assert_eq!(
        result.trim(),
        "He stayed a weak performer.",
        "{:#?}",
        read.drafts
    );
    assert!(
        read.skipped
            .iter()
            .any(|s| s.text.contains("went above and beyond") && s.reason.starts_with("advice")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn a_challenge_in_quotation_marks_answered_with_what_the_person_is_now_is_no_story() {
    let set = principles::builtin();
    // Our own words: a story, then a hard line an interviewer may say, quoted as a
    // heading though it asks nothing, answered in a quotation about the writer now,
    // the story above named in passing.
    let notes = "## Examples\n\n### 1. Rebuilt the tracker's backend (initiative)\n\
        **S:** A side project's backend was left when my partner quit.\n\
        **T:** Decide whether to find someone or take it on.\n\
        **A:** I took it over and rewrote it in TypeScript.\n\
        **R:** It runs today with web and mobile clients.\n\n\
        ## Tough questions\n\n\
        ### \"You don't have [a backend title / years with X].\"\n\
        > I haven't held a backend-only title, but backend work - schemas, APIs, queries - is already most of what I do day to day, and it's the direction I'm deepening (see the tracker: I took over and rebuilt its backend alone). Name any gap directly and say how you would close it.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Rebuilt the tracker's backend"],
        "{:#?}",
        read.drafts
    );
}

#[test]
fn a_question_about_your_experience_with_a_thing_is_the_storys_question() {
    let set = principles::builtin();
    // Our own words: a question heading labelled `Q2:` in quotation marks that asks
    // about the person's experience with a tool, answered with a story in parts whose
    // Situation names a firm by its initials.
    let notes = "## Stories\n\n### Q2: \"Tell me about your experience with GitOps / ArgoCD.\"\n\n\
        **S:** At J.P. Morgan Chase, deployments drifted between environments.\n\n\
        **T:** I was asked to make them auditable.\n\n\
        **A:** I moved every manifest into Git and set up a sync per environment.\n\n\
        **R:** A rollback became the revert of one commit.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(
        story.questions,
        ["Tell me about your experience with GitOps / ArgoCD."]
    );
    // The initials' stops end no sentence: the title is cut at the Situation's comma,
    // as a long first sentence is, not at "J.P".
    assert_eq!(story.title, "At J.P. Morgan Chase");
}

#[test]
fn a_kind_of_story_in_a_hyphenated_word_before_its_label_is_no_part_of_its_name() {
    let set = principles::builtin();
    // Our own words: a project's notes whose stories are headed `Deep-Dive Story #N —
    // NAME (remark)`, then prepared answers under `**Q:**` with `A:` on the next line.
    let notes = "# Project — The billing portal\n\n## Deep-Dive Story #1 — The slow dashboard (your headline metric)\n\n\
        **S:** The partner dashboard took five seconds to load.  \n\
        **T:** I was asked to get it under two.  \n\
        **A:** I measured each hop, batched the lookups and added an index.  \n\
        **R:** It loads in under two seconds now.\n\n\
        ## Likely questions\n\n\
        **Q: Why batch instead of caching?**  \n\
        A: Caching hides a slow query; it does not fix it.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert!(titles.contains(&"The slow dashboard"), "{:#?}", read.drafts);
    // `A:` after a question's `Q:` is the answer's letter: no Action of a story.
    assert!(
        !read
            .drafts
            .iter()
            .any(|d| d.story.part(Part::Action).contains("Caching hides")),
        "{:#?}",
        read.drafts
    );
}

#[test]
fn pushback_to_prepare_for_and_its_answer_stay_with_the_story() {
    let set = principles::builtin();
    // Our own words: a story in bold parts, then `**Pushback prep:**` with the
    // question to expect and, on the next line, the answer to it.
    let notes = "## STAR Story 1 — The schema the model chose\n\n\
        **Question type:** \"Tell me about a time you used AI in a data project.\"\n\n\
        **Situation:** I wanted a pipeline whose tables a model would design.\n\n\
        **Task:** Let the model decide facts and dimensions from the data alone.\n\n\
        **Action:** I profiled every column and gave the profile to the model in two prompts.\n\n\
        **Result:** It chose the two fact tables a person would have chosen.\n\n\
        **Pushback prep:** \"How did you check what the model decided?\"\n\
        I compared its facts with the columns' cardinality and counted the rows after each join.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0].all_text().contains("counted the rows"),
        "{:#?}",
        read.drafts[0]
    );
}

#[test]
fn a_sample_answer_label_before_a_hard_line_break_is_the_guides_sample() {
    let set = principles::builtin();
    // Our own words: a bank's card that tells its reader what the interviewer
    // assesses, then a sample answer under its label, each line ended by a backslash
    // (a hard break).
    let notes = "## Question\nHave you ever rewritten a large module?\n\n## Answer\n\
        **What they're assessing:** whether you have a safe plan, not whether you can rewrite from nothing.\\\n\\\n\
        **Sample answer (STAR):**\\\n\\\n\
        - **Situation:** the old billing module was hard to extend.\\\n\
        - **Action:** I wrote tests for its behaviour first, then changed it in small steps.\\\n\
        - **Result:** it was easier to extend, with no incident.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn answers_handed_to_the_reader_to_use_are_samples() {
    let set = principles::builtin();
    // Our own words: a post's section of answers, its opening paragraph telling the
    // reader to use them, each answer in bold parts under its question.
    let notes = "# Caching for data engineers\n\n## Interview questions with answers\n\n\
        These are short enough to remember.\n Use them as spoken answers, in your own words.\n\n\
        ### 1) Tell me about a time you cut a dashboard's load time.\n\n\
        **Situation:** Our dashboard took ten seconds to load.\n\n\
        **Task:** Bring it under two.\n\n\
        **Action:** I added a cache in front of the slowest query.\n\n\
        **Result:** It loaded in a second.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_bold_question_over_its_answer_letter_starts_the_next_answer() {
    let set = principles::builtin();
    // Our own words: questions in bold, each over `**A:**` and a quoted answer, or over
    // `**STAR Answer:**`, with a story in labelled list items after; rules between.
    let notes = "# Answers for the QA lead role\n\n## Section 2: Release work\n\n* * *\n\n\
        **Q1: How do you plan testing inside a sprint?**\n\n**A:**\n\n\
        > \"I read each ticket with the product owner on the first day.\"\n\n\
        **STAR Example:**\n\n\
          * **Situation:** Our sprints kept ending with bugs found on the last afternoon.\n\
          * **Task:** I had to move testing earlier.\n\
          * **Action:** I wrote the test cases while the code was written.\n\
          * **Result:** Work carried into the next sprint fell by half.\n\n\
        * * *\n\n\
        **Q2: How do you decide whether a release goes out?**\n\n**A:**\n\n\
        > \"I look at the open defects and how easily we can roll back.\"\n\n\
        **STAR Example:**\n\n\
          * **Situation:** A release was due on a Friday with a rare crash marked as low risk.\n\
          * **Task:** I had to make the call.\n\
          * **Action:** I reproduced the crash on one browser a third of our customers used.\n\
          * **Result:** We held the release for three days and shipped the fix with it.\n\n\
        * * *\n\n\
        **Q3: How do you keep test code maintainable?**\n\n**A:**\n\n\
        > \"I review test code like product code.\"\n\n\
        * * *\n\n\
        **Q4: Describe an automation suite you rebuilt.**\n\n**STAR Answer:**\n\n\
          * **Situation:** I joined a team whose browser tests failed one run in three.\n\
          * **Task:** I had a quarter to make the suite trusted.\n\
          * **Action:** I replaced fixed sleeps with waits and gave each test its own data.\n\
          * **Result:** Random failures fell to one in twenty-five.\n";
    let read = plan(notes, &set);
    let told = |words: &str| {
        read.drafts
            .iter()
            .find(|d| d.story.part(Part::Situation).contains(words))
            .unwrap_or_else(|| panic!("no draft tells {words:?}: {:#?}", read.drafts))
    };
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    let sprint = told("last afternoon");
    assert_eq!(
        sprint.story.questions,
        ["How do you plan testing inside a sprint?"]
    );
    // The next question's answer is no part of the story above it.
    assert!(!sprint.all_text().contains("roll back"), "{sprint:#?}");
    let release = told("rare crash");
    assert_eq!(
        release.story.questions,
        ["How do you decide whether a release goes out?"]
    );
    let suite = told("one run in three");
    assert_eq!(
        suite.story.questions,
        ["Describe an automation suite you rebuilt."]
    );
    assert!(!suite.all_text().contains("product code"), "{suite:#?}");
}

#[test]
fn numbered_sections_of_the_answer_to_one_occasion_are_one_story() {
    let set = principles::builtin();
    // Our own words: a question that asks for one occasion, `### Answer`, then the
    // answer in numbered bold sections, each a label ending in a colon.
    let notes = "## Question 12: Tell me about a time you had to explain an outage to executives.\n\n\
        ### Answer\n\n\
        Last spring our payments page was down for an hour and I had to explain it to the board.\n\n\
        **1. The First Hour:**\n- I posted an update every ten minutes\n- I gave a time for the fix\n\n\
        **2. The Board Meeting:**\n- I explained the cause without jargon\n- I said what we would change\n\n\
        **3. Afterwards:**\n- We added an alert on slow queries\n- No outage like it since\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let told = read.drafts[0].all_text();
    assert!(
        told.contains("every ten minutes") && told.contains("alert on slow queries"),
        "{told}"
    );
}

#[test]
fn difficulties_each_with_a_remedy_are_advice() {
    let set = principles::builtin();
    // Our own words: under a question about the writer's ways, a list of difficulties,
    // each named in bold, with a remedy for each.
    let notes = "## Question 3: How do you run a design review?\n\n\
        **Challenges & Solutions:**\n\n\
        **Challenge: Loud Voices**\n- **Solution**: Give each person two minutes first\n\n\
        **Challenge: Wandering Talk**\n- **Solution**: Park side topics on a list\n\n\
        **Challenge: No Decision**\n- **Solution**: Name the decider before the meeting\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("a remedy for each") && s.text.contains("Park side topics")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn an_example_story_in_a_guide_is_the_guides() {
    let set = principles::builtin();
    // Our own words: a guide that speaks to its reader, then its example story in
    // labelled parts under `### Example STAR story`.
    let notes = "# Preparing for the customer round\n\n\
        Rate yourself on each skill before you prepare; your weakest two are where your time should go.\n\n\
        ## Ownership\n\n### Example STAR story\n\n\
        **Situation**: A nightly feed loaded with a fifth of its rows missing.\n\n\
        **Task**: Nobody had asked me to look.\n\n\
        **Action**: I traced it to a changed export and wrote to their data lead.\n\n\
        **Result**: They fixed it before the Monday meeting.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_label_inside_a_step_leaves_the_actions_steps_going_on() {
    let set = principles::builtin();
    // Our own words: an example told as a challenge, then a solution in numbered bold
    // steps, one step with a labelled line of its own inside it.
    let notes = "## Question 5: How do you share knowledge in your team?\n\n\
        **Real Example: Onboarding at Acme**\n\n\
        **Challenge**: New engineers took three months to ship anything.\n\n\
        **Solution:**\n\n\
        **1. A Wiki:**\n- One page per service\n\n\
        **2. Weekly Talks:**\n- Every Thursday\n- Topics: our services, one at a time\n\n\
        **3. Pairing:**\n- Two weeks of pairing for every new engineer\n\n\
        **Results:**\n- New engineers shipped in their third week\n";
    let read = plan(notes, &set);
    let whole = read
        .drafts
        .iter()
        .find(|d| d.all_text().contains("One page per service"))
        .unwrap_or_else(|| panic!("{:#?}", read.drafts));
    assert!(
        whole.all_text().contains("Two weeks of pairing"),
        "{whole:#?}"
    );
    assert!(
        whole.story.part(Part::Result).contains("third week"),
        "{whole:#?}"
    );
}

#[test]
fn rules_between_a_storys_follow_ups_leave_them_the_storys() {
    let set = principles::builtin();
    // Our own words: a story in unbolded parts, a rule, a label over its follow-ups
    // and their answers, each pair parted from the next by a rule; once under a
    // heading that names a principle, once under one that names the story.
    for heading in [
        "## Learn and Be Curious",
        "## 5. The Week of Reading (Learn and Be Curious)",
    ] {
        let notes = format!(
            "{heading}\n\n\
            Situation: I joined a team whose services I did not know.\n\n\
            Task: Learn enough in a week to design a feature.\n\n\
            Action: I read the code and stepped through check-ins in a debugger.\n\n\
            Result: I found a queue nobody had documented and designed around it.\n\n\
            ---\n\n**Deep follow-ups and answers:**\n\n\
            Q: How did you find the queue?\n\n\
            A: By stepping through a check-in and seeing the request wait.\n\n\
            ---\n\n\
            Q: Why spend a whole week before writing code?\n\n\
            A: The week saved more than a week of rework later.\n"
        );
        let read = plan(&notes, &set);
        assert_eq!(read.drafts.len(), 1, "{heading}: {:#?}", read.drafts);
        assert!(
            read.drafts[0].all_text().contains("saved more than a week"),
            "{heading}: {:#?}",
            read.drafts[0]
        );
    }
}

#[test]
fn a_reminder_that_is_only_a_told_storys_name_points_at_it() {
    let set = principles::builtin();
    // Our own words: questions with the writer's reminder under each, one of them only
    // the name of a story told further on (its words run together), then that story.
    let notes = "1. Tell me about a time you went above and beyond\n\t- PagerRota\n---\n\
        ## 1. Pager Rota (Ownership)\n\n\
        Situation: Our on-call rota was kept in a spreadsheet nobody updated.\n\n\
        Task: Nobody owned it; I took it on.\n\n\
        Action: I wrote a small service that built the rota from the team calendar.\n\n\
        Result: No missed pages in the next six months.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.drafts[0]
            .story
            .questions
            .iter()
            .any(|q| q.contains("above and beyond")),
        "{:#?}",
        read.drafts[0]
    );
    assert!(
        read.ignored.iter().any(|s| s.text.contains("PagerRota")),
        "{:#?}",
        read.ignored
    );
}

#[test]
fn a_remark_set_as_a_heading_with_nothing_under_it_is_no_story() {
    let set = principles::builtin();
    // Our own words: a story, then a heading that is a sentence the writer noted to
    // themselves, nothing under it, then the next section.
    let notes = "## Ownership\n\n### The pager rota\n\n\
        Situation: Our rota lived in a spreadsheet nobody updated.\n\n\
        Action: I wrote a service that built it from the team calendar.\n\n\
        Result: No missed pages in six months.\n\n\
        #### Maybe the billing outage would be a better story for this one.\n\n\
        # Mapped so far\n- Ownership => pager rota\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("a remark set as a heading")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn bold_labels_under_a_story_a_heading_names_are_its_sections() {
    let set = principles::builtin();
    // Our own words: a story named by its heading, then two bold labels of the
    // writer's own, each over what it says: one story, not a second named
    // "How I Handled".
    let notes = "## Q: Tell me about a time you handled ambiguity\n\n\
        ### STORY: Widget Portal\n\n\
        **Ambiguity:**\n> \"No spec, no deadline. Just a gap I saw.\"\n\n\
        **How I Handled:**\n```\n1. Wrote down the problem\n2. Set my own scope\n```\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.title, "Widget Portal");
    assert!(read.drafts[0].story.notes.contains("Set my own scope"));
}

#[test]
fn a_quoted_telling_under_a_story_label_and_name_is_the_writers_own() {
    let set = principles::builtin();
    // Our own words: notes that give their reader a tip in a framework, and a story
    // the heading calls the writer's by its name, every part of it a quotation of
    // what they will say.
    let notes = "## Q: How do you pick what to fix first?\n\n\
        ### **My Framework:**\n\
        Fix what your users hit first, then what your on-call hits.\n\
        If you are unsure, ask your support team what you should fix.\n\n\
        ## Q: Tell me about a time you made the wrong call\n\n\
        ### **STORY: The Cache Flush**\n\n\
        **Wrong Call:**\n> \"I flushed the cache in the middle of the day.\"\n\n\
        **What I Learned:**\n> \"I now drain traffic first and flush at night.\"\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles, ["The Cache Flush"], "{:#?}", read.skipped);
}

#[test]
fn a_heading_that_says_same_story_pairs_it_with_the_stories_its_name_opens() {
    let set = principles::builtin();
    // Our own words: a story told under two names that open with the same word, and
    // a third telling whose heading says it is the same story.
    let notes = "## Q: Describe a design you changed after building it\n\n\
        ### STORY: Ledger Rewrite (Week 1 to Week 3)\n\n\
        **Situation:** The first schema could not hold refunds.\n\n\
        **Action:** I moved refunds to their own table in week three.\n\n\
        ## Q: Tell me about a project that did not go as planned\n\n\
        ### STORY: Ledger Migration\n\n\
        **What Went Wrong:** The backfill ran for two days instead of two hours.\n\n\
        ## Q: Describe a time you made the wrong call\n\n\
        ### Same Story: Ledger\n\n\
        **Wrong Call:** I started the backfill without a dry run.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert!(pairs.contains(&(0, 2)), "{pairs:?}");
    assert!(pairs.contains(&(1, 2)), "{pairs:?}");
}

#[test]
fn a_topic_among_questions_answered_by_what_happened_is_a_story() {
    let set = principles::builtin();
    // Our own words: a numbered list of prompts, two of them topics answered by what
    // happened (one in a sentence, one in arrowed steps), the others questions left
    // to answer.
    let notes = "# Strengths\n\nI pick up new tools quickly.\n\n\
        1. clash with a teammate\n\
        -> review argument with dana, we talked it through and i learned she felt unheard.\n\n\
        2. dispute between two teams that you settled:\n\
        -> explain who owned the checkout\n\
        -> built a shared prototype both teams could use\n\
        -> showed it at the weekly review and both signed off\n\n\
        3. what was a time you disagreed with your manager:\n\n\
        4. what project are you proudest of?\n\n\
        5. tell me about a time you failed.\n";
    let read = plan(notes, &set);
    let asked: Vec<&str> = read
        .drafts
        .iter()
        .flat_map(|d| d.story.questions.iter().map(String::as_str))
        .collect();
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    assert!(asked.contains(&"clash with a teammate"), "{asked:?}");
    assert!(
        read.drafts[1]
            .all_text()
            .contains("built a shared prototype")
    );
    // (The arrow is the writer's mark for a step, no word of the story: each step
    // is kept as a list item, and the title is the first step alone.)
    assert!(!read.drafts[1].all_text().contains("> built"));
    assert!(
        read.drafts[1]
            .all_text()
            .contains("- built a shared prototype")
    );
    assert_eq!(read.drafts[1].story.title, "explain who owned the checkout");
}

#[test]
fn a_title_opens_on_no_colon_left_by_a_remark() {
    let set = principles::builtin();
    // Our own words: under a question's heading, a situation that opens with a remark
    // in brackets before its colon, the story's title taken from it.
    let notes = "### **4. Setback/Lesson: \"Talk about a time you failed and what it taught \
        you.\"**\n\
        *   **Situation:** (Made up for practice): Early in the **app** rollout I led the \
        switch to a new network library across our stores.\n\
        *   **Result:** We rolled it back within four hours.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(
        !read.drafts[0].story.title.starts_with(':'),
        "{:?}",
        read.drafts[0].story.title
    );
}

#[test]
fn a_category_beside_a_principles_name_in_a_heading_names_the_principle() {
    let set = principles::builtin();
    // Our own words: a heading joining the writer's category and a principle's name,
    // a question heading under it over the story that answers it.
    let notes = "# 1. LEADERSHIP & OWNERSHIP\n\n\
        ## Q: Tell me about a time you led a project end to end\n\n\
        ### STORY: The Config Finder\n\n\
        **Situation:** Our team lost an hour a day looking up settings.\n\n\
        **Action:** I built a tool that answered those lookups.\n\n\
        **Result:** The hour came down to ten minutes.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert_eq!(story.principles, ["ownership"]);
    assert!(!read.drafts[0].guessed);
    assert!(
        story
            .questions
            .iter()
            .any(|q| q.contains("led a project end to end")),
        "{:?} {:?}",
        story.questions,
        read.questions
    );
    assert!(read.questions.is_empty(), "{:?}", read.questions);
}

#[test]
fn a_heading_that_numbers_a_story_by_the_kind_the_heading_over_it_names_is_a_story() {
    let set = principles::builtin();
    // Our own words: notes that speak to their reader, then `The 2 Core Stories` over
    // `Core 1: NAME` and `Core 2: NAME`, each a quoted paragraph of what to say.
    let notes = "# Reframing guide\n\n\
        > Your answers already have the detail. This page shows you how to lift them.\n\
        > Say why you chose, not only what you built.\n\n\
        ## The 2 Core Stories\n\n\
        ### Core 1: Ledger Rewrite\n\
        **Frame:** \"I saw that refunds were stuck in one table. I moved them to their own \
        and wrote the runbook so others could do the next one.\"\n\n\
        ### Core 2: Pager Rota\n\
        **Frame:** \"I rebuilt the rota from the team calendar and the missed pages \
        stopped.\"\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Ledger Rewrite", "Pager Rota"],
        "{:#?}",
        read.skipped
    );
}

#[test]
fn setup_labels_a_storys_scene() {
    let set = principles::builtin();
    // Our own words: a story told in run-in labels that end in a full stop, its scene
    // called the setup; the insight is no part's label (a lesson in some notes, the
    // clever move of the fix in others) and goes on with the text above it.
    let notes = "## Dive Deep\n\n### The missing receipts\n\n\
        **Setup.** Our first version was one big orchestrator.\n\
        **Failure.** An audit found rows written but no tool ever called.\n\
        **Insight.** A claim and the action it claims were two code paths.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    let story = &read.drafts[0].story;
    assert!(
        story
            .part(crate::model::Part::Situation)
            .contains("one big orchestrator"),
        "{story:#?}"
    );
    assert!(
        read.drafts[0].all_text().contains("two code paths"),
        "{story:#?}"
    );
}

#[test]
fn a_question_that_names_its_principle_as_a_name_links_the_story_to_it() {
    let set = principles::builtin();
    // Our own words: questions that name the principle they test, set as a name (one
    // in the past tense, one with "-ing"), each over a quoted telling; and one that
    // only uses the word.
    let notes = "# Prep\n\n## Behavioral\n\n\
        **Q: Tell me about a time you showed Ownership past your remit.**\n\
        *STAR:* \"Nobody owned the flaky export, so I set up a working group and the \
        failures stopped.\"\n\n\
        **Q: Tell me about Hiring and Developing the Best.**\n\
        *STAR:* \"I grew the team from three to nine and one hire now leads our storage \
        work.\"\n\n\
        **Q: Tell me about a time you took ownership of a migration.**\n\
        *STAR:* \"I moved the billing job to the scheduler and ran both for a week.\"\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 3, "{:#?}", read.drafts);
    assert_eq!(read.drafts[0].story.principles, ["ownership"]);
    assert!(!read.drafts[0].guessed);
    assert_eq!(
        read.drafts[1].story.principles,
        ["hire-and-develop-the-best"]
    );
    assert!(!read.drafts[1].guessed);
    // ("took ownership": the word, not the name; the link is a guess, said so.)
    assert!(read.drafts[2].guessed);
    assert_eq!(
        capitalized_names("a time you Invented and Simplified", &set),
        ["invent-and-simplify"]
    );
    assert!(capitalized_names("Ownership is a word that opens this", &set).is_empty());
}

#[test]
fn a_guides_model_answers_and_the_shape_it_shows_are_no_stories() {
    let set = principles::builtin();
    // Our own words: a course chapter that speaks to its reader, a section showing the
    // shape of a failure story with its sample in a block quote, and a section of
    // questions with model answers that point to its sample bank.
    let notes = "# Failure questions\n\n\
        You should pick a failure that was yours. Tell your reader what you changed, \
        and show your evidence.\n\n\
        ## The shape of a failure story\n\n\
        S2, told well:\n\n\
        > **What happened.** I shipped a cache change that served stale prices for an hour.\n\
        >\n\
        > **Recovery.** I rolled it back and wrote the review.\n\n\
        ## Interview questions and model answers\n\n\
        **Q: Tell me about a time you failed.**\n\
        A: S2: the stale prices. What I did wrong, the rollback, and the test I added.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn an_answer_in_a_guides_examples_list_is_no_story() {
    let set = principles::builtin();
    // Our own words: a guide that speaks to its reader, an `Examples:` label over
    // numbered questions each with an answer, one answer told in the first person;
    // and, for contrast, the writer's own notes with the same shape but no advice.
    let guide = "# Cache interviews\n\n\
        Here are the questions you might meet, and how you can answer them.\n\n\
        ### Use-case questions\n\
        These questions check your hands-on experience.\n\n\
        **Examples:**\n\
        1. **Describe a time you made a slow page fast.**\n   \
        - **Answer:** At my last job, we cached the price lookups and the page went \
        from two seconds to two hundred milliseconds.\n\n\
        Good luck, and keep your answers short.\n";
    let read = plan(guide, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        read.skipped
            .iter()
            .any(|s| s.reason.contains("under its Examples label")),
        "{:#?}",
        read.skipped
    );
    let own = "# My prep\n\n### Use-case questions\n\n\
        **Examples:**\n\
        1. **Describe a time you made a slow page fast.**\n   \
        - **Answer:** At my last job, we cached the price lookups and the page went \
        from two seconds to two hundred milliseconds.\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
}

#[test]
fn a_table_of_the_writers_stories_by_name_is_a_draft_a_row() {
    let set = principles::builtin();
    // Our own words: a story bank as a table, a row a story named with where it
    // happened and what it shows, told nowhere else; no heading names a principle.
    let notes = "## My stories\n\n\
        Every question maps onto one of these.\n\n\
        | # | Story | Where it happened | Shows |\n|---|---|---|---|\n\
        | 1 | **The lost weekend** | The billing export that died on a Friday night | Calm, persistence |\n\
        | 2 | **The quiet fix** | A path check missing in the upload handler | Initiative |\n\
        | 3 | **The slip I owned** | Telling the client the launch would move two weeks | Honesty |\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(
        titles,
        ["The lost weekend", "The quiet fix", "The slip I owned"]
    );
    assert!(
        read.drafts[0]
            .story
            .notes
            .contains("Where it happened: The billing export")
    );
    // The principles are guesses, and the report says so.
    assert!(
        read.drafts
            .iter()
            .all(|d| d.guessed && !d.story.principles.is_empty())
    );
    assert_eq!(read.warnings.len(), 3, "{:?}", read.warnings);
    assert!(
        read.ignored
            .iter()
            .any(|s| s.lines == (5, 9) && s.reason.starts_with("a table of the writer's stories")),
        "{:#?}",
        read.ignored
    );
    // A column of principles links them; a row that only names its story tells it.
    let by_principle = plan(
        "# Notes\n\n| Principle | Story |\n|---|---|\n\
         | Ownership | Took the pager for the export nobody owned |\n\
         | Dive Deep | Traced the slow page to a cache that never expired |\n",
        &set,
    );
    let linked: Vec<&[String]> = (by_principle.drafts.iter())
        .map(|d| d.story.principles.as_slice())
        .collect();
    assert_eq!(
        linked,
        [["ownership"], ["dive-deep"]],
        "{:#?}",
        by_principle.drafts
    );
    assert!(by_principle.drafts[0].story.notes.contains("nobody owned"));
    // Not a table of places to fill (`Add an example of…`), nor one that points to
    // stories by number, nor one that indexes the stories told below it.
    let to_fill = "## Story bank\n\n| Theme | Story | Outcome |\n|---|---|---|\n\
        | Leading | Add an example of leading a launch. | Add the result. |\n\
        | Failure | Add an example of a missed date. | Add what changed. |\n";
    assert!(plan(to_fill, &set).drafts.is_empty());
    let pointing = "## Which story\n\n| Asked about | Story |\n|---|---|\n\
        | Cost | 2 (the cold storage move) |\n| Speed | 1 (the export), 3 (the cache) |\n";
    assert!(plan(pointing, &set).drafts.is_empty());
    let index = "## Index\n\n| # | Story | Where |\n|---|---|---|\n\
        | 1 | The export rewrite | Billing |\n| 2 | The cache that never expired | Web |\n\n\
        ## Ownership\n\n### The export rewrite\n\nI rewrote the export when it failed every Friday; it has not failed since.\n\n\
        ## Dive Deep\n\n### The cache that never expired\n\nI traced the slow page to a cache with no expiry and set one.\n";
    let read = plan(index, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.drafts);
    // Nor a table of questions and the stories that answer them, by a code.
    let routed = "## Behavioral\n\n| # | Question | Story | Status |\n|---|---|---|---|\n\
        | D1 | \"Tell me about a time you led.\" | S6 (the rewrite above) | ready |\n\
        | D2 | \"Tell me about a time under pressure.\" | S4 (the outage above) | needs work |\n";
    assert!(plan(routed, &set).drafts.is_empty());
}

#[test]
fn a_note_on_answering_between_a_question_and_its_scripted_answer_is_set_apart() {
    let set = principles::builtin();
    // Our own words: a question in bold, a note under it on how to answer, then the
    // answer to say, wholly in quotation marks.
    let notes = "## Core questions\n\n\
        **Q3. Tell me about a time you failed.**\n\
        Story 2 fits. Most of the time on what changed.\n\n\
        *\"I merged a migration that locked the orders table for ten minutes at noon. \
        I had tested it on an empty copy. I rolled it back, and since then I run every \
        migration against a full copy first.\"*\n\n\
        **Q4. Tell me about a time you disagreed with your manager.**\n\
        *\"My lead wanted a rewrite; I showed the numbers for a fix, we shipped the \
        fix that week and planned the rewrite for later.\"*\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 2, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.questions[0].contains("Tell me about a time you failed"));
    assert!(story.notes.contains("locked the orders table"));
    assert!(!story.notes.contains("Story 2 fits"));
    assert!(
        read.skipped
            .iter()
            .any(|s| s.lines == (4, 4) && s.reason.starts_with("a note on answering")),
        "{:#?}",
        read.skipped
    );
}

#[test]
fn talk_me_through_asks_as_walk_me_through_does() {
    let set = principles::builtin();
    assert!(is_question(
        "Talk me through a decision you now think was wrong."
    ));
    let notes = "## Questions about my projects\n\n\
        **Q9. Talk me through a technical decision you now think was wrong.**\n\
        *\"Choosing a document store for the billing app. Invoices are relational, so I \
        ended up writing joins by hand and checking references in code.\"*\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(read.drafts[0].story.questions[0].contains("Talk me through"));
}

#[test]
fn the_employers_a_self_introduction_walks_through_are_no_stories() {
    let set = principles::builtin();
    assert!(signs_off("That's me."));
    assert!(signs_off("Thanks for your time!"));
    assert!(!signs_off("Thanks to that, the export ran on time."));
    assert!(introduces_self("你好，我是小林。"));
    // Our own words: a self-introduction said aloud, a sentence to a paragraph, from
    // its greeting to its sign-off, its employers set apart by rules and named in two
    // languages; then questions of another kind.
    let notes = "\n---\ntitle: prep\n---\n\n\
        Sure, here is the introduction again, one sentence to a line.\n\n---\n\n\
        Hello, I'm Sam.\n\nI build data tools.\n\nMy last two jobs were:\n\n---\n\n\
        **阿克米（2019-2022）：**\n**Acme (2019-2022):**\n\n\
        I rebuilt the billing export.\n\nIt ran in minutes instead of hours.\n\n---\n\n\
        **格洛贝（2016-2019）：**\n**Globex (2016-2019):**\n\n\
        I moved the reports to a warehouse.\n\nWe retired two servers.\n\n---\n\n\
        That's me.\n\nThanks for your time!\n\n---\n\n\
        ## Technical questions\n\n**Q1: What is a covering index?**\n\n\
        An index that holds every column a query reads, so the table is never touched.\n\n\
        ## Acme\n\n**Q2: How did you cut the export from hours to minutes?**\n\n\
        I split the export by region and ran the regions in parallel.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    let parts: Vec<(usize, usize)> = (read.skipped.iter())
        .filter(|s| s.reason.starts_with("a part of the self-introduction"))
        .map(|s| s.lines)
        .collect();
    assert_eq!(parts, [(18, 23), (27, 32)], "{:#?}", read.skipped);
}

#[test]
fn in_advising_notes_an_answer_that_tells_the_reader_what_to_do_is_a_tip() {
    let set = principles::builtin();
    assert!(advises_an_act("Refuse the false choice"));
    assert!(advises_an_act("Have an answer ready"));
    assert!(!advises_an_act("Asked the team for the logs"));
    assert!(!advises_an_act("explain what the markets are"));
    // Our own words: a guide that speaks to its reader, its answers opening on what
    // the reader should do, one quoting a reply after the advice.
    let notes = "## Questions you will hear\n\n\
        Read each question, then say your answer out loud. You will sound better when you have practised.\n\n\
        **Q18. Are you a team player or do you work better alone?**\n\
        Refuse the false choice. *\"Both. I debug alone and I design with others, \
        because I have been wrong often enough.\"*\n\n\
        **Q24. What did you learn most recently?**\n\
        Have an answer ready. It should be from the last month.\n\n\
        **Q99. What if we offer you a different role?**\n\
        Ask what the work actually is. Titles vary a lot.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
}

#[test]
fn a_model_answer_drafted_for_the_writer_with_places_to_fill_is_their_own() {
    let set = principles::builtin();
    assert!(own_draft_to_fill(
        "At Acme we had one big app. [FILL: the real pain] I split the reports out. I moved them to a queue."
    ));
    assert!(!own_draft_to_fill(
        "[FILL: what happened] [FILL: what you did]"
    ));
    assert!(!own_draft_to_fill(
        "I split the reports out. I moved them to a queue."
    ));
    // Our own words: prep written to its reader, a model answer in their own projects
    // with places left for their facts; and a guide's model answer with none.
    let notes = "# Mock 1\n\n\
        Say each model answer out loud once. You should fill every place before you practise.\n\n\
        ### C2 Reports made fast\n\n\
        **Opening:** *\"Tell me about a performance problem you solved.\"*\n\n\
        **Model answer:**\n\
        > **S:** \"Our biggest report ran over millions of rows. [FILL: which report]\"\n\
        > **T:** I owned making it fast.\n\
        > **A:** I ran EXPLAIN on the slow queries. I added two indexes and moved the report to a queue.\n\
        > **R:** It went from [FILL: X] seconds to [FILL: Y].\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(
        read.drafts[0]
            .story
            .part(crate::model::Part::Action)
            .contains("EXPLAIN")
    );
    let guide = notes
        .replace("[FILL: which report]", "")
        .replace("[FILL: X] seconds to [FILL: Y]", "ten seconds to one");
    assert!(plan(&guide, &set).drafts.is_empty());
}

#[test]
fn a_question_quoted_after_an_opening_label_is_the_storys_question() {
    let set = principles::builtin();
    // Our own words: a block of prep whose label says the question that opens it, the
    // answer told in parts under a label of its own.
    let notes = "### The export rewrite\n\n\
        **Opening:** *\"Tell me about the biggest project you have led.\"*\n\n\
        **My answer:**\n\
        > **S:** \"Our reports ran inside one big app and slowed it down.\"\n\
        > **T:** I was asked to move them out without downtime.\n\
        > **A:** I moved the reports to a queue and ran both paths side by side for a week.\n\
        > **R:** Load fell by a fifth and nobody noticed the cutover.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert_eq!(
        read.drafts[0].story.questions,
        ["Tell me about the biggest project you have led."]
    );
    assert_eq!(
        question_lead("**Opening:** *\"Tell me about a time you failed.\"*"),
        Some("\"Tell me about a time you failed.\"*")
    );
    // An opening line that asks nothing is no question.
    assert_eq!(
        question_lead("**Opening:** \"We were three weeks late.\""),
        None
    );
}

#[test]
fn an_answer_that_only_points_to_a_numbered_story_is_no_story() {
    let set = principles::builtin();
    assert!(points_to_numbered_story(
        "Story 1, with the full narrative."
    ));
    assert!(points_to_numbered_story("Story 3 or 8."));
    assert!(!points_to_numbered_story("Story 2: The rollback"));
    assert!(!points_to_numbered_story(
        "Story time: I once broke the build."
    ));
    // Our own words: questions answered by the number of a story told elsewhere, and
    // one answered in full.
    let notes = "## Core questions\n\n\
        **Q13. Tell me about a time you went above what was asked.**\n\
        Story 2, told as written above.\n\n\
        **Q50. Tell me about a bug that took you a long time.**\n\
        Story 1 or 4.\n\n\
        **Q51. Tell me about a time you failed.**\n\
        I shipped a migration without a rollback and we lost an hour of orders; I wrote the runbook the next day.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("without a rollback"));
    assert_eq!(
        (read.skipped.iter())
            .filter(|s| s.reason.starts_with("a pointer to a story by its number"))
            .count(),
        2,
        "{:#?}",
        read.skipped
    );
}

#[test]
fn what_drew_the_person_to_a_company_is_a_motive_not_a_story() {
    let set = principles::builtin();
    assert!(about_the_person("What attracted you to our startup?"));
    assert!(about_the_person("What excites you about this role?"));
    assert!(!about_the_person("What did you do when the export failed?"));
    // Our own words: take-home answers, the first a motive with a claim in it, the
    // second a story.
    let notes = "# Take-home questions\n\n\
        ### 1. What attracted you to our startup?\n\n\
        The job post matched most of what I know: Python, mobile, machine learning. \
        When I led a team at my last company, I also spent time growing the people in it, \
        and your mission in education is close to what my family does.\n\n\
        ### 2. Tell me about a time you failed.\n\n\
        I shipped a migration without a rollback and we lost an hour of orders. \
        I wrote the rollback runbook the next day.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.drafts);
    assert!(read.drafts[0].story.notes.contains("without a rollback"));
}

#[test]
fn a_heading_that_only_says_questions_follow_names_no_story() {
    let set = principles::builtin();
    // Our own words: one question and its answer under a heading that says what the
    // section holds; and, for contrast, a heading that names the story.
    let notes = "## Core questions\n\n**Tell me about a time you failed.**\n\n\
        I shipped a migration without a rollback and we lost an hour of orders. \
        I wrote the rollback runbook the next day.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert_ne!(read.drafts[0].story.title, "Core questions");
    let named = plan(
        &notes.replace("Core questions", "The missing rollback"),
        &set,
    );
    assert_eq!(named.drafts[0].story.title, "The missing rollback");
}

#[test]
fn a_heading_over_questions_ends_the_self_introduction_above_it() {
    let set = principles::builtin();
    // Our own words: a self-introduction before any heading, then a heading over
    // questions and a story told under the first; the story used to be read into the
    // introduction and skipped with it.
    let notes = "Hello, I'm Sam.\n\nI build data tools.\n\n## Questions\n\n\
        **Tell me about a time you failed.**\n\n\
        I shipped a migration without a rollback and we lost an hour of orders. \
        I wrote the rollback runbook the next day.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.notes.contains("without a rollback"));
    assert!(!story.notes.contains("Hello"));
    assert_eq!(story.questions, ["Tell me about a time you failed."]);
}

#[test]
fn a_guide_in_commands_and_the_first_person_quotes_samples_not_stories() {
    let set = principles::builtin();
    // Our own words: a page of a guide that speaks as the candidate and in commands,
    // seldom to "you": under each question, what to do, then a sample told part by
    // part, each part a label and a quotation, and a comment on what it shows.
    let notes = "## Hard questions\n\n\
        #### What was your worst mistake?\n\n\
        Pick one that cost something. Own it.\n\n\
        - Situation — \"I deleted the wrong table on a Friday.\"\n\
        - What I did — \"I restored it from the night's backup and told the team.\"\n\
        - What I learned — \"I now script every delete and have it reviewed.\"\n\n\
        Don't shrink it. Don't blame anyone. Show what changed.\n\n\
        #### Tell me about a time you recovered from a slip.\n\n\
        This one is about the recovery. I pick a real one.\n\n\
        - Situation — \"I promised a report for Monday and missed it.\"\n\
        - Recovery — \"I sent half on Tuesday and the rest by Thursday.\"\n\n\
        The point is that the slip did not stop me. I owned it and delivered.\n\n\
        #### What are your weaknesses?\n\n\
        Pick a real one. Back it with what you do about it.\n\n\
        #### How do you handle a gap in your resume?\n\n\
        Be brief. Don't apologize. Never invent a job.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    // The same tellings in notes that give no advice are the writer's own.
    let own = "#### What was your worst mistake?\n\n\
        - Situation — \"I deleted the wrong table on a Friday.\"\n\
        - What I did — \"I restored it from the night's backup and told the team.\"\n\
        - What I learned — \"I now script every delete and have it reviewed.\"\n";
    assert_eq!(plan(own, &set).drafts.len(), 1);
}

#[test]
fn a_list_of_follow_up_questions_asks_each_and_answers_none() {
    let set = principles::builtin();
    // Our own words: a story, then a heading over follow-ups that lists questions and
    // nothing else; the first used to be read as asked and the rest as its answer.
    let notes = "## Tell me about a time you cut a cost\n\n\
        I moved our nightly jobs to spot machines and the bill fell by a third.\n\n\
        ### Common follow-ups\n\n\
        - How did you handle a machine taken away mid-job?\n\
        - Who else had to agree?\n\
        - What would you do differently?\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let asked: Vec<(&str, &str)> = (read.drafts[0].story.followups.iter())
        .map(|f| (f.question.as_str(), f.answer.as_str()))
        .collect();
    assert_eq!(
        asked,
        [
            ("How did you handle a machine taken away mid-job?", ""),
            ("Who else had to agree?", ""),
            ("What would you do differently?", ""),
        ]
    );
}

#[test]
fn a_reminder_under_a_question_for_the_proudest_thing_is_a_story() {
    let set = principles::builtin();
    // Our own words: the writer's note to talk about one piece of work, with what
    // they did in it, under a question for their greatest accomplishment.
    let notes = "## What's the Number One Accomplishment You're Most Proud Of?\n\
        talk about the report builder, i spotted the manual step myself and proposed \
        the template engine\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    assert!(read.drafts[0].story.notes.contains("report builder"));
    assert!(asks_for_the_most(
        "What's the Number One Accomplishment You're Most Proud Of?"
    ));
    assert!(!asks_for_the_most("What is your number one strength?"));
}

#[test]
fn a_parts_letter_in_brackets_set_in_bold_labels_it() {
    let set = principles::builtin();
    // Our own words: a story told under the parts' letters in brackets, in bold, with
    // no word after them.
    let notes = "## Tell me about a time you disagreed with your manager\n\n\
        **(S)** We were to ship a dashboard while the main page timed out.\n\n\
        **(T)** I had to make the case for fixing the page first.\n\n\
        **(A)** I pulled the timeout figures and proposed one sprint of fixes.\n\n\
        **(R)** The timeouts stopped and the dashboard shipped a sprint later.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 1, "{:#?}", read.skipped);
    let story = &read.drafts[0].story;
    assert!(story.part(Part::Situation).contains("main page timed out"));
    assert!(story.part(Part::Result).contains("timeouts stopped"));
    // A letter in brackets in plain text counts a list, no part.
    assert!(split_label("(a) first the export").is_none());
}

#[test]
fn a_process_the_writer_will_follow_in_a_storys_labels_is_no_story() {
    let set = principles::builtin();
    // Our own words: a question for a time, answered under the parts' labels with
    // what the writer will do whenever it comes up, nothing they did; in English and
    // in Chinese.
    let notes = "## Tell me about a time the goal was unclear\n\
        * Situation: New requests often come with no owner.\n\
        * Task: My task is to find a plan quickly.\n\
        * Action:\n    \
            * First, I will ask who needs it and by when.\n    \
            * Then I will list the risks and check them with the lead.\n\
        * Result: I believe this keeps the work moving.\n";
    let read = plan(notes, &set);
    assert!(read.drafts.is_empty(), "{:#?}", read.drafts);
    assert!(
        (read.skipped.iter()).any(|s| s.reason == "how the writer works in general, not a story")
    );
    let chinese = "## Tell me about a time the goal was unclear\n\
        * Situation: 新的需求常常没有负责人\n\
        * Task: 我需要尽快找到计划\n\
        * Action: 首先我会问清楚谁需要, 然后我会列出风险\n\
        * Result: 这样工作可以继续推进\n";
    assert!(plan(chinese, &set).drafts.is_empty());
    // The same labels over what the writer did are a story.
    let told = notes
        .replace("I will ask", "I asked")
        .replace("I will list", "I listed");
    assert_eq!(plan(&told, &set).drafts.len(), 1);
}

#[test]
fn a_story_told_again_in_another_language_just_after_is_a_likely_duplicate() {
    let set = principles::builtin();
    // Our own words: under one question, a story in Chinese with English terms, then
    // the same story in English, then another story in Chinese and in English.
    let notes = "## Tell me about a time you fixed a slow page\n\
        * Situation: 报表页面加载很慢, 用户抱怨\n\
        * Action: 我发现一个SQL query没有index, 于是加了index并加了Redis cache\n\
        * Result: 页面加载时间减少了一半\n\n\
        * Situation: The report page loaded slowly and users complained.\n\
        * Action: I found a SQL query with no index, added the index and a Redis cache.\n\
        * Result: Load time fell by half.\n\n\
        * Situation: 上传图片很慢\n\
        * Action: 我在upload之前压缩了image, 并用了CDN\n\
        * Result: 上传时间减少了\n\n\
        * Situation: Picture uploads were slow.\n\
        * Action: I compressed each image before upload and served them from a CDN.\n\
        * Result: Uploads took less time.\n";
    let read = plan(notes, &set);
    assert_eq!(read.drafts.len(), 4, "{:#?}", read.skipped);
    let pairs: Vec<(usize, usize)> = read.duplicates.iter().map(|d| d.drafts).collect();
    assert_eq!(pairs, [(0, 1), (2, 3)]);
}

#[test]
fn a_numbered_line_that_only_says_example_counts_and_names_nothing() {
    let set = principles::builtin();
    // Our own words: under a question, `1. Example` over a story in its parts, then
    // `2. Example` over another; each used to be titled "Example".
    let notes = "## What are you most proud of?\n\
        1. Example\n\
        Situation: Our nightly import failed twice a week.\n\
        Action: I rewrote its retry logic and added an alert.\n\
        Result: It has not failed since.\n\n\
        2. Example\n\
        Situation: New hires took a month to ship.\n\
        Action: I wrote a setup script and a first-week guide.\n\
        Result: The next hire shipped in four days.\n";
    let read = plan(notes, &set);
    let titles: Vec<&str> = read.drafts.iter().map(|d| d.story.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{:#?}", read.skipped);
    assert!(titles.iter().all(|t| !t.contains("Example")), "{titles:?}");
    let counted: Vec<(usize, &str, &str)> = (read.ignored.iter())
        .filter(|s| s.text.contains("Example"))
        .map(|s| (s.lines.0, s.reason.as_str(), s.text.as_str()))
        .collect();
    assert_eq!(
        counted,
        [
            (
                2,
                "a line that counts the stories, not a title",
                "1. Example"
            ),
            (
                7,
                "a line that counts the stories, not a title",
                "2. Example"
            ),
        ]
    );
}

#[test]
fn a_likely_interview_question_label_gives_the_question_under_it() {
    let set = principles::builtin();
    // Our own words: a section per duty of a job, the question it is likely to be
    // asked for in italics after a label that says so, then the story in its parts.
    let notes = "## Duty 2 — Lead the delivery process\n\n\
        **Likely Interview Question:** *\"How do you make sure your team ships on time?\"*\n\n\
        **STAR Answer:**\n\
        - **S:** When I joined, the team had no sprint goals.\n\
        - **T:** I had to set them.\n\
        - **A:** I ran planning with a written definition of done.\n\
        - **R:** Velocity rose by a fifth.\n\n\
        ## Duty 7 — Modernize the billing system\n\n\
        **Likely Interview Question:** *\"Describe a modernization you led.\"*\n\n\
        **STAR Answer:**\n\
        - **S:** Billing ran on an old monolith.\n\
        - **T:** I led the move off it.\n\
        - **A:** I split it into services one route at a time.\n\
        - **R:** Hosting costs fell by a quarter.\n";
    let read = plan(notes, &set);
    let asked: Vec<&[String]> = read
        .drafts
        .iter()
        .map(|d| d.story.questions.as_slice())
        .collect();
    assert_eq!(
        asked,
        [
            &["How do you make sure your team ships on time?".to_string()][..],
            &["Describe a modernization you led.".to_string()][..],
        ],
        "{:#?}",
        read.drafts
    );
    assert!(read.drafts.iter().all(|d| d.story.notes.trim().is_empty()));
}
