// The summariser runs here, off the main thread, so typing never waits for it.
//
// Protocol (all messages are plain objects):
//   page -> worker  { type: 'module', module, warmUp, error }
//                                                first: the compiled .wasm (a
//                                                WebAssembly.Module, from boot.js),
//                                                or null and why it failed; warmUp
//                                                false when a run is on its way
//                   { id, text, options }        run analyze(text, options)
//                   { id, part, parts, text, options }
//                                                a long text in parts (0..parts-1, in
//                                                order): the run starts with the last
//   worker -> page  { type: 'ready', version, algorithms, languages }   once, after init
//                   { type: 'result', id, result, ms, detected }
//                                                            result packed by pack.js (typed
//                                                            arrays, moved not copied);
//                                                            ms = time inside analyze
//                                                            (after the text's language
//                                                            data loaded: languages.js);
//                                                            detected = the language the text
//                                                            reads as, when one was chosen
//                   { type: 'warm', text, result }           once, the first warm-up run (packed)
//                   { type: 'error', id, message }           the module threw (bad options)
//                   { type: 'fatal', message }               the module could not load
//
// The page terminates this worker when newer input arrives during a long run
// (a short one is over in milliseconds and its result ignored), so a run
// never has to be cancelled from inside. The page starts this worker as
// worker.bundle.js, the same code with its imports inlined (site build).

let api = null;
let pack = null;
let languages = null;
let failure = null;
let pending = null; // { id, pieces } while the parts of a long text come in
let asked = false; // a run was asked for (maybe before the module was ready)

let takeModule;
const fromPage = new Promise((resolve) => {
  takeModule = resolve;
});

const ready = (async () => {
  try {
    // (Dynamic imports: the site build inlines those into one classic script.)
    const [mod, packing, langs, compiled] = await Promise.all([
      import('./pkg/salient.js'),
      import('./pack.js'),
      import('./languages.js'),
      fromPage,
    ]);
    // the detector's evidence loads while the module is instantiated
    langs.fetchDetection();
    await mod.default({ module_or_path: compiled });
    // English is the most likely language: its stopwords load alongside
    langs.load(mod, 'en').catch(() => {}); // a failure is reported by the run that needs them
    api = mod;
    pack = packing.packResult;
    languages = langs;
    self.postMessage({
      type: 'ready',
      version: mod.version(),
      algorithms: mod.algorithms(),
      languages: mod.languages(),
    });
    if (!asked) warmUp(mod); // a waiting run compiles the same code itself
  } catch (err) {
    failure = describe(err);
    self.postMessage({ type: 'fatal', message: failure });
  }
})();

/** Warm-up runs at most, and the milliseconds they may take in all. */
const WARM_RUNS = 12;
const WARM_MS = 400;

/**
 * Runs the summariser on the page's sample article a few times while the
 * reader is still choosing what to paste. The engine first runs WebAssembly
 * through its baseline compiler, compiling each function on its first call,
 * and optimises the hot ones in the background after some use: a cold first
 * summary of an article takes 10-30 ms, a warm one about 1 ms. Stops as soon
 * as a real run is asked for (and is skipped when one is already waiting, in
 * a worker restarted for new input). The first result goes to the page, which
 * lays it out once, invisibly, to warm up its own rendering (main.js).
 */
async function warmUp(mod) {
  let text = WARM_TEXT;
  try {
    const res = await fetch(new URL('./sample.txt', import.meta.url));
    if (res.ok) text = await res.text();
  } catch {
    // the short text below does
  }
  const t0 = performance.now();
  for (let i = 0; i < WARM_RUNS && !asked && performance.now() - t0 < WARM_MS; i++) {
    try {
      const options = await languages.prepare(mod, text, { sentences: 3, keywords: 8 });
      if (asked) return;
      const { packed, transfer } = pack(text, mod.analyze(text, options));
      // The first result goes to the page at once, so it can warm up too.
      if (i === 0) self.postMessage({ type: 'warm', text, result: packed }, transfer);
    } catch {
      return; // only a warm-up: a real run reports its own errors
    }
    await new Promise((resolve) => setTimeout(resolve, 0)); // let a real run in
  }
}

/** What the warm-up runs on when the sample cannot be fetched. */
const WARM_TEXT =
  'Salient ranks the sentences of an article. It keeps the few that carry it, in their order.\n\n' +
  'Read more: the \u201csample\u201d is written for salient (p. 2). Nothing leaves the browser.';

function describe(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

// Set synchronously so no message posted before the module loads is lost.
self.onmessage = async (event) => {
  if (event.data?.type === 'module') {
    const { module, error, warmUp } = event.data;
    if (warmUp === false) asked = true;
    takeModule(
      module instanceof WebAssembly.Module
        ? module
        : Promise.reject(new Error(`the WebAssembly module could not be compiled (${error ?? 'no module'})`)),
    );
    return;
  }
  asked = true;
  const { id, options } = event.data ?? {};
  let { text } = event.data ?? {};
  if (event.data?.parts) {
    const { part, parts } = event.data;
    if (part === 0) pending = { id, pieces: [] };
    else if (pending?.id !== id) return; // the rest of a superseded text
    pending.pieces.push(text);
    if (part + 1 < parts) return;
    text = pending.pieces.join('');
    pending = null;
  }
  await ready;
  if (!api) {
    self.postMessage({ type: 'fatal', id, message: failure ?? 'the summariser did not load' });
    return;
  }
  try {
    const ready = await languages.prepare(api, text, options);
    const t0 = performance.now();
    const result = api.analyze(text, ready);
    const ms = performance.now() - t0;
    const { packed, transfer } = pack(text, result);
    // A language the reader chose: what the text reads as, so the page can
    // say when the two differ (stopwords of the wrong language are no help).
    const chosen = options?.language && options.language !== 'auto';
    const detected = chosen ? api.detectLanguage(text.slice(0, 20_000)) ?? null : undefined;
    self.postMessage({ type: 'result', id, result: packed, ms, detected }, transfer);
  } catch (err) {
    self.postMessage({ type: 'error', id, message: describe(err) });
  }
};
