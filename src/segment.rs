//! Sentence segmentation: Unicode UAX #29 plus the corrections news needs,
//! in the language of the text.
//!
//! The sentence boundaries of the Unicode standard come first (UAX #29,
//! rules SB1 to SB11, from the `unicode-segmentation` crate). Each boundary
//! is then judged, and a few that UAX #29 does not see are added.
//!
//! **Universal rules** (any language, by script and punctuation):
//!
//! - **added boundaries**: `:` after Armenian (the Armenian full stop `։` is
//!   typed as a colon) and `;` after Greek (the Greek question mark, also
//!   U+037E); a space between two Thai letters (not after ๆ or ฯ, not at a
//!   number) once [`THAI_MIN_CHARS`] characters have passed since the last
//!   such boundary (Thai writes no full stop: a space ends a sentence or
//!   clause, and words run together); a sentence opening
//!   with a number after a number (`… es 2. 2 + 2 es 4.`) or with an
//!   ellipsis (`… raak. ...en toen`); the items of a list written on one
//!   line (`1. … 2. …`, `a) … b) …`, `• … • …`);
//! - **no break** inside brackets and quotations when the sentence goes on
//!   after them (`(ad es. RAM, CPU, etc.) sono`, `«…», — сказал он`), and
//!   never inside CJK brackets (`《摔跤吧！爸爸》`, `「…」`); after a list
//!   number opening a block (`1. Dies ist …`); after `!` or `?` before a
//!   lower-case word (`Yahoo! in the …`, `“Why?” he asked`); after an
//!   omission mark (`[...]`); after the Myanmar little section `၊` (a
//!   comma); after `.` in Armenian (a colon-like mark there, not a full
//!   stop); after a full stop right before a letter of a script without
//!   case (Thai `ม.ค.`); after one letter of the Arabic, Hebrew or Bengali
//!   script (`د.`, `মো.`) unless a number precedes it; in dates (`12. Juni`,
//!   `12. 5. 2020`); in spaced abbreviations (`z. B.`, `s. r. o.`); after
//!   numero signs (`N°. 5`); after initials (`Vladimir V. Putin`) and dotted
//!   abbreviations (`U.S.`) unless a sentence plainly starts next; punctuation
//!   wrapped in directional formatting characters is read through;
//! - **a break** where a full stop lacks its space (`sharply.Analysts`), but
//!   not inside URLs, e-mail addresses or domain names; in text without
//!   capitals, after every terminator before a word.
//!
//! **Language rules** ([`Rules`], from the text's [`Lang`]): the
//! abbreviations of `crate::data` (titles such as `Dr.`, `Srta.`, `ул.`,
//! `TP.` never end a sentence; ambiguous ones such as `etc.`, `usw.` end it
//! before a word that plainly starts one; Russian `г.` is ambiguous after a
//! year and a title before a name), and ordinals written with a full stop
//! (`3. Platz`) in German, the Nordic and West Slavic languages. Without a
//! language (a text too short to place), the English lists apply (the
//! behaviour before per-language rules, and the abbreviations that mixed
//! text uses most), and the titles of every language that are no word in
//! another (`Srta.`, `Dott.`, `Skt.`, `Пл.`, not Italian `es.` or `on.`).
//!
//! Line breaks inside a block are wrapping, not boundaries: headings and
//! list items are blocks of their own (cleanup's doing). Decimals,
//! versions, times and prices (`3.5`, `v1.2.3`, `5:18`, `$1.13bn`),
//! ellipses before a lower-case word, terminators inside closing quotes and
//! the full stops of other scripts (`。` `।` `።` `။` `؟` `۔`) are handled by
//! UAX #29 itself.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::data::{self, Abbreviations, Words};
use crate::lang::Lang;
use crate::text::{
    ends_in_script, ends_with_terminal, fold_whitespace, is_armenian, is_closer, is_format,
    is_letter, is_letter_or_digit, is_thai_letter,
};

/// A sentence: its byte range in the text it came from and its display text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sentence {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// The sentence with whitespace runs folded to single spaces.
    pub text: String,
}

/// The language rules the splitter applies: a language's abbreviations
/// (English when the language is English or not known), and for languages
/// other than English the international ones as well. The lists of other
/// languages come from the caller (the pipeline asks its lexicon), so that
/// they can be loaded on demand.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rules<'a> {
    own: &'a Abbreviations,
    /// Consulted after `own`: the international abbreviations, for a
    /// language other than English with a list of its own.
    then: Option<&'static Abbreviations>,
    /// The language is not known: these titles of every language apply
    /// (those that are not words elsewhere).
    neutral: Option<&'a Words>,
}

/// What an abbreviation before a full stop is (see `crate::data`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Title,
    Numbering,
    Ambiguous,
}

impl Rules<'static> {
    /// The rules for `lang` (`None`: not known) with the built-in lists.
    pub(crate) fn new(lang: Option<Lang>) -> Self {
        Rules::with(
            lang,
            lang.and_then(|l| data::abbreviations(l.code())),
            &data::NEUTRAL_TITLES,
        )
    }
}

impl<'a> Rules<'a> {
    /// The rules for `lang` (`None`: not known), with `own`, the
    /// abbreviations of `lang` if it has a list (English's are built in
    /// and used whatever `own` is), and `neutral`, the titles that apply
    /// when the language is not known.
    pub(crate) fn with(
        lang: Option<Lang>,
        own: Option<&'a Abbreviations>,
        neutral: &'a Words,
    ) -> Self {
        match lang {
            None | Some(Lang::En) => Rules {
                own: &data::ENGLISH,
                then: None,
                neutral: lang.is_none().then_some(neutral),
            },
            Some(_) => match own {
                Some(own) => Rules {
                    own,
                    then: Some(&data::INTERNATIONAL),
                    neutral: None,
                },
                None => Rules {
                    own: &data::INTERNATIONAL,
                    then: None,
                    neutral: None,
                },
            },
        }
    }

    /// The kind of the abbreviation `word` (lower-cased), if it is one;
    /// `after_number`: a number precedes it.
    fn kind(&self, word: &str, after_number: bool) -> Option<Kind> {
        for list in [Some(self.own), self.then].into_iter().flatten() {
            if list.after_number.contains(word) {
                return Some(if after_number {
                    Kind::Ambiguous
                } else {
                    Kind::Title
                });
            }
            if list.numbering.contains(word) {
                return Some(Kind::Numbering);
            }
            if list.titles.contains(word) {
                return Some(Kind::Title);
            }
            if list.ambiguous.contains(word) {
                return Some(Kind::Ambiguous);
            }
        }
        if self.neutral.is_some_and(|titles| titles.contains(word)) {
            // "Srta.", "Dott.", "Skt.", "Пл." in a text too short to place
            return Some(Kind::Title);
        }
        data::NUMERO.contains(&word).then_some(Kind::Title)
    }

    /// Whether `word` (lower-cased) plainly starts a sentence. French and
    /// Italian elisions count by their article (`l'équipe` as `l'`).
    fn starts_sentence(&self, word: &str) -> bool {
        let starters = &self.own.starters;
        starters.contains(word)
            || word.find(['\'', '’']).is_some_and(|i| {
                let article = &word[..i];
                starters
                    .iter()
                    .any(|s| s.strip_suffix('\'') == Some(article))
            })
    }

    /// Whether the language has a list of sentence starters.
    fn knows_starters(&self) -> bool {
        !self.own.starters.is_empty()
    }
}

/// Whether `c` opens a bullet list item (`•`, `◦`, `▪`, ...).
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '‣'
            | '⁃'
            | '·'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▸'
            | '➢'
            | '✓'
            | '✔'
    )
}

/// Letters of scripts that have one letter abbreviations with a full stop
/// and no letter case to tell them from words: Arabic, Hebrew, Bengali.
fn is_abbreviating_script(c: char) -> bool {
    matches!(c,
        '\u{590}'..='\u{5FF}'            // Hebrew
        | '\u{600}'..='\u{6FF}'          // Arabic
        | '\u{750}'..='\u{77F}'          // Arabic supplement
        | '\u{980}'..='\u{9FF}'          // Bengali
        | '\u{FB1D}'..='\u{FDFF}'        // Hebrew and Arabic presentation forms A
        | '\u{FE70}'..='\u{FEFF}') // Arabic presentation forms B
}

/// A letter of a script without case (Arabic, CJK, Thai, Indic...).
fn is_caseless_letter(c: char) -> bool {
    is_letter(c) && !c.is_uppercase() && !c.is_lowercase()
}

/// The word before a full stop at the end of `piece`, with its inner dots
/// kept (`u.s`, `e.g`), and where it starts in `piece`.
fn last_word(piece: &str) -> Option<(&str, usize)> {
    let t = piece.trim_end();
    let t = t.trim_end_matches(|c: char| {
        is_format(c) || matches!(c, '"' | '\'' | ')' | ']' | '”' | '’')
    });
    let t = t.strip_suffix('.')?;
    let t = t.trim_end_matches(is_format);
    let start = t
        .rfind(|c: char| {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '"' | '“' | '‘' | '/' | '—' | '–' | '„' | '«')
        })
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    let w = t[start..].trim_start_matches(is_format);
    (!w.is_empty()).then(|| (w, t.len() - w.len()))
}

/// The whitespace-separated token of `piece` that ends at `end` (before the
/// word there), trimmed of punctuation other than dots.
fn token_before(piece: &str, end: usize) -> &str {
    let before = piece[..end].trim_end();
    let start = before.rfind(char::is_whitespace).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    before[start..].trim_matches(|c: char| !(is_letter_or_digit(c) || c == '.'))
}

/// If the single letter at `word_start` of `prev` ends a spaced
/// abbreviation (`z. B`, `т. е`, `s. r. o`), the abbreviation written
/// without spaces and lower-cased (`z.b`).
fn spaced_abbreviation(prev: &str, word_start: usize) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let mut end = word_start;
    loop {
        let before = prev[..end].trim_end();
        let Some(rest) = before.strip_suffix('.') else {
            break;
        };
        let start = rest
            .char_indices()
            .next_back()
            .filter(|&(_, c)| is_letter(c))
            .map(|(i, _)| i)?;
        if rest[..start]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace())
        {
            break;
        }
        parts.push(&rest[start..]);
        end = start;
        if parts.len() == 4 {
            break;
        }
    }
    if parts.is_empty() {
        return None;
    }
    let mut compact = String::new();
    for p in parts.iter().rev() {
        compact.push_str(p);
        compact.push('.');
    }
    if let Some(c) = prev[word_start..].chars().next() {
        compact.push(c);
    }
    Some(compact.to_lowercase())
}

/// The first word of `piece`, trimmed of opening punctuation.
fn first_word(piece: &str) -> &str {
    let t = piece.trim_start_matches(|c: char| {
        c.is_whitespace()
            || is_format(c)
            || matches!(
                c,
                '"' | '“' | '‘' | '\'' | '(' | '[' | '„' | '«' | '»' | '¿' | '¡'
            )
    });
    let end = t
        .find(|c: char| !(is_letter_or_digit(c) || c == '\'' || c == '’' || c == '.' || is_mark(c)))
        .unwrap_or(t.len());
    t[..end].trim_end_matches(&['.'][..])
}

/// A combining mark (vowel signs and viramas of Indic scripts, accents).
fn is_mark(c: char) -> bool {
    // the combining ranges of the scripts salient reads; letters with
    // marks inside a word must not end it
    matches!(c,
        '\u{300}'..='\u{36F}' | '\u{483}'..='\u{489}' | '\u{591}'..='\u{5C7}'
        | '\u{610}'..='\u{61A}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{6D6}'..='\u{6ED}'
        | '\u{900}'..='\u{903}' | '\u{93A}'..='\u{94F}' | '\u{951}'..='\u{957}'
        | '\u{962}'..='\u{963}' | '\u{981}'..='\u{983}' | '\u{9BC}'..='\u{9D7}'
        | '\u{9E2}'..='\u{9E3}' | '\u{A01}'..='\u{A03}' | '\u{A3C}'..='\u{A51}'
        | '\u{A81}'..='\u{A83}' | '\u{ABC}'..='\u{ACD}' | '\u{B01}'..='\u{B03}'
        | '\u{B3C}'..='\u{B57}' | '\u{B82}' | '\u{BBE}'..='\u{BCD}' | '\u{C00}'..='\u{C04}'
        | '\u{C3E}'..='\u{C56}' | '\u{C81}'..='\u{C83}' | '\u{CBC}'..='\u{CD6}'
        | '\u{D00}'..='\u{D03}' | '\u{D3E}'..='\u{D57}' | '\u{E31}' | '\u{E34}'..='\u{E3A}'
        | '\u{E47}'..='\u{E4E}' | '\u{EB1}' | '\u{EB4}'..='\u{EBC}' | '\u{EC8}'..='\u{ECD}'
        | '\u{102B}'..='\u{103E}' | '\u{17B4}'..='\u{17D3}' | '\u{200C}'..='\u{200D}'
        | '\u{3099}'..='\u{309A}')
}

/// The value of `word` if it is a number of one to `max_digits` ASCII
/// digits (`"07"` is 7).
fn small_number(word: &str, max_digits: usize) -> Option<u32> {
    ((1..=max_digits).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

/// A number of one or two digits at most 31: a day or a month.
fn is_day(word: &str) -> bool {
    small_number(word, 2).is_some_and(|n| (1..=31).contains(&n))
}

/// Whether `s` is only a list marker: a bullet, or a number of one to three
/// digits or one letter followed by `.`, `)` or `.)`, possibly after a
/// bullet (`•`, `1.`, `2)`, `a.`, `• 3.`).
fn is_list_marker(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 16 {
        return false;
    }
    let (bullet, rest) = match s.chars().next() {
        Some(c) if is_bullet(c) => (true, s[c.len_utf8()..].trim_start()),
        _ => (false, s),
    };
    if rest.is_empty() {
        return bullet;
    }
    let head_len = rest
        .find(|c: char| !is_letter_or_digit(c))
        .unwrap_or(rest.len());
    let (head, tail) = rest.split_at(head_len);
    let numbered = small_number(head, 3).is_some();
    let lettered = head.chars().count() == 1 && head.chars().all(is_letter);
    (numbered || lettered) && matches!(tail, "." | ")" | ".)")
}

/// Whether `piece` ends with an omission mark in brackets (`[...]`, `[…]`,
/// `(...)`), possibly followed by closing quotes: quoted text with words
/// left out, not the end of a sentence.
fn ends_with_omission(piece: &str) -> bool {
    let t = piece
        .trim_end()
        .trim_end_matches(['"', '”', '\'', '’', '»']);
    ["[...]", "[…]", "(...)", "(…)"]
        .iter()
        .any(|m| t.ends_with(m))
}

/// Whether the boundary between `prev` (the sentence so far) and `next`
/// (the text up to the next candidate boundary) is a false one. `cased`:
/// the block has capital letters.
fn joins(prev: &str, next: &str, rules: &Rules, cased: bool) -> bool {
    if !next.chars().any(is_letter_or_digit) {
        // a stray closing mark or ellipsis belongs to the sentence before
        return true;
    }
    if is_list_marker(prev) || ends_with_omission(prev) {
        return true;
    }
    let tail = prev
        .trim_end()
        .trim_end_matches(|c: char| is_closer(c) || is_format(c));
    if tail.ends_with('၊') {
        // the Myanmar little section is a comma
        return true;
    }
    let next_trimmed = next.trim_start();
    if prev.trim_end().ends_with(['」', '』'])
        && (next.starts_with('と') || next.starts_with("って"))
    {
        // a Japanese quotation goes on with its quotative particle:
        // 「行こう。」と言った
        return true;
    }
    if cased
        && tail.ends_with(['!', '?', '‼', '⁉', '⁈', '⁇'])
        && next_trimmed.starts_with(char::is_lowercase)
    {
        // "Yahoo! in the accounting department", "“Why?” he asked"
        return true;
    }
    let Some((word, word_start)) = last_word(prev) else {
        return false;
    };
    let first = word.chars().next().unwrap_or(' ');
    if is_armenian(first) && !word.ends_with('.') {
        // the Armenian full stop is "։" (or ":"); "." is a colon-like mark
        return true;
    }
    if !prev.ends_with(char::is_whitespace) && next.starts_with(is_caseless_letter) {
        // "มิ.ย.", "ม.ค.": abbreviations of scripts without case
        return true;
    }
    let before = token_before(prev, word_start);
    let after_number = before.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && before
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    // (one letter and its marks: "মো" is ম and the vowel sign ো)
    let one_letter = word.chars().skip(1).all(is_mark);
    if is_abbreviating_script(first) && one_letter {
        // "د." (doctor), "মো." (Mohammad); but "2010 م." (AD) may end one
        return !after_number;
    }
    let lower = word.to_lowercase();
    let next_word = first_word(next);
    let next_lower = next_word.to_lowercase();
    let next_starts_sentence = rules.starts_sentence(&next_lower);
    let next_is_number = next_word.starts_with(|c: char| c.is_ascii_digit());
    let next_capitalised = next_word.starts_with(char::is_uppercase);
    if is_day(word) {
        // dates: "12. Juni", "01. Januar 2015", "7. apríla"; "12. 5. 2020"
        if data::MONTHS.contains(&next_lower) {
            return true;
        }
        let spaced_date = next_trimmed
            .split_whitespace()
            .next()
            .is_some_and(|t| t.strip_suffix('.').is_some_and(is_day));
        if spaced_date || next_is_number && before.strip_suffix('.').is_some_and(is_day) {
            return true;
        }
    }
    // spaced abbreviations: "z. B.", "d. h.", "s. r. o."
    let mut letters = word.chars();
    let single_letter = matches!((letters.next(), letters.next()), (Some(c), None) if is_letter(c));
    if single_letter {
        let mut n = next_trimmed.chars();
        if matches!((n.next(), n.next()), (Some(c), Some('.')) if is_letter(c)) {
            return true;
        }
        if let Some(compact) = spaced_abbreviation(prev, word_start) {
            // its last letter: as the language lists the whole ("т. е." as
            // "т.е", "u. a." as "u.a"), else ambiguous
            return match rules.kind(&compact, false) {
                Some(Kind::Title) => true,
                _ => next_is_number || !next_starts_sentence && !next_word.is_empty(),
            };
        }
    }
    if lower == "a.m" || lower == "p.m" {
        return data::ZONES.contains(&next_lower.as_str());
    }
    match rules.kind(&lower, after_number) {
        Some(Kind::Title) => return true,
        Some(Kind::Numbering) => {
            return next_is_number || next_capitalised && !next_starts_sentence;
        }
        Some(Kind::Ambiguous) => {
            // a word of a script without case tells nothing when the
            // language has no starters to compare it with
            let evidence = rules.knows_starters() || !next_word.starts_with(is_caseless_letter);
            return next_is_number || evidence && !next_starts_sentence && !next_word.is_empty();
        }
        None => {}
    }
    if rules.own.dotted_ordinals && small_number(word, 3).is_some() {
        // "3. Platz", "zum 100. Geburtstag"; "auf 12. Die Polizei …" ends one
        return next_capitalised && !next_starts_sentence;
    }
    // A single capital: an initial ("Vladimir V. Putin", "J. R. Alden").
    if single_letter && first.is_uppercase() {
        return next_capitalised && !next_starts_sentence;
    }
    // Dotted abbreviations: "U.S.", "U.K.", "D.C.", "Ph.D."
    if word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(is_letter))
    {
        return !next_starts_sentence;
    }
    false
}

/// Where the next non-space character after `i` starts, past closing marks
/// and at least one white space; `None` when there is no white space or
/// nothing after it.
fn after_space(flat: &str, mut i: usize) -> Option<usize> {
    let rest = &flat[i..];
    let closers = rest.len()
        - rest
            .trim_start_matches(|c: char| is_closer(c) || is_format(c))
            .len();
    i += closers;
    let rest = &flat[i..];
    let spaced = rest.trim_start();
    let gap = rest.len() - spaced.len();
    (gap > 0 && !spaced.is_empty()).then_some(i + gap)
}

/// In Thai, a space between two Thai letters ends a sentence (or a clause:
/// Thai has no full stop, and puts no space between words) when the text
/// since the last such boundary (or the block's start) has at least this
/// many characters. Not after the repetition mark ๆ or the abbreviation
/// mark ฯ, which a space follows inside a sentence, nor next to a number. Shorter
/// pieces are the space between a name and a surname or before a short
/// phrase, and stay with what follows. (ThaiSum, Chumpolsathien 2020,
/// segments its articles the same way: sentences separated by one space.)
pub const THAI_MIN_CHARS: usize = 20;

/// Boundaries that UAX #29 does not give (each the start of the next
/// sentence in `flat`): `:` after Armenian, `;` after Greek and U+037E; a
/// space between Thai letters (see [`THAI_MIN_CHARS`]); a number or an
/// ellipsis and a letter opening a sentence after a terminator.
fn script_cuts(flat: &str, out: &mut Vec<usize>) {
    let mut prev_char = ' ';
    // characters since the last Thai boundary (or the block's start)
    let mut run = 0usize;
    for (i, c) in flat.char_indices() {
        let end = i + c.len_utf8();
        run += 1;
        if c == ' ' && is_thai_letter(prev_char) && run > THAI_MIN_CHARS {
            let rest = flat[end..].trim_start_matches(' ');
            if rest.starts_with(is_thai_letter) {
                out.push(flat.len() - rest.len());
                run = 0;
            }
        }
        match c {
            '\u{37E}' => out.extend(after_space(flat, end)),
            ':' | ';' if ends_in_script(c, flat[..i].chars().rev()) => {
                out.extend(after_space(flat, end));
            }
            '.' | '!' | '?' => {
                // the last mark of a run, not part of an ellipsis
                let next = flat[end..].chars().next();
                let last = !(matches!(next, Some('.' | '!' | '?')) || c == '.' && prev_char == '.');
                if let Some(p) = after_space(flat, end).filter(|_| last) {
                    let rest = &flat[p..];
                    let opens_with_ellipsis = ["...", "…"].iter().any(|e| {
                        rest.strip_prefix(e)
                            .is_some_and(|r| r.starts_with(is_letter))
                    });
                    // a number opens a sentence after a number or a question
                    // or exclamation ("es 2. 2 + 2", "in 2019. 2020 was");
                    // after a word, the word is more often an abbreviation
                    // the lists lack ("Lun. 15")
                    let number_before = c != '.'
                        || flat[..i].ends_with(|c: char| c.is_ascii_digit())
                            && token_before(flat, i).bytes().all(|b| b.is_ascii_digit());
                    let opens_with_number = rest.starts_with(|c: char| c.is_ascii_digit());
                    if opens_with_ellipsis || opens_with_number && number_before {
                        out.push(p);
                    }
                }
            }
            _ => {}
        }
        prev_char = c;
    }
}

/// A list marker's number or letter and what follows it (`.`, `)`, `.)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    value: MarkerValue,
    suffix: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerValue {
    Number(u32),
    Letter(char),
}

impl Marker {
    /// Parses a marker followed by a space at the start of `s`; returns it
    /// and its length.
    fn parse(s: &str) -> Option<(Marker, usize)> {
        let head_len = s.find(|c: char| !is_letter_or_digit(c)).unwrap_or(s.len());
        let head = &s[..head_len];
        let value = if let Some(n) = small_number(head, 3) {
            MarkerValue::Number(n)
        } else {
            let mut chars = head.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => MarkerValue::Letter(c),
                _ => return None,
            }
        };
        let rest = &s[head_len..];
        let suffix = [".)", ".", ")"]
            .into_iter()
            .find(|x| rest.strip_prefix(x).is_some_and(|r| r.starts_with(' ')))?;
        Some((Marker { value, suffix }, head_len + suffix.len()))
    }

    fn successor(self) -> Option<Marker> {
        let value = match self.value {
            MarkerValue::Number(n) if n < 999 => MarkerValue::Number(n + 1),
            MarkerValue::Letter(c) if c != 'z' && c != 'Z' => {
                MarkerValue::Letter(char::from(c as u8 + 1))
            }
            _ => return None,
        };
        Some(Marker { value, ..self })
    }

    fn text(self) -> String {
        // (written out by hand: the formatting machinery costs the
        // WebAssembly build several kilobytes)
        let mut out = String::with_capacity(5);
        match self.value {
            MarkerValue::Number(n) => {
                let mut digits = [0u8; 3];
                let mut len = 0;
                let mut n = n;
                loop {
                    digits[len] = b'0' + (n % 10) as u8;
                    len += 1;
                    n /= 10;
                    if n == 0 || len == digits.len() {
                        break;
                    }
                }
                for &d in digits[..len].iter().rev() {
                    out.push(char::from(d));
                }
            }
            MarkerValue::Letter(c) => out.push(c),
        }
        out.push_str(self.suffix);
        out
    }
}

/// Boundaries before the items of a list written on one line: a block
/// that opens with a list marker (`1.`, `a)`, `• 9.`) breaks before each
/// following marker of the sequence (`2.`, `b)`, `• 10.`), and a block that
/// opens with a bullet before each later bullet standing between spaces.
fn list_cuts(flat: &str, out: &mut Vec<usize>) {
    let start = flat.len() - flat.trim_start().len();
    let mut at = start;
    let bullet = flat[start..]
        .chars()
        .next()
        .filter(|&c| is_bullet(c) && flat[start + c.len_utf8()..].starts_with(' '));
    if let Some(b) = bullet {
        at += b.len_utf8();
        at += flat[at..].len() - flat[at..].trim_start().len();
    }
    let Some((first, len)) = Marker::parse(&flat[at..]) else {
        if let Some(b) = bullet {
            let mut needle = [0; 4];
            out.extend(spaced(flat, at, b.encode_utf8(&mut needle)));
        }
        return;
    };
    let mut from = at + len;
    let mut marker = first;
    while let Some(next) = marker.successor() {
        let text = next.text();
        let Some(j) = spaced(flat, from, &text).next() else {
            break;
        };
        // cut before the bullet of "• 10." if the item has one
        let before = flat[..j].trim_end();
        let cut = match before.chars().next_back() {
            Some(c) if bullet == Some(c) => before.len() - c.len_utf8(),
            _ => j,
        };
        out.push(cut);
        from = j + text.len();
        marker = next;
    }
}

/// Where `needle` stands in `flat` from byte `from` on between white space
/// before it and a space after it (`" 2. "`, `" • "`).
fn spaced<'a>(flat: &'a str, from: usize, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    flat[from..]
        .match_indices(needle)
        .map(move |(p, _)| from + p)
        .filter(move |&j| {
            flat[..j].ends_with(char::is_whitespace) && flat[j + needle.len()..].starts_with(' ')
        })
}

/// Longest bracket or quotation, in bytes, whose inside is protected.
const MAX_PROTECTED: usize = 1000;

/// Byte spans `(opener, closer)` of `flat` whose inner boundaries are not
/// boundaries: CJK brackets always; other brackets and quotations when the
/// sentence goes on after them (their text does not end with a terminator,
/// or a lower-case word, a letter of a script without case or punctuation
/// follows the closer).
fn protected_spans(flat: &str, out: &mut Vec<(usize, usize)>) {
    // (opener position, the closers that close it, CJK)
    let mut stack: Vec<(usize, &'static [char], bool)> = Vec::new();
    for (i, c) in flat.char_indices() {
        let closes = |stack: &[(usize, &[char], bool)]| {
            stack
                .iter()
                .rposition(|(_, closers, _)| closers.contains(&c))
        };
        // a mark that closes an open pair closes it (German „…“, Danish »…«)
        if let Some(k) = closes(&stack) {
            let (open, _, cjk) = stack[k];
            stack.truncate(k);
            if i - open <= MAX_PROTECTED && (cjk || goes_on(flat, open, i, c)) {
                out.push((open, i));
            }
            continue;
        }
        let opens: Option<(&'static [char], bool)> = match c {
            '(' => Some((&[')'], false)),
            '[' => Some((&[']'], false)),
            '“' => Some((&['”'], false)),
            '„' => Some((&['“', '”'], false)),
            '«' => Some((&['»'], false)),
            '»' => Some((&['«'], false)),
            '‹' => Some((&['›'], false)),
            '›' => Some((&['‹'], false)),
            '《' => Some((&['》'], true)),
            '〈' => Some((&['〉'], true)),
            '「' => Some((&['」'], true)),
            '『' => Some((&['』'], true)),
            '【' => Some((&['】'], true)),
            '〔' => Some((&['〕'], true)),
            '〖' => Some((&['〗'], true)),
            '〘' => Some((&['〙'], true)),
            '（' => Some((&['）'], true)),
            '［' => Some((&['］'], true)),
            '｛' => Some((&['｝'], true)),
            _ => None,
        };
        if let Some((closers, cjk)) = opens {
            if stack.len() < 16 {
                stack.push((i, closers, cjk));
            }
        }
    }
}

/// Whether the sentence goes on after the pair opened at `open` and closed
/// by `closer` at `close` (see [`protected_spans`]).
fn goes_on(flat: &str, open: usize, close: usize, closer: char) -> bool {
    let inside = &flat[open..close];
    if !ends_with_terminal(inside) {
        return true;
    }
    let after = &flat[close + closer.len_utf8()..];
    let after = after.trim_start_matches(|c: char| is_closer(c) || c.is_whitespace());
    match after.chars().next() {
        None => false,
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => false,
        Some('(' | '[' | '“' | '„' | '«' | '"' | '‘' | '¿' | '¡') => false,
        Some(_) => true,
    }
}

/// The ends of the UAX #29 sentences of `text`.
fn sentence_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.split_sentence_bound_indices()
        .map(|(start, piece)| start + piece.len())
}

/// Splits `text[range]` (one block: a paragraph, heading or line) into
/// trimmed, non-empty sentence ranges of `text`, with the rules of a
/// language.
pub(crate) fn split_block(
    text: &str,
    range: Range<usize>,
    rules: &Rules,
    scratch: &mut String,
    out: &mut Vec<Range<usize>>,
) {
    let Some(block) = text.get(range.clone()) else {
        return;
    };
    // Line breaks inside a block are wrapping, not boundaries: UAX #29 would
    // break at them, so segment a copy with spaces (same byte length).
    // '\n' and ' ' are both one byte, so offsets carry over.
    scratch.clear();
    for c in block.chars() {
        scratch.push(if c == '\n' { ' ' } else { c });
    }
    let flat: &str = scratch;
    // Candidate boundaries: UAX #29's and the ones it does not see.
    let mut bounds: Vec<usize> = sentence_breaks(flat).collect();
    script_cuts(flat, &mut bounds);
    list_cuts(flat, &mut bounds);
    bounds.retain(|&b| b > 0 && b < flat.len());
    bounds.sort_unstable();
    bounds.dedup();
    let mut spans = Vec::new();
    protected_spans(flat, &mut spans);
    // as sorted, disjoint intervals, walked once with the sorted bounds:
    // spans come in the order they close, each pair inside or apart from
    // the others, so a span drops the ones it holds
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (open, close) in spans {
        while merged.last().is_some_and(|&(o, _)| o > open) {
            merged.pop();
        }
        merged.push((open, close));
    }
    let mut span = 0;
    let cased = flat.chars().any(char::is_uppercase);
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut last = 0;
    for (k, &b) in bounds.iter().enumerate() {
        while merged.get(span).is_some_and(|&(_, close)| close < b) {
            span += 1;
        }
        if merged
            .get(span)
            .is_some_and(|&(open, close)| open < b && b <= close)
        {
            continue;
        }
        let next_end = bounds.get(k + 1).copied().unwrap_or(flat.len());
        if joins(&flat[last..b], &flat[b..next_end], rules, cased) {
            continue;
        }
        pieces.push(last..b);
        last = b;
    }
    pieces.push(last..flat.len());
    // In text with no capitals at all (lower-cased exports, chat logs),
    // UAX #29 never breaks before the lower-case word that follows a full
    // stop: find those boundaries here.
    let caseless = !cased && flat.chars().any(char::is_lowercase);
    let mut cuts = Vec::new();
    for p in pieces {
        cuts.clear();
        if caseless {
            lower_case_splits(&flat[p.clone()], rules, &mut cuts);
            cuts.dedup();
        } else {
            missing_space_splits(&flat[p.clone()], rules, &mut cuts);
        }
        let mut s = p.start;
        for c in cuts
            .iter()
            .map(|c| p.start + c)
            .chain(std::iter::once(p.end))
        {
            let piece = &flat[s..c];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let a = range.start + s + lead;
                out.push(a..a + trimmed.len());
            }
            s = c;
        }
    }
}

/// Offsets inside `piece` where a full stop lacks its following space
/// ("sharply.Analysts"), outside URLs, e-mail addresses and domain names.
fn missing_space_splits(piece: &str, rules: &Rules, out: &mut Vec<usize>) {
    let b = piece.as_bytes();
    for i in 2..b.len().saturating_sub(2) {
        if !matches!(b[i], b'.' | b'!' | b'?') {
            continue;
        }
        if !(b[i - 1].is_ascii_lowercase() && b[i - 2].is_ascii_lowercase()) {
            continue;
        }
        if !(b[i + 1].is_ascii_uppercase() && b[i + 2].is_ascii_lowercase()) {
            continue;
        }
        // the whitespace-delimited token around the dot
        let start = piece[..i]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let end = piece[i..]
            .find(char::is_whitespace)
            .map_or(piece.len(), |p| i + p);
        let token = &piece[start..end];
        if token.contains("://")
            || token.contains('@')
            || token.starts_with("www.")
            || token.contains('/')
        {
            continue;
        }
        let before = &piece[start..i];
        if before.contains('.') || rules.kind(&before.to_lowercase(), false).is_some() {
            continue;
        }
        out.push(i + 1);
    }
}

/// Offsets inside `piece`, a text without capitals, after a terminator
/// followed by white space and a letter: `streets . the enormous` breaks after
/// the full stop unless the word before it is an abbreviation or an initial.
fn lower_case_splits(piece: &str, rules: &Rules, out: &mut Vec<usize>) {
    let b = piece.as_bytes();
    for i in 0..b.len() {
        if !matches!(b[i], b'.' | b'!' | b'?') {
            continue;
        }
        // the terminator, then closing quotes, then white space, then a word
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b'.' | b'!' | b'?' | b'\'' | b'"' | b')') {
            j += 1;
        }
        let gap = b[j..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        if gap == 0 || j + gap >= b.len() {
            continue;
        }
        let next = piece[j + gap..].chars().next().unwrap_or(' ');
        if !(is_letter(next) || matches!(next, '`' | '\'' | '"')) {
            continue;
        }
        let before = piece[..i].trim_end();
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(is_letter_or_digit(c) || c == '.'))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let word = &before[word_start..];
        let letters = word.chars().filter(|&c| is_letter(c)).count();
        if rules.kind(word, false).is_some() || letters == 1 && !before.ends_with(' ') {
            continue;
        }
        out.push(j + gap);
    }
}

/// Splits raw text into sentences, with no cleanup: every line break that
/// does not continue a wrapped sentence ends one. The language is detected
/// ([`crate::lang::detect`]); [`sentences_in`] takes it. Used for plain
/// LEAD baselines; [`crate::split_sentences`] is what summaries use.
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_in(text, crate::lang::detect(text))
}

/// [`sentences`] with the rules of `language` (`None`: not known, the
/// universal rules and the English abbreviations).
pub fn sentences_in(text: &str, language: Option<Lang>) -> Vec<Sentence> {
    let rules = Rules::new(language);
    let mut out = Vec::new();
    let mut scratch = String::new();
    let mut ranges = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // blocks: break at '\n' unless the next line continues a sentence
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' {
            let continues = !at_end && {
                let prev = text[start..i].trim_end();
                let next = text[i + 1..].trim_start_matches(&[' ', '\t', '\r'][..]);
                !prev.is_empty()
                    && !ends_with_terminal(prev)
                    && next.starts_with(char::is_lowercase)
            };
            if !continues {
                split_block(text, start..i, &rules, &mut scratch, &mut ranges);
                start = i + 1;
            }
        }
        i += 1;
    }
    for r in ranges {
        let t = fold_whitespace(&text[r.clone()]);
        if !t.is_empty() {
            out.push(Sentence { range: r, text: t });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.range])
            .collect()
    }

    fn split_in(text: &str, lang: Option<Lang>) -> Vec<&str> {
        sentences_in(text, lang)
            .into_iter()
            .map(|s| &text[s.range])
            .collect()
    }

    /// Runs a table of `(name, language, text, expected sentences)`.
    fn check(table: &[(&str, Option<Lang>, &str, &[&str])]) {
        for (name, lang, text, want) in table {
            assert_eq!(split_in(text, *lang), *want, "{name}: {text:?}");
        }
    }

    /// Hand-written cases for each correction; sources: the patterns listed
    /// in the engine issue and seen in ../shared/seeds.
    #[test]
    fn golden_segmentation() {
        let table: &[(&str, &[&str])] = &[
            (
                "Mr. Smith went to Washington. He stayed.",
                &["Mr. Smith went to Washington.", "He stayed."],
            ),
            (
                "Dr. Jones and Gen. Lee met Sen. Warren at St. Paul's.",
                &["Dr. Jones and Gen. Lee met Sen. Warren at St. Paul's."],
            ),
            (
                "President Vladimir V. Putin of Russia spoke. Later he left.",
                &[
                    "President Vladimir V. Putin of Russia spoke.",
                    "Later he left.",
                ],
            ),
            (
                "The poem is by J. R. Alden. It is short.",
                &["The poem is by J. R. Alden.", "It is short."],
            ),
            (
                "He moved to the U.S. in 1990. She did not.",
                &["He moved to the U.S. in 1990.", "She did not."],
            ),
            (
                "Troops left the U.S. The war ended.",
                &["Troops left the U.S.", "The war ended."],
            ),
            (
                "The U.K. Prime Minister spoke.",
                &["The U.K. Prime Minister spoke."],
            ),
            (
                "It was signed in Washington, D.C. on Monday.",
                &["It was signed in Washington, D.C. on Monday."],
            ),
            (
                "Prices rose 3.5 percent to $1.13bn. Version 2.0.1 shipped.",
                &[
                    "Prices rose 3.5 percent to $1.13bn.",
                    "Version 2.0.1 shipped.",
                ],
            ),
            (
                "It happened at 5:18 a.m. ET on Feb. 11, 2025. Nobody was hurt.",
                &[
                    "It happened at 5:18 a.m. ET on Feb. 11, 2025.",
                    "Nobody was hurt.",
                ],
            ),
            (
                "The shop opens at 9 a.m. Police closed it.",
                &["The shop opens at 9 a.m.", "Police closed it."],
            ),
            (
                "Arsenal vs. Chelsea is No. 1 on the list.",
                &["Arsenal vs. Chelsea is No. 1 on the list."],
            ),
            (
                "Fruit, e.g. apples, i.e. the red ones, sold well.",
                &["Fruit, e.g. apples, i.e. the red ones, sold well."],
            ),
            (
                "Shares fell sharply.Analysts blamed the report.",
                &["Shares fell sharply.", "Analysts blamed the report."],
            ),
            (
                "See www.Example.com and mail jo@News.Org today. Done.",
                &["See www.Example.com and mail jo@News.Org today.", "Done."],
            ),
            (
                "Visit https://example.com/a.B/index.html now. Then go.",
                &["Visit https://example.com/a.B/index.html now.", "Then go."],
            ),
            (
                "\"We will win.\" She smiled.",
                &["\"We will win.\"", "She smiled."],
            ),
            (
                "(That was the plan.) It failed.",
                &["(That was the plan.)", "It failed."],
            ),
            (
                "He paused... and then went on. Next.",
                &["He paused... and then went on.", "Next."],
            ),
            (
                "Apple Inc. said profits rose. Its shares fell.",
                &["Apple Inc. said profits rose.", "Its shares fell."],
            ),
            (
                "He sold it to Apple Inc. The deal closed.",
                &["He sold it to Apple Inc.", "The deal closed."],
            ),
            ("Really? Yes! Fine.", &["Really?", "Yes!", "Fine."]),
            (
                "东京下雨了。我们回家吧！好吗？",
                &["东京下雨了。", "我们回家吧！", "好吗？"],
            ),
            (
                "Breaking news\nThe storm hit the coast.",
                &["Breaking news", "The storm hit the coast."],
            ),
            (
                "The storm hit the coast and\nmoved inland overnight.",
                &["The storm hit the coast and\nmoved inland overnight."],
            ),
        ];
        for (text, want) in table {
            assert_eq!(split(text), *want, "{text:?}");
        }
    }

    /// Text without capitals: lower-cased research exports and chat logs.
    #[test]
    fn caseless_text_splits_after_terminators() {
        let table: &[(&str, &[&str])] = &[
            (
                "the lump was removed . mr . hunt said it was ' staggering ' . it weighed 10 tonnes .",
                &["the lump was removed .", "mr . hunt said it was ' staggering ' .", "it weighed 10 tonnes ."],
            ),
            ("no capitals here. none at all! really? yes", &["no capitals here.", "none at all!", "really?", "yes"]),
            ("prices rose 3.5 percent. e.g. here", &["prices rose 3.5 percent.", "e.g. here"]),
        ];
        for (text, want) in table {
            assert_eq!(split(text), *want, "{text:?}");
        }
    }

    /// Full stops of other scripts, with or without a language. Sources:
    /// Unicode's sentence terminators (UAX #29 `STerm`); the Armenian colon
    /// and Greek semicolon as the Pragmatic Segmenter's Armenian and Greek
    /// rules document them (pySBD `hy`, `el`); the Myanmar little section
    /// as a comma (The Unicode Standard, ch. 16.3, Myanmar punctuation).
    #[test]
    fn script_terminators() {
        use Lang::*;
        check(&[
            (
                "Armenian colon",
                None,
                "Բարև Ձեզ: Իմ անունն էԱրմինե:",
                &["Բարև Ձեզ:", "Իմ անունն էԱրմինե:"],
            ),
            (
                "Armenian colon before a number",
                Some(Hy),
                "Համակարգը տրվում է Գնորդին: 2-րդ փուլում, թեստերը կատարվում են:",
                &[
                    "Համակարգը տրվում է Գնորդին:",
                    "2-րդ փուլում, թեստերը կատարվում են:",
                ],
            ),
            (
                "Armenian full stop sign",
                None,
                "Ի՞նչ ես մտածում։ Ոչինչ։",
                &["Ի՞նչ ես մտածում։", "Ոչինչ։"],
            ),
            (
                "Armenian dot is not a full stop",
                None,
                "Տրամաբանությյունը հետևյալն է. Պարզություն և աշխատանք:",
                &["Տրամաբանությյունը հետևյալն է. Պարզություն և աշխատանք:"],
            ),
            (
                "Armenian ellipsis and colon",
                None,
                "Հիմա ավարտին է մոտենում: Հարցերը սակայն շատ են...: Վերջ:",
                &[
                    "Հիմա ավարտին է մոտենում:",
                    "Հարցերը սակայն շատ են...:",
                    "Վերջ:",
                ],
            ),
            (
                "Latin colon is not a full stop",
                None,
                "The list: Apples and pears.",
                &["The list: Apples and pears."],
            ),
            (
                "Greek semicolon",
                None,
                "Πού είναι οι τουαλέτες; Τις Κυριακές δε δούλευε κανένας.",
                &[
                    "Πού είναι οι τουαλέτες;",
                    "Τις Κυριακές δε δούλευε κανένας.",
                ],
            ),
            (
                "Greek question mark U+037E",
                Some(El),
                "Πού πας\u{37E} Στο σπίτι.",
                &["Πού πας\u{37E}", "Στο σπίτι."],
            ),
            (
                "Latin semicolon is not a question mark",
                None,
                "He came; Then he left.",
                &["He came; Then he left."],
            ),
            (
                "Ethiopic full stop and question mark",
                None,
                "እንደምን አለህ፧መልካም ቀን ይሁንልህ።እባክሽ ያልሽዉን ድገሚልኝ።",
                &["እንደምን አለህ፧", "መልካም ቀን ይሁንልህ።", "እባክሽ ያልሽዉን ድገሚልኝ።"],
            ),
            (
                "Myanmar section",
                None,
                "ခင္ဗ်ားနာမည္ဘယ္လိုေခၚလဲ။၇ွင္ေနေကာင္းလား။",
                &["ခင္ဗ်ားနာမည္ဘယ္လိုေခၚလဲ။", "၇ွင္ေနေကာင္းလား။"],
            ),
            (
                "Myanmar little section is a comma",
                None,
                "မင်္ဂလာပါ၊ နေကောင်းလား။",
                &["မင်္ဂလာပါ၊ နေကောင်းလား။"],
            ),
            (
                "Devanagari danda",
                Some(Hi),
                "सच्चाई यह है कि इसे कोई नहीं जानता। हो सकता है।",
                &["सच्चाई यह है कि इसे कोई नहीं जानता।", "हो सकता है।"],
            ),
            (
                "Bengali danda",
                None,
                "আমি বাড়ি যাই। তুমি কোথায়?",
                &["আমি বাড়ি যাই।", "তুমি কোথায়?"],
            ),
            (
                "Urdu full stop and Arabic question mark",
                None,
                "کیا آپ ٹھیک ہیں؟ میں ٹھیک ہوں۔ شکریہ۔",
                &["کیا آپ ٹھیک ہیں؟", "میں ٹھیک ہوں۔", "شکریہ۔"],
            ),
            (
                "Thai abbreviations",
                Some(Th),
                "เมื่อวันที่12มิ.ย.สำนักข่าวรายงาน",
                &["เมื่อวันที่12มิ.ย.สำนักข่าวรายงาน"],
            ),
            (
                "Thai: a space between Thai letters, after enough text",
                None,
                "สภาเทศบาลอนุมัติงบประมาณใหม่เมื่อวันจันทร์ หลังการเจรจานานหลายเดือน",
                &[
                    "สภาเทศบาลอนุมัติงบประมาณใหม่เมื่อวันจันทร์",
                    "หลังการเจรจานานหลายเดือน",
                ],
            ),
            (
                "Thai: no boundary after the repetition mark ๆ, nor before Thai digits",
                Some(Th),
                "รัฐบาลประกาศว่าประเทศต่างๆ ในเอเชียจะร่วมมือกัน ตัวเลขเพิ่มขึ้น ๒๑ เปอร์เซ็นต์",
                &[
                    "รัฐบาลประกาศว่าประเทศต่างๆ ในเอเชียจะร่วมมือกัน",
                    "ตัวเลขเพิ่มขึ้น ๒๑ เปอร์เซ็นต์",
                ],
            ),
            (
                "Thai: no boundary after a short name, nor at a number",
                Some(Th),
                "นายสมชาย ใจดีกล่าวว่าราคาสินค้าเพิ่มขึ้นร้อยละ 21.2 เมื่อเทียบกับปีก่อน",
                &["นายสมชาย ใจดีกล่าวว่าราคาสินค้าเพิ่มขึ้นร้อยละ 21.2 เมื่อเทียบกับปีก่อน"],
            ),
            (
                "Khmer khan",
                None,
                "ខ្ញុំសុខសប្បាយ។ អ្នកវិញ?",
                &["ខ្ញុំសុខសប្បាយ។", "អ្នកវិញ?"],
            ),
        ]);
    }

    /// Brackets and quotations. Sources: the Pragmatic Segmenter's golden
    /// rules for parentheses and quotations, pySBD's `zh` and `ja` cases
    /// (no break inside 《…》 and 「…」), and `kk` (a citation in brackets).
    #[test]
    fn brackets_and_quotations() {
        use Lang::*;
        check(&[
            (
                "book title in 《》",
                Some(Zh),
                "我们明天一起去看《摔跤吧！爸爸》好吗？好！",
                &["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"],
            ),
            (
                "quotation in 「」",
                Some(Ja),
                "彼は「行こう。早く。」と言った。それから帰った。",
                &["彼は「行こう。早く。」と言った。", "それから帰った。"],
            ),
            (
                "parentheses before a lower-case word",
                None,
                "Le parti (ad es. RAM, CPU, etc.) sono definiti HW.",
                &["Le parti (ad es. RAM, CPU, etc.) sono definiti HW."],
            ),
            (
                "a citation in parentheses",
                None,
                "(«Айқын», 23 сəуір 2010 жыл. № 70). Бұл туралы хабарлады.",
                &[
                    "(«Айқын», 23 сəуір 2010 жыл. № 70).",
                    "Бұл туралы хабарлады.",
                ],
            ),
            (
                "guillemets before a comma",
                Some(Ru),
                "«Я не приду. Мне некогда», — сказал он. Потом ушёл.",
                &["«Я не приду. Мне некогда», — сказал он.", "Потом ушёл."],
            ),
            (
                "German quotation marks",
                Some(De),
                "„Wir kommen. Bald“, sagte er. Dann ging er.",
                &["„Wir kommen. Bald“, sagte er.", "Dann ging er."],
            ),
            (
                "curly quotes before 'she said'",
                None,
                "“We will win. We will not stop,” she said. Then she left.",
                &[
                    "“We will win. We will not stop,” she said.",
                    "Then she left.",
                ],
            ),
            (
                "a quotation ending a sentence",
                None,
                "“I was there. It was awful.” She left.",
                &["“I was there.", "It was awful.”", "She left."],
            ),
            (
                "parentheses ending a sentence",
                None,
                "(That was the plan. It failed.) We tried again.",
                &["(That was the plan.", "It failed.)", "We tried again."],
            ),
            (
                "unbalanced brackets",
                None,
                "1) He left. 2) She stayed. (A note. It ends.",
                &["1) He left.", "2) She stayed.", "(A note.", "It ends."],
            ),
            (
                "omission marks",
                None,
                "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
                &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."],
            ),
            (
                "question before a lower-case word",
                None,
                "“Why?” he asked. She works at Yahoo! in the city.",
                &["“Why?” he asked.", "She works at Yahoo! in the city."],
            ),
            (
                "exclamations between sentences",
                None,
                "Hello!! Long time no see. Hello?? Who is there?",
                &["Hello!!", "Long time no see.", "Hello??", "Who is there?"],
            ),
        ]);
    }

    /// Lists. Sources: the Pragmatic Segmenter's golden rules for lists
    /// (pySBD `en` list cases: `1.)`, `1)`, `1.`, `• 9.`, `a.` on one line).
    #[test]
    fn lists() {
        use Lang::*;
        check(&[
            (
                "numbers with dots",
                None,
                "1. The first item 2. The second item",
                &["1. The first item", "2. The second item"],
            ),
            (
                "numbers with brackets",
                None,
                "1) The first item 2) The second item",
                &["1) The first item", "2) The second item"],
            ),
            (
                "numbers with both",
                None,
                "1.) The first item 2.) The second item",
                &["1.) The first item", "2.) The second item"],
            ),
            (
                "bullets and numbers",
                None,
                "• 9. The first item • 10. The second item",
                &["• 9. The first item", "• 10. The second item"],
            ),
            (
                "letters",
                None,
                "a. The first item b. The second item c. The third list item",
                &[
                    "a. The first item",
                    "b. The second item",
                    "c. The third list item",
                ],
            ),
            (
                "bullets",
                None,
                "• Apples • Pears • Plums",
                &["• Apples", "• Pears", "• Plums"],
            ),
            (
                "a numbered item",
                Some(De),
                "1. Dies ist eine Punkteliste.",
                &["1. Dies ist eine Punkteliste."],
            ),
            (
                "a bulleted numbered item",
                Some(De),
                "• 3. Seien Sie achtsam bei der Auswahl der Nahrungsmittel!",
                &["• 3. Seien Sie achtsam bei der Auswahl der Nahrungsmittel!"],
            ),
            (
                "numbers out of sequence are not a list",
                None,
                "1. We won 3. They lost.",
                &["1. We won 3.", "They lost."],
            ),
        ]);
    }

    /// Numbers and ellipses opening a sentence, dates. Sources: pySBD's
    /// `es` (`1 + 1 es 2. 2 + 2 es 4.`), `nl` (`... raak. ...en toen`), `de`
    /// (`vom 12. Juni`, `zum 01. Januar 2015`) and `sk` (`7. Apríla 2020`)
    /// cases; German and Nordic ordinal dates as written in their press.
    #[test]
    fn numbers_dates_and_ellipses() {
        use Lang::*;
        check(&[
            (
                "a sentence opening with a number",
                Some(Es),
                "1 + 1 es 2. 2 + 2 es 4. El auto es rojo.",
                &["1 + 1 es 2.", "2 + 2 es 4.", "El auto es rojo."],
            ),
            (
                "a year opening a sentence",
                None,
                "It ended in 2019. 2020 was better.",
                &["It ended in 2019.", "2020 was better."],
            ),
            (
                "an abbreviation before a number",
                Some(Es),
                "En la evaluación del día Lun. 15 de Mar. fue la pregunta.",
                &["En la evaluación del día Lun. 15 de Mar. fue la pregunta."],
            ),
            (
                "an unknown abbreviation before a number",
                None,
                "It costs approx. 5 euros, ca. 3 dollars, abt. 2 pounds.",
                &["It costs approx. 5 euros, ca. 3 dollars, abt. 2 pounds."],
            ),
            (
                "No. before a number",
                None,
                "It is No. 5 on the list.",
                &["It is No. 5 on the list."],
            ),
            (
                "an ellipsis opening a sentence",
                Some(Nl),
                "81 procent van de schoten was raak. ...en toen barste de hel los.",
                &[
                    "81 procent van de schoten was raak.",
                    "...en toen barste de hel los.",
                ],
            ),
            (
                "an ellipsis before a number",
                None,
                "He waited... 5 minutes later he left.",
                &["He waited... 5 minutes later he left."],
            ),
            (
                "German date",
                Some(De),
                "Was sind die Konsequenzen der Abstimmung vom 12. Juni?",
                &["Was sind die Konsequenzen der Abstimmung vom 12. Juni?"],
            ),
            (
                "German date, leading zero",
                None,
                "Das Gesetz gilt zum 01. Januar 2015 in ganz Deutschland.",
                &["Das Gesetz gilt zum 01. Januar 2015 in ganz Deutschland."],
            ),
            (
                "Slovak date",
                None,
                "Spoločnosť bola založená 7. Apríla 2020, na zmluve je dátum 20. marec 2020.",
                &["Spoločnosť bola založená 7. Apríla 2020, na zmluve je dátum 20. marec 2020."],
            ),
            (
                "spaced date",
                Some(De),
                "Am 12. 5. 2020 begann es.",
                &["Am 12. 5. 2020 begann es."],
            ),
            (
                "German ordinal",
                Some(De),
                "Er wurde 3. Sieger. Die Siegerin kam auf Platz 1. Danach regnete es.",
                &[
                    "Er wurde 3. Sieger.",
                    "Die Siegerin kam auf Platz 1.",
                    "Danach regnete es.",
                ],
            ),
            (
                "a year before a month is not a day",
                None,
                "It was 2019. June came.",
                &["It was 2019.", "June came."],
            ),
        ]);
    }

    /// Abbreviations of each language. Sources: the examples of the issue
    /// and of pySBD's golden rules (`de` `z. B.`, `Dr. med.`, `kath.`; `es`
    /// `Srta.`; `it` `Dott.`; `ru` `г.`, `им.`; `bg` `Пл.`; `da` `Skt.`;
    /// `sk` `napr.`; `ar` `د.`), and each language's usual press
    /// abbreviations (`crate::data`).
    #[test]
    fn language_abbreviations() {
        use Lang::*;
        check(&[
            (
                "de z. B.",
                Some(De),
                "Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw.",
                &["Wir brauchen Getränke, z. B. Wasser, Saft, Bier usw."],
            ),
            (
                "de z. Z.",
                Some(De),
                "Frau Prof. Schulze ist z. Z. nicht da.",
                &["Frau Prof. Schulze ist z. Z. nicht da."],
            ),
            (
                "de Dr. med.",
                Some(De),
                "Dr. med. Hans Müller behandelt. Er ist gut.",
                &["Dr. med. Hans Müller behandelt.", "Er ist gut."],
            ),
            (
                "de kath.",
                Some(De),
                "Sie besucht eine kath. Schule.",
                &["Sie besucht eine kath. Schule."],
            ),
            (
                "de usw. before a starter",
                Some(De),
                "Wir kaufen Brot, Milch usw. Die Preise steigen.",
                &["Wir kaufen Brot, Milch usw.", "Die Preise steigen."],
            ),
            (
                "de v. Chr.",
                Some(De),
                "Er lebte um 50 v. Chr. Die Stadt wuchs.",
                &["Er lebte um 50 v. Chr.", "Die Stadt wuchs."],
            ),
            (
                "es Srta.",
                Some(Es),
                "¡Hola Srta. Ledesma! ¿Cómo está hoy? Espero que muy bien.",
                &[
                    "¡Hola Srta. Ledesma!",
                    "¿Cómo está hoy?",
                    "Espero que muy bien.",
                ],
            ),
            (
                "es no is a word",
                Some(Es),
                "Dijo que no. Juan se fue.",
                &["Dijo que no.", "Juan se fue."],
            ),
            (
                "es N°.",
                Some(Es),
                "Con el documento N°. 1026.253.553 de Bogotá.",
                &["Con el documento N°. 1026.253.553 de Bogotá."],
            ),
            (
                "it Dott.",
                Some(It),
                "Il Dott. Mesini ha sentito un rumore e si fermò!",
                &["Il Dott. Mesini ha sentito un rumore e si fermò!"],
            ),
            (
                "fr M.",
                Some(Fr),
                "M. Le Pen a parlé. Mme Dupont aussi.",
                &["M. Le Pen a parlé.", "Mme Dupont aussi."],
            ),
            (
                "fr etc. before an elision",
                Some(Fr),
                "Des pommes, des poires, etc. L'hiver arrive.",
                &["Des pommes, des poires, etc.", "L'hiver arrive."],
            ),
            (
                "ru г. city",
                Some(Ru),
                "Он живёт в г. Москва. Там холодно.",
                &["Он живёт в г. Москва.", "Там холодно."],
            ),
            (
                "ru г. year",
                Some(Ru),
                "Это было в 1999 г. В Москве шёл снег.",
                &["Это было в 1999 г.", "В Москве шёл снег."],
            ),
            (
                "ru им.",
                Some(Ru),
                "Театр им. Пушкина открыт.",
                &["Театр им. Пушкина открыт."],
            ),
            (
                "ru т. е.",
                Some(Ru),
                "Это, т. е. Иванов, пришёл.",
                &["Это, т. е. Иванов, пришёл."],
            ),
            (
                "bg Пл.",
                Some(Bg),
                "Пл. \"20 Април\"",
                &["Пл. \"20 Април\""],
            ),
            (
                "da Skt.",
                Some(Da),
                "De holdt Skt. Hans i byen.",
                &["De holdt Skt. Hans i byen."],
            ),
            (
                "da co. before a starter",
                Some(Da),
                "Lad os spørge Jane og co. De burde vide det.",
                &["Lad os spørge Jane og co.", "De burde vide det."],
            ),
            (
                "da E.U. before a question word",
                Some(Da),
                "Jeg bor i E.U. Hvad med dig?",
                &["Jeg bor i E.U.", "Hvad med dig?"],
            ),
            (
                "sk napr.",
                Some(Sk),
                "Ide o firmy, napr. XYZCorp a.s.",
                &["Ide o firmy, napr. XYZCorp a.s."],
            ),
            (
                "sk s. r. o.",
                Some(Sk),
                "Ide o majiteľov firmy ABTrade s. r. o., ktorí stoja za tým.",
                &["Ide o majiteľov firmy ABTrade s. r. o., ktorí stoja za tým."],
            ),
            (
                "pl ul.",
                Some(Pl),
                "Mieszka przy ul. Długiej. W domu jest zimno.",
                &["Mieszka przy ul. Długiej.", "W domu jest zimno."],
            ),
            (
                "vi TP.",
                Some(Vi),
                "Công an TP. HCM hoàn tất kết luận. Ông H. đã gửi đơn.",
                &["Công an TP. HCM hoàn tất kết luận.", "Ông H. đã gửi đơn."],
            ),
            (
                "el κ.",
                Some(El),
                "Ο κ. Παπαδόπουλος μίλησε. Μετά έφυγε.",
                &["Ο κ. Παπαδόπουλος μίλησε.", "Μετά έφυγε."],
            ),
            (
                "bn মো.",
                Some(Bn),
                "বিচারপতি মো. নিজামুল হক শুনানি করেন। পরে তিনি চলে যান।",
                &["বিচারপতি মো. নিজামুল হক শুনানি করেন।", "পরে তিনি চলে যান।"],
            ),
            (
                "bn ডা. without the language",
                None,
                "শিক্ষক ডা. সোহেল মাহমুদ বলেন।",
                &["শিক্ষক ডা. সোহেল মাহমুদ বলেন।"],
            ),
            (
                "ar د. in directional marks",
                None,
                "وقال د\u{202A}.\u{202C} ديفيد ريدي إنها مريضة. وليس معروفا.",
                &[
                    "وقال د\u{202A}.\u{202C} ديفيد ريدي إنها مريضة.",
                    "وليس معروفا.",
                ],
            ),
            (
                "ar م. after a year",
                Some(Ar),
                "ولد عام 1990 م. وقال إنه سعيد.",
                &["ولد عام 1990 م.", "وقال إنه سعيد."],
            ),
            (
                "hi डॉ.",
                Some(Hi),
                "डॉ. शर्मा ने कहा कि यह सही है। वह चले गए।",
                &["डॉ. शर्मा ने कहा कि यह सही है।", "वह चले गए।"],
            ),
            (
                "en Mr. for other languages",
                Some(De),
                "Mr. Smith kam nach Berlin.",
                &["Mr. Smith kam nach Berlin."],
            ),
            (
                "en Mt. for other languages",
                Some(Es),
                "Trabaja en el Hospital de Northern en Mt. Kisco.",
                &["Trabaja en el Hospital de Northern en Mt. Kisco."],
            ),
        ]);
    }

    /// Without a language, the titles of every language that are no word
    /// elsewhere; the others stay words.
    #[test]
    fn titles_without_a_language() {
        check(&[
            (
                "es Srta.",
                None,
                "¡Hola Srta. Ledesma! ¿Cómo está hoy?",
                &["¡Hola Srta. Ledesma!", "¿Cómo está hoy?"],
            ),
            (
                "it Dott.",
                None,
                "Il Dott. Mesini si fermò!",
                &["Il Dott. Mesini si fermò!"],
            ),
            (
                "da Skt.",
                None,
                "De holdt Skt. Hans i byen.",
                &["De holdt Skt. Hans i byen."],
            ),
            ("bg Пл.", None, "Пл. \"20 Април\"", &["Пл. \"20 Април\""]),
            (
                "it es. is Spanish for is",
                None,
                "Así es. Luego se fue.",
                &["Así es.", "Luego se fue."],
            ),
            (
                "it on. is English",
                None,
                "The lights stayed on. Nobody came.",
                &["The lights stayed on.", "Nobody came."],
            ),
            (
                "sv med. is a word",
                None,
                "Han kom med. Sedan gick han.",
                &["Han kom med.", "Sedan gick han."],
            ),
        ]);
    }

    /// [`data::NOT_NEUTRAL`] holds every title of a language's list that
    /// is a stopword of any language (stopwords-iso via the lexicon): a
    /// function word somewhere must not join sentences everywhere.
    #[test]
    fn neutral_titles_are_no_stopwords() {
        use crate::lexicon::Lexicon;
        for a in data::LANGUAGES {
            for t in a.titles.iter() {
                let stopword = Lang::ALL
                    .iter()
                    .find(|&&l| crate::lexicon::Builtin.is_stopword(l, t));
                if let Some(l) = stopword {
                    assert!(
                        t.chars().count() < 2 || data::NOT_NEUTRAL.contains(t),
                        "{}: {t:?} is a stopword of {}",
                        a.code,
                        l.code()
                    );
                }
            }
        }
    }

    /// Every language's list is well formed and looked up by its code.
    #[test]
    fn every_language_list_is_found() {
        for a in data::LANGUAGES {
            let lang = Lang::from_code(a.code).expect(a.code);
            let rules = Rules::new(Some(lang));
            assert!(std::ptr::eq(rules.own, a), "{}", a.code);
        }
        assert!(std::ptr::eq(Rules::new(None).own, &data::ENGLISH));
        assert!(std::ptr::eq(
            Rules::new(Some(Lang::Ja)).own,
            &data::INTERNATIONAL
        ));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in [
            "",
            ".",
            "...",
            "a.B",
            "é.É",
            "U.",
            "Mr.",
            "\n\n",
            "。",
            "a\u{301}.B",
            // multi-byte whitespace before a missing-space split (found by proptest)
            "\u{A0}\u{200B}sharply.Analysts ",
            "x\u{3000}ab.Cd",
            "1. ",
            "• ",
            "•",
            "z. ",
            "《",
            "》",
            "„“",
            "»",
            "1. a 2. b 3. c 999. d 1000. e",
            "a. b. c. d. e. f. g. h. i. j. k. l. m. n. o. p. q. r. s. t. u. v. w. x. y. z. z.",
            "Բ:",
            ":Բ :",
            "Α; ;",
            "\u{37E}",
            ". 5",
            "\u{202A}.\u{202C}",
            "د\u{202A}.",
            "মো.",
            "12. ",
            "12. 5.",
        ] {
            for lang in [
                None,
                Some(Lang::De),
                Some(Lang::Ru),
                Some(Lang::Ar),
                Some(Lang::Hy),
            ] {
                let s = sentences_in(text, lang);
                for x in &s {
                    assert!(
                        text.is_char_boundary(x.range.start) && text.is_char_boundary(x.range.end)
                    );
                }
            }
        }
    }

    proptest::proptest! {
        /// Any mix of the rules' triggers, in any language: sentences are
        /// ordered, disjoint, trimmed and cover every word of the text.
        #[test]
        fn language_rules_keep_every_word(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "z.", " B.", " ", "  ", "\n", "1.", "2.", "2)", "a.", "b.", "• ", "•", "《", "》", "「", "」",
                "(", ")", "«", "»", "„", "“", "”", "[...]", "...", "…", ":", ";", "\u{37E}", "։", "።",
                "።", "।", "၊", "။", "؟", "۔", "!", "?", ".", "Բարև", "Ձեզ", "Πού", "είναι", "г", "Москва",
                "2010", "12", "Juni", "usw", "Die", "der", "Dr", "med", "Srta", "د", "\u{202A}", "\u{202C}",
                "মো", "ম.ক", "มิ.ย", "TP", "HCM", "N°", "x", "Y", "é", "東京", "\u{301}", "\u{200B}",
            ]), 0..40),
            lang in proptest::sample::select(vec![
                None, Some(Lang::En), Some(Lang::De), Some(Lang::Fr), Some(Lang::Es), Some(Lang::Ru),
                Some(Lang::Hy), Some(Lang::El), Some(Lang::Ar), Some(Lang::Bn), Some(Lang::Zh),
                Some(Lang::Vi), Some(Lang::Sk), Some(Lang::Th),
            ]),
        ) {
            let text: String = pieces.concat();
            let s = sentences_in(&text, lang);
            let mut at = 0;
            for x in &s {
                proptest::prop_assert!(x.range.start >= at && x.range.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(x.range.start) && text.is_char_boundary(x.range.end));
                proptest::prop_assert!(text[at..x.range.start].trim().is_empty(), "skipped {:?}", &text[at..x.range.start]);
                proptest::prop_assert!(!x.text.is_empty());
                at = x.range.end;
            }
            proptest::prop_assert!(text[at..].trim().is_empty());
        }
    }
}
