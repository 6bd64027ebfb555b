//! salient's ROUGE agrees with Google's `rouge-score` (with stemming).
//!
//! The pairs are in `tests/data/rouge_pairs.json` (written for this project).
//! The expected values below were produced from that file by
//!
//! ```text
//! pip install rouge-score==0.1.2 nltk==3.10.4
//! python3 scripts/rouge_reference.py
//! ```
//!
//! i.e. `rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'],
//! use_stemmer=True).score(reference, candidate)`, printed to 6 decimals.
//! If the JSON file changes, re-run the script and paste its rows here.
#![cfg(not(target_arch = "wasm32"))]

use salient::rouge::{score, Score};

/// (id, [R-1 P, R, F, R-2 P, R, F, R-L P, R, F, R-Lsum P, R, F]) from
/// rouge-score 0.1.2 with nltk 3.10.4.
const EXPECTED: &[(&str, [f64; 12])] = &[
    (
        "identical",
        [
            1.000000, 1.000000, 1.000000, 1.000000, 1.000000, 1.000000, 1.000000, 1.000000,
            1.000000, 1.000000, 1.000000, 1.000000,
        ],
    ),
    (
        "empty-candidate",
        [
            0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000,
            0.000000, 0.000000, 0.000000, 0.000000,
        ],
    ),
    (
        "punctuation-only-candidate",
        [
            0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000,
            0.000000, 0.000000, 0.000000, 0.000000,
        ],
    ),
    (
        "no-overlap",
        [
            0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000, 0.000000,
            0.000000, 0.000000, 0.000000, 0.000000,
        ],
    ),
    (
        "stemming",
        [
            0.714286, 0.555556, 0.625000, 0.166667, 0.125000, 0.142857, 0.714286, 0.555556,
            0.625000, 0.714286, 0.555556, 0.625000,
        ],
    ),
    (
        "stemming-short-words-unstemmed",
        [
            0.272727, 0.300000, 0.285714, 0.000000, 0.000000, 0.000000, 0.272727, 0.300000,
            0.285714, 0.272727, 0.300000, 0.285714,
        ],
    ),
    (
        "punctuation-and-case",
        [
            1.000000, 1.000000, 1.000000, 1.000000, 1.000000, 1.000000, 1.000000, 1.000000,
            1.000000, 1.000000, 1.000000, 1.000000,
        ],
    ),
    (
        "numbers",
        [
            0.615385, 0.470588, 0.533333, 0.250000, 0.187500, 0.214286, 0.461538, 0.352941,
            0.400000, 0.461538, 0.352941, 0.400000,
        ],
    ),
    (
        "repeated-words-clipped",
        [
            0.666667, 1.000000, 0.800000, 0.125000, 0.200000, 0.153846, 0.444444, 0.666667,
            0.533333, 0.444444, 0.666667, 0.533333,
        ],
    ),
    (
        "word-order",
        [
            1.000000, 1.000000, 1.000000, 0.750000, 0.750000, 0.750000, 0.555556, 0.555556,
            0.555556, 0.555556, 0.555556, 0.555556,
        ],
    ),
    (
        "lsum-two-sentences-swapped",
        [
            1.000000, 1.000000, 1.000000, 0.916667, 0.916667, 0.916667, 0.538462, 0.538462,
            0.538462, 1.000000, 1.000000, 1.000000,
        ],
    ),
    (
        "lsum-union-across-candidate-sentences",
        [
            0.736842, 0.823529, 0.777778, 0.500000, 0.562500, 0.529412, 0.684211, 0.764706,
            0.722222, 0.736842, 0.823529, 0.777778,
        ],
    ),
    (
        "lsum-empty-and-blank-lines",
        [
            0.750000, 0.900000, 0.818182, 0.363636, 0.444444, 0.400000, 0.416667, 0.500000,
            0.454545, 0.583333, 0.700000, 0.636364,
        ],
    ),
    (
        "lsum-single-line-candidate",
        [
            0.846154, 0.916667, 0.880000, 0.583333, 0.636364, 0.608696, 0.846154, 0.916667,
            0.880000, 0.846154, 0.916667, 0.880000,
        ],
    ),
    (
        "lsum-repeated-sentence",
        [
            0.666667, 0.888889, 0.761905, 0.636364, 0.875000, 0.736842, 0.666667, 0.888889,
            0.761905, 0.666667, 0.888889, 0.761905,
        ],
    ),
    (
        "non-ascii-and-crlf",
        [
            0.857143, 0.545455, 0.666667, 0.333333, 0.200000, 0.250000, 0.571429, 0.363636,
            0.444444, 0.714286, 0.454545, 0.555556,
        ],
    ),
    (
        "longer-candidate",
        [
            0.210526, 1.000000, 0.347826, 0.111111, 0.666667, 0.190476, 0.210526, 1.000000,
            0.347826, 0.210526, 1.000000, 0.347826,
        ],
    ),
];

/// Printed to 6 decimals, so agreement is checked to 1e-5 on the 0..1 scale
/// (0.001 points on the usual x100 scale).
const TOLERANCE: f64 = 1e-5;

fn pairs() -> Vec<(String, String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/rouge_pairs.json");
    let text = std::fs::read_to_string(path).expect("tests/data/rouge_pairs.json is readable");
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let field = |pair: &serde_json::Value, name: &str| -> String {
        pair[name]
            .as_str()
            .unwrap_or_else(|| panic!("every pair has a string {name:?}"))
            .to_string()
    };
    value
        .as_array()
        .expect("a JSON array of pairs")
        .iter()
        .map(|pair| {
            (
                field(pair, "id"),
                field(pair, "reference"),
                field(pair, "candidate"),
            )
        })
        .collect()
}

#[test]
fn expected_values_cover_every_pair_in_order() {
    let ids: Vec<String> = pairs().into_iter().map(|(id, _, _)| id).collect();
    let expected: Vec<&str> = EXPECTED.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, expected);
    assert!(ids.len() >= 15);
}

#[test]
fn agrees_with_rouge_score() {
    let mut failures = Vec::new();
    for ((id, reference, candidate), (expected_id, expected)) in pairs().iter().zip(EXPECTED) {
        assert_eq!(id, expected_id);
        let s = score(reference, candidate);
        let variants: [(&str, Score); 4] = [
            ("rouge1", s.rouge1),
            ("rouge2", s.rouge2),
            ("rougeL", s.rouge_l),
            ("rougeLsum", s.rouge_lsum),
        ];
        for (k, (name, got)) in variants.iter().enumerate() {
            let want = &expected[3 * k..3 * k + 3];
            let have = [got.precision, got.recall, got.f1];
            for (part, (w, h)) in ["P", "R", "F"].iter().zip(want.iter().zip(have)) {
                if (w - h).abs() > TOLERANCE {
                    failures.push(format!(
                        "{id} {name} {part}: rouge-score {w:.6}, salient {h:.6}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
