//! Tokens: lower-cased words, stopwords, stemming and term ids.
//!
//! Words are the Unicode words of UAX #29 (word boundaries, from the
//! `unicode-segmentation` crate) that hold a letter or digit: an apostrophe
//! or full stop between letters (`can't`, `U.S`) and a full stop or comma
//! between digits (`3.5`, `1,000`) stay inside a word, combining marks stay
//! with their letter, and each CJK ideograph and hiragana is a word of its
//! own. Words are lower-cased (Unicode's default case mapping), with a
//! possessive `'s` dropped. A [`Language`] decides which words are stopwords
//! and how the rest are stemmed; numbers are kept. English (Porter
//! stemming) and French (stopwords, plural folding) are built in.

use std::borrow::Cow;
use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::data;
use crate::intern::Interner;
use crate::stem;

/// The language of a text, as far as tokens are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Language {
    /// English: stopwords and Porter stemming.
    #[default]
    English,
    /// French: stopwords and plural folding.
    French,
    /// Anything else: every word counts, unstemmed.
    Unknown,
}

/// Every stopword, with the lists it is on (by id): 1 = English, 2 = French.
static STOPWORDS: LazyLock<(Interner, Vec<u8>)> = LazyLock::new(|| {
    let (mut index, mut lists) = (Interner::default(), Vec::new());
    for (bit, list) in [(1, data::ENGLISH_STOPWORDS), (2, data::FRENCH_STOPWORDS)] {
        for w in list {
            let (id, new) = index.intern(w);
            if new {
                lists.push(0);
            }
            lists[id as usize] |= bit;
        }
    }
    (index, lists)
});

impl Language {
    /// Guesses the language from the share of each stopword list among the
    /// first few thousand words.
    pub fn detect(text: &str) -> Language {
        let (mut en, mut fr, mut total) = (0usize, 0usize, 0usize);
        let (index, lists) = &*STOPWORDS;
        for w in words(text).take(3000) {
            total += 1;
            let lists = index
                .get(&w.to_lowercase())
                .map_or(0, |id| lists[id as usize]);
            en += usize::from(lists & 1 != 0);
            fr += usize::from(lists & 2 != 0);
        }
        if total == 0 {
            return Language::English;
        }
        let (en, fr) = (en as f64 / total as f64, fr as f64 / total as f64);
        if en < 0.08 && fr < 0.08 {
            Language::Unknown
        } else if fr > en {
            Language::French
        } else {
            Language::English
        }
    }

    /// Whether `word` (lower-cased) is a stopword.
    pub fn is_stopword(self, word: &str) -> bool {
        let bit = match self {
            Language::English => 1,
            Language::French => 2,
            Language::Unknown => return false,
        };
        let (index, lists) = &*STOPWORDS;
        index
            .get(word)
            .is_some_and(|id| lists[id as usize] & bit != 0)
    }

    /// The stem of `word` (lower-cased).
    pub fn stem(self, word: &str) -> Cow<'_, str> {
        match self {
            Language::English => Cow::Owned(stem::porter(word)),
            Language::French => {
                let n = word.chars().count();
                if n > 4 && (word.ends_with('s') || word.ends_with('x')) {
                    Cow::Owned(word[..word.len() - 1].to_string())
                } else {
                    Cow::Owned(word.to_string())
                }
            }
            Language::Unknown => Cow::Owned(word.to_string()),
        }
    }
}

/// The words of `text` with their byte offsets: see the [module
/// documentation](self).
pub(crate) fn word_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.unicode_word_indices()
}

/// The words of `text`, as they appear.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.unicode_words()
}

/// Lower-cases `word` into `buf` and drops a possessive `'s`.
fn normalise_word(word: &str, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        match c {
            '’' | 'ʼ' => buf.push('\''),
            c => buf.extend(c.to_lowercase()),
        }
    }
    if buf.ends_with("'s") {
        buf.truncate(buf.len() - 2);
    } else if buf.ends_with('\'') {
        buf.truncate(buf.len() - 1);
    }
}

/// The content terms of `text`: lower-cased, stopwords dropped, stemmed.
#[cfg(test)]
fn terms(text: &str, language: Language) -> Vec<String> {
    let mut buf = String::new();
    let mut out = Vec::new();
    for w in words(text) {
        normalise_word(w, &mut buf);
        if buf.is_empty() || language.is_stopword(&buf) {
            continue;
        }
        out.push(language.stem(&buf).into_owned());
    }
    out
}

/// What [`Vocabulary`] records for a stopword.
const NO_TERM: u32 = u32::MAX;

/// Interns terms as dense ids, remembering what each distinct word became,
/// so that stemming runs once per distinct word however long the text.
#[derive(Debug, Default)]
pub struct Vocabulary {
    language: Language,
    /// Lower-cased words, each with its term id in `word_terms`.
    words: Interner,
    /// Term id of each word ([`NO_TERM`] for a stopword).
    word_terms: Vec<u32>,
    /// The stems: term id → stem.
    stems: Interner,
    buf: String,
}

impl Vocabulary {
    /// An empty vocabulary for `language`.
    pub fn new(language: Language) -> Self {
        Vocabulary {
            language,
            ..Vocabulary::default()
        }
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

    /// The term id of one word as it appears in the text (`None` for stopwords).
    pub fn term(&mut self, word: &str) -> Option<u32> {
        let mut buf = std::mem::take(&mut self.buf);
        normalise_word(word, &mut buf);
        let (w, new) = self.words.intern(&buf);
        let id = if new {
            let id = if buf.is_empty() || self.language.is_stopword(&buf) {
                NO_TERM
            } else {
                self.stems.intern(&self.language.stem(&buf)).0
            };
            self.word_terms.push(id);
            id
        } else {
            self.word_terms[w as usize]
        };
        self.buf = buf;
        (id != NO_TERM).then_some(id)
    }

    /// Appends the term ids of `text` to `out`.
    pub fn terms_into(&mut self, text: &str, out: &mut Vec<u32>) {
        for w in words(text) {
            if let Some(id) = self.term(w) {
                out.push(id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("end. Next", &["end", "Next"]),
            ("", &[]),
            ("...!", &[]),
        ];
        for (text, want) in table {
            assert_eq!(words(text).collect::<Vec<_>>(), *want, "{text:?}");
        }
        let offsets: Vec<usize> = word_indices("a  bc d").map(|(i, _)| i).collect();
        assert_eq!(offsets, [0, 3, 6]);
    }

    #[test]
    fn terms_table() {
        let table: &[(&str, Language, &[&str])] = &[
            ("The cats are running", Language::English, &["cat", "run"]),
            (
                "Putin's troops, NATO’s plan",
                Language::English,
                &["putin", "troop", "nato", "plan"],
            ),
            (
                "It rose 3.5% to 1,000 in 2024",
                Language::English,
                &["rose", "3.5", "1,000", "2024"],
            ),
            (
                "Les chats sont dans la maison",
                Language::French,
                &["chat", "maison"],
            ),
            ("東京 rain", Language::Unknown, &["東", "京", "rain"]),
        ];
        for (text, lang, want) in table {
            assert_eq!(terms(text, *lang), *want, "{text:?}");
        }
    }

    #[test]
    fn detects_language() {
        assert_eq!(
            Language::detect("The council said that it would vote on the plan in the spring."),
            Language::English
        );
        assert_eq!(
            Language::detect(
                "Le conseil a dit qu'il voterait sur le plan au printemps avec les élus."
            ),
            Language::French
        );
        assert_eq!(Language::detect("東京は雨です"), Language::Unknown);
    }

    #[test]
    fn vocabulary_interns_stems() {
        let mut v = Vocabulary::new(Language::English);
        let mut ids = Vec::new();
        v.terms_into("Running runs; the runner ran.", &mut ids);
        assert_eq!(ids[0], ids[1], "running and runs share the stem run");
        assert_eq!(v.name(ids[0]), "run");
        assert_eq!(v.term("THE"), None);
    }
}
