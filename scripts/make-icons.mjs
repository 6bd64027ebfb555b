#!/usr/bin/env node
// Draws salient's app icons as PNG files, with no dependencies and no downloads.
//
//   node scripts/make-icons.mjs [--out www/icons]
//
// The design is the one in www/icons/icon.svg (and the page's favicon): a blue
// square with three white lines of decreasing length, on a 32-unit grid. Each
// pixel is sampled 4 x 4 times for smooth edges; the PNG encoder (RGBA, 8 bits,
// zlib from Node) is written here. The output is deterministic, so running the
// script again leaves the committed icons unchanged.
//
// Files: icon-192.png and icon-512.png (rounded corners, transparent outside),
// icon-maskable-512.png (full-bleed background: the content sits inside the
// central safe zone that platforms may crop to a circle) and
// apple-touch-icon.png (180 px, full-bleed: iOS rounds the corners itself).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const BLUE = [0x19, 0x5e, 0xa8];
const WHITE = [0xff, 0xff, 0xff];
/** The three lines: [x1, y, x2] on the 32-unit grid, stroke width 3, round caps. */
const LINES = [
  [8, 10, 24],
  [8, 16, 18],
  [8, 22, 21],
];
const STROKE = 3;
const CORNER = 7;
const SAMPLES = 4;

/** Signed distance from (x, y) to a 32 x 32 square with rounded corners of radius r. */
function roundedSquare(x, y, r) {
  const qx = Math.abs(x - 16) - (16 - r);
  const qy = Math.abs(y - 16) - (16 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Whether (x, y) is on one of the lines (capsules of half-width STROKE / 2). */
function onLine(x, y) {
  for (const [x1, ly, x2] of LINES) {
    const cx = Math.min(Math.max(x, x1), x2);
    if (Math.hypot(x - cx, y - ly) <= STROKE / 2) return true;
  }
  return false;
}

/** RGBA pixels of the icon at `size` px; `fullBleed` fills the corners too. */
export function drawIcon(size, { fullBleed = false } = {}) {
  const px = new Uint8Array(size * size * 4);
  const scale = 32 / size;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (i + (sx + 0.5) / SAMPLES) * scale;
          const y = (j + (sy + 0.5) / SAMPLES) * scale;
          let color = null;
          if (onLine(x, y)) color = WHITE;
          else if (fullBleed || roundedSquare(x, y, CORNER) <= 0) color = BLUE;
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const o = (j * size + i) * 4;
      if (a) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
      }
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG uses it) of a byte array. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG file (8-bit RGBA, no interlace) of `size` x `size` RGBA pixels. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods: 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    raw[j * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, j * size * 4, size * 4).copy(raw, j * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icons: file name, size in px and whether the background fills the square. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, fullBleed: false },
  { file: 'icon-512.png', size: 512, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true },
];

/** Writes every icon into `outDir`; returns the paths written. */
export function makeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  return ICONS.map(({ file, size, fullBleed }) => {
    const target = path.join(outDir, file);
    writeFileSync(target, encodePng(size, drawIcon(size, { fullBleed })));
    return target;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(repo, 'www', 'icons');
  for (const file of makeIcons(out)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
