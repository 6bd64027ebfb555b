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
//!   `stop-words` crate). Chinese leaves out 108 of the list's single
//!   characters that are mostly parts of words (中 of 中国, 人 of 人民,
//!   大 of 大学, by jieba's dictionary frequencies: `data::CHINESE_BOUND`):
//!   a stopword character ends a run of Han bigrams (see `tokens`), so it
//!   would cut those words apart (中国 → 国).
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
pub use crate::data::{Abbreviations, Words};
use crate::intern::Set;
pub use crate::lang::Evidence;
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

    /// The sentence-splitting abbreviations of `lang` (titles, ambiguous
    /// abbreviations, sentence starters, ...), if it has a list; `None`:
    /// only the international ones apply. English's are built into the
    /// splitter whatever this says. By default, the built-in lists
    /// ([`Builtin`]).
    fn abbreviations(&self, lang: Lang) -> Option<&Abbreviations> {
        data::abbreviations(lang.code())
    }

    /// The titles that the splitter applies to a text whose language is not
    /// known (those of every language's list that are no word in another:
    /// `Srta.`, `Dott.`, `Skt.`). By default, the built-in ones.
    fn neutral_titles(&self) -> &Words {
        &data::NEUTRAL_TITLES
    }

    /// The language of `text` (cleaned), or `None` when it cannot be told:
    /// what a summary is read in when no language is given. By default,
    /// [`crate::lang::detect`] with its built-in evidence.
    fn detect(&self, text: &str) -> Option<Lang> {
        crate::lang::detect(text)
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
    SETS[lang as usize].get_or_init(|| {
        let list = stopword_list(lang).iter().copied();
        if lang == Lang::Zh {
            list.filter(|w| !is_bound_character(w)).collect()
        } else {
            list.collect()
        }
    })
}

/// Whether `word` is one of the Chinese characters that are mostly parts of
/// words ([`data::CHINESE_BOUND`]).
fn is_bound_character(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if data::CHINESE_BOUND.contains(c))
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

/// A language file (`lang/<code>.txt`, written by [`LanguageFile::write`]
/// for the built-in data, read by [`LanguageFile::parse`]): everything a
/// lexicon loaded on demand needs of one language. One word per line; the
/// stopwords first, then sections, each opened by a line `# <name>`:
///
/// - `# common`: words too common to be keywords that the ranking counts;
/// - `# titles`, `# numbering`, `# ambiguous`, `# after number`,
///   `# starters`: the sentence-splitting lists of [`Abbreviations`];
/// - `# dotted ordinals` (no words): ordinals are written with a full stop.
///
/// Blank lines are skipped; sections a program does not know are ignored.
/// A file of stopwords alone (before the sections were added) still reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LanguageFile<'a> {
    /// The stopwords.
    pub stopwords: Vec<&'a str>,
    /// The words too common to be keywords (see [`Lexicon::is_common`]).
    pub common: Vec<&'a str>,
    /// The sentence-splitting abbreviations (empty lists: none), with its
    /// `code` left empty.
    pub abbreviations: Abbreviations,
}

impl<'a> LanguageFile<'a> {
    /// Reads a language file.
    pub fn parse(text: &'a str) -> Self {
        let mut file = LanguageFile::default();
        let mut lists: [Vec<&str>; 5] = Default::default();
        // 0: stopwords, 1: common, 2..=6: the lists, 7: unknown
        let mut section = 0;
        for line in text.lines().map(str::trim) {
            if let Some(name) = line.strip_prefix('#') {
                section = match name.trim() {
                    "common" => 1,
                    "titles" => 2,
                    "numbering" => 3,
                    "ambiguous" => 4,
                    "after number" => 5,
                    "starters" => 6,
                    "dotted ordinals" => {
                        file.abbreviations.dotted_ordinals = true;
                        7
                    }
                    _ => 7,
                };
                continue;
            }
            if line.is_empty() {
                continue;
            }
            match section {
                0 => file.stopwords.push(line),
                1 => file.common.push(line),
                2..=6 => lists[section - 2].push(line),
                _ => {}
            }
        }
        let [titles, numbering, ambiguous, after_number, starters] = lists;
        let a = &mut file.abbreviations;
        a.titles = Words::from_words(titles);
        a.numbering = Words::from_words(numbering);
        a.ambiguous = Words::from_words(ambiguous);
        a.after_number = Words::from_words(after_number);
        a.starters = Words::from_words(starters);
        file
    }

    /// The language file of `lang` with the built-in data ([`Builtin`]):
    /// stopwords and common words sorted, the abbreviations as listed.
    pub fn write(lang: Lang) -> String {
        let mut words: Vec<&str> = Builtin::stopwords(lang).collect();
        words.sort_unstable();
        let mut common: Vec<&str> = Builtin::common_words(lang).collect();
        common.sort_unstable();
        let mut text = String::new();
        let mut section = |name: &str, list: &mut dyn Iterator<Item = &str>| {
            let mut list = list.peekable();
            if list.peek().is_none() {
                return;
            }
            if !name.is_empty() {
                text.push_str("# ");
                text.push_str(name);
                text.push('\n');
            }
            for w in list {
                text.push_str(w);
                text.push('\n');
            }
        };
        section("", &mut words.into_iter());
        section("common", &mut common.into_iter());
        // English's lists are built into the splitter
        if let Some(a) = data::abbreviations(lang.code()).filter(|_| lang != Lang::En) {
            section("titles", &mut a.titles.iter());
            section("numbering", &mut a.numbering.iter());
            section("ambiguous", &mut a.ambiguous.iter());
            section("after number", &mut a.after_number.iter());
            section("starters", &mut a.starters.iter());
            if a.dotted_ordinals {
                text.push_str("# dotted ordinals\n");
            }
        }
        text
    }
}

/// The detection file (`lang/detect.txt`, written by
/// [`DetectionFile::write`] for the built-in data, read by
/// [`DetectionFile::parse`]): the detector's [`Evidence`] (a line per
/// language, see [`Evidence::write`]), then after a line `# titles` the
/// titles the splitter applies to a text in no known language
/// ([`Lexicon::neutral_titles`]), one per line.
#[derive(Debug, Default)]
pub struct DetectionFile {
    /// The detector's evidence.
    pub evidence: Evidence,
    /// The titles for texts in no known language.
    pub neutral_titles: Words,
}

/// The line that opens the titles of a [`DetectionFile`].
const TITLES_SECTION: &str = "# titles";

impl DetectionFile {
    /// Reads a detection file (line ends `\n` or `\r\n`); an error names
    /// the first line of evidence it cannot read. A file without titles
    /// reads with none.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut at = 0;
        let mut split = (text, "");
        for line in text.split_inclusive('\n') {
            if line.trim_end() == TITLES_SECTION {
                split = (&text[..at], &text[at + line.len()..]);
                break;
            }
            at += line.len();
        }
        let (evidence, titles) = split;
        Ok(DetectionFile {
            evidence: Evidence::parse(evidence)?,
            neutral_titles: Words::from_words(titles.lines().map(str::trim)),
        })
    }

    /// The detection file of the built-in data ([`Builtin`]).
    pub fn write() -> String {
        let mut text = Evidence::write();
        text.push_str(TITLES_SECTION);
        text.push('\n');
        for title in Builtin.neutral_titles().iter() {
            text.push_str(title);
            text.push('\n');
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language's file reads back as the built-in data.
    #[test]
    fn language_files_round_trip() {
        for lang in Lang::ALL {
            let text = LanguageFile::write(lang);
            let file = LanguageFile::parse(&text);
            let mut stop: Vec<&str> = Builtin::stopwords(lang).collect();
            stop.sort_unstable();
            assert_eq!(file.stopwords, stop, "{lang:?}");
            assert_eq!(file.common.len(), Builtin::common_words(lang).count());
            match data::abbreviations(lang.code()).filter(|_| lang != Lang::En) {
                Some(a) => {
                    let mut got = file.abbreviations.clone();
                    got.code = a.code;
                    assert_eq!(&got, a, "{lang:?}");
                    assert!(!got.is_empty(), "{lang:?}");
                }
                None => {
                    assert_eq!(file.abbreviations, Abbreviations::default(), "{lang:?}");
                    assert!(file.abbreviations.is_empty());
                }
            }
        }
        let old = LanguageFile::parse("und\nder\n# common\njahr\n# later\nx\n");
        assert_eq!(old.stopwords, ["und", "der"]);
        assert_eq!(old.common, ["jahr"]);
        assert!(old.abbreviations.titles.is_empty() && !old.abbreviations.dotted_ordinals);
    }

    /// The detection file reads back as the built-in evidence and titles.
    #[test]
    fn detection_file_round_trips() {
        let file = DetectionFile::parse(&DetectionFile::write()).expect("it reads");
        assert_eq!(
            file.neutral_titles.as_str(),
            Builtin.neutral_titles().as_str()
        );
        for text in [
            "Der Zug fährt heute nicht nach Berlin.",
            "Le train ne part pas.",
        ] {
            assert_eq!(file.evidence.detect(text), Evidence::builtin().detect(text));
        }
        let crlf = DetectionFile::write().replace('\n', "\r\n");
        let file = DetectionFile::parse(&crlf).expect("it reads with CRLF line ends");
        assert_eq!(
            file.neutral_titles.as_str(),
            Builtin.neutral_titles().as_str()
        );
        let bare = DetectionFile::parse("").expect("an empty file reads");
        assert!(bare.neutral_titles.is_empty());
        assert!(DetectionFile::parse("xx\tLatin\t\ta\n# titles\nsr\n").is_err());
    }

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
            (Lang::Zh, "的", true, "的"),
            (Lang::Zh, "我们", true, "我们"),
            // on stopwords-iso's list, but mostly part of a word (中国)
            (Lang::Zh, "中", false, "中"),
        ];
        // still too common to be a keyword on its own
        assert!(Builtin.is_common(Lang::Zh, "中"));
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
