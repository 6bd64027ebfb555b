// Starts the summariser's worker as soon as the document is parsed, before
// the page's other modules have loaded: fetching and compiling the
// WebAssembly then overlaps with loading the rest of the page. This module
// has no imports, so nothing delays it.
//
// Messages the worker sends before the page logic (main.js) takes it over
// are kept and handed over with it, so none is lost.

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** A new summariser worker (main.js makes a fresh one to cancel a run). */
export function createWorker() {
  return new Worker(WORKER_URL, { type: 'module' });
}

let early = createWorker();

// `?sample` in the address (what `make serve` opens): the sample is fetched
// now, alongside the worker's start, rather than once the page logic runs.
let sample =
  new URLSearchParams(location.search).has('sample') && !location.hash
    ? fetch(new URL('./sample.txt', import.meta.url), { cache: 'no-cache' })
    : null;
sample?.catch(() => {}); // reported by whoever takes it

/** The response to the sample's early fetch (once), or null. */
export function takeEarlySample() {
  const taken = sample;
  sample = null;
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
