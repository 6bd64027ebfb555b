// What the bookmarklet's loader runs on the page being read: a module
// script of the salient site, inserted as
//
//   <script type="module" referrerpolicy="no-referrer" src=".../bookmarklet/run.js?N">
//
// rather than imported with import(), which has no referrer option: the
// script element's referrer policy holds for every module it imports, so no
// request for the overlay's code tells the salient site which page is being
// read, whatever that page's own referrer policy allows. (The overlay's
// fetches, of the wasm and the language data, say so themselves.) `?N` is
// new on every click: a module runs once per URL and page.
//
// It shows the overlay (overlay.js) and reports back to the loader through
// the function the loader left in `window[Symbol.for('salient.bookmarklet')]`:
// with no argument when the overlay is shown, with the error when it cannot
// be (the loader then hands the page over to the hosted page).

import { showPage } from './overlay.js';

const flag = window[Symbol.for('salient.bookmarklet')];
const report = typeof flag === 'function' ? flag : () => {};
report.started = true;
showPage({ site: new URL('../', import.meta.url).href }).then(
  () => report(),
  (err) => report(err instanceof Error ? err : new Error(String(err))),
);
