// End-to-end tests of the offline and installable site and of the
// single-file build, in headless Chromium.
//
//   bash scripts/build-wasm.sh   # once: builds www/pkg/
//   node --test tests/e2e/offline.test.mjs
//
// The service-worker test serves a copy of www/ (in a temporary directory,
// with its own precache.js from scripts/build-site.mjs) under /salient/, so it
// can change a file to check updates, and then stops the server altogether:
// after that, anything not in the worker's cache would fail to load. The
// single-file build is written to a temporary file and opened from file://.

import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { buildSingleFile, writePrecache } from '../../scripts/build-site.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { fixture, paste, requireWasm, summaryTexts, waitForModule, watch, WWW } from './helpers.mjs';

const ARTICLE = fixture('ferry-aground.txt');

let tmp;
let context;

before(async () => {
  requireWasm();
  tmp = await mkdtemp(path.join(tmpdir(), 'salient-offline-'));
  context = await launchChromium(path.join(tmp, 'profile'));
});

after(async () => {
  await context?.close().catch(() => {});
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Waits until the site's caches are exactly `expected` (names). */
async function waitForCaches(page, expected) {
  await page.waitForFunction(
    async (want) => {
      const names = (await caches.keys()).filter((n) => n.startsWith('salient-'));
      return JSON.stringify(names) === JSON.stringify(want);
    },
    expected,
    { timeout: 15000, polling: 100 },
  );
}

describe('offline and installable', () => {
  test('after one visit the site summarises with the network off, under /salient/', async () => {
    const root = path.join(tmp, 'site');
    await cp(WWW, root, { recursive: true });
    const first = await writePrecache(root);
    let server = await startServer({ root, port: 0, base: '/salient/' });
    const { url } = server;
    try {
      const page = await context.newPage();
      const seen = watch(page);
      await page.goto(url);
      await waitForModule(page);

      // The service worker installs, precaches every file and takes over the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, url, 'the worker covers the site under its sub-path');
      await waitForCaches(page, [`salient-${first.version}`]);
      const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), `salient-${first.version}`);
      assert.deepEqual(cached.sort(), first.files.map((f) => new URL(f, url).href).sort(), 'every file of the site is cached');
      assert.ok(cached.some((u) => u.endsWith('/pkg/salient_bg.wasm')));

      // Installable: the manifest and its icons load, relative to the sub-path.
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector('link[rel="manifest"]');
        const res = await fetch(link.href);
        const json = await res.json();
        const icons = [];
        for (const icon of json.icons) {
          const r = await fetch(new URL(icon.src, link.href));
          const bytes = new Uint8Array(await r.arrayBuffer());
          icons.push({ src: icon.src, ok: r.ok, type: r.headers.get('content-type'), head: [...bytes.slice(0, 4)] });
        }
        return { json, icons };
      });
      assert.equal(manifest.json.start_url, './');
      assert.equal(manifest.json.display, 'standalone');
      assert.ok(manifest.json.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
      for (const icon of manifest.icons) {
        assert.ok(icon.ok, `${icon.src} loads`);
        if (icon.src.endsWith('.png')) assert.deepEqual(icon.head, [0x89, 0x50, 0x4e, 0x47], `${icon.src} is a PNG`);
      }

      // An update: a changed file gives a new version; the old cache is deleted.
      await appendFile(path.join(root, 'style.css'), '\n/* changed by offline.test.mjs */\n');
      const second = await writePrecache(root);
      assert.notEqual(second.version, first.version);
      await page.reload();
      await waitForModule(page);
      // The reload's update check finds the new precache.js: the new worker
      // installs, activates and deletes the old cache.
      await waitForCaches(page, [`salient-${second.version}`]);

      // Network off: no server at all, and the browser offline.
      await server.close();
      server = null;
      await context.setOffline(true);
      await page.reload();
      await waitForModule(page);
      await paste(page, ARTICLE);
      const sentences = await summaryTexts(page, 3);
      assert.ok(sentences.every((s) => ARTICLE.replace(/\s+/g, ' ').includes(s.replace(/\s+/g, ' '))));
      // The sample comes from the cache too.
      await page.locator('#sample').click();
      await page.waitForFunction(() => document.getElementById('input').value.length > 1000);
      await summaryTexts(page, 3);
      assert.deepEqual(seen.problems, [], 'no errors, online or offline');
      await page.close();
    } finally {
      await context.setOffline(false);
      await server?.close();
    }
  });

  test('the single-file build works from file:// with no network', async () => {
    const out = path.join(tmp, 'salient.html');
    const { bytes } = await buildSingleFile({ root: WWW, out });
    console.log(`single-file build: ${bytes} bytes`);
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(pathToFileURL(out).href);
    await waitForModule(page);
    await paste(page, ARTICLE);
    const sentences = await summaryTexts(page, 3);

    // The same summary as the served page.
    const server = await startServer({ root: WWW, port: 0, base: '/salient/' });
    try {
      const served = await context.newPage();
      await served.goto(server.url);
      await waitForModule(served);
      await paste(served, ARTICLE);
      assert.deepEqual(await summaryTexts(served, 3), sentences);
      await served.close();
    } finally {
      await server.close();
    }

    // The bookmarklet cannot be offered from a file.
    assert.equal(await page.locator('a#bookmarklet').getAttribute('href'), null);
    assert.match(await page.locator('#bookmarklet-status').textContent(), /opened from a file/);
    const foreign = seen.requests.filter((u) => !/^(file|blob|data):/.test(u));
    assert.deepEqual(foreign, [], 'nothing is fetched from a network');
    assert.deepEqual(seen.problems, []);
    await page.close();
  });
});
