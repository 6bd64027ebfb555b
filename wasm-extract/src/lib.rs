//! salient's article extractor for JavaScript: `extractArticle(doc)`.
//!
//! A thin shell over `salient::extract`: the browser's `Document` (the
//! live page, or one made by `DOMParser`) is read through web-sys into the
//! library's tree (`dom.rs`, read-only), the article is found there, and
//! comes back as a plain object. It is a module of its own, apart from the
//! summariser's (`wasm/`): the page loads it only when it has HTML to
//! extract (an opened or pasted page, the bookmarklet), and the summariser
//! stays within its size budget.
#![forbid(unsafe_code)]

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

mod dom;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** The article found in a document; `text` holds paragraphs separated by blank lines. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  lang: string | null;
  published: string | null;
  text: string;
  /** Whether the text reads as an article, not a page of links and teasers (salient::extract::Article::looks_like_an_article). */
  looksLikeArticle: boolean;
}
/**
 * Extracts the main article of `doc` (the page, or a DOMParser document),
 * without changing it. With `visibility`, elements the browser does not
 * render (Element.checkVisibility) are left out: for a live, laid-out page.
 */
export function extractArticle(doc: Document, visibility?: boolean | null): ExtractedArticle;
"#;

/// Extracts the main article of a document (the live page or one from
/// `DOMParser`), read-only; see `ExtractedArticle` in the declarations.
#[wasm_bindgen(js_name = extractArticle, skip_typescript)]
pub fn extract_article(doc: JsValue, visibility: JsValue) -> Result<JsValue, JsError> {
    let doc: web_sys::Document = doc
        .dyn_into()
        .map_err(|_| JsError::new("extractArticle needs a Document"))?;
    let tree = dom::read(&doc, visibility.is_truthy());
    let article = salient::extract::extract(&tree);
    let looks_like_an_article = article.looks_like_an_article();
    let out = Object::new();
    let set = |key: &str, value: JsValue| {
        // Setting a property of a fresh plain object cannot fail.
        let _ = Reflect::set(&out, &JsValue::from_str(key), &value);
    };
    let opt = |s: Option<String>| s.map_or(JsValue::NULL, |s| JsValue::from_str(&s));
    set("title", opt(article.title));
    set("byline", opt(article.byline));
    set("lang", opt(article.lang));
    set("published", opt(article.published));
    set("text", JsValue::from_str(&article.text));
    set(
        "looksLikeArticle",
        JsValue::from_bool(looks_like_an_article),
    );
    Ok(out.into())
}

/// The version of salient.
#[wasm_bindgen]
pub fn version() -> String {
    salient::VERSION.to_string()
}
