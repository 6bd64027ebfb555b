// Reading opened files (www/file-input.js), in Node: encodings and kinds.
// (Node's windows-1252 decoder is ISO-8859-1, so its curly quotes are
// checked in the browser, tests/e2e/page.test.mjs.)
//
//   node --test tests/e2e/file-input.test.mjs

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { decodeText, FileError, readArticle } from '../../www/file-input.js';

const bytes = (...parts) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

test('encodings: byte-order marks, UTF-8, and Latin-1 files read as windows-1252', () => {
  for (const [name, input, kind, want] of [
    ['UTF-8', new Uint8Array(Buffer.from('Le café est ouvert.', 'utf8')), 'text', 'Le café est ouvert.'],
    ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'abc'), 'text', 'abc'],
    ['Latin-1 (not valid UTF-8)', bytes('Le caf', [0xe9], ' est ouvert.'), 'text', 'Le café est ouvert.'],
    ['UTF-16LE with a byte-order mark', new Uint8Array([0xff, 0xfe, ...Buffer.from('Grüße', 'utf16le')]), 'text', 'Grüße'],
    ['UTF-16BE with a byte-order mark', new Uint8Array([0xfe, 0xff, ...Buffer.from('Grüße', 'utf16le').swap16()]), 'text', 'Grüße'],
    ['HTML naming its charset', bytes('<meta charset="iso-8859-1"><p>Gr', [0xfc], [0xdf], 'e</p>'), 'html', '<meta charset="iso-8859-1"><p>Grüße</p>'],
    ['HTML with an unknown charset label', bytes('<meta charset="x-nonsense"><p>caf', [0xe9], '</p>'), 'html', '<meta charset="x-nonsense"><p>café</p>'],
    ['HTML labelled UTF-16 but written in ASCII', bytes('<meta charset="utf-16"><p>plain</p>'), 'html', '<meta charset="utf-16"><p>plain</p>'],
    ['empty', new Uint8Array(0), 'text', ''],
  ]) {
    assert.equal(decodeText(input, kind), want, name);
  }
});

test('a text file is read, line endings folded; other kinds are refused with a message', async () => {
  const file = new File([bytes('First line.\r\nSecond ', [0xe9], 't', [0xe9], '.\r')], 'notes.txt');
  assert.deepEqual(await readArticle(file), { text: 'First line.\nSecond été.\n', looksLikeArticle: true });
  await assert.rejects(readArticle(new File(['x'], 'photo.png')), (err) => err instanceof FileError && /not a \.txt, \.md or \.html file/.test(err.message));
});
