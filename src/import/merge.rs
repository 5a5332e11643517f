//! Drafts that likely tell one story, and making each such pair one draft.

use std::collections::BTreeSet;

use super::rules::append;
use super::{Draft, Duplicate, ImportPlan};
use crate::model::Part;
use crate::overlap;

/// Drafts that likely tell the same story (see `overlap::pairs_of`). A word that a
/// third or more of a file's drafts hold (three at least, in a file of six drafts or
/// more) is the file's, not a story's: the company, the product, the team all the stories share ("HPE",
/// "microservices"), so it does not make two drafts one story.
pub fn find_duplicates(drafts: &[Draft]) -> Vec<Duplicate> {
    let mut words: Vec<Vec<u32>> = drafts
        .iter()
        .map(|d| {
            let text = without_hashtags(&d.all_text());
            overlap::word_numbers([d.story.title.as_str(), text.as_str()])
        })
        .collect();
    if drafts.len() >= 6 {
        let mut holders: rustc_hash::FxHashMap<u32, usize> = rustc_hash::FxHashMap::default();
        for these in &words {
            for &word in these {
                *holders.entry(word).or_default() += 1;
            }
        }
        let common = |word: &u32| holders[word] >= 3 && holders[word] * 3 >= drafts.len();
        for these in &mut words {
            these.retain(|w| !common(w));
        }
    }
    overlap::pairs_of(&words)
        .into_iter()
        .map(|(i, j, shared_words)| Duplicate {
            drafts: (i, j),
            shared_words,
            retold: false,
        })
        .collect()
}

/// A text without its hashtags (`#amazon #emea #judgment-call`): labels the person
/// files stories under, not what a story says, so two stories filed alike are not
/// one story for that.
fn without_hashtags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut at_word_start = true;
    while let Some((_, c)) = chars.next() {
        let tag = at_word_start
            && c == '#'
            && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if tag {
            while chars.peek().is_some_and(|(_, n)| !n.is_whitespace()) {
                chars.next();
            }
            continue;
        }
        at_word_start = c.is_whitespace();
        out.push(c);
    }
    out
}

/// Makes each pair of likely duplicates one draft (see `merge`).
pub fn merge_duplicates(plan: &mut ImportPlan) {
    let pairs: Vec<(usize, usize)> = plan.duplicates.iter().map(|d| d.drafts).collect();
    merge(plan, &pairs);
}

/// Makes each pair of drafts (indices) one draft: the earlier keeps its title and
/// gains the later's principles and text, its title kept in the notes; nothing is
/// dropped. Pairs chain: after `1+2`, a pair naming 2 names the draft 2 went into, so
/// `1+2,2+3` makes one draft of three, in any order.
pub fn merge(plan: &mut ImportPlan, pairs: &[(usize, usize)]) {
    let mut removed = BTreeSet::new();
    // Where each draft merged away went.
    let mut into: Vec<usize> = (0..plan.drafts.len()).collect();
    let root = |into: &[usize], mut i: usize| {
        while into[i] != i {
            i = into[i];
        }
        i
    };
    for &(a, b) in pairs {
        if a >= plan.drafts.len() || b >= plan.drafts.len() {
            continue;
        }
        let (a, b) = (root(&into, a), root(&into, b));
        let (keep, gone) = (a.min(b), a.max(b));
        if keep == gone {
            continue;
        }
        into[gone] = keep;
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

#[cfg(test)]
mod tests {
    use super::without_hashtags;

    #[test]
    fn hashtags_are_set_aside_and_other_text_kept() {
        assert_eq!(
            without_hashtags("**Tags** : #amazon #emea · #judgment-call\nWe shipped in #2 weeks"),
            "**Tags** :   · \nWe shipped in  weeks"
        );
        assert_eq!(
            without_hashtags("## A heading # with a mark"),
            "## A heading # with a mark"
        );
        assert_eq!(without_hashtags("C# and F#"), "C# and F#");
    }
}
