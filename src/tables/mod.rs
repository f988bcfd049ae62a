//! Data tables, generated or written once and verified by tests. Private to the crate.

pub(crate) mod letters;
