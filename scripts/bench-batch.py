#!/usr/bin/env python3
"""The CLI's batch mode (`salient --jsonl`) on one core and on all, against
sumy's LexRank on the same stories (sumy for measurement only: it is not
part of salient).

    make bench-batch        # builds the CLI, generates 400 stories, runs this
    python3 scripts/bench-batch.py BATCH.jsonl [--salient target/release/salient]
        [--runs 5] [--sumy-runs 1] [--sentences 3] [--no-sumy]

BATCH.jsonl holds {"id", "text"} lines, e.g. the generated stories of
`cargo bench --profile bench-native --features internals --bench pipeline --
--dump-batch 400`. Every summary has --sentences sentences; salient makes
no keywords (sumy makes none).

salient is timed as a whole process (start-up, reading and writing JSON
included), `--jobs 1` and `--jobs <cores>` interleaved, median of --runs.
sumy is timed inside Python (imports excluded): for each story, its
PlaintextParser on the pre-split text and LexRankSummarizer (null stemmer,
no stop words), as in scripts/sumy_baseline.py, whose sentence splitter and
word tokenizer it uses (NLTK's punkt data, which sumy's own tokenizers
need, cannot be downloaded here).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def run_salient(binary, data, jobs, sentences):
    start = time.perf_counter()
    out = subprocess.run(
        [binary, "--jsonl", "--jobs", str(jobs), "--sentences", str(sentences), "--keywords", "0"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout
    elapsed = time.perf_counter() - start
    lines = out.decode().splitlines()
    return elapsed, lines


def run_sumy(texts, sentences):
    from sumy.nlp.stemmers import null_stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy_baseline import PreSplit, after_title, split_sentences

    summarizer = LexRankSummarizer(null_stemmer)
    summarizer.stop_words = []
    tokenizer = PreSplit()
    start = time.perf_counter()
    picked = 0
    for text in texts:
        split = "\n\n".join(split_sentences(after_title(text)))
        parser = PlaintextParser.from_string(split, tokenizer)
        picked += len(summarizer(parser.document, sentences))
    return time.perf_counter() - start, picked


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("batch")
    ap.add_argument("--salient", default="target/release/salient")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sumy-runs", type=int, default=1)
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("--no-sumy", action="store_true")
    args = ap.parse_args()

    with open(args.batch, "rb") as f:
        data = f.read()
    texts = [json.loads(line)["text"] for line in data.decode().splitlines() if line.strip()]
    cores = os.cpu_count() or 1
    times = {1: [], cores: []}
    for _ in range(args.runs):
        for jobs in times:
            elapsed, lines = run_salient(args.salient, data, jobs, args.sentences)
            if len(lines) != len(texts) or any("error" in json.loads(l) for l in lines):
                sys.exit(f"salient --jobs {jobs}: {len(lines)} lines for {len(texts)} stories, or errors")
            ids = [json.loads(l)["id"] for l in lines]
            if ids != list(range(len(texts))):
                sys.exit(f"salient --jobs {jobs}: output not in input order")
            times[jobs].append(elapsed)
    rows = [
        (f"salient --jsonl --jobs 1", statistics.median(times[1]), args.runs),
        (f"salient --jsonl --jobs {cores}", statistics.median(times[cores]), args.runs),
    ]
    if not args.no_sumy:
        sumy_times = []
        for _ in range(args.sumy_runs):
            elapsed, picked = run_sumy(texts, args.sentences)
            sumy_times.append(elapsed)
        rows.append(("sumy 0.13 LexRank (in-process)", statistics.median(sumy_times), args.sumy_runs))
    size = sum(len(t.encode()) for t in texts)
    print(f"{len(texts)} stories, {size / 1e6:.2f} MB, {args.sentences} sentences each; {cores} cores")
    print()
    print("| run | seconds (median) | runs | stories per second | sumy's time over this |")
    print("|---|---|---|---|---|")
    sumy_s = rows[-1][1] if not args.no_sumy else None
    for name, s, n in rows:
        ratio = f"{sumy_s / s:.1f}x" if sumy_s else "–"
        print(f"| {name} | {s:.3f} | {n} | {len(texts) / s:.0f} | {ratio} |")


if __name__ == "__main__":
    main()
