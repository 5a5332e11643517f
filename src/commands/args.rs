//! Argument types more than one command takes.

use crate::model::Status;

/// `--status` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusArg {
    Draft,
    Ready,
}

impl From<StatusArg> for Status {
    fn from(s: StatusArg) -> Status {
        match s {
            StatusArg::Draft => Status::Draft,
            StatusArg::Ready => Status::Ready,
        }
    }
}
