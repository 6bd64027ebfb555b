//! `salient`: the command-line summariser. Run `salient --help`.

#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::{mpsc, Mutex};
use std::thread;

use salient::{Algorithm, Length, Options, Summary};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

const HELP: &str = "\
salient — offline extractive summariser

USAGE:
    salient [OPTIONS] [FILE]         summarise FILE (or stdin when FILE is absent or -)
    salient --split [FILE]           print every sentence of the cleaned text, one per line
    salient --extract page.html      print the article of a saved web page (title, then text)
    salient --jsonl [OPTIONS]        batch: one JSON object per stdin line

OPTIONS:
    -n, --sentences N     summary length in sentences (default 3)
    -r, --ratio R         summary length as a share of the sentences, 0 < R <= 1
    -w, --words W         summary length as a word budget (sentences are never cut)
    -a, --algorithm NAME  salient (default), lead, textrank, lexrank, luhn
    -k, --keywords K      also output the top K keywords (default: 0 for text, 5 for json/jsonl)
    -l, --language CODE   the text's language as an ISO 639-1 code (en, de, ja, ...), or auto
                          (default: detect it; an undetectable text gets no stopwords or stemming)
    -f, --format FORMAT   text (default) or json
        --split           print the sentences of the cleaned text instead of a summary
                          (split with the rules of the language)
        --html            the input is a web page (HTML): summarise its article. Detected
                          without the flag for .html/.htm/.xhtml files and for input that
                          starts like an HTML document (<!doctype html>, <html>)
        --no-html         the input is text, whatever it looks like
        --extract         print the article extracted from the HTML input and stop
        --jsonl           batch mode (see below)
    -j, --jobs N          batch mode: summarise on N threads (default: all cores)
    -h, --help            print this help
    -V, --version         print the version

HTML:
    The article is found as the page and bookmarklet find it (the same Rust extractor):
    the main text without menus, comments and other page furniture; its title comes
    first. With --format json, ranges are byte offsets into that extracted text.

OUTPUT:
    text   the summary, one sentence per line (line breaks inside a sentence become spaces);
           with --keywords, a blank line and 'keywords: a, b, c' follow
    json   one Summary object (the library's serde schema, README \"JSON output\"):
           {\"sentences\": [{\"index\", \"range\": {\"start\", \"end\"}, \"text\", \"score\",
           \"selected\"}], \"keywords\": [{\"text\", \"score\"}], \"removed\": [{\"range\",
           \"text\", \"reason\"}], \"title\", \"stats\": {...}}; ranges are byte offsets

BATCH (--jsonl):
    Each stdin line is {\"id\": ..., \"text\": \"...\"} with optional \"sentences\", \"ratio\",
    \"words\", \"algorithm\", \"keywords\" and \"language\" overriding the flags, and \"html\"
    (true: the text is a web page, its article is summarised; default: detected as for a
    file, unless --no-html). Other fields are ignored, but one spelled like an option
    (\"sentence\", \"Keywords\") is an error. Each output line is the Summary object of
    --format json with the line's \"id\" first (exactly as written), in input order,
    streamed. A bad line yields {\"id\": ..., \"error\": \"...\"} and the run goes on. With
    --jobs N, N lines are summarised at once; at most 8N lines are held in memory.

EXIT STATUS:
    0 on success (in batch mode, even when some lines were bad), 1 when input cannot be
    read or output cannot be written, 2 for invalid options.

ALGORITHMS:
";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

/// Whether the input is a web page.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Html {
    Detect,
    Yes,
    No,
}

#[derive(Debug)]
struct Cli {
    options: Options,
    keywords: Option<usize>,
    format: Format,
    split: bool,
    jsonl: bool,
    jobs: Option<NonZeroUsize>,
    file: Option<String>,
    html: Html,
    extract: bool,
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

/// A count flag's value: a whole number, with a message that says what is
/// wrong with a negative, fractional or too large one.
fn parse_count(flag: &str, value: &str) -> Result<usize, String> {
    value.parse().map_err(|_| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if value.strip_prefix('-').is_some_and(digits) {
            format!("{flag} expects a whole number of 0 or more, got {value}")
        } else if digits(value) {
            format!("{flag}: {value} is too large")
        } else {
            format!("{flag} expects a whole number, got {value:?}")
        }
    })
}

/// A language option: an ISO 639-1 code, or `auto` (detect).
fn parse_language(value: &str) -> Result<Option<salient::Lang>, String> {
    if value.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    salient::Lang::from_code(value).map(Some).ok_or_else(|| {
        let codes: Vec<&str> = salient::Lang::ALL.iter().map(|l| l.code()).collect();
        format!(
            "unknown language {value:?}; expected auto or one of: {}",
            codes.join(", ")
        )
    })
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Cli>, String> {
    let mut cli = Cli {
        options: Options::default(),
        keywords: None,
        format: Format::Text,
        split: false,
        jsonl: false,
        jobs: None,
        file: None,
        html: Html::Detect,
        extract: false,
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
                | "-j"
                | "--jobs"
                | "-l"
                | "--language"
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
            "-n" | "--sentences" => set_length(Length::Sentences(parse_count(&flag, &value)?))?,
            "-r" | "--ratio" => set_length(Length::Ratio(parse_number(&flag, &value)?))?,
            "-w" | "--words" => set_length(Length::Words(parse_count(&flag, &value)?))?,
            "-a" | "--algorithm" => {
                cli.options.algorithm = value.parse().map_err(|e| format!("{e}"))?
            }
            "-k" | "--keywords" => cli.keywords = Some(parse_count(&flag, &value)?),
            "-l" | "--language" => cli.options.language = parse_language(&value)?,
            "-j" | "--jobs" => {
                let n = parse_count(&flag, &value)?;
                cli.jobs = Some(NonZeroUsize::new(n).ok_or("--jobs must be at least 1")?);
            }
            "-f" | "--format" => {
                cli.format = match value.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    _ => return Err(format!("--format expects text or json, got {value:?}")),
                }
            }
            "--split" => cli.split = true,
            "--html" => cli.html = Html::Yes,
            "--no-html" => cli.html = Html::No,
            "--extract" => cli.extract = true,
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
        l.validate().map_err(|e| message(&e))?;
        cli.options.length = l;
    }
    if cli.split && cli.jsonl {
        return Err("--split and --jsonl cannot be combined".into());
    }
    if cli.jobs.is_some() && !cli.jsonl {
        return Err("--jobs only applies to --jsonl".into());
    }
    if cli.jsonl && (cli.extract || cli.html == Html::Yes) {
        return Err("--jsonl reads text lines; --html and --extract do not apply".into());
    }
    if cli.extract && cli.split {
        return Err("--extract and --split cannot be combined".into());
    }
    if cli.jsonl && cli.file.as_deref().is_some_and(|f| f != "-") {
        return Err("--jsonl reads stdin; do not give a FILE".into());
    }
    Ok(Some(cli))
}

/// True when `text` (from `file`) is a web page: an .html/.htm/.xhtml file,
/// or text that starts like an HTML document.
fn is_html(file: Option<&str>, text: &str) -> bool {
    let ext = file
        .and_then(|f| f.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    if matches!(ext.as_deref(), Some("html" | "htm" | "xhtml")) {
        return true;
    }
    let start: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// The article of a web page, as text for the summariser (title first).
fn article_text(html: &str) -> String {
    page_article(html).to_text()
}

/// The article of a web page.
fn page_article(html: &str) -> salient::extract::Article {
    salient::extract::extract(&salient::extract::parse_html(html))
}

/// The text of a file's bytes, decoded as the page decodes opened files: by
/// a byte-order mark (UTF-8, UTF-16); for what looks like a web page, by the
/// encoding its `<meta charset>` names (its first 2,048 bytes, read as
/// ASCII); else as UTF-8 when valid and windows-1252 (what browsers assume
/// for legacy Western text, Latin-1 included) when not. Bytes with a NUL in
/// their first 8 KB are no text (an image, an executable): an error. With
/// the text comes whether it is a web page: `html`, or [`is_html`] of the
/// name and the text's start, decided once for the charset and the caller.
fn decode(bytes: &[u8], name: &str, html: Html) -> Result<(String, bool), String> {
    use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
    let is_page = |text: &str| match html {
        Html::Yes => true,
        Html::No => false,
        Html::Detect => is_html(Some(name), text),
    };
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let text = encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
        let page = is_page(&text);
        return Ok((text, page));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(format!("{name} looks like a binary file, not text"));
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let page = is_page(&head);
    // (a UTF-16 label in an ASCII page means UTF-8, as browsers read it, and
    // a label of the "replacement" encoding is none)
    let declared = page.then(|| head.find("<meta")).flatten().and_then(|at| {
        let rest = &head[at..];
        let value = &rest[rest.find("charset")? + "charset".len()..];
        let value = value.trim_start().strip_prefix('=')?.trim_start();
        let value = value.trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')))
            .unwrap_or(value.len());
        Encoding::for_label_no_replacement(&value.as_bytes()[..end]).map(Encoding::output_encoding)
    });
    let encoding = match declared {
        Some(e) => e,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => WINDOWS_1252,
    };
    Ok((
        encoding.decode_without_bom_handling(bytes).0.into_owned(),
        page,
    ))
}

/// The input's text, and whether it is a web page (`html`, or detected).
fn read_input(file: Option<&str>, html: Html) -> Result<(String, bool), String> {
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
    decode(&bytes, file.filter(|f| *f != "-").unwrap_or("stdin"), html)
}

/// The output line of a batch line that could not be summarised.
#[derive(Serialize)]
struct BatchError<'a> {
    id: &'a RawValue,
    error: String,
}

/// One output line of the batch mode: the line's id, then the summary.
#[derive(Serialize)]
struct BatchOutput<'a> {
    id: &'a RawValue,
    #[serde(flatten)]
    summary: &'a Summary,
}

/// The id of a batch line as it was written (`18446744073709551617` and
/// `1e2` come back as they went in, not as the nearest floats), `null`
/// without one.
#[derive(serde::Deserialize)]
struct LineId<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
}

/// The fields a batch line may hold besides the options
/// ([`Options::FIELDS`]).
const LINE_FIELDS: [&str; 3] = ["id", "text", "html"];

/// Every field a batch line may hold.
fn line_fields() -> impl Iterator<Item = &'static str> {
    LINE_FIELDS.into_iter().chain(Options::FIELDS)
}

/// Edit distance (insertions, deletions, substitutions) between two short
/// ASCII-or-not strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A field of a batch line that looks like a misspelled option ("sentence",
/// "Keywords", "langauge"), with the field it looks like. Other unknown
/// fields (a line's own metadata) are left alone.
fn misspelled_field(obj: &Map<String, Value>) -> Option<(&str, &'static str)> {
    obj.keys().find_map(|key| {
        if line_fields().any(|f| f == key) {
            return None;
        }
        let lower = key.to_lowercase();
        // another case, a singular or plural, or (for the long names only,
        // which no data field is near) a slip of two letters; "rating" and
        // "next" are a line's own fields, not ratio and text
        line_fields()
            .find(|&f| {
                lower == f
                    || lower.strip_suffix('s') == Some(f)
                    || f.strip_suffix('s') == Some(lower.as_str())
                    || (f.len() >= 7 && edit_distance(&lower, f) <= 2)
            })
            .map(|f| (key.as_str(), f))
    })
}

/// Options of one batch line: the flags, overridden by the line's fields.
fn line_options(
    obj: &Map<String, Value>,
    base: &Options,
    base_k: usize,
) -> Result<(Options, usize), String> {
    if let Some((key, like)) = misspelled_field(obj) {
        return Err(format!("unknown field {key:?} (did you mean {like:?}?)"));
    }
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
    if let Some(v) = obj.get("language") {
        options.language = match v {
            Value::Null => None,
            Value::String(code) => parse_language(code).map_err(|e| format!("language: {e}"))?,
            other => return Err(format!("language must be a string, got {other}")),
        };
    }
    let k = match obj.get("keywords") {
        Some(v) => count("keywords", v)?,
        None => base_k,
    };
    options.validate().map_err(|e| message(&e))?;
    Ok((options.with_keywords(k), k))
}

/// The output of one batch line, as a line of JSON.
fn batch_line(line: &str, base: &Options, base_k: usize, detect_html: bool) -> String {
    let error = |id: &RawValue, error: String| {
        serde_json::to_string(&BatchError { id, error }).unwrap_or_default()
    };
    let null: Box<RawValue> = Box::default(); // null
    let parsed: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return error(&null, format!("invalid JSON: {e}")),
    };
    let Some(obj) = parsed.as_object() else {
        return error(&null, "each line must be a JSON object".into());
    };
    // (the line parsed as a Value already: it parses as an object with an id)
    let raw = serde_json::from_str::<LineId>(line).ok().and_then(|l| l.id);
    // (a line with "id" twice: the value kept, written again)
    let again = obj
        .get("id")
        .filter(|_| raw.is_none())
        .and_then(|v| serde_json::value::to_raw_value(v).ok());
    let id: &RawValue = raw.or(again.as_deref()).unwrap_or(&null);
    let text = match obj.get("text") {
        Some(Value::String(t)) => t,
        Some(other) => return error(id, format!("text must be a string, got {other}")),
        None => return error(id, "missing field text".into()),
    };
    let (options, _) = match line_options(obj, base, base_k) {
        Ok(o) => o,
        Err(e) => return error(id, e),
    };
    let html = match obj.get("html") {
        Some(Value::Bool(b)) => *b,
        None | Some(Value::Null) => detect_html && is_html(None, text),
        Some(other) => return error(id, format!("html must be true or false, got {other}")),
    };
    let article;
    let text = if html {
        article = article_text(text);
        &article
    } else {
        text
    };
    match salient::summarize(text, &options) {
        Ok(summary) => serde_json::to_string(&BatchOutput {
            id,
            summary: &summary,
        })
        .unwrap_or_else(|e| error(id, format!("cannot write the summary as JSON: {e}"))),
        Err(e) => error(id, message(&e)),
    }
}

/// The library's message for `e`, and for a ratio out of range the number
/// given: the library leaves it out, so that the wasm need not format floats.
fn message(e: &salient::Error) -> String {
    match e {
        // (1e300 in exponent form, not as 301 digits)
        salient::Error::InvalidRatio(r) if *r == 0.0 || (1e-4..1e16).contains(&r.abs()) => {
            format!("{e}: {r} was given")
        }
        salient::Error::InvalidRatio(r) => format!("{e}: {r:e} was given"),
        e => e.to_string(),
    }
}

/// Batch mode: one summary per stdin line, in input order, on `jobs`
/// threads. Lines are taken by whichever thread is free; the main thread
/// writes results in order as they complete. At most `8 * jobs` lines are
/// in flight (read but not yet written), so memory stays bounded however
/// long the input and however uneven the lines.
fn run_batch(cli: &Cli) -> ExitCode {
    let jobs = cli
        .jobs
        .or_else(|| thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let base_k = cli.keywords.unwrap_or(5);
    let window = jobs * 8;
    // a token per line in flight: taken before a line is read, given back
    // when its result is written
    let (give_back, tokens) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = give_back.send(());
    }
    // the input, the number of lines read, and the first read error
    let input = io::BufReader::new(io::stdin());
    let source = Mutex::new((input, 0usize, None::<io::Error>, tokens));
    let (results, finished) = mpsc::channel::<(usize, Option<String>)>();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut written_all = true;
    let mut write_error = None::<io::Error>;
    thread::scope(|scope| {
        for _ in 0..jobs {
            let results = results.clone();
            let source = &source;
            scope.spawn(move || {
                let mut buf = Vec::new();
                loop {
                    let seq = {
                        let Ok(mut guard) = source.lock() else { return };
                        let (input, count, failed, tokens) = &mut *guard;
                        if failed.is_some() || tokens.recv().is_err() {
                            return;
                        }
                        buf.clear();
                        match input.read_until(b'\n', &mut buf) {
                            Ok(0) => return,
                            Ok(_) => {}
                            Err(e) => {
                                *failed = Some(e);
                                return;
                            }
                        }
                        *count += 1;
                        *count - 1
                    };
                    let line = String::from_utf8_lossy(&buf);
                    // (a byte-order mark, as Windows tools write before the first line)
                    let line = line.trim().trim_start_matches('\u{FEFF}');
                    let result = (!line.is_empty())
                        .then(|| batch_line(line, &cli.options, base_k, cli.html != Html::No));
                    if results.send((seq, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(results);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (seq, result) in finished.iter() {
            pending.insert(seq, result);
            while let Some(result) = pending.remove(&next) {
                next += 1;
                if let Some(line) = result {
                    if let Err(e) = writeln!(out, "{line}").and_then(|_| out.flush()) {
                        // the reader went away (e.g. `| head`): stop quietly;
                        // any other failure (a full disk) is reported
                        if e.kind() != io::ErrorKind::BrokenPipe {
                            write_error = Some(e);
                        }
                        written_all = false;
                    }
                }
                if !written_all {
                    break;
                }
                let _ = give_back.send(());
            }
            if !written_all {
                break;
            }
        }
        // no more tokens: threads waiting for one stop
        drop(give_back);
    });
    if let Some(e) = write_error {
        eprintln!("salient: cannot write output: {e}");
        return ExitCode::from(1);
    }
    if let Ok((_, _, Some(e), _)) = source.into_inner() {
        let _ = out.flush();
        eprintln!("salient: cannot read stdin: {e}");
        return ExitCode::from(1);
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
    let html = if cli.extract { Html::Yes } else { cli.html };
    let (mut text, html) = match read_input(cli.file.as_deref(), html) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("salient: {e}");
            return ExitCode::from(1);
        }
    };
    if html {
        let article = page_article(&text);
        if !article.looks_like_an_article() {
            eprintln!(
                "salient: this page does not look like an article (its text is short \
                 paragraphs: links, headlines); what follows may be its menus and headlines"
            );
        }
        text = article.to_text();
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if cli.extract {
        writeln!(out, "{text}")
    } else if cli.split {
        let sentences = match cli.options.language {
            Some(language) => salient::split_sentences_in(&text, Some(language)),
            None => salient::split_sentences(&text),
        };
        sentences
            .iter()
            .try_for_each(|s| writeln!(out, "{}", s.text))
    } else {
        let k = cli
            .keywords
            .unwrap_or(if cli.format == Format::Json { 5 } else { 0 });
        let options = cli.options.clone().with_keywords(k);
        let summary = match salient::summarize(&text, &options) {
            Ok(s) => s,
            Err(e) => return usage_error(e),
        };
        match cli.format {
            Format::Json => serde_json::to_writer(&mut out, &summary)
                .map_err(io::Error::from)
                .and_then(|_| writeln!(out)),
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
