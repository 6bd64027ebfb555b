// Firefox and WebKit as the cross-engine tests launch them, behind one small
// interface, so one test file drives both (tests/engines/):
//
// - Firefox: Debian's firefox-esr, through puppeteer-core over WebDriver BiDi
//   (the protocol Firefox itself speaks; no driver binary, no download).
// - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's
//   webkit2gtk-driver), with selenium-webdriver as the client. WebKitGTK
//   has no headless mode, so it runs on a private Xvfb display.
//
// Both come from Debian's archive (`make browsers`). WebKitGTK is the engine
// Safari is built on (WebCore, JavaScriptCore), not Safari itself.
//
// A Browser is { name, version, display ('headless' or 'Xvfb'), open(url),
// waitForTab(test), close() }; a Tab
// is { goto(url), url(), evaluate(fn, ...args), run(source), until(fn, arg, ms),
// screenshot(file), close() }. `evaluate` runs `fn` in the page and `run` a
// script's source, as the drivers do: outside the page's
// Content-Security-Policy, as a bookmark is run.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The browser binaries, overridable for other machines. */
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/** The engines, with the files each needs. */
export const ENGINES = {
  firefox: { needs: [FIREFOX], launch: launchFirefox },
  webkit: { needs: [WEBKIT_DRIVER, MINIBROWSER, XVFB], launch: launchWebKit },
};

/** The files `name` needs that this machine lacks (empty when it can run). */
export function missing(name) {
  return ENGINES[name].needs.filter((file) => !existsSync(file));
}

/** Starts the engine `name` with a fresh profile. */
export function launchEngine(name) {
  const problems = missing(name);
  if (problems.length) throw new Error(`${name}: not installed (${problems.join(', ')}); run make browsers`);
  return ENGINES[name].launch();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `evaluate(fn, arg)` until it is truthy and returns that value. The
 * drivers' own waits compile functions in the page, which a strict CSP
 * forbids; this one only evaluates.
 */
async function poll(evaluate, fn, arg, ms, what) {
  const start = Date.now();
  for (;;) {
    const value = await evaluate(fn, arg);
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what ?? fn}`);
    await sleep(100);
  }
}

// ---- Firefox ---------------------------------------------------------------

async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'salient-firefox-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      // No update, telemetry or safe-browsing requests: the network is closed.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.healthreport.uploadEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const tab = (page) => ({
    page,
    goto: (url) => page.goto(url),
    url: () => page.url(),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    run: (source) => page.evaluate(source),
    until: (fn, arg, ms = 15000, what) => poll((f, a) => page.evaluate(f, a), fn, arg, ms, what),
    screenshot: (file) => page.screenshot({ path: file }),
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    display: 'headless',
    async open(url) {
      const page = await browser.newPage();
      if (url) await page.goto(url);
      return tab(page);
    },
    async waitForTab(test, ms = 15000) {
      const target = await browser.waitForTarget((t) => t.type() === 'page' && test(t.url()), { timeout: ms });
      return tab(await target.page());
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- WebKit ----------------------------------------------------------------

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Xvfb on a display it picks itself (-displayfd); resolves to { display, stop }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn(XVFB, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: `:${out.trim()}`, stop: () => child.kill() });
    });
  });
}

/** WebKitWebDriver on `port`, once it answers /status. */
async function startWebKitDriver(port, display) {
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  let exited = null;
  child.on('exit', (code) => (exited = code));
  for (let i = 0; i < 100; i++) {
    if (exited !== null) throw new Error(`WebKitWebDriver exited (${exited})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill();
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

async function launchWebKit() {
  const { Builder, Capabilities } = await import('selenium-webdriver');
  const xvfb = await startXvfb();
  let driverProcess;
  let driver;
  try {
    const port = await freePort();
    driverProcess = await startWebKitDriver(port, xvfb.display);
    const caps = new Capabilities({
      browserName: 'MiniBrowser',
      // A bookmark's click is a user gesture, which lets the bookmarklet open
      // a tab; a driver's script has none, so the setting stands in for it.
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
    });
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  } catch (err) {
    await driver?.quit().catch(() => {});
    driverProcess?.kill();
    xvfb.stop();
    throw err;
  }
  const version = (await driver.getCapabilities()).get('browserVersion');
  // One session, several windows: every command first switches to its tab's.
  const home = await driver.getWindowHandle();
  let current = home;
  const use = async (handle) => {
    if (current !== handle) await driver.switchTo().window(handle);
    current = handle;
  };
  const script = (fn) => `return (${fn}).apply(null, arguments);`;
  const known = new Set([home]);
  const tab = (handle) => {
    const evaluate = async (fn, ...args) => {
      await use(handle);
      return driver.executeScript(script(fn), ...args);
    };
    return {
      handle,
      goto: async (url) => {
        await use(handle);
        await driver.get(url);
      },
      url: async () => {
        await use(handle);
        return driver.getCurrentUrl();
      },
      evaluate,
      run: async (source) => {
        await use(handle);
        await driver.executeScript(source);
      },
      until: (fn, arg, ms = 15000, what) => poll(evaluate, fn, arg, ms, what),
      screenshot: async (file) => {
        await use(handle);
        writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
      },
      close: async () => {
        await use(handle);
        await driver.close();
        // The session needs a current window for what comes next: the first.
        current = null;
        await use(home);
      },
    };
  };
  return {
    name: 'webkit',
    version,
    display: 'Xvfb',
    async open(url) {
      // Always a new window (a background tab is never painted, so it cannot
      // be screenshot), as a new page is: the session's first window stays
      // blank, so that no tab inherits another's session storage.
      await use(home);
      await driver.switchTo().newWindow('window');
      const handle = await driver.getWindowHandle();
      current = handle;
      known.add(handle);
      const t = tab(handle);
      if (url) await t.goto(url);
      return t;
    },
    async waitForTab(test, ms = 15000) {
      const start = Date.now();
      for (;;) {
        const handles = await driver.getAllWindowHandles();
        for (const handle of handles) {
          if (known.has(handle)) continue;
          await use(handle);
          if (test(await driver.getCurrentUrl())) {
            known.add(handle);
            return tab(handle);
          }
        }
        if (Date.now() - start > ms) throw new Error(`no new tab within ${ms} ms`);
        await sleep(100);
      }
    },
    async close() {
      await driver.quit().catch(() => {});
      driverProcess.kill();
      xvfb.stop();
    },
  };
}
