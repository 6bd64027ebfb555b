//! Native benchmark of salient: each stage of the pipeline (cleanup,
//! segmentation, tokens, ranking, selection, keywords) and end to end, on
//! generated inputs of 1 KB to 10 MB (see `inputs/mod.rs`), plus the peak
//! memory of one summary of the 10 MB input.
//!
//! ```text
//! cargo bench --bench pipeline                       # everything (about two minutes)
//! cargo bench --bench pipeline -- --quick            # fewer repetitions, no 10 MB stages
//! cargo bench --bench pipeline -- --only "mixed 1 MB" --algorithms
//! cargo bench --bench pipeline -- --memory "mixed 10 MB"   # peak memory only
//! cargo bench --bench pipeline -- --dump "mixed 1 MB" > /tmp/1mb.txt
//! cargo bench --bench pipeline -- --dump-batch 400 > /tmp/batch.jsonl
//! ```
//!
//! `--dump-batch N` prints N generated stories as the CLI's `--jsonl` input
//! (`{"id", "text"}` a line): one article each, news or long read, the
//! languages of the mixed series in turn (scripts/bench-batch.py times the
//! CLI's batch mode on it).
//!
//! A plain `harness = false` binary rather than criterion: criterion and its
//! dependencies would add minutes of compile time on a 2-core machine, and
//! its statistics are not worth running a 10 MB input a hundred times. Each
//! measurement here is the median of repeated runs (at least 3, more for
//! small inputs, within a time budget); `cargo test` does not build it.
//!
//! Results: a markdown table on stdout and JSON in
//! `test-output/bench-native.json`.

use std::hint::black_box;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use salient::internals::{keywords, rank, select, Doc, Vocabulary};
use salient::lexicon::Builtin;
use salient::{detect_language, Algorithm, Lang, Length, Options, Weights};
use serde_json::{json, Value};

mod inputs;

use inputs::{Case, Lexicon};

/// Keywords asked for, as the WebAssembly binding does by default.
const KEYWORDS: usize = 10;

const USAGE: &str = "\
usage: cargo bench --bench pipeline -- [--quick] [--only NAME]... [--algorithms]
                                       [--memory NAME] [--dump NAME] [--dump-batch N] [--no-memory]";

struct Args {
    quick: bool,
    only: Vec<String>,
    algorithms: bool,
    memory: Option<String>,
    dump: Option<String>,
    dump_batch: Option<usize>,
    no_memory: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        quick: false,
        only: Vec::new(),
        algorithms: false,
        memory: None,
        dump: None,
        dump_batch: None,
        no_memory: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--quick" => args.quick = true,
            "--algorithms" => args.algorithms = true,
            "--no-memory" => args.no_memory = true,
            "--only" => args.only.push(it.next().ok_or("--only needs a case name")?),
            "--memory" => args.memory = Some(it.next().ok_or("--memory needs a case name")?),
            "--dump" => args.dump = Some(it.next().ok_or("--dump needs a case name")?),
            "--dump-batch" => {
                let n = it.next().ok_or("--dump-batch needs a number")?;
                args.dump_batch = Some(n.parse().map_err(|_| format!("not a number: {n:?}"))?);
            }
            // cargo bench passes --bench to harness-less benchmarks
            "--bench" => {}
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

/// Runs `f` repeatedly: once to warm up, then until both `min_reps` runs and
/// `budget` are reached (or `max_reps`). Returns the run times.
fn measure(min_reps: usize, max_reps: usize, budget: Duration, mut f: impl FnMut()) -> Vec<f64> {
    f();
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < max_reps && (times.len() < min_reps || start.elapsed() < budget) {
        let t = Instant::now();
        f();
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times
}

fn median(times: &[f64]) -> f64 {
    let mut v = times.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// What one case measured: milliseconds (median) per stage.
struct Row {
    case: String,
    bytes: usize,
    words: usize,
    sentences: usize,
    checksum: String,
    reps: usize,
    stages: Vec<(&'static str, f64)>,
}

const STAGES: [&str; 7] = [
    "cleanup",
    "segmentation",
    "tokens",
    "ranking",
    "selection",
    "keywords",
    "end to end",
];

/// The intermediate results of the pipeline, built the way
/// `salient::summarize` builds them.
struct Prepared {
    texts: Vec<String>,
    title: Option<String>,
    language: Option<Lang>,
}

fn segment_cleaned(cleaned: &salient::Cleaned) -> Vec<String> {
    // Paragraph blocks, each split into sentences (whitespace folded), as the
    // pipeline's candidates are.
    cleaned
        .paragraphs()
        .flat_map(salient::split_raw_sentences)
        .map(|s| s.text)
        .collect()
}

fn prepare(cleaned: &salient::Cleaned) -> Prepared {
    let texts = segment_cleaned(cleaned);
    Prepared {
        texts,
        title: cleaned
            .title()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")),
        language: detect_language(cleaned.text()),
    }
}

fn build_doc(p: &Prepared) -> (Doc, Vocabulary<'static>, Vec<(u32, f32)>) {
    let mut vocab = Vocabulary::new(p.language, &Builtin);
    let doc = Doc::new(p.texts.iter().map(String::as_str), &mut vocab);
    let mut bag: Vec<(u32, f32)> = Vec::new();
    if let Some(t) = &p.title {
        let mut ids = Vec::new();
        vocab.terms_into(t, &mut ids);
        ids.sort_unstable();
        for id in ids {
            match bag.last_mut() {
                Some((last, c)) if *last == id => *c += 1.0,
                _ => bag.push((id, 1.0)),
            }
        }
    }
    (doc, vocab, bag)
}

fn bench_case(case: &Case, text: &str, quick: bool) -> Row {
    let big = text.len() >= 5_000_000;
    let (min_reps, max_reps, budget) = if big {
        (3, 3, Duration::ZERO)
    } else if quick {
        (3, 200, Duration::from_millis(150))
    } else {
        (5, 2000, Duration::from_millis(600))
    };
    let run = |f: &mut dyn FnMut()| measure(min_reps, max_reps, budget, f);
    let weights = Weights::default();
    let options = Options::default().with_keywords(KEYWORDS);

    let mut stages = Vec::new();
    let t = run(&mut || {
        black_box(salient::clean(black_box(text)));
    });
    stages.push(("cleanup", median(&t)));
    let cleaned = salient::clean(text);
    let t = run(&mut || {
        black_box(segment_cleaned(black_box(&cleaned)));
    });
    stages.push(("segmentation", median(&t)));
    let prepared = prepare(&cleaned);
    let t = run(&mut || {
        let lang = detect_language(black_box(cleaned.text()));
        black_box((lang, build_doc(black_box(&prepared))));
    });
    stages.push(("tokens", median(&t)));
    let (doc, mut vocab, title_bag) = build_doc(&prepared);
    let target = select::target_count(Length::Sentences(3), prepared.texts.len()).unwrap_or(1);
    let t = run(&mut || {
        black_box(rank::score(
            Algorithm::Salient,
            black_box(&doc),
            &title_bag,
            &weights,
            target,
        ));
    });
    stages.push(("ranking", median(&t)));
    let scores = rank::score(Algorithm::Salient, &doc, &title_bag, &weights, target);
    let t = run(&mut || {
        let dangling: Vec<bool> = prepared
            .texts
            .iter()
            .map(|t| select::is_dangling(t))
            .collect();
        black_box(select::select(
            black_box(&doc),
            &prepared.texts,
            &scores,
            Algorithm::Salient,
            Length::Sentences(3),
            &weights,
            &dangling,
        ));
    });
    stages.push(("selection", median(&t)));
    let t = run(&mut || {
        black_box(keywords::extract(
            &doc,
            prepared.texts.iter().map(String::as_str),
            prepared.title.as_deref(),
            &mut vocab,
            KEYWORDS,
        ));
    });
    stages.push(("keywords", median(&t)));
    let t = run(&mut || {
        black_box(salient::summarize(black_box(text), &options).ok());
    });
    let reps = t.len();
    stages.push(("end to end", median(&t)));
    Row {
        case: case.name.clone(),
        bytes: text.len(),
        words: inputs::word_count(text),
        sentences: prepared.texts.len(),
        checksum: inputs::checksum(text),
        reps,
        stages,
    }
}

fn fmt_ms(ms: f64) -> String {
    if ms < 0.01 {
        format!("{:.4}", ms)
    } else if ms < 1.0 {
        format!("{:.3}", ms)
    } else if ms < 100.0 {
        format!("{:.2}", ms)
    } else {
        format!("{:.0}", ms)
    }
}

fn print_table(rows: &[Row]) {
    println!(
        "| input | bytes | words | sentences | {} | ms/MB (e2e) | reps | FNV-1a |",
        STAGES.join(" | ")
    );
    println!("|{}", "---|".repeat(STAGES.len() + 7));
    for r in rows {
        let cells: Vec<String> = r.stages.iter().map(|(_, ms)| fmt_ms(*ms)).collect();
        let e2e = r.stages.last().map_or(f64::NAN, |s| s.1);
        println!(
            "| {} | {} | {} | {} | {} | {:.1} | {} | {} |",
            r.case,
            r.bytes,
            r.words,
            r.sentences,
            cells.join(" | "),
            e2e / (r.bytes as f64 / 1e6),
            r.reps,
            r.checksum
        );
    }
}

/// Prints the spread of times per MB of one series.
fn print_spread(label: &str, per_mb: &[f64]) {
    let max = per_mb.iter().copied().fold(f64::MIN, f64::max);
    let min = per_mb.iter().copied().fold(f64::MAX, f64::min);
    println!(
        "Time per MB from 100 KB up ({label}): {min:.1} to {max:.1} ms/MB, ratio {:.2} (target <= 2)",
        max / min
    );
}

/// End to end with each algorithm (3 sentences, 10 keywords).
fn bench_algorithms(cases: &[(Case, String)], quick: bool) -> Vec<Value> {
    let mut out = Vec::new();
    println!();
    println!("End to end by algorithm (ms, median):");
    println!();
    println!("| input | {} |", Algorithm::NAMES.join(" | "));
    println!("|---|{}", "---|".repeat(Algorithm::NAMES.len()));
    for (case, text) in cases {
        let big = text.len() >= 5_000_000;
        let mut cells = Vec::new();
        let mut obj = serde_json::Map::new();
        for a in Algorithm::ALL {
            let options = Options::default().with_algorithm(a).with_keywords(KEYWORDS);
            let (min, max, budget) = if big {
                (1, 1, Duration::ZERO)
            } else if quick {
                (3, 100, Duration::from_millis(100))
            } else {
                (3, 1000, Duration::from_millis(400))
            };
            let t = measure(min, max, budget, || {
                black_box(salient::summarize(black_box(text), &options).ok());
            });
            let m = median(&t);
            cells.push(fmt_ms(m));
            obj.insert(a.name().to_string(), json!(m));
        }
        println!("| {} | {} |", case.name, cells.join(" | "));
        out.push(json!({ "case": case.name, "ms": obj }));
    }
    out
}

/// Reads a field of /proc/self/status in kB.
fn status_kb(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Peak memory of one `summarize` (10 keywords) of the case's text, in this
/// process: the peak resident set is reset (Linux `clear_refs`) after the
/// input is generated, so the peak is the input plus what summarising adds.
fn memory(lexicon: &Lexicon, name: &str) -> Result<Value, String> {
    let case = inputs::cases()
        .into_iter()
        .find(|c| c.name == name)
        .ok_or_else(|| format!("no case named {name:?}"))?;
    let text = inputs::generate(lexicon, &case.spec);
    let input_bytes = text.len();
    // generator garbage is freed already; reset the high-water mark to now
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let before_kb = status_kb("VmRSS:").unwrap_or(0);
    let t = Instant::now();
    let summary = salient::summarize(&text, &Options::default().with_keywords(KEYWORDS))
        .map_err(|e| e.to_string())?;
    let ms = t.elapsed().as_secs_f64() * 1e3;
    let peak_kb = status_kb("VmHWM:").ok_or("no VmHWM in /proc/self/status")?;
    let sentences = summary.sentences.len();
    drop(summary);
    let peak = peak_kb as f64 * 1024.0;
    Ok(json!({
        "case": name,
        "input_bytes": input_bytes,
        "sentences": sentences,
        "rss_before_bytes": before_kb * 1024,
        "peak_rss_bytes": peak_kb * 1024,
        "peak_over_input": peak / input_bytes as f64,
        "added_over_input": (peak - before_kb as f64 * 1024.0) / input_bytes as f64,
        "peak_reset": reset,
        "ms": ms,
    }))
}

fn print_memory(m: &Value) {
    let mb = |k: &str| m[k].as_f64().unwrap_or(f64::NAN) / 1e6;
    println!();
    println!(
        "Peak memory, one summary of {} ({:.1} MB, {} sentences, {:.0} ms): peak RSS {:.1} MB = {:.1}x the input \
         (RSS before summarising {:.1} MB; summarising added {:.1}x the input){}",
        m["case"].as_str().unwrap_or(""),
        mb("input_bytes"),
        m["sentences"],
        m["ms"].as_f64().unwrap_or(f64::NAN),
        mb("peak_rss_bytes"),
        m["peak_over_input"].as_f64().unwrap_or(f64::NAN),
        mb("rss_before_bytes"),
        m["added_over_input"].as_f64().unwrap_or(f64::NAN),
        if m["peak_reset"].as_bool() == Some(true) {
            ""
        } else {
            " [peak not reset: includes input generation]"
        }
    );
}

fn machine() -> Value {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    json!({ "cpu": cpu, "cores": cores, "salient": salient::VERSION })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let lexicon = Lexicon::load();
    if let Some(name) = &args.dump {
        let Some(case) = inputs::cases().into_iter().find(|c| &c.name == name) else {
            eprintln!("no case named {name:?}");
            return ExitCode::from(2);
        };
        print!("{}", inputs::generate(&lexicon, &case.spec));
        return ExitCode::SUCCESS;
    }
    if let Some(n) = args.dump_batch {
        for (i, text) in inputs::batch(&lexicon, n).iter().enumerate() {
            println!("{}", json!({ "id": i, "text": text }));
        }
        return ExitCode::SUCCESS;
    }
    if let Some(name) = &args.memory {
        return match memory(&lexicon, name) {
            Ok(m) => {
                println!("{m}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        };
    }

    let mut selected: Vec<(Case, String)> = Vec::new();
    for case in inputs::cases() {
        if !args.only.is_empty() && !args.only.contains(&case.name) {
            continue;
        }
        let text = inputs::generate(&lexicon, &case.spec);
        let sum = inputs::checksum(&text);
        let expected = inputs::EXPECTED_CHECKSUMS
            .iter()
            .find(|(n, _)| *n == case.name)
            .map(|(_, c)| *c);
        if expected != Some(sum.as_str()) {
            eprintln!(
                "warning: {} has checksum {sum}, expected {expected:?}: the generator or lexicon changed",
                case.name
            );
        }
        selected.push((case, text));
    }
    let m = machine();
    println!(
        "salient {} native benchmark: {} ({} cores); milliseconds, median of `reps` runs",
        salient::VERSION,
        m["cpu"].as_str().unwrap_or("?"),
        m["cores"]
    );
    println!();
    let mut rows = Vec::new();
    for (case, text) in &selected {
        if args.quick && text.len() >= 5_000_000 {
            continue;
        }
        eprintln!("benchmarking {} ...", case.name);
        rows.push(bench_case(case, text, args.quick));
    }
    print_table(&rows);
    // time per MB from 100 KB up, per series (the same kind of text at
    // each size) and over all of them
    let series = [
        ("mixed", "mixed"),
        ("lower-cased", "lower"),
        ("short sentences", "short"),
    ];
    let mut all: Vec<f64> = Vec::new();
    println!();
    for (prefix, label) in series {
        let per_mb: Vec<f64> = rows
            .iter()
            .filter(|r| r.case.starts_with(prefix) && r.bytes >= 90_000)
            .map(|r| r.stages.last().map_or(f64::NAN, |s| s.1) / (r.bytes as f64 / 1e6))
            .collect();
        if per_mb.len() >= 2 {
            print_spread(label, &per_mb);
        }
        all.extend(per_mb);
    }
    if all.len() >= 2 {
        print_spread("all", &all);
    }
    let algorithms = if args.algorithms {
        let small: Vec<(Case, String)> = selected
            .iter()
            .filter(|(c, t)| {
                matches!(c.group, "news" | "size") && !(args.quick && t.len() >= 5_000_000)
            })
            .cloned()
            .collect();
        bench_algorithms(&small, args.quick)
    } else {
        Vec::new()
    };

    let mut memory_json = Value::Null;
    let big = selected.iter().any(|(c, _)| c.name == "mixed 10 MB");
    if big && !args.quick && !args.no_memory {
        // in a fresh process, so nothing measured above counts
        let out = std::env::current_exe()
            .and_then(|exe| Command::new(exe).args(["--memory", "mixed 10 MB"]).output());
        match out {
            Ok(o) if o.status.success() => match serde_json::from_slice::<Value>(&o.stdout) {
                Ok(v) => {
                    print_memory(&v);
                    memory_json = v;
                }
                Err(e) => eprintln!("memory: unreadable output: {e}"),
            },
            Ok(o) => eprintln!(
                "memory measurement failed: {}",
                String::from_utf8_lossy(&o.stderr)
            ),
            Err(e) => eprintln!("memory measurement failed: {e}"),
        }
    }

    let json = json!({
        "machine": m,
        "keywords": KEYWORDS,
        "rows": rows.iter().map(|r| json!({
            "case": r.case,
            "bytes": r.bytes,
            "words": r.words,
            "sentences": r.sentences,
            "checksum": r.checksum,
            "reps": r.reps,
            "ms": r.stages.iter().map(|(s, ms)| (s.to_string(), json!(ms))).collect::<serde_json::Map<_, _>>(),
        })).collect::<Vec<_>>(),
        "algorithms": algorithms,
        "memory": memory_json,
    });
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-output");
    let path = dir.join("bench-native.json");
    match std::fs::create_dir_all(&dir).and_then(|_| {
        std::fs::write(
            &path,
            serde_json::to_string_pretty(&json).unwrap_or_default(),
        )
    }) {
        Ok(()) => eprintln!("wrote {}", path.display()),
        Err(e) => eprintln!("could not write {}: {e}", path.display()),
    }
    ExitCode::SUCCESS
}
