// Text passed to the page in the URL fragment, by the bookmarklet on pages
// whose Content-Security-Policy does not let it show its overlay.
//
//   #text=<base64url of the deflate-raw compressed UTF-8 text>
//   #plain=<percent-encoded text>        (browsers without CompressionStream)
//
// At start-up (and when the fragment changes) the page takes the text, removes the fragment from the address
// bar (history.replaceState, so reloading or sharing the URL does not carry
// the article around), puts the text in #input and summarises it. Fragments
// never reach a server.

import { loadText, setStatus } from './main.js';

/** Encodes text as the `text=` fragment value (see the format above). */
export async function packText(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 32768) bin += String.fromCharCode(...bytes.subarray(i, i + 32768));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a `text=` fragment value. Throws on anything malformed. */
export async function unpackText(value) {
  const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
}

/**
 * The text in a fragment (`#text=...` or `#plain=...`), or null when the
 * fragment carries none. Rejects when it is malformed.
 */
export async function textFromFragment(hash) {
  const m = /^#?(text|plain)=(.*)$/s.exec(hash);
  if (!m) return null;
  return m[1] === 'text' ? unpackText(m[2]) : decodeURIComponent(m[2]);
}

/** Takes text from the address bar's fragment, if any, and summarises it. */
async function start() {
  const { hash } = window.location;
  if (!/^#(text|plain)=/.test(hash)) return;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
  try {
    const text = await textFromFragment(hash);
    if (text) loadText(text);
  } catch (err) {
    setStatus(`The text passed in the link could not be read (${err?.message ?? err}). Paste it instead.`, 'error');
  }
}

start();
// A link with text opened in a tab that already shows the page.
window.addEventListener('hashchange', start);
