//! End-to-end tests: the real `lp` binary on fixture libraries in `tests/fixtures/`,
//! comparing whole outputs (stdout, stderr and exit code) with the snapshots in
//! `tests/snapshots/` and the cases in `tests/corpus/`. One module per command or
//! concern; `support` holds what they share.

// A test may tell the person running it what it could not check here.
#![allow(clippy::print_stderr)]

mod support;

mod add_edit;
mod check;
mod completions;
mod corpus;
mod coverage;
mod crash;
mod export;
mod fields;
mod find;
mod fuzz;
mod hostile;
mod html;
mod import;
mod init;
mod json;
mod layers;
mod library;
mod list_show;
mod merge_rm;
mod plan;
mod practice;
mod prep;
mod recover;
mod safety;
mod schema;
mod write;
