#!/usr/bin/env python3
"""Summaries by sumy's TextRank or LexRank, as a reference baseline for the
evaluation tool (`--candidates NAME=FILE`). For measurement only: sumy is not
part of salient.

    pip install sumy==0.13.0 numpy
    python3 scripts/sumy_baseline.py textrank ../shared/eval/ml/bn_bnlpc.dev.jsonl > /tmp/bn.textrank.jsonl
    cargo run --release --example eval -- ../shared/eval/ml/bn_bnlpc.dev.jsonl \\
        --reference-length --algorithms lead-n --candidates sumy-textrank=/tmp/bn.textrank.jsonl

sumy's own tokenizers need NLTK's punkt data, which cannot be downloaded
here, so sumy is fed pre-split text through its PlaintextParser with a
tokenizer of this file's own:
- the title line is dropped (the first line, when more text follows it), as
  for the evaluation tool's `lead-N (raw)`;
- sentences: every line break ends one, and inside a line a sentence ends
  after `. ! ? । ॥ 。 ！ ？` (with any closing quotes or brackets) followed
  by white space, or right after `。 ！ ？`;
- words: the Unicode ROUGE tokens of scripts/rouge_unicode_reference.py
  (NFC, case-folded; letters, digits and combining marks; CJK and Thai
  characters one by one);
- no stemming (sumy's null stemmer) and no stop words: the same for every
  language.

Each summary has as many sentences as the record's `summary` has non-empty
lines, in document order, joined by "\\n". Prints one {"id", "summary"} a line.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rouge_unicode_reference import tokens  # noqa: E402

from sumy.parsers.plaintext import PlaintextParser  # noqa: E402
from sumy.nlp.stemmers import null_stemmer  # noqa: E402
from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: E402
from sumy.summarizers.text_rank import TextRankSummarizer  # noqa: E402

CLOSERS = "\"'”’»)]」』》"
SENTENCE_END = re.compile(
    r"(?<=[.!?।॥。！？])[" + re.escape(CLOSERS) + r"]*(?:\s+|(?<=[。！？]))"
)


def after_title(article):
    text = article.lstrip()
    first, sep, rest = text.partition("\n")
    return rest if sep and rest.strip() else text


def split_sentences(text):
    out = []
    for line in text.split("\n"):
        start = 0
        for m in SENTENCE_END.finditer(line):
            piece = line[start : m.end()].strip()
            if piece:
                out.append(piece)
            start = m.end()
        piece = line[start:].strip()
        if piece:
            out.append(piece)
    return out


class PreSplit:
    """A sumy tokenizer for text with one sentence a paragraph (PlaintextParser
    joins the lines of a paragraph with spaces, so sentences are separated
    by blank lines)."""

    language = "none"

    def to_sentences(self, paragraph):
        return [paragraph] if paragraph.strip() else []

    def to_words(self, sentence):
        return tokens(sentence)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("textrank", "lexrank"):
        sys.exit("usage: sumy_baseline.py textrank|lexrank FILE.jsonl")
    algorithm, path = sys.argv[1], sys.argv[2]
    make = TextRankSummarizer if algorithm == "textrank" else LexRankSummarizer
    summarizer = make(null_stemmer)
    summarizer.stop_words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            n = sum(1 for l in record["summary"].split("\n") if l.strip())
            sentences = split_sentences(after_title(record["article"]))
            parser = PlaintextParser("\n\n".join(sentences), PreSplit())
            chosen = summarizer(parser.document, n)
            summary = "\n".join(str(s) for s in chosen)
            print(json.dumps({"id": record["id"], "summary": summary}, ensure_ascii=False))


if __name__ == "__main__":
    main()
