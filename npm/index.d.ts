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
  LanguageInfo,
} from './salient.js';
export {
  summarize,
  analyze,
  scoreSentences,
  algorithms,
  version,
  languages,
  detectLanguage,
} from './salient.js';
import type { SummarizeOptions } from './salient.js';

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
 * In Node it also loads every language's stopwords and stemmer; in
 * browsers those load on demand (`prepare`, `loadLanguage`). Later calls
 * return the same promise.
 */
export function init(source?: InitSource): Promise<void>;

/**
 * Loads the stopwords of language `code` (ISO 639-1, see `languages()`)
 * and, when it needs one, the stemmer module; once per language. Without
 * them a language is still summarised, unstemmed and without stopwords.
 */
export function loadLanguage(code: string): Promise<void>;

/** Loads the data of the languages `codes` (default: every language). */
export function loadLanguages(codes?: string[]): Promise<void>;

/**
 * The options to summarise `text` with: `options` with `language` set to
 * `options.language` (if given and not "auto") or the detected language,
 * whose data is then loaded; "auto" when the language cannot be told.
 */
export function prepare<T extends SummarizeOptions>(text: string, options?: T): Promise<T & { language: string }>;

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;

export default init;
