//! Cleaning pasted web text: what is article prose, what is a heading, and
//! what is page furniture.
//!
//! [`clean`] works in three steps:
//!
//! 1. **Markup** (`<image>…</image>`, `<img>`, Markdown images, stray tags,
//!    the URL half of Markdown links) is found in the original text and
//!    skipped.
//! 2. **Normalisation**: CRLF, no-break spaces, zero-width characters, soft
//!    hyphens and control characters are rewritten; an [`OffsetMap`] keeps the
//!    way back to the original bytes.
//! 3. **Blocks**: the text is cut into lines (hard-wrapped lines are joined
//!    back into paragraphs) and each is classified as prose, heading or
//!    furniture, first on its own (shape, length, punctuation, cue words:
//!    see `furniture.rs`) and then in context (captions next to credits,
//!    paragraphs repeated verbatim, short lines repeated three times or more,
//!    the title at the top).
//!
//! Nothing is lost silently: every piece set aside is listed in
//! [`Cleaned::removed`] with its range in the original text and a
//! [`RemovalReason`].
//!
//! ```
//! let pasted = "Council backs budget\n\
//!     By Jane Doe\n\
//!     The council approved the budget on Tuesday.\n\
//!     Read more: Schools win extra funds\n\
//!     Advertisement\n\
//!     Spending on schools will rise by 4 percent.";
//! let cleaned = salient::clean(pasted);
//! let prose: Vec<&str> = cleaned.paragraphs().collect();
//! assert_eq!(prose, ["The council approved the budget on Tuesday.",
//!                    "Spending on schools will rise by 4 percent."]);
//! assert_eq!(cleaned.title(), Some("Council backs budget"));
//! assert_eq!(cleaned.removed.len(), 3);
//! ```

mod furniture;
mod markup;
mod normalize;

use std::ops::Range;

use crate::intern::Interner;
use crate::text::{ends_with_terminal, fold_whitespace};
use furniture::{Line, Verdict};
use normalize::OffsetMap;

/// Why a piece of the text was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum RemovalReason {
    /// HTML or Markdown markup: image tags, embedded elements, comments.
    Markup,
    /// A line that is mostly a URL.
    Link,
    /// "Read more: …", "Read on...", "Related", "Most read".
    #[cfg_attr(feature = "serde", serde(rename = "read more"))]
    ReadMore,
    /// "Advertisement", "Sponsored", "Story continues below".
    Advertisement,
    /// "Comments", "Join the conversation", comment counts.
    Comments,
    /// "Share this", lists of social networks.
    Share,
    /// "Watch: …", "Video", "Listen", galleries.
    Media,
    /// Newsletter, app and cookie prompts.
    #[cfg_attr(feature = "serde", serde(rename = "promotion"))]
    Promo,
    /// Paywall and sign-in notices.
    Paywall,
    /// Bylines, author blurbs, "With AFP", "Reporting by".
    Byline,
    /// A dateline opening a paragraph: "(CNN)", "LONDON (Reuters) -".
    Dateline,
    /// A date or time line: "Feb. 11, 2025, 5:18 a.m. ET", "6 hours ago".
    Timestamp,
    /// A photo caption.
    Caption,
    /// A photo or image credit.
    Credit,
    /// Menus and breadcrumbs: short items between separators.
    Navigation,
    /// A paragraph repeated verbatim (live blogs repeat whole posts).
    Duplicate,
    /// A short line that recurs three times or more (page chrome).
    Repeated,
    /// A line with (almost) no letters.
    Noise,
}

impl RemovalReason {
    /// A short human-readable label ("read more", "caption", ...).
    pub fn label(self) -> &'static str {
        match self {
            RemovalReason::Markup => "markup",
            RemovalReason::Link => "link",
            RemovalReason::ReadMore => "read more",
            RemovalReason::Advertisement => "advertisement",
            RemovalReason::Comments => "comments",
            RemovalReason::Share => "share",
            RemovalReason::Media => "media",
            RemovalReason::Promo => "promotion",
            RemovalReason::Paywall => "paywall",
            RemovalReason::Byline => "byline",
            RemovalReason::Dateline => "dateline",
            RemovalReason::Timestamp => "timestamp",
            RemovalReason::Caption => "caption",
            RemovalReason::Credit => "credit",
            RemovalReason::Navigation => "navigation",
            RemovalReason::Duplicate => "duplicate",
            RemovalReason::Repeated => "repeated",
            RemovalReason::Noise => "noise",
        }
    }
}

/// A piece of the text that cleanup set aside.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Removed {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// The piece, whitespace folded (long markup is shortened with "…").
    pub text: String,
    /// Why it was set aside.
    pub reason: RemovalReason,
}

/// What kind of block a kept line or paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum BlockKind {
    /// Article prose: its sentences are candidates for the summary.
    Paragraph,
    /// A headline, subheading or list heading: kept, never a candidate.
    Heading,
}

/// A kept block of the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Block {
    /// Byte range in [`Cleaned::text`] (not the original).
    pub range: Range<usize>,
    /// Paragraph or heading.
    pub kind: BlockKind,
}

/// The result of [`clean`].
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    text: String,
    map: OffsetMap,
    /// Kept blocks, in document order, in [`Cleaned::text`] coordinates.
    pub blocks: Vec<Block>,
    /// What was set aside, in document order, in original coordinates.
    pub removed: Vec<Removed>,
    /// Index into `blocks` of the title, if the text opens with a heading.
    pub title_block: Option<usize>,
}

impl Cleaned {
    /// The normalised text that [`Cleaned::blocks`] index into.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of [`Cleaned::text`] back to the original text.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.map.range_to_original(range)
    }

    /// The text of the paragraph (candidate) blocks.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> + '_ {
        self.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| &self.text[b.range.clone()])
    }

    /// The title, if the text opens with a heading.
    pub fn title(&self) -> Option<&str> {
        self.title_block
            .map(|i| &self.text[self.blocks[i].range.clone()])
    }
}

/// A line of the normalised text.
struct RawLine {
    range: Range<usize>,
    /// A blank line (paragraph break) precedes it.
    after_blank: bool,
}

fn lines(text: &str) -> Vec<RawLine> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut blank = true;
    for piece in text.split('\n') {
        let rest = piece.trim_start_matches(&[' '][..]);
        let lead = piece.len() - rest.len();
        let trimmed = rest.trim_end_matches(&[' '][..]);
        if trimmed.is_empty() {
            blank = true;
        } else {
            let s = start + lead;
            out.push(RawLine {
                range: s..s + trimmed.len(),
                after_blank: blank,
            });
            blank = false;
        }
        start += piece.len() + 1;
    }
    out
}

/// A bullet or number opening a list item: its byte length, and whether it
/// is Markdown syntax (`- `, `* `, `+ `), which cleanup drops like other
/// markup. Other markers (`1.`, `2)`, `•`, `–`) are text the reader sees
/// and stay in the item (a dash opens dialogue in many languages).
fn list_marker(line: &str) -> Option<(usize, bool)> {
    let b = line.as_bytes();
    match b.first()? {
        b'-' | b'*' | b'+' if b.get(1) == Some(&b' ') => Some((2, true)),
        _ if line.starts_with("• ") || line.starts_with("· ") || line.starts_with("– ") => {
            Some((line.chars().next().map_or(0, char::len_utf8) + 1, false))
        }
        b'0'..=b'9' => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            (digits <= 3
                && matches!(b.get(digits), Some(b'.') | Some(b')'))
                && b.get(digits + 1) == Some(&b' '))
            .then_some((digits + 2, false))
        }
        _ => None,
    }
}

/// Lines joined where they were wrapped: what cleanup classifies, one at
/// a time.
struct Wrapped {
    /// Byte range in the normalised text.
    range: Range<usize>,
    /// It opens with a list marker (see [`list_marker`]).
    item: bool,
    /// It opens with a numbered list marker (see [`numbered_item`]).
    numbered: bool,
}

/// Whether `line` is a numbered list item (`1. `, `2) `, `• 3. `).
fn numbered_item(line: &str) -> bool {
    let rest = line
        .strip_prefix(|c: char| matches!(c, '•' | '·' | '–' | '-' | '*' | '+'))
        .map_or(line, str::trim_start);
    rest.starts_with(|c: char| c.is_ascii_digit())
        && list_marker(rest).is_some_and(|(_, markup)| !markup)
}

/// Whether the lines were hard-wrapped at a fixed width (e-mail, plain-text
/// books): then a line that reaches the width continues on the next one.
fn wrap_width(text: &str, lines: &[RawLine]) -> Option<usize> {
    if lines.len() < 5 {
        return None;
    }
    let mut lens: Vec<usize> = Vec::with_capacity(lines.len());
    for l in lines {
        lens.push(text[l.range.clone()].chars().count());
    }
    lens.sort_unstable();
    let width = lens[lens.len() * 9 / 10];
    if !(40..=100).contains(&width) {
        return None;
    }
    // Wrapped lines stop mid-sentence; one paragraph per line ends each
    // with a full stop.
    let (mut near, mut open_ended) = (0, 0);
    for l in lines {
        let s = &text[l.range.clone()];
        let n = s.chars().count();
        if n * 4 >= width * 3 && n <= width + 2 {
            near += 1;
            open_ended += usize::from(!ends_with_terminal(s));
        }
    }
    (near * 2 >= lens.len() && open_ended * 2 >= near).then_some(width)
}

/// Cleans pasted text: see the `cleanup` module's documentation.
pub fn clean(original: &str) -> Cleaned {
    let holes = markup::find(original);
    let mut hole_ranges: Vec<(Range<usize>, bool)> = Vec::with_capacity(holes.len());
    for h in &holes {
        hole_ranges.push((h.range.clone(), h.space));
    }
    let (text, map) = normalize::normalize(original, &hole_ranges);
    let mut removed: Vec<Removed> = Vec::new();
    for h in holes.iter().filter(|h| h.element) {
        let mut t = fold_whitespace(&original[h.range.clone()]);
        if t.chars().count() > 200 {
            t = t.chars().take(199).collect::<String>() + "…";
        }
        removed.push(Removed {
            range: h.range.clone(),
            text: t,
            reason: RemovalReason::Markup,
        });
    }

    // Lines, joined into blocks where they were wrapped.
    let raw_lines = lines(&text);
    let width = wrap_width(&text, &raw_lines);
    let mut wrapped: Vec<Wrapped> = Vec::new();
    for line in &raw_lines {
        let s = &text[line.range.clone()];
        let item = list_marker(s).is_some();
        if let Some(last) = wrapped.last_mut() {
            let prev = &text[last.range.clone()];
            // (the last line of the block so far)
            let prev_line = &prev[prev.rfind('\n').map_or(0, |p| p + 1)..];
            let prev_len = prev_line.chars().count();
            // (a line of three words or more that stops mid-sentence goes
            // on in a line that opens with a lower-case word: "It was a
            // cold\nnight in the city.")
            let continues = !line.after_blank
                && !item
                && (width.is_some_and(|w| prev_len * 10 >= w * 6)
                    || (!ends_with_terminal(prev)
                        && (prev_len >= 20 || prev_line.split_whitespace().count() >= 3)
                        && s.starts_with(|c: char| c.is_lowercase())));
            if continues {
                last.range.end = line.range.end;
                continue;
            }
        }
        wrapped.push(Wrapped {
            range: line.range.clone(),
            item,
            numbered: numbered_item(s),
        });
    }

    // Classify each block on its own.
    let mut verdicts: Vec<(Range<usize>, Verdict, usize)> = Vec::with_capacity(wrapped.len());
    // each block's normalised words (by id), for the repetition rules below
    let mut index = Interner::default();
    let mut ids: Vec<usize> = Vec::with_capacity(wrapped.len());
    for w in &wrapped {
        let (mut range, item) = (w.range.clone(), w.item);
        let s = &text[range.clone()];
        let mut verdict = None;
        if let Some((n, markup)) = list_marker(s) {
            if markup {
                range.start += n;
            }
        } else if s.starts_with('#') {
            let hashes = s.bytes().take_while(|&b| b == b'#').count();
            if s.as_bytes().get(hashes) == Some(&b' ') && hashes <= 6 {
                range.start += hashes + 1;
                verdict = Some(Verdict::Heading);
            }
        }
        let s = &text[range.clone()];
        let line = Line::new(s);
        let verdict = verdict.unwrap_or_else(|| match furniture::classify_line(&line) {
            // a list item of some length is content even without a full stop
            Verdict::Heading if item && line.words >= 6 => Verdict::Prose,
            v => v,
        });
        verdicts.push((range, verdict, line.words));
        ids.push(index.intern(&line.norm).0 as usize);
    }

    // Context: numbered items next to each other are a list, and a list is
    // content, however short its items ("2. Aliméntate bien"); a numbered
    // line between paragraphs stays a heading (a listicle's "3. Rome").
    let numbered = |i: usize| wrapped.get(i).is_some_and(|w| w.numbered);
    for (i, (_, verdict, _)) in verdicts.iter_mut().enumerate() {
        let in_list = numbered(i) && (i > 0 && numbered(i - 1) || numbered(i + 1));
        if in_list && *verdict == Verdict::Heading {
            *verdict = Verdict::Prose;
        }
    }
    // Context: captions sit next to credits.
    for i in 1..verdicts.len() {
        let credit = matches!(
            verdicts[i].1,
            Verdict::Furniture(RemovalReason::Credit) | Verdict::Furniture(RemovalReason::Caption)
        );
        if credit && verdicts[i - 1].1 == Verdict::Prose && verdicts[i - 1].2 <= 30 && i >= 2 {
            verdicts[i - 1].1 = Verdict::Furniture(RemovalReason::Caption);
        }
    }
    // Context: short lines repeated three times or more are chrome; prose
    // paragraphs repeated verbatim are duplicates.
    let mut counts = vec![0usize; index.len()];
    for ((_, _, words), &id) in verdicts.iter().zip(&ids) {
        if *words <= 8 {
            counts[id] += 1;
        }
    }
    let mut seen = vec![false; index.len()];
    // the first of each repeated line, with what it was
    let mut first_repeated: Vec<(usize, Verdict)> = Vec::new();
    for (i, &id) in ids.iter().enumerate() {
        let (_, verdict, words) = &mut verdicts[i];
        if *words <= 8 && counts[id] >= 3 && !matches!(verdict, Verdict::Furniture(_)) {
            if !std::mem::replace(&mut seen[id], true) {
                first_repeated.push((i, *verdict));
            }
            *verdict = Verdict::Furniture(RemovalReason::Repeated);
        }
        if *verdict == Verdict::Prose && *words >= 6 && std::mem::replace(&mut seen[id], true) {
            *verdict = Verdict::Furniture(RemovalReason::Duplicate);
        }
    }
    // A text of nothing but repeated lines keeps one of each: they are
    // what there is to read, not chrome around it.
    if !verdicts
        .iter()
        .any(|(_, v, _)| matches!(v, Verdict::Prose | Verdict::Heading))
    {
        for (i, verdict) in first_repeated {
            verdicts[i].1 = verdict;
        }
    }

    // A text with no prose at all (one line without a full stop, a list of
    // short items) is still text to read: its headings are its prose, those
    // that open as a sentence does (a capital, a digit, a quotation mark or
    // bracket, a bullet, or a letter of a script without case); a line that
    // opens in lower case is a fragment or a label ("the and of", "via
    // twitter") and stays aside.
    if !verdicts.iter().any(|(_, v, _)| *v == Verdict::Prose) {
        for (range, verdict, _) in &mut verdicts {
            let line = &text[range.clone()];
            // (a list letter opening an item is no fragment: "a. The first item")
            let mut chars = line.chars().skip(1);
            let lettered = matches!(chars.next(), Some('.' | ')')) && chars.next() == Some(' ');
            let opens_lower = line.starts_with(char::is_lowercase) && !lettered;
            if *verdict == Verdict::Heading && !opens_lower {
                *verdict = Verdict::Prose;
            }
        }
    }

    let mut blocks = Vec::new();
    let mut title_block = None;
    let mut seen_prose = false;
    for (range, verdict, _) in verdicts {
        match verdict {
            Verdict::Furniture(reason) => removed.push(Removed {
                range: map.range_to_original(range.clone()),
                text: fold_whitespace(&text[range]),
                reason,
            }),
            Verdict::Heading => {
                if !seen_prose && title_block.is_none() && blocks.is_empty() {
                    title_block = Some(blocks.len());
                }
                blocks.push(Block {
                    range,
                    kind: BlockKind::Heading,
                });
            }
            Verdict::Prose => {
                seen_prose = true;
                let mut range = range;
                if let Some(n) = furniture::leading_dateline(&text[range.clone()]) {
                    let cut = range.start..range.start + n;
                    // without the space after it, which may stand for a
                    // longer character of the original (a no-break space)
                    let shown = text[cut.clone()].trim_end().len();
                    removed.push(Removed {
                        range: map.range_to_original(cut.start..cut.start + shown),
                        text: fold_whitespace(&text[cut]),
                        reason: RemovalReason::Dateline,
                    });
                    range.start += n;
                    let rest = &text[range.clone()];
                    range.start += rest.len() - rest.trim_start().len();
                }
                blocks.push(Block {
                    range,
                    kind: BlockKind::Paragraph,
                });
            }
        }
    }
    // in document order (ranges do not tie: each piece is set aside once)
    removed.sort_unstable_by_key(|r| (r.range.start, r.range.end));
    Cleaned {
        text,
        map,
        blocks,
        removed,
        title_block,
    }
}

#[cfg(test)]
mod tests;
