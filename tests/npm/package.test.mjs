// The npm package as a user gets it: builds the tarball (scripts/build-npm.mjs,
// from www/pkg), installs it with `npm install <tarball>` into an empty
// folder (offline: the package has no dependencies), then
//
//   - summarises from plain Node (a script run by `node` in that folder,
//     importing the package by name);
//   - type-checks a TypeScript user of it (tsc --strict, NodeNext
//     resolution, which follows the package's "exports" and "types");
//   - summarises in Chromium through an import map, the browser entry
//     fetching salient_bg.wasm next to itself.
//
//   make wasm && node --test tests/npm/

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { requireBuilt } from '../../scripts/built.mjs';
import { PACKAGE_NAME, workspacePackage } from '../../scripts/build-npm.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = workspacePackage();

const ARTICLE =
  'Storm cuts power to coast\n\n' +
  'By Jane Doe\n\n' +
  'A storm hit the coast on Monday, cutting power to 40,000 homes. ' +
  'Engineers restored power to most homes by Tuesday evening. ' +
  'The storm moved inland and weakened over the hills. ' +
  'Schools reopened on Wednesday after two days of closures — “we are relieved”, said one café owner. ' +
  'The mayor said the city would review its emergency plans.';

const FRENCH =
  'La tempête frappe la côte\n\n' +
  'Une violente tempête a frappé la côte lundi, privant 40 000 foyers d’électricité. ' +
  'Les techniciens ont rétabli le courant dans la plupart des foyers mardi soir. ' +
  'La tempête s’est ensuite affaiblie au-dessus des collines, selon les services météorologiques. ' +
  'Les écoles ont rouvert mercredi après deux jours de fermeture. ' +
  'Le maire a déclaré que la ville réexaminerait ses plans d’urgence.';

let work;
let tarball;

before(() => {
  requireBuilt(path.join(REPO, 'www'), ['pkg/salient_bg.wasm'], 'make wasm');
  work = mkdtempSync(path.join(tmpdir(), 'salient-npm-'));
  const out = path.join(work, 'dist');
  execFileSync(process.execPath, [path.join(REPO, 'scripts', 'build-npm.mjs'), '--out', out], { stdio: 'pipe' });
  tarball = path.join(out, `${PACKAGE_NAME}-${version}.tgz`);
  assert.ok(existsSync(tarball), `${tarball} was written`);
  const app = path.join(work, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], {
    cwd: app,
    stdio: 'pipe',
  });
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const app = () => path.join(work, 'app');
const installed = () => path.join(app(), 'node_modules', PACKAGE_NAME);

test('the tarball holds the module, its glue, the .wasm and the types, at the workspace version', () => {
  const manifest = JSON.parse(readFileSync(path.join(installed(), 'package.json'), 'utf8'));
  assert.equal(manifest.name, PACKAGE_NAME);
  assert.equal(manifest.version, version);
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.types, './index.d.ts');
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'node', 'default']);
  assert.equal(manifest.dependencies, undefined, 'no dependencies');
  const files = readdirSync(installed()).sort();
  for (const f of ['index.js', 'node.js', 'api.js', 'index.d.ts', 'salient.js', 'salient.d.ts', 'salient_bg.wasm', 'lang', 'stem']) {
    assert.ok(files.includes(f), `${f} in ${files}`);
  }
  const lists = readdirSync(path.join(installed(), 'lang'));
  assert.deepEqual(lists, readdirSync(path.join(REPO, 'www', 'pkg', 'lang')), 'every stopword list');
  assert.ok(existsSync(path.join(installed(), 'stem', 'salient_stem_bg.wasm')));
  // the same .wasm as the page's
  assert.deepEqual(readFileSync(path.join(installed(), 'salient_bg.wasm')), readFileSync(path.join(REPO, 'www', 'pkg', 'salient_bg.wasm')));
});

test('plain Node: import by name, init, summarize, analyze, scoreSentences, errors', () => {
  writeFileSync(path.join(app(), 'article.txt'), ARTICLE);
  writeFileSync(path.join(app(), 'french.txt'), FRENCH);
  writeFileSync(
    path.join(app(), 'use.mjs'),
    `import { readFileSync } from 'node:fs';
import init, { init as namedInit, summarize, analyze, scoreSentences, algorithms, version, languages, loadLanguage, detectLanguage } from '${PACKAGE_NAME}';
const text = readFileSync(new URL('./article.txt', import.meta.url), 'utf8');
let early = null;
try { summarize(text); } catch (e) { early = e.message; }
const earlyLoad = await loadLanguage('fr').then(() => 'resolved', (e) => 'rejected: ' + e.message);
await init();
await loadLanguage('FR'); // any case, as the language option
await namedInit(); // a second call is harmless
const samePromise = init() === init();
const undetected = detectLanguage('1234 !!');
let notText = null;
try { detectLanguage(42); } catch (e) { notText = e.message; }
const summary = summarize(text, { sentences: 2, keywords: 3 });
const analysis = analyze(text);
const scored = scoreSentences(text, { ratio: 0.5 });
const french = readFileSync(new URL('./french.txt', import.meta.url), 'utf8');
const fr = summarize(french, { sentences: 1, keywords: 5 });
let unknown = null;
try { await loadLanguage('xx'); } catch (e) { unknown = e.message; }
let bad = null;
try { summarize(text, { sentences: 'three' }); } catch (e) { bad = { name: e.name, message: e.message, isError: e instanceof Error }; }
const slices = summary.sentences.map((s) => text.slice(s.start, s.end) === s.text);
console.log(JSON.stringify({ early, earlyLoad, samePromise, undetected, notText, summary, analysis, scored, bad, slices, fr, unknown, languages: languages().length, version: version(), algorithms: algorithms().map((a) => a.name) }));
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: app(), encoding: 'utf8' }));
  assert.match(out.early, /init\(\)/, 'a call before init says what to do');
  assert.match(out.earlyLoad, /^rejected: .*init\(\)/, 'loadLanguage before init is a rejected promise');
  assert.equal(out.samePromise, true, 'init() returns the same promise');
  assert.equal(out.undetected, null, 'no language is null, not undefined');
  assert.match(out.notText ?? '', /must be a string/);
  assert.equal(out.version, version);
  assert.equal(out.algorithms[0], 'salient');
  assert.equal(out.summary.sentences.length, 2);
  assert.equal(out.summary.title, 'Storm cuts power to coast');
  assert.equal(out.summary.keywords.length, 3);
  assert.deepEqual(out.slices, [true, true], 'UTF-16 offsets slice the input');
  assert.ok(out.summary.removed.some((r) => r.reason === 'byline'), JSON.stringify(out.summary.removed));
  assert.equal(out.summary.stats.summarySentences, 2);
  assert.equal(out.analysis.all.length, out.analysis.stats.inputSentences);
  assert.equal(out.analysis.all.filter((s) => s.selected).length, 3);
  assert.equal(out.scored.length, out.analysis.all.length);
  assert.ok(out.bad?.isError, 'a bad option throws an Error');
  assert.match(out.bad.message, /sentences/, out.bad.message);
  // every language's data is there after init: French is detected, stopwords
  // stay out of its keywords
  assert.equal(out.summary.language, 'en');
  assert.equal(out.fr.language, 'fr');
  assert.equal(out.fr.sentences.length, 1);
  const stop = new Set(readFileSync(path.join(installed(), 'lang', 'fr.txt'), 'utf8').split('\n'));
  assert.ok(out.fr.keywords.length > 0 && out.fr.keywords.every((k) => !stop.has(k.text)), JSON.stringify(out.fr.keywords));
  assert.ok(out.languages > 50, `${out.languages} languages`);
  assert.match(out.unknown, /unknown language/);
});

test('TypeScript: the declarations type-check a strict NodeNext user, and reject a wrong option', () => {
  const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  assert.ok(existsSync(tsc), 'typescript is installed (npm ci)');
  const config = {
    compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], skipLibCheck: false, types: [] },
    files: ['use.ts'],
  };
  writeFileSync(path.join(app(), 'tsconfig.json'), JSON.stringify(config));
  const good = `import { init, summarize, analyze, prepare, type Summary, type SummarizeOptions } from '${PACKAGE_NAME}';
await init();
const options: SummarizeOptions = await prepare('Some text.', { ratio: 0.2, algorithm: 'textrank', keywords: 5 });
const s: Summary = summarize('Some text. More text.', options);
const language: string | null = s.language;
const first: number = s.sentences[0]?.start ?? 0;
const selected: boolean[] = analyze('Some text.').all.map((x) => x.selected);
export { first, selected, language };
`;
  writeFileSync(path.join(app(), 'use.ts'), good);
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app(), encoding: 'utf8' });
  writeFileSync(path.join(app(), 'use.ts'), good.replace("ratio: 0.2", "ratio: 'a fifth'"));
  let failed = null;
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app(), encoding: 'utf8' });
  } catch (e) {
    failed = String(e.stdout);
  }
  assert.match(failed ?? 'compiled', /error TS2322/, 'a string ratio is a type error');
});

test('a browser: the package from node_modules through an import map', async () => {
  writeFileSync(
    path.join(app(), 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>npm package</title>
<script type="importmap">{ "imports": { "${PACKAGE_NAME}": "./node_modules/${PACKAGE_NAME}/index.js" } }</script>
<script type="module">
  import { init, summarize, prepare } from '${PACKAGE_NAME}';
  const text = ${JSON.stringify(ARTICLE)};
  const french = ${JSON.stringify(FRENCH)};
  await init();
  const s = summarize(text, { sentences: 1 });
  const options = await prepare(french, { sentences: 2 });
  const fr = summarize(french, options);
  window.result = { n: s.sentences.length, sliced: text.slice(s.sentences[0].start, s.sentences[0].end) === s.sentences[0].text, title: s.title, options, fr: [fr.language, fr.sentences.length] };
</script>`,
  );
  const server = await startServer({ root: app(), port: 0, base: '/', host: '127.0.0.1' });
  const profile = mkdtempSync(path.join(tmpdir(), 'salient-npm-browser-'));
  let context;
  try {
    context = await launchChromium(profile);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(server.url);
    await page.waitForFunction(() => window.result || null, null, { timeout: 30_000 });
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.result), {
      n: 1,
      sliced: true,
      title: 'Storm cuts power to coast',
      options: { sentences: 2, language: 'fr' },
      fr: ['fr', 2],
    });
    // the French data came from the package, on demand
    assert.ok(requested.some((u) => u.endsWith('/lang/fr.txt')), requested.join(' '));
    assert.ok(requested.some((u) => u.endsWith('/stem/salient_stem_bg.wasm')), requested.join(' '));
    assert.ok(!requested.some((u) => u.endsWith('/lang/de.txt')), 'only the languages used');
  } finally {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
