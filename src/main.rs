//! `salient`: the command-line summariser. Run `salient --help`.

#![forbid(unsafe_code)]

use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use salient::{Algorithm, Length, Options, Summary};
use serde_json::{json, Map, Value};

const HELP: &str = "\
salient — offline extractive summariser

USAGE:
    salient [OPTIONS] [FILE]         summarise FILE (or stdin when FILE is absent or -)
    salient --split [FILE]           print every sentence of the cleaned text, one per line
    salient --jsonl [OPTIONS]        batch: one JSON object per stdin line

OPTIONS:
    -n, --sentences N     summary length in sentences (default 3)
    -r, --ratio R         summary length as a share of the sentences, 0 < R <= 1
    -w, --words W         summary length as a word budget (sentences are never cut)
    -a, --algorithm NAME  salient (default), lead, textrank, lexrank, luhn
    -k, --keywords K      also output the top K keywords (default: 0 for text, 5 for json/jsonl)
    -f, --format FORMAT   text (default) or json
        --split           print the sentences of the cleaned text instead of a summary
        --jsonl           batch mode (see below)
    -h, --help            print this help
    -V, --version         print the version

OUTPUT:
    text   the summary, one sentence per line (line breaks inside a sentence become spaces);
           with --keywords, a blank line and 'keywords: a, b, c' follow
    json   one object: every sentence with index, text, score, byte range (start, end) and
           whether it was selected; the summary; keywords; what cleanup set aside; counts;
           timing in milliseconds

BATCH (--jsonl):
    Each stdin line is {\"id\": ..., \"text\": \"...\"} with optional \"sentences\", \"ratio\",
    \"words\", \"algorithm\" and \"keywords\" overriding the flags. Each output line is
    {\"id\": ..., \"sentences\": [...], \"keywords\": [...]}, in input order, streamed.
    A bad line yields {\"id\": ..., \"error\": \"...\"} and the run goes on.

EXIT STATUS:
    0 on success (in batch mode, even when some lines were bad), 1 when input cannot be
    read, 2 for invalid options.

ALGORITHMS:
";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

#[derive(Debug)]
struct Cli {
    options: Options,
    keywords: Option<usize>,
    format: Format,
    split: bool,
    jsonl: bool,
    file: Option<String>,
}

fn usage_error(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("salient: {msg}\nTry 'salient --help' for more information.");
    ExitCode::from(2)
}

fn parse_number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} expects a number, got {value:?}"))
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Cli>, String> {
    let mut cli = Cli {
        options: Options::default(),
        keywords: None,
        format: Format::Text,
        split: false,
        jsonl: false,
        file: None,
    };
    let mut length: Option<(String, Length)> = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let takes_value = matches!(
            flag.as_str(),
            "-n" | "--sentences"
                | "-r"
                | "--ratio"
                | "-w"
                | "--words"
                | "-a"
                | "--algorithm"
                | "-k"
                | "--keywords"
                | "-f"
                | "--format"
        );
        let value = if takes_value {
            match inline.or_else(|| args.next()) {
                Some(v) => v,
                None => return Err(format!("{flag} needs a value")),
            }
        } else {
            if inline.is_some() {
                return Err(format!("{flag} takes no value"));
            }
            String::new()
        };
        let mut set_length = |l: Length| match &length {
            Some((prev, _)) if *prev != flag => {
                Err(format!("{flag} conflicts with {prev}: give one length"))
            }
            _ => {
                length = Some((flag.clone(), l));
                Ok(())
            }
        };
        match flag.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                for a in Algorithm::ALL {
                    println!("    {:<10} {}", a.name(), a.description());
                }
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("salient {}", salient::VERSION);
                return Ok(None);
            }
            "-n" | "--sentences" => set_length(Length::Sentences(parse_number(&flag, &value)?))?,
            "-r" | "--ratio" => set_length(Length::Ratio(parse_number(&flag, &value)?))?,
            "-w" | "--words" => set_length(Length::Words(parse_number(&flag, &value)?))?,
            "-a" | "--algorithm" => {
                cli.options.algorithm = value.parse().map_err(|e| format!("{e}"))?
            }
            "-k" | "--keywords" => cli.keywords = Some(parse_number(&flag, &value)?),
            "-f" | "--format" => {
                cli.format = match value.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    _ => return Err(format!("--format expects text or json, got {value:?}")),
                }
            }
            "--split" => cli.split = true,
            "--jsonl" => cli.jsonl = true,
            "-" => cli.file = Some(arg),
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option {f}")),
            _ => {
                if cli.file.is_some() {
                    return Err(format!("only one FILE can be given (got {arg:?} too)"));
                }
                cli.file = Some(arg);
            }
        }
    }
    if let Some((_, l)) = length {
        l.validate().map_err(|e| e.to_string())?;
        cli.options.length = l;
    }
    if cli.split && cli.jsonl {
        return Err("--split and --jsonl cannot be combined".into());
    }
    if cli.jsonl && cli.file.as_deref().is_some_and(|f| f != "-") {
        return Err("--jsonl reads stdin; do not give a FILE".into());
    }
    Ok(Some(cli))
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    let bytes = match file {
        None | Some("-") => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            buf
        }
        Some(path) => fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
    };
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn summary_json(s: &Summary, options: &Options, millis: f64) -> Value {
    json!({
        "algorithm": options.algorithm.name(),
        "title": s.title,
        "summary": s.texts(),
        "sentences": s.sentences.iter().map(|x| json!({
            "index": x.index,
            "text": x.text,
            "score": x.score,
            "start": x.range.start,
            "end": x.range.end,
            "selected": x.selected,
        })).collect::<Vec<_>>(),
        "keywords": s.keywords.iter().map(|k| json!({"text": k.text, "score": k.score})).collect::<Vec<_>>(),
        "removed": s.removed.iter().map(|r| json!({
            "text": r.text,
            "reason": r.reason.label(),
            "start": r.range.start,
            "end": r.range.end,
        })).collect::<Vec<_>>(),
        "counts": {
            "input_chars": s.stats.input_chars,
            "input_words": s.stats.input_words,
            "input_sentences": s.stats.input_sentences,
            "summary_words": s.stats.summary_words,
            "summary_sentences": s.stats.summary_sentences,
            "removed": s.removed.len(),
        },
        "timing_ms": millis,
    })
}

/// Options of one batch line: the flags, overridden by the line's fields.
fn line_options(
    obj: &Map<String, Value>,
    base: &Options,
    base_k: usize,
) -> Result<(Options, usize), String> {
    let mut options = base.clone();
    let count = |name: &str, v: &Value| -> Result<usize, String> {
        v.as_u64()
            .map(|n| n as usize)
            .ok_or_else(|| format!("{name} must be a non-negative integer, got {v}"))
    };
    let lengths: Vec<&str> = ["sentences", "ratio", "words"]
        .into_iter()
        .filter(|k| obj.contains_key(*k))
        .collect();
    if lengths.len() > 1 {
        return Err(format!(
            "give at most one of sentences, ratio and words (got {})",
            lengths.join(", ")
        ));
    }
    if let Some(v) = obj.get("sentences") {
        options.length = Length::Sentences(count("sentences", v)?);
    }
    if let Some(v) = obj.get("words") {
        options.length = Length::Words(count("words", v)?);
    }
    if let Some(v) = obj.get("ratio") {
        let r = v
            .as_f64()
            .ok_or_else(|| format!("ratio must be a number, got {v}"))?;
        options.length = Length::Ratio(r);
    }
    if let Some(v) = obj.get("algorithm") {
        let name = v
            .as_str()
            .ok_or_else(|| format!("algorithm must be a string, got {v}"))?;
        options.algorithm = name.parse().map_err(|e: salient::Error| e.to_string())?;
    }
    let k = match obj.get("keywords") {
        Some(v) => count("keywords", v)?,
        None => base_k,
    };
    options.validate().map_err(|e| e.to_string())?;
    Ok((options.with_keywords(k), k))
}

fn batch_line(line: &str, base: &Options, base_k: usize) -> Value {
    let parsed: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({"id": null, "error": format!("invalid JSON: {e}")}),
    };
    let Some(obj) = parsed.as_object() else {
        return json!({"id": null, "error": "each line must be a JSON object"});
    };
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    let text = match obj.get("text") {
        Some(Value::String(t)) => t,
        Some(other) => {
            return json!({"id": id, "error": format!("text must be a string, got {other}")})
        }
        None => return json!({"id": id, "error": "missing field text"}),
    };
    let (options, _) = match line_options(obj, base, base_k) {
        Ok(o) => o,
        Err(e) => return json!({"id": id, "error": e}),
    };
    match salient::summarize(text, &options) {
        Ok(s) => json!({
            "id": id,
            "sentences": s.texts(),
            "keywords": s.keywords.iter().map(|k| k.text.as_str()).collect::<Vec<_>>(),
        }),
        Err(e) => json!({"id": id, "error": e.to_string()}),
    }
}

fn run_batch(cli: &Cli) -> ExitCode {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let base_k = cli.keywords.unwrap_or(5);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                let _ = out.flush();
                eprintln!("salient: cannot read stdin: {e}");
                return ExitCode::from(1);
            }
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let result = batch_line(line, &cli.options, base_k);
        if writeln!(out, "{result}").and_then(|_| out.flush()).is_err() {
            // the reader went away (e.g. `| head`): stop quietly
            return ExitCode::SUCCESS;
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let cli = match parse_args(std::env::args().skip(1)) {
        Ok(Some(cli)) => cli,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => return usage_error(e),
    };
    if cli.jsonl {
        return run_batch(&cli);
    }
    let text = match read_input(cli.file.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("salient: {e}");
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if cli.split {
        salient::split_sentences(&text)
            .iter()
            .try_for_each(|s| writeln!(out, "{}", s.text))
    } else {
        let k = cli
            .keywords
            .unwrap_or(if cli.format == Format::Json { 5 } else { 0 });
        let options = cli.options.clone().with_keywords(k);
        let started = Instant::now();
        let summary = match salient::summarize(&text, &options) {
            Ok(s) => s,
            Err(e) => return usage_error(e),
        };
        let millis = started.elapsed().as_secs_f64() * 1000.0;
        match cli.format {
            Format::Json => writeln!(out, "{}", summary_json(&summary, &options, millis)),
            Format::Text => summary
                .selected()
                .try_for_each(|s| writeln!(out, "{}", s.text))
                .and_then(|_| {
                    if k > 0 && !summary.keywords.is_empty() {
                        let kw: Vec<&str> =
                            summary.keywords.iter().map(|k| k.text.as_str()).collect();
                        writeln!(out, "\nkeywords: {}", kw.join(", "))
                    } else {
                        Ok(())
                    }
                }),
        }
    };
    match written.and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("salient: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}
