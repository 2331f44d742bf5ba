//! A clinic's contacts CSV as the app imports it: every row checked, all or
//! nothing. Nothing may panic, hang or allocate without bound.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kyr_core::directory::parse_contacts(data, &|zip| zip.len() == 5);
});
