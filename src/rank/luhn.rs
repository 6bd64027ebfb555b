//! Luhn (1958), "The Automatic Creation of Literature Abstracts": the
//! significant words of a text are its frequent content words; a sentence
//! scores by its densest cluster of them, where a cluster is a run of
//! significant words no more than [`GAP`] insignificant words apart, worth
//! `significant² / length`.

use super::Doc;

/// Largest gap of insignificant words inside a cluster (Luhn used 4).
pub const GAP: usize = 4;

/// Luhn scores of every sentence.
pub fn scores(doc: &Doc) -> Vec<f64> {
    // term frequencies over the whole text
    let mut tf = vec![0u32; doc.vocabulary_len()];
    for i in 0..doc.len() {
        for &t in doc.seq(i) {
            tf[t as usize] += 1;
        }
    }
    // significant: occurs at least twice and is among the most frequent tenth
    // of the vocabulary (at least the ten most frequent terms)
    let mut sorted: Vec<u32> = tf.iter().copied().filter(|&c| c >= 2).collect();
    sorted.sort_unstable();
    sorted.reverse();
    let keep = (tf.len() / 10).max(10).min(sorted.len());
    let threshold = if keep == 0 {
        u32::MAX
    } else {
        sorted[keep - 1].max(2)
    };
    let mut scores = Vec::with_capacity(doc.len());
    for i in 0..doc.len() {
        let seq = doc.seq(i);
        let mut best = 0.0f64;
        let mut start: Option<usize> = None;
        let mut last = 0usize;
        let mut count = 0usize;
        for (k, &t) in seq.iter().enumerate() {
            if tf[t as usize] < threshold {
                continue;
            }
            match start {
                Some(_) if k - last - 1 <= GAP => {
                    count += 1;
                    last = k;
                }
                Some(s) => {
                    best = best.max((count * count) as f64 / (last - s + 1) as f64);
                    start = Some(k);
                    last = k;
                    count = 1;
                }
                None => {
                    start = Some(k);
                    last = k;
                    count = 1;
                }
            }
        }
        if let Some(s) = start {
            best = best.max((count * count) as f64 / (last - s + 1) as f64);
        }
        scores.push(best);
    }
    scores
}
