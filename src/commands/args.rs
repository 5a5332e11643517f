//! Argument types more than one command takes, and reading a question given as an
//! argument or on standard input (`lp find`, `lp practice --question`).

use std::io::Read as _;

use anyhow::{Context as _, bail};

use crate::model::Status;
use crate::ui::Ui;

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

/// The longest question lp reads, from the command line or standard input.
pub const MAX_QUESTION_BYTES: usize = 64 * 1024;

/// A question cut to `MAX_QUESTION_BYTES`, never inside a character; a note says when
/// it was cut.
pub fn capped_question(mut text: String, ui: &mut Ui) -> anyhow::Result<String> {
    if text.len() > MAX_QUESTION_BYTES {
        let mut end = MAX_QUESTION_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        ui.note(&format!(
            "note: the question is longer than {} KiB; lp read its first {} KiB",
            MAX_QUESTION_BYTES / 1024,
            MAX_QUESTION_BYTES / 1024
        ))?;
    }
    Ok(text)
}

/// The question on standard input: at most `MAX_QUESTION_BYTES`, UTF-8.
pub fn question_from_stdin(ui: &mut Ui) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_QUESTION_BYTES as u64 + 4)
        .read_to_end(&mut bytes)
        .context("could not read the question from standard input")?;
    let longer = bytes.len() > MAX_QUESTION_BYTES;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let error = err.utf8_error();
            // Cut inside a character at the limit: the whole characters before it.
            if longer && error.valid_up_to() + 4 > MAX_QUESTION_BYTES {
                let mut bytes = err.into_bytes();
                bytes.truncate(error.valid_up_to());
                String::from_utf8(bytes).expect("valid up to here")
            } else {
                bail!(crate::diagnostic::hinted(
                    format!(
                        "the question on standard input is not UTF-8 text (byte {} is not)",
                        error.valid_up_to() + 1
                    ),
                    "convert it first, such as `iconv -f latin1 -t utf-8 FILE | lp find`"
                ));
            }
        }
    };
    capped_question(text, ui)
}
