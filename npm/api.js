// The functions of the salient package, shared by its browser entry
// (index.js) and its Node entry (node.js): the wasm-bindgen functions,
// each first checking that the WebAssembly module has been initialised, so
// that a call before `init()` says so instead of failing inside the glue.

import * as wasm from './salient.js';

let ready = false;

/** Marks the module as initialised (called by the entries' init). */
export function markReady() {
  ready = true;
}

function check(name) {
  if (!ready) {
    throw new Error(`salient: call \`await init()\` before ${name}()`);
  }
}

/** See index.d.ts. */
export function summarize(text, options) {
  check('summarize');
  return wasm.summarize(text, options);
}

/** See index.d.ts. */
export function analyze(text, options) {
  check('analyze');
  return wasm.analyze(text, options);
}

/** See index.d.ts. */
export function scoreSentences(text, options) {
  check('scoreSentences');
  return wasm.scoreSentences(text, options);
}

/** See index.d.ts. */
export function algorithms() {
  check('algorithms');
  return wasm.algorithms();
}

/** See index.d.ts. */
export function version() {
  check('version');
  return wasm.version();
}

/** Instantiates the module from bytes or a compiled module, synchronously. */
export function initSync(module) {
  wasm.initSync({ module });
  markReady();
}
