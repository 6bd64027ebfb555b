// The install section (the bookmarklet link, its copy button and the
// per-browser instructions) and the service worker that makes the site work
// offline.
//
// The bookmarklet is put together here for the site this file is served from
// (computed from this module's URL, so it works under a sub-path such as
// https://user.github.io/salient/), from the loader (bookmarklet/loader.js)
// that the site build minified with terser into bookmarklet/minified.js
// (scripts/build-site.mjs); the extractor is the site's (the overlay module
// loads it). That module is loaded, and the link built, only once the page
// is idle: the first summary never waits for it.

import { copyText } from './copy.js';

/** The salient site: the directory this module is served from, ending in `/`. */
export const SITE = new URL('./', import.meta.url).href;

/** The bookmarklet's JavaScript for the site at `site` (absolute, ending in `/`). */
export async function bookmarkletSource(site = SITE) {
  let built;
  try {
    built = await import('./bookmarklet/minified.js');
  } catch {
    throw new Error('bookmarklet/minified.js is missing: build the site with `make site`');
  }
  return `void${built.LOADER}(${JSON.stringify(site)})`;
}

/**
 * The bookmarklet as a `javascript:` URL. `%` and every character outside
 * printable ASCII are percent-encoded (a URL parser would drop raw newlines).
 */
export async function bookmarkletHref(site = SITE) {
  const encoded = (await bookmarkletSource(site)).replace(/[^\x20-\x7e]|%/gu, (c) => encodeURIComponent(c));
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

/**
 * Fills in the install section. The bookmarklet link gets its `javascript:`
 * URL (and `data-site`, which tests wait for) once the page is idle.
 */
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
  const details = document.querySelector(`[data-browser="${browserFamily()}"]`);
  if (details instanceof HTMLDetailsElement) details.open = true;
  whenIdle(async () => {
    try {
      wireBookmarklet(link, copyButton, say, await bookmarkletHref());
    } catch (err) {
      say(`The bookmarklet could not be built (${err?.message ?? err}). Reload the page to try again.`);
    }
  });
}

/** Gives the bookmarklet link its URL and its copy button something to copy. */
function wireBookmarklet(link, copyButton, say, href) {
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
}

/** Runs `fn` when the page is idle (within a second at the latest). */
function whenIdle(fn) {
  if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 0);
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
    whenIdle(registerServiceWorker);
  };
  window.addEventListener('salient:worker-ready', start, { once: true });
  setTimeout(start, 5000);
}

setUpInstallSection();
registerWhenSettled();
