//! Cleanup and segmentation on arbitrary bytes (read as UTF-8, invalid
//! sequences replaced): the invariants are checked in `salient_fuzz`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| salient_fuzz::clean_segment(data));
