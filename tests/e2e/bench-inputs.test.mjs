// The browser benchmark generates its inputs in JavaScript
// (www/bench-inputs.js); the native benchmark in Rust (benches/inputs/mod.rs).
// Both must give the same text byte for byte, so that the two benchmarks
// time the same work: this checks the JavaScript side against the FNV-1a
// checksums the Rust side asserts (its EXPECTED_CHECKSUMS).
//
//   node --test tests/e2e/bench-inputs.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { cases, checksum, generate, Rng, utf8Length, wordCount } from '../../www/bench-inputs.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const lexicon = JSON.parse(readFileSync(path.join(REPO, 'www', 'bench-lexicon.json'), 'utf8'));

function rustChecksums() {
  const src = readFileSync(path.join(REPO, 'benches', 'inputs', 'mod.rs'), 'utf8');
  const block = src.slice(src.indexOf('EXPECTED_CHECKSUMS'));
  return new Map([...block.matchAll(/\("([^"]+)", "([0-9a-f]{8})"\)/g)].map((m) => [m[1], m[2]]));
}

test('the PRNG is mulberry32', () => {
  // first outputs for seed 1, as the Rust `Rng` gives them
  const rng = new Rng(1);
  const first = [rng.next(), rng.next(), rng.next()];
  assert.deepEqual(first, [2693262067, 11749833, 2265367787]);
});

test('every case matches the Rust generator', () => {
  const expected = rustChecksums();
  const list = cases();
  assert.equal(expected.size, list.length, 'one checksum per case');
  for (const c of list) {
    const text = generate(lexicon, c.spec);
    assert.equal(checksum(text), expected.get(c.name), c.name);
    if (Number.isFinite(c.spec.bytes)) {
      assert.ok(utf8Length(text) <= c.spec.bytes, c.name);
      assert.ok(utf8Length(text) > c.spec.bytes * 0.9, `${c.name}: close to its size`);
    }
  }
});

test('the news article is a typical one', () => {
  const news = generate(lexicon, cases()[0].spec);
  const words = wordCount(news);
  assert.ok(words >= 600 && words <= 900, `${words} words`);
  assert.equal(generate(lexicon, cases()[0].spec), news, 'deterministic');
});

test('utf8Length agrees with TextEncoder', () => {
  for (const s of ['', 'abc', 'é', '東京', '😀', '\uD800', 'a\uDC00b', 'مجلس']) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});
