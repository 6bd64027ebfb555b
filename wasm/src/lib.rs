//! salient's JavaScript binding: `summarize`, `analyze`, `scoreSentences`,
//! `algorithms` and `version`, built with wasm-bindgen.
//!
//! A thin shell over the `salient` library. Options come in as a plain
//! object and are read with serde ([`serde_wasm_bindgen`]) into
//! [`JsOptions`], every field optional (`null` and `undefined` mean "not
//! given"); a bad option throws an `Error` that names it and says what was
//! expected. Results go out as plain objects and arrays built by serde from
//! the JavaScript-shaped types below (fields in the order of the TypeScript
//! declarations, a missing title as `null`).
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

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use salient::{Algorithm, Error, Length, Options, ScoredSentence, Summary};

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
  inputChars: number;
}
export interface Summary {
  /** The summary, in document order. */
  sentences: SummarySentence[];
  keywords: Keyword[];
  removed: RemovedText[];
  title: string | null;
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
/**
 * Summarises `text`: the chosen sentences in document order, keywords, what
 * cleanup removed, the title and counts. Throws an Error for bad options.
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

/// Reads the arguments and summarises; `keywords` overrides the option.
fn run(
    text: &JsValue,
    options: &JsValue,
    keywords: Option<usize>,
) -> Result<(String, Summary), JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("the text to summarise must be a string"))?;
    let mut options = Options::try_from(JsOptions::from_js(options)?).map_err(js_error)?;
    if let Some(k) = keywords {
        options.keywords = k;
    }
    let summary = salient::summarize(&text, &options).map_err(js_error)?;
    Ok((text, summary))
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
/// the TypeScript declarations.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    #[serde(default, deserialize_with = "count_from_1")]
    sentences: Option<usize>,
    #[serde(default, deserialize_with = "number")]
    ratio: Option<f64>,
    #[serde(default, deserialize_with = "count_from_1")]
    words: Option<usize>,
    #[serde(default, deserialize_with = "algorithm")]
    algorithm: Option<Algorithm>,
    #[serde(default, deserialize_with = "count_from_0")]
    keywords: Option<usize>,
}

impl JsOptions {
    /// The option names, as JavaScript spells them.
    const NAMES: [&'static str; 5] = ["sentences", "ratio", "words", "algorithm", "keywords"];

    /// Reads the options argument: `undefined` or `null` give the defaults;
    /// anything but a plain object is an error, and so is a field that is
    /// not an option or has a value of the wrong kind (the message names it).
    fn from_js(value: &JsValue) -> Result<JsOptions, JsError> {
        if value.is_undefined() || value.is_null() {
            return Ok(JsOptions::default());
        }
        if !value.is_object() || js_sys::Array::is_array(value) || value.is_function() {
            return Err(JsError::new(&format!(
                "options must be an object such as {{ sentences: 3 }}, not {}",
                describe(value)
            )));
        }
        // serde_wasm_bindgen reads the fields it knows and ignores the rest
        let object: &js_sys::Object = value.unchecked_ref();
        for key in js_sys::Object::keys(object) {
            let key = key.as_string().unwrap_or_default();
            if !JsOptions::NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "unknown option {key:?}; the options are: {}",
                    JsOptions::NAMES.join(", ")
                )));
            }
        }
        let deserializer = serde_wasm_bindgen::Deserializer::from(value.clone());
        serde_path_to_error::deserialize(deserializer).map_err(|e| {
            let path = e.path().to_string();
            // the message of the JavaScript Error that serde_wasm_bindgen made
            let error: js_sys::Error = JsValue::from(e.into_inner()).unchecked_into();
            let message = String::from(error.message());
            JsError::new(&if path == "." {
                format!("invalid options: {message}")
            } else {
                format!("invalid option {path}: {message}")
            })
        })
    }
}

impl TryFrom<JsOptions> for Options {
    type Error = Error;

    fn try_from(js: JsOptions) -> Result<Options, Error> {
        let lengths = [
            js.sentences.map(Length::Sentences),
            js.ratio.map(Length::Ratio),
            js.words.map(Length::Words),
        ];
        let mut given = lengths.into_iter().flatten();
        let length = given.next().unwrap_or_default();
        if given.next().is_some() {
            return Err(Error::ConflictingLength);
        }
        let options = Options {
            length,
            algorithm: js.algorithm.unwrap_or_default(),
            keywords: js.keywords.unwrap_or(DEFAULT_KEYWORDS),
            ..Options::default()
        };
        options.validate()?;
        Ok(options)
    }
}

/// A JavaScript value for a message: "the number 5", "a string", ...
fn describe(value: &JsValue) -> String {
    if let Some(n) = value.as_f64() {
        format!("the number {}", JsNumber(n))
    } else if let Some(s) = value.as_string() {
        format!("the string {s:?}")
    } else if value.as_bool().is_some() {
        "a boolean".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else if value.is_function() {
        "a function".into()
    } else if value.is_bigint() {
        "a BigInt".into()
    } else {
        "a value of another type".into()
    }
}

/// A number as JavaScript prints it (`NaN`, `Infinity`, `2.5`, `3`).
struct JsNumber(f64);

impl fmt::Display for JsNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            n if n.is_nan() => f.write_str("NaN"),
            n if n.is_infinite() => f.write_str(if n > 0.0 { "Infinity" } else { "-Infinity" }),
            n => write!(f, "{n}"),
        }
    }
}

/// What a JavaScript value of the wrong kind is, for [`de::Error::custom`].
fn wrong_kind<E: de::Error>(expected: &dyn fmt::Display, got: impl fmt::Display) -> E {
    E::custom(format_args!("expected {expected}, got {got}"))
}

/// The visitor of an optional option value: `null`/`undefined` are `None`,
/// anything else goes to `inner`.
struct Optional<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Optional<V> {
    type Value = Option<V::Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self.0).map(Some)
    }
}

/// Implements the visits of the kinds no option takes, with messages that
/// say what was expected and what came.
macro_rules! refuse_other_kinds {
    () => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Err(wrong_kind(&Expecting(&self), "a boolean"))
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Err(wrong_kind(
                &Expecting(&self),
                format_args!("the string {s:?}"),
            ))
        }

        fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(wrong_kind(&Expecting(&self), "an array"))
        }

        fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(wrong_kind(&Expecting(&self), "an object"))
        }
    };
}

/// A visitor's `expecting` as a `Display`.
struct Expecting<'a, V>(&'a V);

impl<'de, V: Visitor<'de>> fmt::Display for Expecting<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }
}

/// A whole number of at least `min`. Counts beyond what `usize` holds
/// saturate: asking for more than exists means "all".
struct Count {
    min: usize,
}

impl Count {
    fn check<E: de::Error>(&self, n: f64) -> Result<usize, E> {
        if n.is_nan() || n.fract() != 0.0 || n < self.min as f64 {
            return Err(wrong_kind(&Expecting(self), JsNumber(n)));
        }
        // float-to-integer casts saturate
        Ok(n as usize)
    }
}

impl<'de> Visitor<'de> for Count {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a whole number of at least {}", self.min)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<usize, E> {
        self.check(n)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<usize, E> {
        match u64::try_from(n) {
            Ok(n) => self.visit_u64(n),
            Err(_) => Err(wrong_kind(&Expecting(&self), n)),
        }
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<usize, E> {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        if n < self.min {
            return Err(wrong_kind(&Expecting(&self), n));
        }
        Ok(n)
    }

    refuse_other_kinds!();
}

/// `sentences` and `words`: whole numbers from 1.
fn count_from_1<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    d.deserialize_option(Optional(Count { min: 1 }))
}

/// `keywords`: a whole number from 0.
fn count_from_0<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    d.deserialize_option(Optional(Count { min: 0 }))
}

/// A number (`ratio`); its range is checked by the library.
struct Number;

impl<'de> Visitor<'de> for Number {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<f64, E> {
        Ok(n)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<f64, E> {
        Ok(n as f64)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<f64, E> {
        Ok(n as f64)
    }

    refuse_other_kinds!();
}

fn number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    d.deserialize_option(Optional(Number))
}

/// An algorithm by name.
struct AlgorithmName;

impl<'de> Visitor<'de> for AlgorithmName {
    type Value = Algorithm;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a name ({})", Algorithm::NAMES.join(", "))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Algorithm, E> {
        s.parse().map_err(E::custom)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Algorithm, E> {
        Err(wrong_kind(
            &Expecting(&self),
            format_args!("the number {}", JsNumber(n)),
        ))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Algorithm, E> {
        Err(wrong_kind(
            &Expecting(&self),
            format_args!("the number {n}"),
        ))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Algorithm, E> {
        Err(wrong_kind(
            &Expecting(&self),
            format_args!("the number {n}"),
        ))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Algorithm, E> {
        Err(wrong_kind(&Expecting(&self), "a boolean"))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Algorithm, A::Error> {
        Err(wrong_kind(&Expecting(&self), "an array"))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<Algorithm, A::Error> {
        Err(wrong_kind(&Expecting(&self), "an object"))
    }
}

fn algorithm<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Algorithm>, D::Error> {
    d.deserialize_option(Optional(AlgorithmName))
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
