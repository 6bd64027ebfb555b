//! The default ranker, tuned for news.
//!
//! A sentence's score is its **centrality** plus a **news prior** scaled by
//! how selective the summary is (weights in [`Weights`]):
//!
//! - centrality: TextRank (word-overlap graph + PageRank), scaled so the
//!   most central sentence has 1. From 200 sentences on the graph links
//!   each sentence to its [`NEIGHBOURS`] most similar ones only (a sparse
//!   graph, see [`Edges::Nearest`]), so that its cost per sentence stays
//!   flat; for very long texts (more than [`GRAPH_LIMIT`] sentences) the
//!   cosine with the centroid of all sentences stands in for it, which is
//!   linear in the text's size too;
//! - the news prior adds a position prior (`1 / (1 + i / position_decay)`),
//!   directed centrality (how much the sentences *after* a sentence share
//!   with it, less a little of what the sentences before it share: a lead
//!   is what the rest elaborates; see [`centralities`]), overlap with the
//!   title (or the first sentence), a log-normal length prior around
//!   `ideal_length` content words, and subtracts a penalty for asides
//!   (sentences that open with a quotation or speak in the first person);
//! - the prior is multiplied by `1 / (1 + (share / half_share)^selectivity)`
//!   for a summary of `k` of `n` sentences (`share = k / n`): a
//!   three-sentence summary of an article should lean on its lead, a summary
//!   of half the article should not. A one-sentence summary scales it down
//!   further (`Weights::single`): one sentence cannot hold a lead
//!   paragraph, and the most central sentence stands in for the article
//!   better than the opening does.
//!
//! Selection then adds redundancy control (MMR), near-duplicate removal and
//! the dangling-opener guard (see [`crate::select`]).

use super::{cosine, lexrank, normalise, pagerank, textrank, Doc, Edges};
use crate::Weights;

/// Above this many sentences, centrality is the cosine with the centroid
/// rather than PageRank over the full graph.
pub const GRAPH_LIMIT: usize = 2000;

/// In long texts, each sentence is linked to this many most similar
/// sentences (and to those that have it among theirs).
///
/// Chosen on long documents made of concatenated development articles
/// (132 documents of hundreds of sentences each, from the BBC, CNN/DailyMail,
/// lower-cased CNN/DailyMail, XSum and OrangeSum sets; summaries as long
/// as the joined references): with 4, 6, 8, 12, 16 or 24 neighbours the
/// default ranker's mean ROUGE-1 over the six sets was 56.34, 56.16,
/// 55.92, 55.67, 55.44 and 55.14, against 54.69 with the full graph. 6 is
/// in the flat part, and keeps the graph's work at a dozen edges per
/// sentence.
pub const NEIGHBOURS: usize = 6;

/// Centrality of every sentence in `[0, 1]`: TextRank, scaled by its
/// maximum (or, past [`GRAPH_LIMIT`] sentences, the centroid cosine).
#[cfg(test)]
fn centrality(doc: &Doc) -> Vec<f64> {
    centralities(doc, 0.0).0
}

/// Centrality (TextRank scaled by its maximum, or the centroid cosine) and directed centrality of every sentence,
/// from one word-overlap graph.
///
/// Directed centrality (after PacSum, Zheng & Lapata 2019) is a sentence's
/// summed edge weight to the sentences after it, less `backward` times that
/// to the sentences before it, scaled so the largest is 1 (it may be
/// negative). Past [`GRAPH_LIMIT`] sentences there is no graph and it is 0.
pub fn centralities(doc: &Doc, backward: f64) -> (Vec<f64>, Vec<f64>) {
    if doc.len() > GRAPH_LIMIT {
        let mut c = centroid_similarity(doc);
        normalise(&mut c);
        return (c, vec![0.0; doc.len()]);
    }
    let graph = textrank::graph(doc, Edges::Nearest(NEIGHBOURS));
    let mut central = pagerank(&graph, 0.85);
    normalise(&mut central);
    let mut directed: Vec<f64> = (0..doc.len())
        .map(|i| graph.after(i) - backward * graph.before(i))
        .collect();
    normalise(&mut directed);
    (central, directed)
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

/// How much the news prior counts when `k` of `n` sentences are asked for:
/// `1 / (1 + (share / half_share)^steepness)` with `share = k / n`. A
/// summary of a small share of the text leans on the news prior (the lead
/// carries it); past `half_share` of the text, centrality takes over.
pub fn selectivity(k: usize, n: usize, half_share: f64, steepness: f64) -> f64 {
    if n == 0 {
        return 0.0;
    }
    let share = (k.max(1) as f64 / n as f64).min(1.0);
    let half = if half_share > 0.0 { half_share } else { 1.0 };
    1.0 / (1.0 + (share / half).powf(steepness.max(0.0)))
}

/// The position prior of the `i`-th sentence (from 0): `1 / (1 + i / decay)`.
pub fn position_prior(i: usize, decay: f64) -> f64 {
    let decay = if decay > 0.0 { decay } else { 1.0 };
    1.0 / (1.0 + i as f64 / decay)
}

/// Scores of every sentence; `title` is the title's term bag (may be
/// empty); `target` is the number of sentences the summary will have.
pub fn scores(doc: &Doc, title: &[(u32, f32)], w: &Weights, target: usize) -> Vec<f64> {
    let n = doc.len();
    if n == 0 {
        return Vec::new();
    }
    let (central, directed) = centralities(doc, w.backward);
    let reference = if title.is_empty() { doc.bag(0) } else { title };
    let single = if target <= 1 { w.single } else { 1.0 };
    let prior_weight = single * selectivity(target, n, w.half_share, w.selectivity);
    (0..n)
        .map(|i| {
            let position = position_prior(i, w.position_decay);
            let overlap = cosine(doc.bag(i), reference, |t, c| lexrank::tf_idf(doc, t, c));
            let length = length_prior(doc.seq(i).len(), w.ideal_length);
            let aside = if doc.aside(i) { 1.0 } else { 0.0 };
            let prior = w.position * position
                + w.direction * directed[i]
                + w.title * overlap
                + w.length * length
                - w.aside * aside;
            let s = w.centrality * central[i] + prior_weight * prior;
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

    /// Index of the largest value.
    fn argmax(v: &[f64]) -> usize {
        (0..v.len()).max_by(|&a, &b| v[a].total_cmp(&v[b])).unwrap()
    }

    #[test]
    fn length_prior_peaks_at_ideal() {
        assert!((length_prior(14, 14.0) - 1.0).abs() < 1e-12);
        assert!(length_prior(3, 14.0) < length_prior(10, 14.0));
        assert!(length_prior(60, 14.0) < length_prior(20, 14.0));
        assert_eq!(length_prior(0, 14.0), 0.0);
    }

    #[test]
    fn directed_centrality_favours_what_later_sentences_elaborate() {
        let mut v = crate::tokens::english();
        let sentences = [
            "The storm hit the harbour and closed schools.",
            "The storm brought winds of 100 km/h.",
            "Schools near the harbour stay shut.",
            "The harbour storm closed schools again.",
        ];
        let doc = Doc::new(sentences, &mut v);
        let (central, directed) = centralities(&doc, 0.25);
        assert_eq!(central.len(), 4);
        assert!((directed[0] - 1.0).abs() < 1e-12, "{directed:?}");
        // the last sentence only echoes earlier ones
        assert!(directed[3] < 0.0, "{directed:?}");
        // a backward weight of 0 leaves only the forward sums
        let (_, forward) = centralities(&doc, 0.0);
        assert_eq!(forward[3], 0.0);
        assert!(forward.iter().all(|x| x.is_finite() && *x >= 0.0));
        // no sentences, one sentence: nothing to compare, nothing breaks
        let empty = Doc::new(std::iter::empty::<&str>(), &mut v);
        assert_eq!(centralities(&empty, 0.25), (vec![], vec![]));
        let one = Doc::new(["A lone sentence."], &mut v);
        assert_eq!(centralities(&one, 0.25).1, vec![0.0]);
    }

    #[test]
    fn odd_directed_weights_give_finite_scores() {
        let mut v = crate::tokens::english();
        let doc = Doc::new(
            [
                "The storm hit the harbour.",
                "The storm closed schools.",
                "Schools near the harbour shut.",
            ],
            &mut v,
        );
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.0, 1e300] {
            let w = Weights {
                direction: x,
                backward: x,
                ..Weights::default()
            };
            let s = scores(&doc, &[], &w, 1);
            assert!(s.iter().all(|s| s.is_finite()), "{x}: {s:?}");
        }
    }

    #[test]
    fn centroid_agrees_with_graph_on_the_obvious_hub() {
        let mut v = crate::tokens::english();
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
        assert_eq!(argmax(&g), 3);
        assert_eq!(argmax(&c), 3);
        assert!(
            c[4] < c[0] && g[4] < g[0],
            "the unrelated sentence ranks lowest"
        );
    }

    #[test]
    fn one_sentence_leans_on_centrality_several_on_the_lead() {
        // Shaped like an XSum article: the opening is a detail, the
        // sentence the rest keeps coming back to sits in the middle.
        let mut v = crate::tokens::english();
        let sentences = [
            "Residents gathered outside the town hall on Monday morning.",
            "Officials said a new flood barrier will protect the river town from storms.",
            "The flood barrier cost the town twelve million pounds.",
            "Storms flooded the river town twice last winter.",
            "The barrier can be raised within an hour when storms come.",
            "Engineers tested it last week.",
            "Some residents still worry about the river.",
            "The council meets again in spring.",
            "Local shops reopened after repairs.",
            "Schools stayed open throughout.",
        ];
        let doc = Doc::new(sentences, &mut v);
        let w = Weights::default();
        assert_eq!(argmax(&scores(&doc, &[], &w, 1)), 1);
        // with the news prior at full strength the opening would win
        let full = Weights { single: 1.0, ..w };
        let s = scores(&doc, &[], &full, 1);
        assert_eq!(argmax(&s), 0, "{s:?}");
        // a two-sentence summary still leans on the lead
        assert_eq!(argmax(&scores(&doc, &[], &w, 2)), 0);
    }
}
