//! The default ranker, tuned for news.
//!
//! Each sentence's score is a weighted sum of four features, each in
//! `[0, 1]` (weights in [`Weights`]):
//!
//! - **centrality**: continuous LexRank (tf-idf cosine graph + PageRank),
//!   scaled by its maximum. For very long texts (more than
//!   [`GRAPH_LIMIT`] sentences) the cosine with the centroid of all
//!   sentences stands in for it, which is linear in the text's size;
//! - **position**: `1 / (1 + i / position_decay)`: news puts the gist first;
//! - **title overlap**: tf-idf cosine with the title, or without one, with
//!   the first sentence;
//! - **length**: a log-normal bump around `ideal_length` content words:
//!   fragments and run-on sentences are less likely summary material.
//!
//! Selection then adds redundancy control (MMR), near-duplicate removal and
//! the dangling-opener guard (see [`crate::select`]).

use super::{cosine, lexrank, normalise, pagerank, Doc};
use crate::Weights;

/// Above this many sentences, centrality is the cosine with the centroid
/// rather than PageRank over the full graph.
pub const GRAPH_LIMIT: usize = 2000;

/// Centrality of every sentence in `[0, 1]`.
pub fn centrality(doc: &Doc) -> Vec<f64> {
    let mut c = if doc.len() <= GRAPH_LIMIT {
        pagerank(&lexrank::graph(doc), 0.85)
    } else {
        centroid_similarity(doc)
    };
    normalise(&mut c);
    c
}

/// Cosine of each sentence's tf-idf vector with the sum of all sentences'
/// unit tf-idf vectors.
pub fn centroid_similarity(doc: &Doc) -> Vec<f64> {
    let mut centroid = vec![0.0f64; doc.vocabulary_len()];
    let norms: Vec<f64> = (0..doc.len()).map(|i| lexrank::norm(doc, i)).collect();
    for (i, &norm) in norms.iter().enumerate() {
        if norm > 0.0 {
            for &(t, c) in doc.bag(i) {
                centroid[t as usize] += lexrank::tf_idf(doc, t, c) / norm;
            }
        }
    }
    let cnorm = centroid.iter().map(|x| x * x).sum::<f64>().sqrt();
    (0..doc.len())
        .map(|i| {
            let dot: f64 = doc
                .bag(i)
                .iter()
                .map(|&(t, c)| lexrank::tf_idf(doc, t, c) * centroid[t as usize])
                .sum();
            let d = norms[i] * cnorm;
            if d > 0.0 {
                dot / d
            } else {
                0.0
            }
        })
        .collect()
}

/// The length prior of a sentence with `len` content words.
pub fn length_prior(len: usize, ideal: f64) -> f64 {
    if len == 0 || ideal <= 0.0 {
        return 0.0;
    }
    let x = (len as f64 / ideal).ln() / 0.8;
    (-0.5 * x * x).exp()
}

/// Scores of every sentence; `title` is the title's term bag (may be empty).
pub fn scores(doc: &Doc, title: &[(u32, f32)], w: &Weights) -> Vec<f64> {
    let n = doc.len();
    if n == 0 {
        return Vec::new();
    }
    let central = centrality(doc);
    let reference = if title.is_empty() { doc.bag(0) } else { title };
    let decay = if w.position_decay > 0.0 {
        w.position_decay
    } else {
        1.0
    };
    (0..n)
        .map(|i| {
            let position = 1.0 / (1.0 + i as f64 / decay);
            let overlap = cosine(doc.bag(i), reference, |t, c| lexrank::tf_idf(doc, t, c));
            let length = length_prior(doc.seq(i).len(), w.ideal_length);
            let s = w.centrality * central[i]
                + w.position * position
                + w.title * overlap
                + w.length * length;
            if s.is_finite() {
                s
            } else {
                0.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Vocabulary;
    use crate::Language;

    #[test]
    fn length_prior_peaks_at_ideal() {
        assert!((length_prior(14, 14.0) - 1.0).abs() < 1e-12);
        assert!(length_prior(3, 14.0) < length_prior(10, 14.0));
        assert!(length_prior(60, 14.0) < length_prior(20, 14.0));
        assert_eq!(length_prior(0, 14.0), 0.0);
    }

    #[test]
    fn centroid_agrees_with_graph_on_the_obvious_hub() {
        let mut v = Vocabulary::new(Language::English);
        let doc = Doc::new(
            [
                "The storm hit the harbour.",
                "The storm closed schools.",
                "Schools near the harbour shut.",
                "The storm hit the harbour and closed schools.",
                "A cat sat.",
            ],
            &mut v,
        );
        let g = centrality(&doc);
        let c = centroid_similarity(&doc);
        let argmax = |v: &[f64]| (0..v.len()).max_by(|&a, &b| v[a].total_cmp(&v[b])).unwrap();
        assert_eq!(argmax(&g), 3);
        assert_eq!(argmax(&c), 3);
        assert!(
            c[4] < c[0] && g[4] < g[0],
            "the unrelated sentence ranks lowest"
        );
    }
}
