//! The command-line contract: what other tools rely on.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn salient(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_salient"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the program may exit before reading (bad flags): a closed pipe is fine
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

const ARTICLE: &str = "Storm hits coast\n\
    A storm hit the coast on Monday,\ncutting power to 40,000 homes.\n\
    Read more: Storm names explained\n\
    Engineers restored power to most homes by Tuesday. The storm moved inland and weakened. \
    Schools reopened on Wednesday after the clean-up. Officials said damage would cost millions.";

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn prints_one_sentence_per_line() {
    let o = salient(&["--sentences", "2"], ARTICLE);
    assert!(o.status.success());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines.iter().all(|l| !l.contains("Read more")));
    let all = salient(&["-n", "10"], ARTICLE);
    assert!(
        stdout(&all).contains("A storm hit the coast on Monday, cutting power to 40,000 homes."),
        "line breaks inside a sentence become spaces"
    );
}

#[test]
fn reads_a_file_and_dash_means_stdin() {
    let dir = std::env::temp_dir().join(format!("salient-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let from_file = salient(&[path.to_str().unwrap()], "");
    let from_stdin = salient(&["-"], ARTICLE);
    assert!(from_file.status.success());
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
    let missing = salient(&[dir.join("nope.txt").to_str().unwrap()], "");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}

#[test]
fn split_prints_every_sentence() {
    let o = salient(&["--split"], ARTICLE);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 5, "{out}");
    assert!(
        !out.contains("Storm hits coast"),
        "headings are not sentences"
    );
}

#[test]
fn split_follows_the_language() {
    // too short to detect: without --language, "3." ends a sentence; German
    // writes ordinals with a full stop
    let text = "Er wurde 3. Sieger.";
    assert_eq!(stdout(&salient(&["--split"], text)).lines().count(), 2);
    let o = salient(&["--split", "--language", "de"], text);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "Er wurde 3. Sieger.\n");
}

#[test]
fn json_is_the_summary_schema() {
    let o = salient(&["--format", "json", "--ratio", "0.4"], ARTICLE);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sentences = v["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 5);
    assert_eq!(
        sentences.iter().filter(|s| s["selected"] == true).count(),
        2
    );
    for s in sentences {
        let (a, b) = (
            s["range"]["start"].as_u64().unwrap() as usize,
            s["range"]["end"].as_u64().unwrap() as usize,
        );
        assert!(ARTICLE[a..b].starts_with(&s["text"].as_str().unwrap()[..5]));
        assert!(s["score"].is_number());
    }
    assert!(!v["keywords"].as_array().unwrap().is_empty());
    assert_eq!(v["removed"][0]["reason"], "read more");
    assert_eq!(v["stats"]["input_sentences"], 5);
    assert_eq!(v["stats"]["summary_sentences"], 2);
    assert_eq!(v["title"], "Storm hits coast");
    // the library's own type reads it back
    let summary: salient::Summary = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(summary.selected().count(), 2);
    assert_eq!(summary.removed[0].reason, salient::RemovalReason::ReadMore);
}

#[test]
fn bad_flags_fail_clearly() {
    for (args, needle) in [
        (&["--sentences", "0"][..], "at least 1"),
        (
            &["--ratio", "1.5"][..],
            "at most 1 (got more than 1): 1.5 was given",
        ),
        (
            &["--ratio", "1e300"][..],
            "(got more than 1): 1e300 was given",
        ),
        (&["--ratio", "0"][..], "(got 0 or less): 0 was given"),
        (
            &["--ratio", "-2e-9"][..],
            "(got 0 or less): -2e-9 was given",
        ),
        (&["--ratio", "abc"][..], "expects a number"),
        (&["--algorithm", "pagerank"][..], "unknown algorithm"),
        (&["--format", "xml"][..], "text or json"),
        (&["--frobnicate"][..], "unknown option"),
        (&["--sentences"][..], "needs a value"),
        (&["--sentences", "2", "--words", "10"][..], "conflicts"),
        (
            &["--words", "-5"][..],
            "--words expects a whole number of 0 or more, got -5",
        ),
        (
            &["--keywords", "2.5"][..],
            "--keywords expects a whole number, got \"2.5\"",
        ),
        (
            &["-n", "99999999999999999999999"][..],
            "-n: 99999999999999999999999 is too large",
        ),
        (&["--jobs", "0"][..], "at least 1"),
    ] {
        let o = salient(args, ARTICLE);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

#[test]
fn help_documents_every_option() {
    let o = salient(&["--help"], "");
    let out = stdout(&o);
    for flag in [
        "--sentences",
        "--ratio",
        "--words",
        "--algorithm",
        "--keywords",
        "--format",
        "--split",
        "--jsonl",
        "textrank",
        "lexrank",
        "luhn",
    ] {
        assert!(out.contains(flag), "{flag} missing from --help");
    }
}

#[test]
fn jsonl_streams_in_order_and_survives_bad_lines() {
    let input = [
        r#"{"id": 1, "text": "First story. It has two sentences. And a third."}"#,
        r#"not json"#,
        r#"{"id": "b", "text": "Second story is here. More of it.", "sentences": 1}"#,
        r#"{"id": 3, "text": "x", "ratio": 7}"#,
        r#"{"id": 4}"#,
        r#"{"id": 5, "text": "Fifth. Story.", "algorithm": "lexrank", "words": 1}"#,
        "",
    ]
    .join("\n");
    let o = salient(&["--jsonl", "--sentences", "2"], &input);
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let selected = |line: &serde_json::Value| {
        let all = line["sentences"].as_array().unwrap();
        all.iter().filter(|s| s["selected"] == true).count()
    };
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(selected(&lines[0]), 2);
    assert!(lines[0]["keywords"].is_array());
    assert!(lines[1]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(selected(&lines[2]), 1);
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .ends_with("(got more than 1): 7 was given"));
    assert!(lines[4]["error"].as_str().unwrap().contains("text"));
    assert_eq!(selected(&lines[5]), 1);
}

#[test]
fn language_is_detected_reported_and_can_be_set() {
    let german = "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen. \
        Die Abgeordneten stimmten mit großer Mehrheit für die Reform der Rente. \
        Die Opposition kritisierte die Entscheidung scharf und kündigte Widerstand an.";
    let language = |args: &[&str]| {
        let o = salient(args, german);
        assert!(o.status.success(), "{args:?}");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["language"].clone()
    };
    assert_eq!(language(&["-f", "json"]), "de");
    assert_eq!(language(&["-f", "json", "--language", "nl"]), "nl");
    assert_eq!(language(&["-f", "json", "-l", "auto"]), "de");
    let o = salient(&["--language", "klingon"], german);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown language"));
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "text": german}),
        serde_json::json!({"id": 2, "text": german, "language": "sv"})
    );
    let o = salient(&["--jsonl"], &input);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["language"], "de");
    assert_eq!(lines[1]["language"], "sv");
}

/// Many threads give the same lines in the same order as one.
#[test]
fn jobs_keep_input_order() {
    let mut input = String::new();
    for i in 0..60 {
        // uneven lengths, so that threads finish out of order
        let text = "The council met again and voted on the plan. ".repeat(1 + (i * 7) % 40);
        input.push_str(&serde_json::json!({"id": i, "text": text, "sentences": 1}).to_string());
        input.push('\n');
        if i % 13 == 0 {
            input.push_str("not json\n\n");
        }
    }
    let one = salient(&["--jsonl", "--jobs", "1"], &input);
    let four = salient(&["--jsonl", "--jobs", "4"], &input);
    assert!(one.status.success() && four.status.success());
    assert_eq!(stdout(&one), stdout(&four));
    assert_eq!(stdout(&four).lines().count(), 65);
    let bad = salient(&["--jobs", "0", "--jsonl"], "");
    assert_eq!(bad.status.code(), Some(2));
}

/// A saved web page (tests/fixtures/articles/library-reopens.html).
fn saved_page() -> (std::path::PathBuf, String) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/articles/library-reopens.html");
    let html = std::fs::read_to_string(&path).unwrap();
    (path, html)
}

#[test]
fn summarises_saved_web_pages() {
    let (path, html) = saved_page();
    // (name, args, stdin)
    let path = path.to_str().unwrap();
    let cases: Vec<(&str, Vec<&str>, &str)> = vec![
        ("detected by extension", vec![path], ""),
        ("detected by content", vec!["-"], &html),
        ("forced", vec!["--html", "-"], &html),
    ];
    for (name, args, stdin) in cases {
        let o = salient(&args, stdin);
        assert!(o.status.success(), "{name}");
        let out = stdout(&o);
        assert_eq!(out.lines().count(), 3, "{name}: {out}");
        for banned in ["MUST-NOT-APPEAR", "<", "Sign up", "By Sunita Reddy"] {
            assert!(!out.contains(banned), "{name}: {banned:?} in {out}");
        }
    }
    let extracted = stdout(&salient(&["--extract", path], ""));
    assert!(extracted.starts_with("Halvergate library reopens after flood repairs\n\n"));
    assert!(extracted.contains("\n\nThe £3.2 million restoration was paid for"));
    assert!(!extracted.contains("NAVIGATION-LINK-MUST-NOT-APPEAR"));
    // As text, the page's title is not found (it is inside <title>).
    let title = "\"title\":\"Halvergate library reopens after flood repairs\"";
    let raw = stdout(&salient(&["--no-html", "--format", "json", path], ""));
    assert!(!raw.contains(title), "{raw}");
    let page = stdout(&salient(&["--format", "json", path], ""));
    assert!(page.contains(title), "{page}");
    let bad = salient(&["--jsonl", "--html"], "");
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        !String::from_utf8_lossy(&salient(&[path], "").stderr).contains("article"),
        "an article page is summarised without a word"
    );
}

#[test]
fn a_page_without_an_article_is_summarised_with_a_warning() {
    // a front page: menus and headline cards (tests/fixtures/pages/front-page.html)
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/pages/front-page.html");
    let o = salient(&[path.to_str().unwrap()], "");
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("does not look like an article"), "{err}");
    assert!(!stdout(&o).is_empty(), "the text found is still summarised");
}

#[test]
fn jsonl_echoes_ids_as_written_and_reads_a_byte_order_mark() {
    let input = [
        "\u{feff}{\"id\": 18446744073709551617, \"text\": \"A first story. It has two sentences.\"}",
        r#"{"id": 1e2, "text": "Short."}"#,
        r#"{"id": -0, "text": "Short."}"#,
        r#"{"id": {"a": [1, 2]}, "text": "Short."}"#,
        r#"{"text": "No id at all."}"#,
        r#"{"id": 18446744073709551617, "text": 5}"#,
        r#"{"id": 1, "id": 2, "text": "Short."}"#,
    ]
    .join("\n");
    let o = salient(&["--jsonl"], &input);
    assert!(o.status.success());
    let ids: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            // the id's text as printed: between `{"id":` and the next field
            let rest = l.strip_prefix("{\"id\":").unwrap();
            let end = rest.find(",\"").unwrap();
            rest[..end].to_owned()
        })
        .collect();
    assert_eq!(
        ids,
        [
            "18446744073709551617",
            "1e2",
            "-0",
            r#"{"a": [1, 2]}"#,
            "null",
            "18446744073709551617",
            "2"
        ]
    );
    assert!(
        !stdout(&o).lines().next().unwrap().contains("error"),
        "the byte-order mark is no JSON error"
    );
}

#[test]
fn jsonl_reports_output_it_cannot_write() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full here
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_salient"))
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\": 1, \"text\": \"A story. Of two sentences.\"}\n");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot write output"));
}

#[test]
fn decodes_files_as_the_page_does() {
    let dir = std::env::temp_dir().join(format!("salient-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            "Grüße aus Köln. Es regnet."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    // (name, bytes, args, expected in the output)
    let cases: &[(&str, Vec<u8>, &[&str], &str)] = &[
        ("latin1.txt", b"Le caf\xe9 est ouvert. L'\xe9t\xe9 arrive.".to_vec(), &["-n", "5"], "Le café est ouvert.\nL'été arrive."),
        ("quotes.txt", b"\x93Yes,\x94 she said \x96 at last. Then she left.".to_vec(), &["-n", "5"], "“Yes,” she said – at last."),
        ("utf16.txt", utf16, &["-n", "5"], "Grüße aus Köln."),
        (
            "cp1251.html",
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe3\xee\xf0\xee\xe4\xe0 \xe8 \xe4\xed\xff</title></head><body><p>\xc3\xee\xf0\xee\xe4 \xef\xee\xf1\xf2\xf0\xee\xe8\xf2 \xed\xee\xe2\xf3\xfe \xe1\xee\xeb\xfc\xed\xe8\xf6\xf3.</p></body></html>".to_vec(),
            &["--extract"],
            "Новости города и дня\n\nГород построит новую больницу.",
        ),
        (
            "meta-in-markdown.md",
            "Le café <meta charset=\"iso-8859-1\"> est ouvert. Il pleut.".as_bytes().to_vec(),
            &["-n", "5"],
            "café",
        ),
        (
            "utf16-label.html",
            b"<html><head><meta charset=\"utf-16\"><title>Plain ASCII page title here</title></head><body><p>An ASCII page.</p></body></html>".to_vec(),
            &["--extract"],
            "Plain ASCII page title here",
        ),
        (
            "ampersand.html",
            "<html><head><title>Städte & Flüsse – N</title></head><body><p>One sentence is here. Two are here.</p></body></html>".as_bytes().to_vec(),
            &["--extract"],
            "Städte & Flüsse – N",
        ),
    ];
    for (name, bytes, args, want) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let mut all: Vec<&str> = args.to_vec();
        all.push(path.to_str().unwrap());
        let o = salient(&all, "");
        assert!(
            o.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(stdout(&o).contains(want), "{name}: {}", stdout(&o));
    }
    let binary = dir.join("image.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let o = salient(&[binary.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("looks like a binary file"));
}

#[test]
fn jsonl_flags_misspelled_options_and_reads_web_pages() {
    let page = "<!doctype html><html><head><title>River barrier opens</title></head><body>\
        <nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav><article>\
        <p>The river flows through the old town and past the harbour, where the boats wait.</p>\
        <p>Engineers built a barrier to protect the town from floods in the winter months.</p>\
        </article></body></html>";
    let line = |fields: &str| {
        format!(
            "{{\"id\": 1, \"text\": {}, {fields}}}",
            serde_json::to_string(page).unwrap()
        )
    };
    let input = [
        r#"{"id": 1, "text": "One. Two. Three.", "sentence": 1}"#.to_owned(),
        r#"{"id": 2, "text": "One. Two. Three.", "Keywords": 2}"#.to_owned(),
        r#"{"id": 3, "text": "One. Two. Three.", "source": "wire", "summary": "x", "lang": "en", "rating": 5, "next": 2, "test": 1}"#
            .to_owned(),
        line(r#""sentences": 1"#),
        line(r#""html": false"#),
        line(r#""html": "yes""#),
    ]
    .join("\n");
    let o = salient(&["--jsonl"], &input);
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines[0]["error"],
        "unknown field \"sentence\" (did you mean \"sentences\"?)"
    );
    assert_eq!(
        lines[1]["error"],
        "unknown field \"Keywords\" (did you mean \"keywords\"?)"
    );
    assert!(
        lines[2]["error"].is_null(),
        "other fields are the line's own: {}",
        lines[2]
    );
    // a web page: its article, detected as for a file
    assert_eq!(lines[3]["title"], "River barrier opens");
    let texts = |l: &serde_json::Value| -> String {
        l["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!texts(&lines[3]).contains("Home"), "{}", texts(&lines[3]));
    assert!(
        texts(&lines[4]).contains('<'),
        "html: false takes the markup as text"
    );
    assert_eq!(lines[5]["error"], "html must be true or false, got \"yes\"");
}
