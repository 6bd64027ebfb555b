// Turning an opened or dropped file (or pasted HTML source) into article
// text.
//
// .txt and .md files are taken as they are; .html files are parsed with
// DOMParser (an inert document: no scripts run, nothing is fetched) and the
// article is extracted from it by extract.js, the extractor the bookmarklet
// uses too: the title, a blank line, then the article's paragraphs.


/** Largest file we read at all; the text limit is checked afterwards. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const TEXT_EXTENSIONS = ['txt', 'text', 'md', 'markdown'];
const HTML_EXTENSIONS = ['html', 'htm', 'xhtml'];

/** An error whose message is meant for the user. */
export class FileError extends Error {}

function extension(name) {
  const m = /\.([^./\\]+)$/.exec(name ?? '');
  return m ? m[1].toLowerCase() : '';
}

/** 'html', 'text', or null when the file is not one we open. */
export function fileKind(file) {
  const ext = extension(file.name);
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  if (!ext) {
    if (file.type === 'text/html') return 'html';
    if (file.type === 'text/plain' || file.type === 'text/markdown') return 'text';
  }
  return null;
}

/**
 * Reads a File into article text, with whether it looks like an article:
 * `{ text, looksLikeArticle }` (an HTML page may be a front page; a text
 * file is taken as it is). Throws FileError with a readable message.
 */
export async function readArticle(file) {
  const kind = fileKind(file);
  if (!kind) {
    throw new FileError(`“${file.name}” is not a .txt, .md or .html file.`);
  }
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    throw new FileError(`“${file.name}” is ${mb} MB; files up to ${MAX_FILE_BYTES / (1024 * 1024)} MB can be opened.`);
  }
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new FileError(`“${file.name}” could not be read.`);
  }
  const raw = decodeText(bytes, kind);
  return kind === 'html' ? htmlToArticle(raw) : { text: raw.replace(/\r\n?/g, '\n'), looksLikeArticle: true };
}

/**
 * The text of a file's bytes: UTF-8 or UTF-16 when a byte-order mark says
 * so; for HTML, the encoding its <meta charset> names; else UTF-8 when the
 * bytes are valid UTF-8, and windows-1252 (what browsers assume for a
 * Western legacy file, Latin-1 included) when they are not, so "café" saved
 * as Latin-1 is not read as "caf\uFFFD". The byte-order mark is dropped.
 */
export function decodeText(bytes, kind = 'text') {
  const bom = (...b) => b.every((x, i) => bytes[i] === x);
  if (bom(0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bom(0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bom(0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (kind === 'html') {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
    const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
    if (label) {
      try {
        // a UTF-16 label in a page read as ASCII means UTF-8 (as browsers read it)
        return new TextDecoder(/^utf-16/i.test(label) ? 'utf-8' : label).decode(bytes);
      } catch {
        // a label the browser does not know: sniffed below
      }
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Takes out what the page's Content-Security-Policy would report while the
 * document is parsed: Chromium checks a parsed document's <style> elements
 * and style="" attributes against the page's policy (and logs a violation
 * for each), even though DOMParser documents are never rendered. Comments
 * and the raw text of script/style/noscript/template go (none of it is
 * article text; JSON-LD metadata stays, it is never run), and style
 * attributes are renamed, those that hide their element becoming `hidden`
 * (which the extractor reads), and so are event handler attributes (onclick,
 * onerror...: checked, and reported, as they are parsed). Everything else is
 * left for DOMParser.
 */
export function withoutStyles(html) {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template)\b([^>]*)>[\s\S]*?(?:<\/\1\s*>|$)/gi, (element, name, attrs) =>
      name.toLowerCase() === 'script' && /application\/ld\+json/i.test(attrs) ? element : ' ',
    )
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag
        .replace(/(\s)style(\s*=\s*)("[^"]*"|'[^']*'|[^\s>]*)/gi, (m, space, eq, value) =>
          /display\s*:\s*none|visibility\s*:\s*hidden/i.test(value) ? `${space}hidden data-style${eq}${value}` : `${space}data-style${eq}${value}`,
        )
        .replace(/(\s)(on[a-z]+\s*=)/gi, '$1data-$2'),
    );
}

/**
 * What is said with the summary of a page whose text reads as links and
 * headlines (`looksLikeArticle` false), after what the page is ("The page
 * handed over", a file's name).
 */
export const NOT_AN_ARTICLE = 'does not look like an article: the summary may be made of its menus and headlines.';

/**
 * The article of an HTML document's source, `{ text, looksLikeArticle }`:
 * its title, a blank line, then its paragraphs separated by blank lines (''
 * when it has no text), and whether it reads as an article rather than a
 * page of links and headlines (extract.js's `looksLikeArticle`).
 */
export async function htmlToArticle(html) {
  const doc = new DOMParser().parseFromString(withoutStyles(html), 'text/html');
  // Imported when first needed: the extractor (and its wasm) is not part of
  // what the page loads for its first summary.
  const { extractArticle, articleText } = await import('./extract.js');
  const article = await extractArticle(doc, { selection: false });
  return { text: articleText(article), looksLikeArticle: article.looksLikeArticle };
}

/**
 * True when pasted text is the source of an HTML page rather than prose: it
 * starts with a doctype, <html>, <head> or <body>, or it is mostly tags.
 */
export function looksLikeHtml(text) {
  const start = text.slice(0, 1024).trimStart();
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(start)) return true;
  if (start[0] !== '<') return false;
  const sample = text.slice(0, 20000);
  const tags = sample.match(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?>/gi) ?? [];
  const markup = tags.reduce((n, t) => n + t.length, 0);
  return tags.length >= 10 && /<\/(p|div|article|section|span|a|li|td)>/i.test(sample) && markup > 0.2 * sample.length;
}
