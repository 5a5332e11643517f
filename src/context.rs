//! What every command is given besides its own arguments: the global options, and the
//! one way to load the library under the loading policy (`library::Use`), showing what
//! that policy says to show.

use std::path::PathBuf;

use crate::library::{self, Keep, Library, Loaded, Use};
use crate::model::Story;
use crate::ui::Ui;

/// What every command may need from the global options.
pub struct Global {
    pub dir: Option<PathBuf>,
    /// The whole command line's definition, for `lp man` and `lp completions`.
    pub command_line: fn() -> clap::Command,
}

impl Global {
    pub fn locate(&self) -> anyhow::Result<library::Location> {
        library::locate(self.dir.as_deref(), &library::Env::process()?)
    }

    /// Loads the library with all its diagnostics, for commands that report on them.
    pub fn load(&self, ui: &mut Ui) -> anyhow::Result<Loaded> {
        Ok(self.load_with(ui, Keep::Whole, &|_| ())?.0)
    }

    /// As `load`, keeping `keep` of each story, with what `each` makes of each story
    /// as it is read (`library::load_with`).
    pub fn load_with<T: Send>(
        &self,
        ui: &mut Ui,
        keep: Keep,
        each: &(dyn Fn(&Story) -> T + Sync),
    ) -> anyhow::Result<(Loaded, Vec<T>)> {
        let location = self.locate()?;
        crate::recovery::named_by_flag(&location);
        let (loaded, made) = library::load_with(location, keep, each)?;
        if let Some(notice) = &loaded.notice {
            ui.note(notice)?;
        }
        Ok((loaded, made))
    }

    /// Loads the library for `purpose`, showing what the loading policy says to show,
    /// and refuses to go on where it says so.
    fn load_for<T: Send>(
        &self,
        purpose: Use,
        ui: &mut Ui,
        keep: Keep,
        each: &(dyn Fn(&Story) -> T + Sync),
    ) -> anyhow::Result<(Library, Vec<T>)> {
        let (loaded, made) = self.load_with(ui, keep, each)?;
        let verdict = loaded.verdict(purpose);
        ui.diagnostics(&verdict.shown)?;
        if let Some(note) = &verdict.note {
            ui.note(note)?;
        }
        if let Some(refusal) = verdict.refusal {
            return Err(refusal.into());
        }
        Ok((loaded.library, made))
    }

    /// Loads the library and refuses to go on when any file has an error, after
    /// printing every problem. Warnings are printed and do not stop the command.
    pub fn load_clean(&self, ui: &mut Ui) -> anyhow::Result<Library> {
        Ok(self.load_for(Use::Report, ui, Keep::Whole, &|_| ())?.0)
    }

    /// As `load_clean`, keeping `keep` of each story, with what `each` makes of each.
    pub fn load_clean_with<T: Send>(
        &self,
        ui: &mut Ui,
        keep: Keep,
        each: &(dyn Fn(&Story) -> T + Sync),
    ) -> anyhow::Result<(Library, Vec<T>)> {
        self.load_for(Use::Report, ui, keep, each)
    }

    /// Loads the library to add to or change it (see `library::Use::Write`).
    pub fn load_for_writing(&self, ui: &mut Ui) -> anyhow::Result<Library> {
        Ok(self.load_for(Use::Write, ui, Keep::Whole, &|_| ())?.0)
    }
}
