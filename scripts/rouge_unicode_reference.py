#!/usr/bin/env python3
"""Reference Unicode ROUGE for the pairs in tests/data/rouge_unicode_pairs.json.

The evaluation tool scores sets in languages other than English and French
with Unicode tokens (examples/eval/unicode.rs); this is the same tokeniser
written with Python's `unicodedata`, and ROUGE computed by Google's
`rouge-score` with that tokeniser:

    pip install rouge-score==0.1.2     # only for the scores; tokens need nothing
    python3 scripts/rouge_unicode_reference.py > tests/data/rouge_unicode_expected.json

Tokens: NFC, full case folding (str.casefold), NFC again; format characters
(Cf) removed; runs of letters (L*), combining marks (M*) and decimal digits
(Nd); each letter or number of the CJK ideograph, kana and Thai blocks is a
token of its own, with the combining marks that follow it. No stemming.

Prints one JSON object: the Unicode version of `unicodedata`, and for each
pair its id, the tokens of both texts and the 12 scores (P, R, F of ROUGE-1,
ROUGE-2, ROUGE-L and ROUGE-Lsum). Pass another JSON file of {"id",
"reference", "candidate"} objects as the first argument to score it instead.
"""

import json
import os
import sys
import unicodedata

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]

# The CJK ideograph, kana and Thai blocks whose letters and numbers stand alone.
ALONE_BLOCKS = [
    (0x0E00, 0x0E7F),  # Thai
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3038, 0x303C),
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
    (0x1B000, 0x1B16F),
    (0x20000, 0x323AF),
]


def stands_alone(ch):
    cp = ord(ch)
    if not any(lo <= cp <= hi for lo, hi in ALONE_BLOCKS):
        return False
    cat = unicodedata.category(ch)
    return cat[0] == "L" or cat in ("Nd", "Nl")


def tokens(text):
    text = unicodedata.normalize("NFC", text)
    text = unicodedata.normalize("NFC", text.casefold())
    out, current, alone = [], "", False
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cf":
            continue
        if stands_alone(ch):
            if current:
                out.append(current)
            current, alone = ch, True
        elif cat[0] == "M":
            current += ch
        elif cat[0] == "L" or cat == "Nd":
            if alone and current:
                out.append(current)
                current = ""
            current += ch
            alone = False
        else:
            if current:
                out.append(current)
            current, alone = "", False
    if current:
        out.append(current)
    return out


class UnicodeTokenizer:
    def tokenize(self, text):
        return tokens(text)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, os.pardir, "tests", "data", "rouge_unicode_pairs.json")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    with open(path, encoding="utf-8") as f:
        pairs = json.load(f)
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(TYPES, tokenizer=UnicodeTokenizer())
    rows = []
    for pair in pairs:
        scores = scorer.score(pair["reference"], pair["candidate"])
        values = []
        for t in TYPES:
            s = scores[t]
            values += [round(s.precision, 6), round(s.recall, 6), round(s.fmeasure, 6)]
        rows.append(
            {
                "id": pair["id"],
                "reference_tokens": tokens(pair["reference"]),
                "candidate_tokens": tokens(pair["candidate"]),
                "scores": values,
            }
        )
    out = {"unicodedata": unicodedata.unidata_version, "pairs": rows}
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
