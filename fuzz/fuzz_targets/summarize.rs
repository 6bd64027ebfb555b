//! The whole summary with arbitrary options (lengths out of range, any
//! algorithm, any keyword count, any weights) on arbitrary text: the
//! invariants are checked in `salient_fuzz`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| salient_fuzz::summarize(data));
