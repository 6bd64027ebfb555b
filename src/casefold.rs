//! Lower-casing without Unicode's full case tables.
//!
//! The standard library's `to_lowercase` links about 12 KB (gzipped) of
//! case-mapping tables into the WebAssembly build, a fifth of its size
//! budget. Summaries only need case folding to compare words, so this module
//! folds the cased scripts news is written in by rule: ASCII, Latin-1,
//! Latin Extended-A and -B, Latin Extended Additional (Vietnamese), Greek,
//! Cyrillic, Armenian, Georgian Mtavruli and fullwidth Latin. Other scripts
//! are caseless (CJK, Arabic, Hebrew, Devanagari, Thai, ...) or rare enough in
//! news (Cherokee, Deseret, Adlam) to be compared as written.

/// Irregular pairs of Latin Extended-B and Greek, sorted by the upper-case form.
const IRREGULAR: &[(u16, u16)] = &[
    (0x181, 0x253),
    (0x182, 0x183),
    (0x184, 0x185),
    (0x186, 0x254),
    (0x187, 0x188),
    (0x189, 0x256),
    (0x18A, 0x257),
    (0x18B, 0x18C),
    (0x18E, 0x1DD),
    (0x18F, 0x259),
    (0x190, 0x25B),
    (0x191, 0x192),
    (0x193, 0x260),
    (0x194, 0x263),
    (0x196, 0x269),
    (0x197, 0x268),
    (0x198, 0x199),
    (0x19C, 0x26F),
    (0x19D, 0x272),
    (0x19F, 0x275),
    (0x1A0, 0x1A1),
    (0x1A2, 0x1A3),
    (0x1A4, 0x1A5),
    (0x1A6, 0x280),
    (0x1A7, 0x1A8),
    (0x1A9, 0x283),
    (0x1AC, 0x1AD),
    (0x1AE, 0x288),
    (0x1AF, 0x1B0),
    (0x1B1, 0x28A),
    (0x1B2, 0x28B),
    (0x1B3, 0x1B4),
    (0x1B5, 0x1B6),
    (0x1B7, 0x292),
    (0x1B8, 0x1B9),
    (0x1BC, 0x1BD),
    (0x1F4, 0x1F5),
    (0x1F6, 0x195),
    (0x1F7, 0x1BF),
    (0x220, 0x19E),
    (0x23A, 0x2C65),
    (0x23B, 0x23C),
    (0x23D, 0x19A),
    (0x23E, 0x2C66),
    (0x241, 0x242),
    (0x243, 0x180),
    (0x244, 0x289),
    (0x245, 0x28C),
    (0x370, 0x371),
    (0x372, 0x373),
    (0x376, 0x377),
    (0x37F, 0x3F3),
    (0x3CF, 0x3D7),
    (0x3F4, 0x3B8),
    (0x3F7, 0x3F8),
    (0x3F9, 0x3F2),
    (0x3FA, 0x3FB),
    (0x3FD, 0x37B),
    (0x3FE, 0x37C),
    (0x3FF, 0x37D),
];

/// The lower-case form of `c` (a single character; `İ` becomes `i`).
pub fn lower(c: char) -> char {
    let u = c as u32;
    if (0x180..0x400).contains(&u) {
        if let Ok(i) = IRREGULAR.binary_search_by_key(&(u as u16), |&(up, _)| up) {
            return char::from_u32(u32::from(IRREGULAR[i].1)).unwrap_or(c);
        }
    }
    let mapped = match u {
        0x41..=0x5A => u + 32,
        0..=0xBF => u,
        // Latin-1: À-Þ except ×
        0xC0..=0xDE if u != 0xD7 => u + 32,
        // Latin Extended-A: pairs (even upper, odd lower), with three runs the other way round
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        // Latin Extended-B: the regular pair runs
        0x1CD..=0x1DC if u % 2 == 1 => u + 1,
        0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 | 0x246..=0x24F if u % 2 == 0 => u + 1,
        0x1C4 | 0x1C7 | 0x1CA | 0x1F1 => u + 2,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 => u + 1,
        // Latin Extended Additional (Vietnamese and more), Greek Extended is left as is
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1,
        0x1E9E => 0xDF,
        // Greek
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x3D8..=0x3EF if u % 2 == 0 => u + 1,
        // Cyrillic
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        // Armenian
        0x531..=0x556 => u + 48,
        // Georgian Asomtavruli to Nuskhuri, Mtavruli to Mkhedruli
        0x10A0..=0x10C5 | 0x10C7 | 0x10CD => u + 0x1C60,
        0x1C90..=0x1CBA | 0x1CBD..=0x1CBF => u - 0x1C90 + 0x10D0,
        // Fullwidth Latin
        0xFF21..=0xFF3A => u + 32,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Appends the lower-case form of `s` to `out`.
pub fn lower_into(s: &str, out: &mut String) {
    for c in s.chars() {
        out.push(lower(c));
    }
}

/// The lower-case form of `s`.
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lower_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_the_standard_library_for_news_scripts() {
        let samples =
            "The QUICK Brown FOX À Ÿ Ÿ ĀĂĄĆ ŁŃŇ ŹŻŽ ǍǏǑǓ ǞǠ ȘȚ Ɇ ǄǅǇ Ẹ Ạ ẞ ΆΈΉΊΌΎΏ ΑΒΓΣΩ ΪΫ \
            ЀЁЂ АБВГДЯ Ѣ Ґ Ӂ Ӑ Ա Ֆ ＡＢＣ élan Straße ĲĳĶ";
        for c in samples.chars() {
            let std: Vec<char> = c.to_lowercase().collect();
            if std.len() == 1 {
                assert_eq!(lower(c), std[0], "{c} U+{:04X}", c as u32);
            }
        }
        assert_eq!(lower('İ'), 'i');
    }

    #[test]
    fn whole_blocks_agree_with_std() {
        let blocks = [
            0x0..0x250u32,
            0x370..0x590,
            0x10A0..0x1100,
            0x1C90..0x1CC0,
            0x1E00..0x1F00,
            0xFF00..0xFF60,
        ];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let std: Vec<char> = c.to_lowercase().collect();
            if std.len() == 1 && c != 'İ' {
                assert_eq!(lower(c), std[0], "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn caseless_scripts_are_unchanged() {
        assert_eq!(lowercase("東京 القاهرة दिल्ली"), "東京 القاهرة दिल्ली");
        assert_eq!(lowercase("ÉCOLE"), "école");
    }
}
