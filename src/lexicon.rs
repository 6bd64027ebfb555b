//! [`Lexicon`]: what the ranking needs to know of a language's words —
//! which are stopwords, and the stem of the others.
//!
//! [`Builtin`], the lexicon [`crate::summarize`] uses, holds every
//! language's data:
//!
//! - **Stopwords**: for English and French, salient's own lists of function
//!   words (the ranking was tuned with them; stopwords-iso's longer lists,
//!   which also hold content words such as "world" or "information", cost
//!   0.3 to 1.7 ROUGE-1 on four of the five English and French development
//!   sets); for every other language, stopwords-iso 1.1.0 (via the
//!   `stop-words` crate).
//! - **Stems**: Snowball (the `rust-stemmers` crate) for the languages it
//!   has: Arabic, Danish, Dutch, English, Finnish, German, Greek,
//!   Hungarian, Italian, Norwegian, Portuguese, Romanian, Russian, Spanish,
//!   Swedish and Turkish. French keeps salient's light stemmer (a plural
//!   `-s` or `-x` off words of more than four letters): Snowball's French
//!   stemmer costs every ranker 0.35 to 0.67 ROUGE-1 on OrangeSum (481
//!   articles). Other languages are compared as written (after
//!   lower-casing), as are texts whose language is unknown.
//!
//! A program that loads language data on demand (the WebAssembly build
//! does) implements [`Lexicon`] itself and calls [`crate::summarize_with`].

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::data;
use crate::intern::Set;
use crate::lang::Lang;

/// Stopwords and stems of a language's words (see the [module
/// documentation](self)). Words are given lower-cased, as the tokens make
/// them (`'` for the apostrophe, a possessive `'s` dropped).
pub trait Lexicon {
    /// Whether `word` is a stopword of `lang`: a function word that says
    /// nothing about the topic (ranking and keywords skip it).
    fn is_stopword(&self, lang: Lang, word: &str) -> bool;

    /// The stem of `word` in `lang` (words with one stem count as one
    /// term); `word` itself where the lexicon has no stemmer for `lang`.
    fn stem<'w>(&self, lang: Lang, word: &'w str) -> Cow<'w, str>;

    /// Whether `word` is too common in `lang` to be a keyword, though the
    /// ranking counts it: by default, only stopwords are.
    fn is_common(&self, lang: Lang, word: &str) -> bool {
        self.is_stopword(lang, word)
    }
}

/// The lexicon with every language built in (see the [module
/// documentation](self)).
#[derive(Debug, Clone, Copy, Default)]
pub struct Builtin;

impl Lexicon for Builtin {
    fn is_stopword(&self, lang: Lang, word: &str) -> bool {
        stopword_set(lang).contains(word)
    }

    /// English and French keywords also skip the words of stopwords-iso's
    /// longer lists ("year", "according", "information"): the ranking is
    /// better without them, the keywords are better with them.
    fn is_common(&self, lang: Lang, word: &str) -> bool {
        self.is_stopword(lang, word) || iso_set(lang).contains(word)
    }

    fn stem<'w>(&self, lang: Lang, word: &'w str) -> Cow<'w, str> {
        if lang == Lang::Fr {
            return french_plural(word);
        }
        match snowball(lang) {
            Some(algorithm) => Stemmer::create(algorithm).stem(word),
            None => Cow::Borrowed(word),
        }
    }
}

impl Builtin {
    /// The stopwords of `lang` this lexicon uses, in no particular order
    /// (empty for a language without a list).
    pub fn stopwords(lang: Lang) -> impl Iterator<Item = &'static str> {
        stopword_set(lang).iter().copied()
    }

    /// The words of `lang` that are not stopwords but too common to be
    /// keywords (see [`Lexicon::is_common`]), in no particular order.
    pub fn common_words(lang: Lang) -> impl Iterator<Item = &'static str> {
        let stop = stopword_set(lang);
        iso_set(lang)
            .iter()
            .copied()
            .filter(move |w| !stop.contains(w))
    }

    /// Whether this lexicon stems the words of `lang` (else they are
    /// compared as written).
    pub fn stems(lang: Lang) -> bool {
        lang == Lang::Fr || snowball(lang).is_some()
    }
}

/// French words of more than four letters without a plural `-s` or `-x`.
fn french_plural(word: &str) -> Cow<'_, str> {
    match word.strip_suffix(['s', 'x']) {
        Some(singular) if word.chars().count() > 4 => Cow::Borrowed(singular),
        _ => Cow::Borrowed(word),
    }
}

/// The Snowball algorithm of `lang`, if Snowball has one (and salient uses it).
fn snowball(lang: Lang) -> Option<Algorithm> {
    Some(match lang {
        Lang::Ar => Algorithm::Arabic,
        Lang::Da => Algorithm::Danish,
        Lang::Nl => Algorithm::Dutch,
        Lang::En => Algorithm::English,
        Lang::Fi => Algorithm::Finnish,
        Lang::De => Algorithm::German,
        Lang::El => Algorithm::Greek,
        Lang::Hu => Algorithm::Hungarian,
        Lang::It => Algorithm::Italian,
        Lang::Nb => Algorithm::Norwegian,
        Lang::Pt => Algorithm::Portuguese,
        Lang::Ro => Algorithm::Romanian,
        Lang::Ru => Algorithm::Russian,
        Lang::Es => Algorithm::Spanish,
        Lang::Sv => Algorithm::Swedish,
        Lang::Tr => Algorithm::Turkish,
        _ => return None,
    })
}

/// The stopwords of `lang` as a set, built on first use.
fn stopword_set(lang: Lang) -> &'static Set<&'static str> {
    static SETS: [OnceLock<Set<&'static str>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    SETS[lang as usize].get_or_init(|| stopword_list(lang).iter().copied().collect())
}

/// stopwords-iso's list of `lang` as a set, built on first use.
fn iso_set(lang: Lang) -> &'static Set<&'static str> {
    static SETS: [OnceLock<Set<&'static str>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    SETS[lang as usize].get_or_init(|| iso_list(lang).iter().copied().collect())
}

/// stopwords-iso's list of `lang`.
fn iso_list(lang: Lang) -> &'static [&'static str] {
    stop_words::lookup(stopwords_iso_code(lang)).unwrap_or(&[])
}

/// The stopword list of `lang` (see the [module documentation](self)).
fn stopword_list(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => data::ENGLISH_STOPWORDS,
        Lang::Fr => data::FRENCH_STOPWORDS,
        _ => iso_list(lang),
    }
}

/// stopwords-iso's code of `lang` (Norwegian Bokmål is `no` there).
fn stopwords_iso_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => "no",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_stopwords() {
        for lang in Lang::ALL {
            assert!(
                Builtin::stopwords(lang).next().is_some(),
                "{lang:?} has no stopwords"
            );
        }
    }

    #[test]
    fn stopwords_and_stems() {
        let table: &[(Lang, &str, bool, &str)] = &[
            (Lang::En, "the", true, "the"),
            (Lang::En, "running", false, "run"),
            (Lang::Fr, "les", true, "les"),
            (Lang::Fr, "maisons", false, "maison"),
            (Lang::De, "und", true, "und"),
            (Lang::De, "häuser", false, "haus"),
            (Lang::Pt, "não", true, "não"),
            (Lang::Pt, "eleições", false, "eleiçõ"),
            (Lang::Ru, "и", true, "и"),
            (Lang::Ru, "выборы", false, "выбор"),
            (Lang::Vi, "được", true, "được"),
            (Lang::Vi, "quốc", false, "quốc"),
            (Lang::Nb, "og", true, "og"),
        ];
        assert!(!Builtin.is_stopword(Lang::En, "year") && Builtin.is_common(Lang::En, "year"));
        assert!(Builtin.is_common(Lang::En, "the"));
        assert!(!Builtin.is_common(Lang::En, "harbour"));
        assert!(Builtin::common_words(Lang::En).any(|w| w == "information"));
        assert!(Builtin::common_words(Lang::De).next().is_none());
        for &(lang, word, stop, stem) in table {
            assert_eq!(Builtin.is_stopword(lang, word), stop, "{lang:?} {word}");
            if !stop {
                assert_eq!(Builtin.stem(lang, word), stem, "{lang:?} {word}");
            }
        }
    }
}
