//! "Did you mean …?": the nearest known names to something a person mistyped.

/// The candidates close enough to `wanted` to be what was meant, best first, at most
/// `limit`. Close enough: within a third of the length in edits, or one contains the other.
pub fn nearest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower = candidate.to_lowercase();
            let distance = strsim::levenshtein(&wanted_lower, &lower);
            let allowed = (wanted_lower.chars().count().max(lower.chars().count()) / 3).max(1);
            let contains = wanted_lower.len() >= 3
                && (lower.contains(&wanted_lower) || wanted_lower.contains(&lower));
            (distance <= allowed || contains).then_some((distance, candidate))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(limit).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_finds_typos_and_ignores_strangers() {
        let fields = ["situation", "task", "action", "result", "learned"];
        assert_eq!(nearest("situaton", fields, 3), ["situation"]);
        assert_eq!(nearest("Results", fields, 3), ["result"]);
        assert!(nearest("zebra", fields, 3).is_empty());
    }
}
