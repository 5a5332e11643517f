//! Which principles have stories, how many, and which have none: the question `lp`
//! exists to answer the week before an interview. Pure functions over the model.

use rustc_hash::FxHashMap;

use serde::Serialize;

use crate::model::{PrincipleSet, Status, Story};

/// The number of stories recruiters advise having for each principle.
pub const DEFAULT_TARGET: usize = 2;
pub use crate::model::MAX_PRINCIPLES_PER_STORY;

/// How a story is linked to a principle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Link {
    /// The story's first principle.
    Primary,
    Secondary,
}

/// A story as seen from one principle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Linked {
    pub id: String,
    pub title: String,
    pub link: Link,
    pub status: Status,
    /// Whether the story has an answer; an unwritten one is still to write.
    pub written: bool,
}

/// Where a principle stands against the target, counting written stories only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Standing {
    /// No written story.
    Gap,
    /// Fewer written stories than the target.
    Thin,
    Covered,
}

/// One principle's line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub id: String,
    pub name: String,
    /// How many written stories link the principle, as primary or secondary; the
    /// counts that follow are of written stories too.
    #[serde(rename = "story_count")]
    pub stories: usize,
    /// How many unwritten stories link the principle: stories to write.
    pub to_write: usize,
    pub primary: usize,
    pub secondary: usize,
    pub ready: usize,
    pub draft: usize,
    pub standing: Standing,
    /// Written stories first, then unwritten ones; within each, primary links first,
    /// each group in story-id order.
    pub linked: Vec<Linked>,
    /// For a gap: questions to prepare for, from the principle set.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    /// The day the principle was last practised (`YYYY-MM-DD`), from `lp practice`'s log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_practised: Option<String>,
}

/// A story linked to more principles than one answer can carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stretched {
    pub id: String,
    pub title: String,
    pub principles: usize,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub set: String,
    pub target: usize,
    /// The stories counted (all of the library's).
    pub story_count: usize,
    /// Of those, the written ones.
    pub written_count: usize,
    /// Of those, the unwritten ones: stories to write.
    pub to_write_count: usize,
    pub rows: Vec<Row>,
    pub stretched: Vec<Stretched>,
    /// The unwritten story most worth writing next, as `lp write` would pick it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_to_write: Option<NextToWrite>,
}

/// The story `lp write` would start with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextToWrite {
    pub id: String,
    pub title: String,
}

/// How many questions to offer for each gap.
pub const GAP_QUESTIONS: usize = 3;

/// Computes coverage of `focus` (principle ids, in set order; empty means the whole set).
pub fn compute(set: &PrincipleSet, stories: &[Story], focus: &[String], target: usize) -> Coverage {
    let written: Vec<bool> = stories.iter().map(Story::is_written).collect();
    let rows = set
        .principles
        .iter()
        .filter(|p| focus.is_empty() || focus.contains(&p.id))
        .map(|p| {
            let mut linked: Vec<Linked> = stories
                .iter()
                .zip(&written)
                .filter_map(|(s, &written)| {
                    // The link first: most stories are not linked to this principle.
                    let link = link(s, &p.id)?;
                    Some(Linked {
                        id: s.id.clone(),
                        title: s.title.clone(),
                        link,
                        status: s.status,
                        written,
                    })
                })
                .collect();
            linked.sort_by_key(|l| (!l.written, l.link != Link::Primary));
            let count =
                |f: fn(&Linked) -> bool| linked.iter().filter(|l| l.written && f(l)).count();
            let stories = count(|_| true);
            let to_write = linked.len() - stories;
            let standing = match stories {
                0 => Standing::Gap,
                n if n < target => Standing::Thin,
                _ => Standing::Covered,
            };
            Row {
                id: p.id.clone(),
                name: p.name.clone(),
                stories,
                to_write,
                primary: count(|l| l.link == Link::Primary),
                secondary: count(|l| l.link == Link::Secondary),
                ready: count(|l| l.status == Status::Ready),
                draft: count(|l| l.status == Status::Draft),
                standing,
                questions: if standing == Standing::Gap {
                    p.questions.iter().take(GAP_QUESTIONS).cloned().collect()
                } else {
                    Vec::new()
                },
                linked,
                last_practised: None,
            }
        })
        .collect();
    let stretched = stories
        .iter()
        .filter(|s| s.principles.len() > MAX_PRINCIPLES_PER_STORY)
        .map(|s| Stretched {
            id: s.id.clone(),
            title: s.title.clone(),
            principles: s.principles.len(),
        })
        .collect();
    let in_focus = stories
        .iter()
        .filter(|s| focus.is_empty() || s.principles.iter().any(|p| focus.contains(p)));
    let next_to_write = crate::writing::worth_writing(set, in_focus, target, &[])
        .first()
        .map(|s| NextToWrite {
            id: s.id.clone(),
            title: s.title.clone(),
        });
    Coverage {
        next_to_write,
        set: set.name.clone(),
        target,
        story_count: stories.len(),
        written_count: written.iter().filter(|&&w| w).count(),
        to_write_count: written.iter().filter(|&&w| !w).count(),
        rows,
        stretched,
    }
}

/// How a story is linked to a principle: its first principle is its primary one.
pub fn link(story: &Story, principle: &str) -> Option<Link> {
    match story.principles.iter().position(|p| p == principle)? {
        0 => Some(Link::Primary),
        _ => Some(Link::Secondary),
    }
}

/// The stories that serve a principle: those for which it is the primary principle
/// first, then the others, each group in the stories' order.
pub fn serving<'a>(stories: &'a [Story], id: &str) -> Vec<&'a Story> {
    let mut found: Vec<&Story> = stories
        .iter()
        .filter(|s| s.principles.iter().any(|p| p == id))
        .collect();
    found.sort_by_key(|s| s.principles.first().map(String::as_str) != Some(id));
    found
}

/// Each principle's stories, found in one pass over the stories' links, as `serving`
/// gives them (primary links first, then the others, each in the stories' order): for
/// reports that ask for every principle, so that they cost links, not principles ×
/// stories.
pub struct Serving<'a> {
    stories: Vec<&'a Story>,
    by_principle: FxHashMap<&'a str, (Vec<usize>, Vec<usize>)>,
}

impl<'a> Serving<'a> {
    pub fn new(stories: impl IntoIterator<Item = &'a Story>) -> Serving<'a> {
        let stories: Vec<&Story> = stories.into_iter().collect();
        let mut by_principle: FxHashMap<&str, (Vec<usize>, Vec<usize>)> = FxHashMap::default();
        for (n, story) in stories.iter().enumerate() {
            for (i, id) in story.principles.iter().enumerate() {
                // A principle named twice counts once, where it first stands.
                if story.principles[..i].contains(id) {
                    continue;
                }
                let entry = by_principle.entry(id.as_str()).or_default();
                if i == 0 {
                    entry.0.push(n);
                } else {
                    entry.1.push(n);
                }
            }
        }
        Serving {
            stories,
            by_principle,
        }
    }

    /// The stories that serve `id`, as `serving(stories, id)` gives them.
    pub fn of(&self, id: &str) -> Vec<&'a Story> {
        self.by_principle
            .get(id)
            .map_or_else(Vec::new, |(primary, other)| {
                primary
                    .iter()
                    .chain(other)
                    .map(|&n| self.stories[n])
                    .collect()
            })
    }

    /// The numbers (indices) of the stories that serve `id` as primary, and as secondary.
    pub fn numbers(&self, id: &str) -> (&[usize], &[usize]) {
        self.by_principle
            .get(id)
            .map_or((&[], &[]), |(a, b)| (a.as_slice(), b.as_slice()))
    }
}

impl Coverage {
    pub fn gaps(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.standing == Standing::Gap)
    }

    pub fn thin(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.standing == Standing::Thin)
    }

    /// The principles with fewer than `n` written stories.
    pub fn under(&self, n: usize) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(move |r| r.stories < n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::principles;

    fn story(id: &str, principles: &[&str], status: Status) -> Story {
        Story {
            parts: crate::model::parts([(crate::model::Part::Action, "I did it.".into())]),
            id: id.into(),
            title: format!("Title of {id}"),
            principles: principles.iter().map(|p| p.to_string()).collect(),
            status,
            ..Story::default()
        }
    }

    #[test]
    fn counts_primary_secondary_ready_and_draft() {
        let set = principles::builtin();
        let stories = [
            story("a", &["ownership", "dive-deep"], Status::Ready),
            story("b", &["dive-deep"], Status::Draft),
        ];
        let c = compute(&set, &stories, &[], 2);
        let dive = c.rows.iter().find(|r| r.id == "dive-deep").unwrap();
        assert_eq!((dive.stories, dive.primary, dive.secondary), (2, 1, 1));
        assert_eq!((dive.ready, dive.draft), (1, 1));
        assert_eq!(dive.standing, Standing::Covered);
        assert_eq!(dive.linked[0].id, "b", "primary links come first");
        let ownership = c.rows.iter().find(|r| r.id == "ownership").unwrap();
        assert_eq!(ownership.standing, Standing::Thin);
        assert_eq!(c.gaps().count(), 14);
        assert!(c.gaps().all(|r| r.questions.len() == 3));
        assert!(ownership.questions.is_empty());
    }

    #[test]
    fn focus_narrows_and_stretched_stories_are_named() {
        let set = principles::builtin();
        let wide = story(
            "wide",
            &[
                "ownership",
                "dive-deep",
                "frugality",
                "think-big",
                "earn-trust",
            ],
            Status::Draft,
        );
        let c = compute(&set, &[wide], &["frugality".into(), "ownership".into()], 1);
        let ids: Vec<_> = c.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["ownership", "frugality"]);
        assert_eq!(c.stretched.len(), 1);
        assert_eq!(c.stretched[0].principles, 5);
        assert_eq!(c.under(2).count(), 2);
        assert_eq!(c.thin().count(), 0);
    }

    #[test]
    fn unwritten_stories_cover_nothing_and_are_counted_apart() {
        let set = principles::builtin();
        let unwritten = Story {
            parts: crate::model::parts([(crate::model::Part::Action, String::new())]),
            notes: "Only a reminder.".into(),
            ..story("idea", &["dive-deep", "ownership"], Status::Draft)
        };
        let stories = [unwritten, story("done", &["dive-deep"], Status::Draft)];
        let c = compute(&set, &stories, &[], 2);
        let dive = c.rows.iter().find(|r| r.id == "dive-deep").unwrap();
        assert_eq!((dive.stories, dive.to_write), (1, 1));
        assert_eq!(dive.standing, Standing::Thin);
        assert_eq!(dive.linked[0].id, "done", "written stories come first");
        assert!(!dive.linked[1].written);
        let ownership = c.rows.iter().find(|r| r.id == "ownership").unwrap();
        assert_eq!((ownership.stories, ownership.to_write), (0, 1));
        assert_eq!(ownership.standing, Standing::Gap);
        assert_eq!(
            (c.story_count, c.written_count, c.to_write_count),
            (2, 1, 1)
        );
    }
}
