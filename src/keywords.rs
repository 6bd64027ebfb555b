//! Keywords and key phrases.
//!
//! Candidates are runs of one to three content words not broken by
//! punctuation or stopwords (of up to eight character bigrams in Han, two to
//! eight in Thai, Lao, Khmer and Myanmar, see [`MAX_BIGRAMS`]). A word
//! weighs its frequency in the text, doubled when it occurs in the title or
//! the first sentence; a phrase scores the mean weight of its words times
//! its frequency, and phrases of several words must occur at least twice
//! (or in the title). Phrases whose stems are all inside a better one are
//! dropped, and so are phrases of character bigrams (scripts without
//! spaces) that share a bigram with a better one, that never occur without
//! the same bigram before or after them (part of a longer word), or that
//! spell a stopword; one kanji mostly followed by hiragana that is no
//! particle is the stem of a verb or adjective (思 of 思う), no keyword,
//! and no single character is one but a Japanese kanji (車 of 車が). A
//! phrase takes the place of a chosen word or phrase it holds when it
//! accounts for at least half of its uses ("fishing fleet" rather than
//! "fleet"), and of any other chosen one it could take the place of, also
//! once `k` are chosen: a keyword reads the same whatever `k` is. (The
//! last of `k` may still differ from the `k`-th of more when a phrase took
//! the place of two.) Each keyword is shown in its most frequent surface
//! form; scores are scaled so the best is 1.

use crate::data;
use crate::intern::Map;
use crate::rank::Doc;
use crate::text::{address_spans, is_han, is_letter};
use crate::tokens::is_cluster_bigram;
use crate::tokens::Vocabulary;
use crate::Keyword;

/// Longest key phrase, in words.
pub const MAX_PHRASE: usize = 3;

/// Longest key phrase of character bigrams (Han; Thai, Lao, Khmer or
/// Myanmar clusters): a Thai bigram is a syllable or less, and words and
/// names of four or more syllables are common (เรียกร้อง, "to demand", is
/// five bigrams of its clusters, เมืองซีแอตเติล, "Seattle", seven);
/// Japanese and Chinese compounds of five to eight characters are too
/// (二酸化炭素, "carbon dioxide", is four bigrams, 中华人民共和国 six). A
/// phrase at this length has no extension to be compared with, so it is
/// kept even when it is part of a longer word.
pub const MAX_BIGRAMS: usize = 8;

/// Terms a phrase can hold.
const TERMS: usize = if MAX_BIGRAMS > MAX_PHRASE {
    MAX_BIGRAMS
} else {
    MAX_PHRASE
};

/// Whether a phrase of `len` words whose first word is `first` may go on
/// with `next`: up to [`MAX_PHRASE`] words, or [`MAX_BIGRAMS`] bigrams of
/// Han, Thai, Lao, Khmer or Myanmar.
fn may_extend(first: &str, next: &str, len: usize) -> bool {
    len <= MAX_PHRASE || len <= MAX_BIGRAMS && is_bigram(first) && is_bigram(next)
}

/// Whether the word `w` is a character bigram (of Han, or of Thai, Lao,
/// Khmer or Myanmar clusters).
fn is_bigram(w: &str) -> bool {
    w.starts_with(is_han) || is_cluster_bigram(w)
}

/// A candidate phrase: its terms (`len` of them) and where it was first seen.
struct Candidate {
    terms: [u32; TERMS],
    len: usize,
    count: usize,
    /// How many of its uses are a kanji stem with okurigana (one kanji).
    kanji_stems: usize,
    /// Whether its words are character bigrams (a script without spaces).
    bigrams: bool,
    /// Where it first occurs: its first word in [`Phrases::words`].
    first: usize,
}

impl Candidate {
    fn terms(&self) -> &[u32] {
        &self.terms[..self.len]
    }
}

/// Keywords of already split sentences, read as `doc` holds them (its
/// words and terms, from `vocab`).
pub fn extract<'a>(
    doc: &Doc,
    sentences: impl IntoIterator<Item = &'a str>,
    title: Option<&str>,
    vocab: &mut Vocabulary,
    k: usize,
) -> Vec<Keyword> {
    if k == 0 {
        return Vec::new();
    }
    let Phrases {
        words,
        runs,
        tf,
        boosted,
        title_ids,
        candidates,
    } = Phrases::read(doc, sentences, title, vocab);
    let weight = |t: u32| {
        let f = tf.get(t as usize).copied().unwrap_or(0.0);
        if boosted.get(t as usize).copied().unwrap_or(false) {
            f * 2.0
        } else {
            f
        }
    };
    let extended = extensions(&candidates);
    let chinese = vocab.lang() == Some(crate::Lang::Zh);
    let mut scored: Vec<(f64, usize)> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let t = c.terms();
        if !(c.len == 1 || c.count >= 2 || t.iter().all(|t| title_ids.contains(t))) {
            continue;
        }
        // bigrams that always go on with the same bigram (or always follow
        // the same one) are part of a longer word: "เรียกร้อ" of เรียกร้อง
        if c.bigrams
            && extended
                .get(&(c.len, c.terms))
                .is_some_and(|&n| n >= c.count)
        {
            continue;
        }
        // one kanji that is mostly a verb or adjective stem (思 of 思う) is
        // no keyword
        if c.kanji_stems * 2 > c.count {
            continue;
        }
        // One character is no keyword: outside Han it is a letter (d of
        // "d." or Arabic د of "د."), a digit, a length mark (ー) or a Korean
        // bound noun (수, 중); in Chinese, a function word, a common verb
        // (吃, "to eat") or part of a name cut by the bigrams (马 of 马可):
        // key words of Chinese news are words of two characters or more.
        // One kanji of Japanese can be a noun (車が).
        let mut chars = words[c.first].text.chars();
        if c.len == 1
            && chars.next().is_some_and(|ch| chinese || !is_han(ch))
            && chars.next().is_none()
        {
            continue;
        }
        // a phrase repeating one stem ("very very") is not a key phrase
        if (1..t.len()).any(|j| t[..j].contains(&t[j])) {
            continue;
        }
        // (the sum starts at -0.0, as `Iterator::sum` does)
        let mut total = -0.0;
        for &t in t {
            total += weight(t);
        }
        let mean = total / c.len as f64;
        let phrase_bonus = 1.0 + 0.5 * (c.len - 1) as f64;
        let s = mean * c.count as f64 * phrase_bonus;
        if s > 0.0 {
            scored.push((s, i));
        }
    }
    // best first; ties: the phrase seen first (scored is in that order)
    let scores: Vec<f64> = scored.iter().map(|&(s, _)| s).collect();
    let mut chosen: Vec<(f64, usize)> = Vec::new();
    for (s, i) in crate::select::by_score(&scores)
        .into_iter()
        .map(|k| scored[k])
    {
        let c = candidates[i].terms();
        let inside = |a: &[u32], b: &[u32]| a.iter().all(|t| b.contains(t));
        // Once `k` are chosen, a phrase can still take the place of one it
        // contains (below), so that a keyword reads the same whatever `k`
        // is ("司法部", not "司法" in a list that stops before it)
        let full = chosen.len() >= k;
        if full
            && !chosen
                .iter()
                .any(|&(_, j)| inside(candidates[j].terms(), c))
        {
            continue;
        }
        // bigrams that spell a stopword or a word too common to be a
        // keyword (Thai ความ, "-ness"): the lexicon knows whole words only
        if candidates[i].bigrams {
            let at = candidates[i].first;
            if vocab.is_common_word(&surface(&words[at..at + c.len()])) {
                continue;
            }
        }
        if chosen
            .iter()
            .any(|&(_, j)| inside(c, candidates[j].terms()))
        {
            continue; // already said by a chosen phrase
        }
        // Bigram phrases that share a bigram with a chosen one are mostly
        // the same word cut at another place ("สหรัฐ", "หรัฐฯ"); one that
        // holds a chosen phrase whole may still take its place (below)
        if candidates[i].bigrams
            && chosen.iter().any(|&(_, j)| {
                let chosen = candidates[j].terms();
                candidates[j].bigrams && !inside(chosen, c) && chosen.iter().any(|t| c.contains(t))
            })
        {
            continue;
        }
        // A phrase takes the place of a chosen word or shorter phrase it
        // contains when it accounts for at least half of its uses
        // ("fishing fleet" rather than "fleet"), unless what it adds to a
        // phrase of bigrams is a stopword: runs of words stop at stopwords,
        // runs of Thai do not (ในเมืองซีแอตเติล, "in Seattle", is no better
        // than เมืองซีแอตเติล). It takes the place of the first such one,
        // and the others go ("Jonny" was left beside "Jonny Evans" once it
        // replaced "Evans").
        let mut absorbed = None;
        for at in (0..chosen.len()).rev() {
            let j = chosen[at].1;
            if inside(candidates[j].terms(), c)
                && candidates[i].count >= 2
                && candidates[i].count * 2 >= candidates[j].count
                && !(candidates[i].bigrams
                    && adds_stopword(vocab, &words, &candidates[i], &candidates[j]))
            {
                if let Some(later) = absorbed.replace(at) {
                    chosen.remove(later);
                }
            }
        }
        match absorbed {
            Some(at) => chosen[at].1 = i,
            None if chosen
                .iter()
                .any(|&(_, j)| inside(candidates[j].terms(), c)) => {}
            None if full => {}
            None => chosen.push((s, i)),
        }
    }

    // Surface forms of the chosen phrases: the most frequent, then the one
    // with fewer capitals, then the first in code-point order.
    let mut wanted: Vec<&[u32]> = Vec::with_capacity(chosen.len());
    for &(_, i) in &chosen {
        wanted.push(candidates[i].terms());
    }
    let surfaces = surface_counts(&words, &runs, &wanted);
    let top = chosen.first().map_or(1.0, |(s, _)| *s);
    let mut keywords = Vec::with_capacity(chosen.len());
    for ((s, _), surfaces) in chosen.into_iter().zip(surfaces) {
        let text = surfaces
            .into_iter()
            .max_by(|a, b| {
                // on a tie, fewer capitals: a word capitalised only at
                // the start of a sentence is shown in lower case
                let caps = |t: &str| t.chars().filter(|c| c.is_uppercase()).count();
                a.1.cmp(&b.1)
                    .then_with(|| caps(&b.0).cmp(&caps(&a.0)))
                    .then_with(|| b.0.cmp(&a.0))
            })
            .map(|(t, _)| t)
            .unwrap_or_default();
        keywords.push(Keyword {
            text,
            score: s / top,
        });
    }
    keywords
}

/// For each phrase of bigrams, the count of its most frequent extension by
/// one bigram on either side, by `(len, terms)` of the phrase: a phrase as
/// frequent as an extension of it never occurs without it.
fn extensions(candidates: &[Candidate]) -> Map<(usize, [u32; TERMS]), usize> {
    let mut most: Map<(usize, [u32; TERMS]), usize> = Map::default();
    for e in candidates.iter().filter(|e| e.bigrams && e.len >= 2) {
        let t = e.terms();
        for part in [&t[..t.len() - 1], &t[1..]] {
            let mut terms = [0u32; TERMS];
            terms[..part.len()].copy_from_slice(part);
            let n = most.entry((part.len(), terms)).or_default();
            *n = (*n).max(e.count);
        }
    }
    most
}

/// What [`extract`] reads from the text before it scores anything.
struct Phrases<'a> {
    /// Every run of content words (not broken by punctuation, stopwords or
    /// numbers), flat: `words[runs[i]..runs[i + 1]]`.
    words: Vec<Piece<'a>>,
    runs: Vec<usize>,
    /// Term frequencies (numbers included), by term id.
    tf: Vec<f64>,
    /// Terms of the title and the first sentence, by term id.
    boosted: Vec<bool>,
    title_ids: Vec<u32>,
    /// Every phrase of one to [`MAX_PHRASE`] words (up to [`MAX_BIGRAMS`]
    /// bigrams of Han, two to it of Thai, Lao, Khmer or Myanmar) inside a
    /// run, with its count, in order of first occurrence (the tie-break).
    candidates: Vec<Candidate>,
}

/// A content word of a run, as [`Phrases`] keeps it.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    term: u32,
    /// The word as written.
    text: &'a str,
    /// What it adds to a phrase after the previous word: all of it, or the
    /// part a bigram does not share with the one before.
    tail: &'a str,
    /// Whether it touches the previous word (no space between).
    joined: bool,
    /// Whether it is one kanji followed by hiragana other than a particle:
    /// the stem of a verb or adjective before its inflection (思う, 広い).
    kanji_stem: bool,
}

/// Initials with full stops between them: `U.S`, `U.K`, `e.g`, `Ph.D`
/// (parts of one or two letters).
fn is_dotted_initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(is_letter))
}

/// Whether `word` is one Han ideograph.
fn is_one_han(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if is_han(c))
}

/// Whether `word`, followed in the text by `next`, is one kanji with
/// okurigana: hiragana after it that is no particle (思う, 使って, 広い;
/// not 車が, 島の).
fn is_kanji_stem(word: &str, next: Option<char>) -> bool {
    is_one_han(word)
        && next.is_some_and(|n| {
            matches!(n, '\u{3041}'..='\u{309F}') && !data::JAPANESE_PARTICLES.contains(n)
        })
}

/// Whether the phrase of bigrams `long` is `short` with a stopword (or a
/// word too common to be a keyword) before or after it, as written where
/// each first occurs.
fn adds_stopword(
    vocab: &mut Vocabulary,
    words: &[Piece],
    long: &Candidate,
    short: &Candidate,
) -> bool {
    let text = |c: &Candidate| surface(&words[c.first..c.first + c.len]);
    let (long, short) = (text(long), text(short));
    let rest = match (
        long.strip_prefix(short.as_str()),
        long.strip_suffix(short.as_str()),
    ) {
        (Some(after), _) => after,
        (None, Some(before)) => before,
        (None, None) => return false,
    };
    !rest.is_empty() && vocab.is_common_word(rest)
}

/// The text of a phrase of consecutive pieces: spaced words with one space
/// between, touching ones (bigrams, "東京" "京都" → "東京都") run together.
fn surface(phrase: &[Piece]) -> String {
    let mut out = String::new();
    for (i, p) in phrase.iter().enumerate() {
        match i {
            0 => out.push_str(p.text),
            _ if p.joined => out.push_str(p.tail),
            _ => {
                out.push(' ');
                out.push_str(p.text);
            }
        }
    }
    out
}

impl<'a> Phrases<'a> {
    fn read(
        doc: &Doc,
        sentences: impl IntoIterator<Item = &'a str>,
        title: Option<&str>,
        vocab: &mut Vocabulary,
    ) -> Phrases<'a> {
        let mut tf: Vec<f64> = Vec::new();
        let mut boosted: Vec<bool> = Vec::new();
        let mut title_ids = Vec::new();
        if let Some(t) = title {
            vocab.terms_into(t, &mut title_ids);
            for &id in &title_ids {
                mark(&mut boosted, id);
            }
        }
        let mut words: Vec<Piece<'a>> = Vec::new();
        let mut runs: Vec<usize> = vec![0];
        let end_run = |words: &Vec<Piece<'a>>, runs: &mut Vec<usize>| {
            if runs.last() != Some(&words.len()) {
                runs.push(words.len());
            }
        };
        for (si, sentence) in sentences.into_iter().enumerate() {
            // The pieces of URLs and e-mail addresses are no keywords (a
            // cursor over them: the words come in order).
            let addresses = address_spans(sentence);
            let mut next_address = 0;
            // Between two words: whitespace, or punctuation that breaks a run.
            let mut prev = 0;
            for word in doc.sentence_words(si) {
                let piece = &sentence[word.start..word.end];
                while addresses
                    .get(next_address)
                    .is_some_and(|&(_, to)| to <= word.start)
                {
                    next_address += 1;
                }
                if addresses
                    .get(next_address)
                    .is_some_and(|&(from, _)| from <= word.start)
                {
                    end_run(&words, &mut runs);
                    prev = prev.max(word.end);
                    continue;
                }
                if word.start > prev
                    && sentence[prev..word.start]
                        .chars()
                        .any(|c| !c.is_whitespace())
                {
                    end_run(&words, &mut runs);
                }
                // what the word adds after the previous one: all of it after
                // a space, the rest of it after a word it touches (bigrams)
                let joined = word.start <= prev && prev > 0;
                let tail = &sentence[word.start.max(prev).min(word.end)..word.end];
                prev = prev.max(word.end);
                match word.term {
                    // too common to be a keyword: like a stopword here
                    Some(_) if word.common => end_run(&words, &mut runs),
                    Some(id) if piece.chars().any(is_letter) => {
                        count(&mut tf, id);
                        if si == 0 {
                            mark(&mut boosted, id);
                        }
                        // "U.S." keeps its last full stop, which is no part
                        // of the word for UAX #29 ("U.S")
                        let piece =
                            if is_dotted_initials(piece) && sentence[word.end..].starts_with('.') {
                                &sentence[word.start..word.end + 1]
                            } else {
                                piece
                            };
                        words.push(Piece {
                            term: id,
                            text: piece,
                            tail,
                            joined,
                            kanji_stem: is_kanji_stem(piece, sentence[word.end..].chars().next()),
                        });
                    }
                    Some(id) => {
                        // numbers count as words but do not make keywords
                        count(&mut tf, id);
                        end_run(&words, &mut runs);
                    }
                    None => end_run(&words, &mut runs),
                }
            }
            end_run(&words, &mut runs);
        }
        // every phrase of one to MAX_PHRASE terms (MAX_BIGRAMS in Han,
        // Thai, Lao, Khmer and Myanmar) inside a run, by its length and terms
        // (zeros after the last)
        let mut index: Map<(usize, [u32; TERMS]), usize> = Map::default();
        let mut candidates: Vec<Candidate> = Vec::new();
        for r in runs.windows(2) {
            let run = &words[r[0]..r[1]];
            for start in 0..run.len() {
                let mut terms = [0u32; TERMS];
                for len in 1..=TERMS.min(run.len() - start) {
                    if !may_extend(run[start].text, run[start + len - 1].text, len) {
                        break;
                    }
                    terms[len - 1] = run[start + len - 1].term;
                    if len == 1 && is_cluster_bigram(run[start].text) {
                        // one bigram of Thai, Lao, Khmer or Myanmar
                        // characters is a syllable or part of one, seldom a
                        // word: such keywords are at least two bigrams long
                        continue;
                    }
                    let at = *index.entry((len, terms)).or_insert_with(|| {
                        candidates.push(Candidate {
                            terms,
                            len,
                            count: 0,
                            kanji_stems: 0,
                            bigrams: is_bigram(run[start].text),
                            first: r[0] + start,
                        });
                        candidates.len() - 1
                    });
                    candidates[at].count += 1;
                    if len == 1 && run[start].kanji_stem {
                        candidates[at].kanji_stems += 1;
                    }
                }
            }
        }
        Phrases {
            words,
            runs,
            tf,
            boosted,
            title_ids,
            candidates,
        }
    }
}

/// How often each surface form of each `wanted` phrase occurs in the runs:
/// per phrase, `(surface, count)` pairs.
fn surface_counts(words: &[Piece], runs: &[usize], wanted: &[&[u32]]) -> Vec<Vec<(String, usize)>> {
    // each wanted phrase with its position in `wanted`, and the terms that
    // start one
    let mut position: Map<&[u32], usize> = Map::default();
    let mut starts: Vec<bool> = Vec::new();
    for (n, &terms) in wanted.iter().enumerate() {
        if let Some(&t) = terms.first() {
            mark(&mut starts, t);
        }
        position.insert(terms, n);
    }
    let mut counts: Map<(usize, String), usize> = Map::default();
    let max_len = wanted.iter().map(|t| t.len()).max().unwrap_or(0);
    let mut ids = [0u32; TERMS];
    for r in runs.windows(2) {
        let run = &words[r[0]..r[1]];
        for start in 0..run.len() {
            if !starts
                .get(run[start].term as usize)
                .copied()
                .unwrap_or(false)
            {
                continue;
            }
            for len in 1..=max_len.min(run.len() - start) {
                ids[len - 1] = run[start + len - 1].term;
                if let Some(&n) = position.get(&ids[..len]) {
                    let phrase = surface(&run[start..start + len]);
                    *counts.entry((n, phrase)).or_default() += 1;
                }
            }
        }
    }
    let mut surfaces: Vec<Vec<(String, usize)>> = vec![Vec::new(); wanted.len()];
    for ((n, surface), count) in counts {
        surfaces[n].push((surface, count));
    }
    surfaces
}

/// Adds one to `tf[id]`, growing `tf` as needed.
fn count(tf: &mut Vec<f64>, id: u32) {
    let i = id as usize;
    if tf.len() <= i {
        tf.resize(i + 1, 0.0);
    }
    tf[i] += 1.0;
}

/// Sets `set[id]`, growing `set` as needed.
fn mark(set: &mut Vec<bool>, id: u32) {
    let i = id as usize;
    if set.len() <= i {
        set.resize(i + 1, false);
    }
    set[i] = true;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords;
    use crate::lexicon::Builtin;
    use crate::Lang;
    use std::collections::HashMap;

    /// Thai keywords read as words: no single bigram of clusters ("หร"),
    /// no second cut of a chosen word ("หรัฐฯ" beside "สหรัฐ").
    #[test]
    fn thai_keywords_are_whole_words() {
        let text = "สหรัฐฯ ประกาศแผนใหม่ สหรัฐเผชิญการประท้วงในเมืองใหญ่ \
            ผู้ประท้วงในสหรัฐเรียกร้องการปฏิรูปตำรวจ รัฐบาลสหรัฐฯ ยังไม่ตอบ \
            การประท้วงในเมืองใหญ่ยังคงดำเนินต่อไป ตำรวจในเมืองใหญ่เตรียมพร้อม";
        let kw = keywords(text, 5);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.starts_with("สหรัฐ")), "{texts:?}");
        for t in &texts {
            assert!(t.chars().count() >= 3, "{texts:?}");
        }
        let holding = texts.iter().filter(|t| t.contains("หรัฐ")).count();
        assert_eq!(holding, 1, "{texts:?}");
        // four bigrams of its clusters (ป ระ ท้ ว ง), whole
        assert!(texts.iter().any(|t| t.contains("ประท้วง")), "{texts:?}");
        // a longer bigram phrase takes the place of a chosen one it holds
        // when it accounts for most of its uses (as "fishing fleet" does
        // "fleet"), rather than leave a fragment of itself beside it
        let kw = keywords("ฝน สะพาน ฝน สะพานใหม่ สะพานใหม่", 3);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(texts, ["สะพานใหม่"], "{texts:?}");
    }

    /// Thai names of seven bigrams are keywords whole, and a stopword
    /// before a phrase does not take its place: เมืองซีแอตเติล ("Seattle")
    /// was cut to เมืองซีแอต at five bigrams, then became ในเมืองซีแอตเติล
    /// ("in Seattle", in half of its uses) at eight (text written for this
    /// test, after a news story of the development set).
    #[test]
    fn thai_names_are_whole_and_without_stopwords() {
        let text = "ผู้ประท้วงในเมืองซีแอตเติลเดินขบวน นายกเทศมนตรีเมืองซีแอตเติลกล่าว             ตำรวจในเมืองซีแอตเติลถอนกำลัง ชาวเมืองซีแอตเติลรอฟัง";
        assert!(crate::Lexicon::is_stopword(&Builtin, Lang::Th, "ใน"));
        let kw = keywords(text, 5);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(texts.first(), Some(&"เมืองซีแอตเติล"), "{texts:?}");
        assert!(texts.iter().all(|t| !t.starts_with("ใน")), "{texts:?}");
    }

    /// A keyword reads the same however many are asked for: a phrase that
    /// takes the place of a chosen word ("Mohamed Morsi" of "Morsi") did so
    /// only when it came within the first `k`, so the top five said
    /// "Morsi" and the top ten "Mohamed Morsi" (in 11 of the 100 XSum
    /// development articles, 145 of 987 BBC ones); and it takes the place
    /// of every chosen word it could (texts written for this test, after
    /// an XSum and a CNN/DailyMail article).
    #[test]
    fn keywords_read_the_same_whatever_their_number() {
        let text = "Egypt's army removed Mohamed Morsi from power in July. \
            Supporters of Mohamed Morsi protested in Cairo on Friday. \
            Morsi is held at a prison near Alexandria. \
            The Muslim Brotherhood called for more protests. \
            Police arrested leaders of the Muslim Brotherhood. \
            Elections were promised for next year. \
            Sisi said elections would be free. \
            The president of the interim government spoke on television. \
            Sisi met the interim president again. \
            Elections and protests dominate the news.";
        let all: Vec<String> = keywords(text, 10).into_iter().map(|k| k.text).collect();
        assert!(all.iter().any(|t| t == "Mohamed Morsi"), "{all:?}");
        for k in 1..10 {
            let some: Vec<String> = keywords(text, k).into_iter().map(|k| k.text).collect();
            assert_eq!(some[..], all[..k.min(all.len())], "k = {k}");
        }
        // A phrase that takes the place of one chosen word takes that of
        // the other too: "Evans" was left beside "Jonny Evans"
        let text = "Jonny Evans was charged on Monday. Jonny Evans denies spitting. \
            Jonny Evans plays for West Brom. Jonny Evans spoke to reporters. \
            Jonny said he was sorry. Jonny will appeal. Jonny met the manager. \
            Jonny trained on Tuesday. Evans is a defender. Evans has played 50 times. \
            Evans was cautioned. Evans faces a ban.";
        let two: Vec<String> = keywords(text, 2).into_iter().map(|k| k.text).collect();
        assert_eq!(two[0], "Jonny Evans");
        assert!(two[1] != "Evans" && two[1] != "Jonny", "{two:?}");
    }

    /// One character outside Han is no keyword: a letter, a digit, a
    /// length mark or a Korean bound noun (79 of 15,562 top-5 keywords of
    /// the development sets, "m" and "R" in Portuguese, "수" in Korean);
    /// one kanji still is one (text written for this test).
    #[test]
    fn one_character_is_no_keyword_outside_han() {
        // 새 ("new") was the third keyword
        let text = "정부는 새 정책을 발표했다. 기업은 투자를 늘릴 수 있다. \
            시민은 혜택을 받을 수 있다. 학교는 수업을 늘릴 수 있다. 정부는 예산을 늘릴 수 있다.";
        let kw = keywords(text, 5);
        assert!(kw.iter().all(|k| k.text.chars().count() > 1), "{kw:?}");
        assert!(kw.iter().any(|k| k.text == "정부"), "{kw:?}");
        let kw = keywords("車が止まった。車が来た。車は赤い。", 3);
        assert!(kw.iter().any(|k| k.text == "車"), "{kw:?}");
    }

    /// Dotted initials keep their last full stop: "U.S." was shown as "U.S"
    /// (text written for this test).
    #[test]
    fn dotted_initials_keep_their_full_stop() {
        let text = "The U.S. sent aid on Monday. Officials in the U.S. said more would follow. \
            The aid from the U.S. arrived by ship, and the U.K. sent planes.";
        let kw = keywords(text, 5);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"U.S."), "{texts:?}");
        assert!(!texts.contains(&"U.S"), "{texts:?}");
        for (word, want) in [
            ("U.S", true),
            ("Ph.D", true),
            ("e.g", true),
            ("3.5", false),
            ("www.example", false),
            ("U.S.A", true),
            ("US", false),
        ] {
            assert_eq!(is_dotted_initials(word), want, "{word}");
        }
    }

    /// The pieces of addresses are no keywords: "https", "www.example.gov.uk"
    /// and "publications" were keywords of a text that cited one report's
    /// address three times (written for this test).
    #[test]
    fn addresses_make_no_keywords() {
        let url = "https://www.example.gov.uk/government/publications/coastal-review";
        let text = format!(
            "The council published its coastal review at {url} on Thursday. \
             Residents said the coastal review, posted at {url}, came too late. \
             Engineers wrote to press@example.gov.uk that the coastal road would stay shut. \
             The review, at {url}, lists forty sites on the coastal road."
        );
        let kw = keywords(&text, 8);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        for piece in [
            "https",
            "www.example.gov.uk",
            "government",
            "publications",
            "press",
            "example.gov.uk",
        ] {
            assert!(
                !texts.iter().any(|t| t.split(' ').any(|w| w == piece)),
                "{piece} in {texts:?}"
            );
        }
        assert!(texts.iter().any(|t| t.contains("coastal")), "{texts:?}");
    }

    /// Bigrams that spell a stopword are no keyword: Thai ความ ("-ness",
    /// before many nouns) was the top keyword of this text (written for this
    /// test).
    #[test]
    fn bigram_keywords_are_no_stopwords() {
        let text = "ความร้อนในเมืองใหญ่ ความร้อนทำให้ชาวบ้านป่วย ความสุขของชาวบ้านลดลง \
            ความหวังของชาวบ้านคือฝน ความรักของแม่";
        let kw = keywords(text, 5);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert!(crate::Lexicon::is_stopword(&Builtin, Lang::Th, "ความ"));
        assert!(!texts.contains(&"ความ"), "{texts:?}");
        assert!(texts.contains(&"ความร้อน"), "{texts:?}");
    }

    /// One kanji before okurigana is a verb or adjective stem, no keyword:
    /// 思 (of 思う, 思った, 思います) was a top keyword of essays in the
    /// Japanese development set; a one-kanji noun before its particles
    /// (車が, 車の) stays one (text written for this test).
    #[test]
    fn kanji_stems_are_no_keywords() {
        let text = "車が好きだと思う。車の話をすると思わず笑う。\
            新しい車を見たいと思った。車は高いと思います。車で旅に出たいと思う。";
        let kw = keywords(text, 5);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(texts.first(), Some(&"車"), "{texts:?}");
        assert!(!texts.contains(&"思"), "{texts:?}");
    }

    /// Chinese keywords are words of two characters or more: 吃 ("to
    /// eat", here of 小吃, "snacks", whose 小 is a stopword) was a keyword of
    /// a text on Beijing restaurants (text written for this test, after one
    /// of the development set).
    #[test]
    fn chinese_keywords_are_no_single_characters() {
        let text = "北京风味小吃有六百多种。北京的小吃看起来普通，吃起来痛快。\
            汉民风味小吃、回民风味小吃和宫廷风味小吃都在北京。";
        assert_eq!(crate::detect_language(text), Some(Lang::Zh));
        let kw = keywords(text, 5);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"北京"), "{texts:?}");
        assert!(texts.iter().all(|t| t.chars().count() >= 2), "{texts:?}");
    }

    /// A bigram phrase that never occurs without the same bigram before it
    /// (or after it) is part of a longer word: "険家" of 探険家 and "険隊"
    /// of 探険隊 beside 探険 were keywords (text written for this test).
    #[test]
    fn bigram_keywords_are_not_parts_of_longer_words() {
        let text = "探険家は川を探険した。探険の記録が残る。探険家の日記によると、\
            探険は三年続いた。探険隊は湖に着いた。探険家と探険隊は別れた。\
            探険は終わった。探険家は帰国した。";
        let kw = keywords(text, 5);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(texts.first(), Some(&"探険"), "{texts:?}");
        assert!(texts.iter().all(|t| !t.starts_with('険')), "{texts:?}");
    }

    #[test]
    fn finds_the_repeated_topic() {
        let text = "Volcano erupts near Naples\n\
            The volcano erupted on Sunday. Ash from the volcano closed Naples airport. \
            Naples airport reopened on Monday, and flights resumed. Residents swept ash from streets.";
        let kw = keywords(text, 3);
        let texts: Vec<&str> = kw.iter().map(|k| k.text.as_str()).collect();
        assert!(
            texts.contains(&"Naples airport") || texts.contains(&"Naples"),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.eq_ignore_ascii_case("volcano")),
            "{texts:?}"
        );
        assert!((kw[0].score - 1.0).abs() < 1e-12);
        assert!(kw.windows(2).all(|w| w[0].score >= w[1].score));
    }

    /// The straightforward way to read the phrases (a map entry, vector and
    /// surface map per phrase occurrence), as an oracle for [`Phrases::read`]
    /// and [`surface_counts`]: phrases in order of first occurrence with
    /// their counts and surface forms, term frequencies, boosted terms.
    #[allow(clippy::type_complexity)]
    fn naive(
        sentences: &[&str],
        title: Option<&str>,
        vocab: &mut Vocabulary,
    ) -> (
        Vec<(Vec<u32>, usize, HashMap<String, usize>)>,
        HashMap<u32, f64>,
        Vec<u32>,
    ) {
        let mut tf: HashMap<u32, f64> = HashMap::new();
        let mut boosted: Vec<u32> = Vec::new();
        let mut title_ids = Vec::new();
        if let Some(t) = title {
            vocab.terms_into(t, &mut title_ids);
            boosted.extend_from_slice(&title_ids);
        }
        let mut seen: HashMap<Vec<u32>, usize> = HashMap::new();
        let mut phrases: Vec<(Vec<u32>, usize, HashMap<String, usize>)> = Vec::new();
        // a run: (term, sentence, start, end) per word
        let mut flush = |run: &mut Vec<(u32, &str, usize, usize)>| {
            for start in 0..run.len() {
                let text = |k: usize| &run[k].1[run[k].2..run[k].3];
                for len in 1..=TERMS.min(run.len() - start) {
                    if !may_extend(text(start), text(start + len - 1), len) {
                        break;
                    }
                    if len == 1 && is_cluster_bigram(text(start)) {
                        continue;
                    }
                    let part = &run[start..start + len];
                    let terms: Vec<u32> = part.iter().map(|p| p.0).collect();
                    // the union of the words' spans, a gap read as one space
                    let mut surface = String::new();
                    let mut end = part[0].2;
                    for &(_, text, a, b) in part {
                        if a > end {
                            surface.push(' ');
                        }
                        surface.push_str(&text[a.max(end)..b]);
                        end = b;
                    }
                    let at = *seen.entry(terms.clone()).or_insert(phrases.len());
                    if at == phrases.len() {
                        phrases.push((terms, 0, HashMap::new()));
                    }
                    phrases[at].1 += 1;
                    *phrases[at].2.entry(surface).or_default() += 1;
                }
            }
            run.clear();
        };
        for (si, sentence) in sentences.iter().enumerate() {
            let mut run: Vec<(u32, &str, usize, usize)> = Vec::new();
            let mut prev = 0;
            let mut words = Vec::new();
            vocab.read(sentence, &mut words);
            for w in words {
                let (at, piece) = (w.start, &sentence[w.start..w.end]);
                if at > prev && sentence[prev..at].chars().any(|c| !c.is_whitespace()) {
                    flush(&mut run);
                }
                prev = prev.max(w.end);
                match w.term {
                    Some(_) if w.common => flush(&mut run),
                    Some(id) if piece.chars().any(char::is_alphabetic) => {
                        *tf.entry(id).or_default() += 1.0;
                        if si == 0 {
                            boosted.push(id);
                        }
                        run.push((id, *sentence, w.start, w.end));
                    }
                    Some(id) => {
                        *tf.entry(id).or_default() += 1.0;
                        flush(&mut run);
                    }
                    None => flush(&mut run),
                }
            }
            flush(&mut run);
        }
        (phrases, tf, boosted)
    }

    fn check_against_naive(sentences: &[&str], title: Option<&str>, language: Option<Lang>) {
        let mut a = Vocabulary::new(language, &Builtin);
        let mut b = Vocabulary::new(language, &Builtin);
        let doc = Doc::new(sentences.iter().copied(), &mut a);
        let fast = Phrases::read(&doc, sentences.iter().copied(), title, &mut a);
        // the same term ids: the sentences' words first, as the Doc does
        Doc::new(sentences.iter().copied(), &mut b);
        let (phrases, tf, boosted) = naive(sentences, title, &mut b);
        let got: Vec<(&[u32], usize)> = fast
            .candidates
            .iter()
            .map(|c| (c.terms(), c.count))
            .collect();
        let want: Vec<(&[u32], usize)> = phrases.iter().map(|p| (p.0.as_slice(), p.1)).collect();
        assert_eq!(got, want, "{sentences:?}");
        for (id, f) in fast.tf.iter().enumerate() {
            assert_eq!(
                *f,
                tf.get(&(id as u32)).copied().unwrap_or(0.0),
                "{sentences:?}"
            );
        }
        for (id, b) in fast.boosted.iter().enumerate() {
            assert_eq!(*b, boosted.contains(&(id as u32)), "{sentences:?}");
        }
        let wanted: Vec<&[u32]> = phrases.iter().map(|p| p.0.as_slice()).collect();
        let surfaces = surface_counts(&fast.words, &fast.runs, &wanted);
        for (got, want) in surfaces.iter().zip(&phrases) {
            let got: HashMap<&str, usize> = got.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            let want: HashMap<&str, usize> = want.2.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            assert_eq!(got, want, "{sentences:?}");
        }
    }

    #[test]
    fn reads_phrases_like_the_naive_way() {
        let texts = [
            "Volcano erupts near Naples\nThe volcano erupted. Ash closed Naples airport. \
             Naples Airport reopened; naples airport staff cheered. The VOLCANO slept.",
            "Le conseil a voté le budget. Le budget du conseil municipal, voté lundi, \
             augmente de 4 %. Les élus du conseil municipal ont voté contre le budget.",
            "very very good. Good good, very good! 3.5 percent of 1,000 people (12) said so.",
            "東京の市議会は予算を承認した。予算は学校に使われる。市議会は火曜日に開かれた。",
            "a b c d e f g. a b c. d e f g, a b c d.",
            "Trump’s plan, Trump's plan and TRUMP’S PLAN: the plan of Trump.",
            "การประท้วงในเมืองใหญ่ยังคงดำเนินต่อไป. ผู้ประท้วงเรียกร้องการปฏิรูป Trump plan ตำรวจ.",
            "",
        ];
        for text in texts {
            let sentences: Vec<&str> = text.split_inclusive(['.', '!', '?', '。']).collect();
            let title = sentences.first().copied();
            for language in [
                Some(Lang::En),
                Some(Lang::Fr),
                Some(Lang::Ja),
                Some(Lang::Th),
                None,
            ] {
                check_against_naive(&sentences, title, language);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn reads_random_phrases_like_the_naive_way(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "harbour", "Harbour", "plan", "plans", "the", "of", "council", "Council",
                    "vote", "voted", "3", "2.5", ",", ".", ";", "“", "”", "très", "le", "市", "は",
                    "very", "good", "Naples", "airport", "airports", "A380s", "don't", "—",
                ]),
                0..80,
            ),
        ) {
            let text = words.join(" ");
            let sentences: Vec<&str> = text.split_inclusive('.').collect();
            check_against_naive(&sentences, sentences.get(1).copied(), Some(Lang::En));
        }
    }

    #[test]
    fn zero_or_empty() {
        assert!(keywords("Some text here.", 0).is_empty());
        assert!(keywords("", 5).is_empty());
        assert!(keywords("the and of", 5).is_empty());
    }
}
