// Rendering a result into the page. Every piece of user text goes in as a
// text node (textContent / append of strings), never as HTML.

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

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Fills the summary list: one li per summary sentence, in document order.
 * Each li carries the sentence's index so it can be found in the article view.
 */
export function renderSummary(list, sentences) {
  const frag = document.createDocumentFragment();
  for (const s of sentences) {
    const li = el('li', 'summary-item', s.text);
    li.dataset.index = String(s.index);
    li.tabIndex = 0;
    li.title = 'Show in the article';
    frag.append(li);
  }
  list.replaceChildren(frag);
}

/** Keywords as chips. */
export function renderKeywords(list, keywords) {
  const frag = document.createDocumentFragment();
  for (const k of keywords) {
    const li = el('li', 'chip', k.text);
    frag.append(li);
  }
  list.replaceChildren(frag);
}

/** What cleanup set aside, each line with its reason. */
export function renderRemoved(list, removed) {
  const frag = document.createDocumentFragment();
  for (const r of removed) {
    const li = el('li');
    li.append(el('span', 'reason', reasonLabel(r.reason)), ' ', el('span', 'removed-text', r.text));
    frag.append(li);
  }
  list.replaceChildren(frag);
}

/** The reason as a short label (the module gives a string). */
export function reasonLabel(reason) {
  return typeof reason === 'string' ? reason : 'other';
}

/** Characters per block of the article view (see renderHighlight). */
const CHUNK_CHARS = 20000;

/**
 * Builds the article view: the original text sliced at the sentence offsets
 * (UTF-16, as JavaScript strings index), summary sentences as <mark>, every
 * other sentence a <span> shaded by its normalised score (--w, 0..1), and text
 * cleanup set aside dimmed. Text between spans stays as plain text nodes, so
 * the view's textContent is exactly the original text.
 *
 * Long texts are cut, at paragraph breaks, into blocks of about 20,000
 * characters; with more than one block the view gets the class `chunked`,
 * which styles them `content-visibility: auto`, so the browser lays out only
 * the blocks on screen: a whole book renders without freezing the page.
 */
export function renderHighlight(container, text, all, removed) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of all) {
    if (Number.isFinite(s.score)) {
      lo = Math.min(lo, s.score);
      hi = Math.max(hi, s.score);
    }
  }
  const norm = (x) => (!Number.isFinite(x) ? 0 : hi > lo ? (x - lo) / (hi - lo) : 1);

  const clamp = (x) => Math.max(0, Math.min(text.length, Number.isFinite(x) ? Math.trunc(x) : 0));
  const setAside = (removed ?? [])
    .map((r) => ({ start: clamp(r.start), end: clamp(r.end), reason: reasonLabel(r.reason) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);

  const frag = document.createDocumentFragment();
  let chunk = null;
  let chunkChars = 0;
  const newChunk = () => {
    chunk = el('div', 'hl-chunk');
    chunkChars = 0;
    frag.append(chunk);
  };
  newChunk();
  const add = (node, length) => {
    chunk.append(node);
    chunkChars += length;
  };
  // Plain text; a full block moves on to a new one after a line break
  // (a blank line, or any line break once the block is much too long).
  const plain = (from, to) => {
    if (chunkChars + (to - from) > CHUNK_CHARS) {
      const piece = text.slice(from, to);
      let cut = piece.indexOf('\n\n');
      if (cut < 0 && chunkChars > 3 * CHUNK_CHARS) cut = piece.indexOf('\n');
      if (cut >= 0) {
        add(piece.slice(0, cut + 1), cut + 1);
        newChunk();
        plain(from + cut + 1, to);
        return;
      }
    }
    add(text.slice(from, to), to - from);
  };
  let r = 0; // first set-aside range that may still matter
  // Text between sentences: plain text, with set-aside ranges dimmed.
  const gap = (from, to) => {
    let pos = from;
    while (r < setAside.length && setAside[r].end <= from) r++;
    for (let i = r; i < setAside.length && setAside[i].start < to; i++) {
      const start = Math.max(pos, setAside[i].start);
      const end = Math.min(to, setAside[i].end);
      if (end <= start) continue;
      if (start > pos) plain(pos, start);
      const node = el('span', 'hl-removed', text.slice(start, end));
      node.title = `Set aside: ${setAside[i].reason}`;
      add(node, end - start);
      pos = end;
    }
    if (to > pos) plain(pos, to);
  };

  const sentences = [...all].sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const s of sentences) {
    const start = clamp(s.start);
    const end = clamp(s.end);
    if (start < pos || end <= start) continue; // overlaps what is already shown
    gap(pos, start);
    const node = el(s.selected ? 'mark' : 'span', s.selected ? 'hl hl-chosen' : 'hl', text.slice(start, end));
    node.dataset.index = String(s.index);
    node.style.setProperty('--w', norm(s.score).toFixed(3));
    add(node, end - start);
    pos = end;
  }
  gap(pos, text.length);
  // Only long texts need the off-screen blocks skipped.
  container.classList.toggle('chunked', frag.childNodes.length > 1);
  container.replaceChildren(frag);
}

/** Scrolls the article view to a sentence and flashes it. */
export function revealSentence(container, index) {
  const target = container.querySelector(`[data-index="${Number(index)}"]`);
  if (!target) return false;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  // The last sentence shown keeps the class (a steady outline once the flash
  // animation is over), so it stays easy to find again.
  for (const old of container.querySelectorAll('.flash')) old.classList.remove('flash');
  void target.offsetWidth; // restart the animation when the same sentence is chosen twice
  target.classList.add('flash');
  return true;
}
