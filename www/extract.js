// Main-article extraction from a live Document, for the bookmarklet.
//
// `extractArticle(doc)` reads the page and never changes it. It returns
// `{ title, text, source }`: `text` holds the article's paragraphs separated
// by blank lines (without the title), `source` says where it came from
// ('selection', 'article', 'main', 'content' or 'page').
//
// How it works:
// - The reader's selection wins when it has at least 100 characters.
// - Otherwise the article root is, in this order: `[itemprop=articleBody]`,
//   then `article` (the longest of each kind, if its extracted text has
//   MIN_CHARS characters and at least half as many as the densest cluster of
//   well-formed paragraphs); else that densest cluster (the element whose
//   paragraphs, and half-weighted its children's, score highest); else
//   `main` (same rule); else <body>.
// - Inside the root, whole subtrees are dropped: scripts, styles, media,
//   nav, aside, footer, forms and controls, dialogs, hidden elements
//   ([hidden], aria-hidden, display:none, visibility:hidden), page banners,
//   link lists (link density > MAX_LINK_DENSITY) and boxes whose class or id
//   says comments, sharing, related links, newsletters, ads and the like.
// - The rest is cut into blocks (paragraphs, headings, list items, ...). A
//   block is kept when it is mostly not link text and is long enough:
//   MIN_WORDS words, or MIN_SENTENCE_WORDS words ending like a sentence.
//   Headings are kept only when prose follows them; an h1 equal to the
//   title is left out.
// - Title: og:title (or twitter:title), the article's h1 when og:title only
//   adds the site's name to it, else the first h1, else document.title
//   without its " | Site" part.
//
// The function is self-contained (it uses nothing outside its own body):
// the bookmarklet embeds its source text (minified with terser by the site
// build), so it must keep working when stringified.

/**
 * Extracts the main article of `doc` (default: the current document).
 * Pass `{ selection: false }` to ignore the reader's selection.
 */
export function extractArticle(doc, options) {
  doc = doc || document;
  const opts = options || {};
  const MIN_SELECTION_CHARS = 100;
  const MIN_CHARS = 500;
  const MIN_WORDS = 8;
  const MIN_SENTENCE_WORDS = 3;
  const MAX_LINK_DENSITY = 0.5;
  const SKIP = 'script,style,noscript,template,iframe,object,svg,canvas,video,audio,img,picture,pre,nav,aside,footer,form,button,input,select,textarea,dialog,figcaption,[hidden],[aria-hidden="true"],[role=navigation],[role=complementary],[role=contentinfo],[role=banner],[role=dialog],[role=menu],[role=toolbar]';
  const NOISE = /(^|[\s_-])(comments?|disqus|share|sharing|social|related|recommended|more-stories|promo|newsletter|subscribe|signup|sidebar|breadcrumbs?|cookies?|consent|popup|modal|advert\w*|ads?|adslot|sponsored|outbrain|taboola|tags|tag-list|author-bio|byline|pagination|pager|skip-link)([\s_-]|$)/i;
  const BLOCK = /^(P|H[1-6]|LI|BLOCKQUOTE|DD|DT|TD|TH|TR|DIV|SECTION|ARTICLE|MAIN|HEADER|UL|OL|DL|TABLE|TBODY|FIGURE|ADDRESS|CAPTION|DETAILS|SUMMARY|CENTER|HR|BR)$/;
  const CONTAINER = /^(DIV|SECTION|UL|OL|DL|TABLE)$/;
  const win = doc.defaultView;
  const clean = (s) => String(s || '').replace(/\s+/g, ' ').trim();
  const words = (s) => (s ? s.split(' ').length : 0);
  const same = (a, b) => clean(a).toLowerCase() === clean(b).toLowerCase();

  const meta = (sel) => {
    const m = doc.querySelector(sel);
    return m ? clean(m.getAttribute('content')) : '';
  };
  const pageTitle = () => {
    const parts = clean(doc.title).split(/\s+[|\u2013\u2014\u00b7-]\s+/);
    return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  };
  const findTitle = (root) => {
    const h1 = (root && root.querySelector('h1')) || doc.querySelector('h1');
    const h = h1 ? clean(h1.textContent) : '';
    const og = meta('meta[property="og:title"]') || meta('meta[name="twitter:title"]');
    if (og) return h && h.length > 10 && og.toLowerCase().includes(h.toLowerCase()) ? h : og;
    return h || pageTitle();
  };

  if (opts.selection !== false && win && win.getSelection) {
    const selected = String(win.getSelection() || '')
      .split(/[\r\n]+/)
      .map(clean)
      .filter(Boolean)
      .join('\n\n');
    if (selected.length >= MIN_SELECTION_CHARS) return { title: findTitle(null), text: selected, source: 'selection' };
  }

  const visible = (el) => {
    if (!win || !win.getComputedStyle) return true;
    if (el.checkVisibility) {
      if (el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return true;
      return win.getComputedStyle(el).display === 'contents';
    }
    const st = win.getComputedStyle(el);
    return st.display !== 'none' && st.visibility !== 'hidden';
  };
  const linkDensity = (el, total) => {
    let links = 0;
    for (const a of el.querySelectorAll('a')) links += clean(a.textContent).length;
    return total ? links / total : 0;
  };
  const noise = (el) => {
    const label = (typeof el.className === 'string' ? el.className : '') + ' ' + (el.id || '');
    return NOISE.test(label);
  };

  const extract = (root) => {
    const rootChars = clean(root.textContent).length || 1;
    const blocks = [];
    let cur = null;
    const flush = () => {
      if (cur) {
        const text = clean(cur.text);
        if (text) blocks.push({ text, tag: cur.tag, links: clean(cur.links).length / text.length });
      }
      cur = null;
    };
    const walk = (node, tag, inLink) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          if (!cur) cur = { text: '', links: '', tag };
          cur.text += child.data;
          if (inLink) cur.links += child.data;
          continue;
        }
        if (child.nodeType !== 1) continue;
        const kind = child.tagName.toUpperCase();
        if (child.matches(SKIP) || !visible(child)) continue;
        if (kind === 'HEADER' && !(child.parentElement && child.parentElement.closest('article'))) continue;
        if (CONTAINER.test(kind) || noise(child)) {
          const chars = clean(child.textContent).length;
          if (noise(child) && chars < 0.3 * rootChars) continue;
          if (CONTAINER.test(kind) && linkDensity(child, chars) > MAX_LINK_DENSITY) continue;
        }
        if (BLOCK.test(kind)) {
          flush();
          walk(child, /^(H[1-6]|LI|BLOCKQUOTE|DD|DT|TD|TH)$/.test(kind) ? kind : 'P', inLink);
          flush();
        } else {
          walk(child, tag, inLink || kind === 'A');
        }
      }
    };
    walk(root, 'P', false);
    flush();
    const title = findTitle(root);
    const kept = blocks.filter((b) => {
      if (b.links > MAX_LINK_DENSITY) return false;
      if (/^H[1-6]$/.test(b.tag)) return !(b.tag === 'H1' && same(b.text, title)) && words(b.text) <= 25;
      const n = words(b.text);
      return n >= MIN_WORDS || (n >= MIN_SENTENCE_WORDS && /[.!?]["'\u201d\u2019)\]]*$/.test(b.text));
    });
    const out = kept.filter((b, i) => !/^H[1-6]$/.test(b.tag) || (kept[i + 1] && !/^H[1-6]$/.test(kept[i + 1].tag)));
    return { title, text: out.map((b) => b.text).join('\n\n') };
  };

  const longest = (els) => {
    let best = null;
    for (const el of els) {
      if (!visible(el)) continue;
      const r = extract(el);
      if (!best || r.text.length > best.result.text.length) best = { el, result: r };
    }
    return best;
  };

  const body = doc.body || doc.documentElement;
  const scores = new Map();
  const excluded = (el) => {
    for (let e = el; e && e !== body; e = e.parentElement) if (e.matches(SKIP) || noise(e)) return true;
    return false;
  };
  for (const p of body.querySelectorAll('p')) {
    const t = clean(p.textContent);
    if (t.length < 80 || linkDensity(p, t.length) > 0.3 || excluded(p)) continue;
    const s = 1 + Math.min(3, t.length / 100);
    const up = p.parentElement;
    if (!up) continue;
    scores.set(up, (scores.get(up) || 0) + s);
    if (up.parentElement) scores.set(up.parentElement, (scores.get(up.parentElement) || 0) + s * 0.6);
  }
  let dense = null;
  for (const [el, s] of scores) if (el !== body && (!dense || s > dense.s)) dense = { el, s };
  const denseResult = dense && visible(dense.el) ? extract(dense.el) : null;
  const ref = denseResult ? denseResult.text.length : 0;

  const pick = (selector) => {
    const best = longest(body.querySelectorAll(selector));
    return best && best.result.text.length >= MIN_CHARS && best.result.text.length >= 0.5 * ref ? best.result : null;
  };
  const candidates = [
    ['article', () => pick('[itemprop~="articleBody"]')],
    ['article', () => pick('article,[role=article]')],
    ['content', () => (ref >= MIN_CHARS / 2 ? denseResult : null)],
    ['main', () => pick('main,[role=main]')],
    ['page', () => extract(body)],
  ];
  for (const [source, get] of candidates) {
    const r = get();
    if (r) return { title: r.title, text: r.text, source };
  }
  return { title: '', text: '', source: 'page' };
}
