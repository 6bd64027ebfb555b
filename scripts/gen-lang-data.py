#!/usr/bin/env python3
"""Generates src/lang/data.rs, the evidence of the language detector
(src/lang/mod.rs), from stopwords-iso.

Source: stopwords-iso 1.1.0 (the npm package `stopwords-iso`, MIT licence,
copyright (c) Gene Diaz; the same file ships in the `stop-words` crate):

    cd "$(mktemp -d)" && npm pack stopwords-iso@1.1.0 && tar xzf stopwords-iso-1.1.0.tgz
    python3 /path/to/salient/scripts/gen-lang-data.py package/stopwords-iso.json 100 \\
        "$STOP_WORDS_CRATE/src/nltk" > /path/to/salient/src/lang/data.rs

(STOP_WORDS_CRATE: the stop-words 0.10 crate's source, e.g. in ~/.cargo/registry/src/.)

For each language of the list it writes:
- its script (the Unicode script of most letters of its words);
- its alphabet: the letters and marks of its script that its words use,
  outside ASCII a-z (from the whole list, as written and composed and
  decomposed), which tells Danish from Swedish, Spanish from Portuguese,
  Kazakh from Russian;
- for languages whose script other languages of the list share (Latin,
  Cyrillic, Arabic, Devanagari): up to MAX_WORDS of its words, shortest
  first (function words are the short ones), after dropping entries that
  are not one word of letters (numbers, punctuation, multi-word entries),
  the single letters of lists that list the whole alphabet, the two-letter
  entries of lists that list codes (English has 272), and words that
  more than MAX_SHARED lists hold (no evidence for any one language).

The languages whose script is theirs alone (Greek, Armenian, Hebrew,
Bengali, Gujarati, Thai, Korean) and Chinese and Japanese are told by
script, so their words are not needed.
"""

import json
import sys
import unicodedata
from collections import Counter

MAX_WORDS = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
# The curated NLTK (Snowball) lists of function words, as the stop-words crate
# ships them (src/nltk/<language name>): their words go first.
NLTK_DIR = sys.argv[3] if len(sys.argv) > 3 else None
NLTK_NAMES = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
    "he": "hebrew", "hu": "hungarian", "id": "indonesian", "it": "italian", "nb": "norwegian",
    "nl": "dutch", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sl": "slovenian",
    "sv": "swedish", "tr": "turkish", "bn": "bengali", "zh": "chinese",
}


# Function words a curated list lacks, counted as curated: NLTK's French list
# has no "a" (third person of avoir, one of the most frequent French words),
# and stopwords-iso's French list, which has it, lists the alphabet, whose
# letters are left out: without it, "a" was evidence for Catalan, Italian,
# Spanish and Romanian only, and a short French paragraph got no language.
CURATED_EXTRA = {"fr": {"a"}}


def nltk_words(code):
    extra = CURATED_EXTRA.get(code, set())
    if not NLTK_DIR or code not in NLTK_NAMES:
        return set(extra)
    import os
    path = os.path.join(NLTK_DIR, NLTK_NAMES[code])
    with open(path, encoding="utf-8") as f:
        return extra | {unicodedata.normalize("NFC", w.strip().lower().translate(FOLD)) for w in f if w.strip()}
MAX_SHARED = 6
# A list with this many one-letter entries lists the alphabet, and one with
# this many two-letter entries lists codes (countries, languages): noise.
ALPHABET_LISTED = 20
CODES_LISTED = 150
SHARED_SCRIPTS = {"Latin", "Cyrillic", "Arabic", "Devanagari"}
# stopwords-iso's code for Norwegian Bokmål is "no"
CODES = {"no": "nb"}


def script_of(ch):
    if "a" <= ch.lower() <= "z" and ch.isascii():
        return "Latin"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    for script in [
        "LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "HEBREW", "ARABIC", "DEVANAGARI",
        "BENGALI", "GUJARATI", "THAI", "HANGUL", "HIRAGANA", "KATAKANA", "CJK",
    ]:
        if name.startswith(script):
            return script.capitalize() if script != "CJK" else "Han"
    return None


# Romanian s and t with comma below are written with a cedilla in older text
# and in the list; the detector folds both to the cedilla (src/lang/mod.rs).
FOLD = str.maketrans({"\u0219": "\u015f", "\u021b": "\u0163"})


def is_letter(ch):
    return unicodedata.category(ch)[0] in "LM"


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        lists = json.load(f)
    entries = {}
    for code, words in lists.items():
        raw = [w.strip().lower().translate(FOLD) for w in words if w.strip()]
        words = sorted({unicodedata.normalize("NFC", w) for w in raw})
        letters = [c for w in words for c in w if unicodedata.category(c)[0] == "L"]
        scripts = Counter(s for s in map(script_of, letters) if s)
        script = scripts.most_common(1)[0][0]
        # letters and marks, in the list's own form and composed and decomposed
        forms = [f for w in raw for f in (w, unicodedata.normalize("NFC", w), unicodedata.normalize("NFD", w))]
        alphabet = sorted(
            {
                c
                for f in forms
                for c in f
                if is_letter(c) and script_of(c) == script and not ("a" <= c <= "z")
            }
        )
        entries[CODES.get(code, code)] = (script, words, alphabet)
    shared = Counter(w for _, words, _ in entries.values() for w in words)
    out = []
    out.append("//! Evidence for the language detector: generated by scripts/gen-lang-data.py,")
    out.append("//! do not edit.")
    out.append("//!")
    out.append("//! From stopwords-iso 1.1.0 (npm package `stopwords-iso`, MIT licence,")
    out.append("//! copyright (c) Gene Diaz): per language its script, the letters outside")
    out.append("//! ASCII a-z that its stopwords use, and for languages that share their")
    out.append(f"//! script with others up to {MAX_WORDS} of its one-word stopwords, shortest first")
    out.append(f"//! (the letters of lists that list the alphabet, the two-letter entries of lists")
    out.append(f"//! that list codes, and words in more than {MAX_SHARED} lists, left out).")
    out.append("")
    out.append("use super::Script;")
    out.append("")
    out.append("/// One language's evidence: ISO 639-1 code, script, alphabet beyond ASCII")
    out.append("/// letters, and stopwords separated by spaces.")
    out.append("pub(super) struct Profile {")
    out.append("    pub code: &'static str,")
    out.append("    pub script: Script,")
    out.append("    pub alphabet: &'static str,")
    out.append("    pub words: &'static str,")
    out.append("}")
    out.append("")
    out.append("/// Every language of stopwords-iso, by code.")
    out.append("pub(super) const PROFILES: &[Profile] = &[")
    total = 0
    for code in sorted(entries):
        script, words, alphabet = entries[code]
        kept = []
        if script in SHARED_SCRIPTS:
            single = sum(1 for w in words if len(w) == 1)
            double = sum(1 for w in words if len(w) == 2)
            curated = nltk_words(code)
            for w in sorted(words, key=lambda w: (w not in curated, len(w), w)):
                if len(w) == 1 and single >= ALPHABET_LISTED and w not in curated:
                    continue
                if len(w) == 2 and double >= CODES_LISTED and w not in curated:
                    continue
                if not all(is_letter(c) for c in w):
                    continue
                if shared[w] > MAX_SHARED and w not in curated:
                    continue
                if any(script_of(c) != script for c in w if unicodedata.category(c)[0] == "L"):
                    continue
                kept.append(w)
                if len(kept) == MAX_WORDS:
                    break
        text = " ".join(sorted(kept))
        total += len(text.encode())
        out.append("    Profile {")
        out.append(f"        code: {json.dumps(code)},")
        out.append(f"        script: Script::{script},")
        out.append(f"        alphabet: {json.dumps(''.join(alphabet), ensure_ascii=False)},")
        out.append(f"        words: {json.dumps(text, ensure_ascii=False)},")
        out.append("    },")
    out.append("];")
    print("\n".join(out))
    print(f"gen-lang-data: {len(entries)} languages, {total} bytes of words", file=sys.stderr)


if __name__ == "__main__":
    main()
