// The install section (the bookmarklet link, its copy button and the
// per-browser instructions) and the service worker that makes the site work
// offline.
//
// The bookmarklet is built here, for the site this file is served from
// (computed from this module's URL, so it works under a sub-path such as
// https://user.github.io/salient/): the loader (bookmarklet/loader.js) and the
// article extractor (extract.js) are embedded as source text, minified by
// minifySource() below (comments and spaces out, nothing renamed).

import { salientLoader } from './bookmarklet/loader.js';
import { extractArticle } from './extract.js';
import { copyText } from './copy.js';
import { minifySource } from './bookmarklet/minify.js';

/** The salient site: the directory this module is served from, ending in `/`. */
export const SITE = new URL('./', import.meta.url).href;

/** The bookmarklet's JavaScript for the site at `site` (absolute, ending in `/`). */
export function bookmarkletSource(site = SITE) {
  return `void(${minifySource(String(salientLoader))})(${JSON.stringify(site)},${minifySource(String(extractArticle))})`;
}

/**
 * The bookmarklet as a `javascript:` URL. `%` and every character outside
 * printable ASCII are percent-encoded (a URL parser would drop raw newlines).
 */
export function bookmarkletHref(site = SITE) {
  const encoded = bookmarkletSource(site).replace(/[^\x20-\x7e]|%/gu, (c) => encodeURIComponent(c));
  return `javascript:${encoded}`;
}

/** Which browser's instructions to open first, from the user agent. */
function browserFamily() {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Mobile|Android|iPhone|iPad/.test(ua)) return 'mobile';
  if (/Safari\//.test(ua) && !/Chrome\/|Chromium\//.test(ua)) return 'safari';
  return 'chromium';
}

function setUpInstallSection() {
  const link = document.getElementById('bookmarklet');
  if (!link) return;
  const status = document.getElementById('bookmarklet-status');
  const copyButton = document.getElementById('bookmarklet-copy');
  const say = (text) => {
    if (status) status.textContent = text;
  };
  if (!/^https?:$/.test(location.protocol)) {
    // The single-file build: a page on disk cannot serve the bookmarklet's modules.
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
    if (copyButton) copyButton.disabled = true;
    say('The bookmarklet needs salient served from a web site (for example its GitHub Pages site); this copy was opened from a file.');
    return;
  }
  const href = bookmarkletHref();
  link.href = href;
  link.dataset.site = SITE;
  // Clicking it here would only run it on salient itself (and this page's CSP forbids that).
  link.addEventListener('click', (event) => {
    event.preventDefault();
    say('Drag this button to your bookmarks bar, or copy it and paste it as a bookmark\u2019s address.');
  });
  copyButton?.addEventListener('click', async () => {
    const ok = await copyText(href);
    say(ok
      ? 'Copied. Create a bookmark and paste it as the address (URL).'
      : 'Copying was refused by the browser: drag the button to your bookmarks bar instead.');
  });
  const details = document.querySelector(`[data-browser="${browserFamily()}"]`);
  if (details instanceof HTMLDetailsElement) details.open = true;
}

/** Registers the service worker (sw.js) that precaches the whole site. */
async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  try {
    // Scope: the directory of sw.js, i.e. the whole site. 'none': the update
    // check never takes sw.js or precache.js from the HTTP cache.
    await navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { updateViaCache: 'none' });
  } catch (err) {
    console.warn(`salient: offline use is not available (${err?.message ?? err})`);
  }
}

/**
 * Registers the service worker once the summariser's worker has loaded (main.js
 * announces it with a `salient:worker-ready` event) and the page is idle, so
 * that precaching the site, the .wasm included, never competes with the
 * first summary. A page whose summariser never loads still registers, later.
 */
function registerWhenSettled() {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const idle = window.requestIdleCallback ?? ((fn) => setTimeout(fn, 0));
    idle(() => registerServiceWorker(), { timeout: 1000 });
  };
  window.addEventListener('salient:worker-ready', start, { once: true });
  setTimeout(start, 5000);
}

setUpInstallSection();
registerWhenSettled();
