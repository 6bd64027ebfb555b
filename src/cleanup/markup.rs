//! Finding markup in pasted text: HTML tags and elements, HTML comments,
//! Markdown images and the URL half of Markdown links.
//!
//! The result is a list of byte ranges ("holes") that are not prose. Whole
//! elements whose content is not prose either (`<image>…</image>`,
//! `<script>`, `<figure>`, …) are taken out with their content; other tags
//! are taken out alone, keeping the text between them.

use std::ops::Range;

use crate::data;

/// Longest tag we look for, in bytes: a `<` further than this from its `>` is
/// taken to be a less-than sign.
const MAX_TAG: usize = 2048;
/// Longest element content dropped with [`DROP_WITH_CONTENT`].
const MAX_ELEMENT: usize = 20_000;

/// A markup hole: its range and whether it was a whole element (as opposed
/// to a lone tag or link syntax).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hole {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// True for whole elements, images and comments, whose content is not prose.
    pub element: bool,
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
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
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
                            });
                            i = end;
                            continue;
                        }
                    }
                }
            }
            b'[' => {
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
                                });
                                holes.push(Hole {
                                    range: close..end,
                                    element: false,
                                });
                                i = end;
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
        ];
        for (text, want) in table {
            assert_eq!(removed(text), *want, "{text:?}");
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
        ] {
            let _ = find(text);
        }
    }
}
