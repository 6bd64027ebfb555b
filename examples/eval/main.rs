//! Evaluates salient's algorithms with ROUGE on a JSONL file of articles and
//! reference summaries; also checks sentence splitting on golden cases and
//! how many keywords are stopwords.
//!
//! ```text
//! cargo run --release --example eval -- FILE.jsonl [--sentences N | --reference-length]
//!     [--algorithms a,b,...] [--candidates NAME=FILE.jsonl]... [--tokens MODE]
//!     [--weights NAME=VALUE,...] [--limit N] [--json]
//! cargo run --release --example eval -- --sbd GOLDEN.jsonl
//! cargo run --release --example eval -- --keywords FILE.jsonl [--limit N]
//! ```
//!
//! Each line of FILE is a JSON object `{"id", "article", "summary"}`, the
//! summary being the reference sentences separated by `\n`; optional `lang`
//! (ISO 639-1) and `references` (several reference summaries: scores are
//! averaged over them). For every algorithm (and a plain lead-N baseline:
//! the first N sentences of the raw segmentation, without cleanup, after the
//! title line) the ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1 scores are
//! averaged over the documents and printed x100. Candidate summaries are the
//! selected sentences joined by `\n`. `seconds` is the time spent producing
//! the summaries (not scoring them). `--candidates` scores summaries made
//! elsewhere (one `{"id", "summary"}` a line, e.g. by
//! `scripts/sumy_baseline.py`) with the same references and tokens.
//!
//! Tokens (`--tokens`): `rouge-score` is parity with Google's `rouge-score`
//! with `use_stemmer=True` (ASCII letters and digits, Porter stemming;
//! [`salient::rouge::score`]); `unicode` is the Unicode tokenisation of
//! [`unicode`] (NFC, case-folded, letters, digits and combining marks, CJK
//! and Thai characters one by one, no stemming). `auto` (the default) takes
//! `rouge-score` when every record's `lang` is `en` or `fr` or absent (so the
//! English and French tables stay comparable with published figures), and
//! `unicode` otherwise.
//!
//! `--sbd` runs `salient::split_sentences` (what `salient --split` prints)
//! over golden cases (`{"lang", "text", "expected": [sentences]}` a line) and
//! reports exact matches per language. `--keywords` takes the top 5
//! keywords of each article and reports, per language, the share that are
//! stopwords of that language in stopwords-iso (the `stop-words` crate) and
//! the share made of hiragana only. `--detect` runs `salient::detect_language`
//! on each record's `article` (or `text`) and reports, per `lang` (`en` when
//! absent), how many it identified, left unplaced (`None`) or got wrong.
//!
//! Lines that are not valid records are reported on stderr and skipped.

mod unicode;

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use salient::rouge;
use salient::{Algorithm, Length, Options, Weights};

const USAGE: &str = "\
usage: eval FILE.jsonl [--sentences N | --reference-length] [--algorithms a,b,...]
            [--candidates NAME=FILE.jsonl]... [--tokens auto|rouge-score|unicode]
            [--weights NAME=VALUE,...] [--limit N] [--json]
       eval --sbd GOLDEN.jsonl
       eval --keywords FILE.jsonl [--limit N]
       eval --detect FILE.jsonl [--limit N]

  FILE.jsonl           one {\"id\", \"article\", \"summary\"} object per line; the summary
                       holds the reference sentences separated by \"\\n\"; optional
                       \"lang\" and \"references\" (several summaries, scores averaged)
  --sentences N        summaries of N sentences (default 3)
  --reference-length   per document, as many sentences as the reference (\"summary\")
                       has non-empty lines
  --algorithms LIST    comma-separated: salient, lead, textrank, lexrank, luhn, lead-n
                       (lead-n = the first N raw sentences after the title line, no
                       cleanup); default: all
  --candidates N=F     also score the summaries in F ({\"id\", \"summary\"} a line) as N
  --tokens MODE        rouge-score (ASCII, Porter: parity with rouge-score), unicode
                       (NFC, case-folded, Unicode letters, CJK/Thai one by one), or auto
                       (default: rouge-score when every lang is en or fr or absent)
  --weights N=V,...    the default ranker's weights by field name (salient::Weights),
                       e.g. position=5,ideal_length=12: for tuning experiments
  --limit N            only the first N valid documents
  --json               print one JSON object instead of a table
  --sbd                FILE holds golden sentence splits ({\"lang\", \"text\", \"expected\"});
                       report exact matches of salient::split_sentences per language
  --keywords           report the share of top-5 keywords that are stopwords, per language
  --detect             report how often salient::detect_language finds each record's lang
                       (the article, or the text of golden cases; no lang = en)";

/// The name of the raw lead baseline in `--algorithms` and the JSON output.
const BASELINE: &str = "lead-n";

/// How many sentences each summary gets.
#[derive(Clone, Copy)]
enum Policy {
    Fixed(usize),
    ReferenceLength,
}

impl Policy {
    fn describe(self) -> String {
        match self {
            Policy::Fixed(1) => "N = 1 sentence per summary (--sentences 1)".to_string(),
            Policy::Fixed(n) => format!("N = {n} sentences per summary (--sentences {n})"),
            Policy::ReferenceLength => "N = number of non-empty lines of each reference \
                                       (--reference-length)"
                .to_string(),
        }
    }
}

/// What is evaluated: an engine algorithm, the raw lead baseline, or
/// summaries read from a file (an index into `Args::candidates`).
#[derive(Clone, Copy, PartialEq)]
enum System {
    Engine(Algorithm),
    RawLead,
    External(usize),
}

impl System {
    fn name(self, policy: Policy, args: &Args) -> String {
        match (self, policy) {
            (System::Engine(a), _) => a.name().to_string(),
            (System::RawLead, Policy::Fixed(n)) => format!("lead-{n} (raw)"),
            (System::RawLead, Policy::ReferenceLength) => "lead-N (raw)".to_string(),
            (System::External(i), _) => args.candidates[i].0.clone(),
        }
    }

    fn key(self, args: &Args) -> String {
        match self {
            System::Engine(a) => a.name().to_string(),
            System::RawLead => BASELINE.to_string(),
            System::External(i) => args.candidates[i].0.clone(),
        }
    }
}

/// How ROUGE tokenises.
#[derive(Clone, Copy, PartialEq)]
enum Tokens {
    /// `rouge-score` when every record is English or French, else Unicode.
    Auto,
    RougeScore,
    Unicode,
}

impl Tokens {
    fn name(self) -> &'static str {
        match self {
            Tokens::Auto => "auto",
            Tokens::RougeScore => "rouge-score",
            Tokens::Unicode => "unicode",
        }
    }

    fn metric(self) -> &'static str {
        match self {
            Tokens::Unicode => {
                "ROUGE F1 x100, Unicode tokens (NFC, case-folded; letters, digits and marks; \
                 CJK and Thai characters one by one; no stemming), mean over documents"
            }
            _ => "ROUGE F1 x100, rouge-score compatible (use_stemmer=True), mean over documents",
        }
    }
}

/// What the tool does with FILE.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Rouge,
    Sbd,
    Keywords,
    Detect,
}

struct Args {
    file: String,
    mode: Mode,
    policy: Policy,
    systems: Vec<System>,
    /// `(name, path)` of each `--candidates` file.
    candidates: Vec<(String, String)>,
    tokens: Tokens,
    /// The default ranker's weights (`--weights`).
    weights: Weights,
    limit: Option<usize>,
    json: bool,
}

fn parse_count(flag: &str, value: Option<String>) -> Result<usize, String> {
    let value = value.ok_or_else(|| format!("{flag} needs a number"))?;
    match value.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "{flag} needs a whole number of at least 1 (got {value:?})"
        )),
    }
}

fn parse_args() -> Result<Args, String> {
    let mut file = None;
    let mut sentences = None;
    let mut reference_length = false;
    let mut systems = None;
    let mut limit = None;
    let mut json = false;
    let mut mode = Mode::Rouge;
    let mut candidates = Vec::new();
    let mut tokens = Tokens::Auto;
    let mut weights = Weights::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--sentences" => sentences = Some(parse_count("--sentences", args.next())?),
            "--reference-length" => reference_length = true,
            "--limit" => limit = Some(parse_count("--limit", args.next())?),
            "--json" => json = true,
            "--sbd" => mode = Mode::Sbd,
            "--keywords" => mode = Mode::Keywords,
            "--detect" => mode = Mode::Detect,
            "--tokens" => {
                tokens = match args.next().as_deref() {
                    Some("auto") => Tokens::Auto,
                    Some("rouge-score") => Tokens::RougeScore,
                    Some("unicode") => Tokens::Unicode,
                    other => {
                        return Err(format!(
                            "--tokens needs auto, rouge-score or unicode (got {other:?})"
                        ))
                    }
                }
            }
            "--weights" => {
                let list = args.next().ok_or("--weights needs NAME=VALUE,...")?;
                for pair in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    set_weight(&mut weights, pair)?;
                }
            }
            "--candidates" => {
                let spec = args.next().ok_or("--candidates needs NAME=FILE")?;
                match spec.split_once('=') {
                    Some((name, path)) if !name.is_empty() && !path.is_empty() => {
                        candidates.push((name.to_string(), path.to_string()));
                    }
                    _ => return Err(format!("--candidates needs NAME=FILE (got {spec:?})")),
                }
            }
            "--algorithms" => {
                let list = args.next().ok_or("--algorithms needs a list")?;
                let mut chosen = Vec::new();
                for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    let system = if name.eq_ignore_ascii_case(BASELINE) {
                        System::RawLead
                    } else {
                        System::Engine(
                            name.parse::<Algorithm>()
                                .map_err(|e| format!("{e}, or {BASELINE}"))?,
                        )
                    };
                    if !chosen.contains(&system) {
                        chosen.push(system);
                    }
                }
                if chosen.is_empty() {
                    return Err("--algorithms needs at least one name".to_string());
                }
                systems = Some(chosen);
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option {flag}"));
            }
            _ if file.is_none() => file = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?} (only one FILE)")),
        }
    }
    let policy = match (sentences, reference_length) {
        (Some(_), true) => {
            return Err("give either --sentences or --reference-length, not both".to_string())
        }
        (Some(n), false) => Policy::Fixed(n),
        (None, true) => Policy::ReferenceLength,
        (None, false) => Policy::Fixed(3),
    };
    let mut systems = systems.unwrap_or_else(|| {
        let mut all: Vec<System> = Algorithm::ALL.into_iter().map(System::Engine).collect();
        all.push(System::RawLead);
        all
    });
    systems.extend((0..candidates.len()).map(System::External));
    Ok(Args {
        file: file.ok_or("missing FILE.jsonl")?,
        mode,
        policy,
        systems,
        candidates,
        tokens,
        weights,
        limit,
        json,
    })
}

/// Sets one of the default ranker's weights from `NAME=VALUE` (the field
/// names of [`Weights`]), for tuning experiments.
fn set_weight(w: &mut Weights, pair: &str) -> Result<(), String> {
    let (name, value) = pair
        .split_once('=')
        .ok_or_else(|| format!("--weights needs NAME=VALUE (got {pair:?})"))?;
    let value: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("--weights {name}: {value:?} is not a number"))?;
    let field = match name.trim() {
        "centrality" => &mut w.centrality,
        "position" => &mut w.position,
        "position_decay" => &mut w.position_decay,
        "half_share" => &mut w.half_share,
        "selectivity" => &mut w.selectivity,
        "title" => &mut w.title,
        "length" => &mut w.length,
        "ideal_length" => &mut w.ideal_length,
        "aside" => &mut w.aside,
        "mmr_lambda" => &mut w.mmr_lambda,
        "duplicate_threshold" => &mut w.duplicate_threshold,
        "dangling_penalty" => &mut w.dangling_penalty,
        "direction" => &mut w.direction,
        "backward" => &mut w.backward,
        "single" => &mut w.single,
        other => return Err(format!("--weights: no weight named {other:?}")),
    };
    *field = value;
    Ok(())
}

/// One evaluation record.
struct Document {
    id: String,
    article: String,
    /// The `summary` field: its line count is N for `--reference-length`.
    reference: String,
    /// Every reference summary (`references`, else just `summary`).
    references: Vec<String>,
    lang: Option<String>,
}

/// Reads a record from one JSONL line, or says what is wrong with it.
fn parse_record(line: &str) -> Result<Document, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let text = |name: &str| -> Result<String, String> {
        match value.get(name) {
            Some(serde_json::Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(format!("\"{name}\" is not a string")),
            None => Err(format!("no \"{name}\" field")),
        }
    };
    let reference = text("summary")?;
    if reference_lines(&reference) == 0 {
        return Err("the reference summary is empty".to_string());
    }
    let references = match value.get("references") {
        None | Some(serde_json::Value::Null) => vec![reference.clone()],
        Some(serde_json::Value::Array(list)) => {
            let mut references = Vec::new();
            for r in list {
                match r.as_str() {
                    Some(r) if reference_lines(r) > 0 => references.push(r.to_string()),
                    Some(_) => return Err("a reference in \"references\" is empty".to_string()),
                    None => return Err("\"references\" holds a non-string".to_string()),
                }
            }
            if references.is_empty() {
                return Err("\"references\" is empty".to_string());
            }
            references
        }
        Some(_) => return Err("\"references\" is not an array".to_string()),
    };
    Ok(Document {
        id: match value.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        },
        article: text("article")?,
        reference,
        references,
        lang: value
            .get("lang")
            .and_then(|l| l.as_str())
            .map(str::to_string),
    })
}

/// The article without its title line: the first non-empty line, when a
/// line break and more text follow it (a one-line article has no title).
fn after_title(article: &str) -> &str {
    let text = article.trim_start();
    match text.split_once('\n') {
        Some((_, rest)) if !rest.trim().is_empty() => rest,
        _ => text,
    }
}

/// Reads `--candidates` summaries: `{"id", "summary"}` a line, by id.
fn read_candidates(path: &str) -> Result<std::collections::HashMap<String, String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut out = std::collections::HashMap::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{path}:{}: not JSON: {e}", number + 1))?;
        match (value["id"].as_str(), value["summary"].as_str()) {
            (Some(id), Some(summary)) => {
                out.insert(id.to_string(), summary.to_string());
            }
            _ => {
                return Err(format!(
                    "{path}:{}: needs \"id\" and \"summary\"",
                    number + 1
                ))
            }
        }
    }
    Ok(out)
}

/// The tokens `--tokens auto` resolves to for these documents.
fn resolve_tokens(tokens: Tokens, documents: &[Document]) -> Tokens {
    match tokens {
        Tokens::Auto => {
            let latin = documents
                .iter()
                .all(|d| matches!(d.lang.as_deref(), None | Some("en") | Some("fr")));
            if latin {
                Tokens::RougeScore
            } else {
                Tokens::Unicode
            }
        }
        other => other,
    }
}

/// The four ROUGE F1 values of `candidate`, averaged over the references.
fn f1(document: &Document, candidate: &str, tokens: Tokens) -> [f64; 4] {
    let mut sum = [0.0; 4];
    for reference in &document.references {
        let scores = match tokens {
            Tokens::Unicode => rouge::score_with(reference, candidate, unicode::tokens),
            _ => rouge::score(reference, candidate),
        };
        for (s, v) in sum.iter_mut().zip(scores.f1()) {
            *s += v;
        }
    }
    sum.map(|s| s / document.references.len() as f64)
}

fn reference_lines(reference: &str) -> usize {
    reference.lines().filter(|l| !l.trim().is_empty()).count()
}

/// Running totals for one system.
#[derive(Default)]
struct Totals {
    f1: [f64; 4],
    docs: usize,
    time: Duration,
}

fn read_documents(args: &Args) -> Result<Vec<Document>, String> {
    let file = File::open(&args.file).map_err(|e| format!("cannot open {}: {e}", args.file))?;
    let mut reader = BufReader::new(file);
    let mut documents = Vec::new();
    let mut bytes = Vec::new();
    let mut number = 0;
    loop {
        if args.limit.is_some_and(|limit| documents.len() >= limit) {
            break;
        }
        bytes.clear();
        let read = reader
            .read_until(b'\n', &mut bytes)
            .map_err(|e| format!("cannot read {}: {e}", args.file))?;
        if read == 0 {
            break;
        }
        number += 1;
        let record = match std::str::from_utf8(&bytes) {
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => parse_record(line),
            Err(_) => Err("not UTF-8".to_string()),
        };
        match record {
            Ok(document) => documents.push(document),
            Err(e) => eprintln!("{}:{number}: skipped: {e}", args.file),
        }
    }
    Ok(documents)
}

fn run(args: &Args) -> Result<(), String> {
    let documents = read_documents(args)?;
    if documents.is_empty() {
        return Err(format!("{}: no valid documents", args.file));
    }
    let tokens = resolve_tokens(args.tokens, &documents);
    let external: Vec<_> = args
        .candidates
        .iter()
        .map(|(_, path)| read_candidates(path))
        .collect::<Result<_, _>>()?;
    let mut totals: Vec<Totals> = args.systems.iter().map(|_| Totals::default()).collect();
    for (d, document) in documents.iter().enumerate() {
        let n = match args.policy {
            Policy::Fixed(n) => n,
            Policy::ReferenceLength => reference_lines(&document.reference),
        };
        for (system, total) in args.systems.iter().zip(totals.iter_mut()) {
            let start = Instant::now();
            let candidate = match *system {
                System::Engine(algorithm) => {
                    let options = Options {
                        length: Length::Sentences(n),
                        algorithm,
                        weights: args.weights,
                        ..Default::default()
                    };
                    match salient::summarize(&document.article, &options) {
                        Ok(summary) => summary.texts().join("\n"),
                        Err(e) => {
                            eprintln!("document {}: {}: {e}", d + 1, algorithm.name());
                            continue;
                        }
                    }
                }
                System::RawLead => salient::split_raw_sentences(after_title(&document.article))
                    .iter()
                    .take(n)
                    .map(|s| s.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
                System::External(i) => match external[i].get(&document.id) {
                    Some(summary) => summary.clone(),
                    None => {
                        eprintln!(
                            "document {} ({}): no summary in {}",
                            d + 1,
                            document.id,
                            args.candidates[i].1
                        );
                        continue;
                    }
                },
            };
            total.time += start.elapsed();
            let f1 = f1(document, &candidate, tokens);
            for (sum, value) in total.f1.iter_mut().zip(f1) {
                *sum += value;
            }
            total.docs += 1;
        }
    }
    let mean = |total: &Totals, k: usize| {
        if total.docs == 0 {
            0.0
        } else {
            100.0 * total.f1[k] / total.docs as f64
        }
    };
    let round2 = |x: f64| (x * 100.0).round() / 100.0;
    if args.json {
        let results: Vec<serde_json::Value> = args
            .systems
            .iter()
            .zip(&totals)
            .map(|(system, total)| {
                serde_json::json!({
                    "algorithm": system.key(args),
                    "label": system.name(args.policy, args),
                    "rouge1": round2(mean(total, 0)),
                    "rouge2": round2(mean(total, 1)),
                    "rougeL": round2(mean(total, 2)),
                    "rougeLsum": round2(mean(total, 3)),
                    "docs": total.docs,
                    "seconds": (total.time.as_secs_f64() * 1000.0).round() / 1000.0,
                })
            })
            .collect();
        let sentences = match args.policy {
            Policy::Fixed(n) => serde_json::json!(n),
            Policy::ReferenceLength => serde_json::json!("reference-length"),
        };
        let out = serde_json::json!({
            "file": args.file,
            "documents": documents.len(),
            "sentences": sentences,
            "policy": args.policy.describe(),
            "tokens": tokens.name(),
            "metric": tokens.metric(),
            "salient_version": salient::VERSION,
            "results": results,
        });
        println!("{out}");
    } else {
        println!(
            "{}: {} documents; {}",
            args.file,
            documents.len(),
            args.policy.describe()
        );
        println!(
            "{} (--tokens {}); seconds = time to summarise",
            tokens.metric(),
            tokens.name()
        );
        let width = args
            .systems
            .iter()
            .map(|s| s.name(args.policy, args).chars().count())
            .max()
            .unwrap_or(9)
            .max(9);
        println!(
            "{:<width$}  {:>6}  {:>6}  {:>6}  {:>6}  {:>5}  {:>7}",
            "algorithm", "R-1", "R-2", "R-L", "R-Lsum", "docs", "seconds"
        );
        for (system, total) in args.systems.iter().zip(&totals) {
            println!(
                "{:<width$}  {:>6.2}  {:>6.2}  {:>6.2}  {:>6.2}  {:>5}  {:>7.3}",
                system.name(args.policy, args),
                mean(total, 0),
                mean(total, 1),
                mean(total, 2),
                mean(total, 3),
                total.docs,
                total.time.as_secs_f64()
            );
        }
    }
    Ok(())
}

/// Reads the JSON object of each non-empty line of the file (bad lines are
/// reported on stderr and skipped), up to `--limit`.
fn read_objects(args: &Args) -> Result<Vec<serde_json::Value>, String> {
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| format!("cannot read {}: {e}", args.file))?;
    let mut out = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if args.limit.is_some_and(|limit| out.len() >= limit) {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(value) if value.is_object() => out.push(value),
            Ok(_) => eprintln!("{}:{}: skipped: not an object", args.file, number + 1),
            Err(e) => eprintln!("{}:{}: skipped: not JSON: {e}", args.file, number + 1),
        }
    }
    if out.is_empty() {
        return Err(format!("{}: no valid records", args.file));
    }
    Ok(out)
}

/// Collapses runs of whitespace to one space, trimmed.
fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `--sbd`: exact matches of `salient::split_sentences` on golden cases.
fn sbd(args: &Args) -> Result<(), String> {
    let mut per_lang: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut failures = Vec::new();
    for case in read_objects(args)? {
        let (Some(lang), Some(text), Some(expected)) = (
            case["lang"].as_str(),
            case["text"].as_str(),
            case["expected"].as_array(),
        ) else {
            eprintln!(
                "{}: skipped a case without lang, text and expected",
                args.file
            );
            continue;
        };
        let expected: Vec<String> = expected
            .iter()
            .filter_map(|s| s.as_str())
            .map(fold)
            .filter(|s| !s.is_empty())
            .collect();
        let got: Vec<String> = salient::split_sentences(text)
            .iter()
            .map(|s| fold(&s.text))
            .collect();
        let entry = per_lang.entry(lang.to_string()).or_default();
        entry.1 += 1;
        if got == expected {
            entry.0 += 1;
        } else {
            failures.push(case["id"].as_str().unwrap_or("?").to_string());
        }
    }
    let (exact, total) = per_lang
        .values()
        .fold((0, 0), |(e, t), &(e2, t2)| (e + e2, t + t2));
    if args.json {
        let langs: serde_json::Map<String, serde_json::Value> = per_lang
            .iter()
            .map(|(l, &(e, t))| (l.clone(), serde_json::json!({"exact": e, "cases": t})))
            .collect();
        let out = serde_json::json!({
            "file": args.file,
            "splitter": "salient::split_sentences",
            "exact": exact,
            "cases": total,
            "languages": langs,
            "failures": failures,
        });
        println!("{out}");
    } else {
        println!(
            "{}: salient::split_sentences, exact matches per language",
            args.file
        );
        println!("{:<6}  {:>5}  {:>5}", "lang", "exact", "cases");
        for (lang, (e, t)) in &per_lang {
            println!("{lang:<6}  {e:>5}  {t:>5}");
        }
        println!("{:<6}  {exact:>5}  {total:>5}", "all");
    }
    Ok(())
}

/// Whether every character of `text` other than spaces is a hiragana.
fn hiragana_only(text: &str) -> bool {
    let mut any = false;
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        if !('\u{3041}'..='\u{309F}').contains(&c) {
            return false;
        }
        any = true;
    }
    any
}

/// Every string inside `value` (arrays and objects of any depth), lower-cased.
fn strings_in(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.to_lowercase()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings_in(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings_in(v, out)),
        _ => {}
    }
}

/// `--keywords`: per language, the share of the top-5 keywords that are
/// stopwords (stopwords-iso) or hiragana only, and for sets with annotated
/// `keyphrases`, the share of documents where a top-5 keyword is part of one.
fn keyword_stopwords(args: &Args) -> Result<(), String> {
    #[derive(Default)]
    struct Counts {
        docs: usize,
        keywords: usize,
        stopwords: usize,
        hiragana: usize,
        annotated_docs: usize,
        docs_hit: usize,
    }
    let mut per_lang: std::collections::BTreeMap<String, Counts> = Default::default();
    for record in read_objects(args)? {
        let Some(article) = record["article"].as_str() else {
            continue;
        };
        let lang = record["lang"].as_str().unwrap_or("en").to_string();
        // stopwords-iso calls Norwegian Bokmål "no"
        let list_code = if lang == "nb" { "no" } else { lang.as_str() };
        let list: std::collections::HashSet<&str> = stop_words::lookup(list_code)
            .unwrap_or(&[])
            .iter()
            .copied()
            .collect();
        let counts = per_lang.entry(lang.clone()).or_default();
        counts.docs += 1;
        let keywords = salient::keywords(article, 5);
        let mut phrases = Vec::new();
        strings_in(&record["keyphrases"], &mut phrases);
        let mut hit = false;
        for k in &keywords {
            let text = k.text.to_lowercase();
            counts.keywords += 1;
            let stop =
                list.contains(text.as_str()) || text.split_whitespace().all(|w| list.contains(w));
            counts.stopwords += usize::from(stop);
            counts.hiragana += usize::from(hiragana_only(&text));
            let compact: String = text.split_whitespace().collect();
            hit |= phrases.iter().any(|p| p.contains(&compact));
        }
        if !phrases.is_empty() {
            counts.annotated_docs += 1;
            counts.docs_hit += usize::from(hit);
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "{}: top-5 keywords (salient::keywords); stopwords = in the language's stopwords-iso list \
         (a phrase: every word)",
        args.file
    );
    println!(
        "{:<5}  {:>5}  {:>8}  {:>10}  {:>10}  {:>16}",
        "lang", "docs", "keywords", "stopwords", "hiragana", "docs with a hit"
    );
    for (lang, c) in &per_lang {
        let hits = if c.annotated_docs > 0 {
            format!("{:.1} %", pct(c.docs_hit, c.annotated_docs))
        } else {
            "-".to_string()
        };
        println!(
            "{lang:<5}  {:>5}  {:>8}  {:>8.1} %  {:>8.1} %  {:>16}",
            c.docs,
            c.keywords,
            pct(c.stopwords, c.keywords),
            pct(c.hiragana, c.keywords),
            hits
        );
    }
    Ok(())
}

/// `--detect`: language identification against each record's `lang`.
fn detect_languages(args: &Args) -> Result<(), String> {
    #[derive(Default)]
    struct Counts {
        docs: usize,
        right: usize,
        none: usize,
        wrong: std::collections::BTreeMap<String, usize>,
    }
    let mut per_lang: std::collections::BTreeMap<String, Counts> = Default::default();
    let mut seconds = 0.0;
    for record in read_objects(args)? {
        let Some(text) = record["article"].as_str().or(record["text"].as_str()) else {
            continue;
        };
        let want = record["lang"].as_str().unwrap_or("en").to_string();
        let start = Instant::now();
        let got = salient::detect_language(text);
        seconds += start.elapsed().as_secs_f64();
        let counts = per_lang.entry(want.clone()).or_default();
        counts.docs += 1;
        match got {
            Some(lang) if lang.code() == want => counts.right += 1,
            Some(lang) => *counts.wrong.entry(lang.code().to_string()).or_default() += 1,
            None => counts.none += 1,
        }
    }
    println!("{}: salient::detect_language ({seconds:.3} s)", args.file);
    println!(
        "{:<5}  {:>5}  {:>7}  {:>8}  {:>5}  wrong",
        "lang", "docs", "right", "%", "None"
    );
    for (lang, c) in &per_lang {
        let wrong: Vec<String> = c.wrong.iter().map(|(l, n)| format!("{l}:{n}")).collect();
        println!(
            "{lang:<5}  {:>5}  {:>7}  {:>7.1}%  {:>5}  {}",
            c.docs,
            c.right,
            100.0 * c.right as f64 / c.docs.max(1) as f64,
            c.none,
            wrong.join(" ")
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("eval: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.mode != Mode::Rouge && !args.candidates.is_empty() {
        eprintln!(
            "eval: --candidates only goes with ROUGE scoring

{USAGE}"
        );
        return ExitCode::from(2);
    }
    if !std::path::Path::new(&args.file).is_file() {
        eprintln!("eval: {}: no such file", args.file);
        return ExitCode::from(2);
    }
    let result = match args.mode {
        Mode::Rouge => run(&args),
        Mode::Sbd => sbd(&args),
        Mode::Keywords => keyword_stopwords(&args),
        Mode::Detect => detect_languages(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval: {e}");
            ExitCode::FAILURE
        }
    }
}
