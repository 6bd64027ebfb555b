//! The one error type of the crate.

use std::fmt;

/// Everything that can go wrong when asking for a summary.
///
/// Only *options* can be invalid: any text, of any size or content, is
/// accepted (empty text simply yields an empty summary).
#[derive(Debug, Clone, PartialEq)]
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
            Error::ZeroSentences => write!(f, "the number of sentences must be at least 1"),
            Error::ZeroWords => write!(f, "the word budget must be at least 1"),
            Error::InvalidRatio(r) => {
                write!(
                    f,
                    "the ratio must be a number greater than 0 and at most 1 (got {})",
                    Decimal(*r)
                )
            }
            Error::UnknownAlgorithm(name) => write!(
                f,
                "unknown algorithm \"{name}\"; expected one of: {}",
                crate::Algorithm::NAMES.join(", ")
            ),
            Error::ConflictingLength => write!(f, "give at most one of sentences, ratio and words"),
            Error::InvalidOption { name, reason } => write!(f, "invalid option {name}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

/// Shows a number to three decimals without Rust's float formatting, which
/// would add several kilobytes to the WebAssembly build for one message.
struct Decimal(f64);

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.0;
        if x.is_nan() {
            return f.write_str("NaN");
        }
        if x.is_infinite() {
            return f.write_str(if x > 0.0 { "infinity" } else { "-infinity" });
        }
        if x.abs() >= 1e15 {
            return f.write_str(if x > 0.0 {
                "a huge number"
            } else {
                "a huge negative number"
            });
        }
        let sign = if x < 0.0 { "-" } else { "" };
        let thousandths = (x.abs() * 1000.0).round() as u64;
        let (int, frac) = (thousandths / 1000, thousandths % 1000);
        if frac == 0 {
            write!(f, "{sign}{int}")
        } else {
            let digits = format!("{frac:03}");
            write!(f, "{sign}{int}.{}", digits.trim_end_matches('0'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_problem() {
        let cases = [
            (Error::ZeroSentences, "at least 1"),
            (Error::InvalidRatio(f64::NAN), "got NaN"),
            (Error::InvalidRatio(1.5), "got 1.5"),
            (Error::InvalidRatio(-0.25), "got -0.25"),
            (Error::InvalidRatio(2.0), "got 2)"),
            (Error::InvalidRatio(f64::INFINITY), "got infinity"),
            (Error::UnknownAlgorithm("pagerank".into()), "\"pagerank\""),
            (Error::UnknownAlgorithm("x".into()), "textrank"),
        ];
        for (err, needle) in cases {
            let msg = err.to_string();
            assert!(msg.contains(needle), "{msg:?} should contain {needle:?}");
        }
    }
}
