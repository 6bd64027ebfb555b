//! Small text helpers every layer shares: whitespace folding, terminal
//! punctuation, character classes.

use std::sync::atomic::{AtomicU64, Ordering};

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

/// Han ideographs (the unified blocks, compatibility ideographs, the
/// ideographic iteration mark 々 and number zero 〇).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3005}'
        | '\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Whether `c` is neither a letter nor a digit (what trimming a word to its
/// letters and digits drops).
pub(crate) fn not_alnum(c: char) -> bool {
    !is_letter_or_digit(c)
}

/// `char::is_alphabetic`, remembered for the Basic Multilingual Plane
/// (see [`Memo`]).
pub(crate) fn is_letter(c: char) -> bool {
    LETTERS.get(c)
}

/// `char::is_alphanumeric`, remembered for the Basic Multilingual Plane
/// (see [`Memo`]).
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    LETTERS_OR_DIGITS.get(c)
}

static LETTERS: Memo = Memo::new(char::is_alphabetic);
static LETTERS_OR_DIGITS: Memo = Memo::new(char::is_alphanumeric);

/// The answers of a character test for the Basic Multilingual Plane, as
/// bits, asked of the test once per block of 256 code points.
///
/// std answers `is_alphabetic` from compressed tables that it searches on
/// every call: about 2 ns for ASCII but 30 to 210 ns for a letter of
/// Cyrillic, Greek, Arabic, Indic, Thai, Myanmar, Georgian or Ethiopic text
/// (measured on the development machine), which made it 70 % of the
/// instructions spent summarising Thai. Here the first look-up in a block
/// fills the block's 256 bits (a few tens of microseconds, once per
/// process); later ones read one bit. ASCII and characters beyond the BMP
/// go to the test directly. The bits are atomics, so threads may share the
/// memo (filling a block twice stores the same bits).
pub(crate) struct Memo {
    test: fn(char) -> bool,
    /// Bit `b` of word `w`: block `64 w + b` is filled.
    ready: [AtomicU64; 4],
    /// Bit `b` of word `w`: the answer for code point `64 w + b`.
    bits: [AtomicU64; 1024],
}

impl Memo {
    /// A memo of `test`, empty.
    pub(crate) const fn new(test: fn(char) -> bool) -> Memo {
        Memo {
            test,
            ready: [const { AtomicU64::new(0) }; 4],
            bits: [const { AtomicU64::new(0) }; 1024],
        }
    }

    /// `test(c)`.
    pub(crate) fn get(&self, c: char) -> bool {
        let u = c as u32;
        if !(0x80..=0xFFFF).contains(&u) {
            return (self.test)(c);
        }
        let block = (u >> 8) as usize;
        let (word, bit) = (block / 64, 1u64 << (block % 64));
        if self.ready[word].load(Ordering::Acquire) & bit == 0 {
            self.fill(block);
            self.ready[word].fetch_or(bit, Ordering::Release);
        }
        self.bits[(u >> 6) as usize].load(Ordering::Relaxed) >> (u & 63) & 1 == 1
    }

    fn fill(&self, block: usize) {
        for w in 0..4 {
            let first = (block << 8 | w << 6) as u32;
            let mut bits = 0u64;
            for b in 0..64 {
                // surrogates are no chars: false
                if char::from_u32(first + b).is_some_and(self.test) {
                    bits |= 1 << b;
                }
            }
            self.bits[block * 4 + w].store(bits, Ordering::Relaxed);
        }
    }
}

/// A precomposed Hangul syllable (U+AC00 to U+D7A3).
pub(crate) fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
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

/// Letters of the scripts other than CJK written without spaces between
/// words: Thai, Lao, Khmer, Myanmar.
pub(crate) fn is_spaceless(c: char) -> bool {
    matches!(c,
        '\u{E00}'..='\u{EFF}'       // Thai, Lao
        | '\u{1000}'..='\u{109F}'   // Myanmar
        | '\u{1780}'..='\u{17FF}'   // Khmer
        | '\u{19E0}'..='\u{19FF}'   // Khmer symbols
        | '\u{AA60}'..='\u{AA7F}') // Myanmar extended-A
}

/// Closing quotation marks and brackets, which may follow the mark that
/// ends a sentence (`.”`, `!)`, `。」`). `“` closes German quotations
/// („…“) and `«` Danish ones (»…«).
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '“'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '】'
            | '〕'
            | '〗'
            | '〙'
            | '）'
            | '］'
            | '｝'
            | '＂'
            | '＇'
    )
}

/// Marks that end a sentence wherever they stand: the full stops, question
/// and exclamation marks of Unicode's sentence terminators (UAX #29
/// `STerm` and `ATerm`) for the scripts of the languages salient reads,
/// and the ellipsis. Two marks need the script before them and are handled
/// by [`ends_with_terminal`] and the splitter: `:` ends an Armenian
/// sentence and `;` asks a Greek question.
pub(crate) fn is_terminal_mark(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '‽'
            // CJK full stop, fullwidth and halfwidth forms, small forms
            | '。' | '！' | '？' | '．' | '｡' | '﹒' | '﹖' | '﹗'
            // Arabic question mark, Urdu full stop, Syriac end of paragraph
            | '؟' | '۔' | '܀'
            // Devanagari (and Bengali) danda and double danda
            | '।' | '॥'
            // Armenian full stop, Greek question mark (U+037E)
            | '։' | '\u{37E}'
            // Myanmar section, Ethiopic full stop, question mark, paragraph separator
            | '။' | '።' | '፧' | '፨'
            // Khmer khan and bariyoosan, Mongolian full stop
            | '។' | '៕' | '᠃' | '᠉'
    )
}

/// Armenian letters and marks.
pub(crate) fn is_armenian(c: char) -> bool {
    matches!(c, '\u{531}'..='\u{58F}' | '\u{FB13}'..='\u{FB17}')
}

/// Thai consonants, vowels and tone marks: not the abbreviation mark ฯ, the
/// repetition mark ๆ, the baht sign, digits or other signs.
pub(crate) fn is_thai_letter(c: char) -> bool {
    matches!(c, '\u{E01}'..='\u{E2E}' | '\u{E30}'..='\u{E3A}' | '\u{E40}'..='\u{E45}' | '\u{E47}'..='\u{E4E}')
}

/// Greek letters and marks (Greek and Coptic, Greek Extended).
pub(crate) fn is_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}')
}

/// Whether `c` is invisible formatting that punctuation may be wrapped in:
/// zero-width characters, directional marks, embeddings and isolates
/// (`د\u{202A}.\u{202C}` is "د." in a right-to-left run).
pub(crate) fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Whether `mark`, a `:` or a `;`, ends a sentence after `before` (the
/// characters before it, last first): `:` after Armenian, `;` (the Greek
/// question mark) after Greek, judged by the last letter (past dots and
/// closers, within eight characters).
pub(crate) fn ends_in_script(mark: char, before: impl Iterator<Item = char>) -> bool {
    let letter = before
        .take(8)
        .find(|&c| !(c == '.' || c == '…' || is_closer(c) || is_format(c)));
    letter.is_some_and(|l| match mark {
        ':' => is_armenian(l),
        ';' => is_greek(l),
        _ => false,
    })
}

/// Whether `s` ends a sentence: a terminal mark ([`is_terminal_mark`]), or
/// `:` after Armenian or `;` after Greek, possibly followed by closing
/// quotes or brackets (or U+FFFD, what a lone surrogate of a JavaScript
/// string or a broken byte becomes).
pub(crate) fn ends_with_terminal(s: &str) -> bool {
    let trimmed = s.trim_end_matches(|c: char| {
        c.is_whitespace() || is_closer(c) || is_format(c) || matches!(c, '*' | '_' | '\u{FFFD}')
    });
    let mut chars = trimmed.chars().rev();
    match chars.next() {
        Some(c) if is_terminal_mark(c) => true,
        Some(c @ (':' | ';')) => ends_in_script(c, chars),
        _ => false,
    }
}

/// Whether a whitespace token is a URL (`http://`, `https://`, `www.`,
/// after an opening bracket or two).
pub(crate) fn is_url(token: &str) -> bool {
    let w = token.trim_start_matches(&['(', '<', '['][..]);
    w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www.")
}

/// Whether a whitespace token is an e-mail address: letters or digits, `@`,
/// then a domain with a dot (`news@example.org`).
fn is_email(token: &str) -> bool {
    // (byte loops, not str searches: those bring a copy of memchr each)
    token.bytes().position(|b| b == b'@').is_some_and(|at| {
        let (user, domain) = (&token[..at], &token[at + 1..]);
        user.chars().any(is_letter_or_digit)
            && domain.bytes().any(|b| b == b'.')
            && domain.chars().any(is_letter_or_digit)
    })
}

/// Byte ranges of the URLs and e-mail addresses of `s` (whitespace tokens,
/// see [`is_url`]): their pieces ("https", "www.gov.uk", "publications") are
/// no words of the text's subject.
pub(crate) fn address_spans(s: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(from)) => {
                let token = &s[from..i];
                if is_url(token) || is_email(token) {
                    spans.push((from, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// std is the oracle: every code point, from several threads at once
    /// (blocks filled concurrently store the same bits).
    #[test]
    fn remembered_classes_agree_with_std() {
        let check = || {
            for c in (0..=0x10FFFFu32).step_by(7).filter_map(char::from_u32) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
                assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            }
        };
        std::thread::scope(|s| {
            for _ in 0..3 {
                s.spawn(check);
            }
        });
        for c in [
            'a',
            'Ж',
            'ก',
            'า',
            '한',
            '中',
            '٣',
            '\u{10FFFF}',
            '\u{FFFF}',
        ] {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
        let memo = Memo::new(char::is_numeric);
        for c in (0x80..=0xFFFFu32).filter_map(char::from_u32) {
            assert_eq!(memo.get(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn finds_addresses() {
        // (text, the addresses found)
        let cases: &[(&str, &[&str])] = &[
            (
                "See https://www.gov.uk/a/b for more.",
                &["https://www.gov.uk/a/b"],
            ),
            (
                "(www.example.org) and http://x.io",
                &["(www.example.org)", "http://x.io"],
            ),
            ("Write to news@example.org, today.", &["news@example.org,"]),
            ("at 9 @ the hall; user@host; @handle", &[]),
            ("", &[]),
            ("Über www.zeit.de/politik", &["www.zeit.de/politik"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = address_spans(text)
                .iter()
                .map(|&(a, b)| &text[a..b])
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }

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
            // Armenian full stop, and ':' for it after Armenian (Pragmatic Segmenter's Armenian rules)
            ("Ոչինչ:", true),
            ("Ի՞նչ ես մտածում։", true),
            ("Հարցերը սակայն շատ են...:", true),
            ("The list:", false),
            // Greek question mark, U+037E and ';' after Greek
            ("Πού είναι οι τουαλέτες;", true),
            ("Πού είναι\u{37E}", true),
            ("a; b;", false),
            // Ethiopic, Myanmar, Devanagari, Urdu, Khmer full stops
            ("መልካም ቀን ይሁንልህ።", true),
            ("እንደምን አለህ፧", true),
            ("ေနေကာင္းလား။", true),
            ("यह एक वाक्य है।", true),
            ("یہ ایک جملہ ہے۔", true),
            ("ខ្ញុំសុខសប្បាយ។", true),
            // German and guillemet quotations
            ("Er sagte: „Wie geht es Ihnen, Frau Prof. Müller?“", true),
            ("Он сказал: «Я приду.»", true),
            ("我们明天一起去看《摔跤吧！爸爸》", false),
        ];
        for (text, want) in table {
            assert_eq!(ends_with_terminal(text), want, "{text:?}");
        }
    }
}
