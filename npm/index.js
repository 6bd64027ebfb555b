// salient for browsers (and bundlers): the package's files are fetched
// next to this module (import.meta.url). `await init()` loads the
// summariser; a language's stopwords and stemmer load on demand
// (`await prepare(text)` or `await loadLanguage(code)`).

import { makeApi } from './api.js';

async function fetched(file) {
  const response = await fetch(new URL(file, import.meta.url));
  if (!response.ok) throw new Error(`salient: ${file} could not be loaded (HTTP ${response.status})`);
  return response;
}

const api = makeApi({
  readText: async (file) => (await fetched(file)).text(),
  // a Response: WebAssembly compiles it as it streams in
  readBytes: (file) => fetched(file),
});

export const {
  init,
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
