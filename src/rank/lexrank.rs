//! Continuous LexRank (Erkan & Radev, 2004): sentences are nodes, linked by
//! the idf-modified cosine similarity of their term vectors (tf × idf, with
//! sentences as the documents), and scored by PageRank with damping 0.85.

use super::{pagerank, Doc, Edges, Graph};

/// The tf-idf weight of a term with `count` occurrences in a sentence.
pub fn tf_idf(doc: &Doc, t: u32, count: f32) -> f64 {
    f64::from(count) * doc.idf(t)
}

/// Euclidean norm of sentence `i`'s tf-idf vector.
pub fn norm(doc: &Doc, i: usize) -> f64 {
    // (the sum starts at -0.0, as `Iterator::sum` does)
    let mut total = -0.0f64;
    for &(t, c) in doc.bag(i) {
        total += tf_idf(doc, t, c).powi(2);
    }
    total.sqrt()
}

/// The LexRank graph: idf-modified cosine similarities.
pub fn graph(doc: &Doc, edges: Edges) -> Graph {
    let mut norms: Vec<f64> = Vec::with_capacity(doc.len());
    for i in 0..doc.len() {
        norms.push(norm(doc, i));
    }
    Graph::similarity(
        doc,
        edges,
        |t, c| tf_idf(doc, t, c),
        |i, j, dot, _| {
            let d = norms[i] * norms[j];
            if d > 0.0 {
                dot / d
            } else {
                0.0
            }
        },
    )
}

/// LexRank scores of every sentence.
pub fn scores(doc: &Doc) -> Vec<f64> {
    pagerank(&graph(doc, Edges::All), 0.85)
}
