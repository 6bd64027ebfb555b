#!/usr/bin/env node
// Browser benchmark of salient's WebAssembly module in headless Chromium
// (or, with --engine, in Firefox or WebKitGTK: scripts/engines.mjs):
// opens www/bench.html?auto, which times summarize() and analyze() in the
// module on the generated inputs (1 KB to 10 MB, plus one news article and
// the page's sample), median of repeated runs. (The page itself, from the
// first visit to a paste, is scripts/bench-page.mjs.)
//
// Prints a markdown table and writes test-output/bench-browser.json.
//
//   bash scripts/build-wasm.sh            # once: builds www/pkg/
//   node scripts/bench-browser.mjs [--quick] [--only NAME]... [--budget MS] [--root DIR]
//                                  [--engine chromium|firefox|webkit]
//
// --root serves another copy of the site (e.g. a build with other settings).
// --engine firefox or webkit writes test-output/bench-browser-ENGINE.json.
//
// Needs playwright-core (package.json) and Chromium at /usr/bin/chromium
// (or CHROMIUM_PATH), or the engine's browser (make browsers); never
// downloads a browser.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM, launchChromium } from './chromium.mjs';
import { launchEngine } from './engines.mjs';
import { startServer } from './serve.mjs';
import { requireBuilt } from './built.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(REPO, 'www');
const OUT = path.join(REPO, 'test-output');

function parseArgs(argv) {
  const opts = { quick: false, only: [], budget: null, root: WWW, engine: 'chromium' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--only') opts.only.push(argv[++i]);
    else if (a === '--budget') opts.budget = Number(argv[++i]);
    else if (a === '--root') opts.root = path.resolve(argv[++i]);
    else if (a === '--engine') opts.engine = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/bench-browser.mjs [--quick] [--only NAME]... [--budget MS] [--root DIR] [--engine chromium|firefox|webkit]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!['chromium', 'firefox', 'webkit'].includes(opts.engine)) throw new Error(`unknown engine ${opts.engine}`);
  return opts;
}

function fmt(ms) {
  if (ms == null || !Number.isFinite(ms)) return '–';
  if (ms < 1) return ms.toFixed(3);
  if (ms < 100) return ms.toFixed(2);
  return ms.toFixed(0);
}

/**
 * Waits for bench.html in a page, printing its status as it changes, and
 * returns its result object. `evaluate(fn)` runs `fn` in the page;
 * `errors` is filled with the page's errors where the driver reports them.
 */
async function benchResult(evaluate, errors = []) {
  let last = '';
  for (;;) {
    const { state, status } = await evaluate(() => ({
      state: document.body.dataset.state ?? '',
      status: document.getElementById('status')?.textContent ?? '',
    }));
    if (state === 'done') break;
    if (state === 'failed') throw new Error(`bench.html failed: ${await evaluate(() => window.benchError)}`);
    if (status !== last) {
      process.stderr.write(`  ${status}\n`);
      last = status;
    }
    if (errors.length) throw new Error(`bench.html: ${errors.join('; ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return evaluate(() => window.benchResult);
}

/** Runs bench.html in Chromium and returns its result object. */
async function runBenchPage(context, url, opts) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${url}bench.html?${benchQuery(opts)}`);
  const result = await benchResult((fn) => page.evaluate(fn), errors);
  await page.close();
  return result;
}

/** bench.html's query for `opts`. */
function benchQuery(opts) {
  const q = new URLSearchParams({ auto: '' });
  if (opts.quick) q.set('quick', '');
  if (opts.only.length) q.set('only', opts.only.join(','));
  if (opts.budget) q.set('budget', String(opts.budget));
  return q;
}

/**
 * Runs bench.html in Firefox or WebKit (scripts/engines.mjs). These drivers
 * give no console events: bench.html's own 'failed' state reports errors.
 */
async function runBenchEngine(name, url, opts) {
  const browser = await launchEngine(name);
  try {
    const tab = await browser.open(`${url}bench.html?${benchQuery(opts)}`);
    const bench = await benchResult((fn) => tab.evaluate(fn));
    return { bench, version: `${name} ${browser.version}`, display: browser.display };
  } finally {
    await browser.close();
  }
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function nativeChecksums() {
  // the Rust generator's expected checksums (benches/inputs/mod.rs)
  const src = readFileSync(path.join(REPO, 'benches', 'inputs', 'mod.rs'), 'utf8');
  const map = new Map();
  for (const m of src.matchAll(/\("([^"]+)", "([0-9a-f]{8})"\)/g)) map.set(m[1], m[2]);
  return map;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  requireBuilt(opts.root, ['pkg/salient.js', 'pkg/salient_bg.wasm'], 'make wasm');
  const server = await startServer({ root: opts.root, port: 0, base: '/', host: '127.0.0.1' });
  const profiles = [];
  const fresh = () => {
    const p = mkdtempSync(path.join(tmpdir(), 'salient-bench-'));
    profiles.push(p);
    return p;
  };
  try {
    // The benchmark page, in a fresh profile (no service worker).
    process.stderr.write('bench.html...\n');
    let bench;
    let version;
    let display = 'headless';
    if (opts.engine === 'chromium') {
      const context = await launchChromium(fresh());
      try {
        bench = await runBenchPage(context, server.url, opts);
      } finally {
        await context.close();
      }
      version = chromiumVersion();
    } else {
      ({ bench, version, display } = await runBenchEngine(opts.engine, server.url, opts));
    }

    const expected = nativeChecksums();
    const mismatched = bench.rows.filter((r) => expected.has(r.name) && expected.get(r.name) !== r.checksum);
    const cpu = (() => {
      try {
        return readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown';
      } catch {
        return 'unknown';
      }
    })();

    const lines = [];
    lines.push(`salient ${bench.version} in ${version} (${display}), ${cpu}, ${bench.cores} logical cores`);
    lines.push(`salient_bg.wasm: ${bench.wasmBytes} bytes, ${bench.wasmGzipBytes} gzipped (CompressionStream); init ${fmt(bench.initMs)} ms`);
    lines.push('');
    lines.push('| input | bytes | words | sentences | summarize ms (median) | ms per MB | analyze ms (median) | calls timed | FNV-1a |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const r of bench.rows) {
      lines.push(
        `| ${r.name} | ${r.bytes} | ${r.words} | ${r.sentences ?? '–'} | ${fmt(r.summarize.ms)} | ${fmt(r.summarize.ms / (r.bytes / 1e6))} | ${fmt(r.analyze.ms)} | ${r.summarize.calls} | ${r.checksum} |`,
      );
    }
    // time per MB from 100 KB up, per series (the same kind of text at each size) and over all
    const spread = (label, rows) => {
      const perMb = rows.map((r) => r.summarize.ms / (r.bytes / 1e6));
      lines.push(
        `Time per MB from 100 KB up (${label}): ${fmt(Math.min(...perMb))} to ${fmt(Math.max(...perMb))} ms/MB, ratio ${(Math.max(...perMb) / Math.min(...perMb)).toFixed(2)} (target <= 2)`,
      );
    };
    lines.push('');
    const big = bench.rows.filter((r) => ['size', 'lower', 'short'].includes(r.group) && r.bytes >= 90_000);
    for (const [group, label] of [['size', 'mixed'], ['lower', 'lower-cased'], ['short', 'short sentences']]) {
      const rows = big.filter((r) => r.group === group);
      if (rows.length >= 2) spread(label, rows);
    }
    if (big.length >= 2) spread('all', big);
    if (mismatched.length) {
      lines.push('');
      lines.push(`WARNING: inputs differ from the Rust generator's: ${mismatched.map((r) => r.name).join(', ')}`);
    }
    console.log(lines.join('\n'));

    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, opts.engine === 'chromium' ? 'bench-browser.json' : `bench-browser-${opts.engine}.json`);
    writeFileSync(file, JSON.stringify({ [opts.engine]: version, cpu, bench }, null, 2));
    process.stderr.write(`wrote ${path.relative(REPO, file)}\n`);
    if (mismatched.length) process.exitCode = 1;
  } finally {
    await server.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err?.stack ?? String(err));
  process.exit(1);
});
