//! Keywords and key phrases.
//!
//! Candidates are runs of one to three content words not broken by
//! punctuation or stopwords. A word weighs its frequency in the text, doubled
//! when it occurs in the title or the first sentence; a phrase scores the
//! mean weight of its words times its frequency, and phrases of several
//! words must occur at least twice (or in the title). Phrases whose stems
//! are all inside a better one are dropped. Each keyword is shown in its
//! most frequent surface form; scores are scaled so the best is 1.

use std::collections::HashMap;

use unicode_segmentation::UnicodeSegmentation;

use crate::tokens::{Language, Vocabulary};
use crate::Keyword;

/// Longest key phrase, in words.
pub const MAX_PHRASE: usize = 3;

struct Candidate {
    terms: Vec<u32>,
    count: usize,
    surfaces: HashMap<String, usize>,
    first_seen: usize,
}

/// The top `k` keywords of `text` (cleaned first, like a summary).
///
/// ```
/// let text = "The harbour plan divides the fishing fleet. Supporters say the harbour plan \
///             saves the fleet; critics say the plan helps yachts, not the fishing fleet.";
/// let kw = salient::keywords(text, 2);
/// assert_eq!(kw[0].text, "fishing fleet");
/// assert_eq!(kw.len(), 2);
/// ```
pub fn keywords(text: &str, k: usize) -> Vec<Keyword> {
    let cleaned = crate::clean(text);
    let sentences: Vec<String> = crate::segment::candidates(&cleaned)
        .into_iter()
        .map(|r| cleaned.text()[r].to_string())
        .collect();
    let language = Language::detect(cleaned.text());
    let mut vocab = Vocabulary::new(language);
    extract(
        sentences.iter().map(String::as_str),
        cleaned.title(),
        &mut vocab,
        k,
    )
}

/// Keywords of already split sentences, with term ids from `vocab`.
pub fn extract<'a>(
    sentences: impl IntoIterator<Item = &'a str>,
    title: Option<&str>,
    vocab: &mut Vocabulary,
    k: usize,
) -> Vec<Keyword> {
    if k == 0 {
        return Vec::new();
    }
    let mut tf: HashMap<u32, f64> = HashMap::new();
    let mut boosted: Vec<u32> = Vec::new();
    let mut candidates: HashMap<Vec<u32>, Candidate> = HashMap::new();
    let mut run: Vec<(u32, &str)> = Vec::new();
    let mut title_ids = Vec::new();
    if let Some(t) = title {
        vocab.terms_into(t, &mut title_ids);
        boosted.extend_from_slice(&title_ids);
    }
    let mut order = 0usize;
    for (si, sentence) in sentences.into_iter().enumerate() {
        run.clear();
        let mut flush = |run: &mut Vec<(u32, &'a str)>,
                         candidates: &mut HashMap<Vec<u32>, Candidate>| {
            for start in 0..run.len() {
                for len in 1..=MAX_PHRASE.min(run.len() - start) {
                    let part = &run[start..start + len];
                    let terms: Vec<u32> = part.iter().map(|p| p.0).collect();
                    let surface = part.iter().map(|p| p.1).collect::<Vec<_>>().join(" ");
                    order += 1;
                    let c = candidates
                        .entry(terms.clone())
                        .or_insert_with(|| Candidate {
                            terms,
                            count: 0,
                            surfaces: HashMap::new(),
                            first_seen: order,
                        });
                    c.count += 1;
                    *c.surfaces.entry(surface).or_default() += 1;
                }
            }
            run.clear();
        };
        for piece in sentence.split_word_bounds() {
            if piece.chars().all(char::is_whitespace) {
                continue;
            }
            if !piece.chars().any(char::is_alphanumeric) {
                flush(&mut run, &mut candidates);
                continue;
            }
            match vocab.term(piece) {
                Some(id) if piece.chars().any(char::is_alphabetic) => {
                    *tf.entry(id).or_default() += 1.0;
                    if si == 0 {
                        boosted.push(id);
                    }
                    run.push((id, piece));
                }
                Some(id) => {
                    // numbers count as words but do not make keywords
                    *tf.entry(id).or_default() += 1.0;
                    flush(&mut run, &mut candidates);
                }
                None => flush(&mut run, &mut candidates),
            }
        }
        flush(&mut run, &mut candidates);
    }
    let weight =
        |t: u32| tf.get(&t).copied().unwrap_or(0.0) * if boosted.contains(&t) { 2.0 } else { 1.0 };
    let mut scored: Vec<(f64, &Candidate)> = candidates
        .values()
        .filter(|c| {
            c.terms.len() == 1 || c.count >= 2 || c.terms.iter().all(|t| title_ids.contains(t))
        })
        .filter(|c| {
            // a phrase repeating one stem ("very very") is not a key phrase
            let mut t = c.terms.clone();
            t.sort_unstable();
            t.dedup();
            t.len() == c.terms.len()
        })
        .map(|c| {
            let mean = c.terms.iter().map(|&t| weight(t)).sum::<f64>() / c.terms.len() as f64;
            let phrase_bonus = 1.0 + 0.5 * (c.terms.len() - 1) as f64;
            (mean * c.count as f64 * phrase_bonus, c)
        })
        .filter(|(s, _)| *s > 0.0)
        .collect();
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.first_seen.cmp(&b.1.first_seen))
    });
    let mut chosen: Vec<(f64, &Candidate)> = Vec::new();
    for (s, c) in scored {
        if chosen.len() >= k {
            break;
        }
        let overlaps = chosen.iter().any(|(_, o)| {
            c.terms.iter().all(|t| o.terms.contains(t))
                || o.terms.iter().all(|t| c.terms.contains(t))
        });
        if !overlaps {
            chosen.push((s, c));
        }
    }
    let top = chosen.first().map_or(1.0, |(s, _)| *s);
    chosen
        .into_iter()
        .map(|(s, c)| {
            let text = c
                .surfaces
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(t, _)| t.clone())
                .unwrap_or_default();
            Keyword {
                text,
                score: s / top,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_repeated_topic() {
        let text = "Volcano erupts near Naples\n\
            The volcano erupted on Sunday. Ash from the volcano closed Naples airport. \
            Naples airport reopened on Monday, and flights resumed. Residents swept ash from streets.";
        let kw = keywords(text, 3);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert!(
            texts.contains(&"Naples airport") || texts.contains(&"Naples"),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.eq_ignore_ascii_case("volcano")),
            "{texts:?}"
        );
        assert!((kw[0].score - 1.0).abs() < 1e-12);
        assert!(kw.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn zero_or_empty() {
        assert!(keywords("Some text here.", 0).is_empty());
        assert!(keywords("", 5).is_empty());
        assert!(keywords("the and of", 5).is_empty());
    }
}
