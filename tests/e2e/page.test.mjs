// End-to-end tests of the paste-and-summarise page in headless Chromium.
//
//   bash scripts/build-wasm.sh   # once: builds www/pkg/
//   node --test tests/e2e/
//
// The page is served in-process under a sub-path (/salient/) on a random port.
// Every test also checks that no request left the page's origin and that no
// console error or page error appeared. Screenshots go to test-output/.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  FIXTURES,
  fixture,
  launch,
  openPage,
  outputDir,
  paste,
  REPO,
  setValue,
  settled,
  summaryTexts,
  typeOver,
  waitForModule,
} from './helpers.mjs';

const FERRY = fixture('ferry-aground.txt');
// Page furniture in the fixture that must never be part of a summary.
const FURNITURE = [
  'Image caption',
  'Northern Lens',
  'Read more',
  'By Calum Fraser',
  'Sign up for our',
  'Share this article',
  'Advertisement',
  'Updated 3 hours ago',
];

let env;

before(async () => {
  env = await launch();
});

after(async () => {
  await env?.close();
});

/** Opens the page; `check()` asserts nothing went wrong or off-origin so far. */
async function open(options) {
  const watched = await openPage(env, options);
  watched.check = () => {
    // data: and blob: URLs never leave the browser; everything else must be same-origin.
    const foreign = watched.requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== env.origin);
    assert.deepEqual(foreign, [], 'every request stays on the page origin');
    assert.deepEqual(watched.problems, [], 'no console errors or page errors');
  };
  return watched;
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;

describe('salient page', () => {
  test('loads with version, algorithms and the empty-input message', async () => {
    const w = await open();
    const { page } = w;
    assert.match(await page.locator('#version').textContent(), /^v\d+\.\d+\.\d+/);
    assert.match(await page.locator('.tagline').textContent(), /Summaries that never leave your browser/);
    await settled(page);
    assert.match(await page.locator('#status').textContent(), /Paste an article to summarise it/);
    assert.equal(await page.locator('#summary li').count(), 0);
    // The algorithms come from the module, default first and checked.
    await page.locator('#advanced > summary').click();
    const names = await page.locator('#algorithms input[name="algorithm"]').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(names, ['salient', 'lead', 'textrank', 'lexrank', 'luhn']);
    assert.ok(await page.locator('#algorithm-salient').isChecked());
    const descriptions = await page.locator('.algorithm-desc').allTextContents();
    assert.ok(descriptions.every((d) => d.length > 10), 'each algorithm has a one-line explanation');
    // Whitespace only is still empty.
    await paste(page, '   \n\n  ');
    await settled(page);
    assert.match(await page.locator('#status').textContent(), /Paste an article to summarise it/);
    w.check();
    await page.close();
  });

  test('summarises a pasted article without page furniture', async () => {
    const w = await open();
    const { page } = w;
    await paste(page, FERRY);
    const texts = await summaryTexts(page, 3);
    await settled(page);
    for (const t of texts) {
      assert.ok(t.length > 40, `a real sentence: ${t}`);
      assert.ok(norm(FERRY).includes(norm(t)), `summary sentence comes from the article: ${t}`);
      for (const f of FURNITURE) assert.ok(!t.includes(f), `summary sentence without furniture "${f}": ${t}`);
    }
    // Cleanup reports what it set aside, each with a reason.
    const removed = await page.locator('#removed li').allTextContents();
    assert.ok(removed.some((r) => r.includes('Read more')), `"Read more" line set aside: ${removed.join(' | ')}`);
    assert.ok(removed.some((r) => r.includes('Image caption')), `caption set aside: ${removed.join(' | ')}`);
    assert.ok(removed.some((r) => r.includes('Sign up for our')), `newsletter line set aside: ${removed.join(' | ')}`);
    assert.equal(await page.locator('#removed .reason').count(), removed.length);
    assert.match(await page.locator('#removed-summary').textContent(), /Set aside by cleanup \(\d+\)/);
    assert.equal(await page.locator('#removed-details').getAttribute('open'), null, 'the list starts collapsed');
    // Keywords and counts.
    const keywords = await page.locator('#keywords li').allTextContents();
    assert.ok(keywords.length >= 3, `keywords shown: ${keywords}`);
    assert.ok(keywords.some((k) => /ferry|skarra|passengers/i.test(k)), `keywords about the story: ${keywords}`);
    const inputWords = Number((await page.locator('#stat-input-words').textContent()).replace(/,/g, ''));
    assert.ok(inputWords > 400 && inputWords < wordCount(FERRY), `article words counted without furniture: ${inputWords}`);
    assert.equal(await page.locator('#stat-summary-sentences').textContent(), '3');
    assert.match(await page.locator('#stat-input-time').textContent(), /^\d+ min$/);
    assert.match(await page.locator('#stat-summary-time').textContent(), /^\d+ s$/);
    assert.match(await page.locator('#stat-elapsed').textContent(), /Took \d+(\.\d)? m?s/);
    assert.equal(await page.locator('#status').isVisible(), false, 'no status message once summarised');
    w.check();
    await page.close();
  });

  test('a paste, the sample and undo summarise at once; typing waits for a pause', async () => {
    const w = await open();
    const { page } = w;
    // Every state the page goes through (body[data-state]); 'pending' is the debounce.
    await page.evaluate(() => {
      window.__states = [];
      new MutationObserver(() => window.__states.push(document.body.dataset.state)).observe(document.body, {
        attributes: true,
        attributeFilter: ['data-state'],
      });
    });
    const states = () => page.evaluate(() => window.__states.splice(0));
    // A real paste: the text on the clipboard, Ctrl+V in the box.
    await page.evaluate((t) => navigator.clipboard.writeText(t), FERRY);
    await page.locator('#input').focus();
    await page.keyboard.press('Control+V');
    const pasted = await summaryTexts(page, 3);
    await settled(page);
    assert.equal(await page.locator('#input').inputValue(), FERRY);
    let seen = await states();
    assert.ok(seen.includes('running') && !seen.includes('pending'), `a paste is not debounced: ${seen}`);
    for (const t of pasted) assert.ok(norm(FERRY).includes(norm(t)), t);

    // Typing is.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' The ferry sailed again on Friday.');
    await settled(page);
    seen = await states();
    assert.ok(seen.includes('pending'), `typing waits for a pause: ${seen}`);
    assert.ok((await page.locator('#highlight').evaluate((el) => el.textContent)).endsWith('sailed again on Friday.'));

    // Undo is a whole edit: at once.
    await page.keyboard.press('Control+Z');
    await settled(page);
    seen = await states();
    assert.ok(!seen.includes('pending'), `undo is not debounced: ${seen}`);
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), await page.locator('#input').inputValue());

    // Pasting over everything: the new text, at once.
    const sample = await (await page.request.get(new URL('sample.txt', env.url).href)).text();
    await page.evaluate((t) => navigator.clipboard.writeText(t), sample);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await settled(page);
    assert.equal(await page.locator('#input').inputValue(), sample);
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), sample);
    seen = await states();
    assert.ok(!seen.includes('pending'), `a paste over a selection is not debounced: ${seen}`);

    // The sample button.
    await page.locator('#clear').click();
    await settled(page);
    await states();
    await page.locator('#sample').click();
    await summaryTexts(page, 3);
    await settled(page);
    seen = await states();
    assert.ok(seen.includes('running') && !seen.includes('pending'), `the sample is not debounced: ${seen}`);
    w.check();
    await page.close();
  });

  test('length in sentences, percent and words', async () => {
    const w = await open();
    const { page } = w;
    await paste(page, FERRY);
    await summaryTexts(page, 3);

    await setValue(page, '#length-sentences', 5);
    assert.equal(await page.locator('#length-sentences-value').textContent(), '5');
    await summaryTexts(page, 5);
    await setValue(page, '#length-sentences', 1);
    await summaryTexts(page, 1);
    await settled(page);

    // Percent of the candidate sentences, rounded, at least one.
    const candidates = Number(await page.locator('#stat-input-sentences').textContent());
    assert.ok(candidates >= 15, `enough candidate sentences: ${candidates}`);
    await page.locator('label[for="mode-ratio"]').click();
    assert.ok(await page.locator('#length-ratio').isVisible());
    assert.ok(!(await page.locator('#length-sentences').isVisible()));
    await setValue(page, '#length-ratio', 50);
    assert.equal(await page.locator('#length-ratio-value').textContent(), '50%');
    await summaryTexts(page, Math.round(candidates * 0.5));
    await setValue(page, '#length-ratio', 10);
    await summaryTexts(page, Math.max(1, Math.round(candidates * 0.1)));

    // A word budget: whole sentences that fit.
    await page.locator('label[for="mode-words"]').click();
    await page.locator('#length-words').fill('60');
    await settled(page);
    const small = await summaryTexts(page);
    const smallWords = small.reduce((n, t) => n + wordCount(t), 0);
    assert.ok(small.length >= 1);
    assert.ok(small.length === 1 || smallWords <= 60, `${smallWords} words within a budget of 60`);
    await page.locator('#length-words').fill('250');
    await settled(page);
    const large = await summaryTexts(page);
    const largeWords = large.reduce((n, t) => n + wordCount(t), 0);
    assert.ok(largeWords <= 250, `${largeWords} words within a budget of 250`);
    assert.ok(large.length > small.length, 'a larger budget gives more sentences');
    assert.equal(await page.locator('#budget-note').isVisible(), false, 'no note when the summary fits');
    // A budget no sentence fits: the best sentence, whole, and a note saying so.
    await page.locator('#length-words').fill('3');
    await settled(page);
    const one = await summaryTexts(page);
    assert.equal(one.length, 1);
    assert.ok(wordCount(one[0]) > 3);
    assert.match(await page.locator('#budget-note').textContent(), /No sentence among the best ones fits in 3 words: the summary is the best sentence, \d+ words long/);
    // An empty budget asks for a number instead of running.
    await page.locator('#length-words').fill('');
    await settled(page);
    assert.match(await page.locator('#status').textContent(), /word budget/i);
    assert.equal(await page.locator('#summary li').count(), 0);
    w.check();
    await page.close();
  });

  test('the article view highlights the summary and scores every sentence', async () => {
    const w = await open();
    const { page } = w;
    await paste(page, FERRY);
    await setValue(page, '#length-sentences', 4);
    const texts = await summaryTexts(page, 4);
    await settled(page);
    // The view is the original text, unchanged, built from text nodes.
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), FERRY);
    const marked = await page.locator('#highlight mark.hl-chosen').allTextContents();
    assert.deepEqual(marked.map(norm), texts.map(norm), 'exactly the summary sentences are marked, in order');
    const shades = await page.locator('#highlight .hl').evaluateAll((els) =>
      els.map((e) => Number(e.style.getPropertyValue('--w'))),
    );
    const candidates = Number(await page.locator('#stat-input-sentences').textContent());
    assert.equal(shades.length, candidates, 'every candidate sentence is shaded');
    assert.ok(shades.every((x) => x >= 0 && x <= 1));
    assert.equal(Math.max(...shades), 1);
    assert.equal(Math.min(...shades), 0);
    // Set-aside furniture is shown dimmed, not hidden.
    const dimmed = await page.locator('#highlight .hl-removed').allTextContents();
    assert.ok(dimmed.some((t) => t.startsWith('Read more')), `dimmed: ${dimmed.join(' | ')}`);
    // Only elements without markup from the text: no <b>, <a>, <script> etc.
    const tags = await page.locator('#highlight *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    assert.ok(tags.every((t) => ['SPAN', 'MARK', 'DIV'].includes(t)), `tags: ${tags}`);
    assert.equal(await page.locator('#highlight div:not(.hl-chunk)').count(), 0);
    w.check();
    await page.close();
  });

  test('choosing a summary sentence scrolls the article view to it (mouse and keyboard)', async () => {
    const w = await open();
    const { page } = w;
    await page.setViewportSize({ width: 1280, height: 700 });
    await paste(page, FERRY);
    await setValue(page, '#length-sentences', 6);
    await summaryTexts(page, 6);
    await settled(page);
    const view = page.locator('#highlight');
    const overflow = await view.evaluate((el) => el.scrollHeight > el.clientHeight);
    assert.ok(overflow, 'the article view scrolls');
    assert.equal(await view.evaluate((el) => el.scrollTop), 0);

    const last = page.locator('#summary li').last();
    const index = await last.getAttribute('data-index');
    await last.click();
    const target = page.locator(`#highlight [data-index="${index}"]`);
    await page.waitForFunction(() => document.getElementById('highlight').scrollTop > 0);
    assert.ok(await target.evaluate((el) => el.classList.contains('flash')));
    const inView = await target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const port = el.closest('#highlight').getBoundingClientRect();
      return box.top >= port.top - 1 && box.bottom <= port.bottom + 1 && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the sentence is visible in the article view and the window');

    // Keyboard: focus the first summary item and press Enter.
    const first = page.locator('#summary li').first();
    const firstIndex = await first.getAttribute('data-index');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (i) => document.querySelector(`#highlight [data-index="${i}"]`).classList.contains('flash'),
      firstIndex,
    );
    assert.equal(await page.locator('#highlight .flash').count(), 1, 'only the latest sentence flashes');
    w.check();
    await page.close();
  });

  test('copies the summary as plain text and as Markdown', async () => {
    const w = await open();
    const { page } = w;
    await paste(page, FERRY);
    const texts = await summaryTexts(page, 3);
    await settled(page);

    await page.locator('#copy-text').click();
    await page.waitForFunction(() => document.getElementById('copy-status').textContent.includes('Copied'));
    assert.match(await page.locator('#copy-status').textContent(), /Copied 3 sentences as plain text/);
    assert.ok(await page.locator('#copy-status').isVisible());
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(plain, texts.join('\n'));

    await page.locator('#copy-md').click();
    await page.waitForFunction(() => document.getElementById('copy-status').textContent.includes('Markdown'));
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(md, texts.map((t) => `- ${t}`).join('\n'));
    w.check();
    await page.close();
  });

  test('opens .txt and .html files through the file input', async () => {
    const w = await open();
    const { page } = w;
    await page.locator('#file').setInputFiles(path.join(FIXTURES, 'ferry-aground.txt'));
    await page.waitForFunction(() => document.getElementById('input').value.length > 0);
    assert.equal(await page.locator('#input').inputValue(), FERRY);
    await summaryTexts(page, 3);

    await page.locator('#file').setInputFiles(path.join(FIXTURES, 'library-reopens.html'));
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('Halvergate library reopens'));
    const text = await page.locator('#input').inputValue();
    // The same extractor as the bookmarklet's: the title, then the article
    // (the byline is metadata, the photo caption is left out).
    assert.ok(!text.includes('MUST-NOT-APPEAR'), 'script, style, nav and footer text dropped');
    assert.ok(!text.includes('font-family'), 'no CSS in the text');
    assert.ok(!text.includes('<'), 'no markup in the text');
    assert.match(text, /^Halvergate library reopens after flood repairs\n\nHalvergate library reopens two years after flood destroyed its ground floor\n\nHalvergate's central library/);
    assert.ok(!text.includes('Photo: Eastfield Courier'), 'no caption');
    assert.ok(text.includes('in front of the main staircase.\n\nThe £3.2 million'), 'paragraphs become blank-line breaks');
    assert.ok(text.includes('made from old catalogue cards in front'), 'inline elements stay inline');
    await settled(page);
    const texts = await summaryTexts(page, 3);
    for (const t of texts) {
      assert.ok(!/Read more|Sign up|Photo:/.test(t), `no furniture in the summary: ${t}`);
    }
    const title = await page.locator('#title').textContent();
    assert.match(title, /Halvergate library reopens/);
    assert.doesNotMatch(await page.locator('#status').textContent(), /does not look like an article/);
    // The image in the HTML file was never requested (DOMParser documents are inert).

    // A saved front page is summarised with a word about it.
    await page.locator('#file').setInputFiles(path.join(REPO, 'tests', 'fixtures', 'pages', 'front-page.html'));
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('News, sport and weather'));
    await summaryTexts(page, 3);
    assert.match(await page.locator('#status').textContent(), /“front-page\.html” does not look like an article/);

    // Dropping a file anywhere on the page opens it too.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
      const target = document.querySelector('.site-header');
      for (const type of ['dragenter', 'dragover']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
      if (document.getElementById('drop-overlay').hidden) throw new Error('no drop overlay while dragging');
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, FERRY);
    await page.waitForFunction((t) => document.getElementById('input').value === t, FERRY);
    assert.ok(await page.locator('#drop-overlay').isHidden());
    await summaryTexts(page, 3);

    // A file saved in a legacy Western encoding (windows-1252, not UTF-8):
    // its accents and curly quotes, not replacement characters.
    const french = [
      'Le café du port a rouvert lundi, après deux ans de travaux et une longue bataille avec la mairie.',
      '\x93Nous avons attendu ce jour très longtemps\x94, a déclaré la patronne devant une foule d\x92habitués.',
      'La mairie a promis de rénover aussi la place du marché avant l\x92été prochain.',
      'Les pêcheurs du port viennent déjà y prendre leur café à l\x92aube, comme avant la fermeture.',
    ].join('\n\n');
    await page.locator('#file').setInputFiles({ name: 'cafe.txt', mimeType: 'text/plain', buffer: Buffer.from(french, 'latin1') });
    const decoded = french.replace(/\x93/g, '\u201C').replace(/\x94/g, '\u201D').replace(/\x92/g, '\u2019');
    await page.waitForFunction((t) => document.getElementById('input').value === t, decoded);
    await settled(page);
    const cafe = await summaryTexts(page, 3);
    assert.ok(cafe.some((t) => t.includes('café')), `the summary of the file: ${cafe}`);
    assert.ok(cafe.every((t) => !t.includes('\uFFFD')), `no replacement characters: ${cafe}`);

    // A file that cannot be opened says so, and the summary of the text in
    // the box stays.
    await page.locator('#file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('photo.png'));
    assert.equal(await page.locator('#input').inputValue(), decoded);
    assert.deepEqual(await page.locator('#summary li').allTextContents(), cafe, 'the summary is still shown');
    assert.ok(await page.locator('#results').isVisible());
    w.check();
    await page.close();
  });

  test('pasting the HTML source of a page summarises its article', async () => {
    const w = await open();
    const { page } = w;
    const html = fixture('library-reopens.html');
    // A real paste: the text on the clipboard, Ctrl+A and Ctrl+V in the box.
    const paste = async (text) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      await page.locator('#input').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+V');
    };
    await paste(html);
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('Halvergate library reopens after flood repairs\n\n'));
    const text = await page.locator('#input').inputValue();
    assert.ok(!text.includes('<'), 'no markup in the box');
    assert.ok(!text.includes('MUST-NOT-APPEAR'), 'no script, style, navigation or footer text');
    const texts = await summaryTexts(page, 3);
    for (const t of texts) assert.ok(text.includes(t.split(' ').slice(0, 4).join(' ')), `from the article: ${t}`);
    // Prose that merely mentions a tag is pasted as it is.
    const prose = 'Use the <b> element for bold text, the manual says, and the <i> element for italics.';
    await paste(prose);
    await page.waitForFunction((t) => document.getElementById('input').value === t, prose);
    // Event handler attributes are never run, nor even tried (the page's CSP
    // would block them, and report each to the console).
    const handlers = html
      .replace('<body', '<body onload="window.ran = 1"')
      .replaceAll('<p>', '<p onclick="window.ran = 2" onmouseover="window.ran = 3">')
      .replace('</article>', '<img src="x.png" onerror="window.ran = 4"></article>');
    assert.ok(handlers.includes('onclick='));
    await paste(handlers);
    await page.waitForFunction(() => document.getElementById('input').value.startsWith('Halvergate library reopens'));
    assert.equal(await page.evaluate(() => window.ran), undefined);
    w.check();
    await page.close();
  });

  test('the text in the box survives a reload and going back, also on ?sample', async () => {
    const w = await open();
    const { page } = w;
    const typed = `${FERRY}\n\nA last line the reader typed.`;
    await page.goto(new URL('?sample', env.url).href);
    await waitForModule(page);
    await summaryTexts(page, 3);
    await settled(page);
    await page.locator('#input').fill(typed);
    await settled(page);
    await page.reload();
    await waitForModule(page);
    assert.equal(await page.locator('#input').inputValue(), typed, 'the reader\'s text, not the sample again');
    const texts = await summaryTexts(page, 3);
    for (const t of texts) assert.ok(norm(FERRY).includes(norm(t)), `summarised again: ${t}`);
    await page.goto('about:blank');
    await page.goBack();
    await waitForModule(page);
    assert.equal(await page.locator('#input').inputValue(), typed, 'and after Back');
    await summaryTexts(page, 3);
    w.check();
    await page.close();
  });

  test('?sample in the address starts with the sample summarised (what make serve opens)', async () => {
    const w = await open();
    const { page } = w;
    await page.goto(new URL('?sample', env.url).href);
    await waitForModule(page);
    const texts = await summaryTexts(page, 3);
    const sample = await page.locator('#input').inputValue();
    assert.ok(sample.length > 1000, 'the sample fills the text area');
    for (const t of texts) assert.ok(norm(sample).includes(norm(t)), t);
    w.check();
    await page.close();
  });

  test('the sample, an unknown file type, text over the limit and module errors', async () => {
    const w = await open();
    const { page } = w;
    await page.locator('#sample').click();
    await page.waitForFunction(() => document.getElementById('input').value.length > 1000);
    const sample = await page.locator('#input').inputValue();
    const words = wordCount(sample);
    assert.ok(words >= 600 && words <= 850, `sample length: ${words} words`);
    const texts = await summaryTexts(page, 3);
    for (const t of texts) assert.ok(!/Image caption|Read more|Sign up|Share this/.test(t), t);
    assert.ok((await page.locator('#removed li').count()) >= 3, 'the sample has furniture to set aside');

    // A file that is not text.
    await page.locator('#file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('photo.png'));
    assert.match(await page.locator('#status').textContent(), /not a \.txt, \.md or \.html file/);

    // Over the 5,000,000-character limit: a message, no run.
    await page.locator('#input').evaluate((el) => {
      el.value = 'word '.repeat(1_000_001);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settled(page);
    assert.match(await page.locator('#status').textContent(), /5,000,005 characters long; the limit is 5,000,000/);
    assert.equal(await page.locator('#summary li').count(), 0);
    assert.ok(await page.locator('#status').evaluate((el) => el.classList.contains('status-error')));

    // An error thrown by the module is shown, not swallowed.
    await paste(page, sample);
    await summaryTexts(page, 3);
    await page.locator('#advanced > summary').click();
    await page.locator('#algorithm-luhn').evaluate((el) => {
      el.value = 'pagerank';
      el.checked = true;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settled(page);
    assert.match(await page.locator('#status').textContent(), /Could not summarise: .*unknown algorithm "pagerank"/i);
    assert.equal(await page.locator('#summary li').count(), 0);
    w.check();
    await page.close();
  });

  test('the algorithm choice changes the summary', async () => {
    const w = await open();
    const { page } = w;
    await paste(page, FERRY);
    await summaryTexts(page, 3);
    await page.locator('#advanced > summary').click();
    await page.locator('label[for="algorithm-lead"]').click();
    await settled(page);
    // Lead: the first three candidate sentences.
    const firstThree = await page.locator('#highlight .hl').evaluateAll((els) => els.slice(0, 3).map((e) => e.tagName));
    assert.deepEqual(firstThree, ['MARK', 'MARK', 'MARK']);
    assert.equal(await page.locator('#highlight mark').count(), 3);
    w.check();
    await page.close();
  });

  /**
   * Pastes `text`, waits for its three-sentence summary and checks that the
   * page shows `language` as detected; returns the summary and the keywords
   * (at least one).
   */
  async function pasteDetected(page, text, language) {
    await paste(page, text);
    const summary = await summaryTexts(page, 3);
    await settled(page);
    assert.match(await page.locator('#language-used').textContent(), new RegExp(`: ${language} \\(detected`));
    const keywords = await page.locator('#keywords li').allTextContents();
    assert.ok(keywords.length > 0);
    return { summary, keywords };
  }

  test('the language is detected and shown, and the reader can change it', async () => {
    const w = await open();
    const { page } = w;
    // written for this test: a short German news text
    const german =
      'Der Stadtrat hat am Dienstag beschlossen, die Buslinie bis zum neuen Wohngebiet zu verlängern. ' +
      'Die Anwohner hatten sich seit Jahren dafür eingesetzt, und die ersten Busse sollen im Frühjahr fahren. ' +
      'Die Kosten für die Verlängerung der Buslinie trägt die Stadt, die Häuser im Wohngebiet werden im Sommer fertig. ' +
      'Der Bürgermeister sagte, die neue Buslinie werde den Verkehr in der Innenstadt entlasten.';
    const { keywords } = await pasteDetected(page, german, 'German');
    for (const k of keywords) assert.doesNotMatch(k.toLowerCase(), /^(der|die|und|im|zu)$/, k);
    // the stemmer module was loaded for German, and German's stopwords
    assert.ok(w.requests.some((u) => u.endsWith('/pkg/lang/de.txt')), 'de.txt');
    assert.ok(w.requests.some((u) => u.endsWith('/pkg/stem/salient_stem_bg.wasm')), 'stemmer');
    await page.locator('#advanced > summary').click();
    await page.locator('#language').selectOption('nl');
    await settled(page);
    assert.match(await page.locator('#language-used').textContent(), /Dutch \(chosen\), but the text reads as German/);
    await page.locator('#language').selectOption('de');
    await settled(page);
    assert.equal(await page.locator('#language-used').textContent(), 'Language: German (chosen)');
    // A text with no article sentences (only furniture, shown as set aside)
    // does not keep the last text's language line.
    await page.locator('#language').selectOption('auto');
    await settled(page);
    await paste(page, 'Read more: Why the new bus line took so long to build\n\nAdvertisement\n\nShare this article');
    await settled(page);
    assert.match(await page.locator('#status').textContent(), /No article sentences/);
    assert.ok(await page.locator('#removed-details').isVisible(), 'what cleanup set aside is shown');
    assert.doesNotMatch(await page.locator('#language-used').textContent(), /Dutch|German/);
    w.check();
    await page.close();
  });

  test('Hebrew reads right to left in the box, the summary, the keywords and the article view', async () => {
    const w = await open();
    const { page } = w;
    // written for this test (as tests/fixtures/pages/rtl-article.html)
    const hebrew = [
      'הספרייה העירונית נפתחה מחדש ביום ראשון, אחרי שיפוץ שנמשך שנתיים ועלה עשרה מיליון שקלים.',
      'מאות תושבים הגיעו לטקס הפתיחה, וראש העירייה אמר כי הספרייה החדשה תהיה פתוחה גם בשעות הערב.',
      'בספרייה יש עכשיו אולם קריאה גדול, חדר מחשבים ופינה מיוחדת לילדים ולהורים שלהם.',
      'הספרנית הראשית אמרה כי מספר הספרים בספרייה גדל בשליש, וכי רבים מהם נתרמו על ידי התושבים.',
    ].join('\n\n');
    await paste(page, hebrew);
    await settled(page);
    const directions = await page.evaluate(() => {
      const dir = (el) => getComputedStyle(el).direction;
      return {
        input: dir(document.getElementById('input')),
        summary: [...document.querySelectorAll('#summary li')].map(dir),
        keywords: [...document.querySelectorAll('#keywords li')].map(dir),
        view: dir(document.getElementById('highlight')),
        page: dir(document.getElementById('summary-heading')),
      };
    });
    assert.equal(directions.input, 'rtl');
    assert.ok(directions.summary.length > 0);
    assert.deepEqual([...new Set(directions.summary)], ['rtl']);
    assert.deepEqual([...new Set(directions.keywords)], ['rtl']);
    assert.equal(directions.view, 'rtl');
    assert.equal(directions.page, 'ltr', 'the page itself stays left to right');
    w.check();
    await page.close();
  });

  test('Thai, written without full stops, is split at the spaces between clauses', async () => {
    const w = await open();
    const { page } = w;
    // written for this test: a short Thai news text, one paragraph, clauses
    // separated by spaces and no full stop (as Thai is written)
    const thai =
      'สภาเทศบาลอนุมัติงบประมาณใหม่สำหรับการซ่อมสะพานเมื่อวันจันทร์ ' +
      'หลังการเจรจากับชาวบ้านนานหลายเดือน ' +
      'นายกเทศมนตรีกล่าวว่าการซ่อมสะพานจะเริ่มในเดือนมีนาคม ' +
      'ชาวบ้านจำนวนมากรอการซ่อมสะพานมานานหลายปี ' +
      'งบประมาณสำหรับสะพานมาจากรัฐบาลภูมิภาค ' +
      'การซ่อมสะพานจะใช้เวลาประมาณหนึ่งปี';
    const { summary, keywords } = await pasteDetected(page, thai, 'Thai');
    for (const s of summary) {
      assert.ok(s.length < thai.length / 2, `a clause, not the paragraph: ${s}`);
      assert.ok(thai.includes(s), `an article sentence: ${s}`);
    }
    assert.ok(keywords.some((k) => k.includes('สะพาน')), keywords.join(', '));
    w.check();
    await page.close();
  });

  test('a book runs off the main thread and newer input supersedes it', async () => {
    const w = await open();
    const { page } = w;
    // A book-sized text (about 4.8 MB, just under the page's limit, so that
    // the run is still going when newer input arrives), replaced before it
    // can finish.
    const chapters = [];
    for (let i = 0; i < 1300; i++) chapters.push(FERRY.replaceAll('Skarra', `Skarra ${i}`));
    const book = chapters.join('\n\n');
    assert.equal(w.workers.length, 1);
    // New input while the book is still running: the worker is replaced.
    // (The new text goes in from inside the page the moment the run starts:
    // on a busy machine the run could be over before the test saw it going.)
    await page.evaluate((ferry) => {
      const input = document.getElementById('input');
      const observer = new MutationObserver(() => {
        if (document.body.dataset.state !== 'running') return;
        observer.disconnect();
        window.replacedWhile = document.body.dataset.state;
        input.value = ferry;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      observer.observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
    }, FERRY);
    await setValue(page, '#input', book);
    const texts = await summaryTexts(page, 3);
    await settled(page);
    assert.equal(await page.evaluate(() => window.replacedWhile), 'running');
    assert.equal(w.workers.length, 2, 'the busy worker was terminated and a new one started');
    for (const t of texts) assert.ok(norm(FERRY).includes(norm(t)) && !/Skarra \d/.test(t), `from the new text: ${t}`);
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), FERRY);
    assert.equal(await page.locator('#status').isVisible(), false);

    // The book summarised: the main thread stays free while the worker
    // works, and a run that takes a while says so. (Status changes are
    // recorded as they happen: the frame that would show "Working…" may come
    // only after the run on a busy machine.)
    await page.evaluate(() => {
      const status = document.getElementById('status');
      window.statuses = [];
      new MutationObserver(() => window.statuses.push(status.textContent)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await setValue(page, '#input', book);
    await page.waitForFunction(() => document.body.dataset.state === 'running', null, { polling: 10 });
    const lag = await page.evaluate(
      () => new Promise((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start), 20);
      }),
    );
    assert.ok(lag < 150, `a 20 ms timer fired after ${lag.toFixed(0)} ms during the run`);
    await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout: 60_000, polling: 50 });
    assert.ok(await page.evaluate(() => window.statuses.includes('Working…')), 'the status said "Working…"');
    assert.equal(await page.locator('#stat-summary-sentences').textContent(), '3');

    // A text of over a megabyte goes to the worker in parts: summarised whole.
    const mega = chapters.slice(0, 320).join('\n\n');
    assert.ok(mega.length > 1_000_000);
    await setValue(page, '#input', mega);
    await settled(page);
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), mega, 'the whole text came through');
    assert.equal(await page.locator('#stat-summary-sentences').textContent(), '3');

    // Typing over a large selection (which the page edits itself, as the
    // browser's own editing is slow there) gives the same text and summary.
    const long = chapters.slice(0, 60).join('\n\n');
    await setValue(page, '#input', long);
    await settled(page);
    await typeOver(page, FERRY);
    assert.equal(await page.locator('#input').inputValue(), FERRY);
    await settled(page);
    assert.deepEqual(await summaryTexts(page, 3), texts);

    // A real paste of a long text (put in the box by the page too), and select
    // all in it (the page's select(): the browser's own command takes seconds
    // per megabyte here), then Delete.
    await page.evaluate((t) => navigator.clipboard.writeText(t), long);
    await page.locator('#input').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await settled(page);
    assert.equal(await page.locator('#input').inputValue(), long, 'the paste in the box');
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), long, 'and summarised');
    await page.locator('#input').evaluate((el) => el.setSelectionRange(5, 5));
    await page.keyboard.press('Control+A');
    assert.deepEqual(await page.locator('#input').evaluate((el) => [el.selectionStart, el.selectionEnd]), [0, long.length], 'all selected');
    await page.keyboard.press('Delete');
    assert.equal(await page.locator('#input').inputValue(), '');
    w.check();
    await page.close();
  });

  test('a long text: the article view is built in blocks and still jumps to any sentence', async () => {
    const w = await open();
    const { page } = w;
    const chapters = [];
    for (let i = 0; i < 40; i++) chapters.push(FERRY.replaceAll('Skarra', `Skarra ${i}`));
    const long = chapters.join('\n\n');
    await page.locator('label[for="mode-ratio"]').click();
    await setValue(page, '#length-ratio', 100);
    await setValue(page, '#input', long);
    await settled(page);
    // (Near-repeats of chosen sentences are never chosen, so not all of them.)
    assert.ok((await page.locator('#summary li').count()) > 100);
    assert.ok(await page.locator('#highlight').evaluate((el) => el.classList.contains('chunked')));
    assert.ok((await page.locator('#highlight .hl-chunk').count()) > 3);
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), long, 'blocks keep the text whole');
    // Only the blocks near the visible part of the view are decorated; the others hold plain text.
    const blocks = await page.locator('#highlight .hl-chunk').count();
    const decorated = () => page.locator('#highlight .hl-chunk').evaluateAll((els) => els.map((e) => e.querySelector('.hl') !== null));
    const before = await decorated();
    assert.ok(before[0] && before.filter(Boolean).length < blocks, `decorated blocks: ${before.filter(Boolean).length} of ${blocks}`);
    const last = page.locator('#summary li').last();
    const index = await last.getAttribute('data-index');
    await last.click();
    await page.waitForFunction(
      (i) => {
        const el = document.querySelector(`#highlight [data-index="${i}"]`);
        const box = el.getBoundingClientRect();
        const port = el.closest('#highlight').getBoundingClientRect();
        return el.classList.contains('flash') && box.top >= port.top - 1 && box.bottom <= port.bottom + 1;
      },
      index,
    );
    assert.ok((await decorated()).at(-1) || (await decorated()).filter(Boolean).length > before.filter(Boolean).length, 'jumping decorates the block it lands in');
    // Every sentence is shaded, and the marks are the summary, once each block is on screen.
    await page.locator('#highlight').evaluate(async (el) => {
      for (let y = 0; y <= el.scrollHeight; y += el.clientHeight / 2) {
        el.scrollTop = y;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
    });
    await page.waitForFunction(() => [...document.querySelectorAll('#highlight .hl-chunk')].every((b) => b.querySelector('.hl')));
    assert.equal(await page.locator('#highlight .hl').count(), Number((await page.locator('#stat-input-sentences').textContent()).replace(/,/g, '')));
    assert.equal(await page.locator('#highlight mark').count(), await page.locator('#summary li').count());
    assert.equal(await page.locator('#highlight').evaluate((el) => el.textContent), long, 'decorated, the text is still whole');
    w.check();
    await page.close();
  });

  test('long addresses and words wrap at 360 px: the summary, title and keywords stay on screen', async () => {
    const w = await open();
    const { page } = w;
    await page.setViewportSize({ width: 360, height: 780 });
    const url = 'https://www.example.gov.uk/government/publications/coastal-road-resilience-review-2025/annex-b-slope-monitoring-data';
    const word = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
    const text = [
      `${word} council publishes ${url}`,
      `The council of ${word} published its review of the coastal road at ${url} on Thursday, after the landslide.`,
      `Residents of ${word} said the review, posted at ${url}, came too late for the homes on the cliff.`,
      `Engineers told the people of ${word} that the slope was still moving and the road would stay shut.`,
      `The review for ${word} lists forty sites where the coast road could fail in the next ten years.`,
    ].join('\n\n');
    await paste(page, text);
    await settled(page);
    const outside = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const over = [];
      for (const el of document.querySelectorAll('#results *')) {
        const r = el.getBoundingClientRect();
        if (r.width && r.right > width + 0.5) over.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}`);
      }
      return { width, scrollWidth: document.documentElement.scrollWidth, over };
    });
    assert.ok((await page.locator('#summary li').count()) > 0);
    assert.ok((await page.locator('#keywords li').allTextContents()).some((k) => k.length > 40), 'a long keyword');
    assert.deepEqual(outside.over, [], 'nothing in the results sticks out');
    assert.ok(outside.scrollWidth <= outside.width, `no horizontal scrolling (scrollWidth ${outside.scrollWidth})`);
    w.check();
    await page.close();
  });

  test('screenshots: light and dark, desktop and 360 px', async () => {
    const dir = outputDir();
    for (const scheme of ['light', 'dark']) {
      for (const [name, width, height] of [
        ['desktop', 1280, 900],
        ['360', 360, 780],
      ]) {
        const w = await open();
        const { page } = w;
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height });
        await page.locator('#sample').click();
        await summaryTexts(page, 3);
        await settled(page);
        await page.locator('#advanced > summary').click();
        await page.locator('#removed-details > summary').click();
        await page.locator('#summary li').nth(1).click();
        // Nothing sticks out sideways at 360 px.
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= width, `no horizontal scrolling at ${width}px (scrollWidth ${scrollWidth})`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: path.join(dir, `page-${scheme}-${name}.png`), fullPage: true });
        w.check();
        await page.close();
      }
    }
  });
});
