//! Which story to tell each interviewer of a loop: a distinct story for each principle
//! in focus, so that no story is told twice. Pure functions over the model.
//!
//! The assignment is a maximum matching between principles and the stories linked to
//! them, and among the maximum matchings the one with the best links: ready over
//! draft, primary over secondary, fewer check findings. It is found as a min-cost
//! max-flow (successive shortest paths), so it is optimal where a greedy choice,
//! principle by principle, is not.

use std::collections::HashMap;

use serde::Serialize;

use crate::coverage::Link;
use crate::model::{PrincipleSet, Status, Story, first_sentence};

/// A story chosen for a principle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub id: String,
    pub title: String,
    pub link: Link,
    pub status: Status,
    pub seconds: usize,
    /// The first sentence of the story's Result, for the cheat sheet.
    pub result_line: String,
    /// How many check findings the story has.
    pub findings: usize,
}

/// One principle's line of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub id: String,
    pub name: String,
    /// The story to tell, distinct from every other principle's.
    pub story: Option<Choice>,
    /// Another story for the same principle, not told for any other.
    pub backup: Option<Choice>,
    /// Unwritten stories linked to the principle: never told, named so the person
    /// knows what to write.
    pub to_write: Vec<ToWrite>,
    /// When no story is told for the principle: its written stories, each told under
    /// another principle (which `lp coverage` counts as covering this one).
    pub told_elsewhere: Vec<ToldElsewhere>,
}

/// A written story of a principle that is told under another one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToldElsewhere {
    pub id: String,
    pub title: String,
    /// The principle it is told under (its name).
    pub under: String,
}

/// An unwritten story, named where it would have been told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ToWrite {
    pub id: String,
    pub title: String,
}

/// The whole plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub assignments: Vec<Assignment>,
    /// Principles that cannot get a distinct story, in set order.
    pub uncovered: Vec<String>,
    /// With `--company`: the stories set aside because they were told there.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<SetAside>,
}

/// A story not told again at a company that has heard it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetAside {
    pub id: String,
    pub title: String,
    /// Where it was told: "Acme (onsite 2, 2026-12-07)".
    pub told: Vec<String>,
}

/// How good a story is as the answer for a principle; higher is better.
fn weight(link: Link, status: Status, findings: usize) -> i64 {
    let ready = if status == Status::Ready { 8 } else { 0 };
    let primary = if link == Link::Primary { 4 } else { 0 };
    ready + primary + (4 - findings.min(4) as i64)
}

/// Plans the loop for `focus` (principle ids in set order; empty means all), given the
/// number of check findings of each story.
pub fn plan(
    set: &PrincipleSet,
    stories: &[Story],
    focus: &[String],
    findings: &HashMap<String, usize>,
) -> Plan {
    let principles: Vec<_> = set
        .principles
        .iter()
        .filter(|p| focus.is_empty() || focus.contains(&p.id))
        .collect();
    let choice = |story: &Story, principle: &str| -> Option<Choice> {
        Some(Choice {
            id: story.id.clone(),
            title: story.title.clone(),
            link: crate::coverage::link(story, principle)?,
            status: story.status,
            seconds: story.spoken_seconds(),
            result_line: first_sentence(story.part(crate::model::Part::Result)),
            findings: findings.get(&story.id).copied().unwrap_or(0),
        })
    };
    // Each principle's place in the plan, so that edges come from the stories' own
    // links: as many as there are links, not principles × stories.
    let index: HashMap<&str, usize> = principles
        .iter()
        .enumerate()
        .map(|(p, principle)| (principle.id.as_str(), p))
        .collect();
    // Candidate edges: (principle index, story index, weight). Only a written story
    // can be told.
    let mut edges = Vec::new();
    let mut to_write: Vec<Vec<ToWrite>> = vec![Vec::new(); principles.len()];
    for (s, story) in stories.iter().enumerate() {
        let mut linked: Vec<usize> = story
            .principles
            .iter()
            .filter_map(|id| index.get(id.as_str()).copied())
            .collect();
        linked.sort_unstable();
        linked.dedup();
        for p in linked {
            if !story.is_written() {
                to_write[p].push(ToWrite {
                    id: story.id.clone(),
                    title: story.title.clone(),
                });
            } else if let Some(c) = choice(story, &principles[p].id) {
                edges.push((p, s, weight(c.link, c.status, c.findings)));
            }
        }
    }
    edges.sort_unstable_by_key(|&(p, s, _)| (p, s));
    // Each principle's edges, as a range of `edges`.
    let mut from = vec![0; principles.len() + 1];
    for &(p, _, _) in &edges {
        from[p + 1] += 1;
    }
    for p in 0..principles.len() {
        from[p + 1] += from[p];
    }
    let matched = max_weight_matching(principles.len(), stories.len(), &edges);
    let mut used: Vec<bool> = vec![false; stories.len()];
    // The principle each story is told for, if any.
    let mut told_for: Vec<Option<usize>> = vec![None; stories.len()];
    for (p, s) in matched.iter().enumerate() {
        if let Some(s) = s {
            used[*s] = true;
            told_for[*s] = Some(p);
        }
    }
    let mut assignments = Vec::new();
    for (p, principle) in principles.iter().enumerate() {
        let story = matched[p].and_then(|s| choice(&stories[s], &principle.id));
        // Its written stories, told for others: the reason it has none of its own.
        let told_elsewhere = if story.is_some() {
            Vec::new()
        } else {
            edges[from[p]..from[p + 1]]
                .iter()
                .filter_map(|&(_, s, _)| {
                    let q = told_for[s]?;
                    Some(ToldElsewhere {
                        id: stories[s].id.clone(),
                        title: stories[s].title.clone(),
                        under: principles[q].name.clone(),
                    })
                })
                .collect()
        };
        // The best story left for this principle, not told for any other.
        let backup = edges[from[p]..from[p + 1]]
            .iter()
            .filter(|(_, es, _)| !used[*es])
            .max_by_key(|(_, es, w)| (*w, std::cmp::Reverse(*es)))
            .map(|(_, es, _)| *es);
        if let Some(b) = backup {
            used[b] = true;
        }
        assignments.push(Assignment {
            id: principle.id.clone(),
            name: principle.name.clone(),
            story,
            backup: backup.and_then(|b| choice(&stories[b], &principle.id)),
            to_write: std::mem::take(&mut to_write[p]),
            told_elsewhere,
        });
    }
    let uncovered = assignments
        .iter()
        .filter(|a| a.story.is_none())
        .map(|a| a.id.clone())
        .collect();
    Plan {
        assignments,
        uncovered,
        set_aside: Vec::new(),
    }
}

/// For each left node (principle), the right node (story) matched to it: a maximum
/// matching, and among those the one of greatest total weight.
fn max_weight_matching(
    left: usize,
    right: usize,
    edges: &[(usize, usize, i64)],
) -> Vec<Option<usize>> {
    // Nodes: 0 source, 1..=left principles, then stories, then the sink.
    let source = 0;
    let sink = left + right + 1;
    let n = sink + 1;
    let mut graph = Flow::new(n);
    for p in 0..left {
        graph.add(source, 1 + p, 0);
    }
    for s in 0..right {
        graph.add(1 + left + s, sink, 0);
    }
    let mut story_edges = Vec::new();
    for &(p, s, w) in edges {
        story_edges.push((p, s, graph.add(1 + p, 1 + left + s, -w)));
    }
    while graph.augment(source, sink) {}
    let mut matched = vec![None; left];
    for (p, s, e) in story_edges {
        if graph.cap[e] == 0 {
            matched[p] = Some(s);
        }
    }
    matched
}

/// A unit-capacity flow network for successive shortest paths.
struct Flow {
    head: Vec<Vec<usize>>,
    to: Vec<usize>,
    cap: Vec<i64>,
    cost: Vec<i64>,
}

impl Flow {
    fn new(n: usize) -> Flow {
        Flow {
            head: vec![Vec::new(); n],
            to: Vec::new(),
            cap: Vec::new(),
            cost: Vec::new(),
        }
    }

    /// Adds an edge of capacity 1 and its reverse; returns the forward edge's index.
    fn add(&mut self, from: usize, to: usize, cost: i64) -> usize {
        let e = self.to.len();
        for (a, b, c, k) in [(from, to, 1, cost), (to, from, 0, -cost)] {
            self.head[a].push(self.to.len());
            self.to.push(b);
            self.cap.push(c);
            self.cost.push(k);
        }
        e
    }

    /// Sends one unit along a cheapest path (Bellman-Ford in its queue form, since
    /// costs are negative: only nodes whose distance changed are looked at again);
    /// false when the sink cannot be reached.
    fn augment(&mut self, source: usize, sink: usize) -> bool {
        let n = self.head.len();
        let mut dist = vec![i64::MAX; n];
        let mut via: Vec<Option<usize>> = vec![None; n];
        let mut queued = vec![false; n];
        let mut queue = std::collections::VecDeque::from([source]);
        dist[source] = 0;
        while let Some(u) = queue.pop_front() {
            queued[u] = false;
            for &e in &self.head[u] {
                let v = self.to[e];
                if self.cap[e] > 0 && dist[u] + self.cost[e] < dist[v] {
                    dist[v] = dist[u] + self.cost[e];
                    via[v] = Some(e);
                    if !queued[v] {
                        queued[v] = true;
                        queue.push_back(v);
                    }
                }
            }
        }
        if dist[sink] == i64::MAX {
            return false;
        }
        let mut v = sink;
        while let Some(e) = via[v] {
            self.cap[e] -= 1;
            self.cap[e ^ 1] += 1;
            v = self.to[e ^ 1];
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::principles;

    fn story(id: &str, principles: &[&str], status: Status) -> Story {
        Story {
            parts: crate::model::parts([(
                crate::model::Part::Result,
                "Cut failures by 90%. Then more.".into(),
            )]),
            id: id.into(),
            title: id.to_uppercase(),
            principles: principles.iter().map(|p| p.to_string()).collect(),
            status,
            ..Story::default()
        }
    }

    fn told(plan: &Plan) -> Vec<(String, Option<String>)> {
        plan.assignments
            .iter()
            .map(|a| (a.id.clone(), a.story.as_ref().map(|c| c.id.clone())))
            .collect()
    }

    fn focus(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn finds_the_assignment_a_greedy_choice_misses() {
        // Greedy, principle by principle, gives Ownership its best story, A, and leaves
        // Dive Deep without one. The matching gives Ownership B and Dive Deep A.
        let set = principles::builtin();
        let stories = [
            story("a", &["ownership", "dive-deep"], Status::Ready),
            story("b", &["ownership"], Status::Draft),
        ];
        let plan = plan(
            &set,
            &stories,
            &focus(&["ownership", "dive-deep"]),
            &HashMap::new(),
        );
        assert_eq!(
            told(&plan),
            [
                ("ownership".to_string(), Some("b".to_string())),
                ("dive-deep".to_string(), Some("a".to_string())),
            ]
        );
        assert!(plan.uncovered.is_empty());
    }

    #[test]
    fn prefers_ready_primary_and_clean_stories_among_maximum_matchings() {
        let set = principles::builtin();
        let stories = [
            story("draft", &["frugality"], Status::Draft),
            story("ready", &["frugality"], Status::Ready),
            story("noisy", &["frugality"], Status::Ready),
            story("secondary", &["ownership", "frugality"], Status::Ready),
        ];
        let findings = HashMap::from([("noisy".to_string(), 3)]);
        let plan = plan(&set, &stories, &focus(&["frugality"]), &findings);
        let a = &plan.assignments[0];
        assert_eq!(a.story.as_ref().unwrap().id, "ready");
        assert_eq!(
            a.backup.as_ref().unwrap().id,
            "noisy",
            "the next best, not told elsewhere"
        );
        assert_eq!(
            a.story.as_ref().unwrap().result_line,
            "Cut failures by 90%."
        );
    }

    #[test]
    fn says_which_principles_cannot_get_a_distinct_story() {
        let set = principles::builtin();
        let stories = [story("only", &["ownership", "dive-deep"], Status::Ready)];
        let plan = plan(
            &set,
            &stories,
            &focus(&["ownership", "dive-deep", "frugality"]),
            &HashMap::new(),
        );
        assert_eq!(told(&plan).iter().filter(|(_, s)| s.is_some()).count(), 1);
        assert_eq!(plan.uncovered.len(), 2);
        assert!(plan.uncovered.contains(&"frugality".to_string()));
        assert!(plan.assignments.iter().all(|a| a.backup.is_none()));
    }

    #[test]
    fn an_unwritten_story_is_never_told_but_named_to_write() {
        let set = principles::builtin();
        let unwritten = Story {
            parts: crate::model::parts([(crate::model::Part::Result, String::new())]),
            notes: "A reminder.".into(),
            ..story("idea", &["ownership"], Status::Ready)
        };
        let plan = plan(&set, &[unwritten], &focus(&["ownership"]), &HashMap::new());
        assert!(plan.assignments[0].story.is_none());
        assert_eq!(plan.uncovered, ["ownership"]);
        assert_eq!(plan.assignments[0].to_write[0].id, "idea");
    }

    #[test]
    fn the_matching_is_maximum_on_a_chain() {
        // p0: {s0, s1}, p1: {s1, s2}, p2: {s2}: only s0, s1, s2 in order covers all.
        let edges = [(0, 0, 1), (0, 1, 9), (1, 1, 9), (1, 2, 9), (2, 2, 1)];
        assert_eq!(
            max_weight_matching(3, 3, &edges),
            [Some(0), Some(1), Some(2)]
        );
    }
}
