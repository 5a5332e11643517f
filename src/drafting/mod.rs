//! One drafting workflow for `lp add`, `lp write` and `lp edit`: asking for each part,
//! the story shown with what `lp check` would say of it, the choice of what to do with
//! it, and saving it, or keeping what was typed in a recovery file of its kind.

pub mod add;
pub mod write;
