// Rendering a result into the page (the article view is article-view.js).
// Every piece of user text goes in as a text node (textContent / append of
// strings), never as HTML.

import { textAt } from './pack.js';

/** Average silent reading speed used for the reading times, in words per minute. */
export const WORDS_PER_MINUTE = 230;

const numberFormat = new Intl.NumberFormat('en');

/** A count with thousands separators. */
export function formatCount(n) {
  return numberFormat.format(n);
}

/** Reading time of `words` words at 230 wpm, e.g. "12 s", "3 min", "1 h 5 min". */
export function readingTime(words) {
  if (!words) return '0 s';
  const seconds = Math.max(1, Math.round((words / WORDS_PER_MINUTE) * 60));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** Milliseconds for display: "0.4 ms", "12 ms", "1.3 s". */
export function formatMs(ms) {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * 'rtl' when the first letter of `text` is of a script written right to
 * left, else 'ltr': the rule of dir="auto", which the page applies itself to
 * the text box and the article view. (Chromium's own dir="auto" on a text
 * area holding megabytes froze the page for 110 s on one change of its
 * value.) Looks at the first 10,000 characters at most.
 */
export function textDirection(text) {
  const head = text.slice(0, 10_000);
  const first = /\p{L}/u.exec(head);
  return first && RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lists longer than this get the class `many`: items off screen are not laid out (style.css). */
const MANY = 200;
/** Milliseconds of list building per task. */
const SLICE_MS = 5;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Appends `count` children made by `make(i)` to `parent`, in slices of a few
 * milliseconds: the first slice at once, the others in later tasks, so that
 * thousands of them never block the page. Resolves to true once all are in,
 * false when `signal` aborted it first (a newer result).
 */
export async function appendInSlices(parent, count, make, signal) {
  let i = 0;
  while (i < count) {
    const t0 = performance.now();
    const frag = document.createDocumentFragment();
    do {
      frag.append(make(i++));
    } while (i < count && (i % 16 !== 0 || performance.now() - t0 < SLICE_MS));
    parent.append(frag);
    if (i < count) {
      await nextTask();
      if (signal?.aborted) return false;
    }
  }
  return true;
}

/** Replaces the items of `list` with `count` new ones (see appendInSlices). */
export function fillList(list, count, make, signal) {
  list.replaceChildren();
  list.classList.toggle('many', count > MANY);
  return appendInSlices(list, count, make, signal);
}

/**
 * Fills the summary list: one li per summary sentence, in document order
 * (`summary`: a packed summary, see pack.js). Each li carries the sentence's
 * index so it can be found in the article view.
 */
export function renderSummary(list, summary, signal) {
  return fillList(
    list,
    summary.count,
    (i) => {
      const li = el('li', 'summary-item', textAt(summary, i));
      li.dir = 'auto'; // an Arabic or Hebrew sentence reads right to left
      li.dataset.index = String(summary.index[i]);
      li.tabIndex = 0;
      li.title = 'Show in the article';
      return li;
    },
    signal,
  );
}

/** Keywords as chips. */
export function renderKeywords(list, keywords) {
  const frag = document.createDocumentFragment();
  for (const k of keywords) {
    const li = el('li', 'chip', k.text);
    li.dir = 'auto';
    frag.append(li);
  }
  list.replaceChildren(frag);
}

/** What cleanup set aside (packed, see pack.js), each line with its reason. */
export function renderRemoved(list, removed, signal) {
  return fillList(
    list,
    removed.count,
    (i) => {
      const li = el('li');
      const line = el('span', 'removed-text', textAt(removed, i));
      line.dir = 'auto';
      li.append(el('span', 'reason', removed.reasons[removed.reason[i]]), ' ', line);
      return li;
    },
    signal,
  );
}
