// Starts the summariser's worker as soon as the document is parsed, before
// the page's other modules have loaded, and compiles the WebAssembly here
// meanwhile: the browser compiles it off the main thread while the worker's
// thread starts, and every worker gets the compiled module as its first
// message ({ type: 'module', module, warmUp }, or module null and an error
// when it could not be compiled), so a worker only instantiates it.
// This module has no imports, so nothing delays it.
//
// Messages the worker sends before the page logic (main.js) takes it over
// are kept and handed over with it, so none is lost.

// worker.js and the modules it imports, in one classic script written by the
// site build (scripts/build-site.mjs): one fetch, as the worker starts.
const WORKER_URL = new URL('./worker.bundle.js', import.meta.url);
const WASM_URL = new URL('./pkg/salient_bg.wasm', import.meta.url);

/** Fetches and compiles the .wasm (streaming when the server says it is WebAssembly). */
async function compileWasm() {
  const response = await fetch(WASM_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status} for salient_bg.wasm`);
  if (typeof WebAssembly.compileStreaming === 'function' && /^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

const compiled = compileWasm();
compiled.catch(() => {}); // each worker is told

/**
 * A new summariser worker (main.js makes a fresh one to cancel a run).
 * `warmUp: false` when a run is on its way: the worker's warm-up (worker.js)
 * would only delay it.
 */
export function createWorker({ warmUp = true } = {}) {
  const worker = new Worker(WORKER_URL);
  compiled.then(
    (module) => worker.postMessage({ type: 'module', module, warmUp }),
    (err) => worker.postMessage({ type: 'module', module: null, error: err?.message ?? String(err) }),
  );
  return worker;
}

const sampleWanted = new URLSearchParams(location.search).has('sample') && !location.hash;
let early = createWorker({ warmUp: !sampleWanted });

// `?sample` in the address (what `make serve` opens): the sample is fetched
// now, alongside the worker's start, and its summary asked for as soon as it
// is here, with the options the page's controls start with, so the worker
// can work while the page's other modules still load. main.js adopts that
// run when its options are the same, and asks again otherwise.

/** The options of the sample's early run (main.js: 8 keywords; the controls: 3 sentences). */
export const SAMPLE_OPTIONS = Object.freeze({ sentences: 3, keywords: 8 });

let sampleRun = null;
if (sampleWanted) {
  const worker = early;
  const text = fetch(new URL('./sample.txt', import.meta.url), { cache: 'no-cache' }).then((res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.text();
  });
  const run = { id: -1, options: SAMPLE_OPTIONS, text, value: null };
  text.then(
    (value) => {
      run.value = value;
      worker.postMessage({ id: run.id, text: value, options: { ...SAMPLE_OPTIONS } });
    },
    () => {}, // reported by whoever takes the run
  );
  sampleRun = run;
}

/**
 * The sample's early run (once), or null: `{ id, options, text, value }`,
 * `text` a promise of the sample, `value` the sample once it is here (and
 * posted to the worker started at load, under `id`).
 */
export function takeSampleRun() {
  const taken = sampleRun;
  sampleRun = null;
  return taken;
}

const held = [];
const hold = (event) => {
  if (event.type === 'error') event.preventDefault(); // main.js reports it
  held.push(event);
};
early.addEventListener('message', hold);
early.addEventListener('error', hold);

/**
 * The worker started at load, with the events it sent so far (oldest first),
 * or null once taken. The caller attaches its own listeners first and then
 * replays the held events.
 */
export function takeEarlyWorker() {
  if (!early) return null;
  const worker = early;
  early = null;
  worker.removeEventListener('message', hold);
  worker.removeEventListener('error', hold);
  return { worker, held: held.splice(0) };
}
