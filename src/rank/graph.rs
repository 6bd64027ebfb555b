//! Sentence similarity graphs and PageRank.
//!
//! A graph is built through an inverted index (term → sentences), so only
//! pairs of sentences that share a term are ever looked at. In long texts
//! (from [`DF_CAP_FROM`] sentences on) terms found in a large share of all
//! sentences (more than a tenth, at least [`MIN_DF_CAP`] and at most
//! [`MAX_DF`] sentences) make no edges: they link nearly everything and
//! tell little apart. Which edges are kept is the caller's choice
//! ([`Edges`]):
//!
//! - [`Edges::All`], for the published algorithms (TextRank, LexRank):
//!   every edge, except that past [`SPARSE_FROM`] sentences each sentence
//!   keeps only its [`MAX_EDGES`] strongest, so that time and memory grow
//!   linearly with the text (a 10 MB text would otherwise need billions of
//!   edges);
//! - [`Edges::Nearest`], for the default ranker: from [`DF_CAP_FROM`]
//!   sentences on, the symmetric k-nearest-neighbour graph: two sentences
//!   are linked when either is among the other's `k` most similar (see von
//!   Luxburg, "A tutorial on spectral clustering", 2007, for such graphs).
//!   That is at most `2k` edges per sentence in all, where the full graph
//!   of a long or repetitive text has hundreds per sentence; PageRank's
//!   work is proportional to the number of edges, so the cost per sentence
//!   no longer grows with the text.
//!
//! A sentence's summed similarity to the sentences before and after it
//! ([`Graph::before`], [`Graph::after`]) is taken over all its
//! similarities, kept as edges or not.

use super::Doc;

/// From this many sentences on, very common terms are left out of edges
/// (and [`Edges::Nearest`] keeps only the nearest neighbours).
pub const DF_CAP_FROM: usize = 200;

/// The smallest document frequency cap: terms in up to this many sentences
/// always make edges.
pub const MIN_DF_CAP: usize = 50;

/// Terms in more sentences than this never make edges (from
/// [`DF_CAP_FROM`] sentences on).
pub const MAX_DF: usize = 500;

/// Past this many sentences, [`Edges::All`] keeps [`MAX_EDGES`] per sentence.
pub const SPARSE_FROM: usize = 2000;

/// The edges per sentence that [`Edges::All`] keeps in very long texts.
pub const MAX_EDGES: usize = 32;

/// Which edges a graph keeps (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edges {
    /// Every edge (past `SPARSE_FROM` = 2000 sentences, the `MAX_EDGES` = 32
    /// strongest of each sentence).
    All,
    /// From `DF_CAP_FROM` = 200 sentences on, each sentence's `k` strongest
    /// edges, made symmetric (an edge kept by either end links both ways).
    Nearest(usize),
}

/// A weighted, directed graph in compressed sparse row form, with each
/// node's summed weight to the nodes before and after it.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    at: Vec<usize>,
    to: Vec<u32>,
    weight: Vec<f64>,
    before: Vec<f64>,
    after: Vec<f64>,
}

impl Graph {
    /// Number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.at.len().saturating_sub(1)
    }

    /// The summed weight of all of node `i`'s similarities to the nodes
    /// before it (`j < i`), including edges that the cap on edges per node
    /// left out.
    pub fn before(&self, i: usize) -> f64 {
        self.before[i]
    }

    /// The same for the nodes after it (`j > i`).
    pub fn after(&self, i: usize) -> f64 {
        self.after[i]
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
    /// their number. `edges` says which edges are kept; for
    /// [`Edges::Nearest`], `edge` must be symmetric.
    pub fn similarity(
        doc: &Doc,
        edges: Edges,
        term_weight: impl Fn(u32, f32) -> f64,
        edge: impl Fn(usize, usize, f64, usize) -> f64,
    ) -> Graph {
        Graph::build(doc, edges, &term_weight, &edge)
    }

    /// [`Graph::similarity`], compiled once for every kind of weights.
    fn build(
        doc: &Doc,
        edges: Edges,
        term_weight: &dyn Fn(u32, f32) -> f64,
        edge: &dyn Fn(usize, usize, f64, usize) -> f64,
    ) -> Graph {
        let n = doc.len();
        let cap = if n < DF_CAP_FROM {
            u32::MAX
        } else {
            (n / 10).clamp(MIN_DF_CAP, MAX_DF) as u32
        };
        let max_edges = match edges {
            Edges::All if n > SPARSE_FROM => MAX_EDGES,
            Edges::Nearest(k) if n >= DF_CAP_FROM => k.max(1),
            _ => usize::MAX,
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
            before: Vec::with_capacity(n),
            after: Vec::with_capacity(n),
        };
        g.at.push(0);
        let mut dot = vec![0.0f64; n];
        let mut shared = vec![0u32; n];
        // the sentences sharing a term with sentence i: one bit each, and
        // the range of words of `touched` that has bits set
        let mut touched = vec![0u64; n.div_ceil(64)];
        let (mut low, mut high) = (usize::MAX, 0);
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
            // The touched sentences in index order, read off the bits: every
            // similarity counts in the sums before and after; `row` keeps
            // all edges, or only the strongest `max_edges` (ties: the lower
            // index, which comes first), strongest first.
            row.clear();
            // (sums start at -0.0, as `Iterator::sum` does)
            let (mut before, mut after) = (-0.0, -0.0);
            let words = touched.iter_mut().enumerate();
            for (word, slot) in words.take(high.saturating_add(1)).skip(low) {
                let mut bits = std::mem::take(slot);
                while bits != 0 {
                    let ju = word * 64 + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let w = edge(i, ju, dot[ju], shared[ju] as usize);
                    dot[ju] = 0.0;
                    shared[ju] = 0;
                    if !(w > 0.0 && w.is_finite()) {
                        continue;
                    }
                    if ju < i {
                        before += w;
                    } else {
                        after += w;
                    }
                    if max_edges == usize::MAX {
                        row.push((ju as u32, w));
                    } else if row.len() < max_edges || row[max_edges - 1].1 < w {
                        let at = row.partition_point(|e| e.1 >= w);
                        row.insert(at, (ju as u32, w));
                        row.truncate(max_edges);
                    }
                }
            }
            (low, high) = (usize::MAX, 0);
            g.before.push(before);
            g.after.push(after);
            if max_edges != usize::MAX {
                row.sort_unstable_by_key(|e| e.0);
            }
            for &(j, w) in &row {
                g.to.push(j);
                g.weight.push(w);
            }
            g.at.push(g.to.len());
        }
        if max_edges != usize::MAX && matches!(edges, Edges::Nearest(_)) {
            g.symmetrise();
        }
        g
    }

    /// Adds the reverse of every edge that is missing: an edge kept by
    /// either end links both ways, with the weight it was kept with (the
    /// similarities are symmetric, so either end gives the same).
    fn symmetrise(&mut self) {
        let n = self.len();
        // the edges into each node, by source in ascending order
        let mut in_at = vec![0usize; n + 1];
        for &j in &self.to {
            in_at[j as usize + 1] += 1;
        }
        for j in 0..n {
            in_at[j + 1] += in_at[j];
        }
        let mut fill = in_at.clone();
        let mut into = vec![(0u32, 0.0f64); self.to.len()];
        for i in 0..n {
            for (j, w) in self.edges(i) {
                into[fill[j]] = (i as u32, w);
                fill[j] += 1;
            }
        }
        // each node's edges out and in, merged in index order
        let mut at = Vec::with_capacity(n + 1);
        let mut to = Vec::with_capacity(self.to.len() * 2);
        let mut weight = Vec::with_capacity(self.to.len() * 2);
        at.push(0);
        for i in 0..n {
            let out = &self.to[self.at[i]..self.at[i + 1]];
            let out_w = &self.weight[self.at[i]..self.at[i + 1]];
            let inc = &into[in_at[i]..in_at[i + 1]];
            let (mut a, mut b) = (0, 0);
            while a < out.len() || b < inc.len() {
                let next_in = inc.get(b).map_or(u32::MAX, |e| e.0);
                match out.get(a).map_or(u32::MAX, |&j| j).cmp(&next_in) {
                    std::cmp::Ordering::Less => {
                        to.push(out[a]);
                        weight.push(out_w[a]);
                        a += 1;
                    }
                    std::cmp::Ordering::Greater => {
                        to.push(inc[b].0);
                        weight.push(inc[b].1);
                        b += 1;
                    }
                    std::cmp::Ordering::Equal => {
                        to.push(out[a]);
                        weight.push(out_w[a]);
                        a += 1;
                        b += 1;
                    }
                }
            }
            at.push(to.len());
        }
        self.at = at;
        self.to = to;
        self.weight = weight;
    }
}

/// When PageRank stops: the summed change of all ranks in one round.
///
/// 1e-9 ran to the cap of 100 rounds on a news article; 1e-6 takes about
/// 60 (PageRank's instructions 0.40M → 0.24M per summary of the benchmark's
/// news article, callgrind), the default ranker's summaries are the same on
/// every development set, and TextRank's and LexRank's ROUGE moves by 0.04
/// at most. (networkx's `pagerank` stops at 1e-6 per node.)
pub const TOLERANCE: f64 = 1e-6;

/// PageRank with damping `d` (0.85 in Brin & Page 1998) over a weighted
/// graph: the stationary distribution of a walk that follows an edge with
/// probability proportional to its weight, or jumps anywhere with
/// probability `1 - d`. Nodes without edges spread their rank evenly.
/// Returns scores summing to 1 (empty for an empty graph). Power iteration
/// stops when the ranks move by less than `TOLERANCE` (1e-6) in all, or
/// after 100 rounds.
pub fn pagerank(g: &Graph, d: f64) -> Vec<f64> {
    let n = g.len();
    if n == 0 {
        return Vec::new();
    }
    let out: Vec<f64> = (0..n).map(|i| g.edges(i).map(|(_, w)| w).sum()).collect();
    // The edges into each node, by source in ascending order: each node's
    // rank is then summed in a register, in the order in which pushing
    // along every node's edges in turn would add it up.
    let mut in_at = vec![0usize; n + 1];
    for &j in &g.to {
        in_at[j as usize + 1] += 1;
    }
    for j in 0..n {
        in_at[j + 1] += in_at[j];
    }
    let mut fill = in_at.clone();
    let mut from = vec![(0u32, 0.0f64); g.to.len()];
    for i in 0..n {
        for (j, w) in g.edges(i) {
            from[fill[j]] = (i as u32, w);
            fill[j] += 1;
        }
    }
    let mut p = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    // what each node passes along each unit of its edges' weight
    let mut share = vec![0.0; n];
    for _ in 0..100 {
        let mut dangling = -0.0;
        for i in 0..n {
            if out[i] <= 0.0 {
                dangling += p[i];
            }
            // (a node without edges is no edge's source)
            share[i] = d * p[i] / out[i];
        }
        let base = (1.0 - d) / n as f64 + d * dangling / n as f64;
        for (j, x) in next.iter_mut().enumerate() {
            let mut rank = base;
            for &(i, w) in &from[in_at[j]..in_at[j + 1]] {
                rank += share[i as usize] * w;
            }
            *x = rank;
        }
        let mut delta = -0.0;
        for (a, b) in p.iter().zip(&next) {
            delta += (a - b).abs();
        }
        std::mem::swap(&mut p, &mut next);
        if delta < TOLERANCE {
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
        let g = Graph::similarity(&doc, Edges::All, |_, _| 1.0, |_, _, dot, _| dot);
        assert_eq!(g.edges(0).collect::<Vec<_>>(), [(1, 1.0)]);
        assert_eq!(g.edges(2).count(), 0);
    }

    /// Weights of every pair of `doc`'s sentences, by brute force: the
    /// number of shared terms in at most `cap` sentences.
    fn shared_terms(doc: &Doc, cap: u32) -> Vec<Vec<f64>> {
        (0..doc.len())
            .map(|i| {
                (0..doc.len())
                    .map(|j| {
                        let common = doc.bag(i).iter().filter(|&&(t, _)| {
                            doc.df(t) <= cap && doc.bag(j).iter().any(|&(u, _)| u == t)
                        });
                        if i == j {
                            0.0
                        } else {
                            common.count() as f64
                        }
                    })
                    .collect()
            })
            .collect()
    }

    /// Sentences that share terms with many others, in varying numbers.
    fn repetitive(n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("harbour council vote a{} b{} c{}", i % 7, i % 97, i % 89))
            .collect()
    }

    #[test]
    fn very_long_texts_keep_a_bounded_number_of_edges() {
        let mut v = crate::tokens::english();
        let sentences = repetitive(SPARSE_FROM + 100);
        let doc = Doc::new(sentences.iter().map(String::as_str), &mut v);
        let g = Graph::similarity(&doc, Edges::All, |_, _| 1.0, |_, _, dot, _| dot);
        for i in 0..g.len() {
            let edges: Vec<(usize, f64)> = g.edges(i).collect();
            assert!(edges.len() <= MAX_EDGES, "{} edges", edges.len());
            assert!(edges.windows(2).all(|w| w[0].0 < w[1].0), "in order");
        }
        // below SPARSE_FROM, every edge is kept
        let doc = Doc::new(sentences[..300].iter().map(String::as_str), &mut v);
        let g = Graph::similarity(&doc, Edges::All, |_, _| 1.0, |_, _, dot, _| dot);
        assert!((0..g.len()).any(|i| g.edges(i).count() > MAX_EDGES));
    }

    #[test]
    fn long_texts_link_nearest_neighbours_both_ways_and_keep_every_sum() {
        const K: usize = 6;
        let mut v = crate::tokens::english();
        let n = DF_CAP_FROM + 100;
        let sentences = repetitive(n);
        let doc = Doc::new(sentences.iter().map(String::as_str), &mut v);
        let g = Graph::similarity(&doc, Edges::Nearest(K), |_, _| 1.0, |_, _, dot, _| dot);
        let full = shared_terms(&doc, (n / 10).max(MIN_DF_CAP) as u32);
        // each sentence's K strongest links (ties: the lower index)
        let nearest: Vec<Vec<usize>> = full
            .iter()
            .map(|row| {
                let mut js: Vec<usize> = (0..n).filter(|&j| row[j] > 0.0).collect();
                js.sort_by(|&a, &b| row[b].total_cmp(&row[a]).then(a.cmp(&b)));
                js.truncate(K);
                js
            })
            .collect();
        for (i, row) in full.iter().enumerate() {
            let edges: Vec<(usize, f64)> = g.edges(i).collect();
            let want: Vec<(usize, f64)> = (0..n)
                .filter(|&j| nearest[i].contains(&j) || nearest[j].contains(&i))
                .map(|j| (j, row[j]))
                .collect();
            assert_eq!(edges, want, "{i}");
            // the sums count every similarity, linked or not
            assert_eq!(g.before(i), row[..i].iter().sum::<f64>(), "{i}");
            assert_eq!(g.after(i), row[i + 1..].iter().sum::<f64>(), "{i}");
        }
        assert!((0..n).any(|i| g.before(i) + g.after(i) > g.edges(i).map(|e| e.1).sum()));
        let edges: usize = (0..n).map(|i| g.edges(i).count()).sum();
        assert!(edges <= 2 * K * n && edges < n * n / 10, "{edges} edges");
        // a short text keeps every edge, and its sums are those of its edges
        let short = DF_CAP_FROM - 1;
        let doc = Doc::new(sentences[..short].iter().map(String::as_str), &mut v);
        let g = Graph::similarity(&doc, Edges::Nearest(K), |_, _| 1.0, |_, _, dot, _| dot);
        let full = shared_terms(&doc, u32::MAX);
        assert!((0..short).any(|i| g.edges(i).count() > 2 * K));
        for (i, row) in full.iter().enumerate() {
            let kept = g.edges(i).map(|e| e.0);
            assert!(kept.eq((0..short).filter(|&j| row[j] > 0.0)), "{i}");
            assert_eq!(g.before(i), row[..i].iter().sum::<f64>(), "{i}");
            assert_eq!(g.after(i), row[i + 1..].iter().sum::<f64>(), "{i}");
        }
    }

    #[test]
    fn pagerank_favours_the_hub_and_sums_to_one() {
        // star: 0 is linked to 1, 2, 3
        let g = Graph {
            at: vec![0, 3, 4, 5, 6],
            to: vec![1, 2, 3, 0, 0, 0],
            weight: vec![1.0; 6],
            ..Graph::default()
        };
        let p = pagerank(&g, 0.85);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(p[0] > p[1] && (p[1] - p[2]).abs() < 1e-12);
        assert!(pagerank(&Graph::default(), 0.85).is_empty());
    }
}
