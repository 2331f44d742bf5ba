//! The pack reader must never panic, hang or allocate without bound, on any
//! bytes. `kyr_pack::fuzz_input` decides how an input is used (as a
//! pack, or as a manifest and payload signed with a fixed key so the checks
//! behind the signature are reached); the regression test replays inputs
//! the same way.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kyr_pack::fuzz_input(data);
});
