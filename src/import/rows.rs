//! Questions and answers set in the rows of an HTML table.
//!
//! Markdown shows an HTML table as the table it is, and reads none of its text as
//! Markdown. Notes written that way (a question in one row, `<td>1.</td>` `<td>Tell me
//! about a time…</td>`, and the writer's answer under it in the next, a `<ul>` of
//! `<li>` points; or a story's parts a row each, `<td>Situation</td>` `<td>…</td>`)
//! keep their stories there. Such a table is read as the text it shows, line for line:
//! a row that asks a question a heading one level below the last heading above it, a
//! row led by a number or a part's label that cell before the text of the next, a
//! list's items as Markdown's items, the tags' lines blank.
//!
//! A table whose rows link stories told elsewhere (`<a href="#…">`) is read by
//! `tables`; one with more than two cells of text in a row, a grid of facts rather
//! than text, is left as it is.

use super::Label;
use super::rules::{is_question, split_label};

/// The notes with each such table written as Markdown, and the lines of each table
/// (1-based, inclusive); `None` when there is none. The text has as many lines as the
/// notes, each where it was.
pub(super) fn as_markdown(markdown: &str) -> Option<(String, Vec<(usize, usize)>)> {
    super::details::rewrite_blocks(markdown, b"<table", |lines, i, level| {
        if !lines[i]
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("<table")
        {
            return None;
        }
        let end = (i..lines.len())
            .find(|&j| lines[j].to_ascii_lowercase().contains("</table>"))
            .unwrap_or(lines.len() - 1);
        Some((end, rewrite(&lines[i..=end], (level + 1).min(6))))
    })
}

/// A cell's text, each piece with the index of the line it is on (within the table):
/// its lines outside items, and its list's items (each item's lines, the first marked).
#[derive(Default)]
struct Cell {
    lines: Vec<(usize, String)>,
    items: Vec<(usize, String, bool)>,
}

impl Cell {
    fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.items.is_empty()
    }

    /// The cell's text outside items, on one line.
    fn text(&self) -> String {
        let joined: Vec<&str> = self.lines.iter().map(|(_, t)| t.as_str()).collect();
        joined.join(" ")
    }
}

/// The table's lines (`table`, from `<table` to `</table>`) as Markdown, or `None` when
/// it is not one to read so: a row links elsewhere, holds more than two cells of text,
/// or nothing in it asks, lists or labels a part.
fn rewrite(table: &[&str], level: usize) -> Option<Vec<String>> {
    if table
        .iter()
        .any(|l| l.to_ascii_lowercase().contains("<a href"))
    {
        return None;
    }
    let rows = parse(table);
    let mut out = vec![String::new(); table.len()];
    let mut read_as_text = false;
    for cells in &rows {
        let filled: Vec<&Cell> = cells.iter().filter(|c| !c.is_empty()).collect();
        let (lead, body) = match filled[..] {
            [] => continue,
            // Three cells of text or more: a grid of facts, left as it is.
            [_, _, _, ..] => return None,
            [one] => (None, one),
            [first, second] if first.items.is_empty() && short(&first.text()) => {
                (Some(first), second)
            }
            [first, second] => {
                // Two cells of text side by side: each as it stands, the first first.
                write_cell(&mut out, first);
                write_cell(&mut out, second);
                continue;
            }
        };
        let lead_text = lead.map(|c| c.text());
        // `1.` before a question: its number; `Situation` before the story's scene:
        // the part's label.
        let numbered = lead_text.as_deref().is_some_and(number_only);
        let labelled = lead_text
            .as_deref()
            .is_some_and(|t| matches!(split_label(&format!("{t}:")), Some((Label::Part(_), _))));
        let prefix = match lead_text {
            Some(t) if numbered => format!("{}. ", t.trim().trim_end_matches(['.', ')'])),
            Some(t) if labelled => format!("{t}: "),
            Some(t) => format!("{t} — "),
            None => String::new(),
        };
        let asked = !labelled && body.items.is_empty() && is_question(&body.text());
        if asked {
            // The question a heading on its first line, the rest of its lines blank.
            let at = body.lines.first().map_or(0, |(n, _)| *n);
            out[at] = format!("{} {prefix}{}", "#".repeat(level), body.text());
            read_as_text = true;
            continue;
        }
        read_as_text |= labelled || !body.items.is_empty();
        let first = body
            .lines
            .first()
            .map(|(n, _)| *n)
            .or_else(|| body.items.first().map(|(n, _, _)| *n));
        write_cell(&mut out, body);
        if let (Some(at), false) = (first, prefix.is_empty()) {
            if body.lines.is_empty() {
                // A label or number over a list: the label on its own line above it.
                if let Some(lead) = lead.and_then(|c| c.lines.first()) {
                    out[lead.0] = prefix.trim_end().to_string();
                }
            } else {
                out[at] = format!("{prefix}{}", out[at].trim_start());
            }
        }
    }
    read_as_text.then_some(out)
}

/// Writes a cell's text on its lines: its lines outside items as they are, its items
/// as Markdown's (`- ` before an item's first line, its other lines indented under it).
fn write_cell(out: &mut [String], cell: &Cell) {
    for (n, text) in &cell.lines {
        push_on(&mut out[*n], text);
    }
    for (n, text, first) in &cell.items {
        if *first {
            push_on(&mut out[*n], &format!("- {text}"));
        } else {
            push_on(&mut out[*n], &format!("  {text}"));
        }
    }
}

/// Adds `text` to a line, after what is on it already.
fn push_on(line: &mut String, text: &str) {
    if !line.is_empty() {
        line.push(' ');
    }
    line.push_str(text);
}

/// Whether a cell's text is short enough to lead the next: a number, a part's label,
/// a few words.
fn short(text: &str) -> bool {
    (1..=3).contains(&text.split_whitespace().count()) && !text.contains(['?', '？'])
}

/// Whether a cell holds only a number (`1.`, `2)`, `3`).
fn number_only(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ')']);
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())
}

/// The table's rows, each its cells, read from its lines tag by tag.
fn parse(table: &[&str]) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut in_item = false;
    let mut item_start = false;
    for (n, line) in table.iter().enumerate() {
        let mut rest = *line;
        // The text of the current cell on this line, outside items and in one.
        let mut said = String::new();
        let flush =
            |rows: &mut Vec<Vec<Cell>>, said: &mut String, in_item: bool, item_start: &mut bool| {
                let text = said.split_whitespace().collect::<Vec<_>>().join(" ");
                said.clear();
                if text.is_empty() {
                    return;
                }
                let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) else {
                    return;
                };
                if in_item {
                    cell.items.push((n, text, std::mem::take(item_start)));
                } else {
                    cell.lines.push((n, text));
                }
            };
        while !rest.is_empty() {
            let Some(open) = rest.find('<') else {
                said.push_str(rest);
                break;
            };
            said.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('>') else {
                said.push_str(&rest[open..]);
                break;
            };
            let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            rest = &rest[open + close + 1..];
            match name.as_str() {
                // Emphasis and the like sit inside words: `<b>S</b>ituation`.
                "b" | "strong" | "i" | "em" | "u" | "span" | "code" | "mark" | "small" => {}
                "tr" if !closing => {
                    flush(&mut rows, &mut said, in_item, &mut item_start);
                    rows.push(Vec::new());
                }
                "td" | "th" if !closing => {
                    flush(&mut rows, &mut said, in_item, &mut item_start);
                    if rows.is_empty() {
                        rows.push(Vec::new());
                    }
                    if let Some(row) = rows.last_mut() {
                        row.push(Cell::default());
                    }
                    in_item = false;
                }
                "li" => {
                    flush(&mut rows, &mut said, in_item, &mut item_start);
                    in_item = !closing;
                    item_start = !closing;
                }
                _ => {
                    flush(&mut rows, &mut said, in_item, &mut item_start);
                }
            }
        }
        flush(&mut rows, &mut said, in_item, &mut item_start);
    }
    rows
}
