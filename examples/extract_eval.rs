//! Extraction quality on Mozilla Readability's test pages.
//!
//! ```text
//! cargo run --release --features html --example extract_eval [-- DIR] [--page NAME] [--show]
//! ```
//!
//! DIR (default `../shared/extract/readability`) holds one folder per page
//! with `source.html`, Readability's `expected.html` and
//! `expected-metadata.json`. For each page: the tokens of our text against
//! the tokens of `expected.html`'s text (precision, recall, F1 over token
//! counts), and whether the title is Readability's. Then the mean and median
//! F1, titles right, how often `Article::looks_like_an_article` agrees with
//! the pages' `readerable` (Readability's `isProbablyReaderable`), and pages
//! with an empty result although Readability found 50 tokens or more. Tokens are lower-cased runs of letters and
//! digits, and every character of the scripts written without spaces (Han,
//! kana, Hangul syllables, Thai...) on its own. Without DIR the tool says so
//! and exits 0.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use salient::extract::{extract, parse_html};

fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // kana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF)
}

fn tokens(text: &str) -> HashMap<String, u32> {
    let mut out: HashMap<String, u32> = HashMap::new();
    let mut word = String::new();
    let flush = |w: &mut String, out: &mut HashMap<String, u32>| {
        if !w.is_empty() {
            *out.entry(std::mem::take(w)).or_default() += 1;
        }
    };
    for c in text.chars() {
        if is_unspaced(c) {
            flush(&mut word, &mut out);
            *out.entry(c.to_string()).or_default() += 1;
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn count(t: &HashMap<String, u32>) -> u32 {
    t.values().sum()
}

/// The text of an HTML fragment: its character data, entities decoded
/// (expected.html is Readability's own serialisation: no scripts, no
/// comments, so its text is all its character tokens).
fn html_text(html: &str) -> String {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Token, TokenSink, TokenSinkResult, Tokenizer};
    use std::cell::RefCell;
    struct Chars(RefCell<String>);
    impl TokenSink for Chars {
        type Handle = ();
        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            if let Token::CharacterTokens(t) = token {
                self.0.borrow_mut().push_str(&t);
            }
            TokenSinkResult::Continue
        }
    }
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tok = Tokenizer::new(Chars(RefCell::new(String::new())), Default::default());
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.take()
}

fn main() {
    let mut dir = PathBuf::from("../shared/extract/readability");
    let mut only: Option<String> = None;
    let mut show = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--page" => only = args.next(),
            "--show" => show = true,
            _ => dir = PathBuf::from(a),
        }
    }
    if !dir.is_dir() {
        println!(
            "skipped: {} not found (the test pages are not part of the repository)",
            dir.display()
        );
        return;
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.path().join("source.html").is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut f1s = Vec::new();
    let mut titles = (0, 0);
    let mut empty = Vec::new();
    let mut times = Vec::new();
    // (agreeing, of) Readability's readerable pages, then its others
    let mut readerable = ((0, 0), (0, 0));
    let mut missed = Vec::new();
    println!(
        "{:<42} {:>6} {:>6} {:>6} {:>6} {:>6}  title",
        "page", "tokens", "P", "R", "F1", "ms"
    );
    for name in &names {
        if only.as_ref().is_some_and(|o| o != name) {
            continue;
        }
        let page = dir.join(name);
        let read =
            |f: &str| std::fs::read(page.join(f)).map(|b| String::from_utf8_lossy(&b).into_owned());
        let (Ok(source), Ok(expected)) = (read("source.html"), read("expected.html")) else {
            continue;
        };
        let meta = read("expected-metadata.json").unwrap_or_default();
        let meta = serde_json::from_str::<serde_json::Value>(&meta).ok();
        let want_title = meta
            .as_ref()
            .and_then(|m| m.get("title").and_then(|t| t.as_str()).map(str::to_owned))
            .unwrap_or_default();
        let want_readerable = meta
            .as_ref()
            .and_then(|m| m.get("readerable").and_then(|r| r.as_bool()));
        let start = Instant::now();
        let doc = parse_html(&source);
        let parsed = start.elapsed();
        let article = extract(&doc);
        let took = start.elapsed() - parsed;
        times.push(took.as_secs_f64() * 1000.0);
        let want = tokens(&html_text(&expected));
        let got = tokens(&article.text);
        let common: u32 = got
            .iter()
            .map(|(t, &n)| n.min(*want.get(t).unwrap_or(&0)))
            .sum();
        let (g, w) = (count(&got), count(&want));
        let p = if g == 0 {
            0.0
        } else {
            f64::from(common) / f64::from(g)
        };
        let r = if w == 0 {
            0.0
        } else {
            f64::from(common) / f64::from(w)
        };
        let f1 = if w == 0 && g == 0 {
            1.0
        } else if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        f1s.push(f1);
        if let Some(want) = want_readerable {
            let got = article.looks_like_an_article();
            let tally = if want {
                &mut readerable.0
            } else {
                &mut readerable.1
            };
            tally.1 += 1;
            if got == want {
                tally.0 += 1;
            } else {
                missed.push(name.clone());
            }
        }
        if g == 0 && w >= 50 {
            empty.push(name.clone());
        }
        let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let got_title = article.title.clone().unwrap_or_default();
        let title_ok = !want_title.is_empty() && fold(&want_title) == fold(&got_title);
        if !want_title.is_empty() {
            titles.1 += 1;
            if title_ok {
                titles.0 += 1;
            }
        }
        let mark = if want_title.is_empty() {
            String::from("-")
        } else if title_ok {
            String::from("ok")
        } else {
            format!("{got_title:?} want {want_title:?}")
        };
        println!(
            "{name:<42} {w:>6} {p:>6.3} {r:>6.3} {f1:>6.3} {:>6.1}  {mark}",
            took.as_secs_f64() * 1000.0
        );
        if show {
            println!(
                "--- byline {:?} lang {:?} published {:?}",
                article.byline, article.lang, article.published
            );
            println!("{}\n---", article.text);
        }
    }
    if f1s.is_empty() {
        println!("no pages");
        return;
    }
    let n = f1s.len();
    let mean = f1s.iter().sum::<f64>() / n as f64;
    let mut sorted = f1s.clone();
    sorted.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    times.sort_by(f64::total_cmp);
    println!();
    println!("pages {n}: mean F1 {mean:.4}, median F1 {median:.4}");
    println!("titles right {}/{}", titles.0, titles.1);
    println!(
        "looks like an article: {}/{} of the readerable pages, not {}/{} of the others; differs on {:?}",
        readerable.0 .0, readerable.0 .1, readerable.1 .0, readerable.1 .1, missed
    );
    println!(
        "empty results (>= 50 expected tokens): {} {:?}",
        empty.len(),
        empty
    );
    println!(
        "extraction time (native, after parsing): median {:.2} ms, max {:.2} ms",
        times[times.len() / 2],
        times[times.len() - 1]
    );
}
