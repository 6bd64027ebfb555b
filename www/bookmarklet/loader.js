// The bookmarklet's loader: the code that runs on the reader's page.
//
// The site build (scripts/build-site.mjs) minifies this function with terser
// and install.js makes it the `javascript:` URL of a#bookmarklet:
//
//   void (salientLoader, minified)("https://site/of/salient/", (extractArticle, minified))
//
// So the function must be self-contained (it runs on the reader's page, with
// nothing of this module around it) and stay small: it is the bookmark itself.
//
// What it does, on the page being read:
// 1. Takes the reader's selection, or extracts the main article
//    (extractArticle, www/extract.js), without changing the page.
// 2. Imports the overlay module from the salient site and shows the summary
//    there, in a Shadow DOM (overlay.js; it reuses an open overlay, so a second
//    click never injects twice).
// 3. If that fails (the page's Content-Security-Policy forbids scripts from
//    other origins or WebAssembly, or the site cannot be reached), it opens
//    the salient page in a new tab with the text in the URL fragment:
//    `#text=` + base64url(deflate-raw(UTF-8 text)). Fragments are never sent
//    to a server; the page (fragment.js) decompresses the text, summarises it
//    and removes the fragment from the address bar. Without CompressionStream
//    the text goes uncompressed as `#plain=` + percent-encoded text.

/**
 * Runs the bookmarklet on the current page. `site` is the absolute URL of the
 * salient site, ending in `/`; `extractArticle` is www/extract.js's function.
 */
export function salientLoader(site, extractArticle) {
  const flag = '__salientBookmarklet';
  if (window[flag]) return;
  const article = extractArticle(document);
  const text = (article.title ? article.title + '\n\n' : '') + article.text;
  if (!article.text.trim()) {
    alert('salient: no article found here. Select some text and try again.');
    return;
  }
  window[flag] = true;
  const pack = async (input) => {
    try {
      const stream = new Blob([input]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 32768) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
      return 'text=' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    } catch (e) {
      return 'plain=' + encodeURIComponent(input);
    }
  };
  const openTab = async () => {
    let input = text;
    let hash = await pack(input);
    while (hash.length > 1500000 && input.length > 1000) {
      input = input.slice(0, Math.floor(input.length * 0.6));
      hash = await pack(input);
    }
    const url = site + '#' + hash;
    const tab = window.open(url, '_blank');
    if (tab) tab.opener = null;
    else if (confirm('salient: the new tab was blocked. Open the summary here?')) location.href = url;
  };
  import(site + 'bookmarklet/overlay.js')
    .then((overlay) => overlay.show({ site, title: article.title, text }))
    .catch(openTab)
    .catch((e) => alert('salient: ' + e))
    .finally(() => {
      window[flag] = false;
    });
}
