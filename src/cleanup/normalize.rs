//! Unicode and whitespace normalisation, with a map back to the original.
//!
//! Pasted text carries CRLF line ends, no-break spaces, zero-width characters,
//! soft hyphens and stray control characters. [`normalize`] rewrites them
//! into plain spaces and `\n` (dropping the invisible ones), skips the byte
//! ranges that markup detection marked as holes, and records an
//! [`OffsetMap`] so that every position in the normalised text can be traced
//! back to the original.

use std::ops::Range;

/// Maps byte offsets of the normalised text back to the original text.
///
/// Stored as runs: within a run, bytes were copied verbatim, so the mapping
/// is a constant shift. Lookups are a binary search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// `(normalised start, original start)` of each run, both increasing.
    runs: Vec<(usize, usize)>,
    /// Length of the original text.
    original_len: usize,
}

impl OffsetMap {
    /// The original offset of normalised offset `pos`.
    pub fn to_original(&self, pos: usize) -> usize {
        let i = self.runs.partition_point(|&(clean, _)| clean <= pos);
        if i == 0 {
            return pos.min(self.original_len);
        }
        let (clean, orig) = self.runs[i - 1];
        (orig + (pos - clean)).min(self.original_len)
    }

    /// The original byte range of a normalised range whose first and last
    /// characters were copied verbatim (true of trimmed sentences).
    pub fn range_to_original(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let p = self.to_original(range.start);
            return p..p;
        }
        let start = self.to_original(range.start);
        let end = (self.to_original(range.end - 1) + 1).max(start);
        start..end
    }
}

/// What a character becomes in the normalised text.
enum Out {
    Keep,
    Drop,
    Replace(&'static str),
}

fn classify(c: char) -> Out {
    match c {
        '\n' | ' ' => Out::Keep,
        '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' => Out::Replace("\n"),
        '\u{2029}' => Out::Replace("\n\n"),
        '\t' => Out::Replace(" "),
        // zero-width space, word joiner, byte-order mark, soft hyphen, Mongolian vowel separator
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{180E}' => Out::Drop,
        // no-break and other fixed-width spaces
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Out::Replace(" ")
        }
        c if c.is_control() => Out::Drop,
        _ => Out::Keep,
    }
}

/// Normalises `text`, skipping `holes` (sorted, disjoint byte ranges on char
/// boundaries), each of which becomes a single space.
pub fn normalize(text: &str, holes: &[Range<usize>]) -> (String, OffsetMap) {
    let mut out = String::with_capacity(text.len());
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut holes = holes.iter().peekable();
    let mut chars = text.char_indices().peekable();
    // Starts a new run at the current output position if copying from `orig` would
    // not continue the last one.
    let mark = |runs: &mut Vec<(usize, usize)>, clean: usize, orig: usize| match runs.last() {
        Some(&(c, o)) if clean - c == orig.wrapping_sub(o) && orig >= o => {}
        _ => runs.push((clean, orig)),
    };
    while let Some((i, c)) = chars.next() {
        while holes.peek().is_some_and(|h| h.end <= i) {
            holes.next();
        }
        if let Some(h) = holes.peek() {
            if h.start <= i {
                let end = h.end;
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
                if !out.ends_with([' ', '\n']) && !out.is_empty() {
                    runs.push((out.len(), i));
                    out.push(' ');
                }
                continue;
            }
        }
        match classify(c) {
            Out::Keep => {
                mark(&mut runs, out.len(), i);
                out.push(c);
            }
            Out::Drop => {}
            Out::Replace(s) => {
                runs.push((out.len(), i));
                out.push_str(s);
                if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                }
            }
        }
    }
    (
        out,
        OffsetMap {
            runs,
            original_len: text.len(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_whitespace_and_invisibles() {
        let table = [
            ("a\r\nb", "a\nb"),
            ("a\rb", "a\nb"),
            ("a\u{A0}b", "a b"),
            ("zero\u{200B}width", "zerowidth"),
            ("soft\u{AD}hyphen", "softhyphen"),
            ("\u{FEFF}bom", "bom"),
            ("tab\there", "tab here"),
            ("bell\u{7}", "bell"),
            ("para\u{2029}next", "para\n\nnext"),
            ("emoji 👩\u{200D}💻 kept", "emoji 👩\u{200D}💻 kept"),
        ];
        for (input, want) in table {
            assert_eq!(normalize(input, &[]).0, want, "{input:?}");
        }
    }

    #[test]
    fn maps_back_to_original() {
        let text = "\u{FEFF}Caf\u{E9}\u{A0}au lait.\r\nSecond \u{200B}line.";
        let (clean, map) = normalize(text, &[]);
        assert_eq!(clean, "Café au lait.\nSecond line.");
        let s = clean.find("Second").unwrap();
        let r = map.range_to_original(s..clean.len());
        assert_eq!(&text[r], "Second \u{200B}line.");
        let r = map.range_to_original(0..clean.find('\n').unwrap());
        assert_eq!(&text[r], "Caf\u{E9}\u{A0}au lait.");
    }

    #[test]
    fn holes_become_one_space() {
        let text = "before<b>x</b>after and <i>more</i>";
        let holes = [6..9, 10..14, 24..27, 31..35];
        let (clean, map) = normalize(text, &holes);
        assert_eq!(clean, "before x after and more ");
        let a = clean.find("after").unwrap();
        assert_eq!(&text[map.range_to_original(a..a + 5)], "after");
    }
}
