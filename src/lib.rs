//! Vietnamese text for Rust.
//!
//! (Crate documentation is written in full as the modules land.)

pub mod letter;
mod tables;
