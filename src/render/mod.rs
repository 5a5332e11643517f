//! Turning the model into text for people: pure functions, no printing.

pub mod markdown;
pub mod text;
