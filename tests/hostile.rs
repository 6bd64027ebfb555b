//! Hostile and odd input: each case gets a sensible outcome (a result or a
//! clear error), never a panic, and every result keeps the invariants
//! checked by [`check`] (`tests/invariants`, shared with the fuzz targets):
//! sentence and removed ranges inside the text, on character boundaries and
//! in order; the summary within its budget; the statistics consistent.
//!
//! The whole file runs in a few seconds unoptimised, except the 10 MB case,
//! which is ignored in debug builds (unoptimised it takes most of a minute):
//! `cargo test --release --test hostile` runs it too.

use std::time::Instant;

use salient::{summarize, Algorithm, Length, Options, RemovalReason, Summary};

#[path = "../benches/inputs/mod.rs"]
#[allow(dead_code)]
mod inputs;
mod invariants;

/// Summarises `text` and checks the invariants of the result.
fn check(text: &str, options: &Options) -> Summary {
    let s = summarize(text, options).expect("any text is accepted");
    invariants::check_summary(text, options, &s);
    s
}

/// The longest prefix of `text` of at most `n` bytes.
fn prefix(text: &str, n: usize) -> &str {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn defaults() -> Options {
    Options::default().with_keywords(10)
}

/// Every algorithm and kind of length on `text`.
fn check_all_options(text: &str) {
    for algorithm in Algorithm::ALL {
        for length in [Length::Sentences(3), Length::Ratio(0.2), Length::Words(60)] {
            check(
                text,
                &Options::default()
                    .with_algorithm(algorithm)
                    .with_length(length)
                    .with_keywords(5),
            );
        }
    }
}

/// A news article in `lang` from the benchmark generator (about 2-8 KB).
fn article(lang: &'static str, seed: u32) -> String {
    let spec = inputs::Spec {
        bytes: usize::MAX,
        langs: vec![lang],
        styles: vec!["news"],
        seed,
        articles: 1,
        lower: false,
    };
    inputs::generate(&inputs::Lexicon::load(), &spec)
}

#[test]
fn empty_text() {
    let s = check("", &defaults());
    assert!(s.sentences.is_empty() && s.keywords.is_empty() && s.removed.is_empty());
    assert_eq!(s.title, None);
    check_all_options("");
}

#[test]
fn whitespace_only() {
    let text = " \t\n\r\n \u{A0}\u{2003}\u{3000}\u{200B}\u{FEFF}\n\n\u{2028}\u{2029}  ";
    let s = check(text, &defaults());
    assert!(s.sentences.is_empty());
    assert_eq!(s.stats.input_words, 0);
    check_all_options(text);
}

#[test]
fn punctuation_only() {
    let text = "!!! ??? ... ,,, ;;; --- — – … «» “” () [] {} *** ### ///\n.\n?!\n".repeat(200);
    let s = check(&text, &defaults());
    assert!(s.sentences.is_empty(), "punctuation is not a sentence");
    assert!(s.keywords.is_empty());
    check_all_options(prefix(&text, 2000));
}

#[test]
fn a_megabyte_sentence_without_a_full_stop() {
    let mut text = String::with_capacity(1_100_000);
    let words = [
        "council", "budget", "harbour", "vote", "and", "the", "plan", "of",
    ];
    let mut i = 0usize;
    while text.len() < 1_000_000 {
        text.push_str(words[i % words.len()]);
        text.push(if i % 17 == 16 { ',' } else { ' ' });
        i += 1;
    }
    let started = Instant::now();
    let s = check(&text, &defaults());
    assert_eq!(s.sentences.len(), 1, "one long sentence");
    assert_eq!(s.stats.summary_sentences, 1);
    assert!(s.sentences[0].text.len() > 900_000);
    check(&text, &Options::default().with_length(Length::Words(50)));
    eprintln!("1 MB sentence: {:?}", started.elapsed());
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "10 MB unoptimised takes most of a minute: run with `cargo test --release --test hostile`"
)]
fn ten_megabytes_of_text() {
    let lexicon = inputs::Lexicon::load();
    let case = inputs::cases()
        .into_iter()
        .find(|c| c.name == "mixed 10 MB")
        .expect("the 10 MB case");
    let text = inputs::generate(&lexicon, &case.spec);
    assert!(text.len() > 9_900_000);
    let started = Instant::now();
    let s = check(&text, &defaults());
    assert!(
        s.sentences.len() > 50_000,
        "{} sentences",
        s.sentences.len()
    );
    assert_eq!(s.stats.summary_sentences, 3);
    assert_eq!(s.keywords.len(), 10);
    // long summaries of a long text stay within their budgets too
    check(&text, &Options::default().with_length(Length::Ratio(0.5)));
    check(&text, &Options::default().with_length(Length::Words(2000)));
    eprintln!("10 MB: {:?}", started.elapsed());
}

#[test]
fn binary_junk_and_control_characters() {
    // bytes from a small PRNG, read as UTF-8 the way a browser or the CLI
    // would (invalid sequences become U+FFFD)
    let mut state = 0x2545_f491_u32;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect();
    let junk = String::from_utf8_lossy(&bytes).into_owned();
    check(&junk, &defaults());
    check_all_options(prefix(&junk, 20_000));
    // every control character, C0 and C1, around and inside prose
    let controls: String = (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter_map(char::from_u32)
        .collect();
    let prose = "The council approved the budget on Tuesday after a long debate. \
                 Schools will receive more money under the plan.";
    let text = format!("{controls}{prose}{controls}\n{prose}\u{0}\u{1b}[31m{prose}");
    let s = check(&text, &defaults());
    assert!(s.stats.summary_sentences >= 1);
    assert!(
        s.selected()
            .all(|x| !x.text.contains(|c: char| c.is_control())),
        "control characters never reach a summary: {:?}",
        s.texts()
    );
}

#[test]
fn lone_surrogates_arrive_as_replacement_characters() {
    // JavaScript strings may hold lone surrogates; wasm-bindgen hands them
    // to Rust as U+FFFD (see tests/e2e/hostile.test.mjs for the JS side).
    let text = "\u{FFFD}The council approved the budget\u{FFFD} on Tuesday. \
                \u{FFFD}\u{FFFD}\u{FFFD} Schools will receive more money. \
                The mayor \u{FFFD}will sign it next week.\u{FFFD}"
        .repeat(20);
    let s = check(&text, &defaults());
    assert!(s.stats.summary_sentences >= 1);
    let only = "\u{FFFD}".repeat(10_000);
    let s = check(&only, &defaults());
    assert_eq!(s.stats.summary_words, 0);
}

#[test]
fn right_to_left_text() {
    let arabic = article("ar", 3);
    let s = check(&arabic, &defaults());
    assert_eq!(s.stats.summary_sentences, 3);
    assert!(s
        .selected()
        .all(|x| x.text.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c))));
    // Hebrew with bidirectional controls (RLM, RLE/PDF, RLI/PDI)
    let hebrew = "\u{200F}מועצת העיר אישרה את התקציב החדש ביום שלישי.\u{202B} בתי הספר יקבלו \
                  יותר כסף.\u{202C} \u{2067}ראש העיר יחתום על התוכנית בשבוע הבא.\u{2069} \
                  המבקרים אמרו שהתוכנית יקרה מדי.";
    let s = check(hebrew, &Options::sentences(2));
    assert_eq!(s.stats.summary_sentences, 2);
    check_all_options(&arabic);
}

#[test]
fn cjk_text() {
    for (lang, seed) in [("zh", 4), ("ja", 5)] {
        let text = article(lang, seed);
        let s = check(&text, &defaults());
        assert!(
            s.sentences.len() >= 10,
            "{lang}: CJK prose is split into sentences ({} found)",
            s.sentences.len()
        );
        assert_eq!(s.stats.summary_sentences, 3, "{lang}");
        assert!(
            s.selected().all(|x| x.text.ends_with('。')),
            "{lang}: {:?}",
            s.texts()
        );
        check_all_options(&text);
    }
}

#[test]
fn emoji_and_combining_marks() {
    let text = "Fans 👩‍👩‍👧‍👦 queued all night 🇬🇧🇫🇷 for the opening concert of the festival. \
        The cafe\u{301} on the square served 🍕 to e\u{301}\u{302}\u{303}\u{304} thousands of visitors. \
        Z\u{36B}\u{35F}a\u{35C}\u{363}l\u{34F}\u{336}g\u{33F}o text 👍🏽 filled the screens near the stage. \
        The organisers said 20,000 tickets 🎟\u{FE0F} were sold within an hour."
        .repeat(5);
    let s = check(&text, &defaults());
    assert_eq!(s.stats.summary_sentences, 3);
    for x in s.selected() {
        // a flag or family sequence is never cut in half
        assert_eq!(x.text.matches('🇬').count(), x.text.matches('🇧').count());
    }
    check_all_options(&text);
}

#[test]
fn html_source_pasted_as_text() {
    let page = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council backs budget</title>
<style>body { font: 16px/1.5 serif } .ad { display: none }</style>
<script>window.dataLayer = []; function track(e) { if (a < b && c > d) return e; }</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Council backs budget after long debate</h1>
<p class="byline">By <a href="/staff/jane">Jane Doe</a></p>
<figure><img src="council.jpg" alt="The council chamber"><figcaption>The council chamber on Tuesday. Photograph: Jane Doe</figcaption></figure>
<p>The city council approved the new budget on Tuesday after a debate that lasted <b>nine hours</b>.</p>
<p>Spending on schools will rise by 4 percent, and the harbour plan gets <i>emergency</i> funding.</p>
<!-- ad slot --><div class="ad"><script>loadAd("top")</script>Advertisement</div>
<p>Critics said the council ignored the transport plan and warned of rising fares.</p>
<p>The mayor will sign the budget next week, officials said.</p>
</article>
<footer>&copy; 2025 The Herald. <a href="/privacy">Privacy policy</a></footer>
</body></html>"#;
    let s = check(page, &Options::sentences(3).with_keywords(5));
    assert_eq!(s.stats.summary_sentences, 3);
    for x in s.selected() {
        assert!(
            !x.text.contains('<') && !x.text.contains('>'),
            "{:?}",
            x.text
        );
        assert!(
            !x.text.contains("dataLayer") && !x.text.contains("font:"),
            "{:?}",
            x.text
        );
    }
    assert!(s.removed.iter().any(|r| r.reason == RemovalReason::Markup));
    check_all_options(page);
}

#[test]
fn one_word_repeated_a_million_times() {
    let text = "buffalo ".repeat(1_000_000);
    let s = check(&text, &defaults());
    assert!(s.sentences.len() <= 1);
    assert!(s.stats.summary_sentences <= 1);
    assert!(s.keywords.len() <= 1, "{:?}", s.keywords);
    // and as a hundred thousand one-word sentences (a million take a
    // second optimised, too long unoptimised)
    let text = "Buffalo. ".repeat(100_000);
    let s = check(&text, &defaults());
    assert_eq!(s.stats.summary_sentences, 1, "{:?}", s.texts());
}

#[test]
fn thousands_of_identical_lines() {
    let line = "The council approved the new budget for the harbour on Tuesday.\n";
    let text = line.repeat(5000);
    let s = check(&text, &defaults());
    assert_eq!(
        s.stats.summary_sentences,
        1,
        "one copy is enough: {:?}",
        s.texts()
    );
    assert!(s
        .removed
        .iter()
        .all(|r| matches!(r.reason, RemovalReason::Duplicate | RemovalReason::Repeated)));
    // a short line repeated thousands of times between the paragraphs of
    // an article (itself pasted many times over) is page chrome
    let article = article("en", 7);
    let paragraphs: Vec<&str> = article.split("\n\n").collect();
    let mut page = String::new();
    for i in 0..3000 {
        page.push_str("Share this article\n");
        page.push_str(paragraphs[i % paragraphs.len()]);
        page.push('\n');
    }
    let s = check(&page, &Options::sentences(5));
    assert_eq!(s.stats.summary_sentences, 5);
    assert!(s.selected().all(|x| !x.text.contains("Share this")));
}

#[test]
fn options_out_of_range() {
    let text = article("en", 6);
    for (length, what) in [
        (Length::Sentences(0), "zero sentences"),
        (Length::Words(0), "zero words"),
        (Length::Ratio(0.0), "ratio 0"),
        (Length::Ratio(-0.5), "negative ratio"),
        (Length::Ratio(1.5), "ratio above 1"),
        (Length::Ratio(f64::NAN), "NaN ratio"),
        (Length::Ratio(f64::INFINITY), "infinite ratio"),
    ] {
        let err = summarize(&text, &Options::default().with_length(length))
            .expect_err(what)
            .to_string();
        assert!(!err.is_empty(), "{what}: the error says what is wrong");
    }
    // asking for more than there is gives everything, within the budget
    let all = check(
        &text,
        &Options::default().with_length(Length::Sentences(usize::MAX)),
    );
    assert_eq!(all.stats.summary_sentences, all.sentences.len());
    let huge_words = Options::default().with_length(Length::Words(usize::MAX));
    for a in Algorithm::ALL {
        let s = check(&text, &huge_words.clone().with_algorithm(a));
        assert_eq!(s.stats.summary_sentences, s.sentences.len(), "{a}");
    }
    check(&text, &Options::default().with_keywords(usize::MAX));
}
