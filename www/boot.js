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
