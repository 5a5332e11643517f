//! Questions answered inside `<details>` blocks written wholly in HTML.
//!
//! Markdown reads `<details>` … `</details>` with no blank line inside as one block of
//! HTML, and shows none of its text as Markdown. Notes written that way (a question in
//! the `<summary>`, an answer in a `<pre>` block with `<strong>SITUATION</strong>:`
//! labels) keep their stories there. Such a block is read as the Markdown it stands
//! for, line for line: its summary a heading, its tags' lines blank, bold and italic
//! tags as Markdown's marks.
//!
//! A block with blank lines inside is Markdown already, but for its opening: a question
//! in its summary over a list of answers (`<summary><b>Tell me about a time…</b>
//! </summary>`, then `- reminder` items, then `</details>`) is read as that question's
//! heading over the list, as it stands for.

use super::Skipped;
use super::rules::{asks_for_story, dedent, fence_mark, is_question, untagged};

/// The notes with each such block written as Markdown, and the lines of each block
/// (1-based, inclusive); `None` when there is none. The text has as many lines as the
/// notes, each where it was.
///
/// The summary becomes a heading one level below the last heading above the block, so
/// that blocks one after another are stories side by side under it. A block is read so
/// only when what follows it (past blank lines and `<br>`) is another such block, a
/// heading or the end: text after it belongs to the heading above, not to its summary.
pub(super) fn as_markdown(markdown: &str) -> Option<(String, Vec<(usize, usize)>)> {
    rewrite_blocks(markdown, b"<details", |lines, i, level| {
        let whole = whole_block(lines, i);
        if whole.is_none()
            && let Some((summary, end, asked)) = question_over_list(lines, i)
            && followed_by_block_or_heading(lines, end + 1)
        {
            // The question a heading on the first of its lines, the tags' lines blank.
            let at = (i..=summary)
                .find(|&k| !untagged(lines[k]).trim().is_empty())
                .unwrap_or(i);
            let mut written: Vec<String> = lines[i..=end].iter().map(|l| l.to_string()).collect();
            for line in &mut written[..=summary - i] {
                line.clear();
            }
            written[at - i] = format!("{} {asked}", "#".repeat((level + 1).min(6)));
            written[end - i] = String::new();
            return Some((end, Some(written)));
        }
        let end = whole?;
        if !followed_by_block_or_heading(lines, end + 1) {
            return Some((end, None));
        }
        let Some(mut written) = rewrite(&lines[i..=end], (level + 1).min(6)) else {
            return Some((end, None));
        };
        // The `<br>` lines after it space the blocks out: markup, as the tags are.
        let mut last = end;
        for (k, line) in lines.iter().enumerate().skip(end + 1) {
            match line.trim().to_ascii_lowercase().as_str() {
                "" => {}
                "<br>" | "<br/>" | "<br />" => last = k,
                _ => break,
            }
        }
        written.resize(last + 1 - i, String::new());
        Some((last, Some(written)))
    })
}

/// The notes with the blocks of HTML that `read` finds rewritten as Markdown, line for
/// line, and the lines of each (1-based, inclusive); `None` when `tag` is nowhere in
/// them or no block was rewritten. `read` is given the notes' lines, the index of a line
/// outside fenced code and the level of the last heading above it; a block starting
/// there gives the index of its last line and the lines written in its place (`None`
/// to leave it as it is). The text has as many lines as the notes, each where it was.
pub(super) fn rewrite_blocks(
    markdown: &str,
    tag: &[u8],
    mut read: impl FnMut(&[&str], usize, usize) -> Option<(usize, Option<Vec<String>>)>,
) -> Option<(String, Vec<(usize, usize)>)> {
    if !markdown
        .as_bytes()
        .windows(tag.len())
        .any(|w| w.eq_ignore_ascii_case(tag))
    {
        return None;
    }
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut blocks = Vec::new();
    let mut fence = false;
    let mut level = 0;
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        if fence_mark(trimmed).is_some() {
            fence = !fence;
        }
        if fence {
            i += 1;
            continue;
        }
        if let Some(marks) = heading_marks(trimmed) {
            level = marks;
        }
        let Some((last, written)) = read(&lines, i, level) else {
            i += 1;
            continue;
        };
        if let Some(written) = written {
            for (k, line) in written.into_iter().enumerate() {
                out[i + k] = line;
            }
            blocks.push((i + 1, last + 1));
        }
        i = last + 1;
    }
    if blocks.is_empty() {
        return None;
    }
    let mut text = out.join("\n");
    if markdown.ends_with('\n') {
        text.push('\n');
    }
    Some((text, blocks))
}

/// Each skipped or ignored block within one of `blocks` quoted as the notes wrote it
/// (with its tags), not as it was read.
pub(super) fn as_written(entries: &mut [Skipped], markdown: &str, blocks: &[(usize, usize)]) {
    let lines: Vec<&str> = markdown.lines().collect();
    for entry in entries {
        let (start, end) = entry.lines;
        if blocks.iter().any(|&(from, to)| start <= to && end >= from) {
            let written = lines.get(start.saturating_sub(1)..end.min(lines.len()));
            if let Some(written) = written {
                entry.text = dedent(written);
            }
        }
    }
}

/// For each block, the lines of the notes that only held tags (`<details>`, `<pre>`,
/// `</details>`, `<br>`), blank as read, as written: one entry in the ignored list,
/// so that no word of the notes is in nothing.
pub(super) fn tag_lines(
    markdown: &str,
    read: &str,
    blocks: &[(usize, usize)],
    reason: &str,
) -> Vec<Skipped> {
    let written: Vec<&str> = markdown.lines().collect();
    let as_read: Vec<&str> = read.lines().collect();
    let mut out = Vec::new();
    for &(from, to) in blocks {
        let tags: Vec<String> = (from..=to)
            // (The last line as read, blank with no newline after it, is no line of
            // the text: blank all the same.)
            .filter_map(|line| Some((written.get(line - 1)?, as_read.get(line - 1).unwrap_or(&""))))
            .filter_map(|(w, r)| {
                if !w.trim().is_empty() && r.trim().is_empty() {
                    Some(w.trim().to_string())
                } else if w.to_ascii_lowercase().contains("<summary")
                    || reason == TABLE_TAGS && w.contains('<') && w.trim() != r.trim()
                {
                    // The summary's own tags: its text is the heading, they are not.
                    // (So are a table's around the text of a line read, `<li>…</li>`.)
                    Some(tags_of(w).join(""))
                } else {
                    None
                }
            })
            .collect();
        if !tags.is_empty() {
            out.push(Skipped {
                lines: (from, to),
                reason: reason.into(),
                text: tags.join(" "),
            });
        }
    }
    out
}

/// Why a table's tags, around the text read from its rows, are ignored.
pub(super) const TABLE_TAGS: &str = "the HTML tags of a table, read as the text it shows";

/// The tags on a line (`<summary>`, `<b>`, `</b>`, `</summary>`), in order.
fn tags_of(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        out.push(&rest[open..=open + close]);
        rest = &rest[open + close + 1..];
    }
    out
}

/// The number of `#` marks of an ATX heading's line, `None` for other lines.
pub(super) fn heading_marks(line: &str) -> Option<usize> {
    let marks = line.bytes().take_while(|&b| b == b'#').count();
    ((1..=6).contains(&marks) && line[marks..].chars().next().is_none_or(char::is_whitespace))
        .then_some(marks)
}

/// The index of the line that closes a `<details>` block opened on line `i`, when the
/// block has no blank line in it (Markdown then reads it as one block of HTML).
fn whole_block(lines: &[&str], i: usize) -> Option<usize> {
    let opening = lines[i].trim_start().to_ascii_lowercase();
    if !opening.starts_with("<details") {
        return None;
    }
    // Inside `<pre>` a blank line is the text's own, not the block's end.
    let mut pre = false;
    for (k, line) in lines.iter().enumerate().skip(i) {
        let lower = line.to_ascii_lowercase();
        if let Some(at) = lower.rfind("<pre") {
            pre = !lower[at..].contains("</pre>");
        } else if lower.contains("</pre>") {
            pre = false;
        }
        // A blank line, or another block opened before this one closes: not one block
        // of HTML read whole (and no line is scanned twice, however many open).
        if line.trim().is_empty() && !pre
            || k > i
                && line
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("<details")
        {
            return None;
        }
        if line.to_ascii_lowercase().contains("</details>") {
            return Some(k);
        }
    }
    None
}

/// A `<details>` block opened on line `i` whose summary, on the lines from it up to
/// the one returned first, asks a question and is all they say, over a list, a blank
/// line between, up to the line returned second, which closes the block and says
/// nothing else: the question's answers listed (`- Stayed late for a release`); and
/// the question. `None` for other blocks (a story told in paragraphs under its name
/// keeps its block).
fn question_over_list(lines: &[&str], i: usize) -> Option<(usize, usize, String)> {
    let lower = |k: usize| lines[k].trim().to_ascii_lowercase();
    if !lower(i).starts_with("<details") {
        return None;
    }
    // The summary closes within three lines of the opening.
    let summary = (i..lines.len().min(i + 4)).find(|&k| lower(k).contains("</summary>"))?;
    let opening = lines[i..=summary].join(" ");
    let opened = opening.to_ascii_lowercase();
    let from = opened.find("<summary")?;
    let to = opened.find("</summary>")?;
    // Nothing but tags around the summary on its lines.
    let beside = format!(
        "{}{}",
        &opening[..from],
        &opening[to + "</summary>".len()..]
    );
    if !untagged(&beside).trim().is_empty() {
        return None;
    }
    let asked = untagged(opening.get(from..to)?.split_once('>')?.1);
    let asked = asked.split_whitespace().collect::<Vec<_>>().join(" ");
    if !(is_question(&asked) || asks_for_story(&asked)) {
        return None;
    }
    let end = (summary + 1..lines.len()).find(|&k| lower(k).contains("details>"))?;
    if lower(end) != "</details>" {
        return None;
    }
    let body: Vec<&str> = lines[summary + 1..end]
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let marker = |l: &str| {
        let l = l.trim_start();
        l.starts_with("- ") || l.starts_with("* ") || l.starts_with("+ ")
    };
    let first_indent = body.first().map(|l| l.len() - l.trim_start().len())?;
    let listed = marker(body[0])
        && body
            .iter()
            .all(|l| marker(l) || l.len() - l.trim_start().len() > first_indent);
    let spaced = lines[summary + 1].trim().is_empty();
    (listed && spaced).then_some((summary, end, asked))
}

/// Whether the first line from `from` that is not blank or a `<br>` opens another
/// `<details>` block or is a heading, or there is none.
fn followed_by_block_or_heading(lines: &[&str], from: usize) -> bool {
    let next = lines.iter().skip(from).map(|l| l.trim()).find(|l| {
        !l.is_empty() && !matches!(l.to_ascii_lowercase().as_str(), "<br>" | "<br/>" | "<br />")
    });
    next.is_none_or(|l| {
        l.to_ascii_lowercase().starts_with("<details") || heading_marks(l).is_some()
    })
}

/// The block's lines as Markdown: the summary a heading of `level`, tags off. `None`
/// when its summary is not on one line, or it says nothing besides its summary.
fn rewrite(block: &[&str], level: usize) -> Option<Vec<String>> {
    let mut out = Vec::with_capacity(block.len());
    let mut summary = false;
    let mut body = false;
    for line in block {
        let lower = line.to_ascii_lowercase();
        if let Some(from) = lower.find("<summary") {
            let to = lower.find("</summary>")?;
            // Only tags beside it on its line: a heading is a line of its own.
            let beside = format!("{}{}", &line[..from], &line[to + "</summary>".len()..]);
            if !marked(&beside).trim().is_empty() {
                return None;
            }
            let inner = line.get(from..to)?.split_once('>')?.1;
            let title = untagged(inner);
            if title.trim().is_empty() {
                return None;
            }
            summary = true;
            out.push(format!("{} {}", "#".repeat(level), title.trim()));
            continue;
        }
        let text = marked(line);
        body |= !text.trim().is_empty();
        out.push(text);
    }
    if !summary || !body {
        return None;
    }
    // Each run of lines between blank ones loses its first line's indentation, so that
    // an answer indented inside `<pre>` is not read as code.
    let mut start = true;
    let mut indent = 0;
    for line in &mut out {
        if line.trim().is_empty() {
            line.clear();
            start = true;
            continue;
        }
        let own = line.len() - line.trim_start().len();
        if start {
            indent = own;
            start = false;
        }
        // A line of text set under the one before it (`<pre>` keeps the writer's
        // alignment) is the same paragraph: its spaces off. A list item keeps its
        // place under the one above.
        let rest = line.trim_start();
        let item = rest.starts_with(['-', '*', '+'])
            || rest
                .split_once(['.', ')'])
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let cut = if item { own.min(indent) } else { own };
        line.replace_range(..cut, "");
    }
    Some(out)
}

/// A line of the block with its tags read: bold and italic as Markdown's marks, code as
/// backticks, every other tag (`<pre>`, `<details>`, `<br>`) off.
fn marked(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('>') else {
            out.push_str(after);
            return out;
        };
        let tag = after[1..close].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        let name = name.split_whitespace().next().unwrap_or("");
        match name {
            "strong" | "b" => out.push_str("**"),
            "em" | "i" => out.push('_'),
            "code" => out.push('`'),
            // (A list written in HTML, `<ul>` `<li>`, around items the writer also
            // marked with `-`: the tags are markup, the items are the text's own.)
            "details" | "summary" | "pre" | "p" | "br" | "br/" | "div" | "span" | "ul" | "ol"
            | "li" => {}
            // Not a tag we know (`a <b> c`, `x < y`): kept as written.
            _ => {
                out.push('<');
                rest = &after[1..];
                continue;
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_of_html_is_read_as_the_markdown_it_stands_for() {
        let notes = "## Answers\n\n<details>\n  <summary>Tell me about a <b>deadline</b>.</summary>\n  <pre>\n  <strong>SITUATION</strong>:  The release was due Friday.\n  <em>RESULT</em>: It shipped.\n  </pre>\n</details>\n<br>\n";
        let (text, blocks) = as_markdown(notes).expect("one block");
        assert_eq!(blocks, vec![(3, 10)]);
        assert_eq!(
            text,
            "## Answers\n\n\n### Tell me about a deadline.\n\n**SITUATION**:  The release was due Friday.\n_RESULT_: It shipped.\n\n\n\n"
        );
        assert_eq!(text.lines().count(), notes.lines().count());
        // Text set under the line before it, in `<pre>`, loses the writer's alignment.
        let aligned = "<details>\n<summary>Q?</summary>\n<pre>\n  <strong>ACT</strong>: I split it\n                and shipped it.\n  - a list\n      - under it\n</pre>\n</details>\n";
        let (read, _) = as_markdown(aligned).expect("one block");
        assert!(
            read.contains("**ACT**: I split it\nand shipped it.\n- a list\n    - under it"),
            "{read}"
        );
        // The lines that only held tags are said, as written.
        let tags: Vec<String> = tag_lines(notes, &text, &blocks, "tags")
            .into_iter()
            .map(|s| s.text)
            .collect();
        // (The summary's tags too: its text is the heading, its tags are not.)
        assert_eq!(
            tags,
            ["<details> <summary><b></b></summary> <pre> </pre> </details> <br>"]
        );
        // A list written in HTML around the writer's own items: the tags are markup.
        assert_eq!(marked("<li>"), "");
        assert_eq!(marked("<ul>"), "");
    }

    #[test]
    fn a_block_with_text_after_it_or_a_blank_line_inside_is_left_as_it_is() {
        // Text after the block belongs to the heading above it.
        let after = "# A\n\n<details>\n<summary>Q?</summary>\n<pre>I did it.</pre>\n</details>\n\nMore about A.\n";
        assert!(as_markdown(after).is_none());
        // The same block before a heading is read.
        let before = after.replace("More about A.", "# B");
        assert!(as_markdown(&before).is_some());
        // A summary with the answer on its line: no heading can hold both.
        let beside = "<details>\n<summary>Q?</summary> I did it.\n<pre>More.</pre>\n</details>\n";
        assert!(as_markdown(beside).is_none());
        // A line of spaces inside `<pre>` is the answer's own: the block is still read.
        let spaced = "<details>\n<summary>Q?</summary>\n<pre>\nI did it.\n    \nIt worked.\n</pre>\n</details>\n";
        let (text, _) = as_markdown(spaced).expect("one block");
        assert!(
            text.contains("# Q?") && text.contains("It worked."),
            "{text}"
        );
        // A blank line inside: Markdown reads what is between as Markdown already.
        let blank = "<details>\n<summary>Story: X</summary>\n\nI did it.\n</details>\n";
        assert!(as_markdown(blank).is_none());
        // In fenced code it is an example, not notes.
        let fenced = "```\n<details>\n<summary>Q?</summary>\n<pre>I did it.</pre>\n</details>\n# code\n```\n";
        assert!(as_markdown(fenced).is_none());
        // A block opened inside one that is not closed: only the inner one is read.
        let nested = "<details>\n<summary>Q?</summary>\n<details>\n<summary>R?</summary>\n<pre>I did it.</pre>\n</details>\n# Next\n";
        let (_, blocks) = as_markdown(nested).expect("the inner block");
        assert_eq!(blocks, vec![(3, 6)]);
        // Nothing but a summary: nothing to read.
        let empty = "<details><summary>Q?</summary></details>\n";
        assert!(as_markdown(empty).is_none());
    }

    #[test]
    fn an_unknown_tag_and_a_lone_angle_bracket_are_kept() {
        assert_eq!(
            marked("x < y and <kbd>K</kbd> <b>bold</b>"),
            "x < y and <kbd>K</kbd> **bold**"
        );
        assert_eq!(marked("a <b"), "a <b");
    }
}
