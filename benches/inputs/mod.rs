//! Deterministic benchmark inputs: generated news and long-form articles in
//! English, French, German, Spanish, Chinese, Japanese and Arabic (the
//! mixed series), and per-language inputs in those and in Korean, Thai
//! (no spaces between words, no full stops), Hindi and Bengali (dandas) and
//! Russian, cut to a size in UTF-8 bytes; the same lower-cased (no capitals to lean on, as in
//! lower-cased news sets), and articles of many short sentences (live-blog
//! and bulletin style: more sentences per byte).
//!
//! This is the Rust twin of `www/bench-inputs.js` (the browser benchmark's
//! generator): both fill the templates of `www/bench-lexicon.json` with the
//! same 32-bit PRNG (mulberry32) in the same order, so they produce
//! byte-identical text. The FNV-1a checksums printed by both benchmarks show
//! it, and `tests/e2e/bench-inputs.test.mjs` checks the JavaScript side
//! against the values in [`EXPECTED_CHECKSUMS`].

use std::collections::HashMap;

use serde_json::Value;

/// The word lists, shared with the browser benchmark.
const LEXICON_JSON: &str = include_str!("../../www/bench-lexicon.json");

/// Sizes of the main series, in bytes (1 KB = 1000 bytes).
pub const SIZES: [usize; 5] = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/// Language rotation of the mixed series: one article after another.
pub const MIX: [&str; 9] = ["en", "fr", "de", "en", "es", "zh", "en", "ar", "ja"];

/// Languages of the per-language inputs.
pub const LANGUAGES: [&str; 12] = [
    "en", "fr", "de", "es", "zh", "ja", "ar", "ko", "th", "hi", "bn", "ru",
];

/// Article styles, drawn uniformly: three news articles for two long reads.
pub const STYLES: [&str; 5] = ["news", "news", "news", "long", "long"];

/// Sizes of the lower-cased and short-sentence series, in bytes.
pub const VARIANT_SIZES: [usize; 3] = [100_000, 1_000_000, 10_000_000];

/// Size of each per-language input, in bytes.
pub const LANGUAGE_BYTES: usize = 100_000;

/// FNV-1a checksums of every case, in [`cases`] order (the JavaScript
/// generator must give the same).
pub const EXPECTED_CHECKSUMS: [(&str, &str); 24] = [
    ("news article (en)", "45509657"),
    ("mixed 1 KB", "ba8a6ab0"),
    ("mixed 10 KB", "ccecfb51"),
    ("mixed 100 KB", "d32264d4"),
    ("mixed 1 MB", "59f5ad73"),
    ("mixed 10 MB", "33e19047"),
    ("en 100 KB", "62a37675"),
    ("fr 100 KB", "2f63af97"),
    ("de 100 KB", "a37d6cd2"),
    ("es 100 KB", "b2b3b0fd"),
    ("zh 100 KB", "035ff12e"),
    ("ja 100 KB", "639e1821"),
    ("ar 100 KB", "eabb3e71"),
    ("ko 100 KB", "5825fd5f"),
    ("th 100 KB", "525a4ce0"),
    ("hi 100 KB", "9205da42"),
    ("bn 100 KB", "946b711e"),
    ("ru 100 KB", "2abc7da6"),
    ("lower-cased 100 KB", "a13a88f4"),
    ("lower-cased 1 MB", "e06f4df3"),
    ("lower-cased 10 MB", "06cc8727"),
    ("short sentences 100 KB", "d32edca8"),
    ("short sentences 1 MB", "5014f28b"),
    ("short sentences 10 MB", "ca38ee11"),
];

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Largest size in UTF-8 bytes.
    pub bytes: usize,
    /// Languages, in rotation, one per article.
    pub langs: Vec<&'static str>,
    /// Styles ("news", "long" or "short"), drawn uniformly per article.
    pub styles: Vec<&'static str>,
    /// PRNG seed.
    pub seed: u32,
    /// Stop after this many articles.
    pub articles: usize,
    /// Lower-case the whole text (after cutting it to size).
    pub lower: bool,
}

/// A benchmark case.
#[derive(Debug, Clone)]
pub struct Case {
    /// Name shown in tables ("mixed 1 MB").
    pub name: String,
    /// "news", "size", "language", "lower" or "short".
    pub group: &'static str,
    /// What to generate.
    pub spec: Spec,
}

/// "1 KB", "10 MB" (decimal).
pub fn size_label(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", bytes / 1_000_000)
    } else if bytes >= 1_000 {
        format!("{} KB", bytes / 1_000)
    } else {
        format!("{bytes} B")
    }
}

/// Every case, in the same order as `cases()` in www/bench-inputs.js.
pub fn cases() -> Vec<Case> {
    let mut out = vec![Case {
        name: "news article (en)".into(),
        group: "news",
        spec: Spec {
            bytes: usize::MAX,
            langs: vec!["en"],
            styles: vec!["news"],
            seed: 9,
            articles: 1,
            lower: false,
        },
    }];
    for bytes in SIZES {
        out.push(Case {
            name: format!("mixed {}", size_label(bytes)),
            group: "size",
            spec: Spec {
                bytes,
                langs: MIX.to_vec(),
                styles: STYLES.to_vec(),
                seed: 1,
                articles: usize::MAX,
                lower: false,
            },
        });
    }
    for lang in LANGUAGES {
        out.push(Case {
            name: format!("{lang} {}", size_label(LANGUAGE_BYTES)),
            group: "language",
            spec: Spec {
                bytes: LANGUAGE_BYTES,
                langs: vec![lang],
                styles: STYLES.to_vec(),
                seed: 2,
                articles: usize::MAX,
                lower: false,
            },
        });
    }
    // the mixed series again, lower-cased
    for bytes in VARIANT_SIZES {
        out.push(Case {
            name: format!("lower-cased {}", size_label(bytes)),
            group: "lower",
            spec: Spec {
                bytes,
                langs: MIX.to_vec(),
                styles: STYLES.to_vec(),
                seed: 1,
                articles: usize::MAX,
                lower: true,
            },
        });
    }
    for bytes in VARIANT_SIZES {
        out.push(Case {
            name: format!("short sentences {}", size_label(bytes)),
            group: "short",
            spec: Spec {
                bytes,
                langs: MIX.to_vec(),
                styles: vec!["short"],
                seed: 4,
                articles: usize::MAX,
                lower: false,
            },
        });
    }
    out
}

/// mulberry32.
struct Rng(u32);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_add(0x6d2b_79f5);
        let a = self.0;
        let mut t = (a ^ (a >> 15)).wrapping_mul(1 | a);
        t = t.wrapping_add((t ^ (t >> 7)).wrapping_mul(61 | t)) ^ t;
        t ^ (t >> 14)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u32) as usize
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

/// FNV-1a (32-bit) of `s`'s UTF-8 bytes, as 8 hex digits.
pub fn checksum(s: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for &b in s.as_bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// Whitespace-separated words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// `s` with its first letter upper-cased (full Unicode case mapping, as
/// JavaScript's `toUpperCase`).
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => s.to_string(),
    }
}

struct Language {
    joiner: String,
    cap: bool,
    slots: HashMap<String, Vec<String>>,
}

/// The parsed word lists.
pub struct Lexicon {
    languages: HashMap<String, Language>,
}

impl Lexicon {
    /// Parses `www/bench-lexicon.json` (compiled in).
    pub fn load() -> Lexicon {
        let v: Value = serde_json::from_str(LEXICON_JSON).expect("bench-lexicon.json is JSON");
        let mut languages = HashMap::new();
        for (code, lang) in v["languages"].as_object().expect("languages") {
            let slots = lang["slots"]
                .as_object()
                .expect("slots")
                .iter()
                .map(|(k, list)| {
                    let items = list
                        .as_array()
                        .expect("slot list")
                        .iter()
                        .map(|s| s.as_str().expect("string").to_string())
                        .collect();
                    (k.clone(), items)
                })
                .collect();
            languages.insert(
                code.clone(),
                Language {
                    joiner: lang["joiner"].as_str().expect("joiner").to_string(),
                    cap: lang["cap"].as_bool().expect("cap"),
                    slots,
                },
            );
        }
        Lexicon { languages }
    }
}

struct Entities {
    persons: Vec<String>,
    towns: Vec<String>,
    org: String,
}

enum Para {
    Heading(String),
    Prose(Vec<String>),
}

struct Writer<'a> {
    lexicon: &'a Lexicon,
    rng: Rng,
}

impl Writer<'_> {
    fn lang(&self, lang: &str) -> &Language {
        &self.lexicon.languages[lang]
    }

    fn pick(&mut self, lang: &str, name: &str) -> String {
        let lexicon = self.lexicon;
        let list = lexicon.languages[lang]
            .slots
            .get(name)
            .unwrap_or_else(|| panic!("bench lexicon: {lang} has no slot {name:?}"));
        self.rng.pick(list).clone()
    }

    fn expand(&mut self, lang: &str, template: &str, ent: &Entities, depth: usize) -> String {
        let mut out = String::new();
        let mut i = 0;
        loop {
            let open = template[i..].find('{').map(|p| i + p);
            let close = open.and_then(|o| template[o..].find('}').map(|p| o + p));
            let (Some(open), Some(close)) = (open, close) else {
                out.push_str(&template[i..]);
                return out;
            };
            out.push_str(&template[i..open]);
            let filled = self.fill(lang, &template[open + 1..close], ent, depth);
            out.push_str(&filled);
            i = close + 1;
        }
    }

    fn fill(&mut self, lang: &str, name: &str, ent: &Entities, depth: usize) -> String {
        match name {
            "person" => {
                if self.rng.below(8) == 0 {
                    let t = self.pick(lang, "person_new");
                    self.expand(lang, &t, ent, depth + 1)
                } else {
                    self.rng.pick(&ent.persons).clone()
                }
            }
            "town" => self.rng.pick(&ent.towns).clone(),
            "org" => ent.org.clone(),
            "gen" => {
                let n = 2 + self.rng.below(2);
                let mut w = String::new();
                for _ in 0..n {
                    let s = self.pick(lang, "syllable");
                    w.push_str(&s);
                }
                if self.lang(lang).cap {
                    capitalise(&w)
                } else {
                    w
                }
            }
            "number" => (12 + self.rng.below(9000)).to_string(),
            "percent" => {
                let a = 1 + self.rng.below(30);
                let b = self.rng.below(10);
                format!("{a}.{b}")
            }
            "year" => (1990 + self.rng.below(35)).to_string(),
            _ => {
                let choice = self.pick(lang, name);
                if depth < 4 {
                    self.expand(lang, &choice, ent, depth + 1)
                } else {
                    choice
                }
            }
        }
    }

    fn line(&mut self, lang: &str, name: &str, ent: &Entities) -> String {
        let t = self.pick(lang, name);
        capitalise(&self.expand(lang, &t, ent, 0))
    }

    fn article(&mut self, lang: &str, style: &str) -> Vec<Para> {
        let none = Entities {
            persons: vec![String::new()],
            towns: vec![String::new()],
            org: String::new(),
        };
        let mut ent = Entities {
            persons: Vec::new(),
            towns: Vec::new(),
            org: String::new(),
        };
        for _ in 0..3 {
            let t = self.pick(lang, "person_new");
            let p = self.expand(lang, &t, &none, 0);
            ent.persons.push(p);
        }
        for _ in 0..2 {
            let t = self.pick(lang, "town_new");
            let p = self.expand(lang, &t, &none, 0);
            ent.towns.push(p);
        }
        let t = self.pick(lang, "org_new");
        ent.org = self.expand(lang, &t, &none, 0);
        let has = |w: &Self, name: &str| w.lang(lang).slots.contains_key(name);
        let mut out = vec![Para::Heading(self.line(lang, "title", &ent))];
        if style == "short" {
            let paragraphs = 10 + self.rng.below(16);
            for _ in 0..paragraphs {
                let n = 3 + self.rng.below(6);
                let sentences = (0..n).map(|_| self.line(lang, "short", &ent)).collect();
                out.push(Para::Prose(sentences));
            }
        } else if style == "news" {
            if has(self, "byline") && self.rng.below(2) == 0 {
                out.push(Para::Heading(self.line(lang, "byline", &ent)));
            }
            let paragraphs = 10 + self.rng.below(16);
            for _ in 0..paragraphs {
                if has(self, "furniture") && self.rng.below(10) == 0 {
                    out.push(Para::Heading(self.line(lang, "furniture", &ent)));
                }
                let n = 1 + self.rng.below(3);
                let sentences = (0..n).map(|_| self.line(lang, "news", &ent)).collect();
                out.push(Para::Prose(sentences));
            }
        } else {
            let sections = 3 + self.rng.below(4);
            for _ in 0..sections {
                out.push(Para::Heading(self.line(lang, "heading", &ent)));
                let paragraphs = 3 + self.rng.below(5);
                for _ in 0..paragraphs {
                    let n = 4 + self.rng.below(5);
                    let mut sentences = Vec::with_capacity(n);
                    for _ in 0..n {
                        let pattern = if self.rng.below(10) < 7 {
                            "long"
                        } else {
                            "news"
                        };
                        sentences.push(self.line(lang, pattern, &ent));
                    }
                    out.push(Para::Prose(sentences));
                }
            }
        }
        out
    }
}

/// `n` stories for a batch: one article each (seeds 1000, 1001, ...), the
/// languages of [`MIX`] in turn, styles drawn from [`STYLES`].
pub fn batch(lexicon: &Lexicon, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let spec = Spec {
                bytes: usize::MAX,
                langs: vec![MIX[i % MIX.len()]],
                styles: STYLES.to_vec(),
                seed: 1000 + i as u32,
                articles: 1,
                lower: false,
            };
            generate(lexicon, &spec)
        })
        .collect()
}

/// Generates the text of `spec` (see www/bench-inputs.js `generate`).
pub fn generate(lexicon: &Lexicon, spec: &Spec) -> String {
    let text = generate_cased(lexicon, spec);
    if spec.lower {
        text.to_lowercase()
    } else {
        text
    }
}

fn generate_cased(lexicon: &Lexicon, spec: &Spec) -> String {
    let mut w = Writer {
        lexicon,
        rng: Rng(spec.seed),
    };
    let mut parts: Vec<String> = Vec::new();
    let mut total = 0usize;
    let fits = |parts: &Vec<String>, total: usize, text: &str| {
        total.saturating_add(if parts.is_empty() { 0 } else { 2 } + text.len()) <= spec.bytes
    };
    for a in 0..spec.articles {
        let lang = spec.langs[a % spec.langs.len()];
        let joiner = lexicon.languages[lang].joiner.clone();
        let style = *w.rng.pick(&spec.styles);
        for para in w.article(lang, style) {
            let text = match &para {
                Para::Heading(t) => t.clone(),
                Para::Prose(s) => s.join(&joiner),
            };
            if fits(&parts, total, &text) {
                total += if parts.is_empty() { 0 } else { 2 } + text.len();
                parts.push(text);
                continue;
            }
            if let Para::Prose(sentences) = para {
                let mut kept = String::new();
                for s in sentences {
                    let next = if kept.is_empty() {
                        s
                    } else {
                        format!("{kept}{joiner}{s}")
                    };
                    if !fits(&parts, total, &next) {
                        break;
                    }
                    kept = next;
                }
                if !kept.is_empty() {
                    parts.push(kept);
                }
            }
            return parts.join("\n\n");
        }
    }
    parts.join("\n\n")
}
