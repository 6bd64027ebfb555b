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
        (&["--ratio", "1.5"][..], "ratio"),
        (&["--ratio", "abc"][..], "expects a number"),
        (&["--algorithm", "pagerank"][..], "unknown algorithm"),
        (&["--format", "xml"][..], "text or json"),
        (&["--frobnicate"][..], "unknown option"),
        (&["--sentences"][..], "needs a value"),
        (&["--sentences", "2", "--words", "10"][..], "conflicts"),
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
    assert!(lines[3]["error"].as_str().unwrap().contains("ratio"));
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
}
