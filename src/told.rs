//! The record of which story was told at which company: `.lp/told.jsonl`, one JSON
//! object a line, next to the practice log and read with the same limits. `lp told`
//! adds to it; `lp plan --company`, `lp list`, `lp show` and `lp prep` read it.

use serde::{Deserialize, Serialize};

use crate::date::Day;

/// The record, relative to the library.
pub const LOG: &str = ".lp/told.jsonl";

/// The largest record read: a line is about 100 bytes.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;

/// The longest company name or round kept.
pub const MAX_NAME: usize = 200;

/// One story told in an interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Told {
    pub story: String,
    pub company: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<String>,
    pub date: Day,
}

/// Whether two company names are the same company: case and spaces aside.
pub fn same_company(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// Reads the record, passing over lines that are not records. Returns the records and
/// how many lines were passed over.
pub fn read(text: &str) -> (Vec<Told>, usize) {
    let mut told = Vec::new();
    let mut skipped = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match serde_json::from_str::<Told>(line) {
            Ok(t) if !t.story.is_empty() && !t.company.trim().is_empty() => told.push(t),
            _ => skipped += 1,
        }
    }
    (told, skipped)
}

/// The record of a library: a missing one is empty; one that is not a regular file,
/// too large or unreadable is passed over with a warning.
pub fn load(root: &std::path::Path, shown: &std::path::Path) -> (Vec<Told>, Option<String>) {
    let (text, warning) = crate::library::read_state(
        &root.join(LOG),
        shown,
        MAX_BYTES,
        "the record of stories told",
        "lp told",
    );
    if warning.is_some() {
        return (Vec::new(), warning);
    }
    let (told, skipped) = read(&text);
    let warning = (skipped > 0).then(|| {
        format!(
            "warning: {} of {} could not be read and were passed over\n  hint: each line is one story told, as JSON; lp told only adds lines",
            crate::diagnostic::plural(skipped, "line", "lines"),
            shown.display()
        )
    });
    (told, warning)
}

/// The companies of the record, as first written, each once, in the order first told.
pub fn companies(told: &[Told]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in told {
        if !out.iter().any(|c| same_company(c, &t.company)) {
            out.push(t.company.clone());
        }
    }
    out
}

/// Where a story was told, for `lp list` and `lp show`: "Acme (onsite 2, 2026-11-30)".
pub fn places(told: &[Told], story: &str) -> Vec<String> {
    told.iter()
        .filter(|t| t.story == story)
        .map(|t| match &t.round {
            Some(round) => format!("{} ({}, {})", t.company.trim(), round.trim(), t.date),
            None => format!("{} ({})", t.company.trim(), t.date),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_is_read_line_by_line_and_companies_meet_whatever_their_case() {
        let text = "{\"story\":\"a\",\"company\":\"Acme\",\"date\":\"2026-11-30\"}\n\
                    not json\n\
                    {\"story\":\"b\",\"company\":\" acme \",\"round\":\"onsite 2\",\"date\":\"2026-12-01\"}\n\
                    {\"story\":\"c\",\"company\":\"Globex\",\"date\":\"2026-02-30\"}\n";
        let (told, skipped) = read(text);
        assert_eq!((told.len(), skipped), (2, 2));
        assert_eq!(companies(&told), ["Acme"]);
        assert!(same_company("ACME  Corp", "acme corp"));
        assert_eq!(places(&told, "b"), ["acme (onsite 2, 2026-12-01)"]);
    }
}
