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

impl Error {
    /// The message that [`Display`](fmt::Display) shows, built without the
    /// formatting machinery (which the WebAssembly build leaves out).
    pub(crate) fn message(&self) -> String {
        let mut m = concat(&match self {
            Error::ZeroSentences => ["the number of sentences must be at least 1", "", "", ""],
            Error::ZeroWords => ["the word budget must be at least 1", "", "", ""],
            Error::InvalidRatio(_) => [
                "the ratio must be a number greater than 0 and at most 1 (got ",
                "",
                "",
                "",
            ],
            Error::UnknownAlgorithm(name) => {
                ["unknown algorithm \"", name, "\"; expected one of: ", ""]
            }
            Error::ConflictingLength => {
                ["give at most one of sentences, ratio and words", "", "", ""]
            }
            Error::InvalidOption { name, reason } => ["invalid option ", name, ": ", reason],
        });
        match self {
            Error::InvalidRatio(r) => {
                push_decimal(&mut m, *r);
                m.push(')');
            }
            Error::UnknownAlgorithm(_) => push_names(&mut m, &crate::Algorithm::NAMES),
            _ => {}
        }
        m
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

/// The pieces end to end.
pub(crate) fn concat(pieces: &[&str]) -> String {
    let mut out = String::new();
    for piece in pieces {
        out.push_str(piece);
    }
    out
}

/// Appends `names` separated by commas (what `join(", ")` gives).
pub(crate) fn push_names(out: &mut String, names: &[&str]) {
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
    }
}

/// Appends `n` in decimal.
pub(crate) fn push_integer(out: &mut String, n: u64) {
    if n >= 10 {
        push_integer(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Appends a number to three decimals without Rust's float formatting, which
/// would add several kilobytes to the WebAssembly build for one message.
fn push_decimal(out: &mut String, x: f64) {
    if x.is_nan() {
        return out.push_str("NaN");
    }
    if x.is_infinite() {
        return out.push_str(if x > 0.0 { "infinity" } else { "-infinity" });
    }
    if x.abs() >= 1e15 {
        return out.push_str(if x > 0.0 {
            "a huge number"
        } else {
            "a huge negative number"
        });
    }
    if x < 0.0 {
        out.push('-');
    }
    let thousandths = (x.abs() * 1000.0).round() as u64;
    let (int, frac) = (thousandths / 1000, thousandths % 1000);
    push_integer(out, int);
    if frac != 0 {
        // three digits, without the trailing zeros
        out.push('.');
        let mut rest = frac;
        while rest != 0 {
            out.push(char::from(b'0' + (rest / 100) as u8));
            rest = rest % 100 * 10;
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

    /// The decimals agree with Rust's formatting of the rounded thousandths.
    #[test]
    fn decimals_as_std_would_print_them() {
        let mut x = -2.5f64;
        while x < 2.5 {
            for v in [x, x * 1234.5678, x / 7.0] {
                let mut ours = String::new();
                push_decimal(&mut ours, v);
                let t = (v.abs() * 1000.0).round() as u64;
                let sign = if v < 0.0 { "-" } else { "" };
                let digits = format!("{:03}", t % 1000);
                let want = if t % 1000 == 0 {
                    format!("{sign}{}", t / 1000)
                } else {
                    format!("{sign}{}.{}", t / 1000, digits.trim_end_matches('0'))
                };
                assert_eq!(ours, want, "{v}");
            }
            x += 0.0371;
        }
    }
}
