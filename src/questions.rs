//! The person's own interview questions, kept by the library in `.lp/questions.jsonl`
//! (`library::state`), one JSON object a line (`{"principle": ID, "question": TEXT}`):
//! `lp import --write` adds the questions in their notes that no story answers. `lp
//! practice` asks them, `lp coverage` names them for a gap, and `lp find` learns from
//! them.

use serde::{Deserialize, Serialize};

/// One question of the person's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub principle: String,
    pub question: String,
}
