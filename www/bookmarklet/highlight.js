// The summary highlighted in the page itself, with the CSS Custom Highlight
// API: ranges over the page's own text nodes, painted by a
// `::highlight(salient-summary)` rule in a constructed style sheet adopted by
// the document. No element of the page is created, moved or changed; closing
// the overlay deletes the highlight and the sheet.
//
// Sentences are found in the page's text with whitespace and invisible
// characters (soft hyphens, zero-width spaces) ignored on both sides, so
// line breaks, <br>s and paragraph boundaries do not get in the way. A
// sentence that is not found (it was rewritten by cleanup, or spans hidden
// text) is simply not highlighted.

/** The name of the highlight in CSS.highlights. */
export const HIGHLIGHT = 'salient-summary';

const CSS_RULE = `::highlight(${HIGHLIGHT}) { background-color: rgba(255, 213, 79, 0.55); color: inherit; }`;

/** Elements whose text is never article text shown on the page. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'SVG']);

const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/u;

/** True where the page supports highlights. */
export function supported() {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** `s` without whitespace and invisible characters. */
function squeeze(s) {
  let out = '';
  for (const c of s) if (!INVISIBLE.test(c)) out += c;
  return out;
}

/**
 * The page's visible-ish text, squeezed: `text`, with `nodes[i]` starting at
 * `starts[i]`. `skip` (the overlay's host) is left out.
 */
function indexPage(doc, skip) {
  const nodes = [];
  const starts = [];
  let text = '';
  const root = doc.body || doc.documentElement;
  if (!root) return { nodes, starts, text };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return node === skip || SKIP.has(node.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const s = squeeze(n.data);
    if (!s) continue;
    nodes.push(n);
    starts.push(text.length);
    text += s;
  }
  return { nodes, starts, text };
}

/** The text node and raw offset of squeezed position `pos` (`end`: just after). */
function locate(index, pos, end) {
  const { nodes, starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  const target = end ? pos - 1 : pos;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= target) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  let k = target - starts[lo];
  let i = 0;
  for (const c of node.data) {
    if (!INVISIBLE.test(c)) {
      if (k === 0) return { node, offset: end ? i + c.length : i };
      k--;
    }
    i += c.length;
  }
  return { node, offset: node.data.length };
}

/**
 * Finds `sentences` (strings, in document order) in `doc`'s text; returns a
 * Range for each (null where not found). `skip` is left out of the search.
 */
export function findSentences(doc, sentences, skip) {
  const index = indexPage(doc, skip);
  let from = 0;
  return sentences.map((sentence) => {
    const s = squeeze(sentence);
    if (!s || !index.text) return null;
    let at = index.text.indexOf(s, from);
    if (at < 0) at = index.text.indexOf(s);
    if (at < 0) return null;
    from = at + s.length;
    const start = locate(index, at, false);
    const end = locate(index, at + s.length, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  });
}

let sheet = null;

/** Paints `ranges` (nulls skipped) as the summary highlight; returns false where unsupported. */
export function paint(doc, ranges) {
  if (!supported()) return false;
  const found = ranges.filter(Boolean);
  CSS.highlights.set(HIGHLIGHT, new Highlight(...found));
  if (!sheet) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_RULE);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null;
    }
  }
  return true;
}

/** Removes the highlight and its style sheet, leaving the page as it was. */
export function clear(doc) {
  if (supported()) CSS.highlights.delete(HIGHLIGHT);
  if (sheet) {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
  }
}

/** Scrolls the page so that `range` is in view. */
export function reveal(range) {
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
