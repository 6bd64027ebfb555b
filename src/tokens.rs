//! Tokens: the words of a sentence and the terms they count as.
//!
//! **Words** are the Unicode words of UAX #29 (word boundaries, from the
//! `unicode-segmentation` crate) that hold a letter or digit: an apostrophe
//! or full stop between letters (`can't`, `U.S`) and a full stop or comma
//! between digits (`3.5`, `1,000`) stay inside a word, and combining marks
//! (accents, Indic vowel signs and viramas, Thai tone marks) stay with their
//! letter.
//!
//! **Terms** are what similarity and keywords count. A word is lower-cased
//! (Unicode's default case mapping; `’` read as `'`, a possessive `'s`
//! dropped), skipped if it is a stopword of the text's language, and
//! stemmed ([`Lexicon`]). Numbers are terms too. Scripts add three rules:
//!
//! - **Scripts written without spaces** (Han ideographs, Thai, Lao, Khmer,
//!   Myanmar): UAX #29 gives one word per character there, too small a unit
//!   to compare sentences by. Runs of such characters give **character
//!   bigrams** ("東京都" → "東京", "京都"), as multilingual retrieval
//!   commonly does for these scripts; a run of one character is a unigram.
//!   A character that is a stopword on its own (Chinese 的, 了) ends a run
//!   and is skipped. In Thai and Lao a vowel written as a letter of its own
//!   before its consonant (เ, ไ) or after it (า, ำ) counts as part of that
//!   consonant's character (a simplified Thai character cluster, after
//!   Theeramunkong et al. 2000), so no bigram starts or ends inside a
//!   syllable's spelling.
//! - **Hiragana**, in Japanese mostly particles and inflections, makes no
//!   terms and ends runs; katakana words (loanwords) are words as UAX #29
//!   finds them.
//! - **Hangul words** lose a trailing particle (은, 는, 이, 가, 을, 를, 의,
//!   에서, 으로, ...: see `data::KOREAN_PARTICLES`): Korean attaches
//!   them to the noun, so "정부는" and "정부가" are one term, "정부".

use unicode_segmentation::UnicodeSegmentation;

use crate::data;
use crate::intern::Interner;
use crate::lang::Lang;
use crate::lexicon::Lexicon;
use crate::text::{is_han, is_hangul_syllable, is_letter_or_digit, is_spaceless};

/// A word of a sentence: its byte range in the sentence and its term
/// (`None` for a stopword). Bigrams of scripts without spaces overlap:
/// "東京都" holds "東京" (0..6) and "京都" (3..9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Byte offset of the word in its sentence.
    pub start: usize,
    /// Byte offset of its end (for a Hangul word, before its particle).
    pub end: usize,
    /// Its term id, if it is not a stopword.
    pub term: Option<u32>,
    /// Whether it is too common to be a keyword (see
    /// [`Lexicon::is_common`]); stopwords are.
    pub common: bool,
}

/// The parts of a word that may open with an elision (`l'`, `dell'`): the
/// number of ASCII letters before its apostrophe (1 to 6) and the
/// apostrophe's length in bytes, if something follows it.
fn elision_parts(w: &str) -> Option<(usize, usize)> {
    let b = w.as_bytes();
    let n = b
        .iter()
        .take(7)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let apostrophe = match &b[n..] {
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3,
        _ => return None,
    };
    (n > 0 && n <= 6 && b.len() > n + apostrophe).then_some((n, apostrophe))
}

/// Whether `w`, of [`elision_parts`] `(n, apostrophe)`, reads as a name: a
/// capital on both sides of the apostrophe and a lower-case letter after it
/// (`D'Alema`, `L'Oréal`; not `L'ÉLYSÉE`, in capitals, nor `l'Europe`).
fn is_name_with_apostrophe(w: &str, (n, apostrophe): (usize, usize)) -> bool {
    let rest = &w[n + apostrophe..];
    w.as_bytes()[0].is_ascii_uppercase()
        && rest.starts_with(char::is_uppercase)
        && rest.chars().any(char::is_lowercase)
}

/// Whether a word after the text `before` it in its sentence opens the
/// sentence, a quotation, a line of dialogue or a list item, where French
/// and Italian write an elided word with its capital: nothing comes before
/// it, or a number with `.` or `)` (`1.`), or it ends in an opening
/// quotation mark or a dash, or a straight quote after a space (a straight
/// quote after a letter closes a quotation, or ends an Italian `po'`). A
/// colon is no opening: French and Italian go on in lower case after it.
fn opens(before: &str) -> bool {
    let before = before.trim_end();
    let marker = before
        .strip_suffix(['.', ')'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let mut back = before.chars().rev();
    match back.next() {
        None => true,
        _ if marker => true,
        Some('«' | '‹' | '“' | '„' | '‘' | '—' | '–') => true,
        Some('"' | '\'') => back.next().is_none_or(char::is_whitespace),
        _ => false,
    }
}

/// The words of `text` with their byte offsets (UAX #29; see the [module
/// documentation](self)): `unicode_word_indices`, whose fast path for ASCII
/// text stays; other text is read as its word-bound pieces that hold a
/// letter or digit (what `unicode_word_indices` keeps, which asks its own
/// tables when its Unicode version differs from std's), tested with the
/// remembered [`is_letter_or_digit`]: std's test on every character was most
/// of the cost of reading Thai or Indic text.
pub(crate) fn word_indices(text: &str) -> WordIndices<'_> {
    if text.is_ascii() {
        WordIndices::Ascii(text.unicode_word_indices())
    } else {
        WordIndices::Other(text.split_word_bound_indices())
    }
}

/// The iterator of [`word_indices`].
pub(crate) enum WordIndices<'a> {
    Ascii(unicode_segmentation::UnicodeWordIndices<'a>),
    Other(unicode_segmentation::UWordBoundIndices<'a>),
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            WordIndices::Ascii(words) => words.next(),
            WordIndices::Other(pieces) => pieces.find(|(_, w)| w.chars().any(is_letter_or_digit)),
        }
    }
}

/// How a script without spaces between words is read (see the [module
/// documentation](self)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spaceless {
    /// Han, Thai, Lao, Khmer, Myanmar: character bigrams.
    Bigrams,
    /// Hiragana: no terms.
    Hiragana,
}

/// Whether `w` starts with a character of Thai, Lao, Myanmar or Khmer
/// ([`is_spaceless`]), the scripts without spaces other than Han that are
/// read as bigrams (of character clusters): one bigram there is a syllable
/// or part of one.
pub(crate) fn is_cluster_bigram(w: &str) -> bool {
    w.starts_with(is_spaceless)
}

/// How the word `w` (one UAX #29 word) is read, if it is a character of a
/// script without spaces.
fn spaceless(w: &str) -> Option<Spaceless> {
    let c = w.chars().next()?;
    if c.is_ascii() {
        return None;
    }
    Some(match c {
        '\u{3040}'..='\u{309F}' => Spaceless::Hiragana,
        _ if is_cluster_bigram(w) => Spaceless::Bigrams, // Thai, Lao, Myanmar, Khmer
        c if is_han(c) => Spaceless::Bigrams,
        _ => return None,
    })
}

/// Thai and Lao vowels written before their consonant (เ แ โ ใ ไ, ເ ແ ໂ ໃ ໄ).
fn is_leading_vowel(c: char) -> bool {
    matches!(c, '\u{E40}'..='\u{E44}' | '\u{EC0}'..='\u{EC4}')
}

/// Thai and Lao vowels and marks written after their consonant as letters
/// of their own (ะ า ำ ๅ ๆ, ະ າ ຳ ໆ): UAX #29 makes each a word.
fn is_following_vowel(c: char) -> bool {
    matches!(
        c,
        '\u{E30}'
            | '\u{E32}'
            | '\u{E33}'
            | '\u{E45}'
            | '\u{E46}'
            | '\u{EB0}'
            | '\u{EB2}'
            | '\u{EB3}'
            | '\u{EC6}'
    )
}

/// Whether every character of `w` is a Hangul syllable.
fn is_hangul(w: &str) -> bool {
    !w.is_empty() && w.chars().all(is_hangul_syllable)
}

/// The byte length of the Hangul word `w` without its trailing particle
/// (the longest of `data::KOREAN_PARTICLES` that leaves a stem of at least
/// two syllables, or one for particles of two syllables or more).
fn hangul_stem_len(w: &str) -> usize {
    let syllables = w.chars().count();
    data::KOREAN_PARTICLES
        .iter()
        .filter(|p| w.ends_with(*p))
        .filter(|p| {
            let n = p.chars().count();
            syllables >= n + if n == 1 { 2 } else { 1 }
        })
        .map(|p| w.len() - p.len())
        .min()
        .unwrap_or(w.len())
}

/// Appends `word` to `buf` lower-cased, with one apostrophe for `’` and
/// `ʼ`: what [`normalise_word`] starts from, and how sentences are compared
/// word by word (`select::wording`).
pub(crate) fn fold_word(word: &str, buf: &mut String) {
    if word.is_ascii() {
        let from = buf.len();
        buf.push_str(word);
        buf[from..].make_ascii_lowercase();
    } else {
        for c in word.chars() {
            match c {
                '’' | 'ʼ' => buf.push('\''),
                c => buf.extend(c.to_lowercase()),
            }
        }
    }
}

/// Lower-cases `word` into `buf` and drops a possessive `'s`.
fn normalise_word(word: &str, buf: &mut String) {
    buf.clear();
    fold_word(word, buf);
    if buf.ends_with("'s") {
        buf.truncate(buf.len() - 2);
    } else if buf.ends_with('\'') {
        buf.truncate(buf.len() - 1);
    }
}

/// What [`Vocabulary`] records for a stopword.
const NO_TERM: u32 = u32::MAX;

/// Interns terms as dense ids, remembering what each distinct word became,
/// so that stopword lookups and stemming run once per distinct word however
/// long the text.
pub struct Vocabulary<'l> {
    lang: Option<Lang>,
    lexicon: &'l dyn Lexicon,
    /// Lower-cased words, each with its term id in `word_terms`.
    words: Interner,
    /// Term id of each word ([`NO_TERM`] for a stopword), and whether it is
    /// too common to be a keyword.
    word_terms: Vec<(u32, bool)>,
    /// The stems: term id → stem.
    stems: Interner,
    buf: String,
    /// The character words of a run of a script without spaces.
    run: Vec<(usize, usize)>,
    /// French or Italian names written with an apostrophe (`d'alema`,
    /// lower-cased), learnt from where they cannot be elisions (see
    /// [`Vocabulary::learn_names`]).
    names: Interner,
}

impl<'l> Vocabulary<'l> {
    /// An empty vocabulary for text in `lang` (`None`: unknown, no
    /// stopwords and no stemming), with the stopwords and stems of `lexicon`.
    pub fn new(lang: Option<Lang>, lexicon: &'l dyn Lexicon) -> Self {
        Vocabulary {
            lang,
            lexicon,
            words: Interner::default(),
            word_terms: Vec::new(),
            stems: Interner::default(),
            buf: String::new(),
            run: Vec::new(),
            names: Interner::default(),
        }
    }

    /// Learns the names of `sentences` that are written with an apostrophe,
    /// in French and Italian, which [`Vocabulary::read`] then keeps whole: a
    /// word with a capital on both sides of the apostrophe and a lower-case
    /// letter after it (`D'Alema`), met where an elided word would be
    /// lower-case (past the opening of a sentence, a quotation, a line of
    /// dialogue or a list item), unless the text also elides what follows
    /// the apostrophe in lower case (`dell'Aquila`, `l'Italia`: then
    /// `L'Aquila` and `L'Italia` are elisions too). So `D'Alema disse` and
    /// `secondo D'Alema` give one term, whichever comes first, and so do
    /// `L'Aquila` and `dell'Aquila`.
    pub fn learn_names<'a>(&mut self, sentences: impl IntoIterator<Item = &'a str>) {
        if !matches!(self.lang, Some(Lang::Fr | Lang::It)) {
            return;
        }
        let mut found = Interner::default();
        let mut elided = Interner::default();
        let mut buf = String::new();
        for sentence in sentences {
            // (most sentences have no apostrophe before a capital: one scan)
            let capital_after = sentence
                .match_indices(['\'', '’'])
                .any(|(i, a)| sentence[i + a.len()..].starts_with(char::is_uppercase));
            if !capital_after {
                continue;
            }
            for (at, w) in word_indices(sentence) {
                let Some(parts @ (n, apostrophe)) = elision_parts(w) else {
                    continue;
                };
                let rest = &w[n + apostrophe..];
                if is_name_with_apostrophe(w, parts) {
                    if !opens(&sentence[..at]) {
                        normalise_word(w, &mut buf);
                        found.intern(&buf);
                    }
                } else if w.starts_with(|c: char| c.is_ascii_lowercase())
                    && rest.starts_with(char::is_uppercase)
                {
                    normalise_word(rest, &mut buf);
                    elided.intern(&buf);
                }
            }
        }
        for id in 0..found.len() as u32 {
            let name = found.key(id);
            let rest = elision_parts(name).map_or(name, |(n, a)| &name[n + a..]);
            if elided.get(rest).is_none() {
                self.names.intern(name);
            }
        }
    }

    /// The language of the text, as given to [`Vocabulary::new`].
    pub(crate) fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// Number of distinct terms.
    pub(crate) fn len(&self) -> usize {
        self.stems.len()
    }

    /// The stem of term `id`.
    #[cfg(test)]
    fn name(&self, id: u32) -> &str {
        self.stems.key(id)
    }

    /// The term id of one word or bigram as it appears in the text (`None`
    /// for stopwords).
    pub(crate) fn term(&mut self, word: &str) -> Option<u32> {
        self.word(word).0
    }

    /// [`Vocabulary::term`], and whether the word is too common to be a
    /// keyword.
    fn word(&mut self, word: &str) -> (Option<u32>, bool) {
        let mut buf = std::mem::take(&mut self.buf);
        normalise_word(word, &mut buf);
        let (w, new) = self.words.intern(&buf);
        let (id, common) = if new {
            let entry = match self.lang {
                _ if buf.is_empty() => (NO_TERM, true),
                Some(lang) if self.lexicon.is_stopword(lang, &buf) => (NO_TERM, true),
                Some(lang) => (
                    self.stems.intern(&self.lexicon.stem(lang, &buf)).0,
                    self.lexicon.is_common(lang, &buf),
                ),
                None => (self.stems.intern(&buf).0, false),
            };
            self.word_terms.push(entry);
            entry
        } else {
            self.word_terms[w as usize]
        };
        self.buf = buf;
        ((id != NO_TERM).then_some(id), common)
    }

    /// Whether `word`, as written, is a stopword or too common to be a
    /// keyword in the text's language.
    pub(crate) fn is_common_word(&mut self, word: &str) -> bool {
        let (term, common) = self.word(word);
        term.is_none() || common
    }

    /// The byte length of the elided word and apostrophe that open `w`
    /// (`l'` of `l'attaque`, `dell'` of `dell'anno`), or 0: in French and
    /// Italian, up to six letters before an apostrophe that are a function
    /// word (a stopword or a word too common to be a keyword:
    /// [`Lexicon::is_common`]; `l`, `qu`, `dell`), or are one with an `e`
    /// (`jusqu` of `jusque`); one letter must be a stopword itself
    /// (stopwords-iso's longer French list holds the whole alphabet, and
    /// O'Neill is a name), and so is a name the text has shown to be one
    /// ([`Vocabulary::learn_names`]: `D'Alema`, `L'Oréal`).
    fn elided_len(&mut self, w: &str) -> usize {
        let lang = match self.lang {
            Some(lang @ (Lang::Fr | Lang::It)) => lang,
            _ => return 0,
        };
        let Some(parts @ (n, apostrophe)) = elision_parts(w) else {
            return 0;
        };
        if is_name_with_apostrophe(w, parts) {
            normalise_word(w, &mut self.buf);
            if self.names.get(&self.buf).is_some() {
                return 0;
            }
        }
        let b = w.as_bytes();
        let mut buf = [b'e'; 7];
        for (k, c) in buf.iter_mut().zip(&b[..n]) {
            *k = c.to_ascii_lowercase();
        }
        let stop = |len: usize| {
            std::str::from_utf8(&buf[..len]).is_ok_and(|x| self.lexicon.is_common(lang, x))
        };
        let elided = if n == 1 {
            std::str::from_utf8(&buf[..1]).is_ok_and(|x| self.lexicon.is_stopword(lang, x))
        } else {
            stop(n) || stop(n + 1)
        };
        if elided {
            n + apostrophe
        } else {
            0
        }
    }

    /// Whether the single character `w` is a stopword on its own.
    fn is_stop_char(&mut self, w: &str) -> bool {
        self.lang.is_some() && self.term(w).is_none()
    }

    /// The [`Word`] of `sentence[start..end]`.
    fn make(&mut self, sentence: &str, start: usize, end: usize) -> Word {
        let (term, common) = self.word(&sentence[start..end]);
        Word {
            start,
            end,
            term,
            common,
        }
    }

    /// Appends the words of `sentence` to `out`, each with its term (see
    /// the module documentation).
    pub fn read(&mut self, sentence: &str, out: &mut Vec<Word>) {
        let mut run = std::mem::take(&mut self.run);
        run.clear();
        for (at, w) in word_indices(sentence) {
            let end = at + w.len();
            match spaceless(w) {
                Some(Spaceless::Bigrams) if !self.is_stop_char(w) => {
                    if run.last().is_some_and(|&(_, e)| e != at) {
                        self.flush(sentence, &mut run, out);
                    }
                    match run.last_mut() {
                        // Thai and Lao vowels written before or after their
                        // consonant belong to its cluster
                        Some(last)
                            if w.starts_with(is_following_vowel)
                                || sentence[last.0..last.1].ends_with(is_leading_vowel) =>
                        {
                            last.1 = end;
                        }
                        _ => run.push((at, end)),
                    }
                    continue;
                }
                Some(_) => {
                    self.flush(sentence, &mut run, out);
                    continue;
                }
                None => {}
            }
            self.flush(sentence, &mut run, out);
            let end = if is_hangul(w) {
                at + hangul_stem_len(w)
            } else {
                end
            };
            let at = at + self.elided_len(w);
            out.push(self.make(sentence, at, end));
        }
        self.flush(sentence, &mut run, out);
        self.run = run;
    }

    /// The bigrams (or the unigram) of a run of characters of a script
    /// without spaces, appended to `out`; empties `run`.
    fn flush(&mut self, sentence: &str, run: &mut Vec<(usize, usize)>, out: &mut Vec<Word>) {
        if let [(start, end)] = run[..] {
            out.push(self.make(sentence, start, end));
        }
        for pair in run.windows(2) {
            out.push(self.make(sentence, pair[0].0, pair[1].1));
        }
        run.clear();
    }

    /// Appends the term ids of `text` to `out`.
    pub fn terms_into(&mut self, text: &str, out: &mut Vec<u32>) {
        let mut words = Vec::new();
        self.read(text, &mut words);
        out.extend(words.iter().filter_map(|w| w.term));
    }
}

impl std::fmt::Debug for Vocabulary<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vocabulary")
            .field("lang", &self.lang)
            .field("terms", &self.stems.len())
            .finish_non_exhaustive()
    }
}

/// An English vocabulary with the built-in lexicon (for tests).
#[cfg(test)]
pub(crate) fn english() -> Vocabulary<'static> {
    Vocabulary::new(Some(Lang::En), &crate::lexicon::Builtin)
}

/// The terms of `text` as strings (for tests).
#[cfg(test)]
pub(crate) fn terms(text: &str, lang: Option<Lang>) -> Vec<String> {
    let mut v = Vocabulary::new(lang, &crate::lexicon::Builtin);
    v.learn_names([text]);
    let mut ids = Vec::new();
    v.terms_into(text, &mut ids);
    ids.iter().map(|&id| v.name(id).to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        word_indices(text).map(|(_, w)| w).collect()
    }

    /// Words as UAX #29 finds them (cases from the standard's examples and
    /// news text).
    #[test]
    fn words_table() {
        let table: &[(&str, &[&str])] = &[
            (
                "The quick (\"brown\") fox can't jump 32.3 feet, right?",
                &[
                    "The", "quick", "brown", "fox", "can't", "jump", "32.3", "feet", "right",
                ],
            ),
            (
                "It cost $1,000.50 in the U.S. on 5:18",
                &[
                    "It", "cost", "1,000.50", "in", "the", "U.S", "on", "5", "18",
                ],
            ),
            ("high-stakes talks", &["high", "stakes", "talks"]),
            (
                "Putin’s A380s snake_case",
                &["Putin’s", "A380s", "snake_case"],
            ),
            ("東京は雨", &["東", "京", "は", "雨"]),
            (
                "カタカナ語 e\u{301}cole 👩‍💻 ok",
                &["カタカナ", "語", "e\u{301}cole", "ok"],
            ),
            // a virama and a nukta stay inside Bengali and Hindi words
            ("মামলায় লতিফ সিদ্দিকী", &["মামলায়", "লতিফ", "সিদ্দিকী"]),
            ("प्रधानमंत्री ने कहा", &["प्रधानमंत्री", "ने", "कहा"]),
            ("end. Next", &["end", "Next"]),
            ("", &[]),
            ("...!", &[]),
        ];
        for (text, want) in table {
            assert_eq!(words(text), *want, "{text:?}");
        }
        let offsets: Vec<usize> = word_indices("a  bc d").map(|(i, _)| i).collect();
        assert_eq!(offsets, [0, 3, 6]);
    }

    /// A name that opens a sentence stays whole where the text has it as a
    /// name elsewhere, before or after; an elision there comes off.
    #[test]
    fn names_learnt_from_the_text() {
        let sentences = [
            "D'Alema disse no.",
            "L'Italia vince.",
            "Secondo D'Alema, l'Italia vince.",
            // a list item opens as a sentence does
            "1. L'Unione vince.",
            // dell'Aquila elides, so L'Aquila does too
            "Il sindaco dell'Aquila e L'Aquila.",
        ];
        let terms = |learn: bool| {
            let mut v = Vocabulary::new(Some(Lang::It), &crate::lexicon::Builtin);
            if learn {
                v.learn_names(sentences);
            }
            let mut words = Vec::new();
            for s in sentences {
                v.read(s, &mut words);
            }
            words
                .iter()
                .filter_map(|w| w.term)
                .map(|t| v.name(t).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            terms(true),
            [
                "d'alem", "diss", "ital", "vinc", "d'alem", "ital", "vinc", "1", "union", "vinc",
                "sindac", "aquil", "aquil"
            ]
        );
        assert_eq!(
            terms(false)[0],
            "alem",
            "without learning, an opening is an elision"
        );
    }

    #[test]
    fn terms_table() {
        let table: &[(&str, Option<Lang>, &[&str])] = &[
            ("The cats are running", Some(Lang::En), &["cat", "run"]),
            (
                "Putin's troops, NATO’s plan",
                Some(Lang::En),
                &["putin", "troop", "nato", "plan"],
            ),
            (
                "It rose 3.5% to 1,000 in 2024",
                Some(Lang::En),
                &["rose", "3.5", "1,000", "2024"],
            ),
            (
                "Les chats sont dans la maison",
                Some(Lang::Fr),
                &["chat", "maison"],
            ),
            // elided words come off (and are function words): l'attaque is
            // attaque, d’un is un; aujourd'hui is one word
            (
                "L'attaque d’un groupe qu'aujourd'hui, jusqu'à Lorsqu'il",
                Some(Lang::Fr),
                &["attaque", "groupe", "aujourd'hui"],
            ),
            ("dell'ospedale", Some(Lang::It), &["ospedal"]),
            // a name keeps its letter and apostrophe (found by a review)
            ("O'Neill", Some(Lang::Fr), &["o'neill"]),
            // past the first word, a capital on both sides is a name, and
            // an elision is lower-case (D'Alema lost its D: found by a
            // review); a sentence may open with either
            (
                "Secondo D'Alema e L'Aquila, d'altra parte l'Italia",
                Some(Lang::It),
                &["d'alem", "l'aquil", "altra", "ital"],
            ),
            (
                "D'après L'Oréal, « L'Europe », selon L'ÉLYSÉE",
                Some(Lang::Fr),
                &["l'oréal", "europe", "élysée"],
            ),
            // what opens a quotation or dialogue, and what does not: L'Europe
            // comes only where an elision has its capital, L'Aquila also
            // after a colon and after po', so it is a name everywhere
            (
                "Scrive \"L'Europe\" — L'Europe ; città: L'Aquila, \"L'Aquila\" un po' L'Aquila",
                Some(Lang::It),
                &["scriv", "europ", "europ", "l'aquil", "l'aquil", "l'aquil"],
            ),
            (
                "Die Häuser der Stadt und die Straßen",
                Some(Lang::De),
                &["haus", "stadt", "strass"],
            ),
            // character bigrams; a stopword character ends a run
            ("东京的天气", Some(Lang::Zh), &["东京", "天气"]),
            // 中, 人 and 大 are on stopwords-iso's Chinese list, but mostly
            // parts of words: they do not cut 中国, 人民 or 大学 apart
            (
                "中国人民的大学",
                Some(Lang::Zh),
                &["中国", "国人", "人民", "大学"],
            ),
            ("東京都 rain", None, &["東京", "京都", "rain"]),
            ("雨", None, &["雨"]),
            // hiragana makes no terms; katakana words stay whole
            ("東京はタワーです", Some(Lang::Ja), &["東京", "タワー"]),
            // Korean particles come off; a short word keeps its last syllable
            (
                "정부는 학교에서 사과를 샀다",
                Some(Lang::Ko),
                &["정부", "학교", "사과", "샀다"],
            ),
            // Thai: vowel signs stay with their consonant, and so do the
            // vowels written after it (า) or before it (เ, ไ): bigrams of
            // clusters, none starting or ending in the middle of one
            (
                "นายกรัฐมนตรี",
                Some(Lang::Th),
                &["นาย", "ยก", "กรั", "รัฐ", "ฐม", "มน", "นต", "ตรี"],
            ),
            ("เมืองไทย", Some(Lang::Th), &["เมือ", "อง", "งไท", "ไทย"]),
            // Myanmar Extended-A (Khamti, Shan letters) is Myanmar too
            (
                "\u{AA60}\u{AA61}\u{AA62}",
                None,
                &["\u{AA60}\u{AA61}", "\u{AA61}\u{AA62}"],
            ),
        ];
        for (text, lang, want) in table {
            assert_eq!(terms(text, *lang), *want, "{text:?}");
        }
    }

    #[test]
    fn bigrams_overlap_and_hangul_words_end_before_their_particle() {
        let mut v = Vocabulary::new(Some(Lang::Ko), &crate::lexicon::Builtin);
        let mut words = Vec::new();
        v.read("정부는 東京都", &mut words);
        let spans: Vec<(usize, usize)> = words.iter().map(|w| (w.start, w.end)).collect();
        assert_eq!(spans, [(0, 6), (10, 16), (13, 19)]);
    }

    #[test]
    fn vocabulary_interns_stems() {
        let mut v = Vocabulary::new(Some(Lang::En), &crate::lexicon::Builtin);
        let mut ids = Vec::new();
        v.terms_into("Running runs; the runner ran.", &mut ids);
        assert_eq!(ids[0], ids[1], "running and runs share the stem run");
        assert_eq!(v.name(ids[0]), "run");
        assert_eq!(v.term("THE"), None);
    }
}
