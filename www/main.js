// The paste-and-summarise page: wires the controls to the summariser worker
// and renders what comes back.

import { ArticleView } from './article-view.js';
import { createWorker, takeEarlyWorker, takeSampleRun } from './boot.js';
import { readArticle, FileError, NOT_AN_ARTICLE } from './file-input.js';
import { keepText, keptText } from './keep.js';
import { asMarkdown, asPlainText, copyText } from './copy.js';
import { textAt } from './pack.js';
import { formatCount, formatMs, readingTime, renderKeywords, renderRemoved, renderSummary, textDirection, WORDS_PER_MINUTE } from './render.js';

/** Longest text summarised, in characters (UTF-16 code units): about 5 MB of text. */
export const MAX_CHARS = 5_000_000;
/** Quiet time after the last keystroke (or slider step) before a run. */
const DEBOUNCE_MS = 150;
/**
 * Edits that summarise at once: they arrive whole (a paste, a drop, a cut,
 * undo and redo), unlike typing, which is debounced.
 */
const AT_ONCE = new Set([
  'insertFromPaste',
  'insertFromPasteAsQuotation',
  'insertFromDrop',
  'insertFromYank',
  'deleteByCut',
  'deleteByDrag',
  'historyUndo',
  'historyRedo',
]);
/**
 * A run on a text longer than this is stopped (its worker replaced) when newer
 * input arrives; a shorter one is over in milliseconds, so its result is only
 * ignored, and the warm worker kept.
 */
const RESTART_CHARS = 200_000;
/** Characters per message for a long text (see send). */
const PART_CHARS = 500_000;
/** Runs longer than this show the "working…" state. */
const WORKING_DELAY_MS = 200;
/** Keywords shown as chips. */
const KEYWORDS = 8;

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  inputCount: $('input-count'),
  inputLimit: $('input-limit'),
  file: $('file'),
  sample: $('sample'),
  clear: $('clear'),
  modes: document.querySelectorAll('input[name="mode"]'),
  sentences: $('length-sentences'),
  sentencesValue: $('length-sentences-value'),
  ratio: $('length-ratio'),
  ratioValue: $('length-ratio-value'),
  words: $('length-words'),
  algorithms: $('algorithms'),
  language: $('language'),
  languageUsed: $('language-used'),
  status: $('status'),
  results: $('results'),
  title: $('title'),
  summary: $('summary'),
  summaryHint: $('summary-hint'),
  budgetNote: $('budget-note'),
  keywords: $('keywords'),
  keywordsHeading: $('keywords-heading'),
  removedDetails: $('removed-details'),
  removedSummary: $('removed-summary'),
  removed: $('removed'),
  highlightSection: $('highlight-section'),
  highlight: $('highlight'),
  copyTextButton: $('copy-text'),
  copyMdButton: $('copy-md'),
  copyStatus: $('copy-status'),
  version: $('version'),
  dropOverlay: $('drop-overlay'),
  stat: {
    inputWords: $('stat-input-words'),
    inputSentences: $('stat-input-sentences'),
    inputTime: $('stat-input-time'),
    summaryWords: $('stat-summary-words'),
    summarySentences: $('stat-summary-sentences'),
    summaryTime: $('stat-summary-time'),
    elapsed: $('stat-elapsed'),
  },
};

// ---------------------------------------------------------------- worker

let worker = null;
let ready = false; // once the module has loaded
let fatalMessage = null;
let seq = 0; // id of the newest run asked for
let running = null; // { id, text, t0 } while a run is in the worker
let debounceTimer = 0;
let workingTimer = 0;
let current = null; // the result on screen
let notice = null; // { text, note }: a word said with the summary of that text (loadText)
let rendering = null; // AbortController of the lists still being filled in
let copyTimer = 0;
const view = new ArticleView(ui.highlight);

/** Takes over the worker boot.js started (or starts one) and listens to it. */
function startWorker() {
  const early = takeEarlyWorker();
  worker = early ? early.worker : createWorker();
  worker.addEventListener('message', onWorkerMessage);
  worker.addEventListener('error', onWorkerError);
  for (const event of early?.held ?? []) {
    if (event.type === 'message') onWorkerMessage(event);
    else onWorkerError(event);
  }
}

function onWorkerError(event) {
  event.preventDefault();
  fail(event.message || 'the worker script could not be started');
}

/** Stops whatever the worker is doing by replacing it. */
function restartWorker() {
  worker?.terminate();
  startWorker();
}

function onWorkerMessage(event) {
  const msg = event.data;
  if (msg.type === 'ready') {
    if (!ready) {
      ready = true;
      ui.version.textContent = `v${msg.version}`;
      renderAlgorithms(msg.algorithms);
      renderLanguages(msg.languages ?? []);
      // install.js waits for this before it registers the service worker.
      window.dispatchEvent(new Event('salient:worker-ready'));
    }
    return;
  }
  if (msg.type === 'warm') {
    whenIdle(() => warmRendering(msg.text, msg.result));
    return;
  }
  if (msg.type === 'fatal') {
    fail(msg.message);
    return;
  }
  if (!running || msg.id !== running.id) return; // a superseded run
  const text = running.text ?? fillSample(running.sample.value);
  const { t0, options } = running;
  running = null;
  setWorking(false);
  if (msg.type === 'result') {
    show(text, msg.result, performance.now() - t0, msg.detected, options);
  } else if (msg.type === 'error') {
    showError(`Could not summarise: ${sentenceCase(msg.message)}`);
  }
}

function fail(message) {
  fatalMessage = `The summariser could not be loaded (${message}). Reload the page to try again.`;
  running = null;
  setWorking(false);
  showError(fatalMessage);
  ui.algorithms.replaceChildren(hint('Not available: the summariser did not load.'));
}

// ---------------------------------------------------------------- runs

/**
 * Where the page is: 'pending' (waiting out the debounce), 'running' (in the
 * worker), 'rendering' (the result is on screen, long lists are still being
 * filled in) or 'done' (what is on screen matches the inputs). Kept on
 * <body data-state> for tests and styling.
 */
function setState(state) {
  document.body.dataset.state = state;
}

/** Runs now when a debounced run is waiting. */
function flush() {
  if (document.body.dataset.state === 'pending') run();
}

function schedule() {
  // A run still going is for text that no longer is: stop it now rather
  // than after the debounce, so a long run never delays the next summary.
  cancel();
  setState('pending');
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(run, DEBOUNCE_MS);
}

/**
 * Summarises the text box now (or `text`, what the box is about to hold),
 * superseding any run in progress.
 */
function run(text = ui.input.value) {
  clearTimeout(debounceTimer);
  if (!text.trim()) {
    cancel();
    showMessage('Paste an article to summarise it — or open a file, or try the sample.');
    return;
  }
  if (text.length > MAX_CHARS) {
    cancel();
    showError(
      `This text is ${formatCount(text.length)} characters long; the limit is ${formatCount(MAX_CHARS)} ` +
        '(about 5 MB). Summarise a shorter part of it.',
    );
    return;
  }
  const options = readOptions();
  if (typeof options === 'string') {
    cancel();
    showError(options);
    return;
  }
  if (fatalMessage) {
    showError(fatalMessage);
    return;
  }
  cancel(); // the old run is obsolete: stop it rather than wait for it
  const id = ++seq;
  running = { id, text, options, t0: performance.now() };
  send(id, text, options);
  setState('running');
  clearTimeout(workingTimer);
  workingTimer = setTimeout(() => setWorking(true), WORKING_DELAY_MS);
}

/**
 * Posts a run to the worker. A long text goes in parts of PART_CHARS, one
 * task each: copying megabytes into one message would take the page tens of
 * milliseconds at once. Parts stop when the run is superseded.
 */
function send(id, text, options) {
  if (text.length <= PART_CHARS) {
    worker.postMessage({ id, text, options });
    return;
  }
  const parts = Math.ceil(text.length / PART_CHARS);
  const post = (part) => {
    if (running?.id !== id) return;
    const piece = text.slice(part * PART_CHARS, (part + 1) * PART_CHARS);
    worker.postMessage({ id, part, parts, text: piece, options });
    if (part + 1 < parts) setTimeout(() => post(part + 1), 0);
  };
  post(0);
}

/** Drops the run in progress; a long one is stopped by replacing the worker. */
function cancel() {
  if (running) {
    const long = (running.text?.length ?? 0) > RESTART_CHARS;
    running = null;
    if (long) restartWorker();
  }
  setWorking(false);
}

/** The options for the module, or a message saying what to fix. */
function readOptions() {
  const options = { keywords: KEYWORDS };
  const mode = currentMode();
  if (mode === 'sentences') {
    options.sentences = Number.parseInt(ui.sentences.value, 10);
  } else if (mode === 'ratio') {
    options.ratio = Number(ui.ratio.value) / 100;
  } else {
    const raw = ui.words.value.trim();
    const words = Number(raw);
    if (!raw || !Number.isInteger(words) || words < 1) {
      return 'Enter a word budget: a whole number of at least 1.';
    }
    options.words = words;
  }
  const algorithm = ui.algorithms.querySelector('input[name="algorithm"]:checked');
  if (algorithm) options.algorithm = algorithm.value;
  if (ui.language.value !== 'auto') options.language = ui.language.value;
  return options;
}

/** Language names by code, from the summariser. */
const languageNames = new Map();

/** Fills the language menu: "Detect automatically", then every language by name. */
function renderLanguages(languages) {
  const sorted = [...languages].sort((a, b) => a.name.localeCompare(b.name));
  const frag = document.createDocumentFragment();
  for (const { code, name } of sorted) {
    languageNames.set(code, name);
    const option = document.createElement('option');
    option.value = code;
    option.textContent = `${name} (${code})`;
    frag.append(option);
  }
  ui.language.append(frag);
}

/**
 * Says which language the text was read in, and whether it was detected;
 * for a chosen one, `detected` is what the text reads as (null: nothing).
 */
function renderLanguageUsed(code, detected) {
  const asked = ui.language.value !== 'auto';
  if (!code) {
    ui.languageUsed.textContent =
      'Language: not recognised, so no stopwords or stemming were used (choose it under Advanced).';
    return;
  }
  const name = languageNames.get(code) ?? code;
  if (!asked) {
    ui.languageUsed.textContent = `Language: ${name} (detected; change it under Advanced)`;
  } else if (detected && detected !== code) {
    const other = languageNames.get(detected) ?? detected;
    ui.languageUsed.textContent = `Language: ${name} (chosen), but the text reads as ${other}: its stopwords and stemming may not fit.`;
  } else {
    ui.languageUsed.textContent = `Language: ${name} (chosen)`;
  }
}

function currentMode() {
  for (const m of ui.modes) if (m.checked) return m.value;
  return 'sentences';
}

// ---------------------------------------------------------------- display

function hint(text) {
  const p = document.createElement('p');
  p.className = 'hint';
  p.textContent = text;
  return p;
}

function sentenceCase(message) {
  const m = String(message).trim();
  return m ? m[0].toUpperCase() + m.slice(1) + (/[.!?]$/.test(m) ? '' : '.') : 'Unknown error.';
}

export function setStatus(text, kind) {
  ui.status.textContent = text;
  ui.status.className = `status${kind ? ` status-${kind}` : ''}`;
  ui.status.hidden = !text;
}

function setWorking(on) {
  clearTimeout(workingTimer);
  if (on) {
    setStatus('Working…', 'working');
    ui.results.setAttribute('aria-busy', 'true');
  } else {
    ui.results.removeAttribute('aria-busy');
    if (ui.status.classList.contains('status-working')) setStatus('', null);
  }
}

function hideCopyStatus() {
  clearTimeout(copyTimer);
  ui.copyStatus.classList.remove('visible');
}

function clearResults() {
  current = null;
  rendering?.abort();
  rendering = null;
  hideCopyStatus();
  ui.results.hidden = true;
  ui.highlightSection.hidden = true;
  ui.title.hidden = true;
  ui.languageUsed.textContent = '';
  ui.summary.replaceChildren();
  view.clear();
  ui.copyTextButton.disabled = true;
  ui.copyMdButton.disabled = true;
}

function showMessage(text) {
  setState('done');
  clearResults();
  setStatus(text, 'info');
}

function showError(text) {
  setState('done');
  clearResults();
  setStatus(text, 'error');
}

/**
 * Shows a result (packed by the worker, see pack.js). Long lists are filled
 * in over several tasks and the article view decorates only what is on
 * screen, so no task here grows with the text; <body data-state> becomes
 * 'done' once the lists are complete.
 */
function show(text, result, ms, detected, options) {
  const { summary, keywords, removed, stats, title } = result;
  if (!summary.count) {
    showMessage(
      removed.count
        ? 'No article sentences were found: everything in this text looks like page furniture (see below).'
        : 'No sentences were found in this text.',
    );
    // Still show what cleanup set aside, so nothing is hidden.
    if (removed.count) {
      setState('rendering');
      ui.results.hidden = false;
      ui.summaryHint.hidden = true;
      ui.budgetNote.hidden = true;
      renderLanguageUsed(result.language, detected);
      renderStats(stats, ms);
      renderKeywordList([]);
      finish([renderRemovedList(removed)]);
    }
    return;
  }
  current = result;
  setState('rendering');
  hideCopyStatus();
  // a word that came with this text (loadText), while it is unchanged
  const note = notice?.text === text ? notice.note : '';
  setStatus(note, note ? 'info' : null);
  ui.title.hidden = !title;
  ui.title.textContent = title ?? '';
  renderLanguageUsed(result.language, detected);
  const lists = [renderSummary(ui.summary, summary, startRendering())];
  ui.summaryHint.hidden = false;
  renderKeywordList(keywords);
  renderStats(stats, ms);
  renderBudgetNote(stats, options);
  lists.push(renderRemovedList(removed));
  lists.push(view.show(text, result, rendering.signal));
  ui.results.hidden = false;
  ui.highlightSection.hidden = false;
  ui.copyTextButton.disabled = false;
  ui.copyMdButton.disabled = false;
  finish(lists);
}

/** A signal for the lists of a new result (aborting those of the last one). */
function startRendering() {
  rendering?.abort();
  rendering = new AbortController();
  return rendering.signal;
}

/** Marks the page 'done' once every list is complete (unless a newer result came). */
function finish(lists) {
  const signal = rendering?.signal;
  Promise.all(lists).then((done) => {
    if (done.every(Boolean) && signal === rendering?.signal) setState('done');
  });
}

/**
 * Lays a result out once, off screen and invisible, while the page is idle:
 * the first result laid out costs the browser tens of milliseconds more than
 * later ones (fonts, styles, layout code met for the first time), and the
 * reader's first paste should not pay for that. Copies of the text box, the
 * results and the article view (without ids) are filled by the same code,
 * laid out, and removed. Skipped once a real result has been shown.
 */
function warmRendering(text, result) {
  if (current || ui.results.hidden === false) return;
  const box = document.createElement('div');
  box.className = 'warm-up';
  box.setAttribute('aria-hidden', 'true');
  const input = ui.input.cloneNode(false);
  input.value = text;
  const results = ui.results.cloneNode(true);
  const highlight = ui.highlightSection.cloneNode(true);
  box.append(input, results, highlight);
  for (const node of [input, results, highlight, ...box.querySelectorAll('[id], [hidden], [aria-describedby], [aria-labelledby]')]) {
    for (const name of ['id', 'hidden', 'aria-describedby', 'aria-labelledby']) node.removeAttribute(name);
  }
  input.tabIndex = -1;
  for (const details of box.querySelectorAll('details')) details.open = true;
  renderSummary(results.querySelector('.summary'), result.summary);
  renderKeywords(results.querySelector('.chips'), result.keywords);
  renderRemoved(results.querySelector('.removed-list'), result.removed);
  const warmView = new ArticleView(highlight.querySelector('.highlight'));
  warmView.show(text, { ...result, blocks: result.blocks.slice(0, 2), breaks: result.breaks.slice(0, 1) });
  document.body.append(box);
  void box.offsetHeight; // lay it out now
  warmView.dispose();
  box.remove();
}

/** Runs `fn` when the page is idle (within a second at the latest). */
function whenIdle(fn) {
  if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 0);
}

function renderKeywordList(keywords) {
  renderKeywords(ui.keywords, keywords);
  ui.keywords.hidden = ui.keywordsHeading.hidden = !keywords.length;
}

function renderRemovedList(removed) {
  ui.removedSummary.textContent = removed.count
    ? `Set aside by cleanup (${formatCount(removed.count)})`
    : 'Set aside by cleanup (nothing)';
  return renderRemoved(ui.removed, removed, rendering?.signal ?? startRendering());
}

/**
 * Says so when a summary is over its word budget (`options`: the run's):
 * no sentence among the best ones fits, and the best one is given whole.
 */
function renderBudgetNote(stats, options) {
  const budget = options?.words ?? NaN;
  const over = stats.summaryWords > budget;
  ui.budgetNote.hidden = !over;
  ui.budgetNote.textContent = over
    ? `No sentence among the best ones fits in ${formatCount(budget)} word${budget === 1 ? '' : 's'}: the summary is the best sentence, ${formatCount(stats.summaryWords)} words long. Sentences are never cut.`
    : '';
}

function renderStats(stats, ms) {
  const s = ui.stat;
  s.inputWords.textContent = formatCount(stats.inputWords);
  s.inputSentences.textContent = formatCount(stats.inputSentences);
  s.inputTime.textContent = readingTime(stats.inputWords);
  s.summaryWords.textContent = formatCount(stats.summaryWords);
  s.summarySentences.textContent = formatCount(stats.summarySentences);
  s.summaryTime.textContent = readingTime(stats.summaryWords);
  s.elapsed.textContent = `Took ${formatMs(ms)} on this device. Reading times at ${WORDS_PER_MINUTE} words a minute.`;
}

function renderAlgorithms(algorithms) {
  const frag = document.createDocumentFragment();
  algorithms.forEach((a, i) => {
    const row = document.createElement('div');
    row.className = 'algorithm';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'algorithm';
    input.id = `algorithm-${a.name}`;
    input.value = a.name;
    input.checked = i === 0;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    const name = document.createElement('span');
    name.className = 'algorithm-name';
    name.textContent = a.name;
    const desc = document.createElement('span');
    desc.className = 'algorithm-desc';
    desc.textContent = a.description;
    label.append(name, desc);
    row.append(input, label);
    frag.append(row);
  });
  ui.algorithms.replaceChildren(frag);
}

// ---------------------------------------------------------------- controls

/** The text box reads right to left when its text starts in a script written so (see textDirection). */
function updateDirection(text = ui.input.value) {
  const dir = textDirection(text);
  if (ui.input.dir !== dir) ui.input.dir = dir;
}

function updateCount(n = ui.input.value.length) {
  ui.inputCount.textContent = `${formatCount(n)} character${n === 1 ? '' : 's'}`;
  ui.inputCount.classList.toggle('over-limit', n > MAX_CHARS);
}

function updateLengthControls() {
  const mode = currentMode();
  for (const m of ['sentences', 'ratio', 'words']) {
    $(`length-${m}-row`).hidden = m !== mode;
  }
  ui.sentencesValue.textContent = ui.sentences.value;
  ui.ratioValue.textContent = `${ui.ratio.value}%`;
}

/**
 * Puts text in the box and summarises it at once. Exported for the other
 * ways text arrives (a shared link, the bookmarklet). `note`, if given, is
 * said with its summary as long as the text is unchanged (the hand-over
 * of a page that does not look like an article).
 */
export function loadText(text, note = '') {
  notice = note ? { text, note } : null;
  ui.input.value = text;
  ui.input.scrollTop = 0;
  updateCount();
  updateDirection();
  run();
}

async function openFile(file) {
  if (!file) return;
  try {
    const { text, looksLikeArticle } = await readArticle(file);
    loadText(text, looksLikeArticle === false ? `“${file.name}” ${NOT_AN_ARTICLE}` : '');
  } catch (err) {
    // The text in the box and its summary stay; only the message is new.
    setStatus(err instanceof FileError ? err.message : `Could not open the file: ${err?.message ?? err}`, 'error');
  }
}

async function copySummary(format) {
  if (!current) return;
  const texts = Array.from({ length: current.summary.count }, (_, i) => textAt(current.summary, i));
  const ok = await copyText(format === 'md' ? asMarkdown(texts) : asPlainText(texts));
  ui.copyStatus.textContent = ok
    ? `Copied ${texts.length === 1 ? 'the sentence' : `${texts.length} sentences`} as ${format === 'md' ? 'Markdown' : 'plain text'}`
    : 'Copying was refused by the browser: select the summary and copy it yourself.';
  ui.copyStatus.classList.toggle('copy-failed', !ok);
  ui.copyStatus.classList.add('visible');
  clearTimeout(copyTimer);
  copyTimer = setTimeout(() => ui.copyStatus.classList.remove('visible'), 2500);
}

function jumpFrom(target) {
  const li = target.closest('#summary li');
  if (!li) return;
  view.reveal(li.dataset.index);
}

// Replacing or deleting a huge selection through the browser's editing
// machinery is very slow in a large text area (Chromium takes seconds per
// megabyte, mostly for undo), and so is pasting or dropping a huge text: 2 s
// for 5 MB, after which the box holds it in thousands of pieces and every
// selection in it is slow too (select() on 1 MB: 1.2 s after a paste, 0.06 s
// after setRangeText). Such edits are done directly instead; they cannot be
// undone with Ctrl+Z, which is the price of not freezing.
const LARGE_EDIT = 100_000;
// Select all (Ctrl+A; ⌘A on Apple systems) in a large text is done with
// select(): the browser's own command takes seconds per megabyte in Chromium
// 156 whenever the page holds content that is not rendered (a closed
// <details>, the article view's content-visibility blocks): 1.5 s for 1 MB,
// 9 s for 3 MB, where select() takes 0.05 s (the text put in the box by
// setRangeText or as its value; measured with only the text area and one such
// element in a page, and with scripts/bench-page.mjs --only huge).
const APPLE = /Mac|iPhone|iPad/.test(navigator.userAgentData?.platform ?? navigator.platform ?? '');
ui.input.addEventListener('keydown', (event) => {
  // (the key's position too: on a Russian or Hebrew layout the key is ф or ש)
  if (event.key !== 'a' && event.key !== 'A' && event.code !== 'KeyA') return;
  if (event.altKey || event.shiftKey || !(APPLE ? event.metaKey : event.ctrlKey)) return;
  if (ui.input.textLength < LARGE_EDIT) return;
  event.preventDefault();
  ui.input.select();
});
// A paste of an article starts its summary before the browser has put the
// text in the box (which takes it several milliseconds): the worker runs
// meanwhile. The input event that follows checks that the box holds what was
// foreseen, and runs again if not. (A longer paste takes the browser seconds
// to insert; it is summarised from the input event.)
const FORESEE_CHARS = 200_000;
let foreseen = null; // the text a paste in progress will leave in the box
ui.input.addEventListener('beforeinput', (event) => {
  foreseen = null;
  if (event.defaultPrevented) return; // taken over (paste-html.js: HTML source)
  const { selectionStart: start, selectionEnd: end } = ui.input;
  if (event.inputType === 'insertFromPaste' && typeof event.data === 'string' && event.data.length <= FORESEE_CHARS) {
    const { value } = ui.input;
    foreseen = value.slice(0, start) + event.data + value.slice(end);
    updateCount(foreseen.length);
    run(foreseen);
  }
  if (!event.cancelable) return;
  let replacement;
  if (event.inputType.startsWith('delete')) replacement = '';
  else if (event.inputType.startsWith('insert')) {
    replacement = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') replacement = '\n';
  } else return;
  if (end - start < LARGE_EDIT && replacement.length < LARGE_EDIT) return;
  event.preventDefault();
  ui.input.setRangeText(replacement, start, end, 'end');
  ui.input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: event.inputType, data: event.data }));
});
ui.input.addEventListener('input', (event) => {
  const expected = foreseen;
  foreseen = null;
  const text = ui.input.value;
  updateCount(text.length);
  updateDirection(text);
  if (expected !== null && event.inputType === 'insertFromPaste' && text === expected) return; // already running
  if (!AT_ONCE.has(event.inputType)) schedule();
  // A long text starts its run in a task of its own: this one already holds
  // the browser's own insertion of the text.
  else if (text.length > PART_CHARS) setTimeout(() => run(), 0);
  else run(text);
});
// Choices are made whole: at once. Sliders and the word budget are debounced
// while they move, and run at once when let go (change).
for (const m of ui.modes) {
  m.addEventListener('change', () => {
    updateLengthControls();
    run();
  });
}
for (const control of [ui.sentences, ui.ratio, ui.words]) {
  control.addEventListener('input', () => {
    updateLengthControls();
    schedule();
  });
  control.addEventListener('change', flush);
}
ui.algorithms.addEventListener('change', () => run());
ui.language.addEventListener('change', () => run());
ui.clear.addEventListener('click', () => {
  loadText('');
  ui.input.focus();
});
/** Loads the sample article (written for salient) into the text area. */
async function loadSample() {
  const early = takeSampleRun();
  if (early && sameOptions(early.options, readOptions())) {
    adoptSampleRun(early);
    return;
  }
  try {
    const res = await fetch(new URL('./sample.txt', import.meta.url), { cache: 'no-cache' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    loadText(await res.text());
  } catch (err) {
    showError(`Could not load the sample (${err.message}).`);
  }
}
/**
 * Takes over the run boot.js asked for on `?sample` (see there): its result
 * is shown as any other, and the sample goes into the box as soon as it is
 * here. Input meanwhile supersedes it, as it would any run.
 */
function adoptSampleRun(early) {
  cancel();
  running = { id: early.id, text: early.value, options: early.options, sample: early, t0: performance.now() };
  if (running.text !== null) fillSample(running.text);
  setState('running');
  clearTimeout(workingTimer);
  workingTimer = setTimeout(() => setWorking(true), WORKING_DELAY_MS);
  early.text.then(
    (text) => {
      if (running?.id === early.id && running.text === null) running.text = fillSample(text);
    },
    (err) => {
      if (running?.id !== early.id) return;
      running = null;
      showError(`Could not load the sample (${err.message}).`);
    },
  );
}

/** Puts the sample in the box, unless the reader has typed there since; returns it. */
function fillSample(text) {
  if (!ui.input.value) {
    ui.input.value = text;
    ui.input.scrollTop = 0;
    updateCount();
    updateDirection();
  }
  return text;
}

/** Whether two option sets ask for the same summary (the default algorithm or none alike). */
function sameOptions(a, b) {
  if (typeof b === 'string') return false;
  const strip = ({ algorithm, ...rest }) => (algorithm && algorithm !== defaultAlgorithm() ? { algorithm, ...rest } : rest);
  const x = strip(a);
  const y = strip(b);
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

/** The first algorithm the module lists (its default), once the list is there. */
function defaultAlgorithm() {
  return ui.algorithms.querySelector('input[name="algorithm"]')?.value ?? null;
}

ui.sample.addEventListener('click', loadSample);
// The text of this tab's last visit comes back (a reload, Back), unless the
// address brings text of its own (fragment.js); the bookmarklet's hand-over
// replaces it when its text arrives.
keepText(ui.input);
if (!ui.input.value && !location.hash) ui.input.value = keptText();
// `?sample` in the address (what `make serve` points to) starts with the sample.
if (new URLSearchParams(location.search).has('sample') && !ui.input.value && !location.hash) {
  loadSample();
}
ui.file.addEventListener('change', async () => {
  const [file] = ui.file.files;
  await openFile(file);
  ui.file.value = ''; // so the same file can be opened again
});
ui.copyTextButton.addEventListener('click', () => copySummary('text'));
ui.copyMdButton.addEventListener('click', () => copySummary('md'));
ui.summary.addEventListener('click', (event) => {
  // Selecting text inside a sentence is not a request to jump.
  const selection = window.getSelection();
  if (selection && !selection.isCollapsed && ui.summary.contains(selection.anchorNode)) return;
  jumpFrom(event.target);
});
ui.summary.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    jumpFrom(event.target);
  }
});

// Dropping a file anywhere on the page opens it. Dropped text (not files)
// keeps the browser's own behaviour.
const hasFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
let dragDepth = 0;
window.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth++;
  ui.dropOverlay.hidden = false;
});
window.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('dragleave', (event) => {
  if (!hasFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) ui.dropOverlay.hidden = true;
});
window.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  ui.dropOverlay.hidden = true;
  openFile(event.dataTransfer.files[0]);
});

ui.inputLimit.textContent = formatCount(MAX_CHARS);
updateCount();
updateDirection();
updateLengthControls();
startWorker();
if (!running && !current) run();
