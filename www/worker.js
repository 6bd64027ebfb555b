// The summariser runs here, off the main thread, so typing never waits for it.
//
// Protocol (all messages are plain objects):
//   page -> worker  { id, text, options }        run analyze(text, options)
//   worker -> page  { type: 'ready', version, algorithms }   once, after init
//                   { type: 'result', id, result, ms }       ms = time inside analyze
//                                                            (after the text's language
//                                                            data loaded: languages.js)
//                   { type: 'error', id, message }           the module threw (bad options)
//                   { type: 'fatal', message }               the module could not load
//
// The page terminates this worker when newer input arrives during a run, so a
// run never has to be cancelled from inside.

let api = null;
let languages = null;
let failure = null;
let asked = false; // a run was asked for (maybe before the module was ready)

const ready = (async () => {
  try {
    // Fetch the .wasm while its JavaScript glue loads, not after it.
    const wasm = fetch(new URL('./pkg/salient_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // a failed fetch is reported by init below
    const [mod, langs] = await Promise.all([import('./pkg/salient.js'), import('./languages.js')]);
    await mod.default({ module_or_path: wasm });
    // English is the most likely language: its stopwords load alongside
    langs.load(mod, 'en').catch(() => {}); // a failure is reported by the run that needs them
    api = mod;
    languages = langs;
    self.postMessage({ type: 'ready', version: mod.version(), algorithms: mod.algorithms() });
    if (!asked) warmUp(mod); // a waiting run compiles the same code itself
  } catch (err) {
    failure = describe(err);
    self.postMessage({ type: 'fatal', message: failure });
  }
})();

/**
 * Runs the summariser once on a few sentences while the reader is still
 * pasting: the engine compiles WebAssembly functions on their first call, and
 * this moves that one-off cost (tens of milliseconds) out of the first real
 * summary. Skipped when a run is already waiting (a worker restarted for new
 * input); a message that arrives meanwhile waits for it, as it waits for init.
 */
function warmUp(mod) {
  const text =
    'Salient ranks the sentences of an article. It keeps the few that carry it, in their order.\n\n' +
    'Read more: the “sample” is written for salient (p. 2). Nothing leaves the browser.';
  try {
    mod.analyze(text, { sentences: 1, keywords: 2 });
  } catch {
    // Only a warm-up: a real run reports its own errors.
  }
}

function describe(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

// Set synchronously so no message posted before the module loads is lost.
self.onmessage = async (event) => {
  const { id, text, options } = event.data ?? {};
  asked = true;
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
    self.postMessage({ type: 'result', id, result, ms });
  } catch (err) {
    self.postMessage({ type: 'error', id, message: describe(err) });
  }
};
