// Types of the salient package (both entries: index.js and node.js).
// The shapes of options and results are wasm-bindgen's declarations of
// the WebAssembly module (salient.d.ts, generated from wasm/src/lib.rs).

export type {
  SummarizeOptions,
  SummarySentence,
  CandidateSentence,
  Keyword,
  RemovedText,
  SummaryStats,
  Summary,
  Analysis,
  AlgorithmInfo,
} from './salient.js';
export { summarize, analyze, scoreSentences, algorithms, version } from './salient.js';

/**
 * What `init` can load the WebAssembly module from. In browsers: a URL (or
 * string), a Request, a Response (or a promise of one), the bytes, or a
 * compiled WebAssembly.Module. In Node: a file path or file: URL, the bytes
 * or a WebAssembly.Module. Without it, `init` loads salient_bg.wasm from
 * next to the module.
 */
export type InitSource =
  | string
  | URL
  | Request
  | Response
  | Promise<Response>
  | BufferSource
  | WebAssembly.Module;

/**
 * Loads and instantiates the WebAssembly module; call (and await) it once
 * before the other functions, which throw an Error until it has resolved.
 * Later calls return the same promise.
 */
export function init(source?: InitSource): Promise<void>;

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;

export default init;
