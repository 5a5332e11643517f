//! Lines an editor wrapped. Notes typed in an editor that breaks lines at a width (72
//! or 80 columns) hold each paragraph on several lines, each broken where the next word
//! did not fit. The rules read a line as the writer's: a label opens one, a question
//! ends one, a story's name stands on one. So a paragraph so wrapped is read as one
//! line, and the plan's line numbers are the notes' ([`Origin`]).

use super::Label;
use super::origin::Origin;
use super::rules::{exact_label, fence_mark};
use super::tables::atx_level;

/// The narrowest and the widest an editor wraps at (Emacs fills to 70 columns, Vim's
/// mail and Git's to 72, many to 80 or 100). Lines that break short of the narrowest
/// were broken by their writer.
const NARROWEST_WRAP: usize = 60;
const WIDEST_WRAP: usize = 100;

/// The longest word a wrap moves to the next line: a longer one (a link) says nothing
/// of where the line was broken.
const LONGEST_WORD: usize = 30;

/// The notes with each paragraph an editor wrapped on one line, and where each line
/// comes from.
pub(super) struct Unwrapped {
    pub text: String,
    pub origin: Origin,
}

/// The notes with their wrapped paragraphs joined, or `None` when no editor wrapped
/// them.
///
/// Notes were wrapped at a width when most breaks inside their paragraphs fall where
/// the next word would not have fitted on a line that wide: the width that explains
/// the most breaks, lines that run past it counting against it. A break that the
/// writer typed is kept, wrapped or not, when the line ends on a question
/// (`…disagreed?`), or the next opens as its own line does: an item, a label
/// (`Task:`, `**Task**`, `T -`), a mark, a note in lower case after a full stop.
///
/// `front_end`: where the notes start after their front matter (a line's index from
/// 0), which is left as it is.
pub(super) fn unwrapped(markdown: &str, front_end: usize) -> Option<Unwrapped> {
    let lines: Vec<&str> = markdown.lines().collect();
    let prose = prose(&lines, front_end);
    // The breaks inside paragraphs that a wrap could have made.
    // (A quotation goes on on a line quoted or not; a line quoted starts one.)
    let breaks: Vec<usize> = (1..lines.len())
        .filter(|&i| {
            prose[i - 1]
                && prose[i]
                && may_end(lines[i - 1])
                && goes_on(unquoted(lines[i]))
                && !new_note(lines[i - 1], unquoted(lines[i]))
                && (!quoted(lines[i]) || quoted(lines[i - 1]))
        })
        .collect();
    // Each break's line and the next word's width.
    let widths: Vec<(usize, usize)> = breaks
        .iter()
        .map(|&i| {
            let word = columns(unquoted(lines[i]).split_whitespace().next().unwrap_or(""));
            (columns(lines[i - 1]), word)
        })
        .collect();
    // Where the next word would not have fitted on a line `width` wide.
    let wraps = |(line, word): (usize, usize), width: usize| {
        line <= width && word <= LONGEST_WORD && line + 1 + word > width
    };
    // The width the most breaks were wrapped at, a line that runs past it counting
    // against it twice: an editor would have broken that line too.
    let mut candidates: Vec<usize> = widths
        .iter()
        .map(|&(line, _)| line)
        .filter(|line| (NARROWEST_WRAP..=WIDEST_WRAP).contains(line))
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let score = |width: usize| {
        let wrapped = widths.iter().filter(|&&w| wraps(w, width)).count();
        let longer = widths.iter().filter(|&&(line, _)| line > width).count();
        (wrapped as isize - 2 * longer as isize, wrapped)
    };
    let (width, (_, wrapped)) = candidates
        .into_iter()
        .map(|width| (width, score(width)))
        .max_by_key(|&(width, (score, _))| (score, width))?;
    if wrapped < 3 || wrapped * 2 < breaks.len() {
        return None;
    }
    let wrapped: Vec<usize> = (breaks.iter().zip(&widths))
        .filter(|&(_, &w)| wraps(w, width))
        .map(|(&i, _)| i)
        .collect();
    let ending = if markdown.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let mut text = String::with_capacity(markdown.len());
    let mut spans = Vec::with_capacity(lines.len());
    let mut joined = wrapped.iter().peekable();
    let mut i = 0;
    while i < lines.len() {
        let first = i;
        let mut line = lines[i].trim_end().to_string();
        while joined.next_if(|&&j| j == i + 1).is_some() {
            i += 1;
            line.push(' ');
            line.push_str(unquoted(lines[i]).trim());
        }
        if first > 0 {
            text.push_str(ending);
        }
        // A line kept whole keeps what ends it.
        text.push_str(if i == first { lines[i] } else { &line });
        spans.push((first + 1, i + 1));
        i += 1;
    }
    if markdown.ends_with('\n') {
        text.push_str(ending);
    }
    Some(Unwrapped {
        text,
        origin: Origin::spans(spans),
    })
}

/// Whether a line is quoted (`> …`).
fn quoted(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// A line without the marks that quote it (`> > `).
fn unquoted(line: &str) -> &str {
    line.trim_start().trim_start_matches(['>', ' '])
}

/// A line's width in columns, one a character.
fn columns(line: &str) -> usize {
    line.trim_end().chars().count()
}

/// Which lines are a paragraph's text (or an item's, or a quotation's): not blank, and
/// not a heading, a table's row, HTML, a rule or underline, nor in a fence, a comment
/// or the front matter (which ends before line `front_end`, from 0).
fn prose(lines: &[&str], front_end: usize) -> Vec<bool> {
    let mut prose = vec![false; lines.len()];
    let mut i = front_end;
    let mut fence: Option<&str> = None;
    let mut comment = false;
    while i < lines.len() {
        let line = lines[i];
        let text = line.trim();
        if let Some(mark) = fence {
            fence = (!text.starts_with(mark)).then_some(mark);
        } else if let Some(mark) = fence_mark(line) {
            fence = Some(mark);
        } else if comment || text.contains("<!--") {
            comment = !text.contains("-->") || text.rfind("<!--") > text.rfind("-->");
        } else {
            let rule = text.len() >= 3 && text.chars().all(|c| "-=*_ ".contains(c));
            let text = unquoted(text);
            prose[i] = !text.is_empty()
                && atx_level(text).is_none()
                && !text.starts_with(['|', '<'])
                && !text.contains(" | ")
                && !rule;
        }
        i += 1;
    }
    prose
}

/// Whether a line may be one a wrap broke: it has a space to break at, and ends on no
/// question or Markdown line break. (A label alone on its line, `Situation:`, is too
/// short to be taken for a wrapped one.)
fn may_end(line: &str) -> bool {
    let text = line.trim_end();
    text.trim_start().contains(' ') && !text.ends_with(['?', '\\']) && !line.ends_with("  ")
}

/// Whether a line opens a note of its own after a sentence that ended the line above:
/// it opens in lower case, as notes typed a line each do (`…impact was same.` over
/// `committing to tighter deadlines`), where a sentence that goes on a paragraph opens
/// in capitals.
fn new_note(above: &str, line: &str) -> bool {
    above.trim_end().ends_with(['.', '!']) && line.trim_start().starts_with(char::is_lowercase)
}

/// Whether a line may go on from the one above: it opens on a word, not on an item's
/// mark, a label of a part or of principles, or another mark.
fn goes_on(line: &str) -> bool {
    let text = line.trim();
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    let Some(opening) = first.chars().next() else {
        return false;
    };
    let item = first.len() <= 3
        && first.ends_with(['.', ')'])
        && first[..first.len() - 1]
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_alphabetic());
    let label = first.trim_end_matches(['*', '_']).ends_with(':')
        || first.starts_with('(') && first.ends_with(')')
        || matches!(exact_label(text), Some((Label::Part(_) | Label::Also, _)));
    (opening.is_alphanumeric() || "(\"'“‘$€£[".contains(opening)) && !item && !label
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Our own words, wrapped at 72 columns as an editor wraps them.
    const WRAPPED: &str = "\
## Deliver Results

When I joined the payments team, the quarterly goal was to move every
merchant to the new settlement service before the old one lost vendor
support in March. We had moved 40 of 900 merchants by the end of January.

Situation: each merchant needed a manual reconciliation check, which took
a person about an hour.
Task: cut that to minutes.

- automated the reconciliation check, so that a mismatch report took two
  minutes instead of an hour;
- split the merchants into waves by risk.
";

    /// [`WRAPPED`] with `tail` after a blank line, read: its text.
    fn read_after(tail: &str) -> String {
        unwrapped(&format!("{WRAPPED}\n{tail}"), 0)
            .expect("wrapped at 72 columns")
            .text
    }

    #[test]
    fn a_paragraph_wrapped_by_an_editor_is_read_as_one_line() {
        let read = unwrapped(WRAPPED, 0).expect("wrapped at 72 columns");
        let lines: Vec<&str> = read.text.lines().collect();
        assert_eq!(
            lines[2],
            "When I joined the payments team, the quarterly goal was to move every merchant to the new settlement service before the old one lost vendor support in March. We had moved 40 of 900 merchants by the end of January."
        );
        // A label opens its own line, wrapped or not.
        assert_eq!(
            lines[4],
            "Situation: each merchant needed a manual reconciliation check, which took a person about an hour."
        );
        assert_eq!(lines[5], "Task: cut that to minutes.");
        // An item goes on on its indented lines; the next item is its own.
        assert_eq!(
            lines[7],
            "- automated the reconciliation check, so that a mismatch report took two minutes instead of an hour;"
        );
        assert_eq!(lines[8], "- split the merchants into waves by risk.");
        assert_eq!(read.origin.of(3), (3, 5));
        assert_eq!(read.origin.of(5), (7, 8));
        assert_eq!(read.origin.of(6), (9, 9));
        assert_eq!(read.origin.span((8, 9)), (11, 13));
        assert!(read.text.ends_with("risk.\n"));
    }

    #[test]
    fn notes_whose_lines_were_typed_as_they_are_are_read_as_they_are() {
        // Lines of every length, a thought to a line: no width they break at.
        let typed = "## Ownership\n\nCleaning up unused resources across all accounts.\nCompliance enforcement\nI took over the on-call rota when our lead left, and kept it for a year.\nNobody asked me to.\n";
        assert!(unwrapped(typed, 0).is_none());
        // Lines longer than an editor wraps at, each broken where the next word would
        // not have fitted.
        let long: String = WRAPPED
            .lines()
            .map(|l| {
                if l.len() > 60 {
                    format!("{l} {l}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        assert!(unwrapped(&long, 0).is_none(), "{long}");
        // Short lines, a name or a reminder to each, that a width of 20 would explain.
        let short = "Customer Obsession\nLeaders start from the people\n1. Checkout retry screen\n2. Support inbox triage\nOwnership and more\nLeaders act for the company\n1. Orphaned cron job\nFrugality\n";
        assert!(unwrapped(short, 0).is_none());
    }

    #[test]
    fn a_break_the_writer_typed_is_kept_in_wrapped_notes() {
        let read = read_after(
            "Tell me about a time you had to make a decision with data you did not\nhave?\nS - the launch date was fixed and the data was two weeks away from us\nResult – we launched on the date, and the data agreed with the guess we\n**Task**: decide.\n",
        );
        let lines: Vec<&str> = read.lines().collect();
        let tail: Vec<&str> = lines[lines.len() - 4..].to_vec();
        assert_eq!(
            tail,
            [
                "Tell me about a time you had to make a decision with data you did not have?",
                "S - the launch date was fixed and the data was two weeks away from us",
                "Result – we launched on the date, and the data agreed with the guess we",
                "**Task**: decide.",
            ]
        );
        // A note typed in lower case after a sentence that ends its line is a note
        // of its own, however long that line.
        let read = read_after(
            "violating the process for urgency, when i fixed a bug in the integration.\ncommitting to tighter deadlines, agents report migration\n",
        );
        assert!(read.contains("integration.\ncommitting"));
    }

    #[test]
    fn a_quotation_goes_on_on_its_lines_and_a_line_past_its_colon() {
        for wrap in ["\n> ", "\n"] {
            let read = read_after(&format!(
                "> When did you take a risk that did not pay off, and what did you learn{wrap}from it afterwards?\n\nI can talk about a launch that slipped by a week.\n",
            ));
            assert!(
                read.contains("\n> When did you take a risk that did not pay off, and what did you learn from it afterwards?\n"),
                "{wrap:?}: {}",
                read
            );
        }
        // A line that ends on a colon where the next word did not fit goes on.
        let read = read_after(
            "Tell me about a time you were wrong. Refer to it, but change roles:\n[[Have Backbone]]\n",
        );
        assert!(
            read.contains("change roles: [[Have Backbone]]\n"),
            "{}",
            read
        );
        // A quotation after a paragraph starts there.
        let read = read_after(
            "I was asked this one in my first loop, and answered it far too long\n> Tell me about a time you failed.\n",
        );
        assert!(read.contains("too long\n> Tell me"));
    }

    #[test]
    fn fences_tables_and_front_matter_are_not_joined() {
        let notes = format!(
            "---\ntitle: a title that is long enough to be taken for a wrapped line of text\ntags: [a]\n---\n{WRAPPED}\n```\nsome code on a line long enough that a wrap would have broken it here\nand more\n```\n"
        );
        // (Its front matter ends before line 4.)
        let read = unwrapped(&notes, 4).expect("wrapped at 72 columns");
        assert!(read.text.starts_with(
            "---\ntitle: a title that is long enough to be taken for a wrapped line of text\ntags: [a]\n---\n"
        ));
        assert!(read.text.contains("broken it here\nand more\n```"));
    }
}
