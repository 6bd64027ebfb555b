//! Language identification: which language a text is in, or `None`.
//!
//! [`detect`] looks at the first [`SCAN_CHARS`] characters:
//!
//! 1. **Script.** Letters are counted per script; the script with most of
//!    them (CJK ideographs, kana and Hangul syllables count double: one
//!    carries about as much as two alphabetic letters) must hold at least
//!    half, else the text is mixed and gets `None`. Korean (Hangul), Thai,
//!    Greek, Armenian, Gujarati, Bengali and Hebrew are told by their script;
//!    Han with at least 5 % kana is Japanese, Han alone Chinese.
//! 2. **Alphabet.** In the Latin, Cyrillic, Arabic and Hebrew scripts, more
//!    than 1 % of letters that no known language of the script uses (Kazakh
//!    `қ`, Serbian `ђ`, Yiddish `ײ`, Icelandic `ð`) means a language salient
//!    does not know: `None`. In the Latin, Cyrillic and Arabic scripts a
//!    language whose stopwords never use more than 1 % of the text's letters
//!    is ruled out (Swedish `ä` rules out Danish, Ukrainian `і` Russian),
//!    letters that most languages of the script use aside (short lists miss
//!    some).
//! 3. **Stopwords.** In the Latin, Cyrillic, Arabic and Devanagari scripts,
//!    shared by many languages, each word is looked up in the stopwords of
//!    every language of the script ([`data`], from stopwords-iso). The
//!    language whose stopwords cover most words wins if they cover at least
//!    [`MIN_COVERAGE`] of them and it beats every close rival on the words
//!    only one of the two lists holds, by [`MARGIN`] to one.
//!
//! Anything that falls short (too few letters or words, a mixed or unknown
//! script, no clear winner) gives `None`: never a guess.
//!
//! ```
//! use salient::{detect_language as detect, Lang};
//! let text = "Le conseil municipal a adopté mardi le budget de la ville pour l'année \
//!     prochaine. Les travaux de la nouvelle ligne de tramway commenceront au printemps, \
//!     et le maire a promis que les impôts locaux ne seraient pas augmentés.";
//! assert_eq!(detect(text), Some(Lang::Fr));
//! assert_eq!(detect("1234 !!"), None);
//! assert_eq!(Lang::from_code("pt").map(Lang::code), Some("pt"));
//! ```

mod data;

use std::sync::OnceLock;

use crate::intern::Map;
use crate::text::{is_letter, is_letter_or_digit};

use data::PROFILES;

/// How many characters of the text [`detect`] reads.
pub const SCAN_CHARS: usize = 40_000;
/// How many words it looks up.
const SCAN_WORDS: usize = 4_000;
/// Longest word looked up, in bytes (longer runs are not function words).
const MAX_WORD_BYTES: usize = 64;
/// Fewest weighted letters of the main script for any answer.
const MIN_LETTERS: usize = 12;
/// Smallest share of the letters the main script must hold.
const MIN_SCRIPT_SHARE: f64 = 0.5;
/// Share of kana among CJK characters from which Han text is Japanese.
const MIN_KANA_SHARE: f64 = 0.05;
/// Largest share of letters outside a language's (or the script's) alphabet.
const MAX_FOREIGN: f64 = 0.01;
/// Smallest share of words the winning stopword list must cover.
pub const MIN_COVERAGE: f64 = 0.08;
/// Fewest words the winning list must cover.
const MIN_HITS: usize = 3;
/// How many times more words only the winner's list holds than only a
/// close rival's list holds.
pub const MARGIN: f64 = 2.0;

/// A language [`detect`] can identify, by its ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Afrikaans (`af`)
    Af,
    /// Arabic (`ar`)
    Ar,
    /// Bulgarian (`bg`)
    Bg,
    /// Bengali (`bn`)
    Bn,
    /// Breton (`br`)
    Br,
    /// Catalan (`ca`)
    Ca,
    /// Czech (`cs`)
    Cs,
    /// Danish (`da`)
    Da,
    /// German (`de`)
    De,
    /// Greek (`el`)
    El,
    /// English (`en`)
    En,
    /// Esperanto (`eo`)
    Eo,
    /// Spanish (`es`)
    Es,
    /// Estonian (`et`)
    Et,
    /// Basque (`eu`)
    Eu,
    /// Persian (`fa`)
    Fa,
    /// Finnish (`fi`)
    Fi,
    /// French (`fr`)
    Fr,
    /// Irish (`ga`)
    Ga,
    /// Galician (`gl`)
    Gl,
    /// Gujarati (`gu`)
    Gu,
    /// Hausa (`ha`)
    Ha,
    /// Hebrew (`he`)
    He,
    /// Hindi (`hi`)
    Hi,
    /// Croatian (`hr`)
    Hr,
    /// Hungarian (`hu`)
    Hu,
    /// Armenian (`hy`)
    Hy,
    /// Indonesian (`id`)
    Id,
    /// Italian (`it`)
    It,
    /// Japanese (`ja`)
    Ja,
    /// Korean (`ko`)
    Ko,
    /// Kurdish (Sorani) (`ku`)
    Ku,
    /// Latin (`la`)
    La,
    /// Lithuanian (`lt`)
    Lt,
    /// Latvian (`lv`)
    Lv,
    /// Marathi (`mr`)
    Mr,
    /// Malay (`ms`)
    Ms,
    /// Norwegian Bokmål (`nb`)
    Nb,
    /// Dutch (`nl`)
    Nl,
    /// Polish (`pl`)
    Pl,
    /// Portuguese (`pt`)
    Pt,
    /// Romanian (`ro`)
    Ro,
    /// Russian (`ru`)
    Ru,
    /// Slovak (`sk`)
    Sk,
    /// Slovenian (`sl`)
    Sl,
    /// Somali (`so`)
    So,
    /// Southern Sotho (`st`)
    St,
    /// Swedish (`sv`)
    Sv,
    /// Swahili (`sw`)
    Sw,
    /// Thai (`th`)
    Th,
    /// Tagalog (`tl`)
    Tl,
    /// Turkish (`tr`)
    Tr,
    /// Ukrainian (`uk`)
    Uk,
    /// Urdu (`ur`)
    Ur,
    /// Vietnamese (`vi`)
    Vi,
    /// Yoruba (`yo`)
    Yo,
    /// Chinese (`zh`)
    Zh,
    /// Zulu (`zu`)
    Zu,
}

impl Lang {
    /// Every language, in code order.
    pub const ALL: [Lang; 58] = [
        Lang::Af,
        Lang::Ar,
        Lang::Bg,
        Lang::Bn,
        Lang::Br,
        Lang::Ca,
        Lang::Cs,
        Lang::Da,
        Lang::De,
        Lang::El,
        Lang::En,
        Lang::Eo,
        Lang::Es,
        Lang::Et,
        Lang::Eu,
        Lang::Fa,
        Lang::Fi,
        Lang::Fr,
        Lang::Ga,
        Lang::Gl,
        Lang::Gu,
        Lang::Ha,
        Lang::He,
        Lang::Hi,
        Lang::Hr,
        Lang::Hu,
        Lang::Hy,
        Lang::Id,
        Lang::It,
        Lang::Ja,
        Lang::Ko,
        Lang::Ku,
        Lang::La,
        Lang::Lt,
        Lang::Lv,
        Lang::Mr,
        Lang::Ms,
        Lang::Nb,
        Lang::Nl,
        Lang::Pl,
        Lang::Pt,
        Lang::Ro,
        Lang::Ru,
        Lang::Sk,
        Lang::Sl,
        Lang::So,
        Lang::St,
        Lang::Sv,
        Lang::Sw,
        Lang::Th,
        Lang::Tl,
        Lang::Tr,
        Lang::Uk,
        Lang::Ur,
        Lang::Vi,
        Lang::Yo,
        Lang::Zh,
        Lang::Zu,
    ];

    /// The ISO 639-1 code (`"nb"` for Norwegian Bokmål).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Af => "af",
            Lang::Ar => "ar",
            Lang::Bg => "bg",
            Lang::Bn => "bn",
            Lang::Br => "br",
            Lang::Ca => "ca",
            Lang::Cs => "cs",
            Lang::Da => "da",
            Lang::De => "de",
            Lang::El => "el",
            Lang::En => "en",
            Lang::Eo => "eo",
            Lang::Es => "es",
            Lang::Et => "et",
            Lang::Eu => "eu",
            Lang::Fa => "fa",
            Lang::Fi => "fi",
            Lang::Fr => "fr",
            Lang::Ga => "ga",
            Lang::Gl => "gl",
            Lang::Gu => "gu",
            Lang::Ha => "ha",
            Lang::He => "he",
            Lang::Hi => "hi",
            Lang::Hr => "hr",
            Lang::Hu => "hu",
            Lang::Hy => "hy",
            Lang::Id => "id",
            Lang::It => "it",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Ku => "ku",
            Lang::La => "la",
            Lang::Lt => "lt",
            Lang::Lv => "lv",
            Lang::Mr => "mr",
            Lang::Ms => "ms",
            Lang::Nb => "nb",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Pt => "pt",
            Lang::Ro => "ro",
            Lang::Ru => "ru",
            Lang::Sk => "sk",
            Lang::Sl => "sl",
            Lang::So => "so",
            Lang::St => "st",
            Lang::Sv => "sv",
            Lang::Sw => "sw",
            Lang::Th => "th",
            Lang::Tl => "tl",
            Lang::Tr => "tr",
            Lang::Uk => "uk",
            Lang::Ur => "ur",
            Lang::Vi => "vi",
            Lang::Yo => "yo",
            Lang::Zh => "zh",
            Lang::Zu => "zu",
        }
    }

    /// The language's English name.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Af => "Afrikaans",
            Lang::Ar => "Arabic",
            Lang::Bg => "Bulgarian",
            Lang::Bn => "Bengali",
            Lang::Br => "Breton",
            Lang::Ca => "Catalan",
            Lang::Cs => "Czech",
            Lang::Da => "Danish",
            Lang::De => "German",
            Lang::El => "Greek",
            Lang::En => "English",
            Lang::Eo => "Esperanto",
            Lang::Es => "Spanish",
            Lang::Et => "Estonian",
            Lang::Eu => "Basque",
            Lang::Fa => "Persian",
            Lang::Fi => "Finnish",
            Lang::Fr => "French",
            Lang::Ga => "Irish",
            Lang::Gl => "Galician",
            Lang::Gu => "Gujarati",
            Lang::Ha => "Hausa",
            Lang::He => "Hebrew",
            Lang::Hi => "Hindi",
            Lang::Hr => "Croatian",
            Lang::Hu => "Hungarian",
            Lang::Hy => "Armenian",
            Lang::Id => "Indonesian",
            Lang::It => "Italian",
            Lang::Ja => "Japanese",
            Lang::Ko => "Korean",
            Lang::Ku => "Kurdish (Sorani)",
            Lang::La => "Latin",
            Lang::Lt => "Lithuanian",
            Lang::Lv => "Latvian",
            Lang::Mr => "Marathi",
            Lang::Ms => "Malay",
            Lang::Nb => "Norwegian Bokmål",
            Lang::Nl => "Dutch",
            Lang::Pl => "Polish",
            Lang::Pt => "Portuguese",
            Lang::Ro => "Romanian",
            Lang::Ru => "Russian",
            Lang::Sk => "Slovak",
            Lang::Sl => "Slovenian",
            Lang::So => "Somali",
            Lang::St => "Southern Sotho",
            Lang::Sv => "Swedish",
            Lang::Sw => "Swahili",
            Lang::Th => "Thai",
            Lang::Tl => "Tagalog",
            Lang::Tr => "Turkish",
            Lang::Uk => "Ukrainian",
            Lang::Ur => "Urdu",
            Lang::Vi => "Vietnamese",
            Lang::Yo => "Yoruba",
            Lang::Zh => "Chinese",
            Lang::Zu => "Zulu",
        }
    }

    /// The language of an ISO 639-1 code, any case; `"no"` (Norwegian, as
    /// stopwords-iso has it) is Bokmål. `None` for codes it does not know.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let code = if code == "no" { "nb" } else { code.as_str() };
        Lang::ALL.iter().copied().find(|l| l.code() == code)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Lang {
    /// As its ISO 639-1 code (`"en"`).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Lang {
    /// From its ISO 639-1 code, any case (`"no"` for Bokmål too).
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Lang::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "unknown language {code:?}; expected an ISO 639-1 code such as \"en\""
            ))
        })
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The writing systems the detector tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gujarati,
    Thai,
    Hangul,
    Hiragana,
    Katakana,
    Han,
}

impl Script {
    const COUNT: usize = 14;

    /// The script's name in the evidence files.
    fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
            Script::Greek => "Greek",
            Script::Armenian => "Armenian",
            Script::Hebrew => "Hebrew",
            Script::Arabic => "Arabic",
            Script::Devanagari => "Devanagari",
            Script::Bengali => "Bengali",
            Script::Gujarati => "Gujarati",
            Script::Thai => "Thai",
            Script::Hangul => "Hangul",
            Script::Hiragana => "Hiragana",
            Script::Katakana => "Katakana",
            Script::Han => "Han",
        }
    }

    /// The script of a name of [`Script::name`].
    fn from_name(name: &str) -> Option<Script> {
        ALL_SCRIPTS.iter().copied().find(|s| s.name() == name)
    }

    fn index(self) -> usize {
        self as usize
    }

    /// How much one letter of the script weighs against others.
    fn weight(self) -> usize {
        match self {
            Script::Hangul | Script::Hiragana | Script::Katakana | Script::Han => 2,
            _ => 1,
        }
    }

    /// Whether the letters of other languages of the script tell them apart.
    fn has_alphabets(self) -> bool {
        matches!(self, Script::Latin | Script::Cyrillic | Script::Arabic)
    }

    /// Whether letters no known language of the script uses rule it out.
    fn checks_unknown_letters(self) -> bool {
        matches!(
            self,
            Script::Latin | Script::Cyrillic | Script::Arabic | Script::Hebrew
        )
    }

    /// The language a script alone identifies.
    fn only_language(self) -> Option<Lang> {
        match self {
            Script::Greek => Some(Lang::El),
            Script::Armenian => Some(Lang::Hy),
            Script::Hebrew => Some(Lang::He),
            Script::Bengali => Some(Lang::Bn),
            Script::Gujarati => Some(Lang::Gu),
            Script::Thai => Some(Lang::Th),
            Script::Hangul => Some(Lang::Ko),
            _ => None,
        }
    }
}

/// The script of a letter or combining mark, by Unicode block; `None` for
/// other scripts and for marks shared by all (U+0300 to U+036F).
fn script_of(c: char) -> Option<Script> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}' => {
            Script::Latin
        }
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{A640}'..='\u{A69F}' => {
            Script::Cyrillic
        }
        '\u{0530}'..='\u{058F}' | '\u{FB13}'..='\u{FB17}' => Script::Armenian,
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => Script::Hebrew,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Script::Arabic,
        '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' => Script::Devanagari,
        '\u{0980}'..='\u{09FF}' => Script::Bengali,
        '\u{0A80}'..='\u{0AFF}' => Script::Gujarati,
        '\u{0E00}'..='\u{0E7F}' => Script::Thai,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
            Script::Hangul
        }
        '\u{3040}'..='\u{309F}' => Script::Hiragana,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
            Script::Katakana
        }
        c if crate::text::is_han(c) => Script::Han,
        _ => return None,
    })
}

/// Whether `c` belongs inside a word: a letter or digit, or a combining mark
/// of the scripts above (Indic vowel signs and viramas, Hebrew points,
/// Arabic vowels, Thai vowels and tone marks, combining accents), or a
/// zero-width (non-)joiner.
fn in_word(c: char) -> bool {
    is_letter_or_digit(c)
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05C7}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0966}'..='\u{0DFF}'
            | '\u{0E31}'..='\u{0E3A}'
            | '\u{0E47}'..='\u{0E4E}'
            | '\u{200C}'
            | '\u{200D}'
        )
}

/// The detector's evidence: the words and alphabets of every language's
/// profile, indexed. [`Evidence::builtin`] is the crate's (from
/// stopwords-iso); a program that loads it on demand reads the text of
/// [`Evidence::write`] with [`Evidence::parse`].
#[derive(Debug, Default)]
pub struct Evidence {
    /// The profiles that know each word, as bits (bit `i` = profile `i`).
    words: Map<Box<str>, u64>,
    /// The profiles whose alphabet holds each non-ASCII letter.
    letters: Map<char, u64>,
    /// The language of each profile.
    langs: Vec<Lang>,
    /// The script of each profile.
    scripts: Vec<Script>,
}

impl Evidence {
    /// The built-in evidence, indexed on first use.
    pub fn builtin() -> &'static Evidence {
        static INDEX: OnceLock<Evidence> = OnceLock::new();
        INDEX.get_or_init(|| {
            let mut e = Evidence::default();
            for p in PROFILES {
                // a profile's code is always one of `Lang`'s (checked by a test)
                let lang = Lang::from_code(p.code).unwrap_or(Lang::En);
                e.add(lang, p.script, p.alphabet, p.words);
            }
            e
        })
    }

    /// Adds a profile (at most 64 count).
    fn add(&mut self, lang: Lang, script: Script, alphabet: &str, words: &str) {
        let i = self.langs.len();
        if i >= 64 {
            return;
        }
        let bit = 1u64 << i;
        for w in words.split(' ').filter(|w| !w.is_empty()) {
            *self.words.entry(w.into()).or_default() |= bit;
        }
        for c in alphabet.chars() {
            *self.letters.entry(c).or_default() |= bit;
        }
        self.langs.push(lang);
        self.scripts.push(script);
    }

    /// The built-in evidence as text: a line per profile, in order, of the
    /// ISO 639-1 code, the script, the letters beyond ASCII and the words
    /// (separated by spaces), separated by tabs.
    pub fn write() -> String {
        let mut text = String::new();
        for p in PROFILES {
            text.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                p.code,
                p.script.name(),
                p.alphabet,
                p.words
            ));
        }
        text
    }

    /// Reads the text of [`Evidence::write`]; an error names the first line
    /// it cannot read. Blank lines are skipped.
    pub fn parse(text: &str) -> Result<Evidence, String> {
        let mut e = Evidence::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let mut fields = line.split('\t');
            let mut next = || fields.next().unwrap_or("");
            let (code, script, alphabet, words) = (next(), next(), next(), next());
            let lang = Lang::from_code(code);
            let script = Script::from_name(script);
            match (lang, script) {
                (Some(lang), Some(script)) => e.add(lang, script, alphabet, words),
                _ => return Err(format!("line {}: not a language profile: {line:?}", n + 1)),
            }
        }
        Ok(e)
    }

    /// The language of `text` with this evidence (see [`detect`]).
    pub fn detect(&self, text: &str) -> Option<Lang> {
        let counts = scan(text, self);
        decide(&counts, self)
    }
}

/// What [`scan`] counted in a text.
#[derive(Default)]
struct Counts {
    /// Letters per script, unweighted.
    letters: [usize; Script::COUNT],
    /// Non-ASCII letters (lower-cased) of the scripts whose alphabets are
    /// checked, with their script and how often each occurs.
    odd: Vec<(char, Script, usize)>,
    /// The script of each word looked up and the profiles that know it.
    words: Vec<(Script, u64)>,
}

/// Letters below this code point are counted in an array, the rest (Latin
/// Extended Additional, Arabic presentation forms) in a map.
const DENSE_LETTERS: usize = 0x0700;

fn scan(text: &str, index: &Evidence) -> Counts {
    let mut counts = Counts::default();
    let mut dense = vec![0u32; DENSE_LETTERS];
    let mut sparse: Map<char, u32> = Map::default();
    let mut word = String::new();
    let mut word_script = None;
    let mut long = false;
    let flush =
        |word: &mut String, script: &mut Option<Script>, long: &mut bool, counts: &mut Counts| {
            if let (Some(s), false, false) = (*script, word.is_empty(), *long) {
                if counts.words.len() < SCAN_WORDS {
                    let known = index.words.get(word.as_str()).copied().unwrap_or(0);
                    counts.words.push((s, known));
                }
            }
            word.clear();
            *script = None;
            *long = false;
        };
    for c in text.chars().take(SCAN_CHARS) {
        if c.is_ascii() {
            // the common case, without the Unicode tables
            if !c.is_ascii_alphanumeric() {
                flush(&mut word, &mut word_script, &mut long, &mut counts);
                continue;
            }
            if c.is_ascii_alphabetic() {
                counts.letters[Script::Latin.index()] += 1;
                word_script.get_or_insert(Script::Latin);
            }
            if word.len() >= MAX_WORD_BYTES {
                long = true;
            } else {
                word.push(c.to_ascii_lowercase());
            }
            continue;
        }
        // (the Unicode property tables are slow outside ASCII: asked once)
        let alphabetic = is_letter(c);
        if !(alphabetic || in_word(c)) {
            flush(&mut word, &mut word_script, &mut long, &mut counts);
            continue;
        }
        let script = script_of(c);
        if let Some(s) = script {
            if alphabetic {
                counts.letters[s.index()] += 1;
            }
            if alphabetic && s.checks_unknown_letters() {
                let lower = fold(c.to_lowercase().next().unwrap_or(c));
                match dense.get_mut(lower as usize) {
                    Some(n) => *n += 1,
                    None => *sparse.entry(lower).or_default() += 1,
                }
            }
        }
        if word_script.is_none() {
            word_script = script;
        }
        if word.len() >= MAX_WORD_BYTES {
            long = true;
        } else if c != '\u{200C}' && c != '\u{200D}' {
            for lower in c.to_lowercase() {
                word.push(fold(lower));
            }
        }
    }
    flush(&mut word, &mut word_script, &mut long, &mut counts);
    let dense = dense
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n > 0)
        .filter_map(|(c, &n)| Some((char::from_u32(c as u32)?, n)));
    for (c, n) in dense.chain(sparse) {
        if let Some(s) = script_of(c) {
            counts.odd.push((c, s, n as usize));
        }
    }
    counts
}

/// Romanian `ș` and `ț` (comma below) as the cedilla forms the stopword
/// lists use.
fn fold(c: char) -> char {
    match c {
        '\u{0219}' => '\u{015F}',
        '\u{0218}' => '\u{015E}',
        '\u{021B}' => '\u{0163}',
        '\u{021A}' => '\u{0162}',
        other => other,
    }
}

/// The language of `text`, or `None` when it cannot be placed (too short,
/// mixed or unknown script, or no clear winner). See the module
/// documentation for how. Reads at most 40,000 characters (`SCAN_CHARS`).
pub fn detect(text: &str) -> Option<Lang> {
    Evidence::builtin().detect(text)
}

const ALL_SCRIPTS: [Script; Script::COUNT] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Armenian,
    Script::Hebrew,
    Script::Arabic,
    Script::Devanagari,
    Script::Bengali,
    Script::Gujarati,
    Script::Thai,
    Script::Hangul,
    Script::Hiragana,
    Script::Katakana,
    Script::Han,
];

fn decide(counts: &Counts, index: &Evidence) -> Option<Lang> {
    let weighted = |s: Script| counts.letters[s.index()] * s.weight();
    let cjk = weighted(Script::Han) + weighted(Script::Hiragana) + weighted(Script::Katakana);
    let total: usize = ALL_SCRIPTS.iter().map(|&s| weighted(s)).sum();
    // the CJK scripts count as one
    let (main, main_letters) = ALL_SCRIPTS
        .iter()
        .filter(|s| !matches!(s, Script::Hiragana | Script::Katakana | Script::Han))
        .map(|&s| (s, weighted(s)))
        .chain(std::iter::once((Script::Han, cjk)))
        .max_by_key(|&(_, n)| n)?;
    if main_letters < MIN_LETTERS || (main_letters as f64) < MIN_SCRIPT_SHARE * total as f64 {
        return None;
    }
    if main == Script::Han {
        let kana = weighted(Script::Hiragana) + weighted(Script::Katakana);
        return Some(if kana as f64 >= MIN_KANA_SHARE * cjk as f64 {
            Lang::Ja
        } else {
            Lang::Zh
        });
    }
    let letters = counts.letters[main.index()] as f64;
    // profiles of this script, as bits
    let mut candidates = 0u64;
    for (i, &script) in index.scripts.iter().enumerate() {
        if script == main {
            candidates |= 1 << i;
        }
    }
    if main.checks_unknown_letters() {
        let unknown: usize = counts
            .odd
            .iter()
            .filter(|(c, s, _)| {
                *s == main && index.letters.get(c).is_none_or(|m| m & candidates == 0)
            })
            .map(|&(_, _, n)| n)
            .sum();
        if unknown as f64 > MAX_FOREIGN * letters {
            return None;
        }
    }
    if let Some(lang) = main.only_language() {
        return Some(lang);
    }
    if main.has_alphabets() {
        let script_size = candidates.count_ones();
        for i in 0..index.langs.len() {
            if candidates & (1 << i) == 0 {
                continue;
            }
            // letters outside the language's alphabet, except those most
            // languages of the script use (the lists of some are short)
            let foreign: usize = counts
                .odd
                .iter()
                .filter(|(c, s, _)| {
                    let known = index.letters.get(c).copied().unwrap_or(0) & candidates;
                    *s == main && known & (1 << i) == 0 && 2 * known.count_ones() <= script_size
                })
                .map(|&(_, _, n)| n)
                .sum();
            if foreign as f64 > MAX_FOREIGN * letters {
                candidates &= !(1 << i);
            }
        }
    }
    let words: Vec<u64> = counts
        .words
        .iter()
        .filter(|(s, _)| *s == main)
        .map(|&(_, known)| known & candidates)
        .collect();
    if words.is_empty() {
        return None;
    }
    // the words each profile knows, counted in one pass
    let mut hits = [0usize; 64];
    for &m in &words {
        let mut bits = m;
        while bits != 0 {
            hits[bits.trailing_zeros() as usize] += 1;
            bits &= bits - 1;
        }
    }
    let hits = |i: usize| hits[i];
    let (best, best_hits) = (0..index.langs.len())
        .filter(|&i| candidates & (1 << i) != 0)
        .map(|i| (i, hits(i)))
        .max_by_key(|&(i, n)| (n, std::cmp::Reverse(i)))?;
    if best_hits < MIN_HITS || (best_hits as f64) < MIN_COVERAGE * words.len() as f64 {
        return None;
    }
    for i in 0..index.langs.len() {
        if i == best || candidates & (1 << i) == 0 || 2 * hits(i) < best_hits {
            continue;
        }
        let (a, b) = (1u64 << best, 1u64 << i);
        let only_best = words.iter().filter(|&&m| m & a != 0 && m & b == 0).count();
        let only_other = words.iter().filter(|&&m| m & b != 0 && m & a == 0).count();
        if (only_best as f64) < MARGIN * only_other as f64 || only_best < MIN_HITS {
            return None;
        }
    }
    index.langs.get(best).copied()
}

#[cfg(test)]
mod tests;
