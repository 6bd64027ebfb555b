//! The one error type of the crate.

use std::fmt;

/// Everything that can go wrong when asking for a summary.
///
/// Only *options* can be invalid: any text, of any size or content, is
/// accepted (empty text simply yields an empty summary).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// A sentence count of zero was requested.
    ZeroSentences,
    /// A word budget of zero was requested.
    ZeroWords,
    /// The ratio was not a number in `(0, 1]`.
    InvalidRatio(f64),
    /// The algorithm name is not one of [`crate::Algorithm::NAMES`].
    UnknownAlgorithm(String),
    /// More than one of sentences, ratio and words was given.
    ConflictingLength,
    /// An option had a value of the wrong kind (used by the shells, e.g. JSON or JS input).
    InvalidOption {
        /// The option's name.
        name: String,
        /// What was wrong with it.
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::ZeroSentences => f.write_str("the number of sentences must be at least 1"),
            Error::ZeroWords => f.write_str("the word budget must be at least 1"),
            Error::InvalidRatio(r) => {
                // Which side of the range, not the number itself: printing
                // an f64 brings core's float formatting into the wasm (9.4
                // KB gzipped); the shells say what was given.
                let got = if r.is_nan() {
                    "not a number"
                } else if *r > 1.0 {
                    "more than 1"
                } else {
                    "0 or less"
                };
                write!(
                    f,
                    "the ratio must be a number greater than 0 and at most 1 (got {got})"
                )
            }
            Error::UnknownAlgorithm(name) => write!(
                f,
                "unknown algorithm {name:?}; expected one of: {}",
                crate::Algorithm::NAMES.join(", ")
            ),
            Error::ConflictingLength => {
                f.write_str("give at most one of sentences, ratio and words")
            }
            Error::InvalidOption { name, reason } => write!(f, "invalid option {name}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_problem() {
        let cases = [
            (Error::ZeroSentences, "at least 1"),
            (Error::ZeroWords, "word budget"),
            (Error::InvalidRatio(f64::NAN), "got not a number"),
            (Error::InvalidRatio(1.5), "got more than 1"),
            (Error::InvalidRatio(-0.25), "got 0 or less"),
            (Error::InvalidRatio(0.0), "got 0 or less"),
            (Error::InvalidRatio(f64::INFINITY), "got more than 1"),
            (Error::InvalidRatio(f64::NEG_INFINITY), "got 0 or less"),
            (Error::UnknownAlgorithm("pagerank".into()), "\"pagerank\""),
            (
                Error::UnknownAlgorithm("x".into()),
                "salient, lead, textrank",
            ),
            (Error::ConflictingLength, "at most one"),
            (
                Error::InvalidOption {
                    name: "keywords".into(),
                    reason: "expected a whole number".into(),
                },
                "invalid option keywords: expected a whole number",
            ),
        ];
        for (err, needle) in cases {
            let msg = err.to_string();
            assert!(msg.contains(needle), "{msg:?} should contain {needle:?}");
        }
    }
}
