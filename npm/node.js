// salient for Node.js: the package's files are read from disk next to this
// module (Node's fetch does not read file: URLs). `await init()` loads the
// summariser and every language's stopwords and stemmer (a few
// milliseconds), so `summarize(text)` reads any language at its best.

import { readFile } from 'node:fs/promises';

import { makeApi } from './api.js';

const here = (file) => new URL(file, import.meta.url);

const api = makeApi({
  readText: (file) => readFile(here(file), 'utf8'),
  readBytes: (file) => readFile(here(file)),
});

let started = null;

/**
 * Loads the summariser from `source` (default: the package's .wasm), then
 * every language. Later calls return the same promise (a failed one is
 * tried again).
 */
export function init(source) {
  started ??= (async () => {
    // a file path, or a file: URL as a URL or a string
    const file = typeof source === 'string' && source.startsWith('file:') ? new URL(source) : source;
    await api.init(typeof file === 'string' || file instanceof URL ? await readFile(file) : file);
    await api.loadLanguages();
  })().catch((err) => {
    started = null;
    throw err;
  });
  return started;
}

export const {
  initSync,
  loadLanguage,
  loadLanguages,
  prepare,
  summarize,
  analyze,
  scoreSentences,
  algorithms,
  version,
  languages,
  detectLanguage,
} = api;
export default init;
