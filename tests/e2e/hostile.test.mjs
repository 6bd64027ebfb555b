// Hostile input from the JavaScript side of the WebAssembly module, in Node
// (no browser needed): options out of range or of the wrong type give a
// clear Error, strings with lone surrogates give offsets that still slice
// the caller's string, and odd text gives a result, never a crash.
//
//   bash scripts/build-wasm.sh   # once: builds www/pkg/
//   node --test tests/e2e/hostile.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';

import { requireBuilt } from '../../scripts/built.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = path.join(REPO, 'www', 'pkg');

const ARTICLE =
  'Storm hits the coast\n\n' +
  'A storm hit the coast on Monday, cutting power to 40,000 homes. ' +
  'Engineers restored power to most homes by Tuesday evening. ' +
  'The storm moved inland and weakened over the hills. ' +
  'Schools reopened on Wednesday after two days of closures. ' +
  'The mayor said the city would review its emergency plans.';

let salient;

before(async () => {
  const js = path.join(PKG, 'salient.js');
  const wasm = path.join(PKG, 'salient_bg.wasm');
  requireBuilt(PKG, ['salient.js', 'salient_bg.wasm'], 'make wasm');
  salient = await import(js);
  salient.initSync({ module: readFileSync(wasm) });
});

/** Calls fn and returns the Error it throws (failing if it returns). */
function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected an error');
}

/** Offsets are UTF-16 indices into `text`, in order and within it. */
function checkOffsets(text, items) {
  let last = 0;
  for (const s of items) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), JSON.stringify(s));
    assert.ok(s.start >= last && s.start < s.end && s.end <= text.length, JSON.stringify(s));
    last = s.end;
  }
}

/** What the Rust side saw: lone surrogates become U+FFFD (one UTF-16 unit each). */
function asRustSees(s) {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const fold = (s) => s.split(/\s+/).filter(Boolean).join(' ');

describe('options from JavaScript', () => {
  const invalid = [
    [{ sentences: 0 }, /sentences/],
    [{ sentences: -1 }, /sentences/],
    [{ sentences: 1.5 }, /sentences/],
    [{ sentences: NaN }, /sentences/],
    [{ sentences: Infinity }, /sentences/],
    [{ sentences: '3' }, /sentences.*string/],
    [{ sentences: true }, /sentences.*boolean/],
    [{ sentences: [3] }, /sentences/],
    [{ sentences: -3n }, /sentences/],
    [{ ratio: 0 }, /ratio/],
    [{ ratio: -0.5 }, /ratio/],
    [{ ratio: 1.5 }, /ratio/],
    [{ ratio: NaN }, /ratio/],
    [{ ratio: '0.5' }, /ratio/],
    [{ words: 0 }, /word/],
    [{ words: -10 }, /words/],
    [{ words: 2.5 }, /words/],
    [{ algorithm: 'nope' }, /algorithm/],
    [{ algorithm: 3 }, /algorithm/],
    [{ algorithm: {} }, /algorithm/],
    [{ keywords: -1 }, /keywords/],
    [{ keywords: 0.5 }, /keywords/],
    [{ sentnces: 3 }, /unknown option "sentnces"/],
    [{ sentences: 3, ratio: 0.5 }, /at most one/],
    [5, /options must be an object/],
    ['three', /options must be an object/],
    [[], /options must be an object/],
    [true, /options must be an object/],
  ];
  for (const [options, message] of invalid) {
    test(`refuses ${inspect(options)}`, () => {
      for (const fn of [salient.summarize, salient.analyze, salient.scoreSentences]) {
        const err = thrown(() => fn(ARTICLE, options));
        assert.ok(err instanceof Error, `an Error, not ${typeof err}`);
        assert.match(err.message, message);
        assert.doesNotMatch(err.message, /panicked|unreachable|RuntimeError/);
      }
    });
  }

  test('accepts huge counts as "everything"', () => {
    const all = salient.analyze(ARTICLE, { sentences: 1 }).all.length;
    for (const options of [
      { sentences: 1e9 },
      { sentences: Number.MAX_SAFE_INTEGER },
      { sentences: Number.MAX_VALUE },
      { words: 1e15 },
      { ratio: 1 },
    ]) {
      const r = salient.summarize(ARTICLE, options);
      assert.equal(r.sentences.length, all, JSON.stringify(options));
    }
    assert.ok(salient.summarize(ARTICLE, { keywords: 1e9 }).keywords.length > 0);
  });

  test('a BigInt count is a count', () => {
    assert.equal(salient.summarize(ARTICLE, { sentences: 2n }).sentences.length, 2);
  });

  test('null and undefined mean "not given"', () => {
    for (const options of [undefined, null, {}, { sentences: null, ratio: undefined, keywords: null }]) {
      const r = salient.summarize(ARTICLE, options);
      assert.equal(r.sentences.length, 3);
    }
  });

  test('refuses text that is not a string', () => {
    for (const text of [42, null, undefined, {}, ['text'], new Uint8Array([65, 66])]) {
      const err = thrown(() => salient.summarize(text));
      assert.ok(err instanceof Error);
      assert.match(err.message, /must be a string/);
    }
  });

  test('an error leaves the module usable', () => {
    thrown(() => salient.summarize(ARTICLE, { sentences: -1 }));
    assert.equal(salient.summarize(ARTICLE).sentences.length, 3);
  });
});

describe('lone surrogates', () => {
  test('offsets still slice the caller\'s string', () => {
    const text =
      '\uD800The council approved the budget\uDC00 on Tuesday after a long debate. ' +
      'Schools will get \uD83D more money from next year. ' +
      'Critics said the plan came \uDE00too late for the harbour.\uD800';
    const r = salient.analyze(text, { sentences: 2 });
    assert.equal(r.all.length, 3, JSON.stringify(r.all));
    checkOffsets(text, r.all);
    for (const s of r.all) {
      assert.equal(fold(asRustSees(text.slice(s.start, s.end))), s.text);
    }
    assert.equal(r.sentences.length, 2);
  });

  test('valid pairs around lone halves keep their offsets', () => {
    const text = '😀\uD800😀 Fans queued all night for the concert. \uDC00😀 The band played until dawn.';
    const r = salient.analyze(text, { sentences: 1 });
    checkOffsets(text, r.all);
    for (const s of r.all) assert.equal(fold(asRustSees(text.slice(s.start, s.end))), s.text);
  });

  test('a text of nothing but lone surrogates', () => {
    const r = salient.analyze('\uD800\uDBFF\uDC00'.repeat(1000));
    assert.equal(r.sentences.length, 0);
  });
});

describe('odd text', () => {
  const cases = {
    empty: '',
    whitespace: ' \t\n\r\n\u00A0\u3000\u200B\uFEFF ',
    punctuation: '!!! ??? ... ;;; — … «» '.repeat(100),
    controls: '\u0000\u0001\u001b[31m\u007f\u0085 The council met.\u0007 It voted.\u0000',
    'no full stop': 'word '.repeat(50_000),
    rtl: '\u200Fمجلس المدينة أقرّ الميزانية الجديدة يوم الثلاثاء. وقال رئيس البلدية إن الخطة ستنفذ قريبا.',
    cjk: '市政府周二批准了新的预算。预算将用于修建两条电车线路。批评者说计划来得太晚了。',
    emoji: 'Fans 👩‍👩‍👧‍👦 queued 🇬🇧 all night. The cafe\u0301 served 🍕 to thousands. Z\u036B\u035Fa\u035Cl\u034Fg\u033Fo text 👍🏽 filled screens.',
    html: '<html><head><script>if (a < b) x();</script></head><body><p>The council approved the budget.</p><p>Schools get more money.</p></body></html>',
    'identical lines': 'The council approved the new budget on Tuesday.\n'.repeat(2000),
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      for (const options of [undefined, { ratio: 0.5 }, { words: 20, algorithm: 'textrank' }]) {
        const r = salient.analyze(text, options);
        checkOffsets(text, r.all);
        checkOffsets(text, r.sentences);
        let last = 0;
        for (const x of r.removed) {
          assert.ok(x.start >= last && x.start <= x.end && x.end <= text.length, JSON.stringify(x));
          last = x.start;
        }
        assert.equal(r.stats.summarySentences, r.sentences.length);
        if (r.all.length) assert.ok(r.sentences.length >= 1, name);
      }
    });
  }
});
