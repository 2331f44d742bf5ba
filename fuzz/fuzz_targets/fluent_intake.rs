//! A pack's Fluent files as the app takes them in: the bounds check first
//! (size, nesting), then, only for text it lets through, the parser and the
//! hashing of entries. Nothing may panic, overflow the stack or hang; this
//! is where a deeply nested file once crashed the app (review M1).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    kyr_core::pack::fuzz_fluent(data);
});
