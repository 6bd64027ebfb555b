// Shared set-up for the browser tests: the static server, Chromium through
// playwright-core, and a watch on every request, console message and page error.

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { requireBuilt } from '../../scripts/built.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WWW = path.join(REPO, 'www');
export const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'articles');
export const OUTPUT = path.join(REPO, 'test-output');

/** Throws a clear error when the wasm package has not been built. */
export function requireWasm() {
  requireBuilt(WWW, ['pkg/salient.js', 'pkg/salient_bg.wasm'], 'make wasm');
}

/** Reads a fixture article. */
export function fixture(name) {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The screenshot directory (gitignored), created on demand. */
export function outputDir() {
  mkdirSync(OUTPUT, { recursive: true });
  return OUTPUT;
}

/**
 * Starts the server (random port, under a sub-path like a real deployment)
 * and Chromium with a fresh profile. Returns { url, origin, context, close() }.
 */
export async function launch({ base = '/salient/' } = {}) {
  requireWasm();
  const server = await startServer({ root: WWW, port: 0, base, host: '127.0.0.1' });
  const profile = mkdtempSync(path.join(tmpdir(), 'salient-e2e-'));
  let context;
  try {
    context = await launchChromium(profile, { colorScheme: 'light', reducedMotion: 'reduce' });
  } catch (err) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const origin = new URL(server.url).origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return {
    url: server.url,
    origin,
    context,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records what `page` does from now on: `requests` (every URL asked for, by
 * the page and its workers), `problems` (console errors and page errors) and
 * `workers` (the URL of every worker started).
 */
export function watch(page) {
  const seen = { requests: [], problems: [], workers: [] };
  page.on('request', (req) => seen.requests.push(req.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => seen.problems.push(`page error: ${err.message}`));
  page.on('worker', (worker) => {
    seen.workers.push(worker.url());
    worker.on('console', (msg) => {
      if (msg.type() === 'error') seen.problems.push(`worker console error: ${msg.text()}`);
    });
  });
  return seen;
}

/** Opens the page of `env` and records what it does (see `watch`). */
export async function openPage(env, { waitReady = true } = {}) {
  const page = await env.context.newPage();
  const seen = watch(page);
  await page.goto(env.url);
  if (waitReady) await waitForModule(page);
  return { page, ...seen };
}

/** Waits until the summariser has loaded (the footer shows its version). */
export async function waitForModule(page) {
  await page.waitForFunction(() => /^v\d/.test(document.getElementById('version')?.textContent ?? ''), null, {
    timeout: 15000,
  });
}

/**
 * Replaces everything in the box the way typing over a selection does
 * (select all, then insert text through the browser's editing path).
 */
export async function typeOver(page, text) {
  await page.locator('#input').evaluate((el) => {
    el.focus();
    el.select();
  });
  await page.keyboard.insertText(text);
}

/** Puts text in the box as a paste would (one input event). */
export async function paste(page, text) {
  await page.locator('#input').fill(text);
}

/**
 * Waits until the summary shows `count` items (or any, when count is
 * undefined) and returns their texts.
 */
export async function summaryTexts(page, count) {
  if (count === undefined) {
    await page.waitForSelector('#summary li');
  } else {
    await page.waitForFunction((n) => document.querySelectorAll('#summary li').length === n, count, {
      timeout: 10000,
    });
  }
  return page.locator('#summary li').allTextContents();
}

/** Sets a range or number input and fires its input event, as a user would. */
export async function setValue(page, selector, value) {
  await page.locator(selector).evaluate((el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/**
 * Waits until what is on screen matches the inputs: the page sets
 * <body data-state> to 'pending' on every input event, 'running' while the
 * worker works and 'done' once the result (or a message) is shown.
 */
export async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout: 10000 });
}
