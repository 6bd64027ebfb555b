//! The JavaScript binding (built only for `wasm32`): the one place that knows
//! wasm-bindgen.
//!
//! JavaScript sees plain objects and arrays. The options object is read into
//! a `JsOptions` (camelCase, every field optional) that converts into core
//! [`Options`]; results are built from the core types as plain objects and
//! arrays, shaped as JSON would give them (fields in the order of the
//! TypeScript declarations below, numbers as numbers, a missing title as
//! `null`). Errors are thrown as JavaScript `Error`s carrying the core's
//! message.
//!
//! Offsets: the core speaks UTF-8 byte offsets; JavaScript strings are
//! indexed in UTF-16 code units. Every offset is converted here, in one pass
//! over the text, so that `text.slice(start, end)` works in JavaScript. A
//! lone surrogate in a JavaScript string reaches Rust as U+FFFD, which is one
//! UTF-16 unit as well, so offsets still line up with the caller's string.

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use crate::error::{concat, push_integer, push_names};
use crate::{Algorithm, Error, Length, Options, ScoredSentence, Stats, Summary, VERSION};

/// The allocator: talc's for single-threaded WebAssembly, which grows the
/// memory as needed like the standard library's dlmalloc, but takes a few
/// kilobytes less of the size-budgeted .wasm (and allocates faster).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
pub fn algorithms() -> JsValue {
    let list = Array::new();
    for a in Algorithm::ALL {
        let info = Object::new();
        set(&info, &key("name"), &JsValue::from_str(a.name()));
        set(
            &info,
            &key("description"),
            &JsValue::from_str(a.description()),
        );
        list.push(&info);
    }
    list.into()
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
    let mut options = Options::try_from(JsOptions::from_js(options)?).map_err(js_error)?;
    if shape == Shape::Scores {
        options.keywords = 0;
    }
    let summary = crate::summarize(&text, &options).map_err(js_error)?;
    let out = Results::new(Utf16Offsets::new(&text, &summary));
    Ok(match shape {
        Shape::Scores => out.sentences(summary.sentences.iter(), true),
        Shape::Summary | Shape::Analysis => {
            let result = out.summary(&summary);
            if shape == Shape::Analysis {
                let all = out.sentences(summary.sentences.iter(), true);
                set(&result, &key("all"), &all);
            }
            result.into()
        }
    })
}

/// A core error as a JavaScript `Error` with its message.
fn js_error(e: Error) -> JsError {
    JsError::new(&e.message())
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
            let kind = Raw::from_js(value).map_or_else(String::new, |raw| raw.kind());
            let message = concat(&[
                "options must be an object such as { sentences: 3 }, not ",
                &kind,
            ]);
            return Err(JsError::new(&message));
        }
        let object: &js_sys::Object = value.unchecked_ref();
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                let mut message = concat(&["unknown option \"", &key, "\"; the options are: "]);
                push_names(&mut message, &OPTION_NAMES);
                return Err(JsError::new(&message));
            }
        }
        let field = |name: &str| -> Result<Option<Raw>, JsError> {
            let value = js_sys::Reflect::get(object, &JsValue::from_str(name))
                .map_err(|_| JsError::new(&concat(&["cannot read option ", name])))?;
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
                let mut reason = String::from("expected a name (");
                push_names(&mut reason, &Algorithm::NAMES);
                let reason = concat(&[&reason, "), got ", &other.kind()]);
                return Err(Error::InvalidOption {
                    name: "algorithm".into(),
                    reason,
                });
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
            Raw::Number(n) => concat(&["the number ", &js_number(*n)]),
            Raw::Text(s) => concat(&["the string \"", s, "\""]),
            Raw::Other(kind) => concat(&[kind]),
        }
    }

    fn number(self, name: &str) -> Result<f64, Error> {
        match self {
            Raw::Number(n) => Ok(n),
            other => Err(Error::InvalidOption {
                name: name.into(),
                reason: concat(&["expected a number, got ", &other.kind()]),
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
                reason: {
                    let mut at_least = String::new();
                    push_integer(&mut at_least, min as u64);
                    concat(&[
                        "expected a whole number of at least ",
                        &at_least,
                        ", got ",
                        &js_number(n),
                    ])
                },
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
        let mut bytes: Vec<usize> = Vec::new();
        for s in &summary.sentences {
            bytes.extend_from_slice(&[s.range.start, s.range.end]);
        }
        for r in &summary.removed {
            bytes.extend_from_slice(&[r.range.start, r.range.end]);
        }
        crate::sort::sort_usize(&mut bytes);
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

// ---------------------------------------------------------------------------
// Results

/// A JavaScript string for a property name.
fn key(name: &str) -> JsValue {
    JsValue::from_str(name)
}

#[wasm_bindgen]
extern "C" {
    /// An object whose properties are set by plain assignment.
    type Assignable;

    /// `this[key] = value`.
    #[wasm_bindgen(method, indexing_setter)]
    fn assign(this: &Assignable, key: &JsValue, value: &JsValue);
}

/// Sets `object[key] = value`: a plain assignment, which on a plain object
/// cannot fail (and, unlike `Reflect.set`, needs no exception handling).
fn set(object: &Object, key: &JsValue, value: &JsValue) {
    object.unchecked_ref::<Assignable>().assign(key, value);
}

/// A count or offset as a JavaScript number.
fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// Builds the result objects of one call: the property names are made once
/// and shared by every object.
struct Results {
    offsets: Utf16Offsets,
    text: JsValue,
    score: JsValue,
    start: JsValue,
    end: JsValue,
    index: JsValue,
    selected: JsValue,
}

impl Results {
    fn new(offsets: Utf16Offsets) -> Results {
        Results {
            offsets,
            text: key("text"),
            score: key("score"),
            start: key("start"),
            end: key("end"),
            index: key("index"),
            selected: key("selected"),
        }
    }

    /// Sets `start` and `end` of `object` to the UTF-16 offsets of `range`.
    fn set_range(&self, object: &Object, range: &std::ops::Range<usize>) {
        set(object, &self.start, &number(self.offsets.get(range.start)));
        set(object, &self.end, &number(self.offsets.get(range.end)));
    }

    /// Sentences as `{ text, score, start, end, index }`, with `selected`
    /// when `candidates`.
    fn sentences<'a>(
        &self,
        sentences: impl Iterator<Item = &'a ScoredSentence>,
        candidates: bool,
    ) -> JsValue {
        let list = Array::new();
        for s in sentences {
            let object = Object::new();
            set(&object, &self.text, &JsValue::from_str(&s.text));
            set(&object, &self.score, &JsValue::from_f64(s.score));
            self.set_range(&object, &s.range);
            set(&object, &self.index, &number(s.index));
            if candidates {
                set(&object, &self.selected, &JsValue::from_bool(s.selected));
            }
            list.push(&object);
        }
        list.into()
    }

    /// `{ sentences, keywords, removed, title, stats }`.
    fn summary(&self, summary: &Summary) -> Object {
        let result = Object::new();
        let sentences = self.sentences(summary.selected(), false);
        set(&result, &key("sentences"), &sentences);
        let keywords = Array::new();
        for k in &summary.keywords {
            let object = Object::new();
            set(&object, &self.text, &JsValue::from_str(&k.text));
            set(&object, &self.score, &JsValue::from_f64(k.score));
            keywords.push(&object);
        }
        set(&result, &key("keywords"), &keywords);
        let removed = Array::new();
        let reason = key("reason");
        for r in &summary.removed {
            let object = Object::new();
            set(&object, &self.text, &JsValue::from_str(&r.text));
            set(&object, &reason, &JsValue::from_str(r.reason.label()));
            self.set_range(&object, &r.range);
            removed.push(&object);
        }
        set(&result, &key("removed"), &removed);
        let title = summary
            .title
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str);
        set(&result, &key("title"), &title);
        let stats = Object::new();
        let st: &Stats = &summary.stats;
        for (name, n) in [
            ("inputWords", st.input_words),
            ("inputSentences", st.input_sentences),
            ("summaryWords", st.summary_words),
            ("summarySentences", st.summary_sentences),
            ("inputChars", st.input_chars),
        ] {
            set(&stats, &key(name), &number(n));
        }
        set(&result, &key("stats"), &stats);
        result
    }
}
