//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum, as Google's `rouge-score`
//! computes them with `use_stemmer=True`.
//!
//! This is how summarisers are usually compared (Lin, "ROUGE: A Package for
//! Automatic Evaluation of Summaries", 2004), and matching the reference
//! Python package (`rouge_score.rouge_scorer.RougeScorer`, version 0.1.2)
//! exactly makes the numbers comparable with published ones:
//!
//! - **Tokens** ([`tokenize`]): the text is lower-cased, every character
//!   other than `a`–`z` and `0`–`9` becomes a space, the text is split on
//!   spaces, and tokens longer than three characters are Porter-stemmed
//!   (NLTK's mode of Porter, `stem::porter`).
//! - **ROUGE-N**: n-gram overlap with clipped counts; precision divides by
//!   the candidate's n-gram count, recall by the reference's.
//! - **ROUGE-L**: the longest common subsequence of the two token lists.
//! - **ROUGE-Lsum**: the summary-level LCS of section 3.2 of Lin's paper.
//!   Both texts are split into sentences at `\n` (empty lines dropped); for
//!   each reference sentence the union of its LCS with every candidate
//!   sentence is taken, and each token of that union counts as a hit while
//!   the token is still available in both texts (clipped counts). Like
//!   `rouge-score`, the LCS chosen for the union is the one its table
//!   backtracking finds.
//!
//! F1 is `2PR / (P + R)`, and 0 when both are 0. An empty reference or
//! candidate scores 0 everywhere.
//!
//! [`score`] uses the tokens above (parity with `rouge-score`, which only
//! sees ASCII letters and digits). [`score_with`] takes any tokeniser: the
//! evaluation tool (`examples/eval`) scores sets in languages other than
//! English and French with Unicode tokens (NFC, case-folded, runs of
//! letters, digits and combining marks, each CJK ideograph, kana or Thai
//! character one token), which need Unicode tables the library does not
//! link.

use std::collections::HashMap;

/// Precision, recall and F1 of one ROUGE variant, each in `0.0..=1.0`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Score {
    /// The share of the candidate found in the reference.
    pub precision: f64,
    /// The share of the reference found in the candidate.
    pub recall: f64,
    /// The harmonic mean of precision and recall.
    pub f1: f64,
}

impl Score {
    /// Builds a score from hits and the two totals (0 when a total is 0).
    fn from_counts(hits: usize, candidate_total: usize, reference_total: usize) -> Score {
        let precision = hits as f64 / candidate_total.max(1) as f64;
        let recall = hits as f64 / reference_total.max(1) as f64;
        Score::new(precision, recall)
    }

    /// A score with the given precision and recall, and their F1.
    pub fn new(precision: f64, recall: f64) -> Score {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Score {
            precision,
            recall,
            f1,
        }
    }
}

/// The four ROUGE scores of one candidate against one reference.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Scores {
    /// Unigram overlap.
    pub rouge1: Score,
    /// Bigram overlap.
    pub rouge2: Score,
    /// Longest common subsequence over the whole text.
    pub rouge_l: Score,
    /// Summary-level (union) LCS over `\n`-separated sentences.
    pub rouge_lsum: Score,
}

impl Scores {
    /// The four F1 values in the order ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-Lsum.
    pub fn f1(&self) -> [f64; 4] {
        [
            self.rouge1.f1,
            self.rouge2.f1,
            self.rouge_l.f1,
            self.rouge_lsum.f1,
        ]
    }
}

/// Splits text into ROUGE tokens: lower-cased, runs of `[a-z0-9]`, tokens
/// longer than three characters Porter-stemmed.
///
/// ```
/// assert_eq!(
///     salient::rouge::tokenize("The Ministers' meetings, in 2024!"),
///     ["the", "minist", "meet", "in", "2024"]
/// );
/// ```
pub fn tokenize(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for_each_token(text, |token| tokens.push(token.to_string()));
    tokens
}

/// Scores a candidate summary against a reference summary.
///
/// Sentences are separated by `\n` in both (this only matters for
/// ROUGE-Lsum).
///
/// ```
/// let s = salient::rouge::score("The cat sat on the mat.", "The cat sat.");
/// assert!((s.rouge1.precision - 1.0).abs() < 1e-12);
/// assert!((s.rouge1.recall - 0.5).abs() < 1e-12);
/// ```
pub fn score(reference: &str, candidate: &str) -> Scores {
    score_with(reference, candidate, tokenize)
}

/// Scores a candidate summary against a reference summary with another
/// tokeniser: `tokens` is called on each non-empty `\n`-separated line of
/// both texts and gives that line's tokens.
///
/// ```
/// // whitespace tokens: case and punctuation count
/// let words = |line: &str| line.split_whitespace().map(str::to_string).collect();
/// let s = salient::rouge::score_with("Das Haus.", "das Haus.", words);
/// assert!((s.rouge1.f1 - 0.5).abs() < 1e-12);
/// ```
pub fn score_with(
    reference: &str,
    candidate: &str,
    mut tokens: impl FnMut(&str) -> Vec<String>,
) -> Scores {
    let mut vocab = Vocabulary::default();
    let reference = vocab.lines(reference, &mut tokens);
    let candidate = vocab.lines(candidate, &mut tokens);
    let reference_all: Vec<u32> = reference.iter().flatten().copied().collect();
    let candidate_all: Vec<u32> = candidate.iter().flatten().copied().collect();
    Scores {
        rouge1: ngram_score(&reference_all, &candidate_all, 1),
        rouge2: ngram_score(&reference_all, &candidate_all, 2),
        rouge_l: lcs_score(&reference_all, &candidate_all),
        rouge_lsum: summary_lcs_score(&reference, &candidate, vocab.len()),
    }
}

/// Calls `f` with each token of `text`, in order.
fn for_each_token(text: &str, mut f: impl FnMut(&str)) {
    let mut buffer = String::new();
    let mut flush = |buffer: &mut String| {
        if buffer.is_empty() {
            return;
        }
        if buffer.len() > 3 {
            let stemmed = crate::stem::porter(buffer);
            if !stemmed.is_empty() {
                f(&stemmed);
            }
        } else {
            f(buffer);
        }
        buffer.clear();
    };
    for c in text.chars() {
        if c.is_ascii() {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                buffer.push(c);
            } else {
                flush(&mut buffer);
            }
        } else {
            // A few non-ASCII letters lower-case to ASCII ones (KELVIN SIGN
            // to `k`, DOTTED CAPITAL I to `i` + a combining dot), as in Python.
            for lower in c.to_lowercase() {
                if lower.is_ascii_lowercase() || lower.is_ascii_digit() {
                    buffer.push(lower);
                } else {
                    flush(&mut buffer);
                }
            }
        }
    }
    flush(&mut buffer);
}

/// Maps tokens to dense ids so that comparisons and counts are cheap.
#[derive(Default)]
struct Vocabulary {
    ids: HashMap<String, u32>,
}

impl Vocabulary {
    fn len(&self) -> usize {
        self.ids.len()
    }

    fn id(&mut self, token: &str) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(token.to_string(), id);
        id
    }

    /// Token ids of each non-empty `\n`-separated line.
    fn lines(&mut self, text: &str, tokens: &mut impl FnMut(&str) -> Vec<String>) -> Vec<Vec<u32>> {
        text.split('\n')
            .filter(|line| !line.is_empty())
            .map(|line| tokens(line).iter().map(|t| self.id(t)).collect())
            .collect()
    }
}

/// ROUGE-N with clipped counts.
fn ngram_score(reference: &[u32], candidate: &[u32], n: usize) -> Score {
    let grams = |tokens: &[u32]| -> Vec<u64> {
        let mut grams: Vec<u64> = tokens
            .windows(n)
            .map(|w| w.iter().fold(0u64, |acc, &t| (acc << 32) | u64::from(t)))
            .collect();
        grams.sort_unstable();
        grams
    };
    let (r, c) = (grams(reference), grams(candidate));
    // Merging two sorted lists counts min(count in r, count in c) per n-gram.
    let (mut i, mut j, mut hits) = (0, 0, 0);
    while i < r.len() && j < c.len() {
        match r[i].cmp(&c[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                hits += 1;
                i += 1;
                j += 1;
            }
        }
    }
    Score::from_counts(hits, c.len(), r.len())
}

/// The length of the longest common subsequence, in O(min) memory.
fn lcs_length(a: &[u32], b: &[u32]) -> usize {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut row = vec![0usize; short.len() + 1];
    for &x in long {
        let mut diagonal = 0;
        for (j, &y) in short.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[short.len()]
}

/// ROUGE-L over the whole token lists.
fn lcs_score(reference: &[u32], candidate: &[u32]) -> Score {
    if reference.is_empty() || candidate.is_empty() {
        return Score::default();
    }
    let lcs = lcs_length(reference, candidate);
    Score::from_counts(lcs, candidate.len(), reference.len())
}

/// Marks in `hit` the positions of `reference` on the LCS with `candidate`
/// that `rouge-score`'s backtracking finds (diagonal on equal tokens, else
/// left when strictly better than up, else up). `table` is scratch space.
fn mark_lcs(reference: &[u32], candidate: &[u32], table: &mut Vec<u32>, hit: &mut [bool]) {
    let cols = candidate.len() + 1;
    table.clear();
    table.resize((reference.len() + 1) * cols, 0);
    for i in 1..=reference.len() {
        for j in 1..=candidate.len() {
            table[i * cols + j] = if reference[i - 1] == candidate[j - 1] {
                table[(i - 1) * cols + j - 1] + 1
            } else {
                table[(i - 1) * cols + j].max(table[i * cols + j - 1])
            };
        }
    }
    let (mut i, mut j) = (reference.len(), candidate.len());
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            hit[i - 1] = true;
            i -= 1;
            j -= 1;
        } else if table[i * cols + j - 1] > table[(i - 1) * cols + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
}

/// ROUGE-Lsum: summary-level union LCS with clipped token counts.
fn summary_lcs_score(reference: &[Vec<u32>], candidate: &[Vec<u32>], vocab: usize) -> Score {
    let m: usize = reference.iter().map(Vec::len).sum();
    let n: usize = candidate.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Score::default();
    }
    let mut left_r = vec![0u32; vocab];
    let mut left_c = vec![0u32; vocab];
    for &t in reference.iter().flatten() {
        left_r[t as usize] += 1;
    }
    for &t in candidate.iter().flatten() {
        left_c[t as usize] += 1;
    }
    let mut table = Vec::new();
    let mut hits = 0;
    for sentence in reference {
        let mut union = vec![false; sentence.len()];
        for other in candidate {
            mark_lcs(sentence, other, &mut table, &mut union);
        }
        for (&t, _) in sentence.iter().zip(&union).filter(|(_, &on)| on) {
            let t = t as usize;
            if left_c[t] > 0 && left_r[t] > 0 {
                hits += 1;
                left_c[t] -= 1;
                left_r[t] -= 1;
            }
        }
    }
    Score::from_counts(hits, n, m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn tokenizes_like_rouge_score() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("  ,.;  ", &[]),
            ("Hello, World!", &["hello", "world"]),
            ("running dogs ran", &["run", "dog", "ran"]),
            // three characters or fewer are never stemmed
            ("was has its", &["was", "has", "its"]),
            ("U.S. e-mail don't", &["u", "s", "e", "mail", "don", "t"]),
            ("COVID-19 in 1990s", &["covid", "19", "in", "1990"]),
            ("naïve café", &["na", "ve", "caf"]),
            ("\u{212A}ELVIN", &["kelvin"]),
            ("line one\nline two", &["line", "one", "line", "two"]),
        ];
        for &(text, expected) in cases {
            assert_eq!(tokenize(text), expected, "{text:?}");
        }
    }

    #[test]
    fn identical_texts_score_one() {
        let text = "The council met on Tuesday.\nIt approved the budget.";
        for s in score(text, text).f1() {
            assert!(close(s, 1.0), "{s}");
        }
    }

    #[test]
    fn empty_texts_score_zero() {
        for (r, c) in [
            ("", "a b c"),
            ("a b c", ""),
            ("", ""),
            ("!!", "a"),
            ("\n\n", "a"),
        ] {
            assert_eq!(score(r, c), Scores::default(), "{r:?} {c:?}");
        }
    }

    #[test]
    fn ngram_counts_are_clipped() {
        // reference: the x2, cat, sat; candidate: the x4
        let s = score("the cat sat the", "the the the the");
        assert!(close(s.rouge1.precision, 2.0 / 4.0));
        assert!(close(s.rouge1.recall, 2.0 / 4.0));
        // bigram "the the" occurs 3 times in the candidate, never in the reference
        assert!(close(s.rouge2.f1, 0.0));
        let s = score("a b a b", "a b c a b");
        // reference bigrams ab, ba, ab; candidate ab, bc, ca, ab
        assert!(close(s.rouge2.precision, 2.0 / 4.0));
        assert!(close(s.rouge2.recall, 2.0 / 3.0));
    }

    #[test]
    fn rouge_l_is_the_longest_common_subsequence() {
        // LCS of "a b c d e" and "a x c y e" is "a c e"
        let s = score("a b c d e", "a x c y e z");
        assert!(close(s.rouge_l.recall, 3.0 / 5.0));
        assert!(close(s.rouge_l.precision, 3.0 / 6.0));
        assert_eq!(lcs_length(&[1, 2, 3], &[3, 2, 1]), 1);
        assert_eq!(lcs_length(&[], &[1]), 0);
    }

    #[test]
    fn rouge_lsum_takes_the_union_per_reference_sentence() {
        // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8,
        // c2 = w1 w3 w8 w9 w5. Union LCS = w1 w2 w3 w5: 4 hits of 5
        // reference tokens and 10 candidate tokens.
        let s = score("a b c d e", "a b f g h\na c h i e");
        assert!(close(s.rouge_lsum.recall, 4.0 / 5.0));
        assert!(close(s.rouge_lsum.precision, 4.0 / 10.0));
        // Hits are clipped by what is left in both texts: "a" once in the
        // candidate but in two reference sentences.
        let s = score("a b\na c", "a");
        assert!(close(s.rouge_lsum.recall, 1.0 / 4.0));
        assert!(close(s.rouge_lsum.precision, 1.0));
        // Empty lines are ignored; order of sentences matters only inside them.
        let a = score("x y\n\nz w", "z w\nx y");
        assert!(close(a.rouge_lsum.f1, 1.0));
        assert!(a.rouge_l.f1 < 1.0);
    }

    #[test]
    fn backtracking_prefers_up_on_ties() {
        // reference "a b", candidate "b a": both LCS of length 1. rouge-score
        // backtracks from (2, 2): b != a, left (t[2][1] = 1) is not greater
        // than up (t[1][2] = 1), so it goes up, then matches "a" (ref index 0).
        let mut hit = [false; 2];
        mark_lcs(&[0, 1], &[1, 0], &mut Vec::new(), &mut hit);
        assert_eq!(hit, [true, false]);
    }

    #[test]
    fn f1_is_the_harmonic_mean() {
        let s = Score::new(0.5, 1.0);
        assert!(close(s.f1, 2.0 / 3.0));
        assert_eq!(Score::new(0.0, 0.0).f1, 0.0);
    }
}
