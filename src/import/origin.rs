//! Where the lines read come from in the notes, when the notes were rewritten before
//! they were read: a table of stories written out a section to a row (`tables`), a
//! paragraph an editor wrapped read as one line (`wrapped`).

use super::ImportPlan;

/// For each line of the text read (from 1), the first and last line of the notes it
/// comes from. A line it does not list, and every line when it lists none, is the
/// notes' own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Origin(Vec<(usize, usize)>);

impl Origin {
    /// Each line read from the lines of the notes given for it, first and last.
    pub fn spans(spans: Vec<(usize, usize)>) -> Self {
        Origin(spans)
    }

    /// Each line read from the one line of the notes given for it.
    pub fn lines(from: &[usize]) -> Self {
        Origin(from.iter().map(|&line| (line, line)).collect())
    }

    /// The first and last line of the notes that line `line` of the text read comes
    /// from.
    pub fn of(&self, line: usize) -> (usize, usize) {
        self.0
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or((line, line))
    }

    /// The lines of the notes that lines `a` to `b` of the text read come from.
    pub fn span(&self, (a, b): (usize, usize)) -> (usize, usize) {
        (self.of(a).0, self.of(b).1)
    }

    /// Where the lines of a rewrite of the text read come from in the notes, line `i`
    /// of the rewrite coming from line `from[i - 1]` of the text read.
    pub fn through(&self, from: &[usize]) -> Self {
        Origin(from.iter().map(|&line| self.of(line)).collect())
    }

    /// `line N` or `lines A–B`, the lines of the notes that lines `a` to `b` of the
    /// text read come from.
    pub fn cite(&self, lines: (usize, usize)) -> String {
        match self.span(lines) {
            (a, b) if a == b => format!("line {a}"),
            (a, b) => format!("lines {a}–{b}"),
        }
    }

    /// The plan of the text read, its line numbers made the notes'.
    pub fn remap(&self, plan: &mut ImportPlan) {
        if self.0.is_empty() {
            return;
        }
        for draft in &mut plan.drafts {
            draft.lines = self.span(draft.lines);
        }
        for block in plan.skipped.iter_mut().chain(plan.ignored.iter_mut()) {
            block.lines = self.span(block.lines);
        }
        for question in &mut plan.questions {
            question.lines = self.span(question.lines);
        }
        for warning in &mut plan.warnings {
            *warning = self.remap_warning(warning);
        }
    }

    /// A warning's `line N:` or `lines A–B:` with its numbers mapped.
    fn remap_warning(&self, warning: &str) -> String {
        let rest = warning
            .strip_prefix("lines ")
            .or_else(|| warning.strip_prefix("line "));
        let Some((numbers, tail)) = rest.and_then(|rest| rest.split_once(':')) else {
            return warning.to_string();
        };
        let mapped: Option<Vec<usize>> =
            numbers.split('–').map(|n| n.trim().parse().ok()).collect();
        match mapped.as_deref() {
            Some([a]) => format!("{}:{tail}", self.cite((*a, *a))),
            Some([a, b]) => format!("{}:{tail}", self.cite((*a, *b))),
            _ => warning.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_keep_their_words_and_take_the_rows_line() {
        let rows = Origin::lines(&[7, 7, 7, 9, 9]);
        assert_eq!(
            rows.remap_warning("line 4: 'x' names no principle"),
            "line 9: 'x' names no principle"
        );
        assert_eq!(
            rows.remap_warning("lines 1–3: read as one"),
            "line 7: read as one"
        );
        assert_eq!(
            rows.remap_warning("lines 2–5: read as one"),
            "lines 7–9: read as one"
        );
        assert_eq!(rows.remap_warning("no line here"), "no line here");
    }

    #[test]
    fn a_line_joined_from_several_is_cited_by_them_all() {
        // Line 2 read is lines 2 to 4 of the notes, wrapped; line 3 read is line 5.
        let wrapped = Origin::spans(vec![(1, 1), (2, 4), (5, 5)]);
        assert_eq!(
            wrapped.remap_warning("line 2: check it"),
            "lines 2–4: check it"
        );
        assert_eq!(
            wrapped.remap_warning("lines 2–3: one story"),
            "lines 2–5: one story"
        );
        assert_eq!(wrapped.cite((3, 3)), "line 5");
        // Past the lines it lists, a line is the notes' own.
        assert_eq!(wrapped.of(9), (9, 9));
        // A table's rows written out from the wrapped text: each row's lines, through
        // the wrapping, are the notes'.
        let rows = wrapped.through(&[2, 2, 3]);
        assert_eq!(rows.span((1, 3)), (2, 5));
    }
}
