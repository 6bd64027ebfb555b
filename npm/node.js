// salient for Node.js: `await init()` reads salient_bg.wasm next to this
// module from disk (Node's fetch does not read file: URLs) and instantiates
// it; `init(source)` takes a path, a file: URL, bytes or a
// WebAssembly.Module instead.

import { readFile } from 'node:fs/promises';

import initWasm from './salient.js';
import { markReady } from './api.js';

export { summarize, analyze, scoreSentences, algorithms, version, initSync } from './api.js';

let pending = null;

async function load(source) {
  if (source === undefined) return readFile(new URL('./salient_bg.wasm', import.meta.url));
  if (typeof source === 'string' || source instanceof URL) return readFile(source);
  return source;
}

/** Loads the WebAssembly module once; later calls return the same promise. */
export function init(source) {
  pending ??= load(source)
    .then((module_or_path) => initWasm({ module_or_path }))
    .then(() => {
      markReady();
    });
  return pending;
}

export default init;
