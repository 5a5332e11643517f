//! Plain-text reports for the terminal: readable at 80 columns, colour only when the
//! caller says so (a terminal, no NO_COLOR).

use super::layout::{Style, display_width, indent, truncate, wrap};
use crate::coverage::{Coverage, Link, Standing};
use crate::english::plural;
use crate::model::{Part, PrincipleSet, Story, format_duration};
use crate::visible::visible;

/// The `lp coverage` report.
pub fn coverage(c: &Coverage, style: Style) -> String {
    let covered = c
        .rows
        .iter()
        .filter(|r| r.standing != Standing::Gap)
        .count();
    let waiting = c.rows.iter().filter(|r| r.to_write > 0).count();
    let rest = if c.to_write_count == 0 {
        format!(
            "{} in the library.",
            plural(c.story_count, "story", "stories")
        )
    } else {
        format!(
            "{waiting} {} stories to write ({}): `lp write` starts with the most useful.",
            if waiting == 1 { "has" } else { "have" },
            c.to_write_count
        )
    };
    let mut out = wrap(
        &format!(
            "{}: {covered} of {} {} a written answer (target {} each); {rest}",
            c.set,
            plural(c.rows.len(), "principle", "principles"),
            if covered == 1 { "has" } else { "have" },
            c.target,
        ),
        style.width,
        "",
        "",
    );
    out.push('\n');
    for row in &c.rows {
        let head = format!("{}:", style.bold(&row.name));
        let to_write = match row.to_write {
            0 => String::new(),
            n => format!("{n} to write"),
        };
        let facts = match row.standing {
            Standing::Gap if row.to_write > 0 => format!("{} — {to_write}", style.red("gap")),
            Standing::Gap => format!("{}, no story", style.red("gap")),
            standing => format!(
                "{}, {} written ({} primary, {} secondary; {} ready, {} draft){}",
                match standing {
                    Standing::Thin => style.yellow("thin"),
                    _ => style.green("covered"),
                },
                row.stories,
                row.primary,
                row.secondary,
                row.ready,
                row.draft,
                if to_write.is_empty() {
                    String::new()
                } else {
                    format!("; {to_write}")
                }
            ),
        };
        // Wrap on the plain text so escape codes do not count towards the width.
        let plain_len = display_width(&row.name) + 2;
        if plain_len + display_width(&facts) <= style.width {
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
            let state = if linked.written {
                linked.status.as_str()
            } else {
                "to write"
            };
            let line = format!(
                "    {link}  {state:<8}  {}",
                truncate(&linked.title, style.width - 4 - 9 - 2 - 8 - 2)
            );
            if linked.written {
                out.push_str(&line);
            } else {
                out.push_str(&style.dim(&line));
            }
            out.push('\n');
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
            style.width,
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
            style.width,
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
                truncate(&s.title, style.width - 20),
                s.principles
            ));
        }
    }
    if let Some(next) = &c.next_to_write {
        out.push('\n');
        out.push_str(&wrap(
            &format!("{} (`lp write` starts there)", next.title.trim()),
            style.width,
            "Next to write: ",
            "    ",
        ));
    }
    if !gaps.is_empty() {
        out.push_str("\nQuestions to prepare for the gaps:\n");
        for row in gaps {
            out.push_str(&format!("\n{}\n", style.bold(&row.name)));
            for q in &row.questions {
                out.push_str(&wrap(q, style.width, "  - ", "    "));
            }
        }
    }
    out
}

/// The `lp list` table: one line a story, with its check mark: `ok`, or the number
/// of findings (`2!`), or `err` when one is an error.
pub fn list(
    set: &PrincipleSet,
    stories: &[&Story],
    findings: &[crate::diagnostic::Diagnostic],
    ids: bool,
    style: Style,
) -> String {
    use std::fmt::Write as _;
    if stories.is_empty() {
        return "No stories yet. Add one with `lp add`, or bring your notes in with `lp import`.\n"
            .to_string();
    }
    // Status, time and check take 21 columns; the title gets the room, then the
    // principles (short names), which are cut first; ids only when asked for, whole.
    let short: rustc_hash::FxHashMap<&str, &str> = set
        .principles
        .iter()
        .map(|p| (p.id.as_str(), p.short_name()))
        .collect();
    // Each story's principles and title as shown, and their widths, measured once.
    let shown_of = |i: usize| {
        let s = stories[i];
        let names: Vec<&str> = s
            .principles
            .iter()
            .map(|id| short.get(id.as_str()).copied().unwrap_or(id))
            .collect();
        let names = names.join(", ");
        let title = visible(s.title.trim());
        Shown {
            names_width: display_width(&visible(&names)),
            names,
            title_width: display_width(&title),
            title,
        }
    };
    let shown: Vec<Shown> = in_halves(stories.len(), |part| part.map(shown_of).collect::<Vec<_>>())
        .into_iter()
        .flatten()
        .collect();
    let widest = |texts: &mut dyn Iterator<Item = usize>| texts.max().unwrap_or(0);
    let id_need = widest(&mut stories.iter().map(|s| display_width(&visible(&s.id)))).max(2) + 2;
    // Ids are never cut: a column when it leaves the title 20 columns, else a line of
    // their own under each story's.
    let ids_below = ids && 21 + id_need + 20 > style.width;
    let id_width = if ids && !ids_below { id_need } else { 0 };
    // Ids on lines of their own sit under the titles where every one fits there, else
    // all from the margin: never cut, and in one column.
    let id_indent = if 21 + 2 + id_need <= style.width {
        21
    } else {
        2
    };
    let ids = ids && !ids_below;
    let title_need = widest(&mut shown.iter().map(|s| s.title_width)).max(5);
    let principles_need = widest(&mut shown.iter().map(|s| s.names_width)).max(10);
    let room = style.width.saturating_sub(21 + id_width).max(20);
    let (title_width, principles_width) = if title_need + 2 + principles_need <= room {
        (title_need, principles_need)
    } else {
        // The title first, whole if it can be: the principles take what is left.
        let title = title_need.min(room.saturating_sub(2 + 10));
        match room.saturating_sub(title + 2) {
            w if w >= 10 => (title, w),
            _ => (room, 0), // too narrow for the principles: the title takes the line
        }
    };
    let mut header = format!(
        "{:<8} {:>5} {:<5} {:<title_width$}",
        "STATUS", "TIME", "CHECK", "TITLE"
    );
    if ids {
        header.push_str(&format!("  {:<w$}", "ID", w = id_width - 2));
    }
    if principles_width > 0 {
        header.push_str("  PRINCIPLES");
    }
    let mut out = String::with_capacity((stories.len() + 1) * (style.width + 1));
    out.push_str(&style.bold(header.trim_end()));
    out.push('\n');
    let grouped = crate::lint::by_story(findings);
    // Each story's line (and its id's, below it when asked), added to `out`.
    let draw = |out: &mut String, i: usize| {
        let (s, shown) = (stories[i], &shown[i]);
        let mut line = String::with_capacity(style.width + 16);
        // An unwritten story is marked as one: it has notes, not an answer.
        if s.is_written() {
            let _ = write!(line, "{:<8}", s.status.as_str());
        } else {
            line.push_str(&style.dim(&format!("{:<8}", "to write")));
        }
        let _ = write!(line, " {:>5} ", format_duration(s.spoken_seconds()));
        let mine = grouped.get(s.id.as_str()).map_or(&[][..], Vec::as_slice);
        if mine.iter().any(|d| d.is_error()) {
            line.push_str(&style.red(&format!("{:<5}", "err")));
        } else if mine.is_empty() {
            line.push_str(&style.green(&format!("{:<5}", "ok")));
        } else {
            line.push_str(&style.yellow(&format!("{:<5}", format!("{}!", mine.len()))));
        }
        line.push(' ');
        let width = if shown.title_width <= title_width {
            line.push_str(&shown.title);
            shown.title_width
        } else {
            let cut = truncate(&shown.title, title_width);
            line.push_str(&cut);
            display_width(&cut)
        };
        let pad = |line: &mut String, width: usize, room: usize| {
            line.extend(std::iter::repeat_n(' ', room.saturating_sub(width)));
        };
        pad(&mut line, width, title_width);
        if ids {
            let id = visible(&s.id);
            let _ = write!(line, "  {id}");
            pad(&mut line, display_width(&id), id_width - 2);
        }
        if principles_width > 0 {
            line.push_str("  ");
            line.push_str(&truncate(&shown.names, principles_width));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if ids_below {
            let _ = writeln!(out, "{:id_indent$}id: {}", "", visible(&s.id));
        }
    };
    // A long list is drawn in two halves at once.
    for part in in_halves(stories.len(), |lines| {
        let mut part = String::with_capacity(lines.len() * (style.width + 1));
        lines.for_each(|i| draw(&mut part, i));
        part
    }) {
        out.push_str(&part);
    }
    out
}

/// A story as `list` shows it: its principles' short names and its title, made
/// visible, with the columns each takes.
struct Shown<'a> {
    names: String,
    names_width: usize,
    title: std::borrow::Cow<'a, str>,
    title_width: usize,
}

/// `each` over `0..n`: over the whole for a short list, over each half at once (two
/// parts, in order) for a long one, so that a large library's table is measured and
/// drawn on two cores.
fn in_halves<T: Send>(n: usize, each: impl Fn(std::ops::Range<usize>) -> T + Sync) -> Vec<T> {
    if n < PARALLEL_LINES {
        return vec![each(0..n)];
    }
    let half = n / 2;
    std::thread::scope(|scope| {
        let second = scope.spawn(|| each(half..n));
        let first = each(0..half);
        vec![first, second.join().expect("drawing a line does not panic")]
    })
}

/// From this many stories on, `list` draws its lines on two threads.
const PARALLEL_LINES: usize = 2000;

/// One story as a formatted answer, for `lp show`.
pub fn show(
    set: &PrincipleSet,
    story: &Story,
    findings: &[&crate::diagnostic::Diagnostic],
    style: Style,
) -> String {
    let title = wrap(story.title.trim(), style.width, "", "");
    let mut out = format!("{}\n", style.bold(title.trim_end()));
    out.push_str(&format!("{}\n", visible(&story.path.display().to_string())));
    out.push_str(&format!(
        "{} · about {} spoken ({})\n",
        story.status.as_str(),
        format_duration(story.spoken_seconds()),
        plural(story.spoken_words(), "word", "words")
    ));
    let names = super::principle_names(set, story);
    out.push_str(&wrap(
        &names.join(" · "),
        style.width,
        "Principles: ",
        "    ",
    ));
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
        out.push_str(&wrap(&facts.join(" · "), style.width, "", "    "));
    }
    if !story.questions.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Questions it answers")));
        for q in &story.questions {
            out.push_str(&wrap(q, style.width, "  - ", "    "));
        }
    }
    for part in Part::ALL {
        let text = story.part(part);
        if !text.trim().is_empty() {
            let body = indent(text, style.width);
            out.push_str(&format!("\n{}\n{body}", style.bold(part.label())));
        } else if part != Part::Learned {
            out.push_str(&format!(
                "\n{}\n  {}\n",
                style.bold(part.label()),
                style.dim("(not written yet)")
            ));
        }
    }
    if !story.followups.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Follow-up questions")));
        for f in &story.followups {
            out.push_str(&wrap(&f.question, style.width, "  Q: ", "     "));
            if !f.answer.trim().is_empty() {
                out.push_str(&wrap(&f.answer, style.width, "  A: ", "     "));
            }
        }
    }
    if !story.notes.trim().is_empty() {
        out.push_str(&format!(
            "\n{}\n{}",
            style.bold("Notes (private)"),
            indent(&story.notes, style.width)
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
            style.width,
            &format!("  {label}: "),
            "    ",
        ));
        if let Some(hint) = &d.hint {
            out.push_str(&wrap(hint, style.width, "    hint: ", "      "));
        }
    }
    out
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
            out.push_str(&wrap(&p.summary, style.width, "  ", "  "));
        }
        if !p.aliases.is_empty() {
            out.push_str(&wrap(
                &p.aliases.join(", "),
                style.width,
                "  Also written: ",
                "    ",
            ));
        }
        for q in &p.questions {
            out.push_str(&wrap(q, style.width, "  - ", "    "));
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
    plan: &crate::import::ImportPlan,
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
        style.width,
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
            truncate(&draft.story.title, style.width - number.len())
        ));
        let principles: Vec<String> = draft.story.principles.iter().map(name).collect();
        out.push_str(&wrap(&principles.join(" · "), style.width, &pad, &pad));
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
                style.width,
                &format!("  {:<13} ", lines(item.lines)),
                &" ".repeat(16),
            ));
            let excerpt = item.text.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push_str(&format!(
                "{}{}\n",
                " ".repeat(16),
                style.dim(&truncate(&excerpt, style.width - 16))
            ));
        }
    };
    if !plan.questions.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            style.bold(
                "Your own questions (no story to them here; kept for lp practice and lp coverage)"
            )
        ));
        for q in &plan.questions {
            let lines = if q.lines.0 == q.lines.1 {
                format!("line {}", q.lines.0)
            } else {
                format!("lines {}-{}", q.lines.0, q.lines.1)
            };
            out.push_str(&wrap(
                &format!("{}: {}", name(&q.principle), q.question),
                style.width,
                &format!("  {lines:<12}  "),
                &" ".repeat(16),
            ));
        }
    }
    listing("Skipped", &plan.skipped, &mut out);
    listing("Ignored", &plan.ignored, &mut out);
    if !plan.warnings.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Check")));
        for warning in &plan.warnings {
            out.push_str(&wrap(warning, style.width, "  ", "    "));
        }
    }
    if !plan.duplicates.is_empty() {
        out.push_str(&format!("\n{}\n", style.bold("Likely duplicates")));
        for dup in &plan.duplicates {
            let (a, b) = dup.drafts;
            let how = if dup.retold {
                format!("{} and {}, one says it retells the other", a + 1, b + 1)
            } else {
                format!("{} and {} share {} words", a + 1, b + 1, dup.shared_words)
            };
            out.push_str(&wrap(
                &format!(
                    "{how}: \"{}\" and \"{}\"",
                    plan.drafts[a].story.title, plan.drafts[b].story.title
                ),
                style.width,
                "  ",
                "    ",
            ));
        }
        if !merged {
            let (a, b) = plan.duplicates[0].drafts;
            // A guessed principle gives way to one the notes name (see `import::merge`).
            let guessed = (plan.duplicates.iter())
                .any(|d| plan.drafts[d.drafts.0].guessed || plan.drafts[d.drafts.1].guessed);
            let linked = if guessed {
                "linked to the principles the notes name for either (to a guess where they name none)"
            } else {
                "linked to both principles"
            };
            out.push_str(&wrap(
                &format!(
                    "add --merge to make each pair one story {linked}, or --merge {}+{} to choose the pairs",
                    a + 1,
                    b + 1
                ),
                style.width,
                "  hint: ",
                "    ",
            ));
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
            Some(c) => out.push_str(&wrap(&describe(c), style.width, "  tell:   ", "          ")),
            None if !a.told_elsewhere.is_empty() => {
                let told: Vec<String> = a
                    .told_elsewhere
                    .iter()
                    .map(|t| format!("{} (told under {})", t.title.trim(), t.under))
                    .collect();
                out.push_str(&format!("  tell:   {}\n", style.red("no distinct story")));
                out.push_str(&wrap(
                    &format!("its written ones are told elsewhere: {}", told.join("; ")),
                    style.width,
                    "          ",
                    "          ",
                ));
            }
            None if a.to_write.is_empty() => {
                out.push_str(&format!("  tell:   {}\n", style.red("no distinct story")))
            }
            None => out.push_str(&format!("  tell:   {}\n", style.red("no written story"))),
        }
        match &a.backup {
            Some(c) => out.push_str(&wrap(&describe(c), style.width, "  backup: ", "          ")),
            None => out.push_str(&format!("  backup: {}\n", style.dim("none left"))),
        }
        for w in &a.to_write {
            out.push_str(&wrap(
                &format!("{} (to write)", w.title.trim()),
                style.width,
                "  write:  ",
                "          ",
            ));
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
            style.width,
            &format!("{} ({}): ", style.red("No distinct story"), names.len()),
            "    ",
        ));
        out.push_str(&wrap(
            &format!(
                "Each new story gives at most one more principle a distinct story, so {} needed; start with {}.",
                plural(names.len(), "new story is", "new stories are"),
                names[0]
            ),
            style.width,
            "",
            "",
        ));
        // Only those with no written story at all wait on stories still to write.
        let waiting = plan
            .assignments
            .iter()
            .filter(|a| a.story.is_none() && a.told_elsewhere.is_empty() && !a.to_write.is_empty())
            .count();
        let elsewhere = plan
            .assignments
            .iter()
            .filter(|a| a.story.is_none() && !a.told_elsewhere.is_empty())
            .count();
        if elsewhere > 0 {
            out.push_str(&wrap(
                &format!(
                    "{} of these {} written stories, all told under other principles: `lp coverage` counts {} covered, but a loop that asks about {} needs one more story.",
                    elsewhere,
                    if elsewhere == 1 { "has" } else { "have" },
                    if elsewhere == 1 { "it" } else { "them" },
                    if elsewhere == 1 { "it" } else { "each" }
                ),
                style.width,
                "",
                "",
            ));
        }
        if waiting > 0 {
            out.push_str(&wrap(
                &format!(
                    "{} of these {} only stories still to write: `lp write` turns them into answers, the most useful first.",
                    waiting,
                    if waiting == 1 { "has" } else { "have" }
                ),
                style.width,
                "",
                "",
            ));
        }
    }
    out
}

/// What `lp import --write` did, for `import_written`.
pub struct Written<'a> {
    /// For each draft, the file written, or `None`.
    pub files: &'a [Option<std::path::PathBuf>],
    /// Drafts the library held already, not written again.
    pub already: usize,
    /// The person's own questions kept, and where.
    pub questions: usize,
    pub questions_file: &'a std::path::Path,
    /// The library's coverage with the drafts written.
    pub coverage: &'a Coverage,
    /// The columns the report's sentences are wrapped to.
    pub width: usize,
}

/// The end of `lp import --write`: what was already there, the files written, the
/// questions kept, and the coverage now.
pub fn import_written(w: &Written) -> String {
    let mut out = String::new();
    // A sentence of the report, wrapped to the terminal's columns.
    let say = |out: &mut String, text: String| out.push_str(&wrap(&text, w.width, "", ""));
    let count = w.files.iter().flatten().count();
    let already = w.already;
    if already > 0 {
        out.push('\n');
        say(
            &mut out,
            format!(
                "{already} already imported, {count} written: {} in the library already (pass --force to write {} anyway).",
                if already == 1 {
                    "its text is"
                } else {
                    "their text is"
                },
                if already == 1 { "it" } else { "them" }
            ),
        );
    }
    if count > 0 || already == 0 {
        out.push_str(&format!("\nWrote {}:\n", plural(count, "draft", "drafts")));
    }
    for path in w.files.iter().flatten() {
        out.push_str(&format!("  {}\n", visible(&path.display().to_string())));
    }
    if w.questions > 0 {
        say(
            &mut out,
            format!(
                "Kept {} of your own in {}: lp practice asks them, lp coverage names them for a gap.",
                plural(w.questions, "question", "questions"),
                w.questions_file.display()
            ),
        );
    }
    let covered = w.coverage.rows.iter().filter(|r| r.stories > 0).count();
    say(
        &mut out,
        format!(
            "Coverage now: {covered} of {} {} a written answer; {} to write. `lp write` turns a draft into an answer, the most useful first.",
            plural(w.coverage.rows.len(), "principle", "principles"),
            if covered == 1 { "has" } else { "have" },
            plural(w.coverage.to_write_count, "story", "stories")
        ),
    );
    out
}

#[cfg(test)]
mod list_tests {
    use super::*;

    #[test]
    fn every_width_fits_and_no_id_is_cut() {
        let set = crate::principles::builtin();
        let long = "advocating-for-a-colleague-to-be-promoted-and-move-to-a-new-team";
        let stories: Vec<Story> = [long, "b"]
            .iter()
            .map(|id| Story {
                parts: crate::model::parts([(crate::model::Part::Action, "I did.".into())]),
                id: (*id).into(),
                title: format!("The story called {id}, told at length to fill the row"),
                principles: vec!["frugality".into(), "earn-trust".into()],
                ..Story::default()
            })
            .collect();
        for width in [60, 80, 100, 120] {
            let style = Style {
                color: false,
                width,
            };
            for ids in [false, true] {
                let text = list(&set, &stories.iter().collect::<Vec<_>>(), &[], ids, style);
                for line in text.lines() {
                    // An id longer than the terminal is wide is the one thing let run on.
                    let id_alone = line.trim_start().strip_prefix("id: ") == Some(long)
                        && long.len() + 6 > width;
                    assert!(
                        display_width(line) <= width || id_alone,
                        "{width}: {line:?}\n{text}"
                    );
                }
                if ids {
                    assert!(
                        text.lines().any(|l| l.contains(long)),
                        "{width}: the id whole\n{text}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_long_list_drawn_in_halves_keeps_its_order() {
        for n in [
            0,
            1,
            PARALLEL_LINES - 1,
            PARALLEL_LINES,
            PARALLEL_LINES + 1,
            4001,
        ] {
            let each = |i: usize| format!("line {i}");
            let sequential: Vec<String> = (0..n).map(each).collect();
            let parts = in_halves(n, |part| part.map(each).collect::<Vec<_>>());
            assert_eq!(parts.len(), if n < PARALLEL_LINES { 1 } else { 2 }, "{n}");
            assert_eq!(parts.concat(), sequential, "{n}");
        }
    }
}
