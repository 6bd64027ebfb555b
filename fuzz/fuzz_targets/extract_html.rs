//! Article extraction on arbitrary bytes read as HTML (invalid sequences
//! replaced): the invariants are checked in `salient_fuzz`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| salient_fuzz::extract_html(data));
