//! The crate's static data: word and phrase lists, and the indexes built
//! from them on first use. Nothing here looks at a text; the modules above
//! (cleanup, segmentation, tokens, selection) read these lists.
//!
//! - [`abbreviations`](mod@abbreviations): abbreviations, sentence starters, month names and
//!   time zones for sentence splitting, by language; words that leave an
//!   opening sentence dangling.
//! - [`furniture`]: cue phrases of page furniture (read more, paywalls,
//!   bylines, credits, ...).
//! - [`markup`]: HTML elements whose content is never prose, and the inline ones.
//! - [`particles`]: Korean particles, which attach to nouns.
//! - [`stopwords`]: salient's own English and French function words (other
//!   languages' stopwords come from stopwords-iso: see `lexicon`).
//! - [`chinese`]: the single characters of stopwords-iso's Chinese list that
//!   are mostly parts of words, which are no stopwords here.

use std::sync::LazyLock;

use crate::intern::Interner;

mod abbreviations;
mod chinese;
mod furniture;
mod markup;
mod particles;
mod stopwords;

pub(crate) use abbreviations::*;
pub use abbreviations::{Abbreviations, Words};
pub(crate) use chinese::*;
pub(crate) use furniture::*;
pub(crate) use markup::*;
pub(crate) use particles::*;
pub(crate) use stopwords::*;

/// The cue phrase lists that lines are matched against all at once (see
/// `cleanup::furniture::Line::count`), at most 64 phrases each.
pub(crate) static CUE_LISTS: [&[&str]; 5] = [
    PAYWALL_STRONG,
    PAYWALL_WEAK,
    PROMO_STRONG,
    BYLINE_CUES,
    CREDIT_CUES,
];

/// The bytes that open a cue of [`CREDIT_AT`].
pub(crate) static CREDIT_AT_FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut first = [false; 256];
    for cue in CREDIT_AT {
        if let Some(&b) = cue.as_bytes().first() {
            first[usize::from(b)] = true;
        }
    }
    first
});

/// The first words of the phrases of [`CUE_LISTS`], each (by id) with the
/// phrases it opens.
#[derive(Debug, Default)]
pub(crate) struct CueIndex {
    /// First words of the phrases.
    pub(crate) words: Interner,
    /// By first-word id: (list, position in the list, phrase).
    pub(crate) phrases_of: Vec<Vec<(usize, usize, &'static str)>>,
}

/// The index of [`CUE_LISTS`].
pub(crate) static CUES: LazyLock<CueIndex> = LazyLock::new(|| {
    let mut index = CueIndex::default();
    for (list, phrases) in CUE_LISTS.into_iter().enumerate() {
        for (bit, &phrase) in phrases.iter().enumerate() {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            let (id, new) = index.words.intern(first);
            if new {
                index.phrases_of.push(Vec::new());
            }
            index.phrases_of[id as usize].push((list, bit, phrase));
        }
    }
    index
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists looked up by sorted order or by identity are sorted and hold
    /// no duplicates; every entry is lower-case where matching folds case.
    #[test]
    fn lists_are_well_formed() {
        for list in [ENGLISH_STOPWORDS, FRENCH_STOPWORDS] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(list, sorted);
        }
        for list in [ZONES, DANGLING] {
            for entry in list {
                assert_eq!(*entry, entry.to_lowercase(), "{entry:?}");
            }
        }
        assert!(CUE_LISTS.iter().all(|l| l.len() <= 64));
    }

    /// The sentence-splitting lists: codes sorted and unique (they are
    /// looked up by binary search), entries lower-case, without their final
    /// full stop and unique within each list, separated by single spaces.
    #[test]
    fn abbreviation_lists_are_well_formed() {
        assert!(LANGUAGES.windows(2).all(|w| w[0].code < w[1].code));
        let mut all = vec![&ENGLISH, &INTERNATIONAL];
        all.extend(LANGUAGES);
        for a in all {
            // `Rules::kind` asks after_number, numbering, titles, ambiguous in
            // turn: a word in two of them would be dead in the later one.
            // (list, whether it is a kind of abbreviation)
            let mut kinds = std::collections::HashSet::new();
            for (list, kind) in [
                (&a.titles, true),
                (&a.numbering, true),
                (&a.ambiguous, true),
                (&a.after_number, true),
                (&a.starters, false),
            ] {
                let s = list.as_str();
                assert!(
                    !s.contains("  ") && !s.starts_with(' ') && !s.ends_with(' '),
                    "{}: {s:?}",
                    a.code,
                );
                let mut seen = std::collections::HashSet::new();
                for entry in list.iter() {
                    assert_eq!(entry, entry.to_lowercase(), "{}: {entry:?}", a.code);
                    assert!(
                        !entry.is_empty() && !entry.ends_with('.'),
                        "{}: {entry:?}",
                        a.code
                    );
                    assert!(seen.insert(entry), "{}: {entry:?} twice", a.code);
                    assert!(
                        !kind || kinds.insert(entry),
                        "{}: {entry:?} in two kinds of abbreviation",
                        a.code
                    );
                }
            }
        }
        for list in [&MONTHS, &NOT_NEUTRAL, &TITLES, &AMBIGUOUS, &STARTERS] {
            let mut seen = std::collections::HashSet::new();
            for entry in list.iter() {
                assert_eq!(entry, entry.to_lowercase(), "{entry:?}");
                assert!(seen.insert(entry), "{entry:?} twice");
            }
        }
    }
}
