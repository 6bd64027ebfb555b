// Main-article extraction from a Document, for the bookmarklet's overlay,
// the hosted page's hand-over, opened .html files and pasted HTML: one
// extractor everywhere, the Rust core's (salient::extract, through the
// wasm's extractArticle).
//
// `extractArticle(doc, options)` reads the document and never changes it. It
// resolves to `{ title, text, source, looksLikeArticle, byline, lang,
// published }`: `text` holds the article's paragraphs separated by blank
// lines (headings and list items as paragraphs of their own, without the
// title); `source` says where it came from ('selection' or 'article');
// `looksLikeArticle` is false when the text found reads as a page of links
// and teasers rather than an article (a front page; always true for a
// selection); a missing title, byline, language or date is ''.
//
// - The reader's selection wins when it has at least 100 characters (not
//   for documents without a window, such as DOMParser's).
// - Otherwise the core finds the article: Readability's scoring of
//   paragraphs and their containers, cleaning inside the chosen one, a retry
//   with looser rules when the result is short; lengths in characters, so
//   pages in Chinese or Japanese come out like any other. On a live page
//   (a document with a window) elements the browser does not render are
//   left out; `{ visibility: false }` turns that off.
// - Metadata: the title from JSON-LD, og:title and the like, else <title>
//   without the site's name; byline, language (lang) and publication date.

import init, { extractArticle as extractFromDocument } from './pkg/salient_extract.js';

/** A selection at least this long is summarised instead of the article. */
export const MIN_SELECTION_CHARS = 100;

let ready = null;

/** A small page that takes the extractor through all of its steps. */
const WARM_UP = `<html lang="en"><head><title>Warm-up page | Site</title><meta property="og:title" content="Warm-up">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Warm-up"}</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="#a">News</a></li></ul></nav><div class="sidebar">Links</div>
<article><h1>Warm-up</h1><p class="byline">By A. Writer</p>${'<p>A paragraph of the warm-up page, with commas, and enough words to be scored as one.</p><div>A div written as a paragraph, with a comma.<br><br>And a second one after two breaks.</div>'.repeat(4)}
<table><tr><td>cell, one</td><td>cell two</td></tr></table><figure><img src="x.jpg"><figcaption>Caption</figcaption></figure><pre>code</pre></article>
<div class="comments"><p>A comment, short.</p></div><footer>Footer</footer></body></html>`;

/**
 * Loads the wasm core once and runs it on a small page, so that the browser
 * has compiled it before the real page (the bookmarklet loads it while the
 * summariser loads). Rejects (and may be retried) if it cannot run.
 */
export function loadExtractor() {
  if (!ready) {
    // No referrer: from the bookmarklet, the site is not told which page is
    // read (see bookmarklet/run.js).
    ready = init({ module_or_path: fetch(new URL('./pkg/salient_extract_bg.wasm', import.meta.url), { referrerPolicy: 'no-referrer' }) })
      .then(() => {
        let page;
        try {
          page = new DOMParser().parseFromString(WARM_UP, 'text/html');
        } catch {
          return; // a page that requires Trusted Types refuses the string: no warm-up there
        }
        extractFromDocument(page, false);
      })
      .catch((err) => {
        ready = null;
        throw err;
      });
  }
  return ready;
}

const clean = (s) => String(s || '').replace(/\s+/g, ' ').trim();

/** The reader's selection as paragraphs, or '' when it is too short. */
function selectedText(doc) {
  const win = doc.defaultView;
  if (!win || !win.getSelection) return '';
  const selected = String(win.getSelection() || '')
    .split(/[\r\n]+/)
    .map(clean)
    .filter(Boolean)
    .join('\n\n');
  return selected.length >= MIN_SELECTION_CHARS ? selected : '';
}

/**
 * Extracts the main article of `doc` (default: the current document).
 * Options: `selection: false` ignores the reader's selection;
 * `visibility: false` keeps elements the browser does not render.
 */
export async function extractArticle(doc, options) {
  doc = doc || document;
  const opts = options || {};
  await loadExtractor();
  const live = Boolean(doc.defaultView);
  const found = extractFromDocument(doc, opts.visibility ?? live);
  const meta = {
    title: found.title || '',
    byline: found.byline || '',
    lang: found.lang || '',
    published: found.published || '',
  };
  const selected = opts.selection === false ? '' : selectedText(doc);
  if (selected) return { ...meta, text: selected, source: 'selection', looksLikeArticle: true };
  return { ...meta, text: found.text, source: 'article', looksLikeArticle: found.looksLikeArticle };
}

/** Title and text as one input for the summariser (the title on top). */
export function articleText(article) {
  if (!article.text) return article.title || '';
  return article.title ? `${article.title}\n\n${article.text}` : article.text;
}
