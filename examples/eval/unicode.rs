//! Unicode tokens for ROUGE, for sets in languages other than English and
//! French.
//!
//! `rouge-score`'s tokeniser keeps only `[a-z0-9]`: Bengali would score 0
//! for every system and Vietnamese words would be cut at every diacritic.
//! These tokens follow the multilingual ROUGE of XL-Sum (Hasan et al.,
//! 2021) for scripts without spaces:
//!
//! 1. the text is put in NFC, case-folded (Unicode full case folding, so
//!    `Straße` matches `STRASSE` and a final sigma matches `σ`) and put in
//!    NFC again;
//! 2. format characters (General Category `Cf`: zero-width joiner and
//!    non-joiner, soft hyphen, direction marks) are removed, so that
//!    `মো‍ট` and `মোট` are one word;
//! 3. a token is a run of letters (`L*`), combining marks (`M*`) and decimal
//!    digits (`Nd`); every other character separates tokens;
//! 4. except that each letter or number of the CJK ideograph, kana and Thai
//!    blocks (Han ideographs with `々 〇 〻`, hiragana, katakana with `ー`,
//!    half-width katakana, Thai letters and digits) is a token of its own,
//!    with the combining marks that follow it (Thai vowel and tone marks,
//!    kana voicing marks).
//!
//! No stemming. `scripts/rouge_unicode_reference.py` is the reference
//! implementation (Python's `unicodedata`); `tests/rouge_unicode.rs` checks
//! that the two agree.

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// Whether `c` is a token of its own: a letter or number of the CJK
/// ideograph, kana or Thai blocks.
pub fn stands_alone(c: char) -> bool {
    let block = matches!(c,
        '\u{0E00}'..='\u{0E7F}'                   // Thai
        | '\u{3005}'..='\u{3007}'                 // 々 〆 〇
        | '\u{3021}'..='\u{3029}'                 // Hangzhou numerals
        | '\u{3038}'..='\u{303C}'                 // 〸 〹 〺 〻 〼
        | '\u{3040}'..='\u{30FF}'                 // hiragana, katakana (ー)
        | '\u{31F0}'..='\u{31FF}'                 // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'                 // CJK Extension A
        | '\u{4E00}'..='\u{9FFF}'                 // CJK Unified Ideographs
        | '\u{F900}'..='\u{FAFF}'                 // CJK Compatibility Ideographs
        | '\u{FF66}'..='\u{FF9F}'                 // half-width katakana
        | '\u{1B000}'..='\u{1B16F}'               // kana supplement and extended
        | '\u{20000}'..='\u{323AF}'               // CJK Extensions B to H
    );
    block
        && (c.general_category_group() == GeneralCategoryGroup::Letter
            || matches!(
                c.general_category(),
                GeneralCategory::DecimalNumber | GeneralCategory::LetterNumber
            ))
}

/// The Unicode ROUGE tokens of `text` (see the module documentation).
///
/// ```text
/// "Bản ÁN, 2024!"  ->  ["bản", "án", "2024"]
/// "東京タワー"      ->  ["東", "京", "タ", "ワ", "ー"]
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    let nfc: String = text.nfc().collect();
    let folded: String = caseless::default_case_fold_str(&nfc).nfc().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    // whether `current` holds one stand-alone character (and its marks)
    let mut alone = false;
    for c in folded.chars() {
        let category = c.general_category();
        if category == GeneralCategory::Format {
            continue;
        }
        let group = c.general_category_group();
        if stands_alone(c) {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current.push(c);
            alone = true;
        } else if group == GeneralCategoryGroup::Mark {
            current.push(c);
        } else if group == GeneralCategoryGroup::Letter
            || category == GeneralCategory::DecimalNumber
        {
            if alone && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current.push(c);
            alone = false;
        } else {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            alone = false;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::tokens;

    #[test]
    fn golden_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("empty", "", &[]),
            ("punctuation only", " ,.;!? — «» ", &[]),
            (
                "vietnamese keeps diacritics",
                "Bản ÁN, 2024!",
                &["bản", "án", "2024"],
            ),
            // "a" + U+0300 composes to "à" under NFC
            ("decomposed input is composed", "Tha\u{300}nh", &["thành"]),
            (
                "full case folding",
                "STRASSE Straße",
                &["strasse", "strasse"],
            ),
            ("greek final sigma", "ΛΌΓΟΣ λόγος", &["λόγοσ", "λόγοσ"]),
            (
                "bengali virama and vowel signs stay",
                "বিচারপতি মো. হক",
                &["বিচারপতি", "মো", "হক"],
            ),
            ("zero-width joiner removed", "র\u{200D}্যাব", &["র্যাব"]),
            ("han one by one", "北京12月", &["北", "京", "12", "月"]),
            (
                "kana one by one, ー too",
                "東京タワーへ",
                &["東", "京", "タ", "ワ", "ー", "へ"],
            ),
            ("thai marks stay with their letter", "ที่นี่", &["ที่", "นี่"]),
            (
                "hangul words",
                "지카바이러스, 남성",
                &["지카바이러스", "남성"],
            ),
            ("latin after han", "用iPhone拍", &["用", "iphone", "拍"]),
            ("digits other than Nd separate", "x²½", &["x"]),
            (
                "ideographic number zero",
                "二〇二四年",
                &["二", "〇", "二", "四", "年"],
            ),
            ("roman numeral separates", "Louis\u{2166}", &["louis"]),
            ("arabic", "قال الرئيس", &["قال", "الرئيس"]),
        ];
        for (name, text, expected) in cases {
            assert_eq!(tokens(text), *expected, "{name}: {text:?}");
        }
    }
}
