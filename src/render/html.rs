//! The HTML export: one self-contained, printable page. Inline CSS, no script, nothing
//! fetched (a Content-Security-Policy says so to the browser too). Story text is
//! Markdown rendered by comrak with raw HTML off, so a story cannot put markup or
//! script into the page; every other text is escaped.

use comrak::Options;
use comrak::nodes::NodeValue;

use crate::model::{PrincipleSet, Story, TARGET_SECONDS};

/// Escapes text for HTML, control characters made visible.
pub fn escape(text: &str) -> String {
    let text = crate::visible::visible(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The user's Markdown as HTML. Raw HTML in it is shown as text (`Promise<void>` stays
/// on the page, escaped), never passed on or dropped; an image becomes a link showing
/// its alt text, so the page loads nothing; control characters are made visible.
pub(super) fn markdown(text: &str) -> String {
    let mut options = Options::default();
    options.render.escape = true;
    debug_assert!(!options.render.r#unsafe, "raw HTML must stay off");
    let text = crate::visible::visible(text);
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, &text, &options);
    for node in root.descendants() {
        let link = match &node.data.borrow().value {
            NodeValue::Image(link) => Some(link.clone()),
            _ => None,
        };
        if let Some(link) = link {
            if node.children().next().is_none() {
                let shown = if link.url.is_empty() {
                    "image"
                } else {
                    link.url.as_str()
                };
                let alt = arena.alloc(comrak::nodes::AstNode::from(NodeValue::Text(
                    format!("image: {shown}").into(),
                )));
                node.append(alt);
            }
            node.data.borrow_mut().value = NodeValue::Link(link);
        }
    }
    let mut html = String::new();
    comrak::format_html(root, &options, &mut html).expect("writing to a String cannot fail");
    html
}

const STYLE: &str = "
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
h1, h2, h3, h4 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.2; }
h2 { border-bottom: 2px solid #111; padding-bottom: .2em; margin-top: 2.5em; }
h4 { margin: 1em 0 .2em; font-size: .95em; text-transform: uppercase; letter-spacing: .05em; }
.facts { color: #444; font-style: italic; }
table.matrix { border-collapse: collapse; font: 13px/1.3 'Helvetica Neue', Arial, sans-serif; margin: 1em 0; }
table.matrix th, table.matrix td { border: 1px solid #888; padding: .2em .4em; text-align: center; }
table.matrix th.principle { text-align: left; font-weight: normal; }
table.matrix tr.gap th.principle { font-weight: bold; }
table.matrix td.count { font-weight: bold; }
table.matrix tr.gap td.count { outline: 2px solid #111; }
.gap-note { border: 2px dashed #111; padding: .5em 1em; }
ol.legend { font: 13px/1.4 'Helvetica Neue', Arial, sans-serif; columns: 2; column-gap: 2.5em; }
ol.legend li { break-inside: avoid; padding-right: 0.5em; }
section.answer { break-inside: avoid-page; }
@media print {
  body { margin: 0; max-width: none; }
  section.principle { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
";

/// The most cells the coverage table has as a grid, a principle by a story.
const MAX_TABLE_CELLS: usize = 20_000;

/// Renders the page. `principles` are the ids to include, in set order. Each written
/// story is told in full once, under its first principle on the page, and linked from
/// the others; unwritten stories are listed once, at the end, as still to write.
pub fn export(
    set: &PrincipleSet,
    all: &[&Story],
    principles: &[String],
    include_notes: bool,
) -> String {
    let stories: Vec<&Story> = all.iter().copied().filter(|s| s.is_written()).collect();
    let stories = stories.as_slice();
    let unwritten: Vec<&Story> = all.iter().copied().filter(|s| !s.is_written()).collect();
    let included: rustc_hash::FxHashSet<&str> = principles.iter().map(String::as_str).collect();
    let home = |story: &Story| super::told_under(story, &included);
    let name = |id: &str| set.get(id).map_or(id.to_string(), |p| p.name.clone());
    let principles: Vec<_> = set
        .principles
        .iter()
        .filter(|p| included.contains(p.id.as_str()))
        .collect();
    let index = crate::coverage::Serving::new(stories.iter().copied());
    let serving = |id: &str| index.of(id);
    // A table of every principle by every story grows as their product: past this
    // many cells, each principle's row lists its stories' numbers instead.
    let as_table = principles.len().saturating_mul(stories.len()) <= MAX_TABLE_CELLS;
    let title = format!("Interview answers: {}", set.name);
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&title),
        escape(&title)
    );
    let gaps = principles
        .iter()
        .filter(|p| serving(&p.id).is_empty())
        .count();
    page.push_str(&format!(
        "<p>{} answers for {} principles; {} without a written answer; {} still to write. \
         Spoken lengths at {} words a minute; aim for about {} minutes an answer.</p>\n",
        stories.len(),
        principles.len(),
        gaps,
        unwritten.len(),
        crate::model::WORDS_PER_MINUTE,
        TARGET_SECONDS / 60
    ));

    // The coverage matrix: a row a principle, a column a story.
    if !as_table {
        page.push_str("<h2 id=\"coverage\">Coverage</h2>\n<table class=\"matrix\">\n<thead><tr><th>Principle</th><th>Stories, by their number in the list below</th><th>Stories</th></tr></thead>\n<tbody>\n");
        for p in &principles {
            let (primary, other) = index.numbers(&p.id);
            let count = primary.len() + other.len();
            let class = if count == 0 { " class=\"gap\"" } else { "" };
            let marks: Vec<String> = primary
                .iter()
                .map(|n| format!("● {}", n + 1))
                .chain(other.iter().map(|n| format!("○ {}", n + 1)))
                .collect();
            page.push_str(&format!(
                "<tr{class}><th class=\"principle\" scope=\"row\"><a href=\"#{}\">{}</a></th><td>{}</td><td class=\"count\">{}</td></tr>\n",
                escape(&p.id),
                escape(&p.name),
                marks.join(" "),
                if count == 0 { "GAP".to_string() } else { count.to_string() }
            ));
        }
    } else {
        page.push_str("<h2 id=\"coverage\">Coverage</h2>\n<table class=\"matrix\">\n<thead><tr><th>Principle</th>");
        for (n, s) in stories.iter().enumerate() {
            page.push_str(&format!(
                "<th title=\"{}\">{}</th>",
                escape(&s.title),
                n + 1
            ));
        }
        page.push_str("<th>Stories</th></tr></thead>\n<tbody>\n");
        for p in &principles {
            let count = serving(&p.id).len();
            let class = if count == 0 { " class=\"gap\"" } else { "" };
            page.push_str(&format!(
                "<tr{class}><th class=\"principle\" scope=\"row\"><a href=\"#{}\">{}</a></th>",
                escape(&p.id),
                escape(&p.name)
            ));
            for s in stories {
                let mark = match s.principles.iter().position(|id| *id == p.id) {
                    Some(0) => "●",
                    Some(_) => "○",
                    None => "",
                };
                page.push_str(&format!("<td>{mark}</td>"));
            }
            let count_text = if count == 0 {
                "GAP".to_string()
            } else {
                count.to_string()
            };
            page.push_str(&format!("<td class=\"count\">{count_text}</td></tr>\n"));
        }
    }
    page.push_str("</tbody>\n</table>\n<p>● primary principle · ○ secondary · GAP: no story yet</p>\n<ol class=\"legend\">\n");
    for s in stories {
        page.push_str(&format!(
            "<li>{} ({})</li>\n",
            escape(s.title.trim()),
            s.status.as_str()
        ));
    }
    page.push_str("</ol>\n");

    for p in &principles {
        page.push_str(&format!(
            "<section class=\"principle\" id=\"{}\">\n<h2>{}</h2>\n",
            escape(&p.id),
            escape(&p.name)
        ));
        let found = serving(&p.id);
        if found.is_empty() {
            page.push_str("<div class=\"gap-note\"><p><strong>No written answer yet.</strong> Questions to prepare for:</p>\n<ul>\n");
            for q in p.questions.iter().take(3) {
                page.push_str(&format!("<li>{}</li>\n", escape(q)));
            }
            page.push_str("</ul></div>\n");
        }
        let mut elsewhere = Vec::new();
        for story in found {
            match home(story) {
                Some(h) if h == p.id => page.push_str(&answer(set, story, &p.id, include_notes)),
                Some(h) => elsewhere.push(format!(
                    "<li><a href=\"#story-{}\">{}</a>, told under {}</li>\n",
                    escape(&story.id),
                    escape(story.title.trim()),
                    escape(&name(&h))
                )),
                None => {}
            }
        }
        if !elsewhere.is_empty() {
            page.push_str("<p>Also answers this:</p>\n<ul>\n");
            page.push_str(&elsewhere.concat());
            page.push_str("</ul>\n");
        }
        page.push_str("</section>\n");
    }
    if !unwritten.is_empty() {
        page.push_str("<section class=\"principle\" id=\"still-to-write\">\n<h2>Still to write</h2>\n<p>These stories have notes but no answer yet; <code>lp write</code> turns each into one.</p>\n<ul>\n");
        for s in &unwritten {
            let names: Vec<String> = s.principles.iter().map(|p| name(p)).collect();
            page.push_str(&format!(
                "<li>{} ({})</li>\n",
                escape(s.title.trim()),
                escape(&names.join(", "))
            ));
        }
        page.push_str("</ul>\n</section>\n");
    }
    page.push_str("</body>\n</html>\n");
    page
}

fn answer(set: &PrincipleSet, story: &Story, under: &str, include_notes: bool) -> String {
    let facts = super::answer_facts(set, story, Some(under));
    let mut out = format!(
        "<section class=\"answer\" id=\"story-{}\">\n<h3>{}</h3>\n<p class=\"facts\">{}</p>\n",
        escape(&story.id),
        escape(story.title.trim()),
        escape(&facts.join(" · "))
    );
    for (part, text) in story.written_parts() {
        out.push_str(&format!("<h4>{}</h4>\n{}", part.label(), markdown(text)));
    }
    if !story.followups.is_empty() {
        out.push_str("<h4>Follow-up questions</h4>\n");
        for f in &story.followups {
            out.push_str(&format!(
                "<p><strong>{}</strong></p>\n{}",
                escape(f.question.trim()),
                markdown(&f.answer)
            ));
        }
    }
    if include_notes && !story.notes.trim().is_empty() {
        out.push_str(&format!("<h4>Notes</h4>\n{}", markdown(&story.notes)));
    }
    out.push_str("</section>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::principles;

    #[test]
    fn the_page_grows_with_the_links_not_principles_times_stories() {
        let size = |n: usize| {
            let set = PrincipleSet {
                name: "Wide".into(),
                principles: (0..n)
                    .map(|i| crate::model::Principle {
                        id: format!("p{i}"),
                        name: format!("P{i}"),
                        aliases: Vec::new(),
                        summary: String::new(),
                        questions: Vec::new(),
                        keywords: Vec::new(),
                    })
                    .collect(),
                spellings: Default::default(),
            };
            let stories: Vec<Story> = (0..n)
                .map(|i| Story {
                    parts: crate::model::parts([(crate::model::Part::Action, "I did it.".into())]),
                    id: format!("s{i}"),
                    title: format!("S{i}"),
                    principles: vec![format!("p{i}"), format!("p{}", (i + 1) % n)],
                    ..Story::default()
                })
                .collect();
            let ids: Vec<String> = set.principles.iter().map(|p| p.id.clone()).collect();
            export(&set, &stories.iter().collect::<Vec<_>>(), &ids, false).len()
        };
        let (small, large) = (size(400), size(1600));
        // Four times the principles and the stories: about four times the page, not 16.
        assert!(large < small * 5, "{small} then {large}");
        assert!(size(10) > 0);
    }

    #[test]
    fn every_word_is_on_the_page_and_nothing_is_loaded() {
        let html = markdown(
            "Our loader returned Promise<void> and callers used Vec<String>.\n\n<div> wrappers slowed the page.\n\n![the chart](http://example.com/t.png?u=me) and ![](x.png)\n",
        );
        assert!(
            html.contains("Promise&lt;void&gt; and callers used Vec&lt;String&gt;."),
            "{html}"
        );
        assert!(
            html.contains("&lt;div&gt; wrappers slowed the page."),
            "{html}"
        );
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("<a href=\"http://example.com/t.png?u=me\">the chart</a>"),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"x.png\">image: x.png</a>"),
            "{html}"
        );
    }

    #[test]
    fn story_text_cannot_inject_markup() {
        let set = principles::builtin();
        let story = Story {
            parts: crate::model::parts([(
                crate::model::Part::Situation,
                ("Fine *text*.\n\n<script>alert(2)</script>\n\n<img src=x onerror=alert(3)>\n")
                    .into(),
            )]),
            id: "x".into(),
            title: "<script>alert(1)</script>".into(),
            principles: vec!["ownership".into()],
            ..Story::default()
        };
        let page = export(&set, &[&story], &["ownership".into()], false);
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("<img"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            page.contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
            "shown as text: {page}"
        );
        assert!(
            page.contains("&lt;img src=x onerror=alert(3)&gt;"),
            "{page}"
        );
        assert!(page.contains("<em>text</em>"));
        assert!(page.contains("default-src 'none'"));
    }
}
