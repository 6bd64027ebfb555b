//! Ranking: every candidate sentence gets a score.
//!
//! All rankers share one representation of the text, [`Doc`]: each
//! sentence's content terms in order and as a sorted bag with counts, plus
//! document frequencies. It is laid out flat (one vector for all sentences)
//! so ranking allocates nothing per sentence.

mod graph;
pub mod lexrank;
pub mod luhn;
pub mod salient;
pub mod textrank;

use crate::text::is_letter_or_digit;
use crate::tokens::{Vocabulary, Word};
use crate::{Algorithm, Weights};

pub use graph::{pagerank, Edges, Graph};

/// The sentences of a text as words and terms.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Sentence `i`'s terms in order are `seq[seq_at[i]..seq_at[i + 1]]`.
    seq: Vec<u32>,
    seq_at: Vec<usize>,
    /// Sentence `i`'s distinct terms (sorted) and counts are
    /// `bag[bag_at[i]..bag_at[i + 1]]`.
    bag: Vec<(u32, f32)>,
    bag_at: Vec<usize>,
    /// In how many sentences each term occurs.
    df: Vec<u32>,
    /// Sentence `i`'s words (stopwords included) are
    /// `words[words_at[i]..words_at[i + 1]]`.
    words: Vec<Word>,
    words_at: Vec<usize>,
    /// Whether each sentence is a quotation or a first-person aside.
    aside: Vec<bool>,
    /// [`Doc::idf`] of every term, computed once.
    idf: Vec<f64>,
}

impl Doc {
    /// Builds the representation of `sentences`, interning terms in `vocab`.
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a str>, vocab: &mut Vocabulary) -> Doc {
        let mut doc = Doc {
            seq_at: vec![0],
            bag_at: vec![0],
            words_at: vec![0],
            ..Doc::default()
        };
        let mut scratch: Vec<u32> = Vec::new();
        for s in sentences {
            let start = doc.seq.len();
            let first = doc.words.len();
            vocab.read(s, &mut doc.words);
            doc.seq
                .extend(doc.words[first..].iter().filter_map(|w| w.term));
            doc.words_at.push(doc.words.len());
            doc.aside.push(is_aside(s));
            doc.seq_at.push(doc.seq.len());
            scratch.clear();
            scratch.extend_from_slice(&doc.seq[start..]);
            scratch.sort_unstable();
            for run in scratch.chunk_by(|a, b| a == b) {
                let t = run[0];
                doc.bag.push((t, run.len() as f32));
                if doc.df.len() <= t as usize {
                    doc.df.resize(t as usize + 1, 0);
                }
                doc.df[t as usize] += 1;
            }
            doc.bag_at.push(doc.bag.len());
        }
        doc.df.resize(vocab.len(), 0);
        doc.idf = (0..doc.df.len() as u32).map(|t| doc.idf_of(t)).collect();
        doc
    }

    /// Number of sentences.
    pub(crate) fn len(&self) -> usize {
        self.words_at.len().saturating_sub(1)
    }

    /// Sentence `i`'s content terms, in order.
    pub fn seq(&self, i: usize) -> &[u32] {
        &self.seq[self.seq_at[i]..self.seq_at[i + 1]]
    }

    /// Sentence `i`'s distinct terms (sorted by id) with counts.
    pub fn bag(&self, i: usize) -> &[(u32, f32)] {
        &self.bag[self.bag_at[i]..self.bag_at[i + 1]]
    }

    /// Number of words (stopwords included) of sentence `i`.
    pub fn words(&self, i: usize) -> usize {
        self.words_at[i + 1] - self.words_at[i]
    }

    /// The words of sentence `i`, in order.
    pub fn sentence_words(&self, i: usize) -> &[Word] {
        &self.words[self.words_at[i]..self.words_at[i + 1]]
    }

    /// Whether sentence `i` opens with a quotation mark or speaks in the
    /// first person outside quotes: colour rather than gist, in news.
    pub fn aside(&self, i: usize) -> bool {
        self.aside[i]
    }

    /// Number of terms known to the document.
    pub fn vocabulary_len(&self) -> usize {
        self.df.len()
    }

    /// Document frequency of term `t` (in sentences).
    pub fn df(&self, t: u32) -> u32 {
        self.df.get(t as usize).copied().unwrap_or(0)
    }

    /// Inverse sentence frequency of `t`: `ln(N / df)`, at least a small
    /// positive floor so that a term in every sentence still counts a little.
    pub fn idf(&self, t: u32) -> f64 {
        match self.idf.get(t as usize) {
            Some(&x) => x,
            None => self.idf_of(t),
        }
    }

    fn idf_of(&self, t: u32) -> f64 {
        let n = self.len().max(1) as f64;
        let df = f64::from(self.df(t).max(1));
        (n / df).ln().max(0.01)
    }
}

/// Whether `sentence` opens with a quotation mark, or uses a first- or
/// second-person pronoun outside quotation marks.
pub fn is_aside(sentence: &str) -> bool {
    let t = sentence.trim_start();
    if t.starts_with(['"', '“', '‘', '«', '„', '\'']) {
        return true;
    }
    // the pronouns are ASCII words: without an ASCII letter there is none
    // (and no need to ask the Unicode tables about every letter)
    if !t.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let mut quoted = false;
    let mut word_start: Option<usize> = None;
    for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
        if is_letter_or_digit(c) || c == '\'' || c == '’' {
            if word_start.is_none() {
                word_start = Some(i);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            // "We're" and "I've" count as "We" and "I"
            let w = t[s..i].split(['\'', '’']).next().unwrap_or("");
            if !quoted
                && matches!(
                    w,
                    "I" | "me"
                        | "my"
                        | "we"
                        | "We"
                        | "our"
                        | "Our"
                        | "us"
                        | "you"
                        | "You"
                        | "your"
                        | "Your"
                )
            {
                return true;
            }
        }
        match c {
            '"' => quoted = !quoted,
            '“' | '«' => quoted = true,
            '”' | '»' => quoted = false,
            _ => {}
        }
    }
    false
}

/// Scores every sentence of `doc` with `algorithm`; `title` holds the term
/// bag of the title (used by [`Algorithm::Salient`]).
pub fn score(
    algorithm: Algorithm,
    doc: &Doc,
    title: &[(u32, f32)],
    weights: &Weights,
    target: usize,
) -> Vec<f64> {
    match algorithm {
        Algorithm::Lead => (0..doc.len()).map(|i| 1.0 / (1.0 + i as f64)).collect(),
        Algorithm::TextRank => textrank::scores(doc),
        Algorithm::LexRank => lexrank::scores(doc),
        Algorithm::Luhn => luhn::scores(doc),
        Algorithm::Salient => salient::scores(doc, title, weights, target),
    }
}

/// Cosine similarity of two sorted term bags weighted by `w(term, count)`.
pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)], w: impl Fn(u32, f32) -> f64) -> f64 {
    let (mut dot, mut na, mut nb) = (0.0, 0.0, 0.0);
    for &(t, c) in a {
        let x = w(t, c);
        na += x * x;
    }
    for &(t, c) in b {
        let x = w(t, c);
        nb += x * x;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += w(a[i].0, a[i].1) * w(b[j].0, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na.sqrt() * nb.sqrt())
    }
}

/// Jaccard similarity of the term sets of two sorted bags.
pub fn jaccard(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Scales scores to `[0, 1]` by the maximum (all zeros stay zeros).
pub fn normalise(scores: &mut [f64]) {
    let max = scores.iter().copied().fold(0.0f64, f64::max);
    if max > 0.0 && max.is_finite() {
        for s in scores.iter_mut() {
            *s /= max;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(sentences: &[&str]) -> Doc {
        let mut v = crate::tokens::english();
        Doc::new(sentences.iter().copied(), &mut v)
    }

    #[test]
    fn doc_layout() {
        let d = doc(&["Cats chase cats.", "", "Dogs chase cats and birds."]);
        assert_eq!(d.len(), 3);
        assert_eq!(d.seq(0).len(), 3);
        assert_eq!(d.bag(0).len(), 2);
        assert!(d.bag(1).is_empty());
        assert_eq!(d.words(2), 5);
        let cat = d.seq(0)[0];
        assert_eq!(d.df(cat), 2);
        assert!((d.idf(cat) - (1.5f64).ln()).abs() < 1e-9);
    }

    #[test]
    fn similarities() {
        let d = doc(&["red apples fall", "red apples fall", "blue sky above"]);
        assert!((cosine(d.bag(0), d.bag(1), |_, c| f64::from(c)) - 1.0).abs() < 1e-9);
        assert_eq!(cosine(d.bag(0), d.bag(2), |_, c| f64::from(c)), 0.0);
        assert_eq!(jaccard(d.bag(0), d.bag(1)), 1.0);
        assert_eq!(jaccard(d.bag(0), d.bag(2)), 0.0);
    }

    #[test]
    fn every_algorithm_scores_every_sentence() {
        let d = doc(&[
            "The storm hit the coast.",
            "The storm moved inland.",
            "Schools closed.",
            "",
        ]);
        for a in Algorithm::ALL {
            let s = score(a, &d, &[], &Weights::default(), 2);
            assert_eq!(s.len(), 4, "{a}");
            assert!(s.iter().all(|x| x.is_finite()), "{a}: {s:?}");
        }
    }
}

#[cfg(test)]
mod aside_tests {
    use super::is_aside;

    #[test]
    fn asides() {
        for (s, want) in [
            ("\"I thought so,\" she said.", true),
            ("“We won,” he said.", true),
            ("I was there when it happened.", true),
            ("He said “we will win” at the rally.", false),
            ("The council voted on Monday.", false),
            ("Yours truly is not a pronoun here.", false),
            ("We're willing to help, he said.", true),
        ] {
            assert_eq!(is_aside(s), want, "{s:?}");
        }
    }
}
