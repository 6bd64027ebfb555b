// Debian's Chromium as the tests and benchmarks launch it: the path and the
// flags that work on these machines (no sandbox as root; no background
// networking, whose connections the closed network refuses).

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The browser binary (Debian's chromium package), overridable for other machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launch flags, used with a fresh --user-data-dir. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium with the profile directory `profile` (a fresh, empty one for a
 * cold start), through Playwright: headless, these flags, a 1280x900
 * viewport; `options` adds or overrides launch options (colorScheme, ...).
 */
export async function launchChromium(profile, options = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}
