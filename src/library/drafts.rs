//! Writing the drafts of `lp import --write` into the library's `stories/`: each under a
//! free name from its title, all flushed to disk at once, and none that the library
//! already holds (importing the same notes twice writes nothing new).

use std::path::PathBuf;

use super::Library;
use crate::import::{Draft, Imported};
use crate::model::Story;
use crate::{atomic, story_yaml};

impl Library {
    /// Writes the drafts (`stories` and their YAML `texts`, one each), all of them with
    /// `force`, else those whose text the library does not hold yet. Returns, for each
    /// draft, the file written (as shown) or `None`, and how many were already there.
    pub fn write_drafts(
        &self,
        drafts: &[Draft],
        stories: &[Story],
        texts: &[String],
        force: bool,
    ) -> anyhow::Result<(Vec<Option<PathBuf>>, usize)> {
        let folder = self.location.stories_dir();
        let imported = Imported::new(&self.stories);
        let mut to_write: Vec<(String, Vec<u8>)> = Vec::new();
        let mut chosen: Vec<bool> = Vec::new();
        let mut already = 0;
        for ((story, text), draft) in stories.iter().zip(texts).zip(drafts) {
            let write = force || !imported.holds(draft);
            if write {
                to_write.push((
                    story_yaml::slug(&story.title),
                    self.story_file(text).into_bytes(),
                ));
            } else {
                already += 1;
            }
            chosen.push(write);
        }
        // One flush to disk for all the drafts, not one each.
        let (paths, error) = atomic::create_free_batch(&folder, &to_write, "yaml");
        if let Some(error) = error {
            return Err(error.context(format!(
                "stopped after writing {}",
                crate::english::plural(paths.len(), "draft", "drafts")
            )));
        }
        let mut paths = paths.into_iter();
        let written = chosen
            .into_iter()
            .map(|write| {
                write.then(|| paths.next()).flatten().map(|path| {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    self.display(&format!("stories/{name}"))
                })
            })
            .collect();
        Ok((written, already))
    }
}
