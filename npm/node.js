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

/** Loads the summariser from `source` (default: the package's .wasm), then every language. */
export async function init(source) {
  await api.init(typeof source === 'string' || source instanceof URL ? await readFile(source) : source);
  await api.loadLanguages();
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
