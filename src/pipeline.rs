//! The whole pipeline: clean, split, tokenise, rank, select. The stages are
//! siblings that know nothing of each other; this module composes them.

use std::ops::Range;

use crate::cleanup::{self, BlockKind, Cleaned};
use crate::keywords::extract as extract_keywords;
use crate::lexicon::{Builtin, Lexicon};
use crate::rank::{self, Doc};
use crate::segment::{self, Sentence};
use crate::select::{self, is_dangling};
use crate::text::fold_whitespace;
use crate::tokens::Vocabulary;
use crate::{Error, Keyword, Lang, Options, ScoredSentence, Stats, Summary};

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
    summarize_with(text, options, &Builtin)
}

/// [`summarize`] with the stopwords and stems of `lexicon` instead of the
/// built-in ones ([`crate::lexicon::Builtin`]), e.g. language data loaded on
/// demand: the lexicon also detects the language when `options` does not
/// give it ([`Lexicon::detect`]) and gives the splitter its abbreviations
/// ([`Lexicon::abbreviations`], [`Lexicon::neutral_titles`]).
pub fn summarize_with(
    text: &str,
    options: &Options,
    lexicon: &dyn Lexicon,
) -> Result<Summary, Error> {
    options.validate()?;
    let Reading {
        cleaned,
        language,
        ranges,
        texts,
        mut vocab,
        doc,
        title,
    } = read(text, options.language, lexicon);
    let title_bag = title
        .as_deref()
        .map_or_else(Vec::new, |t| bag(t, &mut vocab));
    let target = select::expected_count(options.length, &doc);
    let scores = rank::score(
        options.algorithm,
        &doc,
        &title_bag,
        &options.weights,
        target,
    );
    let dangling: Vec<bool> = texts.iter().map(|t| is_dangling(t)).collect();
    let picked = select::select(
        &doc,
        &texts,
        &scores,
        options.algorithm,
        options.length,
        &options.weights,
        &dangling,
    );
    let keywords = extract_keywords(
        &doc,
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
        input_chars: text.chars().count(),
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
        language,
        stats,
    })
}

/// A text read for ranking: cleaned, its language, its candidate sentences
/// (ranges in [`Cleaned::text`] and display texts) and their words and terms.
struct Reading<'l> {
    cleaned: Cleaned,
    language: Option<Lang>,
    ranges: Vec<Range<usize>>,
    texts: Vec<String>,
    vocab: Vocabulary<'l>,
    doc: Doc,
    title: Option<String>,
}

/// Reads `text` in `language` (`None`: the one `lexicon` detects) with the
/// stopwords, stems and abbreviations of `lexicon`: what [`summarize_with`]
/// and [`keywords`] both start from.
fn read<'l>(text: &str, language: Option<Lang>, lexicon: &'l dyn Lexicon) -> Reading<'l> {
    let cleaned = cleanup::clean(text);
    let language = language.or_else(|| lexicon.detect(cleaned.text()));
    let ranges = candidates(&cleaned, &rules(language, lexicon));
    let texts: Vec<String> = ranges
        .iter()
        .map(|r| fold_whitespace(&cleaned.text()[r.clone()]))
        .collect();
    let mut vocab = Vocabulary::new(language, lexicon);
    vocab.learn_names(texts.iter().map(String::as_str).chain(cleaned.title()));
    let doc = Doc::new(texts.iter().map(String::as_str), &mut vocab);
    let title = cleaned.title().map(fold_whitespace);
    Reading {
        cleaned,
        language,
        ranges,
        texts,
        vocab,
        doc,
        title,
    }
}

/// The splitter's rules for `language`, with the abbreviations of `lexicon`.
fn rules(language: Option<Lang>, lexicon: &dyn Lexicon) -> segment::Rules<'_> {
    segment::Rules::with(
        language,
        language.and_then(|l| lexicon.abbreviations(l)),
        lexicon.neutral_titles(),
    )
}

/// The terms of `text` as a bag: `(term id, count)` sorted by id.
fn bag(text: &str, vocab: &mut Vocabulary) -> Vec<(u32, f32)> {
    let mut ids = Vec::new();
    vocab.terms_into(text, &mut ids);
    ids.sort_unstable();
    let mut bag: Vec<(u32, f32)> = Vec::new();
    for id in ids {
        match bag.last_mut() {
            Some((last, c)) if *last == id => *c += 1.0,
            _ => bag.push((id, 1.0)),
        }
    }
    bag
}

/// Cleans `text` ([`crate::clean`]) and splits its article paragraphs into
/// sentences: the candidates for a summary. Ranges point into `text`.
///
/// ```
/// let s = salient::split_sentences("Mr. Smith met Dr. Jones at 5 p.m. on Friday. They spoke.");
/// let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
/// assert_eq!(texts, ["Mr. Smith met Dr. Jones at 5 p.m. on Friday.", "They spoke."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let cleaned = cleanup::clean(text);
    let language = Builtin.detect(cleaned.text());
    sentences_of(&cleaned, language)
}

/// [`split_sentences`] in a given language instead of the detected one
/// (`None`: not known; the universal rules and the English abbreviations).
///
/// ```
/// use salient::Lang;
/// let text = "Wir brauchen Getränke, z. B. Wasser. Er sagte es am 12. Juni.";
/// let s = salient::split_sentences_in(text, Some(Lang::De));
/// let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
/// assert_eq!(texts, ["Wir brauchen Getränke, z. B. Wasser.", "Er sagte es am 12. Juni."]);
/// ```
pub fn split_sentences_in(text: &str, language: Option<Lang>) -> Vec<Sentence> {
    sentences_of(&cleanup::clean(text), language)
}

/// The candidate sentences of `cleaned`, with ranges in the original text.
fn sentences_of(cleaned: &Cleaned, language: Option<Lang>) -> Vec<Sentence> {
    candidates(cleaned, &segment::Rules::new(language))
        .into_iter()
        .map(|r| Sentence {
            text: fold_whitespace(&cleaned.text()[r.clone()]),
            range: cleaned.original_range(r),
        })
        .collect()
}

/// The top `k` keywords of `text` (cleaned first, like a summary).
///
/// ```
/// let text = "The harbour plan divides the fishing fleet. Supporters say the harbour plan \
///             saves the fleet; critics say the plan helps yachts, not the fishing fleet.";
/// let kw = salient::keywords(text, 3);
/// let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
/// assert!(texts.contains(&"fishing fleet"), "{texts:?}");
/// assert_eq!(kw.len(), 3);
/// assert_eq!(kw[0].score, 1.0); // the best scores 1
/// ```
pub fn keywords(text: &str, k: usize) -> Vec<Keyword> {
    let Reading {
        texts,
        mut vocab,
        doc,
        title,
        ..
    } = read(text, None, &Builtin);
    let sentences = texts.iter().map(String::as_str);
    extract_keywords(&doc, sentences, title.as_deref(), &mut vocab, k)
}

/// Sentence ranges (in [`Cleaned::text`] coordinates) of the paragraph
/// blocks of `cleaned`, split with `rules`.
fn candidates(cleaned: &Cleaned, rules: &segment::Rules) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut scratch = String::new();
    for b in cleaned
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
    {
        segment::split_block(
            cleaned.text(),
            b.range.clone(),
            rules,
            &mut scratch,
            &mut out,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_skip_furniture_and_map_to_original() {
        let text = "Headline Here\r\nBy Jane Doe\r\nThe\u{A0}storm hit the coast. It moved inland.\r\nRead more: other";
        let s = split_sentences(text);
        let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["The storm hit the coast.", "It moved inland."]);
        assert_eq!(&text[s[0].range.clone()], "The\u{A0}storm hit the coast.");
    }
}
