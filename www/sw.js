// salient's service worker: after one visit the site works with no network.
//
// The list of files and the version come from precache.js, which
// scripts/build-site.mjs generates from the built site:
//
//   self.SALIENT_PRECACHE = { version: '<hash of every file>', files: ['./', 'index.html', ...] }
//
// - install: every listed file goes into the cache `salient-<version>`,
//   revalidated with the server (`no-cache`), so the copies match the
//   server's files while those the page has just loaded cost a 304, not a
//   second download.
// - activate: caches of other versions are deleted, and open pages are taken over.
// - fetch: a listed file is answered from the cache (cache first), anything
//   else goes to the network as usual.
//
// Any change to any file changes the version, hence precache.js, which the
// browser compares byte for byte on every update check (the page registers
// with updateViaCache 'none'): the new worker installs, takes over, and the
// next load uses the new files. Without precache.js there is no worker at all
// (registration fails), so a half-configured worker can never stick.

importScripts('./precache.js');

const PRECACHE = self.SALIENT_PRECACHE;
const PREFIX = 'salient-';
const CACHE = `${PREFIX}${PRECACHE.version}`;
const SCOPE = new URL(self.registration.scope);
const FILES = new Set(PRECACHE.files.map((f) => new URL(f, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...FILES].map((url) => new Request(url, { cache: 'no-cache' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

/** The precached URL a request is for (query and fragment ignored), or null. */
function precachedUrl(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (FILES.has(url.href)) return url.href;
  // A page address that names the directory's index.
  if (request.mode === 'navigate' && url.href.endsWith('/index.html')) {
    const dir = url.href.slice(0, -'index.html'.length);
    if (FILES.has(dir)) return dir;
  }
  return null;
}

self.addEventListener('fetch', (event) => {
  const url = precachedUrl(event.request);
  if (!url) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url, { ignoreVary: true });
      return hit ?? fetch(event.request);
    })(),
  );
});
