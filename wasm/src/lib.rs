//! salient's JavaScript binding: `summarize`, `analyze`, `scoreSentences`,
//! `algorithms` and `version`, built with wasm-bindgen.
//!
//! A thin shell over the `salient` library. Options come in as a plain
//! object and are read with serde ([`serde_wasm_bindgen`]) into
//! `JsOptions`, every field optional (`null` and `undefined` mean "not
//! given"); a bad option throws an `Error` that names it and says what was
//! expected. Results go out as plain objects and arrays built by serde from
//! the JavaScript-shaped types below (fields in the order of the TypeScript
//! declarations, a missing title as `null`).
//!
//! Languages: the library's built-in lexicon holds every language's
//! stopwords, sentence-splitting abbreviations and stemmers, and the
//! detector's evidence, too much for one small .wasm. Here the data of a
//! language is given by JavaScript ([`add_stopwords`], from the
//! `lang/<code>.txt` files the build writes), and so is the detector's
//! evidence ([`set_detection`], `lang/detect.txt`, which the page loads at
//! start); English is stemmed and split in this module, and other
//! languages' stems come from a function JavaScript sets ([`set_stemmer`];
//! the page's is the separate `stem` module, the same library's stemmers).
//! Without them a language still works, unstemmed, with no stopwords and
//! the international abbreviations only: [`languages`] says what each
//! needs. Given the same files, summaries are the library's.
//!
//! Offsets: the library speaks UTF-8 byte offsets; JavaScript strings are
//! indexed in UTF-16 code units. Every offset is converted here, at the
//! boundary, in one pass over the text, so that `text.slice(start, end)`
//! works in JavaScript. A lone surrogate in a JavaScript string reaches Rust
//! as U+FFFD, which is one UTF-16 unit as well, so offsets still line up
//! with the caller's string.
#![forbid(unsafe_code)]

use std::fmt;
use std::ops::Range;

use std::borrow::Cow;
use std::cell::RefCell;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use salient::lexicon::{Abbreviations, Builtin, DetectionFile, Evidence, LanguageFile};
use salient::{Algorithm, Error, Lang, Length, Lexicon, Options, ScoredSentence, Summary};

/// The allocator: talc's for single-threaded WebAssembly, which grows the
/// memory as needed like the standard library's dlmalloc, and allocates
/// faster in a smaller .wasm.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Keywords returned when the caller does not say (the library's default is 0).
const DEFAULT_KEYWORDS: usize = 10;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Options of summarize, analyze and scoreSentences; every field is optional. */
export interface SummarizeOptions {
  /** Number of sentences (integer >= 1). Give at most one of sentences, ratio, words; none = 3 sentences. */
  sentences?: number | null;
  /** Share of the candidate sentences, 0 < ratio <= 1. */
  ratio?: number | null;
  /** Word budget (integer >= 1): as many whole sentences as fit. */
  words?: number | null;
  /** Ranking algorithm, one of the names from algorithms(). */
  algorithm?: string | null;
  /** Number of keywords (integer >= 0, default 10). */
  keywords?: number | null;
  /** The text's language as an ISO 639-1 code ("en", "de", ...); "auto" or none = detect it. */
  language?: string | null;
}
/** A summary sentence; start/end are UTF-16 offsets into the input (text.slice(start, end)). */
export interface SummarySentence {
  text: string;
  score: number;
  start: number;
  end: number;
  /** Position among the candidate sentences, from 0. */
  index: number;
}
/** A candidate sentence, selected or not. */
export interface CandidateSentence extends SummarySentence {
  selected: boolean;
}
export interface Keyword {
  text: string;
  score: number;
}
/** Text that cleanup set aside, with the reason (e.g. "caption", "read more"). */
export interface RemovedText {
  text: string;
  reason: string;
  start: number;
  end: number;
}
export interface SummaryStats {
  inputWords: number;
  inputSentences: number;
  summaryWords: number;
  summarySentences: number;
  /** Characters of the input as Unicode code points (not UTF-16 units: an emoji is one). */
  inputChars: number;
}
export interface Summary {
  /** The summary, in document order. */
  sentences: SummarySentence[];
  keywords: Keyword[];
  removed: RemovedText[];
  title: string | null;
  /** The language the text was read in (ISO 639-1), or null if it could not be told. */
  language: string | null;
  stats: SummaryStats;
}
export interface Analysis extends Summary {
  /** Every candidate sentence, in document order. */
  all: CandidateSentence[];
}
export interface AlgorithmInfo {
  name: string;
  description: string;
}
/** A language salient knows; each has a stopword list, lang/<code>.txt, to give with addStopwords. */
export interface LanguageInfo {
  /** ISO 639-1 code. */
  code: string;
  /** English name. */
  name: string;
  /** "builtin" (stemmed here), "stemmer" (needs the function of setStemmer), or null (not stemmed). */
  stemming: "builtin" | "stemmer" | null;
}
/** The language of `text` (ISO 639-1), or null when it cannot be told. */
export function detectLanguage(text: string): string | null;
/** Every language, by code. */
export function languages(): LanguageInfo[];
/** Gives the data of a language (a lang/<code>.txt file): its stopwords, one word per line, then sections opened by lines such as '# common' (words too common to be keywords) and '# titles', '# ambiguous', '# starters' (sentence splitting). */
export function addStopwords(code: string, words: string): void;
/** Gives the detector's evidence and the titles of texts in no known language (the lang/detect.txt file); until then detectLanguage returns null. */
export function setDetection(text: string): void;
/** Whether setDetection was given the detector's evidence. */
export function hasDetection(): boolean;
/** Whether the stopwords of `code` were given. */
export function hasStopwords(code: string): boolean;
/** Sets the function that stems a word of a language whose stemming is "stemmer": (code, word) => stem. */
export function setStemmer(stem: (code: string, word: string) => string): void;
/**
 * Summarises `text`: the chosen sentences in document order, keywords, what
 * cleanup removed, the title and counts. Throws an Error for bad options,
 * and for a text of more than 50 million characters (UTF-16 code units),
 * which could exhaust WebAssembly memory.
 */
export function summarize(text: string, options?: SummarizeOptions | null): Summary;
/**
 * Like summarize, plus `all`: every candidate sentence with its score and
 * whether it was selected (for highlighting).
 */
export function analyze(text: string, options?: SummarizeOptions | null): Analysis;
/** Every candidate sentence with its score and whether it was selected. */
export function scoreSentences(text: string, options?: SummarizeOptions | null): CandidateSentence[];
"#;

/// Summarises `text`: the chosen sentences in document order, keywords,
/// what cleanup removed, the title and counts.
#[wasm_bindgen(skip_typescript)]
pub fn summarize(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (text, summary) = run(&text, &options, None)?;
    let offsets = Utf16Offsets::new(&text, &summary);
    to_js(&JsSummary::new(&summary, &offsets, false))
}

/// Like `summarize`, plus `all`: every candidate sentence with its score and
/// whether it was selected (for highlighting).
#[wasm_bindgen(skip_typescript)]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (text, summary) = run(&text, &options, None)?;
    let offsets = Utf16Offsets::new(&text, &summary);
    to_js(&JsSummary::new(&summary, &offsets, true))
}

/// Every candidate sentence with its score and whether it was selected.
#[wasm_bindgen(js_name = scoreSentences, skip_typescript)]
pub fn score_sentences(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (text, summary) = run(&text, &options, Some(0))?;
    let offsets = Utf16Offsets::new(&text, &summary);
    let all: Vec<JsSentence> = summary
        .sentences
        .iter()
        .map(|s| JsSentence::new(s, &offsets, true))
        .collect();
    to_js(&all)
}

/// The version of salient.
#[wasm_bindgen]
pub fn version() -> String {
    salient::VERSION.to_string()
}

/// The ranking algorithms, default first: `[{ name, description }]`.
#[wasm_bindgen(unchecked_return_type = "AlgorithmInfo[]")]
pub fn algorithms() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Info {
        name: &'static str,
        description: &'static str,
    }
    let list: Vec<Info> = Algorithm::ALL
        .iter()
        .map(|a| Info {
            name: a.name(),
            description: a.description(),
        })
        .collect();
    to_js(&list)
}

/// The most UTF-16 code units a text may have: 50 million, a hundred long
/// novels. Reading a text takes up to about 60 bytes of wasm memory per
/// character (measured on a text of one-letter words; 4 for English prose,
/// 10 for Chinese), and wasm has at most 4 GiB: a longer text gets an error
/// before it is copied in, not a trap that kills the module.
const MAX_TEXT_UNITS: u32 = 50_000_000;

/// `value` as a Rust string, or an error naming `what` when it is no string
/// or longer than [`MAX_TEXT_UNITS`].
fn text_of(value: &JsValue, what: &str) -> Result<String, JsError> {
    if !value.is_string() {
        return Err(JsError::new(&[what, " must be a string"].concat()));
    }
    // the length is read in JavaScript: the text is not copied yet
    if value.unchecked_ref::<js_sys::JsString>().length() > MAX_TEXT_UNITS {
        return Err(JsError::new(
            &[
                what,
                " is too long: salient reads at most 50 million characters (UTF-16 code units)",
            ]
            .concat(),
        ));
    }
    Ok(value.as_string().unwrap_or_default())
}

/// Reads the arguments and summarises; `keywords` overrides the option.
fn run(
    text: &JsValue,
    options: &JsValue,
    keywords: Option<usize>,
) -> Result<(String, Summary), JsError> {
    let text = text_of(text, "the text to summarise")?;
    let mut options = Options::try_from(JsOptions::from_js(options)?).map_err(js_error)?;
    if let Some(k) = keywords {
        options.keywords = k;
    }
    let summary = DATA
        .with_borrow(|data| salient::summarize_with(&text, &options, &WebLexicon { data }))
        .map_err(js_error)?;
    Ok((text, summary))
}

// ---------------------------------------------------------------------------
// Languages

thread_local! {
    /// The language data JavaScript gave.
    static DATA: RefCell<Data> = RefCell::new(Data::default());
    /// The stemmer JavaScript set: `(code, word) => stem`.
    static STEMMER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// The language data JavaScript gave: per language its file
/// ([`add_stopwords`]), and the detector's evidence with the titles of
/// texts in no known language ([`set_detection`]).
#[derive(Default)]
struct Data {
    langs: Vec<(Lang, Words)>,
    evidence: Option<Evidence>,
    neutral: salient::lexicon::Words,
}

/// The lexicon of this module: the language data JavaScript gave, English
/// stemmed here, other languages by the function JavaScript set (see the
/// [crate documentation](crate)).
struct WebLexicon<'a> {
    data: &'a Data,
}

/// A set of words (hashbrown's, hashed with rustc-hash: the library's choice).
type WordSet = hashbrown::HashSet<Box<str>, rustc_hash::FxBuildHasher>;

/// A language's stopwords, its words too common to be keywords, and its
/// sentence-splitting abbreviations (`None`: the file has none).
struct Words {
    stop: WordSet,
    common: WordSet,
    abbreviations: Option<Abbreviations>,
}

impl WebLexicon<'_> {
    /// The words JavaScript gave for `lang`.
    fn words(&self, lang: Lang) -> Option<&Words> {
        self.data
            .langs
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, w)| w)
    }
}

impl Lexicon for WebLexicon<'_> {
    fn is_stopword(&self, lang: Lang, word: &str) -> bool {
        self.words(lang).is_some_and(|w| w.stop.contains(word))
    }

    fn is_common(&self, lang: Lang, word: &str) -> bool {
        self.words(lang)
            .is_some_and(|w| w.stop.contains(word) || w.common.contains(word))
    }

    fn stem<'w>(&self, lang: Lang, word: &'w str) -> Cow<'w, str> {
        if lang == Lang::En {
            // the library's built-in English stemmer (Snowball), the one algorithm linked here
            return rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English).stem(word);
        }
        if !Builtin::stems(lang) {
            return Cow::Borrowed(word);
        }
        STEMMER.with_borrow(|stemmer| {
            let stem = stemmer.as_ref().and_then(|f| {
                f.call2(&JsValue::NULL, &lang.code().into(), &word.into())
                    .ok()?
                    .as_string()
            });
            stem.map_or(Cow::Borrowed(word), Cow::Owned)
        })
    }

    fn abbreviations(&self, lang: Lang) -> Option<&Abbreviations> {
        self.words(lang)?.abbreviations.as_ref()
    }

    fn neutral_titles(&self) -> &salient::lexicon::Words {
        &self.data.neutral
    }

    fn detect(&self, text: &str) -> Option<Lang> {
        self.data.evidence.as_ref()?.detect(text)
    }
}

/// A language code from JavaScript.
fn lang_of(code: &str) -> Result<Lang, JsError> {
    Lang::from_code(code).ok_or_else(|| {
        JsError::new(&format!(
            "unknown language {code:?}; expected an ISO 639-1 code such as \"en\""
        ))
    })
}

/// The language of `text` (ISO 639-1), or null when it cannot be told.
/// (wasm-bindgen would give `undefined` for `None`, and a glue error for
/// text that is no string.)
#[wasm_bindgen(js_name = detectLanguage, skip_typescript)]
pub fn detect_language(text: &JsValue) -> Result<JsValue, JsError> {
    let text = text_of(text, "the text to detect the language of")?;
    Ok(DATA
        .with_borrow(|data| WebLexicon { data }.detect(&text))
        .map_or(JsValue::NULL, |l| JsValue::from_str(l.code())))
}

/// Gives the `lang/detect.txt` file ([`DetectionFile`]): the detector's
/// evidence, then the titles the splitter applies to a text in no known
/// language. Until it is given, no language is detected.
#[wasm_bindgen(js_name = setDetection, skip_typescript)]
pub fn set_detection(text: &str) -> Result<(), JsError> {
    let file = DetectionFile::parse(text).map_err(|e| JsError::new(&e))?;
    DATA.with_borrow_mut(|data| {
        data.evidence = Some(file.evidence);
        data.neutral = file.neutral_titles;
    });
    Ok(())
}

/// Whether the detector's evidence was given.
#[wasm_bindgen(js_name = hasDetection, skip_typescript)]
pub fn has_detection() -> bool {
    DATA.with_borrow(|data| data.evidence.is_some())
}

/// Every language: `[{ code, name, stemming }]`. Each has a stopword list
/// (`lang/<code>.txt`).
#[wasm_bindgen(skip_typescript)]
pub fn languages() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Info {
        code: &'static str,
        name: &'static str,
        stemming: Option<&'static str>,
    }
    let list: Vec<Info> = Lang::ALL
        .iter()
        .map(|&l| Info {
            code: l.code(),
            name: l.name(),
            stemming: match l {
                Lang::En => Some("builtin"),
                l if Builtin::stems(l) => Some("stemmer"),
                _ => None,
            },
        })
        .collect();
    to_js(&list)
}

/// Gives the data of a language: a `lang/<code>.txt` file
/// ([`salient::lexicon::LanguageFile`]): its stopwords, one word per line;
/// after a line `# common`, the words too common to be keywords; after
/// `# titles`, `# numbering`, `# ambiguous`, `# after number` and
/// `# starters`, its sentence-splitting abbreviations, and `# dotted
/// ordinals` if its ordinals take a full stop.
#[wasm_bindgen(js_name = addStopwords, skip_typescript)]
pub fn add_stopwords(code: &str, words: &str) -> Result<(), JsError> {
    let lang = lang_of(code)?;
    let file = LanguageFile::parse(words);
    let set = |list: &[&str]| -> WordSet { list.iter().map(|&w| Box::from(w)).collect() };
    let mut abbreviations = file.abbreviations;
    abbreviations.code = lang.code();
    let words = Words {
        stop: set(&file.stopwords),
        common: set(&file.common),
        abbreviations: (!abbreviations.is_empty()).then_some(abbreviations),
    };
    DATA.with_borrow_mut(|data| {
        data.langs.retain(|(l, _)| *l != lang);
        data.langs.push((lang, words));
    });
    Ok(())
}

/// Whether the stopwords of `code` were given.
#[wasm_bindgen(js_name = hasStopwords, skip_typescript)]
pub fn has_stopwords(code: &str) -> bool {
    Lang::from_code(code)
        .is_some_and(|l| DATA.with_borrow(|data| data.langs.iter().any(|(k, _)| *k == l)))
}

/// Sets the function that stems the words of other languages than English.
#[wasm_bindgen(js_name = setStemmer, skip_typescript)]
pub fn set_stemmer(stem: js_sys::Function) {
    STEMMER.with_borrow_mut(|s| *s = Some(stem));
}

/// A library error as a JavaScript `Error` with its message.
fn js_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

/// `value` as plain JavaScript objects and arrays (`None` as `null`).
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

// ---------------------------------------------------------------------------
// Options

/// The options object as JavaScript passes it; see `SummarizeOptions` in
/// the TypeScript declarations. Each field is read as it came ([`Raw`]), so
/// that the conversion to [`Options`] can name the option and say what was
/// expected and what came.
#[derive(Debug, Default)]
struct JsOptions {
    sentences: Option<Raw>,
    ratio: Option<Raw>,
    words: Option<Raw>,
    algorithm: Option<Raw>,
    keywords: Option<Raw>,
    language: Option<Raw>,
}

impl JsOptions {
    /// Reads the options argument: `undefined` or `null` give the defaults;
    /// anything but a plain object is an error, and so is a field that is
    /// not an option. Fields are read with `Reflect.get` (an option set to
    /// `undefined` or `null` is not given), not with serde: the option and
    /// its value are all a message needs, and serde's own messages, such as
    /// "invalid type: floating point", would not name the option.
    fn from_js(value: &JsValue) -> Result<JsOptions, JsError> {
        if value.is_undefined() || value.is_null() {
            return Ok(JsOptions::default());
        }
        if !value.is_object() || js_sys::Array::is_array(value) || value.is_function() {
            return Err(JsError::new(&format!(
                "options must be an object such as {{ sentences: 3 }}, not {}",
                Raw::of(value)
            )));
        }
        let object: &js_sys::Object = value.unchecked_ref();
        for key in js_sys::Object::keys(object) {
            let key = key.as_string().unwrap_or_default();
            if !Options::FIELDS.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "unknown option {key:?}; the options are: {}",
                    Options::FIELDS.join(", ")
                )));
            }
        }
        let field = |name: &str| -> Result<Option<Raw>, JsError> {
            let v = js_sys::Reflect::get(value, &JsValue::from_str(name))
                .map_err(|_| JsError::new(&format!("option {name} could not be read")))?;
            Ok((!v.is_undefined() && !v.is_null()).then(|| Raw::of(&v)))
        };
        let [sentences, ratio, words, algorithm, keywords, language] = Options::FIELDS;
        Ok(JsOptions {
            sentences: field(sentences)?,
            ratio: field(ratio)?,
            words: field(words)?,
            algorithm: field(algorithm)?,
            keywords: field(keywords)?,
            language: field(language)?,
        })
    }
}

impl TryFrom<JsOptions> for Options {
    type Error = Error;

    fn try_from(js: JsOptions) -> Result<Options, Error> {
        let lengths = [
            js.sentences
                .map(|r| r.count("sentences", 1).map(Length::Sentences)),
            js.ratio.map(|r| r.ratio().map(Length::Ratio)),
            js.words.map(|r| r.count("words", 1).map(Length::Words)),
        ];
        let mut given = lengths.into_iter().flatten();
        let length = given.next().transpose()?.unwrap_or_default();
        if given.next().is_some() {
            return Err(Error::ConflictingLength);
        }
        let algorithm = match js.algorithm {
            None => Algorithm::default(),
            Some(Raw::Text(name)) => name.parse()?,
            Some(other) => {
                return Err(other.invalid(
                    "algorithm",
                    &format!("a name ({})", Algorithm::NAMES.join(", ")),
                ))
            }
        };
        let language = match js.language {
            None => None,
            Some(Raw::Text(code)) if code.eq_ignore_ascii_case("auto") => None,
            Some(Raw::Text(code)) => Some(Lang::from_code(&code).ok_or_else(|| {
                Raw::Text(code).invalid("language", "an ISO 639-1 code such as \"en\", or \"auto\"")
            })?),
            Some(other) => {
                return Err(other.invalid("language", "an ISO 639-1 code such as \"en\""))
            }
        };
        let options = Options {
            length,
            algorithm,
            keywords: js
                .keywords
                .map_or(Ok(DEFAULT_KEYWORDS), |r| r.count("keywords", 0))?,
            language,
            ..Options::default()
        };
        options.validate()?;
        Ok(options)
    }
}

/// One option value as JavaScript gave it (`null` and `undefined` are
/// "not given", a missing [`Option`]).
#[derive(Debug)]
enum Raw {
    Number(f64),
    Text(String),
    /// Anything else, described for messages ("a boolean", "an array", ...).
    Other(&'static str),
}

impl Raw {
    /// A JavaScript value as a `Raw`.
    fn of(value: &JsValue) -> Raw {
        if let Some(n) = value.as_f64() {
            Raw::Number(n)
        } else if value.is_bigint() {
            // a count such as 2n: the number JavaScript reads from its
            // digits (the nearest, as `Number()` has it: 10n ** 60n is
            // 1e60), so it is treated as that number would be
            let digits = value
                .unchecked_ref::<js_sys::BigInt>()
                .to_string(10)
                .map(String::from)
                .unwrap_or_default();
            Raw::Number(js_sys::Number::parse_float(&digits))
        } else if let Some(s) = value.as_string() {
            Raw::Text(s)
        } else if value.as_bool().is_some() {
            Raw::Other("a boolean")
        } else if js_sys::Array::is_array(value) {
            Raw::Other("an array")
        } else if value.is_function() {
            Raw::Other("a function")
        } else if value.is_object() {
            Raw::Other("an object")
        } else {
            Raw::Other("a value of another type")
        }
    }

    /// The error for option `name`, which expected `expected`.
    fn invalid(&self, name: &str, expected: &str) -> Error {
        Error::InvalidOption {
            name: name.to_string(),
            reason: format!("expected {expected}, got {self}"),
        }
    }

    /// A ratio: a number greater than 0 and at most 1. Checked here rather
    /// than by [`Options::validate`], so that the message shows the number
    /// as JavaScript prints it.
    fn ratio(self) -> Result<f64, Error> {
        match self {
            Raw::Number(n) if n > 0.0 && n <= 1.0 => Ok(n),
            other => Err(other.invalid("ratio", "a number greater than 0 and at most 1")),
        }
    }

    /// A whole number of at least `min`. Counts beyond what `usize` holds
    /// saturate: asking for more than exists means "all".
    fn count(self, name: &str, min: usize) -> Result<usize, Error> {
        match self {
            // float-to-integer casts saturate
            Raw::Number(n) if n.fract() == 0.0 && n >= min as f64 => Ok(n as usize),
            other => Err(other.invalid(name, &format!("a whole number of at least {min}"))),
        }
    }
}

impl fmt::Display for Raw {
    /// "the number 2.5" (as JavaScript prints it), "the string \"3\"", "a boolean".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Raw::Number(n) => {
                let text = js_sys::Number::from(*n)
                    .to_string_with_radix(10)
                    .map(String::from);
                write!(f, "the number {}", text.unwrap_or_default())
            }
            Raw::Text(s) => write!(f, "the string {s:?}"),
            Raw::Other(kind) => f.write_str(kind),
        }
    }
}

// ---------------------------------------------------------------------------
// Results

/// A sentence as JavaScript sees it (`SummarySentence`, or
/// `CandidateSentence` with `selected`).
#[derive(Serialize)]
struct JsSentence<'a> {
    text: &'a str,
    score: f64,
    start: usize,
    end: usize,
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    selected: Option<bool>,
}

impl<'a> JsSentence<'a> {
    fn new(s: &'a ScoredSentence, offsets: &Utf16Offsets, candidate: bool) -> Self {
        let Range { start, end } = offsets.range(&s.range);
        JsSentence {
            text: &s.text,
            score: s.score,
            start,
            end,
            index: s.index,
            selected: candidate.then_some(s.selected),
        }
    }
}

/// `Keyword`.
#[derive(Serialize)]
struct JsKeyword<'a> {
    text: &'a str,
    score: f64,
}

/// `RemovedText`.
#[derive(Serialize)]
struct JsRemoved<'a> {
    text: &'a str,
    reason: &'static str,
    start: usize,
    end: usize,
}

/// `SummaryStats`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsStats {
    input_words: usize,
    input_sentences: usize,
    summary_words: usize,
    summary_sentences: usize,
    input_chars: usize,
}

/// `Summary`, or `Analysis` with `all`.
#[derive(Serialize)]
struct JsSummary<'a> {
    sentences: Vec<JsSentence<'a>>,
    keywords: Vec<JsKeyword<'a>>,
    removed: Vec<JsRemoved<'a>>,
    title: Option<&'a str>,
    language: Option<&'static str>,
    stats: JsStats,
    #[serde(skip_serializing_if = "Option::is_none")]
    all: Option<Vec<JsSentence<'a>>>,
}

impl<'a> JsSummary<'a> {
    fn new(summary: &'a Summary, offsets: &Utf16Offsets, with_all: bool) -> Self {
        let st = &summary.stats;
        JsSummary {
            sentences: summary
                .selected()
                .map(|s| JsSentence::new(s, offsets, false))
                .collect(),
            keywords: summary
                .keywords
                .iter()
                .map(|k| JsKeyword {
                    text: &k.text,
                    score: k.score,
                })
                .collect(),
            removed: summary
                .removed
                .iter()
                .map(|r| {
                    let Range { start, end } = offsets.range(&r.range);
                    JsRemoved {
                        text: &r.text,
                        reason: r.reason.label(),
                        start,
                        end,
                    }
                })
                .collect(),
            title: summary.title.as_deref(),
            language: summary.language.map(Lang::code),
            stats: JsStats {
                input_words: st.input_words,
                input_sentences: st.input_sentences,
                summary_words: st.summary_words,
                summary_sentences: st.summary_sentences,
                input_chars: st.input_chars,
            },
            all: with_all.then(|| {
                summary
                    .sentences
                    .iter()
                    .map(|s| JsSentence::new(s, offsets, true))
                    .collect()
            }),
        }
    }
}

// ---------------------------------------------------------------------------
// UTF-16 offsets

/// Byte offsets of a text mapped to UTF-16 offsets, built in one pass.
struct Utf16Offsets {
    /// Sorted, distinct byte offsets.
    bytes: Vec<usize>,
    /// `units[i]`: UTF-16 code units before `bytes[i]`.
    units: Vec<usize>,
}

impl Utf16Offsets {
    /// Maps every offset the summary mentions.
    fn new(text: &str, summary: &Summary) -> Self {
        let ranges = summary
            .sentences
            .iter()
            .map(|s| &s.range)
            .chain(summary.removed.iter().map(|r| &r.range));
        let mut bytes: Vec<usize> = ranges.flat_map(|r| [r.start, r.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut units = Vec::with_capacity(bytes.len());
        let mut chars = text.char_indices().peekable();
        let mut count = 0;
        for &offset in &bytes {
            while let Some((_, c)) = chars.next_if(|&(at, _)| at < offset) {
                count += c.len_utf16();
            }
            units.push(count);
        }
        Utf16Offsets { bytes, units }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Offsets::new`]
    /// (an offset inside a character counts that character).
    fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            // Not registered (cannot happen): the nearest known offset below.
            Err(i) => i.checked_sub(1).map_or(0, |i| self.units[i]),
        }
    }

    /// [`Utf16Offsets::get`] of both ends.
    fn range(&self, r: &Range<usize>) -> Range<usize> {
        self.get(r.start)..self.get(r.end)
    }
}
