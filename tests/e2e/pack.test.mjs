// The worker's packed result (www/pack.js), in Node: no browser needed.
//
//   node --test tests/e2e/pack.test.mjs
//
// Named cases of analyze()-shaped results, and the invariants the page's
// article view relies on: blocks cover the text exactly, and a block boundary
// never falls inside a sentence or a set-aside range.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { BLOCK_CHARS, cutBlocks, lowerBound, packResult, textAt } from '../../www/pack.js';

/** An analyze()-shaped result for `text`, its sentences at the given [start, end) with scores. */
function result(text, sentences, removed = [], chosen = []) {
  const all = sentences.map(([start, end, score], index) => ({
    text: text.slice(start, end),
    start,
    end,
    score,
    index,
    selected: chosen.includes(index),
  }));
  return {
    sentences: all.filter((s) => s.selected),
    all,
    keywords: [{ text: 'word', score: 1 }],
    removed: removed.map(([start, end, reason]) => ({ start, end, reason, text: text.slice(start, end) })),
    title: null,
    stats: { inputWords: 1, inputSentences: all.length, summaryWords: 1, summarySentences: chosen.length },
  };
}

/** Sentences of `n` characters each, separated by one space; a blank line every `para` sentences. */
function longText(count, n = 80, para = 5) {
  let text = '';
  const spans = [];
  for (let i = 0; i < count; i++) {
    if (i) text += i % para === 0 ? '\n\n' : ' ';
    const start = text.length;
    text += `${'x'.repeat(n - 1)}.`;
    spans.push([start, text.length, i % 7]);
  }
  return { text, spans };
}

describe('pack.js', () => {
  const cases = [
    {
      name: 'two sentences, one chosen, a byline set aside',
      text: 'By Ann Lee\n\nFirst sentence here. Second one.',
      sentences: [
        [12, 32, 0.5],
        [33, 44, 0.2],
      ],
      removed: [[0, 10, 'byline']],
      chosen: [0],
      blocks: 1,
    },
    {
      name: 'overlapping sentences: the later one is left out of the view',
      text: 'Alpha beta gamma. Delta epsilon.',
      sentences: [
        [0, 17, 1],
        [10, 32, 2],
      ],
      removed: [],
      chosen: [1],
      blocks: 1,
      shown: 1,
    },
    {
      name: 'equal scores shade as 1',
      text: 'One. Two.',
      sentences: [
        [0, 4, 3],
        [5, 9, 3],
      ],
      removed: [],
      chosen: [],
      blocks: 1,
      shades: [1, 1],
    },
    {
      name: 'offsets out of range are clamped, a reason that is not a string is "other"',
      text: 'Short text.',
      sentences: [[0, 11, 1]],
      removed: [[5, 99, 42]],
      chosen: [0],
      blocks: 1,
      reasons: ['other'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { packed, transfer } = packResult(c.text, result(c.text, c.sentences, c.removed, c.chosen));
      assert.equal(packed.blocks.length - 1, c.blocks);
      assert.equal(packed.blocks[0], 0);
      assert.equal(packed.blocks.at(-1), c.text.length);
      assert.equal(packed.sentences.count, c.shown ?? c.sentences.length);
      assert.equal(packed.summary.count, c.chosen.length);
      c.chosen.forEach((index, i) => {
        assert.equal(packed.summary.index[i], index);
        assert.equal(textAt(packed.summary, i), c.text.slice(c.sentences[index][0], c.sentences[index][1]));
      });
      if (c.shades) assert.deepEqual([...packed.sentences.shade], c.shades);
      if (c.reasons) assert.deepEqual(packed.removed.reasons, c.reasons);
      for (let i = 0; i < packed.removed.count; i++) {
        assert.ok(packed.removed.start[i] <= packed.removed.end[i] && packed.removed.end[i] <= c.text.length);
      }
      // Everything typed is moved to the page, not copied.
      assert.ok(transfer.every((b) => b instanceof ArrayBuffer));
      assert.equal(new Set(transfer).size, transfer.length);
    });
  }

  test('a long text: blocks of about BLOCK_CHARS, cut between sentences at blank lines', () => {
    const { text, spans } = longText(2000);
    const removed = [[spans[10][1] + 1, spans[12][0] - 1, 'caption']];
    const { packed } = packResult(text, result(text, spans, removed, [3, 500, 1999]));
    const { blocks, breaks } = packed;
    assert.ok(blocks.length - 1 >= Math.floor(text.length / BLOCK_CHARS), `${blocks.length - 1} blocks`);
    assert.equal(breaks.length, blocks.length - 1);
    let lines = 0;
    for (let b = 0; b + 1 < blocks.length; b++) {
      assert.ok(blocks[b + 1] > blocks[b], 'blocks are not empty');
      assert.ok(blocks[b + 1] - blocks[b] <= BLOCK_CHARS + 1000, `block ${b} is ${blocks[b + 1] - blocks[b]} characters`);
      lines += breaks[b];
      const cut = blocks[b + 1];
      if (cut === text.length) continue;
      assert.equal(text[cut - 1], '\n', 'a block ends at a line break');
      for (const [start, end] of spans) assert.ok(cut <= start || cut >= end, `cut ${cut} inside a sentence`);
    }
    assert.equal(lines, text.split('\n').length - 1, 'line breaks counted once each');
  });

  test('text without blank lines is cut at line breaks once a block is three times too long', () => {
    const { text, spans } = longText(1500, 80, 1); // every sentence its own paragraph…
    const single = text.replaceAll('\n\n', ' \n'); // …now separated by single line breaks
    const { blocks } = cutBlocks(single, packResult(single, result(single, spans)).packed.sentences, { count: 0 });
    assert.ok(blocks.length > 2, `${blocks.length - 1} blocks`);
    for (let b = 1; b + 1 < blocks.length; b++) assert.ok(blocks[b] - blocks[b - 1] <= 3 * BLOCK_CHARS + 200);
  });

  test('lowerBound', () => {
    const a = Uint32Array.from([1, 3, 3, 7]);
    for (const [value, expected] of [
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 3],
      [7, 3],
      [8, 4],
    ]) {
      assert.equal(lowerBound(a, value), expected, `lowerBound(${value})`);
    }
  });
});
