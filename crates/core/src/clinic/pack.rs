//! The `.kyrpack` file: its format lives in its own crate (`crates/pack`,
//! kyr-pack: no SQLite, no Fluent), re-exported here so `kyr_core::pack`
//! stays the path. What needs the core's Fluent intake stays here.

pub use kyr_pack::*;

/// One fuzz input for a pack's Fluent intake: bounds first, and the parser
/// and entry hashing only for what passes (the regression test and the
/// `fluent_intake` fuzz target share this). Returns whether it passed.
pub fn fuzz_fluent(data: &[u8]) -> bool {
    let text = String::from_utf8_lossy(data);
    if check_fluent_bounds("locales/en/clinic.ftl", &text).is_err() {
        return false;
    }
    let _ = crate::l10n::ftl_shape(&text);
    let _ = crate::freshness::entry_sources(&text);
    true
}
