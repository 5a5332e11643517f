//! Plain-text reports for the terminal: readable at 80 columns, colour only when the
//! caller says so (a terminal, no NO_COLOR).

use crate::coverage::{Coverage, Link, Standing};
use crate::diagnostic::plural;
use crate::library::Library;
use crate::model::{PrincipleSet, Story, format_duration};

/// The width reports are laid out for when the output is not a terminal.
pub const DEFAULT_WIDTH: usize = 80;

static WIDTH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(DEFAULT_WIDTH);

/// The width reports are laid out for: the terminal's, or 80 when piped.
pub fn width() -> usize {
    WIDTH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Sets the layout width, kept between 40 and 200 columns so reports stay readable.
pub fn set_width(columns: usize) {
    WIDTH.store(columns.clamp(40, 200), std::sync::atomic::Ordering::Relaxed);
}

/// ANSI styling, or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }
    pub fn red(self, text: &str) -> String {
        self.paint("31", text)
    }
    pub fn yellow(self, text: &str) -> String {
        self.paint("33", text)
    }
    pub fn green(self, text: &str) -> String {
        self.paint("32", text)
    }
    pub fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }
}

/// Cuts text to `width` characters, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let kept: String = text.chars().take(width.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// Wraps words to `width`, the first line after `first`, the rest after `rest`.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut line_len = visible_len(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if !empty && line_len + 1 + len > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = rest.to_string();
            line_len = visible_len(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
            line_len += 1;
        }
        line.push_str(word);
        line_len += len;
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// The `lp coverage` report.
pub fn coverage(c: &Coverage, style: Style) -> String {
    let covered = c
        .rows
        .iter()
        .filter(|r| r.standing != Standing::Gap)
        .count();
    let mut out = wrap(
        &format!(
            "{}: {covered} of {} have a story (target {} each); {} in the library.",
            c.set,
            plural(c.rows.len(), "principle", "principles"),
            c.target,
            plural(c.story_count, "story", "stories"),
        ),
        width(),
        "",
        "",
    );
    out.push('\n');
    for row in &c.rows {
        let head = format!("{}:", style.bold(&row.name));
        let facts = match row.standing {
            Standing::Gap => format!("{}, no story", style.red("gap")),
            standing => format!(
                "{}, {} ({} primary, {} secondary; {} ready, {} draft)",
                match standing {
                    Standing::Thin => style.yellow("thin"),
                    _ => style.green("covered"),
                },
                plural(row.stories, "story", "stories"),
                row.primary,
                row.secondary,
                row.ready,
                row.draft
            ),
        };
        // Wrap on the plain text so escape codes do not count towards the width.
        let plain_len = row.name.chars().count() + 2;
        if plain_len + visible_len(&facts) <= width() {
            out.push_str(&format!("{head} {facts}\n"));
        } else {
            out.push_str(&format!("{head}\n    {facts}\n"));
        }
        if let Some(day) = &row.last_practised {
            out.push_str(&format!(
                "    {}\n",
                style.dim(&format!("last practised {day}"))
            ));
        }
        for linked in &row.linked {
            let link = match linked.link {
                Link::Primary => "primary  ",
                Link::Secondary => "secondary",
            };
            let status = linked.status.as_str();
            out.push_str(&format!(
                "    {link}  {status:<5}  {}\n",
                truncate(&linked.title, width() - 4 - 9 - 2 - 5 - 2)
            ));
        }
    }
    let names = |rows: Vec<&crate::coverage::Row>| {
        rows.iter()
            .map(|r| r.name.as_str())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let gaps: Vec<_> = c.gaps().collect();
    let thin: Vec<_> = c.thin().collect();
    out.push('\n');
    if gaps.is_empty() {
        out.push_str("Gaps: none.\n");
    } else {
        out.push_str(&wrap(
            &names(gaps.clone()),
            width(),
            &format!("{} ({}): ", style.red("Gaps"), gaps.len()),
            "    ",
        ));
    }
    if thin.is_empty() {
        out.push_str(&format!(
            "Thin, under {}: none.\n",
            plural(c.target, "story", "stories")
        ));
    } else {
        let listed: Vec<String> = thin
            .iter()
            .map(|r| format!("{} ({})", r.name, r.stories))
            .collect();
        out.push_str(&wrap(
            &listed.join(" · "),
            width(),
            &format!(
                "{} ({}): ",
                style.yellow(&format!(
                    "Thin, under {}",
                    plural(c.target, "story", "stories")
                )),
                thin.len()
            ),
            "    ",
        ));
    }
    if !c.stretched.is_empty() {
        out.push_str(&format!(
            "Stretched over more than {} principles ({}):\n",
            crate::coverage::MAX_PRINCIPLES_PER_STORY,
            c.stretched.len()
        ));
        for s in &c.stretched {
            out.push_str(&format!(
                "    {} ({} principles)\n",
                truncate(&s.title, width() - 20),
                s.principles
            ));
        }
    }
    if !gaps.is_empty() {
        out.push_str("\nQuestions to prepare for the gaps:\n");
        for row in gaps {
            out.push_str(&format!("\n{}\n", style.bold(&row.name)));
            for q in &row.questions {
                out.push_str(&wrap(q, width(), "  - ", "    "));
            }
        }
    }
    out
}

/// Length of text as it shows, without ANSI escape codes.
fn visible_len(text: &str) -> usize {
    let mut len = 0;
    let mut in_escape = false;
    for c in text.chars() {
        match (in_escape, c) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, _) => len += 1,
        }
    }
    len
}

/// The `lp list` table: one line a story, with its check mark: `ok`, or the number
/// of findings (`2!`), or `err` when one is an error.
pub fn list(stories: &[Story], findings: &[crate::diagnostic::Diagnostic], style: Style) -> String {
    if stories.is_empty() {
        return "No stories yet. Add one with `lp add`, or bring your notes in with `lp import`.\n"
            .to_string();
    }
    let id_width = stories
        .iter()
        .map(|s| s.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2); // ids are never cut: they are what `lp show` takes
    let mut out = style.bold(&format!(
        "{:<6} {:>5} {:<5} {:<id_width$}  {}",
        "STATUS", "TIME", "CHECK", "ID", "TITLE"
    ));
    out.push('\n');
    let title_width = width()
        .saturating_sub(6 + 1 + 5 + 1 + 5 + 1 + id_width + 2)
        .max(20);
    let grouped = crate::lint::by_story(findings);
    for s in stories {
        let mine = grouped.get(s.id.as_str()).map_or(&[][..], Vec::as_slice);
        let mark = if mine.iter().any(|d| d.is_error()) {
            style.red(&format!("{:<5}", "err"))
        } else if mine.is_empty() {
            style.green(&format!("{:<5}", "ok"))
        } else {
            style.yellow(&format!("{:<5}", format!("{}!", mine.len())))
        };
        out.push_str(&format!(
            "{:<6} {:>5} {mark} {:<id_width$}  {}\n",
            s.status.as_str(),
            format_duration(s.spoken_seconds()),
            s.id,
            truncate(&s.title, title_width)
        ));
    }
    out
}

/// One story as a formatted answer, for `lp show`.
pub fn show(
    library: &Library,
    story: &Story,
    findings: &[&crate::diagnostic::Diagnostic],
    style: Style,
) -> String {
    let set = &library.set;
    let mut out = wrap(&style.bold(story.title.trim()), width(), "", "");
    out.push_str(&format!("{}\n", story.path.display()));
    out.push_str(&format!(
        "{} · about {} spoken ({})\n",
        story.status.as_str(),
        format_duration(story.spoken_seconds()),
        plural(story.spoken_words(), "word", "words")
    ));
    let names: Vec<String> = story
        .principles
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let name = set.get(id).map_or(id.as_str(), |p| p.name.as_str());
            if i == 0 {
                format!("{name} (primary)")
            } else {
                name.to_string()
            }
        })
        .collect();
    out.push_str(&wrap(&names.join(" · "), width(), "Principles: ", "    "));
    let mut facts = Vec::new();
    if !story.when.trim().is_empty() {
        facts.push(format!("When: {}", story.when.trim()));
    }
    if !story.context.trim().is_empty() {
        facts.push(format!("Context: {}", story.context.trim()));
    }
    if !story.tags.is_empty() {
        facts.push(format!("Tags: {}", story.tags.join(", ")));
    }
    if !facts.is_empty() {
        out.push_str(&wrap(&facts.join(" · "), width(), "", "    "));
    }
    if !story.questions.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Questions it answers")));
        for q in &story.questions {
            out.push_str(&wrap(q, width(), "  - ", "    "));
        }
    }
    let sections = [
        ("Situation", &story.situation),
        ("Task", &story.task),
        ("Action", &story.action),
        ("Result", &story.result),
        ("What I learned", &story.learned),
    ];
    for (heading, text) in sections {
        if text.trim().is_empty() {
            if heading != "What I learned" {
                out.push_str(&format!(
                    "\n{}\n  {}\n",
                    style.bold(heading),
                    style.dim("(not written yet)")
                ));
            }
            continue;
        }
        out.push_str(&format!("\n{}\n{}", style.bold(heading), indent(text)));
    }
    if !story.followups.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Follow-up questions")));
        for f in &story.followups {
            out.push_str(&wrap(&f.question, width(), "  Q: ", "     "));
            if !f.answer.trim().is_empty() {
                out.push_str(&wrap(&f.answer, width(), "  A: ", "     "));
            }
        }
    }
    if !story.notes.trim().is_empty() {
        out.push_str(&format!(
            "\n{}\n{}",
            style.bold("Notes (private)"),
            indent(&story.notes)
        ));
    }
    out.push_str(&format!("\n{}\n", style.bold("Checks")));
    if findings.is_empty() {
        out.push_str("  No findings.\n");
    }
    for d in findings {
        let label = if d.is_error() {
            style.red("error")
        } else {
            style.yellow("warning")
        };
        let rule = d.rule.map_or(String::new(), |r| format!(" [{r}]"));
        out.push_str(&wrap(
            &format!("{}{rule}", d.message),
            width(),
            &format!("  {label}: "),
            "    ",
        ));
        if let Some(hint) = &d.hint {
            out.push_str(&wrap(hint, width(), "    hint: ", "      "));
        }
    }
    out
}

/// The user's Markdown text indented by two spaces and fitted to the width: plain
/// paragraphs are reflowed (in Markdown their line breaks do not count), list items
/// and quotes wrap under themselves, and code is left exactly as written.
fn indent(text: &str) -> String {
    let mut out = String::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut in_code = false;
    let flush = |paragraph: &mut Vec<&str>, out: &mut String| {
        if !paragraph.is_empty() {
            out.push_str(&wrap(&paragraph.join(" "), width(), "  ", "  "));
            paragraph.clear();
        }
    };
    for line in text.trim_end().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut paragraph, &mut out);
            in_code = !in_code;
            out.push_str(&format!("  {line}\n"));
        } else if in_code || line.starts_with("    ") || line.starts_with('\t') {
            flush(&mut paragraph, &mut out);
            out.push_str(&format!("  {line}\n"));
        } else if trimmed.is_empty() {
            flush(&mut paragraph, &mut out);
            out.push('\n');
        } else if let Some(marker) = block_marker(trimmed) {
            flush(&mut paragraph, &mut out);
            let lead = line.len() - trimmed.len();
            let first = format!("  {}{marker}", " ".repeat(lead));
            let rest = " ".repeat(first.chars().count());
            out.push_str(&wrap(&trimmed[marker.len()..], width(), &first, &rest));
        } else {
            paragraph.push(trimmed);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// The marker that starts a list item or quote line (`- `, `* `, `1. `, `> `), if any.
fn block_marker(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ ", "> "] {
        if line.starts_with(marker) {
            return Some(&line[..marker.len()]);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && (rest.starts_with(". ") || rest.starts_with(") "))).then(|| &line[..digits + 2])
}

/// The `lp principles` listing.
pub fn principles(set: &PrincipleSet, source: &str, style: Style) -> String {
    let mut out = format!(
        "{} ({}, {})\n",
        style.bold(&set.name),
        plural(set.principles.len(), "principle", "principles"),
        source
    );
    for p in &set.principles {
        out.push_str(&format!("\n{}\n", style.bold(&p.name)));
        out.push_str(&format!("  {}\n", style.dim(&format!("id: {}", p.id))));
        if !p.summary.is_empty() {
            out.push_str(&wrap(&p.summary, width(), "  ", "  "));
        }
        if !p.aliases.is_empty() {
            out.push_str(&wrap(
                &p.aliases.join(", "),
                width(),
                "  Also written: ",
                "    ",
            ));
        }
        for q in &p.questions {
            out.push_str(&wrap(q, width(), "  - ", "    "));
        }
    }
    out
}

/// `line 3` or `lines 3-7`.
fn lines(span: (usize, usize)) -> String {
    if span.0 == span.1 {
        format!("line {}", span.0)
    } else {
        format!("lines {}-{}", span.0, span.1)
    }
}

/// The `lp import` plan: the drafts, what was skipped and ignored, and the duplicates.
pub fn import_plan(
    source: &str,
    plan: &crate::import::Plan,
    set: &PrincipleSet,
    merged: bool,
    style: Style,
) -> String {
    let name = |id: &String| set.get(id).map_or(id.clone(), |p| p.name.clone());
    let mut out = wrap(
        &format!(
            "{source}: {}, {} skipped, {} ignored, {}.",
            plural(plan.drafts.len(), "draft", "drafts"),
            plural(plan.skipped.len(), "block", "blocks"),
            plan.ignored.len(),
            plural(
                plan.duplicates.len(),
                "likely duplicate",
                "likely duplicates"
            ),
        ),
        width(),
        "",
        "",
    );
    if !plan.drafts.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Drafts")));
    }
    let number_width = plan.drafts.len().to_string().len();
    for (i, draft) in plan.drafts.iter().enumerate() {
        let number = format!("{:>number_width$}. ", i + 1);
        let pad = " ".repeat(number.len());
        out.push_str(&format!(
            "{number}{}\n",
            truncate(&draft.title, width() - number.len())
        ));
        let principles: Vec<String> = draft.principles.iter().map(name).collect();
        out.push_str(&wrap(&principles.join(" · "), width(), &pad, &pad));
        let parts = draft.parts();
        out.push_str(&format!(
            "{pad}{} · found: {}\n",
            lines(draft.lines),
            if parts.is_empty() {
                "nothing".to_string()
            } else {
                parts.join(", ")
            }
        ));
    }
    let listing = |heading: &str, items: &[crate::import::Skipped], out: &mut String| {
        if items.is_empty() {
            return;
        }
        out.push_str(&format!("\n{}\n", style.bold(heading)));
        for item in items {
            out.push_str(&wrap(
                &item.reason,
                width(),
                &format!("  {:<13} ", lines(item.lines)),
                &" ".repeat(16),
            ));
            let excerpt = item.text.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push_str(&format!(
                "{}{}\n",
                " ".repeat(16),
                style.dim(&truncate(&excerpt, width() - 16))
            ));
        }
    };
    listing("Skipped", &plan.skipped, &mut out);
    listing("Ignored", &plan.ignored, &mut out);
    if !plan.warnings.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Check")));
        for warning in &plan.warnings {
            out.push_str(&wrap(warning, width(), "  ", "    "));
        }
    }
    if !plan.duplicates.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Likely duplicates")));
        for dup in &plan.duplicates {
            let (a, b) = dup.drafts;
            out.push_str(&wrap(
                &format!(
                    "{} and {} share {} words: \"{}\" and \"{}\"",
                    a + 1,
                    b + 1,
                    dup.shared_words,
                    plan.drafts[a].title,
                    plan.drafts[b].title
                ),
                width(),
                "  ",
                "    ",
            ));
        }
        if !merged {
            out.push_str(
                "  hint: add --merge to make each pair one story linked to both principles\n",
            );
        }
    }
    out
}

/// The `lp plan` report: each principle's story and backup, then what is missing.
pub fn plan(plan: &crate::plan::Plan, style: Style) -> String {
    let covered = plan.assignments.len() - plan.uncovered.len();
    let mut out = format!(
        "{covered} of {} {} a distinct story.\n",
        plural(plan.assignments.len(), "principle", "principles"),
        if covered == 1 { "has" } else { "have" }
    );
    let describe = |c: &crate::plan::Choice| {
        let link = match c.link {
            Link::Primary => "primary",
            Link::Secondary => "secondary",
        };
        format!(
            "{} ({}, {link}, {})",
            c.title.trim(),
            c.status.as_str(),
            format_duration(c.seconds)
        )
    };
    for a in &plan.assignments {
        out.push_str(&format!("\n{}\n", style.bold(&a.name)));
        match &a.story {
            Some(c) => out.push_str(&wrap(&describe(c), width(), "  tell:   ", "          ")),
            None => out.push_str(&format!("  tell:   {}\n", style.red("no distinct story"))),
        }
        match &a.backup {
            Some(c) => out.push_str(&wrap(&describe(c), width(), "  backup: ", "          ")),
            None => out.push_str(&format!("  backup: {}\n", style.dim("none left"))),
        }
    }
    if !plan.uncovered.is_empty() {
        let names: Vec<&str> = plan
            .assignments
            .iter()
            .filter(|a| a.story.is_none())
            .map(|a| a.name.as_str())
            .collect();
        out.push('\n');
        out.push_str(&wrap(
            &names.join(" · "),
            width(),
            &format!("{} ({}): ", style.red("No distinct story"), names.len()),
            "    ",
        ));
        out.push_str(&wrap(
            &format!(
                "Each new story gives at most one more principle a distinct story, so {} needed; start with {}.",
                plural(names.len(), "new story is", "new stories are"),
                names[0]
            ),
            width(),
            "",
            "",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_width() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let wrapped = wrap(text, 20, "  - ", "    ");
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 20),
            "{wrapped}"
        );
        assert!(wrapped.starts_with("  - one two three"));
        assert_eq!(wrapped.split_whitespace().filter(|w| *w != "-").count(), 12);
    }

    #[test]
    fn story_text_is_reflowed_but_lists_and_code_keep_their_shape() {
        let text = "A paragraph written\nover two lines.\n\n- an item\n12. numbered\n\n    let code = 1;\n";
        assert_eq!(
            indent(text),
            "  A paragraph written over two lines.\n\n  - an item\n  12. numbered\n\n      let code = 1;\n"
        );
        let long = format!("- {}", "word ".repeat(30));
        let wrapped = indent(&long);
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= width()),
            "{wrapped}"
        );
        assert!(
            wrapped.lines().nth(1).unwrap().starts_with("    word"),
            "{wrapped}"
        );
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("a longer title here", 10), "a longer…");
    }

    #[test]
    fn escape_codes_do_not_count_as_width() {
        let style = Style { color: true };
        assert_eq!(visible_len(&style.red("gap")), 3);
    }
}
