//! Pasted pages: summaries are made of article sentences, never of page
//! furniture. Runs on the project's own fixtures (tests/fixtures/pasted,
//! written for salient) and, when the development workspace is present, on
//! the real pasted seeds in ../shared/seeds (skipped otherwise).

use std::fs;
use std::path::Path;

use salient::{summarize, Length, Options};

/// Phrases that only page furniture contains, in the fixtures and seeds.
const FURNITURE: &[&str] = &[
    "read more",
    "read on",
    "comment",
    "subscribe",
    "log in",
    "sign up",
    "newsletter",
    "cookie",
    "advertisement",
    "share this",
    "watch:",
    "photograph:",
    "credit",
    "by tomas",
    "by steven",
    "writes:",
    "with afp",
    "reporting from",
    "verify access",
    "checking your access",
    "follow us",
    "<image",
    "](",
    "gmt",
    "a.m. et",
    "hours ago",
];

fn check(name: &str, text: &str) {
    for len in [
        Length::Sentences(1),
        Length::Sentences(3),
        Length::Sentences(8),
        Length::Ratio(0.5),
        Length::Words(120),
    ] {
        let s = summarize(text, &Options::default().with_length(len)).unwrap();
        assert!(s.stats.summary_sentences > 0, "{name}: empty summary");
        let texts = s.texts();
        for t in &texts {
            let lower = t.to_lowercase();
            for f in FURNITURE {
                assert!(
                    !lower.contains(f),
                    "{name}: furniture {f:?} in summary sentence {t:?}"
                );
            }
        }
        // no sentence twice (live blogs repeat paragraphs verbatim)
        for (i, a) in texts.iter().enumerate() {
            assert!(!texts[i + 1..].contains(a), "{name}: {a:?} repeated");
        }
        // every sentence points back into the text
        for x in s.selected() {
            let orig = &text[x.range.clone()];
            assert_eq!(
                orig.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace('\u{200B}', ""),
                x.text
            );
        }
    }
}

#[test]
fn fixtures_summaries_have_no_furniture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pasted");
    let mut n = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        check(
            &path.display().to_string(),
            &fs::read_to_string(&path).unwrap(),
        );
        n += 1;
    }
    assert!(n >= 3);
}

#[test]
fn fixture_furniture_is_reported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pasted");
    let text = fs::read_to_string(dir.join("harbour_live.txt")).unwrap();
    let s = summarize(&text, &Options::default()).unwrap();
    let labels: Vec<&str> = s.removed.iter().map(|r| r.reason.label()).collect();
    for want in [
        "markup",
        "caption",
        "credit",
        "byline",
        "timestamp",
        "advertisement",
        "share",
        "read more",
        "media",
        "duplicate",
        "promotion",
        "paywall",
        "comments",
    ] {
        assert!(labels.contains(&want), "{want} missing from {labels:?}");
    }
    assert_eq!(
        s.title.as_deref(),
        Some("Harbour strike live: ferries cancelled as talks collapse")
    );
}

#[test]
fn shared_seeds_summaries_have_no_furniture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = fs::read_dir(&dir) else {
        eprintln!("skipped: {} not present", dir.display());
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        check(
            &path.display().to_string(),
            &fs::read_to_string(&path).unwrap(),
        );
    }
}
