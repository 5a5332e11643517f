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

/// Makes each pair of likely duplicates one draft: the first keeps its title and
/// gains the second's principles and text; nothing is dropped.
pub fn merge_duplicates(plan: &mut ImportPlan) {
    let mut removed = BTreeSet::new();
    for dup in &plan.duplicates {
        let (keep, gone) = dup.drafts;
        if removed.contains(&keep) || removed.contains(&gone) {
            continue;
        }
        let other = plan.drafts[gone].clone();
        let draft = &mut plan.drafts[keep];
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
