//! Tests of the JavaScript binding (`wasm/src/lib.rs`), run by wasm-bindgen-test.
//!
//! They exist only on wasm32, so a native `cargo test` skips them. The same
//! build runs in a browser and in Node (`make test-wasm` does both):
//!
//! ```text
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//! CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
//!     cargo test --target wasm32-unknown-unknown --test wasm   # headless Chromium
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!     cargo test --target wasm32-unknown-unknown --test wasm   # Node
//! ```
//!
//! (No `wasm_bindgen_test_configure!(run_in_browser)`: it would pin the
//! browser and rule out the Node run.)
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect, JSON};
use salient_wasm::{algorithms, analyze, score_sentences, summarize, version};
use wasm_bindgen::{JsCast, JsError, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = "The harbour city opened its new tram line on Saturday after six years of building work. \
    Thousands of residents rode the trams for free on the first day, and the operator counted more than forty thousand trips. \
    The line links the central station with the university and the hospital in the north of the city. \
    Critics had warned that the project would run over budget, and the final cost was a fifth higher than planned. \
    The mayor said the tram line would cut car traffic in the centre by a tenth within two years. \
    A second line to the airport is planned, but the council has not yet found the money for it.";

/// Sentences with astral-plane emoji (two UTF-16 units each) and CJK text
/// (one unit per character, three bytes in UTF-8).
const MIXED: &str = "Fans 😀 queued all night for the opening concert of the harbour festival 🎉 on Friday. \
    東京の市議会は火曜日に新しい予算を承認した。予算は学校への支出を四パーセント増やす。 \
    The organisers 🎶 said that more than twenty thousand tickets were sold in the first hour. \
    市政府周二批准了新的预算，用于修建两条新的电车线路。 \
    Rain 🌧️ is expected on Sunday, but the concerts will go ahead on the covered stage by the water.";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("Reflect.get")
}

fn array(value: &JsValue, key: &str) -> Array {
    get(value, key)
        .dyn_into::<Array>()
        .unwrap_or_else(|_| panic!("{key} should be an array"))
}

fn number(value: &JsValue, key: &str) -> f64 {
    get(value, key)
        .as_f64()
        .unwrap_or_else(|| panic!("{key} should be a number"))
}

fn string(value: &JsValue, key: &str) -> String {
    get(value, key)
        .as_string()
        .unwrap_or_else(|| panic!("{key} should be a string"))
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("valid JSON")
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn ok(result: Result<JsValue, JsError>) -> JsValue {
    match result {
        Ok(value) => value,
        Err(e) => panic!("unexpected error: {:?}", error_message(JsValue::from(e))),
    }
}

fn error_message(error: JsValue) -> String {
    let error: js_sys::Error = error
        .dyn_into()
        .expect("the binding should throw a JavaScript Error");
    String::from(error.message())
}

/// Calls `summarize` and returns the message of the Error it throws.
fn summarize_error(options: JsValue) -> String {
    match summarize(text(ARTICLE), options) {
        Ok(value) => panic!("expected an error, got {:?}", JSON::stringify(&value)),
        Err(e) => error_message(JsValue::from(e)),
    }
}

/// `Object.getPrototypeOf(value) === Object.prototype`: a plain object, not a Map.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object()
        && !Array::is_array(value)
        && Object::get_prototype_of(value) == Object::get_prototype_of(&Object::new())
}

/// UTF-16 offset of a byte offset, computed the slow and obvious way.
fn utf16_at(s: &str, byte: usize) -> f64 {
    s[..byte].encode_utf16().count() as f64
}

#[wasm_bindgen_test]
fn returns_the_requested_number_of_sentences_in_document_order() {
    for n in 1..=4 {
        let result = ok(summarize(
            text(ARTICLE),
            options(&format!(r#"{{"sentences": {n}}}"#)),
        ));
        let sentences = array(&result, "sentences");
        assert_eq!(sentences.length(), n);
        let stats = get(&result, "stats");
        assert_eq!(number(&stats, "summarySentences"), n as f64);
        assert_eq!(number(&stats, "inputSentences"), 6.0);
        let indices: Vec<f64> = sentences.iter().map(|s| number(&s, "index")).collect();
        assert!(indices.windows(2).all(|w| w[0] < w[1]), "{indices:?}");
    }
}

#[wasm_bindgen_test]
fn no_options_means_three_sentences_and_ten_keywords_at_most() {
    for absent in [JsValue::UNDEFINED, JsValue::NULL, options("{}")] {
        let result = ok(summarize(text(ARTICLE), absent));
        assert_eq!(array(&result, "sentences").length(), 3);
        let keywords = array(&result, "keywords");
        assert!(keywords.length() > 0 && keywords.length() <= 10);
    }
    let null_fields = r#"{"sentences": null, "ratio": null, "words": null, "algorithm": null}"#;
    let result = ok(summarize(text(ARTICLE), options(null_fields)));
    assert_eq!(array(&result, "sentences").length(), 3);
    let result = ok(summarize(text(ARTICLE), options(r#"{"keywords": 0}"#)));
    assert_eq!(array(&result, "keywords").length(), 0);
}

#[wasm_bindgen_test]
fn results_are_plain_objects_and_arrays() {
    let result = ok(analyze(text(ARTICLE), options(r#"{"keywords": 3}"#)));
    assert!(is_plain_object(&result));
    assert!(is_plain_object(&get(&result, "stats")));
    for key in ["sentences", "keywords", "removed", "all"] {
        for item in array(&result, key).iter() {
            assert!(is_plain_object(&item), "{key}");
        }
    }
    let first = array(&result, "sentences").get(0);
    for key in ["text", "score", "start", "end", "index"] {
        assert!(Reflect::has(&first, &text(key)).unwrap(), "{key}");
    }
    let keyword = array(&result, "keywords").get(0);
    assert!(!string(&keyword, "text").is_empty());
    assert!(number(&keyword, "score").is_finite());
    let title = get(&result, "title");
    assert!(title.is_null() || title.is_string());
    let stats = get(&result, "stats");
    for key in [
        "inputWords",
        "inputSentences",
        "summaryWords",
        "summarySentences",
        "inputChars",
    ] {
        assert!(number(&stats, key) >= 0.0, "{key}");
    }
    assert_eq!(number(&stats, "inputChars"), ARTICLE.chars().count() as f64);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_and_match_the_core() {
    let core = salient::summarize(MIXED, &salient::Options::sentences(2)).unwrap();
    let result = ok(analyze(text(MIXED), options(r#"{"sentences": 2}"#)));
    let all = array(&result, "all");
    assert_eq!(all.length() as usize, core.sentences.len());
    assert!(core.sentences.len() >= 4, "{:?}", core.texts());
    let js_text = JsString::from(MIXED);
    for (js, rust) in all.iter().zip(&core.sentences) {
        let (start, end) = (number(&js, "start"), number(&js, "end"));
        assert_eq!(start, utf16_at(MIXED, rust.range.start), "{}", rust.text);
        assert_eq!(end, utf16_at(MIXED, rust.range.end), "{}", rust.text);
        let slice = String::from(js_text.slice(start as u32, end as u32));
        assert_eq!(slice, MIXED[rust.range.clone()]);
        assert_eq!(string(&js, "text"), rust.text);
        assert_eq!(get(&js, "selected").as_bool(), Some(rust.selected));
    }
    // The summary's sentences are the selected candidates, with the same offsets.
    let selected: Vec<(f64, f64)> = all
        .iter()
        .filter(|s| get(s, "selected").as_bool() == Some(true))
        .map(|s| (number(&s, "start"), number(&s, "end")))
        .collect();
    let summary: Vec<(f64, f64)> = array(&result, "sentences")
        .iter()
        .map(|s| (number(&s, "start"), number(&s, "end")))
        .collect();
    assert_eq!(selected, summary);
    assert_eq!(summary.len(), 2);
    // Something after the first emoji must have been shifted by it.
    let last = all.get(all.length() - 1);
    let byte_start = core.sentences.last().unwrap().range.start;
    assert!(number(&last, "start") < byte_start as f64);
}

#[wasm_bindgen_test]
fn removed_text_has_utf16_offsets_and_a_reason() {
    let page = "Council approves tram budget 🚋\n\nRead more\n\n\
        The city council approved the budget for the tram line on Tuesday after a long debate. \
        The budget raises spending on public transport by a tenth over two years. \
        Critics 😠 said the council had ignored the bus network in the suburbs. \
        The mayor will sign the budget next week, her office said.\n\n\
        Share this article\n\nAdvertisement\n";
    let core = salient::summarize(page, &salient::Options::sentences(2)).unwrap();
    let result = ok(summarize(text(page), JsValue::UNDEFINED));
    let removed = array(&result, "removed");
    assert!(!core.removed.is_empty(), "{:?}", core.removed);
    assert_eq!(removed.length() as usize, core.removed.len());
    let js_text = JsString::from(page);
    for (js, rust) in removed.iter().zip(&core.removed) {
        assert_eq!(string(&js, "reason"), rust.reason.label());
        assert_eq!(string(&js, "text"), rust.text);
        let (start, end) = (number(&js, "start"), number(&js, "end"));
        assert_eq!(start, utf16_at(page, rust.range.start));
        assert_eq!(end, utf16_at(page, rust.range.end));
        let slice = String::from(js_text.slice(start as u32, end as u32));
        assert_eq!(slice, page[rust.range.clone()]);
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_aligned() {
    // JavaScript strings may hold unpaired surrogates; they reach Rust as
    // U+FFFD, one UTF-16 unit like the surrogate itself.
    let lone = JsString::from_char_code1(0xD83D);
    let input = JsString::from("The museum reopened its doors ")
        .concat(&lone)
        .concat(&JsString::from(
            " on Monday after a long renovation of the roof and the halls. \
             Visitors waited for hours in the rain to see the restored paintings ",
        ))
        .concat(&JsString::from_char_code1(0xDC00))
        .concat(&JsString::from(
            " in the main hall. The director said the work had cost less than expected. \
             A new wing for modern art will open next spring.",
        ));
    let lossy = input.as_string().unwrap();
    assert!(lossy.contains('\u{FFFD}'));
    assert_eq!(lossy.encode_utf16().count(), input.length() as usize);
    let core = salient::summarize(&lossy, &salient::Options::sentences(2)).unwrap();
    let scores = score_sentences(input.clone().into(), JsValue::UNDEFINED);
    let all: Array = ok(scores).dyn_into().unwrap();
    assert_eq!(all.length() as usize, core.sentences.len());
    for (js, rust) in all.iter().zip(&core.sentences) {
        let (start, end) = (number(&js, "start"), number(&js, "end"));
        assert_eq!(start, utf16_at(&lossy, rust.range.start));
        let slice = input.slice(start as u32, end as u32);
        assert_eq!(slice.as_string().unwrap(), lossy[rust.range.clone()]);
    }
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_summary() {
    for input in ["", "   \n\t  "] {
        let result = ok(analyze(text(input), JsValue::UNDEFINED));
        assert_eq!(array(&result, "sentences").length(), 0);
        assert_eq!(array(&result, "all").length(), 0);
        assert_eq!(array(&result, "keywords").length(), 0);
        assert_eq!(number(&get(&result, "stats"), "summarySentences"), 0.0);
        let scores: Array = ok(score_sentences(text(input), JsValue::UNDEFINED))
            .dyn_into()
            .unwrap();
        assert_eq!(scores.length(), 0);
    }
}

#[wasm_bindgen_test]
fn analyze_adds_every_candidate_and_score_sentences_returns_them() {
    let opts = r#"{"ratio": 0.5, "algorithm": "TextRank"}"#;
    let analysis = ok(analyze(text(ARTICLE), options(opts)));
    let all = array(&analysis, "all");
    assert_eq!(all.length(), 6);
    let selected = all
        .iter()
        .filter(|s| get(s, "selected").as_bool() == Some(true))
        .count();
    assert_eq!(selected, 3);
    assert_eq!(array(&analysis, "sentences").length(), 3);
    let summary = ok(summarize(text(ARTICLE), options(opts)));
    assert!(get(&summary, "all").is_undefined());
    let scores: Array = ok(score_sentences(text(ARTICLE), options(opts)))
        .dyn_into()
        .unwrap();
    assert_eq!(JSON::stringify(&scores), JSON::stringify(&all));
}

#[wasm_bindgen_test]
fn every_length_option_works() {
    let all = ok(summarize(text(ARTICLE), options(r#"{"ratio": 1}"#)));
    assert_eq!(array(&all, "sentences").length(), 6);
    let short = ok(summarize(text(ARTICLE), options(r#"{"words": 1}"#)));
    assert_eq!(array(&short, "sentences").length(), 1);
    let budget = ok(summarize(text(ARTICLE), options(r#"{"words": 40}"#)));
    let words = number(&get(&budget, "stats"), "summaryWords");
    assert!((1.0..=40.0).contains(&words), "{words}");
    let many = ok(summarize(text(ARTICLE), options(r#"{"sentences": 1e12}"#)));
    assert_eq!(array(&many, "sentences").length(), 6);
    let huge = r#"{"words": 1e15, "keywords": 1e15}"#;
    let everything = ok(summarize(text(ARTICLE), options(huge)));
    assert_eq!(array(&everything, "sentences").length(), 6);
    assert!(array(&everything, "keywords").length() > 10);
    for name in salient::Algorithm::NAMES {
        let opts = format!(r#"{{"algorithm": "{name}", "sentences": 2}}"#);
        let result = ok(summarize(text(ARTICLE), options(&opts)));
        assert_eq!(array(&result, "sentences").length(), 2, "{name}");
    }
}

#[wasm_bindgen_test]
fn every_option_the_library_names_is_read() {
    let values = [
        ("sentences", "2"),
        ("ratio", "0.5"),
        ("words", "30"),
        ("algorithm", r#""lead""#),
        ("keywords", "2"),
        ("language", r#""en""#),
    ];
    let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, salient::Options::FIELDS);
    for (name, value) in values {
        ok(summarize(
            text(ARTICLE),
            options(&format!("{{\"{name}\": {value}}}")),
        ));
    }
    let all = values.map(|(n, v)| format!("\"{n}\": {v}")).join(", ");
    let message = summarize_error(options(&format!("{{{all}}}")));
    assert!(message.contains("at most one"), "{message}");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_option() {
    let cases: &[(&str, &[&str])] = &[
        (r#"{"sentences": 0}"#, &["sentences", "at least 1"]),
        (r#"{"sentences": -2}"#, &["sentences", "-2"]),
        (r#"{"sentences": 2.5}"#, &["sentences", "whole number"]),
        (r#"{"sentences": "3"}"#, &["sentences", "string"]),
        (r#"{"sentences": true}"#, &["sentences", "boolean"]),
        (r#"{"sentences": [3]}"#, &["sentences", "array"]),
        (r#"{"ratio": 2}"#, &["ratio", "got the number 2"]),
        (r#"{"ratio": 0}"#, &["ratio"]),
        (r#"{"ratio": "half"}"#, &["ratio", "string"]),
        (r#"{"words": 0}"#, &["word", "at least 1"]),
        (r#"{"keywords": -1}"#, &["keywords", "-1"]),
        (r#"{"keywords": 1.5}"#, &["keywords", "whole number"]),
        (
            r#"{"algorithm": "pagerank"}"#,
            &["algorithm", "pagerank", "textrank"],
        ),
        (r#"{"algorithm": 3}"#, &["algorithm", "number"]),
        (r#"{"sentences": 2, "ratio": 0.5}"#, &["at most one"]),
        (r#"{"sentence": 2}"#, &["unknown option", "sentence"]),
        ("[]", &["options must be an object"]),
        ("3", &["options must be an object", "3"]),
        (r#""short""#, &["options must be an object"]),
    ];
    for (json, needles) in cases {
        let message = summarize_error(options(json));
        for needle in *needles {
            assert!(
                message.contains(needle),
                "{json}: {message:?} lacks {needle:?}"
            );
        }
    }
    for (key, value) in [
        ("ratio", f64::NAN),
        ("sentences", f64::NAN),
        ("words", f64::INFINITY),
    ] {
        let opts = Object::new();
        Reflect::set(&opts, &text(key), &JsValue::from_f64(value)).unwrap();
        let message = summarize_error(opts.into());
        assert!(message.contains(key), "{message:?}");
    }
}

#[wasm_bindgen_test]
fn every_entry_point_rejects_bad_input() {
    let bad = || options(r#"{"sentences": 0}"#);
    for result in [
        analyze(text(ARTICLE), bad()),
        score_sentences(text(ARTICLE), bad()),
        summarize(JsValue::from_f64(42.0), JsValue::UNDEFINED),
        summarize(JsValue::UNDEFINED, JsValue::UNDEFINED),
    ] {
        let message = error_message(JsValue::from(result.expect_err("should fail")));
        assert!(!message.is_empty());
    }
    let message = error_message(JsValue::from(
        summarize(JsValue::NULL, JsValue::UNDEFINED).expect_err("should fail"),
    ));
    assert!(message.contains("string"), "{message:?}");
}

#[wasm_bindgen_test]
fn a_text_too_long_for_wasm_memory_is_refused_before_it_is_copied() {
    use salient_wasm::detect_language;
    // 50 million UTF-16 units plus one; read in, it could take gigabytes
    let long: JsValue = JsString::from("ab. ")
        .repeat(12_500_000)
        .concat(&text("c"))
        .into();
    assert_eq!(long.unchecked_ref::<JsString>().length(), 50_000_001);
    for result in [
        summarize(long.clone(), JsValue::UNDEFINED),
        analyze(long.clone(), JsValue::UNDEFINED),
        score_sentences(long.clone(), JsValue::UNDEFINED),
        detect_language(&long),
    ] {
        let message = error_message(JsValue::from(result.expect_err("should fail")));
        assert!(message.contains("too long"), "{message:?}");
        assert!(message.contains("50 million"), "{message:?}");
    }
    // and the module still works
    assert_eq!(
        array(
            &ok(summarize(text(ARTICLE), JsValue::UNDEFINED)),
            "sentences"
        )
        .length(),
        3
    );
}

/// Counts may be BigInts (`{sentences: 2n}`), as serde had read them; one
/// beyond any count is read as the number it is nearest, as `1e60` is.
#[wasm_bindgen_test]
fn bigint_counts_are_read() {
    let opts = Object::new();
    Reflect::set(
        &opts,
        &text("sentences"),
        &js_sys::BigInt::from(2i64).into(),
    )
    .unwrap();
    let summary = ok(summarize(text(ARTICLE), opts.into()));
    assert_eq!(array(&summary, "sentences").length(), 2);
    let everything = array(
        &ok(summarize(text(ARTICLE), options(r#"{"words": 1e60}"#))),
        "sentences",
    )
    .length();
    for (digits, ok_as_number) in [
        (format!("1{}", "0".repeat(60)), true),
        (format!("-1{}", "0".repeat(60)), false),
    ] {
        let big = js_sys::BigInt::new(&text(&digits)).unwrap();
        let opts = Object::new();
        Reflect::set(&opts, &text("words"), &big.into()).unwrap();
        if ok_as_number {
            let summary = ok(summarize(text(ARTICLE), opts.into()));
            assert_eq!(array(&summary, "sentences").length(), everything, "as 1e60");
        } else {
            let message = summarize_error(opts.into());
            assert_eq!(
                message,
                summarize_error(options(r#"{"words": -1e60}"#)),
                "as -1e60"
            );
            assert!(message.contains("the number -1e+60"), "{message:?}");
        }
    }
}

#[wasm_bindgen_test]
fn option_values_that_are_objects_are_named_as_such() {
    // new String("de"), new Number(3): objects, not a string or a number
    let wrap = |constructor: &str, value: JsValue| -> JsValue {
        let class = Reflect::get(&js_sys::global(), &text(constructor)).unwrap();
        Reflect::construct(
            class.unchecked_ref::<js_sys::Function>(),
            &Array::of1(&value),
        )
        .unwrap()
    };
    let opts = Object::new();
    Reflect::set(&opts, &text("language"), &wrap("String", text("de"))).unwrap();
    let message = summarize_error(opts.into());
    assert!(message.contains("language"), "{message:?}");
    assert!(message.contains("an object"), "{message:?}");
    let opts = Object::new();
    Reflect::set(&opts, &text("sentences"), &wrap("Number", JsValue::from(3))).unwrap();
    let message = summarize_error(opts.into());
    assert!(message.contains("sentences"), "{message:?}");
    assert!(message.contains("an object"), "{message:?}");
}

#[wasm_bindgen_test]
fn version_and_algorithms() {
    assert_eq!(version(), salient::VERSION);
    let list: Array = algorithms().unwrap().dyn_into().unwrap();
    let names: Vec<String> = list.iter().map(|a| string(&a, "name")).collect();
    assert_eq!(names, salient::Algorithm::NAMES);
    for a in list.iter() {
        assert!(is_plain_object(&a));
        assert!(!string(&a, "description").is_empty());
    }
}

/// The text of lang/detect.txt, as scripts/build-wasm.sh writes it.
fn detection_file() -> String {
    use salient::Lexicon;
    let mut text = salient::lexicon::Evidence::write();
    text.push_str("# titles\n");
    for t in salient::lexicon::Builtin.neutral_titles().iter() {
        text.push_str(t);
        text.push('\n');
    }
    text
}

/// With a language's file (and the detector's evidence) given, the text is
/// split and summarised as the library does with its built-in data.
#[wasm_bindgen_test]
fn language_files_give_the_librarys_sentences() {
    use salient::lexicon::LanguageFile;
    use salient::Lang;
    use salient_wasm::{add_stopwords, set_detection};
    set_detection(&detection_file()).unwrap();
    for (lang, text) in [
        (
            Lang::Da,
            "Byen bygger nye stier, f.eks. ved åen. Den 3. plads gik til Aarhus. \
             Prof. Hansen sagde den 12. juni, at arbejdet bl.a. starter snart. \
             Beboerne i Skt. Annæ Gade glæder sig til de nye stier og træerne.",
        ),
        (
            Lang::Ru,
            "В г. Москва прошла встреча. Она прошла в 2010 г. Участники обсудили ул. Ленина \
             и т. д. Решение примут позже, сказал проф. Иванов.",
        ),
        (
            Lang::Es,
            "La Srta. García llegó a las 5. El Sr. López, etc. Luego habló la Dra. Ruiz sobre \
             el proyecto. Todos aplaudieron al final de la reunión.",
        ),
    ] {
        add_stopwords(lang.code(), &LanguageFile::write(lang)).unwrap();
        let opts = r#"{"sentences": 10, "keywords": 0}"#;
        let got = ok(salient_wasm::analyze(self::text(text), options(opts)));
        let want = salient::summarize(text, &salient::Options::sentences(10)).unwrap();
        let got: Vec<String> = array(&got, "all")
            .iter()
            .map(|s| string(&s, "text"))
            .collect();
        let want: Vec<String> = want.sentences.iter().map(|s| s.text.clone()).collect();
        assert_eq!(got, want, "{lang:?}");
    }
    // a text too short to place: the titles of every language
    let short = "Sig.ra Rossi e Dott. Bianchi.";
    let got = ok(salient_wasm::analyze(
        text(short),
        options(r#"{"sentences": 5}"#),
    ));
    let want = salient::split_sentences(short);
    assert_eq!(array(&got, "all").length() as usize, want.len());
}

const GERMAN: &str = "Der Stadtrat hat am Dienstag beschlossen, die Buslinie bis zum neuen Wohngebiet zu verlängern. \
    Die Anwohner hatten sich seit Jahren dafür eingesetzt, und die ersten Busse sollen im Frühjahr fahren. \
    Die Kosten für die Verlängerung der Buslinie trägt die Stadt, die Häuser im Wohngebiet werden im Sommer fertig. \
    Der Bürgermeister sagte, die neue Buslinie werde den Verkehr in der Innenstadt entlasten.";

#[wasm_bindgen_test]
fn languages_are_detected_reported_and_loaded_on_demand() {
    use salient_wasm::{
        add_stopwords, detect_language, has_detection, has_stopwords, languages, set_detection,
        set_stemmer,
    };
    // the detector's evidence comes from JavaScript (lang/detect.txt)
    // null (not undefined) when it cannot tell; an Error for no string
    let detect = |text: &str| ok(detect_language(&JsValue::from_str(text)));
    if !has_detection() {
        assert!(detect(GERMAN).is_null());
    }
    assert!(set_detection("en\tKlingon\t\tthe\n").is_err());
    set_detection(&detection_file()).unwrap();
    assert!(has_detection());
    assert_eq!(detect(GERMAN).as_string().as_deref(), Some("de"));
    assert!(detect("1234 !!").is_null());
    for odd in [JsValue::from(42), JsValue::NULL, JsValue::UNDEFINED] {
        let message = error_message(detect_language(&odd).unwrap_err().into());
        assert!(message.contains("must be a string"), "{message}");
    }
    let list: Array = languages().unwrap().dyn_into().unwrap();
    let de = list
        .iter()
        .find(|l| string(l, "code") == "de")
        .expect("German is known");
    assert_eq!(string(&de, "name"), "German");
    assert_eq!(string(&de, "stemming"), "stemmer");
    let en = list.iter().find(|l| string(l, "code") == "en").unwrap();
    assert_eq!(string(&en, "stemming"), "builtin");

    let keywords = |result: &JsValue| -> Vec<String> {
        array(result, "keywords")
            .iter()
            .map(|k| string(&k, "text"))
            .collect()
    };
    // without German data: detected, but stopwords are keywords
    let before = ok(summarize(text(GERMAN), options(r#"{"keywords": 5}"#)));
    assert_eq!(string(&before, "language"), "de");
    assert!(!has_stopwords("de"));
    add_stopwords(
        "de",
        "der\ndie\ndas\nund\nim\nzu\nden\nbis\nzum\nhat\nam\nsich\nseit\nfür\nwerde\nwerden",
    )
    .unwrap();
    assert!(has_stopwords("de"));
    // a stemmer from JavaScript: here, one that strips a final "n"
    let strip_n = js_sys::Function::new_with_args(
        "code, word",
        "return code === 'de' ? word.replace(/n$/, '') : word",
    );
    set_stemmer(strip_n);
    let after = ok(summarize(text(GERMAN), options(r#"{"keywords": 5}"#)));
    for k in keywords(&after) {
        assert!(
            !["der", "die", "und"].contains(&k.to_lowercase().as_str()),
            "{k}"
        );
    }
    assert_ne!(keywords(&before), keywords(&after));
    // the option
    let as_dutch = ok(summarize(text(GERMAN), options(r#"{"language": "nl"}"#)));
    assert_eq!(string(&as_dutch, "language"), "nl");
    let auto = ok(summarize(text(GERMAN), options(r#"{"language": "auto"}"#)));
    assert_eq!(string(&auto, "language"), "de");
    for (json, needle) in [
        (r#"{"language": "klingon"}"#, "language"),
        (r#"{"language": 3}"#, "the number 3"),
    ] {
        let message = summarize_error(options(json));
        assert!(message.contains(needle), "{json}: {message}");
    }
    assert!(add_stopwords("xx", "a").is_err());
}
