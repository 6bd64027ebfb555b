//! Property tests: invariants that must hold for any input.

use proptest::prelude::*;
use salient::{split_raw_sentences, split_sentences, summarize, Algorithm, Length, Options};

/// Text built from pieces that stress the cleaner and the splitter.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. Smith said no. ".to_string()),
        Just("The U.S. economy grew 3.5% in 2024. ".to_string()),
        Just("\"Quoted,\" she said. ".to_string()),
        Just("Read more: elsewhere\n".to_string()),
        Just("<image>x</image>".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{A0}\u{200B}\u{AD}".to_string()),
        Just("東京。大阪！".to_string()),
        Just("เมื่อวันจันทร์ สภาเทศบาลอนุมัติงบประมาณใหม่ ".to_string()),
        "[\u{E01}-\u{E5B} ]{0,40}",
        Just("👩‍💻 é\u{301} ".to_string()),
        Just("sharply.Analysts ".to_string()),
        Just("Headline without stop\n".to_string()),
        "[a-zA-Z .,!?\n]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        (1usize..8).prop_map(Length::Sentences),
        (0.01f64..=1.0).prop_map(Length::Ratio),
        (1usize..120).prop_map(Length::Words),
    ]
}

fn algorithm() -> impl Strategy<Value = Algorithm> {
    prop::sample::select(Algorithm::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Sentence ranges are on char boundaries, in order, disjoint, and their
    /// text is the range's text with whitespace folded.
    #[test]
    fn sentence_ranges_are_ordered_and_disjoint(text in messy_text()) {
        for sentences in [split_sentences(&text), split_raw_sentences(&text)] {
            let mut last_end = 0;
            for s in &sentences {
                prop_assert!(s.range.start >= last_end, "overlap or disorder: {:?}", sentences);
                prop_assert!(s.range.start < s.range.end);
                prop_assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
                prop_assert!(!s.text.is_empty());
                last_end = s.range.end;
            }
        }
    }

    /// Raw segmentation covers every word of the text: nothing but
    /// whitespace lies between or around the sentences.
    #[test]
    fn raw_sentences_cover_the_text(text in "[a-zA-Z0-9 .,!?\"'()\n]{0,300}") {
        let sentences = split_raw_sentences(&text);
        let mut pos = 0;
        for s in &sentences {
            prop_assert!(text[pos..s.range.start].trim().is_empty(), "gap {:?}", &text[pos..s.range.start]);
            pos = s.range.end;
        }
        prop_assert!(text[pos..].trim().is_empty());
    }

    /// The summary is a subset of the sentences, in document order, within
    /// the requested length, and the same every time.
    #[test]
    fn summary_is_an_ordered_subset_within_budget(text in messy_text(), len in length(), alg in algorithm()) {
        let options = Options::default().with_length(len).with_algorithm(alg).with_keywords(3);
        let a = summarize(&text, &options).unwrap();
        let b = summarize(&text, &options).unwrap();
        prop_assert_eq!(&a, &b, "not deterministic");
        let n = a.sentences.len();
        let picked: Vec<usize> = a.selected().map(|s| s.index).collect();
        prop_assert!(picked.windows(2).all(|w| w[0] < w[1]));
        for (i, s) in a.sentences.iter().enumerate() {
            prop_assert_eq!(s.index, i);
            prop_assert!(s.score.is_finite());
            prop_assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        }
        match len {
            // near-duplicate sentences are never both picked, so the summary may be shorter
            Length::Sentences(k) => prop_assert!(picked.len() <= k.min(n) && (n == 0 || !picked.is_empty())),
            Length::Ratio(_) => prop_assert!(picked.len() <= n && (n == 0 || !picked.is_empty())),
            Length::Words(w) => {
                if picked.len() > 1 {
                    prop_assert!(a.stats.summary_words <= w, "{} words > budget {}", a.stats.summary_words, w);
                }
                prop_assert!(n == 0 || !picked.is_empty());
            }
        }
        prop_assert!(a.keywords.len() <= 3);
    }

    /// Arbitrary Unicode never panics, whatever the options.
    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>(), len in length(), alg in algorithm(), k in 0usize..20) {
        let options = Options::default().with_length(len).with_algorithm(alg).with_keywords(k);
        let _ = summarize(&text, &options).unwrap();
        let _ = split_sentences(&text);
    }
}

#[test]
fn short_text_is_returned_whole() {
    let text = "One sentence here. And a second one.";
    let s = summarize(text, &Options::sentences(5)).unwrap();
    assert_eq!(s.texts(), ["One sentence here.", "And a second one."]);
}

#[test]
fn empty_and_whitespace_give_empty_summaries() {
    for text in ["", "   ", "\n\n\t", "\u{A0}\u{200B}"] {
        let s = summarize(text, &Options::default()).unwrap();
        assert!(s.sentences.is_empty() && s.keywords.is_empty(), "{text:?}");
    }
}

#[test]
fn invalid_options_are_clear_errors() {
    let text = "A sentence.";
    for (len, needle) in [
        (Length::Sentences(0), "at least 1"),
        (Length::Ratio(0.0), "ratio"),
        (Length::Ratio(f64::NAN), "ratio"),
        (Length::Ratio(1.5), "ratio"),
        (Length::Words(0), "word budget"),
    ] {
        let err = summarize(text, &Options::default().with_length(len)).unwrap_err();
        assert!(err.to_string().contains(needle), "{err}");
    }
    assert!("summarise"
        .parse::<Algorithm>()
        .unwrap_err()
        .to_string()
        .contains("unknown algorithm"));
}
