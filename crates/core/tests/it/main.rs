//! kyr-core's integration tests, in one binary: one link instead of eleven,
//! and the shipped sources read, compiled and written to a database once
//! for all of them (`common`).

mod common;

mod compiler;
mod directory;
mod first_start;
mod legal_review;
mod pack_fuzz_regressions;
mod packs;
mod readability;
mod recordings;
mod safety;
mod search_quality;
mod shipped_content;
mod views;
mod web_memory;
