// The browser benchmark (bench.html): times the WebAssembly summariser on
// the generated inputs of bench-inputs.js, which the native benchmark
// (benches/pipeline.rs) generates byte for byte the same.
//
// Run by hand (open bench.html, press the button) or by
// scripts/bench-browser.mjs, which opens bench.html?auto and reads
// `window.benchResult` when `document.body.dataset.state` is 'done'.

import init, * as salient from './pkg/salient.js';
import { prepare } from './languages.js';

const { analyze, summarize, version } = salient;
import { cases, checksum, generate, utf8Length, wordCount } from './bench-inputs.js';

const params = new URLSearchParams(location.search);
const QUICK = params.has('quick');
const ONLY = params.get('only')?.split(',').map((s) => s.trim()).filter(Boolean) ?? null;
/** Milliseconds spent measuring one function on one input (after warm-up). */
const BUDGET_MS = Number(params.get('budget')) || (QUICK ? 300 : 1500);
/**
 * A sample runs the function this long at least, in a batch: performance.now()
 * is coarse (Firefox and WebKit give about 1 ms outside cross-origin
 * isolation), so a sample of 50 ms resolves a 1 ms call to 0.02 ms.
 */
const SAMPLE_MS = 50;
const BIG = 5_000_000;
/** Milliseconds of calls before anything is timed. */
const WARMUP_MS = QUICK ? 500 : 1500;

const $ = (id) => document.getElementById(id);
const status = (text) => {
  $('status').textContent = text;
};
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  if (!n) return NaN;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/**
 * Times `run()`: one warm-up call, then samples (batches of calls lasting at
 * least SAMPLE_MS) until `budget` ms and `minSamples` are reached. Returns
 * the median time per call and the number of calls timed.
 */
function measure(run, { budget, minSamples, maxSamples }) {
  let t = performance.now();
  run();
  const estimate = Math.max(performance.now() - t, 0.001);
  const batch = Math.max(1, Math.ceil(SAMPLE_MS / estimate));
  const samples = [];
  const start = performance.now();
  while (samples.length < maxSamples && (samples.length < minSamples || performance.now() - start < budget)) {
    t = performance.now();
    for (let k = 0; k < batch; k++) run();
    samples.push((performance.now() - t) / batch);
  }
  return { ms: median(samples), calls: samples.length * batch, samples: samples.length };
}

async function gzipSize(bytes) {
  if (typeof CompressionStream !== 'function') return null;
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

function fmt(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1) return ms.toFixed(3);
  if (ms < 100) return ms.toFixed(2);
  return ms.toFixed(0);
}

function addRow(r) {
  const tr = document.createElement('tr');
  for (const cell of [r.name, r.bytes, r.words, r.sentences, fmt(r.summarize.ms), fmt(r.summarize.ms / (r.bytes / 1e6)), fmt(r.analyze.ms), r.summarize.calls, r.checksum]) {
    const td = document.createElement('td');
    td.textContent = String(cell);
    tr.append(td);
  }
  $('results').tBodies[0].append(tr);
  $('results').hidden = false;
}

async function run() {
  $('start').disabled = true;
  const t0 = performance.now();
  await init();
  const initMs = performance.now() - t0;
  const lexicon = await (await fetch(new URL('./bench-lexicon.json', import.meta.url))).json();
  const wasm = new Uint8Array(await (await fetch(new URL('./pkg/salient_bg.wasm', import.meta.url))).arrayBuffer());
  const gz = await gzipSize(wasm);
  $('wasm-size').textContent = `salient ${version()} · salient_bg.wasm: ${wasm.length} bytes, ${gz ?? '?'} gzipped (CompressionStream) · init ${initMs.toFixed(1)} ms`;

  const list = cases().filter((c) => (!ONLY || ONLY.includes(c.name)) && !(QUICK && c.spec.bytes >= BIG && c.spec.bytes !== Infinity));
  const sample = await fetch(new URL('./sample.txt', import.meta.url)).then((r) => (r.ok ? r.text() : null), () => null);
  const inputs = list.map((c) => ({ name: c.name, group: c.group, spec: c.spec }));
  if (sample && (!ONLY || ONLY.includes('page sample'))) inputs.push({ name: 'page sample', group: 'sample', text: sample });

  // Warm-up: V8 first runs WebAssembly through its baseline compiler and
  // optimises hot functions in the background; give it a second of calls.
  status('Warming up…');
  await pause();
  const warm = generate(lexicon, cases()[0].spec);
  await prepare(salient, warm);
  for (const w0 = performance.now(); performance.now() - w0 < WARMUP_MS; ) summarize(warm);

  const rows = [];
  for (const input of inputs) {
    status(`Generating ${input.name}…`);
    await pause();
    const g0 = performance.now();
    const text = input.text ?? generate(lexicon, input.spec);
    const generateMs = performance.now() - g0;
    // the text's stopwords and stemmer, as the page loads them before a run
    await prepare(salient, text);
    const bytes = utf8Length(text);
    const big = bytes >= BIG;
    const limits = big
      ? { budget: 0, minSamples: 3, maxSamples: 3 }
      : { budget: BUDGET_MS, minSamples: QUICK ? 3 : 5, maxSamples: 100_000 };
    status(`Timing summarize on ${input.name}…`);
    await pause();
    let result = null;
    const s = measure(() => {
      result = summarize(text);
    }, limits);
    status(`Timing analyze on ${input.name}…`);
    await pause();
    const a = measure(() => analyze(text, { keywords: 8 }), limits);
    const row = {
      name: input.name,
      group: input.group,
      bytes,
      chars: text.length,
      words: wordCount(text),
      sentences: result?.stats?.inputSentences ?? null,
      summarySentences: result?.sentences?.length ?? null,
      checksum: checksum(text),
      generateMs,
      summarize: s,
      analyze: a,
    };
    rows.push(row);
    addRow(row);
  }
  const ua = navigator.userAgentData?.brands?.map((b) => `${b.brand} ${b.version}`).join(', ') ?? navigator.userAgent;
  const result = {
    version: version(),
    userAgent: navigator.userAgent,
    brands: ua,
    cores: navigator.hardwareConcurrency,
    wasmBytes: wasm.length,
    wasmGzipBytes: gz,
    initMs,
    budgetMs: BUDGET_MS,
    rows,
  };
  window.benchResult = result;
  status(`Done in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  document.body.dataset.state = 'done';
  $('start').disabled = false;
  return result;
}

function fail(err) {
  status(`The benchmark failed: ${err?.message ?? err}`);
  window.benchError = String(err?.stack ?? err);
  document.body.dataset.state = 'failed';
}

$('start').addEventListener('click', () => run().catch(fail));
status('Ready. The full run takes a minute or two; the page does not respond while it runs.');
if (params.has('auto')) run().catch(fail);
