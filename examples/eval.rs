//! Evaluates salient's algorithms with ROUGE on a JSONL file of articles and
//! reference summaries.
//!
//! ```text
//! cargo run --release --example eval -- FILE.jsonl [--sentences N | --reference-length]
//!     [--algorithms a,b,...] [--limit N] [--json]
//! ```
//!
//! Each line of FILE is a JSON object `{"id", "article", "summary"}`, the
//! summary being the reference sentences separated by `\n`. For every
//! algorithm (and a plain lead-N baseline: the first N sentences of the raw
//! segmentation, without cleanup) the ROUGE-1, ROUGE-2, ROUGE-L and
//! ROUGE-Lsum F1 scores (as Google's `rouge-score` computes them with
//! stemming) are averaged over the documents and printed x100. Candidate
//! summaries are the selected sentences joined by `\n`. `seconds` is the time
//! spent producing the summaries (not scoring them).
//!
//! Lines that are not valid records are reported on stderr and skipped.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use salient::rouge;
use salient::{Algorithm, Length, Options};

const USAGE: &str = "\
usage: eval FILE.jsonl [--sentences N | --reference-length] [--algorithms a,b,...] [--limit N] [--json]

  FILE.jsonl           one {\"id\", \"article\", \"summary\"} object per line; the summary
                       holds the reference sentences separated by \"\\n\"
  --sentences N        summaries of N sentences (default 3)
  --reference-length   per document, as many sentences as the reference has non-empty lines
  --algorithms LIST    comma-separated: salient, lead, textrank, lexrank, luhn, lead-n
                       (lead-n = the first N raw sentences, no cleanup); default: all
  --limit N            only the first N valid documents
  --json               print one JSON object instead of a table";

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

/// What is evaluated: an engine algorithm or the raw lead baseline.
#[derive(Clone, Copy, PartialEq)]
enum System {
    Engine(Algorithm),
    RawLead,
}

impl System {
    fn name(self, policy: Policy) -> String {
        match (self, policy) {
            (System::Engine(a), _) => a.name().to_string(),
            (System::RawLead, Policy::Fixed(n)) => format!("lead-{n} (raw)"),
            (System::RawLead, Policy::ReferenceLength) => "lead-N (raw)".to_string(),
        }
    }

    fn key(self) -> &'static str {
        match self {
            System::Engine(a) => a.name(),
            System::RawLead => BASELINE,
        }
    }
}

struct Args {
    file: String,
    policy: Policy,
    systems: Vec<System>,
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
    let systems = systems.unwrap_or_else(|| {
        let mut all: Vec<System> = Algorithm::ALL.into_iter().map(System::Engine).collect();
        all.push(System::RawLead);
        all
    });
    Ok(Args {
        file: file.ok_or("missing FILE.jsonl")?,
        policy,
        systems,
        limit,
        json,
    })
}

/// One evaluation record.
struct Document {
    article: String,
    reference: String,
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
    let document = Document {
        article: text("article")?,
        reference: text("summary")?,
    };
    if reference_lines(&document.reference) == 0 {
        return Err("the reference summary is empty".to_string());
    }
    Ok(document)
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
                System::RawLead => salient::split_raw_sentences(&document.article)
                    .iter()
                    .take(n)
                    .map(|s| s.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            };
            total.time += start.elapsed();
            let f1 = rouge::score(&document.reference, &candidate).f1();
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
                    "algorithm": system.key(),
                    "label": system.name(args.policy),
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
            "metric": "ROUGE F1 x100, rouge-score compatible (use_stemmer=True), mean over documents",
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
            "ROUGE F1 x100 (rouge-score compatible, Porter stemming), mean over documents; \
             seconds = time to summarise"
        );
        let width = args
            .systems
            .iter()
            .map(|s| s.name(args.policy).len())
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
                system.name(args.policy),
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

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("eval: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !std::path::Path::new(&args.file).is_file() {
        eprintln!("eval: {}: no such file", args.file);
        return ExitCode::from(2);
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval: {e}");
            ExitCode::FAILURE
        }
    }
}
