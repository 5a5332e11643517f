//! The record of which story was told at which company, kept by the library in
//! `.lp/told.jsonl` (`library::state`). `lp told` adds to it; `lp plan --company`,
//! `lp list`, `lp show` and `lp prep` read it.

use serde::{Deserialize, Serialize};

use crate::date::Day;

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

/// Whether a line read as a record is one: it names a story and a company.
pub fn is_record(told: &Told) -> bool {
    !told.story.is_empty() && !told.company.trim().is_empty()
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
                    {\"story\":\"c\",\"company\":\"Globex\",\"date\":\"2026-02-30\"}\n\
                    {\"story\":\"d\",\"company\":\" \",\"date\":\"2026-12-01\"}\n";
        let told: Vec<Told> = text
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .filter(is_record)
            .collect();
        assert_eq!(told.len(), 2);
        assert_eq!(companies(&told), ["Acme"]);
        assert!(same_company("ACME  Corp", "acme corp"));
        assert_eq!(places(&told, "b"), ["acme (onsite 2, 2026-12-01)"]);
    }
}
