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

pub mod casefold;
pub mod cleanup;
mod error;
pub mod extract;
mod hash;
pub mod keywords;
mod lists;
mod options;
pub mod rank;
pub mod rouge;
pub mod segment;
mod segment_table;
pub mod select;
pub mod stem;
mod summary;
pub mod tokens;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use cleanup::{clean, Block, BlockKind, Cleaned, RemovalReason, Removed};
pub use error::Error;
pub use keywords::keywords;
pub use options::{Algorithm, Length, Options, Weights};
pub use segment::{split_sentences, Sentence};
pub use summary::{Keyword, ScoredSentence, Stats, Summary};
pub use tokens::Language;

mod pipeline;
mod sort;
pub use pipeline::summarize;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The crate's version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
