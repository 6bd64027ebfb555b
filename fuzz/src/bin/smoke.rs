//! A bounded fuzz run on a stable toolchain: feeds the fuzz targets inputs
//! from a seeded PRNG (random bytes, news-like tokens, and mutations and
//! splices of the corpus in `fuzz/corpus/<target>/`) for a fixed time, with
//! the same invariant checks as the libFuzzer targets. Without coverage
//! guidance it finds less than libFuzzer, but it needs no nightly.
//!
//! ```text
//! cargo run --manifest-path fuzz/Cargo.toml --release --no-default-features \
//!     --bin smoke -- [--seconds 60] [--target NAME] [--seed N] [--max-len BYTES] [--slow-ms MS]
//! ```
//!
//! A failing input (a panic, or an input slower than `--slow-ms`) is saved
//! to `fuzz/artifacts/<target>/` and the run exits with status 1. Replay a
//! saved input with `--replay FILE --target NAME`.

use std::fs;
use std::panic;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Pieces that reach the corners of cleanup and segmentation.
const TOKENS: &[&str] = &[
    "The ",
    "council ",
    "approved ",
    "the ",
    "budget",
    ". ",
    "! ",
    "? ",
    ", ",
    "; ",
    ": ",
    "Mr. ",
    "Dr. ",
    "U.S. ",
    "e.g. ",
    "a.m. ",
    "No. 5 ",
    "J. R. ",
    "3.5% ",
    "1,000 ",
    "$1.13bn ",
    "sharply.Analysts ",
    "www.example.com ",
    "jo@news.org ",
    "https://e.com/a.b ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "\u{A0}",
    "\u{200B}",
    "\u{AD}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{0}",
    "\u{7}",
    "\u{1b}[0m",
    "\u{FFFD}",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "—",
    "–",
    "…",
    "...",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "'",
    "<b>",
    "</b>",
    "<img src=\"x.png\">",
    "<script>",
    "</script>",
    "<!-- ",
    " -->",
    "<image>",
    "</image>",
    "![alt](u.jpg)",
    "[link](http://x)",
    "# ",
    "## Heading\n",
    "- item\n",
    "1. item\n",
    "* ",
    "> ",
    "| ",
    "Read more: ",
    "Advertisement\n",
    "Share this article\n",
    "By Jane Doe\n",
    "Photograph: A/B\n",
    "(CNN)",
    "LONDON (Reuters) - ",
    "WASHINGTON — ",
    "6 hours ago\n",
    "Feb. 11, 2025\n",
    "Subscribe now ",
    "Sign in to ",
    "cookie policy ",
    "東京",
    "は",
    "雨",
    "。",
    "！",
    "？",
    "、",
    "的",
    "市议会",
    "مجلس",
    "المدينة",
    "،",
    "؟",
    "\u{200F}",
    "\u{202B}",
    "\u{202C}",
    "מועצה ",
    "😀",
    "👩\u{200D}💻",
    "🇬🇧",
    "e\u{301}",
    "Z\u{36B}\u{35F}",
    "İ",
    "ß",
    "Σ",
    "ǅ",
    "ﬁ",
    "Ⅻ",
    "٣",
    "Ⅷ",
    "_",
    "'s ",
    "can't ",
    "l'État ",
    "Buffalo ",
    "buffalo ",
];

/// xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

struct Args {
    seconds: f64,
    targets: Vec<String>,
    seed: u64,
    max_len: usize,
    slow_ms: u64,
    replay: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        seconds: 60.0,
        targets: Vec::new(),
        seed: 1,
        max_len: 16 * 1024,
        slow_ms: 2000,
        replay: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--seconds" => a.seconds = value("--seconds")?.parse().map_err(|e| format!("{e}"))?,
            "--target" => a.targets.push(value("--target")?),
            "--seed" => a.seed = value("--seed")?.parse().map_err(|e| format!("{e}"))?,
            "--max-len" => a.max_len = value("--max-len")?.parse().map_err(|e| format!("{e}"))?,
            "--slow-ms" => a.slow_ms = value("--slow-ms")?.parse().map_err(|e| format!("{e}"))?,
            "--replay" => a.replay = Some(PathBuf::from(value("--replay")?)),
            "-h" | "--help" => {
                return Err("usage: smoke [--seconds S] [--target NAME]... [--seed N] \
                            [--max-len BYTES] [--slow-ms MS] [--replay FILE]"
                    .into())
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(a)
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn load_corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = fuzz_dir().join("corpus").join(target);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|f| fs::read(f).ok()).collect()
}

/// One input: fresh (random bytes or tokens) or a mutated corpus entry.
fn make_input(rng: &mut Rng, corpus: &[Vec<u8>], max_len: usize) -> Vec<u8> {
    let mut data: Vec<u8> = match rng.below(4) {
        0 => (0..rng.below(max_len.min(512) + 1))
            .map(|_| rng.next() as u8)
            .collect(),
        1 => {
            let mut s = Vec::new();
            let n = rng.below(400);
            for _ in 0..n {
                s.extend_from_slice(TOKENS[rng.below(TOKENS.len())].as_bytes());
            }
            s
        }
        _ if !corpus.is_empty() => corpus[rng.below(corpus.len())].clone(),
        _ => Vec::new(),
    };
    // a few mutations
    for _ in 0..rng.below(8) {
        let len = data.len();
        match rng.below(8) {
            7 if len > 0 => {
                // grow: the whole input again and again, up to the size limit
                let copy = data.clone();
                while data.len() + copy.len() <= max_len && rng.below(16) > 0 {
                    data.extend_from_slice(&copy);
                }
            }
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len + 1);
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(i..i, t.iter().copied());
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + rng.below(64)).min(len);
                data.drain(a..b);
            }
            3 if len > 0 => {
                // repeat a slice (long runs, repeated lines)
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                let piece: Vec<u8> = data[a..b].to_vec();
                for _ in 0..rng.below(64) {
                    data.extend_from_slice(&piece);
                }
            }
            4 if !corpus.is_empty() => {
                let other = &corpus[rng.below(corpus.len())];
                let a = rng.below(other.len() + 1);
                data.extend_from_slice(&other[a..]);
            }
            5 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            _ => {
                // fresh option bytes at the front (summarize reads them there)
                let n = rng.below(24);
                let head: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                data.splice(0..0, head);
            }
        }
    }
    data.truncate(max_len);
    data
}

fn save(target: &str, kind: &str, data: &[u8]) -> PathBuf {
    let dir = fuzz_dir().join("artifacts").join(target);
    let _ = fs::create_dir_all(&dir);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
    let path = dir.join(format!("{kind}-{h:016x}"));
    let _ = fs::write(&path, data);
    path
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let targets: Vec<(&str, salient_fuzz::Target)> = salient_fuzz::TARGETS
        .iter()
        .copied()
        .filter(|(n, _)| args.targets.is_empty() || args.targets.iter().any(|t| t == n))
        .collect();
    if targets.is_empty() {
        eprintln!("no such target; the targets are: clean_segment, summarize, extract_html");
        return ExitCode::from(2);
    }
    if let Some(file) = &args.replay {
        let data = match fs::read(file) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{}: {e}", file.display());
                return ExitCode::from(2);
            }
        };
        for (name, run) in &targets {
            let t = Instant::now();
            run(&data);
            eprintln!("{name}: ok in {:?}", t.elapsed());
        }
        return ExitCode::SUCCESS;
    }
    // Quiet panics: the driver reports them itself.
    panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        LAST_PANIC.with(|p| *p.borrow_mut() = msg);
    }));
    let per_target = Duration::from_secs_f64(args.seconds / targets.len() as f64);
    let mut failed = false;
    for (name, run) in &targets {
        let corpus = load_corpus(name);
        let mut rng = Rng(args.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let start = Instant::now();
        let (mut execs, mut slowest, mut bytes) = (0u64, Duration::ZERO, 0usize);
        // the corpus as it is, first
        let mut queue: Vec<Vec<u8>> = corpus.clone();
        while start.elapsed() < per_target || !queue.is_empty() {
            let data = queue
                .pop()
                .unwrap_or_else(|| make_input(&mut rng, &corpus, args.max_len));
            let t = Instant::now();
            let outcome = panic::catch_unwind(|| run(&data));
            let took = t.elapsed();
            execs += 1;
            bytes += data.len();
            slowest = slowest.max(took);
            if outcome.is_err() {
                let path = save(name, "crash", &data);
                let msg = LAST_PANIC.with(|p| p.borrow().clone());
                eprintln!(
                    "{name}: FAILED on {} ({} bytes): {msg}",
                    path.display(),
                    data.len()
                );
                failed = true;
                break;
            }
            if took > Duration::from_millis(args.slow_ms) {
                let path = save(name, "slow", &data);
                eprintln!(
                    "{name}: SLOW input ({took:?} > {} ms) saved to {} ({} bytes)",
                    args.slow_ms,
                    path.display(),
                    data.len()
                );
                failed = true;
                break;
            }
        }
        println!(
            "{name}: {execs} inputs ({:.1} MB) in {:.1} s, slowest {:?}{}",
            bytes as f64 / 1e6,
            start.elapsed().as_secs_f64(),
            slowest,
            if failed {
                " — FAILED"
            } else {
                ", no failure"
            }
        );
        if failed {
            break;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}
