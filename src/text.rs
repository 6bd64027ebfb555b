//! Small text helpers every layer shares: whitespace folding, terminal
//! punctuation, character classes.

/// Folds whitespace runs (line breaks included) to single spaces, trimming
/// both ends.
pub(crate) fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `c` is neither a letter nor a digit (what trimming a word to its
/// letters and digits drops).
pub(crate) fn not_alnum(c: char) -> bool {
    !c.is_alphanumeric()
}

/// Characters of scripts written without spaces between words: Han
/// ideographs, kana, and the CJK symbols and punctuation block.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}'      // CJK punctuation, hiragana, katakana
        | '\u{3400}'..='\u{4DBF}'    // extension A
        | '\u{4E00}'..='\u{9FFF}'    // unified ideographs
        | '\u{F900}'..='\u{FAFF}'    // compatibility ideographs
        | '\u{FF66}'..='\u{FF9D}'    // half-width katakana
        | '\u{20000}'..='\u{2FA1F}') // extensions B and later
}

/// Whether `s` ends a sentence: a terminal mark, possibly followed by closing
/// quotes or brackets (or U+FFFD, what a lone surrogate of a JavaScript
/// string or a broken byte becomes).
pub(crate) fn ends_with_terminal(s: &str) -> bool {
    let trimmed = s.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '」' | '』' | '*' | '_' | '\u{FFFD}'
            )
    });
    trimmed.ends_with(
        &[
            '.', '!', '?', '…', '。', '！', '？', '؟', '।', '‼', '⁇', '⁈', '⁉',
        ][..],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_whitespace() {
        let table = [
            ("", ""),
            ("  a  ", "a"),
            ("a\n\tb\u{A0}c", "a b c"),
            ("one  two\r\nthree", "one two three"),
        ];
        for (text, want) in table {
            assert_eq!(fold_whitespace(text), want, "{text:?}");
        }
    }

    #[test]
    fn terminal_punctuation() {
        let table = [
            ("He left.", true),
            ("He left.\u{201D}", true),
            ("Really?)", true),
            ("东京下雨了。", true),
            ("Schools get more money.\u{FFFD}", true),
            ("Breaking news", false),
            ("", false),
        ];
        for (text, want) in table {
            assert_eq!(ends_with_terminal(text), want, "{text:?}");
        }
    }
}
