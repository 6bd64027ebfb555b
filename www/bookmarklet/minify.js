// A small JavaScript minifier for the bookmarklet. install.js builds the
// bookmarklet from bookmarklet/loader.js and extract.js when the page loads,
// in the browser: no build tool is involved, and the readable source stays
// the source of truth.
//
// Two steps:
// - tokenize(): strings, regular expression literals (a `/` after an
//   operator, an opening bracket or a keyword such as `return`), template
//   literals without substitutions, words and punctuators; comments and
//   whitespace are dropped, remembering where lines broke.
// - print(): tokens joined with a space only where two words would merge, and
//   a line break only where one might end a statement.
// In between, renameLocals() shortens the names of local variables and
// parameters, but only names that are declared in the code, are not globals,
// and never appear as a key, shorthand property or method name inside an
// object literal or pattern (property accesses after `.` are left alone).
// Anything in doubt keeps its name. `const` is printed as `let`.
//
// It is written for the bookmarklet's own code (semicolons everywhere, no
// template substitutions, no labels); it throws on what it does not handle.

const PUNCTUATORS = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=',
  '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>',
];
const OPERATORS = [...PUNCTUATORS.filter((p) => p !== '++' && p !== '--'), '=', '*', '/', '%', '<', '>', '&', '|', '^'];
/** Keywords after which a `/` starts a regular expression. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
/** Tokens after which, or before which, a line break can never end a statement. */
const JOINS_AFTER = new Set([';', '{', '}', ',', '(', '[', ':', '?', '.', '+', '-', '!', '~', ...OPERATORS]);
const JOINS_BEFORE = new Set([')', ']', '}', ',', ';', ':', '?', '.', ...OPERATORS]);
const KEYWORDS = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static await async of get set arguments eval undefined NaN Infinity implements interface package ' +
    'private protected public').split(' '),
);
/** Browser globals a local might shadow; such locals keep their names. */
const GLOBALS = new Set(
  ('window self document location navigator history alert confirm prompt name status open close top parent ' +
    'frames event length origin print find stop focus blur scroll screen external opener closed').split(' '),
);
const WORD = /[\w$]/;
/** Tokens after which `{` opens a block; after anything else it is taken for an object literal or pattern. */
const BLOCK_AFTER = new Set([')', '=>', 'else', 'try', 'finally', 'do', ';', '{', '}']);

/** The tokens of `src`: `{ tok, kind: 'word'|'str'|'regex'|'punct', nl }` (`nl`: a line break came before it). */
export function tokenize(src) {
  const tokens = [];
  let newline = false;
  const push = (tok, kind) => {
    tokens.push({ tok, kind, nl: newline });
    newline = false;
  };
  const regexAllowed = () => {
    const prev = tokens[tokens.length - 1];
    return !prev || (prev.kind === 'punct' && ![')', ']', '}'].includes(prev.tok)) || (prev.kind === 'word' && BEFORE_REGEX.has(prev.tok));
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      newline = true;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (src.startsWith('//', i)) {
      i = src.indexOf('\n', i);
      if (i < 0) i = src.length;
    } else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated comment');
      if (src.slice(i, end).includes('\n')) newline = true;
      i = end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') j++;
        else if (c === '`' && src.startsWith('${', j)) throw new Error('template substitutions are not supported');
        else if (c !== '`' && src[j] === '\n') throw new Error('unterminated string');
        j++;
      }
      if (j >= src.length) throw new Error('unterminated string');
      push(src.slice(i, j + 1), 'str');
      i = j + 1;
    } else if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '\n') throw new Error('unterminated regular expression');
        j++;
      }
      j++;
      while (j < src.length && /[a-z]/.test(src[j])) j++;
      push(src.slice(i, j), 'regex');
      i = j;
    } else if (WORD.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? ''))) {
      let j = i;
      while (j < src.length && (WORD.test(src[j]) || (/[\d.]/.test(c) && src[j] === '.'))) j++;
      push(src.slice(i, j), 'word');
      i = j;
    } else {
      const p = PUNCTUATORS.find((q) => src.startsWith(q, i)) ?? c;
      push(p, 'punct');
      i += p.length;
    }
  }
  return tokens;
}

const isName = (t) => t && t.kind === 'word' && /^[A-Za-z_$][\w$]*$/.test(t.tok) && !KEYWORDS.has(t.tok);

/** Short names in order: a..z, A..Z, then two characters. */
function* shortNames() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const c of first) yield c;
  for (const c of first) for (const d of `${first}0123456789`) yield c + d;
}

/** Renames local variables and parameters in place (see the notes at the top). */
export function renameLocals(tokens) {
  const declared = new Set();
  const unsafe = new Set();
  const stack = [];
  // Where each bracket closes, to find parameter lists before `=>`.
  const closing = new Map();
  const open = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    if (t.tok === '(' || t.tok === '[' || t.tok === '{') open.push(i);
    else if (t.tok === ')' || t.tok === ']' || t.tok === '}') closing.set(open.pop(), i);
  });
  const declareList = (from, to) => {
    for (let k = from + 1; k < to; k++) {
      const prev = tokens[k - 1].tok;
      if (isName(tokens[k]) && (prev === '(' || prev === ',' || prev === '[' || prev === '{' || prev === ':' || prev === '...')) {
        declared.add(tokens[k].tok);
      }
    }
  };
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (t.kind === 'punct') {
      // In doubt a `{` counts as an object literal: that only keeps more names.
      if (t.tok === '{') stack.push(prev && BLOCK_AFTER.has(prev.tok) ? 'block' : 'object');
      else if (t.tok === '(' || t.tok === '[') stack.push(t.tok);
      else if (t.tok === ')' || t.tok === ']' || t.tok === '}') stack.pop();
      // Parameter lists: `(a, b) =>`, `function f(a, b)`, `catch (e)`.
      if (t.tok === '(') {
        const end = closing.get(i);
        const before = prev?.tok;
        const arrow = tokens[end + 1]?.tok === '=>';
        const fn = before === 'function' || tokens[i - 2]?.tok === 'function' || before === 'catch';
        if (arrow || fn) declareList(i, end);
      }
      return;
    }
    const declaring = t.tok === 'const' || t.tok === 'let' || t.tok === 'var';
    // Destructuring: `const [a, b] = ...`, `const { a, b } = ...`.
    if (declaring && (next?.tok === '[' || next?.tok === '{')) declareList(i + 1, closing.get(i + 1));
    if (!isName(t)) return;
    if (prev && (prev.tok === 'const' || prev.tok === 'let' || prev.tok === 'var' || prev.tok === 'function')) declared.add(t.tok);
    if (next?.tok === '=>' && prev?.tok !== '.') declared.add(t.tok);
    if (stack[stack.length - 1] === 'object' && (prev?.tok === '{' || prev?.tok === ',') && [':', ',', '}', '('].includes(next?.tok)) {
      unsafe.add(t.tok);
    }
  });
  const inUse = new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.tok));
  const hasGlobal = (n) => GLOBALS.has(n) || (typeof globalThis !== 'undefined' && n in globalThis);
  const counts = new Map();
  for (const t of tokens) {
    if (isName(t) && declared.has(t.tok) && !unsafe.has(t.tok) && !hasGlobal(t.tok)) counts.set(t.tok, (counts.get(t.tok) ?? 0) + 1);
  }
  const names = shortNames();
  const renames = new Map();
  for (const [old] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    let n = names.next().value;
    while (inUse.has(n) || KEYWORDS.has(n) || hasGlobal(n)) n = names.next().value;
    if (n.length >= old.length) continue;
    renames.set(old, n);
  }
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (t.kind === 'word' && renames.has(t.tok) && !(prev && (prev.tok === '.' || prev.tok === '?.'))) t.tok = renames.get(t.tok);
  });
  return tokens;
}

/** Joins tokens back into source with as little whitespace as is safe. */
export function print(tokens) {
  const out = [];
  let prev = null;
  for (const t of tokens) {
    if (prev) {
      const a = prev.tok;
      const b = t.tok;
      const merge =
        (WORD.test(a[a.length - 1]) && WORD.test(b[0])) ||
        (/[+-]$/.test(a) && b[0] === a[a.length - 1]) ||
        (a.endsWith('/') && b.startsWith('/'));
      if (t.nl && !JOINS_AFTER.has(a) && !JOINS_BEFORE.has(b)) out.push('\n');
      else if (merge) out.push(' ');
    }
    out.push(t.kind === 'word' && t.tok === 'const' ? 'let' : t.tok);
    prev = t;
  }
  return out.join('');
}

/** Minifies `src`; `{ rename: false }` keeps every name. */
export function minifySource(src, { rename = true } = {}) {
  const tokens = tokenize(src);
  return print(rename ? renameLocals(tokens) : tokens);
}
