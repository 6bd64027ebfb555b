//! The evaluation tool's Unicode ROUGE tokens (`examples/eval/unicode.rs`)
//! and scores agree with the reference implementation in
//! `scripts/rouge_unicode_reference.py` (Python's `unicodedata`, with
//! Google's `rouge-score` doing the arithmetic on those tokens).
//!
//! The pairs are in `tests/data/rouge_unicode_pairs.json` (written for this
//! project, in several scripts); the expected tokens and scores in
//! `tests/data/rouge_unicode_expected.json` come from
//!
//! ```text
//! pip install rouge-score==0.1.2
//! python3 scripts/rouge_unicode_reference.py > tests/data/rouge_unicode_expected.json
//! ```
#![cfg(not(target_arch = "wasm32"))]

#[path = "../examples/eval/unicode.rs"]
mod unicode;

use salient::rouge::score_with;

/// Scores are printed to 6 decimals: agreement to 1e-5 on the 0..1 scale.
const TOLERANCE: f64 = 1e-5;

fn read_json(name: &str) -> serde_json::Value {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

#[test]
fn agrees_with_the_python_reference() {
    let pairs = read_json("rouge_unicode_pairs.json");
    let expected = read_json("rouge_unicode_expected.json");
    let pairs = pairs.as_array().expect("an array of pairs");
    let expected = expected["pairs"].as_array().expect("an array of results");
    assert_eq!(pairs.len(), expected.len(), "re-run the reference script");
    assert!(pairs.len() >= 15);
    let mut failures = Vec::new();
    for (pair, want) in pairs.iter().zip(expected) {
        let id = pair["id"].as_str().expect("an id");
        assert_eq!(want["id"].as_str(), Some(id), "re-run the reference script");
        let reference = pair["reference"].as_str().expect("a reference");
        let candidate = pair["candidate"].as_str().expect("a candidate");
        for (text, key) in [
            (reference, "reference_tokens"),
            (candidate, "candidate_tokens"),
        ] {
            let (have, want) = (unicode::tokens(text), strings(&want[key]));
            if have != want {
                failures.push(format!("{id} {key}: Python {want:?}, Rust {have:?}"));
            }
        }
        let s = score_with(reference, candidate, unicode::tokens);
        let have = [
            s.rouge1.precision,
            s.rouge1.recall,
            s.rouge1.f1,
            s.rouge2.precision,
            s.rouge2.recall,
            s.rouge2.f1,
            s.rouge_l.precision,
            s.rouge_l.recall,
            s.rouge_l.f1,
            s.rouge_lsum.precision,
            s.rouge_lsum.recall,
            s.rouge_lsum.f1,
        ];
        let want: Vec<f64> = want["scores"]
            .as_array()
            .expect("12 scores")
            .iter()
            .map(|v| v.as_f64().expect("a number"))
            .collect();
        assert_eq!(want.len(), 12);
        for (k, (w, h)) in want.iter().zip(have).enumerate() {
            if (w - h).abs() > TOLERANCE {
                let name = ["R-1", "R-2", "R-L", "R-Lsum"][k / 3];
                let part = ["P", "R", "F"][k % 3];
                failures.push(format!("{id} {name} {part}: Python {w:.6}, Rust {h:.6}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
