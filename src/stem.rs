//! The Porter stemmer, as NLTK runs it.
//!
//! [`porter`] follows M. F. Porter, "An algorithm for suffix stripping",
//! *Program* 14(3), 1980, pp. 130–137, with the deviations that NLTK's
//! `PorterStemmer` applies in its default `NLTK_EXTENSIONS` mode. That is the
//! stemmer Google's `rouge-score` package uses when `use_stemmer=True`, so
//! [`crate::rouge`] gives the same scores as the published ROUGE numbers.
//!
//! The NLTK deviations from the paper, all reproduced here:
//!
//! - a short table of irregular forms (`skies` → `sky`, `dying` → `die`,
//!   `news` → `news`, `succeed` → `succeed`, …) is consulted first;
//! - words of one or two characters are returned as they are;
//! - step 1a: a four-letter word in `-ies` becomes `-ie` (`ties` → `tie`);
//! - step 1b: `-ied` becomes `-ie` in four-letter words and `-i` otherwise;
//! - step 1c: `y` → `i` only after a consonant that is not the first letter
//!   (`happy` → `happi`, `enjoy` and `by` unchanged);
//! - step 2: `-alli` → `-al` is tried first and step 2 is then run again;
//!   `-bli` → `-ble` replaces the paper's `-abli` → `-able`; `-fulli` →
//!   `-ful`; `-logi` → `-log` when the stem *including* the `l` has m > 0;
//! - condition `*o` also holds for a two-letter stem vowel + consonant.
//!
//! Digits count as consonants, as in NLTK, so the alphanumeric tokens ROUGE
//! produces (`1990s` → `1990`) are stemmed the same way.

/// Stems one word with the Porter algorithm (NLTK's default mode).
///
/// The word must consist of ASCII lower-case letters and digits (what
/// [`crate::rouge::tokenize`] produces); anything else — upper case,
/// punctuation, non-ASCII letters — is returned unchanged ("running" →
/// "run", "relational" → "relat", "Running" → "Running"). Never panics.
pub fn porter(word: &str) -> String {
    let bytes = word.as_bytes();
    if !bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return word.to_string();
    }
    if let Some(&(_, stem)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return stem.to_string();
    }
    if bytes.len() <= 2 {
        return word.to_string();
    }
    let mut w = bytes.to_vec();
    step1a(&mut w);
    step1b(&mut w);
    step1c(&mut w);
    step2(&mut w);
    apply_rules(&mut w, STEP3);
    apply_rules(&mut w, STEP4);
    step5a(&mut w);
    step5b(&mut w);
    // Only ASCII bytes ever enter or leave the steps.
    let mut stem = String::with_capacity(w.len());
    for b in w {
        stem.push(char::from(b));
    }
    stem
}

/// NLTK's irregular forms: (word, stem).
const IRREGULAR: &[(&str, &str)] = &[
    ("sky", "sky"),
    ("skies", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("news", "news"),
    ("innings", "inning"),
    ("inning", "inning"),
    ("outings", "outing"),
    ("outing", "outing"),
    ("cannings", "canning"),
    ("canning", "canning"),
    ("howe", "howe"),
    ("proceed", "proceed"),
    ("exceed", "exceed"),
    ("succeed", "succeed"),
];

/// The condition a suffix rule puts on the stem left after removing it.
#[derive(Clone, Copy)]
enum Cond {
    /// m(stem) > 0.
    M0,
    /// m(stem) > 1.
    M1,
    /// m(stem) > 1 and the stem ends in `s` or `t` (step 4, `-ion`).
    Ion,
    /// m(stem + "l") > 0 (step 2, `-logi`, NLTK's variant).
    Logi,
}

/// A rule: suffix, replacement, condition.
type Rule = (&'static str, &'static str, Cond);

const STEP2: &[Rule] = &[
    ("ational", "ate", Cond::M0),
    ("tional", "tion", Cond::M0),
    ("enci", "ence", Cond::M0),
    ("anci", "ance", Cond::M0),
    ("izer", "ize", Cond::M0),
    ("bli", "ble", Cond::M0),
    ("alli", "al", Cond::M0),
    ("entli", "ent", Cond::M0),
    ("eli", "e", Cond::M0),
    ("ousli", "ous", Cond::M0),
    ("ization", "ize", Cond::M0),
    ("ation", "ate", Cond::M0),
    ("ator", "ate", Cond::M0),
    ("alism", "al", Cond::M0),
    ("iveness", "ive", Cond::M0),
    ("fulness", "ful", Cond::M0),
    ("ousness", "ous", Cond::M0),
    ("aliti", "al", Cond::M0),
    ("iviti", "ive", Cond::M0),
    ("biliti", "ble", Cond::M0),
    ("fulli", "ful", Cond::M0),
    ("logi", "log", Cond::Logi),
];

const STEP3: &[Rule] = &[
    ("icate", "ic", Cond::M0),
    ("ative", "", Cond::M0),
    ("alize", "al", Cond::M0),
    ("iciti", "ic", Cond::M0),
    ("ical", "ic", Cond::M0),
    ("ful", "", Cond::M0),
    ("ness", "", Cond::M0),
];

const STEP4: &[Rule] = &[
    ("al", "", Cond::M1),
    ("ance", "", Cond::M1),
    ("ence", "", Cond::M1),
    ("er", "", Cond::M1),
    ("ic", "", Cond::M1),
    ("able", "", Cond::M1),
    ("ible", "", Cond::M1),
    ("ant", "", Cond::M1),
    ("ement", "", Cond::M1),
    ("ment", "", Cond::M1),
    ("ent", "", Cond::M1),
    ("ion", "", Cond::Ion),
    ("ou", "", Cond::M1),
    ("ism", "", Cond::M1),
    ("ate", "", Cond::M1),
    ("iti", "", Cond::M1),
    ("ous", "", Cond::M1),
    ("ive", "", Cond::M1),
    ("ize", "", Cond::M1),
];

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Porter's consonant: not a vowel, and `y` only when it starts the word or
/// follows a vowel (a run of `y`s alternates).
fn is_consonant(w: &[u8], i: usize) -> bool {
    let mut i = i;
    let mut flip = false;
    while i > 0 && w[i] == b'y' {
        flip = !flip;
        i -= 1;
    }
    // consonant = (not a vowel) XOR (an odd number of `y`s were skipped)
    is_vowel(w[i]) == flip
}

/// Classifies every letter, left to right, in one pass: `true` = consonant.
fn consonants(w: &[u8]) -> impl Iterator<Item = bool> + '_ {
    let mut prev_consonant = false;
    w.iter().enumerate().map(move |(i, &b)| {
        let consonant = if is_vowel(b) {
            false
        } else if b == b'y' {
            i == 0 || !prev_consonant
        } else {
            true
        };
        prev_consonant = consonant;
        consonant
    })
}

/// The measure m of `[C](VC){m}[V]`: the number of vowel→consonant changes.
fn measure(w: &[u8]) -> usize {
    let mut m = 0;
    let mut prev_vowel = false;
    for consonant in consonants(w) {
        if consonant && prev_vowel {
            m += 1;
        }
        prev_vowel = !consonant;
    }
    m
}

/// `*v*`: the stem contains a vowel.
fn contains_vowel(w: &[u8]) -> bool {
    consonants(w).any(|consonant| !consonant)
}

/// `*d`: the stem ends with a double consonant.
fn ends_double_consonant(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && is_consonant(w, n - 1)
}

/// `*o`: the stem ends consonant–vowel–consonant, the last not `w`, `x` or
/// `y`; NLTK also accepts a two-letter stem vowel–consonant.
fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    if n >= 3 {
        is_consonant(w, n - 3)
            && !is_consonant(w, n - 2)
            && is_consonant(w, n - 1)
            && !matches!(w[n - 1], b'w' | b'x' | b'y')
    } else {
        n == 2 && !is_consonant(w, 0) && is_consonant(w, 1)
    }
}

fn holds(cond: Cond, stem: &[u8]) -> bool {
    match cond {
        Cond::M0 => measure(stem) > 0,
        Cond::M1 => measure(stem) > 1,
        Cond::Ion => measure(stem) > 1 && matches!(stem.last(), Some(b's' | b't')),
        Cond::Logi => {
            let mut with_l = stem.to_vec();
            with_l.push(b'l');
            measure(&with_l) > 0
        }
    }
}

/// Applies the first rule whose suffix the word ends with, if its condition
/// holds; later rules are not tried either way. Returns whether a rule fired.
fn apply_rules(w: &mut Vec<u8>, rules: &[Rule]) -> bool {
    let last = w.last().copied();
    for &(suffix, replacement, cond) in rules {
        // (the last byte first: most suffixes fail there, without a memcmp)
        if suffix.as_bytes().last().copied() == last && w.ends_with(suffix.as_bytes()) {
            let stem_len = w.len() - suffix.len();
            if holds(cond, &w[..stem_len]) {
                w.truncate(stem_len);
                w.extend_from_slice(replacement.as_bytes());
                return true;
            }
            return false;
        }
    }
    false
}

fn replace_suffix(w: &mut Vec<u8>, suffix_len: usize, replacement: &str) {
    w.truncate(w.len() - suffix_len);
    w.extend_from_slice(replacement.as_bytes());
}

/// Step 1a: plurals.
fn step1a(w: &mut Vec<u8>) {
    if w.len() == 4 && w.ends_with(b"ies") {
        replace_suffix(w, 3, "ie");
    } else if w.ends_with(b"sses") {
        replace_suffix(w, 4, "ss");
    } else if w.ends_with(b"ies") {
        replace_suffix(w, 3, "i");
    } else if w.ends_with(b"ss") {
        // unchanged
    } else if w.ends_with(b"s") {
        replace_suffix(w, 1, "");
    }
}

/// Step 1b: `-eed`, `-ed`, `-ing`, then tidying of the stem.
fn step1b(w: &mut Vec<u8>) {
    if w.ends_with(b"ied") {
        let replacement = if w.len() == 4 { "ie" } else { "i" };
        replace_suffix(w, 3, replacement);
        return;
    }
    if w.ends_with(b"eed") {
        if measure(&w[..w.len() - 3]) > 0 {
            replace_suffix(w, 3, "ee");
        }
        return;
    }
    let suffix_len = if w.ends_with(b"ed") {
        2
    } else if w.ends_with(b"ing") {
        3
    } else {
        return;
    };
    if !contains_vowel(&w[..w.len() - suffix_len]) {
        return;
    }
    w.truncate(w.len() - suffix_len);
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if ends_double_consonant(w) {
        if !matches!(w.last(), Some(b'l' | b's' | b'z')) {
            w.pop();
        }
    } else if measure(w) == 1 && ends_cvc(w) {
        w.push(b'e');
    }
}

/// Step 1c: `y` → `i` after a consonant that is not the first letter.
fn step1c(w: &mut [u8]) {
    let n = w.len();
    if n >= 3 && w[n - 1] == b'y' && is_consonant(w, n - 2) {
        w[n - 1] = b'i';
    }
}

/// Step 2: double suffixes to single ones (NLTK's `-alli` first).
fn step2(w: &mut Vec<u8>) {
    while w.ends_with(b"alli") && measure(&w[..w.len() - 4]) > 0 {
        replace_suffix(w, 4, "al");
    }
    apply_rules(w, STEP2);
}

/// Step 5a: a final `e`.
fn step5a(w: &mut Vec<u8>) {
    if let Some((&b'e', stem)) = w.split_last() {
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            w.pop();
        }
    }
}

/// Step 5b: `-ll` → `-l` when m > 1.
fn step5b(w: &mut Vec<u8>) {
    if w.ends_with(b"ll") && measure(&w[..w.len() - 1]) > 1 {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values are NLTK 3.10.4 `PorterStemmer().stem(word)`.
    #[test]
    fn stems_like_nltk() {
        let cases: &[(&str, &str)] = &[
            // the paper's examples
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("caress", "caress"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("bled", "bled"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("tanned", "tan"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("fizzed", "fizz"),
            ("failing", "fail"),
            ("filing", "file"),
            ("happy", "happi"),
            ("sky", "sky"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("rational", "ration"),
            ("valenci", "valenc"),
            ("digitizer", "digit"),
            ("conformabli", "conform"),
            ("radicalli", "radic"),
            ("differentli", "differ"),
            ("vileli", "vile"),
            ("analogousli", "analog"),
            ("vietnamization", "vietnam"),
            ("predication", "predic"),
            ("operator", "oper"),
            ("feudalism", "feudal"),
            ("decisiveness", "decis"),
            ("hopefulness", "hope"),
            ("callousness", "callous"),
            ("formaliti", "formal"),
            ("sensitiviti", "sensit"),
            ("sensibiliti", "sensibl"),
            ("triplicate", "triplic"),
            ("formative", "form"),
            ("formalize", "formal"),
            ("electriciti", "electr"),
            ("electrical", "electr"),
            ("hopeful", "hope"),
            ("goodness", "good"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("inference", "infer"),
            ("airliner", "airlin"),
            ("gyroscopic", "gyroscop"),
            ("adjustable", "adjust"),
            ("defensible", "defens"),
            ("irritant", "irrit"),
            ("replacement", "replac"),
            ("adjustment", "adjust"),
            ("dependent", "depend"),
            ("adoption", "adopt"),
            ("homologou", "homolog"),
            ("communism", "commun"),
            ("activate", "activ"),
            ("angulariti", "angular"),
            ("homologous", "homolog"),
            ("effective", "effect"),
            ("bowdlerize", "bowdler"),
            ("probate", "probat"),
            ("rate", "rate"),
            ("cease", "ceas"),
            ("controll", "control"),
            ("roll", "roll"),
            // NLTK extensions
            ("skies", "sky"),
            ("dying", "die"),
            ("news", "news"),
            ("innings", "inning"),
            ("proceed", "proceed"),
            ("ties", "tie"),
            ("dies", "die"),
            ("flies", "fli"),
            ("died", "die"),
            ("spied", "spi"),
            ("enjoy", "enjoy"),
            ("by", "by"),
            ("spy", "spi"),
            ("generously", "gener"),
            ("geology", "geolog"),
            ("archaeology", "archaeolog"),
            ("beautifully", "beauti"),
            ("tionalli", "tional"),
            ("traditionally", "tradit"),
            ("possibly", "possibl"),
            ("was", "wa"),
            ("is", "is"),
            ("owing", "owe"),
            // digits are consonants
            ("1990s", "1990"),
            ("covid19", "covid19"),
            ("2nd", "2nd"),
            // degenerate input
            ("", ""),
            ("a", "a"),
            ("yyyyy", "yyyyy"),
            ("sss", "sss"),
            ("ied", "i"),
            ("eed", "eed"),
        ];
        let mut failures = Vec::new();
        for &(word, expected) in cases {
            let got = porter(word);
            if got != expected {
                failures.push(format!("{word}: expected {expected}, got {got}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn leaves_other_input_unchanged() {
        for word in [
            "Running",
            "naïve",
            "don't",
            "e-mail",
            "日本語",
            "RUNS",
            " runs",
        ] {
            assert_eq!(porter(word), word);
        }
    }

    #[test]
    fn measure_matches_the_paper() {
        let cases: &[(&str, usize)] = &[
            ("tr", 0),
            ("ee", 0),
            ("tree", 0),
            ("y", 0),
            ("by", 0),
            ("trouble", 1),
            ("oats", 1),
            ("trees", 1),
            ("ivy", 1),
            ("troubles", 2),
            ("private", 2),
            ("oaten", 2),
            ("orrery", 2),
        ];
        for &(word, m) in cases {
            assert_eq!(measure(word.as_bytes()), m, "{word}");
        }
    }

    #[test]
    fn long_and_odd_words_do_not_panic() {
        // NLTK: a run of `y`s alternates consonant, vowel, …; the last `y`
        // of an even run follows a consonant `y` and becomes `i`.
        let long = "y".repeat(10_000);
        assert_eq!(porter(&long), format!("{}i", "y".repeat(9_999)));
        for word in ["ies", "sses", "ing", "ed", "alli", "logi", "ll", "e", "ye"] {
            let _ = porter(word);
        }
    }
}
