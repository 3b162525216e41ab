//! Frames of the grammar of requirements: each reads one kind of slot from a criterion's
//! folded words and says what it consumed, so the rest of the reading sees only what is left.

pub mod both;
pub mod certificate;
pub mod costs;
pub mod either;
pub mod examples;
pub mod exclusion;
pub mod instructions;
pub mod language;
pub mod named;
pub mod register;
pub mod scope;
pub mod window;
