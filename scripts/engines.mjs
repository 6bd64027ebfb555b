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
const MULTIARCH = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
export const MINIBROWSER = process.env.MINIBROWSER_PATH || `/usr/lib/${MULTIARCH}/webkit2gtk-4.1/MiniBrowser`;
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

// What a launch leaves behind if the run ends without close() (a failed or
// timed-out hook): every process is killed and every profile removed as node
// exits. The processes are unref'd, so they never keep node running.
const leftovers = { children: new Set(), profiles: new Set() };
process.on('exit', killAll);

/**
 * Kills every browser, driver and display this module started and removes
 * their profiles, at once (SIGKILL). For a test's last hook: once they are
 * gone, no connection to them keeps node running, whatever failed before.
 */
export function killAll() {
  for (const child of leftovers.children) child.kill('SIGKILL');
  leftovers.children.clear();
  for (const dir of leftovers.profiles) rmSync(dir, { recursive: true, force: true });
  leftovers.profiles.clear();
}

/** `promise`, or a rejection after `ms`. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Spawns a helper process that node does not wait for (see leftovers). */
function spawnHelper(file, args, options) {
  const child = spawn(file, args, options);
  child.unref();
  leftovers.children.add(child);
  child.on('exit', () => leftovers.children.delete(child));
  return child;
}

/** Kills `child` and waits (up to 5 s) until it has exited. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await Promise.race([exited, sleep(5000)]);
}

/**
 * Polls `evaluate(fn, arg)` until it is truthy and returns that value. The
 * drivers' own waits compile functions in the page, which a strict CSP
 * forbids; this one only evaluates.
 */
async function poll(evaluate, fn, arg, ms, what) {
  const start = Date.now();
  let failure = null;
  for (;;) {
    try {
      const value = await evaluate(fn, arg);
      if (value) return value;
      failure = null;
    } catch (err) {
      // The page navigating (its context gone) or not yet loaded: try again.
      failure = err;
    }
    if (Date.now() - start > ms) {
      const why = failure ? ` (last error: ${failure.message})` : '';
      throw new Error(`timed out after ${ms} ms waiting for ${what ?? fn}${why}`);
    }
    await sleep(100);
  }
}

// ---- Firefox ---------------------------------------------------------------

async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'salient-firefox-'));
  leftovers.profiles.add(profile);
  let browser;
  let version;
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
    const child = browser.process();
    if (child) leftovers.children.add(child);
    version = await browser.version();
  } catch (err) {
    await browser?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    leftovers.profiles.delete(profile);
    throw err;
  }
  // The tabs this object has handed out (and the one Firefox starts with):
  // waitForTab looks only at others, so an earlier test's tab is never taken
  // for a new one.
  const known = new Set(browser.targets());
  const tab = (page) => {
    known.add(page.target());
    return {
      page,
      goto: (url) => page.goto(url),
      url: () => page.url(),
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      run: (source) => page.evaluate(source),
      until: (fn, arg, ms = 15000, what) => poll((f, a) => page.evaluate(f, a), fn, arg, ms, what),
      screenshot: (file) => page.screenshot({ path: file }),
      close: async () => {
        if (!page.isClosed()) await page.close();
      },
    };
  };
  return {
    name: 'firefox',
    version,
    display: 'headless',
    async open(url) {
      const t = tab(await browser.newPage());
      if (url) await t.goto(url);
      return t;
    },
    async waitForTab(test, ms = 15000) {
      const target = await browser.waitForTarget((t) => t.type() === 'page' && !known.has(t) && test(t.url()), { timeout: ms });
      return tab(await target.page());
    },
    async close() {
      await within(browser.close(), 10000, 'closing Firefox').catch(() => browser.process()?.kill('SIGKILL'));
      rmSync(profile, { recursive: true, force: true });
      leftovers.profiles.delete(profile);
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

/** Xvfb on a display it picks itself (-displayfd); resolves to { display, child }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawnHelper(XVFB, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    const pipe = child.stdio[3];
    const fail = (err) => {
      clearTimeout(timer);
      pipe.destroy();
      child.kill();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error('Xvfb gave no display within 10 s')), 10000);
    timer.unref();
    let out = '';
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`Xvfb exited (${code ?? signal}) before it gave a display`)));
    pipe.on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      pipe.destroy();
      resolve({ display: `:${out.trim()}`, child });
    });
  });
}

/** WebKitWebDriver on `port`, once it answers /status. */
async function startWebKitDriver(port, display) {
  const child = spawnHelper(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  let exited = null;
  child.on('error', (err) => (exited = err.message));
  child.on('exit', (code, signal) => (exited = code ?? signal));
  for (let i = 0; i < 100; i++) {
    if (exited !== null) throw new Error(`WebKitWebDriver exited (${exited})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stop(child);
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/** The size every window gets, as Chromium's and Firefox's viewports. */
const WINDOW = { width: 1280, height: 900 };

async function launchWebKit() {
  const { Builder, Capabilities } = await import('selenium-webdriver');
  const xvfb = await startXvfb();
  let driverProcess;
  let driver;
  let version;
  let home;
  try {
    const port = await freePort();
    driverProcess = await startWebKitDriver(port, xvfb.display);
    const caps = new Capabilities({
      browserName: 'MiniBrowser',
      // A bookmark's click is a user gesture, which lets the bookmarklet open
      // a tab; a driver's script has none, so the setting stands in for it.
      // (It turns the popup blocker off: whether Safari blocks the tab is not
      // what these tests can tell.)
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
    });
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
    await driver.manage().window().setRect(WINDOW);
    version = (await driver.getCapabilities()).get('browserVersion');
    home = await driver.getWindowHandle();
  } catch (err) {
    await driver?.quit().catch(() => {});
    await stop(driverProcess);
    await stop(xvfb.child);
    throw err;
  }
  // One session, several windows: every command first switches to its tab's.
  let current = home;
  const use = async (handle) => {
    if (current !== handle) {
      current = null;
      await driver.switchTo().window(handle);
    }
    current = handle;
  };
  const script = (fn) => `return (${fn}).apply(null, arguments);`;
  const known = new Set([home]);
  const tab = (handle) => {
    let closed = false;
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
        if (closed) return;
        closed = true;
        try {
          await use(handle);
          await driver.close();
        } catch {
          // already gone (the page closed itself)
        }
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
      await driver.manage().window().setRect(WINDOW);
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
          let url;
          try {
            await use(handle);
            url = await driver.getCurrentUrl();
          } catch {
            continue; // closed meanwhile
          }
          if (test(url)) {
            known.add(handle);
            return tab(handle);
          }
        }
        if (Date.now() - start > ms) throw new Error(`no new tab within ${ms} ms`);
        await sleep(100);
      }
    },
    async close() {
      await within(driver.quit(), 10000, 'closing the WebKit session').catch(() => {});
      await stop(driverProcess);
      await stop(xvfb.child);
    },
  };
}
