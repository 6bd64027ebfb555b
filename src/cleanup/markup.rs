//! Finding markup in pasted text: HTML tags and elements, HTML comments,
//! Markdown images, the URL half of Markdown links and the delimiters of
//! Markdown emphasis (`**bold**`, `*italic*`, `__bold__`).
//!
//! The result is a list of byte ranges ("holes") that are not prose. Whole
//! elements whose content is not prose either (`<image>…</image>`,
//! `<script>`, `<figure>`, …) are taken out with their content; other tags
//! are taken out alone, keeping the text between them.

use std::ops::Range;

use crate::data;
use crate::text::is_letter_or_digit;

/// Longest tag we look for, in bytes: a `<` further than this from its `>` is
/// taken to be a less-than sign.
const MAX_TAG: usize = 2048;
/// Longest element content dropped with [`data::DROP_WITH_CONTENT`].
const MAX_ELEMENT: usize = 20_000;

/// A markup hole: its range and whether it was a whole element (as opposed
/// to a lone tag or link syntax).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hole {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// True for whole elements, images and comments, whose content is not prose.
    pub element: bool,
    /// True when a space stands for it in the text (elements, block tags,
    /// line breaks); false for inline markup, whose text joins up on both
    /// sides (`<b>`, `**`, a link's brackets: `**May**.` is "May.").
    pub space: bool,
}

/// Longest Markdown emphasis looked for, in bytes from its opening
/// delimiter to its closing one (on one line).
const MAX_EMPHASIS: usize = 1000;

/// What may follow an emphasis's opening delimiter: a letter or digit, or
/// an opening bracket or quote (`*“Quoted”*`), not a space and not the
/// closing bracket of `「(*」` (OCaml's comment syntax, quoted).
fn opens_emphasis(c: char) -> bool {
    alnum(Some(c)) || "([\"'“‘«「『（¿¡".chars().any(|o| o == c)
}

/// What may come before an emphasis's closing delimiter: a letter or digit,
/// or a closing bracket, quote or punctuation mark (`**Note:**`).
fn closes_emphasis(c: char) -> bool {
    alnum(Some(c)) || ".,:;!?)]\"'”’»」』）…%".chars().any(|o| o == c)
}

/// Whether `c` is a letter or digit (none is not).
#[inline(never)]
fn alnum(c: Option<char>) -> bool {
    c.is_some_and(is_letter_or_digit)
}

/// Markdown emphasis opening at `i` (`*`, `**`, `***`, or the same with
/// `_`): the delimiter's length and where its closing twin starts. It opens
/// after no letter or digit (so `snake_case_name` and `5*3*2` are text) and
/// before [what may follow](opens_emphasis); it closes on the same line
/// after [what may come before](closes_emphasis) and before no letter or
/// digit, and encloses at least one letter or digit ("**Tuesday**", "*tram
/// line*", "__two years__", "**Note:**"). A list's `* item` opens nothing.
#[inline(never)]
fn emphasis_at(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let d = bytes[i];
    let run_at = |at: usize| bytes[at..].iter().take_while(|&&b| b == d).count();
    let len = run_at(i);
    let open_end = i + len;
    if len > 3
        || alnum(text[..i].chars().next_back())
        || !text[open_end..].chars().next().is_some_and(opens_emphasis)
    {
        return None;
    }
    // (delimiters are ASCII: a byte equal to one is never inside a character)
    let mut at = open_end;
    while at < bytes.len().min(open_end + MAX_EMPHASIS) && bytes[at] != b'\n' {
        if bytes[at] != d {
            at += 1;
            continue;
        }
        let run = run_at(at);
        let content = &text[open_end..at];
        if run == len
            && content.chars().next_back().is_some_and(closes_emphasis)
            && !alnum(text[at + len..].chars().next())
            && content.chars().any(is_letter_or_digit)
        {
            return Some((len, at));
        }
        at += run;
    }
    None
}

/// Parses `<name ...>` or `</name>` at `i` (which holds `<`): returns the
/// lower-cased name, whether it is a closing tag, and the end of the tag.
fn parse_tag(text: &str, i: usize) -> Option<(String, bool, usize)> {
    let bytes = text.as_bytes();
    let mut j = i + 1;
    let closing = bytes.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    while j < bytes.len()
        && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'-' | b':' | b'_' | b'.'))
    {
        j += 1;
    }
    if j == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = text[name_start..j].to_ascii_lowercase();
    match bytes.get(j) {
        Some(b'>') => return Some((name, closing, j + 1)),
        Some(b'/') | Some(b' ') | Some(b'\t') | Some(b'\n') | Some(b'\r') => {}
        _ => return None,
    }
    let limit = (i + MAX_TAG).min(bytes.len());
    let mut quote: Option<u8> = None;
    for (k, &b) in bytes.iter().enumerate().take(limit).skip(j) {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"') | (None, b'\'') => quote = Some(b),
            (None, b'>') => return Some((name, closing, k + 1)),
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
}

/// Finds closing tags and comment ends, remembering what it found so that a
/// text full of unclosed elements is still scanned in linear time.
struct Closer {
    /// The text, ASCII-lower-cased.
    lower: Vec<u8>,
    /// Per needle: the position searched from and the first match at or after it.
    cache: Vec<(Vec<u8>, usize, Option<usize>)>,
}

impl Closer {
    fn new(text: &str) -> Self {
        Closer {
            lower: text.as_bytes().to_ascii_lowercase(),
            cache: Vec::new(),
        }
    }

    /// First occurrence of `needle` at or after `from`.
    fn find(&mut self, needle: &[u8], from: usize) -> Option<usize> {
        if let Some((_, searched, found)) = self.cache.iter().find(|(n, _, _)| n == needle) {
            match *found {
                Some(p) if p >= from && *searched <= from => return Some(p),
                None if *searched <= from => return None,
                _ => {}
            }
        }
        let found = self
            .lower
            .get(from..)
            .and_then(|hay| hay.windows(needle.len()).position(|w| w == needle))
            .map(|p| p + from);
        self.cache.retain(|(n, _, _)| n != needle);
        self.cache.push((needle.to_vec(), from, found));
        found
    }

    /// End of the `</name>` closing an element opened before `from`, if near.
    fn close_tag(&mut self, text: &str, from: usize, name: &str) -> Option<usize> {
        let needle = String::from("</") + name;
        let mut k = from;
        loop {
            let p = self.find(needle.as_bytes(), k)?;
            if p - from > MAX_ELEMENT {
                return None;
            }
            if let Some((n, true, end)) = parse_tag(text, p) {
                if n == name {
                    return Some(end);
                }
            }
            k = p + 1;
        }
    }
}

/// Finds the end of `(...)` starting at `open` (which holds `(`), on one line.
fn paren_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &b) in bytes.iter().enumerate().skip(open).take(MAX_TAG) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k + 1);
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

/// Finds the `]` closing a `[` at `open`, on one line.
fn bracket_end(bytes: &[u8], open: usize) -> Option<usize> {
    bytes
        .iter()
        .skip(open + 1)
        .take(MAX_TAG)
        .position(|&b| b == b']' || b == b'\n' || b == b'[')
        .map(|p| open + 1 + p)
        .filter(|&k| bytes[k] == b']')
}

/// Finds the markup in `text`: sorted, disjoint holes on char boundaries.
pub fn find(text: &str) -> Vec<Hole> {
    let bytes = text.as_bytes();
    let mut holes = Vec::new();
    let mut closer: Option<Closer> = None;
    // closing emphasis delimiters found ahead: (start, length), a few at most
    let mut emphasis: Vec<(usize, usize)> = Vec::new();
    // the `](url)` of the Markdown link being read: (start, end)
    let mut link: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        if let Some((close, end)) = link.filter(|&(close, _)| i >= close) {
            if i < end {
                holes.push(Hole {
                    range: i.max(close)..end,
                    element: false,
                    space: false,
                });
            }
            link = None;
            i = i.max(end);
            continue;
        }
        match bytes[i] {
            b'*' | b'_' => {
                // closers passed over (inside a later hole) are dropped
                emphasis.retain(|&(at, _)| at >= i);
                if let Some(k) = emphasis.iter().position(|&(at, _)| at == i) {
                    let (at, len) = emphasis.swap_remove(k);
                    holes.push(Hole {
                        range: at..at + len,
                        element: false,
                        space: false,
                    });
                    i = at + len;
                    continue;
                }
                if let Some((len, close)) = emphasis_at(text, i) {
                    holes.push(Hole {
                        range: i..i + len,
                        element: false,
                        space: false,
                    });
                    // (two openers may find the same closer: it is one hole)
                    if !emphasis.iter().any(|&(at, _)| at == close) {
                        emphasis.push((close, len));
                    }
                    i += len;
                    continue;
                }
                // a run of delimiters that opens nothing is text
                while i + 1 < bytes.len() && bytes[i + 1] == bytes[i] {
                    i += 1;
                }
            }
            b'<' if text[i..].starts_with("<!--") => {
                let closer = closer.get_or_insert_with(|| Closer::new(text));
                let end = closer
                    .find(b"-->", i + 4)
                    .map(|p| p + 3)
                    .filter(|&e| e - i <= MAX_ELEMENT);
                if let Some(end) = end {
                    holes.push(Hole {
                        range: i..end,
                        element: true,
                        space: true,
                    });
                    i = end;
                    continue;
                }
            }
            b'<' => {
                if let Some((name, closing, end)) = parse_tag(text, i) {
                    // namespaced tags (`<x:image>`) count by their local name
                    let local = &name[name.rfind(':').map_or(0, |p| p + 1)..];
                    let whole = !closing && data::DROP_WITH_CONTENT.contains(&local);
                    let self_closing = text[..end].ends_with("/>");
                    let end = if whole && !self_closing && local != "img" {
                        closer
                            .get_or_insert_with(|| Closer::new(text))
                            .close_tag(text, end, &name)
                            .unwrap_or(end)
                    } else {
                        end
                    };
                    holes.push(Hole {
                        range: i..end,
                        element: whole,
                        space: whole || !data::INLINE_TAGS.contains(&local),
                    });
                    i = end;
                    continue;
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                if let Some(close) = bracket_end(bytes, i + 1) {
                    if bytes.get(close + 1) == Some(&b'(') {
                        if let Some(end) = paren_end(bytes, close + 1) {
                            holes.push(Hole {
                                range: i..end,
                                element: true,
                                space: true,
                            });
                            i = end;
                            continue;
                        }
                    }
                }
            }
            b'[' if link.is_none() => {
                if let Some(close) = bracket_end(bytes, i) {
                    if bytes.get(close + 1) == Some(&b'(') {
                        let url = &text[close + 2..];
                        let looks_like_url = url.starts_with("http")
                            || url.starts_with('/')
                            || url.starts_with('#')
                            || url.starts_with("www.");
                        if looks_like_url {
                            if let Some(end) = paren_end(bytes, close + 1) {
                                holes.push(Hole {
                                    range: i..i + 1,
                                    element: false,
                                    space: false,
                                });
                                // the link text is read on (its emphasis),
                                // then `](url)` goes
                                link = Some((close, end));
                                i += 1;
                                continue;
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    holes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(text: &str) -> Vec<&str> {
        find(text).iter().map(|h| &text[h.range.clone()]).collect()
    }

    #[test]
    fn finds_markup() {
        let table: &[(&str, &[&str])] = &[
            (
                "<image>\x21[alt](https://e.com/a.jpg)</image>Text.",
                &["<image>\x21[alt](https://e.com/a.jpg)</image>"],
            ),
            ("A <b>bold</b> move.", &["<b>", "</b>"]),
            (
                "<img src=\"x.png\" alt=\"a > b\">Caption",
                &["<img src=\"x.png\" alt=\"a > b\">"],
            ),
            ("x <!-- note --> y", &["<!-- note -->"]),
            ("see \x21[a cat](cat.png) now", &["\x21[a cat](cat.png)"]),
            (
                "read [the report](https://e.com/r) today",
                &["[", "](https://e.com/r)"],
            ),
            (
                "<script>var a = 1 < 2;</script>Body",
                &["<script>var a = 1 < 2;</script>"],
            ),
            ("if a < b and c > d then", &[]),
            (
                "<x:image>\x21[UK](https://e.com/p.jpg)</x:image>Lead.",
                &["<x:image>\x21[UK](https://e.com/p.jpg)</x:image>"],
            ),
            ("x<3 and [note] (aside)", &[]),
            ("unclosed <div class=", &[]),
            // Markdown emphasis: the delimiters go, the words stay
            ("voted on **Tuesday** to", &["**", "**"]),
            ("the *tram line* and __two years__", &["*", "*", "__", "__"]),
            ("***all of it***", &["***", "***"]),
            (
                "**[the report](https://e.com/r)** today",
                &["**", "[", "](https://e.com/r)", "**"],
            ),
            ("*The line* has **six** stops", &["*", "*", "**", "**"]),
            // ... and what is no emphasis stays
            ("snake_case_name and 5*3*2", &[]),
            ("* a list item\n* another", &[]),
            ("a ** b ** c", &[]),
            ("**unclosed bold\non two lines**", &[]),
            ("Price* (*conditions apply)", &[]),
            ("** **", &[]),
            ("*é*", &["*", "*"]),
            (
                "[**the report**](https://e.com/r).",
                &["[", "**", "**", "](https://e.com/r)"],
            ),
            (
                // (no nesting: the first `]` closes the link)
                "[a [b](https://e.com/b) c](https://e.com/a)",
                &["[", "](https://e.com/b)"],
            ),
            ("**Note:** the road is shut", &["**", "**"]),
            ("*“Quoted”* and *(aside)*", &["*", "*", "*", "*"]),
            ("「(*」と「*)」で囲む", &[]),
            ("（ *Pimephales * promelas）", &[]),
            // two openers, one closer: one closing hole
            ("*a *b* x", &["*", "*", "*"]),
        ];
        for (text, want) in table {
            assert_eq!(removed(text), *want, "{text:?}");
        }
    }

    /// Openers whose closers are shared or passed over (inside a link's
    /// address) leave sorted, disjoint holes. (They once stayed pending, and
    /// every later byte looked through them: 400 KB of these took 2.9 s.)
    #[test]
    fn unmatched_closers_leave_sorted_holes() {
        for unit in ["*a *b* x. ", "*the [report](https://e.com/a*) "] {
            let text = unit.repeat(1000);
            let holes = find(&text);
            assert!(!holes.is_empty());
            assert!(
                holes.windows(2).all(|w| w[0].range.end <= w[1].range.start),
                "sorted, disjoint: {unit}"
            );
        }
    }

    #[test]
    fn never_panics_on_fragments() {
        for text in [
            "<",
            "<a",
            "</",
            "![",
            "![x](",
            "[x](http",
            "<!--",
            "<é>",
            "<a\u{e9}>",
            "*",
            "**",
            "_é_",
            "*é",
            "é*",
            "****",
            "*a*b*",
        ] {
            let _ = find(text);
        }
    }
}
