//! TextRank (Mihalcea & Tarau, 2004): sentences are nodes, linked by the
//! number of content words they share, normalised by their lengths:
//! `|S_i ∩ S_j| / (ln |S_i| + ln |S_j|)`; the score is weighted PageRank
//! with damping 0.85.

use super::{pagerank, Doc, Edges, Graph};

/// TextRank scores of every sentence.
pub fn scores(doc: &Doc) -> Vec<f64> {
    pagerank(&graph(doc, Edges::All), 0.85)
}

/// The TextRank graph: shared content words over summed log lengths.
pub fn graph(doc: &Doc, edges: Edges) -> Graph {
    // ln |S_i|, once per sentence rather than once per edge
    let mut ln: Vec<f64> = Vec::with_capacity(doc.len());
    for i in 0..doc.len() {
        ln.push((doc.seq(i).len() as f64).ln());
    }
    Graph::similarity(
        doc,
        edges,
        |_, _| 1.0,
        |i, j, _, shared| {
            let norm = ln[i] + ln[j];
            if norm > 0.0 {
                shared as f64 / norm
            } else {
                0.0
            }
        },
    )
}
