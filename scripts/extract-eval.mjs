#!/usr/bin/env node
// Article extraction in Chromium, on Mozilla Readability's test pages:
//
//   node scripts/extract-eval.mjs [--dir DIR] [--page NAME]... [--cold] [--repeat N] [--readability] [--json FILE] [--root DIR]
//
// DIR (default ../shared/extract/readability) holds one folder per page with
// source.html, Readability's expected.html and expected-metadata.json (not
// part of the repository; without it the tool says so and exits 0).
//
// Each page's HTML is parsed with DOMParser in a page of the site (nothing
// runs, nothing loads) and given to www/extract.js's extractArticle(doc,
// { selection: false }), the function the bookmarklet, the hosted page and
// opened files use. Printed per page: tokens of Readability's expected text,
// precision, recall and F1 of our tokens against them (over token counts),
// extraction time, and whether the title is Readability's. Then the mean and
// median F1, titles right, empty results on pages where Readability found 50
// tokens or more, and the median and largest extraction time.
//
// Tokens: lower-cased runs of letters and digits; every character of the
// scripts written without spaces (Han, kana, Hangul, Thai...) on its own;
// the same rule as the native tool (examples/extract_eval.rs).
//
// Times are of extractArticle alone (the document is parsed before), in one
// tab where the wasm has warmed up on the pages before; --cold opens a fresh
// tab for every page (the module instantiated anew, the bookmarklet's case).
// --repeat N extracts each page N times (from a fresh parse each time) and
// keeps the median time, so that one busy moment of a shared machine does not
// decide a page's figure.
//
// --readability runs @mozilla/readability (npm, a dev dependency: a
// reference, never shipped) on the same documents instead, as a check of
// the measure (it should score close to 1).
//
// Needs the wasm package (bash scripts/build-wasm.sh), playwright-core and
// Chromium at /usr/bin/chromium (or CHROMIUM_PATH).

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = {
    dir: path.resolve(REPO, '..', 'shared', 'extract', 'readability'),
    pages: [],
    readability: false,
    cold: false,
    repeat: 1,
    json: null,
    root: path.join(REPO, 'www'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dir') opts.dir = path.resolve(argv[++i]);
    else if (a === '--page') opts.pages.push(argv[++i]);
    else if (a === '--readability') opts.readability = true;
    else if (a === '--cold') opts.cold = true;
    else if (a === '--repeat') opts.repeat = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--json') opts.json = path.resolve(argv[++i]);
    else if (a === '--root') opts.root = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/extract-eval.mjs [--dir DIR] [--page NAME]... [--cold] [--repeat N] [--readability] [--json FILE] [--root DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u{20000}-\u{2ffff}]/u;

/** Token counts of a text (see the header). */
export function tokens(text) {
  const out = new Map();
  const add = (t) => out.set(t, (out.get(t) ?? 0) + 1);
  let word = '';
  for (const c of text) {
    if (UNSPACED.test(c)) {
      if (word) add(word);
      word = '';
      add(c);
    } else if (/[\p{L}\p{N}]/u.test(c)) {
      word += c.toLowerCase();
    } else {
      if (word) add(word);
      word = '';
    }
  }
  if (word) add(word);
  return out;
}

/** Precision, recall and F1 of token counts `got` against `want`. */
export function prf(got, want) {
  let common = 0;
  let g = 0;
  let w = 0;
  for (const [t, n] of got) {
    g += n;
    common += Math.min(n, want.get(t) ?? 0);
  }
  for (const n of want.values()) w += n;
  const p = g ? common / g : 0;
  const r = w ? common / w : 0;
  const f1 = !g && !w ? 1 : p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, got: g, want: w };
}

const fold = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.dir)) {
    console.log(`skipped: ${path.relative(process.cwd(), opts.dir)} not found (the test pages are not part of the repository)`);
    return;
  }
  let names = readdirSync(opts.dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(opts.dir, e.name, 'source.html')))
    .map((e) => e.name)
    .sort();
  if (opts.pages.length) names = names.filter((n) => opts.pages.includes(n));

  let readabilitySource = null;
  if (opts.readability) {
    const require = createRequire(import.meta.url);
    readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  }

  const server = await startServer({ root: opts.root, port: 0, base: '/', host: '127.0.0.1' });
  const profile = mkdtempSync(path.join(tmpdir(), 'salient-extract-eval-'));
  const context = await launchChromium(profile);
  const rows = [];
  try {
    const problems = [];
    // A blank page of the site's origin (no CSP of its own), from which the
    // site's modules are imported.
    const blank = `${server.url}__extract-eval__.html`;
    await context.route(blank, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>extract eval</title>' }),
    );
    const openTab = async () => {
      const tab = await context.newPage();
      tab.on('pageerror', (e) => problems.push(e.message));
      await tab.goto(blank);
      if (readabilitySource) await tab.addScriptTag({ content: readabilitySource });
      else {
        await tab.evaluate(async (warm) => {
          const m = await import('./extract.js');
          globalThis.__extract = m.extractArticle;
          await m.loadExtractor();
          // Warm up on a small page (the wasm compiles on first use).
          if (warm) await m.extractArticle(new DOMParser().parseFromString('<p>warm up</p>', 'text/html'), { selection: false });
        }, !opts.cold);
      }
      return tab;
    };
    let page = opts.cold ? null : await openTab();
    console.log(`${'page'.padEnd(42)} ${'tokens'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'ms'.padStart(7)}  title`);
    for (const name of names) {
      const dir = path.join(opts.dir, name);
      const source = readFileSync(path.join(dir, 'source.html'), 'utf8');
      const expectedHtml = readFileSync(path.join(dir, 'expected.html'), 'utf8');
      let meta = {};
      try {
        meta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8'));
      } catch {
        meta = {};
      }
      if (opts.cold) page = await openTab();
      const r = await page.evaluate(
        async ({ source, expectedHtml, useReadability, repeat }) => {
          const parser = new DOMParser();
          const expected = parser.parseFromString(expectedHtml, 'text/html').body.textContent;
          const times = [];
          let article;
          for (let i = 0; i < repeat; i++) {
            const doc = parser.parseFromString(source, 'text/html');
            const t0 = performance.now();
            if (useReadability) {
              // eslint-disable-next-line no-undef
              const res = new Readability(doc).parse();
              article = { title: res?.title ?? '', text: res?.textContent ?? '' };
            } else {
              article = await globalThis.__extract(doc, { selection: false });
            }
            times.push(performance.now() - t0);
          }
          times.sort((a, b) => a - b);
          const ms = times[(times.length - 1) >> 1];
          return { expected, title: article.title ?? '', text: article.text ?? '', ms };
        },
        { source, expectedHtml, useReadability: Boolean(readabilitySource), repeat: opts.cold ? 1 : opts.repeat },
      );
      if (opts.cold) await page.close();
      const score = prf(tokens(r.text), tokens(r.expected));
      const wantTitle = fold(meta.title);
      const titleOk = wantTitle !== '' && fold(r.title) === wantTitle;
      rows.push({ name, ...score, ms: r.ms, titleOk, hasTitle: wantTitle !== '', title: r.title, wantTitle });
      const mark = !wantTitle ? '-' : titleOk ? 'ok' : `${JSON.stringify(fold(r.title))} want ${JSON.stringify(wantTitle)}`;
      console.log(
        `${name.padEnd(42)} ${String(score.want).padStart(6)} ${score.p.toFixed(3).padStart(6)} ${score.r.toFixed(3).padStart(6)} ${score.f1.toFixed(3).padStart(6)} ${r.ms.toFixed(1).padStart(7)}  ${mark}`,
      );
    }
    if (problems.length) console.log(`page errors: ${problems.join('; ')}`);
  } finally {
    await context.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  if (!rows.length) {
    console.log('no pages');
    return;
  }
  const f1s = rows.map((r) => r.f1).sort((a, b) => a - b);
  const n = f1s.length;
  const mean = f1s.reduce((a, b) => a + b, 0) / n;
  const median = n % 2 ? f1s[(n - 1) / 2] : (f1s[n / 2 - 1] + f1s[n / 2]) / 2;
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  const tm = n % 2 ? times[(n - 1) / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  const empty = rows.filter((r) => r.got === 0 && r.want >= 50).map((r) => r.name);
  const titled = rows.filter((r) => r.hasTitle);
  console.log('');
  console.log(`pages ${n}: mean F1 ${mean.toFixed(4)}, median F1 ${median.toFixed(4)}`);
  console.log(`titles right ${titled.filter((r) => r.titleOk).length}/${titled.length}`);
  console.log(`empty results (>= 50 expected tokens): ${empty.length}${empty.length ? ` (${empty.join(', ')})` : ''}`);
  console.log(`extraction time in Chromium: median ${tm.toFixed(2)} ms, max ${times[n - 1].toFixed(2)} ms (${rows.find((r) => r.ms === times[n - 1]).name})`);
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ mean, median, rows }, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
