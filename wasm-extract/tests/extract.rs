//! Tests of the extractor's JavaScript binding, in a browser (they need
//! `DOMParser`): `make test-wasm` runs them in headless Chromium.
#![cfg(target_arch = "wasm32")]

use js_sys::Reflect;
use salient_extract_wasm::extract_article;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{DomParser, SupportedType};

wasm_bindgen_test_configure!(run_in_browser);

fn parse(html: &str) -> web_sys::Document {
    DomParser::new()
        .expect("DOMParser")
        .parse_from_string(html, SupportedType::TextHtml)
        .expect("parsed")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("Reflect.get")
}

const PAGE: &str = r#"<!doctype html><html lang="en"><head>
<title>Tram line opens in the harbour city | The Paper</title>
<meta name="author" content="Ann Lee">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-05-01"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<p>The harbour city opened its new tram line on Saturday after six years of building work, and thousands rode it.</p>
<p style="display:none">HIDDEN text that must not appear in the article at all.</p>
<p>Thousands of residents rode the trams for free on the first day, and the operator counted forty thousand trips.</p>
<p>The line links the central station with the university and the hospital in the north of the city, officials said.</p>
<p>Critics had warned that the project would run over budget, and the final cost was a fifth higher than planned.</p>
<p>The mayor said the line would cut car traffic in the centre by a tenth within two years, and a second line is planned.</p>
</article>
<div class="comments"><p>COMMENT: this is my comment about the tram line, which I did not like at all, no.</p></div>
</body></html>"#;

#[wasm_bindgen_test]
fn extracts_from_a_parsed_document() {
    let doc = parse(PAGE);
    let before = doc.document_element().map(|e| e.outer_html());
    let a = extract_article(doc.clone().into(), JsValue::FALSE).expect("extracted");
    assert_eq!(
        get(&a, "title").as_string().as_deref(),
        Some("Tram line opens in the harbour city")
    );
    assert_eq!(get(&a, "byline").as_string().as_deref(), Some("Ann Lee"));
    assert_eq!(get(&a, "lang").as_string().as_deref(), Some("en"));
    assert_eq!(
        get(&a, "published").as_string().as_deref(),
        Some("2024-05-01")
    );
    let text = get(&a, "text").as_string().expect("text");
    assert!(text.starts_with("The harbour city opened"), "{text}");
    assert_eq!(text.split("\n\n").count(), 5, "{text}");
    for banned in ["HIDDEN", "COMMENT", "Home"] {
        assert!(!text.contains(banned), "{banned} in {text}");
    }
    assert_eq!(
        doc.document_element().map(|e| e.outer_html()),
        before,
        "the document is unchanged"
    );
}

/// The live page (the test runner's own), as the bookmarklet reads it, with
/// `visibility` on: the head is never rendered, yet its title, metadata and
/// JSON-LD are read (they were skipped as invisible, so a Russian title was
/// lost), while a paragraph the browser does not render stays out.
#[wasm_bindgen_test]
fn reads_the_head_of_a_live_page() {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    doc.set_title("Город построит новую больницу за миллиард долларов | Вести");
    let head = doc.query_selector("head").ok().flatten().expect("head");
    head.insert_adjacent_html(
        "beforeend",
        r#"<meta name="author" content="Анна Петрова"><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-06-02"}</script>"#,
    )
    .expect("head markup");
    let body = doc.body().expect("body");
    body.insert_adjacent_html(
        "beforeend",
        "<article><h1>Город построит новую больницу</h1>\
<p>Премьер-министр заявил во вторник, что правительство построит в городе новую больницу на пятьсот коек.</p>\
<p style=\"display:none\">СКРЫТО: этот абзац браузер не показывает, и в статье его быть не должно.</p>\
<p>Проект обойдётся в миллиард долларов и займёт не меньше пяти лет, сообщили в министерстве здравоохранения.</p>\
<p>Жители района давно просили о больнице, потому что до ближайшей приходится ехать больше часа.</p></article>",
    )
    .expect("body markup");
    let a = extract_article(doc.into(), JsValue::TRUE).expect("extracted");
    assert_eq!(
        get(&a, "title").as_string().as_deref(),
        Some("Город построит новую больницу за миллиард долларов")
    );
    assert_eq!(
        get(&a, "byline").as_string().as_deref(),
        Some("Анна Петрова")
    );
    assert_eq!(
        get(&a, "published").as_string().as_deref(),
        Some("2024-06-02")
    );
    let text = get(&a, "text").as_string().expect("text");
    assert!(text.contains("Премьер-министр заявил"), "{text}");
    assert!(!text.contains("СКРЫТО"), "{text}");
}

#[wasm_bindgen_test]
fn odd_input_is_a_clear_error_or_an_empty_article() {
    let err = extract_article(JsValue::from_str("<p>not a document</p>"), JsValue::NULL);
    assert!(err.is_err(), "a string is not a Document");
    let empty =
        extract_article(parse("").into(), JsValue::TRUE).expect("an empty document is fine");
    assert_eq!(get(&empty, "text").as_string().as_deref(), Some(""));
    assert!(get(&empty, "title").is_null());
    // Deep markup: read without recursion.
    let deep = format!(
        "{}<p>deep text, at the bottom of it all.</p>{}",
        "<div>".repeat(3000),
        "</div>".repeat(3000)
    );
    let a = extract_article(parse(&deep).into(), JsValue::FALSE).expect("deep");
    assert!(get(&a, "text")
        .as_string()
        .unwrap_or_default()
        .contains("deep text"));
}
