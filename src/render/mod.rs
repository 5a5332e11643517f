//! Turning the model into text for people: pure functions, no printing.

pub mod html;
pub mod markdown;
pub mod text;
