// The bookmarklet's loader: the code that runs on the reader's page.
//
// The site build (scripts/build-site.mjs) minifies this function with terser
// and install.js makes it the `javascript:` URL of a#bookmarklet:
//
//   void (salientLoader, minified)("https://site/of/salient/")
//
// so the function must be self-contained (it runs on the reader's page, with
// nothing of this module around it) and stay small: it is the bookmark
// itself. It never changes the page.
//
// What it does, on the page being read:
// 1. Runs the overlay module from the salient site, which extracts the
//    article from this page (the site's WebAssembly extractor, or the
//    reader's selection), summarises it, highlights the summary in the page
//    and shows it in an overlay (overlay.js; a second click reuses the open
//    overlay). It comes in through a module script with no referrer
//    (run.js), so the site is not told which page is read; import() is the
//    fallback where the page refuses that script (Trusted Types) or it
//    cannot be fetched.
//    `window[Symbol.for('salient.bookmarklet')]` is set while it runs.
// 2. If that fails (the page's Content-Security-Policy forbids scripts from
//    other origins or WebAssembly, or the site cannot be reached), it hands
//    the page over to the hosted page in a new tab: the page's HTML
//    (scripts, styles and SVG left out) or the reader's selection (or the
//    text of a document that is no HTML, such as an SVG file), sent by
//    postMessage once the hosted page says it is ready (`salient-ready`
//    from that tab and the site's origin; the message goes to the site's
//    origin only). The hosted page (handover.js) parses it with DOMParser,
//    where nothing runs or loads, and extracts the article with the same
//    code. The tab opens blank and goes to the hosted page by a link with
//    no referrer, so that it is not told which page is read either.
// 3. Where there is no channel to the new tab (the tab was blocked, or a
//    Cross-Origin-Opener-Policy cuts the link, which shows as the tab
//    closing before it says it is ready), the page goes in the URL fragment
//    instead, `#page=` + base64url(deflate-raw(UTF-8 HTML)) (`#text=` for a
//    selection), up to FRAGMENT_MAX characters, after asking to open it in
//    this tab. Fragments never reach a server; the hosted page removes it from
//    the address bar. A page too big for that gets a clear message.

/**
 * Runs the bookmarklet on the current page. `site` is the absolute URL of the
 * salient site, ending in `/`.
 */
export function salientLoader(site) {
  // (a registered symbol, not a name: an element with that id cannot stand
  // in for it, as it can for a named property of window)
  const flag = Symbol.for('salient.bookmarklet');
  if (window[flag]) return;
  window[flag] = true;
  const FRAGMENT_MAX = 1500000;
  const origin = new URL(site).origin;
  const selected = String(getSelection() || '').trim();
  // what is handed over as text: the selection, or the text of a document
  // that is no HTML (an SVG or XML file, which has no article), its styles
  // and scripts left out
  const root = document.documentElement;
  const text = (selected.length >= 100 && selected) || (root instanceof HTMLElement ? '' : sansCode(root));
  function sansCode(el) {
    const copy = el?.cloneNode(true);
    copy?.querySelectorAll('style, script').forEach((e) => e.remove());
    return String(copy?.textContent || '').trim();
  }
  const pageHtml = () =>
    String(root?.outerHTML || '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|svg|noscript|template|iframe)\b[\s\S]*?<\/\1\s*>/gi, (el, name) =>
        name.toLowerCase() === 'script' && /^<script[^>]*application\/ld\+json/i.test(el) ? el : '',
      );
  const pack = async (input) => {
    const stream = new Blob([input]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 32768) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const inFragment = async () => {
    const hash = text ? 'text=' + (await pack(text)) : 'page=' + (await pack(pageHtml()));
    if (hash.length > FRAGMENT_MAX) {
      alert('salient: this page is too big to pass to the salient page (' + Math.round(hash.length / 1e6) + ' MB compressed). Select the article text and click the bookmarklet again.');
      return;
    }
    // (`noreferrer`: the salient page is opened here without this page's address)
    if (confirm('salient: this page does not let salient open its summary in a new tab. Open it here?')) open(site + '#' + hash, '_self', 'noreferrer');
  };
  const handOver = () =>
    new Promise((resolve) => {
      // The tab opens blank (nothing is asked of any server) and follows a
      // link of its own with no referrer to the hosted page, so the site is
      // not told which page is read; a tab opened `noreferrer` could not be
      // written to.
      const tab = window.open('', '_blank');
      if (!tab || tab.closed) {
        resolve(inFragment());
        return;
      }
      try {
        const link = tab.document.createElement('a');
        link.href = site + '#handover';
        link.referrerPolicy = 'no-referrer';
        tab.document.body.append(link);
        link.click();
      } catch {
        // (no blank tab to write in: sending it there would carry the
        // referrer, so the fragment it is)
        tab.close();
        resolve(inFragment());
        return;
      }
      const stop = () => {
        removeEventListener('message', onMessage);
        clearTimeout(timer);
        clearInterval(watch);
        resolve();
      };
      const giveUp = () => {
        stop();
        // a tab that never left about:blank is closed, not left behind
        try {
          if (tab.location.href === 'about:blank') tab.close();
        } catch {}
      };
      const onMessage = (event) => {
        if (event.source !== tab || event.origin !== origin || !event.data || event.data.type !== 'salient-ready') return;
        stop();
        tab.postMessage(text ? { type: 'salient-text', text } : { type: 'salient-page', html: pageHtml(), url: location.href }, origin);
      };
      addEventListener('message', onMessage);
      const timer = setTimeout(giveUp, 30000);
      const watch = setInterval(() => {
        if (tab.closed) {
          stop();
          inFragment();
        }
      }, 100);
    });
  // The overlay's code comes in through a module script with no referrer
  // (run.js), which calls back through window[flag]. Where the page refuses
  // to set such a script's URL (Trusted Types) or the script cannot load,
  // import() tries instead, with the page's own referrer policy: after a
  // first click it finds the overlay's modules already loaded, and asks the
  // site for nothing. A failure to show the overlay hands over.
  const imported = () => import(site + 'bookmarklet/overlay.js').then((overlay) => overlay.showPage({ site }));
  new Promise((resolve, reject) => {
    window[flag] = (err) => (err ? reject(err) : resolve());
    const script = document.createElement('script');
    script.type = 'module';
    script.referrerPolicy = 'no-referrer';
    script.onerror = () => resolve(imported());
    // run.js marks the callback as it starts; a module that threw while it
    // ran (load fires all the same) never did
    script.onload = () => window[flag].started || reject(new Error('the overlay did not start'));
    try {
      // (not an HTML document, e.g. an SVG file: no script element there)
      if (!(script instanceof HTMLScriptElement)) throw 0;
      script.src = site + 'bookmarklet/run.js?' + Date.now();
      // Once inserted, it is fetched and run; the page is left as it was.
      (document.head || document.documentElement).append(script);
      script.remove();
    } catch {
      resolve(imported());
    }
  })
    .catch(handOver)
    .catch((e) => alert('salient: ' + e))
    .finally(() => {
      window[flag] = false;
    });
}
