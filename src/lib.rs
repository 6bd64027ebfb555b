//! # salient — offline extractive summarisation
//!
//! salient ranks the sentences of an article and picks the few that carry
//! it. It works on text as people paste it from web pages: captions, "Read
//! more" links, sign-in notices, bylines and repeated live-blog paragraphs are
//! recognised and set aside (and reported) before any sentence is ranked.
//!
//! ```
//! let article = "The city council approved the new budget on Tuesday. \
//!     The budget raises spending on schools by 4 percent. \
//!     Critics said the council ignored the transport plan. \
//!     The mayor will sign the budget next week.";
//! let summary = salient::summarize(article, &salient::Options::sentences(2)).unwrap();
//! assert_eq!(summary.selected().count(), 2);
//! for sentence in summary.selected() {
//!     // every sentence points back into the original text
//!     assert!(article[sentence.range.clone()].starts_with(&sentence.text[..10]));
//! }
//! ```
//!
//! ## Terms
//!
//! - **Sentence**: a span of the cleaned text found by [`split_sentences`]
//!   (Unicode UAX #29 plus the corrections news needs: abbreviations,
//!   initials, decimals, quotes, missing spaces, headings, CJK). Each carries
//!   its byte range in the original text.
//! - **Candidate**: a sentence of article prose. Headings, captions and other
//!   page furniture are never candidates ([`clean`] says what it set aside).
//! - **Score**: what a ranking [`Algorithm`] gives each candidate; higher is
//!   more central. Scores compare within one text only.
//! - **Budget**: the [`Length`] of the summary: a number of sentences, a
//!   ratio of the candidates, or a number of words. Sentences are never cut;
//!   the summary is in document order.
//!
//! ## Errors
//!
//! Only options can be wrong ([`Error`]); any text is accepted, and the
//! library never panics on any input. Empty text gives an empty summary.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Layers, bottom up: text helpers and the interner; static data; the
// stages (cleanup, segmentation, tokens), which do not know each other;
// ranking, selection and keywords over tokens; the pipeline composing them.
mod intern;
mod text;

mod data;
// Language identification: its own evidence, imports nothing of the crate
// but the interner.
mod lang;
pub mod lexicon;

mod cleanup;
mod segment;
mod stem;
mod tokens;

// Public only with the `internals` feature (see `internals`).
#[cfg(feature = "internals")]
pub mod keywords;
#[cfg(not(feature = "internals"))]
mod keywords;
#[cfg(feature = "internals")]
pub mod rank;
#[cfg(not(feature = "internals"))]
mod rank;
#[cfg(feature = "internals")]
pub mod select;
#[cfg(not(feature = "internals"))]
mod select;

mod error;
mod options;
mod pipeline;
mod summary;

// Article extraction from a page's tree; beside the text pipeline, which
// it does not use.
pub mod extract;

pub mod rouge;

pub use cleanup::{clean, Block, BlockKind, Cleaned, RemovalReason, Removed};
pub use error::Error;
pub use lang::{detect as detect_language, Lang};
pub use lexicon::Lexicon;
pub use options::{Algorithm, Length, Options, Weights};
pub use pipeline::{keywords, split_sentences, summarize, summarize_with};
pub use segment::{sentences as split_raw_sentences, Sentence};
pub use summary::{Keyword, ScoredSentence, Stats, Summary};

/// The internals that the benchmarks and fuzz targets of this repository
/// drive stage by stage. Not part of the API: no stability promise, off
/// unless the `internals` feature is on.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals {
    pub use crate::rank::Doc;
    pub use crate::tokens::{Vocabulary, Word};
    pub use crate::{keywords, rank, select};
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The crate's version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
