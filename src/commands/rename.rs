//! `lp rename ID NEW-ID`: change a story's id, its file name, never over another story.

use anyhow::bail;
use clap::Args;

use crate::context::Global;
use crate::library::story_id;
use crate::ui::{Outcome, Ui};
use crate::{atomic, story_yaml};

/// Change a story's id (its file name), never over another story
///
/// The file stories/ID.yaml becomes stories/NEW-ID.yaml in one step; its text is not
/// touched. An id is lowercase letters, digits and `-`, as `lp add` makes them from a
/// title. lp refuses when NEW-ID is another story's.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  lp rename proper-implementation-of-secret-propagation secret-propagation"
)]
pub struct RenameArgs {
    /// The story's id now (`lp list --ids` shows them)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::story_ids))]
    pub id: String,

    /// The id it should have
    #[arg(value_name = "NEW-ID")]
    pub new_id: String,
}

/// The longest id `lp rename` gives, as `lp add` makes them from a title.
const MAX_ID: usize = 60;

pub fn run(args: &RenameArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    let library = global.load_for_writing(ui)?;
    let story = library.find(&args.id)?;
    let given = args.new_id.trim();
    // `stories/x.yaml` names the id `x`; any other folder is not a story id.
    let new_id = story_id(given);
    let folder = given
        .strip_suffix(".yaml")
        .unwrap_or(given)
        .rsplit_once('/')
        .map(|(folder, _)| folder);
    if folder.is_some_and(|f| f != "stories") {
        bail!(crate::diagnostic::hinted(
            format!(
                "'{given}' cannot be a story id: a story stays in stories/, and its id is its file name"
            ),
            format!("`lp rename {} {}`", story.id, story_yaml::slug(new_id))
        ));
    }
    let slug = story_yaml::slug(new_id);
    if new_id.len() > MAX_ID && crate::library::is_slug(new_id) {
        bail!(crate::diagnostic::hinted(
            format!(
                "'{new_id}' is too long for a story id ({} characters; at most {MAX_ID})",
                new_id.len()
            ),
            format!("`lp rename {} {slug}`", story.id)
        ));
    }
    if new_id.is_empty() || slug != new_id {
        bail!(crate::diagnostic::hinted(
            format!("'{new_id}' cannot be a story id: ids are lowercase letters, digits and '-'"),
            if slug.is_empty() {
                "choose a name with letters or digits".to_string()
            } else {
                format!("`lp rename {} {slug}`", story.id)
            }
        ));
    }
    let from = library
        .location
        .stories_dir()
        .join(format!("{}.yaml", story.id));
    let to = library
        .location
        .stories_dir()
        .join(format!("{new_id}.yaml"));
    let shown_from = library.display(&format!("stories/{}.yaml", story.id));
    let shown_to = library.display(&format!("stories/{new_id}.yaml"));
    if new_id == story.id {
        writeln!(ui.err, "{} already has that id.", shown_from.display())?;
        return Ok(Outcome::Done);
    }
    if to.symlink_metadata().is_ok() {
        bail!(crate::diagnostic::hinted(
            format!(
                "{} already exists, so {} keeps its id",
                shown_to.display(),
                shown_from.display()
            ),
            "choose another id; lp never writes over a story"
        ));
    }
    atomic::rename_new(&from, &to)?;
    writeln!(
        ui.out,
        "Renamed {} to {}",
        shown_from.display(),
        shown_to.display()
    )?;
    Ok(Outcome::Done)
}
