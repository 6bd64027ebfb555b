#!/usr/bin/env node
// Makes every panic of the WebAssembly build trap at once, before wasm-opt:
//
//   node scripts/strip-panics.mjs IN.wasm OUT.wasm
//
// The standard library's entry points for panics (bounds checks, `unwrap`,
// string slicing, the panic handler, allocation failure, ...) never return.
// Built with `panic = "abort"` for wasm32-unknown-unknown they format a
// message for a panic hook that has nowhere to write it (the target has no
// standard error), then abort, which traps (`unreachable`). This script
// gives each of them the body `unreachable` directly, so that wasm-opt can
// drop the message formatting, the `Debug` implementations and Unicode
// tables behind it, and the argument set-up at every call site: the
// effect of the nightly-only `panic_immediate_abort`, on a stable
// toolchain. What a caller sees is unchanged: a panic is a
// `RuntimeError: unreachable` either way (the library never panics by
// design; see src/lib.rs).
//
// Functions are found by name (wasm-bindgen keeps the name section); the
// script fails if it finds none of them, rather than silently doing nothing.
//
// The source locations that those functions took (`core::panic::Location`:
// file name, line and column, one per place that can panic) are then never
// read, but stay in the data section, where wasm-opt cannot tell what is
// used. The script also clears them and the file names they point to, so
// that they compress to nothing: a location is 16 bytes, a pointer to a
// file name ending in `.rs`, that name's length, a line and a column.

import { readFileSync, writeFileSync } from 'node:fs';
import binaryen from 'binaryen';

// Functions of core, alloc and std that never return and only report a
// panic (or an allocation failure) before aborting. Names are matched
// without the crate hashes that rustc adds (`core[1a2b...]::`).
const DIVERGING = [
  /^core::panicking::/,
  /^core::option::(unwrap|expect)_failed$/,
  /^core::result::unwrap_failed$/,
  /^core::slice::index::slice_(start_index_len|end_index_len|index_order|index)_fail$/,
  /^core::slice::copy_from_slice_impl::len_mismatch_fail$/,
  /^core::str::slice_error_fail(_rt)?$/,
  /^core::cell::panic_already(_mutably)?_borrowed$/,
  /^alloc::raw_vec::(handle_error|capacity_overflow)$/,
  /^alloc::alloc::handle_alloc_error$/,
  /^std::thread::local::panic_access_error$/,
  /^std::panicking::(begin_panic|panic_with_hook|rust_panic_with_hook)$/,
];

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/strip-panics.mjs IN.wasm OUT.wasm');
  process.exit(2);
}

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** The active data segments of a module: { address, at (file offset), size }. */
function dataSegments(bytes) {
  const segments = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    at = start + size;
    if (id !== 11) continue;
    let [count, p] = leb(bytes, start);
    for (; count > 0; count--) {
      let flags;
      [flags, p] = leb(bytes, p);
      if (flags === 1) {
        let len;
        [len, p] = leb(bytes, p);
        p += len; // passive: not at a known address
        continue;
      }
      if (flags === 2) [, p] = leb(bytes, p); // memory index
      if (bytes[p] !== 0x41) throw new Error('data segment offset is not an i32.const');
      let address;
      [address, p] = leb(bytes, p + 1); // (the data lies below 2^31: a positive constant)
      if (bytes[p] !== 0x0b) throw new Error('data segment offset is not a constant');
      let len;
      [len, p] = leb(bytes, p + 1);
      segments.push({ address, at: p, size: len });
      p += len;
    }
  }
  return segments;
}

/** Clears the panic locations and their file names (see above); returns how many. */
function clearLocations(bytes) {
  const segments = dataSegments(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fileOffset = (address, len) => {
    const s = segments.find((s) => s.address <= address && address + len <= s.address + s.size);
    return s ? s.at + (address - s.address) : -1;
  };
  // a file name: letters, digits, `-`, `.`, `/` and `_`, ending in `.rs`
  const isFileName = (at, len) => {
    if (at < 0 || len < 4) return false;
    for (let i = at; i < at + len; i++) {
      const c = bytes[i];
      const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
        c === 0x2d || c === 0x2e || c === 0x2f || c === 0x5f;
      if (!ok) return false;
    }
    return bytes[at + len - 3] === 0x2e && bytes[at + len - 2] === 0x72 && bytes[at + len - 1] === 0x73;
  };
  const records = [];
  const names = new Map();
  for (const s of segments) {
    for (let a = (s.address + 3) & ~3; a + 16 <= s.address + s.size; a += 4) {
      const at = s.at + (a - s.address);
      const [ptr, len, line, column] = [0, 4, 8, 12].map((k) => view.getUint32(at + k, true));
      if (len > 300 || line < 1 || line > 1e6 || column < 1 || column > 1e4) continue;
      const name = fileOffset(ptr, len);
      if (!isFileName(name, len)) continue;
      records.push(at);
      names.set(name, len);
    }
  }
  for (const at of records) bytes.fill(0, at, at + 16);
  for (const [at, len] of names) bytes.fill(0, at, at + len);
  return records.length;
}

// The features rustc enables by default for wasm32-unknown-unknown (as
// wasm-opt is told in build-wasm.sh): nothing beyond them may be written.
const F = binaryen.Features;
const FEATURES =
  F.MVP | F.MutableGlobals | F.NontrappingFPToInt | F.SignExt | F.BulkMemory | F.BulkMemoryOpt |
  F.ReferenceTypes | F.CallIndirectOverlong | F.Multivalue;

const bytes = new Uint8Array(readFileSync(input));
const cleared = clearLocations(bytes);
const module = binaryen.readBinary(bytes);
module.setFeatures(FEATURES);
const targets = [];
for (let i = 0; i < module.getNumFunctions(); i++) {
  const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
  const name = info.name.replace(/\[[0-9a-f]+\]/g, '');
  if (info.module === '' && DIVERGING.some((re) => re.test(name))) targets.push(info);
}
if (!targets.some((info) => /::panicking::panic_fmt$/.test(info.name.replace(/\[[0-9a-f]+\]/g, '')))) {
  console.error('strip-panics: core::panicking::panic_fmt not found (is the name section missing?)');
  process.exit(1);
}
for (const info of targets) {
  module.removeFunction(info.name);
  module.addFunction(info.name, info.params, info.results, [], module.unreachable());
}
if (!module.validate()) {
  console.error('strip-panics: the module does not validate');
  process.exit(1);
}
writeFileSync(output, module.emitBinary());
console.error(`strip-panics: ${targets.length} functions now trap at once; ${cleared} locations cleared`);
