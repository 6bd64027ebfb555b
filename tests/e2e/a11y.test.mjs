// Accessibility of the page, checked with axe-core (npm, dev dependency) in
// headless Chromium: no serious or critical violation, in the light and the
// dark colour scheme, with a summary shown and every <details> open (so the
// set-aside list, the advanced options and the install instructions are
// checked too), and on the empty page as it first loads.
//
//   make site
//   node --test tests/e2e/a11y.test.mjs
//
// axe is evaluated in the page through the test driver (the page's
// Content-Security-Policy would refuse it as a script tag).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';

import { launch, openPage, settled, summaryTexts } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Impacts that fail the test. */
const FAILING = new Set(['serious', 'critical']);

let env;

before(async () => {
  env = await launch();
});

after(async () => {
  await env?.close();
});

/** Resolves after the page's next two rendering updates. */
function twoFrames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Runs axe on the page; returns its violations of the failing impacts,
 * readable. A violation counts when a second run two frames later still
 * finds it: on a loaded machine axe once read a colour of the old scheme
 * against the background of the new one, right after the switch.
 */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const run = () => page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  let results = await run();
  if (results.violations.some((v) => FAILING.has(v.impact))) {
    await twoFrames(page);
    results = await run();
  }
  return results.violations
    .filter((v) => FAILING.has(v.impact))
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join(' | ')}`);
}

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark']) {
    test(`${scheme} scheme: no serious or critical violation, empty and with a summary`, async () => {
      const { page, problems } = await openPage(env);
      await page.emulateMedia({ colorScheme: scheme });
      // The browser applies the new scheme at its next rendering update.
      await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark');
      await twoFrames(page);
      await settled(page);
      assert.deepEqual(await violations(page), [], 'the empty page');

      await page.locator('#sample').click();
      await summaryTexts(page, 3);
      await settled(page);
      const opened = await page.evaluate(() => {
        const all = [...document.querySelectorAll('details')];
        for (const d of all) d.open = true;
        return all.length;
      });
      assert.ok(opened >= 5, `every <details> opened (${opened})`);
      assert.ok((await page.locator('#removed li').count()) > 0, 'the set-aside list has items');
      assert.ok(await page.locator('#highlight mark').first().isVisible(), 'the article view shows the summary');
      // A summary sentence chosen: its outline in the article view is checked too.
      await page.locator('#summary li').first().click();
      assert.deepEqual(await violations(page), [], 'the page with a summary, every <details> open');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
