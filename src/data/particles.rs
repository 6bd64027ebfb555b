/// Korean particles (josa) that attach to the end of a noun: case markers,
/// topic and focus markers, and their common combinations. A Hangul word
/// loses the longest of these it ends with (see `tokens`). From the
/// standard grammar of Korean particles (e.g. Sohn, *The Korean Language*,
/// 1999, ch. 8).
pub(crate) static KOREAN_PARTICLES: &[&str] = &[
    // subject, object, topic, genitive
    "이",
    "가",
    "께서",
    "은",
    "는",
    "을",
    "를",
    "의",
    // locative, dative, directional, instrumental
    "에",
    "에서",
    "에게",
    "에게서",
    "께",
    "한테",
    "한테서",
    "로",
    "으로",
    "으로서",
    "로서",
    "으로써",
    "로써",
    // comitative and listing
    "와",
    "과",
    "하고",
    "랑",
    "이랑",
    // focus and delimiters
    "도",
    "만",
    "까지",
    "부터",
    "마저",
    "조차",
    "밖에",
    "처럼",
    "보다",
    "마다",
    "뿐",
    // combinations
    "에는",
    "에서는",
    "에게는",
    "으로는",
    "로는",
    "와는",
    "과는",
    "에도",
    "에서도",
    "으로도",
    "로도",
    "와의",
    "과의",
    "에서의",
    "으로의",
    "로의",
    "에의",
    "까지의",
    "부터의",
    "에게도",
    "만의",
    "만을",
    "만이",
    "까지는",
    "부터는",
    // copula forms written onto the noun
    "이다",
    "입니다",
    "이며",
    "이고",
    "이라는",
    "라는",
    "이라고",
    "라고",
];

/// Japanese particles written after a noun: the case particles (の が を
/// に で と へ) and the topic and listing particles (は も や). A single
/// kanji followed by other hiragana is most often the stem of a verb or an
/// adjective before its inflection (思う, 使って, 広い: okurigana), and
/// such a stem is no keyword (see `keywords`).
pub(crate) static JAPANESE_PARTICLES: &str = "のがをにでとへはもや";
