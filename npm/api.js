// The functions of the salient package, shared by its browser entry
// (index.js) and its Node entry (node.js), which differ only in how they
// read the package's files (fetch by import.meta.url, or the file system).
//
// - the wasm-bindgen functions, each first checking that the module has
//   been initialised, so that a call before `init()` says so instead of
//   failing inside the glue;
// - language data: the detector's evidence (lang/detect.txt), given at
//   init() (after initSync(), at the first prepare()); the data of a
//   language (lang/<code>.txt: stopwords, sentence-splitting abbreviations)
//   and, for languages that need it, the stemmer module (stem/), given to
//   the summariser once per language (as the page's www/languages.js does).

import * as wasm from './salient.js';

/**
 * Makes the package's functions for an environment: `readText(file)` and
 * `readBytes(file)` read a file of the package (a path relative to it).
 */
export function makeApi({ readText, readBytes }) {
  let ready = null;
  let initialised = false;
  let stemmer = null;
  let detection = null;
  const loaded = new Map();

  /** Gives the summariser the detector's evidence, once (read only when needed). */
  function loadDetection(text) {
    detection ??= Promise.resolve(text ?? readText('lang/detect.txt'))
      .then((t) => {
        if (!wasm.hasDetection()) wasm.setDetection(t);
      })
      .catch((err) => {
        detection = null;
        throw err;
      });
    return detection;
  }

  const check = (name) => {
    if (!initialised) throw new Error(`salient: call \`await init()\` before ${name}()`);
  };

  function init(source) {
    ready ??= (async () => {
      // the detector's evidence is read while the module is instantiated
      const evidence = readText('lang/detect.txt');
      evidence.catch(() => {}); // reported below
      const module_or_path = source === undefined ? await readBytes('salient_bg.wasm') : source;
      await wasm.default({ module_or_path });
      initialised = true;
      await loadDetection(evidence);
    })().catch((err) => {
      ready = null;
      throw err;
    });
    return ready;
  }

  function initSync(module) {
    wasm.initSync({ module });
    initialised = true;
  }

  function loadStemmer() {
    stemmer ??= (async () => {
      const mod = await import('./stem/salient_stem.js');
      await mod.default({ module_or_path: await readBytes('stem/salient_stem_bg.wasm') });
      wasm.setStemmer((code, word) => mod.stem(code, word));
    })().catch((err) => {
      stemmer = null;
      throw err;
    });
    return stemmer;
  }

  /**
   * Loads the stopwords (and the stemmer, if it needs one) of language
   * `code` (any case, as the `language` option), once. Every failure,
   * a call before init() included, is a rejected promise.
   */
  function loadLanguage(code) {
    try {
      check('loadLanguage');
    } catch (err) {
      return Promise.reject(err);
    }
    code = typeof code === 'string' ? code.toLowerCase() : code;
    const lang = wasm.languages().find((l) => l.code === code);
    if (!lang) return Promise.reject(new Error(`salient: unknown language ${JSON.stringify(code)}`));
    let done = loaded.get(code);
    if (!done) {
      const parts = [readText(`lang/${code}.txt`).then((words) => wasm.addStopwords(code, words))];
      if (lang.stemming === 'stemmer') parts.push(loadStemmer());
      done = Promise.all(parts).then(
        () => {},
        (err) => {
          loaded.delete(code);
          throw err;
        },
      );
      loaded.set(code, done);
    }
    return done;
  }

  /** Loads every language's data. */
  function loadLanguages(codes) {
    try {
      check('loadLanguages');
    } catch (err) {
      return Promise.reject(err);
    }
    const list = codes ?? wasm.languages().map((l) => l.code);
    return Promise.all(list.map((code) => loadLanguage(code))).then(() => {});
  }

  /**
   * The options to summarise `text` with: its language (options.language,
   * or the detected one) with that language's data loaded.
   */
  async function prepare(text, options = {}) {
    check('prepare');
    await loadDetection();
    const asked = options?.language;
    const code = asked && asked !== 'auto' ? String(asked).toLowerCase() : wasm.detectLanguage(String(text));
    if (code && wasm.languages().some((l) => l.code === code)) await loadLanguage(code);
    return { ...options, language: code ?? 'auto' };
  }

  const guarded =
    (name, f) =>
    (...args) => {
      check(name);
      return f(...args);
    };

  return {
    init,
    initSync,
    loadLanguage,
    loadLanguages,
    prepare,
    summarize: guarded('summarize', wasm.summarize),
    analyze: guarded('analyze', wasm.analyze),
    scoreSentences: guarded('scoreSentences', wasm.scoreSentences),
    algorithms: guarded('algorithms', wasm.algorithms),
    version: guarded('version', wasm.version),
    languages: guarded('languages', wasm.languages),
    detectLanguage: guarded('detectLanguage', wasm.detectLanguage),
  };
}
