#!/usr/bin/env node
// Post-build step for the site in www/ (run after scripts/build-wasm.sh):
//
//   node scripts/build-site.mjs [--root www] [--out dist/salient.html]
//
// 0. Writes www/bookmarklet/minified.js (generated, not committed): the
//    bookmarklet's loader (bookmarklet/loader.js) minified with terser, as a
//    source string that install.js puts into the `javascript:` URL for the
//    site it is served from. The reader's browser never runs a minifier.
//
// 0b. Writes www/worker.bundle.js (generated, not committed): the worker
//    (worker.js) with the modules it imports, as one classic script, which
//    boot.js starts (see writeWorkerBundle).
//
// 1. Writes www/precache.js (generated, not committed): the version and the
//    list of files the service worker (www/sw.js) precaches:
//      self.SALIENT_PRECACHE = { version: '<16 hex digits>', files: ['./', 'index.html', ...] };
//    The version is a SHA-256 over every listed file's path and bytes, so any
//    change to the site gives a new precache.js, which makes browsers install
//    the new service worker (and drop the old cache). Listed: every file under
//    www/ except sw.js, precache.js, TypeScript declarations and dotfiles,
//    plus './' (the address the page is opened at).
//
// 2. Writes dist/salient.html: the whole page in one file that works when
//    opened from disk (file://). The stylesheet is inlined; the page's ES
//    modules, the worker, the sample text and the WebAssembly (base64) go into
//    a JSON block, and a small bootstrap module turns each into a blob: URL
//    (dependencies first, with relative import specifiers and
//    `new URL('...', import.meta.url)` references rewritten to those URLs)
//    and imports the page's entry modules in their original order. Its CSP
//    allows only that bootstrap (by hash), blob: modules and WebAssembly.
//    No service worker and no manifest there (neither works from file://).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { minify } from 'terser';

import { mimeType } from './serve.mjs';
import { requireBuilt } from './built.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Files under the root that are never precached nor inlined: the worker
 *  and its list, and the benchmark page with its inputs (served, but not part
 *  of the app). */
const NOT_PRECACHED = new Set([
  'sw.js',
  'precache.js',
  'bench.html',
  'bench.js',
  'bench-inputs.js',
  'bench-lexicon.json',
]);

const posix = path.posix;

/** Writes a file through a temporary name and a rename, so readers never see half of it. */
async function writeAtomic(file, data) {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Every file of the site under `root`, as sorted POSIX paths relative to it. */
export async function listSiteFiles(root) {
  const out = [];
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
      } else if (entry.isFile()) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        if (NOT_PRECACHED.has(rel) || rel.endsWith('.d.ts') || rel.endsWith('.tmp')) continue;
        out.push(rel);
      }
    }
  }
  await walk(root);
  return out.sort();
}

function requireBuiltSite(root) {
  requireBuilt(root, ['index.html', 'pkg/salient.js', 'pkg/salient_bg.wasm'], 'make wasm');
}

// ------------------------------------------------------------ bookmarklet

/** Where the minified bookmarklet goes, relative to the root. */
export const BOOKMARKLET_OUT = 'bookmarklet/minified.js';

/**
 * One function's source as a minified function expression, to be called in
 * place: terser shortens local names and compresses it; non-ASCII characters
 * become escapes, which keeps the percent-encoded `javascript:` URL short.
 * (terser minifies programs: the function is the value of one top-level
 * variable, which terser keeps, and the expression is taken from it.)
 */
export async function minifyFunction(fn) {
  const head = 'var f=';
  const { code } = await minify(`${head}(${String(fn)});`, {
    compress: { ecma: 2020, passes: 2 },
    mangle: true,
    format: { ascii_only: true, ecma: 2020 },
    ecma: 2020,
  });
  if (!code?.startsWith(head) || !code.endsWith(';')) throw new Error(`terser gave an unexpected shape for ${fn.name}: ${code?.slice(0, 40)}`);
  return `(${code.slice(head.length, -1)})`;
}

/**
 * Writes `root`/bookmarklet/minified.js from the loader (the module is
 * imported to take the function's source text); returns `{ file, loader }`
 * (the minified source).
 */
export async function writeBookmarklet(root) {
  const { salientLoader } = await import(pathToFileURL(path.join(root, 'bookmarklet', 'loader.js')).href);
  const loader = await minifyFunction(salientLoader);
  const text =
    '// Generated by scripts/build-site.mjs (terser) from bookmarklet/loader.js. Do not edit.\n' +
    `export const LOADER = ${JSON.stringify(loader)};\n`;
  const file = path.join(root, BOOKMARKLET_OUT);
  await writeAtomic(file, text);
  return { file, loader };
}

// ------------------------------------------------------------ worker bundle

/** Worker bundles the build writes, and the worker each is made from. */
const BUNDLED = { 'worker.bundle.js': 'worker.js' };

/**
 * Writes `root`/worker.bundle.js: worker.js with the modules it imports (the
 * wasm-bindgen glue, pack.js) in one classic script, which boot.js starts. The
 * browser fetches a worker's script as it starts the worker; the modules a
 * module worker imports it fetches only after that, one more round trip
 * before the summariser is ready.
 */
export async function writeWorkerBundle(root) {
  requireBuiltSite(root);
  const siteFiles = new Set(await listSiteFiles(root));
  const [[out, source]] = Object.entries(BUNDLED);
  const code = await classicWorker(root, source, siteFiles, { inline: false });
  const text = `// Generated by scripts/build-site.mjs from ${source} and the modules it imports. Do not edit.\n${code}`;
  await writeAtomic(path.join(root, out), text);
  return { file: out, bytes: Buffer.byteLength(text) };
}

/** Writes `root`/precache.js; returns `{ version, files }`. */
export async function writePrecache(root) {
  requireBuiltSite(root);
  const files = await listSiteFiles(root);
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f}\0`);
    hash.update(await readFile(path.join(root, f)));
    hash.update('\0');
  }
  const version = hash.digest('hex').slice(0, 16);
  const list = ['./', ...files];
  const text =
    '// Generated by scripts/build-site.mjs: the files www/sw.js precaches. Do not edit.\n' +
    `self.SALIENT_PRECACHE = ${JSON.stringify({ version, files: list }, null, 2)};\n`;
  await writeAtomic(path.join(root, 'precache.js'), text);
  return { version, files: list };
}

// ------------------------------------------------------------ single file

const IS_MODULE = /\.m?js$/;
const TEXT_TYPE = /^(text\/|application\/(json|manifest\+json|javascript|xml)|image\/svg\+xml)/;
// `import x from './a.js'`, `import './a.js'`, `export { x } from './a.js'`, `export * from './a.js'`
const STATIC_IMPORT =
  /(\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?|\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(['"])(\.{1,2}\/[^'"\n]*)\2/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(['"])(\.{1,2}\/[^'"\n]*)\1\s*\)/g;
const URL_REFERENCE = /\bnew\s+URL\(\s*(['"])([^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;

/** Resolves a relative reference from the file `from` (both relative to the root). */
function resolveFrom(from, spec) {
  const joined = posix.normalize(posix.join(posix.dirname(from), spec));
  if (joined.startsWith('../') || joined === '..') throw new Error(`${from}: ${spec} leaves the site`);
  return joined;
}

const placeholder = (kind, file) => `@@salient:${kind}:${file}@@`;

/**
 * Rewrites one page module's references to placeholders that the bootstrap
 * replaces with blob: URLs. Returns `{ code, modules, assets, workers }`:
 * the modules it imports, the files it refers to with
 * `new URL('...', import.meta.url)`, and which of those are scripts (workers).
 */
function transformPageModule(file, source, siteFiles) {
  const modules = new Set();
  const assets = new Set();
  const workers = new Set();
  const need = (spec) => {
    const target = resolveFrom(file, spec);
    if (!siteFiles.has(target)) throw new Error(`${file}: imports ${spec}, which is not a file of the site`);
    modules.add(target);
    return JSON.stringify(placeholder('url', target));
  };
  let code = source.replace(STATIC_IMPORT, (_, head, _q, spec) => `${head}${need(spec)}`);
  code = code.replace(DYNAMIC_IMPORT, (_, _q, spec) => `import(${need(spec)})`);
  code = code.replace(URL_REFERENCE, (whole, _q, spec) => {
    const target = resolveFrom(file, spec);
    if (!siteFiles.has(target) || NOT_PRECACHED.has(target)) return whole;
    (IS_MODULE.test(target) ? workers : assets).add(target);
    return `new URL(${JSON.stringify(placeholder('url', target))})`;
  });
  code = code.replace(IMPORT_META_URL, JSON.stringify(placeholder('self', file)));
  return { code, modules, assets, workers };
}

/**
 * An ES module without imports as a classic-script expression that evaluates
 * to its namespace object (`{ name: value, default: ... }`).
 */
function moduleAsExpression(file, source) {
  const exported = [];
  let code = source.replace(/^export\s*\{([^}]*)\}\s*;?[ \t]*$/gm, (_, list) => {
    for (const item of list.split(',')) {
      const [local, name = local] = item.trim().split(/\s+as\s+/);
      if (local) exported.push([name.trim(), local.trim()]);
    }
    return '';
  });
  code = code.replace(/^export\s+default\s+([\w$]+)\s*;?[ \t]*$/gm, (_, local) => {
    exported.push(['default', local]);
    return '';
  });
  code = code.replace(
    /^export\s+((?:async\s+)?function\s*\*?\s*([\w$]+)|class\s+([\w$]+)|(?:const|let|var)\s+([\w$]+))/gm,
    (_, decl, f, c, v) => {
      const name = f || c || v;
      exported.push([name, name]);
      return decl;
    },
  );
  if (/^\s*(export|import)\b(?!\s*[(.])/m.test(code)) {
    throw new Error(`${file}: has imports or an export form that the single-file build cannot inline in a worker`);
  }
  const members = exported.map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
  return `(() => {\n${code}\nreturn Object.freeze({ ${members} });\n})()`;
}

/**
 * A worker script and everything it loads as one self-contained classic
 * script. Modules it imports dynamically are inlined as namespace objects.
 * Files it refers to with `new URL('...', import.meta.url)` become data: URLs
 * (`inline`, for the single-file build: from a file:// page Chromium starts
 * neither module workers nor workers that fetch the page's blob: URLs), or
 * URLs relative to the bundle, which sits at the root (`inline: false`, for
 * www/worker.bundle.js).
 */
async function classicWorker(root, file, siteFiles, { inline = true } = {}) {
  const inlined = [];
  const seen = new Map();
  // Each file becomes one data: URL constant, however many references it has
  // (worker.js and the wasm-bindgen glue both name the .wasm).
  const assets = new Map();
  const dataUrl = async (from, spec, whole) => {
    const target = resolveFrom(from, spec);
    if (!siteFiles.has(target)) return whole;
    if (!inline) return `new URL(${JSON.stringify(`./${target}`)}, self.location.href)`;
    // The page compiles the summariser's .wasm and hands its workers the module
    // (boot.js): the glue's default URL for it is never fetched, so it is not
    // inlined twice.
    if (target === 'pkg/salient_bg.wasm') return 'new URL("data:,salient:%20the%20page%20hands%20its%20workers%20the%20compiled%20module")';
    if (!assets.has(target)) {
      const bytes = await readFile(path.join(root, target));
      const url = `data:${mimeType(target).split(';')[0]};base64,${bytes.toString('base64')}`;
      assets.set(target, { name: `__salientAsset${assets.size}`, url });
    }
    return `new URL(${assets.get(target).name})`;
  };
  const replaceAsync = async (text, re, fn) => {
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      parts.push(text.slice(last, m.index), await fn(...m));
      last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
    return parts.join('');
  };
  const prepare = async (name, source) => {
    if (STATIC_IMPORT.test(source)) throw new Error(`${name}: a worker with static imports cannot be inlined`);
    STATIC_IMPORT.lastIndex = 0;
    let code = await replaceAsync(source, URL_REFERENCE, (whole, _q, spec) => dataUrl(name, spec, whole));
    code = await replaceAsync(code, DYNAMIC_IMPORT, async (_, _q, spec) => {
      const target = resolveFrom(name, spec);
      if (!siteFiles.has(target)) throw new Error(`${name}: imports ${spec}, which is not a file of the site`);
      if (!seen.has(target)) {
        seen.set(target, `__salientModule${seen.size}`);
        const dep = await prepare(target, await readFile(path.join(root, target), 'utf8'));
        inlined.push(`const ${seen.get(target)} = ${moduleAsExpression(target, dep)};`);
      }
      return `Promise.resolve(${seen.get(target)})`;
    });
    return code.replace(IMPORT_META_URL, 'self.location.href');
  };
  const main = await prepare(file, await readFile(path.join(root, file), 'utf8'));
  const constants = [...assets.values()].map(({ name, url }) => `const ${name} = ${JSON.stringify(url)};`);
  return `${constants.join('\n')}\n${inlined.join('\n')}\n${main}`;
}

/** The bootstrap module of the single-file build (its hash goes into the CSP). */
const BOOTSTRAP = `
const bundle = JSON.parse(document.getElementById('salient-bundle').textContent);
const urls = Object.create(null);
const base = document.baseURI;
for (const name of bundle.order) {
  const file = bundle.files[name];
  let body = file.text;
  if (file.base64 !== undefined) {
    const bin = atob(file.base64);
    body = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) body[i] = bin.charCodeAt(i);
  } else if (file.module) {
    body = body.replace(/@@salient:(url|self):([^@]*)@@/g, (_, kind, ref) => (kind === 'url' ? urls[ref] : new URL(ref, base).href));
  }
  urls[name] = URL.createObjectURL(new Blob([body], { type: file.type }));
}
const classic = new Set(bundle.workers.map((name) => urls[name]));
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url, options) {
    super(url, classic.has(String(url)) ? { ...options, type: 'classic' } : options);
  }
};
for (const entry of bundle.entries) await import(urls[entry]);
`;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function attributes(tag) {
  const attrs = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[3] ?? m[4] ?? m[5] ?? '';
  }
  return attrs;
}

const isLocal = (href) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);

/** Builds the single-file page from `root`; returns `{ out, bytes }`. */
export async function buildSingleFile({ root, out }) {
  requireBuiltSite(root);
  const siteFiles = new Set(await listSiteFiles(root));
  let html = await readFile(path.join(root, 'index.html'), 'utf8');

  // Stylesheets inline; icons as data: URLs; no manifest.
  let styles = '';
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const a = attributes(tag.slice(5, -1));
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (!a.href || !isLocal(a.href)) return tag;
    const file = resolveFrom('index.html', a.href);
    if (rel.includes('stylesheet')) {
      if (!siteFiles.has(file)) throw new Error(`index.html: stylesheet ${a.href} not found`);
      const css = readFileSync(path.join(root, file), 'utf8');
      if (/@import|url\(\s*['"]?(?!data:)/i.test(css)) throw new Error(`${file}: @import and url() cannot be inlined`);
      styles += css.endsWith('\n') ? css : `${css}\n`;
      return '\0STYLE\0';
    }
    // Preloads: what they fetch is inlined (and a file:// page cannot fetch it).
    if (rel.includes('modulepreload') || rel.includes('preload')) {
      if (!siteFiles.has(file)) throw new Error(`index.html: preload of ${a.href}, which is not a file of the site`);
      return '';
    }
    if (rel.includes('manifest') || rel.includes('apple-touch-icon')) return '';
    if (rel.includes('icon') && siteFiles.has(file)) {
      const data = readFileSync(path.join(root, file)).toString('base64');
      return tag.replace(a.href, `data:${mimeType(file)};base64,${data}`);
    }
    return tag;
  });

  // Module entry points, in document order.
  const entries = [];
  html = html.replace(/<script\b([^>]*)>\s*<\/script>/gi, (tag, attrText) => {
    const a = attributes(attrText);
    if (!a.src) return tag;
    if (a.type !== 'module') throw new Error(`index.html: only module scripts can be inlined (${tag})`);
    entries.push(resolveFrom('index.html', a.src));
    return '\0SCRIPT\0';
  });
  if (!entries.length) throw new Error('index.html has no module scripts');

  // The module graph, dependencies first.
  const files = {};
  const order = [];
  const workers = [];
  const state = new Map();
  async function visit(file, kind) {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'busy') throw new Error(`import cycle through ${file}: cannot inline`);
    state.set(file, 'busy');
    const type = mimeType(file);
    if (kind === 'module') {
      const t = transformPageModule(file, await readFile(path.join(root, file), 'utf8'), siteFiles);
      for (const dep of t.modules) await visit(dep, 'module');
      for (const dep of t.workers) await visit(dep, 'worker');
      for (const dep of t.assets) await visit(dep, 'asset');
      files[file] = { module: true, type: 'text/javascript', text: t.code };
    } else if (kind === 'worker') {
      files[file] = { type: 'text/javascript', text: await classicWorker(root, BUNDLED[file] ?? file, siteFiles) };
      workers.push(file);
    } else {
      const bytes = await readFile(path.join(root, file));
      files[file] = TEXT_TYPE.test(type) ? { type, text: bytes.toString('utf8') } : { type, base64: bytes.toString('base64') };
    }
    state.set(file, 'done');
    order.push(file);
  }
  for (const entry of entries) await visit(entry, 'module');

  const bundleJson = JSON.stringify({ entries, order, workers, files }).replace(/</g, '\\u003c');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(BOOTSTRAP)} blob: 'wasm-unsafe-eval'`,
    'worker-src blob:',
    // blob: the page's files; data: the wasm inside the worker.
    'connect-src blob: data:',
    `style-src ${sha256(`\n${styles}`)}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const cspMeta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
  if (!cspMeta.test(html)) throw new Error('index.html has no Content-Security-Policy <meta> to replace');
  html = html.replace(cspMeta, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  const firstStyle = html.indexOf('\0STYLE\0');
  html = html.replace(/\0STYLE\0/g, (m, offset) => (offset === firstStyle ? `<style>\n${styles}</style>` : ''));
  const firstScript = html.indexOf('\0SCRIPT\0');
  html = html.replace(/\0SCRIPT\0/g, (m, offset) => (offset === firstScript ? `<script type="module">${BOOTSTRAP}</script>` : ''));
  const bundleTag = `<script type="application/json" id="salient-bundle">${bundleJson}</script>\n`;
  if (!/<\/body>/i.test(html)) throw new Error('index.html has no </body>');
  html = html.replace(/<\/body>/i, `${bundleTag}</body>`);
  html = html.replace(
    /<html\b[^>]*>/i,
    (tag) => `${tag}\n<!-- salient, single-file build (scripts/build-site.mjs): open it from disk; it needs no network. -->`,
  );

  await writeAtomic(out, html);
  return { out, bytes: Buffer.byteLength(html) };
}

/** Runs every step; returns what each produced. */
export async function buildSite({ root = path.join(REPO, 'www'), out = path.join(REPO, 'dist', 'salient.html') } = {}) {
  const bookmarklet = await writeBookmarklet(root);
  const worker = await writeWorkerBundle(root);
  const precache = await writePrecache(root);
  const single = await buildSingleFile({ root, out });
  return { bookmarklet, worker, precache, single };
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--root' || arg === '--out') {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      opts[arg.slice(2)] = path.resolve(argv[++i]);
    } else {
      throw new Error(`unknown argument ${arg}\nusage: node scripts/build-site.mjs [--root www] [--out dist/salient.html]`);
    }
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { bookmarklet, worker, precache, single } = await buildSite(parseArgs(process.argv.slice(2)));
    console.log(`${worker.file}: ${worker.bytes} bytes`);
    console.log(`${BOOKMARKLET_OUT}: ${bookmarklet.loader.length} characters (terser)`);
    console.log(`precache.js: version ${precache.version}, ${precache.files.length} entries`);
    console.log(`${path.relative(process.cwd(), single.out)}: ${single.bytes} bytes`);
  } catch (err) {
    console.error(`build-site: ${err.message}`);
    process.exit(1);
  }
}
