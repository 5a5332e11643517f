//! The walk over the notes' Markdown tree: which section each block is in, where one
//! draft ends and the next begins, and which part of a draft each block fills. The
//! rules for reading a single heading or line are in `rules`.

use comrak::nodes::{AstNode, ListType, NodeValue};
use comrak::{Arena, Options, parse_document};

use super::origin::Origin;
use super::rules::*;
use super::{Draft, Field, ImportPlan, Label, MAX_QUOTE_DEPTH, REVIEW_HINT, Skipped};
use crate::model::{Followup, Part, PrincipleSet, Story};

/// Reads notes and plans the drafts.
pub fn plan(markdown: &str, set: &PrincipleSet) -> ImportPlan {
    plan_named(markdown, set, None)
}

/// Plans the drafts of notes kept in a file whose name names a principle
/// (`earnTrust.md`, `03-ownership.md`): a story that names none of its own is linked to
/// that one, not to the one its words are nearest. `named` is the principle's id.
pub fn plan_named(markdown: &str, set: &PrincipleSet, named: Option<&str>) -> ImportPlan {
    // A space that does not break (pasted from a web page or a word processor, after
    // `Situation:` or an item's mark) is a space: the rules that read `: ` or `## `
    // read it so.
    let spaced;
    let markdown = if markdown.contains(NO_BREAK_SPACES) {
        spaced = markdown.replace(NO_BREAK_SPACES, " ");
        spaced.as_str()
    } else {
        markdown
    };
    // An item marked as a word processor marks it (`• `, `◦ `, `▪ `), pasted into
    // notes, is an item: read as one marked `-`, on its line.
    let marked;
    let markdown = match marked_as_items(markdown) {
        Some(text) => {
            marked = text;
            marked.as_str()
        }
        None => markdown,
    };
    // An item nested one space short under a numbered question is read where its
    // writer nested it (`nested_short`); the lines are the notes'.
    let nested;
    let markdown = match nested_short(markdown) {
        Some(text) => {
            nested = text;
            nested.as_str()
        }
        None => markdown,
    };
    // A story's `case 1` label glued to the text around it, as a document pasted with
    // its line breaks lost leaves it (`…obsess over customers.case 1Last year in…`):
    // read at the start of a line, as the writer typed it; the plan's lines are the
    // notes'.
    if let Some((apart, origin)) = cases_apart(markdown) {
        let mut plan = retyped(&apart, set, named, &origin);
        origin.remap(&mut plan);
        return plan;
    }
    // A paragraph an editor wrapped at a width is read as the one line its writer
    // typed (`wrapped`); the plan's lines are the notes'.
    if let Some(unwrapped) = super::wrapped::unwrapped(markdown, after_front_matter(markdown)) {
        let mut plan = retyped(&unwrapped.text, set, named, &unwrapped.origin);
        unwrapped.origin.remap(&mut plan);
        return plan;
    }
    retyped(markdown, set, named, &Origin::default())
}

/// Where in `line` a story's case label glued to the text around it starts: `case`
/// and a number of one or two digits, at the line's start or right after a sentence's
/// end (`customers.case 1Last year…`, `case 2the client…`, `case 2 (remark)In…`), with
/// a letter, a space or a parenthesis after the number. The label's end is given too.
/// (Not "in case 1 fails": a word before it.)
pub(super) fn glued_cases(line: &str) -> Vec<(usize, usize)> {
    let lower = line.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("case").map(|i| from + i) {
        from = at + 4;
        // (Right after the stop, or a space after it: `Career Choice. case 1for…`.)
        let before = line[..at].strip_suffix(' ').unwrap_or(&line[..at]);
        let opens = before
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ')' | '”' | '"'));
        let rest = &line[at + 4..];
        let spaced = rest.trim_start_matches(' ');
        let digits = spaced.bytes().take_while(u8::is_ascii_digit).count();
        let after = spaced[digits..].chars().next();
        // (Glued to the word after it, or written apart: the text runs on the line.)
        let glued = after.is_some_and(|c| c.is_alphabetic() || c == '(' || c == ' ');
        // (The number glued to a word, `people case 1we have…`, is a label wherever it
        // stands after a space: no sentence writes a number so.)
        let welded = after.is_some_and(char::is_alphabetic) && line[..at].ends_with(' ');
        if (opens || welded) && (1..=2).contains(&digits) && glued {
            let end = line.len() - spaced.len() + digits;
            found.push((at, end));
        }
    }
    found
}

/// Where in `line` a sentence's end is glued to the next sentence, as a document
/// pasted with its line breaks lost leaves it (`…the client tried and didn’t like
/// it.We diagnosed…`, `…a group.Leaders listen…`): the place right after the stop.
/// The word they make is no address, path or code (`www.codejava.net`, `e.g.`,
/// `4.5min`).
pub(super) fn glued_stops(line: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut offset = 0;
    for token in line.split_inclusive(char::is_whitespace) {
        let word = token.trim_end();
        let addressed = word.contains(['/', '@', '`', '\\', '_', '=', '<', '>'])
            || word.to_ascii_lowercase().contains("www.");
        if !addressed {
            for (at, stop) in word.char_indices() {
                if !matches!(stop, '.' | '?' | '!') {
                    continue;
                }
                let before: String = word[..at]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic() || *c == '’' || *c == '\'')
                    .collect();
                let after: String = word[at + 1..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                // (A sentence's end: a word in small letters before the stop, and
                // after it a word that opens a sentence, a capital then small letters,
                // or "I". `Next.js`, `ASP.NET`, `Startup.cs`, `notes.md` are names.)
                let mut letters = after.chars();
                let opens = match (letters.next(), letters.next()) {
                    (Some('I'), None) => true,
                    (Some(first), Some(second)) => first.is_uppercase() && second.is_lowercase(),
                    _ => false,
                };
                if before.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !before.chars().any(char::is_uppercase)
                    && opens
                {
                    found.push(offset + at + 1);
                }
            }
        }
        offset += token.len();
    }
    found
}

/// The notes with the line breaks a paste lost put back, when it lost them: each
/// glued case label (see [`glued_cases`]) starts a line, its story after it on that
/// line; and in notes with three sentences' ends glued to the next sentence or more
/// (see [`glued_stops`]), each such end closes its line too. The text and where each
/// of its lines comes from. Inside code, nothing is read.
pub(super) fn cases_apart(markdown: &str) -> Option<(String, Origin)> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut in_code = false;
    let code: Vec<bool> = lines
        .iter()
        .map(|line| {
            if fence_mark(line).is_some() {
                in_code = !in_code;
                return true;
            }
            in_code
        })
        .collect();
    let stops: Vec<Vec<usize>> = (lines.iter().zip(&code))
        .map(|(line, &code)| if code { Vec::new() } else { glued_stops(line) })
        .collect();
    let lost = stops.iter().map(Vec::len).sum::<usize>() >= 3;
    // (Each cut on a line of the paragraph it is in: a story's case label there starts
    // the story, as a label at a line's start does.)
    let cuts: Vec<Vec<usize>> = (lines.iter().zip(code).zip(stops))
        .map(|((line, code), stops)| {
            let mut cuts: Vec<usize> = if code {
                Vec::new()
            } else {
                glued_cases(line).into_iter().map(|(at, _)| at).collect()
            };
            if lost {
                cuts.extend(stops);
            }
            cuts.retain(|&at| at > 0 && at < line.len());
            cuts.sort_unstable();
            cuts.dedup();
            cuts
        })
        .collect();
    // (Most notes lost nothing: they are read as they are, no copy made.)
    if cuts.iter().all(Vec::is_empty) {
        return None;
    }
    let mut out = String::with_capacity(markdown.len() + 64);
    let mut from = Vec::new();
    for (i, (line, cuts)) in lines.iter().zip(cuts).enumerate() {
        if cuts.is_empty() {
            out.push_str(line);
            out.push('\n');
            from.push(i + 1);
            continue;
        }
        let mut at = 0;
        for cut in cuts.into_iter().chain([line.len()]) {
            let piece = line[at..cut].trim();
            at = cut;
            if !piece.is_empty() {
                out.push_str(piece);
                out.push('\n');
                from.push(i + 1);
            }
        }
    }
    Some((out, Origin::lines(&from)))
}

/// Plans the drafts of notes however their Markdown is typed. `origin`: where the
/// lines of `markdown` come from in the notes.
fn retyped(markdown: &str, set: &PrincipleSet, named: Option<&str>, origin: &Origin) -> ImportPlan {
    // Blanks at a line's end are no words: two spaces there make a line break in
    // Markdown, which notes hold on a line of their own anyway. Taken off, they leave
    // every rule that reads a line's end (`Situation:`, `---`) reading it as it shows.
    // (After the wrapped lines are joined: such a break is the writer's.)
    let trimmed;
    let markdown = if markdown.lines().any(|line| line.ends_with([' ', '\t'])) {
        trimmed = without_trailing_blanks(markdown);
        trimmed.as_str()
    } else {
        markdown
    };
    // Strong emphasis in underscores (`__Situation:__`) is read as in asterisks, and a
    // heading underlined (`Ownership` over `---`) or closed (`## Ownership ##`) as
    // `## Ownership` on its line: what the rules that read a label or a heading's line
    // know. The report quotes them as written.
    if let Some(rewritten) = as_the_tree_reads(markdown) {
        let mut plan = detailed(&rewritten.text, set, named, origin);
        for entry in plan.skipped.iter_mut().chain(plan.ignored.iter_mut()) {
            // A block that ends on such a heading ends on its underline.
            if rewritten.underlined.contains(&entry.lines.1) {
                entry.lines.1 += 1;
            }
        }
        super::details::as_written(&mut plan.skipped, markdown, &rewritten.lines);
        super::details::as_written(&mut plan.ignored, markdown, &rewritten.lines);
        return plan;
    }
    detailed(markdown, set, named, origin)
}

/// Plans the drafts of notes that may hold questions answered in `<details>` blocks.
fn detailed(
    markdown: &str,
    set: &PrincipleSet,
    named: Option<&str>,
    origin: &Origin,
) -> ImportPlan {
    // Questions answered in `<details>` blocks of HTML are read as the Markdown they
    // stand for, line for line (`details`); the report quotes them as written.
    if let Some((text, blocks)) = super::details::as_markdown(markdown) {
        let mut plan = exchanged(&text, set, named, origin);
        super::details::as_written(&mut plan.skipped, markdown, &blocks);
        super::details::as_written(&mut plan.ignored, markdown, &blocks);
        plan.ignored
            .extend(super::details::tag_lines(markdown, &text, &blocks));
        plan.ignored.sort_by_key(|block| block.lines);
        return plan;
    }
    exchanged(markdown, set, named, origin)
}

/// The marks word processors put before a list's items (bullets, circles, squares,
/// the private-use bullets of Word's Symbol font), which Markdown does not know.
const ITEM_MARKS: [char; 9] = ['•', '◦', '▪', '●', '○', '■', '‣', '\u{f0b7}', '\u{f0a7}'];

/// `markdown` with its items marked as the rules read them, on the same lines, their
/// indentation kept: a word processor's mark ([`ITEM_MARKS`]) and the blank after it
/// as `- `, and a tab after a Markdown mark (`-\t`, `1.\t`, as text pasted from a word
/// processor has) as a space. `None` when no line needs it. (Not in code.)
fn marked_as_items(markdown: &str) -> Option<String> {
    // The item's indentation, the word processor's mark if it is one (else the
    // writer's Markdown mark is kept), and where its text starts.
    let marked = |line: &str| -> Option<(usize, bool, usize)> {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let first = body.chars().next()?;
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let (processor, after) = match body.as_bytes().get(digits) {
            _ if ITEM_MARKS.contains(&first) => (true, first.len_utf8()),
            Some(b'-' | b'*' | b'+') if digits == 0 => (false, 1),
            Some(b'.' | b')') if digits > 0 => (false, digits + 1),
            _ => return None,
        };
        let rest = &body[after..];
        let text = rest.trim_start_matches(['\t', ' ']);
        let blank = rest.len() > text.len();
        (processor && blank || rest.starts_with('\t') && !text.is_empty())
            .then_some((indent, processor, after))
    };
    if !markdown.lines().any(|line| marked(line).is_some()) {
        return None;
    }
    let mut out = String::with_capacity(markdown.len());
    let mut fence: Option<&str> = None;
    for line in markdown.split_inclusive('\n') {
        let found = marked(line).filter(|_| fence.is_none());
        match fence {
            Some(mark) if line.trim_start().starts_with(mark) => fence = None,
            None => fence = fence_mark(line),
            _ => {}
        }
        let Some((indent, processor, after)) = found else {
            out.push_str(line);
            continue;
        };
        let body = &line[indent..];
        out.push_str(&line[..indent]);
        out.push_str(if processor { "-" } else { &body[..after] });
        out.push(' ');
        out.push_str(body[after..].trim_start_matches(['\t', ' ']));
    }
    Some(out)
}

/// Items the writer nested under a numbered question one space or two short of
/// Markdown's indentation: `2. **Have you worked without approval?**` over `   *
/// **Scenario: …**` (nested where the number's text starts) and, after that item's
/// lines, `  * **Scenario: …**` (two spaces where three nest). Markdown ends the
/// numbered list there and reads the item as another list's, out of its question; the
/// writer's own nesting just above says where it belongs. The item and every line
/// under it, up to the next line indented less, are moved right to where the number's
/// text starts, each by as much, so that what was nested in the item stays so. (Not an
/// item under a number with nothing nested in it yet: Markdown's reading of it as a
/// list of its own is read elsewhere.) Lines are neither added nor removed.
fn nested_short(markdown: &str) -> Option<String> {
    let lines: Vec<&str> = markdown.split_inclusive('\n').collect();
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let bullet = |l: &str| {
        let body = l.trim_start_matches(' ');
        ["* ", "- ", "+ "].iter().any(|m| body.starts_with(m)) && body.trim().len() > 1
    };
    // Where the text of a numbered item at the margin starts (`2. **…`: at 3).
    let numbered = |l: &str| {
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        let after = l.get(digits + 1..)?;
        let spaces = after.len() - after.trim_start_matches(' ').len();
        ((1..=3).contains(&digits)
            && matches!(l.as_bytes().get(digits), Some(b'.' | b')'))
            && (1..=4).contains(&spaces)
            && !after.trim().is_empty())
        .then_some(digits + 1 + spaces)
    };
    let mut shift = vec![0; lines.len()];
    // The open numbered item: where its text starts, and whether an item is nested in
    // it there.
    let mut open: Option<(usize, bool)> = None;
    let mut fence: Option<&str> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        match fence {
            Some(mark) => {
                if line.trim_start().starts_with(mark) {
                    fence = None;
                }
                continue;
            }
            None => fence = fence_mark(line),
        }
        if fence.is_some() || line.trim().is_empty() {
            continue;
        }
        let at = indent(line);
        if at == 0 {
            open = numbered(line).map(|column| (column, false));
            continue;
        }
        let Some((column, nested)) = open.as_mut() else {
            continue;
        };
        if !bullet(line) {
            continue;
        }
        if at >= *column {
            *nested = true;
        } else if *nested {
            let by = *column - at;
            let mut j = i - 1;
            while j < lines.len() && (lines[j].trim().is_empty() || indent(lines[j]) >= at) {
                if !lines[j].trim().is_empty() {
                    shift[j] = by;
                }
                j += 1;
            }
            i = j;
        }
    }
    if shift.iter().all(|&by| by == 0) {
        return None;
    }
    let mut out = String::with_capacity(markdown.len() + lines.len());
    for (line, by) in lines.iter().zip(shift) {
        out.extend(std::iter::repeat_n(' ', by));
        out.push_str(line);
    }
    Some(out)
}

/// The spaces that do not break a line: no-break, narrow and figure spaces.
const NO_BREAK_SPACES: [char; 3] = ['\u{a0}', '\u{202f}', '\u{2007}'];

/// `markdown` with the spaces and tabs at the end of each line taken off, its lines and
/// their endings (`\n`, `\r\n`) as they were.
fn without_trailing_blanks(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        let ending = if line.ends_with("\r\n") {
            "\r\n"
        } else if line.ends_with('\n') {
            "\n"
        } else {
            ""
        };
        out.push_str(line[..line.len() - ending.len()].trim_end_matches([' ', '\t']));
        out.push_str(ending);
    }
    out
}

/// The mark and length of a line that could underline a heading in Markdown: `=` or
/// `-` alone, after at most three spaces.
fn underline(line: &str) -> Option<(char, usize)> {
    let body = line.trim_end();
    let text = body.trim_start_matches(' ');
    let mark = text.chars().next()?;
    (body.len() - text.len() <= 3 && matches!(mark, '=' | '-') && text.chars().all(|c| c == mark))
        .then_some((mark, text.len()))
}

/// The reminders listed as a question's answer: the lines of a lead-in above the list,
/// if any, and each item's lines, with whether it is a story's reminder or telling.
type Reminders = (Option<(usize, usize)>, Vec<((usize, usize), bool)>);

/// Notes rewritten line for line so that the rules that read lines see what the tree
/// holds ([`as_the_tree_reads`]).
struct Rewritten {
    text: String,
    /// The lines of each thing rewritten, first and last.
    lines: Vec<(usize, usize)>,
    /// The line of each heading that had an underline under it.
    underlined: Vec<usize>,
}

/// How notes are parsed: with their front matter, when they open with one.
fn notes_options(front: Option<&FrontMatter>) -> Options<'static> {
    let mut options = Options::default();
    if let Some(front) = front {
        options.extension.front_matter_delimiter = Some(front.delimiter.into());
    }
    options
}

/// `markdown` written as the writer meant it where Markdown's tree reads it so, each
/// thing on its line, the same lines, from one parse:
/// - strong emphasis in underscores (`__Themes:__`) is written in asterisks;
/// - a heading closed by marks (`## Ownership ##`) loses them;
/// - a heading of one line over an underline (`Ownership` over `---`, `Notes` over
///   `===`) becomes `## Ownership` or `# Notes`, over an empty line;
/// - a sentence closed by a rule (it ends as a sentence does or has more words than a
///   heading, and the rule is not drawn to its length) keeps its rule, written `***`,
///   which underlines nothing;
/// - a single `-` or `--` under a line, an item left empty under a question, is left
///   out.
///
/// `None` when there is none.
fn as_the_tree_reads(markdown: &str) -> Option<Rewritten> {
    let lines: Vec<&str> = markdown.lines().collect();
    let closed = |line: &str| line.trim_start().starts_with('#') && line.trim_end().ends_with('#');
    if !markdown.contains("__")
        && !(1..lines.len())
            .any(|i| underline(lines[i]).is_some() && !lines[i - 1].trim().is_empty())
        && !lines.iter().any(|line| closed(line))
    {
        return None;
    }
    let arena = Arena::new();
    let root = parse_document(
        &arena,
        markdown,
        &notes_options(front_matter(markdown).as_ref()),
    );
    let mut rewritten = Rewritten {
        text: String::new(),
        lines: Vec::new(),
        underlined: Vec::new(),
    };
    // Each strong emphasis in underscores, in asterisks: the same length.
    let mut bytes: Vec<Vec<u8>> = lines.iter().map(|l| l.as_bytes().to_vec()).collect();
    for node in root.descendants() {
        if !matches!(node.data().value, NodeValue::Strong) {
            continue;
        }
        let (start, end) = (node.data().sourcepos.start, node.data().sourcepos.end);
        let (Some(first), Some(last)) = (start.line.checked_sub(1), end.line.checked_sub(1)) else {
            continue;
        };
        let marks = |line: usize, from: usize| {
            bytes.get(line).and_then(|l| l.get(from..from + 2)) == Some(b"__".as_slice())
        };
        if start.column == 0 || end.column < 2 {
            continue;
        }
        if !(marks(first, start.column - 1) && marks(last, end.column - 2)) {
            continue;
        }
        bytes[first][start.column - 1..start.column + 1].copy_from_slice(b"**");
        bytes[last][end.column - 2..end.column].copy_from_slice(b"**");
        rewritten.lines.push((start.line, end.line));
    }
    // (Only ASCII was changed, so each line is still UTF-8.)
    let mut out: Vec<String> = bytes
        .into_iter()
        .map(|l| String::from_utf8(l).unwrap_or_default())
        .collect();
    for node in root.children() {
        let NodeValue::Heading(heading) = &node.data().value else {
            continue;
        };
        let (first, last) = span(node);
        if heading.closed && first == last {
            // `## Ownership ##`: the closing marks are no part of the heading.
            let line = out[first - 1].trim_end();
            out[first - 1] = line.trim_end_matches('#').trim_end().to_string();
            rewritten.lines.push((first, last));
            continue;
        }
        let Some((mark, length)) = lines.get(last - 1).and_then(|l| underline(l)) else {
            continue;
        };
        if !heading.setext || last != first + 1 {
            continue;
        }
        let text = out[first - 1].trim().to_string();
        // An underline drawn to a heading's length is meant as one; a rule is short.
        let sentence = (text.split_whitespace().count() > 15 || text.ends_with(['.', ':']))
            && length < text.chars().count() / 2;
        if mark == '-' && length < 3 {
            out[last - 1].clear();
        } else if mark == '-' && sentence {
            out[last - 1] = "*".repeat(length);
        } else {
            out[first - 1] = format!("{} {text}", "#".repeat(heading.level.into()));
            out[last - 1].clear();
        }
        rewritten.lines.push((first, last));
        rewritten.underlined.push(first);
    }
    if rewritten.lines.is_empty() {
        return None;
    }
    let ending = if markdown.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    rewritten.text = out.join(ending);
    if markdown.ends_with('\n') {
        rewritten.text.push_str(ending);
    }
    Some(rewritten)
}

/// Plans the drafts of notes whose answers may have been pasted one after another.
fn exchanged(
    markdown: &str,
    set: &PrincipleSet,
    named: Option<&str>,
    origin: &Origin,
) -> ImportPlan {
    // A rehearsed exchange's last line with the next answer's first line under it, no
    // blank line between: read as two blocks (`exchanges`).
    if let Some(apart) = super::exchanges::apart(markdown) {
        let mut plan = tabled(&apart.text, set, named, &origin.through(&apart.from));
        Origin::lines(&apart.from).remap(&mut plan);
        return plan;
    }
    tabled(markdown, set, named, origin)
}

/// Plans the drafts of notes whose tables of stories may still be to write out.
fn tabled(markdown: &str, set: &PrincipleSet, named: Option<&str>, origin: &Origin) -> ImportPlan {
    // A table of stories is read written out, a section to a row (`tables`).
    let Some(expanded) = super::tables::expand(markdown, set) else {
        return read(markdown, set, named, origin);
    };
    let mut plan = read(&expanded.text, set, named, &origin.through(&expanded.from));
    Origin::lines(&expanded.from).remap(&mut plan);
    plan.ignored.extend(expanded.ignored);
    plan.ignored.sort_by_key(|block| block.lines);
    plan
}

/// Plans the drafts of notes with no table of stories (or with them written out).
/// `origin`: where its lines come from in the notes, for what the plan's own words
/// cite (`Told again at lines 4–9:`).
fn read(markdown: &str, set: &PrincipleSet, named: Option<&str>, origin: &Origin) -> ImportPlan {
    let learned = translations(markdown, set);
    let set = learned.as_ref().unwrap_or(set);
    let named = named.and_then(|id| set.principles.iter().find(|p| p.id == id));
    let by_title = named
        .is_none()
        .then(|| titled_principle(markdown, set))
        .flatten();
    let named = named.or(by_title);
    let AsNotes {
        text: read,
        fence: unwrapped,
        titles,
        dedented,
        empty,
        pointed,
        continued,
        advice,
        advised,
    } = as_notes(markdown, set);
    let arena = Arena::new();
    let front = front_matter(markdown);
    let options = notes_options(front.as_ref());
    // A file that is one story, its title and principles in its front matter.
    let front_end = front.as_ref().map_or(0, |f| f.end);
    // A page its front matter says is written for its readers (see
    // `FrontMatter::for_readers`).
    let for_readers = front.as_ref().is_some_and(FrontMatter::for_readers);
    // A page whose title asks for an occasion (`title = "…describe a time in which…"`):
    // the question its stories answer, when no heading of its own asks another.
    let page_question = (front.as_ref())
        .and_then(|f| f.title.as_deref())
        .map(bare_question)
        .filter(|q| asks_for_story(q) || is_prompt(q))
        // (A heading that asks it again, `## 💼 Question: "Tell me about…"`, asks no
        // other; nor does one that asks nothing, `## Why This Answer Works`.)
        .filter(|q| {
            let same = |a: &str| plain_words(a) == plain_words(q);
            (markdown.lines().skip(front_end)).all(|l| {
                let t = l.trim_start();
                super::details::heading_marks(t).is_none_or(|depth| {
                    let asked = heading_question(t[depth..].trim());
                    !(is_question(&asked) || asks_for_story(&asked)) || same(&bare_question(&asked))
                })
            })
        });
    let front_card = front.and_then(|front| front.card(markdown, set));
    let root = parse_document(&arena, &read, &options);
    // Blocks are found in the notes as read, and their text taken as written: the line
    // numbers are the same. (Indentation that was layout is not kept: a story's part
    // indented so would be code in Markdown.)
    let lines: Vec<&str> = markdown
        .lines()
        .enumerate()
        .map(|(i, l)| {
            // (A note on answering between a question and its answer is read apart: its
            // lines are no paragraph's.)
            if advised.get(i).copied().unwrap_or(false) {
                return "";
            }
            let mut l = if dedented.binary_search(&i).is_ok() {
                l.trim_start()
            } else if pointed.binary_search(&i).is_ok() {
                after_answer_arrow(l).unwrap_or(l)
            } else {
                l
            };
            // A space a site wrote as an entity at the line's end (`&#x20;`, as GitBook
            // keeps a trailing space): layout, not text.
            while let Some(rest) = l.trim_end().strip_suffix("&#x20;") {
                l = rest;
            }
            l
        })
        .collect();
    let linked = super::tables::linked_rows(&lines, set);
    let mut importer = Importer {
        set,
        named,
        lines: &lines,
        origin,
        plan: ImportPlan {
            named: named.map(|p| p.id.clone()),
            named_by_title: by_title.is_some(),
            ..ImportPlan::default()
        },
        section: None,
        outside: None,
        ranking: std::cell::OnceCell::new(),
        above: std::cell::RefCell::new(WordsAbove::default()),
        levels: Default::default(),
        advice: std::cell::OnceCell::new(),
        for_reader: std::cell::OnceCell::new(),
        own_story: std::cell::OnceCell::new(),
        bold_questions: std::cell::OnceCell::new(),
        latin_stories: std::cell::OnceCell::new(),
        slotted: std::cell::OnceCell::new(),
        item_fields: std::cell::OnceCell::new(),
        headings_above: std::cell::OnceCell::new(),
        part_headings: std::cell::OnceCell::new(),
        next_said: std::cell::OnceCell::new(),
        generated: std::cell::OnceCell::new(),
        introduced: std::cell::OnceCell::new(),
        prompt: std::cell::OnceCell::new(),
        invented: std::cell::OnceCell::new(),
        sectioned: std::cell::Cell::new(None),
        example_in_general: std::cell::Cell::new(false),
        page_for_readers: for_readers,
        lesson: lesson_page(markdown),
        templates_headed: std::cell::OnceCell::new(),
        reminded: Default::default(),
        followups_over: std::cell::OnceCell::new(),
        named_over: Vec::new(),
        story_levels: std::cell::OnceCell::new(),
        opening: std::cell::OnceCell::new(),
        describes: std::cell::OnceCell::new(),
        described_sections: 0,
        opening_said: false,
        templates: std::cell::OnceCell::new(),
        numbered: std::cell::OnceCell::new(),
        parents: std::cell::OnceCell::new(),
        parent: None,
        over_answers: false,
        asked_above: None,
        pending: Vec::new(),
        sub_headings: Vec::new(),
        part_level: None,
        waiting: Vec::new(),
        current: None,
        references: Vec::new(),
        pointed: Vec::new(),
        asked: None,
        index: story_index(markdown, set, &linked),
        anchor_tables: linked
            .into_iter()
            .map(|t| (t.lines, t.rows.into_iter().flat_map(|(a, _)| a).collect()))
            .collect(),
        used_anchors: Default::default(),
        fields: guide_fields(markdown, set),
        name_line: None,
        name_item: None,
        block_end: 0,
        retold: Vec::new(),
        card: card(markdown, set),
        subject: subject(markdown, set),
        titled: rustc_hash::FxHashMap::default(),
        aside_below: None,
        glosses: glosses(&lines, set),
        lead_in_above: false,
        asked_list: None,
        exchange: false,
    };
    // A site's front matter (`---`, `title: …`, `---`) is the page's metadata; in a
    // file that is one story, it names the story and its principles.
    let reason = if front_card.is_some() {
        "front matter: the title and principles of the story this file tells"
    } else if importer.card.is_some() {
        "front matter: the fields of the story card this file is (its title is the heading below)"
    } else {
        "front matter (the page's title and layout, for a site generator): ignored"
    };
    let blocks: Vec<_> = root
        .children()
        .filter(|block| {
            let NodeValue::FrontMatter(ref text) = block.data().value else {
                return true;
            };
            importer.plan.ignored.push(Skipped {
                lines: span(block),
                reason: reason.into(),
                text: text.trim_end().to_string(),
            });
            false
        })
        .collect();
    // Every block of such a file is the story's, read as a card's sections are. With no
    // principle named, the story's is the one its words are nearest, and the report says
    // so.
    if let Some((title, ids)) = front_card {
        let guessed = ids.is_empty().then(|| {
            let body: String = markdown
                .lines()
                .skip(front_end)
                .collect::<Vec<_>>()
                .join("\n");
            let nearest = importer.nearest(&format!("{title}\n{body}"));
            nearest.or_else(|| set.principles.first())
        });
        let (principle, also, warning) = match guessed {
            Some(Some(p)) => (
                p.id.clone(),
                Vec::new(),
                Some(guessed_warning(1, &title, &p.name, importer.named_by())),
            ),
            Some(None) => (String::new(), Vec::new(), None),
            None => (ids[0].clone(), ids[1..].to_vec(), None),
        };
        if !principle.is_empty() {
            importer.section = Some(Section {
                structured: true,
                also,
                title: Some(title),
                one_story: true,
                card: true,
                principle_guessed: warning.is_some(),
                guess_warning: warning,
                ..Section::opened(principle, 0)
            });
        }
    }
    // Text before the first heading is a region of its own, with no heading: a story
    // when it tells one (a file that is one answer), else skipped as before.
    // (Not in a story's file: its front matter has opened the story.)
    if let Some(first) = blocks.first()
        && !matches!(first.data().value, NodeValue::Heading(_))
        && importer.section.is_none()
    {
        let line = span(first).0;
        importer.outside = Some((String::new(), 0, (line, line)));
    }
    for block in blocks {
        importer.block(block);
    }
    importer.close_outside(None);
    importer.release_asked_above();
    importer.own_waiting();
    importer.finish_draft();
    rejoin_parts(&mut importer.plan, &lines);
    rejoin_sections(&mut importer.plan, &lines, &importer.reminded);
    share_heading_questions(&mut importer.plan, &lines);
    point_to_named_stories(&mut importer.plan);
    for (line, text) in unwrapped {
        importer.plan.ignored.push(Skipped {
            lines: (line, line),
            reason: "a code fence around the whole file: its text was read as notes".into(),
            text,
        });
    }
    // A principle's name alone on its line, read as the heading of what follows: kept
    // with the lines read as structure, as a heading's words are its section's.
    for (line, text) in titles {
        importer.plan.ignored.push(Skipped {
            lines: (line, line),
            reason: "a principle's name alone on its line: the heading of what follows".into(),
            text: text.trim().to_string(),
        });
    }
    for (line, text) in continued {
        importer.plan.ignored.push(Skipped {
            lines: (line, line),
            reason: "the end of the question in the heading above, cut where its line ended".into(),
            text,
        });
    }
    for (line, text, reason) in empty {
        importer.plan.ignored.push(Skipped {
            lines: (line, line),
            reason: reason.into(),
            text,
        });
    }
    let advice_lines: Vec<(usize, usize)> = advice.iter().map(|(lines, _)| *lines).collect();
    for (lines, text) in advice {
        importer.plan.skipped.push(Skipped {
            lines,
            reason: "a note on answering the question above, not the answer under it".into(),
            text,
        });
    }
    keep_empty_headings(&mut importer.plan, root, &lines);
    // Lines in no block (a link's definition, `[x]: url "title"`, which Markdown does
    // not show): kept in the ignored list, so that no word is in nothing.
    let mut covered = vec![false; lines.len() + 1];
    let reported = (importer.plan.ignored.iter())
        .map(|s| s.lines)
        .chain(advice_lines);
    for (start, end) in root.children().map(span).chain(reported) {
        for seen in covered
            .iter_mut()
            .take(end.min(lines.len()) + 1)
            .skip(start)
        {
            *seen = true;
        }
    }
    let mut line = 1;
    while line <= lines.len() {
        if covered[line] || lines[line - 1].trim().is_empty() {
            line += 1;
            continue;
        }
        let start = line;
        while line <= lines.len() && !covered[line] && !lines[line - 1].trim().is_empty() {
            line += 1;
        }
        importer.plan.ignored.push(Skipped {
            lines: (start, line - 1),
            reason: "Markdown that is not shown (a link's definition): ignored".into(),
            text: lines[start - 1..line - 1].join("\n"),
        });
    }
    importer.resolve_references();
    importer.resolve_pointed();
    importer.link_rows(markdown);
    if let Some(question) = page_question {
        for draft in (importer.plan.drafts.iter_mut()).filter(|d| d.story.questions.is_empty()) {
            draft.story.questions.push(question.clone());
        }
    }
    let retold = importer.retold_pairs();
    let summaries = importer.summaries();
    let reminded = std::mem::take(&mut importer.reminded);
    let named_over = std::mem::take(&mut importer.named_over);
    let mut plan = importer.plan;
    join_named_sections(&mut plan, &lines, &named_over);
    // The title that names the principle of the stories naming none is kept for that,
    // not skipped as a heading that names none (the notes' only heading at level 1).
    if plan.named_by_title
        && let Some(at) = plan.skipped.iter().position(|s| {
            s.reason == "heading names no principle" && s.text.trim_start().starts_with("# ")
        })
    {
        let mut title = plan.skipped.remove(at);
        title.reason =
            "the notes' title: it names the principle of the stories that name none".into();
        plan.ignored.push(title);
    }
    // `- [ ] Did I stay under 3 minutes?`: a check of the writer's own answer, not a
    // question an interviewer asks.
    let (checks, asked): (Vec<_>, Vec<_>) = std::mem::take(&mut plan.questions)
        .into_iter()
        .partition(|q| self_check(&q.question));
    plan.questions = asked;
    // `Tell me about a time you were wrong → **S1** *(the lost write)*`: a question the
    // notes point at a story told elsewhere. The question is the person's own; where it
    // points is kept in the ignored list, with its lines.
    let mut pointers = Vec::new();
    for q in &mut plan.questions {
        // The pointer as written (the question's text has lost its closing marks).
        let written = lines
            .get(q.lines.0.saturating_sub(1)..q.lines.1.min(lines.len()))
            .map(|l| l.join("\n"))
            .unwrap_or_default();
        if let Some((question, _)) = pointed_elsewhere(&q.question)
            && let Some((_, pointer)) = pointed_elsewhere(&written)
        {
            pointers.push(Skipped {
                lines: q.lines,
                reason: "where the notes point a question of your own: the story to tell".into(),
                text: pointer,
            });
            q.question = question;
        }
    }
    // (Each where its lines are among the others, which keep their order.)
    for pointer in pointers {
        let at = plan.ignored.partition_point(|b| b.lines <= pointer.lines);
        plan.ignored.insert(at, pointer);
    }
    for q in checks {
        let at = plan.skipped.partition_point(|s| s.lines.0 <= q.lines.0);
        plan.skipped.insert(
            at,
            Skipped {
                lines: q.lines,
                reason: "a check of your own answer (a checklist), not an interview question"
                    .into(),
                text: q.question,
            },
        );
    }
    principles_listed_to_stories(&mut plan, &lines, set);
    // The pairs name drafts by their place, which folding moves.
    let summed = super::merge::fold_summaries(&mut plan, &summaries, origin);
    let now = super::merge::fold_linked_tellings(&mut plan, &lines, origin);
    let again = super::merge::fold_pasted_again(&mut plan, &lines, origin);
    let renamed = super::merge::fold_numbered_again(&mut plan, &lines, origin);
    let named = super::merge::fold_named_again(&mut plan, &lines, origin);
    let reminded = super::merge::fold_reminded_again(&mut plan, &lines, origin, &reminded);
    let retold: Vec<(usize, usize)> = retold
        .into_iter()
        .filter_map(|(a, b)| {
            Some((
                reminded[named[renamed[again[now[summed[a]?]?]?]?]?]?,
                reminded[named[renamed[again[now[summed[b]?]?]?]?]?]?,
            ))
        })
        .filter(|(a, b)| a != b)
        .collect();
    let kept = advice_lists(&mut plan, &lines);
    let waited = questions_waiting(&mut plan, &lines);
    let retold: Vec<(usize, usize)> = retold
        .into_iter()
        .filter_map(|(a, b)| Some((waited[kept[a]?]?, waited[kept[b]?]?)))
        .collect();
    plan.duplicates = super::merge::find_duplicates(&plan.drafts);
    // A story its heading says it retells is reported with the one it refers to,
    // whatever words they share.
    for (a, b) in retold {
        let pair = (a.min(b), a.max(b));
        match plan.duplicates.iter_mut().find(|d| d.drafts == pair) {
            Some(found) => found.retold = true,
            None => plan.duplicates.push(super::Duplicate {
                drafts: pair,
                shared_words: 0,
                retold: true,
            }),
        }
    }
    plan.duplicates.sort_by_key(|d| d.drafts);
    // The skipped blocks in the order the notes hold them, whichever rule found them
    // first.
    plan.skipped.sort_by_key(|s| s.lines);
    plan
}

/// A list that gives each principle a story by its name (`- Customer Obsession:
/// **Phia Search Platform**`, `- Dive Deep - Phia Search Platform`), two items or more,
/// each naming a principle and, after it, one drafted story's title: each story is
/// linked to the principles so listed for it, in the list's order, where its
/// principles were guessed. The list's lines, skipped as under a heading that names no
/// principle, are kept with those read as structure.
fn principles_listed_to_stories(plan: &mut ImportPlan, lines: &[&str], set: &PrincipleSet) {
    // Each title's words, and how many drafts bear it.
    let mut titles: rustc_hash::FxHashMap<Vec<String>, (usize, usize)> = Default::default();
    for (i, draft) in plan.drafts.iter().enumerate() {
        let words = plain_words(&draft.story.title);
        if !words.is_empty() {
            titles.entry(words).or_insert((i, 0)).1 += 1;
        }
    }
    // Each item's line, the principle it names and the story it gives it.
    let mut listed: Vec<(usize, String, usize)> = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let item = strip_marker(line);
        if item.len() == line.trim().len() {
            continue;
        }
        let Some((principle, story)) = [": ", " - ", " — ", " → ", " -> "]
            .iter()
            .find_map(|sep| item.split_once(sep))
        else {
            continue;
        };
        // (The story first, a look-up: then the principle, by its name or a short
        // name that stands for it alone, `Insist on High Standards`.)
        let named = plain_words(story.trim().trim_matches(['*', '_', '"', '“', '”']));
        let Some(&(i, 1)) = titles.get(&named) else {
            continue;
        };
        let id = match heading_principle(principle.trim(), set) {
            Some(p) => p.id.clone(),
            None => match informal(principle.trim(), set) {
                Informal::One(id) => id,
                _ => continue,
            },
        };
        listed.push((at + 1, id, i));
    }
    if listed.len() < 2 {
        return;
    }
    // The first lines of the drafts linked so: the report's guess for each goes.
    let mut relinked: rustc_hash::FxHashSet<usize> = Default::default();
    let mut given: rustc_hash::FxHashMap<usize, Vec<String>> = Default::default();
    for (_, id, story) in &listed {
        given.entry(*story).or_default().push(id.clone());
    }
    for (i, draft) in plan.drafts.iter_mut().enumerate() {
        let Some(ids) = given.remove(&i) else {
            continue;
        };
        if !draft.guessed {
            continue;
        }
        relinked.insert(draft.lines.0);
        draft.guessed = false;
        draft.story.principles = Vec::new();
        for id in ids {
            if !draft.story.principles.contains(&id) {
                draft.story.principles.push(id);
            }
        }
    }
    plan.warnings.retain(|w| {
        let line = w
            .strip_prefix("line ")
            .and_then(|rest| rest.split_once(':'))
            .and_then(|(n, _)| n.parse::<usize>().ok());
        !(line.is_some_and(|n| relinked.contains(&n)) && w.contains("names no principle"))
    });
    // The list's lines are structure now: out of the skipped list, into the ignored.
    let on: rustc_hash::FxHashSet<usize> = listed.iter().map(|(at, _, _)| *at).collect();
    let on_list = |n: usize| on.contains(&n);
    let mut kept = Vec::new();
    for block in std::mem::take(&mut plan.skipped) {
        let (from, to) = block.lines;
        let all_listed =
            (from..=to).all(|n| on_list(n) || lines.get(n - 1).is_none_or(|l| l.trim().is_empty()));
        if all_listed {
            plan.ignored.push(Skipped {
                reason: "gives the story it names its principle: linked".into(),
                ..block
            });
        } else {
            kept.push(block);
        }
    }
    plan.skipped = kept;
    plan.ignored.sort_by_key(|b| b.lines);
}

const ADVICE: &str = "advice to the reader, not a story";

/// Whether a paragraph tells what happened and quotes a question inside it: words
/// before its first quotation mark, one of them a verb in the past ("This reframed the
/// problem: not \"why…?\""), and its only question marks inside the quotation marks.
fn narrates_a_question(text: &str) -> bool {
    let text = text.trim();
    let Some(open) = text.find(['"', '“']) else {
        return false;
    };
    let before = &text[..open];
    let outside: String = text
        .split(['"', '“', '”'])
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ");
    !before.trim().is_empty()
        && words_of(before).iter().any(|w| past(w))
        && !outside.contains(['?', '？'])
        && text.contains('?')
        && !text.contains('\n')
}

/// The label's own words on a line that `split_label` read as `rest` after it
/// (`What I'd do differently` from `**What I'd do differently:** Measure first`),
/// without its marks and colon.
fn label_head<'t>(text: &'t str, rest: &str) -> &'t str {
    text.find(rest.trim_start())
        .map_or("", |at| &text[..at])
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':' | '-'))
}

/// A line that points a question at stories by number: the question (in quotation
/// marks or not), an arrow, then `Story 5`, `Story 5 or 8`, `Stories 2 and 4`. The
/// question without its marks, and the numbers.
fn pointed_question(line: &str) -> Option<(String, Vec<u32>)> {
    let line = strip_marker(line.trim());
    let (question, target) = ["→", "->", "=>", "⇒"]
        .iter()
        .find_map(|arrow| line.rsplit_once(arrow))?;
    let question = question
        .trim()
        .trim_matches(['"', '“', '”'])
        .trim()
        .to_string();
    if !asks_or_prompts(&question) {
        return None;
    }
    let words = words_of(target);
    let (lead, rest) = words.split_first()?;
    if !matches!(lead.as_str(), "story" | "stories") {
        return None;
    }
    let mut numbers = Vec::new();
    for word in rest {
        match word.as_str() {
            "or" | "and" | "story" => {}
            w => numbers.push(w.parse().ok()?),
        }
    }
    (!numbers.is_empty()).then_some((question, numbers))
}

/// A question and, after an arrow, where the notes point it (`Tell me about a bad call
/// → **S1** *(the lost write)*`, `How do you stay current? -> side project`): the
/// question without its marks, and the rest as written. `None` when no arrow follows a
/// question on its first line.
fn pointed_elsewhere(text: &str) -> Option<(String, String)> {
    let first = text.lines().next()?;
    let (at, arrow) = ["→", "->", "=>", "⇒"]
        .iter()
        .filter_map(|arrow| first.find(arrow).map(|at| (at, arrow.len())))
        .min()?;
    let question = first[..at]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '"' | '“' | '”'))
        .to_string();
    let rest = text[at + arrow..].trim();
    (!rest.is_empty() && asks_or_prompts(&question)).then(|| (question, rest.to_string()))
}

/// Whether a heading is over where a story's facts come from (`Fact provenance`,
/// `Sources`, `References`): a word or three, one of them such a word.
fn sources_heading(text: &str) -> bool {
    let words = plain_words(text);
    words.len() <= 3
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "provenance" | "sources" | "source" | "references" | "citations"
            )
        })
}

/// Why a line that calls a story told above by a name only it holds is among the
/// ignored lines.
const CALLED_BY_NAME: &str = "calls a story told above by a name only it holds: the question and the principle are that story's too";

/// The names a line gives (`NGINX`, `Lite Approval`): runs of words written with a
/// capital after the line's first word, and that first word when it is all capitals
/// (an acronym). A word of one letter is no name.
pub(super) fn names_in_line(line: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for (i, raw) in line.split_whitespace().enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let capital = letters.first().is_some_and(|c| c.is_uppercase()) && letters.len() >= 2;
        let acronym = capital && letters.iter().all(|c| c.is_uppercase());
        if capital && (i > 0 || acronym) {
            run.push(word);
        } else if !run.is_empty() {
            names.push(run.join(" "));
            run.clear();
        }
        // (A word that ends in a stop ends the name too: `…in NGINX. Then`.)
        if raw.ends_with(['.', ',', ';', ':', '!', '?']) && !run.is_empty() {
            names.push(run.join(" "));
            run.clear();
        }
    }
    if !run.is_empty() {
        names.push(run.join(" "));
    }
    names
}

/// Whether a line leads in to sources (`Reference for Leadership principles:`,
/// `Resources:`, `Useful links:`): a word or five, the first or second a word for
/// sources, a colon at its end.
fn leads_to_sources(line: &str) -> bool {
    let Some(lead) = line.strip_suffix(':') else {
        return false;
    };
    let words = plain_words(lead);
    (1..=5).contains(&words.len())
        && words.iter().take(2).any(|w| {
            matches!(
                w.as_str(),
                "reference" | "references" | "resources" | "resource" | "sources" | "links"
            )
        })
}

/// Whether a line says the story it introduces is made up (`An illustrative story
/// entry… The details are invented`, `a fictional example`): a word for made up and
/// one for a story or its details, in one sentence. (`These stories contain only
/// confirmed facts. Results must not be converted into invented metrics.` says no
/// story is made up; nor does `An empty story bank produces thin applications; an
/// invented one produces lies`, read a clause at a time.)
fn says_invented(line: &str) -> bool {
    line.split_inclusive(['.', '!', '?', '…', ';'])
        .any(|sentence| {
            let words = plain_words(sentence);
            let made_up = words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "invented" | "fictional" | "fictitious" | "illustrative" | "imaginary"
                )
            });
            made_up
                && words.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "example"
                            | "examples"
                            | "story"
                            | "stories"
                            | "entry"
                            | "details"
                            | "sample"
                    )
                })
        })
}

/// Whether a heading says the stories under it are still to prepare or write (`STAR
/// Stories to Prepare`, `Stories to write`).
fn stories_to_prepare(heading: &str) -> bool {
    let words = plain_words(heading);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "story" | "stories"))
        && words.windows(2).any(|pair| {
            pair[0] == "to"
                && matches!(
                    pair[1].as_str(),
                    "prepare" | "write" | "build" | "develop" | "draft" | "collect"
                )
        })
}

/// A question cut off with an ellipsis for the lines under it to end (`"Tell me about
/// a time you..."`): the words before the ellipsis, without their marks.
fn cut_stem(question: &str) -> Option<String> {
    let bare = question
        .trim()
        .trim_matches(['"', '“', '”', '*', '_', ' '])
        .trim_end_matches([':', ' ']);
    let stem = bare
        .strip_suffix('…')
        .or_else(|| bare.strip_suffix("..."))?
        .trim_end();
    (stem.split_whitespace().count() >= 3 && asks_for_story(stem)).then(|| stem.to_string())
}

/// A text with its first letter in lower case, unless the first word is an acronym or
/// a name in capitals (`API`).
fn lower_first(text: &str) -> String {
    let first = text.split_whitespace().next().unwrap_or("");
    if first.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return text.to_string();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The questions a sentence says a story serves, each quoted after a lead that says
/// so (`Use this for "Tell me about a time you disagreed with your team and were
/// right," "…," or "…"`, `Use this story for …`, `Use it for …`): those quoted that
/// ask or prompt, their trailing commas and stops off.
fn questions_served(text: &str) -> Vec<String> {
    const LEADS: &[&str] = &["use this story for", "use this for", "use it for"];
    let mut out = Vec::new();
    for line in text.lines() {
        let lower = line.to_lowercase();
        let Some(at) = LEADS.iter().filter_map(|lead| lower.find(lead)).min() else {
            continue;
        };
        // (The lead's offset in the lowercase line is the same in the line when the
        // text before it lowercases to as many bytes; else the line is read whole.)
        let rest = line
            .get(at..)
            .filter(|_| line[..at].to_lowercase().len() == at);
        let Some(rest) = rest else {
            continue;
        };
        let mut chars = rest.char_indices();
        while let Some((open_at, close)) =
            chars.find_map(|(at, c)| closing_quote(c).map(|close| (at, close)))
        {
            let start = open_at + rest[open_at..].chars().next().map_or(1, char::len_utf8);
            let Some((end, _)) = chars.find(|(_, c)| *c == close) else {
                break;
            };
            let quoted = rest[start..end]
                .trim()
                .trim_end_matches([',', '.', ';'])
                .trim();
            if asks_or_prompts(quoted) && !out.iter().any(|q| q == quoted) {
                out.push(quoted.to_string());
            }
        }
    }
    out
}

/// Whether a text asks for an answer: a question, a prompt that asks for a story
/// ("Tell me about a conflict…") or one that names the kind of story ("A time you…").
fn asks_or_prompts(text: &str) -> bool {
    is_question(text) || asks_for_story(text) || is_prompt(text)
}

/// `##### Customer interaction` over questions alone (`- Describe a difficult
/// interaction…`), in notes that tell their stories under the questions they answer
/// (`- Tell me about a time…` over `- S: …`, `- T: …`, `- A: …`, two such at least): a
/// group of questions, none answered yet. The questions are the person's own, to
/// practise; the heading names what they ask about, no story. Returns where each draft
/// went (`None`: skipped).
fn questions_waiting(plan: &mut ImportPlan, lines: &[&str]) -> Vec<Option<usize>> {
    let answered_under = (plan.drafts.iter())
        .filter(|d| !d.story.questions.is_empty() && d.story.written_parts().nth(1).is_some())
        .count();
    // (Nothing told under it, not a word; and the heading no question itself: `### 2.
    // Tell me about…` over its answer asks, it groups nothing.)
    let waiting = |d: &Draft| {
        answered_under >= 2
            && !d.story.questions.is_empty()
            && d.all_text().trim().is_empty()
            && d.story.followups.is_empty()
            && (lines.get(d.lines.0.wrapping_sub(1)))
                .and_then(|l| heading_line(l))
                .is_some_and(|h| !is_question(&bare_question(h)))
    };
    let mut went = Vec::with_capacity(plan.drafts.len());
    let mut kept = Vec::with_capacity(plan.drafts.len());
    for draft in std::mem::take(&mut plan.drafts) {
        let Some(principle) = draft.story.principles.first().filter(|_| waiting(&draft)) else {
            went.push(Some(kept.len()));
            kept.push(draft);
            continue;
        };
        went.push(None);
        let (first, last) = draft.lines;
        for question in &draft.story.questions {
            // The line that asks it.
            let asked = (first..=last.min(lines.len()))
                .find(|&n| lines[n - 1].contains(question.as_str()))
                .unwrap_or(first);
            plan.questions.push(super::OwnQuestion {
                principle: principle.clone(),
                question: question.clone(),
                lines: (asked, asked),
            });
        }
        plan.skipped.push(Skipped {
            lines: (first, first),
            reason: "a heading over questions none of which is answered yet, in notes that answer under each question: the questions are your own".into(),
            text: lines[first - 1].trim().to_string(),
        });
    }
    plan.drafts = kept;
    // (Among the others, in the notes' order.)
    if went.contains(&None) {
        plan.questions.sort_by_key(|q| q.lines);
    }
    went
}

/// A list gives its reader advice when its other items do (`- Disagree loudly if you
/// think it's a bad idea.` / `- Explain why, with facts.` / `- But if the boss still
/// says "go", you stop arguing…`): an item of it read as a draft, which says nothing of
/// the writer and tells nothing that happened, is that advice too, and a bold label
/// alone on the line above the list (`**Simple words:**`) is the list's. Both are
/// skipped as the list's other items were. Returns where each draft went (`None`:
/// skipped).
fn advice_lists(plan: &mut ImportPlan, lines: &[&str]) -> Vec<Option<usize>> {
    // A marker and a space: `**Simple words:**` is no item.
    let item: Vec<bool> = std::iter::once(false)
        .chain(
            lines
                .iter()
                .map(|l| item_body(l.trim()).is_some_and(|body| body.starts_with([' ', '\t']))),
        )
        .chain(std::iter::once(false))
        .collect();
    // Each line's run of list items (its first line), and the advice skipped in each.
    // (A blank line between two items leaves them in one list, a loose one.)
    let blank = |line: usize| {
        lines
            .get(line.wrapping_sub(1))
            .is_some_and(|l| l.trim().is_empty())
    };
    let mut run = vec![0; item.len()];
    for line in 1..item.len() {
        if item[line] {
            run[line] = if item[line - 1] {
                run[line - 1]
            } else if line > 2 && blank(line - 1) && item[line - 2] {
                run[line - 2]
            } else {
                line
            };
        }
    }
    let mut length: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for line in (1..item.len()).filter(|&l| item[l]) {
        *length.entry(run[line]).or_default() += 1;
    }
    let mut advice: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for s in plan.skipped.iter().filter(|s| s.reason == ADVICE) {
        let (first, last) = s.lines;
        if first == last && item.get(first).copied().unwrap_or(false) {
            *advice.entry(run[first]).or_default() += 1;
        }
    }
    let at: rustc_hash::FxHashMap<usize, usize> = (plan.drafts.iter().enumerate())
        .filter(|(_, d)| d.lines.0 == d.lines.1)
        .map(|(i, d)| (d.lines.0, i))
        .collect();
    let mut dropped = vec![false; plan.drafts.len()];
    for (d, draft) in plan.drafts.iter().enumerate() {
        let (first, last) = draft.lines;
        if first != last
            || !item.get(first).copied().unwrap_or(false)
            || draft.story.written_parts().next().is_some()
            || !draft.story.questions.is_empty()
            || persons(&draft.story.notes).0 > 0
            || first_person_events(&draft.story.notes) > 0
        {
            continue;
        }
        // The list's other items, above and below: all advice, two at least.
        let start = run[first];
        let others = length[&start] - 1;
        if others >= 2 && advice.get(&start).copied().unwrap_or(0) == others {
            dropped[d] = true;
            // The label over the list, a draft of its own.
            if let Some(&label) = at.get(&(start - 1))
                && plan.drafts[label].story.written_parts().next().is_none()
                && bold_label(plan.drafts[label].story.notes.trim(), false)
                    .is_some_and(|(_, after)| after.trim().is_empty())
            {
                dropped[label] = true;
            }
        }
    }
    let mut kept = Vec::with_capacity(dropped.len());
    let mut next = 0;
    for (d, draft) in std::mem::take(&mut plan.drafts).into_iter().enumerate() {
        if dropped[d] {
            kept.push(None);
            let (first, last) = draft.lines;
            plan.skipped.push(Skipped {
                lines: draft.lines,
                reason: ADVICE.into(),
                text: lines[first - 1..last].join("\n"),
            });
        } else {
            kept.push(Some(next));
            next += 1;
            plan.drafts.push(draft);
        }
    }
    kept
}

/// A site's front matter, opening the notes: `---`, lines of `key: value` (or their
/// indented or listed values), `---`; or TOML's `+++`, lines of `key = value` (and
/// `[table]` headers), `+++`. A file that merely opens with a rule over text has none.
struct FrontMatter {
    delimiter: &'static str,
    /// Its `title`, unquoted.
    title: Option<String>,
    /// What it says the page is about (`description`, `summary`, `term`, …), unquoted.
    about: Vec<String>,
    /// Each key whose value is a list (`lp = ["ownership", "dive deep"]`, `tags: [a,
    /// b]`, or `- item` lines under the key), with its items unquoted.
    lists: Vec<(String, Vec<String>)>,
    /// The line after its closing delimiter.
    end: usize,
}

/// Where notes start after their front matter (a line's index from 0), `0` when they
/// open with none.
fn after_front_matter(markdown: &str) -> usize {
    front_matter(markdown).map_or(0, |front| front.end)
}

fn front_matter(markdown: &str) -> Option<FrontMatter> {
    let mut lines = markdown.lines();
    let delimiter = match lines.next().map(str::trim_end) {
        Some("---") => "---",
        Some("+++") => "+++",
        _ => return None,
    };
    let separator = if delimiter == "+++" { '=' } else { ':' };
    let unquote = |value: &str| value.trim().trim_matches(['"', '\'']).to_string();
    let mut front = FrontMatter {
        delimiter,
        title: None,
        about: Vec::new(),
        lists: Vec::new(),
        end: 0,
    };
    let mut keys = 0;
    for (i, line) in lines.enumerate() {
        if line.trim_end() == delimiter {
            front.end = i + 2;
            return (keys > 0).then_some(front);
        }
        let pair = line.split_once(separator).filter(|(key, rest)| {
            let key = key.trim_end();
            !key.is_empty()
                && (delimiter == "+++" || key.len() == key.trim_start().len())
                && key
                    .trim_start()
                    .chars()
                    // `autor(es)`: a key's plural written as a choice.
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '(' | ')'))
                && (rest.is_empty() || rest.starts_with(' '))
        });
        if let Some((key, value)) = pair {
            keys += 1;
            let (key, value) = (key.trim(), value.trim());
            // The title in the writer's language: `titulo`, `titre`, `Titel`.
            if matches!(
                key.to_lowercase().as_str(),
                "title" | "titulo" | "título" | "titre" | "titel" | "titolo"
            ) {
                front.title = Some(unquote(value)).filter(|t| !t.is_empty());
            }
            if matches!(
                key.to_lowercase().as_str(),
                "description" | "summary" | "excerpt" | "subtitle" | "term" | "lead"
            ) {
                front.about.push(unquote(value));
            }
            if let Some(list) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
                let items = list.split(',').map(unquote).filter(|i| !i.is_empty());
                front.lists.push((key.to_string(), items.collect()));
            } else if value.is_empty() {
                front.lists.push((key.to_string(), Vec::new()));
            }
        } else if let Some(item) = line.trim_start().strip_prefix("- ")
            && let Some((_, items)) = front.lists.last_mut()
        {
            items.push(unquote(item));
        } else if delimiter == "+++" && line.trim_start().starts_with('[') {
            // A TOML table's header (`[extra]`).
        } else if !(line.trim().is_empty() || line.starts_with([' ', '\t', '-'])) {
            return None;
        }
    }
    None
}

impl FrontMatter {
    /// Whether the page says it is written for its readers: its title or what it says
    /// it is about names it a guide (`Software Engineer Interview Guide`, a handbook, a
    /// tutorial) or speaks of its readers (`equips job seekers…`, `candidates`), or what
    /// it says it is about speaks to them (`Senior-level interviews dig into how you
    /// lead…`), and none of it of its writer ("I", "my", "we"). A page so described is a
    /// guide, and the answers in it are its samples: no story of the person importing
    /// it. (A page of one's own notes says what it holds: `summary: my answers for the
    /// loop`.)
    fn for_readers(&self) -> bool {
        let said: Vec<Vec<String>> = (self.title.iter())
            .chain(&self.about)
            .map(|t| plain_words(t))
            .collect();
        let writer = said.iter().flatten().any(|w| {
            matches!(
                w.as_str(),
                "i" | "my" | "me" | "we" | "our" | "i'm" | "i've"
            )
        });
        let guide = said.iter().flatten().any(|w| {
            matches!(
                w.as_str(),
                "guide" | "handbook" | "tutorial" | "playbook" | "primer" | "cheatsheet"
            )
        });
        let readers = said.iter().any(|words| {
            words
                .iter()
                .any(|w| matches!(w.as_str(), "candidates" | "readers" | "learners"))
                || words.windows(2).any(|pair| pair == ["job", "seekers"])
        });
        // (Spoken to in what the page says it is about, read after the title; a title
        // that asks "you", `title = "Describe a time in which…you…"`, is the question
        // the page answers.)
        let about = &said[usize::from(self.title.is_some())..];
        let addressed = about
            .iter()
            .flatten()
            .any(|w| matches!(w.as_str(), "you" | "your" | "you're"));
        !writer && (guide || readers || addressed)
    }

    /// The principles a list under a key that says so names (`lp: [Dive Deep,
    /// Ownership]`, `principles:` with items under it), when they all resolve; not a
    /// site's `tags`.
    fn principles(&self, set: &PrincipleSet) -> Option<Vec<String>> {
        self.lists.iter().find_map(|(key, items)| {
            let generic = matches!(key.trim().to_lowercase().as_str(), "tags" | "tag");
            if generic || !principles_label(key) || items.is_empty() {
                return None;
            }
            let names = named_principles(&items.join(", "), set);
            (names.unknown.is_empty() && !names.ids.is_empty()).then_some(names.ids)
        })
    }

    /// The story a file of one story tells, from its front matter: its title, its
    /// first principle and the others, when the front matter has a title and a list
    /// naming principles (under a key that says so, `lp`, `tags`, or every item a
    /// principle's name), and no heading after it names a principle or says it is a
    /// story (a page of many).
    fn card(self, markdown: &str, set: &PrincipleSet) -> Option<(String, Vec<String>)> {
        let title = self.title?;
        let ids = self.lists.iter().find_map(|(key, items)| {
            let value = items.join(", ");
            // `lp = []`: the writer's place for the story's principles, left empty. An
            // empty `tags:` is a site's page with no tags: it says nothing.
            let generic = matches!(key.trim().to_lowercase().as_str(), "tags" | "tag");
            if items.is_empty() && principles_label(key) && !generic {
                return Some(Vec::new());
            }
            let names = if principles_label(key) {
                named_principles(&value, set)
            } else {
                let (ids, unknown) = principle_list(&value, set);
                if !unknown.is_empty() {
                    return None;
                }
                Names {
                    ids,
                    ..Names::default()
                }
            };
            (!names.ids.is_empty()).then_some(names.ids)
        })?;
        let many = markdown
            .lines()
            .skip(self.end)
            .filter_map(heading_line)
            .any(|text| {
                !heading_principles(text, set).is_empty()
                    || plain_words(text)
                        .first()
                        .is_some_and(|w| matches!(w.as_str(), "story" | "stories"))
            });
        (!many).then(|| (story_heading(&title), ids))
    }
}

/// The principle the notes' title names among other words when no heading of theirs
/// names one (`# Phase 3 — Bias for Action Mapping Proposal` over `### Case 1: …`):
/// the one a story in them that names none is for, as a file's name says. The title is
/// the notes' first heading and their only one at level 1, and names one principle by
/// its full name.
fn titled_principle<'s>(
    markdown: &str,
    set: &'s PrincipleSet,
) -> Option<&'s crate::model::Principle> {
    let lines: Vec<&str> = markdown.lines().collect();
    let headings: Vec<(usize, &str)> = unfenced(&lines)
        .filter_map(|(_, line)| {
            let t = line.trim_start();
            super::details::heading_marks(t)
                .filter(|&level| t.len() > level)
                .map(|level| (level, t[level..].trim()))
        })
        .collect();
    let ((1, title), rest) = headings.split_first()? else {
        return None;
    };
    let [id] = names_within(title, set).try_into().ok()?;
    let names_none = |text: &str| heading_principles(text, set).is_empty();
    (names_none(title)
        && rest
            .iter()
            .all(|&(level, text)| level > 1 && names_none(text)))
    .then(|| set.get(&id))
    .flatten()
}

/// The person notes are written about, when someone wrote them of another ("Nick
/// built a tool nobody asked for", "What Nick did:"): a name, capitalized and never
/// written in lowercase, met once at least after a lowercase word (not a label at a
/// line's start), in more than half the sections under headings, three at least.
fn subject(markdown: &str, set: &PrincipleSet) -> Option<String> {
    let mut sections: Vec<String> = vec![String::new()];
    for line in markdown.lines() {
        if heading_line(line).is_some() {
            sections.push(String::new());
        } else if let Some(open) = sections.last_mut() {
            open.push_str(line);
            open.push('\n');
        }
    }
    sections.retain(|s| !s.trim().is_empty());
    let tokens = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let all = tokens(markdown);
    let lowercase: rustc_hash::FxHashSet<&str> = all
        .iter()
        .filter(|w| w.chars().all(char::is_lowercase))
        .map(String::as_str)
        .collect();
    let name = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 3
            && chars.all(char::is_lowercase)
            && !lowercase.contains(w.to_lowercase().as_str())
    };
    let mut after_lowercase: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    for pair in all.windows(2) {
        if name(&pair[1]) && pair[0].chars().all(char::is_lowercase) {
            after_lowercase.insert(&pair[1]);
        }
    }
    let candidates: rustc_hash::FxHashSet<&str> = after_lowercase
        .into_iter()
        .filter(|w| classify(&as_label(w), set).is_none())
        .collect();
    // How many sections each name is in: one pass over each section's words.
    let mut counts: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for section in &sections {
        let mut seen: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
        for word in section.split(|c: char| !c.is_alphabetic()) {
            if let Some(&name) = candidates.get(word)
                && seen.insert(name)
            {
                *counts.entry(name).or_default() += 1;
            }
        }
    }
    let needed = (sections.len() / 2 + 1).max(3);
    counts
        .into_iter()
        .filter(|(_, count)| *count >= needed)
        .max_by_key(|(name, count)| (*count, *name))
        .map(|(name, _)| name.to_string())
        .or_else(|| initials_in_title(markdown))
}

/// The initials the notes' title gives its writer, after their name: `# Story Bank —
/// Asshvin Kumar (AK) STAR+R Stories` gives "AK", by which the stories speak of them in
/// the third person ("Nobody asked AK to fix it").
fn initials_in_title(markdown: &str) -> Option<String> {
    let title = markdown
        .lines()
        .find(|l| !l.trim().is_empty())?
        .trim()
        .strip_prefix("# ")?;
    let words: Vec<&str> = title.split_whitespace().collect();
    words.iter().enumerate().find_map(|(at, word)| {
        let initials = word.strip_prefix('(')?.strip_suffix(')')?;
        let count = initials.chars().count();
        let named = (2..=4).contains(&count)
            && initials.chars().all(|c| c.is_ascii_uppercase())
            && at >= count
            && words[at - count..at]
                .iter()
                .zip(initials.chars())
                .all(|(name, initial)| {
                    name.starts_with(initial)
                        && name.chars().count() >= 2
                        && name.chars().skip(1).all(char::is_lowercase)
                });
        named.then(|| initials.to_string())
    })
}

/// Whether a text holds a table whose header sets a weak or wrong way beside a strong
/// or right one: `| Weak | Strong |`, `| Bad | Good |`, `| ❌ | ✅ |`, `| 弱 | 强 |`.
fn contrast_table(text: &str) -> bool {
    const PAIRS: &[(&str, &str)] = &[
        ("weak", "strong"),
        ("bad", "good"),
        ("don't", "do"),
        ("avoid", "prefer"),
        ("instead of", "say"),
        ("❌", "✅"),
        ("弱", "强"),
        ("弱", "強"),
        ("差", "好"),
    ];
    text.lines().any(|line| {
        let line = line.trim();
        if !(line.starts_with('|') && line.ends_with('|')) {
            return false;
        }
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().trim_matches(['*', '_', ' ']).to_lowercase())
            .collect();
        PAIRS.iter().any(|(weak, strong)| {
            cells.windows(2).any(|pair| {
                let first = pair[0].trim_end_matches(['(', ')', ':']);
                let second = pair[1].trim_end_matches(['(', ')', ':']);
                (first == *weak || first.starts_with(&format!("{weak} ")))
                    && (second == *strong || second.starts_with(&format!("{strong} ")))
            })
        })
    })
}

/// A numbered item, at line `start` of the notes, that names a story rather than tells
/// it: a short name (ten words at most, no sentence's end, no question, no label's
/// colon) on the item's first line, with either the questions it answers on the lines
/// after it, or a part's label with its text on the next line of the notes (`1) X-Ray
/// 서비스`, then `S: …`). The name, and the questions.
fn numbered_name(
    lines: &[&str],
    start: usize,
    text: &str,
    set: &PrincipleSet,
) -> Option<(String, Vec<String>)> {
    let source = lines.get(start.checked_sub(1)?)?.trim_start();
    let digits = source.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || !(source[digits..].starts_with(") ") || source[digits..].starts_with(". ")) {
        return None;
    }
    let mut pieces = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let name = pieces.next()?;
    if name.split_whitespace().count() > 10
        || name.ends_with(['.', '。', '!', '?', '？'])
        || name.contains([':', '：'])
        || is_question(name)
    {
        return None;
    }
    let asked: Vec<&str> = pieces.collect();
    if !asked.is_empty() {
        return asked
            .iter()
            .all(|l| is_question(&bare_question(l)))
            .then(|| {
                (
                    name.to_string(),
                    asked.iter().map(|l| bare_question(l)).collect(),
                )
            });
    }
    // (Not a Result or a lesson on the next line, `4. Shipped FP8 caching` over `**R**:
    // …`: the last step of an Action told in numbered items, and then what came of
    // it. A story opens on its scene or what it was about.)
    let next = lines.get(start)?.trim();
    let part = matches!(classify(next, set), Some((Label::Part(part), rest))
        if !rest.trim().is_empty() && !matches!(part, Part::Result | Part::Learned));
    part.then(|| (name.to_string(), Vec::new()))
}

/// Adds principles to a story's, each once, in order.
fn link(principles: &mut Vec<String>, ids: Vec<String>) {
    for id in ids {
        if !principles.contains(&id) {
            principles.push(id);
        }
    }
}

/// A block skipped as a principle's description; `again` when it repeats the one just
/// above (a translation, a second quotation).
fn description(
    set: &PrincipleSet,
    id: &str,
    lines: (usize, usize),
    text: String,
    again: bool,
) -> Skipped {
    let name = name_of(set, id);
    let reason = if again {
        format!("the description of '{name}' again (quoted after it), not a story")
    } else {
        format!("the description of '{name}', not a story")
    };
    Skipped {
        lines,
        reason,
        text,
    }
}

/// The headings that gloss the principle heading right above them: a heading one
/// level or more below it, with nothing between them, naming no principle and asking
/// nothing, over nothing but questions (`### Earn Trust`, `#### Listen attentively,
/// speak candidly`, then `- A time you received tough feedback`). Read so only when
/// three principle sections or more open that way: the notes' way of saying what each
/// principle means. A story's name over the questions it answers stands under one
/// principle, among other such names.
fn glosses(lines: &[&str], set: &PrincipleSet) -> Vec<usize> {
    let heading = |i: usize| {
        let line = lines[i].trim_start();
        super::details::heading_marks(line)
            .map(|depth| (depth, line[depth..].trim().trim_end_matches('#').trim()))
    };
    let mut found = Vec::new();
    for i in 0..lines.len() {
        let Some((depth, text)) = heading(i) else {
            continue;
        };
        if heading_principles(text, set).len() != 1 {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].trim().is_empty()) else {
            continue;
        };
        let Some((below, gloss)) = heading(j) else {
            continue;
        };
        if below <= depth
            || !heading_principles(gloss, set).is_empty()
            || is_question(gloss)
            || is_prompt(gloss)
        {
            continue;
        }
        let body: Vec<String> = lines[j + 1..]
            .iter()
            .take_while(|l| super::details::heading_marks(l.trim_start()).is_none())
            .map(|l| strip_marker(l.trim()).trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        let asks = body
            .iter()
            .filter(|l| is_question(l) || is_prompt(l) || asks_for_story(l))
            .count();
        if !body.is_empty() && asks * 3 >= body.len() * 2 && !body.iter().any(|l| speaks_of_self(l))
        {
            found.push(j + 1);
        }
    }
    if found.len() >= 3 { found } else { Vec::new() }
}

/// A principle's name as the report writes it (its id when the set has none such).
fn name_of(set: &PrincipleSet, id: &str) -> String {
    set.get(id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// Whether a heading only counts a story among the writer's (`STORY : 4`, `SITUATION 1
/// :`, `Story #2`): a label and a number, naming nothing.
fn number_only(title: &str) -> bool {
    let words = plain_words(title);
    matches!(words.as_slice(), [label, number]
        if matches!(label.as_str(), "story" | "situation" | "scenario" | "example")
            && number.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a heading only says how the story under it is told (`STAR :`, `STAR +
/// LEARNING :`, `STAR Answer`): the method's letters, and what it adds.
fn form_of_telling(heading: &str) -> bool {
    let words = plain_words(heading);
    words.first().is_some_and(|w| w == "star")
        && words[1..].iter().all(|w| {
            matches!(
                w.as_str(),
                "learning" | "learnings" | "answer" | "format" | "method"
            )
        })
}

/// Whether the notes are one story's card, and if so the principles its line of
/// principles names and the level of its title: they open with a heading that names
/// the story or asks the question it answers (no principle), the only heading of its
/// level or above; the headings under it are
/// its sections (`## Hook`, `## Numbers`, `## If they drill`), none asking a question
/// or saying it is a story (but the one that tells another for the same question,
/// `## Backup story`), and at most one naming a principle, with more than its name
/// (`## Ownership (one line)`: the writer's part in it); and one line, somewhere in
/// them, names its principles (`LP: Customer Obsession · Dive Deep`).
fn card(markdown: &str, set: &PrincipleSet) -> Option<(Vec<String>, usize)> {
    // (After the front matter, if any: a site's, or the story file's fields.)
    let front = front_matter(markdown);
    let start = front.as_ref().map_or(0, |front| front.end);
    let mut lines = markdown
        .lines()
        .skip(start)
        .filter(|l| !l.trim().is_empty());
    // `Story: NAME`, `Story 3 — NAME`: a heading that says it is a story is read as
    // such, one of others or the only one.
    let says_story = |text: &str| {
        plain_words(text)
            .first()
            .is_some_and(|w| matches!(w.as_str(), "story" | "stories"))
    };
    // The title's level is the notes' own: `## Title` over `###` sections is the same
    // card as `# Title` over `##` ones.
    let depth_of = |line: &str| line.trim_start().bytes().take_while(|&b| b == b'#').count();
    let mut first = lines.next()?;
    let mut title = heading_line(first).filter(|t| t.starts_with(' '))?.trim();
    // `# STORY : 4` over `## Disagreeing Respectfully…`: the story's number, counted
    // among the writer's files; the heading under it is its name.
    if number_only(title) {
        let below = lines.clone().next()?;
        let name = heading_line(below).filter(|t| t.starts_with(' '))?.trim();
        if depth_of(below) <= depth_of(first) || number_only(name) {
            return None;
        }
        (first, title) = (lines.next()?, name);
    }
    let level = depth_of(first);
    if !heading_principles(title, set).is_empty() || says_story(title) {
        return None;
    }
    let (mut sections, mut naming, mut tags) = (0, 0, Vec::new());
    let mut aspects = 0;
    // Each label that opens a situation, as written (`situation`, `problem`): the same
    // one twice is two stories' situations; two different ones, one story's aspects.
    let mut situations: rustc_hash::FxHashMap<String, usize> = Default::default();
    // (`**Situation (20%):**`: the remark in brackets, a share of time, is no part of
    // the label.)
    let mut situation = |text: &str, opens: bool| {
        if opens {
            let key = plain_words(&without_label_remark(text)).join(" ");
            *situations.entry(key).or_default() += 1;
        }
    };
    let (mut bold_sections, mut bold_aspects) = (0, 0);
    // The level of the highest sections, how many there are and how many are aspects.
    let mut top: Option<(usize, usize, usize)> = None;
    let mut body = String::new();
    let mut fenced = false;
    for line in lines {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        if fenced {
            continue;
        }
        if let Some(text) = heading_line(line) {
            // (`#ownership`, with no space, is a tag, not a heading above the title.)
            let depth = depth_of(line);
            // (`## STAR :` at the title's level says how the story below is told: one
            // of its sections.)
            if depth <= level
                && (text.is_empty() || text.starts_with(' '))
                && !(depth == level && form_of_telling(text))
            {
                return None;
            }
            let text = text.trim();
            if (is_question(text) || says_story(text)) && !another_story(text) {
                return None;
            }
            // (`### Results` names a part, though "results" is a short name of Deliver
            // Results.)
            let part = part_heading(text).is_some();
            if let Some(principle) = heading_principle(text, set).filter(|_| !part) {
                naming += 1;
                if crate::principles::fold(text) == crate::principles::fold(&principle.name) {
                    return None;
                }
            }
            let aspect = usize::from(story_aspect(text));
            sections += 1;
            aspects += aspect;
            // The sections one level under the title, apart: the dossier's own.
            if top.is_none_or(|(d, _, _)| depth < d) {
                top = Some((depth, 0, 0));
            }
            if let Some((d, n, a)) = top.as_mut()
                && *d == depth
            {
                *n += 1;
                *a += aspect;
            }
            situation(text, opens_situation(line));
        } else if let Some(names) = tag_line(line.trim_start().trim_start_matches('>'), set)
            && !names.ids.is_empty()
        {
            tags.push(names.ids);
        } else if let Some(label) = bold_alone(line) {
            // `**The failure**` alone on its line: a section's title set in bold.
            bold_sections += 1;
            bold_aspects += usize::from(story_aspect(label));
            situation(label, titles_situation(label));
        } else {
            let label = line
                .trim()
                .trim_start_matches(['-', '*', '+', '>', ' '])
                .split(':')
                .next()
                .unwrap_or("");
            situation(label, opens_situation(line));
            body.push_str(line);
            body.push('\n');
        }
    }
    // A story's dossier: its name over sections that are each an aspect or a telling
    // of it (`## The failure`, `## Fifteen-second version`, `## Situation and stakes`,
    // `## Follow-up defense bank`, `## Provenance`), most of them so named, one
    // situation in all, told by the writer. It names no principle: the story's is
    // guessed, and the report says so.
    // (Sections titled in bold count when no heading divides the file.)
    if sections == 0 {
        sections = bold_sections;
        aspects = bold_aspects;
    }
    // (A heading that starts with a principle's name and says more, `## 5. Ownership
    // Transfer and the Rewrite Decision`, may be a facet of the story: one such.)
    // (Or most of its highest sections so named, `## 7. The New Architecture`, `##
    // 11. Results`, whatever the sub-sections under them, `### Shadow bar`.)
    let top_aspects = top.is_some_and(|(_, n, a)| n >= 4 && a * 5 >= n * 4);
    if tags.is_empty()
        && naming <= 1
        && sections >= 4
        && (aspects * 5 >= sections * 3 || top_aspects)
        && situations.values().all(|&n| n <= 1)
        && !group_heading(title)
        && !over_stories(title)
        // (`# Interview Preparation Guide` heads a person's questions and answers,
        // whatever its sections are called: no one story's dossier.)
        && !interview_prep_title(title)
        && !is_question(unnumbered_question(title))
        && first_person_events(&body) >= 2
    {
        // Its fields above may name its principles (`lp: [Dive Deep, Ownership]`), or
        // a table of its chunks may, in a column of their own (`| Chunk | LP | Hook |`).
        let ids = front
            .as_ref()
            .and_then(|front| front.principles(set))
            .or_else(|| {
                let lines: Vec<&str> = markdown.lines().collect();
                super::tables::principles_column(&lines, set)
            })
            .unwrap_or_default();
        // And the list of what the story shows, where the card has one.
        let mut ids = ids;
        for id in shown_principles(markdown, set) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        return Some((ids, level));
    }
    // (Two situations opened by the same label are two stories told: no one story's
    // card.)
    // (Nor is a prompt or a form with slots for the story's words, `{experience}`: the
    // line naming a principle is an example of filling them.)
    if sections < 2
        || naming > 1
        || tags.len() != 1
        || situations.values().any(|&n| n > 1)
        || braced_slot(&body)
    {
        return None;
    }
    tags.pop().map(|ids| (ids, level))
}

/// The principles a story's card lists as what the story shows, under a heading that
/// says why it fits (`### Why this is a STRONG Amazon story` over `- ✅ Think Big`) or a
/// line that says what follows is what it shows (`This STAR shows:` over `* **Backbone
/// with maturity**`): each item that is a principle's name, or a name and a word or two
/// joined to it by "and" or "with" (`Initiative and Ownership`). Other items (`Senior
/// judgment`) name none.
fn shown_principles(markdown: &str, set: &PrincipleSet) -> Vec<String> {
    let mut ids = Vec::new();
    let mut under = false;
    for line in markdown.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(heading) = heading_line(line) {
            under = why_it_fits(heading.trim());
            continue;
        }
        let Some(item) = line
            .strip_prefix(['-', '*', '+'])
            .filter(|i| i.starts_with(' '))
        else {
            under = line.ends_with(':')
                && plain_words(line)
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "shows" | "demonstrates" | "highlights"));
            continue;
        };
        if !under || plain_words(item).len() > 5 {
            continue;
        }
        let named = heading_principle(item, set).or_else(|| {
            let lower = item.to_lowercase();
            [" and ", " with "]
                .iter()
                .filter_map(|joint| lower.split_once(joint))
                .flat_map(|(a, b)| [a.to_string(), b.to_string()])
                .find_map(|piece| heading_principle(&piece, set))
        });
        if let Some(p) = named
            && !ids.contains(&p.id)
        {
            ids.push(p.id.clone());
        }
    }
    ids
}

/// The title of a section set in bold alone on its line (`**The failure**`): a few
/// words, no colon, nothing else on the line.
fn bold_alone(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix("**")?.strip_suffix("**")?.trim();
    (!inner.is_empty()
        && !inner.contains("**")
        && !inner.ends_with(':')
        && inner.split_whitespace().count() <= 6)
        .then_some(inner)
}

/// Whether a line opens a story's situation: a heading or a label that says so
/// (`### Situation`, `**S (Situation):**`, `Context:`).
fn opens_situation(line: &str) -> bool {
    match heading_line(line) {
        Some(text) => titles_situation(text),
        None => says_situation(&without_label_remark(
            line.trim().trim_start_matches(['-', '*', '+', '>', ' ']),
        )),
    }
}

/// A label without the remark in brackets inside it, before its colon (`**Situation
/// (20%):** …` reads `**Situation:** …`): a share of the time to take is no part of the
/// label.
fn without_label_remark(label: &str) -> std::borrow::Cow<'_, str> {
    let colon = label.find(':').unwrap_or(label.len());
    match (label[..colon].find('('), label[..colon].rfind(')')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{}", label[..open].trim_end(), &label[close + 1..]).into()
        }
        _ => label.into(),
    }
}

/// Whether a section's title, a heading's or one in bold, names a story's situation
/// (`Situation`, `The problem`, `Situation & stakes`).
fn titles_situation(title: &str) -> bool {
    says_situation(&as_label(title)) || part_heading(title).is_some_and(|l| says_situation(&l))
}

fn says_situation(label: &str) -> bool {
    matches!(split_label(label), Some((Label::Part(Part::Situation), _)))
}

/// A reminder of a story on one line, in a few words (`resx implementation`, `- discuss
/// what to prioritize for mic 2.0 instances`), its list marker aside: not a question,
/// not a label's line, not a sentence told.
fn one_line_reminder(text: &str) -> bool {
    let text = strip_marker(text.trim());
    let text = text.trim();
    !text.contains('\n')
        && (1..=8).contains(&text.split_whitespace().count())
        && !is_question(text)
        && !text.contains(':')
        && !text.ends_with(['.', '!', '?'])
}

/// A list item that reminds its writer of a story in a phrase, not a step of one: a
/// reminder on one line (see [`one_line_reminder`]), or a longer phrase that names
/// what was done without telling it done ("Taking care of abandoned renters by
/// providing the landlord phone number or pairing them with a agent"): no verb in the
/// past opening it, no "I" or "we", twenty words at most, no sentence or label.
pub(super) fn reminder_item(text: &str) -> bool {
    if one_line_reminder(text) {
        return true;
    }
    let text = strip_marker(text.trim());
    let text = text.trim();
    let words = words_of(text);
    !text.contains('\n')
        && words.len() <= 20
        && !is_question(text)
        && !text.contains(':')
        && !text.ends_with(['.', '!', '?'])
        && words.first().is_some_and(|w| !past(w))
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "i" | "we" | "i'm" | "we're" | "i've" | "we've"))
}

/// A reminder item (see [`reminder_item`]) with a letter in it: not a number left
/// with nothing after it (`2)`).
fn lettered_reminder(text: &str) -> bool {
    reminder_item(text) && text.chars().any(char::is_alphabetic)
}

/// A line that is a name in bold and nothing else: `**Drag and drop**`, `**- Backbone
/// to React:**`, eight words at most, no sentence, no label and no principle's name.
fn bold_name(text: &str, set: &PrincipleSet) -> bool {
    let line = text.trim();
    let Some(inner) = line
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**").or_else(|| r.strip_suffix("**:")))
    else {
        return false;
    };
    let name = inner
        .trim()
        .trim_start_matches(['-', '*', '+'])
        .trim_end_matches(':')
        .trim();
    !line.contains('\n')
        && !name.contains("**")
        && (1..=8).contains(&words_of(name).len())
        && !name.contains(['.', '?', '!', ':'])
        && classify(line, set).is_none()
        && set.resolve(name).is_none()
}

/// Whether a line in bold (`**- Drag and drop**`, `**Old views to React:**`) is the
/// name of the story titled `title`: its words, list marker and colon aside, are the
/// title's, or the story has no title yet. A story a heading named has its own title,
/// and a bold line under it is one of its sections.
fn names_its_story(line: &str, title: &str) -> bool {
    let name = line
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_start_matches(['-', '*', '+'])
        .trim_end_matches(['*', ':'])
        .trim();
    title.trim().is_empty() || plain_words(name) == plain_words(title)
}

/// The words a line refers to a story by, when it only refers to one told elsewhere:
/// `***ref to tight deadline***`, `**Ref to deadline**`, `refer to: the outage`, `see
/// difficult customer`. Five words at most after the lead, no sentence; without the
/// words that only count or point (`the`, `story`, `my`).
pub(super) fn referred_words(notes: &str) -> Option<Vec<String>> {
    let t = notes.trim();
    if t.contains('\n') {
        return None;
    }
    // (`[Use FUTEK vendor validation story above]`: set apart in brackets, as a note
    // to self is.)
    let t = without_bullet(t)
        .trim_matches(['*', '_', '`', ' ', '[', ']', '(', ')'])
        .to_lowercase();
    let rest = [
        "ref to ",
        "ref: ",
        "refer to ",
        "reference: ",
        "see ",
        "same as ",
    ]
    .iter()
    .find_map(|lead| t.strip_prefix(lead))
    // `Use the outage story`, `use FUTEK vendor validation story above`: "use" points
    // to a story only when the words say it is one, or where it is told.
    .or_else(|| {
        let rest = t.strip_prefix("use ")?;
        plain_words(rest)
            .iter()
            .any(|w| matches!(w.as_str(), "story" | "above" | "below" | "earlier"))
            .then_some(rest)
    })?
    .trim_start_matches(':')
    .trim();
    if rest.contains(['.', '?', '!', ',']) && !rest.ends_with('.') {
        return None;
    }
    let words: Vec<String> = plain_words(rest)
        .into_iter()
        .filter(|w| {
            !matches!(
                w.as_str(),
                "the" | "a" | "an" | "my" | "story" | "example" | "one" | "above" | "below"
            )
        })
        .collect();
    (!words.is_empty() && words.len() <= 5).then_some(words)
}

/// Whether a title only says what kind of text is under it, and in what state:
/// `Interview story`, `STAR story for interviews`, `working version`, `Answer (short
/// version)`, `Interview Talking Points`. No word of it names what happened.
pub(super) fn kind_only_title(title: &str) -> bool {
    const KIND: &[&str] = &[
        "interview",
        "interviews",
        "star",
        "story",
        "answer",
        "for",
        "the",
        "my",
        "a",
        "and",
        "portfolio",
        "talking",
        "points",
        "working",
        "version",
        "draft",
        "final",
        "short",
        "long",
        "rough",
        "spoken",
        "written",
        "polished",
        "sentence",
        "sentences",
        "minute",
        "minutes",
        "narrative",
        // `What I'd Say in an Interview`: what the writer will say, named as such.
        "what",
        "i",
        "d",
        "would",
        "say",
        "in",
        "an",
        // The same in Korean: 면접 (interview), 스토리 (story).
        "면접",
        "스토리",
    ];
    let words = plain_words(title);
    !words.is_empty()
        && words
            .iter()
            .all(|w| KIND.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit()))
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "story"
                    | "answer"
                    | "version"
                    | "draft"
                    | "points"
                    | "narrative"
                    | "say"
                    | "스토리"
            )
        })
        // `STAR` alone: the method's letters, a row of labels.
        || words == ["star"]
}

/// Whether a title only names the questions under it: `Behavioral Questions (STAR)`,
/// `Common Interview Questions`. No word of it names what happened.
fn questions_title(title: &str) -> bool {
    // (The question in Spanish, Portuguese, German and Italian: `## Pregunta:`.)
    const QUESTION: &[&str] = &[
        "questions",
        "question",
        "preguntas",
        "pregunta",
        "perguntas",
        "pergunta",
        "fragen",
        "frage",
        "domande",
        "domanda",
    ];
    let words = plain_words(title);
    words.iter().any(|w| QUESTION.contains(&w.as_str()))
        && words.iter().all(|w| {
            QUESTION.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "behavioral"
                        | "behavioural"
                        | "interview"
                        | "common"
                        | "likely"
                        | "star"
                        | "the"
                        | "and"
                )
        })
}

/// Whether a heading only names the person's own telling for interviews: `Interview
/// Narrative`, `My Interview Story`, `Interview story — working version`.
fn names_own_telling(heading: &str) -> bool {
    kind_only_title(heading)
        && plain_words(heading)
            .iter()
            .any(|w| w == "interview" || w == "my")
}

/// Whether a heading says what it heads comes from the writer's own experience:
/// `Example Answer (From My Snap Experience)`, `A real example from my time at Stripe`,
/// `My own example`.
fn from_own_experience(heading: &str) -> bool {
    let words = plain_words(heading);
    words
        .windows(2)
        .any(|pair| pair == ["from", "my"] || pair == ["my", "own"])
        || words.iter().any(|w| w == "my") && words.iter().any(|w| w == "experience")
}

/// Whether a line only numbers what follows it: `**#1**`, `(2)`, `#3`, `Story 2`,
/// `Example #1` alone on its line.
pub(super) fn answer_count(text: &str) -> bool {
    let line = text.trim();
    let bare =
        line.trim_matches(|c: char| matches!(c, '*' | '_' | '#' | '(' | ')' | '.' | ':' | ' '));
    !line.contains('\n')
        && !bare.is_empty()
        && (bare.len() <= 2 && bare.chars().all(|c| c.is_ascii_digit())
            || words_of(bare).len() == 2 && counting_title(bare))
}

/// Whether a title only counts: `First question`, `Second Question`, `Question 2`,
/// `Story 3`, `Example #1`, `1. Example`, or `Example` alone over the parts' labels; or
/// says only what the block is, `Example Answer`.
fn counting_title(title: &str) -> bool {
    const ORDINALS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "1st", "2nd", "3rd", "4th", "5th", "another", "next", "last",
    ];
    const COUNTED: &[&str] = &["question", "story", "example", "answer", "scenario"];
    let words = words_of(title);
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let number = |x: &str| x.chars().all(|c| c.is_ascii_digit());
    match w.as_slice() {
        [first, second] => {
            ORDINALS.contains(first) && COUNTED.contains(second)
                || COUNTED.contains(first) && number(second)
                || number(first) && COUNTED.contains(second) && *second != "question"
                // (`Example Answer`, `Sample Response`: what the block is, no name.)
                || matches!(*first, "example" | "sample")
                    && matches!(*second, "answer" | "response")
        }
        [only] => matches!(*only, "example" | "story"),
        _ => false,
    }
}

/// Whether a line speaks to "you" as a prompt does, and not of the writer: "Tough
/// situation where you are to step in as a leader", "Tough decision you made in a
/// project". Twenty words at most, no "I" or "we", no sentence closed.
fn prompts_you(text: &str) -> bool {
    let line = text.trim();
    let words = words_of(line);
    (3..=20).contains(&words.len())
        && !line.ends_with(['.', '!'])
        && words.iter().any(|w| matches!(w.as_str(), "you" | "your"))
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "i" | "we" | "my" | "our" | "me" | "us"))
}

/// The name of a story on the line over its first part's label (line `start`), or
/// over a blank line over it, alone on the line that opens its paragraph: twelve words
/// at most, no sentence, no colon (no label, nor a row of them), no question (`Rebuilt the invoice service under a hiring freeze` over `Situation:
/// …` or `- Situation: …`).
fn name_over_parts<'l>(lines: &[&'l str], start: usize, set: &PrincipleSet) -> Option<&'l str> {
    let blank = |line: usize| lines.get(line).is_some_and(|l| l.trim().is_empty());
    // (Or over a blank line over the label: a paragraph of its own.)
    let at = match start.checked_sub(2)? {
        above if blank(above) => above.checked_sub(1)?,
        above => above,
    };
    let name = lines.get(at)?.trim();
    let opens = at == 0 || blank(at - 1);
    // (A remark in parentheses after the name, `Pipelines (efficiency of the
    // pipelines, a retry for the flaky API)`, is no part of its length.)
    let named = match name.strip_suffix(')').and_then(|n| n.split_once(" (")) {
        Some((bare, _)) if !bare.trim().is_empty() => bare,
        _ => name,
    };
    let words = words_of(named).len();
    (opens
        && (1..=12).contains(&words)
        && !name.ends_with(['.', '?', '!', ';', ','])
        && !name.contains([':', '：'])
        && !name.starts_with(['-', '*', '+', '>', '#', '|', '<', '`', '['])
        && classify(name, set).is_none()
        && !is_question(&bare_question(name)))
    .then_some(name)
}

/// A line that names what comes after it and nothing else: a few words and a colon
/// (`Progressive case:`, `The billing outage:`), no label's and no sentence.
fn names_next(text: &str, set: &PrincipleSet) -> bool {
    let line = text.trim();
    let Some(name) = line.strip_suffix(':') else {
        return false;
    };
    let name = name.trim_matches(['*', '_', ' ']);
    !line.contains('\n')
        && (1..=5).contains(&words_of(name).len())
        && !name.contains(['.', ':', '?', '!'])
        && classify(line, set).is_none()
}

/// The name on a line that is only a story's name in bold, lettered or numbered as a
/// list's item in text that is no list (`b. **Trackers:**`, `2) **ORCON issue**`; with
/// the enumerator inside the bold, `**b) Trackers**`, see `enumerated_name`),
/// when the line is no label lp knows: eight words at most, no sentence. (Unlettered,
/// `**Good Story:**`, it may be a guide's grade of a sample.)
fn lettered_name<'t>(line: &'t str, set: &PrincipleSet) -> Option<&'t str> {
    let line = line.trim();
    let (_, marked) = line.split_once(' ').filter(|(mark, _)| {
        let body = mark.trim_end_matches(['.', ')']);
        mark.len() > body.len()
            && (1..=2).contains(&body.chars().count())
            && body.chars().all(|c| c.is_ascii_alphanumeric())
    })?;
    let marked = marked.trim_start();
    let inner = marked
        .strip_prefix("**")?
        .strip_suffix("**:")
        .or_else(|| marked.strip_prefix("**")?.strip_suffix("**"))?;
    let name = inner.trim().trim_end_matches(':').trim();
    let words = words_of(name).len();
    ((1..=8).contains(&words)
        && !name.contains(['*', '.', '?', '!', ':'])
        && classify(marked, set).is_none())
    .then_some(name)
}

/// Whether a line only numbers a theme of the stories under it, as an item of a list
/// in text that is no list (`2. Challenging Technical Problems:`, `3. Deadline`): a
/// number, then five words at most, a colon or nothing after them.
fn numbered_theme(line: &str) -> bool {
    let line = line.trim();
    let Some((mark, rest)) = line.split_once(' ') else {
        return false;
    };
    let body = mark.trim_end_matches(['.', ')']);
    mark.len() > body.len()
        && !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit())
        && theme_words(rest)
}

/// Whether a text only names a theme: five words at most, a colon or nothing after
/// them, no sentence and no emphasis (`Challenging Technical Problems:`).
fn theme_words(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':');
    (1..=5).contains(&words_of(text).len()) && !text.contains(['*', '.', '?', '!', ':'])
}

/// Whether a word is one an interview question opens with ("how", "why", "did",
/// "tell", "describe").
fn question_word(word: &str) -> bool {
    matches!(
        word,
        "how"
            | "what"
            | "why"
            | "when"
            | "where"
            | "who"
            | "which"
            | "did"
            | "do"
            | "have"
            | "tell"
            | "describe"
            | "give"
    )
}

/// A line that only names something, as a story's reminder does ("Mongo Schema
/// migrator"): six words at most, no verb in the past, no "I" or "we", no sentence.
fn name_line(line: &str) -> bool {
    let words = words_of(line);
    // ("Config Maps with Bilal." names one too, its full stop aside.)
    let line = line.trim_end();
    let line = line
        .strip_suffix('.')
        .filter(|rest| !rest.ends_with('.'))
        .unwrap_or(line);
    // (Nor does "LADI?", a name its writer is unsure of: a word or two, none of them
    // a question's.)
    let line = line
        .strip_suffix('?')
        .filter(|rest| {
            let words = words_of(rest);
            words.len() <= 2 && !words.iter().any(|w| question_word(w))
        })
        .unwrap_or(line);
    one_line_reminder(line)
        && words.len() <= 6
        && !line
            .trim_start()
            .starts_with(['-', '*', '+', '>', '#', '|'])
        && !words
            .iter()
            .any(|w| past(w) || matches!(w.as_str(), "i" | "we" | "my" | "our" | "me" | "us"))
}

/// The name a heading over another story gives it in a remark: `Backup story (W2 —
/// Helping adopters)` names "W2 — Helping adopters"; `(if asked for another)` names
/// none.
fn backup_name(heading: &str) -> Option<String> {
    // `Backup story: W2 — Adopters`, `Alternative story — The shared devices`: the name
    // after a colon or a dash.
    let Some((_, remark)) = heading.split_once('(') else {
        let (_, name) = heading
            .split_once(':')
            .or_else(|| heading.split_once(" — "))
            .or_else(|| heading.split_once(" – "))
            .or_else(|| heading.split_once(" - "))?;
        let name = name.trim().trim_matches(['*', '_', '`']).trim();
        return (!name.is_empty() && name.split_whitespace().count() <= 12)
            .then(|| name.to_string());
    };
    let remark = remark.trim_end().strip_suffix(')')?.trim();
    let first = plain_words(remark).into_iter().next()?;
    let says_when = matches!(
        first.as_str(),
        "if" | "when" | "in" | "for" | "optional" | "only" | "use" | "as" | "a" | "an" | "the"
    );
    (!says_when && remark.split_whitespace().count() <= 12).then(|| remark.to_string())
}

/// The name a card's field gives the backup story: `> **Backup story**: \`W6 — RLS
/// pattern\``.
fn pointed_backup(line: &str) -> Option<String> {
    let line = line.trim().trim_start_matches(['>', ' ']);
    let (label, _) = line.split_once(':')?;
    let label = label.trim_matches(['-', '*', '+', '_', ' ']).to_lowercase();
    matches!(
        label.as_str(),
        "backup story" | "backup" | "alternative story"
    )
    .then(|| pointed_names(line).pop())
    .flatten()
}

/// A heading over another story for the same question: `Backup story (if asked for
/// another)`, `Alternative story`, `Another example`.
fn another_story(heading: &str) -> bool {
    let words = plain_words(heading);
    matches!(
        words.first().map(String::as_str),
        Some("backup" | "alternative" | "alternate" | "another" | "second")
    ) && words
        .get(1)
        .is_some_and(|w| matches!(w.as_str(), "story" | "example" | "answer"))
}

/// Stories told once and listed under each principle they show: for each anchor a
/// list item links to (`1. [Logging fix](#logging-fix)`) under a principle's heading,
/// the principles whose lists link to it, in the order the notes list them; then those
/// a table's rows name beside a link to it (see [`super::tables::linked_rows`]), in
/// the tables' order. The story under the heading with that anchor is read as theirs.
fn story_index(
    markdown: &str,
    set: &PrincipleSet,
    tables: &[super::tables::LinkedTable],
) -> rustc_hash::FxHashMap<String, Vec<String>> {
    // Each link with the line it is on and the principles it is given there, read in
    // the notes' order: lists and tables as they come.
    let mut links: Vec<(usize, &str, Vec<String>)> =
        keys_under_principles(markdown, set, anchor_link)
            .into_iter()
            .map(|(line, anchor, id)| (line, anchor, vec![id]))
            .collect();
    for table in tables {
        for (anchors, ids) in &table.rows {
            for anchor in anchors {
                links.push((table.lines.0, anchor, ids.clone()));
            }
        }
    }
    links.sort_by_key(|(line, _, _)| *line);
    let mut found: rustc_hash::FxHashMap<String, Vec<String>> = Default::default();
    for (_, anchor, ids) in links {
        link(found.entry(anchor.to_string()).or_default(), ids);
    }
    found
}

/// For each key `key_of` finds on a line under a principle's heading, the principles
/// it is found under, in the order the notes give them.
fn under_principles<'m>(
    markdown: &'m str,
    set: &PrincipleSet,
    key_of: impl Fn(&'m str) -> Option<&'m str>,
) -> rustc_hash::FxHashMap<String, Vec<String>> {
    let mut found: rustc_hash::FxHashMap<String, Vec<String>> = Default::default();
    for (_, key, id) in keys_under_principles(markdown, set, key_of) {
        link(found.entry(key.to_string()).or_default(), vec![id]);
    }
    found
}

/// Each key `key_of` finds on a line under a principle's heading: the line's number,
/// the key and the principle's id, in the notes' order.
fn keys_under_principles<'m>(
    markdown: &'m str,
    set: &PrincipleSet,
    key_of: impl Fn(&'m str) -> Option<&'m str>,
) -> Vec<(usize, &'m str, String)> {
    let mut out = Vec::new();
    let mut principle: Option<String> = None;
    for (i, line) in markdown.lines().enumerate() {
        if let Some(text) = heading_line(line) {
            principle = heading_principle(text, set).map(|p| p.id.clone());
        } else if let (Some(id), Some(key)) = (&principle, key_of(line)) {
            out.push((i + 1, key, id.clone()));
        }
    }
    out
}

/// The bold labels that open list items under three principles' headings or more and
/// are no story's (`- **DCO Context:** …`, `- **Likely Follow-up Probes:**`): the
/// fields a guide fills in for each principle, not the names of stories. A label of
/// a story's part, a question or a line of principles is read as such, and one that
/// says story, example, project, answer, case or "my" names the writer's own.
pub(super) fn guide_fields(markdown: &str, set: &PrincipleSet) -> Vec<String> {
    // The same label in other cases is the same field.
    let mut seen: rustc_hash::FxHashMap<String, Vec<String>> = Default::default();
    for (label, ids) in under_principles(markdown, set, item_label) {
        link(seen.entry(label.to_lowercase()).or_default(), ids);
    }
    const OWN: &[&str] = &[
        "story",
        "stories",
        "example",
        "examples",
        "project",
        "answer",
        "case",
        "my",
        "experience",
    ];
    let mut fields: Vec<String> = seen
        .into_iter()
        .filter(|(label, ids)| {
            ids.len() >= 3
                && classify(&format!("{label}: x"), set).is_none()
                && !label
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| OWN.contains(&w))
        })
        .map(|(label, _)| label)
        .collect();
    fields.sort();
    fields
}

/// The heading a line holds behind a list's marker (`- ## Describe…`, `1. ### Why…`).
pub(super) fn heading_in_item(line: &str) -> Option<&str> {
    let rest = line.trim_start();
    let rest = match rest.strip_prefix(['-', '*', '+']) {
        Some(r) => r,
        None => {
            let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            (digits.len() < rest.len())
                .then(|| digits.strip_prefix(['.', ')']))
                .flatten()?
        }
    };
    let heading = rest.strip_prefix(' ')?.trim_start();
    let marks = heading.len() - heading.trim_start_matches('#').len();
    ((1..=6).contains(&marks) && heading[marks..].starts_with(' ')).then_some(heading)
}

/// A story's notes that are only a label grading it (`**Good Story:**`, `Strong
/// example:`, `Bad answer:`): the label, as written.
fn graded_label(notes: &str) -> Option<&str> {
    let label = notes.trim();
    let inner = label
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches(':')
        .trim_matches(['*', '_'])
        .trim();
    let graded = plain_words(inner).len() <= 3
        && plain_words(inner).windows(2).any(|pair| {
            GRADES.contains(&pair[0].as_str())
                && matches!(
                    pair[1].as_str(),
                    "answer" | "answers" | "response" | "responses" | "story" | "example"
                )
        });
    (!label.contains('\n') && label.trim_end_matches(['*', '_']).ends_with(':') && graded)
        .then_some(label)
}

/// Whether a line is only a grade and what it grades, `Strong Example`, `**Weak
/// answer:**`.
fn graded_line(line: &str) -> bool {
    let words = plain_words(line);
    words.len() == 2
        && GRADES.contains(&words[0].as_str())
        && matches!(
            words[1].as_str(),
            "answer" | "response" | "story" | "example"
        )
}

/// Whether a text speaks of "the candidate" or "candidates": a guide's or a coach's
/// comment on answers, not the writer telling their own.
fn speaks_of_candidate(text: &str) -> bool {
    let words = plain_words(&unquoted(text));
    words
        .windows(2)
        .any(|pair| pair[0] == "the" && pair[1] == "candidate")
        || words.iter().any(|w| w == "candidates")
}

/// Words that grade an answer.
const GRADES: &[&str] = &[
    "strong", "weak", "good", "bad", "better", "worse", "poor", "great", "ideal",
];

/// Whether a heading grades the answer under it: "Conflict with Manager — Strong
/// Answer", "Weak answer", "A better response": a guide showing what good looks like.
pub(super) fn graded_answer(heading: &str) -> bool {
    plain_words(heading).windows(2).any(|pair| {
        GRADES.contains(&pair[0].as_str())
            && matches!(
                pair[1].as_str(),
                "answer" | "answers" | "response" | "responses"
            )
    })
}

/// Whether a heading is over technical questions, not stories: "Technical Deep
/// Dives", "Technical questions", "System design", "DSA", "Online assessment".
pub(super) fn technical_heading(heading: &str) -> bool {
    let words = plain_words(heading);
    words.len() <= 5
        && (words.windows(2).any(|pair| {
            pair[0] == "technical"
                && matches!(
                    pair[1].as_str(),
                    "deep"
                        | "questions"
                        | "question"
                        | "concepts"
                        | "q"
                        | "qa"
                        | "round"
                        | "topics"
                        | "skills"
                )
        }) || words
            .windows(2)
            .any(|pair| pair[0] == "system" && pair[1] == "design")
            // `### DSA`, `## LeetCode`, `## Online assessment`: the coding part of the
            // interview, problems and their solutions. (Not `# Coding round` over the
            // whole notes, stories among its sections.)
            || words
                .iter()
                .any(|w| matches!(w.as_str(), "dsa" | "leetcode" | "oa"))
            || words.windows(2).any(|pair| {
                matches!(
                    (pair[0].as_str(), pair[1].as_str()),
                    ("data", "structures") | ("online", "assessment")
                )
            })
            // `Questions about the dataset`, `Questions on the method`: asked of what
            // a project is made of, not of a time.
            || words.windows(2).any(|pair| {
                matches!(pair[0].as_str(), "questions" | "question")
                    && matches!(pair[1].as_str(), "about" | "on")
            }) && words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "dataset"
                        | "data"
                        | "method"
                        | "methods"
                        | "model"
                        | "models"
                        | "architecture"
                        | "code"
                        | "stack"
                        | "frontend"
                        | "backend"
                        | "api"
                        | "database"
                        | "pipeline"
                        | "infrastructure"
                        | "implementation"
                        | "algorithm"
                        | "algorithms"
                )
            }))
}

/// Whether a heading says the sections under it are samples: "Sample Conflict
/// Stories", "Model answers", "Template stories for new grads", "Interview questions
/// and model answers".
fn samples_heading(heading: &str) -> bool {
    let words = plain_words(heading);
    let kind = |w: &str| matches!(w, "sample" | "samples" | "model" | "template" | "templates");
    let told = |w: &str| matches!(w, "stories" | "answers" | "responses");
    words.len() <= 6 && words.first().is_some_and(|w| kind(w)) && words.iter().any(|w| told(w))
        // (The kind right before what it names, anywhere in a short heading.)
        || words.len() <= 8 && words.windows(2).any(|pair| kind(&pair[0]) && told(&pair[1]))
}

/// Whether a heading is over the shape a kind of story takes, shown: "The shape of a
/// failure story", "Anatomy of a strong answer": a guide's worked example under it,
/// not the reader's story.
fn shape_heading(heading: &str) -> bool {
    let words = plain_words(heading);
    words.len() <= 8
        && words
            .windows(2)
            .any(|pair| matches!(pair[0].as_str(), "shape" | "anatomy") && pair[1] == "of")
        && words
            .iter()
            .any(|w| matches!(w.as_str(), "story" | "stories" | "answer" | "answers"))
}

/// Whether a heading names stories in the plural ("STAR Pattern Examples", "My
/// stories"): it heads a group of them, and names none.
fn heads_stories(heading: &str) -> bool {
    // ("The Top 5 Most-Asked LPs" heads the principles' headings under it.)
    plain_words(heading)
        .iter()
        .any(|w| matches!(w.as_str(), "stories" | "examples" | "lps" | "principles"))
}

/// What the report says of a principle guessed for the text at `line` (a heading, or
/// a story's question) that names none.
fn guessed_warning(line: usize, text: &str, principle: &str, by_name: Option<&str>) -> String {
    // Notes with no heading and no title of their own: the notes themselves.
    let what = if text.trim().is_empty() {
        "the story here".to_string()
    } else {
        format!("'{text}'")
    };
    let why = match by_name {
        Some(what) => format!("the one {what} names"),
        None => "the one its words are nearest".to_string(),
    };
    format!(
        "line {line}: {what} names no principle; linked to {principle}, {why}: check it {REVIEW_HINT}"
    )
}

/// Whether a text is a list of three terms or more, each in bold at the head of its
/// item with a gloss of a few words after it, no term a label of a story's, and nothing
/// in it said of the writer or of what happened.
fn glossary(text: &str, set: &PrincipleSet) -> bool {
    let items: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    items.len() >= 3
        && items.iter().all(|line| {
            item_label(line).is_some_and(|label| {
                let gloss = line.split_once(label).map_or("", |(_, g)| g);
                classify(&format!("{label}: x"), set).is_none()
                    && gloss.split_whitespace().count() <= 12
            })
        })
        && persons(text).0 == 0
        // (A gloss is a phrase, not an event: "Making informed decisions", "solutions
        // that can be easily changed" hold two words in "-ed" and tell nothing.)
        && (no_events(text) || events_told(text) == 0)
}

/// Whether a text is a list of three items or more, each a wording with another after
/// an arrow (`old ➞ new`, `weak -> strong`).
fn rephrasings(text: &str) -> bool {
    let items: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    items.len() >= 3
        && items.iter().all(|line| {
            let item = line.trim_start();
            item_body(item).is_some()
                && ["➞", "→", "⇒", "->", "=>"].iter().any(|arrow| {
                    item.split_once(arrow)
                        .is_some_and(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty())
                })
        })
}

/// The label that opens a text before its colon, bold or not, a list's marker off
/// (`- Focus on: …`, `**Avoid:** …`), lowercased: four words at most, no sentence.
fn plain_item_label(text: &str) -> Option<String> {
    let text = strip_marker(text.trim());
    let (label, rest) = text.split_once([':', '：'])?;
    let label = label.trim().trim_matches(['*', '_']).trim();
    let words = label.split_whitespace().count();
    // (`- https://…` is a link, not a label.)
    ((1..=4).contains(&words)
        && !rest.trim().is_empty()
        && !rest.starts_with("//")
        && !label.ends_with(['.', '?', '!']))
    .then(|| label.to_lowercase())
}

/// The labels that open list items three times or more in the notes (`- Focus on: …`
/// under each of ten questions): the fields a guide fills for every question, not the
/// writer's reminders. A story's part (`- Situation: …`), a question's label and one
/// that says the story is the writer's own (story, example, project, my) are none.
fn repeated_item_labels(lines: &[&str], set: &PrincipleSet) -> rustc_hash::FxHashSet<String> {
    const OWN: &[&str] = &[
        "story", "stories", "example", "examples", "project", "my", "case",
    ];
    let mut seen: rustc_hash::FxHashMap<String, usize> = Default::default();
    for (_, line) in unfenced(lines) {
        if item_body(line).is_none() {
            continue;
        }
        if let Some(label) = plain_item_label(line) {
            *seen.entry(label).or_default() += 1;
        }
    }
    seen.into_iter()
        .filter(|(label, count)| {
            *count >= 3
                && classify(&format!("{label}: x"), set).is_none()
                && !label
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| OWN.contains(&w))
        })
        .map(|(label, _)| label)
        .collect()
}

/// Whether a fence's info string names a programming language (`typescript`,
/// `python`, `yaml`): what it holds is code. One that names none, or names prose
/// (`text`, `markdown`), may hold the writer's words kept apart.
pub(super) fn names_language(info: &str) -> bool {
    let word = info.split_whitespace().next().unwrap_or("").to_lowercase();
    !word.is_empty()
        && word.chars().next().is_some_and(char::is_alphabetic)
        && !matches!(
            word.as_str(),
            "text" | "txt" | "plain" | "plaintext" | "md" | "markdown" | "none" | "notes" | "prose"
        )
}

/// The label in bold that opens a list item (`- **Key Points:** …`, `* **Probes**:`).
fn item_label(line: &str) -> Option<&str> {
    let rest = line
        .trim_start()
        .strip_prefix(['-', '*', '+'])?
        .trim_start();
    let inner = rest.strip_prefix("**")?;
    let (label, _) = inner.split_once("**")?;
    let label = label.trim().trim_end_matches([':', '：']).trim();
    (!label.is_empty() && label.split_whitespace().count() <= 5).then_some(label)
}

/// The text of a line that is an ATX heading (`## Dive Deep`), its marks off.
fn heading_line(line: &str) -> Option<&str> {
    line.trim_start()
        .strip_prefix('#')
        .map(|t| t.trim_start_matches('#'))
}

/// Questions as written, a question listed in quotation marks each (`"Tell me about
/// yourself", "Why did you switch?"`, after a `Use for:` label) split into its own.
fn one_question_each(questions: Vec<String>) -> Vec<String> {
    questions
        .into_iter()
        .flat_map(|q| quoted_list(&format!("\"{q}\"")).unwrap_or_else(|| vec![q]))
        .collect()
}

/// Whether a text is code only: one fenced block or more, and nothing outside them.
fn only_code(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().any(|l| fence_mark(l).is_some())
        && unfenced(&lines).all(|(_, line)| line.trim().is_empty())
}

/// The lines of the notes outside code fences, a fence's own marks left out, with
/// their indices.
fn unfenced<'l>(lines: &'l [&'l str]) -> impl Iterator<Item = (usize, &'l str)> + 'l {
    let mut fence: Option<&str> = None;
    lines.iter().enumerate().filter_map(move |(i, line)| {
        let mark = fence_mark(line);
        match (fence, mark) {
            (Some(open_mark), Some(m)) if m == open_mark => fence = None,
            (None, Some(m)) => fence = Some(m),
            _ => {}
        }
        (fence.is_none() && mark.is_none()).then_some((i, *line))
    })
}

/// For each line of the notes that is a heading (outside code fences), the index of the
/// heading it sits under: the nearest above it of a higher level. One pass, a stack of
/// the headings open.
pub(super) fn heading_parents(lines: &[&str]) -> Vec<Option<usize>> {
    let mut parents = vec![None; lines.len()];
    let mut open: Vec<(usize, usize)> = Vec::new();
    for (i, line) in unfenced(lines) {
        if heading_line(line).is_none() {
            continue;
        }
        let level = line.trim_start().bytes().take_while(|b| *b == b'#').count();
        while open.last().is_some_and(|(l, _)| *l >= level) {
            open.pop();
        }
        parents[i] = open.last().map(|(_, at)| *at);
        open.push((level, i));
    }
    parents
}

/// The first line of a text joined by a space with the lines after it that go on with
/// it, as `goes_on(lead so far, next line trimmed)` says; and the rest of the text.
fn lead_while(text: &str, goes_on: impl Fn(&str, &str) -> bool) -> (String, &str) {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    let mut lead = first.trim_end().to_string();
    let mut taken = first.len();
    for line in lines {
        let body = line.trim();
        if !goes_on(&lead, body) {
            break;
        }
        lead.push(' ');
        lead.push_str(body);
        taken += line.len();
    }
    (lead, &text[taken..])
}

/// The first line of a text and the rest, a line wrapped by hand taken as one with
/// the line it goes on from (`1. Tell me about a time when you had to leave a task` /
/// `unfinished.`, as a document's text pasted from a PDF holds it): a line that ends
/// with no stop goes on in the next when that one opens in lower case.
pub(super) fn wrapped_first_line(text: &str) -> (String, &str) {
    lead_while(text, |lead, next| {
        !lead.ends_with(['.', '?', '!', ':', ';', ')', '。', '？', '！', '：'])
            && next.starts_with(|c: char| c.is_lowercase())
    })
}

/// A list item's first line, with the lines that go on with it (a line wrapped in the
/// source, indented, no list marker of its own) joined to it by a space; and the rest.
fn item_lead(item: &str) -> (String, &str) {
    lead_while(item, |_, next| {
        !next.is_empty() && item_body(next).is_none()
    })
}

/// The anchor of a list item that is only a link to a place in the same notes:
/// `- [Title](#anchor)`, `3. [Title](#anchor)`.
fn anchor_link(line: &str) -> Option<&str> {
    let rest = item_body(line)?.trim();
    let inner = rest.strip_prefix('[')?;
    let (_, target) = inner.split_once("](#")?;
    let anchor = target.strip_suffix(')')?;
    (!anchor.is_empty() && !anchor.contains([' ', ')', '('])).then_some(anchor)
}

/// The id of an HTML anchor standing alone: `<a id="story"></a>`, `<a name='story'>`.
fn anchor_tag(html: &str) -> Option<&str> {
    let t = html.trim();
    let rest = t.strip_prefix("<a ")?;
    let rest = rest
        .trim_start()
        .strip_prefix("id=")
        .or_else(|| rest.trim_start().strip_prefix("name="))?;
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &rest[1..];
    let end = rest.find(quote)?;
    let after = rest[end + 1..].trim();
    (after == ">" || after == "></a>" || after == "/>").then_some(&rest[..end])
}

/// An anchor in HTML inside a line (`<a name="q2"></a>` after a heading's words): the
/// tag as written.
fn inline_anchor(line: &str) -> Option<&str> {
    let at = line.find("<a ")?;
    let end = at + line[at..].find('>')? + 1;
    let end = if line[end..].starts_with("</a>") {
        end + "</a>".len()
    } else {
        end
    };
    let tag = &line[at..end];
    anchor_tag(tag).map(|_| tag)
}

/// A heading's anchor as Markdown renderers make it: lower case, spaces as hyphens,
/// punctuation off ("Logging Fix at HSBC" → `logging-fix-at-hsbc`).
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The set with the names the notes' headings translate: a heading that writes a
/// principle's name beside its translation in another script (`### 11. Bias for Action
/// 崇尚行动`) teaches lp that translation, so that `Case:(客户至尚 + 崇尚行动)` elsewhere in
/// the same notes names both principles. `None` when no heading translates a name.
fn translations(markdown: &str, set: &PrincipleSet) -> Option<PrincipleSet> {
    let mut learned: Vec<(usize, String)> = Vec::new();
    for text in markdown.lines().filter_map(heading_line) {
        let Some(principle) = heading_principle(text, set) else {
            continue;
        };
        let other: Vec<&str> = text
            .split_whitespace()
            .filter(|w| w.chars().any(|c| c.is_alphabetic() && !is_latin(c)))
            .collect();
        if other.is_empty() {
            continue;
        }
        let translation = other.join(" ");
        // A word another principle already has is not this one's.
        if set.resolve(&translation).is_some() {
            continue;
        }
        let index = set
            .principles
            .iter()
            .position(|p| p.id == principle.id)
            .expect("a principle of the set");
        learned.push((index, translation));
    }
    if learned.is_empty() {
        return None;
    }
    let mut principles = set.principles.clone();
    for (index, translation) in learned {
        if !principles[index].aliases.contains(&translation) {
            principles[index].aliases.push(translation);
        }
    }
    Some(PrincipleSet {
        name: set.name.clone(),
        principles,
        spellings: std::sync::OnceLock::new(),
    })
}

/// The notes as lp reads them, line for line (so line numbers stay): a file wholly
/// inside one code fence is notes kept in a fence, read without it; and a line that is
/// only a numbered principle (`3. Invent and Simplify (…)`), or only a principle's name
/// as the title of what follows it (see [`title_line`]), is that principle's heading.
fn as_notes(markdown: &str, set: &PrincipleSet) -> AsNotes {
    let lines: Vec<&str> = markdown.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let mut fence = Vec::new();
    if let (Some(first), Some(last)) = (first, last)
        && first < last
        && lines[first].trim_start().starts_with("```")
        && lines[last].trim() == "```"
        && !lines[first + 1..last]
            .iter()
            .any(|l| l.trim_start().starts_with("```"))
    {
        fence = vec![first, last];
    }
    let mut out = String::with_capacity(markdown.len() + 64);
    let mut taken = Vec::new();
    let mut titles = Vec::new();
    let mut dedented = Vec::new();
    let mut empty = Vec::new();
    let mut pointed = Vec::new();
    let mut continued = Vec::new();
    let named: Vec<bool> = (lines.iter())
        .map(|l| numbered_principle(l, set).is_some())
        .collect();
    let listed = listed_principles(&named, &lines);
    let bullets = indented_bullets(&lines, lines.iter().any(|l| fence_mark(l).is_some()));
    let plain = plain_titles(&lines, set);
    let asked = emphasized_questions(&lines);
    let prompts: Vec<bool> = (0..lines.len())
        .map(|i| principle_prompt_line(&lines, i, set))
        .collect();
    let drawn = drawn_headings(&lines);
    let advice = advice_under_question(&lines);
    let advised = advised_lines(&advice, lines.len());
    // (Notes with a code fence anywhere write their code so: indented lines there may
    // be code too.)
    let fenced = lines.iter().any(|l| fence_mark(l).is_some());
    // The nearest line so far that is neither blank nor indented (see
    // `layout_indent`).
    let mut above: Option<&str> = None;
    // The level of the last heading written as one (outside code fences): a name read
    // as a heading under a `###` heading is deeper than it, so that the next `###`
    // (`### Four Additional Stories`) ends its section; under none or a shallower
    // one, it is a `##`.
    let mut written_level = 0usize;
    let mut in_code = false;
    for (i, line) in lines.iter().enumerate() {
        if i > 0 && !lines[i - 1].trim().is_empty() && !indented(lines[i - 1]) {
            above = Some(lines[i - 1]);
        }
        if fence_mark(line).is_some() {
            in_code = !in_code;
        } else if !in_code && !line.starts_with([' ', '\t']) {
            let hashes = line.bytes().take_while(|&b| b == b'#').count();
            if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
                written_level = hashes;
            }
        }
        let item = item_body(line.trim_start()).is_some_and(|body| body.starts_with([' ', '\t']));
        // (An arrow opens a block: one inside a paragraph, `→ click → install`, is the
        // writer's text.)
        let opens =
            i == 0 || lines[i - 1].trim().is_empty() || heading_line(lines[i - 1]).is_some();
        if !in_code
            && !item
            && opens
            && after_answer_arrow(line).is_some_and(|rest| !rest.is_empty())
        {
            // `==> Linguini@Nestaway`: the answer, read without the arrow to it.
            pointed.push(i);
        }
        if advised[i] {
            // (A note on answering, between the question and its answer: read apart,
            // the question its own paragraph over the answer.)
        } else if !in_code && i > 0 && cut_question(lines[i - 1]) && goes_on(line) {
            // `### Tell me about a time… how it impacted the` over `==>outcome.`: the
            // rest of the question, where its line was cut.
            continued.push((i + 1, line.trim().to_string()));
        } else if fence.contains(&i) {
            taken.push((i + 1, line.to_string()));
        } else if !fence.is_empty() && line.starts_with("    ") {
            // Indentation inside the fence was the author's layout, not code.
            out.push_str(line.trim_start());
            dedented.push(i);
        } else if !in_code && drawn[i] != Drawn::No {
            // Plain notes' headings drawn with rules: the rules are layout, the title
            // between them a heading, and a label set between dashes one level below.
            match drawn[i] {
                Drawn::Title(depth, title) => {
                    let level = (written_level.max(1) + depth).min(6);
                    out.push_str(&"#".repeat(level));
                    out.push(' ');
                    out.push_str(title);
                }
                _ => empty.push((i + 1, line.trim().to_string(), DRAWN_RULE)),
            }
        } else if heading_line(line).is_none()
            && (named[i] && !among_topics(&lines, i, set) && !listed[i]
                || title_line(&lines, i, set)
                || capital_principle(&lines, i, set)
                || prompts[i]
                || plain[i]
                || asked[i])
        {
            // (A heading already, `## OWNERSHIP`, is one as it is.)
            let level = if written_level >= 3 {
                (written_level + 1).min(6)
            } else {
                2
            };
            out.push_str(&"#".repeat(level));
            out.push(' ');
            out.push_str(line.trim());
            // (A story's own title is the heading of its draft, or skipped with its
            // section: not a principle's name kept as structure.)
            // (Nor is a principle's line with its question: its heading keeps it.)
            if !plain[i] && !prompts[i] && !asked[i] {
                titles.push((i + 1, line.to_string()));
            }
        } else if !in_code && let Some(name) = principle_over_question(&lines, i, set) {
            // `- Ownership` over `Describe a project you owned…` on the next line: the
            // principle's heading, the question under it.
            out.push_str("## ");
            out.push_str(name);
            titles.push((i + 1, line.to_string()));
        } else if fence.is_empty() && !fenced && layout_indent(line, above) {
            // Plain notes indented for the eye (`Action` over lines indented four
            // spaces): their text, not code.
            out.push_str(line.trim_start());
            dedented.push(i);
        } else if let Some(heading) = heading_in_item(line) {
            // `- ## Describe a situation…`: a heading typed behind a list's marker.
            out.push_str(heading);
        } else if indented_item(&lines, i) || bullets[i] {
            // Its own list, which a list numbered from 1 may start under a paragraph;
            // so may bullets indented under a line of text (`Tough situation where you
            // stepped in` over `    - PRE regression`), which Markdown would read as
            // more of that line.
            out.push_str(line.trim_start());
        } else if i > 0
            && bullets[i - 1]
            && lines.get(i + 1).is_some_and(|next| indented(next))
            && !line.starts_with([' ', '\t'])
            && (prompts_you(line) || is_question(line))
        {
            // `Tough Decision you made in a project` right under the last of such
            // bullets, its own bullets under it: the next prompt, which Markdown would
            // read as more of the item above. Read as a heading, as the prompt it is.
            out.push_str("###### ");
            out.push_str(line.trim());
        } else if !in_code && after_answer_arrow(line).is_some_and(|rest| rest.is_empty()) {
            // `Tell me about a time you failed` over `==>` and nothing after it: the
            // place for an answer, left empty.
            empty.push((i + 1, line.trim().to_string(), EMPTY_ANSWER));
        } else if matches!(line.trim(), "-" | "*" | "+") && (!in_code || !fence.is_empty()) {
            // A list's marker with nothing after it (`Tell me about a time…` over `- `,
            // or a question's item over an indented `* `): an answer left empty, not
            // the line's underline that would make it a heading, nor an item to read.
            empty.push((i + 1, line.trim().to_string(), EMPTY_ITEM));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    AsNotes {
        dedented,
        text: out,
        fence: taken,
        titles,
        empty,
        pointed,
        continued,
        advice,
        advised,
    }
}

/// For each of `count` lines (from 0), whether a note of `advice` holds it.
fn advised_lines(advice: &[((usize, usize), String)], count: usize) -> Vec<bool> {
    let mut advised = vec![false; count];
    for ((from, to), _) in advice {
        for seen in advised.iter_mut().take(*to).skip(from - 1) {
            *seen = true;
        }
    }
    advised
}

/// The notes on answering that a guide of scripted answers sets between a question
/// and its answer: a paragraph opened by a question wholly in bold (`**Q8. Tell me
/// about a time you failed.**`), its other lines advice to the reader that tell
/// nothing the writer did (`Story 3. Spend most of the time on what you changed.`),
/// and the next paragraph the answer wholly in quotation marks (`*"I shipped…"*`).
/// Each note's lines (from 1) and text.
fn advice_under_question(lines: &[&str]) -> Vec<((usize, usize), String)> {
    let quoted = |text: &str| {
        let t = text.trim().trim_matches(['*', '_']).trim();
        t.starts_with(['"', '“']) && t.ends_with(['"', '”']) && t.chars().count() > 2
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let opens = i == 0 || lines[i - 1].trim().is_empty();
        let asks = opens && whole_bold(lines[i]).is_some_and(is_question);
        if !asks {
            i += 1;
            continue;
        }
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].trim().is_empty())
            .unwrap_or(lines.len());
        let Some(next) = (end..lines.len()).find(|&j| !lines[j].trim().is_empty()) else {
            break;
        };
        let answer_end = (next..lines.len())
            .find(|&j| lines[j].trim().is_empty())
            .unwrap_or(lines.len());
        let note = lines[i + 1..end].join("\n");
        if end > i + 1
            && !lines[i + 1..end].iter().any(|l| {
                let t = l.trim().trim_start_matches(['*', '_']);
                t.starts_with(['"', '“', '#', '|', '>', '-', '+']) || item_body(t).is_some()
            })
            && first_person_events(&note) == 0
            && quoted(&lines[next..answer_end].join(" "))
        {
            out.push(((i + 2, end), note));
        }
        i = end;
    }
    out
}

/// A line first in its paragraph, not indented and no item, that names a principle and
/// then asks the question it is asked by (`Customer Obsession Question: “Tell me about
/// a time…”`, `Ownership: Describe a situation where…`): the principle's heading with
/// its question, as `## Ownership: Describe…` is read. Plain notes would read it as
/// one more paragraph, and its principle as a word of the story under it.
fn principle_prompt_line(lines: &[&str], i: usize, set: &PrincipleSet) -> bool {
    let line = lines[i];
    let first = i == 0 || lines[i - 1].trim().is_empty() || rule_line(lines[i - 1]);
    if !first
        || line.starts_with([' ', '\t', '*', '_'])
        || item_body(line).is_some()
        || heading_line(line).is_some()
    {
        return false;
    }
    let Some((head, asked)) = line.split_once(':') else {
        return false;
    };
    let head = head.trim();
    let named = set
        .resolve(head)
        .or_else(|| question_labelled(head).and_then(|name| set.resolve(name)));
    named.is_some() && is_question(outer_quotes_off(asked).trim())
}

/// A list item that is a principle's name and nothing else, over a question on the
/// very next line, not indented (`- Ownership` over `Describe a project you owned…`):
/// the principle's name, its heading. Markdown would read the question as more of the
/// item.
fn principle_over_question<'l>(lines: &[&'l str], i: usize, set: &PrincipleSet) -> Option<&'l str> {
    let body = item_body(lines[i].trim_start())?;
    if !body.starts_with([' ', '\t']) || lines[i].starts_with([' ', '\t']) {
        return None;
    }
    let name = body.trim();
    let next = lines.get(i + 1)?;
    (set.resolve(name).is_some()
        && !next.starts_with([' ', '\t'])
        && item_body(next).is_none()
        && is_question(next.trim()))
    .then_some(name)
}

/// Why a rule drawn over or under a plain title is among the ignored lines.
const DRAWN_RULE: &str = "a rule drawn over or under a title: layout";

/// Why a list's marker with nothing after it is among the ignored lines.
const EMPTY_ITEM: &str = "a list's marker with nothing after it: an item left empty";

/// Why an arrow to an answer with nothing after it is among the ignored lines.
const EMPTY_ANSWER: &str = "an arrow to an answer with nothing after it: an answer left empty";

/// The notes as lp reads them (see [`as_notes`]).
struct AsNotes {
    text: String,
    /// The fence lines taken off: (line, text).
    fence: Vec<(usize, String)>,
    /// The lines read as principles' headings: (line, text).
    titles: Vec<(usize, String)>,
    /// The lines whose indentation was layout, read without it (0-based).
    dedented: Vec<usize>,
    /// The lines that are a list's marker, or an answer's arrow, and nothing else:
    /// (line, text, why they are ignored).
    empty: Vec<(usize, String, &'static str)>,
    /// The lines opened by an arrow to the answer after it, read without the arrow
    /// (0-based).
    pointed: Vec<usize>,
    /// The lines that end a question its heading cut short: (line, text).
    continued: Vec<(usize, String)>,
    /// A note on answering between a question and its scripted answer, read as no
    /// part of either: (first line, last line), text (see [`advice_under_question`]).
    advice: Vec<((usize, usize), String)>,
    /// For each line (0-based), whether a note of `advice` holds it.
    advised: Vec<bool>,
}

/// For each line, whether it names a principle (`named`, a numbered line naming one) in
/// a list of three or more such lines, one right after another with nothing under any
/// (`1. Customer Obsession`, `2. Ownership`, `3. Dive Deep`): the principles listed,
/// not headings over stories. One blank line between two of them, the second numbered
/// after the first, leaves them in one list, a loose one. One pass over the runs.
fn listed_principles(named: &[bool], lines: &[&str]) -> Vec<bool> {
    let mut listed = vec![false; named.len()];
    let number = |j: usize| -> Option<u32> {
        let t = lines.get(j)?.trim();
        t[..t.bytes().take_while(u8::is_ascii_digit).count()]
            .parse()
            .ok()
    };
    let mut start = 0;
    while start < named.len() {
        if !named[start] {
            start += 1;
            continue;
        }
        // The run's lines, and how many of them name a principle.
        let (mut end, mut count) = (start + 1, 1);
        loop {
            let next = if end < named.len() && named[end] {
                end
            } else if lines.get(end).is_some_and(|l| l.trim().is_empty())
                && named.get(end + 1) == Some(&true)
                && number(end + 1) > number(end - 1)
            {
                end + 1
            } else {
                break;
            };
            count += 1;
            end = next + 1;
        }
        if count >= 3 {
            listed[start..end].copy_from_slice(&named[start..end]);
        }
        start = end;
    }
    listed
}

/// Whether numbered line `i` is one item of a numbered list of topics, the line just
/// before or after it numbered too and naming no principle ("1. dive deep", "2.
/// critical feedback", "3. out of comfort zone"): a list, not a principle's heading.
/// A numbered question is no topic: `1. customer obsession` over `1. Who was your
/// most difficult customer?` heads the questions, numbered from 1 again under it.
fn among_topics(lines: &[&str], i: usize, set: &PrincipleSet) -> bool {
    let numbered = |l: &str| {
        let t = l.trim();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        // (An item with nothing after its number, `4.`, names no topic: a place the
        // writer kept for the next principle.)
        (1..=2).contains(&digits)
            && t[digits..].starts_with(['.', ')'])
            && !t[digits + 1..].trim().is_empty()
            && !is_question(t[digits + 1..].trim())
    };
    // (An item nested under it, indented, is its own text, not a sibling topic.)
    let indent = |l: &str| l.len() - l.trim_start().len();
    // The sibling above and below: the nearest line, past blank lines and the item's
    // own text indented under it (`  5. Solve dynamic problem` over its gloss, then
    // `  6. Think big`: the writer's own list, one of its items an Amazon name).
    let own = indent(lines[i]);
    let sibling = |range: &mut dyn Iterator<Item = usize>| {
        range
            .map(|j| lines[j])
            .find(|l| !l.trim().is_empty() && indent(l) <= own)
    };
    let above = sibling(&mut (0..i).rev());
    let below = sibling(&mut (i + 1..lines.len()));
    [above, below]
        .into_iter()
        .flatten()
        .any(|l| numbered(l) && numbered_principle(l, set).is_none())
}

/// Whether line `i` is a principle's name written as a title with no heading mark:
/// the full name alone, first in its paragraph, with text under it. Notes pasted from
/// a document keep their titles this way ("Dive Deep", then the text on the next line).
fn title_line(lines: &[&str], i: usize, set: &PrincipleSet) -> bool {
    let line = lines[i];
    let first_in_paragraph = i == 0 || lines[i - 1].trim().is_empty() || rule_line(lines[i - 1]);
    let text_under = |i: usize| lines.get(i + 1).is_some_and(|next| !next.trim().is_empty());
    // The full name, as the set writes it, letters and digits compared: a short alias
    // alone on a line ("The results:", "Bias") is more often a word of the notes.
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let is_name = |l: &str| {
        let name = words(l);
        l.trim_start().starts_with(|c: char| c.is_alphabetic())
            && !name.is_empty()
            && set.principles.iter().any(|p| words(&p.name) == name)
    };
    // A name alone in its paragraph, a blank line under it and text further on: the
    // title of what follows when written in capitals (`OWNERSHIP`, or a letter or two
    // wrong, `CUSTOMER OBESSION`), or first after a rule of dashes or at the top of the
    // notes, as plain notes separate their sections.
    // (The name is checked first: the scans above and below it are for names only, not
    // for every blank line.)
    if first_in_paragraph && !text_under(i) && !line.starts_with([' ', '\t']) {
        let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
        let capitals = letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase());
        // (Or after a label alone in its paragraph, as a page flattened to text keeps
        // its headings: `Examples`, then `Ownership`, then what happened.)
        let opens = || {
            let above = (0..i).rev().find(|&j| !lines[j].trim().is_empty());
            above.is_none_or(|j| {
                rule_line(lines[j])
                    || (j == 0 || lines[j - 1].trim().is_empty()) && label_alone(lines[j])
            })
        };
        // (Or over the principle's questions, the next line an item that asks: `Invent
        // and Simplify`, then `1. Tell me about a time when you…`, after the answers
        // of the principle before it.)
        let asks_next = || {
            lines[i + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .and_then(|l| item_body(l))
                .is_some_and(|body| is_question(&bare_question(body.trim())))
        };
        return (is_name(line) || capitals && slips_of_names(line, set, 10).len() == 1)
            && (capitals || opens() || asks_next())
            && lines[i + 1..].iter().any(|l| !l.trim().is_empty());
    }
    if !text_under(i) || !is_name(line) {
        return false;
    }
    if first_in_paragraph && !line.starts_with([' ', '\t']) {
        return true;
    }
    // Sections pasted without a blank line between them: two names or more alone on
    // their lines in one paragraph, each with text under it, are the sections' titles
    // (indented or not).
    let start = (0..i)
        .rev()
        .find(|&j| lines[j].trim().is_empty())
        .map_or(0, |j| j + 1);
    let end = (i..lines.len())
        .find(|&j| lines[j].trim().is_empty())
        .unwrap_or(lines.len());
    // (A paragraph indented as a whole is nested under what is above it, a story's
    // part: "Ownership:" there is a remark on the part, not a section's title.)
    (start..end).any(|j| !lines[j].starts_with([' ', '\t']))
        && (start..end)
            .filter(|&j| text_under(j) && is_name(lines[j]))
            .count()
            >= 2
}

/// Whether a text is a link to an answer told elsewhere: it opens on a Markdown link
/// (`[Answered](…)`, `[my post](…)`), and what follows it is a remark of a few words
/// that tells nothing done (`in another post, although I'm not sure I'd say it`).
fn links_elsewhere(text: &str) -> bool {
    let text = text.trim();
    let Some(after) = text
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("]("))
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(_, after)| after.trim())
    else {
        return false;
    };
    !after.contains('\n') && after.split_whitespace().count() <= 20 && !tells_events(after)
}

/// Whether a line is a heading marked with `#` to `######` and a space or tab after.
fn hashed_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t'])
}

/// For each line, whether it is a question set alone in emphasis in notes that have
/// no heading at all (`***Tell me about a time when…?***`, `**What is your greatest
/// weakness?**`), a paragraph of its own with text under it: the heading of the answer
/// under it, as a blog post of questions and answers sets them. Read so only when two
/// such lines or more are in the notes.
fn emphasized_questions(lines: &[&str]) -> Vec<bool> {
    let mut asked = vec![false; lines.len()];
    if lines.iter().any(|l| hashed_heading(l)) {
        return asked;
    }
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let candidate = |i: usize| {
        let text = lines[i].trim();
        let marks = text.len() - text.trim_start_matches(['*', '_']).len();
        let inner = text.trim_matches(['*', '_']).trim();
        (1..=3).contains(&marks)
            && text.len() - text.trim_end_matches(['*', '_']).len() == marks
            && !lines[i].starts_with([' ', '\t'])
            && (i == 0 || blank(i - 1))
            && blank(i + 1)
            && !inner.contains(['*', '_'])
            // (`**Q2: How do you…?**` over `**A:**`: a numbered question and its
            // answer's label, read as such already.)
            && !inner
                .strip_prefix(['Q', 'q'])
                .is_some_and(|rest| rest.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with([':', '.', ')']))
            && (is_question(inner) || asks_for_story(inner))
            && lines[i + 1..].iter().any(|l| !l.trim().is_empty())
    };
    let found: Vec<usize> = (0..lines.len()).filter(|&i| candidate(i)).collect();
    if found.len() >= 2 {
        for i in found {
            asked[i] = true;
        }
    }
    asked
}

/// For each line, whether it is the title of a story in plain notes that have no
/// heading at all: a short line first in its paragraph, not indented, no item, no
/// question, no label and no sentence (`Interpersonal Conflict Story`, `Tech failure
/// story #2 maybe:`), with text under it. Read so only when the notes have three such
/// lines or more, each with text before the next, and two of the stretches under them
/// tell what the writer did: the
/// writer's own titles over their stories, which Markdown would read as one more
/// paragraph each.
fn plain_titles(lines: &[&str], set: &PrincipleSet) -> Vec<bool> {
    let mut titles = vec![false; lines.len()];
    let setext = |l: &str| {
        let t = l.trim();
        !t.is_empty()
            && (t.chars().all(|c| c == '=') || t.len() >= 2 && t.chars().all(|c| c == '-'))
    };
    let headed = lines.iter().enumerate().any(|(i, l)| {
        hashed_heading(l)
            || i > 0 && !lines[i - 1].trim().is_empty() && setext(l) && !rule_line(lines[i - 1])
    });
    if headed {
        return titles;
    }
    let candidate = |i: usize| {
        let line = lines[i];
        let text = line.trim();
        let words = text.split_whitespace().count();
        let first = i == 0 || lines[i - 1].trim().is_empty() || rule_line(lines[i - 1]);
        let under = lines
            .get(i + 1..)
            .and_then(|rest| rest.iter().find(|l| !l.trim().is_empty()));
        first
            && (1..=10).contains(&words)
            && !line.starts_with([' ', '\t'])
            && item_body(text).is_none()
            && text.starts_with(char::is_alphanumeric)
            && !text.ends_with(['.', '!', '?', ',', ';'])
            && !is_question(&bare_question(text))
            && split_label(text).is_none()
            && classify(text, set).is_none()
            && !rule_line(text)
            && under.is_some_and(|next| !rule_line(next))
            && !answers_question_above(lines, i)
            && !leads_in_as_i(text)
    };
    let marked: Vec<usize> = (0..lines.len()).filter(|&i| candidate(i)).collect();
    // (Each with text of its own before the next: a name over a title, `Sandra
    // Burns` over `Leadership Principle Worksheet`, is a page's heading block.)
    let bare = marked.windows(2).any(|pair| {
        lines[pair[0] + 1..pair[1]]
            .iter()
            .all(|l| l.trim().is_empty())
    });
    if marked.len() < 3 || bare {
        return titles;
    }
    // What each title's stretch tells, up to the next title.
    let told = marked
        .iter()
        .enumerate()
        .filter(|&(k, &i)| {
            let end = marked.get(k + 1).copied().unwrap_or(lines.len());
            first_person_events(&lines[i + 1..end].join("\n")) >= 2
        })
        .count();
    if told >= 2 {
        for i in marked {
            titles[i] = true;
        }
    }
    titles
}

/// Whether the paragraph right above line `i` is a question alone on its line (`Think
/// Big Question: “Tell me about a bold idea.”` over `Caching in service`): the short
/// line is its answer, a reminder of the story to tell, not a title over what follows.
pub(super) fn answers_question_above(lines: &[&str], i: usize) -> bool {
    let Some(above) = (0..i).rev().find(|&j| !lines[j].trim().is_empty()) else {
        return false;
    };
    let alone = above == 0 || lines[above - 1].trim().is_empty();
    let asked = lines[above].trim();
    alone
        && (is_question(&bare_question(asked))
            || asked
                .split_once(':')
                .is_some_and(|(_, rest)| is_question(outer_quotes_off(rest).trim())))
}

/// Whether a short line is a sentence of the writer's leading in to what follows (`How
/// I analyze risk:`, `So I carefully analyzed the situation:`): "I" among its words and
/// a colon at its end. A title names; it does not say what the writer did.
pub(super) fn leads_in_as_i(text: &str) -> bool {
    text.ends_with(':') && text.split_whitespace().any(|w| w == "I")
}

/// Whether a line is a label alone, as a heading flattened to text is: a word or three,
/// starting with a letter, no sentence's end, no label's colon, not an item.
fn label_alone(line: &str) -> bool {
    let text = line.trim();
    let words = text.split_whitespace().count();
    (1..=3).contains(&words)
        && text.starts_with(char::is_alphabetic)
        && !text.ends_with(['.', '!', '?', ':', ',', ';'])
        && !line.starts_with([' ', '\t'])
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '\'' || c == '&')
}

/// Whether a line is indented four spaces or more for the eye, in notes that use no
/// code fence: a line of prose (words, none of code's marks), not nested under a
/// list's item (`above`, the nearest line over it indented less), where Markdown would
/// read an indented code block.
fn layout_indent(line: &str, above: Option<&str>) -> bool {
    let text = line.trim();
    let code = |t: &str| t.contains(['{', '}', ';', '=', '<', '>', '$', '`', '#', '|']);
    if !indented(line)
        || !text.starts_with(char::is_alphanumeric)
        || text.split_whitespace().count() < 2
        || code(text)
    {
        return false;
    }
    let item = |t: &str| item_body(t).is_some_and(|rest| rest.starts_with([' ', '\t']));
    above.is_none_or(|above| !item(above))
}

/// Whether a line is indented as Markdown's code is: a tab, or four spaces or more.
fn indented(line: &str) -> bool {
    line.starts_with('\t') || line.len() - line.trim_start().len() >= 4
}

/// Whether lines `start..=end` are names, a line each (`Document Database`,
/// `LADI?`): every one, or two in three of three lines or more, the others short
/// reminders of what was done (`Generated technical specifications from docblocks`).
fn names_a_line(lines: &[&str], start: usize, end: usize) -> bool {
    let said: Vec<&str> = (start..=end)
        .filter_map(|n| lines.get(n - 1).copied())
        .collect();
    said.len() == end + 1 - start && names_each(&said)
}

/// The reminders of stories typed a line each with no marker, under a question that
/// asks for a story (`agent report assumption mistake`, `violating process for
/// urgency, when i fixed a bug…`, `committing to tighter deadlines`): two to six lines,
/// each a reminder in shorthand (see [`shorthand_reminder`]), none going on from the
/// line before (opening with "and", "so", "this"…, or the line before ending on a comma
/// or "the"), and most not opening on a deed, as the steps of one telling do ("Missed
/// the deadline", "Told my manager") — unless every line opens alike ("I invented…",
/// "I invented…"), a list; and most not written as sentences, begun in capitals and
/// ended with a full stop. A line opening with a comma (`, research issue.`) is more
/// of the line above. Each reminder with the index in `said` of the line it opens on;
/// `None` when the lines are one answer.
pub(super) fn reminder_lines(said: &[&str]) -> Option<Vec<(usize, String)>> {
    const GOES_ON: &[&str] = &[
        "and", "but", "or", "so", "this", "that", "these", "those", "it", "its", "then", "also",
        "because", "which", "if", "as", "when", "while", "though", "although", "however",
    ];
    const OPEN_ENDED: &[&str] = &[
        "and", "or", "but", "so", "to", "the", "a", "an", "of", "in", "with", "for", "because",
        "that",
    ];
    let mut at: Vec<usize> = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    for (i, line) in said.iter().map(|l| l.trim()).enumerate() {
        match lines.last_mut() {
            _ if line.is_empty() => {}
            Some(above) if line.starts_with([',', ';']) => {
                above.push(' ');
                above.push_str(line);
            }
            _ => {
                at.push(i);
                lines.push(line.to_string());
            }
        }
    }
    // (Two words at least: `case 1` over a story counts it, and reminds of nothing.)
    let plain = |l: &String| {
        !l.starts_with(['-', '*', '+', '>', '#', '|'])
            && item_body(l).is_none()
            && words_of(l)
                .iter()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 2
    };
    if !(2..=6).contains(&lines.len()) || !lines.iter().all(plain) {
        return None;
    }
    let goes_on = lines.iter().skip(1).any(|l| {
        words_of(l)
            .first()
            .is_some_and(|w| GOES_ON.contains(&w.as_str()))
    });
    let open_ended = lines[..lines.len() - 1].iter().any(|l| {
        l.ends_with([',', ';', ':', '-'])
            || words_of(l)
                .last()
                .is_some_and(|w| OPEN_ENDED.contains(&w.as_str()))
    });
    // (A line that says what is, "assumptions are dangerous", "initiatives matter a
    // lot", and tells nothing done: the writer's view, and the lines one answer.)
    let view = |l: &str| {
        let words = words_of(l);
        !words.iter().any(|w| past(w))
            && words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "is" | "are" | "am" | "i'm" | "should" | "must" | "matter" | "matters"
                )
            })
    };
    let opener = |l: &str| words_of(l).into_iter().take(2).collect::<Vec<_>>();
    let first = opener(&lines[0]);
    let alike = first.len() == 2 && lines.iter().all(|l| opener(l) == first);
    let steps = lines.iter().filter(|l| opens_on_deed(l)).count();
    // (Sentences, each begun in capitals and ended with a full stop, tell one answer a
    // line at a time: "Our release broke checkout.", "I rolled it back.")
    let sentences = lines
        .iter()
        .filter(|l| l.starts_with(char::is_uppercase) && l.ends_with(['.', '!', '?']))
        .count();
    (!goes_on
        && !open_ended
        && (alike || sentences * 2 <= lines.len() && steps * 2 <= lines.len())
        && lines
            .iter()
            .all(|l| split_label(l).is_none() && !view(l) && shorthand_reminder(l)))
    .then(|| at.into_iter().zip(lines).collect())
}

/// Stories typed a line each with no list marker: names (see [`names_each`]) or
/// reminders in shorthand (see [`reminder_lines`]), each with the index in `said` of
/// the line it opens on.
fn typed_stories(said: &[&str]) -> Option<Vec<(usize, String)>> {
    reminder_lines(said).or_else(|| {
        names_each(said).then(|| {
            (said.iter().enumerate())
                .map(|(i, l)| {
                    let name = l.trim().trim_start_matches(['-', '*', '+', '•']).trim();
                    (i, name.to_string())
                })
                .collect()
        })
    })
}

/// Whether lines are names, a line each (see [`names_a_line`]).
fn names_each(said: &[&str]) -> bool {
    let names = said.iter().filter(|l| name_line(l)).count();
    !said.is_empty()
        && (names == said.len()
            || said.len() >= 3
                && names * 3 >= said.len() * 2
                && said.iter().all(|l| {
                    name_line(l)
                        || one_line_reminder(l)
                            && !l.trim_start().starts_with(['-', '*', '+', '>', '#', '|'])
                            && !words_of(l).iter().any(|w| writers_word(w))
                }))
}

/// An HTML block that tells a story's parts (`<h3>Situation</h3>` over `<p>…</p>`),
/// as text: each heading that is a part's label on a line of its own with a colon
/// after it, the paragraphs' tags taken off. `None` when no heading in it is a part's
/// label, or it holds other markup than headings and paragraphs around the text.
fn html_parts(html: &str) -> Option<String> {
    let mut out = String::new();
    let mut labelled = false;
    for line in html.lines() {
        let mut rest = line.trim();
        let mut kept = String::new();
        while let Some(open) = rest.find('<') {
            kept.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('>')?;
            let tag = after[..close]
                .trim()
                .trim_start_matches('/')
                .to_ascii_lowercase();
            let heading = tag.len() == 2
                && tag.starts_with('h')
                && tag[1..].parse::<u8>().is_ok_and(|n| (1..=6).contains(&n));
            if !(heading || tag == "p") {
                return None;
            }
            if heading && after.starts_with(|c: char| c != '/') {
                // The heading's text, up to its closing tag on the same line.
                let inner_end = after[close + 1..].to_ascii_lowercase().find("</h")?;
                let inner = after[close + 1..close + 1 + inner_end].trim();
                let label = format!("{}:", inner.trim_end_matches(':').trim());
                if !matches!(split_label(&label), Some((Label::Part(_), _))) {
                    return None;
                }
                labelled = true;
                kept.push_str(&label);
                let past = &after[close + 1 + inner_end..];
                rest = past.find('>').map_or("", |gt| &past[gt + 1..]);
                continue;
            }
            rest = &after[close + 1..];
        }
        kept.push_str(rest);
        out.push_str(kept.trim());
        out.push('\n');
    }
    labelled.then_some(out)
}

/// Whether an HTML block is only rules and line breaks (`<hr/>`, `<hr>`, `<br />`):
/// layout, no words of the writer's.
fn html_rule(html: &str) -> bool {
    let mut rest = html.trim();
    let mut any = false;
    while !rest.is_empty() {
        let Some(tag) = rest.strip_prefix('<').and_then(|r| r.split_once('>')) else {
            return false;
        };
        let name = tag
            .0
            .trim()
            .trim_end_matches('/')
            .trim()
            .to_ascii_lowercase();
        if !matches!(name.as_str(), "hr" | "br") {
            return false;
        }
        any = true;
        rest = tag.1.trim_start();
    }
    any
}

/// Whether a heading names what a story or a project does not show or cover: `Honest
/// Limitation`, `Limitations`, `Caveats`, `Known gaps`.
fn names_limits(heading: &str) -> bool {
    plain_words(heading).last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "limitation" | "limitations" | "caveat" | "caveats" | "gaps"
        )
    })
}

/// Whether every list item of a text opens on a question in bold (`- **Why JPA?**
/// entity-centred design…`), two items or more.
fn items_open_on_questions(text: &str) -> bool {
    let items: Vec<&str> = text
        .lines()
        .filter_map(|l| item_body(l.trim_start()))
        .map(str::trim)
        .collect();
    items.len() >= 2
        && items.iter().all(|body| {
            body.strip_prefix("**")
                .and_then(|rest| rest.split_once("**"))
                .is_some_and(|(asked, _)| asked.trim_end().ends_with(['?', '？']))
        })
}

/// Whether a text is a list of three points or more, each item opening on a bold label
/// (`- **Architecture:** Active-passive across two regions.`), and nothing else.
fn labelled_points(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.len() >= 3
        && lines
            .iter()
            .all(|l| item_body(l.trim_start()).is_some_and(|body| labelled_line(body.trim())))
}

/// Whether a line is a bold label with text after it (`**Role:** Context manager`).
fn labelled_line(line: &str) -> bool {
    bold_label(line, false).is_some_and(|(_, after)| !after.trim().is_empty())
}

/// Whether a text is a note of what is still to write, after any lines that only
/// label (`**Role:** Context manager`): each of its other paragraphs opens on "TODO" or
/// "TBD" and a colon or dash (`TODO: the blowup reproduced, the guardrail, the
/// metric… Not yet started`). What it lists is what the story will hold, not what
/// happened.
fn to_do_note(text: &str) -> bool {
    let mut notes = 0;
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if paragraph.lines().all(|l| labelled_line(l.trim())) {
            continue;
        }
        let body = strip_marker(paragraph);
        let lower = body.trim_start_matches(['*', '_']).to_lowercase();
        let rest = ["todo", "tbd", "to do"]
            .iter()
            .find_map(|mark| lower.strip_prefix(mark));
        if !rest.is_some_and(|r| {
            r.trim_start_matches(['*', '_'])
                .trim_start()
                .starts_with([':', '—', '–', '-'])
        }) {
            return false;
        }
        notes += 1;
    }
    notes > 0
}

/// Whether a line is a rule drawn across the notes: three or more dashes, stars,
/// underscores, long dashes or box-drawing lines and nothing else (`-----`, `— — — —`,
/// `═════`).
fn rule_line(line: &str) -> bool {
    let marks = line.chars().filter(|c| !c.is_whitespace()).count();
    marks >= 3
        && line.chars().all(|c| {
            c.is_whitespace() || matches!(c, '-' | '*' | '_' | '—' | '–' | '═' | '─' | '━')
        })
}

/// What a line of plain notes is in a heading drawn with rules.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Drawn<'l> {
    No,
    /// A rule drawn over or under a title: layout.
    Rule,
    /// A title, this many levels below the heading over it (at least the first).
    Title(usize, &'l str),
}

/// For each line, its place in a heading that plain notes draw with rules, as text
/// pasted from a file or a chat keeps them: a short line between two rules of one
/// character (`═══════` / `STORY 1: THE OUTAGE` / `═══════`) is a title; a short line
/// set between runs of one dash (`── SITUATION ──`, `== Result ==`) is a title one
/// level below. Notes that write no such title keep every line as it is.
fn drawn_headings<'l>(lines: &[&'l str]) -> Vec<Drawn<'l>> {
    let mut drawn = vec![Drawn::No; lines.len()];
    // A rule, and the one character it is drawn with.
    let rule = |l: &str| {
        let t = l.trim();
        let c = t.chars().next()?;
        (t.chars().count() >= 3
            && matches!(c, '═' | '─' | '━' | '=' | '-' | '*' | '_' | '~')
            && t.chars().all(|d| d == c))
        .then_some(c)
    };
    let short = |t: &str| {
        let words = t.split_whitespace().count();
        (1..=15).contains(&words) && t.chars().any(char::is_alphanumeric)
    };
    for i in 1..lines.len().saturating_sub(1) {
        let title = lines[i].trim();
        if let Some(c) = rule(lines[i - 1])
            && rule(lines[i + 1]) == Some(c)
            && rule(title).is_none()
            && short(title)
            && heading_line(title).is_none()
        {
            drawn[i - 1] = Drawn::Rule;
            drawn[i + 1] = Drawn::Rule;
            drawn[i] = Drawn::Title(1, title);
        }
    }
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        let Some(c) = t
            .chars()
            .next()
            .filter(|c| matches!(c, '═' | '─' | '━' | '=' | '-' | '~'))
        else {
            continue;
        };
        let open = t.chars().take_while(|&d| d == c).count();
        let close = t.chars().rev().take_while(|&d| d == c).count();
        let inner = t.trim_start_matches(c).trim_end_matches(c);
        if drawn[i] == Drawn::No
            && open >= 2
            && close >= 2
            && inner.starts_with([' ', '\t'])
            && inner.ends_with([' ', '\t'])
            && short(inner.trim())
            && !inner.contains(c)
        {
            drawn[i] = Drawn::Title(2, inner.trim());
        }
    }
    drawn
}

/// Whether line `i` is an indented numbered item under a line of text in the same
/// paragraph (`Leaders start with the customer…` then `\t1. Dynamic Callback`): a list
/// the writer indented, which Markdown would read as more of the sentence above. The
/// first item must be numbered 1, or follow such an item.
fn indented_item(lines: &[&str], i: usize) -> bool {
    let numbered = |l: &str| {
        let t = l.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
            && t[digits..].starts_with(['.', ')'])
            && t[digits + 1..].starts_with([' ', '\t'])
    };
    let line = lines[i];
    if !line.starts_with([' ', '\t']) || !numbered(line) || i == 0 {
        return false;
    }
    let above = lines[i - 1];
    if above.trim().is_empty() {
        return false;
    }
    if numbered(above) {
        return above.starts_with([' ', '\t']) && indented_item(lines, i - 1);
    }
    let plain = !above.starts_with([' ', '\t'])
        && !above
            .trim_start()
            .starts_with(['-', '*', '+', '>', '|', '#', '`']);
    plain && line.trim_start().starts_with("1")
}

/// The words of a line set wholly in bold (`**Miss deadline**`), not a label's
/// (`**Result:**`) nor one with more after its closing marks.
fn whole_bold(line: &str) -> Option<&str> {
    let t = line.trim();
    let inner = t.strip_prefix("**")?.strip_suffix("**")?.trim();
    (!inner.is_empty() && !inner.contains("**") && !inner.ends_with(':')).then_some(inner)
}

/// The one list among a region's blocks, when the others are a paragraph or two
/// leading to it (three blocks at most).
fn led_list<'n>(blocks: &[&'n AstNode<'n>]) -> Option<&'n AstNode<'n>> {
    let mut lists = blocks
        .iter()
        .filter(|n| matches!(n.data().value, NodeValue::List(_)));
    let list = *lists.next()?;
    (lists.next().is_none()
        && blocks.len() <= 3
        && blocks
            .iter()
            .all(|n| std::ptr::eq(*n, list) || matches!(n.data().value, NodeValue::Paragraph)))
    .then_some(list)
}

/// An item that opens with a principle's name, plain, then a dash or a colon and what
/// the writer notes for it (`Customer Obsession - BIP Reports`, `Dive Deep: tweaking
/// the kernel`), maybe nothing yet (`Frugality - `): the principle, and the rest.
fn named_reminder<'t>(item: &'t str, set: &PrincipleSet) -> Option<(String, &'t str)> {
    let item = item.trim();
    let (name, rest) = [" - ", " – ", " — ", ": "]
        .iter()
        .filter_map(|sep| item.split_once(sep))
        .min_by_key(|(name, _)| name.len())
        .or_else(|| {
            // (`Strive to be earth's best employer -`: the dash ends the line.)
            let name = item.strip_suffix(['-', '–', '—', ':'])?;
            Some((name, ""))
        })?;
    // (The name as a heading would be read: "Deliver Result", "Insist on Highest
    // Standard", a letter or two wrong, are still the principle's.)
    let p = heading_principle(name.trim(), set)?;
    Some((p.id.clone(), rest.trim()))
}

/// An item that opens with the principles it shows in bold and then tells its story:
/// `**Dive Deep**: *Leases weren't enough.* While designing…`, `**Ownership / Are
/// Right, A Lot**: The resume numbers…`. The principles, in order, and the rest.
fn principle_item<'t>(item: &'t str, set: &PrincipleSet) -> Option<(Vec<String>, &'t str)> {
    let inner = item.trim_start().strip_prefix("**")?;
    let (names, after) = inner.split_once("**")?;
    let after = after.trim_start();
    let rest = after
        .strip_prefix(':')
        .or_else(|| after.strip_prefix('—'))
        .or_else(|| after.strip_prefix('–'))
        .or_else(|| names.trim_end().ends_with(':').then_some(after))?
        .trim_start();
    let names = names.trim().trim_end_matches(':').trim();
    let mut ids = Vec::new();
    for piece in names.split(['/', '&', '+', ';']).map(str::trim) {
        let p = set.resolve(piece)?;
        if !ids.contains(&p.id) {
            ids.push(p.id.clone());
        }
    }
    (!ids.is_empty() && rest.split_whitespace().count() >= 4).then_some((ids, rest))
}

/// Whether line `i` opens a principle's section in capitals, its question after a colon
/// or nothing (`HIRE AND DEVELOP THE BEST: Tell me about a time…`, `FRUGALITY:`), after
/// a blank line: a heading in all but its marks.
fn capital_principle(lines: &[&str], i: usize, set: &PrincipleSet) -> bool {
    let line = lines[i];
    if line.starts_with([' ', '\t', '#', '-', '*', '+', '>', '|'])
        || i > 0 && !lines[i - 1].trim().is_empty()
    {
        return false;
    }
    let Some((head, rest)) = line.split_once([':', '：']) else {
        return false;
    };
    let letters: Vec<char> = head.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4
        && letters.iter().all(|c| c.is_uppercase())
        && (rest.trim().is_empty() || is_question(rest.trim()))
        && set.resolve(head.trim()).is_some()
}

/// For each line, whether it is a bullet indented as code would be (four spaces or a
/// tab), in a run of such bullets at one indentation right under a line of plain text:
/// the list its writer typed under that line. One pass over the lines.
/// In notes with no code fence, so too right under a heading (`### Think big` over
/// `    - S: …`, `    - T: …`), the run going on past blank lines and past lines
/// indented as deep or deeper (a comment, an item's second line) to the next bullet at
/// its indentation: the writer's list, not code.
fn indented_bullets(lines: &[&str], fenced: bool) -> Vec<bool> {
    let bullet = |l: &str| {
        indented(l)
            && l.trim_start()
                .strip_prefix(['-', '*', '+'])
                .is_some_and(|rest| rest.starts_with([' ', '\t']))
    };
    let depth = |l: &str| l.len() - l.trim_start().len();
    let plain = |l: &str| {
        !l.trim().is_empty()
            && !l.starts_with([' ', '\t'])
            && !l
                .trim_start()
                .starts_with(['-', '*', '+', '>', '|', '#', '`'])
            && !l.trim_start().starts_with(|c: char| c.is_ascii_digit())
    };
    let mut out = vec![false; lines.len()];
    // The indentation of the run under a heading, while it goes on.
    let mut run: Option<usize> = None;
    for i in 0..lines.len() {
        let line = lines[i];
        if let Some(at) = run {
            if bullet(line) && depth(line) == at {
                out[i] = true;
                continue;
            }
            if line.trim().is_empty() || depth(line) >= at {
                continue;
            }
            run = None;
        }
        if !bullet(line) || i == 0 {
            continue;
        }
        let above = lines[i - 1];
        out[i] = plain(above) || out[i - 1] && bullet(above) && depth(above) == depth(line);
        if !fenced && heading_line(above).is_some() && !above.starts_with([' ', '\t']) {
            out[i] = true;
            run = Some(depth(line));
        }
    }
    out
}

/// The open principle section.
struct Section {
    principle: String,
    level: u8,
    /// Whether a sub-heading or thematic break has structured the section.
    structured: bool,
    /// Whether the section's first block has been seen (for the description rule).
    started: bool,
    /// The section is a list of one-paragraph notes (its description was skipped).
    notes_mode: bool,
    /// The block just read was the section's description (a quote after it is more
    /// of it: its translation, or a second quotation of it).
    after_description: bool,
    /// Its principle was guessed from its words (nothing named one): each draft in it
    /// must tell a story of its own to be kept.
    guessed: bool,
    /// Its principle was guessed, whether or not the writer called it a story.
    principle_guessed: bool,
    /// What the report says of the guess, once a draft is linked to it.
    guess_warning: Option<String>,
    /// More principles its heading names (`## Customer Obsession / Ownership`), linked
    /// to each of its stories after the section's own.
    also: Vec<String>,
    /// The name of its first story, from a heading just above the principles' heading
    /// (`## Story 1 - SBB delivery` over `## Customer Obsession / Ownership`).
    title: Option<String>,
    /// The question its heading asks, when it asks one: each story named under it
    /// (`**a) …**`, `**b) …**`) answers it.
    asks: Option<String>,
    /// The notes' first heading names a principle and one story (`# Invent and
    /// Simplify: ImagenTime — …`): the sub-headings under it are that story's sections,
    /// not stories of their own.
    one_story: bool,
    /// Opened by the title of a story's card (see [`card`]): every heading under it
    /// is one of its sections, one naming a principle too.
    card: bool,
    /// Its stories are named one after another, each with its own line of principles:
    /// a story started in it takes none from the section.
    own_names: bool,
}

impl Section {
    /// A section of `principle` opened by a heading of `level`, nothing read under it
    /// yet and nothing guessed.
    fn opened(principle: String, level: u8) -> Section {
        Section {
            principle,
            level,
            structured: false,
            started: false,
            notes_mode: false,
            after_description: false,
            guessed: false,
            principle_guessed: false,
            guess_warning: None,
            also: Vec::new(),
            title: None,
            asks: None,
            one_story: false,
            card: false,
            own_names: false,
        }
    }

    /// A section whose stories each name their own principles (in a region that names
    /// none): `principle` only holds the place.
    fn own_names(principle: String, level: u8) -> Section {
        Section {
            own_names: true,
            ..Section::opened(principle, level)
        }
    }
}

/// A draft being built.
struct Building {
    draft: Draft,
    field: Field,
    /// Whether any STAR label was seen.
    labelled: bool,
    /// Inside a follow-up: its index, and the heading level that opened it.
    followup: Option<(usize, u8)>,
    /// The lines of the questions listed after the story's last part, no label over
    /// them (they are the last of its questions). If the next story starts right after
    /// them, they head it; if an empty template follows, they are the person's own.
    trailing: Vec<(usize, usize)>,
    /// The tellings of the story its headings have named ("STAR Answer", "Spoken
    /// version"), folded: the same one again starts the next story.
    forms: Vec<String>,
    /// Under the heading of another telling of a story whose parts are written
    /// (`### Screen version` told, then `### Technical STAR`): the parts labelled again
    /// are that story's, said again, and kept in its notes as written.
    retelling: bool,
    /// The story its heading says it retells (`(voir Bias for Action A)`): the
    /// principle and the marker, to report the two as likely duplicates.
    refers: Option<(String, String)>,
    /// Opened by a paragraph that starts with its question: the narrative paragraphs
    /// under it go on with the answer, and anything else (a list, a label) ends it.
    open_answer: bool,
    /// Under a label over the story's follow-ups (`Likely follow-ups:`): the questions
    /// listed there, with their answers, are its notes, not stories of their own.
    under_followups: bool,
    /// Under a card's section of where its facts come from (`## Fact provenance`,
    /// `## Sources`): notes, whatever labels its lines open with (`- Result: … →
    /// STORY 4`).
    under_sources: bool,
    /// Under a question the notes fit to the story (`#### Q0: "…" → Score: 98`): a
    /// part's label starts no part, it names the evidence for the fit.
    under_fit: bool,
    /// Under a heading over questions fit to the story (`### Proposed Mappings:`):
    /// each numbered question in quotation marks is the story's.
    fitting: bool,
    /// In a file of one story, the level of the heading that named the part being
    /// read (`## 11. Results`): a deeper heading goes on with that part.
    part_level: Option<u8>,
    /// Under a label that names a telling of the story (`**Script:**`, `**Deliver it
    /// like this:**`): what is quoted after it is the writer's words as said aloud.
    told_aloud: bool,
    /// Named as one of the stories a heading groups (`**Option A — NAME:**` under
    /// `### Story 3`): the heading's questions, which the next one answers too.
    group: Option<Vec<String>>,
    /// Named by its writer with a label (`**Story: NAME**`): a list right under the
    /// name is the story's own, not a list of notes.
    named: bool,
    /// The level of the heading that named the story, when one did: a deeper heading
    /// that labels a part (`#### Situation:`) goes on with it.
    level: Option<u8>,
    /// The questions asked above the story before any of its parts: a second story told
    /// right after it, its labels starting again, answers them too.
    asked_above: Vec<String>,
    /// The questions of the exchanges that rehearse the story after it is told (see
    /// `rehearsed`): asked after it, a follow-up among them ("Why did that matter?")
    /// says nothing of whether it is a story.
    rehearsed: Vec<String>,
}

impl Building {
    /// Notes a heading naming a telling of the story (`folded`, as [`answer_form`]
    /// reads it): another telling of a story whose parts are written is that story
    /// said again (see `retelling`); the same telling again is not.
    fn tells_again(&mut self, folded: String) {
        self.retelling =
            !self.forms.contains(&folded) && self.draft.story.written_parts().next().is_some();
        self.forms.push(folded);
    }

    /// Notes the lines of questions just listed after the story's parts, unless a
    /// label over them says they are the story's (`Sample questions:`).
    fn trail(&mut self, lines: impl Iterator<Item = (usize, usize)>) {
        // (Once a question heads the next story, `Q: …` after this one's Result, the
        // questions under a label after it, `**Use for:**`, wait with it.)
        if self.field != Field::Questions || !self.trailing.is_empty() {
            self.trailing.extend(lines);
        }
    }

    /// Adds questions (with the lines they were read at) to those the story answers.
    fn answers(&mut self, questions: Vec<(String, (usize, usize))>) {
        self.draft
            .story
            .questions
            .extend(questions.into_iter().map(|(q, _)| q));
    }

    /// Takes back the trailing questions, with their lines; the story now ends above
    /// the first of them.
    fn untrail(&mut self) -> Vec<(String, (usize, usize))> {
        let lines = std::mem::take(&mut self.trailing);
        let Some(&(first, _)) = lines.first() else {
            return Vec::new();
        };
        let questions = &mut self.draft.story.questions;
        let asked = questions.split_off(questions.len().saturating_sub(lines.len()));
        self.draft.lines.1 = first.saturating_sub(1).max(self.draft.lines.0);
        asked.into_iter().zip(lines).collect()
    }
}

/// A question whose answer names the stories that answer it, told elsewhere in the
/// notes (`**Primary:** \`Census Pipeline\``, `**Backup:** …`).
struct Pointed {
    /// The principle it was asked under; none in notes that name none.
    principle: Option<String>,
    questions: Vec<String>,
    /// The stories' names, the first named first.
    names: Vec<String>,
    skipped: Skipped,
}

/// A list item that names the kind of story under it (`- Challenge:`, `- Team
/// Disagreement:`; see [`Importer::themed_items`]): the label's line and words, and
/// the lines of each reminder under it.
struct ThemedItem {
    line: usize,
    label: String,
    reminders: Vec<(usize, usize)>,
}

/// A list item that names a story and, after a dash, the principles it shows (see
/// [`Importer::dashed_items`]).
struct DashedItem {
    line: usize,
    name: String,
    /// What follows the dash, as written.
    rest: String,
    principles: Vec<String>,
}

/// A list item that names a story and, on the lines right under its name, the
/// principles it shows (see [`Importer::tagged_items`]).
struct TaggedItem {
    /// The line of its name, and the name.
    name: (usize, String),
    /// The lines that name its principles, and the principles, the first its primary.
    tags: ((usize, usize), Vec<String>),
    /// The last line of what the item says.
    end: usize,
}

/// A `see Bias for Action A` reference, resolved once every section is read.
struct Reference {
    from: String,
    to: String,
    marker: String,
    /// The questions it answers (`Prompt: …` above `See Invent and Simplify`).
    questions: Vec<String>,
    skipped: Skipped,
}

/// A question heading over the stories under the deeper headings below it (see
/// `Importer::asked_above`).
struct AskedAbove {
    question: String,
    lines: (usize, usize),
    level: u8,
    /// Whether a story under it has taken it: it is then no longer the person's own.
    answered: bool,
    /// Asked of the story under the next heading at its own level, which names a story
    /// (`### 4) "Tell me about a time…"` over `### STAR Story #1 — NAME`).
    beside: bool,
}

struct Importer<'s, 'l, 'a> {
    set: &'s PrincipleSet,
    /// The principle the file's name names, if any: the one a story naming none is
    /// linked to.
    named: Option<&'s crate::model::Principle>,
    lines: &'l [&'l str],
    /// Where `lines` come from in the notes.
    origin: &'l Origin,
    plan: ImportPlan,
    section: Option<Section>,
    /// The heading (text, level, lines) of a region that names no principle.
    outside: Option<(String, u8, (usize, usize))>,
    /// `lp find`'s ranking of the principles, for a story that names none: made when
    /// the first such story is read.
    ranking: std::cell::OnceCell<crate::find::Index<'s>>,
    /// The words of the last draft made (by how many drafts there were then), so that
    /// each section after a long story is held against it without reading it again.
    above: std::cell::RefCell<WordsAbove>,
    /// The level of the heading each story under a heading starts at, by its first
    /// line.
    levels: rustc_hash::FxHashMap<usize, u8>,
    /// Whether the notes give their reader advice anywhere (see `advises`).
    advice: std::cell::OnceCell<bool>,
    /// Whether the notes say their answers are made from the reader's own experience.
    for_reader: std::cell::OnceCell<bool>,
    /// Whether the writer names a story of their own with the word "story".
    own_story: std::cell::OnceCell<bool>,
    /// Whether two or more lines of the notes are questions wholly in bold (see
    /// `bold_prompts`).
    bold_questions: std::cell::OnceCell<bool>,
    /// Whether the writer tells their stories in English, not in the script of the
    /// notes' other passages (see `tells_in_latin`).
    latin_stories: std::cell::OnceCell<bool>,
    /// Whether the notes leave slots in braces (`{principle}`), as a prompt or a form
    /// does: see [`braced_slot`].
    slotted: std::cell::OnceCell<bool>,
    /// The labels that open list items three times or more (`- Focus on: …` under
    /// each question): a guide's fields (see [`repeated_item_labels`]).
    item_fields: std::cell::OnceCell<rustc_hash::FxHashSet<String>>,
    /// For each line, the number of the nearest heading at or above it (see
    /// `heading_before`).
    headings_above: std::cell::OnceCell<Vec<Option<usize>>>,
    /// Every heading outside code (1-based line, level, whether it names a story's
    /// part), read once: see `between_part_headings`.
    part_headings: std::cell::OnceCell<Vec<(usize, usize, Option<Part>)>>,
    /// For each line, the index of the first line at or after it that is not blank
    /// (see `section_opening`).
    next_said: std::cell::OnceCell<Vec<usize>>,
    /// Whether the notes say a model wrote them, not from the reader's own experience
    /// (see [`Importer::generated`]).
    generated: std::cell::OnceCell<bool>,
    /// For each line (from 0), whether a line above it introduces the writer and
    /// whether a line at or below it signs off, no heading between (see
    /// [`Importer::within_self_introduction`]).
    introduced: std::cell::OnceCell<(Vec<bool>, Vec<bool>)>,
    /// Whether the notes open by saying they are a prompt for a chat assistant (see
    /// [`Importer::a_prompt`]).
    prompt: std::cell::OnceCell<bool>,
    /// The first line that says the story after it is made up (see `says_invented`).
    invented: std::cell::OnceCell<Option<usize>>,
    /// Whether the region opened at a line is a story told in sections (see
    /// `told_in_sections`), for the region read last.
    sectioned: std::cell::Cell<Option<(usize, bool)>>,
    /// Set by `not_a_story` when the draft it let through is an answer about the
    /// writer in general kept only for the example it sets apart (see
    /// `example_only`).
    example_in_general: std::cell::Cell<bool>,
    /// The notes are a page its front matter says is written for its readers (see
    /// `FrontMatter::for_readers`): what is answered in it is a guide's samples.
    page_for_readers: bool,
    /// The notes open as a lesson does, with what their reader will learn (see
    /// [`lesson_page`]): what is answered in them is the lesson's samples.
    lesson: bool,
    /// Whether a heading of the notes names a template (see
    /// [`Importer::template_heading`]).
    templates_headed: std::cell::OnceCell<bool>,
    /// For each line, whether a heading it is under says it holds follow-up questions
    /// (see [`Importer::under_followups`]), found once.
    followups_over: std::cell::OnceCell<Vec<bool>>,
    /// The first lines of the drafts made from the writer's reminders under a question
    /// (see [`Importer::reminder_draft`]): each names an occasion, in shorthand.
    reminded: rustc_hash::FxHashSet<usize>,
    /// The levels of the headings that say they head a story (see
    /// [`Importer::story_levels`]).
    story_levels: std::cell::OnceCell<Vec<usize>>,
    /// The principle the notes open by describing, before any heading (see
    /// [`Importer::opening_principle`]).
    opening: std::cell::OnceCell<Option<&'s crate::model::Principle>>,
    /// Whether the notes carry principles' descriptions at all (see
    /// [`Importer::carries_descriptions`]).
    describes: std::cell::OnceCell<bool>,
    /// How many principles' sections so far opened with a description read as such,
    /// their stories after it a reminder each.
    described_sections: usize,
    /// Whether the report has said the notes' opening description links their stories.
    opening_said: bool,
    /// Whether the notes say their stories are a guide's templates (see
    /// [`Importer::templates`]).
    templates: std::cell::OnceCell<bool>,
    /// For each line that is a heading, the line of the heading it sits under (the
    /// nearest above of a higher level): made once, when first asked.
    parents: std::cell::OnceCell<Vec<Option<usize>>>,
    /// The numbers the notes' headings give their stories (`## 2 · The outage`).
    numbered: std::cell::OnceCell<rustc_hash::FxHashSet<u32>>,
    /// A story's name over the region of its parts (`## Story A · NAME`, nothing under
    /// it but `### Sample` and the like): (name, level), the title of a story below it.
    parent: Option<(String, u8)>,
    /// The lines and levels of the headings that gave their name to the story below
    /// them (`## История #1: NAME` over its sections): see [`join_named_sections`].
    named_over: Vec<(usize, u8)>,
    /// Whether the block being read is followed by a list of questions, each answered
    /// on its line (`- *"Why not…?"* — Cost.`): a label alone before it is over them.
    over_answers: bool,
    /// A question heading with nothing under it but a deeper heading (`## A time you…`
    /// over `### Annoying trait…`): the question the story below answers.
    asked_above: Option<AskedAbove>,
    /// The blocks of that region, read when it closes: a story of its own when a line
    /// in it (or its heading's remark) names its principles, else skipped.
    pending: Vec<&'a AstNode<'a>>,
    /// The sub-headings of that region: (lines, text).
    sub_headings: Vec<((usize, usize), String)>,
    /// The level of the last of `sub_headings` that is a part's (`## Action`), if any:
    /// a deeper heading after it is a section of that part.
    part_level: Option<u8>,
    /// Questions seen in a section with no answer yet: the next narrative block answers
    /// the last; the others, and any left when the section closes, are the person's
    /// own questions.
    waiting: Vec<(String, (usize, usize))>,
    current: Option<Building>,
    references: Vec<Reference>,
    /// The line of a story's name under a heading that labels it (`## Strong:` over
    /// `Project Catalog`): read as the title, not again as text.
    name_line: Option<usize>,
    /// The line of a numbered item alone that names the story whose labelled parts
    /// follow it in a list of their own (`1. STAR — Billing cutover` over `- Situation:
    /// …`): read as that story's name, as `**1. Billing cutover**` is.
    name_item: Option<usize>,
    /// The labels a guide writes under every principle (`**DCO Context:**`, `**Key
    /// Demonstration Points:**`): see [`guide_fields`].
    fields: Vec<String>,
    /// Questions answered by naming stories of the same notes (`Primary: \`NAME\``):
    /// given to the story named when the drafts are all read.
    pointed: Vec<Pointed>,
    /// The question a story's heading answers, taken from those waiting above it.
    asked: Option<(String, (usize, usize))>,
    /// For each anchor that a principle's list of links points to, those principles in
    /// order (see [`story_index`]).
    index: rustc_hash::FxHashMap<String, Vec<String>>,
    /// The tables whose rows link stories by anchor and name their principles: their
    /// lines and the anchors they link.
    anchor_tables: Vec<((usize, usize), Vec<String>)>,
    /// The anchors of the stories read, that the index linked.
    used_anchors: rustc_hash::FxHashSet<String>,
    /// The last line of the block being read (a story started inside it runs to it).
    block_end: usize,
    /// Drafts whose heading says they retell another story: (the draft's index, the
    /// principle and marker it refers to).
    retold: Vec<(usize, (String, String))>,
    /// The notes are one story's card (see [`card`]): the principles its line of
    /// principles names, in order, and the level of its title's heading.
    card: Option<(Vec<String>, usize)>,
    /// The person notes written about someone are about (see [`subject`]): stories
    /// told of them are theirs.
    subject: Option<String>,
    /// Each word of the drafts' titles, with the drafts whose title has it: a line
    /// naming stories told above is matched against these, not against every draft.
    titled: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// The level of a heading whose sections, deeper than it, are no story of the
    /// writer's: a self-introduction's (`## Self-Introduction`, then `### Previous
    /// Experience`), or a section that says its answers are templates.
    aside_below: Option<(u8, String, &'static str)>,
    /// The lines of headings that gloss the principle heading just above them (see
    /// [`glosses`]).
    glosses: Vec<usize>,
    /// Whether the block just read led in to a list of reminders (`I can talk about`).
    lead_in_above: bool,
    /// The lines of the last list of questions, two or more, that all wait for their
    /// answer (see `questions_first`).
    asked_list: Option<(usize, usize)>,
    /// The draft being built ends on a rehearsed exchange (see `exchanges`): the next
    /// block that is no line of it starts anew.
    exchange: bool,
}

impl<'s, 'a> Importer<'s, '_, 'a> {
    fn block(&mut self, node: &'a AstNode<'a>) {
        if self.outside.is_some() && !matches!(node.data().value, NodeValue::Heading(_)) {
            self.pending.push(node);
            return;
        }
        let (start, end) = span(node);
        let value = node.data().value.clone();
        // (A heading ends an exchange as it ends the answer: as headings do.)
        if matches!(value, NodeValue::Heading(_)) {
            self.exchange = false;
        }
        match value {
            NodeValue::Heading(h) => {
                // `### Customer Obsession ![alt text](image-14.png)`: the picture is no
                // words of the heading; kept with the lines read as structure.
                for image in node.descendants() {
                    if let NodeValue::Image(link) = &image.data().value {
                        self.plan.ignored.push(Skipped {
                            lines: (start, end),
                            reason: "a picture in a heading, no words of it".into(),
                            text: format!("![{}]({})", inline_text(image), link.url),
                        });
                    }
                }
                self.heading(&inline_text(node), h.level, (start, end))
            }
            // `<hr/>` on a line of its own: a rule drawn in HTML, read as `---` is.
            NodeValue::HtmlBlock(ref html) if html_rule(&html.literal) => self.html_rule(node),
            NodeValue::ThematicBreak => self.rule(node),
            // A story's card keeps its references in a `<details>` block: its own.
            NodeValue::HtmlBlock(ref html)
                if self.section.as_ref().is_some_and(|s| !s.card)
                    && details(&html.literal).is_some() =>
            {
                let (opens, summary, closes) = details(&html.literal).expect("checked");
                // The question just before the story is the one it answers.
                let question = opens.then(|| self.waiting.pop()).flatten();
                self.own_waiting();
                if closes && !opens && self.current.is_some() {
                    // The text before `</details>` in the same block (`<h3>Result</h3>`
                    // over `<p>…</p>`, no blank line before the closing tag) is the
                    // story's; the closing tag is structure.
                    let closing = (start..=end)
                        .find(|&n| {
                            self.lines
                                .get(n - 1)
                                .is_some_and(|l| l.to_ascii_lowercase().contains("</details>"))
                        })
                        .unwrap_or(end);
                    let before = (start..closing)
                        .filter_map(|n| self.lines.get(n - 1).copied())
                        .collect::<Vec<_>>()
                        .join("\n");
                    if !before.trim().is_empty() {
                        let text = html_parts(&before).unwrap_or(before);
                        for (line, segment) in segments(&text, start, false, self.set) {
                            self.fill(line, &segment);
                        }
                        self.plan.ignored.push(Skipped {
                            lines: (closing, end),
                            reason: "the closing of a `<details>` block".into(),
                            text: self.source(closing, end, 0),
                        });
                    }
                    // The story runs to its `</details>`: a line naming its principles
                    // just after it is still its own.
                    if let Some(building) = self.current.as_mut() {
                        building.draft.lines.1 = end;
                    }
                }
                self.finish_draft();
                if opens {
                    // `<details><summary>Story: NAME</summary>`: a story of its own,
                    // named by its summary, up to `</details>`. (A summary that names a
                    // telling of the answer, "Full STAR-L answer", names no story: the
                    // story's words give its title.) The opening line is kept with the
                    // lines read as structure.
                    let markup_end = (start + 1..=end)
                        .take_while(|&n| self.lines.get(n - 1).is_some_and(|l| markup(l)))
                        .last()
                        .unwrap_or(start);
                    self.plan.ignored.push(Skipped {
                        lines: (start, markup_end),
                        reason: "the opening of a `<details>` block: its summary names the story"
                            .into(),
                        text: self.source(start, markup_end, 0),
                    });
                    self.start_draft(start);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.draft.lines.1 = end;
                    let (title, remark) = heading_title(&story_heading(&unquote(&summary)));
                    // (A summary that asks, `<b>1. Can you describe a time when…?</b>`,
                    // is the question the story answers; its words give its title.)
                    let asked = bare_question(&title);
                    if is_question(&asked) || asks_for_story(&asked) {
                        building.draft.story.questions.push(asked);
                    } else if !telling_label(&format!("{}:", title.trim())) {
                        building.draft.story.title = short_title(&title);
                    }
                    if let Some(remark) = remark {
                        append(&mut building.draft.story.notes, &remark);
                    }
                    if let Some((question, _)) = question {
                        building.draft.story.questions.push(question);
                    }
                    // Text in the same HTML block after its markup (`<details>` /
                    // `<details>` / `고객 만족도가 가장 중요`, no blank line between): the
                    // story's own, up to a closing tag.
                    // (After the summary, which named the story.)
                    let body_start = (start..=end)
                        .rev()
                        .find(|&n| {
                            self.lines
                                .get(n - 1)
                                .is_some_and(|l| l.to_ascii_lowercase().contains("</summary>"))
                        })
                        .map_or(markup_end, |n| n.max(markup_end))
                        + 1;
                    let body_end = (body_start..=end)
                        .rev()
                        .find(|&n| self.lines.get(n - 1).is_some_and(|l| !markup(l)))
                        .unwrap_or(body_start - 1);
                    let markup_end = body_start - 1;
                    if body_end > markup_end {
                        let body = self.source(body_start, body_end, 0);
                        // (`<h3>Situation</h3>` over `<p>…</p>`: parts told in HTML.)
                        let body = html_parts(&body).unwrap_or(body);
                        for (line, segment) in segments(&body, body_start, true, self.set) {
                            self.fill(line, &segment);
                        }
                        if body_end < end {
                            self.plan.ignored.push(Skipped {
                                lines: (body_end + 1, end),
                                reason: "the closing of a `<details>` block".into(),
                                text: self.source(body_end + 1, end, 0),
                            });
                        }
                    }
                }
                if closes {
                    self.finish_draft();
                }
            }
            NodeValue::HtmlBlock(ref html) if anchor_tag(&html.literal).is_some() => {
                self.plan.ignored.push(Skipped {
                    lines: (start, end),
                    reason: "an anchor for links to what follows: ignored".into(),
                    text: self.source(start, end, 0),
                });
            }
            NodeValue::HtmlBlock(ref html) if html.literal.trim_start().starts_with("<!--") => {
                self.plan.ignored.push(Skipped {
                    lines: (start, end),
                    reason: "HTML comment (such as an editor's metadata): ignored".into(),
                    text: self.source(start, end, 0),
                });
            }
            NodeValue::BlockQuote => {
                if !self.saying(node, 0) && !self.told_whole(node, 1) {
                    for child in node.children() {
                        self.content(child, 1);
                    }
                }
            }
            _ => self.content(node, 0),
        }
    }

    /// A paragraph of a rehearsed exchange after an answer (see `exchanges`): the
    /// answer's notes, its question (the other speaker's) the answer's question; the
    /// answer ends with the exchange. False, and nothing read, for any other block, and
    /// for an exchange with no answer above it (read as before).
    fn rehearsed(&mut self, start: usize, end: usize) -> bool {
        use super::exchanges::{is_writer, names_exchange, spoken};
        let said: Vec<&str> = (start..=end)
            .filter_map(|n| self.lines.get(n - 1).copied())
            .filter(|l| !l.trim().is_empty())
            .collect();
        let next = (self.lines.iter().skip(end)).find(|l| !l.trim().is_empty());
        let exchange = !said.is_empty() && said.iter().all(|l| spoken(l).is_some())
            || matches!(said.as_slice(), [line] if names_exchange(line))
                && next.is_some_and(|l| spoken(l).is_some());
        if !exchange {
            return false;
        }
        // (An exchange has the writer's side: `**Cue:** "Tell me about…"` alone over a
        // story is the question it answers. The writer's line is here or among the
        // lines of the exchange that follow.)
        let writer_speaks = (self.lines.iter().skip(start - 1))
            .filter(|l| !l.trim().is_empty())
            .take_while(|l| spoken(l).is_some() || names_exchange(l))
            .any(|l| spoken(l).is_some_and(|(who, _)| is_writer(&who)));
        // (After an answer told: a story's words, not a heading's remark.)
        let answered = || {
            self.current
                .as_ref()
                .is_some_and(|b| b.draft.told().split_whitespace().count() >= 25)
        };
        if !writer_speaks || !answered() {
            return false;
        }
        let text = self.source(start, end, 0);
        let building = self.current.as_mut().expect("checked");
        building.draft.lines.1 = building.draft.lines.1.max(end);
        append(&mut building.draft.story.notes, &text);
        for (who, words) in said.iter().filter_map(|l| spoken(l)) {
            if !is_writer(&who)
                && is_question(words)
                && !building.draft.story.questions.iter().any(|q| q == words)
            {
                building.draft.story.questions.push(words.to_string());
                building.rehearsed.push(words.to_string());
            }
        }
        self.exchange = true;
        true
    }

    fn heading(&mut self, text: &str, level: u8, (line, last): (usize, usize)) {
        // `# STORY : 4` over the card's title: the story's number among the writer's.
        if self
            .card
            .as_ref()
            .is_some_and(|(_, title)| usize::from(level) < *title)
            && self.section.is_none()
            && self.plan.drafts.is_empty()
            && number_only(text)
        {
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason:
                    "a story's number among the writer's, not its name: the heading below names it"
                        .into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        // `## STAR :` at the level of a story card's title: how the story is told, one
        // of its sections, as if a level deeper.
        let level = if self
            .section
            .as_ref()
            .is_some_and(|s| s.card && s.level == level)
            && form_of_telling(text)
        {
            level + 1
        } else {
            level
        };
        // `### Tell me about a time…? <a name="q2"></a>`: the anchor that links from a
        // table of contents to the heading; kept with the lines read as structure.
        if let Some(tag) = self.lines.get(line - 1).and_then(|l| inline_anchor(l)) {
            self.plan.ignored.push(Skipped {
                lines: (line, line),
                reason: "an anchor for links to this heading: ignored".into(),
                text: tag.to_string(),
            });
        }
        // `#### **Q0: "…"** → Score: **98**` under a story told in a principle's
        // section: a question fit to it (a region's are read when it closes).
        if self.outside.is_none()
            && self
                .current
                .as_ref()
                .is_some_and(|b| b.level.is_some_and(|l| level > l))
            && self.fit_question(line, text)
        {
            return;
        }
        // `### ✅ Questions it answers (Ownership):` under a story told, over a table of
        // its numbered quoted questions: the story goes on, the table its questions.
        let level_of_story = self
            .current
            .as_ref()
            .and_then(|b| b.level)
            .or(self.section.as_ref().map(|s| s.level));
        // (Only a block that opens with a table's row is read whole: a heading over a
        // long list, read each time, would read the list once per heading in it.)
        let table_below = (self.lines.iter().skip(last))
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| l.trim_start().starts_with('|'))
            && super::tables::question_table(&self.block_after(last)).is_some();
        if self.outside.is_none()
            && table_below
            && level_of_story.is_some_and(|l| level > l)
            && let Some(building) = self.current.as_mut()
            && building.draft.story.written_parts().next().is_some()
        {
            building.fitting = true;
            self.go_on_under_fit_heading(line, last);
            return;
        }
        // `### 📊 Recommendation:` over nothing but a block of code (`"ownership": {…}`,
        // a mapping for some program): no story, nor part of one; skipped with its code.
        // (A card's headings are all its story's sections, its diagrams among them.)
        if self
            .section
            .as_ref()
            .is_some_and(|s| !s.one_story && !s.card)
            && heading_principles(text, self.set).is_empty()
            && classify(&as_label(text), self.set).is_none()
            && self.only_code_below(last)
        {
            const CODE: &str = "a heading over nothing but code, not a story";
            self.plan.skipped.push(Skipped {
                lines: (line, last),
                reason: CODE.into(),
                text: self.source(line, last, 0),
            });
            if self.current.is_none() {
                self.start_draft(line);
            }
            let building = self.current.as_mut().expect("a draft is being built");
            building.field = Field::Aside(CODE);
            return;
        }
        // `# ` with nothing after it: a stray mark, not a heading; the section goes on.
        if text.trim().is_empty() {
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason: "an empty heading: the section goes on".into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        // `#### Listen attentively, speak candidly` right under `### Earn Trust`, over
        // the principle's questions: its gloss, not a story (see `glosses`).
        if self.glosses.contains(&line)
            && let Some(section) = self.section.as_ref()
        {
            let principle = section.principle.clone();
            self.finish_draft();
            let text = self.source(line, last, 0);
            self.plan
                .skipped
                .push(description(self.set, &principle, (line, last), text, false));
            return;
        }
        // `### Me`, `### My stories` under a principle's heading: where the writer's
        // own part of the section starts, over their stories and naming none. The
        // section goes on, read as if the heading were not there.
        if self
            .section
            .as_ref()
            .is_some_and(|s| level > s.level && !s.own_names)
            && self.parent.is_none()
            && group_heading(text)
            && heading_principles(text, self.set).is_empty()
        {
            self.finish_draft();
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason: OVER_STORIES.into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        // One question waiting just above a story's sub-heading is the question it
        // answers; any other waiting question is the person's own.
        // A `Case` heading at the section's own level ("### Case (…)" after "### 5. Earn
        // Trust") is one of its stories, not a heading that closes it.
        // A heading that is only a label (`# Questions :`) labels what follows, whatever
        // its level: it closes nothing.
        let inside = self.section.as_ref().is_some_and(|s| {
            level > s.level
                || level == s.level && case_label(text).is_some()
                // (A heading over questions above the section's own level, `###
                // Sample Questions` after principles named under a `###` heading, ends
                // it: the questions under it are no principle's. Not while a story is
                // being read, or named over the principles' heading and not yet told:
                // they are its questions, whatever its level.)
                || heading_label(text) == Some(Label::Question)
                    && (level >= s.level || self.current.is_some() || s.title.is_some())
        });
        // (Not a question in a section of its own at this level, `## CRITICAL INSIGHT`
        // ending "Can you look at your own code like a skeptic?": that section's.)
        // (A heading over questions, `## Question`, holds them for the story after it.)
        let sits_apart = |at: usize| {
            self.lines[..at.saturating_sub(1).min(self.lines.len())]
                .iter()
                .rev()
                .find_map(|l| {
                    let l = l.trim_start();
                    super::details::heading_marks(l).map(|depth| (depth, &l[depth..]))
                })
                .is_some_and(|(depth, above)| {
                    depth >= usize::from(level) && heading_label(above) != Some(Label::Question)
                })
        };
        let held = (inside
            && self.waiting.len() == 1
            && followup_heading(text).is_none()
            && !sits_apart(self.waiting[0].1.0))
        .then(|| self.waiting.pop())
        .flatten();
        let question_waits = held.is_some();
        self.own_waiting();
        if let Some(question) = held {
            if self.starts_story(text) {
                self.asked = Some(question);
            } else {
                self.waiting.push(question);
                self.own_waiting();
            }
        }
        // `## Results` is a story's part, not Deliver Results named short.
        let mut named = if matches!(heading_label(text), Some(Label::Part(_))) {
            Vec::new()
        } else {
            heading_principles(text, self.set)
        };
        // `# LP` over a principle's description: the heading of the principle that the
        // description's words are nearest.
        if named.is_empty()
            && says_only_principle(text)
            && let Some(principle) = self.described_below(last)
        {
            named = vec![principle];
        }
        // A heading below an open region's level is one of its blocks' headings: the
        // region goes on ("#### Situation" under "### Story: …").
        // So is a heading that names another telling of the story ("Spoken version"
        // after "STAR Answer"); the same telling again is the next story's.
        let folded = crate::principles::fold(text);
        let retold = answer_form(text)
            && !self
                .sub_headings
                .iter()
                .any(|(_, t)| crate::principles::fold(t) == folded);
        // (`### Why This Story Fits Dive Deep` under the story's name says which
        // principle the story above shows, and why: more of that story.)
        if let Some((_, outside_level, _)) = &self.outside
            && level > *outside_level
            && (named.is_empty() || why_it_fits(text))
            && (classify(&as_label(text), self.set).is_some()
                || why_it_fits(text)
                || retold
                || self.within_part(level)
                || self.asked_next(text)
                || self.answer_label(text)
                || self.told_in_sections(*outside_level, text)
                || self.pending_names_principles()
                || numbered_quoted_question(text).is_some() && self.pending_labels_parts())
        {
            self.pending_heading(text, level, (line, last));
            return;
        }
        // `## Story 1 - SBB delivery` with nothing under it, then `## Customer Obsession /
        // Ownership` at the same level: the story's name, then its principles. (A heading
        // naming one principle is a section's, and one above it names the whole notes.)
        let mut title = None;
        if named.len() >= 2
            && self.pending.is_empty()
            && self.sub_headings.is_empty()
            && let Some((name, _, name_lines)) = self.outside.take_if(|(name, l, _)| {
                *l == level
                    && !name.trim().is_empty()
                    && !is_question(name)
                    && !about_the_person(name)
            })
        {
            self.plan.ignored.push(Skipped {
                lines: name_lines,
                reason: "a story's name over its principles: the title of the story below".into(),
                text: self.source(name_lines.0, name_lines.1, 0),
            });
            title = Some(story_heading(&unquote(&name)));
        }
        // A name taken from the heading above this one (not from this heading itself).
        let title_from_above = title.is_some();
        if title.is_none() && !named.is_empty() {
            title = self.story_named(text, &named);
        }
        // The notes' first heading, naming a principle and a story: a file of one story.
        // (Not notes whose headings below label several cases or stories, `#### ✅
        // **Case 1 - hsbc-zero-defects**`: the title names what they are about.)
        let one_story = level == 1
            && title.is_some()
            && !title_from_above
            && self.plan.drafts.is_empty()
            && self.section.is_none()
            && self.labelled_stories_below() < 2;
        // The title of a story's card: the story, its sections under it.
        if self
            .card
            .as_ref()
            .is_some_and(|(_, title)| usize::from(level) == *title)
            && named.is_empty()
            && self.section.is_none()
            && self.plan.drafts.is_empty()
            && let Some((ids, _)) = self.card.take()
        {
            // (`# Q7 — tell me about a time you failed`, `# Q6 — a time when you…`: the
            // question the card's story answers, asked or as a prompt.)
            let asks = is_question(unnumbered_question(text))
                || asks_for_story(&bare_question(unnumbered_question(text)));
            let title = (!asks).then(|| story_heading(&unquote(text)));
            // A dossier names no principle: the one the story's words are nearest, said.
            let (principle, also, guess_warning) = match ids.split_first() {
                Some((first, more)) => (first.clone(), more.to_vec(), None),
                None => {
                    let body = self.lines[line.saturating_sub(1)..].join("\n");
                    let Some(nearest) = self.nearest(&body).or_else(|| self.set.principles.first())
                    else {
                        return;
                    };
                    let warning = guessed_warning(
                        line,
                        title.as_deref().unwrap_or(""),
                        &nearest.name,
                        self.named_by(),
                    );
                    (nearest.id.clone(), Vec::new(), Some(warning))
                }
            };
            self.close_outside(Some((level, text)));
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason: "the name of the story these notes are the card of: its title".into(),
                text: self.source(line, last, 0),
            });
            self.section = Some(Section {
                structured: true,
                also,
                // `# Q: Tell me about…`: the question the story answers, not its name.
                title,
                asks: asks.then(|| bare_question(unnumbered_question(text))),
                one_story: true,
                card: true,
                principle_guessed: guess_warning.is_some(),
                guess_warning,
                ..Section::opened(principle, level)
            });
            return;
        }
        let in_card = self
            .section
            .as_ref()
            .is_some_and(|s| s.card && level > s.level);
        self.close_outside(Some((level, text)));
        // `### Why This Story Fits Dive Deep` under `## Primary Story: NAME`: why the
        // story being read shows the principle; its notes, the principle linked.
        if why_it_fits(text)
            && let Some(building) = self.current.as_mut()
            && building.level.is_some_and(|l| level > l)
        {
            link(
                &mut building.draft.story.principles,
                named.iter().map(|p| p.id.clone()).collect(),
            );
            building.field = Field::Notes;
            building.draft.lines.1 = last;
            append(&mut building.draft.story.notes, text.trim());
            return;
        }
        // `### Summary` at the level of the principle's heading, right after its story
        // told in parts, over the same labels again: that story retold shorter, kept
        // in its notes. (Not a heading that says it is a story of its own, `### Story
        // 2`, nor a second telling of the same kind.)
        // (Its words read only then: this runs for every heading.)
        let retelling = || {
            let words = plain_words(text);
            let summary = words.iter().any(|w| w == "summary" || w == "recap")
                && words.iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "summary" | "recap" | "in" | "short" | "the" | "quick"
                    )
                });
            (summary || answer_form(text))
                && !words
                    .iter()
                    .any(|w| matches!(w.as_str(), "story" | "stories" | "example" | "examples"))
        };
        if named.is_empty()
            && self.section.as_ref().is_some_and(|s| s.level == level)
            && self.current.as_ref().is_some_and(|b| {
                !b.forms.contains(&folded) && b.draft.story.written_parts().count() >= 2
            })
            && retelling()
            && let Some(building) = self.current.as_mut()
        {
            building.tells_again(folded);
            building.field = Field::Notes;
            building.draft.lines.1 = last;
            append(&mut building.draft.story.notes, text.trim());
            return;
        }
        // A heading at or above the open section's level closes it.
        if let Some((principle, more)) = named.split_first().filter(|_| !in_card) {
            let principle = *principle;
            let also: Vec<String> = more.iter().map(|p| p.id.clone()).collect();
            self.finish_draft();
            self.release_asked_above();
            self.outside = None;
            if !more.is_empty() {
                // Every word of it is a name, and every name is linked.
                let names: Vec<&str> = named.iter().map(|p| p.name.as_str()).collect();
                self.plan.ignored.push(Skipped {
                    lines: (line, last),
                    reason: format!(
                        "the heading that names the story's principles (linked): {}",
                        names.join(", ")
                    ),
                    text: self.source(line, last, 0),
                });
            } else if crate::principles::fold(enumerator_off(text))
                != crate::principles::fold(&principle.name)
            {
                // A remark beside the name ("(my strongest one)") is the person's words too.
                // The name alone, a letter or two wrong (`Furgality`), is said so. (Its
                // number, `3. Dive Deep`, is no remark.)
                let (folded, name) = (
                    crate::principles::fold(enumerator_off(text)),
                    crate::principles::fold(&principle.name),
                );
                let slipped = folded.split(' ').count() == name.split(' ').count()
                    && strsim::osa_distance(&folded, &name) <= 2;
                let reason = if slipped {
                    format!(
                        "heading of '{}', written a letter or two wrong",
                        principle.name
                    )
                } else {
                    format!("heading of '{}', with more than its name", principle.name)
                };
                self.plan.skipped.push(Skipped {
                    lines: (line, last),
                    reason,
                    text: self.source(line, last, 0),
                });
            }
            self.section = Some(Section {
                also,
                title,
                one_story,
                ..Section::opened(principle.id.clone(), level)
            });
            // `### OWNERSHIP: Tell me about a time…`: the question after the name waits
            // for the section's first story (the heading is kept in the skipped list).
            // (`Customer Obsession Question: “Tell me…”`: the question without its
            // quotation marks.)
            if let Some((_, asked)) = text.split_once(':')
                && let asked = outer_quotes_off(asked).trim()
                && is_question(asked)
            {
                self.waiting.push((asked.to_string(), (line, last)));
            }
            return;
        }
        if !inside {
            // A heading outside any section, or one that closes a section, names no principle.
            self.finish_draft();
            let closes = self.section.take().is_some();
            // `### Sample Questions` that closes one: a region of questions and their
            // answers, named by none of them.
            if closes && heading_label(text) == Some(Label::Question) {
                self.plan.skipped.push(Skipped {
                    lines: (line, last),
                    reason: "a heading over questions, not a story".into(),
                    text: self.source(line, last, 0),
                });
                self.outside = Some((String::new(), level, (line, last)));
                return;
            }
            // `## Situation` with no region over it to hold it: the first part of a story
            // whose parts are headings at this level (`## Task`, `## Action` after it),
            // in a region of their own named by the heading above them, if any.
            let names_part = |label: &str| matches!(exact_label(label), Some((Label::Part(_), rest)) if rest.trim().is_empty());
            if names_part(&as_label(text)) || remarked_part_label(text).is_some() {
                let name = (self.heading_over(line))
                    .filter(|above| !group_heading(above))
                    .map(|above| above.trim().to_string())
                    .unwrap_or_default();
                self.outside = Some((name, level - 1, (line, last)));
                self.pending_heading(text, level, (line, last));
                return;
            }
            self.outside = Some((text.to_string(), level, (line, last)));
            return;
        }
        let section = self.section.as_mut().expect("inside implies a section");
        // In a file of one story, a sub-heading is one of its sections: a part's label
        // (`## Actions`), or more of it kept in its notes (`## Spoken script`); only a
        // heading that says it is another story starts one.
        // In a card, `## Backup story`: another story for the same question.
        if section.card && level > section.level && another_story(text) {
            self.finish_draft();
            self.start_draft(line);
            // Its name: in the heading's remark (`## Backup story (W2 — Adopters)`), or
            // where the card's fields name the backup (`**Backup story**: …`).
            let name = backup_name(text).or_else(|| {
                self.lines[..line.saturating_sub(1)]
                    .iter()
                    .rev()
                    .find_map(|l| pointed_backup(l))
            });
            if let Some(building) = self.current.as_mut() {
                building.draft.another = true;
                if let Some(name) = name {
                    building.draft.story.title = short_title(&name);
                }
            }
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason: "a heading over another story for the same question".into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        if section.one_story
            && level > section.level
            && !story_label(text)
            && case_label(text).is_none()
        {
            section.started = true;
            section.structured = true;
            section.notes_mode = false;
            // In a story's card, a principle's name over a line of why it fits (`customer
            // obsession` / `also bad for customers`): the story shows that principle too.
            let in_card = section.card;
            let shown = named
                .first()
                .filter(|p| {
                    section.card
                        && named.len() == 1
                        && crate::principles::fold(text) == crate::principles::fold(&p.name)
                })
                .map(|p| p.id.clone());
            if self.current.is_none() {
                self.start_draft(line);
            }
            if in_card && form_of_telling(text) {
                self.plan.ignored.push(Skipped {
                    lines: (line, last),
                    reason: "a heading that says how the story is told, not a part of it".into(),
                    text: self.source(line, last, 0),
                });
                return;
            }
            if let Some(building) = self.current.as_mut() {
                building.under_sources = in_card && sources_heading(text);
            }
            if let (Some(id), Some(building)) = (shown, self.current.as_mut()) {
                link(&mut building.draft.story.principles, vec![id]);
            }
            // (`## 11. Results`: the section's number counts it.)
            let label = as_label(without_number(text.trim()));
            // `### Structural outcomes` under `## 11. Results`: more of that part, its
            // heading a line of it.
            let within = self.current.as_ref().is_some_and(|b| {
                matches!(b.field, Field::Part(_)) && b.part_level.is_some_and(|l| level > l)
            });
            if within {
                let building = self.current.as_mut().expect("checked");
                append(field_mut(&mut building.draft, building.field), text.trim());
                building.draft.lines.1 = last;
                return;
            }
            let names_part = matches!(classify(&label, self.set), Some((Label::Part(_), _)))
                || part_heading(text).is_some();
            if let Some(building) = self.current.as_mut() {
                building.part_level = names_part.then_some(level);
            }
            if classify(&label, self.set).is_some() {
                self.fill(line, &label);
            } else if let Some(part) = part_heading(text) {
                // `## Situation & stakes`, `## What I did (decisions)`: the part, its
                // heading's words kept with the structure.
                self.fill_named_part(line, text, &part);
            } else {
                let building = self.current.as_mut().expect("a draft was just started");
                building.field = Field::Notes;
                // `## Likely follow-ups`: the questions under it, answered, are notes.
                // So, in a story's card, are those under a heading that names
                // questions (`## Technical Depth Questions (Interviewer Voice)`): they
                // ask about the one story, and the writer's answers follow them.
                if followup_label(text) || in_card && names_questions(text) {
                    building.under_followups = true;
                }
                append(&mut building.draft.story.notes, text.trim());
            }
            if let Some(building) = self.current.as_mut() {
                building.draft.lines.1 = last;
            }
            return;
        }
        section.structured = true;
        section.started = true;
        // Sub-headings structure the section: a paragraph under one is that story's,
        // not a note of its own.
        section.notes_mode = false;
        // (`## If They Probe`: over the follow-ups, as `#### Follow-up questions` is.)
        let over_followups = if_asked_heading(text).then_some("follow-ups");
        if let Some(question) = followup_heading(text).or(over_followups) {
            if self.current.is_none() {
                self.start_draft(line);
            }
            let building = self.current.as_mut().expect("a draft was just started");
            // `#### Follow-up questions`: a heading over the follow-ups, which ask and
            // are answered under it, in the story's notes.
            if !question.is_empty() && !is_question(question) {
                building.field = Field::Notes;
                building.under_followups = true;
                building.draft.lines.1 = line;
                self.plan.ignored.push(Skipped {
                    lines: (line, last),
                    reason:
                        "a label over the story's follow-up questions: what follows is in its notes"
                            .into(),
                    text: self.source(line, last, 0),
                });
                return;
            }
            building.draft.story.followups.push(Followup {
                question: question.to_string(),
                answer: String::new(),
            });
            building.followup = Some((building.draft.story.followups.len() - 1, level));
            building.draft.lines.1 = line;
            return;
        }
        // A heading below a follow-up's level belongs to the follow-up.
        if let Some(building) = self.current.as_mut()
            && let Some((_, followup_level)) = building.followup
            && level > followup_level
        {
            append(&mut building.draft.story.notes, text);
            return;
        }
        // Under a story's heading, a deeper one that labels a part it has not told yet
        // (`### Situation:` under `## Strong:`) goes on with it; so does a deeper label
        // of its own notes once its parts have begun (`### Reflection:`, `### 5 Whys:`).
        if let Some(building) = self.current.as_mut()
            && building.level.is_some_and(|l| level > l)
            && followup_heading(text).is_none()
        {
            let labelled = as_label(text);
            match classify(&labelled, self.set) {
                // (Or any part, in another telling of the story: `### Summary` over
                // `#### Situation:` again, kept in its notes.)
                Some((Label::Part(part), _))
                    if building.draft.story.part(part).trim().is_empty() || building.retelling =>
                {
                    building.draft.lines.1 = last;
                    self.fill(line, &labelled);
                    return;
                }
                None if building.labelled
                    && text.trim_end().ends_with([':', '：'])
                    && !is_question(text)
                    && !answer_form(text) =>
                {
                    building.field = Field::Notes;
                    building.draft.lines.1 = last;
                    append(&mut building.draft.story.notes, text.trim());
                    return;
                }
                _ => {}
            }
        }
        // `### Proposed Mappings:` under a story told, over `**Q0 (98)** - "…"`: the
        // questions the notes fit to that story, each with the evidence for it.
        if let Some(building) = self.current.as_mut()
            && building.level.is_some_and(|l| level > l)
            && !building.draft.all_text().trim().is_empty()
            && (self.lines.iter().skip(last))
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| numbered_quoted_question(l).is_some())
        {
            building.fitting = true;
            self.go_on_under_fit_heading(line, last);
            return;
        }
        // Another telling of the story being read (its spoken version after its STAR
        // points), no question waiting for a story of its own: the same story. So is
        // its first telling, right under its name (`## Primary Story: NAME` over `###
        // The STAR Framework for This LP`).
        if answer_form(text)
            && !question_waits
            && let Some(building) = self.current.as_mut()
            && !building.forms.contains(&folded)
            && (!building.draft.all_text().trim().is_empty()
                || !building.draft.story.title.trim().is_empty()
                    && building.level.is_some_and(|l| level > l))
        {
            building.tells_again(folded);
            self.fill(line, &as_label(text));
            return;
        }
        self.finish_draft();
        // `## Question`, `### Sample questions`: the questions under it wait for the
        // story after them.
        // (`## 2. Sample questions`: the label after its number.)
        let label = heading_label(text).or_else(|| heading_label(&heading_title(text).0));
        if label == Some(Label::Question) {
            self.plan.skipped.push(Skipped {
                lines: (line, last),
                reason: "a heading over questions, not a story".into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        // `## Definition`, `## Interview Tips`: a heading that is a label of text about
        // the principle; what is under it is that text, up to the next heading.
        if let Some(Label::Aside(reason)) = label {
            self.plan.skipped.push(Skipped {
                lines: (line, last),
                reason: reason.to_string(),
                text: self.source(line, last, 0),
            });
            self.start_draft(line);
            let building = self.current.as_mut().expect("a draft was just started");
            building.field = Field::Aside(reason);
            return;
        }
        // `### Situation` under `## Ownership`, then `### Action` and `### Result`: the
        // section's story told a part under each heading. It has no name of its own;
        // the next part's heading at this level goes on with it, and a part told again
        // starts the next story.
        if let Some(Label::Part(_)) = label
            && self.section.as_ref().is_some_and(|s| level > s.level)
        {
            self.start_draft(line);
            let building = self.current.as_mut().expect("a draft was just started");
            building.level = Some(level - 1);
            self.fill(line, &as_label(text));
            return;
        }
        let name_below = unquote(text)
            .trim_end()
            .ends_with(':')
            .then(|| self.name_below(last))
            .flatten();
        let asked = self.asked.take();
        self.start_draft(line);
        let building = self.current.as_mut().expect("a draft was just started");
        building.level = Some(level);
        let draft = &mut building.draft;
        if let Some((question, _)) = asked {
            draft.story.questions.push(question);
        }
        let cleaned = unquote(text);
        if let Some((remark, rest)) = case_label(&cleaned) {
            // `### Case (Entrust, customer obession)`: the principles its remark names
            // are the story's; the label is kept with the lines read as structure.
            let Names {
                ids,
                ambiguous,
                unknown,
            } = named_principles(remark, self.set);
            link(&mut draft.story.principles, ids);
            if !rest.trim().is_empty() {
                draft.story.title = short_title(rest.trim());
            }
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason: "a label that starts a story, its principles linked".into(),
                text: self.source(line, last, 0),
            });
            self.report_ambiguous(line, &ambiguous);
            self.report_unknown(line, &unknown, &cleaned);
        } else if let Some(question) = numbered_quoted_question(&cleaned) {
            // `## Вопрос 2: "Describe pushing back on leadership"`: the question by its
            // number and in quotation marks, under a label in any language.
            draft.story.questions.push(question);
        } else if is_question(unnumbered_question(&cleaned)) {
            // (`### Q: "Give me an example…deadline."`: the question after its label,
            // a full stop inside its quotation marks.)
            draft.story.questions.push(cleaned);
        } else if answer_form(&cleaned) {
            // `### STAR Answer` opening the story: a label, not its name.
            let building = self.current.as_mut().expect("a draft was just started");
            building.forms.push(folded);
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason: "a heading that names a telling of the story, not its name".into(),
                text: self.source(line, last, 0),
            });
        } else if let Some((at, name)) = name_below {
            // `## Strong:` with `Project Catalog` on the line under it: the heading
            // labels the story (kept in its notes), the line names it.
            let draft = &mut self
                .current
                .as_mut()
                .expect("a draft was just started")
                .draft;
            draft.story.title = short_title(&name);
            append(&mut draft.story.notes, cleaned.trim());
            self.name_line = Some(at);
        } else {
            let named = story_heading(&cleaned);
            let (title, remark) = heading_title(&named);
            draft.story.title = short_title(&title);
            // (A name too long for a title is kept whole with the lines read as
            // structure, so that none of its words is lost.)
            if title.chars().count() > draft.story.title.chars().count() {
                self.plan.ignored.push(Skipped {
                    lines: (line, last),
                    reason: "a heading too long for a title, kept whole".into(),
                    text: title.trim().to_string(),
                });
            }
            // `## Backup Story 2: NAME`: the rank the writer gives the story, kept with
            // the structure ("Backup Story 2").
            let bare = cleaned.trim_start_matches(|c: char| !c.is_alphanumeric());
            if ranked_story(bare).is_some()
                && let Some(rank) = bare.trim_end().strip_suffix(named.trim())
            {
                self.plan.ignored.push(Skipped {
                    lines: (line, line),
                    reason: "the story's rank among the writer's, before its name".into(),
                    text: rank
                        .trim_end_matches([' ', ':', '—', '–', '-', '·', '.'])
                        .to_string(),
                });
            }
            if ranked_story(bare).is_none() {
                self.plan
                    .ignored
                    .extend(dropped_number(line, &cleaned, &title));
            }
            if let Some(remark) = remark {
                append(&mut draft.story.notes, &remark);
                // `### Andon cord *(voir Bias for Action A)*`: the same story told again
                // for this principle, reported with the one it refers to.
                let bare = remark.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
                if let Some(refers) = reference(bare, self.set) {
                    self.current
                        .as_mut()
                        .expect("a draft was just started")
                        .refers = Some(refers);
                }
            }
        }
    }

    /// Whether a heading inside the open section starts a story of its own (not a
    /// principle's heading, a follow-up or a heading over questions).
    fn starts_story(&self, text: &str) -> bool {
        heading_principles(text, self.set).is_empty()
            && followup_heading(text).is_none()
            && heading_label(text) != Some(Label::Question)
            && self.current.as_ref().is_none_or(|b| b.followup.is_none())
    }

    /// Whether the story being read has only been opened: its name, the question it
    /// answers and fields of its card (`**Competency:** …`), no part told yet.
    fn only_opened(&self) -> bool {
        self.current.as_ref().is_some_and(|b| {
            let story = &b.draft.story;
            !story.title.trim().is_empty()
                && story.written_parts().next().is_none()
                && story.followups.is_empty()
                && story
                    .notes
                    .lines()
                    .all(|l| l.trim().is_empty() || field_line(l) || lead_in_label(l))
        })
    }

    /// Whether the open region's blocks so far name its principles.
    fn pending_names_principles(&self) -> bool {
        self.pending.iter().any(|node| {
            let (start, end) = span(node);
            names_on_a_line(&self.source(start, end, 0), self.set).is_some()
        })
    }

    /// `#### **Q0: "…"** → Score: **98**`, `**Q0 (98)** - "…"` under a story told: a
    /// question the notes fit to the story, in any language, taken as its question;
    /// what is under it says why, the story's notes (a part's label there starts no
    /// part: it names the evidence). Whether it was.
    fn fit_question(&mut self, start: usize, text: &str) -> bool {
        let Some(question) = numbered_quoted_question(text) else {
            return false;
        };
        let fits = self.current.as_ref().is_some_and(|b| {
            b.fitting
                || b.draft.story.written_parts().next().is_some() && !self.opens_story_below(start)
        });
        let Some(building) = self.current.as_mut().filter(|_| fits) else {
            return false;
        };
        building.draft.story.questions.push(question);
        building.field = Field::Notes;
        building.under_fit = true;
        building.draft.lines.1 = building.draft.lines.1.max(start);
        self.plan.ignored.push(Skipped {
            lines: (start, start),
            reason: "a question fit to the story above: its question".into(),
            text: self.source(start, start, 0),
        });
        true
    }

    /// `| **Q0** | "Tell me about…" | **95** | why it fits |`, a table of numbered quoted
    /// questions under a story told: the questions it answers, in any language; what
    /// the rows say of each goes to its notes. Whether it was.
    fn fit_table(&mut self, start: usize, end: usize, text: &str) -> bool {
        let Some(rows) = super::tables::question_table(text) else {
            return false;
        };
        let Some(building) = self
            .current
            .as_mut()
            .filter(|b| b.fitting || b.under_fit || b.draft.story.written_parts().next().is_some())
        else {
            return false;
        };
        for (question, said) in rows {
            if !building.draft.story.questions.contains(&question) {
                building.draft.story.questions.push(question);
            }
            if !said.is_empty() {
                append(&mut building.draft.story.notes, &said);
            }
        }
        building.field = Field::Notes;
        building.draft.lines.1 = building.draft.lines.1.max(end);
        self.plan.ignored.push(Skipped {
            lines: (start, end),
            reason: "a table of questions fit to the story above: its questions".into(),
            text: text.trim().to_string(),
        });
        true
    }

    /// A heading over the questions fit to the story being read (`### Proposed
    /// Mappings:`, `### ✅ Questions it answers (Ownership):`): the story goes on, in
    /// its notes, the heading kept with the lines read as structure.
    fn go_on_under_fit_heading(&mut self, line: usize, last: usize) {
        let building = self.current.as_mut().expect("a story is being read");
        building.field = Field::Notes;
        building.draft.lines.1 = last;
        self.plan.ignored.push(Skipped {
            lines: (line, last),
            reason: "a heading over questions fit to the story above".into(),
            text: self.source(line, last, 0),
        });
    }

    /// Whether what follows line `last`, up to the next heading or rule, is one fenced
    /// block of code and nothing else.
    fn only_code_below(&self, last: usize) -> bool {
        let mut lines = (self.lines.iter().skip(last)).skip_while(|l| l.trim().is_empty());
        let Some(mark) = lines.next().and_then(|l| fence_mark(l)) else {
            return false;
        };
        if !lines.any(|l| fence_mark(l) == Some(mark)) {
            return false;
        }
        lines
            .find(|l| !l.trim().is_empty())
            .is_none_or(|l| heading_line(l).is_some() || rule_line(l))
    }

    /// How many headings below the first level label a case or a story by its number
    /// or letter (`## Case 2 - NAME`, `### ✅ **Story B**: NAME`), outside code fences.
    fn labelled_stories_below(&self) -> usize {
        unfenced(self.lines)
            .filter_map(|(_, l)| {
                let t = l.trim_start();
                let depth = super::details::heading_marks(t)?;
                (depth >= 2).then(|| t[depth..].trim())
            })
            .filter(|text| numbered_case(text))
            .count()
    }

    /// The block after line `last`: its lines up to the first blank one.
    fn block_after(&self, last: usize) -> String {
        (self.lines.iter().skip(last))
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether a story opens in the lines after line `start`, before the next heading
    /// or numbered question: the first label there is a Situation's. (What follows a
    /// question fit to the story above is the evidence for the fit, `**Evidence**:`
    /// first, not another story.)
    fn opens_story_below(&self, start: usize) -> bool {
        (self.lines.iter().skip(start))
            .take_while(|l| heading_line(l).is_none() && numbered_quoted_question(l).is_none())
            .find_map(|l| {
                let item = strip_marker(l.trim());
                match classify(&item, self.set) {
                    Some((label, _)) => Some(label == Label::Part(Part::Situation)),
                    // A label of the notes' own (`**Evidence**:`) comes first.
                    None => item_label(l).map(|_| false),
                }
            })
            .unwrap_or(false)
    }

    /// Whether the open region's blocks so far label two parts of a story or more
    /// (`- **Situation**: …`, `- **Action**: …`): a story told, whatever follows it.
    fn pending_labels_parts(&self) -> bool {
        let mut parts: Vec<Part> = Vec::new();
        for node in &self.pending {
            let (start, end) = span(node);
            for line in self.source(start, end, 0).lines() {
                if let Some((Label::Part(part), _)) = classify(&strip_marker(line.trim()), self.set)
                    && !parts.contains(&part)
                {
                    parts.push(part);
                }
            }
        }
        parts.len() >= 2
    }

    /// The source lines a draft was made from.
    fn draft_source(&self, draft: &Draft) -> &[&str] {
        self.lines
            .get(draft.lines.0.saturating_sub(1)..draft.lines.1)
            .unwrap_or(&[])
    }

    /// Whether the heading on `line` and the one next to it at its level mark one
    /// telling done badly and the same done well (`### ❌ Before`, then `### ✅ After`):
    /// a contrast a guide draws, either half. Looks two hundred lines away at most.
    fn in_contrast(&self, line: usize) -> bool {
        let Some(own) = self.lines.get(line.wrapping_sub(1)).map(|l| l.trim_start()) else {
            return false;
        };
        let Some(level) = super::details::heading_marks(own) else {
            return false;
        };
        let text = &own[level..];
        // The text of the next heading at this level or above, that way, if at this level.
        fn sibling<'l>(
            mut lines: impl Iterator<Item = &'l &'l str>,
            level: usize,
        ) -> Option<&'l str> {
            lines
                .find_map(|l| {
                    let l = l.trim_start();
                    crate::import::details::heading_marks(l)
                        .filter(|&marks| marks <= level)
                        .map(|marks| (marks, &l[marks..]))
                })
                .filter(|(marks, _)| *marks == level)
                .map(|(_, text)| text)
        }
        let from = line - 1;
        let above = &self.lines[from.saturating_sub(200)..from];
        let below =
            &self.lines[(from + 1).min(self.lines.len())..(from + 201).min(self.lines.len())];
        marks_better(text) && sibling(above.iter().rev(), level).is_some_and(marks_worse)
            || marks_worse(text) && sibling(below.iter(), level).is_some_and(marks_better)
    }

    /// The text of a region's blocks, a block a line (a thematic break is none).
    fn region_text(&self, blocks: &[&AstNode<'_>]) -> String {
        blocks
            .iter()
            .filter(|node| !matches!(node.data().value, NodeValue::ThematicBreak))
            .map(|node| {
                let (start, end) = span(node);
                self.source(start, end, 0)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether a region's blocks tell a story by themselves: what happened, in the first
    /// person, or two parts labelled as a story's, not advice to a reader.
    fn tells_story(&self, blocks: &[&AstNode<'_>], subs: &[((usize, usize), String)]) -> bool {
        let (narrative, labelled) = self.reading(&self.region_text(blocks), blocks, subs);
        narrative || labelled
    }

    /// Whether the heading over the one just above line `line` (the section's own)
    /// opens its section with the interview questions it answers, one asking for a
    /// story (`## 5. CHALLENGES AND HOW I SOLVED THEM` over `*Use this when they ask:
    /// "What problems did you run into?"*`), and `said`, the section's text with its
    /// quotations read as the writer's, tells one: two sentences or more in the past,
    /// not to the reader.
    fn told_under_asking_section(&self, line: usize, said: &str) -> bool {
        self.section_opening(line)
            .is_some_and(names_story_questions)
            && past_sentences(said) >= 2
            && !to_reader(said)
    }

    /// Whether the heading over the one just above line `line` asks how a thing works
    /// or was built (`# 8. How do you design High Availability architecture?` over `###
    /// Disaster Recovery` and its points): the sections under it are parts of that
    /// technical answer, not stories.
    fn under_heading_asking_how_it_works(&self, line: usize) -> bool {
        self.heading_before(line)
            .and_then(|own| self.heading_over(own))
            .is_some_and(|above| asks_how_it_works(unnumbered_question(above.trim())))
    }

    /// Whether the heading over the one just above line `line` opens its section with
    /// the interview questions it answers, each asking why: `## 6. WHY I CHOSE THESE
    /// TECHNOLOGIES` over `*Use this when they ask: "Why did you use X?" or "Why not
    /// Y instead?"*`. The sections under it give reasons for choices, not stories.
    fn under_section_asking_why(&self, line: usize) -> bool {
        self.section_opening(line).is_some_and(|first| {
            let asked = quoted_questions(first);
            !asked.is_empty()
                && asked
                    .iter()
                    .all(|q| plain_words(q).first().is_some_and(|w| w == "why"))
        })
    }

    /// The first line that says anything under the heading over the one just above
    /// line `line` (1-based): how the section holding this one opens, unless a
    /// heading comes first.
    fn section_opening(&self, line: usize) -> Option<&str> {
        let own = self.heading_before(line)?;
        let parents = self.parents.get_or_init(|| heading_parents(self.lines));
        let above = own
            .checked_sub(1)
            .and_then(|i| parents.get(i).copied().flatten())?;
        // (Found in one pass over the notes, however many sections ask: blank lines
        // under a heading are not read again for each.)
        let next = self.next_said.get_or_init(|| {
            let mut next = vec![self.lines.len(); self.lines.len() + 1];
            for i in (0..self.lines.len()).rev() {
                next[i] = if self.lines[i].trim().is_empty() {
                    next[i + 1]
                } else {
                    i
                };
            }
            next
        });
        let first = self.lines.get(*next.get(above + 1)?)?.trim();
        heading_line(first).is_none().then_some(first)
    }

    /// Whether the heading over the one just above line `line` (the section's own)
    /// says it holds the writer's stories, in the first person: `## Stories I can
    /// tell` over `### Leonor`.
    fn filed_under_stories(&self, line: usize) -> bool {
        let Some(own) = self.heading_before(line) else {
            return false;
        };
        self.heading_over(own).is_some_and(|above| {
            over_stories(above)
                && (plain_words(above)
                    .iter()
                    .any(|w| matches!(w.as_str(), "i" | "my" | "mine" | "i've" | "i’ve"))
                    || interview_stories(above))
        })
    }

    /// The paragraphs among `blocks` that open by saying which principle they show
    /// ([`shows_principle`]) or by a label naming it ([`labelled_principle`]), each
    /// with its place and the principle: two or more, or none.
    fn principle_paragraphs(&self, blocks: &[&AstNode<'_>]) -> Option<Vec<(usize, String)>> {
        let led: Vec<(usize, String)> = blocks
            .iter()
            .enumerate()
            .filter(|(_, node)| matches!(node.data().value, NodeValue::Paragraph))
            .filter_map(|(i, node)| {
                let (start, end) = span(node);
                let text = self.source(start, end, 0);
                shows_principle(&crate::model::first_sentence(&text), self.set)
                    .or_else(|| labelled_principle(&text, self.set).map(|(id, _)| id))
                    .map(|id| (i, id))
            })
            .collect();
        (led.len() >= 2).then_some(led)
    }

    /// Opens a list of stories under a heading that names none of them: the heading is
    /// kept in the ignored list with `reason`, and each story named in the list gets
    /// the principle its words are nearest.
    fn open_list(
        &mut self,
        lines: (usize, usize),
        reason: &str,
        level: u8,
        first: &crate::model::Principle,
    ) {
        self.finish_draft();
        self.plan.ignored.push(Skipped {
            lines,
            reason: reason.into(),
            text: self.source(lines.0, lines.1, 0),
        });
        self.section = Some(Section::own_names(first.id.clone(), level));
    }

    /// Opens a list of stories (see [`Importer::open_list`]) at a heading over `list`,
    /// the other `blocks` reported as the lead-in to it.
    fn open_led_list<'n>(
        &mut self,
        lines: (usize, usize),
        level: u8,
        first: &crate::model::Principle,
        blocks: &[&'n AstNode<'n>],
        list: &'n AstNode<'n>,
    ) {
        self.open_list(lines, OVER_STORIES, level, first);
        for node in blocks.iter().copied() {
            if !std::ptr::eq(node, list) {
                let (start, end) = span(node);
                self.plan.ignored.push(Skipped {
                    lines: (start, end),
                    reason: "a lead-in to the stories under it".into(),
                    text: self.source(start, end, 0),
                });
            }
        }
    }

    /// A draft of one list item at `lines`: its name, if the item gives one, and its
    /// text (the pieces not empty) in the notes.
    fn item_draft(&mut self, lines: (usize, usize), name: Option<&str>, text: &[&str]) {
        self.start_draft(lines.0);
        let building = self.current.as_mut().expect("a draft was just started");
        building.draft.lines = lines;
        if let Some(name) = name {
            name_story(&mut building.draft.story, name);
        }
        for piece in text.iter().filter(|p| !p.trim().is_empty()) {
            append(&mut building.draft.story.notes, piece);
        }
        self.finish_draft();
    }

    /// Starts a draft of a list item at `lines`, its text (marker off) in the notes, the
    /// wrapped lines indented under the marker read flush; it stays open (unlike
    /// [`Importer::item_draft`]) for what the caller adds to it.
    fn start_item_draft(&mut self, lines: (usize, usize), text: &str) -> &mut Building {
        self.start_draft(lines.0);
        let building = self.current.as_mut().expect("a draft was just started");
        building.draft.lines = lines;
        let flush: Vec<&str> = text.trim().lines().map(str::trim_start).collect();
        append(&mut building.draft.story.notes, &flush.join("\n"));
        building
    }

    /// Whether a region's blocks are a list of the writer's reminders of their stories
    /// (a quotation after an item may note on it): three items or more, a line or two
    /// each, none asking or speaking to the reader, two or more, and a third at least,
    /// opening on what the writer did ("Conducted a master class…", "Added 30 new test
    /// cases…").
    fn reminders_alone<'n>(&self, blocks: &[&'n AstNode<'n>]) -> bool {
        let mut items = Vec::new();
        for (i, node) in blocks.iter().enumerate() {
            match node.data().value {
                NodeValue::List(_) => {
                    for item in node.children() {
                        let (start, end) = span(item);
                        items.push(strip_marker(&self.source(start, end, 0)));
                    }
                }
                NodeValue::BlockQuote if i > 0 => {}
                _ => return false,
            }
        }
        let deeds = items.iter().filter(|item| opens_on_deed(item)).count();
        items.len() >= 3
            && deeds >= 2
            && deeds * 3 >= items.len()
            && items.iter().all(|item| {
                let item = item.trim();
                item.lines().count() <= 2
                    && words_of(item).len() <= 40
                    && !is_question(item)
                    && !to_reader(item)
                    && split_label(item).is_none()
            })
    }

    /// Whether the last draft read is a story told under a heading at `level`, none
    /// higher between it and the heading at `line`: the heading being closed is its
    /// sibling.
    fn after_sibling_story(&self, level: u8, line: usize) -> bool {
        self.plan.drafts.last().is_some_and(|d| {
            // (Under the same heading: none higher between the two.)
            let between = self
                .lines
                .get(d.lines.0..line.saturating_sub(1))
                .unwrap_or(&[]);
            self.levels.get(&d.lines.0) == Some(&level)
                && d.story.written_parts().count() >= 2
                && !between
                    .iter()
                    .any(|l| super::tables::atx_level(l).is_some_and(|above| above < level))
        })
    }

    /// How many items a region's blocks hold when they are lists alone whose items are
    /// each a short line of the writer's (a reminder or a story's name: twenty words or
    /// fewer, asking nothing, telling the reader nothing, no label); 0 otherwise.
    fn short_items_alone<'n>(&self, blocks: &[&'n AstNode<'n>]) -> usize {
        let mut count = 0;
        for node in blocks {
            if !matches!(node.data().value, NodeValue::List(_)) {
                return 0;
            }
            for item in node.children() {
                let (start, end) = span(item);
                let text = strip_marker(&self.source(start, end, 0));
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    let line = strip_marker(line.trim());
                    if words_of(&line).len() > 20
                        || is_question(&line)
                        || to_reader(&line)
                        || split_label(&line).is_some()
                        || placeholder(&line)
                    {
                        return 0;
                    }
                }
                count += 1;
            }
        }
        count
    }

    /// Whether any heading of the notes names a principle.
    fn names_a_principle(&self) -> bool {
        self.lines.iter().any(|line| {
            heading_line(line).is_some_and(|text| !heading_principles(text, self.set).is_empty())
        })
    }

    /// The one list among a region's blocks whose items each open with principles'
    /// names in bold and tell after them (see [`principle_item`]): two items or more,
    /// the other blocks a paragraph or two leading to it.
    fn principle_list<'n>(&self, blocks: &[&'n AstNode<'n>]) -> Option<&'n AstNode<'n>> {
        let list = led_list(blocks).filter(|list| list.children().count() >= 2)?;
        list.children()
            .all(|item| {
                let (start, end) = span(item);
                principle_item(&strip_marker(&self.source(start, end, 0)), self.set).is_some()
            })
            .then_some(list)
    }

    /// The one list among a region's blocks whose items open with a principle's name,
    /// plain, then a dash or a colon (see [`named_reminder`]): three naming one or more,
    /// two in three of the items, every item on one line; the other blocks a
    /// paragraph or two leading to it.
    fn named_reminders<'n>(&self, blocks: &[&'n AstNode<'n>]) -> Option<&'n AstNode<'n>> {
        let list = led_list(blocks)?;
        let items: Vec<String> = list
            .children()
            .map(|item| {
                let (start, end) = span(item);
                strip_marker(&self.source(start, end, 0))
            })
            .collect();
        let named = items
            .iter()
            .filter(|item| named_reminder(item, self.set).is_some())
            .count();
        (named >= 3
            && named * 3 >= items.len() * 2
            && items.iter().all(|item| !item.trim().contains('\n')))
        .then_some(list)
    }

    /// The one list among a region's blocks whose items are short reminders: two or
    /// more, each a line of a dozen words at most, none a question, no item nested.
    fn reminder_list<'n>(&self, blocks: &[&'n AstNode<'n>]) -> Option<&'n AstNode<'n>> {
        let mut lists = blocks
            .iter()
            .filter(|node| matches!(node.data().value, NodeValue::List(_)));
        let list = *lists.next()?;
        if lists.next().is_some() || list.children().count() < 2 {
            return None;
        }
        list.children()
            .all(|item| {
                let (start, end) = span(item);
                let text = strip_marker(&self.source(start, end, 0));
                !text.trim().contains('\n')
                    && !text.trim().is_empty()
                    && text.split_whitespace().count() <= 12
                    && !is_question(text.trim())
            })
            .then_some(list)
    }

    /// A draft for each item of a list of one-line reminders, its text the item's.
    fn draft_each_item<'n>(&mut self, list: &'n AstNode<'n>) {
        for item in list.children() {
            let (start, end) = span(item);
            let text = strip_marker(&self.source(start, end, 0));
            self.item_draft((start, end), None, &[text.trim()]);
        }
    }

    /// Whether a list's items name things rather than kinds of thing the reader is to
    /// find: none speaks to the reader, and most are two words or more ("AWS SDK
    /// migration", not "Leadership").
    fn names_listed<'n>(&self, list: &'n AstNode<'n>) -> bool {
        let items: Vec<String> = (list.children().map(|item| span(item)))
            .map(|(start, end)| strip_marker(&self.source(start, end, 0)))
            .collect();
        let short = items
            .iter()
            .filter(|i| i.split_whitespace().count() < 2)
            .count();
        !items.iter().any(|i| to_reader(i)) && short * 2 < items.len()
    }

    /// Stories given as list items under a heading that names no principle, each a
    /// name with the principles it shows on the lines right under it, however they are
    /// indented (`- BV Implementation`, then `* Invent and Simplify: Leaders seek…`):
    /// what the item says after them, up to the next such name, is its telling. `None`
    /// unless the region opens with one: two principles under the name, or one written
    /// whole ("Learn and Be Curious", not "Results").
    fn tagged_items(&self, blocks: &[&AstNode<'_>]) -> Option<Vec<TaggedItem>> {
        let first = blocks.iter().map(|node| span(node).0).min()?;
        let last = blocks.iter().map(|node| span(node).1).max()?;
        let line = |n: usize| self.lines.get(n - 1).copied().unwrap_or("");
        let mut items: Vec<TaggedItem> = Vec::new();
        let mut n = first;
        while n <= last {
            if let Some(name) = story_item(line(n), self.set) {
                let mut ids: Vec<String> = Vec::new();
                let mut whole = false;
                let mut end = n;
                // Lines under the name: an item of the same list beside it is another
                // item (`- Frugality: right-sizing…` after `- Deep ownership: …`, each
                // a quality and what it means), not a principle the name's story shows.
                let indent = |l: &str| l.len() - l.trim_start().len();
                let beside = |l: &str| {
                    indent(l) == indent(line(n))
                        && (without_bullet(l) != l.trim() || story_item(l, self.set).is_some())
                };
                while end < last
                    && !beside(line(end + 1))
                    && let Some((id, written_whole)) = principle_led(line(end + 1), self.set)
                {
                    link(&mut ids, vec![id]);
                    whole |= written_whole;
                    end += 1;
                }
                if end - n >= 2 || end > n && whole {
                    if let Some(before) = items.last_mut() {
                        before.end = (before.tags.0.1..n)
                            .rev()
                            .find(|&k| !line(k).trim().is_empty())
                            .unwrap_or(before.tags.0.1);
                    }
                    items.push(TaggedItem {
                        name: (n, name.to_string()),
                        tags: ((n + 1, end), ids),
                        end: last,
                    });
                    n = end + 1;
                    continue;
                }
            }
            if items.is_empty() && !line(n).trim().is_empty() {
                return None;
            }
            n += 1;
        }
        (!items.is_empty()).then_some(items)
    }

    /// The items of a region's lists that name a kind of story (`- Challenge:`, `-
    /// Setback:`, `- Team Tough Decision:`: a theme interviewers ask about, the label
    /// alone on its line), each with what is under it: every item nested under the
    /// label, or the text run on right under it. Three labels or more with something
    /// under them, or none.
    fn themed_items<'n>(&self, blocks: &[&'n AstNode<'n>]) -> Option<Vec<ThemedItem>> {
        let mut found = Vec::new();
        for list in blocks
            .iter()
            .filter(|b| matches!(b.data().value, NodeValue::List(_)))
        {
            for item in list.children() {
                let (start, _) = span(item);
                let line = self.lines.get(start - 1)?.trim();
                let Some(label) = item_body(line).and_then(|b| b.trim().strip_suffix(':')) else {
                    continue;
                };
                if !story_kind(label) {
                    continue;
                }
                let mut reminders = Vec::new();
                for child in item.children() {
                    match child.data().value {
                        NodeValue::List(_) => {
                            reminders.extend(child.children().map(|sub| span(sub)))
                        }
                        NodeValue::Paragraph => {
                            let (from, to) = span(child);
                            if to > from {
                                reminders.push((from + 1, to));
                            }
                        }
                        _ => {}
                    }
                }
                found.push(ThemedItem {
                    line: start,
                    label: label.trim().to_string(),
                    reminders,
                });
            }
        }
        (found.iter().filter(|i| !i.reminders.is_empty()).count() >= 3).then_some(found)
    }

    /// The lines from `from` to `to` less the blank ones at either end; `None` when all
    /// are blank.
    fn written_span(&self, (from, to): (usize, usize)) -> Option<(usize, usize)> {
        let written = |k: &usize| self.lines.get(k - 1).is_some_and(|l| !l.trim().is_empty());
        let first = (from..=to).find(written)?;
        Some((first, (first..=to).rev().find(written).unwrap_or(first)))
    }

    /// Skips the lines from `from` to `to` as one block, the blank lines at either end
    /// set aside; nothing when all are blank.
    fn skip_written(&mut self, lines: (usize, usize), reason: &str) {
        let Some((first, last)) = self.written_span(lines) else {
            return;
        };
        self.plan.skipped.push(Skipped {
            lines: (first, last),
            reason: reason.to_string(),
            text: self.source(first, last, 0),
        });
    }

    /// Drafts of the [`Importer::themed_items`] of a region's `lists`: each reminder
    /// under a label a story, the label kept before it in its notes, its principle the
    /// one the two are nearest; the lists' other lines skipped as a region naming no
    /// principle is.
    fn draft_themed(
        &mut self,
        items: Vec<ThemedItem>,
        heading: &str,
        level: u8,
        lists: &[&AstNode<'_>],
    ) {
        let Some(first) = self.set.principles.first().map(|p| p.id.clone()) else {
            return;
        };
        self.finish_draft();
        let reason = if heading.is_empty() {
            "before the first principle heading".to_string()
        } else {
            format!("under '{heading}', which names no principle")
        };
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for item in items {
            taken.push((item.line, item.line));
            if item.reminders.is_empty() {
                continue;
            }
            self.plan.ignored.push(Skipped {
                lines: (item.line, item.line),
                reason: "a label naming the kind of story under it".into(),
                text: self.source(item.line, item.line, 0),
            });
            for (s, e) in item.reminders {
                let e = self.written_span((s, e)).map_or(s, |(_, e)| e);
                taken.push((s, e));
                let text = strip_marker(&self.source(s, e, 0)).trim().to_string();
                // (Its principle is guessed, and the label says it is a story: `overlay
                // zsorting` is no command.)
                self.section = Some(Section {
                    principle_guessed: true,
                    ..Section::own_names(first.clone(), level)
                });
                self.start_draft(s);
                let building = self.current.as_mut().expect("a draft was just started");
                building.draft.lines = (s, e);
                building.draft.story.title =
                    reminder_title(&text).unwrap_or_else(|| short_title(&text));
                append(
                    &mut building.draft.story.notes,
                    &format!("{}: {text}", item.label),
                );
                // (The label says what the story is for: the guess is made on it.)
                self.finish_guessed_by(&item.label, s);
            }
        }
        self.section = None;
        // The rest of the lists: skipped, less the lines taken.
        for node in lists {
            let (start, end) = span(node);
            let mut n = start;
            while n <= end {
                if let Some(&(_, to)) = taken.iter().find(|(from, _)| *from == n) {
                    n = to + 1;
                    continue;
                }
                let stop = (n..=end)
                    .take_while(|k| !taken.iter().any(|(from, _)| from == k))
                    .last()
                    .unwrap_or(n);
                self.skip_written((n, stop), &reason);
                n = stop + 1;
            }
        }
    }

    /// The list items of a region that each name a story and, after a dash, only the
    /// principles it shows (`- Fargate - dive deep, frugality, ownership`, remarks in
    /// parentheses allowed): (line, name, what follows the dash, the principles), when
    /// there are two or more.
    fn dashed_items(&self, blocks: &[&AstNode<'_>]) -> Option<Vec<DashedItem>> {
        let first = blocks.iter().map(|node| span(node).0).min()?;
        let last = blocks.iter().map(|node| span(node).1).max()?;
        let items: Vec<DashedItem> = (first..=last)
            .filter_map(|n| {
                let body = item_body(self.lines.get(n - 1)?.trim())?;
                let body = body.strip_prefix([' ', '\t'])?.trim();
                let (name, rest) = [" - ", " – ", " — "]
                    .iter()
                    .find_map(|dash| body.split_once(dash))?;
                let name = name.trim();
                let names = named_principles(rest, self.set);
                ((1..=8).contains(&name.split_whitespace().count())
                    && !is_question(name)
                    && classify(name, self.set).is_none()
                    && heading_principle(name, self.set).is_none()
                    && !names.ids.is_empty()
                    && names.unknown.is_empty()
                    && names.ambiguous.is_empty())
                .then(|| DashedItem {
                    line: n,
                    name: name.to_string(),
                    rest: rest.trim().to_string(),
                    principles: names.ids,
                })
            })
            .collect();
        (items.len() >= 2).then_some(items)
    }

    /// Drafts of the [`Importer::dashed_items`] of a region: each item's name its
    /// title, its principles linked, a remark in parentheses kept in its notes; the
    /// region's other lines skipped as a region naming no principle is.
    fn named_items(
        &mut self,
        items: Vec<DashedItem>,
        heading: &str,
        lines: (usize, usize),
        level: u8,
        blocks: &[&AstNode<'_>],
        first: &crate::model::Principle,
    ) {
        if heading.is_empty() {
            self.finish_draft();
            self.section = Some(Section::own_names(first.id.clone(), level));
        } else {
            self.open_list(lines, OVER_STORIES, level, first);
        }
        let reason = if heading.is_empty() {
            "before the first principle heading".to_string()
        } else {
            format!("under '{heading}', which names no principle")
        };
        let start = blocks.iter().map(|node| span(node).0).min().unwrap_or(0);
        let end = blocks.iter().map(|node| span(node).1).max().unwrap_or(0);
        let mut items = items.into_iter().peekable();
        let mut n = start;
        while n <= end {
            if let Some(DashedItem {
                line: at,
                name,
                rest,
                principles,
            }) = items.next_if(|item| item.line == n)
            {
                self.start_draft(at);
                let building = self.current.as_mut().expect("a draft was just started");
                building.draft.lines = (at, at);
                name_story(&mut building.draft.story, &name);
                building.draft.story.principles = principles;
                // What the writer says of a principle here is theirs to keep.
                if rest.contains('(') {
                    building.draft.story.notes = format!("{rest}\n");
                }
                self.plan.ignored.push(Skipped {
                    lines: (at, at),
                    reason: "a story's name and the principles it shows (linked)".into(),
                    text: self.source(at, at, 0),
                });
                self.finish_draft();
                n += 1;
                continue;
            }
            // The lines up to the next item, as one block (blank lines set aside).
            let stop = items.peek().map_or(end, |item| item.line - 1);
            self.skip_written((n, stop), &reason);
            n = stop + 1;
        }
    }

    /// Whether a paragraph is a sentence or two that leads to what follows it: it ends in
    /// a colon.
    fn list_lead(&self, node: &AstNode<'_>) -> bool {
        let (start, end) = span(node);
        let text = self.source(start, end, 0);
        end - start <= 1 && text.trim_end().ends_with(':') && text.split_whitespace().count() <= 30
    }

    /// Whether a heading's blocks are lists of stories named in bold, two items or more,
    /// each a [`named_item`], fewer than half of them speaking to the reader, and not a
    /// glossary of terms.
    fn story_list<'n>(&self, blocks: &[&'n AstNode<'n>]) -> bool {
        let mut items: Vec<String> = Vec::new();
        for node in blocks {
            if !matches!(node.data().value, NodeValue::List(_)) {
                return false;
            }
            for item in node.children() {
                let (start, end) = span(item);
                items.push(self.source(start, end, 0));
            }
        }
        // (Items named by a story's parts, `- **Situation:** …`, are one story's parts,
        // or a guide's: no list of stories.)
        let parts = items
            .iter()
            .filter(|i| matches!(split_label(&strip_marker(i)), Some((Label::Part(_), _))))
            .count();
        items.len() >= 2
            && parts < 2
            && items.iter().all(|i| named_item(&item_lead(i).0).is_some())
            && items.iter().filter(|i| to_reader(i)).count() * 2 < items.len()
            && !glossary(&items.join("\n"), self.set)
    }

    /// What a region's text `told` is: (the writer's own account of what happened, two
    /// or more parts labelled as a story's and not advice to the reader).
    fn reading(
        &self,
        told: &str,
        blocks: &[&AstNode<'_>],
        subs: &[((usize, usize), String)],
    ) -> (bool, bool) {
        // In notes that advise no reader, an answer in quotation marks is the writer's
        // own, as said aloud: its words count as theirs.
        // (So is one under the label that says it is the person's own, `**Your
        // Answer:**`, in notes that advise: there "you" is the writer.)
        // (The label may name the story told after it: `**Your Answer: THE QUIZ
        // PLATFORM**`.)
        // (Or one right under a heading that only names the person's telling for
        // interviews, `## Interview Narrative`, `## My Interview Story`: in notes that
        // speak to another reader, a coding assistant, the quotation there is the
        // writer's own.)
        let own_answer = told.lines().any(own_answer_line)
            || blocks
                .first()
                .and_then(|first| self.heading_before(span(first).0))
                .and_then(|at| self.lines.get(at - 1))
                .and_then(|line| heading_line(line))
                .is_some_and(names_own_telling);
        let said = if self.advises() && !own_answer {
            told.to_string()
        } else {
            told.replace(['“', '”', '"'], " ")
        };
        // A table's cells are fragments set in a grid (`| Conflict | ZIM: quality vs.
        // latency | … |`), no account of what happened: a story told in a table is read
        // by its parts' labels (below).
        let said: String = said
            .lines()
            .filter(|line| !line.trim_start().starts_with('|'))
            .collect::<Vec<_>>()
            .join("\n");
        // The questions a story is good for (`**Good for:** … "how do you decide…"`)
        // speak to the one answering; they say nothing of whom the story speaks to.
        // Nor does a quoted tip (`> 别人对你哪里不满意了…`, a coach's words over the
        // question): quoted, it is someone else's.
        // Nor do the interviewer's questions listed above the story's parts (`- Tell me
        // about a time when you didn't meet customer expectations.`, then `- S : …`):
        // asked, not told. (Questions each over its own answer are read as asked.)
        // (A part other than what was learned, its label opening the line.)
        let part_line = |line: &str| matches!(split_label(line), Some((Label::Part(part), _)) if part != Part::Learned);
        let first_part = told.lines().position(|line| part_line(&strip_marker(line)));
        let asked_first = first_part.is_some_and(|first| {
            !told
                .lines()
                .skip(first)
                .any(|line| is_question(strip_marker(line).trim()))
        });
        let stated: String = told
            .lines()
            .filter(|line| !matches!(split_label(&strip_marker(line)), Some((Label::Question, _))))
            .filter(|line| !(asked_first && is_question(strip_marker(line).trim())))
            .filter(|line| !line.trim_start().starts_with('>'))
            .collect::<Vec<_>>()
            .join("\n");
        // Parts told in notes' shorthand, what happened in the past tense, with a
        // "you" or two in them ("outside your own team"): the writer's notes to
        // themselves, not advice.
        let to_them = to_reader(&stated)
            && !(past_sentences(&unquoted(&stated)) >= 3 && persons(&stated).1 <= 2);
        // Parts on lines of their own, each begun by its label, that tell what happened
        // ("**Action:** implemented the gap recovery"), with a line after them that
        // speaks to the reader ("Prepare the exact mechanism from memory"): a note to
        // self on the writer's own story.
        // (What the writer learned may speak to "you" as a lesson does, "Know what you
        // gave up": the story is told in the other parts.)
        // (A part may be a list's item, `-   S : friend wanted an app…`, under the
        // questions it answers.)
        // (A story quoted whole, `> **S:** …` to `> **R:** …`, is read without the
        // quotation's marks, as its labels are counted.)
        let quoted = (0..blocks.len()).any(|i| self.quoted_story(blocks, i));
        let parts: Vec<String> = told
            .lines()
            .map(|line| {
                let line = (line.trim_start().strip_prefix('>'))
                    .filter(|_| quoted)
                    .map_or(line, str::trim_start);
                if asked_first {
                    strip_marker(line)
                } else {
                    line.to_string()
                }
            })
            .filter(|line| part_line(line))
            .collect();
        // (Questions inside a part, `**A:** Discovery calls: what's your stack? What's
        // your timeline?`, are asked in the story, of someone in it: they speak to no
        // reader.)
        let told_in_parts = parts.len() >= 2 && {
            let text = parts.join("\n");
            !to_reader(&unasked(&text)) && past_sentences(&unquoted(&text)) >= 1
        } || {
            // (Or under sub-headings that name the parts, `### Situation` to `###
            // Result`: what those sections tell, whatever lessons follow them and say
            // "you".)
            let text = self.told_under_part_headings(blocks, subs);
            !text.is_empty() && !to_reader(&text) && past_sentences(&unquoted(&text)) >= 1
        };
        // What the writer did and what came of it (the Action and the Result), three
        // things or more in the past and a "you" or two at most: the writer's own story,
        // though its scene speaks to "you" (the feedback they were given: "you need to
        // think beyond your own tasks").
        let deeds_told = parts.len() >= 2 && tells_deeds(&deeds(&stated));
        // Under a heading that says it holds the writer's stories, `## Stories I can
        // tell`, a section that tells what happened is one, whoever it says did what:
        // "we did an hour a week together… she passed the exam".
        let filed = blocks
            .first()
            .is_some_and(|first| self.filed_under_stories(span(first).0))
            && past_sentences(&unquoted(told)) >= 2
            && !to_reader(told);
        // Under a section that opens by naming the interview questions it answers
        // (`## 5. CHALLENGES AND HOW I SOLVED THEM` over `*Use this when they ask: "What
        // problems did you run into?"*`), a question asking for a story: each section
        // under it that tells what happened is one of those stories.
        let asked_of_section = blocks
            .first()
            .is_some_and(|first| self.told_under_asking_section(span(first).0, &said));
        // Under a label that says a story of the person's follows (`**Problem-solving
        // story:**`), one thing told done in the first person tells it.
        let called_own = told.lines().any(own_story_label) && first_person_events(&said) >= 1;
        // A section in a run of stories, each under a heading of the same level, the one
        // before it read as a story: told as they are, what happened in three sentences
        // or more in the past, the writer doing one thing of it ("The analyzer returned
        // JSON that omitted fields… I instrumented validation… a retry recovered most").
        let in_a_run = blocks
            .first()
            .and_then(|b| self.heading_before(span(b).0))
            .is_some_and(|own| self.told_in_a_run(own, &said));
        // (The interviewer's questions after the answer, `Tell me about a time…` a
        // paragraph each and none answered, are asked of "you": they say nothing of
        // whom the answer speaks of. A question the writer will ask, "What are the next
        // steps?", still speaks to the one they ask.)
        let unasked: String = said
            .lines()
            .filter(|line| !interviewer_question(strip_marker(line).trim()))
            .collect::<Vec<_>>()
            .join("\n");
        (
            own_account(&unasked) && tells_events(&unasked) && !describes_work(&unasked)
                || filed
                || asked_of_section
                || called_own
                || in_a_run,
            self.labelled_parts(blocks, subs) >= 2 && (!to_them || told_in_parts || deeds_told),
        )
    }

    /// Whether `told`, under the heading at line `own`, is the next in a run of stories
    /// told alike: it follows a story read under a heading of its level, none higher
    /// between them (told in parts or not), under a heading that names stories (`#
    /// Interview Stories — Six Guardrails`); and it tells three things or more in the
    /// past, the writer doing one of them, not to the reader.
    fn told_in_a_run(&self, own: usize, told: &str) -> bool {
        if !self.heading_over(own).is_some_and(over_stories)
            || past_sentences(&unquoted(told)) < 3
            || first_person_events(told) == 0
            || to_reader(told)
        {
            return false;
        }
        let depth = |at: usize| {
            (self.lines.get(at.checked_sub(1)?))
                .and_then(|l| super::details::heading_marks(l.trim_start()))
        };
        let Some(level) = depth(own) else {
            return false;
        };
        // (Under the same heading, none higher between them: the same parent.)
        let parents = self.parents.get_or_init(|| heading_parents(self.lines));
        let parent = |at: usize| parents.get(at.checked_sub(1)?).copied().flatten();
        self.plan.drafts.last().is_some_and(|d| {
            d.lines.0 < own && depth(d.lines.0) == Some(level) && parent(d.lines.0) == parent(own)
        })
    }

    /// The sub-headings that name a story's parts (`### Situation`, `### Action`), each
    /// with the spans of the blocks under it, up to the next sub-heading.
    fn part_sections(
        &self,
        blocks: &[&AstNode<'_>],
        subs: &[((usize, usize), String)],
    ) -> Vec<(Part, Vec<(usize, usize)>)> {
        subs.iter()
            .enumerate()
            .filter_map(|(i, ((line, _), text))| {
                let Some((Label::Part(part), _)) = classify(&as_label(text), self.set) else {
                    return None;
                };
                let next = subs.get(i + 1).map_or(usize::MAX, |((l, _), _)| *l);
                let under = blocks
                    .iter()
                    .map(|node| span(node))
                    .filter(|(start, _)| *start > *line && *start < next)
                    .collect();
                Some((part, under))
            })
            .collect()
    }

    /// What the blocks under two sub-headings or more that name a story's parts
    /// (`### Situation`, `### Action`; not what was learned) say, joined; empty when
    /// fewer than two such sub-headings have text under them.
    fn told_under_part_headings(
        &self,
        blocks: &[&AstNode<'_>],
        subs: &[((usize, usize), String)],
    ) -> String {
        let told: Vec<Vec<(usize, usize)>> = self
            .part_sections(blocks, subs)
            .into_iter()
            .filter(|(part, under)| *part != Part::Learned && !under.is_empty())
            .map(|(_, under)| under)
            .collect();
        if told.len() < 2 {
            return String::new();
        }
        told.concat()
            .into_iter()
            .map(|(start, end)| self.source(start, end, 0))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// How many of a story's parts the blocks give, each after its label and with
    /// text of its own.
    fn labelled_parts(&self, blocks: &[&AstNode<'_>], subs: &[((usize, usize), String)]) -> usize {
        // A sub-heading that is a part's label (`### Situation`), with a block under it.
        let mut parts: Vec<Part> = Vec::new();
        for (part, under) in self.part_sections(blocks, subs) {
            if !under.is_empty() && !parts.contains(&part) {
                parts.push(part);
            }
        }
        for (i, node) in blocks.iter().enumerate() {
            let (start, end) = span(node);
            let list = matches!(node.data().value, NodeValue::List(_));
            // A story quoted whole (`**YOUR CAD STORY — …**` over `> **S:** …` to `>
            // **R:** …`): its labels start its parts, as they do in a principle's section.
            let depth = usize::from(self.quoted_story(blocks, i));
            let text = self.source(start, end, depth);
            // (A part's letter alone, `A` over its paragraph, after a part labelled:
            // see `content`.)
            if !parts.is_empty()
                && i + 1 < blocks.len()
                && let Some(letter) = bare_part_letter(&text)
                && let Some((Label::Part(part), _)) = classify(&format!("{letter}:"), self.set)
            {
                if !parts.contains(&part) {
                    parts.push(part);
                }
                continue;
            }
            let pieces = segments(&text, start, list, self.set);
            for (k, (_, piece)) in pieces.iter().enumerate() {
                let Some((Label::Part(part), rest)) = classify(piece, self.set) else {
                    continue;
                };
                // A label alone in its block (`**Context**`) labels the block after it;
                // a label alone in its item (`- Situation:`), the items after it.
                let alone = rest.trim().is_empty()
                    && (pieces.len() == 1 && i + 1 < blocks.len()
                        || pieces.get(k + 1).is_some_and(|(_, next)| {
                            classify(next, self.set).is_none() && says_something(next)
                        }));
                if (says_something(rest) && !placeholder(rest) || alone) && !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        parts.len()
    }

    /// Whether `blocks[i]` is a story quoted whole under its name (`**YOUR CAD STORY —
    /// …**` over `> **S:** …` to `> **R:** …`): a quotation that holds two parts'
    /// labels or more, not under a question (there it is that question's answer, read
    /// with the others).
    fn quoted_story(&self, blocks: &[&AstNode<'_>], i: usize) -> bool {
        let Some(node) = blocks.get(i) else {
            return false;
        };
        if !matches!(node.data().value, NodeValue::BlockQuote) {
            return false;
        }
        let asked = i
            .checked_sub(1)
            .and_then(|j| blocks.get(j))
            .is_some_and(|above| {
                let (start, end) = span(above);
                let text = self.source(start, end, 0);
                let last = text
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                is_question(&bare_question(&strip_marker(last)))
            });
        let (start, end) = span(node);
        let mut parts: Vec<Part> = Vec::new();
        for (_, piece) in segments(&self.source(start, end, 1), start, false, self.set) {
            if let Some((Label::Part(part), _)) = classify(&piece, self.set)
                && !parts.contains(&part)
            {
                parts.push(part);
            }
        }
        !asked && parts.len() >= 2
    }

    /// Fills the draft from a sub-heading read as a label (`#### Action`). A part's
    /// heading with a remark after a dash (`## 1. SITUATION — The Problem I Was
    /// Solving`) starts the part; the heading is kept with the structure, its remark no
    /// word of the part's text.
    fn fill_heading(&mut self, line: usize, text: &str) {
        // `### Technical STAR` after the story's `### Screen version` told in parts:
        // another telling of it, its parts said again (the same telling again is the
        // next story).
        if answer_form(text)
            && let Some(building) = self.current.as_mut()
        {
            building.tells_again(crate::principles::fold(text));
        }
        if let Some(label) = remarked_part_label(text) {
            self.fill_named_part(line, text, &label);
        } else {
            self.fill(line, &as_label(text));
        }
    }

    /// Starts the part `label` names from the heading at `line` that names it among
    /// other words (`## Situation & stakes`, `## 1. SITUATION — The Problem`): the
    /// heading is kept with the lines read as structure.
    fn fill_named_part(&mut self, line: usize, heading: &str, label: &str) {
        self.plan.ignored.push(skipped_piece(
            line,
            heading,
            "a heading that names a part: what follows is its text",
        ));
        self.fill(line, label);
    }

    /// A sub-heading inside a region that names no principle: kept with its blocks as a
    /// paragraph of the heading's text, so that a story's `#### Action` starts its part.
    fn pending_heading(&mut self, text: &str, level: u8, lines: (usize, usize)) {
        if matches!(heading_label(text), Some(Label::Part(_)))
            || remarked_part_label(text).is_some()
        {
            self.part_level = Some(level);
        }
        self.sub_headings.push((lines, text.to_string()));
    }

    /// Whether a heading is a question under a heading over the follow-ups of the story
    /// above (`### Q1: Why not fine-tune?` under `## Follow-up questions`).
    fn asked_next(&self, text: &str) -> bool {
        self.outside
            .as_ref()
            .is_some_and(|(heading, _, _)| followup_heading(heading).is_some())
            && is_question(&bare_question(text))
    }

    /// Whether a heading is a label of the writer's own inside the answer to the
    /// question heading the open region (`##### Steps:` under `### A time you
    /// failed`): a word or three before a colon, asking nothing and naming no story.
    /// What follows it is more of that answer.
    fn answer_label(&self, text: &str) -> bool {
        let asked = self.outside.as_ref().is_some_and(|(heading, _, _)| {
            let bare = bare_question(heading);
            is_question(&bare) || asks_for_story(&bare)
        });
        let label = text.trim().trim_matches(['*', '_', ' ']);
        let Some(words) = label.strip_suffix([':', '：']) else {
            return false;
        };
        asked
            && (1..=3).contains(&words.split_whitespace().count())
            && !story_label(label)
            && !is_question(words)
            && !asks_for_story(words)
    }

    /// Whether the open region is a story told in sections (`## S04 — NAME` over `###
    /// Five anchors`, `### Situation`, `### Tension`, `### Action`, `### Result`): two
    /// of the headings one level below its own, before the next as high, are parts'
    /// labels. Every heading in it is then one of its sections, the writer's own fields
    /// (`### Tension`, `### Vivid details`) as much as the parts.
    /// (Not a heading over its follow-ups, or one that asks: those are read as such.)
    fn told_in_sections(&self, level: u8, text: &str) -> bool {
        let Some((_, _, (start, _))) = self.outside.as_ref() else {
            return false;
        };
        let bare = bare_question(text);
        if followup_heading(text).is_some() || is_question(&bare) || asks_for_story(&bare) {
            return false;
        }
        // Read once for the region, whatever number of headings it holds.
        if let Some((at, told)) = self.sectioned.get()
            && at == *start
        {
            return told;
        }
        let mut parts = 0;
        // The level of its own sections: the first heading's below it (`### The
        // Impact:` under `# What have been your biggest achievements?`, a level left
        // out between them).
        let mut own: Option<usize> = None;
        for line in self.lines.iter().skip(*start) {
            let Some(depth) = super::details::heading_marks(line.trim_start()) else {
                continue;
            };
            if depth <= usize::from(level) {
                break;
            }
            let own = *own.get_or_insert(depth);
            // (Its own sections, one level down: a file's title is over its stories.)
            parts += usize::from(
                depth == own
                    && heading_line(line).is_some_and(|text| {
                        matches!(heading_label(text), Some(Label::Part(_)))
                            || part_and_more(as_label(text).trim_end_matches(':')).is_some()
                    }),
            );
        }
        self.sectioned.set(Some((*start, parts >= 2)));
        parts >= 2
    }

    /// Whether line `line` (no heading) is inside a story told under its parts'
    /// headings, one of them above it and another below, at one level, with no heading
    /// higher between them (`**The Problem:**` under `##### Challenge 1` under `####
    /// Challenges Faced`, after `#### Action` and before `#### Result`): a part's label
    /// there is the writer's own structure within the story, not the next story's.
    fn between_part_headings(&self, line: usize) -> bool {
        let headings = self.part_headings.get_or_init(|| {
            unfenced(self.lines)
                .filter_map(|(i, l)| {
                    let text = heading_line(l)?;
                    let level = l.trim_start().bytes().take_while(|b| *b == b'#').count();
                    let part = match heading_label(text) {
                        Some(Label::Part(part)) => Some(part),
                        _ => None,
                    };
                    Some((i + 1, level, part))
                })
                .collect()
        });
        let at = headings.partition_point(|&(l, _, _)| l < line);
        if headings.get(at).is_some_and(|&(l, _, _)| l == line) {
            return false;
        }
        // The nearest part's heading above, none higher than it between: the scene,
        // the task or the actions, the telling under way.
        let mut highest = usize::MAX;
        let mut above = None;
        // (Within a story's own sections: a part's heading more than sixty-four
        // headings up is another story's, and the scan stays short in long notes.)
        for &(_, level, part) in headings[..at].iter().rev().take(64) {
            if let Some(part) = part.filter(|_| level <= highest) {
                above = Some((level, part));
                break;
            }
            highest = highest.min(level);
        }
        let Some((level, told)) =
            above.filter(|(_, p)| matches!(p, Part::Situation | Part::Task | Part::Action))
        else {
            return false;
        };
        // (And a later part's heading below it: the telling goes on.)
        headings[at..]
            .iter()
            .take_while(|&&(_, l, _)| l >= level)
            .any(|&(_, l, part)| l == level && part.is_some_and(|p| p > told))
    }

    /// Whether a heading at `level` is a section of the part whose heading came last
    /// in the open region (`### 1. Made the guard structural` under `## Action`).
    fn within_part(&self, level: u8) -> bool {
        self.part_level.is_some_and(|part| part < level)
    }

    /// The anchor (`<a id="…"></a>`) on the last non-blank line above line `line`.
    fn anchor_above(&self, line: usize) -> Option<String> {
        let above = self.lines.get(..line.saturating_sub(1))?;
        let last = above.iter().rev().find(|l| !l.trim().is_empty())?;
        anchor_tag(last).map(str::to_string)
    }

    /// Closes the region under a heading that names no principle: a story when a line
    /// in it names principles (`Leadership Principles: Ownership, Dive Deep`, the value
    /// on the same line or the next) or its heading's remark does ("(deep dive,
    /// backbone)"); otherwise every block is skipped, as before.
    /// `next`: the level and text of the heading that closes the region (none at the
    /// end).
    fn close_outside(&mut self, next: Option<(u8, &str)>) {
        let Some(level) = self.outside.as_ref().map(|(_, level, _)| *level) else {
            return;
        };
        // The question asked just above is for a story under it; if the region is no
        // story, or the question is not above it, it is the person's own.
        let Some(mut above) = self.asked_above.take() else {
            self.close_region(next, &mut None);
            return;
        };
        let over = level > above.level || above.beside && level == above.level;
        let mut asked = over.then(|| (above.question.clone(), above.lines));
        self.close_region(next, &mut asked);
        // A heading deeper than the question's comes next: the question asks for the
        // story under it too (`### Tell me about your current project` over `####
        // Opportunity Module`, then `#### Self Service Platform`).
        if over && next.is_some_and(|(n, _)| n > above.level) {
            above.answered |= asked.is_none();
            self.asked_above = Some(above);
            return;
        }
        // (Taken by the story here, or answered by one under it already, it is that
        // story's, not the person's.)
        if !above.answered && (!over || asked.is_some()) {
            self.waiting.push((above.question, above.lines));
            self.own_waiting();
        }
    }

    /// The story a principle's heading names after its principles: after a dash
    /// (`### 1. Dive Deep — SOME/IP Performance Investigation`) or a colon (`#
    /// Invent and Simplify: ImagenTime`). Not a question, and not a group of stories
    /// ("— my stories").
    fn story_named(&self, text: &str, named: &[&crate::model::Principle]) -> Option<String> {
        let after_dash = [" — ", " – ", " - "]
            .iter()
            .find_map(|dash| text.split_once(dash))
            .filter(|(names, _)| {
                heading_principles(names, self.set)
                    .iter()
                    .map(|p| &p.id)
                    .eq(named.iter().map(|p| &p.id))
            });
        let after_colon = || {
            text.split_once(':')
                .filter(|(_, name)| heading_principles(name, self.set).is_empty())
        };
        // `## Ownership: taking responsibility for any issue`: a gloss of the principle,
        // begun in lower case; a story's name is titled ("Ownership: The stale cache").
        // (`# Invent and Simplify: ImagenTime — time series as images`: the name after
        // the colon, a remark of its own after the dash.)
        let titled = |(_, name): (&str, &str)| {
            let name = name.trim().trim_start_matches(['*', '_']).trim_start();
            (!name.is_empty()
                && !name.starts_with(|c: char| c.is_lowercase())
                && name.split_whitespace().count() <= 12
                && !is_question(name)
                && !group_heading(name))
            .then(|| name.to_string())
        };
        after_dash
            .and_then(titled)
            .or_else(|| after_colon().and_then(titled))
    }

    /// A list of questions in a region that tells no story, each with a line or two
    /// under it (`6. Tell me about a time you missed a deadline.` over `a. Failed at the
    /// charity's launch, Ownership, next time I succeeded`): an answer that recalls what
    /// happened to the writer is a story's reminder, with its question and the
    /// principles it names; an answer that only names principles (`a. Bias For
    /// Action`) says which one the question tests, and the question is the person's own
    /// for it. The rest is skipped as the region's. Read so only when one answer at
    /// least is a reminder; `false` leaves the block to be skipped whole.
    fn answered_list<'n>(&mut self, node: &'n AstNode<'n>, level: u8) -> bool {
        if !matches!(node.data().value, NodeValue::List(_)) {
            return false;
        }
        enum Answer {
            Recalls(String, String, Vec<String>),
            // A story's name a line each (`1. Choice between OCR vs LLM`), under a
            // question that asks for a story: a reminder each.
            Names(String, Vec<String>),
            // Reminders nested as items under the question (`- Tell me about a time you
            // worked well within a team.` over `  - connection migration pentest`): a
            // story each, read as under a question's heading (see
            // `reminders_answering`); the items that are no reminder are skipped.
            Listed(String, Vec<((usize, usize), bool)>),
            Tests(String, Vec<String>),
            Other,
        }
        let mut read = Vec::new();
        let mut asking = 0;
        let mut topics = 0;
        for item in node.children() {
            let (s, e) = span(item);
            let text = strip_marker(&self.source(s, e, 0));
            let (first, rest) = wrapped_first_line(&text);
            let question = bare_question(&first);
            // (Steps led by arrows stay steps, a list item each: run together they
            // read as one sentence, and so would the story's title.)
            let answer: Vec<String> = rest
                .lines()
                .map(|l| match after_arrow(l.trim()) {
                    // (An arrow with nothing after it leaves nothing.)
                    Some("") => String::new(),
                    Some(step) => format!("- {step}"),
                    None => enumerator_off(l.trim()).to_string(),
                })
                .filter(|l| !l.is_empty())
                .collect();
            let answer = answer.join("\n");
            let asks = is_question(&question) || asks_unmarked(&question);
            asking += usize::from(asks);
            // `1. conflict with coworker` over `-> pr conflict with chandra, mutually
            // spoke it out…`: a topic set as the questions around it are, a few words,
            // answered by what happened; one of the prompts (counted apart: see below).
            let arrowed_told = arrowed_lines(rest).is_some_and(|steps| arrowed_steps_told(&steps));
            let topic = !asks
                && !answer.is_empty()
                && (1..=12).contains(&words_of(&question).len())
                && !question.trim_end().ends_with(['.', '!'])
                && (recalls_event(&answer) || arrowed_told);
            topics += usize::from(topic);
            let asks = asks || topic;
            let names = named_principles(&answer.replace('\n', ", "), self.set);
            // (An answer in a story's labelled parts, `1. **S** — No PM…`, tells one.)
            let parted = answer
                .lines()
                .filter(|l| matches!(split_label(l), Some((Label::Part(_), rest)) if says_something(rest)))
                .count()
                >= 2;
            let named: Vec<String> = answer.lines().map(|l| l.trim().to_string()).collect();
            // (A question cut off, `"Tell me about a time you..."`, is ended by the lines
            // under it: they name no story; see `cut_stem`.)
            let names_stories = (asks_for_story(&question) || is_prompt(&question))
                && cut_stem(&question).is_none()
                && !named.is_empty()
                && named.iter().all(|l| {
                    let words = l.split_whitespace().count();
                    (1..=12).contains(&words)
                        && !speaks_of_now(l)
                        && !l.ends_with(['?', '？'])
                        && split_label(l).is_none()
                });
            // The next principle's text, run into the item in notes pasted from a
            // document (`Invent and Simplify - Leaders expect…`): no answer.
            let describes_next = answer
                .lines()
                .next()
                .and_then(|l| principle_led(l.split(" - ").next().unwrap_or(l), self.set))
                .is_some()
                && is_description(&answer);
            let nested: Vec<_> = item.children().collect();
            // (Each reminder a line, nothing nested under it: a story told in sections
            // nested under the question is read below.)
            let listed = match nested.as_slice() {
                [asked, list]
                    if matches!(asked.data().value, NodeValue::Paragraph)
                        && list.children().all(|item| {
                            item.children()
                                .all(|c| matches!(c.data().value, NodeValue::Paragraph))
                        }) =>
                {
                    (self
                        .reminders_of_occasions(&question, &[*list])
                        .map(|(_, items)| items))
                    .or_else(|| self.reminders_with_notes(&question, list))
                }
                // (Or reminders with their notes nested under them, and the writer's
                // reflection on the question beside them: `- Tetris - huge cross dc
                // traffic…`, `- preemption` over `- stop the bleed`, `- R: Tight
                // deadlines force prioritization…`.)
                [asked, list] if matches!(asked.data().value, NodeValue::Paragraph) => {
                    self.reminders_with_notes(&question, list)
                }
                _ => None,
            };
            let practice = !answer.contains('\n') && names_no_occasion(&answer);
            let kind = if !asks || answer.is_empty() {
                Answer::Other
            } else if let Some(items) = listed {
                Answer::Listed(question, items)
            } else if !names.ids.is_empty() && names.unknown.is_empty() {
                Answer::Tests(question, names.ids)
            } else if describes_next {
                Answer::Other
            } else if (recalls_event(&answer)
                || parted
                || arrowed_told
                // (Or fragments set apart by dashes, "I" left out: see
                // `dashed_fragments_told`.)
                || (asks_for_story(&question) || is_prompt(&question))
                    && dashed_fragments_told(&answer))
                && !about_the_person(&question)
                // (Not a practice kept up, in a line: `daily task list. mark what got
                // done…` under "how you set goals for yourself".)
                && !practice
            {
                // (The colon that leads to the answer, `…you helped resolve:`, is no
                // part of the question.)
                let question = question
                    .trim_end_matches([':', '：'])
                    .trim_end()
                    .to_string();
                Answer::Recalls(question, answer.clone(), names_within(&answer, self.set))
            } else if names_stories && !about_the_person(&question) && !practice {
                Answer::Names(question, named)
            } else {
                Answer::Other
            };
            read.push(((s, e), kind));
        }
        let recalls = read
            .iter()
            .filter(|(_, k)| {
                matches!(
                    k,
                    Answer::Recalls(..) | Answer::Names(..) | Answer::Listed(..)
                )
            })
            .count();
        // (Topics answered count with the questions when the questions outnumber them:
        // a list of topics alone is a list of reminders, read elsewhere.)
        if recalls == 0 || (asking + topics) * 3 < read.len() * 2 || asking <= topics {
            return false;
        }
        let reason = self.outside_reason();
        let Some(first) = self.set.principles.first() else {
            return false;
        };
        for ((s, e), kind) in read {
            match kind {
                Answer::Recalls(question, answer, ids) => {
                    self.section = Some(Section::own_names(first.id.clone(), level));
                    let drafted = self.plan.drafts.len();
                    self.start_draft(s);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.draft.lines = (s, e);
                    building.draft.story.principles = ids;
                    building.draft.story.questions.push(question.clone());
                    // Its parts, where labels start them; a story the labels split
                    // off runs to the item's end.
                    self.block_end = e;
                    for (line, segment) in segments(&answer, s + 1, false, self.set) {
                        self.fill(line, &segment);
                    }
                    self.finish_guessed_by(&question, s);
                    // (Each story the labels split off, `**Scenario: …**` after the
                    // first one's lesson, answers the question too.)
                    for draft in &mut self.plan.drafts[drafted..] {
                        if draft.story.questions.is_empty() {
                            draft.story.questions.push(question.clone());
                        }
                    }
                    self.section = None;
                }
                Answer::Listed(question, items) => {
                    for ((from, to), reminder) in items {
                        if reminder {
                            let text = strip_marker(&self.source(from, to, 0)).trim().to_string();
                            self.reminder_draft(&first.id, level, (from, to), &question, &text);
                        } else {
                            self.plan.skipped.push(Skipped {
                                lines: (from, to),
                                reason: reason.clone(),
                                text: self.source(from, to, 0),
                            });
                        }
                    }
                }
                Answer::Names(question, named) => {
                    for name in named {
                        // The name's own line in the item.
                        let at = (s + 1..=e)
                            .find(|&line| {
                                self.lines
                                    .get(line.saturating_sub(1))
                                    .is_some_and(|l| l.contains(name.as_str()))
                            })
                            .unwrap_or(s);
                        self.reminder_draft(&first.id, level, (at, at), &question, &name);
                    }
                }
                Answer::Tests(question, ids) => {
                    self.plan.questions.push(super::OwnQuestion {
                        principle: ids[0].clone(),
                        question,
                        lines: (s, s),
                    });
                    self.plan.ignored.push(Skipped {
                        lines: (s + 1, e.max(s + 1)),
                        reason: "names the principle the question above tests: the question is kept for it".into(),
                        text: self.source(s + 1, e.max(s + 1), 0),
                    });
                }
                Answer::Other => self.plan.skipped.push(Skipped {
                    lines: (s, e),
                    reason: reason.clone(),
                    text: self.source(s, e, 0),
                }),
            }
        }
        true
    }

    /// A region that tells no story as a whole, read a question at a time: each
    /// question (a numbered item alone, or a line of its own) with the blocks after it,
    /// up to the next, is one answer. An answer that tells what happened to the writer,
    /// or gives a story's parts under their labels (`>Problem:` … `>Outcome:`), is a
    /// story with its question; the others are skipped as the region's. Read so only
    /// when one answer at least is a story; `false` leaves the region as it was.
    fn answered_units<'n>(&mut self, blocks: &[&'n AstNode<'n>], level: u8) -> bool {
        // A question alone: a paragraph of one line, or a list of one item. A list of
        // several questions closes the answer before it and answers none of its own.
        // The question a block's lines ask, its marker and marks off.
        let question_in = |importer: &Self, (s, e): (usize, usize)| {
            let text = strip_marker(&importer.source(s, e, 0));
            let question = bare_question(&text.split_whitespace().collect::<Vec<_>>().join(" "));
            is_question(&question).then_some(question)
        };
        let several = |importer: &Self, node: &'n AstNode<'n>| {
            matches!(node.data().value, NodeValue::List(_))
                && node.children().count() > 1
                && node
                    .children()
                    .all(|item| question_in(importer, span(item)).is_some())
        };
        let asks = |importer: &Self, node: &'n AstNode<'n>| -> Option<String> {
            match node.data().value {
                NodeValue::List(_) if node.children().count() == 1 => node
                    .children()
                    .find(|item| {
                        item.children()
                            .all(|c| matches!(c.data().value, NodeValue::Paragraph))
                    })
                    .and_then(|item| {
                        // (Or a numbered prompt asking for an occasion in the
                        // interviewer's words: `2. A time when a colleague missed…`.)
                        question_in(importer, span(item)).or_else(|| {
                            let (s, e) = span(item);
                            let text = strip_marker(&importer.source(s, e, 0));
                            (s == e && asks_in_third_person(&text)).then(|| bare_question(&text))
                        })
                    }),
                NodeValue::Paragraph if span(node).0 == span(node).1 => {
                    question_in(importer, span(node))
                }
                // The interviewer's question quoted on a line of its own (`> Tell me
                // about a time…`).
                NodeValue::BlockQuote
                    if span(node).0 == span(node).1
                        && node
                            .children()
                            .all(|c| matches!(c.data().value, NodeValue::Paragraph)) =>
                {
                    let (s, e) = span(node);
                    let text = importer.source(s, e, 0);
                    let question = bare_question(text.trim().trim_start_matches('>').trim());
                    is_question(&question).then_some(question)
                }
                _ => None,
            }
        };
        let said = |importer: &Self, answer: &[&'n AstNode<'n>]| {
            // Quotation marks off: `>Problem: …` is the answer's own text.
            let text: String = (importer.region_text(answer).lines())
                .map(|l| l.trim_start().trim_start_matches('>').trim_start())
                .collect::<Vec<_>>()
                .join("\n");
            // In notes that advise their reader, words in quotation marks are a sample
            // answer, someone else's ("**Situation:** \"We were migrating…\"").
            if importer.advises() {
                unquoted(&text)
            } else {
                text
            }
        };
        let tells = |importer: &Self, answer: &[&'n AstNode<'n>], text: &str| {
            let mut parts: Vec<Part> = Vec::new();
            for (_, piece) in segments(text, 0, false, importer.set) {
                if let Some((Label::Part(part), rest)) = classify(&piece, importer.set)
                    && says_something(rest)
                    && !parts.contains(&part)
                {
                    parts.push(part);
                }
            }
            !answer.is_empty()
                && (own_account(text) && tells_events(text)
                    || parts.len() >= 2
                    || recalls_event(text))
        };
        // The question and its block, and the blocks of its answer.
        type Unit<'n> = (Option<(String, &'n AstNode<'n>)>, Vec<&'n AstNode<'n>>);
        let mut units: Vec<Unit<'n>> = vec![(None, Vec::new())];
        // A paragraph typed a line a question, answered on the lines under it (see
        // `asked_and_told`), opens a unit of its own: its questions and their answer
        // are on its lines, read once here.
        let mut by_lines: Vec<Option<(Vec<String>, String)>> = vec![None];
        for (at, &node) in blocks.iter().enumerate() {
            // (Unless its last question is answered by the paragraph after it, which
            // tells a story, or none of them is, the next block asking again or none
            // coming: then each question is a unit of its own, the last with that
            // answer, the others the person's own, unanswered.)
            let last_answered = || {
                blocks.get(at + 1).is_none_or(|&next| {
                    several(self, next)
                        || asks(self, next).is_some()
                        || matches!(next.data().value, NodeValue::Paragraph)
                            && tells(self, &[next], &said(self, &[next]))
                })
            };
            if several(self, node) {
                if last_answered() {
                    for item in node.children() {
                        if let Some(question) = question_in(self, span(item)) {
                            units.push((Some((question, item)), Vec::new()));
                            by_lines.push(None);
                        }
                    }
                } else {
                    units.push((None, vec![node]));
                    by_lines.push(None);
                }
                continue;
            }
            if matches!(node.data().value, NodeValue::Paragraph) {
                let (s, e) = span(node);
                if let Some(lined) = asked_and_told(&self.source(s, e, 0), self.set) {
                    units.push((Some((String::new(), node)), Vec::new()));
                    by_lines.push(Some(lined));
                    continue;
                }
            }
            match asks(self, node) {
                Some(question) => {
                    units.push((Some((question, node)), Vec::new()));
                    by_lines.push(None);
                }
                None => units.last_mut().expect("one unit at least").1.push(node),
            }
        }
        let stories: Vec<bool> = units
            .iter()
            .zip(&by_lines)
            .map(|((question, answer), by_lines)| {
                if let Some((asked, told)) = by_lines {
                    // What its lines that tell say, and the paragraphs under it.
                    let node = question.as_ref().map(|(_, n)| *n).expect("a paragraph");
                    // (An introduction, a reason, a quality: no story, however told.)
                    if asked.iter().all(|q| about_the_person(q)) {
                        return false;
                    }
                    let text = format!("{told}\n{}", said(self, answer));
                    // A question that asks for a story, a short line under it in the
                    // writer's shorthand ("LB. Self-drive. Host meeting."): the story
                    // it answers, named for the writer to tell.
                    return tells(self, &[node], &text)
                        || answer.is_empty() && reminds(asked, told);
                }
                // (Nor is an answer to a question of how a thing works, "How does the AI
                // scoring work?": an explanation, whatever the writer did for it.)
                let Some((q, _)) = question
                    .as_ref()
                    .filter(|(q, _)| !about_the_person(q) && !asks_how_it_works(q))
                else {
                    return false;
                };
                let text = said(self, answer);
                // An answer in notes' shorthand, "I" left out and the tense kept, to a
                // question that asks for a story, is that story too: three sentences in
                // the past, or a short answer most of whose sentences are ("The pdf-parse
                // import issue. The library changed its export style…").
                let shorthand = (asks_for_story(q) || is_prompt(q))
                    && !to_reader(&text)
                    && (past_sentences(&text) >= 3 || mostly_past(&text));
                // (Or a short answer in which the writer did something, to a question
                // that asks for an occasion: "I split the remaining tickets with him".)
                let did = asks_for_story(q)
                    && (first_person_events(&text) >= 1 || own_account(&text))
                    && !speaks_of_now(&text)
                    && !to_reader(&text);
                tells(self, answer, &text) || shorthand || did
            })
            .collect();
        // A question that asks for a story, answered by a list of reminders in the
        // writer's shorthand: a story each, with the question (see
        // [`Self::reminders_answering`]).
        // (Or a question typed over a lead-in in one paragraph, `**Question:** "Tell me
        // about a time…"` over `**Candidates:**`: the list under both answers it.)
        // (A rule under the list ends the answer: `---` is none of it.)
        let listed: Vec<Option<(Reminders, String)>> = units
            .iter()
            .zip(&by_lines)
            .zip(&stories)
            .map(|(((question, answer), by_lines), &story)| {
                let answer: Vec<&AstNode<'_>> = (answer.iter().copied())
                    .filter(|n| !matches!(n.data().value, NodeValue::ThematicBreak))
                    .collect();
                let Some((asked, told)) = by_lines else {
                    let (asked, _) = question.as_ref()?;
                    let reminders = self.reminders_answering(asked, &answer, story)?;
                    return Some((reminders, asked.clone()));
                };
                let ([asked], true) = (asked.as_slice(), lead_in_label(told)) else {
                    return None;
                };
                let (lead, items) = self.reminders_answering(asked, &answer, false)?;
                let (s, e) = span(question.as_ref()?.1);
                let at = (s..=e).find(|&n| {
                    self.lines
                        .get(n - 1)
                        .is_some_and(|l| l.trim() == told.trim())
                })?;
                Some(((lead.or(Some((at, at))), items), asked.clone()))
            })
            .collect();
        if !stories.contains(&true) && listed.iter().all(Option::is_none) {
            return false;
        }
        let Some(first) = self.set.principles.first() else {
            return false;
        };
        for ((((question, answer), story), by_lines), listed) in
            units.into_iter().zip(stories).zip(by_lines).zip(listed)
        {
            if let Some(((lead, items), asked)) = listed
                && let Some((_, node)) = &question
            {
                let outside = self.outside.take();
                let reason = self.outside_reason();
                if let Some((s, e)) = lead {
                    self.plan.ignored.push(Skipped {
                        lines: (s, e),
                        reason: "a lead-in to the reminders under it".into(),
                        text: self.source(s, e, 0),
                    });
                }
                let line = span(node).0;
                let label = strip_marker(&self.source(line, span(node).1, 0));
                self.keep_question_label(
                    &label.split_whitespace().collect::<Vec<_>>().join(" "),
                    line,
                );
                for ((s, e), reminder) in items {
                    let text = strip_marker(&self.source(s, e, 0)).trim().to_string();
                    if !reminder {
                        self.plan.skipped.push(Skipped {
                            lines: (s, e),
                            reason: reason.clone(),
                            text: self.source(s, e, 0),
                        });
                        continue;
                    }
                    self.reminder_draft(&first.id, level, (s, e), &asked, &text);
                }
                self.outside = outside;
                continue;
            }
            if by_lines.is_some() && story {
                let outside = self.outside.take();
                let mut section = Section::own_names(first.id.clone(), level);
                section.structured = true;
                self.section = Some(section);
                let (_, node) = question.expect("a paragraph");
                self.content(node, 0);
                for node in answer {
                    self.content(node, 0);
                }
                self.finish_draft();
                self.own_waiting();
                self.section = None;
                self.outside = outside;
                continue;
            }
            // A question with no answer under it, among answered ones: the person's own,
            // for the principle its words are nearest, as under a question's heading.
            if by_lines.is_none()
                && !story
                && answer.is_empty()
                && let Some((asked, node)) = &question
                && !about_the_person(asked)
                && let Some(principle) = self.nearest(asked).map(|p| p.id.clone())
            {
                self.plan.questions.push(super::OwnQuestion {
                    principle,
                    question: asked.clone(),
                    lines: span(node),
                });
                continue;
            }
            // An answer about the person (why this company, a strength), typed under
            // its question: said so, not "before the first principle heading".
            if !story
                && let Some((asked, _)) = &by_lines
                && asked.iter().all(|q| about_the_person(q))
                && let Some((_, node)) = &question
                && let (s, e) = span(node)
            {
                let end = answer.iter().map(|n| span(n).1).max().unwrap_or(e).max(e);
                self.plan.skipped.push(Skipped {
                    lines: (s, end),
                    reason: "an answer about you (a reason, a quality, who you are), not a story"
                        .into(),
                    text: self.source(s, end, 0),
                });
                continue;
            }
            let Some((question, node)) = question.clone().filter(|_| story) else {
                // The question's own block, then its answer: skipped as the region's;
                // but a list in it of questions each answered under it is read an item
                // at a time.
                if let Some((_, node)) = question {
                    self.content(node, 0);
                }
                for node in answer {
                    if !self.answered_list(node, level) {
                        self.content(node, 0);
                    }
                }
                continue;
            };
            let outside = self.outside.take();
            // The blocks after the question are its one answer, however short its
            // paragraphs: not a section of notes, a story per line.
            let mut section = Section::own_names(first.id.clone(), level);
            section.structured = true;
            self.section = Some(section);
            let line = span(node).0;
            self.start_draft(line);
            self.current
                .as_mut()
                .expect("a draft was just started")
                .draft
                .story
                .questions
                .push(question.clone());
            let asked = strip_marker(&self.source(line, span(node).1, 0));
            self.keep_question_label(
                &asked.split_whitespace().collect::<Vec<_>>().join(" "),
                line,
            );
            let text = self.region_text(&answer);
            for node in answer {
                self.content(node, 0);
            }
            // The principles the answer names; else the one its question is nearest, as
            // a story under a question's heading is linked, and the report says so.
            // (Or the names its question gives, set as names: `…you showed Ownership
            // beyond your scope`.)
            let mut named = names_within(&text, self.set);
            if named.is_empty() {
                named = capitalized_names(&question, self.set);
            }
            let nearest = named
                .is_empty()
                .then(|| self.nearest(&question))
                .flatten()
                .map(|p| (p.id.clone(), p.name.clone()));
            let mut guess = None;
            let by_name = self.named_by();
            if let Some(building) = self.current.as_mut()
                && building.draft.story.principles.is_empty()
            {
                if let Some((id, name)) = nearest {
                    guess = Some(guessed_warning(line, question.trim(), &name, by_name));
                    building.draft.story.principles = vec![id];
                    building.draft.guessed = true;
                } else {
                    building.draft.story.principles = named;
                }
            }
            let before = self.plan.drafts.len();
            self.finish_draft();
            // Said only of a draft that was kept (advice to the reader is not).
            if self.plan.drafts.len() > before
                && let Some(warning) = guess
            {
                self.plan.warnings.push(warning);
            }
            self.section = None;
            self.outside = outside;
        }
        true
    }

    /// Whether a region is one list of a story's fragments (see [`fragments_told`]).
    fn told_in_fragments<'n>(&self, blocks: &[&'n AstNode<'n>]) -> bool {
        let &[list] = blocks else {
            return false;
        };
        let (s, e) = span(list);
        matches!(list.data().value, NodeValue::List(_)) && fragments_told(&self.source(s, e, 0))
    }

    /// The writer's reminders listed under a question that asks for any one occasion,
    /// some with notes nested under them (`- preemption` over `- stop the bleed`), or
    /// beside a line that opens on a label (`- R: Tight deadlines force…`, `-
    /// Reflection: …`): the writer's note on the question, no reminder. Read only when
    /// an item has notes nested or a labelled line stands beside the reminders (each a
    /// line alone is read by [`Self::reminders_of_occasions`]), one reminder at least,
    /// each a line of the writer's shorthand that names an occasion, most not a deed
    /// of one telling's steps.
    fn reminders_with_notes<'n>(
        &self,
        asked: &str,
        list: &'n AstNode<'n>,
    ) -> Option<Vec<((usize, usize), bool)>> {
        if !asks_for_one_occasion(asked) || about_the_person(asked) {
            return None;
        }
        let mut items = Vec::new();
        let (mut noted, mut reminders, mut steps) = (false, 0, 0);
        for item in list.children() {
            let children: Vec<_> = item.children().collect();
            let (first, rest) = children.split_first()?;
            if !matches!(first.data().value, NodeValue::Paragraph)
                || !rest
                    .iter()
                    .all(|c| matches!(c.data().value, NodeValue::List(_)))
            {
                return None;
            }
            let (s, e) = span(item);
            let line = strip_marker(self.lines.get(s - 1).map_or("", |l| l.trim()));
            if split_label(&line).is_some() || to_reader(&line) {
                noted = true;
                items.push(((s, e), false));
                continue;
            }
            noted |= !rest.is_empty();
            if !shorthand_reminder(&line) || names_no_occasion(&line) {
                return None;
            }
            reminders += 1;
            steps += usize::from(opens_on_deed(&line));
            items.push(((s, e), true));
        }
        (noted && reminders > 0 && steps * 2 <= reminders).then_some(items)
    }

    /// [`Self::reminders_answering`] for a question that asks for any one occasion
    /// ("Tell me about a time you…"), read only when the list holds two reminders or
    /// more and no item opens on a label (`- S: …`, a story's parts an item each), on "I"
    /// or "we", or on a word that goes on from the item above ("This was…", "Then…"):
    /// one telling's sentences. Reminders leave out "I", and stand apart.
    fn reminders_of_occasions<'n>(
        &self,
        asked: &str,
        answer: &[&'n AstNode<'n>],
    ) -> Option<Reminders> {
        if !asks_for_one_occasion(asked) {
            return None;
        }
        let (lead, items) = self.reminders_answering(asked, answer, false)?;
        let apart = items.iter().all(|&((s, _), _)| {
            let first = strip_marker(self.lines.get(s - 1).map_or("", |l| l.trim()));
            let opening = words_of(&first).into_iter().next().unwrap_or_default();
            split_label(&first).is_none()
                && !matches!(
                    opening.as_str(),
                    "i" | "we" | "i'm" | "i've" | "we're" | "we've"
                )
                && !matches!(
                    opening.as_str(),
                    "this" | "that" | "it" | "then" | "so" | "and" | "but" | "also"
                )
        });
        (items.len() >= 2 && apart).then_some((lead, items))
    }

    /// The reminders listed under `asked`, a question that asks for a story, as its
    /// `answer` (`* PhD project -- set goals…`, `* Cultural shift from BD to US.`): the
    /// lines of a lead-in above the list (`I can talk about`), if any, and each item's
    /// lines, with whether it is a story's reminder or telling. `None` for a list of one
    /// telling's steps (most opening with a verb in the past), or one item that tells
    /// the `story` the answer is.
    fn reminders_answering<'n>(
        &self,
        asked: &str,
        answer: &[&'n AstNode<'n>],
        story: bool,
    ) -> Option<Reminders> {
        let (lead, list) = match *answer {
            [list] => (None, list),
            [lead, list]
                if matches!(lead.data().value, NodeValue::Paragraph)
                    && leads_to_list(&self.source(span(lead).0, span(lead).1, 0)) =>
            {
                (Some(span(lead)), list)
            }
            _ => return None,
        };
        let asks = !about_the_person(asked)
            && (asks_for_story(asked) || is_prompt(asked) || tell_me_about_one(asked));
        if !asks || !matches!(list.data().value, NodeValue::List(_)) {
            return None;
        }
        let items: Vec<(usize, usize)> = list.children().map(span).collect();
        let texts: Vec<String> = items
            .iter()
            .map(|&(s, e)| strip_marker(&self.source(s, e, 0)).trim().to_string())
            .collect();
        // (An item may hold details under its first line, `- Relay For life,
        // finance committee` over `- results were…`.)
        let plain = list.children().all(|item| {
            item.children()
                .all(|c| matches!(c.data().value, NodeValue::Paragraph | NodeValue::List(_)))
        });
        // (A list one of whose items opens with a field the notes fill for
        // every question, `- Focus on: …` beside `- Good answer includes: …`,
        // is a guide's notes on the question: no item of it is a reminder.)
        let fields = self
            .item_fields
            .get_or_init(|| repeated_item_labels(self.lines, self.set));
        if texts
            .iter()
            .any(|t| plain_item_label(t).is_some_and(|l| fields.contains(&l)))
        {
            return None;
        }
        // (A list whose items speak to the reader and never of the writer,
        // `- The root cause.` beside `- How you applied what you learned…`, is
        // what an answer should cover: no item of it is a reminder.)
        // (Each item's first line: a line run on under the last, `**Follow-up:** "What's
        // your strategy…?"`, is not the item's.)
        let firsts: Vec<&str> = texts
            .iter()
            .map(|t| t.lines().next().unwrap_or(""))
            .collect();
        if firsts.iter().any(|t| persons(t).1 > 0) && firsts.iter().all(|t| persons(t).0 == 0) {
            return None;
        }
        let steps = texts.iter().filter(|t| opens_on_deed(t)).count();
        // (One item that tells the story is read as before, unless a lead-in
        // stands above it: then the lead-in is no part of it.)
        if !plain
            || items.len() == 1 && story && lead.is_none()
            || items.len() > 1 && steps * 2 > items.len()
        {
            return None;
        }
        // A reminder in a line, or a story told in the item ("Didn't get in at
        // first… I sent them an email… I got admitted").
        let marks: Vec<bool> = texts
            .iter()
            .map(|t| {
                let first = t.lines().next().unwrap_or("");
                shorthand_reminder(first) && !names_no_occasion(first)
                    || recalls_event(t) && own_account(t) && !to_reader(t)
            })
            .collect();
        marks
            .contains(&true)
            .then(|| (lead, items.into_iter().zip(marks).collect()))
    }

    /// A draft of a story's reminder (`text`, on `lines`) answering `question`, in a
    /// region under no principle: linked to the one the question's words are nearest
    /// (see [`Self::finish_guessed_by`]). `first` is the set's first principle, which
    /// the section is opened with until then.
    fn reminder_draft(
        &mut self,
        first: &str,
        level: u8,
        lines: (usize, usize),
        question: &str,
        text: &str,
    ) {
        self.section = Some(Section::own_names(first.to_string(), level));
        self.reminded.insert(lines.0);
        self.start_draft(lines.0);
        let building = self.current.as_mut().expect("a draft was just started");
        building.draft.lines = lines;
        building.draft.story.questions.push(question.to_string());
        // A reminder over its parts in items nested under it (`- Situation: …`): the
        // reminder in the notes and names the story, the parts fill theirs.
        let parted = text.split_once('\n').filter(|(_, below)| {
            below.lines().any(|l| {
                split_label(&strip_marker(l.trim()))
                    .is_some_and(|(label, _)| matches!(label, Label::Part(_)))
            })
        });
        if let Some((reminder, below)) = parted {
            append(&mut building.draft.story.notes, reminder.trim());
            building.draft.story.title = short_title(reminder.trim());
            let below: Vec<&str> = below.lines().collect();
            for (line, segment) in segments(&dedent(&below), lines.0 + 1, true, self.set) {
                self.fill(line, &segment);
            }
        } else {
            // (A follow-up run on under the last reminder, `**Follow-up:** "What is your
            // way…?"`, is that story's follow-up, not its words.)
            let mut kept: Vec<&str> = Vec::new();
            for (i, line) in text.lines().enumerate() {
                let asked = (i > 0)
                    .then(|| line.trim().trim_start_matches(['*', '_']).split_once(':'))
                    .flatten()
                    .filter(|(label, _)| {
                        followup_heading(label.trim_end_matches(['*', '_']).trim())
                            .is_some_and(|rest| rest.trim().is_empty())
                    })
                    .map(|(_, rest)| bare_question(rest.trim_start_matches(['*', '_']).trim()))
                    .filter(|q| is_question(q));
                match asked {
                    Some(question) => building.draft.story.followups.push(crate::model::Followup {
                        question,
                        answer: String::new(),
                    }),
                    None => kept.push(line),
                }
            }
            let text = kept.join("\n");
            append(&mut building.draft.story.notes, &text);
            if let Some(title) = reminder_title(&text) {
                building.draft.story.title = title;
            }
        }
        self.finish_guessed_by(question, lines.0);
        self.section = None;
    }

    /// Links the draft being read, which names no principle, to the one its question's
    /// words are nearest, as a story under a question's heading is, and finishes it; the
    /// report says so of a draft kept.
    fn finish_guessed_by(&mut self, question: &str, line: usize) {
        // (A question that names its principle, set as a name, `…you showed Ownership
        // beyond your scope`, links the story to it: no guess.)
        let named = capitalized_names(question, self.set);
        if let Some(building) = self.current.as_mut()
            && building.draft.story.principles.is_empty()
        {
            building.draft.story.principles = named;
        }
        let nearest = self
            .nearest(question)
            .map(|p| (p.id.clone(), p.name.clone()));
        let mut warning = None;
        let by_name = self.named_by();
        if let Some(building) = self.current.as_mut()
            && building.draft.story.principles.is_empty()
            && let Some((id, name)) = nearest
        {
            building.draft.story.principles = vec![id];
            building.draft.guessed = true;
            warning = Some(guessed_warning(line, question.trim(), &name, by_name));
        }
        let before = self.plan.drafts.len();
        self.finish_draft();
        if self.plan.drafts.len() > before
            && let Some(warning) = warning
        {
            self.plan.warnings.push(warning);
        }
    }

    /// A question left asked above no story is the person's own. (Answered by a story
    /// under it already, it is that story's.)
    fn release_asked_above(&mut self) {
        if let Some(above) = self.asked_above.take()
            && !above.answered
        {
            self.waiting.push((above.question, above.lines));
            self.own_waiting();
        }
    }

    /// Closes the region under a heading that names no principle (see
    /// [`Self::close_outside`]); `above` is the question a story here answers, taken
    /// by the story.
    fn close_region(
        &mut self,
        next: Option<(u8, &str)>,
        above: &mut Option<(String, (usize, usize))>,
    ) {
        let Some((heading, level, lines)) = self.outside.take() else {
            return;
        };
        let (next, next_heading) = (next.map(|(n, _)| n), next.map(|(_, text)| text));
        // `## Story 1: Tell me about a time you…`: a story's label over the question the
        // story answers, read as that question, not as the story's name.
        let heading = {
            let named = story_heading(&unquote(&heading));
            let labelled = named != unquote(&heading).trim();
            // (Opening as a question does, not merely naming how a story went: `Story
            // A — RBAC mistake, and how you handled being wrong` is a name.)
            let asks = is_question(&named) || asks_unmarked(&named);
            if labelled && asks { named } else { heading }
        };
        let blocks = std::mem::take(&mut self.pending);
        let subs = std::mem::take(&mut self.sub_headings);
        // `Musialiser:` over `- Challenge:` / `* overlay zsorting`, `- Setback:` / `*
        // visualisation not smooth`, under a heading that names no principle: labels
        // naming the kind of story each reminder under them is, three or more; each
        // reminder a story. The rest of the region is read as it would be without
        // those lists.
        let mut blocks = blocks;
        // (The heading's principles, costly to read, are looked for last.)
        if subs.is_empty()
            && self.parent.is_none()
            && let Some(items) = self.themed_items(&blocks)
            && heading_principles(&heading, self.set).is_empty()
        {
            let lists: Vec<&AstNode<'_>> = (blocks.iter().copied())
                .filter(|b| {
                    let (from, to) = span(b);
                    items.iter().any(|i| (from..=to).contains(&i.line))
                })
                .collect();
            self.draft_themed(items, &heading, level, &lists);
            blocks.retain(|b| !lists.iter().any(|l| l.same_node(b)));
        }
        self.part_level = None;
        // A region opened by its first part's heading (`## Situation`), named by the
        // heading above it: that heading is reported where it stands, this one with
        // the parts.
        let opened_by_part = subs.first().is_some_and(|(first, _)| *first == lines);
        if self
            .parent
            .as_ref()
            .is_some_and(|(_, above)| level <= *above)
        {
            self.parent = None;
        }
        // Under a self-introduction, or a section that says its answers are templates
        // or samples, the sections deeper tell none of the writer's stories; the next
        // heading as high or higher ends it, whatever that heading turns out to be (a
        // story's name over its parts as much as a section of stories).
        if self
            .aside_below
            .as_ref()
            .is_some_and(|(above, _, _)| level <= *above)
        {
            self.aside_below = None;
        }
        // `## 6. Follow-up questions to expect` after a story: each question under it,
        // with the answer after it, is one of that story's follow-ups.
        // The story above: the last draft, with no heading between it and here at this
        // heading's level or above (its own retellings, `### Spoken version`, may be).
        let story_end = self.plan.drafts.last().map(|d| d.lines.1);
        let apart = story_end.is_none_or(|end| {
            let between = self
                .lines
                .get(end..lines.0.saturating_sub(1))
                .unwrap_or(&[]);
            between.iter().any(|line| {
                let marks = line.bytes().take_while(|&b| b == b'#').count();
                marks > 0 && marks <= usize::from(level) && line[marks..].starts_with(' ')
            })
        });
        // (Or each question a heading of its own, its answer under it.)
        let asked_below = subs
            .iter()
            .all(|(_, text)| is_question(&bare_question(text)));
        // (Nothing under it yet, `### Q&A:` and no more, is the same heading, empty.)
        if (followup_heading(&heading).is_some() || if_asked_heading(&heading))
            && asked_below
            && !apart
        {
            // A rule ends them: what comes after it (the next topic, a remark on the
            // whole) is no longer asked of the story, and is skipped with the section.
            let cut = (blocks.iter())
                .position(|node| matches!(node.data().value, NodeValue::ThematicBreak))
                .unwrap_or(blocks.len());
            let (blocks, after) = blocks.split_at(cut);
            let cut_line = after.first().map_or(usize::MAX, |node| span(node).0);
            let (subs, later): (Vec<_>, Vec<_>) = subs
                .into_iter()
                .partition(|((line, _), _)| *line < cut_line);
            let mut past: Vec<(usize, usize)> = after.iter().map(|node| span(node)).collect();
            past.extend(later.into_iter().map(|(lines, _)| lines));
            past.sort_unstable();
            for (start, end) in past {
                self.plan.skipped.push(Skipped {
                    lines: (start, end),
                    reason: format!(
                        "under '{}', after the follow-ups of the story above",
                        heading.trim()
                    ),
                    text: self.source(start, end, 0),
                });
            }
            let texts: Vec<(usize, String)> = (blocks.iter().map(|node| span(node)))
                .map(|(start, end)| (start, self.source(start, end, 0)))
                .collect();
            // The story runs on to the end of its follow-ups: a second heading over
            // them (`### 5 Whys:`, then `### Q&A:`) is its too.
            let end = (blocks.iter().map(|node| span(node).1))
                .chain(subs.iter().map(|((_, end), _)| *end))
                .fold(lines.1, usize::max);
            let draft = self.plan.drafts.last_mut().expect("checked above");
            draft.lines.1 = draft.lines.1.max(end);
            let story = &mut draft.story;
            // `### What would you change? (follow up)`: the heading asks it; the
            // answer is under it.
            if let Some(asked) = followup_heading(&heading).filter(|q| is_question(q)) {
                story.followups.push(Followup {
                    question: asked.to_string(),
                    answer: String::new(),
                });
            }
            // A question's heading: a follow-up, answered by the blocks under it.
            fn asked_in_heading(
                story: &mut crate::model::Story,
                ignored: &mut Vec<Skipped>,
                line: usize,
                asked: &str,
            ) {
                story.followups.push(Followup {
                    question: unnumbered_question(&bare_question(asked)).to_string(),
                    answer: String::new(),
                });
                ignored.push(Skipped {
                    lines: (line, line),
                    reason: "a follow-up question of the story above, its answer under it".into(),
                    text: asked.trim().to_string(),
                });
            }
            let mut subs = subs.iter().peekable();
            for (start, text) in &texts {
                while let Some(((line, _), asked)) = subs.next_if(|((line, _), _)| line < start) {
                    asked_in_heading(story, &mut self.plan.ignored, *line, asked);
                }
                // A list of questions and nothing else (`### Common Follow-ups` over
                // `- How do you decide…?`, `- What would you do…?`): each asked, none
                // the answer of another.
                let items: Option<Vec<String>> = (text.lines())
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| item_body(l).map(bare_question).filter(|q| is_question(q)))
                    .collect();
                if let Some(items) = items.filter(|items| items.len() >= 2) {
                    for question in items {
                        story.followups.push(Followup {
                            question,
                            answer: String::new(),
                        });
                    }
                    continue;
                }
                // The question on the block's first line; its answer, if any, after it.
                let (first, rest) = text.trim().split_once('\n').unwrap_or((text.trim(), ""));
                let asked = bare_question(first);
                if is_question(&asked) {
                    story.followups.push(Followup {
                        question: asked,
                        answer: rest.trim().to_string(),
                    });
                } else if let Some(open) = story.followups.last_mut() {
                    append(&mut open.answer, text);
                } else {
                    append(&mut story.notes, text);
                }
            }
            // A question's heading with nothing under it, last: asked, not answered yet.
            for ((line, _), asked) in subs {
                asked_in_heading(story, &mut self.plan.ignored, *line, asked);
            }
            self.plan.ignored.push(Skipped {
                lines,
                reason: "a heading over the follow-ups of the story above".into(),
                text: self.source(lines.0, lines.1, 0),
            });
            return;
        }
        // (`### Anchor 1: NAME` under `## The 3 Anchor Stories`: the story's label and
        // number, as `Story 1:` is.)
        let named = self
            .heading_over(lines.0)
            .and_then(|over| kind_numbered_name(&heading, over))
            .unwrap_or_else(|| story_heading(&unquote(&heading)));
        let empty = blocks
            .iter()
            .all(|node| matches!(node.data().value, NodeValue::ThematicBreak));
        // (`STAR Method — Behavioral Answers`: what follows the label names the
        // section's stories together, not one of them.)
        let labelled_name = named != unquote(&heading).trim() && !group_heading(&named);
        let (mut title, remark) = heading_title(&named);
        let remark_names = remark.as_deref().and_then(|r| {
            let names = remark_principles(r, self.set);
            (names.unknown.is_empty() && !(names.ids.is_empty() && names.ambiguous.is_empty()))
                .then_some(names)
        });
        // A name whose remark names its principles (`# Story 3 — NAME (Dive Deep +
        // Frugality)`) heads the story under it, whatever heading comes next.
        let over = empty
            || remark_names.is_none()
                && next.is_some_and(|n| n > level)
                && !self.tells_story(&blocks, &subs);
        if labelled_name && subs.is_empty() && over {
            // `## Story A · NAME` over `### Sample`: the name of the story below; a
            // note under the name is about it.
            self.plan.ignored.push(Skipped {
                lines,
                reason: "a story's name over its parts: the title of the story below".into(),
                text: self.source(lines.0, lines.1, 0),
            });
            for node in blocks {
                if matches!(node.data().value, NodeValue::ThematicBreak) {
                    continue;
                }
                let (start, end) = span(node);
                self.plan.skipped.push(Skipped {
                    lines: (start, end),
                    reason: "a note on the story below".into(),
                    text: self.source(start, end, 0),
                });
            }
            self.parent = Some((named, level));
            self.named_over.push((lines.0, level));
            return;
        }
        // A question with nothing under it but a deeper heading asks for the story
        // under that heading; so does one over a heading at its own level that names
        // a story by its label (`### STAR Story #1 — NAME`).
        let names_story = |heading: &str| {
            let heading = unquote(heading);
            story_heading(&heading) != heading.trim()
        };
        if empty
            && subs.is_empty()
            && remark.is_none()
            && !labelled_name
            && (next.is_some_and(|n| n > level)
                || next == Some(level) && next_heading.is_some_and(names_story))
            && (is_question(&title) || asks_for_story(&title))
        {
            // (`## 故事 1: 如何构建 Golden Dataset` over the story's sections: the label
            // before the question is kept with the lines read as structure.)
            self.plan
                .ignored
                .extend(dropped_number(lines.0, &unquote(&heading), &title));
            self.asked_above = Some(AskedAbove {
                question: title,
                lines,
                level,
                answered: false,
                beside: next == Some(level),
            });
            return;
        }
        let mut ids: Vec<String> = Vec::new();
        // A principle's name closing the heading (`…-star-ownership`): its tag, first.
        // (Its remark set aside, which may name principles of its own: `"OEE forms" →
        // Customer Obsession (+ Dive Deep)`.)
        // (A remark in brackets that names principles itself, `(Customer Obsession /
        // Invent & Simplify)`, gives them in its own order: the last of them closes the
        // heading, but the first is the story's first.)
        let remark_names_any = remark_names.as_ref().is_some_and(|n| !n.ids.is_empty());
        let closing = match remark {
            Some(_) if remark_names_any => closing_name(&title, self.set),
            Some(_) => closing_name(&title, self.set).or_else(|| closing_name(&heading, self.set)),
            None => closing_name(&heading, self.set),
        };
        if let Some(id) = closing {
            ids.push(id);
            // The name the arrow points from is the story's; the principle is its tag.
            if let Some((name, _)) = title.rsplit_once(['→'])
                && !name.trim().is_empty()
            {
                title = name.trim().trim_matches(['"', '“', '”']).trim().to_string();
            }
        }
        let remark_ids = remark_names.as_ref().map(|n| n.ids.clone());
        if let Some(names) = remark_names {
            link(&mut ids, names.ids);
            self.report_ambiguous(lines.0, &names.ambiguous);
        }
        // A story that principles' lists of links point to (by the anchor just above
        // its heading, or the heading's own anchor) is theirs.
        let anchors = [self.anchor_above(lines.0), Some(slug(&heading))];
        for anchor in anchors.into_iter().flatten() {
            if let Some(found) = self.index.get(&anchor) {
                link(&mut ids, found.clone());
                self.used_anchors.insert(anchor);
            }
        }
        let mut tag_blocks = Vec::new();
        // Stories named one after another under the heading (`STORY 2 — NAME` in plain
        // notes), each with its own line of principles: a line after the second name
        // is that story's, linked as it is read; the first story takes those above.
        let mut another = false;
        let mut later: Vec<String> = Vec::new();
        for (i, node) in blocks.iter().enumerate() {
            let (start, end) = span(node);
            let text = self.source(start, end, 0);
            let names_one = |j: usize, line: &str| j > 0 && story_name(line.trim()).is_some();
            another |= i > 0 && text.lines().next().is_some_and(|l| names_one(1, l));
            let tagged = tag_line(&text, self.set);
            let own = another;
            // A name on a later line of the block: the blocks after it are its story's.
            another |= text.lines().enumerate().any(|(j, line)| names_one(j, line));
            if let Some(names) = tagged {
                if own {
                    link(&mut later, names.ids);
                    continue;
                }
                link(&mut ids, names.ids);
                self.report_ambiguous(start, &names.ambiguous);
                // `Candidate LPs: Ownership, GenAI Fluency`: a name of no principle in
                // the set is said, not dropped in silence.
                let label = text.split_once(':').map_or(text.as_str(), |(l, _)| l);
                self.report_unknown(start, &names.unknown, label.trim_matches(['*', '_', ' ']));
                tag_blocks.push(i);
            } else if let Some(names) = names_on_a_line(&text, self.set) {
                // A list's item (`- **Leadership Principles**: …`): the list is read
                // as the story's, and the item links them again.
                link(&mut ids, names.ids);
            }
        }
        // Only the stories after the first name theirs: the first names none of its own.
        let own_names = !later.is_empty();
        let first_ids = ids.clone();
        if ids.is_empty() {
            ids = later;
        }
        // A story that names no principle, told in the first person: its principles
        // are those its words are nearest, and the report says so.
        let mut guessed = None;
        // The principle of the story above, when this section retells it and that
        // principle was itself a guess.
        let mut inherited: Option<String> = None;
        let mut nearest = Vec::new();
        // `## Story1`, `## Story: NAME`: the writer says it is a story; under a heading
        // that asks for one, what is written is its reminder.
        // `## My stories` over a list of items that each name a story in bold (`1.
        // **The outage** — I led the rollback`): each item a story's reminder, as under
        // a principle's heading, its principle the one its words are nearest. Not slots
        // the reader is told how to fill ("Must include your debugging method").
        // A sentence that ends in a colon may lead to the list ("Have a two-minute
        // story for each:"); saying "story" there is as good as in the heading.
        let lead = blocks.first().filter(|node| {
            blocks.len() > 1
                && matches!(node.data().value, NodeValue::Paragraph)
                && self.list_lead(node)
        });
        let listed = &blocks[usize::from(lead.is_some())..];
        let says_stories = |node: &&'a AstNode<'a>| {
            let (start, end) = span(node);
            plain_words(&self.source(start, end, 0))
                .iter()
                .any(|w| matches!(w.as_str(), "story" | "stories"))
        };
        // A heading that names no principle, nor a story above it, over nothing of its
        // own: it may head a list of stories.
        let unnamed = ids.is_empty() && self.parent.is_none() && subs.is_empty();
        // `## Product Centric` over items that each name a story and, on the lines
        // under the name, the principles it shows: each item a story linked to them.
        if unnamed
            && let Some(items) = self.tagged_items(&blocks)
            && let Some(first) = self.set.principles.first()
        {
            self.open_list(lines, OVER_STORIES, level, first);
            for item in items {
                let (at, name) = item.name;
                let ((from, to), principles) = item.tags;
                self.start_draft(at);
                let building = self.current.as_mut().expect("a draft was just started");
                building.draft.lines = (at, item.end);
                name_story(&mut building.draft.story, &name);
                building.draft.story.principles = principles;
                self.plan.ignored.push(Skipped {
                    lines: (from, to),
                    reason: "the lines that name the story's principles (linked)".into(),
                    text: self.source(from, to, 0),
                });
                // (From its first line that is not blank: the line numbers stay.)
                let from = (to + 1..=item.end)
                    .find(|&n| self.lines.get(n - 1).is_some_and(|l| !l.trim().is_empty()));
                if let Some(from) = from {
                    let told = self.source(from, item.end, 0);
                    for (line, segment) in segments(&told, from, true, self.set) {
                        self.fill(line, &segment);
                    }
                }
                self.finish_draft();
            }
            self.section = None;
            return;
        }
        // `- Bot Land launch - earn trust, customer obsession, deep dive`: list items
        // that each name a story and, after a dash, only the principles it shows, two
        // or more: a story each, linked to them in the order written; the rest of the
        // region is skipped as it would be.
        if unnamed
            && let Some(items) = self.dashed_items(&blocks)
            && let Some(first) = self.set.principles.first()
        {
            self.named_items(items, &heading, lines, level, &blocks, first);
            self.section = None;
            return;
        }

        // Paragraphs that each open by saying which principle they show ("Another
        // leadership principle I have demonstrated in the past is learn and be
        // curious."), two or more: a story each, linked to it, with the paragraphs after
        // it up to the next; what comes before the first is not a story.
        if self.parent.is_none()
            && subs.is_empty()
            && let Some(led) = self.principle_paragraphs(&blocks)
            && let Some(first) = self.set.principles.first()
        {
            if heading.is_empty() {
                self.finish_draft();
                self.section = Some(Section::own_names(first.id.clone(), level));
            } else {
                self.open_list(lines, OVER_STORIES, level, first);
            }
            let mut led = led.into_iter().peekable();
            for (i, node) in blocks.iter().copied().enumerate() {
                let (start, end) = span(node);
                let told = self.source(start, end, 0);
                if let Some((_, id)) = led.next_if(|(at, _)| *at == i) {
                    self.finish_draft();
                    self.start_draft(start);
                    // Its title from what it tells after the sentence naming the
                    // principle ("During high school, my mental health was far from…").
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.draft.story.principles = vec![id];
                    // (Or from what it tells after the label naming it.)
                    if let Some((_, after)) = labelled_principle(&told, self.set) {
                        building.draft.story.title =
                            short_title(crate::model::first_sentence(after).trim_end_matches('.'));
                    } else if let Some((_, rest)) = told.split_once(['.', '!'])
                        && !rest.trim().is_empty()
                    {
                        building.draft.story.title =
                            short_title(crate::model::first_sentence(rest).trim_end_matches('.'));
                    }
                } else if self.current.is_none() {
                    self.plan.skipped.push(Skipped {
                        lines: (start, end),
                        reason: "before the first paragraph that names the principle it shows: not a story".into(),
                        text: told,
                    });
                    continue;
                }
                for (line, segment) in segments(&told, start, true, self.set) {
                    self.fill(line, &segment);
                }
                if let Some(building) = self.current.as_mut() {
                    building.draft.lines.1 = end;
                }
            }
            self.finish_draft();
            self.section = None;
            return;
        }
        // `1. Conducted a master class on NLP…`, `2. Predicate engine, use of like
        // operator`, … with no heading over them, in notes that name no principle: the
        // writer's list of their stories, a story each, linked to the principle its words
        // are nearest; a quotation after an item is a note on it.
        // (Or `### Other cases` over `1. internal terraform registry…`, `2. Centos9 -
        // helped the team…`, after stories told under headings at its level: more of
        // the writer's stories, a line each.)
        let other_cases = group_heading(&title)
            && !about_answering(&title)
            && subs.is_empty()
            && self.short_items_alone(&blocks) >= 2
            && self.after_sibling_story(level, lines.0);
        if (heading.is_empty()
            && subs.is_empty()
            && self.plan.drafts.is_empty()
            && self.reminders_alone(&blocks)
            && !self.names_a_principle()
            || other_cases)
            && let Some(first) = self.set.principles.first()
        {
            self.finish_draft();
            if other_cases {
                self.plan.ignored.push(Skipped {
                    lines,
                    reason: "a heading over more of the writer's stories, a line each".into(),
                    text: self.source(lines.0, lines.1, 0),
                });
            }
            self.section = Some(Section::own_names(first.id.clone(), level));
            for node in blocks.iter().copied() {
                if matches!(node.data().value, NodeValue::List(_)) {
                    for item in node.children() {
                        let (start, end) = span(item);
                        let text = strip_marker(&self.source(start, end, 0));
                        self.finish_draft();
                        // (A remark naming principles, `… (Ownership)`, links them.)
                        let named = text
                            .lines()
                            .next()
                            .and_then(|line| heading_title(line).1)
                            .map(|remark| remark_principles(&remark, self.set))
                            .filter(|names| !names.ids.is_empty() && names.unknown.is_empty());
                        let building = self.start_item_draft((start, end), &text);
                        if let Some(names) = named {
                            building.draft.story.principles = names.ids;
                        }
                    }
                } else {
                    let (start, end) = span(node);
                    let told = self.source(start, end, 0);
                    let building = self.current.as_mut().expect("a list comes first");
                    append(&mut building.draft.story.notes, &told);
                    building.draft.lines.1 = end;
                }
            }
            self.finish_draft();
            self.section = None;
            return;
        }
        // `## Leadership Principles stories` over `- **Dive Deep**: *Leases weren't
        // enough.* While designing…`: a list whose items each open with the principles
        // they show in bold, the story after: a story each, linked to those.
        if unnamed
            && let Some(list) = self.principle_list(&blocks)
            && let Some(first) = self.set.principles.first()
        {
            self.open_led_list(lines, level, first, &blocks, list);
            for item in list.children() {
                let (start, end) = span(item);
                let text = strip_marker(&self.source(start, end, 0));
                let Some((ids, rest)) = principle_item(&text, self.set) else {
                    continue;
                };
                let building = self.start_item_draft((start, end), rest);
                building.draft.story.principles = ids;
                // `*Leases weren't enough.*`: the story's name in emphasis, first.
                if let Some(name) = rest
                    .strip_prefix('*')
                    .and_then(|r| r.split_once('*'))
                    .map(|(name, _)| name.trim().trim_end_matches('.'))
                    .filter(|name| !name.is_empty() && !name.contains('\n'))
                {
                    building.draft.story.title = short_title(name);
                }
                self.finish_draft();
            }
            self.section = None;
            return;
        }
        // `1. Customer Obsession - BIP Reports`, `2. Ownership - Consolidation of
        // objects`: a list whose items each open with a principle's name, plain, then a
        // dash or a colon and the writer's reminder of a story for it: a story each,
        // linked to the principle its item names. (An item with nothing after its name
        // is a principle still without a story.)
        if unnamed
            && let Some(list) = self.named_reminders(&blocks)
            && let Some(first) = self.set.principles.first()
        {
            self.open_led_list(lines, level, first, &blocks, list);
            for item in list.children() {
                let (start, end) = span(item);
                let text = strip_marker(&self.source(start, end, 0));
                match named_reminder(&text, self.set) {
                    Some((id, rest)) if !rest.trim().is_empty() => {
                        let building = self.start_item_draft((start, end), rest);
                        building.draft.story.principles = vec![id];
                        self.finish_draft();
                    }
                    _ => self.plan.skipped.push(Skipped {
                        lines: (start, end),
                        reason: "a principle named with no story after it".into(),
                        text: self.source(start, end, 0),
                    }),
                }
            }
            self.section = None;
            return;
        }
        if unnamed
            && (over_stories(&title) || lead.is_some_and(says_stories))
            && self.story_list(listed)
            && let Some(first) = self.set.principles.first()
        {
            self.open_list(lines, OVER_STORIES, level, first);
            if let Some(node) = lead {
                let (start, end) = span(node);
                self.plan.ignored.push(Skipped {
                    lines: (start, end),
                    reason: "a lead-in to the stories under it".into(),
                    text: self.source(start, end, 0),
                });
            }
            for item in listed.iter().flat_map(|node| node.children()) {
                let (start, end) = span(item);
                let text = self.source(start, end, 0);
                let (first_line, more) = item_lead(&text);
                let Some((name, rest)) = named_item(&first_line) else {
                    continue;
                };
                self.item_draft((start, end), Some(name), &[rest, more]);
            }
            self.section = None;
            return;
        }
        // `### Tell me about a time you went above and beyond.` over a list of the
        // writer's reminders (`- Stayed up for a release`, `- Rescued the demo`): a
        // story each, with the question, as under a question asked in a paragraph.
        // (One item alone is the story under the heading, read below.)
        // (Not a story's parts, an item each, `- S: …`, `- Context: …`: no item opens
        // on a label. Nor one telling's sentences: reminders leave out "I", and stand
        // apart, none going on from the one above with "This was…", "Then…".)
        if unnamed
            && let Some((lead, items)) = self.reminders_of_occasions(&heading, &blocks)
            && let Some(first) = self.set.principles.first()
        {
            self.finish_draft();
            self.plan.ignored.push(Skipped {
                lines,
                reason: "a question over the reminders of the stories that answer it".into(),
                text: self.source(lines.0, lines.1, 0),
            });
            if let Some((s, e)) = lead {
                self.plan.ignored.push(Skipped {
                    lines: (s, e),
                    reason: "a lead-in to the reminders under it".into(),
                    text: self.source(s, e, 0),
                });
            }
            let question = heading.trim().to_string();
            for ((s, e), reminder) in items {
                if !reminder {
                    self.plan.skipped.push(Skipped {
                        lines: (s, e),
                        reason: format!("under '{title}', no story's reminder"),
                        text: self.source(s, e, 0),
                    });
                    continue;
                }
                // (Its lines end at its last word: blank lines after it, the tags of
                // a `<details>` block read as blank, are not the story's.)
                let e = self.written_span((s, e)).map_or(s, |(_, e)| e);
                let text = strip_marker(&self.source(s, e, 0)).trim().to_string();
                self.reminder_draft(&first.id, level, (s, e), &question, &text);
            }
            self.section = None;
            return;
        }
        // `## Tools I have worked on:` over a list of short items, each a thing the
        // writer made ("chrome extension-Saw a gap and fixed it"): each item a story's
        // reminder, its principle the one its words are nearest.
        if unnamed
            && own_works(&title)
            && let Some(list) = self.reminder_list(&blocks)
            && let Some(first) = self.set.principles.first()
        {
            let reason = "a heading over the writer's own work, not a story's name";
            self.open_list(lines, reason, level, first);
            for node in blocks {
                if !std::ptr::eq(node, list) {
                    let (start, end) = span(node);
                    self.plan.skipped.push(Skipped {
                        lines: (start, end),
                        reason: format!("under '{title}', beside the list of the writer's work"),
                        text: self.source(start, end, 0),
                    });
                    continue;
                }
                self.draft_each_item(node);
            }
            self.section = None;
            return;
        }
        // `Strong stories include:` over a list of short names ("Dealer Operating
        // System ownership transition", "AWS SDK migration"), last under a heading that
        // names no principle: the writer's one-line reminders of their own stories,
        // each a draft as under a principle. What stands before the lead-in (a pointer
        // to an index, a word of advice) is skipped beside them. Not a list of kinds
        // the reader is told to find ("Your stories should cover:").
        if unnamed
            && let [before @ .., lead, list] = blocks.as_slice()
            && matches!(lead.data().value, NodeValue::Paragraph)
            && self.list_lead(lead)
            && {
                let (start, end) = span(lead);
                lists_own_stories(&self.source(start, end, 0))
            }
            && before
                .iter()
                .all(|node| matches!(node.data().value, NodeValue::Paragraph))
            && self.reminder_list(&[*list]).is_some()
            && self.names_listed(list)
            && let Some(first) = self.set.principles.first()
        {
            self.open_list(lines, OVER_STORIES, level, first);
            for node in before {
                let (start, end) = span(node);
                self.plan.skipped.push(Skipped {
                    lines: (start, end),
                    reason: format!("under '{title}', beside the list of the writer's stories"),
                    text: self.source(start, end, 0),
                });
            }
            let (start, end) = span(lead);
            self.plan.ignored.push(Skipped {
                lines: (start, end),
                reason: "a lead-in to the stories under it".into(),
                text: self.source(start, end, 0),
            });
            self.draft_each_item(list);
            self.section = None;
            return;
        }
        let called = labelled_name || story_label(&heading) || calls_itself_a_story(&heading);
        let asked = asks_for_story(&heading);
        let mut shorthand = false;
        let mut banked = false;
        let mut among_stories = false;
        if ids.is_empty() {
            let told = self.region_text(&blocks);
            let first_line = told.lines().find(|l| !l.trim().is_empty());
            // (The section that says so is set aside with those under it.)
            let mut aside = self.aside_below.is_some();
            if !aside {
                let why = if introduction_heading(&title) {
                    Some("which introduces you: no story")
                } else if template_answers(told.split("\n\n").next().unwrap_or("")) {
                    Some("which says its answers are templates, not your own")
                } else if samples_heading(&title) && self.advises() {
                    Some("which says its stories are a guide's samples, not your own")
                } else if shape_heading(&title) && self.advises() {
                    Some("which shows the shape of a story: a guide's example, not your own")
                } else if technical_heading(&title)
                    // (Under a heading that asks for an occasion, a first line on a
                    // technical problem is the story's: "One of the most complex
                    // technical problems I solved…".)
                    // (Nor a first line that asks for one, `**Question:** "Tell me about
                    // a technical challenge you solved…"`: a story's prompt.)
                    || !asked
                        && first_line.is_some_and(|l| technical_lead(l) && !asks_for_story(l))
                {
                    Some("which holds technical questions: no story")
                } else if pitches_heading(&title)
                    || timed_version(&title) && self.right_under_the_title(lines.0)
                {
                    Some("which holds pitches of what a project is: no story")
                } else if phrases_heading(&title) {
                    Some("which holds phrases to borrow when answering: no story")
                } else if assessed_heading(&title) {
                    Some("which says what interviewers will judge in an answer: no story")
                } else if word_bank_heading(&title) {
                    Some("which holds words to use in answers: no story")
                } else {
                    None
                };
                if let Some(why) = why {
                    self.aside_below = Some((level, heading.clone(), why));
                    aside = true;
                }
            }
            // What happened, told in the first person; or parts labelled as a story's
            // (`S：…`, `**Action**:`) by a writer who leaves out "I", not advice to a
            // reader.
            let (narrative, labelled) = self.reading(&told, &blocks, &subs);
            // Under a heading that asks for a story: a short reminder, or the writer's
            // own account; not notes about someone else's answer ("They raised it…").
            // Under a heading that names the kind of story (`## failure`, `## fpga board
            // (tight deadline)`), a story told in notes' shorthand may keep few verbs in
            // the past ("went over the textbook, split it into small parts"): the writer
            // speaking of themselves, "I" twice or more, is enough.
            shorthand = names_a_theme(&heading)
                && told.split_whitespace().count() > 30
                && alone_twice(&told)
                && own_account(&told)
                && !habitual(&told)
                && !to_reader(&told);
            // An answer begun with a part's label (`situation: A lead wanted…`) is the
            // story's, however far it got.
            // (A short answer that speaks of now, "I prefer…", "I'm excited to…", tells
            // what its writer is or likes, not a story.)
            // So is one in notes' shorthand, "I" left out and the tense kept ("This
            // was supposed to be a multi-sprint project but the managers decided…"), as
            // a question's answer read a unit at a time is.
            // (Read only under a heading that asks.)
            // (In notes that advise no reader, an answer in quotation marks is the
            // writer's own, as said aloud.)
            let said = |t: &str| {
                if self.advises() {
                    unquoted(t)
                } else {
                    t.replace(['“', '”', '"'], " ")
                }
            };
            let answers = || {
                let words = told.split_whitespace().count();
                !to_reader(&told)
                    && (words <= 30 && !speaks_of_now(&told)
                        || events_told(&said(&told)) >= 3
                        // (Or a short account in which the writer did something: "I
                        // identified bottlenecks, parallelized processing…".)
                        || words <= 80
                            && first_person_events(&said(&told)) >= 1
                            && !speaks_of_now(&told)
                        || narrative
                        // (Or one thing told without "I" as its doer: "One project I'm
                        // proud of involved…. The work required…. The improvements
                        // stabilized…": three sentences or more in the past, most of
                        // them, and none of what the writer does in general.)
                        || told_impersonally(&said(&told))
                        || self.labelled_parts(&blocks, &subs) >= 1)
            };
            // `### 3. Lead-ID — expanding the product line` under `# STAR Story Bank`: a
            // numbered entry of the writer's bank of stories, its lines the story's
            // reminder, "I" left out, however short.
            // (Questions the writer puts to themselves on it, `*Sharpen: how did you
            // win buy-in?*`, speak to no reader.)
            banked = self.banked_entry(lines.0)
                && beyond_labels(&told) >= 3
                && !to_reader(&without_own_questions(&told));
            // `## The Water Boys` over `- joined for fun, found it rewarding`, `- became
            // vice pres…`: a story in fragments, "I" left out, most in the past.
            let fragments = !is_question(&title)
                && !names_questions(&title)
                && !group_heading(&title)
                && self.told_in_fragments(&blocks);
            // `### Conflict with a coworker` over `- What was the conflict?`, `- How did
            // you resolve?`, each answered under it: one story, told under the writer's
            // own prompts.
            let prompted = prompted_outline(&told)
                && !is_question(&title)
                && !names_questions(&title)
                && !group_heading(&title)
                && !about_the_person(&title);
            // `### Leading PII incident` over `- scale`, `- cross-organizational
            // improvements…`, right after a story told under a heading at its level: one
            // more of the writer's stories, in a reminder's few words.
            among_stories = !is_question(&title)
                && !names_questions(&title)
                && !group_heading(&title)
                && !about_answering(&title)
                && !about_the_person(&title)
                && !plan_heading(&title)
                && !checklist_heading(&title)
                && !inventory_heading(&title)
                && classify(&as_label(&title), self.set).is_none()
                && self.short_items_alone(&blocks) >= 2
                // (Not items that each open on a question in bold, `- **Why JPA?**
                // entity-centred design…`: questions, each with its answer's points.)
                && !items_open_on_questions(&told)
                && self.after_sibling_story(level, lines.0);
            // (Under a heading that names the kind of story, `### failure`, `###
            // 工作中遇到blocking / chanllenging`, a short answer is one story's reminder,
            // as under a heading that asks for one.)
            let theme = names_a_theme(&heading);
            // (There the writer says what they did, "I…" with a verb in the past, or
            // 我 and a verb with 了: "我对schema进行了研究，找到了原因".)
            let own_deed = || {
                let said = said(&told);
                said.split_whitespace().count() <= 80
                    && !to_reader(&told)
                    && !speaks_of_now(&told)
                    && (first_person_events(&said) >= 1
                        || writer_in_cjk(&said) > 0 && words_of(&said).iter().any(|w| past(w)))
            };
            let reminder = (called
                || among_stories
                || asked && answers()
                || theme && own_deed()
                || shorthand
                || own_example(&told)
                || banked
                || fragments
                || prompted)
                && !told.trim().is_empty()
                // (`### Example: splitting a dinner bill` over nothing but a command and
                // its output: code, no word of what happened.)
                && !only_code(&told);
            // Stories named one after another (`**a) Migration to Next.js**`), each
            // with a line or none under it: reminders of several stories.
            let named = blocks
                .iter()
                .filter(|node| {
                    let (start, end) = span(node);
                    enumerated_name(&self.source(start, end, 0), self.set).is_some()
                })
                .count()
                >= 2;
            // `# STAR METHOD` over nothing but a story told in its parts' labels (and a
            // picture): the writer's own example of the method, not advice on it.
            let example_only = labelled
                && blocks.iter().all(|node| {
                    let (start, end) = span(node);
                    let text = self.source(start, end, 0);
                    matches!(split_label(&text), Some((Label::Part(_), _)))
                        || text.trim().starts_with("![")
                        || matches!(node.data().value, NodeValue::ThematicBreak)
                });
            // The same story told again just below its first telling, shorter (`#
            // Outline` under `# Origin`, a cue card under the answer): most of its words
            // are that story's. It is a telling of its own, with that story's
            // principles; the report pairs the two. Under a heading deeper than the
            // story's own, in its section (`### Ready-to-say version` under `## 1)
            // Registration flow`), it is that story's: its notes.
            let retold = self
                .retells_above(&told)
                .filter(|_| !self.left_section_above(lines.0) && !points_elsewhere(&told))
                // (`## Technical Skills` over the tools the story above used: a list of
                // things, no telling. Nor is `## Honest Limitation`, what the story
                // above does not show.)
                .filter(|_| !inventory_heading(&title) && !names_limits(&title));
            if retold.is_some() && self.keep_with_above(level, lines, &blocks) {
                return;
            }
            // `me:` over the file's first lines, before any story: the writer
            // introducing themselves, as `About me` does (under a principle, `### Me`
            // heads the writer's own stories instead).
            let me_first =
                plain_words(&title) == ["me"] && self.plan.drafts.is_empty() && lines.0 <= 2;
            // `## 10. FUTURE IMPROVEMENTS`: what the writer would still do, no story.
            // Nor are the sections under one that answers only "why" questions: reasons
            // for choices (`### Bedrock Nova Micro over Other LLMs`).
            // Nor is an answer, told in no story's parts, to a question of how a thing
            // works or was built ("How did you implement resizable images?").
            // Nor is a job of the writer's work history, `### TCS — Junior DevOps
            // Engineer` over `**Duration**: ~2 years`, told in no story's parts: what
            // they did there, in general.
            let job = job_heading(&title) && first_line.is_some_and(gives_tenure);
            let no_story = plan_heading(&title)
                || self.under_section_asking_why(lines.0 + 1)
                || (asks_how_it_works(&title)
                    || job
                    || self.under_heading_asking_how_it_works(lines.0 + 1))
                    && !labelled;
            if (narrative || labelled || reminder || named || retold.is_some())
                && !no_story
                && !aside
                && !placeholder(&told)
                // (A question about the person, `Why blue team rather than red team?`,
                // answered in a story's labelled parts that tell what the writer did
                // then, is answered with a story. So is one the writer files under
                // their own stories, `## Stories` over `### Why have I left Acme?` and
                // what happened there, told: they keep it as a story to tell.)
                && (!about_the_person(&title)
                    || labelled && narrative
                    || narrative && self.filed_under_stories(lines.0 + 1)
                    // (In Chinese, whose verbs do not say they are past: three parts
                    // labelled or more, the Action's the writer doing the thing,
                    // `**Action**: 我实现了两层检索策略`, under `你说你用了…，具体是怎么实现
                    // 的？`.)
                    || labelled
                        && self.labelled_parts(&blocks, &subs) >= 3
                        && told.lines().any(|line| {
                            let line = strip_marker(line.trim_start().trim_start_matches('>').trim_start());
                            matches!(split_label(&line), Some((Label::Part(Part::Action), rest))
                                if writer_acts_in_chinese(rest))
                        }))
                && !me_first
                && (!about_answering(&title) || example_only || story_bank(&title))
            {
                // A principle's full name among the heading's words ("Leadership and
                // Ownership Story: …"): the writer's own link, not a guess.
                // Or, failing that, a principle's name of two words or more written in
                // the story itself ("I strongly agree with the bias for action…"), one
                // or two of them: a text that names more is a list of principles, not
                // a story's own word.
                let mut within = names_within(&heading, self.set);
                // (Named only in the story's words, under notes whose file's name or
                // title names a principle: that one first, as the writer filed it.)
                let filed = within.is_empty().then_some(self.named).flatten();
                // A sentence that says it names principles ("ownership and earn trust
                // are the leadership principles I…"): every name in it.
                // Or names set in quotation marks ("Deliver Results" and "Ownership"),
                // after those.
                if within.is_empty() {
                    within = principles_said(&told, self.set);
                    link(&mut within, principles_quoted(&told, self.set));
                }
                // (Not a name inside a question on a line of its own, `9. How do you
                // show your customer obsession?`: the interviewer's word, asked, not the
                // writer's link.)
                if within.is_empty() {
                    let named: Vec<String> = names_within(&without_own_questions(&told), self.set)
                        .into_iter()
                        .filter(|id| {
                            self.set
                                .get(id)
                                .is_some_and(|p| p.name.split_whitespace().count() >= 2)
                        })
                        .collect();
                    if named.len() <= 2 {
                        within = named;
                    }
                }
                if !within.is_empty() {
                    if let Some(filed) = filed {
                        nearest.push(filed.id.clone());
                    }
                    nearest.extend(within);
                } else if let Some((principles, guess)) = retold {
                    if guess {
                        inherited = (principles.first())
                            .and_then(|id| self.set.get(id))
                            .map(|p| p.name.clone());
                    }
                    nearest.extend(principles);
                } else if let Some(principle) = self.opening_principle() {
                    nearest.push(principle.id.clone());
                    // Said once, for the first story it links.
                    if !std::mem::replace(&mut self.opening_said, true) {
                        let line = self
                            .lines
                            .iter()
                            .position(|l| !l.trim().is_empty())
                            .unwrap_or(0)
                            + 1;
                        self.plan.warnings.push(format!(
                            "line {line}: the notes open with a description of {}; the stories under headings that name no principle are linked to it {REVIEW_HINT}",
                            principle.name
                        ));
                    }
                } else {
                    let query = if is_question(&title) {
                        title.clone()
                    } else {
                        format!("{title}\n{told}")
                    };
                    // Words no example has: the set's first principle, as `lp find` answers.
                    let first = self.nearest(&query).or_else(|| self.set.principles.first());
                    if let Some(principle) = first {
                        nearest.push(principle.id.clone());
                        guessed = Some(principle.name.clone());
                    }
                }
            }
        }
        link(&mut ids, nearest);
        if ids.is_empty() {
            // A line saying the story above answers the questions listed under it ("This
            // story answers all of these in one:"): they are that story's questions.
            let blocks = self.questions_of_above(blocks);
            // Not a story: the heading and every block are skipped, as written. (A region
            // opened by its first part's heading reports that heading with its parts.)
            if !heading.is_empty() && !opened_by_part {
                self.plan.skipped.push(Skipped {
                    lines,
                    reason: "heading names no principle".into(),
                    text: self.source(lines.0, lines.1, 0),
                });
            }
            self.outside = Some((heading, level, lines));
            for (sub_lines, _) in &subs {
                self.plan.skipped.push(Skipped {
                    lines: *sub_lines,
                    reason: "heading names no principle".into(),
                    text: self.source(sub_lines.0, sub_lines.1, 0),
                });
            }
            // (Under a self-introduction or a section of samples, no answer in it is a
            // story either; nor under a heading of plans, `## FUTURE IMPROVEMENTS`.)
            let aside = self.aside_below.is_some() || plan_heading(&title);
            if aside || !self.answered_units(&blocks, level) {
                for node in blocks {
                    if aside || !self.answered_list(node, level) {
                        self.content(node, 0);
                    }
                }
            }
            self.outside = None;
            return;
        }
        // A story: its principles from the lines that name them, its title from the
        // heading, its parts from the labels inside.
        if called && !opened_by_part {
            self.plan.ignored.push(Skipped {
                lines,
                reason: "a story's label and name: the name is its title".into(),
                text: self.source(lines.0, lines.1, 0),
            });
        }
        // Said once a draft is linked to it: a story under the heading asked by a
        // question of its own is linked by that question.
        let by_name = self.named_by();
        let guess_warning = guessed
            .as_ref()
            .map(|name| guessed_warning(lines.0, heading.trim(), name, by_name))
            .or_else(|| {
                inherited.as_ref().map(|name| format!(
                    "line {}: '{}' tells the story above again; linked to its principle, {name}, itself a guess: check it {REVIEW_HINT}",
                    lines.0,
                    heading.trim()
                ))
            });
        self.finish_draft();
        self.levels.insert(lines.0, level);
        self.section = Some(Section {
            structured: true,
            started: true,
            // Named a story by its writer (`## Story1`): kept, however little it says.
            guessed: guessed.is_some()
                && !called
                && !asked
                && !shorthand
                && !banked
                && !among_stories,
            principle_guessed: guessed.is_some() || inherited.is_some(),
            guess_warning,
            asks: (is_question(&title) || asks_for_story(&title))
                .then(|| title.clone())
                .or_else(|| numbered_quoted_question(&title)),
            own_names,
            // A story under a deeper heading of the region (`### 2. DEALING WITH
            // AMBIGUITY`, `**Maps to LPs:** Bias for Action + Are Right, A Lot`, then
            // `#### Story A: …`) takes every principle the region names, not only the
            // first; a guess is one principle.
            also: ids.get(1..).map(<[String]>::to_vec).unwrap_or_default(),
            ..Section::opened(ids[0].clone(), level)
        });
        // `## 2. Leadership & Initiative` over `### Q: Tell me about…`: a theme over the
        // questions its stories answer (the first asked before anything is told), not
        // a story's name.
        // (Or questions as items, each over its answer, the first right under it and
        // two or more in all: `## Project` over `* What technical issue did you deal
        // with?`, …, `* Did you lead a team?`.)
        let asked_item = |line: usize| {
            (self.lines.get(line.wrapping_sub(1)))
                .filter(|l| !l.starts_with([' ', '\t']))
                .and_then(|l| item_body(l))
                .is_some_and(|q| is_question(&bare_question(q.trim())))
        };
        let asked_in_list = blocks.first().is_some_and(|b| {
            let first = span(b).0;
            subs.first().is_none_or(|((at, _), _)| first < *at)
                && asked_item(first)
                && (blocks.iter().filter(|b| asked_item(span(b).0)).count() >= 2
                    // (Or the items of the one list the region opens with, each a
                    // question over its own answer told in parts: `1. **Q:** …` over
                    // `- *Situation:* …` to `- *Result:* …`, `2. **Q:** …`.)
                    || matches!(b.data().value, NodeValue::List(_))
                        && b.children()
                            .filter(|item| {
                                let (start, end) = span(item);
                                let told = self.source(start, end, 0);
                                let parts = told
                                    .lines()
                                    .skip(1)
                                    .filter(|l| {
                                        matches!(
                                            split_label(&strip_marker(l.trim())),
                                            Some((Label::Part(_), _))
                                        )
                                    })
                                    .count();
                                asked_item(start) && parts >= 2
                            })
                            .count()
                            >= 2)
        });
        let themes_asked = asked_in_list
            || subs.first().is_some_and(|((at, _), text)| {
                is_question(&bare_question(text)) && blocks.first().is_none_or(|b| span(b).0 > *at)
            });
        let theme_text = if themes_asked {
            self.source(lines.0, lines.1, 0)
        } else {
            String::new()
        };
        self.start_draft(lines.0);
        if self.parent.is_none() && (group_heading(&title) || story_bank(&title)) {
            self.plan.ignored.push(Skipped {
                lines,
                reason: OVER_STORIES.into(),
                text: self.source(lines.0, lines.1, 0),
            });
        } else if about_answering(&title) && !opened_by_part {
            self.plan.ignored.push(Skipped {
                lines,
                reason: "a heading that names the way the story is told, not its name".into(),
                text: self.source(lines.0, lines.1, 0),
            });
        }
        {
            let draft = &mut self
                .current
                .as_mut()
                .expect("a draft was just started")
                .draft;
            draft.story.principles = if own_names { first_ids } else { ids.clone() };
            if let Some((question, _)) = above.take() {
                draft.story.questions.push(question);
            }
            if let Some((name, _)) = &self.parent {
                // Under a story's name: the name is its title, the heading a note.
                draft.story.title = short_title(name);
                append(&mut draft.story.notes, &title);
            } else if let Some(question) = numbered_quoted_question(&title) {
                // `## Вопрос 2: "Describe pushing back on leadership"`: the question by its
                // number, quoted, under a label in any language.
                draft.story.questions.push(question);
            } else if let Some((asked, name)) = prompt_then_name(&title) {
                // `A Time You Failed – Shipping Strategy Enhancement`: what is asked, then
                // the story's name.
                draft.story.questions.push(asked.to_string());
                name_story(&mut draft.story, name);
            } else if (is_question(&title) || asks_for_story(&title))
                // (A name after the writer's story label, `### Story A — RBAC mistake,
                // and how you handled being wrong`, is its name unless it asks.)
                // (Nor when what follows the label is a prompt in quotation marks, `Story
                // 1 ── "讲一个你设计抽象的经历"`: what is asked.)
                && (!called || title.trim_end().ends_with(['?', '？']) || quoted_prompt(&title))
            {
                draft.story.questions.push(title.clone());
            } else if themes_asked
                && !(story_label(&title)
                    || group_heading(&title)
                    || question_place(&title)
                    || about_answering(&title))
            {
                self.plan.ignored.push(Skipped {
                    lines,
                    reason: "a heading over the questions its stories answer: their theme, \
                             not a story's name"
                        .into(),
                    text: theme_text,
                });
            } else if story_label(&title)
                || group_heading(&title)
                || question_place(&title)
                || about_answering(&title)
                || only_names_questions(&title)
            {
                // `## Story2`: a label, not a name; `# Cases`, `## My STAR stories`: a
                // heading over several; `# Question 3`: the place of the question the
                // story answers; `# STAR METHOD`: the method the story shows; `## Core
                // questions`: the questions the section holds; the title comes from the
                // text.
            } else {
                name_story(&mut draft.story, &title);
                if !called {
                    self.plan
                        .ignored
                        .extend(dropped_number(lines.0, &named, &title));
                }
            }
            if let Some(remark) = remark.filter(|_| remark_ids.is_none()) {
                append(&mut draft.story.notes, &remark);
            }
        }
        let mut subs = subs.into_iter().peekable();
        for (i, node) in blocks.into_iter().enumerate() {
            let (start, end) = span(node);
            // The sub-headings before this block, read as labels ("Action").
            while let Some(((sub_start, _), _)) = subs.peek() {
                if *sub_start > start {
                    break;
                }
                let ((sub_start, _), text) = subs.next().expect("peeked");
                self.fill_heading(sub_start, &text);
            }
            if matches!(node.data().value, NodeValue::ThematicBreak) {
                // A rule ends an answer that was going on paragraph after paragraph, and
                // the follow-ups under their heading: what comes after it is no longer
                // asked of the story.
                // (Not one under the story's opening, no part told yet.)
                if self
                    .current
                    .as_ref()
                    .is_some_and(|b| b.open_answer || b.under_followups)
                    && !self.only_opened()
                    && !self.followups_after(node)
                {
                    self.finish_draft();
                }
                continue;
            }
            if tag_blocks.contains(&i) {
                let text = self.source(start, end, 0);
                // `**Best for question:** "Tell me about…"` among the lines naming the
                // principles: the question the story answers.
                // Several, quoted and set apart by slashes, are kept when they ask.
                let asked: Vec<String> = text
                    .lines()
                    .filter_map(|line| match split_label(line) {
                        Some((Label::Question, rest)) if !rest.trim().is_empty() => Some(rest),
                        _ => None,
                    })
                    .flat_map(|rest| {
                        rest.split(" / ")
                            .map(|q| q.trim().trim_matches(['"', '“', '”']).trim().to_string())
                            .filter(|q| asks_or_prompts(q))
                            .collect::<Vec<_>>()
                    })
                    .collect();
                if let Some(building) = self.current.as_mut() {
                    building.draft.story.questions.extend(asked);
                }
                self.plan.ignored.push(Skipped {
                    lines: (start, end),
                    reason: PRINCIPLES_LINKED.into(),
                    text,
                });
                continue;
            }
            // `<details><summary>…</summary>` under a heading over stories: a story of
            // its own, as under a principle's heading.
            if let NodeValue::HtmlBlock(html) = &node.data().value
                && details(&html.literal).is_some()
                && self.outside.is_none()
            {
                self.block(node);
                continue;
            }
            self.content(node, 0);
        }
        for ((sub_start, _), text) in subs {
            self.fill_heading(sub_start, &text);
        }
        self.finish_draft();
        // A question left waiting is the person's own, for the story's principle.
        self.own_waiting();
        self.section = None;
    }

    /// The story's name on the line after line `last`, when it is one alone: a line
    /// of six words or fewer that ends no sentence and labels nothing, with a heading or
    /// a label right under it. (Its line number, and the name.)
    fn name_below(&self, last: usize) -> Option<(usize, String)> {
        let (i, line) = self
            .lines
            .iter()
            .enumerate()
            .skip(last)
            .find(|(_, l)| !l.trim().is_empty())?;
        let name = line.trim();
        let next = self.lines.get(i + 1).map_or("", |l| l.trim());
        let alone = heading_line(name).is_none()
            && !name.starts_with(['-', '*', '+', '>', '|', '`'])
            && name.split_whitespace().count() <= 6
            && !name.ends_with(['.', '?', '!', ':', '：'])
            && classify(name, self.set).is_none();
        let over = heading_line(next).is_some() || classify(next, self.set).is_some();
        (alone && over).then(|| (i + 1, name.to_string()))
    }

    /// The principle whose description opens the notes, before any heading ("Leaders
    /// are owners. They think long term…", then the stories under headings of their
    /// own names): a file of that principle's stories, as a heading naming it over them
    /// would say.
    fn opening_principle(&self) -> Option<&'s crate::model::Principle> {
        *self.opening.get_or_init(|| self.described_below(0))
    }

    /// The principle whose description is the paragraph after line `last` (a text about
    /// leaders in the third person, as [`is_description`] reads it), by the ranking
    /// `lp find` uses.
    fn described_below(&self, last: usize) -> Option<&'s crate::model::Principle> {
        let paragraph: Vec<&str> = self
            .lines
            .iter()
            .skip(last)
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty())
            .copied()
            .collect();
        let text = paragraph.join("\n");
        // (Not the writer on what the notes hold: "Below are answers tailored to your
        // resume… Their themes read as…".)
        if heading_line(paragraph.first()?).is_some()
            || !is_description(&text)
            || !speaks_of_leaders(&text)
            || about_these_notes(&text)
        {
            return None;
        }
        self.nearest(&text)
    }

    /// The lines of code within the lines given: each line (trimmed) inside a fence
    /// whose info string names a programming language (```` ```typescript ````); `None`
    /// when no such fence opens there.
    fn program_lines(&self, (first, last): (usize, usize)) -> Option<rustc_hash::FxHashSet<&str>> {
        let span = self
            .lines
            .get(first.saturating_sub(1)..last.min(self.lines.len()))?;
        let mut code: rustc_hash::FxHashSet<&str> = Default::default();
        // The mark that opened the fence being read, and whether it names a language.
        let mut open: Option<(&str, bool)> = None;
        let mut any = false;
        for line in span {
            let trimmed = line.trim();
            match (open, fence_mark(line)) {
                (None, Some(mark)) => {
                    let language = names_language(trimmed.trim_start_matches(['`', '~']));
                    any |= language;
                    open = Some((mark, language));
                }
                (Some((mark, _)), Some(closing))
                    if closing == mark && trimmed.trim_start_matches(['`', '~']).is_empty() =>
                {
                    open = None;
                }
                (Some((_, true)), _) if !trimmed.is_empty() => {
                    code.insert(trimmed);
                }
                _ => {}
            }
        }
        any.then_some(code)
    }

    /// Whether, within the lines given, the line `label` is followed (past blank
    /// lines) by a code fence's opening.
    fn fenced_after(&self, (first, last): (usize, usize), label: &str) -> bool {
        let span = self
            .lines
            .get(first.saturating_sub(1)..last.min(self.lines.len()));
        let Some(span) = span else {
            return false;
        };
        span.iter()
            .position(|l| l.trim() == label)
            .and_then(|at| span[at + 1..].iter().find(|l| !l.trim().is_empty()))
            .is_some_and(|l| {
                let l = l.trim_start();
                l.starts_with("```") || l.starts_with("~~~")
            })
    }

    /// Whether the notes give their reader advice anywhere: a paragraph, outside
    /// headings, questions and quotations, that speaks to "you" more than of its
    /// writer ("Show how you clarified goals"), or paragraphs of commands under two
    /// headings or more, three of them at least (see [`commanding_paragraph`]). Not
    /// notes that say their answers are made from the reader's own experience
    /// ("tailored to your profile and projects"): what they quote is the reader's to
    /// say.
    fn advises(&self) -> bool {
        *self.advice.get_or_init(|| {
            let kept: Vec<&str> = self
                .lines
                .iter()
                .filter(|l| heading_line(l).is_none() && !is_question(&bare_question(l)))
                .copied()
                .collect();
            let text = unquoted(&kept.join("\n"));
            // A paragraph that speaks to its reader twice or more advises; a label
            // ("**If they ask your expected:**") or a reminder with one "you" in it
            // ("Avoid questions you could Google") is the writer's note to themselves,
            // and so is a checklist (`- [ ] Know your numbers`): the writer's own tasks.
            let checklist = |p: &str| {
                p.lines().filter_map(item_body).any(|l| {
                    let l = l.trim_start();
                    l.starts_with("[ ]") || l.starts_with("[x]") || l.starts_with("[X]")
                })
            };
            let advice = |p: &str| to_reader(p) && persons(p).1 >= 2 && !checklist(p);
            // A list is one paragraph, whether or not a blank line parts its items.
            let item = |p: &str| {
                item_body(p.trim_start().lines().next().unwrap_or(""))
                    .is_some_and(|body| body.starts_with([' ', '\t']))
            };
            let mut paragraphs: Vec<String> = Vec::new();
            for p in text.split("\n\n") {
                match paragraphs.last_mut() {
                    Some(last) if item(last) && item(p) => {
                        last.push('\n');
                        last.push_str(p);
                    }
                    _ => paragraphs.push(p.to_string()),
                }
            }
            !paragraphs.iter().any(|p| made_for_reader(p))
                && !names_its_reader(self.lines)
                && (paragraphs.iter().any(|p| advice(p)) || self.commands_throughout())
        })
    }

    /// Whether the notes give commands in prose paragraphs (not list items, not
    /// quotations) under two headings or more, three such paragraphs at least: a
    /// guide speaking as the candidate ("Pick a real failure. Own it fully.").
    fn commands_throughout(&self) -> bool {
        let mut headings: rustc_hash::FxHashSet<usize> = Default::default();
        let mut count = 0;
        let mut heading = 0;
        let mut paragraph = String::new();
        let mut flush = |paragraph: &mut String, heading: usize| {
            let first = paragraph.lines().next().unwrap_or("");
            // (A paragraph wholly in quotation marks commands nothing: it is read
            // without them.)
            if item_body(first).is_none() && commanding_paragraph(paragraph) {
                count += 1;
                headings.insert(heading);
            }
            paragraph.clear();
        };
        for (n, line) in self.lines.iter().enumerate() {
            if heading_line(line).is_some() {
                flush(&mut paragraph, heading);
                heading = n;
            } else if line.trim().is_empty() {
                flush(&mut paragraph, heading);
            } else {
                paragraph.push_str(line.trim());
                paragraph.push('\n');
            }
        }
        flush(&mut paragraph, heading);
        count >= 3 && headings.len() >= 2
    }

    /// Whether the list a line is in stands under a label that calls its items
    /// examples (`**Examples:**`, `Example questions:`): the lines above it, list items,
    /// their indented lines and blank lines passed over, up to the first other line.
    fn under_examples_label(&self, line: usize) -> bool {
        let above = self.lines[..line.saturating_sub(1).min(self.lines.len())]
            .iter()
            .rev()
            .find(|l| {
                let t = l.trim();
                // (A list item's marker has a space after it: `**Examples:**` is bold.)
                let item = item_body(t).is_some_and(|body| body.starts_with(' '));
                !(t.is_empty() || l.starts_with([' ', '\t']) || item)
            });
        above.is_some_and(|l| {
            let label = l.trim().trim_matches(['*', '_']).trim();
            let Some(label) = label.strip_suffix(':') else {
                return false;
            };
            let words = plain_words(label.trim_end_matches(['*', '_']));
            words
                .first()
                .is_some_and(|w| w == "examples" || w == "example")
                && words.len() <= 2
                && words
                    .get(1)
                    .is_none_or(|w| matches!(w.as_str(), "questions" | "answers"))
        })
    }

    /// Whether a draft is short lines only (a name, a title: six words or fewer each,
    /// no sentence), with nothing after it but more such lines before a paragraph that
    /// says what the notes are ([`about_these_notes`]).
    fn title_block(&self, draft: &Draft) -> bool {
        let short = |line: &str| {
            let line = line.trim();
            let words = line.split_whitespace().count();
            (1..=6).contains(&words)
                && !line.ends_with(['.', '?', '!', ':'])
                && !line.contains(". ")
        };
        let (start, end) = draft.lines;
        let own = self
            .lines
            .get(start.saturating_sub(1)..end.min(self.lines.len()));
        if !own.is_some_and(|lines| {
            lines
                .iter()
                .all(|l| l.trim().is_empty() || short(l) || heading_line(l).is_some())
        }) {
            return false;
        }
        // The lines after it, blank or short, up to the first that is neither.
        let Some(next) = self
            .lines
            .iter()
            .skip(end)
            .take(12)
            .find(|l| !l.trim().is_empty() && !short(l))
        else {
            return false;
        };
        about_these_notes(next)
    }

    /// The name a story's label gives in the first line of a draft's notes (`Story A:
    /// NAME`, `**MY DRAWING STORY — NAME**`), when the draft is titled by the heading
    /// that opened it and that heading names no story of its own.
    fn named_below_theme(&self, draft: &Draft) -> Option<String> {
        let heading = self
            .lines
            .get(draft.lines.0.checked_sub(1)?)
            .and_then(|l| heading_line(l))?;
        let heading = unquote(heading.trim_start_matches('#').trim());
        let title = draft.story.title.trim();
        if title.is_empty() || !heading.contains(title) || story_heading(&heading) != heading.trim()
        {
            return None;
        }
        let first = draft.story.notes.lines().find(|l| !l.trim().is_empty())?;
        let line = first.trim().trim_matches(['*', '_']).trim();
        let name = story_heading(line);
        (name != line && (1..=12).contains(&name.split_whitespace().count()) && !is_question(&name))
            .then_some(name)
    }

    /// Whether the first line below `line` that is not blank asks a question, as an
    /// item or in quotation marks (`- Can you peel back layers to find the root
    /// cause?`, `“Tell me about a tool you learned in a week.”`).
    fn questions_below(&self, line: usize) -> bool {
        (self.lines.iter().skip(line))
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| {
                let l = l.trim();
                is_question(&bare_question(item_body(l).unwrap_or(l).trim()))
            })
    }

    /// Whether the notes say their answers are made from the reader's own experience
    /// ([`made_for_reader`]): then an answer quoted as an example is the reader's.
    fn answers_made_for_reader(&self) -> bool {
        *self
            .for_reader
            .get_or_init(|| self.lines.join("\n").split("\n\n").any(made_for_reader))
    }

    /// Whether the writer names a story of their own with the word for one, on a line
    /// of its own or in a heading: `Story: Funnel visibility for collections ops`,
    /// `## Story 2 — The outage`.
    fn names_own_story(&self) -> bool {
        *self.own_story.get_or_init(|| {
            self.lines.iter().any(|line| {
                let line = heading_line(line).unwrap_or(line).trim();
                let line = line.trim_matches(['*', '_']).trim();
                strip_prefix_ignore_case(line, "story").is_some_and(|rest| {
                    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
                    rest.strip_prefix([':', '—', '–', '-'])
                        .is_some_and(|name| !name.trim().trim_matches(['*', '_']).trim().is_empty())
                })
            })
        })
    }

    /// Whether the notes set their prompts apart as lines wholly in bold, two or more
    /// of them questions (`**Tell me a time when you received negative feedback**`):
    /// then a line wholly in bold that asks nothing (`**Miss deadline 对应的是…**`) is a
    /// prompt too, by its place.
    fn bold_prompts(&self) -> bool {
        *self.bold_questions.get_or_init(|| {
            self.lines
                .iter()
                .filter_map(|l| whole_bold(l))
                .filter(|inner| is_question(inner))
                .count()
                >= 2
        })
    }

    /// Whether the writer tells what they did in English (three paragraphs or more that
    /// say "I" or "we" did something) and hardly in another script (a third as many
    /// paragraphs there): then a passage in that other script that tells nothing the
    /// writer did is a note on answering (a guide's, copied in), not a story.
    fn tells_in_latin(&self) -> bool {
        *self.latin_stories.get_or_init(|| {
            let text = self.lines.join("\n");
            let (mut latin, mut other) = (0usize, 0usize);
            for paragraph in text.split("\n\n") {
                if mostly_other_script(paragraph) {
                    other += usize::from(tells_events(paragraph));
                } else {
                    latin += usize::from(first_person_events(paragraph) > 0);
                }
            }
            latin >= 3 && latin >= 3 * other
        })
    }

    /// Why a block outside any principle's section is skipped: under a heading that
    /// names none, or one that introduces the writer or says its stories are samples.
    fn outside_reason(&self) -> String {
        match (&self.aside_below, &self.outside) {
            (Some((_, heading, why)), _) => format!("under '{heading}', {why}"),
            (None, Some((heading, _, _))) if !heading.is_empty() => {
                format!("under '{heading}', which names no principle")
            }
            _ => "before the first principle heading".to_string(),
        }
    }

    /// Takes the notes of the draft being built, from its first line to the one above
    /// `start`, out of it and into the skipped blocks, with `reason`.
    fn skip_notes_above(&mut self, start: usize, reason: &str) {
        let Some(building) = self.current.as_mut() else {
            return;
        };
        let text = std::mem::take(&mut building.draft.story.notes);
        let from = building.draft.lines.0;
        self.plan.skipped.push(Skipped {
            lines: (from, start.saturating_sub(1).max(from)),
            reason: reason.into(),
            text: text.trim().to_string(),
        });
    }

    /// Whether the notes carry principles' descriptions: as many headings or more have
    /// one as their first paragraph (no "I", or "I" once in a long text, see
    /// [`is_description`]) as have a paragraph there that tells what the writer did
    /// ("so i pointed out…"). Quick notes that tell a story under most principles,
    /// however seldom they say "I", hold no descriptions ("First start with the CI
    /// pipeline…" is the writer's own line).
    fn carries_descriptions(&self) -> bool {
        *self.describes.get_or_init(|| {
            let lines = self.lines;
            let (mut described, mut told) = (0, 0);
            for i in 0..lines.len() {
                // (A part's heading, `### Action:`, holds the part, neither.)
                if heading_line(lines[i]).is_none_or(|h| classify(&as_label(h), self.set).is_some())
                {
                    continue;
                }
                let paragraph: Vec<&str> = lines[i + 1..]
                    .iter()
                    .skip_while(|l| l.trim().is_empty())
                    .take_while(|l| !l.trim().is_empty() && heading_line(l).is_none())
                    .copied()
                    .collect();
                let text = paragraph.join("\n");
                if did_i(&text) {
                    told += 1;
                } else if is_description(&text) {
                    described += 1;
                }
            }
            described >= told || lines.iter().any(|l| mostly_other_script(l))
        })
    }

    /// Whether the heading over the one at `line` (1-based), the nearest above it of a
    /// higher level, is about how to answer ("STAR Method", "Answer structure").
    fn under_answering(&self, line: usize) -> bool {
        self.heading_over(line).is_some_and(about_answering)
    }

    /// Whether line `at` is under a heading that says what follows is the answer
    /// (`### Answer`) to the question in the heading right above it, and that question
    /// asks for one occasion (`## Question 47: Tell me about a time when…`).
    fn under_answer_to_one_occasion(&self, at: usize) -> bool {
        let heading = |line: usize| self.lines.get(line - 1).and_then(|l| heading_line(l));
        let Some(answer) = self.heading_before(at) else {
            return false;
        };
        if !heading(answer).is_some_and(answer_label) {
            return false;
        }
        self.heading_before(answer)
            .and_then(heading)
            .is_some_and(|asked| {
                let asked = heading_question(asked);
                asks_for_one_occasion(&asked) || asks_for_story(&asked) && !asks_for_habit(&asked)
            })
    }

    /// Whether line `at` is inside a block quote given whole as the answer to a
    /// question: a quoted line under an answer's label (`### Ответ:`), itself under the
    /// heading that asks (`## Вопрос 6: "What if your initiative had failed?"`).
    fn in_quoted_answer(&self, at: usize) -> bool {
        let heading = |line: usize| self.lines.get(line - 1).and_then(|l| heading_line(l));
        let quoted =
            (self.lines.get(at.wrapping_sub(1))).is_some_and(|l| l.trim_start().starts_with('>'));
        quoted
            && self.heading_before(at).is_some_and(|answer| {
                heading(answer).is_some_and(answer_label)
                    && self
                        .heading_before(answer)
                        .and_then(heading)
                        .is_some_and(|asked| {
                            let asked = heading_question(asked);
                            is_question(&asked) || asks_for_story(&asked)
                        })
            })
    }

    /// The text of the nearest heading above line `at` that is higher than the one on
    /// it (its parent), when line `at` is a heading: looked for within a few thousand
    /// lines above it (a parent further up heads no short section).
    fn parent_heading(&self, at: usize) -> Option<&str> {
        let own = super::details::heading_marks(self.lines.get(at.checked_sub(1)?)?.trim_start())?;
        self.lines[..at - 1].iter().rev().take(2_000).find_map(|l| {
            let t = l.trim_start();
            super::details::heading_marks(t)
                .filter(|&marks| marks < own)
                .map(|marks| t[marks..].trim())
        })
    }

    /// Whether a heading above line `at`, one it is under at any depth (up to three),
    /// is over follow-up questions (see [`followup_heading`]): `## Anticipated
    /// Follow-up Questions` over `### Project 1` over the line.
    fn under_followups(&self, at: usize) -> bool {
        let under = self.followups_over.get_or_init(|| {
            // One pass, a stack of the headings open (outside code fences): a line is
            // under follow-ups when one of the three nearest it says so.
            let mut under = vec![false; self.lines.len()];
            let mut open: Vec<(usize, bool)> = Vec::new();
            for (i, line) in unfenced(self.lines) {
                let line = line.trim_start();
                let marks = super::details::heading_marks(line);
                if let Some(level) = marks {
                    while open.last().is_some_and(|&(l, _)| l >= level) {
                        open.pop();
                    }
                }
                under[i] = open.iter().rev().take(3).any(|&(_, f)| f);
                if let Some(level) = marks {
                    open.push((level, followup_heading(line[level..].trim()).is_some()));
                }
            }
            under
        });
        under.get(at.wrapping_sub(1)).copied().unwrap_or(false)
    }

    /// Whether the heading on line `at` is under a project's card: the lines right under
    /// the heading above it, before any other heading, give the fields of a project,
    /// what it was built with (`**Tech Stack:**`, `Technologies:`) and the writer's
    /// place in it or its time (`**Your Role:**`, `Duration:`), and no part of a story.
    fn under_project_card(&self, at: usize) -> bool {
        let parents = self.parents.get_or_init(|| heading_parents(self.lines));
        // (The heading's own line, 1-based, and the one it sits under.)
        let Some(parent) = parents
            .get(at.wrapping_sub(1))
            .copied()
            .flatten()
            .map(|i| i + 1)
        else {
            return false;
        };
        let card: Vec<&str> = self.lines[parent..at - 1]
            .iter()
            .map(|l| l.trim())
            .take_while(|l| super::details::heading_marks(l).is_none())
            .take(60)
            .collect();
        let label = |l: &str| {
            let bare = l.trim_start_matches(['-', '*', '_', ' ']);
            bare.split_once(':')
                .map(|(label, _)| plain_words(label).join(" "))
                .filter(|label| label.split(' ').count() <= 3)
        };
        let labels: Vec<String> = card.iter().filter_map(|l| label(l)).collect();
        let built_with = labels.iter().any(|l| {
            matches!(
                l.as_str(),
                "tech stack" | "stack" | "technologies" | "tech" | "technology stack"
            )
        });
        let place = labels.iter().any(|l| {
            matches!(
                l.as_str(),
                "role" | "your role" | "my role" | "duration" | "timeline" | "period"
            )
        });
        // (A card's `**Objective:**` is the project's; two parts of a story told, its
        // Situation and Action, make it a story's card.)
        let mut parts: Vec<Part> = card
            .iter()
            .filter_map(|l| match split_label(&strip_marker(l)) {
                Some((Label::Part(part), _)) => Some(part),
                _ => None,
            })
            .collect();
        parts.sort_by_key(|p| *p as u8);
        parts.dedup();
        built_with && place && parts.len() < 2
    }

    /// Whether a heading of the notes names a template (`## Template for Your Own
    /// Answer`), found once.
    fn template_heading(&self) -> bool {
        *self.templates_headed.get_or_init(|| {
            self.lines.iter().any(|l| {
                let t = l.trim_start();
                super::details::heading_marks(t).is_some()
                    && plain_words(t)
                        .iter()
                        .any(|w| w == "template" || w == "templates")
            })
        })
    }

    /// Whether a heading over the draft's lines, or among them, says the story comes
    /// from the writer's own experience (see [`from_own_experience`]): the heading
    /// right above it, past blank lines and the parts' headings, counts.
    fn told_from_own_experience(&self, draft: &Draft) -> bool {
        let above = (self.lines[..draft.lines.0.saturating_sub(1).min(self.lines.len())])
            .iter()
            .rev()
            .take_while(|l| l.trim().is_empty() || heading_line(l).is_some())
            .take(4);
        self.draft_source(draft)
            .iter()
            .chain(above)
            .any(|l| heading_line(l).is_some_and(from_own_experience))
    }

    /// The number of the nearest line above `line` that is a heading, found once for
    /// the whole file (not by looking back from every draft: 100,000 items under one
    /// heading would look back 100,000 times).
    fn heading_before(&self, line: usize) -> Option<usize> {
        let last = self.headings_above.get_or_init(|| {
            let mut last = None;
            self.lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    if super::details::heading_marks(l.trim_start()).is_some() {
                        last = Some(i + 1);
                    }
                    last
                })
                .collect()
        });
        line.checked_sub(2)
            .and_then(|i| last.get(i).copied().flatten())
    }

    /// The text of the heading that the heading at `line` (1-based) sits under: the
    /// nearest above it of a higher level.
    /// Whether the heading at line `line` sits right under the notes' title, their
    /// first heading and the only one at the top level, in notes that label no heading
    /// as a story's (`# EmbodiedOps 面试叙事` over `## 90 秒版本`): what is under it tells
    /// of what the whole notes are about.
    fn right_under_the_title(&self, line: usize) -> bool {
        let parents = self.parents.get_or_init(|| heading_parents(self.lines));
        let Some(above) = line
            .checked_sub(1)
            .and_then(|i| parents.get(i).copied().flatten())
        else {
            return false;
        };
        let top = |l: &str| super::details::heading_marks(l.trim_start()) == Some(1);
        let first = self.lines.iter().position(|l| heading_line(l).is_some());
        first == Some(above)
            && top(self.lines[above])
            && self.lines.iter().filter(|l| top(l)).count() == 1
            && self.story_levels().is_empty()
    }

    fn heading_over(&self, line: usize) -> Option<&str> {
        let parents = self.parents.get_or_init(|| heading_parents(self.lines));
        line.checked_sub(1)
            .and_then(|i| parents.get(i).copied().flatten())
            .and_then(|above| heading_line(self.lines[above]))
    }

    /// The levels at which the notes head their stories with a story's label (`##
    /// Primary Story: NAME`, `## Backup Story: NAME`, `## Story 2: NAME`), when two
    /// headings or more are so labelled; none otherwise.
    fn story_levels(&self) -> &[usize] {
        self.story_levels.get_or_init(|| {
            let mut fenced = false;
            let mut levels = Vec::new();
            let mut labelled = 0;
            for line in self.lines {
                let trimmed = line.trim_start();
                if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                    fenced = !fenced;
                }
                if fenced {
                    continue;
                }
                if let Some(depth) = super::details::heading_marks(trimmed)
                    && heads_a_story(&trimmed[depth..])
                {
                    labelled += 1;
                    if !levels.contains(&depth) {
                        levels.push(depth);
                    }
                }
            }
            if labelled >= 2 { levels } else { Vec::new() }
        })
    }

    /// The story told above that a question's pointer names (`**Use:** Walmart race
    /// condition story — primary story above.`): the one draft whose title has every
    /// word of the name, or else, when the pointer says "primary story", the last
    /// story the notes ranked first (`## Primary Story: NAME`).
    fn pointed_story(&self, name: &str, value: &str) -> Option<usize> {
        self.titled_draft(name).or_else(|| {
            value.to_lowercase().contains("primary story").then(|| {
                self.plan.drafts.iter().rposition(|d| {
                    (self.lines.get(d.lines.0.wrapping_sub(1)))
                        .and_then(|l| heading_line(l))
                        .is_some_and(|h| {
                            let h = h.trim_start_matches(|c: char| !c.is_alphanumeric());
                            h.to_lowercase().starts_with("primary story")
                        })
                })
            })?
        })
    }

    /// Whether the heading at `line` (1-based) ranks its story among the writer's
    /// (`## Primary Story: NAME`, `## Backup Story 2: NAME`).
    fn ranked_heading(&self, line: usize) -> bool {
        (self.lines.get(line.wrapping_sub(1)))
            .and_then(|l| heading_line(l))
            .is_some_and(|h| {
                let h = h.trim_start_matches(|c: char| !c.is_alphanumeric());
                ranked_story(h).is_some()
            })
    }

    /// Whether the heading at `line` (1-based) is a numbered entry of the writer's
    /// story bank (`### 3. Lead-ID` under `# STAR Story Bank`).
    fn banked_entry(&self, line: usize) -> bool {
        (self.lines.get(line.wrapping_sub(1)))
            .and_then(|l| heading_line(l))
            .is_some_and(|h| heading_number(h).is_some())
            && self.under_story_bank(line)
    }

    /// Whether the heading at `line` (1-based) sits, at any depth, under one that
    /// says what is below it is a bank of the writer's stories (`# STAR Story Bank`,
    /// `## My stories`).
    fn under_story_bank(&self, line: usize) -> bool {
        let parents = self.parents.get_or_init(|| heading_parents(self.lines));
        let mut at = line
            .checked_sub(1)
            .and_then(|i| parents.get(i).copied().flatten());
        while let Some(above) = at {
            if heading_line(self.lines[above]).is_some_and(bank_of_stories) {
                return true;
            }
            at = parents.get(above).copied().flatten();
        }
        false
    }

    /// Whether the heading at `line` (1-based) sits under one over questions ("22
    /// Questions", "Practice questions").
    fn under_questions(&self, line: usize) -> bool {
        self.heading_over(line).is_some_and(|above| {
            plain_words(above)
                .iter()
                .any(|w| w == "questions" || w == "question")
        })
    }

    /// Whether the notes say a language model wrote them ("Machine-generated, not
    /// reviewed"), and not from the reader's own experience: the stories in them are a
    /// model's samples.
    fn generated(&self) -> bool {
        *self.generated.get_or_init(|| {
            let text = self.lines.join("\n");
            (says_generated(&text) || credits_model(&text))
                && !text.split("\n\n").any(made_for_reader)
        })
    }

    /// Whether the notes open by saying they are a prompt for a chat assistant ("这是一个
    /// AI 提示词模板", "This is a prompt template: paste it into ChatGPT"): what they
    /// hold are its instructions and its examples, no one's story.
    fn a_prompt(&self) -> bool {
        *self.prompt.get_or_init(|| says_its_a_prompt(self.lines))
    }

    /// Whether the notes say their stories are a guide's templates, for the reader to
    /// replace with their own ("These are 10 template stories… Customize with your
    /// actual experiences").
    fn templates(&self) -> bool {
        *self
            .templates
            .get_or_init(|| says_templates(&self.lines.join("\n")))
    }

    /// What names the principle a story naming none is linked to, if anything does:
    /// the file's name (`earnTrust.md`) or the notes' title.
    fn named_by(&self) -> Option<&'static str> {
        self.named.map(|_| {
            if self.plan.named_by_title {
                "the notes' title"
            } else {
                "the file's name"
            }
        })
    }

    /// The principle a text's words are nearest, by the ranking `lp find` uses (built
    /// once for the whole file).
    fn nearest(&self, text: &str) -> Option<&'s crate::model::Principle> {
        if self.named.is_some() {
            return self.named;
        }
        let index = self
            .ranking
            .get_or_init(|| crate::find::Index::new(self.set, &[]));
        let (ranked, _) = index.rank(text);
        ranked.first().map(|r| r.principle)
    }

    /// The story told just above: the draft being read, if it holds anything yet, else
    /// the last one made.
    fn story_above(&self) -> Option<&Draft> {
        match self.current.as_ref() {
            Some(b) if holds_words(&b.draft) => Some(&b.draft),
            _ => self.plan.drafts.last(),
        }
    }

    /// The principles of the story told just above, and whether they were a guess, when
    /// `told` retells it: it shares
    /// five words or more of what the stories say with that story, and they are more
    /// than half of its own.
    fn retells_above(&self, told: &str) -> Option<(Vec<String>, bool)> {
        let above = self.story_above()?;
        // Its words, read again only when another draft is above or it has grown.
        let key = Some((self.plan.drafts.len(), above.lines));
        let mut cached = self.above.borrow_mut();
        if cached.key != key {
            let words = crate::overlap::word_numbers([above.all_text().as_str()]);
            *cached = WordsAbove {
                key,
                words: words.into_iter().collect(),
            };
        }
        let own = crate::overlap::word_numbers([told]);
        let shared = own.iter().filter(|w| cached.words.contains(w)).count();
        // Whether its principle was a guess: said of a draft once it is made, of the
        // one being read by its section.
        let guessed = if self
            .current
            .as_ref()
            .is_some_and(|b| std::ptr::eq(&b.draft, above))
        {
            self.section.as_ref().is_some_and(|s| s.principle_guessed)
        } else {
            above.guessed
        };
        (shared >= 5 && shared * 2 > own.len()).then(|| (above.story.principles.clone(), guessed))
    }

    /// Whether a heading above line `at`, since the story above was told, is higher
    /// than that story's own (`## Implementation Plan` after `### Case 2: …` under `##
    /// Case Analysis`): the story's section is over, and nothing after it retells it.
    fn left_section_above(&self, at: usize) -> bool {
        let Some((start, end)) = self.story_above().map(|d| d.lines) else {
            return false;
        };
        let Some(&level) = self.levels.get(&start) else {
            return false;
        };
        (self.lines.get(end..at.saturating_sub(1)))
            .unwrap_or(&[])
            .iter()
            .filter_map(|line| super::details::heading_marks(line.trim_start()))
            .any(|marks| marks < usize::from(level))
    }

    /// Puts a section that retells the story above into that story's notes, when its
    /// heading (at `level`, on `lines`) is deeper than the story's own: the story's
    /// section goes on. Whether it did.
    fn keep_with_above(
        &mut self,
        level: u8,
        lines: (usize, usize),
        blocks: &[&AstNode<'_>],
    ) -> bool {
        let Some(start) = self.story_above().map(|d| d.lines.0) else {
            return false;
        };
        let Some(&own) = self.levels.get(&start).filter(|&&l| level > l) else {
            return false;
        };
        // (Nor past a heading as high as the story's own, `## Why This Answer Works`
        // after `## Example Answer`: the story's section ended there.)
        let since = self.story_above().map_or(start, |d| d.lines.1);
        if (self.lines.get(since..lines.0.saturating_sub(1)))
            .unwrap_or(&[])
            .iter()
            .filter_map(|line| super::details::heading_marks(line.trim_start()))
            .any(|marks| marks <= usize::from(own))
        {
            return false;
        }
        let Some(end) = blocks.iter().map(|node| span(node).1).max() else {
            return false;
        };
        let first = blocks.iter().map(|node| span(node).0).min().unwrap_or(end);
        let text = self.source(first, end, 0);
        self.plan.ignored.push(Skipped {
            lines,
            reason: "a heading over the story told again in its own section: what follows is in its notes".into(),
            text: self.source(lines.0, lines.1, 0),
        });
        let above = match self.current.as_mut() {
            Some(b) if holds_words(&b.draft) => &mut b.draft,
            _ => self.plan.drafts.last_mut().expect("a draft is above"),
        };
        append(&mut above.story.notes, &text);
        above.lines.1 = above.lines.1.max(end);
        true
    }

    /// The blocks of a section that names no story, less a line saying the story above
    /// answers the questions under it and the list of those questions, which are given
    /// to that story.
    fn questions_of_above<'n>(&mut self, blocks: Vec<&'n AstNode<'n>>) -> Vec<&'n AstNode<'n>> {
        let Some(at) = blocks.windows(2).position(|pair| {
            let (start, end) = span(pair[0]);
            let said = self.source(start, end, 0);
            matches!(pair[0].data().value, NodeValue::Paragraph)
                && matches!(pair[1].data().value, NodeValue::List(_))
                && answers_these(&said)
                && pair[1].children().all(|item| {
                    // (A remark after the question, `"…?" — the GCC question`, is the
                    // writer's.)
                    let (s, e) = span(item);
                    let text = strip_marker(&self.source(s, e, 0));
                    let asked = bare_question(text.split(" — ").next().unwrap_or(""));
                    is_question(&asked) || asks_for_story(&asked)
                })
        }) else {
            return blocks;
        };
        let asked: Vec<String> = (blocks[at + 1].children())
            .map(|item| {
                let (s, e) = span(item);
                let text = strip_marker(&self.source(s, e, 0));
                // The question without its marks, the writer's remark after it kept.
                match text.split_once(" — ") {
                    Some((asked, remark)) => {
                        format!("{} — {}", bare_question(asked), remark.trim())
                    }
                    None => bare_question(&text),
                }
            })
            .collect();
        let Some(story) = self.plan.drafts.last_mut() else {
            return blocks;
        };
        let (list_start, _) = span(blocks[at + 1]);
        for question in asked {
            if !story.story.questions.contains(&question) {
                story.story.questions.push(question);
            }
        }
        let (lead_start, _) = span(blocks[at]);
        self.plan.ignored.push(Skipped {
            lines: (lead_start, lead_start),
            reason: "a line saying the story above answers the questions under it".into(),
            text: self.source(lead_start, list_start.saturating_sub(1).max(lead_start), 0),
        });
        (blocks.into_iter().enumerate())
            .filter(|(i, _)| *i != at && *i != at + 1)
            .map(|(_, node)| node)
            .collect()
    }

    /// Keeps the label before a question taken as asked (`**Best for:** "…"`) among
    /// the ignored lines: the words are the writer's, the question is what is asked.
    fn keep_question_label(&mut self, line: &str, at: usize) {
        if let Some(label) = question_label(line) {
            self.plan.ignored.push(Skipped {
                lines: (at, at),
                reason: QUESTION_LABEL.into(),
                text: label.to_string(),
            });
        }
    }

    /// Whether the lines after line `after`, up to the next heading or rule, are the
    /// person's own questions (or questions waiting for a story) and nothing else, one
    /// line at least.
    fn only_questions_below(&self, after: usize) -> bool {
        // (The questions below the heading are the last kept: read back to it.)
        let asked = |n: usize| {
            (self.plan.questions.iter().rev())
                .take_while(|q| q.lines.1 > after)
                .map(|q| q.lines)
                .chain(self.waiting.iter().map(|(_, lines)| *lines))
                .any(|(first, last)| (first..=last).contains(&n))
        };
        let mut below = (self.lines.iter().zip(1..))
            .skip(after)
            .filter(|(l, _)| !l.trim().is_empty())
            .take_while(|(l, _)| heading_line(l).is_none() && !rule_line(l))
            .peekable();
        below.peek().is_some() && below.all(|(_, n)| asked(n))
    }

    /// Whether the draft under way is a story's heading with nothing under it yet: its
    /// title, and no part, note, question or follow-up.
    fn bare_heading(&self) -> bool {
        self.current.as_ref().is_some_and(|b| {
            let story = &b.draft.story;
            !story.title.is_empty() && told_nothing(story) && story.questions.is_empty()
        })
    }

    /// `<hr/>` on a line of its own: kept with the lines read as structure, and read
    /// as a rule.
    fn html_rule(&mut self, node: &AstNode<'_>) {
        let (start, end) = span(node);
        self.plan.ignored.push(Skipped {
            lines: (start, end),
            reason: "a rule drawn in HTML: ignored".into(),
            text: self.source(start, end, 0),
        });
        self.rule(node);
    }

    /// Whether the block after a rule goes on with the follow-ups of the story being
    /// told: the label over them (`---`, then `**Deep follow-ups and answers:**`) after
    /// the story's parts, or the next of them under that label (`---`, then `Q: Was the
    /// week wasted?`). A rule that parts one follow-up from the next ends neither.
    fn followups_after(&self, node: &AstNode<'_>) -> bool {
        node.next_sibling().is_some_and(|next| {
            if !matches!(next.data().value, NodeValue::Paragraph) {
                return false;
            }
            let (from, to) = span(next);
            let text = self.source(from, to, 0);
            let first = text.lines().next().unwrap_or("");
            self.current.as_ref().is_some_and(|b| {
                followup_label(&text) && b.draft.story.written_parts().next().is_some()
                    || b.under_followups && is_question(&bare_question(first))
            })
        })
    }

    /// A rule (`---`, or `<hr/>`) between blocks: it ends the story being read, unless
    /// that story goes on past it.
    fn rule(&mut self, node: &AstNode<'_>) {
        // A rule between a one-story file's sections does not end its story;
        // nor one under a story's opening (its name, the question it answers, a
        // `**Competency:**` line), no part told yet: its parts follow the rule.
        // Nor one before a deeper heading that goes on with the story being read
        // (`---` then `### The STAR Framework for This LP` under `## Primary
        // Story: NAME`).
        let goes_on = node.next_sibling().is_some_and(|next| {
            let NodeValue::Heading(h) = next.data().value else {
                return false;
            };
            let text = inline_text(next);
            self.current
                .as_ref()
                .and_then(|b| b.level)
                .is_some_and(|l| h.level > l)
                && (answer_form(&text)
                    || why_it_fits(&text)
                    || matches!(heading_label(&text), Some(Label::Part(_))))
        });
        // Nor one before the story's follow-ups (see `followups_after`).
        let followups_next = self.followups_after(node);
        if !self.section.as_ref().is_some_and(|s| s.one_story)
            && !self.only_opened()
            && !goes_on
            && !followups_next
        {
            self.finish_draft();
        }
        if let Some(section) = self.section.as_mut() {
            section.structured = true;
        }
    }

    /// A block in a section that leads with interview questions: a list whose items
    /// are questions (each with its answer under it, or none), or a paragraph that opens
    /// with a question. A question with text after it is a story answering it (several
    /// short reminders under it are a story each); one with nothing after it waits for
    /// the next narrative block, and is the person's own question if none comes. A
    /// narrative paragraph answers the last question waiting. Returns whether the block
    /// was read here.
    fn questions_first<'n>(
        &mut self,
        node: &'n AstNode<'n>,
        text: &str,
        lines: (usize, usize),
        is_list: bool,
        quote_depth: usize,
    ) -> bool {
        // Under a label over the story's follow-ups, the questions are the story's.
        if self.current.as_ref().is_some_and(|b| b.under_followups) {
            return false;
        }
        // Inside an answer quoted whole under its question (`### Ответ:` over `> …`), a
        // question is the answer's own words (`> Is it estimation? Execution?…`, the
        // writer asking themselves; `> - "What happens if this service is down?"`, what
        // they asked someone): more of the answer, asking for no story.
        if quote_depth > 0 && self.current.is_some() && self.in_quoted_answer(lines.0) {
            for (line, segment) in segments(text, lines.0, is_list, self.set) {
                self.fill(line, &segment);
            }
            if let Some(building) = self.current.as_mut() {
                building.draft.lines.1 = building.draft.lines.1.max(lines.1);
            }
            return true;
        }
        // `This reframed the problem: not "why is engagement lower?" but "why…?"`: the
        // writer telling what happened, a question quoted inside it; no question asked.
        // (`If the interviewer says something like *"…"*`: words that lead into the
        // questions the story answers, read as their label.)
        if !is_list && (narrates_a_question(text) || question_lead(text).is_some()) {
            return false;
        }
        // `*If they push back: "What if PM says 'ship it anyway'?"*`: what the
        // interviewer may ask next; it and the answer after it are more of this answer.
        if !is_list
            && asked_next(text)
            && let Some(building) = self.current.as_mut()
        {
            building.field = Field::Notes;
            building.under_followups = true;
            append(&mut building.draft.story.notes, text.trim());
            return true;
        }
        // `*"Why not a fixed delay?"*` over its reply, after a story told to its Action
        // or Result: the interviewer probing what was told, and the answer; one of the
        // story's follow-ups, not a story of its own.
        if !is_list
            && let Some(building) = self.current.as_mut()
            && building.labelled
            && [Part::Action, Part::Result]
                .iter()
                .any(|&p| !building.draft.story.part(p).trim().is_empty())
            && let Some((question, answer)) = asked_of_the_story(text)
        {
            building
                .draft
                .story
                .followups
                .push(Followup { question, answer });
            building.field = Field::Notes;
            building.draft.lines.1 = building.draft.lines.1.max(lines.1);
            return true;
        }
        if !is_list && let Some(roles) = asked_lines(text, self.set) {
            self.asked_line_by_line(text, lines, &roles);
            return true;
        }
        let items: Vec<((usize, usize), String)> = if is_list {
            node.children()
                .map(|item| {
                    let (s, e) = span(item);
                    ((s, e), strip_marker(&self.source(s, e, quote_depth)))
                })
                .collect()
        } else {
            vec![(lines, text.to_string())]
        };
        // A question alone right over a story's labelled parts asks for that story,
        // not for the one above (`1. Tell me…`, its answer, then `2. Tell me…` and its
        // answer).
        // So does a question standing alone on its line with a paragraph under it that
        // asks nothing (`**Q: Describe a bug you fixed.**`, then the answer): after a
        // story told in labelled parts, it is the next question and its answer, not one
        // more question of that story. (Under a label over the story's questions, it
        // is the story's.)
        // (A question in a list of its own, `* How do you prioritise…?`, its answer in
        // the paragraph under it, heads that answer as well.)
        let answered_below = (!is_list || items.len() == 1)
            && !text.trim().contains('\n')
            && self
                .current
                .as_ref()
                .is_none_or(|b| b.field != Field::Questions)
            && node.next_sibling().is_some_and(|next| {
                let (start, end) = span(next);
                let below = self.source(start, end, quote_depth);
                let first = below.lines().next().unwrap_or("");
                // (`**A:**` alone, the answer under it, is the answer's label; a label
                // alone that names a telling of it, `**STAR Answer:**`, heads the answer
                // told under it.)
                matches!(next.data().value, NodeValue::Paragraph)
                    && (empty_answer_label(first)
                        || telling_label(first)
                        || !is_question(&bare_question(first))
                            && !bold_prompt(first)
                            && !lead_in(first)
                            && split_label(first).is_none())
            });
        let bold_alike = self.bold_prompts();
        // A block under a label of text about the principle or the interview (`**What
        // they're testing:** Can you…?`) asks the reader nothing to answer.
        // (A list two of whose items open on a story's parts, `- Situation: …`.)
        let parts_beside = is_list
            && items
                .iter()
                .filter(|(_, t)| {
                    matches!(
                        split_label(t.lines().next().unwrap_or("")),
                        Some((Label::Part(_), _))
                    )
                })
                .count()
                >= 2;
        let leads = |t: &str| {
            let first = t.lines().next().unwrap_or("");
            // (A label of the writer's own over a question, beside a story's parts,
            // `- Nugget: What were the wins…?` over `- Situation: …`, is a field of
            // the story's template with its prompt left in: no interview question.)
            if parts_beside
                && plain_item_label(first).is_some()
                && !matches!(split_label(first), Some((Label::Question, _)))
            {
                return false;
            }
            // (An item `**How do you prioritize?** From experience…`: asked, then
            // answered; its question opens with a word that asks, and is no label's.)
            let asks_first = is_list
                && !matches!(split_label(first), Some((Label::Part(_), _)))
                && answered_inline(first).is_some_and(|(asked, _)| {
                    let asked = bare_question(asked);
                    is_question(&asked)
                        && plain_words(&asked)
                            .first()
                            .is_some_and(|w| question_word(w))
                });
            // (A part's label before a question, `**T (Task):** What was your task?`, is
            // a guide's prompt for what that part holds: no interview question.)
            !matches!(
                split_label(first),
                Some((Label::Aside(_) | Label::Part(_), _))
            ) && (is_question(&bare_question(first))
                || bold_prompt(first)
                || bold_alike
                    && whole_bold(first).is_some_and(|w| {
                        // (`**Story 1: Pipeline leak**`: a story's name, whatever is
                        // bold around it; so is one counted by a number in a circle,
                        // `**② Deadlock found by a load test**`, asking nothing.)
                        let counted = plain_words(w).first().is_some_and(|x| x == "story")
                            || w.trim_start().starts_with(circled_number);
                        let named = counted && enumerated_name(first, self.set).is_some();
                        // (`**Your Answer: THE QUIZ PLATFORM**`: the label over the
                        // person's answer, no prompt.)
                        w.split_whitespace().count() <= 15 && !named && !names_own_answer(first)
                    })
                || asks_first
                // (A list's item that asks without a mark, its answer under it: `9. Tell
                // me a time when you took risk`, then the answer.)
                || is_list && t.contains('\n') && asks_unmarked(first)
                // (An item with its answer under it, in the item or in the paragraph
                // after a list of its own, that asks for an occasion in the interviewer's
                // words and not the writer's: `5. A time when a team member didn't meet
                // your expectations`.)
                || is_list && (t.contains('\n') || answered_below) && asks_in_third_person(first))
                && !tells_before_asking(first)
        };
        let heads_next = items.len() == 1
            && (answered_below
                || node.next_sibling().is_some_and(|next| {
                    matches!(next.data().value, NodeValue::List(_) | NodeValue::Paragraph)
                        && self.labelled_parts(&[next], &[]) >= 2
                }));
        // Questions listed inside a story being told (after its parts, or under a
        // `Sample questions:` label) are its questions.
        // `questions:` after a story, over `- when can I hear back about this position?`,
        // `- how would training be conducted…?`: what the writer will ask the
        // interviewer about the job, half of them or more; no story's questions, and no
        // interview questions to practise.
        if is_list
            && items.len() >= 2
            && items.iter().all(|(_, t)| !t.trim().contains('\n'))
            && !items.iter().any(|(_, t)| asks_for_story(&bare_question(t)))
            && items.iter().filter(|(_, t)| asks_about_the_job(t)).count() * 2 >= items.len()
        {
            self.plan.skipped.push(Skipped {
                lines,
                reason: "questions to ask the interviewer, not a story's".into(),
                text: text.to_string(),
            });
            if let Some(building) = self.current.as_mut()
                && building.field == Field::Questions
            {
                building.field = Field::Notes;
            }
            return true;
        }
        // (Under a label over them, `**Use for:**`, an item wholly in quotation marks,
        // `“Ownership example”`, is a prompt the writer quotes, asked or not.)
        let under_label = self
            .current
            .as_ref()
            .is_some_and(|b| b.field == Field::Questions);
        let quoted_prompt = |t: &str| under_label && is_list && is_quoted(t.trim());
        if !heads_next
            && let Some(building) = self.current.as_mut()
            && (building.labelled || building.field == Field::Questions)
            && items
                .iter()
                .all(|(_, t)| (leads(t) || quoted_prompt(t)) && !t.trim().contains('\n'))
        {
            for (_, item) in &items {
                // `- *What was the hardest part?* Choosing what to ignore.`: a question
                // the interviewer may ask next, answered on its line: a follow-up.
                match answered_inline(item.trim()) {
                    Some((asked, answer)) => building.draft.story.followups.push(Followup {
                        question: bare_question(asked),
                        answer: answer.to_string(),
                    }),
                    None => building
                        .draft
                        .story
                        .questions
                        .push(unemphasized(&bare_question(item))),
                }
            }
            building.draft.lines.1 = lines.1;
            building.trail(items.iter().map(|(at, _)| *at));
            for ((at, _), item) in &items {
                self.keep_question_label(item, *at);
            }
            return true;
        }
        // A line that speaks to "you" over a list of reminders (`Tough situation where
        // you are to step in as a leader`, then `- PRE regression`, `- One call API`):
        // the interviewer's prompt in the writer's shorthand, the reminders its
        // answers. It waits for them.
        // (A label that names what is under it, `**Concern signals (what marks you
        // down):**`, is read as that label.)
        if !is_list
            && !text.trim().contains('\n')
            && self.current.as_ref().is_none_or(|b| !b.labelled)
            && prompts_you(text)
            && !matches!(split_label(text.trim()), Some((Label::Aside(_), _)))
            && node.next_sibling().is_some_and(|next| {
                matches!(next.data().value, NodeValue::List(_))
                    && next.children().count() >= 2
                    && next.children().all(|item| {
                        let (s, _) = span(item);
                        self.lines
                            .get(s.saturating_sub(1))
                            .is_some_and(|l| lettered_reminder(l))
                    })
            })
        {
            self.own_waiting();
            self.finish_draft();
            self.waiting.push((bare_question(text.trim()), lines));
            return true;
        }
        // A paragraph of questions, a line each (after a lead-in such as "Sample
        // questions:"): none answers another. They are the story's, when one is being
        // told, or wait for an answer.
        let lines_of: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let asked = match lines_of.split_first() {
            Some((first, rest)) if lead_in(first) => rest,
            _ => &lines_of[..],
        };
        // (A hint under a prompt may ask the writer something, `**Hint:** the sensor
        // library?`: a note to self, not a question.)
        if !is_list
            && asked.len() >= 2
            && asked
                .iter()
                .all(|l| is_question(&bare_question(l)) && !hint_line(l))
        {
            if asked.len() < lines_of.len() {
                self.plan.skipped.push(Skipped {
                    lines: (lines.0, lines.0),
                    reason: "a lead-in to the questions under it".into(),
                    text: lines_of[0].trim().to_string(),
                });
            }
            let first = lines.0 + (lines_of.len() - asked.len());
            let questions: Vec<(String, (usize, usize))> = asked
                .iter()
                .enumerate()
                .map(|(i, l)| (bare_question(l), (first + i, first + i)))
                .collect();
            for (i, l) in asked.iter().enumerate() {
                self.keep_question_label(l, first + i);
            }
            match self.current.as_mut() {
                Some(building) if building.labelled || building.field == Field::Questions => {
                    building.trail(questions.iter().map(|(_, at)| *at));
                    building
                        .draft
                        .story
                        .questions
                        .extend(questions.into_iter().map(|(q, _)| q));
                    building.draft.lines.1 = lines.1;
                }
                _ => {
                    self.own_waiting();
                    if questions
                        .iter()
                        .all(|(_, (line, _))| self.asked_of_named(*line))
                    {
                        for (question, lines) in questions {
                            self.answers_asked(question, lines);
                        }
                    } else {
                        self.finish_draft();
                        self.waiting.extend(questions);
                    }
                }
            }
            return true;
        }
        // `I can talk about` between a question and the list of reminders that answer
        // it: a lead-in, kept in the ignored list; the question waits for the list.
        let lead_in_above = std::mem::take(&mut self.lead_in_above);
        if !is_list
            && !self.waiting.is_empty()
            && leads_to_list(text)
            && node
                .next_sibling()
                .is_some_and(|next| matches!(next.data().value, NodeValue::List(_)))
        {
            self.plan.ignored.push(Skipped {
                lines,
                reason: "a lead-in to the reminders under it".into(),
                text: text.trim().to_string(),
            });
            self.lead_in_above = true;
            return true;
        }
        if !items.iter().any(|(_, t)| leads(t)) {
            // A list of reminders right after a question, two or more, an item each
            // (`- checksum to the password…`, `- emoji skin tones` and its details
            // under it): a story each, answering it.
            // (Or a line each in the writer's shorthand, `- Old job - two launches in
            // one week.`, not the steps of one telling: see `shorthand_reminder`.)
            // (Not a part's name alone, `- Situation`, `- Task`: the method's outline.)
            let reminder = |t: &str| {
                let first = t.lines().next().unwrap_or("");
                !empty_template(t.trim())
                    && (lettered_reminder(first) || shorthand_reminder(t.trim()))
            };
            let steps = items.iter().filter(|(_, t)| opens_on_deed(t)).count();
            // (One is enough after a lead-in that says reminders follow.)
            if is_list
                && (items.len() >= 2 || lead_in_above)
                && !self.waiting.is_empty()
                && self.current.as_ref().is_none_or(|b| !b.labelled)
                && self.labelled_parts(&[node], &[]) == 0
                && items.iter().all(|(_, t)| reminder(t))
                && steps * 2 <= items.len()
            {
                let (question, _) = self.waiting.pop().expect("not empty");
                self.own_waiting();
                self.finish_draft();
                for ((s, e), item) in items {
                    self.start_draft(s);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.draft.story.questions.push(question.clone());
                    building.draft.lines.1 = e;
                    append(&mut building.draft.story.notes, item.trim_end());
                    // (After a lead-in, as one read a question at a time is.)
                    if lead_in_above && let Some(title) = reminder_title(&item) {
                        building.draft.story.title = title;
                    }
                    self.finish_draft();
                }
                return true;
            }
            // (Or a paragraph of them typed a line each with no marker, `freshid org
            // v2` over `agent report migration`, after a question that asks for a
            // story: see `typed_stories`.)
            let typed: Vec<&str> = (lines.0..=lines.1)
                .filter_map(|n| self.lines.get(n - 1).copied())
                .collect();
            // (Not lines each opened by a case's label, `case 1Last spring…`: the labels
            // start the stories, read as labels.)
            if !is_list
                && lines.0 < lines.1
                && !self.waiting.is_empty()
                && self.current.as_ref().is_none_or(|b| !b.labelled)
                && !typed.iter().any(|l| case_label(l).is_some())
                && let Some(stories) = typed_stories(&typed)
                && self
                    .waiting
                    .last()
                    .is_some_and(|(q, _)| asks_for_story(q) || is_prompt(q))
                && classify(text, self.set).is_none()
            {
                let (question, _) = self.waiting.pop().expect("not empty");
                self.own_waiting();
                self.finish_draft();
                for (k, (at, _)) in stories.iter().enumerate() {
                    // (Up to the next one's line: a line opening with a comma is more of
                    // the one above.)
                    let (n, last) = (
                        lines.0 + at,
                        stories
                            .get(k + 1)
                            .map_or(lines.1, |(next, _)| lines.0 + next - 1),
                    );
                    let said = self.source(n, last, 0);
                    self.start_draft(n);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.draft.story.questions.push(question.clone());
                    building.draft.lines = (n, last);
                    append(&mut building.draft.story.notes, said.trim());
                    self.finish_draft();
                }
                return true;
            }
            // A narrative paragraph right after a question answers it, and so does a
            // list of a story's labelled parts, or a list of one item that tells (`*
            // Rice course project, … I was not happy, talked to him…`).
            let told_in_one = is_list
                && items.len() == 1
                && own_account(text)
                && (tells_events(text) || recalls_event(text))
                && !to_reader(text);
            if (!is_list || told_in_one || self.labelled_parts(&[node], &[]) >= 2)
                && !self.waiting.is_empty()
                && classify(text, self.set).is_none()
                && self.current.as_ref().is_none_or(|b| !b.labelled)
            {
                let (question, from) = self.waiting.pop().expect("not empty");
                // A list of questions, then a story told in its labelled parts: the
                // story answers each of them (`### Questions on "Dive Deep":`, three
                // questions, then `- S : …`, `- T : …`, or `**S:** …` and the parts
                // after it, a paragraph each, up to the next heading or rule).
                let mut asked = vec![question];
                let told: Vec<&AstNode<'_>> =
                    std::iter::successors(Some(node), |n| n.next_sibling())
                        .take_while(|n| {
                            !matches!(
                                n.data().value,
                                NodeValue::Heading(_) | NodeValue::ThematicBreak
                            )
                        })
                        .take(8)
                        .collect();
                if let Some((first, last)) = self.asked_list
                    && (first..=last).contains(&from.0)
                    && self.labelled_parts(&told, &[]) >= 2
                {
                    while self
                        .waiting
                        .last()
                        .is_some_and(|(_, (line, _))| (first..=last).contains(line))
                    {
                        let (earlier, _) = self.waiting.pop().expect("checked");
                        asked.insert(0, earlier);
                    }
                }
                self.own_waiting();
                // Under a story's heading with nothing told yet (`# Story 1 — NAME`,
                // `**Question:** …`, then the answer), the answer is that story's.
                if !self.bare_heading() {
                    self.finish_draft();
                    self.start_draft(from.0);
                }
                let building = self.current.as_mut().expect("a draft is under way");
                building.draft.story.questions.extend(asked);
                building.draft.lines.1 = lines.1;
                for (line, segment) in segments(text, lines.0, is_list, self.set) {
                    self.fill(line, &segment);
                }
                return true;
            }
            return false;
        }
        // A list of prompts: when two items in three or more are questions, the others
        // ("Most challenging project", "Obstacles met") are prompts too. A list of
        // fewer is read as before.
        // (Nor when every item has its answers nested under it and one of them asks:
        // `- disagreement with manager` and its reminders, then `- how do you manage a
        // difficult conversation` and its own: the others are prompts in shorthand.)
        let asking = items.iter().filter(|(_, t)| leads(t)).count();
        let all_answered = items.len() >= 2
            && self.labelled_parts(&[node], &[]) == 0
            && items.iter().all(|(_, t)| {
                let mut lines = t.trim().lines();
                let first = lines.next().unwrap_or("");
                !first.ends_with(['.', '!']) && lines.any(|l| !l.trim().is_empty())
            });
        // A list in which questions and what answers them take turns, item by item
        // (`- Tell me about a time you were creative`, `- Renter who clicked…`, `- In
        // this case, we gave renters…`, then the next question): each question with the
        // items after it, as if they were nested under it.
        let mut items = items;
        // (Prompts of a few words among questions, none answered, are prompts too; once
        // one item has its answer under it, the list takes turns.)
        let prompts =
            asking * 3 >= items.len() * 2 && !items.iter().any(|(_, t)| t.trim().contains('\n'));
        if is_list
            && !prompts
            && !(asking >= 1 && all_answered)
            && items.first().is_some_and(|(_, t)| leads(t))
            && items.iter().any(|(_, t)| !leads(t))
            && self.labelled_parts(&[node], &[]) == 0
        {
            let mut grouped: Vec<((usize, usize), String)> = Vec::new();
            for ((s, e), text) in items {
                match grouped.last_mut() {
                    Some(((_, end), asked)) if !leads(&text) => {
                        *end = e;
                        for (i, line) in text.trim_end().lines().enumerate() {
                            asked.push('\n');
                            asked.push_str(if i == 0 { "- " } else { "  " });
                            asked.push_str(line);
                        }
                    }
                    _ => grouped.push(((s, e), text.trim_end().to_string())),
                }
            }
            items = grouped;
        } else if is_list && asking * 3 < items.len() * 2 && !(asking >= 1 && all_answered) {
            return false;
        }
        // In a file of one story, told already, a question in a paragraph (`**Expect
        // the probe:** *"Why show nothing…?"*`) is one the interviewer may ask of it:
        // with what answers it, the story's notes.
        if !is_list
            && self.section.as_ref().is_some_and(|s| s.one_story)
            && let Some(building) = self.current.as_mut()
            && !building.draft.all_text().trim().is_empty()
        {
            self.own_waiting();
            let building = self.current.as_mut().expect("checked");
            building.field = Field::Notes;
            append(&mut building.draft.story.notes, text.trim());
            building.draft.lines.1 = lines.1;
            return true;
        }
        self.own_waiting();
        // A story heading with nothing under it yet: the first answered question is
        // that story's, not a story of its own. (So is one under a story's name and
        // the questions it answers, asked a paragraph each: see `own_waiting`.)
        let named = self
            .current
            .as_ref()
            .is_some_and(|b| named_only(&b.draft.story) && !b.draft.story.questions.is_empty());
        // (Nor when a label says which questions the story answers, `**Use for:**
        // "Tell me about a mistake…"`, under its name and a note on it, no part told
        // yet: the story's own questions, not a prompt of a story to come.)
        let used_for = !is_list
            && question_label(text.trim()).is_some_and(story_use_label)
            && self.current.as_ref().is_some_and(|b| {
                let story = &b.draft.story;
                !story.title.is_empty()
                    && !is_question(&story.title)
                    && story.written_parts().next().is_none()
                    && story.questions.is_empty()
            });
        let mut heading_draft = if self.bare_heading() || named || used_for {
            self.current.take()
        } else {
            self.finish_draft();
            None
        };
        let several = items.len() > 1;
        let count = items.len();
        let waited = self.waiting.len();
        // An item that asks nothing and tells (`7. R3 call was based on model code and
        // there was…`, after `6. What was the hardest bug?` and its story's name) goes
        // on with the answer above it: it is no prompt, which is a few words.
        let tells_on = |item: &str| {
            let first = item.lines().next().unwrap_or("");
            !leads(item) && plain_words(first).len() > 8
        };
        let mut answered_above = false;
        for (at, ((s, e), item)) in items.into_iter().enumerate() {
            if answered_above
                && tells_on(&item)
                && let Some(building) = self.current.as_mut()
            {
                building.draft.lines.1 = e;
                let listed = strip_marker(&item).len() < item.trim_start().len();
                for (line, segment) in segments(&item, s, listed, self.set) {
                    self.fill(line, &segment);
                }
                continue;
            }
            self.finish_draft();
            answered_above = false;
            let mut item_lines = item.lines().peekable();
            let mut first = item_lines.next().unwrap_or("").to_string();
            // `Q: "Tell me about a time you solved a` over `    difficult technical
            // problem"`, wrapped by hand: the question goes on to the line its
            // quotation closes on.
            let mut wrapped = 0;
            while open_quotation(&first)
                && let Some(next) = item_lines.next_if(|l| !l.trim().is_empty())
            {
                first.push(' ');
                first.push_str(next.trim());
                wrapped += 1;
            }
            let first = first.as_str();
            // `How did you resolve a conflict? The only conflict I remember…`, `**How do
            // you prioritize?** From experience…`: the question and its answer on one
            // line.
            let (asked, answer) = match answered_inline(first) {
                Some((asked, answer)) => (asked, Some(answer)),
                None => (first, None),
            };
            let question = bare_question(asked);
            self.keep_question_label(asked, s);
            let rest: Vec<&str> = answer
                .into_iter()
                .chain(item_lines.map(str::trim_end))
                .collect();
            // The line the answer's text opens on (after the blank lines `dedent` takes
            // off).
            let answer_line = s
                + wrapped
                + usize::from(answer.is_none())
                + rest.iter().take_while(|l| l.trim().is_empty()).count();
            let rest_text = dedent(&rest);
            // An answer's place with no answer in it yet; the question waits for the
            // story after it, or is the person's own if none comes:
            // `Q: …` then `Answer:` on the next line (or `* **Q** : What is a queue?`
            // then `* **A** :` with nothing after it), a label that starts the answer
            // told below it;
            // `12. **What's an example of a time that a project failed?**` over `**#1**`,
            // the number of the first answer, told below;
            // `- Tell me about a time…` over `- S - `, `- T - `, the story's labels with
            // nothing after them, an empty template.
            let unanswered = if answer_label(&rest_text) || empty_answer_label(&rest_text) {
                Some((true, (e, e), "a label that starts an answer"))
            } else if answer_count(&rest_text) {
                Some((true, (answer_line, e), "the number of the answer below it"))
            } else if !rest_text.trim().is_empty() && empty_template(rest_text.trim()) {
                Some((
                    false,
                    (answer_line, e),
                    "an empty template (a label with nothing after it), not a story",
                ))
            } else {
                None
            };
            if let Some((structure, lines, reason)) = unanswered {
                let kept = Skipped {
                    lines,
                    reason: reason.into(),
                    text: rest_text.trim().to_string(),
                };
                if structure {
                    self.plan.ignored.push(kept);
                } else {
                    self.plan.skipped.push(kept);
                }
                self.waiting.push((question, (s, s)));
                continue;
            }
            if rest_text.trim().is_empty() {
                // (Under a label that says the story answers it: the story's now.)
                match heading_draft.as_mut() {
                    Some(building) if used_for => {
                        building.draft.story.questions.push(question);
                        building.draft.lines.1 = building.draft.lines.1.max(e);
                    }
                    _ => self.waiting.push((question, (s, e))),
                }
                continue;
            }
            self.own_waiting();
            // Short reminders, a line each: a story each, answering the question.
            let reminders: Vec<String> = rest_text
                .lines()
                .map(|l| {
                    l.trim()
                        .trim_start_matches(['-', '*', '+', '•'])
                        .trim()
                        .to_string()
                })
                .collect();
            // `"Tell me about a time you..."` over `- Designed a system from scratch`: a
            // question cut off, each line under it the end of one. Asked whole, they are
            // the person's own questions; none tells a story.
            if let Some(stem) = cut_stem(&question)
                && reminders.len() >= 2
                && rest_text
                    .lines()
                    .all(|l| l.trim_start().starts_with(['-', '*', '+', '•']))
                && reminders
                    .iter()
                    .all(|r| !r.is_empty() && !is_question(r) && !r.contains('\n'))
            {
                for (i, ending) in reminders.iter().enumerate() {
                    let line = s + 1 + i;
                    self.waiting
                        .push((format!("{stem} {}", lower_first(ending)), (line, line)));
                }
                self.own_waiting();
                continue;
            }
            // Lines naming the stories that answer it (`Primary: …`, `Backup: …`) are
            // one answer, not a reminder each.
            // (Or stories typed a line each with no marker, `freshid org v2` over `uuid
            // authorization`, under a question that asks for a story: see
            // `typed_stories`. Under one that asks for qualities they are the answer.)
            let unmarked: Vec<&str> = rest_text.lines().collect();
            let typed = (asks_for_story(&question) || is_prompt(&question))
                .then(|| typed_stories(&unmarked))
                .flatten();
            let short = reminders.len() >= 2
                && !pointers(&rest_text)
                && (rest_text
                    .lines()
                    .all(|l| l.trim_start().starts_with(['-', '*', '+', '•']))
                    && reminders.iter().all(|r| !r.is_empty() && reminder_item(r))
                    || typed.is_some());
            // Two headings or more inside the answer (`# Apply now failure alert system`,
            // then `# Giving renter the option…`, each typed inside the item): a story
            // each, named by its heading.
            let headed: Vec<usize> = rest_text
                .lines()
                .enumerate()
                .filter(|(_, l)| heading_line(l.trim_start()).is_some())
                .map(|(at, _)| at)
                .collect();
            let by_headings = !short && headed.len() >= 2 && headed[0] == 0;
            // (Reminders a line each: each draft's lines are its own, from the line
            // that opens it up to the next one's.)
            let (own_lines, reminders): (Vec<usize>, Vec<String>) = match typed {
                Some(typed) if short => typed.into_iter().unzip(),
                _ if short => reminders.into_iter().enumerate().unzip(),
                _ => (Vec::new(), reminders),
            };
            let own_lines: Vec<usize> = own_lines.iter().map(|at| answer_line + at).collect();
            let pieces: Vec<String> = if short {
                reminders
            } else if by_headings {
                let lines: Vec<&str> = rest_text.lines().collect();
                headed
                    .iter()
                    .enumerate()
                    .map(|(k, &from)| {
                        let to = headed.get(k + 1).copied().unwrap_or(lines.len());
                        lines[from..to].join("\n")
                    })
                    .collect()
            } else {
                vec![rest_text]
            };
            for (k, piece) in pieces.into_iter().enumerate() {
                match heading_draft.take() {
                    Some(building) => self.current = Some(building),
                    None => self.start_draft(s),
                }
                let building = self.current.as_mut().expect("a draft was just started");
                building.draft.story.questions.push(question.clone());
                building.draft.lines.1 = e;
                if let Some(&at) = own_lines.get(k) {
                    let next = own_lines
                        .get(k + 1)
                        .map_or(e, |&n| n.saturating_sub(1).max(at));
                    building.draft.lines = (at, next);
                }
                // `**Q: How did you measure the 40%?**` then `A: Instrumented…`: the
                // answer's letter, after a question's, not the Action's label; the answer
                // is read as told, in the notes.
                let lettered_answer = question_label(asked)
                    .is_some_and(|label| plain_words(label) == ["q"])
                    && answer_letter(&piece)
                    && !piece.trim_start().contains("\n\n");
                // (Unless the answer is told in its parts on the lines under the letter,
                // `**A (STAR):**` over `- *Situation:* …` to `- *Result:* …`: the letter
                // and its form are a label, kept with the structure; the parts are read.)
                let (letter_line, told_below) = piece
                    .trim_start()
                    .split_once('\n')
                    .unwrap_or((piece.trim_start(), ""));
                // (Counted only for an answer's letter: most answers have none.)
                let parts_below = || {
                    segments(told_below, s + 2, true, self.set)
                        .iter()
                        .filter(|(_, seg)| {
                            matches!(classify(seg, self.set), Some((Label::Part(_), _)))
                        })
                        .count()
                };
                if lettered_answer
                    && letter_line.trim().ends_with(['*', ':', '_'])
                    && parts_below() >= 2
                {
                    self.plan.ignored.push(Skipped {
                        lines: (s + 1, s + 1),
                        reason: "the answer's letter over its parts: a label".into(),
                        text: letter_line.trim().to_string(),
                    });
                    for (line, segment) in segments(told_below, s + 2, true, self.set) {
                        self.fill(line, &segment);
                    }
                } else if lettered_answer {
                    let text = piece.trim_start().trim_start_matches(['*', '_']);
                    let text = text[1..].trim_start_matches([':', '.', '*', '_', ' ']);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.field = Field::Notes;
                    append(&mut building.draft.story.notes, text);
                } else {
                    // The answer may be a list of its parts (`1. > Situation: …`).
                    let listed = strip_marker(&piece).len() < piece.trim_start().len();
                    for (line, segment) in segments(&piece, s + 1, listed, self.set) {
                        self.fill(line, &segment);
                    }
                }
                // A paragraph (or a list of one item) that opens with its question, its
                // answer after it: the paragraphs under it, up to the next question or
                // heading, go on with the answer.
                // Not after labelled parts: those say where the story ends.
                // (So does the last item's, the list ended: `23. Tell me about a
                // problem…`, its answer, then the paragraphs that go on with it.)
                let unlabelled = self.current.as_ref().is_some_and(|b| !b.labelled);
                let open = !short && !by_headings && (!several || at + 1 == count) && unlabelled;
                match self.current.as_mut() {
                    Some(building) if open => building.open_answer = true,
                    // Kept for an item after it that tells on (see `tells_on`).
                    Some(_) if several && !short && !by_headings && unlabelled => {
                        answered_above = true
                    }
                    _ => self.finish_draft(),
                }
            }
        }
        if is_list && self.waiting.len() >= waited + 2 {
            self.asked_list = Some(lines);
        }
        // The list ended on an item that told on: the answer may go on below it.
        if answered_above && let Some(building) = self.current.as_mut() {
            building.open_answer = true;
        }
        if let Some(building) = heading_draft {
            self.current = Some(building);
        }
        true
    }

    /// A paragraph typed a line a question (see `asked_lines`): a topic's name is
    /// skipped, a question with lines that tell under it starts a story answering it,
    /// a question with none waits, as a paragraph of questions does. The last answer
    /// goes on with the narrative paragraphs under it.
    fn asked_line_by_line(
        &mut self,
        text: &str,
        lines: (usize, usize),
        roles: &[(usize, LineRole)],
    ) {
        let all: Vec<&str> = text.lines().collect();
        let mut at = 0;
        while at < roles.len() {
            let (i, role) = roles[at];
            let line = all[i].trim();
            at += 1;
            match role {
                LineRole::Topic => self.plan.skipped.push(Skipped {
                    lines: (lines.0 + i, lines.0 + i),
                    reason: "a topic's name over the questions under it".into(),
                    text: line.to_string(),
                }),
                // A line that tells with no question over it in this paragraph goes
                // on with the story above, if one is being told.
                LineRole::Told => match self.current.as_mut() {
                    Some(building) => {
                        building.draft.lines.1 = lines.0 + i;
                        self.fill(lines.0 + i, line);
                    }
                    None => self.plan.skipped.push(Skipped {
                        lines: (lines.0 + i, lines.0 + i),
                        reason: "a line under no question and no story".into(),
                        text: line.to_string(),
                    }),
                },
                LineRole::Asked => {
                    let question = bare_question(line);
                    self.keep_question_label(line, lines.0 + i);
                    let answer: Vec<usize> = roles[at..]
                        .iter()
                        .take_while(|(_, r)| *r == LineRole::Told)
                        .map(|(j, _)| *j)
                        .collect();
                    if answer.is_empty() {
                        let at = (lines.0 + i, lines.0 + i);
                        if self.asked_of_named(at.0) {
                            self.answers_asked(question, at);
                        } else {
                            self.finish_draft();
                            self.waiting.push((question, at));
                        }
                        continue;
                    }
                    at += answer.len();
                    let told: Vec<&str> = answer.iter().map(|j| all[*j]).collect();
                    let text = dedent(&told);
                    // A line or two on what the writer is or likes ("I'm excited to
                    // learn…"): an answer about them, no story.
                    if text.split_whitespace().count() <= 30 && speaks_of_now(&text) {
                        self.finish_draft();
                        let last = *answer.last().expect("not empty");
                        self.plan.skipped.push(Skipped {
                            lines: (lines.0 + i, lines.0 + last),
                            reason:
                                "an answer about the writer (what they are or like), not a story"
                                    .into(),
                            text: format!("{line}\n{}", text.trim()),
                        });
                        continue;
                    }
                    self.own_waiting();
                    if !self.bare_heading() {
                        self.finish_draft();
                        self.start_draft(lines.0 + i);
                    }
                    let last = *answer.last().expect("not empty");
                    let building = self.current.as_mut().expect("a draft is under way");
                    building.draft.story.questions.push(question);
                    building.draft.lines.1 = lines.0 + last;
                    for (line, segment) in
                        segments(&dedent(&told), lines.0 + answer[0], false, self.set)
                    {
                        self.fill(line, &segment);
                    }
                    if at == roles.len() {
                        if let Some(building) = self.current.as_mut() {
                            building.open_answer = !building.labelled;
                        }
                    } else {
                        self.finish_draft();
                    }
                }
            }
        }
    }

    /// Says which short names in a list of principles could be more than one, so that
    /// the person links the one they meant: lp does not guess.
    /// Warns of the words of a story label's remark that name no principle
    /// (`Case (Entrust, customer obession)`): the story keeps the names it could read.
    fn report_unknown(&mut self, line: usize, unknown: &[String], label: &str) {
        if unknown.is_empty() {
            return;
        }
        self.plan.warnings.push(format!(
            "line {line}: {} in '{}' {} no principle; the story keeps the principles it has",
            unknown
                .iter()
                .map(|u| format!("'{u}'"))
                .collect::<Vec<_>>()
                .join(", "),
            label.trim(),
            if unknown.len() == 1 { "names" } else { "name" },
        ));
    }

    fn report_ambiguous(&mut self, line: usize, ambiguous: &[(String, Vec<String>)]) {
        for (name, ids) in ambiguous {
            let names: Vec<&str> = ids
                .iter()
                .map(|id| self.set.get(id).map_or(id.as_str(), |p| p.name.as_str()))
                .collect();
            self.plan.warnings.push(format!(
                "line {line}: '{name}' could be {}; not linked, add the one you mean with `lp edit`",
                crate::english::quoted_or_list(&names)
            ));
        }
    }

    /// Whether a question asked on `line` is one the story being read answers: a
    /// story whose name (and questions) is all it has so far (see [`named_only`]),
    /// the question below its name (`#### [[Moving support to a forum]]`, then the
    /// questions it answers in bold, a paragraph each).
    fn asked_of_named(&self, line: usize) -> bool {
        self.current
            .as_ref()
            .is_some_and(|b| named_only(&b.draft.story) && line > b.draft.lines.0)
    }

    /// Gives the story being read a question it answers (see [`Self::asked_of_named`]).
    fn answers_asked(&mut self, question: String, (_, last): (usize, usize)) {
        let building = self.current.as_mut().expect("a story is being read");
        building.draft.story.questions.push(question);
        building.draft.lines.1 = building.draft.lines.1.max(last);
    }

    /// The questions waiting for an answer become the person's own.
    fn own_waiting(&mut self) {
        // (Under a story's name with nothing told, they are the questions it answers.)
        if !self.waiting.is_empty()
            && self
                .waiting
                .iter()
                .all(|(_, (first, _))| self.asked_of_named(*first))
        {
            for (question, lines) in std::mem::take(&mut self.waiting) {
                self.answers_asked(question, lines);
            }
            return;
        }
        // A section whose stories name their own principles puts none over the
        // questions in it: each is linked to the one its words are nearest, as a story
        // under a question's heading is. So does a section whose principle was itself
        // guessed from its words: that guess is no more the questions' than another,
        // and holds only a question whose words are near none.
        if let Some(section) = self
            .section
            .as_ref()
            .filter(|s| s.own_names || s.principle_guessed)
        {
            let fallback = (!section.own_names).then(|| section.principle.clone());
            for (question, lines) in std::mem::take(&mut self.waiting) {
                match self
                    .nearest(&question)
                    .map(|p| p.id.clone())
                    .or_else(|| fallback.clone())
                {
                    Some(principle) => self.plan.questions.push(super::OwnQuestion {
                        principle,
                        question,
                        lines,
                    }),
                    None => self.plan.skipped.push(Skipped {
                        lines,
                        reason: "a question under no principle".into(),
                        text: question,
                    }),
                }
            }
            return;
        }
        let Some(principle) = self.section.as_ref().map(|s| s.principle.clone()) else {
            // Under no principle: kept in the skipped list, never dropped.
            for (question, lines) in std::mem::take(&mut self.waiting) {
                self.plan.skipped.push(Skipped {
                    lines,
                    reason: "a question under no principle".into(),
                    text: question,
                });
            }
            return;
        };
        for (question, lines) in std::mem::take(&mut self.waiting) {
            self.plan.questions.push(super::OwnQuestion {
                principle: principle.clone(),
                question,
                lines,
            });
        }
    }

    /// A story quoted whole as the answer to the question just asked: the quote opens
    /// on its Situation and holds its Result (`### Answer:` over `> **Situation:** …`
    /// to `> **Result:** …`). What is inside is that one story's: a step's bold label,
    /// the questions the writer put to someone (`- "What happens if this service is
    /// down?"`), a question they asked themselves, each goes on with the part it is in
    /// and opens no story. Whether it was read so; `depth` is the quote's inside.
    fn told_whole<'n>(&mut self, quote: &'n AstNode<'n>, depth: usize) -> bool {
        let asked_only = self.current.as_ref().is_some_and(|b| {
            !b.draft.story.questions.is_empty() && b.draft.told().trim().is_empty()
        });
        let blocks: Vec<_> = quote.children().collect();
        if !asked_only || blocks.len() < 2 {
            return false;
        }
        let texts: Vec<(usize, String)> = (blocks.iter())
            .map(|b| {
                let (start, end) = span(b);
                (start, self.source(start, end, depth))
            })
            .collect();
        let opens = |(_, text): &(usize, String)| {
            matches!(
                classify(text, self.set),
                Some((Label::Part(crate::model::Part::Situation), _))
            )
        };
        let results = texts.iter().any(|(start, text)| {
            segments(text, *start, false, self.set)
                .iter()
                .any(|(_, piece)| {
                    matches!(
                        classify(piece, self.set),
                        Some((Label::Part(crate::model::Part::Result), _))
                    )
                })
        });
        if !texts.first().is_some_and(opens) || !results {
            return false;
        }
        for (start, text) in texts {
            for (line, piece) in segments(&text, start, false, self.set) {
                self.fill(line, &piece);
            }
        }
        if let Some(building) = self.current.as_mut() {
            building.draft.lines.1 = building.draft.lines.1.max(span(quote).1);
        }
        true
    }

    /// Whether `quote` is a saying about the section's principle, and so skipped: a
    /// quotation that opens the section just above the principle's description (an
    /// epigraph), not a story. The description after it is still the section's first
    /// block.
    fn saying<'n>(&mut self, quote: &'n AstNode<'n>, quote_depth: usize) -> bool {
        let Some(section) = self.section.as_ref() else {
            return false;
        };
        let above_description = !section.started
            && quote.next_sibling().is_some_and(|next| {
                let (start, end) = span(next);
                matches!(next.data().value, NodeValue::Paragraph)
                    && is_description(&self.source(start, end, quote_depth))
            });
        if !above_description {
            return false;
        }
        let name = name_of(self.set, &section.principle);
        let (start, end) = span(quote);
        self.plan.skipped.push(Skipped {
            lines: (start, end),
            reason: format!("a saying quoted above the description of '{name}', not a story"),
            text: self.source(start, end, quote_depth),
        });
        true
    }

    /// A paragraph, list, code block or quote child inside a section, or outside one.
    fn content<'n>(&mut self, node: &'n AstNode<'n>, quote_depth: usize) {
        let (start, end) = span(node);
        self.block_end = end;
        // A rehearsed exchange after an answer: the answer's, and the answer ends with
        // it (see `rehearsed`).
        if quote_depth == 0
            && matches!(node.data().value, NodeValue::Paragraph)
            && self.rehearsed(start, end)
        {
            return;
        }
        if std::mem::take(&mut self.exchange) {
            self.finish_draft();
        }
        if let NodeValue::HtmlBlock(html) = &node.data().value
            && html_rule(&html.literal)
        {
            self.html_rule(node);
            return;
        }
        // `<h3>Task</h3>` over `<p>…</p>` in a story being told: its parts, told in
        // HTML, read as their labels and text.
        if let NodeValue::HtmlBlock(html) = &node.data().value
            && self.current.is_some()
            && let Some(text) = html_parts(&html.literal)
        {
            if let Some(building) = self.current.as_mut() {
                building.draft.lines.1 = building.draft.lines.1.max(end);
            }
            for (line, segment) in segments(&text, start, false, self.set) {
                self.fill(line, &segment);
            }
            return;
        }
        let text = self.source(start, end, quote_depth);
        if matches!(node.data().value, NodeValue::Paragraph)
            && (self.fit_question(start, &text) || self.fit_table(start, end, &text))
        {
            return;
        }
        // The evidence under a question fit to the story (`- ✅ Perfect match: …`, a
        // list nested in it): the story's notes, whatever its items hold.
        if matches!(node.data().value, NodeValue::List(_))
            && let Some(building) = self.current.as_mut().filter(|b| b.under_fit)
        {
            building.draft.lines.1 = building.draft.lines.1.max(end);
            append(&mut building.draft.story.notes, &text);
            return;
        }
        // `- What was the conflict?` over its answer nested under it, `- How did you
        // resolve?` over its own: one story told under the writer's own prompts, kept
        // whole in its notes, the prompts none of its questions (see
        // `prompted_outline`).
        if matches!(node.data().value, NodeValue::List(_))
            && self.section.is_some()
            && prompted_outline(&text)
        {
            if self.current.is_none() {
                self.start_draft(start);
            }
            if let Some(building) = self.current.as_mut() {
                building.draft.lines.1 = building.draft.lines.1.max(end);
                append(&mut building.draft.story.notes, &text);
                return;
            }
        }
        // Quotes nest in notes a level or two; past MAX_QUOTE_DEPTH the rest is one block,
        // so that no input can make the importer recurse without bound.
        if matches!(node.data().value, NodeValue::BlockQuote) && quote_depth < MAX_QUOTE_DEPTH {
            if self.saying(node, quote_depth) || self.told_whole(node, quote_depth + 1) {
                return;
            }
            for child in node.children() {
                self.content(child, quote_depth + 1);
            }
            return;
        }
        // A fenced block in notes is text kept apart, not code: read it as a paragraph.
        // An item whose answer is quoted under it (`- This aligns with "Earn Trust"`,
        // then `> **Situation:** …`) is read without the quote marks, as a quotation
        // standing alone is: the labels in it start their parts.
        let (text, is_paragraph) = match &node.data().value {
            NodeValue::CodeBlock(code) if self.section.is_some() => (code.literal.clone(), true),
            NodeValue::Paragraph => (text, true),
            NodeValue::List(_) if quotes_in_items(node) => (unquote_lines(&text), false),
            _ => (text, false),
        };
        // A fenced block's text starts on the line after its opening fence and ends
        // before its closing one: its lines are counted from there, so that what is
        // kept or skipped of it is read from the lines that hold it.
        let (start, end) = match &node.data().value {
            NodeValue::CodeBlock(code) if code.fenced && self.section.is_some() => {
                let first = (start + 1).min(end);
                let closed = end > start
                    && self
                        .lines
                        .get(end - 1)
                        .is_some_and(|l| fence_mark(l).is_some());
                (first, if closed { (end - 1).max(first) } else { end })
            }
            _ => (start, end),
        };
        // A fence that says its language (```` ```typescript ````) inside a story's
        // part is code shown in that part, whole: its lines are no labels (`tasks: (()
        // => Promise<T>)[],`, `result: pinned`).
        if matches!(&node.data().value, NodeValue::CodeBlock(code) if names_language(&code.info))
            && let Some(building) = self.current.as_mut()
            && let Field::Part(part) = building.field
        {
            append(building.draft.story.part_mut(part), text.trim_end());
            building.draft.lines.1 = building.draft.lines.1.max(end);
            return;
        }
        let is_list = matches!(node.data().value, NodeValue::List(_));
        // `1. STAR — Billing cutover` alone, then `- Situation: …`, `- Task: …` in a list
        // of their own: the name of the story those parts tell.
        if is_list && self.names_parts_below(node, quote_depth) {
            self.name_item = Some(start);
        }
        // A list whose items each tell a story of their own, from its scene.
        // A list's items, their markers off (read here and for `reminders` below).
        let items: Vec<String> = if is_list {
            node.children()
                .map(|item| {
                    let (s, e) = span(item);
                    strip_marker(&self.source(s, e, quote_depth))
                })
                .collect()
        } else {
            Vec::new()
        };
        // (Each item sets its own scene, "During my work in the lab, I…", and recalls
        // what the writer did there: one event is enough when the scene is its own.)
        // (Or each item is a story told whole, forty words or more of what the writer
        // did, no part's label in it: "1. I was tasked with a pilot…", "2. Architecture
        // failure: while we moved…".)
        let told_apart = items.len() >= 2
            && (items
                .iter()
                .all(|item| opens_scene(item) && own_account(item) && recalls_event(item))
                || items.iter().all(|item| {
                    item.split_whitespace().count() >= 40
                        && own_account(item)
                        && tells_events(item)
                        && classify(item, self.set).is_none()
                        && !item.lines().any(|l| split_label(l.trim()).is_some())
                })
                // (Or each item says it is a story told, `- STAR: During the migration I
                // put the others first…`, and tells what the writer did.)
                || items.iter().all(|item| {
                    told_label(item).is_some_and(|told| {
                        told.split_whitespace().count() >= 12
                            && (first_person_events(told) >= 1
                                || words_of(told).iter().filter(|w| past(w)).count() >= 2)
                    })
                })
                // (Or each numbered item names a story on its first line, a reminder of
                // it under the name in some: `1. Predicate Replicator tool (Admin UI)`
                // over `` `I took a step back to understand the need…` ``.)
                || matches!(&node.data().value, NodeValue::List(list) if list.list_type == ListType::Ordered)
                    && items.iter().all(|item| named_entry(item, self.set))
                    && items.iter().any(|item| item.trim().contains('\n')));
        if is_paragraph && self.name_line.take_if(|&mut at| at == start).is_some() {
            self.plan.ignored.push(Skipped {
                lines: (start, start),
                reason: "the story's name under the heading that labels it: its title".into(),
                text: text.lines().next().unwrap_or("").trim().to_string(),
            });
            // A paragraph may run on past the name (no blank line before its label).
            let rest: Vec<&str> = text.lines().skip(1).collect();
            if !rest.is_empty() {
                for (line, segment) in segments(&rest.join("\n"), start + 1, false, self.set) {
                    self.fill(line, &segment);
                }
            }
            return;
        }
        // A label alone (`**Result**:`) whose text follows in the next block, a list or
        // a paragraph, introduces that text: it is not an empty template.
        // (Or with a heading of its own under it, `Action:` over `Security Group
        // Rules:`, the text after both.)
        let introduces = is_paragraph
            && classify(&text, self.set).is_some_and(|(_, rest)| {
                rest.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .all(|l| l.ends_with(':') && l.split_whitespace().count() <= 5)
            })
            && node.next_sibling().is_some_and(|next| {
                let (from, to) = span(next);
                let next_text = self.source(from, to, quote_depth);
                matches!(
                    next.data().value,
                    NodeValue::List(_) | NodeValue::Paragraph | NodeValue::BlockQuote
                ) && !empty_template(&next_text)
                    && classify(&next_text, self.set).is_none()
                    && case_label(&next_text).is_none()
            });
        // An answer opened by its question goes on only with narrative paragraphs, and
        // with a list typed right under its last line (no blank line between): more of
        // it.
        let right_under = is_list
            && node.previous_sibling().is_some_and(|before| {
                matches!(before.data().value, NodeValue::Paragraph) && span(before).1 + 1 == start
            })
            && self.labelled_parts(&[node], &[]) == 0;
        // (A story only opened, its name and question and no part yet, goes on with
        // its parts: `**Situation:**` after `**Question This Answers:**`.)
        // (Or in a list of them, `- **S:** …` under `**STAR notes (Acme):**`: the parts
        // its question waits for, not a story of their own.)
        let parts_follow = self.only_opened()
            && (matches!(classify(&text, self.set), Some((Label::Part(_), _)))
                || is_list && self.labelled_parts(&[node], &[]) >= 2);
        if parts_follow && let Some(building) = self.current.as_mut() {
            // Told in parts from here: no longer an answer going on paragraph after
            // paragraph under its question.
            building.open_answer = false;
        }
        // (In a story's card, the one story goes on: its parts after the answer said
        // aloud are that story told again in parts.)
        if self.current.as_ref().is_some_and(|b| b.open_answer)
            && !(is_paragraph && classify(&text, self.set).is_none() && !is_question(&text))
            && !right_under
            && self.section.as_ref().is_none_or(|s| !s.card)
        {
            self.finish_draft();
        }
        // `The interviewer wants to check these 3 topics -` over `1. Did you own it?`:
        // what the interviewer looks for, not questions to answer.
        if is_list
            && node
                .previous_sibling()
                .filter(|before| matches!(before.data().value, NodeValue::Paragraph))
                .is_some_and(|before| {
                    let (from, to) = span(before);
                    interviewer_looks_for(&self.source(from, to, quote_depth))
                })
        {
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason: "what interviewers look for, not a story".into(),
                text,
            });
            return;
        }
        if self.section.is_some()
            && (is_paragraph || is_list)
            && self.questions_first(node, &text, (start, end), is_list, quote_depth)
        {
            return;
        }
        // `**Backbone to React:**` after a story its writer opened with its name in bold
        // (`**Drag and drop**`) and told under it: the next story's name, as the first
        // was; the story before ends.
        // (In a story's card, a name in bold is one of its sections: `**Short version**`.)
        // (Nor when a heading named the story before, `### STORY: Widget Portal` over
        // `**Ambiguity:**` and a quotation: its bold line was a section of it, and so is
        // this one, `**How I Handled:**`.)
        if is_paragraph
            && quote_depth == 0
            && self.section.as_ref().is_some_and(|s| !s.card)
            && bold_name(&text, self.set)
            && self.current.as_ref().is_some_and(|b| {
                let notes = b.draft.story.notes.trim_start();
                !b.labelled
                    && b.draft.story.written_parts().next().is_none()
                    && notes.lines().next().is_some_and(|l| {
                        bold_name(l, self.set) && names_its_story(l, &b.draft.story.title)
                    })
                    && notes.contains("\n\n")
            })
        {
            self.finish_draft();
        }
        // A paragraph of names, a line each, in a principle's section, nothing told in
        // any ("Durable functions", "RDL reports in house tool", "Mongo Schema
        // migrator"): a story's reminder each, as the items of a list of them are.
        if is_paragraph
            && quote_depth == 0
            && start < end
            && self
                .section
                .as_ref()
                .is_some_and(|s| !s.structured && !s.one_story && !s.card)
            && self.current.as_ref().is_none_or(|b| !b.labelled)
            && classify(&text, self.set).is_none()
            && names_a_line(self.lines, start, end)
        {
            self.finish_draft();
            for n in start..=end {
                self.start_draft(n);
                let building = self.current.as_mut().expect("a draft was just started");
                building.draft.lines = (n, n);
                append(&mut building.draft.story.notes, self.lines[n - 1].trim());
                self.finish_draft();
            }
            if let Some(section) = self.section.as_mut() {
                section.started = true;
                section.notes_mode = true;
            }
            return;
        }
        // The question a section's heading asks (see `reminders`).
        let asked = self.section.as_ref().and_then(|s| s.asks.clone());
        let describes = self.carries_descriptions();
        let advises = self.advises();
        let parts_in_list = if is_list {
            self.labelled_parts(&[node], &[])
        } else {
            0
        };
        let Some(section) = self.section.as_mut() else {
            let reason = self.outside_reason();
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason,
                text,
            });
            return;
        };
        let first = !section.started;
        section.started = true;
        // A quotation right after the description, in another script or saying nothing
        // of the writer, is more of it: the description translated, or a second quote.
        let after_description = std::mem::take(&mut section.after_description);
        if after_description
            && quote_depth > 0
            && is_paragraph
            && classify(&text, self.set).is_none()
            && (mostly_other_script(&text) || !speaks_of_self(&text))
        {
            section.after_description = true;
            let skipped = description(self.set, &section.principle, (start, end), text, true);
            self.plan.skipped.push(skipped);
            return;
        }
        // `3 that stand out for scientific`, then a list of three: a line that counts
        // the items of the list after it leads into them; it tells no story itself.
        // (Inside a part of a story under way, "Three properties were designed in:"
        // leads into more of that part.)
        let in_part = self.current.as_ref().is_some_and(|b| {
            matches!(b.field, Field::Part(_)) && b.draft.story.written_parts().next().is_some()
        });
        if is_paragraph
            && !in_part
            && classify(&text, self.set).is_none()
            && let Some(next) = node.next_sibling()
            && matches!(next.data().value, NodeValue::List(_))
            && (counted(&text) == Some(next.children().count())
                // ("…where the author outlines 13 behaviors of trust.": a lead-in to them,
                // in which the writer did nothing.)
                || counts_things(&text, next.children().count())
                    && first_person_events(&text) == 0)
        {
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason: "a line that counts the items of the list after it, not a story".into(),
                text,
            });
            return;
        }
        // A list whose paragraph above says what it is: the tips under a label of
        // advice on its last line (`**Q:** Tell me…` then `**Tips:**`, whatever became of
        // the question); in a guide, the sample under `**Framework:**`; the things it
        // counts by a name that is not stories' ("…outlines 13 behaviors of trust.").
        if is_list
            && let Some(reason) = node
                .previous_sibling()
                .filter(|before| matches!(before.data().value, NodeValue::Paragraph))
                .and_then(|before| {
                    said_above_list(
                        self.lines,
                        self.set,
                        span(before),
                        items.len(),
                        advises,
                        in_part,
                    )
                })
        {
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason: reason.into(),
                text,
            });
            return;
        }
        // A block under a label of text about the principle (`Key behaviors:`), up to
        // the next label, is that text too.
        if let Some(Field::Aside(reason)) = self.current.as_ref().map(|b| b.field)
            && (is_list || is_paragraph && classify(&text, self.set).is_none())
        {
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason: reason.to_string(),
                text,
            });
            return;
        }
        // `<a id="…"></a>` alone on its line is a paragraph to Markdown (an open tag
        // followed by more than space does not start an HTML block).
        if is_paragraph && anchor_tag(&text).is_some() {
            self.plan.ignored.push(Skipped {
                lines: (start, end),
                reason: "an anchor for links to what follows: ignored".into(),
                text,
            });
            return;
        }
        if is_list
            && !text.trim().is_empty()
            && text
                .lines()
                .all(|l| l.trim().is_empty() || anchor_link(l).is_some())
        {
            let name = name_of(self.set, &section.principle);
            self.plan.ignored.push(Skipped {
                lines: (start, end),
                reason: format!("links to stories told elsewhere in the notes, linked to '{name}'"),
                text,
            });
            return;
        }
        // `A` alone on its line, after a part labelled `S/T:` and told: the next
        // part's letter, with no colon, over the paragraphs that tell it. (Alone on its
        // line and in capitals, the letter is no article.)
        if is_paragraph
            && let Some(letter) = bare_part_letter(&text)
            && self.current.as_ref().is_some_and(|b| {
                b.draft.story.written_parts().next().is_some() && !b.under_followups
            })
            && node.next_sibling().is_some_and(|next| {
                matches!(next.data().value, NodeValue::Paragraph | NodeValue::List(_))
            })
        {
            self.fill(start, &format!("{letter}:"));
            return;
        }
        if (is_paragraph || is_list) && empty_template(&text) && !introduces {
            // Questions listed after a story and over an empty template are the
            // person's own, waiting for the answer they have not written yet.
            if let Some(building) = self.current.as_mut() {
                let asked = building.untrail();
                if !asked.is_empty() {
                    self.finish_draft();
                    self.waiting.extend(asked);
                    self.own_waiting();
                }
            }
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason: "an empty template (a label with nothing after it), not a story".into(),
                text,
            });
            return;
        }
        if is_paragraph && is_link(&text) {
            self.plan.skipped.push(Skipped {
                lines: (start, end),
                reason: "a link, not a story".into(),
                text,
            });
            return;
        }
        // A line naming principles (`LPs: Ownership, bias`, `note: dive deep, high
        // standards`) links them to the story it belongs to: the one being read.
        // When that story has just ended (its question's list item closed it), it is
        // the draft right above the line.
        let just_above = self.current.is_none()
            && self.plan.drafts.last().is_some_and(|d| {
                // Lines as comrak counts them may run past `lines` (a lone `\r` ends
                // a line for it, not for `str::lines`): then nothing is "just above".
                d.lines.1 < start
                    && self
                        .lines
                        .get(d.lines.1..start - 1)
                        .is_some_and(|between| between.iter().all(|l| l.trim().is_empty()))
            });
        if is_paragraph
            && (self.current.is_some() || just_above)
            && !text.trim().contains('\n')
            && let Some(names) = tag_line(&text, self.set).or_else(|| names_line(&text, self.set))
        {
            let draft = match self.current.as_mut() {
                Some(building) => &mut building.draft,
                None => self.plan.drafts.last_mut().expect("checked above"),
            };
            link(&mut draft.story.principles, names.ids);
            draft.lines.1 = end;
            self.report_ambiguous(start, &names.ambiguous);
            self.plan.ignored.push(Skipped {
                lines: (start, end),
                reason: PRINCIPLES_LINKED.into(),
                text,
            });
            return;
        }
        if is_paragraph && let Some((to, marker)) = reference(&text, self.set) {
            let from = section.principle.clone();
            self.references.push(Reference {
                from,
                to,
                marker,
                questions: Vec::new(),
                skipped: Skipped {
                    lines: (start, end),
                    reason: "a reference to a story under another principle".into(),
                    text,
                },
            });
            return;
        }
        // A paragraph whose lines start with labels, and a list whose items do, are read
        // line by line (item by item): each label starts its part.
        let segments = if is_paragraph || is_list {
            segments(&text, start, is_list, self.set)
        } else {
            vec![(start, text.clone())]
        };
        let label = if is_paragraph {
            classify(&segments[0].1, self.set).map(|(l, _)| l)
        } else {
            None
        };
        // A paragraph or a list that opens with a part of a story (`- **Situation:** …`):
        // the questions waiting above it are the ones it answers.
        let first_part = match classify(&segments[0].1, self.set) {
            Some((Label::Part(part), _)) if is_paragraph || is_list => Some(part),
            _ => None,
        };
        let opens_with_part = first_part.is_some();
        // A definition written as a list of one item is still the principle's description
        // when it speaks of leaders, as definitions do ("- Leaders find ways to…").
        // (Not one whose nested items tell a story in its parts, `- Issue: …`, `-
        // Action: …`.)
        // So is a list of two or three short lines of the gist, one of them a
        // definition (`* Leaders are right a lot and have strong judgement…`, `* Seek
        // diverse perspectives…`): none tells what happened or speaks of the writer.
        let gist = |item: &str| {
            let words = words_of(item);
            words.len() <= 16
                && !item.contains('\n')
                && !is_question(item)
                && !words.iter().any(|w| past(w) || writers_word(w))
        };
        // And a longer list of what the principle means, in the writer's words or
        // Amazon's (`- They are externally aware…`, `- Simplicity allows for faster
        // innovation`, `- Every perspective needs to be respected`, `- As we do new
        // things, we accept…`): two in three of its items say what is, and none tells
        // what happened or speaks of the writer (see [`says_what_is`]).
        let meaning_listed = is_list
            && items.len() >= 3
            && parts_in_list == 0
            && items.iter().filter(|item| says_what_is(item)).count() * 3 >= items.len() * 2
            && !items.iter().any(|item| {
                item.trim().contains('\n')
                    || opens_on_deed(item)
                    || did_we(item)
                    || (words_of(item).iter())
                        .any(|w| crate::english::FIRST_PERSON.contains(w.as_str()))
            });
        let one_item_definition = meaning_listed
            || is_list
                && node.children().count() == 1
                && (speaks_of_leaders(&text) && is_description(&text)
                    || items.first().is_some_and(|item| {
                        speaks_of_leaders(item) && is_description(item.trim())
                    }))
                && parts_in_list < 2
            || is_list
                && (2..=3).contains(&items.len())
                && parts_in_list == 0
                && items.iter().all(|item| gist(item.trim()))
                && items
                    .iter()
                    .any(|item| speaks_of_leaders(item) && is_description(item));
        // A quotation opening the section, in notes whose other principles' sections
        // opened with their description, that tells nothing the writer did ("> Amazon
        // wants smart people who are never satisfied."): a line on the principle too.
        let quoted_like_the_others = quote_depth > 0
            && is_paragraph
            && label.is_none()
            && self.described_sections >= 2
            && first_person_events(&text) == 0;
        // A short line of the gist opening the section, in notes whose other
        // principles' sections opened with their description (`Create IMPACT in a
        // timely fashion and despite setbacks.`): the writer's line on the principle.
        let gist_like_the_others = quote_depth == 0
            && is_paragraph
            && label.is_none()
            && self.described_sections >= 2
            && gist(text.trim())
            && !speaks_of_self(&text);
        if first
            && !section.structured
            && (is_paragraph && label.is_none() && is_description(&text) && describes
                || one_item_definition
                || quoted_like_the_others
                || gist_like_the_others)
        {
            // A first paragraph that the next continues ("To fix it, I…") opens the
            // story; it is a description only when what follows is a list of notes.
            // A next paragraph cut by its own labels or numbered questions is read line
            // by line: it does not carry this one on.
            // (A description in a fence of its own is set apart by its writer: nothing
            // after it carries it on.)
            let fenced = matches!(node.data().value, NodeValue::CodeBlock(_));
            let narrative = !fenced
                && node.next_sibling().is_some_and(|next| {
                    let (from, to) = span(next);
                    // Comrak may count lines past `lines` (a lone `\r`): then none are read.
                    let next_lines = self.lines.get(from.saturating_sub(1)..to).unwrap_or(&[]);
                    // Nor does a paragraph of questions, a line each: they ask, they tell
                    // nothing.
                    // (Nor one that opens with the interviewer's question, its answer
                    // after it: `Tell me a time when you created…` over `case 1`.)
                    let asks = next_lines
                        .iter()
                        .filter(|l| !l.trim().is_empty())
                        .all(|l| is_question(&bare_question(l)))
                        || next_lines
                            .iter()
                            .find(|l| !l.trim().is_empty())
                            .is_some_and(|l| is_question(&bare_question(l)));
                    // (Nor one that tells nothing, a remark on the principle: `This is
                    // super important in UI things`.)
                    // (Nor names typed a line each, `Document Database`, `LADI?`: no
                    // sentence goes on from this one.)
                    let said = next_lines.join("\n");
                    let names_only = next_lines.len() >= 2 && names_a_line(self.lines, from, to);
                    let tells = (past_sentences(&said) >= 1 || first_person_events(&said) >= 1)
                        && !names_only;
                    // (Counting the writer's lines, a wrapped paragraph one: the
                    // one after a description goes on from it only as a narrative
                    // does, not for being long.)
                    continues(next, self.lines, &Origin::default())
                        && !asks
                        && tells
                        && !next_lines
                            .iter()
                            .any(|l| split_label(l).is_some() || numbered_question(l).is_some())
                });
            if narrative {
                self.plan.warnings.push(format!(
                    "lines {start}–{end}: read as the opening of a story, with the paragraphs after it, not as a description; split the draft by hand if they are several stories"
                ));
            } else {
                section.notes_mode = true;
                section.after_description = true;
                self.described_sections += 1;
                let skipped = description(self.set, &section.principle, (start, end), text, false);
                self.plan.skipped.push(skipped);
                return;
            }
        }
        // A list whose items open with a guide's fields (`**DCO Context:**`, `**Likely
        // Follow-up Probes:**`) is the guide's text about the principle; an item of
        // questions gives the reader's own; an item telling the writer's own events is
        // a story still.
        if is_list
            && !self.fields.is_empty()
            && node.children().all(|item| {
                let (from, _) = span(item);
                self.lines
                    .get(from.saturating_sub(1))
                    .and_then(|l| item_label(l))
                    .is_some_and(|label| self.fields.contains(&label.to_lowercase()))
            })
        {
            let principle = section.principle.clone();
            self.finish_draft();
            for item in node.children() {
                let (from, to) = span(item);
                let text = self.source(from, to, quote_depth);
                let body = strip_marker(&text);
                let (_, after) = body
                    .split_once("**")
                    .and_then(|(_, r)| r.split_once("**"))
                    .unwrap_or(("", &body));
                let asked: Vec<String> = after
                    .lines()
                    .map(|l| {
                        bare_question(l.trim().trim_start_matches(['-', '*', '+', ':']).trim())
                    })
                    .filter(|q| !q.is_empty())
                    .collect();
                if own_account(after) && tells_events(after) {
                    self.start_draft(from);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.draft.lines.1 = to;
                    append(&mut building.draft.story.notes, body.trim());
                    self.finish_draft();
                } else if !asked.is_empty() && asked.iter().all(|q| is_question(q)) {
                    for question in asked {
                        self.plan.questions.push(super::OwnQuestion {
                            principle: principle.clone(),
                            question,
                            lines: (from, to),
                        });
                    }
                    self.plan.skipped.push(Skipped {
                        lines: (from, from),
                        reason: "a guide's label over questions, kept as your own".into(),
                        text: text.lines().next().unwrap_or("").trim().to_string(),
                    });
                } else {
                    self.plan.skipped.push(Skipped {
                        lines: (from, to),
                        reason: "a guide's note on the principle, written under every principle: not a story".into(),
                        text,
                    });
                }
            }
            return;
        }
        // Under a description, a list of unlabelled items is a list of notes: each item
        // is a draft of its own, as each paragraph is. So is a list whose items each
        // tell a story of their own, from its scene ("When I came to the shop, I saw…
        // I counted…"), anywhere.
        // Right under a story's name (`**Story: NAME**`), a list is that story's.
        let named_above = self.current.as_ref().is_some_and(|b| {
            b.named
                && b.draft.story.written_parts().next().is_none()
                && b.draft.story.notes.trim().is_empty()
        });
        // Under a question that asks for a story, a list of one-line reminders
        // (`- resx implementation`, `- QAE training`): a story each, answering it; and
        // a reminder in a list of its own after another one is the next.
        // (An item may tell its story under its name: `- Geospatial map setup`, and the
        // story in a list under it.)
        // (Or a story told in the first item, the stories after it named an item each:
        // "- We were at a point that our state was bloating… I built a prototype…",
        // then "- Missing requirements from GDPR pipelines", "- MSA error model".)
        let named = |item: &String| {
            let first = item.lines().next().unwrap_or("");
            one_line_reminder(first) && classify(first, self.set).is_none()
        };
        let told_then_named = items.len() >= 2
            && items
                .first()
                .is_some_and(|first| !named(first) && own_account(first) && tells_events(first))
            && items[1..].iter().all(named);
        let reminders = asked.is_some()
            && !items.is_empty()
            && (items
                .iter()
                .all(|item| reminder_item(item.lines().next().unwrap_or("")))
                || told_then_named)
            && (items.len() >= 2
                || self.current.as_ref().is_some_and(|b| {
                    let notes = b.draft.story.notes.trim();
                    b.draft.story.written_parts().next().is_none()
                        && !notes.is_empty()
                        && one_line_reminder(notes)
                }))
            // (After the answer told above them, "I recommended the simple model. This
            // reduced:", the items are more of it.)
            && self.current.as_ref().is_none_or(|b| {
                let notes = b.draft.story.notes.trim();
                notes.is_empty() || one_line_reminder(notes)
            });
        // (Not inside a story being told in parts: a list there is the part's.)
        if reminders
            && segments.len() == 1
            && !named_above
            && self
                .current
                .as_ref()
                .is_none_or(|b| !b.labelled && b.draft.story.written_parts().next().is_none())
        {
            let asks = asked;
            for (item, item_text) in node.children().zip(&items) {
                let (item_start, item_end) = span(item);
                let empty = self.current.as_ref().is_some_and(|b| {
                    b.draft.all_text().trim().is_empty() && b.draft.story.title.is_empty()
                });
                if !empty {
                    self.finish_draft();
                    self.start_draft(item_start);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.draft.story.questions.extend(asks.clone());
                }
                let building = self.current.as_mut().expect("a draft is being built");
                building.draft.lines.1 = item_end;
                append(&mut building.draft.story.notes, item_text);
            }
            return;
        }
        // In notes whose principles' sections open with a description, then reminders
        // a line each, a section with no description opening with a list of single
        // lines holds reminders too.
        let like_the_others = first
            && self.described_sections >= 2
            && items.len() >= 2
            && items.iter().all(|item| !item.trim().contains('\n'));
        // A list right under the writer's own prose (a paragraph of two dozen words or
        // more, its last words not a lead-in) is more of that prose: its points.
        let under_prose = section.notes_mode
            && node.previous_sibling().is_some_and(|before| {
                matches!(before.data().value, NodeValue::Paragraph) && {
                    let (from, to) = span(before);
                    let prose = self
                        .lines
                        .get(from.saturating_sub(1)..to)
                        .unwrap_or(&[])
                        .join(" ");
                    prose.split_whitespace().count() >= 24
                        && !prose.trim_end().ends_with(':')
                        && persons(&prose).0 > 0
                }
            })
            && self
                .current
                .as_ref()
                .is_some_and(|b| !b.labelled && !b.draft.story.notes.trim().is_empty());
        if (section.notes_mode || told_apart || like_the_others)
            && !under_prose
            && is_list
            && segments.len() == 1
            && !named_above
            && self.current.as_ref().is_none_or(|b| !b.labelled)
        {
            // The heading over stories told apart is no story's name.
            if told_apart && self.bare_heading() {
                let building = self.current.take().expect("a bare heading is a draft");
                let (line, _) = building.draft.lines;
                self.plan.ignored.push(Skipped {
                    lines: (line, line),
                    reason: OVER_STORIES.into(),
                    text: self.source(line, line, 0),
                });
            }
            // A question over stories told apart, nothing under it but them, is asked of
            // each: not a draft of its own.
            let asked = if told_apart
                && self.current.as_ref().is_some_and(|b| {
                    !b.draft.story.questions.is_empty()
                        && b.draft.story.written_parts().next().is_none()
                        && b.draft.story.notes.trim().is_empty()
                        && b.draft.story.followups.is_empty()
                }) {
                let building = self.current.take().expect("checked");
                building.draft.story.questions
            } else if told_apart {
                // (Or the question just above, still waiting for its story.)
                self.waiting
                    .drain(..)
                    .map(|(question, _)| question)
                    .collect()
            } else {
                Vec::new()
            };
            for item in node.children() {
                let (item_start, item_end) = span(item);
                let item_text = self.source(item_start, item_end, quote_depth);
                let item_text = strip_marker(&item_text);
                self.finish_draft();
                self.start_draft(item_start);
                let building = self.current.as_mut().expect("a draft was just started");
                building.draft.lines.1 = item_end;
                building.draft.story.questions.extend(asked.iter().cloned());
                append(&mut building.draft.story.notes, &item_text);
            }
            return;
        }
        // A section that opens with reminders, a paragraph of one line each ("helped a
        // former tester", "tried to stop a team lead's hire"), is a section of notes:
        // each paragraph is a story of its own, as under a description.
        // (`**Title:** "…"` is no reminder: it names the story told under it.)
        if first
            && !section.structured
            && is_paragraph
            && label.is_none()
            && self.origin.of(start) == self.origin.of(end)
            && name_label(text.trim()).is_none()
            && node.next_sibling().is_some_and(|next| {
                let (from, to) = span(next);
                matches!(next.data().value, NodeValue::Paragraph)
                    && self.origin.of(from) == self.origin.of(to)
                    && !continues(next, self.lines, self.origin)
                    // "The results:" leads in to what follows it; it is no reminder.
                    && !self.lines.get(from.saturating_sub(1)).is_some_and(|l| l.trim_end().ends_with(':'))
            })
        {
            section.notes_mode = true;
        }
        // In a section of notes, each plain paragraph is a story of its own, unless the
        // story being built is labelled, in which case text runs to the next label.
        // (A paragraph that goes on from the one before it, "For example we have…",
        // is more of that one.)
        // (Nor is a paragraph under a line that leads in to it, "A sample answer from my
        // notes:", a story apart from that line.)
        let led_in = |p: &AstNode<'_>| {
            let (from, to) = span(p);
            from == to
                && self.lines.get(from.saturating_sub(1)).is_some_and(|l| {
                    let l = l.trim_end();
                    l.ends_with([':', '：']) && l.split_whitespace().count() <= 12
                })
        };
        let goes_on = (follows_on(node, self.lines) || node.previous_sibling().is_some_and(led_in))
            && node
                .previous_sibling()
                .is_some_and(|p| matches!(p.data().value, NodeValue::Paragraph))
            && self
                .current
                .as_ref()
                .is_some_and(|b| !b.draft.story.notes.trim().is_empty());
        let new_note = section.notes_mode
            && is_paragraph
            && label.is_none()
            && !goes_on
            && self
                .current
                .as_ref()
                .is_some_and(|b| !b.labelled && b.followup.is_none());
        // `**갈등** : 그들은…` (a label of the writer's own, "conflict") right after a
        // story told in labelled parts that a list item held: that story goes on.
        if self.current.is_none()
            && is_paragraph
            && label.is_none()
            && own_label(
                self.lines
                    .get(start.saturating_sub(1))
                    .copied()
                    .unwrap_or(""),
            )
            && let Some(last) = self.plan.drafts.last()
            && last.story.written_parts().next().is_some()
            && last.lines.1 < start
            && (last.lines.1 + 1..start)
                .all(|n| self.lines.get(n - 1).is_some_and(|l| l.trim().is_empty()))
        {
            let told = self.source(start, end, quote_depth);
            let last = self.plan.drafts.last_mut().expect("checked");
            append(&mut last.story.notes, &told);
            last.lines.1 = end;
            self.block_end = end;
            return;
        }
        // A story told in labelled parts as a list, its Situation first, and a
        // paragraph of the writer's just above or just below the list that names
        // nothing in it ("Working with sysadmins to better understand their needs." over
        // a Situation about Terraform; "Cleaning up unused resources across all
        // accounts." under a Result about ransomware): two stories, as the writer's
        // reminders under a principle are. (A paragraph that shares the story's words is
        // about it: its name, a summary, a comment.)
        let beside_a_telling = self.current.as_ref().is_some_and(|b| {
            let story = &b.draft.story;
            if is_list && opens_with_part {
                b.level.is_none()
                    && b.draft.story.questions.is_empty()
                    && story.written_parts().next().is_none()
                    && first_part == Some(Part::Situation)
                    // (A telling: three parts or more, not a Situation begun and left.)
                    && segments
                        .iter()
                        .filter(|(_, s)| {
                            matches!(classify(s, self.set), Some((Label::Part(_), v)) if says_something(v))
                        })
                        .count()
                        >= 3
                    && reminder_apart(&story.notes, &text)
            } else {
                is_paragraph
                    && label.is_none()
                    && b.labelled
                    && !story.part(Part::Result).trim().is_empty()
                    && node.previous_sibling().is_some_and(|p| {
                        matches!(p.data().value, NodeValue::List(_))
                    })
                    && b.draft.lines.1 + 1 < start
                    // (A lead of its own, `*Alternative Ownership, …:*`, is read below.)
                    && another_lead(text.trim()).is_none()
                    && !italic_label(text.trim())
                    && reminder_apart(&text, &b.draft.parts_text())
            }
        });
        if new_note || self.current.is_none() || beside_a_telling {
            self.finish_draft();
            // The questions waiting just above a story told in labelled parts are the
            // questions it answers.
            let asked = if opens_with_part {
                std::mem::take(&mut self.waiting)
            } else {
                Vec::new()
            };
            match asked.first() {
                Some(&(_, (from, _))) => {
                    self.start_draft(from);
                    let building = self.current.as_mut().expect("a draft was just started");
                    building.answers(asked);
                }
                None => self.start_draft(start),
            }
        } else if opens_with_part
            && !self.waiting.is_empty()
            && let Some(building) = self.current.as_mut().filter(|b| {
                b.draft.story.written_parts().next().is_none()
                    && b.draft.story.notes.trim().is_empty()
            })
        {
            // A story begun by its heading, its parts not yet written: the questions
            // waiting between the heading and its first part are its own.
            building.answers(std::mem::take(&mut self.waiting));
        }
        self.block_end = end;
        let building = self.current.as_mut().expect("a draft was just started");
        building.draft.lines.1 = end;
        if let Some((index, _)) = building.followup {
            let followup = &mut building.draft.story.followups[index];
            if followup.question.is_empty() {
                followup.question = text.trim().to_string();
            } else {
                append(&mut followup.answer, &text);
            }
            return;
        }
        // (Read only for a label alone, and only when a list follows it.)
        self.over_answers = is_paragraph
            && lone_label(&text)
            && node.next_sibling().is_some_and(|next| {
                matches!(next.data().value, NodeValue::List(_)) && {
                    // Two items in three or more (one may be a note on them all).
                    let items = next.children().count();
                    let answered = next
                        .children()
                        .filter(|item| {
                            let (s, e) = span(item);
                            asked_then_answered(&strip_marker(&self.source(s, e, quote_depth)))
                        })
                        .count();
                    answered >= 2 && answered * 3 >= items * 2
                }
            });
        for (line, segment) in segments {
            self.fill(line, &segment);
        }
        self.over_answers = false;
    }

    /// Whether a list is one numbered item, a line that names a story (no question, no
    /// label, no principle), and the block after it a list whose first item opens a
    /// labelled part: `1. STAR — Billing cutover` over `- Situation: …`.
    fn names_parts_below<'n>(&self, node: &'n AstNode<'n>, quote_depth: usize) -> bool {
        let NodeValue::List(list) = &node.data().value else {
            return false;
        };
        let mut items = node.children();
        let (Some(item), None) = (items.next(), items.next()) else {
            return false;
        };
        let (s, e) = span(item);
        // (`item_name` takes one line: an item of more is no name.)
        if list.list_type != ListType::Ordered
            || item_name(&self.source(s, e, quote_depth), self.set).is_none()
        {
            return false;
        }
        node.next_sibling()
            .filter(|next| matches!(next.data().value, NodeValue::List(_)))
            .and_then(|next| next.first_child())
            .is_some_and(|first| {
                let (from, to) = span(first);
                let text = strip_marker(&self.source(from, to, quote_depth));
                matches!(classify(&text, self.set), Some((Label::Part(_), _)))
            })
    }

    /// Adds one labelled (or unlabelled) piece of text to the draft being built.
    fn fill(&mut self, start: usize, text: &str) {
        // Every caller has a draft under way; should one not, the text starts one rather
        // than being lost.
        if self.current.is_none() {
            self.start_draft(start);
        }
        // Questions listed after a story's parts are its own unless what comes next
        // starts the next story (below); once anything else comes, they are its own.
        let trailing = self
            .current
            .as_ref()
            .is_some_and(|b| !b.trailing.is_empty());
        // `Real situation:` alone on its line: the part's label, the word before it the
        // writer's, kept with the lines read as structure.
        // (Not a heading's: `## Testing Results` names a section of its own.)
        let heading =
            (self.lines.get(start.wrapping_sub(1))).is_some_and(|l| heading_line(l).is_some());
        let text = match qualified_label(text, self.set).filter(|_| !heading) {
            Some((line, from_label)) => {
                self.plan.ignored.push(Skipped {
                    lines: (start, start),
                    reason: "a part's label, a word of the writer's before it".into(),
                    text: line.to_string(),
                });
                from_label
            }
            None => text,
        };
        let label = classify(text, self.set);
        // Under a card's sources, a part's label starts no part: the line says where a
        // fact of it comes from.
        if matches!(label, Some((Label::Part(_), _)))
            && let Some(building) =
                (self.current.as_mut()).filter(|b| b.under_sources || b.under_fit || b.retelling)
        {
            building.field = Field::Notes;
            append(&mut building.draft.story.notes, text.trim());
            return;
        }
        // A follow-up's question (`**Q: Why…?**`) goes on under the follow-ups label, and
        // so does its answer (`A: …`), which is no Action.
        if matches!(label, Some((Label::Part(Part::Action), _)))
            && answer_letter(text)
            && let Some(building) = self.current.as_mut().filter(|b| b.under_followups)
        {
            building.field = Field::Notes;
            append(&mut building.draft.story.notes, text.trim());
            return;
        }
        if label.is_some()
            && !matches!(label, Some((Label::Question, _)))
            && let Some(building) = self.current.as_mut()
        {
            building.under_followups = false;
        }
        // (A label over more questions, `**Use for:**`, goes on with those waiting.)
        let restarts = matches!(
            label,
            Some((Label::Part(Part::Situation) | Label::Question, _))
        );
        if !restarts && let Some(building) = self.current.as_mut() {
            building.trailing.clear();
        }
        // `## Story 1: NAME`, `**Question**: "Tell me…"`, then `### Situation`: the
        // question waiting under the story's heading, its parts beginning, is its own.
        if matches!(label, Some((Label::Part(_), _)))
            && let Some(building) = self.current.as_mut()
            && building.draft.story.written_parts().next().is_none()
            && no_notes(&building.draft.story)
        {
            // (A heading settles the questions waiting above it: held for the story under
            // it, or the person's own.)
            let asked = std::mem::take(&mut self.waiting);
            building.answers(asked);
        }
        // "Interview Questions" alone on its line, with no colon: a heading over the
        // questions after it, kept in no field.
        if !text.trim().contains('\n')
            && matches!(heading_label(text.trim()), Some(Label::Question))
        {
            // (Written as a heading, it ends a self-introduction above it: the questions
            // after it are not asked of the introduction.)
            if self
                .lines
                .get(start.wrapping_sub(1))
                .is_some_and(|l| heading_line(l).is_some())
                && (self.current.as_ref())
                    .is_some_and(|b| opens_introducing_self(&b.draft.story.notes))
            {
                self.finish_draft();
            }
            self.plan.skipped.push(skipped_piece(
                start,
                text,
                "a heading over questions, not a story",
            ));
            if let Some(building) = self.current.as_mut() {
                building.field = Field::Questions;
            }
            return;
        }
        // `Case:`, `Case 1:`, `Case:(Bias + Ownership)`: a label that starts a story,
        // which runs to the next such label; its remark names the story's principles.
        if let Some((remark, rest)) = case_label(text) {
            self.skip_opening_description(start);
            // A story already under way ends here; a question just taken for this one
            // (the one waiting above the label) stays with it.
            if self.current.as_ref().is_some_and(|b| {
                b.labelled
                    || b.draft.story.written_parts().next().is_some()
                    || !b.draft.story.notes.trim().is_empty()
            }) {
                self.split_draft(start);
            }
            let label_end = text.len() - rest.len();
            // (Glued to the story's first word, `case 1Last`, the label is quoted with
            // that word, as it stands in the notes.)
            let glued = text[..label_end].ends_with(|c: char| c.is_ascii_digit())
                && rest.starts_with(char::is_alphabetic);
            let quoted_end = if glued {
                label_end + rest.find(char::is_whitespace).unwrap_or(rest.len())
            } else {
                label_end
            };
            self.plan.ignored.push(Skipped {
                lines: (start, start),
                reason: "a label that starts a story, its principles linked".into(),
                text: text[..quoted_end].trim().to_string(),
            });
            let Names {
                ids,
                ambiguous,
                unknown,
            } = named_principles(remark, self.set);
            self.report_ambiguous(start, &ambiguous);
            self.report_unknown(start, &unknown, &text[..label_end]);
            // One question waiting above the label is the one this story answers.
            let asked = (self.waiting.len() == 1)
                .then(|| self.waiting.pop())
                .flatten();
            let building = self.current.as_mut().expect("a draft is being built");
            if let Some((question, _)) = asked {
                building.draft.story.questions.push(question);
            }
            link(&mut building.draft.story.principles, ids);
            building.labelled = true;
            building.field = Field::Notes;
            append(&mut building.draft.story.notes, rest.trim_start());
            return;
        }
        // `*Alternative Dive Deep, if they ask about speed:* the second time…` after a
        // story told: another story for the same principle, told in the paragraph the
        // lead opens (the principles the lead names, its own).
        if let Some((lead, rest)) = another_lead(text)
            && self.current.as_ref().is_some_and(|b| {
                b.draft.story.written_parts().next().is_some()
                    || !b.draft.story.notes.trim().is_empty()
            })
        {
            self.split_draft(start);
            self.plan.ignored.push(Skipped {
                lines: (start, start),
                reason: "a lead that opens another story".into(),
                text: lead.to_string(),
            });
            let named = names_within(lead, self.set);
            let building = self.current.as_mut().expect("a draft was just started");
            if !named.is_empty() {
                building.draft.story.principles = named;
            }
            // Its title from its first sentence, begun as a title is ("in my final
            // year…" after the lead's colon reads "In my final year…").
            let title = short_title(&first_sentence(rest));
            let mut letters = title.chars();
            building.draft.story.title = letters
                .next()
                .map(|first| first.to_uppercase().chain(letters).collect())
                .unwrap_or_default();
            building.field = Field::Notes;
            append(&mut building.draft.story.notes, rest);
            return;
        }
        if self.fit_question(start, text) {
            return;
        }
        // A numbered question on a line of its own inside a paragraph ("2<TAB>Tell me
        // about…"): the question the story after it answers, so it ends the story
        // before it.
        if let Some(question) = text.lines().next().and_then(numbered_question) {
            // A question with nothing after it yet is left to the person's own.
            if self.current.as_ref().is_some_and(|b| {
                b.labelled
                    || b.draft.story.written_parts().next().is_some()
                    || !b.draft.story.questions.is_empty()
            }) {
                self.split_draft(start);
            }
            let building = self.current.as_mut().expect("a draft is being built");
            building.draft.story.questions.push(question.to_string());
            building.field = Field::Notes;
            if let Some((_, rest)) = text.split_once('\n') {
                append(&mut building.draft.story.notes, rest);
            }
            return;
        }
        // A story's name alone on the line over its first part's label (`Shipped the
        // billing migration` over `Situation: …`), the story's only words so far: its
        // title, not a note.
        if let Some((Label::Part(_), _)) = label
            && let Some(name) = name_over_parts(self.lines, start, self.set)
            && let Some(building) = self.current.as_mut()
            && building.draft.story.written_parts().next().is_none()
            && (building.draft.story.title.trim().is_empty()
                || building.draft.story.title.trim() == name)
            && building.draft.story.notes.trim() == name
        {
            building.draft.story.title = name.to_string();
            building.draft.story.notes.clear();
            building.named = true;
        }
        // `**The Problem:**` under `#### Challenges Faced`, in a story told under its
        // parts' headings with one of them still to come (`#### Result`): the writer's
        // own structure inside the part being read, no next story.
        if let Some((Label::Part(Part::Situation), _)) = label
            && (self.current.as_ref())
                .is_some_and(|b| b.draft.story.written_parts().next().is_some())
            && self.between_part_headings(start)
            && let Some(building) = self.current.as_mut()
        {
            append(field_mut(&mut building.draft, building.field), text.trim());
            return;
        }
        // A Situation after the story's Action or Result is the next story's: the
        // labels start again.
        if let Some((Label::Part(Part::Situation), _)) = label
            && self.current.as_ref().is_some_and(|b| {
                let story = &b.draft.story;
                b.labelled
                    && (!story.part(Part::Action).trim().is_empty()
                        || !story.part(Part::Result).trim().is_empty())
            })
        {
            if trailing {
                // The questions between the two stories head the next one: a question
                // comes before its answer.
                let asked = self.current.as_mut().expect("checked above").untrail();
                let from = asked.first().map_or(start, |(_, (line, _))| *line);
                self.finish_draft();
                self.start_in_block(from);
                let building = self.current.as_mut().expect("a draft was just started");
                building.answers(asked);
            } else {
                // `1) Situation: …` under a question, then `2) Situation: …`: the stories
                // counted under one question each answer it.
                let counted_on = (self.lines.get(start.wrapping_sub(1)))
                    .is_some_and(|line| numbered_second(line))
                    .then(|| {
                        self.current
                            .as_ref()
                            .map(|b| b.draft.story.questions.clone())
                    })
                    .flatten()
                    .unwrap_or_default();
                // (So do stories told one after another under one question: `##
                // Initiative`, `Have you ever gone above and beyond…?`, then three.)
                let asked_above = self
                    .current
                    .as_ref()
                    .map(|b| b.asked_above.clone())
                    .unwrap_or_default();
                self.split_draft(start);
                // Under a heading that asks a question, the second answer told in full
                // answers it too.
                let asks = self.section.as_ref().and_then(|s| s.asks.clone());
                let building = self.current.as_mut().expect("a draft was just started");
                match asks {
                    Some(asked) => building.draft.story.questions.push(asked),
                    None if counted_on.is_empty() => {
                        building
                            .draft
                            .story
                            .questions
                            .extend(asked_above.iter().cloned());
                        building.asked_above = asked_above;
                    }
                    None => building.draft.story.questions.extend(counted_on),
                }
            }
        }
        // `Story: NAME` opening a story under a heading that names nothing ("Example"):
        // the story's own name is its title. So under a heading over nothing told yet
        // but a tip quoted (`> …`) and the question asked another way (`or tell me…`):
        // the story the heading asks for.
        let told_nothing = self.current.as_ref().is_some_and(|b| {
            let from = b.draft.lines.0;
            from < start
                && b.draft.story.written_parts().next().is_none()
                && (self
                    .lines
                    .get(from.saturating_sub(1)..start.saturating_sub(1)))
                .is_some_and(|between| {
                    between.iter().all(|line| {
                        let line = line.trim();
                        line.is_empty()
                            || line.starts_with('#')
                            || line.starts_with('>')
                            || strip_prefix_ignore_case(line, "or ").is_some()
                            || is_question(&bare_question(line))
                    })
                })
        });
        if let Some(building) = self.current.as_mut()
            && building.draft.story.written_parts().next().is_none()
            && (building.draft.story.notes.trim().is_empty() || told_nothing)
            && (building.draft.story.title.is_empty()
                || empty_template(&building.draft.story.title)
                || building.draft.story.title.eq_ignore_ascii_case("example")
                || heads_stories(&building.draft.story.title)
                || told_nothing)
            && let Some(name) = story_name(text)
        {
            // The tip quoted under the question is someone else's words: kept among
            // the skipped blocks, not in the story.
            if told_nothing && !building.draft.story.notes.trim().is_empty() {
                self.skip_notes_above(start, "a tip quoted under the question, not the story");
            }
            let building = self.current.as_mut().expect("checked above");
            if !building.draft.story.title.is_empty() {
                // The heading's word is kept where the reader sees it.
                let heading = std::mem::take(&mut building.draft.story.title);
                append(&mut building.draft.story.notes, &heading);
            }
            name_story(&mut building.draft.story, name.trim());
            building.named = true;
            // `**Exit story:** I started as…`: the word before "story" says which kind
            // of story it is; kept where the reader sees it.
            if let Some((label, _)) = story_split(text)
                && plain_words(label)
                    .iter()
                    .any(|w| w != "story" && !w.chars().all(|c| c.is_ascii_digit()))
            {
                self.plan.ignored.push(skipped_piece(
                    start,
                    label.trim().trim_matches(['*', '_']),
                    "a story's label before its name",
                ));
            }
            return;
        }
        // `**b) Login issue**`, a story's name after an earlier one's: the next story,
        // answering the question the heading above them asks.
        let listed = self
            .name_item
            .take_if(|&mut at| at == start)
            .and_then(|_| item_name(text, self.set));
        // (`### Action` over `**1. Document intake**` and `**2. Model training**`, each
        // over its items: the steps of the Action, under its label, before any Result;
        // no story's name.)
        // (A label of its own inside a step, `- Topics: …`, leaves the steps going
        // on: the Action is begun, and no part after it.)
        let in_steps = self.current.as_ref().is_some_and(|b| {
            (b.field == Field::Part(Part::Action)
                || b.field == Field::Notes
                    && !b.draft.story.part(Part::Action).trim().is_empty()
                    && b.draft.story.part(Part::Learned).trim().is_empty())
                && b.draft.story.part(Part::Result).trim().is_empty()
                && [Part::Situation, Part::Task]
                    .iter()
                    .any(|p| !b.draft.story.part(*p).trim().is_empty())
        });
        // (`## Question 47: Tell me about a time…`, `### Answer`, then `**1. Immediate
        // Response:**`, `**2. Post-Incident Communication:**`…: labels over the sections
        // of the one answer a question that asks for one occasion is given; no story's
        // name.)
        // (Nor is a point of an answer quoted whole under its question, `> **1. Start
        // small to limit downside.**`: the quote is the one answer.)
        let answer_section = (text.trim().ends_with(":**") || text.trim().ends_with(':'))
            && self.under_answer_to_one_occasion(start)
            || self.in_quoted_answer(start);
        // (Or after a word saying which story it is, `**BACKUP STORY — NAME**`, over
        // a story not yet named: a theme's heading over it keeps its own place.)
        let kind = kind_named(text, self.set).filter(|_| {
            self.current
                .as_ref()
                .is_some_and(|b| b.draft.story.title.is_empty())
        });
        if let Some(name) = enumerated_name(text, self.set).or(listed).or(kind)
            && !in_steps
            && !answer_section
            && let Some(building) = self.current.as_ref()
        {
            // `### Story 3 — NAME`, its questions, `**Two options:**`, then `**Option A —
            // NAME:**` and `**Option B — NAME:**`: the heading groups the stories named
            // under it. Its first names the draft the heading opened (the line leading
            // to them is kept as written); each answers the heading's questions.
            let story = &building.draft.story;
            let notes = story.notes.trim();
            // (The heading's remark, `(Practical, Real)`, and a line ending in a colon
            // tell nothing.)
            // (Opened by a heading, not named by the option before it.)
            let opened_by_heading = building
                .draft
                .lines
                .0
                .checked_sub(1)
                .and_then(|i| self.lines.get(i))
                .is_some_and(|l| heading_line(l).is_some());
            let group = opened_by_heading
                && building.group.is_none()
                && !story.title.is_empty()
                && story.written_parts().next().is_none()
                && notes.lines().filter(|l| !l.trim().is_empty()).all(|l| {
                    let l = l.trim();
                    remark(l) || l.ends_with(':') || l.ends_with(":**")
                });
            if group {
                let building = self.current.as_mut().expect("checked above");
                let notes = std::mem::take(&mut building.draft.story.notes);
                // (A story's few questions are carried, each a sentence; a longer list,
                // or a longer text, is not copied to every story named after it.)
                let questions = one_question_each(building.draft.story.questions.clone());
                let few = questions.len() <= GROUP_QUESTIONS
                    && questions
                        .iter()
                        .all(|q| q.chars().count() <= QUESTION_CHARS);
                building.group = Some(if few { questions } else { Vec::new() });
                // The heading's remark stays in the first story's notes; the line leading
                // to the stories is kept as written.
                let (remarks, leads): (Vec<&str>, Vec<&str>) = notes
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .partition(|l| remark(l.trim()));
                building.draft.story.notes =
                    remarks.iter().map(|l| format!("{}\n", l.trim())).collect();
                // The heading over the stories (`### Four Additional Stories`) gives way
                // to the first one's name; its words are kept with the lines read as
                // structure.
                let heading = std::mem::take(&mut building.draft.story.title);
                let heading_line = building.draft.lines.0;
                let at = start.saturating_sub(1).max(building.draft.lines.0);
                if !heading.trim().is_empty() {
                    self.plan.ignored.push(Skipped {
                        lines: (heading_line, heading_line),
                        reason: OVER_STORIES.into(),
                        text: heading,
                    });
                }
                for lead in leads {
                    self.plan.ignored.push(Skipped {
                        lines: (at, at),
                        reason: "a line leading to the stories named after it".into(),
                        text: lead.trim().to_string(),
                    });
                }
            } else if !building.draft.all_text().trim().is_empty()
                || !building.draft.story.title.is_empty()
            {
                let grouped = building.group.clone();
                self.split_draft(start);
                let asks = self.section.as_ref().and_then(|s| s.asks.clone());
                let building = self.current.as_mut().expect("a draft was just started");
                building.draft.story.questions.extend(asks);
                if let Some(questions) = grouped {
                    for q in &questions {
                        if !building.draft.story.questions.contains(q) {
                            building.draft.story.questions.push(q.clone());
                        }
                    }
                    building.group = Some(questions);
                }
            }
            let building = self.current.as_mut().expect("a draft is being built");
            name_story(&mut building.draft.story, name);
            self.plan.ignored.push(Skipped {
                lines: (start, start),
                reason: "a story's name, enumerated: the name is its title".into(),
                text: text.trim().to_string(),
            });
            return;
        }
        // `Project: NAME`, `Summary: NAME` before any part of a story whose heading
        // named only its principles: the story's own name is its title.
        // `**Primary story**: \`W1 — Silent Kafka Failure\`` among the fields over a
        // story: its name, the title; the line stays in its notes with the others.
        if let Some(building) = self.current.as_mut()
            && building.draft.story.written_parts().next().is_none()
            && building.draft.story.title.is_empty()
            && text.contains('\n')
            && let Some((name, _)) = text.lines().find_map(|l| {
                name_label(l).filter(|_| {
                    let label = l
                        .split(':')
                        .next()
                        .unwrap_or("")
                        .trim_matches(['*', '_', ' ']);
                    // (`**Story to use:** NAME` under a question: the story that
                    // answers it, by name.)
                    label.eq_ignore_ascii_case("primary story")
                        || label.eq_ignore_ascii_case("main story")
                        || label.eq_ignore_ascii_case("story to use")
                        || label.eq_ignore_ascii_case("story used")
                })
            })
        {
            building.draft.story.title = short_title(name);
        }
        if let Some(building) = self.current.as_mut()
            && building.draft.story.written_parts().next().is_none()
            && building.draft.story.title.is_empty()
            && let Some((name, remark)) = name_label(text)
        {
            name_story(&mut building.draft.story, name);
            // A name in bold after its label: the remark beside it stays in the notes,
            // the line is kept with those read as structure.
            if let Some(remark) = remark {
                if !remark.is_empty() {
                    append(&mut building.draft.story.notes, remark);
                }
                self.plan.ignored.push(Skipped {
                    lines: (start, start),
                    reason: "a story's name after its label: the name is its title".into(),
                    text: text.trim().to_string(),
                });
            }
            return;
        }
        // `**Answer:**` on a line of its own: the answer starts here. What came before
        // it that tells nothing of the writer's is advice on answering (skipped, the
        // question kept); after an answer, a second one is the next story.
        // (So does `**Your Answer: THE QUIZ PLATFORM**`, the line wholly in bold: the
        // label with the name of the story told after it.)
        let named_label =
            !text.trim().contains('\n') && whole_bold(text.trim()).is_some_and(names_own_answer);
        if (answer_label(text) || named_label)
            && let Some(building) = self.current.as_mut()
        {
            let told = building.draft.all_text();
            if own_account(&told) && tells_events(&told)
                || building.draft.story.written_parts().next().is_some()
            {
                self.split_draft(start);
            } else if !told.trim().is_empty() {
                self.skip_notes_above(start, "advice on answering, before the answer");
            }
            self.plan.ignored.push(Skipped {
                lines: (start, start),
                reason: "a label that starts an answer".into(),
                text: text.trim().to_string(),
            });
            return;
        }
        // An answer told in paragraphs with no label, closed on what it taught ("This
        // experience taught me…"), then a paragraph that sets a new scene ("At Acme,
        // our team…"): answers pasted one after another, the next one starting.
        // (The scene's first paragraph may tell only how things stood: "our team had a
        // daily rotation…".)
        if opens_scene(text)
            && !to_reader(text)
            && text.split_whitespace().count() >= 40
            && self.current.as_ref().is_some_and(|b| {
                let story = &b.draft.story;
                b.field == Field::Notes
                    && story.written_parts().next().is_none()
                    && closes_on_lesson(&story.notes)
                    && story.notes.split_whitespace().count() >= 80
                    && own_account(&story.notes)
                    && tells_events(&story.notes)
            })
        {
            self.split_draft(start);
        }
        // `In another instance, while…` after a story told, telling one of its own: the
        // next story, told for the same question as the one before it.
        if another_instance(text)
            && own_account(text)
            && tells_events(text)
            && self.current.as_ref().is_some_and(|b| {
                let told = b.draft.all_text();
                own_account(&told) && tells_events(&told)
            })
        {
            self.split_draft(start);
            if let Some(building) = self.current.as_mut() {
                building.draft.another = true;
            }
        }
        // `Another story: …`, `New cooperation Story: …` inside a story starts the next.
        if let Some((name, rest)) = next_story(text)
            && self
                .current
                .as_ref()
                .is_some_and(|b| !b.draft.all_text().trim().is_empty())
        {
            // (`Story 2: NAME`, `Project 2: NAME`: the name after a counted label.)
            // (`**Scenario: NAME**` over the lines nested under it: the name on the
            // label's own line.)
            let counted_name =
                story_name(text).or_else(|| text.trim().lines().next().and_then(story_name));
            // `### Job tracker` over a pitch and the stack, then `**Problem-solving
            // story:**` alone on its line over the story: the telling of the project
            // the heading named, which told nothing of what happened yet. It goes on
            // with that draft; the label is kept with the lines read as structure.
            let label_alone = text.lines().next().is_some_and(|l| {
                l.split_once(':').is_some_and(|(_, after)| {
                    after.trim().trim_matches(['*', '_']).trim().is_empty()
                })
            });
            let told_nothing = self.current.as_ref().is_some_and(|b| {
                let told = unquoted(&b.draft.all_text());
                b.draft.story.written_parts().next().is_none()
                    && !(own_account(&told) && tells_events(&told))
            });
            // (Not counted, `Story 2:`: that is the next story.)
            let uncounted = text
                .split_once(':')
                .is_some_and(|(label, _)| plain_words(label).last().is_some_and(|w| w == "story"));
            if label_alone && told_nothing && name.is_none() && uncounted {
                let (label, telling) = text.split_once('\n').unwrap_or((text, ""));
                let building = self.current.as_mut().expect("checked above");
                append(&mut building.draft.story.notes, telling);
                self.plan.ignored.push(skipped_piece(
                    start,
                    label,
                    "a label over the telling of the story the heading names",
                ));
                return;
            }
            // `## Behavioral (30 min)`, then `**Leadership Principle:** Think Big`, then
            // `**STAR Story: NAME**`: a heading and the story's principles, over its name.
            // The heading gives way to the name; the principles stay the story's.
            let over_name = self.current.as_ref().is_some_and(|b| {
                let story = &b.draft.story;
                let notes = story.notes.trim();
                story.written_parts().next().is_none()
                    && story.questions.is_empty()
                    && story.followups.is_empty()
                    && !story.principles.is_empty()
                    && (notes.is_empty()
                        || !notes.contains('\n') && notes.starts_with('(') && notes.ends_with(')'))
            });
            if over_name {
                let building = self.current.as_mut().expect("checked above");
                let heading = std::mem::take(&mut building.draft.story.title);
                let remark = std::mem::take(&mut building.draft.story.notes);
                let line = building.draft.lines.0;
                self.plan.ignored.push(Skipped {
                    lines: (line, line),
                    reason: "a heading over the story named below it, its principles linked".into(),
                    text: format!("{heading} {}", remark.trim()).trim().to_string(),
                });
            } else if self.current.as_ref().is_some_and(|b| title_over(&b.draft)) {
                // `STORY REPO`, a line alone over the first story's name: the title of
                // the notes, not a story.
                let title = self.current.take().expect("checked above").draft;
                let (from, to) = (title.lines.0, start.saturating_sub(1).max(title.lines.0));
                self.plan.ignored.push(Skipped {
                    lines: (from, to),
                    reason: "a title over the stories named below it".into(),
                    text: self.source(from, to, 0).trim().to_string(),
                });
                self.start_in_block(start);
            } else {
                // `7) Can you walk me through one or two projects?` over `Project 1:
                // NAME` and `Project 2: NAME`: a question over stories counted under
                // it is asked of each.
                let asked = self
                    .current
                    .as_ref()
                    .filter(|b| b.named && name.is_none() && counted_name.is_some())
                    .filter(|b| b.draft.story.written_parts().next().is_none())
                    .map(|b| b.draft.story.questions.clone())
                    .unwrap_or_default();
                self.split_draft(start);
                if let Some(building) = self.current.as_mut()
                    && building.draft.story.questions.is_empty()
                {
                    building.draft.story.questions = asked;
                }
            }
            // `story 8: (initiative, insist highest standard, ownership)`: a remark in
            // parentheses after the label, and nothing else, names the story's themes,
            // not the story; the principles among them, in the informal words people use
            // too, are the story's, and the title comes from what it tells.
            let remarked = counted_name
                .filter(|n| {
                    let n = n.trim();
                    n.starts_with('(') && n.ends_with(')') && n[1..].find(')') == Some(n.len() - 2)
                })
                .map(|n| named_principles(n, self.set).ids);
            let building = self.current.as_mut().expect("a draft was just started");
            building.named = true;
            let story = &mut building.draft.story;
            // The words before "story" name it ("New cooperation Story: …"); without
            // them, the line is kept whole.
            let mut label_kept = false;
            match (name, counted_name) {
                (Some(name), _) => {
                    story.title = short_title(&name);
                    append(&mut story.notes, rest);
                }
                (None, Some(_)) if let Some(ids) = remarked => {
                    // (The principles it names are the story's, the first its
                    // primary; a remark that names none leaves them as they are.)
                    if !ids.is_empty() {
                        story.principles = ids;
                    }
                    label_kept = true;
                }
                // `**Story 2: Fixing edge-case bugs**`: the name after the label, the
                // label's line kept with the lines read as structure.
                (None, Some(name)) => {
                    name_story(story, name);
                    // (What is nested under the name's line is the story's.)
                    if let Some((_, under)) = text.trim().split_once('\n') {
                        append(&mut story.notes, under);
                    }
                    label_kept = true;
                }
                (None, None) => append(&mut story.notes, text.trim()),
            }
            if label_kept {
                self.plan.ignored.push(Skipped {
                    lines: (start, start),
                    reason: "a story's label and name: the name is its title".into(),
                    text: text.trim().lines().next().unwrap_or("").to_string(),
                });
            }
            return;
        }
        let building = self.current.as_mut().expect("a draft is being built");
        // `Spoken version:`, a heading that names another telling of the story: what
        // follows is the story again, in its notes.
        if label.is_none()
            && !text.contains('\n')
            && (text.trim().ends_with(':') && answer_form(text) || telling_label(text))
        {
            building.field = Field::Notes;
            building.told_aloud = true;
            self.plan.ignored.push(Skipped {
                lines: (start, start),
                reason: "a heading that names a telling of the story: what follows is in its notes"
                    .into(),
                text: text.trim().trim_end_matches(':').to_string(),
            });
            return;
        }
        // `**Follow-up ammo**`, `Follow-ups:`: a label over the questions the
        // interviewer may ask next and the person's answers to them, the story's notes.
        // So is a label of the writer's own over a list of questions each answered on
        // its line (`**Probes to have ready:**`, then `- *"Why not…?"* — Cost.`).
        if label.is_none() && (followup_label(text) || self.over_answers && lone_label(text)) {
            building.field = Field::Notes;
            building.under_followups = true;
            self.plan.ignored.push(Skipped {
                lines: (start, start),
                reason:
                    "a label over the story's follow-up questions: what follows is in its notes"
                        .into(),
                text: text.trim().to_string(),
            });
            return;
        }
        match label {
            Some((Label::Also, rest)) => {
                let Names {
                    ids,
                    unknown,
                    ambiguous,
                } = named_principles(rest, self.set);
                if unknown.is_empty() && !(ids.is_empty() && ambiguous.is_empty()) {
                    link(&mut building.draft.story.principles, ids);
                    self.report_ambiguous(start, &ambiguous);
                    // Its words are kept with the lines read as structure.
                    self.plan
                        .ignored
                        .push(skipped_piece(start, text, PRINCIPLES_LINKED));
                } else {
                    self.plan.warnings.push(format!(
                        "line {start}: {} in '{}' {} no principle; the line was kept in the draft's notes",
                        unknown.iter().map(|u| format!("'{u}'")).collect::<Vec<_>>().join(", "),
                        text.trim(),
                        if unknown.len() == 1 { "names" } else { "name" },
                    ));
                    append(&mut building.draft.story.notes, text);
                }
            }
            Some((Label::Aside(reason), rest)) => {
                if rest.trim().is_empty() {
                    // The label alone: the blocks after it are what it names.
                    building.field = Field::Aside(reason);
                }
                self.plan.skipped.push(skipped_piece(start, text, reason));
            }
            // Under the follow-ups label: a question the interviewer may ask next,
            // with the answer after it, is the story's notes.
            Some((Label::Question, _)) if building.under_followups => {
                building.field = Field::Notes;
                append(&mut building.draft.story.notes, text.trim());
            }
            Some((Label::Question, rest)) => {
                // `Use this when the question is *"…"* or *"…"*`: each quoted piece is a
                // question the story answers, asked whole or named by its topic; the
                // line is kept with the structure.
                if question_lead(text).is_some()
                    && let Some(quoted) = quoted_pieces(rest)
                {
                    building.draft.story.questions.extend(quoted);
                    building.trail(std::iter::once((start, start)));
                    building.draft.lines.1 = building.draft.lines.1.max(start);
                    self.plan.ignored.push(skipped_piece(
                        start,
                        text,
                        "a line saying which questions the story answers: its questions",
                    ));
                    return;
                }
                // `**Use for:**`, `**Also answers:**`: a label in words of the writer's
                // own over the questions; its words are kept with the structure (unless
                // the line goes to the notes whole, label and all, below).
                let head = label_head(text, rest);
                let own_label = plain_words(head).iter().any(|w| {
                    !matches!(
                        w.as_str(),
                        "q" | "question" | "questions" | "prompt" | "example" | "sample"
                    )
                }) && !head.contains('\n');
                let keep_label = |ignored: &mut Vec<Skipped>| {
                    if own_label {
                        ignored.push(skipped_piece(
                            start,
                            head,
                            "a label over the questions the story answers",
                        ));
                    }
                };
                // `Q: Tell me about…` after a story told to its Action or Result: the
                // question the next story answers, if one starts after it (its parts
                // begin again); else one more of this story's.
                let told = building.labelled
                    && (!building.draft.story.part(Part::Action).trim().is_empty()
                        || !building.draft.story.part(Part::Result).trim().is_empty());
                if told && single_prompt(text, rest) {
                    keep_label(&mut self.plan.ignored);
                    let q = bare_question(rest.trim());
                    building.draft.story.questions.push(q);
                    building.trail(std::iter::once((start, start)));
                    building.draft.lines.1 = building.draft.lines.1.max(start);
                    return;
                }
                // `Example Question: …`: the question (or the questions, a line each),
                // without the quotation marks around it. A line under it begun by a
                // label of its own in bold that asks nothing (`**⚠️ Make this yours:**
                // swap in…`) is the writer's remark: the story's notes.
                // `**Also answers (elsewhere):** JPMC's "what race conditions have you
                // debugged" (see Q17), and any "tell me about a bug…" question`: the
                // questions in quotation marks among the writer's own words are the
                // questions; the line, with its remark, is kept in the notes.
                if let Some(quoted) = questions_quoted_in_prose(rest) {
                    building.draft.story.questions.extend(quoted);
                    append(&mut building.draft.story.notes, text.trim());
                    building.field = Field::Notes;
                    return;
                }
                // `**Best for**: Technical depth / platform thinking`: themes after the
                // label, nothing in them asking or quoted: the story's notes.
                if !rest.trim().is_empty()
                    && !rest.contains(['"', '“', '?', '？', '\n'])
                    && !asks_or_prompts(rest)
                    && rest.contains(['/', ','])
                {
                    append(&mut building.draft.story.notes, text.trim());
                    building.field = Field::Notes;
                    return;
                }
                keep_label(&mut self.plan.ignored);
                // A remark inside the label's marks (`**Use for (any team):**`) is
                // kept with the label.
                let rest = match label_remark(rest) {
                    Some((remark, after)) if remark.starts_with('(') => {
                        self.plan.ignored.push(skipped_piece(
                            start,
                            remark,
                            "the writer's remark inside a label",
                        ));
                        after
                    }
                    _ => rest,
                };
                building.field = Field::Questions;
                for line in rest.lines() {
                    if bold_remark(line) {
                        building.field = Field::Notes;
                    }
                    if building.field == Field::Notes {
                        append(&mut building.draft.story.notes, line.trim());
                        continue;
                    }
                    let q = (line.trim().trim_start_matches(['-', '*', '+']).trim())
                        .trim_matches(['"', '“', '”'])
                        .trim();
                    if !q.is_empty() {
                        building.draft.story.questions.push(q.to_string());
                    }
                }
            }
            // `* **Q** : What is DevOps?` then `* **A** : DevOps is…`: the A of a
            // question and its answer, not the Action of STAR; the answer is the
            // story's notes.
            Some((Label::Part(Part::Action), rest))
                if building.field == Field::Questions && answer_letter(text) =>
            {
                building.field = Field::Notes;
                append(&mut building.draft.story.notes, rest);
            }
            Some((Label::Part(part), rest)) => {
                if building.draft.story.written_parts().next().is_none() {
                    building.asked_above = building.draft.story.questions.clone();
                    // `a. **Kaye:**` on the line over the first part, a theme above it
                    // (`1. Challenging Customer:`): the story's name, lettered as an
                    // item; the theme stays in the notes.
                    let story = &mut building.draft.story;
                    let notes = story.notes.trim_end();
                    let (above, last) = notes.rsplit_once('\n').unwrap_or(("", notes));
                    if story.title.is_empty()
                        && !building.named
                        && let Some(name) = lettered_name(last, self.set)
                    {
                        story.title = name.to_string();
                        story.notes = if above.trim().is_empty() {
                            String::new()
                        } else {
                            format!("{}\n", above.trim_end())
                        };
                        building.named = true;
                    }
                }
                let field = Field::Part(part);
                building.field = field;
                building.labelled = true;
                // `**SITUATION** (30 seconds)`, `**ACTION — (60-70% of time)**`: how long
                // to take telling the part, kept with the structure.
                let timed = speaking_time(rest);
                let rest = match timed {
                    Some((remark, after)) => {
                        self.plan.ignored.push(skipped_piece(
                            start,
                            remark,
                            "how long to take telling the part, beside its label",
                        ));
                        after
                    }
                    None => rest,
                };
                // The writer's remark inside the label's marks is kept with the label;
                // one in parentheses (`**R (after two weeks)**:`) says when or how,
                // and opens the part's text.
                let rest = match label_remark(rest) {
                    Some((remark, after)) if remark.starts_with('(') && remark.ends_with(')') => {
                        std::borrow::Cow::Owned(format!("{remark} {after}"))
                    }
                    Some((remark, after)) => {
                        self.plan.ignored.push(skipped_piece(
                            start,
                            remark,
                            "the writer's remark inside a part's label",
                        ));
                        after.into()
                    }
                    // A label the writer wrote as a sentence of their own, four words
                    // or more (`**What I'd do differently:**`, `What I took away:`),
                    // says something of the part: it opens the part's text.
                    // (Not one whose words are how long to take: those are set apart.)
                    None => {
                        let head = label_head(text, rest);
                        if timed.is_none() && plain_words(head).len() >= 4 && !head.contains('\n') {
                            std::borrow::Cow::Owned(format!("{head}: {rest}"))
                        } else {
                            rest.into()
                        }
                    }
                };
                append(field_mut(&mut building.draft, field), &rest);
            }
            None if building.field == Field::Questions
                && text
                    .lines()
                    .all(|l| l.trim_start().starts_with(['-', '*', '+'])) =>
            {
                // A list under a label of the questions a story is good for, its items
                // mixed (`- Invent and Simplify`, `- On-call incidents`, `- "Tell me
                // about a time you apologized"`): each item that asks is a question, a
                // principle's whole name links it, the rest are the story's notes.
                let mut rest = Vec::new();
                for (at, line) in text.lines().enumerate() {
                    let item = line.trim().trim_start_matches(['-', '*', '+']).trim();
                    let bare = item.trim_matches(['"', '“', '”']).trim();
                    let quoted = bare.len() < item.len();
                    if is_question(item) || quoted && (asks_or_prompts(bare) || asks_unmarked(bare))
                    {
                        building.draft.story.questions.push(bare.to_string());
                        continue;
                    }
                    if let Some(principle) = self.set.resolve(bare) {
                        if !building.draft.story.principles.contains(&principle.id) {
                            building.draft.story.principles.push(principle.id.clone());
                        }
                        self.plan.ignored.push(skipped_piece(
                            start + at,
                            line,
                            "a principle the story is good for, named in its list (linked)",
                        ));
                        continue;
                    }
                    rest.push(line);
                }
                building.field = Field::Notes;
                if !rest.is_empty() {
                    append(&mut building.draft.story.notes, &rest.join("\n"));
                }
            }
            None if building.field == Field::Questions => {
                // Questions after a `Questions:` label, until a line that is not one.
                let mut rest = Vec::new();
                for line in text.lines() {
                    let q = line.trim().trim_start_matches(['-', '*', '+']).trim();
                    if rest.is_empty() && (q.is_empty() || is_question(q)) {
                        if !q.is_empty() {
                            building.draft.story.questions.push(unemphasized(q));
                        }
                    } else {
                        rest.push(line);
                    }
                }
                if !rest.is_empty() {
                    building.field = Field::Notes;
                    append(&mut building.draft.story.notes, &rest.join("\n"));
                }
            }
            None => {
                let field = building.field;
                if let Field::Aside(reason) = field {
                    self.plan.skipped.push(skipped_piece(start, text, reason));
                    return;
                }
                // A numbered item that names a story (`1) LG화학 CDN서비스` over `S: …`, or
                // `2) KB카드 마이데이터 프로젝트` over the questions it answers): the
                // next story, and its title.
                if let Some((name, asked)) = numbered_name(self.lines, start, text, self.set) {
                    let told =
                        building.labelled || building.draft.story.written_parts().next().is_some();
                    if told {
                        let carried = building.untrail();
                        let from = carried.first().map_or(start, |(_, (line, _))| *line);
                        self.split_draft(from);
                        let building = self.current.as_mut().expect("a draft was just started");
                        building.answers(carried);
                    }
                    let building = self.current.as_mut().expect("a draft is under way");
                    if building.draft.story.title.is_empty() {
                        building.draft.story.title = short_title(&name);
                    } else {
                        append(&mut building.draft.story.notes, &name);
                    }
                    building.draft.story.questions.extend(asked);
                    let end = start + text.lines().count().saturating_sub(1);
                    building.draft.lines.1 = building.draft.lines.1.max(end);
                    return;
                }
                // A question on a line of its own under a part's label left empty (`S:`,
                // then `3) 동료가 … 어땠나요?`): not the part's text, the question the
                // story answers.
                if let Field::Part(part) = field
                    && building.draft.story.part(part).trim().is_empty()
                    && !text.trim().contains('\n')
                    && is_question(&bare_question(text))
                {
                    building.draft.story.questions.push(bare_question(text));
                    building.trail(std::iter::once((start, start)));
                    building.draft.lines.1 = building.draft.lines.1.max(start);
                    return;
                }
                // `**Use carefully:** This is personal…`, `**Rehearsed:**` after a part
                // with text: a label of the writer's own, no part's, over a remark on
                // the story; it and what follows go to the notes, not the part above.
                if let Field::Part(part) = field
                    && !building.draft.story.part(part).trim().is_empty()
                    && bold_remark(text.lines().next().unwrap_or(""))
                {
                    building.field = Field::Notes;
                    append(&mut building.draft.story.notes, text);
                    return;
                }
                append(field_mut(&mut building.draft, field), text);
            }
        }
    }

    /// At a section's first `case` label: what came before it, when it is only the
    /// principle's description ("Leaders are owners…"), is not a story. Question lines
    /// among it are the person's own, waiting (at their lines) for the story the label
    /// starts.
    fn skip_opening_description(&mut self, start: usize) {
        let Some(building) = self.current.as_ref() else {
            return;
        };
        let (asked, described): (Vec<&str>, Vec<&str>) = building
            .draft
            .story
            .notes
            .lines()
            .partition(|l| is_question(&bare_question(l)));
        let described = described.join("\n");
        let opening = !building.labelled
            && building.draft.story.written_parts().next().is_none()
            && self.plan.drafts.last().is_none_or(|d| {
                d.story.principles.first() != building.draft.story.principles.first()
            })
            && is_description(&described);
        if !opening {
            return;
        }
        let asked: Vec<String> = asked.into_iter().map(bare_question).collect();
        let mut building = self.current.take().expect("checked above");
        let primary = building
            .draft
            .story
            .principles
            .first()
            .map_or("", String::as_str);
        let (first, _) = building.draft.lines;
        let lines = (first, start.saturating_sub(1).max(first));
        self.plan
            .skipped
            .push(description(self.set, primary, lines, described, false));
        for q in building.draft.story.questions.drain(..) {
            self.waiting.push((q, (first, first)));
        }
        for q in asked {
            let at = (first..start)
                .find(|&n| {
                    self.lines
                        .get(n - 1)
                        .is_some_and(|l| l.contains(q.as_str()))
                })
                .unwrap_or(first);
            self.waiting.push((q, (at, at)));
        }
        self.start_in_block(start);
    }

    /// Ends the story being built just above line `start`, inside the block being read,
    /// and starts the next there; it runs to the end of the block.
    fn split_draft(&mut self, start: usize) {
        // `- Progressive case:` over the next case's `- Issue: …`: the name the writer
        // gave the story after, at the end of the one before; it goes with its story.
        let mut name = None;
        let mut theme: Option<String> = None;
        let mut from = start;
        if let Some(building) = self.current.as_mut() {
            let draft = &mut building.draft;
            draft.lines.1 = start.saturating_sub(1).max(draft.lines.0);
            let field = field_mut(draft, building.field);
            let trimmed = field.trim_end();
            let (before, last) = trimmed.rsplit_once("\n\n").unwrap_or(("", trimmed));
            // (So is a name alone on the line that opens its paragraph, right over the
            // next story's Situation: `Rebuilt the invoice service` over `Situation:
            // …`.)
            let opening = name_over_parts(self.lines, start, self.set)
                .is_some_and(|name| name == last.trim());
            // (Or on the field's last line, in bold and lettered as an item: `b.
            // **Trackers:**` over the next story's `**S:**`; with a numbered theme over
            // it, `2. Challenging Technical Problems:`, which opens the next story's
            // notes. The field may be left empty: `**R:**` not written yet.)
            let lettered = Some(trimmed.rsplit_once('\n').unwrap_or(("", trimmed)))
                .filter(|(_, line)| lettered_name(line, self.set).is_some());
            let line_of = |lines: &[&str], text: &str, below: usize| {
                (1..below)
                    .rev()
                    .find(|&n| lines.get(n - 1).is_some_and(|l| l.trim() == text.trim()))
            };
            if let Some((above, line)) = lettered {
                // (The theme's number may have been read as a list's marker: then the
                // theme opens its paragraph, a blank line above it.)
                let theme_line = |kept: &str, last: &str| {
                    numbered_theme(last)
                        || (kept.trim().is_empty() || kept.ends_with('\n')) && theme_words(last)
                };
                let (kept, over) = match above.trim_end().rsplit_once('\n') {
                    Some((kept, last)) if theme_line(kept, last) => (kept, Some(last)),
                    None if theme_line("", above) => ("", Some(above)),
                    _ => (above, None),
                };
                let at = line_of(self.lines, line, start).unwrap_or(start);
                // (The theme's line may begin with the number read as a list's marker.)
                let theme_at = |o: &str| {
                    (1..at).rev().take(3).find(|&n| {
                        self.lines.get(n - 1).is_some_and(|l| {
                            l.trim() == o.trim()
                                || numbered_theme(l) && l.trim().ends_with(o.trim())
                        })
                    })
                };
                from = over.and_then(theme_at).unwrap_or(at);
                theme = over.map(|o| o.trim().to_string());
                name = lettered_name(line, self.set).map(str::to_string);
                *field = if kept.trim().is_empty() {
                    String::new()
                } else {
                    format!("{}\n", kept.trim_end())
                };
                draft.lines.1 = from.saturating_sub(1).max(draft.lines.0);
            } else if !before.trim().is_empty() && (names_next(last, self.set) || opening) {
                if opening {
                    // The next story starts on its name's line.
                    from = line_of(self.lines, last, start).unwrap_or(start);
                }
                name = Some(last.trim().trim_end_matches(':').trim().to_string());
                *field = format!("{}\n", before.trim_end());
                draft.lines.1 = from.saturating_sub(1).max(draft.lines.0);
            }
        }
        self.finish_draft();
        self.start_in_block(from);
        if let Some(building) = self.current.as_mut() {
            if let Some(name) = name {
                building.draft.story.title = name;
                building.named = true;
            }
            if let Some(theme) = theme {
                append(&mut building.draft.story.notes, &theme);
            }
        }
    }

    /// An answer about how the writer works in general (a belief, habits under `###
    /// My Approach:`) that sets apart an example telling one occasion (`### Example:`
    /// over "Last spring our export slipped… I cut…"): the example is the story, from
    /// the line after its label to the draft's end; the answer above it is skipped as
    /// [`GENERAL`], the label kept with the structure (the lines set aside and why are
    /// given back, to report when the example is kept). The draft keeps its questions
    /// and principles. (No label alone on the draft's lines: `None`.)
    fn example_only(&self, draft: &mut Draft) -> Option<Vec<((usize, usize), &'static str)>> {
        let (first, last) = draft.lines;
        let label = (first..=last).find(|&n| {
            self.lines
                .get(n - 1)
                .is_some_and(|l| example_label(strip_marker(l).trim()))
        })?;
        let example = self.source(label + 1, last.max(label + 1), 0);
        let beside = strip_marker(self.lines[label - 1])
            .trim()
            .split_once(':')
            .map_or(String::new(), |(_, rest)| {
                rest.trim_matches(['*', '_', ' ']).to_string()
            });
        let told = format!("{beside}\n{example}");
        if told.trim().is_empty() {
            return None;
        }
        let mut set_aside = Vec::new();
        if label > first {
            set_aside.push(((first, label - 1), GENERAL));
        }
        set_aside.push(((label, label), EXAMPLE_LABEL));
        let story = &mut draft.story;
        for part in [
            Part::Situation,
            Part::Task,
            Part::Action,
            Part::Result,
            Part::Learned,
        ] {
            story.part_mut(part).clear();
        }
        story.title.clear();
        story.notes = format!("{}\n", told.trim());
        draft.lines = (label + 1, last.max(label + 1));
        Some(set_aside)
    }

    /// A story told in parts whose last part runs on into a guide's prompts: a
    /// paragraph that opens by asking for a story ("Describe a time you went above and
    /// beyond for work.") and, with all after it, speaks to the reader ("Have you ever
    /// taken it upon yourself…? This is your opportunity…"). The story ends before it;
    /// the prompts and their advice are skipped, as the guide's.
    fn cut_guide_prompts(&mut self, draft: &mut Draft) {
        let Some((part, _)) = draft.story.written_parts().last() else {
            return;
        };
        let paragraphs: Vec<&str> = draft.story.part(part).split("\n\n").collect();
        let Some(at) = (1..paragraphs.len()).find(|&i| {
            let first = paragraphs[i].lines().next().unwrap_or("").trim();
            (asks_for_story(first) || is_prompt(first)) && {
                let after = paragraphs[i..].join("\n\n");
                to_reader(&after) && first_person_events(&after) == 0
            }
        }) else {
            return;
        };
        let first = paragraphs[at].lines().next().unwrap_or("").trim();
        let Some(line) = (draft.lines.0..=draft.lines.1).find(|&n| {
            self.lines
                .get(n.wrapping_sub(1))
                .is_some_and(|l| strip_marker(l).trim() == first)
        }) else {
            return;
        };
        let end = draft.lines.1;
        let kept = paragraphs[..at].join("\n\n");
        *draft.story.part_mut(part) = format!("{}\n", kept.trim_end());
        draft.lines.1 = line.saturating_sub(1).max(draft.lines.0);
        self.plan.skipped.push(Skipped {
            lines: (line, end),
            reason: ADVICE.into(),
            text: self.source(line, end, 0),
        });
    }

    /// Starts a story at line `start` of the block being read; it runs to the block's end.
    fn start_in_block(&mut self, start: usize) {
        self.start_draft(start);
        let end = self.block_end.max(start);
        if let Some(building) = self.current.as_mut() {
            building.draft.lines.1 = end;
        }
    }

    fn start_draft(&mut self, line: usize) {
        let section = self
            .section
            .as_mut()
            .expect("drafts start inside a section");
        let mut principles = Vec::new();
        if !section.own_names {
            principles.push(section.principle.clone());
            link(&mut principles, section.also.clone());
        }
        // The section's first story takes the name written above its principles.
        let title = section
            .title
            .take()
            .map(|t| short_title(&t))
            .unwrap_or_default();
        // Each story of a card whose title asks a question answers it.
        let questions: Vec<String> = section
            .asks
            .iter()
            .filter(|_| section.card)
            .cloned()
            .collect();
        self.current = Some(Building {
            draft: Draft {
                story: Story {
                    principles,
                    title,
                    questions,
                    ..Story::default()
                },
                lines: (line, line),
                guessed: self.section.as_ref().is_some_and(|s| s.principle_guessed),
                another: false,
            },
            field: Field::Notes,
            labelled: false,
            followup: None,
            trailing: Vec::new(),
            open_answer: false,
            under_followups: false,
            under_sources: false,
            under_fit: false,
            fitting: false,
            part_level: None,
            told_aloud: false,
            group: None,
            asked_above: Vec::new(),
            rehearsed: Vec::new(),
            named: false,
            forms: Vec::new(),
            retelling: false,
            refers: None,
            level: None,
        });
    }

    fn finish_draft(&mut self) {
        let Some(building) = self.current.take() else {
            return;
        };
        let asked_after = building.rehearsed;
        let told_aloud = building.told_aloud;
        let named = building.named;
        let mut draft = building.draft;
        self.cut_guide_prompts(&mut draft);
        // `Q1. Tell me…`: the question, without the number the notes count it by.
        for q in &mut draft.story.questions {
            let bare = outer_quotes_off(unnumbered_question(q));
            if bare.len() < q.len() {
                *q = bare.to_string();
            }
        }
        // `Use for: "Tell me about yourself", "Why did you switch?"`, its outer marks
        // taken off with the label: a question each.
        draft.story.questions = one_question_each(std::mem::take(&mut draft.story.questions));
        // A question the writer would put to the interviewer ("Can you share more about
        // the company culture…?") over a story pasted under it asks for no story: it
        // stays with the story's words, in its notes, and is none of its questions.
        let (theirs, asked): (Vec<String>, Vec<String>) =
            std::mem::take(&mut draft.story.questions)
                .into_iter()
                .partition(|q| for_the_interviewer(q));
        draft.story.questions = asked;
        if !theirs.is_empty() {
            let notes = draft.story.notes.trim_end();
            draft.story.notes = format!("{}\n\n{notes}", theirs.join("\n\n"))
                .trim_end()
                .to_string()
                + "\n";
        }
        // `Use this for "Tell me about a time you disagreed…," "…," or "…"`, said in the
        // story's text: the questions it serves (the sentence stays where it is).
        for question in questions_served(&draft.all_text()) {
            if !draft.story.questions.contains(&question) {
                draft.story.questions.push(question);
            }
        }
        // A "Follow-up" heading with nothing under it holds no words to keep.
        draft
            .story
            .followups
            .retain(|f| !f.question.trim().is_empty());
        // `### 2. WORKING WITHOUT A MAP` over `#### Story A: Picking the label printer`,
        // or over `**MY DRAWING STORY — One jig for every panel**`: the heading that
        // opened the draft names a theme, the line after it the story. The name is the
        // title; the heading's words stay in the notes, where the reader sees them.
        if let Some(name) = self.named_below_theme(&draft) {
            let heading = std::mem::replace(&mut draft.story.title, short_title(&name));
            let notes = std::mem::take(&mut draft.story.notes);
            draft.story.notes = format!("{}\n\n{notes}", heading.trim());
        }
        if draft.all_text().trim().is_empty()
            && draft.story.questions.is_empty()
            && draft.story.title.is_empty()
        {
            // `# Question 2` over a question whose answer is the story told after it:
            // the heading that numbers the question opened this draft and gave it no
            // title; its words are kept with the structure.
            let (line, _) = draft.lines;
            if let Some(source) = line
                .checked_sub(1)
                .and_then(|i| self.lines.get(i))
                .filter(|l| heading_line(l).is_some_and(|h| question_place(h.trim())))
            {
                self.plan.ignored.push(Skipped {
                    lines: (line, line),
                    reason: "a heading that numbers a question, its story below".into(),
                    text: source.trim().to_string(),
                });
            }
            return;
        }
        // `### 2. Family` over questions alone, none answered (`- Who lived with you?`):
        // the heading names what the questions ask about; the questions are the
        // person's own, and the heading is no story.
        if told_nothing(&draft.story)
            && draft.story.questions.is_empty()
            && self.only_questions_below(draft.lines.1)
        {
            let (line, last) = draft.lines;
            self.plan.skipped.push(Skipped {
                lines: (line, last),
                reason: "a heading over questions, not a story".into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        // `### 8. **Decision** … [bias for action, ownership]` with nothing under it, under
        // `## 22 Questions`: one of the questions, not answered yet; the person's own.
        // (Not a heading over questions and answers read as drafts of their own, `### i.
        // Planning` over `1) Tell me about…` and its reminders: nothing under it is no
        // one's.)
        let bare_below = (self.lines.iter().skip(draft.lines.0))
            .find(|l| !l.trim().is_empty())
            .is_none_or(|l| heading_line(l).is_some());
        if draft.all_text().trim().is_empty()
            && draft.story.questions.is_empty()
            && bare_below
            && let Some(heading) = self.lines.get(draft.lines.0.wrapping_sub(1))
            && self.under_questions(draft.lines.0)
            && let Some(principle) = draft.story.principles.first()
        {
            let (line, last) = draft.lines;
            let asked = heading_line(heading).unwrap_or(heading).trim().to_string();
            self.plan.questions.push(super::OwnQuestion {
                principle: principle.clone(),
                question: asked,
                lines: (line, line),
            });
            self.plan.skipped.push(Skipped {
                lines: (line, last),
                reason: "a heading among questions with nothing under it: the person's own question, not a story".into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        // `### Q1: "Tell me about…"` over `**Use:** Walmart race condition story —
        // primary story above.`: the question points at a story told above, by its
        // name. The question is that story's; what is under it (how to tell that story
        // for this question) is kept in the skipped list. A name that is no one story's
        // leaves the question the person's own.
        if draft.story.written_parts().next().is_none()
            && draft.story.followups.is_empty()
            && !draft.story.questions.is_empty()
            && let Some((name, value)) = use_pointer(&draft.story.notes)
        {
            let (line, last) = draft.lines;
            let pointed = self.pointed_story(&name, &value);
            // (`**Use:** Dream11 GraphQL Rewards Optimization.`, a story told nowhere
            // above, then the story under `**Script:**`, the writer telling what they
            // did: that story, named so.)
            let told_here = pointed.is_none() && {
                let rest = draft
                    .story
                    .notes
                    .trim()
                    .split_once('\n')
                    .map_or("", |(_, r)| r);
                let said = rest.replace(['"', '“', '”'], "");
                first_person_events(&said) >= 1 && !to_reader(&said)
            };
            if told_here {
                // Its name is the title; the pointer's line stays in its notes.
                draft.story.title = short_title(&name);
            } else {
                match pointed {
                    Some(i) => {
                        let asked = &mut self.plan.drafts[i].story.questions;
                        for question in &draft.story.questions {
                            if !asked.contains(question) {
                                asked.push(question.clone());
                            }
                        }
                    }
                    None => {
                        if let Some(principle) = draft.story.principles.first() {
                            for question in &draft.story.questions {
                                self.plan.questions.push(super::OwnQuestion {
                                    principle: principle.clone(),
                                    question: question.clone(),
                                    lines: (line, line),
                                });
                            }
                        }
                    }
                }
                self.plan.skipped.push(Skipped {
                    lines: (line, last),
                    reason: POINTED.into(),
                    text: self.source(line, last, 0),
                });
                return;
            }
        }
        // Under a heading that ranks the story among the writer's own (`## Backup Story:
        // NAME`), a part wholly in quotation marks is the writer's words as they will
        // say them, not someone else's sample: judged without the marks.
        // So is one under a label that names its telling (`**Deliver it like this:**`).
        // So is a story its writer names with a label of their own (`**STAR Story:
        // NAME**`), unless the name says it is an example.
        // (Nor when its label counts it an example, `## 🎤 Example 1: Handling
        // Failure`, though the title keeps only the name: one of a guide's examples,
        // however its telling is labelled.)
        let label_line = self
            .lines
            .get(draft.lines.0.saturating_sub(1))
            .copied()
            .unwrap_or("");
        let counted = counted_example(
            label_line
                .trim_start()
                .trim_start_matches('#')
                .trim_start()
                .trim_start_matches(pictograph)
                .trim_start(),
        );
        let own_name = named
            && !plain_words(&draft.story.title)
                .iter()
                .any(|w| matches!(w.as_str(), "example" | "sample" | "model" | "worked"));
        let aloud = ((told_aloud || own_name || self.ranked_heading(draft.lines.0)) && !counted)
            .then(|| said_aloud(&draft));
        self.example_in_general.set(false);
        let reason = self.not_a_story(aloud.as_ref().unwrap_or(&draft), &asked_after);
        // (The example alone is read again, as any draft is; where it is no story
        // alone, a choice and its reasons, the answer is kept whole.)
        if reason.is_none() && self.example_in_general.replace(false) {
            let mut example = draft.clone();
            if let Some(set_aside) = self.example_only(&mut example)
                && self.not_a_story(&example, &asked_after).is_none()
            {
                draft = example;
                for (lines, why) in set_aside {
                    let text = self.source(lines.0, lines.1, 0);
                    let skipped = Skipped {
                        lines,
                        reason: why.into(),
                        text,
                    };
                    if why == GENERAL {
                        self.plan.skipped.push(skipped);
                    } else {
                        self.plan.ignored.push(skipped);
                    }
                }
            }
        }
        if let Some(reason) = reason {
            let (mut line, last) = draft.lines;
            // (The heading just above its lines, `### 故事 A：NAME` over them, reported
            // nowhere else, is skipped with them: it headed what is skipped.)
            if let Some(above) = self.heading_before(line)
                && self.lines[above..line.saturating_sub(1)]
                    .iter()
                    .all(|l| l.trim().is_empty())
                && heading_line(self.lines[above - 1])
                    .is_some_and(|h| heading_principles(h, self.set).is_empty())
                && !(self.plan.ignored.iter())
                    .chain(self.plan.skipped.iter())
                    .map(|s| s.lines)
                    .chain(self.plan.drafts.iter().map(|d| d.lines))
                    .any(|(from, to)| from <= above && above <= to)
            {
                line = above;
            }
            let text = self.source(line, last, 0);
            let own_text = self.source(draft.lines.0, last, 0);
            // The questions such an answer was written under are still the person's
            // own, for practice; so is a question from beyond the lines skipped (a
            // deeper heading that asked it), whatever the draft was, so that none of
            // its words is lost.
            // (A draft skipped before it was linked keeps its questions all the same,
            // each linked to the principle it is nearest.)
            let linked = draft.story.principles.first();
            for question in &draft.story.questions {
                let within = own_text.contains(question.as_str());
                if !OWN_QUESTIONS_KEPT.contains(&reason) && within {
                    continue;
                }
                let Some(principle) = linked.cloned().or_else(|| {
                    self.nearest(question)
                        .or_else(|| self.set.principles.first())
                        .map(|p| p.id.clone())
                }) else {
                    continue;
                };
                // The line that asks it, when it is beyond the draft's.
                let asked = (!within)
                    .then(|| {
                        self.lines
                            .iter()
                            .enumerate()
                            .skip(line)
                            .find(|(_, l)| l.contains(question.as_str()))
                            .map(|(i, _)| (i + 1, i + 1))
                    })
                    .flatten();
                // (Kept once: two blocks set aside in turn under one question,
                // `<details>` over `</details>`, both held it.)
                let again = (self.plan.questions.last())
                    .is_some_and(|q| q.question == *question && q.principle == principle);
                if !again {
                    self.plan.questions.push(super::OwnQuestion {
                        principle,
                        question: question.clone(),
                        lines: asked.unwrap_or(draft.lines),
                    });
                }
            }
            // Its lines are skipped whole: a question's label among them is there, and
            // so is the line that named its principles (linked to no draft now).
            let said_there =
                |s: &Skipped| s.reason == QUESTION_LABEL || s.reason.starts_with(PRINCIPLES_LINKED);
            self.plan
                .ignored
                .retain(|s| !said_there(s) || s.lines.0 < line || s.lines.0 > last);
            self.plan.skipped.push(Skipped {
                lines: (line, last),
                reason: reason.into(),
                text,
            });
            return;
        }
        // Only questions (a question heading with nothing under it, notes that are a
        // question or a list of questions): the person's own questions for the
        // principle, not a story.
        let story = &draft.story;
        let no_parts = story.written_parts().next().is_none() && story.followups.is_empty();
        let items = question_items(&story.notes);
        // `1) CDN서비스, X-Ray 서비스`: a line of names of stories told above, each the
        // title of one of them: a pointer to them (their questions go to the first
        // named), not a story. "Same as above." under a question: the story told just
        // above, in this principle's section, answers it too.
        let same_as_above = || {
            ((story.title.is_empty() || refers_above(&story.title)) && refers_above(&story.notes))
                .then(|| self.plan.drafts.len().checked_sub(1))
                .flatten()
                .filter(|&i| {
                    self.plan.drafts[i].story.principles.first() == story.principles.first()
                })
                .map(|i| {
                    (
                        i,
                        "points to the story above: the question is that story's too",
                    )
                })
        };
        // `***ref to tight deadline***` under a question: the story above whose title or
        // questions hold those words answers it too, and is linked to this principle.
        let referred_to = referred_words(&story.notes);
        let referred = || {
            let words = referred_to.as_ref()?;
            let scores: Vec<usize> = (self.plan.drafts.iter())
                .map(|d| {
                    let mut held = plain_words(&d.story.title);
                    for q in &d.story.questions {
                        held.extend(plain_words(q));
                    }
                    words.iter().filter(|w| held.contains(w)).count()
                })
                .collect();
            let best = scores
                .iter()
                .copied()
                .enumerate()
                .max_by_key(|&(i, n)| (n, i))?;
            let best = (best.1, best.0);
            let ties = scores.iter().filter(|&&n| n == best.0).count();
            (best.0 * 2 >= words.len() && best.0 > 0 && ties == 1).then_some((
                best.1,
                "refers to a story told above: the question and the principle are that story's too",
            ))
        };
        // `NGINX wala answer dena hai` under a question ("give the NGINX answer"): a
        // line that calls a story an answer, a story or an example by a name only one
        // story told above holds (see `names_in_line`), and tells nothing of its own.
        let named_answer = || {
            let line = story.notes.trim();
            let words = plain_words(line);
            if line.contains('\n')
                || words.len() > 8
                || is_question(line)
                || first_person_events(line) > 0
                || past_sentences(line) > 0
                || !words
                    .iter()
                    .any(|w| matches!(w.as_str(), "answer" | "story" | "example"))
                // (`Lumen example, again`: a retelling, reported as the other's
                // duplicate.)
                || words.iter().any(|w| w == "again")
            {
                return None;
            }
            let names = names_in_line(line);
            if names.is_empty() {
                return None;
            }
            let mut holders = (self.plan.drafts.iter().enumerate()).filter(|(_, d)| {
                let text = format!("{}\n{}", d.story.title, d.all_text());
                names.iter().all(|name| text.contains(name.as_str()))
            });
            match (holders.next(), holders.next()) {
                (Some((i, _)), None) => Some((i, CALLED_BY_NAME)),
                _ => None,
            }
        };
        let points_to = no_parts
            .then(|| {
                self.told_above(&story.notes)
                    .map(|i| {
                        (
                            i,
                            "names stories told above: a pointer to them, not a story",
                        )
                    })
                    .or_else(same_as_above)
                    .or_else(referred)
                    .or_else(named_answer)
            })
            .flatten();
        if let Some((to, reason)) = points_to {
            let questions = story.questions.clone();
            // (A reference from another principle's section links that one too.)
            // (Not a principle guessed for the pointer: nothing named one.)
            let principles: Vec<String> =
                if (referred_to.is_some() || reason == CALLED_BY_NAME) && !draft.guessed {
                    story.principles.clone()
                } else {
                    Vec::new()
                };
            self.plan.drafts[to].join(&questions, &principles);
            let (line, last) = draft.lines;
            self.plan.ignored.push(Skipped {
                lines: (line, last),
                reason: reason.into(),
                text: self.source(line, last, 0),
            });
            return;
        }
        // A question with lines that name the stories answering it (`Primary: NAME`):
        // the person's own question, and pointers to stories told elsewhere.
        // (Its title, if any, only the pointer again, read from its line.)
        let pointed = no_parts
            && (story.title.is_empty() || pointers(&story.title) || names_questions(&story.title))
            && !story.questions.is_empty()
            && pointers(&story.notes);
        // `Prompt: …` over `See Invent and Simplify - RSYNC JBOSS`: the question is
        // answered by a story told under another principle.
        if no_parts
            && story.title.is_empty()
            && !story.notes.trim().contains('\n')
            && let Some((to, marker)) = reference(story.notes.trim(), self.set)
            && let Some(from) = story.principles.first()
        {
            let (line, last) = draft.lines;
            self.references.push(Reference {
                from: from.clone(),
                to,
                marker,
                questions: story.questions.clone(),
                skipped: Skipped {
                    lines: (line, last),
                    reason: "a reference to a story under another principle".into(),
                    text: self.source(line, last, 0),
                },
            });
            return;
        }
        // A prompt with a remark after it (`## A time you pushed back on a request (scope,
        // deadline, or design)`) over nothing but empty slots: the remark is the
        // prompt's, kept with it.
        let remarked = no_parts
            && story.title.is_empty()
            && story.questions.len() == 1
            && remark(story.notes.trim());
        // (Under `### Typical Questions for Ownership`, a list of them: the heading is
        // no story's name.)
        let only_questions = no_parts
            && (story.title.is_empty() || names_questions(&story.title) && !items.is_empty())
            && (story.notes.trim().is_empty() && !story.questions.is_empty()
                || !items.is_empty()
                || remarked);
        // (Notes that name no principle point at their stories too: `**Q: …**` over
        // `→ **Use:** Story 2 (SCADA upgrade)`.)
        if pointed {
            let (line, last) = draft.lines;
            self.pointed.push(Pointed {
                principle: story.principles.first().cloned(),
                questions: story.questions.clone(),
                names: pointed_names(&story.notes),
                skipped: Skipped {
                    lines: (line, last),
                    reason: "names the stories that answer the question: they are told elsewhere"
                        .into(),
                    text: story.notes.trim().to_string(),
                },
            });
            return;
        }
        if only_questions && let Some(principle) = story.principles.first() {
            let principle = principle.clone();
            let asked: Vec<String> = if remarked {
                vec![format!("{} {}", story.questions[0], story.notes.trim())]
            } else {
                story.questions.clone()
            };
            let questions = asked.into_iter().chain(items);
            for question in questions {
                self.plan.questions.push(super::OwnQuestion {
                    principle: principle.clone(),
                    question,
                    lines: draft.lines,
                });
            }
            return;
        }
        // `### First question`, `### Second question` over a story told in its parts:
        // a heading that counts, naming nothing; the title is taken from the story, and
        // the heading kept with the lines read as structure.
        if counting_title(&draft.story.title) && !draft.all_text().trim().is_empty() {
            let heading = std::mem::take(&mut draft.story.title);
            // (Where it stands: the draft's first line, or one below it that ends with
            // it, `1. Example` under the question's heading.)
            let found = (draft.lines.0..=draft.lines.1).find(|&n| {
                (self.lines.get(n.wrapping_sub(1)))
                    .is_some_and(|l| l.trim_end().ends_with(heading.as_str()))
            });
            let line = found.unwrap_or(draft.lines.0);
            // (A line under the heading, read first as the story's name, is said once,
            // as what it is.)
            let is_heading =
                (self.lines.get(line.wrapping_sub(1))).is_some_and(|l| heading_line(l).is_some());
            (self.plan.ignored)
                .retain(|s| s.lines != (line, line) || !s.reason.starts_with("a story's name"));
            let names_example = plain_words(&heading)
                .last()
                .is_some_and(|w| w == "answer" || w == "response");
            self.plan.ignored.push(Skipped {
                lines: (line, line),
                reason: if is_heading && names_example {
                    "a heading that names the example answer below it, not a title".into()
                } else if is_heading {
                    "a heading that counts the questions or stories, not a title".into()
                } else {
                    "a line that counts the stories, not a title".into()
                },
                text: (found.filter(|_| !is_heading))
                    .and_then(|n| self.lines.get(n - 1))
                    .map_or(heading, |l| l.trim().to_string()),
            });
        }
        // `## Interview story`, `## Interview story — working version`: a heading that
        // says what kind of text follows and in what state, naming nothing. The title
        // is taken from the story; the heading is kept with the lines read as
        // structure (once: it may have been read as the story's label).
        // So is `## Behavioral Questions (STAR)` over one question and its answer: it
        // names what is asked, not the story.
        if (kind_only_title(&draft.story.title) || questions_title(&draft.story.title))
            && !draft.all_text().trim().is_empty()
        {
            let heading = std::mem::take(&mut draft.story.title);
            let line = draft.lines.0;
            if !self.plan.ignored.iter().any(|s| s.lines.0 == line) {
                self.plan.ignored.push(Skipped {
                    lines: (line, line),
                    reason: "a heading that says what kind of text follows, not a title".into(),
                    text: heading,
                });
            }
        }
        if draft.story.title.is_empty() {
            let story = &draft.story;
            // A Situation that opens by defining a thing (`DevOps is a cultural shift…`),
            // by speaking to the reader (`To understand the cloud you need to know…`) or
            // by announcing what the speaker will say (`First of all I'd like to give a
            // quick overview…`) names no story when a Task follows it: the Task does.
            let situation = story.part(Part::Situation);
            let opening = first_sentence(strip_marker(situation).trim());
            let unnamed = (defines_a_thing(&opening) || to_reader(&opening) || announces(&opening))
                && !story.part(Part::Task).trim().is_empty();
            let source = [
                if unnamed { "" } else { situation },
                story.part(Part::Task),
                story.part(Part::Action),
                // What happened, told before a `Result:` label closes it, names the
                // story better than its outcome ("45 minutes → 4 minutes").
                story.notes.as_str(),
                story.part(Part::Result),
                story.part(Part::Learned),
            ]
            .into_iter()
            .find(|t| !t.trim().is_empty())
            .map(str::to_string)
            .or_else(|| draft.story.questions.first().cloned())
            .unwrap_or_default();
            // A way of working told with an example of one occasion, in no part: the
            // example names the story ("I once tried to introduce property-based
            // testing…"), not the way's first sentence.
            let untold = [Part::Situation, Part::Task, Part::Action, Part::Result]
                .iter()
                .all(|p| story.part(*p).trim().is_empty());
            let source = if untold && example_told(&story.notes) {
                example_of(&story.notes).unwrap_or(source)
            } else {
                source
            };
            // Without the list or quote marks the text may begin with (`1. > …`), nor a
            // remark in parentheses before its first sentence (`*(Best version: a real
            // disagreement…)* While building…`).
            // (Nor the line mapping the prompt to principles, `→ 对应的是 Bias for action`,
            // nor a picture on a line of its own, `![alt text](image-16.png)`.)
            let picture = |l: &str| {
                let l = l.trim();
                l.starts_with("![") && l.ends_with(')') && l.contains("](")
            };
            let source: String = source
                .lines()
                .skip_while(|l| {
                    l.trim().is_empty() || !arrow_names(l, self.set).is_empty() || picture(l)
                })
                .collect::<Vec<_>>()
                .join("\n");
            // Nor a line that says what follows is an answer, over it ("A sample answer
            // from my notes:", "My example:", or the word alone, `Scenario`): a label,
            // not the story's name.
            let kind = |w: &String| {
                matches!(
                    w.as_str(),
                    "example" | "sample" | "answer" | "response" | "story" | "scenario"
                )
            };
            // (Nor a label over words to choose from, `**Sample values:** Candor, Humor,
            // Teamwork, …`: no story's name.)
            let choices = |line: &str| {
                line.split_once(':').is_some_and(|(label, list)| {
                    let items: Vec<&str> = list.split(',').map(str::trim).collect();
                    plain_words(label).len() <= 5
                        && items.len() >= 5
                        && items
                            .iter()
                            .all(|i| (1..=2).contains(&plain_words(i).len()))
                })
            };
            let source = match source.trim_start().split_once('\n') {
                Some((first, rest))
                    if (first.trim_end().ends_with([':', '：'])
                        && first.split_whitespace().count() <= 12
                        && plain_words(first).iter().any(kind)
                        || matches!(plain_words(first).as_slice(), [word] if kind(word))
                        || choices(first))
                        && !rest.trim().is_empty() =>
                {
                    rest.to_string()
                }
                _ => source,
            };
            // (Marks escaped, `\*\*WHAT: \*\*`, are marks all the same.)
            let source = strip_marker(&unescaped(&source));
            let source = after_opening_remark(source.trim_start_matches(['>', ' ']));
            // (Nor the label that says a story is told after it, `STAR: During…`.)
            let source = told_label(source).unwrap_or(source);
            let sentence = first_sentence(source);
            // (Not a setting that names nothing, `In a previous project, we had…`:
            // what happened after it names the story.)
            draft.story.title = match after_setting(&sentence) {
                Some(rest) => short_title(&capitalized(rest)),
                None => short_title(&sentence),
            };
        }
        // (A name cut before its dash, `Architecture failure -: While…`, keeps no space
        // at its end.)
        draft.story.title = draft.story.title.trim().to_string();
        if draft.story.title.is_empty() {
            draft.story.title = "Untitled story".to_string();
        }
        // `Dive Deep:` alone on its line in a part, what it shows under it (or `- Think
        // Big:` under "Leadership Principles:"): the writer says the story shows that
        // principle. It is linked; the line stays where it is.
        // The principles an arrow line maps the story to (`→ 对应的是 Bias for action,
        // Ownership.`) come first: the writer named them for this story.
        let mapped: Vec<String> = draft
            .story
            .notes
            .lines()
            .flat_map(|l| arrow_names(l, self.set))
            .collect();
        if !mapped.is_empty() {
            let before = std::mem::take(&mut draft.story.principles);
            link(&mut draft.story.principles, mapped);
            link(&mut draft.story.principles, before);
        }
        let remarked = remarked_principles(&draft.story, self.set);
        link(&mut draft.story.principles, remarked);
        self.link_guessed(&mut draft);
        // `**Q: Tell me about a time you showed Ownership beyond your scope.**`: the
        // interviewer's question names the principle it tests, its name set as a name.
        if draft.story.principles.is_empty() {
            for question in &draft.story.questions {
                for id in capitalized_names(question, self.set) {
                    if !draft.story.principles.contains(&id) {
                        draft.story.principles.push(id);
                    }
                }
            }
        }
        // A story among others that name their principles, naming none itself: linked
        // to the principle its words are nearest, and the report says so.
        if draft.story.principles.is_empty() {
            // The interviewer's question it answers says best what it is asked to show;
            // without one, the story's own words.
            let asked: Vec<&str> = (draft.story.questions.iter())
                .filter(|q| persons(q).1 > 0)
                .map(String::as_str)
                .collect();
            let text = if asked.is_empty() {
                draft.all_text()
            } else {
                asked.join("\n")
            };
            if let Some(principle) = self.nearest(&text).or_else(|| self.set.principles.first()) {
                self.plan.warnings.push(guessed_warning(
                    draft.lines.0,
                    draft.story.title.trim(),
                    &principle.name,
                    self.named_by(),
                ));
                draft.story.principles = vec![principle.id.clone()];
                draft.guessed = true;
            }
        }
        if let Some(refers) = building.refers {
            self.retold.push((self.plan.drafts.len(), refers));
        }
        let mut words = plain_words(&draft.story.title);
        words.sort_unstable();
        words.dedup();
        for word in words {
            self.titled
                .entry(word)
                .or_default()
                .push(self.plan.drafts.len());
        }
        self.plan.drafts.push(draft);
    }

    /// Under a heading whose principle was guessed (`# Practice questions`), a story
    /// asked by a question of its own is linked to the principle that question is
    /// nearest, as `lp find` ranks it: the heading's words are the whole file's.
    fn link_guessed(&mut self, draft: &mut Draft) {
        let Some(section) = self.section.as_ref() else {
            return;
        };
        if !section.principle_guessed || draft.story.principles != [section.principle.clone()] {
            return;
        }
        // A question that names its principle, set as a name (`…you showed Ownership
        // beyond your scope`): that principle, no guess.
        if let Some(question) = draft.story.questions.first() {
            let named = capitalized_names(question, self.set);
            if !named.is_empty() {
                draft.story.principles = named;
                draft.guessed = false;
                return;
            }
        }
        // Three questions or more that the writer lists for the story (`Question It
        // Answers` over five): together they say what it is for, the principle most of
        // them are nearest (the first of those as many), when two or more agree.
        if draft.story.questions.len() >= 3 {
            let mut votes: Vec<(&crate::model::Principle, usize)> = Vec::new();
            for question in &draft.story.questions {
                let Some(principle) = self.nearest(question) else {
                    continue;
                };
                match votes.iter_mut().find(|(p, _)| p.id == principle.id) {
                    Some((_, n)) => *n += 1,
                    None => votes.push((principle, 1)),
                }
            }
            let most = votes.iter().map(|(_, n)| *n).max().unwrap_or(0);
            if most >= 2
                && let Some((principle, _)) = votes.iter().find(|(_, n)| *n == most)
            {
                self.plan.warnings.push(guessed_warning(
                    draft.lines.0,
                    draft.story.title.trim(),
                    &principle.name,
                    self.named_by(),
                ));
                draft.story.principles = vec![principle.id.clone()];
                return;
            }
        }
        // An interviewer's question, put to "you"; not the notes' own ("What do they
        // care about?").
        if let Some(question) = draft.story.questions.first()
            && persons(question).1 > 0
            && let Some(principle) = self.nearest(question)
        {
            self.plan.warnings.push(guessed_warning(
                draft.lines.0,
                question.trim(),
                &principle.name,
                self.named_by(),
            ));
            draft.story.principles = vec![principle.id.clone()];
            return;
        }
        // Among several stories under the heading, each is linked to the principle its
        // own words are nearest (`### Four Additional Stories` over four of them), not
        // the one the whole section's are.
        let text = format!("{}\n{}", draft.story.title, draft.told());
        if let Some(principle) = self.nearest(&text)
            && principle.id != draft.story.principles[0]
        {
            self.plan.warnings.push(guessed_warning(
                draft.lines.0,
                draft.story.title.trim(),
                &principle.name,
                self.named_by(),
            ));
            draft.story.principles = vec![principle.id.clone()];
            return;
        }
        if let Some(warning) = self.section.as_mut().and_then(|s| s.guess_warning.take()) {
            // Notes with no heading over the story: it is named by its own title, when it
            // has one (`Story: Took the work nobody wanted`).
            // (At the story's own first line: the first of the notes is another
            // story's when several follow with no heading.)
            let title = draft.story.title.trim();
            let warning = match warning.split_once(": the story here ") {
                Some((_, rest)) if !title.is_empty() && title != "Untitled story" => {
                    format!("line {}: '{title}' {rest}", draft.lines.0)
                }
                _ => warning,
            };
            self.plan.warnings.push(warning);
        }
    }

    /// The first of the stories told above that a line of their names points to
    /// (`1) CDN서비스, X-Ray 서비스`): two to six names of a few words each, every one
    /// the title of one draft; `None` for any other text.
    fn told_above(&self, notes: &str) -> Option<usize> {
        let notes = notes.trim();
        if notes.contains('\n') {
            return None;
        }
        let line = strip_marker(notes);
        let names: Vec<&str> = (line.split([',', '、']))
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect();
        // Two names at least: one alone may be a short answer given twice.
        if !(2..=6).contains(&names.len()) || names.iter().any(|n| n.split_whitespace().count() > 6)
        {
            return None;
        }
        let told: Option<Vec<usize>> = names.iter().map(|name| self.titled_draft(name)).collect();
        told?.first().copied()
    }

    /// The one draft `name` is the title of: looked for among the drafts whose title has
    /// the name's rarest word, and no further once a second is found.
    fn titled_draft(&self, name: &str) -> Option<usize> {
        let lists: Option<Vec<&Vec<usize>>> = title_words(name)
            .iter()
            .map(|w| self.titled.get(w))
            .collect();
        let rarest = lists?.into_iter().min_by_key(|drafts| drafts.len())?;
        let mut found = (rarest.iter().copied())
            .filter(|&i| names_title(name, &self.plan.drafts[i].story.title));
        match (found.next(), found.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }

    /// Why a draft is not a story after all, if it is not. `asked_after`: the questions
    /// of the exchanges that rehearse it after it is told (see `Building::rehearsed`),
    /// which say nothing of whether it is a story.
    /// Whether lines lie inside a self-introduction: below a line that introduces the
    /// writer ("Hello, I'm …", "你好，我是…") and above one that signs off ("That's me.",
    /// "Thanks for your time!"), no heading between. The employers such an introduction
    /// walks through (`**ENN Group (2021-2024):**` over what the writer did there), set
    /// apart by rules, are its parts, however much they tell.
    fn within_self_introduction(&self, (first, last): (usize, usize)) -> bool {
        let (greeted, signed) = self.introduced.get_or_init(|| {
            let lines = self.lines;
            // Read once each way: a heading ends what was seen.
            let mut greeted = vec![false; lines.len() + 1];
            for (i, line) in lines.iter().enumerate() {
                greeted[i + 1] =
                    heading_line(line).is_none() && (greeted[i] || introduces_self(line));
            }
            let mut signed = vec![false; lines.len() + 1];
            for (i, line) in lines.iter().enumerate().rev() {
                signed[i] = heading_line(line).is_none() && (signed[i + 1] || signs_off(line));
            }
            (greeted, signed)
        });
        // (The lines above the draft's first, and those after its last.)
        let above = first.saturating_sub(1).min(greeted.len() - 1);
        greeted[above] && signed[last.min(signed.len() - 1)]
    }

    fn not_a_story(&self, draft: &Draft, asked_after: &[String]) -> Option<&'static str> {
        if self.a_prompt() {
            return Some("a prompt for a chat assistant (the notes say so), not a story");
        }
        // `> **Papel:** Você é um treinador…`, `**Role:** You are an interview coach`:
        // a prompt that gives a chat assistant its role, its parts' labels over what
        // each should hold; no one's story.
        if self.draft_source(draft).iter().any(|l| assigns_role(l)) {
            return Some(
                "a prompt for a chat assistant (it gives the assistant a role), not a story",
            );
        }
        if self.page_for_readers {
            return Some(
                "a sample in a page written for its readers (its front matter says so), not your own story",
            );
        }
        if self.lesson {
            return Some(
                "a sample in a lesson (it opens with what its reader will learn), not your own story",
            );
        }
        // Its parts and notes, read by the rules below.
        let told = draft.told();
        // Whether a heading says the story is the writer's own experience (see
        // [`Self::told_from_own_experience`]): asked by three rules, looked for once.
        let own_told = std::cell::OnceCell::new();
        let told_own = || *own_told.get_or_init(|| self.told_from_own_experience(draft));
        // `[Answered](…) in another post`: a link to where the answer is told, a few
        // words after it, nothing told here.
        if draft.story.written_parts().next().is_none() && links_elsewhere(&told) {
            return Some("a link to an answer told elsewhere, not a story told here");
        }
        if self.within_self_introduction(draft.lines) {
            return Some(
                "a part of the self-introduction around it (from its greeting to its sign-off), not a story",
            );
        }
        // `## 常見追問與回答` (common follow-ups and their answers) over `### Q：…？` and
        // the answer to say: the follow-ups a story draws, with no story told above them
        // to follow up; told in no labelled part, no story of its own.
        let first_line = self
            .lines
            .get(draft.lines.0.saturating_sub(1))
            .map_or("", |l| l.trim_start());
        // `#### 1. Data Ingestion Layer` over `- Configured Kafka topics…`, under `###
        // Project 1: …` and its card (`**Tech Stack:**`, `**Your Role:**`): a layer or
        // a phase of the project written up, its deeds listed, not a story of its own.
        if draft.story.written_parts().next().is_none()
            && draft.story.questions.is_empty()
            && super::details::heading_marks(first_line).is_some()
            && self.under_project_card(draft.lines.0)
        {
            return Some("a part of a project's write-up (a layer or a phase of it), not a story");
        }
        if let Some(depth) = super::details::heading_marks(first_line)
            && followup_heading(first_line[depth..].trim()).is_some()
            && draft.story.written_parts().next().is_none()
            && !draft.story.questions.is_empty()
        {
            return Some("answers to follow-up questions, with no story above to follow up");
        }
        // `**Q1: How did you handle late-arriving data?**` and its answer, under `###
        // Project 1` under `## Anticipated Follow-up Questions`: an answer to a
        // follow-up of the section's, told in no part, not a story of its own.
        if draft.story.written_parts().next().is_none()
            && !draft.story.questions.is_empty()
            && self.under_followups(draft.lines.0)
        {
            return Some(
                "an answer to a follow-up question (a heading above says so), not a story",
            );
        }
        // `## Dive Deep` over `- Dive deep into the problem.`, `- Dive deep into the
        // data.`, …: a list of sentences, three or more, none in the first person and
        // none in the past: what the principle asks, said in commands, no story.
        if draft.story.written_parts().next().is_none() && commands_listed(&told) {
            return Some("what the principle asks, listed in commands, not a story");
        }
        // `## Remember` over `- Be honest…`, `- Keep it brief…`, `- How do I react to
        // failure?…`: the writer's reminders to themselves for the interview, no story.
        if draft.story.written_parts().next().is_none() && advice_listed(&told) {
            return Some("advice to yourself, listed in commands and questions, not a story");
        }
        // `#### Oh that duplicate tab logout issue could be a good story for deep dive.`
        // with nothing under it: a remark the writer made a heading of, a sentence
        // closed by its full stop; no story's name, and nothing told.
        // (Its heading as written: the draft's title is cut short.)
        let heading = heading_line(first_line).unwrap_or("").trim();
        if told.trim().is_empty()
            && draft.story.questions.is_empty()
            && heading.ends_with(['.', '!'])
            && heading.split_whitespace().count() >= 6
        {
            return Some("a remark set as a heading, nothing under it: no story");
        }
        // `<details><summary>Answer</summary>` over `</details>` under a question: the
        // place for an answer, left empty; with its tags taken off, nothing (or the
        // answer's label alone) is said. The question stays the person's own.
        if draft.story.written_parts().next().is_none() && markup_only(&told) {
            return Some(EMPTY_MARKUP);
        }
        // `Reference for Leadership principles:` after the last question, over the links
        // it leads in to: the heading of the notes' sources, no answer.
        if draft.story.written_parts().next().is_none()
            && told
                .lines()
                .map(|l| l.trim().trim_matches(['*', '_']).trim())
                .filter(|l| !l.is_empty())
                .all(leads_to_sources)
            && told.lines().any(|l| leads_to_sources(l.trim()))
        {
            return Some(SOURCES_LEAD);
        }
        // `**"Tell me about a problem you faced."**` over `Use the 3 steps. Small and
        // real is fine.`: a short tip for answering, in commands, nothing that happened.
        if draft.story.written_parts().next().is_none()
            && !draft.story.questions.is_empty()
            && told.split_whitespace().count() <= 30
            && opens_on_command(&told)
            && first_person_events(&told) == 0
            && past_sentences(&told) == 0
        {
            return Some("a tip for answering the question, not a story");
        }
        // In notes that advise their reader, an answer that opens by telling the reader
        // what to do (`Refuse the false choice.`, `Have an answer ready.`, `Ask what
        // the work actually is.`), whatever it quotes after: the guide's advice on the
        // question, not a story.
        if draft.story.written_parts().next().is_none()
            && !draft.story.questions.is_empty()
            && self.advises()
            && told
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .split_terminator(['.', '!', ';', ':'])
                .next()
                .is_some_and(advises_an_act)
        {
            return Some("a tip for answering the question, not a story");
        }
        // `**Q50. Tell me about a bug that took you a long time.**` over `Story 1, with
        // the full narrative.`: an answer that points to a story by its number and
        // tells nothing of its own, a dozen words at most.
        if draft.story.written_parts().next().is_none()
            && !draft.story.questions.is_empty()
            && points_to_numbered_story(&told)
            && first_person_events(&told) == 0
        {
            return Some("a pointer to a story by its number, told elsewhere, not a story");
        }
        // `**Task:** Run N tasks, at most a few at once.` over `**Approach to say out
        // loud:** "I'll spin up workers…"` and a fence of TypeScript: a coding problem
        // and its solution, code and a plan, nothing in them that happened, the writer
        // doing nothing in the past.
        if let Some(code) = self.program_lines(draft.lines) {
            let said: String = (draft.story.written_parts())
                .flat_map(|(_, text)| text.lines())
                .filter(|l| !code.contains(l.trim()))
                .collect::<Vec<_>>()
                .join("\n");
            // (A plan may say "derived" or "elapsed", `…requests derived from the rate
            // limit`: with no sentence opening on a deed and no Result, no one did
            // anything.)
            let no_deed = !said.split(['.', '!', '?', ';', '\n']).any(|sentence| {
                opens_on_deed(sentence.trim_start_matches(|c: char| !c.is_alphanumeric()))
            });
            let planned = no_deed && draft.story.part(Part::Result).trim().is_empty();
            // (Tense is read in English: a telling in a language of another script,
            // `**现象：**` over what a bug did and `**解决：**` over its fix in code, is
            // not judged by it.)
            if !said.trim().is_empty()
                && !phrase_in_other_script(&said)
                && (past_sentences(&said) == 0 || planned)
                && first_person_events(&said) == 0
            {
                return Some(
                    "a coding problem and its solution (a plan and code, nothing that happened), not a story",
                );
            }
        }
        // `[Use a real example.] Structure: situation → my role → what I did →
        // outcome.`: an answer still to write, a note in brackets saying so and how to
        // shape it, nothing told.
        if draft.story.written_parts().next().is_none()
            && opens_on_bracketed_note(&told)
            // (Not one that points to a story told elsewhere, `[Use the scale that
            // drifted story above]`: that story answers the question.)
            && referred_words(told.trim()).is_none()
            && !tells_events(&told)
            && past_sentences(&told) <= 1
        {
            return Some("an answer still to write (a note in brackets says so), not a story");
        }
        // `Chat GPT - I suppose one time I…`: an answer a language model wrote, kept
        // beside the writer's own, not their story.
        if model_answer(&told) {
            return Some("an answer a language model wrote (it says so), not your story");
        }
        // `- **S**: "I deployed a bad config…"` to `- **R**: "…"` in notes that advise
        // their reader: every part a quotation, a guide's sample answer said aloud. (A
        // line on what such an answer should show, `**Goal**: Show humility…`, is the
        // guide's too.)
        // (The notes are read with the parts: a sample set out as a list under no
        // part's label is all notes.)
        let paragraphs: Vec<&str> = (draft.story.written_parts())
            .map(|(_, text)| text)
            .chain([draft.story.notes.as_str()])
            .flat_map(|text| text.split("\n\n"))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        // (A part may keep the label it was given before its quotation, `What went
        // wrong — "I tested…"`, and the parts may be a list of such lines.)
        // (Each quoted item of such a list counts.)
        let quoted: usize = (paragraphs.iter())
            .filter(|p| quoted_aloud(p))
            .map(|p| p.lines().filter(|l| item_body(l).is_some()).count().max(1))
            .sum();
        // (Not under a line that says the story is the person's own, `### **STORY:
        // Memory Leak**`, `**Your Answer:**`: there the quotation is what they will say.)
        // (Nor under a heading that says it is the writer's own experience, `## Example
        // Answer (From My Snap Experience)`.)
        let own_labelled =
            || self.draft_source(draft).iter().any(|l| own_answer_line(l)) || told_own();
        // Around the quotations, what to do (`Don't minimize it. Own it fully.`), what
        // the question is about and how the writer picks (`This is about recovery. I
        // pick a real example.`: nothing in the past; `I own it and explain what I
        // fixed.`: what the writer does more than what they did), or the point of the
        // sample (`The point is that failure didn't paralyze me.`).
        let around = |p: &str| {
            instructs(p) && persons(p).0 == 0
                || commanding_paragraph(p)
                || states_the_point(p)
                || does_as_often(p)
                || past_sentences(&unquoted(p)) == 0 && first_person_events(p) == 0
        };
        if quoted >= 2
            && paragraphs.iter().all(|p| quoted_aloud(p) || around(p))
            && self.advises()
            && !own_labelled()
        {
            return Some("a guide's sample answer (each part a quotation), not your story");
        }
        // `**Examples:**` over a numbered list of questions, each with `- **Answer:**`,
        // in notes that advise their reader: the guide's examples, a first-person
        // answer among them ("At my previous company, we…") as much as the others.
        if self.advises() && self.under_examples_label(draft.lines.0) {
            return Some("a guide's example answer (under its Examples label), not your story");
        }
        // `**Example Answer (STAR):**` over the parts, in notes that advise their reader
        // (what the interviewer looks for, what to avoid): the guide's sample, however
        // it is set (quoted, in a block quote), not the writer's story.
        // (Not one with places left for the writer's own facts among what they did,
        // `**S:** "At Sokrio we had a monolith. [FILL: the real pain]"`: their answer,
        // drafted for them and still to complete.)
        if (draft.lines.0..=draft.lines.1)
            .filter_map(|n| self.lines.get(n.checked_sub(1)?))
            .any(|l| sample_label(l))
            && self.advises()
            && !own_draft_to_fill(&told)
        {
            return Some("a guide's sample answer (so labelled), not your story");
        }
        // `*[adapt to a real example if you have one]*` among a story's first lines,
        // under its name and its facts: a made-up story for the reader to replace,
        // not theirs.
        if self
            .draft_source(draft)
            .iter()
            .take(6)
            .any(|l| to_replace(l))
        {
            return Some("a story the notes say to replace with your own, not yours");
        }
        // `**Principle:** "Ownership"` and nothing told, in notes that leave slots in
        // braces (`{principle}`, `{background}`): a prompt's or a form's example of
        // filling them, not a story.
        if draft.all_text().trim().is_empty()
            && draft.story.questions.is_empty()
            && *self
                .slotted
                .get_or_init(|| self.lines.iter().any(|l| braced_slot(l)))
        {
            return Some("an example of filling a prompt's slots, not a story");
        }
        // `If you have led a hiring loop, add a STAR here. Example template:` over parts
        // labelled and filled: the guide's pattern for a story the reader may add, not
        // one of the writer's.
        if (draft.story.questions.iter().map(String::as_str))
            .chain(draft.story.notes.lines().next())
            .any(introduces_example)
        {
            return Some("an example of a story for the reader to write, not your own");
        }
        // A card whose fields name a principle (`**LP**: Dive Deep`) over scores, advice
        // and a checklist, no part labelled, nobody speaking as "I" or "we" in any
        // language and nothing said to have happened: a review of a story told
        // elsewhere, not the story.
        if self.section.as_ref().is_some_and(|s| s.card)
            && draft.story.written_parts().next().is_none()
            && draft.story.questions.is_empty()
            && draft.story.followups.is_empty()
            && persons(&told).0 == 0
            && !tells_events(&told)
            && past_sentences(&told) < 2
        {
            return Some("a card that reviews a story told elsewhere, telling none");
        }
        // A heading that is only a label ("Story:", "S T A R") with nothing under it is
        // an empty template; one that names stories in the plural ("STAR Pattern
        // Examples", "My stories") heads a group of them. Neither is a story.
        // (A remark beside the heading, `(with real questions)`, tells nothing.)
        let notes = draft.story.notes.trim();
        let told_nothing = draft.story.written_parts().next().is_none()
            && draft.story.followups.is_empty()
            && (notes.is_empty() || remark(notes));
        if told_nothing && draft.story.questions.is_empty() {
            if empty_template(&draft.story.title) {
                return Some("an empty template (a label with nothing after it), not a story");
            }
            if heads_stories(&draft.story.title) {
                return Some("a heading over stories, not a story");
            }
            // `## Likely Questions` with only its questions' own sections under it.
            if names_questions(&draft.story.title) {
                return Some("a heading over questions, not a story");
            }
        }
        // `## Likely Questions`, `## Amazon Rubric Self-Check` in notes that head each
        // story with a story's label (`## Primary Story: NAME`) at that level: another
        // of the notes' sections, not a story.
        // (One told in labelled parts, `### Option 2 — RBAC gap` over `**Situation:**`
        // to `**Result:**`, is a story, whatever its heading's word.)
        // (A draft begun by a paragraph, `**Cons:**` under `### Option B`, is read by
        // the heading it sits under.)
        if draft.story.written_parts().count() < 2
            && let Some(heading) = self
                .heading_before(draft.lines.0 + 1)
                .and_then(|n| self.lines.get(n - 1))
            && let Some(depth) = super::details::heading_marks(heading.trim_start())
            && self.story_levels().iter().any(|&level| depth <= level)
            // (Beyond a heading at the stories' own level, an answer under a question,
            // `**Q: …**` in a section of short answers, is still one.)
            && (self.story_levels().contains(&depth)
                && self.lines.get(draft.lines.0.wrapping_sub(1)) == Some(heading)
                || draft.story.questions.is_empty())
        {
            let text = &heading.trim_start()[depth..];
            let bare = bare_question(text);
            if !heads_a_story(text)
                && heading_label(text).is_none()
                && !is_question(&bare)
                && !asks_for_story(&bare)
                && heading_principles(text, self.set).is_empty()
            {
                return Some("a section of notes that head each story with its label, not a story");
            }
        }
        // `Calm under pressure, debugging approach, prevention.` under a question: what
        // the answer should show, three short phrases or more, nothing that happened.
        if draft.story.written_parts().next().is_none()
            && !draft.story.questions.is_empty()
            && qualities_listed(&told)
        {
            return Some("what the answer should show (a list of qualities), not a story");
        }
        // `Your notes:` over lines of underscores, `______`: a worksheet's blank left for
        // the writer's words, in a story that tells nothing of theirs yet.
        // (A story told in its parts, two or more with text beside any blank, that say
        // what happened, keeps its blank for a date it was rehearsed: `- [ ] Date:
        // ______`.)
        let told_in_parts = || {
            let filled: Vec<&str> = Part::ALL
                .into_iter()
                .map(|p| draft.story.part(p))
                .filter(|t| t.lines().any(|l| !l.trim().is_empty() && !blank_to_fill(l)))
                .collect();
            filled.len() >= 2 && past_sentences(&filled.join("\n")) >= 2
        };
        if told.lines().any(blank_to_fill)
            && !(own_account(&told) && tells_events(&told))
            && !told_in_parts()
        {
            return Some("a worksheet with blanks to fill in, not a story yet");
        }
        // `| Question Theme | Go-To Story |` and rows under it, nothing else: a table to
        // look up which story answers what, not a story.
        if draft.story.written_parts().next().is_none()
            && draft.story.followups.is_empty()
            && looks_stories_up(notes)
        {
            return Some("a table to look stories up by question, not a story");
        }
        // `### Story 1 archetype: Scaling throughput`, `Story template: …`, `## Story
        // worksheet`: a guide's pattern for a story, or its form, to fill with the
        // reader's own, not theirs.
        // (Not a story its writer tells of their own deeds, `I added the currency to
        // the email templates…`, under a name that holds the word for what they built.)
        // (Nor one whose Action or Result holds the word, `A: Built a company-wide
        // service template…` under `### Service template`: the thing the writer built.)
        let built = |word: &str| {
            [Part::Action, Part::Result]
                .into_iter()
                .any(|p| plain_words(draft.story.part(p)).iter().any(|w| w == word))
        };
        if plain_words(&draft.story.title).iter().any(|w| {
            matches!(
                w.as_str(),
                "archetype" | "archetypes" | "template" | "templates" | "worksheet" | "worksheets"
            ) && (slotted(&told) || !built(w))
        }) && !(own_account(&told) && tells_events(&told) && !slotted(&told))
        {
            return Some("a guide's template for a story (an archetype), not your own");
        }
        // `### **1. Situation (30 seconds)**` under `## 🎯 Template for Your Own Answer`:
        // a section of the template, what each part should hold, nothing told.
        if self.template_heading()
            && self.parent_heading(draft.lines.0).is_some_and(|h| {
                plain_words(h)
                    .iter()
                    .any(|w| w == "template" || w == "templates")
            })
            && !(own_account(&told) && tells_events(&told))
        {
            return Some("a section of a template for the reader's answer, not a story");
        }
        // `### Example` under `## STAR Method`: the guide's illustration of how to
        // answer, not a story of the writer's. (Under a principle's heading, the
        // writer's own example is theirs.)
        if sample_title(&draft.story.title) && self.under_answering(draft.lines.0) {
            return Some("an example under a heading on how to answer, not your own story");
        }
        // `* Ownership` under `#### Tell me about a time you failed:`: a principle's
        // name and nothing else, one the question above calls on, no story.
        if draft.story.written_parts().next().is_none()
            && draft.story.followups.is_empty()
            && self
                .set
                .resolve(notes.trim_start_matches(['-', '*', '+', ' ']))
                .is_some()
        {
            return Some("a principle's name alone (one the question calls on), not a story");
        }
        // `2)` with nothing after it: a number left for a story not written, no story.
        if draft.story.questions.is_empty()
            && !told.trim().is_empty()
            && told
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace() || ".)-*+".contains(c))
        {
            return Some("an empty item (a number with nothing after it), not a story");
        }
        // `Last project was` under its question: an answer begun and left, its last
        // word one no phrase ends with. No story yet.
        if unfinished(&told) {
            return Some(UNFINISHED);
        }
        // `6/16`, `2021-06-16`, `June 2021` alone: when something happened, no story.
        if draft.story.questions.is_empty() && date_alone(&told) {
            return Some("a date alone, not a story");
        }
        // A story's card in which the writer says "I" (`I reframed it as…`) is theirs,
        // though they note to themselves in "you" (`confirm what you shipped`).
        if self.section.as_ref().is_some_and(|s| s.card) && alone_twice(&draft.told()) {
            return None;
        }
        let parts: Vec<&str> = Part::ALL
            .iter()
            .map(|p| draft.story.part(*p).trim())
            .filter(|t| !t.is_empty())
            .collect();
        // `### Situation` `[Example: During my role at Company X…]`: a template whose
        // title or every part is an example in brackets, for the person's own words.
        let bracketed = |t: &str| t.starts_with('[') && t.ends_with(']');
        // (A part may be a list of such examples too, each item a slot in brackets
        // with a word or three beside it at most: `- Closed $[amount] deal`, `-
        // Learning: [Key takeaway]`; or a label of the template's own alone on its
        // line, `**Why it fits:**`, over the next slot. `a[0]` in a sentence is no
        // slot, nor is a terminal's escape.)
        let slots = |t: &str| {
            bracketed(t)
                || !t.trim().is_empty()
                    && t.lines().filter(|l| !l.trim().is_empty()).all(|line| {
                        let line = line.trim().trim_start_matches(['-', '*', '+']).trim();
                        let mut outside = String::new();
                        let mut depth = 0usize;
                        let mut closed = 0usize;
                        // (A slot says what goes in it, in words: `[amount]`, not `[0]`.)
                        let mut letters = 0usize;
                        for c in line.chars() {
                            match c {
                                '[' => depth += 1,
                                ']' if depth > 0 => {
                                    depth -= 1;
                                    if letters >= 3 {
                                        closed += 1;
                                    }
                                    letters = 0;
                                }
                                _ if depth == 0 => outside.push(c),
                                _ => letters += usize::from(c.is_alphabetic()),
                            }
                        }
                        let words = outside.split_whitespace().count();
                        let label = outside.trim_matches(['*', '_', ' ']).ends_with(':');
                        // (Or a field with a blank to fill, `**Confidence score:** /5`:
                        // no letter after its colon.)
                        let blank = outside
                            .split_once(':')
                            .is_some_and(|(_, value)| !value.chars().any(char::is_alphabetic));
                        (closed > 0 || label || blank) && words <= 3
                    })
        };
        // The title as written: cut short, it is whole in the notes' first line.
        let title = draft.story.title.trim();
        let full = draft.story.notes.lines().next().unwrap_or("").trim();
        let title_bracketed = bracketed(title)
            || title.starts_with('[') && bracketed(full) && full.starts_with(title);
        // (A title in brackets is a slot whatever is under it: `## Story 2: [Topic]`
        // over "...".)
        // (With no part labelled, its text may be the slots: `**As a** [user type],` /
        // `**I want** [goal],` / `**so that** [benefit].`)
        let notes_slotted = parts.is_empty()
            && draft.story.questions.is_empty()
            && draft.story.notes.contains('[')
            && slots(draft.story.notes.trim());
        // (A part left as `...` beside slots is one more: `**Situation:** ...` over
        // `**Action:** [the version the user can defend]`.)
        let all_slots = !parts.is_empty()
            && parts.iter().all(|t| slots(t) || placeholder(t))
            && parts.iter().any(|t| slots(t));
        // (So is a section under a heading that leaves a slot for its name, `###
        // Mentoring Relationship: [Mentee Name/Role]` over `#### Outcomes & Impact`:
        // what the reader would write there.)
        let under_slot = self.heading_over(draft.lines.0).is_some_and(slot_heading)
            || draft
                .lines
                .0
                .checked_sub(1)
                .and_then(|i| self.lines.get(i))
                .and_then(|l| heading_line(l))
                .is_some_and(slot_heading);
        // (Or labels, with remarks of any length, over slots and nothing else:
        // `**Result (real or clearly marked estimate):** [FILL IN]`, `**The hard
        // part:** [FILL IN]`: see `only_slots`.)
        let labelled_slots = only_slots(&draft.told());
        // (Or a story's sentences with its places left blank in brackets, said in words
        // of what goes there: `In [project/company], [N] days before [release], I found
        // [bug]…`, `I was responsible for [role].`, or a part that is a slot alone,
        // `[Lesson].` A form to fill, three parts or more of it with a blank, at most one
        // part without.)
        let with_blanks = parts
            .iter()
            .filter(|t| blanks_in_brackets(t) > 0 || slots(t))
            .count();
        let sentences_to_fill = with_blanks >= 3 && with_blanks + 1 >= parts.len();
        if title_bracketed
            || all_slots
            || notes_slotted
            || under_slot
            || labelled_slots
            || sentences_to_fill
        {
            return Some("a template: its parts are examples in brackets, not a story");
        }
        // `Sure, there was a time when [describe the situation briefly]. I handled it by
        // [explain the steps you took].`: an answer's frame, its places left in brackets
        // with what to put there, one of them said to the reader or naming a part of
        // the story; an example after it is the guide's.
        if draft.story.written_parts().next().is_none()
            && blanks_in_brackets(&told) >= 2
            && slot_for_reader(&told)
        {
            return Some(
                "an answer's frame with places in brackets saying what to write, not a story",
            );
        }
        // `story 17: (self criticize, and make improvements)` over `situation: boss is
        // OK with GUI…` and `action: use one single approach…`: a paragraph the writer
        // counts as a story and tells in two of its parts or more is one, however tersely
        // and in whatever tense.
        // (Not in notes that say their stories are a guide's or a model's, nor one
        // told of someone else: those are read as below.)
        if (self.lines.get(draft.lines.0.wrapping_sub(1)))
            .is_some_and(|line| story_label_line(line.trim()))
            && parts.len() >= 2
            && !to_reader(&told)
            && !self.templates()
            && !self.generated()
            && self.subject.is_none()
        {
            let text = draft.all_text();
            if !told_of_another(&text, draft.story.part(Part::Action)) && !reports_another(&text) {
                return None;
            }
        }
        // `### Failure / Recovery` under `## STAR Stories to Prepare`, its parts what
        // such a story would hold (`Production incident or system failure`, `Debugging
        // process, rollback strategy, communication`): a kind of story still to
        // prepare, nobody's and nothing that happened.
        if parts.len() >= 3
            && parts.iter().all(|t| says_what_kind(t))
            && self
                .heading_over(draft.lines.0)
                .is_some_and(stories_to_prepare)
        {
            return Some("a kind of story to prepare (what its parts would hold), not a story");
        }
        // "This is the hub for my case studies…; these files tell…": the writer on the
        // notes themselves, nothing else told beside it in the first person.
        if parts.is_empty() {
            let paragraphs: Vec<&str> = draft
                .story
                .notes
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            if let Some(at) = paragraphs.iter().position(|p| about_these_notes(p))
                && paragraphs
                    .iter()
                    .enumerate()
                    .all(|(i, p)| i == at || first_person_events(&unquoted(p)) == 0)
            {
                return Some("the writer on the notes themselves, not a story");
            }
        }
        // `Bias for Action: Speed matters in business. … We value calculated risk
        // taking.`: a principle's name, a colon, and what it means, in which nothing
        // happened: the principle's description, wherever it stands.
        if parts.is_empty()
            && !draft.story.notes.trim().contains("\n\n")
            && draft
                .story
                .notes
                .trim()
                .split_once([':', '：'])
                .is_some_and(|(name, _)| {
                    principle_led(name, self.set).is_some_and(|(_, whole)| whole)
                })
            && events_told(&draft.story.notes) <= 1
            && !did_i(&draft.story.notes)
            && !did_we(&draft.story.notes)
            // (Not the writer speaking, `Dive Deep: I look for those who…`.)
            && !words_of(&draft.story.notes)
                .iter()
                .any(|w| matches!(w.as_str(), "i" | "me" | "my" | "mine" | "i'm" | "i've"))
        {
            return Some("the principle's definition, not a story");
        }
        // `Sandra Burns` and `Leadership Principle Worksheet` over "This worksheet was
        // designed to share…": the notes' title block (their writer's name, their
        // title), above the paragraph that says what the notes are.
        if parts.is_empty() && self.title_block(draft) {
            return Some("the notes' title or their writer's name, over what they say they are");
        }
        // `### Story 2: Production incident` over `- [ ] Drafted`, `- [ ] Practiced`: a
        // checklist of what is still to do for a story not written yet.
        let checklist = || {
            draft
                .story
                .notes
                .lines()
                .filter(|l| !l.trim().is_empty())
                .all(|l| {
                    let item = l.trim().trim_start_matches(['-', '*', '+']).trim_start();
                    item.starts_with("[ ]")
                    || item.starts_with("[x]")
                    || item.starts_with("[X]")
                    // (The heading's remark, `(Trade-offs)`, kept in the notes.)
                    || remark(l)
                })
        };
        if parts.is_empty() && draft.story.notes.contains("[ ]") && checklist() {
            return Some("a checklist of what is still to do, not a story");
        }
        // A list of terms, each in bold with a short gloss and nothing that happened
        // (`- **Data Integrity**: Ensuring customer data safety`): topics, not a story.
        // (Not under a heading that labels a case by its number, `#### Case 4 - NAME`,
        // over its fields: `- **Tema:** …`, `- **Métricas:** …`, a case summed up.)
        let case_heading = self
            .lines
            .get(draft.lines.0.wrapping_sub(1))
            .and_then(|l| heading_line(l))
            .is_some_and(numbered_case);
        if parts.is_empty() && !case_heading && glossary(&draft.story.notes, self.set) {
            return Some("a list of terms with a gloss each, not a story");
        }
        // A list that sets each wording beside another with an arrow (`*I think
        // that's basically it* ➞ I guess these are the main points`): drills in how
        // to say something, not a story.
        if parts.is_empty() && rephrasings(&draft.story.notes) {
            return Some("a list of wordings each rewritten after an arrow: drills, not a story");
        }
        // A table that sets a weak wording beside a strong one (`| Weak | Strong |`,
        // `| 弱 | 强 |`): advice on how to phrase an answer, not a story.
        if parts.is_empty() && contrast_table(&draft.story.notes) {
            return Some("a table of weak and strong wordings: advice, not a story");
        }
        // Every part an instruction (`Situation: include business context`, `Result:
        // show measurable impact`): a guide to what each part holds, not a story. So
        // are parts that ask the reader, in any language, each with an example after
        // its question (`Task: What was your task? ("I had to find a spare.")`): of
        // three parts or more, one may set the scene in words of its own.
        // (`A - Action: Specific steps taken`, `R - Result: The outcome of actions`:
        // the label said again in other words counts as telling what a part holds.)
        // (A part whose first line asks, then told at length below it in the
        // writer's own deeds, `*Use this when they ask: "What problem…?"*` over "I
        // started this project because…", is told: the question says when to tell it.)
        let told_below = |t: &str| {
            t.trim()
                .split_once('\n')
                .is_some_and(|(_, below)| first_person_events(below) >= 2)
        };
        let prompted = parts
            .iter()
            .filter(|t| (instructs(t) || asks_first(t) || glosses_part(t)) && !told_below(t))
            .count();
        if parts.len() >= 2 && parts.iter().all(|t| instructs(t))
            || parts.len() >= 3 && prompted + 1 >= parts.len()
        {
            return Some("what each part of an answer should hold, not a story");
        }
        // Every part in quotation marks: someone else's words, a sample answer, in
        // notes that give their reader advice or under a heading that says example.
        // Notes that only ask and answer quote the writer's own words, as said aloud.
        // (In italics, `*"…"*`, the emphasis marks around the quotation are the
        // writer's layout.)
        let quoted = |t: &str| {
            let t = t.trim().trim_matches(['*', '_']);
            t.chars().count() > 1 && t.starts_with(['“', '"']) && t.ends_with(['”', '"'])
        };
        // (Not under a label that says the answer is the person's own, `**Your
        // Answer:**`: there the quotation is what they will say.)
        let source = self.draft_source(draft);
        // (Nor under a heading that only names the person's telling for interviews,
        // `## Interview Narrative`.)
        // (Nor under one that says the example is the writer's own, `## Example Answer
        // (From My Snap Experience)`: a post that tells its reader the writer's story.)
        // (The heading over the parts' headings counts: `## Example Answer (From My
        // Snap Experience)` over `### Situation`.)
        let own_experience = told_own();
        let own_labelled = own_experience
            || source
                .iter()
                .any(|l| own_answer_line(l) || heading_line(l).is_some_and(names_own_telling));
        let sample = || {
            self.advises() && !own_labelled
                || plain_words(&draft.story.title)
                    .iter()
                    .any(|w| matches!(w.as_str(), "example" | "sample" | "model" | "worked"))
                    && !own_experience
        };
        if !parts.is_empty() && parts.iter().all(|t| quoted(t)) && sample() {
            return Some("a sample answer in quotation marks, not your own story");
        }
        // `### ✅ Depois (Estruturação STAR)` right after `### ❌ Antes (Divagando)`, in
        // quotation marks: a telling done well set beside the same one done badly, a
        // guide's demonstration, both halves.
        let all_quoted = if parts.is_empty() {
            quoted(notes)
        } else {
            parts.iter().all(|t| quoted(t))
        };
        if all_quoted && self.in_contrast(draft.lines.0) {
            return Some(
                "a worse and a better telling set side by side: a guide's example, not your story",
            );
        }
        // `Before we take a look at a sample response…` over `“One evening, at the
        // change of shift, I…”`: the story only in the quotation, which the text
        // around it calls a sample.
        if parts.is_empty()
            && !self.answers_made_for_reader()
            && quotes_a_sample(&draft.story.notes)
        {
            return Some("a sample answer in quotation marks, not your own story");
        }
        // … or a paragraph of its own, wholly quoted, under the paragraph that says so.
        if parts.is_empty()
            && !self.answers_made_for_reader()
            && is_quoted(&draft.story.notes.replace("\n\n", " "))
        {
            let mut above: Vec<&str> = self.lines
                [..draft.lines.0.saturating_sub(1).min(self.lines.len())]
                .iter()
                .rev()
                // (A few lines back at most: the paragraph right above.)
                .take(64)
                .skip_while(|l| l.trim().is_empty())
                .take_while(|l| !l.trim().is_empty())
                .copied()
                .collect();
            above.reverse();
            let quoted = draft.story.notes.trim();
            if !above.is_empty() && quotes_a_sample(&format!("{}\n\n{quoted}", above.join("\n"))) {
                return Some("a sample answer in quotation marks, not your own story");
            }
        }
        // No parts, and the notes wholly one quotation (“I canceled the whole
        // thing…”), in notes that advise or under a heading that says example:
        // someone's answer quoted, as a guide quotes one. (Notes that advise no one
        // quote the writer's own words, as said aloud.)
        if parts.is_empty()
            && quoted(draft.story.notes.trim())
            && !draft.story.notes.contains("\n\n")
            && sample()
        {
            return Some("a sample answer in quotation marks, not your own story");
        }
        // Advice that speaks to the reader ("If you're an owner, would you be
        // embarrassed…", "When you're asked for ideas, you should…") more than the
        // writer speaks of themselves alone: a guide's words, not a story.
        // A story that explains its product in "you" ("you need shapefiles…") while the
        // writer tells what they and their team did ("I wrote a job", "we grew to 50")
        // is theirs.
        // (Nor is an answer under the interviewer's question in which the writer tells
        // what they did, its "you" explaining a tool: "Why I chose Elastic search? … When
        // you use ElasticSearch, you provide a query…".)
        let notes = &draft.story.notes;
        // (In a numbered entry of the writer's story bank, the questions the writer puts
        // to themselves, `*Sharpen: what did you decide?*`, speak to no reader.)
        let banked = self.banked_entry(draft.lines.0);
        let stated = if banked {
            without_own_questions(notes)
        } else {
            notes.clone()
        };
        // (Nor is an entry under its own heading beneath a heading of the writer's bank
        // of stories: `### Build a STAR story bank` over `| Story ID | What happened |
        // LPs it covers |`, each row read as a section, though it reminds the writer in
        // "you": "When you cut API response times 30 %…".)
        let bank_row = (self.lines.get(draft.lines.0.wrapping_sub(1)))
            .is_some_and(|l| heading_line(l).is_some())
            && self.under_story_bank(draft.lines.0);
        // (Nor is the person's own story written up for them in "you": "you believed
        // your approach covered all cases… You owned the gap".)
        let written_to_reader = !bank_row && speaks_to_reader(&stated);
        if parts.is_empty()
            && !notes.is_empty()
            && written_to_reader
            && !(own_account(notes) && tells_events(notes))
            && !(told_to_you(notes) || narrated_to_you(notes))
            && !(!draft.story.questions.is_empty()
                && first_person_events(notes) > 0
                && !counsels(notes))
        {
            return Some("advice to the reader, not a story");
        }
        // `**Scenario:** You find a major bug in production… **Question:** Rank the
        // following actions…`: a case put to the reader, as a work-style survey puts
        // it, the writer nowhere in it and nothing that happened.
        if parts.is_empty()
            && puts_case_to_reader(&format!("{}\n{notes}", draft.story.questions.join("\n")))
        {
            return Some("a case put to the reader, not a story");
        }
        // A guide's template filled with instructions (`- Action: name the customer
        // research you did personally. Show you went to the source.`): parts that speak
        // to the reader, and the writer nowhere in them.
        // (Not counting what the writer learned, which may speak to "you" as a lesson
        // does: "Know what you gave up, not just what you gained.")
        let instructed = [Part::Situation, Part::Task, Part::Action, Part::Result]
            .map(|p| draft.story.part(p))
            .join("\n")
            + "\n"
            + &draft.story.notes;
        let done = [Part::Action, Part::Result]
            .map(|p| draft.story.part(p))
            .join("\n");
        // (An Action that tells three deeds with no "you" in it is the writer's, though
        // a lesson after the Result speaks to "you": "When you reduce friction you…".)
        // (Questions asked in the story, `what's your timeline?` put to a client in
        // the Action, speak to no reader: see `unasked`.)
        if !parts.is_empty()
            && speaks_to_reader(&unasked(&instructed))
            && persons(&instructed).0 == 0
            && !told_to_you(&format!("{}\n{instructed}", draft.story.notes))
            && !narrated_to_you(&instructed)
            && !tells_deeds(&done)
            && !tells_deeds(draft.story.part(Part::Action))
        {
            return Some("advice to the reader, not a story");
        }
        // A story's labels over a plan for an answer: an Action of commands ("Name the
        // gap first. Pivot to the closest evidence. Close with a small public repo.")
        // and nowhere the writer telling what they did, outside the lines to be said.
        let scene_to_result = [Part::Situation, Part::Task, Part::Action, Part::Result]
            .map(|p| draft.story.part(p))
            .join("\n");
        if parts.len() >= 3
            && plans_steps(draft.story.part(Part::Action))
            && first_person_events(&unquoted(&scene_to_result)) == 0
            && !tells_deeds(&done)
        {
            return Some(
                "steps to take, in commands, with nothing that happened: a plan for an answer, not a story",
            );
        }
        // In notes that advise their reader, a note that speaks to the reader ("Bonus
        // for borrowing an idea from outside your team") and never of the writer is the
        // guide's.
        // (A reminder answering the interviewer's question, "checksum to the password…
        // and trigger reset your password email", is the writer's, whatever it names.)
        let reminder = !draft.story.questions.is_empty()
            && !notes.trim().contains('\n')
            && reminder_item(notes.trim());
        // (So is, in such notes, one that opens on a command and says nothing of the
        // writer: `Prepare **2 stories per category**.`)
        if parts.is_empty()
            && self.advises()
            && !reminder
            && !bank_row
            && !told_to_you(notes)
            && !narrated_to_you(notes)
            && {
                let (writer, reader) = persons(&stated);
                writer == 0
                    && (reader >= 1
                        || stated
                            .lines()
                            .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('('))
                            .is_some_and(|l| opens_on_command(&l.replace('*', ""))))
            }
        {
            return Some("advice to the reader, not a story");
        }
        // `Bad answer:` over `- External blame`, `Hit these points:` over `- Missing
        // info`: labels of a guide's, each over a few short points, nobody in them; in
        // notes that advise their reader, what an answer should hold, no story.
        if parts.is_empty() && self.advises() && points_under_labels(notes) {
            return Some("points an answer should hold, under a guide's labels, not a story");
        }
        // `- “I decided…”`, `- “The tradeoff was…”`: openings of sentences to borrow,
        // each quoted and left to finish; no story.
        if parts.is_empty() && quoted_openings(notes) {
            return Some("openings of sentences to borrow when answering, not a story");
        }
        // `Be honest` under a principle: how to be, a motto, not a story. (In notes
        // that advise their reader, read as their advice above.)
        if parts.is_empty() && motto(notes.trim()) {
            return Some("a motto (how to be), not a story");
        }
        // `* Prioritize customers`, `* Think long term…` under a principle the notes
        // name, with no question: the principle's gist in the writer's commands. (In
        // notes that advise their reader, read as their advice above.)
        if parts.is_empty()
            && draft.story.questions.is_empty()
            && self
                .section
                .as_ref()
                .is_some_and(|s| !s.guessed && !s.principle_guessed)
            && gist_in_commands(notes)
        {
            return Some("the principle's gist, in commands (how to act), not a story");
        }
        // `Skill recently learned: rock climbing, graph databases, meditating, …`: a
        // list of things, no story.
        if parts.is_empty() && lists_things(notes) {
            return Some("a list of things after a label, not a story");
        }
        // "Excellent — this is a very strong case study. It shows your ownership.": a
        // comment on an answer (a coach's, a model's), in which nothing happens.
        // `## Technical Talking Points`, `## Metrics to Quote` after the story told in
        // STAR: points on it, a label and what a thing is each (`**Architecture:**
        // Active-passive across…`, `**Traffic RTO:** seconds…`), in which no one does
        // anything and one thing at most happens; no story of their own.
        if parts.is_empty()
            && labelled_points(notes)
            && first_person_events(notes) == 0
            && events_told(notes) <= 1
        {
            return Some(
                "points, each a label and what a thing is, in which nothing happens: not a story",
            );
        }
        // `我的工作方式是先定义…` ("my way of working is to first define…"), `我擅长…`
        // ("I am good at…"): how the writer works or what they are like, in Chinese,
        // with nothing told as past; no story.
        if parts.is_empty() && cjk_ways(notes) {
            return Some(GENERAL);
        }
        // `**Why this answer?**` (`**왜 이 답변?**`) over a list after the answer: why
        // the answer above works, a comment on it, asked of no one.
        if parts.is_empty()
            && !draft.story.questions.is_empty()
            && draft.story.questions.iter().all(|q| asks_why_the_answer(q))
        {
            return Some("a comment on the answer above, not a story");
        }
        if parts.is_empty() && !notes.is_empty() && comments_on_answer(notes) {
            return Some("a comment on an answer, not a story");
        }
        // "This hasn't happened to me yet, and honestly, I hope it won't": the writer
        // says they have no such story, and tells none.
        if parts.is_empty() && not_happened(notes) && first_person_events(notes) == 0 {
            return Some(NOT_YET);
        }
        // "I think the best developers have the big picture in mind.", "Amazon is
        // huge.": the writer's view, in which nothing happened; under no question.
        // (Not one the writer gave as their answer for a principle named in bold
        // before it, `- **Frugality**: The whole system runs on a laptop…`, nor one
        // they labelled a case of their own, `case 2` over "USL, this project is a
        // little hurry… we reduce the process time to 2 min", told in the present.)
        let answers_principle = self
            .lines
            .get(draft.lines.0.saturating_sub(1))
            .is_some_and(|l| {
                principle_item(&strip_marker(l), self.set).is_some()
                    || case_label(l).is_some_and(|(_, rest)| rest.trim().is_empty())
            });
        // (Nor a numbered entry of the writer's story bank, `### 8. Andela mentorship`
        // over "Likely merges into #5": the story is named; the note is on it.)
        if parts.is_empty()
            && draft.story.questions.is_empty()
            && draft.story.followups.is_empty()
            && !answers_principle
            && !banked
            && gives_view(notes)
        {
            return Some("the writer's view, not a story: nothing in it happened");
        }
        // `先介绍背景,别人对你哪里不满意了…` under a question, in notes whose stories are told
        // in English: how to answer it, in another language, nothing the writer did.
        // (A line mapping it to principles by their English names, `→ 对应的是 earn
        // trust`, is set aside first.)
        let unmapped: String = notes
            .lines()
            .filter(|l| arrow_names(l, self.set).is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if parts.is_empty()
            && mostly_other_script(&unmapped)
            && !tells_events(&unmapped)
            && self.tells_in_latin()
        {
            return Some("a note in another language on how to answer, not a story");
        }
        // `## 8. "What's your experience with Machine Learning?"` over a paragraph: a
        // summary of what the writer has done, asked for as one, not a story.
        if parts.is_empty()
            && draft
                .story
                .questions
                .last()
                .is_some_and(|q| asks_experience(q))
        {
            return Some("a summary of your experience, asked for as one, not a story");
        }
        // "I try to be very clear about scope. On the perception project, … On the
        // mapping project, … On the welding project, …": one project after another, a
        // sentence each, under a question that asks for no story.
        if parts.is_empty()
            && surveys_places(notes)
            && !draft
                .story
                .questions
                .iter()
                .any(|q| asks_for_story(q) || is_prompt(q))
        {
            return Some("a survey of your work, a place or project a sentence, not a story");
        }
        // `##### Why Amazon?` over "I'm drawn to Amazon for its…": why the writer wants
        // the job, asked of them; their reasons, in which they did nothing.
        if parts.is_empty()
            && draft.story.questions.last().is_some_and(|q| asks_motive(q))
            && first_person_events(notes) == 0
        {
            return Some("why you want the job (your reasons), not a story");
        }
        // `**Q:** Tell me…` over `**Framework:**`, the sample under it skipped: the
        // question, and the sample's label.
        if parts.is_empty()
            && !draft.story.questions.is_empty()
            && notes
                .trim()
                .trim_matches(['*', '_'])
                .trim()
                .strip_suffix(':')
                .is_some_and(|l| sample_heading(l.trim_matches(['*', '_'])))
            && self.advises()
        {
            return Some(SAMPLE);
        }
        // `### Tell me about a time you had to change priorities…`, then only `>
        // 调整工作优先级…`: the question in the writer's language, quoted, in which no
        // one speaks of themselves; not an answer. (Three things told done in it, in a
        // language that leaves the doer out, `…해결했습니다`, are an answer.)
        if parts.is_empty()
            && !draft.story.questions.is_empty()
            && mostly_other_script(notes)
            && writer_in_cjk(notes) == 0
            && !speaks_of_self(notes)
            && events_told(notes) < 3
            && self.quoted_only(draft.lines)
        {
            return Some(GLOSS);
        }
        // "Not sure what to say about this", "TBD": the writer has no answer yet.
        if parts.is_empty() && (no_answer_yet(notes) || to_do_note(notes)) {
            return Some(NOT_YET);
        }
        // `Dive Deep: I look for those who investigate…`, `…data points that show the
        // candidate seeking…`: what an interviewer looks for in people, said in the
        // present ("I look for"), and nothing the writer did: not a story. ("Interviewed
        // 40 candidates, built the rubric" is a reminder of one.)
        if parts.is_empty()
            && judges_people(notes)
            && !prompted_outline(notes)
            && first_person_events(notes) == 0
            && first_person_present(notes) > 0
        {
            return Some("what interviewers look for in a candidate, not a story");
        }
        // "- I am a positive person… - I can explain pure tech stuff in easy language":
        // what the writer is and can do, and nothing that happened; no story.
        if parts.is_empty() && says_what_i_am(notes) {
            return Some(GENERAL);
        }
        // "My team would likely highlight my strengths in…", "One area my team might
        // mention as a weakness is…": an answer that opens on the writer's strengths or
        // weaknesses speaks of them, whatever it cites on the way.
        if parts.is_empty() && opens_on_qualities(notes) {
            return Some(GENERAL);
        }
        // Under a heading that names no principle, what is not a story of the writer's
        // own (an answer about themselves, advice) is not a draft.
        let told = draft.all_text();
        // An answer wholly in quotation marks, in notes that advise no one and under no
        // heading that says example, is the writer's own words, as said aloud: read
        // without the marks.
        let notes_said = draft.story.notes.trim();
        let told = if parts.is_empty() && quoted(notes_said) && !sample() {
            told.replacen(notes_said, &notes_said.replace(['"', '“', '”'], ""), 1)
        } else {
            told
        };
        // Its parts and notes, without its title and questions.
        let body = draft.told();
        // Whether a question of the draft asks for a story ("Tell me about a time…", "a
        // failure and what you learnt from it").
        let asks_story = draft
            .story
            .questions
            .iter()
            .any(|q| asks_for_story(q) || is_prompt(q));
        // A short reminder answering a prompt that asks for a story is that story, as
        // under a heading that asks.
        let reminder = own_example(&body)
            || told.split_whitespace().count() <= 30
                && !body.trim().is_empty()
                && !to_reader(&told)
                && !is_question(told.trim())
                // (Or a heading that names the kind of story, `### failure`.)
                && (asks_story || names_a_theme(&draft.story.title));
        // An answer to a question that asks for a story, told in notes' shorthand with
        // "I" left out but the tense kept ("Profiled it… Rewrote the export… Also
        // added caching"), three sentences or more of what happened, not to the reader:
        // that story.
        let past_answer = asks_story && !to_reader(&told) && past_sentences(&body) >= 3;
        // (Or a story's fragments under its name, a list item each: see
        // `fragments_told`.)
        // (Or a line of them set apart by dashes, under a question that asks for a
        // story: see `dashed_fragments_told`.)
        let reminder = reminder
            || past_answer
            || parts.is_empty() && fragments_told(notes)
            || parts.is_empty() && asks_story && dashed_fragments_told(notes)
            // (Or told under the writer's own prompts: see `prompted_outline`.)
            || parts.is_empty() && prompted_outline(notes);
        // An answer told in labelled parts that recalls what happened ("Situation: my
        // contract was cut short… Action: I applied…") is a story, though its question
        // asks about the person ("Why did you choose this career?").
        // Or told in notes' shorthand, "I" left out ("Started by investigating the
        // backlog… Rolled the tool out…").
        // Or an Action that opens on a deed and tells another ("Built the app from
        // nothing, then joined a start-up as its first engineer"), in parts that set a
        // scene and say what came of it.
        let action = unquoted(draft.story.part(Part::Action));
        // (A verb with its prefix, "Co-founded", "Re-ran", is the verb.)
        let opens_on_deed = action
            .split_whitespace()
            .next()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .is_some_and(|w| w.rsplit('-').next().is_some_and(past));
        let recalls_deeds = parts.len() >= 3
            && opens_on_deed
            && words_of(&action).iter().filter(|w| past(w)).count() >= 2
            && !to_reader(&action);
        // (Or told in three labelled parts or more in a script whose tense lp does not
        // read, `### Action 行动` over `我设计了双层表…`: the labels say it is a story.)
        let labelled_story = parts.len() >= 2
            && (first_person_events(&body) > 0
                || tells_deeds(&done)
                || recalls_deeds
                || parts.len() >= 3 && mostly_other_script(&body)
                // (Or with code and English terms among the Chinese, `**Action**: 我在
                // \`rbac.py\` 中实现了…`: the Action's doer the writer.)
                || parts.len() >= 3 && writer_acts_in_chinese(draft.story.part(Part::Action)));
        // `**What is your biggest weakness?**` over `- **Situation:** I sometimes
        // become too focused on details…`: a quality of the writer's, its "Situation"
        // what they are like now; the labels dress a habit, not one event.
        let quality = draft.story.questions.iter().any(|q| {
            plain_words(q).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "weakness" | "weaknesses" | "strength" | "strengths"
                )
            }) && about_the_person(q)
        });
        if labelled_story && quality && speaks_of_now(draft.story.part(Part::Situation)) {
            return Some("a quality of yours, told in a story's labels, not one event");
        }
        // `## How do you prioritise alerts?` over `**Action:** I prioritise using three
        // factors…`: a question of how the writer works, answered in a story's labels
        // with nothing the writer did, "I" speaking in the present: a habit, not one
        // event.
        // (Its words may still be in the past as adjectives, "failed logons", "I tag the
        // blocked accounts", or in what would happen, "if alerts fired": what counts is
        // that the writer says what they do more often than anything they did.)
        let habit = draft.story.questions.iter().any(|q| asks_for_habit(q))
            && parts.len() >= 2
            && first_person_present(&body) >= 2
            && first_person_events(&body) < first_person_present(&body);
        // `**Action:** First, I will ask the manager… Then, I will consult…` (or `我会…`):
        // what the writer will do whenever it comes up, in a story's labels, though the
        // question asks for a time, with nothing they did: a process, not one event.
        if habit || parts.len() >= 2 && would_do(&body) {
            return Some(GENERAL);
        }
        // (Under a heading of the writer's stories, `## Stories I can tell`, a section
        // that tells what happened is one, though "we" and "she" did it.)
        let filed = self.filed_under_stories(draft.lines.0 + 1)
            && past_sentences(&unquoted(&told)) >= 2
            && !to_reader(&told)
            // (Or under a section that opens on the interview questions it answers,
            // one asking for a story: see `told_under_asking_section`.)
            || self.told_under_asking_section(
                draft.lines.0 + 1,
                &told.replace(['"', '“', '”'], " "),
            );
        // (A story its writer labels as one told whole, `STAR: I led the switch…`, is
        // one however short.)
        let said_told = told_label(&strip_marker(draft.story.notes.trim()))
            .is_some_and(|told| parts.is_empty() && first_person_events(told) >= 1)
            // (So is one under a label alone on its line that calls it the person's
            // story, `**Problem-solving story:**`, quoted as it will be said.)
            || source.iter().any(|l| own_story_label(l))
                && first_person_events(&draft.all_text().replace(['"', '“', '”'], " ")) >= 1;
        // (So is one in a run of stories told alike: see `told_in_a_run`.)
        let in_a_run = self.told_in_a_run(draft.lines.0, &told);
        // (And so is one begun and not finished: the labels of three parts or more on
        // its lines, `**S:** The client wanted… The tool I found required data` over
        // `**T:**`, `**A:**`, `**R:**` left empty, something that happened in what is
        // written.)
        let begun = || {
            let mut labelled: Vec<Part> = Vec::new();
            for line in source {
                if let Some((Label::Part(part), _)) = split_label(strip_marker(line).trim())
                    && !labelled.contains(&part)
                {
                    labelled.push(part);
                }
            }
            labelled.len() >= 3
                && !parts.is_empty()
                && parts.len() < labelled.len()
                && past_sentences(&unquoted(&told)) >= 1
                && !to_reader(&told)
        };
        // (And so is a deed of the writer's told in a sentence or three under a
        // question that asks for one occasion, "Can you share an example of how you
        // saved money?" over "I introduced .zip compression for the build…": the
        // story in a line, as a reminder is.)
        let answered_occasion = parts.is_empty()
            && draft
                .story
                .questions
                .iter()
                .any(|q| asks_for_one_occasion(q))
            && first_person_events(&told) >= 1
            && told
                .split_terminator(['.', '!', '?'])
                .filter(|s| !s.trim().is_empty())
                .count()
                <= 3
            && !to_reader(&told);
        if self.section.as_ref().is_some_and(|s| s.guessed)
            && !reminder
            && !filed
            && !said_told
            && !in_a_run
            && !answered_occasion
            && (parts.len() < 2 && !(own_account(&told) && tells_events(&told))
                || parts.len() < 2 && few_events(&told)
                || !labelled_story
                    && (draft.story.questions.iter()
                        .filter(|q| !asked_after.contains(q))
                        .any(|q| about_the_person(q))
                        // (Or its heading asks so, behind the label that counts it:
                        // `## Question3: what is your greatest weakness`.)
                        || about_the_person(&draft.story.title)))
            && !begun()
        {
            // (An example set apart under its label that tells one occasion is the
            // story the answer gives; the rest is the answer's, set aside where the
            // example alone is read as a story: see `example_only`.)
            if !example_told(&told) {
                return Some(GENERAL_ANSWER);
            }
            self.example_in_general.set(true);
        }
        // `### "You don't have [a formal backend title]."` over a reply: a challenge put
        // to the person in the interviewer's words, in quotation marks though it asks
        // nothing, answered with what the person is now. A story named in passing,
        // `(see the Expense Control Platform: I rebuilt its backend)`, is told
        // elsewhere.
        let challenged = source.first().is_some_and(|l| {
            heading_line(l).is_some_and(|h| {
                let h = h.trim();
                h.starts_with(['"', '“'])
                    && plain_words(h).iter().any(|w| w == "you" || w == "your")
                    && !is_question(&bare_question(h))
            })
        });
        if challenged && parts.is_empty() && !tells_events(&without_pointers(&unquoted(&told))) {
            return Some(GENERAL_ANSWER);
        }
        // An answer to a question the notes ask under a principle they name (`1. Tell
        // me about a time you had too much on your plate` over "on call tickets getting
        // above 50 is too much, i escalate…"), that speaks only of the present or of
        // habits: the writer's ways or views, as a short answer under a heading that
        // asks is (see `speaks_of_now`), not a story. (A section whose principle is
        // guessed is read so above.) So is the writer's view of themselves with no
        // question over it (see `view_of_self`).
        if parts.is_empty()
            && self
                .section
                .as_ref()
                .is_some_and(|s| !s.guessed && !s.principle_guessed && !s.own_names)
            && (!draft.story.questions.is_empty() || view_of_self(&body))
            && !body.trim().is_empty()
            && (first_person_events(&body) == 0 || events_told(&body) == 0 && habitual(&body))
            && speaks_of_now(&body)
        {
            return Some(GENERAL);
        }
        // `If persists I would bring it up with team lead…`, `I'd reach out to…`: what
        // the writer would do, in no labelled part, nothing told in the past: a plan
        // for a situation, not a story.
        if parts.is_empty() && !body.trim().is_empty() && would_do_once(&body) {
            return Some(PLAN);
        }
        // An answer that says what a kind of person or thing is like (`Who was your
        // most difficult customer?` over "A customer who does not read the terms…"):
        // a definition, not a story.
        if parts.is_empty() && !draft.story.questions.is_empty() && describes_a_kind(&body) {
            return Some("says what a kind of person or thing is like, not a story");
        }
        // An answer on how the writer works in general, not on something that happened:
        // under a question that asks for their ways ("How do you stay up to date?"), or
        // in words of habit and intent with no verb in the past ("I will discuss with
        // him first… normally both of us are right…").
        // What was done and what came of it, with no scene set (no situation, no task)
        // and no "I" with a verb in the past, under a question about the writer's ways:
        // their practices (`Action: circuit breakers, retries…`), not a story.
        let scene = [Part::Situation, Part::Task]
            .iter()
            .any(|p| !draft.story.part(*p).trim().is_empty());
        let habit_question = !draft.story.questions.is_empty()
            && draft.story.questions.iter().all(|q| asks_for_habit(q));
        if !scene && habit_question && first_person_events(&body) == 0 && !body.trim().is_empty() {
            return Some(GENERAL);
        }
        // "The thing I do that sets me apart is that I don't try to treat all the
        // clients the same. I try to address…": under a question that asks for a time,
        // an answer that says what "I" do, in the present, nothing done but in passing:
        // the writer's ways, not a story.
        if parts.is_empty()
            && !draft.story.questions.is_empty()
            && does_more(&body)
            && speaks_of_now(&body)
            && first_person_events(&body) <= 1
            && !example_told(&body)
        {
            return Some(GENERAL);
        }
        // `4. Disagreement` with nothing under it: a kind of story named, none told.
        if parts.is_empty()
            && body.split_whitespace().nth(2).is_none()
            && names_a_theme(body.trim())
            && draft.story.followups.is_empty()
        {
            return Some(KIND_ONLY);
        }
        // `✅ **Yes**, used Kafka for…`: a yes or a no with a word on it, to a question
        // of whether the writer has done a thing; no story.
        let opening = opening(&body).to_lowercase();
        let yes_or_no = ["yes", "no"].iter().any(|w| {
            opening
                .strip_prefix(w)
                .is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
        });
        if parts.len() < 2
            && yes_or_no
            && body.split_whitespace().count() <= 20
            && first_person_events(&body) == 0
        {
            return Some("a yes or a no to a question, not a story");
        }
        // (Unless an example set apart under its label tells one occasion: the story
        // the answer is given with.)
        if parts.len() < 2
            && !body.trim().is_empty()
            && (habit_question && no_events(&body)
                || general_answer(&body)
                || way_of_working(&body))
            && !example_told(&body)
        {
            return Some(GENERAL);
        }
        // A situation put to the reader (`S8 — You're blocked: …`, "What would you do
        // if…?") answered with what the writer does or would do: how they would handle
        // it, though a line points to a time they did.
        let hypothetical = put_to_reader(&draft.story.title)
            || draft.story.questions.iter().any(|q| put_to_reader(q));
        // (Its example set apart under a label of its own, `*Real grounding:* After the
        // bug I sent a note…`, is a time pointed to: what the writer does is the rest.)
        if parts.len() < 2
            && hypothetical
            && (does_more(&body) || does_more(&without_example(&body)))
            && !example_told(&body)
        {
            return Some(GENERAL);
        }
        // Under a heading that asks how one does a thing (`## How to stay updated on
        // industry trends`), an answer that tells fewer than two events of its
        // writer's is their ways, not a story.
        let title = draft.story.title.to_lowercase();
        if parts.len() < 2
            && !body.trim().is_empty()
            && (title.starts_with("how to ") || asks_for_habit(&title))
            && !tells_events(&body)
        {
            return Some(GENERAL);
        }
        // `**Challenge: Time Constraints**` / `- **Solution**: Document as you go`, four
        // times over: difficulties, each named in a few words, and the remedy for each,
        // none of it told as having happened; a list of advice, not a story.
        if remedies_listed(draft) {
            return Some("difficulties and a remedy for each, listed: advice, not a story");
        }
        // `## Example Response`, `### Sample answer`: a guide's answer to show the
        // shape of one, not the reader's own story.
        // (Not an answer drafted for the writer with places for their own facts: see
        // `own_draft_to_fill`.)
        // (Nor one its heading says is the writer's own, `## Example Answer (From My Snap
        // Experience)`: a post telling its reader the writer's story.)
        let to_fill = own_draft_to_fill(&told) || told_own();
        if !parts.is_empty() && sample_heading(&title) && !to_fill {
            return Some("a guide's sample answer, not your own story");
        }
        // `## Model answers (STAR)` over three answers, each under a bold name of its
        // own, in notes that advise their reader: every answer under that heading is
        // the guide's, not only the first.
        if !parts.is_empty()
            && !to_fill
            && self.advises()
            && (self.heading_before(draft.lines.0 + 1))
                .and_then(|n| self.lines.get(n - 1))
                .and_then(|l| heading_line(l))
                .is_some_and(sample_heading)
        {
            return Some("a guide's sample answer, not your own story");
        }
        // `### Example STAR story` in notes that advise their reader: the guide's
        // example of a story, told to show the shape of one.
        if !parts.is_empty() && self.advises() && example_story(&title) {
            return Some("a guide's example story, not your own");
        }
        // `### Conflict with Manager — Strong Answer` in notes that advise their
        // reader: the guide's sample, graded for the reader to learn from.
        if graded_answer(&title) && self.advises() {
            return Some("a guide's sample answer, graded in its heading, not your own story");
        }
        // `**Good Story:**` over a story in a code fence (` ``` `): a specimen the
        // guide grades and sets apart for the reader to copy, as it does all through
        // notes that advise their reader. (The writer's own "strong story" among their
        // options is told as text, not set in a fence, in notes that advise no one.)
        if !parts.is_empty()
            && let Some(label) = graded_label(&draft.story.notes)
            && (self.advises() || self.fenced_after(draft.lines, label))
        {
            return Some("a guide's sample answer, graded in its label, not your own story");
        }
        // `Strong Example` on a line of its own, in a page that speaks of "the
        // candidate" ("In this scenario, the candidate demonstrates…"): a training
        // site's graded sample and its comment on it, not the reader's story.
        if parts.is_empty()
            && draft.story.notes.lines().any(graded_line)
            && speaks_of_candidate(&draft.story.notes)
        {
            return Some("a guide's sample answer, graded in its label, not your own story");
        }
        // `A weak answer identifies the customer… The best answers show that the
        // candidate…`: a guide's comment on how candidates answer, nobody telling.
        // `A weak Dive Deep story: "I investigated…" A strong one: "Our p99…"`: stories
        // quoted after the grades a guide gives them, its samples.
        if parts.is_empty() && draft.story.followups.is_empty() {
            let notes = draft.story.notes.as_str();
            let outside = unquoted(notes);
            let words = plain_words(&outside);
            let graded = words.iter().any(|w| GRADES.contains(&w.as_str()));
            let of_answers = words
                .iter()
                .any(|w| matches!(w.as_str(), "answer" | "answers" | "response" | "responses"));
            if persons(&outside).0 == 0
                && (speaks_of_candidate(notes) && of_answers
                    || graded
                        && persons(&super::rules::quoted(notes)).0 > 0
                        && first_person_events(&outside) == 0)
            {
                return Some(
                    "a guide's comment on answers and its graded samples, not your own story",
                );
            }
        }
        // `An illustrative story entry… The details are invented — never copy them`
        // above it: the notes say the story is made up, a guide's example of one.
        let invented = *self.invented.get_or_init(|| {
            (self.lines.iter())
                .position(|l| heading_line(l).is_none() && says_invented(l))
                .map(|i| i + 1)
        });
        if invented.is_some_and(|at| at < draft.lines.0) {
            return Some("an example the notes say is made up, not your own story");
        }
        // `### Example 2: Failure & Learning` in notes that advise their reader: the
        // guide's worked example, named for what it shows. In notes that advise no one,
        // `**Example 1 – Creating role mobility**` names the writer's own.
        let heading = draft
            .lines
            .0
            .checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .and_then(|l| heading_line(l));
        if heading.is_some_and(counted_example) && self.advises() {
            return Some("a guide's worked example, not your own story");
        }
        // `### Example 1: Production Bug Fix` beside `Story: Funnel visibility…`, in
        // notes whose writer names their own story with the word "story": the examples
        // are the template's the story was written into, and tell nothing the writer
        // did in the first person.
        if heading.is_some_and(counted_example)
            && first_person_events(&draft.told()) == 0
            && self.names_own_story()
        {
            return Some("a template's worked example beside your own story, not your own story");
        }
        // `**Answer Framework:**` over the parts, in notes that advise their reader: the
        // guide's answer, to show the shape of one. (So is one under a label that says
        // how to tell it, `**Cách kể câu chuyện chuẩn Senior:**`.)
        if !parts.is_empty()
            && !to_fill
            && self.advises()
            && draft.story.notes.lines().any(|l| {
                let label = strip_marker(l.trim());
                let label = label.trim().trim_matches(['*', '_']).trim();
                label.ends_with(':') && {
                    let label = label.trim_end_matches(':').trim_end_matches(['*', '_']);
                    sample_heading(label) || how_to_tell(label)
                }
            })
        {
            return Some("a guide's sample answer, not your own story");
        }
        // `**Stories:**` over `- **Story 8** (FARO) — Testing Framework: …`: an index
        // of stories told in full elsewhere in the notes.
        if parts.is_empty() && indexes_stories(&draft.story.notes) {
            return Some("an index of stories told elsewhere in the notes, not a story");
        }
        // "Stories 2, 4 and 5 connect…": a remark on stories the notes number, each told
        // under its own heading, not a story of its own.
        let cited = cited_story_numbers(&draft.all_text());
        let own = heading.and_then(heading_number);
        if cited.len() >= 2
            && cited.iter().all(|n| {
                Some(*n) != own
                    && self
                        .numbered
                        .get_or_init(|| {
                            self.lines
                                .iter()
                                .filter_map(|l| heading_line(l).and_then(heading_number))
                                .collect()
                        })
                        .contains(n)
            })
        {
            return Some("a remark on stories told elsewhere in the notes, by their numbers");
        }
        // A model's answer, in notes that say a model wrote them.
        if self.generated() {
            return Some("a language model's sample answer, not your own story");
        }
        // A guide's template, in notes that say their stories are to be replaced by
        // the reader's own.
        if self.templates() {
            return Some("a guide's template story, to replace with your own");
        }
        // Told of someone else ("Aisha was tasked…", "She designed…"), never of the
        // writer: a story about another person, not yours.
        let text = draft.all_text();
        let of_subject = self
            .subject
            .as_ref()
            .is_some_and(|name| plain_words(&text).iter().any(|w| w == &name.to_lowercase()));
        if !of_subject && told_of_another(&text, draft.story.part(Part::Action)) {
            return Some("a story told of someone else, not yours");
        }
        // `“Everything starts with Customer Obsession,” … Samson Adams said.`: what
        // someone else said, reported; the writer says nothing of their own.
        if !of_subject && reports_another(&text) {
            return Some("what someone else said, reported, not your story");
        }
        // "Hi, I'm Corrine, …": the writer introducing themselves, not a story.
        // (After the line of its heading kept in the notes, `Hydro one:`.)
        if parts.len() < 2 && opens_introducing_self(&body) {
            return Some("a self-introduction, not a story");
        }
        // `### [Think Big] — NEEDED` over a prompt and a hint: a principle's place kept
        // for a story still to find; its prompt is the person's own question.
        // `## TODO — an algorithms story` over beats that say what each would hold
        // (`**Situation.** ICPC or a contest — which one, when.`): a place kept for a
        // story still to find, its beats the writer's reminders of what to write. The
        // mark, then the kind of story wanted ("a" or "an" before it), says so; after
        // another such title, beats that tell an event once at most, or none at all.
        let needed = still_needed(&draft.story.title);
        let title = draft.story.title.trim().to_lowercase();
        let wanted = ["todo", "tbd", "to do"].iter().find_map(|mark| {
            let rest = title.strip_prefix(mark)?.trim_start();
            rest.strip_prefix(['—', '–', '-', ':']).map(str::trim_start)
        });
        let a_kind = wanted.is_some_and(|rest| rest.starts_with("a ") || rest.starts_with("an "));
        let untold = || first_person_events(&told) <= 1 && events_told(&told) <= 1;
        if needed && parts.is_empty() || a_kind || (needed || wanted.is_some()) && untold() {
            return Some(NOT_YET);
        }
        // `- Example: TBD`: a place kept for a story still to find.
        if draft.story.questions.is_empty()
            && placeholder(&format!("{}\n{}", draft.story.title, told))
        {
            return Some("a place for a story still to find (TBD), not a story");
        }
        // `Come up with a bunch of examples that reflect these leadership values.`: the
        // writer's note to find stories, nothing told.
        if draft.story.written_parts().next().is_none() && story_todo(told.trim()) {
            return Some("a note to find or write stories (a to-do), not a story");
        }
        // `“Design a retention service…”`, `Candidate Should Cover:` and its points,
        // `“How would you autoscale it?”`: an interviewer's prompts and what an answer
        // should hold, two questions or more, nobody speaking as "I" and an event told
        // once at most (`Scheduler design: Staggered cron` reads as one); longer than a
        // story's reminder.
        // (Its length first: most drafts are a reminder, and asking each line whether it
        // is a question costs.)
        if parts.is_empty()
            && draft.story.followups.is_empty()
            && told.split_whitespace().nth(39).is_some()
        {
            let asked = (told.lines())
                .filter(|l| is_question(&bare_question(&strip_marker(l))))
                .count()
                + draft.story.questions.len();
            if asked >= 2
                && persons(&told).0 == 0
                && first_person_events(&told) == 0
                && events_told(&told) <= 1
            {
                return Some(
                    "an interviewer's prompts and what the answers should hold, nothing told: not a story",
                );
            }
        }
        // `**Q: How did you handle security?**` over `*A: Environment variables protect
        // the keys…*`, or `**Problem**:` and `**Solution**:` over how a typing indicator
        // works: how a thing is, no one in it, nothing that happened.
        // (Not a story told in its parts, a scene, a task or an action, and what came
        // of it (`- S: HF model, paper deadline`, `- T: …`, `- A: …`, `- R: …`): notes'
        // shorthand leaves out "I" and the past, the labels say it happened.)
        let told_in_parts = [Part::Situation, Part::Result]
            .iter()
            .all(|p| !draft.story.part(*p).trim().is_empty())
            && [Part::Task, Part::Action]
                .iter()
                .any(|p| !draft.story.part(*p).trim().is_empty());
        // (Nor a reminder under a question that asks for an occasion, its notes nested
        // under it in the same shorthand: `preemption` over `- stop the bleed`.)
        if !told_in_parts && !self.reminded.contains(&draft.lines.0) && describes_a_thing(&told) {
            return Some(
                "how a thing is or works (no one in it, nothing that happened), not a story",
            );
        }
        // `- what does api stand for?` over `- application programming interface`: a
        // question of what a thing is, answered with what it is, nothing the writer did.
        // (A word in "-ed" is as often a term there, "scoped/hoisted differently", or of
        // others, "Older caches kept every key", as a deed.) So with labels inside it
        // (`### Q36. What is compound scaling?`, `**A:** …`, `**Result:** …`): no scene
        // set (no Situation, no Task), an explanation whatever it labels.
        // So is an answer to it with a scene set, whose Action says what things are,
        // the writer nowhere in it and no sentence opening on a deed (`S: In my daily
        // work, I managed packages…` over `A: RPM installs single packages… YUM
        // resolves dependencies…`, under "What is the difference between RPM and
        // YUM?"): a definition in a story's labels.
        let scene = [Part::Situation, Part::Task]
            .iter()
            .any(|p| !draft.story.part(*p).trim().is_empty());
        let defines = || {
            !action.trim().is_empty()
                && persons(&action).0 == 0
                && !action
                    .split_terminator(['.', ';', '\n'])
                    .any(super::rules::opens_on_deed)
        };
        if !draft.story.questions.is_empty()
            && draft
                .story
                .questions
                .iter()
                .all(|q| asks_what_a_thing_is(q))
            && if scene {
                defines()
            } else {
                first_person_events(&told) == 0
            }
        {
            return Some("a question of what a thing is, answered so, not a story");
        }
        // `**What they evaluate:**` over the interviewer's questions (the person's own,
        // listed apart), `Learning & Simplification:` over one: the draft's only text is
        // the label it is titled by. A label over what is asked, nothing told.
        // (Over a question: `Freshid v2 migration:` alone under a principle may be a
        // story's reminder; and what a label heads, a guide's sample or its tips, is
        // said above.)
        let label_alone = draft.story.written_parts().next().is_none()
            && draft.story.followups.is_empty()
            && only_its_label(draft.story.notes.trim(), &draft.story.title)
            && (!draft.story.questions.is_empty() || self.questions_below(draft.lines.1));
        if label_alone {
            return Some(LABEL_ALONE);
        }
        // An answer that says what a good answer to its question is ("一个比较好的回答是…",
        // "a better answer would…"), the writer nowhere in it: advice on answering, its
        // examples of what to say ("比如查了什么书", which books were read) no story.
        // (Read last: the shapes of a guide's advice read above give their own reasons.)
        (draft.story.written_parts().next().is_none()
            && judges_answers(&draft.story.notes)
            && persons(&draft.story.notes).0 == 0)
            .then_some("advice on what a good answer holds, not a story")
    }

    /// Whether every line of a draft's that holds words, past the heading it may open
    /// with, is quoted (`> …`).
    fn quoted_only(&self, (line, last): (usize, usize)) -> bool {
        let lines: Vec<&str> = (line..=last)
            .filter_map(|n| self.lines.get(n.wrapping_sub(1)))
            .map(|l| l.trim())
            .filter(|l| !l.is_empty() && heading_line(l).is_none())
            .collect();
        !lines.is_empty() && lines.iter().all(|l| l.starts_with('>'))
    }

    /// Links each referenced story to the principle that referred to it.
    /// Each principle's drafts, by their primary principle (which a reference never
    /// changes): one pass, however many references.
    fn by_primary(&self) -> rustc_hash::FxHashMap<String, Vec<usize>> {
        let mut primary: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (i, draft) in self.plan.drafts.iter().enumerate() {
            if let Some(first) = draft.story.principles.first() {
                primary.entry(first.clone()).or_default().push(i);
            }
        }
        primary
    }

    /// The draft a reference points to: the principle's first story, its `A`, `B`…
    /// or `2`, `3`… story, or the one whose title holds the marker's words.
    fn referenced(
        &self,
        primary: &rustc_hash::FxHashMap<String, Vec<usize>>,
        to: &str,
        marker: &str,
    ) -> Option<usize> {
        let candidates: &[usize] = primary.get(to).map_or(&[], Vec::as_slice);
        let marker = marker.trim();
        if marker.is_empty() {
            candidates.first().copied()
        } else if marker.len() == 1 && marker.chars().all(|c| c.is_ascii_alphabetic()) {
            let index = (marker.to_ascii_uppercase().as_bytes()[0] - b'A') as usize;
            candidates.get(index).copied()
        } else if let Ok(n) = marker.parse::<usize>() {
            n.checked_sub(1).and_then(|i| candidates.get(i).copied())
        } else {
            let wanted = marker.to_lowercase();
            // Its name in a story's title; or every word of it in one story's text
            // (`RSYNC JBOSS` for the story that rsyncs a JBoss server); or, with one
            // story under the principle, that one.
            let words: Vec<String> = wanted
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3)
                .map(str::to_string)
                .collect();
            let in_text: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&i| {
                    let text = self.plan.drafts[i].all_text().to_lowercase();
                    !words.is_empty() && words.iter().all(|w| text.contains(w.as_str()))
                })
                .collect();
            candidates
                .iter()
                .copied()
                .find(|&i| {
                    self.plan.drafts[i]
                        .story
                        .title
                        .to_lowercase()
                        .contains(&wanted)
                })
                .or_else(|| (in_text.len() == 1).then(|| in_text[0]))
                .or_else(|| (candidates.len() == 1).then(|| candidates[0]))
        }
    }

    /// The pairs of drafts whose heading says one retells the other, and those whose
    /// text says one is the same as the other, named by its heading's words (`same as
    /// tight deadline` under `### /help peer/`, told under `### /tight deadline/`).
    fn retold_pairs(&self) -> Vec<(usize, usize)> {
        let primary = self.by_primary();
        let drafts = &self.plan.drafts;
        // The drafts by the number or letter their headings give them (`### Story 1:`).
        let mut numbered: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (j, draft) in drafts.iter().enumerate() {
            if let Some(marker) = self.draft_name_line(draft).and_then(story_marker) {
                numbered.entry(marker).or_default().push(j);
            }
        }
        let same = drafts.iter().enumerate().filter_map(|(i, draft)| {
            let name = same_as(&draft.told())?;
            // `(Same Story as #1)`, `same as Story 2`: the story its heading numbers so.
            let bare = strip_prefix_ignore_case(&name, "story ").unwrap_or(&name);
            if let Some(marker) = story_marker(&format!("story {bare}")) {
                return match numbered.get(&marker).map(Vec::as_slice) {
                    Some(&[j]) if j != i => Some((i, j)),
                    _ => None,
                };
            }
            let mut titled =
                (0..drafts.len()).filter(|&j| j != i && title_holds(&name, &drafts[j].story.title));
            match (titled.next(), titled.next()) {
                (Some(j), None) => Some((i, j)),
                _ => None,
            }
        });
        // `### **Same Story: BouncyCastle**`: the heading says so, and names the story:
        // each told above under a title its name opens (`BouncyCastle Fix`,
        // `BouncyCastle SFTP`).
        let same_story = drafts.iter().enumerate().flat_map(|(i, draft)| {
            let name = self
                .draft_heading(draft)
                .map(|h| h.trim().trim_matches(['*', '_']).trim())
                .and_then(|h| strip_prefix_ignore_case(h, "same story:"))
                .map(plain_words)
                .unwrap_or_default();
            // (Looked for only under such a heading: a pass over the drafts above every
            // draft would take as long as the notes are, squared.)
            if name.is_empty() {
                return Vec::new();
            }
            (0..i)
                .filter(|&j| plain_words(&drafts[j].story.title).starts_with(&name))
                .map(move |j| (i, j))
                .collect::<Vec<_>>()
        });
        self.retold
            .iter()
            .filter_map(|(i, (to, marker))| {
                self.referenced(&primary, to, marker)
                    .filter(|j| j != i)
                    .map(|j| (*i, j))
            })
            .chain(same)
            .chain(same_story)
            .collect()
    }

    /// The drafts that sum up a story told in full elsewhere in the notes, each with
    /// that story, by place: two drafts whose headings call them by the same story's
    /// number or letter (`### Story 26 — …`, `## Story 26 — …`), one told in labelled
    /// parts, the other in none and with no deed of the writer's own in it, and no
    /// principle of its own that the story lacks.
    fn summaries(&self) -> Vec<(usize, usize)> {
        let mut called: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (i, draft) in self.plan.drafts.iter().enumerate() {
            if let Some(marker) = self.draft_heading(draft).and_then(story_marker) {
                called.entry(marker).or_default().push(i);
            }
        }
        let mut folds: Vec<(usize, usize)> = called
            .values()
            .filter_map(|drafts| {
                let &[a, b] = drafts.as_slice() else {
                    return None;
                };
                let parts = |i: usize| self.plan.drafts[i].story.written_parts().count();
                let (summary, story) = match (parts(a), parts(b)) {
                    (0, n) if n >= 2 => (a, b),
                    (n, 0) if n >= 2 => (b, a),
                    _ => return None,
                };
                let told = self.plan.drafts[summary].told();
                let principles = &self.plan.drafts[story].story.principles;
                (!own_account(&told)
                    && (self.plan.drafts[summary].story.principles.iter())
                        .all(|p| principles.contains(p)))
                .then_some((summary, story))
            })
            .collect();
        folds.sort_unstable();
        folds
    }

    /// Gives each question answered by naming a story (`Primary: \`Census Pipeline\``)
    /// to the story named first that one draft's title names (`Census Data Ingestion
    /// Pipeline`), with the principle it was asked under; a question whose stories are
    /// not found is the person's own.
    fn resolve_pointed(&mut self) {
        // The drafts a heading calls by a letter or number (`## STORY A · NAME`), read
        // once for every pointer.
        let mut called: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        if !self.pointed.is_empty() {
            for (i, draft) in self.plan.drafts.iter().enumerate() {
                if let Some(marker) = self.draft_name_line(draft).and_then(story_marker) {
                    called.entry(marker).or_default().push(i);
                }
            }
        }
        for pointed in std::mem::take(&mut self.pointed) {
            // `Lead with: Story A`: the one story whose heading calls it so.
            let one = |marker: &String| match called.get(marker).map(Vec::as_slice) {
                Some(&[i]) => Some(i),
                _ => None,
            };
            let marked = (pointed.names.first())
                .and_then(|name| story_marker(name))
                .and_then(|marker| one(&marker));
            // `Use: Story 3 or Story 8`: each story it names so is one to tell; the
            // question is asked of each. (Not a backup named after the first,
            // `**Lead with:** Story A. **Backup:** Story B`: the one to lead with.)
            let text = &pointed.skipped.text;
            // (ASCII case folding keeps every byte where it was: the place found in
            // `lower` is the same in `text`.)
            let lower = text.to_ascii_lowercase();
            let lead = ["backup", "alternat", "fallback"]
                .iter()
                .filter_map(|w| lower.find(w))
                .min()
                .map_or(text.as_str(), |at| &text[..at]);
            let also: Vec<usize> = marked
                .map(|first| {
                    story_markers(lead)
                        .iter()
                        .filter_map(one)
                        .filter(|&i| i != first)
                        .collect()
                })
                .unwrap_or_default();
            let chosen = marked.or_else(|| {
                pointed.names.iter().find_map(|name| {
                    let mut titled = self
                        .plan
                        .drafts
                        .iter()
                        .enumerate()
                        .filter(|(_, d)| names_title(name, &d.story.title))
                        .map(|(i, _)| i);
                    match (titled.next(), titled.next()) {
                        (Some(i), None) => Some(i),
                        _ => None,
                    }
                })
            });
            let Some(i) = chosen else {
                // (Asked under no principle, the question stays in the skipped block,
                // every word of it.)
                for question in pointed.questions {
                    if let Some(principle) = &pointed.principle {
                        self.plan.questions.push(super::OwnQuestion {
                            principle: principle.clone(),
                            question,
                            lines: pointed.skipped.lines,
                        });
                    }
                }
                self.plan.skipped.push(pointed.skipped);
                continue;
            };
            let principles: Vec<String> = pointed.principle.into_iter().collect();
            for j in std::iter::once(i).chain(also) {
                self.plan.drafts[j].join(&pointed.questions, &principles);
            }
            let mut ignored = pointed.skipped;
            ignored.reason =
                "names the story that answers the question, told above or below (linked)".into();
            self.plan.ignored.push(ignored);
        }
    }

    /// The text of the heading a draft starts at, if it starts at one.
    fn draft_heading(&self, draft: &Draft) -> Option<&str> {
        let line = self.lines.get(draft.lines.0.checked_sub(1)?)?;
        heading_line(line)
    }

    /// The line that names a draft where it starts: its heading, or a line wholly in
    /// bold that numbers a story (`**Story 2: SCADA upgrade**`).
    /// (A heading over the stories, `### Story Bank`, may open the first one's draft:
    /// its name in bold is the line under it.)
    fn draft_name_line(&self, draft: &Draft) -> Option<&str> {
        let (first, last) = draft.lines;
        let heading = self.draft_heading(draft);
        if heading.and_then(story_marker).is_some() {
            return heading;
        }
        let skip = usize::from(heading.is_some());
        (first..=last)
            .filter_map(|n| self.lines.get(n.checked_sub(1)?))
            .filter(|l| !l.trim().is_empty())
            .nth(skip)
            .and_then(|l| whole_bold(l))
            .filter(|inner| story_marker(inner).is_some())
            .or(heading)
    }

    /// A table whose rows name the stories told above and their principles (`| Kafka
    /// DLQ framework | Ownership | Invent & Simplify |`) links each row's principles to
    /// the story it names: the one draft its words are found in, among those of the
    /// row's first principle when any is. A principle guessed for it gives way. A line
    /// that says which story to tell for a question (`Prepare for: "Tell me about a
    /// time you failed" — use the post-mortem story`) puts the question on it.
    fn link_rows(&mut self, markdown: &str) {
        // A table that linked stories by their anchors as they were read.
        let anchored: Vec<(usize, usize)> = self
            .anchor_tables
            .iter()
            .filter(|(_, anchors)| anchors.iter().any(|a| self.used_anchors.contains(a)))
            .map(|(lines, _)| *lines)
            .collect();
        self.unskip_tables(anchored, "a table of the stories' principles (linked)");
        // A table that routes questions to stories by their numbers: each question to
        // the one draft whose heading gives that number.
        let numbered: Vec<Option<u32>> = self
            .plan
            .drafts
            .iter()
            .map(|d| self.draft_heading(d).and_then(heading_number))
            .collect();
        let mut by_number: rustc_hash::FxHashMap<u32, Vec<usize>> = Default::default();
        for (d, number) in numbered.iter().enumerate() {
            if let Some(n) = number {
                by_number.entry(*n).or_default().push(d);
            }
        }
        // A quick reference of lines that point questions at stories by number
        // (`"Tell me about a failed bet" → Story 5`, `… → Story 5 or 8`), skipped as
        // words under a heading: each question to each story its heading numbers so,
        // and the block reported as placed.
        let mut placed: Vec<(usize, String)> = Vec::new();
        for skipped in &mut self.plan.skipped {
            let (first, last) = skipped.lines;
            let Some(block) = self
                .lines
                .get(first.saturating_sub(1)..last.min(self.lines.len()))
            else {
                continue;
            };
            let pointed: Option<Vec<(usize, String)>> = block
                .iter()
                .filter(|l| !l.trim().is_empty())
                .map(|line| {
                    let (question, numbers) = pointed_question(line)?;
                    numbers
                        .iter()
                        .map(|n| match by_number.get(n).map(Vec::as_slice) {
                            Some(&[d]) => Some((d, question.clone())),
                            _ => None,
                        })
                        .collect::<Option<Vec<_>>>()
                })
                .collect::<Option<Vec<Vec<_>>>>()
                .map(|found| found.concat());
            if let Some(found) = pointed.filter(|f| !f.is_empty()) {
                skipped.reason =
                    "questions pointing at stories by number: each is now that story's question"
                        .into();
                placed.extend(found);
            }
        }
        for (d, question) in placed {
            let asked = &mut self.plan.drafts[d].story.questions;
            if !asked.contains(&question) {
                asked.push(question);
            }
        }
        let mut routed: Vec<(usize, usize)> = Vec::new();
        let mut titles: Option<TitleIndex> = None;
        for (table, rows) in super::tables::question_rows(self.lines) {
            for (question, route) in rows {
                let targets: Vec<usize> = match route {
                    super::tables::Route::Number(number) => {
                        match by_number.get(&number).map(Vec::as_slice) {
                            Some(&[d]) => vec![d],
                            _ => continue,
                        }
                    }
                    // By name: each of the names (`Story 3 (Query tuning) or Story 7`)
                    // to the one draft whose words hold it most; either story answers.
                    super::tables::Route::Names(names) => {
                        let index =
                            titles.get_or_insert_with(|| TitleIndex::new(&self.plan.drafts));
                        let mut found: Vec<usize> = Vec::new();
                        for name in &names {
                            if let Some(d) = index.named(name, None, table, &self.plan.drafts)
                                && !found.contains(&d)
                            {
                                found.push(d);
                            }
                        }
                        found
                    }
                };
                for d in targets {
                    let first = self.plan.drafts[d].story.questions.is_empty();
                    if !self.plan.drafts[d].story.questions.contains(&question) {
                        self.plan.drafts[d].story.questions.push(question.clone());
                    }
                    // A story whose principle was guessed from its words is linked by the
                    // first question routed to it, as a story under a question's heading is.
                    let at = format!("line {}: ", self.plan.drafts[d].lines.0);
                    let guessed = self.plan.warnings.iter().position(|w| {
                        w.starts_with(&at) && w.contains("names no principle; linked to")
                    });
                    if first
                        && let Some(w) = guessed
                        && let Some(principle) = self.nearest(&question)
                    {
                        self.plan.drafts[d].story.principles = vec![principle.id.clone()];
                        self.plan.warnings[w] = guessed_warning(
                            self.plan.drafts[d].lines.0,
                            question.trim(),
                            &principle.name,
                            self.named_by(),
                        );
                    }
                    if !routed.contains(&table) {
                        routed.push(table);
                    }
                }
            }
        }
        self.unskip_tables(
            routed,
            "a table of questions and the stories that answer them (linked)",
        );
        // A table that names, for each principle, the story to tell by its number,
        // told nowhere in these notes (`| **Ownership** | … | Story 10 (fixed alerting
        // nobody owned) |`): a draft for each story, its reminders and its rows'
        // principles and questions.
        let mut pointed_tables: Vec<(usize, usize)> = Vec::new();
        for story in super::tables::pointed_stories(self.lines, self.set) {
            if by_number.contains_key(&story.number) {
                continue;
            }
            self.plan.drafts.push(Draft {
                story: Story {
                    title: story
                        .reminders
                        .first()
                        .map(|r| short_title(r))
                        .unwrap_or_else(|| format!("Story {}", story.number)),
                    notes: story.reminders.join("\n") + "\n",
                    principles: story.ids,
                    questions: story.questions,
                    ..Story::default()
                },
                lines: story.lines,
                guessed: false,
                another: false,
            });
            if !pointed_tables.contains(&story.table) {
                pointed_tables.push(story.table);
            }
        }
        for (from, to) in pointed_tables {
            self.carve_out(
                (from, to),
                "a table naming the story to tell for each principle: a draft for each story",
            );
        }
        self.draft_banked_stories();
        let rows = super::tables::story_rows(self.lines, self.set);
        let pointers: Vec<(usize, String, Vec<String>)> = markdown
            .lines()
            .enumerate()
            .filter_map(|(i, line)| {
                let (question, names) = question_pointer(line)?;
                Some((i + 1, question, names))
            })
            .collect();
        if rows.is_empty() && pointers.is_empty() {
            return;
        }
        let index = TitleIndex::new(&self.plan.drafts);
        let mut linked: Vec<(usize, usize)> = Vec::new();
        let mut unguessed: rustc_hash::FxHashSet<String> = Default::default();
        // (A row that numbers its story links the story under the heading of that
        // number, whatever words each gives it: the first draft so headed.)
        let mut by_number: rustc_hash::FxHashMap<u32, usize> = Default::default();
        if rows.iter().any(|row| row.number.is_some()) {
            for (d, draft) in self.plan.drafts.iter().enumerate() {
                if let Some(n) = self.draft_heading(draft).and_then(heading_number) {
                    by_number.entry(n).or_insert(d);
                }
            }
        }
        for row in rows {
            let numbered = row.number.and_then(|n| by_number.get(&n).copied());
            let Some(d) = numbered
                .or_else(|| index.named(&row.name, row.ids.first(), row.table, &self.plan.drafts))
            else {
                continue;
            };
            let draft = &mut self.plan.drafts[d];
            if draft.guessed {
                draft.story.principles.clear();
                draft.guessed = false;
                unguessed.insert(format!("line {}: ", draft.lines.0));
            }
            link(&mut draft.story.principles, row.ids);
            if !linked.contains(&row.table) {
                linked.push(row.table);
            }
        }
        // The guesses the report would ask to check were not needed.
        if !unguessed.is_empty() {
            self.plan.warnings.retain(|w| {
                let at = w.find(": ").map_or(w.as_str(), |i| &w[..i + 2]);
                !(unguessed.contains(at) && w.contains("names no principle; linked to"))
            });
        }
        for (line, question, names) in pointers {
            let first = names
                .iter()
                .find_map(|name| index.named(name, None, (line, line), &self.plan.drafts));
            if let Some(d) = first {
                let questions = &mut self.plan.drafts[d].story.questions;
                if !questions.contains(&question) {
                    questions.push(question);
                }
            }
        }
        // The table's lines were read as words under a heading of no principle: they
        // are structure now.
        self.unskip_tables(linked, "a table of the stories' principles (linked)");
    }

    /// A table of the writer's own stories by name, a row to each, told nowhere else in
    /// the notes (`| # | Story | Source material | Covers |`): a draft for each story,
    /// its other cells its notes, linked to the principles a column of them names or,
    /// naming none, to the one its words are nearest (the report says so). Not under a
    /// heading that says the stories are still to prepare, nor a table the walk read
    /// into a story.
    fn draft_banked_stories(&mut self) {
        let stories = super::tables::banked_stories(self.lines, self.set);
        if stories.is_empty() {
            return;
        }
        // (The titles' words, each with the drafts whose titles hold it: a row is looked
        // up by its own words, not against every draft.)
        let mut titled: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (d, draft) in self.plan.drafts.iter().enumerate() {
            for stem in TitleIndex::stems(&draft.story.title) {
                titled.entry(stem).or_default().push(d);
            }
        }
        // (A story told under a title that holds half the row's words or more is told
        // there; a table that names so half its stories or more indexes the stories the
        // notes tell, and is no bank of its own.)
        let told_as = |name: &str| {
            let stems = TitleIndex::stems(name);
            let mut held: rustc_hash::FxHashMap<usize, usize> = Default::default();
            for stem in &stems {
                for &d in titled.get(stem).map_or(&[][..], Vec::as_slice) {
                    *held.entry(d).or_default() += 1;
                }
            }
            !stems.is_empty() && held.values().any(|&n| n * 2 >= stems.len())
        };
        let told: Vec<bool> = stories.iter().map(|s| told_as(&s.name)).collect();
        // Each table once: whether its lines are all skipped (no story read them), no
        // heading over it says its stories are still to prepare, and fewer than half
        // its stories are told elsewhere.
        let mut usable: rustc_hash::FxHashMap<(usize, usize), bool> =
            stories.iter().map(|s| (s.table, true)).collect();
        // (And each table that indexes the stories told, read by no story either.)
        let mut indexes: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
        for (&(from, to), ok) in usable.iter_mut() {
            let mut covered = vec![false; to + 1 - from];
            for s in &self.plan.skipped {
                for l in s.lines.0.max(from)..=s.lines.1.min(to) {
                    covered[l - from] = true;
                }
            }
            let heading = (self.heading_before(from))
                .and_then(|n| self.lines.get(n - 1))
                .and_then(|l| heading_line(l))
                .map(str::trim);
            let rows = stories.iter().filter(|s| s.table == (from, to)).count();
            let told_elsewhere = (stories.iter().zip(&told))
                .filter(|(s, t)| s.table == (from, to) && **t)
                .count();
            let unread = covered.iter().all(|&c| c) && !heading.is_some_and(stories_to_prepare);
            *ok = unread && told_elsewhere * 2 < rows;
            if unread && !*ok {
                indexes.insert((from, to));
            }
        }
        // In an index of the stories told (its other lines all skipped), a row whose
        // name holds a proper name the notes use nowhere outside the table (`Deliver
        // Results | Moneyview payment pipeline redesign | 60% fewer manual steps`) names
        // a story told only there: a draft of its own.
        // (A capitalised word of four letters or more, on no other line in any case:
        // "Rejected" is found as "rejected".)
        // (The lines each word is on, read once, only when a table indexes stories.)
        let mut on_lines: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        if !indexes.is_empty() {
            for (i, line) in self.lines.iter().enumerate() {
                for word in line.split(|c: char| !c.is_alphanumeric()) {
                    if word.chars().count() >= 4 {
                        let at = on_lines.entry(word.to_lowercase()).or_default();
                        if at.last() != Some(&(i + 1)) {
                            at.push(i + 1);
                        }
                    }
                }
            }
        }
        let only_here = |story: &super::tables::BankedStory| {
            let (from, to) = story.table;
            let elsewhere = |word: &str| {
                (on_lines.get(&word.to_lowercase()))
                    .is_some_and(|at| at.iter().any(|n| !(from..=to).contains(n)))
            };
            story
                .name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| {
                    w.chars().count() >= 4
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).any(char::is_lowercase)
                })
                .any(|w| !elsewhere(w))
        };
        let mut banked: Vec<(usize, usize)> = Vec::new();
        for (story, told) in stories.into_iter().zip(told) {
            let only_told_here = indexes.contains(&story.table) && only_here(&story);
            if told || !(usable[&story.table] || only_told_here) {
                continue;
            }
            let title = short_title(&story.name);
            let mut principles = story.ids;
            let mut guessed = false;
            if principles.is_empty() {
                let text = format!("{}\n{}", story.name, story.notes.join("\n"));
                let nearest = self.nearest(&text).or_else(|| self.set.principles.first());
                if let Some(principle) = nearest {
                    let warning =
                        guessed_warning(story.lines.0, &title, &principle.name, self.named_by());
                    principles = vec![principle.id.clone()];
                    guessed = true;
                    self.plan.warnings.push(warning);
                }
            }
            // A row that says nothing beside the story's name tells it there (`| Ownership
            // | Fixed the outage nobody owned |`): the name is its notes too.
            let notes = if story.notes.is_empty() {
                format!("{}\n", story.name)
            } else {
                story.notes.iter().map(|n| format!("{n}\n")).collect()
            };
            self.plan.drafts.push(Draft {
                story: Story {
                    title,
                    notes,
                    principles,
                    questions: story.questions,
                    ..Story::default()
                },
                lines: story.lines,
                guessed,
                another: false,
            });
            if !banked.contains(&story.table) {
                banked.push(story.table);
            }
        }
        for (from, to) in banked {
            self.carve_out(
                (from, to),
                "a table of the writer's stories, a row to each: a draft for each story",
            );
        }
    }

    /// The lines `from..=to` taken out of the skipped blocks that hold them, into the
    /// ignored list with `reason`; what a skipped block held before and after them stays
    /// skipped, with its own line numbers.
    fn carve_out(&mut self, (from, to): (usize, usize), reason: &str) {
        let mut kept: Vec<Skipped> = Vec::new();
        let mut carved = false;
        for s in std::mem::take(&mut self.plan.skipped) {
            if s.lines.1 < from || s.lines.0 > to {
                kept.push(s);
                continue;
            }
            carved = true;
            for (a, b) in [(s.lines.0, from.saturating_sub(1)), (to + 1, s.lines.1)] {
                if a > b || a < s.lines.0 || b > s.lines.1 {
                    continue;
                }
                let text = self.source(a, b, 0);
                if !text.trim().is_empty() {
                    kept.push(Skipped {
                        lines: (a, b),
                        reason: s.reason.clone(),
                        text,
                    });
                }
            }
        }
        kept.sort_by_key(|s| s.lines);
        self.plan.skipped = kept;
        if carved {
            self.plan.ignored.push(Skipped {
                lines: (from, to),
                reason: reason.into(),
                text: self.source(from, to, 0),
            });
        }
    }

    /// The tables whose lines linked stories' principles, read as words under a heading
    /// of no principle: structure, ignored, not skipped.
    fn unskip_tables(&mut self, linked: Vec<(usize, usize)>, reason: &str) {
        for (from, to) in linked {
            let (table, rest): (Vec<Skipped>, Vec<Skipped>) =
                std::mem::take(&mut self.plan.skipped)
                    .into_iter()
                    .partition(|s| s.lines.0 >= from && s.lines.1 <= to);
            self.plan.skipped = rest;
            self.plan.ignored.extend(table.into_iter().map(|s| Skipped {
                reason: reason.into(),
                ..s
            }));
        }
    }

    fn resolve_references(&mut self) {
        let primary = self.by_primary();
        for reference in std::mem::take(&mut self.references) {
            let chosen = self.referenced(&primary, &reference.to, &reference.marker);
            match chosen {
                Some(i) => {
                    self.plan.drafts[i].join(&reference.questions, &[reference.from]);
                    let mut ignored = reference.skipped;
                    ignored.reason =
                        "a reference to a story under another principle (linked)".into();
                    self.plan.ignored.push(ignored);
                }
                None => {
                    for question in reference.questions {
                        self.plan.questions.push(super::OwnQuestion {
                            principle: reference.from.clone(),
                            question,
                            lines: reference.skipped.lines,
                        });
                    }
                    let mut skipped = reference.skipped;
                    skipped.reason = "a reference to a story that could not be found".into();
                    self.plan.skipped.push(skipped);
                }
            }
        }
    }

    /// The source of lines `start..=end` as written, without `depth` quote markers.
    fn source(&self, start: usize, end: usize, depth: usize) -> String {
        let mut out = Vec::new();
        for line in self.lines.iter().take(end).skip(start.saturating_sub(1)) {
            let mut line = *line;
            for _ in 0..depth {
                let trimmed = line.trim_start();
                if let Some(rest) = trimmed.strip_prefix('>') {
                    line = rest.strip_prefix(' ').unwrap_or(rest);
                }
            }
            out.push(line);
        }
        out.join("\n").trim_end().to_string()
    }
}

/// A list item whose text could name a story (`- BV Implementation`, `- Blogs:
/// writing blogs`): a dozen words at most, not a principle's name, a part's label or a
/// question. Its text.
fn story_item<'l>(line: &'l str, set: &PrincipleSet) -> Option<&'l str> {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let body = if digits > 0 {
        t[digits..].strip_prefix(['.', ')'])?.strip_prefix(' ')?
    } else {
        ["- ", "* ", "+ "].iter().find_map(|m| t.strip_prefix(m))?
    }
    .trim();
    let words = body.split_whitespace().count();
    ((1..=12).contains(&words)
        && principle_led(body, set).is_none()
        && classify(body, set).is_none()
        && !is_question(body))
    .then_some(body)
}

/// The principles a story's text names on lines of their own, each a principle's
/// whole name and a colon with nothing after it (`Dive Deep:`, `- Think Big:`): remarks
/// on what the part above or below shows.
fn remarked_principles(story: &Story, set: &PrincipleSet) -> Vec<String> {
    let mut ids = Vec::new();
    // `**Zynga webstore migration** — Think Big + Deliver Results + Ownership.`: the
    // story's name, then the principles it shows, joined by "+" or commas.
    if let Some(first) = story.notes.lines().find(|l| !l.trim().is_empty())
        && let Some(listed) = names_after_name(first, set)
    {
        ids = listed;
    }
    for line in story
        .parts
        .iter()
        .chain([&story.notes])
        .flat_map(|f| f.lines())
    {
        // `→ 对应的是 Bias for action, Ownership.`: the principles the prompt above maps to.
        for id in arrow_names(line, set) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let t = without_bullet(line).trim_matches(['*', '_']).trim();
        let Some(head) = t.strip_suffix([':', '：']) else {
            continue;
        };
        let head = head.trim().trim_matches(['*', '_']).trim();
        if let Some(p) = set.resolve(head)
            && crate::principles::fold(head) == crate::principles::fold(&p.name)
            && !ids.contains(&p.id)
        {
            ids.push(p.id.clone());
        }
    }
    ids
}

/// The principles a story's line names after the story's own name in bold and a dash
/// or a colon (`**Name** — Dive Deep + Are Right A Lot. Strongest…`), or alone: every
/// piece of the first sentence a principle's name, two or more, joined by "+", commas
/// or "&".
fn names_after_name(line: &str, set: &PrincipleSet) -> Option<Vec<String>> {
    let t = without_bullet(line).trim();
    // (Or the names alone, the story's name already taken for its title.)
    let after = match t.strip_prefix("**") {
        Some(rest) => {
            let (_, after) = rest.split_once("**")?;
            after
                .trim_start()
                .strip_prefix(['—', '–', '-', ':'])?
                .trim_start()
        }
        None => t,
    };
    let sentence = after
        .split_once(". ")
        .map_or(after, |(s, _)| s)
        .trim_end_matches('.');
    if !sentence.contains('+') && !sentence.contains(',') && !sentence.contains('&') {
        return None;
    }
    let names = named_principles(&sentence.replace(['+', '&'], ","), set);
    (names.ids.len() >= 2 && names.unknown.is_empty() && names.ambiguous.is_empty())
        .then_some(names.ids)
}

/// Whether a list has an item holding a quotation of its own (a `>` block under the
/// item's line).
fn quotes_in_items<'a>(list: &'a AstNode<'a>) -> bool {
    list.children().any(|item| {
        item.children()
            .any(|child| matches!(child.data().value, NodeValue::BlockQuote))
    })
}

/// A text's lines with one level of quote marks taken off (`  > **Task:** …` is
/// `  **Task:** …`), their indentation kept.
fn unquote_lines(text: &str) -> String {
    text.lines()
        .map(|line| {
            let body = line.trim_start();
            match body.strip_prefix('>') {
                Some(rest) => {
                    let indent = &line[..line.len() - body.len()];
                    format!("{indent}{}", rest.strip_prefix(' ').unwrap_or(rest))
                }
                None => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A text without the remark in parentheses it opens with (its emphasis marks too),
/// when words follow it.
fn after_opening_remark(text: &str) -> &str {
    let bare = text.trim_start().trim_start_matches(['*', '_']);
    let Some(inner) = bare.strip_prefix('(') else {
        return text;
    };
    let Some(close) = inner.find(')') else {
        return text;
    };
    let rest = inner[close + 1..]
        .trim_start_matches(['*', '_'])
        .trim_start();
    if rest.is_empty() || inner[..close].contains('(') {
        text
    } else {
        rest
    }
}

/// The reason given for a heading over a list of stories.
const OVER_STORIES: &str = "a heading over stories, not a story's name";

/// Why an answer on how its writer works in general is not a draft.
const GENERAL: &str = "how the writer works in general, not a story";

/// Why an answer that says what the writer would do, nothing done, is skipped: the
/// question above it stays the person's own.
const PLAN: &str = "what the writer would do (a plan), not something that happened";

/// Why a kind of story named with nothing told (`4. Disagreement`) is skipped.
const KIND_ONLY: &str = "a kind of story named, none told";

/// Why an answer about the writer, or advice, is skipped.
const GENERAL_ANSWER: &str =
    "tells no story of the writer's (an answer about themselves, or advice)";

/// Why the label over the example an answer gives is kept with the structure.
const EXAMPLE_LABEL: &str = "the label of the example an answer gives: the example is the story";

/// A text without its paragraphs that open with a label in emphasis of the writer's
/// own (`*Real grounding:* After the bug I sent a note…`, `**For example:** …`): the
/// examples it sets apart from what it says.
fn without_example(text: &str) -> String {
    text.split("\n\n")
        .filter(|para| {
            let line = para.trim_start();
            let emphasised = line.starts_with(['*', '_']);
            !emphasised || bold_label(line, false).is_none() && !italic_label(line)
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Whether a line is the label that sets an example apart: `**Example:**`, `_Example
/// of a failed launch:_ …`, `### Example:`, `### Example`, or `Example:` alone on its
/// line; "example" first, five words at most before its colon.
fn example_label(line: &str) -> bool {
    let line = line.trim();
    let heading = super::details::heading_marks(line).map(|depth| line[depth..].trim());
    let label = heading.unwrap_or(line).trim_matches(['*', '_']).trim();
    let (head, alone) = match label.split_once(':') {
        Some((head, rest)) => (head, rest.trim_matches(['*', '_', ' ']).is_empty()),
        None if heading.is_some() => (label, true),
        None => return false,
    };
    let words = plain_words(head);
    (line.starts_with(['*', '_']) || heading.is_some() || alone)
        && words.first().is_some_and(|w| w == "example")
        && words.len() <= 5
}

/// The example an answer sets apart under a label of its own (`**Example:**`,
/// `**Example of a failed initiative:**`, then what follows, to the answer's end),
/// without the label.
fn example_of(text: &str) -> Option<String> {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let labelled = |para: &&str| example_label(para.trim_start().lines().next().unwrap_or(""));
    let at = paragraphs.iter().position(labelled)?;
    let opening = paragraphs[at].trim_start();
    let (label_line, below) = opening.split_once('\n').unwrap_or((opening, ""));
    let beside = label_line
        .split_once(':')
        .map_or("", |(_, rest)| rest.trim_start_matches(['*', '_', ' ']));
    let mut example = vec![beside, below];
    example.extend(&paragraphs[at + 1..]);
    Some(example.join("\n\n").trim().to_string())
}

/// Whether the example an answer sets apart under a label of its own (see
/// [`example_of`]) tells one occasion: three things or more the writer did or met, in
/// the past ("I once advocated…", "I committed…", "I told my manager…"). A choice and
/// its reasons ("I had to choose…; I chose…") or a pointer to a story told elsewhere
/// ("I identified the CI slowness problem") tells none.
fn example_told(text: &str) -> bool {
    // (Its steps may be items that open on the deed, "I" left out: `- Built a mock API
    // and continued development`.)
    let deeds = |example: &str| {
        let items = example
            .lines()
            .filter_map(item_body)
            .filter(|item| {
                let first = words_of(item).into_iter().next().unwrap_or_default();
                first != "i" && first != "we" && opens_on_deed(item)
            })
            .count();
        first_person_events(example) + items
    };
    example_of(text).is_some_and(|example| deeds(&example) >= 3)
}

/// Whether a line opens with a label of a few words in single emphasis ending in a
/// colon: `*Real grounding:* …`, `_Example:_ …`.
fn italic_label(line: &str) -> bool {
    let Some(rest) = line.strip_prefix(['*', '_']) else {
        return false;
    };
    let Some(end) = rest.find(['*', '_']) else {
        return false;
    };
    let label = &rest[..end];
    label.trim_end().ends_with(':') && (1..=4).contains(&label.split_whitespace().count())
}

/// The reason given for an answer that says the writer has no such story yet ("This
/// hasn't happened to me", "Not sure"): its question is still theirs to practise.
const NOT_YET: &str = "says the writer has no story for it yet";

/// The reasons a draft is not a story that still leave its questions the person's own,
/// to practise, whatever lines they were asked on.
const OWN_QUESTIONS_KEPT: &[&str] = &[
    GENERAL,
    PLAN,
    KIND_ONLY,
    NOT_YET,
    GLOSS,
    SAMPLE,
    UNFINISHED,
    SOURCES_LEAD,
    EMPTY_MARKUP,
];

/// Why a block of HTML tags with nothing in them, where an answer would be, is
/// skipped: the question above it stays the person's own.
const EMPTY_MARKUP: &str = "an answer's place left empty (HTML tags, nothing in them), not a story";

/// Whether a text is a list of three sentences or more and nothing else, none of them
/// in the first person or the past (`- Deliver results on time.`, `- Invent new ideas
/// and solutions.`): commands or what something means, not what happened.
pub(super) fn commands_listed(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let items: Option<Vec<&str>> = lines.iter().map(|l| item_body(l).map(str::trim)).collect();
    let Some(items) = items.filter(|items| items.len() >= 3) else {
        return false;
    };
    // (A word in the past as an adjective, `the improved plan`, may stand in a third.)
    let present = items
        .iter()
        .filter(|item| past_sentences(item) == 0)
        .count();
    present * 3 >= items.len() * 2
        && items.iter().all(|item| {
            let words = words_of(item);
            item.ends_with('.')
                && words.len() >= 2
                && !words
                    .iter()
                    .any(|w| crate::english::FIRST_PERSON.contains(w.as_str()))
        })
}

/// Whether a text is a list of advice the writer gives themselves (`- Be honest, say
/// if it took longer`, `- How do I react to failure? Show what I learned`, `- Keep it
/// brief`): four items or more, a line each, half of them at least opening on a
/// command or a question, and a fourth at most on a deed ("Shipped…", "I told…";
/// "Focused more on the product" may be a command in other words).
pub(super) fn advice_listed(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let items: Option<Vec<&str>> = lines.iter().map(|l| item_body(l).map(str::trim)).collect();
    let Some(items) = items.filter(|items| items.len() >= 4) else {
        return false;
    };
    let advising = items
        .iter()
        .filter(|item| {
            let first = item
                .split_terminator(['.', '!', '?', ';', ','])
                .next()
                .unwrap_or("");
            opens_on_command(first) || is_question(item.split_inclusive('?').next().unwrap_or(""))
        })
        .count();
    let deeds = items.iter().filter(|item| opens_on_deed(item)).count();
    advising * 2 >= items.len() && deeds * 4 <= items.len()
}

/// Whether a text is HTML tags and nothing else but an answer's label (`<details>
/// <summary>Answer</summary>` over `</details>`): one tag at least.
pub(super) fn markup_only(text: &str) -> bool {
    text.contains('<')
        && outside(text, '<', '>')
            .0
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .all(|l| answer_label(&format!("{l}:")))
}

/// Why a line leading in to the notes' sources, where an answer would be, is skipped:
/// the question above it is the person's own.
const SOURCES_LEAD: &str = "a line leading in to the notes' sources, not a story";

/// The sections under a heading that names one story by its label (`## История #1:
/// Разрешение конфликта` over `### One-liner`, `### STAR за 30 секунд`, `### Ключевые
/// цифры`, `### Урок`), up to the next heading as high, are that story's: the drafts
/// made of them join the first (its parts, notes, questions, follow-ups and
/// principles), and the blocks skipped among them, its summary and its figures,
/// join its notes. Only where a draft was made under the name; nothing is dropped.
fn join_named_sections(plan: &mut ImportPlan, lines: &[&str], named_over: &[(usize, u8)]) {
    if named_over.is_empty() {
        return;
    }
    let headings: Vec<(usize, u8)> = unfenced(lines)
        .filter_map(|(i, l)| super::tables::atx_level(l).map(|level| (i + 1, level)))
        .collect();
    // Each name's span: its heading's line to the line before the next heading as high.
    let mut spans: Vec<(usize, usize)> = named_over
        .iter()
        .map(|&(start, level)| {
            let next = headings.partition_point(|&(at, _)| at <= start);
            let end = headings[next..]
                .iter()
                .find(|&&(_, l)| l <= level)
                .map_or(lines.len(), |&(at, _)| at - 1);
            (start, end)
        })
        .collect();
    spans.sort_unstable();
    // The span a block's lines lie in: the last to start above them (one search each).
    let span_of = |(from, to): (usize, usize)| {
        let at = spans
            .partition_point(|&(start, _)| start < from)
            .checked_sub(1)?;
        (to <= spans[at].1).then_some(at)
    };
    let mut first: Vec<Option<usize>> = vec![None; spans.len()];
    let mut into: Vec<Option<usize>> = vec![None; plan.drafts.len()];
    let opened: Vec<usize> = plan.drafts.iter().map(|d| d.lines.0).collect();
    for (i, draft) in plan.drafts.iter().enumerate() {
        if let Some(at) = span_of(draft.lines) {
            match first[at] {
                Some(j) => into[i] = Some(j),
                None => first[at] = Some(i),
            }
        }
    }
    // What joins each first draft's notes, by the line it starts on: the notes keep the
    // order of the lines they come from.
    let mut extra: rustc_hash::FxHashMap<usize, Vec<(usize, String)>> = Default::default();
    for (i, target) in into.iter().enumerate() {
        let Some(j) = *target else { continue };
        let other = std::mem::take(&mut plan.drafts[i].story);
        let other_lines = plan.drafts[i].lines;
        let draft = &mut plan.drafts[j];
        draft.append_told(&other);
        let mut said = String::new();
        if other.title != draft.story.title {
            append(&mut said, &other.title);
        }
        append(&mut said, &other.notes);
        extra.entry(j).or_default().push((other_lines.0, said));
        draft.join(&other.questions, &other.principles);
        draft.lines.1 = draft.lines.1.max(other_lines.1);
    }
    // (Only what was skipped for standing under a heading that names no principle:
    // a note to self on the story, an empty template, keep their own reasons.)
    let generic = |s: &Skipped| {
        s.reason == "heading names no principle"
            || s.reason.starts_with("under '") && s.reason.ends_with("which names no principle")
    };
    let mut kept = Vec::new();
    for s in std::mem::take(&mut plan.skipped) {
        let target = span_of(s.lines)
            .and_then(|at| first[at])
            .filter(|_| generic(&s) && !empty_template(&s.text));
        match target {
            Some(j) => {
                let draft = &mut plan.drafts[j];
                draft.lines.0 = draft.lines.0.min(s.lines.0);
                draft.lines.1 = draft.lines.1.max(s.lines.1);
                let text = s
                    .text
                    .trim_start()
                    .trim_start_matches('#')
                    .trim()
                    .to_string();
                extra.entry(j).or_default().push((s.lines.0, text));
            }
            None => kept.push(s),
        }
    }
    plan.skipped = kept;
    for (j, mut pieces) in extra {
        let draft = &mut plan.drafts[j];
        // (Its own notes where its first block stood.)
        let own = std::mem::take(&mut draft.story.notes);
        pieces.push((opened[j], own));
        pieces.sort_by_key(|(line, _)| *line);
        for (_, text) in pieces {
            append(&mut draft.story.notes, text.trim());
        }
    }
    let mut index = 0;
    plan.drafts.retain(|_| {
        index += 1;
        into[index - 1].is_none()
    });
}

/// A story's part under a heading of its own that comes after asides under the same
/// story's heading (`## Q1: …` over `### Situation — …` to `### Result — …`, then
/// `### What Interviewers Will Evaluate`, `### Red Flags`, then `### Key Takeaways`):
/// the story's own, as the parts above it are, not a story of its own. A draft that
/// opens on a part's heading and holds only parts the draft before it left empty, with
/// its title, under that draft's heading with none as high between them, goes into it.
fn rejoin_parts(plan: &mut ImportPlan, lines: &[&str]) {
    let line = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
    let mut i = 1;
    while i < plan.drafts.len() {
        let (before, this) = (&plan.drafts[i - 1], &plan.drafts[i]);
        let opening = line(this.lines.0);
        let joins = super::tables::atx_level(opening).is_some_and(|level| {
            let heading = opening.trim_start().trim_start_matches('#');
            let above = super::tables::atx_level(line(before.lines.0));
            matches!(split_label(heading.trim()), Some((Label::Part(_), _)))
                && above.is_some_and(|above| {
                    above < level
                        && (before.lines.0 + 1..this.lines.0)
                            .filter_map(|n| super::tables::atx_level(line(n)))
                            .all(|between| between > above)
                })
                && this.story.title == before.story.title
                && this.story.questions.is_empty()
                && this.story.notes.trim().is_empty()
                && this.story.written_parts().next().is_some()
                && this
                    .story
                    .written_parts()
                    .all(|(part, _)| before.story.part(part).trim().is_empty())
        });
        if !joins {
            i += 1;
            continue;
        }
        let this = plan.drafts.remove(i);
        let before = &mut plan.drafts[i - 1];
        for (part, text) in this.story.written_parts() {
            *before.story.part_mut(part) = text.to_string();
        }
        before.lines.1 = before.lines.1.max(this.lines.1);
    }
}

/// Sections of one answer, split from it by their parts' labels: under a question
/// whose answer tells one occasion, the sub-problems it met (`- **Problem**: Duplicate
/// event processing` over `- **Solution**: Idempotency keys`) or the options it weighed
/// (`**Option 1: Apache Kafka**` over pros and cons) are read as stories of their own.
/// A draft right after another with the same question, its lines running on from that
/// draft's, with labelled parts and no one in its scene, its actions or its notes ("I",
/// "we" nowhere there: the answer's results and lessons may follow it), not opened by a
/// label that starts a story (`**Scenario: NAME**`, `Story 2:`) nor told as another
/// instance, is the one before's: its text joins that draft's notes. A second story
/// under the same question tells who did what; so does one drafted from the writer's
/// reminder of it (its first line in `reminded`: see [`Importer::reminder_draft`]).
fn rejoin_sections(plan: &mut ImportPlan, lines: &[&str], reminded: &rustc_hash::FxHashSet<usize>) {
    let line = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
    let mut i = 1;
    while i < plan.drafts.len() {
        let (before, this) = (&plan.drafts[i - 1], &plan.drafts[i]);
        // (The label's line, wherever the draft's lines begin: a story's label and its
        // name, kept with the structure, or the first line of the draft's own.)
        let labelled = || {
            (plan.ignored.iter()).any(|s| {
                s.reason.starts_with("a story's label")
                    && (this.lines.0..=this.lines.1).contains(&s.lines.0)
            })
        };
        let first = (this.lines.0..=this.lines.1)
            .find(|&n| !line(n).trim().is_empty())
            .unwrap_or(this.lines.0);
        let opening = strip_marker(line(first).trim());
        let joins = !this.story.questions.is_empty()
            && this.story.questions == before.story.questions
            && this.lines.0 == before.lines.1 + 1
            && !this.another
            && !reminded.contains(&this.lines.0)
            && this.story.written_parts().next().is_some()
            && persons(&format!(
                "{}\n{}",
                [Part::Situation, Part::Task, Part::Action]
                    .map(|p| this.story.part(p))
                    .join("\n"),
                this.story.notes
            ))
            .0 == 0
            && next_story(opening.trim_matches(['*', '_'])).is_none()
            && next_story(&opening).is_none()
            && !labelled();
        if !joins {
            i += 1;
            continue;
        }
        let this = plan.drafts.remove(i);
        let text = (this.lines.0..=this.lines.1)
            .map(line)
            .collect::<Vec<_>>()
            .join("\n");
        let before = &mut plan.drafts[i - 1];
        append(&mut before.story.notes, text.trim());
        before.lines.1 = before.lines.1.max(this.lines.1);
    }
}

/// Keeps each heading with nothing under it that no reading took up (`### 故事 A：export`
/// at the end of the notes, in notes read as stories each under its label) in the
/// ignored list, so that its words are in something.
fn keep_empty_headings<'a>(plan: &mut ImportPlan, root: &'a AstNode<'a>, lines: &[&str]) {
    // The lines some draft or list accounts for, counted as a running sum of where
    // spans open and close: one pass, however many spans overlap.
    let mut opened = vec![0i64; lines.len() + 2];
    let spans = (plan.drafts.iter().map(|d| d.lines))
        .chain(plan.skipped.iter().map(|s| s.lines))
        .chain(plan.ignored.iter().map(|s| s.lines))
        .chain(plan.questions.iter().map(|q| q.lines));
    for (start, end) in spans {
        let (start, end) = (start.min(lines.len() + 1), end.min(lines.len()) + 1);
        if start < end {
            opened[start] += 1;
            opened[end] -= 1;
        }
    }
    let mut accounted = vec![false; lines.len() + 2];
    let mut open = 0;
    for (line, seen) in accounted.iter_mut().enumerate() {
        open += opened[line];
        *seen = open > 0;
    }
    let level = |node: &AstNode<'_>| match node.data().value {
        NodeValue::Heading(ref h) => Some(h.level),
        _ => None,
    };
    let children: Vec<_> = root.children().collect();
    for (i, node) in children.iter().enumerate() {
        let (start, end) = span(node);
        // (Nothing under it: the next block is a heading as high or higher, or none.)
        let empty = level(node).is_some_and(|own| {
            children
                .get(i + 1)
                .is_none_or(|next| level(next).is_some_and(|l| l <= own))
        });
        // (A question heading whose question a story or the person took is in them.)
        let asked = |text: &str| {
            let asked = bare_question(text.trim_start_matches('#'));
            (plan.drafts.iter())
                .flat_map(|d| d.story.questions.iter())
                .chain(plan.questions.iter().map(|q| &q.question))
                .any(|q| asked.contains(q.as_str()) || q.contains(asked.as_str()))
        };
        if empty
            && !accounted.get(start).copied().unwrap_or(true)
            && !asked(&lines[start - 1..end.min(lines.len())].join(" "))
        {
            plan.ignored.push(Skipped {
                lines: (start, end),
                reason: "a heading with nothing under it".into(),
                text: lines[start - 1..end.min(lines.len())].join("\n"),
            });
        }
    }
}

/// `## 「這個專案最難的部分是什麼？」` over `Pick any one of these:` and the stories
/// under it, each a heading below: a question asked once over the stories that answer
/// it. Its heading made no draft (a label over questions, or a heading read as naming
/// no principle); the question is each story's under it.
fn share_heading_questions(plan: &mut ImportPlan, lines: &[&str]) {
    let heading = |at: usize| {
        let line = lines.get(at.checked_sub(1)?)?.trim_start();
        super::details::heading_marks(line).map(|depth| (depth, line[depth..].trim()))
    };
    let shared: Vec<(String, usize, usize)> = plan
        .skipped
        .iter()
        .filter(|s| s.reason == LABEL_ALONE || s.reason == "heading names no principle")
        .filter_map(|s| {
            let (depth, text) = heading(s.lines.0)?;
            let asked = bare_question(text.trim_matches(['「', '」', '『', '』']));
            if !is_question(&asked) {
                return None;
            }
            let end = (s.lines.0 + 1..=lines.len())
                .find(|&at| heading(at).is_some_and(|(d, _)| d <= depth))
                .unwrap_or(lines.len() + 1);
            Some((asked, s.lines.1, end))
        })
        .collect();
    // (So does a question of the person's own under a principle's heading, its own
    // heading over the stories that answer it: `# LEADERSHIP & OWNERSHIP`, then `## Q:
    // Tell me about a time you led…` over `### STORY: ConfigNexus`. It is theirs, no
    // longer a question waiting for a story.)
    let mut answered = Vec::new();
    for (k, q) in plan.questions.iter().enumerate() {
        // (Its heading the question alone, `Q:` aside: `### FRUGALITY: Tell me about a
        // time you saved money.` is the principle's heading, and its question waits.)
        let Some((depth, text)) = heading(q.lines.0).filter(|_| q.lines.0 == q.lines.1) else {
            continue;
        };
        let mut words = plain_words(text);
        if words.first().is_some_and(|w| w == "q") {
            words.remove(0);
        }
        if words != plain_words(&q.question) {
            continue;
        }
        let end = (q.lines.0 + 1..=lines.len())
            .find(|&at| heading(at).is_some_and(|(d, _)| d <= depth))
            .unwrap_or(lines.len() + 1);
        if plan
            .drafts
            .iter()
            .any(|d| d.lines.0 > q.lines.1 && d.lines.0 < end)
        {
            answered.push((k, end));
        }
    }
    let mut shared = shared;
    for (k, end) in answered.into_iter().rev() {
        let q = plan.questions.remove(k);
        shared.push((q.question, q.lines.1, end));
    }
    for (asked, after, end) in shared {
        for draft in plan
            .drafts
            .iter_mut()
            .filter(|d| d.lines.0 > after && d.lines.0 < end)
        {
            if !draft.story.questions.contains(&asked) {
                draft.story.questions.push(asked.clone());
            }
        }
    }
}

/// `Time you went above and beyond` over `- SotiOneApps`, with `## 1, 2. SOTI One
/// Apps` told further on: the reminder under the question is only the name of a story
/// these notes tell, a pointer to it. The question is that story's; the pointer makes
/// no draft of its own, and is kept with the lines read as structure.
fn point_to_named_stories(plan: &mut ImportPlan) {
    // A name's letters and digits, lowercased, the number it is counted by left off
    // (`1, 2. SOTI One Apps`: `sotioneapps`).
    let letters = |text: &str| -> String {
        text.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_ascii_punctuation() || c == ' '
        })
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
    };
    let pointer = |draft: &Draft| -> Option<String> {
        let story = &draft.story;
        if story.written_parts().next().is_some() || !story.followups.is_empty() {
            return None;
        }
        let lines: Vec<&str> = story
            .notes
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect();
        let [line] = lines[..] else {
            return None;
        };
        let name = line
            .trim()
            .trim_start_matches(['-', '*', '+', ' '])
            .trim_matches(['*', '_', '`', ' ']);
        let name_letters = letters(name);
        (name.split_whitespace().count() <= 4
            && !name.contains(['.', '!', '?', ':', ','])
            && name_letters.chars().count() >= 6)
            .then_some(name_letters)
    };
    // The stories told in parts, by their titles' letters: what a pointer may name.
    let told: Vec<(usize, String)> = (plan.drafts.iter().enumerate())
        .filter(|(_, d)| d.story.written_parts().next().is_some())
        .map(|(e, d)| (e, letters(&d.story.title)))
        .collect();
    let pointed: Vec<(usize, usize)> = (plan.drafts.iter().enumerate())
        .filter_map(|(d, draft)| {
            let name = pointer(draft)?;
            let (e, _) = told.iter().find(|(_, title)| title.starts_with(&name))?;
            Some((d, *e))
        })
        .collect();
    for &(d, e) in &pointed {
        let asked = plan.drafts[d].story.questions.clone();
        let title = plan.drafts[e].story.title.clone();
        let target = &mut plan.drafts[e].story.questions;
        for question in asked {
            if !target.contains(&question) {
                target.push(question);
            }
        }
        let draft = &plan.drafts[d];
        plan.ignored.push(Skipped {
            lines: draft.lines,
            reason: format!(
                "the name of a story these notes tell ('{title}'): its question is that story's"
            ),
            text: draft.story.notes.trim().to_string(),
        });
    }
    let gone: rustc_hash::FxHashSet<usize> = pointed.iter().map(|(d, _)| *d).collect();
    let mut at = 0..;
    plan.drafts
        .retain(|_| !gone.contains(&at.next().expect("an open range")));
}

/// The reason given for a label with nothing told under it (see [`only_its_label`]).
const LABEL_ALONE: &str = "a label over questions or nothing, no story told under it";

/// Whether a draft's notes are only a label, on a line of its own and closed by a
/// colon (`**What they evaluate:**`, `Learning & Simplification:`), its title none yet
/// or that label's words.
fn only_its_label(notes: &str, title: &str) -> bool {
    let line = notes.trim();
    let label = line.trim_matches(['*', '_', ' ']);
    let Some(label) = label.strip_suffix(':') else {
        return false;
    };
    let words = plain_words(label);
    !line.contains('\n')
        && !words.is_empty()
        && (title.trim().is_empty() || words == plain_words(title))
}

/// Whether a text is labels over slots in brackets and nothing else (`**Situation
/// (1–2 lines):** [FILL IN]`, `**Steps I took:** [TODO]`): with the bracketed slots,
/// the bold labels and their remarks in parentheses taken off, and each line's label
/// before its colon, no word is left; two slots at least.
pub(super) fn only_slots(text: &str) -> bool {
    let mut slots = 0;
    let mut said = false;
    for line in text.lines() {
        let mut kept = String::new();
        let mut depth = 0usize;
        for c in line.chars() {
            match c {
                '[' => {
                    depth += 1;
                    if depth == 1 {
                        slots += 1;
                    }
                }
                ']' => depth = depth.saturating_sub(1),
                _ if depth > 0 => {}
                c => kept.push(c),
            }
        }
        // (The label before its colon, bold or not, and a remark in parentheses.)
        let rest = kept
            .rsplit_once(':')
            .map_or(kept.as_str(), |(_, rest)| rest);
        let rest = rest.replace(['*', '_', '(', ')'], " ");
        said |= rest
            .split_whitespace()
            .any(|w| w.chars().any(char::is_alphanumeric));
    }
    slots >= 2 && !said
}

/// The reason given for an answer begun and left (see [`unfinished`]).
const UNFINISHED: &str = "an answer left unfinished (it stops mid-sentence), not a story";

/// The reason given for a guide's sample answer under its label (`**Framework:**`), and
/// for the label left with the question above it.
const SAMPLE: &str = "the guide's sample answer under its label, not the writer's story";

/// The reason given for a quoted line under a question that asks it again in another
/// language, or glosses it, and answers nothing.
const GLOSS: &str = "the question in other words, not an answer";

fn field_mut(draft: &mut Draft, field: Field) -> &mut String {
    match field {
        Field::Part(part) => draft.story.part_mut(part),
        Field::Notes | Field::Questions | Field::Aside(_) => &mut draft.story.notes,
    }
}

/// What a piece of text starts with: a STAR label, a line of more principles (`Also:`,
/// or any short label whose value names only principles), a closing sentence of what
/// was learned; and the text after the label.
fn classify<'t>(text: &'t str, set: &PrincipleSet) -> Option<(Label, &'t str)> {
    if lettered_steps(text) {
        return None;
    }
    if let Some(found) = split_label(text) {
        return Some(found);
    }
    if !text.trim().contains('\n') && principle_line(text, set).is_some() {
        let value = text.split_once(':').map_or("", |(_, v)| v);
        return Some((Label::Also, value.trim()));
    }
    if learned_sentence(text) {
        return Some((Label::Part(crate::model::Part::Learned), text.trim()));
    }
    None
}

/// A paragraph cut where its lines start with a label, or a list cut into its items
/// (markers off) when any item starts with one: (first line, text) pieces. Anything
/// else is one piece, as written.
pub(super) fn segments(
    text: &str,
    start: usize,
    list: bool,
    set: &PrincipleSet,
) -> Vec<(usize, String)> {
    let marker = |line: &str| -> Option<usize> {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &trimmed[digits..];
        let width = if digits == 0
            && (rest.starts_with("- ") || rest.starts_with("* ") || rest.starts_with("+ "))
        {
            2
        } else if digits > 0 && (rest.starts_with(". ") || rest.starts_with(") ")) {
            digits + 2
        } else {
            return None;
        };
        Some(indent + width)
    };
    let lines: Vec<&str> = text.lines().collect();
    // `S-For a new service…` `A-I pulled…`: a letter of STAR (or L, learned) and a
    // hyphen starting two or more lines with different letters are labels ("S-curve"
    // alone is a word).
    let letter = |line: &str| -> Option<char> {
        let mut chars = line.chars();
        let (c, hyphen, next) = (chars.next()?, chars.next()?, chars.next()?);
        ("STARLstarl".contains(c) && hyphen == '-' && !next.is_whitespace())
            .then(|| c.to_ascii_uppercase())
    };
    let mut letters: Vec<char> = lines.iter().filter_map(|l| letter(l)).collect();
    letters.sort_unstable();
    letters.dedup();
    let hyphened = letters.len() >= 2;
    // `- S`, `- T`, `- A`, `- R`, each item a letter of STAR alone with the part's
    // bullets nested under it: three letters or more, the S and the A among them, are
    // labels (one letter alone may be a list's "A").
    let alone = |line: &str| -> Option<char> {
        let width = marker(line)?;
        let body = line[width..].trim();
        let mut chars = body.chars();
        let c = chars.next()?;
        (chars.next().is_none() && "STARLstarl".contains(c)).then(|| c.to_ascii_uppercase())
    };
    let mut bare: Vec<char> = if list {
        lines.iter().filter_map(|l| alone(l)).collect()
    } else {
        Vec::new()
    };
    bare.sort_unstable();
    bare.dedup();
    let lettered = bare.len() >= 3 && bare.contains(&'S') && bare.contains(&'A');
    if lettered_steps(text) {
        return vec![(start, text.to_string())];
    }
    if !list && let Some(parts) = lettered_inline(text).or_else(|| labelled_inline(text)) {
        return parts
            .into_iter()
            .map(|(line, piece)| (start + line, piece))
            .collect();
    }
    let mut pieces: Vec<(usize, String)> = Vec::new();
    let mut any_label = false;
    // The indentation of the item that started the piece being read, and of the first
    // item nested under it (in columns, a tab four).
    let mut piece_indent = 0;
    let mut nested_indent: Option<usize> = None;
    // Whether that item is a part's label (`- **Action**: …`).
    let mut piece_part = false;
    let columns = |line: &str| {
        line.chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum::<usize>()
    };
    for (i, line) in lines.iter().enumerate() {
        let relabelled;
        let row = table_part(line, set);
        let line: &str = match (letter(line), alone(line), row) {
            (Some(c), _, _) if hyphened => {
                relabelled = format!("{c}: {}", &line[2..]);
                &relabelled
            }
            (_, Some(c), _) if lettered => {
                let width = marker(line).unwrap_or(0);
                relabelled = format!("{}{c}:", &line[..width]);
                &relabelled
            }
            // `| **Situation** | Our service… |`: a table's row, a part's label in its
            // first cell and the part in its second.
            (_, _, Some((label, part))) => {
                relabelled = format!("**{label}:** {part}");
                &relabelled
            }
            _ => line,
        };
        let (item_start, body) = match (list, marker(line)) {
            // An item may quote its text: `1. > **Situation**: …`.
            (true, Some(width)) => (true, line[width..].trim_start_matches(['>', ' '])),
            _ => (false, line),
        };
        // `**Answer Script (2 min):**` on its own line starts the answer on the next.
        let answer = !list && telling_label(body);
        let labelled = classify(body, set).is_some()
            || next_story(body).is_some()
            || answer
            || (!list && (numbered_question(body).is_some() || case_label(body).is_some()));
        any_label |= labelled && (i > 0 || list) || answer && i + 1 < lines.len();
        let after_answer = i > 0 && !list && telling_label(lines[i - 1]);
        let indent = columns(line);
        // An item nested under a part's labelled item (`- **Action**:` over `  - I
        // moved…`) is a line of that part's list, its mark kept, and one nested deeper
        // under it nested so: a list stays a list.
        let nested = list && item_start && piece_part && !labelled && indent > piece_indent;
        if pieces.is_empty() || labelled || after_answer || (list && item_start && !nested) {
            pieces.push((start + i, body.to_string()));
            piece_indent = indent;
            nested_indent = None;
            piece_part = matches!(classify(body, set), Some((Label::Part(_), _)));
        } else if nested {
            let base = *nested_indent.get_or_insert(indent);
            let last = pieces.last_mut().expect("a piece was started");
            last.1.push('\n');
            last.1.push_str(&" ".repeat(indent.saturating_sub(base)));
            last.1.push_str(line.trim_start());
        } else {
            let last = pieces.last_mut().expect("a piece was started");
            last.1.push('\n');
            last.1.push_str(if list { line.trim_start() } else { line });
        }
    }
    if !any_label {
        return vec![(start, text.to_string())];
    }
    pieces
}

/// A paragraph told as lettered parts in its running text: `(S) Our builds broke. (T)
/// I had to find why. (A) I bisected… (R) They went green.`, each part opened by its
/// letter in parentheses, `(ST)` for the scene and the task told as one. The paragraph
/// opens with `(S)` or `(ST)`, the letters run in STAR's order (an `(S)` after an
/// Action or a Result opens the next story), and the S, the A and a third letter are
/// among them: a single `(A)` in prose is a list's option, not a label. The pieces,
/// each written `S: …` as a label at a line's start is, with the line each starts on.
/// A paragraph that opens with a part's label in bold and has more in its running
/// text, each after a sentence's end (`**Situation:** The export ran late. **Task:**
/// Fix it. **Action:** I moved it… **Result:** …`): three parts or more, the Action
/// among them, in their order, what the writer learned last if it is there
/// (`**Reflection:** …`). The pieces, a part each with its label, and the line
/// each starts on. (An answer's mark before the first label, `A.`, is structure, as the
/// labels are, and is left out.)
fn labelled_inline(text: &str) -> Option<Vec<(usize, String)>> {
    let rank = |at: usize| -> Option<(u8, usize)> {
        let rest = &text[at..];
        let inner = rest.strip_prefix("**")?;
        let close = inner.find("**")?;
        let label = inner[..close].trim_end_matches(':').trim().to_lowercase();
        let rank = match label.as_str() {
            "situation" => 0,
            "task" => 1,
            "action" | "actions" => 2,
            "result" | "results" => 3,
            // What the writer learned, after the Result (`**Reflection:** …`).
            "reflection" | "reflections" | "lesson" | "lessons" | "lessons learned" | "learned"
            | "learnings" | "takeaway" | "takeaways" => 4,
            _ => return None,
        };
        // The colon inside the bold marks or just after them.
        let after = &inner[close + 2..];
        (inner[..close].ends_with(':') || after.starts_with(':')).then_some((rank, at))
    };
    // A label written plain, a word or two and a colon (`Problem: …`, `Solution: …`,
    // `Learned: …`): the same parts, run on in one paragraph.
    let plain = |at: usize| -> Option<(u8, usize)> {
        let rest = &text[at..];
        // (Within the first 24 bytes, cut where a character ends.)
        let window = (0..=rest.len().min(24))
            .rev()
            .find(|&i| rest.is_char_boundary(i))
            .unwrap_or(0);
        let colon = rest[..window].find(':')?;
        let rank = match rest[..colon].trim().to_lowercase().as_str() {
            "situation" | "problem" | "context" => 0,
            "task" | "goal" => 1,
            "action" | "actions" | "solution" | "approach" => 2,
            "result" | "results" | "outcome" | "impact" => 3,
            "reflection" | "lesson" | "lessons" | "lessons learned" | "learned" | "learnings"
            | "takeaway" | "takeaways" => 4,
            _ => return None,
        };
        Some((rank, at))
    };
    let rank = |at: usize| rank(at).or_else(|| plain(at));
    // (After the answer's own mark, `A. **Situation:** …`, a label as structure is.)
    let trimmed = text.trim_start();
    let marked = ["A. ", "A: ", "Ans: ", "Answer: "]
        .iter()
        .find_map(|mark| trimmed.strip_prefix(mark))
        .unwrap_or(trimmed)
        .trim_start();
    let lead = text.len() - marked.len();
    let (first, _) = rank(lead)?;
    let bold = text[lead..].starts_with("**");
    let mut marks = vec![(first, lead)];
    let mut from = lead + 2;
    // Each label after a sentence's end, set as the first one is: in bold, or plain.
    let next = |from: usize| {
        if bold {
            text[from..].find("**").map(|at| from + at)
        } else {
            (text[from..].char_indices())
                .find(|&(i, c)| {
                    c.is_alphabetic() && text[..from + i].ends_with(char::is_whitespace)
                })
                .map(|(i, _)| from + i)
        }
    };
    while let Some(found) = next(from) {
        // (Past the marks, or past the letter found, whatever its width.)
        from = found
            + if bold {
                2
            } else {
                text[found..].chars().next().map_or(1, char::len_utf8)
            };
        let before = text[..found].trim_end();
        if !before.ends_with(['.', '!', '?', ')']) {
            continue;
        }
        if let Some(mark) = rank(found) {
            marks.push(mark);
            // Past this label's closing marks (or its colon).
            from = if bold {
                text[found + 2..]
                    .find("**")
                    .map_or(text.len(), |c| found + 2 + c + 2)
            } else {
                text[found..]
                    .find(':')
                    .map_or(text.len(), |c| found + c + 1)
            };
        }
    }
    let ordered = marks.windows(2).all(|w| w[1].0 > w[0].0);
    let has_action = marks.iter().any(|m| m.0 == 2);
    if marks.len() < 3 || !ordered || !has_action {
        return None;
    }
    Some(
        marks
            .iter()
            .enumerate()
            .map(|(i, &(_, at))| {
                let until = marks.get(i + 1).map_or(text.len(), |next| next.1);
                let line = text[..at].matches('\n').count();
                (line, text[at..until].trim().to_string())
            })
            .collect(),
    )
}

fn lettered_inline(text: &str) -> Option<Vec<(usize, String)>> {
    let mut marks: Vec<(usize, usize, u8)> = Vec::new(); // (start, end, rank)
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|at| from + at) {
        from = open + 1;
        // The letters are three bytes at most (`S/T`): look no further for the close.
        let window = &text.as_bytes()[open + 1..text.len().min(open + 5)];
        let Some(close) = window
            .iter()
            .position(|&b| b == b')')
            .map(|at| open + 1 + at)
        else {
            continue;
        };
        let rank = match &text[open + 1..close] {
            "S" | "ST" | "S/T" => 0,
            "T" => 1,
            "A" => 2,
            "R" => 3,
            _ => continue,
        };
        if text[..open].ends_with(|c: char| !c.is_whitespace()) {
            continue; // `plan(A)`: a word's own brackets
        }
        marks.push((open, close + 1, rank));
    }
    let first = marks.first()?;
    if !text[..first.0].trim().is_empty() || first.2 != 0 {
        return None;
    }
    let in_order = marks
        .windows(2)
        .all(|w| w[1].2 > w[0].2 || w[1].2 == 0 && w[0].2 >= 2);
    let mut ranks: Vec<u8> = marks.iter().map(|m| m.2).collect();
    ranks.sort_unstable();
    ranks.dedup();
    if !in_order || ranks.len() < 3 || !ranks.contains(&2) {
        return None;
    }
    let pieces = marks
        .iter()
        .enumerate()
        .map(|(i, &(open, end, rank))| {
            let until = marks.get(i + 1).map_or(text.len(), |next| next.0);
            let letter = match (rank, &text[open + 1..end - 1]) {
                (0, "S") => "S",
                (0, _) => "S/T",
                (1, _) => "T",
                (2, _) => "A",
                _ => "R",
            };
            let line = text[..open].matches('\n').count();
            (line, format!("{letter}: {}", text[end..until].trim()))
        })
        .collect();
    Some(pieces)
}

/// Whether a question's label names one prompt, and one question follows it on its
/// line: `Q: …`, `**Question:** …`, `Prompt: …` (not `Sample questions:`, the story's
/// own list, nor `Use for:`).
fn single_prompt(text: &str, rest: &str) -> bool {
    let label = text[..text.len() - rest.len()]
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '*' | '_' | ':' | '：' | '#' | '>')
        })
        .to_lowercase();
    matches!(
        label.as_str(),
        "q" | "question" | "prompt" | "interview question" | "example question"
    ) && !rest.trim().contains('\n')
        && is_question(&bare_question(rest.trim()))
}

/// Whether a text is one line listing qualities, three short phrases or more set apart
/// by commas or `+` (`Calm under pressure, debugging approach, prevention.`): each of
/// four words at most, the ones after the first in lower case, none in the past tense
/// and no "I" or "we" in any: what an answer should show, not what happened.
fn qualities_listed(text: &str) -> bool {
    let text = text.trim().trim_start_matches(['-', '*', '+']).trim();
    if text.contains('\n') {
        return false;
    }
    let text = text.trim_end_matches('.');
    let pieces: Vec<&str> = text.split([',', '+', ';']).map(str::trim).collect();
    // (A name past a piece's first word, `Driving to Seattle, chains, blankets`, is of
    // one time and place: a story's reminder, with what it took.)
    pieces.len() >= 3
        && pieces.iter().enumerate().all(|(i, piece)| {
            let words = plain_words(piece);
            (1..=4).contains(&words.len())
                && (i == 0 || piece.starts_with(|c: char| c.is_lowercase()))
                && !words.iter().any(|w| super::rules::past(w))
                && !names_past_first(piece, false)
        })
        && !speaks_of_self(text)
}

/// A remark in parentheses at the start of a part's text that says how long to take
/// telling it (`(30 seconds)`, `(60-70% of time)**`, `(~1 min)`), and the text after
/// it (and after the label's closing marks, when the remark sat inside them).
fn speaking_time(rest: &str) -> Option<(&str, &str)> {
    let text = rest.trim_start();
    let inner = text.strip_prefix('(')?;
    let (remark, after) = inner.split_once(')')?;
    const UNITS: &[&str] = &[
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
    ];
    // `30`, `30s`, `60-70` (read as two numbers), "seconds", "of time".
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let timed_word = |w: &str| {
        let unit = w.trim_start_matches(|c: char| c.is_ascii_digit());
        number(w) || UNITS.contains(&unit) || matches!(w, "of" | "time" | "total")
    };
    // (`(60-70% — be specific about what YOU did)`: the share of time, then advice on
    // telling the part; the whole remark is how to tell it.)
    let share = remark
        .split(['—', '–', ';', ','])
        .next()
        .unwrap_or(remark)
        .split(" - ")
        .next()
        .unwrap_or(remark);
    let words = plain_words(share);
    let timed = words
        .iter()
        .any(|w| number(w.trim_end_matches(char::is_alphabetic)))
        && words.iter().all(|w| timed_word(w))
        && (share.contains('%')
            || words
                .iter()
                .any(|w| UNITS.contains(&w.trim_start_matches(|c: char| c.is_ascii_digit()))));
    let end = text.len() - after.len();
    // (`**Situation (20%):** …`: the colon, and the marks around it, close the label.)
    let after = after.trim_start_matches(['*', '_']);
    let after = after
        .strip_prefix([':', '：'])
        .map_or(after, |a| a.trim_start_matches(['*', '_']))
        .trim_start();
    timed.then(|| (&text[..end], after))
}

/// Why the text under a question that points at a story told above is skipped.
const POINTED: &str =
    "how to tell a story told above for this question (its question is that story's), not a story";

/// The story a question's answer points at, when its first line is a label saying
/// which story to use (`**Use:** Walmart race condition story — primary story
/// above.`, `**Primary use:** NAME — …`): the name (before a
/// dash, a full stop or "OR"), and the whole value after the label.
fn use_pointer(notes: &str) -> Option<(String, String)> {
    let first = notes.trim().lines().next()?.trim();
    let bare = first
        .strip_prefix("**")
        .or_else(|| first.strip_prefix("__"));
    let (label, value) = match bare {
        Some(inner) => {
            let (label, rest) = inner.split_once(':')?;
            (
                label,
                rest.trim_start()
                    .strip_prefix(['*', '_'])
                    .map(|r| r.trim_start_matches(['*', '_']))?,
            )
        }
        None => first.split_once(':')?,
    };
    let label = label.trim().to_lowercase();
    // (`Story to use: NAME` over the story told for the question names that story,
    // read as its title.)
    let says_use = matches!(label.as_str(), "use" | "primary use");
    if !says_use {
        return None;
    }
    let value = value.trim();
    let cut = [" — ", " – ", " - ", ". ", " OR ", " or ", ", "]
        .iter()
        .filter_map(|sep| value.find(sep))
        .min()
        .unwrap_or(value.len());
    let name = value[..cut].trim().trim_end_matches('.').trim();
    (!name.is_empty() && name.split_whitespace().count() <= 8)
        .then(|| (name.to_string(), value.to_string()))
}

/// Whether a heading's text says it heads a story: a story's label before its name
/// (`Story 2: NAME`, `Backup Story: NAME`, `STAR Story — NAME`).
fn heads_a_story(heading: &str) -> bool {
    let text = heading.trim();
    let named = story_heading(text);
    named != text && !named.trim().is_empty() || story_label(text) || numbered_case(text)
}

/// Whether a heading labels a case or a story by its number or letter: `Case 1 -
/// hsbc-zero-defects`, `✅ **Case 2 - NAME** (scores)`, `Story B: NAME`.
fn numbered_case(heading: &str) -> bool {
    let bare = heading
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    ["case ", "story "].iter().any(|word| {
        bare.strip_prefix(word).is_some_and(|rest| {
            let mark: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            !mark.is_empty()
                && (mark.chars().all(|c| c.is_ascii_digit()) || mark.chars().count() == 1)
        })
    })
}

/// A draft with the quotation marks taken from its parts and notes: the writer's words
/// as said aloud, read as told.
fn said_aloud(draft: &Draft) -> Draft {
    let mut said = draft.clone();
    for part in Part::ALL {
        let text = said.story.part_mut(part);
        *text = text.replace(['"', '“', '”'], "");
    }
    said.story.notes = said.story.notes.replace(['"', '“', '”'], "");
    said
}

/// Whether a heading says why the story it sits in shows a principle: `Why This Story
/// Fits Dive Deep`, `Why it fits`, `Why this is an Ownership story`.
fn why_it_fits(heading: &str) -> bool {
    let words = plain_words(heading);
    words.first().is_some_and(|w| w == "why")
        && (words.iter().any(|w| w == "fits" || w == "fit")
            || words.get(1..3).is_some_and(|w| w == ["this", "is"])
                && words.last().is_some_and(|w| w == "story"))
}

/// Whether a heading says the sections under it are the writer's stories: "story" or
/// "stories" with a word for a collection of them (`STAR Story Bank`, `Story
/// candidates`, `Story inventory`), or a heading over stories (`My stories`).
fn bank_of_stories(heading: &str) -> bool {
    let words = plain_words(heading);
    let names_stories = words
        .iter()
        .any(|w| matches!(w.as_str(), "story" | "stories"));
    names_stories
        && (words.iter().any(|w| {
            matches!(
                w.as_str(),
                "bank" | "banks" | "candidates" | "inventory" | "library" | "collection"
            )
        }) || group_heading(heading))
}

/// A text without the questions its writer puts to themselves on their own lines
/// (`*Sharpen: what did you decide alone?*`).
fn without_own_questions(text: &str) -> String {
    text.lines()
        .filter(|l| !is_question(&bare_question(l.trim().trim_matches(['*', '_']))))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How many words a text says beside its parts' labels (`- **S:**` and the like): none
/// in a template left empty.
fn beyond_labels(text: &str) -> usize {
    text.lines()
        .map(|line| {
            let line = strip_marker(line);
            let rest = match split_label(line.trim()) {
                Some((Label::Part(_), rest)) => rest.to_string(),
                _ => line.to_string(),
            };
            plain_words(&rest).len()
        })
        .sum()
}

/// Whether a line is a blank to write on: five underscores or more ending it, alone
/// or after a prompt (`Your notes: ______`).
fn blank_to_fill(line: &str) -> bool {
    let line = line.trim_end();
    line.len() - line.trim_end_matches('_').len() >= 5
}

/// Whether a text is only a Markdown table whose header names a column of stories
/// (`Go-To Story`, `Best story`) beside another: an index of stories by question or
/// theme.
fn looks_stories_up(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(header) = lines.next() else {
        return false;
    };
    let rows: Vec<&str> = lines.collect();
    let cells = super::tables::cells(header);
    header.starts_with('|')
        && cells.len() >= 2
        && cells.iter().any(|c| {
            plain_words(c)
                .iter()
                .any(|w| matches!(w.as_str(), "story" | "stories"))
        })
        && rows.len() >= 2
        && rows.iter().all(|r| r.starts_with('|'))
}

/// A table's row of two cells whose first is a story part's label (`| **Situation** |
/// Our service… |`): the label and the part's text.
fn table_part<'l>(line: &'l str, set: &PrincipleSet) -> Option<(&'l str, &'l str)> {
    let row = line.trim().strip_prefix('|')?.strip_suffix('|')?;
    let (label, part) = row.split_once('|')?;
    let label = label
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches(':');
    let part = part.trim();
    (!part.is_empty()
        && !part.contains('|')
        && matches!(
            classify(&format!("{label}:"), set),
            Some((Label::Part(_), _))
        ))
    .then_some((label, part))
}

/// Whether a text's lines open with letters in turn, `A`, `B`, `C` (`**A**: DETERMINE
/// THE END GOAL`, `**B**: GATHER…`): steps lettered in order, not a story's parts; their
/// A is the first step, not the Action.
fn lettered_steps(text: &str) -> bool {
    // Three lines at least; most texts read are one.
    if !text.contains('\n') {
        return false;
    }
    let letters: Vec<char> = text.lines().filter_map(step_letter).collect();
    letters.windows(3).any(|w| w == ['A', 'B', 'C'])
}

/// A line without the letter or number that enumerates it (`a. customer centric`, `9.
/// dealing with ambiguity`, `- …`).
fn enumerator_off(line: &str) -> &str {
    let t = line.trim_start_matches(['-', '*', '+', '•']).trim_start();
    let head = t
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>();
    let short = head.len() <= 2 && (head.len() == 1 || head.bytes().all(|b| b.is_ascii_digit()));
    match t[head.len()..].strip_prefix(['.', ')']) {
        Some(rest) if short && !head.is_empty() && rest.starts_with(' ') => rest.trim_start(),
        _ => t,
    }
}

/// A line's text after the arrow that leads it (`-> did poc launcher` gives `did poc
/// launcher`): the writer's mark for a step, not a word of theirs; `None` for a line
/// no arrow leads.
fn after_arrow(line: &str) -> Option<&str> {
    ARROWS
        .iter()
        .find_map(|a| line.strip_prefix(a))
        .map(str::trim)
}

/// The marks that lead a step in shorthand, longest first.
const ARROWS: [&str; 4] = ["-->", "->", "=>", "→"];

/// The lines of a text when each is led by an arrow (`-> did poc launcher`, `=> …`,
/// `→ …`), the writer's shorthand for the steps of a telling: the lines without their
/// arrows; `None` when a line is not so led, or there are none.
fn arrowed_lines(text: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let bare: Vec<&str> = lines
        .iter()
        .map(|l| after_arrow(l))
        .collect::<Option<_>>()?;
    (!bare.is_empty()).then_some(bare)
}

/// Whether arrowed lines (see [`arrowed_lines`]) tell what happened: three or more,
/// none a question, two or more (a third at least) opening on a deed in the past (`did
/// poc launcher…`, `presented it and showed…`). The others may be the writer's
/// reminders of what to say first (`explain what markets are`).
fn arrowed_steps_told(lines: &[&str]) -> bool {
    let deeds = lines
        .iter()
        .filter(|l| words_of(l).iter().take(3).any(|w| past(w)) || first_person_events(l) > 0)
        .count();
    lines.len() >= 3
        && lines.iter().all(|l| !is_question(l))
        && deeds >= 2
        && deeds * 3 >= lines.len()
}

/// What the paragraph at `(from, to)` (1-based lines) says of the list of `items`
/// under it, when it says the list is no story: the reason to skip it. See the walk.
fn said_above_list(
    lines: &[&str],
    set: &PrincipleSet,
    (from, to): (usize, usize),
    items: usize,
    advises: bool,
    in_part: bool,
) -> Option<&'static str> {
    let last = lines.get(to.wrapping_sub(1))?.trim();
    if let Some((Label::Aside(reason), rest)) = classify(last, set)
        && rest.trim().is_empty()
    {
        return Some(reason);
    }
    let label = last.trim_matches(['*', '_']).trim();
    if advises
        && label
            .strip_suffix(':')
            .is_some_and(|l| sample_heading(l.trim_matches(['*', '_'])))
    {
        return Some(SAMPLE);
    }
    let paragraph = lines
        .get(from.saturating_sub(1)..to)
        .unwrap_or(&[])
        .join("\n");
    (!in_part && counts_things(&paragraph, items))
        .then_some("the things the line before it counts, not stories")
}

/// Whether a question asks about the job, as a candidate asks the interviewer (`when
/// can I hear back about this position?`, `how would training be conducted?`, `if I
/// were to receive an offer…`): it names the role, the offer, the company's ways.
fn asks_about_the_job(question: &str) -> bool {
    let words = plain_words(question);
    let has = |w: &str| words.iter().any(|x| x == w);
    is_question(&bare_question(question))
        && ([
            "position",
            "role",
            "offer",
            "salary",
            "benefits",
            "onboarding",
            "training",
            "culture",
        ]
        .iter()
        .any(|w| has(w))
            || has("hear") && has("back")
            || has("next") && has("steps")
            || has("start") && has("date")
            || has("typical") && has("day")
            || has("co") && has("op") && has("term"))
}

/// Whether a lead-in line says what the interviewer wants, checks or looks for (`The
/// interviewer wants to check these 3 topics -`, `What interviewers look for:`), the
/// writer doing nothing in it.
fn interviewer_looks_for(text: &str) -> bool {
    let text = text.trim();
    if text.contains('\n') || first_person_events(text) > 0 {
        return false;
    }
    // (A lead-in: it ends where the list begins, `:` or a dash.)
    if !text.ends_with([':', '-', '–', '—']) {
        return false;
    }
    let words = plain_words(text);
    let who = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "interviewer" | "interviewers" | "recruiter" | "recruiters" | "panel"
        )
    });
    let wants = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "want"
                | "wants"
                | "check"
                | "checks"
                | "look"
                | "looks"
                | "looking"
                | "assess"
                | "assesses"
                | "evaluate"
                | "evaluates"
                | "test"
                | "tests"
        )
    });
    who && wants && words.len() <= 15
}

/// Whether a paragraph's last sentence counts `n` things by a name that is not the
/// writer's stories' ("the author outlines 13 behaviors of trust", "five rules"): the
/// list after it is those things. ("3 stories", "two times I…" count stories.)
fn counts_things(text: &str, n: usize) -> bool {
    const WORDS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen",
    ];
    const STORIES: &[&str] = &[
        "stories",
        "examples",
        "times",
        "projects",
        "cases",
        "situations",
        "things",
        "moments",
        "experiences",
        "incidents",
        "anecdotes",
        "wins",
        "failures",
        "achievements",
        "accomplishments",
        "parts",
        "that",
        "of",
        "i",
        "we",
    ];
    if n < 2 {
        return false;
    }
    let last = text
        .trim()
        .trim_end_matches([':', '.'])
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or("");
    let words = words_of(last);
    words.windows(2).any(|pair| {
        let count = pair[0]
            .parse::<usize>()
            .ok()
            .or_else(|| WORDS.iter().position(|w| *w == pair[0]).map(|i| i + 2));
        count == Some(n) && pair[1].ends_with('s') && !STORIES.contains(&pair[1].as_str())
    })
}

/// Whether a text opens with a count past the first (`2) Situation: …`, `3. S: …`):
/// a story after others counted with it.
fn numbered_second(text: &str) -> bool {
    let t = text.trim_start().trim_start_matches(['*', '_']);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && digits <= 2
        && t[..digits].parse::<usize>().is_ok_and(|n| n >= 2)
        && t[digits..].starts_with([')', '.'])
}

/// The number a short line opens with (`3 that stand out`, `Two ways to…`), when it is
/// one line of ten words at most.
fn counted(text: &str) -> Option<usize> {
    const WORDS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let line = text.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    if line.contains('\n') || words.len() > 10 {
        return None;
    }
    let first = words.first()?.trim_matches(['*', '_']).to_lowercase();
    first
        .parse()
        .ok()
        .or_else(|| WORDS.iter().position(|w| *w == first).map(|i| i + 2))
}

/// The letter that opens a line as a lettered step's (`**B**: …`, `C) …`, `- D. …`):
/// a capital alone, in bold or not, then a colon, a bracket or a dot.
fn step_letter(line: &str) -> Option<char> {
    let t = line.trim_start();
    let t = t
        .strip_prefix(['-', '*', '+'])
        .filter(|rest| rest.starts_with(' '))
        .map_or(t, str::trim_start);
    let t = t.trim_start_matches(['*', '_']);
    let mut chars = t.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str().trim_start_matches(['*', '_']);
    rest.starts_with([':', ')', '.']).then_some(letter)
}

/// A label that starts a story in notes that call their stories cases: `Case:`,
/// `Case 2:`, `Case:(Customer Obsession + Bias)`, `Case (Entrust, customer)` as a
/// heading. The remark in its parentheses (empty without one), and the text after it.
fn case_label(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start().trim_start_matches(['*', '_']);
    let after = strip_prefix_ignore_case(t, "case")?;
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return None; // "Cases", "Casework"
    }
    let after = after
        .trim_start_matches(['*', '_', ' '])
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['*', '_', ' ']);
    let colon = |s: &'_ str| -> Option<usize> {
        let s2 = s.trim_start_matches(['*', '_', ' ']);
        let skipped = s.len() - s2.len();
        s2.starts_with(':')
            .then_some(skipped + 1)
            .or_else(|| s2.starts_with('：').then_some(skipped + '：'.len_utf8()))
    };
    let (after, had_colon) = match colon(after) {
        Some(n) => (&after[n..], true),
        None => (after, false),
    };
    let opened = after.trim_start();
    // `case 2` alone on its line, lower case and with no colon, is the label too; the
    // story is on the lines after it.
    let on_its_line = after.split('\n').next().unwrap_or("");
    if !had_colon && on_its_line.trim().is_empty() {
        return Some(("", after));
    }
    // `case 1Last year in…`: the number glued to the story's first word, as a paste
    // that lost its line breaks leaves it; the story starts at the word.
    let numbered = t.len() - after.len() > "case".len()
        && t[..t.len() - after.len()].ends_with(|c: char| c.is_ascii_digit());
    let (remark, rest) = match opened.chars().next() {
        Some(c) if numbered && !had_colon && c.is_alphabetic() && after.starts_with(c) => {
            ("", after)
        }
        Some(open @ ('(' | '（')) => {
            let close = if open == '(' { ')' } else { '）' };
            let inner = &opened[open.len_utf8()..];
            let end = inner.find(close)?;
            let rest = &inner[end + close.len_utf8()..];
            let rest = match colon(rest) {
                Some(n) => &rest[n..],
                None => rest,
            };
            (&inner[..end], rest)
        }
        _ if had_colon => ("", after),
        _ => return None,
    };
    // The label stands at the start of its line: what follows on the line, if
    // anything, is text ("Case 1: When I was building…").
    Some((remark, rest))
}

/// A line that is a numbered interview question ("3<TAB>Tell me about…", "4. Describe
/// …"): the question without its number. Only a number, then a tab, a dot or a
/// bracket, counts: a question written in a story's text has none.
fn numbered_question(line: &str) -> Option<&str> {
    let t = line.trim_start();
    // `__1. Tell me about yourself__`: the line set in bold.
    let t = match ["**", "__"]
        .iter()
        .find(|m| t.starts_with(*m) && t.trim_end().ends_with(*m) && t.trim_end().len() > 4)
    {
        Some(m) => &t.trim_end()[m.len()..t.trim_end().len() - m.len()],
        None => t,
    };
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = t[digits..]
        .strip_prefix(['\t', '.', ')'])?
        .trim_start_matches(['.', ')'])
        .trim();
    is_question(rest).then_some(rest)
}

/// The questions a text is made of, when it is only questions: one, or a list of them
/// (a line an item). Empty when any piece is not a question.
fn question_items(text: &str) -> Vec<String> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let listed = text.lines().all(|l| {
        let t = l.trim_start();
        t.starts_with("- ")
            || t.starts_with("* ")
            || t.starts_with("+ ")
            || t.split_once(". ")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
    });
    let items: Vec<String> = if listed {
        text.lines().map(strip_marker).collect()
    } else if text.contains('\n') {
        return Vec::new();
    } else {
        vec![text.to_string()]
    };
    // (`Q0: "Conte uma situação…"`: a question by its number and its quotation marks,
    // in any language.)
    let items: Vec<(String, bool)> = items
        .into_iter()
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .map(|i| match numbered_quoted_question(&i) {
            Some(question) => (question, true),
            None => (i, false),
        })
        .collect();
    if items
        .iter()
        .all(|(i, numbered)| *numbered || is_question(i))
    {
        items.into_iter().map(|(i, _)| i).collect()
    } else {
        Vec::new()
    }
}

/// The most questions a heading that groups stories (`**Option A — …:**`) carries to
/// each of them: a story answers a few; more would be copied to every option.
const GROUP_QUESTIONS: usize = 12;

/// The longest a question carried to a grouped story may be, in characters: a
/// sentence or two.
const QUESTION_CHARS: usize = 300;

/// Whether a text is only a remark in parentheses, one line (`(Gap + VidyaTrack)`, a
/// heading's aside kept in the story's notes): it tells nothing.
fn remark(text: &str) -> bool {
    let text = text.trim();
    !text.contains('\n') && text.starts_with('(') && text.ends_with(')')
}

/// A question and its answer on one line (`How did you resolve a conflict? The only
/// one I remember…`, `**How do you prioritize?** From experience.`): the question, to
/// its question mark and the emphasis closing it, and the answer after it, three words
/// or more.
pub(super) fn answered_inline(line: &str) -> Option<(&str, &str)> {
    let mark = line.find('?')?;
    let close = line[mark + 1..]
        .chars()
        .take_while(|c| matches!(c, '*' | '_' | '"' | '”'))
        .map(char::len_utf8)
        .sum::<usize>();
    let (asked, answer) = line.split_at(mark + 1 + close);
    let answer = answer.trim();
    // (Not a list of quoted questions, `"…?", "…"`, nor a remark after the question,
    // `(1 min to pitch)`: the answer opens with a word.)
    let opens_with_word = answer
        .trim_start_matches(['*', '_'])
        .starts_with(char::is_alphanumeric);
    let words = answer.split_whitespace().count();
    // (Nor a second question run on without its mark, `… conflict someone? how you
    // resolve this and learn from it`: it asks the reader, in lower case.)
    let asks_on = answer.starts_with(|c: char| c.is_lowercase()) && {
        let said = words_of(answer);
        matches!(
            said.first().map(String::as_str),
            Some("how" | "what" | "why" | "when" | "and" | "did" | "do" | "were" | "was")
        ) && said.iter().any(|w| matches!(w.as_str(), "you" | "your"))
    };
    // (Nor more questions after the first, the last closing the line: `…What did you
    // do? What path did you take? Did it turn out right?”`.)
    let asks_more = answer
        .trim_end_matches(['*', '_', '"', '”', '\'', '’', ' '])
        .ends_with('?');
    (opens_with_word
        && !asks_on
        && !asks_more
        && (words >= 3 && !answer.contains('?') || words >= 12))
        .then_some((asked, answer))
}

/// The question a heading asks: quoted after its number under a label in any language
/// (`## Вопрос 6: "What if…?"`, see [`numbered_quoted_question`]), or as written.
fn heading_question(heading: &str) -> String {
    numbered_quoted_question(heading).unwrap_or_else(|| bare_question(heading))
}

/// A question as written, without a bullet (`•`), `>` or emphasis around it (`**`,
/// `_`, a highlight's `==`).
fn bare_question(line: &str) -> String {
    // `**Example Question**: "…"`: the question without its label.
    let line = match split_label(line) {
        Some((Label::Question, rest)) if !rest.trim().is_empty() => rest,
        _ => line,
    };
    // `**What is probed:** Do you…?`: a label of the writer's own before the question.
    let line = match line
        .trim()
        .strip_prefix("**")
        .and_then(|l| l.split_once("**"))
    {
        Some((label, rest)) if label.trim_end().ends_with(':') && is_question(rest.trim()) => rest,
        Some((label, rest))
            if label.trim_end().ends_with(|c: char| c.is_alphanumeric())
                && rest.starts_with(':')
                && is_question(rest[1..].trim()) =>
        {
            &rest[1..]
        }
        _ => line,
    };
    // (A check mark before it, `- ✅ "Tell me…"`, marks it, and is no word of it.)
    let line = line
        .trim()
        .trim_start_matches(['•', '>', '-', '*', '+'])
        .trim()
        .trim_start_matches(pictograph)
        .trim();
    // A number before it ("10.Tell me…", "3) Describe…", a section's "1.2.") counts
    // the questions.
    let line = without_number(line)
        .trim_matches(['*', '_', '='])
        .trim()
        .trim_matches(['"', '“', '”'])
        .trim();
    // ``1. `Why do you want…?``: a code mark left open before it, markup of nothing.
    if line.matches('`').count() % 2 == 1 {
        line.trim_matches('`').trim().to_string()
    } else {
        line.to_string()
    }
}

/// A question without the bold its writer set on some of its words (`Tell me about a
/// time when you  **disagreed with your manager** .`): the marks are no words, and
/// neither are the spaces they left before a stop or around a word.
fn unemphasized(question: &str) -> String {
    if !question.contains("**") && !question.contains("__") {
        return question.to_string();
    }
    let bare = question.replace("**", "").replace("__", "");
    let mut out = bare.split_whitespace().collect::<Vec<_>>().join(" ");
    for stop in [" .", " ,", " ?", " !", " ;", " :"] {
        out = out.replace(stop, &stop[1..]);
    }
    out
}

/// Why the label before a question is among the ignored lines.
const QUESTION_LABEL: &str = "a label before the question after it";

/// Why a line naming a story's principles is in the ignored list.
const PRINCIPLES_LINKED: &str = "the line that names the story's principles (linked)";

/// The label [`bare_question`] takes off a question (`**Best for:**`, `**Example
/// Question**:`), as written: the writer's word, kept among the ignored lines.
fn question_label(line: &str) -> Option<&str> {
    let asked = bare_question(line);
    let line = line.trim();
    let at = line.find(asked.as_str()).filter(|&at| at > 0)?;
    let label = line[..at].trim_end_matches(['"', '“', ' ']);
    label
        .trim_matches(['*', '_', ':', ' ', '-', '>', '•', '+'])
        .chars()
        .any(char::is_alphabetic)
        .then_some(label)
}

/// Whether the label before a question says which questions the story answers
/// (`**Use for:**`, `Best for:`, `Good for questions like:`, `Also answers:`), not that
/// a question comes (`Q:`): said of the story it stands in.
fn story_use_label(label: &str) -> bool {
    let words = plain_words(label);
    matches!(
        words
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["use", "for", ..]
            | ["use", "it", "for", ..]
            | ["best", "for", ..]
            | ["good", "for", ..]
            | ["also", "answers", ..]
            | ["answers", ..]
    )
}

/// Whether a list item asks a question and answers it on its first line, after a
/// dash, an arrow or a colon (`*"Why not raise the limit?"* — It only delays the
/// outage.`): what the interviewer may ask next, and the answer to give.
fn asked_then_answered(item: &str) -> bool {
    let first = item.lines().next().unwrap_or("").trim();
    // (The question may ask twice: "…a hung host? Is it safe to re-run?")
    first.match_indices('?').any(|(mark, _)| {
        let after = first[mark + 1..]
            .trim_start_matches(['*', '_', '"', '”', '\'', '’', ')'])
            .trim_start();
        ["—", "–", "->", "→", "-", ":"]
            .iter()
            .find_map(|sep| after.strip_prefix(sep))
            .is_some_and(|answer| answer.chars().any(char::is_alphanumeric))
    })
}

/// Whether a text is a label alone on its line, of a few words and no question
/// (`**Probes to have ready:**`, `**Watch out for**:`).
fn lone_label(text: &str) -> bool {
    let line = text.trim();
    let bare = line.trim_matches(['*', '_', ' ']);
    !line.contains('\n')
        && bare.ends_with(':')
        && !bare.contains('?')
        && (1..=6).contains(&bare.split_whitespace().count())
}

/// Whether a line alone is a label over a story's follow-ups: `**Follow-up ammo**`,
/// `Follow-up questions:`, `*Likely follow-ups*` (a word or two after "follow-up", at
/// most, and a remark in parentheses).
fn followup_label(text: &str) -> bool {
    let line = text.trim();
    if line.contains('\n') || is_question(line) {
        return false;
    }
    let bare = line
        .trim_matches(['*', '_', '#', ' '])
        .trim_end_matches(':')
        .trim_matches(['*', '_', ' ']);
    let bare = bare.strip_prefix("Likely ").unwrap_or(bare);
    let bare = match bare.find('(') {
        Some(at) if bare.ends_with(')') => bare[..at].trim_end(),
        _ => bare,
    };
    followup_heading(bare).is_some_and(|rest| {
        let rest = rest.trim_matches(['*', '_', ':', ' ']);
        // "…to be ready for", "…I might get": a few words on them, no question.
        rest.split_whitespace().count() <= 5 && !rest.contains('?')
    })
}

/// Whether a heading names questions: its last word, a remark in brackets aside,
/// "questions" or "question", or it is `Q&A` (`Technical Depth Questions (Interviewer
/// Voice)`, `Behavioral Follow-Up Questions`).
fn names_questions(text: &str) -> bool {
    let bare = text.trim().trim_end_matches(':');
    let bare = match bare.find('(') {
        Some(at) if bare.ends_with(')') => &bare[..at],
        _ => bare,
    };
    let words = plain_words(bare);
    // (`Typical Questions for Ownership`: the questions, then what they are about.)
    let about = words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "questions" | "question")
            && matches!(pair[1].as_str(), "for" | "about" | "on")
    });
    words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "questions" | "question" | "q&a"))
        || words.iter().any(|w| w == "q&a")
        || about
}

/// Whether a line announces what the interviewer may ask next by what they do, with
/// the question after a colon: `*If they push back: "What if PM says 'ship it
/// anyway'?"*`, `If asked: why not a queue?`.
fn asked_next(text: &str) -> bool {
    // (The answer may follow on the lines under the question: it is asked on the
    // first.)
    let line = text.trim().lines().next().unwrap_or("");
    let bare = line.trim_matches(['*', '_', ' ']).to_lowercase();
    let Some((lead, asked)) = bare.split_once(':') else {
        return false;
    };
    IF_ASKED.iter().any(|p| lead.starts_with(p))
        && lead.split_whitespace().count() <= 5
        && is_question(asked.trim().trim_matches(['"', '“', '”', '*', '_', ' ']))
}

/// What one line of a paragraph of plain lines is, where notes are typed with no
/// Markdown: the name of a topic in capitals over the questions under it
/// (`TEAMWORK`), a question, or a line that tells.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum LineRole {
    Topic,
    Asked,
    Told,
}

/// A line wholly in capitals, a few words long, that names what the lines under it
/// are about (`TIME MANAGEMENT SKILLS`, `BEHAVIORAL QUESTIONS:`): no sentence.
fn topic_line(line: &str) -> bool {
    let bare = line.trim().trim_end_matches(':').trim();
    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 4
        && bare.split_whitespace().count() <= 6
        && bare.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && bare
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '&' | '-' | '/'))
}

/// The questions a paragraph asks on its lines and the answer on the lines under them,
/// when it answers: typed a line a question (see [`asked_lines`]), or one question over
/// its answer (see [`asked_over_answer`]).
fn asked_and_told(text: &str, set: &PrincipleSet) -> Option<(Vec<String>, String)> {
    if let Some(roles) = asked_lines(text, set)
        && roles.iter().any(|(_, r)| *r == LineRole::Told)
    {
        let all: Vec<&str> = text.lines().collect();
        let of = |role| {
            (roles.iter())
                .filter(move |(_, r)| *r == role)
                .map(|(i, _)| all[*i])
        };
        let asked = of(LineRole::Asked)
            .map(|l| bare_question(l.trim()))
            .collect();
        return Some((asked, of(LineRole::Told).collect::<Vec<_>>().join("\n")));
    }
    asked_over_answer(text).map(|(question, answer)| (vec![question], answer.join("\n")))
}

/// A paragraph that asks about the story told above it and answers, as an interviewer
/// probing it would be answered: its first lines a question (held in quotation marks or
/// emphasis when it runs over more than one, `*"Kafka is eventually consistent. How
/// did you…?"*`) that asks for no other occasion ("a time", "an example", "the most…"
/// unless of a part of it), the lines under it a reply of a dozen lines at most, asking
/// nothing and told in no parts. The question, its marks off, and the reply.
fn asked_of_the_story(text: &str) -> Option<(String, String)> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let held = lines
        .first()?
        .trim_start()
        .starts_with(['*', '_', '"', '“']);
    let asked = (0..lines.len().min(3)).find(|&i| {
        lines[i]
            .trim_end()
            .trim_end_matches(['*', '_', '"', '”'])
            .ends_with(['?', '？'])
    })?;
    if asked > 0 && !held {
        return None;
    }
    let question = bare_question(&lines[..=asked].join(" "));
    let reply = &lines[asked + 1..];
    let lower = format!(" {} ", question.to_lowercase());
    // ("What was the hardest part of learning Kafka?": the most of a part of what was
    // told, no other occasion.)
    let of_a_part = [" part ", " parts ", " aspect ", " piece "]
        .iter()
        .any(|w| lower.contains(w));
    let other_occasion = asks_for_one_occasion(&question)
        || tell_me_about_one(&question)
        || asks_for_the_most(&question) && !of_a_part
        || [" a time ", " an example", " a situation ", " ever "]
            .iter()
            .any(|w| lower.contains(w));
    (is_question(&question)
        && !other_occasion
        && (1..=12).contains(&reply.len())
        && reply.iter().all(|l| {
            !is_question(&bare_question(l.trim()))
                && !matches!(split_label(l.trim()), Some((Label::Part(_), _)))
        }))
    .then(|| (question, reply.join("\n")))
}

/// A paragraph whose first line asks a question and whose other lines answer it, none
/// of them asking: the question, its marks off, and the answer's lines. (A question
/// about the person asks, with no question mark too: `Why this company`.)
fn asked_over_answer(text: &str) -> Option<(String, Vec<&str>)> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let question = bare_question(lines.next()?.trim());
    let answer: Vec<&str> = lines.collect();
    ((is_question(&question)
        || question.split_whitespace().count() <= 8 && about_the_person(&question))
        && !answer.is_empty()
        && answer
            .iter()
            .all(|l| !is_question(&bare_question(l.trim()))))
    .then_some((question, answer))
}

/// Whether a question asks to be told about one thing ("Tell me about a project that
/// you're most proud of", "Tell me about the most challenging project", "What is your
/// proudest innovation"): a story.
fn tell_me_about_one(question: &str) -> bool {
    let lower = question.trim().to_lowercase();
    [
        "tell me about a ",
        "tell me about an ",
        "tell me about the ",
    ]
    .iter()
    .any(|lead| lower.starts_with(lead))
        || [" your proudest", " your biggest", " your most "]
            .iter()
            .any(|one| format!(" {lower} ").contains(one))
}

/// The questions a label's text quotes among words of the writer's own (`JPMC's "what
/// race conditions have you debugged" (see Q17), and any "tell me about a bug…"
/// question`), or two or more with only separators between them (`"…" / "…"`), each
/// set in quotation marks and asking; in a list of topics, the quoted ones that ask,
/// if any (`scale, "most impactful project."` quotes a topic). None when a quoted
/// phrase asks nothing in words that ask ("Tell me about a time you said \"no\" to a
/// customer"), or one quoted question stands nearly alone: read a line each.
fn questions_quoted_in_prose(text: &str) -> Option<Vec<String>> {
    let text = text.replace(['“', '”'], "\"");
    let pieces: Vec<&str> = text.split('"').collect();
    if pieces.len() < 3 || pieces.len().is_multiple_of(2) {
        return None;
    }
    let quoted: Vec<String> = pieces
        .iter()
        .skip(1)
        .step_by(2)
        .map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let outside = pieces
        .iter()
        .step_by(2)
        .map(|p| words_of(p).len())
        .sum::<usize>();
    // (Or two quoted questions or more with nothing but separators between them:
    // `"Tell me about…" / "Tell me about…"`.)
    // (A quoted piece may ask without its mark, as typed in a list of topics: `"why do
    // you want an IC role after being a COO"`.)
    let asks = |q: &String| asks_or_prompts(q) || asks_unmarked(q);
    if (outside >= 3 || quoted.len() >= 2) && quoted.iter().all(asks) {
        return Some(quoted);
    }
    // A list of topics that quotes one among them (`scale, ownership, "most impactful
    // project."`, `brand voice, "can you write like our audience", personal brand`):
    // its quoted questions, if any; the list itself asks nothing.
    let listed = outside >= 3
        && text.contains([',', ';', '/'])
        && !asks_or_prompts(&text)
        && !asks_unmarked(&text);
    listed.then(|| quoted.into_iter().filter(asks).collect())
}

/// Whether a text tells one thing that happened with no "I" as its doer ("The work
/// required understanding thread behavior…. The improvements stabilized latency…"):
/// three sentences or more with a verb in the past, more than half of its sentences,
/// none of what the writer does in general ([`habitual`]) nor of what the reader should.
fn told_impersonally(text: &str) -> bool {
    let sentences = text
        .split(['.', '!', '?', ';', '\n'])
        .filter(|s| !words_of(s).is_empty())
        .count();
    let past = past_sentences(text);
    past >= 3 && past * 2 > sentences && !habitual(text) && !to_reader(text)
}

/// Whether a text is an answer begun and left: five words at most, the last one a
/// word no phrase ends with ("Last project was", "I worked on the").
fn unfinished(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    (1..=5).contains(&words.len())
        && !text.trim_end().ends_with(['.', '!', '?', ')', ':'])
        && words.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "was"
                    | "is"
                    | "were"
                    | "are"
                    | "the"
                    | "a"
                    | "an"
                    | "to"
                    | "of"
                    | "and"
                    | "with"
                    | "for"
                    | "my"
                    | "our"
                    | "because"
                    | "that"
            )
        })
}

/// Whether a line is a label alone that leads to what is under it, a few words ended by
/// a colon and nothing after: `**STAR guide (Atrix AI):**`, `Candidates:`.
fn lead_in_label(line: &str) -> bool {
    let bare = line.trim().trim_matches(['*', '_']).trim();
    bare.ends_with(':') && leads_to_list(bare)
}

/// Whether a line is a field of a story's card, a short label and its value
/// (`**Competency:** Empathy, Advocacy`, `Context: discovery phase`), not a telling.
fn field_line(line: &str) -> bool {
    let bare = line.trim().trim_start_matches(['*', '_']);
    bare.split_once(':').is_some_and(|(label, _)| {
        let label = label.trim_end_matches(['*', '_']).trim();
        (1..=3).contains(&label.split_whitespace().count())
            && label.starts_with(char::is_alphabetic)
    })
}

/// Whether `told`, the lines under `asked`, is the reminder of a story: every question
/// asks for one (a time, an example, a project), none asks about the person, and the
/// answer is the writer's shorthand for it ("upgrade msdb. No one knows in microsoft.
/// self-drive."), a few words to a few lines, not advice to a reader or a placeholder.
fn reminds(asked: &[String], told: &str) -> bool {
    !asked.is_empty()
        && asked.iter().all(|q| {
            !about_the_person(q) && (asks_for_story(q) || is_prompt(q) || tell_me_about_one(q))
        })
        && (1..=60).contains(&told.split_whitespace().count())
        && !to_reader(told)
        && !placeholder(told)
}

/// The lines of a paragraph typed a line a question, each answered (or not) by the
/// lines under it, with perhaps a topic's name in capitals among them: `TEAMWORK`,
/// two questions, then the answer to the second. None when the paragraph is read as
/// before: one question then its answer, a paragraph of questions alone, a story
/// that asks itself a question on the way.
fn asked_lines(text: &str, set: &PrincipleSet) -> Option<Vec<(usize, LineRole)>> {
    // (A line alone is read as before: a question, or its answer.)
    text.trim().lines().nth(1)?;
    let roles: Vec<(usize, LineRole)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let role = if topic_line(l) {
                LineRole::Topic
            } else if is_question(&bare_question(l)) && !tells_before_asking(l) {
                LineRole::Asked
            } else {
                LineRole::Told
            };
            (i, role)
        })
        .collect();
    let count = |role| roles.iter().filter(|(_, r)| *r == role).count();
    let (topics, asked, told) = (
        count(LineRole::Topic),
        count(LineRole::Asked),
        count(LineRole::Told),
    );
    // The first line that is no topic asks: the answers come after their questions.
    let opens_asking = roles
        .iter()
        .find(|(_, r)| *r != LineRole::Topic)
        .is_some_and(|(_, r)| *r == LineRole::Asked);
    if !(opens_asking && asked >= 1 && (topics >= 1 || (asked >= 2 && told >= 1))) {
        return None;
    }
    // Lines under the questions that label a story's parts (`Situation`, then its
    // text) tell one story, which all the questions above are asked of.
    let all: Vec<&str> = text.lines().collect();
    let labelled = roles.iter().any(|&(i, r)| {
        r == LineRole::Told && (classify(all[i], set).is_some() || heading_label(all[i]).is_some())
    });
    (!labelled).then_some(roles)
}

/// Whether a paragraph of the writer's is a reminder of a story apart from `told`, the
/// story beside it: one paragraph, a sentence or more that asks nothing and leads in to
/// nothing, that opens on what was done ("Moved the build farm…", "Cleaning up unused
/// resources…", "I gave demos…"), and of which fewer than a quarter of the words that
/// tell (not "the", "team", "was") are in `told`. A remark on the story opens with its
/// own lead (`Why it fits: …`, `Key lesson - …`) or on its subject ("Stakeholders were
/// happy…"): it stays with the story.
fn reminder_apart(paragraph: &str, told: &str) -> bool {
    let paragraph = paragraph.trim();
    let first = words_of(paragraph).into_iter().next().unwrap_or_default();
    let gerund = first.chars().count() >= 5 && first.ends_with("ing") && !first.ends_with("thing");
    let led = [": ", " - ", " – ", " — "].iter().any(|mark| {
        paragraph
            .split_once(mark)
            .is_some_and(|(lead, _)| (1..=4).contains(&words_of(lead).len()))
    });
    let reminder = (opens_on_deed(paragraph) || gerund)
        && !led
        && !paragraph.contains("\n\n")
        && (paragraph.ends_with(['.', '!']) || words_of(paragraph).len() >= 12)
        && !is_question(paragraph)
        && split_label(paragraph).is_none()
        && !learned_sentence(paragraph);
    if !reminder {
        return false;
    }
    let own: std::collections::BTreeSet<u32> = crate::overlap::word_numbers([paragraph])
        .into_iter()
        .collect();
    let theirs: std::collections::BTreeSet<u32> =
        crate::overlap::word_numbers([told]).into_iter().collect();
    let shared = own.intersection(&theirs).count();
    own.len() >= 2 && shared * 4 < own.len()
}

/// Whether a text has a place in brackets said to its reader or naming a part of a
/// story (`[explain the steps you took]`, `[describe the situation briefly]`), not a
/// writer's note to self (`[check the number]`); a link's text is none.
fn slot_for_reader(text: &str) -> bool {
    bracketed(text).any(|inner| {
        plain_words(inner).iter().any(|w| {
            matches!(
                w.as_str(),
                "you"
                    | "your"
                    | "yours"
                    | "situation"
                    | "task"
                    | "action"
                    | "actions"
                    | "result"
                    | "results"
                    | "outcome"
            )
        })
    })
}

/// Whether a text leaves a slot in brackets for words to come (`I [1]. Then I [2].`,
/// `[FILL IN -- …]`): a link's text, `[APIDB-1](…)`, is none.
fn slotted(text: &str) -> bool {
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            return false;
        };
        let inside = &after[..close];
        let next = &after[close + 1..];
        if !inside.contains('[') && !next.starts_with('(') && !inside.trim().is_empty() {
            return true;
        }
        rest = after;
    }
    false
}

/// Whether a line asks for an occasion without asking "you" outright, in the words of
/// the one who asks: "A time when a team member didn't meet your expectations", "An
/// example of when you saw a peer struggling". Not a line in the writer's own voice
/// ("I remember a time when…").
fn asks_in_third_person(line: &str) -> bool {
    let bare = bare_question(line);
    asks_for_story(&bare) && bare.split_whitespace().count() <= 25 && persons(&bare).0 == 0
}

/// Whether a line asks the reader without a question mark, as notes typed in haste
/// do: it opens with a word that asks ("What scares you", "Tell me a time when you
/// took a risk", "Describe your work process", "Name a challenge you faced", "Walk me
/// through your project") and speaks to "you", or with a verb
/// put to "you" ("Can you write like our audience", "Have you owned a launch").
pub(super) fn asks_unmarked(line: &str) -> bool {
    let words = plain_words(line);
    // "can you write like our audience", "have you owned client deployments": a verb
    // that asks, then "you".
    let put = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "can" | "could" | "do" | "did" | "have" | "are" | "were" | "would" | "will"
        )
    }) && words.get(1).is_some_and(|w| w == "you");
    put || words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "what"
                | "how"
                | "why"
                | "when"
                | "where"
                | "who"
                | "which"
                | "tell"
                | "describe"
                | "give"
                | "share"
                | "talk"
                | "name"
                | "walk"
        )
    }) && words
        .iter()
        .any(|w| matches!(w.as_str(), "you" | "your" | "you've" | "you're"))
}

/// Whether a heading introduces the writer: "Self-Introduction — Experience
/// Overview", "Intro", "About me", "Tell me about yourself", "The opener".
fn introduction_heading(title: &str) -> bool {
    let words = plain_words(title);
    words
        .iter()
        // (`## The opener: "Walk me through your project"`: what is said first.)
        .any(|w| matches!(w.as_str(), "introduction" | "introduce" | "intro" | "opener"))
        || words.windows(2).any(|pair| {
            pair[0] == "about" && matches!(pair[1].as_str(), "me" | "myself" | "yourself")
        })
        // The same in Chinese: "self-introduction", "opening statement".
        || ["自我介绍", "自我介紹", "开场陈述", "開場陳述", "开场白", "開場白"]
            .iter()
            .any(|w| title.contains(w))
        || words.windows(2).any(|pair| pair == ["opening", "statement"])
}

/// Whether a section's opening line says the questions under it are technical ("*Be
/// ready for these specific technical challenges.*", "This document contains 20 core
/// technical questions…"): a short first sentence, "technical" and what it names right
/// after, as [`technical_heading`] reads a heading.
fn technical_lead(line: &str) -> bool {
    // (Its first sentence: "This document contains 20 core technical questions,
    // system architecture stress-tests, and design answers…".)
    let first = line.split(['.', '!', '?']).next().unwrap_or(line);
    let words = plain_words(first);
    words.len() <= 30
        && words.windows(2).any(|pair| {
            pair[0] == "technical"
                && matches!(
                    pair[1].as_str(),
                    "questions"
                        | "question"
                        | "challenges"
                        | "challenge"
                        | "problems"
                        | "concepts"
                        | "topics"
                )
        })
}

/// Whether a line says the answers under it are templates, not the writer's own:
/// `*(Generic template answers from "70 Toughest Interview Questions")*`, "Sample
/// answers", "Model answers below". Or, in a line of any length, that they are to be
/// replaced by the reader's own: "These are illustrative patterns — replace with your
/// real, sourced wins.", "Gap Stories (Adapt to Your Own Examples)", "[adapt to a real
/// example if you have one]".
fn template_answers(line: &str) -> bool {
    let words = plain_words(line);
    let replaced = replaced_by_yours(&words);
    // ("Use them as spoken answers", "Adapt these to your own projects": answers
    // handed to the reader to use, the writer's samples.)
    let handed = words.windows(3).any(|w| {
        matches!(w[0].as_str(), "use" | "adapt")
            && matches!(w[1].as_str(), "them" | "these")
            && matches!(w[2].as_str(), "as" | "to" | "for")
    });
    replaced
        || handed
        || words.len() <= 16
            && words.windows(2).any(|pair| {
                matches!(
                    pair[0].as_str(),
                    "template" | "sample" | "model" | "generic" | "example"
                ) && matches!(pair[1].as_str(), "answers" | "responses")
            })
}

/// Whether a line says what it is over is to be replaced by the reader's own: "replace
/// with your real wins", "[adapt to a real example if you have one]", "Adapt to Your Own
/// Examples", "illustrative patterns".
fn to_replace(line: &str) -> bool {
    replaced_by_yours(&plain_words(line))
}

/// [`to_replace`] of a line's words (see [`plain_words`]), for a caller that has them.
fn replaced_by_yours(words: &[String]) -> bool {
    words.windows(4).any(|w| {
        w[0] == "replace"
            && (w[1] == "with" && w[2] == "your" && matches!(w[3].as_str(), "own" | "real")
                || w[2] == "with" && w[3] == "your")
            || w[0] == "adapt"
                && w[1] == "to"
                && matches!(w[2].as_str(), "your" | "a")
                && matches!(w[3].as_str(), "own" | "real")
    }) || words.windows(2).any(|pair| {
        pair[0] == "illustrative"
            && matches!(
                pair[1].as_str(),
                "patterns" | "examples" | "stories" | "answers" | "samples"
            )
    })
}

/// Whether a line leads in to what follows it ("bq examples:", "Questions asked:
/// at the on-site"): a short label and a colon, and not a question itself.
fn lead_in(line: &str) -> bool {
    let Some((label, _)) = line.split_once(':') else {
        return false;
    };
    let label = label.trim().trim_matches(['*', '_']).trim();
    !label.is_empty()
        && label.split_whitespace().count() <= 3
        && line.split_whitespace().count() <= 10
        && !is_question(&bare_question(line))
}

/// `### 故事一：NAME`, `## Story 1 — NAME`: the label and number that the title cut
/// from the heading `named` drops, to be kept with the lines read as structure.
fn dropped_number(line: usize, named: &str, title: &str) -> Option<Skipped> {
    let title = title.trim();
    let at = named.find(title).filter(|_| !title.is_empty())?;
    let number = named[..at].trim_end_matches([' ', ':', '：', '—', '–', '-', '·', '.']);
    // (A theme in brackets before the name, `[Scale + Accessibility] Widget overhaul`,
    // is the writer's remark, kept in the story's notes: not structure as well.)
    let bracketed = number.trim().starts_with('[') && number.trim().ends_with(']');
    (named[..at].chars().any(char::is_alphabetic) && !bracketed).then(|| {
        skipped_piece(
            line,
            number.trim(),
            "the story's label and number, before its name",
        )
    })
}

/// Whether the first lines of the notes that say something (past their headings) say
/// the notes are a prompt for a chat assistant: "这是一个 AI 提示词模板" (this is an AI
/// prompt template), "This is a prompt template", "a system prompt".
fn says_its_a_prompt(lines: &[&str]) -> bool {
    let opening: String = lines
        .iter()
        .map(|l| l.trim().trim_start_matches('>').trim())
        .filter(|l| !l.is_empty() && heading_line(l).is_none())
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    [
        "提示词模板",
        "提示詞模板",
        "prompt template",
        "this is a prompt",
        "system prompt",
    ]
    .iter()
    .any(|said| opening.contains(said))
}

/// Whether the notes name the one person they were made for: a heading `For NAME`
/// near the top (`## For Ana Lima`, the name in two to four words in capitals), or a
/// line there that gives the name and the person's trade (`**Ana Lima — Product
/// Designer**`), and the first name said again below it ("Good luck, Ana!", "Hi, I'm
/// Ana"). What they advise is then that person's own preparation, and the answers they
/// script are that person's.
fn names_its_reader(lines: &[&str]) -> bool {
    // (`# Behavioral Round — QE Engineer Interview Guide` names the interview, not a
    // person: words of interviews and their notes are no one's name.)
    const INTERVIEW_WORDS: &[&str] = &[
        "behavioral",
        "behavioural",
        "round",
        "rounds",
        "interview",
        "interviews",
        "guide",
        "prep",
        "preparation",
        "questions",
        "answers",
        "stories",
        "notes",
        "star",
        "leadership",
        "principles",
        "loop",
        "onsite",
        "screen",
        "cheat",
        "sheet",
    ];
    let a_name = |name: &str| -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let named = (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                let mut chars = w.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
                    && !INTERVIEW_WORDS.contains(&w.to_lowercase().as_str())
            });
        named.then(|| words[0].to_string())
    };
    let Some((at, first)) = lines.iter().take(12).enumerate().find_map(|(i, line)| {
        // (Or a line that gives a person's name and their trade, a heading or wholly in
        // bold: `**Ana Lima — Product Designer**`.)
        let bold = line
            .trim()
            .strip_prefix("**")
            .and_then(|l| l.strip_suffix("**"))
            .filter(|l| !l.contains("**"));
        let text = heading_line(line)
            .or(bold)?
            .trim()
            .trim_matches(['*', '_'])
            .trim();
        if let Some(name) = strip_prefix_ignore_case(text, "for ") {
            return a_name(name).map(|first| (i, first));
        }
        let (name, trade) = [" — ", " – ", " - "]
            .iter()
            .find_map(|dash| text.split_once(dash))?;
        plain_words(trade)
            .iter()
            .any(|w| TRADES.contains(&w.as_str()))
            .then(|| a_name(name))
            .flatten()
            .map(|first| (i, first))
    }) else {
        return false;
    };
    lines.iter().enumerate().any(|(i, line)| {
        i != at
            && line
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == first)
    })
}

/// Whether a line opens with a story's counted label (`story 17:`, `Story 3 —`), the
/// writer counting what follows as one of their stories.
pub(super) fn story_label_line(line: &str) -> bool {
    let words = plain_words(line);
    words.first().is_some_and(|w| w == "story")
        && words
            .get(1)
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        && next_story(line).is_some()
}

/// A label that says a story starts (`Another story:`, `Story 2:`, `New cooperation
/// Story:`): up to four words, the last "story" (or "story" and a number), then a
/// colon. The words before "story" that name it when there are two or more ("New
/// cooperation"), and the text after the colon.
fn next_story(text: &str) -> Option<(Option<String>, &str)> {
    story_split(text).and_then(|(label, rest)| story_label_words(label, rest))
}

/// Whether a text's first sentence speaks of its writer's strengths or weaknesses
/// ("My team would likely highlight my strengths…", "One area my team might mention as
/// a weakness is…").
fn opens_on_qualities(text: &str) -> bool {
    let first = text
        .trim()
        .split(['.', '!', '?', '\n'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let words = words_of(&first);
    let quality = |w: &String| {
        matches!(
            w.as_str(),
            "strength" | "strengths" | "weakness" | "weaknesses"
        )
    };
    // "my strengths", "my greatest strength", "as a weakness" (not "a weakness in our
    // deploys", a story's scene).
    (0..words.len()).any(|i| {
        let at = |k: usize| words.get(i + k);
        at(0).is_some_and(|w| w == "my") && at(1).is_some_and(quality)
            || at(0).is_some_and(|w| w == "my")
                && at(1)
                    .is_some_and(|w| matches!(w.as_str(), "greatest" | "biggest" | "main" | "key"))
                && at(2).is_some_and(quality)
            || at(0).is_some_and(|w| w == "as")
                && at(1).is_some_and(|w| w == "a")
                && at(2).is_some_and(quality)
    })
}

/// Whether a text's last sentence says what its story taught the writer ("This
/// experience taught me the importance of…", "It reinforced…", "What I learned…").
fn closes_on_lesson(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['.', '!', '"', '”', ' ']);
    let last = text
        .rsplit(['.', '!', '\n'])
        .next()
        .unwrap_or(text)
        .trim()
        .to_lowercase();
    let taught = ["taught me", "reinforced", "showed me", "reminded me"]
        .iter()
        .any(|verb| {
            last.split_once(verb).is_some_and(|(before, _)| {
                matches!(
                    before.trim(),
                    "this experience"
                        | "the experience"
                        | "this"
                        | "it"
                        | "that experience"
                        | "this project"
                        | "that"
                )
            })
        });
    taught || learned_sentence(&last)
}

/// Whether a text opens a quotation it does not close: an odd number of straight
/// quotation marks, or more opening curly ones than closing.
fn open_quotation(text: &str) -> bool {
    text.matches('"').count() % 2 == 1 || text.matches('“').count() > text.matches('”').count()
}

/// Whether a paragraph says it tells another occasion than the one before it: it
/// opens on "In another instance", "On another occasion", "Another time".
fn another_instance(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    [
        "in another instance",
        "another instance",
        "on another occasion",
        "another time,",
        "another time i",
        "in another case",
    ]
    .iter()
    .any(|lead| lower.starts_with(lead))
}

/// A story's label and the text after it: split at the colon, or, for "story" and its
/// number alone (`STORY 2 — NAME`, `Story B - NAME`, written without a colon in plain
/// notes), at the dash after them.
fn story_split(text: &str) -> Option<(&str, &str)> {
    let by_colon = text
        .split_once(':')
        .filter(|(label, rest)| story_label_words(label, rest).is_some());
    by_colon.or_else(|| {
        let at = [" — ", " – ", " - "]
            .iter()
            .filter_map(|dash| text.find(dash).map(|at| (at, dash.len())))
            .min()?;
        let (label, rest) = (&text[..at.0], &text[at.0 + at.1..]);
        // (`🔥 STORY 3 – NAME`: a sign before the label is decoration.)
        let words: Vec<&str> = label
            .split_whitespace()
            .map(|w| w.trim_matches(['*', '_']))
            .skip_while(|w| !w.chars().any(char::is_alphanumeric))
            .collect();
        let numbered = matches!(words.as_slice(), [story, mark]
            if story.eq_ignore_ascii_case("story")
                && mark.len() <= 3
                && (mark.chars().all(|c| c.is_ascii_digit())
                    || mark.len() == 1 && mark.chars().all(|c| c.is_ascii_uppercase())));
        numbered.then_some((label, rest))
    })
}

/// What [`next_story`] reads of a label and the text after it.
fn story_label_words<'t>(label: &str, rest: &'t str) -> Option<(Option<String>, &'t str)> {
    // (`🔥 STORY 3`: a sign before the label is decoration.)
    let words: Vec<&str> = label
        .split_whitespace()
        .map(|w| w.trim_matches(['*', '_']))
        .skip_while(|w| !w.chars().any(char::is_alphanumeric))
        .collect();
    let last = words.last()?;
    // "Story", or the word typed with two letters the wrong way round ("Stroy"), as a
    // part's label may be; or "Scenario", a story the writer tells as a scene
    // (`**Scenario: Code Quality vs. Deadline Pressure**`).
    let story = |w: &str| {
        w.eq_ignore_ascii_case("story")
            || w.eq_ignore_ascii_case("scenario")
            || w.len() == 5
                && {
                    let w = w.to_ascii_lowercase();
                    let (a, b) = (w.as_bytes(), b"story");
                    let apart: Vec<usize> = (0..5).filter(|&i| a[i] != b[i]).collect();
                    matches!(apart.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
                }
    };
    // (`Story 3`, `Story A`, `Story S04`: a number or a letter; `Story used:` names the
    // story a field is about, and starts none.)
    // (`Project 1: NAME`, `Project 2: NAME`: stories counted as the projects they
    // were, each by its number.)
    let counted = |w: &str| {
        story(w) || w.eq_ignore_ascii_case("project") && last.chars().all(|c| c.is_ascii_digit())
    };
    let numbered = words.len() >= 2
        && counted(words[words.len() - 2])
        && last.chars().all(|c| c.is_ascii_alphanumeric())
        && (last.chars().any(|c| c.is_ascii_digit())
            || last.chars().count() <= 3 && last.chars().all(|c| c.is_ascii_uppercase()));
    if words.len() > 4
        || !(story(last) || numbered)
        // `**The story:**` alone: the bold's closing marks are no text after the label.
        || rest.trim().trim_matches(['*', '_']).trim().is_empty()
        || label.contains('\n')
    {
        return None;
    }
    let before = &words[..words.len() - 1];
    // `Primary story: NAME`, `Backup story: NAME`: which story to tell, named; not a
    // story starting here.
    if before.len() == 1
        && before.first().is_some_and(|w| {
            [
                "primary",
                "backup",
                "main",
                "alternative",
                "alternate",
                "fallback",
            ]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
        })
    {
        return None;
    }
    let name = (!numbered && before.len() >= 2).then(|| before.join(" "));
    Some((name, rest.trim()))
}

/// The drafts' words (their first five letters, which stand for the word), to find
/// the story a short name written elsewhere in the notes means ("Cache redesign
/// (DistCacheUtil)" for "Cache Reliability for 14M Taxpayers", whose action
/// "Redesigned DistCacheUtil").
struct TitleIndex {
    drafts: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// The same for the words of their titles, which count twice.
    titles: rustc_hash::FxHashMap<String, Vec<usize>>,
}

impl TitleIndex {
    const SMALL: &[&str] = &[
        "the", "a", "an", "and", "of", "for", "to", "in", "on", "my", "with", "vs", "by", "story",
        "stories", "it", "i",
    ];
    /// A word in more drafts than this is passed over: it tells none apart, and notes
    /// of thousands of drafts are not searched row by row.
    const COMMON: usize = 64;

    fn stems(text: &str) -> rustc_hash::FxHashSet<String> {
        plain_words(text)
            .iter()
            .filter(|w| !Self::SMALL.contains(&w.as_str()))
            .map(|w| w.chars().take(5).collect())
            .collect()
    }

    fn new(drafts: &[Draft]) -> TitleIndex {
        let mut index: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (d, draft) in drafts.iter().enumerate() {
            let text = format!("{}\n{}", draft.story.title, draft.all_text());
            for word in Self::stems(&text) {
                index.entry(word).or_default().push(d);
            }
        }
        let mut titles: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (d, draft) in drafts.iter().enumerate() {
            for word in Self::stems(&draft.story.title) {
                titles.entry(word).or_default().push(d);
            }
        }
        TitleIndex {
            drafts: index,
            titles,
        }
    }

    /// The one draft whose words hold most of `name`'s, and half of them at least, among
    /// those linked to `principle` when any of them holds one; `None` when none or two
    /// hold as many. The
    /// draft whose lines hold the name's own (`written`: a table read into a story's
    /// notes, a tip among them) holds its words without being named.
    fn named(
        &self,
        name: &str,
        principle: Option<&String>,
        written: (usize, usize),
        drafts: &[Draft],
    ) -> Option<usize> {
        let holds = |d: usize| drafts[d].lines.0 <= written.0 && written.1 <= drafts[d].lines.1;
        let stems = Self::stems(name);
        let mut found: rustc_hash::FxHashMap<usize, usize> = Default::default();
        for word in &stems {
            for index in [&self.drafts, &self.titles] {
                if let Some(ds) = index.get(word).filter(|d| d.len() <= Self::COMMON) {
                    for &d in ds.iter().filter(|&&d| !holds(d)) {
                        *found.entry(d).or_default() += 1;
                    }
                }
            }
        }
        let theirs: Vec<(usize, usize)> = found
            .iter()
            .filter(|(d, _)| principle.is_some_and(|p| drafts[**d].story.principles.contains(p)))
            .map(|(d, n)| (*d, *n))
            .collect();
        let among: Vec<(usize, usize)> = if theirs.is_empty() {
            found.into_iter().collect()
        } else {
            theirs
        };
        let best = among.iter().map(|(_, n)| *n).max()?;
        let mut at_best = among.iter().filter(|(_, n)| *n == best);
        let d = match (at_best.next(), at_best.next()) {
            (Some((d, _)), None) => *d,
            _ => return None,
        };
        // (A draft holding one word of a longer name, "Any story's Reflection section",
        // is not named by it: half its words at least.)
        let held = stems
            .iter()
            .filter(|w| self.drafts.get(*w).is_some_and(|ds| ds.contains(&d)))
            .count();
        (held * 2 >= stems.len()).then_some(d)
    }
}

/// A line that says which story to tell for a question: `Prepare for: "Tell me about a
/// time you failed" — use the post-mortem story`, `"…disagreed" — use XA vs Saga or
/// MongoDB stories`. The question, and the names of the stories, in order.
fn question_pointer(line: &str) -> Option<(String, Vec<String>)> {
    let (open, quote) = line.char_indices().find(|(_, c)| matches!(c, '"' | '“'))?;
    let inner = &line[open + quote.len_utf8()..];
    let close = inner.find(['"', '”'])?;
    let question = inner[..close].trim();
    if !asks_or_prompts(question) {
        return None;
    }
    let after = inner[close..]
        .trim_start_matches(['"', '”'])
        .trim_start_matches(|c: char| c.is_whitespace() || "—–-:→>=,".contains(c));
    let lower = after.to_lowercase();
    let told = ["use ", "tell ", "answer with "]
        .iter()
        .find_map(|verb| lower.strip_prefix(verb))?;
    let told = told.strip_prefix("the ").unwrap_or(told);
    let told = told
        .trim_end_matches(['.', ')', ' '])
        .trim_end_matches(" stories")
        .trim_end_matches(" story");
    let names: Vec<String> = told
        .split(" or ")
        .flat_map(|n| n.split(", "))
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty() && names.len() <= 6).then(|| (question.to_string(), names))
}

/// Whether a draft is only a title: one short line, no sentence, in its notes (and
/// perhaps its title), no part, question or follow-up.
fn title_over(draft: &Draft) -> bool {
    let story = &draft.story;
    let line = story.notes.trim();
    story.written_parts().next().is_none()
        && story.questions.is_empty()
        && story.followups.is_empty()
        && !line.contains('\n')
        && (story.title.is_empty() || line.contains(story.title.trim()))
        && (1..=12).contains(&line.split_whitespace().count())
        && !line.ends_with(['.', '?', '!', ':', '。', '？'])
}

/// The title of a reminder with details under it (`Chess club budget` over `- results
/// were…`): its own line, not the details run into it. `None` for a reminder of one
/// line, titled as any draft is.
fn reminder_title(text: &str) -> Option<String> {
    text.split_once('\n')
        .map(|(first, _)| short_title(first.trim()))
}

/// Whether a story tells nothing yet: no part, note or follow-up. (The heading's
/// remark, `### Story 1 — Origin (Gap + VidyaTrack)`, kept in the notes, tells
/// nothing.)
fn told_nothing(story: &Story) -> bool {
    story.written_parts().next().is_none()
        && (no_notes(story) || remark(story.notes.trim()))
        && story.followups.is_empty()
}

/// Whether a story is its name alone so far, and the questions it answers: a title
/// that asks nothing and is no label's, and nothing told (see [`told_nothing`]).
fn named_only(story: &Story) -> bool {
    !story.title.is_empty()
        && !is_question(&story.title)
        && !empty_template(&story.title)
        && !heads_stories(&story.title)
        && !names_questions(&story.title)
        && told_nothing(story)
}

/// Whether a story's notes say nothing yet: none; only its own name, kept whole there
/// because it was cut for the title (`## Story 5: Conflict / Disagreement — Pushing
/// Back on a Technical Decision`); or only asides on it, a line each behind a label of
/// the writer's own (`**Theme**: Leading complex initiatives end-to-end`). What
/// follows them is the story's.
fn no_notes(story: &Story) -> bool {
    let notes = story.notes.trim();
    notes.is_empty()
        || !story.title.is_empty()
            && (!notes.contains('\n')
                && notes.chars().count() > story.title.chars().count()
                && short_title(notes) == story.title
                || notes
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .all(|l| aside(l) || remark(l) || markup(l)))
}

/// The words of the story above (see `Importer::retells_above`), and which telling
/// they are of: how many drafts were made then, and the lines it spanned.
#[derive(Default)]
struct WordsAbove {
    key: Option<(usize, (usize, usize))>,
    words: rustc_hash::FxHashSet<u32>,
}

/// A heading that says what is asked and then names the story after a dash or a colon
/// (`A Time You Failed – Shipping Strategy Enhancement`): the prompt and the name. The
/// name asks nothing and is a few words.
pub(super) fn prompt_then_name(title: &str) -> Option<(&str, &str)> {
    let (asked, name) = [" — ", " – ", " - ", ": "]
        .iter()
        .find_map(|sep| title.split_once(sep))?;
    let (asked, name) = (asked.trim(), name.trim());
    let prompt = is_question(asked) || asks_for_story(asked);
    let names = !name.is_empty()
        && name.split_whitespace().count() <= 8
        && !is_question(name)
        && !asks_for_story(name);
    (prompt && names).then_some((asked, name))
}

/// Whether a line says the story above answers the questions after it: it speaks of
/// "this story" (or answer) and ends with a colon ("This story answers all of these
/// in one:", "This answer also fits:").
pub(super) fn answers_these(text: &str) -> bool {
    let line = text.trim().trim_matches(['*', '_']).trim();
    let lower = line.to_lowercase();
    !line.contains('\n')
        && line.ends_with([':', '：'])
        && [
            "this story",
            "this answer",
            "the same story",
            "the story above",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

/// Whether a draft holds words of a story yet: a part or notes.
fn holds_words(draft: &Draft) -> bool {
    !draft.story.notes.is_empty() || Part::ALL.iter().any(|&p| !draft.story.part(p).is_empty())
}

/// The lines of a text's Action and Result, each from its label to the next label:
/// what the writer did and what came of it.
fn deeds(text: &str) -> String {
    let mut within = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        if let Some((label, rest)) = split_label(&strip_marker(line)) {
            within = matches!(label, Label::Part(Part::Action | Part::Result));
            if within {
                lines.push(rest.to_string());
            }
        } else if within {
            lines.push(line.to_string());
        }
    }
    lines.join("\n")
}

/// Whether a line is a hint, a note or a tip behind its label (`**Hint:** …`, `Note:
/// …`): a remark of the writer's, whatever it asks.
fn hint_line(line: &str) -> bool {
    let line = line.trim().trim_start_matches(['-', '*', '+', ' ']);
    line.split_once([':', '：']).is_some_and(|(label, _)| {
        matches!(
            label.trim_matches(['*', '_', ' ']).to_lowercase().as_str(),
            "hint" | "hints" | "note" | "notes" | "tip" | "tips"
        )
    })
}

/// Whether a line opens with a label of its own in bold, a few words and a colon,
/// and asks nothing (`**⚠️ Make this yours:** swap in…`): a remark of the writer's.
fn bold_remark(line: &str) -> bool {
    let Some(inner) = line.trim().strip_prefix("**") else {
        return false;
    };
    let Some((label, _)) = inner.split_once("**") else {
        return false;
    };
    let label = label.trim();
    // (A hint or a note may ask the writer something: `**Hint:** the Splunk migration?`.)
    let aside = hint_line(line);
    label.ends_with([':', '：'])
        && (1..=5).contains(&label.split_whitespace().count())
        && !matches!(split_label(line.trim()), Some((Label::Question, _)))
        && (!line.contains('?') || aside)
}

/// Whether a line is only markup around what follows: HTML tags and nothing else
/// (`<div class="qa-body">`), or a `<summary>` that names a telling of the answer
/// (`<details><summary>Full STAR-L answer (≈ 2.5 min)</summary>`).
fn markup(line: &str) -> bool {
    let (text, _) = outside(line, '<', '>');
    line.trim_start().starts_with('<')
        && (text.trim().is_empty() || telling_label(&format!("{}:", text.trim())))
}

/// Whether a line is an aside on a story behind a label of a word or three in bold
/// (`**Theme**: …`, `**Competency:** …`), a short line that asks nothing.
fn aside(line: &str) -> bool {
    bold_label(line, false).is_some_and(|(_, after)| {
        !after.contains('?') && (1..=25).contains(&after.split_whitespace().count())
    })
}

/// The label of a word or three in bold that opens a line, and what follows its colon
/// (see [`bold_split`]).
fn bold_label(line: &str, spaced: bool) -> Option<(&str, &str)> {
    bold_split(line, spaced)
        .filter(|(label, _)| (1..=3).contains(&label.split_whitespace().count()))
}

/// Whether a line opens with a label of a word or three in bold, then a colon, a space
/// before it or none (`**갈등** : …`, `**Conflict**: …`), and says something after it
/// that asks nothing.
pub(super) fn own_label(line: &str) -> bool {
    bold_label(line, true)
        .is_some_and(|(_, after)| !after.contains(['?', '？']) && !after.trim().is_empty())
}

/// Names a story: its title is the name, cut short; a name too long for a title is
/// kept whole in its notes.
fn name_story(story: &mut Story, name: &str) {
    story.title = short_title(name);
    if name.chars().count() > story.title.chars().count() {
        append(&mut story.notes, name);
    }
}

/// The name a `Project:`, `Summary:` or `Title:` label gives on a line of its own: a
/// line, not a paragraph. With a name in bold after `Background:`, the remark after the
/// name too (empty when there is none).
fn name_label(text: &str) -> Option<(&str, Option<&str>)> {
    let (label, rest) = text.split_once(':')?;
    let label = label.trim().trim_matches(['*', '_']).trim().to_lowercase();
    // `**Background:** **Subscription Management System** (the shop's platform)`: a
    // background that is only a name in bold, perhaps with a remark, names the story
    // (a background told in words is its situation).
    if label == "background" {
        let value = rest.trim().trim_start_matches(['*', '_']).trim_start();
        let value = value
            .strip_prefix("**")
            .or_else(|| value.strip_prefix("__"))?;
        let (name, after) = value.split_once("**").or_else(|| value.split_once("__"))?;
        let after = after.trim();
        let remark = after.is_empty() || after.starts_with('(') && after.ends_with(')');
        return (remark
            && !name.trim().is_empty()
            && !text.trim().contains('\n')
            && name.split_whitespace().count() <= 12)
            .then_some((name.trim(), Some(after)));
    }
    if !matches!(
        label.as_str(),
        "project"
            | "project name"
            | "summary"
            | "title"
            | "título"
            | "titulo"
            | "título do case"
            | "name"
            | "nome"
            | "story name"
            | "story title"
            | "primary story"
            | "main story"
            | "story to use"
            | "story used"
    ) {
        return None;
    }
    // `Primary story: \`W1 — Silent Kafka Failure\``: the name in code marks;
    // `**Title:** "Leading the payroll migration"`, in quotation marks.
    let rest = rest.trim().trim_matches(['*', '_', '`']).trim();
    let rest = opening_quote(rest)
        .and_then(|(open, close)| {
            let inner = rest.strip_prefix(open)?.strip_suffix(close)?;
            (!inner.contains([open, close])).then(|| inner.trim())
        })
        .unwrap_or(rest);
    // `Story used: NAME — the part of it told here (…)`: the name, before the dash; the
    // rest a remark, kept in the notes.
    if label == "story used"
        && let Some((name, remark)) = rest.split_once(" — ")
        && !name.trim().is_empty()
        && name.split_whitespace().count() <= 12
    {
        return Some((name.trim(), Some(remark.trim())));
    }
    (!rest.is_empty() && !rest.contains('\n') && rest.split_whitespace().count() <= 25)
        .then_some((rest, None))
}

/// The name a `Story:` label gives on a line of its own: `Story: The vendor contract`,
/// `**Story 2: Fixing edge-case bugs**` (the label "story", or "story" and a number).
/// A long name is cut for the title and kept whole in the notes.
pub(super) fn story_name(text: &str) -> Option<&str> {
    let (label, _) = story_split(text)?;
    let (name, rest) = next_story(text)?;
    if name.is_some() {
        return None;
    }
    // (`🔥 STORY 3 – NAME`: the sign before the label is no word of it.)
    if (label.split_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        > 2
    {
        return None;
    }
    let rest = without_story_number(rest.trim().trim_matches(['*', '_']).trim());
    (!rest.is_empty() && !rest.contains('\n')).then_some(rest)
}

/// The principles a line of a block names (`Leadership Principles: …`, the value on
/// that line or, after a label alone, the next): the block's first such line.
fn names_on_a_line(text: &str, set: &PrincipleSet) -> Option<Names> {
    let lines: Vec<&str> = text.lines().collect();
    (0..lines.len()).find_map(|i| {
        let line = lines[i].trim().trim_start_matches(['-', '*', '+']).trim();
        let bare = line.trim_end_matches(['*', '_']).trim_end();
        if bare.ends_with(':') {
            let next = lines.get(i + 1)?;
            tag_line(&format!("{line}\n{next}"), set)
        } else {
            tag_line(line, set)
        }
    })
}

/// A part's word without its letter in brackets before it: `[S] Situation` (the
/// opening bracket already trimmed, `S] Situation`) and `(R) Result` give the word; the
/// letter must be the word's first.
fn bracketed_letter_off(text: &str) -> &str {
    let text = text.trim_start_matches(['[', '(']);
    let mut chars = text.chars();
    let (Some(letter), Some(']' | ')'), Some(' ')) = (chars.next(), chars.next(), chars.next())
    else {
        return text;
    };
    let word = chars.as_str().trim_start();
    if letter.is_alphabetic()
        && word
            .chars()
            .next()
            .is_some_and(|c| c.eq_ignore_ascii_case(&letter))
    {
        word
    } else {
        text
    }
}

/// A heading read as a label on a line of its own: without the marks in front of it
/// (`✅ S - Situation`, `⭐ Situation`) and with its colon; a letter before its word
/// (`S - Situation`, `R – Result`, `[S] Situation`) is the word.
fn as_label(text: &str) -> String {
    // (`1. SITUATION — The Problem I Was Solving`: the number that orders the sections
    // is no word of the label.)
    let text = enumerator_off(
        text.trim()
            .trim_start_matches(|c: char| !c.is_alphanumeric()),
    )
    .trim_end_matches(|c: char| c == ':' || c == '*' || c == '_' || c.is_whitespace());
    // `### **Question: Describe a time…**`: a label with its text already; the colon
    // after the text would be read as more of it.
    if let Some((label, _)) = text.split_once([':', '：'])
        && label.split_whitespace().count() <= 3
    {
        return text.to_string();
    }
    let mut words = text.splitn(3, ' ');
    let text = match (words.next(), words.next(), words.next()) {
        (Some(letter), Some("-" | "–" | "—"), Some(word))
            if letter.chars().count() == 1
                && word.chars().next().is_some_and(|c| {
                    c.eq_ignore_ascii_case(&letter.chars().next().unwrap_or(' '))
                }) =>
        {
            word
        }
        _ => bracketed_letter_off(text),
    };
    // `The Problem`, `My Approach`: a part's word behind "the" or "my" is that part's
    // label.
    let part = |t: &str| matches!(exact_label(&format!("{t}:")), Some((Label::Part(_), rest)) if rest.trim().is_empty());
    let text = ["the ", "my ", "our "]
        .iter()
        .find_map(|article| strip_prefix_ignore_case(text, article))
        .filter(|rest| rest.split_whitespace().count() <= 2 && part(rest))
        .unwrap_or(text);
    let text = bilingual_label(text).unwrap_or(text);
    format!("{text}:")
}

/// `Situation & Constraints`, `Results and Metrics`: a part's label joined to a word or
/// two of what the part holds besides, no part's label among them. The part's label
/// alone; `None` for anything else.
fn part_and_more(text: &str) -> Option<&str> {
    let part = |t: &str| matches!(exact_label(&format!("{t}:")), Some((Label::Part(_), rest)) if rest.trim().is_empty());
    let (first, more) = [" & ", " and "]
        .iter()
        .find_map(|and| split_once_ignore_case(text, and))?;
    let first = first.trim();
    let more = more.trim();
    (part(first)
        && (1..=2).contains(&more.split_whitespace().count())
        && !more.split_whitespace().any(part)
        && !part(more)
        && more
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-'))
    .then_some(first)
}

/// `text` split at the first `sep`, letters compared without case.
fn split_once_ignore_case<'t>(text: &'t str, sep: &str) -> Option<(&'t str, &'t str)> {
    let at = text.to_lowercase().find(&sep.to_lowercase())?;
    // (Lowercasing keeps the byte lengths of ASCII; elsewhere, compare on the text.)
    (text.is_char_boundary(at)
        && text.is_char_boundary(at + sep.len())
        && text[at..at + sep.len()].eq_ignore_ascii_case(sep))
    .then(|| (&text[..at], &text[at + sep.len()..]))
}

/// `Situation 背景`, `行动 (Action)`, `Result / 결과`: a part's label beside the same
/// part's label in another script, the way bilingual notes head a part. The first
/// label alone; `None` for anything else (two parts, or a label and a word).
pub(super) fn bilingual_label(text: &str) -> Option<&str> {
    let pieces: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || "/|·()（）[]".contains(c))
        .filter(|p| !p.is_empty())
        .collect();
    let [first, second] = pieces[..] else {
        return None;
    };
    let part = |t: &str| match exact_label(&format!("{t}:")) {
        Some((Label::Part(p), rest)) if rest.trim().is_empty() => Some(p),
        _ => None,
    };
    let latin = |t: &str| t.chars().all(is_latin);
    (part(first)? == part(second)? && latin(first) != latin(second)).then_some(first)
}

/// The part a heading of a few words names in one of its pieces, as a label alone:
/// `Situation & stakes`, `What I did (decision, ownership, trade-offs)`, `The outcome`,
/// `Why I cared / what I learned` give `Situation:`, `What I did:`, `outcome:`, `what I
/// learned:`.
pub(super) fn part_heading(text: &str) -> Option<String> {
    let text = bracketed_letter_off(enumerator_off(
        text.trim().trim_matches(|c: char| !c.is_alphanumeric()),
    ));
    if text.split_whitespace().count() > 8 {
        return None;
    }
    text.split(['(', '/'])
        .flat_map(|piece| piece.split(" & "))
        .flat_map(|piece| piece.split(" and "))
        .map(|piece| {
            let piece = piece.trim().trim_end_matches([')', ':']).trim();
            ["the ", "The ", "my ", "My ", "our ", "Our "]
                .iter()
                .find_map(|a| piece.strip_prefix(a))
                .unwrap_or(piece)
        })
        .find_map(|piece| {
            let label = format!("{piece}:");
            match split_label(&label) {
                Some((Label::Part(_), rest)) if rest.trim().is_empty() => Some(label),
                _ => None,
            }
        })
}

/// Whether a part's text says something: two words or more, or a few characters of a
/// script written without spaces (`S: Solution` names the letter, it tells nothing).
fn says_something(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() >= 2 || mostly_other_script(text) && text.chars().count() >= 4
}

/// Whether a line is a label that says the person's own answer or story follows:
/// `**Your Answer:**`, `**Your Answer: THE QUIZ PLATFORM**`, `**Problem-solving
/// story:**`. In notes that advise, a quotation under it is what they will say.
fn own_answer_line(line: &str) -> bool {
    answer_label(line) || own_story_label(line) || names_own_answer(line)
}

/// `**Problem-solving story:**`, `Story:` alone on a line: a label over a story of the
/// person's own, told in the lines under it (not a sample's, an example's or a
/// template's).
fn own_story_label(text: &str) -> bool {
    let bare = text.trim().trim_matches(['*', '_']).trim();
    let Some(label) = bare.strip_suffix(':') else {
        return false;
    };
    let words = plain_words(label);
    (1..=4).contains(&words.len())
        && words.last().is_some_and(|w| w == "story")
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "sample" | "example" | "template" | "model" | "their" | "his" | "her"
            )
        })
}

/// `**Your Answer: THE QUIZ PLATFORM**`, `**My answer: the billing cutover**`: the
/// label that says the person's own answer follows, with the name of the story it
/// tells.
///
/// So does `### **STORY: Memory Leak in Orchestration Service**` (or `Same Story:
/// …`), a heading as well as a line: one of the person's stories, by its name.
fn names_own_answer(text: &str) -> bool {
    let text = heading_line(text).unwrap_or(text);
    let bare = text.trim().trim_start_matches(['*', '_']).to_lowercase();
    ["your answer:", "my answer:"]
        .iter()
        .any(|label| bare.starts_with(label))
        || ["story:", "same story:"].iter().any(|label| {
            bare.strip_prefix(label)
                .is_some_and(|name| name.chars().any(char::is_alphanumeric))
        })
}

/// Whether a text is only labels of a few words (`Bad answer:`, `Hit these points:`),
/// each over list items of eight words at most, with no word of the writer's in it:
/// one label at least, and two items.
fn points_under_labels(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let is_item = |l: &str| strip_marker(l.trim()).len() < l.trim().len();
    let labels = lines.iter().filter(|l| !is_item(l)).count();
    let items = lines.iter().filter(|l| is_item(l)).count();
    labels >= 1
        && items >= 2
        && persons(text).0 == 0
        && lines.iter().all(|l| {
            if is_item(l) {
                plain_words(&strip_marker(l.trim())).len() <= 8
            } else {
                let label = l.trim().trim_matches(['*', '_']).trim();
                label.ends_with(':') && (1..=5).contains(&plain_words(label).len())
            }
        })
}

/// Whether every line of a text is a list item holding only a quotation left
/// unfinished (`- “The tradeoff was…”`): openings of sentences to borrow. Two or more.
fn quoted_openings(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.len() >= 2
        && lines.iter().all(|l| {
            let item = strip_marker(l.trim());
            let item = item.trim();
            let inner = item.trim_end_matches(['”', '"']).trim_end();
            item.len() < l.trim().len()
                && item.starts_with(['“', '"'])
                && item.ends_with(['”', '"'])
                && (inner.ends_with('…') || inner.ends_with("..."))
        })
}

/// `- **A** :`, `* **Answer:**` alone, nothing after it: an answer's label (see
/// [`answer_label`]) behind a list's marker, or its letter (the A of a question and its
/// answer, not the Action's), over an answer left empty.
pub(super) fn empty_answer_label(text: &str) -> bool {
    let item = strip_marker(text.trim());
    let letter: String = item
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | ':' | '：'))
        .collect();
    !item.contains('\n')
        && item.trim_end().ends_with([':', '：', '*', '_'])
        && (matches!(letter.trim().to_lowercase().as_str(), "a" | "ans") || answer_label(&item))
}

/// `Answer:`, `**My answer:**`, `**Your Answer (if asked):**` alone on a line: the
/// person's own answer follows ("your" in notes written to oneself), a remark in
/// parentheses aside.
pub(super) fn answer_label(text: &str) -> bool {
    let bare = text.trim().trim_matches(['*', '_']).trim().to_lowercase();
    let bare = bare.trim_end_matches([':', '*', '_']).trim_end();
    let bare = match bare.split_once('(') {
        Some((before, after)) if after.trim_end().ends_with(')') => before.trim_end(),
        _ => bare,
    };
    // (Or the word alone in the other languages lp reads: `### Ответ:`.)
    matches!(bare, "answer" | "my answer" | "your answer") || ANSWER_ABROAD.contains(&bare)
}

/// `**Answer Script (≈2 min):**`, `Spoken version:`: a label alone on its line naming a
/// telling of the answer, perhaps with a remark in parentheses beside it.
fn telling_label(text: &str) -> bool {
    let bare = text.trim().trim_matches(['*', '_']).trim();
    let Some(label) = bare.strip_suffix(':') else {
        return false;
    };
    let label = match label.split_once('(') {
        Some((before, after)) if after.trim_end().ends_with(')') => before,
        _ => label,
    };
    !label.contains(['\n', ':']) && answer_form(label.trim().trim_matches(['*', '_']))
}

/// Whether a heading names an example of a story and nothing else (`Example STAR
/// story`, `Sample story 2`): no story's own name.
fn example_story(heading: &str) -> bool {
    let words = plain_words(heading);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "example" | "sample" | "model"))
        && words.iter().any(|w| w == "story")
        && words.iter().all(|w| {
            matches!(
                w.as_str(),
                "example" | "sample" | "model" | "star" | "story" | "a" | "an" | "the"
            ) || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Whether a story's parts are difficulties and their remedies, listed (see the call in
/// `not_a_story`): its scene (Situation or Task) is two or more short names, a few
/// words each and no sentence; its Action as many remedies or more; no Result; and no
/// "I" with a verb in the past anywhere.
fn remedies_listed(draft: &Draft) -> bool {
    let story = &draft.story;
    fn paragraphs(text: &str) -> Vec<&str> {
        text.split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }
    let Some(scene) = [Part::Situation, Part::Task]
        .iter()
        .map(|p| story.part(*p))
        .find(|t| !t.trim().is_empty())
    else {
        return false;
    };
    let named = paragraphs(scene);
    // (A name, not a sentence in any script: `点击导出后页面没有任何提示，文件也没有下载。`
    // tells what happened, however few its spaces.)
    let short_name = |p: &&str| {
        p.split_whitespace().count() <= 5
            && p.chars().count() <= 40
            && !p.contains(['.', '!', '?', ',', '\n', '。', '！', '？', '，', '：', ':'])
    };
    named.len() >= 2
        && named.iter().all(short_name)
        && paragraphs(story.part(Part::Action)).len() >= named.len()
        && story.part(Part::Result).trim().is_empty()
        && {
            let told = draft.all_text();
            first_person_events(&told) == 0 && !tells_events(&told)
        }
}

/// `Question 3`, `Q3`, `Question #2`: a heading that is only a question's number.
pub(super) fn question_place(heading: &str) -> bool {
    let lower = heading.trim().to_lowercase();
    ["question", "q"].iter().any(|word| {
        lower.strip_prefix(word).is_some_and(|rest| {
            let rest = rest.trim_start().trim_start_matches('#');
            !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())
        })
    })
}

/// Whether a heading only says that questions are under it, a word or two before the
/// word (`Core questions`, `Common Questions`, `Behavioral questions`): what the section
/// holds, not a story's name.
fn only_names_questions(heading: &str) -> bool {
    let words = plain_words(heading);
    words.last().is_some_and(|w| w == "questions")
        && (2..=3).contains(&words.len())
        && words[..words.len() - 1].iter().all(|w| {
            matches!(
                w.as_str(),
                "core"
                    | "common"
                    | "key"
                    | "behavioral"
                    | "behavioural"
                    | "general"
                    | "main"
                    | "top"
                    | "hr"
            )
        })
}

/// A heading that calls what is under it one story of the writer's, the word among its
/// own (`Interpersonal Conflict Story`, `Tech failure story #3 maybe:`): not a story's
/// template, an index or bank of them, or how to tell one.
pub(super) fn calls_itself_a_story(heading: &str) -> bool {
    let words = plain_words(heading);
    // `STAR story for interviews`, kept with the project it tells: the story the writer
    // will tell, in the method's name. (`STAR story` alone names the method.)
    let kept_for_interviews = words
        .windows(2)
        .any(|pair| pair[0] == "for" && matches!(pair[1].as_str(), "interview" | "interviews"));
    // (`[Story Title]`: a template's slot for one.)
    words.iter().any(|w| w == "story")
        && words.len() >= 2
        && !heading.contains('[')
        && !words.iter().any(|w| {
            w == "star" && !kept_for_interviews
                || matches!(
                    w.as_str(),
                    "template"
                    | "templates"
                    | "bank"
                    | "format"
                    | "structure"
                    | "method"
                    | "framework"
                    | "tips"
                    | "tip"
                    | "example"
                    | "examples"
                    | "sample"
                    | "how"
                    | "your"
                    | "telling"
                    | "tell"
                    | "stories"
                    | "index"
                    | "list"
                    | "overview"
                    | "summary"
                    | "map"
                    | "mapping"
                    | "matrix"
                    | "ideas"
                    | "guide"
                    // `Quick Reference: Question → Story Mapping`: a table to look
                    // stories up in, not one.
                    | "reference"
                    | "lookup"
                    | "table"
                    | "cheatsheet"
                    // `What Makes a Good Story`: stories judged in general.
                    | "makes"
                    | "good"
                    | "great"
                    | "strong"
                    | "weak"
                    // `Common prompts (prepare a story for each)`: a story for each of
                    // the prompts below, none of them told here.
                    | "each"
                    | "every"
                    | "prepare"
                    // `Week 3 Review & Story Practice`: a day of a plan spent practising
                    // stories, none of them told here.
                    | "practice"
                    | "practise"
                    | "practicing"
                    | "practising"
                    | "rehearsal"
                    | "rehearse"
                    | "drill"
                    | "drills"
                    // `END-TO-END DEMO STORY`, `User story`: how a product is used,
                    // walked through, or what a user needs of it; not the writer's.
                    | "demo"
                    | "user"
                )
        })
}

/// `Story`, `Story1`, `Story 2`: a heading that is only a story's label and number.
fn story_label(heading: &str) -> bool {
    let lower = heading.trim().to_lowercase();
    let rest = lower.strip_prefix("story").unwrap_or("-");
    rest.trim().chars().all(|c| c.is_ascii_digit()) && !rest.starts_with('-')
}

/// A skipped piece of a block: its lines from `start`, its text and why.
fn skipped_piece(start: usize, text: &str, reason: &str) -> Skipped {
    Skipped {
        lines: (
            start,
            start + text.trim_end().lines().count().saturating_sub(1),
        ),
        reason: reason.to_string(),
        text: text.trim().to_string(),
    }
}

/// A heading that is a label standing alone (`## Question`, `## Definition`, `##
/// Interview Tips`), read as the label: the heading names what is under it.
/// Whether a line names questions an interviewer asks, in quotation marks, one of them
/// asking for a story: `*Use this when they ask: "What was your biggest challenge?" or
/// "What problems did you run into?"*`. (A question of why asks for a reason: "Why
/// did you use X?" is no story's.)
fn names_story_questions(line: &str) -> bool {
    quoted_questions(line).iter().any(|q| {
        let words = plain_words(q);
        words.first().is_some_and(|w| w != "why") && asks_for_story(q)
    })
}

/// The questions a line quotes: `"What was your biggest challenge?" or "What problems
/// did you run into?"` gives both.
fn quoted_questions(line: &str) -> Vec<&str> {
    line.split(['"', '“', '”'])
        .skip(1)
        .step_by(2)
        .map(str::trim)
        .filter(|q| q.ends_with(['?', '？']))
        .collect()
}

/// The label of a part's heading with a remark after a dash: `SITUATION:` of `1.
/// SITUATION — The Problem I Was Solving`, `Result:` of `Result - what changed`. The
/// remark says what the part holds; the part's text is under the heading.
fn remarked_part_label(text: &str) -> Option<String> {
    let label = as_label(text);
    let body = label.trim_end_matches(':');
    // (Or joined to a word or two of what the part holds besides: see
    // `part_and_more`.)
    let (head, _) = [" — ", " – ", " - "]
        .iter()
        .find_map(|dash| body.split_once(dash))
        .or_else(|| part_and_more(body).map(|head| (head, "")))?;
    let head = format!("{}:", head.trim());
    matches!(exact_label(&head), Some((Label::Part(_), rest)) if rest.trim().is_empty())
        .then_some(head)
}

fn heading_label(text: &str) -> Option<Label> {
    match split_label(&as_label(text)) {
        Some((label, rest)) if rest.trim().is_empty() => Some(label),
        _ => None,
    }
}

/// What an HTML block says of a `<details>` block: whether it opens one, the text of
/// its `<summary>` (tags and emoji off), and whether it closes one. `None` for other
/// HTML.
fn details(html: &str) -> Option<(bool, String, bool)> {
    // ASCII lowering keeps every byte where it was, so places found in `lower` are
    // places in `html`.
    let lower = html.to_ascii_lowercase();
    let opens = lower.contains("<details");
    let closes = lower.contains("</details>");
    if !opens && !closes {
        return None;
    }
    let summary = match (lower.find("<summary"), lower.find("</summary>")) {
        (Some(from), Some(to)) if from < to => {
            let inner = &html[from..to];
            let inner = inner.split_once('>').map_or("", |(_, rest)| rest);
            // Tags inside (`<b>`) and pictures (📖) are not words of the title.
            let text: String = (untagged(inner).chars())
                .filter(|&c| {
                    c != '>'
                        && (c.is_alphanumeric()
                            || c.is_whitespace()
                            || c.is_ascii_punctuation()
                            || "—–’‘“”".contains(c))
                })
                .collect();
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        }
        _ => String::new(),
    };
    Some((opens, summary, closes))
}

/// Whether a block continues the paragraph before it as one narrative: a paragraph over
/// more than one line of the notes (wrapped or not: `origin`), or one that opens with a
/// word that carries the story on.
fn continues<'a>(node: &'a AstNode<'a>, lines: &[&str], origin: &Origin) -> bool {
    if !matches!(node.data().value, NodeValue::Paragraph) {
        return false;
    }
    let (start, end) = origin.span(span(node));
    end > start || follows_on(node, lines)
}

/// Whether a paragraph opens with words that go on from the one before it ("So I…",
/// "This helped…", "For example we…").
fn follows_on<'a>(node: &'a AstNode<'a>, lines: &[&str]) -> bool {
    if !matches!(node.data().value, NodeValue::Paragraph) {
        return false;
    }
    let (start, _) = span(node);
    let first = lines
        .get(start.saturating_sub(1))
        .map_or("", |l| l.trim())
        .to_lowercase();
    [
        "to fix",
        "to solve",
        "so ",
        "so,",
        "then",
        "as a result",
        "after that",
        "afterwards",
        "in the end",
        "eventually",
        "because of this",
        "that is why",
        // The steps of one account in turn ("First, I gathered…", "Throughout the
        // development…", "Once the interface was deployed…"), and words that point back
        // to what was said ("This helped…", "However…").
        "first,",
        "first of all",
        "second,",
        "secondly",
        "next,",
        "finally",
        "throughout",
        "once the",
        "once i",
        "once we",
        "this ",
        "these ",
        "however",
        "but ",
        "additionally",
        "in addition",
        "also,",
        "meanwhile",
        "initially",
        "by focusing",
        "by doing",
        // An example of what the paragraph before said ("For example we have a product
        // called…").
        "for example",
        "for instance",
        // What was done in place of, or despite, what the paragraph before told
        // ("Instead of delaying the rollout, I…", "Despite the pushback…").
        "instead",
        "despite",
        "in spite",
    ]
    .iter()
    .any(|lead| first.starts_with(lead))
        || points_back(&first)
}

/// Whether a paragraph's opening phrase, up to its first comma, points back to what
/// was told before it: "To address their concerns, I…", "With this data in hand, I…",
/// "After those two weeks, we…". (A phrase of eight words at most; "In 2019, I joined…"
/// points nowhere.)
fn points_back(first: &str) -> bool {
    let Some((opening, _)) = first.split_once(',') else {
        return false;
    };
    let words = words_of(opening);
    (2..=8).contains(&words.len())
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "this" | "that" | "these" | "those" | "their" | "them" | "its" | "such"
            )
        })
}

/// The first and last source line of a node.
fn span(node: &AstNode<'_>) -> (usize, usize) {
    let pos = node.data().sourcepos;
    (pos.start.line, pos.end.line.max(pos.start.line))
}

/// The visible text of a heading, without the emoji written as shortcodes between
/// colons (`## 1. Customer Obsession :star:`, as GitHub shows a picture for it):
/// decoration, as a pictograph is.
fn inline_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut out = String::new();
    for child in node.descendants() {
        // (A picture's words, its alt text, are none of the text's, unless the text is
        // the picture.)
        let pictured = || {
            child
                .ancestors()
                .take_while(|a| !a.same_node(node))
                .any(|a| matches!(a.data().value, NodeValue::Image(_)))
        };
        match &child.data().value {
            NodeValue::Text(_) if pictured() => {}
            NodeValue::Text(t) => out.push_str(t),
            NodeValue::Code(c) => out.push_str(&c.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => out.push(' '),
            _ => {}
        }
    }
    let out = wiki_links_shown(&out);
    let words: Vec<&str> = out
        .split_whitespace()
        .filter(|w| !emoji_shortcode(w))
        .collect();
    words.join(" ")
}

/// Whether a word is an emoji's shortcode: `:star:`, `:white_check_mark:`, `:+1:`.
pub(super) fn emoji_shortcode(word: &str) -> bool {
    word.len() > 2
        && word.len() <= 42
        && word.starts_with(':')
        && word.ends_with(':')
        && word[1..word.len() - 1]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_+-".contains(c))
        && word.chars().any(|c| c.is_ascii_lowercase() || c == '+')
}
