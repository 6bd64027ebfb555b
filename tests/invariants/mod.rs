//! The invariants of salient's results, checked by the hostile-input tests
//! (`tests/hostile.rs`) and the fuzz targets (`fuzz/src/lib.rs`, which
//! includes this file by path). Each check panics with a description.

use std::ops::Range;

use salient::{Length, Options, Summary};

/// Checks that `ranges` lie in `text`, on character boundaries, in order
/// and without overlap (`what` names them in messages).
pub fn check_ranges<'a>(
    text: &str,
    ranges: impl IntoIterator<Item = &'a Range<usize>>,
    what: &str,
) {
    let mut last = 0;
    for r in ranges {
        assert!(
            r.start <= r.end && r.end <= text.len(),
            "{what}: {r:?} outside 0..{}",
            text.len()
        );
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{what}: {r:?} splits a character"
        );
        assert!(
            r.start >= last,
            "{what}: {r:?} before the end {last} of the previous one"
        );
        last = r.end;
    }
}

/// Checks that what cleanup removed lies in `text` on character boundaries,
/// in the order of their starts.
pub fn check_removed(text: &str, removed: &[salient::Removed]) {
    let mut last = 0;
    for r in removed {
        check_ranges(text, [&r.range], "removed");
        assert!(r.range.start >= last, "removed pieces out of order");
        last = r.range.start;
    }
}

/// Checks a summary of `text` made with `options`: its sentences and
/// removed pieces in the text, in order; indices, scores and statistics
/// consistent; the length within what `options` asked for; at least one
/// sentence when there were candidates.
pub fn check_summary(text: &str, options: &Options, s: &Summary) {
    check_ranges(text, s.sentences.iter().map(|x| &x.range), "sentence");
    for (i, x) in s.sentences.iter().enumerate() {
        assert_eq!(x.index, i, "sentence index");
        assert!(!x.text.trim().is_empty(), "empty sentence {i}");
        assert!(x.score.is_finite(), "score {} of sentence {i}", x.score);
    }
    check_removed(text, &s.removed);
    let picked = s.selected().count();
    let n = s.sentences.len();
    assert_eq!(picked, s.stats.summary_sentences, "summary sentence count");
    assert_eq!(n, s.stats.input_sentences, "input sentence count");
    assert_eq!(
        s.stats.input_chars,
        text.chars().count(),
        "input characters"
    );
    assert!(s.stats.summary_words <= s.stats.input_words);
    if n > 0 {
        assert!(picked >= 1, "{n} candidates but an empty summary");
    }
    match options.length {
        Length::Sentences(k) => assert!(picked <= k.min(n), "{picked} sentences for {k}"),
        Length::Words(w) => assert!(
            s.stats.summary_words <= w || picked == 1,
            "{} words for a budget of {w}",
            s.stats.summary_words
        ),
        Length::Ratio(r) => {
            let most = ((r * n as f64).round() as usize).clamp(1, n.max(1));
            assert!(picked <= most, "{picked} of {n} sentences for ratio {r}");
        }
    }
    assert!(s.keywords.len() <= options.keywords);
    for k in &s.keywords {
        assert!(k.score.is_finite(), "{k:?}");
    }
    if let Some(t) = &s.title {
        assert!(!t.is_empty());
    }
}
