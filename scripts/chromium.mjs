// Debian's Chromium as the tests and benchmarks launch it: the path and the
// flags that work on these machines (no sandbox as root; no background
// networking, whose connections the closed network refuses).

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
