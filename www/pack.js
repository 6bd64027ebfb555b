// The worker's result in a compact form for the page (worker.js packs it,
// main.js and render.js read it).
//
// `analyze()` returns one JavaScript object per sentence and per line set
// aside. For a book that is tens of thousands of objects and strings, and
// copying them to the page (structured clone) would itself block the page's
// main thread for a long time. So the worker does all the per-sentence work
// and sends flat typed arrays (moved, not copied) plus one string per kind of
// text:
//
//   {
//     title, language, stats, keywords,       as analyze() gives them
//     summary: { count, index, texts, bounds }  the summary, in document order:
//                                             sentence index (Uint32Array) and text
//                                             i = texts.slice(bounds[i], bounds[i + 1])
//     sentences: { count, start, end, index, shade, chosen }
//                                             every sentence the article view shows,
//                                             by start: UTF-16 offsets, index, score
//                                             scaled to 0..1 (Float32Array), 1 when in
//                                             the summary (Uint8Array); none overlaps
//                                             the one before it
//     removed: { count, start, end, reason, reasons, texts, bounds }
//                                             what cleanup set aside, by start: offsets
//                                             clamped to the text, reason as an index
//                                             into `reasons` (labels), text as above
//     blocks: Uint32Array                     the article view's blocks: block b is
//                                             text.slice(blocks[b], blocks[b + 1]); a
//                                             block boundary never falls inside a
//                                             sentence or a set-aside range
//     breaks: Uint32Array                     line breaks in each block (to guess its
//                                             height before it is laid out)
//   }

/** Characters per block of the article view, roughly. */
export const BLOCK_CHARS = 10000;

/** Strings joined into one, with their boundaries. */
function joinTexts(texts) {
  const bounds = new Uint32Array(texts.length + 1);
  let at = 0;
  texts.forEach((t, i) => {
    bounds[i] = at;
    at += t.length;
  });
  bounds[texts.length] = at;
  return { texts: texts.join(''), bounds };
}

/** The i-th string of `{ texts, bounds }`. */
export function textAt(list, i) {
  return list.texts.slice(list.bounds[i], list.bounds[i + 1]);
}

/** Packs `analyze(text, ...)`'s result (see the top of this file); returns `{ packed, transfer }`. */
export function packResult(text, result) {
  const n = text.length;
  const clamp = (x) => Math.max(0, Math.min(n, Number.isFinite(x) ? Math.trunc(x) : 0));

  const summaryList = result.sentences;
  const summary = {
    count: summaryList.length,
    index: Uint32Array.from(summaryList, (s) => s.index),
    ...joinTexts(summaryList.map((s) => s.text)),
  };

  // Every sentence, by start; the ones that overlap a sentence already kept are left out.
  const all = [...(result.all ?? [])].sort((a, b) => a.start - b.start);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of all) {
    if (Number.isFinite(s.score)) {
      lo = Math.min(lo, s.score);
      hi = Math.max(hi, s.score);
    }
  }
  const start = new Uint32Array(all.length);
  const end = new Uint32Array(all.length);
  const index = new Uint32Array(all.length);
  const shade = new Float32Array(all.length);
  const chosen = new Uint8Array(all.length);
  let count = 0;
  let pos = 0;
  for (const s of all) {
    const a = clamp(s.start);
    const b = clamp(s.end);
    if (a < pos || b <= a) continue;
    start[count] = a;
    end[count] = b;
    index[count] = s.index;
    shade[count] = !Number.isFinite(s.score) ? 0 : hi > lo ? (s.score - lo) / (hi - lo) : 1;
    chosen[count] = s.selected ? 1 : 0;
    count++;
    pos = b;
  }
  const sentences = {
    count,
    start: start.slice(0, count),
    end: end.slice(0, count),
    index: index.slice(0, count),
    shade: shade.slice(0, count),
    chosen: chosen.slice(0, count),
  };

  // What cleanup set aside, by start (a stable sort: ties keep the module's order).
  const removedList = (result.removed ?? [])
    .map((r) => ({ start: clamp(r.start), end: clamp(r.end), reason: typeof r.reason === 'string' ? r.reason : 'other', text: r.text }))
    .sort((a, b) => a.start - b.start);
  const reasons = [...new Set(removedList.map((r) => r.reason))];
  const removed = {
    count: removedList.length,
    start: Uint32Array.from(removedList, (r) => r.start),
    end: Uint32Array.from(removedList, (r) => Math.max(r.start, r.end)),
    reason: Uint8Array.from(removedList, (r) => reasons.indexOf(r.reason)),
    reasons,
    ...joinTexts(removedList.map((r) => String(r.text ?? ''))),
  };

  const { blocks, breaks } = cutBlocks(text, sentences, removed);
  const packed = {
    title: result.title ?? null,
    language: result.language ?? null,
    stats: result.stats,
    keywords: result.keywords,
    summary,
    sentences,
    removed,
    blocks,
    breaks,
  };
  const transfer = [
    summary.index, summary.bounds,
    sentences.start, sentences.end, sentences.index, sentences.shade, sentences.chosen,
    removed.start, removed.end, removed.reason, removed.bounds,
    blocks, breaks,
  ].map((a) => a.buffer);
  return { packed, transfer };
}

/**
 * Cuts the text into the article view's blocks of about BLOCK_CHARS
 * characters: a block ends at a blank line (or, once it is three times too
 * long, at any line break) in text that is neither a sentence nor set aside.
 */
export function cutBlocks(text, sentences, removed) {
  const cuts = [0];
  let blockStart = 0;
  // Plain text from `from` to `to`: cut it where a block is full.
  const plain = (from, to) => {
    // (A slice is bounded; indexOf on the whole text could scan to its end every time.)
    const find = (needle) => {
      const at = text.slice(from, to).indexOf(needle);
      return at < 0 ? -1 : from + at;
    };
    while (from < to && to - blockStart > BLOCK_CHARS) {
      let cut = find('\n\n');
      if (cut < 0 && from - blockStart > 3 * BLOCK_CHARS) cut = find('\n');
      if (cut < 0) return;
      blockStart = cut + 1;
      cuts.push(blockStart);
      from = blockStart;
    }
  };
  // Text between sentences: plain text around the set-aside ranges in it.
  let r = 0;
  const gap = (from, to) => {
    let pos = from;
    while (r < removed.count && removed.end[r] <= from) r++;
    for (let i = r; i < removed.count && removed.start[i] < to; i++) {
      const a = Math.max(pos, removed.start[i]);
      const b = Math.min(to, removed.end[i]);
      if (b <= a) continue;
      if (a > pos) plain(pos, a);
      pos = b;
    }
    if (to > pos) plain(pos, to);
  };
  let pos = 0;
  for (let i = 0; i < sentences.count; i++) {
    gap(pos, sentences.start[i]);
    pos = sentences.end[i];
  }
  gap(pos, text.length);
  if (cuts[cuts.length - 1] !== text.length || cuts.length === 1) cuts.push(text.length);
  const blocks = Uint32Array.from(cuts);
  const breaks = new Uint32Array(blocks.length - 1);
  let b = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    while (at >= blocks[b + 1]) b++;
    breaks[b]++;
  }
  return { blocks, breaks };
}

/** The first i in [lo, hi) with `array[i] >= value` (array sorted ascending), else hi. */
export function lowerBound(array, value, lo = 0, hi = array.length) {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
