// salient for browsers (and bundlers): `await init()` fetches
// salient_bg.wasm next to this module (by import.meta.url) and
// instantiates it; `init(source)` takes a URL, a Response, bytes or a
// WebAssembly.Module instead.

import initWasm from './salient.js';
import { markReady } from './api.js';

export { summarize, analyze, scoreSentences, algorithms, version, initSync } from './api.js';

let pending = null;

/** Loads the WebAssembly module once; later calls return the same promise. */
export function init(source) {
  pending ??= initWasm(source === undefined ? undefined : { module_or_path: source }).then(() => {
    markReady();
  });
  return pending;
}

export default init;
