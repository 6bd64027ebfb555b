// Deterministic benchmark inputs: varied generated text (news and long-form
// articles in English, French, German, Spanish, Chinese, Japanese and
// Arabic, and per-language inputs in Korean, Thai, Hindi, Bengali and
// Russian too) of a chosen size in UTF-8 bytes; the same lower-cased, and
// articles of many short sentences.
//
// The same generator is written in Rust in benches/inputs/mod.rs; both read
// the word lists in bench-lexicon.json and give byte-identical text, which
// the FNV-1a checksums printed by both benchmarks show (and
// tests/e2e/bench-inputs.test.mjs checks against the Rust values).
//
// No dependencies; works in browsers and in Node.

/** Sizes of the main series, in bytes (1 KB = 1000 bytes). */
export const SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/** Language rotation of the mixed series: one article after another. */
export const MIX = ['en', 'fr', 'de', 'en', 'es', 'zh', 'en', 'ar', 'ja'];

/** Languages of the per-language 100 KB inputs. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'zh', 'ja', 'ar', 'ko', 'th', 'hi', 'bn', 'ru'];

/** Article styles, drawn uniformly: three news articles for two long reads. */
export const STYLES = ['news', 'news', 'news', 'long', 'long'];

/** Sizes of the lower-cased and short-sentence series, in bytes. */
export const VARIANT_SIZES = [100_000, 1_000_000, 10_000_000];

/** Size of each per-language input, in bytes. */
export const LANGUAGE_BYTES = 100_000;

/** The single English news article (600-900 words) of the latency target. */
export const NEWS = { langs: ['en'], styles: ['news'], articles: 1, seed: 9, bytes: Infinity };

/** Human-readable size: 1 KB, 10 KB, 1 MB (decimal). */
export function sizeLabel(bytes) {
  if (bytes >= 1_000_000) return `${bytes / 1_000_000} MB`;
  if (bytes >= 1_000) return `${bytes / 1_000} KB`;
  return `${bytes} B`;
}

/**
 * Every benchmark case: { name, group, spec } where spec is what `generate`
 * takes. Groups: 'news' (one article), 'size' (the mixed series), 'language',
 * 'lower' (the mixed series lower-cased), 'short' (short sentences).
 */
export function cases() {
  const out = [{ name: 'news article (en)', group: 'news', spec: NEWS }];
  for (const bytes of SIZES) {
    out.push({ name: `mixed ${sizeLabel(bytes)}`, group: 'size', spec: { bytes, langs: MIX, styles: STYLES, seed: 1 } });
  }
  for (const lang of LANGUAGES) {
    out.push({
      name: `${lang} ${sizeLabel(LANGUAGE_BYTES)}`,
      group: 'language',
      spec: { bytes: LANGUAGE_BYTES, langs: [lang], styles: STYLES, seed: 2 },
    });
  }
  for (const bytes of VARIANT_SIZES) {
    out.push({ name: `lower-cased ${sizeLabel(bytes)}`, group: 'lower', spec: { bytes, langs: MIX, styles: STYLES, seed: 1, lower: true } });
  }
  for (const bytes of VARIANT_SIZES) {
    out.push({ name: `short sentences ${sizeLabel(bytes)}`, group: 'short', spec: { bytes, langs: MIX, styles: ['short'], seed: 4 } });
  }
  return out;
}

/** mulberry32: a small 32-bit PRNG, exact in JavaScript and Rust alike. */
export class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    const a = this.state;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = ((t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t) >>> 0;
    return (t ^ (t >>> 14)) >>> 0;
  }

  below(n) {
    return this.next() % n;
  }

  pick(list) {
    return list[this.below(list.length)];
  }
}

/** UTF-8 length of a JavaScript string. */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** FNV-1a (32-bit) of the UTF-8 bytes of `s`, as 8 hex digits. */
export function checksum(s) {
  const bytes = new TextEncoder().encode(s);
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Whitespace-separated words (what the tables call "words"). */
export function wordCount(s) {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

/** Upper-cases the first character when it is an ASCII letter. */
// The first letter upper-cased (full Unicode case mapping, as Rust's
// char::to_uppercase).
function capitalise(s) {
  const c = s.codePointAt(0);
  if (c === undefined) return s;
  const first = String.fromCodePoint(c);
  const upper = first.toUpperCase();
  return upper !== first && first === first.toLowerCase() ? upper + s.slice(first.length) : s;
}

class Writer {
  constructor(lexicon, rng) {
    this.lexicon = lexicon;
    this.rng = rng;
  }

  slot(lang, name) {
    const list = this.lexicon.languages[lang].slots[name];
    if (!list) throw new Error(`bench lexicon: ${lang} has no slot "${name}"`);
    return list;
  }

  /** Fills the {slot}s of `template`, left to right. */
  expand(lang, template, ent, depth = 0) {
    let out = '';
    let i = 0;
    for (;;) {
      const open = template.indexOf('{', i);
      const close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) return out + template.slice(i);
      out += template.slice(i, open) + this.fill(lang, template.slice(open + 1, close), ent, depth);
      i = close + 1;
    }
  }

  fill(lang, name, ent, depth) {
    const rng = this.rng;
    switch (name) {
      case 'person':
        return rng.below(8) === 0 ? this.expand(lang, rng.pick(this.slot(lang, 'person_new')), ent, depth + 1) : rng.pick(ent.persons);
      case 'town':
        return rng.pick(ent.towns);
      case 'org':
        return ent.org;
      case 'gen': {
        const n = 2 + rng.below(2);
        let w = '';
        for (let k = 0; k < n; k++) w += rng.pick(this.slot(lang, 'syllable'));
        return this.lexicon.languages[lang].cap ? capitalise(w) : w;
      }
      case 'number':
        return String(12 + rng.below(9000));
      case 'percent':
        return `${1 + rng.below(30)}.${rng.below(10)}`;
      case 'year':
        return String(1990 + rng.below(35));
      default: {
        const choice = rng.pick(this.slot(lang, name));
        return depth < 4 ? this.expand(lang, choice, ent, depth + 1) : choice;
      }
    }
  }

  /** One article: [{ heading: true, text } | { heading: false, sentences }]. */
  article(lang, style) {
    const rng = this.rng;
    const noEnt = { persons: [''], towns: [''], org: '' };
    const ent = { persons: [], towns: [], org: '' };
    for (let k = 0; k < 3; k++) ent.persons.push(this.expand(lang, rng.pick(this.slot(lang, 'person_new')), noEnt));
    for (let k = 0; k < 2; k++) ent.towns.push(this.expand(lang, rng.pick(this.slot(lang, 'town_new')), noEnt));
    ent.org = this.expand(lang, rng.pick(this.slot(lang, 'org_new')), noEnt);
    const slots = this.lexicon.languages[lang].slots;
    const line = (name) => capitalise(this.expand(lang, rng.pick(this.slot(lang, name)), ent));
    const prose = (n, pattern) => {
      const sentences = [];
      for (let k = 0; k < n; k++) sentences.push(line(pattern()));
      return { heading: false, sentences };
    };
    const out = [{ heading: true, text: line('title') }];
    if (style === 'short') {
      const paragraphs = 10 + rng.below(16);
      for (let p = 0; p < paragraphs; p++) out.push(prose(3 + rng.below(6), () => 'short'));
    } else if (style === 'news') {
      if (slots.byline && rng.below(2) === 0) out.push({ heading: true, text: line('byline') });
      const paragraphs = 10 + rng.below(16);
      for (let p = 0; p < paragraphs; p++) {
        if (slots.furniture && rng.below(10) === 0) out.push({ heading: true, text: line('furniture') });
        out.push(prose(1 + rng.below(3), () => 'news'));
      }
    } else {
      const sections = 3 + rng.below(4);
      for (let s = 0; s < sections; s++) {
        out.push({ heading: true, text: line('heading') });
        const paragraphs = 3 + rng.below(5);
        for (let p = 0; p < paragraphs; p++) {
          out.push(prose(4 + rng.below(5), () => (rng.below(10) < 7 ? 'long' : 'news')));
        }
      }
    }
    return out;
  }
}

/**
 * Generates text: articles in the languages of `spec.langs` (in rotation),
 * styles drawn from `spec.styles`, paragraphs separated by blank lines, until
 * the next paragraph would pass `spec.bytes` (the last one is cut at a
 * sentence) or `spec.articles` articles are written; with `spec.lower`,
 * the whole text is then lower-cased.
 */
export function generate(lexicon, spec) {
  const text = generateCased(lexicon, spec);
  return spec.lower ? text.toLowerCase() : text;
}

function generateCased(lexicon, spec) {
  const { bytes, langs, styles = STYLES, seed = 1, articles = Infinity } = spec;
  const writer = new Writer(lexicon, new Rng(seed));
  const parts = [];
  let total = 0;
  const fits = (text) => total + (parts.length ? 2 : 0) + utf8Length(text) <= bytes;
  const add = (text) => {
    total += (parts.length ? 2 : 0) + utf8Length(text);
    parts.push(text);
  };
  for (let a = 0; a < articles; a++) {
    const lang = langs[a % langs.length];
    const joiner = lexicon.languages[lang].joiner;
    const style = writer.rng.pick(styles);
    for (const para of writer.article(lang, style)) {
      const text = para.heading ? para.text : para.sentences.join(joiner);
      if (fits(text)) {
        add(text);
        continue;
      }
      if (!para.heading) {
        let kept = '';
        for (const s of para.sentences) {
          const next = kept ? kept + joiner + s : s;
          if (!fits(next)) break;
          kept = next;
        }
        if (kept) add(kept);
      }
      return parts.join('\n\n');
    }
  }
  return parts.join('\n\n');
}
