//! Extraction tests on small pages written in a tiny markup (see [`page`]).

use super::*;

/// Builds a [`Document`] from well-formed markup: `<name a="v" b>`,
/// `</name>`, void elements (`br`, `img`, `hr`, `input`, `meta`, `link`),
/// text (no entities). Test pages only: real HTML goes through a real
/// parser (the `html` feature, or the browser).
fn page(markup: &str) -> Document {
    let mut doc = Document::new();
    let mut stack = vec![doc.root()];
    let mut rest = markup;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').expect("closing tag ends");
            stack.pop();
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>').expect("tag ends");
            let inner = &after[..end];
            let (name, mut attrs) = inner.split_once(' ').unwrap_or((inner, ""));
            let parent = *stack.last().expect("inside the root");
            let el = doc.append_element(parent, name);
            attrs = attrs.trim();
            while !attrs.is_empty() {
                let key_end = attrs.find(['=', ' ']).unwrap_or(attrs.len());
                let (key, after_key) = attrs.split_at(key_end);
                if let Some(v) = after_key.strip_prefix("=\"") {
                    let close = v.find('"').expect("attribute value ends");
                    doc.set_attribute(el, key, &v[..close]);
                    attrs = v[close + 1..].trim_start();
                } else {
                    doc.set_attribute(el, key, "");
                    attrs = after_key.trim_start();
                }
            }
            if !matches!(name, "br" | "img" | "hr" | "input" | "meta" | "link") {
                stack.push(el);
            }
            rest = &after[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let parent = *stack.last().expect("inside the root");
            doc.append_text(parent, &rest[..end]);
            rest = &rest[end..];
        }
    }
    doc
}

/// A paragraph of prose of about `n` sentences, numbered so paragraphs
/// differ.
fn prose(tag: u32, n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "Sentence {i} of paragraph {tag} tells the story, with a comma, and goes on for a while."
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn paragraphs(n: u32) -> String {
    (0..n).map(|i| format!("<p>{}</p>", prose(i, 3))).collect()
}

const NAV: &str = "<div class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></div>";

#[test]
fn finds_the_article_text() {
    // (name, body markup, text that must be in the result, text that must not)
    let cases: Vec<(&str, String, Vec<String>, Vec<&str>)> = vec![
        (
            "article over navigation",
            format!("{NAV}<article>{}</article>", paragraphs(4)),
            vec![prose(0, 3), prose(3, 3)],
            vec!["Home", "Sport"],
        ),
        (
            "chapters written as divs",
            format!(
                "<div id=\"story\"><div>{}</div><div>{}</div><div>{}</div></div>",
                prose(1, 4),
                prose(2, 4),
                prose(3, 4)
            ),
            vec![prose(1, 4), prose(3, 4)],
            vec![],
        ),
        (
            "paragraphs written with double breaks",
            format!(
                "<div class=\"post\">{}<br><br>{}<br> <br>{}</div>",
                prose(1, 3),
                prose(2, 3),
                prose(3, 3)
            ),
            vec![prose(1, 3), prose(2, 3), prose(3, 3)],
            vec![],
        ),
        (
            "sibling sections all kept",
            format!(
                "<main><section>{}</section><section>{}</section><section>{}</section></main>",
                paragraphs(2),
                paragraphs(3),
                paragraphs(2)
            ),
            vec![prose(0, 3), prose(2, 3)],
            vec![],
        ),
        (
            "preformatted text kept",
            format!(
                "<article>{}<pre>fn main() {{\n    println!(\"hi\");\n}}</pre>{}</article>",
                paragraphs(2),
                paragraphs(2)
            ),
            vec!["fn main() {\n    println!(\"hi\");\n}".to_owned()],
            vec![],
        ),
        (
            "comments set aside",
            format!(
                "<article>{}</article><div class=\"comments\"><p>{}</p></div>",
                paragraphs(4),
                "I disagree with this article entirely, and here is why, at length, in my comment."
            ),
            vec![prose(0, 3)],
            vec!["I disagree"],
        ),
        (
            "hidden text left out",
            format!(
                "<article>{}<p style=\"display: none\">Secret hidden words.</p><p hidden>More hidden words.</p></article>",
                paragraphs(4)
            ),
            vec![prose(1, 3)],
            vec!["Secret", "More hidden"],
        ),
        (
            "link list inside the article cleaned away",
            format!(
                "<article>{}<div><a href=\"/a\">Related story one here</a> <a href=\"/b\">Related story two here</a> <a href=\"/c\">Related story three</a></div>{}</article>",
                paragraphs(2),
                paragraphs(2)
            ),
            vec![prose(0, 3)],
            vec!["Related story"],
        ),
        (
            "gallery inside the article cleaned away",
            format!(
                "<article>{}<div class=\"gallery\"><div><img src=\"1.jpg\"></div><div><img src=\"2.jpg\"></div><div><img src=\"3.jpg\"></div><p>Photo 1 of 3</p></div>{}</article>",
                paragraphs(2),
                paragraphs(2)
            ),
            vec![prose(0, 3)],
            vec!["Photo 1 of 3"],
        ),
        (
            "figure captions left out",
            format!(
                "<article>{}<figure><img src=\"a.jpg\"><figcaption>The harbour at dawn. Photo: Ann Lee</figcaption></figure>{}</article>",
                paragraphs(2),
                paragraphs(2)
            ),
            vec![prose(1, 3)],
            vec!["harbour at dawn"],
        ),
        (
            "headings and list items are paragraphs",
            format!(
                "<article>{}<h2>What happened next</h2><ul><li>{}</li><li>{}</li></ul>{}</article>",
                paragraphs(2),
                prose(7, 1),
                prose(8, 1),
                paragraphs(2)
            ),
            vec![
                format!("\n\nWhat happened next\n\n{}\n\n{}\n\n", prose(7, 1), prose(8, 1)),
            ],
            vec![],
        ),
    ];
    for (name, body, want, not) in cases {
        let doc = page(&format!("<html><body>{body}</body></html>"));
        let a = extract(&doc);
        for w in &want {
            assert!(
                a.text.contains(w.as_str()),
                "{name}: missing {w:?} in {:?}",
                a.text
            );
        }
        for n in not {
            assert!(!a.text.contains(n), "{name}: has {n:?} in {:?}", a.text);
        }
    }
}

#[test]
fn measures_scripts_without_spaces_in_characters() {
    // A Chinese article: no spaces, so no "words" to count; each paragraph
    // is 60 characters and some carry full-width commas.
    let para = |i: u32| {
        format!("<p>第{i}段：今天上午，市政府宣布了新的交通计划，将在明年春天开始实施。这项计划包括扩建地铁线路，增加公交车班次，并在市中心设立步行区。</p>")
    };
    let body: String = (0..6).map(para).collect();
    let doc = page(&format!(
        "<html lang=\"zh\"><body>{NAV}<div class=\"content\">{body}</div></body></html>"
    ));
    let a = extract(&doc);
    assert_eq!(a.paragraphs().count(), 6, "{:?}", a.text);
    assert!(a.text.starts_with("第0段"));
    assert_eq!(a.lang.as_deref(), Some("zh"));
}

#[test]
fn retries_with_fewer_rules_when_short() {
    // The only text sits in a box whose class says "sidebar": the first
    // attempt removes it, the next keeps it.
    let doc = page(&format!(
        "<html><body><div class=\"sidebar\"><p>{}</p><p>{}</p></div></body></html>",
        prose(1, 2),
        prose(2, 2)
    ));
    let a = extract(&doc);
    assert!(a.text.contains(&prose(1, 2)), "{:?}", a.text);
}

#[test]
fn reads_metadata() {
    // (name, head markup, body markup, title, byline, published)
    type Case = (
        &'static str,
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );
    let cases: &[Case] = &[
        (
            "og:title over <title>",
            "<title>Ignored | Site</title><meta property=\"og:title\" content=\"The real title\">",
            "",
            Some("The real title"),
            None,
            None,
        ),
        (
            "JSON-LD first",
            "<meta property=\"og:title\" content=\"From og\"><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"From JSON-LD\", \"author\": [{\"name\": \"Ann Lee\"}, {\"name\": \"Bo Chan\"}], \"datePublished\": \"2024-05-01T10:00:00Z\"}</script>",
            "",
            Some("From JSON-LD"),
            Some("Ann Lee, Bo Chan"),
            Some("2024-05-01T10:00:00Z"),
        ),
        (
            "JSON-LD in a graph",
            "<script type=\"application/ld+json\">{\"@context\": \"http://schema.org/\", \"@graph\": [{\"@type\": \"WebSite\", \"name\": \"Site\"}, {\"@type\": \"Article\", \"name\": \"Graph title\"}]}</script>",
            "",
            Some("Graph title"),
            None,
            None,
        ),
        (
            "JSON-LD of another context ignored",
            "<title>Plain page title here</title><script type=\"application/ld+json\">{\"@context\": \"https://example.org\", \"@type\": \"Article\", \"name\": \"No\"}</script>",
            "",
            Some("Plain page title here"),
            None,
            None,
        ),
        (
            "site name cut from <title>",
            "<title>Storm cuts power to the coast | The Daily Paper</title>",
            "",
            Some("Storm cuts power to the coast"),
            None,
            None,
        ),
        (
            "en dash separator",
            "<title>Storm cuts power to the coast \u{2013} The Daily Paper</title>",
            "",
            Some("Storm cuts power to the coast"),
            None,
            None,
        ),
        (
            "short remainder keeps the part after the separator",
            "<title>Daily Paper | Storm cuts power to coast</title>",
            "",
            Some("Storm cuts power to coast"),
            None,
            None,
        ),
        (
            "too short a title gives way to the one h1",
            "<title>Home</title>",
            "<h1>Council approves the new budget</h1>",
            Some("Council approves the new budget"),
            None,
            None,
        ),
        (
            "meta author and published time",
            "<title>A long enough title for the page</title><meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2023-01-02\">",
            "",
            Some("A long enough title for the page"),
            Some("Jane Doe"),
            Some("2023-01-02"),
        ),
        (
            "twice-escaped entities",
            "<meta property=\"og:title\" content=\"Tom &amp; Jerry\">",
            "",
            Some("Tom & Jerry"),
            None,
            None,
        ),
        (
            "time marked as the publication date",
            "<title>A long enough title for the page</title>",
            "<time itemprop=\"datePublished\" datetime=\"2022-03-04\">4 March</time>",
            Some("A long enough title for the page"),
            None,
            Some("2022-03-04"),
        ),
        (
            "byline element in the text",
            "<title>A long enough title for the page</title>",
            "<div class=\"byline\">By Sam Roe</div>",
            Some("A long enough title for the page"),
            Some("By Sam Roe"),
            None,
        ),
        (
            "a Russian title loses the site's name",
            "<title>Город построит новую больницу за миллиард долларов | Вести</title>",
            "",
            Some("Город построит новую больницу за миллиард долларов"),
            None,
            None,
        ),
        (
            "a short cut keeps the whole title (Readability: four words or fewer)",
            "<title>Новая больница в городе | News</title>",
            "",
            Some("Новая больница в городе | News"),
            None,
            None,
        ),
        (
            "a Chinese title loses the site's name (seven characters, about five words)",
            "<title>城市将建新医院 | 新闻网</title>",
            "",
            Some("城市将建新医院"),
            None,
            None,
        ),
        (
            "a Japanese title too",
            "<title>新しい病院が市内に建設される - 毎日新聞</title>",
            "",
            Some("新しい病院が市内に建設される"),
            None,
            None,
        ),
        (
            "a short Chinese title stays whole",
            "<title>首页 | 新闻网</title>",
            "",
            Some("首页 | 新闻网"),
            None,
            None,
        ),
        ("nothing at all", "", "", None, None, None),
    ];
    for (name, head, body, title, byline, published) in cases {
        let doc = page(&format!(
            "<html><head>{head}</head><body>{body}<article>{}</article></body></html>",
            paragraphs(3)
        ));
        let a = extract(&doc);
        assert_eq!(a.title.as_deref(), *title, "{name}: title");
        assert_eq!(a.byline.as_deref(), *byline, "{name}: byline");
        assert_eq!(a.published.as_deref(), *published, "{name}: published");
        if byline.is_some_and(|b| b.starts_with("By")) {
            assert!(
                !a.text.contains("Sam Roe"),
                "{name}: the byline left the text"
            );
        }
    }
}

#[test]
fn the_heading_that_repeats_the_title_leaves_the_text() {
    let doc = page(&format!(
        "<html><head><title>Council approves the new budget | Paper</title></head><body><article><h1>Council approves the new budget</h1>{}</article></body></html>",
        paragraphs(3)
    ));
    let a = extract(&doc);
    assert_eq!(a.title.as_deref(), Some("Council approves the new budget"));
    assert!(a.text.starts_with("Sentence 0"), "{:?}", a.text);
    assert!(a
        .to_text()
        .starts_with("Council approves the new budget\n\nSentence 0"));
}

#[test]
fn data_tables_stay_layout_tables_may_go() {
    let rows: String = (0..12)
        .map(|i| format!("<tr><td>Row {i}</td><td>{}</td></tr>", i * 7))
        .collect();
    let doc = page(&format!(
        "<html><body><article>{}<table><thead><tr><th>Name</th><th>Value</th></tr></thead>{rows}</table>{}</article></body></html>",
        paragraphs(2),
        paragraphs(2)
    ));
    let a = extract(&doc);
    assert!(a.text.contains("Row 11"), "{:?}", a.text);
}

#[test]
fn empty_and_odd_documents() {
    let cases: Vec<(&str, Document)> = vec![
        ("no nodes", Document::new()),
        ("text at the root", {
            let mut d = Document::new();
            d.append_text(d.root(), "Just some text at the top level.");
            d
        }),
        (
            "no body",
            page("<div><p>Loose paragraph without html or body elements at all.</p></div>"),
        ),
        (
            "only scripts",
            page("<html><body><script>var x = 1;</script><style>p {}</style></body></html>"),
        ),
    ];
    for (name, doc) in cases {
        let a = extract(&doc);
        assert!(a.title.is_none(), "{name}");
        if name == "no body" || name == "text at the root" {
            assert!(!a.text.is_empty(), "{name}: the only text is the article");
        }
        if name == "only scripts" || name == "no nodes" {
            assert_eq!(a.text, "", "{name}");
        }
    }
}

#[test]
fn ids_from_elsewhere_never_panic() {
    let mut other = Document::new();
    let far = other.append_element(other.root(), "div");
    let far = other.append_element(far, "div");
    let mut doc = Document::new();
    let text_parent = doc.append_element(doc.root(), "p");
    doc.append_text(text_parent, "hello");
    // `far` does not exist in `doc`: it goes to the root.
    let e = doc.append_element(far, "span");
    doc.set_attribute(far, "class", "x");
    doc.append_text(far, "world");
    doc.set_attribute(e, "CLASS", "Y");
    assert_eq!(doc.attr(e.0, "class"), Some("Y"));
    let _ = extract(&doc);
}

#[test]
fn deep_and_wide_trees_without_recursion() {
    // 100,000 nested divs with the article at the bottom, then 100,000
    // siblings: built, extracted and dropped on the test thread's stack.
    let mut doc = Document::new();
    let html = doc.append_element(doc.root(), "html");
    let mut at = doc.append_element(html, "body");
    for i in 0..100_000 {
        at = doc.append_element(at, if i % 3 == 0 { "div" } else { "section" });
    }
    for i in 0..5 {
        let p = doc.append_element(at, "p");
        doc.append_text(p, &prose(i, 3));
    }
    let a = extract(&doc);
    assert!(a.text.contains(&prose(4, 3)));

    let mut doc = Document::new();
    let body = doc.append_element(doc.root(), "body");
    for i in 0..100_000u32 {
        let p = doc.append_element(body, "p");
        doc.append_text(p, &format!("Paragraph {i} has some words, and a comma."));
    }
    let a = extract(&doc);
    assert!(a.text.contains("Paragraph 99999"));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const TAGS: &[&str] = &[
        "div",
        "p",
        "span",
        "a",
        "br",
        "section",
        "article",
        "ul",
        "li",
        "table",
        "tr",
        "td",
        "pre",
        "h1",
        "h2",
        "img",
        "script",
        "form",
        "input",
        "aside",
        "nav",
        "footer",
        "font",
        "b",
        "blockquote",
        "custom-el",
    ];
    const ATTRS: &[(&str, &str)] = &[
        ("class", "comment"),
        ("class", "article-content"),
        ("id", "sidebar"),
        ("style", "display:none"),
        ("hidden", ""),
        ("href", "#top"),
        ("href", "/x"),
        ("role", "navigation"),
        ("itemprop", "author"),
        ("rel", "author"),
    ];

    #[derive(Debug, Clone)]
    enum Op {
        Element(usize, usize, Option<usize>),
        Text(usize, String),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (
                any::<usize>(),
                0..TAGS.len(),
                proptest::option::of(0..ATTRS.len())
            )
                .prop_map(|(p, t, a)| Op::Element(p, t, a)),
            (any::<usize>(), "[a-z ,.\u{4e00}-\u{4e10}]{0,120}").prop_map(|(p, s)| Op::Text(p, s)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Any tree: no panic, and the result's letters and digits are
        /// the tree's (no more of each than the tree has).
        #[test]
        fn any_tree(ops in proptest::collection::vec(op(), 0..300)) {
            let mut doc = Document::new();
            let mut elements = vec![doc.root()];
            let mut all_text = String::new();
            for op in ops {
                match op {
                    Op::Element(p, t, a) => {
                        let parent = elements[p % elements.len()];
                        let e = doc.append_element(parent, TAGS[t]);
                        if let Some(a) = a {
                            doc.set_attribute(e, ATTRS[a].0, ATTRS[a].1);
                        }
                        elements.push(e);
                    }
                    Op::Text(p, s) => {
                        let parent = elements[p % elements.len()];
                        doc.append_text(parent, &s);
                        all_text.push(' ');
                        all_text.push_str(&s);
                    }
                }
            }
            let a = extract(&doc);
            let mut have: std::collections::HashMap<char, i64> = Default::default();
            for c in all_text.chars().filter(|c| c.is_alphanumeric()) {
                *have.entry(c).or_default() += 1;
            }
            for c in a.text.chars().filter(|c| c.is_alphanumeric()) {
                let n = have.entry(c).or_default();
                *n -= 1;
                prop_assert!(*n >= 0, "more {:?} than the tree has", c);
            }
        }
    }
}

#[test]
fn looks_like_an_article_after_readabilitys_score() {
    let article = |text: String| Article {
        text,
        ..Article::default()
    };
    // (what, text, is it one); one paragraph needs more than 540
    // characters (Readability's 140 + 20²), a character of Chinese counts twice
    let cases = [
        (
            "a menu",
            "Home\n\nNews\n\nSport\n\nWeather".to_string(),
            false,
        ),
        ("one paragraph of 541 letters", "a".repeat(541), true),
        ("one paragraph of 540 letters", "a".repeat(540), false),
        (
            "four paragraphs of 166",
            vec!["b".repeat(166); 4].join("\n\n"),
            true,
        ),
        ("four of 165", vec!["b".repeat(165); 4].join("\n\n"), false),
        (
            "many short headlines",
            vec!["Council approves budget after long debate"; 60].join("\n\n"),
            false,
        ),
        ("271 Chinese characters", "中".repeat(271), true),
        ("270 Chinese characters", "中".repeat(270), false),
        ("271 Hangul syllables", "한".repeat(271), true),
        ("nothing", String::new(), false),
    ];
    for (what, text, want) in cases {
        assert_eq!(article(text).looks_like_an_article(), want, "{what}");
    }
}
