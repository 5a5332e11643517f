//! Drafts that likely tell one story, and making each such pair one draft.

use std::collections::BTreeSet;

use super::walk::append;
use super::{Draft, Duplicate, ImportPlan};
use crate::model::Part;
use crate::overlap;

/// Drafts that likely tell the same story (see `overlap::likely_same`).
pub fn find_duplicates(drafts: &[Draft]) -> Vec<Duplicate> {
    let texts: Vec<String> = drafts
        .iter()
        .map(|d| format!("{}\n{}", d.story.title, d.all_text()))
        .collect();
    overlap::pairs(&texts)
        .into_iter()
        .map(|(i, j, shared_words)| Duplicate {
            drafts: (i, j),
            shared_words,
        })
        .collect()
}

/// Makes each pair of likely duplicates one draft (see `merge`).
pub fn merge_duplicates(plan: &mut ImportPlan) {
    let pairs: Vec<(usize, usize)> = plan.duplicates.iter().map(|d| d.drafts).collect();
    merge(plan, &pairs);
}

/// Makes each pair `(keep, gone)` of drafts (indices) one draft: the first keeps its
/// title and gains the second's principles and text, its title kept in the notes;
/// nothing is dropped. A pair with a draft already merged away is passed over.
pub fn merge(plan: &mut ImportPlan, pairs: &[(usize, usize)]) {
    let mut removed = BTreeSet::new();
    for &(keep, gone) in pairs {
        let (keep, gone) = (keep.min(gone), keep.max(gone));
        if removed.contains(&keep) || removed.contains(&gone) {
            continue;
        }
        if keep == gone
            || gone >= plan.drafts.len()
            || removed.contains(&keep)
            || removed.contains(&gone)
        {
            continue;
        }
        let other = plan.drafts[gone].clone();
        let draft = &mut plan.drafts[keep];
        // The second draft's heading is the person's words too.
        if !other.story.title.trim().is_empty() && other.story.title != draft.story.title {
            append(&mut draft.story.notes, &other.story.title);
        }
        for part in Part::ALL {
            append(draft.story.part_mut(part), other.story.part(part));
        }
        append(&mut draft.story.notes, &other.story.notes);
        for p in other.story.principles {
            if !draft.story.principles.contains(&p) {
                draft.story.principles.push(p);
            }
        }
        for q in other.story.questions {
            if !draft.story.questions.contains(&q) {
                draft.story.questions.push(q);
            }
        }
        draft.story.followups.extend(other.story.followups);
        draft.lines = (
            draft.lines.0.min(other.lines.0),
            draft.lines.1.max(other.lines.1),
        );
        removed.insert(gone);
    }
    let mut index = 0;
    plan.drafts.retain(|_| {
        index += 1;
        !removed.contains(&(index - 1))
    });
    plan.duplicates.clear();
}
