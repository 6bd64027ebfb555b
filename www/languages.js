// Language data for the summariser: the detector's evidence
// (pkg/lang/detect.txt), loaded once before the first text is read (the
// worker starts it at start, beside the summariser's wasm); then, the first
// time a text needs them, the data of the text's language (pkg/lang/<code>.txt:
// stopwords and sentence-splitting abbreviations) and, for languages other
// than English that salient stems, the stemmer module (pkg/stem/). All are
// files of this site; the service worker precaches them for offline use.

/** code -> Promise of its data being given to the summariser */
const loaded = new Map();
/** Promise of the stemmer module being set, once asked for */
let stemmer = null;
/** code -> { code, name, stemming }, from the summariser */
let known = null;
/** Promise of the text of the detector's evidence, once asked for */
let detection = null;

/**
 * The text of the site's file `file` (a path relative to this module).
 * `url` makes its URL: the detector's evidence and English, the most likely
 * language, are named with literal paths, which the single-file build
 * (scripts/build-site.mjs) can inline.
 */
async function fetchText(file, url = () => new URL(file, import.meta.url)) {
  // No referrer: from the bookmarklet's overlay, this page's address is
  // not the site's business (see bookmarklet/run.js).
  const response = await fetch(url(), { referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`${file} could not be loaded (HTTP ${response.status})`);
  return response.text();
}

/** The file of the language `code`. */
function fetchLanguage(code) {
  if (code === 'en') return fetchText('en.txt', () => new URL('./pkg/lang/en.txt', import.meta.url));
  return fetchText(`./pkg/lang/${code}.txt`);
}

function loadStemmer(salient) {
  stemmer ??= (async () => {
    const mod = await import('./pkg/stem/salient_stem.js');
    await mod.default({ module_or_path: fetch(new URL('./pkg/stem/salient_stem_bg.wasm', import.meta.url), { referrerPolicy: 'no-referrer' }) });
    salient.setStemmer((code, word) => mod.stem(code, word));
  })().catch((err) => {
    stemmer = null; // try again next time
    throw err;
  });
  return stemmer;
}

/**
 * Fetches the detector's evidence (pkg/lang/detect.txt), once; callable
 * before the summariser is ready. Resolves to its text, or null when it
 * cannot be loaded (then no language is detected).
 */
export function fetchDetection() {
  detection ??= fetchText('detect.txt', () => new URL('./pkg/lang/detect.txt', import.meta.url)).catch(() => {
    detection = null; // try again next time
    return null;
  });
  return detection;
}

/** Gives the summariser `salient` the detector's evidence, once. */
async function loadDetection(salient) {
  if (salient.hasDetection()) return;
  const text = await fetchDetection();
  if (text != null && !salient.hasDetection()) salient.setDetection(text);
}

/**
 * Gives the summariser (`salient`, the module of pkg/salient.js, initialised)
 * the stopwords and stemmer of the language `code`, once. Resolves when they
 * are in place; rejects when a file cannot be loaded.
 */
export function load(salient, code) {
  known ??= new Map(salient.languages().map((l) => [l.code, l]));
  const lang = known.get(code);
  if (!lang) return Promise.resolve(); // not a language: the summariser says so
  let ready = loaded.get(code);
  if (!ready) {
    const stopwords = fetchLanguage(code).then((words) =>
      salient.addStopwords(code, words),
    );
    const parts = [stopwords];
    if (lang.stemming === 'stemmer') parts.push(loadStemmer(salient));
    ready = Promise.all(parts).catch((err) => {
      loaded.delete(code);
      throw err;
    });
    loaded.set(code, ready);
  }
  return ready;
}

/**
 * The options to summarise `text` with: `options.language` if it names one,
 * else the language the summariser detects, with that language's data loaded
 * (see load). A text whose language cannot be told keeps `language: 'auto'`
 * and is read without stopwords or stemming. Where the data cannot be
 * loaded (the single-file build opened from disk has no files beside it),
 * the text is still summarised in its language, without them.
 */
export async function prepare(salient, text, options = {}) {
  const asked = options?.language;
  if (asked != null && typeof asked !== 'string') return options; // the summariser reports it
  // the detector's evidence also gives the titles of texts in no known language
  await loadDetection(salient).catch(() => {});
  const code = asked && asked !== 'auto' ? asked.toLowerCase() : salient.detectLanguage(text);
  if (code) await load(salient, code).catch(() => {});
  return { ...options, language: code ?? 'auto' };
}
