//! The page's metadata: title, byline, language, publication date.
//!
//! Where each comes from, first found wins (the order Readability
//! describes for its metadata, whose property names these are):
//!
//! - **title**: a JSON-LD article's `name` or `headline` (the one like the
//!   `<title>` when they differ), then `<meta>` `dc:title`, `dcterm:title`,
//!   `og:title`, `weibo:*:title`, `title`, `twitter:title`, `parsely-title`;
//!   else the `<title>` with the site's name cut off (see [`page_title`]).
//! - **byline**: JSON-LD `author` names, then `dc:creator`,
//!   `dcterm:creator`, `author`, `parsely-author`, `article:author` (when it
//!   is a name, not a URL); else the byline element found in the text.
//! - **published**: JSON-LD `datePublished`, then `article:published_time`,
//!   `parsely-pub-date`, `dc:date`, `date`, then a `<time>` marked as the
//!   publication date (`itemprop="datePublished"` or `pubdate`).
//! - **lang**: the `lang` of `<html>`, else `Content-Language`.

use super::json::Value;
use super::tag::Tag;
use super::text::{fold, js_word_count, similarity, unescape_entities};
use super::tree::Document;
use crate::text::is_cjk;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Meta {
    pub(crate) title: Option<String>,
    pub(crate) byline: Option<String>,
    pub(crate) lang: Option<String>,
    pub(crate) published: Option<String>,
}

/// JSON-LD `@type`s that are articles (schema.org's Article and its kinds).
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
];

/// `<meta property>` prefixes and names read.
const PROPERTY_PREFIXES: &[&str] = &["article", "dc", "dcterm", "og", "twitter"];
const PROPERTY_NAMES: &[&str] = &[
    "author",
    "creator",
    "description",
    "published_time",
    "title",
    "site_name",
];
/// `<meta name>` prefixes and names read.
const NAME_PREFIXES: &[&str] = &[
    "dc",
    "dcterm",
    "og",
    "twitter",
    "parsely",
    "weibo:article",
    "weibo:webpage",
];
const NAME_NAMES: &[&str] = &[
    "author",
    "creator",
    "pub-date",
    "description",
    "title",
    "site_name",
    "date",
];

/// Everything the metadata rules read, gathered in one walk.
#[derive(Default)]
struct Found {
    lang: Option<String>,
    content_language: Option<String>,
    title_element: Option<String>,
    /// (key, value) from `<meta>`, later ones override earlier ones.
    values: Vec<(String, String)>,
    json_ld: Vec<String>,
    h1: Vec<String>,
    h2: Vec<String>,
    time_published: Option<String>,
}

impl Found {
    fn value(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }
}

fn gather(doc: &Document) -> Found {
    let mut f = Found::default();
    for id in doc.descendants(doc.root().0) {
        let Some(tag) = doc.tag(id) else { continue };
        match tag {
            Tag::Html if f.lang.is_none() => {
                f.lang = doc
                    .attr(id, "lang")
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned);
            }
            Tag::Title if f.title_element.is_none() => {
                f.title_element = Some(doc.text_content(id));
            }
            Tag::Meta => read_meta(doc, id, &mut f),
            Tag::Script => {
                let ty = doc.attr(id, "type").unwrap_or("").trim();
                if ty.eq_ignore_ascii_case("application/ld+json") {
                    f.json_ld.push(doc.text_content(id));
                }
            }
            Tag::H1 => f.h1.push(doc.text_content(id)),
            Tag::H2 => f.h2.push(doc.text_content(id)),
            Tag::Time if f.time_published.is_none() => {
                let marked = doc
                    .attr(id, "itemprop")
                    .is_some_and(|p| p.contains("datePublished"))
                    || doc.attr(id, "pubdate").is_some();
                if marked {
                    let v = doc
                        .attr(id, "datetime")
                        .map(str::to_owned)
                        .unwrap_or_else(|| doc.text_content(id));
                    let v = fold(&v);
                    if !v.is_empty() {
                        f.time_published = Some(v);
                    }
                }
            }
            _ => {}
        }
    }
    f
}

fn read_meta(doc: &Document, id: u32, f: &mut Found) {
    let Some(content) = doc.attr(id, "content") else {
        return;
    };
    let content = content.trim();
    if let Some(http) = doc.attr(id, "http-equiv") {
        if http.trim().eq_ignore_ascii_case("content-language") && !content.is_empty() {
            f.content_language = Some(content.to_owned());
        }
    }
    if content.is_empty() {
        return;
    }
    let mut matched = false;
    if let Some(property) = doc.attr(id, "property") {
        // A property may list several names: "og:title twitter:title".
        for part in property.split_whitespace() {
            let part = part.to_lowercase();
            if let Some((prefix, name)) = part.split_once(':') {
                if PROPERTY_PREFIXES.contains(&prefix) && PROPERTY_NAMES.contains(&name) {
                    f.values.push((part.clone(), content.to_owned()));
                    matched = true;
                }
            }
        }
    }
    if matched {
        return;
    }
    if let Some(name) = doc.attr(id, "name") {
        let key: String = name
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
            .replace('.', ":");
        let known = NAME_NAMES.contains(&key.as_str())
            || NAME_PREFIXES.iter().any(|p| {
                key.strip_prefix(p)
                    .and_then(|rest| rest.strip_prefix([':', '-']))
                    .is_some_and(|n| NAME_NAMES.contains(&n))
            });
        if known {
            // "parsely.title" and "parsely-title" are the same key.
            let key = normalise_name_key(&key);
            f.values.push((key, content.to_owned()));
        }
    }
}

/// `prefix:name` keys spelled with a hyphen become `prefix-name` for
/// parsely (as Readability keys them) and `prefix:name` for the others.
fn normalise_name_key(key: &str) -> String {
    if let Some(rest) = key.strip_prefix("parsely:") {
        return format!("parsely-{rest}");
    }
    for p in NAME_PREFIXES {
        if *p == "parsely" {
            continue;
        }
        if let Some(rest) = key.strip_prefix(p).and_then(|r| r.strip_prefix('-')) {
            return format!("{p}:{rest}");
        }
    }
    key.to_owned()
}

/// What a JSON-LD article says.
#[derive(Default)]
struct JsonLd {
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
}

fn is_article_type(v: &Value) -> bool {
    let check = |t: &str| ARTICLE_TYPES.contains(&t);
    match v {
        Value::String(t) => check(t),
        Value::Array(ts) => ts.iter().any(|t| t.as_str().is_some_and(check)),
        _ => false,
    }
}

fn is_schema_org(v: &str) -> bool {
    let v = v.trim().trim_end_matches('/');
    v == "http://schema.org" || v == "https://schema.org"
}

fn read_json_ld(scripts: &[String], page_title: &str) -> JsonLd {
    for script in scripts {
        let text = script.trim();
        let text = text.strip_prefix("<![CDATA[").unwrap_or(text);
        let text = text.strip_suffix("]]>").unwrap_or(text);
        let Some(parsed) = Value::parse(text.trim()) else {
            continue;
        };
        let mut item = match &parsed {
            Value::Array(items) => match items
                .iter()
                .find(|it| it.get("@type").is_some_and(is_article_type))
            {
                Some(it) => it,
                None => continue,
            },
            v => v,
        };
        let context_ok = match item.get("@context") {
            Some(Value::String(s)) => is_schema_org(s),
            Some(ctx @ Value::Object(_)) => ctx
                .get("@vocab")
                .and_then(Value::as_str)
                .is_some_and(is_schema_org),
            _ => false,
        };
        if !context_ok {
            continue;
        }
        if item.get("@type").is_none() {
            if let Some(found) = item.get("@graph").and_then(Value::as_array).and_then(|g| {
                g.iter()
                    .find(|it| it.get("@type").is_some_and(is_article_type))
            }) {
                item = found;
            }
        }
        if !item.get("@type").is_some_and(is_article_type) {
            continue;
        }
        let mut out = JsonLd::default();
        let name = item.get("name").and_then(Value::as_str).map(str::trim);
        let headline = item.get("headline").and_then(Value::as_str).map(str::trim);
        out.title = match (name, headline) {
            (Some(n), Some(h)) if n != h => {
                let name_matches = similarity(n, page_title) > 0.75;
                let headline_matches = similarity(h, page_title) > 0.75;
                Some(if headline_matches && !name_matches {
                    h
                } else {
                    n
                })
            }
            (Some(n), _) => Some(n),
            (None, Some(h)) => Some(h),
            (None, None) => None,
        }
        .map(str::to_owned);
        out.byline = match item.get("author") {
            Some(a @ Value::Object(_)) => a
                .get("name")
                .and_then(Value::as_str)
                .map(|s| s.trim().to_owned()),
            Some(Value::Array(list)) => {
                let names: Vec<&str> = list
                    .iter()
                    .filter_map(|a| a.get("name").and_then(Value::as_str))
                    .map(str::trim)
                    .collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        };
        out.published = item
            .get("datePublished")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_owned());
        return out;
    }
    JsonLd::default()
}

/// Characters that separate a page's title from its site's name.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '|' | '-' | '\u{2013}' | '\u{2014}' | '\\' | '/' | '>' | '\u{00BB}'
    )
}

fn is_hierarchical(c: char) -> bool {
    matches!(c, '\\' | '/' | '>' | '\u{00BB}')
}

/// Byte offsets of " X " separators (X a separator character).
fn separators(s: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    for w in chars.windows(3) {
        if w[0].1 == ' ' && w[2].1 == ' ' && is_separator(w[1].1) {
            out.push((w[0].0, w[1].1));
        }
    }
    out
}

/// Words of a title for the rules of [`page_title`]: `split(/\s+/)` pieces
/// as Readability counts them, except that Han and kana, written without
/// spaces, count one word per one and a half characters (about the average
/// length of a Chinese word in running text), so `城市将建新医院 | 新闻网`
/// loses its site name as `New hospital for the city | News` does.
fn title_words(s: &str) -> usize {
    let mut words = js_word_count(s);
    let mut run = 0usize;
    let mut close = |run: &mut usize| {
        // A piece that is one run of n such characters counts 2n/3 words, not one.
        words += (2 * *run).div_ceil(3).saturating_sub(1);
        *run = 0;
    };
    for c in s.chars() {
        if is_cjk(c) && !('\u{3000}'..='\u{303F}').contains(&c) {
            run += 1;
        } else if run > 0 {
            close(&mut run);
        }
    }
    close(&mut run);
    words
}

/// The title from `<title>`, the site's name cut off, after the rules
/// Readability describes: cut at the last " | " (or " - ", " / ", " » ",
/// ...) unless that leaves fewer than three words, then keep what follows
/// the first; for "Site: Title", keep what follows the colon unless a
/// heading repeats the whole title; a title that is too short or too long
/// gives way to the page's only `h1`; and a result of four words or fewer
/// goes back to the whole title (unless only the site's name was cut from a
/// hierarchical one). Words are counted by [`title_words`].
fn page_title(found: &Found) -> String {
    let orig = fold(found.title_element.as_deref().unwrap_or(""));
    let mut cur = orig.clone();
    let mut hierarchical = false;
    let seps = separators(&orig);
    if let Some(&(last, _)) = seps.last() {
        hierarchical = seps.iter().any(|&(_, c)| is_hierarchical(c));
        cur = orig[..last].to_owned();
        if title_words(&cur) < 3 {
            // Everything after the first separator character.
            if let Some(first) = orig.find(is_separator) {
                let sep_len = orig[first..].chars().next().map_or(1, char::len_utf8);
                cur = orig[first + sep_len..].to_owned();
            }
        }
    } else if orig.contains(": ") {
        let heading_repeats = found
            .h1
            .iter()
            .chain(&found.h2)
            .any(|h| h.trim() == orig.trim());
        if !heading_repeats {
            let last = orig.rfind(':').map_or(0, |i| i + 1);
            cur = orig[last..].to_owned();
            if title_words(&cur) < 3 {
                let first = orig.find(':').map_or(0, |i| i + 1);
                cur = orig[first..].to_owned();
            } else if title_words(&orig[..orig.find(':').unwrap_or(0)]) > 5 {
                cur = orig.clone();
            }
        }
    } else {
        let n = orig.chars().count();
        if !(15..=150).contains(&n) && found.h1.len() == 1 {
            cur = found.h1[0].clone();
        }
    }
    let cur = fold(&cur);
    let words = title_words(&cur);
    let without_seps: String = orig.chars().filter(|&c| !is_separator(c)).collect();
    if words <= 4 && (!hierarchical || words + 1 != title_words(&without_seps)) {
        return orig;
    }
    cur
}

/// Reads the page's metadata.
pub(crate) fn read(doc: &Document) -> Meta {
    let found = gather(doc);
    let from_title = page_title(&found);
    let ld = read_json_ld(&found.json_ld, &from_title);
    let first = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| found.value(k)).map(str::to_owned)
    };
    let clean = |s: String| -> Option<String> {
        let s = fold(&unescape_entities(&s));
        (!s.is_empty()).then_some(s)
    };
    let title = ld
        .title
        .or_else(|| {
            first(&[
                "dc:title",
                "dcterm:title",
                "og:title",
                "weibo:article:title",
                "weibo:webpage:title",
                "title",
                "twitter:title",
                "parsely-title",
            ])
        })
        .and_then(clean)
        .or_else(|| clean(from_title));
    let article_author = found
        .value("article:author")
        .filter(|v| !(v.starts_with("http://") || v.starts_with("https://")))
        .map(str::to_owned);
    let byline = ld
        .byline
        .or_else(|| first(&["dc:creator", "dcterm:creator", "author", "parsely-author"]))
        .or(article_author)
        .and_then(clean);
    let published = ld
        .published
        .or_else(|| {
            first(&[
                "article:published_time",
                "parsely-pub-date",
                "dc:date",
                "dcterm:date",
                "date",
            ])
        })
        .or(found.time_published)
        .and_then(clean);
    let lang = found.lang.or(found.content_language).and_then(clean);
    Meta {
        title,
        byline,
        lang,
        published,
    }
}
