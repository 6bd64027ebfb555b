//! Word and phrase lists, each one string: one entry per line, with a line
//! break before the first entry and after the last, written as
//!
//! ```text
//! static LIST: List = List::new("
//! first entry
//! second entry
//! ");
//! ```
//!
//! (A `&[&str]` in the binary would add a pointer and a length per entry,
//! 8 bytes each in the WebAssembly build, some 7 KB over the crate's
//! lists.) A [`List`] is split into a slice once, on first use; lists read
//! only once can stay plain strings, read with [`entries`].

use std::sync::OnceLock;

use crate::cleanup::CueIndex;
use crate::hash::Interner;

/// The tables built from the crate's lists and data on first use, all at
/// once (one lazily set static, where one per table would each bring their
/// own copy of the synchronisation code into the WebAssembly build).
pub(crate) struct Tables {
    /// Stopwords by id, with their lists (see `tokens::stopword_lists`).
    pub(crate) stopwords: (Interner, Vec<u8>),
    /// The furniture cue phrases by first word (see `furniture::cue_index`).
    pub(crate) cues: CueIndex,
    /// The sentence break classes (see `segment::table_class`).
    pub(crate) sentence_runs: Vec<u32>,
}

/// The [`Tables`].
pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        stopwords: crate::tokens::build_stopword_lists(),
        cues: crate::cleanup::build_cue_index(),
        sentence_runs: crate::segment::decode_runs(),
    })
}

/// The entries of the list `text`, in order.
pub(crate) fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.split('\n').filter(|entry| !entry.is_empty())
}

/// A list split into its entries on first use.
pub(crate) struct List {
    text: &'static str,
    entries: OnceLock<Vec<&'static str>>,
}

impl List {
    /// The list of the lines of `text` (see the [module documentation](self)).
    pub(crate) const fn new(text: &'static str) -> List {
        List {
            text,
            entries: OnceLock::new(),
        }
    }

    /// The entries, in order.
    pub(crate) fn get(&'static self) -> &'static [&'static str] {
        self.entries.get_or_init(|| entries(self.text).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_entry_per_line() {
        static LIST: List = List::new(
            "
mr
mrs
read more
",
        );
        assert_eq!(LIST.get(), ["mr", "mrs", "read more"]);
        assert_eq!(entries(LIST.text).count(), 3);
    }
}
