//! Text measures: lengths in characters (whitespace runs folded, ends
//! trimmed), so scripts written without spaces measure as much as any
//! other; commas; word splitting for title comparisons.

use crate::text::is_letter_or_digit;

/// The length of a piece of text once whitespace runs are folded to one
/// space and the ends trimmed, kept in a form that adds up over adjacent
/// pieces (a monoid): `"a "` then `" b"` measure 3 together ("a b").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct TextLen {
    /// Characters of the folded, trimmed text (0 when there is none).
    len: u32,
    /// Some non-whitespace character.
    any: bool,
    /// Starts with whitespace (for text with none: has any whitespace).
    lead: bool,
    /// Ends with whitespace.
    trail: bool,
}

impl TextLen {
    /// Measures `s`.
    pub(crate) fn of(s: &str) -> TextLen {
        let mut len: u32 = 0;
        let mut any = false;
        let mut pending_space = false;
        let mut lead = false;
        let mut trail = false;
        for c in s.chars() {
            if c.is_whitespace() {
                if any {
                    pending_space = true;
                } else {
                    lead = true;
                }
                trail = true;
            } else {
                if pending_space {
                    len = len.saturating_add(1);
                    pending_space = false;
                }
                len = len.saturating_add(1);
                any = true;
                trail = false;
            }
        }
        TextLen {
            len,
            any,
            lead,
            trail,
        }
    }

    /// The measure of `self` followed by `next`.
    pub(crate) fn then(self, next: TextLen) -> TextLen {
        match (self.any, next.any) {
            (false, false) => TextLen {
                len: 0,
                any: false,
                lead: self.lead || next.lead,
                trail: self.lead || next.lead,
            },
            (false, true) => TextLen {
                lead: next.lead || self.lead,
                ..next
            },
            (true, false) => TextLen {
                trail: self.trail || next.lead,
                ..self
            },
            (true, true) => TextLen {
                len: self
                    .len
                    .saturating_add(next.len)
                    .saturating_add(u32::from(self.trail || next.lead)),
                any: true,
                lead: self.lead,
                trail: next.trail,
            },
        }
    }

    /// Characters of the folded, trimmed text.
    pub(crate) fn chars(self) -> u32 {
        self.len
    }

    /// True when there is some non-whitespace character.
    pub(crate) fn has_text(self) -> bool {
        self.any
    }
}

/// True for the commas Readability counts when it scores a paragraph
/// (Latin, Arabic, small and full-width forms, and a few others).
pub(crate) fn is_comma(c: char) -> bool {
    matches!(
        c,
        '\u{002C}'
            | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '\u{3001}'
    )
}

/// Whitespace folded to single spaces, ends trimmed (the crate's helper).
pub(crate) use crate::text::fold_whitespace as fold;

/// Number of pieces `s.split(/\s+/)` gives in JavaScript: whitespace runs
/// plus one (so `""` has one word and `" a"` two). The title rules are
/// stated in these terms.
pub(crate) fn js_word_count(s: &str) -> usize {
    let mut n = 1;
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                n += 1;
            }
            in_space = true;
        } else {
            in_space = false;
        }
    }
    n
}

/// The lower-cased words of `s` (runs of letters and digits).
pub(crate) fn words_lower(s: &str) -> Vec<String> {
    s.split(|c: char| !is_letter_or_digit(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How much of `b` is made of words that also occur in `a`: 1 when every
/// word of `b` is in `a`, 0 when none is (weighted by characters, after
/// Readability's `textSimilarity`).
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    let ta = words_lower(a);
    let tb = words_lower(b);
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let total: usize = tb.iter().map(|w| w.chars().count()).sum::<usize>() + tb.len() - 1;
    let mut unmatched = 0usize;
    let mut unmatched_words = 0usize;
    for w in tb.iter().filter(|w| !ta.contains(w)) {
        unmatched += w.chars().count();
        unmatched_words += 1;
    }
    if unmatched_words > 0 {
        unmatched += unmatched_words - 1;
    }
    1.0 - unmatched as f64 / total.max(1) as f64
}

/// True when `s` holds a full stop followed by a space or the end (a
/// sentence, in the sibling rule).
pub(crate) fn has_sentence_end(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter()
        .enumerate()
        .any(|(i, &c)| c == b'.' && (i + 1 == b.len() || b[i + 1] == b' '))
}

/// Unescapes the entities that pages escape twice in their metadata
/// (`&amp;quot;` read as `&quot;`): the five XML ones and numeric ones.
/// Anything that is not such an entity is left as it is.
pub(crate) fn unescape_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        // (a byte search: the twelfth byte may fall inside a character,
        // "Städte & Flüsse – N" has its dash there)
        let Some(end) = rest.bytes().take(12).position(|b| b == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "quot" => Some('"'),
            "amp" => Some('&'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            _ => name.strip_prefix('#').and_then(|num| {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                }?;
                // Readability turns invalid code points into U+FFFD.
                Some(
                    if code == 0 || code > 0x10FFFF || (0xD800..=0xDFFF).contains(&code) {
                        '\u{FFFD}'
                    } else {
                        char::from_u32(code).unwrap_or('\u{FFFD}')
                    },
                )
            }),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_add_up_like_folded_text() {
        let cases: &[(&str, &[&str], u32)] = &[
            ("one piece", &["  a  b "], 3),
            ("space between pieces", &["a ", " b"], 3),
            ("no space between pieces", &["a", "b"], 2),
            ("whitespace piece between", &["a", "  ", "b"], 3),
            ("only whitespace", &["  ", "\n"], 0),
            ("leading whitespace piece", &[" ", "abc"], 3),
            ("cjk counts characters", &["中文字", "符"], 4),
            ("empty", &[], 0),
        ];
        for (name, pieces, want) in cases {
            let total = pieces
                .iter()
                .fold(TextLen::default(), |acc, p| acc.then(TextLen::of(p)));
            assert_eq!(total.chars(), *want, "{name}");
            let joined: String = pieces.concat();
            assert_eq!(
                fold(&joined).chars().count() as u32,
                *want,
                "{name}: agrees with folding"
            );
        }
    }

    #[test]
    fn similarity_weighs_shared_words() {
        let cases = [
            ("same words", "Storm hits coast", "storm hits coast", 1.0),
            ("nothing shared", "Storm hits coast", "Budget passes", 0.0),
            ("empty", "", "Budget", 0.0),
        ];
        for (name, a, b, want) in cases {
            assert!((similarity(a, b) - want).abs() < 1e-9, "{name}");
        }
        let partial = similarity("Storm hits coast", "Storm hits coast hard");
        assert!(partial > 0.7 && partial < 1.0, "partial: {partial}");
    }

    #[test]
    fn unescapes_twice_escaped_entities() {
        let cases = [
            (
                "named",
                "Tom &amp; Jerry &quot;x&quot;",
                "Tom & Jerry \"x\"",
            ),
            ("numeric", "&#39;a&#x27;", "'a'"),
            ("invalid code point", "&#xD800;", "\u{FFFD}"),
            ("not an entity", "a & b &nbsp; c", "a & b &nbsp; c"),
            ("unterminated", "&amp", "&amp"),
            // a character across the twelfth byte after "&" (this panicked)
            (
                "non-ASCII after an ampersand",
                "Städte & Flüsse – N",
                "Städte & Flüsse – N",
            ),
            ("an entity before non-ASCII", "&amp;–&#233;é", "&–éé"),
        ];
        for (name, input, want) in cases {
            assert_eq!(unescape_entities(input), want, "{name}");
        }
        // every split of multi-byte characters around "&" and ";"
        let pieces = ["&", ";", "–", "é", "😀", "a", "#", "x", "amp"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        let s = format!("{a}{b}{c}{d}{a}{d}{c}{b}{a}{c}");
                        let _ = unescape_entities(&s);
                    }
                }
            }
        }
    }

    #[test]
    fn sentence_end() {
        assert!(has_sentence_end("It ended."));
        assert!(has_sentence_end("It ended. Then"));
        assert!(!has_sentence_end("version 1.2 out"));
    }
}
