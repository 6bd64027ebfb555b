//! Sentence similarity graphs and PageRank.
//!
//! A graph is built through an inverted index (term → sentences), so only
//! pairs of sentences that share a term are ever looked at. In long texts
//! (more than [`DF_CAP_FROM`] sentences) terms found in a large share of all
//! sentences are skipped when building edges: they link nearly everything,
//! tell little apart, and would make the work quadratic. In very long texts
//! (more than [`SPARSE_FROM`] sentences) the work is bounded outright: a
//! term links at most [`MAX_DF`] sentences, and each sentence keeps only its
//! [`MAX_EDGES`] strongest edges, so time and memory grow linearly with the
//! text (a 10 MB text would otherwise need billions of edges).

use super::Doc;

/// From this many sentences on, very common terms are left out of edges.
pub const DF_CAP_FROM: usize = 200;

/// Above this many sentences, graph work is bounded by [`MAX_DF`] and
/// [`MAX_EDGES`] (the default ranker never builds a graph this large).
pub const SPARSE_FROM: usize = 2000;

/// In very long texts, terms in more sentences than this make no edges.
pub const MAX_DF: usize = 500;

/// In very long texts, each sentence keeps this many strongest edges.
pub const MAX_EDGES: usize = 32;

/// A weighted, directed graph in compressed sparse row form.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    at: Vec<usize>,
    to: Vec<u32>,
    weight: Vec<f64>,
}

impl Graph {
    /// Number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.at.len().saturating_sub(1)
    }

    /// Edges out of node `i`: `(target, weight)`.
    pub fn edges(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let r = self.at[i]..self.at[i + 1];
        self.to[r.clone()]
            .iter()
            .map(|&j| j as usize)
            .zip(self.weight[r].iter().copied())
    }

    /// Builds the similarity graph of `doc`.
    ///
    /// For each pair of sentences `(i, j)` sharing at least one term,
    /// `edge(i, j, dot, shared)` gives the weight (edges of weight `<= 0`
    /// are dropped), where `dot` is the sum over shared terms of
    /// `term_weight(t, count_i) * term_weight(t, count_j)` and `shared` is
    /// their number.
    pub fn similarity(
        doc: &Doc,
        term_weight: impl Fn(u32, f32) -> f64,
        edge: impl Fn(usize, usize, f64, usize) -> f64,
    ) -> Graph {
        Graph::build(doc, &term_weight, &edge)
    }

    /// [`Graph::similarity`], compiled once for every kind of weights.
    fn build(
        doc: &Doc,
        term_weight: &dyn Fn(u32, f32) -> f64,
        edge: &dyn Fn(usize, usize, f64, usize) -> f64,
    ) -> Graph {
        let n = doc.len();
        let cap = if n < DF_CAP_FROM {
            u32::MAX
        } else if n <= SPARSE_FROM {
            (n / 10).max(50) as u32
        } else {
            (n / 10).clamp(50, MAX_DF) as u32
        };
        let max_edges = if n <= SPARSE_FROM {
            usize::MAX
        } else {
            MAX_EDGES
        };
        // postings: term -> [(sentence, weight)]
        let terms = doc.vocabulary_len();
        let mut post_at = vec![0usize; terms + 1];
        for i in 0..n {
            for &(t, _) in doc.bag(i) {
                post_at[t as usize + 1] += 1;
            }
        }
        for t in 0..terms {
            post_at[t + 1] += post_at[t];
        }
        let mut fill = post_at.clone();
        let mut postings = vec![(0u32, 0.0f64); post_at[terms]];
        for i in 0..n {
            for &(t, c) in doc.bag(i) {
                let slot = &mut fill[t as usize];
                postings[*slot] = (i as u32, term_weight(t, c));
                *slot += 1;
            }
        }
        let mut g = Graph {
            at: Vec::with_capacity(n + 1),
            to: Vec::new(),
            weight: Vec::new(),
        };
        g.at.push(0);
        let mut dot = vec![0.0f64; n];
        let mut shared = vec![0u32; n];
        // the sentences sharing a term with sentence i: one bit each, and
        // the range of words of `touched` that has bits set
        let mut touched = vec![0u64; n.div_ceil(64)];
        let (mut low, mut high) = (usize::MAX, 0);
        let mut strongest: Vec<(u32, f64)> = Vec::new();
        let mut row: Vec<(u32, f64)> = Vec::new();
        for i in 0..n {
            for &(t, c) in doc.bag(i) {
                if doc.df(t) > cap {
                    continue;
                }
                let wi = term_weight(t, c);
                for &(j, wj) in &postings[post_at[t as usize]..post_at[t as usize + 1]] {
                    if j as usize == i {
                        continue;
                    }
                    if shared[j as usize] == 0 {
                        let word = j as usize / 64;
                        touched[word] |= 1 << (j % 64);
                        (low, high) = (low.min(word), high.max(word));
                    }
                    shared[j as usize] += 1;
                    dot[j as usize] += wi * wj;
                }
            }
            // the touched sentences in index order, read off the bits
            row.clear();
            let words = touched.iter_mut().enumerate();
            for (word, slot) in words.take(high.saturating_add(1)).skip(low) {
                let mut bits = std::mem::take(slot);
                while bits != 0 {
                    let ju = word * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let w = edge(i, ju, dot[ju], shared[ju] as usize);
                    if w > 0.0 && w.is_finite() {
                        row.push((ju as u32, w));
                    }
                    dot[ju] = 0.0;
                    shared[ju] = 0;
                }
            }
            (low, high) = (usize::MAX, 0);
            if row.len() > max_edges {
                // the strongest edges (ties: the nearer sentence first), in
                // order: keep those with a key up to the max_edges-th key
                let stronger =
                    |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
                strongest.clone_from(&row);
                let (_, &mut last, _) = strongest.select_nth_unstable_by(max_edges - 1, stronger);
                row.retain(|e| stronger(e, &last).is_le());
            }
            for &(j, w) in &row {
                g.to.push(j);
                g.weight.push(w);
            }
            g.at.push(g.to.len());
        }
        g
    }
}

/// PageRank with damping `d` (0.85 in Brin & Page 1998) over a weighted
/// graph: the stationary distribution of a walk that follows an edge with
/// probability proportional to its weight, or jumps anywhere with
/// probability `1 - d`. Nodes without edges spread their rank evenly.
/// Returns scores summing to 1 (empty for an empty graph).
pub fn pagerank(g: &Graph, d: f64) -> Vec<f64> {
    let n = g.len();
    if n == 0 {
        return Vec::new();
    }
    // (sums start at -0.0, as `Iterator::sum` does)
    let mut out: Vec<f64> = Vec::with_capacity(n);
    for i in 0..n {
        let mut total = -0.0;
        for &w in &g.weight[g.at[i]..g.at[i + 1]] {
            total += w;
        }
        out.push(total);
    }
    let mut p = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..100 {
        let mut dangling = -0.0;
        for i in 0..n {
            if out[i] <= 0.0 {
                dangling += p[i];
            }
        }
        let base = (1.0 - d) / n as f64 + d * dangling / n as f64;
        next.iter_mut().for_each(|x| *x = base);
        for i in 0..n {
            if out[i] > 0.0 {
                let share = d * p[i] / out[i];
                let r = g.at[i]..g.at[i + 1];
                for (&j, &w) in g.to[r.clone()].iter().zip(&g.weight[r]) {
                    next[j as usize] += share * w;
                }
            }
        }
        let mut delta = -0.0;
        for (a, b) in p.iter().zip(&next) {
            delta += (a - b).abs();
        }
        std::mem::swap(&mut p, &mut next);
        if delta < 1e-9 {
            break;
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_links_only_sentences_that_share_terms() {
        let mut v = crate::tokens::english();
        let doc = Doc::new(["red apples", "red cars", "blue sky"], &mut v);
        let g = Graph::similarity(&doc, |_, _| 1.0, |_, _, dot, _| dot);
        assert_eq!(g.edges(0).collect::<Vec<_>>(), [(1, 1.0)]);
        assert_eq!(g.edges(2).count(), 0);
    }

    #[test]
    fn long_texts_keep_a_bounded_number_of_edges() {
        let mut v = crate::tokens::english();
        let sentences: Vec<String> = (0..SPARSE_FROM + 100)
            .map(|i| format!("harbour council vote a{} b{} c{}", i % 7, i % 97, i % 89))
            .collect();
        let doc = Doc::new(sentences.iter().map(String::as_str), &mut v);
        let g = Graph::similarity(&doc, |_, _| 1.0, |_, _, dot, _| dot);
        for i in 0..g.len() {
            let edges: Vec<(usize, f64)> = g.edges(i).collect();
            assert!(edges.len() <= MAX_EDGES, "{} edges", edges.len());
            assert!(edges.windows(2).all(|w| w[0].0 < w[1].0), "in order");
        }
        // a short text keeps every edge
        let doc = Doc::new(sentences[..300].iter().map(String::as_str), &mut v);
        let g = Graph::similarity(&doc, |_, _| 1.0, |_, _, dot, _| dot);
        assert!((0..g.len()).any(|i| g.edges(i).count() > MAX_EDGES));
    }

    #[test]
    fn pagerank_favours_the_hub_and_sums_to_one() {
        // star: 0 is linked to 1, 2, 3
        let g = Graph {
            at: vec![0, 3, 4, 5, 6],
            to: vec![1, 2, 3, 0, 0, 0],
            weight: vec![1.0; 6],
        };
        let p = pagerank(&g, 0.85);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(p[0] > p[1] && (p[1] - p[2]).abs() < 1e-12);
        assert!(pagerank(&Graph::default(), 0.85).is_empty());
    }
}
