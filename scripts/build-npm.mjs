#!/usr/bin/env node
// Builds the npm package of salient from the WebAssembly build in www/pkg/
// (scripts/build-wasm.sh, the same output the page loads):
//
//   node scripts/build-npm.mjs [--out dist/npm]    (make npm-package)
//
// Stages target/npm/package/: wasm-bindgen's glue (salient.js,
// salient.d.ts) and salient_bg.wasm, the stopword lists (lang/) and the
// stemmer module (stem/) of the languages, the package's entries from npm/
// (index.js for browsers and bundlers, node.js for Node, api.js shared by
// both, index.d.ts), its README and a package.json whose version is the
// workspace's (Cargo.toml), then packs it with `npm pack` into
// dist/npm/<name>-<version>.tgz and prints the tarball's path.

import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { requireBuilt } from './built.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGE_NAME = 'salient-summarizer';

/** The workspace's version and licence, from [workspace.package] in Cargo.toml. */
export function workspacePackage() {
  const toml = readFileSync(path.join(REPO, 'Cargo.toml'), 'utf8');
  const section = toml.split(/^\[workspace\.package\]$/m)[1]?.split(/^\[/m)[0] ?? '';
  const field = (name) => section.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
  const version = field('version');
  if (!version) throw new Error('no version in [workspace.package] of Cargo.toml');
  return { version, license: field('license'), repository: field('repository') };
}

function manifest({ version, license, repository }) {
  return {
    name: PACKAGE_NAME,
    version,
    description:
      'Offline extractive summariser (Rust compiled to WebAssembly): ranks the sentences of an article and picks the few that carry it. No network, no dependencies.',
    keywords: ['summarization', 'summarizer', 'extractive', 'textrank', 'nlp', 'webassembly', 'wasm'],
    license,
    repository: repository ? { type: 'git', url: `git+${repository}.git` } : undefined,
    type: 'module',
    exports: {
      '.': {
        types: './index.d.ts',
        node: './node.js',
        default: './index.js',
      },
      './salient_bg.wasm': './salient_bg.wasm',
      './package.json': './package.json',
    },
    types: './index.d.ts',
    files: ['index.js', 'node.js', 'api.js', 'index.d.ts', 'salient.js', 'salient.d.ts', 'salient_bg.wasm', 'lang/', 'stem/', 'README.md'],
    sideEffects: false,
    engines: { node: '>=20' },
  };
}

function main() {
  const args = process.argv.slice(2);
  let out = path.join(REPO, 'dist', 'npm');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = path.resolve(args[++i]);
    else throw new Error(`usage: node scripts/build-npm.mjs [--out DIR] (got ${args[i]})`);
  }
  const pkg = path.join(REPO, 'www', 'pkg');
  const stem = ['stem/salient_stem.js', 'stem/salient_stem.d.ts', 'stem/salient_stem_bg.wasm'];
  requireBuilt(pkg, ['salient.js', 'salient.d.ts', 'salient_bg.wasm', 'lang', ...stem], 'make wasm');
  const stage = path.join(REPO, 'target', 'npm', 'package');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  mkdirSync(path.join(stage, 'stem'));
  for (const f of ['salient.js', 'salient.d.ts', 'salient_bg.wasm', ...stem]) copyFileSync(path.join(pkg, f), path.join(stage, f));
  const lang = readdirSync(path.join(pkg, 'lang')).filter((f) => f.endsWith('.txt'));
  if (lang.length === 0) throw new Error('www/pkg/lang/ holds no stopword list');
  cpSync(path.join(pkg, 'lang'), path.join(stage, 'lang'), { recursive: true, filter: (f) => !f.endsWith('.tmp') });
  for (const f of ['index.js', 'node.js', 'api.js', 'index.d.ts', 'README.md']) {
    copyFileSync(path.join(REPO, 'npm', f), path.join(stage, f));
  }
  const info = workspacePackage();
  writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest(info), null, 2)}\n`);
  mkdirSync(out, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }),
  );
  const file = path.join(out, packed[0].filename);
  const kb = (packed[0].size / 1024).toFixed(1);
  console.log(`${path.relative(REPO, file)}: ${packed[0].entryCount} files, ${kb} KiB`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
