// A page handed over by the bookmarklet, on pages whose Content-Security-
// Policy does not let it run salient there (see bookmarklet/loader.js):
//
//   #handover     the bookmarklet opened this tab and waits: this page tells
//                 its opener it is ready ({ type: 'salient-ready' }) and takes
//                 exactly one message, from its opener: { type: 'salient-page',
//                 html, url } or { type: 'salient-text', text } (a selection).
//                 Then it drops its link to the opener.
//   #page=<v>     the same page's HTML in the fragment (where the opener link
//                 was cut, e.g. by Cross-Origin-Opener-Policy): base64url of
//                 the deflate-raw compressed UTF-8 HTML.
//
// The HTML is parsed with DOMParser (an inert document: nothing runs,
// nothing loads) and the article extracted with extract.js, the code the
// bookmarklet runs on pages that allow it; the text goes in the box and is
// summarised. The fragment is removed from the address bar first.

import { loadText, setStatus } from './main.js';
import { htmlToArticle, NOT_AN_ARTICLE } from './file-input.js';
import { unpackText } from './fragment.js';

/** Largest page accepted, in characters of HTML. */
export const MAX_HTML_CHARS = 20_000_000;

/** Paragraphs of a selection: one per line. */
function selectionText(text) {
  return text
    .split(/[\r\n]+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

async function summarisePage(html) {
  if (typeof html !== 'string' || html.length > MAX_HTML_CHARS) {
    setStatus('The page handed over is too big to read here. Select the article text and use the bookmarklet again.', 'error');
    return;
  }
  const { text, looksLikeArticle } = await htmlToArticle(html);
  const note = looksLikeArticle === false ? `The page handed over ${NOT_AN_ARTICLE} Select the text you want summarised and use the bookmarklet again.` : '';
  if (text.trim()) loadText(text, note);
  else setStatus('No article text was found in the page handed over. Select the text and use the bookmarklet again.', 'error');
}

function waitForOpener() {
  const opener = window.opener;
  if (!opener) {
    // The page that opened this tab cut the link (Cross-Origin-Opener-Policy):
    // it offers to show the summary in its own tab instead.
    setStatus('Nothing was handed over: the page you came from does not let salient pass its text to this tab. Go back to it to open the summary there.', 'error');
    window.close();
    return;
  }
  const onMessage = (event) => {
    if (event.source !== opener) return;
    const data = event.data;
    if (!data || (data.type !== 'salient-page' && data.type !== 'salient-text')) return;
    // Exactly one message is taken.
    window.removeEventListener('message', onMessage);
    window.opener = null;
    const run = data.type === 'salient-text' ? Promise.resolve(loadText(selectionText(String(data.text ?? '')))) : summarisePage(data.html);
    run.catch((err) => setStatus(`The page handed over could not be read (${err?.message ?? err}).`, 'error'));
  };
  window.addEventListener('message', onMessage);
  // The ready signal carries nothing, so it may go to whatever origin the
  // opener has; what comes back is checked above.
  opener.postMessage({ type: 'salient-ready' }, '*');
}

async function start() {
  const { hash } = window.location;
  if (hash !== '#handover' && !hash.startsWith('#page=')) return;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  if (hash === '#handover') {
    waitForOpener();
    return;
  }
  try {
    await summarisePage(await unpackText(hash.slice('#page='.length)));
  } catch (err) {
    setStatus(`The page passed in the link could not be read (${err?.message ?? err}). Paste its text instead.`, 'error');
  }
}

start();
