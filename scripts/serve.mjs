#!/usr/bin/env node
// A tiny, dependency-free static file server for the salient page.
//
//   node scripts/serve.mjs [--port 8000] [--root www] [--base /salient/] [--host 127.0.0.1]
//
// Serves files under --root with correct MIME types (application/wasm for the
// WebAssembly module), gzip-compressed when the client accepts it,
// `Cache-Control: no-cache` with an ETag (a revalidation of an unchanged file
// gets a 304), and
// `Access-Control-Allow-Origin: *` (the bookmarklet loads the site's modules
// from another origin). With --base, the root is served under that sub-path
// (as on GitHub Pages), and everything else is a 404. Paths that try to leave
// the root are refused.
//
// Tests import `startServer({ root, port, base, host, headers })`; port 0 picks a free one.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** MIME types by lowercase extension. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.ts': 'text/plain; charset=utf-8', // wasm-bindgen's .d.ts files: show, don't run
};

/** The MIME type for a file name. */
export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Normalises a base path to the form `/` or `/a/b/`. */
export function normaliseBase(base) {
  const parts = String(base ?? '/').split('/').filter(Boolean);
  for (const p of parts) {
    if (p === '.' || p === '..') throw new Error(`invalid --base ${base}`);
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-cache',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

/** Types sent gzip-compressed to clients that accept it (as GitHub Pages does). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|wasm|xml)|image\/svg\+xml)/;
const gzipCache = new Map();

/** The file gzip-compressed, kept while it is unchanged. */
async function gzipped({ file, etag }) {
  const hit = gzipCache.get(file);
  if (hit?.etag === etag) return hit.body;
  const body = gzipSync(await readFile(file), { level: 9 });
  gzipCache.set(file, { etag, body });
  return body;
}

function isInside(root, file) {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function sendText(res, status, text, extra = {}) {
  const body = `${text}\n`;
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Resolves a URL path (already stripped of the base) to a file under root,
 * or null when there is none or the path is not allowed.
 */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  let file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (!isInside(root, file)) return null;
  let info;
  try {
    info = await stat(file);
    if (info.isDirectory()) {
      if (!decoded.endsWith('/') && decoded !== '') return { redirect: true };
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    // Symbolic links must not lead out of the root either.
    const real = await realpath(file);
    if (!isInside(root, real)) return null;
  } catch {
    return null;
  }
  return { file, size: info.size, etag: `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"` };
}

/**
 * Starts the server. Resolves to `{ server, port, url, close() }` once it
 * listens; `url` is the page's address (with the base). `headers(url)`, if
 * given, returns headers to add to the response for a file, 200 or 304
 * (`url` a URL object of the request); they cannot replace the file's
 * Content-Type or ETag. The tests serve pages with a
 * Content-Security-Policy this way.
 */
export async function startServer({ root = 'www', port = 8000, base = '/', host = '127.0.0.1', headers: extraHeaders } = {}) {
  const rootDir = await realpath(path.resolve(root));
  const basePath = normaliseBase(base);

  const server = createServer(async (req, res) => {
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...COMMON_HEADERS,
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': '*',
        });
        res.end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD, OPTIONS' });
        return;
      }
      const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
      if (!pathname.startsWith('/')) {
        sendText(res, 400, 'Bad request');
        return;
      }
      if (basePath !== '/' && (pathname === '/' || `${pathname}/` === basePath)) {
        res.writeHead(302, { ...COMMON_HEADERS, Location: basePath });
        res.end();
        return;
      }
      if (!pathname.startsWith(basePath)) {
        sendText(res, 404, 'Not found');
        return;
      }
      const found = await resolveFile(rootDir, pathname.slice(basePath.length));
      if (!found) {
        sendText(res, 404, 'Not found');
        return;
      }
      if (found.redirect) {
        res.writeHead(301, { ...COMMON_HEADERS, Location: `${pathname}/` });
        res.end();
        return;
      }
      // Revalidation, as static hosts such as GitHub Pages do it: an
      // unchanged file is a 304 without a body.
      const headers = {
        ...COMMON_HEADERS,
        ...extraHeaders?.(new URL(req.url ?? '/', 'http://localhost')),
        'Content-Type': mimeType(found.file),
        ETag: found.etag,
      };
      if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(found.etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const type = headers['Content-Type'];
      if (found.size > 1024 && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const body = await gzipped(found);
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, { ...headers, Vary: 'Accept-Encoding', 'Content-Length': found.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(found.file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch (err) {
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy(err);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port: actualPort,
    url: `http://${shownHost}:${actualPort}${basePath}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

function parseArgs(argv) {
  const opts = { root: 'www', port: 8000, base: '/', host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    switch (name) {
      case '--port':
      case '-p': {
        const v = value();
        const port = Number(v);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${v}`);
        opts.port = port;
        break;
      }
      case '--root':
        opts.root = value();
        break;
      case '--base':
        opts.base = value();
        break;
      case '--host':
        opts.host = value();
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  return opts;
}

const USAGE = 'usage: node scripts/serve.mjs [--port 8000] [--root www] [--base /salient/] [--host 127.0.0.1]';

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`serve: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log(USAGE);
    process.exit(0);
  }
  try {
    const { url } = await startServer(opts);
    console.log(`Serving ${path.resolve(opts.root)} at ${url}`);
  } catch (err) {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  }
}
