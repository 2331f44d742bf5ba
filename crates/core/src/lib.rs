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

pub mod compiler;
pub mod content_db;
pub mod dates;
pub mod diagnostics;
pub mod directory;
mod error;
pub mod fold;
pub mod freshness;
pub mod l10n;
pub mod links;
pub mod model;
pub mod names;
pub mod pack;
pub mod pack_content;
pub mod packs;
pub mod search;
pub mod sources;
pub mod store;
pub mod user_db;
/// The encrypted emergency plan, its own crate (no database, no content).
pub use kyr_vault as vault;
pub mod views;

mod kyr;

pub use error::{Error, Result};
pub use kyr::{Kyr, MemoryOptions, OpenOptions, OpenReport};
