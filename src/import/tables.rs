//! Tables whose rows are stories, one to a row:
//! `| **Ownership** | - Situation: …<br>- Action: …<br>- Result: … |`.
//!
//! Markdown keeps a table row on one line, so notes kept in a table write a story's
//! lines in one cell, joined by `<br>`. A table with such a cell is read as what it
//! is, a list of sections: each row's first cell is its heading, one level below the
//! heading over the table, and its other cells are its text, a line for each `<br>`.
//! The walk reads the notes so written out; the line numbers it reports are mapped
//! back to the rows they came from.

use super::rules::fence_mark;
use super::{Label, Skipped};
use crate::model::{Part, PrincipleSet};

/// The notes with each table of stories written out as headings and lines.
pub(super) struct Expanded {
    pub text: String,
    /// `from[i]`: the line of the notes (from 1) that line `i + 1` of `text` comes from.
    pub from: Vec<usize>,
    /// A table's row of column names and the rule under it: structure, ignored.
    pub ignored: Vec<Skipped>,
}

/// How many lines a cell must have to hold a story: a name and a line or two is a
/// table of facts; a story in a cell runs to several.
const STORY_CELL_LINES: usize = 3;

/// The notes with their tables of stories written out, or `None` when they have none
/// (and are read as written).
pub(super) fn expand(markdown: &str, set: &PrincipleSet) -> Option<Expanded> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut out = Expanded {
        text: String::with_capacity(markdown.len() + 256),
        from: Vec::with_capacity(lines.len() + 64),
        ignored: Vec::new(),
    };
    let push = |out: &mut Expanded, text: &str, line: usize| {
        out.text.push_str(text);
        out.text.push('\n');
        out.from.push(line);
    };
    let headed = headed_numbers(&lines);
    let mut level = 0u8;
    let mut fence: Option<&str> = None;
    let mut expanded = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
            push(&mut out, line, i + 1);
            i += 1;
            continue;
        }
        if let Some(mark) = fence_mark(line) {
            fence = Some(mark);
            push(&mut out, line, i + 1);
            i += 1;
            continue;
        }
        if let Some(l) = atx_level(line) {
            level = l;
        }
        let table = table_end(&lines, i);
        let is_table = table.is_some();
        let body_end = table.unwrap_or(i);
        let rows = if is_table {
            &lines[i + 2..body_end]
        } else {
            &[][..]
        };
        let of_stories = rows
            .iter()
            .any(|row| cells(row).iter().skip(1).any(|cell| tells(cell)));
        // A table that lists stories a row each (`| Story ID | What happened | LPs it
        // covers |`): its first column names the story, and a column says it holds
        // principles. Each cell is written out under its column's name.
        let header = if is_table { cells(line) } else { Vec::new() };
        let listed = is_table
            && rows.len() >= 2
            && header.first().is_some_and(|h| {
                super::rules::plain_words(&plain(h))
                    .iter()
                    .any(|w| w == "story" || w == "stories")
            })
            && {
                // A column says it holds principles, and another tells what happened:
                // a table of names and principles alone (`| Story | Primary LP |`) lists
                // stories to prepare, not stories.
                let names_principles = |h: &&str| super::rules::principles_label(&plain(h));
                // A column of names only (`Ownership, Dive Deep` in every row) holds
                // principles too, whatever its name.
                // An empty cell says nothing either way.
                let all_names = |c: usize| {
                    let said: Vec<String> = rows
                        .iter()
                        .map(|row| plain(cells(row).get(c).copied().unwrap_or("")))
                        .filter(|cell| !cell.is_empty())
                        .collect();
                    !said.is_empty() && said.iter().all(|cell| only_principles(cell, set).is_some())
                };
                header.iter().skip(1).any(names_principles)
                    && (1..header.len()).any(|c| !names_principles(&header[c]) && !all_names(c))
            };
        // (Nor a table that indexes the stories the notes tell below it or above it, a
        // row to each by its number, `| 1. Reconciled verdict | Dive Deep |` over `## 1.
        // The reconciled database verdict`: the stories are there; the table only says
        // which principles each shows, linked to them by `story_rows`.)
        let indexes = !of_stories && numbers_stories_told(rows, &headed, (i, body_end));
        if !of_stories && !listed || indexes {
            // Not a table, or a table of facts: as written, each line looked at once.
            let end = body_end.max(i + 1);
            for (k, line) in lines.iter().enumerate().take(end).skip(i) {
                push(&mut out, line, k + 1);
            }
            i = end;
            continue;
        }
        expanded = true;
        // The row of column names opens the rows' section when it names a principle
        // (`| **Customer Obsession** | answers |`); otherwise it is structure.
        let header = cells(line);
        let first = header.first().map(|c| plain(c)).unwrap_or_default();
        let mut row_level = (level + 1).min(6);
        if !first.is_empty() && super::rules::heading_principle(&first, set).is_some() {
            push(&mut out, "", i + 1);
            push(
                &mut out,
                &format!("{} {first}", "#".repeat(row_level.into())),
                i + 1,
            );
            push(&mut out, "", i + 1);
            out.ignored.push(Skipped {
                lines: (i + 2, i + 2),
                reason: "the rule under a table's first row: ignored".into(),
                text: lines[i + 1].to_string(),
            });
            row_level = (row_level + 1).min(6);
        } else {
            out.ignored.push(Skipped {
                lines: (i + 1, i + 2),
                reason: "a table's row of column names: ignored".into(),
                text: format!("{line}\n{}", lines[i + 1]),
            });
        }
        for (k, row) in rows.iter().enumerate() {
            let at = i + 3 + k;
            let row_cells = cells(row);
            push(&mut out, "", at);
            let name = row_cells.first().map(|c| plain(c)).unwrap_or_default();
            if !name.is_empty() {
                push(
                    &mut out,
                    &format!("{} {name}", "#".repeat(row_level.into())),
                    at,
                );
                push(&mut out, "", at);
            }
            for (c, cell) in row_cells.iter().enumerate().skip(1) {
                let lines_of_cell = pieces(cell);
                if lines_of_cell.is_empty() {
                    continue;
                }
                if listed && !of_stories {
                    // `LPs it covers: Ownership, Dive Deep`: the column's name labels it.
                    let name = header.get(c).map(|h| plain(h)).unwrap_or_default();
                    push(
                        &mut out,
                        &format!("{name}: {}", lines_of_cell.join(" ")),
                        at,
                    );
                } else {
                    for piece in lines_of_cell {
                        push(&mut out, piece, at);
                    }
                }
                push(&mut out, "", at);
            }
        }
        i = body_end;
    }
    expanded.then_some(out)
}

/// The number a table's row gives its story in its first cell (`1. Reconciled
/// verdict`, `**3.** Validator`), if it opens with one.
fn row_number(row: &str) -> Option<u32> {
    let first = plain(cells(row).first().copied().unwrap_or(""));
    let (number, rest) = first.split_once('.')?;
    (!rest.trim().is_empty() && !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()))
        .then(|| number.parse().ok())
        .flatten()
}

/// The numbers the notes' headings give their stories (`## 1. The verdict`, `### Story
/// 2: Billing`; see `rules::heading_number`), each with its line's index, in order.
fn headed_numbers(lines: &[&str]) -> Vec<(usize, u32)> {
    (lines.iter().enumerate())
        .filter_map(|(i, line)| {
            atx_level(line)?;
            super::rules::heading_number(line.trim_start().trim_start_matches('#')).map(|n| (i, n))
        })
        .collect()
}

/// Whether a table's rows number stories (two or more) that the headings outside it,
/// before line index `from` or from line index `after` on, number the same way, each
/// row's number a heading's: an index of the stories told there, below the table or
/// above it (`| 1. Trigger Service | -60% latency | Dive Deep |` after `### 1.
/// Multi-Tenant Trigger Service — -60% Processing Latency`). `headed` is
/// [`headed_numbers`] of the notes.
fn numbers_stories_told(
    rows: &[&str],
    headed: &[(usize, u32)],
    (from, after): (usize, usize),
) -> bool {
    let numbers: Option<Vec<u32>> = rows.iter().map(|row| row_number(row)).collect();
    let Some(numbers) = numbers.filter(|n| n.len() >= 2) else {
        return false;
    };
    let told: rustc_hash::FxHashSet<u32> = (headed.iter())
        .filter(|(at, _)| *at >= after || *at < from)
        .map(|(_, n)| *n)
        .collect();
    numbers.iter().all(|n| told.contains(n))
}

/// A row of a table that names a story and its principles (`| Kafka DLQ framework |
/// Ownership | Invent & Simplify |`): the story's name, the principles in the order of
/// the columns, and the lines of the whole table.
pub(super) struct StoryRow {
    pub name: String,
    pub ids: Vec<String>,
    pub table: (usize, usize),
    /// The row's number, when the table indexes stories the headings below or above it
    /// number the same way (see `numbers_stories_told`): the story is the heading's of
    /// that number.
    pub number: Option<u32>,
}

/// The rows of the notes' tables that name a story in their first cell and only
/// principles in other columns (each such column's cells name nothing else), two rows
/// or more. Which story a row names is found among the drafts, by its words.
pub(super) fn story_rows(lines: &[&str], set: &PrincipleSet) -> Vec<StoryRow> {
    let mut out = Vec::new();
    let headed = headed_numbers(lines);
    for (i, end) in markdown_tables(lines) {
        // Each cell's text, and the principles it names when it names nothing else.
        let rows: Vec<Vec<(String, Option<Vec<String>>)>> = lines[i + 2..end]
            .iter()
            .map(|row| {
                cells(row)
                    .into_iter()
                    .map(|cell| {
                        let text = plain(cell);
                        let names = only_principles(&text, set);
                        (text, names)
                    })
                    .collect()
            })
            .collect();
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        // A column of principles: every cell that says something names only them.
        let columns: Vec<usize> = (1..width)
            .filter(|&c| {
                let said: Vec<&(String, Option<Vec<String>>)> = rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .filter(|(t, _)| !t.is_empty())
                    .collect();
                said.len() * 2 >= rows.len() && said.iter().all(|(_, names)| names.is_some())
            })
            .collect();
        // The stories' names: the first column, or the one after a column that only
        // counts the rows (`| # | Story | Primary LP |`).
        let counts = rows.iter().all(|r| {
            r.first().is_some_and(|(n, _)| {
                !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.')
            })
        });
        let name_at = usize::from(counts && width > 2 && !columns.contains(&1));
        let named_stories = rows
            .iter()
            .filter(|r| {
                r.get(name_at)
                    .is_some_and(|(n, names)| !n.is_empty() && names.is_none())
            })
            .count();
        if rows.len() >= 2 && !columns.is_empty() && named_stories == rows.len() {
            let indexed = numbers_stories_told(&lines[i + 2..end], &headed, (i, end));
            for (row, line) in rows.into_iter().zip(&lines[i + 2..end]) {
                let number = indexed.then(|| row_number(line)).flatten();
                let mut ids: Vec<String> = Vec::new();
                for id in columns
                    .iter()
                    .filter_map(|&c| row.get(c)?.1.as_ref())
                    .flatten()
                {
                    if !ids.contains(id) {
                        ids.push(id.clone());
                    }
                }
                let name = row
                    .into_iter()
                    .nth(name_at)
                    .map(|(n, _)| n)
                    .unwrap_or_default();
                out.push(StoryRow {
                    name,
                    ids,
                    table: (i + 1, end),
                    number,
                });
            }
        }
    }
    out
}

/// A story a table points to by its number, told nowhere in these notes: a row for
/// each principle names it (`| **Ownership** | … | "Tell me about…" | Story 10 (fixed
/// alerting nobody owned) |`). Its number, the reminders in its cells, the principles
/// of its rows in their order, the questions of its rows, and the lines of its rows.
pub(super) struct PointedStory {
    pub number: u32,
    pub reminders: Vec<String>,
    pub ids: Vec<String>,
    pub questions: Vec<String>,
    pub lines: (usize, usize),
    pub table: (usize, usize),
}

/// The stories the notes' tables point to by number, a row for each principle: a table
/// with a column whose header says "story" and whose cells name a story by its number
/// (`Story 5 (ambiguous requirements)`, `Story 2 — the rollback`), and a column whose
/// cells each name one principle, two rows or more. A story named in several rows is
/// one story. In the order each is first named.
pub(super) fn pointed_stories(lines: &[&str], set: &PrincipleSet) -> Vec<PointedStory> {
    let mut out: Vec<PointedStory> = Vec::new();
    for (i, end) in markdown_tables(lines) {
        let header = cells(lines[i]);
        let Some(story_at) = header.iter().position(|h| {
            super::rules::plain_words(h)
                .iter()
                .any(|w| w == "story" || w == "stories")
        }) else {
            continue;
        };
        let rows: Vec<(usize, Vec<&str>)> =
            (i + 2..end).map(|r| (r + 1, cells(lines[r]))).collect();
        // The column of principles: each of its cells names one principle and nothing else.
        let one_principle = |cell: &str| {
            only_principles(&plain(cell), set)
                .filter(|ids| ids.len() == 1)
                .map(|mut ids| ids.remove(0))
        };
        let Some(principle_at) = (0..header.len()).filter(|&c| c != story_at).find(|&c| {
            rows.iter()
                .all(|(_, row)| row.get(c).is_some_and(|cell| one_principle(cell).is_some()))
        }) else {
            continue;
        };
        let numbered: Vec<(usize, u32, String, String, Option<String>)> = rows
            .iter()
            .filter_map(|(line, row)| {
                let (number, reminder) = story_pointer(&plain(row.get(story_at)?))?;
                let id = one_principle(row.get(principle_at)?)?;
                let question = row
                    .iter()
                    .enumerate()
                    .filter(|&(c, _)| c != story_at && c != principle_at)
                    .map(|(_, cell)| super::rules::unquote(&plain(cell)))
                    .find(|cell| super::rules::is_question(cell));
                Some((*line, number, reminder, id, question))
            })
            .collect();
        if rows.len() < 2 || numbered.len() * 2 < rows.len() {
            continue;
        }
        let first = out.len();
        for (line, number, reminder, id, question) in numbered {
            let at = out[first..].iter().position(|s| s.number == number);
            let story = match at {
                Some(k) => &mut out[first + k],
                None => {
                    out.push(PointedStory {
                        number,
                        reminders: Vec::new(),
                        ids: Vec::new(),
                        questions: Vec::new(),
                        lines: (line, line),
                        table: (i + 1, end),
                    });
                    out.last_mut().expect("just pushed")
                }
            };
            if !reminder.is_empty() && !story.reminders.contains(&reminder) {
                story.reminders.push(reminder);
            }
            if !story.ids.contains(&id) {
                story.ids.push(id);
            }
            if let Some(q) = question
                && !story.questions.contains(&q)
            {
                story.questions.push(q);
            }
            story.lines.1 = line;
        }
    }
    out
}

/// A story a table of the writer's own stories names, a row to it, told nowhere else
/// in the notes (`| 3 | **The mistake I owned** | The open grade endpoint in the class
/// app | Honesty, learning |`): its name, its other cells under their columns' names
/// (not a column that counts the rows), the principles a column of them names,
/// the questions its cells ask, and the lines of its rows and of the table.
pub(super) struct BankedStory {
    pub name: String,
    /// The cells of the columns a part names (`S`, `Situation`, `Reflection`), in the
    /// order read: the story's parts.
    pub parts: Vec<(Part, String)>,
    pub notes: Vec<String>,
    pub ids: Vec<String>,
    pub questions: Vec<String>,
    pub lines: (usize, usize),
    pub table: (usize, usize),
}

/// The stories the notes' tables list by name, a row to each: a table with a column
/// whose header says "story" or "stories", two rows or more, most of them naming
/// something that happened (a number, a name, "the", someone: `The race in the
/// cluster cache`) rather than a kind of story (`A decision under ambiguity`) or a
/// place to fill (`Add example of…`). Not a table `expand` writes out, one that points
/// to stories by number (`Story 5`) or links them (`[Queue](#queue)`), a matrix of kinds
/// of question (`| Competency | Primary story |`), nor a table of questions and the
/// stories that answer them. Rows naming the same story are one story.
pub(super) fn banked_stories(lines: &[&str], set: &PrincipleSet) -> Vec<BankedStory> {
    let mut out: Vec<BankedStory> = Vec::new();
    for (i, end) in markdown_tables(lines) {
        let header: Vec<String> = cells(lines[i]).iter().map(|h| plain(h)).collect();
        let says_story = |h: &String| {
            super::rules::plain_words(h)
                .iter()
                .any(|w| w == "story" || w == "stories")
        };
        let Some(story_at) = header.iter().position(says_story) else {
            continue;
        };
        let rows: Vec<(usize, Vec<String>)> = (i + 2..end)
            .map(|r| (r + 1, cells(lines[r]).iter().map(|c| plain(c)).collect()))
            .collect();
        let raw_rows = &lines[i + 2..end];
        // (A table `expand` writes out: a cell of several lines, or the stories' names
        // first beside a column of principles.)
        let written_out = raw_rows
            .iter()
            .any(|row| cells(row).iter().skip(1).any(|cell| tells(cell)))
            || (story_at == 0
                && header
                    .iter()
                    .skip(1)
                    .any(|h| super::rules::principles_label(h)));
        let story_cell = |row: &Vec<String>| row.get(story_at).cloned().unwrap_or_default();
        // (A cell that points to a story told elsewhere: by its number, `Story 5`, `1
        // (secret rotation), 6 (stale VM)`, `→ 3`; or by a link.)
        let pointed_or_linked = rows.iter().any(|(_, row)| {
            let cell = story_cell(row);
            story_pointer(&cell).is_some()
                || opens_on_number(&cell)
                || numbered_mark(&cell)
                || cell.starts_with('→')
                || cell.contains("](#")
                || cell.contains("href=")
        });
        // (A matrix whose rows are kinds of question, each with the story that fits it,
        // `| Competency | Primary story | Backup |`, `| # | Topic | Best story | Fit |`:
        // a plan for choosing among stories, not a bank of them. The kind's column is
        // any before the story's.)
        let by_kind = story_at > 0
            && header[..story_at].iter().any(|h| {
                super::rules::plain_words(h).iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "competency"
                            | "competencies"
                            | "category"
                            | "categories"
                            | "theme"
                            | "themes"
                            | "question"
                            | "questions"
                            | "area"
                            | "areas"
                            | "skill"
                            | "skills"
                            | "signal"
                            | "signals"
                            | "topic"
                            | "topics"
                            | "trait"
                            | "traits"
                            | "type"
                            | "kind"
                            | "if"
                    )
                })
            });
        // (Nor a table of questions and the stories that answer them, `| # | Question |
        // Story | Status |` over `| D1 | "Tell me about…" | S6 (C4 above) |`: a column
        // headed for questions, or whose cells ask, before the story's. One after it,
        // `| Story | Best for questions like |`, says what each story fits: the row is
        // the story's.)
        let asks = (0..story_at).any(|c| {
            let headed = super::rules::plain_words(&header[c]).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "question" | "questions" | "ask" | "asks" | "asked" | "prompt" | "prompts"
                )
            });
            let asking = rows
                .iter()
                .filter(|(_, r)| {
                    r.get(c)
                        .is_some_and(|cell| super::rules::is_question(&super::rules::unquote(cell)))
                })
                .count();
            headed || asking * 2 > rows.len()
        });
        if rows.len() < 2 || written_out || pointed_or_linked || by_kind || asks {
            continue;
        }
        let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
        // Columns of principles: every cell that says something names only them.
        let principle_columns: Vec<usize> = (0..width)
            .filter(|&c| c != story_at)
            .filter(|&c| {
                let said: Vec<&String> = rows
                    .iter()
                    .filter_map(|(_, r)| r.get(c))
                    .filter(|t| !t.is_empty())
                    .collect();
                !said.is_empty() && said.iter().all(|t| only_principles(t, set).is_some())
            })
            .collect();
        // A column that counts the rows (`#`, `1`, `2.`).
        let counts = |c: usize| {
            rows.iter().all(|(_, r)| {
                r.get(c).is_some_and(|n| {
                    !n.is_empty() && n.chars().all(|ch| ch.is_ascii_digit() || ch == '.')
                })
            })
        };
        let count_at = (0..width).find(|&c| c != story_at && counts(c));
        let told = |c: usize| Some(c) != count_at && !principle_columns.contains(&c);
        // A row that bids the reader write the story (`Add example of leading a
        // delivery effort.`) names none.
        let bids = |cell: &str| {
            let first = super::rules::plain_words(cell).into_iter().next();
            super::rules::instructs(cell)
                || first.is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "add" | "insert" | "write" | "fill" | "pick" | "choose" | "prepare"
                    )
                })
        };
        let happened = rows
            .iter()
            .filter(|(_, row)| !bids(&story_cell(row)))
            .filter(|(_, row)| {
                row.iter().enumerate().any(|(c, cell)| {
                    told(c) && !cell.is_empty() && !super::rules::says_what_kind(cell)
                })
            })
            .count();
        if happened * 2 <= rows.len() || rows.iter().any(|(_, r)| story_cell(r).is_empty()) {
            continue;
        }
        let first = out.len();
        let mut named: rustc_hash::FxHashMap<String, usize> = Default::default();
        for (line, row) in &rows {
            let name = story_cell(row);
            let at = *named
                .entry(name.to_lowercase())
                .or_insert(out.len() - first);
            let story = match out.get_mut(first + at) {
                Some(story) => story,
                None => {
                    out.push(BankedStory {
                        name: name.clone(),
                        parts: Vec::new(),
                        notes: Vec::new(),
                        ids: Vec::new(),
                        questions: Vec::new(),
                        lines: (*line, *line),
                        table: (i + 1, end),
                    });
                    out.last_mut().expect("just pushed")
                }
            };
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() || c == story_at || Some(c) == count_at {
                    continue;
                }
                if principle_columns.contains(&c) {
                    let (ids, _) = super::rules::principle_list(cell, set);
                    for id in ids {
                        if !story.ids.contains(&id) {
                            story.ids.push(id);
                        }
                    }
                    continue;
                }
                let question = super::rules::unquote(cell);
                if super::rules::is_question(&question) {
                    if !story.questions.contains(&question) {
                        story.questions.push(question);
                    }
                    continue;
                }
                // (`| S | T | A | R | Reflection |`: the story told in its parts.)
                if let Some(part) = header.get(c).and_then(|h| column_part(h)) {
                    story.parts.push((part, cell.clone()));
                    continue;
                }
                let said = match header.get(c).filter(|h| !h.is_empty()) {
                    Some(h) => format!("{h}: {cell}"),
                    None => cell.clone(),
                };
                if !story.notes.contains(&said) {
                    story.notes.push(said);
                }
            }
            story.lines.1 = *line;
        }
    }
    out
}

/// The part of a story a table's column holds, when its name is the part's label or
/// its letter (`Situation`, `S`, `Result`, `Reflection`), nothing else.
fn column_part(header: &str) -> Option<Part> {
    match super::rules::exact_label(&format!("{header}:")) {
        Some((Label::Part(part), rest)) if rest.trim().is_empty() => Some(part),
        _ => None,
    }
}

/// Whether a cell opens on a story's number standing alone, a pointer to a story
/// told elsewhere: `3`, `4.`, `1 (secret rotation), 6 (stale VM)`. Not a story's name
/// that opens on a figure (`2M+ record Morningstar jobs`, `3x faster builds`).
pub(super) fn opens_on_number(cell: &str) -> bool {
    let digits = cell.bytes().take_while(u8::is_ascii_digit).count();
    let rest = cell[digits..].trim_start_matches('.');
    digits > 0 && (rest.is_empty() || rest.starts_with([' ', ',', '(', ')', '/', '&', ';']))
}

/// Whether a cell marks what it names with a number after `#`, the story's in a bank
/// kept elsewhere (`Zynga onboarding overhaul (#4)`, `DLC (#6), CSAT (#10)`): a pointer
/// to the story, not the story. (`C#`, `#1 priority` as a phrase, `#12a`: no mark.)
fn numbered_mark(cell: &str) -> bool {
    cell.match_indices('#').any(|(at, _)| {
        let before = cell[..at].chars().next_back();
        let digits = cell[at + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let after = cell[at + 1 + digits..].chars().next();
        before.is_none_or(|c| c == '(' || c.is_whitespace())
            && (1..=3).contains(&digits)
            && after.is_none_or(|c| matches!(c, ')' | ',' | ';'))
    })
}

/// A cell that names a story by its number, and what it says of it after the number:
/// `Story 5 (ambiguous requirements)`, `Story 2 — the rollback`, `Story 8`.
fn story_pointer(cell: &str) -> Option<(u32, String)> {
    let rest = super::rules::strip_prefix_ignore_case(cell.trim(), "story")?.trim_start();
    let rest = rest.strip_prefix('#').unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let number: u32 = rest[..digits].parse().ok()?;
    let after = rest[digits..].trim();
    let reminder = match after.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')').unwrap_or(inner),
        None => after.trim_start_matches(['—', '–', '-', ':']),
    };
    Some((number, reminder.trim().to_string()))
}

/// A table whose rows link stories told in the notes by their headings' anchors and
/// name principles (`| [Queue redesign](#queue-redesign) | Ownership, Dive Deep |`, or
/// an HTML `<tr>` whose cells are a principle's name and links `<a href="#…">`): its
/// lines, and for each such row the anchors it links and the principles it names.
pub(super) struct LinkedTable {
    pub lines: (usize, usize),
    pub rows: Vec<(Vec<String>, Vec<String>)>,
}

/// The notes' tables, Markdown or HTML, with rows that link stories by anchor and name
/// principles in a cell of their own (a cell that names anything else names none).
pub(super) fn linked_rows(lines: &[&str], set: &PrincipleSet) -> Vec<LinkedTable> {
    let names = |cell: &str| {
        let text = plain(&strip_tags(cell));
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // Also by the short names people write in such tables ("Invent/Simplify").
        let names = super::rules::named_principles(&text, set);
        if names.unknown.is_empty() && names.ambiguous.is_empty() {
            names.ids
        } else {
            Vec::new()
        }
    };
    let row_of = |cells: Vec<&str>, row: &str| {
        let anchors = anchors_in(row);
        if anchors.is_empty() {
            return None;
        }
        let mut ids: Vec<String> = Vec::new();
        for id in cells.into_iter().flat_map(&names) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        (!ids.is_empty()).then_some((anchors, ids))
    };
    let mut out = Vec::new();
    for (i, end) in markdown_tables(lines) {
        let rows: Vec<_> = lines[i + 2..end]
            .iter()
            .filter_map(|row| row_of(cells(row), row))
            .collect();
        if !rows.is_empty() {
            out.push(LinkedTable {
                lines: (i + 1, end),
                rows,
            });
        }
    }
    for (i, close) in html_tables(lines) {
        let html = lines[i..=close].join("\n");
        let rows: Vec<_> = split_tag(&html, "<tr")
            .into_iter()
            .skip(1)
            .filter_map(|row| row_of(split_cells(row), row))
            .collect();
        if !rows.is_empty() {
            out.push(LinkedTable {
                lines: (i + 1, close + 1),
                rows,
            });
        }
    }
    out.sort_by_key(|t| t.lines);
    out
}

/// The principles a table names in a column headed for them (`| Chunk | LP | Hook |`,
/// `| Part | Principle |`), a row each, in the table's order: those of the first such
/// table that names any. `None` when none does.
pub(super) fn principles_column(lines: &[&str], set: &PrincipleSet) -> Option<Vec<String>> {
    markdown_tables(lines).into_iter().find_map(|(i, end)| {
        let column = cells(lines[i]).iter().position(|h| {
            matches!(
                plain(h).to_lowercase().as_str(),
                "lp" | "lps" | "principle" | "principles" | "leadership principle"
            )
        })?;
        let mut ids: Vec<String> = Vec::new();
        for row in &lines[i + 2..end] {
            if let Some(cell) = cells(row).get(column) {
                for id in super::rules::named_principles(&plain(cell), set).ids {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        (!ids.is_empty()).then_some(ids)
    })
}

/// The principles a cell names when it names nothing else (`Ownership, Dive Deep`),
/// in its order; `None` when it names none, or something besides them.
fn only_principles(cell: &str, set: &PrincipleSet) -> Option<Vec<String>> {
    let (ids, unknown) = super::rules::principle_list(cell, set);
    (!ids.is_empty() && unknown.is_empty()).then_some(ids)
}

/// The notes' Markdown tables outside fenced code: for each, the index of its first
/// line and of the line after its last row.
fn markdown_tables(lines: &[&str]) -> Vec<(usize, usize)> {
    outside_fences(lines, |i| table_end(lines, i))
}

/// The notes' HTML tables outside fenced code: for each, the index of the line that
/// opens it (`<table`) and of the line that closes it (`</table>`, or the last line).
fn html_tables(lines: &[&str]) -> Vec<(usize, usize)> {
    let opens = |i: usize| {
        lines[i]
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("<table")
            .then(|| {
                (i..lines.len())
                    .find(|&j| lines[j].to_ascii_lowercase().contains("</table>"))
                    .map_or(lines.len(), |close| close + 1)
            })
    };
    outside_fences(lines, opens)
        .into_iter()
        .map(|(start, end)| (start, end - 1))
        .collect()
}

/// The blocks `block_end` finds outside fenced code: where each starts, and the index of
/// the line after it (`block_end(i)` is that index for a block starting at line `i`).
fn outside_fences(
    lines: &[&str],
    block_end: impl Fn(usize) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut fence = false;
    let mut i = 0;
    while i < lines.len() {
        if fence_mark(lines[i]).is_some() {
            fence = !fence;
        }
        match block_end(i).filter(|_| !fence) {
            Some(end) => {
                out.push((i, end));
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// A table's lines, and for each row a question and the story it is routed to.
pub(super) type RoutedTable = ((usize, usize), Vec<(String, Route)>);

/// How a row of a table of questions names the story that answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Route {
    /// By the number the story's heading gives it (`**1** — the tool`), or numbers in
    /// turn (`Story 4 (the app) or Story 5`): either story answers.
    Numbers(Vec<u32>),
    /// By its name, or names in turn (`Text-to-SQL agent or MCP server`), when the
    /// column's header says it names stories ("Best Story").
    Names(Vec<String>),
}

/// The rows of tables that route questions to stories (`| They ask | You use |`, then
/// `| Used persuasion to convince someone | **1** — the tool |`): the table's lines, and
/// for each row the question and the story the cell after it names, by the number it
/// starts with or a `Story N` in it (`Fraud pipeline (Story 1 below)`), or else by name
/// when that column's header says "story" or "stories". The question's column is the
/// first whose header says it asks ("ask", "asks", "question", "questions", "prompt"),
/// after a column that counts the rows (`| # | Question | Source | Best Story |`); the
/// story's, the first after it whose header says "story", else the next.
pub(super) fn question_rows(lines: &[&str]) -> Vec<RoutedTable> {
    let mut out = Vec::new();
    for (i, end) in markdown_tables(lines) {
        let header = cells(lines[i]);
        let says = |cell: Option<&&str>, words: &[&str]| {
            cell.is_some_and(|cell| {
                super::rules::plain_words(cell)
                    .iter()
                    .any(|w| words.contains(&w.as_str()))
            })
        };
        // (A first column that counts the rows, `#` or `No.`, is no column of words.)
        let counts = header.first().is_some_and(|cell| {
            let bare = plain(cell);
            let bare = bare.trim().trim_end_matches('.').to_lowercase();
            matches!(bare.as_str(), "#" | "no" | "n" | "nr" | "num")
        });
        let asked_at = usize::from(counts && header.len() > 2);
        let asks = says(
            header.get(asked_at),
            &["ask", "asks", "question", "questions", "prompt", "prompts"],
        );
        // (`Question Theme`, `Question type`: a column of themes, not of questions;
        // unless half its cells or more are questions all the same, `Tell me about a
        // time you led others`, which are read, and its themes, `Most proud of`, not.)
        let themes = says(
            header.get(asked_at),
            &[
                "theme", "themes", "type", "types", "category", "area", "topic",
            ],
        );
        let story_at = (asked_at + 1..header.len())
            .find(|&c| says(header.get(c), &["story", "stories"]))
            .unwrap_or(asked_at + 1);
        let named_by_name = says(header.get(story_at), &["story", "stories"]);
        if !asks {
            continue;
        }
        // The number a cell names a story by: the one it starts with (`#2 — husband/wife
        // conflict`, the number after its sign), or a `Story N` in it.
        let number_of = |named: &str| -> Option<u32> {
            let number = named.strip_prefix('#').unwrap_or(named);
            let digits = number.bytes().take_while(u8::is_ascii_digit).count();
            number[..digits].parse().ok().or_else(|| {
                // (Lowered as ASCII only: its offsets are the cell's own; "story" as a
                // word, not the end of "history".)
                let lower = named.to_ascii_lowercase();
                lower
                    .match_indices("story")
                    .filter(|(at, _)| !lower[..*at].ends_with(|c: char| c.is_alphanumeric()))
                    .find_map(|(at, _)| story_pointer(&named[at..]).map(|(n, _)| n))
            })
        };
        // Each row's question, without its quotation marks (`"Tell me about…"`), the
        // story's cell and the number it names the story by.
        let body: Vec<(Option<String>, Option<String>, Option<u32>)> = lines[i + 2..end]
            .iter()
            .map(|row| {
                let cells = cells(row);
                let question = cells
                    .get(asked_at)
                    .map(|cell| plain(cell).trim_matches(['"', '“', '”']).trim().to_string());
                let named = cells.get(story_at).map(|cell| plain(cell));
                let number = named.as_deref().and_then(number_of);
                (question, named, number)
            })
            .collect();
        let asked =
            |cell: &str| super::rules::is_question(cell) || super::rules::asks_for_story(cell);
        let questions_all_the_same = themes
            && body
                .iter()
                .filter(|(question, _, _)| question.as_deref().is_some_and(asked))
                .count()
                * 2
                >= body.len();
        // (When most rows name their story by a number, a row that names none, `Gap — no
        // story yet`, `See Section 8`, names no story by name either.)
        let numbered = body
            .iter()
            .filter(|(_, _, number)| number.is_some())
            .count();
        let by_number = numbered * 2 > body.len();
        if !themes || questions_all_the_same {
            let rows: Vec<(String, Route)> = body
                .into_iter()
                .filter_map(|(question, named, number)| {
                    let question = question?;
                    if themes && !asked(&question) {
                        return None;
                    }
                    let named = named?;
                    let route = match number {
                        // (`Story 4 (FreelanceOS) or Story 5`: each number the pieces
                        // between "or" begin with or point at.)
                        Some(number) => Route::Numbers({
                            let mut numbers = vec![number];
                            for piece in named.split(" or ").skip(1) {
                                // (A piece that points at a story, not "5 or 6 weeks".)
                                let piece = piece.trim().trim_matches('*');
                                let points = piece.to_ascii_lowercase().starts_with("story")
                                    || piece.starts_with('#')
                                    || piece.bytes().all(|b| b.is_ascii_digit());
                                if points
                                    && let Some(n) = number_of(piece)
                                    && !numbers.contains(&n)
                                {
                                    numbers.push(n);
                                }
                            }
                            numbers
                        }),
                        None if named_by_name && !by_number && !named.trim().is_empty() => {
                            Route::Names(
                                named
                                    .split(" or ")
                                    .map(|n| n.trim().to_string())
                                    .filter(|n| !n.is_empty())
                                    .collect(),
                            )
                        }
                        None => return None,
                    };
                    (!question.is_empty()).then_some((question, route))
                })
                .collect();
            if !rows.is_empty() {
                out.push(((i + 1, end), rows));
            }
        }
    }
    out
}

/// The anchors a text links to: `](#anchor)` and `href="#anchor"`.
fn anchors_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (marker, ends) in [
        ("](#", &[')'][..]),
        ("href=\"#", &['"'][..]),
        ("href='#", &['\''][..]),
    ] {
        for (at, _) in text.match_indices(marker) {
            let rest = &text[at + marker.len()..];
            if let Some(end) = rest.find(ends) {
                let anchor = &rest[..end];
                if !anchor.is_empty()
                    && !anchor.contains(char::is_whitespace)
                    && !out.iter().any(|a| a == anchor)
                {
                    out.push(anchor.to_string());
                }
            }
        }
    }
    out
}

/// A text split before each opening of a tag (`<tr`, any case): the text before the
/// first, then each piece from its tag on.
fn split_tag<'t>(text: &'t str, tag: &str) -> Vec<&'t str> {
    let lower = text.to_ascii_lowercase();
    let mut starts: Vec<usize> = lower.match_indices(tag).map(|(at, _)| at).collect();
    starts.insert(0, 0);
    starts.push(text.len());
    starts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

/// An HTML row's cells: the text from each `<td` or `<th` to the next.
fn split_cells(row: &str) -> Vec<&str> {
    let lower = row.to_ascii_lowercase();
    let mut starts: Vec<usize> = lower
        .match_indices("<td")
        .chain(lower.match_indices("<th"))
        .map(|(at, _)| at)
        .collect();
    starts.sort_unstable();
    starts.push(row.len());
    starts.windows(2).map(|w| &row[w[0]..w[1]]).collect()
}

/// A text without its HTML tags (`<b>Ownership</b>` is "Ownership").
fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            '<' => inside = true,
            '>' if inside => {
                inside = false;
                out.push(' ');
            }
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// Where the table starting at line `i` ends (the first line after its rows): a row,
/// the rule under it, and the rows after; `None` when no table starts there.
fn table_end(lines: &[&str], i: usize) -> Option<usize> {
    let starts = is_row(lines[i]) && lines.get(i + 1).is_some_and(|l| is_rule(l));
    starts.then(|| {
        (i + 2..lines.len())
            .find(|&j| !is_row(lines[j]))
            .unwrap_or(lines.len())
    })
}

/// `## Heading`: its level.
pub(super) fn atx_level(line: &str) -> Option<u8> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    let after = trimmed.as_bytes().get(hashes);
    ((1..=6).contains(&hashes) && after.is_none_or(|b| *b == b' ' || *b == b'\t'))
        .then_some(hashes as u8)
}

/// A table of the questions a story answers, one to a row, each numbered in its first
/// cell and quoted whole in a cell of its own (`| **Q0** | "Tell me about…" | **95** |
/// Took it on without a mandate |`), in any language: for each row its question (the
/// emphasis inside it off) and what its other cells say of it (the score, why it fits),
/// joined by " · ". `None` unless every row is such a row.
pub(super) fn question_table(text: &str) -> Option<Vec<(String, String)>> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let [header, rule, rows @ ..] = lines.as_slice() else {
        return None;
    };
    if !is_row(header) || !is_rule(rule) || rows.is_empty() {
        return None;
    }
    rows.iter()
        .map(|row| {
            if !is_row(row) {
                return None;
            }
            let cells = cells(row);
            let number = plain(cells.first()?);
            let number = number
                .strip_prefix(['Q', 'q', '#'])
                .unwrap_or(&number)
                .trim();
            if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let (at, question) = cells.iter().enumerate().skip(1).find_map(|(at, cell)| {
                let cell = plain(cell);
                let (open, close) = super::rules::opening_quote(&cell)?;
                let inner = cell[open.len_utf8()..].strip_suffix(close)?;
                let question = inner.replace("**", "").replace("__", "");
                let question = question.trim();
                (!question.contains(close) && question.split_whitespace().count() >= 3)
                    .then(|| (at, question.to_string()))
            })?;
            let said: Vec<String> = cells
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != 0 && k != at)
                .map(|(_, cell)| plain(cell))
                .filter(|cell| !cell.is_empty())
                .collect();
            Some((question, said.join(" · ")))
        })
        .collect()
}

/// A line of a table: starts with `|` and has another, indented less than a code
/// block's four spaces.
fn is_row(line: &str) -> bool {
    let t = line.trim();
    let indent = line.len() - line.trim_start().len();
    indent < 4 && t.starts_with('|') && t.len() > 1 && t[1..].contains('|')
}

/// The rule under a table's first row: `| :--- | ---: |`.
fn is_rule(line: &str) -> bool {
    let t = line.trim().trim_matches('|');
    !t.trim().is_empty()
        && t.split('|').all(|cell| {
            let c = cell.trim().trim_start_matches(':').trim_end_matches(':');
            !c.is_empty() && c.bytes().all(|b| b == b'-')
        })
}

/// A row's cells, split at each `|` not escaped by `\`.
pub(super) fn cells(row: &str) -> Vec<&str> {
    let t = row.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t
        .strip_suffix('|')
        .filter(|s| !s.ends_with('\\'))
        .unwrap_or(t);
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = t.as_bytes();
    for (k, &b) in bytes.iter().enumerate() {
        if b == b'|' && (k == 0 || bytes[k - 1] != b'\\') {
            out.push(&t[start..k]);
            start = k + 1;
        }
    }
    out.push(&t[start..]);
    out
}

/// A cell's lines, split at each `<br>` (`<br/>`, `<br />`, any case), the blank ones
/// left out; the space before a line kept, for lists nested in the cell.
fn pieces(cell: &str) -> Vec<&str> {
    let lower = cell.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some(found) = lower[from..].find("<br") {
        let tag = from + found;
        let Some(close) = lower[tag..].find('>') else {
            break;
        };
        let inner = &lower[tag + 3..tag + close];
        if inner.trim().trim_end_matches('/').trim().is_empty() {
            out.push(&cell[start..tag]);
            start = tag + close + 1;
        }
        from = tag + close + 1;
    }
    out.push(&cell[start..]);
    // The space a cell opens with is the table's layout; within it, a line's indent
    // nests a list.
    let mut out: Vec<&str> = out
        .into_iter()
        .map(str::trim_end)
        .filter(|p| !p.trim().is_empty())
        .collect();
    if let Some(first) = out.first_mut() {
        *first = first.trim_start();
    }
    out
}

/// Words a line of a cell must have to say something: a story's lines are sentences;
/// a list of names (`1. Customer Obsession<br>2. Insist on Highest Standards<br>+
/// Technical Presentation`) runs to several lines and tells nothing.
const SENTENCE_WORDS: usize = 5;

/// Whether a cell holds a story: several lines, one of them a sentence.
fn tells(cell: &str) -> bool {
    let lines = pieces(cell);
    lines.len() >= STORY_CELL_LINES
        && lines
            .iter()
            .any(|line| super::rules::plain_words(line).len() >= SENTENCE_WORDS)
}

/// A cell's text without the bold or italic marks around it.
fn plain(cell: &str) -> String {
    cell.trim()
        .trim_matches(|c| c == '*' || c == '_')
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_splits_at_each_line_break_and_keeps_the_indent_of_nested_lines() {
        assert_eq!(
            pieces(" - Action:<br>  - Rewrote the job<br/>- Result: faster <BR />"),
            vec!["- Action:", "  - Rewrote the job", "- Result: faster"]
        );
        assert_eq!(pieces("one line"), vec!["one line"]);
        // `<b>` is not a line break.
        assert_eq!(pieces("a <b>bold</b> word"), vec!["a <b>bold</b> word"]);
    }

    #[test]
    fn a_cell_of_names_on_several_lines_holds_no_story() {
        assert!(!tells(
            "1. Customer Obsession<br>2. Ownership<br>+ Live demo"
        ));
        assert!(tells(
            "- Situation: the nightly export failed<br>- Action: I split it<br>- Result: on time"
        ));
        // One sentence on one line is a fact, not a story.
        assert!(!tells(
            "We moved the export to the new scheduler last spring"
        ));
        // A schedule whose cells list the principles each interviewer asks about is a
        // table of facts, read as written.
        let set = crate::principles::builtin();
        let schedule = "## Schedule\n\n| Day | With | Principles |\n| --- | --- | --- |\n\
            | Monday | Ana | 1. Ownership<br>2. Dive Deep<br>+ Coding |\n\
            | Tuesday | Raj | 3. Frugality<br>4. Think Big<br>+ Design |\n";
        assert!(expand(schedule, &set).is_none());
    }

    #[test]
    fn cells_split_at_pipes_that_are_not_escaped() {
        assert_eq!(
            cells("| **Key** | a \\| b |"),
            vec![" **Key** ", " a \\| b "]
        );
        assert!(is_rule("| :---- | ---: |"));
        assert!(!is_rule("| a | b |"));
        assert!(is_row("| a | b |"));
        assert!(!is_row("a | b"));
        // Indented four spaces, it is code, not a table.
        assert!(!is_row("    | a | b |"));
    }
}
