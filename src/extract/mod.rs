//! Article extraction: the main text of a web page, and what the page says
//! about it (title, byline, language, publication date).
//!
//! Any DOM feeds a [`Document`] (the browser's through the wasm binding, an
//! HTML parser's in the command-line tool); [`extract`] finds the article in
//! it and returns an [`Article`] whose text is ready for [`crate::clean`]
//! and [`crate::summarize`]: paragraphs separated by blank lines, headings
//! and list items as paragraphs of their own.
//!
//! ```
//! use salient::extract::{extract, Document};
//!
//! let mut doc = Document::new();
//! let html = doc.append_element(doc.root(), "html");
//! doc.set_attribute(html, "lang", "en");
//! let body = doc.append_element(html, "body");
//! let nav = doc.append_element(body, "div");
//! doc.set_attribute(nav, "class", "menu");
//! doc.append_text(nav, "Home | News | Sport");
//! let article = doc.append_element(body, "article");
//! let h1 = doc.append_element(article, "h1");
//! doc.append_text(h1, "Storm cuts power to coast");
//! for text in [
//!     "A storm hit the coast on Monday, cutting power to 40,000 homes, officials said.",
//!     "Engineers restored power to most homes by Tuesday, and schools reopened on Wednesday.",
//! ] {
//!     let p = doc.append_element(article, "p");
//!     doc.append_text(p, text);
//! }
//!
//! let a = extract(&doc);
//! assert_eq!(a.title.as_deref(), Some("Storm cuts power to coast"));
//! assert_eq!(a.lang.as_deref(), Some("en"));
//! assert!(a.text.starts_with("A storm hit the coast on Monday"));
//! assert!(!a.text.contains("Sport"));
//! assert_eq!(a.paragraphs().count(), 2);
//! ```
//!
//! # How
//!
//! The algorithm is the one Mozilla's Readability describes (after Arc90's
//! readability), written here over our own tree: paragraphs score their
//! ancestors; the best-scoring container, with the siblings that belong to
//! it, is the article; furniture left inside it is cleaned away by what its
//! elements hold; when that leaves less than [`MIN_ARTICLE_CHARS`]
//! characters, it tries again with fewer rules, and keeps the longest
//! result. Lengths are counted in characters, never in space-separated
//! words, so pages in scripts written without spaces (Chinese, Japanese,
//! Thai) come out like any other. The tree is never changed; nothing
//! recurses, so a tree nested 100,000 deep is no problem; every step is
//! linear in the size of the tree (times the few attempts).

mod agg;
mod clean;
mod grab;
#[cfg(feature = "html")]
mod html;
mod json;
mod metadata;
mod patterns;
mod render;
mod tag;
mod text;
mod tree;
mod work;

#[cfg(test)]
mod tests;

#[cfg(feature = "html")]
pub use html::{parse_html, MAX_DEPTH};
pub use tree::{Document, NodeId};

use agg::{measure, preorder};
use grab::{Attempt, Flags};
use text::TextLen;
use work::Work;

/// An article found on a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Article {
    /// The article's title, when the page gives one.
    pub title: Option<String>,
    /// Who wrote it, when the page says.
    pub byline: Option<String>,
    /// The page's language (its `lang`), as written there ("en", "pt-BR").
    pub lang: Option<String>,
    /// When it was published, as the page writes it (often ISO 8601).
    pub published: Option<String>,
    /// The article's text without its title: paragraphs separated by blank
    /// lines, headings and list items as paragraphs of their own, `<br>` as
    /// a line break. Empty when the page has no text at all.
    pub text: String,
}

impl Article {
    /// The paragraphs of [`Article::text`].
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> + '_ {
        self.text.split("\n\n").filter(|p| !p.is_empty())
    }

    /// Whether the text reads as an article rather than a page of links,
    /// teasers and captions (a home page, a search page), after Mozilla
    /// Readability's `isProbablyReaderable`: each paragraph of at least
    /// [`READABLE_PARAGRAPH_CHARS`] characters scores the square root of
    /// its length beyond them, and an article scores more than
    /// [`READABLE_SCORE`] (one paragraph of 541 characters, or four of 166).
    /// A character of Chinese, Japanese or Korean counts twice: it carries
    /// about as much as two letters of an alphabet.
    ///
    /// On the 130 test pages of Readability that say whether they are
    /// readerable (`../shared/extract/readability`; `cargo run --release
    /// --features html --example extract_eval`), it agrees on 117 of the
    /// 122 that are and on all 8 that are not; the 5 it misses have short
    /// paragraphs (two of them in Chinese, one a list of photo captions).
    ///
    /// ```
    /// use salient::extract::Article;
    ///
    /// let links = Article { text: "Home\n\nNews\n\nSport\n\nWeather".into(), ..Article::default() };
    /// assert!(!links.looks_like_an_article());
    /// let story = Article { text: "The council met on Tuesday. ".repeat(20), ..Article::default() };
    /// assert!(story.looks_like_an_article());
    /// ```
    pub fn looks_like_an_article(&self) -> bool {
        let mut score = 0.0;
        for p in self.paragraphs() {
            let len: usize = p
                .trim()
                .chars()
                .map(|c| if is_wide(c) { 2 } else { 1 })
                .sum();
            if len >= READABLE_PARAGRAPH_CHARS {
                score += ((len - READABLE_PARAGRAPH_CHARS) as f64).sqrt();
                if score > READABLE_SCORE {
                    return true;
                }
            }
        }
        false
    }

    /// The title (when there is one) and the text, separated by a blank
    /// line: the input [`crate::summarize`] expects, which takes a heading
    /// at the top for the title.
    pub fn to_text(&self) -> String {
        match &self.title {
            Some(t) if !self.text.is_empty() => format!("{t}\n\n{}", self.text),
            Some(t) => t.clone(),
            None => self.text.clone(),
        }
    }
}

/// Paragraphs shorter than this (in characters) do not count towards
/// [`Article::looks_like_an_article`] (Readability's `minContentLength`).
pub const READABLE_PARAGRAPH_CHARS: usize = 140;

/// The score over which [`Article::looks_like_an_article`] says yes
/// (Readability's `minScore`).
pub const READABLE_SCORE: f64 = 20.0;

/// A character of a script that says in one character about what an
/// alphabet says in two: Han, kana, Hangul syllables.
fn is_wide(c: char) -> bool {
    crate::text::is_cjk(c) || crate::text::is_hangul_syllable(c)
}

/// An article shorter than this (in characters) makes the extractor try
/// again with fewer rules (Readability's default threshold).
pub const MIN_ARTICLE_CHARS: u32 = 500;

/// Finds the article in `doc`. Never fails: a page without text gives an
/// article with empty text (and whatever metadata the page has).
pub fn extract(doc: &Document) -> Article {
    let meta = metadata::read(doc);
    let work = Work::build(doc);
    let title = meta.title.clone().unwrap_or_default();

    let sequence = [
        Flags::ALL,
        Flags {
            strip_unlikely: false,
            ..Flags::ALL
        },
        Flags {
            strip_unlikely: false,
            weigh_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weigh_classes: false,
            clean_conditionally: false,
        },
    ];
    let mut best: Option<(u32, Attempt<'_, '_>, Vec<u32>)> = None;
    for flags in sequence {
        let mut at = Attempt::new(&work, flags);
        let content = at.grab(&title);
        at.clean(&content);
        let chars = article_chars(&mut at, &content);
        let done = chars >= MIN_ARTICLE_CHARS;
        if best.as_ref().is_none_or(|(c, _, _)| chars > *c) {
            best = Some((chars, at, content));
        }
        if done {
            break;
        }
    }
    let (text, found_byline) = match &best {
        Some((_, at, content)) => (render::render(at, content), at.byline.clone()),
        None => (String::new(), None),
    };
    Article {
        title: meta.title,
        byline: meta.byline.or(found_byline),
        lang: meta.lang,
        published: meta.published,
        text,
    }
}

/// Characters of text in `content` as an attempt left it.
fn article_chars(at: &mut Attempt<'_, '_>, content: &[u32]) -> u32 {
    let mut total = TextLen::default();
    for &c in content {
        let order = preorder(at.w, c, &at.removed);
        measure(at.w, &order, &at.removed, &mut at.aggs);
        if !at.removed[c as usize] {
            total = total.then(at.aggs[c as usize].len);
        }
    }
    total.chars()
}
