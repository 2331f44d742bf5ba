//! kyr's core: everything the app knows, with no GUI and no network.
//!
//! Content (guides, citations) is language-neutral TOML; every word a person
//! reads is Fluent. [`compiler`] validates both and renders them into one
//! read-only SQLite database ([`content_db`]); [`user_db`] keeps the user's own
//! choices in a separate database so a content update never touches them.
//! [`Kyr`] ties the two together and hands out serializable view models
//! ([`views`]) that the Tauri shell and the `kyr` CLI return as they are.
//!
//! Key choice: content is compiled once per source version and then only
//! read, so start-up and screen changes are SQLite look-ups, not parsing.
#![deny(missing_docs)]

// The files are grouped by job; each module is also re-exported at the
// crate root (`kyr_core::compiler`), the path callers use.

/// Content: the sources, their model, the compiler that checks and renders
/// them, Fluent, the translation records, dates.
mod content {
    pub mod compiler;
    pub mod dates;
    pub mod diagnostics;
    pub mod freshness;
    pub mod l10n;
    pub mod model;
    pub mod recordings;
    pub mod sources;
}

/// The two databases (content, read-only; the user's own) and where the
/// content database lives on the device.
mod storage {
    pub mod content_db;
    pub mod store;
    pub mod user_db;
}

/// Clinic packs: the file (from kyr-pack), trust and install, what a pack
/// adds, and publisher names that people compare by eye.
mod clinic {
    pub mod names;
    pub mod pack;
    pub mod pack_content;
    pub mod packs;
}

pub mod directory;
mod error;
pub mod links;
pub mod search;
/// The encrypted emergency plan, its own crate (no database, no content).
pub use kyr_vault as vault;
pub mod views;

mod kyr;

pub use clinic::{names, pack, pack_content, packs};
pub use content::{compiler, dates, diagnostics, freshness, l10n, model, recordings, sources};
pub use error::{Error, Result};
pub use kyr::{Kyr, MemoryOptions, OpenOptions, OpenReport};
pub use search::fold;
pub use storage::{content_db, store, user_db};
