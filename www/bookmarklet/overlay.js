// The bookmarklet's overlay: the summary of the page being read, shown on
// that page inside a Shadow DOM so the page's styles cannot reach it and its
// styles cannot reach the page.
//
// The loader (loader.js) imports this module from the salient site, across
// origins, so everything here resolves against this file's URL: the wasm
// core (../pkg/salient.js and its .wasm) loads from the salient site too.
// `show()` rejects when the core cannot load (e.g. the page's CSP refuses
// WebAssembly); the loader then opens the hosted page instead. The UI is only
// built once the core works, so a failure leaves nothing behind.
//
// One overlay per page: showing again while it is open updates it in place.
// The summary sentences are highlighted in the page itself (highlight.js,
// the CSS Custom Highlight API: no DOM change); clicking one in the overlay
// scrolls the page to it. It closes with its close button or Esc, which
// removes the highlights and leaves the page as it was.
//
// `showPage({ site })` is what the bookmarklet calls: it extracts the article
// from this page (extract.js, the site's WebAssembly extractor; or the
// reader's selection) and shows its summary. Bookmarks saved long ago call
// `show({ site, title, text })` with text they extracted themselves: keep it
// working as it is.

import init, * as salient from '../pkg/salient.js';
import { prepare } from '../languages.js';
import { articleText, extractArticle, loadExtractor } from '../extract.js';
import { asPlainText, copyText } from '../copy.js';
import * as marks from './highlight.js';
import { textDirection } from '../render.js';

/** The host element's tag name (a valid custom element name; never registered). */
export const TAG = 'salient-summary';
/** Sentences in a new summary: the same default as the page. */
export const DEFAULT_SENTENCES = 3;
/** Largest choice on the length slider. */
const MAX_SENTENCES = 15;
/** Keywords shown. */
const KEYWORDS = 8;
/** Said above the summary of a page whose text reads as links and teasers (a front page). */
const NOT_AN_ARTICLE = 'This page does not look like an article: the summary may be made of its menus and headlines. Select the text you want summarised and click the bookmarklet again.';
/** The language of the text shown (see languages.js). */
let language = 'auto';

const CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 12px 12px auto auto !important;
  z-index: 2147483647 !important;
  width: min(420px, calc(100vw - 24px)) !important;
  max-height: calc(100vh - 24px) !important;
  margin: 0 !important;
  padding: 0 !important;
  transform: none !important;
  opacity: 1 !important;
  visibility: visible !important;
  color-scheme: light dark;
}
/* on a right-to-left page, at the end of its lines (the left) */
:host([data-side="left"]) { inset: 12px auto auto 12px !important; }
* { box-sizing: border-box; }
.panel {
  --bg: #ffffff; --fg: #1d2430; --muted: #5a6577; --line: #d8dee8; --accent: #195ea8;
  --chip: #eef3fa; --hover: #f2f5f9;
  display: flex; flex-direction: column; gap: 10px;
  max-height: calc(100vh - 24px); overflow: auto;
  padding: 14px 16px 12px;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.25), 0 2px 6px rgba(0, 0, 0, 0.12);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none;
  -webkit-font-smoothing: antialiased;
}
@media (prefers-color-scheme: dark) {
  .panel {
    --bg: #1b2029; --fg: #e6eaf0; --muted: #a3adbd; --line: #3a4352; --accent: #7fb3ec;
    --chip: #263142; --hover: #252c38;
  }
}
.panel:focus { outline: none; }
.head { display: flex; align-items: center; gap: 8px; }
.brand { font-weight: 700; font-size: 15px; color: var(--accent); margin: 0; }
.head h2 { flex: 1; margin: 0; font-size: 15px; font-weight: 600; color: var(--muted); }
button {
  font: inherit; font-size: 14px; line-height: 1.2; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
  padding: 6px 10px; cursor: pointer; margin: 0;
}
button:hover { background: var(--hover); }
button:focus-visible, input:focus-visible, a:focus-visible {
  outline: 2px solid var(--accent); outline-offset: 2px;
}
.close { width: 32px; height: 32px; padding: 0; font-size: 20px; line-height: 1; border-color: transparent; }
.title { margin: 0; font-weight: 700; font-size: 16px; line-height: 1.35; }
.length { display: flex; align-items: center; gap: 10px; font-size: 14px; color: var(--muted); margin: 0; }
.length input { flex: 1; margin: 0; accent-color: var(--accent); }
.length output { min-width: 2ch; text-align: right; color: var(--fg); font-variant-numeric: tabular-nums; }
.summary { margin: 0; padding: 0; padding-inline-start: 22px; display: flex; flex-direction: column; gap: 8px; }
.summary li { margin: 0; padding: 0; }
.summary li.found { cursor: pointer; border-radius: 4px; }
.summary li.found:hover { background: var(--hover); }
.keywords { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.keywords li { background: var(--chip); border-radius: 999px; padding: 2px 10px; font-size: 13px; }
.stats, .message { margin: 0; font-size: 13px; color: var(--muted); }
.foot { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; border-top: 1px solid var(--line); padding-top: 10px; }
.status { flex: 1; font-size: 13px; color: var(--muted); }
.foot a { color: var(--accent); font-size: 13px; }
`;

let ready = null;
let current = null;

/** Loads the wasm core once (from the salient site); rejects if it cannot run here. */
function load() {
  if (!ready) {
    // No referrer: the site is not told which page is read (see run.js).
    ready = init({ module_or_path: fetch(new URL('../pkg/salient_bg.wasm', import.meta.url), { referrerPolicy: 'no-referrer' }) }).catch((err) => {
      ready = null;
      throw err;
    });
  }
  return ready;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function styleSheet(root) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(el('style', { text: CSS }));
  }
}

const numbers = new Intl.NumberFormat('en');
const plural = (n, word) => `${numbers.format(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * Shows the summary of `text` (titled `title`) in the overlay, creating it
 * or updating the open one. Rejects if the summariser cannot run on this page.
 */
export async function show({ site, title, text, note = '' }) {
  await load();
  // The text's language, its stopwords and stemmer loaded (from the site).
  ({ language } = await prepare(salient, text));
  // Fails here, before any UI exists, if the core is unusable.
  const probe = salient.summarize(text, { sentences: DEFAULT_SENTENCES, keywords: KEYWORDS, language });
  if (current?.host.isConnected) {
    current.update(title, text, probe, note);
    current.focus();
    return current.host;
  }
  current = build(site);
  current.update(title, text, probe, note);
  current.focus();
  return current.host;
}

/**
 * Extracts the article of this page and shows its summary. Rejects, before
 * showing anything, if the summariser or the extractor cannot run here (the
 * bookmarklet then hands the page over to the hosted page).
 */
export async function showPage({ site }) {
  await Promise.all([load(), loadExtractor()]);
  const article = await extractArticle(document);
  // A selection is summarised alone (the page's title was not selected);
  // an article has its title on top as a Markdown heading, so that the
  // summariser takes it as the title even when it ends like a sentence
  // ("This API is so Fetching!" was a summary sentence of its own page).
  let text = articleText(article);
  if (article.source === 'selection') text = article.text;
  else if (article.title && article.text) text = `# ${article.title}\n\n${article.text}`;
  const note = article.looksLikeArticle === false ? NOT_AN_ARTICLE : '';
  return show({ site, title: article.title, text, note });
}

/** Closes the overlay if it is open. */
export function close() {
  current?.close();
}

function build(site) {
  const host = document.createElement(TAG);
  if (getComputedStyle(document.documentElement).direction === 'rtl') host.dataset.side = 'left';
  const root = host.attachShadow({ mode: 'open' });
  styleSheet(root);

  const closeButton = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the summary (Esc)', title: 'Close (Esc)', text: '\u00d7' });
  // The overlay's own words are English, left to right, whatever the page's
  // direction (the shadow root inherits it); what comes from the page (the
  // title, sentences, keywords) takes its direction from its own text.
  // (and in its language: the panel's lang="en" is for the overlay's words)
  const pageLang = document.documentElement.lang || '';
  const titleLine = el('p', { class: 'title', dir: 'auto', lang: pageLang });
  const range = el('input', { type: 'range', id: 'length', min: '1', max: String(MAX_SENTENCES), step: '1', value: String(DEFAULT_SENTENCES) });
  const rangeValue = el('output', { for: 'length', text: String(DEFAULT_SENTENCES) });
  const summary = el('ol', { class: 'summary', 'aria-label': 'Summary sentences' });
  const keywords = el('ul', { class: 'keywords', 'aria-label': 'Keywords' });
  const stats = el('p', { class: 'stats' });
  const message = el('p', { class: 'message', role: 'status' });
  const copyButton = el('button', { type: 'button', class: 'copy', text: 'Copy summary' });
  const status = el('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const link = el('a', { href: site, target: '_blank', rel: 'noopener noreferrer', text: `salient v${salient.version()}` });
  const panel = el(
    'div',
    { class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'heading', tabindex: '-1', dir: 'ltr', lang: 'en' },
    el('div', { class: 'head' }, el('p', { class: 'brand', text: 'salient' }), el('h2', { id: 'heading', text: 'Summary of this page' }), closeButton),
    titleLine,
    el('p', { class: 'length' }, el('label', { for: 'length', text: 'Sentences' }), range, rangeValue),
    message,
    summary,
    keywords,
    stats,
    el('div', { class: 'foot' }, copyButton, status, link),
  );
  root.append(panel);

  let text = '';
  /** What is said above the summary (see NOT_AN_ARTICLE), or '' */
  let notice = '';
  let result = null;
  const previousFocus = document.activeElement;

  let ranges = [];
  const render = (r) => {
    result = r;
    ranges = marks.supported() ? marks.findSentences(document, r.sentences.map((s) => s.text), host) : [];
    marks.paint(document, ranges);
    // numbered on the side the sentences start (the first one's direction)
    summary.dir = textDirection(r.sentences.map((s) => s.text).join(' '));
    summary.replaceChildren(
      ...r.sentences.map((s, i) => {
        const item = el('li', { text: s.text, dir: 'auto', lang: pageLang });
        if (ranges[i]) {
          item.classList.add('found');
          item.tabIndex = 0;
          item.title = 'Show in the page';
        }
        return item;
      }),
    );
    keywords.replaceChildren(...r.keywords.map((k) => el('li', { text: k.text, dir: 'auto', lang: pageLang })));
    keywords.hidden = !r.keywords.length;
    const { inputSentences, summarySentences, inputWords, summaryWords } = r.stats;
    stats.textContent = `${summarySentences} of ${plural(inputSentences, 'sentence')} \u00b7 ${numbers.format(summaryWords)} of ${plural(inputWords, 'word')}`;
    message.hidden = r.sentences.length > 0 && !notice;
    message.textContent = r.sentences.length ? notice : 'No article sentences were found on this page. Select the text to summarise and click the bookmarklet again.';
    copyButton.disabled = !r.sentences.length;
    range.max = String(Math.max(1, Math.min(MAX_SENTENCES, inputSentences)));
    rangeValue.textContent = range.value;
  };

  const rerun = () => {
    rangeValue.textContent = range.value;
    try {
      render(salient.summarize(text, { sentences: Number(range.value), keywords: KEYWORDS, language }));
    } catch (err) {
      message.hidden = false;
      message.textContent = `Could not summarise: ${err?.message ?? err}`;
    }
  };

  const copy = async () => {
    const ok = await copyText(asPlainText(result.sentences.map((s) => s.text)), root, copyButton);
    status.textContent = ok ? 'Copied.' : 'Copying was refused: select the sentences and copy them yourself.';
  };

  const onKey = (event) => {
    if (event.key !== 'Escape' || !host.isConnected) return;
    // Escape in the overlay, or with nothing focused, closes it; in one of
    // the page's own fields or controls (a search box) it is the page's
    const active = document.activeElement;
    if (active && active !== host && active !== document.body && active !== document.documentElement) return;
    event.stopPropagation();
    event.preventDefault();
    api.close();
  };
  // Keys typed in the overlay are not the page's keyboard shortcuts.
  host.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') event.stopPropagation();
  });
  window.addEventListener('keydown', onKey, true);
  const jump = (event) => {
    const item = event.target.closest('li.found');
    const r = item && ranges[[...summary.children].indexOf(item)];
    if (r) marks.reveal(r);
  };
  summary.addEventListener('click', jump);
  summary.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      jump(event);
    }
  });
  closeButton.addEventListener('click', () => api.close());
  range.addEventListener('input', rerun);
  copyButton.addEventListener('click', copy);

  const api = {
    host,
    update(newTitle, newText, r, newNotice = '') {
      text = newText;
      notice = newNotice;
      titleLine.textContent = newTitle || '';
      titleLine.hidden = !newTitle;
      status.textContent = '';
      if (Number(range.value) === DEFAULT_SENTENCES) render(r);
      else rerun();
    },
    focus() {
      panel.focus({ preventScroll: true });
    },
    close() {
      window.removeEventListener('keydown', onKey, true);
      marks.clear(document);
      host.remove();
      if (current === api) current = null;
      if (previousFocus instanceof HTMLElement && previousFocus.isConnected) previousFocus.focus({ preventScroll: true });
    },
  };
  // Outside <body>, so transforms or filters on the body cannot move it,
  // and in the top layer (a manual popover: no light dismiss, no backdrop)
  // where the browser has one, so that a transform, will-change or
  // contain on <html> cannot either (it sat 3,000 px above the viewport).
  document.documentElement.append(host);
  if (typeof host.showPopover === 'function') {
    host.popover = 'manual';
    try {
      host.showPopover();
    } catch {
      // shown in place
    }
  }
  return api;
}
