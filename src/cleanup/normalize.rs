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
/// boundaries), each of which becomes a single space when its flag is set
/// (and none follows already), and nothing otherwise.
pub fn normalize(text: &str, holes: &[(Range<usize>, bool)]) -> (String, OffsetMap) {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut holes = holes.iter().peekable();
    // Starts a new run at the current output position if copying from `orig` would
    // not continue the last one.
    let mark = |runs: &mut Vec<(usize, usize)>, clean: usize, orig: usize| match runs.last() {
        Some(&(c, o)) if clean - c == orig.wrapping_sub(o) && orig >= o => {}
        _ => runs.push((clean, orig)),
    };
    let mut i = 0;
    while i < text.len() {
        while holes.peek().is_some_and(|(h, _)| h.end <= i) {
            holes.next();
        }
        let next_hole = holes.peek().map_or(text.len(), |(h, _)| h.start);
        if next_hole <= i {
            // skip the hole: every character starting before its end
            let spaced = holes.peek().is_some_and(|&(_, spaced)| *spaced);
            let mut end = holes
                .peek()
                .map_or(text.len(), |(h, _)| h.end)
                .min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            if spaced && !out.ends_with(&[' ', '\n'][..]) && !out.is_empty() {
                runs.push((out.len(), i));
                out.push(' ');
            }
            i = end;
            continue;
        }
        // Plain printable ASCII and line feeds are copied as they are, in one go.
        let plain = bytes[i..next_hole.min(text.len())]
            .iter()
            .take_while(|&&b| (0x20..0x7f).contains(&b) || b == b'\n')
            .count();
        if plain > 0 {
            mark(&mut runs, out.len(), i);
            out.push_str(&text[i..i + plain]);
            i += plain;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        match classify(c) {
            Out::Keep => {
                mark(&mut runs, out.len(), i);
                out.push(c);
            }
            Out::Drop => {}
            Out::Replace(s) => {
                runs.push((out.len(), i));
                out.push_str(s);
                if c == '\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            }
        }
        i += c.len_utf8();
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

    /// The character-by-character form of [`normalize`], as an oracle.
    fn reference(text: &str, holes: &[(Range<usize>, bool)]) -> (String, OffsetMap) {
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
            while holes.peek().is_some_and(|(h, _)| h.end <= i) {
                holes.next();
            }
            if let Some(&(h, spaced)) = holes.peek() {
                if h.start <= i {
                    let end = h.end;
                    while chars.peek().is_some_and(|&(j, _)| j < end) {
                        chars.next();
                    }
                    if *spaced && !out.ends_with(&[' ', '\n'][..]) && !out.is_empty() {
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

    #[test]
    fn agrees_with_the_reference() {
        let pool = [
            "a", "Z", " ", "\n", "\r", "\r\n", "\t", "\u{7}", "\u{7f}", "\u{A0}", "\u{200B}",
            "\u{AD}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{85}", "é", "東", "😀", ".", "<",
            "\u{3000}",
        ];
        let mut seed = 3u32;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (seed >> 16) as usize % n
        };
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..next(24) {
                text.push_str(pool[next(pool.len())]);
            }
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&b| text.is_char_boundary(b))
                .collect();
            let mut holes = Vec::new();
            let mut at = 0;
            while bounds.len() > 1 && next(3) > 0 {
                let s = bounds[(at + next(4)).min(bounds.len() - 1)];
                let e = bounds[(bounds.iter().position(|&b| b == s).unwrap_or(0) + 1 + next(3))
                    .min(bounds.len() - 1)];
                if s >= e {
                    break;
                }
                holes.push((s..e, next(2) == 0));
                at = bounds.iter().position(|&b| b == e).unwrap_or(bounds.len()) + 1;
                if at >= bounds.len() {
                    break;
                }
            }
            assert_eq!(
                normalize(&text, &holes),
                reference(&text, &holes),
                "{text:?} {holes:?}"
            );
        }
    }

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
    fn holes_become_one_space_or_none() {
        let text = "before<p>x</p>after and <i>more</i>.";
        let spaced = [
            (6..9, true),
            (10..14, true),
            (24..27, false),
            (31..35, false),
        ];
        let (clean, map) = normalize(text, &spaced);
        assert_eq!(clean, "before x after and more.");
        let a = clean.find("after").unwrap();
        assert_eq!(&text[map.range_to_original(a..a + 5)], "after");
        let m = clean.find("more.").unwrap();
        assert_eq!(&text[map.range_to_original(m..m + 5)], "more</i>.");
    }
}
