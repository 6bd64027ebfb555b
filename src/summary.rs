//! The result of summarising: [`Summary`] and its parts.

use std::ops::Range;

use crate::cleanup::Removed;
use crate::Lang;

/// One sentence of the cleaned text, with its score.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ScoredSentence {
    /// Position among the candidate sentences, from 0.
    pub index: usize,
    /// Byte range of the sentence in the original text.
    pub range: Range<usize>,
    /// The sentence as display text: whitespace runs (line breaks included)
    /// folded to one space, invisible characters dropped.
    pub text: String,
    /// The ranker's score; higher is more central. Scores compare within one
    /// summary only.
    pub score: f64,
    /// Whether the sentence is part of the summary.
    pub selected: bool,
}

/// A keyword or key phrase, with its score (higher is more important).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Keyword {
    /// The phrase as it appears in the text (its most frequent surface form).
    pub text: String,
    /// Its score; scores compare within one text only.
    pub score: f64,
}

/// Counts about the input and the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Stats {
    /// Words in the candidate sentences (the article as cleaned).
    pub input_words: usize,
    /// Candidate sentences.
    pub input_sentences: usize,
    /// Words in the summary.
    pub summary_words: usize,
    /// Sentences in the summary.
    pub summary_sentences: usize,
    /// Characters of the original text (Unicode scalar values).
    pub input_chars: usize,
}

/// What [`crate::summarize`] returns.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Summary {
    /// Every candidate sentence in document order, each with its score and
    /// whether it was selected.
    pub sentences: Vec<ScoredSentence>,
    /// Keywords, best first (as many as asked for, or fewer).
    pub keywords: Vec<Keyword>,
    /// What cleanup set aside, in document order, with the reason.
    pub removed: Vec<Removed>,
    /// The title, if the text starts with one (a headline-like first line).
    pub title: Option<String>,
    /// The language the text was read in: the one asked for, else the one
    /// detected; `None` when it could not be told (then no stopwords and no
    /// stemming were used).
    pub language: Option<Lang>,
    /// Counts.
    pub stats: Stats,
}

impl Summary {
    /// The summary: the selected sentences, in document order.
    pub fn selected(&self) -> impl Iterator<Item = &ScoredSentence> + '_ {
        self.sentences.iter().filter(|s| s.selected)
    }

    /// The summary's sentences as display text, in document order.
    pub fn texts(&self) -> Vec<&str> {
        self.selected().map(|s| s.text.as_str()).collect()
    }
}
