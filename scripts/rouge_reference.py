#!/usr/bin/env python3
"""Print reference ROUGE scores for the pairs in tests/data/rouge_pairs.json.

The values come from Google's `rouge-score` package (the implementation most
summarisation papers report), run with stemming as salient's `rouge` module
does:

    pip install rouge-score        # tested with rouge-score 0.1.2, nltk 3.10.4
    python3 scripts/rouge_reference.py

It prints one Rust array row per pair, in the order of the JSON file, ready
to paste into tests/rouge_agreement.rs:

    ("id", [r1_p, r1_r, r1_f, r2_p, r2_r, r2_f, rL_p, rL_r, rL_f, rLsum_p, rLsum_r, rLsum_f]),

Pass another JSON file of {"id", "reference", "candidate"} objects as the
first argument to score it instead.
"""

import json
import os
import sys

from rouge_score import rouge_scorer

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, os.pardir, "tests", "data", "rouge_pairs.json")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    with open(path, encoding="utf-8") as f:
        pairs = json.load(f)
    scorer = rouge_scorer.RougeScorer(TYPES, use_stemmer=True)
    try:
        from importlib.metadata import version

        print(f"// rouge-score {version('rouge-score')}, nltk {version('nltk')}")
    except Exception:  # pragma: no cover - metadata is informative only
        pass
    for pair in pairs:
        scores = scorer.score(pair["reference"], pair["candidate"])
        values = []
        for t in TYPES:
            s = scores[t]
            values += [s.precision, s.recall, s.fmeasure]
        body = ", ".join(f"{v:.6f}" for v in values)
        print(f'    ("{pair["id"]}", [{body}]),')


if __name__ == "__main__":
    main()
