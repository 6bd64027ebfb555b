// Turning an opened or dropped file into article text.
//
// .txt and .md files are taken as they are; .html files are parsed with
// DOMParser (an inert document: no scripts run, nothing is fetched) and the
// text of the body (of its one <article> or <main>, when it has one) is taken
// with block elements as paragraph breaks; script, style, nav, footer and
// other non-text elements are dropped.

/** Largest file we read at all; the text limit is checked afterwards. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const TEXT_EXTENSIONS = ['txt', 'text', 'md', 'markdown'];
const HTML_EXTENSIONS = ['html', 'htm', 'xhtml'];

/** Elements whose content is never article text. */
const DROP = 'script, style, noscript, template, nav, footer, iframe, object, embed, svg, canvas, audio, video, select, button, form';

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'BODY',
]);

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

/** Reads a File into article text; throws FileError with a readable message. */
export async function readArticleFile(file) {
  const kind = fileKind(file);
  if (!kind) {
    throw new FileError(`“${file.name}” is not a .txt, .md or .html file.`);
  }
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    throw new FileError(`“${file.name}” is ${mb} MB; files up to ${MAX_FILE_BYTES / (1024 * 1024)} MB can be opened.`);
  }
  let raw;
  try {
    raw = await file.text();
  } catch {
    throw new FileError(`“${file.name}” could not be read.`);
  }
  // A byte-order mark is not text.
  raw = raw.replace(/^\uFEFF/, '');
  return kind === 'html' ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n');
}

/**
 * Takes out what the page's Content-Security-Policy would report while the
 * document is parsed: Chromium checks a parsed document's <style> elements
 * and style="" attributes against the page's policy (and logs a violation
 * for each), even though DOMParser documents are never rendered. Comments
 * and the raw text of script/style/noscript/template go (none of it is
 * article text), and style attributes are renamed. Everything else is left
 * for DOMParser.
 */
export function withoutStyles(html) {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)style(\s*=)/gi, '$1data-style$2'));
}

/** Picks the element holding the article: the one <article> or <main>, else the body. */
function articleRoot(body) {
  for (const selector of ['article', 'main, [role="main"]']) {
    const found = body.querySelectorAll(selector);
    if (found.length === 1 && (found[0].textContent ?? '').trim().length > 200) return found[0];
  }
  return body;
}

/** The readable text of an HTML document, with paragraphs as blank lines. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(withoutStyles(html), 'text/html');
  if (!doc.body) return '';
  const root = articleRoot(doc.body);
  for (const el of root.querySelectorAll(DROP)) el.remove();
  for (const el of root.querySelectorAll('[hidden], [aria-hidden="true"]')) el.remove();

  const out = [];
  let line = '';
  const breakParagraph = () => {
    const t = line
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (t) out.push(t);
    line = '';
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += (child.nodeValue ?? '').replace(/\s+/g, ' ');
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName;
        if (tag === 'BR') {
          line += '\n';
        } else if (tag === 'PRE') {
          breakParagraph();
          const pre = (child.textContent ?? '').replace(/\s+$/, '');
          if (pre.trim()) out.push(pre);
        } else if (BLOCKS.has(tag)) {
          breakParagraph();
          walk(child);
          breakParagraph();
        } else {
          // Inline elements (images included: alt text is not article prose).
          walk(child);
        }
      }
    }
  };
  walk(root);
  breakParagraph();
  return out.join('\n\n');
}
