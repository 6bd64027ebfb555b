// End-to-end tests of the bookmarklet in headless Chromium, all on localhost.
//
//   bash scripts/build-wasm.sh   # once: builds www/pkg/
//   node --test tests/e2e/bookmarklet.test.mjs
//
// The site is served under /salient/ on one port (helpers.launch), the
// fixture article pages (tests/fixtures/pages/) on another, so the
// bookmarklet really works across origins. strict-csp.html is sent with a
// strict Content-Security-Policy header (script-src 'self', no
// 'wasm-unsafe-eval'), as many news sites do; `?csp=off` serves it without
// one, `?csp=no-wasm` with a policy that allows the site's scripts but not
// WebAssembly, `?csp=coop` with the strict policy and
// `Cross-Origin-Opener-Policy: same-origin` (no channel to a new tab).
// Any page asked for with `?referrer=POLICY` is sent with that
// Referrer-Policy header (beside the others), with `?csp=trusted-types` with
// a policy that requires Trusted Types for scripts.
//
// The bookmarklet is taken from a#bookmarklet on the served page and run the
// way a browser runs a bookmark: its percent-decoded source is evaluated in
// the page (page.evaluate, which, like a bookmarklet click, is not subject to
// the page's CSP; everything the bookmarklet loads is).

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage, REPO, setValue, settled, summaryTexts } from './helpers.mjs';

const PAGES = path.join(REPO, 'tests', 'fixtures', 'pages');
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

let env;
let fixtures;
let href;
let code;

/** Serves tests/fixtures/pages/, with the headers strict-csp.html needs (see above). */
async function startFixtureServer(siteOrigin) {
  const headers = (url) => {
    const policy = url.searchParams.get('referrer');
    const extra = policy ? { 'Referrer-Policy': policy } : {};
    if (url.searchParams.get('csp') === 'trusted-types') return { ...extra, 'Content-Security-Policy': "require-trusted-types-for 'script'" };
    if (!url.pathname.endsWith('/strict-csp.html')) return extra;
    const mode = url.searchParams.get('csp');
    if (mode === 'no-wasm') {
      extra['Content-Security-Policy'] = `default-src 'self'; script-src 'self' ${siteOrigin}; connect-src 'self' ${siteOrigin}; style-src 'self' 'unsafe-inline'`;
    } else if (mode !== 'off') {
      extra['Content-Security-Policy'] = STRICT_CSP;
    }
    if (mode === 'coop') extra['Cross-Origin-Opener-Policy'] = 'same-origin';
    return extra;
  };
  const server = await startServer({ root: PAGES, port: 0, headers });
  return { origin: new URL(server.url).origin, close: server.close };
}

before(async () => {
  env = await launch();
  fixtures = await startFixtureServer(env.origin);
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixtures.origin });
  const { page } = await openPage(env);
  href = await bookmarkletLink(page).getAttribute('href');
  await page.close();
  assert.ok(href?.startsWith('javascript:'), 'a#bookmarklet holds a javascript: URL');
  // What a browser runs for a javascript: URL: its percent-decoded text.
  code = decodeURIComponent(href.slice('javascript:'.length));
});

after(async () => {
  await fixtures?.close();
  await env?.close();
});

/** The bookmarklet link, once install.js has built it (at idle, after the first summary). */
function bookmarkletLink(page) {
  return page.locator('a#bookmarklet[data-site]');
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Opens a fixture page and records its errors. */
async function openFixture(name) {
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${fixtures.origin}/${name}`);
  return { page, errors };
}

/** The overlay's summary sentences, once there are `count` of them. */
async function overlaySentences(page, count) {
  await page.waitForFunction(
    (n) => document.querySelector('salient-summary')?.shadowRoot?.querySelectorAll('.summary li').length === n,
    count,
    { timeout: 15000 },
  );
  return page.locator('salient-summary .summary li').allTextContents();
}

/**
 * Opens the hosted page from `page` as the loader does (window.__tab), once
 * it says it is ready for the page's message.
 */
async function openHostedPage(page) {
  const opened = env.context.waitForEvent('page');
  await page.evaluate((site) => {
    window.__tab = window.open(`${site}#handover`, '_blank');
    window.__ready = new Promise((resolve) => addEventListener('message', (e) => e.data?.type === 'salient-ready' && resolve()));
  }, env.url);
  const tab = await opened;
  await page.evaluate(() => window.__ready);
  return tab;
}

/** Serves `page` an overlay module that throws as it loads. */
function breakOverlay(page) {
  return page.route((url) => url.pathname.endsWith('/bookmarklet/overlay.js'), (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'export const showPage = 0; throw new Error("broken overlay");' }),
  );
}

/** Extracts the article with the site's extract.js (imported across origins, like the overlay does). */
function extractWithModule(page) {
  return page.evaluate(async (url) => (await import(url)).extractArticle(document), `${env.url}extract.js`);
}

describe('bookmarklet', () => {
  test('the install section links the bookmarklet for the served site', async () => {
    const { page, problems } = await openPage(env);
    assert.ok(env.url.endsWith('/salient/'), 'the site is served under a sub-path');
    assert.ok(code.includes(JSON.stringify(env.url)), 'the bookmarklet loads from the site it was served from');
    assert.doesNotThrow(() => new Function(code), 'the bookmarklet is valid JavaScript');
    const built = await (await fetch(`${env.url}bookmarklet/minified.js`)).text();
    const { LOADER } = await import(`data:text/javascript,${encodeURIComponent(built)}`);
    assert.ok(code.includes(LOADER), 'the link holds the loader as the site build minified it (terser)');
    console.log(`bookmarklet: ${href.length} bytes as a javascript: URL`);
    assert.ok(href.length < 6 * 1024, `the bookmarklet stays small (${href.length} bytes)`);
    // Clicking it on salient itself only explains what to do with it.
    await bookmarkletLink(page).click();
    assert.match(await page.locator('#bookmarklet-status').textContent(), /Drag this button/);
    assert.equal(new URL(page.url()).pathname, '/salient/');
    await page.locator('#bookmarklet-copy').click();
    await page.waitForFunction(() => /Copied/.test(document.getElementById('bookmarklet-status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), href);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('extraction keeps the article and drops page furniture, without changing the page', async () => {
    for (const [name, title, firstWords] of [
      ['plain-article.html', 'Volunteers plant a community orchard on the old gasworks site', 'More than eighty volunteers'],
      // (Readability's rule: the title loses its last part; the head was
      // once skipped as invisible on a live page, and the h1 stood in.)
      ['link-heavy.html', 'Rail line to reopen after landslip repairs - Valley Post', 'Trains will run again'],
    ]) {
      const { page } = await openFixture(name);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const article = await extractWithModule(page);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, `${name}: the page is unchanged`);
      assert.equal(article.title, title, `${name}: title`);
      assert.ok(article.text.startsWith(firstWords), `${name}: the text starts with the first paragraph`);
      // The newsletter box reads like prose: the extractor keeps it (as
      // Readability does) and cleanup sets it aside as a promotion, so it
      // never reaches a summary (see the tests of the overlay below).
      assert.doesNotMatch(
        article.text.replace(/JUNK-NEWSLETTER[^\n]*/, ''),
        /JUNK/,
        `${name}: no navigation, links, captions, hidden text, scripts or boxes`,
      );
      assert.equal(article.source, 'article');
      const paragraphs = article.text.split('\n\n');
      // Every paragraph of the story is there, as a paragraph of its own.
      const story = await page.evaluate(() =>
        [...document.querySelectorAll('article > p, .story-body > p')]
          .filter((p) => !/JUNK/.test(p.textContent) && !p.matches('.byline'))
          .map((p) => p.textContent.replace(/\s+/g, ' ').trim()),
      );
      for (const p of story) assert.ok(paragraphs.includes(p), `${name}: keeps "${p.slice(0, 40)}…"`);
      await page.close();
    }
  });

  test('a selection is summarised instead of the article', async () => {
    const { page } = await openFixture('plain-article.html');
    await page.evaluate(() => {
      const ps = [...document.querySelectorAll('article > p')];
      const first = ps.findIndex((p) => p.textContent.startsWith('The trees will take'));
      const range = document.createRange();
      range.setStartBefore(ps[first]);
      range.setEndAfter(ps[first + 1]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    const article = await extractWithModule(page);
    assert.equal(article.source, 'selection');
    assert.match(article.text, /^The trees will take between three and five years.*\n\nUntil then, volunteers will water/s);
    assert.equal(article.text.split('\n\n').length, 2);
    await page.close();
  });

  test('on an ordinary page it shows the summary in an overlay, once', async () => {
    const { page, errors } = await openFixture('plain-article.html');
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await page.evaluate(code);
    const sentences = await overlaySentences(page, 3);

    // A sensible summary: three article sentences in document order, no furniture.
    const articleText = norm(await page.locator('article').evaluate((a) => a.textContent));
    const positions = sentences.map((s) => articleText.indexOf(norm(s)));
    assert.ok(positions.every((p) => p >= 0), `every sentence comes from the article: ${sentences.join(' | ')}`);
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in document order');
    assert.ok(sentences.every((s) => !/JUNK/.test(s)));
    const keywords = await page.locator('salient-summary .keywords li').allTextContents();
    assert.ok(keywords.some((k) => /orchard/i.test(k)), `keywords name the topic: ${keywords.join(', ')}`);
    assert.equal(
      await page.locator('salient-summary .title').textContent(),
      'Volunteers plant a community orchard on the old gasworks site',
    );
    assert.equal(await page.evaluate(() => document.body.innerHTML), bodyBefore, 'the page body is untouched');

    // The page's hostile styles do not reach into the overlay.
    const close = page.locator('salient-summary button.close');
    assert.ok(await close.isVisible(), 'the close button is visible despite `button { display: none !important }`');
    const style = await page.locator('salient-summary .summary li').first().evaluate((li) => {
      const s = getComputedStyle(li);
      return { letterSpacing: s.letterSpacing, fontFamily: s.fontFamily, display: s.display };
    });
    assert.equal(style.letterSpacing, 'normal');
    assert.doesNotMatch(style.fontFamily, /Comic/);
    assert.equal(style.display, 'list-item');

    // Length control.
    await setValue(page, 'salient-summary input[type="range"]', 5);
    const five = await overlaySentences(page, 5);
    assert.equal(await page.locator('salient-summary output').textContent(), '5');

    // Copy.
    await page.locator('salient-summary button.copy').click();
    await page.waitForFunction(() => /Copied/.test(document.querySelector('salient-summary').shadowRoot.querySelector('.status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), five.join('\n'));
    // Where the page refuses the Clipboard API, a selected text area in the
    // overlay is copied instead.
    await setValue(page, 'salient-summary input[type="range"]', 4);
    const four = await overlaySentences(page, 4);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      const execCommand = document.execCommand.bind(document);
      document.execCommand = (command, ...rest) => {
        if (command === 'copy') window.copiedByCommand = true;
        return execCommand(command, ...rest);
      };
    });
    await page.locator('salient-summary .status').evaluate((s) => (s.textContent = ''));
    await page.locator('salient-summary button.copy').click();
    await page.waitForFunction(() => /Copied/.test(document.querySelector('salient-summary').shadowRoot.querySelector('.status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), four.join('\n'));
    assert.ok(await page.evaluate(() => window.copiedByCommand), 'copied through the text area');
    assert.equal(await page.evaluate(() => document.querySelector('salient-summary').shadowRoot.activeElement?.className), 'copy', 'the focus is back on the button');
    assert.equal(await page.locator('textarea').count(), 0, 'no text area is left behind');

    // Clicking the bookmarklet again does not inject a second overlay.
    await page.evaluate(code);
    await page.evaluate(code);
    await page.waitForFunction(() => window[Symbol.for('salient.bookmarklet')] === false);
    assert.equal(await page.locator('salient-summary').count(), 1, 'still one overlay');
    assert.equal(await page.evaluate(() => document.querySelectorAll('salient-summary').length), 1);

    // Esc closes it and leaves the page as it was; the bookmarklet opens it again.
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('salient-summary').count(), 0, 'Esc closes the overlay');
    assert.equal(await page.evaluate(() => document.body.innerHTML), bodyBefore);
    await page.evaluate(code);
    await overlaySentences(page, 3);
    // Esc in one of the page's own fields is the page's
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'page-field';
      document.body.append(field);
      field.focus();
    });
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('salient-summary').count(), 1, 'Esc in a page field leaves the overlay open');
    await page.evaluate(() => document.getElementById('page-field').remove());
    await close.click();
    assert.equal(await page.locator('salient-summary').count(), 0, 'the close button closes it');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the site is not told which page is read, even where the page lets every request say so', async () => {
    const { page, errors } = await openFixture('plain-article.html?referrer=unsafe-url&story=private');
    const sent = [];
    page.on('request', (r) => {
      if (r.url().startsWith(env.origin)) sent.push(r.headerValue('referer').then((referer) => ({ url: r.url(), referer })));
    });
    // The policy is as lax as it gets: the page's own request to the site carries its full address.
    const own = await page.evaluate(async (url) => (await fetch(url)).ok, `${env.url}sample.txt`);
    assert.ok(own);
    await page.evaluate(code);
    await overlaySentences(page, 3);
    // What the overlay loads when a text's language needs it (language data
    // and the stemmer): a German selection, summarised on a second click.
    await page.evaluate(() => {
      const german = document.createElement('div');
      german.textContent = [
        'Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr nach langer Debatte beschlossen.',
        'Die Ausgaben für die Schulen steigen um vier Prozent, so stark wie seit zehn Jahren nicht mehr.',
        'Kritiker sagen, der Plan vergesse die Buslinien, die die Dörfer nördlich des Flusses verbinden.',
        'Der Bürgermeister versprach, den Verkehrsplan vor den Sommerferien noch einmal zu prüfen.',
      ].join(' ');
      document.body.append(german);
      getSelection().selectAllChildren(german);
    });
    await page.evaluate(code);
    await page.waitForFunction(() => /Stadtrat|Schulen|Bürgermeister|Kritiker/.test(document.querySelector('salient-summary').shadowRoot.querySelector('.summary').textContent));
    const requests = await Promise.all(sent);
    const [first, ...rest] = requests;
    assert.match(first.url, /sample\.txt$/);
    assert.match(first.referer ?? '', /story=private/, 'the page itself sends its address');
    const loaded = rest.map((r) => new URL(r.url).pathname);
    for (const file of ['bookmarklet/run.js', 'bookmarklet/overlay.js', 'pkg/salient_bg.wasm', 'pkg/salient_extract_bg.wasm', 'pkg/lang/detect.txt', 'pkg/lang/de.txt', 'pkg/stem/salient_stem_bg.wasm']) {
      assert.ok(loaded.some((p) => p.endsWith(file)), `${file} was loaded: ${loaded.join(' ')}`);
    }
    assert.deepEqual(rest.filter((r) => r.referer != null), [], 'no request for the overlay carries a referrer');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('handed over, the hosted page is not told which page is read either', async () => {
    const { page } = await openFixture('strict-csp.html?referrer=unsafe-url&story=private');
    const sent = [];
    const onRequest = (r) => {
      if (r.url().startsWith(env.origin)) sent.push(r.headerValue('referer').then((referer) => ({ url: r.url(), referer })));
    };
    env.context.on('request', onRequest);
    const opened = env.context.waitForEvent('page');
    await page.evaluate(code);
    const tab = await opened;
    assert.equal((await summaryTexts(tab, 3)).length, 3);
    env.context.off('request', onRequest);
    assert.equal(await tab.evaluate(() => document.referrer), '', 'the hosted page has no referrer');
    const requests = await Promise.all(sent);
    assert.ok(requests.some((r) => new URL(r.url).pathname === '/salient/'), `the hosted page was asked for: ${requests.map((r) => r.url).join(' ')}`);
    const fromPage = requests.filter((r) => r.referer?.startsWith(fixtures.origin));
    assert.deepEqual(fromPage, [], "no request to the site carries the page's address");
    await tab.close();
    await page.close();
  });

  test('where Trusted Types refuse its script, the overlay is imported instead', async () => {
    const { page, errors } = await openFixture('plain-article.html?csp=trusted-types');
    const refused = await page.evaluate(() => {
      try {
        document.createElement('script').src = 'https://example.invalid/x.js';
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(refused, 'the page refuses script URLs that are plain strings');
    await page.evaluate(code);
    assert.equal((await overlaySentences(page, 3)).length, 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('where its script cannot be fetched, import() brings the overlay; offline, a second click still shows it', async () => {
    const { page, errors } = await openFixture('plain-article.html');
    await page.route((url) => url.pathname.endsWith('/bookmarklet/run.js'), (route) => route.abort());
    await page.evaluate(code);
    const first = await overlaySentences(page, 3);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('salient-summary').count(), 0);
    // the site is now out of reach: the overlay's modules are loaded already
    const asked = [];
    await page.route((url) => url.origin === env.origin, (route) => {
      asked.push(new URL(route.request().url()).pathname);
      return route.abort();
    });
    await page.evaluate(code);
    assert.deepEqual(await overlaySentences(page, 3), first);
    assert.deepEqual(asked, ['/salient/bookmarklet/run.js'], 'nothing but the script that failed');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('where the overlay throws as it loads, the page is handed over', async () => {
    const { page } = await openFixture('plain-article.html');
    await breakOverlay(page);
    const opened = env.context.waitForEvent('page');
    await page.evaluate(code);
    const tab = await opened;
    assert.equal((await summaryTexts(tab, 3)).length, 3);
    await page.waitForFunction(() => window[Symbol.for('salient.bookmarklet')] === false, null, { timeout: 5000 });
    await tab.close();
    await page.close();
  });

  test("the page's own names do not stop it: an element with the id the loader once used", async () => {
    const { page, errors } = await openFixture('plain-article.html');
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = '__salientBookmarklet';
      document.body.append(el);
    });
    await page.evaluate(code);
    assert.equal((await overlaySentences(page, 3)).length, 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an XHTML page (application/xhtml+xml, an XML document of HTML elements) gets the overlay as an HTML page does', async () => {
    const { page, errors } = await openFixture('xhtml-article.xhtml');
    assert.equal(await page.evaluate(() => document instanceof HTMLDocument), false, 'no HTMLDocument');
    await page.evaluate(code);
    const sentences = await overlaySentences(page, 3);
    for (const s of sentences) assert.match(s, /ferry|crossing|motors|passengers|school|council|operator/i, s);
    assert.deepEqual(errors, []);
    // handed over (the overlay broken), it goes as HTML, whose article is
    // extracted, not as the text of its menus and footer
    const { page: fresh } = await openFixture('xhtml-article.xhtml');
    await breakOverlay(fresh);
    const opened = env.context.waitForEvent('page');
    await fresh.evaluate(code);
    const tab = await opened;
    await summaryTexts(tab, 3);
    const input = await tab.locator('#input').inputValue();
    assert.match(input, /^The river ferry returns after a winter in dry dock\n\n/, 'the article, extracted');
    assert.doesNotMatch(input, /Subscribe to our newsletter|Sport/);
    await tab.close();
    await fresh.close();
    await page.close();
  });

  test('an SVG document, which has no script element and no article, is handed over as its text', async () => {
    const { page } = await openFixture('drawing.svg');
    assert.equal(await page.evaluate(() => document.createElement('script') instanceof HTMLScriptElement), false);
    const opened = env.context.waitForEvent('page');
    await page.evaluate(code);
    const tab = await opened;
    const sentences = await summaryTexts(tab, 3);
    for (const s of sentences) assert.match(s, /orchard|trees|cooperative|blossom|harvest/i, s);
    assert.doesNotMatch(await tab.locator('#input').inputValue(), /JUNK-STYLE|font:/, 'its style sheet is no text');
    await page.waitForFunction(() => window[Symbol.for('salient.bookmarklet')] === false);
    await tab.close();
    await page.close();
  });

  test('on a front page with no article, the overlay says so above its summary', async () => {
    const message = (page) => page.locator('salient-summary .message');
    const { page: story } = await openFixture('link-heavy.html');
    await story.evaluate(code);
    await overlaySentences(story, 3);
    assert.equal(await message(story).isHidden(), true, 'no word about it on an article page');
    await story.close();

    const { page, errors } = await openFixture('front-page.html');
    assert.equal((await extractWithModule(page)).looksLikeArticle, false);
    await page.evaluate(code);
    await overlaySentences(page, 3);
    assert.match(await message(page).textContent(), /does not look like an article/);
    assert.equal(await message(page).isVisible(), true);
    // a selection is the reader's choice: no such word
    await page.evaluate(() => getSelection().selectAllChildren(document.querySelector('main')));
    await page.evaluate(code);
    await page.waitForFunction(() => document.querySelector('salient-summary').shadowRoot.querySelector('.message').hidden);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a front page handed over is summarised with the same word about it', async () => {
    const { page } = await openFixture('front-page.html');
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const tab = await openHostedPage(page);
    await page.evaluate((h) => window.__tab.postMessage({ type: 'salient-page', html: h }, '*'), html);
    await summaryTexts(tab, 3);
    assert.match(await tab.locator('#status').textContent(), /does not look like an article/);
    // A text of the reader's own is summarised without it.
    await setValue(tab, '#input', `${await tab.locator('#input').inputValue()}\n\nThe reader added a sentence of their own here.`);
    await tab.waitForFunction(() => !/does not look like an article/.test(document.getElementById('status').textContent));
    await tab.close();
    await page.close();
  });

  test('on a page full of navigation the summary comes from the story', async () => {
    const { page, errors } = await openFixture('link-heavy.html');
    await page.evaluate(code);
    const sentences = await overlaySentences(page, 3);
    const story = norm(await page.locator('.story-body').evaluate((el) => el.textContent));
    for (const s of sentences) {
      assert.ok(story.includes(norm(s)), `from the story: ${s}`);
      assert.doesNotMatch(s, /JUNK/);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('on a right-to-left page the overlay stays left to right, its sentences right to left', async () => {
    const { page, errors } = await openFixture('rtl-article.html');
    await page.evaluate(code);
    const sentences = await overlaySentences(page, 3);
    for (const s of sentences) assert.match(s, /[\u0590-\u05FF]/, `a Hebrew sentence: ${s}`);
    const directions = await page.evaluate(() => {
      const root = document.querySelector('salient-summary').shadowRoot;
      const dir = (el) => getComputedStyle(el).direction;
      return {
        panel: dir(root.querySelector('.panel')),
        sentences: [...root.querySelectorAll('.summary li')].map(dir),
        keywords: [...root.querySelectorAll('.keywords li')].map(dir),
        title: dir(root.querySelector('.title')),
        list: dir(root.querySelector('.summary')),
        panelLeft: root.querySelector('.panel').getBoundingClientRect().left,
      };
    });
    assert.equal(directions.panel, 'ltr', 'the overlay\'s own English text');
    assert.equal(directions.list, 'rtl', 'numbered on the side the Hebrew sentences start');
    assert.ok(directions.panelLeft < 100, `at the left, where the page's lines end (${directions.panelLeft})`);
    assert.deepEqual([...new Set(directions.sentences)], ['rtl'], 'the Hebrew sentences');
    assert.deepEqual([...new Set(directions.keywords)], ['rtl'], 'the Hebrew keywords');
    assert.equal(directions.title, 'rtl');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the page reads text from its fragment, summarises it and clears the address bar', async () => {
    const { page, problems } = await openPage(env);
    assert.equal(await page.locator('#input').inputValue(), '', 'nothing to read without a fragment');
    const sample = await (await fetch(`${env.url}sample.txt`)).text();
    const other = `Ünïcode headline — with “quotes”\n\n${sample.split('\n\n').slice(2).join('\n\n')}`;
    const packed = await page.evaluate(async (t) => (await import('./fragment.js')).packText(t), sample);
    // A fresh load, then the fragment changing on the open page.
    for (const [hash, text] of [
      [`#text=${packed}`, sample],
      [`#plain=${encodeURIComponent(other)}`, other],
    ]) {
      await page.goto(`${env.url}?from=test${hash}`);
      await page.waitForFunction((t) => document.getElementById('input').value === t, text);
      await summaryTexts(page, 3);
      await settled(page);
      const url = new URL(page.url());
      assert.equal(url.hash, '');
      assert.equal(url.search, '?from=test', 'only the fragment is removed');
    }
    await page.goto(`${env.url}#text=not-deflate-data`);
    await page.waitForFunction(() => /could not be read/.test(document.getElementById('status').textContent));
    assert.equal(new URL(page.url()).hash, '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const [mode, why] of [
    ['', 'no scripts from other origins'],
    ['?csp=no-wasm', 'the module loads but WebAssembly is refused'],
  ]) {
    test(`under a strict CSP (${why}) it opens the hosted page with the same summary`, async () => {
      // What the overlay shows for the same article where it is allowed.
      const { page: open } = await openFixture('strict-csp.html?csp=off');
      const article = await extractWithModule(open);
      await open.evaluate(code);
      const expected = await overlaySentences(open, 3);
      await open.close();

      const { page } = await openFixture(`strict-csp.html${mode}`);
      const opened = env.context.waitForEvent('page');
      await page.evaluate(code);
      const tab = await opened;
      const sentences = await summaryTexts(tab, 3);
      assert.deepEqual(sentences, expected, 'the hosted page summarises the same article the same way');
      assert.equal(await tab.locator('#input').inputValue(), `${article.title}\n\n${article.text}`);
      const url = new URL(tab.url());
      assert.equal(`${url.origin}${url.pathname}`, env.url, 'the hosted page, under its sub-path');
      assert.equal(url.hash, '', 'the fragment is removed from the address bar');
      assert.equal(await page.locator('salient-summary').count(), 0, 'no overlay on the strict page');
      await tab.close();
      await page.close();
    });
  }

  test('the summary is highlighted in the page, a click scrolls to it, closing removes it', async () => {
    const { page, errors } = await openFixture('plain-article.html');
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await page.setViewportSize({ width: 800, height: 300 });
    await page.evaluate(code);
    const sentences = await overlaySentences(page, 3);
    const marked = await page.evaluate(() => [...(CSS.highlights.get('salient-summary') ?? [])].map((r) => r.toString()));
    assert.equal(marked.length, 3, 'one highlight range per summary sentence');
    assert.deepEqual(marked.map(norm), sentences.map(norm), 'each range covers its sentence in the page');
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1, 'one style sheet for ::highlight');
    // Clicking the last sentence scrolls the page to it.
    const before = await page.evaluate(() => scrollY);
    await page.locator('salient-summary .summary li').nth(2).click();
    await page.waitForFunction(
      () => {
        const r = [...CSS.highlights.get('salient-summary')][2].getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      },
      null,
      { timeout: 5000 },
    );
    assert.notEqual(await page.evaluate(() => scrollY), before, 'the page scrolled');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => CSS.highlights.has('salient-summary')), false, 'closing removes the highlights');
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0, 'and the style sheet');
    assert.equal(await page.evaluate(() => document.body.innerHTML), bodyBefore, 'the page body is untouched');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with Cross-Origin-Opener-Policy it offers the summary in the same tab, through the fragment', async () => {
    const { page: open } = await openFixture('strict-csp.html?csp=off');
    const article = await extractWithModule(open);
    await open.close();

    const { page } = await openFixture('strict-csp.html?csp=coop');
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.accept();
    });
    // A tab that cannot be reached may still open (and says why it is empty).
    const strays = [];
    env.context.on('page', (p) => strays.push(p));
    await page.evaluate(code);
    await page.waitForURL((u) => u.href.startsWith(env.url), { timeout: 15000 });
    assert.match(dialogs[0] ?? '', /Open it here\?/);
    await page.waitForFunction((t) => document.getElementById('input').value === t, `${article.title}\n\n${article.text}`);
    await summaryTexts(page, 3);
    assert.equal(new URL(page.url()).hash, '', 'the fragment is removed from the address bar');
    assert.equal(await page.evaluate(() => document.referrer), '', 'opened without the address of the page');
    for (const p of strays) await p.close();
    await page.close();
  });

  test('the hosted page takes one message, from its opener only, and runs nothing in it', async () => {
    const { page } = await openFixture('plain-article.html');
    const requests = [];
    env.context.on('request', (r) => requests.push(r.url()));
    // The article page opens the hosted page as the loader does; a stranger
    // (another window) and the opener then post hostile messages.
    const tab = await openHostedPage(page);
    const hostile = [
      '<html><head><title>Hostile page with a long enough title</title></head><body>',
      '<img src="http://127.0.0.1:9/pwned.png" onerror="window.__pwned = 1">',
      '<script>window.__pwned = 2<\/script>',
      '<svg onload="window.__pwned = 3"></svg>',
      '<a href="javascript:window.__pwned = 4">x</a>',
      ...[
        'the council met on Tuesday and approved the budget for the coming year after a long debate',
        'spending on schools will rise by four percent, the largest increase in a decade',
        'critics said the plan ignored the bus routes that serve the villages north of the river',
        'the mayor promised a review of the transport plan before the summer holidays begin',
        'residents will be able to comment on the review at three public meetings in June',
        'the opposition group said it would publish its own budget proposals next month',
      ].map((t, i) => `<p>Hostile paragraph ${i}: ${t}, officials said.</p>`),
      '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000),
      '</body></html>',
    ].join('');
    // A stranger's message is ignored.
    const stranger = await env.context.newPage();
    await stranger.goto(`${fixtures.origin}/link-heavy.html`);
    await stranger.evaluate((site) => {
      const w = window.open(`${site}#never`, 'x');
      w?.close();
    }, env.url);
    await tab.evaluate(() => window.postMessage({ type: 'salient-page', html: '<p>FAKE from the page itself</p>' }, '*'));
    // The opener's message is taken...
    await page.evaluate((html) => window.__tab.postMessage({ type: 'salient-page', html }, '*'), hostile);
    await tab.waitForFunction(() => document.getElementById('input').value.includes('Hostile paragraph 0'));
    await summaryTexts(tab, 3);
    // ...once: a second one changes nothing.
    await page.evaluate(() => window.__tab.postMessage({ type: 'salient-page', html: '<p>SECOND message</p>' }, '*'));
    await tab.waitForTimeout(300);
    const value = await tab.locator('#input').inputValue();
    assert.ok(!/FAKE|SECOND/.test(value), 'only the first message from the opener');
    assert.equal(await tab.evaluate(() => window.__pwned), undefined, 'nothing in the handed-over page ran');
    assert.equal(await tab.evaluate(() => window.opener), null, 'the link to the opener is dropped');
    assert.ok(!requests.some((u) => u.includes('pwned')), 'nothing in it was fetched');
    await stranger.close();
    await tab.close();
    await page.close();
  });
});
