#!/usr/bin/env node
// Benchmark of the page as a reader uses it, in headless Chromium:
//
//   1. paste: a real paste (the text put on the clipboard, then Ctrl+V in the
//      text box) of typical articles, from the paste event to the summary on
//      screen: the first paste after the page has loaded, and a later paste
//      over it (select all, Ctrl+V), each article on a freshly loaded page;
//   2. huge: a paste of 5,000,000 characters (the page's limit): the longest
//      main-thread tasks until the result is complete, then while the reader
//      opens the set-aside list and scrolls the article view, beside the same
//      paste into a bare <textarea> on an empty page (the browser's own cost),
//      and select all (Ctrl+A) in the box, on the page and in the bare one;
//   3. visit: the first summary of a first visit to `?sample` (what `make
//      serve` opens), stamped inside the page: a MutationObserver sees the
//      first `#summary li` and reads performance.now() (milliseconds from
//      navigation start); each visit in a fresh profile, in a browser just
//      started and in one that has idled a second on about:blank first;
//   4. bytes: what a first visit downloads, counted at the server
//      (scripts/serve.mjs compresses with gzip and answers revalidations with
//      304s, as GitHub Pages does), until the first summary and then for the
//      service worker's precache.
//
// The articles are generated (www/bench-inputs.js: English news articles of
// 600-900 words) plus the page's sample (www/sample.txt); the 5,000,000
// characters are generated English news and long reads (--huge mixed: the
// mixed-language series). Nothing from ../shared.
//
//   make site                              # once: the wasm and the site build
//   node scripts/bench-page.mjs [--only paste|huge|visit|bytes]... [--articles N] [--visits N] [--huge en|mixed] [--root DIR]
//
// Prints markdown tables and writes test-output/bench-page.json. Figures,
// not pass/fail: the targets are in README ("Speed and size").

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM, launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { requireBuilt } from './built.mjs';
import { generate, MIX, NEWS, STYLES, wordCount } from '../www/bench-inputs.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'test-output');
const SECTIONS = ['paste', 'huge', 'visit', 'bytes'];
/**
 * How often the driver checks the page, in ms: by a timer, not Playwright's
 * default of every animation frame, which would make the page render frames
 * it otherwise would not (and those are what is measured).
 */
const POLL = 50;
/** The page's input limit (www/main.js MAX_CHARS). */
const HUGE_CHARS = 5_000_000;

function parseArgs(argv) {
  const opts = { only: [], articles: 8, visits: 7, huge: 'en', root: path.join(REPO, 'www') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') opts.only.push(argv[++i]);
    else if (a === '--articles') opts.articles = Number(argv[++i]);
    else if (a === '--visits') opts.visits = Number(argv[++i]);
    else if (a === '--huge') opts.huge = argv[++i];
    else if (a === '--root') opts.root = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/bench-page.mjs [--only paste|huge|visit|bytes]... [--articles N] [--visits N] [--huge en|mixed] [--root DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  for (const s of opts.only) if (!SECTIONS.includes(s)) throw new Error(`--only takes ${SECTIONS.join(', ')}`);
  if (!['en', 'mixed'].includes(opts.huge)) throw new Error('--huge takes en or mixed');
  if (!opts.only.length) opts.only = SECTIONS;
  return opts;
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};
const fmt = (ms) => (ms == null || !Number.isFinite(ms) ? '–' : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const spread = (xs) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}-${fmt(Math.max(...xs))})`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Typical articles: generated English news of 600-900 words, then the page's sample. */
function articles(root, count) {
  const lexicon = JSON.parse(readFileSync(path.join(root, 'bench-lexicon.json'), 'utf8'));
  const out = [];
  for (let seed = 1; out.length < count - 1 && seed < 1000; seed++) {
    const text = generate(lexicon, { ...NEWS, seed });
    const words = wordCount(text);
    if (words >= 600 && words <= 900) out.push({ name: `news ${seed}`, text, words });
  }
  const sample = readFileSync(path.join(root, 'sample.txt'), 'utf8');
  out.push({ name: 'sample.txt', text: sample, words: wordCount(sample) });
  return out;
}

/**
 * 5,000,000 characters of generated text: English news and long reads (a
 * book-sized paste), or with `mixed` the mixed-language series (Chinese,
 * Japanese and Arabic in it: far harder for the browser to lay out).
 */
function hugeText(root, kind) {
  const lexicon = JSON.parse(readFileSync(path.join(root, 'bench-lexicon.json'), 'utf8'));
  const langs = kind === 'mixed' ? MIX : ['en'];
  let text = generate(lexicon, { bytes: 8_000_000, langs, styles: STYLES, seed: 1 });
  if (text.length < HUGE_CHARS) throw new Error('the generated text is shorter than 5,000,000 characters');
  text = text.slice(0, HUGE_CHARS);
  if (/[\ud800-\udbff]$/.test(text)) text = `${text.slice(0, -1)} `;
  return text;
}

/**
 * What the page records (an init script, before any of the page's code):
 * each paste event's time, and the moment the first new `#summary li` after
 * it is in the DOM (`domAt`), its text painted (`paintAt`, Element Timing:
 * the li gets `elementtiming` before the frame that paints it) and the frame
 * after that (`frameAt`, a fallback); plus long tasks and long animation
 * frames, with the scripts that ran in them.
 */
function instrument() {
  const bench = { pastes: [], longTasks: [], frames: [], first: null };
  window.__bench = bench;
  let current = null;
  document.addEventListener(
    'paste',
    (event) => {
      current = { pasteAt: event.timeStamp, domAt: null, paintAt: null, frameAt: null };
      bench.pastes.push(current);
    },
    true,
  );
  new MutationObserver((records) => {
    const added = records.some((r) => r.target.id === 'summary' && [...r.addedNodes].some((n) => n.nodeName === 'LI'));
    if (!added) return;
    const now = performance.now();
    if (bench.first == null) {
      bench.first = now;
      console.log('salient-bench:first-summary');
    }
    if (current && current.domAt == null) {
      const p = current;
      p.domAt = now;
      document.querySelector('#summary li')?.setAttribute('elementtiming', `paste-${bench.pastes.length}`);
      requestAnimationFrame(() => setTimeout(() => (p.frameAt = performance.now()), 0));
    }
  }).observe(document, { childList: true, subtree: true });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // not supported: that list stays empty
    }
  };
  observe('element', (e) => {
    const m = /^paste-(\d+)$/.exec(e.identifier);
    const p = m && bench.pastes[Number(m[1]) - 1];
    if (p && p.paintAt == null) p.paintAt = e.renderTime || e.loadTime;
  });
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (e) =>
    bench.frames.push({
      start: e.startTime,
      duration: e.duration,
      renderStart: e.renderStart,
      styleAndLayoutStart: e.styleAndLayoutStart,
      scripts: e.scripts.map((s) => ({
        start: s.startTime,
        duration: s.duration,
        invoker: s.invoker,
        source: s.sourceURL,
        forcedStyleAndLayout: s.forcedStyleAndLayoutDuration,
      })),
    }),
  );
}

/** Opens `url` in a new page of `context` with the recorder; waits until the summariser is up. */
async function openInstrumented(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.waitForFunction(() => /^v\d/.test(document.getElementById('version')?.textContent ?? ''), null, { timeout: 30_000, polling: POLL });
  page.errors = errors;
  return page;
}

/** Puts `text` on the clipboard (the page has the permission) and pastes it into #input with Ctrl+V. */
async function realPaste(page, text, { selectAll = false } = {}) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('#input').focus();
  if (selectAll) await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/** Waits until the page shows the result of the latest input and its lists are complete. */
async function settled(page, timeout = 60_000) {
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout, polling: POLL });
}

async function lastPaste(page) {
  await page.waitForFunction(() => {
    const p = window.__bench.pastes.at(-1);
    return p && p.frameAt != null && (p.paintAt != null || performance.now() - p.frameAt > 500);
  }, null, { timeout: 30_000, polling: POLL });
  return page.evaluate(() => window.__bench.pastes.at(-1));
}

/** Milliseconds from the paste event to the summary painted (Element Timing; else the frame after). */
const latency = (p) => ((p.paintAt ?? p.frameAt) - p.pasteAt);

async function benchPaste(url, profile, list) {
  const context = await launchChromium(profile);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const rows = [];
  try {
    for (let i = 0; i < list.length; i++) {
      const article = list[i];
      const other = list[(i + 1) % list.length];
      const page = await openInstrumented(context, url);
      await sleep(300); // the reader finds the box
      await realPaste(page, article.text);
      const first = await lastPaste(page);
      await settled(page);
      const firstCheck = await page.evaluate(() => document.getElementById('input').value.length);
      if (firstCheck !== article.text.length) throw new Error(`paste of ${article.name}: the box holds ${firstCheck} characters`);
      await sleep(300);
      await realPaste(page, other.text, { selectAll: true });
      const later = await lastPaste(page);
      await settled(page);
      if (page.errors.length) throw new Error(page.errors.join('; '));
      rows.push({
        name: article.name,
        words: article.words,
        first: { ms: latency(first), dom: first.domAt - first.pasteAt, painted: first.paintAt != null },
        later: { ms: latency(later), dom: later.domAt - later.pasteAt, painted: later.paintAt != null },
      });
      process.stderr.write(`  ${article.name}: first ${fmt(latency(first))} ms, later ${fmt(latency(later))} ms\n`);
      await page.close();
    }
  } finally {
    await context.close();
  }
  return rows;
}

/** The main thread's long tasks and frames from `since` on, summarised. */
function longest(record, since, origin) {
  const tasks = record.longTasks.filter((t) => t.start + t.duration >= since);
  const frames = record.frames.filter((f) => f.start + f.duration >= since);
  const ours = (s) => s.source?.startsWith(origin);
  return {
    task: Math.max(0, ...tasks.map((t) => t.duration)),
    tasks: tasks.map((t) => Math.round(t.duration)),
    frame: Math.max(0, ...frames.map((f) => f.duration)),
    // The page's own script in one frame: what its own code ran, event listeners included.
    script: Math.max(0, ...frames.flatMap((f) => f.scripts.filter(ours).map((s) => s.duration))),
    scripts: frames.flatMap((f) => f.scripts.filter(ours).map((s) => ({ ms: Math.round(s.duration), invoker: s.invoker }))),
    // Every long frame: when (from `since`), how long, how much of it was rendering (style, layout, paint).
    frames: frames.map((f) => ({
      at: Math.round(f.start - since),
      ms: Math.round(f.duration),
      render: f.renderStart ? Math.round(f.start + f.duration - f.renderStart) : 0,
      layout: f.styleAndLayoutStart ? Math.round(f.start + f.duration - f.styleAndLayoutStart) : 0,
      scripts: f.scripts.map((s) => `${s.invoker} ${Math.round(s.duration)}`),
    })),
  };
}

/** Select all (Ctrl+A) in #input: the main thread's long tasks and frames that follow. */
async function selectAll(page, origin) {
  await page.locator('#input').focus();
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+A');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 1000))));
  return longest(await page.evaluate(() => window.__bench), t0, origin);
}

async function benchHuge(url, profile, text) {
  const context = await launchChromium(profile);
  const origin = new URL(url).origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const out = {};
  try {
    // The browser's own cost: the same paste into a bare text area on an empty page.
    const bare = await context.newPage();
    await bare.route(`${origin}/__bare.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>bare</title><textarea id="input"></textarea>' }),
    );
    await bare.addInitScript(instrument);
    await bare.goto(`${origin}/__bare.html`);
    await sleep(500);
    await realPaste(bare, text);
    await bare.waitForFunction((n) => document.getElementById('input').value.length === n, text.length, { timeout: 60_000, polling: POLL });
    await sleep(1500);
    const bareRecord = await bare.evaluate(() => window.__bench);
    out.bare = longest(bareRecord, bareRecord.pastes[0].pasteAt - 1, origin);
    out.bareSelect = await selectAll(bare, origin);
    await bare.close();

    const page = await openInstrumented(context, url);
    await sleep(500);
    await realPaste(page, text);
    await settled(page, 120_000);
    await sleep(1000);
    let record = await page.evaluate(() => window.__bench);
    const pasteAt = record.pastes[0].pasteAt;
    out.paste = longest(record, pasteAt - 1, origin);
    out.pasteToSummary = record.pastes[0].domAt - pasteAt;
    out.stats = await page.evaluate(() => ({
      chars: document.getElementById('input').value.length,
      summary: document.querySelectorAll('#summary li').length,
      removed: document.querySelectorAll('#removed li').length,
      blocks: document.querySelectorAll('#highlight .hl-chunk').length,
      decorated: document.querySelectorAll('#highlight .hl-chunk:has(.hl)').length,
    }));
    // The reader looks around: opens the set-aside list, scrolls the article view, jumps to the last summary sentence.
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('#removed-details > summary').click();
    await sleep(500);
    for (const f of [0.25, 0.5, 0.75, 1]) {
      await page.locator('#highlight').evaluate((el, x) => {
        el.scrollTop = x * (el.scrollHeight - el.clientHeight);
      }, f);
      await sleep(300);
    }
    await page.locator('#summary li').last().click();
    await sleep(1000);
    record = await page.evaluate(() => window.__bench);
    out.browse = longest(record, t0, origin);
    out.select = await selectAll(page, origin);
    if (page.errors.length) throw new Error(page.errors.join('; '));
    await page.close();
  } finally {
    await context.close();
  }
  return out;
}

/** One first visit of `?sample` in a fresh profile; `settle` ms on about:blank first. */
async function firstVisit(url, profile, settle) {
  const context = await launchChromium(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(instrument);
    if (settle) {
      await page.goto('about:blank');
      await sleep(settle);
    }
    const shown = page.waitForEvent('console', { predicate: (m) => m.text() === 'salient-bench:first-summary', timeout: 30_000 });
    await page.goto(`${url}?sample`);
    await shown;
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { firstSummaryMs: window.__bench.first, domContentLoadedMs: nav?.domContentLoadedEventStart ?? null };
    });
  } finally {
    await context.close();
  }
}

/** Counts the body bytes the server sends, per request. */
function countBytes(server) {
  const log = [];
  server.server.on('request', (req, res) => {
    let bytes = 0;
    for (const name of ['write', 'end']) {
      const original = res[name];
      res[name] = function (chunk, ...rest) {
        if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
        return original.call(this, chunk, ...rest);
      };
    }
    res.on('finish', () =>
      log.push({ path: req.url.split(/[?#]/)[0], status: res.statusCode, bytes }),
    );
  });
  return log;
}

async function benchBytes(server, root, profile) {
  const log = countBytes(server);
  const base = new URL(server.url).pathname;
  /** The size of the file a path names (what a 200 would carry uncompressed). */
  const size = (p) => {
    const file = path.join(root, decodeURIComponent(p.startsWith(base) ? p.slice(base.length) : p.slice(1)) || 'index.html');
    const real = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    return existsSync(real) ? statSync(real).size : 0;
  };
  const context = await launchChromium(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(instrument);
    const shown = page.waitForEvent('console', { predicate: (m) => m.text() === 'salient-bench:first-summary', timeout: 30_000 });
    await page.goto(`${server.url}?sample`);
    await shown;
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => (await caches.keys()).length > 0 && navigator.serviceWorker.controller != null, null, { timeout: 30_000, polling: POLL });
    await sleep(500);
    const sum = (rows) => ({
      requests: rows.length,
      sent: rows.reduce((n, r) => n + r.bytes, 0),
      files: rows.reduce((n, r) => n + (r.status === 200 ? size(r.path) : 0), 0),
      revalidated: rows.filter((r) => r.status === 304).length,
      list: rows.map((r) => `${r.path} ${r.status} ${r.bytes}`),
    });
    // The service worker's own script marks where its precache begins.
    const sw = log.findIndex((r) => r.path.endsWith('/sw.js'));
    const before = sw < 0 ? log.length : sw;
    return { page: sum(log.slice(0, before)), precache: sum(log.slice(before)) };
  } finally {
    await context.close();
  }
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  requireBuilt(opts.root, ['pkg/salient.js', 'pkg/salient_bg.wasm', 'precache.js'], 'make site');
  const server = await startServer({ root: opts.root, port: 0, base: '/salient/', host: '127.0.0.1' });
  const profiles = [];
  const fresh = () => {
    const p = mkdtempSync(path.join(tmpdir(), 'salient-bench-page-'));
    profiles.push(p);
    return p;
  };
  const results = { chromium: chromiumVersion(), cpu: readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown' };
  const lines = [`${results.chromium} (headless), ${results.cpu}`, ''];
  try {
    if (opts.only.includes('paste')) {
      process.stderr.write('paste to summary...\n');
      const list = articles(opts.root, Math.max(2, opts.articles));
      const rows = await benchPaste(server.url, fresh(), list);
      results.paste = rows;
      const firsts = rows.map((r) => r.first.ms);
      const laters = rows.map((r) => r.later.ms);
      const painted = rows.every((r) => r.first.painted && r.later.painted);
      lines.push(`| paste to summary on screen (${rows.length} articles, ${Math.min(...rows.map((r) => r.words))}-${Math.max(...rows.map((r) => r.words))} words) | median, ms | max, ms |`);
      lines.push('|---|---|---|');
      lines.push(`| first paste after load | ${fmt(median(firsts))} | ${fmt(Math.max(...firsts))} |`);
      lines.push(`| later paste (select all, paste another) | ${fmt(median(laters))} | ${fmt(Math.max(...laters))} |`);
      lines.push(`| all pastes | ${fmt(median([...firsts, ...laters]))} | ${fmt(Math.max(...firsts, ...laters))} |`);
      lines.push('');
      lines.push(painted ? '(on screen: the summary\'s text painted, by Element Timing)' : '(on screen: the frame after the summary was added; Element Timing gave no paint time)');
      lines.push('');
    }
    if (opts.only.includes('huge')) {
      process.stderr.write('5,000,000-character paste...\n');
      const h = await benchHuge(server.url, fresh(), hugeText(opts.root, opts.huge));
      results.huge = h;
      lines.push(`| 5,000,000-character paste, ${opts.huge === 'mixed' ? 'mixed languages' : 'English'} (${h.stats.summary} summary sentences, ${h.stats.removed} set aside, ${h.stats.blocks} blocks, ${h.stats.decorated} decorated) | longest task, ms | longest frame, ms | longest script of the page's own, ms |`);
      lines.push('|---|---|---|---|');
      lines.push(`| bare <textarea> on an empty page: the paste | ${fmt(h.bare.task)} | ${fmt(h.bare.frame)} | – |`);
      lines.push(`| the page: the paste until the result is complete (summary after ${fmt(h.pasteToSummary)} ms) | ${fmt(h.paste.task)} | ${fmt(h.paste.frame)} | ${fmt(h.paste.script)} |`);
      lines.push(`| the page: opening the set-aside list, scrolling the article view, jumping to a sentence | ${fmt(h.browse.task)} | ${fmt(h.browse.frame)} | ${fmt(h.browse.script)} |`);
      lines.push(`| bare <textarea>: select all (Ctrl+A) | ${fmt(h.bareSelect.task)} | ${fmt(h.bareSelect.frame)} | – |`);
      lines.push(`| the page: select all (Ctrl+A) in the box | ${fmt(h.select.task)} | ${fmt(h.select.frame)} | ${fmt(h.select.script)} |`);
      lines.push('');
      lines.push(`Long tasks (over 50 ms), bare: ${h.bare.tasks.join(', ') || 'none'}; page, paste: ${h.paste.tasks.join(', ') || 'none'}; page, browsing: ${h.browse.tasks.join(', ') || 'none'}`);
      lines.push('');
    }
    if (opts.only.includes('visit')) {
      process.stderr.write('first visits...\n');
      const visits = Math.max(1, opts.visits);
      const started = [];
      const running = [];
      for (let i = 0; i < visits; i++) {
        started.push(await firstVisit(server.url, fresh(), 0));
        running.push(await firstVisit(server.url, fresh(), 1000));
      }
      results.visit = { started, running };
      lines.push('| first visit of ?sample, fresh profile: first `#summary li` (in-page stamp) | ms from navigation: median (min-max) | DOMContentLoaded, ms |');
      lines.push('|---|---|---|');
      lines.push(`| browser just started (${visits} profiles) | ${spread(started.map((v) => v.firstSummaryMs))} | ${fmt(median(started.map((v) => v.domContentLoadedMs)))} |`);
      lines.push(`| browser running a second first (${visits} profiles) | ${spread(running.map((v) => v.firstSummaryMs))} | ${fmt(median(running.map((v) => v.domContentLoadedMs)))} |`);
      lines.push('');
    }
    if (opts.only.includes('bytes')) {
      process.stderr.write('bytes of a first visit...\n');
      const b = await benchBytes(server, opts.root, fresh());
      results.bytes = b;
      lines.push('| first visit of ?sample | requests (304s) | bytes sent (gzip) | files, uncompressed |');
      lines.push('|---|---|---|---|');
      lines.push(`| until the first summary | ${b.page.requests} (${b.page.revalidated}) | ${b.page.sent} | ${b.page.files} |`);
      lines.push(`| then the service worker's precache | ${b.precache.requests} (${b.precache.revalidated}) | ${b.precache.sent} | ${b.precache.files} |`);
      lines.push('');
    }
    console.log(lines.join('\n'));
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, 'bench-page.json');
    writeFileSync(file, JSON.stringify(results, null, 2));
    process.stderr.write(`wrote ${path.relative(REPO, file)}\n`);
  } finally {
    await server.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err?.stack ?? String(err));
  process.exit(1);
});
