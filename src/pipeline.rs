//! The whole summarisation pipeline: clean, split, tokenise, rank, select.

use crate::cleanup::{self, fold_whitespace};
use crate::rank::{self, Doc};
use crate::select::{self, is_dangling};
use crate::tokens::{Language, Vocabulary};
use crate::{keywords, segment, Error, Options, ScoredSentence, Stats, Summary};

/// Summarises `text`.
///
/// Cleans the text ([`crate::clean`]), splits its article paragraphs into
/// sentences, scores every sentence with `options.algorithm`, and selects
/// the summary within `options.length`, in document order. Returns every
/// candidate sentence with its score (the summary is those marked
/// `selected`), the keywords asked for and what cleanup set aside.
///
/// Only options can be wrong: empty or whitespace-only text gives an empty
/// summary, and a text shorter than the request is returned whole.
///
/// ```
/// use salient::{summarize, Algorithm, Length, Options};
/// let text = "Storm hits coast\n\
///     A storm hit the coast on Monday, cutting power to 40,000 homes. \
///     Engineers restored power to most homes by Tuesday. \
///     The storm moved inland and weakened. \
///     Schools reopened on Wednesday.";
/// let opts = Options::default().with_length(Length::Words(20)).with_keywords(3);
/// let s = summarize(text, &opts).unwrap();
/// assert!(s.stats.summary_words <= 20);
/// assert_eq!(s.title.as_deref(), Some("Storm hits coast"));
/// assert!(summarize(text, &Options::sentences(0)).is_err());
/// ```
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    options.validate()?;
    let cleaned = cleanup::clean(text);
    let ranges = segment::candidates(&cleaned);
    let mut texts: Vec<String> = Vec::with_capacity(ranges.len());
    for r in &ranges {
        texts.push(fold_whitespace(&cleaned.text()[r.clone()]));
    }
    let language = Language::detect(cleaned.text());
    let mut vocab = Vocabulary::new(language);
    let doc = Doc::new(texts.iter().map(String::as_str), &mut vocab);
    let title = cleaned.title().map(fold_whitespace);
    let mut title_bag: Vec<(u32, f32)> = Vec::new();
    if let Some(t) = &title {
        let mut ids = Vec::new();
        vocab.terms_into(t, &mut ids);
        crate::sort::sort_u32(&mut ids);
        for id in ids {
            match title_bag.last_mut() {
                Some((last, c)) if *last == id => *c += 1.0,
                _ => title_bag.push((id, 1.0)),
            }
        }
    }
    let target = select::expected_count(options.length, &doc);
    let scores = rank::score(
        options.algorithm,
        &doc,
        &title_bag,
        &options.weights,
        target,
    );
    let mut dangling: Vec<bool> = Vec::with_capacity(texts.len());
    for t in &texts {
        dangling.push(is_dangling(t));
    }
    let picked = select::select(
        &doc,
        &scores,
        options.algorithm,
        options.length,
        &options.weights,
        &dangling,
    );
    let keywords = keywords::extract(
        texts.iter().map(String::as_str),
        title.as_deref(),
        &mut vocab,
        options.keywords,
    );

    let mut is_picked = vec![false; texts.len()];
    for &i in &picked {
        is_picked[i] = true;
    }
    let mut stats = Stats {
        input_chars: crate::tokens::char_count(text),
        input_sentences: texts.len(),
        ..Stats::default()
    };
    let mut sentences: Vec<ScoredSentence> = Vec::with_capacity(texts.len());
    for (i, (t, r)) in texts.into_iter().zip(ranges).enumerate() {
        let words = doc.words(i);
        stats.input_words += words;
        if is_picked[i] {
            stats.summary_words += words;
            stats.summary_sentences += 1;
        }
        sentences.push(ScoredSentence {
            index: i,
            range: cleaned.original_range(r),
            text: t,
            score: scores.get(i).copied().unwrap_or(0.0),
            selected: is_picked[i],
        });
    }
    Ok(Summary {
        sentences,
        keywords,
        removed: cleaned.removed,
        title,
        stats,
    })
}
