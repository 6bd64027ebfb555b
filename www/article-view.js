// The article view ("Highlight in article"): the original text with the
// summary sentences marked, every other sentence shaded by its score and the
// text cleanup set aside dimmed. Every piece of user text goes in as a text
// node, never as HTML, and the view's textContent is exactly the text.
//
// Only what is on screen is decorated. The text comes in blocks of about
// 10,000 characters (cut by the worker, see pack.js). Each block starts as
// one plain text node, which costs the browser next to nothing, and is styled
// `content-visibility: auto` (class `chunked`), so blocks off screen are not
// even laid out. When a block comes near the visible part of the view (an
// IntersectionObserver), its text is replaced with the sentence <mark>s and
// <span>s. So a book-length text shows at once, and no task of the page has
// to build the whole view.

import { lowerBound } from './pack.js';
import { appendInSlices, textDirection } from './render.js';

/** How far beyond the visible part of the view blocks are decorated. */
const MARGIN = '100% 0px';
/** Milliseconds of decorating per task. */
const SLICE_MS = 5;
/** A jump further than this many blocks goes there at once, not by smooth scrolling past megabytes. */
const SMOOTH_BLOCKS = 3;

function el(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

export class ArticleView {
  /** `container`: the scrolling element the view fills. */
  constructor(container) {
    this.container = container;
    this.text = '';
    this.result = null;
    this.elements = [];
    this.blockOf = new Map();
    this.queue = []; // blocks near the screen, to decorate
    this.draining = 0;
    this.decorated = new Uint8Array(0);
    this.positions = null;
    this.observer = null;
    // Guesses how many characters fit on a line, for the height of blocks
    // not laid out yet (style.css: --cpl).
    this.resize = new ResizeObserver(([entry]) => {
      const font = Number.parseFloat(getComputedStyle(this.container).fontSize) || 16;
      const cpl = Math.max(20, Math.round(entry.contentRect.width / (0.48 * font)));
      this.container.style.setProperty('--cpl', String(cpl));
    });
    this.resize.observe(container);
  }

  /** Empties the view and stops watching its size (a view not to be used again). */
  dispose() {
    this.clear();
    this.resize.disconnect();
  }

  /** Empties the view. */
  clear() {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.draining);
    this.draining = 0;
    this.queue = [];
    this.elements = [];
    this.blockOf = new Map();
    this.result = null;
    this.positions = null;
    this.container.replaceChildren();
  }

  /**
   * Shows `text` with `result` (a result packed by pack.js). The blocks go in
   * over several tasks when there are many (render.js appendInSlices); the
   * promise resolves to true once all are in, false when `signal` aborted it.
   */
  show(text, result, signal) {
    this.clear();
    this.text = text;
    this.result = result;
    this.container.dir = textDirection(text);
    const { blocks, breaks } = result;
    const count = blocks.length - 1;
    this.decorated = new Uint8Array(count);
    const chunked = count > 1;
    this.container.classList.toggle('chunked', chunked);
    if (chunked) {
      this.observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) this.queue.push(this.blockOf.get(entry.target) ?? -1);
          }
          this.drain();
        },
        { root: this.container, rootMargin: MARGIN },
      );
    }
    const block = (b) => {
      const div = document.createElement('div');
      div.className = 'hl-chunk';
      if (chunked) {
        div.style.setProperty('--chars', String(blocks[b + 1] - blocks[b]));
        div.style.setProperty('--breaks', String(breaks[b]));
      }
      div.append(text.slice(blocks[b], blocks[b + 1]));
      this.elements.push(div);
      this.blockOf.set(div, b);
      // The first block is on screen at once; the observer does the rest.
      if (b === 0) this.decorate(0);
      else this.observer.observe(div);
      return div;
    };
    return appendInSlices(this.container, count, block, signal);
  }

  /**
   * Decorates the blocks that came near the screen, a few milliseconds'
   * worth per task (a jump or a fast scroll brings several at once).
   */
  drain() {
    if (this.draining) return;
    const t0 = performance.now();
    while (this.queue.length && performance.now() - t0 < SLICE_MS) this.decorate(this.queue.shift());
    if (this.queue.length) {
      this.draining = setTimeout(() => {
        this.draining = 0;
        this.drain();
      }, 0);
    }
  }

  /** Replaces block `b`'s plain text with its sentences and set-aside ranges. */
  decorate(b) {
    if (b < 0 || b >= this.elements.length || this.decorated[b]) return;
    this.decorated[b] = 1;
    const div = this.elements[b];
    this.observer?.unobserve(div);
    const { text } = this;
    const { sentences: s, removed: r, blocks } = this.result;
    const from = blocks[b];
    const to = blocks[b + 1];
    const frag = document.createDocumentFragment();
    let pos = from;
    let k = lowerBound(r.start, from);
    // Text between sentences: plain, with set-aside ranges dimmed.
    const gap = (a, z) => {
      while (k < r.count && r.end[k] <= a) k++;
      for (let j = k; j < r.count && r.start[j] < z; j++) {
        const start = Math.max(pos, r.start[j]);
        const end = Math.min(z, r.end[j]);
        if (end <= start) continue;
        if (start > pos) frag.append(text.slice(pos, start));
        const node = el('span', 'hl-removed', text.slice(start, end));
        node.title = `Set aside: ${r.reasons[r.reason[j]]}`;
        frag.append(node);
        pos = end;
      }
      if (z > pos) frag.append(text.slice(pos, z));
      pos = Math.max(pos, z);
    };
    for (let i = lowerBound(s.start, from); i < s.count && s.start[i] < to; i++) {
      gap(pos, s.start[i]);
      const chosen = s.chosen[i] === 1;
      const node = el(chosen ? 'mark' : 'span', chosen ? 'hl hl-chosen' : 'hl', text.slice(s.start[i], s.end[i]));
      node.dataset.index = String(s.index[i]);
      node.style.setProperty('--w', s.shade[i].toFixed(3));
      frag.append(node);
      pos = s.end[i];
    }
    gap(pos, to);
    div.replaceChildren(frag);
  }

  /** The element of sentence `index` and its block, the block decorated first; null when not shown. */
  locate(index) {
    if (!this.result) return null;
    const s = this.result.sentences;
    if (!this.positions) {
      this.positions = new Map();
      for (let i = 0; i < s.count; i++) this.positions.set(s.index[i], i);
    }
    const i = this.positions.get(Number(index));
    if (i === undefined) return null;
    const b = lowerBound(this.result.blocks, s.start[i] + 1) - 1;
    this.decorate(b);
    const element = this.elements[b]?.querySelector(`[data-index="${Number(index)}"]`);
    return element ? { element, block: b } : null;
  }

  /** About which block is on screen now (from the scroll position; blocks not laid out have guessed heights). */
  visibleBlock() {
    const { scrollTop, scrollHeight } = this.container;
    return scrollHeight ? Math.floor((scrollTop / scrollHeight) * this.elements.length) : 0;
  }

  /** Scrolls the view to sentence `index` and flashes it; false when it is not shown. */
  reveal(index) {
    const found = this.locate(index);
    if (!found) return false;
    const target = found.element;
    const far = Math.abs(found.block - this.visibleBlock()) > SMOOTH_BLOCKS;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: reduce || far ? 'auto' : 'smooth' });
    // The last sentence shown keeps the class (a steady outline once the flash
    // animation is over), so it stays easy to find again.
    for (const old of this.container.querySelectorAll('.flash')) old.classList.remove('flash');
    void target.offsetWidth; // restart the animation when the same sentence is chosen twice
    target.classList.add('flash');
    return true;
  }
}
