//! The JavaScript binding (built only for `wasm32`): the one place that knows
//! wasm-bindgen.
//!
//! JavaScript sees plain objects and arrays. The options object is read into
//! a `JsOptions` (camelCase, every field optional) that converts into core
//! [`Options`]; results are built as `Js*` structs from the core types and
//! cross through serde-wasm-bindgen in its JSON-compatible mode. Errors are
//! thrown as JavaScript `Error`s carrying the core's message.
//!
//! Offsets: the core speaks UTF-8 byte offsets; JavaScript strings are
//! indexed in UTF-16 code units. Every offset is converted here, in one pass
//! over the text, so that `text.slice(start, end)` works in JavaScript. A
//! lone surrogate in a JavaScript string reaches Rust as U+FFFD, which is one
//! UTF-16 unit as well, so offsets still line up with the caller's string.

use std::ops::Range;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{
    Algorithm, Error, Keyword, Length, Options, Removed, ScoredSentence, Stats, Summary, VERSION,
};

/// Keywords returned when the caller does not say (the core's default is 0).
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
    run(&text, &options, Shape::Summary)
}

/// Like `summarize`, plus `all`: every candidate sentence with its score and
/// whether it was selected (for highlighting).
#[wasm_bindgen(skip_typescript)]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    run(&text, &options, Shape::Analysis)
}

/// Every candidate sentence with its score and whether it was selected.
#[wasm_bindgen(js_name = scoreSentences, skip_typescript)]
pub fn score_sentences(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    run(&text, &options, Shape::Scores)
}

/// The version of salient.
#[wasm_bindgen]
pub fn version() -> String {
    VERSION.to_string()
}

/// The ranking algorithms, default first: `[{ name, description }]`.
#[wasm_bindgen(unchecked_return_type = "AlgorithmInfo[]")]
pub fn algorithms() -> Result<JsValue, JsError> {
    let list: Vec<JsAlgorithm> = Algorithm::ALL.into_iter().map(JsAlgorithm::from).collect();
    to_js(&list)
}

/// What a call returns.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Summary,
    Analysis,
    Scores,
}

fn run(text: &JsValue, options: &JsValue, shape: Shape) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("the text to summarise must be a string"))?;
    let mut options = Options::try_from(JsOptions::from_js(options)?)?;
    if shape == Shape::Scores {
        options.keywords = 0;
    }
    let summary = crate::summarize(&text, &options)?;
    let offsets = Utf16Offsets::new(&text, &summary);
    let candidates = || {
        summary
            .sentences
            .iter()
            .map(|s| JsCandidate::from(Located::new(s, &offsets)))
            .collect::<Vec<_>>()
    };
    match shape {
        Shape::Scores => to_js(&candidates()),
        Shape::Summary | Shape::Analysis => {
            let mut result = JsSummary::from(Located::new(&summary, &offsets));
            if shape == Shape::Analysis {
                result.all = Some(candidates());
            }
            to_js(&result)
        }
    }
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&error_text(&e)))
}

/// The message of a serde-wasm-bindgen error, without JavaScript's `Error: ` prefix.
fn error_text(e: &serde_wasm_bindgen::Error) -> String {
    let text = e.to_string();
    match text.strip_prefix("Error: ") {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

// ---------------------------------------------------------------------------
// Options

/// The options object as JavaScript passes it: every field optional, `null`
/// and `undefined` meaning "not given". Values are kept as they came
/// ([`Raw`]) so that [`TryFrom`] can name the option in its error.
///
/// (Read with `Reflect` rather than serde: serde's error paths would pull
/// float formatting and more into the size-budgeted .wasm, and every message
/// here must name the option anyway.)
#[derive(Default)]
struct JsOptions {
    sentences: Option<Raw>,
    ratio: Option<Raw>,
    words: Option<Raw>,
    algorithm: Option<Raw>,
    keywords: Option<Raw>,
}

/// The option names, as JavaScript spells them.
const OPTION_NAMES: [&str; 5] = ["sentences", "ratio", "words", "algorithm", "keywords"];

impl JsOptions {
    /// Reads the options argument: `undefined` or `null` give the defaults;
    /// anything but a plain object, or an object with a field not in
    /// [`OPTION_NAMES`], is an error.
    fn from_js(value: &JsValue) -> Result<JsOptions, JsError> {
        if value.is_undefined() || value.is_null() {
            return Ok(JsOptions::default());
        }
        if !value.is_object() || js_sys::Array::is_array(value) {
            return Err(JsError::new(&format!(
                "options must be an object such as {{ sentences: 3 }}, not {}",
                Raw::from_js(value).map_or_else(String::new, |raw| raw.kind())
            )));
        }
        let object: &js_sys::Object = value.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "unknown option \"{key}\"; the options are: {}",
                    OPTION_NAMES.join(", ")
                )));
            }
        }
        let field = |name: &str| -> Result<Option<Raw>, JsError> {
            let value = js_sys::Reflect::get(object, &JsValue::from_str(name))
                .map_err(|_| JsError::new(&format!("cannot read option {name}")))?;
            Ok(Raw::from_js(&value))
        };
        Ok(JsOptions {
            sentences: field("sentences")?,
            ratio: field("ratio")?,
            words: field("words")?,
            algorithm: field("algorithm")?,
            keywords: field("keywords")?,
        })
    }
}

impl TryFrom<JsOptions> for Options {
    type Error = Error;

    fn try_from(js: JsOptions) -> Result<Options, Error> {
        let mut lengths = Vec::new();
        if let Some(raw) = js.sentences {
            lengths.push(Length::Sentences(raw.count("sentences", 1)?));
        }
        if let Some(raw) = js.ratio {
            lengths.push(Length::Ratio(raw.number("ratio")?));
        }
        if let Some(raw) = js.words {
            lengths.push(Length::Words(raw.count("words", 1)?));
        }
        if lengths.len() > 1 {
            return Err(Error::ConflictingLength);
        }
        let length = lengths.pop().unwrap_or_default();
        length.validate()?;
        let algorithm = match js.algorithm {
            None => Algorithm::default(),
            Some(Raw::Text(name)) => name.parse()?,
            Some(other) => {
                return Err(Error::InvalidOption {
                    name: "algorithm".into(),
                    reason: format!(
                        "expected a name ({}), got {}",
                        Algorithm::NAMES.join(", "),
                        other.kind()
                    ),
                })
            }
        };
        let keywords = match js.keywords {
            None => DEFAULT_KEYWORDS,
            Some(raw) => raw.count("keywords", 0)?,
        };
        Ok(Options {
            length,
            algorithm,
            keywords,
            ..Options::default()
        })
    }
}

/// One option value as JavaScript gave it.
enum Raw {
    Number(f64),
    Text(String),
    /// Anything else, described for error messages ("a boolean", "an array", …).
    Other(&'static str),
}

impl Raw {
    fn kind(&self) -> String {
        match self {
            Raw::Number(n) => format!("the number {}", js_number(*n)),
            Raw::Text(s) => format!("the string \"{s}\""),
            Raw::Other(kind) => (*kind).to_string(),
        }
    }

    fn number(self, name: &str) -> Result<f64, Error> {
        match self {
            Raw::Number(n) => Ok(n),
            other => Err(Error::InvalidOption {
                name: name.into(),
                reason: format!("expected a number, got {}", other.kind()),
            }),
        }
    }

    /// A whole number of at least `min`. Counts beyond what `usize` holds
    /// saturate: asking for more than exists means "all".
    fn count(self, name: &str, min: usize) -> Result<usize, Error> {
        let n = self.number(name)?;
        if n.is_nan() || n.fract() != 0.0 || n < 0.0 {
            return Err(Error::InvalidOption {
                name: name.into(),
                reason: format!(
                    "expected a whole number of at least {min}, got {}",
                    js_number(n)
                ),
            });
        }
        // Saturating float-to-int cast; 0 is left to the core's own check.
        Ok(n as usize)
    }
}

/// A number as JavaScript prints it (`NaN`, `Infinity`, `2.5`); JavaScript
/// does the formatting, which keeps Rust's float printing out of the .wasm.
fn js_number(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

impl Raw {
    /// The value of one option; `None` for `undefined` and `null` (not given).
    fn from_js(value: &JsValue) -> Option<Raw> {
        if value.is_undefined() || value.is_null() {
            None
        } else if let Some(n) = value.as_f64() {
            Some(Raw::Number(n))
        } else if let Some(s) = value.as_string() {
            Some(Raw::Text(s))
        } else if value.as_bool().is_some() {
            Some(Raw::Other("a boolean"))
        } else if js_sys::Array::is_array(value) {
            Some(Raw::Other("an array"))
        } else if value.is_function() {
            Some(Raw::Other("a function"))
        } else if value.is_bigint() {
            Some(Raw::Other("a BigInt"))
        } else if value.is_object() {
            Some(Raw::Other("an object"))
        } else {
            Some(Raw::Other("a value of another type"))
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
            while let Some(&(at, c)) = chars.peek() {
                if at >= offset {
                    break;
                }
                count += c.len_utf16();
                chars.next();
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
}

/// A core value together with the offset map of its text, ready for
/// conversion to its JavaScript shape.
struct Located<'a, T> {
    item: &'a T,
    offsets: &'a Utf16Offsets,
}

impl<'a, T> Located<'a, T> {
    fn new(item: &'a T, offsets: &'a Utf16Offsets) -> Self {
        Located { item, offsets }
    }
}

impl<T: Spanned> Located<'_, T> {
    /// The item's UTF-16 start and end.
    fn span(&self) -> (usize, usize) {
        let range = self.item.range();
        (self.offsets.get(range.start), self.offsets.get(range.end))
    }
}

/// A core value that covers a byte range of the text.
trait Spanned {
    fn range(&self) -> &Range<usize>;
}

impl Spanned for ScoredSentence {
    fn range(&self) -> &Range<usize> {
        &self.range
    }
}

impl Spanned for Removed {
    fn range(&self) -> &Range<usize> {
        &self.range
    }
}

// ---------------------------------------------------------------------------
// Results

/// A summary sentence.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSentence<'a> {
    text: &'a str,
    score: f64,
    start: usize,
    end: usize,
    index: usize,
}

impl<'a> From<Located<'a, ScoredSentence>> for JsSentence<'a> {
    fn from(l: Located<'a, ScoredSentence>) -> Self {
        let (start, end) = l.span();
        JsSentence {
            text: &l.item.text,
            score: l.item.score,
            start,
            end,
            index: l.item.index,
        }
    }
}

/// A candidate sentence, selected or not.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsCandidate<'a> {
    text: &'a str,
    score: f64,
    start: usize,
    end: usize,
    index: usize,
    selected: bool,
}

impl<'a> From<Located<'a, ScoredSentence>> for JsCandidate<'a> {
    fn from(l: Located<'a, ScoredSentence>) -> Self {
        let (start, end) = l.span();
        JsCandidate {
            text: &l.item.text,
            score: l.item.score,
            start,
            end,
            index: l.item.index,
            selected: l.item.selected,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsKeyword<'a> {
    text: &'a str,
    score: f64,
}

impl<'a> From<&'a Keyword> for JsKeyword<'a> {
    fn from(k: &'a Keyword) -> Self {
        JsKeyword {
            text: &k.text,
            score: k.score,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsRemoved<'a> {
    text: &'a str,
    reason: &'static str,
    start: usize,
    end: usize,
}

impl<'a> From<Located<'a, Removed>> for JsRemoved<'a> {
    fn from(l: Located<'a, Removed>) -> Self {
        let (start, end) = l.span();
        JsRemoved {
            text: &l.item.text,
            reason: l.item.reason.label(),
            start,
            end,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsStats {
    input_words: usize,
    input_sentences: usize,
    summary_words: usize,
    summary_sentences: usize,
    input_chars: usize,
}

impl From<&Stats> for JsStats {
    fn from(s: &Stats) -> Self {
        JsStats {
            input_words: s.input_words,
            input_sentences: s.input_sentences,
            summary_words: s.summary_words,
            summary_sentences: s.summary_sentences,
            input_chars: s.input_chars,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSummary<'a> {
    sentences: Vec<JsSentence<'a>>,
    keywords: Vec<JsKeyword<'a>>,
    removed: Vec<JsRemoved<'a>>,
    title: Option<&'a str>,
    stats: JsStats,
    /// Only for `analyze`.
    #[serde(skip_serializing_if = "Option::is_none")]
    all: Option<Vec<JsCandidate<'a>>>,
}

impl<'a> From<Located<'a, Summary>> for JsSummary<'a> {
    fn from(l: Located<'a, Summary>) -> Self {
        let summary = l.item;
        let offsets = l.offsets;
        JsSummary {
            sentences: summary
                .selected()
                .map(|s| JsSentence::from(Located::new(s, offsets)))
                .collect(),
            keywords: summary.keywords.iter().map(JsKeyword::from).collect(),
            removed: summary
                .removed
                .iter()
                .map(|r| JsRemoved::from(Located::new(r, offsets)))
                .collect(),
            title: summary.title.as_deref(),
            stats: JsStats::from(&summary.stats),
            all: None,
        }
    }
}

#[derive(Serialize)]
struct JsAlgorithm {
    name: &'static str,
    description: &'static str,
}

impl From<Algorithm> for JsAlgorithm {
    fn from(a: Algorithm) -> Self {
        JsAlgorithm {
            name: a.name(),
            description: a.description(),
        }
    }
}
