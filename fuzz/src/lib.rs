//! The fuzz targets' bodies, shared by the libFuzzer targets
//! (`fuzz_targets/`, nightly) and the stable `smoke` driver. Each reads
//! arbitrary bytes, runs salient on them and checks the invariants; a
//! violation panics with a description, which both drivers report.

use arbitrary::{Arbitrary, Unstructured};
use salient::internals::Vocabulary;
use salient::lexicon::Builtin;
use salient::{Algorithm, Lang, Length, Options, Weights};

#[path = "../../tests/invariants/mod.rs"]
mod invariants;
use invariants::{check_ranges, check_removed, check_summary};

/// A fuzz target's body.
pub type Target = fn(&[u8]);

/// The targets by name, for the drivers.
pub const TARGETS: [(&str, Target); 3] = [
    ("clean_segment", clean_segment),
    ("summarize", summarize),
    ("extract_html", extract_html),
];

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Raw segmentation's invariants: valid ranges, every non-space character
/// inside a sentence (the end too), each sentence its range's text folded.
fn check_raw_cover(text: &str, raw: &[salient::Sentence], what: &str) {
    check_ranges(text, raw.iter().map(|s| &s.range), what);
    let mut at = 0;
    for s in raw {
        assert!(
            text[at..s.range.start].trim().is_empty(),
            "{what} skipped {:?}",
            &text[at..s.range.start]
        );
        assert_eq!(s.text, fold(&text[s.range.clone()]), "{what}");
        assert!(!s.text.is_empty(), "{what}");
        at = s.range.end;
    }
    assert!(text[at..].trim().is_empty(), "{what} skipped the end");
}

/// Cleanup and segmentation of arbitrary text.
pub fn clean_segment(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;

    // cleanup: blocks in the cleaned text, removed pieces in the original
    let cleaned = salient::clean(text);
    let ct = cleaned.text();
    check_ranges(ct, cleaned.blocks.iter().map(|b| &b.range), "block");
    for b in &cleaned.blocks {
        let o = cleaned.original_range(b.range.clone());
        check_ranges(text, [&o], "block in the original");
    }
    check_removed(text, &cleaned.removed);
    if let Some(i) = cleaned.title_block {
        assert!(i < cleaned.blocks.len(), "title block {i} out of range");
    }

    // candidate sentences: in the original, ordered, trimmed, folded
    let sentences = salient::split_sentences(text);
    check_ranges(text, sentences.iter().map(|s| &s.range), "sentence");
    for s in &sentences {
        assert!(!s.text.is_empty(), "empty sentence at {:?}", s.range);
        assert_eq!(s.text, fold(&s.text), "sentence text is not folded");
    }

    // raw segmentation: covers every non-space character, folded text
    let raw = salient::split_raw_sentences(text);
    check_raw_cover(text, &raw, "raw segmentation");

    // the same in a language chosen by the first byte (or none): the
    // language rules keep every range valid and the raw split covering
    let language = data.first().and_then(|&b| {
        let all = salient::Lang::ALL;
        all.get(usize::from(b) % (all.len() + 1)).copied()
    });
    let sentences = salient::split_sentences_in(text, language);
    check_ranges(
        text,
        sentences.iter().map(|s| &s.range),
        "sentence in a language",
    );
    let raw = salient::split_raw_sentences_in(text, language);
    check_raw_cover(text, &raw, &format!("raw segmentation in {language:?}"));

    // keywords and tokens
    let kw = salient::keywords(text, 5);
    assert!(kw.len() <= 5);
    for k in &kw {
        assert!(
            k.score.is_finite() && k.score > 0.0 && k.score <= 1.0 + 1e-9,
            "{k:?}"
        );
        assert!(!k.text.trim().is_empty());
    }
    // language: detected or none, and tokens in any language
    let detected = salient::detect_language(text);
    for lang in [
        detected,
        Some(Lang::Ja),
        Some(Lang::Ko),
        Some(Lang::De),
        None,
    ] {
        let mut vocab = Vocabulary::new(lang, &Builtin);
        let mut words = Vec::new();
        vocab.read(text, &mut words);
        for w in &words {
            assert!(w.start < w.end && w.end <= text.len(), "word {w:?}");
            assert!(
                text.is_char_boundary(w.start) && text.is_char_boundary(w.end),
                "word {w:?} splits a character"
            );
        }
    }
}

/// Article extraction from arbitrary bytes read as HTML: a result without
/// panic whose text is made of the page's own words.
pub fn extract_html(data: &[u8]) {
    let html = String::from_utf8_lossy(data);
    let doc = salient::extract::parse_html(&html);
    let article = salient::extract::extract(&doc);
    let text = article.to_text();
    for paragraph in article.paragraphs() {
        assert!(!paragraph.trim().is_empty(), "an empty paragraph");
    }
    // and the summariser takes it
    let summary = salient::summarize(&text, &Options::sentences(3)).expect("valid options");
    check_ranges(
        &text,
        summary.sentences.iter().map(|s| &s.range),
        "sentence",
    );
}

/// Options as a fuzzer may give them: any length (zero, huge, NaN), any
/// algorithm, any keyword count, and now and then arbitrary weights.
#[derive(Debug)]
pub struct FuzzOptions(pub Options);

impl<'a> Arbitrary<'a> for FuzzOptions {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let count = |u: &mut Unstructured<'a>| -> arbitrary::Result<usize> {
            Ok(match u.int_in_range(0u8..=3)? {
                0 => u.int_in_range(0usize..=8)?,
                1 => u.int_in_range(0usize..=300)?,
                2 => usize::MAX,
                _ => usize::arbitrary(u)?,
            })
        };
        let length = match u.int_in_range(0u8..=2)? {
            0 => Length::Sentences(count(u)?),
            1 => Length::Words(count(u)?),
            _ => Length::Ratio(match u.int_in_range(0u8..=3)? {
                0 => f64::from(u.int_in_range(0u32..=100)?) / 100.0,
                1 => *u.choose(&[
                    0.0,
                    -0.0,
                    1.0,
                    1.0 + f64::EPSILON,
                    f64::MIN_POSITIVE,
                    f64::NAN,
                    f64::INFINITY,
                    f64::NEG_INFINITY,
                    -1.0,
                ])?,
                _ => f64::arbitrary(u)?,
            }),
        };
        let algorithm = *u.choose(&Algorithm::ALL)?;
        let keywords = match u.int_in_range(0u8..=4)? {
            0 => usize::MAX,
            1 => usize::arbitrary(u)?,
            _ => u.int_in_range(0usize..=20)?,
        };
        let mut options = Options::default()
            .with_length(length)
            .with_algorithm(algorithm)
            .with_keywords(keywords)
            .with_language(match u.int_in_range(0u8..=2)? {
                0 => None,
                _ => Some(*u.choose(&Lang::ALL)?),
            });
        if u.ratio(1u8, 4u8)? {
            let mut w = Weights::default();
            for field in [
                &mut w.centrality,
                &mut w.position,
                &mut w.position_decay,
                &mut w.half_share,
                &mut w.selectivity,
                &mut w.title,
                &mut w.length,
                &mut w.ideal_length,
                &mut w.aside,
                &mut w.mmr_lambda,
                &mut w.duplicate_threshold,
                &mut w.dangling_penalty,
                &mut w.direction,
                &mut w.backward,
                &mut w.single,
            ] {
                if u.ratio(1u8, 2u8)? {
                    *field = f64::arbitrary(u)?;
                }
            }
            options.weights = w;
        }
        Ok(FuzzOptions(options))
    }
}

/// A whole summary: options from the first bytes, text from the rest.
pub fn summarize(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(FuzzOptions(options)) = FuzzOptions::arbitrary(&mut u) else {
        return;
    };
    let text = String::from_utf8_lossy(u.take_rest());
    let text: &str = &text;
    let result = salient::summarize(text, &options);
    match (options.validate(), result) {
        (Err(want), Err(got)) => assert_eq!(want.to_string(), got.to_string()),
        (Err(want), Ok(_)) => panic!("{options:?} should be refused: {want}"),
        (Ok(()), Err(got)) => panic!("{options:?} refused: {got}"),
        (Ok(()), Ok(s)) => check_summary(text, &options, &s),
    }
}
